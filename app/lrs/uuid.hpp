// Name-based UUIDs (RFC 4122 version 5, SHA-1 from OpenSSL): statement ids that are the same
// every time the same session and action are turned into statements, so resending never
// duplicates a statement in the LRS.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace lwp::lrs {

using Uuid = std::array<std::uint8_t, 16>;

// RFC 4122 appendix C: the URL namespace.
Uuid namespace_url();
Uuid uuid_v5(const Uuid& ns, const std::string& name);
std::string to_string(const Uuid& u);  // lower-case 8-4-4-4-12
// SHA-1 of `bytes` as 40 lower-case hex digits.
std::string sha1_hex(const std::string& bytes);

// The namespace of every Leerwerkplaats statement id: uuid_v5(namespace_url(), profile::kBase).
const Uuid& statement_namespace();
std::string statement_id(const std::string& name);  // to_string(uuid_v5(statement_namespace(), name))

}  // namespace lwp::lrs
