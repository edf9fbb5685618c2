#include "lrs/settings.hpp"

#include <rapidjson/document.h>

#include <random>

#include "core/model/json_out.hpp"

namespace lwp::lrs {

bool LrsDir::ensure(std::string& error) const {
    std::error_code ec;
    for (const auto& dir : {root, queue(), sent()}) {
        fs::create_directories(dir, ec);
        if (ec) {
            error = "kan map " + dir.string() + " niet maken: " + ec.message();
            return false;
        }
    }
    return true;
}

namespace {

std::string str(const rapidjson::Value& obj, const char* key, const std::string& fallback = {}) {
    auto it = obj.FindMember(key);
    return it != obj.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength()) : fallback;
}
bool flag(const rapidjson::Value& obj, const char* key, bool fallback) {
    auto it = obj.FindMember(key);
    return it != obj.MemberEnd() && it->value.IsBool() ? it->value.GetBool() : fallback;
}

}  // namespace

LrsSettings load_lrs_settings(const core::DataDir& data, std::string& error) {
    const LrsDir dir(data);
    std::error_code ec;
    if (!fs::exists(dir.settings_file(), ec)) return {};
    auto bytes = core::read_file(dir.settings_file(), error);
    if (!bytes) return {};
    rapidjson::Document doc;
    doc.Parse(bytes->c_str(), bytes->size());
    if (doc.HasParseError() || !doc.IsObject()) {
        std::string move_error;
        const auto moved = core::quarantine(dir.settings_file(), data.damaged(), move_error);
        error = "instellingen voor leerregistratie waren beschadigd; apart gezet als " + moved.string();
        return {};
    }
    LrsSettings s;
    s.endpoint = str(doc, "lrs");
    s.user = str(doc, "gebruiker");
    s.password = str(doc, "wachtwoord");
    s.home_page = str(doc, "homepage", s.home_page);
    s.pseudonym = str(doc, "pseudoniem");
    s.organisation = str(doc, "organisatie");
    s.team = str(doc, "team");
    s.sending = flag(doc, "verzenden", true);
    s.reflection_text = flag(doc, "reflectietekst_meesturen", false);
    return s;
}

bool save_lrs_settings(const core::DataDir& data, const LrsSettings& s, std::string& error) {
    const LrsDir dir(data);
    if (!dir.ensure(error)) return false;
    core::JsonOut j;
    j.begin_object()
        .field("lrs", s.endpoint)
        .field("gebruiker", s.user)
        .field("wachtwoord", s.password)
        .field("homepage", s.home_page)
        .field("pseudoniem", s.pseudonym)
        .field("organisatie", s.organisation)
        .field("team", s.team)
        .field("verzenden", s.sending)
        .field("reflectietekst_meesturen", s.reflection_text)
        .end_object();
    return core::write_file_atomic(dir.settings_file(), j.str() + "\n", error, 0600);
}

std::string new_pseudonym() {
    std::random_device rd;
    char buf[32];
    std::snprintf(buf, sizeof buf, "deelnemer-%08x", static_cast<unsigned>(rd()));
    return buf;
}

std::string normalise_endpoint(std::string endpoint) {
    while (!endpoint.empty() && (endpoint.back() == '/' || endpoint.back() == ' ')) endpoint.pop_back();
    while (!endpoint.empty() && endpoint.front() == ' ') endpoint.erase(0, 1);
    return endpoint.empty() ? endpoint : endpoint + "/";
}

std::string check_endpoint(const std::string& endpoint) {
    const std::string e = normalise_endpoint(endpoint);
    if (e.empty()) return "geen LRS-adres ingesteld";
    const bool https = e.rfind("https://", 0) == 0, http = e.rfind("http://", 0) == 0;
    if (!https && !http) return "het LRS-adres moet met https:// beginnen";
    const std::string rest = e.substr(https ? 8 : 7);
    const std::string authority = rest.substr(0, rest.find('/'));
    if (authority.empty()) return "het LRS-adres mist een servernaam";
    if (authority.find('@') != std::string::npos)
        return "zet gebruikersnaam en wachtwoord niet in het adres, maar in de velden ervoor";
    if (http) {
        std::string host = authority;
        if (host.front() == '[') host = host.substr(0, host.find(']') + 1);
        else host = host.substr(0, host.find(':'));
        const bool loopback = host == "localhost" || host == "[::1]" || host.rfind("127.", 0) == 0;
        if (!loopback) return "gebruik https:// (http:// mag alleen naar deze computer, voor tests)";
    }
    return {};
}

}  // namespace lwp::lrs
