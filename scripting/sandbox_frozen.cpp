// The globals made read-only after loading (Sandbox::freeze_globals): a scenario function that
// writes state would answer differently on the next call with the same session.
#include "scripting/sandbox_internal.hpp"

namespace lwp::scripting::detail {

namespace {

constexpr const char* kFrozenKey = "lwp.sandbox.frozen";  // set of tables frozen by freeze_globals

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

}  // namespace

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

}  // namespace lwp::scripting::detail
