#include "core/model/lint.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "core/model/check_kinds.hpp"

namespace lwp::core {

bool is_bsn(const std::string& d) {
    if (d.size() != 9 || !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i) sum += (9 - i) * (d[static_cast<size_t>(i)] - '0');
    sum -= d[8] - '0';
    return sum % 11 == 0 && d != "000000000";
}

namespace {

// Cheap necessary conditions for the patterns below: std::regex is slow (most of the time of
// `validate` went into matching), so a pattern runs only on a text that could match it.
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool has_digit_run(const std::string& t, size_t n) {
    size_t run = 0;
    for (char c : t)
        if ((run = is_digit(c) ? run + 1 : 0) >= n) return true;
    return false;
}
size_t digits(const std::string& t) { return static_cast<size_t>(std::count_if(t.begin(), t.end(), is_digit)); }
bool maybe_postcode(const std::string& t) {  // [1-9][0-9]{3} ?[A-Z]{2}
    for (size_t i = 0; i + 6 <= t.size(); ++i) {
        if (t[i] < '1' || t[i] > '9' || !is_digit(t[i + 1]) || !is_digit(t[i + 2]) || !is_digit(t[i + 3])) continue;
        const size_t j = i + 4 + (t[i + 4] == ' ');
        if (j + 2 <= t.size() && is_upper(t[j]) && is_upper(t[j + 1])) return true;
    }
    return false;
}
bool maybe_street(const std::string& t) {  // (straat|laan|...)\s+[0-9]
    for (const char* suffix : {"straat", "laan", "weg", "plein", "kade", "gracht", "singel", "dreef", "hof"})
        for (size_t at = t.find(suffix); at != std::string::npos; at = t.find(suffix, at + 1)) {
            size_t k = at + std::char_traits<char>::length(suffix), spaces = 0;
            while (k < t.size() && is_space(t[k])) ++k, ++spaces;
            if (spaces > 0 && k < t.size() && is_digit(t[k])) return true;
        }
    return false;
}
bool maybe_birth(const std::string& t) {  // (geboren|geb.|geboortedatum), any case
    for (size_t i = 0; i + 3 <= t.size(); ++i)
        if ((t[i] | 0x20) == 'g' && (t[i + 1] | 0x20) == 'e' && (t[i + 2] | 0x20) == 'b') return true;
    return false;
}
bool maybe_titled(const std::string& t) {
    for (const char* title : {"evrouw", "eneer", "evr.", "w.", "hr.", "e heer"})
        if (t.find(title) != std::string::npos) return true;
    return false;
}

// A check that can be met only because something was NOT chosen (niet_keuze, alone or in a
// combination where nothing positive is required): its `goed` text would praise behaviour the
// trainee may not have shown (review H3), so it needs `goed_niet_gekozen`.
bool met_by_absence_only(const Check& c) {
    using K = Check::Kind;
    switch (c.kind) {
        case K::ChoiceNotTaken: return true;
        case K::All: return !c.children.empty() && std::all_of(c.children.begin(), c.children.end(), met_by_absence_only);
        case K::Any: return std::any_of(c.children.begin(), c.children.end(), met_by_absence_only);
        default: return false;
    }
}

bool has_kind(const Check& c, Check::Kind kind) {
    if (c.kind == kind) return true;
    return std::any_of(c.children.begin(), c.children.end(), [&](const Check& ch) { return has_kind(ch, kind); });
}

// Scoring hints (issue 15): one click should not earn points in many building blocks, and a
// criterion met by not choosing needs a text that is true for every other choice.
void scoring_hints(const Scenario& sc, std::vector<Diagnostic>& out) {
    std::map<std::string, std::set<std::string>> blocks_of;  // choice id -> building blocks it decides
    for (const auto& cr : sc.criteria) {
        std::set<std::string> choices;
        choices_in(cr.check, choices);
        for (const auto& ch : choices) blocks_of[ch].insert(cr.block);
        if (cr.block == "reflectie" && !has_kind(cr.check, Check::Kind::ReflectionWritten))
            out.push_back({Diagnostic::Level::Warning, cr.loc,
                           "criterium '" + cr.id + "' geeft punten voor reflectie zonder geschreven reflectie: reflectie telt alleen "
                           "voor een geschreven reflectie van enige inhoud (check reflectie_geschreven, handleiding §16), niet voor "
                           "een keuze die zegt dat je gaat reflecteren"});
        if (cr.feedback_not_chosen.empty() && met_by_absence_only(cr.check))
            out.push_back({Diagnostic::Level::Warning, cr.loc,
                           "criterium '" + cr.id + "' kan behaald worden alleen doordat iets niet gekozen is (niet_keuze): geef "
                           "'goed_niet_gekozen', een tekst die klopt voor elke keuze die het criterium haalt (nu toont de "
                           "nabespreking een algemene zin in plaats van 'goed')"});
    }
    for (const auto& st : sc.steps)
        for (const auto& ch : st.choices) {
            auto it = blocks_of.find(ch.id);
            if (it == blocks_of.end() || it->second.size() <= 2) continue;
            std::string names;
            for (const auto& b : it->second) names += (names.empty() ? "" : ", ") + b;
            out.push_back({Diagnostic::Level::Warning, ch.loc,
                           "keuze '" + ch.id + "' beslist over criteria in " + std::to_string(it->second.size()) + " bouwstenen (" + names +
                               "): één klik levert dan punten in veel bouwstenen op; verdeel het over stappen of criteria (handleiding §16)"});
        }
}

// Options without tells (issue 24): when one option of a step is much longer than another, a
// trainee picks by length, not by judgement. Lengths in characters (UTF-8 code points).
void option_length_hints(const Scenario& sc, std::vector<Diagnostic>& out) {
    for (const auto& st : sc.steps) {
        if (st.choices.size() < 2) continue;
        const Choice* shortest = nullptr;
        const Choice* longest = nullptr;
        for (const auto& ch : st.choices) {
            if (!shortest || text_length(ch.text.nl) < text_length(shortest->text.nl)) shortest = &ch;
            if (!longest || text_length(ch.text.nl) > text_length(longest->text.nl)) longest = &ch;
        }
        const size_t lo = text_length(shortest->text.nl), hi = text_length(longest->text.nl);
        if (hi < kOptionLengthMinGap + lo || static_cast<double>(hi) < kOptionLengthMaxRatio * static_cast<double>(lo)) continue;
        out.push_back({Diagnostic::Level::Warning, st.loc,
                       "stap '" + st.id + "': de keuzes verschillen sterk in lengte ('" + shortest->id + "' " + std::to_string(lo) +
                           " tekens, '" + longest->id + "' " + std::to_string(hi) +
                           "): een cursist kiest dan op lengte in plaats van op inhoud; maak elke optie even concreet, met een eigen "
                           "redenering (handleiding §4.7)"});
    }
}

}  // namespace

void choices_in(const Check& c, std::set<std::string>& out) {
    kinds::add_named_choices(c, out);
    for (const auto& child : c.children) choices_in(child, out);
}

std::vector<std::string> anonymisation_findings(const std::string& text, const std::vector<std::string>& pseudonyms) {
    std::vector<std::string> out;
    if (text.empty()) return out;
    const size_t n_digits = digits(text);
    static const std::regex nine(R"((^|[^0-9])([0-9]{9})($|[^0-9]))");
    if (has_digit_run(text, 9))
        for (std::sregex_iterator it(text.begin(), text.end(), nine), end; it != end; ++it)
            if (is_bsn((*it)[2].str())) out.push_back("lijkt een BSN: " + (*it)[2].str());
    static const std::regex postcode(R"((^|[^0-9A-Za-z])([1-9][0-9]{3} ?[A-Z]{2})([^A-Za-z]|$))");
    if (maybe_postcode(text))
        for (std::sregex_iterator it(text.begin(), text.end(), postcode), end; it != end; ++it)
            out.push_back("lijkt een postcode: " + (*it)[2].str());
    static const std::regex street(R"(([A-Z][a-z]+(straat|laan|weg|plein|kade|gracht|singel|dreef|hof))\s+[0-9]+)");
    if (maybe_street(text))
        for (std::sregex_iterator it(text.begin(), text.end(), street), end; it != end; ++it)
            out.push_back("lijkt een adres: " + it->str());
    static const std::regex phone(R"((\+31|0031|\b0)[ -]?[1-9]([ -]?[0-9]){8}\b)");
    if (n_digits >= 9)
        for (std::sregex_iterator it(text.begin(), text.end(), phone), end; it != end; ++it)
            out.push_back("lijkt een telefoonnummer: " + it->str());
    static const std::regex mail(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
    if (text.find('@') != std::string::npos)
        for (std::sregex_iterator it(text.begin(), text.end(), mail), end; it != end; ++it)
            out.push_back("lijkt een e-mailadres: " + it->str());
    static const std::regex birth(
        R"((geboren|geb\.|geboortedatum)[^.]{0,20}?([0-3]?[0-9][-/ ](0?[1-9]|1[0-2]|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[-/ ](19|20)[0-9]{2}))",
        std::regex::icase);
    if (n_digits >= 3 && maybe_birth(text))
        for (std::sregex_iterator it(text.begin(), text.end(), birth), end; it != end; ++it)
            out.push_back("volledige geboortedatum: " + (*it)[2].str() + " (gebruik een leeftijd)");
    static const std::regex titled(R"(\b([Mm]evrouw|[Mm]eneer|[Mm]evr\.|[Mm]w\.|[Dd]hr\.|[Dd]e heer)\s+([A-Z][a-z]+))");
    for (std::sregex_iterator it = maybe_titled(text) ? std::sregex_iterator(text.begin(), text.end(), titled) : std::sregex_iterator(), end; it != end; ++it) {
        const std::string name = (*it)[2].str();
        const bool declared = std::any_of(pseudonyms.begin(), pseudonyms.end(), [&](const std::string& p) {
            return p.find(name) != std::string::npos;
        });
        if (!declared) out.push_back("naam '" + name + "' na '" + (*it)[1].str() + "' is geen gedeclareerd pseudoniem (persoon { naam = ... })");
    }
    return out;
}

void for_each_text(const Scenario& sc, const TextVisitor& fn) {
    fn(sc.meta.title, sc.meta.loc, "titel");
    fn(sc.meta.summary, sc.meta.loc, "samenvatting");
    for (const auto& p : sc.persons) fn(p.description, p.loc, "persoon '" + p.id + "'");
    for (const auto& d : sc.documents) {
        fn(d.title, d.loc, "document '" + d.id + "'");
        fn(d.body, d.loc, "document '" + d.id + "'");
    }
    for (const auto& f : sc.facts) {
        fn(f.text, f.loc, "feit '" + f.id + "'");
        fn(f.result, f.loc, "feit '" + f.id + "'");
    }
    for (const auto& st : sc.steps) {
        fn(st.title, st.loc, "stap '" + st.id + "'");
        fn(st.narrative, st.loc, "stap '" + st.id + "'");
        fn(st.safety_signal, st.loc, "stap '" + st.id + "'");
        for (const auto& v : st.variants) fn(v.text, v.loc, "stap '" + st.id + "' (varianten)");
        for (const auto& ch : st.choices) {
            fn(ch.text, ch.loc, "keuze '" + ch.id + "'");
            fn(ch.feedback, ch.loc, "keuze '" + ch.id + "'");
        }
    }
    for (const auto& e : sc.endings) {
        fn(e.title, e.loc, "einde '" + e.id + "'");
        fn(e.text, e.loc, "einde '" + e.id + "'");
    }
    const auto& r = sc.reference;
    for (const Text* t : {&r.direct_request, &r.underlying_request, &r.sentence, &r.noble_intention, &r.six, &r.end_description})
        fn(*t, r.loc, "referentie");
    for (const auto& f : r.factors) fn(f.text, r.loc, "referentie, factor '" + f.id + "'");
    for (const auto& e : r.end_items) fn(e.text, r.loc, "referentie, eindsituatie");
    for (const auto& c : sc.criteria)
        for (const Text* t : {&c.text, &c.rationale, &c.feedback_met, &c.feedback_missed, &c.feedback_not_chosen}) fn(*t, c.loc, "criterium '" + c.id + "'");
    for (const auto& rp : sc.reflection_points)
        for (const auto& t : rp.prompts) fn(t, rp.loc, "reflectie '" + rp.id + "'");
    for (const auto& ev : sc.dossier) {
        fn(ev.text, ev.loc, "dossier '" + ev.id + "'");
        fn(ev.explanation, ev.loc, "dossier '" + ev.id + "'");
    }
}

std::vector<Diagnostic> lint(const Scenario& sc) {
    std::vector<Diagnostic> out;
    std::vector<std::string> pseudonyms;
    for (const auto& p : sc.persons) pseudonyms.push_back(p.name);
    // At the line of the text itself (each version its own), else at its block's.
    auto check = [&](const Text& t, const SourceLoc& loc, const std::string& where) {
        for (const bool en : {false, true}) {
            const int line = en ? t.en_line : t.line;
            for (auto& f : anonymisation_findings(en ? t.en : t.nl, pseudonyms))
                out.push_back({Diagnostic::Level::Error, line ? SourceLoc{loc.file, line} : loc, "anonimisering: " + where + ": " + f});
        }
    };
    for_each_text(sc, check);
    for (const auto& d : sc.documents) check({d.author, {}}, d.loc, "auteur van document '" + d.id + "'");
    // Completeness hints.
    std::set<std::string> revealed;
    for (const auto& st : sc.steps) {
        revealed.insert(st.facts.begin(), st.facts.end());
        for (const auto& ch : st.choices) revealed.insert(ch.reveals.begin(), ch.reveals.end());
    }
    for (const auto& d : sc.documents) revealed.insert(d.reveals.begin(), d.reveals.end());
    for (const auto& f : sc.facts)
        if (!revealed.count(f.id)) out.push_back({Diagnostic::Level::Warning, f.loc, "feit '" + f.id + "' wordt nergens onthuld (stap, document of keuze)"});
    if (!sc.reference.present)
        out.push_back({Diagnostic::Level::Warning, sc.meta.loc, "geen referentie { ... }: de nabespreking kan de analyse niet naast die van de trainer zetten"});
    if (sc.criteria.empty())
        out.push_back({Diagnostic::Level::Warning, sc.meta.loc, "geen criteria: de nabespreking geeft geen punten"});
    scoring_hints(sc, out);
    option_length_hints(sc, out);
    for (const auto& b : sc.meta.building_blocks) {
        const bool has = std::any_of(sc.criteria.begin(), sc.criteria.end(), [&](const Criterion& c) { return c.block == b; });
        if (!has && b != "reflectie")
            out.push_back({Diagnostic::Level::Warning, sc.meta.loc, "bouwsteen '" + b + "' staat in 'bouwstenen' maar heeft geen criterium"});
    }
    return out;
}

}  // namespace lwp::core
