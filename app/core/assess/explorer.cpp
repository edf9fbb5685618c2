#include "core/assess/explorer.hpp"

#include "core/assess/purity.hpp"
#include "core/fold/reflection.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
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
// goes into the route's log, which is replayed once more at the end (core/assess/purity.hpp).
void try_apply(SessionState& st, const Scenario& sc, ScriptHost* host, Action&& a, std::vector<Action>& log) {
    if (apply(st, sc, host, a, log.size()).ok) log.push_back(std::move(a));
}

// expert_actions without the actions on a board the case has not opened yet: apply refuses those
// before anything else (core/fold/analysis.cpp), so trying them changes nothing. Most of a route's
// steps come before the pattern and the end situation open, and each round tried them all again.
std::vector<Action> expert_actions_on_open_boards(const Scenario& sc, const SessionState& st, bool safety_first);

void before_choice(SessionState& st, const Scenario& sc, ScriptHost* host, const Policy& p, std::vector<Action>& log) {
    if (p.read_documents)
        for (const auto& d : std::vector<std::string>(st.documents_available))
            if (!st.has_read(d)) try_apply(st, sc, host, make_read(st.step, d), log);
    // A few rounds: marks and arrows refer to entries and factors placed in the round before.
    for (int round = 0; p.build_artefacts && round < 4; ++round) {
        const size_t before = log.size();
        for (auto& a : expert_actions_on_open_boards(sc, st, p.safety_first)) try_apply(st, sc, host, std::move(a), log);
        if (log.size() == before) break;
    }
}

constexpr size_t kMaxImpureFindings = 10;

// Whether a criterion's result depends on a script function (its check or its `beoordeelbaar`):
// only those can come out differently on the same state, so only those are scored again when a
// route is replayed a second time (everything else is plain C++ over the state, which the second
// replay already compared).
bool uses_script(const Condition& c) {
    if (c.kind == Condition::Kind::Script) return true;
    return std::any_of(c.children.begin(), c.children.end(), [](const Condition& x) { return uses_script(x); });
}
bool uses_script(const Check& c) {
    if (c.kind == Check::Kind::Script) return true;
    return std::any_of(c.children.begin(), c.children.end(), [](const Check& x) { return uses_script(x); });
}

// What one playthrough found; merged into the report in route order (merge()).
struct RouteResult {
    std::vector<Status> status;                          // per criterion
    std::vector<std::pair<size_t, std::string>> errors;  // criterion, its note (a failure first seen here)
    std::string ending;                                  // "" unless finished
    bool cut = false, stuck = false;
    std::string impure;  // the finding, "" when the second replay agreed
    long same_as = -1;   // the same route as this earlier one: its findings (walks that repeat a route)
};

// Scores a played route and replays it a second time (core/assess/purity.hpp), with its own copy of the
// scenario and script host (a Lua state is used by one thread only). Routes come in route order.
struct Judge {
    const Scenario& sc;
    ScriptHost* host;
    const ExploreOptions& opt;
    std::vector<std::string> broken;  // per criterion: its first failure here ("" = fine so far)
    std::vector<char> scripted;       // per criterion: uses_script
    bool any_scripted = false;

    Judge(const Scenario& scenario, ScriptHost* h, const ExploreOptions& o) : sc(scenario), host(h), opt(o) {
        broken.resize(sc.criteria.size());
        for (const auto& c : sc.criteria) scripted.push_back(uses_script(c.check) || (c.has_assessable && uses_script(c.assessable)));
        any_scripted = std::any_of(scripted.begin(), scripted.end(), [](char c) { return c != 0; });
    }

    RouteResult judge(const SessionState& st, const std::vector<Action>& log, bool cut, bool stuck) {
        RouteResult out;
        out.cut = cut, out.stuck = stuck;
        if (st.finished()) out.ending = st.ending;
        // A criterion whose check failed once is not run again (a looping check would cost its
        // whole budget on every route): it stays broken, counted on every later route.
        ScoreOptions options;
        options.known_broken = &broken;
        ScoreReport r = score(sc, st, host, options);
        out.status.resize(r.ledger.size());
        for (size_t i = 0; i < r.ledger.size(); ++i) {
            out.status[i] = r.ledger[i].status;
            if (r.ledger[i].status == Status::Error && broken[i].empty()) {
                broken[i] = r.ledger[i].note.empty() ? "controle kapot" : r.ledger[i].note;
                out.errors.emplace_back(i, broken[i]);
            }
        }
        // After the ledger: a check found broken on this route is not run again by the replay.
        if (opt.replay_twice)
            if (std::string d = replay_differs(log, st, r, options); !d.empty()) out.impure = "route " + route_name(log) + ": " + d;
        return out;
    }

    // core/assess/purity.hpp's replay_again_differs, scoring again only the criteria a script decides
    // (the rest is a function of the state, compared first).
    std::string replay_differs(const std::vector<Action>& log, const SessionState& played, const ScoreReport& played_score,
                               const ScoreOptions& options) {
        const ReplayResult again = replay(sc, host, log, played.seed);
        if (!again.problem.empty()) return "de tweede keer past het log niet meer: " + again.problem;
        if (std::string d = state_difference(played, again.state); !d.empty()) return "de tweede keer verschillen " + d;
        if (!any_scripted) return {};
        const ScoreReport second = score(sc, again.state, host, options);
        if (second.ledger.size() != played_score.ledger.size()) return "de tweede keer verschilt de score: het aantal criteria in de score";
        for (size_t i = 0; i < second.ledger.size(); ++i)
            if (scripted[i] && second.ledger[i].status != played_score.ledger[i].status)
                return "de tweede keer verschilt de score: criterium '" + sc.criteria[i].id + "': " + status_id(played_score.ledger[i].status) +
                       ", daarna " + status_id(second.ledger[i].status);
        return {};
    }
};

// A played route waiting for a judge. `shared` points into the walker's tree (never changed once
// settled) or is null and `own` holds the state.
struct Job {
    size_t index = 0;
    const SessionState* shared = nullptr;
    SessionState own;
    std::vector<Action> log;
    bool cut = false, stuck = false;
};

// The routes go from the walker (the calling thread) to two judges: the calling thread's own, and
// one on a second thread with its own copy of the case. The walker judges a route itself when
// the queue is long; each judge takes routes in route order (which keeps merge() exact).
struct Pipeline {
    Judge& mine;
    std::vector<std::pair<size_t, RouteResult>> results, theirs;
    std::mutex m;
    std::condition_variable cv;
    std::deque<Job> queue;
    bool closed = false, second = false;

    explicit Pipeline(Judge& j) : mine(j) {}
    void judge_here(Job& job) { results.emplace_back(job.index, mine.judge(job.shared ? *job.shared : job.own, job.log, job.cut, job.stuck)); }
    void submit(Job job) {
        std::unique_lock<std::mutex> lock(m);
        if (!second) {
            lock.unlock();
            return judge_here(job);
        }
        queue.push_back(std::move(job));
        if (queue.size() <= 2) {  // the other thread keeps up
            cv.notify_one();
            return;
        }
        Job front = std::move(queue.front());
        queue.pop_front();
        lock.unlock();
        judge_here(front);
    }
    // The second thread: judges until the walker is done and the queue is empty.
    void serve(Judge& other) {
        for (;;) {
            std::unique_lock<std::mutex> lock(m);
            cv.wait(lock, [&] { return closed || !queue.empty(); });
            if (queue.empty()) return;
            Job job = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            theirs.emplace_back(job.index, other.judge(job.shared ? *job.shared : job.own, job.log, job.cut, job.stuck));
        }
    }
    // The walker is done: it helps with what is left.
    void close() {
        for (;;) {
            std::unique_lock<std::mutex> lock(m);
            if (queue.empty()) break;
            Job job = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            judge_here(job);
        }
        std::lock_guard<std::mutex> lock(m);
        closed = true;
        cv.notify_all();
    }
};

// Plays the routes: depth-first over every choice, or random walks over a tree of the states met
// so far; hands each route's end to the pipeline.
struct Walker {
    const Scenario& sc;
    ScriptHost* host;
    const ExploreOptions& opt;
    Pipeline* out = nullptr;
    std::vector<RouteResult> repeats;  // walks that repeated a route: same_as set, by index
    std::vector<size_t> repeat_index;
    size_t routes = 0;
    bool exhaustive = false;

    Walker(const Scenario& scenario, ScriptHost* h, const ExploreOptions& o, Pipeline* p) : sc(scenario), host(h), opt(o), out(p) {}

    void record(SessionState&& own, const SessionState* shared, std::vector<Action> log, bool cut, bool stuck, long* same = nullptr) {
        const size_t index = routes++;
        if (opt.routes) opt.routes->push_back(log);
        if (opt.progress && exhaustive && (routes == 1 || routes % 256 == 0)) opt.progress(routes, 0);
        if (same && *same >= 0) {
            RouteResult r;
            r.same_as = *same;
            repeats.push_back(std::move(r));
            repeat_index.push_back(index);
            return;
        }
        if (same) *same = static_cast<long>(index);
        Job job;
        job.index = index, job.shared = shared, job.log = std::move(log), job.cut = cut, job.stuck = stuck;
        if (!shared) job.own = std::move(own);
        out->submit(std::move(job));
    }

    // Depth-first over all choices, the state of each level kept (a copy per branch but the last,
    // which takes it over) and one log, grown and shrunk; counts paths only when `count_only`.
    size_t dfs(SessionState st, std::vector<Action>& log, const Policy& p, size_t depth, bool count_only, size_t budget) {
        if (budget == 0) return 0;
        const size_t log_size = log.size();
        before_choice(st, sc, host, p, log);
        size_t paths = 0;
        if (st.finished() || depth >= opt.max_steps) {
            if (!count_only) record(std::move(st), nullptr, log, !st.finished(), false);
            paths = 1;
        } else if (auto choices = available_choices(st, sc, host); choices.empty()) {
            if (!count_only) record(std::move(st), nullptr, log, false, true);
            paths = 1;
        } else {
            for (size_t k = 0; k < choices.size(); ++k) {
                const Action choose = make_choose(st.step, choices[k]->id);
                const bool last = k + 1 == choices.size();
                SessionState next = last ? std::move(st) : st;
                if (!apply(next, sc, host, choose, log.size()).ok) {
                    if (last) break;
                    continue;
                }
                log.push_back(choose);
                paths += dfs(std::move(next), log, p, depth + 1, count_only, budget - std::min(budget, paths));
                log.pop_back();
                if (paths >= budget) break;
            }
        }
        log.resize(log_size);
        return paths;
    }

    // Random walks over a tree of the states met so far (per policy): a walk that goes where an
    // earlier walk went takes the state from there instead of playing the prefix again. The walks
    // and the random numbers they draw are exactly those of playing every walk from the start.
    struct Node {
        SessionState st;          // after before_choice
        int parent = -1;
        std::vector<Action> added;  // the actions from the parent's state to this one
        std::vector<const Choice*> choices;
        std::vector<int> child;   // per choice: node index, -1 not yet played, -3 played once, -2 not applicable
        int end = 0;              // 0 go on, 1 finished, 2 cut at max_steps, 3 stuck
        long played = -1;         // the route that ended here (record)
        long played_stopped = -1; // the same for a route that ended here because a choice did not apply
    };
    static constexpr size_t kMaxNodes = 6000;  // a bound on the memory (a state each); past it walks play on uncached
    std::deque<Node> nodes;                    // a deque: states stay where they are (Job::shared)
    int roots[kPolicyCount] = {-1, -1, -1, -1, -1};

    std::vector<Action> log_of(int at) const {
        std::vector<const Node*> chain;
        for (; at >= 0; at = nodes[static_cast<size_t>(at)].parent) chain.push_back(&nodes[static_cast<size_t>(at)]);
        std::vector<Action> log;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) log.insert(log.end(), (*it)->added.begin(), (*it)->added.end());
        return log;
    }

    void settle(Node& n, const Policy& p, size_t depth, size_t log_size) {
        // before_choice appends to a log: the actions it applies are numbered after the route's.
        std::vector<Action> log(log_size);
        before_choice(n.st, sc, host, p, log);
        n.added.insert(n.added.end(), std::make_move_iterator(log.begin() + static_cast<long>(log_size)), std::make_move_iterator(log.end()));
        if (n.st.finished()) n.end = 1;
        else if (depth >= opt.max_steps) n.end = 2;
        else {
            n.choices = available_choices(n.st, sc, host);
            if (n.choices.empty()) n.end = 3;
            n.child.assign(n.choices.size(), -1);
        }
    }

    void random_walk(std::mt19937_64& rng) {
        const size_t pi = rng() % kPolicyCount;
        const Policy& p = kPolicies[pi];
        if (roots[pi] < 0) {
            roots[pi] = static_cast<int>(nodes.size());
            nodes.push_back(Node{initial_state(sc, opt.seed), -1, {}, {}, {}, 0, -1, -1});
            settle(nodes.back(), p, 0, 0);
        }
        int at = roots[pi];
        size_t log_size = nodes[static_cast<size_t>(at)].added.size();
        for (size_t depth = 0;; ++depth) {
            Node& n = nodes[static_cast<size_t>(at)];
            if (n.end) return record({}, &n.st, log_of(at), n.end == 2, n.end == 3, &n.played);
            const size_t k = rng() % n.choices.size();
            if (n.child[k] == -2) return record({}, &n.st, log_of(at), false, false, &n.played_stopped);
            if (n.child[k] >= 0) {  // played before: the state is there
                at = n.child[k];
                log_size += nodes[static_cast<size_t>(at)].added.size();
                continue;
            }
            const Action choose = make_choose(n.st.step, n.choices[k]->id);
            SessionState next = n.st;
            if (!apply(next, sc, host, choose, log_size).ok) {
                n.child[k] = -2;
                return record({}, &n.st, log_of(at), false, false, &n.played_stopped);
            }
            // A node only for a prefix walked a second time: in a bushy case most walks part early
            // and a node per step would copy more states than it saves.
            const bool seen = n.child[k] == -3;
            if (!seen) n.child[k] = -3;
            if (!seen || nodes.size() >= kMaxNodes) {
                std::vector<Action> log = log_of(at);
                log.push_back(choose);
                return walk_on(std::move(next), std::move(log), p, depth + 1, rng);
            }
            const int parent = at;
            n.child[k] = at = static_cast<int>(nodes.size());
            nodes.push_back(Node{std::move(next), parent, {choose}, {}, {}, 0, -1, -1});  // `n` is not used past here
            settle(nodes.back(), p, depth + 1, log_size + 1);
            log_size += nodes.back().added.size();
        }
    }

    // The rest of a walk without the tree (it is full).
    void walk_on(SessionState st, std::vector<Action> log, const Policy& p, size_t depth, std::mt19937_64& rng) {
        for (;; ++depth) {
            before_choice(st, sc, host, p, log);
            if (st.finished()) return record(std::move(st), nullptr, std::move(log), false, false);
            if (depth >= opt.max_steps) return record(std::move(st), nullptr, std::move(log), true, false);
            auto choices = available_choices(st, sc, host);
            if (choices.empty()) return record(std::move(st), nullptr, std::move(log), false, true);
            const Choice* c = choices[rng() % choices.size()];
            const Action choose = make_choose(st.step, c->id);
            if (!apply(st, sc, host, choose, log.size()).ok) return record(std::move(st), nullptr, std::move(log), false, false);
            log.push_back(choose);
        }
    }

    // Every route of every policy, or the walks.
    void run(bool every_route, size_t walks) {
        exhaustive = every_route;
        if (exhaustive) {
            const SessionState start = initial_state(sc, opt.seed);
            for (const Policy& p : kPolicies) {
                std::vector<Action> log;
                dfs(start, log, p, 0, false, SIZE_MAX);
            }
            return;
        }
        std::mt19937_64 rng(opt.seed);
        for (size_t i = 0; i < walks; ++i) {
            random_walk(rng);
            if (opt.progress && (i + 1) % 100 == 0) opt.progress(i + 1, walks);
        }
    }
};

// The routes' findings in route order, as one thread playing them all would have counted them: a
// criterion broken on route k counts as broken on every later route, whichever worker played it.
void merge(ExploreReport& report, const std::vector<RouteResult>& results) {
    std::vector<bool> broken(report.criteria.size());
    for (const RouteResult& route : results) {
        const RouteResult& r = route.same_as >= 0 ? results[static_cast<size_t>(route.same_as)] : route;
        ++report.playthroughs;
        if (r.cut) ++report.cut_loops;
        if (r.stuck) ++report.stuck;
        if (!r.ending.empty() && std::find(report.endings.begin(), report.endings.end(), r.ending) == report.endings.end())
            report.endings.push_back(r.ending);
        for (size_t i = 0; i < r.status.size() && i < report.criteria.size(); ++i) {
            auto& c = report.criteria[i];
            if (broken[i]) {
                ++c.errors;
                continue;
            }
            switch (r.status[i]) {
                case Status::Met: ++c.met; break;
                case Status::Missed: ++c.missed; break;
                case Status::Error: {
                    ++c.errors;
                    broken[i] = true;
                    std::string note = "controle kapot";
                    for (const auto& e : r.errors)
                        if (e.first == i) note = e.second;
                    c.failure = "na " + std::to_string(report.playthroughs) + " route(s): " + note;
                    break;
                }
                default: ++c.not_assessed; break;
            }
        }
        if (!r.impure.empty()) {
            ++report.impure_routes;
            if (report.impure.size() < kMaxImpureFindings && std::find(report.impure.begin(), report.impure.end(), r.impure) == report.impure.end())
                report.impure.push_back(r.impure);
        }
    }
}

}  // namespace

namespace {
void pattern_actions(const SessionState& st, const ExpertReference& r, std::vector<Action>& out) {
    const Analysis& an = st.analysis;
    // Per reference factor: the id of the trainee's factor with its text (the last one), or null.
    // (Called before every choice of a route: no map of copied ids, issue 22.)
    std::vector<const std::string*> placed(r.factors.size(), nullptr);
    for (size_t i = 0; i < r.factors.size(); ++i)
        for (const auto& f : an.pattern.factors)
            if (f.text == r.factors[i].text.nl) placed[i] = &f.id;
    // The trainee's factor for a reference id: from the last reference factor of that id placed.
    auto factor_id = [&](const std::string& id) -> const std::string* {
        for (size_t i = r.factors.size(); i-- > 0;)
            if (placed[i] && r.factors[i].id == id) return placed[i];
        return nullptr;
    };
    for (const auto& ef : r.factors) {
        if (factor_id(ef.id)) continue;
        std::string evidence;
        for (const auto& fact : ef.facts)
            if (st.knows_fact(fact)) evidence += (evidence.empty() ? "" : ",") + fact;
        std::map<std::string, std::string> args{{"gebied", ef.area}, {"tekst", ef.text.nl}, {"bewijs", evidence}};
        if (!ef.person.empty()) args["persoon"] = ef.person;
        out.push_back(make("patroon.factor", "", std::move(args)));
    }
    for (const auto& link : r.links) {
        const std::string* from = factor_id(link.first);
        const std::string* to = from ? factor_id(link.second) : nullptr;
        if (from && to && std::none_of(an.pattern.links.begin(), an.pattern.links.end(), [&](const Link& l) { return l.from == *from && l.to == *to; }))
            out.push_back(make("patroon.pijl", "", {{"van", *from}, {"naar", *to}}));
    }
    if (!r.sentence.empty() && an.pattern.sentence.empty()) out.push_back(make("patroon.tekst", "zin", {{"tekst", r.sentence.nl}}));
    if (!r.noble_intention.empty() && an.pattern.noble_intention.empty())
        out.push_back(make("patroon.tekst", "intentie", {{"tekst", r.noble_intention.nl}}));
}

std::vector<Action> expert_actions_for(const Scenario& sc, const SessionState& st, bool safety_first, bool open_boards_only) {
    std::vector<Action> out;
    const ExpertReference& r = sc.reference;
    const Analysis& an = st.analysis;
    // Which boards get actions: all (expert_actions), or those the case has opened (the explorer).
    auto board = [&](std::string_view b) { return !open_boards_only || an.board_open(b); };
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
    const bool safety = safety_first && board("veiligheid");
    if (safety && (an.safety.score == 0 || (meter < 0 && an.safety.score < 6)))
        out.push_back(make("veiligheid.score", "", {{"waarde", std::to_string(taxatie)}}));
    const bool change_work = !safety_first || meter < 0 || meter >= 6;
    for (const auto& f : safety_fields())
        if (safety && !an.safety.fields.count(std::string(f.id))) out.push_back(make("veiligheid.veld", std::string(f.id), {{"tekst", "(referentie)"}}));
    for (const auto& j : r.judgements)
        if (safety && term_index(judgements(), j.judgement) != static_cast<int>(an.safety.judgement(j.person, j.item)))
            out.push_back(make("veiligheid.oordeel", j.person, {{"item", j.item}, {"oordeel", j.judgement}}));
    // Timeline: the reference facts that are discovered, then the aanleiding marks (on the ids the
    // entries got when they were placed, so marks follow in a later round).
    const bool timeline = board("tijdlijn");
    for (const auto& f : r.timeline_facts)
        if (timeline && st.knows_fact(f) && !an.timeline.entry_for_fact(f)) out.push_back(make("tijdlijn.plaats", f));
    for (auto [mark, fact, current] : {std::tuple{"eerste", &r.first, &an.timeline.first}, {"laatste", &r.latest, &an.timeline.latest},
                                       {"ergste", &r.worst, &an.timeline.worst}})
        if (const TimelineEntry* e = timeline ? an.timeline.entry_for_fact(*fact) : nullptr; e && *current != e->id)
            out.push_back(make("tijdlijn.markeer", e->id, {{"soort", mark}}));
    if (timeline && !r.direct_request.empty() && !an.timeline.fields.count("hulpvraag_direct"))
        out.push_back(make("tijdlijn.veld", "hulpvraag_direct", {{"tekst", r.direct_request.nl}}));
    if (timeline && !r.underlying_request.empty() && !an.timeline.fields.count("hulpvraag_onderliggend"))
        out.push_back(make("tijdlijn.veld", "hulpvraag_onderliggend", {{"tekst", r.underlying_request.nl}}));
    for (const auto& f : timeline_fields())
        if (timeline && !an.timeline.fields.count(std::string(f.id)) && f.id != "hulpvraag_direct" && f.id != "hulpvraag_onderliggend")
            out.push_back(make("tijdlijn.veld", std::string(f.id), {{"tekst", "(referentie)"}}));
    if (!change_work) return out;
    // Pattern: each reference factor once, citing its discovered facts; arrows between them.
    if (board("patroon")) pattern_actions(st, r, out);
    // End situation.
    if (!board("eindsituatie")) return out;
    for (const auto& item : r.end_items) {
        bool have = std::any_of(an.end.items.begin(), an.end.items.end(), [&](const EndItem& e) { return e.text == item.text.nl; });
        if (!have) out.push_back(make("eind.item", "", {{"soort", item.kind}, {"tekst", item.text.nl}}));
    }
    for (const auto& f : end_fields())
        if (!an.end.fields.count(std::string(f.id)))
            out.push_back(make("eind.veld", std::string(f.id), {{"tekst", r.end_description.empty() ? "(referentie)" : r.end_description.nl}}));
    return out;
}

std::vector<Action> expert_actions_on_open_boards(const Scenario& sc, const SessionState& st, bool safety_first) {
    return expert_actions_for(sc, st, safety_first, true);
}
}  // namespace

std::vector<Action> expert_actions(const Scenario& sc, const SessionState& st, bool safety_first) {
    return expert_actions_for(sc, st, safety_first, false);
}

ExploreReport explore(const Scenario& sc, ScriptHost* host, const ExploreOptions& opt) {
    const auto start = std::chrono::steady_clock::now();
    ExploreReport report;
    for (const auto& c : sc.criteria) report.criteria.push_back({c.id, c.block, 0, 0, 0, 0, {}});
    Judge judge(sc, host, opt);
    Pipeline pipeline(judge);
    Walker walker(sc, host, opt, &pipeline);
    size_t paths = 0;
    if (opt.samples == 0 && !opt.all) {
        std::vector<Action> log;
        paths = walker.dfs(initial_state(sc, opt.seed), log, kPolicies[0], 0, true, opt.max_paths + 1);
    }
    report.over_max_paths = opt.samples == 0 && !opt.all && paths > opt.max_paths;
    report.exhaustive = opt.all || (opt.samples == 0 && !report.over_max_paths);
    const size_t walks = report.exhaustive ? 0 : opt.samples ? opt.samples : opt.fallback_samples;

    // A second judge on its own copy of the case (loaded on its thread while this one plays),
    // when the caller can make one and there is enough to share.
    std::thread other;
    if (opt.second_copy && (report.exhaustive ? paths != 1 : walks > 1) && std::thread::hardware_concurrency() > 1) {
        pipeline.second = true;
        other = std::thread([&] {
            const ExploreCopy copy = opt.second_copy();
            if (copy.scenario && copy.host && copy.scenario->criteria.size() == sc.criteria.size()) {
                Judge second(*copy.scenario, copy.host.get(), opt);
                pipeline.serve(second);
                return;
            }
            std::lock_guard<std::mutex> lock(pipeline.m);  // no copy after all: this thread judges everything
            pipeline.second = false;
        });
    }
    walker.run(report.exhaustive, walks);
    if (other.joinable()) {
        pipeline.close();
        other.join();
    }
    // Everything back into route order.
    std::vector<RouteResult> all(walker.routes);
    for (auto* part : {&pipeline.results, &pipeline.theirs})
        for (auto& r : *part) all[r.first] = std::move(r.second);
    for (size_t i = 0; i < walker.repeats.size(); ++i) all[walker.repeat_index[i]] = std::move(walker.repeats[i]);
    merge(report, all);
    for (const auto& c : report.criteria) {
        if (c.errors > 0) {
            report.broken.push_back(c.id);
            continue;
        }
        if (c.met == 0 && c.missed == 0) report.never_assessed.push_back(c.id);
        else if (c.met == 0) report.never_met.push_back(c.id);
        else if (c.missed == 0) report.never_missed.push_back(c.id);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace lwp::core
