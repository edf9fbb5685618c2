// Reflection (bouwsteen Reflectie, bouwsteen.reflectie; bron.werkwijze "Reflectie"): the method's prompts,
// reflections as logged actions tied to the moment they are about, and the journal across
// sessions. Reflection is never scored, always kept: an edit is a new action, old texts stay.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/fold/analysis.hpp"
#include "core/model/case_date.hpp"
#include "core/model/scenario.hpp"

namespace lwp::core {

struct Session;
struct SessionState;

// The three dimensions of professionalism and their questions (bron.werkwijze, "Dimensies van
// professionaliteit"): id, Dutch name, English name.
std::span<const Term> reflection_dimensions();
std::span<const Term> reflection_dimension_questions();  // same order as the dimensions
// The three levels: "Doe ik het goed?", "Doe ik het goede?", "Doe ik het om de goede reden?".
std::span<const Term> reflection_levels();
// The questions of the building block (quality of help as parents and children experience it,
// the collaboration, the intention of Beter Samenspel) plus reflecting with the family (bron.onderzoek).
std::span<const Term> reflection_questions();
// With whom a reflection is discussed ("met"): alleen, collega, intervisie, supervisie, gezin
// (bouwsteen.reflectie: the forms of reflection; bron.onderzoek: with the family).
std::span<const Term> reflection_partners();

struct Reflection {
    std::string id;          // "r<action index>"
    std::string point;       // scenario reflection point id, or "" for a free reflection
    std::string step;        // where in the case
    std::string after_choice;  // the choice made just before, if any
    CaseDate date;           // the step's case date
    std::string dimension;   // reflection_dimensions() id or ""
    std::string level;       // reflection_levels() id or ""
    std::string with;        // with whom: "alleen", "collega", "supervisie", "gezin" ...
    std::string participant; // workshop: whose reflection (a participant, or kGroupReflection)
    std::vector<std::string> versions;  // texts, oldest first; the last is current
    size_t action = 0;       // the action that wrote it: a snapshot reference into the log
    const std::string& text() const { return versions.back(); }
};

// In a workshop's reflection round a reflection belongs to one participant or to the group.
inline constexpr const char* kGroupReflection = "groep";

// Applies "reflectie.schrijf" (args: tekst, dimensie, niveau, punt, met, deelnemer) and
// "reflectie.wijzig" (target: reflection id; args: tekst, and optionally dimensie/niveau).
bool is_reflection_action(const std::string& type);
struct ApplyResult;
struct Action;
ApplyResult apply_reflection(SessionState& state, const Scenario& scenario, const Action& action, size_t index);

// One reflection in the journal across all sessions.
struct JournalEntry {
    std::string session;
    std::string scenario;
    std::string scenario_title;
    std::int64_t when = 0;  // wall time of the writing action
    Reflection reflection;
    std::vector<std::string> building_blocks;  // from the reflection point, else the scenario's
};

struct JournalFilter {
    std::string scenario, building_block, dimension, level;
    std::string search;  // case-insensitive substring of the current text
};

std::vector<JournalEntry> build_journal(const std::vector<Session>& sessions, const ScenarioLookup& lookup);
std::vector<const JournalEntry*> filter_journal(const std::vector<JournalEntry>& journal, const JournalFilter& filter);

}  // namespace lwp::core
