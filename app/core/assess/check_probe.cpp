#include "core/assess/check_probe.hpp"

#include "core/assess/scoring.hpp"

namespace lwp::core {

namespace {

constexpr const char* kPrefix = "Controle kapot: ";

bool check_has_script(const Check& c) {
    if (c.kind == Check::Kind::Script) return true;
    for (const auto& child : c.children)
        if (check_has_script(child)) return true;
    return false;
}

bool condition_has_script(const Condition& c) {
    if (c.kind == Condition::Kind::Script) return true;
    for (const auto& child : c.children)
        if (condition_has_script(child)) return true;
    return false;
}

}  // namespace

bool has_script_criteria(const Scenario& sc) {
    for (const auto& c : sc.criteria)
        if (check_has_script(c.check) || (c.has_assessable && condition_has_script(c.assessable))) return true;
    return false;
}

std::vector<Diagnostic> probe_criteria(const Scenario& sc, ScriptHost* host, const std::vector<Action>& route,
                                       const std::string& route_name) {
    std::vector<Diagnostic> out;
    if (!host || !has_script_criteria(sc)) return out;
    std::vector<std::string> broken(sc.criteria.size());
    ScoreOptions options;
    options.known_broken = &broken;
    auto probe = [&](const SessionState& st, const std::string& moment) {
        const ScoreReport r = score(sc, st, host, options);
        for (size_t i = 0; i < r.ledger.size(); ++i) {
            if (r.ledger[i].status != Status::Error || !broken[i].empty()) continue;
            broken[i] = r.ledger[i].note;
            // The note reads "Controle kapot: <failure>. Dit criterium telt niet mee ..." (scoring.cpp).
            std::string failure = r.ledger[i].note;
            if (failure.rfind(kPrefix, 0) == 0) failure = failure.substr(std::string(kPrefix).size());
            if (size_t end = failure.find(". Dit criterium"); end != std::string::npos) failure.resize(end);
            const Criterion& c = sc.criteria[i];
            out.push_back({Diagnostic::Level::Error, c.loc,
                           "criterium '" + c.id + "': controle kapot " + moment + ": " + failure +
                               " (herstel: laat de functie altijd true of false teruggeven, eventueel met een uitleg als tekst, "
                               "zonder fout en binnen de limieten van een check, handleiding §16; tot dan telt het criterium niet mee "
                               "en is elke score onvolledig)"});
        }
    };
    SessionState st = initial_state(sc);
    probe(st, "bij de start");
    for (size_t i = 0; i < route.size(); ++i) {
        if (!apply(st, sc, host, route[i], i).ok) break;  // the log no longer fits: probe what it reached
        const std::string where = st.finished() ? "einde '" + st.ending + "'" : "stap '" + st.step + "'";
        probe(st, "na actie " + std::to_string(i + 1) + " van " + route_name + " (" + where + ")");
    }
    return out;
}

}  // namespace lwp::core
