// Lua 5.4 patterns, from the reference manual (§6.4.1). See lua_pattern.hpp for the contract.
//
// Structure: match_at() walks the pattern left to right. Plain pattern items (a single character
// class without quantifier, %b, %f, back-references) are consumed in a loop; only items that
// need backtracking (quantifiers '*', '+', '-', '?', and captures, which must be undone when the
// rest fails) recurse. Each recursion level is counted against kMaxDepth and every loop
// iteration against the step budget.
#include "scripting/lua_pattern.hpp"

#include <cstdio>
#include <cstring>

namespace lwp::scripting::pattern {

namespace {

constexpr unsigned char kEscape = '%';

// Character classes of the "C" locale, independent of the process locale.
bool is_upper(unsigned c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(unsigned c) {
    return c >= 'a' && c <= 'z';
}
bool is_alpha(unsigned c) {
    return is_upper(c) || is_lower(c);
}
bool is_digit(unsigned c) {
    return c >= '0' && c <= '9';
}
bool is_alnum(unsigned c) {
    return is_alpha(c) || is_digit(c);
}
bool is_space(unsigned c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
bool is_cntrl(unsigned c) {
    return c < 32 || c == 127;
}
bool is_graph(unsigned c) {
    return c > 32 && c < 127;
}
bool is_punct(unsigned c) {
    return is_graph(c) && !is_alnum(c);
}
bool is_xdigit(unsigned c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Does character c belong to the class named by letter `cls` (the character after '%')?
// Upper-case class letters are complements; any other character stands for itself.
bool in_class(unsigned c, unsigned cls) {
    bool r;
    switch (is_upper(cls) ? cls + ('a' - 'A') : cls) {
        case 'a':
            r = is_alpha(c);
            break;
        case 'c':
            r = is_cntrl(c);
            break;
        case 'd':
            r = is_digit(c);
            break;
        case 'g':
            r = is_graph(c);
            break;
        case 'l':
            r = is_lower(c);
            break;
        case 'p':
            r = is_punct(c);
            break;
        case 's':
            r = is_space(c);
            break;
        case 'u':
            r = is_upper(c);
            break;
        case 'w':
            r = is_alnum(c);
            break;
        case 'x':
            r = is_xdigit(c);
            break;
        case 'z':
            r = c == 0;
            break;  // not in the 5.4 manual, but 5.4 still accepts it
        default:
            return cls == c;
    }
    return is_upper(cls) ? !r : r;
}

bool tick(Matcher& m, std::uint64_t n = 1) {
    m.steps += n;
    if (m.steps > m.max_steps) {
        fail(m, Error::StepLimit, "step limit");
        return false;
    }
    return true;
}

// Offset just past the single-character class starting at `pi` (a literal, '.', %x or [set]).
// kNoMatch with m.error set when malformed.
std::size_t item_end(Matcher& m, std::size_t pi) {
    const unsigned char* p = m.pat;
    const std::size_t n = m.pat_len;
    const unsigned char c = p[pi++];
    if (c == kEscape) {
        if (pi >= n) {
            fail(m, Error::Malformed, "malformed pattern (ends with '%')");
            return kNoMatch;
        }
        return pi + 1;
    }
    if (c == '[') {
        if (pi < n && p[pi] == '^') ++pi;
        // The first member is taken literally, so "[]]" and "[^]]" are sets containing ']'.
        for (;;) {
            if (pi >= n) {
                fail(m, Error::Malformed, "malformed pattern (missing ']')");
                return kNoMatch;
            }
            if (p[pi++] == kEscape && pi < n) ++pi;  // skip the escaped character
            if (pi < n && p[pi] == ']') return pi + 1;
        }
    }
    return pi;
}

// Is c in the set p[open] == '[' ... p[close] == ']'?
bool in_set(const Matcher& m, unsigned c, std::size_t open, std::size_t close) {
    const unsigned char* p = m.pat;
    std::size_t i = open + 1;
    bool negated = false;
    if (p[i] == '^') {
        negated = true;
        ++i;
    }
    for (; i < close; ++i) {
        if (p[i] == kEscape) {
            ++i;
            if (in_class(c, p[i])) return !negated;
        } else if (i + 2 < close && p[i + 1] == '-') {
            if (p[i] <= c && c <= p[i + 2]) return !negated;
            i += 2;
        } else if (p[i] == c) {
            return !negated;
        }
    }
    return negated;
}

// Does c match the single-character class p[pi, ep)?
bool single(const Matcher& m, unsigned c, std::size_t pi, std::size_t ep) {
    switch (m.pat[pi]) {
        case '.':
            return true;
        case kEscape:
            return in_class(c, m.pat[pi + 1]);
        case '[':
            return in_set(m, c, pi, ep - 1);
        default:
            return m.pat[pi] == c;
    }
}

std::size_t match_at(Matcher& m, std::size_t si, std::size_t pi);

// One recursion level, bounded by kMaxDepth.
std::size_t descend(Matcher& m, std::size_t si, std::size_t pi) {
    if (m.depth >= kMaxDepth) {
        fail(m, Error::TooDeep, "too deep");
        return kNoMatch;
    }
    ++m.depth;
    const std::size_t r = match_at(m, si, pi);
    --m.depth;
    return r;
}

// The item p[pi, ep) followed by '*' (or '+' after one forced match): take as many as possible,
// then give back one at a time until the rest of the pattern (after ep + 1) matches.
std::size_t greedy(Matcher& m, std::size_t si, std::size_t pi, std::size_t ep) {
    std::size_t count = 0;
    while (si + count < m.src_len && single(m, m.src[si + count], pi, ep)) {
        ++count;
        if (!tick(m)) return kNoMatch;
    }
    for (;;) {
        const std::size_t r = descend(m, si + count, ep + 1);
        if (r != kNoMatch || m.error != Error::None) return r;
        if (count == 0) return kNoMatch;
        --count;
    }
}

// The item p[pi, ep) followed by '-': take as few as possible.
std::size_t lazy(Matcher& m, std::size_t si, std::size_t pi, std::size_t ep) {
    for (;;) {
        const std::size_t r = descend(m, si, ep + 1);
        if (r != kNoMatch || m.error != Error::None) return r;
        if (si < m.src_len && single(m, m.src[si], pi, ep)) {
            ++si;
            if (!tick(m)) return kNoMatch;
        } else {
            return kNoMatch;
        }
    }
}

std::size_t open_capture(Matcher& m, std::size_t si, std::size_t pi, std::ptrdiff_t kind) {
    if (m.level >= kMaxCaptures) {
        fail(m, Error::Malformed, "too many captures");
        return kNoMatch;
    }
    m.capture[m.level] = Capture{si, kind};
    ++m.level;
    const std::size_t r = descend(m, si, pi);
    if (r == kNoMatch) --m.level;  // undo
    return r;
}

std::size_t close_capture(Matcher& m, std::size_t si, std::size_t pi) {
    int open = m.level - 1;
    while (open >= 0 && m.capture[open].len != kCapOpen) --open;
    if (open < 0) {
        fail(m, Error::Malformed, "invalid pattern capture");
        return kNoMatch;
    }
    m.capture[open].len = static_cast<std::ptrdiff_t>(si - m.capture[open].start);
    const std::size_t r = descend(m, si, pi);
    if (r == kNoMatch) m.capture[open].len = kCapOpen;  // undo
    return r;
}

// %bxy at p[pi] == 'b': a balanced x...y run starting at si.
std::size_t balanced(Matcher& m, std::size_t si, std::size_t pi) {
    if (pi + 2 >= m.pat_len) {
        fail(m, Error::Malformed, "malformed pattern (missing arguments to '%b')");
        return kNoMatch;
    }
    const unsigned char open = m.pat[pi + 1];
    const unsigned char close = m.pat[pi + 2];
    if (si >= m.src_len || m.src[si] != open) return kNoMatch;
    int nesting = 1;
    for (std::size_t i = si + 1; i < m.src_len; ++i) {
        if (!tick(m)) return kNoMatch;
        const unsigned char c = m.src[i];
        if (c == close) {  // checked first, so %bxx pairs up equal characters
            if (--nesting == 0) return i + 1;
        } else if (c == open) {
            ++nesting;
        }
    }
    return kNoMatch;
}

// %N at p[pi] == N: the text of capture N again.
std::size_t back_reference(Matcher& m, std::size_t si, unsigned digit) {
    const int index = static_cast<int>(digit) - '1';
    if (index < 0 || index >= m.level || m.capture[index].len == kCapOpen) {
        m.error = Error::BadCaptureIndex;
        std::snprintf(m.message, sizeof m.message, "invalid capture index %%%d", index + 1);
        return kNoMatch;
    }
    const Capture& cap = m.capture[index];
    if (cap.len == kCapPosition) return kNoMatch;  // a position is not text: never matches
    const auto len = static_cast<std::size_t>(cap.len);
    if (!tick(m, 1 + len / 16)) return kNoMatch;
    if (m.src_len - si >= len && std::memcmp(m.src + cap.start, m.src + si, len) == 0) {
        return si + len;
    }
    return kNoMatch;
}

std::size_t match_at(Matcher& m, std::size_t si, std::size_t pi) {
    const unsigned char* p = m.pat;
    const std::size_t n = m.pat_len;
    for (;;) {
        if (!tick(m)) return kNoMatch;
        if (pi == n) return si;
        const unsigned char pc = p[pi];
        if (pc == '(') {
            if (pi + 1 < n && p[pi + 1] == ')') return open_capture(m, si, pi + 2, kCapPosition);
            return open_capture(m, si, pi + 1, kCapOpen);
        }
        if (pc == ')') return close_capture(m, si, pi + 1);
        if (pc == '$' && pi + 1 == n) return si == m.src_len ? si : kNoMatch;
        if (pc == kEscape && pi + 1 < n) {
            const unsigned char e = p[pi + 1];
            if (e == 'b') {
                si = balanced(m, si, pi + 1);
                if (si == kNoMatch) return kNoMatch;
                pi += 4;
                continue;
            }
            if (e == 'f') {
                pi += 2;
                if (pi >= n || p[pi] != '[') {
                    fail(m, Error::Malformed, "missing '[' after '%f' in pattern");
                    return kNoMatch;
                }
                const std::size_t ep = item_end(m, pi);
                if (ep == kNoMatch) return kNoMatch;
                const unsigned before = si == 0 ? 0u : m.src[si - 1];
                const unsigned here = si < m.src_len ? m.src[si] : 0u;
                if (in_set(m, before, pi, ep - 1) || !in_set(m, here, pi, ep - 1)) return kNoMatch;
                pi = ep;
                continue;
            }
            if (is_digit(e)) {
                si = back_reference(m, si, e);
                if (si == kNoMatch) return kNoMatch;
                pi += 2;
                continue;
            }
        }
        // A single-character class, possibly followed by a quantifier.
        const std::size_t ep = item_end(m, pi);
        if (ep == kNoMatch) return kNoMatch;
        const bool here = si < m.src_len && single(m, m.src[si], pi, ep);
        const unsigned char q = ep < n ? p[ep] : 0;
        switch (q) {
            case '?':
                if (here) {
                    const std::size_t r = descend(m, si + 1, ep + 1);
                    if (r != kNoMatch || m.error != Error::None) return r;
                }
                pi = ep + 1;
                continue;
            case '+':
                return here ? greedy(m, si + 1, pi, ep) : kNoMatch;
            case '*':
                return greedy(m, si, pi, ep);
            case '-':
                return lazy(m, si, pi, ep);
            default:
                if (!here) return kNoMatch;
                ++si;
                pi = ep;
                continue;
        }
    }
}

}  // namespace

void fail(Matcher& m, Error e, const char* message) {
    if (m.error != Error::None) return;
    m.error = e;
    std::snprintf(m.message, sizeof m.message, "%s", message);
}

void init(Matcher& m, const char* src, std::size_t src_len, const char* pat, std::size_t pat_len,
          std::uint64_t max_steps) {
    m.src = reinterpret_cast<const unsigned char*>(src);
    m.src_len = src_len;
    m.pat = reinterpret_cast<const unsigned char*>(pat);
    m.pat_len = pat_len;
    m.steps = 0;
    m.max_steps = max_steps;
    m.level = 0;
    m.depth = 0;
    m.error = Error::None;
    m.message[0] = '\0';
}

std::size_t match_here(Matcher& m, std::size_t si, std::size_t pi) {
    m.level = 0;
    m.depth = 0;
    return match_at(m, si, pi);
}

bool search(Matcher& m, std::size_t init, bool caret_anchors, std::size_t* start, std::size_t* end) {
    std::size_t pi = 0;
    const bool anchored = caret_anchors && m.pat_len > 0 && m.pat[0] == '^';
    if (anchored) pi = 1;
    for (std::size_t si = init; si <= m.src_len; ++si) {
        const std::size_t e = match_here(m, si, pi);
        if (m.error != Error::None) return false;
        if (e != kNoMatch) {
            *start = si;
            *end = e;
            return true;
        }
        if (anchored) break;
    }
    return false;
}

bool search_plain(Matcher& m, std::size_t init, std::size_t* start, std::size_t* end) {
    const std::size_t pl = m.pat_len;
    if (pl == 0) {
        *start = *end = init;
        return init <= m.src_len;
    }
    if (init > m.src_len || pl > m.src_len - init) return false;
    const std::size_t last = m.src_len - pl;  // last possible start
    std::size_t i = init;
    while (i <= last) {
        const void* hit = std::memchr(m.src + i, m.pat[0], last - i + 1);
        if (hit == nullptr) {
            tick(m, (last - i) / 64);  // the scan itself; a miss needs no error check
            return false;
        }
        const auto at = static_cast<std::size_t>(static_cast<const unsigned char*>(hit) - m.src);
        if (!tick(m, 1 + (at - i) / 64 + pl / 32)) return false;
        if (std::memcmp(m.src + at + 1, m.pat + 1, pl - 1) == 0) {
            *start = at;
            *end = at + pl;
            return true;
        }
        i = at + 1;
    }
    return false;
}

bool is_plain(const char* pat, std::size_t len) {
    for (std::size_t i = 0; i < len; ++i) {
        if (std::strchr("^$*+?.([%-", pat[i]) != nullptr && pat[i] != '\0') return false;
    }
    return true;
}

int result_count(const Matcher& m, bool whole_if_none) {
    return (m.level == 0 && whole_if_none) ? 1 : m.level;
}

bool capture_value(Matcher& m, int i, std::size_t ms, std::size_t me, std::size_t* start, std::size_t* len,
                   bool* is_position) {
    *is_position = false;
    if (i >= m.level) {
        if (i == 0) {  // no captures: the whole match
            *start = ms;
            *len = me - ms;
            return true;
        }
        m.error = Error::BadCaptureIndex;
        std::snprintf(m.message, sizeof m.message, "invalid capture index %%%d", i + 1);
        return false;
    }
    const Capture& cap = m.capture[i];
    if (cap.len == kCapOpen) {
        fail(m, Error::Malformed, "unfinished capture");
        return false;
    }
    *start = cap.start;
    if (cap.len == kCapPosition) {
        *is_position = true;
        *len = 0;
    } else {
        *len = static_cast<std::size_t>(cap.len);
    }
    return true;
}

}  // namespace lwp::scripting::pattern
