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

// The checks one table names, in the order the guide lists them; each reader appends what it
// finds to `parts` (a table may name several: they must all hold).
using core::kinds::CheckParts;

// op_tijdlijn, volgorde, aanleiding.
void read_timeline_checks(Ctx& c, Fields& f, const std::string& where, CheckParts& parts) {
    lua_State* L = c.L;
    auto add = [&](K kind, std::vector<std::string> refs) { return parts.add(kind, std::move(refs)); };
    if (auto v = f.list("op_tijdlijn"); !v.empty()) add(K::OnTimeline, v);
    if (auto v = f.list("volgorde"); !v.empty()) add(K::TimelineOrder, v);
    if (f.push("aanleiding") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("aanleiding"), "aanleiding in de check van " + where, "check.aanleiding", f.node_of("aanleiding"));
        core::Check* x = add(K::Aanleiding, {});
        for (const char* mark : {"eerste", "laatste", "ergste"})
            if (std::string fact = a.str(mark); !fact.empty()) x->marks[mark] = fact;
        if (x->marks.empty()) a.error("'aanleiding' in de check van " + where + " noemt eerste, laatste en/of ergste");
    }
    lua_pop(L, 1);
}

// kinderen_gesproken, factor, pijl.
void read_pattern_checks(Ctx& c, Fields& f, const std::string& where, CheckParts& parts) {
    lua_State* L = c.L;
    auto add = [&](K kind, std::vector<std::string> refs) { return parts.add(kind, std::move(refs)); };
    if (f.boolean("kinderen_gesproken", false)) add(K::ChildrenSpoken, {});
    if (f.push("factor") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("factor"), "factor in de check van " + where, "check.factor", f.node_of("factor"));
        core::Check* x = add(K::PatternFactor, {});
        x->area = a.str("gebied");
        if (std::string fact = a.str("feit"); !fact.empty()) x->refs.push_back(fact);
    }
    lua_pop(L, 1);
    if (f.push("pijl") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("pijl"), "pijl in de check van " + where, "check.pijl", f.node_of("pijl"));
        core::Check* x = add(K::PatternLink, {});
        x->area = a.str("van");
        x->area_to = a.str("naar");
    }
    lua_pop(L, 1);
}

// veiligheid_voor_patroon, veiligheidsscore, veiligheidsplan.
void read_safety_checks(Ctx& c, Fields& f, const std::string& where, CheckParts& parts) {
    lua_State* L = c.L;
    auto add = [&](K kind, std::vector<std::string> refs) { return parts.add(kind, std::move(refs)); };
    // veiligheid_voor_patroon = true, or { feit = "f_veiligheidsplan" }: the case's safety-plan fact
    // also counts as safety on order at the first pattern work (besides the meter at 6 or more).
    if (f.push("veiligheid_voor_patroon") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("veiligheid_voor_patroon"), "veiligheid_voor_patroon in de check van " + where, "check.veiligheid_voor_patroon", f.node_of("veiligheid_voor_patroon"));
        const std::string fact = a.str("feit");
        add(K::SafetyBeforePattern, fact.empty() ? std::vector<std::string>{} : std::vector<std::string>{fact});
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        if (f.boolean("veiligheid_voor_patroon", false)) add(K::SafetyBeforePattern, {});
    }
    if (f.push("veiligheidsscore") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("veiligheidsscore"), "veiligheidsscore in de check van " + where, "check.veiligheidsscore", f.node_of("veiligheidsscore"));
        core::Check* x = add(K::SafetyScore, {});
        x->min = a.num("min", 1);
        x->max = a.num("max", 10);
        x->step = a.str("bij");
    }
    lua_pop(L, 1);
    if (auto v = f.list("veiligheidsplan"); !v.empty()) add(K::SafetyPlan, v);
}

// reflectie_geschreven, the history tests, ritme, eind, eind_velden, tijdlijn_velden,
// patroon_zin, vergelijking.
void read_later_checks(Ctx& c, Fields& f, const std::string& where, CheckParts& parts) {
    lua_State* L = c.L;
    auto add = [&](K kind, std::vector<std::string> refs) { return parts.add(kind, std::move(refs)); };
    // reflectie_geschreven = true, or { min_woorden = 40, met = "gezin" }
    if (int t = f.push("reflectie_geschreven"); t == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("reflectie_geschreven"), "reflectie_geschreven in de check van " + where, "check.reflectie_geschreven", f.node_of("reflectie_geschreven"));
        core::Check* x = add(K::ReflectionWritten, {});
        x->min = a.whole("min_woorden", 40, 1, 10000);
        x->area = a.str("met");
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        if (f.boolean("reflectie_geschreven", false)) add(K::ReflectionWritten, {})->min = 40;
    }
    core::kinds::ops(K::History).read(f, where, parts);
    core::kinds::ops(K::Cadence).read(f, where, parts);
    if (auto v = f.list("eind"); !v.empty()) add(K::EndItems, v);
    if (auto v = f.list("eind_velden"); !v.empty()) add(K::EndFields, v);
    if (auto v = f.list("tijdlijn_velden"); !v.empty()) add(K::TimelineFields, v);
    if (f.boolean("patroon_zin", false)) add(K::PatternSentence, {});
    if (f.push("vergelijking") == LUA_TTABLE) {
        Fields a(c, -1, f.table_loc("vergelijking"), "vergelijking in de check van " + where, "check.vergelijking", f.node_of("vergelijking"));
        core::Check* x = add(K::Comparison, {});
        x->area = a.str("bord");
        x->min = a.num("min", 0.5);
    }
    lua_pop(L, 1);
}

}  // namespace

bool Fields::checks(const char* key, const std::string& where, std::vector<core::Check>& out) {
    const bool table = push(key) == LUA_TTABLE;
    if (table) read_items(c_, *this, key, where, out, read_check);
    lua_pop(c_.L, 1);
    return table;
}

// The `check` of a criterium: a table with one declarative test (or alle/een_van of several),
// or a function(s) returning met, evidence.
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
    CheckParts found;
    for (K kind : {K::ChoiceTaken, K::ChoiceNotTaken, K::ChoiceBefore, K::Variable}) core::kinds::ops(kind).read(f, where, found);
    read_timeline_checks(c, f, where, found);
    read_pattern_checks(c, f, where, found);
    read_safety_checks(c, f, where, found);
    read_later_checks(c, f, where, found);
    std::vector<core::Check>& parts = found.list;
    for (const core::kinds::CheckKindRow& row : core::kinds::check_kinds()) {
        if (!row.composite) continue;
        const char* key = row.key;
        if (f.push(key) == LUA_TTABLE) {
            core::Check g;
            g.kind = row.kind;
            read_items(c, f, key, where, g.children, read_check);
            if (g.children.empty()) f.error_at(key, "'" + std::string(key) + "' in de check van " + where + " is een lijst van checks");
            parts.push_back(std::move(g));
        }
        lua_pop(L, 1);
    }
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
