// `monitor --lrs URL ... --html OUT`: the regional monitor report from the LRS (issue 23).
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <cstdio>

#include "core/store/persistence.hpp"
#include "lrs/monitor.hpp"
#include "lrs/sync.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

int run_monitor(const Options& o, const fs::path&) {
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
    return write_output("monitor", o.html_out, html) ? 0 : 1;
}

}  // namespace lwp::cli
