// A Lua 5.4 pattern matcher (reference manual §6.4.1), written from scratch for the sandbox.
//
// It knows nothing about lua_State: the sandbox's string.find/match/gmatch/gsub are built on top
// of it. Two properties matter for hostile input:
//   * every unit of work is counted, and matching stops with Error::StepLimit once `max_steps`
//     is exceeded, so backtracking bombs end quickly instead of hanging;
//   * nesting (recursion) is bounded by kMaxDepth, so long patterns cannot exhaust the C stack.
// Errors are reported through Matcher::error (no exceptions, no longjmp), and Matcher is a plain
// aggregate, so callers may raise Lua errors (longjmp) with one alive on their frame.
#pragma once

#include <cstddef>
#include <cstdint>

namespace lwp::scripting::pattern {

inline constexpr int kMaxCaptures = 32;  // same as LUA_MAXCAPTURES
inline constexpr int kMaxDepth = 200;    // nested quantifier/capture levels ("pattern too complex")
inline constexpr std::size_t kNoMatch = static_cast<std::size_t>(-1);

// Capture::len values that are not lengths.
inline constexpr std::ptrdiff_t kCapPosition = -1;  // "()" capture: the position is the value
inline constexpr std::ptrdiff_t kCapOpen = -2;      // "(" seen, ")" not yet

enum class Error : unsigned char {
    None,
    StepLimit,        // more than max_steps units of work
    TooDeep,          // more than kMaxDepth nested levels
    Malformed,        // bad pattern (message says why)
    BadCaptureIndex,  // %N refers to a capture that does not exist / is not closed
};

struct Capture {
    std::size_t start;
    std::ptrdiff_t len;
};

// All state of one matching operation. Positions are 0-based byte offsets.
struct Matcher {
    const unsigned char* src;
    std::size_t src_len;
    const unsigned char* pat;
    std::size_t pat_len;
    std::uint64_t steps;
    std::uint64_t max_steps;
    int level;  // captures in use
    int depth;  // current nesting
    Error error;
    char message[96];  // Lua-style text for Malformed / BadCaptureIndex
    Capture capture[kMaxCaptures];
};

// Prepares `m` for matching `pat` against `src`.
void init(Matcher& m, const char* src, std::size_t src_len, const char* pat, std::size_t pat_len,
          std::uint64_t max_steps);

// Matches the pattern, starting at pattern offset `pi`, against the subject at offset `si`.
// Returns the end offset of the match or kNoMatch. Resets captures first. On error returns
// kNoMatch with m.error set.
std::size_t match_here(Matcher& m, std::size_t si, std::size_t pi);

// Searches for the first match starting at or after `init` (<= src_len). A leading '^' anchors
// the search when `caret_anchors` (find/match/gsub; not gmatch). On success stores the match in
// [*start, *end) and returns true. On failure or error returns false (check m.error).
bool search(Matcher& m, std::size_t init, bool caret_anchors, std::size_t* start, std::size_t* end);

// Plain substring search of the pattern in the subject from `init`; counts steps like search().
bool search_plain(Matcher& m, std::size_t init, std::size_t* start, std::size_t* end);

// True when the pattern contains none of the magic characters ^$*+?.([%- (so a plain search
// gives the same result as pattern matching).
bool is_plain(const char* pat, std::size_t len);

// Number of values a match produces: its captures, or 1 (the whole match) when there are none
// and `whole_if_none`.
int result_count(const Matcher& m, bool whole_if_none);

// Describes value `i` (0-based) of a successful match [ms, me): with no captures, index 0 is the
// whole match. Sets *is_position for "()" captures (then *start is the 0-based position).
// Returns false and sets m.error for an unclosed capture or a nonexistent index.
bool capture_value(Matcher& m, int i, std::size_t ms, std::size_t me, std::size_t* start, std::size_t* len,
                   bool* is_position);

// Sets m.error/m.message (keeps the first error).
void fail(Matcher& m, Error e, const char* message);

}  // namespace lwp::scripting::pattern
