#include "core/explorer.hpp"

#include "core/purity.hpp"
#include "core/reflection.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <tuple>

namespace lwp::core {

namespace {

Action make(const char* type, const std::string& target, std::map<std::string, std::string> args = {}) {
    return Action{type, "", target, std::move(args), 0};
}

// The explorer's written reflection: over the 40 words a `reflectie_geschreven` check asks by default.
constexpr const char* kExplorerReflection =
    "Samen met het gezin keken we terug op wat er deze periode gebeurde. Wat hielp volgens hen, wat niet, en wat "
    "betekent dat voor de volgende stap? Ik merkte dat ik soms te snel zelf een oplossing zocht. We spraken af dat "
    "het gezin eerst zelf zegt wat het nodig heeft, en dat ik vaker navraag of mijn beeld klopt.";

// How a playthrough treats the documents and the boards.
// The last policy builds the analysis but skips the safety plan: the classic rush to the
// pattern (bouwsteen.directe_veiligheid), so "safety first" criteria can be missed too.
struct Policy {
    bool read_documents = false;
    bool build_artefacts = false;
    bool safety_first = true;
};
constexpr Policy kPolicies[] = {{false, false, true}, {true, false, true}, {false, true, true}, {true, true, true}, {true, true, false}};
constexpr size_t kPolicyCount = sizeof kPolicies / sizeof kPolicies[0];

// Applies an action if it fits; the explorer tries things that may not apply yet. What applied
// goes into the route's log, which is replayed once more at the end (core/purity.hpp).
void try_apply(SessionState& st, const Scenario& sc, ScriptHost* host, const Action& a, std::vector<Action>& log) {
    if (apply(st, sc, host, a, log.size()).ok) log.push_back(a);
}

void before_choice(SessionState& st, const Scenario& sc, ScriptHost* host, const Policy& p, std::vector<Action>& log) {
    if (p.read_documents)
        for (const auto& d : std::vector<std::string>(st.documents_available))
            if (!st.has_read(d)) try_apply(st, sc, host, make_read(st.step, d), log);
    // A few rounds: marks and arrows refer to entries and factors placed in the round before.
    for (int round = 0; p.build_artefacts && round < 4; ++round) {
        const size_t before = log.size();
        for (const auto& a : expert_actions(sc, st, p.safety_first)) try_apply(st, sc, host, a, log);
        if (log.size() == before) break;
    }
}

constexpr size_t kMaxImpureFindings = 10;

struct Walker {
    const Scenario& sc;
    ScriptHost* host;
    const ExploreOptions& opt;
    ExploreReport& report;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();

    void record(const SessionState& st, const std::vector<Action>& log) {
        ++report.playthroughs;
        if (st.finished() && std::find(report.endings.begin(), report.endings.end(), st.ending) == report.endings.end())
            report.endings.push_back(st.ending);
        // A criterion whose check failed once is not run again (a looping check would cost its
        // whole budget on every route): it stays broken, counted on every later route.
        ScoreOptions options;
        options.known_broken = &broken;
        ScoreReport r = score(sc, st, host, options);
        for (size_t i = 0; i < r.ledger.size(); ++i) {
            auto& c = report.criteria[i];
            switch (r.ledger[i].status) {
                case Status::Met: ++c.met; break;
                case Status::Missed: ++c.missed; break;
                case Status::Error:
                    ++c.errors;
                    if (broken[i].empty()) {
                        broken[i] = r.ledger[i].note.empty() ? "controle kapot" : r.ledger[i].note;
                        c.failure = "na " + std::to_string(report.playthroughs) + " route(s): " + broken[i];
                    }
                    break;
                default: ++c.not_assessed; break;
            }
        }
        // After the ledger: a check found broken on this route is not run again by the replay.
        if (opt.replay_twice)
            if (std::string d = replay_again_differs(sc, host, log, st.seed, st, r, options); !d.empty()) {
                ++report.impure_routes;
                std::string finding = "route " + route_name(log) + ": " + d;  // several policies play the same route
                if (report.impure.size() < kMaxImpureFindings && std::find(report.impure.begin(), report.impure.end(), finding) == report.impure.end())
                    report.impure.push_back(std::move(finding));
            }
    }
    std::vector<std::string> broken;  // per criterion: its first failure ("" = fine so far)

    // Depth-first over all choices; counts paths first when `count_only`.
    size_t dfs(SessionState st, std::vector<Action> log, const Policy& p, size_t depth, bool count_only, size_t budget) {
        if (budget == 0) return 0;
        before_choice(st, sc, host, p, log);
        if (st.finished()) {
            if (!count_only) record(st, log);
            return 1;
        }
        if (depth >= opt.max_steps) {
            if (!count_only) {
                ++report.cut_loops;
                record(st, log);
            }
            return 1;
        }
        auto choices = available_choices(st, sc, host);
        if (choices.empty()) {
            if (!count_only) {
                ++report.stuck;
                record(st, log);
            }
            return 1;
        }
        size_t paths = 0;
        for (const Choice* c : choices) {
            SessionState next = st;
            const Action choose = make_choose(st.step, c->id);
            if (!apply(next, sc, host, choose, log.size()).ok) continue;
            std::vector<Action> longer = log;
            longer.push_back(choose);
            paths += dfs(std::move(next), std::move(longer), p, depth + 1, count_only, budget - std::min(budget, paths));
            if (paths >= budget) break;
            if (!count_only && opt.progress && report.playthroughs % 256 == 0) opt.progress(report.playthroughs, 0);
        }
        return paths;
    }

    void random_walk(std::mt19937_64& rng) {
        const Policy& p = kPolicies[rng() % kPolicyCount];
        SessionState st = initial_state(sc, opt.seed);
        std::vector<Action> log;
        for (size_t depth = 0;; ++depth) {
            before_choice(st, sc, host, p, log);
            if (st.finished()) break;
            if (depth >= opt.max_steps) {
                ++report.cut_loops;
                break;
            }
            auto choices = available_choices(st, sc, host);
            if (choices.empty()) {
                ++report.stuck;
                break;
            }
            const Choice* c = choices[rng() % choices.size()];
            const Action choose = make_choose(st.step, c->id);
            if (!apply(st, sc, host, choose, log.size()).ok) break;
            log.push_back(choose);
        }
        record(st, log);
    }
};

}  // namespace

std::vector<Action> expert_actions(const Scenario& sc, const SessionState& st, bool safety_first) {
    std::vector<Action> out;
    const ExpertReference& r = sc.reference;
    const Analysis& an = st.analysis;
    // A written reflection with the family at every reflection point reached (bouwsteen.reflectie):
    // reflection counts only when written (check reflectie_geschreven), so routes that do the
    // analysis write one of some substance and routes that do not, write none.
    for (const auto& point : st.reflection_due)
        out.push_back(make("reflectie.schrijf", "",
                           {{"punt", point}, {"met", "gezin"}, {"dimensie", std::string(reflection_dimensions().front().id)},
                            {"niveau", std::string(reflection_levels().front().id)}, {"tekst", kExplorerReflection}}));
    // Safety first (bouwsteen.directe_veiligheid): taxate as the reference does, fill in the plan,
    // and leave the pattern and the end situation until the case's own safety meter stands at a 6
    // or more. (A case without a meter has only the taxatie: then safety first means a 6 or more.)
    const double meter = case_safety_at(sc, st);
    const int taxatie = meter < 0 ? std::max(6, r.safety_score) : r.safety_score > 0 ? r.safety_score : 6;
    if (safety_first && (an.safety.score == 0 || (meter < 0 && an.safety.score < 6)))
        out.push_back(make("veiligheid.score", "", {{"waarde", std::to_string(taxatie)}}));
    const bool change_work = !safety_first || meter < 0 || meter >= 6;
    for (const auto& f : safety_fields())
        if (safety_first && !an.safety.fields.count(std::string(f.id))) out.push_back(make("veiligheid.veld", std::string(f.id), {{"tekst", "(referentie)"}}));
    for (const auto& j : r.judgements)
        if (safety_first && term_index(judgements(), j.judgement) != static_cast<int>(an.safety.judgement(j.person, j.item)))
            out.push_back(make("veiligheid.oordeel", j.person, {{"item", j.item}, {"oordeel", j.judgement}}));
    // Timeline: the reference facts that are discovered, then the aanleiding marks (on the ids the
    // entries got when they were placed, so marks follow in a later round).
    for (const auto& f : r.timeline_facts)
        if (st.knows_fact(f) && !an.timeline.entry_for_fact(f)) out.push_back(make("tijdlijn.plaats", f));
    for (auto [mark, fact, current] : {std::tuple{"eerste", &r.first, &an.timeline.first}, {"laatste", &r.latest, &an.timeline.latest},
                                       {"ergste", &r.worst, &an.timeline.worst}})
        if (const TimelineEntry* e = an.timeline.entry_for_fact(*fact); e && *current != e->id)
            out.push_back(make("tijdlijn.markeer", e->id, {{"soort", mark}}));
    if (!r.direct_request.empty() && !an.timeline.fields.count("hulpvraag_direct"))
        out.push_back(make("tijdlijn.veld", "hulpvraag_direct", {{"tekst", r.direct_request.nl}}));
    if (!r.underlying_request.empty() && !an.timeline.fields.count("hulpvraag_onderliggend"))
        out.push_back(make("tijdlijn.veld", "hulpvraag_onderliggend", {{"tekst", r.underlying_request.nl}}));
    for (const auto& f : timeline_fields())
        if (!an.timeline.fields.count(std::string(f.id)) && f.id != "hulpvraag_direct" && f.id != "hulpvraag_onderliggend")
            out.push_back(make("tijdlijn.veld", std::string(f.id), {{"tekst", "(referentie)"}}));
    if (!change_work) return out;
    // Pattern: each reference factor once, citing its discovered facts; arrows between them.
    std::map<std::string, std::string> factor_ids;  // reference id -> trainee factor id
    for (const auto& ef : r.factors)
        for (const auto& f : an.pattern.factors)
            if (f.text == ef.text.nl) factor_ids[ef.id] = f.id;
    for (const auto& ef : r.factors) {
        if (factor_ids.count(ef.id)) continue;
        std::string evidence;
        for (const auto& fact : ef.facts)
            if (st.knows_fact(fact)) evidence += (evidence.empty() ? "" : ",") + fact;
        std::map<std::string, std::string> args{{"gebied", ef.area}, {"tekst", ef.text.nl}, {"bewijs", evidence}};
        if (!ef.person.empty()) args["persoon"] = ef.person;
        out.push_back(make("patroon.factor", "", std::move(args)));
    }
    for (const auto& link : r.links) {
        // Plain names, not a structured binding: clang 14 (the fuzz build) cannot capture those.
        const std::string& from = link.first;
        const std::string& to = link.second;
        if (factor_ids.count(from) && factor_ids.count(to) &&
            std::none_of(an.pattern.links.begin(), an.pattern.links.end(),
                         [&](const Link& l) { return l.from == factor_ids[from] && l.to == factor_ids[to]; }))
            out.push_back(make("patroon.pijl", "", {{"van", factor_ids[from]}, {"naar", factor_ids[to]}}));
    }
    if (!r.sentence.empty() && an.pattern.sentence.empty()) out.push_back(make("patroon.tekst", "zin", {{"tekst", r.sentence.nl}}));
    if (!r.noble_intention.empty() && an.pattern.noble_intention.empty())
        out.push_back(make("patroon.tekst", "intentie", {{"tekst", r.noble_intention.nl}}));
    // End situation.
    for (const auto& item : r.end_items) {
        bool have = std::any_of(an.end.items.begin(), an.end.items.end(), [&](const EndItem& e) { return e.text == item.text.nl; });
        if (!have) out.push_back(make("eind.item", "", {{"soort", item.kind}, {"tekst", item.text.nl}}));
    }
    for (const auto& f : end_fields())
        if (!an.end.fields.count(std::string(f.id)))
            out.push_back(make("eind.veld", std::string(f.id), {{"tekst", r.end_description.empty() ? "(referentie)" : r.end_description.nl}}));
    return out;
}

ExploreReport explore(const Scenario& sc, ScriptHost* host, const ExploreOptions& opt) {
    ExploreReport report;
    for (const auto& c : sc.criteria) report.criteria.push_back({c.id, c.block, 0, 0, 0, 0, {}});
    Walker w{sc, host, opt, report, std::chrono::steady_clock::now(), std::vector<std::string>(sc.criteria.size())};
    const SessionState start = initial_state(sc, opt.seed);
    size_t paths = 0;
    if (opt.samples == 0 && !opt.all) paths = w.dfs(start, {}, kPolicies[0], 0, true, opt.max_paths + 1);
    report.over_max_paths = opt.samples == 0 && !opt.all && paths > opt.max_paths;
    if (opt.all || (opt.samples == 0 && !report.over_max_paths)) {
        report.exhaustive = true;
        for (const Policy& p : kPolicies) w.dfs(start, {}, p, 0, false, SIZE_MAX);
    } else {
        const size_t n = opt.samples ? opt.samples : opt.fallback_samples;
        std::mt19937_64 rng(opt.seed);
        for (size_t i = 0; i < n; ++i) {
            w.random_walk(rng);
            if (opt.progress && (i + 1) % 100 == 0) opt.progress(i + 1, n);
        }
    }
    for (const auto& c : report.criteria) {
        if (c.errors > 0) {
            report.broken.push_back(c.id);
            continue;
        }
        if (c.met == 0 && c.missed == 0) report.never_assessed.push_back(c.id);
        else if (c.met == 0) report.never_met.push_back(c.id);
        else if (c.missed == 0) report.never_missed.push_back(c.id);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - w.start).count();
    return report;
}

}  // namespace lwp::core
