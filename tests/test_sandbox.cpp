// Tests for the Lua sandbox (scripting/sandbox.*) and its pattern matcher (scripting/lua_pattern.*).
// Scripts here play the hostile scenario author: every limit must hold and report the right kind.
#include "scripting/lua_pattern.hpp"
#include "scripting/sandbox.hpp"

#include <doctest/doctest.h>
#include <lua.hpp>

#include <chrono>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using lwp::scripting::CallResult;
using lwp::scripting::ErrorKind;
using lwp::scripting::Sandbox;
using lwp::scripting::SandboxLimits;

namespace {

bool contains(const std::string& s, const char* needle) {
    return s.find(needle) != std::string::npos;
}

CallResult run(Sandbox& sb, std::string_view code) {
    return sb.run_text(code, "test.lua");
}

// Evaluates a Lua expression through Sandbox::call and returns its value as text.
std::string eval(Sandbox& sb, const std::string& expr) {
    lua_State* L = sb.state();
    const std::string code = "return " + expr;
    REQUIRE(luaL_loadbufferx(L, code.data(), code.size(), "=eval", "t") == LUA_OK);
    const CallResult r = sb.call(0, 1);
    INFO(expr, " -> ", r.message);
    REQUIRE(r.ok());
    const char* s = lua_tostring(L, -1);
    std::string out = s != nullptr ? s : luaL_typename(L, -1);
    lua_pop(L, 1);
    return out;
}

// A hang guard, not a speed target (speed lives in the benchmarks): a script the limits fail to
// stop runs forever, so a generous bound cannot flake on a loaded or sanitized machine.
constexpr double kHangSeconds = 10.0;

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Checks that `code` fails with `kind`, with `marker` in the message, and that the state still
// runs a fresh call afterwards (the budget resets per call).
void expect_failure(Sandbox& sb, const std::string& code, ErrorKind kind, const char* marker) {
    const auto start = std::chrono::steady_clock::now();
    const CallResult r = run(sb, code);
    INFO("script: ", code);
    INFO("message: ", r.message);
    CHECK(r.kind == kind);
    CHECK(contains(r.message, marker));
    CHECK(seconds_since(start) < kHangSeconds);
    CHECK(sb.memory_in_use() <= sb.limits().memory_bytes);
    const CallResult after = run(sb, "local n = 0 for i = 1, 100000 do n = n + i end assert(n > 0)");
    INFO("after: ", after.message);
    CHECK(after.ok());
}

// Helpers defined identically in the sandbox and in a stock Lua state for comparisons.
constexpr const char* kHelpers = R"lua(
function ser(...)
  local out = {}
  for i = 1, select('#', ...) do
    local v = select(i, ...)
    out[#out + 1] = type(v) == 'string' and string.format('%q', v) or tostring(v)
  end
  return table.concat(out, ',')
end
function all(iter)
  local out = {}
  while true do
    local r = table.pack(iter())
    if r[1] == nil then break end
    out[#out + 1] = '{' .. ser(table.unpack(r, 1, r.n)) .. '}'
  end
  return table.concat(out)
end
function try(f)
  local r = table.pack(pcall(f))
  if r[1] then return ser(table.unpack(r, 2, r.n)) end
  return 'error: ' .. tostring(r[2])
end
)lua";

int write_chunk(lua_State*, const void* p, size_t sz, void* ud) {
    static_cast<std::string*>(ud)->append(static_cast<const char*>(p), sz);
    return 0;
}

std::string binary_chunk() {
    lua_State* plain = luaL_newstate();
    REQUIRE(luaL_loadstring(plain, "return 42") == LUA_OK);
    std::string bin;
    lua_dump(plain, write_chunk, &bin, 0);
    lua_close(plain);
    REQUIRE(bin.size() > 4);
    REQUIRE(bin[0] == '\x1b');
    return bin;
}

struct PatternCase {
    const char* expr;      // Lua expression, wrapped in try(function() return EXPR end)
    const char* expected;  // ser() of the results, or "error" (any error message)
};

// Expectations written from the reference manual (§6.4.1 and string.find/match/gmatch/gsub).
const PatternCase kPatternCases[] = {
    {R"~(("hello world"):find("o w"))~", "5,7"},
    {R"~(("hello world"):find("o", 6))~", "8,8"},
    {R"~(("hello world"):find("l+"))~", "3,4"},
    {R"~(("hello"):find(""))~", "1,0"},
    {R"~(("hello"):find("", 10))~", "nil"},
    {R"~(("hello"):find("", 6))~", "6,5"},
    {R"~(("a.b"):find(".", 1, true))~", "2,2"},
    {R"~(("a+b"):find("+", 1, true))~", "2,2"},
    {R"~(("hello"):find("l", -2))~", "4,4"},
    {R"~(("abc"):find("b", -10))~", "2,2"},
    {R"~(("key = value"):find("(%w+)%s*=%s*(%w+)"))~", R"~(1,11,"key","value")~"},
    {R"~(("end"):find("d$"))~", "3,3"},
    {R"~(("a$b"):find("$b"))~", "2,3"},
    {R"~(("  x"):find("^%s*"))~", "1,2"},
    {R"~(("hello"):match("h(.)l"))~", R"~("e")~"},
    {R"~(("hello world"):match("%w+$"))~", R"~("world")~"},
    {R"~(("  trim  "):match("^%s*(.-)%s*$"))~", R"~("trim")~"},
    {R"~(("abc"):match("()b()"))~", "2,3"},
    {R"~(("THE (quick) fox"):match("%((%a+)%)"))~", R"~("quick")~"},
    {R"~(("f(a(b)c)d"):match("%b()"))~", R"~("(a(b)c)")~"},
    {R"~(("hello world"):match("%f[%w]%w+", 2))~", R"~("world")~"},
    {R"~(("hello hello"):match("(h%a+) %1"))~", R"~("hello")~"},
    {R"~(("abab"):match("^(ab)%1$"))~", R"~("ab")~"},
    {R"~(("aaa"):match("a-b"))~", "nil"},
    {R"~(("aaab"):match("a-b"))~", R"~("aaab")~"},
    {R"~(("aaa"):match("a*"))~", R"~("aaa")~"},
    {R"~(("bbb"):match("a*"))~", R"~("")~"},
    {R"~(("aaa"):match("a?a?a?a"))~", R"~("aaa")~"},
    {R"~(("hello"):match(".-(l+)(.*)"))~", R"~("ll","o")~"},
    {R"~(("[test]"):match("[%[%]]"))~", R"~("[")~"},
    {R"~(("a]b"):match("[]]"))~", R"~("]")~"},
    {R"~(("x-y"):match("[a-]"))~", R"~("-")~"},
    {R"~(("Hello123"):match("[^%d]+"))~", R"~("Hello")~"},
    {R"~(("0x1F"):match("%x+", 3))~", R"~("1F")~"},
    {R"~(("tab	here"):match("%c"))~", R"~("\9")~"},
    {R"~(("a.b"):match("%."))~", R"~(".")~"},
    {"(\"caf\\195\\169\"):match(\"%a+\")", R"~("caf")~"},
    {R"~(("x = 10, y = 20"):gsub("(%w+) = (%w+)", "%2 = %1"))~", R"~("10 = x, 20 = y",2)~"},
    {R"~(("hello world"):gsub("o", "0", 1))~", R"~("hell0 world",1)~"},
    {R"~(("hello"):gsub("", "-"))~", R"~("-h-e-l-l-o-",6)~"},
    {R"~(("abc"):gsub("%w", "%0%0"))~", R"~("aabbcc",3)~"},
    {R"~(("abc"):gsub("%w", "%%"))~", R"~("%%%",3)~"},
    {R"~(("$name is $age"):gsub("%$(%w+)", {name = "Ann", age = 30}))~", R"~("Ann is 30",2)~"},
    {R"~(("$name $x"):gsub("%$(%w+)", {name = "Ann"}))~", R"~("Ann $x",2)~"},
    {R"~(("abc"):gsub("%w", function(c) return c:upper() .. "." end))~", R"~("A.B.C.",3)~"},
    {R"~(("abc"):gsub("%w", function(c) if c == "b" then return false end return "x" end))~", R"~("xbx",3)~"},
    {R"~(("hello world"):gsub("^h", "H"))~", R"~("Hello world",1)~"},
    {R"~(("abc"):gsub("()", "%1"))~", R"~("1a2b3c4",4)~"},
    {R"~(("a,b;c"):gsub("%p", ""))~", R"~("abc",2)~"},
    {R"~(("THE (quick) fox"):gsub("%f[%a]%u+%f[%A]", "X"))~", R"~("X (quick) fox",1)~"},
    {R"~(("[[x]]"):gsub("%[%[(.-)%]%]", "<%1>"))~", R"~("<x>",1)~"},
    {R"~(all(("one two  three"):gmatch("%a+")))~", R"~("{\"one\"}{\"two\"}{\"three\"}")~"},
    {R"~(all(("k1=v1, k2=v2"):gmatch("(%w+)=(%w+)")))~", R"~("{\"k1\",\"v1\"}{\"k2\",\"v2\"}")~"},
    {R"~(all(("abc"):gmatch("", 2)))~", R"~("{\"\"}{\"\"}{\"\"}")~"},
    {R"~(all(("^a^a"):gmatch("^a")))~", R"~("{\"^a\"}{\"^a\"}")~"},
    {R"~(all(("abc"):gmatch("()")))~", R"~("{1}{2}{3}{4}")~"},
    // malformed patterns and bad replacements are ordinary errors
    {R"~(("a"):find("%"))~", "error"},
    {R"~(("a"):find("[a"))~", "error"},
    {R"~(("a"):match("(a"))~", "error"},
    {R"~(("a"):match("a)"))~", "error"},
    {R"~(("a"):match("%1"))~", "error"},
    {R"~(("a"):match("%b"))~", "error"},
    {R"~(("a"):match("%fa"))~", "error"},
    {R"~(("a"):gsub("a", "%2"))~", "error"},
    {R"~(("a"):gsub("a", "%x"))~", "error"},
    {R"~(("abc"):gsub(".", {a = 1, b = true}))~", "error"},
};

std::string pattern_call(const std::string& expr) {
    return "try(function() return " + expr + " end)";
}

// Subjects and patterns for the comparison with stock Lua (all harmless).
const char* const kSubjects[] = {
    R"~("")~",
    R"~("a")~",
    R"~("aaa")~",
    R"~("hello world")~",
    R"~("  key = val  ")~",
    R"~("(a(b)c)")~",
    R"~("x1y22z333")~",
    R"~("a.b-c+d")~",
    R"~("AbC dEf")~",
    R"~("\0a\0b")~",
    R"~("[x] ]y[")~",
    R"~("THE (quick) fox")~",
};
const char* const kPatterns[] = {
    R"~("a")~",        R"~("a*")~",     R"~("a-")~",        R"~("a?")~",     R"~("a+")~",          R"~("^a")~",
    R"~("a$")~",       R"~("%a+")~",    R"~("%d+")~",       R"~("%s")~",     R"~("[%a_][%w_]*")~", R"~("[^%s]+")~",
    R"~("(%a)(%a)")~", R"~("()")~",     R"~("(.)%1")~",     R"~("%b()")~",   R"~("%f[%w]%w+")~",   R"~(".-")~",
    R"~("^(.-)$")~",   R"~("[a-c]+")~", R"~("[]a]")~",      R"~("%.")~",     R"~("x*$")~",         R"~("(h)(e)(l)")~",
    R"~("%z")~",       R"~("%w-%d")~",  R"~("[%]%[]")~",    R"~("%u%l*")~",  R"~("(()a)")~",       R"~("%x%x?")~",
    R"~("[^]]")~",     R"~("%S+$")~",   R"~("%P+")~",       R"~("%f[%W]")~", R"~("^$")~",          R"~("%%")~",
    R"~("[%-+.]")~",   R"~("%b[]")~",   R"~("(%d)(%d?)")~", R"~("\0")~",
};

std::vector<std::string> comparison_exprs() {
    std::vector<std::string> out;
    for (const PatternCase& c : kPatternCases) out.emplace_back(c.expr);
    // string.rep is replaced too (size check)
    for (const char* rep : {"('ab'):rep(3, ',')", "(''):rep(3, '-')", "('x'):rep(0)", "('abc'):rep(1, '--')",
                            "('ab'):rep(5)", "(''):rep(5)", "('a'):rep(-1, 'x')", "('xy'):rep(7, 'abc')",
                            "('q'):rep(1000)", "('x'):rep(2.0)", "('x'):rep(2.5)", "('x'):rep('3')"}) {
        out.emplace_back(rep);
    }
    for (const char* s : kSubjects) {
        for (const char* p : kPatterns) {
            const std::string sp = std::string(s) + ", " + p;
            out.push_back("string.find(" + sp + ")");
            out.push_back("string.find(" + sp + ", 2)");
            out.push_back("string.find(" + sp + ", -3, true)");
            out.push_back("string.match(" + sp + ")");
            out.push_back("string.gsub(" + sp + ", \"<%0>\")");
            out.push_back("string.gsub(" + sp + ", \"%1|\", 2)");
            out.push_back("string.gsub(" + sp + ", function(...) return select('#', ...) end)");
            out.push_back("all(string.gmatch(" + sp + "))");
            out.push_back("all(string.gmatch(" + sp + ", 3))");
        }
    }
    return out;
}

}  // namespace

TEST_CASE("sandbox: dangerous libraries and functions are absent") {
    Sandbox sb;
    for (const char* name : {"io", "os", "package", "require", "debug", "dofile", "loadfile", "collectgarbage",
                             "string.dump", "_G.package", "warn"}) {
        INFO(name);
        CHECK(eval(sb, std::string("type(") + name + ")") == "nil");
    }
    // The allowed libraries are there and work.
    CHECK(eval(sb, "string.format('%d-%s', 7, utf8.char(72)) .. math.floor(2.5) .. #table.pack(1, 2)") == "7-H22");
    CHECK(eval(sb, "coroutine.wrap(function() coroutine.yield('y') end)()") == "y");
    CHECK(eval(sb, "print('no output') == nil and 'ok'") == "ok");
}

TEST_CASE("sandbox: binary chunks are refused by run_text and by load") {
    Sandbox sb;
    const std::string bin = binary_chunk();
    const CallResult r = sb.run_text(bin, "bin.lua");
    INFO(r.message);
    CHECK(r.kind == ErrorKind::Syntax);
    CHECK(contains(r.message, "binary"));

    lua_State* L = sb.state();
    lua_pushlstring(L, bin.data(), bin.size());
    lua_setglobal(L, "BIN");
    const std::string loaded = eval(sb, "select(2, load(BIN))");
    CHECK(contains(loaded, "binary"));
    CHECK(eval(sb, "tostring(load(BIN, 'bin', 'b'))") == "nil");
    CHECK(eval(sb, "tostring(load(BIN, 'bin', 'bt'))") == "nil");

    // A reader function is refused outright.
    const CallResult reader = run(sb, "load(function() return nil end)");
    INFO(reader.message);
    CHECK(reader.kind == ErrorKind::Forbidden);

    // Text chunks work, with the sandbox globals as default environment or an explicit one.
    CHECK(eval(sb, "load('return 1 + 2')()") == "3");
    CHECK(run(sb, "Y = 7").ok());
    CHECK(eval(sb, "load('return Y')()") == "7");
    CHECK(eval(sb, "load('return x', 'c', 't', {x = 5})()") == "5");
    CHECK(eval(sb, "select(2, load('return ='))") != "");
}

TEST_CASE("sandbox: the string metatable is out of reach") {
    Sandbox sb;
    CHECK(eval(sb, "type(getmetatable(''))") == "boolean");
    CHECK_FALSE(run(sb, "getmetatable('').__index = {}").ok());
    CHECK_FALSE(run(sb, "rawset(getmetatable('x'), '__index', {})").ok());
    CHECK_FALSE(run(sb, "setmetatable('x', {})").ok());
    CHECK(eval(sb, "('x'):upper() .. ('abc'):find('c')") == "X3");

    // Host view: the real metatable still indexes the string table.
    lua_State* L = sb.state();
    lua_pushliteral(L, "");
    REQUIRE(lua_getmetatable(L, -1));
    lua_getfield(L, -1, "__index");
    lua_getglobal(L, "string");
    CHECK(lua_rawequal(L, -1, -2));
    lua_pop(L, 4);
}

TEST_CASE("sandbox: __gc finalizers cannot be installed and nothing runs at close") {
    const auto start = std::chrono::steady_clock::now();
    {
        Sandbox sb;
        const CallResult r = run(sb, "setmetatable({}, {__gc = function() while true do end end})");
        INFO(r.message);
        CHECK(r.kind == ErrorKind::Forbidden);
        CHECK(contains(r.message, "__gc"));
        CHECK(run(sb, "setmetatable({}, {__gc = true})").kind == ErrorKind::Forbidden);
        // Lua only marks objects whose metatable has __gc when setmetatable is called, so a
        // field added afterwards never becomes a finalizer.
        CHECK(run(sb,
                  "local mt = {} T = setmetatable({}, mt)"
                  "mt.__gc = function() while true do end end T = nil")
                  .ok());
        CHECK(run(sb, "local mt = {} T2 = setmetatable({}, mt) mt.__gc = function() X = 1 end").ok());
        // ... and such a table is collected without running it.
        CHECK(run(sb, "local mt = {} setmetatable({}, mt) mt.__gc = function() FIN = true end").ok());
        CHECK(run(sb, "for i = 1, 300000 do local t = {i} end").ok());  // several GC cycles
        CHECK(eval(sb, "tostring(FIN)") == "nil");
        // Ordinary metatables and to-be-closed variables still work.
        CHECK(eval(sb, "setmetatable({}, {__index = function() return 'd' end}).k") == "d");
        CHECK(eval(sb,
                   "(function() local log = {} do local x <close> = setmetatable({}, "
                   "{__close = function() log[1] = 'closed' end}) end return log[1] end)()") == "closed");
    }  // ~Sandbox: lua_close collects T and T2
    CHECK(seconds_since(start) < kHangSeconds);
}

TEST_CASE("sandbox: Lua code outside a host call stops at its first instruction") {
    Sandbox sb;
    REQUIRE(run(sb, "function f() G = (G or 0) + 1 return 1 end").ok());
    lua_State* L = sb.state();
    lua_getglobal(L, "f");
    CHECK(lua_pcall(L, 0, 1, 0) != LUA_OK);  // bypassing Sandbox::call
    CHECK(contains(lua_tostring(L, -1), "buiten een aanroep"));
    lua_pop(L, 1);
    CHECK(eval(sb, "tostring(G)") == "nil");  // f never ran its first instruction
    lua_getglobal(L, "f");
    CHECK(sb.call(0, 1).ok());
    CHECK(lua_tointeger(L, -1) == 1);
    lua_pop(L, 1);
    CHECK(lua_gettop(L) == 0);
}

TEST_CASE("sandbox: infinite loops end with ErrorKind::Instructions and the budget resets") {
    SandboxLimits limits;
    limits.instructions_per_call = 2'000'000;
    Sandbox sb(limits);
    const char* const loops[] = {
        "while true do end",
        "while true do pcall(function() while true do end end) end",
        "xpcall(function() while true do end end, function() while true do end end)",
        "while true do xpcall(function() while true do end end, function() while true do end end) end",
        "while true do pcall(coroutine.wrap(function() while true do end end)) end",
        "local co = coroutine.create(function() while true do end end)"
        " while true do coroutine.resume(co) co = coroutine.create(function() while true do end end) end",
        "local co = coroutine.wrap(function() while true do coroutine.yield() end end)"
        " while true do co() end",
        "local function f() local ok = pcall(f) while true do end end f()",
        "do local x <close> = setmetatable({}, {__close = function() while true do end end})"
        " while true do end end",
        "string.gsub(('x'):rep(100000), '.', function() while true do end end)",
        "table.sort({3, 2, 1, 5, 4}, function(a, b) while true do end end)",
        // __close of a coroutine killed by the limit would run with Lua's hooks off
        "local co = coroutine.wrap(function() local x <close> = setmetatable({},"
        " {__close = function() while true do end end}) while true do end end) co()",
        "local co = coroutine.create(function() local x <close> = setmetatable({},"
        " {__close = function() while true do end end}) while true do end end)"
        " coroutine.resume(co) coroutine.close(co) while true do end",
        // swallowed by resume, then the script ends before the next hook: still a failure
        "coroutine.resume(coroutine.create(function() while true do end end))",
    };
    for (const char* code : loops) expect_failure(sb, code, ErrorKind::Instructions, "instructielimiet");

    // A coroutine killed by the limit in one call cannot run its __close in a later call.
    CHECK(run(sb,
              "CO = coroutine.create(function() local x <close> = setmetatable({},"
              " {__close = function() while true do end end}) while true do end end)"
              " coroutine.resume(CO)")
              .kind == ErrorKind::Instructions);
    CHECK(eval(sb, "select(2, coroutine.close(CO))").find("instructielimiet") != std::string::npos);
    // Ordinary coroutine.wrap and coroutine.close semantics are kept.
    CHECK(eval(sb, "select(2, pcall(coroutine.wrap(function() error('boom') end)))") == "eval:1: boom");
    CHECK(eval(sb,
               "(function() local log = '' local co = coroutine.create(function()"
               " local x <close> = setmetatable({}, {__close = function() log = log .. 'c' end})"
               " coroutine.yield() end) coroutine.resume(co) local ok = coroutine.close(co)"
               " return tostring(ok) .. log end)()") == "truec");

    // The wrappers keep yields working through xpcall, and xpcall handlers run normally.
    CHECK(eval(sb,
               "(function() local f = coroutine.wrap(function()"
               " xpcall(function() coroutine.yield('a') end, print) return 'b' end)"
               " return f() .. f() end)()") == "ab");
    CHECK(eval(sb, "select(2, xpcall(error, function(e) return 'handled ' .. e end, 'x', 0))") == "handled x");

    // The default budget, and its message.
    Sandbox sb_default;
    const CallResult r = run(sb_default, "local i = 0 while true do i = i + 1 end");
    CHECK(r.kind == ErrorKind::Instructions);
    CHECK(contains(r.message, "instructielimiet overschreden (20000000 instructies)"));
    CHECK(contains(r.message, "test.lua:1:"));
    // A legitimate call below the budget succeeds.
    CHECK(run(sb_default, "local n = 0 for i = 1, 2000000 do n = n + i end assert(n > 0)").ok());
}

TEST_CASE("sandbox: C-side loops are charged to the instruction budget") {
    SandboxLimits limits;
    limits.instructions_per_call = 5'000'000;
    Sandbox sb(limits);
    expect_failure(sb, "table.move({}, 1, math.maxinteger, 1)", ErrorKind::Instructions, "instructielimiet");
    expect_failure(sb,
                   "local t = setmetatable({}, {__index = rawget, __newindex = rawset,"
                   " __len = function() return 1e15 end}) table.insert(t, 1, 'x')",
                   ErrorKind::Instructions, "instructielimiet");
    expect_failure(sb,
                   "local t = setmetatable({}, {__index = function() return 'x' end,"
                   " __len = function() return 1e15 end}) table.concat(t)",
                   ErrorKind::Instructions, "instructielimiet");
    expect_failure(sb, "local s = ('x'):rep(10000) while true do local t = s:rep(100) end", ErrorKind::Instructions,
                   "instructielimiet");
    expect_failure(sb, "local s = ('return 1 '):rep(100000) while true do load(s) end", ErrorKind::Instructions,
                   "instructielimiet");
    expect_failure(sb, "local s = ('9'):rep(1e6) while true do local n = tonumber(s) end", ErrorKind::Instructions,
                   "instructielimiet");
    expect_failure(sb, "local s = ('9'):rep(1e6) while true do local n = s + 1 end", ErrorKind::Instructions,
                   "instructielimiet");
    expect_failure(sb, "local s = ('x'):rep(1e6) while true do local n = utf8.len(s) end", ErrorKind::Instructions,
                   "instructielimiet");
    // Small uses stay cheap.
    CHECK(run(sb,
              "local t = {} for i = 1, 1000 do table.insert(t, 1, i) end"
              " assert(#table.concat(t, ',') > 0)")
              .ok());
}

TEST_CASE("sandbox: the wall-clock net stops work the instruction count cannot see") {
    SandboxLimits limits;
    limits.instructions_per_call = 1'000'000'000'000;
    limits.cpu_ms_per_call = 100;
    Sandbox sb(limits);
    const auto start = std::chrono::steady_clock::now();
    const CallResult r = run(sb,
                             "local a, b = ('x'):rep(4e6), ('x'):rep(4e6)"
                             " while true do local _ = (a == b) end");
    INFO(r.message);
    CHECK(r.kind == ErrorKind::Instructions);
    CHECK(contains(r.message, "tijdslimiet"));
    CHECK(seconds_since(start) < kHangSeconds);
}

TEST_CASE("sandbox: deep recursion is an ordinary runtime error") {
    Sandbox sb;
    const CallResult lua_stack = run(sb, "local function f(n) return 1 + f(n + 1) end f(1)");
    INFO(lua_stack.message);
    CHECK(lua_stack.kind == ErrorKind::Runtime);
    CHECK(contains(lua_stack.message, "stack overflow"));
    CHECK(run(sb, "local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return t.x").kind ==
          ErrorKind::Runtime);
    CHECK(run(sb, "local function f(s) return (s:gsub('.', f)) end f('ab')").kind == ErrorKind::Runtime);
    CHECK(run(sb, "local function f() return tostring(setmetatable({}, {__tostring = f})) end f()").kind ==
          ErrorKind::Runtime);
    CHECK(run(sb, "return 1").ok());
}

TEST_CASE("sandbox: memory bombs end with ErrorKind::Memory within the cap") {
    SandboxLimits limits;
    limits.memory_bytes = 8u << 20;
    limits.instructions_per_call = 10'000'000;
    limits.cpu_ms_per_call = 0;  // deterministic: the memory cap, not the clock, must end these
    Sandbox sb(limits);
    CHECK(sb.memory_in_use() > 0);
    CHECK(sb.memory_in_use() < limits.memory_bytes / 4);
    expect_failure(sb, "local t = {} for i = 1, 1e9 do t[i] = i end", ErrorKind::Memory, "geheugenlimiet");
    expect_failure(sb, "local t = {} for i = 1, 1e9 do t[i] = {i} end", ErrorKind::Memory, "geheugenlimiet");
    expect_failure(sb, "local s = 'x' while true do s = s .. s end", ErrorKind::Memory, "geheugenlimiet");
    expect_failure(sb, "local t = {} for i = 1, 1e9 do t['k' .. i] = true end", ErrorKind::Memory, "geheugenlimiet");
    expect_failure(sb, "return string.rep('x', 1e9)", ErrorKind::Memory, "geheugenlimiet");
    expect_failure(sb, "return ('abc'):rep(2^40, 'yy')", ErrorKind::Memory, "geheugenlimiet");
    expect_failure(sb, "return table.concat({('x'):rep(4e6), ('x'):rep(4e6)})", ErrorKind::Memory, "geheugenlimiet");

    // Swallowing the memory error and allocating on: the budget ends it.
    for (const char* code : {
             "local t = {} while true do pcall(function() t[#t + 1] = ('x'):rep(1000) .. #t end) end",
             "T = {} while true do pcall(function() T[#T + 1] = {} end) end",
         }) {
        const auto start = std::chrono::steady_clock::now();
        const CallResult r = run(sb, code);
        INFO(code, " -> ", r.message);
        CHECK((r.kind == ErrorKind::Memory || r.kind == ErrorKind::Instructions));
        CHECK(seconds_since(start) < kHangSeconds);
        CHECK(sb.memory_in_use() <= limits.memory_bytes);
    }
    CHECK(run(sb, "T = nil").ok());
    // Garbage from the failed calls is reclaimed: the state is usable again.
    CHECK(run(sb, "local t = {} for i = 1, 10000 do t[i] = i end").ok());
    CHECK(sb.memory_in_use() <= limits.memory_bytes);

    // string.rep is also bounded by max_string_bytes under a generous memory cap.
    Sandbox big;
    const CallResult r = run(big, "return ('x'):rep(32 * 1024 * 1024)");
    CHECK(r.kind == ErrorKind::Memory);
    CHECK(contains(r.message, "geheugenlimiet"));
    CHECK(eval(big, "#('x'):rep(1000, ', ')") == "2998");
}

TEST_CASE("sandbox: pattern bombs end with ErrorKind::Pattern") {
    Sandbox sb;
    const char* const bombs[] = {
        "return string.rep('a', 40):match(string.rep('a?', 40) .. string.rep('a', 40))",
        "return ('a'):rep(50000):find('.-.-.-.-x')",
        "return ('a'):rep(50000):match('(.-)(.-)(.-)x')",
        "return ('a'):rep(50000):gsub('.-.-.-x', '')",
        "for x in ('a'):rep(50000):gmatch('.-.-.-x') do end",
        "return ('a'):rep(300):match(('a?'):rep(300))",  // too deeply nested
        "return ('x'):rep(100000):find(('x'):rep(50000) .. 'y', 1, true)",
    };
    for (const char* code : bombs) expect_failure(sb, code, ErrorKind::Pattern, "patroon");

    // In a pcall loop the charged steps end it through the instruction budget.
    expect_failure(sb, "local s = ('a'):rep(50000) while true do pcall(string.find, s, '.-.-.-.-x') end",
                   ErrorKind::Instructions, "instructielimiet");
}

TEST_CASE("sandbox: pattern functions follow the manual") {
    Sandbox sb;
    REQUIRE(run(sb, kHelpers).ok());
    for (const PatternCase& c : kPatternCases) {
        INFO(c.expr);
        const std::string got = eval(sb, pattern_call(c.expr));
        if (std::string(c.expected) == "error") {
            CHECK(got.rfind("error: ", 0) == 0);
        } else {
            CHECK(got == c.expected);
        }
    }
    // Error texts for malformed patterns.
    CHECK(eval(sb, "select(2, pcall(string.find, 'a', '[a'))") == "malformed pattern (missing ']')");
    CHECK(eval(sb, "select(2, pcall(string.match, 'a', '(a'))") == "unfinished capture");
}

TEST_CASE("sandbox: pattern functions give the same results as stock Lua") {
    Sandbox sb;
    REQUIRE(run(sb, kHelpers).ok());
    lua_State* stock = luaL_newstate();
    luaL_openlibs(stock);
    // Same chunk names as in the sandbox, so error messages compare too.
    REQUIRE(luaL_loadbuffer(stock, kHelpers, std::strlen(kHelpers), "@test.lua") == LUA_OK);
    REQUIRE(lua_pcall(stock, 0, 0, 0) == LUA_OK);
    int compared = 0;
    for (const std::string& expr : comparison_exprs()) {
        const std::string code = "return " + pattern_call(expr);
        REQUIRE(luaL_loadbuffer(stock, code.data(), code.size(), "=eval") == LUA_OK);
        REQUIRE(lua_pcall(stock, 0, 1, 0) == LUA_OK);
        const std::string expected = lua_tostring(stock, -1);
        lua_pop(stock, 1);
        INFO(expr);
        CHECK(eval(sb, pattern_call(expr)) == expected);
        ++compared;
    }
    lua_close(stock);
    CHECK(compared > 4000);
}

TEST_CASE("sandbox: matcher steps are counted directly") {
    namespace pattern = lwp::scripting::pattern;
    pattern::Matcher m;
    const std::string subject(30, 'a');
    std::string bomb;
    for (int i = 0; i < 30; ++i) bomb += "a?";
    bomb += subject;
    pattern::init(m, subject.data(), subject.size(), bomb.data(), bomb.size(), 10'000);
    std::size_t s = 0;
    std::size_t e = 0;
    CHECK_FALSE(pattern::search(m, 0, true, &s, &e));
    CHECK(m.error == pattern::Error::StepLimit);
    CHECK(m.steps <= 10'001);

    pattern::init(m, "key=val", 7, "(%w+)=(%w+)", 11, 10'000);
    REQUIRE(pattern::search(m, 0, true, &s, &e));
    CHECK(s == 0);
    CHECK(e == 7);
    CHECK(m.level == 2);
    CHECK(m.steps < 100);
}

TEST_CASE("sandbox: math.random is deterministic per seed") {
    Sandbox sb;
    const std::string draw = "math.random(1, 1000000) .. ',' .. math.random(1, 1000000) .. ',' .. math.random()";
    sb.seed_random(42);
    const std::string a = eval(sb, draw);
    sb.seed_random(42);
    CHECK(eval(sb, draw) == a);
    sb.seed_random(43);
    CHECK(eval(sb, draw) != a);
    sb.seed_random(0xFFFF'FFFF'FFFF'FFFFull);  // full 64-bit seeds are accepted
    const std::string c = eval(sb, draw);
    sb.seed_random(0xFFFF'FFFF'FFFF'FFFFull);
    CHECK(eval(sb, draw) == c);
    // Two fresh sandboxes start identically, and scripts cannot reseed from the clock.
    Sandbox s1;
    Sandbox s2;
    CHECK(eval(s1, draw) == eval(s2, draw));
    CHECK_FALSE(run(sb, "math.randomseed()").ok());
    CHECK(run(sb, "math.randomseed(5)").ok());
}

TEST_CASE("sandbox: error messages carry chunk name, line and traceback") {
    Sandbox sb;
    const CallResult runtime = sb.run_text("local x\nx.y = 1", "file.lua");
    CHECK(runtime.kind == ErrorKind::Runtime);
    CHECK(runtime.message.rfind("file.lua:2:", 0) == 0);
    CHECK(contains(runtime.message, "stack traceback"));

    const CallResult syntax = sb.run_text("x = = 1", "file.lua");
    CHECK(syntax.kind == ErrorKind::Syntax);
    CHECK(syntax.message.rfind("file.lua:1:", 0) == 0);

    const CallResult table_error = run(sb, "error({code = 1})");
    CHECK(table_error.kind == ErrorKind::Runtime);
    CHECK(contains(table_error.message, "table"));

    CHECK(run(sb, "x = 1").ok());
    CHECK(run(sb, "x = 1").message.empty());
}

TEST_CASE("sandbox: call() follows its stack contract") {
    Sandbox sb;
    lua_State* L = sb.state();
    REQUIRE(run(sb, "function add(a, b) return a + b, 'second' end").ok());
    lua_pushinteger(L, 99);  // unrelated value below
    lua_getglobal(L, "add");
    lua_pushinteger(L, 2);
    lua_pushinteger(L, 3);
    CHECK(sb.call(2, 2).ok());
    REQUIRE(lua_gettop(L) == 3);
    CHECK(lua_tointeger(L, 2) == 5);
    CHECK(std::string(lua_tostring(L, 3)) == "second");
    lua_settop(L, 1);

    lua_getglobal(L, "add");
    lua_pushinteger(L, 2);
    lua_pushboolean(L, 1);
    const CallResult r = sb.call(2, 2);
    CHECK(r.kind == ErrorKind::Runtime);
    CHECK(lua_gettop(L) == 1);  // nothing pushed on failure
    CHECK(lua_tointeger(L, 1) == 99);
    lua_settop(L, 0);
}
