#include "lrs/client.hpp"

#include <curl/curl.h>
#include <dlfcn.h>

#include <cstring>

#include "lrs/settings.hpp"

namespace lwp::lrs {

namespace {

constexpr size_t kMaxAnswerBytes = size_t{32} << 20;

struct Transfer {
    std::string body;
    bool too_big = false;
    const std::atomic<bool>* cancel = nullptr;
};

size_t on_data(char* data, size_t size, size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    if (t->body.size() + size * n > kMaxAnswerBytes) {
        t->too_big = true;
        return 0;  // aborts the transfer
    }
    t->body.append(data, size * n);
    return size * n;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto* t = static_cast<Transfer*>(user);
    return t->cancel && t->cancel->load() ? 1 : 0;
}

// libcurl is opened on the first request, not linked (issue 22.4): linked, it and the 25 libraries
// it needs (GnuTLS, Kerberos, LDAP, SSH, ...) were loaded and relocated at every start, about 3 ms
// of the main thread before main(), for a feature most starts never use. The package depends on
// libcurl4 by name (cmake/Install.cmake), since dpkg-shlibdeps no longer sees it.
struct CurlApi {
    CURLcode (*global_init)(long) = nullptr;
    CURL* (*easy_init)() = nullptr;
    CURLcode (*easy_setopt)(CURL*, CURLoption, ...) = nullptr;
    CURLcode (*easy_perform)(CURL*) = nullptr;
    CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...) = nullptr;
    void (*easy_cleanup)(CURL*) = nullptr;
    const char* (*easy_strerror)(CURLcode) = nullptr;
    curl_slist* (*slist_append)(curl_slist*, const char*) = nullptr;
    void (*slist_free_all)(curl_slist*) = nullptr;
    bool ok = false;
};

template <class F>
bool bind_symbol(void* lib, F& fn, const char* name) {
    void* p = dlsym(lib, name);
    std::memcpy(&fn, &p, sizeof fn);  // object pointer to function pointer (POSIX dlsym)
    return p != nullptr;
}

// Loaded and initialised once (thread-safe: a function-local static); never closed.
const CurlApi& curl_api() {
    static const CurlApi api = [] {
        CurlApi c;
        void* lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!lib) return c;
        c.ok = bind_symbol(lib, c.global_init, "curl_global_init") && bind_symbol(lib, c.easy_init, "curl_easy_init") &&
               bind_symbol(lib, c.easy_setopt, "curl_easy_setopt") && bind_symbol(lib, c.easy_perform, "curl_easy_perform") &&
               bind_symbol(lib, c.easy_getinfo, "curl_easy_getinfo") && bind_symbol(lib, c.easy_cleanup, "curl_easy_cleanup") &&
               bind_symbol(lib, c.easy_strerror, "curl_easy_strerror") && bind_symbol(lib, c.slist_append, "curl_slist_append") &&
               bind_symbol(lib, c.slist_free_all, "curl_slist_free_all");
        if (c.ok) c.ok = c.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
        return c;
    }();
    return api;
}

// "scheme://host[:port]" of a URL.
std::string origin(const std::string& url) {
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string::npos) return {};
    const auto path = url.find('/', scheme_end + 3);
    return path == std::string::npos ? url : url.substr(0, path);
}

// A short, single-line excerpt of what the LRS said (it may explain a 400).
std::string excerpt(const std::string& body) {
    std::string s = body.substr(0, 300);
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s + (body.size() > 300 ? "…" : "");
}

}  // namespace

const char* kind_id(HttpResult::Kind k) {
    switch (k) {
        case HttpResult::Kind::Ok: return "ok";
        case HttpResult::Kind::Conflict: return "conflict";
        case HttpResult::Kind::BadRequest: return "400";
        case HttpResult::Kind::Unauthorized: return "401";
        case HttpResult::Kind::ServerError: return "5xx";
        case HttpResult::Kind::OtherStatus: return "status";
        case HttpResult::Kind::Timeout: return "timeout";
        case HttpResult::Kind::Network: return "network";
        case HttpResult::Kind::Refused: return "refused";
    }
    return "?";
}

LrsClient::LrsClient(ClientOptions options) : o_(std::move(options)) { o_.endpoint = normalise_endpoint(o_.endpoint); }

HttpResult LrsClient::request(const std::string& url, const std::string* post_body) const {
    HttpResult r;
    if (std::string why = check_endpoint(o_.endpoint); !why.empty()) {
        r.kind = HttpResult::Kind::Refused;
        r.message = why;
        return r;
    }
    const CurlApi& api = curl_api();
    CURL* curl = api.ok ? api.easy_init() : nullptr;
    if (!curl) {
        r.message = "libcurl kon niet starten (is libcurl4 geïnstalleerd?)";
        return r;
    }
    Transfer t;
    t.cancel = o_.cancel;
    char curl_error[CURL_ERROR_SIZE] = {0};
    curl_slist* headers = nullptr;
    headers = api.slist_append(headers, "X-Experience-API-Version: 1.0.3");
    headers = api.slist_append(headers, "Accept: application/json");
    if (post_body) headers = api.slist_append(headers, "Content-Type: application/json");
    api.easy_setopt(curl, CURLOPT_URL, url.c_str());
    api.easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    api.easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    api.easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    api.easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    api.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, o_.connect_timeout_s);
    api.easy_setopt(curl, CURLOPT_TIMEOUT, o_.total_timeout_s);
    api.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    api.easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
    api.easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
    api.easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    api.easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    api.easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    api.easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    api.easy_setopt(curl, CURLOPT_USERAGENT, "Leerwerkplaats");
    if (!o_.user.empty() || !o_.password.empty()) {
        api.easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        api.easy_setopt(curl, CURLOPT_USERNAME, o_.user.c_str());
        api.easy_setopt(curl, CURLOPT_PASSWORD, o_.password.c_str());
    }
    if (post_body) {
        api.easy_setopt(curl, CURLOPT_POST, 1L);
        api.easy_setopt(curl, CURLOPT_POSTFIELDS, post_body->data());
        api.easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(post_body->size()));
    }
    const CURLcode code = api.easy_perform(curl);
    api.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
    api.slist_free_all(headers);
    api.easy_cleanup(curl);
    r.body = std::move(t.body);
    const std::string where = origin(url);
    if (code != CURLE_OK) {
        if (code == CURLE_OPERATION_TIMEDOUT) {
            r.kind = HttpResult::Kind::Timeout;
            r.message = "geen antwoord van " + where + " binnen " + std::to_string(o_.total_timeout_s) + " s (time-out)";
        } else if (code == CURLE_ABORTED_BY_CALLBACK) {
            r.message = "afgebroken";
        } else if (t.too_big) {
            r.message = "antwoord van " + where + " is te groot";
        } else if (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE || code == CURLE_SSL_CONNECT_ERROR) {
            r.message = "beveiligde verbinding met " + where + " niet te controleren: " + (curl_error[0] ? curl_error : api.easy_strerror(code));
        } else {
            r.message = "kan " + where + " niet bereiken: " + (curl_error[0] ? curl_error : api.easy_strerror(code));
        }
        return r;
    }
    if (r.status >= 200 && r.status < 300) {
        r.kind = HttpResult::Kind::Ok;
        r.message = "ok (" + std::to_string(r.status) + ")";
    } else if (r.status == 409) {
        r.kind = HttpResult::Kind::Conflict;
        r.message = "het LRS heeft een statement met dezelfde id al (409): " + excerpt(r.body);
    } else if (r.status == 400) {
        r.kind = HttpResult::Kind::BadRequest;
        r.message = "het LRS weigert de statements als ongeldig (400): " + excerpt(r.body);
    } else if (r.status == 401 || r.status == 403) {
        r.kind = HttpResult::Kind::Unauthorized;
        r.message = "het LRS weigert de inloggegevens (" + std::to_string(r.status) + "): controleer gebruikersnaam en wachtwoord";
    } else if (r.status >= 500) {
        r.kind = HttpResult::Kind::ServerError;
        r.message = "fout in het LRS (" + std::to_string(r.status) + "); later opnieuw";
    } else {
        r.kind = HttpResult::Kind::OtherStatus;
        r.message = "onverwacht antwoord van het LRS (" + std::to_string(r.status) + "): " + excerpt(r.body);
    }
    return r;
}

HttpResult LrsClient::post_statements(const std::string& json_array) const {
    return request(o_.endpoint + "statements", &json_array);
}

HttpResult LrsClient::get_statements(const std::string& query_or_more) const {
    if (!query_or_more.empty() && query_or_more.front() == '/') return request(origin(o_.endpoint) + query_or_more, nullptr);
    return request(o_.endpoint + "statements" + (query_or_more.empty() ? "" : "?" + query_or_more), nullptr);
}

HttpResult LrsClient::test_connection() const {
    HttpResult about = request(o_.endpoint + "about", nullptr);
    if (about.kind != HttpResult::Kind::Ok) return about;
    if (about.body.find("1.0.") == std::string::npos) {
        about.kind = HttpResult::Kind::OtherStatus;
        about.message = "het adres antwoordt, maar niet als xAPI-LRS (geen versie 1.0.x in /about)";
        return about;
    }
    HttpResult one = get_statements("limit=1");
    if (one.kind == HttpResult::Kind::Ok) one.message = "verbinding in orde: het LRS antwoordt en accepteert de inloggegevens";
    return one;
}

}  // namespace lwp::lrs
