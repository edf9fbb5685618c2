#include "core/model/case_words.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace lwp::core {

namespace {
struct Role {
    std::string_view nl, en;
};
constexpr std::array<Role, 40> kRoles{{
    {"moeder", "mother"},         {"vader", "father"},           {"ouder", "parent"},
    {"kind", "child"},            {"zoon", "son"},               {"dochter", "daughter"},
    {"broer", "brother"},         {"zus", "sister"},             {"halfbroer", "half-brother"},
    {"halfzus", "half-sister"},   {"oma", "grandmother"},        {"opa", "grandfather"},
    {"grootmoeder", "grandmother"}, {"grootvader", "grandfather"}, {"tante", "aunt"},
    {"oom", "uncle"},             {"neef", "cousin"},            {"nicht", "cousin"},
    {"stiefvader", "stepfather"}, {"stiefmoeder", "stepmother"}, {"stiefouder", "step-parent"},
    {"stiefkind", "stepchild"},   {"pleegvader", "foster father"}, {"pleegmoeder", "foster mother"},
    {"pleegouder", "foster parent"}, {"pleegkind", "foster child"}, {"partner", "partner"},
    {"nieuwe partner", "new partner"}, {"ex-partner", "former partner"}, {"buurvrouw", "neighbour"},
    {"buurman", "neighbour"},     {"buren", "neighbours"},       {"vriendin", "friend"},
    {"vriend", "friend"},         {"netwerk", "network"},        {"professional", "professional"},
    {"leerkracht", "teacher"},    {"huisarts", "GP"},            {"jeugdbeschermer", "youth protector"},
    {"gezinsvoogd", "family guardian"},
}};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const Role* find(const std::string& role) {
    const std::string key = lower(role);
    for (const auto& r : kRoles)
        if (r.nl == key) return &r;
    return nullptr;
}
}  // namespace

bool role_known(const std::string& role) { return find(role) != nullptr; }

std::string role_name(const std::string& role, Lang lang) {
    if (lang != Lang::En) return role;
    const Role* r = find(role);
    return r ? std::string(r->en) : role;
}

std::string difficulty_name(const std::string& difficulty, Lang lang) {
    if (lang != Lang::En) return difficulty;
    static constexpr Role kLevels[] = {{"instap", "introductory"}, {"basis", "basic"}, {"gevorderd", "advanced"}, {"expert", "expert"}};
    const std::string key = lower(difficulty);
    for (const auto& l : kLevels)
        if (l.nl == key) return std::string(l.en);
    return difficulty;
}

}  // namespace lwp::core
