// The stemkamer's room (issue 18): who joined from a phone, their tokens, the open vote as the
// projector shows it, and the requests waiting for the main thread. UI-free and socket-free: the
// web server (server.hpp) only turns HTTP into these calls, so every rule is tested without a
// network. Thread-safe: the server's threads and the main thread share one Room.
//
// What the room holds is exactly what the phone pages show: the workshop's name, the names to
// pick from, the open step's title and choice texts, each phone's own vote, and the split after
// the reveal. Never a facilitator text, an expert note, feedback or a score.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace lwp::core {
class SessionController;
enum class Lang;
}  // namespace lwp::core

namespace lwp::stemkamer {

// Caps (issue 18.4). Participants: at most the workshop's own cap (40).
struct Limits {
    size_t max_participants = 40;
    size_t max_body = 2048;        // bytes of a request body
    size_t max_name = 40;          // bytes of a typed name
    double rate_per_second = 3.0;  // requests per client address, sustained
    double burst = 30.0;           // ... and at once
    size_t max_clients = 512;      // client addresses remembered for the rate limit
    size_t streams_per_participant = 2;  // open live-update connections (a reload opens a second)
};

struct PublicChoice {
    std::string id, text;
};

// The open vote as the whole room may see it (what the projector shows), set by the main thread.
struct PublicRound {
    std::string workshop;           // the workshop's name
    std::string lang = "nl";        // the app's language: the page's default
    std::vector<std::string> names; // the workshop's participants, to pick from
    bool open = false;              // a decision is open (the case has not ended)
    std::string step, title;        // the decision's step id and title
    std::vector<PublicChoice> choices;
    bool revealed = false;
    std::vector<std::pair<std::string, int>> split;     // choice id → votes; only after the reveal
    std::map<std::string, std::string> votes;            // participant → own choice id (each sees only their own)
    bool ended = false;             // the case reached an ending
};

// The projector's open vote, built from the session (called on the main thread).
PublicRound public_round(const core::SessionController& session, core::Lang lang);

// A request waiting for the main thread: one workshop action (the same as a keyboard vote).
struct Queued {
    std::string type;    // core::action_type::Vote or AddParticipant
    std::string target;  // the choice id for a vote
    std::map<std::string, std::string> args;
    std::string step;    // the step the phone saw: a vote for an earlier step is dropped
    std::uint64_t seq = 0;
};

// An answer to a request: HTTP status and a JSON body.
struct Reply {
    int status = 200;
    std::string body;
};

// 80 random bits from getrandom(2), in lower-case Crockford base32 (16 characters).
std::string random_token(size_t bits = 80);
// Compares without an early exit (a token check leaks no timing).
bool same_token(const std::string& a, const std::string& b);

class Room {
public:
    explicit Room(Limits limits = {}, bool free_names = false);

    const std::string& token() const { return token_; }  // in the join address
    const std::string& code() const { return code_; }    // short, to check the right room
    const Limits& limits() const { return limits_; }
    bool free_names() const { return free_names_; }

    // --- the server's threads ------------------------------------------------------------------
    // Joins with a name from the list (or a typed one when free names are allowed). A name that is
    // already taken by another phone is refused; the facilitator can release it.
    Reply join(const std::string& name);
    // Votes for the token's own participant only, only in the open round, only a shown choice.
    Reply vote(const std::string& participant_token, const std::string& step, const std::string& choice);
    // The public state, with "ik" (own name and vote) for a valid participant token.
    Reply state(const std::string& participant_token) const;
    // Rate limit per client address: false when it sent too much (the server answers 429).
    bool allow(const std::string& client, std::chrono::steady_clock::time_point now);
    bool valid_participant(const std::string& participant_token) const;
    // Live updates: a slot per participant (false when they have too many open), then waits until
    // the state changes past `seen` or `timeout` passes; returns the current revision.
    bool open_stream(const std::string& participant_token);
    void close_stream(const std::string& participant_token);
    std::uint64_t wait_change(std::uint64_t seen, std::chrono::milliseconds timeout) const;
    std::uint64_t revision() const;
    bool closed() const;

    // --- the main thread -------------------------------------------------------------------------
    void publish(PublicRound round);
    std::vector<Queued> take();
    // Called (from a server thread) when something was queued: the app wakes its main loop.
    void set_wake(std::function<void()> wake);
    std::vector<std::string> joined() const;  // names that joined, in order
    void release(const std::string& name);    // frees a name (a phone lost its token)
    void close();                             // ends the live updates; the server then stops

private:
    std::string participant_of(const std::string& token) const;  // "" when unknown; lock held
    std::string state_json(const std::string& participant) const;
    void changed();  // lock held

    const Limits limits_;
    const bool free_names_;
    const std::string token_, code_;
    mutable std::mutex mu_;
    mutable std::condition_variable cv_;
    PublicRound round_;
    std::uint64_t revision_ = 1;
    bool closed_ = false;
    struct Participant {
        std::string name, token;
        int streams = 0;
    };
    std::vector<Participant> participants_;
    std::vector<Queued> queue_;
    std::map<std::string, std::pair<std::string, std::uint64_t>> pending_;  // name → (choice, seq)
    std::uint64_t seq_ = 0, taken_ = 0;
    struct Bucket {
        double tokens = 0;
        std::chrono::steady_clock::time_point last;
    };
    std::map<std::string, Bucket> buckets_;
    std::function<void()> wake_;
};

}  // namespace lwp::stemkamer
