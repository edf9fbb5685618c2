// A function of the case as the check: met, evidence; a failure breaks the criterion (it fails
// closed). The loader reads it (a Lua function, not a table's key), so it has no `read`.
#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

CheckOutcome eval(Evaluation& e, const Check& c) {
    CheckOutcome o;
    std::string text;
    std::optional<bool> r = e.host ? e.host->eval_check(c.script, e.st, text) : std::nullopt;
    if (!r) {
        e.fail(e.host ? e.host->last_failure() : "geen scriptomgeving om de check uit te voeren");
        return o;
    }
    o.met = *r;
    if (!text.empty()) o.evidence.push_back({kNoAction, text});
    return o;
}

bool assessable(const Evaluation&, const Check&) { return true; }

}  // namespace

extern const KindOps ops_Script{nullptr, nullptr, eval, assessable};

}  // namespace lwp::core::kinds
