// What several commands share: finding a case, applying a scripted route, naming broken checks.
#include "cli/shared.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>

#include "core/assess/scoring.hpp"
#include "core/model/parse.hpp"
#include "core/session/controller.hpp"
#include "core/store/persistence.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

scripting::LoadedScenario find_scenario(const std::string& which, const fs::path& scenario_dir, std::string& problem) {
    scripting::LoadedScenario loaded;
    std::error_code ec;
    if (fs::is_regular_file(which, ec)) loaded = scripting::load_scenario_file(which);
    else {
        for (auto& s : scripting::load_library(scenario_dir))
            if (s.ok() && s.scenario->meta.id == which) return std::move(s);
        problem = "scenario '" + which + "' niet gevonden in " + scenario_dir.string();
        return loaded;
    }
    if (!loaded.ok()) {
        problem = "scenario laadt niet:";
        for (const auto& d : loaded.diagnostics) problem += "\n" + d.str();
    }
    return loaded;
}

bool one_scenario(const char* command, const Options& o, const fs::path& scenario_dir, scripting::LoadedScenario& loaded,
                  const char* example) {
    if (o.positional.size() != 1) {
        std::fprintf(stderr, "%s: geef precies één scenario op (id of pad)%s%s\n", command, example ? ", bijvoorbeeld: " : "", example ? example : "");
        return false;
    }
    std::string problem;
    loaded = find_scenario(o.positional[0], scenario_dir, problem);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s: %s\n", command, problem.c_str());
        return false;
    }
    return true;
}

// Names every broken check of the case (found by the load-time probe or on this route) on stderr;
// returns how many criteria are broken on the route.
size_t broken_checks_to_stderr(const char* command, const scripting::LoadedScenario& loaded, const core::ScoreReport& report) {
    for (const auto& d : loaded.broken_checks) std::fprintf(stderr, "%s: %s\n", command, d.str().c_str());
    size_t n = 0;
    for (const auto& e : report.ledger)
        if (e.status == core::Status::Error) {
            ++n;
            std::fprintf(stderr, "%s: %s: fout: criterium '%s': %s\n", command, e.criterion->loc.str().c_str(), e.criterion->id.c_str(),
                         e.note.c_str());
        }
    if (n) std::fprintf(stderr, "%s: de score is onvolledig: %zu criteri%s met een kapotte controle tellen niet mee\n", command, n, n == 1 ? "um" : "a");
    return n + loaded.broken_checks.size();
}

std::string apply_scripted(core::SessionController& ctl, const Options& o) {
    if (!o.actions.empty()) {
        std::string error;
        const std::optional<core::Session> recorded = core::read_session(o.actions, error);
        if (!recorded) return o.actions.string() + ": " + error;
        if (recorded->scenario_hash != 0 && recorded->scenario_hash != ctl.scenario().content_hash)
            std::fprintf(stderr, "play: let op: het log in %s is opgenomen met een andere inhoud van de casus (versie toen %s, nu %s)\n",
                         o.actions.c_str(), recorded->scenario_version.c_str(), ctl.scenario().meta.version.c_str());
        for (size_t i = 0; i < recorded->actions.size(); ++i) {
            core::ApplyResult r = ctl.perform(recorded->actions[i]);
            if (!r.ok) return "actie " + std::to_string(i + 1) + " uit " + o.actions.string() + " past niet: " + r.error;
        }
    }
    std::stringstream items(o.choose);
    for (std::string item; std::getline(items, item, ',');) {
        if (item.empty()) continue;
        auto available = ctl.choices();
        std::string id = item;
        if (item.find_first_not_of("0123456789") == std::string::npos) {
            const size_t n = core::parse_number<size_t>(item).value_or(0);  // 0: too large to be a number here
            if (n < 1 || n > available.size())
                return "keuze " + item + " bestaat niet in stap '" + ctl.state().step + "' (" + std::to_string(available.size()) +
                       " beschikbaar)";
            id = available[n - 1]->id;
        }
        core::ApplyResult r = ctl.perform(core::make_choose(ctl.state().step, id));
        if (!r.ok) return r.error;
    }
    return {};
}

std::function<core::ExploreCopy()> copy_of(const scripting::LoadedScenario& s) {
    return [file = s.file] {
        scripting::LoadedScenario again = scripting::load_scenario_file(file);
        return core::ExploreCopy{again.scenario, again.runtime};
    };
}

core::DataDir data_dir_of(const Options& o) { return o.data_dir.empty() ? core::default_data_dir() : core::DataDir{o.data_dir}; }

bool write_output(const char* command, const std::string& out, const std::string& bytes, bool say_written) {
    if (out == "-") {
        if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
            std::fprintf(stderr, "%s: schrijven naar de standaarduitvoer mislukt: %s\n", command, std::strerror(errno));
            return false;
        }
        return true;
    }
    std::string error;
    if (!core::write_file_atomic(out, bytes, error)) {
        std::fprintf(stderr, "%s: %s\n", command, error.c_str());
        return false;
    }
    if (say_written) std::fprintf(stderr, "%s: %s geschreven\n", command, out.c_str());
    return true;
}

lrs::ClientOptions client_options(const Options& o, const std::string& endpoint, const std::string& user, const std::string& password,
                                  long total) {
    return {endpoint, user, password, o.timeout > 0 ? o.timeout : 10L, o.timeout > 0 ? o.timeout : total, nullptr};
}

}  // namespace lwp::cli
