-- Dossieronderzoek: het gezin van Ilona, tien jaar losse hulp.
-- De oefening waarop de methode gebouwd is (pijlers): in de leerwerkplaatsen lazen kleine
-- groepen professionals echte, geanonimiseerde dossiers "op zoek naar succes- en (vooral)
-- verbeterfactoren" (bron.evaluatie). Deze casus is een verzonnen dossier in die geest: schuilnamen,
-- geen adressen, geen BSN, geen geboortedata (alleen leeftijden), datums in maanden.
-- De groep labelt elke dossiergebeurtenis (tabblad Dossieronderzoek) met de kenmerken van het
-- "patroon van de hulpverlening zoals dat in de oorspronkelijke dossieronderzoeken naar voren
-- kwam" (bron.werkwijze, bouwsteen Reflectie) en met succesfactoren (bron.evaluatie); daarna vergelijkt de
-- begeleider de labels met die van de expert. Twee besluiten sluiten de oefening af.
--
-- Stappen:  dossier_lezen -> wat_nu -> einde_samen | einde_losse_eindjes | einde_herhaling

scenario {
    id = "dossieronderzoek",
    titel = "Dossieronderzoek: tien jaar hulp aan het gezin van Ilona",
    samenvatting = "Een leerwerkplaats-oefening. Het dossier van Ilona en haar drie kinderen beslaat tien jaar: "
        .. "consultatiebureau, opvoedondersteuning (twee keer), meldingen van huiselijk geweld, schuldhulp, GGZ, "
        .. "wijkteam en jeugdhulp. Lees het dossier als groep, label wat je ziet in het patroon van de hulpverlening "
        .. "en wat wél werkte, en besluit wat er nu anders moet.",
    versie = "1.0",
    api = 1,
    taal = "nl",
    minuten = 45,
    moeilijkheid = "gevorderd",
    bouwstenen = { "gezinspatroon", "samenwerking_lt_gi", "samenwerkingsprincipes", "tijdlijn", "reflectie" },
    tags = { "dossieronderzoek", "leerwerkplaats", "workshop", "huiselijk_geweld", "herhaalde_hulp" },
    start = "dossier_lezen",
    en = {
        titel = "Case-file review: ten years of help for Ilona's family",
        samenvatting = "A learning-workshop exercise. The file on Ilona and her three children spans ten years: "
            .. "baby clinic, parenting support (twice), domestic-violence reports, debt counselling, mental health care, "
            .. "neighbourhood team and youth care. Read the file as a group, tag what you see in the pattern of help "
            .. "and what did work, and decide what must change now.",
    },
}

-- ---------------------------------------------------------------------------------------------
-- Personen. Alle namen zijn verzonnen.
-- ---------------------------------------------------------------------------------------------

persoon "truus" {
    naam = "Truus", rol = "oma", leeftijd = 66, geslacht = "v", huishouden = false,
    beschrijving = "Moeder van Ilona. Woont tien minuten verderop; haalt Fenna op woensdag uit school. Is in tien jaar nooit door een hulpverlener gebeld.",
    en = { beschrijving = "Ilona's mother. Lives ten minutes away; picks Fenna up from school on Wednesdays. In ten years no helper ever called her." },
}
persoon "ilona" {
    naam = "Ilona", rol = "moeder", leeftijd = 37, geslacht = "v", ouders = { "truus" }, partners = { patrick = "gescheiden" },
    beschrijving = "Moeder van Romy, Jayden en Fenna. Werkt in de thuiszorg, onregelmatige diensten.",
    en = { beschrijving = "Mother of Romy, Jayden and Fenna. Works in home care, irregular shifts." },
}
persoon "patrick" {
    naam = "Patrick", rol = "vader", leeftijd = 40, geslacht = "m", huishouden = false, partners = { ilona = "gescheiden" },
    beschrijving = "Vader van de drie kinderen. Sinds 2019 uit huis; ziet de kinderen om het weekend.",
    en = { beschrijving = "Father of the three children. Moved out in 2019; sees the children every other weekend." },
}
persoon "romy" {
    naam = "Romy", rol = "kind", leeftijd = 14, geslacht = "v", ouders = { "ilona", "patrick" },
    beschrijving = "Oudste. Zorgt 's ochtends vaak voor Fenna als haar moeder vroege dienst heeft.",
    en = { beschrijving = "The eldest. Often looks after Fenna in the mornings when her mother has an early shift." },
}
persoon "jayden" {
    naam = "Jayden", rol = "kind", leeftijd = 10, geslacht = "m", ouders = { "ilona", "patrick" },
    beschrijving = "Druk op school; wordt sinds groep 5 steeds vaker de klas uit gestuurd.",
    en = { beschrijving = "Restless at school; since year 3 he is sent out of class more and more often." },
}
persoon "fenna" {
    naam = "Fenna", rol = "kind", leeftijd = 6, geslacht = "v", ouders = { "ilona", "patrick" },
    beschrijving = "Jongste. Stil; tekent veel.",
    en = { beschrijving = "The youngest. Quiet; draws a lot." },
}

-- ---------------------------------------------------------------------------------------------
-- Het dossier: twaalf gebeurtenissen, de oudste eerst. expert_tags gebruikt de labels van de
-- Leerwerkplaats (scenarios/README.md, "Dossieronderzoek"); uitleg zegt waarom.
-- ---------------------------------------------------------------------------------------------

dossier "d01_consultatiebureau" {
    datum = "2013-09", bron = "consultatiebureau",
    tekst = "Na de geboorte van Jayden oogt moeder uitgeput. Vader werkt veel en is weinig thuis. Romy (4) slaapt slecht. Verwezen naar opvoedondersteuning.",
    expert_tags = { "geen_patroonanalyse" },
    uitleg = "Een eerste signaal van overbelasting in het hele gezin, maar de verwijzing gaat alleen over het slapen van Romy. Niemand vraagt wat er tussen de ouders speelt.",
    en = {
        tekst = "After Jayden's birth, mother looks exhausted. Father works a lot and is rarely at home. Romy (4) sleeps badly. Referred to parenting support.",
        uitleg = "A first sign of overload in the whole family, but the referral is only about Romy's sleep. Nobody asks what is going on between the parents.",
    },
}
dossier "d02_opvoedondersteuning" {
    datum = "2014-03/2014-06", bron = "opvoedondersteuning",
    tekst = "Zes gesprekken over het slaapritme van Romy. Doelen behaald; traject positief afgesloten.",
    expert_tags = { "positief_afgesloten" },
    uitleg = "Het doel van deze ene aanbieder is gehaald en het traject is ‘positief’ afgesloten, terwijl de overbelasting van moeder en de spanning thuis niet zijn onderzocht: positief afsluiten door losse zorgaanbieders, een kenmerk van het hulpverleningspatroon.",
    en = {
        tekst = "Six sessions about Romy's sleep routine. Goals achieved; trajectory closed positively.",
        uitleg = "This one provider's goal is met and the trajectory is closed ‘positively’, while mother's overload and the tension at home were never looked into: closing positively by separate care providers, a feature of the pattern of help.",
    },
}
dossier "d03_melding_politie" {
    datum = "2015-11", bron = "politie / Veilig Thuis",
    tekst = "Melding huiselijk geweld: ruzie, vader duwt moeder tegen de kast. Romy en Jayden zijn thuis. Veilig Thuis geeft advies; de ouders zeggen dat het eenmalig was.",
    expert_tags = { "geen_gedeelde_informatie" },
    uitleg = "De kinderen waren getuige, maar school en consultatiebureau horen er niets van. Niemand spreekt met Romy of Jayden.",
    en = {
        tekst = "Domestic violence report: a row, father pushes mother against the cupboard. Romy and Jayden are at home. Veilig Thuis gives advice; the parents say it was a one-off.",
        uitleg = "The children were witnesses, but the school and the baby clinic hear nothing of it. Nobody talks with Romy or Jayden.",
    },
}
dossier "d04_school" {
    datum = "2016-04", bron = "basisschool",
    tekst = "Romy (groep 3) is vaak afwezig en onrustig. School start een eigen traject met het schoolmaatschappelijk werk. Van de melding weet school niets.",
    expert_tags = { "geen_gedeelde_informatie", "meerdere_leefgebieden" },
    uitleg = "Een tweede hulplijn op een ander leefgebied, zonder te weten wat er thuis gebeurde: elk ziet een stukje.",
    en = {
        tekst = "Romy (year 1) is often absent and restless. The school starts its own trajectory with the school social worker. The school knows nothing of the report.",
        uitleg = "A second line of help in another area of life, without knowing what happened at home: each one sees a small piece.",
    },
}
dossier "d05_schuldhulp" {
    datum = "2017-02/2017-06", bron = "schuldhulpverlening",
    tekst = "Moeder meldt zich aan voor schuldhulp. Na vier maanden komt ze niet meer; het dossier wordt gesloten wegens ‘geen medewerking’.",
    expert_tags = { "meerdere_leefgebieden", "geen_reflectie" },
    uitleg = "Uitval wordt bij moeder gelegd. Niemand vraagt waarom het niet lukte (pasgeboren Fenna, spanning thuis): geen reflectie op oorzaak en gevolg.",
    en = {
        tekst = "Mother signs up for debt counselling. After four months she stops coming; the file is closed for ‘lack of cooperation’.",
        uitleg = "The drop-out is put on mother. Nobody asks why it did not work (newborn Fenna, tension at home): no reflection on cause and effect.",
    },
}
dossier "d06_opvoedondersteuning_2" {
    datum = "2018-05/2018-09", bron = "opvoedondersteuning (andere aanbieder)",
    tekst = "Acht gesprekken over grenzen stellen aan Jayden en het slaapritme van de kinderen. Afgesloten: ‘doelen grotendeels behaald’.",
    expert_tags = { "hulp_herhaald", "geen_tijdlijn", "positief_afgesloten" },
    uitleg = "Dezelfde hulp als in 2014, bij een andere aanbieder die van de eerste niet weet. Zonder tijdlijn van eerdere hulp valt de herhaling niemand op.",
    en = {
        tekst = "Eight sessions about setting limits for Jayden and the children's sleep routine. Closed: ‘goals largely achieved’.",
        uitleg = "The same help as in 2014, from another provider that does not know about the first. Without a timeline of earlier help, nobody notices the repetition.",
    },
}
dossier "d07_tweede_melding" {
    datum = "2019-10", bron = "politie / Veilig Thuis",
    tekst = "Tweede melding huiselijk geweld. Vader gaat uit huis. Veilig Thuis schakelt het wijkteam in; het wijkteam start lichte ambulante hulp voor moeder.",
    expert_tags = { "geen_tijdlijn", "geen_patroonanalyse", "geen_gedeelde_informatie" },
    uitleg = "Het wijkteam begint opnieuw bij nul: de eerste melding, de schooltrajecten en de twee opvoedtrajecten worden niet opgevraagd of naast elkaar gelegd. Het patroon (spanning, geweld, overbelasting, kinderen die het opvangen) blijft onbenoemd.",
    en = {
        tekst = "Second domestic violence report. Father moves out. Veilig Thuis brings in the neighbourhood team; the neighbourhood team starts light outpatient support for mother.",
        uitleg = "The neighbourhood team starts again from zero: the first report, the school trajectories and the two parenting trajectories are not requested or put side by side. The pattern (tension, violence, overload, children who take the strain) stays unnamed.",
    },
}
dossier "d08_ggz" {
    datum = "2020-02/2020-09", bron = "GGZ",
    tekst = "Moeder behandeld voor depressieve klachten. Behandeling afgerond. Toestemming om met het wijkteam te overleggen is niet gevraagd.",
    expert_tags = { "geen_gedeelde_informatie", "positief_afgesloten" },
    uitleg = "Twee hulpverleners tegelijk actief in hetzelfde gezin, zonder contact. Niet delen is ook een besluit: hier is het niet eens gevraagd.",
    en = {
        tekst = "Mother treated for depressive symptoms. Treatment completed. Consent to consult the neighbourhood team was not asked.",
        uitleg = "Two helpers active in the same family at the same time, without contact. Not sharing is a decision too: here nobody even asked.",
    },
}
dossier "d09_verzuim" {
    datum = "2021-06", bron = "middelbare school / leerplicht",
    tekst = "Romy (12) verzuimt vaak het eerste uur. In het gesprek met leerplicht zegt ze dat ze Fenna naar school brengt als haar moeder vroege dienst heeft.",
    expert_tags = { "geen_patroonanalyse", "meerdere_leefgebieden" },
    uitleg = "Romy draagt zorg die bij een volwassene hoort. Leerplicht behandelt het als verzuim; niemand legt het naast de geschiedenis van het gezin.",
    en = {
        tekst = "Romy (12) often misses the first lesson. In the talk with the attendance officer she says she takes Fenna to school when her mother has an early shift.",
        uitleg = "Romy carries care that belongs with an adult. The attendance officer treats it as school absence; nobody puts it next to the family's history.",
    },
}
dossier "d10_wijkteam_af" {
    datum = "2022-03", bron = "wijkteam",
    tekst = "Hulp afgesloten: ‘gezin is stabiel, geen zorgen meer’. Geen evaluatie met moeder of de kinderen, geen afspraak wanneer het weer misgaat.",
    expert_tags = { "geen_thermostaat", "positief_afgesloten" },
    uitleg = "‘Stabiel’ zonder meetpunt: niemand weet of het vooruit of achteruit gaat: er is geen ‘thermostaat’.",
    en = {
        tekst = "Help closed: ‘family is stable, no more concerns’. No evaluation with mother or the children, no agreement on what happens when things go wrong again.",
        uitleg = "‘Stable’ without a measuring point: nobody knows whether things are going forward or backward: there is no ‘thermostat’.",
    },
}
dossier "d11_jeugdhulp" {
    datum = "2023-01/2023-07", bron = "jeugdhulp",
    tekst = "Jayden wordt aangemeld om zijn gedrag op school. Na een wachtlijst van vier maanden: opvoedadvies voor moeder en een training voor Jayden.",
    expert_tags = { "hulp_herhaald", "geen_reflectie", "geen_tijdlijn" },
    uitleg = "Voor de derde keer opvoedadvies. Dat eerdere trajecten niet beklijfden, wordt niet onderzocht; de hulp richt zich weer op één kind.",
    en = {
        tekst = "Jayden is referred because of his behaviour at school. After a four-month waiting list: parenting advice for mother and a training for Jayden.",
        uitleg = "Parenting advice for the third time. Nobody looks into why the earlier trajectories did not stick; the help is again aimed at one child.",
    },
}
-- Het dossier eindigt bij de melding waarover de groep in stap 2 beslist: wat het lokaal team
-- daarna deed, staat er niet in (dat is de vraag van stap 2).
dossier "d12_derde_melding" {
    datum = "2023-11", bron = "basisschool / Veilig Thuis",
    tekst = "Derde melding, nu door school: Fenna vertelt over ruzie tijdens een weekend bij vader. De intern begeleider bespreekt het eerst met Ilona en belt Veilig Thuis terwijl Ilona erbij zit. Veilig Thuis draagt de melding over aan het lokaal team, met alleen deze melding erbij.",
    expert_tags = { "samen_met_gezin", "geen_gedeelde_informatie" },
    uitleg = "Wat werkte: school meldt samen met Ilona, niet over haar, en Ilona vertelt zelf wat er speelt. Wat weer misgaat: bij de overdracht komt alleen de laatste melding mee; de tien jaar hulp ervoor liggen verspreid over acht aanbieders.",
    en = {
        tekst = "Third report, this time from the school: Fenna talks about a row during a weekend at her father's. The special-needs coordinator first discusses it with Ilona and calls Veilig Thuis with Ilona sitting beside her. Veilig Thuis passes the report on to the local team, with only this report attached.",
        uitleg = "What worked: the school reports together with Ilona, not about her, and Ilona tells in her own words what is going on. What goes wrong again: at the handover only the latest report comes along; the ten years of help before it lie scattered over eight providers.",
    },
}

-- ---------------------------------------------------------------------------------------------
-- Twee besluiten na het lezen.
-- ---------------------------------------------------------------------------------------------

stap "dossier_lezen" {
    titel = "1. Het dossier van voor naar achter",
    datum = "2023-11",
    tekst = [[
Je zit met je leerwerkteam aan tafel. Voor je ligt het dossier van Ilona en haar kinderen Romy (14), Jayden (10) en Fenna (6): tien jaar, acht aanbieders, drie meldingen.

Open het tabblad Dossieronderzoek. Lees de gebeurtenissen in volgorde en geef elke gebeurtenis de labels die passen: wat zie je terug van het patroon van de hulpverlening, en wat werkte wél? Bespreek het als groep voordat je labelt.

Beantwoord daarna samen de vraag hieronder.]],
    en = {
        titel = "1. The file from front to back",
        tekst = [[
You sit at the table with your learning-workshop team. In front of you lies the file on Ilona and her children Romy (14), Jayden (10) and Fenna (6): ten years, eight providers, three reports.

Open the Case-file review tab. Read the events in order and give each event the tags that fit: what do you see of the pattern of help, and what did work? Discuss it as a group before you tag.

Then answer the question below together.]],
    },
    keuze "moeder_werkt_niet_mee" {
        tekst = "Moeder haakte steeds af: bij de schuldhulp, bij het wijkteam en bij de opvoedsteun stopte het contact telkens vanuit haar kant.",
        feedback = "Zo staat het in het dossier van de schuldhulp, maar het is een oordeel, geen analyse. Vraag waarom het niet lukte en wat het gezin zelf nodig had: samenwerken is beslissen mét het gezin, niet erover, in openheid en transparantie.",
        bron = { "bouwsteen.samenwerkingsprincipes", "succesfactoren" },
        naar = "wat_nu",
        en = {
            tekst = "Mother kept dropping out: with debt counselling, the neighbourhood team and parenting support, contact stopped from her side each time.",
            feedback = "That is what the debt counselling file says, but it is a judgement, not an analysis. Ask why it did not work and what the family itself needed: working together means deciding with the family, not about it, openly and transparently.",
        },
    },
    keuze "losse_hulp" {
        tekst = "Tien jaar losse hulp per probleem: niemand legde de trajecten naast elkaar, dus niemand zag het patroon.",
        feedback = "Dit is het patroon dat de leerwerkplaatsen in de dossiers vonden: hulp op veel leefgebieden tegelijk, elk traject ‘positief’ afgesloten, geen gedeelde informatie, geen tijdlijn van eerdere hulp, dezelfde hulp herhaald. Het probleem is niet doorbroken.",
        bron = { "hulppatroon", "bouwsteen.gezinspatroon", "bouwsteen.reflectie" },
        naar = "wat_nu",
        en = {
            tekst = "Ten years of separate help per problem: nobody put the trajectories side by side, so nobody saw the pattern.",
            feedback = "This is the pattern the learning workshops found in the files: help on many areas of life at once, each trajectory closed ‘positively’, no shared information, no timeline of earlier help, the same help repeated. The problem was not broken.",
        },
    },
    keuze "te_weinig_hulp" {
        tekst = "Er was te weinig hulp: na de eerste melding in 2015 had het gezin meteen zwaardere, intensieve jeugdhulp nodig gehad.",
        feedback = "Meer van hetzelfde had het patroon niet doorbroken: er was juist veel hulp, maar los van elkaar. De vraag is niet hoeveel hulp, maar of iemand het geheel zag.",
        bron = "hulppatroon",
        naar = "wat_nu",
        en = {
            tekst = "There was too little help: after the first report in 2015 the family needed heavier, intensive youth care straight away.",
            feedback = "More of the same would not have broken the pattern: there was a lot of help, but each part separate. The question is not how much help, but whether anyone saw the whole.",
        },
    },
}

stap "wat_nu" {
    titel = "2. Wat moet er nu anders?",
    datum = "2023-11",
    tekst = [[
De derde melding ligt op tafel. Fenna heeft op school verteld over ruzie bij haar vader. Ilona zegt: ‘Ik heb alles al geprobeerd. Elke keer komt er iemand nieuw.’

Wat doe je nu, met wat je uit het dossier hebt geleerd?]],
    en = {
        titel = "2. What must change now?",
        tekst = [[
The third report is on the table. Fenna told them at school about a row at her father's. Ilona says: ‘I've tried everything already. Every time someone new turns up.’

What do you do now, with what you have learned from the file?]],
    },
    keuze "zwaardere_cursus" {
        tekst = "Meld Ilona aan voor een intensievere opvoedcursus met huisbezoeken: de vorige trajecten waren te licht om iets te veranderen.",
        feedback = "Dit is de vierde keer opvoedhulp. Zonder analyse van waarom de vorige trajecten niet beklijfden herhaal je het patroon: hulp die zich herhaalt, zonder reflectie op oorzaak en gevolg.",
        bron = { "hulppatroon", "bouwsteen.reflectie" },
        naar = "einde_herhaling",
        en = {
            tekst = "Sign Ilona up for a more intensive parenting course with home visits: the earlier trajectories were too light to change anything.",
            feedback = "This is the fourth round of parenting help. Without analysing why the earlier trajectories did not stick, you repeat the pattern: help that repeats itself, without reflecting on cause and effect.",
        },
    },
    keuze "ieder_zijn_deel" {
        tekst = "Laat elke betrokken hulpverlener zijn eigen deel afmaken, spreek af dat ze elkaar op de hoogte houden en evalueer over drie maanden.",
        feedback = "Evalueren is goed, en elkaar informeren ook, maar zo blijft iedereen naast elkaar werken en is er geen gedeeld beeld of plan. Spreek af wie de regie heeft en hoe jullie zien of het vooruit of achteruit gaat: een ‘thermostaat’.",
        bron = { "bouwsteen.samenwerking_lt_gi", "hulppatroon" },
        naar = "einde_losse_eindjes",
        en = {
            tekst = "Let every helper involved finish their own part, agree that they keep each other informed, and evaluate in three months.",
            feedback = "Evaluating is good, and so is keeping each other informed, but this way everyone keeps working side by side without a shared picture or plan. Agree who leads and how you will see whether things go forward or backward: a ‘thermostat’.",
        },
    },
    keuze "een_regisseur" {
        tekst = "Eén procesregisseur, samen met Ilona een tijdlijn van alle eerdere hulp, en GI, school en oma Truus aan één tafel.",
        feedback = "Precies wat het dossier mist: één gezin, één plan, één regisseur, een tijdlijn met het resultaat van elke eerdere hulp en het netwerk erbij. Ilona bouwt mee, dus het wordt haar plan.",
        bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.tijdlijn" },
        naar = "einde_samen",
        en = {
            tekst = "One process director, a timeline of all earlier help made together with Ilona, and the GI, school and grandma Truus at one table.",
            feedback = "Exactly what the file lacks: one family, one plan, one director, a timeline with the result of every earlier help, and the network involved. Ilona helps build it, so it becomes her plan.",
        },
    },
}

einde "einde_samen" {
    titel = "Voor het eerst één plan",
    toon = "goed",
    tekst = "Het lokaal team wijst één procesregisseur aan, en met Ilona wordt een tijdlijn gemaakt van alle hulp sinds 2013. Ilona, oma Truus, de school, de GI en de procesregisseur hebben één plan met een meetpunt: elke zes weken kijken ze samen of het beter gaat. Romy hoeft 's ochtends niet meer voor Fenna te zorgen; oma neemt twee ochtenden over. Voor het eerst in tien jaar ziet iemand het geheel.",
    en = {
        titel = "For the first time, one plan",
        tekst = "The local team appoints one process director, and a timeline of all help since 2013 is made with Ilona. Ilona, grandma Truus, the school, the GI and the process director have one plan with a measuring point: every six weeks they look together at whether things are getting better. Romy no longer has to look after Fenna in the mornings; grandma takes over two mornings. For the first time in ten years someone sees the whole.",
    },
}
einde "einde_losse_eindjes" {
    titel = "Iedereen doet zijn deel",
    toon = "gemengd",
    tekst = "De hulpverleners doen hun werk, maar naast elkaar. Over drie maanden komt er een evaluatie; tot die tijd weet niemand of het beter gaat. Ilona vertelt haar verhaal opnieuw aan iemand nieuws.",
    en = {
        titel = "Everyone does their part",
        tekst = "The helpers do their work, but side by side. There will be an evaluation in three months; until then nobody knows whether things are getting better. Ilona tells her story once again to someone new.",
    },
}
einde "einde_herhaling" {
    titel = "De vierde cursus",
    toon = "zorgelijk",
    tekst = "Ilona begint aan een nieuwe cursus. Een half jaar later staat Romy weer bij leerplicht en is er een vierde melding. Het dossier groeit; het patroon blijft.",
    en = {
        titel = "The fourth course",
        tekst = "Ilona starts a new course. Half a year later Romy is back with the attendance officer and there is a fourth report. The file grows; the pattern stays.",
    },
}

reflectie "terugblik" {
    stap = "wat_nu",
    vragen = { "Welk label gaf de groep het vaakst, en welk label miste de groep vergeleken met de expert?",
               "Herken je iets van dit patroon in je eigen gezinnen? Wat doe jij morgen anders?" },
    en = { vragen = { "Which tag did the group give most often, and which tag did the group miss compared with the expert?",
                      "Do you recognise something of this pattern in your own families? What will you do differently tomorrow?" } },
    bouwstenen = { "reflectie" },
    met_gezin = false,
}

-- ---------------------------------------------------------------------------------------------
-- Criteria en referentie.
-- ---------------------------------------------------------------------------------------------

criterium "patroon_herkend" {
    bouwsteen = "gezinspatroon", gewicht = 2,
    tekst = "Het hulpverleningspatroon is herkend: losse hulp per probleem, zonder dat iemand het geheel zag.",
    onderbouwing = "Werkwijze Beter Samenspel, bouwsteen Reflectie: ‘Patroon van de hulpverlening zoals dat in de oorspronkelijke dossieronderzoeken naar voren kwam’",
    bron = "bouwsteen.gezinspatroon",
    goed = "De groep zag het patroon achter de losse trajecten: precies waar de leerwerkplaatsen voor bedoeld waren.",
    fout = "De groep zocht de oorzaak bij moeder of bij de hoeveelheid hulp, niet in hoe de hulp georganiseerd was.",
    en = {
        tekst = "The pattern of help is recognised: separate help per problem, without anyone seeing the whole.",
        onderbouwing = "Werkwijze Beter Samenspel, building block Reflection: the pattern of help as it emerged from the original case-file reviews.",
        goed = "The group saw the pattern behind the separate trajectories: exactly what the learning workshops were meant for.",
        fout = "The group looked for the cause in the mother or in the amount of help, not in how the help was organised.",
    },
    check = { keuze = "losse_hulp" },
}
criterium "niet_over_gezin" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "De groep legt het falen van de hulp niet bij het gezin.",
    onderbouwing = "Besluiten mét het gezin, niet erover; openheid en transparantie.",
    bron = { "bouwsteen.samenwerkingsprincipes", "bron.evaluatie" },
    goed = "Geen oordeel over moeder, maar een vraag naar hoe de hulp liep.",
    goed_niet_gekozen = "De groep legde de oorzaak niet bij moeder.",
    fout = "‘Werkte niet mee’ is een oordeel uit het dossier, geen analyse. Vraag wat het gezin nodig had.",
    en = {
        tekst = "The group does not put the failure of the help on the family.",
        onderbouwing = "Deciding with the family, not about it; openness and transparency.",
        goed = "No judgement about the mother, but a question about how the help went.",
        goed_niet_gekozen = "The group did not put the cause on the mother.",
        fout = "‘Did not cooperate’ is a judgement from the file, not an analysis. Ask what the family needed.",
    },
    check = { niet_keuze = "moeder_werkt_niet_mee" },
}
criterium "een_plan_een_regisseur" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "Na de derde melding: één regisseur en één plan, met een tijdlijn die samen met het gezin is gemaakt.",
    onderbouwing = "‘1 gezin, 1 plan, 1 regisseur’; tijdlijn met het resultaat van eerdere hulp; één procesregisseur van begin tot eind.",
    bron = { "pijlers", "bouwsteen.tijdlijn", "bron.monitor" },
    goed = "Eén regisseur, één plan en de tijdlijn van alle eerdere hulp: zo doorbreek je het patroon.",
    fout = "Zonder één regisseur en één plan blijft de hulp naast elkaar lopen, zoals tien jaar lang.",
    en = {
        tekst = "After the third report: one director and one plan, with a timeline made together with the family.",
        onderbouwing = "One family, one plan, one director; a timeline with the result of earlier help; one process director from start to finish.",
        goed = "One director, one plan and the timeline of all earlier help: that is how you break the pattern.",
        fout = "Without one director and one plan the help keeps running side by side, as it did for ten years.",
    },
    check = { keuze = "een_regisseur" },
}
criterium "tijdlijn_met_gezin" {
    bouwsteen = "tijdlijn",
    tekst = "De tijdlijn van eerdere hulp wordt samen met het gezin gemaakt.",
    onderbouwing = "‘wordt actiever door meedoen aan tijdslijn en voelt zich meer eigenaar’.",
    bron = { "bouwsteen.tijdlijn", "bron.evaluatie" },
    goed = "Ilona bouwt mee aan de tijdlijn: wat werkte en wat niet, in haar woorden.",
    fout = "Een tijdlijn zonder het gezin mist wat het gezin zelf weet over wat wel en niet hielp.",
    en = {
        tekst = "The timeline of earlier help is made together with the family.",
        onderbouwing = "The family becomes more active by taking part in the timeline and feels more ownership.",
        goed = "Ilona helps build the timeline: what worked and what did not, in her words.",
        fout = "A timeline without the family misses what the family itself knows about what did and did not help.",
    },
    check = { keuze = "een_regisseur" },
}

referentie {
    patroon = {
        zin = "Deze kinderen groeien op in een gezin waar spanning en geweld tussen de ouders en een overbelaste moeder steeds met losse hulp per probleem worden beantwoord, zodat Romy de zorg opvangt en niemand het geheel ziet.",
        intentie = "Ilona wil dat haar kinderen het beter krijgen dan zij, en probeert elke hulp die ze krijgt.",
        en = {
            zin = "These children grow up in a family where tension and violence between the parents and an overloaded mother are met again and again with separate help per problem, so that Romy takes on the care and nobody sees the whole.",
            intentie = "Ilona wants her children to have a better life than she had, and tries every help she is offered.",
        },
    },
}
