// The stemkamer in the UI (issue 18): the dialog that opens it (which network, which port), the
// QR card on the projector, and the facilitator panel's list of who joined and who voted (never
// what). The room and its server live in app/stemkamer (UI-free).
#pragma once

#include <string>
#include <vector>

#include "stemkamer/network.hpp"
#include "stemkamer/stemkamer.hpp"

namespace lwp::ui {

class App;

struct StemkamerUi {
    bool dialog = false;  // the "open the stemkamer" dialog is shown
    std::vector<stemkamer::Interface> interfaces;
    int pick = 0;         // index into interfaces
    int port = 8123;
    bool free_names = false;
    bool public_ok = false;  // confirmed the warning for a public address
    std::string error;
    bool show_qr = true;  // the QR card on the projector
};

// One line in the workshop header: the room code and how many joined.
void draw_stemkamer_chip(App& app);
// The facilitator panel's section: open/close, who joined, who voted.
void draw_stemkamer_section(App& app);

}  // namespace lwp::ui
