// string.find, match, gmatch and gsub on the bounded matcher of lua_pattern.cpp: its steps are
// charged to the budget, its depth is capped, and its errors are the sandbox's.
#include "scripting/sandbox_internal.hpp"

#include "scripting/lua_pattern.hpp"

#include <cstring>

namespace lwp::scripting::detail {

namespace {

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

}  // namespace

void install_pattern_functions(lua_State* L) {
    set_function(L, "find", sb_find);
    set_function(L, "match", sb_match);
    set_function(L, "gmatch", sb_gmatch);
    set_function(L, "gsub", sb_gsub);
}

}  // namespace lwp::scripting::detail
