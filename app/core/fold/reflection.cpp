#include "core/fold/reflection.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/fold/session.hpp"

namespace lwp::core {

namespace {
// bron.werkwijze, bouwsteen Reflectie: "Dimensies van professionaliteit" and the three levels.
constexpr std::array<Term, 3> kDimensions{{
    {"technisch_instrumenteel", "Technisch-instrumenteel", "Technical-instrumental"},
    {"normatief", "Normatief", "Normative"},
    {"persoonlijk", "Persoonlijk", "Personal"},
}};
constexpr std::array<Term, 3> kDimensionQuestions{{
    {"technisch_instrumenteel", "Werk ik effectief en efficiënt? Gebruik ik de juiste methoden en richtlijnen? Kan ik uitleggen wat ik doe en waarom?",
     "Do I work effectively and efficiently? Do I use the right methods and guidelines? Can I explain what I do and why?"},
    {"normatief", "Welke normen en waarden sturen mijn handelen? Maak ik de juiste afwegingen, en hoe komen die tot stand?",
     "Which norms and values steer my actions? Do I make the right considerations, and how do they come about?"},
    {"persoonlijk", "Wat denk, voel en wil ik? Is mijn handelen echt?", "What do I think, feel and want? Is my action genuine?"},
}};
constexpr std::array<Term, 3> kLevels{{
    {"goed", "Doe ik het goed?", "Am I doing it well?"},
    {"goede", "Doe ik het goede?", "Am I doing the right thing?"},
    {"goede_reden", "Doe ik het om de goede reden?", "Am I doing it for the right reason?"},
}};
// bouwsteen.reflectie and bron.onderzoek (reflection with the family; how, with whom and when).
constexpr std::array<Term, 5> kQuestions{{
    {"kwaliteit", "Neemt de kwaliteit van de hulp toe, zoals ouders en kinderen die ervaren?",
     "Does the quality of help increase, as parents and children experience it?"},
    {"samenwerking", "Hoe ervaar ik de samenwerking met de andere professionals: wat gaat goed, wat kan beter?",
     "How do I experience the collaboration with the other professionals: what goes well, what can be better?"},
    {"bedoeling", "Past wat ik doe bij de bedoeling: kinderen groeien duurzaam veilig op, met de hoogste kwaliteit van zorg?",
     "Does what I do fit the intention: children grow up safely for good, with the highest quality of care?"},
    {"met_gezin", "Hoe zou ik hierop reflecteren mét het gezin? Wat zouden de ouders en de kinderen zeggen?",
     "How would I reflect on this with the family? What would the parents and the children say?"},
    {"met_wie", "Met wie bespreek ik dit: supervisie, intervisie, een collega, het gezin? Wanneer?",
     "With whom do I discuss this: supervision, peer review, a colleague, the family? When?"},
}};

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
// With whom a reflection was (or will be) discussed.
constexpr Term kWith[] = {
    {"alleen", "Alleen", "On my own"},
    {"collega", "Met een collega", "With a colleague"},
    {"intervisie", "Intervisie", "Peer review"},
    {"supervisie", "Supervisie", "Supervision"},
    {"gezin", "Met het gezin", "With the family"},
};

}  // namespace

std::span<const Term> reflection_dimensions() { return kDimensions; }
std::span<const Term> reflection_dimension_questions() { return kDimensionQuestions; }
std::span<const Term> reflection_levels() { return kLevels; }
std::span<const Term> reflection_questions() { return kQuestions; }
std::span<const Term> reflection_partners() { return kWith; }

bool is_reflection_action(const std::string& type) { return type == "reflectie.schrijf" || type == "reflectie.wijzig"; }

ApplyResult apply_reflection(SessionState& st, const Scenario& sc, const Action& a, size_t index) {
    auto arg = [&](const char* k) {
        auto it = a.args.find(k);
        return it == a.args.end() ? std::string() : it->second;
    };
    const std::string dimension = arg("dimensie"), level = arg("niveau");
    if (!dimension.empty() && !find_term(reflection_dimensions(), dimension)) return {false, "onbekende dimensie '" + dimension + "'"};
    if (!level.empty() && !find_term(reflection_levels(), level)) return {false, "onbekend niveau '" + level + "'"};
    if (arg("tekst").empty()) return {false, "een reflectie heeft tekst nodig"};
    if (a.type == "reflectie.wijzig") {
        for (auto& r : st.reflections) {
            if (r.id != a.target) continue;
            r.versions.push_back(arg("tekst"));  // the old text stays: history is kept
            if (!dimension.empty()) r.dimension = dimension;
            if (!level.empty()) r.level = level;
            return {};
        }
        return {false, "onbekende reflectie '" + a.target + "'"};
    }
    Reflection r;
    r.id = created_id(a, index);
    for (const auto& other : st.reflections)
        if (other.id == r.id) return {false, "id '" + r.id + "' bestaat al"};
    r.point = arg("punt");
    if (!r.point.empty() && !sc.reflection_point(r.point)) return {false, "onbekend reflectiemoment '" + r.point + "'"};
    r.step = st.step.empty() ? (st.path.empty() ? "" : st.path.back()) : st.step;
    if (!st.choices.empty()) r.after_choice = st.choices.back().choice;
    if (const Step* step = sc.step(r.step)) r.date = step->date;
    r.dimension = dimension;
    r.level = level;
    r.with = arg("met");
    r.participant = arg("deelnemer");
    if (!r.participant.empty() && r.participant != kGroupReflection && !st.workshop.has_participant(r.participant))
        return {false, "'" + r.participant + "' is geen deelnemer van deze workshop"};
    r.versions.push_back(arg("tekst"));
    r.action = index;
    st.reflections.push_back(std::move(r));
    if (!st.reflections.back().point.empty()) std::erase(st.reflection_due, st.reflections.back().point);
    return {};
}

std::vector<JournalEntry> build_journal(const std::vector<Session>& sessions, const ScenarioLookup& lookup) {
    std::vector<JournalEntry> out;
    for (const auto& s : sessions) {
        const Scenario* sc = nullptr;
        ScriptHost* host = nullptr;
        if (!lookup(s.scenario_id, sc, host) || !sc) continue;
        ReplayResult r = replay(*sc, host, s);
        for (const auto& refl : r.state.reflections) {
            JournalEntry e;
            e.session = s.id;
            e.scenario = s.scenario_id;
            e.scenario_title = sc->meta.title.nl;
            e.when = refl.action < s.actions.size() ? s.actions[refl.action].at : s.updated;
            e.reflection = refl;
            const ReflectionPoint* rp = sc->reflection_point(refl.point);
            e.building_blocks = rp && !rp->building_blocks.empty() ? rp->building_blocks : sc->meta.building_blocks;
            out.push_back(std::move(e));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const JournalEntry& a, const JournalEntry& b) { return a.when > b.when; });
    return out;
}

std::vector<const JournalEntry*> filter_journal(const std::vector<JournalEntry>& journal, const JournalFilter& f) {
    std::vector<const JournalEntry*> out;
    const std::string needle = lower(f.search);
    for (const auto& e : journal) {
        if (!f.scenario.empty() && e.scenario != f.scenario) continue;
        if (!f.dimension.empty() && e.reflection.dimension != f.dimension) continue;
        if (!f.level.empty() && e.reflection.level != f.level) continue;
        if (!f.building_block.empty() &&
            std::find(e.building_blocks.begin(), e.building_blocks.end(), f.building_block) == e.building_blocks.end())
            continue;
        if (!needle.empty() && lower(e.reflection.text()).find(needle) == std::string::npos) continue;
        out.push_back(&e);
    }
    return out;
}

}  // namespace lwp::core
