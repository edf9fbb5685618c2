// Numbers read from input data (scenario messages, command-line arguments, session arguments):
// std::from_chars only, so an overlong or malformed number is an answer ("not a number"), never
// an exception. The std::sto* family throws and is not used on input (tests/test_host_attacks.cpp
// greps app/ and scripting/ for it).
#pragma once

#include <charconv>
#include <optional>
#include <string_view>
#include <system_error>

namespace lwp::core {

// The whole text must be the number (no sign for unsigned types, no spaces, no trailing text).
template <typename Int>
std::optional<Int> parse_number(std::string_view text) {
    Int value{};
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

}  // namespace lwp::core
