// Dossieronderzoek (issue 6.6): the exercise the method was built from (pijlers — the
// leerwerkplaatsen analysed real case files "op zoek naar succes- en (vooral) verbeterfactoren").
// A scenario can carry a retrospective case file: a sequence of dossier events. The group tags
// each event with the flaws of the help pattern (bron.werkwijze, bouwsteen Reflectie, "Patroon van de
// hulpverlening zoals dat in de oorspronkelijke dossieronderzoeken naar voren kwam") and with
// success factors (bron.evaluatie, "succesfactoren"); the tags are scored against the expert's.
#pragma once

#include <array>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lwp::core {

struct Action;
struct ApplyResult;
struct DossierEvent;
struct Scenario;
struct SessionState;

struct DossierTag {
    std::string_view id;
    std::string_view nl, en;
    std::string_view source;  // the source's Dutch phrase (Methodewijzer: hulppatroon or succesfactoren)
    bool success = false;     // a success factor; otherwise a flaw of the help pattern
};
std::span<const DossierTag> dossier_tags();
const DossierTag* find_dossier_tag(std::string_view id);

namespace action_type {
inline constexpr const char* DossierTagOn = "dossier.tag";     // target: event id; args: tag
inline constexpr const char* DossierTagOff = "dossier.untag";  // target: event id; args: tag
}  // namespace action_type

// What the trainee or group tagged: event id -> tag ids, in catalogue order.
struct DossierWork {
    std::map<std::string, std::vector<std::string>> tags;
    bool has(const std::string& event, std::string_view tag) const;
};

bool is_dossier_action(const std::string& type);
ApplyResult apply_dossier(SessionState& state, const Scenario& scenario, const Action& action);

struct DossierEventScore {
    const DossierEvent* event = nullptr;
    std::vector<std::string> found;    // tagged by the group and by the expert
    std::vector<std::string> missed;   // only the expert
    std::vector<std::string> extra;    // only the group
};

struct DossierScore {
    std::vector<DossierEventScore> events;  // in dossier order
    int found = 0, missed = 0, extra = 0;
    // Agreement with the expert: found / (found + missed + extra); 0 when nothing to compare.
    double fraction() const { return found + missed + extra > 0 ? static_cast<double>(found) / (found + missed + extra) : 0; }
    // How often each tag was found / missed / added, for the debrief ("which flaws did we miss?").
    std::map<std::string, std::array<int, 3>> per_tag;
};

DossierScore score_dossier(const Scenario& scenario, const DossierWork& work);

}  // namespace lwp::core
