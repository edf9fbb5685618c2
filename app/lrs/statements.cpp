#include "lrs/statements.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>

#include "core/model/building_blocks.hpp"
#include "core/model/check_kinds.hpp"
#include "core/model/json_out.hpp"
#include "lrs/profile.hpp"
#include "lrs/uuid.hpp"

namespace lwp::lrs {

namespace {

using core::JsonOut;

// Scenario ids are plain, but an IRI segment must never carry a space or a '/' from a file.
std::string segment(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~')
            out += static_cast<char>(c);
        else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string case_iri(const core::Scenario& sc) { return std::string(profile::kBase) + "casus/" + segment(sc.meta.id); }
std::string step_iri(const core::Scenario& sc, const std::string& step) { return case_iri(sc) + "/stap/" + segment(step); }
std::string block_iri(std::string_view block) { return std::string(profile::kBase) + "bouwsteen/" + segment(std::string(block)); }

// A short, stable fingerprint of one action (what it was and when).
std::string action_digest(const core::Action& a) {
    std::string bytes = a.type + '\0' + a.step + '\0' + a.target + '\0';
    for (const auto& [k, v] : a.args) bytes += k + '=' + v + '\0';
    bytes += std::to_string(a.at);
    return sha1_hex(bytes).substr(0, 16);
}

double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

void lang_map(JsonOut& j, const char* key, const std::string& nl, const std::string& en) {
    j.key(key).begin_object().field("nl-NL", nl);
    if (!en.empty()) j.field("en-US", en);
    j.end_object();
}

struct Builder {
    const core::Scenario& sc;
    const core::Session& session;
    const StatementContext& ctx;
    std::vector<Statement> out;

    std::int64_t time_of(size_t action) const {
        if (action < session.actions.size() && session.actions[action].at > 0) return session.actions[action].at;
        return start_time();
    }
    std::int64_t start_time() const {
        if (session.created > 0) return session.created;
        return session.actions.empty() ? 0 : session.actions.front().at;
    }
    std::string name_at(size_t action) const {
        if (action >= session.actions.size()) return session.id + "/start";
        return session.id + "/" + std::to_string(action) + "/" + action_digest(session.actions[action]);
    }

    // Opens a statement: id, actor, verb; the caller writes object and result, then close().
    JsonOut open(const std::string& name, const profile::Verb& verb) {
        JsonOut j;
        j.begin_object().field("id", statement_id(name));
        j.key("actor").begin_object().field("objectType", "Agent");
        j.key("account").begin_object().field("homePage", ctx.home_page).field("name", ctx.pseudonym).end_object();
        j.end_object();
        j.key("verb").begin_object().field("id", verb.id);
        lang_map(j, "display", verb.nl, verb.en);
        j.end_object();
        return j;
    }
    void object(JsonOut& j, const std::string& iri, const char* type, const std::string& nl, const std::string& en) {
        j.key("object").begin_object().field("objectType", "Activity").field("id", iri);
        j.key("definition").begin_object().field("type", type);
        lang_map(j, "name", nl, en);
        j.end_object().end_object();
    }
    // Context: the session as registration, the case as parent, the profile as category, and the
    // organisation and team. `extra` writes more context extensions.
    template <class Extra>
    void close(JsonOut& j, std::int64_t at, bool with_parent, Extra&& extra) {
        j.key("context").begin_object().field("registration", to_string(uuid_v5(statement_namespace(), "sessie/" + session.id)));
        j.key("contextActivities").begin_object();
        if (with_parent) {
            j.begin_array("parent").begin_object().field("objectType", "Activity").field("id", case_iri(sc)).end_object().end_array();
        }
        j.begin_array("category").begin_object().field("objectType", "Activity").field("id", profile::kProfile);
        j.key("definition").begin_object().field("type", profile::kTypeProfile).end_object().end_object().end_array();
        j.end_object();
        j.field("platform", "Leerwerkplaats").field("language", "nl-NL");
        j.key("extensions").begin_object();
        if (!ctx.organisation.empty()) j.field(profile::kExtOrganisation, ctx.organisation);
        if (!ctx.team.empty()) j.field(profile::kExtTeam, ctx.team);
        if (!sc.meta.version.empty()) j.field(profile::kExtCaseVersion, sc.meta.version);
        extra(j);
        j.end_object().end_object();
        j.field("timestamp", iso_time(at)).end_object();
    }
    void push(const std::string& name, JsonOut& j) { out.push_back({statement_id(name), j.str()}); }
};

void no_extra(JsonOut&) {}

// The building blocks a choice is judged on: those of the criteria whose check names it.
void blocks_of_choice(const core::Check& check, const std::string& choice, const std::string& block, std::vector<std::string>& out) {
    if (core::kinds::names_choice(check, choice) && std::find(out.begin(), out.end(), block) == out.end()) out.push_back(block);
    for (const auto& c : check.children) blocks_of_choice(c, choice, block, out);
}

std::string participant_label(const core::Workshop& w, const std::string& name) {
    if (name == core::kGroupReflection) return "groep";
    for (size_t i = 0; i < w.participants.size(); ++i)
        if (w.participants[i] == name) return "deelnemer-" + std::to_string(i + 1);
    return "deelnemer-?";
}

}  // namespace

std::string iso_time(std::int64_t t) {
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

StatementContext context_from(const LrsSettings& s) {
    return {s.home_page.empty() ? profile::kDefaultHomePage : s.home_page, s.pseudonym, s.organisation, s.team, s.reflection_text};
}

namespace {

// The case launched.
void add_launched(Builder& b, const core::Scenario& sc) {
    const std::string name = b.session.id + "/gestart";
    JsonOut j = b.open(name, profile::kLaunched);
    b.object(j, case_iri(sc), profile::kTypeCase, sc.meta.title.nl, sc.meta.title.en);
    b.close(j, b.start_time(), false, no_extra);
    b.push(name, j);
}

void add_steps(Builder& b, const core::Scenario& sc, const core::SessionState& state) {
    // Steps experienced, in order (the first is the start).
    for (size_t i = 0; i < state.visits.size(); ++i) {
        const core::StepVisit& v = state.visits[i];
        const core::Step* step = sc.step(v.step);
        const size_t at = i == 0 ? SIZE_MAX : v.action;
        const std::string name = b.name_at(at) + "/stap/" + v.step;
        JsonOut j = b.open(name, profile::kExperienced);
        b.object(j, step_iri(sc, v.step), profile::kTypeStep, step ? step->title.nl : v.step, step ? step->title.en : "");
        b.close(j, i == 0 ? b.start_time() : b.time_of(at), true, no_extra);
        b.push(name, j);
    }
}

void add_choices(Builder& b, const core::Scenario& sc, const core::SessionState& state) {
    // Choices answered, with the building blocks they are judged on. In a workshop a choice is
    // the group's decision: it also gets a "decided as a group" statement with the vote split.
    for (const core::ChoiceRecord& c : state.choices) {
        const core::Step* step = sc.step(c.step);
        const core::Choice* choice = sc.choice(c.step, c.choice);
        std::vector<std::string> blocks;
        for (const auto& cr : sc.criteria) blocks_of_choice(cr.check, c.choice, cr.block, blocks);
        const std::string name = b.name_at(c.action) + "/keuze";
        JsonOut j = b.open(name, profile::kAnswered);
        b.object(j, step_iri(sc, c.step), profile::kTypeDecision, step ? step->title.nl : c.step, step ? step->title.en : "");
        j.key("result").begin_object().field("response", c.choice);
        j.key("extensions").begin_object().key(profile::kExtChoice).begin_object().field("id", c.choice);
        if (choice) j.field("tekst", choice->text.nl);
        j.end_object().end_object().end_object();
        b.close(j, b.time_of(c.action), true, [&](JsonOut& x) {
            x.begin_array(profile::kExtBlocks);
            for (const auto& bl : blocks) x.value(bl);
            x.end_array();
        });
        b.push(name, j);
    }
}

void add_workshop(Builder& b, const core::Scenario& sc, const core::SessionState& state) {
    // Workshop: every vote that counted (the fold keeps the last vote per participant), and the
    // group decisions. Participants are numbered, never named.
    const core::Workshop& w = state.workshop;
    std::vector<const core::VoteRound*> rounds;
    for (const auto& d : w.decisions) rounds.push_back(&d.round);
    if (w.active) rounds.push_back(&w.round);
    for (const core::VoteRound* r : rounds)
        for (const core::Vote& v : r->votes) {
            const core::Step* step = sc.step(r->step);
            const std::string name = b.name_at(v.action) + "/stem";
            JsonOut j = b.open(name, profile::kVoted);
            b.object(j, step_iri(sc, r->step), profile::kTypeDecision, step ? step->title.nl : r->step, step ? step->title.en : "");
            j.key("result").begin_object().field("response", v.choice).end_object();
            b.close(j, b.time_of(v.action), true,
                    [&](JsonOut& x) { x.field(profile::kExtParticipant, participant_label(w, v.participant)); });
            b.push(name, j);
        }
    for (const core::GroupDecision& d : w.decisions) {
        const core::Step* step = sc.step(d.step);
        const std::string name = b.name_at(d.action) + "/groepsbesluit";
        JsonOut j = b.open(name, profile::kDecided);
        b.object(j, step_iri(sc, d.step), profile::kTypeDecision, step ? step->title.nl : d.step, step ? step->title.en : "");
        j.key("result").begin_object().field("response", d.choice);
        j.key("extensions").begin_object().key(profile::kExtVotes).begin_object();
        for (const auto& [choice, n] : d.round.tally()) j.field(choice.c_str(), static_cast<double>(n));
        j.end_object();
        j.field(profile::kExtMostVoted, d.most_voted).field(profile::kExtOverride, d.overrides);
        j.end_object().end_object();
        b.close(j, b.time_of(d.action), true, no_extra);
        b.push(name, j);
    }
}

void add_reflections(Builder& b, const core::Scenario& sc, const core::Session& session, const core::SessionState& state,
                     const StatementContext& ctx) {
    const core::Workshop& w = state.workshop;
    // Reflections saved: one statement per version (the writing action and each edit). The text
    // only when the trainee opted in; who reflected in a workshop only as a number.
    for (const core::Reflection& r : state.reflections) {
        std::vector<size_t> actions{r.action};
        for (size_t i = r.action + 1; i < session.actions.size(); ++i)
            if (session.actions[i].type == "reflectie.wijzig" && session.actions[i].target == r.id) actions.push_back(i);
        const core::ReflectionPoint* point = r.point.empty() ? nullptr : sc.reflection_point(r.point);
        const std::string iri = case_iri(sc) + "/reflectie" + (r.point.empty() ? "" : "/" + segment(r.point));
        for (size_t k = 0; k < actions.size() && k < r.versions.size(); ++k) {
            const std::string name = b.name_at(actions[k]) + "/reflectie";
            JsonOut j = b.open(name, profile::kCommented);
            b.object(j, iri, profile::kTypeReflection, point ? "Reflectiemoment " + r.point : "Reflectie", point ? "Reflection point " + r.point : "Reflection");
            if (ctx.reflection_text) j.key("result").begin_object().field("response", r.versions[k]).end_object();
            b.close(j, b.time_of(actions[k]), true, [&](JsonOut& x) {
                if (!r.dimension.empty()) x.field(profile::kExtDimension, r.dimension);
                if (!r.level.empty()) x.field(profile::kExtLevel, r.level);
                if (!r.with.empty()) x.field(profile::kExtWith, r.with);
                if (!r.participant.empty()) x.field(profile::kExtParticipant, participant_label(w, r.participant));
                x.field(profile::kExtVersion, static_cast<double>(k + 1));
                if (point) {
                    x.begin_array(profile::kExtBlocks);
                    for (const auto& bl : point->building_blocks) x.value(bl);
                    x.end_array();
                }
            });
            b.push(name, j);
        }
    }
}

// The case has ended: a statement per criterion met or missed and per building block scored,
// anchored at the action that reached the ending.
void add_scores(Builder& b, const core::Scenario& sc, const core::ScoreReport& report, const std::string& anchor, std::int64_t end_time) {
    for (const core::LedgerEntry& e : report.ledger) {
        if (e.status != core::Status::Met && e.status != core::Status::Missed) continue;
        const core::Criterion& c = *e.criterion;
        const bool met = e.status == core::Status::Met;
        const std::string name = anchor + "/criterium/" + c.id;
        JsonOut j = b.open(name, met ? profile::kPassed : profile::kFailed);
        b.object(j, case_iri(sc) + "/criterium/" + segment(c.id), profile::kTypeCriterion, c.text.nl, c.text.en);
        j.key("result").begin_object().field("success", met);
        j.key("score").begin_object().field("raw", round4(e.earned)).field("min", 0.0).field("max", round4(e.max)).end_object();
        j.key("extensions").begin_object().field(profile::kExtWeight, round4(c.weight)).end_object().end_object();
        b.close(j, end_time, true, [&](JsonOut& x) { x.field(profile::kExtBlock, c.block); });
        b.push(name, j);
    }
    for (const core::BlockScore& bs : report.blocks) {
        if (!bs.assessed()) continue;
        const core::BuildingBlock* bb = core::find_building_block(bs.block);
        const std::string name = anchor + "/bouwsteen/" + std::string(bs.block);
        JsonOut j = b.open(name, profile::kScored);
        b.object(j, block_iri(bs.block), profile::kTypeBlock, bb ? std::string(bb->name_nl) : std::string(bs.block),
                 bb ? std::string(bb->name_en) : "");
        j.key("result").begin_object().key("score").begin_object().field("scaled", round4(bs.fraction()));
        j.field("raw", round4(bs.earned)).field("min", 0.0).field("max", round4(bs.max)).end_object().end_object();
        b.close(j, end_time, true, [&](JsonOut& x) { x.field(profile::kExtBlock, std::string(bs.block)); });
        b.push(name, j);
    }
}

// The case completed: its ending and the final score.
void add_completed(Builder& b, const core::Scenario& sc, const core::SessionState& state, const core::ScoreReport& report,
                   const std::string& anchor, std::int64_t end_time) {
    const std::string name = anchor + "/voltooid";
    const core::Ending* ending = sc.ending(state.ending);
    JsonOut j = b.open(name, profile::kCompleted);
    b.object(j, case_iri(sc), profile::kTypeCase, sc.meta.title.nl, sc.meta.title.en);
    j.key("result").begin_object().field("completion", true);
    if (report.max > 0) {  // xAPI: max > min, so a case with nothing assessed has no score
        j.key("score").begin_object().field("scaled", round4(report.fraction()));
        j.field("raw", round4(report.earned)).field("min", 0.0).field("max", round4(report.max)).end_object();
    }
    j.key("extensions").begin_object().key(profile::kExtEnding).begin_object().field("id", state.ending);
    if (ending) j.field("toon", ending->tone);
    j.end_object().end_object().end_object();
    b.close(j, end_time, false, no_extra);
    b.push(name, j);
}

}  // namespace

std::vector<Statement> derive_statements(const core::Scenario& sc, core::ScriptHost* host, const core::Session& session,
                                         const core::SessionState& state, const StatementContext& ctx) {
    Builder b{sc, session, ctx, {}};
    if (state.preview) return {};
    add_launched(b, sc);
    add_steps(b, sc, state);
    add_choices(b, sc, state);
    add_workshop(b, sc, state);
    add_reflections(b, sc, session, state, ctx);
    if (!state.finished()) return std::move(b.out);
    const core::ScoreReport report = core::score(sc, state, host);
    const size_t end_action = state.choices.empty() ? SIZE_MAX : state.choices.back().action;
    const std::int64_t end_time = b.time_of(end_action);
    const std::string anchor = b.name_at(end_action);
    add_scores(b, sc, report, anchor, end_time);
    add_completed(b, sc, state, report, anchor, end_time);
    return std::move(b.out);
}

}  // namespace lwp::lrs
