// libFuzzer target: a session file (JSON, possibly damaged or hostile) through the precheck and
// cereal. A refusal must come with a message; a file that loads must save and load again to the
// same session. Run with `make fuzz`; see tests/fuzz/run.sh.
#include "core/store/persistence.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace lwp;

namespace {
bool same(const core::Session& a, const core::Session& b) {
    if (a.id != b.id || a.scenario_id != b.scenario_id || a.scenario_version != b.scenario_version ||
        a.scenario_hash != b.scenario_hash || a.seed != b.seed || a.created != b.created || a.updated != b.updated ||
        a.actions != b.actions || a.forks.size() != b.forks.size())
        return false;
    for (std::size_t i = 0; i < a.forks.size(); ++i)
        if (a.forks[i].label != b.forks[i].label || a.forks[i].created != b.forks[i].created ||
            a.forks[i].actions != b.forks[i].actions)
            return false;
    return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string json(reinterpret_cast<const char*>(data), size);
    std::string error;
    const auto session = core::session_from_json(json, error);
    if (!session) {
        if (error.empty()) __builtin_trap();  // every refusal explains itself
        return 0;
    }
    std::string again_error;
    const auto again = core::session_from_json(core::session_to_json(*session), again_error);
    if (!again || !same(*session, *again)) __builtin_trap();  // what we write, we read back
    return 0;
}
