#include "core/session/reload.hpp"

#include <sys/stat.h>

#include <algorithm>

#include "core/fold/preview.hpp"

namespace lwp::core {

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// The last choice that was replayed and where it led: explains why the case is elsewhere now.
std::string last_route(const SessionState& st) {
    if (st.choices.empty()) return "de start leidt nu naar stap " + quoted(st.step);
    const ChoiceRecord& c = st.choices.back();
    const std::string where = st.finished() ? "einde " + quoted(st.ending) : "stap " + quoted(st.step);
    return "keuze " + quoted(c.choice) + " (actie " + std::to_string(c.action + 1) + ") leidt nu naar " + where;
}

// Why `a` does not apply to `st`, in terms of the ids an edit moved or removed.
std::string explain(const Scenario& sc, const SessionState& st, const Action& a, const std::string& apply_error) {
    if (is_preview_action(a.type)) return "voorbeeldactie " + quoted(a.type) + " hoort niet in een opgeslagen sessie";
    if (a.type == action_type::Choose) {
        if (st.finished()) return "keuze " + quoted(a.target) + " komt na het einde: " + last_route(st);
        if (a.step != st.step) {
            if (!sc.step(a.step) && !sc.ending(a.step)) return "stap " + quoted(a.step) + " bestaat niet meer";
            return "keuze " + quoted(a.target) + " hoort bij stap " + quoted(a.step) + ", maar " + last_route(st);
        }
        if (!sc.choice(a.step, a.target))
            return "keuze " + quoted(a.target) + " bestaat niet meer in stap " + quoted(a.step);
        return "keuze " + quoted(a.target) + " in stap " + quoted(a.step) + " kan nu niet: " + apply_error;
    }
    if (a.type == action_type::ReadDocument) {
        if (!sc.document(a.target)) return "document " + quoted(a.target) + " bestaat niet meer";
        return "document " + quoted(a.target) + " is in stap " + quoted(st.step) + " niet (meer) beschikbaar";
    }
    return a.type + " " + quoted(a.target) + ": " + apply_error;
}

std::string acties(size_t n) { return n == 1 ? "1 actie" : std::to_string(n) + " acties"; }

}  // namespace

Migration migrate(const Scenario& scenario, ScriptHost* host, const std::vector<Action>& original, std::uint64_t seed,
                  const MigrationObserver& applied) {
    Migration m;
    m.state = initial_state(scenario, seed);
    // Created ids come from the original positions before any action is skipped: a later
    // action that names an item keeps naming that item (or fails, and is reported), never the
    // one that moved into its place.
    std::vector<Action> log = original;
    stamp_created_ids(log);
    for (size_t i = 0; i < log.size(); ++i) {
        const Action& a = log[i];
        ApplyResult r = is_preview_action(a.type) ? ApplyResult{false, {}}
                                                  : apply(m.state, scenario, host, a, m.actions.size());
        if (r.ok) {
            m.actions.push_back(a);
            if (applied) applied(m.actions.size(), m.state);
            continue;
        }
        Divergence d{i, "actie " + std::to_string(i + 1) + ": " + explain(scenario, m.state, a, r.error), false};
        if (a.type == action_type::Choose) {
            d.route_cut = true;
            const size_t rest = log.size() - i - 1;
            if (rest == 1) d.message += "; de actie daarna is niet naargespeeld";
            else if (rest > 1) d.message += "; de " + std::to_string(rest) + " acties daarna zijn niet naargespeeld";
            m.divergences.push_back(std::move(d));
            break;
        }
        m.divergences.push_back(std::move(d));
    }
    m.not_replayed = log.size() - m.actions.size();
    return m;
}

std::vector<std::string> describe_migration(const Migration& m, const std::string& old_version, const std::string& new_version) {
    std::vector<std::string> out;
    std::string head = !old_version.empty() && old_version != new_version ? "versie " + old_version + " → " + new_version + ": " : std::string();
    if (m.clean()) head += "alle " + acties(m.actions.size()) + " passen nog";
    else head += acties(m.not_replayed) + " van " + std::to_string(m.actions.size() + m.not_replayed) + " passen niet meer";
    out.push_back(std::move(head));
    for (const auto& d : m.divergences) out.push_back(d.message);
    return out;
}

FileStamp file_stamp(const std::filesystem::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return {true, static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
            static_cast<std::uintmax_t>(st.st_size)};
}

}  // namespace lwp::core
