#include "stemkamer/room.hpp"

#include <sys/random.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>

#include "core/session/controller.hpp"
#include "core/model/json_out.hpp"
#include "core/fold/workshop.hpp"

namespace lwp::stemkamer {

namespace {

constexpr const char* kBase32 = "0123456789abcdefghjkmnpqrstvwxyz";  // Crockford: no i, l, o, u

void fill_random(unsigned char* out, size_t n) {
    size_t got = 0;
    while (got < n) {
        const ssize_t r = getrandom(out + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error("getrandom mislukte: geen veilige toevalsgetallen");
        }
        got += static_cast<size_t>(r);
    }
}

std::string trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Valid UTF-8 without control characters: what a typed name may contain.
bool printable_utf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        if (len == 1 && (c < 0x20 || c == 0x7F)) return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        if (len == 2 && c < 0xC2) return false;  // overlong
        i += len;
    }
    return true;
}

Reply error(int status, const std::string& text_nl, const std::string& text_en) {
    core::JsonOut j;
    j.begin_object().field("fout", text_nl).field("error", text_en).end_object();
    return {status, j.str()};
}

}  // namespace

std::string random_token(size_t bits) {
    const size_t chars = (bits + 4) / 5;
    std::vector<unsigned char> bytes(chars);
    fill_random(bytes.data(), bytes.size());
    std::string out;
    for (unsigned char b : bytes) out += kBase32[b & 31];
    return out;
}

bool same_token(const std::string& a, const std::string& b) {
    if (a.size() != b.size() || a.empty()) return false;
    unsigned diff = 0;
    for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned>(static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
    return diff == 0;
}

PublicRound public_round(const core::SessionController& ctl, core::Lang lang) {
    const core::SessionState& st = ctl.state();
    const core::Workshop& ws = st.workshop;
    PublicRound r;
    r.workshop = ws.name;
    r.lang = lang == core::Lang::En ? "en" : "nl";
    r.names = ws.participants;
    r.ended = st.finished();
    const core::Step* step = ctl.scenario().step(st.step);
    const auto available = ctl.choices();
    r.open = ws.active && !st.finished() && step && !available.empty();
    if (!r.open) return r;
    r.step = st.step;
    r.title = step->title.get(lang);
    for (const core::Choice* c : available) r.choices.push_back({c->id, c->text.get(lang)});
    if (ws.round.step == st.step) {
        r.revealed = ws.round.revealed;
        for (const auto& v : ws.round.votes) r.votes[v.participant] = v.choice;
        if (r.revealed) r.split = ws.round.tally();
    }
    return r;
}

Room::Room(Limits limits, bool free_names) : limits_(limits), free_names_(free_names), token_(random_token(80)), code_([] {
    std::string c = random_token(20);
    for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return c;
}()) {}

std::string Room::participant_of(const std::string& token) const {
    for (const auto& p : participants_)
        if (same_token(p.token, token)) return p.name;
    return {};
}

bool Room::valid_participant(const std::string& token) const {
    std::lock_guard lock(mu_);
    return !participant_of(token).empty();
}

void Room::changed() {
    ++revision_;
    cv_.notify_all();
}

Reply Room::join(const std::string& raw) {
    const std::string name = trim(raw);
    Reply reply;
    std::function<void()> wake;
    {
        std::lock_guard lock(mu_);
        if (closed_) return error(410, "de stemkamer is gesloten", "the voting room is closed");
        if (name.empty() || name.size() > limits_.max_name || !printable_utf8(name))
            return error(400, "geef een naam (hoogstens " + std::to_string(limits_.max_name) + " tekens)",
                         "give a name (at most " + std::to_string(limits_.max_name) + " characters)");
        const bool listed = std::find(round_.names.begin(), round_.names.end(), name) != round_.names.end();
        if (!listed && !free_names_)
            return error(403, "kies je naam uit de lijst van de workshop", "pick your name from the workshop's list");
        if (std::any_of(participants_.begin(), participants_.end(), [&](const Participant& p) { return p.name == name; }))
            return error(409, "deze naam is al in gebruik op een andere telefoon; vraag de begeleider hem vrij te geven",
                         "this name is already in use on another phone; ask the facilitator to release it");
        const size_t people = listed ? round_.names.size() : round_.names.size() + 1;
        if (participants_.size() >= limits_.max_participants || people > limits_.max_participants)
            return error(403, "de stemkamer is vol", "the voting room is full");
        Participant p{name, random_token(80), 0};
        if (!listed) {
            queue_.push_back({core::action_type::AddParticipant, "", {{"naam", name}}, "", ++seq_});
            round_.names.push_back(name);  // until the main thread publishes the workshop's list
        }
        participants_.push_back(p);
        core::JsonOut j;
        j.begin_object().field("token", p.token).field("naam", p.name).end_object();
        reply = {200, j.str()};
        changed();
        wake = wake_;
    }
    if (wake) wake();
    return reply;
}

Reply Room::vote(const std::string& token, const std::string& step, const std::string& choice) {
    Reply reply;
    std::function<void()> wake;
    {
        std::lock_guard lock(mu_);
        const std::string who = participant_of(token);
        if (who.empty()) return error(403, "onbekende deelnemer: meld je opnieuw aan", "unknown participant: join again");
        if (closed_) return error(410, "de stemkamer is gesloten", "the voting room is closed");
        if (!round_.open) return error(409, "er staat nu geen besluit open", "no decision is open now");
        if (round_.revealed)
            return error(409, "de stemmen zijn al getoond; stemmen kan niet meer", "the votes have been shown; voting is closed");
        if (step != round_.step)
            return error(409, "dit besluit is voorbij; je ziet nu het volgende", "this decision is over; you now see the next one");
        if (std::none_of(round_.choices.begin(), round_.choices.end(), [&](const PublicChoice& c) { return c.id == choice; }))
            return error(400, "deze keuze bestaat hier niet", "this choice does not exist here");
        queue_.push_back({core::action_type::Vote, choice, {{"deelnemer", who}}, step, ++seq_});
        pending_[who] = {choice, seq_};
        core::JsonOut j;
        j.begin_object().field("ontvangen", true).field("stem", choice).end_object();
        reply = {202, j.str()};
        changed();
        wake = wake_;
    }
    if (wake) wake();
    return reply;
}

std::string Room::state_json(const std::string& who) const {
    core::JsonOut j;
    j.begin_object();
    j.field("kamer", code_).field("gesloten", closed_).field("workshop", round_.workshop).field("taal", round_.lang).field("vrij", free_names_);
    j.field("revisie", static_cast<double>(revision_));
    j.begin_array("namen");
    for (const auto& n : round_.names) j.value(n);
    j.end_array().begin_array("bezet");
    for (const auto& p : participants_) j.value(p.name);
    j.end_array();
    j.field("open", round_.open).field("einde", round_.ended);
    j.field("stap", round_.step).field("titel", round_.title).field("onthuld", round_.revealed);
    j.begin_array("keuzes");
    for (const auto& c : round_.choices) j.begin_object().field("id", c.id).field("tekst", c.text).end_object();
    j.end_array().begin_array("verdeling");
    for (const auto& [id, n] : round_.split) j.begin_object().field("id", id).field("n", static_cast<double>(n)).end_object();
    j.end_array();
    if (!who.empty()) {
        std::string mine;
        if (auto it = pending_.find(who); it != pending_.end()) mine = it->second.first;
        else if (auto v = round_.votes.find(who); v != round_.votes.end()) mine = v->second;
        j.key("ik").begin_object().field("naam", who).field("stem", mine).end_object();
    }
    j.end_object();
    return j.str();
}

Reply Room::state(const std::string& token) const {
    std::lock_guard lock(mu_);
    const std::string who = token.empty() ? std::string() : participant_of(token);
    if (!token.empty() && who.empty()) return error(403, "onbekende deelnemer: meld je opnieuw aan", "unknown participant: join again");
    return {200, state_json(who)};
}

bool Room::allow(const std::string& client, std::chrono::steady_clock::time_point now) {
    std::lock_guard lock(mu_);
    auto it = buckets_.find(client);
    if (it == buckets_.end()) {
        if (buckets_.size() >= limits_.max_clients) {  // forget the client heard from longest ago
            auto oldest = std::min_element(buckets_.begin(), buckets_.end(),
                                           [](const auto& a, const auto& b) { return a.second.last < b.second.last; });
            buckets_.erase(oldest);
        }
        it = buckets_.emplace(client, Bucket{limits_.burst, now}).first;
    }
    Bucket& b = it->second;
    const double dt = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min(limits_.burst, b.tokens + std::max(0.0, dt) * limits_.rate_per_second);
    b.last = now;
    if (b.tokens < 1.0) return false;
    b.tokens -= 1.0;
    return true;
}

bool Room::open_stream(const std::string& token) {
    std::lock_guard lock(mu_);
    for (auto& p : participants_)
        if (same_token(p.token, token)) {
            if (closed_ || static_cast<size_t>(p.streams) >= limits_.streams_per_participant) return false;
            ++p.streams;
            return true;
        }
    return false;
}

void Room::close_stream(const std::string& token) {
    std::lock_guard lock(mu_);
    for (auto& p : participants_)
        if (same_token(p.token, token) && p.streams > 0) --p.streams;
}

std::uint64_t Room::wait_change(std::uint64_t seen, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, timeout, [&] { return revision_ != seen || closed_; });
    return revision_;
}

std::uint64_t Room::revision() const {
    std::lock_guard lock(mu_);
    return revision_;
}

bool Room::closed() const {
    std::lock_guard lock(mu_);
    return closed_;
}

void Room::publish(PublicRound round) {
    std::lock_guard lock(mu_);
    round_ = std::move(round);
    std::erase_if(pending_, [&](const auto& kv) { return kv.second.second <= taken_; });
    changed();
}

std::vector<Queued> Room::take() {
    std::lock_guard lock(mu_);
    std::vector<Queued> out;
    out.swap(queue_);
    taken_ = seq_;
    return out;
}

void Room::set_wake(std::function<void()> wake) {
    std::lock_guard lock(mu_);
    wake_ = std::move(wake);
}

std::vector<std::string> Room::joined() const {
    std::lock_guard lock(mu_);
    std::vector<std::string> out;
    for (const auto& p : participants_) out.push_back(p.name);
    return out;
}

void Room::release(const std::string& name) {
    std::lock_guard lock(mu_);
    std::erase_if(participants_, [&](const Participant& p) { return p.name == name; });
    pending_.erase(name);
    changed();
}

void Room::close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    changed();
}

}  // namespace lwp::stemkamer
