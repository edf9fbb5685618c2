// The action log, documented for case authors (issue 20): every action type a session file may
// hold, what its target is, which args it reads and which id it creates. The guide's table is
// generated from this list (tests/test_action_log.cpp keeps both equal and checks that the engine
// accepts every type listed and that every analysis type is listed).
#pragma once

#include <string>
#include <vector>

namespace lwp::core {

struct ActionTypeDoc {
    const char* type;
    const char* target;   // what `target` holds
    const char* args;     // the args it reads ("" = none)
    char creates;         // prefix of the id it creates (see created_id_prefix), 0 = none
    const char* meaning;  // in Dutch, for the guide
};

const std::vector<ActionTypeDoc>& action_type_docs();

// The guide's table (between <!-- acties --> and <!-- /acties --> in scenarios/README.md).
std::string action_log_markdown_table();

}  // namespace lwp::core
