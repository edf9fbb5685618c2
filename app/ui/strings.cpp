#include "ui/strings.hpp"

#include <array>

#include "core/store/catalogue.hpp"

namespace lwp::ui {

namespace {
constexpr const char* kKeys[] = {
#define LWP_STRING_KEY(name, key) key,
    LWP_STRINGS(LWP_STRING_KEY)
#undef LWP_STRING_KEY
};
constexpr size_t kCount = static_cast<size_t>(S::Count);
static_assert(sizeof kKeys / sizeof kKeys[0] == kCount);

// The texts of one language, looked up once per language switch (tr() runs every frame).
struct Table {
    std::string code;
    std::array<const char*, kCount> text{};
};
Table build(const std::string& code) {
    Table t{code, {}};
    const core::Messages& m = core::catalogue();
    for (size_t i = 0; i < kCount; ++i) t.text[i] = m.get(code, kKeys[i]);
    return t;
}
Table& current() {
    static Table table = build("nl");
    return table;
}
}  // namespace

void set_language_code(const std::string& code) {
    if (current().code != code) current() = build(code);
}
void set_language(core::Lang lang) { set_language_code(core::lang_code(lang)); }
const std::string& language_code() { return current().code; }
core::Lang language() { return core::lang_from_code(current().code); }

std::vector<std::string> languages() { return core::catalogue().languages(); }
const char* language_name(const std::string& code) { return core::catalogue().get(code, "language.name"); }

const char* key_of(S s) { return kKeys[static_cast<size_t>(s)]; }
const char* tr(S s, core::Lang lang) { return core::catalogue().get(core::lang_code(lang), kKeys[static_cast<size_t>(s)]); }
const char* tr(S s) { return current().text[static_cast<size_t>(s)]; }

}  // namespace lwp::ui
