// Dates inside a case: a year, a month or a day, or a period between two of them ("2021-03/2021-09").
// Cases are anonymised, so dates are usually months; exact birth dates never appear.
#pragma once

#include <optional>
#include <string>

#include "core/model/text.hpp"

namespace lwp::core {

struct CaseDate {
    int year = 0, month = 0, day = 0;             // month/day 0 = unknown
    int end_year = 0, end_month = 0, end_day = 0;  // end_year 0 = a point, not a period

    bool valid() const { return year != 0; }
    bool is_period() const { return end_year != 0; }
    // Sort key in days-ish units; unknown parts sort first within their year/month.
    long key() const { return (year * 13L + month) * 32L + day; }
    std::string iso() const;               // "2021-03" or "2021-03/2021-09"
    std::string display(Lang lang) const;  // "maart 2021" or "mrt 2021 – sep 2021"
};

// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", each optionally "/..." for a period. nullopt if malformed.
std::optional<CaseDate> parse_case_date(const std::string& text);

}  // namespace lwp::core
