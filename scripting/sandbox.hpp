// The Lua 5.4 sandbox every scenario runs in: whitelisted libraries, an instruction budget that
// pcall cannot swallow, a memory cap, text-only chunks and pattern functions with a step budget.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

struct lua_State;

namespace lwp::scripting {

// Limits per scenario state. Chosen so a real scenario (a few hundred KB of tables) never comes
// near them, and a hostile one is stopped within a fraction of a second.
struct SandboxLimits {
    std::size_t memory_bytes = 64u << 20;              // whole lua_State, via lua_Alloc
    std::uint64_t instructions_per_call = 20'000'000;  // VM instructions per top-level call
    std::uint64_t pattern_steps_per_call = 2'000'000;  // matcher steps per string.find/match/gsub/gmatch
    std::size_t max_string_bytes = 16u << 20;          // string.rep and concatenation results
    // Time net per top-level call, in the CPU time of the calling thread (time spent waiting for
    // a core on a busy machine does not count, so machine load never changes an answer). It only
    // matters for work the instruction count cannot see (e.g. comparing two 16 MB strings is one
    // VM instruction); a real scenario stays far below it. 0 switches it off.
    std::uint32_t cpu_ms_per_call = 1000;
    // Time per scenario, across calls: a budget of `cpu_ms_burst` ms of script (CPU) time that
    // refills at `cpu_ms_refill_per_s` ms per second of wall-clock time. While it lasts, a call may
    // take cpu_ms_per_call; once it is spent, a call gets what is left but at least 10 ms. Twenty
    // conditions that each run into the per-call limit then cost about one burst plus 10 ms each,
    // not twenty seconds per frame; a real scenario (microseconds per call) never notices, and the
    // instruction budget still resets per call. 0 switches it off (as does cpu_ms_per_call = 0).
    std::uint32_t cpu_ms_burst = 1500;
    std::uint32_t cpu_ms_refill_per_s = 250;
};

// The smaller budget of one call of a criterion's function (check or beoordeelbaar): a check reads
// the session view and decides, so a few thousand instructions are plenty; a check that needs more
// is broken and fails closed (authoring guide §16).
struct CallBudget {
    std::uint64_t instructions = 1'000'000;
    std::size_t memory_bytes = 4u << 20;  // bytes allocated during the call
    std::uint32_t cpu_ms = 250;  // CPU time of the calling thread, as SandboxLimits::cpu_ms_per_call
};

// Why a call failed; kind lets tests and the UI tell limits apart from ordinary script errors.
enum class ErrorKind { None, Syntax, Runtime, Instructions, Memory, Pattern, Forbidden };

struct CallResult {
    ErrorKind kind = ErrorKind::None;
    std::string message;  // Lua message plus traceback; empty when ok
    bool ok() const { return kind == ErrorKind::None; }
};

class Sandbox {
public:
    explicit Sandbox(SandboxLimits limits = {});
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    lua_State* state() const { return L_; }
    const SandboxLimits& limits() const { return limits_; }

    // Compiles `code` as text (binary chunks are refused) with chunk name "@<chunk_name>" so
    // messages read "file.lua:12: ...", then runs it under a fresh budget. Stack: unchanged.
    CallResult run_text(std::string_view code, const std::string& chunk_name);

    // Calls the function below `nargs` arguments on the stack under a fresh budget.
    // Stack: pops function + args, pushes `nresults` values on success, nothing on failure.
    CallResult call(int nargs, int nresults);
    // The same under a smaller budget (each limit is capped by the state's own limits).
    CallResult call(int nargs, int nresults, const CallBudget& budget);

    // Seeds math.random for this state (sessions store the seed, so replays are deterministic).
    void seed_random(std::uint64_t seed);

    // After loading: the globals and every table reachable from them through table fields
    // (except tables with a metatable of their own) become read-only (reads, # and pairs work;
    // a write raises "... niet toegestaan" at the writer's file:line), so a scenario function
    // cannot keep state between calls in a global. Moving the fields costs memory: a state
    // filled to its cap cannot be frozen, and the result says so.
    CallResult freeze_globals();

    std::size_t memory_in_use() const;

private:
    // The one way into Lua: message handler + lua_pcall + budget + error classification.
    // `host_call`: host code (seed_random) that may use the memory reserve kept for the host.
    CallResult enter(int nargs, int nresults, bool host_call = false, const CallBudget* budget = nullptr);

    lua_State* L_ = nullptr;
    SandboxLimits limits_;
    struct Accounting;
    Accounting* acc_ = nullptr;
};

}  // namespace lwp::scripting
