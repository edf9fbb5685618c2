#include "lrs/record.hpp"

namespace lwp::lrs {

bool ensure_pseudonym(const core::DataDir& data, LrsSettings& settings, std::string& error) {
    if (!settings.pseudonym.empty()) return true;
    settings.pseudonym = new_pseudonym();
    return save_lrs_settings(data, settings, error);
}

RecordResult record_sessions(const core::DataDir& data, const std::vector<core::Session>& sessions, const SessionScenario& scenario_of,
                             const StatementContext& context) {
    RecordResult out;
    const LrsDir dir(data);
    for (const core::Session& s : sessions) {
        const core::Scenario* sc = nullptr;
        core::ScriptHost* host = nullptr;
        if (!scenario_of(s, sc, host) || !sc) {
            out.problems.push_back("sessie " + s.id + ": casus '" + s.scenario_id + "' is niet geladen; overgeslagen");
            continue;
        }
        const core::ReplayResult r = core::replay(*sc, host, s);  // with the session's own seed
        if (!r.problem.empty())
            out.problems.push_back("sessie " + s.id + ": het log past niet helemaal meer bij de casus (" + r.problem +
                                   "); alleen wat past is vastgelegd");
        core::Session applied = s;
        applied.actions.resize(r.applied);
        std::string error;
        size_t added = 0;
        if (!enqueue(dir, s.id, derive_statements(*sc, host, applied, r.state, context), error, &added)) {
            out.problems.push_back("sessie " + s.id + ": " + error);
            continue;
        }
        ++out.sessions;
        out.added += added;
    }
    return out;
}

}  // namespace lwp::lrs
