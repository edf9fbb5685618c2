// Every UI string, in Dutch and English. A string that is missing in either language does not
// compile: each X(...) row carries both.
#pragma once

#include "core/text.hpp"

namespace lwp::ui {

#define LWP_STRINGS(X)                                                                                              \
    X(AppTitle, "Leerwerkplaats", "Leerwerkplaats")                                                                 \
    X(AppTagline, "Oefenen met Beter Samenspel", "Practising Beter Samenspel")                                      \
    X(MenuFile, "Bestand", "File")                                                                                  \
    X(MenuLibrary, "Bibliotheek", "Library")                                                                        \
    X(MenuReloadScenarios, "Scenario's opnieuw laden", "Reload scenarios")                                          \
    X(MenuQuit, "Afsluiten", "Quit")                                                                                \
    X(MenuView, "Beeld", "View")                                                                                    \
    X(MenuLanguage, "Taal", "Language")                                                                             \
    X(MenuLarger, "Groter", "Larger")                                                                               \
    X(MenuSmaller, "Kleiner", "Smaller")                                                                            \
    X(MenuScale, "Tekstgrootte", "Text size")                                                                       \
    X(MenuEdit, "Bewerken", "Edit")                                                                                 \
    X(MenuHelp, "Help", "Help")                                                                                     \
    X(MenuKeys, "Sneltoetsen", "Keyboard shortcuts")                                                                \
    X(MenuDataDir, "Waar staan mijn gegevens?", "Where is my data?")                                               \
    X(Undo, "Ongedaan maken", "Undo")                                                                               \
    X(Redo, "Opnieuw doen", "Redo")                                                                                 \
    X(LibraryTitle, "Kies een casus", "Choose a case")                                                              \
    X(LibraryIntro, "Elke casus is een geanonimiseerd gezin. Je leest de stukken, ontdekt feiten en neemt besluiten; " \
                    "de gevolgen zie je direct.",                                                                     \
      "Each case is an anonymised family. You read the documents, discover facts and make decisions; "              \
      "you see the consequences at once.")                                                                          \
    X(Minutes, "min", "min")                                                                                        \
    X(Steps, "stappen", "steps")                                                                                    \
    X(BuildingBlocks, "Bouwstenen", "Building blocks")                                                              \
    X(Start, "Start", "Start")                                                                                      \
    X(StartNew, "Opnieuw beginnen", "Start again")                                                                  \
    X(Resume, "Verder gaan", "Continue")                                                                            \
    X(Broken, "Dit scenario kan niet geladen worden", "This scenario cannot be loaded")                            \
    X(Warnings, "waarschuwingen", "warnings")                                                                       \
    X(NoScenarios, "Geen scenario's gevonden in", "No scenarios found in")                                          \
    X(RecentSessions, "Recente sessies", "Recent sessions")                                                         \
    X(NoSessions, "Nog geen sessies. Kies hierboven een casus om te beginnen.",                                     \
      "No sessions yet. Choose a case above to begin.")                                                             \
    X(Finished, "afgerond", "finished")                                                                             \
    X(InProgress, "bezig", "in progress")                                                                           \
    X(Open, "Openen", "Open")                                                                                       \
    X(BackToLibrary, "Bibliotheek", "Library")                                                                      \
    X(Step, "Stap", "Step")                                                                                         \
    X(Of, "van", "of")                                                                                              \
    X(CaseDate, "Datum in de casus", "Date in the case")                                                            \
    X(Documents, "Documenten", "Documents")                                                                         \
    X(NoDocuments, "Nog geen documenten.", "No documents yet.")                                                     \
    X(New, "nieuw", "new")                                                                                          \
    X(Facts, "Ontdekte feiten", "Discovered facts")                                                                 \
    X(NoFacts, "Nog geen feiten ontdekt. Lees de documenten.", "No facts discovered yet. Read the documents.")      \
    X(Choices, "Wat doe je?", "What do you do?")                                                                    \
    X(ChoiceKeysHint, "Kies met de muis of met de cijfertoetsen.", "Choose with the mouse or the number keys.")     \
    X(Feedback, "Terugkoppeling op je vorige keuze", "Feedback on your previous choice")                            \
    X(BackToCase, "Terug naar de casus", "Back to the case")                                                        \
    X(Author, "Auteur", "Author")                                                                                   \
    X(History, "Verloop", "Course")                                                                                 \
    X(HistoryIntro, "Ga terug naar een eerder besluit om een andere route te proberen. De oude route blijft bewaard.", \
      "Go back to an earlier decision to try another route. The old route is kept.")                                \
    X(Rewind, "Terugspoelen", "Rewind")                                                                             \
    X(NoChoicesYet, "Nog geen besluiten genomen.", "No decisions made yet.")                                        \
    X(Forks, "Bewaarde routes", "Saved routes")                                                                     \
    X(Reopen, "Heropenen", "Reopen")                                                                                \
    X(State, "Situatie", "Situation")                                                                               \
    X(Ending, "Einde van de casus", "End of the case")                                                              \
    X(EndingGood, "Goede afloop", "Good outcome")                                                                   \
    X(EndingMixed, "Gemengde afloop", "Mixed outcome")                                                              \
    X(EndingWorrying, "Zorgelijke afloop", "Worrying outcome")                                                      \
    X(Saved, "Opgeslagen", "Saved")                                                                                 \
    X(SaveFailed, "Opslaan mislukt", "Saving failed")                                                               \
    X(ScenarioChanged, "Het scenario is gewijzigd sinds deze sessie; wat niet meer past is als route bewaard:",     \
      "The scenario changed since this session; what no longer fits was kept as a route:")                          \
    X(ScriptProblem, "Probleem in een functie van het scenario", "Problem in a scenario function")                 \
    X(Close, "Sluiten", "Close")                                                                                    \
    X(KeysText, "1–9: keuze maken\nCtrl+Z: ongedaan maken\nCtrl+Y: opnieuw doen\nEsc: terug naar de casus\n"        \
                "Ctrl+= en Ctrl+-: tekst groter of kleiner\nTab en pijltjes: door knoppen lopen, Spatie: kiezen",     \
      "1–9: make a choice\nCtrl+Z: undo\nCtrl+Y: redo\nEsc: back to the case\n"                                      \
      "Ctrl+= and Ctrl+-: larger or smaller text\nTab and arrows: move between buttons, Space: activate")           \
    X(DataDirText, "Alles blijft op deze computer. Sessies, instellingen en apart gezette beschadigde bestanden staan in:", \
      "Everything stays on this computer. Sessions, settings and damaged files kept aside are in:")                \
    X(Notice, "Melding", "Notice")                                                                                  \
    X(Difficulty, "Niveau", "Level")                                                                                \
    X(TabCase, "Casus", "Case")                                                                                     \
    X(SafetyAlert, "Nieuw veiligheidssignaal", "New safety signal")                                                 \
    X(SafetyAlertHint, "Werk eerst het veiligheidsplan bij (bouwsteen Directe veiligheid, METHOD.md §2.7).",        \
      "Update the safety plan first (building block Immediate safety, METHOD.md §2.7).")                            \
    X(GoToSafety, "Naar Veiligheid", "Go to Safety")                                                                \
    X(BelowSixWarning, "De directe veiligheid is nog geen 6. De methode zegt: los eerst de directe veiligheid op, "   \
                       "neem daarna de tijd voor de analyse (METHOD.md §2.7). Je kunt hier toch werken; dat wordt " \
                       "vastgelegd.",                                                                                \
      "Immediate safety is not yet a 6. The method says: solve immediate safety first, then take time for the "     \
      "analysis (METHOD.md §2.7). You can still work here; that is recorded.")                                      \
    X(BoardClosed, "Dit bord opent later in de casus.", "This board opens later in the case.")                       \
    /* Strings of the timeline and persons boards (app/ui/timeline_board.cpp, persons_board.cpp) */                 \
    /* Strings of the pattern, safety and end-situation boards */                                                   \
    X(DragFactHint, "Sleep een feit naar een bord.", "Drag a fact onto a board.")

enum class S {
#define LWP_STRING_ENUM(key, nl, en) key,
    LWP_STRINGS(LWP_STRING_ENUM)
#undef LWP_STRING_ENUM
        Count
};

void set_language(core::Lang lang);
core::Lang language();
const char* tr(S s);
const char* tr(S s, core::Lang lang);

}  // namespace lwp::ui
