// `sync [--lrs URL --user U --password P]`: every session into the learning-records queue, then send it (issue 23).
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <cstdio>
#include <ctime>
#include <map>

#include "core/store/persistence.hpp"
#include "lrs/record.hpp"
#include "lrs/sync.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

int run_sync(const Options& o, const fs::path& scenario_dir) {
    auto fail = [](int code, const std::string& msg) {
        std::fprintf(stderr, "sync: %s\n", msg.c_str());
        return code;
    };
    if (!o.positional.empty()) return fail(2, "sync verwacht geen bestanden of casussen");
    const core::DataDir data = data_dir_of(o);
    std::string error;
    lrs::LrsSettings settings = lrs::load_lrs_settings(data, error);
    if (!error.empty()) std::fprintf(stderr, "sync: %s\n", error.c_str());
    if (!o.lrs.empty()) {  // for this run only; nothing of it is saved
        settings.endpoint = o.lrs;
        settings.user = o.user;
        settings.password = o.password;
    }
    if (!settings.configured())
        return fail(2, "geen LRS ingesteld: geef --lrs URL --user U --password P, of stel het LRS in het programma in "
                       "(Bestand → Leerregistratie)");
    if (std::string why = lrs::check_endpoint(settings.endpoint); !why.empty()) return fail(2, why);
    if (!o.lrs.empty() && settings.pseudonym.empty()) settings.pseudonym = lrs::new_pseudonym();
    else if (!lrs::ensure_pseudonym(data, settings, error)) return fail(2, error);

    // Every saved session into the queue first: what is queued already stays as it was.
    std::map<std::string, scripting::LoadedScenario> scenarios;
    for (auto& s : scripting::load_library(scenario_dir))
        if (s.ok()) scenarios.emplace(s.scenario->meta.id, std::move(s));
    const core::SessionListing listing = core::list_sessions(data);
    for (const auto& p : listing.problems) std::fprintf(stderr, "sync: %s\n", p.c_str());
    const lrs::RecordResult recorded = lrs::record_sessions(
        data, listing.sessions,
        [&](const core::Session& s, const core::Scenario*& sc, core::ScriptHost*& host) {
            auto it = scenarios.find(s.scenario_id);
            if (it == scenarios.end()) return false;
            sc = it->second.scenario.get();
            host = it->second.runtime.get();
            return true;
        },
        lrs::context_from(settings));
    for (const auto& p : recorded.problems) std::fprintf(stderr, "sync: %s\n", p.c_str());
    std::printf("sync: %zu sessies bekeken, %zu nieuwe statements in de wachtrij\n", recorded.sessions, recorded.added);

    if (!settings.sending && o.lrs.empty())
        return fail(1, "verzenden staat uit (Privacy en gegevens); de wachtrij blijft bewaard");
    const lrs::LrsDir dir(data);
    const lrs::SyncReport rep = lrs::send_queue(dir, client_options(o, settings.endpoint, settings.user, settings.password, 30));
    for (const auto& m : rep.messages) std::fprintf(stderr, "sync: %s\n", m.c_str());
    lrs::SyncStatus status{static_cast<std::int64_t>(std::time(nullptr)), rep.complete, rep.summary()};
    if (!rep.messages.empty()) status.message += ": " + rep.messages.back();
    if (rep.pending > 0) lrs::save_status(dir, status);
    std::printf("sync: %s\n", rep.summary().c_str());
    return rep.complete || rep.pending == 0 ? 0 : 1;
}

}  // namespace lwp::cli
