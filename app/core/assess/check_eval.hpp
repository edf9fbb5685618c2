// Evaluating one check of a criterion against the state (each kind's evaluation in its file in
// core/assess/kinds/). The score (scoring.hpp) is built from these; nothing else needs them.
#pragma once

#include <string>
#include <vector>

#include "core/assess/scoring.hpp"

namespace lwp::core {

// What a check says: met or not, whether a "no" can no longer become "yes" before the end, and
// the evidence (Dutch lines, each tied to the action it rests on).
struct CheckOutcome {
    bool met = false;
    bool decided = false;  // a "no" that can no longer become "yes" before the end
    bool by_absence = false;  // met only because something was not chosen (niet_keuze)
    std::vector<Evidence> evidence;
    std::vector<Text> avoided;  // the choices a met niet_keuze avoided
};

// The check `c` against the state. `failure` gets the first script failure (then the criterion
// is broken: it fails closed), else stays empty.
CheckOutcome evaluate_check(const Scenario& sc, const SessionState& st, ScriptHost* host, const Check& c, std::string& failure);
// Whether the route has come past the moment the check is about (without `beoordeelbaar`).
bool check_assessable(const Scenario& sc, const SessionState& st, const Check& c);
// One evidence line per fact: never twice, and never "In plaats daarvan gekozen" beside the same
// record as "Gekozen".
void tidy_evidence(std::vector<Evidence>& evidence);

}  // namespace lwp::core
