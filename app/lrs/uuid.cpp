#include "lrs/uuid.hpp"

#include <openssl/evp.h>

#include <stdexcept>

#include "lrs/profile.hpp"

namespace lwp::lrs {

namespace {

std::array<std::uint8_t, 20> sha1(const std::string& a, const std::string& b) {
    std::array<std::uint8_t, 20> out{};
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    unsigned len = 0;
    const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha1(), nullptr) == 1 && EVP_DigestUpdate(ctx, a.data(), a.size()) == 1 &&
                    EVP_DigestUpdate(ctx, b.data(), b.size()) == 1 && EVP_DigestFinal_ex(ctx, out.data(), &len) == 1 &&
                    len == out.size();
    EVP_MD_CTX_free(ctx);
    if (!ok) throw std::runtime_error("SHA-1 (OpenSSL) is niet beschikbaar");
    return out;
}

}  // namespace

Uuid namespace_url() {
    return {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
}

Uuid uuid_v5(const Uuid& ns, const std::string& name) {
    const auto digest = sha1(std::string(ns.begin(), ns.end()), name);
    Uuid u{};
    for (size_t i = 0; i < u.size(); ++i) u[i] = digest[i];
    u[6] = static_cast<std::uint8_t>((u[6] & 0x0f) | 0x50);  // version 5
    u[8] = static_cast<std::uint8_t>((u[8] & 0x3f) | 0x80);  // RFC 4122 variant
    return u;
}

std::string to_string(const Uuid& u) {
    static const char* hex = "0123456789abcdef";
    std::string s;
    for (size_t i = 0; i < u.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
        s += hex[u[i] >> 4];
        s += hex[u[i] & 0x0f];
    }
    return s;
}

std::string sha1_hex(const std::string& bytes) {
    static const char* hex = "0123456789abcdef";
    std::string s;
    for (std::uint8_t b : sha1(bytes, {})) {
        s += hex[b >> 4];
        s += hex[b & 0x0f];
    }
    return s;
}

const Uuid& statement_namespace() {
    static const Uuid ns = uuid_v5(namespace_url(), profile::kBase);
    return ns;
}

std::string statement_id(const std::string& name) { return to_string(uuid_v5(statement_namespace(), name)); }

}  // namespace lwp::lrs
