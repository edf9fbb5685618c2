// `validate PATH...`: every finding of the loader, the lint, the purity run and the citations, as file:line.
#include "cli/commands.hpp"
#include "cli/shared.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/assess/explorer.hpp"
#include "core/model/json_out.hpp"
#include "core/model/lint.hpp"
#include "core/model/methodewijzer.hpp"
#include "core/model/parse.hpp"
#include "ui/methodewijzer_data.hpp"

namespace lwp::cli {

namespace fs = std::filesystem;

namespace {

// Plays every route (a sample when there are many), replays each a second time and
// reports any difference, and every error a scenario function raised on the way (a global it
// tried to write, ...), at the function's file:line.
std::vector<core::Diagnostic> purity_findings(const scripting::LoadedScenario& s) {
    core::ExploreOptions opt;  // every route up to 2,000 (the tutorial has 1,458), else 200 sampled
    opt.second_copy = copy_of(s);
    opt.max_paths = 2000;
    opt.fallback_samples = 200;
    const core::ExploreReport r = core::explore(*s.scenario, s.runtime.get(), opt);
    std::vector<core::Diagnostic> out;
    const core::SourceLoc at = s.scenario->meta.loc;
    for (const auto& f : r.impure)
        out.push_back({core::Diagnostic::Level::Error, at, "niet zuiver: dezelfde route twee keer naspelen geeft iets anders: " + f});
    // "scenario 'x', voorwaarde van ... (file.lua:12): file.lua:13: ...": the last file:line is where it failed.
    const std::string base = fs::path(s.file).filename().string() + ":";
    std::vector<std::string> seen;
    auto named = [](const std::string& text, const std::string& what) {  // "criterium 'x'" -> x
        const size_t p = text.find(what + " '");
        if (p == std::string::npos) return std::string();
        const size_t from = p + what.size() + 2, to = text.find('\'', from);
        return to == std::string::npos ? std::string() : text.substr(from, to - from);
    };
    std::vector<std::string> already;  // criteria the load-time probe reported broken
    for (const auto& d : s.broken_checks) already.push_back(named(d.message, "criterium"));
    for (const auto& e : s.runtime->take_errors()) {
        if (std::find(seen.begin(), seen.end(), e) != seen.end()) continue;
        seen.push_back(e);
        if (const std::string c = named(e, "criterium"); !c.empty() && std::find(already.begin(), already.end(), c) != already.end())
            continue;
        core::SourceLoc loc = at;
        for (size_t p = e.find(base); p != std::string::npos; p = e.find(base, p + 1)) {
            size_t end = p + base.size();
            while (end < e.size() && std::isdigit(static_cast<unsigned char>(e[end]))) ++end;
            if (end > p + base.size() && end < e.size() && (e[end] == ':' || e[end] == ')'))
                loc.line = core::parse_number<int>(std::string_view(e).substr(p + base.size(), end - p - base.size())).value_or(loc.line);
        }
        out.push_back({core::Diagnostic::Level::Error, loc, e});
    }
    return out;
}

}  // namespace

int run_validate(const Options& o, const fs::path&) {
    if (o.positional.empty()) {
        std::fprintf(stderr, "validate: geef een of meer scenariobestanden of -mappen op\n");
        return 2;
    }
    size_t files = 0, errors = 0, warnings = 0;
    // Loader findings plus lint (anonymisation, completeness) and the citations (every `bron`
    // resolves in the Methodewijzer); --json gives one object per finding.
    const auto& loaded = ui::methodewijzer(core::Lang::Nl);
    const core::Methodewijzer& guide = loaded.guide;
    if (guide.empty()) {
        for (const auto& d : loaded.problems) std::fprintf(stderr, "%s\n", d.str().c_str());
        std::fprintf(stderr, "validate: zonder Methodewijzer kan geen bron worden gecontroleerd\n");
        return 2;
    }
    core::JsonOut json;
    json.begin_object().begin_array("findings");
    auto report = [&](const scripting::LoadedScenario& s) {
        ++files;
        std::vector<core::Diagnostic> all = s.diagnostics;
        all.insert(all.end(), s.broken_checks.begin(), s.broken_checks.end());  // checks fail closed
        if (s.ok()) {
            for (auto& d : core::lint(*s.scenario)) all.push_back(std::move(d));
            for (auto& d : purity_findings(s)) all.push_back(std::move(d));
            for (auto& d : core::check_citations(*s.scenario, guide)) all.push_back(std::move(d));
        }
        size_t file_errors = 0;
        for (const auto& d : all) {
            const bool error = d.level == core::Diagnostic::Level::Error;
            (error ? errors : warnings)++;
            file_errors += error;
            if (o.json)
                json.begin_object().field("file", d.loc.file).field("line", static_cast<double>(d.loc.line))
                    .field("level", error ? "error" : "warning").field("message", d.message).end_object();
            else std::printf("%s\n", d.str().c_str());
        }
        if (s.ok() && file_errors == 0 && !o.json)
            std::printf("%s: in orde (%zu stappen, %zu keuzes, %zu feiten, %zu documenten, %zu criteria)\n", s.file.c_str(),
                        s.scenario->steps.size(),
                        [&] { size_t n = 0; for (const auto& st : s.scenario->steps) n += st.choices.size(); return n; }(),
                        s.scenario->facts.size(), s.scenario->documents.size(), s.scenario->criteria.size());
    };
    for (const auto& p : o.positional) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            auto lib = scripting::load_library(p);
            if (lib.empty()) std::printf("%s: geen .lua-bestanden gevonden\n", p.c_str());
            for (const auto& s : lib) report(s);
        } else if (fs::exists(p, ec)) {
            report(scripting::load_scenario_file(p));
        } else {
            if (o.json) json.begin_object().field("file", p).field("line", 0.0).field("level", "error").field("message", "bestand bestaat niet").end_object();
            else std::printf("%s:0: fout: bestand bestaat niet\n", p.c_str());
            ++errors;
        }
    }
    if (o.json) {
        json.end_array().field("files", static_cast<double>(files)).field("errors", static_cast<double>(errors))
            .field("warnings", static_cast<double>(warnings)).end_object();
        std::printf("%s\n", json.str().c_str());
    } else std::printf("%zu bestand(en), %zu fout(en), %zu waarschuwing(en)\n", files, errors, warnings);
    return errors == 0 && files > 0 ? 0 : 1;
}

}  // namespace lwp::cli
