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
#include "scripting/sandbox.hpp"

#include "scripting/lua_pattern.hpp"

#include <lua.hpp>

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

namespace detail {

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

}  // namespace detail

struct Sandbox::Accounting : detail::SandboxState {};

namespace {

using detail::SandboxState;

constexpr int kHookStep = 1000;                          // instructions between hook calls
constexpr std::uint64_t kAllocBytesPerInstruction = 64;  // memcpy-like work
constexpr std::uint64_t kScanBytesPerInstruction = 4;    // byte-by-byte parsing (tonumber, utf8.len)
constexpr std::size_t kHostReserveMax = 256u << 10;

// Markers the host uses to classify errors (the message of a limit error contains its marker).
constexpr const char* kInstructionMarker = "instructielimiet";
constexpr const char* kMemoryMarker = "geheugenlimiet";
constexpr const char* kPatternMarker = "patroon te complex";
constexpr const char* kForbiddenMarker = "niet toegestaan";
constexpr const char* kLuaMemoryMessage = "not enough memory";
// What the host copies of an error message (the message handler's traceback included): a script
// may raise a 16 MB string.
constexpr std::size_t kMaxMessageBytes = 4096;
// A call's time limit once the scenario's time budget is spent: enough for any real condition
// (microseconds), little for one that runs into the limit.
constexpr double kSpentBudgetCallMs = 10;
// Private key in the metatables sb_setmetatable installs (see there): a light userdata, so no
// script can name it.
const char kSealedMarker = 0;

constexpr const char* kRandomSeedKey = "lwp.sandbox.randomseed";
constexpr const char* kFrozenKey = "lwp.sandbox.frozen";  // set of tables frozen by freeze_globals
constexpr const char* kErrErrKey = "lwp.sandbox.errerr";

SandboxState* state_of(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return static_cast<SandboxState*>(ud);
}

std::uint64_t sat_add(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t r = a + b;
    return r < a ? UINT64_MAX : r;
}

// A thread in which the hook raised an error runs with Lua's `allowhook` off until a pcall
// boundary restores it; code running there cannot be stopped. That happens in two places:
// an xpcall message handler (called at the raise point) and the __close handlers of a coroutine
// that died from the error (run by coroutine.close / coroutine.wrap). The hook marks such threads
// in their extra space so those two paths can refuse to run script code.
constexpr std::uintptr_t kPoisoned = 1;

void poison(lua_State* L) {
    *static_cast<std::uintptr_t*>(lua_getextraspace(L)) |= kPoisoned;
}
bool is_poisoned(lua_State* L) {
    return (*static_cast<std::uintptr_t*>(lua_getextraspace(L)) & kPoisoned) != 0;
}
void clear_poison(lua_State* L) {
    *static_cast<std::uintptr_t*>(lua_getextraspace(L)) &= ~kPoisoned;
}

// ---- budget -----------------------------------------------------------------------------

// CPU time of the calling thread. The time net counts only the time the script actually runs:
// the time a thread waits for a core on a busy machine does not count, so machine load never
// decides a scenario function's answer (architecture review §3.5).
std::int64_t thread_cpu_ns() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// `check_clock`: reading the clock costs a system call, so charges look at it only now and then.
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

void instruction_hook(lua_State* L, lua_Debug* ar);

// Marks the budget exhausted and raises. `level` is where the error is reported (0 in a hook,
// 1 in a C function called from Lua).
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

// Charges `n` units of C-side work to the budget; raises when it is exceeded.
void charge(lua_State* L, SandboxState* st, std::uint64_t n) {
    if (st->depth == 0) return;  // host-side use, no budget active
    st->used = sat_add(st->used, n);
    const bool check_clock = n >= 4096 || (++st->charges & 0xFF) == 0;
    if (over_budget(st, check_clock)) raise_instructions(L, st, 1);
}

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

// Runs the original library function (upvalue 1) in this frame. Only for originals without
// upvalues of their own (base, table and coroutine functions); it keeps xpcall yieldable.
int call_original(lua_State* L) {
    const lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    return original(L);
}

// ---- base library replacements -----------------------------------------------------------

int sb_print(lua_State*) {
    return 0;
}

// load(chunk [, chunkname [, mode [, env]]]): text chunks from a string only.
int sb_load(lua_State* L) {
    SandboxState* st = state_of(L);
    if (lua_type(L, 1) != LUA_TSTRING) {
        st->forbidden_hit = true;
        return luaL_error(L, "load: alleen tekst uit een string; een %s als bron is %s", luaL_typename(L, 1),
                          kForbiddenMarker);
    }
    std::size_t len = 0;
    const char* chunk = lua_tolstring(L, 1, &len);
    const char* name = luaL_optstring(L, 2, chunk);
    const char* mode = luaL_optstring(L, 3, "bt");
    charge(L, st, len + 1);  // compiling is C work proportional to the text
    if (std::strchr(mode, 't') == nullptr) {
        luaL_pushfail(L);
        lua_pushfstring(L, "attempt to load a text chunk (mode is '%s')", mode);
        return 2;
    }
    if (luaL_loadbufferx(L, chunk, len, name, "t") != LUA_OK) {
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;  // fail, message
    }
    if (!lua_isnone(L, 4)) {  // explicit environment (default: the sandbox globals)
        lua_pushvalue(L, 4);
        if (lua_setupvalue(L, -2, 1) == nullptr) lua_pop(L, 1);
    }
    return 1;
}

// setmetatable(t, mt) refusing metatables with __gc or __mode: finalizers run with hooks off,
// outside the budget, possibly during lua_close; weak tables (__mode) make the collector's atomic
// phase do work no budget sees (an ephemeron table of 100k entries took one load 74 s). Lua
// reads __mode from the metatable at every collection, so refusing it here is not enough on its
// own: the table gets a sealed copy of `mt` as its real metatable, and the copy's __metatable is
// `mt` itself, so getmetatable(t) still returns mt but adding __mode or __gc to mt later changes
// nothing. (Metamethods added to mt after setmetatable therefore do not apply; the authoring
// guide §12 says so.)
int sb_setmetatable(lua_State* L) {
    const int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (t == LUA_TTABLE) {
        for (const char* field : {"__gc", "__mode"}) {
            lua_pushstring(L, field);
            const bool has = lua_rawget(L, 2) != LUA_TNIL;
            lua_pop(L, 1);
            if (has) {
                state_of(L)->forbidden_hit = true;
                return luaL_error(L, "setmetatable: een metatabel met %s (%s) is %s", field,
                                  field[2] == 'g' ? "finalizer" : "zwakke tabel", kForbiddenMarker);
            }
        }
    }
    if (lua_getmetatable(L, 1)) {  // the real metatable: a sealed copy from here, or protected
        lua_pushlightuserdata(L, const_cast<char*>(&kSealedMarker));
        const bool replaceable = lua_rawget(L, -2) == LUA_TBOOLEAN && lua_toboolean(L, -1);
        lua_pop(L, 1);
        lua_pushliteral(L, "__metatable");
        const bool guarded = lua_rawget(L, -2) != LUA_TNIL;
        lua_pop(L, 2);
        if (guarded && !replaceable) return luaL_error(L, "cannot change a protected metatable");
    }
    lua_settop(L, 2);
    if (t == LUA_TNIL) {
        lua_setmetatable(L, 1);
        return 1;
    }
    lua_newtable(L);  // 3: the sealed copy
    std::uint64_t entries = 1;
    bool protects = false;
    lua_pushnil(L);
    while (lua_next(L, 2) != 0) {
        if (lua_type(L, -2) == LUA_TSTRING && std::strcmp(lua_tostring(L, -2), "__metatable") == 0) protects = true;
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, 3);
        ++entries;
    }
    charge(L, state_of(L), entries);
    if (!protects) {
        lua_pushvalue(L, 2);
        lua_setfield(L, 3, "__metatable");
    }
    lua_pushlightuserdata(L, const_cast<char*>(&kSealedMarker));
    lua_pushboolean(L, !protects);  // replaceable unless the script protected it
    lua_rawset(L, 3);
    lua_setmetatable(L, 1);
    lua_settop(L, 1);
    return 1;
}

// tostring(v) without addresses: a table, function or coroutine without __tostring is its type
// name ("table"), not "table: 0x55d0c2a4f2b0" (case texts must not carry heap or code addresses).
int sb_tostring(lua_State* L) {
    luaL_checkany(L, 1);
    const int t = lua_type(L, 1);
    if (t == LUA_TTABLE || t == LUA_TFUNCTION || t == LUA_TTHREAD || t == LUA_TUSERDATA || t == LUA_TLIGHTUSERDATA) {
        if (luaL_getmetafield(L, 1, "__tostring") == LUA_TNIL) {
            lua_pushstring(L, luaL_typename(L, 1));
            return 1;
        }
        lua_pop(L, 1);
    }
    return call_original(L);
}

// string.format without addresses: %p is refused, and %s of a value without __tostring becomes
// its type name (as in sb_tostring). Upvalue 1: the original string.format.
int sb_format(lua_State* L) {
    std::size_t len = 0;
    const char* fmt = luaL_checklstring(L, 1, &len);
    charge(L, state_of(L), 1 + len + static_cast<std::uint64_t>(lua_gettop(L)));
    int arg = 1;
    for (std::size_t i = 0; i < len; ++i) {
        if (fmt[i] != '%') continue;
        if (++i < len && fmt[i] == '%') continue;
        while (i < len && std::strchr("-+ #0123456789.", fmt[i]) != nullptr) ++i;  // flags, width, precision
        if (i >= len) break;
        ++arg;
        if (fmt[i] == 'p') {
            state_of(L)->forbidden_hit = true;
            return luaL_error(L, "string.format: %%p (een geheugenadres) is %s", kForbiddenMarker);
        }
        if (fmt[i] == 's' && arg <= lua_gettop(L)) {
            const int t = lua_type(L, arg);
            if (t != LUA_TSTRING && t != LUA_TNUMBER && t != LUA_TBOOLEAN && t != LUA_TNIL) {
                if (luaL_getmetafield(L, arg, "__tostring") == LUA_TNIL) {
                    lua_pushstring(L, luaL_typename(L, arg));
                    lua_replace(L, arg);
                } else lua_pop(L, 1);
            }
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

// math.randomseed(x [, y]): the argument is required, so sessions stay replayable.
// (The original keeps its generator state in an upvalue, so it is called with lua_call.)
int sb_randomseed(lua_State* L) {
    luaL_checkinteger(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// ---- xpcall and coroutines: no script code where hooks are off ----------------------------

// Message handler installed by xpcall around the script's handler. When the budget is exhausted
// the error may come from the hook, and the handler would run with hooks off: skip it.
int guarded_handler(lua_State* L) {
    if (state_of(L)->exhausted) {
        lua_settop(L, 1);
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

// xpcall(f, msgh, ...): upvalue 1 is the original xpcall.
int sb_xpcall(lua_State* L) {
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, guarded_handler, 1);
    lua_replace(L, 2);
    return call_original(L);
}

// coroutine.close(co): upvalue 1 is the original. A coroutine killed by the hook keeps its
// to-be-closed variables unclosed (their __close would run with hooks off).
int sb_coclose(lua_State* L) {
    lua_State* co = lua_tothread(L, 1);
    if (co != nullptr && is_poisoned(co) && lua_status(co) != LUA_OK) {
        luaL_pushfail(L);
        lua_pushfstring(L, "coroutine gestopt door de %s; __close wordt niet uitgevoerd", kInstructionMarker);
        return 2;
    }
    return call_original(L);
}

// The function returned by coroutine.wrap. Upvalues: the coroutine, the original
// coroutine.resume. Same behaviour as Lua's own wrap, except for poisoned coroutines.
int wrap_step(lua_State* L) {
    lua_State* co = lua_tothread(L, lua_upvalueindex(1));
    const int nargs = lua_gettop(L);
    luaL_checkstack(L, 2, "too many arguments to resume");
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 2);  // resume, co, args...
    lua_call(L, nargs + 1, LUA_MULTRET);
    if (lua_toboolean(L, 1)) {
        lua_remove(L, 1);
        return lua_gettop(L);
    }
    int status = lua_status(co);
    if (status != LUA_OK && status != LUA_YIELD && !is_poisoned(co)) {  // error in the coroutine
        status = lua_resetthread(co);                                   // close its to-be-closed variables
        lua_xmove(co, L, 1);                                            // the error after closing
    }
    if (status != LUA_ERRMEM && lua_type(L, -1) == LUA_TSTRING) {
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

// coroutine.wrap(f): upvalue 1 is the original coroutine.resume.
int sb_cowrap(lua_State* L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State* co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushcclosure(L, wrap_step, 2);
    return 1;
}

// ---- table library: charge element counts, then run the original ---------------------------

// Length as the table library will see it (honouring __len); false for non-table arguments,
// which the original function rejects with its own message.
bool length_of(lua_State* L, int idx, lua_Integer* len) {
    const int t = lua_type(L, idx);
    if (t != LUA_TTABLE && t != LUA_TUSERDATA) return false;
    if (t == LUA_TTABLE && !lua_getmetatable(L, idx)) {
        *len = static_cast<lua_Integer>(lua_rawlen(L, idx));
        return true;
    }
    if (t == LUA_TTABLE) lua_pop(L, 1);
    *len = luaL_len(L, idx);
    return true;
}

// Number of elements in [from, to], 0 when empty; no signed overflow.
std::uint64_t span(lua_Integer from, lua_Integer to) {
    if (to < from) return 0;
    return static_cast<std::uint64_t>(static_cast<lua_Unsigned>(to) - static_cast<lua_Unsigned>(from)) + 1;
}

bool opt_integer(lua_State* L, int idx, lua_Integer def, lua_Integer* out) {
    if (lua_isnoneornil(L, idx)) {
        *out = def;
        return true;
    }
    int ok = 0;
    *out = lua_tointegerx(L, idx, &ok);
    return ok != 0;
}

int tbl_insert(lua_State* L) {
    lua_Integer len = 0;
    lua_Integer pos = 0;
    std::uint64_t n = 1;
    if (lua_gettop(L) == 3 && length_of(L, 1, &len) && opt_integer(L, 2, 0, &pos) && pos >= 1) {
        n = sat_add(n, span(pos, len));  // elements shifted up
    }
    charge(L, state_of(L), n);
    return call_original(L);
}

int tbl_remove(lua_State* L) {
    lua_Integer len = 0;
    lua_Integer pos = 0;
    std::uint64_t n = 1;
    if (length_of(L, 1, &len) && opt_integer(L, 2, len, &pos) && pos >= 1) {
        n = sat_add(n, span(pos, len));  // elements shifted down
    }
    charge(L, state_of(L), n);
    return call_original(L);
}

int tbl_move(lua_State* L) {
    int ok_f = 0;
    int ok_e = 0;
    const lua_Integer f = lua_tointegerx(L, 2, &ok_f);
    const lua_Integer e = lua_tointegerx(L, 3, &ok_e);
    std::uint64_t n = 1;
    if (ok_f && ok_e) n = sat_add(n, span(f, e));
    charge(L, state_of(L), n);
    return call_original(L);
}

// table.concat(list, sep, i, j) and table.unpack(list, i, j): elements i..j.
int charge_range_then_call(lua_State* L, int first_arg) {
    lua_Integer len = 0;
    lua_Integer i = 1;
    lua_Integer j = 0;
    std::uint64_t n = 1;
    const int t = lua_type(L, 1);
    if ((t == LUA_TTABLE || t == LUA_TUSERDATA) && opt_integer(L, first_arg, 1, &i)) {
        bool have_j = true;
        if (lua_isnoneornil(L, first_arg + 1)) {
            have_j = length_of(L, 1, &len);
            j = len;
        } else {
            have_j = opt_integer(L, first_arg + 1, 0, &j);
        }
        if (have_j) n = sat_add(n, span(i, j));
    }
    charge(L, state_of(L), n);
    return call_original(L);
}

int tbl_concat(lua_State* L) {
    return charge_range_then_call(L, 3);
}
int tbl_unpack(lua_State* L) {
    return charge_range_then_call(L, 2);
}

int tbl_sort(lua_State* L) {
    lua_Integer len = 0;
    std::uint64_t n = 1;
    if (length_of(L, 1, &len) && len > 1) {
        const auto count = static_cast<std::uint64_t>(len);
        std::uint64_t bits = 0;
        for (std::uint64_t v = count; v != 0; v >>= 1) ++bits;
        n = count > UINT64_MAX / bits ? UINT64_MAX : count * bits;
    }
    charge(L, state_of(L), n);
    return call_original(L);
}

// ---- string, utf8 and conversion functions: charge before running the original ------------
// Every library call checks the budget (which includes bytes allocated so far), so a loop of
// calls that each allocate megabytes stops at once instead of at the next hook.

// Default: one unit plus one per argument (varargs such as string.char(table.unpack(t))).
int charged_call(lua_State* L) {
    charge(L, state_of(L), 1 + static_cast<std::uint64_t>(lua_gettop(L)));
    return call_original(L);
}

// Functions that scan their whole string arguments without allocating (tonumber, the string
// arithmetic metamethods used for "10" + 1).
int charged_by_length(lua_State* L) {
    std::uint64_t n = 1;
    for (int i = 1, top = lua_gettop(L); i <= top; ++i) {
        if (lua_type(L, i) == LUA_TSTRING) n = sat_add(n, lua_rawlen(L, i) / kScanBytesPerInstruction);
    }
    charge(L, state_of(L), n);
    return call_original(L);
}

// Absolute 1-based position for a relative one, as the string library computes it.
lua_Integer absolute_position(lua_Integer pos, std::size_t len) {
    const auto l = static_cast<lua_Integer>(len);
    if (pos >= 0) return pos;
    if (pos < -l) return 0;
    return l + pos + 1;
}

// Characters in s:byte(i, j) / utf8.codepoint(s, i, j) (j defaults to i) or utf8.len(s, i, j)
// (j defaults to -1), clamped to the string.
std::uint64_t range_of(lua_State* L, bool j_defaults_to_i) {
    if (lua_type(L, 1) != LUA_TSTRING) return 0;
    const std::size_t len = lua_rawlen(L, 1);
    lua_Integer i = 1;
    lua_Integer j = -1;
    if (!opt_integer(L, 2, 1, &i) || !opt_integer(L, 3, j_defaults_to_i ? i : -1, &j)) return 0;
    i = std::max<lua_Integer>(absolute_position(i, len), 1);
    j = std::min<lua_Integer>(absolute_position(j, len), static_cast<lua_Integer>(len));
    return span(i, j);
}

int charged_byte_range(lua_State* L) {  // string.byte, utf8.codepoint: one value per byte
    charge(L, state_of(L), sat_add(1, range_of(L, true)));
    return call_original(L);
}

int charged_scan_range(lua_State* L) {  // utf8.len: a scan
    charge(L, state_of(L), 1 + range_of(L, false) / kScanBytesPerInstruction);
    return call_original(L);
}

int charged_offset(lua_State* L) {  // utf8.offset(s, n, i): walks |n| characters
    int ok = 0;
    const lua_Integer n = lua_tointegerx(L, 2, &ok);
    const std::uint64_t steps = !ok     ? 0
                                : n < 0 ? static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(n)
                                        : static_cast<std::uint64_t>(n);
    const std::uint64_t len = lua_type(L, 1) == LUA_TSTRING ? lua_rawlen(L, 1) : 0;
    charge(L, state_of(L), 1 + std::min(steps, len));
    return call_original(L);
}

// Wraps every C function of the table on top (except those already replaced) in `wrapper`.
void charge_all_functions(lua_State* L) {
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        bool plain = lua_type(L, -2) == LUA_TSTRING && lua_iscfunction(L, -1);
        if (plain && lua_getupvalue(L, -1, 1) != nullptr) {  // already wrapped: has upvalues
            lua_pop(L, 1);
            plain = false;
        }
        if (plain) {                               // a stock library function
            lua_pushcclosure(L, charged_call, 1);  // table, key, closure (original inside)
            lua_pushvalue(L, -2);                  // table, key, closure, key
            lua_insert(L, -2);                     // table, key, key, closure
            lua_rawset(L, -4);                     // table, key
            continue;
        }
        lua_pop(L, 1);
    }
}

// ---- string.rep with a size check ----------------------------------------------------------

int sb_rep(lua_State* L) {
    SandboxState* st = state_of(L);
    std::size_t l = 0;
    std::size_t lsep = 0;
    const char* s = luaL_checklstring(L, 1, &l);
    const lua_Integer n = luaL_checkinteger(L, 2);
    const char* sep = luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || (l == 0 && lsep == 0)) {
        lua_pushliteral(L, "");
        return 1;
    }
    // total = n * l + (n - 1) * lsep = n * (l + lsep) - lsep must not exceed max_string_bytes.
    const std::uint64_t max = st->limits.max_string_bytes;
    const std::uint64_t unit = static_cast<std::uint64_t>(l) + lsep;
    const auto count = static_cast<std::uint64_t>(n);
    if (count > (max + lsep) / unit) {
        st->mem_hit = true;
        return luaL_error(L, "%s: string.rep zou meer dan %I bytes maken", kMemoryMarker,
                          static_cast<lua_Integer>(max));
    }
    const std::size_t total = static_cast<std::size_t>(count * unit - lsep);
    charge(L, st, total / kAllocBytesPerInstruction + 1);
    luaL_Buffer b;
    char* out = luaL_buffinitsize(L, &b, total);
    // The result is the period s..sep repeated and cut after the last s: write one period,
    // then double what is written.
    std::size_t written = std::min<std::size_t>(l, total);
    std::memcpy(out, s, written);
    if (written < total) {
        std::memcpy(out + written, sep, lsep);
        written += lsep;
    }
    while (written < total) {
        const std::size_t chunk = std::min(written, total - written);
        std::memcpy(out + written, out, chunk);
        written += chunk;
    }
    luaL_pushresultsize(&b, total);
    return 1;
}

// ---- pattern functions on top of lua_pattern ----------------------------------------------

using pattern::Matcher;

// 0-based start offset for a 1-based (possibly negative) Lua position; may exceed len.
std::size_t start_offset(lua_Integer pos, std::size_t len) {
    if (pos > 0) return static_cast<std::size_t>(pos) - 1;
    if (pos == 0) return 0;
    if (pos < -static_cast<lua_Integer>(len)) return 0;
    return len - static_cast<std::size_t>(-pos);
}

// Charges the matcher's steps and raises its error, if any.
void settle(lua_State* L, SandboxState* st, const Matcher& m) {
    if (st->depth > 0) st->used = sat_add(st->used, m.steps);
    switch (m.error) {
        case pattern::Error::None:
            break;
        case pattern::Error::StepLimit:
            st->pattern_hit = true;
            luaL_error(L, "%s (meer dan %I stappen)", kPatternMarker, static_cast<lua_Integer>(m.max_steps));
            return;
        case pattern::Error::TooDeep:
            st->pattern_hit = true;
            luaL_error(L, "%s (meer dan %d niveaus genest)", kPatternMarker, pattern::kMaxDepth);
            return;
        default:
            luaL_error(L, "%s", m.message);
            return;
    }
    if (st->depth > 0) {
        const bool check_clock = m.steps >= 4096 || (++st->charges & 0xFF) == 0;
        if (over_budget(st, check_clock)) raise_instructions(L, st, 1);
    }
}

void push_value(lua_State* L, Matcher& m, const char* s, int i, std::size_t ms, std::size_t me) {
    std::size_t start = 0;
    std::size_t len = 0;
    bool is_position = false;
    if (!pattern::capture_value(m, i, ms, me, &start, &len, &is_position)) {
        luaL_error(L, "%s", m.message);
        return;
    }
    if (is_position) {
        lua_pushinteger(L, static_cast<lua_Integer>(start) + 1);
    } else {
        lua_pushlstring(L, s + start, len);
    }
}

int push_results(lua_State* L, Matcher& m, const char* s, std::size_t ms, std::size_t me, bool whole_if_none) {
    const int n = pattern::result_count(m, whole_if_none);
    luaL_checkstack(L, n, "too many captures");
    for (int i = 0; i < n; ++i) push_value(L, m, s, i, ms, me);
    return n;
}

int find_or_match(lua_State* L, bool find) {
    SandboxState* st = state_of(L);
    std::size_t ls = 0;
    std::size_t lp = 0;
    const char* s = luaL_checklstring(L, 1, &ls);
    const char* p = luaL_checklstring(L, 2, &lp);
    const std::size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    charge(L, st, 1);
    Matcher m;
    pattern::init(m, s, ls, p, lp, st->limits.pattern_steps_per_call);
    std::size_t ms = 0;
    std::size_t me = 0;
    if (find && (lua_toboolean(L, 4) || pattern::is_plain(p, lp))) {
        const bool found = pattern::search_plain(m, init, &ms, &me);
        settle(L, st, m);
        if (!found) {
            luaL_pushfail(L);
            return 1;
        }
        lua_pushinteger(L, static_cast<lua_Integer>(ms) + 1);
        lua_pushinteger(L, static_cast<lua_Integer>(me));
        return 2;
    }
    const bool found = pattern::search(m, init, true, &ms, &me);
    settle(L, st, m);
    if (!found) {
        luaL_pushfail(L);
        return 1;
    }
    if (!find) return push_results(L, m, s, ms, me, true);
    lua_pushinteger(L, static_cast<lua_Integer>(ms) + 1);
    lua_pushinteger(L, static_cast<lua_Integer>(me));
    return 2 + push_results(L, m, s, ms, me, false);
}

int sb_find(lua_State* L) {
    return find_or_match(L, true);
}
int sb_match(lua_State* L) {
    return find_or_match(L, false);
}

// gmatch iterator. Upvalues: subject, pattern, next start offset, end of the last match (-1).
int gmatch_step(lua_State* L) {
    SandboxState* st = state_of(L);
    std::size_t ls = 0;
    std::size_t lp = 0;
    const char* s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char* p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    const auto from = static_cast<std::size_t>(lua_tointeger(L, lua_upvalueindex(3)));
    const lua_Integer last = lua_tointeger(L, lua_upvalueindex(4));
    charge(L, st, 1);
    Matcher m;
    pattern::init(m, s, ls, p, lp, st->limits.pattern_steps_per_call);
    for (std::size_t si = from; si <= ls; ++si) {
        const std::size_t e = pattern::match_here(m, si, 0);  // '^' is not an anchor here
        if (m.error != pattern::Error::None) break;
        if (e != pattern::kNoMatch && static_cast<lua_Integer>(e) != last) {
            settle(L, st, m);
            lua_pushinteger(L, static_cast<lua_Integer>(e));
            lua_replace(L, lua_upvalueindex(3));
            lua_pushinteger(L, static_cast<lua_Integer>(e));
            lua_replace(L, lua_upvalueindex(4));
            return push_results(L, m, s, si, e, true);
        }
    }
    settle(L, st, m);  // raises if the loop stopped on an error
    lua_pushinteger(L, static_cast<lua_Integer>(ls) + 1);
    lua_replace(L, lua_upvalueindex(3));
    return 0;
}

int sb_gmatch(lua_State* L) {
    std::size_t ls = 0;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    std::size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) init = ls + 1;  // no matches
    lua_settop(L, 2);
    lua_pushinteger(L, static_cast<lua_Integer>(init));
    lua_pushinteger(L, -1);
    lua_pushcclosure(L, gmatch_step, 4);
    return 1;
}

// Appends the replacement string (argument 3) with %0-%9 and %% expanded.
void add_template(lua_State* L, luaL_Buffer* b, Matcher& m, const char* s, std::size_t ms, std::size_t me) {
    std::size_t lr = 0;
    const char* r = lua_tolstring(L, 3, &lr);
    for (std::size_t i = 0; i < lr; ++i) {
        if (r[i] != '%') {
            luaL_addchar(b, r[i]);
            continue;
        }
        ++i;
        const char c = i < lr ? r[i] : '\0';
        if (c == '%') {
            luaL_addchar(b, '%');
        } else if (c == '0') {
            luaL_addlstring(b, s + ms, me - ms);
        } else if (c >= '1' && c <= '9') {
            push_value(L, m, s, c - '1', ms, me);
            luaL_addvalue(b);  // positions are integers: converted here
        } else {
            luaL_error(L, "invalid use of '%%' in replacement string");
            return;
        }
    }
}

void add_replacement(lua_State* L, luaL_Buffer* b, Matcher& m, const char* s, std::size_t ms, std::size_t me, int tr) {
    if (tr == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        const int n = push_results(L, m, s, ms, me, true);
        lua_call(L, n, 1);
    } else if (tr == LUA_TTABLE) {
        push_value(L, m, s, 0, ms, me);
        lua_gettable(L, 3);
    } else {
        add_template(L, b, m, s, ms, me);
        return;
    }
    if (!lua_toboolean(L, -1)) {  // nil/false: keep the original text
        lua_pop(L, 1);
        luaL_addlstring(b, s + ms, me - ms);
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    } else {
        luaL_addvalue(b);
    }
}

int sb_gsub(lua_State* L) {
    SandboxState* st = state_of(L);
    std::size_t ls = 0;
    std::size_t lp = 0;
    const char* s = luaL_checklstring(L, 1, &ls);
    const char* p = luaL_checklstring(L, 2, &lp);
    const int tr = lua_type(L, 3);
    const lua_Integer max_n = luaL_optinteger(L, 4, static_cast<lua_Integer>(ls) + 1);
    luaL_argexpected(L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
                     "string/function/table");
    charge(L, st, 1);
    const bool anchored = lp > 0 && p[0] == '^';
    const std::size_t pi = anchored ? 1 : 0;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    Matcher m;
    pattern::init(m, s, ls, p, lp, st->limits.pattern_steps_per_call);
    std::size_t si = 0;
    std::size_t last = pattern::kNoMatch;
    lua_Integer n = 0;
    while (n < max_n) {
        const std::size_t e = pattern::match_here(m, si, pi);
        if (m.error != pattern::Error::None) settle(L, st, m);  // raises
        if (e != pattern::kNoMatch && e != last) {
            ++n;
            add_replacement(L, &b, m, s, si, e, tr);
            si = last = e;
        } else if (si < ls) {
            luaL_addchar(&b, s[si]);
            ++si;
        } else {
            break;
        }
        if (anchored) break;
    }
    settle(L, st, m);
    luaL_addlstring(&b, s + si, ls - si);
    luaL_pushresult(&b);
    lua_pushinteger(L, n);
    return 2;
}

// ---- state setup --------------------------------------------------------------------------

void set_function(lua_State* L, const char* name, lua_CFunction f) {
    lua_pushcfunction(L, f);
    lua_setfield(L, -2, name);
}

void remove_field(lua_State* L, const char* name) {
    lua_pushnil(L);
    lua_setfield(L, -2, name);
}

// Replaces table[name] (table on top) by `wrapper` with the original as upvalue 1.
void wrap_field(lua_State* L, const char* name, lua_CFunction wrapper) {
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, -2, name);
}

// ---- frozen globals (Sandbox::freeze_globals) ----------------------------------------------

bool is_frozen(lua_State* L, int index) {
    index = lua_absindex(L, index);
    bool frozen = false;
    if (lua_getfield(L, LUA_REGISTRYINDEX, kFrozenKey) == LUA_TTABLE) {
        lua_pushvalue(L, index);
        frozen = lua_rawget(L, -2) != LUA_TNIL;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return frozen;
}

// __newindex of a frozen table: a scenario function that writes a global would answer
// differently on the next call with the same session (experiment E2 of the review).
int frozen_newindex(lua_State* L) {
    SandboxState* st = state_of(L);
    st->forbidden_hit = true;
    const char* key = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
    // The message may use the host reserve: a script that filled its memory still learns why
    // its write was refused (instead of a bare memory error).
    const bool saved_host_mode = st->host_mode;
    st->host_mode = true;
    luaL_where(L, 1);
    lua_pushfstring(L,
                    "globale variabele '%s' schrijven is na het laden %s: een voorwaarde of check moet bij dezelfde "
                    "sessie altijd hetzelfde antwoorden (gebruik local binnen de functie)",
                    key, kForbiddenMarker);
    lua_concat(L, 2);
    st->host_mode = saved_host_mode;
    return lua_error(L);
}

int frozen_len(lua_State* L) {
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
    return 1;
}

int frozen_pairs(lua_State* L) {
    lua_getglobal(L, "next");
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_remove(L, -2);
    lua_pushnil(L);
    return 3;
}

// rawset(t, k, v) refusing frozen tables (rawset would write past __newindex).
int sb_rawset(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 3);
    if (is_frozen(L, 1)) {
        state_of(L)->forbidden_hit = true;
        return luaL_error(L, "rawset op een globale tabel is na het laden %s", kForbiddenMarker);
    }
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

// Moves the fields of the table at `index` into a backing table and makes it a read-only view
// of it: reads, # and pairs see the old contents, every write raises.
void freeze_table(lua_State* L, int index) {
    index = lua_absindex(L, index);
    lua_newtable(L);  // backing
    const int backing = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, index) != 0) {
        lua_pushvalue(L, -2);  // key, value, key
        lua_insert(L, -2);     // key, key, value
        lua_rawset(L, backing);
    }
    lua_pushnil(L);
    while (lua_next(L, backing) != 0) {  // clearing fields while traversing another table
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, index);
    }
    lua_createtable(L, 0, 5);  // backing, mt
    lua_pushvalue(L, backing);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, frozen_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, frozen_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, frozen_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, index);
    lua_getfield(L, LUA_REGISTRYINDEX, kFrozenKey);
    lua_pushvalue(L, index);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 2);  // frozen set, backing
}

// Appends the tables among the values of the table at `from` to the list at `queue` (not the
// globals, not tables already frozen, not tables with a metatable of their own: replacing that
// would change what they do; the purity probe of validate and explore still sees state kept there).
void queue_tables(lua_State* L, int from, int queue, int globals) {
    lua_pushnil(L);
    while (lua_next(L, from) != 0) {
        if (lua_type(L, -1) == LUA_TTABLE && !lua_rawequal(L, -1, globals) && !is_frozen(L, -1)) {
            if (lua_getmetatable(L, -1)) lua_pop(L, 1);
            else {
                lua_pushvalue(L, -1);
                lua_rawseti(L, queue, static_cast<lua_Integer>(lua_rawlen(L, queue)) + 1);
            }
        }
        lua_pop(L, 1);
    }
}

// The globals and every table reachable from them through table fields (the libraries, the
// scenario's own tables and the tables inside those, however deep), the globals last.
int freeze_all(lua_State* L) {
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kFrozenKey);
    lua_pushglobaltable(L);
    const int globals = lua_gettop(L);
    lua_newtable(L);
    const int queue = lua_gettop(L);
    queue_tables(L, globals, queue, globals);
    for (lua_Integer i = 1; i <= static_cast<lua_Integer>(lua_rawlen(L, queue)); ++i) {
        lua_rawgeti(L, queue, i);
        if (!is_frozen(L, -1)) {  // a table reached twice is frozen once
            queue_tables(L, lua_gettop(L), queue, globals);
            freeze_table(L, -1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);  // queue
    freeze_table(L, globals);
    lua_pop(L, 1);
    return 0;
}

int setup_state(lua_State* L) {
    static const luaL_Reg kLibraries[] = {
        {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string}, {LUA_TABLIBNAME, luaopen_table},
        {LUA_MATHLIBNAME, luaopen_math}, {LUA_UTF8LIBNAME, luaopen_utf8},  {LUA_COLIBNAME, luaopen_coroutine},
    };
    for (const luaL_Reg& lib : kLibraries) {
        luaL_requiref(L, lib.name, lib.func, 1);
        lua_pop(L, 1);
    }

    lua_pushglobaltable(L);
    remove_field(L, "dofile");
    remove_field(L, "loadfile");
    remove_field(L, "collectgarbage");
    remove_field(L, "warn");
    set_function(L, "print", sb_print);
    set_function(L, "load", sb_load);
    set_function(L, "setmetatable", sb_setmetatable);
    set_function(L, "rawset", sb_rawset);
    wrap_field(L, "xpcall", sb_xpcall);
    wrap_field(L, "tonumber", charged_by_length);  // scans its string argument
    wrap_field(L, "tostring", sb_tostring);
    wrap_field(L, "select", charged_call);         // copies its varargs
    lua_pop(L, 1);

    lua_getglobal(L, LUA_COLIBNAME);
    wrap_field(L, "close", sb_coclose);
    lua_getfield(L, -1, "resume");
    lua_pushcclosure(L, sb_cowrap, 1);
    lua_setfield(L, -2, "wrap");
    lua_pop(L, 1);

    lua_getglobal(L, LUA_STRLIBNAME);
    remove_field(L, "dump");
    wrap_field(L, "byte", charged_byte_range);
    charge_all_functions(L);  // the rest of the stock functions: budget check per call
    set_function(L, "find", sb_find);
    set_function(L, "match", sb_match);
    set_function(L, "gmatch", sb_gmatch);
    set_function(L, "gsub", sb_gsub);
    set_function(L, "rep", sb_rep);
    wrap_field(L, "format", sb_format);
    lua_pop(L, 1);

    // getmetatable("") returns false instead of the shared string metatable.
    // Its arithmetic metamethods ("10" + 1) convert whole strings: charged by length.
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        for (const char* name : {"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv"}) {
            if (lua_getfield(L, -1, name) == LUA_TFUNCTION) {
                lua_pushcclosure(L, charged_by_length, 1);
                lua_setfield(L, -2, name);
            } else {
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    lua_getglobal(L, LUA_UTF8LIBNAME);
    wrap_field(L, "codepoint", charged_byte_range);
    wrap_field(L, "len", charged_scan_range);
    wrap_field(L, "offset", charged_offset);
    charge_all_functions(L);
    lua_pop(L, 1);

    lua_getglobal(L, LUA_TABLIBNAME);
    wrap_field(L, "insert", tbl_insert);
    wrap_field(L, "remove", tbl_remove);
    wrap_field(L, "move", tbl_move);
    wrap_field(L, "concat", tbl_concat);
    wrap_field(L, "unpack", tbl_unpack);
    wrap_field(L, "sort", tbl_sort);
    wrap_field(L, "pack", charged_call);
    lua_pop(L, 1);

    lua_getglobal(L, LUA_MATHLIBNAME);
    lua_getfield(L, -1, "randomseed");
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, kRandomSeedKey);  // for seed_random, out of reach
    lua_pushcclosure(L, sb_randomseed, 1);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);

    // Deterministic until seed_random is called (luaopen_math seeds from time and addresses).
    lua_getfield(L, LUA_REGISTRYINDEX, kRandomSeedKey);
    lua_pushinteger(L, 0);
    lua_call(L, 1, 0);

    // Lua creates this string when a message handler fails, after our pcall's protection
    // ended; anchored here it stays interned, so creating it never allocates.
    lua_pushliteral(L, "error in error handling");
    lua_setfield(L, LUA_REGISTRYINDEX, kErrErrKey);
    return 0;
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
