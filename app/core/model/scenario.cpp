#include "core/model/scenario.hpp"

#include <algorithm>
#include <set>

#include "core/model/check_validation.hpp"
#include "core/model/vocabulary.hpp"
#include "core/model/building_blocks.hpp"

namespace lwp::core {

std::string Diagnostic::str() const {
    return loc.str() + ": " + (level == Level::Error ? "fout" : "waarschuwing") + ": " + message;
}

namespace {
struct FactKindName {
    FactKind kind;
    const char* id;
};
constexpr FactKindName kFactKinds[] = {
    {FactKind::LifeEvent, "levensgebeurtenis"}, {FactKind::Help, "hulp"},  {FactKind::Decision, "besluit"},
    {FactKind::Report, "melding"},              {FactKind::Concern, "zorg"}, {FactKind::Strength, "kracht"},
};

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::unordered_map<std::string, std::size_t>& index,
                    const std::string& id) {
    // The index is only trusted while it covers the list exactly (one entry per item, no
    // duplicate ids); otherwise the list is searched, which also finds the first duplicate.
    if (!items.empty() && index.size() == items.size()) {
        const auto it = index.find(id);
        if (it == index.end()) return nullptr;
        if (it->second < items.size() && items[it->second].id == id) return &items[it->second];
    }
    return find_by_id(items, id);
}

template <typename T>
void index_ids(const std::vector<T>& items, std::unordered_map<std::string, std::size_t>& index) {
    index.clear();
    for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);
}
}  // namespace

const char* fact_kind_id(FactKind kind) {
    for (const auto& k : kFactKinds)
        if (k.kind == kind) return k.id;
    return "?";
}

bool parse_fact_kind(const std::string& id, FactKind& out) {
    for (const auto& k : kFactKinds)
        if (id == k.id) {
            out = k.kind;
            return true;
        }
    return false;
}

const std::vector<StatusKey>& person_status_keys() {
    static const std::vector<StatusKey> keys = {
        {"fase", {"lokaal_team", "lokaal_team_met_gi", "maatregel", "na_maatregel"}},
        {"product", {"geen", "1", "2a", "2b"}},
        {"regie", {"lokaal_team", "gi"}},
    };
    return keys;
}

const StatusKey* find_status_key(const std::string& key) {
    for (const auto& k : person_status_keys())
        if (key == k.key) return &k;
    return nullptr;
}

bool valid_status_value(const std::string& key, const std::string& value) {
    const StatusKey* k = find_status_key(key);
    return k && std::any_of(k->values.begin(), k->values.end(), [&](const char* v) { return value == v; });
}

const Step* Scenario::step(const std::string& id) const { return find_by_id(steps, index.steps, id); }
const Ending* Scenario::ending(const std::string& id) const { return find_by_id(endings, index.endings, id); }
const Document* Scenario::document(const std::string& id) const { return find_by_id(documents, index.documents, id); }
const Fact* Scenario::fact(const std::string& id) const { return find_by_id(facts, index.facts, id); }
const Person* Scenario::person(const std::string& id) const { return find_by_id(persons, index.persons, id); }
const Variable* Scenario::variable(const std::string& id) const { return find_by_id(variables, index.variables, id); }
const ReflectionPoint* Scenario::reflection_point(const std::string& id) const { return find_by_id(reflection_points, index.reflection_points, id); }
const DossierEvent* Scenario::dossier_event(const std::string& id) const { return find_by_id(dossier, id); }

const Choice* Scenario::choice(const std::string& step_id, const std::string& choice_id) const {
    const Step* s = step(step_id);
    return s ? find_by_id(s->choices, choice_id) : nullptr;
}

int Scenario::step_index(const std::string& id) const {
    const Step* s = step(id);
    return s ? static_cast<int>(s - steps.data()) : -1;
}

void Scenario::reindex() {
    index_ids(steps, index.steps);
    index_ids(endings, index.endings);
    index_ids(documents, index.documents);
    index_ids(facts, index.facts);
    index_ids(persons, index.persons);
    index_ids(variables, index.variables);
    index_ids(reflection_points, index.reflection_points);
}

std::uint64_t content_hash(const std::string& bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

namespace {

class Validator {
public:
    Validator(const Scenario& s, CheckValidator kinds) : s_(s), kinds_(kinds) {}

    std::vector<Diagnostic> run() {
        check_meta();
        check_unique();
        for (const auto& p : s_.persons) check_person(p);
        for (const auto& d : s_.documents)
            for (const auto& f : d.reveals)
                if (!s_.fact(f)) error(d.loc, "document '" + d.id + "' onthult onbekend feit '" + f + "'");
        for (const auto& f : s_.facts) check_fact(f);
        for (const auto& st : s_.steps) check_step(st);
        check_reference();
        std::set<std::string> criteria;
        for (const auto& cr : s_.criteria) {
            if (!criteria.insert(cr.id).second) error(cr.loc, "criterium '" + cr.id + "' bestaat al");
            check_criterion(cr);
        }
        std::set<std::string> points;
        for (const auto& rp : s_.reflection_points) {
            const std::string where = "reflectie '" + rp.id + "'";
            if (!points.insert(rp.id).second) error(rp.loc, where + " bestaat al");
            if (rp.step.empty() == rp.after_choice.empty()) error(rp.loc, where + " hoort bij precies één moment: 'stap' of 'na_keuze'");
            if (!rp.step.empty() && !s_.step(rp.step)) error(rp.loc, where + " noemt onbekende stap '" + rp.step + "'");
            if (!rp.after_choice.empty() && !choice_exists(rp.after_choice)) error(rp.loc, where + " noemt onbekende keuze '" + rp.after_choice + "'");
            for (const auto& b : rp.building_blocks)
                if (!find_building_block(b)) error(rp.loc, where + ": onbekende bouwsteen '" + b + "'");
        }
        check_reachable();
        return std::move(out_);
    }

private:
    void error(const SourceLoc& loc, std::string msg) { out_.push_back({Diagnostic::Level::Error, loc, std::move(msg)}); }
    void warn(const SourceLoc& loc, std::string msg) { out_.push_back({Diagnostic::Level::Warning, loc, std::move(msg)}); }

    void check_meta() {
        const auto& m = s_.meta;
        if (m.id.empty()) error(m.loc, "scenario heeft geen 'id'");
        if (m.title.empty()) error(m.loc, "scenario heeft geen 'titel'");
        if (m.api != 1) error(m.loc, "onbekende api-versie " + std::to_string(m.api) + " (deze versie kent api = 1)");
        if (m.start.empty()) error(m.loc, "scenario heeft geen 'start' (de eerste stap)");
        else if (!s_.step(m.start)) error(m.loc, "'start' verwijst naar onbekende stap '" + m.start + "'");
        for (const auto& b : m.building_blocks)
            if (!find_building_block(b)) error(m.loc, "onbekende bouwsteen '" + b + "'" + block_hint());
        if (s_.steps.empty()) error(m.loc, "scenario heeft geen stappen");
        if (s_.endings.empty()) error(m.loc, "scenario heeft geen einde");
    }

    static std::string block_hint() {
        std::string hint = " (bekend:";
        for (const auto& b : building_blocks()) hint += " " + std::string(b.id);
        return hint + ")";
    }

    template <typename T>
    void unique(const std::vector<T>& items, const char* what, std::set<std::string>& seen) {
        for (const auto& item : items)
            if (!seen.insert(item.id).second) error(item.loc, std::string(what) + " '" + item.id + "' bestaat al");
    }

    void check_unique() {
        std::set<std::string> places, persons, docs, facts, vars;
        unique(s_.steps, "stap", places);
        unique(s_.endings, "einde", places);  // steps and endings share the 'naar' namespace
        unique(s_.persons, "persoon", persons);
        unique(s_.documents, "document", docs);
        unique(s_.facts, "feit", facts);
        unique(s_.variables, "variabele", vars);
        for (const auto& v : s_.variables)
            if (v.min > v.max || v.initial < v.min || v.initial > v.max)
                error(v.loc, "variabele '" + v.id + "': start moet tussen min en max liggen");
    }

    void check_person(const Person& p) {
        for (const auto& parent : p.parents)
            if (!s_.person(parent)) error(p.loc, "persoon '" + p.id + "' noemt onbekende ouder '" + parent + "'");
        for (const auto& r : p.partners) {
            if (!s_.person(r.person)) error(p.loc, "persoon '" + p.id + "' noemt onbekende partner '" + r.person + "'");
            if (r.status != "samen" && r.status != "gescheiden" && r.status != "overleden")
                error(p.loc, "partnerrelatie '" + r.status + "' van '" + p.id + "' is onbekend (samen, gescheiden of overleden)");
        }
    }

    void check_fact(const Fact& f) {
        if (!f.source.empty() && !s_.document(f.source))
            error(f.loc, "feit '" + f.id + "' noemt onbekend brondocument '" + f.source + "'");
        for (const auto& p : f.persons)
            if (!s_.person(p)) error(f.loc, "feit '" + f.id + "' noemt onbekende persoon '" + p + "'");
    }

    void check_condition(const Condition& c, const std::string& where) {
        using K = Condition::Kind;
        auto unknown = [&](const char* what) {
            error(c.loc, where + " vraagt naar onbekend" + std::string(what) + " '" + c.ref + "'");
        };
        switch (c.kind) {
            case K::FactKnown: if (!s_.fact(c.ref)) unknown(" feit"); break;
            case K::DocumentRead: if (!s_.document(c.ref)) unknown(" document"); break;
            case K::StepVisited: if (!s_.step(c.ref)) unknown("e stap"); break;
            case K::VarRange: if (!s_.variable(c.ref)) unknown("e variabele"); break;
            case K::PersonStatus: if (!s_.person(c.ref)) unknown("e persoon"); break;
            case K::History: check_history(c.history, c.loc, where); break;
            case K::ChoiceTaken:
            case K::ChoiceNotTaken: {
                bool found = false;
                for (const auto& st : s_.steps)
                    for (const auto& ch : st.choices) found = found || ch.id == c.ref;
                if (!found) unknown("e keuze");
                break;
            }
            default: break;
        }
        for (const auto& child : c.children) check_condition(child, where);
    }

    void check_history(const HistoryTest& h, const SourceLoc& loc, const std::string& where) {
        if (!h.var.empty() && !s_.variable(h.var)) error(loc, where + ": verloop van onbekende variabele '" + h.var + "'");
        for (const std::string* step : {&h.fell_since, &h.rose_since})
            if (!step->empty() && !s_.step(*step)) error(loc, where + ": verloop noemt onbekende stap '" + *step + "'");
    }

    void check_sets(const StatusChanges& sets, const SourceLoc& loc, const std::string& where) {
        for (const auto& [person, values] : sets)
            if (!s_.person(person)) error(loc, where + ": zet noemt onbekende persoon '" + person + "'");
    }

    void check_step(const Step& st) {
        const std::string where = "stap '" + st.id + "'";
        for (const auto& [var, delta] : st.on_entry.effects)
            if (!s_.variable(var)) error(st.loc, where + ": bij_binnenkomst verandert onbekende variabele '" + var + "'");
        for (const auto& f : st.on_entry.reveals)
            if (!s_.fact(f)) error(st.loc, where + ": bij_binnenkomst onthult onbekend feit '" + f + "'");
        check_sets(st.on_entry.sets, st.loc, where + " (bij_binnenkomst)");
        for (const auto& v : st.variants) check_condition(v.when, where + " (varianten)");
        for (const auto& d : st.documents)
            if (!s_.document(d)) error(st.loc, where + " toont onbekend document '" + d + "'");
        for (const auto& f : st.facts)
            if (!s_.fact(f)) error(st.loc, where + " onthult onbekend feit '" + f + "'");
        for (const auto& b : st.opens)
            if (!find_term(boards(), b)) error(st.loc, where + " opent onbekend bord '" + b + "' (tijdlijn, personen, patroon, veiligheid of eindsituatie)");
        if (st.choices.empty())
            error(st.loc, where + " heeft geen keuzes: voeg een keuze toe die naar een volgende stap of een einde leidt");
        std::set<std::string> ids;
        for (const auto& ch : st.choices) {
            const std::string cw = "keuze '" + ch.id + "' in " + where;
            if (!ids.insert(ch.id).second) error(ch.loc, cw + " bestaat al in deze stap");
            if (ch.text.empty()) error(ch.loc, cw + " heeft geen 'tekst'");
            check_condition(ch.when, cw);
            for (const auto& [var, delta] : ch.effects)
                if (!s_.variable(var)) error(ch.loc, cw + " verandert onbekende variabele '" + var + "'");
            for (const auto& f : ch.reveals)
                if (!s_.fact(f)) error(ch.loc, cw + " onthult onbekend feit '" + f + "'");
            for (const auto& p : ch.spoke_with)
                if (!s_.person(p)) error(ch.loc, cw + ": gesproken_met noemt onbekende persoon '" + p + "'");
            check_sets(ch.sets, ch.loc, cw);
            if (ch.routes.empty()) error(ch.loc, cw + " heeft geen 'naar' (volgende stap of einde)");
            for (const auto& r : ch.routes) {
                check_condition(r.when, cw);
                if (!s_.step(r.target) && !s_.ending(r.target))
                    error(ch.loc, cw + " verwijst naar onbekende stap '" + r.target + "'");
            }
            if (!ch.routes.empty() && ch.routes.back().when.kind != Condition::Kind::Always)
                warn(ch.loc, cw + ": de laatste route in 'naar' heeft een voorwaarde; zonder standaardroute kan de casus vastlopen");
        }
    }

    void check_reference() {
        const ExpertReference& r = s_.reference;
        if (!r.present) return;
        auto fact = [&](const std::string& id, const char* where) {
            if (!id.empty() && !s_.fact(id)) error(r.loc, std::string("referentie: ") + where + " noemt onbekend feit '" + id + "'");
        };
        for (const auto& f : r.timeline_facts) fact(f, "tijdlijn.feiten");
        fact(r.first, "tijdlijn.eerste");
        fact(r.latest, "tijdlijn.laatste");
        fact(r.worst, "tijdlijn.ergste");
        std::set<std::string> factor_ids;
        for (const auto& f : r.factors) {
            if (!factor_ids.insert(f.id).second) error(r.loc, "referentie: factor '" + f.id + "' bestaat al");
            if (!find_term(pattern_areas(), f.area)) error(r.loc, "referentie: factor '" + f.id + "' heeft onbekend gebied '" + f.area + "'");
            if (!f.person.empty() && !s_.person(f.person)) error(r.loc, "referentie: factor '" + f.id + "' noemt onbekende persoon '" + f.person + "'");
            for (const auto& id : f.facts) fact(id, "een factor");
        }
        for (const auto& [from, to] : r.links)
            if (!factor_ids.count(from) || !factor_ids.count(to))
                error(r.loc, "referentie: pijl " + from + " → " + to + " verbindt geen bekende factoren");
        if (r.safety_score < 0 || r.safety_score > 10) error(r.loc, "referentie: veiligheidsscore is 1 tot 10");
        if (!r.safety_step.empty() && !s_.step(r.safety_step)) error(r.loc, "referentie: veiligheid.stap noemt onbekende stap '" + r.safety_step + "'");
        for (const auto& j : r.judgements) {
            if (!s_.person(j.person)) error(r.loc, "referentie: oordeel over onbekende persoon '" + j.person + "'");
            if (!find_term(safety_items(), j.item)) error(r.loc, "referentie: onbekend veiligheidsitem '" + j.item + "'");
            if (!find_term(judgements(), j.judgement)) error(r.loc, "referentie: oordeel is veilig, onveilig of direct_veiligstellen");
        }
        for (const auto& e : r.end_items)
            if (!find_term(end_item_kinds(), e.kind)) error(r.loc, "referentie: onbekende soort eindsituatie '" + e.kind + "'");
    }

    bool choice_exists(const std::string& id) const {
        for (const auto& st : s_.steps)
            for (const auto& ch : st.choices)
                if (ch.id == id) return true;
        return false;
    }

    // One criterion's check as a kind's validation sees it (core/model/check_validation.hpp).
    class CriterionCheck final : public CheckValidation {
    public:
        CriterionCheck(Validator& v, const Criterion& criterion) : cr(criterion), v_(v), where_("criterium '" + criterion.id + "'") {}
        const Scenario& scenario() const override { return v_.s_; }
        bool choice_exists(const std::string& id) const override { return v_.choice_exists(id); }
        void need(bool ok, const std::string& what, const std::string& id) override {
            if (!ok) error(where_ + " noemt onbekend" + what + " '" + id + "'");
        }
        void error(const std::string& msg) override { v_.error(cr.loc, msg); }
        const std::string& where() const override { return where_; }
        void check(const Check& part) override { v_.check_check(part, *this); }
        void history(const HistoryTest& h) override { v_.check_history(h, cr.loc, where_); }

        const Criterion& cr;

    private:
        Validator& v_;
        std::string where_;
    };

    // The kind's own rules (core/assess/kinds/, through the validator core::validate was given).
    void check_check(const Check& c, CriterionCheck& v) {
        if (kinds_) kinds_(c, v);
    }

    void check_criterion(const Criterion& cr) {
        if (!find_building_block(cr.block)) error(cr.loc, "criterium '" + cr.id + "': onbekende bouwsteen '" + cr.block + "'" + block_hint());
        if (!(cr.weight > 0)) error(cr.loc, "criterium '" + cr.id + "': gewicht moet groter dan 0 zijn");
        if (cr.has_assessable) check_condition(cr.assessable, "criterium '" + cr.id + "'");
        CriterionCheck v(*this, cr);
        check_check(cr.check, v);
    }

    void check_reachable() {
        if (!s_.step(s_.meta.start)) return;
        std::set<std::string> seen{s_.meta.start};
        std::vector<std::string> todo{s_.meta.start};
        while (!todo.empty()) {
            const Step* st = s_.step(todo.back());
            todo.pop_back();
            if (!st) continue;
            for (const auto& ch : st->choices)
                for (const auto& r : ch.routes)
                    if (seen.insert(r.target).second) todo.push_back(r.target);
        }
        for (const auto& st : s_.steps)
            if (!seen.count(st.id)) warn(st.loc, "stap '" + st.id + "' is vanaf de start niet bereikbaar");
        for (const auto& e : s_.endings)
            if (!seen.count(e.id)) warn(e.loc, "einde '" + e.id + "' is vanaf de start niet bereikbaar");
    }

    const Scenario& s_;
    CheckValidator kinds_;
    std::vector<Diagnostic> out_;
};

}  // namespace

std::vector<Diagnostic> validate(const Scenario& scenario, CheckValidator check) { return Validator(scenario, check).run(); }

}  // namespace lwp::core
