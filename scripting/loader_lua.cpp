// The DSL constructors a scenario file calls. No C++ objects with destructors live in these
// frames: they may raise Lua errors (longjmp).
#include "scripting/loader_fields.hpp"

namespace lwp::scripting::loader_detail {

namespace {
void append_to_registry_list(lua_State* L, const char* key, int value_index) {
    value_index = lua_absindex(L, value_index);
    lua_getfield(L, LUA_REGISTRYINDEX, key);           // list
    lua_pushvalue(L, value_index);                     // list, value
    lua_rawseti(L, -2, static_cast<lua_Integer>(lua_rawlen(L, -2)) + 1);  // list
    lua_pop(L, 1);
}

int caller_line(lua_State* L) {
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) return ar.currentline;
    return 0;
}


// Second half of `stap "id" { ... }`: upvalues kind, id, line. Tags the table and records it.
int define_body(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (!lua_istable(L, 1))
        return luaL_error(L, "%s \"%s\" verwacht een tabel: %s \"%s\" { ... }", kind, lua_tostring(L, lua_upvalueindex(2)),
                          kind, lua_tostring(L, lua_upvalueindex(2)));
    lua_settop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setfield(L, 1, "__soort");
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_setfield(L, 1, "__id");
    lua_pushvalue(L, lua_upvalueindex(3));
    lua_setfield(L, 1, "__regel");
    append_to_registry_list(L, std::strcmp(kind, "keuze") == 0 ? kChoicesKey : kDefsKey, 1);
    return 1;  // the table, so keuze "x" { } can stand inside a stap
}

// First half: `stap "id"` returns a function that takes the table. Upvalue: kind.
int define_named(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "%s verwacht eerst een id tussen aanhalingstekens: %s \"naam\" { ... }", kind, kind);
    size_t len = 0;
    const char* id = lua_tolstring(L, 1, &len);
    if (len == 0 || len > 80) return luaL_error(L, "%s: id moet 1 tot 80 tekens lang zijn", kind);
    if (!plain_id(std::string_view(id, len)))
        return luaL_error(L, "%s \"%s\": een id bestaat uit kleine letters, cijfers en _ (geen spaties of accenten)", kind, id);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, caller_line(L));
    lua_pushcclosure(L, define_body, 3);
    return 1;
}

// `scenario { ... }` and `referentie { ... }` have no separate id. Upvalue: kind.
int define_unnamed(lua_State* L) {
    const char* kind = lua_tostring(L, lua_upvalueindex(1));
    if (!lua_istable(L, 1)) return luaL_error(L, "%s verwacht een tabel: %s { ... }", kind, kind);
    lua_settop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setfield(L, 1, "__soort");
    lua_pushinteger(L, caller_line(L));
    lua_setfield(L, 1, "__regel");
    append_to_registry_list(L, kDefsKey, 1);
    return 0;
}

}  // namespace

bool plain_id(std::string_view id) {
    return !id.empty() && id.size() <= 80 &&
           std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

void install_constructors(lua_State* L) {
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kDefsKey);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kChoicesKey);
    for (const DefinitionKind& d : definition_kinds()) {
        lua_pushstring(L, d.kind);
        lua_pushcclosure(L, d.named ? define_named : define_unnamed, 1);
        lua_setglobal(L, d.kind);
    }
}

}  // namespace lwp::scripting::loader_detail
