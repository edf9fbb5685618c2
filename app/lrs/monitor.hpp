// The regional monitor (issue 23): statements fetched from an LRS (GET /statements, paging via
// `more`), reduced to what the monitor needs, and a self-contained HTML report: per building
// block and per organisation/team the participants, sessions and share of criteria met, the
// trend over months, weakest building blocks first, as inline SVG charts. Only this profile's
// statements count; nothing personal is shown (participants are counted, never listed).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model/text.hpp"
#include "lrs/client.hpp"

namespace lwp::lrs {

// One statement, reduced.
struct Record {
    std::string verb;          // verb IRI
    std::string actor;         // account homePage + " " + name (a pseudonym)
    std::string registration;  // the session
    std::string organisation, team;
    std::string timestamp;     // ISO 8601 as sent
    std::string block;         // criteria and building-block scores
    bool success = false;      // criteria: met
};

// Parses one GET /statements answer: this profile's statements as records, and `more`.
bool parse_statement_page(const std::string& body, std::vector<Record>& out, std::string& more, std::string& error);

// DATE is YYYY-MM-DD. since: from that day on; until: up to and including that day. The LRS is
// asked for statements stored since `since` (xAPI filters on when they were stored); the period
// is then applied to when they happened (timestamp), so an offline laptop's late sync still
// counts in the right month.
struct Period {
    std::string since, until;  // "" = open
};
bool valid_date(const std::string& date);

struct FetchResult {
    std::vector<Record> records;
    size_t statements = 0, pages = 0;
    bool ok = false;
    std::string error;
};
FetchResult fetch_records(const LrsClient& client, const Period& period, size_t max_pages = 10000);

struct Share {
    int met = 0, assessed = 0;
    double value() const { return assessed ? static_cast<double>(met) / assessed : 0; }
};
struct BlockRow {
    std::string block;
    int participants = 0, sessions = 0;
    Share share;
    std::map<std::string, Share> months;  // "2026-11" → share
};
struct GroupRow {
    std::string organisation, team;
    int participants = 0, sessions = 0, completed = 0;
    Share share;
    std::map<std::string, Share> blocks;  // block → share
};
struct Monitor {
    Period period;
    int participants = 0, sessions = 0, completed = 0;
    Share share;
    std::vector<BlockRow> blocks;        // weakest first
    std::vector<GroupRow> groups;        // by organisation, team
    std::map<std::string, Share> months; // all blocks together
    std::map<std::string, int> month_participants;
};
Monitor build_monitor(const std::vector<Record>& records, const Period& period);
std::string monitor_html(const Monitor& monitor, core::Lang lang);

}  // namespace lwp::lrs
