// `play SCENARIO --choose X,Y | --actions F [--out LOG] [--json]`: a case without a window.
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <cstdio>

#include "core/assess/scoring.hpp"
#include "core/model/json_out.hpp"
#include "core/session/controller.hpp"
#include "core/store/persistence.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

namespace {

void state_json(core::JsonOut& j, const core::SessionController& ctl) {
    const core::SessionState& st = ctl.state();
    j.field("step", st.step).field("ending", st.ending).field("finished", st.finished());
    j.key("vars").begin_object();
    for (const auto& [k, v] : st.vars) j.field(k.c_str(), v);
    j.end_object();
    j.begin_array("path");
    for (const auto& p : st.path) j.value(p);
    j.end_array().begin_array("choices");
    for (const auto& c : st.choices) j.begin_object().field("step", c.step).field("choice", c.choice).end_object();
    j.end_array().begin_array("facts");
    for (const auto& f : st.facts) j.value(f.id);
    j.end_array().begin_array("documents_read");
    for (const auto& d : st.documents_read) j.value(d);
    j.end_array().begin_array("available");
    for (const auto* c : ctl.choices()) j.value(c->id);
    j.end_array();
}

}  // namespace

int run_play(const Options& o, const fs::path& scenario_dir) {
    auto fail = [&](int code, const std::string& msg) {
        if (o.json) {
            core::JsonOut j;
            j.begin_object().field("error", msg).end_object();
            std::printf("%s\n", j.str().c_str());
        } else std::fprintf(stderr, "play: %s\n", msg.c_str());
        return code;
    };
    if (o.positional.size() != 1) return fail(2, "geef precies één scenario op (id of pad)");
    std::string problem;
    scripting::LoadedScenario loaded = find_scenario(o.positional[0], scenario_dir, problem);
    if (!loaded.ok()) return fail(2, problem);

    core::DataDir data = data_dir_of(o);
    std::string error;
    if (!data.ensure(error)) return fail(2, error);
    const core::Session session = core::new_session(*loaded.scenario);
    const fs::path file = data.session_file(session.id);
    if (file.empty()) return fail(2, "scenario-id '" + session.scenario_id + "' geeft geen geldige sessienaam");
    // The whole scripted run is saved once at the end (not after each of 8,000 actions), and only
    // a save that succeeded is reported as saved.
    core::SessionController ctl(loaded.scenario, loaded.runtime.get(), session);
    const std::string failure = apply_scripted(ctl, o);
    // Broken checks fail closed and loudly: named on stderr, exit 1 (authoring guide §16).
    const core::ScoreReport report = core::score(ctl.scenario(), ctl.state(), ctl.host());
    size_t broken = broken_checks_to_stderr("play", loaded, report);
    std::string save_error;
    const bool saved = core::save_session(file, ctl.session(), save_error);
    if (!saved) save_error = "sessie niet opgeslagen (" + std::to_string(ctl.session().actions.size()) + " acties verloren): " + save_error;
    // --out: the played route as a log beside the case (an expert or mistakes log, guide §11).
    // Only a route that applied whole is written: half a route is no reference.
    std::string out_error;
    if (!o.log_out.empty()) {
        if (!failure.empty()) out_error = "--out: niet geschreven, want de route paste niet helemaal: " + failure;
        else if (!core::save_session(o.log_out, ctl.session(), out_error)) out_error = "--out: " + out_error;
    }

    if (o.json) {
        core::JsonOut j;
        j.begin_object().field("scenario", session.scenario_id).field("session", session.id).field("session_file", file.string());
        if (!failure.empty()) j.field("error", failure);
        if (!saved) j.field("save_error", save_error);
        if (!o.log_out.empty()) j.field(out_error.empty() ? "log_file" : "log_error", out_error.empty() ? o.log_out.string() : out_error);
        j.field("ending_reached", ctl.state().finished());
        j.key("state").begin_object();
        state_json(j, ctl);
        j.end_object();
        // The ledger, so authors and tests can check what a route scores.
        j.key("score").begin_object().field("final", report.final).field("earned", report.earned).field("max", report.max);
        j.field("fraction", report.fraction()).field("case_max", report.case_max).field("incomplete", report.incomplete());
        j.key("blocks").begin_object();
        for (const auto& b : report.blocks)
            if (b.assessed()) j.field(std::string(b.block).c_str(), b.fraction());
        j.end_object().key("criteria").begin_object();
        for (const auto& e : report.ledger) j.field(e.criterion->id.c_str(), core::status_id(e.status));
        j.end_object().end_object();
        j.end_object();
        std::printf("%s\n", j.str().c_str());
    } else {
        const auto& st = ctl.state();
        if (!failure.empty()) std::fprintf(stderr, "play: %s\n", failure.c_str());
        if (saved) std::printf("sessie %s opgeslagen in %s\n", session.id.c_str(), file.c_str());
        else std::fprintf(stderr, "play: %s\n", save_error.c_str());
        if (!o.log_out.empty() && out_error.empty()) std::printf("route opgeslagen als log in %s\n", o.log_out.c_str());
        else if (!out_error.empty()) std::fprintf(stderr, "play: %s\n", out_error.c_str());
        if (st.finished()) std::printf("einde bereikt: %s\n", st.ending.c_str());
        else {
            std::printf("huidige stap: %s\nbeschikbare keuzes:\n", st.step.c_str());
            int n = 1;
            for (const auto* c : ctl.choices()) std::printf("  %d. %s — %s\n", n++, c->id.c_str(), c->text.nl.c_str());
        }
        for (const auto& [k, v] : st.vars) std::printf("  %s = %g\n", k.c_str(), v);
    }
    // Last: scoring and listing the choices above run scenario functions too.
    for (const auto& e : loaded.runtime->take_errors()) std::fprintf(stderr, "play: %s\n", e.c_str());
    if (!saved || !out_error.empty()) return 1;
    return failure.empty() && broken == 0 ? 0 : 1;
}

}  // namespace lwp::cli
