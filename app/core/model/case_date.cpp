#include "core/model/case_date.hpp"

#include <array>
#include <cstdio>

namespace lwp::core {

namespace {
constexpr std::array<const char*, 12> kMonthsNl{"januari", "februari", "maart", "april", "mei", "juni",
                                                "juli", "augustus", "september", "oktober", "november", "december"};
constexpr std::array<const char*, 12> kMonthsEn{"January", "February", "March", "April", "May", "June",
                                                "July", "August", "September", "October", "November", "December"};

bool parse_point(const std::string& s, int& y, int& m, int& d) {
    y = m = d = 0;
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
    auto digits = [&](size_t from, size_t n, int& out) {
        out = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    if (!digits(0, 4, y) || y < 1900 || y > 2100) return false;
    if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2, m) || m < 1 || m > 12)) return false;
    if (s.size() == 10 && (s[7] != '-' || !digits(8, 2, d) || d < 1 || d > 31)) return false;
    return true;
}

std::string point_display(int y, int m, int d, Lang lang) {
    const auto& months = lang == Lang::En ? kMonthsEn : kMonthsNl;
    std::string out;
    if (d) out += std::to_string(d) + " ";
    if (m) out += std::string(months[static_cast<size_t>(m - 1)]) + " ";
    out += std::to_string(y);
    return out;
}

std::string point_iso(int y, int m, int d) {
    char buf[16];
    if (d) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else if (m) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
}
}  // namespace

std::optional<CaseDate> parse_case_date(const std::string& text) {
    CaseDate date;
    auto slash = text.find('/');
    if (!parse_point(text.substr(0, slash), date.year, date.month, date.day)) return std::nullopt;
    if (slash != std::string::npos) {
        if (!parse_point(text.substr(slash + 1), date.end_year, date.end_month, date.end_day)) return std::nullopt;
        CaseDate end{date.end_year, date.end_month, date.end_day, 0, 0, 0};
        if (end.key() < date.key()) return std::nullopt;
    }
    return date;
}

std::string CaseDate::iso() const {
    if (!valid()) return {};
    std::string out = point_iso(year, month, day);
    if (is_period()) out += "/" + point_iso(end_year, end_month, end_day);
    return out;
}

std::string CaseDate::display(Lang lang) const {
    if (!valid()) return {};
    std::string out = point_display(year, month, day, lang);
    if (is_period()) out += " – " + point_display(end_year, end_month, end_day, lang);
    return out;
}

}  // namespace lwp::core
