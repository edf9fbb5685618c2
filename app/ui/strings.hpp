// Every UI string, in Dutch and English. A string that is missing in either language does not
// compile: each X(...) row carries both.
#pragma once

#include "core/model/text.hpp"

namespace lwp::ui {

#define LWP_STRINGS(X)                                                                                              \
    X(AppTitle, "Leerwerkplaats", "Leerwerkplaats")                                                                 \
    X(AppTagline, "Oefenen met Beter Samenspel", "Practising Beter Samenspel")                                      \
    X(MenuFile, "Bestand", "File")                                                                                  \
    X(MenuLibrary, "Bibliotheek", "Library")                                                                        \
    X(MenuReloadScenarios, "Scenario's opnieuw laden", "Reload scenarios")                                          \
    X(MenuAuthor, "Auteur", "Author")                                                                               \
    X(MenuAuthorMode, "Auteursfuncties", "Author functions")                                                        \
    X(MenuStoryMap, "Verhaalkaart", "Story map")                                                                    \
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
    X(MenuAbout, "Over Leerwerkplaats", "About Leerwerkplaats")                                                    \
    X(AboutVersion, "Versie", "Version")                                                                            \
    X(AboutWhat, "Een oefenprogramma voor professionals van de lokale teams en de gecertificeerde instellingen: "     \
                 "geanonimiseerde casussen doorwerken volgens de methode Beter Samenspel, alleen of als workshop.",   \
      "A practice program for professionals of the local teams and the certified institutions: working through "   \
      "anonymised cases with the Beter Samenspel method, alone or as a workshop.")                                  \
    X(AboutLicence, "Licentie", "Licence")                                                                          \
    X(AboutLicenceNone, "De makers hebben nog geen licentie gekozen; tot dan zijn alle rechten voorbehouden. "        \
                        "Gebruiken voor training mag; verspreiden of aanpassen alleen met toestemming van de makers.", \
      "The authors have not chosen a licence yet; until they do, all rights are reserved. Using it for training "   \
      "is fine; redistributing or changing it only with the authors' permission.")                                 \
    X(AboutSources, "De methode Beter Samenspel is beschreven in deze documenten:",                                 \
      "The Beter Samenspel method is described in these documents (in Dutch):")                                     \
    X(AboutLibraries, "Gebouwd met Dear ImGui, GLFW, Lua 5.4, cereal en het lettertype DejaVu Sans.",                \
      "Built with Dear ImGui, GLFW, Lua 5.4, cereal and the DejaVu Sans typeface.")                                 \
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
    X(StartHere, "Begin hier: een korte oefencasus om de Leerwerkplaats te leren kennen", "Start here: a short practice case to get to know the Leerwerkplaats") \
    X(Warnings, "waarschuwingen", "warnings")                                                                       \
    X(NoScenarios, "Geen scenario's gevonden in", "No scenarios found in")                                          \
    X(LoadingCases, "De casussen worden geladen…", "Loading the cases…")                                           \
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
    X(SaveFailed, "Opslaan is mislukt. Je werk staat nog in het programma; kijk of er ruimte is op de schijf en of de map met je gegevens bestaat.", "Saving failed. Your work is still in the program; check that the disk has room and that your data folder exists.")                                                               \
    X(ScenarioChanged, "Het scenario is gewijzigd sinds deze sessie; wat niet meer past is als route bewaard:",     \
      "The scenario changed since this session; what no longer fits was kept as a route:")                          \
    X(ScriptProblem, "Er zit een fout in een functie van deze casus; het programma rekent verder zonder. Je sessie is bewaard. Meld het aan wie de casus schreef.", "A function of this case has an error; the program goes on without it. Your session is saved. Tell whoever wrote the case.") \
    X(Technical, "technisch", "technical")                 \
    X(MenuAuthoring, "Auteurspaneel", "Authoring panel")                                                            \
    X(AuTitle, "Auteurspaneel", "Authoring panel")                                                                  \
    X(AuNoSession, "Open eerst een casus; dit paneel werkt op de casus die open is.",                               \
      "Open a case first; this panel works on the open case.")                                                      \
    X(AuWatching, "Wordt gevolgd: sla het bestand op in je editor en de casus wordt hier opnieuw geladen.",         \
      "Watched: save the file in your editor and the case reloads here.")                                           \
    X(AuReloadNow, "Nu opnieuw laden", "Reload now")                                                                \
    X(AuReloaded, "Scenario opnieuw geladen", "Scenario reloaded")                                                  \
    X(AuReloadFailed, "Het gewijzigde scenario laadt niet; de vorige versie blijft open:",                          \
      "The edited scenario does not load; the previous version stays open:")                                        \
    X(AuScenarioUpdated, "Het scenario is gewijzigd sinds deze sessie:", "The scenario changed since this session:") \
    X(AuReplay, "Naspelen van de sessie", "Replay of the session")                                                  \
    X(AuFindings, "Bevindingen (validate en lint)", "Findings (validate and lint)")                                 \
    X(AuNoFindings, "Geen fouten of waarschuwingen.", "No errors or warnings.")                                     \
    X(AuPreview, "Voorbeeld", "Preview")                                                                            \
    X(AuPreviewIntro, "Spring naar een stap of einde en zet meters om takken te testen. Een voorbeeld wordt nooit " \
                      "gescoord en komt niet in de sessie of de voortgang van de cursist.",                          \
      "Jump to a step or ending and set meters to test branches. A preview is never scored and never goes into "     \
      "the trainee's session or progress.")                                                                          \
    X(AuJump, "Spring", "Jump")                                                                                     \
    X(AuMeters, "Meters (alleen in het voorbeeld)", "Meters (preview only)")                                        \
    X(AuStopPreview, "Voorbeeld stoppen", "Stop preview")                                                           \
    X(AuBanner, "VOORBEELD — niet gescoord", "PREVIEW — not scored")                                                \
    X(AuBannerHint, "Niets van wat je hier doet komt in de sessie van de cursist.",                                 \
      "Nothing you do here goes into the trainee's session.")                                                       \
    X(AuPreviewNoExport, "Een voorbeeld wordt niet gescoord of opgeslagen, dus ook niet geëxporteerd.",             \
      "A preview is not scored or saved, so it is not exported either.")                                            \
    X(AuEnding, "einde", "ending")                                                                                  \
    X(AuRecord, "Route opnemen als referentie", "Record the route as a reference")                                 \
    X(AuRecordIntro, "Bewaar de route die je nu gespeeld hebt, borden en reflecties inbegrepen, als expert- of "   \
                     "foutenlog naast het casusbestand (handleiding §11). Een voorbeeld telt niet mee.",             \
      "Save the route you have played, boards and reflections included, as an expert or mistakes log beside the "  \
      "case file (guide §11). A preview does not count.")                                                         \
    X(AuRecordExpert, "Opslaan als expertlog", "Save as expert log")                                               \
    X(AuRecordMistakes, "Opslaan als foutenlog", "Save as mistakes log")                                           \
    X(AuRecordSaved, "Route opgeslagen als log", "Route saved as a log")                                           \
    X(AuRecordExists, "Dit log bestaat al. Vervangen?", "This log exists already. Replace it?")                    \
    X(AuRecordReplace, "Vervangen", "Replace")                                                                     \
    X(AuRecordKeep, "Niet vervangen", "Keep it")                                                                    \
    X(AuRecordFailed, "De route is niet opgeslagen", "The route was not saved")                                    \
    X(AuMap, "Verhaalkaart", "Story map")                                                                           \
    X(AuMapIntro, "Stappen en eindes vanaf de start; klik op een stap om hem als voorbeeld te openen. Rood: "      \
                  "onbereikbaar of doodlopend. Gestippeld: een keuze terug (een lus). De kaart volgt elke herlaadbeurt.", \
      "Steps and endings from the start; click a step to open it as a preview. Red: unreachable or a dead end. "   \
      "Dotted: a choice back (a loop). The map follows every reload.")                                             \
    X(AuMapCounts, "%zu stappen, %zu eindes, %zu keuzes; %zu onbereikbaar, %zu doodlopend",                         \
      "%zu steps, %zu endings, %zu choices; %zu unreachable, %zu dead ends")                                       \
    X(AuMapOpen, "Open de verhaalkaart", "Open the story map")                                                     \
    X(AuMapOneCriterion, "1 criterium", "1 criterion")                                                              \
    X(AuMapCriteriaCount, "%zu criteria", "%zu criteria")                                                           \
    X(AuMapZoom, "Zoom", "Zoom")                                                                                    \
    X(AuMapUnreachable, "onbereikbaar", "unreachable")                                                              \
    X(AuMapDeadEnd, "doodlopend", "dead end")                                                                       \
    X(AuMapCriteria, "Criteria hier beslist", "Criteria decided here")                                              \
    X(AuMapDocuments, "Documenten", "Documents")                                                                    \
    X(AuMapFacts, "Feiten", "Facts")                                                                                \
    X(AuMapChoices, "Keuzes", "Choices")                                                                            \
    X(AuFields, "Velden per onderdeel", "Fields per construct")                                                     \
    X(AuFieldsIntro, "Wat elk onderdeel van een casusbestand mag bevatten, uit het schema waarmee het programma elk "  \
      "bestand controleert (handleiding §4).",                                                                     \
      "What each construct of a case file may hold, from the schema the program checks every file with (guide §4).") \
    X(Close, "Sluiten", "Close")                                                                                    \
    X(KeysText, "1–9: keuze maken\nCtrl+Z: ongedaan maken\nCtrl+Y: opnieuw doen\nEsc: terug naar de casus\n"        \
                "Ctrl+= en Ctrl+-: tekst groter of kleiner\nTab en pijltjes: door knoppen lopen, Spatie: kiezen\n"    \
                "Workshop (in het begeleidersvenster of het projectorvenster): S stemronde starten, 1–9 stem van wie aan de beurt is "  \
                "(anders: het besluit kiezen), N overslaan, Esc stemronde stoppen, O stemmen tonen, Enter besluit vastleggen, "  \
                "C casus en R reflectieronde op het scherm, T tijd starten of pauzeren, G tijd op het scherm, P workshopverslag, "  \
                "V privé-delen tonen op een gedeeld scherm, "  \
                "F7 schermen wisselen, F8 stemkamer en QR-code, F9 begeleidersvenster (met --een-venster: het paneel)",  \
      "1–9: make a choice\nCtrl+Z: undo\nCtrl+Y: redo\nEsc: back to the case\n"                                      \
      "Ctrl+= and Ctrl+-: larger or smaller text\nTab and arrows: move between buttons, Space: activate\n"    \
      "Workshop (in the facilitator window or the projector window): S start the vote round, 1–9 the vote of whoever's turn it is " \
      "(otherwise: pick the decision), N skip, Esc stop the vote round, O show the votes, Enter record the decision, " \
      "C case and R reflection round on the screen, T start or pause the time, G time on the screen, P workshop report, " \
      "V private parts on a shared screen, " \
      "F7 swap screens, F8 voting room and QR code, F9 facilitator window (with --one-window: the panel)")           \
    X(DataDirText, "Alles blijft op deze computer. Sessies, instellingen en apart gezette beschadigde bestanden staan in:", \
      "Everything stays on this computer. Sessions, settings and damaged files kept aside are in:")                \
    X(Notice, "Melding", "Notice")                                                                                  \
    X(Difficulty, "Niveau", "Level")                                                                                \
    X(TabCase, "Casus", "Case")                                                                                     \
    X(TabDebrief, "Nabespreking", "Debrief")                                                                        \
    X(ToDebrief, "Naar de nabespreking", "Go to the debrief")                                                       \
    X(DebriefLive, "Tussenstand: nog niet alles is beoordeeld; de casus loopt nog.",                                \
      "Interim: not everything is assessed yet; the case is still running.")                                        \
    X(DebriefFinal, "Eindstand van deze casus", "Final result of this case")                                        \
    X(ScoreOverall, "Totaal over wat je route beoordeelbaar maakte", "Overall, over what your route made assessable") \
    X(Pillars, "Fundamenten", "Pillars")                                                                            \
    X(PerBlock, "Per bouwsteen", "Per building block")                                                              \
    X(NotAssessed, "niet beoordeeld", "not assessed")                                                               \
    X(Ledger, "Wat leverde punten op, en waarom", "What earned points, and why")                                    \
    X(StatusMet, "behaald", "met")                                                                                  \
    X(StatusMissed, "gemist", "missed")                                                                             \
    X(StatusPending, "nog open", "still open")                                                                      \
    X(StatusNotAssessed, "niet beoordeeld op jouw route", "not assessed on your route")                             \
    X(Why, "Waarom (de methode)", "Why (the method)")                                                               \
    X(StatusError, "controle kapot", "check broken")                                                                \
    X(DebriefIncomplete, "Onvolledig: %d criteri%s kon%s niet worden beoordeeld door een fout in de casus (controle " \
                         "kapot). Dat telt niet tegen jou: het telt niet mee. Meld het aan de auteur van de casus.",  \
      "Incomplete: %d criteri%s could not be assessed because of a fault in the case (check broken). It does not " \
      "count against you: it is left out. Tell the case's author.")                                                 \
    X(CaseShare, "Van het hele maximum van de casus", "Of the case's whole maximum")                                \
    X(CaseShareText, "%.0f%% behaald (%g/%g); je route maakte %.0f%% van alle punten beoordeelbaar.",                  \
      "%.0f%% earned (%g/%g); your route made %.0f%% of all points assessable.")                                    \
    X(EarlyEnd, "Je route kwam niet langs het moment van deze criteria; ze zijn niet beoordeeld:",                   \
      "Your route did not pass the moment of these criteria; they were not assessed:")                              \
    X(DebriefLocked, "Op slot tot het einde van de casus", "Locked until the case has ended")                       \
    X(DebriefLockedText, "De nabespreking en de antwoorden van de trainer gaan open zodra de casus een einde heeft " \
                         "bereikt. Zo leer je door te doen, niet door na te kijken.",                               \
      "The debrief and the trainer's answers open once the case has reached an ending. That way you learn by "      \
      "doing, not by looking up the answers.")                                                                       \
    X(MeterName, "Directe veiligheid in de casus (meter)", "Immediate safety in the case (meter)")                  \
    X(TaxatieName, "Jouw taxatie", "Your assessment (taxatie)")                                                     \
    X(SafetyConcept, "De meter laat zien hoe veilig het in de casus echt is; jouw taxatie is het cijfer dat jij hier " \
                     "geeft. Punten voor ‘veiligheid eerst’ hangen af van de meter, punten voor je taxatie van hoe " \
                     "dicht je bij de trainer zit op dat moment; een hoog cijfer typen levert niets op.",          \
      "The meter shows how safe the case really is; your taxatie is the score you give here. Points for ‘safety " \
      "first’ depend on the meter, points for your taxatie on how close you are to the trainer at that moment; "   \
      "typing a high score earns nothing.")                                                                          \
    X(BrokenChecks, "controle kapot", "check broken")                                                               \
    X(BrokenChecksHint, "Een of meer criteria van deze casus hebben een kapotte controle; de score is dan onvolledig. " \
                        "Zie het auteurspaneel (F2) of leerwerkplaats validate.",                                   \
      "One or more criteria of this case have a broken check; scores are then incomplete. See the authoring panel " \
      "(F2) or leerwerkplaats validate.")                                                                            \
    X(Evidence, "Wat je deed", "What you did")                                                                      \
    X(NoCriteria, "Deze casus heeft (nog) geen criteria.", "This case has no criteria (yet).")                      \
    X(Compare, "Jouw analyse naast die van de trainer", "Your analysis beside the trainer's")                        \
    X(Expert, "Trainer", "Trainer")                                                                                 \
    X(Yours, "Jij", "You")                                                                                          \
    X(MatchFound, "gevonden", "found")                                                                              \
    X(MatchMissed, "gemist", "missed")                                                                              \
    X(MatchMisplaced, "anders", "different")                                                                        \
    X(MatchExtra, "extra", "extra")                                                                                 \
    X(NoReference, "Deze casus heeft geen referentieanalyse.", "This case has no reference analysis.")              \
    X(Points, "punten", "points")                                                                                   \
    X(MyProgress, "Mijn voortgang", "My progress")                                                                  \
    X(ProgressIntro, "Je scores per bouwsteen over je sessies heen. Zo zie je wat groeit en wat je nog kunt oefenen.", \
      "Your scores per building block across your sessions: what grows, and what to practise next.")                \
    X(ProgressEmpty, "Nog geen beoordeelde sessies. Speel een casus; daarna zie je hier je voortgang.",              \
      "No assessed sessions yet. Play a case; your progress shows here afterwards.")                                \
    X(Suggestion, "Om te oefenen", "To practise")                                                                   \
    X(SuggestionText, "Je zwakste bouwsteen op dit moment is", "Your weakest building block right now is")          \
    X(TryCase, "Probeer de casus", "Try the case")                                                                  \
    X(Recent, "recent gemiddelde", "recent average")                                                                \
    X(Session, "Verloop over je sessies", "Across your sessions")                                                   \
    X(PgAllBlocks, "Alle bouwstenen (totaal)", "All building blocks (total)")                                       \
    X(PgChartHint, "Elke stip is een sessie; de lijn is steeds het gemiddelde van de laatste %d. Kies hieronder "  \
      "een bouwsteen om alleen die te zien.", "Each dot is a session; the line is the average of the last %d at "    \
      "each point. Pick a building block below to see only that one.")                                              \
    X(PgAssessedIn, "beoordeeld in", "assessed in")                                                                 \
    X(PgSessions, "sessies", "sessions")                                                                            \
    X(PgLastSessions, "Laatste sessies", "Latest sessions")                                                         \
    X(PgNoPoints, "Deze bouwsteen is nog in geen enkele sessie beoordeeld.", "This building block has not been "    \
      "assessed in any session yet.")                                                                               \
    X(SafetyAlert, "Nieuw veiligheidssignaal", "New safety signal")                                                 \
    X(SafetyAlertHint, "Werk eerst het veiligheidsplan bij (bouwsteen Directe veiligheid).",        \
      "Update the safety plan first (building block Immediate safety).")                            \
    X(GoToSafety, "Naar Veiligheid", "Go to Safety")                                                                \
    X(BelowSixWarning, "De directe veiligheid in de casus (de meter) staat nog onder de 6. De methode zegt: los "   \
                       "eerst de directe veiligheid op, neem daarna de tijd voor de analyse. Je "  \
                       "kunt hier toch werken; dat wordt vastgelegd.",                                               \
      "Immediate safety in the case (the meter) is still below a 6. The method says: solve immediate safety "      \
      "first, then take time for the analysis. You can still work here; that is recorded.")        \
    X(NotTaxatedWarning, "Je hebt de directe veiligheid nog niet getaxeerd (bord Veiligheid).",                      \
      "You have not yet assessed immediate safety (Safety board).")                                                 \
    X(BoardClosed, "Dit bord opent later in de casus.", "This board opens later in the case.")                       \
    /* Strings of the journal, reports and privacy views */                                                         \
    X(MenuJournal, "Dagboek", "Journal")                                                                            \
    X(MenuExport, "Exporteren…", "Export…")                                                                         \
    X(MenuPrivacy, "Privacy en gegevens", "Privacy and data")                                                       \
    X(ExTitle, "Verslag exporteren", "Export a report")                                                             \
    X(ExIntro, "Een verslag van deze sessie voor je supervisor of intervisiegroep: de besluiten met "               \
      "terugkoppeling, je analyse met tijdlijn, genogram en patroon, het veiligheidsplan, de beoordeling "          \
      "en, als je wilt, je reflecties. Het verslag is een HTML-bestand dat je in elke browser kunt lezen "          \
      "en printen; het blijft op deze computer.",                                                                   \
      "A report of this session for your supervisor or peer group: the decisions with feedback, your "              \
      "analysis with timeline, genogram and pattern, the safety plan, the assessment and, if you like, "            \
      "your reflections. The report is an HTML file you can read and print in any browser; it stays on "            \
      "this computer.")                                                                                             \
    X(ExReflections, "Mijn reflecties opnemen", "Include my reflections")                                           \
    X(ExMarkdown, "Ook als Markdown (platte tekst)", "Also as Markdown (plain text)")                               \
    X(ExOpen, "Exporteren en openen", "Export and open")                                                            \
    X(ExOnly, "Alleen exporteren", "Export only")                                                                   \
    X(ExDone, "Verslag geschreven:", "Report written:")                                                             \
    X(ExFailed, "Exporteren mislukt", "Export failed")                                                              \
    X(ExOpenFailed, "Het verslag is geschreven, maar kon niet geopend worden",                                      \
      "The report was written but could not be opened")                                                             \
    X(ExNeedSession, "Open eerst een sessie; het verslag gaat over de open sessie.",                                \
      "Open a session first; the report is about the open session.")                                                \
    X(RfDueTitle, "Reflectiemoment", "Time to reflect")                                                             \
    X(RfDueIntro, "De casus vraagt je hier even stil te staan.", "The case asks you to pause here.")                \
    X(RfWrite, "Reflecteren", "Reflect")                                                                            \
    X(RfFree, "Reflectie schrijven", "Write a reflection")                                                          \
    X(RfEditorTitle, "Reflectie", "Reflection")                                                                     \
    X(RfAfter, "na je keuze", "after your choice")                                                                  \
    X(RfPointPrompts, "Vragen bij dit moment", "Questions for this moment")                                         \
    X(RfMethod, "Vragen uit de methode", "Questions from the method")                                               \
    X(RfDimensions, "Dimensies van professionaliteit", "Dimensions of professionalism")                             \
    X(RfLevels, "Niveaus", "Levels")                                                                                \
    X(RfQuestions, "Vragen bij de bouwsteen Reflectie", "Questions of the building block Reflection")               \
    X(RfWithFamilyHint, "Deze casus vraagt: reflecteer ook mét het gezin. Wat zouden de ouders en de kinderen zeggen?", \
      "This case asks: reflect with the family too. What would the parents and the children say?")                  \
    X(RfText, "Jouw reflectie", "Your reflection")                                                                  \
    X(RfTextHint, "Wat dacht, voelde en deed je, en waarom? Wat neem je mee naar de volgende keer?",                \
      "What did you think, feel and do, and why? What do you take with you next time?")                             \
    X(RfDimension, "Dimensie", "Dimension")                                                                         \
    X(RfLevel, "Niveau", "Level")                                                                                   \
    X(RfWith, "Met wie bespreek je dit?", "With whom will you discuss it?")                                         \
    X(RfNone, "(niet gekozen)", "(not chosen)")                                                                     \
    X(RfSave, "Opslaan", "Save")                                                                                    \
    X(RfCancel, "Annuleren", "Cancel")                                                                              \
    X(RfLater, "Later", "Later")                                                                                    \
    X(RfSaveHint, "Ctrl+Enter: nieuwe regel. Reflectie wordt niet beoordeeld; wijzigen kan later in het dagboek.",  \
      "Ctrl+Enter: new line. Reflection is not scored; you can edit it later in the journal.")                      \
    X(RfCount, "reflectie(s) in deze sessie", "reflection(s) in this session")                                      \
    X(RfToJournal, "Dagboek", "Journal")                                                                            \
    X(JnTitle, "Dagboek", "Journal")                                                                                \
    X(JnIntro, "Al je reflecties, uit alle sessies. Filter op casus, bouwsteen, dimensie of niveau, of zoek in de " \
      "tekst. Bewerken maakt een nieuwe versie; de oude tekst blijft bewaard.",                                     \
      "All your reflections, from every session. Filter by case, building block, dimension or level, or "           \
      "search the text. Editing makes a new version; the old text is kept.")                                        \
    X(JnAllScenarios, "Alle casussen", "All cases")                                                                 \
    X(JnAllBlocks, "Alle bouwstenen", "All building blocks")                                                        \
    X(JnAllDimensions, "Alle dimensies", "All dimensions")                                                          \
    X(JnAllLevels, "Alle niveaus", "All levels")                                                                    \
    X(JnCase, "Casus", "Case")                                                                                      \
    X(JnSearch, "Zoeken", "Search")                                                                                 \
    X(JnSearchHint, "zoek in de tekst", "search the text")                                                          \
    X(JnReflections, "reflecties", "reflections")                                                                   \
    X(JnEmpty, "Nog geen reflecties. Schrijf er een tijdens een casus met ‘Reflectie schrijven’, of bij een "       \
      "reflectiemoment.",                                                                                           \
      "No reflections yet. Write one during a case with ‘Write a reflection’, or at a reflection point.")           \
    X(JnNoMatch, "Geen reflecties die bij dit filter passen.", "No reflections match this filter.")                 \
    X(JnEdit, "Bewerken", "Edit")                                                                                   \
    X(JnEditNote, "Je wijziging wordt een nieuwe versie; de oude tekst blijft in het log.",                         \
      "Your edit becomes a new version; the old text stays in the log.")                                            \
    X(JnOpensSession, "Opslaan opent deze sessie (de sessie die nu open is, wordt eerst bewaard en gesloten).",     \
      "Saving opens this session (the session that is open now is saved and closed first).")                        \
    X(JnVersions, "eerdere versie(s)", "earlier version(s)")                                                            \
    X(JnAfter, "na", "after")                                                                                       \
    X(JnWritten, "geschreven", "written")                                                                           \
    X(JnOpenSession, "Sessie openen", "Open session")                                                               \
    X(JnFree, "vrije reflectie", "free reflection")                                                                 \
    X(JnPoint, "reflectiemoment", "reflection point")                                                               \
    X(JnOpenNow, "open", "open")                                                                                    \
    X(PvTitle, "Privacy en gegevens", "Privacy and data")                                                           \
    X(PvIntro, "Alles blijft op deze computer. Het programma maakt geen verbinding met internet, niet voor updates " \
      "en niet voor statistieken; alleen als jij of je organisatie een LRS instelt (Leerregistratie, hieronder) "   \
      "gaan oefenresultaten onder een pseudoniem daarheen. Het programma luistert alleen in de stemkamer van een "  \
      "workshop, zolang de begeleider hem open heeft, op het netwerkadres dat die koos, zodat telefoons kunnen "    \
      "stemmen. De casussen zijn verzonnen of geanonimiseerd; wat jij doet en schrijft (keuzes, analyses, "         \
      "reflecties) staat in de bestanden hieronder.",                                                               \
      "Everything stays on this computer. The program does not connect to the internet, not for updates and "       \
      "not for statistics; only when you or your organisation set up an LRS (Learning records, below) do "          \
      "practice results go there under a pseudonym. The program listens only in a workshop's voting room, while "   \
      "the facilitator has it open, on the network address they chose, so phones can vote. The cases are "         \
      "fictional or anonymised; what you do and write (choices, analyses, reflections) is in the files below.")    \
    X(PvWhat, "Wat", "What")                                                                                        \
    X(PvWhere, "Waar", "Where")                                                                                     \
    X(PvFiles, "Bestanden", "Files")                                                                                \
    X(PvSize, "Grootte", "Size")                                                                                    \
    X(PvSessions, "Sessies: actielog, analyses en reflecties", "Sessions: action log, analyses and reflections")    \
    X(PvReports, "Geëxporteerde verslagen", "Exported reports")                                                     \
    X(PvDamaged, "Beschadigde bestanden, apart gezet", "Damaged files, kept aside")                                 \
    X(DamagedMany, "%d sessiebestanden konden niet worden gelezen. Er is niets gewist: ze zijn ongewijzigd apart gezet in %s (zie Bestand → Privacy en gegevens). Je andere sessies werken gewoon.", \
      "%d session files could not be read. Nothing was deleted: they were kept aside unchanged in %s (see File → Privacy and data). Your other sessions work as usual.") \
    X(NoticeDetails, "Details", "Details") \
    X(NoticeShow, "Toon", "Show") \
    X(NoticeHide, "Verberg", "Hide") \
    X(IndexRebuilt, "Het overzicht van je sessies was beschadigd en is opnieuw opgebouwd uit de sessies zelf; er is niets verloren. Het oude bestand staat in %s (%s)", \
      "The overview of your sessions was damaged and has been rebuilt from the sessions themselves; nothing was lost. The old file is in %s (%s)") \
    X(IndexNotWritten, "Het overzicht van je sessies kon niet worden opgeslagen (de sessies zelf zijn veilig)", \
      "The overview of your sessions could not be saved (the sessions themselves are safe)") \
    X(PvSettings, "Instellingen: taal, tekstgrootte, laatste sessie",                                               \
      "Settings: language, text size, last session")                                                                \
    X(PvLayout, "Vensterindeling", "Window layout")                                                                 \
    X(PvMissing, "(nog niet aangemaakt)", "(not created yet)")                                                      \
    X(PvOpenFolder, "Gegevensmap openen", "Open the data folder")                                                   \
    X(PvSessionList, "Opgeslagen sessies", "Saved sessions")                                                        \
    X(PvLastWorked, "Laatst gewerkt", "Last worked on")                                                             \
    X(PvActions, "Acties", "Actions")                                                                               \
    X(PvDelete, "Verwijderen…", "Delete…")                                                                          \
    X(PvDeleteAll, "Alle gegevens verwijderen…", "Delete all data…")                                                \
    X(PvConfirmOneTitle, "Sessie verwijderen?", "Delete this session?")                                             \
    X(PvConfirmOne, "Deze sessie, met haar keuzes, analyses, reflecties en geëxporteerde verslagen, wordt van deze " \
      "computer verwijderd. Dit kan niet ongedaan worden gemaakt.",                                                 \
      "This session, with its choices, analyses, reflections and exported reports, is deleted from this "           \
      "computer. This cannot be undone.")                                                                           \
    X(PvConfirmAllTitle, "Alle gegevens verwijderen?", "Delete all data?")                                          \
    X(PvConfirmAll, "Alle sessies, reflecties, verslagen, beschadigde bestanden, instellingen en de vensterindeling " \
      "worden van deze computer verwijderd. Dit kan niet ongedaan worden gemaakt. De casussen zelf "                \
      "blijven staan.",                                                                                             \
      "All sessions, reflections, reports, damaged files, settings and the window layout are deleted from "         \
      "this computer. This cannot be undone. The cases themselves stay.")                                           \
    X(PvConfirmCheck, "Ik begrijp dat dit niet ongedaan kan worden", "I understand this cannot be undone")          \
    X(PvDeleteNow, "Definitief verwijderen", "Delete for good")                                                     \
    X(PvDeleted, "Verwijderd.", "Deleted.")                                                                         \
    X(PvAllDeleted, "Alle gegevens zijn verwijderd.", "All data has been deleted.")                                 \
    X(PvNoSessions, "Geen sessies opgeslagen.", "No sessions saved.")                                               \
    /* Strings of the timeline and persons boards (app/ui/timeline_board.cpp, persons_board.cpp) */                 \
    X(TlZoomIn, "Inzoomen (of Ctrl + muiswiel)", "Zoom in (or Ctrl + mouse wheel)")                                 \
    X(TlZoomOut, "Uitzoomen (of Ctrl + muiswiel)", "Zoom out (or Ctrl + mouse wheel)")                              \
    X(TlFitAll, "Alles in beeld", "Fit all")                                                                        \
    X(TlNewOwn, "+ Eigen regel", "+ Own entry")                                                                     \
    X(TlCompact, "Compact", "Compact")                                                                              \
    X(TlHidePanel, "Paneel verbergen ▸", "Hide panel ▸")                                                           \
    X(TlShowPanel, "◂ Paneel tonen", "◂ Show panel")                                                               \
    X(TlEntries, "op de tijdlijn", "on the timeline")                                                               \
    X(TlHint, "Sleep een feit naar een baan · Shift + muiswiel: door de tijd · Ctrl + muiswiel: zoomen",          \
      "Drag a fact onto a lane · Shift + mouse wheel: through time · Ctrl + mouse wheel: zoom")                      \
    X(TlEmpty, "Sleep feiten uit de lijst links naar een baan, of plaats ze via ‘Nog te plaatsen’ hieronder.",     \
      "Drag facts from the list on the left onto a lane, or place them with ‘Still to place’ below.")              \
    X(TlUndated, "Zonder datum", "No date")                                                                         \
    X(TlTabToPlace, "Nog te plaatsen", "Still to place")                                                            \
    X(TlTabOwn, "Eigen regel", "Own entry")                                                                         \
    X(TlTabRequest, "Aanleiding en hulpvraag", "Occasion and help request")                                        \
    X(TlTabEntry, "Geselecteerde regel", "Selected entry")                                                          \
    X(TlToPlaceIntro, "Ontdekte feiten die nog niet op de tijdlijn staan. ‘Plaats’ zet een feit in zijn eigen baan; " \
                      "slepen kan ook.",                                                                              \
      "Discovered facts not yet on the timeline. ‘Place’ puts a fact in its own lane; dragging works too.")         \
    X(TlPlace, "Plaats", "Place")                                                                                   \
    X(TlPlaceAll, "Alles plaatsen", "Place all")                                                                    \
    X(TlAllPlaced, "Alle ontdekte feiten staan op de tijdlijn.", "Every discovered fact is on the timeline.")       \
    X(TlOwnIntro, "Iets wat het gezin vertelt of wat je zelf weet, in je eigen woorden. Een periode schrijf je als " \
                  "van/tot: 2021-03/2021-09.",                                                                        \
      "Something the family tells or that you know yourself, in your own words. Write a period as from/to: "        \
      "2021-03/2021-09.")                                                                                           \
    X(TlText, "Wat gebeurde er?", "What happened?")                                                                 \
    X(TlDate, "Datum of periode", "Date or period")                                                                 \
    X(TlDateHint, "JJJJ-MM of 2021-03/2021-09", "YYYY-MM or 2021-03/2021-09")                                       \
    X(TlDateInvalid, "Die datum kan ik niet lezen. Gebruik JJJJ, JJJJ-MM, JJJJ-MM-DD of een periode van/tot, " \
                     "bijvoorbeeld 2021-03/2021-09.",                                                                 \
      "That date cannot be read. Use YYYY, YYYY-MM, YYYY-MM-DD or a period from/to, for example 2021-03/2021-09.")  \
    X(TlLane, "Baan", "Lane")                                                                                       \
    X(TlAgency, "Instantie", "Agency")                                                                              \
    X(TlResult, "Resultaat", "Result")                                                                              \
    X(TlAdd, "Toevoegen", "Add")                                                                                    \
    X(TlTextNeeded, "Schrijf eerst op wat er gebeurde.", "First write down what happened.")                         \
    X(TlMarks, "Aanleiding", "Occasion")                                                                            \
    X(TlMarksIntro, "de eerste, de laatste en de ergste keer",                                     \
      "the first, the latest and the worst time")                                                  \
    X(TlMarkFirst, "1e", "1st")                                                                                     \
    X(TlMarkLatest, "laatste", "latest")                                                                            \
    X(TlMarkWorst, "ergste", "worst")                                                                               \
    X(TlMarkFirstLong, "Eerste keer", "First time")                                                                 \
    X(TlMarkLatestLong, "Laatste keer", "Latest time")                                                              \
    X(TlMarkWorstLong, "Ergste keer", "Worst time")                                                                 \
    X(TlMarkNone, "nog niet gemarkeerd: kies een kaart en vink het aan", "not marked yet: choose a card and tick it") \
    X(TlFieldsIntro, "Schrijf zowel de directe als de onderliggende hulpvraag op, en hoe het gezin het zelf ziet.", \
      "Write down both the direct and the underlying help request, and how the family sees it themselves.")         \
    X(TlFactText, "Tekst van het feit", "Text of the fact")                                                         \
    X(TlSource, "Bron", "Source")                                                                                   \
    X(TlSourceCase, "het verloop van de casus", "the course of the case")                                           \
    X(TlOwnEntryNote, "Eigen regel (gestippelde rand)", "Own entry (dashed border)")                                \
    X(TlPersons, "Personen", "Persons")                                                                             \
    X(TlOpenDocument, "Document openen", "Open document")                                                           \
    X(TlRemove, "Van de tijdlijn halen", "Remove from the timeline")                                                \
    X(TlDeselect, "Sluiten", "Close")                                                                               \
    X(PsFamily, "Gezin en familie", "Family")                                                                       \
    X(PsNetwork, "Netwerk en professionals", "Network and professionals")                                          \
    X(PsHint, "Klik op een persoon (of kies hieronder) om steun, rol en notities vast te leggen.",                   \
      "Click a person (or choose below) to record support, role and notes.")                                        \
    X(PsPersons, "Personen", "Persons")                                                                             \
    X(PsNoPersons, "Deze casus heeft geen personen.", "This case has no persons.")                                 \
    X(PsYears, "jaar", "years")                                                                                     \
    X(PsDeceased, "overleden", "deceased")                                                                          \
    X(PsInHousehold, "woont in het gezin", "lives in the household")                                               \
    X(PsElsewhere, "woont elders", "lives elsewhere")                                                               \
    X(PsSupport, "Steun voor kind en gezin", "Support for child and family")                                       \
    X(PsSupportMin2, "ondermijnt", "undermines")                                                                    \
    X(PsSupportMin1, "eerder een belasting", "rather a burden")                                                    \
    X(PsSupport0, "neutraal of onbekend", "neutral or unknown")                                                     \
    X(PsSupportPlus1, "steunt", "supports")                                                                         \
    X(PsSupportPlus2, "sterke steun", "strong support")                                                             \
    X(PsRole, "Rol in het netwerk", "Role in the network")                                                          \
    X(PsRoleHint, "bijv. haalt Noor op van de opvang", "e.g. picks Noor up from pre-school")                        \
    X(PsNote, "Notitie", "Note")                                                                                    \
    X(PsAddPerson, "Persoon toevoegen", "Add a person")                                                             \
    X(PsAddPersonHint, "Iemand die de casus niet noemt: een buurman, een nieuwe partner, een vriendin.",            \
      "Someone the case does not name: a neighbour, a new partner, a friend.")                                      \
    X(PsName, "Naam", "Name")                                                                                       \
    X(PsOwnRole, "Wie is het voor het gezin?", "Who is it to the family?")                                          \
    X(PsOwnRoleHint, "bijv. buurman, nieuwe partner van moeder", "e.g. neighbour, mother's new partner")            \
    X(PsGender, "Symbool", "Symbol")                                                                                \
    X(PsLivesHere, "Woont in het huishouden", "Lives in the household")                                             \
    X(PsOwn, "eigen toevoeging", "added by you")                                                                    \
    X(PsOwnShort, "eigen", "yours")                                                                                 \
    X(PsRemovePerson, "Persoon weghalen", "Remove person")                                                          \
    X(PsNameNeeded, "Geef de persoon een naam.", "Give the person a name.")                                         \
    X(PsDeselect, "Sluiten", "Close")                                                                               \
    X(PsAllTies, "Banden (sociogram)", "Ties (sociogram)")                                                          \
    X(PsTiesOf, "Banden van", "Ties of")                                                                            \
    X(PsNoTies, "Nog geen banden.", "No ties yet.")                                                                 \
    X(PsNewTie, "Nieuwe band van", "New tie from")                                                                  \
    X(PsNewTieFrom, "Nieuwe band tussen", "New tie between")                                                        \
    X(PsTieAnd, "en", "and")                                                                                        \
    X(PsAddTie, "Band toevoegen", "Add tie")                                                                        \
    X(PsRemoveTie, "Band verwijderen", "Remove tie")                                                                \
    X(PsDragTieHint, "Of sleep in het genogram een persoon naar een ander.", "Or drag one person onto another in the genogram.") \
    X(PsLegendMale, "man", "male")                                                                                  \
    X(PsLegendFemale, "vrouw", "female")                                                                            \
    X(PsLegendOther, "anders of onbekend", "other or unknown")                                                      \
    X(PsLegendDeceased, "overleden", "deceased")                                                                    \
    X(PsLegendSeparated, "gescheiden", "separated")                                                                 \
    X(PsLegendHousehold, "huishouden", "household")                                                                 \
    X(PsLegendSupport, "steun: ring en +2 … –2", "support: ring and +2 … –2")                                       \
    /* Strings of the pattern, safety and end-situation boards */                                                   \
    X(PatternIntro, "Gedrag is verklaarbaar vanuit ontwikkeling; ontwikkeling wordt beïnvloed door gedrag. "        \
                    "Onderbouw elke factor met feiten van de tijdlijn.",                                            \
      "Behaviour can be explained from development; development is influenced by behaviour. Support every "         \
      "factor with facts from the timeline.")                                                                       \
    X(PatternSentence, "Het patroon in één zin", "The pattern in one sentence")                                     \
    X(PatternStem, "Deze kinderen groeien op in een gezin …", "These children grow up in a family …")               \
    X(NobleIntention, "Nobele intentie", "Noble intention")                                                         \
    X(NobleHint, "Wat willen de ouders, de kinderen of belangrijke anderen eigenlijk goed doen?",                   \
      "What do the parents, the children or important others really want to do well?")                              \
    X(PatternQuestions, "Vragen bij het patroon", "Questions on the pattern")                                       \
    X(PatternQuestionsHint, "Beantwoord elke vraag met feiten van de tijdlijn, niet met indrukken.",                \
      "Answer every question with facts from the timeline, not with impressions.")                                  \
    X(PatternAnswerHint, "Antwoord, met de feiten die het laten zien.", "Answer, with the facts that show it.")     \
    X(PatternDropOnArea, "Sleep een feit of tijdlijnregel hierheen, of klik op + voor eigen woorden.",              \
      "Drop a fact or timeline entry here, or click + for your own words.")                                         \
    X(PatternOwnWords, "Een factor in eigen woorden", "A factor in your own words")                                 \
    X(PatternHandleHint, "Sleep naar een andere kaart voor een pijl (‘beïnvloedt’), of klik en kies daarna de "     \
                         "kaart.",                                                                                  \
      "Drag to another card for an arrow (‘influences’), or click and then pick the card.")                         \
    X(PatternCardHint, "Klik: bewerken. Sleep de kaart naar een ander gebied om hem te verplaatsen; sleep een "     \
                       "feit op de kaart als onderbouwing.",                                                        \
      "Click: edit. Drag the card to another area to move it; drop a fact on the card as evidence.")                \
    X(PatternHowToTitle, "Zo werk je", "How it works")                                                              \
    X(PatternHowTo, "Sleep feiten van links naar een gebied: elk feit wordt een factor met dat feit als "           \
                    "onderbouwing. Klik op een kaart om hem te bewerken. Een pijl maak je door vanaf het bolletje → op " \
                    "een kaart naar een andere kaart te slepen. Esc heft de selectie op.",                          \
      "Drag facts from the left onto an area: each becomes a factor with that fact as evidence. Click a card "      \
      "to edit it. Make an arrow by dragging from the → dot on a card to another card. Esc clears the "             \
      "selection.")                                                                                                 \
    X(NewFactor, "Nieuwe factor in eigen woorden", "New factor in your own words")                                  \
    X(FactorHint, "Bijvoorbeeld: ‘Slaapt slecht door de geldzorgen’",                                               \
      "For example: ‘Sleeps badly because of money worries’")                                                       \
    X(FactorArea, "Gebied", "Area")                                                                                 \
    X(FactorPerson, "Over wie", "About whom")                                                                       \
    X(NoPersonInParticular, "(niemand)", "(no one)")                                                                \
    X(FactorEvidence, "Onderbouwing", "Evidence")                                                                   \
    X(EvidenceFactOne, "feit", "fact")                                                                              \
    X(EvidenceFactMany, "feiten", "facts")                                                                          \
    X(NoEvidence, "nog geen feit", "no fact yet")                                                                   \
    X(NoEvidenceHint, "Nog geen feit: onderbouw deze factor met een feit van de tijdlijn (sleep het op de "         \
                      "kaart).",                                                                                    \
      "No fact yet: support this factor with a fact from the timeline (drop it on the card).")                      \
    X(EvidenceDrop, "Sleep een feit of tijdlijnregel hierheen als onderbouwing.",                                   \
      "Drop a fact or timeline entry here as evidence.")                                                            \
    X(RemoveEvidence, "Onderbouwing weghalen", "Remove evidence")                                                   \
    X(FactorArrows, "Pijlen (beïnvloedt)", "Arrows (influences)")                                                   \
    X(NoArrows, "Nog geen pijlen.", "No arrows yet.")                                                               \
    X(ArrowTo, "Pijl naar…", "Arrow to…")                                                                           \
    X(ArrowPick, "Klik op de factor waar de pijl naartoe gaat. Esc: stoppen.",                                      \
      "Click the factor the arrow points to. Esc: stop.")                                                           \
    X(RemoveArrow, "Pijl weghalen", "Remove arrow")                                                                 \
    X(RemoveFactor, "Factor verwijderen", "Remove factor")                                                          \
    X(SafetyIntro, "Beoordeel de directe veiligheid van alle gezinsleden, geef een cijfer en beschrijf wat "        \
                   "een 6 hier is. Onder een 6 gaat de veiligheid voor alles.",                    \
      "Judge the immediate safety of every family member, give a score and describe what a 6 is here. Below a "     \
      "6, safety comes before everything.")                                                        \
    X(SafetyScore, "Jouw taxatie: veiligheidscijfer", "Your taxatie: safety score")                                 \
    X(NotScored, "nog niet gescoord", "not scored yet")                                                             \
    X(ScoreBelowSix, "onder de 6: los eerst de directe veiligheid op", "below 6: solve immediate safety first")     \
    X(ScoreEnough, "voldoende: er is ruimte voor de analyse", "sufficient: there is room for the analysis")         \
    X(ScoreSixMark, "6–10: voldoende", "6–10: sufficient")                                                          \
    X(ScoreLowMark, "1–5: onvoldoende", "1–5: insufficient")                                                        \
    X(SixHint, "In gedrag en feiten: wie doet wat, wanneer? Wat zie je aan de kinderen?",                           \
      "In behaviour and facts: who does what, when? What do you see in the children?")                              \
    X(SafetyMatrix, "Veiligheid per gezinslid", "Safety per family member")                                         \
    X(SafetyMatrixHint, "Klik op een vak om het oordeel te wisselen, of kies met 1 veilig, 2 onveilig, 3 "          \
                        "direct veiligstellen, 0 wissen.",                                                          \
      "Click a cell to change the judgement, or press 1 safe, 2 unsafe, 3 secure immediately, 0 clear.")            \
    X(CellKeysHint, "Klik of Spatie: volgend oordeel. 1, 2, 3: kiezen. 0: wissen.",                                 \
      "Click or Space: next judgement. 1, 2, 3: choose. 0: clear.")                                                 \
    X(NoFamilyMembers, "Deze casus heeft geen gezinsleden om te beoordelen.",                                       \
      "This case has no family members to judge.")                                                                  \
    X(SecureNowWarning, "Direct veiligstellen: spreek vandaag nog af wie wat doet, en zet het in het "              \
                        "veiligheidsplan.",                                                                         \
      "Secure immediately: agree today who does what, and put it in the safety plan.")                              \
    X(SafetyPlan, "Veiligheidsplan", "Safety plan")                                                                 \
    X(SafetyPlanIntro, "Maak het samen met het gezin: aanleiding, zorgen en krachten, afspraken, en de "            \
                       "ondergrens.",                                                                               \
      "Make it together with the family: occasion, concerns and strengths, agreements, and the bottom line.")       \
    X(EndIntro, "Wat moet er doorbroken worden, wat kan veranderen, wat moet blijvend gecompenseerd worden, "       \
                "en wie doet wat wanneer? Beschrijf de eindsituatie in de woorden van het gezin.",                                                                                          \
      "What must be broken, what can change, what must be compensated for good, and who does what when? "           \
      "Describe the end situation in the family's words.")                                  \
    X(EndFamilyLanguageHint, "Zoals het gezin het zelf zou zeggen: ‘Wij …’", "As the family would say it: ‘We …’")  \
    X(EndWhereHint, "Bijvoorbeeld: thuis bij moeder, met oma als vaste steun.",                                     \
      "For example: at home with mother, with grandma as steady support.")                                          \
    X(NeighbourPrompt, "Beschrijf gedrag dat je kunt zien: wie doet wat, en wanneer?",                              \
      "Describe behaviour you can see: who does what, and when?")                                                   \
    X(NeighbourHint, "Bijvoorbeeld: om kwart over acht lopen de kinderen met hun moeder naar school.",              \
      "For example: at a quarter past eight the children walk to school with their mother.")                        \
    X(ChangePlan, "Het veranderplan", "The change plan")                                                            \
    X(EndHow, "Hoe", "How")                                                                                         \
    X(EndWho, "Wie", "Who")                                                                                         \
    X(EndWhen, "Wanneer", "When")                                                                                   \
    X(EndHowHint, "Hoe: wie of wat compenseert, en hoe?", "How: who or what compensates, and how?")                 \
    X(EndWhoHint, "Wie: bijvoorbeeld Sanne met oma", "Who: for example the mother with grandma")                    \
    X(EndWhenHint, "Wanneer: bijvoorbeeld vóór de zomer", "When: for example before the summer")                    \
    X(EndHowMissing, "Nog niet beschreven hoe.", "How is not described yet.")                                       \
    X(EndWhoWhenMissing, "Wie en wanneer horen bij een doel.", "A goal needs a who and a when.")                    \
    X(EndTextHint, "In een paar woorden; Enter voegt toe.", "In a few words; Enter adds it.")                       \
    X(AddCard, "Toevoegen", "Add")                                                                                  \
    X(AddCardPlus, "+ Toevoegen", "+ Add")                                                                          \
    X(CancelAdd, "Annuleren", "Cancel")                                                                             \
    X(DoneEditing, "Klaar", "Done")                                                                                 \
    X(RemoveCard, "Verwijderen", "Remove")                                                                          \
    X(NoCardsYet, "Nog niets.", "Nothing yet.")                                                                     \
    X(CardClickToEdit, "Klik om te wijzigen.", "Click to edit.")                                                    \
    X(FieldKeysHint, "Tekstvelden: Enter of wegklikken slaat op, Ctrl+Enter is een nieuwe regel, Esc zet "          \
                     "terug.",                                                                                      \
      "Text fields: Enter or clicking away saves, Ctrl+Enter is a new line, Esc reverts.")                          \
    /* workshop mode (issue 6) */ \
    X(WsStartAsWorkshop, "Als workshop", "As a workshop") \
    X(WsProposer, "Voorstel van", "Proposed by") \
    X(WsNobody, "niemand", "nobody") \
    X(WsMenuStart, "Workshop starten…", "Start a workshop…") \
    X(WsStartTitle, "Workshop starten", "Start a workshop") \
    X(WsStartIntro, "Een mini-leerwerkplaats: de groep doorloopt samen één casus op de beamer. Iedereen stemt apart bij elk besluit; jij legt het groepsbesluit vast. Het begeleiderspaneel (F9) zie alleen jij.", "A mini leerwerkplaats: the group works through one case together on the projector. Everyone votes separately at each decision; you record the group decision. Only you see the facilitator panel (F9).") \
    X(WsSessionName, "Naam van de sessie", "Session name") \
    X(WsSessionNameHint, "Bijvoorbeeld: Leerwerkteam Noord, 12 maart", "For example: Learning team North, 12 March") \
    X(WsParticipants, "Deelnemers", "Participants") \
    X(WsParticipantsHint, "Eén naam per regel (of met komma's), of alleen een aantal, zoals 8.", "One name per line (or with commas), or just a number, such as 8.") \
    X(WsCase, "Casus", "Case") \
    X(WsStart, "Workshop starten", "Start the workshop") \
    X(WsNeedName, "Geef de sessie een naam.", "Give the session a name.") \
    X(WsCouldNotStart, "De casus kon niet worden gestart.", "The case could not be started.") \
    X(WsWorkshop, "Workshop", "Workshop") \
    X(WsParticipantsCount, "deelnemers", "participants") \
    X(WsTimer, "Tijd", "Time") \
    X(WsShowPanel, "Begeleiderspaneel (F9)", "Facilitator panel (F9)") \
    X(WsHidePanel, "Paneel verbergen (F9)", "Hide panel (F9)") \
    X(WsVoted, "Gestemd", "Voted") \
    X(WsTurn, "Aan de beurt", "Whose turn") \
    X(WsTurnHint, "Druk op een cijfer van 1 tot %d. Je stem blijft verborgen tot de begeleider de stemmen toont.", "Press a number from 1 to %d. Your vote stays hidden until the facilitator shows the votes.") \
    X(WsSkip, "Overslaan", "Skip") \
    X(WsStopVoting, "Stemronde stoppen", "Stop the vote round") \
    X(WsStartVoting, "Stemronde starten", "Start the vote round") \
    X(WsReveal, "Stemmen tonen", "Show the votes") \
    X(WsDistribution, "Stemverdeling", "How the group voted") \
    X(WsGroupDecision, "Groepsbesluit", "Group decision") \
    X(WsRationaleHint, "Motivering in één regel", "Rationale in one line") \
    X(WsOverrideWarning, "Dit wijkt af van de meeste stemmen: dat wordt zo vastgelegd, met je motivering.", "This differs from the most votes: it is recorded as such, with your rationale.") \
    X(WsRecordDecision, "Besluit vastleggen", "Record the decision") \
    X(WsGroupDecided, "Groepsbesluit vastgelegd", "Group decision recorded") \
    X(WsRationale, "Motivering", "Rationale") \
    X(WsVotes, "Stemmen", "Votes") \
    X(WsOverrode, "De begeleider week af van de meeste stemmen.", "The facilitator overrode the most votes.") \
    X(WsTabReflection, "Reflectieronde", "Reflection round") \
    X(WsTabDossier, "Dossieronderzoek", "Case-file review") \
    X(WsReflectionRound, "Reflectieronde", "Reflection round") \
    X(WsReflectionIntro, "Bespreek de vragen samen. Leg per deelnemer vast wat die zegt, of wat de groep samen concludeert. Reflectie wordt niet beoordeeld.", "Discuss the questions together. Record what each participant says, or what the group concludes together. Reflection is not scored.") \
    X(WsWhoseReflection, "Van wie is deze reflectie?", "Whose reflection is this?") \
    X(WsTheGroup, "De groep", "The group") \
    X(WsReflectionHint, "Wat zegt de deelnemer of de groep?", "What does the participant or the group say?") \
    X(WsSaveReflection, "Reflectie vastleggen", "Record the reflection") \
    X(WsPanelTitle, "Begeleiderspaneel — niet projecteren", "Facilitator panel — do not project") \
    X(WsPanelHint, "F9 verbergt dit paneel.", "F9 hides this panel.") \
    X(WsExpertNotes, "Notities van de expert bij dit besluit", "The expert's notes on this decision") \
    X(WsNoDecisionNow, "Er is nu geen besluit te nemen.", "There is no decision to take now.") \
    X(WsVotesPrivate, "Stemmen (alleen voor jou)", "Votes (only for you)") \
    X(WsNoVotesYet, "Nog geen stemmen bij dit besluit.", "No votes yet for this decision.") \
    X(WsVotesHidden, "De groep ziet nog niet wie wat stemde.", "The group does not yet see who voted what.") \
    X(WsPrivateNotes, "Privé-notities", "Private notes") \
    X(WsNoteHint, "Alleen voor jou: wat wil je straks bespreken?", "Only for you: what do you want to discuss later?") \
    X(WsSaveNote, "Notitie opslaan", "Save the note") \
    X(WsLedger, "Beoordeling (live)", "Assessment (live)") \
    X(WsScore, "Punten", "Points") \
    X(WsReport, "Workshopverslag en vergelijking", "Workshop report and comparison") \
    X(WsCompareIntro, "Laat deelnemers de casus ook alleen spelen. Zet hun sessiebestanden in één map; het verslag zet hun keuzes en scores naast die van de groep.", "Let participants also play the case alone. Put their session files in one folder; the report puts their choices and scores beside the group's.") \
    X(WsCompareHint, "Map met sessiebestanden (.json)", "Folder with session files (.json)") \
    X(WsImport, "Inlezen", "Import") \
    X(WsImported, "sessies ingelezen voor de vergelijking.", "sessions imported for the comparison.") \
    X(WsNoSessionsFound, "Geen sessies van deze casus gevonden in die map.", "No sessions of this case found in that folder.") \
    X(WsMakeReport, "Workshopverslag maken", "Make the workshop report") \
    X(WsStartTimer, "Start", "Start") \
    X(WsPause, "Pauze", "Pause") \
    X(SkTitle, "Stemkamer", "Voting room") \
    X(SkIntro, "Deelnemers stemmen geheim met hun telefoon: ze scannen de QR-code op de beamer en kiezen hun naam. Telefoons en laptop moeten op hetzelfde netwerk zitten. Stemmen met de toetsen blijft ook werken.", "Participants vote secretly from their phones: they scan the QR code on the projector and pick their name. Phones and laptop must be on the same network. Voting with the keys keeps working too.") \
    X(SkOpen, "Stemkamer openen… (F8)", "Open the voting room… (F8)") \
    X(SkOpenNow, "Openen", "Open") \
    X(SkCancel, "Annuleren", "Cancel") \
    X(SkClose, "Stemkamer sluiten", "Close the voting room") \
    X(SkAddress, "Netwerk", "Network") \
    X(SkDefaultRoute, "standaardroute", "default route") \
    X(SkLoopback, "alleen deze computer", "this computer only") \
    X(SkPublicTag, "OPENBAAR", "PUBLIC") \
    X(SkPort, "Poort", "Port") \
    X(SkFreeNames, "Deelnemers mogen zelf een naam typen", "Participants may type a name of their own") \
    X(SkPublicWarning, "Let op: dit is een openbaar internetadres. Iedereen op internet die het adres met de code kent, kan de stempagina zien. Kies liever het netwerk van de zaal of de hotspot van je laptop.", "Careful: this is a public internet address. Anyone on the internet who knows the address with its code can see the voting page. Prefer the room's network or your laptop's hotspot.") \
    X(SkPublicConfirm, "Ik begrijp het en wil toch op dit adres openen", "I understand and still want to open on this address") \
    X(SkNoNetwork, "Geen netwerk gevonden: alleen deze computer kan de stemkamer bereiken. Zet wifi aan of start de hotspot van je laptop.", "No network found: only this computer can reach the voting room. Turn on Wi-Fi or start your laptop's hotspot.") \
    X(SkScan, "Stem mee met je telefoon", "Vote from your phone") \
    X(SkScanHint, "Scan de code of typ het adres. Kies je naam; je stem blijft geheim tot de onthulling.", "Scan the code or type the address. Pick your name; your vote stays secret until the reveal.") \
    X(SkRoomCode, "Kamercode", "Room code") \
    X(SkJoinedCount, "binnen", "joined") \
    X(SkShowQr, "QR-code tonen (F8)", "Show the QR code (F8)") \
    X(SkHideQr, "QR-code verbergen (F8)", "Hide the QR code (F8)") \
    X(SkParticipants, "Wie is binnen, wie heeft gestemd", "Who joined, who voted") \
    X(SkJoined, "binnen", "joined") \
    X(SkNotJoined, "niet via telefoon", "not by phone") \
    X(SkVoted, "gestemd", "voted") \
    X(SkNotVoted, "nog niet gestemd", "not voted yet") \
    X(SkRelease, "Vrijgeven", "Release") \
    X(SkReleaseHint, "Vrijgeven: de naam kan opnieuw gekozen worden (een telefoon is zijn aanmelding kwijt).", "Release: the name can be picked again (a phone lost its sign-in).") \
    X(SkClosedEnded, "De stemkamer is gesloten: de casus is afgelopen.", "The voting room is closed: the case has ended.") \
    X(SkClosedNow, "De stemkamer is gesloten.", "The voting room is closed.") \
    X(SkOpened, "De stemkamer is open op", "The voting room is open at") \
    X(WsDossierTitle, "Dossieronderzoek", "Case-file review") \
    X(WsDossierIntro, "Lees het dossier van voor naar achter. Label elke gebeurtenis met wat je ziet in het patroon van de hulpverlening, en met wat wél werkte (bouwsteen Reflectie).", "Read the case file from front to back. Tag each event with what you see in the pattern of help, and with what did work (building block Reflection).") \
    X(WsShowExpert, "Labels van de expert tonen", "Show the expert's tags") \
    X(WsDossierScore, "%d van %d labels van de expert gevonden, %d extra: %d%% overeenstemming", "%d of %d of the expert's tags found, %d extra: %d%% agreement") \
    X(WsAddTag, "+ Label", "+ Tag") \
    X(WsFlaws, "Patroon van de hulpverlening", "Pattern of help") \
    X(WsSuccessFactors, "Succesfactoren", "Success factors") \
    X(WsExpertTags, "Expert:", "Expert:") \
    X(FwTitle, "Begeleidersvenster — niet projecteren", "Facilitator window — do not project") \
    X(FwMenuScreens, "Schermen", "Screens") \
    X(FwSwap, "Schermen wisselen", "Swap the screens") \
    X(FwTimerPublic, "Tijd op het scherm", "Time on the screen") \
    X(FwOneWindow, "Terug naar één venster (paneel met F9)", "Back to one window (panel with F9)") \
    X(FwOpenWindow, "Begeleidersvenster openen", "Open the facilitator window") \
    X(FwCloseWorkshop, "Workshop sluiten (naar de bibliotheek)", "Close the workshop (to the library)") \
    X(FwOneMonitor, "Eén beeldscherm: het projectorbeeld staat naast dit venster. Kies in de beeldscherminstellingen (Windows: Windows+P) ‘Uitbreiden’ om het op de projector te zetten.", "One display: the projector view is next to this window. Choose ‘Extend’ in the display settings (Windows: Windows+P) to put it on the projector.") \
    X(FwTwoMonitors, "Het projectorbeeld staat op het andere scherm. F7 wisselt de schermen.", "The projector view is on the other screen. F7 swaps the screens.") \
    X(FwOnScreen, "Op het scherm", "On the screen") \
    X(FwControls, "Regie", "Controls") \
    X(FwTurnPrivate, "Stemronde: %s is aan de beurt. Notities, stemmen en beoordeling zijn verborgen zolang er aan dit toetsenbord gestemd wordt.", "Vote round: it is %s's turn. Notes, votes and assessment are hidden while someone votes at this keyboard.") \
    X(FwVoteKeys, "1–9 stemt", "1–9 votes") \
    X(FwChooseKeys, "1–9 kiest het besluit", "1–9 picks the decision") \
    X(FwToCase, "Casus op het scherm", "Case on the screen") \
    X(FwToReflection, "Reflectieronde op het scherm", "Reflection round on the screen") \
    X(FwTimerStartStop, "Tijd starten of pauzeren", "Start or pause the time") \
    X(FwCloseProjectorTitle, "Het projectorbeeld sluiten?", "Close the projector view?") \
    X(FwCloseProjectorText, "Dan stopt het programma. De workshop is bewaard en gaat verder waar hij was als je hem weer opent.", "Then the program stops. The workshop is saved and continues where it was when you open it again.") \
    X(FwQuit, "Afsluiten", "Quit") \
    X(FwKeepGoing, "Doorgaan", "Keep going") \
    X(FwDraftDecision, "Voorstel", "Proposal") \
    X(FwShowPrivate, "Privé-delen tonen of verbergen", "Show or hide the private parts") \
    X(FwPrivateCovered, "Dit scherm is misschien ook wat de groep ziet (één beeldscherm of gespiegeld): de notities van de expert, de stemmen, je notities en de beoordeling zijn bedekt. Zet de projector op ‘Uitbreiden’, of toon ze even met V.", "This screen may be what the group sees too (one display, or mirrored): the expert's notes, the votes, your notes and the assessment are covered. Set the projector to ‘Extend’, or show them for a moment with V.") \
    /* The Methodewijzer (methode_view.cpp) */ \
    X(MenuMethodewijzer, "Methodewijzer", "Method guide") \
    X(MwSearch, "Zoeken", "Search") \
    X(MwBack, "< Terug", "< Back") \
    X(MwForward, "Vooruit >", "Forward >") \
    X(MwNoResults, "Niets gevonden.", "Nothing found.") \
    X(MwTrainedBy, "Zo oefen je deze bouwsteen in de casussen", "How the cases train this building block") \
    X(MwTrainedNone, "Nog geen criterium in de geladen casussen.", "No criterion in the loaded cases yet.") \
    X(MwCites, "Methodewijzer:", "Method guide:") \
    X(MwTermHint, "Klik of Enter: lees verder in de Methodewijzer", "Click or Enter: read on in the method guide") \
    X(MwMissing, "De Methodewijzer kon niet worden gelezen:", "The method guide could not be read:") \
    X(MwGlossaryMore, "Meer in", "More in") \
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
