// What a script sees: the libraries it gets, and how every function that works in C is charged
// to the budget or replaced (see sandbox.cpp for why each layer exists).
#include "scripting/sandbox_internal.hpp"

#include <cstring>
#include <cstdint>

namespace lwp::scripting::detail {

namespace {

// Private key in the metatables sb_setmetatable installs (see there): a light userdata, so no
// script can name it.
const char kSealedMarker = 0;
constexpr const char* kErrErrKey = "lwp.sandbox.errerr";

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

}  // namespace

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
    install_pattern_functions(L);
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

}  // namespace lwp::scripting::detail
