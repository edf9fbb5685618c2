// The HTTP side of xAPI (libcurl): POST batches of statements, GET statements with paging, and
// a connection test. TLS is verified (peer and host), redirects are not followed, proxies come
// from the environment (http_proxy, https_proxy, no_proxy), every request has a connect and a
// total timeout, and answers are capped in size. The password goes only into curl's Basic auth:
// no message, error or log line ever contains it.
#pragma once

#include <atomic>
#include <string>
#include <vector>

namespace lwp::lrs {

struct ClientOptions {
    std::string endpoint;  // normalised xAPI base ("…/xAPI/")
    std::string user, password;
    long connect_timeout_s = 10;
    long total_timeout_s = 30;
    const std::atomic<bool>* cancel = nullptr;  // set: the request stops at once (app shutdown)
};

// What one request came to, in words a user can act on.
struct HttpResult {
    enum class Kind { Ok, Conflict, BadRequest, Unauthorized, ServerError, OtherStatus, Timeout, Network, Refused };
    Kind kind = Kind::Network;
    long status = 0;       // HTTP status, 0 when there was no answer
    std::string body;      // the answer (capped)
    std::string message;   // Dutch, for the user: what happened and what to do
};
const char* kind_id(HttpResult::Kind kind);  // "ok", "conflict", "400", "401", "5xx", "status", "timeout", "network", "refused"

class LrsClient {
public:
    explicit LrsClient(ClientOptions options);
    // POST <endpoint>statements with a JSON array of statements.
    HttpResult post_statements(const std::string& json_array) const;
    // GET <endpoint>statements?<query>, or a `more` URL the LRS returned (relative to its host).
    HttpResult get_statements(const std::string& query_or_more) const;
    // GET <endpoint>about: is it an xAPI LRS, and does it take our credentials (a GET of one
    // statement). The message says which.
    HttpResult test_connection() const;

private:
    HttpResult request(const std::string& url, const std::string* post_body) const;
    ClientOptions o_;
};

}  // namespace lwp::lrs
