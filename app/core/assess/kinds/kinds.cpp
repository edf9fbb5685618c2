// The table of the check kinds' operations (kinds.hpp): one row per kind, in the order of
// core/model/check_kinds.def. The rows are named here (no self-registering statics: lwp_core is a
// static library, and an object nothing refers to would be left out of the program).
#include "core/assess/kinds/kinds.hpp"

#include <array>

#include "core/model/check_kinds.hpp"

namespace lwp::core::kinds {

extern const KindOps ops_Cadence;
extern const KindOps ops_Comparison;
extern const KindOps ops_PatternSentence;
extern const KindOps ops_TimelineFields;
extern const KindOps ops_EndFields;
extern const KindOps ops_EndItems;
extern const KindOps ops_ReflectionWritten;
extern const KindOps ops_SafetyPlan;
extern const KindOps ops_SafetyScore;
extern const KindOps ops_SafetyBeforePattern;
extern const KindOps ops_PatternLink;
extern const KindOps ops_PatternFactor;
extern const KindOps ops_ChildrenSpoken;
extern const KindOps ops_Aanleiding;
extern const KindOps ops_TimelineOrder;
extern const KindOps ops_OnTimeline;
extern const KindOps ops_History;
extern const KindOps ops_Variable;
extern const KindOps ops_ChoiceBefore;
extern const KindOps ops_ChoiceNotTaken;
extern const KindOps ops_ChoiceTaken;

// The kinds whose code is still in check_eval.cpp (its Evaluator), scenario.cpp (validation) and
// scripting/loader_read.cpp (reading).
CheckOutcome legacy_eval(Evaluation& e, const Check& c);
bool legacy_assessable(const Evaluation& e, const Check& c);
namespace {
const KindOps kLegacy{nullptr, nullptr, legacy_eval, legacy_assessable};
}

namespace {

using K = Check::Kind;

// In the order of core/model/check_kinds.def (its rows: core::kinds::check_kinds()).
const std::array<const KindOps*, static_cast<std::size_t>(K::Cadence) + 1> kOps{
    &ops_ChoiceTaken, // ChoiceTaken
    &ops_ChoiceNotTaken, // ChoiceNotTaken
    &ops_ChoiceBefore, // ChoiceBefore
    &ops_Variable, // Variable
    &ops_OnTimeline, // OnTimeline
    &ops_TimelineOrder, // TimelineOrder
    &ops_Aanleiding, // Aanleiding
    &ops_ChildrenSpoken, // ChildrenSpoken
    &ops_PatternFactor, // PatternFactor
    &ops_PatternLink, // PatternLink
    &ops_SafetyBeforePattern, // SafetyBeforePattern
    &ops_SafetyScore, // SafetyScore
    &ops_SafetyPlan, // SafetyPlan
    &ops_ReflectionWritten, // ReflectionWritten
    &ops_History, // History
    &ops_Cadence,   // Cadence
    &ops_EndItems, // EndItems
    &ops_EndFields, // EndFields
    &ops_TimelineFields, // TimelineFields
    &ops_PatternSentence, // PatternSentence
    &ops_Comparison, // Comparison
    &kLegacy,       // All
    &kLegacy,       // Any
    &kLegacy,       // Script
};

}  // namespace

const KindOps& ops(Check::Kind kind) { return *kOps[check_kind_index(kind)]; }

void read_check_fields(FieldReader& f, const std::string& where, CheckParts& parts) {
    for (const KindOps* row : kOps)
        if (row->read) row->read(f, where, parts);
}

void validate_check(const Check& c, CheckValidation& v) {
    if (const auto validate = ops(c.kind).validate) validate(c, v);
}

CheckOutcome Evaluation::eval(const Check& c) { return ops(c.kind).eval(*this, c); }

bool Evaluation::assessable(const Check& c) const { return ops(c.kind).assessable(*this, c); }

}  // namespace lwp::core::kinds
