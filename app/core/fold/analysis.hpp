// The analysis a trainee builds while stepping through a case (bouwsteen.directe_veiligheid, bouwsteen.stabiele_veiligheid, bouwsteen.tijdlijn, bouwsteen.gezinspatroon, bouwsteen.haalbare_eindsituatie): the
// timeline (tijdlijn), persons (genogram/sociogram), family pattern (gezinspatroon), immediate
// safety (veiligheid, the "6") and the feasible end situation (haalbare eindsituatie).
// Every edit is an Action in the session log; this file holds the data and its fold.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/case_date.hpp"
#include "core/model/text.hpp"
#include "core/model/vocabulary.hpp"

namespace lwp::core {

struct Action;
struct Scenario;
struct Person;
struct SessionState;
struct ApplyResult;

// --- The five artefacts ------------------------------------------------------------------------

struct TimelineEntry {
    std::string id;        // stable: Action::creates ("t<index>" when it was performed)
    size_t action = 0;     // index in the log of the action that created it
    std::string fact;      // the case fact it was placed from, or empty for an own entry
    std::string text;      // own words (placed facts show the fact's text unless overridden)
    CaseDate date;
    Lane lane = Lane::LifeEvent;
    std::string agency;    // help: who
    std::string result;    // help: what came of it
    std::vector<std::string> persons;
};

struct Timeline {
    std::vector<TimelineEntry> entries;  // in the order they were placed; views sort by date
    std::string first, latest, worst;    // aanleiding marks: entry ids (bouwsteen.tijdlijn "eerste, laatste, ergste")
    std::map<std::string, std::string> fields;  // direct/underlying help request, report, family's view

    const TimelineEntry* entry(const std::string& id) const;
    const TimelineEntry* entry_for_fact(const std::string& fact) const;
};

struct PersonNote {
    int support = 0;       // -2 (undermines) .. +2 (strong support) for the child/family
    std::string role;      // role in the network: "oppas op woensdag", ...
    std::string note;
};

struct Tie {
    std::string id;
    std::string a, b;      // person ids
    std::string kind;      // tie_kinds(): steun, conflict, contact
    size_t action = 0;     // index in the log of the action that created it
};

// A person the trainee added to the genogram (a neighbour, a new partner the case did not name).
struct OwnPerson {
    std::string id;         // stable: Action::creates ("n<index>" when it was performed)
    std::string name;
    std::string role;       // free text; empty: "netwerk"
    char gender = 'x';      // 'm', 'v' or 'x'
    int age = -1;
    bool household = false; // lives in the family household
    size_t action = 0;      // index in the log of the action that created it
};

struct Persons {
    std::map<std::string, PersonNote> notes;  // by person id
    std::vector<Tie> ties;
    std::vector<OwnPerson> own;  // the trainee's own persons, in the order added
};

// Everyone on the persons board: the case's persons, then the trainee's own (Person::own set).
std::vector<Person> board_persons(const Scenario& scenario, const Persons& persons);

struct Factor {
    std::string id;        // stable: Action::creates ("p<index>" when it was performed)
    size_t action = 0;     // index in the log of the action that created it
    PatternArea area = PatternArea::ParentDevelopment;
    std::string person;    // whose development/behaviour (may be empty for the help pattern)
    std::string text;
    std::vector<std::string> evidence;  // timeline entry ids or fact ids that support it
};

struct Link {
    std::string id;
    std::string from, to;  // factor ids: "influences"
    size_t action = 0;     // index in the log of the action that created it
};

struct Pattern {
    std::vector<Factor> factors;
    std::vector<Link> links;
    std::string sentence;         // "Deze kinderen groeien op in een gezin ..."
    std::string noble_intention;  // nobele intentie
    std::map<std::string, std::string> answers;  // pattern_questions() id -> answer

    const Factor* factor(const std::string& id) const;
};

struct SafetyJudgement {
    std::string person;
    std::string item;  // safety_items() id
    Judgement judgement = Judgement::Unknown;
};

// One taxatie: the score the trainee gave, where and when (the board keeps every one, so a
// criterion can judge the score that stood at a given moment, not only the last one).
struct SafetyScoreRecord {
    size_t action = 0;
    std::string step;  // the step the trainee was in
    int score = 0;
};

struct Safety {
    std::vector<SafetyJudgement> judgements;
    int score = 0;  // the trainee's taxatie, 1..10; 0 = not yet scored (the latest of `history`)
    std::vector<SafetyScoreRecord> history;
    std::map<std::string, std::string> fields;  // "zes" (what the 6 looks like) and the safety plan parts

    Judgement judgement(const std::string& person, const std::string& item) const;
    bool at_least_six() const { return score >= 6; }
};

struct EndItem {
    std::string id;    // stable: Action::creates ("e<index>" when it was performed)
    std::string kind;  // end_item_kinds() id
    std::string text;
    std::string how;   // compensation: how
    std::string who, when;  // change goals: who, when
    size_t action = 0;      // index in the log of the action that created it
};

struct EndSituation {
    std::vector<EndItem> items;
    std::map<std::string, std::string> fields;  // where the children grow up, family's language, neighbour check
};

// Work on the pattern or end situation while immediate safety was below a 6 (bouwsteen.directe_veiligheid: solve safety
// first). Allowed, but recorded so scoring and the debrief can discuss it.
struct GatingRecord {
    size_t action = 0;
    std::string board;
    int safety_score = 0;
};

struct Analysis {
    Timeline timeline;
    Persons persons;
    Pattern pattern;
    Safety safety;
    EndSituation end;
    std::vector<GatingRecord> below_six;
    size_t pattern_started = SIZE_MAX;     // action of the first pattern work (SIZE_MAX: none yet)
    std::vector<std::string> open_boards;  // boards available so far (scenario may open them per step)
    std::string safety_alert;              // step whose new safety signal asks for the safety plan first

    bool board_open(std::string_view board) const;
};

// Applies one analysis action ("tijdlijn.*", "personen.*", "patroon.*", "veiligheid.*", "eind.*").
bool is_analysis_action(const std::string& type);
// Every analysis action type, for the guide's action-log table (core/fold/action_log.hpp).
std::vector<std::string> analysis_action_types();
ApplyResult apply_analysis(SessionState& state, const Scenario& scenario, const Action& action, size_t index);

}  // namespace lwp::core
