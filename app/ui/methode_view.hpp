// The Methodewijzer in the program (issue 16): Help → Methodewijzer (contents, search, back and
// forward, links), citations as links that open a section, and glossary terms in running text that
// explain themselves on hover and keyboard focus.
#pragma once

#include <string>
#include <vector>

#include "core/model/methodewijzer.hpp"

namespace lwp::ui {

class App;

struct MethodeUi {
    bool open = false;
    std::string current = "inleiding";
    std::vector<std::string> back, forward;
    char search[128] = {};
    bool scroll_top = false;
};

// The Methodewijzer in the UI language (empty when its files could not be read).
const core::Methodewijzer& guide();

// Opens the window at `anchor` (history: the previous section goes on the back list).
void open_methodewijzer(App& app, const std::string& anchor);
void methodewijzer_back(App& app);
void methodewijzer_forward(App& app);

// Running text of a case (narrative, documents, feedback): wrapped, each glossary term marked on
// its first occurrence; hover or keyboard focus shows its explanation, click or Enter opens its section.
void rich_text(App& app, const std::string& text, const char* id);
// "Methodewijzer: Directe veiligheid; Weging" with each title a link to its section.
void citation_links(App& app, const std::vector<std::string>& anchors, const char* id);
// One link to a section, flowing like chip(); returns true when clicked.
bool section_link(App& app, const std::string& label, const std::string& anchor, const char* id);

}  // namespace lwp::ui
