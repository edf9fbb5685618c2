// leerwerkplaats sync / monitor (issue 23): the learning records from the command line.
#include <cstdio>
#include <ctime>
#include <map>

#include "cli.hpp"
#include "core/store/persistence.hpp"
#include "lrs/monitor.hpp"
#include "lrs/record.hpp"
#include "lrs/sync.hpp"
#include "scripting/loader.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

namespace {

core::DataDir data_dir_of(const Options& o) { return o.data_dir.empty() ? core::default_data_dir() : core::DataDir{o.data_dir}; }

lrs::ClientOptions client_options(const Options& o, const std::string& endpoint, const std::string& user, const std::string& password,
                                  long total) {
    return {endpoint, user, password, o.timeout > 0 ? o.timeout : 10L, o.timeout > 0 ? o.timeout : total, nullptr};
}

}  // namespace

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

int run_monitor(const Options& o) {
    auto fail = [](int code, const std::string& msg) {
        std::fprintf(stderr, "monitor: %s\n", msg.c_str());
        return code;
    };
    if (o.lrs.empty()) return fail(2, "geef het LRS op: --lrs URL --user U --password P");
    if (o.html_out.empty()) return fail(2, "geef op waar het verslag moet komen: --html UIT");
    if (!o.since.empty() && !lrs::valid_date(o.since)) return fail(2, "--since verwacht een datum als 2026-01-31");
    if (!o.until.empty() && !lrs::valid_date(o.until)) return fail(2, "--until verwacht een datum als 2026-12-31");
    if (!o.since.empty() && !o.until.empty() && o.until < o.since) return fail(2, "--until ligt voor --since");
    if (std::string why = lrs::check_endpoint(o.lrs); !why.empty()) return fail(2, why);
    core::Lang lang = core::Lang::Nl;
    if (!o.lang.empty()) lang = core::lang_from_code(o.lang);
    else {  // the UI language setting
        std::string error;
        lang = core::load_settings(data_dir_of(o), error).language;
    }
    const lrs::LrsClient client(client_options(o, o.lrs, o.user, o.password, 60));
    const lrs::Period period{o.since, o.until};
    const lrs::FetchResult fetched = lrs::fetch_records(client, period);
    if (!fetched.ok) return fail(1, fetched.error);
    std::fprintf(stderr, "monitor: %zu statements van Leerwerkplaats opgehaald (%zu pagina's), %zu in de periode\n", fetched.statements,
                 fetched.pages, fetched.records.size());
    const std::string html = lrs::monitor_html(lrs::build_monitor(fetched.records, period), lang);
    if (o.html_out == "-") {
        std::fwrite(html.data(), 1, html.size(), stdout);
        return 0;
    }
    std::string error;
    if (!core::write_file_atomic(o.html_out, html, error)) return fail(1, error);
    std::fprintf(stderr, "monitor: %s geschreven\n", o.html_out.c_str());
    return 0;
}

}  // namespace lwp::cli
