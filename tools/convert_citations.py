#!/usr/bin/env python3
"""Moves free-text citations of the method brief ("METHOD.md §2.7", "seed 004") out of scenario
texts into `bron = { ... }` fields with Methodewijzer anchors (issue 16).

    tools/convert_citations.py scenarios/*.lua          # rewrite in place, report what needs a hand
    tools/convert_citations.py --check scenarios/*.lua  # only report

Choice feedback: the trailing "(Bouwsteen X, METHOD.md §2.7; seed 004: ‘…’)" is removed from the
Dutch and the English text and its anchors become the choice's `bron`. Criteria: the citation
words are removed from `onderbouwing` and become the criterion's `bron`. Comments: the words are
replaced by the anchor. A rationale that still quotes English, or still names a document, is
printed for a hand edit.
"""
import re
import sys

BLOCKS = ["samenwerking_lt_gi", "samenwerkingsprincipes", "feedback_barrieres", "privacy",
          "inhoudelijke_beslissingen", "weging", "directe_veiligheid", "stabiele_veiligheid", "tijdlijn",
          "gezinspatroon", "haalbare_eindsituatie", "gesprekken_kinderen", "reflectie"]
CHAPTERS = {1: "pijlers", 2: "bouwstenen", 3: "bron.monitor", 4: "bron.evaluatie", 5: "bron.notitie", 6: "begrippen"}
SEEDS = {0: "bron.evaluatie", 1: "bron.onderzoek", 2: "bron.notitie", 3: "bron.monitor", 4: "bron.werkwijze"}
ENGLISH = {"the", "and", "is", "of", "to", "with", "what", "always", "first", "then", "not", "looks", "like",
           "take", "time", "enough", "also", "decision", "child", "family", "once", "are", "who", "does",
           "how", "be", "it", "for", "when", "this", "that", "by", "at", "or", "can", "no", "every", "should"}

SECTION = re.compile(r"§\s*(\d+)(?:\.(\d+))?(?:\s*[–-]\s*(?:§\s*)?(?:\d+\.)?(\d+))?")
SEED = re.compile(r"[Ss]eeds?\s+(0\d\d(?:\s*(?:,|en|and|/)\s*0\d\d)*)")


def section_anchors(text):
    out = []
    for m in SECTION.finditer(text):
        chapter = int(m[1])
        if chapter == 2 and m[2]:
            first = int(m[2])
            last = int(m[3]) if m[3] else first
            for n in range(first, min(last, 13) + 1):
                out.append("bouwsteen." + BLOCKS[n - 1])
        else:
            out.append(CHAPTERS.get(chapter, "bronnen"))
    return out


def seed_anchors(text):
    out = []
    for m in SEED.finditer(text):
        for n in re.findall(r"0\d\d", m[1]):
            out.append(SEEDS.get(int(n), "bronnen"))
    return out


def anchors_of(text):
    """The anchors a citation text names, most specific first, without repeats."""
    found = section_anchors(text)
    seeds = seed_anchors(text)
    has_block = any(a.startswith("bouwsteen.") for a in found)
    # The Werkwijze holds the building blocks: citing it next to a building block adds nothing.
    found += [a for a in seeds if not (a == "bron.werkwijze" and has_block)]
    low = text.lower()
    if "bouwsteen.tijdlijn" in found and "aanleiding" in low:
        found.append("regels.aanleiding")
    if re.search(r"[‘“'\"]6[’”'\"]|een 6\b|a 6\b", text):
        found.append("veiligheidsschaal.zes")
    if "hulpverleningspatroon" in low or "repetitie van hulp" in low or "help pattern" in low:
        found.append("hulppatroon")
    if "succesfactor" in low:
        found.append("succesfactoren")
    seen, out = set(), []
    for a in found:
        if a not in seen:
            seen.add(a)
            out.append(a)
    # a chapter-level anchor next to one of its own building blocks adds nothing either
    if any(a.startswith("bouwsteen.") for a in out):
        out = [a for a in out if a != "bouwstenen"]
    return out


CITES = re.compile(r"METHOD\.md|[Ss]eeds?\s+0\d\d|§")


def trailing_citation(text):
    """(start, inner) of a last parenthetical that cites, or None."""
    t = text.rstrip()
    if not t.endswith(")"):
        return None
    depth = 0
    for i in range(len(t) - 1, -1, -1):
        if t[i] == ")":
            depth += 1
        elif t[i] == "(":
            depth -= 1
            if depth == 0:
                inner = t[i + 1:-1]
                return (i, inner) if CITES.search(inner) else None
    return None


def english_quote(text):
    for q in re.findall(r"‘([^’]*)’|“([^”]*)”", text):
        words = re.findall(r"[A-Za-z]+", (q[0] or q[1]).lower())
        if sum(w in ENGLISH for w in words) >= 2:
            return q[0] or q[1]
    return None


# The brief's English wording quoted in Dutch rationales, as a Dutch paraphrase.
EN_NL = {
    "‘first enough factual information, then weigh’": "eerst voldoende feitelijke informatie, dan pas wegen",
    "‘in the family’s language … hoe de buurman dat ook kan zien’": "in de taal van het gezin, zo dat ook de buurman het kan zien",
    "‘in the family’s language’": "in de taal van het gezin",
    "‘Always talk with the child; the LT is the lasting face for the child’": "ga altijd met het kind in gesprek; het lokaal team is het blijvende gezicht voor het kind",
    "‘Always talk with the child’": "ga altijd met het kind in gesprek",
    "‘always talk with the child’": "ga altijd met het kind in gesprek",
    "‘always plan the next meeting at once’": "plan altijd meteen het volgende netwerkberaad",
    "‘While immediate safety is a 6 or more, take time to analyse the pattern’": "zolang de directe veiligheid minstens een 6 is, neem je de tijd om het patroon te analyseren",
    "‘Always discuss with the family: explain what you want and why’": "bespreek het altijd met het gezin: leg uit wat je wilt en waarom",
    "‘Always discuss with the family’": "bespreek het altijd met het gezin",
    "‘Aanleiding: first, latest and worst’": "de aanleiding is de eerste, de laatste en de ergste gebeurtenis",
    "‘A decision can only be changed with the same core people who made it’": "een besluit kan alleen worden gewijzigd met dezelfde kernpersonen die het namen",
    "‘a decision can only be changed where it was made’": "een besluit kan alleen worden gewijzigd waar het genomen is",
    "‘Assess immediate safety of all family members’": "taxeer de directe veiligheid van alle gezinsleden",
    "‘where and with whom do the children grow up’": "waar en bij wie groeien de kinderen op",
    "‘agree where the family is discussed (the team of the regievoerder)’": "spreek af waar het gezin besproken wordt (in het team van de regievoerder)",
    "‘how to involve parents’": "hoe je de ouders betrekt",
    "‘does the quality of help increase (as parents and children experience it)?’": "neemt de kwaliteit van de hulp toe, zoals ouders en kinderen die ervaren?",
    "‘influence of the help on the recurring pattern’": "de invloed van de hulp op het terugkerende patroon",
    "‘always a joint deliberation on requesting … a child-protection measure’": "altijd een gezamenlijke afweging bij het aanvragen van een kinderbeschermingsmaatregel",
    "‘always a joint deliberation on requesting or ending a child-protection measure’": "altijd een gezamenlijke afweging bij het aanvragen of beëindigen van een kinderbeschermingsmaatregel",
    "‘do not start running at once’": "niet meteen gaan rennen",
    "‘If immediate safety is at stake, steps may be skipped’": "als de directe veiligheid in het geding is, mogen stappen worden overgeslagen",
    "‘Involve the GW'er (and core team) in key decisions; the worker must always be able to account for following or not following the GW'er's advice’": "betrek de GW'er (en het kernteam) bij inhoudelijke beslissingen; de hulpverlener moet altijd kunnen verantwoorden waarom het advies van de GW'er wel of niet gevolgd is",
    "‘Involve the GW'er (and core team) in key decisions’": "betrek de GW'er (en het kernteam) bij inhoudelijke beslissingen",
    "‘Describe what the “6” looks like’": "beschrijf hoe de ‘6’ eruitziet",
    "‘Describe what the ‘6’ looks like’": "beschrijf hoe de ‘6’ eruitziet",
    "‘Which patterns must be broken? What is the haalbare eindsituatie and the feasible term?’": "welke patronen moeten doorbroken worden, wat is de haalbare eindsituatie en op welke termijn?",
    "‘talk with the child itself, several times, involve it in decisions, planning and monitoring’": "praat meerdere keren met het kind zelf en betrek het bij besluiten, planning en monitoring",
    "‘talk with the child itself, several times’": "praat meerdere keren met het kind zelf",
    "‘distinguish the family’s own/direct help request, the underlying help request, and any zorgmelding — write down both’": "onderscheid de eigen (directe) hulpvraag van het gezin, de achterliggende hulpvraag en een eventuele zorgmelding, en schrijf beide op",
    "‘distinguish the family’s own/direct help request, the underlying help request … write down both’": "onderscheid de eigen (directe) hulpvraag van het gezin en de achterliggende hulpvraag, en schrijf beide op",
    "‘is an extended explanatory analysis helpful or necessary?’": "is een uitgebreide verklarende analyse zinvol of nodig?",
    "‘The family's own view’": "de eigen kijk van het gezin",
    "‘what is good enough?’": "wat is goed genoeg?",
    "‘which help is needed to break the pattern, and to stay out of it’": "welke hulp is nodig om het patroon te doorbreken en eruit te blijven?",
    "‘What is changeable (work on it with the family) and what must be (lastingly) compensated (and how)?’": "wat is veranderbaar (daar werk je met het gezin aan), en wat moet (blijvend) gecompenseerd worden, en hoe?",
    "‘What is changeable … and what must be (lastingly) compensated (and how)?’": "wat is veranderbaar, en wat moet (blijvend) gecompenseerd worden, en hoe?",
    "‘Choose consciously with or without parents present’": "kies bewust of je met of zonder ouders praat",
    "‘choose consciously with or without parents present’": "kies bewust of je met of zonder ouders praat",
    "‘everybody works towards the same haalbare eindsituatie; decide together who does what’": "iedereen werkt naar dezelfde haalbare eindsituatie toe; spreek samen af wie wat doet",
    "‘explain what you want and why; explore objections’": "leg uit wat je wilt en waarom, en verken de bezwaren",
    "‘explain what you want and why’": "leg uit wat je wilt en waarom",
    "‘provided it is safe’": "mits het veilig is",
    "‘Provided it is safe’": "mits het veilig is",
    "‘after a JBT decision to postpone the Raad investigation’": "na een JBT-besluit om het raadsonderzoek uit te stellen",
    "‘persistent differences of focus (child vs family vs parents)’": "blijvende verschillen in focus (kind, gezin of ouders)",
    "‘Not sharing is also a decision’": "niet delen is ook een besluit",
    "‘Consent is fragile because a family depends on the worker’": "toestemming is kwetsbaar, omdat een gezin afhankelijk is van de hulpverlener",
    "‘one-to-one, face-to-face, I-form, no overdose, verify’": "één op één, face to face, in de ik-vorm, niet te veel tegelijk, en nagaan of het aankwam",
    "‘verbal consent is fine when recorded; ask again for each new sharing; family may withdraw’": "mondelinge toestemming volstaat als je die vastlegt; vraag opnieuw bij elke nieuwe uitwisseling; het gezin mag de toestemming intrekken",
    "‘Prevent two teams discussing the same family and reaching different conclusions’": "voorkom dat twee teams hetzelfde gezin bespreken en tot verschillende conclusies komen",
    "‘What is the haalbare eindsituatie?’": "wat is de haalbare eindsituatie?",
    "‘what must be compensated for good’": "wat blijvend gecompenseerd moet worden",
    "‘answered with facts from the timeline’": "beantwoord met feiten uit de tijdlijn",
    "‘A “6” for the Janssen family looks very different from a “6” for the Van Deventer family’": "een ‘6’ ziet er voor het ene gezin heel anders uit dan voor het andere",
    "‘how do professionals experience the collaboration’": "hoe ervaren professionals de samenwerking?",
    "‘no reflection on cause and effect’": "geen reflectie op oorzaak en gevolg",
    "‘LT keeps regie; after a team decision in the LT’s case discussion; only with parents’": "het lokaal team houdt de regie; pas na een teambesluit in de casuïstiekbespreking van het lokaal team; alleen met de ouders",
    "‘which change goals? which help or treatment, by whom?’": "welke veranderdoelen, welke hulp of behandeling, door wie?",
    "‘problem not broken → risk of intergenerational transfer’": "het probleem is niet doorbroken, met kans op overdracht naar de volgende generatie",
    "‘whom to involve, whom to convince’": "wie betrek je, wie moet je overtuigen",
    "‘influence of parents’ behaviour on the children’": "de invloed van het gedrag van de ouders op de kinderen",
}


def paraphrase(text):
    for en, nl in EN_NL.items():
        text = text.replace(en, nl)
    return text


def clean_rationale(text):
    parts = []
    for part in re.split(r";\s+", text):
        p = part.strip()
        # "METHOD.md §2.7", "§2 en §2.7", "METHOD.md §2.8 en §2.11", "METHOD.md §3 (seed 003)"
        p = re.sub(r"^(METHOD\.md\s*)?§\s*[\d.]+(\s*[–-]\s*§?\s*[\d.]+)?((\s*(,|en|and)\s*§\s*[\d.]+(\s*[–-]\s*[\d.]+)?)*)\s*", "", p)
        p = re.sub(r"^METHOD\.md\s*", "", p)
        p = re.sub(r"^(en|and)\s+(?=[Ss]eed)", "", p)
        m = re.match(r"^\(([^()]*)\)\s*:?\s*", p)
        if m:
            inner = SEED.sub("", m[1]).strip(" ,;")
            p = (inner + ": " if inner and p[m.end():] else inner) + p[m.end():]
        m = re.match(r"^" + SEED.pattern + r"(\s*\(([^()]*)\))?\s*:?\s*", p)
        if m:
            label = m[3]
            p = (label + ": " if label else "") + p[m.end():]
        p = p.strip().lstrip(":").strip()
        if p:
            parts.append(p)
    out = "; ".join(parts).strip()
    out = re.sub(r"\s+([.,;])", r"\1", out)
    if out and out[0].islower() and not out.startswith("‘"):
        out = out[0].upper() + out[1:]
    if out and out[-1] not in ".?!’”":
        out += "."
    return out


def comment_fix(line):
    def sec(m):
        anchors = section_anchors(m[0])
        return ", ".join(anchors) if anchors else m[0]
    line = re.sub(r"METHOD\.md\s*(§\s*[\d.]+(\s*[–-]\s*[\d.]+)?)", lambda m: sec(m), line)
    line = re.sub(r"§\s*\d+(\.\d+)?(\s*[–-]\s*\d+\.\d+)?", lambda m: sec(m), line)
    line = SEED.sub(lambda m: ", ".join(seed_anchors(m[0])), line)
    return line.replace("METHOD.md", "de Methodewijzer")


def lua_list(anchors):
    if len(anchors) == 1:
        return '"' + anchors[0] + '"'
    return "{ " + ", ".join('"' + a + '"' for a in anchors) + " }"


STRING_FIELD = re.compile(r'^(\s*)(feedback|onderbouwing) = "(.*)",(\s*)$')


def convert(path, write):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, todo = [], []
    en_indent = None
    for no, line in enumerate(lines, 1):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if en_indent is not None and stripped.startswith("}") and indent <= en_indent:
            en_indent = None
        if re.match(r"^en = \{\s*$", stripped):
            en_indent = indent
        m = STRING_FIELD.match(line)
        if stripped.startswith("--") and CITES.search(line):
            out.append(comment_fix(line))
            continue
        if not m:
            if CITES.search(line) and not stripped.startswith("bron"):
                todo.append((no, "citation outside feedback/onderbouwing: " + stripped[:120]))
            out.append(line)
            continue
        ind, field, text, tail = m[1], m[2], m[3], m[4]
        anchors = []
        if field == "feedback":
            tc = trailing_citation(text)
            if tc:
                start, inner = tc
                anchors = anchors_of(inner)
                text = text[:start].rstrip()
            if en_indent is None:
                text = paraphrase(text)
        else:
            anchors = anchors_of(text)
            text = clean_rationale(paraphrase(text))
            q = english_quote(text)
            if q:
                todo.append((no, "English quote in the rationale: ‘" + q + "’"))
        if CITES.search(text):
            todo.append((no, "citation left in " + field + ": " + text[:140]))
        out.append(f'{ind}{field} = "{text}",{tail}')
        if anchors and en_indent is None:
            out.append(f"{ind}bron = {lua_list(anchors)},")
        elif not anchors and en_indent is None and field == "onderbouwing":
            todo.append((no, "rationale without any citation"))
    if write:
        open(path, "w", encoding="utf-8").write("\n".join(out))
    return todo


def main(argv):
    write = "--check" not in argv
    files = [a for a in argv if not a.startswith("--")]
    total = 0
    for f in files:
        for no, msg in convert(f, write):
            print(f"{f}:{no}: {msg}")
            total += 1
    print(f"{total} to check by hand", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
