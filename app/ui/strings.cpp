#include "ui/strings.hpp"

namespace lwp::ui {

namespace {
struct Entry {
    const char* nl;
    const char* en;
};
constexpr Entry kTable[] = {
#define LWP_STRING_ROW(key, nl, en) {nl, en},
    LWP_STRINGS(LWP_STRING_ROW)
#undef LWP_STRING_ROW
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(S::Count));

core::Lang g_language = core::Lang::Nl;
}  // namespace

void set_language(core::Lang lang) { g_language = lang; }
core::Lang language() { return g_language; }
const char* tr(S s, core::Lang lang) {
    const Entry& e = kTable[static_cast<size_t>(s)];
    return lang == core::Lang::En ? e.en : e.nl;
}
const char* tr(S s) { return tr(s, g_language); }

}  // namespace lwp::ui
