// Index: 1. helpers  2. evaluating one check  3. assessability  4. the report
#include "core/scoring.hpp"

#include <algorithm>
#include <climits>

#include "core/comparison.hpp"

namespace lwp::core {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Helpers
// ---------------------------------------------------------------------------------------------
constexpr size_t kNoAction = SIZE_MAX;

struct Outcome {
    bool met = false;
    bool decided = false;  // a "no" that can no longer become "yes" before the end
    std::vector<Evidence> evidence;
};

const ChoiceRecord* taken(const SessionState& st, const std::string& choice) {
    for (const auto& c : st.choices)
        if (c.choice == choice) return &c;
    return nullptr;
}

// The step that holds a choice id (choice ids are unique within a step; the first wins).
const Step* step_of_choice(const Scenario& sc, const std::string& choice) {
    for (const auto& s : sc.steps)
        for (const auto& c : s.choices)
            if (c.id == choice) return &s;
    return nullptr;
}

std::string choice_text(const Scenario& sc, const ChoiceRecord& rec) {
    const Choice* c = sc.choice(rec.step, rec.choice);
    return c ? "‘" + c->text.nl + "’" : rec.choice;
}

// Action index that created an analysis item ("t12" -> 12).
size_t created_by(const std::string& id) {
    if (id.size() < 2) return kNoAction;
    try {
        return static_cast<size_t>(std::stoul(id.substr(1)));
    } catch (...) {
        return kNoAction;
    }
}

std::string fact_text(const Scenario& sc, const std::string& id) {
    const Fact* f = sc.fact(id);
    return f ? "‘" + f->text.nl + "’" : id;
}

bool factor_cites_fact(const Factor& f, const Analysis& an, const std::string& fact) {
    for (const auto& e : f.evidence) {
        if (e == fact) return true;
        const TimelineEntry* t = an.timeline.entry(e);
        if (t && t->fact == fact) return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// 2. Evaluating one check against the state
// ---------------------------------------------------------------------------------------------
class Evaluator {
public:
    Evaluator(const Scenario& sc, const SessionState& st, ScriptHost* host) : sc_(sc), st_(st), host_(host) {}

    Outcome eval(const Check& c) {
        using K = Check::Kind;
        const Analysis& an = st_.analysis;
        Outcome o;
        switch (c.kind) {
            case K::ChoiceTaken: {
                const std::string& id = c.refs.at(0);
                if (const ChoiceRecord* rec = taken(st_, id)) {
                    o.met = true;
                    o.evidence.push_back({rec->action, "Gekozen: " + choice_text(sc_, *rec)});
                } else if (const Step* s = step_of_choice(sc_, id)) {
                    for (const auto& rec : st_.choices)
                        if (rec.step == s->id) {
                            o.decided = true;
                            o.evidence.push_back({rec.action, "In plaats daarvan gekozen: " + choice_text(sc_, rec)});
                        }
                }
                return o;
            }
            case K::ChoiceNotTaken: {
                // Met only once the moment has passed without it (the step was decided otherwise,
                // or the case ended); until then it is open, not free points.
                const ChoiceRecord* rec = taken(st_, c.refs.at(0));
                if (rec) {
                    o.decided = true;
                    o.evidence.push_back({rec->action, "Gekozen: " + choice_text(sc_, *rec)});
                    return o;
                }
                o.met = st_.finished();
                if (const Step* s = step_of_choice(sc_, c.refs.at(0))) {
                    for (const auto& r : st_.choices)
                        if (r.step == s->id) {
                            o.met = true;
                            o.evidence.push_back({r.action, "Gekozen: " + choice_text(sc_, r)});
                        }
                }
                return o;
            }
            case K::ChoiceBefore: {
                const ChoiceRecord* first = taken(st_, c.refs.at(0));
                size_t later = kNoAction;
                std::string later_text;
                if (c.before_is_step) {
                    for (const auto& v : st_.visits)
                        if (v.step == c.before) {
                            later = v.action;
                            const Step* s = sc_.step(v.step);
                            later_text = "Stap ‘" + (s ? s->title.nl : v.step) + "’ bereikt";
                            break;
                        }
                } else if (const ChoiceRecord* rec = taken(st_, c.before)) {
                    later = rec->action;
                    later_text = "Gekozen: " + choice_text(sc_, *rec);
                }
                if (first) o.evidence.push_back({first->action, "Gekozen: " + choice_text(sc_, *first)});
                if (later != kNoAction) o.evidence.push_back({later, later_text});
                o.met = first && (later == kNoAction || first->action < later);
                o.decided = !o.met && later != kNoAction;
                return o;
            }
            case K::Variable: {
                const std::map<std::string, double>* vars = &st_.vars;
                size_t at = kNoAction;
                if (!c.step.empty()) {
                    vars = nullptr;
                    for (const auto& v : st_.visits)
                        if (v.step == c.step) {
                            vars = &v.vars;
                            at = v.action;
                            break;
                        }
                    if (!vars) return o;
                }
                auto it = vars->find(c.var);
                const double value = it != vars->end() ? it->second : 0;
                o.met = it != vars->end() && value >= c.min && value <= c.max;
                o.decided = !c.step.empty();
                const Variable* var = sc_.variable(c.var);
                char buf[64];
                std::snprintf(buf, sizeof buf, "%g", value);
                o.evidence.push_back({at, (var ? var->label.nl : c.var) + ": " + buf + (c.step.empty() ? "" : " bij stap ‘" + c.step + "’")});
                return o;
            }
            case K::OnTimeline: {
                o.met = true;
                for (const auto& f : c.refs) {
                    const TimelineEntry* e = an.timeline.entry_for_fact(f);
                    if (e) o.evidence.push_back({created_by(e->id), "Op de tijdlijn: " + fact_text(sc_, f)});
                    else {
                        o.met = false;
                        o.evidence.push_back({kNoAction, "Ontbreekt op de tijdlijn: " + fact_text(sc_, f)});
                    }
                }
                return o;
            }
            case K::TimelineOrder: {
                o.met = true;
                long previous = LONG_MIN;
                for (const auto& f : c.refs) {
                    const TimelineEntry* e = an.timeline.entry_for_fact(f);
                    if (!e || !e->date.valid()) {
                        o.met = false;
                        o.evidence.push_back({kNoAction, "Zonder datum of niet geplaatst: " + fact_text(sc_, f)});
                        continue;
                    }
                    if (e->date.key() < previous) {
                        o.met = false;
                        o.evidence.push_back({created_by(e->id), "Staat te vroeg: " + fact_text(sc_, f) + " (" + e->date.iso() + ")"});
                    }
                    previous = std::max(previous, e->date.key());
                }
                return o;
            }
            case K::Aanleiding: {
                o.met = true;
                for (const auto& [mark, fact] : c.marks) {
                    const std::string& entry = mark == "eerste" ? an.timeline.first : mark == "laatste" ? an.timeline.latest : an.timeline.worst;
                    const TimelineEntry* e = an.timeline.entry(entry);
                    if (e && e->fact == fact) o.evidence.push_back({created_by(e->id), "Als " + mark + " gemarkeerd: " + fact_text(sc_, fact)});
                    else {
                        o.met = false;
                        o.evidence.push_back({e ? created_by(e->id) : kNoAction,
                                              "Als " + mark + " verwacht: " + fact_text(sc_, fact) +
                                                  (e ? "; gemarkeerd: " + (e->fact.empty() ? "‘" + e->text + "’" : fact_text(sc_, e->fact)) : "; niets gemarkeerd")});
                    }
                }
                return o;
            }
            case K::ChildrenSpoken: {
                o.met = true;
                for (const auto& p : sc_.persons) {
                    if (p.role != "kind") continue;
                    const ChoiceRecord* spoke = nullptr;
                    for (const auto& rec : st_.choices) {
                        const Choice* ch = sc_.choice(rec.step, rec.choice);
                        if (ch && std::find(ch->spoke_with.begin(), ch->spoke_with.end(), p.id) != ch->spoke_with.end()) spoke = &rec;
                    }
                    if (spoke) o.evidence.push_back({spoke->action, "Gesproken met " + p.name + ": " + choice_text(sc_, *spoke)});
                    else {
                        o.met = false;
                        o.evidence.push_back({kNoAction, "Niet gesproken met " + p.name});
                    }
                }
                return o;
            }
            case K::PatternFactor: {
                for (const auto& f : an.pattern.factors) {
                    if (term_index(pattern_areas(), c.area) != static_cast<int>(f.area)) continue;
                    if (!c.refs.empty() && !factor_cites_fact(f, an, c.refs[0])) continue;
                    o.met = true;
                    o.evidence.push_back({created_by(f.id), "Factor ‘" + f.text + "’"});
                    break;
                }
                if (!o.met) {
                    const Term* t = find_term(pattern_areas(), c.area);
                    o.evidence.push_back({kNoAction, "Geen factor in ‘" + std::string(t ? t->nl : c.area) + "’" +
                                                         (c.refs.empty() ? "" : " met het feit " + fact_text(sc_, c.refs[0]))});
                }
                return o;
            }
            case K::PatternLink: {
                const int from = term_index(pattern_areas(), c.area), to = term_index(pattern_areas(), c.area_to);
                for (const auto& l : an.pattern.links) {
                    const Factor* a = an.pattern.factor(l.from);
                    const Factor* b = an.pattern.factor(l.to);
                    if (a && b && static_cast<int>(a->area) == from && static_cast<int>(b->area) == to) {
                        o.met = true;
                        o.evidence.push_back({created_by(l.id), "Pijl ‘" + a->text + "’ → ‘" + b->text + "’"});
                        break;
                    }
                }
                if (!o.met) o.evidence.push_back({kNoAction, "Geen pijl tussen " + c.area + " en " + c.area_to});
                return o;
            }
            case K::SafetyBeforePattern: {
                auto it = std::find_if(an.below_six.begin(), an.below_six.end(), [](const GatingRecord& g) { return g.board == "patroon"; });
                o.met = it == an.below_six.end();
                if (!o.met) {
                    o.decided = true;
                    o.evidence.push_back({it->action, "Aan het gezinspatroon gewerkt bij veiligheidsscore " +
                                                          (it->safety_score ? std::to_string(it->safety_score) : std::string("(nog niet gescoord)"))});
                } else if (!an.pattern.factors.empty()) {
                    o.evidence.push_back({created_by(an.pattern.factors.front().id), "Patroonwerk begonnen bij een veiligheidsscore van 6 of meer"});
                }
                return o;
            }
            case K::SafetyScore: {
                const int v = an.safety.score;
                o.met = v > 0 && v >= c.min && v <= c.max;
                o.evidence.push_back({kNoAction, v ? "Veiligheidsscore: " + std::to_string(v) : "Veiligheid nog niet gescoord"});
                return o;
            }
            case K::PatternSentence: {
                o.met = !an.pattern.sentence.empty() && !an.pattern.noble_intention.empty();
                o.evidence.push_back({kNoAction, an.pattern.sentence.empty() ? "Geen patroonzin" : "Patroonzin: ‘" + an.pattern.sentence + "’"});
                o.evidence.push_back({kNoAction, an.pattern.noble_intention.empty() ? "Geen nobele intentie" : "Nobele intentie: ‘" + an.pattern.noble_intention + "’"});
                return o;
            }
            case K::SafetyPlan:
            case K::EndFields:
            case K::TimelineFields: {
                const auto& fields = c.kind == K::SafetyPlan ? an.safety.fields : c.kind == K::EndFields ? an.end.fields : an.timeline.fields;
                const auto terms = c.kind == K::SafetyPlan ? safety_fields() : c.kind == K::EndFields ? end_fields() : timeline_fields();
                o.met = true;
                for (const auto& f : c.refs) {
                    const Term* t = find_term(terms, f);
                    const std::string name = t ? std::string(t->nl) : f;
                    if (fields.count(f)) o.evidence.push_back({kNoAction, "Ingevuld: " + name});
                    else {
                        o.met = false;
                        o.evidence.push_back({kNoAction, "Niet ingevuld: " + name});
                    }
                }
                return o;
            }
            case K::EndItems: {
                o.met = true;
                for (const auto& kind : c.refs) {
                    auto it = std::find_if(an.end.items.begin(), an.end.items.end(), [&](const EndItem& e) { return e.kind == kind; });
                    const Term* t = find_term(end_item_kinds(), kind);
                    const std::string name = t ? std::string(t->nl) : kind;
                    if (it != an.end.items.end()) o.evidence.push_back({created_by(it->id), name + ": ‘" + it->text + "’"});
                    else {
                        o.met = false;
                        o.evidence.push_back({kNoAction, "Ontbreekt: " + name});
                    }
                }
                return o;
            }
            case K::Comparison: {
                const auto rows = compare_artefacts(sc_, st_);
                const double share = comparison_score(rows, c.area);
                o.met = share >= 0 && share >= c.min;
                char buf[96];
                std::snprintf(buf, sizeof buf, "%.0f%% van de referentie gevonden (nodig: %.0f%%)", std::max(0.0, share) * 100, c.min * 100);
                o.evidence.push_back({kNoAction, buf});
                for (const auto& r : rows)
                    if (r.board == c.area && r.match != Match::Found && r.match != Match::Extra)
                        o.evidence.push_back({kNoAction, std::string(r.match == Match::Missed ? "Gemist: " : "Anders: ") + r.expert});
                return o;
            }
            case K::All:
            case K::Any: {
                const bool all = c.kind == K::All;
                o.met = all;
                bool any_decided = false, all_decided = true;
                for (const auto& child : c.children) {
                    Outcome r = eval(child);
                    o.evidence.insert(o.evidence.end(), r.evidence.begin(), r.evidence.end());
                    if (all) o.met = o.met && r.met;
                    else o.met = o.met || r.met;
                    any_decided = any_decided || (!r.met && r.decided);
                    all_decided = all_decided && (r.met || r.decided);
                }
                o.decided = !o.met && (all ? any_decided : all_decided);
                return o;
            }
            case K::Script: {
                std::string text;
                std::optional<bool> r = host_ ? host_->eval_check(c.script, st_, text) : std::nullopt;
                if (!r) {
                    script_failed_ = true;
                    return o;
                }
                o.met = *r;
                if (!text.empty()) o.evidence.push_back({kNoAction, text});
                return o;
            }
        }
        return o;
    }

    bool script_failed() const { return script_failed_; }

    // -----------------------------------------------------------------------------------------
    // 3. Assessability: explicit `beoordeelbaar`, else derived from what the check looks at.
    // -----------------------------------------------------------------------------------------
    bool assessable(const Check& c) const {
        using K = Check::Kind;
        switch (c.kind) {
            case K::ChoiceTaken:
            case K::ChoiceNotTaken: {
                const Step* s = step_of_choice(sc_, c.refs.at(0));
                return s && st_.visited(s->id);
            }
            case K::ChoiceBefore: {
                const Step* s = step_of_choice(sc_, c.refs.at(0));
                return (s && st_.visited(s->id)) || (c.before_is_step ? st_.visited(c.before) : taken(st_, c.before) != nullptr);
            }
            case K::Variable: return c.step.empty() || st_.visited(c.step);
            case K::OnTimeline:
            case K::TimelineOrder:
            case K::TimelineFields:
            case K::Aanleiding: return st_.analysis.board_open("tijdlijn");
            case K::PatternFactor:
            case K::PatternSentence:
            case K::PatternLink: return st_.analysis.board_open("patroon");
            case K::SafetyBeforePattern: {
                // Only once pattern work exists: the order matters, not whether it happened (that
                // is what pattern criteria themselves check).
                const Analysis& an = st_.analysis;
                const bool pattern_work = !an.pattern.factors.empty() ||
                                          std::any_of(an.below_six.begin(), an.below_six.end(), [](const GatingRecord& g) { return g.board == "patroon"; });
                return pattern_work && an.board_open("patroon") && an.board_open("veiligheid");
            }
            case K::SafetyScore:
            case K::SafetyPlan: return st_.analysis.board_open("veiligheid");
            case K::EndItems:
            case K::EndFields: return st_.analysis.board_open("eindsituatie");
            case K::Comparison: return st_.analysis.board_open(c.area) && sc_.reference.present;
            case K::All:
                return std::all_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return assessable(ch); });
            case K::Any:
                return std::any_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return assessable(ch); });
            case K::ChildrenSpoken:
            case K::Script: return true;
        }
        return true;
    }

private:
    const Scenario& sc_;
    const SessionState& st_;
    ScriptHost* host_;
    bool script_failed_ = false;
};

}  // namespace

const char* status_id(Status s) {
    switch (s) {
        case Status::Met: return "behaald";
        case Status::Missed: return "gemist";
        case Status::Pending: return "open";
        case Status::NotAssessed: return "niet_beoordeeld";
    }
    return "?";
}

const BlockScore* ScoreReport::block(std::string_view id) const {
    for (const auto& b : blocks)
        if (b.block == id) return &b;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// 4. The report
// ---------------------------------------------------------------------------------------------
ScoreReport score(const Scenario& sc, const SessionState& st, ScriptHost* host) {
    ScoreReport report;
    report.final = st.finished();
    for (const auto& b : building_blocks()) report.blocks.push_back({b.id, b.pillar});
    for (Pillar p : {Pillar::Samenwerking, Pillar::Weging, Pillar::Veiligheid, Pillar::Reflectie}) report.pillars.push_back({p});
    if (st.preview) return report;  // the authoring preview (core/preview.hpp) is never scored

    for (const auto& crit : sc.criteria) {
        Evaluator ev(sc, st, host);
        LedgerEntry entry;
        entry.criterion = &crit;
        const bool assessable = crit.has_assessable ? evaluate(crit.assessable, st, host) : ev.assessable(crit.check);
        if (!assessable) {
            entry.status = Status::NotAssessed;
            entry.note = "Jouw route kwam niet langs het moment waarop dit criterium speelt.";
        } else {
            Outcome o = ev.eval(crit.check);
            entry.evidence = std::move(o.evidence);
            if (ev.script_failed()) {
                entry.status = Status::NotAssessed;
                entry.note = "De controlefunctie van dit criterium gaf een fout.";
            } else if (o.met) {
                entry.status = Status::Met;
            } else {
                entry.status = (o.decided || report.final) ? Status::Missed : Status::Pending;
            }
        }
        if (entry.status == Status::Met || entry.status == Status::Missed) {
            entry.max = crit.weight;
            entry.earned = entry.status == Status::Met ? crit.weight : 0;
        }
        for (auto& b : report.blocks) {
            if (b.block != crit.block) continue;
            b.earned += entry.earned;
            b.max += entry.max;
            switch (entry.status) {
                case Status::Met: ++b.met; break;
                case Status::Missed: ++b.missed; break;
                case Status::Pending: ++b.pending; break;
                case Status::NotAssessed: ++b.not_assessed; break;
            }
            for (auto& p : report.pillars)
                if (p.pillar == b.pillar) {
                    p.earned += entry.earned;
                    p.max += entry.max;
                }
        }
        report.earned += entry.earned;
        report.max += entry.max;
        report.ledger.push_back(std::move(entry));
    }
    return report;
}

}  // namespace lwp::core
