// Index of this file:
//   1. Lookups on the artefacts (the vocabularies are in vocabulary.cpp)
//   2. The fold of analysis actions, one small function per action type
#include "core/fold/analysis.hpp"

#include "core/model/parse.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <sstream>

#include "core/model/scenario.hpp"
#include "core/fold/session.hpp"

namespace lwp::core {


// ---------------------------------------------------------------------------------------------
// 1. Lookups
// ---------------------------------------------------------------------------------------------

const TimelineEntry* Timeline::entry(const std::string& id) const {
    for (const auto& e : entries)
        if (e.id == id) return &e;
    return nullptr;
}

const TimelineEntry* Timeline::entry_for_fact(const std::string& fact) const {
    for (const auto& e : entries)
        if (!fact.empty() && e.fact == fact) return &e;
    return nullptr;
}

const Factor* Pattern::factor(const std::string& id) const {
    for (const auto& f : factors)
        if (f.id == id) return &f;
    return nullptr;
}

Judgement Safety::judgement(const std::string& person, const std::string& item) const {
    for (const auto& j : judgements)
        if (j.person == person && j.item == item) return j.judgement;
    return Judgement::Unknown;
}

bool Analysis::board_open(std::string_view board) const {
    return std::find(open_boards.begin(), open_boards.end(), board) != open_boards.end();
}

// ---------------------------------------------------------------------------------------------
// 2. The fold
// ---------------------------------------------------------------------------------------------
namespace {

using Result = std::string;  // empty: ok; otherwise a user-facing reason
const Result kOk;

struct Ctx {
    Analysis& a;  // the state's own analysis: a handler checks everything before it writes
    const SessionState& st;
    const Scenario& sc;
    const Action& action;
    size_t index;

    std::string arg(const char* key) const {
        auto it = action.args.find(key);
        return it == action.args.end() ? std::string() : it->second;
    }
    bool has(const char* key) const { return action.args.count(key) != 0; }
    // The id this action creates: stored in the action (stable across migrations), or its
    // position for a version-1 log; refused when an item of the same kind already has it.
    template <typename Items>
    Result new_id(const Items& items, std::string& id) const {
        id = created_id(action, index);
        for (const auto& x : items)
            if (x.id == id) return "id '" + id + "' bestaat al";
        return {};
    }
};

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

Result set_field(std::map<std::string, std::string>& fields, std::span<const Term> allowed, const Ctx& c) {
    if (!find_term(allowed, c.action.target)) return "onbekend veld '" + c.action.target + "'";
    const std::string text = c.arg("tekst");
    if (text.empty()) fields.erase(c.action.target);
    else fields[c.action.target] = text;
    return kOk;
}

Result lane_from(const Ctx& c, Lane& lane) {
    if (!c.has("baan")) return kOk;
    int i = term_index(lanes(), c.arg("baan"));
    if (i < 0) return "onbekende baan '" + c.arg("baan") + "'";
    lane = static_cast<Lane>(i);
    return kOk;
}

Result date_from(const Ctx& c, CaseDate& date) {
    if (!c.has("datum")) return kOk;
    if (c.arg("datum").empty()) {
        date = {};
        return kOk;
    }
    auto d = parse_case_date(c.arg("datum"));
    if (!d) return "ongeldige datum '" + c.arg("datum") + "' (JJJJ, JJJJ-MM, JJJJ-MM-DD of een periode)";
    date = *d;
    return kOk;
}

Lane lane_for(FactKind kind) {
    switch (kind) {
        case FactKind::Help: return Lane::Help;
        case FactKind::Decision: return Lane::Decision;
        case FactKind::Report:
        case FactKind::Concern: return Lane::Report;
        default: return Lane::LifeEvent;
    }
}

TimelineEntry* find_entry(Analysis& a, const std::string& id) {
    for (auto& e : a.timeline.entries)
        if (e.id == id) return &e;
    return nullptr;
}

Result edit_entry(TimelineEntry& e, const Ctx& c) {
    if (Result r = lane_from(c, e.lane); !r.empty()) return r;
    if (Result r = date_from(c, e.date); !r.empty()) return r;
    if (c.has("tekst")) e.text = c.arg("tekst");
    if (c.has("instantie")) e.agency = c.arg("instantie");
    if (c.has("resultaat")) e.result = c.arg("resultaat");
    if (c.has("personen")) e.persons = split_list(c.arg("personen"));
    for (const auto& p : e.persons)
        if (!c.sc.person(p)) return "onbekende persoon '" + p + "'";
    return kOk;
}

// tijdlijn.plaats: a discovered fact onto the timeline (target: fact id).
Result timeline_place(Ctx& c) {
    const Fact* fact = c.sc.fact(c.action.target);
    if (!fact) return "onbekend feit '" + c.action.target + "'";
    if (!c.st.knows_fact(fact->id)) return "feit '" + fact->id + "' is nog niet ontdekt";
    if (c.a.timeline.entry_for_fact(fact->id)) return "feit '" + fact->id + "' staat al op de tijdlijn";
    TimelineEntry e;
    if (Result r = c.new_id(c.a.timeline.entries, e.id); !r.empty()) return r;
    e.action = c.index;
    e.fact = fact->id;
    e.date = fact->date;
    e.lane = lane_for(fact->kind);
    e.agency = fact->agency;
    e.result = fact->result.nl;
    e.persons = fact->persons;
    if (Result r = edit_entry(e, c); !r.empty()) return r;
    c.a.timeline.entries.push_back(std::move(e));
    return kOk;
}

// tijdlijn.eigen: an entry in the trainee's own words.
Result timeline_own(Ctx& c) {
    TimelineEntry e;
    if (Result r = c.new_id(c.a.timeline.entries, e.id); !r.empty()) return r;
    e.action = c.index;
    if (Result r = edit_entry(e, c); !r.empty()) return r;
    if (e.text.empty()) return "een eigen tijdlijnregel heeft tekst nodig";
    c.a.timeline.entries.push_back(std::move(e));
    return kOk;
}

Result timeline_edit(Ctx& c) {
    TimelineEntry* e = find_entry(c.a, c.action.target);
    if (!e) return "onbekende tijdlijnregel '" + c.action.target + "'";
    TimelineEntry edited = *e;  // a copy of this entry only: a failed edit leaves it as it was
    if (Result r = edit_entry(edited, c); !r.empty()) return r;
    *e = std::move(edited);
    return kOk;
}

Result timeline_remove(Ctx& c) {
    auto& entries = c.a.timeline.entries;
    auto it = std::find_if(entries.begin(), entries.end(), [&](const TimelineEntry& e) { return e.id == c.action.target; });
    if (it == entries.end()) return "onbekende tijdlijnregel '" + c.action.target + "'";
    entries.erase(it);
    for (std::string* mark : {&c.a.timeline.first, &c.a.timeline.latest, &c.a.timeline.worst})
        if (*mark == c.action.target) mark->clear();
    for (auto& f : c.a.pattern.factors) std::erase(f.evidence, c.action.target);
    return kOk;
}

// tijdlijn.markeer: aanleiding "eerste" / "laatste" / "ergste" (one entry each); aan=0 clears.
Result timeline_mark(Ctx& c) {
    if (!find_entry(c.a, c.action.target)) return "onbekende tijdlijnregel '" + c.action.target + "'";
    const std::string kind = c.arg("soort");
    std::string* mark = kind == "eerste" ? &c.a.timeline.first : kind == "laatste" ? &c.a.timeline.latest
                      : kind == "ergste" ? &c.a.timeline.worst : nullptr;
    if (!mark) return "aanleiding is eerste, laatste of ergste, niet '" + kind + "'";
    if (c.arg("aan") == "0") {
        if (*mark == c.action.target) mark->clear();
    } else *mark = c.action.target;
    return kOk;
}

const OwnPerson* own_person(const Analysis& a, const std::string& id) {
    for (const auto& p : a.persons.own)
        if (p.id == id) return &p;
    return nullptr;
}
bool known_person(const Ctx& c, const std::string& id) { return c.sc.person(id) || own_person(c.a, id); }

// Name, role, gender, age and household of an own person from the action's arguments.
Result own_person_fields(OwnPerson& p, const Ctx& c) {
    if (c.has("naam")) p.name = trim(c.arg("naam"));
    if (p.name.empty()) return "een persoon heeft een naam";
    if (p.name.size() > 80) return "een naam is hoogstens 80 tekens";
    if (c.has("rol")) p.role = trim(c.arg("rol"));
    if (c.has("geslacht")) {
        const std::string g = c.arg("geslacht");
        if (g != "m" && g != "v" && g != "x") return "geslacht is m, v of x";
        p.gender = g[0];
    }
    if (c.has("leeftijd")) {
        const std::string a = c.arg("leeftijd");
        const auto age = a.empty() ? std::optional<int>(-1) : parse_number<int>(a);
        if (!age || *age < -1 || *age > 120) return "leeftijd is een getal van 0 tot 120 (leeg: onbekend)";
        p.age = *age;
    }
    if (c.has("huishouden")) p.household = c.arg("huishouden") == "1";
    return kOk;
}

Result person_new(Ctx& c) {
    OwnPerson p;
    p.action = c.index;
    if (Result r = c.new_id(c.a.persons.own, p.id); !r.empty()) return r;
    if (c.sc.person(p.id)) return "id '" + p.id + "' is al een persoon van de casus";
    if (Result r = own_person_fields(p, c); !r.empty()) return r;
    c.a.persons.own.push_back(std::move(p));
    return kOk;
}

Result person_edit(Ctx& c) {
    OwnPerson* p = nullptr;
    for (auto& o : c.a.persons.own)
        if (o.id == c.action.target) p = &o;
    if (!p) return c.sc.person(c.action.target) ? "een persoon van de casus houdt zijn naam; alleen je eigen personen pas je aan"
                                               : "onbekende eigen persoon '" + c.action.target + "'";
    OwnPerson edited = *p;  // applied whole or not at all
    if (Result r = own_person_fields(edited, c); !r.empty()) return r;
    *p = std::move(edited);
    return kOk;
}

Result person_remove(Ctx& c) {
    const auto n = std::erase_if(c.a.persons.own, [&](const OwnPerson& p) { return p.id == c.action.target; });
    if (!n) return "onbekende eigen persoon '" + c.action.target + "'";
    std::erase_if(c.a.persons.ties, [&](const Tie& t) { return t.a == c.action.target || t.b == c.action.target; });
    c.a.persons.notes.erase(c.action.target);
    return kOk;
}

Result person_note(Ctx& c) {
    if (!known_person(c, c.action.target)) return "onbekende persoon '" + c.action.target + "'";
    const int support = c.has("steun") ? parse_number<int>(c.arg("steun")).value_or(99) : 0;
    if (support < -2 || support > 2) return "steun is een getal van -2 tot 2";
    PersonNote& n = c.a.persons.notes[c.action.target];  // created only once the action applies
    if (c.has("steun")) n.support = support;
    if (c.has("rol")) n.role = c.arg("rol");
    if (c.has("notitie")) n.note = c.arg("notitie");
    return kOk;
}

Result person_tie(Ctx& c) {
    Tie t{{}, c.arg("a"), c.arg("b"), c.arg("soort"), c.index};
    if (Result r = c.new_id(c.a.persons.ties, t.id); !r.empty()) return r;
    if (!known_person(c, t.a) || !known_person(c, t.b)) return "een band verbindt twee bekende personen";
    if (t.a == t.b) return "een band verbindt twee verschillende personen";
    if (!find_term(tie_kinds(), t.kind)) return "soort band is steun, conflict of contact";
    c.a.persons.ties.push_back(std::move(t));
    return kOk;
}

Result person_tie_remove(Ctx& c) {
    auto n = std::erase_if(c.a.persons.ties, [&](const Tie& t) { return t.id == c.action.target; });
    return n ? kOk : "onbekende band '" + c.action.target + "'";
}

Factor* find_factor(Analysis& a, const std::string& id) {
    for (auto& f : a.pattern.factors)
        if (f.id == id) return &f;
    return nullptr;
}

Result edit_factor(Factor& f, const Ctx& c) {
    if (c.has("gebied")) {
        int i = term_index(pattern_areas(), c.arg("gebied"));
        if (i < 0) return "onbekend gebied '" + c.arg("gebied") + "'";
        f.area = static_cast<PatternArea>(i);
    }
    if (c.has("persoon")) {
        if (!c.arg("persoon").empty() && !c.sc.person(c.arg("persoon"))) return "onbekende persoon '" + c.arg("persoon") + "'";
        f.person = c.arg("persoon");
    }
    if (c.has("tekst")) f.text = c.arg("tekst");
    if (c.has("bewijs")) {
        f.evidence = split_list(c.arg("bewijs"));
        for (const auto& e : f.evidence)
            if (!c.a.timeline.entry(e) && !c.st.knows_fact(e)) return "bewijs '" + e + "' is geen tijdlijnregel of ontdekt feit";
    }
    if (f.text.empty()) return "een factor heeft tekst nodig";
    return kOk;
}

Result pattern_factor(Ctx& c) {
    Factor f;
    if (Result r = c.new_id(c.a.pattern.factors, f.id); !r.empty()) return r;
    f.action = c.index;
    if (!c.has("gebied")) return "een factor hoort in een gebied";
    if (Result r = edit_factor(f, c); !r.empty()) return r;
    c.a.pattern.factors.push_back(std::move(f));
    return kOk;
}

Result pattern_edit(Ctx& c) {
    Factor* f = find_factor(c.a, c.action.target);
    if (!f) return "onbekende factor '" + c.action.target + "'";
    Factor edited = *f;  // a copy of this factor only: a failed edit leaves it as it was
    if (Result r = edit_factor(edited, c); !r.empty()) return r;
    *f = std::move(edited);
    return kOk;
}

Result pattern_remove(Ctx& c) {
    auto n = std::erase_if(c.a.pattern.factors, [&](const Factor& f) { return f.id == c.action.target; });
    if (!n) return "onbekende factor '" + c.action.target + "'";
    std::erase_if(c.a.pattern.links, [&](const Link& l) { return l.from == c.action.target || l.to == c.action.target; });
    return kOk;
}

Result pattern_link(Ctx& c) {
    Link l{{}, c.arg("van"), c.arg("naar"), c.index};
    if (Result r = c.new_id(c.a.pattern.links, l.id); !r.empty()) return r;
    if (!find_factor(c.a, l.from) || !find_factor(c.a, l.to)) return "een pijl verbindt twee bestaande factoren";
    if (l.from == l.to) return "een pijl verbindt twee verschillende factoren";
    for (const auto& other : c.a.pattern.links)
        if (other.from == l.from && other.to == l.to) return "deze pijl bestaat al";
    c.a.pattern.links.push_back(std::move(l));
    return kOk;
}

Result pattern_unlink(Ctx& c) {
    auto n = std::erase_if(c.a.pattern.links, [&](const Link& l) { return l.id == c.action.target; });
    return n ? kOk : "onbekende pijl '" + c.action.target + "'";
}

Result pattern_text(Ctx& c) {
    if (c.action.target == "zin") c.a.pattern.sentence = c.arg("tekst");
    else if (c.action.target == "intentie") c.a.pattern.noble_intention = c.arg("tekst");
    else if (find_term(pattern_questions(), c.action.target)) {
        if (c.arg("tekst").empty()) c.a.pattern.answers.erase(c.action.target);
        else c.a.pattern.answers[c.action.target] = c.arg("tekst");
    } else return "onbekend veld '" + c.action.target + "'";
    return kOk;
}

Result safety_judge(Ctx& c) {
    if (!c.sc.person(c.action.target)) return "onbekende persoon '" + c.action.target + "'";
    if (!find_term(safety_items(), c.arg("item"))) return "onbekend veiligheidsitem '" + c.arg("item") + "'";
    int j = term_index(judgements(), c.arg("oordeel"));
    if (j < 0) return "oordeel is veilig, onveilig of direct_veiligstellen";
    auto& list = c.a.safety.judgements;
    auto it = std::find_if(list.begin(), list.end(), [&](const SafetyJudgement& s) { return s.person == c.action.target && s.item == c.arg("item"); });
    if (it == list.end()) list.push_back({c.action.target, c.arg("item"), static_cast<Judgement>(j)});
    else it->judgement = static_cast<Judgement>(j);
    return kOk;
}

Result safety_score(Ctx& c) {
    const int v = parse_number<int>(c.arg("waarde")).value_or(0);
    if (v < 1 || v > 10) return "veiligheidsscore is een getal van 1 tot 10";
    c.a.safety.score = v;
    c.a.safety.history.push_back({c.index, c.st.step, v});
    c.a.safety_alert.clear();  // the new signal has been weighed
    return kOk;
}

Result end_item(Ctx& c) {
    EndItem e{{}, c.arg("soort"), c.arg("tekst"), c.arg("hoe"), c.arg("wie"), c.arg("wanneer"), c.index};
    if (Result r = c.new_id(c.a.end.items, e.id); !r.empty()) return r;
    if (!find_term(end_item_kinds(), e.kind)) return "onbekende soort '" + e.kind + "'";
    if (e.text.empty()) return "een onderdeel van de eindsituatie heeft tekst nodig";
    c.a.end.items.push_back(std::move(e));
    return kOk;
}

Result end_edit(Ctx& c) {
    for (auto& item : c.a.end.items) {
        if (item.id != c.action.target) continue;
        EndItem e = item;  // a copy of this item only: a failed edit leaves it as it was
        if (c.has("soort")) {
            if (!find_term(end_item_kinds(), c.arg("soort"))) return "onbekende soort '" + c.arg("soort") + "'";
            e.kind = c.arg("soort");
        }
        for (auto [key, field] : {std::pair{"tekst", &e.text}, {"hoe", &e.how}, {"wie", &e.who}, {"wanneer", &e.when}})
            if (c.has(key)) *field = c.arg(key);
        if (e.text.empty()) return "een onderdeel van de eindsituatie heeft tekst nodig";
        item = std::move(e);
        return kOk;
    }
    return "onbekend onderdeel '" + c.action.target + "'";
}

Result end_remove(Ctx& c) {
    auto n = std::erase_if(c.a.end.items, [&](const EndItem& e) { return e.id == c.action.target; });
    return n ? kOk : "onbekend onderdeel '" + c.action.target + "'";
}

struct Handler {
    std::string_view type;
    std::string_view board;
    Result (*fn)(Ctx&);
};

const Handler kHandlers[] = {
    {"tijdlijn.plaats", "tijdlijn", timeline_place},
    {"tijdlijn.eigen", "tijdlijn", timeline_own},
    {"tijdlijn.wijzig", "tijdlijn", timeline_edit},
    {"tijdlijn.verwijder", "tijdlijn", timeline_remove},
    {"tijdlijn.markeer", "tijdlijn", timeline_mark},
    {"tijdlijn.veld", "tijdlijn", [](Ctx& c) { return set_field(c.a.timeline.fields, timeline_fields(), c); }},
    {"personen.notitie", "personen", person_note},
    {"personen.band", "personen", person_tie},
    {"personen.band_weg", "personen", person_tie_remove},
    {"personen.nieuw", "personen", person_new},
    {"personen.wijzig", "personen", person_edit},
    {"personen.weg", "personen", person_remove},
    {"patroon.factor", "patroon", pattern_factor},
    {"patroon.wijzig", "patroon", pattern_edit},
    {"patroon.verwijder", "patroon", pattern_remove},
    {"patroon.pijl", "patroon", pattern_link},
    {"patroon.pijl_weg", "patroon", pattern_unlink},
    {"patroon.tekst", "patroon", pattern_text},
    {"veiligheid.oordeel", "veiligheid", safety_judge},
    {"veiligheid.score", "veiligheid", safety_score},
    {"veiligheid.veld", "veiligheid", [](Ctx& c) { return set_field(c.a.safety.fields, safety_fields(), c); }},
    {"eind.item", "eindsituatie", end_item},
    {"eind.wijzig", "eindsituatie", end_edit},
    {"eind.verwijder", "eindsituatie", end_remove},
    {"eind.veld", "eindsituatie", [](Ctx& c) { return set_field(c.a.end.fields, end_fields(), c); }},
};

const Handler* find_handler(const std::string& type) {
    for (const auto& h : kHandlers)
        if (h.type == type) return &h;
    return nullptr;
}

}  // namespace

bool is_analysis_action(const std::string& type) { return find_handler(type) != nullptr; }

std::vector<std::string> analysis_action_types() {
    std::vector<std::string> out;
    for (const auto& h : kHandlers) out.emplace_back(h.type);
    return out;
}

ApplyResult apply_analysis(SessionState& st, const Scenario& sc, const Action& action, size_t index) {
    const Handler* h = find_handler(action.type);
    if (!h) return {false, "onbekende actie '" + action.type + "'"};
    if (!st.analysis.board_open(h->board))
        return {false, "het bord '" + std::string(h->board) + "' is in deze casus nog niet geopend"};
    // Applied in place (issue 22): copying the whole analysis for every action made a replay cost
    // as much as the square of its log. Every handler checks the whole action before it writes
    // (an edit works on a copy of the one item it changes), so a refused action leaves `st` as it
    // was, and everything below runs only for an action that applied.
    Analysis& work = st.analysis;
    Ctx c{work, st, sc, action, index};
    if (Result r = h->fn(c); !r.empty()) return {false, r};
    // bouwsteen.directe_veiligheid: pattern and end-situation work while immediate safety is below
    // a 6 is recorded. The case's own meter decides (scoring.hpp, one safety concept); the taxatie
    // only where the case has no meter.
    auto meter = st.vars.find(kSafetyMeter);
    const bool unsafe = sc.variable(kSafetyMeter) && meter != st.vars.end() ? meter->second < 6 : !work.safety.at_least_six();
    if ((h->board == "patroon" || h->board == "eindsituatie") && unsafe)
        work.below_six.push_back({index, std::string(h->board), work.safety.score});
    if (h->board == "patroon" && work.pattern_started == SIZE_MAX) work.pattern_started = index;
    return {};
}

std::vector<Person> board_persons(const Scenario& scenario, const Persons& persons) {
    std::vector<Person> out = scenario.persons;
    for (const auto& o : persons.own) {
        Person p;
        p.id = o.id;
        p.name = o.name;
        p.role = o.role.empty() ? "netwerk" : o.role;
        p.gender = o.gender;
        p.age = o.age;
        p.household = o.household;
        p.own = true;
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace lwp::core
