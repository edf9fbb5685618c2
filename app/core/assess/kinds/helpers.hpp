// What several kinds' evaluations share (the kinds' files in this folder): the choice records,
// the texts evidence quotes, the "Gekozen: ..." lines.
#pragma once

#include <climits>
#include <cstddef>
#include <map>
#include <span>
#include <string>

#include "core/assess/check_eval.hpp"

namespace lwp::core::kinds {

constexpr std::size_t kNoAction = SIZE_MAX;

constexpr const char* kChosen = "Gekozen: ";
constexpr const char* kInstead = "In plaats daarvan gekozen: ";
constexpr const char* kReferenceMissed = "score.evidence_reference_missed";
constexpr const char* kReferenceOther = "score.evidence_reference_other";

const ChoiceRecord* taken(const SessionState& st, const std::string& choice);
// The step that holds a choice id (choice ids are unique within a step; the first wins).
const Step* step_of_choice(const Scenario& sc, const std::string& choice);
// A text in quotes, in the reader's language: "‘…’".
Phrase in_quotes(Phrase p);
Phrase choice_text(const Scenario& sc, const ChoiceRecord& rec);
// A word of the program's vocabulary (core/model/vocabulary.hpp) in both languages; `nl` is what
// the Dutch line says (the term's name, or the id the case wrote).
Phrase term_text(std::span<const Term> terms, const std::string& id, bool nl_is_id = false);
std::string number(double v);
// "Gekozen: ‘…’" (or "In plaats daarvan gekozen: ‘…’"), with its message key for other languages.
Evidence chosen_evidence(const Scenario& sc, const ChoiceRecord& rec, bool instead = false);
Phrase fact_text(const Scenario& sc, const std::string& id);
Phrase step_title(const Scenario& sc, const std::string& id);
// veiligheidsplan, eind_velden, tijdlijn_velden: the fields `c` names filled in on a board.
CheckOutcome filled_fields(const Check& c, const std::map<std::string, std::string>& fields, std::span<const Term> terms);

// Index of the action that created an analysis item (its id is stable, its position is not).
template <typename Item>
std::size_t created_by(const Item& item) {
    return item.action;
}

}  // namespace lwp::core::kinds
