scenario { id = "t", titel = "T", versie = "1", api = 1, start = "a" }
local n = 0
local ok = pcall(function() while true do n = n + 1 end end)
local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
local s = ("ab"):rep(10, ","):gsub("(%w)", "%1%1"):upper()
local t = setmetatable({}, { __index = function(_, k) return k end, __close = function() end })
local f = load("return 1 + " .. #s, "x", "t", {})
stap "a" { titel = s:sub(1, 5), tekst = tostring(t.x) .. f(), keuze "k" { tekst = "K", naar = "e",
  als = function(st) return select("#", string.find(st.stap, "(a)")) > 0 end } }
einde "e" { titel = "E", tekst = "T" }
