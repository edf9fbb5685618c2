// One reader per definition kind, in one table (definition_kinds): the constructors are
// installed from it and read_definition dispatches on it. A new kind is a reader and a row here,
// its fields in core/model/dsl_schema.cpp.
#include "scripting/loader_fields.hpp"

namespace lwp::scripting::loader_detail {

namespace {

// What every reader gets: the tagged table at `index` and where it stands.
struct Definition {
    Ctx& c;
    lua_State* L;
    int index;
    core::Scenario& s;
    std::set<const void*>& used_choices;
    std::string kind, id;
    SourceLoc loc;
    std::string what;  // "stap 'x'", for messages
    const SourceTable* node;

    // The fields of this definition's table, checked against construct `schema`.
    Fields fields(const char* schema) { return Fields(c, index, loc, what, schema, node); }
};

// scenario
void read_meta(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    if (!s.meta.id.empty() || s.meta.loc.line) {
        c.report({Diagnostic::Level::Error, def.loc, "het bestand bevat meer dan één scenario { ... }"});
        return;
    }
    Fields f(c, def.index, def.loc, "scenario", "scenario", def.node);
    auto& m = s.meta;
    m.loc = def.loc;
    m.id = f.str("id");
    // The id names the case's sessions and reports on disk: the same rule as every other id.
    if (!m.id.empty() && !plain_id(m.id)) {
        f.error_at("id", "scenario-id '" + m.id + "' is ongeldig: een id bestaat uit 1 tot 80 kleine letters, cijfers en _ (geen /, punten of spaties)");
        m.id.clear();
    }
    m.title = f.text("titel");
    m.summary = f.text("samenvatting");
    m.version = f.str("versie");
    m.api = f.whole("api", 1, 0, 1000);
    m.language = f.str("taal");
    if (m.language.empty()) m.language = "nl";
    m.minutes = f.whole("minuten", 0, 0, 1000);
    m.difficulty = f.str("moeilijkheid");
    m.building_blocks = f.list("bouwstenen");
    m.tags = f.list("tags");
    m.start = f.str("start");
}

// referentie
void read_reference_definition(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    read_reference(c, def.index, def.loc, s, def.node);
}

// persoon
void read_person(Definition& def) {
    Ctx& c = def.c;
    lua_State* L = def.L;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "persoon", def.node);
    core::Person p;
    p.id = def.id;
    p.loc = def.loc;
    p.name = f.str("naam");
    p.role = f.str("rol");
    p.age = f.whole("leeftijd", -1, 0, 130);
    std::string g = f.str("geslacht");
    if (g.empty() || g == "x") p.gender = 'x';
    else if (g == "m" || g == "v") p.gender = g[0];
    else f.error_at("geslacht", "'geslacht' van " + def.what + " is m, v of x");
    p.deceased = f.boolean("overleden", false);
    p.household = f.boolean("huishouden", true);
    p.parents = f.list("ouders");
    p.description = f.text("beschrijving");
    read_status_values(f, p.status);
    int t = f.push("partners");
    if (t == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING)
                p.partners.push_back({c.copy(-2, def.loc), c.copy(-1, def.loc)});
            else f.error_at("partners", "'partners' van " + def.what + " heeft de vorm { persoon_id = \"samen\" | \"gescheiden\" | \"overleden\" }");
            lua_pop(L, 1);
        }
        std::sort(p.partners.begin(), p.partners.end(), [](const auto& a, const auto& b) { return a.person < b.person; });
    }
    lua_pop(L, 1);
    s.persons.push_back(std::move(p));
}

// document
void read_document(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "document", def.node);
    core::Document d;
    d.id = def.id;
    d.loc = def.loc;
    d.title = f.text("titel");
    d.kind = f.str("soort");
    d.author = f.str("auteur");
    d.date = f.date("datum");
    d.body = f.text("tekst");
    d.reveals = f.list("onthult");
    s.documents.push_back(std::move(d));
}

// feit
void read_fact(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "feit", def.node);
    core::Fact fact;
    fact.id = def.id;
    fact.loc = def.loc;
    fact.text = f.text("tekst");
    fact.date = f.date("datum");
    std::string k = f.str("soort");
    if (!k.empty() && !core::parse_fact_kind(k, fact.kind))
        f.error_at("soort", "'soort' van " + def.what + " is onbekend: '" + k + "' (levensgebeurtenis, hulp, besluit, melding, zorg of kracht)");
    fact.source = f.str("bron");
    fact.persons = f.list("personen");
    fact.agency = f.str("instantie");
    fact.result = f.text("resultaat");
    if (fact.kind == core::FactKind::Help && fact.result.empty())
        f.warn(def.what + " is hulp zonder 'resultaat': de methode vraagt bij eerdere hulp altijd naar het resultaat (Methodewijzer: bouwsteen.tijdlijn)");
    s.facts.push_back(std::move(fact));
}

// variabele
void read_variable(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "variabele", def.node);
    core::Variable v;
    v.id = def.id;
    v.loc = def.loc;
    v.label = f.text("label");
    v.min = f.num("min", 0);
    v.max = f.num("max", 10);
    v.initial = f.num("start", v.min);
    s.variables.push_back(std::move(v));
}

// stap
void read_step(Definition& def) {
    Ctx& c = def.c;
    lua_State* L = def.L;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "stap", def.node);
    core::Step st;
    st.id = def.id;
    st.loc = def.loc;
    st.title = f.text("titel");
    st.date = f.date("datum");
    st.narrative = f.text("tekst");
    st.documents = f.list("documenten");
    st.facts = f.list("feiten");
    st.opens = f.list("opent");
    st.safety_signal = f.text("veiligheidssignaal");
    if (const std::size_t errors = c.errors; f.push("bij_binnenkomst") == LUA_TTABLE) {
        Fields b(c, -1, f.table_loc("bij_binnenkomst"), "bij_binnenkomst van " + def.what, "stap.bij_binnenkomst", f.node_of("bij_binnenkomst"));
        read_effects(c, b, st.on_entry.effects);
        st.on_entry.reveals = b.list("onthult");
        read_sets(c, b, st.on_entry.sets);
        if (st.on_entry.empty() && c.errors == errors) b.warn("bij_binnenkomst van " + def.what + " is leeg");
    }
    lua_pop(L, 1);
    each_table(c, f, "varianten", "variant", "stap.variant", [&](Fields& x) {
        core::TextVariant v;
        v.loc = x.loc();
        v.text = x.text("tekst");
        if (x.push("als") != LUA_TNIL) v.when = read_condition_value(c, -1, x.table_loc("als"), x.what() + " van " + def.what, x.node_of("als"));
        lua_pop(L, 1);
        st.variants.push_back(std::move(v));
    });
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, def.index));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, def.index, i);
        if (lua_istable(L, -1) && tag_string(L, lua_gettop(L), "__soort") == "keuze") {
            def.used_choices.insert(lua_topointer(L, -1));
            st.choices.push_back(read_choice(c, lua_gettop(L), def.id));
        } else {
            f.error(def.what + " bevat iets anders dan een keuze; schrijf keuze \"id\" { tekst = ..., naar = ... }");
        }
        lua_pop(L, 1);
    }
    s.steps.push_back(std::move(st));
}

// reflectie
void read_reflection_point(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "reflectie", def.node);
    core::ReflectionPoint rp;
    rp.id = def.id;
    rp.loc = def.loc;
    rp.step = f.str("stap");
    rp.after_choice = f.str("na_keuze");
    rp.prompts = f.text_list("vragen");
    rp.building_blocks = f.list("bouwstenen");
    rp.with_family = f.boolean("met_gezin", false);
    s.reflection_points.push_back(std::move(rp));
}

// dossier
void read_dossier(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    // A retrospective case file's event (dossieronderzoek): tagged against core::dossier_tags().
    Fields f(c, def.index, def.loc, def.what, "dossier", def.node);
    core::DossierEvent ev;
    ev.id = def.id;
    ev.loc = def.loc;
    ev.date = f.date("datum");
    ev.source = f.str("bron");
    ev.text = f.text("tekst");
    ev.expert_tags = f.list("expert_tags");
    ev.explanation = f.text("uitleg");
    for (const auto& t : ev.expert_tags)
        if (!core::find_dossier_tag(t)) {
            std::string known;
            for (const auto& k : core::dossier_tags()) known += (known.empty() ? "" : ", ") + std::string(k.id);
            f.error_at("expert_tags", "onbekend label '" + t + "' in " + def.what + " (bekende labels: " + known + ")");
        }
    if (!ev.expert_tags.empty() && ev.explanation.empty())
        f.warn(def.what + " heeft labels van de expert maar geen 'uitleg': de groep hoort te lezen waarom");
    if (s.dossier_event(def.id)) f.error("dossier '" + def.id + "' bestaat al");
    s.dossier.push_back(std::move(ev));
}

// criterium
void read_criterion(Definition& def) {
    Ctx& c = def.c;
    lua_State* L = def.L;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "criterium", def.node);
    core::Criterion cr;
    cr.sources = f.list("bron");
    cr.id = def.id;
    cr.loc = def.loc;
    cr.block = f.str("bouwsteen");
    cr.weight = f.num("gewicht", 1);
    if (cr.weight < 0 || cr.weight > kMaxWeight) {  // 1e308 would overflow the sums: -nan%
        f.error_at("gewicht", "'gewicht' van " + def.what + " is een getal van 0 tot en met " + std::to_string(static_cast<int>(kMaxWeight)));
        cr.weight = 1;
    }
    cr.text = f.text("tekst");
    cr.rationale = f.text("onderbouwing");
    cr.feedback_met = f.text("goed");
    cr.feedback_missed = f.text("fout");
    cr.feedback_not_chosen = f.text("goed_niet_gekozen");
    c.scoring = true;
    if (f.push("beoordeelbaar") != LUA_TNIL) {
        cr.has_assessable = true;
        cr.assessable = read_condition_value(c, -1, f.table_loc("beoordeelbaar"), def.what, f.node_of("beoordeelbaar"));
    }
    c.scoring = false;
    lua_pop(L, 1);
    if (f.push("check") != LUA_TNIL) cr.check = read_check(c, -1, f.table_loc("check"), def.what, f.node_of("check"));
    lua_pop(L, 1);
    s.criteria.push_back(std::move(cr));
}

// einde
void read_ending(Definition& def) {
    Ctx& c = def.c;
    core::Scenario& s = def.s;
    Fields f(c, def.index, def.loc, def.what, "einde", def.node);
    core::Ending e;
    e.id = def.id;
    e.loc = def.loc;
    e.title = f.text("titel");
    e.text = f.text("tekst");
    e.tone = f.str("toon");
    if (e.tone.empty()) e.tone = "gemengd";
    if (e.tone != "goed" && e.tone != "gemengd" && e.tone != "zorgelijk")
        f.error_at("toon", "'toon' van " + def.what + " is goed, gemengd of zorgelijk");
    s.endings.push_back(std::move(e));
}
// keuze "id" { ... } is read by the step it stands in (read_choice); a stray one is reported there.
void read_choice_definition(Definition&) {}

struct Reader {
    DefinitionKind kind;
    void (*read)(Definition&);
};
constexpr Reader kReaders[] = {
    {{"scenario", false}, read_meta},
    {{"referentie", false}, read_reference_definition},
    {{"persoon", true}, read_person},
    {{"document", true}, read_document},
    {{"feit", true}, read_fact},
    {{"variabele", true}, read_variable},
    {{"stap", true}, read_step},
    {{"keuze", true}, read_choice_definition},
    {{"einde", true}, read_ending},
    {{"criterium", true}, read_criterion},
    {{"reflectie", true}, read_reflection_point},
    {{"dossier", true}, read_dossier},
};
constexpr DefinitionKind kKinds[] = {
    {"scenario", false},
    {"referentie", false},
    {"persoon", true},
    {"document", true},
    {"feit", true},
    {"variabele", true},
    {"stap", true},
    {"keuze", true},
    {"einde", true},
    {"criterium", true},
    {"reflectie", true},
    {"dossier", true},
};
static_assert(std::size(kKinds) == std::size(kReaders));

}  // namespace

std::span<const DefinitionKind> definition_kinds() { return kKinds; }

void read_definition(Ctx& c, int index, core::Scenario& s, std::set<const void*>& used_choices) {
    lua_State* L = c.L;
    const std::string kind = tag_string(L, index, "__soort");
    const std::string id = tag_string(L, index, "__id");
    const SourceLoc loc{c.file, tag_line(L, index)};
    const std::string what = kind + " '" + id + "'";
    const SourceTable* node = c.source ? c.source->definition_at(loc.line) : nullptr;

    for (const Reader& r : kReaders) {
        if (kind != r.kind.kind) continue;
        Definition def{c, L, index, s, used_choices, kind, id, loc, what, node};
        r.read(def);
        return;
    }
}

}  // namespace lwp::scripting::loader_detail
