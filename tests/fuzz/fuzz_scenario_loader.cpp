// libFuzzer target: a scenario file (untrusted Lua DSL) through the loader, and when it loads,
// a short playthrough that evaluates its conditions. Any crash, sanitizer report, leak or hang
// (libFuzzer -timeout) is a finding. Run with `make fuzz`; see tests/fuzz/run.sh.
#include "core/fold/session.hpp"
#include "scripting/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace lwp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Small limits keep one execution fast; the limits themselves are tested in test_escapes.
    scripting::SandboxLimits limits;
    limits.memory_bytes = 8u << 20;
    limits.instructions_per_call = 200'000;
    limits.pattern_steps_per_call = 20'000;
    limits.max_string_bytes = 256u << 10;
    limits.cpu_ms_per_call = 1000;
    const std::string source(reinterpret_cast<const char*>(data), size);
    scripting::LoadedScenario loaded = scripting::load_scenario_source(source, "fuzz.lua", limits);
    if (!loaded.ok()) return 0;
    const core::Scenario& sc = *loaded.scenario;
    core::SessionState st = core::initial_state(sc);
    std::size_t index = 0;
    for (int turn = 0; turn < 16 && !st.finished(); ++turn) {
        for (const auto& doc : std::vector<std::string>(st.documents_available))
            core::apply(st, sc, loaded.runtime.get(), core::make_read(st.step, doc), index++);
        const auto choices = core::available_choices(st, sc, loaded.runtime.get());
        if (choices.empty()) break;
        const core::Choice* pick = choices[static_cast<std::size_t>(turn) % choices.size()];
        core::apply(st, sc, loaded.runtime.get(), core::make_choose(st.step, pick->id), index++);
    }
    loaded.runtime->take_errors();
    return 0;
}
