// The Lua 5.4 sandbox. Scenario files travel between trainers, so everything here assumes the
// script is hostile. Layers of defence:
//
//  * Allocation: a custom lua_Alloc keeps an exact in-use count and refuses growth past the cap.
//    Scripts may use the cap minus a small host reserve; the reserve is only for the message
//    handler and host bookkeeping, so error reporting still works when a script filled memory.
//    Host code between calls is never refused (Lua would panic outside a protected call).
//  * Instructions: a count hook (every kHookStep instructions, inherited by every coroutine)
//    adds to one budget per top-level call. Once exceeded the state is "exhausted": the hook of
//    the thread that noticed is set to fire on every instruction and every later hook or charge
//    raises again, so pcall/xpcall/coroutines cannot swallow it; the error reaches the host.
//  * Work the VM does not count is charged to the same budget: pattern matching steps, string.rep
//    output, load() input, allocated bytes, refused allocations (each one costs an emergency GC),
//    and table.insert/remove/move/concat/unpack/sort element counts (those loop in C and can be
//    made to run ~2^63 times). A CPU-time limit (of the calling thread, so machine load cannot
//    trip it) is the last net for per-instruction work that cannot be charged (e.g. == on two
//    long equal-length strings).
//  * Hooks off: Lua 5.4 runs no hooks inside finalizers, and none in a thread between an error
//    raised by the hook and the next pcall boundary. So metatables with __gc are refused, an
//    xpcall message handler is skipped once the budget is exhausted, and a coroutine killed by
//    the hook never runs its __close handlers (coroutine.wrap/close are replaced for that).
//    Lua code that runs outside a host call errors at its first instruction.
//  * Surface: only base (filtered), string, table, math, utf8 and coroutine; text chunks only;
//    no string.dump; the string metatable is protected (getmetatable("") is false); math.random
//    is seeded deterministically; print is a no-op; warnings are discarded.
//
// Longjmp discipline: Lua here is compiled as C, so lua_error/luaL_error longjmp. Every function
// that Lua calls (lua_CFunction, hook, allocator) keeps only trivially destructible objects on
// its frame. C++ objects (std::string) appear only in host-side code outside lua_pcall.
//
// The parts: this file (the budget, the allocator, the message handler, Sandbox),
// sandbox_surface.cpp, sandbox_patterns.cpp and sandbox_frozen.cpp; what they share is in
// sandbox_internal.hpp.
#include "scripting/sandbox_internal.hpp"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace lwp::scripting {

using namespace detail;

struct Sandbox::Accounting : detail::SandboxState {};

namespace detail {

namespace {

constexpr int kHookStep = 1000;                          // instructions between hook calls
constexpr std::size_t kHostReserveMax = 256u << 10;
constexpr const char* kLuaMemoryMessage = "not enough memory";
// What the host copies of an error message (the message handler's traceback included): a script
// may raise a 16 MB string.
constexpr std::size_t kMaxMessageBytes = 4096;
// A call's time limit once the scenario's time budget is spent: enough for any real condition
// (microseconds), little for one that runs into the limit.
constexpr double kSpentBudgetCallMs = 10;

// ---- budget -----------------------------------------------------------------------------

// CPU time of the calling thread. The time net counts only the time the script actually runs:
// the time a thread waits for a core on a busy machine does not count, so machine load never
// decides a scenario function's answer (architecture review §3.5).
std::int64_t thread_cpu_ns() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace

bool over_budget(SandboxState* st, bool check_clock) {
    if (st->exhausted) return true;
    const std::uint64_t total = sat_add(st->used, st->allocated / kAllocBytesPerInstruction);
    if (total > st->instruction_limit) return true;
    if (check_clock && st->time_limited && thread_cpu_ns() > st->deadline_ns) {
        st->timed_out = true;
        return true;
    }
    return false;
}

int raise_instructions(lua_State* L, SandboxState* st, int level) {
    st->exhausted = true;
    lua_sethook(L, instruction_hook, LUA_MASKCOUNT, 1);  // this thread: stop at every instruction
    luaL_where(L, level);
    if (st->timed_out && st->budget_spent) {
        lua_pushfstring(L, "%s overschreden: het tijdsbudget van dit scenario is op, deze aanroep kreeg %d ms rekentijd", kInstructionMarker,
                        static_cast<int>(st->time_limit_ms));
    } else if (st->timed_out) {
        lua_pushfstring(L, "%s overschreden: tijdslimiet van %d ms rekentijd per aanroep bereikt", kInstructionMarker,
                        static_cast<int>(st->time_limit_ms));
    } else {
        lua_pushfstring(L, "%s overschreden (%I instructies): oneindige lus?", kInstructionMarker,
                        static_cast<lua_Integer>(st->instruction_limit));
    }
    lua_concat(L, 2);
    return lua_error(L);
}

void instruction_hook(lua_State* L, lua_Debug*) {
    SandboxState* st = state_of(L);
    if (st->depth == 0) {  // Lua code outside a host call (a finalizer, a stray host lua_call)
        poison(L);
        lua_sethook(L, instruction_hook, LUA_MASKCOUNT, 1);
        luaL_where(L, 0);
        lua_pushfstring(L, "scriptcode buiten een aanroep van de host is %s", kForbiddenMarker);
        lua_concat(L, 2);
        lua_error(L);
        return;
    }
    const int count = lua_gethookcount(L);
    st->used = sat_add(st->used, static_cast<std::uint64_t>(count));
    if (over_budget(st, true)) {
        poison(L);
        raise_instructions(L, st, 0);
        return;
    }
    if (count != kHookStep) lua_sethook(L, instruction_hook, LUA_MASKCOUNT, kHookStep);
}

void charge(lua_State* L, SandboxState* st, std::uint64_t n) {
    if (st->depth == 0) return;  // host-side use, no budget active
    st->used = sat_add(st->used, n);
    const bool check_clock = n >= 4096 || (++st->charges & 0xFF) == 0;
    if (over_budget(st, check_clock)) raise_instructions(L, st, 1);
}

}  // namespace detail

namespace {

// ---- memory ----------------------------------------------------------------------------

void refuse_allocation(SandboxState* st) {
    st->mem_hit = true;
    if (st->depth > 0 && !st->host_mode) {
        // Lua runs a full emergency collection before every refusal reaches the script, so a
        // pcall loop around a failing allocation is expensive: charge it, and make the main
        // thread check the budget at its next instruction.
        st->used = sat_add(st->used, st->in_use / 16 + 10000);
        if (st->main != nullptr) lua_sethook(st->main, instruction_hook, LUA_MASKCOUNT, 1);
    }
}

void* sandbox_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* st = static_cast<SandboxState*>(ud);
    const std::size_t old = ptr != nullptr ? osize : 0;  // for new blocks osize is a type tag
    if (nsize == 0) {
        std::free(ptr);
        st->in_use -= old;
        return nullptr;
    }
    // Host code between calls (the loader reading definitions, the view built for a condition)
    // runs outside any lua_pcall, where a refused allocation makes Lua panic and abort the
    // program. Its size follows the scenario's data, not the script's will, so it is never
    // refused; the next script call then starts over the cap and fails with a memory error.
    const bool unprotected_host = st->ready && st->host_mode && st->depth == 0;
    if (nsize > old && !unprotected_host) {
        const std::size_t grow = nsize - old;
        const std::size_t cap = st->host_mode ? st->limits.memory_bytes : st->script_cap;
        const bool over_call = st->depth > 0 && !st->host_mode && st->allocated + grow > st->call_memory_limit;
        if (over_call || st->in_use > cap || grow > cap - st->in_use) {
            refuse_allocation(st);
            return nullptr;
        }
    }
    void* block = std::realloc(ptr, nsize);
    if (block == nullptr) {
        if (nsize <= old) {  // Lua assumes shrinking never fails: keep the old block
            st->in_use -= old - nsize;
            return ptr;
        }
        st->host_oom = true;  // reported as the computer's memory, not as a script limit
        st->mem_hit = true;
        return nullptr;
    }
    st->in_use = st->in_use - old + nsize;
    if (nsize > old) st->allocated += nsize - old;
    return block;
}

void discard_warning(void*, const char*, int) {}

// ---- message handler -----------------------------------------------------------------------

int message_handler(lua_State* L) {
    SandboxState* st = state_of(L);
    st->host_mode = true;  // the traceback may use the host reserve
    const char* msg = nullptr;
    const int t = lua_type(L, 1);
    if (t == LUA_TSTRING || t == LUA_TNUMBER) {
        msg = lua_tostring(L, 1);
    } else {  // no metamethods here: __tostring would be more hostile code in the handler
        msg = lua_pushfstring(L, "(foutobject is een %s-waarde)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}


int seed_function(lua_State* L) {
    lua_getfield(L, LUA_REGISTRYINDEX, kRandomSeedKey);
    lua_insert(L, 1);
    lua_call(L, 1, 0);
    return 0;
}

bool contains(const std::string& s, const char* needle) {
    return s.find(needle) != std::string::npos;
}

}  // namespace

// ---- Sandbox --------------------------------------------------------------------------------

Sandbox::Sandbox(SandboxLimits limits) : limits_(limits), acc_(new Accounting{}) {
    acc_->limits = limits_;
    acc_->instruction_limit = limits_.instructions_per_call;
    acc_->bucket_ms = limits_.cpu_ms_burst;
    acc_->bucket_at = std::chrono::steady_clock::now();
    const std::size_t reserve = std::min(limits_.memory_bytes / 8, kHostReserveMax);
    acc_->script_cap = limits_.memory_bytes - reserve;
    L_ = lua_newstate(sandbox_alloc, acc_);
    if (L_ == nullptr) {
        delete acc_;
        throw std::runtime_error("sandbox: lua_State past niet in de geheugenlimiet");
    }
    acc_->main = L_;
    clear_poison(L_);
    lua_setwarnf(L_, discard_warning, nullptr);
    lua_pushcfunction(L_, setup_state);
    if (lua_pcall(L_, 0, 0, 0) != LUA_OK) {
        lua_close(L_);
        delete acc_;
        throw std::runtime_error("sandbox: bibliotheken passen niet in de geheugenlimiet");
    }
    // Idle: any Lua instruction outside a host call raises at once.
    lua_sethook(L_, instruction_hook, LUA_MASKCOUNT, 1);
    acc_->ready = true;
}

Sandbox::~Sandbox() {
    acc_->depth = 0;
    acc_->host_mode = true;
    lua_close(L_);  // the allocator still needs acc_ here
    delete acc_;
}

CallResult Sandbox::enter(int nargs, int nresults, bool host_call, const CallBudget* budget) {
    lua_State* L = L_;
    const int base = lua_gettop(L) - nargs;  // index of the function
    assert(base >= 1);
    if (!lua_checkstack(L, 2)) {
        lua_settop(L, base - 1);
        return {ErrorKind::Memory, std::string(kMemoryMarker) + " overschreden: geen stapelruimte"};
    }
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);  // handler below the function

    const bool outer = acc_->depth == 0;
    const bool saved_host_mode = acc_->host_mode;
    using clock = std::chrono::steady_clock;
    const clock::time_point started = clock::now();
    const bool bucketed = outer && !host_call && limits_.cpu_ms_per_call > 0 && limits_.cpu_ms_burst > 0;
    if (bucketed) {
        // Refill the scenario's time budget for the (wall-clock) time since the last call.
        const double idle_s = std::chrono::duration<double>(started - acc_->bucket_at).count();
        acc_->bucket_ms = std::min<double>(limits_.cpu_ms_burst, acc_->bucket_ms + idle_s * limits_.cpu_ms_refill_per_s);
        acc_->bucket_at = started;
    }
    const std::int64_t cpu_started = bucketed ? thread_cpu_ns() : 0;
    if (outer) {
        acc_->used = 0;
        acc_->allocated = 0;
        acc_->exhausted = false;
        acc_->timed_out = false;
        acc_->host_oom = false;
        acc_->mem_hit = false;
        acc_->pattern_hit = false;
        acc_->forbidden_hit = false;
        acc_->instruction_limit = budget ? std::min(budget->instructions, limits_.instructions_per_call) : limits_.instructions_per_call;
        acc_->call_memory_limit = budget ? budget->memory_bytes : SIZE_MAX;
        std::uint32_t cpu_ms = limits_.cpu_ms_per_call;
        if (budget && budget->cpu_ms > 0) cpu_ms = cpu_ms > 0 ? std::min(cpu_ms, budget->cpu_ms) : budget->cpu_ms;
        // Once the scenario's time budget is spent, a call gets what is left but at least 10 ms:
        // real conditions (microseconds) still run, one that runs into the limit stops early.
        acc_->budget_spent = bucketed && cpu_ms > 0 && acc_->bucket_ms < cpu_ms;
        if (acc_->budget_spent) cpu_ms = static_cast<std::uint32_t>(std::max<double>(kSpentBudgetCallMs, acc_->bucket_ms));
        acc_->time_limited = cpu_ms > 0;
        acc_->time_limit_ms = cpu_ms;
        if (acc_->time_limited) acc_->deadline_ns = thread_cpu_ns() + static_cast<std::int64_t>(cpu_ms) * 1000000;
        clear_poison(L);
        lua_sethook(L, instruction_hook, LUA_MASKCOUNT, kHookStep);
    }
    acc_->host_mode = host_call;
    ++acc_->depth;
    const int status = lua_pcall(L, nargs, nresults, base);
    --acc_->depth;
    acc_->host_mode = outer ? true : saved_host_mode;
    if (bucketed) {
        acc_->bucket_ms -= static_cast<double>(thread_cpu_ns() - cpu_started) / 1e6;
        acc_->bucket_at = clock::now();
    }

    CallResult result;
    if (status != LUA_OK && acc_->host_oom) {
        // The computer's memory, not the scenario's cap: say so (it used to read as a runaway loop).
        lua_settop(L, base - 1);
        result.kind = ErrorKind::Memory;
        result.message = std::string(kMemoryMarker) +
                         ": het geheugen van de computer is op (een geheugenaanvraag van het programma mislukte), niet de limiet van het scenario";
    } else if (status == LUA_OK && acc_->exhausted) {
        // The script swallowed the limit error (e.g. coroutine.resume returned false) and
        // finished before the next hook: the call still counts as stopped.
        lua_settop(L, base - 1);
        result.kind = ErrorKind::Instructions;
        result.message =
            std::string(kInstructionMarker) + " overschreden; het script ving de fout op en eindigde daarna";
    } else if (status == LUA_OK) {
        lua_remove(L, base);
    } else {
        std::string msg = "(fout zonder tekst)";
        if (lua_type(L, -1) == LUA_TSTRING) {
            std::size_t len = 0;
            const char* text = lua_tolstring(L, -1, &len);
            msg.assign(text, std::min(len, kMaxMessageBytes));
            if (len > kMaxMessageBytes) msg += "… (ingekort)";
        }
        lua_settop(L, base - 1);
        if (acc_->exhausted) {
            result.kind = ErrorKind::Instructions;
            if (!contains(msg, kInstructionMarker)) {
                msg = std::string(kInstructionMarker) + " overschreden: " + msg;
            }
        } else if (status == LUA_ERRMEM || (acc_->mem_hit && (contains(msg, kLuaMemoryMessage) ||
                                                              contains(msg, kMemoryMarker) || status == LUA_ERRERR))) {
            result.kind = ErrorKind::Memory;
            if (!contains(msg, kMemoryMarker)) {
                const std::size_t cap = budget ? std::min(budget->memory_bytes, limits_.memory_bytes) : limits_.memory_bytes;
                msg = std::string(kMemoryMarker) + " overschreden (" + std::to_string(cap) + " bytes): " + msg;
            }
        } else if (acc_->pattern_hit && contains(msg, kPatternMarker)) {
            result.kind = ErrorKind::Pattern;
        } else if (acc_->forbidden_hit && contains(msg, kForbiddenMarker)) {
            result.kind = ErrorKind::Forbidden;
        } else {
            result.kind = ErrorKind::Runtime;
        }
        result.message = std::move(msg);
    }
    if (outer) {
        clear_poison(L);                                     // our lua_pcall restored allowhook on the main thread
        lua_sethook(L, instruction_hook, LUA_MASKCOUNT, 1);  // idle guard
    }

    // Stack guard: function + args replaced by the results (or nothing on failure).
    assert(nresults == LUA_MULTRET || lua_gettop(L) == base - 1 + (result.ok() ? nresults : 0));
    return result;
}

CallResult Sandbox::run_text(std::string_view code, const std::string& chunk_name) {
    const int top = lua_gettop(L_);
    const std::string name = "@" + chunk_name;
    const bool saved_host_mode = acc_->host_mode;
    acc_->host_mode = false;  // compiling script text counts against the script's memory
    const int status = luaL_loadbufferx(L_, code.data(), code.size(), name.c_str(), "t");
    acc_->host_mode = saved_host_mode;
    if (status != LUA_OK) {
        CallResult result;
        std::string msg = lua_type(L_, -1) == LUA_TSTRING ? lua_tostring(L_, -1) : "";
        lua_settop(L_, top);
        if (status == LUA_ERRMEM) {
            result.kind = ErrorKind::Memory;
            msg = std::string(kMemoryMarker) + " overschreden bij het laden: " + msg;
        } else {
            result.kind = ErrorKind::Syntax;
        }
        result.message = std::move(msg);
        return result;
    }
    CallResult result = enter(0, 0);
    assert(lua_gettop(L_) == top);
    return result;
}

CallResult Sandbox::call(int nargs, int nresults) {
    return enter(nargs, nresults);
}

CallResult Sandbox::call(int nargs, int nresults, const CallBudget& budget) {
    return enter(nargs, nresults, false, &budget);
}

CallResult Sandbox::freeze_globals() {
    lua_pushcfunction(L_, freeze_all);
    return enter(0, 0, true);
}

void Sandbox::seed_random(std::uint64_t seed) {
    lua_pushcfunction(L_, seed_function);
    lua_pushinteger(L_, static_cast<lua_Integer>(seed));
    // Cannot fail short of the host reserve itself being used up: math.randomseed only reads
    // its arguments and the generator state.
    [[maybe_unused]] const CallResult r = enter(1, 0, true);
}

std::size_t Sandbox::memory_in_use() const {
    return acc_->in_use;
}

}  // namespace lwp::scripting
