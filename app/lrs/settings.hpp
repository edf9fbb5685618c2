// Where learning records live in the data folder, and the LRS settings (endpoint, credentials,
// the pseudonym, organisation and team, the sending switch). The settings file holds the
// password, so it is written with mode 0600 and its contents never go to a log.
#pragma once

#include <filesystem>
#include <string>

#include "core/store/persistence.hpp"

namespace lwp::lrs {

namespace fs = std::filesystem;

// <data>/leerregistratie/: instellingen.json (0600), wachtrij/<session>.json (statements, one a
// line), verzonden/<session>.txt (ids the LRS accepted), status.json (last attempt).
struct LrsDir {
    fs::path root;
    explicit LrsDir(const core::DataDir& data) : root(data.root / "leerregistratie") {}
    fs::path settings_file() const { return root / "instellingen.json"; }
    fs::path queue() const { return root / "wachtrij"; }
    fs::path sent() const { return root / "verzonden"; }
    fs::path status_file() const { return root / "status.json"; }
    fs::path queue_file(const std::string& session) const { return queue() / (session + ".json"); }
    fs::path sent_file(const std::string& session) const { return sent() / (session + ".txt"); }
    bool ensure(std::string& error) const;
};

struct LrsSettings {
    std::string endpoint;  // the LRS's xAPI base, e.g. https://lrs.regio.example/xAPI/ (statements at <endpoint>statements)
    std::string user, password;        // HTTP Basic (the LRS's key and secret)
    std::string home_page = "https://leerwerkplaats.example/";  // actor.account.homePage
    std::string pseudonym;             // actor.account.name: what the trainee or organisation chose
    std::string organisation, team;    // context extensions; the monitor groups by them
    bool sending = true;               // the privacy switch: off keeps everything in the queue
    bool reflection_text = false;      // opt-in: send the reflection's text (never by default)

    bool configured() const { return !endpoint.empty(); }
    bool operator==(const LrsSettings&) const = default;
};

// Missing file: defaults (not configured). A damaged file is set aside (core::quarantine).
LrsSettings load_lrs_settings(const core::DataDir& data, std::string& error);
bool save_lrs_settings(const core::DataDir& data, const LrsSettings& settings, std::string& error);

// A pseudonym when none is set: "deelnemer-" and 8 random hex digits; saved so it stays.
std::string new_pseudonym();

// Checks an endpoint before anything is sent: http(s) only, no user:password@ in the URL, and
// plain http only to this computer (127.0.0.0/8, localhost, [::1]) so credentials never cross
// a network unencrypted. Returns "" when fine, else the reason.
std::string check_endpoint(const std::string& endpoint);
// The endpoint with exactly one trailing '/'.
std::string normalise_endpoint(std::string endpoint);

}  // namespace lwp::lrs
