#include "core/fold/dossier.hpp"

#include <algorithm>
#include <array>

#include "core/fold/session.hpp"

namespace lwp::core {

namespace {
// The flaws, word for word from bron.werkwijze (bouwsteen Reflectie, "Patroon van de hulpverlening zoals
// dat in de oorspronkelijke dossieronderzoeken naar voren kwam"), pijlers; the success
// factors from bron.evaluatie ("3 voornaamste succesfactoren") and the principle of pijlers
constexpr std::array<DossierTag, 13> kTags{{
    {"meerdere_leefgebieden", "Hulp op veel leefgebieden tegelijk", "Help on many life domains at once",
     "“Inzet op problemen op meerdere leefgebieden”", false},
    {"positief_afgesloten", "Positief afgesloten door één aanbieder", "Closed “positively” by a single provider",
     "“Positief afsluiten door individuele zorgaanbieders”", false},
    {"geen_gedeelde_informatie", "Geen gedeelde informatie", "No shared information",
     "“Geen gedeelde informatie tussen actieve hulpverleners”", false},
    {"geen_tijdlijn", "Geen tijdlijn van eerdere hulp", "No timeline of earlier help",
     "“Geen of beperkte tijdslijn van eerder ingezette hulpverlening”", false},
    {"hulp_herhaald", "Dezelfde hulp herhaald", "The same help repeated", "“Repetitie van hulp op leefgebieden”", false},
    {"geen_patroonanalyse", "Geen analyse van het gezinspatroon", "No analysis of the family pattern",
     "“Geen analyse op gezinspatroon”", false},
    {"geen_reflectie", "Geen reflectie op oorzaak en gevolg", "No reflection on cause and effect",
     "“Geen reflectie oorzaak en gevolg”", false},
    {"geen_thermostaat", "Geen ‘thermostaat’", "No ‘thermostat’",
     "“Geen ‘thermostaat’ of we vooruit of achteruit gaan”", false},
    {"samen_met_gezin", "Samenwerking met het gezin", "Working together with the family",
     "“Er is meer samenwerking tussen de cliënten en de hulpverlening”", true},
    {"elkaars_expertise", "Elkaars expertise benut", "Each other's expertise used",
     "“De professionals plukken de vruchten van het wederzijds gebruik van elkaars expertise”", true},
    {"schone_overdracht", "Volledige, schone overdracht", "Complete, clean handover",
     "“Er is sprake van een vollediger, schone overdracht”", true},
    {"een_plan", "1 gezin, 1 plan, 1 regisseur", "1 family, 1 plan, 1 director", "“1 gezin, 1 plan, 1 regisseur”",
     true},
    {"gezin_op_tijdlijn", "Gezin denkt mee over de tijdlijn", "Family helps build the timeline",
     "“wordt actiever door meedoen aan tijdslijn”", true},
}};

std::string arg(const Action& a, const char* key) {
    auto it = a.args.find(key);
    return it == a.args.end() ? std::string() : it->second;
}

int tag_order(std::string_view id) {
    for (size_t i = 0; i < kTags.size(); ++i)
        if (kTags[i].id == id) return static_cast<int>(i);
    return static_cast<int>(kTags.size());
}
}  // namespace

std::span<const DossierTag> dossier_tags() { return kTags; }

const DossierTag* find_dossier_tag(std::string_view id) {
    for (const auto& t : kTags)
        if (t.id == id) return &t;
    return nullptr;
}

bool DossierWork::has(const std::string& event, std::string_view tag) const {
    auto it = tags.find(event);
    return it != tags.end() && std::find(it->second.begin(), it->second.end(), tag) != it->second.end();
}

bool is_dossier_action(const std::string& type) { return type == action_type::DossierTagOn || type == action_type::DossierTagOff; }

ApplyResult apply_dossier(SessionState& st, const Scenario& sc, const Action& a) {
    if (!sc.dossier_event(a.target)) return {false, "onbekende dossiergebeurtenis '" + a.target + "'"};
    const std::string tag = arg(a, "tag");
    if (!find_dossier_tag(tag)) return {false, "onbekend label '" + tag + "'"};
    auto& list = st.dossier.tags[a.target];
    const bool on = a.type == action_type::DossierTagOn;
    const bool had = std::find(list.begin(), list.end(), tag) != list.end();
    if (on == had) return {false, on ? "dit label staat er al" : "dit label staat er niet"};
    if (on) {
        list.push_back(tag);
        std::sort(list.begin(), list.end(), [](const std::string& x, const std::string& y) { return tag_order(x) < tag_order(y); });
    } else {
        std::erase(list, tag);
        if (list.empty()) st.dossier.tags.erase(a.target);
    }
    return {};
}

DossierScore score_dossier(const Scenario& sc, const DossierWork& work) {
    DossierScore out;
    static const std::vector<std::string> none;
    for (const auto& ev : sc.dossier) {
        DossierEventScore es;
        es.event = &ev;
        auto it = work.tags.find(ev.id);
        const std::vector<std::string>& mine = it == work.tags.end() ? none : it->second;
        for (const auto& t : ev.expert_tags) {
            const bool hit = std::find(mine.begin(), mine.end(), t) != mine.end();
            (hit ? es.found : es.missed).push_back(t);
            ++out.per_tag[t][hit ? 0 : 1];
        }
        for (const auto& t : mine)
            if (std::find(ev.expert_tags.begin(), ev.expert_tags.end(), t) == ev.expert_tags.end()) {
                es.extra.push_back(t);
                ++out.per_tag[t][2];
            }
        out.found += static_cast<int>(es.found.size());
        out.missed += static_cast<int>(es.missed.size());
        out.extra += static_cast<int>(es.extra.size());
        out.events.push_back(std::move(es));
    }
    return out;
}

}  // namespace lwp::core
