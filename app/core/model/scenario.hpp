// The immutable definition of a case scenario, as the Lua loader builds it (scripting/loader).
// Everything a saved session refers to has a stable string id.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/case_date.hpp"
#include "core/model/text.hpp"

namespace lwp::core {

// The variable a case uses as its own meter of immediate safety (core::case_safety_at reads it).
inline constexpr const char* kSafetyMeter = "directe_veiligheid";

struct SourceLoc {
    std::string file;
    int line = 0;
    std::string str() const { return file + ":" + std::to_string(line); }
};

// A finding about a scenario file: "file:line: message". Errors keep a scenario from playing.
struct Diagnostic {
    enum class Level { Error, Warning };
    Level level = Level::Error;
    SourceLoc loc;
    std::string message;
    std::string str() const;
};

struct Relation {
    std::string person;  // the other person's id
    std::string status;  // partners: "samen", "gescheiden", "overleden"
};

struct Person {
    std::string id;
    std::string name;  // pseudonym
    std::string role;  // "moeder", "vader", "kind", "oma", "netwerk", "professional", ...
    int age = -1;      // -1: unknown / not relevant
    char gender = 'x'; // 'm', 'v' or 'x'
    bool deceased = false;
    bool household = true;             // lives in the family household
    bool own = false;                  // added by the trainee on the persons board (core::OwnPerson)
    std::vector<std::string> parents;  // ids of parents (genogram generations)
    std::vector<Relation> partners;
    Text description;
    // Where the person stands in the method (fase, product, regie; person_status_keys()): the
    // start values; keuzes and bij_binnenkomst change them per person (SessionState::person_status).
    std::map<std::string, std::string> status;
    SourceLoc loc;
};

// The per-person status keys and their allowed values (the Methodewijzer's four phases, the
// products of the LT-GI cooperation, and who holds the regie).
struct StatusKey {
    const char* key;
    std::vector<const char*> values;
};
const std::vector<StatusKey>& person_status_keys();
const StatusKey* find_status_key(const std::string& key);
bool valid_status_value(const std::string& key, const std::string& value);

enum class FactKind { LifeEvent, Help, Decision, Report, Concern, Strength };
const char* fact_kind_id(FactKind kind);  // DSL spelling: "levensgebeurtenis", "hulp", ...
bool parse_fact_kind(const std::string& id, FactKind& out);

struct Fact {
    std::string id;
    Text text;
    CaseDate date;
    FactKind kind = FactKind::LifeEvent;
    std::string source;                 // document id, may be empty
    std::vector<std::string> persons;   // person ids
    std::string agency;                 // help: who gave it
    Text result;                        // help: what came of it
    SourceLoc loc;
};

struct Document {
    std::string id;
    Text title;
    std::string kind;  // "zorgmelding", "schoolverslag", "verslag_netwerkberaad", "brief", ...
    std::string author;
    CaseDate date;
    Text body;
    std::vector<std::string> reveals;  // facts discovered by reading it
    SourceLoc loc;
};

struct Variable {
    std::string id;
    Text label;
    double initial = 0, min = 0, max = 10;
    SourceLoc loc;
};

// When a choice is offered or a route is taken. Declarative kinds cover the common cases; a Lua
// function (kind Script, evaluated by the ScriptHost) covers the rest.
// A test over the course of a meter, or of the trainee's safety score (taxatie), so far: not only
// its last value (DSL `verloop = { ... }`, in a voorwaarde or a check). Each set bound must hold.
struct HistoryTest {
    std::string var;       // the meter; empty: the trainee's taxatie (analysis.safety.history)
    double ever_below = 1e300;    // ooit_onder: at some moment lower than this
    double ever_above = -1e300;   // ooit_boven: at some moment higher than this
    double never_below = -1e300;  // nooit_onder: the lowest so far is at least this
    double never_above = 1e300;   // nooit_boven: the highest so far is at most this
    std::string fell_since, rose_since;  // gedaald_sinds / gestegen_sinds: lower / higher now than on entering that step
};

struct Condition {
    enum class Kind {
        Always, FactKnown, ChoiceTaken, ChoiceNotTaken, DocumentRead, StepVisited, VarRange, All, Any, Not, Script,
        PersonStatus,  // ref = person, key = fase/product/regie, value: its value now
        History        // history: a test over the course of a meter or the taxatie
    };
    Kind kind = Kind::Always;
    std::string ref;  // fact / choice / document / step / variable / person id
    double min = -1e300, max = 1e300;
    std::vector<Condition> children;
    int script = -1;  // ScriptHost function handle
    SourceLoc loc;
    std::string key = {}, value = {};  // PersonStatus
    HistoryTest history = {};
};

// Per-person status changes (DSL `zet = { persoon = { product = "2b", regie = "gi" } }`).
using StatusChanges = std::map<std::string, std::map<std::string, std::string>>;

struct Route {
    Condition when;
    std::string target;  // step or ending id
};

struct Choice {
    std::string id;
    Text text;
    Text feedback;                       // shown after the choice, explains the consequence
    Condition when;                      // offered only when this holds
    std::map<std::string, double> effects;  // variable id -> delta
    std::vector<std::string> reveals;    // facts discovered by the choice
    std::vector<Route> routes;           // first route whose condition holds is taken
    std::vector<std::string> spoke_with; // persons the trainee talks with by this choice
    std::vector<std::string> sources;    // bron: Methodewijzer anchors the feedback cites
    StatusChanges sets;                  // zet: per-person fase / product / regie after the choice
    std::vector<std::string> tags;       // free tags; a cadence check (ritme) can count choices by tag
    SourceLoc loc;
};

// What happens when a step is entered (DSL `bij_binnenkomst = { ... }`), like a keuze's effects:
// meters change (clamped), facts are revealed, person status is set. The start step's apply too.
struct EntryEffects {
    std::map<std::string, double> effects;  // gevolg: variable id -> delta
    std::vector<std::string> reveals;       // onthult
    StatusChanges sets;                     // zet
    bool empty() const { return effects.empty() && reveals.empty() && sets.empty(); }
};

// A part of a step's text shown only when its condition holds (DSL `varianten`): added after the
// step's own text, in order, judged against the situation as it is.
struct TextVariant {
    Condition when;
    Text text;
    SourceLoc loc;
};

struct Step {
    std::string id;
    Text title;
    CaseDate date;
    Text narrative;
    std::vector<std::string> documents;  // documents that become available
    std::vector<std::string> facts;      // facts revealed on entering
    std::vector<Choice> choices;
    std::vector<std::string> opens;  // analysis boards that become available here ("tijdlijn", ...)
    Text safety_signal;              // a new safety signal: brings the safety plan forward (bouwsteen.directe_veiligheid)
    EntryEffects on_entry;           // bij_binnenkomst
    std::vector<TextVariant> variants;  // varianten
    SourceLoc loc;
};

struct Ending {
    std::string id;
    Text title;
    Text text;
    std::string tone;  // "goed", "gemengd", "zorgelijk"
    SourceLoc loc;
};

// The expert's analysis of the case, shown beside the trainee's in the debrief and used by
// scoring (bouwsteen.directe_veiligheid, bouwsteen.stabiele_veiligheid, bouwsteen.tijdlijn, bouwsteen.gezinspatroon, bouwsteen.haalbare_eindsituatie). Every part is optional.
struct ExpertFactor {
    std::string id;
    std::string area;    // pattern_areas() id
    std::string person;
    Text text;
    std::vector<std::string> facts;  // supporting facts
};

struct ExpertJudgement {
    std::string person;
    std::string item;       // safety_items() id
    std::string judgement;  // judgements() id
};

struct ExpertEndItem {
    std::string kind;  // end_item_kinds() id
    Text text;
};

struct ExpertReference {
    std::vector<std::string> timeline_facts;  // facts that belong on the timeline
    std::string first, latest, worst;         // aanleiding: fact ids
    Text direct_request, underlying_request;
    std::vector<ExpertFactor> factors;
    std::vector<std::pair<std::string, std::string>> links;  // factor id -> factor id
    Text sentence, noble_intention;
    int safety_score = 0;
    std::string safety_step;  // the step at whose moment the reference's taxatie applies ("" = the end)
    Text six;  // what the "6" looks like
    std::vector<ExpertJudgement> judgements;
    std::vector<ExpertEndItem> end_items;
    Text end_description;  // in the family's language
    SourceLoc loc;
    bool present = false;
};

// What a scoring criterion checks (issue: scoring against building-block criteria). Declarative
// kinds cover the common cases; Script runs a scenario function with a read-only session view.
struct Check {
    // One value per line of core/model/check_kinds.def, in its order (what each kind tests: its
    // file in core/assess/kinds/).
    enum class Kind {
#define KIND(name, key, names_choices, composite) name,
#include "core/model/check_kinds.def"
#undef KIND
    };
    Kind kind = Kind::All;
    std::vector<std::string> refs;  // choices, facts, fields or kinds, by kind
    const std::string& first_ref() const {  // the one ref of the choice kinds; "" (never found) when missing
        static const std::string none;
        return refs.empty() ? none : refs.front();
    }
    std::string before;             // ChoiceBefore: choice id, or step id (before_is_step)
    bool before_is_step = false;
    std::string step;               // Variable: value when entering this step ("" = now / at the end)
    std::string var;
    double min = -1e300, max = 1e300;
    std::string area, area_to;      // PatternFactor (area), PatternLink (area -> area_to), Comparison (area = board),
                                    // ReflectionWritten (area = with whom, "" = anyone; min = words)
    std::map<std::string, std::string> marks;  // Aanleiding: eerste/laatste/ergste -> fact id
    std::vector<Check> children;
    int script = -1;
    HistoryTest history = {};  // History
};

struct Criterion {
    std::string id;
    std::string block;  // building block id
    double weight = 1;
    Text text;          // what is assessed
    Text rationale;     // why, in the method's terms
    Text feedback_met, feedback_missed;
    // `goed_niet_gekozen`: the text shown when the criterion is met only because something was
    // NOT chosen (a niet_keuze), true for every other choice that meets it; falls back to `goed`.
    Text feedback_not_chosen;
    std::vector<std::string> sources;  // bron: Methodewijzer anchors (core/model/methodewijzer.hpp)
    bool has_assessable = false;
    Condition assessable;  // when the path makes it assessable; default derived from the check
    Check check;
    SourceLoc loc;
};

// A moment where the case asks the trainee to reflect (bouwsteen.reflectie): on entering a step or
// right after a choice, with the author's own prompts; the method's prompts are always offered.
struct ReflectionPoint {
    std::string id;
    std::string step;          // on entering this step, or
    std::string after_choice;  // right after this choice
    std::vector<Text> prompts;
    std::vector<std::string> building_blocks;  // for the journal filter; default: the scenario's
    bool with_family = false;  // suggest reflecting with the family too (bron.onderzoek)
    SourceLoc loc;
};

// One entry of a retrospective case file (dossieronderzoek, issue 6.6; core/fold/dossier.hpp): what
// happened, when and according to whom, with the expert's tags and why.
struct DossierEvent {
    std::string id;
    CaseDate date;
    std::string source;  // who wrote it: "school", "huisarts", "wijkteam" ...
    Text text;
    std::vector<std::string> expert_tags;  // dossier_tags() ids
    Text explanation;                      // the expert's explanation of the tags
    SourceLoc loc;
};

struct ScenarioMeta {
    std::string id;
    Text title;
    Text summary;
    std::string version;
    int api = 1;
    std::string language = "nl";
    int minutes = 0;
    std::string difficulty;
    std::vector<std::string> building_blocks;
    std::vector<std::string> tags;
    std::string start;
    SourceLoc loc;
};

struct Scenario {
    ScenarioMeta meta;
    std::vector<Person> persons;
    std::vector<Document> documents;
    std::vector<Fact> facts;
    std::vector<Variable> variables;
    std::vector<Step> steps;
    std::vector<Ending> endings;
    ExpertReference reference;
    std::vector<Criterion> criteria;
    std::vector<ReflectionPoint> reflection_points;
    std::vector<DossierEvent> dossier;  // empty unless the case is a dossieronderzoek
    std::string file;
    std::uint64_t content_hash = 0;
    // Unique per scenario loaded in this process (the loader counts up): caches that belong to
    // one loaded version key on it, never on the address, which a later version may reuse.
    std::uint64_t generation = 0;

    const Step* step(const std::string& id) const;
    const Ending* ending(const std::string& id) const;
    const Document* document(const std::string& id) const;
    const Fact* fact(const std::string& id) const;
    const Person* person(const std::string& id) const;
    const Variable* variable(const std::string& id) const;
    const ReflectionPoint* reflection_point(const std::string& id) const;
    const DossierEvent* dossier_event(const std::string& id) const;
    const Choice* choice(const std::string& step_id, const std::string& choice_id) const;
    // Index of a step in declaration order, or -1; used for progress display.
    int step_index(const std::string& id) const;

    // Id -> position per kind, so lookups stay constant-time in large (or hostile) files. The
    // loader calls reindex() once the lists are complete; a list changed afterwards, or never
    // indexed (scenarios built by hand in tests), is searched linearly instead.
    struct IdIndex {
        std::unordered_map<std::string, std::size_t> steps, endings, documents, facts, persons, variables, reflection_points;
    };
    IdIndex index;
    void reindex();
};

// FNV-1a 64-bit; sessions record it to notice edited scenarios.
std::uint64_t content_hash(const std::string& bytes);

struct SessionState;

// Runs scenario-defined functions (conditions) with a read-only view of the session.
// Implemented by scripting::ScenarioRuntime; core never sees Lua.
class ScriptHost {
public:
    virtual ~ScriptHost() = default;
    // A failing function (error, limit exceeded) counts as false; the host keeps the message
    // for the UI ("scenario 'x', functie in keuze 'y': instructielimiet overschreden"), and
    // `apply` refuses a choice whose conditions failed as a scenario error (core::FailureWatch).
    virtual bool eval_condition(int handle, const SessionState& state) = 0;
    // A criterion's check function: returns met / not met and fills `evidence` with the script's
    // explanation; nullopt when the function failed or returned something other than a boolean
    // (plus an optional text): the criterion is then a scenario error, never "not assessed".
    virtual std::optional<bool> eval_check(int handle, const SessionState& state, std::string& evidence) = 0;
    // Every function call that failed so far (an error, a limit, or a check that did not return a
    // boolean) and the last failure's message. Scoring compares the count before and after a
    // criterion's `beoordeelbaar` condition, so a broken one fails closed (scoring.hpp Status::Error).
    virtual std::size_t failures() const { return 0; }
    virtual std::string last_failure() const { return {}; }
};

// Finds a loaded scenario (and its script host) by id, for replaying saved sessions: progress,
// journal, reports. Returns false when it is not loaded.
using ScenarioLookup = std::function<bool(const std::string& id, const Scenario*& scenario, ScriptHost*& host)>;

}  // namespace lwp::core
