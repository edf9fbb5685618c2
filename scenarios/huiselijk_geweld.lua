-- Casus: huiselijk geweld en geen vertrouwen in de jeugdhulp (issue 8, casus 2).
-- Volledig verzonnen en geanonimiseerd: schuilnamen, geen adressen, geen BSN, alleen leeftijden,
-- datums in maanden. Geïnspireerd op de openingsgetuigenis van de evaluatie (bron.evaluatie): door de
-- gezamenlijke analyse zien ouders wat hun kinderen nodig hebben.
--
-- Stappen: overdracht_vt -> huisbezoek -> (veiligheid_eerst als directe_veiligheid <= 3) -> weging
--          -> toestemming_gi -> kinderen -> nieuw_signaal (veiligheidssignaal; <= 3: veiligheid_eerst)
--          -> tijdlijn_samen -> patroon_samen -> netwerkberaad -> afronding
--          -> einde_eerlijk | einde_half | einde_deur_dicht | einde_escalatie
-- Oefent: veiligheidsplan met ondergrens eerst, toestemming en eerlijkheid, product 2a (regie bij
-- het LT, max. 25 uur), met elk kind apart praten, tijdlijn en patroon samen met het gezin.

scenario {
    id = "huiselijk_geweld",
    titel = "Huiselijk geweld: een gezin dat de jeugdhulp niet meer vertrouwt",
    samenvatting = "Veilig Thuis draagt het gezin van Marloes en Erwin over aan het lokaal team, nadat Jesse (13) "
        .. "tussen zijn ouders ging staan en zelf 112 belde. Er is al tien jaar geweld, en eerdere hulp strandde steeds op wantrouwen. "
        .. "De ouders willen vooral dat Veilig Thuis en de politie uit hun leven verdwijnen. Je volgt het gezin van december tot de zomer, "
        .. "beslist over veiligheid, privacy, de inzet van de GI en de gesprekken met de kinderen, en werkt met de borden Tijdlijn, Personen, "
        .. "Veiligheid, Gezinspatroon en Eindsituatie.",
    versie = "1.0",
    api = 1,
    taal = "nl",
    minuten = 50,
    moeilijkheid = "gevorderd",
    bouwstenen = { "directe_veiligheid", "privacy", "samenwerking_lt_gi", "weging", "gesprekken_kinderen", "tijdlijn",
                   "gezinspatroon", "haalbare_eindsituatie", "samenwerkingsprincipes" },
    tags = { "huiselijk_geweld", "wantrouwen", "product_2a", "toestemming", "drie_huizen", "veiligheidsplan", "lokaal_team", "gi" },
    start = "overdracht_vt",
    en = {
        titel = "Domestic violence: a family that no longer trusts youth care",
        samenvatting = "Veilig Thuis hands the family of Marloes and Erwin over to the local team, after Jesse (13) stepped between his parents "
            .. "and called the emergency number himself. There has been violence for ten years, and earlier help always foundered on distrust. "
            .. "Above all the parents want Veilig Thuis and the police out of their lives. You follow the family from December to the summer, "
            .. "decide about safety, privacy, the GI's involvement and the conversations with the children, and work with the Timeline, Persons, "
            .. "Safety, Family pattern and End situation boards.",
    },
}

-- ---------------------------------------------------------------------------------------------
-- Personen (genogram). Alle namen zijn verzonnen.
-- ---------------------------------------------------------------------------------------------

persoon "thea" {
    naam = "Thea", rol = "oma", leeftijd = 63, geslacht = "v", huishouden = false,
    beschrijving = "Moeder van Marloes en Ilse. Woont tien minuten verderop; de kinderen mogen er altijd komen. Wil helpen, ‘maar niet met jeugdzorg erbij’.",
    en = { beschrijving = "Mother of Marloes and Ilse. Lives ten minutes away; the children are always welcome. Wants to help, ‘but not with youth care involved’." },
}

persoon "gerrit" {
    naam = "Gerrit", rol = "opa", leeftijd = 68, geslacht = "m", huishouden = false,
    partners = { riet = "gescheiden" },
    beschrijving = "Vader van Erwin en Marco. Sloeg zijn vrouw toen de jongens klein waren. Geen contact met het gezin.",
    en = { beschrijving = "Father of Erwin and Marco. Hit his wife when the boys were young. No contact with the family." },
}

persoon "riet" {
    naam = "Riet", rol = "oma", leeftijd = 66, geslacht = "v", huishouden = false,
    partners = { gerrit = "gescheiden" },
    beschrijving = "Moeder van Erwin en Marco. Vertrok in 1997 met de jongens. Woont ver weg; af en toe telefonisch contact.",
    en = { beschrijving = "Mother of Erwin and Marco. Left in 1997 with the boys. Lives far away; occasional phone contact." },
}

persoon "marloes" {
    naam = "Marloes", rol = "moeder", leeftijd = 37, geslacht = "v",
    ouders = { "thea" },
    partners = { erwin = "samen" },
    beschrijving = "Moeder van Jesse, Lotte en Sem. Werkt twintig uur per week in een supermarkt. Werd als tiener uit huis geplaatst en wantrouwt jeugdzorg diep. Samen met Erwin gezag.",
    en = { beschrijving = "Mother of Jesse, Lotte and Sem. Works twenty hours a week in a supermarket. Was placed out of home as a teenager and deeply distrusts youth care. Shares parental authority with Erwin." },
}

persoon "erwin" {
    naam = "Erwin", rol = "vader", leeftijd = 40, geslacht = "m",
    ouders = { "gerrit", "riet" },
    partners = { marloes = "samen" },
    beschrijving = "Vader van Jesse, Lotte en Sem. Sinds 2022 zonder vast werk; doet klussen. Groeide op met geweld thuis. Samen met Marloes gezag.",
    en = { beschrijving = "Father of Jesse, Lotte and Sem. Without steady work since 2022; does odd jobs. Grew up with violence at home. Shares parental authority with Marloes." },
}

persoon "marco" {
    naam = "Marco", rol = "oom", leeftijd = 43, geslacht = "m", huishouden = false,
    ouders = { "gerrit", "riet" },
    beschrijving = "Broer van Erwin. Erwin kan bij hem terecht om af te koelen en heeft daar eerder geslapen.",
    en = { beschrijving = "Erwin's brother. Erwin can go to him to cool down and has stayed there before." },
}

persoon "ilse" {
    naam = "Ilse", rol = "tante", leeftijd = 34, geslacht = "v", huishouden = false,
    ouders = { "thea" },
    beschrijving = "Zus van Marloes. Jesse logeert er soms een weekend; hij noemt haar ‘de enige die normaal doet’.",
    en = { beschrijving = "Marloes's sister. Jesse sometimes stays there for a weekend; he calls her ‘the only one who acts normal’." },
}

persoon "jesse" {
    naam = "Jesse", rol = "kind", leeftijd = 13, geslacht = "m",
    ouders = { "marloes", "erwin" },
    beschrijving = "Eerste klas voortgezet onderwijs. Voetbalt, maar slaat trainingen over. Spijbelt sinds september en slaapt slecht.",
    en = { beschrijving = "First year of secondary school. Plays football but skips training. Has been skipping school since September and sleeps badly." },
}

persoon "lotte" {
    naam = "Lotte", rol = "kind", leeftijd = 9, geslacht = "v",
    ouders = { "marloes", "erwin" },
    beschrijving = "Groep 6. Stil en behulpzaam, tekent veel; schrikt van harde geluiden.",
    en = { beschrijving = "Year 6 of primary school. Quiet and helpful, draws a lot; startles at loud noises." },
}

persoon "sem" {
    naam = "Sem", rol = "kind", leeftijd = 5, geslacht = "m",
    ouders = { "marloes", "erwin" },
    beschrijving = "Groep 2. Speelt graag met auto's; plast sinds de herfst weer in bed.",
    en = { beschrijving = "Reception class. Loves playing with cars; has been wetting the bed again since the autumn." },
}

-- ---------------------------------------------------------------------------------------------
-- Meters. Vertrouwen begint laag: het gezin heeft slechte ervaringen met jeugdzorg (bron.evaluatie).
-- ---------------------------------------------------------------------------------------------

variabele "vertrouwen_gezin" {
    label = "Vertrouwen van het gezin",
    start = 2, min = 0, max = 10,
    en = { label = "Family's trust" },
}

variabele "directe_veiligheid" {
    label = "Directe veiligheid (een 6 is voldoende)",
    start = 4, min = 0, max = 10,
    en = { label = "Immediate safety (a 6 is sufficient)" },
}

-- ---------------------------------------------------------------------------------------------
-- Documenten
-- ---------------------------------------------------------------------------------------------

document "d_politiemutatie" {
    titel = "Politiemutatie: huiselijk geweld (november 2024)",
    soort = "politiemutatie",
    auteur = "Politie, basisteam",
    datum = "2024-11",
    tekst = [[
Soort incident: huiselijk geweld, ruzie tussen partners
Tijdstip: avond, rond half twaalf
Melder: Jesse (13), zoon van betrokkenen, via 112

Bevindingen ter plaatse
Bij aankomst staan de moeder, Marloes (37), en de vader, Erwin (40), in de woonkamer. Op de vloer ligt een kapotte eetkamerstoel. Moeder heeft een rode, opgezette plek op haar bovenarm. Zij verklaart dat vader haar tijdens een ruzie over geld tegen de kast heeft geduwd. Vader erkent ‘een duw’ en zegt dat het ‘uit de hand liep’.
Jesse verklaart dat hij tussen zijn ouders is gaan staan en daarbij zelf tegen de muur is geduwd. Geen zichtbaar letsel bij Jesse. Lotte (9) en Sem (5) zaten samen in de slaapkamer van Lotte; Sem huilde.

Afhandeling
Vader is op advies van de politie die nacht bij zijn broer gaan slapen. Geen aanhouding; moeder doet geen aangifte. Kinderen gezien. Zorgmelding naar Veilig Thuis.

Eerdere registraties op dit adres
Juni 2014 (ruzie, melding door buren) en november 2018 (mishandeling, vader aangehouden, tijdelijk huisverbod).
]],
    onthult = { "f_politie_2024" },
    en = {
        titel = "Police report: domestic violence (November 2024)",
        tekst = [[
Type of incident: domestic violence, row between partners
Time: evening, around half past eleven
Caller: Jesse (13), son of those involved, via 112 (emergency number)

Findings at the scene
On arrival the mother, Marloes (37), and the father, Erwin (40), are standing in the living room. A broken dining chair lies on the floor. Mother has a red, swollen mark on her upper arm. She states that father pushed her against the cupboard during a row about money. Father admits to ‘a push’ and says that it ‘got out of hand’.
Jesse states that he stepped between his parents and was himself pushed against the wall. No visible injury to Jesse. Lotte (9) and Sem (5) were together in Lotte's bedroom; Sem was crying.

Handling
On police advice father spent that night at his brother's. No arrest; mother is not pressing charges. Children seen. Report of concern to Veilig Thuis.

Earlier records at this address
June 2014 (row, reported by neighbours) and November 2018 (assault, father arrested, temporary restraining order).
]],
    },
}

document "d_overdracht_vt" {
    titel = "Overdrachtsformulier Veilig Thuis aan het lokaal team",
    soort = "overdracht",
    auteur = "Medewerker Veilig Thuis",
    datum = "2024-12",
    tekst = [[
Betreft: Jesse (13), Lotte (9) en Sem (5). Ouders Marloes (37) en Erwin (40), samen gezag, wonen samen.

Aanleiding
Politiemelding na een incident in november 2024 (zie mutatie). Het is de derde politiemelding van huiselijk geweld op dit adres.

Eerdere meldingen bij Veilig Thuis
- Juni 2014: politiemelding na een ruzie; buren hoorden geschreeuw. Vader duwde moeder tegen een kast; Jesse (3) was erbij. Afgesloten met een advies; ouders verwezen naar gezinsbegeleiding (in 2016 gestart).
- November 2018: vader slaat moeder; zij laat een hoofdwond hechten op de spoedeisende hulp. Vader aangehouden, tijdelijk huisverbod van tien dagen. Jesse (7) en Lotte (3) waren thuis. Vader volgde daarna een agressieregulatietraining.
- Juni 2023: melding van de basisschool. Lotte (8) vertelde de juf dat ‘papa een stoel naar mama gooide’. Veiligheidsafspraken gemaakt, overgedragen aan het lokaal team.

Wat Veilig Thuis nu deed
Gesprek met beide ouders en met Jesse. Afspraken: vader slaapt twee weken bij zijn broer Marco (nagekomen); loopt de spanning op, dan gaat vader weg en belt moeder haar moeder. Volgens moeder spijbelt Jesse sinds september en slaapt hij slecht.

Houding van de ouders
Boos over ‘weer een melding’. ‘Alles wat we zeggen, wordt tegen ons gebruikt.’ Ze stemmen in met de overdracht aan het lokaal team, ‘als het niet weer gaat zoals de vorige keer’.

Vraag aan het lokaal team
De veiligheidsafspraken volgen en hulp op gang brengen. Veilig Thuis sluit het dossier.
]],
    onthult = { "f_politie_2014", "f_incident_2018", "f_melding_2023", "f_vt_overdracht", "f_jesse_school" },
    en = {
        titel = "Veilig Thuis handover form to the local team",
        tekst = [[
Re: Jesse (13), Lotte (9) and Sem (5). Parents Marloes (37) and Erwin (40), joint parental authority, living together.

Reason
Police report after an incident in November 2024 (see police report). It is the third police report of domestic violence at this address.

Earlier reports to Veilig Thuis
- June 2014: police report after a row; neighbours heard shouting. Father pushed mother against a cupboard; Jesse (3) was present. Closed with advice; parents referred to family support (started in 2016).
- November 2018: father hits mother; she has a head wound stitched at A&E. Father arrested, temporary restraining order of ten days. Jesse (7) and Lotte (3) were at home. Father then took an aggression control training.
- June 2023: report from the primary school. Lotte (8) told her teacher that ‘daddy threw a chair at mummy’. Safety agreements made, handed over to the local team.

What Veilig Thuis did now
A conversation with both parents and with Jesse. Agreements: father sleeps at his brother Marco's for two weeks (kept to); if tension builds, father leaves and mother calls her mother. According to mother, Jesse has been skipping school since September and sleeps badly.

The parents' attitude
Angry about ‘yet another report’. ‘Everything we say is used against us.’ They agree to the handover to the local team, ‘as long as it doesn't go like last time’.

Request to the local team
Follow up the safety agreements and get help going. Veilig Thuis is closing the file.
]],
    },
}

document "d_huisbezoek" {
    titel = "Gespreksverslag eerste huisbezoek",
    soort = "gespreksverslag",
    auteur = "Lokaal team (jij)",
    datum = "2024-12",
    tekst = [[
Aanwezig: Marloes en Erwin. Sem (5) was thuis en speelde in de kamer. Jesse en Lotte waren op school.

Start van het gesprek
Erwin: ‘Zeg het maar. Wat moeten we nu weer?’ Marloes wil eerst weten wat ik opschrijf en wie dat leest. Ze vertelt dat zij zelf op haar vijftiende uit huis is geplaatst, na ruzies met haar stiefvader: ‘Niemand legde me iets uit. Ik hoorde het op de dag zelf.’ Over de gezinsbegeleiding van 2016: ‘Die vrouw was aardig in de keuken en schreef thuis dat Jesse weg moest.’

Eigen vraag van de ouders
‘Help ons met de schulden, en zorg dat Veilig Thuis en de politie uit ons leven verdwijnen.’ Erwin: ‘Jesse luistert niet meer. Hij doet alsof hij de baas is.’

Situatie
- Erwin verloor in september 2022 zijn baan in een magazijn (reorganisatie). Sindsdien klust hij. Schulden van ongeveer 11.000 euro, twee maanden huurachterstand. De ruzies gaan ‘bijna altijd over geld’.
- Erwin woont sinds een week weer thuis, na twee weken bij zijn broer Marco.
- Marloes werkt twintig uur in een supermarkt.

Netwerk
- Oma Thea (moeder van Marloes) woont tien minuten verderop. De kinderen mogen er altijd komen. ‘Maar ze moet niks van jeugdzorg hebben.’
- Marco (broer van Erwin): ‘Ik kan altijd bij hem slapen. Dat heb ik vaker gedaan.’
- Tante Ilse (zus van Marloes): Jesse logeert er soms.

Indruk
Beide ouders houden het gesprek kort. Over het geweld zelf zeggen ze weinig: ‘Het was één keer een duw.’ Sem speelt rustig, maar kijkt op bij elke harde stem.
]],
    onthult = { "f_jeugd_marloes", "f_baanverlies", "f_schulden", "f_oma_thea", "f_marco", "f_ouders_wantrouwen", "f_vraag_ouders" },
    en = {
        titel = "Notes of the first home visit",
        tekst = [[
Present: Marloes and Erwin. Sem (5) was at home and playing in the room. Jesse and Lotte were at school.

Start of the conversation
Erwin: ‘Go on then. What do we have to do now?’ Marloes first wants to know what I write down and who reads it. She says that she herself was placed out of home at fifteen, after rows with her stepfather: ‘Nobody explained anything to me. I heard on the day itself.’ About the family support of 2016: ‘That woman was nice in the kitchen and wrote at home that Jesse had to go.’

The parents' own request
‘Help us with the debts, and make sure Veilig Thuis and the police disappear from our lives.’ Erwin: ‘Jesse doesn't listen any more. He acts like he's the boss.’

Situation
- Erwin lost his job in a warehouse in September 2022 (reorganisation). Since then he does odd jobs. Debts of about 11,000 euros, two months' rent arrears. The rows are ‘nearly always about money’.
- Erwin has been living at home again for a week, after two weeks at his brother Marco's.
- Marloes works twenty hours a week in a supermarket.

Network
- Grandma Thea (Marloes's mother) lives ten minutes away. The children are always welcome there. ‘But she wants nothing to do with youth care.’
- Marco (Erwin's brother): ‘I can always sleep at his place. I've done that before.’
- Aunt Ilse (Marloes's sister): Jesse sometimes stays with her.

Impression
Both parents keep the conversation short. About the violence itself they say little: ‘It was one push, once.’ Sem plays quietly, but looks up at every raised voice.
]],
    },
}

document "d_lt_afsluiting_2023" {
    titel = "Afsluitnotitie lokaal team (2023)",
    soort = "afsluitnotitie",
    auteur = "Lokaal team (oud-collega)",
    datum = "2023-09",
    tekst = [[
Overdracht ontvangen van Veilig Thuis in juli 2023 (melding school over Lotte).
Twee huisbezoeken gepland; beide keren niemand thuis. Telefonisch zei vader: ‘We hebben jullie niet nodig, het gaat goed.’
Er is geen contact geweest met de kinderen. De veiligheidsafspraken van Veilig Thuis zijn niet gecontroleerd.
Dossier gesloten in september 2023 wegens ‘geen hulpvraag’. Geen terugkoppeling aan Veilig Thuis of school.
]],
    onthult = { "f_hulp_lt_2023" },
    en = {
        titel = "Local team closing note (2023)",
        tekst = [[
Handover received from Veilig Thuis in July 2023 (report from the school about Lotte).
Two home visits planned; both times nobody was at home. On the phone father said: ‘We don't need you, things are fine.’
There has been no contact with the children. The safety agreements of Veilig Thuis were not checked.
File closed in September 2023 because of ‘no request for help’. No feedback to Veilig Thuis or the school.
]],
    },
}

document "d_school_notitie" {
    titel = "Verslag oudergesprek op school (januari 2025)",
    soort = "verslag",
    auteur = "Mentor voortgezet onderwijs en intern begeleider basisschool",
    datum = "2025-01",
    tekst = [[
(Marloes en Erwin gaven dit verslag zelf aan het lokaal team.)

Jesse (13), brugklas
Sinds september elf keer ongeoorloofd afwezig. Valt in de les in slaap. Vriendelijk tegen de mentor, maar ‘klapt dicht’ als het over thuis gaat. In 2021 had Jesse op de basisschool schoolmaatschappelijk werk vanwege vechtpartijen op het schoolplein; dat is toen positief afgesloten omdat het op school rustiger werd.

Lotte (9), groep 6
Goede leerling, heel stil. Schrikt als er een deur dichtslaat. Tekent vaak een huis met een hek eromheen.

Sem (5), groep 2
Plast de laatste maanden regelmatig in zijn broek. Huilt bij harde geluiden in de gymzaal.

Afspraak
School neemt contact op met het lokaal team als er nieuwe signalen zijn, en zegt dat dan eerst tegen de ouders.
]],
    onthult = { "f_hulp_schoolmw", "f_school_signalen" },
    en = {
        titel = "Notes of the parents' meeting at school (January 2025)",
        tekst = [[
(Marloes and Erwin gave these notes to the local team themselves.)

Jesse (13), first year of secondary school
Absent without permission eleven times since September. Falls asleep in class. Friendly towards his mentor, but ‘shuts down’ when it comes to home. In 2021, at primary school, Jesse had school social work because of fights in the playground; that was closed positively at the time because things calmed down at school.

Lotte (9), year 6
Good pupil, very quiet. Startles when a door slams. Often draws a house with a fence around it.

Sem (5), reception class
Has regularly wet himself in recent months. Cries at loud noises in the gym.

Agreement
The school contacts the local team if there are new signals, and tells the parents first.
]],
    },
}

document "d_melding_school_2025" {
    titel = "Zorgmelding basisschool over Lotte (februari 2025)",
    soort = "zorgmelding",
    auteur = "Intern begeleider basisschool",
    datum = "2025-02",
    tekst = [[
Aan: lokaal team

Maandagochtend vertelde Lotte (9) in de kring dat ze ‘niet had geslapen’. Later zei ze tegen de juf dat haar vader zaterdagavond ‘met zijn vuist een gat in de slaapkamerdeur had geslagen’ tijdens een ruzie met mama. Jesse had Sem meegenomen naar buiten; Lotte had zich in de kast verstopt. Ze vroeg de juf het ‘niet tegen papa te zeggen’.

Wij hebben moeder vanmiddag verteld dat wij dit aan het lokaal team melden. Moeder zei: ‘Het was maar een deur.’

Vraag: wilt u vandaag nog contact opnemen met het gezin?
]],
    onthult = { "f_deur_incident" },
    en = {
        titel = "Report of concern from the primary school about Lotte (February 2025)",
        tekst = [[
To: local team

On Monday morning Lotte (9) said in the morning circle that she ‘hadn't slept’. Later she told her teacher that on Saturday evening her father had ‘punched a hole in the bedroom door with his fist’ during a row with mummy. Jesse had taken Sem outside; Lotte had hidden in the wardrobe. She asked the teacher ‘not to tell daddy’.

This afternoon we told mother that we are reporting this to the local team. Mother said: ‘It was just a door.’

Request: would you contact the family today?
]],
    },
}

document "d_gezinsbegeleiding_2017" {
    titel = "Tussentijdse rapportage ambulante gezinsbegeleiding (2017)",
    soort = "rapportage",
    auteur = "Ambulante gezinsbegeleiding, jeugdhulpaanbieder",
    datum = "2017-01",
    tekst = [[
Traject: ambulante gezinsbegeleiding, gestart september 2016 na advies van Veilig Thuis.
Doel: ‘rust in huis en opvoedvaardigheden’.

Verloop
Acht huisbezoeken. Ouders zijn wisselend open. Vader zegt dat de ruzies ‘over zijn’. Het geweld zelf is in de gesprekken niet aan de orde gekomen.

Conclusie van de begeleider
Jesse (5) is druk en angstig. Het verdient overweging om een uithuisplaatsing van Jesse te bespreken als de situatie niet verbetert.

(Handgeschreven door Marloes in de kantlijn: ‘Dit heeft ze NOOIT tegen ons gezegd.’)

Naschrift afsluiting, januari 2017
Na het lezen van deze rapportage trokken de ouders hun toestemming in. Het traject is beëindigd zonder eindgesprek en zonder overdracht.
]],
    onthult = { "f_hulp_gezinsbegeleiding" },
    en = {
        titel = "Interim report of ambulant family support (2017)",
        tekst = [[
Support: ambulant family support, started September 2016 on the advice of Veilig Thuis.
Goal: ‘calm at home and parenting skills’.

Course
Eight home visits. The parents are open at some times and not at others. Father says the rows ‘are over’. The violence itself has not been discussed in the sessions.

The family worker's conclusion
Jesse (5) is restless and anxious. It merits consideration to discuss placing Jesse out of home if the situation does not improve.

(Handwritten by Marloes in the margin: ‘She NEVER said this to us.’)

Postscript on closing, January 2017
After reading this report the parents withdrew their consent. The support ended without a final conversation and without a handover.
]],
    },
}

document "d_training_2019" {
    titel = "Afsluitbrief agressieregulatietraining (2019)",
    soort = "brief",
    auteur = "Ambulante forensische zorg",
    datum = "2019-06",
    tekst = [[
Aan: Erwin [achternaam weggelaten]

U volgde van februari tot en met juni 2019 de training agressieregulatie, na verwijzing door de reclassering. U was bij acht van de twaalf bijeenkomsten. U heeft geleerd uw spanningssignalen te herkennen en een time-out te nemen.

Uw partner en kinderen waren niet bij de training betrokken. Ons advies was een vervolg met het hele gezin (systeemgerichte hulp). Er is geen verwijzing voor dat vervolg gedaan.

Wij sluiten de training hiermee af.
]],
    onthult = { "f_hulp_agressie" },
    en = {
        titel = "Closing letter, aggression control training (2019)",
        tekst = [[
To: Erwin [surname omitted]

From February to June 2019 you took the aggression control training, after referral by the probation service. You attended eight of the twelve sessions. You have learned to recognise your signs of tension and to take a time-out.

Your partner and children were not involved in the training. Our advice was a follow-up with the whole family (systemic help). No referral for that follow-up was made.

With this letter we close the training.
]],
    },
}

document "d_voortgang_2a" {
    titel = "Voortgangsnotitie jeugdbeschermer (product 2a)",
    soort = "notitie",
    auteur = "Preventief jeugdbeschermer, gecertificeerde instelling",
    datum = "2025-04",
    tekst = [[
Inzet: product 2a, regie bij het lokaal team. Gebruikt: 14 van de 25 uur.

Wat ik deed
Twee huisbezoeken samen met het lokaal team, advies bij de veiligheidstaxatie (ARIJ) na het incident met de deur, meegedacht bij de tijdlijn en het patroon.

Wat ik zie
- De ouders praten opener over de ruzies dan in januari. Erwin noemt het geweld nu zelf bij naam.
- Oma Thea, Marco en tante Ilse willen helpen, maar weten niet goed wat er van hen verwacht wordt.
- De schuldhulp, de behandelaar huiselijk geweld en school willen elk iets met het gezin.
- Jesse vraagt of hij ook iets mag zeggen.
- Mijn uren lopen op; ik bouw mijn inzet de komende maanden af.
]],
    onthult = { "f_2a_uren" },
    en = {
        titel = "Progress note of the youth protector (product 2a)",
        tekst = [[
Involvement: product 2a, with the local team in charge. Used: 14 of the 25 hours.

What I did
Two home visits together with the local team, advice on the safety assessment (ARIJ) after the incident with the door, thinking along on the timeline and the pattern.

What I see
- The parents talk more openly about the rows than in January. Erwin now names the violence himself.
- Grandma Thea, Marco and aunt Ilse want to help, but do not really know what is expected of them.
- Debt counselling, the domestic-violence therapist and the school each want something from the family.
- Jesse asks whether he may say something too.
- My hours are adding up; I will scale down my involvement over the coming months.
]],
    },
}

document "d_afbouw_2a" {
    titel = "Notitie jeugdbeschermer: afronding product 2a",
    soort = "notitie",
    auteur = "Preventief jeugdbeschermer, gecertificeerde instelling",
    datum = "2025-07",
    tekst = [[
Gebruikt: 23 van de 25 uur.

Sinds februari is er geen nieuwe politie-inzet geweest. De ouders zijn aangemeld voor systeemgerichte behandeling huiselijk geweld.

Voorstel
Mijn uren zijn bijna op. Ik wil de inzet van product 2a in juli afronden. Laat me weten hoe jij en het gezin de afronding willen doen; ik heb nog twee uur.
]],
    onthult = { "f_2a_afbouw" },
    en = {
        titel = "Youth protector's note: closing product 2a",
        tekst = [[
Used: 23 of the 25 hours.

Since February there has been no new police call-out. The parents have been referred for systemic domestic-violence treatment.

Proposal
My hours are nearly used up. I would like to close the product 2a involvement in July. Let me know how you and the family want to do the closing; I have two hours left.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Feiten
-- ---------------------------------------------------------------------------------------------

feit "f_jeugd_erwin" {
    tekst = "Erwin groeit op met een vader die zijn moeder slaat. Als Erwin 12 is, vertrekt zijn moeder met hem en zijn broer Marco.",
    datum = "1997",
    soort = "levensgebeurtenis",
    personen = { "erwin", "gerrit", "riet", "marco" },
    en = { tekst = "Erwin grows up with a father who hits his mother. When Erwin is 12, his mother leaves with him and his brother Marco." },
}

feit "f_jeugd_marloes" {
    tekst = "Marloes wordt op haar vijftiende uit huis geplaatst na ruzies met haar stiefvader; ‘niemand legde me iets uit’. Op haar zeventiende gaat ze terug naar haar moeder.",
    datum = "2003",
    soort = "levensgebeurtenis",
    bron = "d_huisbezoek",
    personen = { "marloes", "thea" },
    en = { tekst = "At fifteen Marloes is placed out of home after conflicts with her stepfather; ‘nobody explained anything to me’. At seventeen she returns to her mother." },
}

feit "f_politie_2014" {
    tekst = "Eerste politiemelding: buren horen geschreeuw; Erwin duwt Marloes tegen een kast, Jesse (3) is erbij. Veilig Thuis sluit af met een advies.",
    datum = "2014-06",
    soort = "melding",
    bron = "d_overdracht_vt",
    personen = { "erwin", "marloes", "jesse" },
    en = { tekst = "First police report: neighbours hear shouting; Erwin pushes Marloes against a cupboard, Jesse (3) is present. Veilig Thuis closes with advice." },
}

feit "f_hulp_gezinsbegeleiding" {
    tekst = "Ambulante gezinsbegeleiding na advies van Veilig Thuis, gericht op ‘rust in huis en opvoedvaardigheden’; het geweld zelf kwam niet aan bod.",
    datum = "2016-09/2017-01",
    soort = "hulp",
    bron = "d_gezinsbegeleiding_2017",
    personen = { "marloes", "erwin", "jesse", "lotte" },
    instantie = "Ambulante gezinsbegeleiding (jeugdhulpaanbieder)",
    resultaat = "Voortijdig gestopt: ouders trokken hun toestemming in nadat ze in een rapportage lazen dat uithuisplaatsing van Jesse ‘overwogen’ moest worden, wat nooit met hen besproken was. Geen eindgesprek, geen overdracht.",
    en = {
        tekst = "Ambulant family support after advice from Veilig Thuis, aimed at ‘calm at home and parenting skills’; the violence itself was not discussed.",
        resultaat = "Stopped early: the parents withdrew consent after reading in a report that placing Jesse out of home ‘should be considered’, which had never been discussed with them. No closing talk, no handover.",
    },
}

feit "f_incident_2018" {
    tekst = "Erwin slaat Marloes; zij laat een hoofdwond hechten op de spoedeisende hulp. Erwin wordt aangehouden en krijgt een tijdelijk huisverbod van tien dagen. Jesse (7) en Lotte (3) zijn thuis.",
    datum = "2018-11",
    soort = "melding",
    bron = "d_overdracht_vt",
    personen = { "erwin", "marloes", "jesse", "lotte" },
    en = { tekst = "Erwin hits Marloes; she has a head wound stitched at A&E. Erwin is arrested and gets a temporary ten-day restraining order. Jesse (7) and Lotte (3) are at home." },
}

feit "f_hulp_agressie" {
    tekst = "Agressieregulatietraining voor Erwin na verwijzing door de reclassering.",
    datum = "2019-02/2019-06",
    soort = "hulp",
    bron = "d_training_2019",
    personen = { "erwin" },
    instantie = "Ambulante forensische zorg",
    resultaat = "Acht van de twaalf bijeenkomsten; Erwin leerde een time-out te nemen. Partner en kinderen niet betrokken; het geadviseerde vervolg met het hele gezin is nooit aangevraagd.",
    en = {
        tekst = "Aggression control training for Erwin, referred by the probation service.",
        resultaat = "Eight of twelve sessions; Erwin learned to take a time-out. Partner and children not involved; the advised follow-up with the whole family was never requested.",
    },
}

feit "f_hulp_schoolmw" {
    tekst = "Schoolmaatschappelijk werk voor Jesse na vechtpartijen op het schoolplein.",
    datum = "2021-03/2021-10",
    soort = "hulp",
    bron = "d_school_notitie",
    personen = { "jesse" },
    instantie = "Schoolmaatschappelijk werk basisschool",
    resultaat = "‘Positief’ afgesloten omdat het op school rustiger werd; de thuissituatie is niet besproken en er ging geen informatie naar andere hulpverleners.",
    en = {
        tekst = "School social work for Jesse after fights in the playground.",
        resultaat = "Closed ‘positively’ because things calmed down at school; the home situation was not discussed and no information went to other helpers.",
    },
}

feit "f_baanverlies" {
    tekst = "Erwin verliest zijn baan in een magazijn door een reorganisatie; daarna klust hij en lopen de schulden op.",
    datum = "2022-09",
    soort = "levensgebeurtenis",
    bron = "d_huisbezoek",
    personen = { "erwin" },
    en = { tekst = "Erwin loses his warehouse job in a reorganisation; he then does odd jobs and debts build up." },
}

feit "f_melding_2023" {
    tekst = "De basisschool meldt bij Veilig Thuis dat Lotte (8) vertelde dat ‘papa een stoel naar mama gooide’. Veilig Thuis maakt veiligheidsafspraken en draagt over aan het lokaal team.",
    datum = "2023-06",
    soort = "melding",
    bron = "d_overdracht_vt",
    personen = { "lotte", "erwin", "marloes" },
    en = { tekst = "The primary school reports to Veilig Thuis that Lotte (8) said ‘dad threw a chair at mum’. Veilig Thuis makes safety agreements and hands over to the local team." },
}

feit "f_hulp_lt_2023" {
    tekst = "Lokaal team na de overdracht van Veilig Thuis: twee huisbezoeken gepland, niemand thuis.",
    datum = "2023-07/2023-09",
    soort = "hulp",
    bron = "d_lt_afsluiting_2023",
    personen = { "marloes", "erwin" },
    instantie = "Lokaal team",
    resultaat = "Niet gestart: dossier gesloten wegens ‘geen hulpvraag’; veiligheidsafspraken niet gecontroleerd, kinderen niet gesproken, geen terugkoppeling aan Veilig Thuis of school.",
    en = {
        tekst = "Local team after the Veilig Thuis handover: two home visits planned, nobody at home.",
        resultaat = "Never started: file closed for ‘no request for help’; safety agreements not checked, children not spoken to, no feedback to Veilig Thuis or the school.",
    },
}

feit "f_jesse_school" {
    tekst = "Jesse spijbelt sinds september regelmatig en slaapt slecht.",
    datum = "2024-09/2024-12",
    soort = "zorg",
    bron = "d_overdracht_vt",
    personen = { "jesse" },
    en = { tekst = "Jesse has regularly skipped school since September and sleeps badly." },
}

feit "f_politie_2024" {
    tekst = "Politie-inzet: Erwin duwt Marloes tegen de kast tijdens een ruzie over geld; Jesse (13) gaat ertussen staan, wordt zelf tegen de muur geduwd en belt 112. Lotte en Sem zitten samen in Lottes kamer.",
    datum = "2024-11",
    soort = "melding",
    bron = "d_politiemutatie",
    personen = { "erwin", "marloes", "jesse", "lotte", "sem" },
    en = { tekst = "Police called out: Erwin pushes Marloes against the cupboard during a row about money; Jesse (13) steps between them, is pushed against the wall himself and calls the emergency number. Lotte and Sem sit together in Lotte's room." },
}

feit "f_vt_overdracht" {
    tekst = "Veilig Thuis draagt het gezin over aan het lokaal team, met veiligheidsafspraken: Erwin slaapt twee weken bij Marco; bij oplopende spanning gaat hij weg en belt Marloes haar moeder.",
    datum = "2024-12",
    soort = "besluit",
    bron = "d_overdracht_vt",
    personen = { "erwin", "marloes", "marco", "thea" },
    en = { tekst = "Veilig Thuis hands the family over to the local team, with safety agreements: Erwin sleeps at Marco's for two weeks; when tension rises he leaves and Marloes calls her mother." },
}

feit "f_schulden" {
    tekst = "Schulden van ongeveer 11.000 euro en twee maanden huurachterstand; de ruzies gaan ‘bijna altijd over geld’.",
    datum = "2024-12",
    soort = "zorg",
    bron = "d_huisbezoek",
    personen = { "erwin", "marloes" },
    en = { tekst = "Debts of about 11,000 euros and two months of rent arrears; the rows are ‘almost always about money’." },
}

feit "f_ouders_wantrouwen" {
    tekst = "Ouders wantrouwen de hulpverlening: ‘Alles wat we zeggen, wordt tegen ons gebruikt.’ Over het geweld zeggen ze weinig.",
    datum = "2024-12",
    soort = "zorg",
    bron = "d_huisbezoek",
    personen = { "marloes", "erwin" },
    en = { tekst = "The parents distrust helpers: ‘Everything we say is used against us.’ They say little about the violence." },
}

feit "f_vraag_ouders" {
    tekst = "Eigen vraag van de ouders: hulp bij de schulden, en ‘Veilig Thuis en de politie uit ons leven’.",
    datum = "2024-12",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "marloes", "erwin" },
    en = { tekst = "The parents' own request: help with the debts, and ‘Veilig Thuis and the police out of our lives’." },
}

feit "f_oma_thea" {
    tekst = "Oma Thea woont tien minuten verderop; de kinderen mogen er altijd komen.",
    datum = "2024-12",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "thea", "jesse", "lotte", "sem" },
    en = { tekst = "Grandma Thea lives ten minutes away; the children are always welcome there." },
}

feit "f_marco" {
    tekst = "Erwin kan bij zijn broer Marco terecht om af te koelen en heeft daar eerder geslapen.",
    datum = "2024-12",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "marco", "erwin" },
    en = { tekst = "Erwin can go to his brother Marco to cool down and has stayed there before." },
}

feit "f_veiligheidsplan" {
    tekst = "Veiligheidsplan met beide ouders. Afspraken: bij oplopende stemmen zegt Erwin ‘ik ga even’ en loopt naar Marco; Marloes belt oma Thea; de kinderen kunnen naar oma. Ondergrens: geen slaan, duwen of gooien, en niemand maakt iets kapot. Wordt die overschreden, dan slaapt Erwin twee weken bij Marco en informeert het lokaal team, zoals met de ouders afgesproken, Veilig Thuis.",
    datum = "2024-12",
    soort = "besluit",
    personen = { "marloes", "erwin", "marco", "thea" },
    en = { tekst = "Safety plan with both parents. Agreements: when voices rise, Erwin says ‘I'm going out for a bit’ and walks to Marco's; Marloes calls grandma Thea; the children can go to grandma's. Bottom line: no hitting, pushing or throwing, and nobody breaks anything. If it is crossed, Erwin sleeps at Marco's for two weeks and, as agreed with the parents, the local team informs Veilig Thuis." },
}

feit "f_besluit_weging" {
    tekst = "Casuïstiekbespreking met gedragswetenschapper: een uitgebreide verklarende analyse is nodig; met toestemming van de ouders ondersteunt een preventief jeugdbeschermer (product 2a, maximaal 25 uur). De regie blijft bij het lokaal team.",
    datum = "2025-01",
    soort = "besluit",
    personen = { "marloes", "erwin" },
    en = { tekst = "Case discussion with the behavioural scientist: an extended explanatory analysis is needed; with the parents' consent a preventive youth protector supports (product 2a, at most 25 hours). Direction stays with the local team." },
}

feit "f_toestemming" {
    tekst = "Mondelinge toestemming van Marloes en Erwin voor product 2a en voor overleg met school, vastgelegd: wat er gedeeld wordt, met wie en waarom. Ze weten dat ze hun toestemming kunnen intrekken.",
    datum = "2025-01",
    soort = "besluit",
    personen = { "marloes", "erwin" },
    en = { tekst = "Verbal consent from Marloes and Erwin for product 2a and for talking with the school, recorded: what is shared, with whom and why. They know they can withdraw it." },
}

feit "f_school_signalen" {
    tekst = "School: Jesse elf keer ongeoorloofd afwezig en valt in slaap; Lotte is heel stil en schrikt van harde geluiden; Sem plast weer in zijn broek en huilt bij harde geluiden.",
    datum = "2025-01",
    soort = "zorg",
    bron = "d_school_notitie",
    personen = { "jesse", "lotte", "sem" },
    en = { tekst = "School: Jesse absent without leave eleven times and falls asleep in class; Lotte is very quiet and startles at loud noises; Sem wets himself again and cries at loud noises." },
}

feit "f_jesse_vertelt" {
    tekst = "Jesse (alleen gesproken, tijdens een wandeling): ‘Als ik er niet tussen ga staan, doet niemand het.’ Hij slaapt met zijn deur open om alles te horen. Hij wil dat het stopt en wil niet uit huis.",
    datum = "2025-02",
    soort = "zorg",
    personen = { "jesse", "erwin", "marloes" },
    en = { tekst = "Jesse (spoken to alone, on a walk): ‘If I don't step in, nobody does.’ He sleeps with his door open to hear everything. He wants it to stop and does not want to leave home." },
}

feit "f_lotte_vertelt" {
    tekst = "Lotte (Drie Huizen, zonder ouders erbij): in het huis van zorgen staat ‘papa slaat tegen de deur en mama huilt’; ze verstopt zich met Sem. In het huis van goede dingen staat oma Thea. In het droomhuis: ‘met z’n allen naar de camping zonder ruzie’.",
    datum = "2025-02",
    soort = "zorg",
    personen = { "lotte", "sem", "erwin", "marloes", "thea" },
    en = { tekst = "Lotte (Three Houses, without her parents present): in the house of worries she puts ‘dad hits the door and mum cries’; she hides with Sem. In the house of good things: grandma Thea. In the house of dreams: ‘all of us going camping without fighting’." },
}

feit "f_sem_tekent" {
    tekst = "Sem (spelend en tekenend, moeder eerst in de kamer): tekent ‘papa boos’ en ‘mama huilt’ en zegt dat hij dan ‘heel stil’ is.",
    datum = "2025-02",
    soort = "zorg",
    personen = { "sem", "erwin", "marloes" },
    en = { tekst = "Sem (playing and drawing, his mother in the room at first): draws ‘dad angry’ and ‘mum crying’ and says he is ‘very quiet’ then." },
}

feit "f_deur_incident" {
    tekst = "Tijdens een ruzie slaat Erwin met zijn vuist een gat in de slaapkamerdeur. Jesse neemt Sem mee naar buiten; Lotte verstopt zich in de kast.",
    datum = "2025-02",
    soort = "melding",
    bron = "d_melding_school_2025",
    personen = { "erwin", "marloes", "jesse", "lotte", "sem" },
    en = { tekst = "During a row Erwin punches a hole in the bedroom door. Jesse takes Sem outside; Lotte hides in the wardrobe." },
}

feit "f_plan_herzien" {
    tekst = "Ondergrens overschreden; het afgesproken plan wordt uitgevoerd: Erwin slaapt twee weken bij Marco, Veilig Thuis is met medeweten van de ouders geïnformeerd, en het veiligheidsplan is met het gezin aangescherpt.",
    datum = "2025-02",
    soort = "besluit",
    personen = { "erwin", "marloes", "marco" },
    en = { tekst = "Bottom line crossed; the agreed plan is carried out: Erwin sleeps at Marco's for two weeks, Veilig Thuis has been informed with the parents' knowledge, and the safety plan has been tightened with the family." },
}

feit "f_visie_ouders" {
    tekst = "Zo zien de ouders het zelf: ‘We waren altijd het probleemgezin. Niemand vroeg wat wíj wilden. We hebben allebei nooit geleerd hoe je ruzie maakt zonder dat er iets kapotgaat.’",
    datum = "2025-03",
    soort = "kracht",
    personen = { "marloes", "erwin" },
    en = { tekst = "How the parents see it themselves: ‘We were always the problem family. Nobody asked what we wanted. Neither of us ever learned how to argue without something getting broken.’" },
}

feit "f_inzicht_ouders" {
    tekst = "Bij het patroon op de flap zegt Marloes: ‘Het zijn niet de kinderen. Wij zijn het, met onze ruzies.’ Erwin: ‘Dit is de eerste keer dat we echt alles op tafel hebben gelegd.’",
    datum = "2025-03",
    soort = "kracht",
    personen = { "marloes", "erwin" },
    en = { tekst = "Looking at the pattern on the flip chart Marloes says: ‘It isn't the children. It's us, with our rows.’ Erwin: ‘This is the first time we've really put everything on the table.’" },
}

feit "f_2a_uren" {
    tekst = "Product 2a: 14 van de 25 uur gebruikt; de jeugdbeschermer bouwt haar inzet de komende maanden af.",
    datum = "2025-04",
    soort = "besluit",
    bron = "d_voortgang_2a",
    en = { tekst = "Product 2a: 14 of the 25 hours used; the youth protector will scale down her involvement over the coming months." },
}

feit "f_netwerkberaad" {
    tekst = "Netwerkberaad met ouders, Jesse, oma Thea, Marco, tante Ilse, school, de jeugdbeschermer en het lokaal team: één haalbare eindsituatie in de woorden van het gezin, taken per persoon, terugvalsignalen; het volgende beraad staat over tien weken.",
    datum = "2025-04",
    soort = "besluit",
    personen = { "marloes", "erwin", "jesse", "thea", "marco", "ilse" },
    en = { tekst = "Network meeting with the parents, Jesse, grandma Thea, Marco, aunt Ilse, the school, the youth protector and the local team: one feasible end situation in the family's words, tasks per person, relapse signals; the next meeting is in ten weeks." },
}

feit "f_2a_afbouw" {
    tekst = "Product 2a: 23 van de 25 uur gebruikt; de jeugdbeschermer stelt voor de inzet in juli af te ronden.",
    datum = "2025-07",
    soort = "besluit",
    bron = "d_afbouw_2a",
    en = { tekst = "Product 2a: 23 of the 25 hours used; the youth protector proposes to close the involvement in July." },
}

-- ---------------------------------------------------------------------------------------------
-- Stappen en keuzes
-- ---------------------------------------------------------------------------------------------

stap "overdracht_vt" {
    titel = "1. De overdracht van Veilig Thuis",
    datum = "2024-12",
    opent = { "tijdlijn", "personen", "veiligheid" },
    tekst = [[
December 2024. Je werkt in het lokaal team. Veilig Thuis draagt een gezin aan je over: Marloes (37) en Erwin (40), met Jesse (13), Lotte (9) en Sem (5).

Drie weken geleden belde Jesse zelf 112. Zijn vader duwde zijn moeder tegen de kast; Jesse ging ertussen staan. Het is de derde politiemelding in tien jaar. Veilig Thuis heeft afspraken gemaakt en sluit nu af.

In het systeem van je eigen team zie je dat een collega het gezin in 2023 ook al kreeg, en het dossier na twee gemiste afspraken sloot. De ouders hebben tegen Veilig Thuis gezegd dat ze meewerken ‘als het niet weer gaat zoals de vorige keer’.

Bij de documenten staan de politiemutatie en het overdrachtsformulier. Lees ze: wat je leest, kun je op de tijdlijn zetten. De borden Tijdlijn, Personen en Veiligheid zijn open. Wat doe je als eerste?
]],
    documenten = { "d_politiemutatie", "d_overdracht_vt" },
    feiten = { "f_vt_overdracht" },
    en = {
        titel = "1. The handover from Veilig Thuis",
        tekst = [[
December 2024. You work in the local team. Veilig Thuis hands a family over to you: Marloes (37) and Erwin (40), with Jesse (13), Lotte (9) and Sem (5).

Three weeks ago Jesse called the emergency number himself. His father pushed his mother against the cupboard; Jesse stepped between them. It is the third police report in ten years. Veilig Thuis has made agreements and is now closing the case.

In your own team's system you see that a colleague already had this family in 2023 and closed the file after two missed appointments. The parents told Veilig Thuis they will cooperate ‘as long as it doesn't go like last time’.

The documents contain the police report and the handover form. Read them: what you read can be placed on the timeline. The Timeline, Persons and Safety boards are open. What do you do first?
]],
    },

    keuze "brief_sturen" {
        tekst = "Stuur de ouders een brief met een uitnodiging voor een kennismakingsgesprek op kantoor over vier weken. Dan hebben ze tijd om te bekomen, en jij om het dossier rustig te lezen.",
        feedback = "Zorgvuldig, maar te traag en te afstandelijk. Er is drie weken geleden geweld geweest waar een kind tussen stond, en Erwin woont binnenkort weer thuis: dan wil je snel zien of de afspraken van Veilig Thuis werken, voor alle gezinsleden. Een brief van ‘de hulpverlening’ bevestigt bovendien precies het beeld dat deze ouders hebben: er wordt óver hen besloten.",
        bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
        gevolg = { directe_veiligheid = -1 },
        naar = "huisbezoek",
        en = {
            tekst = "Send the parents a letter inviting them to an introductory meeting at the office in four weeks. That gives them time to settle, and you time to read the file calmly.",
            feedback = "Careful, but too slow and too distant. Three weeks ago there was violence with a child caught in the middle, and Erwin will soon be living at home again: you want to see quickly whether the Veilig Thuis agreements work, for every family member. A letter from ‘the helpers’ also confirms exactly what these parents expect: decisions are made about them.",
        },
    },

    keuze "dossier_opvragen_stil" {
        tekst = "Vraag eerst de oude dossiers op bij school, de huisarts en de vroegere gezinsbegeleiding, zonder de ouders nu al te bellen. Dan ga je goed voorbereid het eerste gesprek in.",
        feedback = "Goed bedoeld, maar je haalt informatie over het gezin op zonder dat het gezin het weet. Daarvoor is een grondslag nodig; zonder toestemming mag je hooguit noodzakelijke informatie uitwisselen met direct betrokken hulpverleners, en dan informeer je het gezin. Juist deze ouders voelen zich al eerder achter hun rug besproken (het verslag uit 2017). Vraag eerst wat zij goedvinden, en leg het vast.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -2 },
        naar = "huisbezoek",
        en = {
            tekst = "First request the old files from the school, the GP and the former family support, without calling the parents yet. Then you go into the first conversation well prepared.",
            feedback = "Well meant, but you collect information about the family without the family knowing. That needs a legal ground; without consent you may at most exchange necessary information with directly involved helpers, and then you inform the family. These parents in particular already felt discussed behind their backs (the 2017 report). Ask first what they agree to, and record it.",
        },
    },

    keuze "direct_schuldhulp_hg" {
        tekst = "Sluit aan bij hun eigen vraag: meld ze meteen aan bij de schuldhulpverlening en meld Erwin opnieuw aan voor een agressietraining, zodat er snel iets in gang is gezet.",
        feedback = "Je sluit aan bij hun eigen vraag, en dat voelt goed. Maar je springt naar oplossingen voordat je weet of de kinderen nu veilig zijn en waarom eerdere hulp steeds stopte. Een agressietraining is in 2019 al eens gedaan, zonder het gezin erbij; dezelfde hulp opnieuw is een bekend hulpverleningspatroon. Eerst veiligheid, dan de analyse, dan de hulp.",
        bron = { "bouwsteen.gezinspatroon", "bron.evaluatie" },
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = -1 },
        naar = "huisbezoek",
        en = {
            tekst = "Follow their own request: refer them straight to debt counselling and refer Erwin again to an aggression training, so that something gets going quickly.",
            feedback = "You follow their own request, and that feels good. But you jump to solutions before you know whether the children are safe now and why earlier help kept stopping. Aggression training was done in 2019, without the family; the same help again is a well-known pattern of help. Safety first, then the analysis, then the help.",
        },
    },

    keuze "contact_open" {
        tekst = "Bel Marloes en Erwin vandaag allebei. Vertel wat Veilig Thuis overdroeg, benoem dat het in 2023 en eerder niet goed ging, en plan deze week een huisbezoek met hen samen.",
        feedback = "Sterk. Je bent vanaf het eerste contact open over wat je weet en waarom je komt, en je erkent hun slechte ervaringen zonder ze weg te praten. Voor een gezin dat ‘alles wordt tegen ons gebruikt’ zegt, is voorspelbaarheid het begin van vertrouwen. En je gaat snel zelf kijken hoe het met de veiligheid staat.",
        bron = { "bouwsteen.privacy", "bron.evaluatie" },
        gevolg = { vertrouwen_gezin = 2, directe_veiligheid = 1 },
        naar = "huisbezoek",
        en = {
            tekst = "Call Marloes and Erwin today. Say what Veilig Thuis handed over, acknowledge that things went wrong in 2023 and before, and plan a home visit with both of them this week.",
            feedback = "Strong. From the first contact you are open about what you know and why you come, and you acknowledge their bad experiences without explaining them away. For a family that says ‘everything is used against us’, predictability is where trust begins. And you go and see the safety situation yourself, quickly.",
        },
    },
}

-- Wie hier de veiligheid laat liggen, komt via een tussenstap eerst bij het veiligheidsplan uit.
local na_huisbezoek = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
    { naar = "weging" },
}

stap "huisbezoek" {
    titel = "2. Aan de keukentafel",
    datum = "2024-12",
    tekst = [[
Een paar dagen later zit je bij Marloes en Erwin aan tafel. Sem (5) speelt met auto's op de grond; Jesse en Lotte zijn op school. Erwin woont sinds een week weer thuis.

Erwin slaat zijn armen over elkaar: ‘Zeg het maar. Wat moeten we nu weer?’ Marloes kijkt naar je schrift: ‘Eerst wil ik weten wat jij opschrijft. En wie dat allemaal leest.’

Je gespreksverslag staat bij de documenten. Er ligt veel op tafel: schulden, een zoon die spijbelt, ouders die het geweld ‘één duw’ noemen, en een diep wantrouwen. Wat doe je in dit gesprek?
]],
    documenten = { "d_huisbezoek" },
    en = {
        titel = "2. At the kitchen table",
        tekst = [[
A few days later you sit at the table with Marloes and Erwin. Sem (5) plays with cars on the floor; Jesse and Lotte are at school. Erwin has been living at home again for a week.

Erwin folds his arms: ‘Go on then. What is it this time?’ Marloes looks at your notebook: ‘First I want to know what you write down. And who gets to read it.’

Your notes of the visit are among the documents. There is a lot on the table: debts, a son who skips school, parents who call the violence ‘one push’, and deep distrust. What do you do in this conversation?
]],
    },

    keuze "schulden_eerst" {
        tekst = "Begin bij wat de ouders zelf willen: maak samen een overzicht van de schulden en bel de verhuurder. De afspraken van Veilig Thuis lopen nog; daar kom je later op terug.",
        feedback = "Je wint misschien wat goodwill, maar je laat de directe veiligheid liggen. De afspraken van Veilig Thuis zijn gemaakt terwijl Erwin bij zijn broer sliep; nu hij terug is, weet niemand of ze werken. De ruzies gaan over geld, dus helpen met geld is zinnig, maar pas nadat je samen hebt afgesproken wat er gebeurt als de spanning oploopt.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = -2 },
        naar = na_huisbezoek,
        en = {
            tekst = "Start with what the parents want: make an overview of the debts together and call the landlord. The Veilig Thuis agreements are still running; you'll come back to them later.",
            feedback = "You may win some goodwill, but you leave immediate safety aside. The Veilig Thuis agreements were made while Erwin was sleeping at his brother's; now that he is back, nobody knows whether they work. The rows are about money, so help with money makes sense, but only after you have agreed together what happens when tension rises.",
        },
    },

    keuze "erwin_waarschuwen" {
        tekst = "Wees duidelijk tegen Erwin over de grens: als er nog één keer geweld is, worden de kinderen uit huis geplaatst. Dan weet hij waar hij aan toe is, en Marloes ook.",
        feedback = "Duidelijkheid over grenzen is nodig, maar dit is een dreigement dat je niet kunt waarmaken en dat niet klopt: jij beslist niet over een uithuisplaatsing. Voor Marloes, die zelf zonder uitleg uit huis werd gehaald, bevestigt het haar grootste angst; voor Erwin wordt het een strijd. Een ondergrens spreek je sámen met het gezin af, met een plan dat zij kennen en kunnen uitvoeren.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { vertrouwen_gezin = -3, directe_veiligheid = -1 },
        naar = na_huisbezoek,
        en = {
            tekst = "Be clear with Erwin about the limit: if there is violence one more time, the children will be placed out of home. Then he knows where he stands, and so does Marloes.",
            feedback = "Clarity about limits is needed, but this is a threat you cannot carry out and that is not true: you do not decide about an out-of-home placement. For Marloes, who was taken out of her home without explanation, it confirms her greatest fear; for Erwin it becomes a fight. A bottom line is agreed together with the family, with a plan they know and can carry out.",
        },
    },

    keuze "veiligheidsplan_samen" {
        tekst = "Zeg eerst wat je opschrijft en met wie je het deelt. Maak dan met beiden een veiligheidsplan: wat ieder doet als de spanning oploopt, wat de ondergrens is, en wat jij doet als die wordt overschreden.",
        feedback = "Dit is de kern van de methode: eerst de directe veiligheid, met een plan dat het gezin zelf mee heeft gemaakt. Je gebruikt hun krachten (Marco, oma Thea), je spreekt een ondergrens af en je bent vooraf eerlijk over wat er gebeurt als die wordt overschreden. Dat is geen dreigement maar voorspelbaarheid: niets gebeurt meer achter hun rug. Beschrijf op het bord ook hoe een ‘6’ er in dit gezin uitziet.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 2, vertrouwen_gezin = 1 },
        onthult = { "f_veiligheidsplan" },
        naar = na_huisbezoek,
        en = {
            tekst = "First say what you write down and with whom you share it. Then make a safety plan with both of them: what each does when tension rises, what the bottom line is, and what you will do if it is crossed.",
            feedback = "This is the core of the method: immediate safety first, with a plan the family helped make. You use their strengths (Marco, grandma Thea), agree a bottom line and are honest in advance about what happens if it is crossed. That is not a threat but predictability: nothing happens behind their backs any more. On the board, also describe what a ‘6’ looks like in this family.",
        },
    },

    keuze "niets_opschrijven" {
        tekst = "Breek het ijs en stel ze gerust: je schrijft vandaag niets op en deelt niets met wie dan ook. Vraag daarna rustig hoe het nu thuis gaat, zodat ze durven te vertellen.",
        feedback = "Begrijpelijk, want hun wantrouwen is voelbaar. Maar dit is een belofte die je niet kunt houden: je moet je keuzes en afwegingen vastleggen, en bij ernstige onveiligheid kan delen nodig zijn. Als later blijkt dat je wel iets vastlegde, bevestig je precies wat ze in 2017 meemaakten. Eerlijk zijn over wat je opschrijft, met wie je deelt en waarom, bouwt meer vertrouwen op dan een belofte van geheimhouding. En er ligt nog geen veiligheidsplan.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = -1 },
        naar = na_huisbezoek,
        en = {
            tekst = "Break the ice and reassure them: today you write nothing down and share nothing with anyone. Then calmly ask how things are at home now, so that they dare to tell you.",
            feedback = "Understandable, because their distrust is tangible. But this is a promise you cannot keep: you must record your choices and considerations, and with serious unsafety sharing may be necessary. If it later turns out you did record something, you confirm exactly what they went through in 2017. Being honest about what you write down, with whom you share and why builds more trust than a promise of secrecy. And there is no safety plan yet.",
        },
    },
}

-- Tussenstap: alleen als de directe veiligheid tot 3 of lager zakt (na het huisbezoek of na het
-- nieuwe signaal). Daarna gaat de casus verder waar hij gebleven was.
local na_veiligheid_eerst = {
    { als = { bezocht = "nieuw_signaal" }, naar = "tijdlijn_samen" },
    { naar = "weging" },
}

stap "veiligheid_eerst" {
    titel = "Tussenstap: eerst weer veiligheid",
    veiligheidssignaal = "De directe veiligheid staat op 3 of lager: er is geen werkend veiligheidsplan.",
    tekst = [[
Stop even. De meter Directe veiligheid staat op 3 of lager. In dit gezin is herhaaldelijk geweld geweest waar de kinderen bij waren, en op dit moment is er geen plan dat werkt: niemand weet wat er gebeurt als de spanning vanavond oploopt.

Marloes belt je zelf op: ‘Erwin is weer zo gespannen. Wat moet ik doen als het vanavond misgaat?’ Kijk ook op het bord Veiligheid: daar staat een rode melding tot je de veiligheid opnieuw hebt gescoord.
]],
    en = {
        titel = "Intermediate step: safety first again",
        veiligheidssignaal = "Immediate safety is at 3 or lower: there is no working safety plan.",
        tekst = [[
Stop for a moment. The Immediate safety meter is at 3 or lower. In this family there has been repeated violence with the children present, and right now there is no plan that works: nobody knows what happens if tension rises tonight.

Marloes calls you herself: ‘Erwin is so tense again. What do I do if it goes wrong tonight?’ Look at the Safety board too: a red alert stays there until you score safety again.
]],
    },

    keuze "veiligheid_herstellen" {
        tekst = "Ga vandaag nog langs. Maak met Marloes en Erwin een veiligheidsplan met een ondergrens en wat er gebeurt als die wordt overschreden, en spreek met oma Thea en Marco hun rol af.",
        feedback = "Goed: je zet de veiligheid terug in het midden, met het gezin en hun netwerk. Het is wel later dan nodig was. Kijk bij het terugspoelen eens wat er verandert als je dit al bij het eerste huisbezoek doet.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 3, vertrouwen_gezin = 1 },
        onthult = { "f_veiligheidsplan" },
        naar = na_veiligheid_eerst,
        en = {
            tekst = "Visit today. Make a safety plan with Marloes and Erwin with a bottom line and what happens if it is crossed, and agree their roles with grandma Thea and Marco.",
            feedback = "Good: you put safety back in the centre, with the family and their network. It is later than it needed to be, though. When you rewind, look at what changes if you do this at the first home visit.",
        },
    },

    keuze "vt_laten_monitoren" {
        tekst = "De afspraken van Veilig Thuis staan op papier en gelden nog. Houd je aan je eigen planning en bel Marloes volgende week om te horen of het gelukt is.",
        feedback = "Afspraken op papier zijn geen werkend plan. Veilig Thuis heeft afgesloten en verwacht dat jij de afspraken volgt; als jij dat niet doet, doet niemand het. Precies dit gebeurde in 2023. De directe veiligheid blijft onder de 6 en de kinderen leven verder in spanning.",
        bron = { "bouwsteen.directe_veiligheid", "pijlers" },
        naar = na_veiligheid_eerst,
        en = {
            tekst = "The Veilig Thuis agreements are on paper and still apply. Keep to your own planning and call Marloes next week to hear whether it worked.",
            feedback = "Agreements on paper are not a working plan. Veilig Thuis has closed and expects you to follow the agreements; if you don't, nobody does. This is exactly what happened in 2023. Immediate safety stays below a 6 and the children keep living with tension.",
        },
    },
}

stap "weging" {
    titel = "3. Wegen: wat heeft dit gezin nodig?",
    datum = "2025-01",
    tekst = [[
Januari 2025. Je bent een paar keer bij het gezin geweest. In het dossier van je eigen team vind je de afsluitnotitie van 2023: twee gemiste huisbezoeken, de kinderen nooit gesproken, dossier dicht.

Je zet op een rij wat je weet: tien jaar huiselijk geweld, drie politiemeldingen, hulp die steeds stopte, een moeder die zelf uit huis werd geplaatst, een vader die opgroeide met geweld, schulden, en een zoon van dertien die zijn moeder beschermt. Je voelt de druk om snel iets te doen. Wat doe je met deze casus?
]],
    documenten = { "d_lt_afsluiting_2023" },
    en = {
        titel = "3. Weighing: what does this family need?",
        tekst = [[
January 2025. You have visited the family a few times. In your own team's file you find the 2023 closing note: two missed home visits, the children never spoken to, file closed.

You list what you know: ten years of domestic violence, three police reports, help that kept stopping, a mother who was placed out of home herself, a father who grew up with violence, debts, and a thirteen-year-old son who protects his mother. You feel pressure to do something quickly. What do you do with this case?
]],
    },

    keuze "anoniem_sparren_alleen" {
        tekst = "Bespreek de casus anoniem met de vaste jeugdbeschermer van de GI op jullie locatie. Met haar advies beslis je daarna zelf hoe je verdergaat; dat scheelt weken wachten op het team.",
        feedback = "Anoniem sparren met de GI (product 1) mag altijd, ook zonder toestemming, en het is een goede eerste stap. Maar het vervangt de weging niet. Of een uitgebreide analyse en inzet van de GI nodig zijn, beslist het team in de casuïstiekbespreking, met een gedragswetenschapper, op basis van feiten en een genogram. Alleen beslissen maakt je kwetsbaar, juist bij huiselijk geweld.",
        bron = { "bouwsteen.weging", "bouwsteen.samenwerking_lt_gi" },
        naar = "toestemming_gi",
        en = {
            tekst = "Discuss the case anonymously with the GI's regular youth protector at your location. With her advice you then decide yourself how to proceed; that saves weeks of waiting for the team.",
            feedback = "Anonymous sparring with the GI (product 1) is always allowed, even without consent, and it is a good first step. But it does not replace the weighing. Whether an extended analysis and GI involvement are needed is decided by the team in the case discussion, with a behavioural scientist, on the basis of facts and a genogram. Deciding alone makes you vulnerable, especially with domestic violence.",
        },
    },

    keuze "vto_direct" {
        tekst = "Dit is te zwaar voor vrijwillige hulp: tien jaar geweld en drie politiemeldingen. Vraag via de Jeugdbeschermingstafel meteen een raadsonderzoek aan, dan ligt er tenminste iets.",
        feedback = "Je springt naar een maatregel zonder te wegen. Er ligt (als het goed is) een veiligheidsplan, de ouders werken schoorvoetend mee en er is nog nooit hulp geweest die het geweld zelf aanpakte. Een verzoek om een raadsonderzoek vraagt een gezamenlijke afweging, met feiten. Voor dit gezin bevestigt het bovendien hun grootste angst. De JBT-voorzitter legt de vraag terug: eerst wegen in het vrijwillig kader, eventueel met product 2a.",
        bron = { "bouwsteen.weging", "bouwsteen.samenwerkingsprincipes" },
        gevolg = { vertrouwen_gezin = -3 },
        naar = "toestemming_gi",
        en = {
            tekst = "This is too heavy for voluntary help: ten years of violence and three police reports. Request a Child Protection Board investigation straight away via the Youth Protection Table, so that at least something is in place.",
            feedback = "You jump to a measure without weighing. There is (if all is well) a safety plan, the parents cooperate hesitantly, and there has never been help that addressed the violence itself. A request for a Board investigation needs a joint deliberation, based on facts. For this family it also confirms their greatest fear. The Youth Protection Table chair sends the question back: weigh first in the voluntary framework, possibly with product 2a.",
        },
    },

    keuze "weging_mdo" {
        tekst = "Breng de casus in de casuïstiekbespreking met de gedragswetenschapper. Zet de feiten en het genogram op een rij en weeg: is een uitgebreide analyse nodig, en helpt de GI (product 2a)?",
        feedback = "Precies zo. Huiselijk geweld, herhaalde meldingen, bagatelliseren en hulp die niet van de grond komt: allemaal redenen om te wegen. Het team besluit tot een uitgebreide analyse en product 2a: een preventief jeugdbeschermer ondersteunt (maximaal 25 uur), het lokaal team houdt de regie en de eindverantwoordelijkheid voor de veiligheidstaxatie. Dat kan alleen met toestemming van de ouders; dat gesprek is de volgende stap.",
        bron = { "bouwsteen.weging", "bouwsteen.samenwerking_lt_gi" },
        onthult = { "f_besluit_weging" },
        naar = "toestemming_gi",
        en = {
            tekst = "Bring the case to the case discussion with the behavioural scientist. Set out the facts and the genogram and weigh: is an extended analysis needed, and would the GI help (product 2a)?",
            feedback = "Exactly. Domestic violence, repeated reports, trivialising and help that never gets going: all reasons to weigh. The team decides on an extended analysis and product 2a: a preventive youth protector supports (at most 25 hours), the local team keeps direction and final responsibility for the safety assessment. That is only possible with the parents' consent; that conversation is the next step.",
        },
    },

    keuze "gi_overdragen" {
        tekst = "Dit gezin hoort bij de specialisten. Draag de casus over aan de GI: zij hebben de expertise bij huiselijk geweld, en jij houdt tijd over voor de andere gezinnen op je lijst die ook wachten.",
        feedback = "Zo werkt de samenwerking niet. Zonder maatregel en zonder JBT-besluit is er geen overdracht naar de GI: in het vrijwillig kader houdt het lokaal team de regie, en de GI kan ondersteunen met product 2a. Bovendien is het lokaal team het blijvende gezicht voor het gezin; ‘doorzetten’ is precies de lineaire keten die Beter Samenspel wil vervangen door parallel samenwerken.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bron.evaluatie" },
        gevolg = { vertrouwen_gezin = -1 },
        naar = "toestemming_gi",
        en = {
            tekst = "This family belongs with the specialists. Hand the case over to the GI: they have the expertise in domestic violence, and you keep time for the other families on your list who are waiting too.",
            feedback = "That is not how the collaboration works. Without a measure and without a Youth Protection Table decision there is no handover to the GI: in the voluntary framework the local team keeps direction, and the GI can support with product 2a. Moreover, the local team is the lasting face for the family; ‘passing on’ is exactly the linear chain that Beter Samenspel wants to replace with parallel work.",
        },
    },
}

stap "toestemming_gi" {
    titel = "4. ‘Jeugdbescherming? Dan zijn we ze kwijt’",
    datum = "2025-01",
    tekst = [[
De vraag ligt nu op tafel of een preventief jeugdbeschermer van de GI mag meekijken, in het vrijwillig kader (product 2a).

Je zit weer aan de keukentafel. Zodra je het woord ‘jeugdbeschermer’ noemt, verstijft Marloes. ‘Jeugdbescherming? Dan zijn we ze kwijt. Zo ging het bij mij ook.’ Erwin staat op en zet koffie, met zijn rug naar je toe.

Hoe ga je verder?
]],
    en = {
        titel = "4. ‘Youth protection? Then we'll lose them’",
        tekst = [[
The question is now on the table whether a preventive youth protector from the GI may join in, within the voluntary framework (product 2a).

You are at the kitchen table again. As soon as you say ‘youth protector’, Marloes freezes. ‘Youth protection? Then we'll lose them. That's how it went with me too.’ Erwin gets up to make coffee, his back to you.

How do you continue?
]],
    },

    keuze "toestemming_formulier" {
        tekst = "Leg een toestemmingsformulier neer voor alle informatie-uitwisseling met alle betrokken partijen zolang de hulp duurt, en vraag of ze willen tekenen. Dan is het in één keer geregeld en hoeven ze niet steeds opnieuw te beslissen.",
        feedback = "Een handtekening onder een algemene verklaring is geen echte toestemming. Toestemming is gericht: wat deel je, met wie en waarom, en bij elke nieuwe uitwisseling vraag je het opnieuw. Mondeling mag, als je het vastlegt. Je hebt ook niet uitgelegd wat product 2a is, en Marloes’ angst bleef onbesproken. Voor een gezin in een afhankelijke positie is zo’n formulier eerder druk dan keuze.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "kinderen",
        en = {
            tekst = "Put down a consent form for all information exchange with all parties involved for as long as the help lasts, and ask them to sign. Then it is settled in one go and they need not decide again each time something comes up.",
            feedback = "A signature under a general statement is not real consent. Consent is specific: what you share, with whom and why, and you ask again for each new exchange. Verbal consent is fine if you record it. You also did not explain what product 2a is, and Marloes's fear was left undiscussed. For a family in a dependent position such a form is pressure rather than choice.",
        },
    },

    keuze "uitleg_2a_toestemming" {
        tekst = "Neem Marloes’ angst serieus. Leg uit wat 2a is: vrijwillig, jij houdt de regie, de jeugdbeschermer neemt geen kinderen weg. Vraag naar hun bezwaren, zeg wat je met wie deelt, en leg hun toestemming vast: die mogen ze intrekken.",
        feedback = "Sterk. Je legt uit wat je wilt en waarom, je verkent de bezwaren in plaats van ze te overstemmen, en je maakt toestemming concreet en terug te draaien. Zo wordt 2a iets wat het gezin kiest, niet iets wat hen overkomt. Ook eerlijk: als ze nee zeggen, mag je de casus nog anoniem met de GI bespreken, en dat vertel je ook.",
        bron = { "bouwsteen.privacy", "bouwsteen.samenwerking_lt_gi" },
        gevolg = { vertrouwen_gezin = 2 },
        onthult = { "f_toestemming" },
        naar = "kinderen",
        en = {
            tekst = "Take Marloes's fear seriously. Explain what 2a is: voluntary, you keep direction, the youth protector takes no children away. Ask about their objections, say what you share with whom, and record their consent: they may withdraw it.",
            feedback = "Strong. You explain what you want and why, you explore the objections instead of overriding them, and you make consent concrete and reversible. That way 2a becomes something the family chooses, not something that happens to them. Also honest: if they say no, you may still discuss the case anonymously with the GI, and you tell them that too.",
        },
    },

    keuze "gi_niet_noemen" {
        tekst = "Noem het woord jeugdbescherming niet meer; dat ligt te gevoelig. Stel de jeugdbeschermer volgende week voor als ‘een collega die meedenkt’, dan kan ze het gezin eerst rustig leren kennen.",
        feedback = "Je vermijdt de weerstand, maar je bent niet eerlijk. Toestemming voor product 2a kan alleen als de ouders weten waarmee ze instemmen. Als Marloes later ontdekt wie ‘de collega’ is, herhaalt zich het verhaal van 2017 en is het vertrouwen voorgoed weg. Openheid over wie er meekijkt en waarom is hier de enige begaanbare weg.",
        bron = { "bouwsteen.privacy", "bouwsteen.samenwerking_lt_gi", "bron.evaluatie" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "kinderen",
        en = {
            tekst = "Don't use the words youth protection again; it is too sensitive. Next week, introduce the youth protector as ‘a colleague who thinks along’, so she can get to know the family calmly first.",
            feedback = "You avoid the resistance, but you are not honest. Consent for product 2a is only possible if the parents know what they agree to. If Marloes later finds out who ‘the colleague’ is, the story of 2017 repeats itself and trust is gone for good. Openness about who joins in and why is the only way forward here.",
        },
    },

    keuze "zonder_toestemming_gi" {
        tekst = "De situatie is ernstig genoeg om niet te wachten. Betrek de jeugdbeschermer en geef haar het dossier, ook zonder toestemming: het lokaal team en de GI werken toch in één keten.",
        feedback = "Product 2a kan alleen met instemming van de ouders. Een dossier delen zonder toestemming vraagt een andere grondslag (een wettelijke plicht of een levensbedreigende situatie), overleg met een collega of leidinggevende en een vastgelegde afweging, en ook dan informeer je het gezin. Die situatie is er nu niet: er ligt een veiligheidsplan. Wat wel altijd mag: de casus anoniem bespreken met de GI.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -3 },
        naar = "kinderen",
        en = {
            tekst = "The situation is serious enough not to wait. Involve the youth protector and give her the file, even without consent: the local team and the GI work in one chain anyway.",
            feedback = "Product 2a is only possible with the parents' consent. Sharing a file without consent needs another legal ground (a legal duty or a life-threatening situation), consultation with a colleague or manager and a recorded consideration, and even then you inform the family. That situation does not exist now: there is a safety plan. What is always allowed: discussing the case anonymously with the GI.",
        },
    },
}

stap "kinderen" {
    titel = "5. Jesse, Lotte en Sem",
    datum = "2025-02",
    tekst = [[
Februari 2025. Je weet veel over de kinderen, maar alles wat je weet komt van anderen: de politie, Veilig Thuis, school, de ouders. De ouders gaven je het verslag van het oudergesprek op school (bij de documenten).

Jesse is 13: voor een gesprek vraag je ook zijn eigen toestemming. Lotte is 9 en Sem is 5: daarvoor vraag je de ouders. Erwin zegt: ‘Laat de kinderen erbuiten. Ze hebben al genoeg meegemaakt.’ Marloes twijfelt: ‘Jesse wil misschien wel.’
]],
    documenten = { "d_school_notitie" },
    en = {
        titel = "5. Jesse, Lotte and Sem",
        tekst = [[
February 2025. You know a lot about the children, but everything you know comes from others: the police, Veilig Thuis, the school, the parents. The parents gave you the notes of the parents' meeting at school (among the documents).

Jesse is 13: for a conversation you also ask his own consent. Lotte is 9 and Sem is 5: for them you ask the parents. Erwin says: ‘Leave the children out of it. They've been through enough.’ Marloes hesitates: ‘Jesse might want to, though.’
]],
    },

    -- Product 2a needs the parents' consent (Methodewijzer, regels.toestemming_2a). On the two routes
    -- without it, the youth protector is involved anyway: the story says so instead of going on as if
    -- the parents had agreed.
    varianten = {
        {
            als = { keuze = "gi_niet_noemen" },
            tekst = "De jeugdbeschermer is inmiddels een keer mee geweest, voorgesteld als ‘een collega die meedenkt’. Marloes en Erwin weten niet wie ze is. Alles wat jullie nu samen doen, rust op iets wat de ouders niet weten; komt het uit, dan is het vertrouwen weg.",
            en = { tekst = "The youth protector has come along once by now, introduced as ‘a colleague who thinks along’. Marloes and Erwin do not know who she is. Everything you now do together rests on something the parents do not know; if it comes out, their trust is gone." },
        },
        {
            als = { keuze = "zonder_toestemming_gi" },
            tekst = "De jeugdbeschermer heeft het dossier, maar Marloes en Erwin hebben nooit ingestemd met product 2a. Zolang die toestemming er niet is, werkt zij zonder grondslag mee, en de ouders hebben er recht op dat te weten.",
            en = { tekst = "The youth protector has the file, but Marloes and Erwin never agreed to product 2a. As long as that consent is missing she is involved without a basis, and the parents have a right to know." },
        },
    },

    keuze "samen_aan_tafel" {
        tekst = "Praat met de drie kinderen samen aan de keukentafel, met beide ouders erbij. Zo voelt niemand zich buitengesloten, en zien Erwin en Marloes dat je niets achter hun rug doet.",
        gesproken_met = { "jesse", "lotte", "sem" },
        feedback = "Je hebt de kinderen in elk geval gezien, en dat is meer dan in 2023. Maar met beide ouders aan tafel vertelt geen kind wat het thuis ziet: kinderen zijn loyaal aan hun ouders en beschermen hen. Jesse praat voor de anderen, Lotte zegt niets, Sem speelt. Kies bewust of je met of zonder ouders praat, en pas je werkvorm aan elke leeftijd aan. Twee weken later hoor je via school wat je zelf had kunnen horen.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -2 },
        naar = "nieuw_signaal",
        en = {
            tekst = "Talk with the three children together at the kitchen table, with both parents present. That way nobody feels left out, and Erwin and Marloes see that you do nothing behind their backs.",
            feedback = "At least you have seen the children, which is more than in 2023. But with both parents at the table no child tells what it sees at home: children are loyal to their parents and protect them. Jesse speaks for the others, Lotte says nothing, Sem plays. Choose consciously whether to talk with or without parents, and fit your approach to each age. Two weeks later you hear through the school what you could have heard yourself.",
        },
    },

    keuze "elk_kind_eigen_gesprek" {
        tekst = "Bespreek met de ouders waarom je elk kind wilt spreken, en vraag Jesse zelf. Loop met Jesse een rondje, doe de Drie Huizen met Lotte zonder ouders, en laat Sem spelen en tekenen met Marloes er eerst bij.",
        gesproken_met = { "jesse", "lotte", "sem" },
        feedback = "Zo hoort het: elk kind een eigen gesprek, met een vorm die past bij de leeftijd en een bewuste keuze over de aanwezigheid van ouders. Jesse vertelt dat hij ertussen gaat staan ‘omdat niemand anders het doet’. Lotte vertelt in het huis van zorgen over afgelopen zaterdag: papa sloeg een gat in de deur. Wat je hoort, is zorgelijker dan wat de ouders vertelden. Het gesprek maakt het thuis niet onveiliger: het gevaar was er al, en nu weet je ervan. Neem het mee in je taxatie op het bord. Kinderen voelen dat er iets mis is en geven zichzelf vaak de schuld; daarom zeg je hardop dat het niet aan hen ligt.",
        bron = "bouwsteen.gesprekken_kinderen",
        -- De meter is de veiligheid in de casus: een zorgvuldig gesprek verlaagt die niet (review L2).
        -- Het nieuwe incident zelf telt bij de keuzes van stap 6.
        gevolg = { vertrouwen_gezin = 1 },
        onthult = { "f_jesse_vertelt", "f_lotte_vertelt", "f_sem_tekent" },
        naar = "nieuw_signaal",
        en = {
            tekst = "Discuss with the parents why you want to talk with each child, and ask Jesse himself. Go for a walk with Jesse, do the Three Houses with Lotte without parents, and let Sem play and draw with Marloes there at first.",
            feedback = "That is how it should be: each child their own conversation, in a form that fits the age, and a conscious choice about the parents' presence. Jesse says he steps in ‘because nobody else does’. In the house of worries Lotte tells about last Saturday: dad punched a hole in the door. What you hear is more worrying than what the parents told you. The conversation does not make home less safe: the danger was already there, and now you know about it. Take it into your assessment on the board. Children sense that something is wrong and often blame themselves; that is why you say out loud that it is not their fault.",
        },
    },

    keuze "alleen_jesse" {
        tekst = "Spreek alleen Jesse, apart van zijn ouders. Hij is de oudste, kan het goed verwoorden en weet hoe het met Lotte en Sem gaat; zo hoeven de jongsten het niet opnieuw te vertellen, en blijft het voor hen rustig.",
        gesproken_met = { "jesse" },
        feedback = "Jesse een eigen gesprek geven is goed. Maar je maakt hem opnieuw de woordvoerder en beschermer van zijn broertje en zusje, precies de rol die hij thuis al te zwaar draagt. Lotte en Sem hebben hun eigen beleving en een eigen stem; vanaf ongeveer vier jaar kunnen kinderen open vragen beantwoorden. De methode vraagt face-to-face contact met elk kind. Twee weken later hoor je via school wat Lotte je zelf had kunnen vertellen.",
        bron = { "bouwsteen.gesprekken_kinderen", "bron.monitor" },
        gevolg = { directe_veiligheid = -2 },
        onthult = { "f_jesse_vertelt" },
        naar = "nieuw_signaal",
        en = {
            tekst = "Talk only with Jesse, apart from his parents. He is the eldest, can put things into words and knows how Lotte and Sem are doing; that way the youngest need not tell it all again, and things stay calm for the two of them.",
            feedback = "Giving Jesse his own conversation is good. But you make him the spokesman and protector of his brother and sister again, exactly the role he already carries too heavily at home. Lotte and Sem have their own experience and their own voice; from about age four children can answer open questions. The method asks for face-to-face contact with each child. Two weeks later you hear through the school what Lotte could have told you herself.",
        },
    },

    keuze "kinderen_niet_belasten" {
        tekst = "Respecteer de wens van Erwin: de kinderen hebben genoeg meegemaakt. Vraag school om ze goed in de gaten te houden en je meteen te bellen als ze iets zien of horen.",
        feedback = "Begrijpelijk, maar zo praat iedereen over de kinderen en niemand met hen, net als in 2023. Bij huiselijk geweld spreek je de kinderen zelf, meer dan eens, tenzij er gegronde redenen zijn om af te wijken; die leg je dan vast, en je zorgt dat iemand anders wél met hen praat. ‘Niet belasten’ is zelden zo’n reden: kinderen voelen dat er iets mis is en vullen het zelf in, vaak met schuldgevoel. Praat met Erwin over zijn bezwaar in plaats van het over te nemen.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -3 },
        naar = "nieuw_signaal",
        en = {
            tekst = "Respect Erwin's wish: the children have been through enough. Ask the school to keep a close eye on them and to call you at once if they see or hear anything.",
            feedback = "Understandable, but this way everyone talks about the children and nobody with them, just like in 2023. With domestic violence you talk with the children themselves, more than once, unless there are sound reasons to deviate; you then record them and make sure someone else does talk with them. ‘Not burdening them’ is rarely such a reason: children sense that something is wrong and fill it in themselves, often with guilt. Talk with Erwin about his objection instead of adopting it.",
        },
    },
}

local na_signaal = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
    { naar = "tijdlijn_samen" },
}

stap "nieuw_signaal" {
    titel = "6. Een nieuw signaal",
    datum = "2025-02",
    veiligheidssignaal = "Erwin sloeg tijdens een ruzie een gat in de slaapkamerdeur; Jesse nam Sem mee naar buiten en Lotte verstopte zich.",
    tekst = [[
Maandagmiddag belt de intern begeleider van Lottes school. Haar zorgmelding staat bij de documenten. Lotte vertelde de juf dat haar vader zaterdag met zijn vuist een gat in de slaapkamerdeur sloeg. Jesse nam Sem mee naar buiten; Lotte verstopte zich in de kast. Ze vroeg de juf het ‘niet tegen papa te zeggen’. School heeft moeder verteld dat ze het aan jou melden. Marloes zei: ‘Het was maar een deur.’

Hoorde je dit al van Lotte zelf, dan bevestigt school het nu. Erwin is na zaterdag gewoon thuis gebleven, alsof er niets is gebeurd.

Op het bord Veiligheid staat een rode melding. Wat doe je vandaag?
]],
    documenten = { "d_melding_school_2025" },
    feiten = { "f_deur_incident" },
    en = {
        titel = "6. A new signal",
        veiligheidssignaal = "During a row Erwin punched a hole in the bedroom door; Jesse took Sem outside and Lotte hid.",
        tekst = [[
On Monday afternoon the special-needs coordinator of Lotte's school calls. Her report of concern is among the documents. Lotte told her teacher that on Saturday her father punched a hole in the bedroom door. Jesse took Sem outside; Lotte hid in the wardrobe. She asked the teacher ‘not to tell dad’. The school told mother that they are reporting it to you. Marloes said: ‘It was just a door.’

If you already heard this from Lotte herself, the school now confirms it. Erwin has simply stayed at home since Saturday, as if nothing happened.

The Safety board shows a red alert. What do you do today?
]],
    },

    keuze "analyse_doorzetten" {
        tekst = "Het was een deur, geen persoon, en Marloes zegt dat het alweer rustig is. De tijdlijnsessie staat volgende week gepland: bespreek de deur daar met beide ouders, dan blijft de analyse op koers en voelen ze zich niet overvallen.",
        feedback = "Hier gaat het mis. Een gat in een deur slaan waar kinderen bij zijn, is geweld: de kinderen verstopten zich en brachten elkaar in veiligheid. De analyse kan alleen doorgaan zolang de directe veiligheid minstens een 6 is. Nu is die eronder, en dan gaat het veiligheidsplan voor. Als er een ondergrens was, bevestigt doorgaan ‘alsof er niets is’ bovendien dat afspraken niets betekenen.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = -5 },
        naar = na_signaal,
        en = {
            tekst = "It was a door, not a person, and Marloes says things are calm again. The timeline session is planned for next week: discuss the door there with both parents, so the analysis stays on course and nobody feels ambushed by a sudden visit today.",
            feedback = "This is where it goes wrong. Punching a hole in a door with children present is violence: the children hid and brought each other to safety. The analysis can only go on while immediate safety is at least a 6. Now it is below that, and then the safety plan comes first. If there was a bottom line, carrying on ‘as if nothing happened’ also confirms that agreements mean nothing.",
        },
    },

    keuze "vt_melden_stil_hg" {
        tekst = "Meld het bij Veilig Thuis en laat hen het onderzoek doen. Vertel de ouders niet dat jij het deelt, anders zetten ze Lotte onder druk; jij gaat intussen door met de hulp.",
        feedback = "Zorg over Lotte is terecht, maar een melding zonder de ouders te informeren maakt alles kwetsbaarder. De ouders horen het toch, raden wie het vertelde en voelen zich opnieuw verraden; voor Lotte wordt het thuis eerder onveiliger dan veiliger. Deel je zonder toestemming met Veilig Thuis, dan volg je de werkinstructie, overleg je en leg je de afweging vast, en informeer je het gezin: wat je deelt, waarom, en hoe je Lotte beschermt. En voor vanavond is er nog steeds niets afgesproken: het onderzoek van Veilig Thuis is geen veiligheidsplan.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -4, directe_veiligheid = -2 },
        naar = na_signaal,
        en = {
            tekst = "Report it to Veilig Thuis and let them investigate. Don't tell the parents that you are sharing it, otherwise they will put pressure on Lotte; meanwhile you carry on with the help.",
            feedback = "Worry about Lotte is justified, but a report without informing the parents makes everything more fragile. The parents hear about it anyway, guess who told and feel betrayed again; for Lotte home becomes less safe rather than safer. If you share with Veilig Thuis without consent, you follow the work instruction, consult and record the consideration, and you inform the family: what you share, why, and how you protect Lotte. And nothing has been agreed for tonight yet: the Veilig Thuis investigation is not a safety plan.",
        },
    },

    keuze "veiligheidsplan_herzien" {
        als = { feit = "f_veiligheidsplan" },
        tekst = "Ga vandaag met de jeugdbeschermer langs, taxeer iedereen opnieuw en spreek de kinderen. Zeg dat de ondergrens is overschreden en doe wat is afgesproken: Erwin naar Marco, samen Veilig Thuis informeren. Weeg het dezelfde dag met de GW'er.",
        gesproken_met = { "jesse", "lotte", "sem" },
        feedback = "Dit is het veiligheidsplan als levend document. Je doet precies wat je vooraf eerlijk had afgesproken, dus het gezin wordt niet verrast. Je taxeert alle gezinsleden opnieuw, spreekt de kinderen weer (meer dan eens, zoals de methode vraagt) en weegt het signaal met de gedragswetenschapper. Je beschermt ook Lotte: je vertelt de ouders wat school zag, niet ‘wat Lotte verklapte’. Erwin is boos, maar zegt aan het eind: ‘Jij doet tenminste wat je zegt.’",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.weging" },
        gevolg = { directe_veiligheid = 2, vertrouwen_gezin = 1 },
        onthult = { "f_plan_herzien" },
        naar = na_signaal,
        en = {
            tekst = "Visit today with the youth protector, reassess everyone and talk with the children. Say the bottom line has been crossed and do what was agreed: Erwin to Marco's, inform Veilig Thuis together. Weigh it with the behavioural scientist that day.",
            feedback = "This is the safety plan as a living document. You do exactly what you honestly agreed in advance, so the family is not surprised. You reassess every family member, talk with the children again (more than once, as the method asks) and weigh the signal with the behavioural scientist. You also protect Lotte: you tell the parents what the school saw, not ‘what Lotte let slip’. Erwin is angry, but at the end he says: ‘At least you do what you say.’",
        },
    },

    -- Zonder eerste veiligheidsplan is er geen ondergrens om uit te voeren (review L1 en H6).
    keuze "veiligheidsplan_alsnog" {
        als = { niet = { feit = "f_veiligheidsplan" } },
        tekst = "Ga vandaag met de jeugdbeschermer langs, taxeer iedereen opnieuw en spreek de kinderen. Maak nu met beide ouders het veiligheidsplan dat er nog niet was, met een ondergrens. Weeg het dezelfde dag met de GW'er.",
        gesproken_met = { "jesse", "lotte", "sem" },
        feedback = "Goed: je zet de veiligheid weer voorop, met het gezin en de jeugdbeschermer, je spreekt de kinderen opnieuw en je weegt het signaal met de gedragswetenschapper. Je beschermt ook Lotte: je vertelt de ouders wat school zag, niet ‘wat Lotte verklapte’. Maar het komt laat. Er lag geen ondergrens, dus niemand wist vooraf wat er zou gebeuren als het weer misging; voor het gezin voelt elke stap nu als een reactie achteraf. Kijk bij het terugspoelen wat er verandert als je dit plan al bij het eerste huisbezoek maakt.",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.weging" },
        gevolg = { directe_veiligheid = 2 },
        naar = na_signaal,
        en = {
            tekst = "Visit today with the youth protector, reassess everyone and talk with the children. Now make with both parents the safety plan that was not there yet, with a bottom line. Weigh it with the behavioural scientist that day.",
            feedback = "Good: you put safety first again, with the family and the youth protector, you talk with the children again and you weigh the signal with the behavioural scientist. You also protect Lotte: you tell the parents what the school saw, not ‘what Lotte let slip’. But it comes late. There was no bottom line, so nobody knew in advance what would happen if things went wrong again; for the family every step now feels like a reaction after the fact. When you rewind, look at what changes if you make this plan at the first home visit.",
        },
    },

    keuze "lotte_confronteren" {
        tekst = "Wees open tegen de ouders: bel ze vandaag en vertel dat Lotte op school over de deur heeft verteld. Vraag wat er zaterdag gebeurde; hun kant van het verhaal hoort er ook bij, en zo gaat er niets achter hun rug om.",
        feedback = "Open zijn naar de ouders is goed, maar zo zet je Lotte in de vuurlinie: zij vroeg de juf juist om het niet tegen papa te zeggen. Kinderen zijn loyaal en voelen zich schuldig als ze ‘verklappen’. Bespreek wat school heeft gezien en wat jij ermee doet, zonder Lotte als bron neer te zetten, en maak eerst een plan voor vanavond. Een telefoontje om uitleg is bovendien geen veiligheidsplan.",
        bron = { "bouwsteen.gesprekken_kinderen", "bouwsteen.directe_veiligheid" },
        gevolg = { directe_veiligheid = -4, vertrouwen_gezin = -1 },
        naar = na_signaal,
        en = {
            tekst = "Be open with the parents: call them today and tell them that Lotte told the school about the door. Ask what happened on Saturday; their side of the story belongs there too, and that way nothing goes on behind their backs.",
            feedback = "Being open with the parents is good, but this puts Lotte in the line of fire: she asked her teacher precisely not to tell dad. Children are loyal and feel guilty when they ‘tell on’ their parents. Discuss what the school saw and what you will do about it, without presenting Lotte as the source, and first make a plan for tonight. A phone call asking for an explanation is also not a safety plan.",
        },
    },
}

stap "tijdlijn_samen" {
    titel = "7. De tijdlijn aan de keukentafel",
    datum = "2025-03",
    tekst = [[
Maart 2025. Het is rustiger in huis. Sinds de deur is er geen nieuw incident geweest.

Marloes legt een map op tafel. ‘Dit is het verslag van 2017. Lees maar wat ze over ons schreven.’ In de map zit ook de afsluitbrief van Erwins training uit 2019. Beide staan bij de documenten.

Het is tijd voor de verklarende analyse: hoe komt het dat het geweld steeds terugkomt, en waarom stopte de hulp steeds? Hoe maak je de tijdlijn?
]],
    documenten = { "d_gezinsbegeleiding_2017", "d_training_2019" },
    en = {
        titel = "7. The timeline at the kitchen table",
        tekst = [[
March 2025. Things are calmer at home. There has been no new incident since the door.

Marloes puts a folder on the table. ‘This is the 2017 report. Read what they wrote about us.’ The folder also holds the closing letter of Erwin's 2019 training. Both are among the documents.

It is time for the explanatory analysis: why does the violence keep coming back, and why did the help keep stopping? How do you make the timeline?
]],
    },

    keuze "tijdlijn_met_gezin" {
        tekst = "Maak de tijdlijn met Marloes en Erwin op een grote flap: hun eigen jeugd, de meldingen en alle eerdere hulp met wat die opleverde. Vraag bij elke hulp wat hielp, en schrijf erbij hoe zíj het zien.",
        feedback = "Zo wordt de tijdlijn van het gezin zelf. Al schrijvend vertelt Erwin voor het eerst over zijn vader, die zijn moeder sloeg. Marloes zet haar uithuisplaatsing erbij. Bij de hulp wordt het patroon zichtbaar: telkens hulp aan één persoon of op één leefgebied, het geweld zelf nooit besproken, en stoppen zonder overdracht. Onderaan schrijven ze: ‘We waren altijd het probleemgezin. Niemand vroeg wat wíj wilden.’ Zet die eigen kijk ook op het bord, bij ‘Zo ziet het gezin het zelf’.",
        bron = "bouwsteen.tijdlijn",
        gevolg = { vertrouwen_gezin = 1 },
        onthult = { "f_jeugd_erwin", "f_visie_ouders" },
        naar = "patroon_samen",
        en = {
            tekst = "Make the timeline with Marloes and Erwin on a big flip chart: their own childhoods, the reports and all earlier help with what it achieved. For each kind of help ask what helped, and write down how they see it.",
            feedback = "That way the timeline becomes the family's own. While writing, Erwin tells for the first time about his father, who hit his mother. Marloes adds her own out-of-home placement. With the help, the pattern becomes visible: each time help for one person or one area of life, the violence itself never discussed, and stopping without a handover. At the bottom they write: ‘We were always the problem family. Nobody asked what we wanted.’ Put that own view on the board too, under ‘The family's own view’.",
        },
    },

    keuze "tijdlijn_achter_bureau" {
        tekst = "Zet de tijdlijn op kantoor in elkaar uit de dossiers, de meldingen en de map van Marloes. Dan klopt elke datum, en bespreek je hem volgende keer met de ouders zonder dat het hun weer een hele avond kost.",
        feedback = "Een tijdlijn uit dossiers is feitelijk, maar het is jouw tijdlijn, niet die van het gezin. Je mist wat niet in dossiers staat: hoe Erwin opgroeide, wat Marloes als tiener meemaakte, hoe zij de hulp van toen beleefden. En je mist hun eigen kijk, waar gebruikers van de methode juist om vroegen. Voor dit gezin herhaalt het bovendien het oude patroon: er wordt over hen geschreven.",
        bron = { "bouwsteen.tijdlijn", "bron.onderzoek" },
        gevolg = { vertrouwen_gezin = -1 },
        naar = "patroon_samen",
        en = {
            tekst = "Put the timeline together at the office from the files, the reports and Marloes's folder. Then every date is right, and you discuss it with the parents next time without it costing them yet another whole evening.",
            feedback = "A timeline from files is factual, but it is your timeline, not the family's. You miss what is not in files: how Erwin grew up, what Marloes went through as a teenager, how they experienced the help back then. And you miss their own view, which users of the method specifically asked for. For this family it also repeats the old pattern: things are written about them.",
        },
    },

    keuze "geen_tijdlijn" {
        tekst = "De voorgeschiedenis is bekend genoeg uit de meldingen en de map. Sla de tijdlijn over en stel met de ouders meteen doelen op: ze willen vooruit, niet weer terugkijken naar alles wat misging.",
        feedback = "Zonder tijdlijn geen patroon, en zonder patroon worden de doelen weer symptoombestrijding: een schuldentraject, weer een training. De oorspronkelijke dossiers van de leerwerkplaatsen lieten precies dit zien: ‘geen of beperkte tijdslijn van eerder ingezette hulpverlening’ en ‘repetitie van hulp’. De analyse vraagt vertraging, nu de directe veiligheid weer op orde is.",
        bron = "bouwsteen.tijdlijn",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "patroon_samen",
        en = {
            tekst = "The history is known well enough from the reports and the folder. Skip the timeline and set goals with the parents straight away: they want to move forward, not look back again at everything that went wrong.",
            feedback = "No timeline, no pattern, and without a pattern the goals become symptom fighting again: a debt trajectory, another training. The learning workshops' original case files showed exactly this: no or a thin timeline of earlier help, and repetition of help. The analysis asks for slowing down, now that immediate safety is in order again.",
        },
    },
}

stap "patroon_samen" {
    titel = "8. Het patroon op de flap",
    datum = "2025-03",
    opent = { "patroon" },
    tekst = [[
De tijdlijn ligt er. Nu de vraag die het verschil maakt: hoe komt het dat het geweld steeds terugkomt, en wat doet het met Jesse, Lotte en Sem? Het bord Gezinspatroon is open: ontwikkeling en gedrag van ouders en kinderen, en de rol van de hulpverlening zelf.

Je hebt er een middag voor vrijgehouden, en de jeugdbeschermer heeft tijd om mee te denken.

Hoe pak je het patroon aan?
]],
    en = {
        titel = "8. The pattern on the flip chart",
        tekst = [[
The timeline is there. Now the question that makes the difference: why does the violence keep coming back, and what does it do to Jesse, Lotte and Sem? The Family pattern board is open: development and behaviour of parents and children, and the role of the help itself.

You have set aside an afternoon for it, and the youth protector has time to think along.

How do you approach the pattern?
]],
    },

    keuze "patroon_zelf_invullen" {
        tekst = "Werk het patroon uit met de jeugdbeschermer op kantoor: twee professionals komen sneller tot een scherp beeld. Stuur het daarna naar de ouders en bespreek het bij het volgende huisbezoek, als ze het rustig hebben gelezen.",
        feedback = "Twee professionals komen vaak sneller tot een scherp patroon, en samen analyseren met de GI is goed. Maar een patroon dat de ouders niet zelf zien, verandert niets aan hun gedrag. Gebruikers van de methode zagen het grootste effect als het patroon samen met het gezin visueel werd gemaakt, op flappen. Dan herkennen ouders de samenhang zelf.",
        bron = { "bouwsteen.gezinspatroon", "bron.onderzoek" },
        naar = "netwerkberaad",
        en = {
            tekst = "Work out the pattern with the youth protector at the office: two professionals get to a sharp picture faster. Then send it to the parents and discuss it at the next home visit, once they have had time to read it calmly.",
            feedback = "Two professionals often get to a sharp pattern faster, and analysing together with the GI is good. But a pattern the parents do not see themselves changes nothing in their behaviour. Users of the method saw the greatest effect when the pattern was made visual together with the family, on flip charts. Then parents recognise the connections themselves.",
        },
    },

    keuze "patroon_visueel_met_gezin" {
        tekst = "Teken het patroon met Marloes en Erwin op de flap, met de driehoek van ontwikkeling en gedrag. Koppel elke pijl aan een feit van de tijdlijn, maak samen de patroonzin af en vraag naar hun goede bedoelingen.",
        feedback = "Hier gebeurt het. Als de pijl van Erwins jeugd naar zijn ruzies op de flap staat, en die van de ruzies naar Jesse die ertussen gaat staan, zegt Marloes: ‘Het zijn niet de kinderen. Wij zijn het, met onze ruzies.’ Erwin: ‘Dit is de eerste keer dat we echt alles op tafel hebben gelegd.’ De nobele intenties worden zichtbaar: Erwin wil een andere vader zijn dan de zijne, Marloes wil haar kinderen nooit kwijtraken. Daarop kun je bouwen.",
        bron = { "bouwsteen.gezinspatroon", "bron.evaluatie" },
        gevolg = { vertrouwen_gezin = 1 },
        onthult = { "f_inzicht_ouders" },
        naar = "netwerkberaad",
        en = {
            tekst = "Draw the pattern with Marloes and Erwin on the flip chart, with the triangle of development and behaviour. Link each arrow to a timeline fact, finish the pattern sentence together and ask about their good intentions.",
            feedback = "This is where it happens. When the arrow from Erwin's childhood to his rows is on the flip chart, and the one from the rows to Jesse stepping in between, Marloes says: ‘It isn't the children. It's us, with our rows.’ Erwin: ‘This is the first time we've really put everything on the table.’ The noble intentions become visible: Erwin wants to be a different father from his own, Marloes never wants to lose her children. You can build on that.",
        },
    },

    keuze "diagnose_vader" {
        tekst = "Erwins agressie is het probleem, dat laat de hele tijdlijn zien. Verwijs hem naar forensische behandeling bij een gespecialiseerde instelling; als het geweld stopt, lost de rest zich grotendeels vanzelf op.",
        feedback = "Erwins gedrag is de grootste zorg, maar één oorzaak aanwijzen is geen patroon. Waarom grijpt hij bij geldstress naar geweld (zijn eigen jeugd)? Waarom praat Marloes het klein (haar angst om de kinderen kwijt te raken)? Wat doet het met Jesse, die de beschermer werd? En welke rol speelde de hulp, die steeds alleen Erwin of alleen Jesse behandelde? Een training voor Erwin alleen is in 2019 al geprobeerd.",
        bron = "bouwsteen.gezinspatroon",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "netwerkberaad",
        en = {
            tekst = "Erwin's aggression is the problem; the whole timeline shows it. Refer him to forensic treatment at a specialised institution; once the violence stops, most of the rest will sort itself out on its own.",
            feedback = "Erwin's behaviour is the biggest concern, but naming one cause is not a pattern. Why does he turn to violence under money stress (his own childhood)? Why does Marloes play it down (her fear of losing the children)? What does it do to Jesse, who became the protector? And what role did the help play, which always treated only Erwin or only Jesse? Training for Erwin alone was already tried in 2019.",
        },
    },
}

stap "netwerkberaad" {
    titel = "9. Netwerkberaad: waar werken we naartoe?",
    datum = "2025-04",
    opent = { "eindsituatie" },
    tekst = [[
April 2025. Het patroon is helder genoeg om de stap te zetten naar een haalbare eindsituatie. De jeugdbeschermer heeft 14 van haar 25 uur gebruikt; haar voortgangsnotitie staat bij de documenten.

Er zijn veel mensen die iets willen of moeten: oma Thea, Marco, tante Ilse, school, een schuldhulpverlener, een behandelaar huiselijk geweld, en Jesse, die heeft gezegd dat hij ‘ook iets wil zeggen’. Het bord Eindsituatie is open.

Hoe komt er één plan?
]],
    documenten = { "d_voortgang_2a" },
    en = {
        titel = "9. Network meeting: where are we heading?",
        tekst = [[
April 2025. The pattern is clear enough to take the step towards a feasible end situation. The youth protector has used 14 of her 25 hours; her progress note is among the documents.

Many people want or need to do something: grandma Thea, Marco, aunt Ilse, the school, a debt counsellor, a domestic-violence therapist, and Jesse, who has said he ‘also wants to say something’. The End situation board is open.

How do you get to one plan?
]],
    },

    keuze "netwerkberaad_eindsituatie" {
        tekst = "Organiseer een netwerkberaad met het gezin, Jesse, oma Thea, Marco, Ilse, school en hulpverleners. Beschrijf samen de eindsituatie in hun woorden, verdeel de taken, benoem de terugvalsignalen en plan het volgende beraad.",
        feedback = "Eén gezin, één plan, één regisseur. Iedereen werkt nu aan dezelfde eindsituatie, in woorden die Marloes en Erwin zelf gebruiken: ‘Als het spannend wordt, zegt Erwin ‘ik ga even’ en komt hij een uur later rustig terug.’ Jesse zegt dat hij ‘niet meer de politie hoeft te zijn’. Er staan taken per persoon, terugvalsignalen en wat iedereen dan doet, en het volgende beraad staat binnen dertien weken in de agenda.",
        bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.haalbare_eindsituatie" },
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = 1 },
        onthult = { "f_netwerkberaad" },
        naar = "afronding",
        en = {
            tekst = "Organise a network meeting with the family, Jesse, grandma Thea, Marco, Ilse, the school and helpers. Describe the end situation together in their words, divide the tasks, name the relapse signals and plan the next one.",
            feedback = "One family, one plan, one director. Everyone now works towards the same end situation, in words Marloes and Erwin use themselves: ‘When it gets tense, Erwin says ‘I'm going out for a bit’ and comes back calm an hour later.’ Jesse says he ‘no longer has to be the police’. There are tasks per person, relapse signals and what everyone does then, and the next meeting is in the diary within thirteen weeks.",
        },
    },

    keuze "plan_per_aanbieder" {
        tekst = "Laat elke hulpverlener zijn eigen plan maken: behandeling voor Erwin, schuldhulp voor het gezin, schoolmaatschappelijk werk voor Jesse. Ieder doet waar hij goed in is en niemand zit uren in overleg; jij houdt de lijst bij.",
        feedback = "Dit is het hulpverleningspatroon uit de tijdlijn, opnieuw: hulp per leefgebied, ieder met een eigen doel, niemand die het geheel bewaakt. Zo zijn de schuldhulp, de training en het schoolmaatschappelijk werk eerder ‘positief’ afgesloten terwijl het geweld bleef. Eén gezin, één plan, één regisseur: in een netwerkberaad werken gezin, netwerk en hulpverleners aan dezelfde haalbare eindsituatie.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "afronding",
        en = {
            tekst = "Let each helper make their own plan: treatment for Erwin, debt counselling for the family, school social work for Jesse. Everyone does what they are good at and nobody sits in meetings for hours; you keep the list up to date.",
            feedback = "This is the pattern of help from the timeline, again: help per area of life, each with its own goal, nobody guarding the whole. That is how debt help, the training and school social work were closed ‘positively’ before, while the violence remained. One family, one plan, one director: in a network meeting the family, network and helpers work towards the same feasible end situation.",
        },
    },

    keuze "alleen_ouders_plan" {
        tekst = "Maak het plan alleen met de ouders. Een grote tafel met familie en hulpverleners voelt voor hen te bedreigend, en oma Thea wil niets met jeugdzorg. Met z’n drieën kom je sneller tot afspraken.",
        feedback = "Je sluit aan bij hun kwetsbaarheid, maar je laat de krachten die dit gezin nodig heeft buiten beeld. Wie vangt de kinderen op als het misgaat? Wie merkt de terugval als eerste? Dat zijn oma Thea, Marco en Ilse, niet de hulpverleners. Bespreek de bezwaren, laat de ouders zelf bepalen wie ze uitnodigen, en zorg dat ook de betrokken hulpverleners aan tafel zitten.",
        bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.haalbare_eindsituatie" },
        naar = "afronding",
        en = {
            tekst = "Make the plan with the parents only. A big table with family and helpers feels too threatening for them, and grandma Thea wants nothing to do with youth care. The three of you reach agreements faster.",
            feedback = "You respect their vulnerability, but you leave out the strengths this family needs. Who takes in the children if things go wrong? Who notices a relapse first? Grandma Thea, Marco and Ilse, not the helpers. Discuss the objections, let the parents decide whom they invite, and make sure the helpers involved are at the table too.",
        },
    },
}

-- Routes naar de eindes. Eerst de twee zorgelijke uitkomsten, dan het goede einde, dan gemengd.
-- Het goede einde zegt "eerst een veiligheidsplan dat het gezin zelf mee maakte, vooraf zeggen wat je
-- doet": dus alleen na een eerste veiligheidsplan met de ouders, en niet na de belofte niets op te
-- schrijven (review H6).
local naar_einde = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "einde_escalatie" },
    { als = { variabele = "vertrouwen_gezin", max = 2 }, naar = "einde_deur_dicht" },
    { als = { alle = {
          { variabele = "directe_veiligheid", min = 6 },
          { variabele = "vertrouwen_gezin", min = 6 },
          { een_van = { { keuze = "veiligheidsplan_samen" }, { feit = "f_veiligheidsplan" } } },
          { niet_keuze = "niets_opschrijven" },
          { keuze = "elk_kind_eigen_gesprek" },
          { keuze = "veiligheidsplan_herzien" },
          { keuze = "netwerkberaad_eindsituatie" },
          { keuze = "gi_afbouw_met_afspraken" },
      } },
      naar = "einde_eerlijk" },
    { naar = "einde_half" },
}

stap "afronding" {
    titel = "10. De jeugdbeschermer stapt eruit",
    datum = "2025-07",
    tekst = [[
Juli 2025. De jeugdbeschermer heeft 23 van haar 25 uur gebruikt en wil afronden; haar notitie staat bij de documenten. Sinds februari is er geen politie-inzet geweest. De ouders zijn aangemeld voor systeemgerichte behandeling huiselijk geweld.

Marloes zegt: ‘Fijn dat ze weggaat. Niet omdat ze vervelend was, hoor.’ Hoe rond je de inzet van de GI af?
]],
    documenten = { "d_afbouw_2a" },
    en = {
        titel = "10. The youth protector steps out",
        tekst = [[
July 2025. The youth protector has used 23 of her 25 hours and wants to finish; her note is among the documents. There has been no police call-out since February. The parents have been referred to systemic domestic-violence treatment.

Marloes says: ‘Good that she's leaving. Not because she was annoying, mind you.’ How do you close the GI's involvement?
]],
    },

    varianten = {
        {
            als = { een_van = { { keuze = "gi_niet_noemen" }, { keuze = "zonder_toestemming_gi" } } },
            tekst = "Marloes en Erwin hebben nooit echt ingestemd met de inzet van de jeugdbeschermer. Ook dat hoort bij de afronding: eerlijk zeggen wie er meekeek en waarom.",
            en = { tekst = "Marloes and Erwin never really agreed to the youth protector's involvement. That belongs to the closing too: saying honestly who was involved and why." },
        },
    },

    keuze "gi_stopt_stil" {
        tekst = "De uren van de jeugdbeschermer zijn op en het gaat beter. Laat haar stoppen zoals gepland; jij blijft gewoon betrokken en neemt haar contacten met het gezin over, zodat er voor hen weinig verandert.",
        feedback = "De GI-inzet eindigt zonder afrondend gesprek en zonder dat vaststaat hoe de veiligheid geborgd blijft. De monitor van Beter Samenspel vraagt juist dat er afspraken over de borging van de veiligheid liggen vóórdat de inzet van de GI stopt. Ook het gezin verdient een afscheid: zij hebben ervaren dat een jeugdbeschermer kon helpen in plaats van dreigen. Sta daar samen bij stil.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bron.monitor" },
        naar = naar_einde,
        en = {
            tekst = "The youth protector's hours are used up and things are better. Let her stop as planned; you simply stay involved and take over her contacts with the family, so that little changes for them.",
            feedback = "The GI involvement ends without a closing conversation and without it being settled how safety stays secured. The Beter Samenspel monitor asks precisely that agreements on securing safety are in place before the GI's involvement ends. The family deserves a goodbye too: they experienced that a youth protector could help instead of threaten. Reflect on that together.",
        },
    },

    keuze "alles_afsluiten" {
        tekst = "Het gaat een stuk beter: geen politie meer sinds februari. Sluit de 2a-inzet én je eigen dossier af; de behandelaar en school houden het gezin in beeld en weten je te vinden als het weer misgaat.",
        feedback = "Positief afsluiten terwijl het patroon nog niet doorbroken is, dat is de draaideur uit de oorspronkelijke dossiers. De behandeling is nog niet begonnen, de schulden lopen nog, en school is geen hulpverlener. Zonder regisseur, borgingsplan en volgend netwerkberaad merkt niemand een terugval op tijd. Een medewerker laat een gezin niet los zonder overdracht.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { directe_veiligheid = -2 },
        naar = naar_einde,
        en = {
            tekst = "Things are much better: no police since February. Close the 2a involvement and your own file; the therapist and the school keep the family in view and know where to find you if things go wrong again.",
            feedback = "Closing positively while the pattern has not yet been broken: that is the revolving door from the original case files. The treatment has not started yet, the debts are still there, and the school is not a helper. Without a director, a securing plan and a next network meeting nobody notices a relapse in time. A worker does not let go of a family without a handover.",
        },
    },

    keuze "gi_afbouw_met_afspraken" {
        tekst = "Rond samen af: zet met het gezin de veiligheidsafspraken en terugvalsignalen in het borgingsplan, vraag ouders en kinderen wat hielp, en bevestig het volgende netwerkberaad. Dan stopt de GI.",
        gesproken_met = { "jesse", "lotte", "sem" },
        feedback = "Zo hoort een afronding: de veiligheidsafspraken en terugvalsignalen liggen vast vóórdat de GI vertrekt, het lokaal team blijft het vaste gezicht, en het volgende netwerkberaad staat al gepland. Je reflecteert ook mét het gezin: wat hielp? Erwin: ‘Dat jullie deden wat jullie zeiden.’ Marloes: ‘Dat de kinderen zelf gehoord werden.’ En voor een eventuele terugval mag je de jeugdbeschermer, met toestemming, nog om advies vragen.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.samenwerkingsprincipes", "bron.monitor" },
        gevolg = { directe_veiligheid = 1 },
        naar = naar_einde,
        en = {
            tekst = "Close together: with the family, put the safety agreements and relapse signals into the securing plan, ask parents and children what helped, and confirm the next network meeting. Then the GI stops.",
            feedback = "That is how to close: the safety agreements and relapse signals are settled before the GI leaves, the local team remains the lasting face, and the next network meeting is already planned. You also reflect with the family: what helped? Erwin: ‘That you did what you said.’ Marloes: ‘That the children were heard themselves.’ And in case of a relapse you may, with consent, still ask the youth protector for advice.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Eindes
-- ---------------------------------------------------------------------------------------------

einde "einde_eerlijk" {
    titel = "Voor het eerst eerlijk over alles",
    toon = "goed",
    tekst = [[
Najaar 2025. Marloes en Erwin zitten in de systeemgerichte behandeling. Er is geen politie meer aan de deur geweest. Als de spanning oploopt, zegt Erwin ‘ik ga even’ en loopt naar Marco. Jesse gaat weer elke dag naar school en zei in het laatste netwerkberaad dat hij ‘eindelijk weer gewoon kan slapen’. Lotte tekende een nieuw droomhuis, zonder hek eromheen.

Het verschil zat niet in één slimme interventie. Het zat in de volgorde en de eerlijkheid: eerst een veiligheidsplan dat het gezin zelf mee maakte, vooraf zeggen wat je doet, toestemming die echt iets betekende, elk kind een eigen stem, en een analyse die het gezin zelf herkende. Daarmee zijn ze er nog niet, maar zo kom je verder met deze gezinnen.

Reflectie: doe ik het goed, doe ik het goede, en doe ik het om de goede reden? Probeer via Terugspoelen ook een route waarin je bij het nieuwe signaal gewoon doorgaat met de analyse.
]],
    en = {
        titel = "Honest about everything for the first time",
        tekst = [[
Autumn 2025. Marloes and Erwin are in systemic treatment. The police have not been at the door again. When tension rises, Erwin says ‘I'm going out for a bit’ and walks to Marco's. Jesse goes to school every day again and said at the last network meeting that he ‘can finally sleep normally again’. Lotte drew a new house of dreams, without a fence around it.

The difference was not one clever intervention. It was the order and the honesty: first a safety plan the family helped make, saying in advance what you would do, consent that really meant something, each child their own voice, and an analysis the family recognised themselves. They are not there yet, but this is how you make progress with these families.

Reflection: am I doing it well, am I doing the right thing, and am I doing it for the right reason? Use Rewind to try a route in which you simply carry on with the analysis after the new signal.
]],
    },
}

einde "einde_half" {
    titel = "Rustiger, maar het patroon ligt er nog",
    toon = "gemengd",
    tekst = [[
Het is rustiger in huis, en er is hulp. Maar iets ontbreekt. Misschien kwam het eerste veiligheidsplan te laat of beloofde je iets wat je niet kon waarmaken, zijn niet alle kinderen apart gehoord, gebeurde er na het nieuwe signaal niet wat vooraf was afgesproken, werkt niet iedereen aan hetzelfde plan, of stopte de GI zonder dat de veiligheid geborgd was. Dan is de kans groot dat bij de volgende geldzorgen alles terugkomt, en dat het gezin dan opnieuw denkt: hulp helpt niet.

Kijk in de nabespreking welke criteria je miste, en probeer via Terugspoelen vanaf dat moment een andere keuze.
]],
    en = {
        titel = "Calmer, but the pattern is still there",
        tekst = [[
Things are calmer at home, and there is help. But something is missing. Perhaps the first safety plan came too late or you promised something you could not keep, not all children were heard separately, what had been agreed in advance did not happen after the new signal, not everyone works on the same plan, or the GI stopped before safety was secured. Then it is likely that everything comes back with the next money worries, and that the family will think again: help doesn't help.

Look in the debrief at which criteria you missed, and use Rewind to try another choice from that moment.
]],
    },
}

einde "einde_deur_dicht" {
    titel = "De deur gaat dicht",
    toon = "zorgelijk",
    tekst = [[
Marloes en Erwin trekken hun toestemming in. ‘Precies zoals de vorige keer.’ Het dossier wordt gesloten; de kinderen zijn uit beeld. Wat overblijft is een gezin dat opnieuw heeft geleerd dat hulp achter je rug om gaat. Zes maanden later belt Jesse weer 112.

Vertrouwen is bij dit gezin geen bijzaak maar de voorwaarde voor veiligheid. Kijk terug: waar deelde je zonder dat het gezin het wist, of beloofde je iets wat je niet kon waarmaken? Probeer die keuze via Terugspoelen opnieuw.
]],
    en = {
        titel = "The door closes",
        tekst = [[
Marloes and Erwin withdraw their consent. ‘Exactly like last time.’ The file is closed; the children are out of sight. What remains is a family that has learned once more that help goes on behind your back. Six months later Jesse calls the emergency number again.

With this family trust is not a side issue but the condition for safety. Look back: where did you share without the family knowing, or promise something you could not keep? Try that choice again through Rewind.
]],
    },
}

einde "einde_escalatie" {
    titel = "Escalatie",
    toon = "zorgelijk",
    tekst = [[
In de zomer gaat het opnieuw mis: de politie komt, Marloes heeft letsel en Jesse heeft weer tussen zijn ouders gestaan. Er volgt een crisisinterventie en een verzoek tot onderzoek bij de Raad voor de Kinderbescherming. Het gezin ervaart precies wat het altijd vreesde.

De directe veiligheid was te lang onder de 6, zonder werkend plan. Ga via Terugspoelen terug naar het huisbezoek of naar het nieuwe signaal, en zet het veiligheidsplan eerst.
]],
    en = {
        titel = "Escalation",
        tekst = [[
In the summer it goes wrong again: the police come, Marloes is injured and Jesse has stood between his parents again. A crisis intervention follows, and a request for investigation to the Child Protection Board. The family experiences exactly what it always feared.

Immediate safety was below a 6 for too long, without a working plan. Use Rewind to go back to the home visit or to the new signal, and put the safety plan first.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Referentie: de analyse van de trainer (bouwsteen.directe_veiligheid, bouwsteen.stabiele_veiligheid, bouwsteen.tijdlijn, bouwsteen.gezinspatroon, bouwsteen.haalbare_eindsituatie). Een onderbouwd voorbeeld, geen
-- enige goede antwoord.
-- ---------------------------------------------------------------------------------------------
referentie {
    tijdlijn = {
        feiten = { "f_jeugd_erwin", "f_jeugd_marloes", "f_politie_2014", "f_hulp_gezinsbegeleiding", "f_incident_2018",
                   "f_hulp_agressie", "f_hulp_schoolmw", "f_baanverlies", "f_melding_2023", "f_hulp_lt_2023",
                   "f_politie_2024", "f_deur_incident", "f_oma_thea", "f_marco" },
        eerste = "f_politie_2014",
        laatste = "f_deur_incident",
        ergste = "f_incident_2018",
        hulpvraag_direct = "De ouders willen hulp bij hun schulden en willen dat ‘Veilig Thuis en de politie uit ons leven’ verdwijnen; Erwin vindt dat Jesse ‘niet meer luistert’.",
        hulpvraag_onderliggend = "Ouders die zelf met geweld en wantrouwen zijn opgegroeid, weten niet hoe ze ruzie kunnen maken zonder geweld; de kinderen leven in spanning en Jesse is de beschermer geworden. Eerdere hulp vergrootte hun wantrouwen.",
        en = {
            hulpvraag_direct = "The parents want help with their debts and want ‘Veilig Thuis and the police out of our lives’; Erwin feels that Jesse ‘doesn't listen any more’.",
            hulpvraag_onderliggend = "Parents who themselves grew up with violence and distrust do not know how to row without violence; the children live under tension and Jesse has become the protector. Earlier help deepened their distrust.",
        },
    },
    patroon = {
        factoren = {
            { id = "erwin_jeugd", gebied = "ontwikkeling_ouder", persoon = "erwin",
              tekst = "Erwin groeide op met een vader die zijn moeder sloeg en leerde nooit ruzie maken zonder geweld", en = { tekst = "Erwin grew up with a father who hit his mother and never learned to row without violence" }, feiten = { "f_jeugd_erwin" } },
            { id = "marloes_jeugd", gebied = "ontwikkeling_ouder", persoon = "marloes",
              tekst = "Marloes werd als tiener zonder uitleg uit huis geplaatst en vertrouwt jeugdzorg niet", en = { tekst = "Marloes was placed out of home as a teenager without explanation and does not trust youth care" }, feiten = { "f_jeugd_marloes" } },
            { id = "geldstress", gebied = "ontwikkeling_ouder", persoon = "erwin",
              tekst = "Sinds het baanverlies zijn er schulden en spanning over geld", en = { tekst = "Since the loss of his job there have been debts and tension about money" }, feiten = { "f_baanverlies", "f_schulden" } },
            { id = "ruzie_geweld", gebied = "gedrag_ouder", persoon = "erwin",
              tekst = "Ruzies over geld lopen op tot duwen, slaan en gooien; Erwin loopt pas weg als het te laat is", en = { tekst = "Rows about money escalate into pushing, hitting and throwing; Erwin only walks away when it is too late" }, feiten = { "f_politie_2024", "f_incident_2018", "f_deur_incident" } },
            { id = "kleinpraten", gebied = "gedrag_ouder", persoon = "marloes",
              tekst = "De ouders houden hulp buiten de deur en praten het geweld klein, uit angst de kinderen kwijt te raken", en = { tekst = "The parents keep help out of the door and play the violence down, for fear of losing the children" }, feiten = { "f_ouders_wantrouwen", "f_hulp_lt_2023" } },
            { id = "kinderen_spanning", gebied = "ontwikkeling_kind", persoon = "sem",
              tekst = "De kinderen leven in spanning: Sem plast weer in zijn broek, Lotte schrikt van harde geluiden, Jesse slaapt slecht", en = { tekst = "The children live under tension: Sem is wetting himself again, Lotte startles at loud noises, Jesse sleeps badly" }, feiten = { "f_school_signalen" } },
            { id = "jesse_beschermer", gebied = "gedrag_kind", persoon = "jesse",
              tekst = "Jesse gaat tussen zijn ouders in staan, belt zelf de politie en spijbelt", en = { tekst = "Jesse steps between his parents, calls the police himself and skips school" }, feiten = { "f_politie_2024", "f_jesse_school" } },
            { id = "losse_hulp", gebied = "hulpverleningspatroon",
              tekst = "Hulp aan één persoon of één leefgebied, het geweld zelf nooit besproken; een verslag achter hun rug vergrootte het wantrouwen en hulp stopte zonder overdracht", en = { tekst = "Help for one person or one area of life, the violence itself never discussed; a report behind their backs deepened the distrust and help stopped without a handover" },
              feiten = { "f_hulp_gezinsbegeleiding", "f_hulp_agressie", "f_hulp_schoolmw", "f_hulp_lt_2023" } },
        },
        pijlen = { { "erwin_jeugd", "ruzie_geweld" }, { "geldstress", "ruzie_geweld" }, { "marloes_jeugd", "kleinpraten" },
                   { "ruzie_geweld", "kinderen_spanning" }, { "ruzie_geweld", "jesse_beschermer" },
                   { "losse_hulp", "kleinpraten" }, { "kleinpraten", "ruzie_geweld" } },
        zin = "Deze kinderen groeien op in een gezin waarin ouders die zelf met geweld en wantrouwen zijn opgegroeid hun ruzies over geld niet zonder geweld kunnen stoppen, waarin Jesse de beschermer is geworden en Lotte en Sem in angst leven, en waarin hulp steeds stopte voordat iemand het geheel zag.",
        intentie = "Erwin wil een andere vader zijn dan zijn eigen vader; Marloes wil haar kinderen nooit kwijtraken zoals zij zelf uit huis werd gehaald; Jesse wil zijn moeder, broertje en zusje beschermen.",
        en = {
            zin = "These children grow up in a family in which parents who themselves grew up with violence and distrust cannot stop their rows about money without violence, in which Jesse has become the protector and Lotte and Sem live in fear, and in which help always stopped before anyone saw the whole picture.",
            intentie = "Erwin wants to be a different father from his own father; Marloes never wants to lose her children the way she herself was taken out of home; Jesse wants to protect his mother, brother and sister.",
        },
    },
    veiligheid = {
        score = 6,
        zes = "Er wordt niet geslagen, geduwd of gegooid en er gaat niets kapot. Als de stemmen omhooggaan, zegt Erwin ‘ik ga even’ en loopt naar Marco; Marloes belt oma Thea. Jesse hoeft niet tussen zijn ouders te gaan staan: hij gaat met Lotte en Sem naar oma. De kinderen vertellen in hun volgende gesprek zelf dat het thuis rustig was.",
        en = {
            zes = "There is no hitting, pushing or throwing, and nothing gets broken. When voices rise, Erwin says ‘I'm off for a bit’ and walks to Marco's; Marloes calls grandma Thea. Jesse does not have to step between his parents: he goes to grandma's with Lotte and Sem. In their next conversation the children say themselves that it was calm at home.",
        },
        oordelen = {
            { persoon = "marloes", item = "lichamelijke_mishandeling", oordeel = "onveilig" },
            { persoon = "jesse", item = "lichamelijke_mishandeling", oordeel = "onveilig" },
            { persoon = "jesse", item = "psychische_mishandeling", oordeel = "onveilig" },
            { persoon = "lotte", item = "psychische_mishandeling", oordeel = "onveilig" },
            { persoon = "sem", item = "psychische_mishandeling", oordeel = "onveilig" },
        },
    },
    eindsituatie = {
        items = {
            { soort = "patroon_doorbreken", tekst = "Ruzies lopen niet meer uit op geweld; Jesse hoeft zijn ouders niet meer uit elkaar te halen", en = { tekst = "Rows no longer end in violence; Jesse no longer has to pull his parents apart" } },
            { soort = "veranderbaar", tekst = "Ouders leren samen ruzie maken zonder geweld, in systeemgerichte behandeling huiselijk geweld", en = { tekst = "The parents learn together to row without violence, in systemic domestic-violence treatment" } },
            { soort = "compenseren", tekst = "De geldzorgen verdwijnen niet snel: budgetbeheer neemt de administratie blijvend over, en oma Thea blijft de vaste uitwijkplek voor de kinderen", en = { tekst = "The money worries will not go away quickly: budget management takes over the paperwork permanently, and grandma Thea stays the children's fixed place to go" } },
            { soort = "doel", tekst = "Binnen zes maanden geen politie-inzet meer en beide ouders in behandeling (ouders en behandelaar; het lokaal team volgt)", en = { tekst = "Within six months no more police call-outs and both parents in treatment (parents and therapist; the local team follows)" } },
            { soort = "kracht", tekst = "Oma Thea, Marco en tante Ilse willen een vaste rol; de ouders zijn voor het eerst eerlijk over het geweld", en = { tekst = "Grandma Thea, Marco and aunt Ilse want a permanent role; for the first time the parents are honest about the violence" } },
        },
        beschrijving = "Jesse, Lotte en Sem wonen thuis bij hun ouders. Als het spannend wordt, zegt Erwin ‘ik ga even naar Marco’ en komt hij een uur later rustig terug. Er wordt niet meer geschreeuwd of gegooid. Jesse gaat elke dag naar school en traint op dinsdag en donderdag. De buurman hoort geen geschreeuw meer en ziet de politie niet meer voor de deur.",
        en = {
            beschrijving = "Jesse, Lotte and Sem live at home with their parents. When things get tense, Erwin says ‘I'm off to Marco's for a bit’ and comes back calm an hour later. There is no more shouting or throwing. Jesse goes to school every day and trains on Tuesdays and Thursdays. The neighbour no longer hears shouting and no longer sees the police at the door.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Criteria per bouwsteen
-- ---------------------------------------------------------------------------------------------

-- Directe veiligheid ---------------------------------------------------------------------------
criterium "hg_veiligheidsplan_eerst" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Bij het eerste huisbezoek eerst een veiligheidsplan gemaakt met beide ouders, vóór schulden of andere hulp.",
    onderbouwing = "‘Pas nadat de directe veiligheid als voldoende wordt beschouwd (met een veiligheidsplan) kan er worden gewerkt aan verandering’.",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je begon met de veiligheid en maakte het plan sámen met de ouders, met hun eigen krachten (Marco, oma Thea). Alles wat daarna kwam, rustte op die basis.",
    fout = "Bij het eerste huisbezoek kwam er geen veiligheidsplan. Geweld waar kinderen bij zijn gaat vóór schulden en vóór de analyse: zolang niemand weet wat er gebeurt als de spanning oploopt, is de directe veiligheid geen 6.",
    en = {
        tekst = "At the first home visit a safety plan was made with both parents first, before debts or other help.",
        onderbouwing = "Only once immediate safety is considered sufficient (with a safety plan) can work on change begin.",
        goed = "You started with safety and made the plan together with the parents, with their own strengths (Marco, grandma Thea). Everything that came after rested on that basis.",
        fout = "There was no safety plan at the first home visit. Violence with children present comes before debts and before the analysis: as long as nobody knows what happens when tension rises, immediate safety is not a 6.",
    },
    check = { keuze = "veiligheidsplan_samen" },
}
criterium "hg_ondergrens" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Het veiligheidsplan op het bord heeft afspraken, een ondergrens en een plan voor als die wordt overschreden.",
    onderbouwing = "Veiligheidsplan deel 3; ‘Wat is de met het gezin overeengekomen ondergrens … Wat is het plan als de ondergrens wordt overschreden?’",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je plan op het bord heeft afspraken, een ondergrens en wat er gebeurt als die wordt overschreden. Zo kan iedereen vooraf weten wat er gebeurt als het misgaat.",
    fout = "In het veiligheidsplan ontbreken de afspraken, de ondergrens of het plan bij overschrijding. Zonder afgesproken ondergrens wordt elke reactie op een nieuw incident een verrassing, en voor dit gezin een bevestiging van hun wantrouwen.",
    en = {
        tekst = "The safety plan on the board has agreements, a bottom line and a plan for when it is crossed.",
        onderbouwing = "Safety plan part 3: what is the bottom line agreed with the family … what is the plan if the bottom line is crossed?",
        goed = "Your plan on the board has agreements, a bottom line and what happens if it is crossed. That way everyone can know in advance what happens if things go wrong.",
        fout = "The safety plan lacks the agreements, the bottom line or the plan for when it is crossed. Without an agreed bottom line every response to a new incident becomes a surprise, and for this family a confirmation of their distrust.",
    },
    check = { veiligheidsplan = { "afspraken", "ondergrens", "plan_bij_overschrijding" } },
}
criterium "hg_alle_gezinsleden" {
    bouwsteen = "directe_veiligheid",
    tekst = "De veiligheid van alle gezinsleden is per persoon getaxeerd (ARIJ) en gescoord, met een beschrijving van de ‘6’.",
    onderbouwing = "Taxeer de directe veiligheid van alle gezinsleden en beschrijf in gedrag en feiten hoe de ‘6’ eruitziet.",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Je taxeerde de veiligheid per gezinslid, grotendeels zoals de trainer, en beschreef hoe een 6 er in dit gezin uitziet.",
    fout = "De taxatie per persoon of de beschrijving van de ‘6’ ontbreekt of wijkt sterk af. Huiselijk geweld raakt iedereen anders: Jesse lichamelijk en psychisch, Lotte en Sem vooral psychisch, Marloes lichamelijk.",
    en = {
        tekst = "The safety of every family member has been assessed (ARIJ) and scored per person, with a description of the ‘6’.",
        onderbouwing = "Assess the immediate safety of all family members and describe in behaviour and facts what the ‘6’ looks like.",
        goed = "You assessed the safety of each family member, largely as the trainer did, and described what a 6 looks like in this family.",
        fout = "The assessment per person or the description of the ‘6’ is missing or differs a lot. Domestic violence affects everyone differently: Jesse physically and emotionally, Lotte and Sem mainly emotionally, Marloes physically.",
    },
    check = { alle = { { vergelijking = { bord = "veiligheid", min = 0.6 } }, { veiligheidsplan = { "zes" } } } },
}
criterium "hg_signaal_plan_centraal" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Na het nieuwe signaal (de deur) ging het veiligheidsplan weer voor: iedereen opnieuw getaxeerd, en de afgesproken ondergrens uitgevoerd of het ontbrekende plan alsnog gemaakt.",
    onderbouwing = "‘Zodra er (opnieuw) signalen zijn over de directe veiligheid wordt eerst het veiligheidsplan weer centraal gesteld’.",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je zette de analyse even stil en zette de veiligheid weer voorop, samen met het gezin en de jeugdbeschermer.",
    fout = "Na het nieuwe signaal ging het veiligheidsplan niet voor. Een gat in een deur waar kinderen zich voor verstoppen, is een signaal over de directe veiligheid; dan gaan analyse en planning even opzij.",
    en = {
        tekst = "After the new signal (the door) the safety plan came first again: everyone reassessed, and the agreed bottom line acted on or the missing plan made after all.",
        onderbouwing = "As soon as there are (new) signals about immediate safety, the safety plan is put at the centre again first.",
        goed = "You paused the analysis and put safety first again, together with the family and the youth protector.",
        fout = "After the new signal the safety plan did not come first. A hole punched in a door while children hide is a signal about immediate safety; then analysis and planning step aside for a while.",
    },
    check = { een_van = { { keuze = "veiligheidsplan_herzien" }, { keuze = "veiligheidsplan_alsnog" } } },
}
criterium "hg_veiligheid_voor_patroon" {
    bouwsteen = "directe_veiligheid",
    tekst = "Pas aan het gezinspatroon gewerkt toen de directe veiligheid in de casus (weer) minstens een 6 was en je die had getaxeerd.",
    onderbouwing = "Zolang de directe veiligheid minstens een 6 is, neem je de tijd om het patroon te analyseren; ‘Het maken van de analyse vraagt om vertraging’.",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Eerst veiligheid, dan analyse: je werkte aan het patroon toen de veiligheid weer op orde was.",
    fout = "Je werkte aan het patroon terwijl de directe veiligheid in de casus onder de 6 lag, of voordat je de veiligheid had getaxeerd. De analyse vraagt rust, en die is er pas als de kinderen veilig genoeg zijn.",
    en = {
        tekst = "Work on the family pattern began only when immediate safety in the case was (again) at least a 6 and you had assessed it.",
        onderbouwing = "As long as immediate safety is at least a 6, you take the time to analyse the pattern; making the analysis asks for slowing down.",
        goed = "Safety first, then analysis: you worked on the pattern when safety was in order again.",
        fout = "You worked on the pattern while immediate safety in the case was below a 6, or before you had assessed safety. The analysis needs calm, and there is calm only when the children are safe enough.",
    },
    check = { veiligheid_voor_patroon = true },
}

-- Privacy ---------------------------------------------------------------------------------------
criterium "hg_open_contact" {
    bouwsteen = "privacy",
    tekst = "Vanaf het eerste contact open tegen beide ouders over wat Veilig Thuis overdroeg en waarom je komt.",
    onderbouwing = "Bespreek het altijd met het gezin: leg uit wat je wilt en waarom; ‘wederzijdse openheid, transparantie en eerlijkheid’.",
    bron = { "bouwsteen.privacy", "bron.evaluatie" },
    goed = "Je begon met openheid: wat je weet, van wie, en wat je komt doen. Voor ouders die zich eerder gepasseerd voelden, is dat het begin van vertrouwen.",
    fout = "Het eerste contact was niet open over de overdracht en je bedoeling. Dit gezin verwacht dat er over hen wordt gepraat in plaats van met hen; elke onduidelijkheid bevestigt dat.",
    en = {
        tekst = "From the first contact open with both parents about what Veilig Thuis handed over and why you come.",
        onderbouwing = "Always discuss it with the family: explain what you want and why; mutual openness, transparency and honesty.",
        goed = "You started with openness: what you know, from whom, and what you come to do. For parents who felt passed over before, that is where trust begins.",
        fout = "The first contact was not open about the handover and your purpose. This family expects to be talked about rather than with; every lack of clarity confirms that.",
    },
    check = { keuze = "contact_open" },
}
criterium "hg_geen_stille_info" {
    bouwsteen = "privacy",
    tekst = "Geen informatie over het gezin opgevraagd zonder dat het gezin het wist.",
    onderbouwing = "‘Het is noodzakelijk om altijd het gezin te informeren over de noodzakelijke informatie-uitwisseling’.",
    bron = "bouwsteen.privacy",
    goed = "Je haalde niets achter de rug van het gezin op. Wat je wilde weten, vroeg je eerst aan hen.",
    goed_niet_gekozen = "Je vroeg geen dossiers op zonder dat het gezin het wist.",
    fout = "Je vroeg dossiers op zonder het gezin te informeren. Ook als delen zonder toestemming mag, informeer je het gezin, en je legt je afweging vast.",
    en = {
        tekst = "No information about the family requested without the family knowing.",
        onderbouwing = "It is always necessary to inform the family about the necessary exchange of information.",
        goed = "You collected nothing behind the family's back. What you wanted to know, you asked them first.",
        goed_niet_gekozen = "You requested no files without the family knowing.",
        fout = "You requested files without informing the family. Even when sharing without consent is allowed, you inform the family and record your consideration.",
    },
    check = { niet_keuze = "dossier_opvragen_stil" },
}
criterium "hg_eerlijk_vastleggen" {
    bouwsteen = "privacy",
    tekst = "Eerlijk over wat je vastlegt en deelt; geen belofte van geheimhouding die je niet kunt houden.",
    onderbouwing = "Leg je keuzes en afwegingen vast; ‘Niet delen van informatie is ook een afweging!’",
    bron = "bouwsteen.privacy",
    goed = "Je beloofde geen geheimhouding die je niet kunt waarmaken. Uitleggen wat je opschrijft, voor wie en waarom, is eerlijker en houdbaarder dan ‘ik schrijf niets op’.",
    goed_niet_gekozen = "Je beloofde geen geheimhouding die je niet kunt waarmaken.",
    fout = "Je beloofde niets vast te leggen of te delen. Dat kun je niet waarmaken: keuzes en afwegingen moet je vastleggen, en bij ernstige onveiligheid kan delen nodig zijn. Komt het later uit, dan is het vertrouwen weg.",
    en = {
        tekst = "Honest about what you record and share; no promise of secrecy you cannot keep.",
        onderbouwing = "Record your choices and considerations; not sharing information is a consideration too.",
        goed = "You promised no secrecy you cannot keep. Explaining what you write down, for whom and why, is more honest and more sustainable than ‘I write nothing down’.",
        goed_niet_gekozen = "You promised no secrecy you cannot keep.",
        fout = "You promised to record or share nothing. You cannot keep that: you must record choices and considerations, and with serious unsafety sharing may be necessary. If it comes out later, trust is gone.",
    },
    check = { niet_keuze = "niets_opschrijven" },
}
criterium "hg_toestemming_2a" {
    bouwsteen = "privacy", gewicht = 2,
    tekst = "Toestemming voor product 2a gericht gevraagd: uitleg, bezwaren besproken, mondeling vastgelegd, intrekbaar.",
    onderbouwing = "Mondelinge toestemming mag, als je die vastlegt; bij elke nieuwe uitwisseling vraag je het opnieuw, en het gezin mag de toestemming intrekken; ‘Bespreek eventuele bezwaren’.",
    bron = "bouwsteen.privacy",
    goed = "Je nam Marloes’ angst serieus, legde uit wat 2a wel en niet is en maakte de toestemming concreet en terug te draaien. Zo kiest het gezin zelf.",
    fout = "De toestemming voor de GI was niet echt: een algemeen formulier, een verzwegen jeugdbeschermer of helemaal geen toestemming. Product 2a kan alleen als de ouders weten waarmee ze instemmen.",
    en = {
        tekst = "Consent for product 2a asked for specifically: explained, objections discussed, recorded verbally, revocable.",
        onderbouwing = "Verbal consent is fine if you record it; you ask again for each new exchange, and the family may withdraw consent; discuss any objections.",
        goed = "You took Marloes's fear seriously, explained what 2a is and is not, and made the consent concrete and reversible. That way the family chooses for itself.",
        fout = "The consent for the GI was not real: a general form, a youth protector kept quiet, or no consent at all. Product 2a is only possible if the parents know what they agree to.",
    },
    check = { keuze = "uitleg_2a_toestemming" },
}
criterium "hg_melding_transparant" {
    bouwsteen = "privacy",
    tekst = "Bij het nieuwe signaal niets gedeeld achter de rug van de ouders om.",
    onderbouwing = "Bij delen zonder toestemming met Veilig Thuis de werkinstructie volgen en het gezin informeren; ‘Informeer de belanghebbenden over wat je gaat doen en waarom’.",
    bron = "bouwsteen.privacy",
    goed = "Je deelde bij het nieuwe signaal niets achter de rug van de ouders om.",
    goed_niet_gekozen = "Je deelde bij het nieuwe signaal niets met Veilig Thuis achter de rug van de ouders om.",
    fout = "Je meldde bij Veilig Thuis zonder de ouders te informeren. Daarmee zet je Lotte onder druk en bevestig je het oude patroon van hulp achter hun rug.",
    en = {
        tekst = "At the new signal nothing shared behind the parents' back.",
        onderbouwing = "When sharing with Veilig Thuis without consent, follow the work instruction and inform the family; inform those concerned about what you will do and why.",
        goed = "At the new signal you shared nothing behind the parents' back.",
        goed_niet_gekozen = "At the new signal you shared nothing with Veilig Thuis behind the parents' back.",
        fout = "You reported to Veilig Thuis without informing the parents. That puts pressure on Lotte and confirms the old pattern of help behind their backs.",
    },
    check = { niet_keuze = "vt_melden_stil_hg" },
}

-- Samenwerking lokaal team en GI ------------------------------------------------------------------
criterium "hg_2a_regie_lt" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "Product 2a ingezet na een teambesluit én met gerichte toestemming van de ouders: de GI ondersteunt, het lokaal team houdt de regie en de veiligheidstaxatie.",
    onderbouwing = "Bij product 2a houdt het lokaal team de regie. De inzet volgt op een besluit van het team in de casuïstiekbespreking, en kan alleen als de ouders ermee instemmen; de GI ondersteunt maximaal 25 uur.",
    bron = "bouwsteen.samenwerking_lt_gi",
    goed = "Je bracht GI-expertise in via een teambesluit en met toestemming van de ouders, zonder de regie weg te geven. Het gezin houdt één vast aanspreekpunt; de jeugdbeschermer adviseert.",
    fout = "Product 2a kwam niet tot stand via een teambesluit én met echte toestemming van de ouders. Zonder weging is niet duidelijk waarom de GI meekijkt; zonder toestemming waarmee de ouders weten waarmee ze instemmen, kan 2a niet.",
    en = {
        tekst = "Product 2a deployed after a team decision and with the parents' specific consent: the GI supports, the local team keeps direction and the safety assessment.",
        onderbouwing = "With product 2a the local team keeps direction. It follows a decision of the team in the case discussion, and is only possible if the parents agree; the GI supports for at most 25 hours.",
        goed = "You brought in GI expertise through a team decision and with the parents' consent, without giving away direction. The family keeps one fixed contact; the youth protector advises.",
        fout = "Product 2a did not come about through a team decision and with real consent from the parents. Without weighing it is unclear why the GI joins in; without consent in which the parents know what they agree to, 2a is not possible.",
    },
    -- Twee handelingen: het team besluit (weging_mdo) en de ouders stemmen in (uitleg_2a_toestemming).
    -- Zo levert de weging alleen niet twee keer twee punten op (review M12).
    check = { alle = { { keuze = "weging_mdo" }, { keuze = "uitleg_2a_toestemming" } } },
}
criterium "hg_geen_doorverwijzing_gi" {
    bouwsteen = "samenwerking_lt_gi",
    tekst = "De casus niet ‘overgedragen’ aan de GI: in het vrijwillig kader blijft het lokaal team regisseur.",
    onderbouwing = "Regie bij het LT, ook als de GI ondersteunt (2a); parallel in plaats van ‘in het verlengde (lineair) van elkaar’.",
    bron = { "bouwsteen.samenwerking_lt_gi", "bron.evaluatie" },
    goed = "Je bleef regisseur en het blijvende gezicht voor het gezin, ook nu er een jeugdbeschermer meekijkt.",
    goed_niet_gekozen = "Je droeg de casus niet over aan de GI: de regie bleef bij het lokaal team.",
    fout = "Je wilde het gezin overdragen aan de GI. Zonder maatregel en zonder JBT-besluit is daar geen grond voor, en het gezin verliest zijn vaste aanspreekpunt.",
    en = {
        tekst = "The case not ‘handed over’ to the GI: in the voluntary framework the local team stays the director.",
        onderbouwing = "Direction with the local team, also when the GI supports (2a); in parallel instead of one after the other in a line.",
        goed = "You stayed the director and the lasting face for the family, also now that a youth protector joins in.",
        goed_niet_gekozen = "You did not hand the case over to the GI: direction stayed with the local team.",
        fout = "You wanted to hand the family over to the GI. Without a measure and without a Youth Protection Table decision there is no ground for that, and the family loses its fixed contact.",
    },
    check = { niet_keuze = "gi_overdragen" },
}
criterium "hg_afspraken_voor_einde_gi" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "Veiligheidsafspraken en terugvalsignalen vastgelegd vóórdat de inzet van de GI stopte.",
    onderbouwing = "‘Er zijn afspraken gemaakt over de borging van de veiligheid van het kind, voordat de inzet van GI-professionals is afgesloten’.",
    bron = "bron.monitor",
    goed = "De GI stopte pas toen de borging rond was: de veiligheidsafspraken en terugvalsignalen stonden in het borgingsplan.",
    fout = "De GI-inzet stopte zonder vastgelegde borging van de veiligheid. Daarmee verdwijnt expertise precies op het moment dat een terugval het meest waarschijnlijk is.",
    en = {
        tekst = "Safety agreements and relapse signals recorded before the GI's involvement ended.",
        onderbouwing = "Agreements on securing the child's safety have been made before the involvement of the GI professionals is closed.",
        goed = "The GI stopped only when the securing was in place: the safety agreements and relapse signals were in the securing plan.",
        fout = "The GI's involvement stopped without recorded securing of safety. That way expertise disappears exactly when a relapse is most likely.",
    },
    check = { keuze = "gi_afbouw_met_afspraken" },
}

-- Weging ----------------------------------------------------------------------------------------
criterium "hg_weging_mdo" {
    bouwsteen = "weging", gewicht = 2,
    tekst = "Gewogen in de casuïstiekbespreking met gedragswetenschapper, met genogram en feiten: uitgebreide analyse en GI nodig?",
    onderbouwing = "Twee wegingen (analyse? GI?) in de casuïstiekbespreking met collega's en een GW'er; ‘Nadat er voldoende feitelijke informatie is, weegt het team’.",
    bron = "bouwsteen.weging",
    goed = "Je woog samen, op feiten: huiselijk geweld, herhaalde meldingen en vastgelopen hulp zijn precies de signalen waarbij de methode om een weging vraagt.",
    fout = "Er was geen weging in het team. Bij huiselijk geweld en hulp die steeds stopt, weeg je samen met een gedragswetenschapper of een uitgebreide analyse en de GI nodig zijn.",
    en = {
        tekst = "Weighed in the case discussion with the behavioural scientist, with genogram and facts: are an extended analysis and the GI needed?",
        onderbouwing = "Two weighings (analysis? GI?) in the case discussion with colleagues and a behavioural scientist; once there is enough factual information, the team weighs.",
        goed = "You weighed together, on facts: domestic violence, repeated reports and stalled help are exactly the signals at which the method asks for a weighing.",
        fout = "There was no weighing in the team. With domestic violence and help that keeps stopping, you weigh with a behavioural scientist whether an extended analysis and the GI are needed.",
    },
    check = { keuze = "weging_mdo" },
}
criterium "hg_geen_vto_zonder_weging" {
    bouwsteen = "weging",
    tekst = "Niet zonder weging naar een raadsonderzoek gesprongen.",
    onderbouwing = "Altijd een gezamenlijke afweging bij het aanvragen van een kinderbeschermingsmaatregel; eerst voldoende feitelijke informatie, dan pas wegen.",
    bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.weging" },
    goed = "Je koos niet voor de zwaarste stap zonder gezamenlijke afweging. Het vrijwillig kader met GI-ondersteuning was nog niet geprobeerd.",
    goed_niet_gekozen = "Je vroeg geen raadsonderzoek aan zonder gezamenlijke weging.",
    fout = "Je vroeg een raadsonderzoek aan zonder weging. Een maatregel aanvragen is een gezamenlijk besluit op basis van feiten, en voor dit gezin de bevestiging van hun grootste angst.",
    en = {
        tekst = "No jump to a Child Protection Board investigation without weighing.",
        onderbouwing = "Always a joint deliberation when requesting a child protection measure; first enough factual information, only then weigh.",
        goed = "You did not choose the heaviest step without a joint deliberation. The voluntary framework with GI support had not yet been tried.",
        goed_niet_gekozen = "You requested no Board investigation without a joint weighing.",
        fout = "You requested a Board investigation without weighing. Requesting a measure is a joint decision based on facts, and for this family the confirmation of their greatest fear.",
    },
    check = { niet_keuze = "vto_direct" },
}
criterium "hg_signaal_opnieuw_wegen" {
    bouwsteen = "weging",
    tekst = "Het nieuwe signaal van geweld dezelfde dag opnieuw gewogen met de gedragswetenschapper en de jeugdbeschermer.",
    onderbouwing = "Wegen tijdens de hulp zodra er ernstige signalen zijn, onder meer over huiselijk geweld.",
    bron = "bouwsteen.weging",
    goed = "Je woog het nieuwe signaal direct opnieuw, met de GW'er en met de expertise van de jeugdbeschermer. Zo bleef je besluit gedragen.",
    fout = "Na het nieuwe geweldssignaal volgde geen nieuwe weging. Huiselijk geweld tijdens de hulp is een van de momenten waarop de methode om een weging vraagt.",
    en = {
        tekst = "The new signal of violence weighed again the same day with the behavioural scientist and the youth protector.",
        onderbouwing = "Weigh during the help as soon as there are serious signals, among others about domestic violence.",
        goed = "You weighed the new signal again at once, with the behavioural scientist and with the youth protector's expertise. That way your decision stayed supported.",
        fout = "No new weighing followed the new signal of violence. Domestic violence during the help is one of the moments at which the method asks for a weighing.",
    },
    check = { een_van = { { keuze = "veiligheidsplan_herzien" }, { keuze = "veiligheidsplan_alsnog" } } },
}

-- Gesprekken met kinderen -------------------------------------------------------------------------
criterium "hg_alle_kinderen" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Met alle drie de kinderen is gesproken: Jesse, Lotte én Sem.",
    onderbouwing = "Ga altijd met het kind in gesprek; ‘face-2-face contact met elk kind binnen gezin’.",
    bron = { "bouwsteen.gesprekken_kinderen", "bron.monitor" },
    goed = "Elk kind kreeg een eigen stem. Juist de jongsten vallen anders het eerst buiten beeld.",
    fout = "Niet alle kinderen zijn gesproken. Alles wat je over hen wist, kwam van anderen; in 2023 ging het precies zo mis.",
    en = {
        tekst = "All three children have been spoken with: Jesse, Lotte and Sem.",
        onderbouwing = "Always talk with the child; face-to-face contact with each child in the family.",
        goed = "Each child got a voice of their own. Otherwise it is the youngest who drop out of sight first.",
        fout = "Not all children have been spoken with. Everything you knew about them came from others; that is exactly how it went wrong in 2023.",
    },
    check = { kinderen_gesproken = true },
}
criterium "hg_elk_kind_apart" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Elk kind apart gesproken, passend bij de leeftijd (Drie Huizen, tekenen), met een bewuste keuze over de aanwezigheid van ouders.",
    onderbouwing = "Kies bewust of je met of zonder ouders praat; werkvormen zoals Signs of Safety en de Drie Huizen.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Jesse alleen tijdens een wandeling, Lotte met de Drie Huizen zonder ouders, Sem spelend met moeder eerst nog in de kamer: elk gesprek paste bij het kind.",
    fout = "De kinderen zijn niet ieder apart en passend bij hun leeftijd gesproken. Met ouders aan tafel beschermen kinderen hun ouders; een broer als woordvoerder is geen eigen stem.",
    en = {
        tekst = "Each child spoken with separately, in a way that fits their age (Three Houses, drawing), with a conscious choice about the parents' presence.",
        onderbouwing = "Choose consciously whether to talk with or without parents; ways of working such as Signs of Safety and the Three Houses.",
        goed = "Jesse alone on a walk, Lotte with the Three Houses without parents, Sem playing with his mother in the room at first: each conversation fitted the child.",
        fout = "The children were not each spoken with separately and in a way that fits their age. With parents at the table children protect their parents; a brother as spokesman is not a voice of one's own.",
    },
    check = { keuze = "elk_kind_eigen_gesprek" },
}
criterium "hg_kinderen_niet_overgeslagen" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Het gesprek met de kinderen niet overgeslagen op verzoek van vader.",
    onderbouwing = "Afwijken alleen met vastgelegde argumenten en vergewisplicht; ‘Noteer redenen om (nog) niet met ouders of jeugdige te spreken altijd in het dossier’.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je besprak Erwins bezwaar in plaats van het over te nemen.",
    goed_niet_gekozen = "Je liet de kinderen niet buiten beeld omdat vader dat vroeg: je sprak zelf met minstens één van hen.",
    fout = "Je sloeg de kinderen over omdat vader dat vroeg. ‘Niet belasten’ is zelden een gegronde reden; kinderen voelen dat er iets mis is en vullen het zelf in.",
    en = {
        tekst = "The conversation with the children not skipped at the father's request.",
        onderbouwing = "Deviate only with recorded arguments and the duty to make sure; always note in the file the reasons for not (yet) talking with parents or the young person.",
        goed = "You discussed Erwin's objection instead of adopting it.",
        goed_niet_gekozen = "You did not leave the children out of sight because their father asked: you talked with at least one of them yourself.",
        fout = "You skipped the children because their father asked. ‘Not burdening them’ is rarely a sound reason; children sense that something is wrong and fill it in themselves.",
    },
    check = { niet_keuze = "kinderen_niet_belasten" },
}
criterium "hg_kinderen_vaker" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Meer dan eens met de kinderen gesproken: elk apart, en opnieuw bij de afronding van de GI-inzet.",
    onderbouwing = "Bij vermoedens van een onveilige opvoeding praat meerdere keren met het kind zelf en betrek het bij besluiten, planning en monitoring.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je sprak elk kind apart, en vroeg de kinderen bij de afronding opnieuw wat hielp. Zo volgde je met de kinderen zelf of de afspraken werkten.",
    fout = "Je sprak de kinderen niet meer dan eens ieder apart. Bij huiselijk geweld volg je met de kinderen zelf of de afspraken werken, ook als de hulp van de GI stopt.",
    en = {
        tekst = "The children spoken with more than once: each separately, and again at the close of the GI's involvement.",
        onderbouwing = "With suspicions of an unsafe upbringing, talk with the child more than once and involve them in decisions, planning and monitoring.",
        goed = "You talked with each child separately, and at the close asked the children again what helped. That way you followed with the children themselves whether the agreements worked.",
        fout = "You did not talk with the children separately more than once. With domestic violence you follow with the children themselves whether the agreements work, also when the GI's help stops.",
    },
    -- Niet op de keuze bij het nieuwe signaal: die beslist al over directe veiligheid en weging
    -- (review M12: één klik niet in drie bouwstenen).
    check = { alle = { { keuze = "elk_kind_eigen_gesprek" }, { keuze = "gi_afbouw_met_afspraken" } } },
}

-- Tijdlijn --------------------------------------------------------------------------------------
criterium "hg_tijdlijn_met_gezin" {
    bouwsteen = "tijdlijn", gewicht = 2,
    tekst = "De tijdlijn samen met de ouders gemaakt, met hun eigen kijk erbij.",
    onderbouwing = "‘Hoe maak je de tijdslijn met het gezin?’ en ruimte ‘waar de visie van het gezin beschreven wordt’; ‘Investeer in het gesprek over … het opstellen van de tijdlijn’.",
    bron = { "bouwsteen.tijdlijn", "bron.onderzoek" },
    goed = "De tijdlijn werd van het gezin zelf. Daardoor kwam Erwins jeugd op tafel, en schreven de ouders hun eigen kijk erbij.",
    fout = "De tijdlijn is zonder het gezin gemaakt of overgeslagen. Je mist wat niet in dossiers staat, en de ouders blijven ‘het probleemgezin waarover geschreven wordt’.",
    en = {
        tekst = "The timeline made together with the parents, with their own view added.",
        onderbouwing = "How do you make the timeline with the family?, with room where the family's view is described; invest in the conversation about … drawing up the timeline.",
        goed = "The timeline became the family's own. That is how Erwin's childhood came up, and the parents wrote down their own view.",
        fout = "The timeline was made without the family or skipped. You miss what is not in files, and the parents remain ‘the problem family that gets written about’.",
    },
    check = { keuze = "tijdlijn_met_gezin" },
}
criterium "hg_hulp_met_resultaat" {
    bouwsteen = "tijdlijn",
    tekst = "Alle eerdere hulp staat op de tijdlijn, met resultaat: gezinsbegeleiding, training, schoolmaatschappelijk werk, lokaal team 2023.",
    onderbouwing = "Hulpgeschiedenis met per traject datum, instantie en resultaat; ‘Geen of beperkte tijdslijn van eerder ingezette hulpverlening’.",
    bron = "bouwsteen.tijdlijn",
    goed = "De hulpgeschiedenis is compleet, met wat het opleverde. Zo zie je dat de hulp nooit het geweld zelf aanpakte.",
    fout = "Er ontbreekt eerdere hulp op de tijdlijn. Juist de hulpgeschiedenis verklaart het wantrouwen en voorkomt dat dezelfde hulp opnieuw wordt ingezet.",
    en = {
        tekst = "All earlier help is on the timeline, with its result: family support, training, school social work, local team 2023.",
        onderbouwing = "History of help with date, agency and result for each trajectory; no or a limited timeline of earlier help.",
        goed = "The history of help is complete, with what it achieved. That shows that the help never tackled the violence itself.",
        fout = "Earlier help is missing from the timeline. It is the history of help that explains the distrust and prevents the same help being used again.",
    },
    check = { op_tijdlijn = { "f_hulp_gezinsbegeleiding", "f_hulp_agressie", "f_hulp_schoolmw", "f_hulp_lt_2023" } },
}
criterium "hg_aanleiding" {
    bouwsteen = "tijdlijn",
    tekst = "De aanleiding is gemarkeerd: eerste (2014), laatste (de deur, februari 2025) en ergste (2018) incident.",
    onderbouwing = "De aanleiding is de eerste, de laatste en de ergste gebeurtenis. De laatste is de meest recente gebeurtenis op het moment dat je de tijdlijn bijwerkt: gebeurt er tijdens de hulp iets nieuws, dan schuift de laatste aanleiding op.",
    bron = { "bouwsteen.tijdlijn", "regels.aanleiding" },
    goed = "Eerste, laatste en ergste staan gemarkeerd: tien jaar in één oogopslag.",
    fout = "De aanleiding is niet (goed) gemarkeerd. Vraag je af: wanneer begon het, wat gebeurde het laatst, wat was het ergst?",
    en = {
        tekst = "The occasion is marked: first (2014), latest (the door, February 2025) and worst (2018) incident.",
        onderbouwing = "The occasion is the first, the latest and the worst event. The latest is the most recent event when you update the timeline: if something new happens during the help, the latest occasion moves on.",
        goed = "First, latest and worst are marked: ten years at a glance.",
        fout = "The occasion is not (correctly) marked. Ask yourself: when did it start, what happened most recently, what was the worst?",
    },
    check = { aanleiding = { eerste = "f_politie_2014", laatste = "f_deur_incident", ergste = "f_incident_2018" } },
}
criterium "hg_jeugd_ouders" {
    bouwsteen = "tijdlijn",
    tekst = "De jeugd van beide ouders staat op de tijdlijn: Erwins vader en Marloes’ uithuisplaatsing.",
    onderbouwing = "Achtergrond per persoon (waar opgegroeid, eigen gezin) om het patroon later te kunnen duiden.",
    bron = "bouwsteen.tijdlijn",
    goed = "De jeugd van beide ouders staat erop. Daarmee wordt het geweld én het wantrouwen verklaarbaar.",
    fout = "De jeugd van de ouders ontbreekt. Zonder die achtergrond blijft het patroon onverklaard; Erwins verhaal kwam alleen boven toen de tijdlijn samen met hem werd gemaakt.",
    en = {
        tekst = "Both parents' childhoods are on the timeline: Erwin's father and Marloes's placement out of home.",
        onderbouwing = "Background per person (where they grew up, their own family) so that the pattern can be explained later.",
        goed = "Both parents' childhoods are on it. That makes the violence and the distrust explicable.",
        fout = "The parents' childhoods are missing. Without that background the pattern stays unexplained; Erwin's story only came up when the timeline was made together with him.",
    },
    check = { op_tijdlijn = { "f_jeugd_erwin", "f_jeugd_marloes" } },
}

-- Gezinspatroon ---------------------------------------------------------------------------------
criterium "hg_niet_rennen" {
    bouwsteen = "gezinspatroon",
    tekst = "Niet meteen naar oplossingen gesprongen (schuldhulp en opnieuw een training) vóór veiligheid en analyse.",
    onderbouwing = "Hulp die alleen op het hier en nu is gericht, is symptoombestrijding; ‘Het maken van de analyse vraagt om vertraging’; ‘niet meteen te gaan rennen’.",
    bron = { "bouwsteen.gezinspatroon", "bron.evaluatie" },
    goed = "Je nam de tijd. Schulden en training kunnen later een plek krijgen in het plan, als je weet welk patroon ze moeten doorbreken.",
    goed_niet_gekozen = "Je sprong bij het eerste contact niet meteen naar schuldhulp en een nieuwe training.",
    fout = "Je sprong meteen naar schuldhulp en een nieuwe training. Dat is symptoombestrijding, en een herhaling van hulp die in 2019 al niets veranderde.",
    en = {
        tekst = "No jump straight to solutions (debt help and another training) before safety and analysis.",
        onderbouwing = "Help aimed only at the here and now is symptom fighting; making the analysis asks for slowing down; not to start running straight away.",
        goed = "You took the time. Debts and training can get a place in the plan later, once you know which pattern they need to break.",
        goed_niet_gekozen = "At the first contact you did not jump straight to debt help and a new training.",
        fout = "You jumped straight to debt help and a new training. That is symptom fighting, and a repetition of help that changed nothing in 2019.",
    },
    check = { niet_keuze = "direct_schuldhulp_hg" },
}
criterium "hg_patroon_met_gezin" {
    bouwsteen = "gezinspatroon", gewicht = 2,
    tekst = "Het patroon visueel en samen met de ouders gemaakt, met hun nobele intenties.",
    onderbouwing = "De patroonzin en de nobele intentie; visueel op flappen ‘helpt in de bewustwording van gezinnen’; door de gezamenlijke analyse zagen ouders wat hun kinderen nodig hadden.",
    bron = { "bouwsteen.gezinspatroon", "bron.onderzoek", "bron.evaluatie" },
    goed = "De ouders zagen het patroon zelf. ‘Het zijn niet de kinderen, wij zijn het’ is inzicht dat geen rapport kan geven.",
    fout = "Het patroon is niet samen met de ouders gemaakt, of teruggebracht tot één oorzaak. Een patroon dat ouders niet zelf herkennen, verandert hun gedrag niet.",
    en = {
        tekst = "The pattern made visually and together with the parents, with their noble intentions.",
        onderbouwing = "The pattern sentence and the noble intention; visually on flip charts it helps families become aware; through the joint analysis parents saw what their children needed.",
        goed = "The parents saw the pattern themselves. ‘It isn't the children, it's us’ is an insight no report can give.",
        fout = "The pattern was not made together with the parents, or was reduced to one cause. A pattern parents do not recognise themselves does not change their behaviour.",
    },
    check = { keuze = "patroon_visueel_met_gezin" },
}
criterium "hg_factor_jeugd_vader" {
    bouwsteen = "gezinspatroon",
    tekst = "Erwins eigen jeugd staat als ontwikkelingsfactor in het patroon, onderbouwd met het feit.",
    onderbouwing = "De invloed van de eigen ontwikkeling van de ouders op hun gedrag, elke interpretatie met feiten uit de tijdlijn.",
    bron = "bouwsteen.gezinspatroon",
    goed = "Je verbond Erwins gedrag met zijn eigen jeugd: gedrag is verklaarbaar vanuit ontwikkeling.",
    fout = "Erwins jeugd ontbreekt als factor in het patroon, of zonder feit. Daarmee blijft zijn geweld ‘karakter’ in plaats van iets wat te verklaren en te veranderen is.",
    en = {
        tekst = "Erwin's own childhood is a development factor in the pattern, supported by the fact.",
        onderbouwing = "The influence of the parents' own development on their behaviour, every interpretation with facts from the timeline.",
        goed = "You linked Erwin's behaviour to his own childhood: behaviour can be explained from development.",
        fout = "Erwin's childhood is missing as a factor in the pattern, or has no fact. Then his violence stays ‘character’ instead of something that can be explained and changed.",
    },
    check = { factor = { gebied = "ontwikkeling_ouder", feit = "f_jeugd_erwin" } },
}
criterium "hg_pijl_ouder_kind" {
    bouwsteen = "gezinspatroon",
    tekst = "Het patroon laat zien hoe het gedrag van de ouders het gedrag van de kinderen beïnvloedt.",
    onderbouwing = "De invloed van het gedrag van de ouders op de kinderen (CAF/GIZ-driehoek).",
    bron = "bouwsteen.gezinspatroon",
    goed = "Je patroon verbindt het gedrag van de ouders met het gedrag van een kind. Zo wordt zichtbaar waarom de kinderen doen wat ze doen.",
    fout = "Er loopt geen pijl van het gedrag van de ouders naar het gedrag van een kind. Juist die verbinding liet Marloes zeggen: ‘Het zijn niet de kinderen.’",
    en = {
        tekst = "The pattern shows how the parents' behaviour influences the children's behaviour.",
        onderbouwing = "The influence of the parents' behaviour on the children (CAF/GIZ triangle).",
        goed = "Your pattern links the parents' behaviour to a child's behaviour. That makes visible why the children do what they do.",
        fout = "No arrow runs from the parents' behaviour to a child's behaviour. It was exactly that link that made Marloes say: ‘It isn't the children.’",
    },
    check = { pijl = { van = "gedrag_ouder", naar = "gedrag_kind" } },
}
criterium "hg_hulppatroon" {
    bouwsteen = "gezinspatroon",
    tekst = "De rol van de eerdere hulp staat in het patroon: de gezinsbegeleiding van 2016–2017 en wat die met het vertrouwen deed.",
    onderbouwing = "De invloed van de hulp op het terugkerende patroon (hulpverleningspatroon).",
    bron = { "bouwsteen.gezinspatroon", "hulppatroon" },
    goed = "Je benoemde de rol van de hulp zelf. Het wantrouwen van de ouders is geen onwil, maar deels een gevolg van eerdere hulp.",
    fout = "Het hulpverleningspatroon ontbreekt of is niet onderbouwd. Zonder die factor lijkt het wantrouwen van de ouders hun eigen schuld.",
    en = {
        tekst = "The role of earlier help is in the pattern: the family support of 2016–2017 and what it did to trust.",
        onderbouwing = "The influence of the help on the recurring pattern (pattern of help).",
        goed = "You named the role of the help itself. The parents' distrust is not unwillingness, but partly a result of earlier help.",
        fout = "The pattern of help is missing or unsupported. Without that factor the parents' distrust looks like their own fault.",
    },
    check = { factor = { gebied = "hulpverleningspatroon", feit = "f_hulp_gezinsbegeleiding" } },
}

-- Van patroon naar haalbare eindsituatie -----------------------------------------------------------
criterium "hg_eind_taal_gezin" {
    bouwsteen = "haalbare_eindsituatie", gewicht = 2,
    tekst = "De eindsituatie staat in de woorden van het gezin, en zo dat ‘de buurman het kan zien’.",
    onderbouwing = "‘in de taal van het gezin … wie wat doet (gedrag) en “hoe de buurman dat ook kan zien”’.",
    bron = "bouwsteen.haalbare_eindsituatie",
    goed = "Je beschreef de eindsituatie in de woorden van het gezin, en in gedrag dat ook de buurman kan zien.",
    fout = "De eindsituatie is niet in de taal van het gezin of niet zichtbaar voor een buitenstaander beschreven. Een ‘6’ voor dit gezin moet in hun eigen woorden staan.",
    en = {
        tekst = "The end situation is in the family's words, and such that ‘the neighbour can see it’.",
        onderbouwing = "In the family's language … who does what (behaviour) and how the neighbour can see it too.",
        goed = "You described the end situation in the family's words, and in behaviour the neighbour can see too.",
        fout = "The end situation is not described in the family's language or not visibly to an outsider. A ‘6’ for this family must be in their own words.",
    },
    check = { eind_velden = { "taal_gezin", "buurman" } },
}
criterium "hg_eind_veranderbaar_compensatie" {
    bouwsteen = "haalbare_eindsituatie",
    tekst = "De eindsituatie onderscheidt wat veranderbaar is, wat blijvend gecompenseerd moet worden, en welke krachten er zijn.",
    onderbouwing = "Wat is veranderbaar, wat moet blijvend gecompenseerd worden (en hoe), welke krachten zijn er?",
    bron = { "bouwsteen.stabiele_veiligheid", "bouwsteen.haalbare_eindsituatie" },
    goed = "Je onderscheidde wat veranderbaar is, wat blijvend gecompenseerd moet worden, en welke krachten er zijn.",
    fout = "Het onderscheid tussen veranderbaar, te compenseren en krachten ontbreekt. Niet alles is te leren; wat blijft, moet iemand blijvend opvangen.",
    en = {
        tekst = "The end situation distinguishes what can change, what must be compensated permanently, and which strengths there are.",
        onderbouwing = "What can change, what must be compensated permanently (and how), which strengths are there?",
        goed = "You distinguished what can change, what must be compensated permanently, and which strengths there are.",
        fout = "The distinction between changeable, to be compensated and strengths is missing. Not everything can be learned; what remains, someone must permanently absorb.",
    },
    check = { eind = { "veranderbaar", "compenseren", "kracht" } },
}
criterium "hg_eind_patroon_doel" {
    bouwsteen = "haalbare_eindsituatie",
    tekst = "De eindsituatie noemt het patroon dat doorbroken moet worden en een concreet doel (wie, wat, wanneer).",
    onderbouwing = "Welke veranderdoelen, welke hulp of behandeling, door wie?; welke patronen moeten worden doorbroken?",
    bron = { "bouwsteen.haalbare_eindsituatie", "bouwsteen.stabiele_veiligheid" },
    goed = "Het te doorbreken patroon en een concreet doel staan erin. Zo kan het netwerkberaad de voortgang volgen.",
    fout = "Het te doorbreken patroon of een concreet doel ontbreekt. Zonder doel met wie, wat en wanneer is er geen ‘thermostaat’ die laat zien of het beter gaat.",
    en = {
        tekst = "The end situation names the pattern to be broken and a concrete goal (who, what, when).",
        onderbouwing = "Which change goals, which help or treatment, by whom?; which patterns must be broken?",
        goed = "The pattern to be broken and a concrete goal are in it. That way the network meeting can follow progress.",
        fout = "The pattern to be broken or a concrete goal is missing. Without a goal with who, what and when there is no ‘thermostat’ showing whether things improve.",
    },
    check = { eind = { "patroon_doorbreken", "doel" } },
}

-- Samenwerkingsprincipes ------------------------------------------------------------------------
criterium "hg_netwerkberaad" {
    bouwsteen = "samenwerkingsprincipes", gewicht = 2,
    tekst = "Een netwerkberaad met gezin, netwerk en hulpverleners, met taken, terugvalsignalen en het volgende beraad meteen gepland.",
    onderbouwing = "Netwerkberaad minstens eens per 13 weken; afspraken in de taal van het gezin; plan altijd meteen het volgende netwerkberaad.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Iedereen werkt aan dezelfde eindsituatie, met taken en terugvalsignalen, en het volgende beraad staat al gepland.",
    fout = "Er was geen netwerkberaad. Losse plannen per hulpverlener of een plan zonder netwerk leveren losse hulp op: één gezin, één plan, één regisseur.",
    en = {
        tekst = "A network meeting with family, network and helpers, with tasks, relapse signals and the next meeting planned at once.",
        onderbouwing = "A network meeting at least every 13 weeks; agreements in the family's language; always plan the next network meeting at once.",
        goed = "Everyone works towards the same end situation, with tasks and relapse signals, and the next meeting is already planned.",
        fout = "There was no network meeting. Separate plans per helper or a plan without the network produce separate help: one family, one plan, one director.",
    },
    check = { keuze = "netwerkberaad_eindsituatie" },
}
criterium "hg_geen_losse_plannen" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "Geen plan per hulpverlener: iedereen werkt aan dezelfde haalbare eindsituatie.",
    onderbouwing = "Iedereen werkt naar dezelfde haalbare eindsituatie toe; spreek samen af wie wat doet.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Je voorkwam versnippering: de hulp is ingepast in één plan.",
    goed_niet_gekozen = "Je liet niet elke hulpverlener een eigen plan maken.",
    fout = "Ieder kreeg zijn eigen plan. Dat is het hulpverleningspatroon uit de oorspronkelijke dossiers: hulp op losse leefgebieden, ieder sluit ‘positief’ af, het geweld blijft.",
    en = {
        tekst = "No plan per helper: everyone works towards the same feasible end situation.",
        onderbouwing = "Everyone works towards the same feasible end situation; agree together who does what.",
        goed = "You prevented fragmentation: the help fits into one plan.",
        goed_niet_gekozen = "You did not let each helper make a plan of their own.",
        fout = "Everyone got their own plan. That is the pattern of help from the original case files: help in separate areas of life, everyone closes ‘positively’, the violence remains.",
    },
    check = { niet_keuze = "plan_per_aanbieder" },
}
criterium "hg_niet_loslaten" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "Het gezin niet losgelaten zonder borging en overdracht toen het beter ging.",
    onderbouwing = "Aandacht voor de borging: niemand laat een gezin los zonder overdracht; ‘Een medewerker kan niet een gezin loslaten zonder overdracht’.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Je bleef de regisseur en het vaste gezicht, ook toen het beter ging.",
    goed_niet_gekozen = "Je sloot je eigen dossier niet af toen het beter ging: het lokaal team bleef betrokken.",
    fout = "Je sloot af omdat het beter ging. Positief afsluiten terwijl het patroon nog niet doorbroken is, is de draaideur uit de dossiers.",
    en = {
        tekst = "The family not let go without securing and handover when things went better.",
        onderbouwing = "Attention to securing: nobody lets go of a family without a handover; a worker cannot let go of a family without a handover.",
        goed = "You stayed the director and the fixed face, also when things went better.",
        goed_niet_gekozen = "You did not close your own file when things went better: the local team stayed involved.",
        fout = "You closed because things went better. Closing positively while the pattern has not yet been broken is the revolving door from the case files.",
    },
    check = { niet_keuze = "alles_afsluiten" },
}
