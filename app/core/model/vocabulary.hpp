// The method's fixed vocabularies (ids as used in actions and scenario files, with their Dutch and
// English names): timeline lanes, pattern areas and questions, safety items and judgements,
// end-situation kinds, the text fields per board, tie kinds and the boards themselves.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/model/text.hpp"

namespace lwp::core {

// --- Fixed vocabularies of the method (ids as used in actions and scenario files) -------------

struct Term {
    std::string_view id;
    std::string_view nl;
    std::string_view en;
};

// Timeline lanes (bouwsteen.tijdlijn): life events, help given (with result), decisions, reports/concerns.
enum class Lane { LifeEvent, Help, Decision, Report };
std::span<const Term> lanes();
// Family-pattern areas (bouwsteen.gezinspatroon, the CAF/GIZ triangle plus the help pattern).
enum class PatternArea { ParentDevelopment, ParentBehaviour, ChildDevelopment, ChildBehaviour, HelpPattern };
std::span<const Term> pattern_areas();
// The method's interpretation questions for the pattern (bouwsteen.gezinspatroon).
std::span<const Term> pattern_questions();
// Immediate-safety items (bouwsteen.directe_veiligheid, ARIJ) and judgements.
std::span<const Term> safety_items();
enum class Judgement { Unknown, Safe, Unsafe, SecureNow };
std::span<const Term> judgements();  // index = Judgement
// End-situation item kinds (bouwsteen.stabiele_veiligheid, bouwsteen.haalbare_eindsituatie).
std::span<const Term> end_item_kinds();
// Text fields per board, addressed by id in "<board>.veld" actions.
std::span<const Term> timeline_fields();
std::span<const Term> safety_fields();
std::span<const Term> end_fields();
// Sociogram tie kinds and the boards themselves.
std::span<const Term> tie_kinds();
std::span<const Term> boards();

const Term* find_term(std::span<const Term> terms, std::string_view id);
int term_index(std::span<const Term> terms, std::string_view id);  // -1 if unknown
// A term's names as a Text (Dutch, English), for texts that core keeps and renders later.
inline Text term_text(const Term& t) { return Text{std::string(t.nl), std::string(t.en), 0, 0}; }

}  // namespace lwp::core
