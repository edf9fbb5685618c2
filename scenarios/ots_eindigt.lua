-- Casus: een OTS die onverwacht eindigt (issue 8, casus 4).
-- Volledig verzonnen en geanonimiseerd: schuilnamen, geen adressen, geen BSN, alleen leeftijden,
-- datums in maanden. Gebaseerd op de werkwijze (bron.werkwijze): product 2a ‘na beëindiging van een
-- ondertoezichtstelling … als een OTS door de rechtbank onverwachts niet wordt verlengd’, de
-- samenwerking per fase, de 100% schone overdracht, borging en het netwerkberaad; en op de
-- monitor (bron.monitor): afspraken over de borging van de veiligheid vóór de GI-inzet stopt.
--
-- Stappen: uitspraak -> fasen -> kim_gesprek -> weging_einde (zonder instemming: zonder_toestemming)
--          -> overdracht -> barriere -> signaal (veiligheidssignaal;
--          <= 3: veiligheid_eerst_ots) -> kinderen_ots -> beslissing -> borging -> evaluatie
--          -> einde_doorlopende_lijn | einde_dunne_draad | einde_kim_haakt_af | einde_terug_bij_af
-- Oefent: wie heeft per fase de regie en de veiligheidstaxatie, de warme en schone overdracht,
-- toestemming na het einde van de maatregel, feedback en barrières tussen professionals (vier
-- stappen, gouden regels), waar kernbesluiten vallen, en een borgingsplan met netwerkberaad.

scenario {
    id = "ots_eindigt",
    titel = "Een OTS die onverwacht eindigt: de warme overdracht",
    samenvatting = "De kinderrechter verlengt de ondertoezichtstelling van Dylan (11) en Noa (6) niet: over vier weken eindigt hij. "
        .. "Het lokaal team moet de draad oppakken, met een jeugdbeschermer die het er niet mee eens is en een nieuwe partner over wie niemand iets weet. "
        .. "Je oefent wat er komt kijken bij het einde van een maatregel: wie wanneer waarvoor verantwoordelijk is, wat je met het gezin en de GI afspreekt, "
        .. "wat je doet als het schuurt of misgaat, en hoe je vasthoudt wat bereikt is.",
    versie = "1.0",
    api = 1,
    taal = "nl",
    minuten = 50,
    moeilijkheid = "gevorderd",
    bouwstenen = { "samenwerking_lt_gi", "samenwerkingsprincipes", "feedback_barrieres", "privacy", "inhoudelijke_beslissingen",
                   "directe_veiligheid", "stabiele_veiligheid", "gesprekken_kinderen", "tijdlijn", "weging" },
    tags = { "ots", "overdracht", "product_2a", "borging", "netwerkberaad", "barrieres", "kernbesluiten", "lokaal_team", "gi" },
    start = "uitspraak",
    en = {
        titel = "A supervision order that ends unexpectedly: the warm handover",
        samenvatting = "The juvenile judge does not extend the supervision order for Dylan (11) and Noa (6): it ends in four weeks. "
            .. "The local team has to pick up the thread, with a youth protector who disagrees and a new partner nobody knows anything about. "
            .. "You practise what the end of a measure involves: who is responsible for what and when, what you agree with the family and the GI, "
            .. "what you do when there is friction or things go wrong, and how you hold on to what has been achieved.",
    },
}

-- ---------------------------------------------------------------------------------------------
-- Personen (genogram). Alle namen zijn verzonnen.
-- ---------------------------------------------------------------------------------------------

persoon "wim" {
    naam = "Wim", rol = "opa", geslacht = "m", overleden = true, huishouden = false,
    partners = { joke = "overleden" },
    beschrijving = "Vader van Kim. Dronk veel; overleed toen Kim achttien was.",
    en = { beschrijving = "Kim's father. Drank heavily; died when Kim was eighteen." },
}

persoon "joke" {
    naam = "Joke", rol = "oma", leeftijd = 61, geslacht = "v", huishouden = false,
    partners = { wim = "overleden" },
    beschrijving = "Moeder van Kim. Haalt Noa op woensdag en vrijdag uit school. Wil meer doen, maar ‘niet alles overnemen’.",
    en = { beschrijving = "Kim's mother. Picks Noa up from school on Wednesdays and Fridays. Wants to do more, but ‘not take over everything’." },
}

persoon "kim" {
    naam = "Kim", rol = "moeder", leeftijd = 34, geslacht = "v",
    ouders = { "wim", "joke" },
    partners = { patrick = "gescheiden", rick = "gescheiden", stefan = "samen" },
    beschrijving = "Moeder van Dylan en Noa; heeft alleen het gezag. Werkt drie ochtenden in de thuiszorg. Sinds september 2023 grotendeels gestopt met drinken.",
    en = { beschrijving = "Mother of Dylan and Noa; sole parental authority. Works three mornings in home care. Largely stopped drinking since September 2023." },
}

persoon "patrick" {
    naam = "Patrick", rol = "vader", leeftijd = 38, geslacht = "m", huishouden = false,
    partners = { kim = "gescheiden" },
    beschrijving = "Vader van Dylan. Woont een half uur rijden verderop; Dylan is om het weekend bij hem. Stabiel en betrokken.",
    en = { beschrijving = "Dylan's father. Lives half an hour's drive away; Dylan stays with him every other weekend. Stable and involved." },
}

persoon "rick" {
    naam = "Rick", rol = "vader", leeftijd = 36, geslacht = "m", huishouden = false,
    partners = { kim = "gescheiden" },
    beschrijving = "Vader van Noa. Pleegde huiselijk geweld tegen Kim tot 2022. Geen contact met Noa.",
    en = { beschrijving = "Noa's father. Committed domestic violence against Kim until 2022. No contact with Noa." },
}

persoon "stefan" {
    naam = "Stefan", rol = "partner", leeftijd = 41, geslacht = "m",
    partners = { kim = "samen" },
    beschrijving = "Partner van Kim sinds de zomer van 2024; woont sinds oktober 2024 in huis. Over zijn achtergrond is weinig bekend.",
    en = { beschrijving = "Kim's partner since summer 2024; has lived in the home since October 2024. Little is known about his background." },
}

persoon "dylan" {
    naam = "Dylan", rol = "kind", leeftijd = 11, geslacht = "m",
    ouders = { "kim", "patrick" },
    beschrijving = "Groep 8. Voetbalt op zaterdag. Had in 2024 traumabehandeling voor nachtmerries. Zorgt veel voor zijn zusje.",
    en = { beschrijving = "Year 8 of primary school. Plays football on Saturdays. Had trauma treatment for nightmares in 2024. Looks after his little sister a lot." },
}

persoon "noa" {
    naam = "Noa", rol = "kind", leeftijd = 6, geslacht = "v",
    ouders = { "kim", "rick" },
    beschrijving = "Groep 3. Vrolijk en druk; verzuimde in december negen dagen.",
    en = { beschrijving = "Year 3 of primary school. Cheerful and lively; missed nine days of school in December." },
}

persoon "fenna" {
    naam = "Fenna", rol = "buurvrouw", leeftijd = 45, geslacht = "v", huishouden = false,
    beschrijving = "Buurvrouw. De kinderen kennen haar goed; Dylan gaat naar haar toe als het thuis misgaat.",
    en = { beschrijving = "Neighbour. The children know her well; Dylan goes to her when things go wrong at home." },
}

-- ---------------------------------------------------------------------------------------------
-- Meters. Naast vertrouwen en veiligheid een derde meter: de samenwerking tussen LT en GI.
-- ---------------------------------------------------------------------------------------------

variabele "vertrouwen_gezin" {
    label = "Vertrouwen van het gezin",
    start = 4, min = 0, max = 10,
    en = { label = "Family's trust" },
}

variabele "directe_veiligheid" {
    label = "Directe veiligheid (een 6 is voldoende)",
    start = 6, min = 0, max = 10,
    en = { label = "Immediate safety (a 6 is sufficient)" },
}

variabele "samenwerking" {
    label = "Samenwerking lokaal team en GI",
    start = 4, min = 0, max = 10,
    en = { label = "Collaboration local team and GI" },
}

-- ---------------------------------------------------------------------------------------------
-- Documenten
-- ---------------------------------------------------------------------------------------------

document "d_beschikking" {
    titel = "Beschikking kinderrechter: verzoek verlenging OTS afgewezen (samenvatting)",
    soort = "beschikking",
    auteur = "Kinderrechter (samenvatting door de GI)",
    datum = "2025-02",
    tekst = [[
Betreft: Dylan (11) en Noa (6). Moeder: Kim (34), alleen gezag.

Verloop
- Maart 2023: ondertoezichtstelling voor één jaar, na een raadsonderzoek. Grond: ernstige verwaarlozing door alcoholgebruik van moeder, na jaren huiselijk geweld door de vader van Noa.
- Maart 2024: verlengd met één jaar, tot maart 2025.

Verzoek van de GI
Verlenging met één jaar. Gronden: (1) risico op terugval in alcoholgebruik; (2) sinds oktober 2024 woont een nieuwe partner in huis, over wie onvoldoende bekend is; (3) Noa verzuimde in december negen dagen.

Standpunt van moeder
Zij drinkt sinds september 2023 niet meer, op één terugval in juli 2024 na, die zij zelf meldde. Zij heeft haar behandeling afgerond en wil verder met hulp van het lokaal team.

Overwegingen
De GI heeft niet onderbouwd dat de ontwikkeling van de kinderen op dit moment ernstig wordt bedreigd. Over de nieuwe partner heeft de GI geen onderzoek gedaan. De zorgen kunnen in het vrijwillig kader worden opgepakt; moeder heeft verklaard die hulp te aanvaarden.

Beslissing
Het verzoek wordt afgewezen. De ondertoezichtstelling eindigt op de einddatum in maart 2025.
]],
    onthult = { "f_ots_start", "f_ots_verlenging", "f_uitspraak", "f_stefan_intrek", "f_noa_verzuim" },
    en = {
        titel = "Juvenile judge's decision: extension of the supervision order refused (summary)",
        tekst = [[
Re: Dylan (11) and Noa (6). Mother: Kim (34), sole parental authority.

Course of events
- March 2023: supervision order for one year, after a Child Protection Board investigation. Grounds: serious neglect due to mother's alcohol use, after years of domestic violence by Noa's father.
- March 2024: extended by one year, until March 2025.

Request of the GI
Extension by one year. Grounds: (1) risk of relapse into alcohol use; (2) since October 2024 a new partner has been living in the home, about whom too little is known; (3) Noa missed nine days of school in December.

Mother's position
She has not drunk since September 2023, apart from one relapse in July 2024, which she reported herself. She has completed her treatment and wants to carry on with help from the local team.

Considerations
The GI has not substantiated that the children's development is at present seriously threatened. The GI has not investigated the new partner. The concerns can be addressed in the voluntary framework; mother has stated that she accepts that help.

Decision
The request is refused. The supervision order ends on its end date in March 2025.
]],
    },
}

document "d_mail_jb" {
    titel = "E-mail van de jeugdbeschermer",
    soort = "e-mail",
    auteur = "Jeugdbeschermer GI",
    datum = "2025-02",
    tekst = [[
Hoi,

Even kort: de rechter heeft de verlenging afgewezen. De OTS loopt half maart af. Ik stuur je mijn eindverslag zodra het af is; ik heb nog drie weken en veertien andere gezinnen.

Ik vind het onverantwoord, maar goed. Succes ermee. Ik heb het in elk geval gezegd.

Ingrid
]],
    en = {
        titel = "E-mail from the youth protector",
        tekst = [[
Hi,

Just briefly: the judge has refused the extension. The supervision order runs out in mid-March. I'll send you my final report as soon as it's finished; I have three weeks left and fourteen other families.

I think it's irresponsible, but there you go. Good luck with it. At least I've said it.

Ingrid
]],
    },
}

document "d_werkafspraak_fasen" {
    titel = "Werkafspraak: samenwerking lokaal team en GI per fase",
    soort = "werkafspraak",
    auteur = "Regionale werkafspraak Beter Samenspel (samenvatting)",
    tekst = [[
Fase 1 – Lokaal team. Regie en plan: lokaal team. Veiligheidstaxatie: lokaal team. Kernbesluiten: lokaal team.

Fase 2 – Lokaal team met expertise van de GI (product 2a). Regie en plan: lokaal team; de GI ondersteunt. Veiligheidstaxatie: lokaal team, de GI adviseert. Kernbesluiten: lokaal team. Maximaal 25 uur per gezin, alleen met instemming van de ouders.
(Product 2b, na de JBT: regie en eindverantwoordelijkheid voor de veiligheidstaxatie bij de GI.)

Fase 3 – Maatregel (OTS). Regie, veiligheidstaxatie en kernbesluiten: GI. Het lokaal team blijft op de achtergrond betrokken (waakvlam), bijvoorbeeld voor wonen en financiën.

Fase 4 – Lokaal team na de maatregel (borging). Regie, veiligheidstaxatie en kernbesluiten: lokaal team. De GI kan tijdelijk ondersteunen met product 2a, bijvoorbeeld voor een warme overdracht als een OTS onverwacht niet wordt verlengd.

Bij elke overgang
- Informatie die minimaal wordt overgedragen: aanleiding, genogram, tijdlijn (hulp met resultaat, belangrijke gebeurtenissen en besluiten), actuele zorgen en krachten, veiligheidsafspraken, patroon, haalbare eindsituatie, doelen.
]],
    en = {
        titel = "Working agreement: collaboration of local team and GI per phase",
        tekst = [[
Phase 1 – Local team. Direction and plan: local team. Safety assessment: local team. Key decisions: local team.

Phase 2 – Local team with the GI's expertise (product 2a). Direction and plan: local team; the GI supports. Safety assessment: local team, the GI advises. Key decisions: local team. At most 25 hours per family, only with the parents' consent.
(Product 2b, after the Youth Protection Table: direction and final responsibility for the safety assessment lie with the GI.)

Phase 3 – Measure (supervision order). Direction, safety assessment and key decisions: GI. The local team stays involved in the background (pilot light), for example for housing and finances.

Phase 4 – Local team after the measure (securing). Direction, safety assessment and key decisions: local team. The GI can support for a while with product 2a, for example for a warm handover when a supervision order is unexpectedly not extended.

At every transition
- Information handed over as a minimum: occasion, genogram, timeline (help with its result, important events and decisions), current concerns and strengths, safety agreements, pattern, feasible end situation, goals.
]],
    },
}

document "d_eindverslag_gi" {
    titel = "Eindverslag ondertoezichtstelling",
    soort = "eindverslag",
    auteur = "Jeugdbeschermer GI",
    datum = "2025-03",
    tekst = [[
Gezin: Kim (34), Dylan (11), Noa (6). Moeder heeft alleen het gezag.

Voorgeschiedenis
Moeder groeide op met een vader die veel dronk; hij overleed toen zij achttien was. In augustus 2019 belde het consultatiebureau Veilig Thuis voor advies: moeder had blauwe plekken, Noa was een baby. Er volgde geen hulp. In mei 2021 mishandelde de vader van Noa moeder ernstig (hij kneep haar keel dicht); Dylan (7) rende naar de buren. Politie, daarna ambulante hulp bij huiselijk geweld. Begin 2022 definitief uit elkaar. In oktober 2022 meldde school dat Noa vaak niet werd opgehaald en Dylan zonder eten kwam; moeder rook naar alcohol. Onderzoek Veilig Thuis, raadsonderzoek, OTS vanaf maart 2023.

Ingezette hulp
- Ambulante hulp huiselijk geweld (2021–2022): gestopt toen de vader van Noa vertrok.
- Ambulante verslavingszorg (april–december 2023): afgerond; sindsdien grotendeels abstinent.
- Intensieve ambulante gezinsbehandeling (juni 2023–juni 2024): afgerond; vaste dagstructuur.
- Traumabehandeling Dylan, jeugd-ggz (januari–juni 2024): afgerond.

Huidige situatie
Moeder heeft sinds oktober 2024 een nieuwe partner in huis, Stefan. De relatie lijkt stabiel. Noa verzuimde in december negen dagen. Oma Joke haalt Noa op woensdag uit school.

Advies
Vervolg in vrijwillig kader. Aandachtspunten: terugval en de nieuwe partner.
]],
    onthult = { "f_jeugd_kim", "f_melding_2019", "f_geweld_rick_2021", "f_hulp_dv", "f_melding_school_2022", "f_vt_raad_2022",
                "f_hulp_verslaving", "f_hulp_gezinsbehandeling", "f_hulp_emdr", "f_oma_joke" },
    en = {
        titel = "Final report of the supervision order",
        tekst = [[
Family: Kim (34), Dylan (11), Noa (6). Mother has sole parental authority.

History
Mother grew up with a father who drank heavily; he died when she was eighteen. In August 2019 the child health clinic called Veilig Thuis for advice: mother had bruises, Noa was a baby. No help followed. In May 2021 Noa's father seriously assaulted mother (he strangled her); Dylan (7) ran to the neighbours. Police, then ambulant domestic-violence support. Separated for good in early 2022. In October 2022 the school reported that Noa was often not collected and Dylan arrived without food; mother smelled of alcohol. Veilig Thuis investigation, Child Protection Board investigation, supervision order from March 2023.

Help provided
- Ambulant domestic-violence support (2021–2022): stopped when Noa's father left.
- Ambulant addiction care (April–December 2023): completed; largely abstinent since.
- Intensive ambulant family treatment (June 2023–June 2024): completed; fixed daily routine.
- Trauma treatment for Dylan, youth mental health care (January–June 2024): completed.

Current situation
Since October 2024 mother has a new partner living in the home, Stefan. The relationship seems stable. Noa missed nine days of school in December. Grandma Joke picks Noa up from school on Wednesdays.

Advice
Continue in the voluntary framework. Points of attention: relapse and the new partner.
]],
    },
}

document "d_mail_jb_2" {
    titel = "Tweede e-mail van de jeugdbeschermer",
    soort = "e-mail",
    auteur = "Jeugdbeschermer GI",
    datum = "2025-03",
    tekst = [[
Hoi,

Ik hoor van Kim dat jij gezegd zou hebben dat de OTS ‘eigenlijk al niet meer nodig was’. Fijn om zo te horen hoe er over mijn werk wordt gedacht.

Het netwerkberaad van donderdag zeg ik af; ik heb geen uren meer in deze zaak. De nieuwe partner is nu jullie zaak. En wat mij betreft hoort Noa door de week bij oma, maar daar heb ik niets meer over te zeggen.

Ingrid
]],
    en = {
        titel = "Second e-mail from the youth protector",
        tekst = [[
Hi,

I hear from Kim that you are supposed to have said the supervision order ‘wasn't really needed any more’. Nice to hear in this way what people think of my work.

I'm cancelling Thursday's network meeting; I have no hours left on this case. The new partner is your business now. And as far as I'm concerned Noa belongs with her grandma during the week, but I no longer have any say in that.

Ingrid
]],
    },
}

document "d_melding_vt" {
    titel = "Melding Veilig Thuis aan het lokaal team, met politiemutatie",
    soort = "politiemutatie",
    auteur = "Veilig Thuis (met mutatie van de politie)",
    datum = "2025-04",
    tekst = [[
Aan: lokaal team (regievoerder sinds het einde van de OTS)

Politiemutatie, vrijdagavond
Buren hoorden geschreeuw en een klap. Bij aankomst van de politie was de partner van moeder, Stefan (41), vertrokken. Moeder (34) had een rode plek op haar wang en verklaarde dat Stefan haar had geslagen tijdens een ruzie. Zij had ‘een paar glazen wijn’ gedronken. Dylan (11) had Noa (6) meegenomen naar de buurvrouw, Fenna. De kinderen hebben de avond bij de buurvrouw doorgebracht; moeder haalde hen later op.

Uit de politiesystemen: betrokkene Stefan is in 2019 veroordeeld voor mishandeling van een ex-partner.

Veilig Thuis vraagt het lokaal team de veiligheid vandaag te beoordelen en terug te koppelen welke afspraken er zijn gemaakt.
]],
    onthult = { "f_incident_stefan", "f_stefan_verleden" },
    en = {
        titel = "Veilig Thuis report to the local team, with police report",
        tekst = [[
To: local team (director since the end of the supervision order)

Police report, Friday evening
Neighbours heard shouting and a blow. When the police arrived, mother's partner, Stefan (41), had left. Mother (34) had a red mark on her cheek and stated that Stefan had hit her during a row. She had drunk ‘a few glasses of wine’. Dylan (11) had taken Noa (6) to the neighbour, Fenna. The children spent the evening at the neighbour's; mother collected them later.

From the police records: the person concerned, Stefan, was convicted in 2019 of assaulting an ex-partner.

Veilig Thuis asks the local team to assess safety today and to report back which agreements have been made.
]],
    },
}

document "d_casuistiek_lt" {
    titel = "Notulen casuïstiekbespreking lokaal team (april 2025)",
    soort = "notulen",
    auteur = "Lokaal team, notulist",
    datum = "2025-04",
    tekst = [[
Aanwezig: jij (regievoerder), gedragswetenschapper lokaal team, teamleider, de jeugdbeschermer (product 2a).

Vraag: waar wonen Dylan en Noa na het incident met Stefan, en wat is er nodig?

Feiten: incident met geweld door Stefan; Stefan in 2019 veroordeeld voor mishandeling van een ex-partner; moeder had gedronken; Dylan bracht Noa naar de buurvrouw. Moeder heeft de veiligheidsafspraken nagekomen: Stefan woont tijdelijk elders. Oma Joke wil Noa op woensdag en vrijdag opvangen en bij nood direct komen.

Besluit: Dylan en Noa blijven bij moeder, met het veiligheidsplan en compensatie door oma Joke; moeder start nazorg bij de verslavingszorg; Kim en Stefan worden verwezen naar hulp bij huiselijk geweld voordat Stefan terugkomt. Evaluatie over zes weken, in dit overleg. De jeugdbeschermer stemde in.
]],
    onthult = { "f_besluit_lt" },
    en = {
        titel = "Minutes of the local team's case discussion (April 2025)",
        tekst = [[
Present: you (director), the local team's behavioural scientist, team leader, the youth protector (product 2a).

Question: where do Dylan and Noa live after the incident with Stefan, and what is needed?

Facts: an incident of violence by Stefan; Stefan convicted in 2019 of assaulting an ex-partner; mother had been drinking; Dylan took Noa to the neighbour. Mother has kept the safety agreements: Stefan is living elsewhere for now. Grandma Joke wants to look after Noa on Wednesdays and Fridays and to come at once in an emergency.

Decision: Dylan and Noa stay with mother, with the safety plan and grandma Joke compensating; mother starts aftercare with the addiction service; Kim and Stefan are referred to domestic-violence support before Stefan comes back. Evaluation in six weeks, in this meeting. The youth protector agreed.
]],
    },
}

document "d_mdo_gi" {
    titel = "Verslag MDO gecertificeerde instelling (mei 2025)",
    soort = "verslag",
    auteur = "Gecertificeerde instelling, MDO",
    datum = "2025-05",
    tekst = [[
Aanwezig: jeugdbeschermer, gedragswetenschapper GI, teamleider GI. Het lokaal team was niet uitgenodigd.

De jeugdbeschermer brengt de casus in ‘ter afsluiting van de 2a-inzet’. Zorgen over het patroon van moeder: gewelddadige partners en alcohol.

Advies MDO: Noa woont door de week bij oma Joke tot duidelijk is of Stefan veilig is. De jeugdbeschermer bespreekt dit met moeder.
]],
    onthult = { "f_advies_gi_mdo" },
    en = {
        titel = "Report of the GI's multidisciplinary meeting (May 2025)",
        tekst = [[
Present: youth protector, GI behavioural scientist, GI team leader. The local team was not invited.

The youth protector brings in the case ‘to close the 2a involvement’. Concerns about mother's pattern: violent partners and alcohol.

Advice of the meeting: Noa lives with grandma Joke during the week until it is clear whether Stefan is safe. The youth protector will discuss this with mother.
]],
    },
}

document "d_uren_2a" {
    titel = "Notitie jeugdbeschermer: stand van product 2a",
    soort = "notitie",
    auteur = "Jeugdbeschermer GI",
    datum = "2025-06",
    tekst = [[
Gebruikt: 19 van de 25 uur.

Ik stel voor mijn inzet in juni af te ronden. Hoe we dat doen, stem ik graag af met het lokaal team.
]],
    onthult = { "f_2a_uren" },
    en = {
        titel = "Youth protector's note: status of product 2a",
        tekst = [[
Used: 19 of the 25 hours.

I propose to wind up my involvement in June. I would like to agree with the local team how we do that.
]],
    },
}

document "d_ervaring_kim" {
    titel = "Vragenlijst cliëntervaring (ingevuld door Kim)",
    soort = "vragenlijst",
    auteur = "Kim, met het lokaal team",
    datum = "2025-09",
    tekst = [[
Wat ging goed?
‘Dat ik niet weer bij nul hoefde te beginnen. En dat ik wist wie wat deed.’

Wat kan beter?
‘Die eerste weken na de rechter was het een chaos. Niemand wist wie er nou over ons ging.’

Cijfer voor de hulp nu: 7. Bij de start van de hulp van het lokaal team: 4.
]],
    onthult = { "f_kim_ervaring" },
    en = {
        titel = "Client experience questionnaire (filled in by Kim)",
        tekst = [[
What went well?
‘That I didn't have to start from zero again. And that I knew who was doing what.’

What could be better?
‘Those first weeks after the judge it was chaos. Nobody knew who was actually in charge of us.’

Score for the help now: 7. At the start of the local team's help: 4.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Feiten
-- ---------------------------------------------------------------------------------------------

feit "f_jeugd_kim" {
    tekst = "Kim groeit op met een vader die veel drinkt; hij overlijdt als zij achttien is.",
    datum = "2009",
    soort = "levensgebeurtenis",
    bron = "d_eindverslag_gi",
    personen = { "kim", "wim", "joke" },
    en = { tekst = "Kim grows up with a father who drinks heavily; he dies when she is eighteen." },
}

feit "f_melding_2019" {
    tekst = "Het consultatiebureau vraagt Veilig Thuis om advies: Kim heeft blauwe plekken, Noa is een baby. Er volgt geen hulp.",
    datum = "2019-08",
    soort = "melding",
    bron = "d_eindverslag_gi",
    personen = { "kim", "noa", "rick" },
    en = { tekst = "The child health clinic asks Veilig Thuis for advice: Kim has bruises, Noa is a baby. No help follows." },
}

feit "f_geweld_rick_2021" {
    tekst = "Rick mishandelt Kim ernstig en knijpt haar keel dicht; Dylan (7) rent naar de buren. Politie-inzet.",
    datum = "2021-05",
    soort = "melding",
    bron = "d_eindverslag_gi",
    personen = { "rick", "kim", "dylan", "noa" },
    en = { tekst = "Rick seriously assaults Kim and strangles her; Dylan (7) runs to the neighbours. Police called out." },
}

feit "f_hulp_dv" {
    tekst = "Ambulante hulp bij huiselijk geweld voor Kim.",
    datum = "2021-09/2022-02",
    soort = "hulp",
    bron = "d_eindverslag_gi",
    personen = { "kim" },
    instantie = "Ambulante hulp huiselijk geweld (vrouwenopvang)",
    resultaat = "Door Kim gestopt toen Rick vertrok (‘het is nu toch voorbij’); geen aandacht voor de kinderen, geen nazorg.",
    en = {
        tekst = "Ambulant domestic-violence support for Kim.",
        resultaat = "Stopped by Kim when Rick left (‘it's over now anyway’); no attention for the children, no aftercare.",
    },
}

feit "f_melding_school_2022" {
    tekst = "School meldt bij Veilig Thuis: Noa wordt vaak niet opgehaald, Dylan komt zonder eten, Kim ruikt naar alcohol.",
    datum = "2022-10",
    soort = "melding",
    bron = "d_eindverslag_gi",
    personen = { "kim", "dylan", "noa" },
    en = { tekst = "The school reports to Veilig Thuis: Noa is often not collected, Dylan arrives without food, Kim smells of alcohol." },
}

feit "f_vt_raad_2022" {
    tekst = "Veilig Thuis onderzoekt en vraagt een raadsonderzoek aan.",
    datum = "2022-12",
    soort = "besluit",
    bron = "d_eindverslag_gi",
    personen = { "kim", "dylan", "noa" },
    en = { tekst = "Veilig Thuis investigates and requests a Child Protection Board investigation." },
}

feit "f_ots_start" {
    tekst = "Ondertoezichtstelling voor Dylan en Noa, voor één jaar; de GI krijgt de regie.",
    datum = "2023-03",
    soort = "besluit",
    bron = "d_beschikking",
    personen = { "dylan", "noa", "kim" },
    en = { tekst = "Supervision order for Dylan and Noa, for one year; the GI takes direction." },
}

feit "f_hulp_verslaving" {
    tekst = "Ambulante verslavingszorg voor Kim.",
    datum = "2023-04/2023-12",
    soort = "hulp",
    bron = "d_eindverslag_gi",
    personen = { "kim" },
    instantie = "Ambulante verslavingszorg",
    resultaat = "Afgerond; Kim drinkt sinds september 2023 niet meer, op één terugval in juli 2024 na, die zij zelf meldde. Nazorg is niet afgesproken.",
    en = {
        tekst = "Ambulant addiction care for Kim.",
        resultaat = "Completed; Kim has not drunk since September 2023, apart from one relapse in July 2024 that she reported herself. No aftercare was agreed.",
    },
}

feit "f_hulp_gezinsbehandeling" {
    tekst = "Intensieve ambulante gezinsbehandeling.",
    datum = "2023-06/2024-06",
    soort = "hulp",
    bron = "d_eindverslag_gi",
    personen = { "kim", "dylan", "noa" },
    instantie = "Jeugdhulpaanbieder, intensieve ambulante gezinsbehandeling",
    resultaat = "Afgerond: vaste dagstructuur, Noa op tijd op school, betere opvoedvaardigheden. Geen afspraken over terugvalsignalen.",
    en = {
        tekst = "Intensive ambulant family treatment.",
        resultaat = "Completed: fixed daily routine, Noa at school on time, better parenting skills. No agreements on relapse signals.",
    },
}

feit "f_hulp_emdr" {
    tekst = "Traumabehandeling (EMDR) voor Dylan na het geweld van Rick.",
    datum = "2024-01/2024-06",
    soort = "hulp",
    bron = "d_eindverslag_gi",
    personen = { "dylan" },
    instantie = "Jeugd-ggz",
    resultaat = "Afgerond: minder nachtmerries. Advies: alert blijven als er thuis opnieuw spanning of geweld is.",
    en = {
        tekst = "Trauma treatment (EMDR) for Dylan after Rick's violence.",
        resultaat = "Completed: fewer nightmares. Advice: stay alert if there is tension or violence at home again.",
    },
}

feit "f_ots_verlenging" {
    tekst = "De OTS wordt met één jaar verlengd, tot maart 2025.",
    datum = "2024-03",
    soort = "besluit",
    bron = "d_beschikking",
    personen = { "dylan", "noa", "kim" },
    en = { tekst = "The supervision order is extended by one year, until March 2025." },
}

feit "f_stefan_intrek" {
    tekst = "Stefan, de nieuwe partner van Kim, komt bij het gezin wonen.",
    datum = "2024-10",
    soort = "levensgebeurtenis",
    bron = "d_beschikking",
    personen = { "stefan", "kim", "dylan", "noa" },
    en = { tekst = "Stefan, Kim's new partner, moves in with the family." },
}

feit "f_noa_verzuim" {
    tekst = "Noa verzuimt in december negen dagen van school.",
    datum = "2024-12",
    soort = "zorg",
    bron = "d_beschikking",
    personen = { "noa" },
    en = { tekst = "Noa misses nine days of school in December." },
}

feit "f_uitspraak" {
    tekst = "De kinderrechter wijst de verlenging van de OTS af: de zorgen zijn onvoldoende onderbouwd en kunnen in het vrijwillig kader worden opgepakt. De OTS eindigt in maart 2025.",
    datum = "2025-02",
    soort = "besluit",
    bron = "d_beschikking",
    personen = { "kim", "dylan", "noa" },
    en = { tekst = "The juvenile judge refuses to extend the supervision order: the concerns are insufficiently substantiated and can be addressed in the voluntary framework. The order ends in March 2025." },
}

feit "f_oma_joke" {
    tekst = "Oma Joke haalt Noa op woensdag uit school en wil meer doen.",
    datum = "2025-03",
    soort = "kracht",
    bron = "d_eindverslag_gi",
    personen = { "joke", "noa" },
    en = { tekst = "Grandma Joke picks Noa up from school on Wednesdays and wants to do more." },
}

feit "f_patrick" {
    tekst = "Patrick, de vader van Dylan, is stabiel en betrokken; Dylan is om het weekend bij hem.",
    datum = "2025-03",
    soort = "kracht",
    personen = { "patrick", "dylan" },
    en = { tekst = "Patrick, Dylan's father, is stable and involved; Dylan stays with him every other weekend." },
}

feit "f_faseafspraken" {
    tekst = "Schriftelijke afspraken LT–GI: tot de einddatum regie en veiligheidstaxatie bij de GI; daarna bij het lokaal team, met de GI als ondersteuning (product 2a, maximaal 25 uur, met toestemming van Kim). Kernbesluiten in de casuïstiekbespreking van het lokaal team, met de jeugdbeschermer erbij.",
    datum = "2025-02",
    soort = "besluit",
    personen = { "kim" },
    en = { tekst = "Written LT–GI agreements: until the end date direction and safety assessment lie with the GI; afterwards with the local team, the GI supporting (product 2a, at most 25 hours, with Kim's consent). Key decisions in the local team's case discussion, with the youth protector present." },
}

feit "f_toestemming_kim" {
    tekst = "Kim geeft gerichte mondelinge toestemming, vastgelegd: de GI deelt het eindverslag, de veiligheidsafspraken en het resultaat van de verslavingszorg met het lokaal team; Kim leest eerst mee. Ze weet dat ze kan intrekken.",
    datum = "2025-03",
    soort = "besluit",
    personen = { "kim" },
    en = { tekst = "Kim gives specific verbal consent, recorded: the GI shares the final report, the safety agreements and the outcome of the addiction care with the local team; Kim reads it first. She knows she can withdraw." },
}

feit "f_stefan_onbekend" {
    tekst = "In het overdrachtsgesprek blijkt: niemand weet iets over Stefans achtergrond. Kim zegt dat hij ‘gedoe met een ex’ had; de GI heeft het niet uitgezocht.",
    datum = "2025-03",
    soort = "zorg",
    personen = { "stefan", "kim" },
    en = { tekst = "The handover meeting reveals that nobody knows anything about Stefan's background. Kim says he had ‘trouble with an ex’; the GI did not look into it." },
}

feit "f_ots_einde" {
    tekst = "De OTS eindigt; het lokaal team neemt regie en veiligheidstaxatie over.",
    datum = "2025-03",
    soort = "besluit",
    personen = { "kim", "dylan", "noa" },
    en = { tekst = "The supervision order ends; the local team takes over direction and the safety assessment." },
}

feit "f_incident_stefan" {
    tekst = "Stefan slaat Kim tijdens een ruzie; Kim had gedronken. Dylan brengt Noa naar buurvrouw Fenna. Politie-inzet; Stefan was al weg.",
    datum = "2025-04",
    soort = "melding",
    bron = "d_melding_vt",
    personen = { "stefan", "kim", "dylan", "noa", "fenna" },
    en = { tekst = "Stefan hits Kim during a row; Kim had been drinking. Dylan takes Noa to neighbour Fenna. Police called out; Stefan had already left." },
}

feit "f_stefan_verleden" {
    tekst = "Stefan is in 2019 veroordeeld voor mishandeling van een ex-partner.",
    datum = "2019",
    soort = "zorg",
    bron = "d_melding_vt",
    personen = { "stefan" },
    en = { tekst = "Stefan was convicted in 2019 of assaulting an ex-partner." },
}

feit "f_veiligheidsplan_ots" {
    tekst = "Veiligheidsplan met Kim, oma Joke en Fenna: Stefan woont tijdelijk elders en komt alleen als oma erbij is; Kim drinkt niet als ze voor de kinderen zorgt en belt oma als de drang opkomt; Dylan weet dat hij oma of Fenna kan bellen. Ondergrens: geen geweld en geen alcohol in huis.",
    datum = "2025-04",
    soort = "besluit",
    personen = { "kim", "joke", "fenna", "stefan", "dylan", "noa" },
    en = { tekst = "Safety plan with Kim, grandma Joke and Fenna: Stefan lives elsewhere for now and only visits when grandma is there; Kim does not drink when she cares for the children and calls grandma when the urge comes; Dylan knows he can call grandma or Fenna. Bottom line: no violence and no alcohol in the house." },
}

feit "f_dylan_vertelt" {
    tekst = "Dylan (alleen gesproken): ‘Ik deed wat ik bij Rick ook deed: Noa meenemen.’ Hij is bang dat Noa naar oma moet en hij niet, en mist de jeugdbeschermer ‘een beetje’.",
    datum = "2025-04",
    soort = "zorg",
    personen = { "dylan", "noa", "rick" },
    en = { tekst = "Dylan (spoken to alone): ‘I did what I used to do with Rick: take Noa with me.’ He is afraid Noa will have to go to grandma's and he won't, and misses the youth protector ‘a bit’." },
}

feit "f_noa_vertelt" {
    tekst = "Noa (met Words and Pictures): ‘Stefan riep heel hard en mama huilde. Dylan bracht me naar Fenna. Daar kreeg ik chocomel.’",
    datum = "2025-04",
    soort = "zorg",
    personen = { "noa", "stefan", "kim", "dylan", "fenna" },
    en = { tekst = "Noa (with Words and Pictures): ‘Stefan shouted really loud and mum cried. Dylan took me to Fenna's. I got chocolate milk there.’" },
}

feit "f_besluit_lt" {
    tekst = "Casuïstiekbespreking lokaal team, met gedragswetenschapper en jeugdbeschermer: Dylan en Noa blijven bij Kim, met veiligheidsplan en compensatie door oma Joke; evaluatie over zes weken.",
    datum = "2025-04",
    soort = "besluit",
    bron = "d_casuistiek_lt",
    personen = { "kim", "dylan", "noa", "joke" },
    en = { tekst = "Local team case discussion, with behavioural scientist and youth protector: Dylan and Noa stay with Kim, with a safety plan and compensation by grandma Joke; evaluation in six weeks." },
}

feit "f_advies_gi_mdo" {
    tekst = "Het MDO van de GI, zonder het lokaal team, adviseert dat Noa door de week bij oma Joke gaat wonen.",
    datum = "2025-05",
    soort = "besluit",
    bron = "d_mdo_gi",
    personen = { "noa", "joke" },
    en = { tekst = "The GI's multidisciplinary meeting, without the local team, advises that Noa lives with grandma Joke on weekdays." },
}

feit "f_2a_uren" {
    tekst = "Product 2a: 19 van de 25 uur gebruikt; de jeugdbeschermer wil afronden na het netwerkberaad.",
    datum = "2025-06",
    soort = "besluit",
    bron = "d_uren_2a",
    en = { tekst = "Product 2a: 19 of the 25 hours used; the youth protector wants to finish after the network meeting." },
}

feit "f_borgingsplan" {
    tekst = "Netwerkberaad: borgingsplan in Kims woorden, met terugvalsignalen, wie wat doet, de veiligheidsafspraken die blijven gelden en het volgende beraad over tien weken. Daarna rondt de GI af.",
    datum = "2025-06",
    soort = "besluit",
    personen = { "kim", "joke", "fenna", "patrick", "dylan" },
    en = { tekst = "Network meeting: securing plan in Kim's words, with relapse signals, who does what, the safety agreements that remain in force and the next meeting in ten weeks. After that the GI finishes." },
}

feit "f_kim_ervaring" {
    tekst = "Kim geeft de hulp nu een 7 (bij de start een 4): ‘Dat ik niet weer bij nul hoefde te beginnen.’",
    datum = "2025-09",
    soort = "kracht",
    bron = "d_ervaring_kim",
    personen = { "kim" },
    en = { tekst = "Kim now rates the help a 7 (a 4 at the start): ‘That I didn't have to start from zero again.’" },
}

-- ---------------------------------------------------------------------------------------------
-- Stappen en keuzes
-- ---------------------------------------------------------------------------------------------

stap "uitspraak" {
    titel = "1. De kinderrechter verlengt niet",
    datum = "2025-02",
    opent = { "tijdlijn", "personen" },
    tekst = [[
Februari 2025. Je werkt in het lokaal team. Twee jaar geleden kregen Dylan (11) en Noa (6) een ondertoezichtstelling (OTS). Jij bleef op de achtergrond betrokken, in een waakvlamconstructie: je hielp Kim (34) met haar huurachterstand en zag haar een paar keer per jaar. De regie lag bij de GI.

Vanmorgen mailde de jeugdbeschermer, Ingrid: de kinderrechter heeft de verlenging afgewezen. Over vier weken eindigt de OTS. De beschikking en haar e-mail staan bij de documenten.

Niemand had dit verwacht. Wat doe je?
]],
    documenten = { "d_beschikking", "d_mail_jb" },
    en = {
        titel = "1. The juvenile judge does not extend",
        tekst = [[
February 2025. You work in the local team. Two years ago Dylan (11) and Noa (6) were placed under a supervision order (OTS). You stayed involved in the background, on a pilot-light basis: you helped Kim (34) with her rent arrears and saw her a few times a year. Direction lay with the GI.

This morning the youth protector, Ingrid, e-mailed: the juvenile judge has refused the extension. In four weeks the order ends. The decision and her e-mail are among the documents.

Nobody expected this. What do you do?
]],
    },

    keuze "overdracht_2a_voorstellen" {
        tekst = "Bel Ingrid vandaag: stel 2a voor na de einddatum, als Kim instemt, en plan vóór die datum een overdrachtsgesprek met Kim erbij.",
        feedback = "Precies waarvoor product 2a bestaat. Na het einde van de OTS heeft het lokaal team de regie; de GI ondersteunt nog even, maximaal 25 uur, met instemming van Kim. Zo ontstaat er geen gat, en de kennis van twee jaar OTS gaat niet verloren. En door Ingrid vandaag te bellen in plaats van te mailen, begin je de samenwerking bij iemand die teleurgesteld is over de uitspraak.",
        bron = "bouwsteen.samenwerking_lt_gi",
        gevolg = { samenwerking = 2, vertrouwen_gezin = 1 },
        naar = "fasen",
        en = {
            tekst = "Call Ingrid today: propose 2a after the end date, if Kim agrees, and plan a handover meeting with Kim present before that date.",
            feedback = "Exactly what product 2a is for. After the order ends, the local team holds direction; the GI supports for a while, at most 25 hours, with Kim's consent. That way there is no gap and the knowledge from two years of supervision is not lost. And by calling Ingrid today instead of e-mailing, you start the collaboration with someone who is disappointed by the ruling.",
        },
    },

    keuze "wachten_op_eindrapport" {
        tekst = "Wacht op het eindverslag van de GI, zodat je goed beslagen ten ijs komt, en plan daarna een intakegesprek met Kim en de kinderen.",
        feedback = "Dan ontstaat er precies op het kwetsbaarste moment een gat: de GI is weg, het lokaal team is nog niet begonnen, en Kim weet niet bij wie ze terechtkan. Een verslag per post is geen warme overdracht. Juist voor een OTS die onverwacht niet wordt verlengd, is product 2a bedoeld: de GI en het lokaal team trekken nog even samen op.",
        bron = "bouwsteen.samenwerking_lt_gi",
        gevolg = { directe_veiligheid = -1, vertrouwen_gezin = -1 },
        naar = "fasen",
        en = {
            tekst = "Wait for the GI's final report, so that you are well prepared, and then plan an intake meeting with Kim and the children.",
            feedback = "That creates a gap at exactly the most vulnerable moment: the GI is gone, the local team has not started, and Kim does not know whom to turn to. A report by post is not a warm handover. Product 2a is meant precisely for an order that is unexpectedly not extended: the GI and the local team work together for a while longer.",
        },
    },

    keuze "direct_overnemen" {
        tekst = "De OTS is toch voorbij: neem meteen de regie over, bel de betrokken hulpverleners en plan zelf deze week een huisbezoek bij Kim.",
        feedback = "Daadkrachtig, maar de OTS loopt nog vier weken, en tot de einddatum heeft de GI de regie en de verantwoordelijkheid voor de veiligheidstaxatie. Twee regisseurs tegelijk geeft verwarring, bij het gezin en bij de hulpverleners: wie belt Kim als het misgaat? Maak eerst met de GI afspraken over wie wat doet tot wanneer.",
        bron = "bouwsteen.samenwerking_lt_gi",
        gevolg = { samenwerking = -2, vertrouwen_gezin = -1 },
        naar = "fasen",
        en = {
            tekst = "The order is over anyway: take over direction at once, call the helpers involved and plan a home visit to Kim yourself this week.",
            feedback = "Decisive, but the order runs for four more weeks, and until the end date the GI holds direction and responsibility for the safety assessment. Two directors at once confuses the family and the helpers: whom does Kim call if things go wrong? First agree with the GI who does what until when.",
        },
    },

    keuze "nieuwe_vto" {
        tekst = "Je deelt de zorgen van de GI. Bereid meteen een nieuw verzoek tot onderzoek bij de Raad voor, zodat de maatregel snel terugkomt.",
        feedback = "De rechter heeft beslist, na afweging van de feiten. Een nieuw verzoek zonder nieuwe feiten gaat over dat besluit heen, en een maatregel aanvragen doe je nooit alleen: dat is altijd een gezamenlijke afweging, met het gezin en in het team, met een gedragswetenschapper. Kim verliest bovendien meteen haar vertrouwen in het lokaal team, dat nu haar steun in het vrijwillig kader moet zijn.",
        bron = { "bouwsteen.inhoudelijke_beslissingen", "bouwsteen.samenwerkingsprincipes" },
        gevolg = { vertrouwen_gezin = -3 },
        naar = "fasen",
        en = {
            tekst = "You share the GI's concerns. Immediately prepare a new request for a Child Protection Board investigation, so the measure comes back quickly.",
            feedback = "The judge decided after weighing the facts. A new request without new facts overrides that decision, and you never request a measure alone: it is always a joint deliberation, with the family and in the team, with a behavioural scientist. Kim also immediately loses her trust in the local team, which now has to be her support in the voluntary framework.",
        },
    },
}

stap "fasen" {
    titel = "2. Wie doet wat, en tot wanneer?",
    datum = "2025-02",
    tekst = [[
Een week later zit je met Ingrid aan tafel. Ze is kortaf. ‘Tot half maart ben ik verantwoordelijk. Daarna is het van jullie, toch?’

Je hebt de regionale werkafspraak over de samenwerking per fase bij de hand (bij de documenten). Er moet veel geregeld worden in weinig tijd: wie heeft wanneer de regie, wie taxeert de veiligheid, waar vallen de kernbesluiten, en wie praat met de kinderen?
]],
    documenten = { "d_werkafspraak_fasen" },
    en = {
        titel = "2. Who does what, and until when?",
        tekst = [[
A week later you sit down with Ingrid. She is curt. ‘Until mid-March I'm responsible. After that it's yours, right?’

You have the regional working agreement on collaboration per phase at hand (among the documents). A lot has to be arranged in little time: who holds direction when, who assesses safety, where are key decisions made, and who talks with the children?
]],
    },

    keuze "alles_mondeling" {
        tekst = "Jullie kennen elkaar goed genoeg. Spreek mondeling af dat jullie elkaar bij alles op de hoogte houden; alles op papier zetten kost nu alleen maar tijd.",
        feedback = "Mondelinge afspraken tussen twee drukke professionals, waarvan één over een paar weken weg is, houden geen stand. Zodra er iets gebeurt, weet niemand meer wie de veiligheid taxeert en wie beslist. De methode vraagt per fase helder te maken wie de regie heeft, wie de veiligheid taxeert en waar kernbesluiten vallen, en dat ook aan het gezin uit te leggen.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.samenwerkingsprincipes" },
        gevolg = { samenwerking = -1 },
        naar = "kim_gesprek",
        en = {
            tekst = "You know each other well enough. Agree verbally to keep each other informed about everything; putting it all on paper only costs time now.",
            feedback = "Verbal agreements between two busy professionals, one of whom will be gone in a few weeks, do not hold. As soon as something happens nobody knows who assesses safety and who decides. The method asks you to make clear per phase who holds direction, who assesses safety and where key decisions are made, and to explain that to the family too.",
        },
    },

    keuze "faseafspraken_vastleggen" {
        tekst = "Leg samen per fase vast wie de regie en de veiligheidstaxatie heeft, waar kernbesluiten vallen en wie met de kinderen praat; leg het Kim zo uit.",
        feedback = "Helder en eerlijk voor iedereen. Tot de einddatum is de GI aan zet; daarna het lokaal team, en de GI adviseert bij de veiligheidstaxatie. Door nu al af te spreken waar kernbesluiten vallen, voorkom je dat straks twee teams over hetzelfde gezin tot een andere conclusie komen. En Kim weet precies bij wie ze wanneer terechtkan.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.inhoudelijke_beslissingen" },
        gevolg = { samenwerking = 1 },
        onthult = { "f_faseafspraken" },
        naar = "kim_gesprek",
        en = {
            tekst = "Record together per phase who holds direction and the safety assessment, where key decisions are made and who talks with the children; explain it to Kim that way.",
            feedback = "Clear and fair for everyone. Until the end date the GI is in charge; after that the local team, with the GI advising on the safety assessment. By agreeing now where key decisions are made, you prevent two teams from reaching different conclusions about the same family later. And Kim knows exactly whom to turn to when.",
        },
    },

    keuze "gi_blijft_regie" {
        tekst = "Spreek af dat Ingrid na de einddatum ‘de vinger aan de pols houdt’ en de veiligheid blijft beoordelen: zij kent het gezin het best, en Kim kent haar.",
        feedback = "Zonder maatregel heeft de GI geen grond om de regie of de veiligheidstaxatie te houden. Regie bij de GI in het vrijwillig kader (product 2b) loopt via de Jeugdbeschermingstafel; bij een warme overdracht na een OTS is het product 2a: het lokaal team heeft de regie, de GI adviseert. Zo wordt de rol van Ingrid onduidelijk voor iedereen, en het meest voor Kim, die juist van de jeugdbescherming af wilde.",
        bron = "bouwsteen.samenwerking_lt_gi",
        gevolg = { samenwerking = -1, vertrouwen_gezin = -1 },
        naar = "kim_gesprek",
        en = {
            tekst = "Agree that after the end date Ingrid ‘keeps a finger on the pulse’ and continues to assess safety: she knows the family best, and Kim knows her.",
            feedback = "Without a measure the GI has no grounds to keep direction or the safety assessment. GI direction in the voluntary framework (product 2b) goes through the Youth Protection Table; for a warm handover after a supervision order it is product 2a: the local team holds direction, the GI advises. This makes Ingrid's role unclear for everyone, and most of all for Kim, who wanted to be rid of youth protection.",
        },
    },
}

stap "kim_gesprek" {
    titel = "3. ‘Eindelijk van jullie af’",
    datum = "2025-03",
    tekst = [[
Maart 2025. Je zit bij Kim aan tafel. Ze is opgelucht en boos tegelijk. ‘Eindelijk van jeugdbescherming af. En nu komen jullie weer?’

Ingrid wil haar eindverslag aan jou geven en vóór de einddatum een overdrachtsgesprek houden. Na de einddatum kan ze alleen nog meekijken als Kim daarmee instemt. Kim zegt: ‘Die map van de GI, daar staat van alles in. Over mij, over Rick, over vroeger.’

Hoe ga je verder?
]],
    en = {
        titel = "3. ‘Finally rid of you lot’",
        tekst = [[
March 2025. You sit at the table with Kim. She is relieved and angry at the same time. ‘Finally rid of youth protection. And now you lot turn up again?’

Ingrid wants to give you her final report and hold a handover meeting before the end date. After the end date she can only stay involved if Kim agrees. Kim says: ‘That GI folder, there's all sorts in it. About me, about Rick, about the past.’

How do you continue?
]],
    },

    keuze "dossier_gewoon_overnemen" {
        tekst = "Leg uit dat het dossier van de GI bij het einde van een OTS standaard naar het lokaal team gaat, zodat Kim niet alles opnieuw hoeft te vertellen.",
        feedback = "Zo simpel is het niet, en zo gebracht is het niet eerlijk. Na het einde van de maatregel is het vrijwillig kader: voor het delen van het GI-dossier met het lokaal team en voor de inzet van product 2a is toestemming van Kim de basis. Alleen noodzakelijke informatie mag soms zonder toestemming naar wie direct bij de hulp aan Dylan en Noa betrokken is, en ook dan informeer je Kim. Leg uit wat je wilt weten en waarom, bespreek haar bezwaren en maak afspraken over wát er gedeeld wordt. Door te doen alsof het ‘standaard’ is, neem je haar de keuze af. Dat wantrouwen neem je mee de rest van de hulp in.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -2 },
        naar = "weging_einde",
        en = {
            tekst = "Explain that the GI's file goes to the local team as standard when a supervision order ends, so that Kim need not tell everything again.",
            feedback = "It is not that simple, and put like that it is not honest. After the measure ends it is the voluntary framework: Kim's consent is the basis for sharing the GI file with the local team and for product 2a. Only necessary information may sometimes go without consent to those directly involved in the help for Dylan and Noa, and even then you inform Kim. Explain what you want to know and why, discuss her objections and agree on what is shared. By pretending it is ‘standard’ you take the choice away from her. You carry that distrust into the rest of the help.",
        },
    },

    keuze "kim_toestemming_uitleg" {
        tekst = "Leg uit wat 2a is en dat zij kiest, vraag wat ze wel en niet gedeeld wil zien, laat haar het eindverslag eerst lezen en leg haar toestemming vast.",
        feedback = "Zo wordt toestemming echt. Je legt uit wat je wilt en waarom, je verkent haar bezwaren (de oude verhalen over Rick) en je maakt de afspraak concreet: wat, met wie, waarvoor. Kim mag eerst meelezen, en je zegt erbij dat ze haar toestemming kan intrekken. Ook na de OTS blijft ze de baas over haar eigen verhaal, en juist daardoor zegt ze ja.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = 2 },
        onthult = { "f_toestemming_kim" },
        naar = "weging_einde",
        en = {
            tekst = "Explain what 2a is and that the choice is hers, ask what she does and does not want shared, let her read the final report first and record her consent.",
            feedback = "That is how consent becomes real. You explain what you want and why, you explore her objections (the old stories about Rick) and you make the agreement concrete: what, with whom, for what purpose. Kim reads along first, and you tell her she can withdraw her consent. Even after the order she remains in charge of her own story, and that is exactly why she says yes.",
        },
    },

    keuze "kim_onder_druk" {
        tekst = "Zeg eerlijk tegen Kim dat ze beter kan meewerken: als het misgaat, kan de GI zo weer naar de rechter, en dat wil je haar besparen.",
        feedback = "Een dreigement is geen toestemming. Kim staat al in een afhankelijke positie ten opzichte van de hulpverlening; met druk wordt haar ‘ja’ waardeloos, en de kans op een ‘nee’ bij de eerste tegenslag groot. Het klopt ook niet: de GI heeft geen maatregel meer en een nieuw verzoek is altijd een gezamenlijke afweging. Eerlijk zijn over je zorgen mag, dreigen niet.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -3 },
        naar = "weging_einde",
        en = {
            tekst = "Tell Kim honestly she had better cooperate: if things go wrong, the GI can go straight back to the judge, and you want to spare her that.",
            feedback = "A threat is not consent. Kim is already in a dependent position towards the helpers; under pressure her ‘yes’ is worthless, and a ‘no’ at the first setback is likely. It is also untrue: the GI no longer has a measure and a new request is always a joint deliberation. Being honest about your concerns is fine; threatening is not.",
        },
    },

    keuze "zonder_gi_verder" {
        tekst = "Kim wil niets meer met de GI. Beloof dat je het eindverslag niet opvraagt en niet met Ingrid overlegt. Dat hoef je niet vast te leggen; het is haar keuze.",
        feedback = "Kims bezwaar serieus nemen is goed, maar niet delen is ook een besluit, met gevolgen: je begint blanco, zonder de veiligheidsafspraken en de lessen van twee jaar OTS. Bespreek wat haar bezwaar precies is; vaak is een deel wél te delen. Leg je afweging altijd vast. En weet dat je de casus anoniem met de GI mag bespreken (product 1), ook zonder toestemming, zolang je dat niet stiekem doet.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = -1, samenwerking = -1 },
        naar = "weging_einde",
        en = {
            tekst = "Kim wants nothing more to do with the GI. Promise that you won't request the final report or consult Ingrid. No need to record that; it's her choice.",
            feedback = "Taking Kim's objection seriously is good, but not sharing is also a decision, with consequences: you start from scratch, without the safety agreements and the lessons of two years of supervision. Discuss what exactly her objection is; often part can be shared after all. Always record your consideration. And know that you may discuss the case anonymously with the GI (product 1), even without consent, as long as you don't do it secretly.",
        },
    },
}

-- Schakelmoment: de regie gaat bij de einddatum terug naar het lokaal team, en 2a vraagt een
-- besluit van het lokaal team na een casuïstiekbespreking (regels.wanneer_wegen). Zonder
-- instemming van Kim is er geen 2a (regels.toestemming_2a): dan eerst de stap zonder_toestemming.
local na_weging = {
    { als = { feit = "f_toestemming_kim" }, naar = "overdracht" },
    { naar = "zonder_toestemming" },
}

stap "weging_einde" {
    titel = "4. Het schakelmoment wegen",
    datum = "2025-03",
    tekst = [[
Over anderhalve week eindigt de OTS. Vanaf dan ligt de regie weer bij het lokaal team, en met de regie het plan en de veiligheidstaxatie. Of de GI daarna nog meekijkt onder product 2a, is een besluit van het lokaal team.

Je agenda is vol. Hoe neem je dit besluit?
]],
    en = {
        titel = "4. Weighing the switch of direction",
        tekst = [[
In a week and a half the supervision order ends. From then on direction lies with the local team again, and with it the plan and the safety assessment. Whether the GI stays involved under product 2a is a decision of the local team.

Your diary is full. How do you take this decision?
]],
    },

    keuze "weging_casuistiek_einde" {
        tekst = "Breng de casus deze week in je casuïstiekbespreking, met de gedragswetenschapper en Ingrid: weeg op de feiten of 2a nodig is, ook als Kim nee zegt.",
        feedback = "Dit is een schakelmoment: de regie gaat terug naar het lokaal team. Daar hoort een weging bij, in je eigen casuïstiekbespreking en op basis van feiten. Het team besluit of 2a nodig is en wat de GI dan doet. Het spreekt ook af wat er gebeurt zonder Kims instemming: dan geen 2a, maar anoniem advies van de GI (product 1), en is vrijwillige hulp niet genoeg, dan weeg je het gedwongen kader opnieuw.",
        bron = { "bouwsteen.weging", "regels.wanneer_wegen", "regels.toestemming_2a" },
        gevolg = { samenwerking = 1 },
        naar = na_weging,
        en = {
            tekst = "Bring the case to your case discussion this week, with the behavioural scientist and Ingrid: weigh on the facts whether 2a is needed, also if Kim says no.",
            feedback = "This is a switch: direction returns to the local team. That calls for a weighing, in your own case discussion and based on facts. The team decides whether 2a is needed and what the GI then does. It also agrees what happens without Kim's consent: then no 2a, but anonymous advice from the GI (product 1), and if voluntary help is not enough, you weigh the compulsory framework again.",
        },
    },

    keuze "teamleider_akkoord" {
        tekst = "Vraag je teamleider per mail akkoord op 2a: de GI heeft dit gezin twee jaar gevolgd en gewogen, dus een aparte bespreking voegt nu echt weinig toe.",
        feedback = "Een akkoord per mail is geen weging. Bij een schakelmoment van regie, zoals het einde van een OTS, en voordat je 2a inzet, weeg je in de casuïstiekbespreking met collega's en een gedragswetenschapper, op basis van feiten: wat weet je van dit gezin, is een uitgebreide analyse nodig, wat doet de GI onder 2a, en wat doe je als Kim niet instemt?",
        bron = { "bouwsteen.weging", "regels.wanneer_wegen" },
        gevolg = { samenwerking = -1 },
        naar = na_weging,
        en = {
            tekst = "Ask your team leader by e-mail to approve 2a: the GI has followed and weighed this family for two years, so a separate discussion adds little now.",
            feedback = "Approval by e-mail is not a weighing. At a switch of direction, such as the end of a supervision order, and before you use 2a, you weigh in the case discussion with colleagues and a behavioural scientist, based on facts: what do you know about this family, is an extended analysis needed, what will the GI do under 2a, and what do you do if Kim does not agree?",
        },
    },

    keuze "ingrid_laten_wegen" {
        tekst = "Vraag Ingrid om in het MDO van de GI te laten wegen wat er na de OTS nodig is: zij kent het gezin het best, en jij neemt dat advies over.",
        feedback = "Het advies van de GI is waardevol, maar na de einddatum is het lokaal team de regievoerder, en het besluit over 2a neemt het lokaal team na een eigen casuïstiekbespreking. Laat je dat in het MDO van de GI vallen, dan ligt het besluit bij een team dat straks geen regie meer heeft. Vraag Ingrid liever om in jouw bespreking haar kennis in te brengen.",
        bron = { "bouwsteen.weging", "bouwsteen.inhoudelijke_beslissingen", "regels.regie_bij_schakelen" },
        naar = na_weging,
        en = {
            tekst = "Ask Ingrid to have the GI's multidisciplinary meeting weigh what is needed after the order: she knows the family best, and you adopt that advice.",
            feedback = "The GI's advice is valuable, but after the end date the local team holds direction, and the decision on 2a is the local team's, after its own case discussion. If you let it fall in the GI's meeting, the decision lies with a team that will soon no longer hold direction. Rather ask Ingrid to bring her knowledge into your discussion.",
        },
    },
}

-- Alleen als Kim niet (echt) instemde: zonder haar instemming geen 2a.
stap "zonder_toestemming" {
    titel = "Tussenstap: geen instemming voor 2a",
    datum = "2025-03",
    tekst = [[
Kim heeft niet ingestemd met product 2a. Misschien vroeg je het haar niet echt, kwam haar ‘ja’ onder druk, of beloofde je juist dat Ingrid er niet meer bij komt. Ingrid vraagt of ze na de einddatum nog iets kan doen. De OTS eindigt over een week.

Wat doe je?
]],
    en = {
        titel = "Intermediate step: no consent for 2a",
        tekst = [[
Kim has not agreed to product 2a. Perhaps you did not really ask her, her ‘yes’ came under pressure, or you promised that Ingrid would not be involved any more. Ingrid asks whether she can still do something after the end date. The order ends in a week.

What do you do?
]],
    },

    keuze "toch_2a_starten" {
        tekst = "Start 2a toch: de kinderen hebben die steun nodig, de rechter keek pas nog naar het gezin, en Kim draait wel bij als ze ziet dat het helpt.",
        feedback = "Product 2a kan alleen met instemming van de ouders, ook na een OTS. Zonder die instemming is het geen vrijwillige hulp meer, en Kim merkt dat de hulpverlening doorgaat alsof haar mening er niet toe doet. Vraag het haar opnieuw, open; zegt ze nee, bespreek de casus dan anoniem met de GI (product 1) en vertel haar wat eruit kwam.",
        bron = { "regels.toestemming_2a", "bouwsteen.samenwerking_lt_gi.product_2a" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "overdracht",
        en = {
            tekst = "Start 2a anyway: the children need that support, the judge only just looked at the family, and Kim will come round once she sees it helps.",
            feedback = "Product 2a is only possible with the parents' consent, also after a supervision order. Without that consent it is no longer voluntary help, and Kim notices that the help carries on as if her view does not matter. Ask her again, openly; if she says no, discuss the case anonymously with the GI (product 1) and tell her what came of it.",
        },
    },

    keuze "kim_opnieuw_vragen" {
        tekst = "Ga terug naar Kim, zeg wat er in jullie gesprek misging en vraag opnieuw of Ingrid mag meekijken; zegt ze nee, dan vraag je de GI alleen anoniem advies.",
        feedback = "Zo krijgt Kim alsnog een echte keuze. Je erkent wat er misging, legt uit wat 2a is en wat niet, en vertelt wat je doet als ze nee zegt: de casus anoniem bespreken met de GI (product 1) en haar vertellen wat eruit kwam. Kim stemt in, met een duidelijke afspraak over wat Ingrid wel en niet deelt.",
        bron = { "regels.toestemming_2a", "bouwsteen.privacy", "bouwsteen.samenwerking_lt_gi.product_1" },
        gevolg = { vertrouwen_gezin = 2 },
        onthult = { "f_toestemming_kim" },
        naar = "overdracht",
        en = {
            tekst = "Go back to Kim, say what went wrong in your conversation and ask again whether Ingrid may stay involved; if she says no, you ask the GI only for anonymous advice.",
            feedback = "That gives Kim a real choice after all. You acknowledge what went wrong, explain what 2a is and is not, and say what you will do if she says no: discuss the case anonymously with the GI (product 1) and tell her what came of it. Kim agrees, with a clear agreement on what Ingrid does and does not share.",
        },
    },

    keuze "ingrid_informeel" {
        tekst = "Vraag Ingrid om na de einddatum informeel mee te kijken, zonder dat het 2a heet; dan hoeft Kim niet opnieuw een lastige keuze te maken.",
        feedback = "Informeel meekijken met naam en toenaam is 2a zonder instemming, onder een andere naam. Anoniem sparren met de GI mag altijd (product 1), maar dan zonder gegevens van het gezin en zonder dat Ingrid meedoet in het gezin. Kim komt er vroeg of laat achter, en dan is het vertrouwen weg.",
        bron = { "regels.toestemming_2a", "bouwsteen.samenwerking_lt_gi.product_1", "bouwsteen.privacy" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "overdracht",
        en = {
            tekst = "Ask Ingrid to keep an informal eye after the end date, without calling it 2a; then Kim need not make another difficult choice.",
            feedback = "Keeping an informal eye, with names and details, is 2a without consent under another name. Anonymous sparring with the GI is always allowed (product 1), but then without the family's details and without Ingrid taking part in the family. Sooner or later Kim finds out, and then trust is gone.",
        },
    },
}

stap "overdracht" {
    titel = "5. Het overdrachtsgesprek: is het 100% schoon?",
    datum = "2025-03",
    opent = { "veiligheid", "patroon" },
    tekst = [[
Halverwege maart, de laatste week van de OTS. Het eindverslag van de GI staat bij de documenten. Het overdrachtsgesprek staat gepland met Ingrid, Kim en jou.

Vanaf de einddatum ben jij verantwoordelijk voor de veiligheidstaxatie. De borden Veiligheid en Gezinspatroon zijn nu open: wat neem je over, en wat mis je nog?

Het eindverslag is netjes, maar kort. Hoe pak je de overdracht aan?
]],
    documenten = { "d_eindverslag_gi" },
    feiten = { "f_ots_einde" },
    en = {
        titel = "5. The handover meeting: is it 100% clean?",
        tekst = [[
Mid-March, the last week of the supervision order. The GI's final report is among the documents. The handover meeting is planned with Ingrid, Kim and you.

From the end date you are responsible for the safety assessment. The Safety and Family pattern boards are now open: what do you take over, and what are you still missing?

The final report is tidy, but short. How do you approach the handover?
]],
    },

    keuze "verslag_accepteren" {
        tekst = "Het verslag is duidelijk en Ingrid kent het gezin. Neem het over, bedank haar en houd het gesprek kort: Kim heeft al genoeg gesprekken gehad.",
        feedback = "Een overdracht is pas 100% schoon als per leefgebied de feiten bekend zijn, de overwegingen achter de stappen, en alle eerdere hulp met het resultaat. Hier ontbreekt veel: wie is Stefan eigenlijk, welke nazorg is er na de verslavingszorg, wat zijn Kims terugvalsignalen, welke rol speelt Patrick? Wie die vragen niet stelt, erft de blinde vlekken van de vorige fase.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { directe_veiligheid = -1 },
        naar = "barriere",
        en = {
            tekst = "The report is clear and Ingrid knows the family. Take it over, thank her and keep the meeting short: Kim has had enough meetings already.",
            feedback = "A handover is only 100% clean when the facts per area of life are known, the considerations behind the steps, and all earlier help with its result. A lot is missing here: who is Stefan really, what aftercare is there after the addiction care, what are Kim's relapse signals, what role does Patrick play? If you don't ask those questions, you inherit the blind spots of the previous phase.",
        },
    },

    keuze "schone_overdracht_checken" {
        tekst = "Loop met Kim per leefgebied de feiten, overwegingen en hulp met resultaat na, vraag wat jullie níet weten en neem de veiligheidsafspraken over.",
        feedback = "Door die ene vraag komt boven wat in geen verslag stond. Niemand weet iets over Stefans achtergrond; Kim zegt dat hij ‘gedoe met een ex’ had. Nazorg na de verslavingszorg is nooit afgesproken. En Patrick, de stabiele vader van Dylan, staat nergens in het verslag. Doordat je het samen met Kim doet, is het ook háár overdracht. Je inschatting van de veiligheid zakt iets: niet door wat je weet, maar door wat niemand weet.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { directe_veiligheid = -1, samenwerking = 1, vertrouwen_gezin = 1 },
        onthult = { "f_stefan_onbekend", "f_patrick" },
        naar = "barriere",
        en = {
            tekst = "Go through the facts, considerations and help with its result per area of life with Kim, ask what you do not know and take over the safety agreements.",
            feedback = "That one question brings up what was in no report. Nobody knows anything about Stefan's background; Kim says he had ‘trouble with an ex’. Aftercare after the addiction care was never agreed. And Patrick, Dylan's stable father, appears nowhere in the report. Because you do it together with Kim, it is her handover too. Your estimate of safety drops a little: not because of what you know, but because of what nobody knows.",
        },
    },

    keuze "alleen_telefonisch" {
        tekst = "Doe de overdracht telefonisch met Ingrid, zonder Kim: tussen professionals praat het vrijer, en Kim hoeft niet alles weer aan te horen.",
        feedback = "Tussen professionals praat het makkelijker, maar dan gaat het óver Kim in plaats van mét haar. De methode vraagt dat je bij het einde van je betrokkenheid de informatie sámen met het gezin overdraagt. Kim weet dingen die in geen dossier staan (over Stefan, over haar eigen terugvalsignalen), en zij moet weten wat er over haar wordt doorgegeven, zeker na haar toestemming.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { vertrouwen_gezin = -1, directe_veiligheid = -1 },
        naar = "barriere",
        en = {
            tekst = "Do the handover by phone with Ingrid, without Kim: professionals talk more freely among themselves, and Kim need not hear it all again.",
            feedback = "Professionals may talk more easily among themselves, but then it is about Kim rather than with her. The method asks that when your involvement ends you hand over the information together with the family. Kim knows things that are in no file (about Stefan, about her own relapse signals), and she must know what is being passed on about her, especially after giving consent.",
        },
    },
}

stap "barriere" {
    titel = "6. Schuren met de jeugdbeschermer",
    datum = "2025-03",
    tekst = [[
Eind maart. De OTS is voorbij; Ingrid is nog betrokken. Dan krijg je haar tweede e-mail (bij de documenten). Ze heeft van Kim gehoord dat jij zou hebben gezegd dat de OTS ‘eigenlijk al niet meer nodig was’. Ze zegt het netwerkberaad van donderdag af en vindt dat Noa door de week bij oma hoort.

Je herkent het: irritatie, niet op tijd geïnformeerd, afzeggen, en een andere kijk op de eindsituatie. Je bent zelf ook geïrriteerd. Dat had je nooit zo gezegd. Of toch een beetje?

Wat doe je?
]],
    documenten = { "d_mail_jb_2" },
    en = {
        titel = "6. Friction with the youth protector",
        tekst = [[
End of March. The supervision order is over; Ingrid is still involved. Then you receive her second e-mail (among the documents). She heard from Kim that you supposedly said the order ‘wasn't really needed any more’. She cancels Thursday's network meeting and thinks Noa belongs with grandma on weekdays.

You recognise it: irritation, not informed in time, cancelling, and a different view of the end situation. You are irritated yourself. You never said it like that. Or did you, a little?

What do you do?
]],
    },

    keuze "barriere_stap1_2" {
        tekst = "Zoek eerst met een collega uit wat voor barrière dit is en wat jouw aandeel is, en nodig Ingrid dan uit voor een gesprek onder vier ogen.",
        feedback = "Dit zijn de eerste twee stappen van de methode, in de goede volgorde. Je ontdekt je eigen aandeel: je had Ingrid na de uitspraak niet zelf gebeld, en Kim gaf jouw woorden scherper door dan je ze bedoelde. Face-to-face zeg je: ‘Ik merkte dat ik schrok van je mail. Ik had je na de uitspraak moeten bellen.’ Ingrid vertelt dat ze zich door de rechter én door jou afgeserveerd voelde. Jullie zijn het eens over de kern: allebei zorgen over terugval en over Stefan. Ze komt toch naar het netwerkberaad.",
        bron = "bouwsteen.feedback_barrieres",
        gevolg = { samenwerking = 2 },
        naar = "signaal",
        en = {
            tekst = "First work out with a colleague what kind of barrier this is and what your part is, then invite Ingrid for a one-to-one conversation.",
            feedback = "These are the method's first two steps, in the right order. You discover your own part: you had not called Ingrid yourself after the ruling, and Kim passed on your words more sharply than you meant them. Face to face you say: ‘I noticed I was shocked by your mail. I should have called you after the ruling.’ Ingrid says she felt dismissed by the judge and by you. You agree on the core: you are both worried about relapse and about Stefan. She comes to the network meeting after all.",
        },
    },

    keuze "mail_teamleider" {
        tekst = "Stuur haar e-mail door naar jouw teamleider en die van Ingrid, met de vraag haar aan te spreken: zo kun je als regievoerder niet samenwerken.",
        feedback = "Opschalen hoort bij de aanpak van barrières, maar als derde stap, niet als eerste. Eerst breng je de barrière zelf in beeld (wat voor soort, wat is mijn aandeel, waar zijn we het wél over eens) en ga je met de ander in gesprek. Alleen als de directe veiligheid van een kind in het geding is, mag je stappen overslaan, en dat is hier niet zo. Een doorgestuurde e-mail maakt van een irritatie een conflict.",
        bron = "bouwsteen.feedback_barrieres",
        gevolg = { samenwerking = -2 },
        naar = "signaal",
        en = {
            tekst = "Forward her e-mail to your team leader and Ingrid's, asking them to talk to her: as the one holding direction you cannot work together like this.",
            feedback = "Escalating is part of dealing with barriers, but as the third step, not the first. First you map the barrier yourself (what kind, what is my part, where do we agree) and you talk with the other person. Only when a child's immediate safety is at stake may you skip steps, and that is not the case here. A forwarded e-mail turns an irritation into a conflict.",
        },
    },

    keuze "laten_gaan" {
        tekst = "Laat het rusten: over een paar weken zijn haar 2a-uren op, en een conflict kost nu meer energie dan het het gezin oplevert.",
        feedback = "Wegkijken lijkt de rust te bewaren, maar de barrière blijft, en het gezin betaalt de prijs: een afgezegd netwerkberaad, een overdracht die niet af is en twee professionals met een andere eindsituatie voor Noa. Juist nu Ingrid nog 2a-uren heeft, is haar kennis nodig. Barrières signaleer en bespreek je, ook als het ongemakkelijk is.",
        bron = "bouwsteen.feedback_barrieres",
        gevolg = { samenwerking = -1, directe_veiligheid = -1 },
        naar = "signaal",
        en = {
            tekst = "Let it go: in a few weeks her 2a hours are used up, and a conflict now costs more energy than it brings the family.",
            feedback = "Looking away seems to keep the peace, but the barrier remains, and the family pays the price: a cancelled network meeting, an unfinished handover and two professionals with a different end situation for Noa. Precisely now, while Ingrid still has 2a hours, her knowledge is needed. You signal and discuss barriers, even when it is uncomfortable.",
        },
    },

    keuze "feedback_in_netwerkberaad" {
        tekst = "Zeg het haar bij het volgende netwerkberaad, waar iedereen bij is: zij zegt af, zij informeert niet, en dan ziet iedereen waar het schuurt.",
        feedback = "Feedback in het bijzijn van Kim en het netwerk breekt bijna alle gouden regels: niet een-op-een, niet in de ik-vorm, een overdosis, en geen ruimte om te verifiëren. Kim ziet twee hulpverleners ruziemaken over haar gezin, precies wat het vertrouwen ondermijnt. Professionals mogen inhoudelijk van mening verschillen, maar afspraken maak je samen, en over de samenwerking praat je eerst met elkaar.",
        bron = { "bouwsteen.feedback_barrieres", "bouwsteen.samenwerkingsprincipes" },
        gevolg = { samenwerking = -3, vertrouwen_gezin = -1 },
        naar = "signaal",
        en = {
            tekst = "Tell her at the next network meeting, with everyone present: she cancels, she doesn't inform, and then everyone sees where it chafes.",
            feedback = "Feedback in front of Kim and the network breaks almost all the golden rules: not one-to-one, not in the I-form, an overdose, and no room to verify. Kim sees two helpers arguing about her family, exactly what undermines trust. Professionals may disagree on content, but agreements are made together, and you talk about the collaboration with each other first.",
        },
    },
}

local na_signaal = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst_ots" },
    { naar = "kinderen_ots" },
}

stap "signaal" {
    titel = "7. Vrijdagavond: een melding",
    datum = "2025-04",
    veiligheidssignaal = "Stefan sloeg Kim tijdens een ruzie; Kim had gedronken. Dylan bracht Noa naar de buurvrouw.",
    tekst = [[
April 2025, drie weken na het einde van de OTS. Veilig Thuis belt: de politie is vrijdagavond bij Kim geweest. De melding staat bij de documenten.

Stefan sloeg Kim tijdens een ruzie en was al weg toen de politie kwam. Kim had gedronken. Dylan (11) had Noa (6) meegenomen naar buurvrouw Fenna. Uit de politiesystemen blijkt dat Stefan in 2019 is veroordeeld voor mishandeling van een ex-partner.

De OTS is voorbij. De regie en de veiligheidstaxatie liggen nu bij het lokaal team, bij jou. Op het bord Veiligheid staat een rode melding. Wat doe je vandaag?
]],
    documenten = { "d_melding_vt" },
    feiten = { "f_incident_stefan" },
    en = {
        veiligheidssignaal = "Stefan hit Kim during a row; Kim had been drinking. Dylan took Noa to the neighbour.",
        titel = "7. Friday night: a report",
        tekst = [[
April 2025, three weeks after the supervision order ended. Veilig Thuis calls: the police were at Kim's on Friday night. The report is among the documents.

Stefan hit Kim during a row and had already left when the police arrived. Kim had been drinking. Dylan (11) had taken Noa (6) to neighbour Fenna. Police records show that Stefan was convicted in 2019 of assaulting an ex-partner.

The supervision order is over. Direction and the safety assessment now lie with the local team, with you. The Safety board shows a red alert. What do you do today?
]],
    },

    keuze "gi_bellen_regie" {
        tekst = "Bel Ingrid: zij kent dit gezin en Stefans voorgeschiedenis het best. Vraag of zij de veiligheid beoordeelt en wacht haar oordeel af.",
        feedback = "Na het einde van de OTS ligt de verantwoordelijkheid voor de veiligheidstaxatie bij het lokaal team. De GI adviseert onder 2a, maar neemt het niet over. Door af te wachten verlies je de dag waarop het er het meest toe doet, en Veilig Thuis wacht op jóuw terugkoppeling. Ingrid vragen om mee te gaan en mee te denken is prima; de regie teruggeven niet.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.directe_veiligheid" },
        gevolg = { directe_veiligheid = -3, samenwerking = -1 },
        naar = na_signaal,
        en = {
            tekst = "Call Ingrid: she knows this family and Stefan's history best. Ask her to assess safety and wait for her judgement.",
            feedback = "After the supervision order ends, responsibility for the safety assessment lies with the local team. The GI advises under 2a but does not take over. By waiting you lose the day when it matters most, and Veilig Thuis is waiting for your feedback. Asking Ingrid to come along and think with you is fine; handing back direction is not.",
        },
    },

    keuze "wachten_netwerkberaad" {
        tekst = "Zet het op de agenda van het netwerkberaad over drie weken: dan zijn Kim, oma Joke en Ingrid er allemaal bij en bespreek je het zorgvuldig.",
        feedback = "Een netwerkberaad is de plek voor borging, niet voor acute veiligheid. Vanavond kan Stefan terugkomen, en Kim heeft gedronken. De directe veiligheid moet nu worden beoordeeld, met een veiligheidsplan dat vandaag werkt. Drie weken wachten laat Dylan opnieuw de beschermer van zijn zusje zijn.",
        bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
        gevolg = { directe_veiligheid = -3 },
        naar = na_signaal,
        en = {
            tekst = "Put it on the agenda of the network meeting in three weeks: then Kim, grandma Joke and Ingrid are all there and you discuss it carefully.",
            feedback = "A network meeting is the place for securing results, not for acute safety. Tonight Stefan may come back, and Kim has been drinking. Immediate safety must be assessed now, with a safety plan that works today. Waiting three weeks leaves Dylan as his sister's protector once more.",
        },
    },

    keuze "vto_zonder_overleg" {
        tekst = "Dit bewijst dat de rechter ongelijk had. Stuur vandaag een verzoek tot onderzoek naar de Raad, met de melding erbij; Kim hoort het vanzelf.",
        feedback = "De zorg is terecht, maar de volgorde en de werkwijze niet. Eerst beoordeel je de directe veiligheid en maak je een plan voor vandaag. Een verzoek tot onderzoek is een kernbesluit: dat neem je gezamenlijk, met je gedragswetenschapper, in het team van de regievoerder. En wie informatie deelt met de Raad, informeert het gezin over wat en waarom. ‘Ze hoort het vanzelf’ is het tegendeel daarvan.",
        bron = { "bouwsteen.privacy", "bouwsteen.inhoudelijke_beslissingen" },
        gevolg = { directe_veiligheid = -1, vertrouwen_gezin = -4 },
        naar = na_signaal,
        en = {
            tekst = "This proves the judge was wrong. Send a request for an investigation to the Board today, with the report attached; Kim will hear about it.",
            feedback = "The concern is justified, but not the order or the way of working. First you assess immediate safety and make a plan for today. A request for investigation is a key decision: you take it jointly, with your behavioural scientist, in the director's team. And whoever shares information with the Board informs the family about what and why. ‘She'll find out’ is the opposite of that.",
        },
    },

    keuze "veiligheid_lt_direct" {
        tekst = "Ga vandaag met Ingrid langs, taxeer de veiligheid van iedereen, spreek Dylan en Noa apart, maak een veiligheidsplan en betrek je teamleider en GW'er.",
        gesproken_met = { "dylan", "noa" },
        feedback = "Dit is de fase na de maatregel in de praktijk: het lokaal team taxeert de veiligheid, de GI denkt mee. Omdat de directe veiligheid in het geding is, schakel je meteen je teamleider en gedragswetenschapper in: een kernbesluit over veiligheid neem je niet alleen, en een ernstig signaal vraagt een nieuwe weging. Je spreekt beide kinderen zelf: Noa vertelt met Words and Pictures wat ze zag. Met Kim, oma Joke en Fenna maak je afspraken die vanavond al werken, met een ondergrens. Vertel Kim ook wat je aan Veilig Thuis terugkoppelt.",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.samenwerking_lt_gi", "bouwsteen.inhoudelijke_beslissingen.gedragswetenschapper", "bouwsteen.weging" },
        gevolg = { directe_veiligheid = 1, vertrouwen_gezin = 1 },
        onthult = { "f_veiligheidsplan_ots", "f_noa_vertelt", "f_stefan_verleden" },
        naar = na_signaal,
        en = {
            tekst = "Visit today with Ingrid, assess everyone's safety, talk with Dylan and Noa separately, make a safety plan and involve your team leader and behavioural scientist.",
            feedback = "This is the post-measure phase in practice: the local team assesses safety, the GI thinks along. Because immediate safety is at stake, you bring in your team leader and behavioural scientist at once: you do not take a key decision about safety alone, and a serious signal calls for a new weighing. You talk with both children yourself: Noa tells with Words and Pictures what she saw. With Kim, grandma Joke and Fenna you make agreements that work tonight, with a bottom line. Tell Kim, too, what you report back to Veilig Thuis.",
        },
    },
}

stap "veiligheid_eerst_ots" {
    titel = "Tussenstap: eerst de veiligheid",
    datum = "2025-04",
    veiligheidssignaal = "De directe veiligheid staat op 3 of lager: er is geen werkend veiligheidsplan na het incident.",
    tekst = [[
Stop even. De meter Directe veiligheid staat op 3 of lager. Na het incident is er geen plan: niemand weet wat er gebeurt als Stefan vanavond terugkomt, of als Kim weer drinkt.

Sinds het einde van de OTS is dit jouw verantwoordelijkheid. De methode is duidelijk: zolang de directe veiligheid onder de 6 ligt, gaat het veiligheidsplan voor alles.
]],
    en = {
        veiligheidssignaal = "Immediate safety is at 3 or lower: there is no working safety plan after the incident.",
        titel = "Intermediate step: safety first",
        tekst = [[
Stop for a moment. The Immediate safety meter is at 3 or lower. After the incident there is no plan: nobody knows what happens if Stefan comes back tonight, or if Kim drinks again.

Since the supervision order ended, this is your responsibility. The method is clear: as long as immediate safety is below a 6, the safety plan comes before everything.
]],
    },

    keuze "veiligheidsplan_alsnog" {
        tekst = "Ga vandaag nog langs, maak met Kim, oma Joke en Fenna een veiligheidsplan met ondergrens, en spreek Dylan en Noa zelf.",
        gesproken_met = { "dylan", "noa" },
        feedback = "Goed: je zet de veiligheid terug in het midden en neemt je rol als regievoerder. Wel later dan nodig. Kijk via Terugspoelen wat er verandert als je dit meteen bij de melding doet.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 3 },
        onthult = { "f_veiligheidsplan_ots", "f_noa_vertelt", "f_stefan_verleden" },
        naar = "kinderen_ots",
        en = {
            tekst = "Go round today, make a safety plan with a bottom line with Kim, grandma Joke and Fenna, and talk with Dylan and Noa yourself.",
            feedback = "Good: you put safety back in the centre and take up your role as director. Later than necessary, though. Use Rewind to see what changes if you do this straight after the report.",
        },
    },

    keuze "gi_laten_doen" {
        tekst = "Laat het aan de GI en Veilig Thuis over: zij kennen de voorgeschiedenis met Stefan en hebben meer mogelijkheden dan het lokaal team.",
        feedback = "Dan doet niemand het. De GI heeft geen maatregel meer, en Veilig Thuis heeft jou gevraagd de veiligheid te beoordelen. Dit is precies het gat dat Beter Samenspel wil dichten: na een maatregel moet de lijn doorlopen, bij het lokaal team.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.directe_veiligheid" },
        naar = "kinderen_ots",
        en = {
            tekst = "Leave it to the GI and Veilig Thuis: they know the history with Stefan and have more options than the local team.",
            feedback = "Then nobody does it. The GI no longer has a measure, and Veilig Thuis asked you to assess safety. This is exactly the gap Beter Samenspel wants to close: after a measure the line must continue, with the local team.",
        },
    },
}

stap "kinderen_ots" {
    titel = "8. Dylan en Noa: wie is er nu voor ons?",
    datum = "2025-04",
    tekst = [[
Dylan en Noa kennen Ingrid al twee jaar. Zij kwam op school, nam Noa mee naar de speeltuin en zat bij Dylan toen hij over Rick vertelde. Over een paar weken is ze weg. Jou kennen ze nauwelijks.

Kim vraagt: ‘Moeten de kinderen daar nou ook nog over praten? Ik vertel het ze wel.’ Hoe regel je de overgang voor de kinderen?
]],
    en = {
        titel = "8. Dylan and Noa: who is there for us now?",
        tekst = [[
Dylan and Noa have known Ingrid for two years. She came to school, took Noa to the playground and sat with Dylan when he talked about Rick. In a few weeks she will be gone. They hardly know you.

Kim asks: ‘Do the children really have to talk about that too? I'll tell them.’ How do you arrange the transition for the children?
]],
    },

    keuze "kinderen_warme_overdracht" {
        tekst = "Plan met Ingrid een afscheidsgesprek met ieder kind apart: met Noa via een getekend verhaal, met Dylan met ruimte voor zijn eigen vragen.",
        gesproken_met = { "dylan", "noa" },
        feedback = "Ook kinderen hebben recht op een warme overdracht. Ze horen van de mensen zelf wat er verandert en waarom, passend bij hun leeftijd. Dylan vraagt of Noa naar oma moet, en of hij dan mee mag. Dat neem je mee naar het kernbesluit. Noa tekent Ingrid en jou samen bij de speeltuin. Het lokaal team is vanaf nu het blijvende gezicht, en de kinderen weten dat.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = 1, vertrouwen_gezin = 1 },
        onthult = { "f_dylan_vertelt" },
        naar = "beslissing",
        en = {
            tekst = "Plan a goodbye conversation with Ingrid for each child separately: with Noa through a drawn story, with Dylan with room for his own questions.",
            feedback = "Children too are entitled to a warm handover. They hear from the people themselves what changes and why, fitting their age. Dylan asks whether Noa has to go to grandma's, and whether he can go too. You take that into the key decision. Noa draws Ingrid and you together at the playground. From now on the local team is the lasting face, and the children know it.",
        },
    },

    keuze "kinderen_via_moeder" {
        tekst = "Laat Kim het de kinderen zelf vertellen: zij kent ze het best, en na alle drukte worden ze zo niet belast met nog een gesprek met een vreemde.",
        feedback = "Kim mag het zeker zelf vertellen, maar dan heeft niemand van de hulpverlening nog contact met de kinderen, net nu er een nieuw incident was. Het lokaal team is het blijvende gezicht voor het kind: jij moet weten hoe het met Dylan en Noa gaat, en zij moeten weten wie jij bent. Afwijken kan alleen met argumenten, en dan moet je nagaan dat iemand anders wél met hen blijft praten (vergewisplicht).",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -1 },
        naar = "beslissing",
        en = {
            tekst = "Let Kim tell the children: she knows them best, and after all the upheaval they are not burdened with another conversation with a stranger.",
            feedback = "Kim may certainly tell them herself, but then nobody from the helpers has contact with the children any more, right after a new incident. The local team is the lasting face for the child: you need to know how Dylan and Noa are doing, and they need to know who you are. Deviating is only possible with arguments, and then you must make sure someone else does keep talking with them (duty to verify).",
        },
    },

    keuze "alleen_dylan" {
        tekst = "Neem samen met Ingrid afscheid met Dylan: hij is oud genoeg om het te begrijpen. Noa is nog te jong om er veel van mee te krijgen.",
        gesproken_met = { "dylan" },
        feedback = "Dylan een eigen moment geven is goed; hij vertelt dat hij bang is dat Noa naar oma moet en hij niet. Maar Noa is zes, en vanaf ongeveer vier jaar kunnen kinderen vertellen wat ze meemaken, zeker met hulpmiddelen als Words and Pictures. Ook zij raakt iemand kwijt die twee jaar bij haar leven hoorde. Jonge kinderen voelen dat er iets verandert en bedenken er vaak zelf een verklaring bij.",
        bron = { "bouwsteen.gesprekken_kinderen", "bron.monitor" },
        onthult = { "f_dylan_vertelt" },
        naar = "beslissing",
        en = {
            tekst = "Say goodbye with Ingrid to Dylan: he is old enough to understand. Noa is still too young to take much of it in.",
            feedback = "Giving Dylan his own moment is good; he says he is afraid Noa will have to go to grandma's and he won't. But Noa is six, and from about age four children can tell what they experience, especially with tools like Words and Pictures. She too is losing someone who was part of her life for two years. Young children sense that something is changing and often make up their own explanation.",
        },
    },
}

stap "beslissing" {
    titel = "9. Noa naar oma? Twee teams, twee conclusies",
    datum = "2025-05",
    tekst = [[
Mei 2025. In april besloot jouw casuïstiekbespreking, met de gedragswetenschapper, je teamleider én Ingrid erbij: Dylan en Noa blijven bij Kim, met het veiligheidsplan en compensatie door oma Joke. Evaluatie over zes weken.

Nu ligt er een verslag van het MDO van de GI, waar het lokaal team niet bij was: Noa moet door de week bij oma Joke gaan wonen. Ingrid wil dat deze week met Kim bespreken. Beide verslagen staan bij de documenten.

Wat doe je?
]],
    documenten = { "d_casuistiek_lt", "d_mdo_gi" },
    en = {
        titel = "9. Noa to grandma's? Two teams, two conclusions",
        tekst = [[
May 2025. In April your case discussion, with the behavioural scientist, your team leader and Ingrid present, decided: Dylan and Noa stay with Kim, with the safety plan and compensation by grandma Joke. Evaluation in six weeks.

Now there is a report from the GI's multidisciplinary meeting, which the local team did not attend: Noa should live with grandma Joke on weekdays. Ingrid wants to discuss this with Kim this week. Both reports are among the documents.

What do you do?
]],
    },

    keuze "gi_besluit_volgen" {
        tekst = "De GI heeft er een gedragswetenschapper naar laten kijken en kent het gezin het langst. Volg hun advies en laat Ingrid het zelf met Kim bespreken.",
        feedback = "Zo heeft het gezin ineens twee besluiten van twee teams, en wordt een besluit gewijzigd op een andere plek, met andere mensen, dan waar het genomen is. De regie en de kernbesluiten liggen na de OTS bij het lokaal team; de afspraken van de organisatie met de regie gelden. Het advies van de GI is waardevolle informatie voor jouw casuïstiekbespreking, geen besluit. Voor Kim, en voor Dylan, die bang is dat Noa weg moet, is dit verwarrend en bedreigend.",
        bron = "bouwsteen.inhoudelijke_beslissingen",
        gevolg = { vertrouwen_gezin = -2, samenwerking = -1 },
        naar = "borging",
        en = {
            tekst = "The GI had a behavioural scientist look at it and has known the family longest. Follow their advice and let Ingrid discuss it with Kim.",
            feedback = "Now the family suddenly has two decisions from two teams, and a decision is changed in a different place, with different people, from where it was made. After the order, direction and key decisions lie with the local team; the arrangements of the organisation holding direction apply. The GI's advice is valuable input for your case discussion, not a decision. For Kim, and for Dylan, who is afraid Noa will have to leave, this is confusing and threatening.",
        },
    },

    keuze "zelf_beslissen" {
        tekst = "Jij hebt de regie en kent Kim nu het best. Besluit zelf dat Noa thuis blijft en laat Ingrid weten dat het GI-advies niet wordt gevolgd.",
        feedback = "Je hebt de regie, maar een kernbesluit over waar een kind woont neem je niet alleen. De gedragswetenschapper hoort betrokken te zijn bij belangrijke besluiten, en je moet kunnen verantwoorden waarom je een advies wel of niet volgt. Een besluit van één persoon tegenover een advies van een MDO is bovendien precies de inhoudelijke impasse die de samenwerking met de GI opnieuw laat vastlopen.",
        bron = "bouwsteen.inhoudelijke_beslissingen",
        gevolg = { samenwerking = -2 },
        naar = "borging",
        en = {
            tekst = "You hold direction and now know Kim best. Decide yourself that Noa stays at home and let Ingrid know the GI's advice will not be followed.",
            feedback = "You hold direction, but you do not take a key decision about where a child lives alone. The behavioural scientist must be involved in important decisions, and you must be able to account for following or not following advice. A one-person decision against the advice of a multidisciplinary meeting is also exactly the content impasse that makes the collaboration with the GI stall again.",
        },
    },

    keuze "besluit_waar_genomen" {
        tekst = "Vraag Ingrid het advies nog niet met Kim te bespreken en breng het in je casuïstiekbespreking, met dezelfde mensen en de GW'er van de GI erbij.",
        feedback = "Precies volgens de bouwsteen. Het gezin wordt besproken in het team van de regievoerder, een besluit wordt alleen gewijzigd met de mensen die het namen, en de gedragswetenschappers van beide organisaties denken mee. In de bespreking blijkt dat er geen nieuwe feiten zijn sinds april: Kim houdt zich aan het plan en Stefan woont elders. Het besluit blijft staan, met een scherpere ondergrens. Je legt vast waarom je het GI-advies niet volgt. Ingrid kan zich erin vinden, omdat ze erbij was.",
        bron = "bouwsteen.inhoudelijke_beslissingen",
        gevolg = { samenwerking = 1, vertrouwen_gezin = 1 },
        naar = "borging",
        en = {
            tekst = "Ask Ingrid not to discuss the advice with Kim yet and bring it to your case discussion, with the same people and the GI's behavioural scientist.",
            feedback = "Exactly as the building block says. The family is discussed in the director's team, a decision is only changed with the people who made it, and the behavioural scientists of both organisations think along. The discussion shows there are no new facts since April: Kim sticks to the plan and Stefan lives elsewhere. The decision stands, with a sharper bottom line. You record why you do not follow the GI's advice. Ingrid can accept it, because she was there.",
        },
    },
}

stap "borging" {
    titel = "10. Het netwerkberaad: wat houdt het vast?",
    datum = "2025-06",
    opent = { "eindsituatie" },
    tekst = [[
Juni 2025. Ingrid heeft 19 van haar 25 uur gebruikt en wil afronden; haar notitie staat bij de documenten. Het is tijd voor een borgingsplan: hoe blijft wat bereikt is overeind als de GI weg is?

Het bord Eindsituatie is open. Hoe organiseer je dit?
]],
    documenten = { "d_uren_2a" },
    en = {
        titel = "10. The network meeting: what holds it together?",
        tekst = [[
June 2025. Ingrid has used 19 of her 25 hours and wants to finish; her note is among the documents. It is time for a securing plan: how does what has been achieved stay in place once the GI has gone?

The End situation board is open. How do you organise this?
]],
    },

    keuze "borgingsplan_per_mail" {
        tekst = "Schrijf het borgingsplan zelf uit met ieders taak en de terugvalsignalen, en mail het ter goedkeuring naar Kim, oma Joke, de school en Ingrid.",
        feedback = "Een plan op papier, geschreven door de hulpverlener, is geen plan van het gezin. De methode vraagt afspraken in de taal van het gezin: hoe het systeem de veiligheid en de veranderingen vasthoudt, wat de signalen van terugval zijn en wat ieder dan doet. Die maak je in een netwerkberaad, waar mensen elkaar aankijken en toezeggen. Een mailtje ‘akkoord?’ geeft geen gedeelde verantwoordelijkheid.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "evaluatie",
        en = {
            tekst = "Write the securing plan yourself with everyone's task and the relapse signals, and e-mail it for approval to Kim, grandma Joke, the school and Ingrid.",
            feedback = "A plan on paper, written by the helper, is not the family's plan. The method asks for agreements in the family's language: how the system keeps safety and the changes in place, what the relapse signals are and what each person does then. You make those in a network meeting, where people look each other in the eye and commit. An ‘OK?’ e-mail creates no shared responsibility.",
        },
    },

    keuze "netwerkberaad_borging" {
        tekst = "Organiseer een netwerkberaad met Kim, het netwerk, school, de verslavingszorg en Ingrid, en maak daar samen het borgingsplan in Kims woorden.",
        feedback = "Dit is borging volgens de methode. De veiligheidsafspraken liggen vast vóórdat de GI stopt, iedereen weet zijn rol, en de terugvalsignalen staan er in Kims eigen woorden: ‘Als ik de wijn weer ga kopen, of als ik Stefan weer binnenlaat zonder oma erbij.’ Patrick zit voor het eerst aan tafel. Plan het volgende beraad meteen, binnen dertien weken, en vraag Kim of je Ingrid tot een jaar later om advies mag vragen.",
        bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.samenwerking_lt_gi", "bron.monitor" },
        gevolg = { directe_veiligheid = 1, vertrouwen_gezin = 1 },
        onthult = { "f_borgingsplan" },
        naar = "evaluatie",
        en = {
            tekst = "Organise a network meeting with Kim, the network, the school, the addiction service and Ingrid, and make the securing plan together there in Kim's words.",
            feedback = "This is securing results the method's way. The safety agreements are settled before the GI stops, everyone knows their role, and the relapse signals are in Kim's own words: ‘If I start buying wine again, or if I let Stefan in without grandma there.’ Patrick is at the table for the first time. Plan the next meeting at once, within thirteen weeks, and ask Kim whether you may consult Ingrid for up to a year.",
        },
    },

    keuze "gi_afsluiten_zonder_afspraken" {
        tekst = "Ingrids uren zijn bijna op. Laat haar nu netjes afsluiten; de veiligheidsafspraken werk je daarna zelf uit met Kim, in jullie eigen tempo.",
        feedback = "Hier laat de samenwerking een gat vallen op het moment van overdracht. De monitor van Beter Samenspel is er duidelijk over: afspraken over de borging van de veiligheid worden gemaakt vóórdat de inzet van de GI stopt. Ingrid weet waar het in dit gezin eerder misging; haar kennis hoort in het borgingsplan. En ‘daarna wel’ wordt in de praktijk vaak ‘niet’.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bron.monitor" },
        gevolg = { directe_veiligheid = -1, samenwerking = -1 },
        naar = "evaluatie",
        en = {
            tekst = "Ingrid's hours are almost used up. Let her close properly now; you work out the safety agreements with Kim yourself afterwards, at your own pace.",
            feedback = "Here the collaboration drops a gap at the moment of handover. The Beter Samenspel monitor is clear: agreements on securing safety are made before the GI's involvement ends. Ingrid knows where things went wrong in this family before; her knowledge belongs in the securing plan. And ‘afterwards’ often becomes ‘never’ in practice.",
        },
    },
}

-- Routes naar de eindes. Eerst de zorgelijke uitkomsten, dan het goede einde, dan gemengd.
local naar_einde = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "einde_terug_bij_af" },
    { als = { variabele = "vertrouwen_gezin", max = 2 }, naar = "einde_kim_haakt_af" },
    { als = { alle = {
          { variabele = "directe_veiligheid", min = 6 },
          { variabele = "vertrouwen_gezin", min = 6 },
          { variabele = "samenwerking", min = 6 },
          { keuze = "overdracht_2a_voorstellen" },
          { keuze = "faseafspraken_vastleggen" },
          { keuze = "weging_casuistiek_einde" },
          { een_van = { { keuze = "kim_toestemming_uitleg" }, { keuze = "kim_opnieuw_vragen" } } },
          { keuze = "schone_overdracht_checken" },
          { keuze = "barriere_stap1_2" },
          { keuze = "besluit_waar_genomen" },
          { keuze = "netwerkberaad_borging" },
          { keuze = "evaluatie_met_gezin" },
      } },
      naar = "einde_doorlopende_lijn" },
    { naar = "einde_dunne_draad" },
}

stap "evaluatie" {
    titel = "11. Drie maanden later: het volgende netwerkberaad",
    datum = "2025-09",
    tekst = [[
September 2025, een half jaar na de uitspraak. De GI is uit beeld. Kim heeft de vragenlijst over haar ervaring met de hulp ingevuld (bij de documenten).

Het is tijd voor het volgende netwerkberaad, of niet? Hoe ga je verder?
]],
    documenten = { "d_ervaring_kim" },
    en = {
        titel = "11. Three months later: the next network meeting",
        tekst = [[
September 2025, half a year after the ruling. The GI is out of the picture. Kim has filled in the questionnaire about her experience of the help (among the documents).

Time for the next network meeting, or not? How do you continue?
]],
    },

    keuze "evaluatie_met_gezin" {
        tekst = "Houd het netwerkberaad: kijk met Kim, de kinderen en het netwerk wat werkte, toets de terugvalsignalen en vier wat bereikt is, ook met Ingrid.",
        feedback = "Zo sluit je de cirkel. Je reflecteert mét het gezin: Kim zegt dat het hielp ‘dat ik niet weer bij nul hoefde te beginnen’. Je toetst of de afspraken werken. En je viert successen, ook met de professional met wie het eerder schuurde. Feedback is niet alleen bijsturen; ook benoemen wat goed ging, specifiek en persoonlijk, hoort erbij. Het volgende beraad plan je meteen.",
        bron = { "bouwsteen.feedback_barrieres", "bouwsteen.samenwerkingsprincipes", "bron.onderzoek" },
        gevolg = { vertrouwen_gezin = 1, samenwerking = 1 },
        naar = naar_einde,
        en = {
            tekst = "Hold the network meeting: look at what worked with Kim, the children and the network, test the relapse signals and celebrate what was achieved, with Ingrid too.",
            feedback = "That closes the circle. You reflect with the family: Kim says it helped ‘that I didn't have to start from zero again’. You test whether the agreements work. And you celebrate successes, including with the professional with whom there was friction. Feedback is not only correcting; naming what went well, specifically and personally, belongs to it too. You plan the next meeting at once.",
        },
    },

    keuze "stil_afsluiten" {
        tekst = "Het gaat goed en Kim wil rust na een zwaar jaar. Sla het netwerkberaad over en sluit het dossier; ze weet je te vinden als het nodig is.",
        feedback = "Een gezin dat net uit een maatregel komt, loslaten zonder evaluatie of overdracht is de draaideur waarvoor de monitor waarschuwt: gezinnen die binnen een jaar terugkomen in het gedwongen kader. Borging betekent juist nu de afspraken blijven toetsen, met het netwerk. En ‘Kim weet je te vinden’ legt de verantwoordelijkheid bij degene die het minst overzicht heeft.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { directe_veiligheid = -1 },
        naar = naar_einde,
        en = {
            tekst = "Things are going well and Kim wants some peace. Skip the network meeting and close the file; she knows where to find you if needed.",
            feedback = "Letting go of a family that has just come out of a measure, without evaluation or handover, is the revolving door the monitor warns about: families returning to the compulsory framework within a year. Securing results means testing the agreements with the network, precisely now. And ‘Kim knows where to find you’ puts the responsibility on the person with the least overview.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Eindes
-- ---------------------------------------------------------------------------------------------

einde "einde_doorlopende_lijn" {
    titel = "Een doorlopende lijn",
    toon = "goed",
    tekst = [[
Een jaar na de uitspraak wonen Dylan en Noa nog bij Kim. Stefan en Kim zijn uit elkaar gegaan nadat de hulp bij huiselijk geweld duidelijk maakte dat hij niet wilde veranderen. Kim drinkt niet. Oma Joke haalt Noa op woensdag en vrijdag, Dylan voetbalt en gaat om het weekend naar Patrick. Het netwerkberaad is nu twee keer per jaar.

Het verschil zat in de overgangen. Een warme overdracht met product 2a, waarmee Kim zelf instemde, in plaats van een gat. Per fase duidelijk wie de regie en de veiligheid had, en een weging toen de regie terugkwam. Een overdracht die 100% schoon was, doordat iemand vroeg wat niemand wist. Een barrière die eerst onder vier ogen werd besproken. Een kernbesluit dat bleef waar het genomen was. En veiligheidsafspraken die vastlagen voordat de GI vertrok.

Reflectie: doe ik het goed, doe ik het goede, en doe ik het om de goede reden? Probeer via Terugspoelen een route waarin je het overdrachtsgesprek kort houdt: wat weet je dan niet bij de melding in april?
]],
    en = {
        titel = "A continuous line",
        tekst = [[
A year after the ruling Dylan and Noa still live with Kim. Stefan and Kim split up after the domestic-violence support made clear he did not want to change. Kim does not drink. Grandma Joke collects Noa on Wednesdays and Fridays, Dylan plays football and goes to Patrick every other weekend. The network meeting is now twice a year.

The difference lay in the transitions. A warm handover with product 2a, which Kim herself agreed to, instead of a gap. Clear per phase who held direction and safety, and a weighing when direction came back. A handover that was 100% clean, because someone asked what nobody knew. A barrier first discussed one-to-one. A key decision that stayed where it was made. And safety agreements settled before the GI left.

Reflection: am I doing it well, am I doing the right thing, and am I doing it for the right reason? Use Rewind to try a route in which you keep the handover meeting short: what don't you know when the report comes in April?
]],
    },
}

einde "einde_dunne_draad" {
    titel = "Aan een dunne draad",
    toon = "gemengd",
    tekst = [[
Het gaat redelijk met Dylan en Noa, maar de lijn is dun. Misschien was de overdracht niet schoon, bleef de barrière met de GI liggen, is er geen borgingsplan dat het netwerk draagt, of sloot je af zonder evaluatie. Bij de volgende terugval weet niemand precies wie wat doet, en Kim vraagt zich af of het lokaal team nu wel of niet ‘over haar gaat’.

Kijk in de nabespreking welke criteria je miste, en probeer via Terugspoelen vanaf dat moment een andere keuze.
]],
    en = {
        titel = "Hanging by a thread",
        tekst = [[
Dylan and Noa are doing reasonably well, but the line is thin. Perhaps the handover was not clean, the barrier with the GI was left unresolved, there is no securing plan carried by the network, or you closed without evaluation. At the next relapse nobody knows exactly who does what, and Kim wonders whether the local team is ‘in charge of her’ or not.

Look in the debrief at which criteria you missed, and use Rewind to try another choice from that moment.
]],
    },
}

einde "einde_kim_haakt_af" {
    titel = "Kim haakt af",
    toon = "zorgelijk",
    tekst = [[
Kim zegt de afspraken af en neemt de telefoon niet meer op. ‘Jullie zijn net zo erg als de jeugdbescherming, alleen zonder rechter.’ De hulp in het vrijwillig kader is gestopt, en daarmee het zicht op Dylan en Noa.

Na een maatregel is het vrijwillig kader kwetsbaar: het draait op vertrouwen. Kijk terug: waar nam je Kim een keuze af, of deelde je zonder haar? Probeer die keuze via Terugspoelen opnieuw.
]],
    en = {
        titel = "Kim drops out",
        tekst = [[
Kim cancels the appointments and stops answering the phone. ‘You lot are just as bad as youth protection, only without a judge.’ Help in the voluntary framework has stopped, and with it the view of Dylan and Noa.

After a measure the voluntary framework is fragile: it runs on trust. Look back: where did you take a choice away from Kim, or share without her? Try that choice again through Rewind.
]],
    },
}

einde "einde_terug_bij_af" {
    titel = "Terug bij af",
    toon = "zorgelijk",
    tekst = [[
In de zomer komt de politie opnieuw. Stefan is weer in huis, Kim drinkt, en Dylan heeft Noa voor de tweede keer naar Fenna gebracht. Er volgt een nieuw raadsonderzoek, en binnen een jaar na de uitspraak staat het gezin weer bij de kinderrechter. De monitor van Beter Samenspel noemt precies dit als iets wat moet dalen: gezinnen die binnen een jaar terugkomen in de gedwongen hulp.

De directe veiligheid was na de melding te lang onder de 6, zonder dat iemand de regie nam. Ga via Terugspoelen terug naar de melding in april, en neem daar de veiligheidstaxatie zelf op.
]],
    en = {
        titel = "Back to square one",
        tekst = [[
In the summer the police come again. Stefan is back in the house, Kim is drinking, and Dylan has taken Noa to Fenna's for the second time. A new Board investigation follows, and within a year of the ruling the family is back before the juvenile judge. The Beter Samenspel monitor names exactly this as something that must decrease: families returning to compulsory help within a year.

Immediate safety was below a 6 for too long after the report, without anyone taking direction. Use Rewind to go back to the report in April, and take on the safety assessment yourself there.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Referentie: de analyse van de trainer (bouwsteen.directe_veiligheid, bouwsteen.stabiele_veiligheid, bouwsteen.tijdlijn, bouwsteen.gezinspatroon, bouwsteen.haalbare_eindsituatie). Wat een 100% schone overdracht
-- minimaal bevat: aanleiding, tijdlijn met hulp en resultaat, veiligheidsafspraken, patroon en
-- haalbare eindsituatie (bouwsteen.samenwerking_lt_gi).
-- ---------------------------------------------------------------------------------------------
referentie {
    tijdlijn = {
        feiten = { "f_jeugd_kim", "f_melding_2019", "f_geweld_rick_2021", "f_hulp_dv", "f_melding_school_2022", "f_ots_start",
                   "f_hulp_verslaving", "f_hulp_gezinsbehandeling", "f_hulp_emdr", "f_ots_verlenging", "f_stefan_intrek",
                   "f_uitspraak", "f_ots_einde", "f_incident_stefan", "f_stefan_verleden" },
        eerste = "f_melding_2019",
        laatste = "f_incident_stefan",
        ergste = "f_geweld_rick_2021",
        hulpvraag_direct = "Kim wil ‘van de jeugdbescherming af’ en zelf verder, met hulp bij praktische zaken.",
        hulpvraag_onderliggend = "Kim valt bij spanning terug op drinken en op partners die geweld gebruiken; na het einde van de OTS moet het netwerk de veiligheid van Dylan en Noa blijvend dragen, en niemand wist wie Stefan was.",
        en = {
            hulpvraag_direct = "Kim wants to be ‘rid of youth protection’ and to carry on by herself, with help with practical matters.",
            hulpvraag_onderliggend = "Under stress Kim falls back on drinking and on partners who use violence; after the supervision order ends, the network must carry Dylan and Noa's safety for good, and nobody knew who Stefan was.",
        },
    },
    patroon = {
        factoren = {
            { id = "kim_jeugd", gebied = "ontwikkeling_ouder", persoon = "kim",
              tekst = "Kim groeide op met een vader die dronk en kwam daarna in relaties met geweld", feiten = { "f_jeugd_kim", "f_geweld_rick_2021" },
              en = { tekst = "Kim grew up with a father who drank and then ended up in violent relationships" } },
            { id = "kim_drinken", gebied = "gedrag_ouder", persoon = "kim",
              tekst = "Bij spanning gaat Kim drinken en verliest ze het overzicht over de kinderen", feiten = { "f_melding_school_2022", "f_incident_stefan" },
              en = { tekst = "Under stress Kim starts drinking and loses track of the children" } },
            { id = "dylan_waakzaam", gebied = "ontwikkeling_kind", persoon = "dylan",
              tekst = "Dylan is waakzaam en had nachtmerries sinds het geweld van Rick", feiten = { "f_hulp_emdr" },
              en = { tekst = "Dylan is watchful and had nightmares after Rick's violence" } },
            { id = "dylan_zorgt", gebied = "gedrag_kind", persoon = "dylan",
              tekst = "Dylan brengt Noa in veiligheid als het thuis misgaat", feiten = { "f_geweld_rick_2021", "f_incident_stefan" },
              en = { tekst = "Dylan takes Noa to safety when things go wrong at home" } },
            { id = "hulp_overgangen", gebied = "hulpverleningspatroon",
              tekst = "Hulp werkte onder de OTS, maar stopte telkens zonder nazorg of terugvalplan; de nieuwe partner werd niet uitgezocht", feiten = { "f_hulp_dv", "f_hulp_verslaving", "f_stefan_onbekend" },
              en = { tekst = "Help worked under the supervision order, but kept stopping without aftercare or a relapse plan; the new partner was not looked into" } },
        },
        pijlen = { { "kim_jeugd", "kim_drinken" }, { "kim_drinken", "dylan_zorgt" }, { "dylan_waakzaam", "dylan_zorgt" },
                   { "hulp_overgangen", "kim_drinken" } },
        zin = "Deze kinderen groeien op in een gezin waarin moeder bij spanning terugvalt op drinken en op partners die geweld gebruiken, waarin Dylan zijn zusje in veiligheid brengt, en waarin hulp telkens stopte zonder plan voor wat er daarna kon gebeuren.",
        intentie = "Kim wil haar kinderen een rustiger jeugd geven dan zij zelf had en wil het ‘zelf kunnen’; Dylan wil zijn zusje beschermen; oma Joke wil helpen zonder Kim te passeren.",
        en = {
            zin = "These children grow up in a family where mother falls back on drinking and on partners who use violence when under stress, where Dylan takes his little sister to safety, and where help kept stopping without a plan for what might happen next.",
            intentie = "Kim wants to give her children a calmer childhood than she had herself and wants to ‘manage on her own’; Dylan wants to protect his little sister; grandma Joke wants to help without going over Kim's head.",
        },
    },
    veiligheid = {
        score = 6,
        zes = "Stefan woont niet in huis en komt alleen als oma Joke erbij is. Kim drinkt niet als ze voor de kinderen zorgt en belt oma of de nazorg als de drang opkomt. Dylan hoeft niet voor Noa te zorgen: hij weet dat hij oma Joke of Fenna kan bellen. Er is geen politie-inzet.",
        en = { zes = "Stefan does not live in the home and only comes when grandma Joke is there. Kim does not drink when she is looking after the children and calls grandma or the aftercare service when the urge comes. Dylan does not have to look after Noa: he knows he can call grandma Joke or Fenna. There are no police call-outs." },
        oordelen = {
            { persoon = "kim", item = "lichamelijke_mishandeling", oordeel = "onveilig" },
            { persoon = "dylan", item = "psychische_mishandeling", oordeel = "onveilig" },
            { persoon = "noa", item = "psychische_mishandeling", oordeel = "onveilig" },
            { persoon = "noa", item = "ernstige_verwaarlozing", oordeel = "onveilig" },
        },
    },
    eindsituatie = {
        items = {
            { soort = "patroon_doorbreken", tekst = "Spanning leidt niet meer tot drinken en geweld in huis; Dylan hoeft Noa niet meer in veiligheid te brengen",
              en = { tekst = "Stress no longer leads to drinking and violence at home; Dylan no longer has to take Noa to safety" } },
            { soort = "veranderbaar", tekst = "Kim herkent haar terugvalsignalen en vraagt op tijd hulp (nazorg verslavingszorg, hulp bij huiselijk geweld)",
              en = { tekst = "Kim recognises her relapse signals and asks for help in time (addiction aftercare, domestic-violence support)" } },
            { soort = "compenseren", tekst = "Oma Joke vangt Noa blijvend op woensdag en vrijdag op en komt direct als Kim uitvalt",
              en = { tekst = "Grandma Joke looks after Noa on Wednesdays and Fridays for good and comes at once if Kim cannot cope" } },
            { soort = "doel", tekst = "Binnen drie maanden is duidelijk of Stefan een veilige partner is (hulp huiselijk geweld voor Kim en Stefan; het lokaal team volgt); geen politie-inzet",
              en = { tekst = "Within three months it is clear whether Stefan is a safe partner (domestic-violence support for Kim and Stefan; the local team follows up); no police call-outs" } },
            { soort = "kracht", tekst = "Kim vraagt zelf hulp; Patrick is een stabiele vader voor Dylan; oma Joke en Fenna zijn dichtbij",
              en = { tekst = "Kim asks for help herself; Patrick is a stable father for Dylan; grandma Joke and Fenna are close by" } },
        },
        beschrijving = "Dylan en Noa wonen bij Kim. Noa gaat elke dag op tijd naar school; op woensdag en vrijdag haalt oma Joke haar op. Als het Kim te veel wordt, belt ze oma of de nazorg in plaats van te drinken. Dylan voetbalt op zaterdag en gaat om het weekend naar zijn vader. De buurvrouw hoort geen geschreeuw meer en ziet Kim ’s ochtends met Noa naar school fietsen.",
        en = { beschrijving = "Dylan and Noa live with Kim. Noa goes to school on time every day; on Wednesdays and Fridays grandma Joke picks her up. When things get too much for Kim, she calls grandma or the aftercare service instead of drinking. Dylan plays football on Saturdays and spends every other weekend with his father. The neighbour no longer hears shouting and sees Kim cycling to school with Noa in the mornings." },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Criteria per bouwsteen
-- ---------------------------------------------------------------------------------------------

-- Samenwerking lokaal team en GI ------------------------------------------------------------------
criterium "ots_2a_warme_overdracht" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "Meteen na de uitspraak product 2a voorgesteld voor een warme overdracht, met een overdrachtsgesprek vóór de einddatum.",
    onderbouwing = "Product 2a na het einde van een OTS, als warme overdracht; ‘Een voorbeeld hiervan is als een OTS door de rechtbank onverwachts niet wordt verlengd’.",
    bron = "bouwsteen.samenwerking_lt_gi",
    goed = "Je zette direct het instrument in dat voor deze situatie bedoeld is. Er ontstond geen gat tussen GI en lokaal team.",
    fout = "Na de uitspraak volgde geen warme overdracht met product 2a. Wachten, meteen overnemen of opnieuw naar de rechter: in alle drie gevallen gaat de kennis van twee jaar OTS deels verloren, of wordt het onduidelijk wie verantwoordelijk is.",
    en = {
        tekst = "Product 2a proposed right after the ruling for a warm handover, with a handover meeting before the end date.",
        onderbouwing = "Product 2a after the end of a supervision order, as a warm handover; one example the method gives is an order the court unexpectedly does not extend.",
        goed = "You used at once the instrument meant for this situation. No gap opened between the GI and the local team.",
        fout = "No warm handover with product 2a followed the ruling. Waiting, taking over at once or going back to the judge: in all three cases part of two years of knowledge is lost, or it becomes unclear who is responsible.",
    },
    check = { keuze = "overdracht_2a_voorstellen" },
}
criterium "ots_regie_per_fase" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "Per fase vastgelegd wie de regie heeft, wie de veiligheid taxeert en waar kernbesluiten vallen.",
    onderbouwing = "Regie en veiligheidstaxatie per fase (GI tijdens de maatregel, LT daarna, de GI adviseert onder 2a); ‘Samenwerking per fase’.",
    bron = "bouwsteen.samenwerking_lt_gi",
    goed = "Tot de einddatum de GI, daarna het lokaal team met de GI als adviseur. Iedereen wist bij wie hij moest zijn, ook Kim.",
    fout = "De fase-afspraken bleven vaag of klopten niet. Dan weet bij het eerste incident niemand wie de veiligheid taxeert.",
    en = {
        tekst = "Recorded per phase who holds direction, who assesses safety and where key decisions are made.",
        onderbouwing = "Direction and safety assessment per phase (the GI during the measure, the local team afterwards, the GI advising under 2a); collaboration per phase.",
        goed = "The GI until the end date, then the local team with the GI as adviser. Everyone, Kim included, knew whom to turn to.",
        fout = "The phase agreements stayed vague or were wrong. Then at the first incident nobody knows who assesses safety.",
    },
    check = { keuze = "faseafspraken_vastleggen" },
}
criterium "ots_lt_taxeert_na_ots" {
    bouwsteen = "samenwerking_lt_gi",
    tekst = "Na het einde van de OTS de veiligheidstaxatie niet teruggelegd bij de GI.",
    onderbouwing = "Wie taxeert de veiligheid? Tijdens een maatregel de GI, daarna het lokaal team.",
    bron = "bouwsteen.samenwerking_lt_gi",
    goed = "Je nam je rol als regievoerder: de GI dacht mee, het lokaal team taxeerde.",
    goed_niet_gekozen = "Je legde de veiligheidstaxatie na het incident niet terug bij de GI.",
    fout = "Je legde de veiligheid na het incident terug bij de GI. Zonder maatregel heeft de GI daar geen rol meer in; zo valt de taxatie tussen twee stoelen.",
    en = {
        tekst = "After the end of the supervision order, the safety assessment was not handed back to the GI.",
        onderbouwing = "Who assesses safety? During a measure the GI, afterwards the local team.",
        goed = "You took your role as director: the GI thought along, the local team assessed.",
        goed_niet_gekozen = "You did not hand the safety assessment back to the GI after the incident.",
        fout = "You handed safety back to the GI after the incident. Without a measure the GI no longer has that role; the assessment falls between two stools.",
    },
    -- Beoordeeld zodra de melding in april er is; de tussenstap met gi_laten_doen volgt alleen bij lage veiligheid.
    beoordeelbaar = { bezocht = "signaal" },
    check = { alle = { { niet_keuze = "gi_bellen_regie" }, { niet_keuze = "gi_laten_doen" } } },
}
criterium "ots_afspraken_voor_einde_gi" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "De veiligheidsafspraken zijn in het borgingsplan vastgelegd vóórdat de inzet van de GI stopte.",
    onderbouwing = "‘Er zijn afspraken gemaakt over de borging van de veiligheid van het kind, voordat de inzet van GI-professionals is afgesloten’.",
    bron = "bron.monitor",
    goed = "De GI stopte pas toen de veiligheidsafspraken in een borgingsplan stonden.",
    fout = "De GI stopte zonder vastgelegde borging van de veiligheid. Daarmee verdwijnt kennis precies op het moment dat een terugval het meest waarschijnlijk is.",
    en = {
        tekst = "The safety agreements were recorded in the securing plan before the GI's involvement stopped.",
        onderbouwing = "Agreements on securing the child's safety are made before the involvement of GI professionals ends (monitor).",
        goed = "The GI stopped only once the safety agreements were in a securing plan.",
        fout = "The GI stopped without recorded securing of safety. Knowledge disappears exactly when a relapse is most likely.",
    },
    check = { een_van = { { keuze = "netwerkberaad_borging" }, { keuze = "borgingsplan_per_mail" } } },
}

criterium "ots_2a_met_toestemming" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "Product 2a alleen met Kims instemming: gevraagd in het eerste gesprek, of opnieuw en open als dat misging.",
    onderbouwing = "Product 2a kan alleen als de ouders ermee instemmen, ook na een OTS; zonder instemming bespreek je de casus anoniem met de GI (product 1).",
    bron = { "regels.toestemming_2a", "bouwsteen.samenwerking_lt_gi.product_2a" },
    goed = "Ingrid keek pas mee onder 2a nadat Kim er zelf mee had ingestemd.",
    fout = "Ingrid bleef betrokken zonder dat Kim had ingestemd: 2a toch gestart, of informeel onder een andere naam. Zonder instemming is er geen 2a; vraag het opnieuw, open, en anders alleen anoniem advies.",
    en = {
        tekst = "Product 2a only with Kim's consent: asked in the first conversation, or again and openly if that went wrong.",
        onderbouwing = "Product 2a is only possible if the parents agree, also after a supervision order; without consent you discuss the case anonymously with the GI (product 1).",
        goed = "Ingrid only stayed involved under 2a once Kim herself had agreed.",
        fout = "Ingrid stayed involved without Kim's consent: 2a started anyway, or informally under another name. Without consent there is no 2a; ask again, openly, and otherwise only anonymous advice.",
    },
    check = { een_van = { { keuze = "kim_toestemming_uitleg" }, { keuze = "kim_opnieuw_vragen" } } },
}

-- Weging ----------------------------------------------------------------------------------------
criterium "ots_weging_schakelmoment" {
    bouwsteen = "weging", gewicht = 2,
    tekst = "Bij het einde van de OTS, een schakelmoment van regie, gewogen in de eigen casuïstiekbespreking, ook over 2a.",
    onderbouwing = "Een weging hoort bij elk schakelmoment van regievoerder en voordat je 2a inzet; je weegt in de casuïstiekbespreking met collega's en een gedragswetenschapper, op basis van feiten.",
    bron = { "bouwsteen.weging", "regels.wanneer_wegen", "regels.regie_bij_schakelen" },
    goed = "Je woog het schakelmoment in je eigen casuïstiekbespreking, met de gedragswetenschapper en de kennis van de GI, en sprak af wat er zonder Kims instemming zou gebeuren.",
    fout = "Het einde van de OTS is niet gewogen in de casuïstiekbespreking van het lokaal team: een akkoord per mail of een besluit in het MDO van de GI is geen weging van de nieuwe regievoerder.",
    en = {
        tekst = "At the end of the supervision order, a switch of direction, weighed in your own case discussion, including 2a.",
        onderbouwing = "A weighing belongs to every switch of director and comes before using 2a; you weigh in the case discussion with colleagues and a behavioural scientist, based on facts.",
        goed = "You weighed the switch in your own case discussion, with the behavioural scientist and the GI's knowledge, and agreed what would happen without Kim's consent.",
        fout = "The end of the order was not weighed in the local team's case discussion: approval by e-mail or a decision in the GI's meeting is not a weighing by the new director.",
    },
    check = { keuze = "weging_casuistiek_einde" },
}

-- Samenwerkingsprincipes ------------------------------------------------------------------------
criterium "ots_schone_overdracht" {
    bouwsteen = "samenwerkingsprincipes", gewicht = 2,
    tekst = "In de overdracht de vraag gesteld of die 100% schoon is: feiten per leefgebied, overwegingen en eerdere hulp met resultaat.",
    onderbouwing = "‘100% schone overdracht’: iedereen die bij een overdracht betrokken is, stelt zelf de vraag of de overdracht echt schoon is.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Door die vraag kwam boven wat in geen verslag stond: Stefans onbekende achtergrond, ontbrekende nazorg, de rol van Patrick.",
    fout = "De overdracht is niet op volledigheid getoetst. Wat niemand vraagt, wordt niet overgedragen; bij de melding in april wist je daardoor minder dan je had kunnen weten.",
    en = {
        tekst = "In the handover, the question was asked whether it is 100% clean: facts per area of life, considerations and earlier help with its result.",
        onderbouwing = "A 100% clean handover: everyone involved in a handover asks whether it really is clean.",
        goed = "That question brought up what was in no report: Stefan's unknown background, missing aftercare, Patrick's role.",
        fout = "The handover was not checked for completeness. What nobody asks is not handed over; at the report in April you therefore knew less than you could have.",
    },
    check = { keuze = "schone_overdracht_checken" },
}
criterium "ots_overdracht_met_gezin" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "De overdracht gebeurde samen met Kim, niet alleen tussen professionals.",
    onderbouwing = "‘Op het moment dat je betrokkenheid eindigt, draag je samen met het gezin de informatie over aan de opvolgende hulpverlening’.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Kim zat erbij. Het werd haar overdracht, en zij vulde aan wat in geen dossier stond.",
    goed_niet_gekozen = "Je deed de overdracht niet telefonisch buiten Kim om.",
    fout = "De overdracht ging buiten Kim om. Zo gaat het óver haar, en mis je wat alleen zij weet.",
    en = {
        tekst = "The handover happened together with Kim, not only between professionals.",
        onderbouwing = "When your involvement ends, you hand over the information together with the family to those who follow.",
        goed = "Kim was there. It became her handover, and she added what was in no file.",
        goed_niet_gekozen = "You did not do the handover by phone behind Kim's back.",
        fout = "The handover bypassed Kim. That way it is about her, and you miss what only she knows.",
    },
    check = { niet_keuze = "alleen_telefonisch" },
}
criterium "ots_netwerkberaad" {
    bouwsteen = "samenwerkingsprincipes", gewicht = 2,
    tekst = "Netwerkberaden met gezin, netwerk en hulpverleners: het borgingsplan in juni en het volgende beraad binnen dertien weken.",
    onderbouwing = "Netwerkberaad minstens eens per 13 weken; afspraken in de taal van het gezin, terugvalsignalen; plan altijd meteen het volgende netwerkberaad.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Het borgingsplan is van het hele netwerk, en het volgende beraad ging ook echt door.",
    fout = "Er was geen (tweede) netwerkberaad. Een borgingsplan per mail of een dossier dat stil dichtgaat, draagt niemand.",
    en = {
        tekst = "Network meetings with family, network and helpers: the securing plan in June and the next meeting within thirteen weeks.",
        onderbouwing = "A network meeting at least every 13 weeks; agreements in the family's language, relapse signals; always plan the next meeting straight away.",
        goed = "The securing plan belongs to the whole network, and the next meeting actually took place.",
        fout = "There was no (second) network meeting. A securing plan by e-mail or a file quietly closed carries no one.",
    },
    check = { alle = { { keuze = "netwerkberaad_borging" }, { keuze = "evaluatie_met_gezin" } } },
}
criterium "ots_niet_loslaten" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "Niemand liet het gezin los zonder borging: de GI niet, en het lokaal team niet.",
    onderbouwing = "Aandacht voor borging: niemand laat een gezin los zonder overdracht; ‘Een medewerker kan niet een gezin loslaten zonder overdracht’.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Zowel bij het vertrek van de GI als na een half jaar bleef de lijn doorlopen.",
    goed_niet_gekozen = "Je liet de GI niet afsluiten zonder afspraken en sloot het dossier niet stil.",
    fout = "Het gezin werd losgelaten zonder borging: de GI sloot af zonder afspraken, of het lokaal team sloot het dossier zonder evaluatie.",
    en = {
        tekst = "Nobody let go of the family without securing: not the GI, and not the local team.",
        onderbouwing = "Attention to securing: nobody lets go of a family without a handover.",
        goed = "Both when the GI left and after half a year, the line kept running.",
        goed_niet_gekozen = "You did not let the GI close without agreements and did not quietly close the file.",
        fout = "The family was let go without securing: the GI closed without agreements, or the local team closed the file without an evaluation.",
    },
    check = { alle = { { niet_keuze = "gi_afsluiten_zonder_afspraken" }, { niet_keuze = "stil_afsluiten" } } },
}

-- Feedback en barrières -------------------------------------------------------------------------
criterium "ots_barriere_stappen" {
    bouwsteen = "feedback_barrieres", gewicht = 2,
    tekst = "De barrière met de jeugdbeschermer eerst zelf geanalyseerd en daarna onder vier ogen, nieuwsgierig, besproken.",
    onderbouwing = "Stap 1 (de barrière zelf in beeld, eigen aandeel, een collega laten meedenken) en stap 2 (in gesprek, nieuwsgierig, eigen analyse laten zien).",
    bron = "bouwsteen.feedback_barrieres",
    goed = "Je zag je eigen aandeel en ging het gesprek aan. De samenwerking herstelde, en Ingrid kwam toch naar het netwerkberaad.",
    fout = "De barrière is niet volgens de stappen aangepakt. Eerst zelf analyseren, dan met de ander praten; pas daarna opschalen.",
    en = {
        tekst = "The barrier with the youth protector first analysed yourself, then discussed one-to-one, with curiosity.",
        onderbouwing = "Step 1 (map the barrier yourself, your own part, let a colleague think along) and step 2 (talk, be curious, show your own analysis).",
        goed = "You saw your own part and started the conversation. The collaboration recovered, and Ingrid came to the network meeting after all.",
        fout = "The barrier was not tackled by the steps. First analyse yourself, then talk with the other person; only then escalate.",
    },
    check = { keuze = "barriere_stap1_2" },
}
criterium "ots_gouden_regels" {
    bouwsteen = "feedback_barrieres",
    tekst = "Geen feedback aan de jeugdbeschermer in het bijzijn van het gezin en het netwerk.",
    onderbouwing = "Acht gouden regels: specifiek, meteen, alleen veranderbaar gedrag, ik-vorm, geen overdosis, verifiëren, een-op-een, face-to-face.",
    bron = "bouwsteen.feedback_barrieres",
    goed = "Je hield de feedback een-op-een en face-to-face. Kim zag geen ruzie tussen haar hulpverleners.",
    goed_niet_gekozen = "Je gaf Ingrid geen feedback in het bijzijn van Kim en het netwerk.",
    fout = "Feedback in het netwerkberaad breekt de gouden regels en beschadigt het vertrouwen van het gezin in de hele hulp.",
    en = {
        tekst = "No feedback to the youth protector in front of the family and the network.",
        onderbouwing = "Eight golden rules: specific, immediate, only changeable behaviour, the I-form, no overdose, verify, one-to-one, face to face.",
        goed = "You kept the feedback one-to-one and face to face. Kim saw no row between her helpers.",
        goed_niet_gekozen = "You gave Ingrid no feedback in front of Kim and the network.",
        fout = "Feedback in the network meeting breaks the golden rules and damages the family's trust in all of the help.",
    },
    check = { niet_keuze = "feedback_in_netwerkberaad" },
}
criterium "ots_niet_te_snel_opschalen" {
    bouwsteen = "feedback_barrieres",
    tekst = "Niet meteen naar de leidinggevenden gestapt, nu de directe veiligheid niet in het geding was.",
    onderbouwing = "Opschalen is stap 3; als de directe veiligheid in het geding is, mogen stappen worden overgeslagen, anders niet.",
    bron = "bouwsteen.feedback_barrieres",
    goed = "Je sloeg geen stappen over: er was geen acute onveiligheid die dat rechtvaardigde.",
    goed_niet_gekozen = "Je stuurde haar e-mail niet meteen door naar de leidinggevenden.",
    fout = "Je schaalde direct op naar de leidinggevenden. Zonder acute onveiligheid sla je stap 1 en 2 niet over; anders maak je van een irritatie een conflict.",
    en = {
        tekst = "Did not go straight to the managers, since immediate safety was not at stake.",
        onderbouwing = "Escalating is step 3; steps may be skipped when immediate safety is at stake, not otherwise.",
        goed = "You skipped no steps: there was no acute danger that justified it.",
        goed_niet_gekozen = "You did not forward her e-mail to the managers straight away.",
        fout = "You escalated straight to the managers. Without acute danger you do not skip steps 1 and 2; otherwise an irritation becomes a conflict.",
    },
    check = { niet_keuze = "mail_teamleider" },
}
criterium "ots_successen_vieren" {
    bouwsteen = "feedback_barrieres",
    tekst = "Successen gevierd, ook met de jeugdbeschermer met wie het eerder schuurde.",
    onderbouwing = "Vier ook de successen: de bouwsteen wil ‘meer nadruk … leggen op het vieren van successen’.",
    bron = "bouwsteen.feedback_barrieres",
    goed = "Je benoemde wat goed ging, ook tegen Ingrid. Zo wordt een volgende samenwerking makkelijker.",
    fout = "Er werd niet stilgestaan bij wat er bereikt is. Feedback is ook benoemen wat goed ging, juist na een moeizame samenwerking.",
    en = {
        tekst = "Successes celebrated, also with the youth protector with whom things had chafed.",
        onderbouwing = "Celebrate successes too: the building block wants more emphasis on celebrating them.",
        goed = "You named what went well, to Ingrid too. That makes the next collaboration easier.",
        fout = "Nobody paused at what was achieved. Feedback also means naming what went well, especially after a difficult collaboration.",
    },
    check = { keuze = "evaluatie_met_gezin" },
}

-- Privacy ---------------------------------------------------------------------------------------
criterium "ots_toestemming_kim" {
    bouwsteen = "privacy", gewicht = 2,
    tekst = "Kims toestemming gericht gevraagd voor de overdracht en 2a: uitleg, bezwaren, wat wel en niet, vastgelegd en intrekbaar.",
    onderbouwing = "Leg uit wat je wilt en waarom, en verken de bezwaren; mondelinge toestemming volstaat als je die vastlegt; vraag opnieuw bij elke nieuwe uitwisseling; het gezin mag de toestemming intrekken.",
    bron = "bouwsteen.privacy",
    goed = "Kim bleef de baas over haar eigen verhaal, en juist daardoor gaf ze toestemming.",
    fout = "De toestemming was niet echt: doen alsof delen ‘standaard’ is, druk zetten, of het delen helemaal afblazen zonder afweging. Na een maatregel is toestemming de basis van het vrijwillig kader.",
    en = {
        tekst = "Kim's consent asked specifically for the handover and 2a: explanation, objections, what and what not, recorded and revocable.",
        onderbouwing = "Explain what you want and why, and explore the objections; verbal consent is enough if you record it; ask again for every new exchange; the family may withdraw consent.",
        goed = "Kim stayed in charge of her own story, and that is exactly why she consented.",
        fout = "The consent was not real: pretending sharing is ‘standard’, putting on pressure, or calling off sharing altogether without weighing it. After a measure, consent is the basis of the voluntary framework.",
    },
    check = { keuze = "kim_toestemming_uitleg" },
}
criterium "ots_niet_standaard_delen" {
    bouwsteen = "privacy",
    tekst = "Het GI-dossier niet als ‘standaard’ overgenomen zonder Kim te vragen.",
    onderbouwing = "‘Het uitgangspunt vanuit Beter Samenspel is om te allen tijde te bespreken met het gezin’.",
    bron = "bouwsteen.privacy",
    goed = "Je deed niet alsof Kim geen keuze had.",
    goed_niet_gekozen = "Je presenteerde het delen van het GI-dossier niet als ‘standaard’.",
    fout = "Je presenteerde het delen van het dossier als vanzelfsprekend. Daarmee neem je Kim een keuze af die ze heeft, en dat merkt ze later.",
    en = {
        tekst = "The GI file was not taken over as ‘standard’ without asking Kim.",
        onderbouwing = "The starting point of Beter Samenspel is always to discuss it with the family.",
        goed = "You did not pretend Kim had no choice.",
        goed_niet_gekozen = "You did not present sharing the GI file as ‘standard’.",
        fout = "You presented sharing the file as a matter of course. That takes away a choice Kim has, and she notices later.",
    },
    check = { niet_keuze = "dossier_gewoon_overnemen" },
}
criterium "ots_informeren_bij_melding" {
    bouwsteen = "privacy",
    tekst = "Bij de melding in april niets gedeeld of aangevraagd achter Kims rug om.",
    onderbouwing = "Ook zonder toestemming het gezin informeren bij delen met Veilig Thuis of de Raad; ‘Informeer de belanghebbenden over wat je gaat doen en waarom’.",
    bron = "bouwsteen.privacy",
    goed = "Je was open tegen Kim over wat je met Veilig Thuis deelde.",
    goed_niet_gekozen = "Je vroeg bij de melding in april geen onderzoek aan buiten Kim om.",
    fout = "Je stuurde informatie naar de Raad zonder Kim te informeren. Ook als delen zonder toestemming mag, vertel je het gezin wat je deelt en waarom.",
    en = {
        tekst = "At the report in April nothing was shared or requested behind Kim's back.",
        onderbouwing = "Inform the family when sharing with Veilig Thuis or the Board, even without consent; tell those involved what you are going to do and why.",
        goed = "You were open with Kim about what you shared with Veilig Thuis.",
        goed_niet_gekozen = "You did not request an investigation behind Kim's back at the report in April.",
        fout = "You sent information to the Board without informing Kim. Even when sharing without consent is allowed, you tell the family what you share and why.",
    },
    check = { niet_keuze = "vto_zonder_overleg" },
}

-- Inhoudelijke beslissingen ---------------------------------------------------------------------
criterium "ots_besluit_team_regievoerder" {
    bouwsteen = "inhoudelijke_beslissingen", gewicht = 2,
    tekst = "Het tegenstrijdige GI-advies teruggebracht naar de casuïstiekbespreking van de regievoerder, met dezelfde mensen en beide gedragswetenschappers.",
    onderbouwing = "Spreek af waar het gezin besproken wordt (in het team van de regievoerder); een besluit kan alleen worden gewijzigd met dezelfde kernpersonen die het namen; bij onenigheid gaat het naar de leidinggevenden van beide organisaties.",
    bron = "bouwsteen.inhoudelijke_beslissingen",
    goed = "Eén plek, dezelfde mensen, beide GW'ers: het besluit bleef gedragen, en Kim hoorde niet twee verhalen.",
    fout = "Het besluit over Noa werd niet teruggebracht naar de plek waar het genomen was. Twee teams, twee conclusies: precies wat de bouwsteen wil voorkomen.",
    en = {
        tekst = "The conflicting GI advice was brought back to the director's case discussion, with the same people and both behavioural scientists.",
        onderbouwing = "Agree where the family is discussed (in the director's team); a decision can only be changed with the same key people who took it; in disagreement it goes to the managers of both organisations.",
        goed = "One place, the same people, both behavioural scientists: the decision stayed supported, and Kim did not hear two stories.",
        fout = "The decision about Noa was not brought back to where it was taken. Two teams, two conclusions: exactly what the building block wants to prevent.",
    },
    check = { keuze = "besluit_waar_genomen" },
}
criterium "ots_besluit_niet_elders" {
    bouwsteen = "inhoudelijke_beslissingen",
    tekst = "Het besluit niet laten wijzigen door een team dat het niet nam.",
    onderbouwing = "Voorkom dat twee teams hetzelfde gezin bespreken en tot verschillende conclusies komen; de afspraken van de organisatie met de regie gelden.",
    bron = "bouwsteen.inhoudelijke_beslissingen",
    goed = "Het GI-advies werd input voor het eigen team, geen vervangend besluit.",
    goed_niet_gekozen = "Je liet het MDO van de GI je besluit niet zomaar overschrijven.",
    fout = "Je liet het MDO van de GI het besluit van je eigen casuïstiekbespreking overschrijven. Zonder nieuwe feiten en zonder dezelfde mensen is dat geen zorgvuldig besluit.",
    en = {
        tekst = "The decision was not changed by a team that did not take it.",
        onderbouwing = "Prevent two teams from discussing the same family and reaching different conclusions; the agreements of the organisation holding direction apply.",
        goed = "The GI advice became input for your own team, not a replacement decision.",
        goed_niet_gekozen = "You did not simply let the GI's meeting override your decision.",
        fout = "You let the GI's meeting override the decision of your own case discussion. Without new facts and without the same people that is no careful decision.",
    },
    check = { niet_keuze = "gi_besluit_volgen" },
}
criterium "ots_gw_betrokken" {
    bouwsteen = "inhoudelijke_beslissingen",
    tekst = "Het kernbesluit over waar Noa woont niet alleen genomen, maar met de gedragswetenschapper.",
    onderbouwing = "Betrek de GW'er (en het kernteam) bij inhoudelijke beslissingen; de hulpverlener moet altijd kunnen verantwoorden waarom het advies van de GW'er wel of niet gevolgd is.",
    bron = "bouwsteen.inhoudelijke_beslissingen",
    goed = "Je nam het kernbesluit met de GW'er en kon verantwoorden waarom je het GI-advies niet volgde.",
    fout = "Het kernbesluit over waar Noa woont viel niet met je eigen gedragswetenschapper: je besliste alleen, of je nam het advies van het MDO van de GI over. Een kernbesluit neem je met de gedragswetenschapper, en je verantwoordt waarom je een advies wel of niet volgt.",
    en = {
        tekst = "The key decision on where Noa lives was not taken alone, but with the behavioural scientist.",
        onderbouwing = "Involve the behavioural scientist (and the core team) in decisions on content; the helper must always be able to account for why the scientist's advice was or was not followed.",
        goed = "You took the key decision with the behavioural scientist and could account for why you did not follow the GI advice.",
        fout = "The key decision on where Noa lives was not taken with your own behavioural scientist: you decided alone, or you adopted the advice of the GI's meeting. A key decision is taken with the behavioural scientist, and you account for why you do or do not follow advice.",
    },
    check = { keuze = "besluit_waar_genomen" },
}
criterium "ots_geen_eenzijdige_vto" {
    bouwsteen = "inhoudelijke_beslissingen",
    tekst = "Geen eenzijdig verzoek om een nieuwe maatregel, direct na de uitspraak of na het incident.",
    onderbouwing = "Altijd een gezamenlijke afweging bij het aanvragen of beëindigen van een kinderbeschermingsmaatregel; kernbesluiten met de GW'er, in het team van de regievoerder.",
    bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.inhoudelijke_beslissingen" },
    goed = "Je respecteerde dat een maatregel aanvragen een gezamenlijk kernbesluit is.",
    goed_niet_gekozen = "Je vroeg niet eenzijdig een nieuwe maatregel aan.",
    fout = "Je wilde eenzijdig een nieuwe maatregel. Dat is een kernbesluit: gezamenlijk, met de GW'er, op basis van feiten, en met het gezin geïnformeerd.",
    en = {
        tekst = "No one-sided request for a new measure, right after the ruling or after the incident.",
        onderbouwing = "Requesting or ending a child protection measure is always a joint deliberation; key decisions with the behavioural scientist, in the director's team.",
        goed = "You respected that requesting a measure is a joint key decision.",
        goed_niet_gekozen = "You did not request a new measure on your own.",
        fout = "You wanted a new measure on your own. That is a key decision: joint, with the behavioural scientist, based on facts, and with the family informed.",
    },
    check = { alle = { { niet_keuze = "nieuwe_vto" }, { niet_keuze = "vto_zonder_overleg" } } },
}

-- Directe veiligheid ----------------------------------------------------------------------------
criterium "ots_signaal_veiligheid" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Bij de melding in april dezelfde dag de veiligheid getaxeerd en een veiligheidsplan gemaakt, met teamleider en GW'er erbij.",
    onderbouwing = "‘Zodra er (opnieuw) signalen zijn over de directe veiligheid wordt eerst het veiligheidsplan weer centraal gesteld’. De gedragswetenschapper hoort bij een kernbesluit, en een ernstig signaal vraagt een nieuwe weging.",
    bron = { "bouwsteen.directe_veiligheid", "bouwsteen.inhoudelijke_beslissingen.gedragswetenschapper", "bouwsteen.weging" },
    goed = "Je nam de veiligheid dezelfde dag op, als regievoerder, met de GI als adviseur en je eigen teamleider en GW'er direct erbij.",
    fout = "Na de melding ging de veiligheid niet meteen voor. Wachten op de GI of op een netwerkberaad laat de kinderen juist in de gevaarlijkste dagen zonder plan.",
    en = {
        tekst = "At the report in April, safety assessed the same day and a safety plan made, with team leader and behavioural scientist involved.",
        onderbouwing = "As soon as there are (new) signals about immediate safety, the safety plan comes first again. The behavioural scientist belongs at a key decision, and a serious signal calls for a new weighing.",
        goed = "You took up safety the same day, as director, with the GI as adviser and your own team leader and behavioural scientist involved at once.",
        fout = "After the report, safety did not come first. Waiting for the GI or a network meeting leaves the children without a plan in the most dangerous days.",
    },
    check = { keuze = "veiligheid_lt_direct" },
}
criterium "ots_veiligheidsplan_ondergrens" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Het veiligheidsplan op het bord heeft aanleiding, afspraken, ondergrens en een plan voor overschrijding.",
    onderbouwing = "(veiligheidsplan: aanleiding; zorgen en krachten; afspraken, ondergrens en plan bij overschrijding).",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Het plan is compleet: wie meldde wat, welke afspraken, welke ondergrens, en wat er gebeurt als die wordt overschreden.",
    fout = "Het veiligheidsplan mist de aanleiding, afspraken, ondergrens of het plan bij overschrijding. Zonder die delen weet niemand wat te doen als Stefan terugkomt.",
    en = {
        tekst = "The safety plan on the board has the occasion, agreements, a bottom line and a plan for when it is crossed.",
        onderbouwing = "(Safety plan: occasion; concerns and strengths; agreements, bottom line and plan when it is crossed.)",
        goed = "The plan is complete: who reported what, which agreements, which bottom line, and what happens when it is crossed.",
        fout = "The safety plan lacks the occasion, agreements, bottom line or the plan for crossing it. Without those parts nobody knows what to do if Stefan comes back.",
    },
    check = { veiligheidsplan = { "aanleiding", "afspraken", "ondergrens", "plan_bij_overschrijding" } },
}
criterium "ots_alle_gezinsleden" {
    bouwsteen = "directe_veiligheid",
    tekst = "De veiligheid is per gezinslid getaxeerd (Kim, Dylan, Noa), gescoord, met een beschrijving van de ‘6’.",
    onderbouwing = "Taxeer de directe veiligheid van alle gezinsleden; beschrijf hoe de ‘6’ eruitziet.",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Je beoordeelde ieder gezinslid apart: Kim lichamelijk, Dylan en Noa psychisch, Noa ook op verwaarlozing. En je beschreef concreet hoe een 6 eruitziet.",
    fout = "De taxatie per gezinslid of de beschrijving van de ‘6’ ontbreekt of wijkt sterk af. Geweld en drinken raken Kim, Dylan en Noa elk anders.",
    en = {
        tekst = "Safety assessed per family member (Kim, Dylan, Noa), scored, with a description of the ‘6’.",
        onderbouwing = "Assess the immediate safety of all family members; describe what the ‘6’ looks like.",
        goed = "You judged each family member separately: Kim physically, Dylan and Noa psychologically, Noa also on neglect. And you described concretely what a 6 looks like.",
        fout = "The assessment per family member or the description of the ‘6’ is missing or far off. Violence and drinking affect Kim, Dylan and Noa each differently.",
    },
    check = { alle = { { vergelijking = { bord = "veiligheid", min = 0.6 } }, { veiligheidsplan = { "zes" } } } },
}

-- Stabiele veiligheid ---------------------------------------------------------------------------
criterium "ots_veranderbaar_compensatie" {
    bouwsteen = "stabiele_veiligheid", gewicht = 2,
    tekst = "Het borgingsplan onderscheidt wat veranderbaar is en wat blijvend gecompenseerd moet worden (en door wie).",
    onderbouwing = "Wat is veranderbaar (daar werk je met het gezin aan), en wat moet (blijvend) gecompenseerd worden, en hoe?",
    bron = "bouwsteen.stabiele_veiligheid",
    goed = "Kims terugvalsignalen zijn leerbaar; de opvang van Noa door oma Joke is blijvende compensatie.",
    fout = "Het onderscheid tussen veranderbaar en te compenseren ontbreekt. Na een maatregel blijft niet alles vanzelf staan; wat niet verandert, moet iemand blijvend opvangen.",
    en = {
        tekst = "The securing plan separates what can change from what must be compensated permanently (and by whom).",
        onderbouwing = "What can change (you work on that with the family), and what must be compensated (permanently), and how?",
        goed = "Kim's relapse signals can be learnt; grandma Joke looking after Noa is permanent compensation.",
        fout = "The distinction between changeable and to-be-compensated is missing. After a measure not everything stays in place by itself; what does not change must be absorbed by someone, permanently.",
    },
    check = { eind = { "veranderbaar", "compenseren" } },
}
criterium "ots_patroon_en_termijn" {
    bouwsteen = "stabiele_veiligheid",
    tekst = "Het plan noemt het patroon dat doorbroken moet worden en een doel met termijn.",
    onderbouwing = "Welke patronen moeten doorbroken worden, wat is de haalbare eindsituatie en op welke termijn?",
    bron = "bouwsteen.stabiele_veiligheid",
    goed = "Je benoemde het patroon (spanning, drinken, geweld) en een concreet doel met termijn voor de vraag rond Stefan.",
    fout = "Het patroon of een doel met termijn ontbreekt. Zonder die twee is er geen maatstaf om te zien of de veiligheid stabiel blijft.",
    en = {
        tekst = "The plan names the pattern to be broken and a goal with a term.",
        onderbouwing = "Which patterns must be broken, what is the feasible end situation and in what term?",
        goed = "You named the pattern (tension, drinking, violence) and a concrete goal with a term for the question about Stefan.",
        fout = "The pattern or a goal with a term is missing. Without those two there is no yardstick to see whether safety stays stable.",
    },
    check = { eind = { "patroon_doorbreken", "doel" } },
}
criterium "ots_eindsituatie_beschreven" {
    bouwsteen = "stabiele_veiligheid",
    tekst = "De haalbare eindsituatie is beschreven: waar en bij wie Dylan en Noa opgroeien, in de woorden van het gezin.",
    onderbouwing = "Wat is de haalbare eindsituatie: waar en bij wie groeien de kinderen op? In de taal van het gezin.",
    bron = { "bouwsteen.stabiele_veiligheid", "bouwsteen.haalbare_eindsituatie" },
    goed = "Iedereen weet waar naartoe gewerkt wordt: Dylan en Noa bij Kim, met oma Joke als vaste steun.",
    fout = "De eindsituatie is niet concreet beschreven. Juist na een meningsverschil over waar Noa woont, moet zwart op wit staan waar de kinderen opgroeien.",
    en = {
        tekst = "The feasible end situation is described: where and with whom Dylan and Noa grow up, in the family's words.",
        onderbouwing = "What is the feasible end situation: where and with whom do the children grow up? In the family's language.",
        goed = "Everyone knows what the work is aiming at: Dylan and Noa with Kim, with grandma Joke as steady support.",
        fout = "The end situation is not described concretely. Especially after a disagreement about where Noa lives, it must be in black and white where the children grow up.",
    },
    check = { eind_velden = { "waar_opgroeien", "taal_gezin" } },
}

-- Gesprekken met kinderen -------------------------------------------------------------------------
criterium "ots_alle_kinderen" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Zowel Dylan als Noa is door het lokaal team gesproken.",
    onderbouwing = "Ga altijd met het kind in gesprek; het lokaal team is het blijvende gezicht voor het kind; face-to-face contact met elk kind.",
    bron = { "bouwsteen.gesprekken_kinderen", "bron.monitor" },
    goed = "Beide kinderen kennen nu het lokaal team, en je weet zelf hoe het met hen gaat.",
    fout = "Niet beide kinderen zijn gesproken. Na het vertrek van de jeugdbeschermer is het lokaal team het blijvende gezicht voor allebei.",
    en = {
        tekst = "Both Dylan and Noa were spoken to by the local team.",
        onderbouwing = "Always talk with the child; the local team is the lasting face for the child; face-to-face contact with each child.",
        goed = "Both children now know the local team, and you know yourself how they are doing.",
        fout = "Not both children were spoken to. After the youth protector leaves, the local team is the lasting face for both.",
    },
    check = { kinderen_gesproken = true },
}
criterium "ots_warme_overdracht_kinderen" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Een warme overdracht voor de kinderen zelf: afscheid van de jeugdbeschermer en kennismaking, ieder apart en passend bij de leeftijd.",
    onderbouwing = "Informatie passend bij de ontwikkelingsleeftijd; tools: Signs of Safety, Words and Pictures; ‘jeugdigen uit te leggen wat er gebeurt’.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Dylan en Noa hoorden van Ingrid en jou zelf wat er verandert. Dylans vraag nam je mee in het kernbesluit.",
    fout = "De kinderen kregen geen eigen overgang. Ze verliezen iemand die twee jaar bij hun leven hoorde, en weten niet wie er nu voor hen is.",
    en = {
        tekst = "A warm handover for the children themselves: goodbye to the youth protector and an introduction, each separately and fitting their age.",
        onderbouwing = "Information fitting the developmental age; tools such as Signs of Safety and Words and Pictures; explain to young people what is happening.",
        goed = "Dylan and Noa heard from Ingrid and you yourselves what changes. You took Dylan's question into the key decision.",
        fout = "The children got no transition of their own. They lose someone who was part of their lives for two years, and do not know who is there for them now.",
    },
    check = { keuze = "kinderen_warme_overdracht" },
}
criterium "ots_kinderen_na_incident" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Na het incident met Stefan Dylan en Noa zelf en apart gesproken.",
    onderbouwing = "Bij (vermoedens van) onveiligheid praat meerdere keren met het kind zelf; kies bewust of je met of zonder ouders praat.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je sprak beide kinderen na het incident zelf. Noa kon vertellen wat ze zag, Dylan hoefde niet voor haar te praten.",
    fout = "Na het incident zijn de kinderen niet zelf gesproken. Wat zij zagen, hoor je alleen van henzelf.",
    en = {
        tekst = "After the incident with Stefan, Dylan and Noa were spoken to themselves and separately.",
        onderbouwing = "With (suspected) unsafety, talk with the child several times; choose consciously whether to talk with or without the parents.",
        goed = "You talked with both children yourself after the incident. Noa could tell what she saw; Dylan did not have to speak for her.",
        fout = "After the incident the children were not spoken to themselves. What they saw, you only hear from them.",
    },
    check = { een_van = { { keuze = "veiligheid_lt_direct" }, { keuze = "veiligheidsplan_alsnog" } } },
}

-- Tijdlijn --------------------------------------------------------------------------------------
criterium "ots_hulp_met_resultaat" {
    bouwsteen = "tijdlijn", gewicht = 2,
    tekst = "Alle eerdere hulp staat op de tijdlijn, met resultaat: hulp bij huiselijk geweld, verslavingszorg, gezinsbehandeling, traumabehandeling.",
    onderbouwing = "Minimale informatie bij elke overdracht: de tijdlijn met de eerdere hulp, elk met datum, instantie en resultaat.",
    bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.tijdlijn" },
    goed = "De hulpgeschiedenis is compleet overgedragen, en je ziet het patroon: hulp die werkte, maar stopte zonder nazorg of terugvalplan.",
    fout = "Er ontbreekt eerdere hulp op de tijdlijn. Bij een overdracht is de hulp met resultaat het minimum; zonder die geschiedenis herhaal je wat eerder niet beklijfde.",
    en = {
        tekst = "All earlier help is on the timeline, with its result: domestic-violence support, addiction care, family treatment, trauma treatment.",
        onderbouwing = "Minimum information at every handover: the timeline with earlier help, each with date, agency and result.",
        goed = "The help history was handed over completely, and you see the pattern: help that worked but stopped without aftercare or a relapse plan.",
        fout = "Earlier help is missing from the timeline. At a handover the help with its result is the minimum; without that history you repeat what did not stick before.",
    },
    check = { op_tijdlijn = { "f_hulp_dv", "f_hulp_verslaving", "f_hulp_gezinsbehandeling", "f_hulp_emdr" } },
}
criterium "ots_besluiten_volgorde" {
    bouwsteen = "tijdlijn",
    tekst = "De besluiten over de maatregel staan in volgorde op de tijdlijn: start OTS, verlenging, uitspraak, einde.",
    onderbouwing = "De tijdlijn bevat ‘belangrijke besluiten’; ‘Tijdslijn (ingezette hulp met resultaat, feitelijke belangrijke gebeurtenissen en belangrijke besluiten)’.",
    bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.tijdlijn" },
    goed = "De juridische lijn is helder: wanneer begon de maatregel, wanneer werd verlengd, wanneer en waarom stopte hij.",
    fout = "De besluiten over de OTS ontbreken of staan niet in volgorde. Wie de fasen niet kent, weet ook niet wie wanneer verantwoordelijk was.",
    en = {
        tekst = "The decisions about the measure are in order on the timeline: start of the order, extension, ruling, end.",
        onderbouwing = "The timeline contains important decisions: help with its result, important events and important decisions.",
        goed = "The legal line is clear: when the measure began, when it was extended, when and why it stopped.",
        fout = "The decisions about the order are missing or out of order. Whoever does not know the phases does not know who was responsible when.",
    },
    check = { volgorde = { "f_ots_start", "f_ots_verlenging", "f_uitspraak", "f_ots_einde" } },
}
criterium "ots_aanleiding" {
    bouwsteen = "tijdlijn",
    tekst = "De aanleiding is gemarkeerd: eerste signaal (2019), ergste (2021) en laatste (het incident met Stefan).",
    onderbouwing = "De aanleiding is de eerste, de laatste en de ergste gebeurtenis.",
    bron = { "bouwsteen.tijdlijn", "regels.aanleiding" },
    goed = "Eerste, ergste en laatste staan gemarkeerd. Het eerste signaal in 2019 leidde toen tot niets, en dat is ook informatie.",
    fout = "De aanleiding is niet (goed) gemarkeerd. Vraag je af: wanneer was het eerste signaal, wat was het ergste, wat het laatste?",
    en = {
        tekst = "The occasion is marked: first signal (2019), worst (2021) and latest (the incident with Stefan).",
        onderbouwing = "The occasion is the first, the latest and the worst event.",
        goed = "First, worst and latest are marked. The first signal in 2019 led to nothing then, and that is information too.",
        fout = "The occasion is not (correctly) marked. Ask yourself: when was the first signal, what was the worst, what the latest?",
    },
    check = { aanleiding = { eerste = "f_melding_2019", laatste = "f_incident_stefan", ergste = "f_geweld_rick_2021" } },
}
