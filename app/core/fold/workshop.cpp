#include "core/fold/workshop.hpp"

#include "core/model/parse.hpp"

#include <algorithm>
#include <ctime>

#include "core/fold/session.hpp"

namespace lwp::core {

namespace {
std::string arg(const Action& a, const char* key) {
    auto it = a.args.find(key);
    return it == a.args.end() ? std::string() : it->second;
}

// The round belongs to the step the case is in; a round from an earlier step is stale.
VoteRound& current_round(SessionState& st) {
    if (st.workshop.round.step != st.step) st.workshop.round = VoteRound{st.step, {}, false};
    return st.workshop.round;
}

constexpr size_t kMaxParticipants = 40;
}  // namespace

const Vote* VoteRound::vote_of(const std::string& participant) const {
    for (const auto& v : votes)
        if (v.participant == participant) return &v;
    return nullptr;
}

std::vector<std::pair<std::string, int>> VoteRound::tally() const {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& v : votes) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == v.choice; });
        if (it == out.end()) out.emplace_back(v.choice, 1);
        else ++it->second;
    }
    return out;
}

std::string VoteRound::most_voted() const {
    std::string best;
    int top = 0;
    bool tie = false;
    for (const auto& [choice, n] : tally()) {
        if (n > top) {
            best = choice;
            top = n;
            tie = false;
        } else if (n == top) {
            tie = true;
        }
    }
    return tie ? std::string() : best;
}

bool Workshop::has_participant(const std::string& p) const {
    return std::find(participants.begin(), participants.end(), p) != participants.end();
}

const GroupDecision* Workshop::decision_at(const std::string& step) const {
    for (const auto& d : decisions)
        if (d.step == step) return &d;
    return nullptr;
}

bool is_workshop_action(const std::string& type) { return type.rfind("workshop.", 0) == 0; }

ApplyResult apply_workshop(SessionState& st, const Scenario& sc, ScriptHost* host, const Action& a, size_t index) {
    auto fail = [](std::string msg) { return ApplyResult{false, std::move(msg)}; };
    Workshop& ws = st.workshop;
    if (a.type == action_type::WorkshopStart) {
        if (ws.active) return fail("de workshop is al gestart");
        std::string error;
        std::string joined = arg(a, "deelnemers");
        std::vector<std::string> people = parse_participants(joined, error);
        if (!error.empty()) return fail(error);
        const std::string name = trim(arg(a, "naam"));
        if (name.empty()) return fail("een workshop heeft een naam nodig");
        ws.active = true;
        ws.name = name;
        ws.participants = std::move(people);
        return {};
    }
    if (!ws.active) return fail("er loopt geen workshop in deze sessie");
    if (a.type == action_type::Vote) {
        if (st.finished()) return fail("de casus is al afgelopen");
        const std::string who = arg(a, "deelnemer");
        if (!ws.has_participant(who)) return fail("'" + who + "' is geen deelnemer van deze workshop");
        const Choice* choice = sc.choice(st.step, a.target);
        if (!choice) return fail("stap '" + st.step + "' heeft geen keuze '" + a.target + "'");
        const FailureWatch watch{host};
        const bool available = evaluate(choice->when, st, host);
        if (watch.failed()) return watch.result();
        if (!available) return fail("keuze '" + a.target + "' is hier niet beschikbaar");
        VoteRound& round = current_round(st);
        if (round.revealed) return fail("de stemmen zijn al getoond; stemmen kan niet meer bij dit besluit");
        std::erase_if(round.votes, [&](const Vote& v) { return v.participant == who; });
        round.votes.push_back({who, a.target, index});
        return {};
    }
    if (a.type == action_type::Reveal) {
        if (st.finished()) return fail("de casus is al afgelopen");
        VoteRound& round = current_round(st);
        if (round.votes.empty()) return fail("er is nog niet gestemd");
        if (round.revealed) return fail("de stemmen zijn al getoond");
        round.revealed = true;
        return {};
    }
    if (a.type == action_type::AddParticipant) {
        const std::string name = trim(arg(a, "naam"));
        if (name.empty()) return fail("een deelnemer heeft een naam nodig");
        if (ws.has_participant(name)) return fail("'" + name + "' doet al mee");
        if (ws.participants.size() >= kMaxParticipants) return fail("hoogstens " + std::to_string(kMaxParticipants) + " deelnemers");
        ws.participants.push_back(name);
        return {};
    }
    if (a.type == action_type::FacilitatorNote) {
        const std::string text = trim(arg(a, "tekst"));
        if (text.empty()) return fail("een notitie heeft tekst nodig");
        ws.notes.push_back({st.step.empty() ? st.ending : st.step, text, index});
        return {};
    }
    return fail("onbekende workshopactie '" + a.type + "'");
}

ApplyResult check_group_decision(const SessionState& st, const Action& a) {
    const VoteRound& round = st.workshop.round;
    if (round.step != st.step) return {};
    const std::string top = round.most_voted();
    if (!top.empty() && top != a.target && trim(arg(a, kRationaleArg)).empty())
        return {false, "het groepsbesluit wijkt af van de meeste stemmen: geef een motivering"};
    return {};
}

void record_group_decision(SessionState& st, const std::string& step, const Action& a, size_t index) {
    Workshop& ws = st.workshop;
    GroupDecision d;
    d.step = step;
    d.choice = a.target;
    d.rationale = trim(arg(a, kRationaleArg));
    if (ws.round.step == step) d.round = ws.round;
    else d.round.step = step;
    d.most_voted = d.round.most_voted();
    d.overrides = !d.most_voted.empty() && d.most_voted != d.choice;
    d.action = index;
    ws.decisions.push_back(std::move(d));
    ws.round = VoteRound{st.step, {}, false};
}

ApplyResult check_contribution(const SessionState& st, const Action& a) {
    const std::string who = arg(a, kProposerArg);
    if (who.empty()) return {};
    if (!st.workshop.active) return {false, "voorgesteld door '" + who + "', maar er loopt geen workshop"};
    if (!st.workshop.has_participant(who)) return {false, "'" + who + "' is geen deelnemer van deze workshop"};
    return {};
}

void record_contribution(SessionState& st, const Action& a, size_t index) {
    const std::string who = arg(a, kProposerArg);
    if (who.empty() || !st.workshop.active) return;
    st.workshop.contributions.push_back({index, who, a.type, a.target, arg(a, "tekst")});
}

std::vector<std::string> parse_participants(const std::string& text, std::string& error) {
    error.clear();
    std::vector<std::string> out;
    const std::string all = trim(text);
    if (!all.empty() && all.size() <= 2 && std::all_of(all.begin(), all.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const size_t n = parse_number<size_t>(all).value_or(0);
        if (n == 0 || n > kMaxParticipants) {
            error = "geef 1 tot " + std::to_string(kMaxParticipants) + " deelnemers op";
            return {};
        }
        for (size_t i = 1; i <= n; ++i) out.push_back("Deelnemer " + std::to_string(i));
        return out;
    }
    std::string cur;
    auto flush = [&] {
        std::string name = trim(cur);
        cur.clear();
        if (name.empty() || std::find(out.begin(), out.end(), name) != out.end()) return;
        out.push_back(std::move(name));
    };
    for (char c : text) {
        if (c == '\n' || c == ',' || c == ';') flush();
        else cur += c;
    }
    flush();
    if (out.empty()) error = "voeg minstens één deelnemer toe (namen, of een aantal)";
    else if (out.size() > kMaxParticipants) error = "hoogstens " + std::to_string(kMaxParticipants) + " deelnemers";
    if (!error.empty()) out.clear();
    return out;
}

Action make_workshop_start(const std::string& step, const std::string& name, const std::vector<std::string>& participants) {
    std::string joined;
    for (const auto& p : participants) joined += (joined.empty() ? "" : "\n") + p;
    return Action{action_type::WorkshopStart, step, "", {{"naam", name}, {"deelnemers", joined}},
                  static_cast<std::int64_t>(std::time(nullptr))};
}

}  // namespace lwp::core
