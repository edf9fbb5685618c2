// The Leerwerkplaats xAPI profile: every verb, activity type and extension IRI the program sends
// to a Learning Record Store, under one project base. README "Leerregistratie (xAPI)" documents
// it for LRS administrators; ADL's vocabulary is used wherever a verb fits, the project's own
// IRIs only where none does (criteria, workshop votes and group decisions).
#pragma once

namespace lwp::lrs::profile {

// The project base. Nothing is served there: it only names things (an IRI, not a URL to fetch).
inline constexpr const char* kBase = "https://leerwerkplaats.example/xapi/";
// The profile itself, set as context.contextActivities.category on every statement.
inline constexpr const char* kProfile = "https://leerwerkplaats.example/xapi/profiel";
// Default account homePage of the pseudonymous actor (settings can set the organisation's own).
inline constexpr const char* kDefaultHomePage = "https://leerwerkplaats.example/";

struct Verb {
    const char* id;
    const char* nl;
    const char* en;
};
// ADL verbs (http://adlnet.gov/expapi/verbs/...)
inline constexpr Verb kLaunched{"http://adlnet.gov/expapi/verbs/launched", "gestart", "launched"};
inline constexpr Verb kExperienced{"http://adlnet.gov/expapi/verbs/experienced", "doorlopen", "experienced"};
inline constexpr Verb kAnswered{"http://adlnet.gov/expapi/verbs/answered", "besloten", "answered"};
inline constexpr Verb kPassed{"http://adlnet.gov/expapi/verbs/passed", "criterium behaald", "criterion met"};
inline constexpr Verb kFailed{"http://adlnet.gov/expapi/verbs/failed", "criterium gemist", "criterion missed"};
inline constexpr Verb kScored{"http://adlnet.gov/expapi/verbs/scored", "scoorde", "scored"};
inline constexpr Verb kCompleted{"http://adlnet.gov/expapi/verbs/completed", "afgerond", "completed"};
inline constexpr Verb kCommented{"http://adlnet.gov/expapi/verbs/commented", "reflectie opgeslagen", "reflection saved"};
// The project's own verbs
inline constexpr Verb kVoted{"https://leerwerkplaats.example/xapi/werkwoorden/stemde", "stemde", "voted"};
inline constexpr Verb kDecided{"https://leerwerkplaats.example/xapi/werkwoorden/besloot-als-groep", "besloot als groep",
                               "decided as a group"};

// Activity types (object.definition.type)
inline constexpr const char* kTypeCase = "https://leerwerkplaats.example/xapi/activiteitstypen/casus";
inline constexpr const char* kTypeStep = "https://leerwerkplaats.example/xapi/activiteitstypen/stap";
inline constexpr const char* kTypeDecision = "https://leerwerkplaats.example/xapi/activiteitstypen/besluit";
inline constexpr const char* kTypeCriterion = "https://leerwerkplaats.example/xapi/activiteitstypen/criterium";
inline constexpr const char* kTypeBlock = "https://leerwerkplaats.example/xapi/activiteitstypen/bouwsteen";
inline constexpr const char* kTypeReflection = "https://leerwerkplaats.example/xapi/activiteitstypen/reflectie";
inline constexpr const char* kTypeProfile = "http://adlnet.gov/expapi/activities/profile";

// Activity ids: kBase + "casus/<case>", ".../stap/<step>", ".../criterium/<criterion>",
// ".../reflectie/<point>" (or ".../reflectie" for a free reflection), and kBase + "bouwsteen/<block>".

// Extensions (context.extensions unless noted)
inline constexpr const char* kExtOrganisation = "https://leerwerkplaats.example/xapi/extensies/organisatie";
inline constexpr const char* kExtTeam = "https://leerwerkplaats.example/xapi/extensies/team";
inline constexpr const char* kExtCaseVersion = "https://leerwerkplaats.example/xapi/extensies/casusversie";
inline constexpr const char* kExtBlock = "https://leerwerkplaats.example/xapi/extensies/bouwsteen";      // one id
inline constexpr const char* kExtBlocks = "https://leerwerkplaats.example/xapi/extensies/bouwstenen";    // list of ids
inline constexpr const char* kExtWeight = "https://leerwerkplaats.example/xapi/extensies/gewicht";       // result
inline constexpr const char* kExtChoice = "https://leerwerkplaats.example/xapi/extensies/keuze";         // result
inline constexpr const char* kExtEnding = "https://leerwerkplaats.example/xapi/extensies/einde";         // result
inline constexpr const char* kExtDimension = "https://leerwerkplaats.example/xapi/extensies/dimensie";
inline constexpr const char* kExtLevel = "https://leerwerkplaats.example/xapi/extensies/niveau";
inline constexpr const char* kExtWith = "https://leerwerkplaats.example/xapi/extensies/met";
inline constexpr const char* kExtVersion = "https://leerwerkplaats.example/xapi/extensies/versie";       // reflection version
inline constexpr const char* kExtParticipant = "https://leerwerkplaats.example/xapi/extensies/deelnemer"; // "deelnemer-3" / "groep"
inline constexpr const char* kExtVotes = "https://leerwerkplaats.example/xapi/extensies/stemmen";       // result: {choice: count}
inline constexpr const char* kExtMostVoted = "https://leerwerkplaats.example/xapi/extensies/meeste-stemmen";
inline constexpr const char* kExtOverride = "https://leerwerkplaats.example/xapi/extensies/afwijkend";  // result: bool

}  // namespace lwp::lrs::profile
