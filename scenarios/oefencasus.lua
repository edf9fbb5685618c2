-- Oefencasus: de tutorial van de Leerwerkplaats.
-- Een korte, volledig verzonnen casus (schuilnamen, geen adressen, geen BSN, geen geboortedata:
-- alleen leeftijden; datums in maanden). Leert de bediening: documenten lezen onthult feiten,
-- keuzes hebben gevolgen voor de meters, feedback na elke keuze, Ctrl+Z en Terugspoelen.
-- Handleiding voor schrijvers van casussen: scenarios/README.md.
--
-- Stappen:  aanleiding -> huisbezoek -> (veiligheid_eerst, alleen als directe_veiligheid <= 3)
--           -> gesprek_kind -> plan (weging) -> netwerk -> einde_een_plan | einde_losse_hulp | einde_draaideur

scenario {
    id = "oefencasus",
    titel = "Oefencasus: de zorgmelding over Milan",
    samenvatting = "Korte oefencasus om de Leerwerkplaats te leren kennen. School maakt zich zorgen over Milan (8). "
        .. "Zijn moeder Sanne heeft schulden; eerdere opvoedondersteuning stopte zonder resultaat. "
        .. "Jij bepaalt wat je eerst doet, met wie je praat en wie je erbij haalt; onderweg leer je de borden en de nabespreking kennen.",
    versie = "1.0",
    api = 1,
    taal = "nl",
    minuten = 15,
    moeilijkheid = "instap",
    bouwstenen = { "directe_veiligheid", "privacy", "gesprekken_kinderen", "tijdlijn", "gezinspatroon",
                   "haalbare_eindsituatie", "samenwerkingsprincipes", "weging", "reflectie" },
    tags = { "oefencasus", "tutorial", "zorgmelding", "schulden", "lokaal_team" },
    start = "aanleiding",
    en = {
        titel = "Practice case: the school's report about Milan",
        samenvatting = "A short practice case to get to know the Leerwerkplaats. The school is worried about Milan (8). "
            .. "His mother Sanne has debts; earlier parenting support ended without result. "
            .. "You decide what you do first, whom you talk to and whom you involve; along the way you get to know the boards and the debrief.",
    },
}

-- ---------------------------------------------------------------------------------------------
-- Personen (voor het genogram). Alle namen zijn verzonnen.
-- ---------------------------------------------------------------------------------------------

persoon "ria" {
    naam = "Ria",
    rol = "oma",
    leeftijd = 62,
    geslacht = "v",
    huishouden = false,
    beschrijving = "Moeder van Sanne. Woont in dezelfde stad en haalt Noor twee middagen per week van de peuteropvang.",
    en = { beschrijving = "Sanne's mother. Lives in the same town and picks Noor up from pre-school two afternoons a week." },
}

persoon "sanne" {
    naam = "Sanne",
    rol = "moeder",
    leeftijd = 34,
    geslacht = "v",
    ouders = { "ria" },
    partners = { ronald = "gescheiden" },
    beschrijving = "Moeder van Milan en Noor. Werkt parttime in de schoonmaak. Sinds de scheiding alleen met de kinderen; heeft samen met Ronald het gezag.",
    en = { beschrijving = "Mother of Milan and Noor. Works part-time as a cleaner. Alone with the children since the separation; shares parental authority with Ronald." },
}

persoon "ronald" {
    naam = "Ronald",
    rol = "vader",
    leeftijd = 38,
    geslacht = "m",
    huishouden = false,
    partners = { sanne = "gescheiden" },
    beschrijving = "Vader van Milan en Noor. Woont sinds 2021 elders; sinds de zomer van 2023 geen contact met de kinderen.",
    en = { beschrijving = "Father of Milan and Noor. Has lived elsewhere since 2021; no contact with the children since summer 2023." },
}

persoon "milan" {
    naam = "Milan",
    rol = "kind",
    leeftijd = 8,
    geslacht = "m",
    ouders = { "sanne", "ronald" },
    beschrijving = "Zit in groep 5. Sociaal, leest op niveau, tekent graag; goede band met zijn juf.",
    en = { beschrijving = "In year 5 of primary school. Sociable, reads at his level, likes drawing; a good bond with his teacher." },
}

persoon "noor" {
    naam = "Noor",
    rol = "kind",
    leeftijd = 4,
    geslacht = "v",
    ouders = { "sanne", "ronald" },
    beschrijving = "Gaat drie ochtenden per week naar de peuteropvang.",
    en = { beschrijving = "Goes to pre-school three mornings a week." },
}

persoon "hanneke" {
    naam = "Hanneke",
    rol = "netwerk",
    leeftijd = 55,
    geslacht = "v",
    huishouden = false,
    beschrijving = "Buurvrouw. Kent de kinderen goed; Sanne noemt haar ‘een schat’.",
    en = { beschrijving = "Neighbour. Knows the children well; Sanne calls her ‘a treasure’." },
}

-- ---------------------------------------------------------------------------------------------
-- Meters. Keuzes tellen hierbij op of af; de waarde blijft altijd tussen min en max.
-- ---------------------------------------------------------------------------------------------

variabele "vertrouwen_gezin" {
    label = "Vertrouwen van het gezin",
    start = 5, min = 0, max = 10,
    en = { label = "Family's trust" },
}

-- Begint op 5: zolang je de veiligheid niet getaxeerd hebt, kun je nog geen 6 geven.
variabele "directe_veiligheid" {
    label = "Directe veiligheid (een 6 is voldoende)",
    start = 5, min = 0, max = 10,
    en = { label = "Immediate safety (a 6 is sufficient)" },
}

-- ---------------------------------------------------------------------------------------------
-- Documenten. Lezen onthult de feiten in 'onthult'.
-- ---------------------------------------------------------------------------------------------

document "zorgmelding_school" {
    titel = "Zorgmelding van de basisschool over Milan",
    soort = "zorgmelding",
    auteur = "Intern begeleider basisschool",
    datum = "2024-01",
    tekst = [[
Aan: lokaal team
Betreft: Milan, 8 jaar, groep 5

Wat zien wij?
Sinds de herfstvakantie komt Milan drie tot vier keer per week te laat. Vaak heeft hij niet ontbeten en heeft hij geen lunch bij zich; de juf geeft hem dan een boterham uit de klassenvoorraad. Hij valt soms in slaap tijdens de les. Twee keer zei hij tegen de juf dat er ‘thuis niks meer te eten is’. De bijdrage voor het schoolreisje is niet betaald.

Wat gaat goed?
Milan is een vrolijke, sociale jongen. Hij leest op niveau en is trots op zijn tekeningen. Met zijn juf heeft hij een goede band; hij zoekt haar op als hij ergens mee zit.

Contact met moeder
Bij het oudergesprek in december zei moeder dat ze ‘even krap zit’ en dat het ‘wel goedkomt’. Zij weet van deze melding en vond het goed dat wij het lokaal team inschakelen.

Vraag aan het lokaal team
Wilt u contact opnemen met het gezin? Wij maken ons zorgen of Milan thuis genoeg eten en rust krijgt.
]],
    onthult = { "f_milan_signalen" },
    en = {
        titel = "Report of concern from the primary school about Milan",
        tekst = [[
To: local team
Re: Milan, 8 years old, year 5

What do we see?
Since the autumn holiday Milan arrives late three to four times a week. Often he has had no breakfast and brings no lunch; his teacher then gives him a sandwich from the class supply. He sometimes falls asleep in class. Twice he told his teacher there is ‘nothing left to eat at home’. The contribution for the school trip has not been paid.

What goes well?
Milan is a cheerful, sociable boy. He reads at his level and is proud of his drawings. He has a good bond with his teacher and seeks her out when something bothers him.

Contact with mother
At the parents' meeting in December mother said money is ‘a bit tight’ and that it ‘will be fine’. She knows about this report and agreed that we involve the local team.

Question to the local team
Will you contact the family? We are worried whether Milan gets enough food and rest at home.
]],
    },
}

document "verslag_huisbezoek" {
    titel = "Gespreksnotitie huisbezoek bij Sanne",
    soort = "gespreksverslag",
    auteur = "Lokaal team (jij)",
    datum = "2024-02",
    tekst = [[
Aanwezig: Sanne (moeder) en Noor (4). Milan was op school.

Aanleiding volgens Sanne
Sanne herkent wat school ziet. ‘Ik slaap slecht van de brieven en kom ’s ochtends niet uit bed.’ Haar eigen vraag: hulp bij de post en bij de verhuurder.

Voorgeschiedenis (zoals Sanne die vertelt)
- Mei 2021: Sanne en Ronald gaan uit elkaar. Ronald vertrekt; Sanne blijft met de kinderen in de huurwoning. Ze houden samen het gezag.
- 2022: ‘een tijdje opvoedondersteuning gehad, maar daar had ik niks aan’. Sanne weet niet meer precies wanneer; ze zoekt de brief op.
- Voorjaar 2023: aanmelding bij de schuldhulpverlening van de gemeente. ‘Ik moest zoveel papieren inleveren, dat lukte niet.’ Het dossier is gesloten.
- Zomer 2023: na ruzie over de alimentatie ziet Ronald de kinderen niet meer.

Nu
- Huurachterstand van drie maanden en een achterstand bij het energiebedrijf. De verhuurder heeft een laatste aanmaning gestuurd.
- Weinig boodschappen in huis. Noor ziet er verzorgd uit en speelt rustig.

Krachten en netwerk
- Sanne: ‘Ik wil niet dat de kinderen iets merken van het gedoe met geld.’ Ze vraagt zelf om hulp.
- Oma Ria (moeder van Sanne) haalt Noor twee middagen per week van de peuteropvang en wil meer doen ‘als Sanne het vraagt’.
- Buurvrouw Hanneke heeft een goed contact met Milan.
]],
    onthult = { "f_scheiding", "f_hulp_schuld", "f_schulden", "f_sanne_vraag", "f_oma_steun" },
    en = {
        titel = "Notes of the home visit to Sanne",
        tekst = [[
Present: Sanne (mother) and Noor (4). Milan was at school.

The occasion, as Sanne sees it
Sanne recognises what the school sees. ‘I sleep badly because of the letters and can't get out of bed in the morning.’ Her own request: help with the post and with the landlord.

History (as Sanne tells it)
- May 2021: Sanne and Ronald separate. Ronald leaves; Sanne stays in the rented home with the children. They keep joint parental authority.
- 2022: ‘had parenting support for a while, but it was no use to me’. Sanne no longer knows exactly when; she will look for the letter.
- Spring 2023: applied to the municipal debt counselling. ‘I had to hand in so many papers, I couldn't manage.’ The file was closed.
- Summer 2023: after a row about maintenance payments Ronald no longer sees the children.

Now
- Three months of rent arrears and arrears with the energy company. The landlord has sent a final reminder.
- Few groceries in the house. Noor looks well cared for and plays quietly.

Strengths and network
- Sanne: ‘I don't want the children to notice anything of the money trouble.’ She asks for help herself.
- Grandma Ria (Sanne's mother) picks Noor up from pre-school two afternoons a week and wants to do more ‘if Sanne asks’.
- Neighbour Hanneke gets on well with Milan.
]],
    },
}

document "afsluitbericht_opvoedsteun" {
    titel = "Afsluitbericht opvoedondersteuning (2022)",
    soort = "brief",
    auteur = "Opvoedsteunpunt in de wijk",
    datum = "2022-09",
    tekst = [[
Aan: Sanne [achternaam weggelaten]
Betreft: afsluiting traject opvoedondersteuning

Van maart tot en met september 2022 kreeg u opvoedondersteuning van ons. De hulpvraag was: ‘meer rust en regelmaat in huis, vooral ’s ochtends en bij het naar bed gaan’.

Er waren tien gesprekken gepland; vijf hebben plaatsgevonden. Daarna hebben wij u niet meer kunnen bereiken. Wij sluiten het traject hierbij af. De doelen zijn niet geëvalueerd. Er is geen overdracht naar een andere hulpverlener.

U kunt zich altijd opnieuw bij ons aanmelden.
]],
    onthult = { "f_hulp_opvoed" },
    en = {
        titel = "Closing letter parenting support (2022)",
        tekst = [[
To: Sanne [surname removed]
Re: closing of the parenting support trajectory

From March to September 2022 you received parenting support from us. The request for help was: ‘more calm and routine at home, especially in the mornings and at bedtime’.

Ten sessions were planned; five took place. After that we could no longer reach you. We hereby close the trajectory. The goals have not been evaluated. There has been no handover to another helper.

You are always welcome to register with us again.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Feiten: de bouwstof voor tijdlijn, genogram en patroon.
-- ---------------------------------------------------------------------------------------------

feit "f_melding_school" {
    tekst = "De intern begeleider van de basisschool meldt zorgen over Milan bij het lokaal team; Sanne weet van de melding.",
    datum = "2024-01",
    soort = "melding",
    bron = "zorgmelding_school",
    personen = { "milan", "sanne" },
    en = { tekst = "The primary school's special-needs coordinator reports concerns about Milan to the local team; Sanne knows about the report." },
}

feit "f_milan_signalen" {
    tekst = "Milan komt sinds de herfstvakantie vaak te laat, zonder ontbijt en zonder lunch; hij valt in de klas in slaap en zei twee keer dat er ‘thuis niks meer te eten is’.",
    datum = "2023-10/2024-01",
    soort = "zorg",
    bron = "zorgmelding_school",
    personen = { "milan" },
    en = { tekst = "Since the autumn holiday Milan often arrives late, without breakfast or lunch; he falls asleep in class and twice said there is ‘nothing left to eat at home’." },
}

feit "f_scheiding" {
    tekst = "Sanne en Ronald gaan uit elkaar; Ronald verlaat het huis. Milan is dan 5, Noor 1. Beide ouders houden het gezag.",
    datum = "2021-05",
    soort = "levensgebeurtenis",
    bron = "verslag_huisbezoek",
    personen = { "sanne", "ronald", "milan", "noor" },
    en = { tekst = "Sanne and Ronald separate; Ronald leaves the home. Milan is 5, Noor 1. Both parents keep parental authority." },
}

feit "f_hulp_opvoed" {
    tekst = "Opvoedondersteuning voor Sanne, gericht op rust en regelmaat in de ochtenden en bij het slapengaan.",
    datum = "2022-03/2022-09",
    soort = "hulp",
    bron = "afsluitbericht_opvoedsteun",
    personen = { "sanne", "milan", "noor" },
    instantie = "Opvoedsteunpunt in de wijk",
    resultaat = "Afgesloten zonder resultaat: vijf van de tien gesprekken gevoerd, doelen niet geëvalueerd, geen overdracht.",
    en = {
        tekst = "Parenting support for Sanne, aimed at calm and routine in the mornings and at bedtime.",
        resultaat = "Closed without result: five of ten sessions held, goals not evaluated, no handover.",
    },
}

feit "f_hulp_schuld" {
    tekst = "Sanne meldt zich aan bij de schuldhulpverlening van de gemeente.",
    datum = "2023-03/2023-05",
    soort = "hulp",
    bron = "verslag_huisbezoek",
    personen = { "sanne" },
    instantie = "Schuldhulpverlening gemeente",
    resultaat = "Niet gestart: de aanvraag bleef onvolledig en het dossier is na twee maanden gesloten.",
    en = {
        tekst = "Sanne applies to the municipal debt counselling service.",
        resultaat = "Never started: the application stayed incomplete and the file was closed after two months.",
    },
}

feit "f_schulden" {
    tekst = "Huurachterstand van drie maanden en een achterstand bij het energiebedrijf; de verhuurder heeft een laatste aanmaning gestuurd.",
    datum = "2024-02",
    soort = "zorg",
    bron = "verslag_huisbezoek",
    personen = { "sanne" },
    en = { tekst = "Three months of rent arrears and arrears with the energy company; the landlord has sent a final reminder." },
}

feit "f_sanne_vraag" {
    tekst = "Sanne vraagt zelf om hulp bij de post en de verhuurder, en wil dat de kinderen ‘niks merken van het gedoe met geld’.",
    datum = "2024-02",
    soort = "kracht",
    bron = "verslag_huisbezoek",
    personen = { "sanne" },
    en = { tekst = "Sanne herself asks for help with the post and the landlord, and wants the children ‘not to notice anything of the money trouble’." },
}

feit "f_oma_steun" {
    tekst = "Oma Ria haalt Noor twee middagen per week van de peuteropvang en wil meer doen als Sanne dat vraagt.",
    datum = "2024-02",
    soort = "kracht",
    bron = "verslag_huisbezoek",
    personen = { "ria", "noor", "sanne" },
    en = { tekst = "Grandma Ria picks Noor up from pre-school two afternoons a week and wants to do more if Sanne asks." },
}

feit "f_veiligheidsafspraken" {
    tekst = "Veiligheidsafspraken met Sanne: elke ochtend ontbijt voor Milan en Noor; lukt dat niet, dan belt Sanne oma Ria. Ondergrens: geen van de kinderen gaat zonder eten naar school of opvang.",
    datum = "2024-02",
    soort = "besluit",
    personen = { "sanne", "milan", "noor", "ria" },
    en = { tekst = "Safety agreements with Sanne: breakfast for Milan and Noor every morning; if that fails, Sanne calls grandma Ria. Bottom line: neither child goes to school or pre-school without food." },
}

feit "f_milan_vertelt" {
    tekst = "Milan vertelt (Drie Huizen) dat hij Noor ’s ochtends aankleedt omdat mama ‘zo moe is’, dat hij soms bij buurvrouw Hanneke ontbijt en dat hij bang is dat ze uit hun huis moeten.",
    datum = "2024-02",
    soort = "zorg",
    personen = { "milan", "noor", "sanne", "hanneke" },
    en = { tekst = "Milan tells (Three Houses) that he dresses Noor in the mornings because mum ‘is so tired’, that he sometimes has breakfast at neighbour Hanneke's, and that he is afraid they will have to leave their home." },
}

feit "f_netwerkberaad" {
    tekst = "Eerste netwerkberaad met Sanne, oma Ria, buurvrouw Hanneke, de intern begeleider en het lokaal team; het volgende beraad is meteen gepland.",
    datum = "2024-03",
    soort = "besluit",
    personen = { "sanne", "ria", "hanneke" },
    en = { tekst = "First network meeting with Sanne, grandma Ria, neighbour Hanneke, the school's coordinator and the local team; the next meeting was planned straight away." },
}

-- ---------------------------------------------------------------------------------------------
-- Stappen en keuzes
-- ---------------------------------------------------------------------------------------------

stap "aanleiding" {
    titel = "1. De zorgmelding",
    datum = "2024-01",
    tekst = [[
Welkom bij de oefencasus. Je werkt in het lokaal team. In deze korte casus leer je hoe de Leerwerkplaats werkt, aan de hand van een echte vraag uit de praktijk: een zorgmelding over Milan (8).

Zo werkt het:
• Bij de documenten (links) staat de zorgmelding van school. Open hem: wat je leest, verschijnt als feiten op de tijdlijn. Sommige keuzes komen pas in beeld als je een document gelezen hebt.
• Je ziet twee meters: Vertrouwen van het gezin en Directe veiligheid. Een 6 is voor directe veiligheid voldoende; daaronder gaat veiligheid voor alles. De meter staat nu op 5: zolang je de veiligheid niet getaxeerd hebt, kun je nog geen 6 geven.
• Hieronder kies je wat je doet. Na elke keuze krijg je feedback, met de bouwsteen waarop die rust.
• Vergist? Ctrl+Z maakt je laatste handeling ongedaan. In de lijst Terugspoelen ga je terug naar een eerdere keuze; de route die je verliet blijft bewaard.

Januari 2024. De intern begeleider van Milans basisschool heeft een zorgmelding gestuurd. Milans moeder, Sanne, weet ervan. Wat doe je als eerste?
]],
    documenten = { "zorgmelding_school" },
    feiten = { "f_melding_school" },
    en = {
        titel = "1. The report of concern",
        tekst = [[
Welcome to the practice case. You work in the local team. In this short case you learn how the Leerwerkplaats works, using a real question from practice: a report of concern about Milan (8).

How it works:
• Under documents (on the left) you find the school's report. Open it: what you read appears as facts on the timeline. Some choices only appear once you have read a document.
• You see two meters: Family's trust and Immediate safety. For immediate safety a 6 is sufficient; below that, safety comes first. The meter is at 5 now: as long as you have not assessed safety, you cannot give it a 6.
• Below, you choose what you do. After each choice you get feedback, with the building block it rests on.
• Made a mistake? Ctrl+Z undoes your last action. In the Rewind list you go back to an earlier choice; the route you left is kept.

January 2024. The special-needs coordinator of Milan's primary school has sent a report of concern. Milan's mother, Sanne, knows about it. What do you do first?
]],
    },

    keuze "brief_uitnodiging" {
        tekst = "Stuur Sanne een vriendelijke brief die de melding uitlegt, met een uitnodiging voor een kennismaking over drie weken: dan kan ze zich voorbereiden.",
        feedback = "Zorgvuldig, maar te traag voor deze melding. Milan zei dat er thuis niets te eten is: een mogelijk signaal van ernstige verwaarlozing, een van de punten die je met de ARIJ taxeert. Kijk dan snel, en bij voorkeur persoonlijk, hoe het met alle kinderen gaat. Ook een vriendelijke brief laat Sanne drie weken met vragen zitten, en jij weet zo lang niet hoe het thuis gaat.",
        bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
        gevolg = { directe_veiligheid = -1 },
        naar = "huisbezoek",
        en = {
            tekst = "Send Sanne a friendly letter that explains the report, inviting her to an introductory meeting in three weeks: that gives her time to prepare.",
            feedback = "Careful, but too slow for this report. Milan said there is nothing to eat at home: a possible sign of serious neglect, one of the items you assess with the ARIJ. Then look quickly, preferably in person, at how all the children are doing. Even a friendly letter leaves Sanne with questions for three weeks, and for that long you do not know how things are at home.",
        },
    },

    -- Verschijnt pas als de zorgmelding gelezen is: wie de feiten niet kent, kan ze niet bespreken.
    keuze "melding_bespreken" {
        als = { gelezen = "zorgmelding_school" },
        tekst = "Bel Sanne vandaag, vertel open wat school ziet, vraag hoe zij het ziet en spreek deze week een huisbezoek af.",
        feedback = "Sterk. Je bent open over de melding, je vraagt naar Sannes eigen kijk en je gaat snel zien hoe het met de kinderen is. Zo kun je straks zowel haar eigen hulpvraag als de zorg van school opschrijven. Let op: deze keuze verscheen pas nadat je de melding gelezen had.",
        bron = "bouwsteen.tijdlijn",
        gevolg = { vertrouwen_gezin = 2, directe_veiligheid = 1 },
        naar = "huisbezoek",
        en = {
            tekst = "Call Sanne today, tell her openly what the school sees, ask how she sees it and arrange a home visit this week.",
            feedback = "Strong. You are open about the report, you ask for Sanne's own view and you go and see quickly how the children are doing. That way you can write down both her own request for help and the school's concern. Note: this choice only appeared after you had read the report.",
        },
    },

    keuze "eerst_rondbellen" {
        tekst = "Bel eerst de school, de huisarts en oma om een volledig beeld te krijgen, zodat je goed voorbereid met Sanne in gesprek gaat.",
        feedback = "Goed bedoeld, maar zo praat je over het gezin in plaats van met het gezin. Sanne hoort het later via oma en voelt zich gepasseerd. Leg eerst aan Sanne uit wie je wilt spreken en waarom, en vraag haar toestemming; bij elke nieuwe uitwisseling opnieuw, en leg het vast.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -3 },
        naar = "huisbezoek",
        en = {
            tekst = "First call the school, the GP and grandma to get a full picture, so that you are well prepared when you talk to Sanne.",
            feedback = "Well meant, but this way you talk about the family instead of with the family. Sanne hears about it later through grandma and feels bypassed. First explain to Sanne whom you want to talk to and why, and ask her consent; again for every new exchange, and record it.",
        },
    },

    keuze "direct_schuldhulp" {
        tekst = "Meld Sanne direct aan bij de schuldhulpverlening: de geldzorgen lijken de kern, en hoe eerder die aanpak start, hoe eerder er rust komt.",
        feedback = "Je springt naar een oplossing voordat je weet wat er speelt. Je weet nog niet of Milan en Noor nu veilig zijn, en ook niet of schuldhulp al eens geprobeerd is en waarom het toen niet lukte. Dat is symptoombestrijding. Regel eerst de directe veiligheid en neem dan de tijd voor de analyse.",
        bron = { "bouwsteen.gezinspatroon", "bron.evaluatie" },
        gevolg = { vertrouwen_gezin = -1, directe_veiligheid = -1 },
        naar = "huisbezoek",
        en = {
            tekst = "Refer Sanne straight to debt counselling: the money worries seem to be the core, and the sooner that starts, the sooner things calm down.",
            feedback = "You jump to a solution before you know what is going on. You do not yet know whether Milan and Noor are safe now, nor whether debt counselling was tried before and why it did not work then. That is fighting symptoms. Secure immediate safety first, then take time for the analysis.",
        },
    },
}

stap "huisbezoek" {
    titel = "2. Huisbezoek bij Sanne",
    datum = "2024-02",
    tekst = [[
Februari 2024. Je zit bij Sanne aan de keukentafel. Noor (4) speelt op de grond met blokken; Milan is op school. Op het aanrecht ligt een stapel ongeopende brieven. Sanne is moe en zegt meteen: ‘Als die verhuurder maar ophoudt met bellen, dan komt de rest vanzelf goed.’

Je gespreksnotitie staat nu bij de documenten. Lees hem: je vindt er de voorgeschiedenis, eerdere hulp en de krachten in het netwerk. Eén keuze hieronder verschijnt pas als je weet wie er in het netwerk klaarstaat.

Houd de meter Directe veiligheid in het oog: zakt die te ver, dan stuurt de casus je eerst terug naar de veiligheid.
]],
    documenten = { "verslag_huisbezoek" },
    en = {
        titel = "2. Home visit to Sanne",
        tekst = [[
February 2024. You sit with Sanne at the kitchen table. Noor (4) plays with blocks on the floor; Milan is at school. On the counter lies a pile of unopened letters. Sanne is tired and says straight away: ‘If only that landlord stopped calling, the rest would sort itself out.’

Your notes of the visit are now among the documents. Read them: you will find the history, earlier help and the strengths in the network. One choice below only appears once you know who in the network is ready to help.

Keep an eye on the Immediate safety meter: if it drops too far, the case first sends you back to safety.
]],
    },

    -- Verschijnt pas als het feit f_oma_steun bekend is (uit de gespreksnotitie).
    keuze "oma_inschakelen" {
        als = { feit = "f_oma_steun" },
        tekst = "Stel voor dat Sanne vandaag oma Ria belt, zodat jullie samen afspreken wie de kinderen ’s ochtends ontbijt geeft en naar school en opvang brengt.",
        feedback = "Goed gezien: je zet een kracht uit het netwerk in om de acute zorg te verkleinen, en Sanne houdt zelf de regie door oma te bellen. Deze keuze verscheen pas toen je in de notitie las dat oma wil helpen: feiten openen mogelijkheden. Taxeer wel de veiligheid van beide kinderen, ook van Noor.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 2, vertrouwen_gezin = 2 },
        onthult = { "f_veiligheidsafspraken" },
        naar = "gesprek_kind",
        en = {
            tekst = "Suggest that Sanne calls grandma Ria today, so that together you agree who gives the children breakfast in the mornings and takes them to school and pre-school.",
            feedback = "Well spotted: you use a strength from the network to reduce the acute concern, and Sanne keeps control by calling grandma herself. This choice only appeared once you had read in the notes that grandma wants to help: facts open up options. Do assess the safety of both children, Noor included.",
        },
    },

    -- Voorwaardelijke route: eerst telt het gevolg, dan wordt de route gekozen.
    keuze "brieven_sorteren" {
        tekst = "Help Sanne vandaag de brieven te sorteren en bel samen de verhuurder: is die druk eraf, dan krijgt ze ook weer ruimte voor de ochtenden.",
        feedback = "Sanne voelt zich geholpen, en dat is waardevol: je sluit aan bij haar eigen hulpvraag. Maar je werkt alleen aan het hier en nu en laat de vraag liggen of Milan en Noor elke dag eten krijgen. De directe vraag (de verhuurder) en de achterliggende vraag (Sanne komt ’s ochtends niet uit bed, de kinderen missen zorg) horen allebei op tafel.",
        bron = { "bouwsteen.gezinspatroon", "bouwsteen.directe_veiligheid" },
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = -2 },
        naar = {
            { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
            { naar = "gesprek_kind" },
        },
        en = {
            tekst = "Help Sanne sort the letters today and call the landlord together: once that pressure is off, she will have room for the mornings again.",
            feedback = "Sanne feels helped, and that is valuable: you connect with her own request. But you only work on the here and now and leave open whether Milan and Noor get food every day. The direct request (the landlord) and the underlying one (Sanne can't get up in the morning, the children miss care) both belong on the table.",
        },
    },

    keuze "veiligheid_taxeren" {
        tekst = "Loop met Sanne na hoe het met eten, slaap en toezicht van Milan én Noor gaat, en spreek samen af wat er morgen anders gaat en wat de ondergrens is.",
        feedback = "Dit is de volgorde van de methode: eerst de directe veiligheid van alle gezinsleden (de punten van de ARIJ), met concrete afspraken en een ondergrens die je samen met Sanne vaststelt. Beschrijf wat een 6 hier in gedrag betekent: elke ochtend ontbijt, op tijd op school en op de opvang. Met die basis kun je daarna rustig aan de analyse werken.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 2, vertrouwen_gezin = 1 },
        onthult = { "f_veiligheidsafspraken" },
        naar = "gesprek_kind",
        en = {
            tekst = "Go through with Sanne how food, sleep and supervision are going for both Milan and Noor, and agree together what changes tomorrow and what the bottom line is.",
            feedback = "This is the method's order: first the immediate safety of all family members (the ARIJ items), with concrete agreements and a bottom line you set together with Sanne. Describe what a 6 means in behaviour here: breakfast every morning, on time at school and pre-school. On that basis you can then work on the analysis calmly.",
        },
    },

    keuze "geruststellen" {
        tekst = "Stel Sanne gerust: Noor ziet er verzorgd uit en het huis is rustig. Spreek af dat je over een maand terugkomt om te zien hoe het gaat.",
        feedback = "Sanne is opgelucht, maar de signalen van school zijn niet onderzocht en er zijn geen afspraken. Een maand is lang voor een kind dat zonder ontbijt naar school gaat. Geruststellen is geen veiligheidstaxatie: weeg op feiten, niet op de indruk van een rustig huis.",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.weging" },
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = -3 },
        naar = {
            { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
            { naar = "gesprek_kind" },
        },
        en = {
            tekst = "Reassure Sanne: Noor looks well cared for and the house is calm. Agree that you come back in a month to see how things are going.",
            feedback = "Sanne is relieved, but the school's signals have not been looked into and there are no agreements. A month is long for a child who goes to school without breakfast. Reassuring is not a safety assessment: weigh facts, not the impression of a calm house.",
        },
    },
}

-- Alleen bereikbaar via een voorwaardelijke route (directe_veiligheid 3 of lager).
stap "veiligheid_eerst" {
    titel = "Tussenstap: eerst de veiligheid",
    datum = "2024-02",
    veiligheidssignaal = "Milan kwam zonder jas en zonder eten op school; Noor was niet op de peuteropvang.",
    tekst = [[
Twee dagen later belt de juf van Milan. Hij kwam vanochtend zonder jas en zonder eten op school en zei: ‘Mama ligt de hele dag in bed.’ Noor was gisteren niet op de peuteropvang.

Je bent hier terechtgekomen omdat de meter Directe veiligheid op 3 of lager stond. Dat is geen straf; zo werkt de methode. Zodra er nieuwe signalen zijn over de directe veiligheid, staat het veiligheidsplan weer centraal en wacht al het andere.

Benieuwd hoe de casus was gelopen met een andere keuze bij het huisbezoek? Maak hier eerst je keuze; daarna kun je via Terugspoelen teruggaan.
]],
    en = {
        titel = "Intermediate step: safety first",
        veiligheidssignaal = "Milan came to school without coat or food; Noor was not at pre-school.",
        tekst = [[
Two days later Milan's teacher calls. He came to school this morning without a coat and without food and said: ‘Mum stays in bed all day.’ Noor was not at pre-school yesterday.

You ended up here because the Immediate safety meter was at 3 or lower. That is not a punishment; this is how the method works. As soon as there are new signals about immediate safety, the safety plan is back at the centre and everything else waits.

Curious how the case would have gone with another choice at the home visit? Make your choice here first; afterwards you can go back with Rewind.
]],
    },

    keuze "gi_sparren" {
        tekst = "Leg de situatie vandaag anoniem voor aan de vaste jeugdbeschermer van de GI (product 1) en ga daarna met een scherper plan naar Sanne.",
        feedback = "Goede zet: anoniem sparren met de GI mag altijd, ook zonder toestemming, en de regie blijft bij jou. Let wel op de tijd: sparren vervangt het huisbezoek niet, de veiligheid moet vandaag nog geregeld zijn. Vertel Sanne achteraf dat je advies hebt gevraagd.",
        bron = "bouwsteen.samenwerking_lt_gi",
        gevolg = { directe_veiligheid = 2 },
        onthult = { "f_veiligheidsafspraken" },
        naar = "gesprek_kind",
        en = {
            tekst = "Today, present the situation anonymously to the GI's linked youth protector (product 1), then go to Sanne with a sharper plan.",
            feedback = "Good move: anonymous sparring with the GI is always allowed, even without consent, and you keep the lead. Mind the time, though: sparring does not replace the visit; safety must be arranged today. Tell Sanne afterwards that you asked for advice.",
        },
    },

    keuze "veiligheidsplan_maken" {
        tekst = "Ga vandaag nog langs en maak met Sanne en oma Ria een veiligheidsplan, met afspraken voor de ochtenden en een ondergrens.",
        feedback = "Precies wat nodig is. Het veiligheidsplan heeft drie delen: de aanleiding (wie meldde wat, wanneer), de zorgen en krachten, en de veiligheidsafspraken met een ondergrens en een plan voor als die wordt overschreden. Door oma erbij te vragen is het plan ook werkbaar op de momenten dat jij er niet bent.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 3, vertrouwen_gezin = 1 },
        onthult = { "f_veiligheidsafspraken" },
        naar = "gesprek_kind",
        en = {
            tekst = "Go round today and make a safety plan with Sanne and grandma Ria, with agreements for the mornings and a bottom line.",
            feedback = "Exactly what is needed. The safety plan has three parts: the occasion (who reported what, when), the concerns and strengths, and the safety agreements with a bottom line and a plan for when it is crossed. Asking grandma to join makes the plan work at the moments you are not there.",
        },
    },

    keuze "vt_melden_stil" {
        tekst = "Doe vandaag een melding bij Veilig Thuis, zonder Sanne vooraf in te lichten zodat ze het contact niet afhoudt, en wacht hun reactie af.",
        feedback = "Advies vragen bij of melden aan Veilig Thuis kan nodig zijn; volg dan de meldcode en de werkinstructie van je organisatie. Maar hier gaan twee dingen mis. Je informeert Sanne niet, terwijl de methode vraagt de betrokkenen te vertellen wat je doet en waarom. En met een melding is Milan morgenochtend nog niet veilig: tot Veilig Thuis in actie komt, blijf jij aan zet.",
        bron = { "bouwsteen.privacy", "bouwsteen.directe_veiligheid" },
        gevolg = { vertrouwen_gezin = -3 },
        naar = "gesprek_kind",
        en = {
            tekst = "Report to Veilig Thuis today, without telling Sanne beforehand so that she does not shut you out, and wait for their response.",
            feedback = "Asking Veilig Thuis for advice or reporting to them can be necessary; then follow the reporting code and your organisation's work instruction. But two things go wrong here. You do not inform Sanne, while the method asks you to tell those involved what you do and why. And a report does not make Milan safe tomorrow morning: until Veilig Thuis acts, it is still your move.",
        },
    },
}

stap "gesprek_kind" {
    titel = "3. Milan en Noor aan het woord",
    datum = "2024-02",
    tekst = [[
Je hebt Sanne gesproken. Maar Milan heb je nog niet zelf gehoord, en Noor ook niet. Wat school en Sanne vertellen, gaat over de kinderen; het komt niet van de kinderen.

Milan is 8. Voor een gesprek met een kind onder de 12 vraag je toestemming aan de ouders. Sanne en Ronald hebben allebei het gezag; Ronald is sinds de zomer van 2023 uit beeld.

Wist je dat Ctrl+Z je laatste keuze ongedaan maakt? Probeer het gerust: kies, lees de feedback, zet terug en kies opnieuw.
]],
    en = {
        titel = "3. Milan and Noor have their say",
        tekst = [[
You have spoken with Sanne. But you have not yet heard Milan yourself, nor Noor. What the school and Sanne tell you is about the children; it does not come from the children.

Milan is 8. For a conversation with a child under 12 you ask the parents' consent. Sanne and Ronald both hold parental authority; Ronald has been out of the picture since summer 2023.

Did you know Ctrl+Z undoes your last choice? Feel free to try: choose, read the feedback, undo and choose again.
]],
    },

    keuze "milan_spreken" {
        tekst = "Vraag Sanne en zo mogelijk Ronald om toestemming, spreek Milan op school met de Drie Huizen en zoek thuis een speels moment met Noor.",
        gesproken_met = { "milan", "noor" },
        feedback = "Zo hoort het: elk kind wordt gesproken, op een manier die bij de leeftijd past. Vanaf ongeveer 4 jaar werken open vragen, dus ook Noor kan iets vertellen. Milan vertelt wat niemand wist: hij zorgt ’s ochtends voor zijn zusje en is bang om te moeten verhuizen. Kinderen merken dat er iets speelt en bedenken er vaak zelf een verklaring bij, soms met schuldgevoel. Kies bewust of je met of zonder ouder praat.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = 1 },
        onthult = { "f_milan_vertelt" },
        naar = "plan",
        en = {
            tekst = "Ask Sanne and if possible Ronald for consent, talk with Milan at school using the Three Houses and find a playful moment with Noor at home.",
            feedback = "That is how it should be: every child is spoken to, in a way that fits their age. From about age 4 open questions work, so Noor can tell you something too. Milan tells what nobody knew: he looks after his little sister in the mornings and is afraid of having to move. Children notice that something is going on and often make up their own explanation, sometimes with guilt. Choose consciously whether to talk with or without a parent present.",
        },
    },

    keuze "kind_overslaan" {
        tekst = "Sla een apart gesprek met Milan voorlopig over: Sanne vertelt open hoe het gaat, en je wilt hem na alle drukte thuis niet extra belasten.",
        feedback = "Begrijpelijk, maar je wijkt af van een uitgangspunt. Je mist wat Milan zelf meemaakt, en daarmee een deel van de veiligheidstaxatie. Afwijken kan alleen met argumenten die je vastlegt, en dan moet je nagaan dat iemand anders wél doorlopend met Milan praat (vergewisplicht). ‘Niet belasten’ is zelden een goede reden: kinderen voelen dat er iets speelt.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -1 },
        naar = "plan",
        en = {
            tekst = "Skip a separate conversation with Milan for now: Sanne tells you openly how things are, and after all the stress at home you don't want to burden him further.",
            feedback = "Understandable, but you deviate from a principle. You miss what Milan himself experiences, and with it part of the safety assessment. Deviating is only possible with recorded arguments, and then you must make sure someone else does keep talking with Milan (duty to verify). ‘Not burdening him’ is rarely a good reason: children sense that something is going on.",
        },
    },

    keuze "juf_laten_vragen" {
        tekst = "Vraag de juf, bij wie Milan zich veilig voelt, om hem in de klas te laten vertellen hoe het thuis gaat en je haar verslag te mailen.",
        feedback = "De juf is belangrijk voor Milan, maar het gesprek over thuis is jouw taak: het lokaal team is het blijvende gezicht voor het kind. De klas is geen veilige plek om over thuis te praten, en zonder toestemming van Sanne laat je school informatie over het gezin verzamelen en doorsturen.",
        bron = { "bouwsteen.gesprekken_kinderen", "bouwsteen.privacy" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "plan",
        en = {
            tekst = "Ask the teacher, with whom Milan feels safe, to let him tell in class how things are at home and to email you her report.",
            feedback = "The teacher matters to Milan, but the conversation about home is your task: the local team is the lasting face for the child. The classroom is not a safe place to talk about home, and without Sanne's consent you have the school gather and forward information about the family.",
        },
    },
}

-- Routes naar de eindes, gedeeld door de keuzes van de laatste stap. De eerste route die past,
-- wordt genomen. Goed einde: veiligheid minstens een 6, vertrouwen minstens een 6, Milan zelf
-- gesproken, veiligheidsafspraken gemaakt (in het huisbezoek of in de tussenstap) en een
-- netwerkberaad met gezin en netwerk: dat is het ‘één plan’ van de titel.
local naar_einde = {
    { als = { alle = {
          { variabele = "directe_veiligheid", min = 6 },
          { variabele = "vertrouwen_gezin", min = 6 },
          { keuze = "milan_spreken" },
          { feit = "f_veiligheidsafspraken" },
          { keuze = "netwerkberaad_plannen" },
      } },
      naar = "einde_een_plan" },
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "einde_draaideur" },
    { naar = "einde_losse_hulp" },
}

-- Wie de casus hier afsluit of opnieuw verwijst, komt niet meer bij het netwerkberaad.
local naar_einde_zonder_plan = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "einde_draaideur" },
    { naar = "einde_losse_hulp" },
}

stap "plan" {
    titel = "4. Wat is er nodig?",
    datum = "2024-03",
    tekst = [[
Maart 2024. Sanne vond in de stapel post een oude brief en geeft hem aan je: het afsluitbericht van de opvoedondersteuning uit 2022. Je vindt hem bij de documenten.

Zet de feiten naast elkaar: een scheiding, geldzorgen die oplopen, schuldhulp die niet van de grond kwam, opvoedondersteuning die halverwege stopte. Wat doe je met wat je nu weet?
]],
    documenten = { "afsluitbericht_opvoedsteun" },
    en = {
        titel = "4. What is needed?",
        tekst = [[
March 2024. Sanne found an old letter in the pile of post and hands it to you: the closing letter of the 2022 parenting support. You find it among the documents.

Put the facts side by side: a separation, growing money worries, debt counselling that never got off the ground, parenting support that stopped halfway. What do you do with what you now know?
]],
    },

    keuze "teamleider_bellen" {
        tekst = "Bel je teamleider, vat de twee gestopte trajecten samen en vraag of je zelf verder mag, zodat Sanne niet op de volgende casuïstiekbespreking hoeft te wachten.",
        feedback = "Snel en goed bedoeld, en je teamleider weet nu wat er speelt. Maar een telefoontje is geen weging. Twee keer hulp die zonder resultaat stopte, vraagt om een weging in de casuïstiekbespreking, met collega's en een gedragswetenschapper en op basis van feiten: is een uitgebreide analyse nodig, moet de GI meekijken? Zo’n bespreking hoef je niet weken vooruit te plannen.",
        bron = { "bouwsteen.weging", "regels.wanneer_wegen" },
        naar = "netwerk",
        en = {
            tekst = "Call your team leader, sum up the two help trajectories that stopped and ask whether you may carry on yourself, so that Sanne need not wait for the next case discussion.",
            feedback = "Quick and well meant, and your team leader now knows what is going on. But a phone call is not a weighing. Help that stopped twice without result calls for a weighing in the case discussion, with colleagues and a behavioural scientist and based on facts: is an extended analysis needed, should the GI be involved? Such a discussion need not be planned weeks ahead.",
        },
    },

    keuze "opnieuw_verwijzen" {
        tekst = "Meld Sanne opnieuw aan bij het opvoedsteunpunt en de schuldhulpverlening, met een brief over wat er vorige keer misging; ieder doet zijn eigen deel.",
        feedback = "Dit is het hulpverleningspatroon uit de oorspronkelijke dossiers: dezelfde hulp opnieuw, op losse leefgebieden, zonder dat iemand het geheel overziet. Een brief over vorige keer verandert daar weinig aan. Waarom stopte het de vorige keer? Zonder dat antwoord is de kans groot dat het weer stopt. Eerst het patroon, dan de hulp.",
        bron = { "pijlers", "bouwsteen.reflectie", "hulppatroon" },
        gevolg = { vertrouwen_gezin = -1 },
        naar = naar_einde_zonder_plan,
        en = {
            tekst = "Refer Sanne again to the parenting support point and to debt counselling, with a letter about what went wrong last time; each does their own part.",
            feedback = "This is the pattern of help from the original case files: the same help again, on separate areas of life, without anyone overseeing the whole. A letter about last time changes little. Why did it stop last time? Without that answer it will likely stop again. First the pattern, then the help.",
        },
    },

    keuze "casus_afsluiten" {
        tekst = "Verwijs naar de schuldhulpverlening en sluit de casus af: Sanne vraagt zelf om hulp bij geld, en school ziet Milan elke dag.",
        feedback = "Je sluit af met een verwijzing, zonder overdracht en zonder veiligheidsafspraken die iemand bewaakt. Dat is ‘positief afsluiten’ terwijl het probleem niet doorbroken is. School ziet Milan wel, maar is geen hulpverlener en kan de veiligheid van Milan en Noor niet borgen.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { vertrouwen_gezin = -1, directe_veiligheid = -2 },
        naar = "einde_draaideur",
        en = {
            tekst = "Refer to debt counselling and close the case: Sanne herself asks for help with money, and the school sees Milan every day.",
            feedback = "You close with a referral, without a handover and without safety agreements that anyone monitors. That is ‘closing positively’ while the problem has not been broken. The school does see Milan, but it is not a helper and cannot secure the safety of Milan and Noor.",
        },
    },

    -- Verschijnt pas als het feit f_hulp_opvoed bekend is (uit het afsluitbericht).
    keuze "weging_casusoverleg" {
        als = { feit = "f_hulp_opvoed" },
        tekst = "Breng de casus deze week in de casuïstiekbespreking met de gedragswetenschapper: teken het genogram en weeg of een uitgebreide analyse of de GI nodig is.",
        feedback = "Sterk: twee keer hulp die zonder resultaat stopte, is een reden om te wegen in plaats van opnieuw te verwijzen. In de casuïstiekbespreking teken je het genogram, beantwoord je de vragen van de wegingskaart met feiten, en besluit het team of een uitgebreide analyse of de GI nodig is. De uitkomst bespreek je daarna met Sanne. Deze keuze verscheen pas toen je het afsluitbericht had gelezen.",
        bron = "bouwsteen.weging",
        gevolg = { directe_veiligheid = 1 },
        naar = "netwerk",
        en = {
            tekst = "Bring the case to this week's case discussion with the behavioural scientist: draw the genogram and weigh whether an extended analysis or the GI is needed.",
            feedback = "Strong: help that stopped twice without result is a reason to weigh instead of referring again. In the case discussion you draw the genogram, answer the questions of the weighing card with facts, and the team decides whether an extended analysis or the GI is needed. You then discuss the outcome with Sanne. This choice only appeared once you had read the closing letter.",
        },
    },
}

stap "netwerk" {
    titel = "5. Van losse hulp naar één plan",
    datum = "2024-03",
    tekst = [[
Sanne wil verder, en er zijn mensen die willen helpen: oma Ria, buurvrouw Hanneke, de intern begeleider van school. Tot nu toe deed ieder iets los van de ander. Hoe breng je de hulp bij elkaar?

Laatste tip: in de lijst Terugspoelen staan al je eerdere keuzes. Kies er een om vanaf dat punt een andere route te proberen; je huidige route blijft bewaard.
]],
    en = {
        titel = "5. From separate help to one plan",
        tekst = [[
Sanne wants to go on, and there are people who want to help: grandma Ria, neighbour Hanneke, the school's coordinator. So far everyone did something separately. How do you bring the help together?

Last tip: the Rewind list shows all your earlier choices. Pick one to try another route from that point; your current route is kept.
]],
    },

    keuze "professionals_overleg" {
        tekst = "Organiseer een overleg met de intern begeleider, de schuldhulpverlening en de peuteropvang, zodat de professionals één lijn trekken; Sanne krijgt het verslag.",
        feedback = "De professionals stemmen af, en dat is winst. Maar dit is geen netwerkberaad: Sanne, oma Ria en Hanneke zitten niet aan tafel, dus de afspraken zijn niet in hun taal gemaakt en niemand uit het netwerk heeft een taak. Een overleg met alleen professionals vervangt het netwerkberaad niet, hoeveel instanties er ook zijn.",
        bron = { "bouwsteen.samenwerkingsprincipes", "regels.netwerkberaad_of_casuistiek" },
        gevolg = { vertrouwen_gezin = -1 },
        naar = naar_einde,
        en = {
            tekst = "Organise a meeting with the school's coordinator, debt counselling and the pre-school, so that the professionals pull together; Sanne gets the minutes.",
            feedback = "The professionals coordinate, and that is a gain. But this is not a network meeting: Sanne, grandma Ria and Hanneke are not at the table, so the agreements are not made in their words and nobody from the network has a task. A professionals-only meeting does not replace the network meeting, however many agencies attend.",
        },
    },

    keuze "netwerkberaad_plannen" {
        tekst = "Plan met Sanne een netwerkberaad met oma Ria, buurvrouw Hanneke en de intern begeleider, en zet de datum van het volgende beraad er meteen bij.",
        feedback = "Eén gezin, één plan, één regisseur. In het netwerkberaad verdeel je de taken, spreek je in de taal van het gezin af wie wat doet, en benoem je de signalen van terugval. Nodig Ronald uit als Sanne dat goed vindt. De tijdlijn maak je samen met Sanne, met bij alle eerdere hulp de datum, de instantie en het resultaat. Zo wordt het patroon zichtbaar: hulp die stopt zonder dat iemand het merkt.",
        bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.tijdlijn" },
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = 1 },
        onthult = { "f_netwerkberaad" },
        naar = naar_einde,
        en = {
            tekst = "Plan a network meeting with Sanne, grandma Ria, neighbour Hanneke and the school's coordinator, and set the date of the next meeting straight away.",
            feedback = "One family, one plan, one director. In the network meeting you divide the tasks, agree in the family's language who does what, and name the signs of relapse. Invite Ronald if Sanne agrees. You build the timeline together with Sanne, with date, agency and result for every earlier help. That makes the pattern visible: help that stops without anyone noticing.",
        },
    },

    keuze "losse_afspraken" {
        tekst = "Bel oma Ria, Hanneke en de intern begeleider ieder apart en spreek met elk een vaste taak af: een groot overleg is voor Sanne nu te veel.",
        feedback = "Iedereen heeft nu een taak, en Sanne hoeft niet aan een volle tafel. Maar zo blijven het losse afspraken: niemand weet wat de ander doet, er is geen gezamenlijk plan en geen afspraak over wat te doen bij terugval. Dat is hetzelfde patroon als de hulp tot nu toe. Een netwerkberaad kan klein en in de taal van het gezin; vraag Sanne wie ze erbij wil.",
        bron = { "bouwsteen.samenwerkingsprincipes", "hulppatroon" },
        naar = naar_einde,
        en = {
            tekst = "Call grandma Ria, Hanneke and the school's coordinator separately and agree a fixed task with each: a big meeting is too much for Sanne right now.",
            feedback = "Everyone now has a task, and Sanne need not face a full table. But this way they stay separate agreements: nobody knows what the others do, there is no joint plan and no agreement on what to do in a relapse. That is the same pattern as the help so far. A network meeting can be small and in the family's language; ask Sanne whom she wants there.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Eindes
-- ---------------------------------------------------------------------------------------------

einde "einde_een_plan" {
    titel = "Eén gezin, één plan",
    toon = "goed",
    tekst = [[
Milan en Noor krijgen elke ochtend ontbijt; lukt het Sanne niet, dan springt oma Ria bij. Milan is zelf gehoord en weet bij wie hij terechtkan. Sanne vertrouwt je genoeg om ook over de moeilijke ochtenden te praten. De directe veiligheid is minstens een 6, en daarmee is er ruimte voor de volgende stap: samen met het gezin het patroon onderzoeken en beschrijven wat een haalbare eindsituatie is, in woorden die Sanne zelf zou gebruiken.

Reflectie: doe ik het goed, doe ik het goede, en doe ik het om de goede reden?

Probeer via Terugspoelen ook eens een andere route. Wat verandert er als je het gesprek met Milan overslaat?
]],
    en = {
        titel = "One family, one plan",
        tekst = [[
Milan and Noor get breakfast every morning; if Sanne can't manage, grandma Ria steps in. Milan has been heard himself and knows whom he can turn to. Sanne trusts you enough to talk about the difficult mornings too. Immediate safety is at least a 6, and that leaves room for the next step: exploring the pattern together with the family and describing a feasible end situation, in words Sanne would use herself.

Reflection: am I doing it well, am I doing the right thing, and am I doing it for the right reason?

Try another route through Rewind as well. What changes if you skip the conversation with Milan?
]],
    },
}

einde "einde_losse_hulp" {
    titel = "Hulp gestart, het geheel nog niet in beeld",
    toon = "gemengd",
    tekst = [[
Er gebeurt iets: er is hulp in beeld. Maar iets ontbreekt nog. Misschien is Milan niet zelf gesproken, vertrouwt Sanne je nog niet genoeg, zijn er geen veiligheidsafspraken gemaakt, is de directe veiligheid nog geen 6, of zaten gezin en netwerk nog niet samen aan tafel. Zonder die basis is de kans groot dat ook deze hulp halverwege stopt, net als in 2022.

Kijk terug naar je keuzes en je meters. Welke keuze maakte het verschil? Gebruik Terugspoelen om vanaf die keuze een andere route te proberen.
]],
    en = {
        titel = "Help started, the whole picture not yet in view",
        tekst = [[
Something is happening: help is in view. But something is still missing. Perhaps Milan was not spoken to himself, Sanne does not trust you enough yet, no safety agreements were made, immediate safety is not yet a 6, or family and network have not yet sat at one table. Without that basis this help, too, may well stop halfway, just like in 2022.

Look back at your choices and your meters. Which choice made the difference? Use Rewind to try another route from that choice.
]],
    },
}

einde "einde_draaideur" {
    titel = "De draaideur",
    toon = "zorgelijk",
    tekst = [[
Een half jaar later komt er een nieuwe zorgmelding van school: Milan verzuimt, Noor gaat niet meer naar de opvang, en de verhuurder is een ontruimingsprocedure gestart. Niemand had zicht op het gezin, want iedereen deed zijn eigen deel of was al weg. Dit is de draaideur die de leerwerkplaatsen steeds weer in de dossiers vonden: hulp die positief wordt afgesloten terwijl het patroon blijft.

Ga via Terugspoelen terug naar het huisbezoek of naar de zorgmelding, en kijk wat er gebeurt als je eerst de directe veiligheid regelt.
]],
    en = {
        titel = "The revolving door",
        tekst = [[
Six months later a new report of concern comes from the school: Milan is absent, Noor no longer goes to pre-school, and the landlord has started eviction proceedings. Nobody had the family in view, because everyone did their own part or had already left. This is the revolving door the learning workshops kept finding in the case files: help closed positively while the pattern remains.

Use Rewind to go back to the home visit or to the report of concern, and see what happens if you secure immediate safety first.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Referentie: de analyse van de trainer, naast die van de deelnemer in de nabespreking
-- (bouwsteen.directe_veiligheid, bouwsteen.stabiele_veiligheid, bouwsteen.tijdlijn, bouwsteen.gezinspatroon, bouwsteen.haalbare_eindsituatie). Geen ‘enige goede antwoord’, wel een onderbouwd voorbeeld.
-- ---------------------------------------------------------------------------------------------
referentie {
    tijdlijn = {
        feiten = { "f_scheiding", "f_hulp_opvoed", "f_hulp_schuld", "f_schulden", "f_melding_school",
                   "f_milan_signalen", "f_oma_steun" },
        -- Aanleiding (bouwsteen.tijdlijn): de eerste, de laatste en de ergste gebeurtenis.
        -- De zorgmelding is de enige melding en ook de meest recente (regels.aanleiding); de
        -- opvoedondersteuning van 2022 is hulpgeschiedenis, geen aanleiding.
        eerste = "f_melding_school",
        laatste = "f_melding_school",
        ergste = "f_milan_signalen",
        hulpvraag_direct = "Sanne wil hulp bij de post en de verhuurder, zodat de kinderen ‘niks merken van het gedoe met geld’.",
        hulpvraag_onderliggend = "Sanne kan de zorg voor twee jonge kinderen niet dragen naast schulden en uitputting; Milan neemt zorgtaken over.",
        en = {
            hulpvraag_direct = "Sanne wants help with the post and the landlord, so that the children ‘don't notice anything of the money trouble’.",
            hulpvraag_onderliggend = "Sanne cannot carry the care for two young children on top of debts and exhaustion; Milan takes over caring tasks.",
        },
    },
    patroon = {
        factoren = {
            { id = "uitputting", gebied = "ontwikkeling_ouder", persoon = "sanne",
              tekst = "Sanne is uitgeput en somber sinds de scheiding en de schulden", feiten = { "f_scheiding", "f_schulden" },
              en = { tekst = "Sanne has been exhausted and low since the separation and the debts" } },
            { id = "vermijden", gebied = "gedrag_ouder", persoon = "sanne",
              tekst = "Sanne opent de post niet en haakt af als hulp te veel vraagt", feiten = { "f_hulp_opvoed", "f_hulp_schuld" },
              en = { tekst = "Sanne doesn't open the post and drops out when help asks too much" } },
            { id = "zorgen_milan", gebied = "ontwikkeling_kind", persoon = "milan",
              tekst = "Milan is bang om uit huis te moeten en voelt zich verantwoordelijk", feiten = { "f_milan_vertelt" },
              en = { tekst = "Milan is afraid of having to leave home and feels responsible" } },
            { id = "zorgtaken", gebied = "gedrag_kind", persoon = "milan",
              tekst = "Milan zorgt ’s ochtends voor Noor, komt moe en zonder eten op school", feiten = { "f_milan_signalen" },
              en = { tekst = "Milan looks after Noor in the mornings and arrives at school tired and without food" } },
            { id = "losse_hulp", gebied = "hulpverleningspatroon",
              tekst = "Hulp per probleem, gestopt zonder overdracht; niemand zag het geheel", feiten = { "f_hulp_opvoed", "f_hulp_schuld" },
              en = { tekst = "Help per problem, stopped without a handover; nobody saw the whole" } },
        },
        pijlen = { { "uitputting", "vermijden" }, { "vermijden", "zorgtaken" }, { "zorgtaken", "zorgen_milan" },
                   { "losse_hulp", "vermijden" } },
        zin = "Deze kinderen groeien op in een gezin waarin moeder door uitputting en schulden de zorg niet meer rondkrijgt en Milan die zorg stilletjes overneemt, terwijl losse hulp steeds stopt voordat er iets verandert.",
        intentie = "Sanne wil haar kinderen beschermen tegen haar zorgen; Milan wil zijn moeder en zusje helpen.",
        en = {
            zin = "These children grow up in a family where mother, through exhaustion and debts, can no longer manage the care and Milan quietly takes that care over, while separate help keeps stopping before anything changes.",
            intentie = "Sanne wants to protect her children from her worries; Milan wants to help his mother and little sister.",
        },
    },
    veiligheid = {
        score = 4, stap = "huisbezoek",  -- de taxatie van de trainer na het huisbezoek
        zes = "Milan en Noor ontbijten elke dag en gaan op tijd naar school en opvang; lukt dat Sanne niet, dan belt zij oma Ria en die komt.",
        en = { zes = "Milan and Noor have breakfast every day and go to school and pre-school on time; if Sanne can't manage, she calls grandma Ria and Ria comes." },
        oordelen = {
            { persoon = "milan", item = "ernstige_verwaarlozing", oordeel = "onveilig" },
            { persoon = "noor", item = "ernstige_verwaarlozing", oordeel = "onveilig" },
            { persoon = "sanne", item = "psychiatrie_verzorger", oordeel = "veilig" },
        },
    },
    eindsituatie = {
        items = {
            { soort = "patroon_doorbreken", tekst = "Milan hoeft niet meer voor zijn moeder en zusje te zorgen",
              en = { tekst = "Milan no longer has to look after his mother and little sister" } },
            { soort = "veranderbaar", tekst = "Een vaste ochtendroutine die Sanne zelf volhoudt",
              en = { tekst = "A fixed morning routine that Sanne keeps up herself" } },
            { soort = "compenseren", tekst = "Sanne kan de administratie niet alleen: budgetbeheer via de gemeente",
              en = { tekst = "Sanne can't do the paperwork alone: budget management through the municipality" } },
            { soort = "doel", tekst = "Binnen drie maanden een betalingsregeling voor huur en energie (Sanne met schuldhulp)",
              en = { tekst = "Within three months a payment arrangement for rent and energy (Sanne with debt counselling)" } },
            { soort = "kracht", tekst = "Oma Ria en buurvrouw Hanneke willen vaste taken op zich nemen",
              en = { tekst = "Grandma Ria and neighbour Hanneke want to take on fixed tasks" } },
        },
        beschrijving = "Milan en Noor wonen bij hun moeder. ’s Ochtends zit iedereen om half acht aan tafel; Milan fietst met een broodtrommel naar school. De buurvrouw ziet dat Sanne de post weer opent.",
        en = { beschrijving = "Milan and Noor live with their mother. In the mornings everyone is at the table at half past seven; Milan cycles to school with a lunchbox. The neighbour sees that Sanne opens the post again." },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Criteria: waarop de nabespreking punten geeft, per bouwsteen, met bron en uitleg.
-- ---------------------------------------------------------------------------------------------
criterium "veiligheid_getaxeerd" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "De directe veiligheid van Milan én Noor is getaxeerd voordat er aan andere problemen werd gewerkt.",
    onderbouwing = "Eerst de directe veiligheid van alle gezinsleden; ‘Als de directe veiligheid lager dan een ‘6’ is moet dit eerst worden opgelost’.",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Je taxeerde de directe veiligheid van beide kinderen en maakte afspraken. Daarmee kan de rest van het werk op een veilige basis verder.",
    fout = "De directe veiligheid is niet getaxeerd. Schulden of gesprekken over later kunnen wachten; eten, slaap en toezicht van de kinderen niet.",
    en = {
        tekst = "The immediate safety of both Milan and Noor was assessed before other problems were worked on.",
        onderbouwing = "First the immediate safety of all family members: if it is below a 6, that is solved first.",
        goed = "You assessed the immediate safety of both children and made agreements. The rest of the work can go on from a safe basis.",
        fout = "Immediate safety was not assessed. Debts or talks about later can wait; the children's food, sleep and supervision cannot.",
    },
    check = { een_van = { { keuze = "veiligheid_taxeren" }, { keuze = "veiligheidsplan_maken" } } },
}
criterium "veiligheid_voor_patroon" {
    bouwsteen = "directe_veiligheid",
    tekst = "Pas aan het gezinspatroon gewerkt toen de veiligheid minstens een 6 was.",
    onderbouwing = "Zolang de directe veiligheid minstens een 6 is, neem je de tijd om het patroon te analyseren; ‘Het maken van de analyse vraagt om vertraging’.",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Eerst veiligheid, dan analyse: precies de volgorde van de methode.",
    fout = "Je werkte aan het gezinspatroon terwijl de veiligheid nog onder de 6 stond. De analyse vraagt rust; die is er pas als de kinderen veilig genoeg zijn.",
    en = {
        tekst = "Worked on the family pattern only once safety was at least a 6.",
        onderbouwing = "As long as immediate safety is at least a 6, you take the time to analyse the pattern; making the analysis asks you to slow down.",
        goed = "Safety first, then analysis: exactly the method's order.",
        fout = "You worked on the family pattern while safety was still below 6. The analysis needs calm; there is none until the children are safe enough.",
    },
    check = { veiligheid_voor_patroon = true },
}
criterium "open_over_melding" {
    bouwsteen = "privacy",
    tekst = "De zorgmelding is open met Sanne besproken voordat anderen werden gebeld.",
    onderbouwing = "Bespreek het altijd met het gezin: leg uit wat je wilt en waarom; openheid en transparantie, besluiten mét het gezin.",
    bron = { "bouwsteen.privacy", "bron.evaluatie" },
    goed = "Je besprak de melding meteen en eerlijk met Sanne. Dat is de basis voor toestemming en vertrouwen.",
    fout = "Je sprak eerst over Sanne in plaats van met haar. Informatie verzamelen zonder het gezin schaadt het vertrouwen en vraagt een grondslag die er nog niet is.",
    en = {
        tekst = "The report of concern was discussed openly with Sanne before anyone else was called.",
        onderbouwing = "Always discuss it with the family: explain what you want and why; openness and transparency, deciding with the family.",
        goed = "You discussed the report with Sanne straight away and honestly. That is the basis for consent and trust.",
        fout = "You first talked about Sanne instead of with her. Gathering information without the family harms trust and needs a legal basis that is not there yet.",
    },
    check = { keuze = "melding_bespreken" },
}
criterium "geen_stille_melding" {
    bouwsteen = "privacy",
    tekst = "Geen melding bij Veilig Thuis zonder het gezin te informeren.",
    onderbouwing = "Ook zonder toestemming het gezin informeren en de afweging vastleggen; niet delen is ook een besluit.",
    bron = "bouwsteen.privacy",
    goed = "Je deelde niets achter Sannes rug om. Moet je zonder toestemming delen, dan informeer je het gezin en leg je de afweging vast.",
    goed_niet_gekozen = "Je deed geen melding bij Veilig Thuis buiten Sanne om.",
    fout = "Een stille melding ondermijnt het vertrouwen en is in deze situatie niet nodig: er is geen levensbedreigende situatie die overleg met Sanne onmogelijk maakt.",
    en = {
        tekst = "No report to Veilig Thuis without informing the family.",
        onderbouwing = "Even without consent, inform the family and record your consideration; not sharing is a decision too.",
        goed = "You shared nothing behind Sanne's back. If you must share without consent, you inform the family and record your consideration.",
        goed_niet_gekozen = "You made no report to Veilig Thuis behind Sanne's back.",
        fout = "A silent report undermines trust and is not needed here: there is no life-threatening situation that makes talking with Sanne impossible.",
    },
    check = { niet_keuze = "vt_melden_stil" },
}
criterium "milan_gesproken" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Met Milan zelf gesproken, passend bij zijn leeftijd.",
    onderbouwing = "Ga altijd met het kind in gesprek, bij zorgen over een onveilige opvoeding meerdere keren en passend bij de ontwikkelingsleeftijd.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Milan kreeg een eigen stem, met een werkvorm die bij een achtjarige past (Drie Huizen).",
    fout = "Milan is niet zelf gesproken. Kinderen voelen dat er iets mis is en geven zichzelf vaak de schuld; alleen met hem praten haalt dat boven.",
    en = {
        tekst = "Talked with Milan himself, in a way that fits his age.",
        onderbouwing = "Always talk with the child, several times when there are concerns about unsafe parenting, and in a way that fits the developmental age.",
        goed = "Milan got a voice of his own, with a method that suits an eight-year-old (Three Houses).",
        fout = "Milan was not spoken to himself. Children sense that something is wrong and often blame themselves; only talking with him brings that out.",
    },
    check = { keuze = "milan_spreken" },
}
criterium "alle_kinderen" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Alle kinderen van het gezin zijn in beeld: ook Noor (4).",
    onderbouwing = "De regisseur vraagt of alle kinderen in beeld zijn en heeft face-to-face contact met elk kind.",
    bron = "bron.monitor",
    goed = "Ook Noor kreeg aandacht, op haar niveau. Het jongste kind valt anders het snelst buiten beeld.",
    fout = "Noor bleef buiten beeld. Elk kind in het gezin hoort erbij, ook als de melding over een broer of zus gaat.",
    en = {
        tekst = "All the family's children are in view: Noor (4) too.",
        onderbouwing = "The director asks whether all children are in view and has face-to-face contact with each child.",
        goed = "Noor got attention too, at her level. Otherwise the youngest child is the first to drop out of view.",
        fout = "Noor stayed out of view. Every child in the family counts, even when the report is about a brother or sister.",
    },
    check = { kinderen_gesproken = true },
}
criterium "eerdere_hulp_op_tijdlijn" {
    bouwsteen = "tijdlijn",
    tekst = "De eerdere hulp (opvoedondersteuning, schuldhulp) staat op de tijdlijn, met resultaat.",
    onderbouwing = "Hulpgeschiedenis met datum, instantie en resultaat. Ontbreekt die, dan blijft het hulpverleningspatroon onzichtbaar: steeds nieuwe hulp zonder te weten wat eerder niet werkte.",
    bron = { "bouwsteen.tijdlijn", "hulppatroon" },
    goed = "De eerdere hulp en wat die opleverde staan op de tijdlijn. Zo voorkom je dat dezelfde hulp opnieuw wordt ingezet.",
    fout = "De eerdere hulp ontbreekt op je tijdlijn. Juist die geschiedenis laat zien waarom ‘opnieuw verwijzen’ niet werkt.",
    en = {
        tekst = "The earlier help (parenting support, debt counselling) is on the timeline, with its result.",
        onderbouwing = "Help history with date, agency and result. Without it the pattern of help stays invisible: new help again and again without knowing what did not work before.",
        goed = "The earlier help and what it achieved are on the timeline. That keeps the same help from being started again.",
        fout = "The earlier help is missing from your timeline. That history shows exactly why referring again does not work.",
    },
    check = { op_tijdlijn = { "f_hulp_opvoed", "f_hulp_schuld" } },
}
criterium "aanleiding_gemarkeerd" {
    bouwsteen = "tijdlijn",
    tekst = "De aanleiding is gemarkeerd: de eerste, de laatste en de ergste gebeurtenis.",
    onderbouwing = "De aanleiding is de eerste, de laatste en de ergste gebeurtenis.",
    bron = { "bouwsteen.tijdlijn", "regels.aanleiding" },
    goed = "Eerste, laatste en ergste staan gemarkeerd: de kern van de trechter (aanleiding → situatie → hulp → patroon).",
    fout = "De aanleiding is niet (goed) gemarkeerd. Vraag je af: welke melding bracht de zorgen in beeld, wat gebeurde het laatst, wat was het ergst voor de kinderen? Eerdere hulp is geen aanleiding maar hulpgeschiedenis, en één gebeurtenis kan meer dan één van de drie zijn.",
    en = {
        tekst = "The occasion is marked: the first, the latest and the worst event.",
        onderbouwing = "The occasion is the first, the latest and the worst event.",
        goed = "First, latest and worst are marked: the core of the funnel (occasion → situation → help → pattern).",
        fout = "The occasion is not (correctly) marked. Ask yourself: which report brought the concerns into view, what happened last, what was worst for the children? Earlier help is not an occasion but help history, and one event can be more than one of the three.",
    },
    check = { aanleiding = { eerste = "f_melding_school", laatste = "f_melding_school", ergste = "f_milan_signalen" } },
}
criterium "gedrag_kind_onderbouwd" {
    bouwsteen = "gezinspatroon",
    tekst = "Het gedrag van Milan staat in het patroon, onderbouwd met het feit uit de zorgmelding.",
    onderbouwing = "Elke interpretatie beantwoorden met feiten uit de tijdlijn; ‘Gedrag is verklaarbaar vanuit ontwikkeling’.",
    bron = "bouwsteen.gezinspatroon",
    goed = "Milans gedrag (te laat, moe, zonder eten) staat in het patroon, met het feit erbij.",
    fout = "Milans gedrag ontbreekt in het patroon of is niet met een feit onderbouwd.",
    en = {
        tekst = "Milan's behaviour is in the pattern, backed by the fact from the report of concern.",
        onderbouwing = "Answer every interpretation with facts from the timeline; behaviour can be explained from development.",
        goed = "Milan's behaviour (late, tired, without food) is in the pattern, with the fact attached.",
        fout = "Milan's behaviour is missing from the pattern or not backed by a fact.",
    },
    check = { factor = { gebied = "gedrag_kind", feit = "f_milan_signalen" } },
}
criterium "gedrag_ouder_naar_kind" {
    bouwsteen = "gezinspatroon",
    tekst = "Het patroon laat zien hoe het gedrag van Sanne het gedrag van Milan beïnvloedt.",
    onderbouwing = "De invloed van het gedrag van de ouders op de kinderen (CAF/GIZ-driehoek).",
    bron = "bouwsteen.gezinspatroon",
    goed = "De pijl van Sannes gedrag naar dat van Milan maakt het patroon zichtbaar: hij neemt over wat zij niet meer kan.",
    fout = "Er loopt geen pijl van het gedrag van de ouder naar het gedrag van het kind. Juist die verbinding maakt van losse problemen een patroon.",
    en = {
        tekst = "The pattern shows how Sanne's behaviour affects Milan's behaviour.",
        onderbouwing = "The influence of the parents' behaviour on the children (CAF/GIZ triangle).",
        goed = "The arrow from Sanne's behaviour to Milan's makes the pattern visible: he takes over what she can no longer do.",
        fout = "There is no arrow from the parent's behaviour to the child's. That very link turns separate problems into a pattern.",
    },
    check = { pijl = { van = "gedrag_ouder", naar = "gedrag_kind" } },
}
criterium "netwerkberaad" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "Een netwerkberaad met gezin en netwerk, met het volgende beraad meteen gepland.",
    onderbouwing = "Netwerkberaad minstens eens per 13 weken; plan altijd meteen het volgende netwerkberaad.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Gezin, netwerk en school werken nu aan één plan, en het volgende beraad staat al in de agenda.",
    fout = "Er is geen netwerkberaad met gezin en netwerk. Een casuïstiekbespreking of een overleg met alleen professionals is iets anders; losse afspraken en verwijzingen leveren losse hulp op: één gezin, één plan, één regisseur.",
    en = {
        tekst = "A network meeting with family and network, with the next meeting planned at once.",
        onderbouwing = "A network meeting at least once every 13 weeks; always plan the next one straight away.",
        goed = "Family, network and school now work on one plan, and the next meeting is already in the diary.",
        fout = "There was no network meeting with family and network. A case discussion or a professionals-only meeting is something else; separate agreements and referrals produce separate help: one family, one plan, one director.",
    },
    -- Ook beoordeeld als de cursist de casus in stap 4 afsloot of opnieuw verwees: dan koos hij
    -- tegen één plan met het netwerk, en het netwerkberaad is gemist, niet ‘niet beoordeeld’.
    beoordeelbaar = { een_van = { { bezocht = "netwerk" }, { keuze = "opnieuw_verwijzen" }, { keuze = "casus_afsluiten" } } },
    check = { keuze = "netwerkberaad_plannen" },
}
criterium "eindsituatie_kracht_en_compensatie" {
    bouwsteen = "haalbare_eindsituatie",
    tekst = "De eindsituatie noemt wat blijvend gecompenseerd moet worden én de krachten in het netwerk.",
    onderbouwing = "Wat is veranderbaar, wat moet blijvend gecompenseerd worden (en hoe), welke krachten zijn er?",
    bron = { "bouwsteen.stabiele_veiligheid", "bouwsteen.haalbare_eindsituatie" },
    goed = "Je onderscheidt wat Sanne kan leren van wat blijvend gecompenseerd moet worden, en je bouwt op oma Ria en Hanneke.",
    fout = "De eindsituatie mist compensatie of krachten. Niet alles is veranderbaar; wat blijft, moet iemand blijvend opvangen.",
    en = {
        tekst = "The end situation names what must be compensated permanently and the strengths in the network.",
        onderbouwing = "What can change, what must be compensated permanently (and how), which strengths are there?",
        goed = "You separate what Sanne can learn from what must be compensated permanently, and you build on grandma Ria and Hanneke.",
        fout = "The end situation lacks compensation or strengths. Not everything can change; what stays must be absorbed by someone, permanently.",
    },
    check = { eind = { "compenseren", "kracht" } },
}
criterium "weging_met_gw" {
    bouwsteen = "weging",
    tekst = "Na het terugvinden van de eerdere hulp: gewogen in de casuïstiekbespreking met de gedragswetenschapper.",
    onderbouwing = "Weeg in de casuïstiekbespreking met collega's en een GW'er of een uitgebreide analyse en de GI nodig zijn; eerst voldoende feitelijke informatie, dan pas wegen.",
    bron = "bouwsteen.weging",
    goed = "Je bracht de casus in bij de casuïstiekbespreking, met genogram en feiten: eerst feiten, dan wegen.",
    fout = "De eerdere, mislukte hulp was bekend, maar je woog niet met collega's en GW'er of meer nodig is. Een terugkerend patroon vraagt een bewuste weging.",
    en = {
        tekst = "After finding the earlier help: weighed in the case discussion with the behavioural scientist.",
        onderbouwing = "Weigh in the case discussion with colleagues and a behavioural scientist whether an extended analysis and the GI are needed; first enough factual information, then weigh.",
        goed = "You brought the case to the case discussion, with genogram and facts: first facts, then weighing.",
        fout = "The earlier, failed help was known, but you did not weigh with colleagues and a behavioural scientist whether more is needed. A recurring pattern calls for a deliberate weighing.",
    },
    beoordeelbaar = { feit = "f_hulp_opvoed" },
    check = { keuze = "weging_casusoverleg" },
}

-- ---------------------------------------------------------------------------------------------
-- Reflectiemomenten (bouwsteen.reflectie): nooit beoordeeld, altijd bewaard in het dagboek.
-- ---------------------------------------------------------------------------------------------
reflectie "na_huisbezoek" {
    stap = "gesprek_kind",
    vragen = { "Wat woog voor jou het zwaarst bij het huisbezoek: de schulden of het ontbijt van de kinderen? Waarom?" },
    en = { vragen = { "What weighed most for you at the home visit: the debts or the children's breakfast? Why?" } },
    bouwstenen = { "directe_veiligheid" },
}
reflectie "na_plan" {
    na_keuze = "netwerkberaad_plannen",
    vragen = { "Hoe zou Sanne dit traject tot nu toe beschrijven? Hoe zou je dat samen met haar kunnen bespreken?" },
    en = { vragen = { "How would Sanne describe the help so far? How could you discuss that together with her?" } },
    met_gezin = true,
}
