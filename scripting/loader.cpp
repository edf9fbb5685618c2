// Scenario loader: ScenarioRuntime (script conditions) and the public load functions. The parts
// it uses are in loader_lua.cpp (the DSL constructors), loader_fields.hpp (typed reads of one
// table), loader_read.cpp (conditions, checks, choices, the reference) and loader_definitions.cpp
// (one reader per definition kind).
#include "scripting/loader.hpp"

#include "core/assess/check_probe.hpp"
#include "core/store/persistence.hpp"
#include "core/model/dsl_schema.hpp"
#include "scripting/source_index.hpp"
#include "core/store/folder.hpp"
#include "core/model/parse.hpp"
#include "core/fold/session.hpp"

#include <algorithm>
#include <cassert>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <lua.hpp>
#include <set>
#include <sstream>

#include "scripting/loader_fields.hpp"

namespace lwp::scripting {

using core::Diagnostic;
using core::SourceLoc;
using namespace loader_detail;

namespace {

// Messages from the sandbox start with "file.lua:12: ..."; split that into a location.
Diagnostic diagnostic_from_lua(const std::string& file, const std::string& message) {
    Diagnostic d{Diagnostic::Level::Error, {file, 0}, message};
    const std::string first_line = message.substr(0, message.find('\n'));
    const std::string base = std::filesystem::path(file).filename().string();
    for (const std::string& prefix : {file + ":", base + ":"}) {
        if (first_line.rfind(prefix, 0) != 0) continue;
        size_t pos = prefix.size(), end = pos;
        while (end < first_line.size() && std::isdigit(static_cast<unsigned char>(first_line[end]))) ++end;
        const auto line = core::parse_number<int>(std::string_view(first_line).substr(pos, end - pos));
        if (line && *line > 0 && end < first_line.size() && first_line[end] == ':') {
            d.loc.line = *line;
            size_t text = end + 1;
            while (text < first_line.size() && first_line[text] == ' ') ++text;
            d.message = first_line.substr(text);
        }
        break;
    }
    if (d.loc.line == 0) d.message = first_line;
    d.message = core::clip_text(std::move(d.message), kMaxDiagnosticBytes);
    return d;
}


}  // namespace

// ---------------------------------------------------------------------------------------------
// ScenarioRuntime and public functions.
// ---------------------------------------------------------------------------------------------

ScenarioRuntime::ScenarioRuntime(std::unique_ptr<Sandbox> sandbox, std::string scenario_id)
    : sandbox_(std::move(sandbox)), scenario_id_(std::move(scenario_id)) {}

namespace {
void push_id_set(lua_State* L, const std::vector<std::string>& ids) {
    lua_createtable(L, 0, static_cast<int>(ids.size()));
    for (const auto& id : ids) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, id.c_str());
    }
}

// Pushes the read-only view of a session that scenario functions receive: a fresh copy per
// call, so a script cannot change the session.
void push_view(lua_State* L, const core::SessionState& st) {
    lua_createtable(L, 0, 9);  // s
    lua_pushstring(L, st.step.c_str());
    lua_setfield(L, -2, "stap");
    lua_pushstring(L, st.ending.c_str());
    lua_setfield(L, -2, "einde");
    lua_createtable(L, 0, static_cast<int>(st.vars.size()));
    for (const auto& [k, v] : st.vars) {
        lua_pushnumber(L, v);
        lua_setfield(L, -2, k.c_str());
    }
    lua_setfield(L, -2, "var");
    std::vector<std::string> ids;
    for (const auto& f : st.facts) ids.push_back(f.id);
    push_id_set(L, ids);
    lua_setfield(L, -2, "feiten");
    ids.clear();
    for (const auto& ch : st.choices) ids.push_back(ch.choice);
    push_id_set(L, ids);
    lua_setfield(L, -2, "keuzes");
    push_id_set(L, st.documents_read);
    lua_setfield(L, -2, "gelezen");
    push_id_set(L, st.path);
    lua_setfield(L, -2, "bezocht");
    // s.analyse: what the trainee built so far, as counts and ids (enough for criterion checks).
    const core::Analysis& an = st.analysis;
    lua_createtable(L, 0, 6);
    std::vector<std::string> placed;
    for (const auto& e : an.timeline.entries)
        if (!e.fact.empty()) placed.push_back(e.fact);
    push_id_set(L, placed);
    lua_setfield(L, -2, "tijdlijn_feiten");
    lua_pushinteger(L, static_cast<lua_Integer>(an.timeline.entries.size()));
    lua_setfield(L, -2, "tijdlijn_regels");
    lua_pushinteger(L, static_cast<lua_Integer>(an.pattern.factors.size()));
    lua_setfield(L, -2, "factoren");
    lua_pushinteger(L, static_cast<lua_Integer>(an.pattern.links.size()));
    lua_setfield(L, -2, "pijlen");
    lua_pushinteger(L, an.safety.score);
    lua_setfield(L, -2, "veiligheidsscore");
    lua_pushinteger(L, static_cast<lua_Integer>(an.end.items.size()));
    lua_setfield(L, -2, "eind_items");
    lua_setfield(L, -2, "analyse");
}

}  // namespace

void ScenarioRuntime::describe_function(int handle, std::string where, bool scoring) {
    function_names_[handle] = std::move(where);
    if (scoring) scoring_functions_[handle] = true;
}

void ScenarioRuntime::fail(int handle, const std::string& message) {
    auto it = function_names_.find(handle);
    last_failure_ = core::clip_text((it != function_names_.end() ? it->second : "functie") + ": " + message.substr(0, message.find('\n')),
                                    kMaxDiagnosticBytes);
    ++failures_;
    note_error(handle, message);  // clipped, and at most 100 kept
}

namespace {
// A criterion's function must say yes or no itself: `nil` (a forgotten return) or a number is a
// broken check, not "not met" (fail closed, authoring guide §16).
std::string wrong_type(lua_State* L, int index, const char* what) {
    return std::string(what) + " gaf geen true of false terug maar " + luaL_typename(L, index) +
           " (geef altijd true of false terug, eventueel met een uitleg als tweede waarde)";
}
}  // namespace

bool ScenarioRuntime::eval_condition(int handle, const core::SessionState& st) {
    lua_State* L = sandbox_->state();
    const int top = lua_gettop(L);
    // Same (seed, moment, function) -> same random numbers, however often the UI asks.
    std::uint64_t mix = st.seed ^ (0x9e3779b97f4a7c15ull * (st.choices.size() + 1)) ^ (static_cast<std::uint64_t>(handle) << 32);
    sandbox_->seed_random(mix);
    const bool scoring = scoring_functions_.count(handle) > 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, handle);  // fn
    push_view(L, st);                            // fn, s
    CallResult r = scoring ? sandbox_->call(1, 1, CallBudget{}) : sandbox_->call(1, 1);  // -> result
    bool value = false;
    if (!r.ok()) fail(handle, r.message);
    else if (scoring && lua_type(L, -1) != LUA_TBOOLEAN) fail(handle, wrong_type(L, -1, "de voorwaarde"));
    else value = lua_toboolean(L, -1);
    lua_settop(L, top);
    return value;
}

std::optional<bool> ScenarioRuntime::eval_check(int handle, const core::SessionState& st, std::string& evidence) {
    lua_State* L = sandbox_->state();
    const int top = lua_gettop(L);
    sandbox_->seed_random(st.seed ^ (0x9e3779b97f4a7c15ull * (st.choices.size() + 1)) ^ (static_cast<std::uint64_t>(handle) << 32));
    lua_rawgeti(L, LUA_REGISTRYINDEX, handle);  // fn
    push_view(L, st);                            // fn, s
    CallResult r = sandbox_->call(1, 2, CallBudget{});  // -> met, evidence
    std::optional<bool> out;
    if (!r.ok()) fail(handle, r.message);
    else if (lua_type(L, -2) != LUA_TBOOLEAN) fail(handle, wrong_type(L, -2, "de check"));
    else if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
        fail(handle, std::string("de tweede waarde van de check is ") + luaL_typename(L, -1) + ", geen tekst (laat hem weg of geef een uitleg als tekst)");
    else {
        out = static_cast<bool>(lua_toboolean(L, -2));
        if (lua_type(L, -1) == LUA_TSTRING) evidence = lua_tostring(L, -1);
    }
    lua_settop(L, top);
    return out;
}

void ScenarioRuntime::note_error(int handle, const std::string& message) {
    // Kept until the host takes them; a condition that fails on every frame must not grow this
    // without end, and each message is one clipped line.
    constexpr std::size_t kMaxErrors = 100;
    if (errors_.size() > kMaxErrors) return;
    if (errors_.size() == kMaxErrors) {
        errors_.push_back("scenario '" + scenario_id_ + "': meer dan " + std::to_string(kMaxErrors) + " fouten; de rest is weggelaten");
        return;
    }
    auto it = function_names_.find(handle);
    errors_.push_back(core::clip_text("scenario '" + scenario_id_ + "', " + (it != function_names_.end() ? it->second : "functie") +
                                          ": " + message.substr(0, message.find('\n')),
                                      kMaxDiagnosticBytes));
}

std::vector<std::string> ScenarioRuntime::take_errors() {
    std::vector<std::string> out;
    out.swap(errors_);
    return out;
}

size_t LoadedScenario::error_count() const {
    return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                             [](const Diagnostic& d) { return d.level == Diagnostic::Level::Error; }));
}

// Fail closed before anyone plays (core/assess/check_probe.hpp): every scripted criterion runs on the
// start state and along the case's expert log, tools/demo/<id>-expert.json beside the scenario
// folder, when there is one.
static void probe_checks(LoadedScenario& out) {
    if (!core::has_script_criteria(*out.scenario)) return;
    std::vector<core::Action> route;
    std::string route_name;
    std::error_code ec;
    const std::filesystem::path log = std::filesystem::path(out.file).parent_path() / ".." / "tools" / "demo" / (out.scenario->meta.id + "-expert.json");
    if (std::filesystem::is_regular_file(log, ec)) {
        std::string error;
        std::optional<core::Session> session;
        if (auto bytes = core::read_file(log, error)) session = core::session_from_json(*bytes, error);
        if (session) {
            route = std::move(session->actions);
            route_name = log.filename().string();
        }
    }
    out.broken_checks = core::probe_criteria(*out.scenario, out.runtime.get(), route, route_name);
    out.runtime->take_errors();  // reported as broken_checks, with the fix
}

namespace {
LoadedScenario load_source(const std::string& source, const std::string& file, SandboxLimits limits);
}  // namespace

// The host itself running out of memory (a std::bad_alloc while copying out of Lua, or the
// sandbox not fitting at all) is reported as such, for this file only.
namespace {
// One error per cause: core::validate's "X heeft geen 'veld'" repeats what the field check of the
// same construct already said about that field: missing or of the wrong type (at the construct's
// line), or misspelt (at the misspelt key's line, after it).
bool said_already(const std::vector<Diagnostic>& said, const Diagnostic& d) {
    const std::string marker = " heeft geen '";
    const size_t at = d.message.find(marker);
    if (at == std::string::npos || d.level != Diagnostic::Level::Error) return false;
    const size_t end = d.message.find('\'', at + marker.size());
    if (end == std::string::npos) return false;
    const std::string quoted = d.message.substr(at + marker.size() - 1, end - at - marker.size() + 2);  // 'veld'
    for (const auto& e : said) {
        if (e.level != Diagnostic::Level::Error || e.loc.file != d.loc.file) continue;
        if (e.loc.line == d.loc.line && e.message.find(quoted) != std::string::npos) return true;
        // "onbekend veld 'tittel' ...: bedoel je 'titel'?" sits at the key's own line, inside the construct.
        if (e.loc.line >= d.loc.line && e.message.find("bedoel je " + quoted) != std::string::npos) return true;
    }
    return false;
}
}  // namespace

LoadedScenario load_scenario_source(const std::string& source, const std::string& file, SandboxLimits limits) {
    try {
        return load_source(source, file, limits);
    } catch (const std::bad_alloc&) {
    } catch (const std::runtime_error&) {  // Sandbox's constructor: the libraries do not fit in the cap
    }
    LoadedScenario out;
    out.file = file;
    out.diagnostics.push_back({Diagnostic::Level::Error, {file, 0},
                               "het geheugen van de computer (of het geheugenbudget van de bibliotheek) is op; dit scenario is niet geladen"});
    return out;
}

namespace {
// Every Dutch text without English, at its own line, once the case has English at all. A case
// not translated yet (no English text anywhere) gets one warning that counts them, so a Dutch
// draft's lint is not buried under a warning per text.
void report_missing_english(Ctx& ctx, const SourceLoc& scenario_loc) {
    if (ctx.missing_english.empty()) return;
    if (ctx.english_texts > 0) {
        for (auto& d : ctx.missing_english) ctx.report(std::move(d));
    } else {
        ctx.report({Diagnostic::Level::Warning, scenario_loc,
                    std::string(kNoEnglishYet) + " (" + std::to_string(ctx.missing_english.size()) +
                        " teksten alleen in het Nederlands); in het Engels toont het programma het Nederlands. Zet per blok "
                        "en = { veld = \"...\" } (handleiding §8): dan wijst validate elke ontbrekende aan op haar regel"});
    }
    ctx.missing_english.clear();
}

LoadedScenario load_source(const std::string& source, const std::string& file, SandboxLimits limits) {
    LoadedScenario out;
    out.file = file;
    auto sandbox = std::make_unique<Sandbox>(limits);
    lua_State* L = sandbox->state();
    install_constructors(L);
    const std::string chunk = std::filesystem::path(file).filename().string();
    CallResult run = sandbox->run_text(source, chunk);
    if (!run.ok()) {
        out.diagnostics.push_back(diagnostic_from_lua(file, run.message));
        out.diagnostics.back().loc.file = file;
        if (run.kind == ErrorKind::Instructions || run.kind == ErrorKind::Memory || run.kind == ErrorKind::Pattern)
            out.diagnostics.back().message = "scenario overschrijdt een veiligheidslimiet: " + out.diagnostics.back().message;
        return out;
    }
    auto scenario = std::make_shared<core::Scenario>();
    scenario->file = file;
    scenario->content_hash = core::content_hash(source);
    static std::atomic<std::uint64_t> generations{0};
    scenario->generation = ++generations;
    auto runtime = std::make_shared<ScenarioRuntime>(std::move(sandbox), "");
    const SourceIndex index(source);
    Ctx ctx{L, file, out.diagnostics, runtime.get()};
    ctx.source = &index;
    std::set<const void*> used_choices;
    const int top = lua_gettop(L);
    lua_getfield(L, LUA_REGISTRYINDEX, kDefsKey);  // defs
    const int defs = lua_gettop(L);
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, defs));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, defs, i);
        read_definition(ctx, lua_gettop(L), *scenario, used_choices);
        lua_pop(L, 1);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, kChoicesKey);  // defs, choices
    n = static_cast<lua_Integer>(lua_rawlen(L, -1));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, -1, i);
        if (!used_choices.count(lua_topointer(L, -1)))
            ctx.report({Diagnostic::Level::Warning, {file, tag_line(L, lua_gettop(L))},
                        "keuze '" + tag_string(L, lua_gettop(L), "__id") + "' staat in geen enkele stap"});
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    report_missing_english(ctx, scenario->meta.loc.line ? scenario->meta.loc : SourceLoc{file, 1});
    if (scenario->meta.loc.line == 0)
        ctx.report({Diagnostic::Level::Error, {file, 1}, "het bestand bevat geen scenario { ... } met id, titel en start"});
    else {
        scenario->reindex();
        for (auto& d : core::validate(*scenario, core::kinds::validate_check))
            if (!said_already(out.diagnostics, d)) ctx.report(std::move(d));
    }
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.loc.line < b.loc.line; });
    // From here on scenario functions only answer: a global they write would make the same log
    // give other answers on a later replay. A file too big to freeze does not load.
    if (out.error_count() == 0)
        if (CallResult frozen = runtime->sandbox().freeze_globals(); !frozen.ok())
            out.diagnostics.push_back({Diagnostic::Level::Error, {file, 0},
                                       "scenario overschrijdt een veiligheidslimiet bij het vastzetten van de globale variabelen: " +
                                           frozen.message.substr(0, frozen.message.find('\n'))});
    out.host_bytes = ctx.copied;
    if (out.error_count() == 0) {
        runtime->set_scenario_id(scenario->meta.id);
        out.scenario = scenario;
        out.runtime = std::move(runtime);
        probe_checks(out);
    }
    return out;
}
}  // namespace

LoadedScenario load_scenario_file(const std::filesystem::path& path, SandboxLimits limits) {
    std::string error;
    const std::optional<std::string> source = core::read_regular_file(path, kMaxScenarioBytes, error);
    if (!source) {
        LoadedScenario out;
        out.file = path.string();
        out.diagnostics.push_back({Diagnostic::Level::Error, {path.string(), 0}, error});
        return out;
    }
    return load_scenario_source(*source, path.string(), limits);
}

std::vector<LoadedScenario> load_library(const std::filesystem::path& dir, SandboxLimits limits) {
    const core::FolderListing folder = core::list_folder(dir, ".lua");
    std::vector<LoadedScenario> out;
    // One budget for the whole library: each file's sandbox gets at most what is left of it, and
    // what a loaded case keeps (its Lua state and the host's copies) is subtracted.
    std::size_t used = 0;
    for (const auto& f : folder.files) {
        const std::size_t left = kLibraryMemoryBytes - std::min(used, kLibraryMemoryBytes);
        if (left < kMinScenarioMemoryBytes) {
            LoadedScenario skipped;
            skipped.file = f.string();
            skipped.diagnostics.push_back({Diagnostic::Level::Error, {skipped.file, 0},
                                           "niet geladen: de scenario's in deze map gebruiken samen al meer dan " +
                                               std::to_string(kLibraryMemoryBytes >> 20) + " MB geheugen"});
            out.push_back(std::move(skipped));
            continue;
        }
        SandboxLimits file_limits = limits;
        file_limits.memory_bytes = std::min(limits.memory_bytes, left);
        out.push_back(load_scenario_file(f, file_limits));
        if (out.back().ok()) used += out.back().runtime->sandbox().memory_in_use() + out.back().host_bytes;
    }
    // Two files with one scenario id: sessions name the case by id, so only one can be it. The
    // first by name stays; both files say so, and the second is not loaded.
    std::map<std::string, LoadedScenario*> by_id;
    for (auto& s : out) {
        if (!s.ok()) continue;
        auto [first, fresh] = by_id.emplace(s.scenario->meta.id, &s);
        if (fresh) continue;
        const core::SourceLoc here = s.scenario->meta.loc;
        first->second->diagnostics.push_back({Diagnostic::Level::Warning, first->second->scenario->meta.loc,
                                              "scenario-id '" + s.scenario->meta.id + "' staat ook in " + s.file +
                                                  "; dat bestand is niet geladen"});
        s.diagnostics.push_back({Diagnostic::Level::Error, here,
                                 "scenario-id '" + s.scenario->meta.id + "' staat al in " + first->second->file +
                                     "; geef dit scenario een eigen id"});
        s.scenario.reset();
        s.runtime.reset();
    }
    for (const auto& skipped : folder.skipped) {  // a link loop, a FIFO or a folder named x.lua: a red card
        LoadedScenario bad;
        bad.file = skipped.path.string();
        bad.diagnostics.push_back({Diagnostic::Level::Error, {bad.file, 0}, skipped.reason});
        out.push_back(std::move(bad));
    }
    return out;
}

}  // namespace lwp::scripting
