// Reading the nested parts of definitions: conditions, checks, choices, the reference analysis,
// effects and status changes.
#include "core/model/check_kinds.hpp"
#include "scripting/loader_fields.hpp"

namespace lwp::scripting::loader_detail {

core::Condition read_condition(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node);


std::string tag_string(lua_State* L, int index, const char* key) {
    std::string out;
    lua_pushstring(L, key);
    if (lua_rawget(L, index) == LUA_TSTRING) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    return out;
}

int tag_line(lua_State* L, int index) {
    lua_pushstring(L, "__regel");
    int line = lua_rawget(L, index) == LUA_TNUMBER ? static_cast<int>(lua_tointeger(L, -1)) : 0;
    lua_pop(L, 1);
    return line;
}

core::Condition read_condition(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node);

// fase / product / regie of table `f` into `out`, each value checked against its list.
void read_status_values(Fields& f, std::map<std::string, std::string>& out) {
    for (const auto& k : core::person_status_keys()) {
        const std::string v = f.str(k.key);
        if (v.empty()) continue;
        if (core::valid_status_value(k.key, v)) {
            out[k.key] = v;
            continue;
        }
        std::string known;
        for (const char* x : k.values) known += (known.empty() ? "" : ", ") + std::string(x);
        f.error_at(k.key, "'" + std::string(k.key) + "' in " + f.what() + " is onbekend: '" + v + "' (" + known + ")");
    }
}

// zet = { persoon_id = { fase = ..., product = ..., regie = ... } }
void read_sets(Ctx& c, Fields& f, core::StatusChanges& out) {
    lua_State* L = c.L;
    if (f.push("zet") == LUA_TTABLE) {
        const SourceTable* node = f.node_of("zet");
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TTABLE) {
                const std::string person = c.copy(-2, f.loc());
                const SourceTable* item = node ? node->child(person) : nullptr;
                const int line = node ? node->line_of(person) : 0;
                Fields z(c, -1, line ? SourceLoc{f.loc().file, line} : f.table_loc("zet"), "zet van '" + person + "' in " + f.what(), "zet", item);
                std::map<std::string, std::string> values;
                const std::size_t errors = c.errors;
                read_status_values(z, values);
                if (values.empty() && c.errors == errors) z.error("zet van '" + person + "' in " + f.what() + " noemt geen fase, product of regie");
                else out[person] = std::move(values);
            } else {
                f.error_at("zet", "'zet' in " + f.what() + " heeft de vorm { persoon_id = { product = \"2b\", regie = \"gi\" } }");
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

// gevolg = { meter = verandering }
void read_effects(Ctx& c, Fields& f, std::map<std::string, double>& out) {
    lua_State* L = c.L;
    if (f.push("gevolg") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TNUMBER)
                if (std::isfinite(lua_tonumber(L, -1))) out[c.copy(-2, f.loc())] = lua_tonumber(L, -1);
                else f.error_at("gevolg", "'gevolg' in " + f.what() + " moet gewone getallen bevatten, niet oneindig of ongedefinieerd");
            else f.error_at("gevolg", "'gevolg' in " + f.what() + " moet de vorm { variabele = getal } hebben, bijvoorbeeld { vertrouwen_gezin = -1 }");
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

// verloop = { variabele = "..." | taxatie = true, ooit_onder = 4, ... }: false (reported) when absent or broken.
// The value at `index` is a condition: a function, or a table of declarative tests.
core::Condition read_condition_value(Ctx& c, int index, const SourceLoc& loc, const std::string& where,
                                     const SourceTable* node) {
    lua_State* L = c.L;
    index = lua_absindex(L, index);
    core::Condition cond;
    cond.loc = loc;
    if (lua_isfunction(L, index)) {
        cond.kind = core::Condition::Kind::Script;
        lua_pushvalue(L, index);
        cond.script = luaL_ref(L, LUA_REGISTRYINDEX);
        c.runtime->describe_function(cond.script, "voorwaarde van " + where + " (" + loc.str() + ")", c.scoring);
        return cond;
    }
    if (lua_istable(L, index)) {
        // Each level keeps a few values on the Lua stack; a cycle would never end.
        if (c.condition_depth >= kMaxConditionDepth || !lua_checkstack(L, 8)) {
            c.report({Diagnostic::Level::Error, loc,
                      "voorwaarde in " + where + " is meer dan " + std::to_string(kMaxConditionDepth) +
                          " niveaus diep genest (of verwijst naar zichzelf)"});
            return cond;
        }
        ++c.condition_depth;
        core::Condition out = read_condition(c, index, loc, where, node);
        --c.condition_depth;
        return out;
    }
    c.report({Diagnostic::Level::Error, loc,
                     "'als' in " + where + " moet een tabel zijn, zoals { feit = \"...\" }, of een functie"});
    return cond;
}

core::Condition read_condition(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node) {
    using K = core::Condition::Kind;
    lua_State* L = c.L;
    index = lua_absindex(L, index);
    const std::size_t errors = c.errors;  // one error per cause: no "is leeg" after a wrong field
    Fields f(c, index, loc, "voorwaarde van " + where, "voorwaarde", node);
    std::vector<core::Condition> parts;
    auto simple = [&](const char* key, K kind) {
        std::string ref = f.str(key);
        if (!ref.empty()) parts.push_back({kind, ref, -1e300, 1e300, {}, -1, loc});
    };
    simple("feit", K::FactKnown);
    simple("keuze", K::ChoiceTaken);
    simple("niet_keuze", K::ChoiceNotTaken);
    simple("gelezen", K::DocumentRead);
    simple("bezocht", K::StepVisited);
    if (std::string var = f.str("variabele"); !var.empty()) {
        bool has_min = false, has_max = false;
        double lo = f.num("min", -1e300, &has_min), hi = f.num("max", 1e300, &has_max);
        if (!has_min && !has_max) f.error_at("variabele", "voorwaarde op variabele '" + var + "' in " + where + " heeft 'min' en/of 'max' nodig");
        parts.push_back({K::VarRange, var, lo, hi, {}, -1, loc});
    }
    auto group = [&](const char* key, K kind) {
        if (f.push(key) == LUA_TTABLE) {
            core::Condition g{kind, {}, -1e300, 1e300, {}, -1, loc};
            read_items(c, f, key, where, g.children, read_condition_value);
            parts.push_back(std::move(g));
        }
        lua_pop(L, 1);
    };
    group("alle", K::All);
    group("een_van", K::Any);
    {
        const std::string person = f.str("persoon");
        std::map<std::string, std::string> values;
        read_status_values(f, values);
        if (person.empty() && !values.empty())
            f.error("voorwaarde in " + where + " op fase, product of regie noemt ook de 'persoon'");
        else if (!person.empty() && values.empty())
            f.error_at("persoon", "voorwaarde op persoon '" + person + "' in " + where + " noemt 'fase', 'product' of 'regie'");
        for (const auto& [key, value] : values)
            if (!person.empty()) {
                core::Condition x{K::PersonStatus, person, -1e300, 1e300, {}, -1, loc};
                x.key = key;
                x.value = value;
                parts.push_back(std::move(x));
            }
        core::Condition h{K::History, {}, -1e300, 1e300, {}, -1, loc};
        if (core::read_history_test(f, where, h.history)) parts.push_back(std::move(h));
    }
    int not_type = f.push("niet");
    if (not_type == LUA_TTABLE || not_type == LUA_TFUNCTION)
        parts.push_back({K::Not, {}, -1e300, 1e300, {read_condition_value(c, -1, f.table_loc("niet"), where, f.node_of("niet"))}, -1, loc});
    lua_pop(L, 1);
    if (parts.empty()) {
        if (c.errors == errors) f.error("voorwaarde in " + where + " is leeg");
        return {};
    }
    if (parts.size() == 1) return parts.front();
    return core::Condition{K::All, {}, -1e300, 1e300, std::move(parts), -1, loc};
}

core::Choice read_choice(Ctx& c, int index, const std::string& step_id) {
    lua_State* L = c.L;
    core::Choice ch;
    ch.id = tag_string(L, index, "__id");
    ch.loc = {c.file, tag_line(L, index)};
    const std::string where = "keuze '" + ch.id + "' in stap '" + step_id + "'";
    Fields f(c, index, ch.loc, where, "keuze", c.source ? c.source->definition_at(ch.loc.line) : nullptr);
    ch.spoke_with = f.list("gesproken_met");
    ch.sources = f.list("bron");
    ch.text = f.text("tekst");
    ch.feedback = f.text("feedback");
    ch.reveals = f.list("onthult");
    ch.tags = f.list("tags");
    if (int t = f.push("als"); t != LUA_TNIL) ch.when = read_condition_value(c, -1, f.table_loc("als"), where, f.node_of("als"));
    lua_pop(L, 1);
    read_effects(c, f, ch.effects);
    read_sets(c, f, ch.sets);
    const int t = f.push("naar");
    if (t == LUA_TSTRING) ch.routes.push_back({{}, c.copy(-1, ch.loc)});
    else if (t == LUA_TTABLE) {
        lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n; ++i) {
            if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
                f.error_at("naar", "elke route in 'naar' van " + where + " is een tabel: { als = { ... }, naar = \"stap\" }");
            } else {
                const size_t at = static_cast<size_t>(i - 1);
                Fields rf(c, -1, f.item_loc("naar", at), "route " + std::to_string(i) + " van " + where, "route", f.item_of("naar", at));
                core::Route route;
                route.target = rf.str("naar");
                if (rf.push("als") != LUA_TNIL) route.when = read_condition_value(c, -1, rf.table_loc("als"), where, rf.node_of("als"));
                lua_pop(L, 1);
                ch.routes.push_back(std::move(route));
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return ch;
}

// referentie { tijdlijn = {...}, patroon = {...}, veiligheid = {...}, eindsituatie = {...} }
void read_reference(Ctx& c, int index, const SourceLoc& loc, core::Scenario& s, const SourceTable* node) {
    lua_State* L = c.L;
    core::ExpertReference& r = s.reference;
    if (r.present) {
        c.report({Diagnostic::Level::Error, loc, "het bestand bevat meer dan één referentie { ... }"});
        return;
    }
    r.present = true;
    r.loc = loc;
    Fields f(c, index, loc, "referentie", "referentie", node);
    if (f.push("tijdlijn") == LUA_TTABLE) {
        Fields t(c, -1, f.table_loc("tijdlijn"), "referentie.tijdlijn", "referentie.tijdlijn", f.node_of("tijdlijn"));
        r.timeline_facts = t.list("feiten");
        r.first = t.str("eerste");
        r.latest = t.str("laatste");
        r.worst = t.str("ergste");
        r.direct_request = t.text("hulpvraag_direct");
        r.underlying_request = t.text("hulpvraag_onderliggend");
    }
    lua_pop(L, 1);
    if (f.push("patroon") == LUA_TTABLE) {
        Fields p(c, -1, f.table_loc("patroon"), "referentie.patroon", "referentie.patroon", f.node_of("patroon"));
        r.sentence = p.text("zin");
        r.noble_intention = p.text("intentie");
        each_table(c, p, "factoren", "factor", "referentie.factor", [&](Fields& x) {
            r.factors.push_back({x.str("id"), x.str("gebied"), x.str("persoon"), x.text("tekst"), x.list("feiten")});
        });
        if (p.push("pijlen") == LUA_TTABLE) {
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, -1, i);
                std::string from, to;
                if (lua_istable(L, -1)) {
                    if (lua_rawgeti(L, -1, 1) == LUA_TSTRING) from = c.copy(-1, loc);
                    if (lua_rawgeti(L, -2, 2) == LUA_TSTRING) to = c.copy(-1, loc);
                    lua_pop(L, 2);
                }
                if (from.empty() || to.empty()) p.error_at("pijlen", "elke pijl in referentie.patroon.pijlen heeft de vorm { \"van_id\", \"naar_id\" }");
                else r.links.emplace_back(from, to);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (f.push("veiligheid") == LUA_TTABLE) {
        Fields v(c, -1, f.table_loc("veiligheid"), "referentie.veiligheid", "referentie.veiligheid", f.node_of("veiligheid"));
        r.safety_score = v.whole("score", 0, 0, 10);
        r.safety_step = v.str("stap");
        r.six = v.text("zes");
        each_table(c, v, "oordelen", "oordeel", "referentie.oordeel", [&](Fields& x) {
            r.judgements.push_back({x.str("persoon"), x.str("item"), x.str("oordeel")});
        });
    }
    lua_pop(L, 1);
    if (f.push("eindsituatie") == LUA_TTABLE) {
        Fields e(c, -1, f.table_loc("eindsituatie"), "referentie.eindsituatie", "referentie.eindsituatie", f.node_of("eindsituatie"));
        r.end_description = e.text("beschrijving");
        each_table(c, e, "items", "item", "referentie.item", [&](Fields& x) {
            r.end_items.push_back({x.str("soort"), x.text("tekst")});
        });
    }
    lua_pop(L, 1);
}

namespace {

using K = core::Check::Kind;

}  // namespace

bool Fields::checks(const char* key, const std::string& where, std::vector<core::Check>& out) {
    const bool table = push(key) == LUA_TTABLE;
    if (table) read_items(c_, *this, key, where, out, read_check);
    lua_pop(c_.L, 1);
    return table;
}

// The `check` of a criterium: a table with one declarative test (or alle/een_van of several),
// or a function(s) returning met, evidence. Each kind reads its own fields (its file in
// core/assess/kinds/, through Fields as a core::FieldReader), in the order of
// core/model/check_kinds.def; a table that names several tests must meet them all.
core::Check read_check(Ctx& c, int index, const SourceLoc& loc, const std::string& where, const SourceTable* node) {
    lua_State* L = c.L;
    index = lua_absindex(L, index);
    core::Check check;
    if (lua_isfunction(L, index)) {
        check.kind = K::Script;
        lua_pushvalue(L, index);
        check.script = luaL_ref(L, LUA_REGISTRYINDEX);
        c.runtime->describe_function(check.script, "check van " + where + " (" + loc.str() + ")", true);
        return check;
    }
    if (!lua_istable(L, index)) {
        c.report({Diagnostic::Level::Error, loc, "'check' van " + where + " moet een tabel of een functie zijn"});
        return check;
    }
    const std::size_t errors = c.errors;
    Fields f(c, index, loc, "check van " + where, "check", node);
    core::kinds::CheckParts found;
    core::kinds::read_check_fields(f, where, found);
    std::vector<core::Check>& parts = found.list;
    if (parts.empty()) {
        if (c.errors == errors) f.error("de check van " + where + " is leeg");
        return check;
    }
    if (parts.size() == 1) return std::move(parts.front());
    check.kind = K::All;
    check.children = std::move(parts);
    return check;
}

}  // namespace lwp::scripting::loader_detail
