// How a service tells the user something (issue #26 item 3). Services are UI-free: a message whose
// words the UI owns is named by a `Note` (the App words it from ui/strings.hpp, in the user's
// language); a text that is already words (core's, the system's, a case's) passes as it is. The
// App implements this and hands it to each service it makes.
#pragma once

#include <string>
#include <vector>

namespace lwp::services {

// Each names a text of ui/strings.hpp; `args` are what the text is about, in order.
enum class Note {
    StemkamerClosedNow,    // the workshop session was closed: the voting room closed with it
    StemkamerClosedEnded,  // the case has ended: the voting room closed
    ScriptProblem,         // a script of the case failed (an error); args: its message
    SaveFailed,            // the autosave failed (an error, once per failure); args: the system's words
    ScenarioChanged,       // opened with another version of its case, and the log no longer fits
                           // everywhere (an error); args: the migration's lines
    ScenarioUpdated,       // opened with another version of its case; args: the migration's lines
    IndexRebuilt,          // the session index was unreadable; args: where it was put, why
    IndexNotWritten,       // an error; args: the system's words
    DamagedMany,           // many unreadable session files (an error); args: how many, the folder
                           // they were moved to; items: each file's problem
    ReportInPreview,       // no report of the authoring preview (an error)
    ReportNeedsSession,    // no report without an open session (an error)
    ReportFailed,          // an error; args: the system's words
    ReportWritten,         // args: the report's file
    ReportNotOpened,       // the viewer did not start (an error); args: why
    ReloadFailed,          // the open case's file did not load again (an error); args: its errors
    Reloaded,              // the open case was reloaded; args: the file's name, the replay's lines, the score line
    ReloadedDiverged,      // the same, and the log no longer fits everywhere (an error)
};

class Notifier {
public:
    // Adds a notice; a "(technisch: ...)" part of `text` becomes its detail.
    virtual void notify(std::string text, bool error = false, std::vector<std::string> items = {}) = 0;
    // A message the UI words (whether it is an error is the note's).
    virtual void notify(Note note, std::vector<std::string> args = {}, std::vector<std::string> items = {}) = 0;

protected:
    ~Notifier() = default;
};

}  // namespace lwp::services
