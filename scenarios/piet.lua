-- Casus: Piet, na de dood van zijn moeder (issue 8, casus 3).
-- Gebaseerd op de casus van Piet in de bijlage van het oprichtingsmemo (bron.notitie, bron.notitie):
-- een jongen van 11 die zijn moeder dood aantreft na een overdosis en bij zijn verslaafde vader en
-- zijn oma gaat wonen. Opnieuw geschreven en verder geanonimiseerd: schuilnamen (Piet was al een
-- schuilnaam), instanties bij hun soort, datums verschoven, alleen leeftijden.
--
-- Stappen: aanmelding -> huisbezoek -> (veiligheid_eerst als directe_veiligheid <= 3) -> piet_spreken
--          -> netwerkberaad -> vastgelopen (-> tweede_signaal na "geef het nog tijd") -> jbt | raad_onderzoek (VTO-route)
--          -> na_jbt -> barriere -> terugval (veiligheidssignaal) -> terugval_besluit (<= 3: veiligheid_eerst)
--          -> analyse -> veranderplan -> afronding
--          -> einde_scenario1 | einde_half | einde_scenario2 | einde_escalatie (| einde_ots_samen via raad_onderzoek)
-- De twee toekomsten uit de bron zijn de eindes: de systemische, vrijwillige route met vader erbij
-- (scenario 1) en de route VTO -> raadsonderzoek -> OTS -> uithuisplaatsingen (scenario 2).

scenario {
    id = "piet",
    titel = "Piet: na de dood van zijn moeder",
    samenvatting = "Piet (11) vond zijn moeder dood na een overdosis en woont nu bij zijn verslaafde vader en zijn oma, ‘mits het daar veilig is’. "
        .. "Vader ontkent dat hij een probleem heeft. Je volgt het gezin ruim een jaar als lokaal team, met twee families, school, "
        .. "de GI en de Jeugdbeschermingstafel, en gebruikt alle analyseborden. De twee denkbare toekomsten van Piet uit de bron zijn de eindes.",
    versie = "1.0",
    api = 1,
    taal = "nl",
    minuten = 55,
    moeilijkheid = "gevorderd",
    bouwstenen = { "directe_veiligheid", "gesprekken_kinderen", "samenwerkingsprincipes", "weging", "samenwerking_lt_gi",
                   "privacy", "inhoudelijke_beslissingen", "feedback_barrieres", "tijdlijn", "gezinspatroon",
                   "stabiele_veiligheid", "haalbare_eindsituatie", "reflectie" },
    tags = { "verslaving", "rouw", "trauma", "netwerkberaad", "jbt", "preventieve_jeugdbescherming", "product_2a", "wonen", "lokaal_team", "gi" },
    start = "aanmelding",
    en = {
        titel = "Piet: after his mother's death",
        samenvatting = "Piet (11) found his mother dead after an overdose and now lives with his addicted father and his grandmother, ‘provided it is safe there’. "
            .. "His father denies having a problem. As the local team you follow the family for more than a year, with two families, the school, "
            .. "the GI and the Youth Protection Table, and you use all the analysis boards. Piet's two conceivable futures from the source are the endings.",
    },
}

-- ---------------------------------------------------------------------------------------------
-- Personen (genogram). Alle namen zijn schuilnamen.
-- ---------------------------------------------------------------------------------------------

persoon "wil" {
    naam = "Wil", rol = "oma", leeftijd = 68, geslacht = "v",
    beschrijving = "Moeder van Martijn. Piet en Martijn wonen bij haar in huis. Kookt elke dag voor Piet en wil hem graag houden, maar kan haar zoon moeilijk iets weigeren.",
    en = { beschrijving = "Martijn's mother. Piet and Martijn live in her home. Cooks for Piet every day and wants to keep him, but finds it hard to refuse her son anything." },
}

persoon "gerda" {
    naam = "Gerda", rol = "oma", leeftijd = 63, geslacht = "v", huishouden = false,
    partners = { henk = "samen" },
    beschrijving = "Moeder van Sandra. Zag haar dochter jarenlang wegglijden. Wil Piet elk weekend bij zich hebben.",
    en = { beschrijving = "Sandra's mother. Watched her daughter slide away for years. Wants Piet with her every weekend." },
}

persoon "henk" {
    naam = "Henk", rol = "opa", leeftijd = 66, geslacht = "m", huishouden = false,
    partners = { gerda = "samen" },
    beschrijving = "Vader van Sandra. Rustig en praktisch; Piet belt hem als er iets is.",
    en = { beschrijving = "Sandra's father. Calm and practical; Piet calls him when something is wrong." },
}

persoon "sandra" {
    naam = "Sandra", rol = "moeder", leeftijd = 36, geslacht = "v", huishouden = false, overleden = true,
    ouders = { "gerda", "henk" },
    partners = { martijn = "gescheiden" },
    beschrijving = "Moeder van Piet. Jarenlang verslaafd aan speed en alcohol. Overleed in het voorjaar van 2024 aan een overdosis; Piet vond haar.",
    en = { beschrijving = "Piet's mother. Addicted to speed and alcohol for years. Died of an overdose in the spring of 2024; Piet found her." },
}

persoon "martijn" {
    naam = "Martijn", rol = "vader", leeftijd = 41, geslacht = "m",
    ouders = { "wil" },
    partners = { sandra = "gescheiden" },
    beschrijving = "Vader van Piet. Gebruikt al jaren alcohol en drugs; sinds 2020 zonder eigen woning, woont bij zijn moeder. Heeft sinds het overlijden van Sandra alleen het gezag.",
    en = { beschrijving = "Piet's father. Has used alcohol and drugs for years; without his own home since 2020, lives with his mother. Has had sole parental authority since Sandra died." },
}

persoon "piet" {
    naam = "Piet", rol = "kind", leeftijd = 11, geslacht = "m",
    ouders = { "sandra", "martijn" },
    beschrijving = "Groep 8. Voetbalt graag, tekent strips. Slaapt sinds de dood van zijn moeder slecht en is op school snel boos.",
    en = { beschrijving = "Final year of primary school. Loves football, draws comics. Has slept badly since his mother's death and gets angry quickly at school." },
}

-- ---------------------------------------------------------------------------------------------
-- Meters
-- ---------------------------------------------------------------------------------------------

variabele "vertrouwen_gezin" {
    label = "Vertrouwen van vader en oma",
    start = 4, min = 0, max = 10,
    en = { label = "Trust of father and grandmother" },
}

variabele "directe_veiligheid" {
    label = "Directe veiligheid van Piet (een 6 is voldoende)",
    start = 4, min = 0, max = 10,
    en = { label = "Piet's immediate safety (a 6 is sufficient)" },
}

-- ---------------------------------------------------------------------------------------------
-- Documenten
-- ---------------------------------------------------------------------------------------------

document "d_overdracht_vt" {
    titel = "Overdracht Veilig Thuis aan het lokaal team",
    soort = "overdracht",
    auteur = "Medewerker Veilig Thuis",
    datum = "2024-03",
    tekst = [[
Betreft: Piet (11), groep 8. Vader Martijn (41), sinds het overlijden van moeder alleen gezag.

Aanleiding
Begin maart 2024 trof Piet na school zijn moeder Sandra (36) levenloos aan in haar woning. Hij belde 112 en probeerde haar, op aanwijzing van de meldkamer, te reanimeren tot de ambulance er was. Moeder bleek overleden aan een overdosis speed. Politie en huisarts meldden bij Veilig Thuis.

Wat wij weten
- Ouders zijn sinds 2019 uit elkaar. Piet woonde bij moeder. Er was een omgangsregeling: eens in de twee weken zag Piet zijn vader bij oma Wil, waar vader woont sinds hij zijn woning kwijtraakte.
- In 2022 meldde de basisschool dat Piet vaak te laat en zonder ontbijt kwam en dat moeder bij het ophalen ‘suf’ was. Afgesloten met een advies aan moeder.
- Vader heeft volgens de familie ‘vroeger’ drugs gebruikt. Hij zegt zelf dat hij ‘alleen nog een biertje’ drinkt.

Besluit
In overleg met het sociaal team, vader en oma Wil is besloten dat Piet bij vader en oma gaat wonen, ‘mits het daar veilig is’. Dat is nog niet getoetst: er is één gesprek geweest, op het kantoor van Veilig Thuis.

Vraag aan het lokaal team
Begeleiding van Piet en zijn vader na het overlijden, en het volgen of de woonsituatie veilig is. Veilig Thuis sluit af.
]],
    onthult = { "f_overlijden", "f_scheiding", "f_vader_dakloos", "f_melding_vt_2022", "f_besluit_vt" },
    en = {
        titel = "Veilig Thuis handover to the local team",
        tekst = [[
Re: Piet (11), final year of primary school. Father Martijn (41), sole parental authority since mother's death.

Reason
At the beginning of March 2024 Piet found his mother Sandra (36) lifeless in her home after school. He called 112 (emergency number) and, following the control room's instructions, tried to resuscitate her until the ambulance arrived. Mother turned out to have died of an overdose of speed. The police and the GP reported to Veilig Thuis.

What we know
- The parents have been separated since 2019. Piet lived with mother. There was a contact arrangement: every other week Piet saw his father at grandmother Wil's, where father has lived since he lost his home.
- In 2022 the primary school reported that Piet often arrived late and without breakfast and that mother was ‘dazed’ when she collected him. Closed with advice to mother.
- According to the family, father used drugs ‘in the past’. He says himself that he ‘only has a beer now’.

Decision
In consultation with the social team, father and grandmother Wil it was decided that Piet would go and live with father and grandmother, ‘provided it is safe there’. This has not yet been checked: there has been one conversation, at the Veilig Thuis office.

Request to the local team
Support for Piet and his father after the death, and following whether the living situation is safe. Veilig Thuis is closing the case.
]],
    },
}

document "d_school_maart" {
    titel = "Notitie van de intern begeleider over Piet",
    soort = "notitie",
    auteur = "Intern begeleider basisschool",
    datum = "2024-04",
    tekst = [[
Piet is drie weken na de begrafenis weer op school. Hij gaat nu vanuit het huis van zijn oma naar school; dat is een half uur fietsen.

Wat wij zien
- Hij komt vaak moe binnen en valt twee keer per week in de les in slaap.
- Hij schrikt als iemand achter hem staat. In de pauze raakte hij twee keer slaags met een klasgenoot die ‘iets over zijn moeder’ zei.
- Tegen de juf zei hij: ‘Het is bij oma ’s nachts druk. Papa heeft vrienden.’
- Hij tekent strips waarin een jongen iemand uit het water probeert te trekken.

Eerder
In 2022–2023 had Piet schoolmaatschappelijk werk vanwege concentratieproblemen en te laat komen. Dat is afgesloten omdat hij ‘op tijd kwam en beter meedeed’; de thuissituatie is toen niet besproken.

School wil graag meedenken en vindt het goed als het lokaal team ons belt. We hebben dit ook met vader besproken.
]],
    onthult = { "f_piet_signalen", "f_hulp_schoolmw" },
    en = {
        titel = "Note from the primary school's special-needs coordinator about Piet",
        tekst = [[
Piet has been back at school for three weeks since the funeral. He now goes to school from his grandmother's house; that is half an hour by bike.

What we see
- He often comes in tired and falls asleep in class twice a week.
- He startles when someone stands behind him. At break he got into a fight twice with a classmate who said ‘something about his mother’.
- He told his teacher: ‘It's busy at grandma's at night. Dad has friends.’
- He draws comics in which a boy tries to pull someone out of the water.

Earlier
In 2022–2023 Piet had school social work because of concentration problems and arriving late. It was closed because he ‘arrived on time and joined in better’; the home situation was not discussed at the time.

The school would like to think along and is happy for the local team to call us. We have also discussed this with father.
]],
    },
}

document "d_huisbezoek" {
    titel = "Gespreksverslag huisbezoek bij oma Wil",
    soort = "gespreksverslag",
    auteur = "Lokaal team (jij)",
    datum = "2024-04",
    tekst = [[
Aanwezig: vader Martijn, oma Wil. Piet was op school.

Wat ik zag
Een nette woonkamer. In de keuken twee kratten lege bierflessen en een volle asbak. Martijn ruikt om elf uur ’s ochtends naar alcohol. Piet slaapt op de bank in de woonkamer; Martijn heeft de logeerkamer. Oma vertelt dat ‘de jongens’ (vrienden van Martijn) er ’s avonds vaak zijn en ‘soms tot laat blijven’.

Wat vader zegt
‘Ik heb het onder controle. Ik drink een biertje, dat is alles. Die andere troep is verleden tijd.’ Over Sandra: ‘Zij is eraan onderdoor gegaan, ik niet.’ Hij wil ‘gewoon een huis voor mij en Piet, dan komt alles goed.’ Martijn vertelt dat hij in 2016 drie weken in een kliniek was om af te kicken: ‘Toen ben ik weggelopen, daar was niks aan.’

Wat oma zegt
‘Ik kook elke dag voor hem. Hij hoort bij ons.’ Als ik vraag wat ze doet als Martijn ’s avonds onder invloed is, kijkt ze weg: ‘Dan ga ik naar bed.’

Eigen vraag
Vader: ‘Help me aan een huis.’ Oma: ‘Zorg dat Piet weer slaapt.’

Netwerk
Oma Gerda en opa Henk, de ouders van Sandra, willen Piet graag in de weekenden. Met Martijn is het contact ‘stroef’: ‘Zij geven mij de schuld.’ Piet belt opa Henk vaak.
]],
    onthult = { "f_middelen_thuis", "f_hulp_detox", "f_vraag_vader", "f_oma_wil", "f_grootouders_moeder", "f_vader_ontkent" },
    en = {
        titel = "Notes of the home visit at grandmother Wil's",
        tekst = [[
Present: father Martijn, grandmother Wil. Piet was at school.

What I saw
A tidy living room. In the kitchen two crates of empty beer bottles and a full ashtray. At eleven in the morning Martijn smells of alcohol. Piet sleeps on the sofa in the living room; Martijn has the spare room. Grandmother says that ‘the lads’ (Martijn's friends) are often there in the evening and ‘sometimes stay late’.

What father says
‘I've got it under control. I have a beer, that's all. That other stuff is in the past.’ About Sandra: ‘She went under, I didn't.’ He wants ‘just a house for me and Piet, then everything will be fine.’ Martijn says that in 2016 he spent three weeks in a clinic to get clean: ‘I walked out then, it was no good.’

What grandmother says
‘I cook for him every day. He belongs with us.’ When I ask what she does when Martijn is under the influence in the evening, she looks away: ‘Then I go to bed.’

Their own request
Father: ‘Help me get a house.’ Grandmother: ‘Make sure Piet sleeps again.’

Network
Grandmother Gerda and grandfather Henk, Sandra's parents, would love to have Piet at weekends. Contact with Martijn is ‘strained’: ‘They blame me.’ Piet often calls grandfather Henk.
]],
    },
}

document "d_verslavingszorg_2021" {
    titel = "Afsluitbericht ambulante verslavingszorg (moeder)",
    soort = "brief",
    auteur = "Ambulante verslavingszorg",
    datum = "2021-06",
    tekst = [[
Aan: de huisarts van Sandra [achternaam weggelaten]

Uw patiënte is van november 2020 tot juni 2021 bij ons in behandeling geweest voor problematisch gebruik van amfetamine en alcohol. Zij kwam op negen van de twintig afspraken. Na drie gemiste afspraken op rij hebben wij de behandeling beëindigd.

Patiënte woont met haar zoon (8). Het kind is in de behandeling niet gezien; er is geen contact geweest met school of andere hulpverleners. Wij adviseren opnieuw aan te melden als patiënte daar zelf voor kiest.
]],
    onthult = { "f_hulp_verslaving_moeder" },
    en = {
        titel = "Closing letter, outpatient addiction care (mother)",
        tekst = [[
To: Sandra's GP [surname omitted]

Your patient was in treatment with us from November 2020 to June 2021 for problematic use of amphetamine and alcohol. She came to nine of the twenty appointments. After three missed appointments in a row we ended the treatment.

The patient lives with her son (8). The child was not seen during the treatment; there was no contact with the school or other professionals. We advise a new referral if the patient chooses this herself.
]],
    },
}

document "d_netwerkberaden" {
    titel = "Verslag van de netwerkberaden (mei en juni 2024)",
    soort = "verslag_netwerkberaad",
    auteur = "Lokaal team",
    datum = "2024-06",
    tekst = [[
Aanwezig (beide keren): Martijn (vader), oma Wil, oma Gerda en opa Henk, twee medewerkers van het lokaal team, de wijkverpleegkundige die oma Wil ondersteunt.

Beraad 1 (mei)
Iedereen vertelt wat hij ziet. Gerda en Henk maken zich zorgen over ‘de feestjes’ bij Wil. Martijn wordt boos: ‘Jullie dochter gebruikte, ik niet.’ Afspraken: Piet is elk tweede weekend bij Gerda en Henk; oma Wil belt het lokaal team als ‘de jongens’ na tienen nog in huis zijn. Volgend beraad over vier weken.

Beraad 2 (juni)
Oma Wil heeft niet gebeld, ‘want dan wordt Martijn kwaad’. Piet sliep twee keer bij opa Henk doordeweeks ‘omdat het thuis te druk was’. Martijn: ‘Ik heb geen probleem. Ik ga heus niet naar zo’n kliniek.’ De wijkverpleegkundige zag lege flessen in de vuilnisbak. De sfeer is gespannen; de afspraken worden herhaald.

Stand
Er is een band tussen het lokaal team en Martijn, maar hij blijft ontkennen dat hij een probleem heeft en wil geen hulp. De afspraken houden niet.
]],
    onthult = { "f_netwerkberaden", "f_afspraken_houden_niet" },
    en = {
        titel = "Notes of the network meetings (May and June 2024)",
        tekst = [[
Present (both times): Martijn (father), grandmother Wil, grandmother Gerda and grandfather Henk, two workers from the local team, the district nurse who supports grandmother Wil.

Meeting 1 (May)
Everyone says what they see. Gerda and Henk are worried about ‘the parties’ at Wil's. Martijn gets angry: ‘Your daughter was the one using, not me.’ Agreements: Piet spends every other weekend with Gerda and Henk; grandmother Wil calls the local team if ‘the lads’ are still in the house after ten. Next meeting in four weeks.

Meeting 2 (June)
Grandmother Wil did not call, ‘because then Martijn gets angry’. Piet slept at grandfather Henk's twice on weekdays ‘because it was too busy at home’. Martijn: ‘I haven't got a problem. I'm certainly not going to one of those clinics.’ The district nurse saw empty bottles in the bin. The atmosphere is tense; the agreements are repeated.

Where things stand
There is a bond between the local team and Martijn, but he keeps denying that he has a problem and does not want help. The agreements are not holding.
]],
    },
}

document "d_jbt_verslag" {
    titel = "Verslag Jeugdbeschermingstafel",
    soort = "verslag",
    auteur = "Voorzitter Jeugdbeschermingstafel",
    datum = "2024-07",
    tekst = [[
Aanwezig: Martijn (vader), oma Wil, lokaal team, een jeugdbeschermer van de gecertificeerde instelling, een medewerker van de Raad voor de Kinderbescherming, de voorzitter.

Vraag van het lokaal team
De thuissituatie van Piet (11) is op dit moment niet veilig genoeg: er wordt veel gedronken en gebruikt in huis, de afspraken uit de netwerkberaden houden niet en vader ziet geen probleem. Is een raadsonderzoek nodig, of kan het vrijwillig verder met steun van de GI?

Gesprek
Vader is boos: ‘Jullie zitten hier met z’n zessen over mijn kind.’ De voorzitter zegt duidelijk dat de situatie zo niet veilig is en dat een uithuisplaatsing in beeld komt als er niets verandert. Oma huilt. Na een pauze zegt vader dat hij ‘misschien wel wat te veel drinkt’.

Besluit
Het raadsonderzoek wordt voor drie maanden aangehouden, op voorwaarde dat vader zich meldt bij de verslavingszorg, er in huis niet wordt gebruikt als Piet er is, en het veiligheidsplan wordt nageleefd. Een preventief jeugdbeschermer ondersteunt het lokaal team (product 2a), als vader daarmee instemt; de regie blijft bij het lokaal team. Wordt de ondergrens overschreden, dan komt de casus terug aan deze tafel. Evaluatie over drie maanden.
]],
    onthult = { "f_jbt_besluit" },
    en = {
        titel = "Notes of the Youth Protection Table",
        tekst = [[
Present: Martijn (father), grandmother Wil, the local team, a youth protector from the certified institution (GI), a worker from the Child Protection Board, the chair.

The local team's question
Piet's (11) home situation is not safe enough at the moment: there is a lot of drinking and drug use in the house, the agreements from the network meetings are not holding and father sees no problem. Is a Board investigation needed, or can things continue voluntarily with support from the GI?

Discussion
Father is angry: ‘There are six of you sitting here talking about my child.’ The chair says clearly that the situation is not safe like this and that placement out of home comes into view if nothing changes. Grandmother cries. After a break father says that he ‘maybe does drink a bit too much’.

Decision
The Board investigation is put on hold for three months, on condition that father reports to addiction care, that there is no drug use in the house when Piet is there, and that the safety plan is kept to. A preventive youth protector supports the local team (product 2a), if father agrees to this; the local team stays in charge. If the bottom line is crossed, the case comes back to this table. Evaluation in three months.
]],
    },
}

document "d_mail_jeugdbeschermer" {
    titel = "Mail van de preventief jeugdbeschermer",
    soort = "mail",
    auteur = "Preventief jeugdbeschermer, gecertificeerde instelling",
    datum = "2024-09",
    tekst = [[
Hoi,

Ik heb Piet nu twee keer gezien. Hij heeft duidelijk traumaklachten. Mijn voorstel: we melden hem aan voor een traumagroep bij de specialistische GGZ (twee keer per week, een uur reizen), en wij bespreken in óns teamoverleg of we naar de Raad gaan zodra vader één keer de fout in gaat. Eerlijk gezegd vind ik dat we te veel met vader bezig zijn en te weinig met Piet.

Laat je even weten of je akkoord bent? Dan zet ik het in gang.

Groet,
de preventief jeugdbeschermer
]],
    onthult = { "f_verschil_focus" },
    en = {
        titel = "Email from the preventive youth protector",
        tekst = [[
Hi,

I have now seen Piet twice. He clearly has trauma symptoms. My proposal: we refer him to a trauma group at specialist mental health care (twice a week, an hour's travel), and in our own team meeting we discuss going to the Board as soon as father slips up once. To be honest I think we are too busy with father and not enough with Piet.

Could you let me know whether you agree? Then I'll get it started.

Best wishes,
the preventive youth protector
]],
    },
}

document "d_melding_opa" {
    titel = "Telefoonnotitie: opa Henk belt het lokaal team",
    soort = "telefoonnotitie",
    auteur = "Lokaal team (jij)",
    datum = "2024-10",
    tekst = [[
Maandag, 8.30 uur. Opa Henk belt.

Zaterdagavond om half twaalf belde Piet hem. Oma Wil was een weekend bij haar zus. Piet zei: ‘Papa ligt op de bank en wordt niet wakker. Er zijn twee mannen in de keuken, ze snuiven iets.’ Henk is meteen gereden. Martijn werd wakker toen Henk binnenkwam en was ‘niet aanspreekbaar’. De mannen zijn vertrokken. Henk heeft Piet meegenomen; hij slaapt nu bij Gerda en Henk.

Piet huilde in de auto: ‘Net als bij mama.’ Hij wil niet dat papa weet dat hij heeft gebeld.

Henk: ‘Ik wil niet dat hij daar nog terug moet. Maar hij wil wel naar zijn vader.’
]],
    onthult = { "f_terugval" },
    en = {
        titel = "Phone note: grandfather Henk calls the local team",
        tekst = [[
Monday, 8.30 a.m. Grandfather Henk calls.

On Saturday evening at half past eleven Piet called him. Grandmother Wil was away for the weekend at her sister's. Piet said: ‘Dad's lying on the sofa and won't wake up. There are two men in the kitchen, they're snorting something.’ Henk drove over at once. Martijn woke up when Henk came in and was ‘not responsive’. The men have left. Henk took Piet with him; he is now sleeping at Gerda and Henk's.

Piet cried in the car: ‘Just like with mum.’ He does not want dad to know that he called.

Henk: ‘I don't want him to have to go back there. But he does want to be with his father.’
]],
    },
}

document "d_verslavingszorg_2024" {
    titel = "Voortgangsbericht verslavingszorg (vader)",
    soort = "brief",
    auteur = "Ambulante verslavingszorg",
    datum = "2024-11",
    tekst = [[
Met toestemming van Martijn [achternaam weggelaten] aan het lokaal team.

Martijn is sinds augustus 2024 in ambulante behandeling voor alcohol- en cocaïnegebruik. Hij komt op bijna alle afspraken. Na een terugval in oktober heeft hij zelf om extra gesprekken gevraagd. Urinecontroles sinds eind oktober schoon.

Martijn vertelt in de behandeling dat hij zelf opgroeide met een vader die dronk en die vertrok toen hij negen was, en dat hij ‘nooit heeft geleerd om hulp te vragen’. Zijn motivatie noemt hij zelf: ‘Piet mag niet hetzelfde meemaken als met zijn moeder.’
]],
    onthult = { "f_hulp_verslaving_vader", "f_jeugd_martijn" },
    en = {
        titel = "Progress letter, addiction care (father)",
        tekst = [[
To the local team, with the consent of Martijn [surname omitted].

Martijn has been in outpatient treatment for alcohol and cocaine use since August 2024. He comes to almost all appointments. After a relapse in October he asked for extra sessions himself. Urine tests clean since the end of October.

In treatment Martijn tells that he himself grew up with a father who drank and who left when he was nine, and that he ‘never learned to ask for help’. He names his motivation himself: ‘Piet mustn't go through the same thing as with his mother.’
]],
    },
}

document "d_afronding_2a" {
    titel = "Notitie preventief jeugdbeschermer: afronding product 2a",
    soort = "notitie",
    auteur = "Preventief jeugdbeschermer, gecertificeerde instelling",
    datum = "2025-05",
    tekst = [[
Gebruikt: 22 van de 25 uur.

Sinds oktober geen nieuwe incidenten. Het raadsonderzoek is na de evaluatie aan de Jeugdbeschermingstafel vervallen. Vader heeft sinds april een eigen huurwoning, tien minuten van oma Wil, met een kamer voor Piet. Piet heeft traumabehandeling.

Voorstel: mijn laatste uren gebruik ik deze maand, daarna stop ik. Laat je weten wat je nog van mij nodig hebt?
]],
    onthult = { "f_woning" },
    en = {
        titel = "Preventive youth protector's note: closing product 2a",
        tekst = [[
Used: 22 of the 25 hours.

No new incidents since October. After the evaluation at the Youth Protection Table the Board investigation has lapsed. Since April father has had a rented home of his own, ten minutes from grandmother Wil, with a room for Piet. Piet is in trauma treatment.

Proposal: I will use my last hours this month, and then I stop. Could you let me know what else you need from me?
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Feiten
-- ---------------------------------------------------------------------------------------------

feit "f_jeugd_martijn" {
    tekst = "Martijn groeit op met een vader die drinkt; zijn vader vertrekt als Martijn negen is. ‘Ik heb nooit geleerd om hulp te vragen.’",
    datum = "1992",
    soort = "levensgebeurtenis",
    bron = "d_verslavingszorg_2024",
    personen = { "martijn", "wil" },
    en = { tekst = "Martijn grows up with a father who drinks; his father leaves when Martijn is nine. ‘I never learned to ask for help.’" },
}

feit "f_hulp_detox" {
    tekst = "Klinische detox voor Martijn.",
    datum = "2016",
    soort = "hulp",
    bron = "d_huisbezoek",
    personen = { "martijn" },
    instantie = "Verslavingskliniek",
    resultaat = "Na drie weken zelf vertrokken; geen nazorg, niemand vroeg naar Piet (toen 3).",
    en = { tekst = "Inpatient detox for Martijn.", resultaat = "Left after three weeks; no aftercare, nobody asked about Piet (then 3)." },
}

feit "f_scheiding" {
    tekst = "Martijn en Sandra gaan uit elkaar. Piet blijft bij zijn moeder; eens in de twee weken ziet hij zijn vader.",
    datum = "2019",
    soort = "levensgebeurtenis",
    bron = "d_overdracht_vt",
    personen = { "martijn", "sandra", "piet" },
    en = { tekst = "Martijn and Sandra separate. Piet stays with his mother; he sees his father every other week." },
}

feit "f_vader_dakloos" {
    tekst = "Martijn raakt zijn woning kwijt en trekt in bij zijn moeder Wil. De omgang met Piet is daar.",
    datum = "2020",
    soort = "levensgebeurtenis",
    bron = "d_overdracht_vt",
    personen = { "martijn", "wil", "piet" },
    en = { tekst = "Martijn loses his home and moves in with his mother Wil. Piet's contact visits take place there." },
}

feit "f_hulp_verslaving_moeder" {
    tekst = "Ambulante verslavingszorg voor Sandra (amfetamine en alcohol).",
    datum = "2020-11/2021-06",
    soort = "hulp",
    bron = "d_verslavingszorg_2021",
    personen = { "sandra", "piet" },
    instantie = "Ambulante verslavingszorg",
    resultaat = "Beëindigd na drie gemiste afspraken (9 van 20 bezocht). Piet is nooit gezien; geen contact met school of andere hulp.",
    en = { tekst = "Outpatient addiction care for Sandra (amphetamine and alcohol).", resultaat = "Ended after three missed appointments (9 of 20 attended). Piet was never seen; no contact with the school or other help." },
}

feit "f_melding_vt_2022" {
    tekst = "Eerste melding: de basisschool meldt bij Veilig Thuis dat Piet vaak te laat en zonder ontbijt komt en moeder bij het ophalen ‘suf’ is. Afgesloten met een advies.",
    datum = "2022-02",
    soort = "melding",
    bron = "d_overdracht_vt",
    personen = { "piet", "sandra" },
    en = { tekst = "First report: the primary school reports to Veilig Thuis that Piet often comes late and without breakfast and that his mother seems ‘dazed’ at pick-up. Closed with advice." },
}

feit "f_hulp_schoolmw" {
    tekst = "Schoolmaatschappelijk werk voor Piet vanwege concentratieproblemen en te laat komen.",
    datum = "2022-03/2023-01",
    soort = "hulp",
    bron = "d_school_maart",
    personen = { "piet" },
    instantie = "Schoolmaatschappelijk werk basisschool",
    resultaat = "‘Positief’ afgesloten omdat Piet op tijd kwam; de thuissituatie en het gebruik van moeder zijn niet besproken.",
    en = { tekst = "School social work for Piet because of concentration problems and lateness.", resultaat = "Closed ‘positively’ because Piet came on time; the home situation and his mother's use were not discussed." },
}

feit "f_overlijden" {
    tekst = "Piet (11) vindt zijn moeder levenloos na een overdosis speed en probeert haar te reanimeren tot de ambulance komt.",
    datum = "2024-03",
    soort = "levensgebeurtenis",
    bron = "d_overdracht_vt",
    personen = { "piet", "sandra" },
    en = { tekst = "Piet (11) finds his mother lifeless after a speed overdose and tries to resuscitate her until the ambulance arrives." },
}

feit "f_besluit_vt" {
    tekst = "Veilig Thuis en het sociaal team besluiten dat Piet bij vader en oma Wil gaat wonen, ‘mits het daar veilig is’; dat is niet getoetst.",
    datum = "2024-03",
    soort = "besluit",
    bron = "d_overdracht_vt",
    personen = { "piet", "martijn", "wil" },
    en = { tekst = "Veilig Thuis and the social team decide that Piet goes to live with his father and grandmother Wil, ‘provided it is safe there’; this was not checked." },
}

feit "f_piet_signalen" {
    tekst = "Piet is moe, valt in de les in slaap, schrikt snel en vecht in de pauze. ‘Het is bij oma ’s nachts druk. Papa heeft vrienden.’",
    datum = "2024-04",
    soort = "zorg",
    bron = "d_school_maart",
    personen = { "piet" },
    en = { tekst = "Piet is tired, falls asleep in class, startles easily and fights at break. ‘It's busy at grandma's at night. Dad has friends over.’" },
}

feit "f_middelen_thuis" {
    tekst = "In het huis van oma Wil wordt veel gedronken en ’s avonds door vrienden van Martijn gebruikt; Piet slaapt op de bank in de woonkamer.",
    datum = "2024-04",
    soort = "zorg",
    bron = "d_huisbezoek",
    personen = { "martijn", "wil", "piet" },
    en = { tekst = "In grandmother Wil's home there is a lot of drinking and Martijn's friends use drugs in the evenings; Piet sleeps on the sofa in the living room." },
}

feit "f_vader_ontkent" {
    tekst = "Martijn ontkent een probleem: ‘Ik drink een biertje, dat is alles.’",
    datum = "2024-04",
    soort = "zorg",
    bron = "d_huisbezoek",
    personen = { "martijn" },
    en = { tekst = "Martijn denies a problem: ‘I have a beer, that's all.’" },
}

feit "f_vraag_vader" {
    tekst = "Eigen vraag: vader wil ‘een huis voor mij en Piet’; oma wil ‘dat Piet weer slaapt’.",
    datum = "2024-04",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "martijn", "wil" },
    en = { tekst = "Own request: father wants ‘a home for me and Piet’; grandmother wants ‘Piet to sleep again’." },
}

feit "f_oma_wil" {
    tekst = "Oma Wil kookt elke dag voor Piet en wil hem bij zich houden; ze kan Martijn moeilijk iets weigeren.",
    datum = "2024-04",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "wil", "piet", "martijn" },
    en = { tekst = "Grandmother Wil cooks for Piet every day and wants to keep him; she finds it hard to refuse Martijn anything." },
}

feit "f_grootouders_moeder" {
    tekst = "Oma Gerda en opa Henk willen Piet in de weekenden; Piet belt opa Henk als er iets is. Met Martijn is het contact stroef.",
    datum = "2024-04",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "gerda", "henk", "piet", "martijn" },
    en = { tekst = "Grandmother Gerda and grandfather Henk want Piet at weekends; Piet calls grandfather Henk when something is wrong. Contact with Martijn is strained." },
}

feit "f_veiligheidsplan" {
    tekst = "Veiligheidsplan met vader en oma Wil: geen drank of drugs in huis als Piet er is, geen bezoek na tienen, Piet krijgt een eigen kamer, oma is de nuchtere volwassene, Piet mag altijd opa Henk bellen. Ondergrens: Piet is nooit ’s nachts alleen met een volwassene onder invloed. Wordt die overschreden, dan slaapt Piet bij Gerda en Henk en bespreekt het lokaal team het dezelfde dag met vader en de gedragswetenschapper.",
    datum = "2024-04",
    soort = "besluit",
    personen = { "martijn", "wil", "piet", "henk", "gerda" },
    en = { tekst = "Safety plan with father and grandmother Wil: no drink or drugs in the house when Piet is there, no visitors after ten, Piet gets his own room, grandma is the sober adult, Piet may always call grandfather Henk. Bottom line: Piet is never alone at night with an adult under the influence. If it is crossed, Piet sleeps at Gerda and Henk's and the local team discusses it the same day with father and the behavioural scientist." },
}

feit "f_piet_vertelt" {
    tekst = "Piet vertelt in het huis van zorgen dat hij ’s nachts niet slaapt ‘als de mannen er zijn’ en bang is dat papa ‘ook niet meer wakker wordt’. In het huis van dromen wonen hij en papa samen, ‘en oma komt eten’.",
    datum = "2024-04",
    soort = "zorg",
    personen = { "piet", "martijn", "wil" },
    en = { tekst = "In the house of worries Piet tells that he does not sleep at night ‘when the men are there’ and is afraid dad ‘won't wake up either’. In the house of dreams he and dad live together, ‘and grandma comes to dinner’." },
}

feit "f_netwerkberaden" {
    tekst = "Twee netwerkberaden met vader, oma Wil, Gerda en Henk, het lokaal team en de wijkverpleegkundige; afspraken over weekenden en bezoek na tienen.",
    datum = "2024-05/2024-06",
    soort = "besluit",
    bron = "d_netwerkberaden",
    personen = { "martijn", "wil", "gerda", "henk" },
    en = { tekst = "Two network meetings with father, grandmother Wil, Gerda and Henk, the local team and the district nurse; agreements about weekends and visitors after ten." },
}

feit "f_afspraken_houden_niet" {
    tekst = "De afspraken houden niet: oma belt niet ‘want dan wordt Martijn kwaad’, Piet slaapt doordeweeks bij opa, vader blijft ontkennen.",
    datum = "2024-06",
    soort = "zorg",
    bron = "d_netwerkberaden",
    personen = { "martijn", "wil", "piet", "henk" },
    en = { tekst = "The agreements do not hold: grandma does not call ‘because Martijn gets angry’, Piet sleeps at grandpa's on weekdays, father keeps denying." },
}

feit "f_jbt_besluit" {
    tekst = "Jeugdbeschermingstafel: raadsonderzoek drie maanden aangehouden onder voorwaarden (verslavingszorg, niet gebruiken als Piet er is, veiligheidsplan); product 2a als vader instemt, regie bij het lokaal team.",
    datum = "2024-07",
    soort = "besluit",
    bron = "d_jbt_verslag",
    personen = { "martijn", "wil", "piet" },
    en = { tekst = "Youth Protection Table: Board investigation postponed for three months on conditions (addiction care, no use when Piet is there, safety plan); product 2a if father consents, local team in charge." },
}

feit "f_vader_erkent" {
    tekst = "In het netwerkberaad na de JBT zegt Martijn: ‘Misschien heb ik wel een probleem.’ Hij meldt zich bij de verslavingszorg.",
    datum = "2024-08",
    soort = "kracht",
    personen = { "martijn" },
    en = { tekst = "At the network meeting after the Youth Protection Table Martijn says: ‘Maybe I do have a problem.’ He signs up for addiction care." },
}

feit "f_toestemming_2a" {
    tekst = "Martijn stemt mondeling in met de preventief jeugdbeschermer (product 2a); vastgelegd, met wat er met wie gedeeld wordt en dat hij kan intrekken.",
    datum = "2024-08",
    soort = "besluit",
    personen = { "martijn" },
    en = { tekst = "Martijn gives verbal consent for the preventive youth protector (product 2a); recorded, with what is shared with whom and that he can withdraw." },
}

feit "f_hulp_verslaving_vader" {
    tekst = "Ambulante verslavingszorg voor Martijn (alcohol en cocaïne).",
    datum = "2024-08/2025-05",
    soort = "hulp",
    bron = "d_verslavingszorg_2024",
    personen = { "martijn" },
    instantie = "Ambulante verslavingszorg",
    resultaat = "Loopt: bijna alle afspraken bezocht, na de terugval in oktober zelf om extra gesprekken gevraagd, controles sindsdien schoon.",
    en = { tekst = "Outpatient addiction care for Martijn (alcohol and cocaine).", resultaat = "Ongoing: nearly all appointments attended, asked for extra sessions himself after the October relapse, tests clean since." },
}

feit "f_verschil_focus" {
    tekst = "De preventief jeugdbeschermer wil de focus op Piet (traumagroep ver weg) en in het GI-team beslissen over de Raad; het lokaal team ziet vader als sleutel.",
    datum = "2024-09",
    soort = "zorg",
    bron = "d_mail_jeugdbeschermer",
    personen = { "piet", "martijn" },
    en = { tekst = "The preventive youth protector wants the focus on Piet (a trauma group far away) and to decide about the Board in the GI team; the local team sees father as the key." },
}

feit "f_terugval" {
    tekst = "Terugval: zaterdagnacht ligt Martijn onder invloed op de bank, twee mannen gebruiken in de keuken. Piet belt opa Henk (‘net als bij mama’), die hem ophaalt.",
    datum = "2024-10",
    soort = "melding",
    bron = "d_melding_opa",
    personen = { "martijn", "piet", "henk" },
    en = { tekst = "Relapse: on Saturday night Martijn lies on the sofa under the influence, two men use drugs in the kitchen. Piet calls grandfather Henk (‘just like with mum’), who picks him up." },
}

feit "f_visie_gezin" {
    tekst = "Eigen kijk van vader en oma: ‘Iedereen keek naar Sandra of naar Piet. Niemand vroeg hoe het met mij ging.’ (Martijn) ‘Ik dacht dat ik hem beschermde door niks te zeggen.’ (Wil)",
    datum = "2024-11",
    soort = "kracht",
    personen = { "martijn", "wil" },
    en = { tekst = "Father's and grandmother's own view: ‘Everyone looked at Sandra or at Piet. Nobody asked how I was doing.’ (Martijn) ‘I thought I was protecting him by saying nothing.’ (Wil)" },
}

feit "f_woning" {
    tekst = "Martijn krijgt een eigen huurwoning, tien minuten van oma Wil, met een kamer voor Piet.",
    datum = "2025-04",
    soort = "levensgebeurtenis",
    bron = "d_afronding_2a",
    personen = { "martijn", "piet" },
    en = { tekst = "Martijn gets a rented home of his own, ten minutes from grandmother Wil, with a room for Piet." },
}

-- ---------------------------------------------------------------------------------------------
-- Stappen
-- ---------------------------------------------------------------------------------------------

stap "aanmelding" {
    titel = "1. Een overdracht van Veilig Thuis",
    datum = "2024-03",
    opent = { "tijdlijn", "personen", "veiligheid" },
    tekst = [[
Maart 2024. Veilig Thuis draagt Piet (11) over aan jouw lokaal team. Twee weken geleden vond hij zijn moeder dood na een overdosis; hij probeerde haar nog te reanimeren. Hij woont nu bij zijn vader Martijn en oma Wil, ‘mits het daar veilig is’. Dat heeft niemand gecontroleerd.

Je leidinggevende zegt: ‘Dit is vooral rouw. Regel snel traumahulp voor dat kind.’ De overdracht staat bij de documenten.

Wat doe je eerst?
]],
    documenten = { "d_overdracht_vt" },
    en = {
        titel = "1. A handover from Veilig Thuis",
        tekst = [[
March 2024. Veilig Thuis hands Piet (11) over to your local team. Two weeks ago he found his mother dead after an overdose; he still tried to resuscitate her. He now lives with his father Martijn and grandmother Wil, ‘provided it is safe there’. Nobody has checked that.

Your manager says: ‘This is mainly grief. Arrange trauma help for that child quickly.’ The handover is among the documents.

What do you do first?
]],
    },

    keuze "trauma_direct" {
        tekst = "Volg je leidinggevende: meld Piet vandaag aan bij een traumabehandelaar. Veilig Thuis heeft de woonsituatie al beoordeeld; jij volgt of de behandeling op gang komt.",
        feedback = "Piet heeft traumahulp nodig, maar dit is springen naar een oplossing. Traumabehandeling werkt pas als een kind veilig is; en ‘mits het veilig is’ is door niemand getoetst. Wie niet eerst kijkt hoe het thuis is, behandelt de gevolgen terwijl de oorzaak doorgaat.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = -1, vertrouwen_gezin = 1 },
        naar = "huisbezoek",
        en = {
            tekst = "Follow your manager: refer Piet to a trauma therapist today. Veilig Thuis has already assessed the living situation; you follow whether the treatment gets going.",
            feedback = "Piet needs trauma help, but this is jumping to a solution. Trauma treatment only works once a child is safe, and ‘provided it is safe’ has been checked by nobody. Whoever does not first look at home treats the consequences while the cause goes on.",
        },
    },

    keuze "stil_opvragen" {
        tekst = "Vraag eerst bij de huisarts, de verslavingszorg en de politie op wat er over Martijn bekend is, zodat je goed voorbereid bent voordat hij weet dat je betrokken bent.",
        feedback = "Je wilt goed voorbereid zijn, maar je haalt informatie op achter de rug van vader. Ook als delen zonder toestemming soms mag, informeer je het gezin en leg je vast waarom. Martijn hoort het later toch, en dan begin je met wantrouwen bij een vader die je nodig hebt om Piet veilig te laten opgroeien. Vraag het eerst aan hem, en vraag toestemming voor wat je bij anderen wilt navragen.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -2 },
        naar = "huisbezoek",
        en = {
            tekst = "First ask the GP, the addiction service and the police what is known about Martijn, so that you are well prepared before he knows you are involved.",
            feedback = "You want to be well prepared, but you collect information behind father's back. Even when sharing without consent is sometimes allowed, you inform the family and record why. Martijn will hear about it anyway, and then you start with distrust in a father you need to let Piet grow up safely. Ask him first, and ask consent for what you want to check with others.",
        },
    },

    keuze "aanmelding_open" {
        tekst = "Bel Martijn vandaag. Vertel wat Veilig Thuis overdroeg en waarom je komt: steun na het overlijden, en kijken of het thuis veilig genoeg is. Spreek een huisbezoek af.",
        feedback = "Goed begin. Je bent open over wat je weet en wat je komt doen, en je kijkt zelf. ‘Mits het veilig is’ is een voorwaarde die iemand moet toetsen, en dat ben jij nu. Door meteen te zeggen dat je ook naar de veiligheid kijkt, verras je vader later niet.",
        bron = { "bouwsteen.privacy", "bouwsteen.directe_veiligheid" },
        gevolg = { vertrouwen_gezin = 1 },
        naar = "huisbezoek",
        en = {
            tekst = "Call Martijn today. Tell him what Veilig Thuis handed over and why you are coming: support after the death, and looking at whether home is safe enough. Arrange a home visit.",
            feedback = "A good start. You are open about what you know and what you come to do, and you look for yourself. ‘Provided it is safe’ is a condition somebody has to check, and that is now you. By saying straight away that you will also look at safety, you do not surprise father later.",
        },
    },

    keuze "brief_intake" {
        tekst = "Stuur vader een brief met een uitnodiging voor een intake op kantoor. De wachtlijst is zes weken; Veilig Thuis heeft de eerste zorgen al opgepakt, dus dat kan nu.",
        feedback = "Zes weken is lang voor een kind van elf dat net zijn moeder verloor en in een huis woont waarvan niemand weet of het veilig is. Een overdracht van Veilig Thuis is geen gewone aanmelding: jij bent nu degene die de veiligheid volgt. Op kantoor zie je bovendien niet hoe Piet woont.",
        bron = { "bouwsteen.directe_veiligheid", "pijlers" },
        gevolg = { directe_veiligheid = -1 },
        naar = "huisbezoek",
        en = {
            tekst = "Send father a letter inviting him to an intake at the office. The waiting list is six weeks; Veilig Thuis has already dealt with the first concerns, so that is possible now.",
            feedback = "Six weeks is long for an eleven-year-old who just lost his mother and lives in a house nobody knows to be safe. A Veilig Thuis handover is not an ordinary referral: you are now the one who follows safety. At the office you also do not see how Piet lives.",
        },
    },
}

local na_huisbezoek = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
    { naar = "piet_spreken" },
}

stap "huisbezoek" {
    titel = "2. Bij oma Wil aan tafel",
    datum = "2024-04",
    tekst = [[
April 2024. Je zit bij oma Wil in de woonkamer, met Martijn. In de keuken staan kratten lege flessen. Martijn ruikt naar alcohol, om elf uur ’s ochtends. Piet slaapt op de bank; ’s avonds komen ‘de jongens’. De school stuurde een notitie over Piet. Je verslag en de notitie staan bij de documenten.

Martijn: ‘Help me aan een huis voor mij en Piet, dan komt alles goed.’ Oma: ‘Zorg dat hij weer slaapt.’

Wat doe je nu?
]],
    documenten = { "d_huisbezoek", "d_school_maart" },
    en = {
        titel = "2. At grandmother Wil's table",
        tekst = [[
April 2024. You sit in grandmother Wil's living room, with Martijn. Crates of empty bottles stand in the kitchen. Martijn smells of alcohol at eleven in the morning. Piet sleeps on the sofa; in the evenings ‘the lads’ come round. The school sent a note about Piet. Your notes and the school's are among the documents.

Martijn: ‘Help me get a home for me and Piet, then everything will be fine.’ Grandma: ‘Make sure he sleeps again.’

What do you do now?
]],
    },

    keuze "veiligheidsplan_samen" {
        tekst = "Zeg eerlijk wat je ziet. Maak met Martijn en oma een veiligheidsplan: afspraken voor de avonden, een ondergrens, wat er dan gebeurt, en hoe een ‘6’ eruitziet.",
        feedback = "Dit is de volgorde van de methode: eerst de directe veiligheid, met het gezin. Je benoemt wat je ziet zonder te veroordelen, je gebruikt de krachten die er zijn (oma kookt elke dag, opa Henk is Piets vaste telefoon), en je spreekt een ondergrens af die vader en oma zelf begrijpen: Piet is nooit ’s nachts alleen met iemand onder invloed. Je zegt vooraf wat je doet als die wordt overschreden. Zet het plan ook op het bord Veiligheid.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 3, vertrouwen_gezin = 1 },
        onthult = { "f_veiligheidsplan" },
        naar = na_huisbezoek,
        en = {
            tekst = "Say honestly what you see. With Martijn and grandma, make a safety plan: agreements for the evenings, a bottom line, what happens then, and what a ‘6’ looks like.",
            feedback = "This is the method's order: immediate safety first, with the family. You name what you see without judging, you use the strengths that are there (grandma cooks every day, grandpa Henk is Piet's steady phone line), and you agree a bottom line father and grandmother understand themselves: Piet is never alone at night with someone under the influence. You say in advance what you will do if it is crossed. Put the plan on the Safety board too.",
        },
    },

    keuze "woning_regelen" {
        tekst = "Ga in op de vraag van vader: zet vandaag een urgentieaanvraag in gang voor een woning voor Martijn en Piet. Met een eigen plek, weg van de vrienden die bij oma komen, komt er rust.",
        feedback = "Je sluit aan bij de eigen vraag van vader, en dat voelt goed. Maar dit is de directe hulpvraag, niet wat Piet vannacht nodig heeft. In een eigen huis zonder oma is Piet juist vaker alleen met een vader die drinkt. Eerst een veiligheidsplan, dan pas de woning, op het moment dat je weet dat het daar veilig is.",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.gezinspatroon" },
        gevolg = { directe_veiligheid = -1, vertrouwen_gezin = 1 },
        naar = na_huisbezoek,
        en = {
            tekst = "Respond to father's request: start an urgent housing application for Martijn and Piet today. A place of their own, away from the friends who come to grandma's, will bring calm.",
            feedback = "You respond to father's own request, and that feels right. But this is the direct request, not what Piet needs tonight. In a home of their own without grandma, Piet is more often alone with a father who drinks. First a safety plan, then the home, at the moment you know it is safe there.",
        },
    },

    keuze "dreigen_plaatsing" {
        tekst = "Wees vandaag duidelijk, zodat er geen misverstand kan zijn: als er nog één keer wordt gebruikt terwijl Piet thuis is, gaat hij naar zijn andere grootouders. Zet dat in je verslag.",
        feedback = "Duidelijkheid is nodig, maar dit is een dreigement dat jij niet kunt waarmaken en dat niet met vader en oma is afgesproken. Martijn hoort: ze willen Piet van me afpakken, net als Gerda en Henk. Dat maakt hem stiller, niet veiliger. Een ondergrens spreek je samen af, met een plan dat het gezin kent en kan uitvoeren.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { vertrouwen_gezin = -3 },
        naar = na_huisbezoek,
        en = {
            tekst = "Be clear today, so that there can be no misunderstanding: if there is drug use once more while Piet is at home, he goes to his other grandparents. Put that in your notes.",
            feedback = "Clarity is needed, but this is a threat you cannot carry out and that was not agreed with father and grandmother. Martijn hears: they want to take Piet from me, just like Gerda and Henk. That makes him quieter, not safer. A bottom line is agreed together, with a plan the family knows and can carry out.",
        },
    },

    keuze "rouw_focus" {
        tekst = "Houd het gesprek bij het verlies: Martijn en Piet rouwen allebei. Over het drinken begin je over een paar weken, als er vertrouwen is; bied nu een rouwgroep voor Piet aan.",
        feedback = "Aandacht voor rouw is terecht, en vertrouwen opbouwen ook. Maar je hebt gezien dat er veel wordt gedronken en dat er ’s avonds wordt gebruikt waar Piet slaapt. Dat laten liggen ‘tot er vertrouwen is’ betekent dat Piet al die tijd geen plan heeft. Eerlijk benoemen wat je ziet, in gewone woorden, hoort juist bij een vertrouwensrelatie.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = -1, vertrouwen_gezin = 1 },
        naar = na_huisbezoek,
        en = {
            tekst = "Keep the conversation on the loss: Martijn and Piet are both grieving. You will bring up the drinking in a few weeks, once there is trust; offer a grief group for Piet now.",
            feedback = "Attention for grief is right, and so is building trust. But you have seen that there is a lot of drinking and that people use drugs in the evening where Piet sleeps. Leaving that ‘until there is trust’ means Piet has no plan all that time. Naming honestly what you see, in plain words, is part of a trusting relationship.",
        },
    },
}

local na_veiligheid_eerst = {
    { als = { bezocht = "terugval" }, naar = "analyse" },
    { naar = "piet_spreken" },
}

stap "veiligheid_eerst" {
    titel = "Tussenstap: eerst de veiligheid van Piet",
    veiligheidssignaal = "De directe veiligheid van Piet staat op 3 of lager: er is geen werkend veiligheidsplan.",
    tekst = [[
Stop even. De meter Directe veiligheid staat op 3 of lager. Piet slaapt in een huis waar ’s nachts wordt gedronken en gebruikt, en er is geen plan dat nu werkt. Voor een kind dat zijn moeder dood vond na een overdosis is dat geen detail.

Zolang de directe veiligheid onder de 6 ligt, gaat het veiligheidsplan voor alles: woning, traumahulp en analyse wachten. Op het bord Veiligheid staat een rode melding tot je de veiligheid opnieuw scoort.
]],
    en = {
        titel = "Intermediate step: Piet's safety first",
        veiligheidssignaal = "Piet's immediate safety is at 3 or lower: there is no working safety plan.",
        tekst = [[
Stop for a moment. The Immediate safety meter is at 3 or lower. Piet sleeps in a house where people drink and use at night, and there is no plan that works now. For a child who found his mother dead after an overdose, that is no detail.

As long as immediate safety is below a 6, the safety plan comes before everything: housing, trauma help and analysis wait. The Safety board shows a red alert until you score again.
]],
    },

    keuze "vt_besluit_geldt" {
        tekst = "Veilig Thuis en het sociaal team hebben besloten dat Piet daar mag wonen, en zij kennen het gezin langer. Ga door met je planning en noteer je zorgen in het dossier.",
        feedback = "Een besluit met ‘mits het veilig is’ is geen veiligheidsplan. Veilig Thuis heeft afgesloten en verwacht dat jij de voorwaarde bewaakt; doe je dat niet, dan doet niemand het. De directe veiligheid blijft onder de 6.",
        bron = { "bouwsteen.directe_veiligheid", "pijlers" },
        naar = na_veiligheid_eerst,
        en = {
            tekst = "Veilig Thuis and the social team decided that Piet may live there, and they have known the family longer. Carry on with your planning and note your worries in the file.",
            feedback = "A decision with ‘provided it is safe’ is not a safety plan. Veilig Thuis has closed and expects you to guard the condition; if you don't, nobody does. Immediate safety stays below a 6.",
        },
    },

    keuze "veiligheid_herstellen" {
        tekst = "Ga vandaag nog langs bij Martijn en oma Wil. Maak samen een veiligheidsplan met een ondergrens en wat er dan gebeurt, en bel Gerda en Henk over hun rol als opvangplek.",
        feedback = "Goed: je zet de veiligheid terug in het midden, met het gezin en het netwerk. Het is wel later dan nodig. Kijk bij het terugspoelen wat er verandert als je dit al bij het eerste huisbezoek doet.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 3, vertrouwen_gezin = 1 },
        onthult = { "f_veiligheidsplan" },
        naar = na_veiligheid_eerst,
        en = {
            tekst = "Visit Martijn and grandmother Wil today. Make a safety plan together with a bottom line and what happens then, and call Gerda and Henk about their role as a place of refuge.",
            feedback = "Good: you put safety back in the centre, with the family and the network. It is later than needed, though. When you rewind, see what changes if you do this at the first home visit.",
        },
    },
}

stap "piet_spreken" {
    titel = "3. Piet zelf",
    datum = "2024-04",
    tekst = [[
April 2024. Alles wat je over Piet weet, komt van anderen: Veilig Thuis, school, vader, oma. Piet is 11; voor een gesprek vraag je toestemming aan Martijn, die het gezag heeft. Martijn: ‘Laat hem met rust. Hij heeft genoeg meegemaakt. Die traumatherapeut praat straks wel met hem.’

Piet zelf zei tegen de juf dat hij ‘wel met iemand wil praten, maar niet over mama’.

Wat doe je?
]],
    en = {
        titel = "3. Piet himself",
        tekst = [[
April 2024. Everything you know about Piet comes from others: Veilig Thuis, the school, his father, his grandmother. Piet is 11; for a conversation you ask consent from Martijn, who has parental authority. Martijn: ‘Leave him alone. He's been through enough. That trauma therapist will talk with him soon.’

Piet himself told his teacher that he ‘does want to talk to someone, but not about mum’.

What do you do?
]],
    },

    keuze "piet_met_vader" {
        tekst = "Praat met Piet aan de keukentafel, met vader en oma erbij. Zo voelt hij zich veilig, hoort vader wat je vraagt, en hoeft niemand bang te zijn voor wat er gezegd wordt.",
        gesproken_met = { "piet" },
        feedback = "Je hebt Piet gezien en gehoord, dat is meer dan veel eerdere hulp deed. Maar met vader en oma aan tafel vertelt Piet niet over de nachten: hij is loyaal aan zijn vader, en hij heeft al één ouder verloren. Hij zegt dat alles ‘goed’ gaat. Kies bewust of je met of zonder ouders praat.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -1 },
        naar = "netwerkberaad",
        en = {
            tekst = "Talk with Piet at the kitchen table, with father and grandmother present. That way he feels safe, father hears what you ask, and nobody needs to fear what is said.",
            feedback = "You have seen and heard Piet, which is more than much earlier help did. But with father and grandmother at the table Piet does not tell about the nights: he is loyal to his father, and he has already lost one parent. He says everything is ‘fine’. Choose consciously whether you talk with or without parents.",
        },
    },

    keuze "piet_niet_belasten" {
        tekst = "Respecteer de wens van vader: Piet heeft genoeg meegemaakt, en de traumabehandelaar gaat straks met hem praten. Jij houdt contact via de intern begeleider op school.",
        feedback = "Begrijpelijk, maar zo praat iedereen over Piet en niemand met hem. De traumabehandelaar is er nog niet, en behandeling is iets anders dan het vaste gezicht zijn dat Piet volgt en hoort. Afwijken van ‘altijd met het kind praten’ mag alleen met argumenten die je vastlegt, en dan zorg je dat iemand anders wél met hem praat. Piet zei zelf dat hij wil praten. Bespreek het bezwaar van vader in plaats van het over te nemen.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -2 },
        naar = "netwerkberaad",
        en = {
            tekst = "Respect father's wish: Piet has been through enough, and the trauma therapist will talk with him soon. You keep in touch through the special-needs coordinator at school.",
            feedback = "Understandable, but this way everyone talks about Piet and nobody with him. The trauma therapist is not there yet, and treatment is something else than being the steady face who follows and hears Piet. Deviating from ‘always talk with the child’ is only allowed with arguments you record, and then you make sure someone else does talk with him. Piet himself said he wants to talk. Discuss father's objection instead of adopting it.",
        },
    },

    keuze "piet_kiezen" {
        tekst = "Spreek Piet alleen, zodat hij vrijuit kan praten, en vraag hem rechtstreeks wat hij ’s nachts ziet: gebruikt papa drugs, en wil hij liever bij opa Henk en oma Gerda wonen?",
        gesproken_met = { "piet" },
        feedback = "Je spreekt Piet alleen, dat is goed. Maar met deze vragen leg je een loyaliteitskeuze bij een kind van elf: tegen zijn vader getuigen en kiezen tussen zijn families. Piet klapt dicht. Open vragen, een werkvorm als de Drie Huizen en ruimte om zelf te beginnen werken beter; beslissingen over waar hij woont zijn niet aan hem.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -1, vertrouwen_gezin = -1 },
        naar = "netwerkberaad",
        en = {
            tekst = "Talk with Piet alone, so that he can speak freely, and ask him directly what he sees at night: does dad use drugs, and would he rather live with grandpa Henk and grandma Gerda?",
            feedback = "You talk with Piet alone, which is good. But with these questions you put a loyalty choice on an eleven-year-old: testifying against his father and choosing between his families. Piet shuts down. Open questions, a method such as the Three Houses and room to start himself work better; decisions about where he lives are not his to make.",
        },
    },

    keuze "piet_eigen_gesprek" {
        tekst = "Vraag Martijn toestemming en leg uit wat je doet. Spreek Piet daarna alleen, na school, met de Drie Huizen; laat hem zelf beginnen en zeg dat niets zijn schuld is.",
        gesproken_met = { "piet" },
        feedback = "Zo krijgt Piet een eigen stem. Je vraagt vader om toestemming en legt uit wat je doet, je spreekt Piet alleen, met een werkvorm die past bij zijn leeftijd, en je laat hem zelf bepalen waar hij begint. In het huis van zorgen vertelt hij dat hij niet slaapt ‘als de mannen er zijn’, en dat hij bang is dat papa ‘ook niet meer wakker wordt’. In het huis van dromen woont hij met papa, ‘en oma komt eten’. Kinderen geven zichzelf vaak de schuld; daarom zeg je hardop dat het niet aan hem ligt.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { vertrouwen_gezin = 1 },
        onthult = { "f_piet_vertelt" },
        naar = "netwerkberaad",
        en = {
            tekst = "Ask Martijn's consent and explain what you will do. Then talk with Piet alone after school, using the Three Houses; let him start himself and say that nothing is his fault.",
            feedback = "This way Piet gets a voice of his own. You ask father's consent and explain what you will do, you talk with Piet alone, with a method that fits his age, and you let him decide where to start. In the house of worries he tells that he doesn't sleep ‘when the men are there’, and that he is afraid dad ‘won't wake up either’. In the house of dreams he lives with dad, ‘and grandma comes to dinner’. Children often blame themselves; that is why you say out loud that it is not his fault.",
        },
    },
}

stap "netwerkberaad" {
    titel = "4. Wie staat er om Piet heen?",
    datum = "2024-05",
    tekst = [[
Mei 2024. Rond Piet staan meer mensen dan je dacht: oma Wil, oma Gerda en opa Henk, de wijkverpleegkundige die oma Wil helpt, school. Maar ze praten niet met elkaar: Gerda en Henk geven Martijn de schuld van ‘het gebruik’, Martijn zegt dat het Sandra was die gebruikte.

Hoe krijg je iedereen achter één plan?
]],
    en = {
        titel = "4. Who stands around Piet?",
        tekst = [[
May 2024. More people stand around Piet than you thought: grandmother Wil, grandmother Gerda and grandfather Henk, the district nurse who helps Wil, the school. But they do not talk to each other: Gerda and Henk blame Martijn for ‘the drugs’, Martijn says it was Sandra who used.

How do you get everyone behind one plan?
]],
    },

    keuze "losse_gesprekken" {
        tekst = "Spreek iedereen apart: Gerda en Henk, oma Wil, Martijn en de wijkverpleegkundige. Zo voorkom je een ruzie waar Piet last van heeft, en houd jij de lijnen bij elkaar.",
        feedback = "Apart praten voorkomt een botsing, maar zo wordt jij de spil en weet niemand wat de ander afspreekt. Gerda en Henk blijven Martijn de schuld geven, Martijn blijft zich verdedigen, en Piet schakelt tussen twee families. In een netwerkberaad werken gezin, netwerk en hulpverleners aan hetzelfde plan, met afspraken in de taal van het gezin en het volgende beraad meteen gepland.",
        bron = "bouwsteen.samenwerkingsprincipes",
        naar = "vastgelopen",
        en = {
            tekst = "Talk with everyone separately: Gerda and Henk, grandmother Wil, Martijn and the district nurse. That avoids a row that Piet would suffer from, and you keep the threads together.",
            feedback = "Talking separately avoids a clash, but it makes you the hub and nobody knows what the others agree. Gerda and Henk keep blaming Martijn, Martijn keeps defending himself, and Piet switches between two families. In a network meeting family, network and helpers work on the same plan, with agreements in the family's language and the next meeting planned at once.",
        },
    },

    keuze "alleen_professionals" {
        tekst = "Plan eerst een overleg met school, de wijkverpleegkundige en je team, zodat de professionals één lijn hebben. Het gezin schuift aan zodra het plan staat en de rollen helder zijn.",
        feedback = "Afstemmen tussen professionals is nuttig, maar een plan over het gezin zonder het gezin is precies wat de methode wil voorkomen. Martijn krijgt een plan voorgelegd in plaats van het mee te maken, en de krachten van oma Wil, Gerda en Henk blijven onbenut.",
        bron = { "bouwsteen.samenwerkingsprincipes", "bron.evaluatie" },
        gevolg = { vertrouwen_gezin = -1 },
        naar = "vastgelopen",
        en = {
            tekst = "First plan a meeting with the school, the district nurse and your team, so that the professionals are on one line. The family joins once the plan is in place and the roles are clear.",
            feedback = "Coordinating between professionals is useful, but a plan about the family without the family is exactly what the method wants to prevent. Martijn gets a plan presented instead of making it, and the strengths of grandmother Wil, Gerda and Henk stay unused.",
        },
    },

    keuze "netwerkberaad_samen" {
        tekst = "Bereid met Martijn een netwerkberaad voor: wie nodigt hij uit? Maak daar met beide families en de wijkverpleegkundige afspraken in gewone woorden, en plan het volgende.",
        feedback = "Eén gezin, één plan. Door Martijn te laten meebepalen wie er komt, is het ook zijn beraad. Iedereen hoort hetzelfde, de rollen worden concreet (Gerda en Henk elk tweede weekend, oma belt als er na tienen bezoek is), en het volgende beraad staat al in de agenda. Dat het niet meteen werkt, zie je juist doordat je het samen volgt.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = 1 },
        onthult = { "f_netwerkberaden" },
        naar = "vastgelopen",
        en = {
            tekst = "Prepare a network meeting with Martijn: whom does he invite? There, with both families and the district nurse, make agreements in plain words, and plan the next one.",
            feedback = "One family, one plan. Because Martijn helps decide who comes, it is his meeting too. Everyone hears the same, roles become concrete (Gerda and Henk every other weekend, grandma calls if there are visitors after ten), and the next meeting is already in the diary. That it does not work at once, you see precisely because you follow it together.",
        },
    },

    keuze "grootouders_overnemen" {
        tekst = "Vraag Gerda en Henk, zonder Martijn erbij, of zij Piet in huis kunnen nemen. Zij zijn nuchter, hebben ruimte en Piet belt opa al als er iets is; dan is hij in elk geval veilig.",
        feedback = "Gerda en Henk zijn een grote kracht, maar zo zet je ze tegenover Martijn, die het gezag heeft en van wie Piet houdt. Als Martijn ontdekt dat er achter zijn rug over de woonplek van zijn zoon is gepraat, verlies je hem, en Piet komt klem te zitten tussen zijn families. Netwerk zet je in met het gezin, niet eromheen.",
        bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.privacy" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "vastgelopen",
        en = {
            tekst = "Ask Gerda and Henk, without Martijn present, whether they can take Piet in. They are sober, have room, and Piet already calls grandpa when something is wrong; then at least he is safe.",
            feedback = "Gerda and Henk are a great strength, but this sets them against Martijn, who has parental authority and whom Piet loves. If Martijn finds out that his son's home was discussed behind his back, you lose him, and Piet gets caught between his families. You use the network with the family, not around it.",
        },
    },
}

stap "vastgelopen" {
    titel = "5. Het loopt vast",
    datum = "2024-06",
    tekst = [[
Juni 2024. Er zijn gesprekken geweest en afspraken gemaakt. Het verslag van de netwerkberaden staat bij de documenten: de afspraken houden niet. Oma belt niet ‘want dan wordt Martijn kwaad’, Piet slaapt doordeweeks bij opa Henk, de wijkverpleegkundige ziet lege flessen. Martijn: ‘Ik heb geen probleem.’

Je hebt een band met Martijn, maar je komt niet verder. Je merkt dat je vooral brandjes blust.

Wat doe je met deze casus?
]],
    documenten = { "d_netwerkberaden" },
    en = {
        titel = "5. It gets stuck",
        tekst = [[
June 2024. There have been talks and agreements. The notes of the network meetings are among the documents: the agreements do not hold. Grandma does not call ‘because then Martijn gets angry’, Piet sleeps at grandpa Henk's on weekdays, the district nurse sees empty bottles. Martijn: ‘I don't have a problem.’

You have a bond with Martijn, but you are getting nowhere. You notice you are mostly putting out fires.

What do you do with this case?
]],
    },

    keuze "weging_mdo" {
        tekst = "Breng de casus in de casuïstiekbespreking met de gedragswetenschapper: genogram, feiten en eerdere hulp op een rij. Weeg of de GI erbij moet, en of je de JBT vraagt, met Martijn erbij.",
        feedback = "Dit is wegen volgens de methode: eerst voldoende feiten (genogram, tijdlijn van de hulp, wat de netwerkberaden opleverden), dan samen beslissen. Verslaving van een ouder, bagatelliseren, een kind dat signalen geeft en hulp die niet van de grond komt: allemaal redenen om te wegen. Het team besluit de analyse voor te leggen aan de Jeugdbeschermingstafel, met vader erbij, en daar de inzet van de GI in het vrijwillig kader te bespreken.",
        bron = { "bouwsteen.weging", "bouwsteen.samenwerkingsprincipes" },
        naar = "jbt",
        en = {
            tekst = "Bring the case to the case discussion with the behavioural scientist: genogram, facts and earlier help listed. Weigh whether the GI should be involved, and whether to ask the Table, with Martijn present.",
            feedback = "This is weighing as the method intends: first enough facts (genogram, timeline of the help, what the network meetings yielded), then deciding together. A parent's addiction, trivialising, a child giving signals and help that doesn't get off the ground: all reasons to weigh. The team decides to bring the analysis to the Youth Protection Table, with father present, and to discuss GI involvement in the voluntary framework there.",
        },
    },

    keuze "doormodderen" {
        tekst = "Geef het nog tijd en plan nog twee netwerkberaden. Vertrouwen kost tijd, de band met Martijn groeit, en Piet heeft bij opa Henk een plek om te slapen als het thuis te druk is.",
        feedback = "Geduld is soms goed, maar hier zijn de signalen er al: de afspraken houden niet, vader bagatelliseert, en jij blust brandjes. Dat zijn precies de momenten waarop de methode om een weging vraagt, met collega's en een gedragswetenschapper. Intussen slaapt Piet doordeweeks bij opa omdat het thuis ‘te druk’ is.",
        bron = "bouwsteen.weging",
        gevolg = { directe_veiligheid = -1 },
        naar = "tweede_signaal",
        en = {
            tekst = "Give it more time and plan two more network meetings. Trust takes time, the bond with Martijn is growing, and Piet has a place to sleep at grandpa Henk's when home is too busy.",
            feedback = "Patience is sometimes good, but here the signals are already there: the agreements do not hold, father trivialises, and you put out fires. Those are exactly the moments when the method asks for weighing, with colleagues and a behavioural scientist. Meanwhile Piet sleeps at grandpa's on weekdays because home is ‘too busy’.",
        },
    },

    keuze "vto_direct" {
        tekst = "Dit gaat niet vrijwillig: de afspraken houden niet en vader ziet geen probleem. Schrijf vandaag een verzoek tot onderzoek aan de Raad voor de Kinderbescherming, met de feiten op een rij.",
        feedback = "Je springt naar het zwaarste middel zonder weging. Een verzoek tot onderzoek is een gezamenlijk besluit, op feiten, na een weging in het team met een gedragswetenschapper, en bij voorkeur na een gesprek aan de Jeugdbeschermingstafel waar vader bij is. Er is nog nooit hulp geweest die vader zelf betrok, en de netwerkberaden laten een band zien. In de bron liep precies deze route uit op een OTS waarin vader alles afwees.",
        bron = { "bouwsteen.weging", "bron.notitie" },
        gevolg = { vertrouwen_gezin = -3 },
        naar = "raad_onderzoek",
        en = {
            tekst = "This will not work voluntarily: the agreements do not hold and father sees no problem. Write a request for investigation to the Child Protection Board today, with the facts listed.",
            feedback = "You jump to the heaviest means without weighing. A request for investigation is a joint decision, on facts, after weighing in the team with a behavioural scientist, and preferably after a conversation at the Youth Protection Table with father present. There has never been help that involved father himself, and the network meetings show a bond. In the source exactly this route led to a supervision order in which father rejected everything.",
        },
    },

    keuze "anoniem_alleen" {
        tekst = "Bespreek de casus anoniem met de jeugdbeschermer van de GI die op jullie locatie werkt. Zij kent dit soort gezinnen; met haar advies beslis je daarna zelf over de volgende stap.",
        feedback = "Anoniem sparren met de GI (product 1) mag altijd en helpt. Maar het vervangt de weging niet: of een uitgebreide analyse en inzet van de GI nodig zijn, beslist het team in de casuïstiekbespreking, met een gedragswetenschapper. Alleen beslissen over een kind in een huis met verslaving maakt jou en het besluit kwetsbaar.",
        bron = { "bouwsteen.weging", "bouwsteen.samenwerking_lt_gi" },
        naar = "jbt",
        en = {
            tekst = "Discuss the case anonymously with the GI youth protector who works at your location. She knows families like this; with her advice you then decide the next step yourself.",
            feedback = "Anonymous sparring with the GI (product 1) is always allowed and helps. But it does not replace the weighing: whether an extended analysis and GI involvement are needed is decided by the team in the case discussion, with a behavioural scientist. Deciding alone about a child in a house with addiction makes you and the decision vulnerable.",
        },
    },
}

stap "tweede_signaal" {
    titel = "5c. Drie weken later",
    datum = "2024-06",
    tekst = [[
Eind juni 2024. Het volgende netwerkberaad is pas over drie weken. Dan belt de wijkverpleegkundige: ze trof Piet om negen uur ’s ochtends slapend op de bank, in een woonkamer vol lege blikjes. Hij was niet naar school. Martijn lag nog in bed. Oma Wil zei tegen haar: ‘Het was laat gisteren. Zeg maar niks tegen Martijn.’

Wat doe je?
]],
    en = {
        titel = "5c. Three weeks later",
        tekst = [[
End of June 2024. The next network meeting is not for three weeks. Then the district nurse calls: at nine in the morning she found Piet asleep on the sofa, in a living room full of empty cans. He had not gone to school. Martijn was still in bed. Grandmother Wil told her: ‘It was late last night. Don't say anything to Martijn.’

What do you do?
]],
    },

    keuze "vto_na_wachten" {
        tekst = "Nu is het genoeg: de afspraken houden voor de tweede keer niet. Schrijf een verzoek tot onderzoek aan de Raad, en vertel Martijn dat je dat doet en waarom.",
        feedback = "Je bent open naar vader, en dat is beter dan achter zijn rug. Maar je springt zonder weging naar het zwaarste middel. Een verzoek tot onderzoek is een gezamenlijk besluit, op feiten, na een weging met collega's en een gedragswetenschapper, en bij voorkeur na een gesprek aan de Jeugdbeschermingstafel waar vader bij is. Martijn hoort vooral: ze komen Piet halen.",
        bron = { "bouwsteen.weging", "bron.notitie" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "raad_onderzoek",
        en = {
            tekst = "That's enough: the agreements fail for the second time. Write a request for investigation to the Board, and tell Martijn that you are doing so and why.",
            feedback = "You are open with father, which is better than going behind his back. But you jump to the heaviest means without weighing. A request for investigation is a joint decision, on facts, after weighing with colleagues and a behavioural scientist, and preferably after a conversation at the Youth Protection Table with father present. What Martijn mostly hears: they are coming to take Piet.",
        },
    },

    keuze "weging_alsnog" {
        tekst = "Breng de casus deze week alsnog in de casuïstiekbespreking met de gedragswetenschapper, met wat de beraden en dit telefoontje laten zien, en weeg of de JBT nodig is.",
        feedback = "Je weegt alsnog, en dat is goed: verslaving van een ouder, bagatelliseren en afspraken die niet houden zijn redenen om te wegen, met collega's en een gedragswetenschapper. Het team besluit de casus aan de Jeugdbeschermingstafel voor te leggen, met vader erbij. Wel later dan nodig: de signalen waren er al bij het vorige beraad, en Piet sliep al die tijd in hetzelfde huis.",
        bron = "bouwsteen.weging",
        naar = "jbt",
        en = {
            tekst = "Bring the case to the case discussion with the behavioural scientist this week after all, with what the meetings and this call show, and weigh whether the Table is needed.",
            feedback = "You weigh after all, and that is good: a parent's addiction, trivialising and agreements that do not hold are reasons to weigh, with colleagues and a behavioural scientist. The team decides to bring the case to the Youth Protection Table, with father present. Later than needed, though: the signals were already there at the last meeting, and Piet slept in the same house all that time.",
        },
    },

    keuze "zomer_afwachten" {
        tekst = "Houd vast aan je plan: over drie weken is het beraad, en in de zomer kan Piet bij Gerda en Henk logeren. Bespreek het telefoontje daar, met iedereen erbij.",
        feedback = "Je blijft bij wat je afsprak, maar de signalen stapelen zich op: een kind dat ’s ochtends niet naar school gaat, een oma die vraagt niets te zeggen, afspraken die niet houden. Juist dan vraagt de methode om te wegen, niet om het volgende beraad af te wachten. Wachten tot de zomer betekent dat Piet nog weken zonder werkend plan in dit huis slaapt.",
        bron = "bouwsteen.weging",
        gevolg = { directe_veiligheid = -3 },
        naar = "einde_escalatie",
        en = {
            tekst = "Stick to your plan: the meeting is in three weeks, and in the summer Piet can stay with Gerda and Henk. Raise the call there, with everyone present.",
            feedback = "You stick to what you agreed, but the signals pile up: a child who does not go to school in the morning, a grandmother who asks you to say nothing, agreements that do not hold. That is exactly when the method asks you to weigh, not to wait for the next meeting. Waiting until the summer means Piet sleeps in this house for weeks more without a working plan.",
        },
    },
}

stap "raad_onderzoek" {
    titel = "5b. De Raad onderzoekt",
    datum = "2025-03",
    tekst = [[
Maart 2025. Het verzoek tot onderzoek lag ruim vier maanden op de wachtlijst van de Raad voor de Kinderbescherming, en het onderzoek zelf duurde daarna nog bijna drie maanden; zulke wachttijden zijn geen uitzondering. Al die tijd veranderde er thuis weinig. De Raad adviseert een ondertoezichtstelling; de kinderrechter neemt het advies over. Piet blijft thuis wonen, onder toezicht van een jeugdbeschermer van de GI. Die richt zich op Piets veiligheid en trauma.

Martijn komt niet meer naar de netwerkberaden. ‘Jullie zijn allemaal hetzelfde.’ Hij doet de deur niet open voor de jeugdbeschermer. Je team vraagt of jij het dossier kunt sluiten, ‘want de GI heeft het nu’.

Wat doe je?
]],
    en = {
        titel = "5b. The Board investigates",
        tekst = [[
March 2025. The request for investigation was on the Child Protection Board's waiting list for over four months, and the investigation itself then took almost three months; such waiting times are no exception. All that time little changed at home. The Board advises a supervision order; the juvenile judge follows the advice. Piet stays at home, supervised by a GI youth protector, who focuses on Piet's safety and trauma.

Martijn no longer comes to the network meetings. ‘You're all the same.’ He does not open the door to the youth protector. Your team asks whether you can close the file, ‘because the GI has it now’.

What do you do?
]],
    },

    keuze "alsnog_samen" {
        tekst = "Vraag de jeugdbeschermer om een gezamenlijk gesprek met Martijn en een netwerkberaad. Het lokaal team blijft steunen bij wonen, netwerk en verslavingszorg, met de GI als regisseur.",
        feedback = "Zo werk je parallel: de GI heeft de regie onder de maatregel, het lokaal team blijft het vertrouwde gezicht en helpt met wat de maatregel niet doet. Martijn komt na weken weer naar een gesprek. Het vertrouwen is beschadigd, en de weg terug is langer dan nodig was; waar die weg heen leidt, lees je in het einde.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.samenwerkingsprincipes" },
        gevolg = { vertrouwen_gezin = 1 },
        naar = "einde_ots_samen",
        en = {
            tekst = "Ask the youth protector for a joint conversation with Martijn and a network meeting. The local team keeps supporting with housing, network and addiction care, with the GI in charge.",
            feedback = "This is working in parallel: the GI is in charge under the measure, the local team stays the familiar face and helps with what the measure does not do. After weeks Martijn comes to a conversation again. Trust is damaged, and the way back is longer than it needed to be; where it leads, you read in the ending.",
        },
    },

    keuze "ots_overlaten" {
        tekst = "Sluit je dossier: onder de maatregel heeft de GI de regie en de verantwoordelijkheid, en twee hulpverleners naast elkaar maken het voor Martijn alleen maar verwarrender.",
        feedback = "Onder een maatregel heeft de GI de regie, dat klopt. Maar Beter Samenspel vraagt om parallel werken, niet na elkaar: het lokaal team kan blijven ondersteunen bij wonen, netwerk en de relatie met vader, en is straks weer aan zet als de maatregel eindigt. Wie nu loslaat zonder overdracht, laat een vader achter die niemand meer vertrouwt. Dit is het begin van scenario 2 uit de bron.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bron.evaluatie" },
        naar = "einde_scenario2",
        en = {
            tekst = "Close your file: under the measure the GI holds direction and responsibility, and two workers side by side only make it more confusing for Martijn.",
            feedback = "Under a measure the GI is in charge, that is right. But Beter Samenspel asks for working in parallel, not one after the other: the local team can keep supporting with housing, network and the relationship with father, and will be in charge again when the measure ends. Letting go now without a handover leaves a father behind who trusts nobody any more. This is the start of scenario 2 from the source.",
        },
    },
}

stap "jbt" {
    titel = "6. Naar de Jeugdbeschermingstafel",
    datum = "2024-07",
    tekst = [[
Juli 2024. De casus komt aan de Jeugdbeschermingstafel (JBT): een formeel overleg met een voorzitter, de Raad, de GI en het lokaal team, waar ouders bij zijn. De vraag is of een raadsonderzoek nodig is of dat het vrijwillig kan, met steun van de GI.

Martijn weet dat het gesprek komt. Hij belt je: ‘Wat gaan jullie daar over mij zeggen?’

Hoe pak je dit aan?
]],
    en = {
        titel = "6. To the Youth Protection Table",
        tekst = [[
July 2024. The case goes to the Youth Protection Table: a formal meeting with a chair, the Board, the GI and the local team, where parents are present. The question is whether a Board investigation is needed, or whether it can stay voluntary, with GI support.

Martijn knows the meeting is coming. He calls you: ‘What are you going to say about me there?’

How do you go about it?
]],
    },

    keuze "jbt_dossier_stil" {
        tekst = "Stuur de JBT vooraf je hele dossier, ook wat Piet je vertelde over de nachten, zodat de tafel alles weet. Met Martijn bespreek je het niet: dan wordt hij boos en komt hij misschien niet.",
        feedback = "Zo wordt de JBT een tribunaal. Martijn hoort aan tafel voor het eerst wat er over hem is geschreven, en ook wat zijn zoon zei. Daarmee zet je Piet in de vuurlinie: hij vertelde het jou, niet de JBT. Deel wat nodig is, vertel het gezin wat je deelt en waarom, en bescherm wat een kind je toevertrouwt.",
        bron = { "bouwsteen.privacy", "bouwsteen.gesprekken_kinderen" },
        gevolg = { vertrouwen_gezin = -3 },
        onthult = { "f_jbt_besluit" },
        naar = "na_jbt",
        en = {
            tekst = "Send the Table your whole file in advance, including what Piet told you about the nights, so that the table knows everything. You do not discuss it with Martijn: he would get angry and might not come.",
            feedback = "This turns the Table into a tribunal. At the table Martijn hears for the first time what was written about him, and also what his son said. That puts Piet in the line of fire: he told you, not the Table. Share what is necessary, tell the family what you share and why, and protect what a child confides in you.",
        },
    },

    keuze "jbt_regie_gi" {
        tekst = "Vraag de JBT de casus aan de GI over te dragen. Jij hebt gedaan wat je kon, Martijn luistert niet meer naar jou, en de GI heeft de expertise en het gezag die deze situatie nu vraagt.",
        feedback = "Je bent moe van het vastlopen, dat is begrijpelijk. Maar zonder maatregel blijft de regie bij het lokaal team; de GI kan ondersteunen met product 2a, of met 2b als de Raad gaat onderzoeken. Martijn heeft een band met jou; die geef je weg op het moment dat hij die het meest nodig heeft.",
        bron = "bouwsteen.samenwerking_lt_gi",
        gevolg = { vertrouwen_gezin = -1 },
        onthult = { "f_jbt_besluit" },
        naar = "na_jbt",
        en = {
            tekst = "Ask the Table to hand the case over to the GI. You have done what you could, Martijn no longer listens to you, and the GI has the expertise and the authority this situation now calls for.",
            feedback = "You are tired of being stuck, which is understandable. But without a measure direction stays with the local team; the GI can support with product 2a, or with 2b if the Board starts an investigation. Martijn has a bond with you; you give it away at the moment he needs it most.",
        },
    },

    keuze "jbt_voorbereid" {
        tekst = "Laat Martijn en oma vooraf lezen wat je inbrengt, ook je zorgen, en leg uit wat er kan gebeuren. Stel aan tafel voor: het raadsonderzoek aanhouden onder voorwaarden, met product 2a.",
        feedback = "Sterk. Niets komt als verrassing: Martijn heeft gelezen wat je zegt en weet wat er op het spel staat. Aan tafel is de druk groot, de voorzitter is duidelijk over een uithuisplaatsing, en Martijn is boos. Maar jouw voorstel geeft hem een weg: de Raad wacht als hij meewerkt, en de GI ondersteunt zonder de regie over te nemen. Na een pauze zegt hij dat hij ‘misschien wel wat te veel drinkt’.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.privacy" },
        gevolg = { vertrouwen_gezin = -1, directe_veiligheid = 1 },
        onthult = { "f_jbt_besluit" },
        naar = "na_jbt",
        en = {
            tekst = "Let Martijn and grandma read beforehand what you will bring in, your worries too, and explain what can happen. At the table, propose: postpone the Board investigation on conditions, with product 2a.",
            feedback = "Strong. Nothing comes as a surprise: Martijn has read what you will say and knows what is at stake. At the table the pressure is high, the chair is clear about an out-of-home placement, and Martijn is angry. But your proposal gives him a way: the Board waits if he cooperates, and the GI supports without taking over direction. After a break he says that he ‘might drink a bit too much’.",
        },
    },
}

stap "na_jbt" {
    titel = "7. Na de tafel",
    datum = "2024-08",
    tekst = [[
Augustus 2024. Het verslag van de JBT staat bij de documenten: het raadsonderzoek is drie maanden aangehouden, onder voorwaarden, en een preventief jeugdbeschermer kan ondersteunen als Martijn instemt.

In het netwerkberaad daarna is Martijn boos. ‘Jullie hebben me daar voor schut gezet.’ Dan, stiller: ‘Misschien heb ik wel een probleem. Ik wil niet dat Piet mij ook zo vindt.’ Hij wil zich melden bij de verslavingszorg. Het vertrouwen tussen jullie is beschadigd.

Wat doe je?
]],
    documenten = { "d_jbt_verslag" },
    feiten = { "f_vader_erkent" },
    en = {
        titel = "7. After the Table",
        tekst = [[
August 2024. The notes of the Table are among the documents: the Board investigation is postponed for three months, on conditions, and a preventive youth protector can support if Martijn agrees.

At the network meeting afterwards Martijn is angry. ‘You made a fool of me there.’ Then, more quietly: ‘Maybe I do have a problem. I don't want Piet to find me like that too.’ He wants to sign up for addiction care. The trust between you is damaged.

What do you do?
]],
    },

    keuze "druk_werkt" {
        tekst = "De druk werkt, dus houd hem erop: ‘Eén fout en de Raad komt alsnog.’ De jeugdbeschermer komt volgende week; dat is een voorwaarde van de JBT, daar valt niet over te praten.",
        feedback = "De JBT-druk bracht beweging, maar druk als vaste werkwijze maakt van een vader die net iets toegeeft een vader die gaat verbergen. Product 2a is vrijwillig en kan alleen als Martijn instemt; ‘het is een voorwaarde’ is geen toestemming. En wie niet stilstaat bij het effect van de eigen druk, leert er niets van.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.reflectie" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "barriere",
        en = {
            tekst = "The pressure works, so keep it on: ‘One mistake and the Board comes after all.’ The youth protector comes next week; that is a condition of the Table, and it is not up for discussion.",
            feedback = "The Table's pressure brought movement, but pressure as a standard method turns a father who just admitted something into a father who hides. Product 2a is voluntary and only possible if Martijn agrees; ‘it is a condition’ is not consent. And whoever does not stop to consider the effect of their own pressure learns nothing from it.",
        },
    },

    keuze "herstel_en_toestemming" {
        tekst = "Benoem zijn boosheid en erken zijn stap: ‘Ik had je beter kunnen voorbereiden op hoe hard het zou zijn.’ Leg uit wat de preventief jeugdbeschermer doet, wat je met wie deelt, en vraag zijn toestemming; leg die vast.",
        feedback = "Hier herstel je de relatie zonder de inhoud los te laten. Je benoemt concreet wat je zag en wat je zelf anders had kunnen doen, en je vraagt hoe het bij hem aankwam. Je vraagt gerichte toestemming voor 2a en legt die vast: wat de jeugdbeschermer doet, wat je met wie deelt, en dat hij zijn toestemming kan intrekken. Bij het reflectiemoment kun je opschrijven wat de druk met Martijn deed, en met jou.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.privacy" },
        gevolg = { vertrouwen_gezin = 2 },
        onthult = { "f_toestemming_2a" },
        naar = "barriere",
        en = {
            tekst = "Name his anger and acknowledge his step: ‘I could have prepared you better for how hard it would be.’ Explain what the preventive youth protector does, what you share with whom, and ask his consent; record it.",
            feedback = "Here you repair the relationship without letting go of the content. You name concretely what you saw and what you could have done differently, and you ask how it landed with him. You ask specific consent for 2a and record it: what the youth protector does, what you share with whom, and that he can withdraw his consent. At the reflection moment you can write down what the pressure did to Martijn, and to you.",
        },
    },

    keuze "formulier_2a" {
        tekst = "Laat Martijn vandaag een toestemmingsformulier tekenen voor ‘informatie-uitwisseling met alle betrokkenen’. Dan is het geregeld en hoeft hij niet bij elke stap opnieuw te tekenen.",
        feedback = "Een handtekening onder een algemene verklaring is geen echte toestemming, zeker niet van een vader die net onder druk heeft gestaan. Toestemming is gericht: wat deel je, met wie, waarom, en bij elke nieuwe uitwisseling opnieuw. En zijn boosheid blijft onbesproken.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "barriere",
        en = {
            tekst = "Have Martijn sign a consent form today for ‘information exchange with everyone involved’. Then it is settled and he does not have to sign again at every step.",
            feedback = "A signature under a general statement is not real consent, certainly not from a father who has just been under pressure. Consent is specific: what you share, with whom, why, and again for each new exchange. And his anger stays undiscussed.",
        },
    },

    keuze "belofte_geen_raad" {
        tekst = "Bied excuses aan voor hoe de JBT voor hem was, en beloof dat de Raad er niet meer aan te pas komt zolang hij meewerkt en jij zijn hulpverlener bent. Dat geeft hem rust.",
        feedback = "Excuses voor hoe het voelde zijn goed, maar deze belofte kun je niet houden. Het besluit van de JBT staat: als de ondergrens wordt overschreden, komt de casus daar terug. Een besluit verander je alleen waar het genomen is, met dezelfde mensen. Als de belofte later breekt, is het vertrouwen voorgoed weg.",
        bron = "bouwsteen.inhoudelijke_beslissingen",
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = -1 },
        naar = "barriere",
        en = {
            tekst = "Apologise for how the Table was for him, and promise that the Board will not be involved again as long as he cooperates and you are his worker. That gives him peace of mind.",
            feedback = "Apologising for how it felt is good, but you cannot keep this promise. The Table's decision stands: if the bottom line is crossed, the case comes back there. A decision can only be changed where it was made, with the same people. If the promise breaks later, trust is gone for good.",
        },
    },
}

stap "barriere" {
    titel = "8. Twee kijken op Piet",
    datum = "2024-09",
    tekst = [[
September 2024. De preventief jeugdbeschermer werkt nu mee. Ze stuurt je een mail (bij de documenten): ze wil Piet aanmelden voor een traumagroep ver weg, en in háár team beslissen of de GI naar de Raad gaat ‘zodra vader één keer de fout in gaat’. ‘We zijn te veel met vader bezig en te weinig met Piet.’

Jij ziet het anders: Martijn is net in behandeling, en Piet wil vooral bij zijn vader wonen. Dit is de tweede keer dat jullie botsen over de focus.

Wat doe je?
]],
    documenten = { "d_mail_jeugdbeschermer" },
    en = {
        titel = "8. Two views of Piet",
        tekst = [[
September 2024. The preventive youth protector is now involved. She emails you (among the documents): she wants to refer Piet to a trauma group far away, and to decide in her own team whether the GI goes to the Board ‘as soon as father slips once’. ‘We are too busy with father and too little with Piet.’

You see it differently: Martijn has just started treatment, and above all Piet wants to live with his father. This is the second time you clash about the focus.

What do you do?
]],
    },

    keuze "barriere_mail_tl" {
        tekst = "Antwoord per mail, met je teamleider en haar teamleider in de cc: in het vrijwillig kader heeft het lokaal team de regie, en dat moet zwart op wit vastliggen voordat zij iets in gang zet.",
        feedback = "Opschalen mag, maar pas als je er samen niet uitkomt. Dit is stap 3 zonder stap 1 en 2: je hebt je eigen aandeel niet onderzocht en het gesprek niet gevoerd. Een mail met cc is bovendien het tegendeel van de gouden regels: niet één op één, niet face-to-face, niet te verifiëren. De directe veiligheid is hier niet in het geding, dus er is geen reden stappen over te slaan.",
        bron = "bouwsteen.feedback_barrieres",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "terugval",
        en = {
            tekst = "Reply by email, copying your team leader and hers: in the voluntary framework the local team is in charge, and that must be settled in black and white before she sets anything in motion.",
            feedback = "Escalating is allowed, but only when you cannot sort it out together. This is step 3 without steps 1 and 2: you have not examined your own part and not had the conversation. An email with copies is also the opposite of the golden rules: not one to one, not face to face, not verifiable. Immediate safety is not at stake here, so there is no reason to skip steps.",
        },
    },

    keuze "barriere_toegeven" {
        tekst = "Ga akkoord met haar voorstel. Zij is de specialist in veiligheid en heeft gelijk dat Piet traumahulp nodig heeft; als haar team over de Raad beslist, blijft jouw band met vader heel.",
        feedback = "Je vermijdt het conflict, maar je geeft een besluit weg dat niet van haar team is. In het vrijwillig kader heeft het lokaal team de regie; kernbesluiten vallen in het team van de regievoerder, en het besluit van de JBT kan alleen daar worden veranderd. Zo kunnen twee teams over hetzelfde kind tot verschillende conclusies komen, en weet Martijn niet meer waar hij aan toe is.",
        bron = "bouwsteen.inhoudelijke_beslissingen",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "terugval",
        en = {
            tekst = "Agree to her proposal. She is the safety specialist and is right that Piet needs trauma help; if her team decides about the Board, your bond with father stays intact.",
            feedback = "You avoid the conflict, but you give away a decision that does not belong to her team. In the voluntary framework the local team is in charge; key decisions are taken in the lead worker's team, and the Table's decision can only be changed there. Otherwise two teams may reach different conclusions about the same child, and Martijn no longer knows where he stands.",
        },
    },

    keuze "barriere_negeren" {
        tekst = "Reageer niet op de mail. Jij hebt de regie en Martijn is net in behandeling; een discussie met de GI kost nu alleen tijd en onrust. Volg je eigen plan en bespreek het bij de evaluatie van de JBT.",
        feedback = "De regie hebben betekent niet dat je de expertise van de GI negeert. Een aanhoudend verschil in focus (kind of gezin) is een barrière die je moet bespreken, anders werkt de jeugdbeschermer straks langs je heen en krijgt Martijn twee boodschappen. Begin bij jezelf: wat is jouw aandeel, waar zijn jullie het over eens? Dan het gesprek.",
        bron = "bouwsteen.feedback_barrieres",
        naar = "terugval",
        en = {
            tekst = "Don't reply to the email. You hold direction and Martijn has just started treatment; a discussion with the GI now only costs time and unrest. Follow your own plan and raise it at the Table's evaluation.",
            feedback = "Being in charge does not mean ignoring the GI's expertise. A persistent difference in focus (child or family) is a barrier you have to discuss, otherwise the youth protector will soon work around you and Martijn gets two messages. Start with yourself: what is your part, what do you agree on? Then the conversation.",
        },
    },

    keuze "barriere_gesprek" {
        tekst = "Kijk eerst naar je eigen aandeel. Bel haar, nieuwsgierig: wat ziet zij? Laat je analyse zien, spreek af dat besluiten in het team van de regievoerder vallen, en zoek samen traumahulp dichtbij.",
        feedback = "Dit zijn de eerste twee stappen bij een barrière: zelf analyseren (verschil in focus: kind of gezin), dan het gesprek, nieuwsgierig, met je eigen analyse op tafel. Jullie hebben allebei gelijk: Piet heeft traumahulp nodig én zijn vader is de sleutel. Je legt vast waar de besluiten vallen: bij het team van het lokaal team als regievoerder, met de gedragswetenschapper; en een JBT-besluit verander je alleen aan de JBT. Zo voorkom je dat twee teams over hetzelfde kind verschillend beslissen.",
        bron = { "bouwsteen.feedback_barrieres", "bouwsteen.inhoudelijke_beslissingen" },
        gevolg = { directe_veiligheid = 1 },
        naar = "terugval",
        en = {
            tekst = "First look at your own part. Call her, curious: what does she see? Show your analysis, agree that decisions are taken in the lead worker's team, and look together for trauma help close by.",
            feedback = "These are the first two steps with a barrier: analyse it yourself (a difference in focus: child or family), then the conversation, curious, with your own analysis on the table. You are both right: Piet needs trauma help and his father is the key. You record where decisions are made: in the team of the local team as lead, with the behavioural scientist; and a Table decision changes only at the Table. That prevents two teams deciding differently about the same child.",
        },
    },
}

local na_terugval = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
    { naar = "analyse" },
}

stap "terugval" {
    titel = "9. Zaterdagnacht",
    datum = "2024-10",
    veiligheidssignaal = "Piet belde ’s nachts opa Henk: vader lag onder invloed op de bank, twee mannen gebruikten in de keuken.",
    tekst = [[
Oktober 2024, maandagochtend. Opa Henk belt (zijn verhaal staat bij de documenten). Zaterdagnacht om half twaalf belde Piet hem: papa lag op de bank en werd niet wakker, er waren twee mannen in de keuken die iets snoven, oma was een weekend weg. Henk heeft Piet opgehaald. Piet huilde: ‘Net als bij mama.’ Hij wil niet dat papa weet dat hij heeft gebeld.

De ondergrens uit het veiligheidsplan is overschreden. De evaluatie van de JBT is over vier weken, en de woningaanvraag ligt klaar.

Op het bord Veiligheid staat een rode melding. Wat doe je vandaag?
]],
    documenten = { "d_melding_opa" },
    feiten = { "f_terugval" },
    en = {
        titel = "9. Saturday night",
        veiligheidssignaal = "In the night Piet called grandfather Henk: his father lay on the sofa under the influence, two men were using in the kitchen.",
        tekst = [[
October 2024, Monday morning. Grandpa Henk calls (his account is among the documents). On Saturday night at half past eleven Piet called him: dad lay on the sofa and would not wake up, there were two men in the kitchen snorting something, grandma was away for the weekend. Henk picked Piet up. Piet cried: ‘Just like with mum.’ He doesn't want dad to know he called.

The bottom line of the safety plan has been crossed. The Table's evaluation is in four weeks, and the housing application is ready.

The Safety board shows a red alert. What do you do today?
]],
    },

    keuze "terugval_plan" {
        tekst = "Voer het afgesproken plan uit: Piet blijft voorlopig bij Gerda en Henk. Zeg Martijn met de jeugdbeschermer eerlijk dat de ondergrens is overschreden, taxeer opnieuw, spreek Piet en zet de woning stil.",
        gesproken_met = { "piet" },
        feedback = "Het veiligheidsplan als levend document. Je doet wat je vooraf eerlijk hebt afgesproken, dus Martijn wordt niet verrast; je taxeert opnieuw en spreekt Piet opnieuw (en vertelt hem dat hij het goed deed door opa te bellen). Je beschermt Piet: je vertelt Martijn wat opa zag, niet ‘wat Piet verklapte’. De woning wacht tot de veiligheid weer voldoende is. Martijn vraagt zelf om extra gesprekken bij de verslavingszorg.",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.gesprekken_kinderen" },
        gevolg = { directe_veiligheid = -1 },
        naar = "terugval_besluit",
        en = {
            tekst = "Carry out the agreed plan: Piet stays with Gerda and Henk for now. With the youth protector, tell Martijn honestly that the bottom line has been crossed, reassess, talk with Piet and put the home on hold.",
            feedback = "The safety plan as a living document. You do what you honestly agreed in advance, so Martijn is not surprised; you reassess and talk with Piet again (and tell him he did well to call grandpa). You protect Piet: you tell Martijn what grandpa saw, not ‘what Piet let slip’. The home waits until safety is sufficient again. Martijn himself asks for extra sessions at the addiction service.",
        },
    },

    keuze "terugval_doorgaan" {
        tekst = "Een terugval hoort bij herstel, en Martijn zit in behandeling en komt op zijn afspraken. Piet is nu veilig bij opa; ga door met de woningaanvraag en bespreek de nacht volgende maand in het netwerkberaad.",
        feedback = "Een terugval hoort vaak bij herstel, dat klopt. Maar voor Piet was dit een herhaling van de dag dat hij zijn moeder vond. De ondergrens is overschreden; dan doe je wat je vooraf hebt afgesproken, en gaat het veiligheidsplan voor de woning en de planning. Nieuwe signalen zetten het veiligheidsplan weer in het midden.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = -4 },
        naar = "terugval_besluit",
        en = {
            tekst = "A relapse is part of recovery, and Martijn is in treatment and keeps his appointments. Piet is safe at grandpa's now; go on with the housing application and discuss the night next month at the network meeting.",
            feedback = "A relapse often belongs to recovery, that is true. But for Piet this was a repeat of the day he found his mother. The bottom line has been crossed; then you do what you agreed in advance, and the safety plan comes before the house and the planning. New signals put the safety plan back in the centre.",
        },
    },

    keuze "terugval_piet_bron" {
        tekst = "Bel Martijn vandaag nog en wees open: zeg dat Piet opa heeft gebeld en alles heeft verteld over de mannen in de keuken. Vraag hem om uitleg en spreek af dat het niet meer gebeurt.",
        feedback = "Open zijn naar vader is goed, maar zo zet je Piet in de vuurlinie: hij vroeg juist om het niet tegen papa te zeggen. Kinderen zijn loyaal en voelen zich schuldig als ze ‘verklappen’. Bespreek wat opa zag en wat jij ermee doet, zonder Piet als bron neer te zetten, en maak eerst het plan voor vannacht. Een telefoontje om uitleg is geen veiligheidsplan.",
        bron = { "bouwsteen.gesprekken_kinderen", "bouwsteen.directe_veiligheid" },
        gevolg = { directe_veiligheid = -3, vertrouwen_gezin = -1 },
        naar = "terugval_besluit",
        en = {
            tekst = "Call Martijn today and be open: say that Piet called grandpa and told him everything about the men in the kitchen. Ask him to explain and agree that it will not happen again.",
            feedback = "Being open with father is good, but this puts Piet in the line of fire: he asked precisely not to tell dad. Children are loyal and feel guilty when they ‘tell on’ a parent. Discuss what grandpa saw and what you will do with it, without presenting Piet as the source, and make the plan for tonight first. A phone call asking for an explanation is not a safety plan.",
        },
    },
}

stap "terugval_besluit" {
    titel = "9b. De vraag van de jeugdbeschermer",
    datum = "2024-10",
    tekst = [[
Dezelfde week. De preventief jeugdbeschermer belt: ‘Dit is precies waar ik bang voor was. Moeten we de Raad er nu niet bij halen?’ Martijn is boos en beschaamd. Hij zegt dat het ‘één keer’ was, en hij heeft bij de verslavingszorg zelf om extra gesprekken gevraagd. De evaluatie aan de Jeugdbeschermingstafel is over vier weken.

Wat doe je met de vraag of het raadsonderzoek nu moet starten?
]],
    en = {
        titel = "9b. The youth protector's question",
        tekst = [[
The same week. The preventive youth protector calls: ‘This is exactly what I was afraid of. Shouldn't we bring in the Board now?’ Martijn is angry and ashamed. He says it was ‘one time’, and he has asked the addiction service himself for extra sessions. The evaluation at the Youth Protection Table is in four weeks.

What do you do with the question whether the Board investigation should start now?
]],
    },

    keuze "terugval_raad_stil" {
        tekst = "Vraag zelf bij de Raad het onderzoek alsnog aan; de jeugdbeschermer staat erachter. Vertel Martijn nog niets: hij is net terug in behandeling en zou kunnen afhaken.",
        feedback = "Zorg om Piet is terecht, maar zo verander je eigenhandig een besluit van de JBT, achter de rug van vader. Het JBT-besluit zei: komt de ondergrens in het geding, dan komt de casus terug aan die tafel. Een besluit verander je alleen waar het genomen is, met dezelfde mensen; en deel je zonder toestemming, dan informeer je het gezin en leg je de afweging vast. Martijn hoort het toch, en raadt wie er belde.",
        bron = { "bouwsteen.inhoudelijke_beslissingen", "bouwsteen.privacy" },
        gevolg = { vertrouwen_gezin = -4, directe_veiligheid = -1 },
        naar = na_terugval,
        en = {
            tekst = "Request the Board investigation yourself after all; the youth protector backs you. Tell Martijn nothing yet: he has just gone back into treatment and might drop out.",
            feedback = "Worry about Piet is justified, but this way you change a Table decision on your own, behind father's back. The Table said: if the bottom line is at stake, the case comes back to that table. A decision is changed only where it was made, with the same people; and if you share without consent, you inform the family and record the consideration. Martijn will hear about it anyway, and guess who called.",
        },
    },

    keuze "besluit_evaluatie" {
        tekst = "Breng de nacht in bij de evaluatie over vier weken. Martijn vroeg zelf om extra hulp; een extra tafel nu zet hem alleen weer onder druk en kost de band die je net terug hebt.",
        feedback = "Het klopt dat Martijn zelf hulp vroeg, en druk kan schaden. Maar de JBT sprak af dat de casus terugkomt aan tafel als de ondergrens wordt overschreden, niet pas bij de evaluatie. Wie het signaal vier weken laat liggen, beslist in feite alleen dat het vrijwillig doorgaat. Bespreek het dezelfde dag met de gedragswetenschapper en meld het bij de voorzitter; de tafel kan dan best besluiten dat het vrijwillig verder kan.",
        bron = { "bouwsteen.inhoudelijke_beslissingen", "bouwsteen.weging" },
        naar = na_terugval,
        en = {
            tekst = "Bring the night up at the evaluation in four weeks. Martijn asked for extra help himself; an extra Table meeting now only puts him under pressure again and costs the bond you have just regained.",
            feedback = "It is true that Martijn asked for help himself, and pressure can do harm. But the Table agreed that the case comes back to it when the bottom line is crossed, not only at the evaluation. Whoever leaves the signal for four weeks in effect decides alone that it stays voluntary. Discuss it the same day with the behavioural scientist and report it to the chair; the Table may well decide that it can continue voluntarily.",
        },
    },

    keuze "besluit_gw_jbt" {
        tekst = "Bespreek de nacht vandaag met de gedragswetenschapper en meld hem, zoals afgesproken, bij de voorzitter van de JBT; die tafel besluit over de Raad. Vertel Martijn wat je doorgeeft.",
        feedback = "Je neemt het kernbesluit niet alleen: de gedragswetenschapper weegt het signaal mee, en de tafel die het besluit nam, beslist ook of het raadsonderzoek alsnog start. Zo spraken jullie het aan de JBT af. Omdat je Martijn vertelt wat je doorgeeft, hoort hij het niet van een ander. De voorzitter besluit na overleg dat het vrijwillig verder kan, met strengere afspraken.",
        bron = { "bouwsteen.inhoudelijke_beslissingen", "bouwsteen.weging" },
        naar = na_terugval,
        en = {
            tekst = "Discuss the night today with the behavioural scientist and report it, as agreed, to the chair of the Youth Protection Table; that table decides about the Board. Tell Martijn what you pass on.",
            feedback = "You do not take the key decision alone: the behavioural scientist weighs the signal with you, and the table that made the decision also decides whether the Board investigation starts after all. That is what you agreed at the Table. Because you tell Martijn what you pass on, he does not hear it from someone else. After consultation the chair decides that it can continue voluntarily, with stricter agreements.",
        },
    },

    keuze "besluit_samen_2a" {
        tekst = "Besluit samen met de jeugdbeschermer dat het vrijwillig doorgaat, met strengere afspraken. Jullie kennen het gezin het best; zo hoeft Martijn niet opnieuw voor de hele tafel te komen.",
        feedback = "Samen optrekken met de GI is goed, maar dit besluit is niet van jullie tweeën. De JBT nam het besluit met vader erbij en sprak af dat de casus terugkomt als de ondergrens wordt overschreden. Een besluit verander je alleen waar het genomen is, met dezelfde mensen; en een kernbesluit na een ernstig signaal neem je met de gedragswetenschapper.",
        bron = "bouwsteen.inhoudelijke_beslissingen",
        naar = na_terugval,
        en = {
            tekst = "Decide together with the youth protector that it continues voluntarily, with stricter agreements. You two know the family best; this way Martijn does not have to face the whole table again.",
            feedback = "Working together with the GI is good, but this decision is not yours two to make. The Table made the decision with father present and agreed that the case comes back if the bottom line is crossed. A decision is changed only where it was made, with the same people; and a key decision after a serious signal is taken with the behavioural scientist.",
        },
    },
}

stap "analyse" {
    titel = "10. Waarom komt het steeds terug?",
    datum = "2024-11",
    opent = { "patroon" },
    tekst = [[
November 2024. Sinds de zaterdagnacht is er geen nieuw incident gemeld. Piet woont weer bij zijn vader en oma. De verslavingszorg stuurde met toestemming van Martijn een voortgangsbericht, en Martijn gaf je de afsluitbrief van Sandra’s behandeling uit 2021 (beide bij de documenten).

Oma Wil vraagt je: ‘Hoe kan het toch dat het steeds weer misgaat?’ Hoe komt het dat verslaving in deze familie steeds terugkomt, en waarom hielp eerdere hulp niet? Het bord Gezinspatroon is open.

Hoe pak je het aan?
]],
    documenten = { "d_verslavingszorg_2024", "d_verslavingszorg_2021" },
    en = {
        titel = "10. Why does it keep coming back?",
        tekst = [[
November 2024. No new incident has been reported since the Saturday night. Piet lives with his father and grandmother again. With Martijn's consent the addiction service sent a progress letter, and Martijn gave you the closing letter of Sandra's 2021 treatment (both among the documents).

Grandmother Wil asks you: ‘How can it be that it keeps going wrong?’ Why does addiction keep coming back in this family, and why did earlier help not help? The Family pattern board is open.

How do you go about it?
]],
    },

    keuze "analyse_kantoor" {
        tekst = "Werk de tijdlijn en het patroon uit met de jeugdbeschermer op kantoor, uit alle dossiers, zodat het zorgvuldig en compleet is. Stuur het Martijn en bespreek het bij het volgende beraad.",
        feedback = "Een analyse uit dossiers is feitelijk, maar het is jullie analyse, niet die van Martijn en Wil. Wat niet in dossiers staat, mis je: hoe Martijn zelf opgroeide, waarom Wil ’s avonds naar bed gaat. En een patroon dat vader niet zelf ziet, verandert zijn gedrag niet. Maak het samen, visueel, op een flap.",
        bron = { "bouwsteen.tijdlijn", "bouwsteen.gezinspatroon", "bron.onderzoek" },
        naar = "veranderplan",
        en = {
            tekst = "Work out the timeline and the pattern with the youth protector at the office, from all the files, so that it is careful and complete. Send it to Martijn and discuss it at the next meeting.",
            feedback = "An analysis from files is factual, but it is your analysis, not Martijn's and Wil's. What is not in files, you miss: how Martijn himself grew up, why Wil goes to bed in the evening. And a pattern father does not see himself does not change his behaviour. Make it together, visually, on a flip chart.",
        },
    },

    keuze "analyse_met_gezin" {
        tekst = "Maak de tijdlijn en het patroon met Martijn en oma op een flap: hun eigen jeugd, elke melding, alle eerdere hulp en wat die opleverde. Vraag naar hun goede bedoelingen.",
        feedback = "Zo wordt de analyse van het gezin zelf. Al schrijvend vertelt Martijn over zijn vader die dronk en vertrok: ‘Ik heb nooit geleerd om hulp te vragen.’ Wil zegt: ‘Ik dacht dat ik hem beschermde door niks te zeggen.’ Bij de hulp wordt het patroon zichtbaar: telkens hulp aan één persoon (moeder, vader, Piet op school), niemand die het geheel zag, en Piet die nooit werd gezien. De nobele intentie ligt op tafel: Martijn wil niet dat Piet hem vindt zoals hij zijn moeder vond. Zet de eigen kijk ook op het bord.",
        bron = { "bouwsteen.tijdlijn", "bouwsteen.gezinspatroon" },
        gevolg = { vertrouwen_gezin = 1 },
        onthult = { "f_visie_gezin" },
        naar = "veranderplan",
        en = {
            tekst = "Make the timeline and the pattern with Martijn and grandma on a flip chart: their own childhoods, every report, all earlier help and what it achieved. Ask about their good intentions.",
            feedback = "This way the analysis becomes the family's own. While writing, Martijn tells about his father, who drank and left: ‘I never learned to ask for help.’ Wil says: ‘I thought I was protecting him by saying nothing.’ In the help the pattern becomes visible: each time help for one person (mother, father, Piet at school), nobody who saw the whole, and Piet never seen. The noble intention is on the table: Martijn does not want Piet to find him the way he found his mother. Put their own view on the board too.",
        },
    },

    keuze "een_oorzaak" {
        tekst = "Het patroon is duidelijk: vaders verslaving, net als bij Sandra. Zolang hij in behandeling is en de controles schoon zijn, is verdere analyse niet nodig; richt je op wat nu werkt.",
        feedback = "Vaders verslaving is de grootste zorg, maar één oorzaak is geen patroon. Waarom gebruikt hij (zijn eigen jeugd, rouw, nooit hulp leren vragen)? Waarom zwijgt oma? Wat doet het met Piet, die al twee keer een ouder bewusteloos vond? En waarom hielp de hulp van 2016, 2021 en 2022 niet? Gedrag is verklaarbaar vanuit ontwikkeling; wie alleen het gebruik behandelt, mist wat het in stand houdt.",
        bron = "bouwsteen.gezinspatroon",
        naar = "veranderplan",
        en = {
            tekst = "The pattern is obvious: father's addiction, just as with Sandra. As long as he is in treatment and the tests are clean, further analysis is not needed; focus on what works now.",
            feedback = "Father's addiction is the biggest concern, but one cause is not a pattern. Why does he use (his own childhood, grief, never learning to ask for help)? Why does grandma stay silent? What does it do to Piet, who has now twice found a parent unconscious? And why did the help of 2016, 2021 and 2022 not help? Behaviour is explained by development; whoever only treats the use misses what keeps it going.",
        },
    },
}

stap "veranderplan" {
    titel = "11. Traumahulp, een huis, en wat goed genoeg is",
    datum = "2025-01",
    opent = { "eindsituatie" },
    tekst = [[
Januari 2025. Sinds oktober geen nieuwe incidenten; de controles van Martijn zijn schoon. Nu liggen er drie vragen: de traumahulp voor Piet, een eigen woning voor vader en zoon, en wat er blijvend nodig is.

De jeugdbeschermer heeft nog 9 van haar 25 uur. Het bord Eindsituatie is open.

Hoe komt er één plan?
]],
    en = {
        titel = "11. Trauma help, a home, and what is good enough",
        tekst = [[
January 2025. No new incidents since October; Martijn's tests are clean. Three questions are on the table now: trauma help for Piet, a home of their own for father and son, and what is lastingly needed.

The youth protector has 9 of her 25 hours left. The End situation board is open.

How do you get to one plan?
]],
    },

    keuze "woning_oplossing" {
        tekst = "Zet de urgentieaanvraag nu door: het gaat al maanden goed. Zodra Martijn en Piet verhuisd zijn, sluit je af; dan is de vraag van vader beantwoord en houdt de verslavingszorg hem in beeld.",
        feedback = "De woning is een echte stap, en de eigen vraag van vader. Maar een huis breekt het patroon niet. Wie vangt Piet op als Martijn terugvalt, nu oma niet meer in huis is? Wie bewaakt of de traumahulp aanslaat? Een woning hoort in een plan met afspraken over terugval en blijvende steun, en afsluiten ‘omdat de vraag beantwoord is’ is de positieve afsluiting uit de oude dossiers.",
        bron = "bouwsteen.stabiele_veiligheid",
        gevolg = { directe_veiligheid = -1 },
        naar = "afronding",
        en = {
            tekst = "Push the urgent housing application through now: things have gone well for months. As soon as Martijn and Piet have moved, you close; father's request is then answered and the addiction service keeps him in view.",
            feedback = "The home is a real step, and father's own request. But a house does not break the pattern. Who takes in Piet if Martijn relapses, now that grandma is no longer in the house? Who checks whether the trauma help works? A home belongs in a plan with agreements about relapse and lasting support, and closing ‘because the request has been answered’ is the positive closure of the old case files.",
        },
    },

    keuze "residentieel_trauma" {
        tekst = "Piet heeft PTSS. Meld hem aan voor een residentiële traumabehandeling; daar krijgt hij elke dag hulp in een veilige omgeving, en vader kan zich intussen op zijn eigen herstel richten.",
        feedback = "De focus op Piets trauma is terecht, maar zo haal je hem weg bij de vader en oma bij wie hij zich veilig voelt, en behandel je het kind los van zijn gezin. Dat is de route van scenario 2 uit de bron: veel aandacht voor het kind, weinig voor vader, en Piet die de druk van de groep niet aankan. Traumahulp kan thuis, met vader erbij.",
        bron = { "bouwsteen.stabiele_veiligheid", "bron.notitie" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "afronding",
        en = {
            tekst = "Piet has PTSD. Refer him to residential trauma treatment; there he gets help every day in a safe environment, and meanwhile father can focus on his own recovery.",
            feedback = "The focus on Piet's trauma is right, but this takes him away from the father and grandmother with whom he feels safe, and treats the child apart from his family. That is the route of scenario 2 from the source: much attention for the child, little for father, and Piet who cannot bear the pressure of the group. Trauma help can happen at home, with father involved.",
        },
    },

    keuze "plan_per_aanbieder" {
        tekst = "Laat ieder zijn eigen plan maken: de verslavingszorg voor vader, de traumabehandelaar voor Piet, de woningcorporatie voor het huis. Iedereen werkt vanuit zijn vak; jij houdt de lijst bij.",
        feedback = "Dit is het hulpverleningspatroon van deze familie, opnieuw: hulp per persoon en per leefgebied, ieder met een eigen doel, niemand die het geheel bewaakt. Zo werd Sandra behandeld zonder dat iemand naar Piet keek, en werd Piet geholpen zonder dat iemand naar thuis keek. Eén gezin, één plan, één regisseur.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "afronding",
        en = {
            tekst = "Let everyone make their own plan: the addiction service for father, the trauma therapist for Piet, the housing association for the home. Everyone works from their own field; you keep the list.",
            feedback = "This is the help pattern of this family, again: help per person and per area of life, each with its own goal, nobody guarding the whole. That is how Sandra was treated without anyone looking at Piet, and how Piet was helped without anyone looking at home. One family, one plan, one director.",
        },
    },

    keuze "veranderplan_netwerk" {
        tekst = "Beschrijf in een netwerkberaad met Martijn, Piet, beide families en de verslavingszorg de haalbare eindsituatie: wat kan veranderen, en wat moet blijvend worden opgevangen?",
        feedback = "Dit is de stap van patroon naar haalbare eindsituatie. Martijn zegt het zelf: ‘Piet komt uit school en ik ben thuis, nuchter. Als het misgaat, bel ik mijn behandelaar en gaat Piet naar opa.’ Veranderbaar en te compenseren staan los van elkaar, de krachten van beide families hebben een vaste rol, de traumahulp komt bij Piet thuis, en de woning past in het plan in plaats van het plan te zijn. Iedereen werkt aan hetzelfde doel, en het volgende beraad staat in de agenda.",
        bron = { "bouwsteen.haalbare_eindsituatie", "bouwsteen.stabiele_veiligheid", "bouwsteen.samenwerkingsprincipes" },
        gevolg = { directe_veiligheid = 1, vertrouwen_gezin = 1 },
        naar = "afronding",
        en = {
            tekst = "In a network meeting with Martijn, Piet, both families and the addiction service, describe the feasible end situation: what can change, and what must be lastingly compensated?",
            feedback = "This is the step from pattern to feasible end situation. Martijn puts it himself: ‘Piet comes home from school and I'm home, sober. If it goes wrong, I call my therapist and Piet goes to grandpa.’ Changeable and to-be-compensated are kept apart, the strengths of both families have a fixed role, the trauma help comes to Piet at home, and the home fits in the plan instead of being the plan. Everyone works towards the same goal, and the next meeting is in the diary.",
        },
    },
}

local naar_einde = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "einde_escalatie" },
    { als = { variabele = "vertrouwen_gezin", max = 2 }, naar = "einde_scenario2" },
    { als = { alle = {
          { variabele = "directe_veiligheid", min = 6 },
          { variabele = "vertrouwen_gezin", min = 6 },
          { keuze = "veiligheidsplan_samen" },
          { keuze = "piet_eigen_gesprek" },
          { keuze = "netwerkberaad_samen" },
          { keuze = "weging_mdo" },
          { keuze = "jbt_voorbereid" },
          { keuze = "herstel_en_toestemming" },
          { keuze = "terugval_plan" },
          { keuze = "besluit_gw_jbt" },
          { keuze = "veranderplan_netwerk" },
          { keuze = "afronding_borging" },
      } },
      naar = "einde_scenario1" },
    { naar = "einde_half" },
}

stap "afronding" {
    titel = "12. De jeugdbeschermer stapt eruit",
    datum = "2025-05",
    tekst = [[
Mei 2025. Sinds oktober zijn er geen nieuwe incidenten. Martijn heeft sinds april een eigen huurwoning, tien minuten van oma Wil. De jeugdbeschermer heeft 22 van haar 25 uur gebruikt en wil afronden; haar notitie staat bij de documenten.

Piet zegt bij het afscheid: ‘Kom je nog wel?’

Hoe rond je af?
]],
    documenten = { "d_afronding_2a" },
    en = {
        titel = "12. The youth protector steps out",
        tekst = [[
May 2025. There have been no new incidents since October. Since April Martijn has had a rented home of his own, ten minutes from grandmother Wil. The youth protector has used 22 of her 25 hours and wants to finish; her note is among the documents.

When saying goodbye Piet asks: ‘Will you still come?’

How do you close?
]],
    },

    keuze "alles_afsluiten" {
        tekst = "Het gaat al een half jaar goed en het eigen huis is er. Sluit de 2a-inzet én je eigen dossier af; de verslavingszorg en de traumabehandelaar houden het gezin in beeld en bellen je als er iets is.",
        feedback = "Positief afsluiten terwijl het patroon nog maar net is doorbroken: dat is de draaideur uit de oude dossiers. Martijn is een half jaar schoon, het eerste jaar in een eigen huis is het kwetsbaarst, en een behandelaar is geen regisseur. Een medewerker laat een gezin niet los zonder borging en overdracht.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { directe_veiligheid = -2 },
        naar = naar_einde,
        en = {
            tekst = "Things have gone well for half a year and the home is there. Close the 2a involvement and your own file; the addiction service and the trauma therapist keep the family in view and will call you if something comes up.",
            feedback = "Closing positively while the pattern has only just been broken: that is the revolving door from the old case files. Martijn has been clean for half a year, the first year in a home of their own is the most fragile, and a therapist is not a director. A worker does not let go of a family without securing and a handover.",
        },
    },

    keuze "gi_stopt_stil" {
        tekst = "De uren van de jeugdbeschermer zijn bijna op en ze heeft haar werk gedaan. Laat haar stoppen zoals gepland; jij gaat gewoon door, dus voor het gezin verandert er weinig.",
        feedback = "De GI-inzet eindigt zonder afrondend gesprek en zonder dat vastligt hoe de veiligheid geborgd blijft. De monitor vraagt juist afspraken over de borging van de veiligheid vóórdat de GI stopt. En Piet vroeg ‘kom je nog wel?’: ook een kind verdient te weten wie er blijft.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bron.monitor" },
        naar = naar_einde,
        en = {
            tekst = "The youth protector's hours are nearly used up and she has done her work. Let her stop as planned; you just carry on, so little changes for the family.",
            feedback = "The GI involvement ends without a closing conversation and without it being settled how safety stays secured. The monitor asks precisely for agreements on securing safety before the GI stops. And Piet asked ‘will you still come?’: a child too deserves to know who stays.",
        },
    },

    keuze "afronding_borging" {
        tekst = "Zet met Martijn, oma en de jeugdbeschermer de veiligheidsafspraken en terugvalsignalen in het borgingsplan, vraag wat hielp en wat niet, en bevestig het volgende beraad. Dan stopt de GI.",
        feedback = "Zo hoort een afronding: de borging ligt vast vóórdat de GI vertrekt, het lokaal team blijft het vaste gezicht, en het volgende beraad staat gepland. Je reflecteert mét het gezin: Martijn zegt dat hem hielp ‘dat jullie mij niet lieten vallen toen ik boos was’; Piet zegt ‘dat ik zelf mocht zeggen wat ik wilde’. Dat neem je mee naar je team.",
        bron = { "bouwsteen.samenwerking_lt_gi", "bouwsteen.reflectie", "bron.onderzoek", "bron.monitor" },
        gevolg = { directe_veiligheid = 1 },
        naar = naar_einde,
        en = {
            tekst = "With Martijn, grandma and the youth protector, put the safety agreements and relapse signals in the securing plan, ask what helped and what did not, and confirm the next meeting. Then the GI stops.",
            feedback = "That is how to close: securing is settled before the GI leaves, the local team stays the steady face, and the next meeting is planned. You reflect with the family: Martijn says what helped him was ‘that you didn't drop me when I was angry’; Piet says ‘that I could say what I wanted myself’. You take that back to your team.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Eindes: de twee toekomsten uit de bron (bron.notitie, bron.monitor), en twee tussenvormen.
-- ---------------------------------------------------------------------------------------------

einde "einde_scenario1" {
    titel = "Scenario 1: Piet blijft bij zijn vader en vindt rust",
    toon = "goed",
    tekst = [[
In de bron zijn alleen de eerste maanden echt gebeurd; dit is een van de twee toekomsten die de bron schetst. Martijn houdt het met ups en downs vol in de verslavingszorg en vindt na twee jaar werk. Piet krijgt thuis hulp bij zijn trauma. Op de middelbare school loopt hij eerst wat achter, maar met bijles haalt hij het in. Hij wordt sociaal werker, en op zijn vierentwintigste woont hij met zijn partner in een eigen huis. Hij ziet zijn vader elke week.

De bron zegt er zelf bij dat er geen oorzakelijk verband te bewijzen is en dat er over Piets leven geen harde voorspelling te doen is: lees dit als een mogelijke toekomst, niet als het gevolg van jouw keuzes.

Wat hoort bij deze route? De volgorde: eerst zelf de veiligheid taxeren en een plan maken mét vader en oma; Piet een eigen stem; een netwerk dat samen aan tafel zat; wegen toen het vastliep, en de JBT open inzetten, met een uitweg voor vader; 2a met de regie bij het lokaal team; bij de terugval doen wat was afgesproken; en pas daarna de analyse, de traumahulp thuis en de woning. De bron schat dat deze route tot Piets 23e ongeveer 62.700 euro aan maatschappelijke opbrengst oplevert.

Kijk in de nabespreking welke redenen uit de methode bij elke keuze horen, en probeer via Terugspoelen de route van scenario 2.
]],
    en = {
        titel = "Scenario 1: Piet stays with his father and finds peace",
        tekst = [[
In the source only the first months really happened; this is one of the two futures the source sketches. With ups and downs Martijn keeps going in addiction care and finds work after two years. Piet gets help with his trauma at home. At secondary school he falls a little behind at first, but catches up with extra lessons. He becomes a social worker, and at twenty-four he lives with his partner in a home of his own. He sees his father every week.

The source itself adds that no causal link can be proven and that no hard prediction can be made about Piet's life: read this as a possible future, not as the consequence of your choices.

What belongs to this route? The order: first assessing safety yourself and making a plan with father and grandmother; Piet's own voice; a network that sat at one table; weighing when things got stuck, and using the Youth Protection Table openly, with a way out for father; 2a with the local team in charge; doing what was agreed at the relapse; and only then the analysis, trauma help at home and the house. The source estimates that by Piet's 23rd this route yields about 62,700 euros in social returns.

Look in the debrief at the method's reasons behind each choice, and use Rewind to try the route of scenario 2.
]],
    },
}

einde "einde_half" {
    titel = "Piet woont thuis, maar het is dun",
    toon = "gemengd",
    tekst = [[
Piet woont bij zijn vader, en er is hulp. Maar iets ontbreekt: misschien is Piet nooit echt zelf gehoord, zat het netwerk nooit samen aan tafel, werd er niet gewogen toen het vastliep, kwam vader onvoorbereid aan de JBT of zonder echte toestemming bij 2a, is de ondergrens bij de terugval niet uitgevoerd of niet teruggelegd bij de JBT, werkt niet iedereen aan hetzelfde plan, of stopte de GI zonder borging. Bij de volgende terugval staat Piet er weer alleen voor, en dan ligt de route van scenario 2 dichtbij.

Kijk in de nabespreking welke criteria je miste, en probeer via Terugspoelen vanaf dat moment een andere keuze.
]],
    en = {
        titel = "Piet lives at home, but it is thin",
        tekst = [[
Piet lives with his father, and there is help. But something is missing: perhaps Piet was never really heard himself, the network never sat at one table, nobody weighed when things got stuck, father came to the Youth Protection Table unprepared or to 2a without real consent, the bottom line was not acted on at the relapse or not taken back to the Table, not everyone works on the same plan, or the GI stopped without securing. At the next relapse Piet is on his own again, and then the route of scenario 2 is close.

Look in the debrief at which criteria you missed, and use Rewind to make another choice from that moment.
]],
    },
}

einde "einde_scenario2" {
    titel = "Scenario 2: VTO, OTS, en een reeks plaatsingen",
    toon = "zorgelijk",
    tekst = [[
Dit is de andere toekomst die de bron schetst. Na het verzoek tot onderzoek volgt een OTS. De aandacht gaat naar Piets veiligheid en trauma; met Martijn is er nauwelijks contact, hij ‘accepteert niets’. Er zijn incidenten met drank en drugs; op zijn dertiende belandt Piet op de spoedeisende hulp na een lijntje cocaïne. Op zijn veertiende volgt een uithuisplaatsing, ‘één papiertje en het is zover’: acht weken crisisgroep, dan een woongroep, een andere woongroep, en op zijn vijftiende een gesloten groep. Op zijn 23e is Piet werkloos, verslaafd en regelmatig in aanraking met de politie. De bron schat de maatschappelijke kosten tot dan op ongeveer 395.200 euro. Ook hier zegt de bron dat er geen oorzakelijk verband te bewijzen is en geen harde voorspelling te doen: dit is een mogelijke toekomst, geen vaststaand gevolg.

Wat hoort bij deze route? Er werd over vader beslist in plaats van met hem; niemand woog samen met het netwerk en een gedragswetenschapper, vader kreeg geen weg terug, en de hulp richtte zich op het kind los van zijn gezin. Ga via Terugspoelen terug naar het moment dat het vastliep, of naar het eerste huisbezoek.
]],
    en = {
        titel = "Scenario 2: a request for investigation, a supervision order, and a string of placements",
        tekst = [[
This is the other future the source sketches. The request for investigation leads to a supervision order. The attention goes to Piet's safety and trauma; there is hardly any contact with Martijn, who ‘accepts nothing’. There are incidents with drink and drugs; at thirteen Piet ends up in A&E after a line of cocaine. At fourteen he is placed out of home, ‘one piece of paper and that's it’: eight weeks in a crisis group, then a residential group, another residential group, and at fifteen a closed group. At 23 Piet is unemployed, addicted and regularly in contact with the police. The source estimates the social cost by then at about 395,200 euros. Here too the source says that no causal link can be proven and no hard prediction made: this is a possible future, not a fixed consequence.

What belongs to this route? Decisions were made about father instead of with him; nobody weighed together with the network and a behavioural scientist, father got no way back, and the help focused on the child apart from his family. Use Rewind to go back to the moment things got stuck, or to the first home visit.
]],
    },
}

einde "einde_ots_samen" {
    titel = "Onder toezicht, maar niet alleen",
    toon = "gemengd",
    tekst = [[
Er loopt een OTS, en de GI heeft de regie. Omdat het lokaal team bleef, is er toch een draad naar Martijn: hij komt weer naar een netwerkberaad, met de jeugdbeschermer en het lokaal team naast elkaar. Dat is parallel werken, zoals Beter Samenspel het bedoelt. Maar de omweg heeft gekost: vader voelt zich gedwongen, en wat vrijwillig had gekund, gaat nu via de rechter. Of Piet de route van scenario 1 of van scenario 2 loopt, is nog open.

Wat speelde mee? Het verzoek tot onderzoek kwam zonder weging, terwijl vader nog nooit zelf bij de hulp betrokken was geweest. Ga via Terugspoelen terug naar het moment dat het vastliep en weeg eerst, met de gedragswetenschapper en daarna aan de JBT, met vader erbij.
]],
    en = {
        titel = "Under supervision, but not alone",
        tekst = [[
There is a supervision order, and the GI is in charge. Because the local team stayed, there is still a thread to Martijn: he comes to a network meeting again, with the youth protector and the local team side by side. That is working in parallel, as Beter Samenspel intends. But the detour has cost something: father feels forced, and what could have been voluntary now goes through the court. Whether Piet walks the route of scenario 1 or scenario 2 is still open.

What played a part? The request for investigation came without weighing, while father had never been involved in the help himself. Use Rewind to go back to the moment things got stuck and weigh first, with the behavioural scientist and then at the Youth Protection Table, with father present.
]],
    },
}

einde "einde_escalatie" {
    titel = "Een crisisplaatsing",
    toon = "zorgelijk",
    tekst = [[
In de zomer gaat het opnieuw mis, en nu is er niemand die Piet belt. De buren bellen de politie; Piet wordt die nacht in crisis geplaatst. Hij is zijn moeder kwijt en nu ook, voorlopig, zijn vader en oma.

De directe veiligheid was te lang te laag, zonder werkend plan. Ga via Terugspoelen terug naar het huisbezoek, naar het moment dat het vastliep of naar de zaterdagnacht, en zet het veiligheidsplan eerst.
]],
    en = {
        titel = "A crisis placement",
        tekst = [[
In the summer it goes wrong again, and this time there is nobody Piet calls. The neighbours call the police; Piet is placed in crisis care that night. He has lost his mother and now, for the time being, his father and grandmother too.

Immediate safety was too low for too long, without a working plan. Use Rewind to go back to the home visit, to the moment things got stuck or to the Saturday night, and put the safety plan first.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Referentie: de analyse van de trainer (bouwsteen.directe_veiligheid, bouwsteen.stabiele_veiligheid, bouwsteen.tijdlijn, bouwsteen.gezinspatroon, bouwsteen.haalbare_eindsituatie).
-- ---------------------------------------------------------------------------------------------
referentie {
    tijdlijn = {
        feiten = { "f_jeugd_martijn", "f_hulp_detox", "f_scheiding", "f_vader_dakloos", "f_hulp_verslaving_moeder", "f_melding_vt_2022",
                   "f_hulp_schoolmw", "f_overlijden", "f_besluit_vt", "f_middelen_thuis", "f_netwerkberaden", "f_jbt_besluit",
                   "f_hulp_verslaving_vader", "f_terugval", "f_oma_wil", "f_grootouders_moeder" },
        eerste = "f_melding_vt_2022",
        laatste = "f_terugval",
        ergste = "f_overlijden",
        hulpvraag_direct = "Vader wil ‘een huis voor mij en Piet’; oma wil ‘dat Piet weer slaapt’; Veilig Thuis vraagt begeleiding na het overlijden.",
        hulpvraag_onderliggend = "Een vader die zelf opgroeide met een drinkende vader en nooit hulp leerde vragen, ontkent zijn verslaving, terwijl zijn zoon na de dood van zijn moeder ’s nachts in een huis met gebruik slaapt en bang is ook zijn vader te verliezen.",
        en = {
            hulpvraag_direct = "Father wants ‘a house for me and Piet’; grandmother wants Piet ‘to sleep again’; Veilig Thuis asks for support after the death.",
            hulpvraag_onderliggend = "A father who himself grew up with a drinking father and never learned to ask for help denies his addiction, while his son, after his mother's death, sleeps at night in a house where drugs are used and is afraid of losing his father too.",
        },
    },
    patroon = {
        factoren = {
            { id = "martijn_jeugd", gebied = "ontwikkeling_ouder", persoon = "martijn",
              tekst = "Martijn groeide op met een vader die dronk en vertrok, en leerde nooit hulp te vragen", en = { tekst = "Martijn grew up with a father who drank and left, and never learned to ask for help" }, feiten = { "f_jeugd_martijn" } },
            { id = "martijn_gebruik", gebied = "gedrag_ouder", persoon = "martijn",
              tekst = "Martijn drinkt en gebruikt, ontkent het probleem en haalt gebruikers in huis", en = { tekst = "Martijn drinks and uses, denies the problem and brings users into the house" }, feiten = { "f_middelen_thuis", "f_vader_ontkent", "f_terugval" } },
            { id = "wil_zwijgt", gebied = "gedrag_ouder", persoon = "wil",
              tekst = "Oma Wil gaat ’s avonds naar bed en belt niet, uit angst voor Martijns boosheid", en = { tekst = "Grandmother Wil goes to bed in the evening and does not call, for fear of Martijn's anger" }, feiten = { "f_oma_wil", "f_afspraken_houden_niet" } },
            { id = "piet_trauma", gebied = "ontwikkeling_kind", persoon = "piet",
              tekst = "Piet vond zijn moeder dood na een overdosis en heeft traumaklachten; hij is bang ook zijn vader te verliezen", en = { tekst = "Piet found his mother dead after an overdose and has trauma symptoms; he is afraid of losing his father too" }, feiten = { "f_overlijden", "f_piet_vertelt" } },
            { id = "piet_gedrag", gebied = "gedrag_kind", persoon = "piet",
              tekst = "Piet slaapt niet, valt in de les in slaap, vecht op school en belt ’s nachts opa", en = { tekst = "Piet does not sleep, falls asleep in class, fights at school and calls his grandfather at night" }, feiten = { "f_piet_signalen", "f_terugval" } },
            { id = "losse_hulp", gebied = "hulpverleningspatroon",
              tekst = "Hulp aan één persoon tegelijk (moeder, vader, Piet op school), zonder dat iemand het geheel zag; Piet werd nooit gezien, en ‘mits veilig’ werd niet getoetst", en = { tekst = "Help for one person at a time (mother, father, Piet at school), without anyone seeing the whole picture; Piet was never seen, and ‘provided it is safe’ was never checked" },
              feiten = { "f_hulp_detox", "f_hulp_verslaving_moeder", "f_hulp_schoolmw", "f_besluit_vt" } },
        },
        pijlen = { { "martijn_jeugd", "martijn_gebruik" }, { "martijn_gebruik", "wil_zwijgt" }, { "martijn_gebruik", "piet_gedrag" },
                   { "piet_trauma", "piet_gedrag" }, { "wil_zwijgt", "piet_gedrag" }, { "losse_hulp", "martijn_gebruik" } },
        zin = "Piet groeit op in een gezin waarin verslaving van generatie op generatie gaat, een vader die nooit hulp leerde vragen zijn gebruik ontkent en een oma zwijgt om de vrede te bewaren, en waarin hulp steeds één persoon tegelijk zag, terwijl Piet na de dood van zijn moeder vooral bang is ook zijn vader te verliezen.",
        intentie = "Martijn wil niet dat Piet hem vindt zoals hij zijn moeder vond; oma Wil wil haar zoon en kleinzoon bij zich houden; Piet wil bij zijn vader wonen en hem beschermen.",
        en = {
            zin = "Piet grows up in a family in which addiction passes from generation to generation, in which a father who never learned to ask for help denies his use and a grandmother keeps quiet to keep the peace, and in which help always saw one person at a time, while Piet, after his mother's death, is above all afraid of losing his father too.",
            intentie = "Martijn does not want Piet to find him the way he found his mother; grandmother Wil wants to keep her son and grandson with her; Piet wants to live with his father and protect him.",
        },
    },
    veiligheid = {
        score = 6,
        zes = "Er wordt niet gedronken of gebruikt als Piet thuis is en er is na tienen geen bezoek. Piet slaapt in een eigen kamer en slaapt door. Als Martijn terugvalt, belt hij zelf zijn behandelaar en gaat Piet naar opa Henk en oma Gerda. Piet vertelt in zijn gesprek zelf dat de nachten rustig zijn.",
        en = {
            zes = "There is no drinking or drug use when Piet is at home, and no visitors after ten. Piet has a room of his own and sleeps through the night. If Martijn relapses, he calls his therapist himself and Piet goes to grandfather Henk and grandmother Gerda. In his conversation Piet says himself that the nights are calm.",
        },
        oordelen = {
            { persoon = "piet", item = "ernstige_verwaarlozing", oordeel = "onveilig" },
            { persoon = "piet", item = "psychiatrie_verzorger", oordeel = "onveilig" },
        },
    },
    eindsituatie = {
        items = {
            { soort = "patroon_doorbreken", tekst = "Piet hoeft niet meer bang te zijn dat zijn vader niet wakker wordt; de verslaving gaat niet over op de volgende generatie", en = { tekst = "Piet no longer has to be afraid that his father will not wake up; the addiction is not passed on to the next generation" } },
            { soort = "veranderbaar", tekst = "Martijn stopt met gebruiken met hulp van de verslavingszorg en leert hulp vragen", en = { tekst = "Martijn stops using with the help of addiction care and learns to ask for help" } },
            { soort = "compenseren", tekst = "Oma Wil en Gerda en Henk blijven het vaste vangnet; Piet krijgt thuis traumabehandeling", en = { tekst = "Grandmother Wil, and Gerda and Henk, stay the steady safety net; Piet gets trauma treatment at home" } },
            { soort = "doel", tekst = "Binnen zes maanden een eigen woning voor Martijn en Piet, met een terugvalplan (Martijn, behandelaar, lokaal team)", en = { tekst = "Within six months a home of their own for Martijn and Piet, with a relapse plan (Martijn, therapist, local team)" } },
            { soort = "kracht", tekst = "De band tussen Piet en zijn vader; twee families die voor Piet willen zorgen", en = { tekst = "The bond between Piet and his father; two families who want to care for Piet" } },
        },
        beschrijving = "Piet woont met zijn vader in een eigen huis, tien minuten van oma Wil. Als Piet uit school komt, is Martijn thuis en nuchter. Piet slaapt door en gaat elke dag naar school. In het weekend is hij bij opa en oma Gerda. De buurman ziet geen bezoek meer ’s nachts en hoort Piet en zijn vader samen voetballen op het veldje.",
        en = {
            beschrijving = "Piet lives with his father in a home of their own, ten minutes from grandmother Wil. When Piet comes home from school, Martijn is at home and sober. Piet sleeps through the night and goes to school every day. At weekends he is with grandfather Henk and grandmother Gerda. The neighbour no longer sees visitors at night and hears Piet and his father playing football together on the field.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Criteria per bouwsteen
-- ---------------------------------------------------------------------------------------------

-- Directe veiligheid ---------------------------------------------------------------------------
criterium "pi_veiligheidsplan_eerst" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Bij het eerste huisbezoek zelf de veiligheid getaxeerd en met vader en oma een veiligheidsplan gemaakt, vóór woning of traumahulp.",
    onderbouwing = "‘Pas nadat de directe veiligheid als voldoende wordt beschouwd (met een veiligheidsplan) kan er worden gewerkt aan verandering’.",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je toetste zelf wat ‘mits het veilig is’ betekende en maakte een plan mét vader en oma. Alles wat daarna kwam, rustte daarop.",
    fout = "Bij het eerste huisbezoek kwam er geen veiligheidsplan. Piet sliep in een huis met gebruik; zolang niemand weet wat er ’s nachts gebeurt, is de directe veiligheid geen 6, en dan wachten woning en traumahulp.",
    en = {
        tekst = "At the first home visit assessed safety yourself and made a safety plan with father and grandmother, before housing or trauma help.",
        onderbouwing = "Only once immediate safety is considered sufficient (with a safety plan) can work on change begin.",
        goed = "You checked yourself what ‘provided it is safe’ meant and made a plan with father and grandmother. Everything that came later rested on it.",
        fout = "There was no safety plan at the first home visit. Piet slept in a house with drug use; as long as nobody knows what happens at night, immediate safety is not a 6, and housing and trauma help have to wait.",
    },
    check = { keuze = "veiligheidsplan_samen" },
}
criterium "pi_ondergrens" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Het veiligheidsplan op het bord heeft aanleiding, afspraken, een ondergrens en een plan voor als die wordt overschreden, en beschrijft de ‘6’.",
    onderbouwing = "Veiligheidsplan deel 1–3, beschrijf hoe de ‘6’ eruitziet; ‘Wat is het plan als de ondergrens wordt overschreden?’",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Je plan had een ondergrens en zei wat er gebeurt als die wordt overschreden. Zo weten vader en oma vooraf wat er gebeurt bij een terugval.",
    fout = "In het veiligheidsplan ontbreekt een deel: de aanleiding, afspraken, de ondergrens, het plan bij overschrijding of de ‘6’. Zonder afgesproken ondergrens wordt elke reactie op een terugval een verrassing voor vader.",
    en = {
        tekst = "The safety plan on the board has the occasion, agreements, a bottom line and a plan for when it is crossed, and describes the ‘6’.",
        onderbouwing = "Safety plan parts 1–3, describe what the ‘6’ looks like; ‘What is the plan if the bottom line is crossed?’",
        goed = "Your plan had a bottom line and said what happens if it is crossed. That way father and grandmother know in advance what happens at a relapse.",
        fout = "A part of the safety plan is missing: the occasion, agreements, the bottom line, the plan for when it is crossed, or the ‘6’. Without an agreed bottom line every response to a relapse comes as a surprise to father.",
    },
    check = { veiligheidsplan = { "aanleiding", "afspraken", "ondergrens", "plan_bij_overschrijding", "zes" } },
}
criterium "pi_terugval_plan_centraal" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Na de zaterdagnacht ging het veiligheidsplan voor: ondergrens uitgevoerd, opnieuw getaxeerd, woning even stil.",
    onderbouwing = "‘Zodra er (opnieuw) signalen zijn over de directe veiligheid wordt eerst het veiligheidsplan weer centraal gesteld’.",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je zette de planning stil en deed wat was afgesproken. Dat maakte je voorspelbaar voor Martijn, en veilig voor Piet.",
    fout = "Na de terugval ging het veiligheidsplan niet voor. Voor Piet was die nacht een herhaling van de dag dat hij zijn moeder vond; dan gaan woning en analyse even opzij.",
    en = {
        tekst = "After the Saturday night the safety plan came first: bottom line carried out, safety reassessed, housing on hold.",
        onderbouwing = "As soon as there are (new) signals about immediate safety, the safety plan is put at the centre again first.",
        goed = "You put the planning on hold and did what had been agreed. That made you predictable for Martijn, and safe for Piet.",
        fout = "After the relapse the safety plan did not come first. For Piet that night repeated the day he found his mother; then housing and analysis wait for a while.",
    },
    check = { keuze = "terugval_plan" },
}
criterium "pi_veiligheid_voor_patroon" {
    bouwsteen = "directe_veiligheid",
    tekst = "Pas aan het gezinspatroon gewerkt toen de directe veiligheid (weer) voldoende was en je die zelf had getaxeerd.",
    onderbouwing = "Zolang de directe veiligheid minstens een 6 is, neem je de tijd om het patroon te analyseren; ‘Het maken van de analyse vraagt om vertraging’.",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Eerst veiligheid, dan analyse: toen je aan het patroon begon, was de directe veiligheid voldoende en had je die zelf getaxeerd.",
    fout = "Je werkte aan het patroon terwijl de directe veiligheid onder de 6 stond, of zonder dat je die zelf had getaxeerd. De analyse vraagt rust, en die is er pas als Piet veilig genoeg is.",
    en = {
        tekst = "Worked on the family pattern only once immediate safety was sufficient (again) and you had assessed it yourself.",
        onderbouwing = "As long as immediate safety is at least a 6, you take the time to analyse the pattern; ‘making the analysis calls for slowing down’.",
        goed = "Safety first, then analysis: when you started on the pattern, immediate safety was sufficient and you had assessed it yourself.",
        fout = "You worked on the pattern while immediate safety was below a 6, or without having assessed it yourself. The analysis needs calm, and there is calm only once Piet is safe enough.",
    },
    check = { veiligheid_voor_patroon = true },
}

-- Gesprekken met kinderen -------------------------------------------------------------------------
criterium "pi_piet_gesproken" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Met Piet zelf gesproken.",
    onderbouwing = "Ga altijd met het kind in gesprek; ‘face-2-face contact met elk kind binnen gezin’.",
    bron = { "bouwsteen.gesprekken_kinderen", "bron.monitor" },
    goed = "Je sprak met Piet zelf. Dat was in alle eerdere hulp nooit gebeurd.",
    fout = "Piet is niet zelf gesproken. Alles wat je over hem wist, kwam van anderen, net als in 2021, toen de verslavingszorg van zijn moeder hem nooit zag.",
    en = {
        tekst = "Talked with Piet himself.",
        onderbouwing = "Always talk with the child; ‘face-to-face contact with every child in the family’.",
        goed = "You talked with Piet himself. That had never happened in any of the earlier help.",
        fout = "Piet was not spoken to himself. Everything you knew about him came from others, just as in 2021, when his mother's addiction care never saw him.",
    },
    check = { kinderen_gesproken = true },
}
criterium "pi_piet_eigen_gesprek" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Piet alleen gesproken, met toestemming van vader, passend bij zijn leeftijd (Drie Huizen), zonder loyaliteitsvragen.",
    onderbouwing = "Kies bewust of je met of zonder ouders praat; onder de 12 vraag je toestemming aan de ouder met gezag; let op de loyaliteit aan de ouders; werkvorm: de Drie Huizen.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je vroeg Martijn om toestemming, sprak Piet alleen, liet hem zelf beginnen en zei dat het niet zijn schuld was. Zo hoorde je wat er ’s nachts gebeurde.",
    fout = "Het gesprek met Piet was niet passend: met vader en oma aan tafel, of met vragen die hem lieten kiezen tussen zijn vader en zijn andere familie. Kinderen beschermen hun ouders; zeker een kind dat al een ouder verloor.",
    en = {
        tekst = "Talked with Piet alone, with father's consent, in a way that fits his age (Three Houses), without loyalty questions.",
        onderbouwing = "Choose consciously whether you talk with or without the parents; under 12 you ask consent from the parent with authority; mind the loyalty to the parents; method: the Three Houses.",
        goed = "You asked Martijn's consent, talked with Piet alone, let him start himself and said it was not his fault. That is how you heard what happened at night.",
        fout = "The conversation with Piet did not fit: with father and grandmother at the table, or with questions that made him choose between his father and his other family. Children protect their parents, certainly a child who has already lost one.",
    },
    check = { keuze = "piet_eigen_gesprek" },
}
criterium "pi_piet_niet_overgeslagen" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Het gesprek met Piet niet overgelaten aan een toekomstige traumabehandelaar.",
    onderbouwing = "Afwijken alleen met argumenten en vergewisplicht; ‘Noteer redenen om (nog) niet met ouders of jeugdige te spreken altijd in het dossier’.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je besprak vaders bezwaar in plaats van het over te nemen. Piet wilde zelf praten.",
    fout = "Je sloeg het gesprek met Piet over omdat vader dat vroeg. Een behandelaar die nog niet begonnen is, is geen vast gezicht; ondertussen hoorde niemand wat Piet ’s nachts meemaakte.",
    goed_niet_gekozen = "Je liet het gesprek met Piet niet over aan een behandelaar die er nog niet was.",
    en = {
        tekst = "Did not leave the conversation with Piet to a future trauma therapist.",
        onderbouwing = "Deviate only with arguments and the duty to make sure; ‘always record in the file the reasons for not (yet) talking with the parents or the young person’.",
        goed = "You discussed father's objection instead of adopting it. Piet wanted to talk himself.",
        goed_niet_gekozen = "You did not leave the conversation with Piet to a therapist who was not there yet.",
        fout = "You skipped the conversation with Piet because father asked you to. A therapist who has not started is no steady face; meanwhile nobody heard what Piet went through at night.",
    },
    check = { niet_keuze = "piet_niet_belasten" },
}
criterium "pi_piet_na_terugval" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Na de terugval Piet opnieuw gesproken, zonder hem als bron neer te zetten.",
    onderbouwing = "Praat meerdere keren met het kind zelf en betrek het bij besluiten, planning en monitoring; let op de loyaliteit aan de ouders.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je sprak Piet na de zaterdagnacht opnieuw en vertelde hem dat hij het goed deed door opa te bellen, zonder hem tegenover zijn vader te zetten.",
    fout = "Na de terugval sprak je Piet niet opnieuw, of zette je hem neer als degene die ‘verklapte’. Een kind dat hulp haalt, moet merken dat dat veilig is.",
    en = {
        tekst = "After the relapse talked with Piet again, without presenting him as the source.",
        onderbouwing = "Talk with the child itself several times and involve it in decisions, planning and monitoring; mind the loyalty to the parents.",
        goed = "You talked with Piet again after the Saturday night and told him he did well to call grandpa, without setting him against his father.",
        fout = "After the relapse you did not talk with Piet again, or you presented him as the one who ‘told’. A child who fetches help must find that this is safe.",
    },
    check = { keuze = "terugval_plan" },
}

-- Samenwerkingsprincipes ------------------------------------------------------------------------
criterium "pi_netwerkberaad" {
    bouwsteen = "samenwerkingsprincipes", gewicht = 2,
    tekst = "Een netwerkberaad met vader, beide families en de hulpverleners, voorbereid met vader, met afspraken in gewone woorden en het volgende beraad meteen gepland.",
    onderbouwing = "Netwerkberaad minstens eens per 13 weken; afspraken in de taal van het gezin; plan altijd meteen het volgende netwerkberaad.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Beide families zaten samen aan tafel, met Martijn als medeorganisator. Daardoor zag iedereen hetzelfde toen de afspraken niet hielden.",
    fout = "Er kwam geen netwerkberaad met het gezin. Losse gesprekken, een overleg zonder gezin of regelen achter vaders rug om maken van het netwerk twee kampen.",
    en = {
        tekst = "A network meeting with father, both families and the helpers, prepared with father, with agreements in plain words and the next meeting planned at once.",
        onderbouwing = "A network meeting at least once every 13 weeks; agreements in the family's language; always plan the next network meeting at once.",
        goed = "Both families sat at one table, with Martijn as co-organiser. That is why everyone saw the same when the agreements did not hold.",
        fout = "There was no network meeting with the family. Separate talks, a meeting without the family or arranging things behind father's back turn the network into two camps.",
    },
    check = { keuze = "netwerkberaad_samen" },
}
criterium "pi_een_plan" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "Geen plan per hulpverlener: iedereen werkt aan dezelfde haalbare eindsituatie.",
    onderbouwing = "Iedereen werkt naar dezelfde haalbare eindsituatie toe; spreek samen af wie wat doet.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Verslavingszorg, traumahulp en de woning kregen een plek in één plan.",
    fout = "Ieder kreeg zijn eigen plan. Dat is het hulpverleningspatroon van deze familie: hulp per persoon, niemand die het geheel ziet.",
    goed_niet_gekozen = "Je liet niet ieder zijn eigen plan maken.",
    en = {
        tekst = "No plan per helper: everyone works towards the same feasible end situation.",
        onderbouwing = "Everyone works towards the same feasible end situation; agree together who does what.",
        goed = "Addiction care, trauma help and the home got a place in one plan.",
        goed_niet_gekozen = "You did not let everyone make their own plan.",
        fout = "Everyone got their own plan. That is this family's help pattern: help per person, nobody who sees the whole.",
    },
    check = { niet_keuze = "plan_per_aanbieder" },
}
criterium "pi_niet_loslaten" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "Het gezin niet losgelaten zonder borging en overdracht: niet bij de OTS, niet bij de woning, niet bij het einde van 2a.",
    onderbouwing = "Er wordt aandacht besteed aan het borgen, en niemand sluit af zonder overdracht: ‘Een medewerker kan niet een gezin loslaten zonder overdracht’.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Je bleef het vaste gezicht, ook toen het beter ging of toen een ander de regie had.",
    fout = "Je sloot af zonder borging of overdracht. Positief afsluiten terwijl het patroon net is doorbroken, is de draaideur uit de oude dossiers.",
    en = {
        tekst = "Did not let go of the family without securing and a handover: not at the supervision order, not at the home, not at the end of 2a.",
        onderbouwing = "Attention is paid to securing, and nobody closes without a handover: ‘a worker cannot let go of a family without a handover’.",
        goed = "You stayed the steady face, also when things went better or when someone else was in charge.",
        goed_niet_gekozen = "You did not close without securing or a handover: not at the supervision order, not at the home, and not when the GI stopped.",
        fout = "You closed without securing or a handover. Closing positively while the pattern has only just been broken is the revolving door from the old case files.",
    },
    beoordeelbaar = { een_van = { { bezocht = "raad_onderzoek" }, { bezocht = "veranderplan" } } },
    goed_niet_gekozen = "Je sloot het gezin niet af zonder borging of overdracht: niet bij de OTS, niet bij de woning en niet toen de GI stopte.",
    check = { alle = { { niet_keuze = "alles_afsluiten" }, { niet_keuze = "gi_stopt_stil" }, { niet_keuze = "ots_overlaten" }, { niet_keuze = "woning_oplossing" } } },
}

-- Weging ----------------------------------------------------------------------------------------
criterium "pi_weging_mdo" {
    bouwsteen = "weging", gewicht = 2,
    tekst = "Toen het vastliep, gewogen in de casuïstiekbespreking met gedragswetenschapper, genogram en feiten.",
    onderbouwing = "Wegen bij verslaving van een ouder, bagatelliseren en vastlopen, in de casuïstiekbespreking met collega's en een GW'er; eerst voldoende feitelijke informatie, dan pas wegen.",
    bron = "bouwsteen.weging",
    goed = "Je woog samen, op feiten. Zo werd de stap naar de JBT een gedragen besluit in plaats van een noodgreep.",
    fout = "Er was geen weging in het team toen het vastliep. Juist bij verslaving, ontkenning en afspraken die niet houden vraagt de methode om samen te wegen.",
    en = {
        tekst = "When things got stuck, weighed in the case discussion with the behavioural scientist, genogram and facts.",
        onderbouwing = "Weigh at a parent's addiction, trivialising and getting stuck, in the case discussion with colleagues and a behavioural scientist; first enough factual information, only then weigh.",
        goed = "You weighed together, on facts. That made the step to the Youth Protection Table a shared decision instead of an emergency measure.",
        fout = "There was no weighing in the team when things got stuck. Precisely with addiction, denial and agreements that do not hold, the method asks you to weigh together.",
    },
    check = { een_van = { { keuze = "weging_mdo" }, { keuze = "weging_alsnog" } } },
}
criterium "pi_geen_vto_zonder_weging" {
    bouwsteen = "weging",
    tekst = "Niet zonder weging een verzoek tot onderzoek bij de Raad gedaan.",
    onderbouwing = "Maak altijd een gezamenlijke afweging bij het aanvragen van een kinderbeschermingsmaatregel; zie scenario 2 van de notitie.",
    bron = { "bouwsteen.samenwerkingsprincipes", "bouwsteen.weging", "bron.notitie" },
    goed = "Je koos niet voor het zwaarste middel zonder gezamenlijke afweging.",
    fout = "Je vroeg een raadsonderzoek aan zonder weging. In de bron is dit het begin van scenario 2: een OTS waarin vader alles afwees en Piet uiteindelijk in een gesloten groep belandde.",
    goed_niet_gekozen = "Je vroeg geen raadsonderzoek aan zonder gezamenlijke afweging.",
    en = {
        tekst = "Did not request a Board investigation without weighing.",
        onderbouwing = "Always weigh together before requesting a child protection measure; see scenario 2 of the memo.",
        goed = "You did not choose the heaviest means without weighing together.",
        goed_niet_gekozen = "You did not request a Board investigation without weighing together.",
        fout = "You requested a Board investigation without weighing. In the source this is the start of scenario 2: a supervision order in which father rejected everything and Piet ended up in a closed group.",
    },
    beoordeelbaar = { bezocht = "vastgelopen" },
    check = { alle = { { niet_keuze = "vto_direct" }, { niet_keuze = "vto_na_wachten" } } },
}
criterium "pi_niet_blijven_wachten" {
    bouwsteen = "weging",
    tekst = "Niet blijven wachten toen de afspraken niet hielden en vader bleef ontkennen.",
    onderbouwing = "Wegen tijdens de hulp zodra er ernstige signalen zijn, onder meer bij zorgmijding of het bagatelliseren van zorgen, en als de hulp alleen nog brandjes blust.",
    bron = "bouwsteen.weging",
    goed = "Je herkende dat je brandjes bleef blussen en maakte er een wegingsmoment van.",
    fout = "Je gaf het nog tijd terwijl de signalen er al waren. Zo blijft een kind maanden in een situatie waarvan iedereen weet dat de afspraken niet houden.",
    goed_niet_gekozen = "Je liet het niet op zijn beloop toen de afspraken niet hielden en vader bleef ontkennen.",
    en = {
        tekst = "Did not keep waiting when the agreements did not hold and father kept denying.",
        onderbouwing = "Weigh during the help as soon as there are serious signals, among them avoiding care or trivialising worries, and when the help only puts out fires.",
        goed = "You recognised that you kept putting out fires and made it a moment to weigh.",
        goed_niet_gekozen = "You did not let things drift when the agreements did not hold and father kept denying.",
        fout = "You gave it more time while the signals were already there. That keeps a child for months in a situation everyone knows the agreements do not hold in.",
    },
    check = { niet_keuze = "doormodderen" },
}

-- Samenwerking lokaal team en GI -------------------------------------------------------------------
criterium "pi_jbt_open" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "De JBT open ingezet: vader vooraf voorbereid, voorstel om het raadsonderzoek aan te houden met product 2a en de regie bij het lokaal team.",
    onderbouwing = "Product 2a kan ook na een JBT-besluit om het raadsonderzoek uit te stellen; het lokaal team houdt de regie.",
    bron = "bouwsteen.samenwerking_lt_gi",
    goed = "De JBT gaf druk, jij gaf een uitweg. Zo bleef vader erbij en kwam de GI-expertise binnen zonder dat de regie verschoof.",
    fout = "De JBT werd geen gezamenlijke stap: vader was niet voorbereid, of je gaf de regie weg. Zonder maatregel blijft de regie bij het lokaal team; de GI kan ondersteunen.",
    en = {
        tekst = "Used the Youth Protection Table openly: father prepared beforehand, a proposal to postpone the Board investigation with product 2a and the local team in charge.",
        onderbouwing = "Product 2a is possible also after a Table decision to postpone the Board investigation; the local team stays in charge.",
        goed = "The Table brought pressure, you brought a way out. That kept father involved and brought in the GI's expertise without shifting direction.",
        fout = "The Table did not become a joint step: father was not prepared, or you gave away direction. Without a measure the local team stays in charge; the GI can support.",
    },
    check = { keuze = "jbt_voorbereid" },
}
criterium "pi_2a_met_toestemming" {
    bouwsteen = "samenwerking_lt_gi",
    tekst = "Product 2a pas ingezet met echte toestemming van vader, niet als ‘voorwaarde’ opgelegd.",
    onderbouwing = "Product 2a alleen met toestemming van de ouders (en waar nodig van de jeugdige).",
    bron = "bouwsteen.samenwerking_lt_gi",
    goed = "Martijn stemde zelf in, na uitleg. De jeugdbeschermer kwam binnen als iemand die hij had gekozen.",
    fout = "De jeugdbeschermer kwam binnen zonder echte instemming van vader. Product 2a is vrijwillig; druk of een algemeen formulier maakt er een maatregel zonder rechter van.",
    en = {
        tekst = "Product 2a only with father's real consent, not imposed as a ‘condition’.",
        onderbouwing = "Product 2a only with the consent of the parents (and where needed of the young person).",
        goed = "Martijn agreed himself, after an explanation. The youth protector came in as someone he had chosen.",
        fout = "The youth protector came in without father's real consent. Product 2a is voluntary; pressure or a general form turns it into a measure without a judge.",
    },
    check = { keuze = "herstel_en_toestemming" },
}
criterium "pi_borging_voor_einde_gi" {
    bouwsteen = "samenwerking_lt_gi", gewicht = 2,
    tekst = "Veiligheidsafspraken en terugvalsignalen vastgelegd vóórdat de inzet van de GI stopte.",
    onderbouwing = "‘Er zijn afspraken gemaakt over de borging van de veiligheid van het kind, voordat de inzet van GI-professionals is afgesloten’.",
    bron = "bron.monitor",
    goed = "De GI stopte pas toen de borging rond was, en het lokaal team bleef het vaste gezicht.",
    fout = "De GI-inzet stopte zonder vastgelegde borging. Het eerste jaar in een eigen huis is het kwetsbaarst; juist dan verdwijnt de expertise.",
    en = {
        tekst = "Safety agreements and relapse signals recorded before the GI's involvement stopped.",
        onderbouwing = "Agreements have been made about securing the child's safety before the involvement of GI professionals is closed.",
        goed = "The GI stopped only once securing was in place, and the local team stayed the steady face.",
        fout = "The GI involvement stopped without recorded securing. The first year in a home of their own is the most fragile; that is exactly when the expertise disappears.",
    },
    check = { keuze = "afronding_borging" },
}

-- Privacy ---------------------------------------------------------------------------------------
criterium "pi_open_contact" {
    bouwsteen = "privacy",
    tekst = "Vanaf het eerste contact open tegen vader over wat Veilig Thuis overdroeg en waarom je komt.",
    onderbouwing = "Bespreek het altijd met het gezin: leg uit wat je wilt en waarom.",
    bron = "bouwsteen.privacy",
    goed = "Je zei meteen dat je ook naar de veiligheid kijkt. Daardoor was niets wat later kwam een verrassing.",
    fout = "Het eerste contact was niet open over de overdracht en je bedoeling, of je haalde eerst informatie op achter vaders rug.",
    en = {
        tekst = "From the first contact open with father about what Veilig Thuis handed over and why you are coming.",
        onderbouwing = "Always discuss it with the family: explain what you want and why.",
        goed = "You said at once that you would also look at safety. That is why nothing that came later was a surprise.",
        fout = "The first contact was not open about the handover and your purpose, or you first collected information behind father's back.",
    },
    check = { keuze = "aanmelding_open" },
}
criterium "pi_geen_stille_info" {
    bouwsteen = "privacy", gewicht = 2,
    tekst = "Geen informatie gedeeld of opgevraagd zonder dat vader het wist: niet bij de start, niet aan de JBT, niet bij de terugval.",
    onderbouwing = "Zonder toestemming alleen het noodzakelijke, en je informeert het gezin; leg je keuzes en afwegingen vast; ‘Informeer de belanghebbenden over wat je gaat doen en waarom’.",
    bron = "bouwsteen.privacy",
    goed = "Alles wat je deelde of opvroeg, wist Martijn. Ook onder druk bleef je transparant.",
    fout = "Je deelde of vroeg informatie op achter de rug van vader. Ook als het zonder toestemming mag, informeer je het gezin en leg je je afweging vast; anders raadt vader wie er ‘verklapte’, en dat is Piet.",
    en = {
        tekst = "No information shared or requested without father knowing: not at the start, not with the Table, not after the relapse.",
        onderbouwing = "Without consent only what is necessary, and you inform the family; record your choices and considerations; ‘inform those concerned about what you are going to do and why’.",
        goed = "Martijn knew everything you shared or requested. Even under pressure you stayed transparent.",
        goed_niet_gekozen = "You requested nothing and shared nothing behind father's back: not at the start, not with the Table, not after the relapse.",
        fout = "You shared or requested information behind father's back. Even where it is allowed without consent, you inform the family and record your consideration; otherwise father guesses who ‘told’, and that is Piet.",
    },
    beoordeelbaar = { bezocht = "huisbezoek" },
    goed_niet_gekozen = "Je vroeg niets op en deelde niets achter vaders rug: niet bij de start, niet aan de JBT, niet na de terugval.",
    check = { alle = { { niet_keuze = "stil_opvragen" }, { niet_keuze = "jbt_dossier_stil" }, { niet_keuze = "terugval_raad_stil" } } },
}
criterium "pi_toestemming_gericht" {
    bouwsteen = "privacy",
    tekst = "Toestemming voor de jeugdbeschermer gericht gevraagd: uitleg, wat met wie gedeeld wordt, vastgelegd, intrekbaar.",
    onderbouwing = "Mondelinge toestemming volstaat als je die vastlegt; vraag bij elke nieuwe deling opnieuw; het gezin mag de toestemming intrekken; ‘Er moet bij elke nieuwe gegevens-deling opnieuw toestemming worden gevraagd’.",
    bron = "bouwsteen.privacy",
    goed = "Martijn wist waarmee hij instemde, en dat hij het kon intrekken.",
    fout = "De toestemming was niet gericht: een algemeen formulier, of helemaal niet gevraagd.",
    en = {
        tekst = "Consent for the youth protector asked specifically: explained, what is shared with whom, recorded, revocable.",
        onderbouwing = "Verbal consent is enough if you record it; ask again for each new sharing; the family may withdraw consent; ‘consent must be asked again for each new sharing of data’.",
        goed = "Martijn knew what he agreed to, and that he could withdraw it.",
        fout = "The consent was not specific: a general form, or not asked at all.",
    },
    check = { keuze = "herstel_en_toestemming" },
}

-- Inhoudelijke beslissingen -----------------------------------------------------------------------
criterium "pi_besluit_bij_regievoerder" {
    bouwsteen = "inhoudelijke_beslissingen", gewicht = 2,
    tekst = "Met de jeugdbeschermer afgesproken dat besluiten in het team van de regievoerder vallen, met de gedragswetenschapper.",
    onderbouwing = "Spreek af waar het gezin besproken wordt (in het team van de regievoerder); betrek de GW'er bij de belangrijke (kern)besluiten.",
    bron = "bouwsteen.inhoudelijke_beslissingen",
    goed = "Jullie spraken af waar besloten wordt. Zo kwamen twee teams niet tot twee conclusies over Piet.",
    fout = "Het bleef onduidelijk waar besluiten vallen, of je gaf ze weg aan het team van de GI. Dan beslissen twee teams over hetzelfde kind.",
    en = {
        tekst = "Agreed with the youth protector that decisions are taken in the lead worker's team, with the behavioural scientist.",
        onderbouwing = "Agree where the family is discussed (in the lead worker's team); involve the behavioural scientist in the important (key) decisions.",
        goed = "You agreed where decisions are taken. That kept two teams from reaching two conclusions about Piet.",
        fout = "It stayed unclear where decisions are taken, or you gave them away to the GI's team. Then two teams decide about the same child.",
    },
    check = { keuze = "barriere_gesprek" },
}
criterium "pi_jbt_besluit_daar" {
    bouwsteen = "inhoudelijke_beslissingen",
    tekst = "Het JBT-besluit niet eigenhandig veranderd of uitgehold: geen belofte dat de Raad niet komt, en na de terugval terug naar de tafel die besliste.",
    onderbouwing = "Een besluit kan alleen worden gewijzigd met dezelfde kernpersonen die het namen; een besluit kan alleen worden gewijzigd waar het genomen is.",
    bron = { "bouwsteen.inhoudelijke_beslissingen", "bouwsteen.samenwerkingsprincipes" },
    goed = "Het JBT-besluit bleef waar het hoorde: je beloofde niets wat het uitholde, en na de terugval meldde je het terug aan de tafel, zoals afgesproken.",
    fout = "Het JBT-besluit werd buiten de tafel om veranderd of uitgehold: met een belofte dat de Raad niet komt, of doordat na de overschreden ondergrens iemand anders besliste dan de tafel (jij alleen, jullie tweeën, de Raad op jouw verzoek, of niemand tot de evaluatie).",
    en = {
        tekst = "Did not change or hollow out the Table's decision on your own: no promise that the Board will not come, and after the relapse back to the table that decided.",
        onderbouwing = "A decision can only be changed with the same key people who made it; a decision can only be changed where it was made.",
        goed = "The Table's decision stayed where it belonged: you promised nothing that hollowed it out, and after the relapse you reported back to the table, as agreed.",
        fout = "The Table's decision was changed or hollowed out outside the table: with a promise that the Board will not come, or because after the crossed bottom line someone other than the table decided (you alone, you two, the Board at your request, or nobody until the evaluation).",
    },
    check = { alle = { { keuze = "besluit_gw_jbt" }, { niet_keuze = "belofte_geen_raad" } } },
}
criterium "pi_gw_bij_signaal" {
    bouwsteen = "inhoudelijke_beslissingen",
    tekst = "Het besluit na de terugval dezelfde dag met de gedragswetenschapper genomen en teruggemeld aan de JBT.",
    onderbouwing = "Betrek de GW'er (en het kernteam) bij inhoudelijke beslissingen; opnieuw wegen bij ernstige signalen.",
    bron = { "bouwsteen.inhoudelijke_beslissingen", "bouwsteen.weging" },
    goed = "Je nam het kernbesluit niet alleen: de gedragswetenschapper woog mee, en de JBT hoorde het.",
    fout = "Het besluit na de terugval werd niet met de gedragswetenschapper genomen of niet teruggelegd waar het hoorde.",
    en = {
        tekst = "The decision after the relapse taken the same day with the behavioural scientist and reported back to the Table.",
        onderbouwing = "Involve the behavioural scientist (and the core team) in decisions on content; weigh again at serious signals.",
        goed = "You did not take the key decision alone: the behavioural scientist weighed it with you, and the Table heard it.",
        fout = "The decision after the relapse was not taken with the behavioural scientist, or not taken back where it belonged.",
    },
    check = { keuze = "besluit_gw_jbt" },
}

-- Feedback en barrières -------------------------------------------------------------------------
criterium "pi_barriere_stappen" {
    bouwsteen = "feedback_barrieres", gewicht = 2,
    tekst = "De botsing met de jeugdbeschermer eerst zelf geanalyseerd en dan nieuwsgierig besproken, voordat iemand opschaalde.",
    onderbouwing = "Vier stappen (zelf analyseren, gesprek, teamleider/GW'er, management); blijvende verschillen in focus (kind, gezin of ouders).",
    bron = "bouwsteen.feedback_barrieres",
    goed = "Je herkende het verschil in focus als barrière, keek naar je eigen aandeel en voerde het gesprek. Jullie hadden allebei gelijk.",
    fout = "De barrière werd niet besproken: je schaalde meteen op, gaf toe of negeerde de mail. Zo blijft het verschil in focus tussen kind en gezin bestaan, en krijgt vader twee boodschappen.",
    en = {
        tekst = "Analysed the clash with the youth protector yourself first and then discussed it with curiosity, before anyone escalated.",
        onderbouwing = "Four steps (analyse yourself, conversation, team leader/behavioural scientist, management); lasting differences in focus (child, family or parents).",
        goed = "You recognised the difference in focus as a barrier, looked at your own part and had the conversation. You were both right.",
        fout = "The barrier was not discussed: you escalated at once, gave in or ignored the email. That keeps the difference in focus between child and family, and father gets two messages.",
    },
    check = { keuze = "barriere_gesprek" },
}
criterium "pi_niet_opschalen_per_mail" {
    bouwsteen = "feedback_barrieres",
    tekst = "Niet per mail met cc opgeschaald zonder eerst het gesprek te voeren.",
    onderbouwing = "Gouden regels van feedback: een-op-een, face-to-face, verifieer; stappen overslaan alleen als de directe veiligheid in het geding is.",
    bron = "bouwsteen.feedback_barrieres",
    goed = "Je koos voor een gesprek in plaats van een mail met cc.",
    fout = "Je schaalde per mail op. Dat is stap 3 zonder stap 1 en 2, en het tegendeel van één op één en face-to-face.",
    goed_niet_gekozen = "Je schaalde niet per mail met cc op.",
    en = {
        tekst = "Did not escalate by email with copies without first having the conversation.",
        onderbouwing = "Golden rules of feedback: one to one, face to face, verify; skip steps only when immediate safety is at stake.",
        goed = "You chose a conversation instead of an email with copies.",
        goed_niet_gekozen = "You did not escalate by email with copies.",
        fout = "You escalated by email. That is step 3 without steps 1 and 2, and the opposite of one to one and face to face.",
    },
    check = { niet_keuze = "barriere_mail_tl" },
}

-- Tijdlijn --------------------------------------------------------------------------------------
criterium "pi_tijdlijn_met_gezin" {
    bouwsteen = "tijdlijn", gewicht = 2,
    tekst = "De tijdlijn samen met vader en oma gemaakt, met hun eigen kijk erbij.",
    onderbouwing = "‘Hoe maak je de tijdslijn met het gezin?’ en ruimte ‘waar de visie van het gezin beschreven wordt’.",
    bron = { "bouwsteen.tijdlijn", "bron.onderzoek" },
    goed = "De tijdlijn werd van het gezin zelf; zo kwam Martijns eigen jeugd op tafel.",
    fout = "De tijdlijn is zonder het gezin gemaakt of overgeslagen. Je mist wat niet in dossiers staat, en vader blijft degene over wie geschreven wordt.",
    en = {
        tekst = "Made the timeline together with father and grandmother, with their own view added.",
        onderbouwing = "‘How do you make the timeline with the family?’ and room ‘where the family's view is described’.",
        goed = "The timeline became the family's own; that is how Martijn's own childhood came up.",
        fout = "The timeline was made without the family or skipped. You miss what is not in the files, and father stays the one who is written about.",
    },
    check = { alle = { { keuze = "analyse_met_gezin" }, { tijdlijn_velden = { "visie_gezin" } } } },
}
criterium "pi_hulp_met_resultaat" {
    bouwsteen = "tijdlijn",
    tekst = "Alle eerdere hulp staat op de tijdlijn: de detox van vader, de verslavingszorg van moeder, het schoolmaatschappelijk werk, de huidige verslavingszorg.",
    onderbouwing = "Hulpgeschiedenis met per traject datum, instantie en resultaat; ‘Geen of beperkte tijdslijn van eerder ingezette hulpverlening’.",
    bron = "bouwsteen.tijdlijn",
    goed = "De hulpgeschiedenis is compleet. Zo zie je dat de hulp steeds één persoon tegelijk zag, en Piet nooit.",
    fout = "Er ontbreekt eerdere hulp op de tijdlijn. Juist die laat zien waarom de verslaving steeds terugkwam zonder dat iemand naar Piet keek.",
    en = {
        tekst = "All earlier help is on the timeline: father's detox, mother's addiction care, the school social work, the current addiction care.",
        onderbouwing = "Help history with date, agency and result per trajectory; ‘no or a limited timeline of earlier help’.",
        goed = "The help history is complete. It shows that the help always saw one person at a time, and never Piet.",
        fout = "Earlier help is missing from the timeline. That help shows why the addiction kept coming back without anyone looking at Piet.",
    },
    check = { op_tijdlijn = { "f_hulp_detox", "f_hulp_verslaving_moeder", "f_hulp_schoolmw", "f_hulp_verslaving_vader" } },
}
criterium "pi_aanleiding" {
    bouwsteen = "tijdlijn",
    tekst = "De aanleiding is gemarkeerd: eerste (melding 2022), laatste (de zaterdagnacht) en ergste (de dood van moeder).",
    onderbouwing = "De aanleiding is de eerste, de laatste en de ergste gebeurtenis.",
    bron = { "bouwsteen.tijdlijn", "regels.aanleiding" },
    goed = "Eerste, laatste en ergste staan gemarkeerd: de melding die niets opleverde, de nacht die erop leek, en de dag zelf.",
    fout = "De aanleiding is niet (goed) gemarkeerd. Vraag je af: wanneer was er het eerste signaal, wat gebeurde het laatst, wat was het ergst?",
    en = {
        tekst = "The occasion is marked: first (the 2022 report), latest (the Saturday night) and worst (his mother's death).",
        onderbouwing = "The occasion is the first, the latest and the worst event.",
        goed = "First, latest and worst are marked: the report that led nowhere, the night that resembled it, and the day itself.",
        fout = "The occasion is not (correctly) marked. Ask yourself: when was the first signal, what happened most recently, what was worst?",
    },
    check = { aanleiding = { eerste = "f_melding_vt_2022", laatste = "f_terugval", ergste = "f_overlijden" } },
}
criterium "pi_hulpvragen" {
    bouwsteen = "tijdlijn",
    tekst = "De directe hulpvraag (een huis) en de onderliggende hulpvraag staan allebei op de tijdlijn.",
    onderbouwing = "Onderscheid de eigen (directe) hulpvraag van het gezin en de achterliggende hulpvraag, en schrijf beide op.",
    bron = "bouwsteen.tijdlijn",
    goed = "Je schreef beide op: de vraag van vader zelf, en wat daaronder ligt.",
    fout = "Een van de hulpvragen ontbreekt. Wie alleen de directe vraag (een huis) ziet, regelt een woning en mist de verslaving; wie alleen de onderliggende ziet, mist waar vader zelf naartoe wil.",
    en = {
        tekst = "The direct request (a home) and the underlying request are both on the timeline.",
        onderbouwing = "Distinguish the family's own (direct) request for help from the underlying request, and write both down.",
        goed = "You wrote both down: father's own request, and what lies beneath it.",
        fout = "One of the requests is missing. Whoever sees only the direct request (a home) arranges a house and misses the addiction; whoever sees only the underlying one misses where father himself wants to go.",
    },
    check = { tijdlijn_velden = { "hulpvraag_direct", "hulpvraag_onderliggend" } },
}

-- Gezinspatroon ---------------------------------------------------------------------------------
criterium "pi_patroon_met_gezin" {
    bouwsteen = "gezinspatroon", gewicht = 2,
    tekst = "Het patroon visueel en samen met vader en oma gemaakt, met de zin en hun nobele intenties.",
    onderbouwing = "‘Deze kinderen groeien op in een gezin …’ met de nobele intentie; visueel op flappen ‘helpt in de bewustwording van gezinnen’.",
    bron = { "bouwsteen.gezinspatroon", "bron.onderzoek" },
    goed = "Martijn zag het patroon zelf: ‘Ik heb nooit geleerd om hulp te vragen.’ Dat inzicht geeft geen rapport.",
    fout = "Het patroon is niet samen met het gezin gemaakt, of teruggebracht tot één oorzaak. Een patroon dat vader niet zelf herkent, verandert zijn gedrag niet.",
    en = {
        tekst = "Made the pattern visually and together with father and grandmother, with the sentence and their noble intentions.",
        onderbouwing = "‘These children grow up in a family …’ with the noble intention; visually on flip charts ‘helps families become aware’.",
        goed = "Martijn saw the pattern himself: ‘I never learned to ask for help.’ No report gives that insight.",
        fout = "The pattern was not made together with the family, or was reduced to one cause. A pattern father does not recognise himself does not change his behaviour.",
    },
    check = { alle = { { keuze = "analyse_met_gezin" }, { patroon_zin = true } } },
}
criterium "pi_factor_trauma_piet" {
    bouwsteen = "gezinspatroon",
    tekst = "Piets trauma (zijn moeder vinden) staat als ontwikkelingsfactor in het patroon, onderbouwd met het feit.",
    onderbouwing = "Ontwikkeling kind (PTSS, hechting) verklaart gedrag kind; elke interpretatie met feiten uit de tijdlijn.",
    bron = "bouwsteen.gezinspatroon",
    goed = "Piets trauma staat als ontwikkelingsfactor in het patroon, met het feit erbij: zo wordt zijn gedrag verklaarbaar vanuit wat hij meemaakte.",
    fout = "Piets trauma ontbreekt als factor, of zonder feit. Dan lijkt zijn gedrag op school ‘lastig’ in plaats van verklaarbaar.",
    en = {
        tekst = "Piet's trauma (finding his mother) is a development factor in the pattern, backed by the fact.",
        onderbouwing = "The child's development (PTSD, attachment) explains the child's behaviour; every interpretation with facts from the timeline.",
        goed = "Piet's trauma is a development factor in the pattern, with the fact attached: that makes his behaviour explicable from what he went through.",
        fout = "Piet's trauma is missing as a factor, or has no fact. Then his behaviour at school looks ‘difficult’ instead of explicable.",
    },
    check = { factor = { gebied = "ontwikkeling_kind", feit = "f_overlijden" } },
}
criterium "pi_pijl_ouder_kind" {
    bouwsteen = "gezinspatroon",
    tekst = "Het patroon laat zien hoe het gebruik van vader het gedrag van Piet beïnvloedt.",
    onderbouwing = "De invloed van het gedrag van de ouders op de kinderen (CAF/GIZ-driehoek).",
    bron = "bouwsteen.gezinspatroon",
    goed = "De pijl van het gedrag van een ouder naar dat van Piet maakt de samenhang zichtbaar: Piets gedrag is ook een antwoord op wat er thuis gebeurt.",
    fout = "Er loopt geen pijl van het gedrag van een ouder naar het gedrag van Piet.",
    en = {
        tekst = "The pattern shows how father's use affects Piet's behaviour.",
        onderbouwing = "The influence of the parents' behaviour on the children (the CAF/GIZ triangle).",
        goed = "The arrow from a parent's behaviour to Piet's makes the connection visible: Piet's behaviour is also an answer to what happens at home.",
        fout = "There is no arrow from a parent's behaviour to Piet's behaviour.",
    },
    check = { pijl = { van = "gedrag_ouder", naar = "gedrag_kind" } },
}
criterium "pi_hulppatroon" {
    bouwsteen = "gezinspatroon",
    tekst = "De rol van de eerdere hulp staat in het patroon: hulp aan één persoon tegelijk, Piet nooit gezien.",
    onderbouwing = "De invloed van de hulp op het terugkerende patroon (hulpverleningspatroon); het probleem is niet doorbroken, met kans op overdracht naar de volgende generatie.",
    bron = { "bouwsteen.gezinspatroon", "pijlers", "hulppatroon" },
    goed = "Je benoemde de rol van de hulp zelf, onderbouwd met de verslavingszorg van moeder die Piet nooit zag.",
    fout = "Het hulpverleningspatroon ontbreekt of is niet onderbouwd. Zonder die factor lijkt het alsof deze familie ‘niet te helpen’ is.",
    en = {
        tekst = "The role of earlier help is in the pattern: help to one person at a time, Piet never seen.",
        onderbouwing = "The influence of the help on the recurring pattern (help pattern); the problem has not been broken, with a risk of passing to the next generation.",
        goed = "You named the role of the help itself, backed by mother's addiction care that never saw Piet.",
        fout = "The help pattern is missing or not backed by a fact. Without that factor it looks as if this family ‘cannot be helped’.",
    },
    check = { factor = { gebied = "hulpverleningspatroon", feit = "f_hulp_verslaving_moeder" } },
}

-- Stabiele veiligheid -----------------------------------------------------------------------------
criterium "pi_veranderbaar_compenseren" {
    bouwsteen = "stabiele_veiligheid", gewicht = 2,
    tekst = "Het veranderplan onderscheidt wat veranderbaar is (vaders gebruik) en wat blijvend gecompenseerd moet worden (vangnet, traumahulp).",
    onderbouwing = "Wat is veranderbaar, en wat moet (blijvend) gecompenseerd worden, en hoe?",
    bron = "bouwsteen.stabiele_veiligheid",
    goed = "Veranderbaar en te compenseren staan los van elkaar. Niet alles is te leren; wat niet verandert, moet blijvend worden opgevangen.",
    fout = "Het onderscheid tussen veranderbaar en te compenseren ontbreekt. Zonder vast vangnet staat Piet er bij de volgende terugval alleen voor.",
    en = {
        tekst = "The change plan separates what can change (father's use) from what must be lastingly compensated (safety net, trauma help).",
        onderbouwing = "What can change, and what must be (lastingly) compensated, and how?",
        goed = "Changeable and to-be-compensated are kept apart. Not everything can be learned; what does not change must be lastingly compensated.",
        fout = "The distinction between changeable and to-be-compensated is missing. Without a fixed safety net Piet is on his own at the next relapse.",
    },
    check = { eind = { "veranderbaar", "compenseren" } },
}
criterium "pi_woning_in_plan" {
    bouwsteen = "stabiele_veiligheid",
    tekst = "De woning kwam pas als de veiligheid stabiel was, als onderdeel van het plan, niet als oplossing op zich.",
    onderbouwing = "Welke patronen moeten doorbroken worden, wat is de haalbare eindsituatie en op welke termijn?; de directe tegenover de onderliggende hulpvraag.",
    bron = { "bouwsteen.stabiele_veiligheid", "bouwsteen.gezinspatroon" },
    goed = "Het huis kwam er, op het goede moment en met een terugvalplan. Zo werd de directe vraag van vader een stap in het veranderplan.",
    fout = "De woning werd de oplossing: te vroeg (vóór de veiligheid) of als reden om af te sluiten. Een huis breekt het patroon niet.",
    en = {
        tekst = "The home came only once safety was stable, as part of the plan, not as a solution in itself.",
        onderbouwing = "Which patterns must be broken, what is the feasible end situation and within what time?; the direct versus the underlying request for help.",
        goed = "The home came, at the right moment and with a relapse plan. That made father's direct request a step in the change plan.",
        goed_niet_gekozen = "The home did not come before safety, and was not the reason to close.",
        fout = "The home became the solution: too early (before safety) or as a reason to close. A house does not break the pattern.",
    },
    beoordeelbaar = { een_van = { { keuze = "woning_regelen" }, { bezocht = "veranderplan" } } },
    goed_niet_gekozen = "De woning kwam niet vóór de veiligheid, en was niet de reden om af te sluiten.",
    check = { alle = { { niet_keuze = "woning_regelen" }, { niet_keuze = "woning_oplossing" } } },
}
criterium "pi_trauma_thuis" {
    bouwsteen = "stabiele_veiligheid",
    tekst = "Traumahulp voor Piet thuis, in het plan met vader, in plaats van een residentiële behandeling los van zijn gezin.",
    onderbouwing = "De twee toekomsten van de notitie: in de ene krijgt Piet thuis steun bij het verwerken van zijn trauma; in de andere ligt de focus op het kind, met minder aandacht voor de problemen van vader.",
    bron = "bron.notitie",
    goed = "Piet kreeg traumahulp waar hij zich veilig voelt, met zijn vader erbij.",
    fout = "Je koos voor behandeling van Piet los van zijn gezin. Zo verschuift de hulp naar het kind en raakt de vader buiten beeld, de route van scenario 2.",
    en = {
        tekst = "Trauma help for Piet at home, in the plan with father, instead of residential treatment apart from his family.",
        onderbouwing = "The two futures of the memo: in one Piet gets support at home in processing his trauma; in the other the focus is on the child, with less attention for father's problems.",
        goed = "Piet got trauma help where he feels safe, with his father involved.",
        fout = "You chose treatment of Piet apart from his family. That shifts the help to the child and takes father out of view, the route of scenario 2.",
    },
    check = { keuze = "veranderplan_netwerk" },
}

-- Van patroon naar haalbare eindsituatie -----------------------------------------------------------
criterium "pi_eind_taal_gezin" {
    bouwsteen = "haalbare_eindsituatie", gewicht = 2,
    tekst = "De eindsituatie staat in de woorden van het gezin, met waar Piet opgroeit en ‘hoe de buurman het kan zien’.",
    onderbouwing = "In de taal van het gezin, zo dat ook de buurman het kan zien; waar en bij wie groeien de kinderen op.",
    bron = "bouwsteen.haalbare_eindsituatie",
    goed = "Je beschreef in gewone woorden waar Piet opgroeit, en wat een buitenstaander ervan kan zien.",
    fout = "De eindsituatie staat niet in de taal van het gezin, of zegt niet waar Piet opgroeit en hoe een buitenstaander het ziet.",
    en = {
        tekst = "The end situation is in the family's words, with where Piet grows up and ‘how the neighbour can see it’.",
        onderbouwing = "In the family's language, so that the neighbour can see it too; where and with whom do the children grow up.",
        goed = "You described in plain words where Piet grows up, and what an outsider can see of it.",
        fout = "The end situation is not in the family's language, or does not say where Piet grows up and how an outsider sees it.",
    },
    check = { eind_velden = { "waar_opgroeien", "taal_gezin", "buurman" } },
}
criterium "pi_eind_doel_kracht" {
    bouwsteen = "haalbare_eindsituatie",
    tekst = "De eindsituatie noemt het patroon dat doorbroken wordt, een concreet doel en de krachten van beide families.",
    onderbouwing = "Welke doelen voor verandering? Welke krachten zijn er in gezin en netwerk? Welke patronen moeten worden doorbroken?",
    bron = { "bouwsteen.haalbare_eindsituatie", "bouwsteen.stabiele_veiligheid" },
    goed = "Het patroon, een doel en de krachten staan erin; zo kan het netwerkberaad de voortgang volgen.",
    fout = "Het te doorbreken patroon, een concreet doel of de krachten ontbreken. Zonder doel is er geen ‘thermostaat’.",
    en = {
        tekst = "The end situation names the pattern to be broken, a concrete goal and the strengths of both families.",
        onderbouwing = "Which goals for change? Which strengths are there in the family and network? Which patterns must be broken?",
        goed = "The pattern, a goal and the strengths are in it; that lets the network meeting follow progress.",
        fout = "The pattern to be broken, a concrete goal or the strengths are missing. Without a goal there is no ‘thermostat’.",
    },
    check = { eind = { "patroon_doorbreken", "doel", "kracht" } },
}
criterium "pi_eind_samen" {
    bouwsteen = "haalbare_eindsituatie",
    tekst = "De haalbare eindsituatie samen met vader, Piet en het netwerk beschreven in een netwerkberaad.",
    onderbouwing = "Hoe betrek je de ouders en hun eigen beeld van wat haalbaar is; wie betrek je, wie moet je overtuigen?",
    bron = "bouwsteen.haalbare_eindsituatie",
    goed = "Martijn zei zelf wat goed genoeg is, en Piet had een eigen deel.",
    fout = "De eindsituatie is niet samen met het gezin en het netwerk bepaald. Wat ‘goed genoeg’ is, bepaal je niet over een gezin heen.",
    en = {
        tekst = "Described the feasible end situation together with father, Piet and the network in a network meeting.",
        onderbouwing = "How do you involve the parents and their own view of what is feasible; whom do you involve, whom must you convince?",
        goed = "Martijn said himself what is good enough, and Piet had a part of his own.",
        fout = "The end situation was not set together with the family and the network. What is ‘good enough’ is not decided over a family's head.",
    },
    check = { keuze = "veranderplan_netwerk" },
}

-- Reflectie -------------------------------------------------------------------------------------
criterium "pi_reflectie_druk" {
    bouwsteen = "reflectie",
    tekst = "Een reflectie op je eigen handelen geschreven (minstens 40 woorden, met een dimensie en een niveau), zoals bij het reflectiemoment na de JBT.",
    onderbouwing = "Niveaus ‘Doe ik het goed? … Doe ik het om de goede reden?’; vormen: supervisie, intervisie, collegiale consultatie.",
    bron = "bouwsteen.reflectie",
    goed = "Je schreef een reflectie van enige inhoud op je eigen handelen. Zo neem je de vraag of de druk nodig was, en of je het om de goede reden deed, mee naar de volgende keer.",
    fout = "Er is geen geschreven reflectie van minstens 40 woorden met een dimensie en een niveau. Een keuze die zegt dat je gaat reflecteren is nog geen reflectie; juist na de druk van de JBT helpt het om op te schrijven wat die met vader en met jou deed.",
    en = {
        tekst = "Wrote a reflection on your own actions (at least 40 words, with a dimension and a level), as at the reflection moment after the Table.",
        onderbouwing = "Levels ‘Am I doing it well? … Am I doing it for the right reason?’; forms: supervision, peer review, collegial consultation.",
        goed = "You wrote a reflection of some substance on your own actions. That way you take the question whether the pressure was needed, and whether you did it for the right reason, into the next time.",
        fout = "There is no written reflection of at least 40 words with a dimension and a level. A choice that says you will reflect is not yet a reflection; precisely after the pressure of the Table it helps to write down what it did to father and to you.",
    },
    beoordeelbaar = { bezocht = "na_jbt" },
    check = { reflectie_geschreven = { min_woorden = 40 } },
}
criterium "pi_reflectie_met_gezin" {
    bouwsteen = "reflectie",
    tekst = "Bij de afronding met vader, oma en Piet besproken wat hielp en wat niet, en een reflectie met het gezin geschreven.",
    onderbouwing = "Neemt de kwaliteit van de hulp toe, zoals ouders en kinderen die ervaren?; reflectie ook ‘met het gezin’.",
    bron = { "bouwsteen.reflectie", "bron.onderzoek" },
    goed = "Je vroeg het gezin zelf wat hielp, en schreef een reflectie met het gezin. Hun antwoorden zijn de beste spiegel voor je werk.",
    fout = "Je rondde af zonder het gezin te vragen wat hielp, of schreef daarover geen reflectie met het gezin (minstens 40 woorden). De kwaliteit van de hulp meet je aan hoe ouders en kinderen haar ervaren.",
    en = {
        tekst = "At the close discussed with father, grandmother and Piet what helped and what did not, and wrote a reflection with the family.",
        onderbouwing = "Does the quality of the help increase, as parents and children experience it?; reflection ‘with the family’ too.",
        goed = "You asked the family itself what helped, and wrote a reflection with the family. Their answers are the best mirror for your work.",
        fout = "You closed without asking the family what helped, or wrote no reflection with the family about it (at least 40 words). You measure the quality of help by how parents and children experience it.",
    },
    check = { alle = { { keuze = "afronding_borging" }, { reflectie_geschreven = { min_woorden = 40, met = "gezin" } } } },
}

-- ---------------------------------------------------------------------------------------------
-- Reflectiemomenten (bouwsteen.reflectie): bewaard in het dagboek. Alleen een geschreven reflectie telt
-- (pi_reflectie_druk, pi_reflectie_met_gezin: reflectie_geschreven), nooit de keuze zelf.
-- ---------------------------------------------------------------------------------------------
reflectie "na_jbt" {
    stap = "na_jbt",
    vragen = { "De druk van de JBT bracht Martijn in beweging, maar beschadigde het vertrouwen. Wanneer is druk helpend, en wanneer doe je het om de verkeerde reden?",
               "Wat had jij Martijn vooraf anders kunnen vertellen?" },
    en = { vragen = { "The pressure of the Youth Protection Table got Martijn moving, but damaged his trust. When does pressure help, and when do you apply it for the wrong reason?",
                      "What could you have told Martijn differently beforehand?" } },
    bouwstenen = { "samenwerking_lt_gi", "feedback_barrieres" },
}
reflectie "na_afronding" {
    na_keuze = "afronding_borging",
    vragen = { "Hoe zou Piet dit jaar beschrijven? Hoe zou je dat samen met hem en zijn vader kunnen bespreken?" },
    en = { vragen = { "How would Piet describe this year? How could you discuss that together with him and his father?" } },
    met_gezin = true,
}
