// Inside the sandbox (scripting/sandbox*.cpp only): the state the allocator, the hook and the
// library wrappers share, the markers the host classifies errors by, and the few functions the
// parts call in each other. See sandbox.cpp for the layers of defence and the longjmp discipline
// every function here keeps.
//
//   sandbox.cpp           the budget (hook, charge), the allocator, the message handler, Sandbox
//   sandbox_surface.cpp   which libraries a script sees and how each function is charged
//   sandbox_patterns.cpp  string.find/match/gmatch/gsub on the bounded matcher (lua_pattern)
//   sandbox_frozen.cpp    the globals made read-only after loading (Sandbox::freeze_globals)
#pragma once

#include "scripting/sandbox.hpp"

#include <lua.hpp>

#include <chrono>
#include <cstdint>
#include <cstddef>

namespace lwp::scripting::detail {

// Everything the allocator, hook and library wrappers share. Reached from any thread of the
// state through the allocator's user data (lua_getallocf).
struct SandboxState {
    SandboxLimits limits;
    lua_State* main = nullptr;

    // memory
    std::size_t in_use = 0;      // bytes currently allocated by the state
    std::size_t script_cap = 0;  // memory_bytes minus the host reserve
    bool host_mode = true;       // true outside script execution and inside the message handler
    bool ready = false;          // constructor done: host code between calls is never refused

    // budget of the current top-level call
    int depth = 0;                // nesting of Sandbox::enter; 0 = no call active
    std::uint64_t used = 0;       // VM instructions + charged work
    std::uint64_t allocated = 0;  // bytes allocated during the call (charged per 64)
    bool exhausted = false;       // budget exceeded: everything raises from now on
    std::uint64_t instruction_limit = 0;  // of this call: limits.instructions_per_call or a CallBudget's
    std::size_t call_memory_limit = SIZE_MAX;  // bytes this call may allocate (a CallBudget's)
    std::uint32_t charges = 0;    // charge() calls, to read the clock every 256th
    bool timed_out = false;       // ... because of the time net
    bool time_limited = false;
    std::int64_t deadline_ns = 0;  // in the calling thread's CPU time (thread_cpu_ns)
    std::uint32_t time_limit_ms = 0;  // of this call: limits.cpu_ms_per_call or a CallBudget's
    bool budget_spent = false;        // this call got less because the scenario's time budget is spent

    // time budget across calls (SandboxLimits::cpu_ms_burst)
    double bucket_ms = 0;
    std::chrono::steady_clock::time_point bucket_at{};

    // what went wrong during the current call, for classification
    bool host_oom = false;  // the host's own malloc failed (not the cap)
    bool mem_hit = false;
    bool pattern_hit = false;
    bool forbidden_hit = false;
};

inline constexpr std::uint64_t kAllocBytesPerInstruction = 64;  // memcpy-like work
inline constexpr std::uint64_t kScanBytesPerInstruction = 4;    // byte-by-byte parsing (tonumber, utf8.len)
// Markers the host uses to classify errors (the message of a limit error contains its marker).
inline constexpr const char* kInstructionMarker = "instructielimiet";
inline constexpr const char* kMemoryMarker = "geheugenlimiet";
inline constexpr const char* kPatternMarker = "patroon te complex";
inline constexpr const char* kForbiddenMarker = "niet toegestaan";
inline constexpr const char* kRandomSeedKey = "lwp.sandbox.randomseed";

inline SandboxState* state_of(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return static_cast<SandboxState*>(ud);
}

inline std::uint64_t sat_add(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t r = a + b;
    return r < a ? UINT64_MAX : r;
}

// A thread in which the hook raised an error runs with Lua's `allowhook` off until a pcall
// boundary restores it; code running there cannot be stopped. That happens in two places:
// an xpcall message handler (called at the raise point) and the __close handlers of a coroutine
// that died from the error (run by coroutine.close / coroutine.wrap). The hook marks such threads
// in their extra space so those two paths can refuse to run script code.
inline constexpr std::uintptr_t kPoisoned = 1;

inline void poison(lua_State* L) {
    *static_cast<std::uintptr_t*>(lua_getextraspace(L)) |= kPoisoned;
}
inline bool is_poisoned(lua_State* L) {
    return (*static_cast<std::uintptr_t*>(lua_getextraspace(L)) & kPoisoned) != 0;
}
inline void clear_poison(lua_State* L) {
    *static_cast<std::uintptr_t*>(lua_getextraspace(L)) &= ~kPoisoned;
}

// Whether the budget of the current call is spent; `check_clock`: reading the clock costs a
// system call, so charges look at it only now and then.
bool over_budget(SandboxState* st, bool check_clock);
// Marks the budget exhausted and raises. `level` is where the error is reported (0 in a hook,
// 1 in a C function called from Lua).
int raise_instructions(lua_State* L, SandboxState* st, int level);
void instruction_hook(lua_State* L, lua_Debug* ar);
// Charges `n` units of C-side work to the budget; raises when it is exceeded.
void charge(lua_State* L, SandboxState* st, std::uint64_t n);

// Runs the original library function (upvalue 1) in this frame. Only for originals without
// upvalues of their own (base, table and coroutine functions); it keeps xpcall yieldable.
inline int call_original(lua_State* L) {
    const lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    return original(L);
}

inline void set_function(lua_State* L, const char* name, lua_CFunction f) {
    lua_pushcfunction(L, f);
    lua_setfield(L, -2, name);
}

inline void remove_field(lua_State* L, const char* name) {
    lua_pushnil(L);
    lua_setfield(L, -2, name);
}

// Replaces table[name] (table on top) by `wrapper` with the original as upvalue 1.
inline void wrap_field(lua_State* L, const char* name, lua_CFunction wrapper) {
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, -2, name);
}

// sandbox_surface.cpp: opens the libraries and replaces or wraps what a script may call (run in
// a protected call by the constructor).
int setup_state(lua_State* L);
// sandbox_patterns.cpp: string.find, match, gmatch and gsub into the table on top.
void install_pattern_functions(lua_State* L);
// sandbox_frozen.cpp: rawset that refuses frozen tables, and freezing the globals.
int sb_rawset(lua_State* L);
int freeze_all(lua_State* L);

}  // namespace lwp::scripting::detail
