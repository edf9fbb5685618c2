-- Casus: ‘Ik dreig mijn huis uitgezet te worden’ (issue 8, casus 5).
-- Gebaseerd op het uitgewerkte voorbeeld van de bouwsteen Gezinspatroon (bron.werkwijze, bouwsteen.gezinspatroon):
-- een kind dat onhandelbaar is in de klas, seksueel grensoverschrijdend en agressief bij
-- teleurstellingen; een vader die zich onttrekt en agressief is naar moeder; een moeder die veel
-- verhuisde, weinig structuur heeft en de problemen ontkent; schoolverzuim, schulden, overlast en een
-- dreigende uitzetting als directe hulpvraag. Het gezin is verzonnen: schuilnamen, instanties bij hun
-- soort, alleen leeftijden, datums in maanden.
--
-- Stappen: hulpvraag -> huisbezoek -> (veiligheid_eerst als directe_veiligheid <= 3) -> kinderen -> weging
--          -> signaal (veiligheidssignaal; <= 3: veiligheid_eerst) -> tijdlijn -> patroon -> netwerkberaad -> borging
--          -> einde_patroon_doorbroken | einde_huis_gered | einde_uitzetting | einde_escalatie
-- Oefent: de directe en de onderliggende hulpvraag, eerst veiligheid (ook bij seksueel
-- grensoverschrijdend gedrag: deskundig advies), elk kind spreken, wegen, de tijdlijn met de hulp van
-- vijf instanties, het patroon stap voor stap (gedrag kind -> ontwikkeling kind -> gedrag ouders ->
-- factoren ouders -> hulpverleningspatroon), de zin met nobele intentie, en de eindsituatie in de taal
-- van het gezin.

scenario {
    id = "dreigende_uitzetting",
    titel = "‘Ik dreig mijn huis uitgezet te worden’: het patroon achter de vraag",
    samenvatting = "Chantal meldt zich bij het lokaal team met een brief van de woningcorporatie: ‘Ik dreig mijn huis uitgezet te worden en ben hier zo druk mee dat ik mijn kinderen niet aankan.’ "
        .. "Dezelfde week meldt school dat Dani (9) onhandelbaar is, seksueel grensoverschrijdend gedrag laat zien en slaat bij teleurstellingen. "
        .. "Achter de vraag liggen geweld tussen de ouders, zorgen over twee kinderen en vijf eerdere hulptrajecten die allemaal strandden. "
        .. "Je werkt met de borden Tijdlijn, Veiligheid, Gezinspatroon en Eindsituatie, en beslist steeds onder tijdsdruk van de corporatie.",
    versie = "1.0",
    api = 1,
    taal = "nl",
    minuten = 45,
    moeilijkheid = "gevorderd",
    bouwstenen = { "gezinspatroon", "tijdlijn", "haalbare_eindsituatie", "directe_veiligheid", "stabiele_veiligheid",
                   "gesprekken_kinderen", "weging", "samenwerkingsprincipes", "privacy", "reflectie" },
    tags = { "gezinspatroon", "hulpvraag", "schulden", "uitzetting", "schoolverzuim", "overlast", "seksueel_grensoverschrijdend_gedrag",
             "huiselijk_geweld", "hulpverleningspatroon", "lokaal_team" },
    start = "hulpvraag",
    en = {
        titel = "‘I'm about to be evicted’: the pattern behind the request",
        samenvatting = "Chantal comes to the local team with a letter from the housing association: ‘I'm about to be evicted and I'm so busy with it that I can't cope with my children.’ "
            .. "The same week the school reports that Dani (9) is unmanageable in class, shows sexually transgressive behaviour and hits out when disappointed. "
            .. "Behind the request lie violence between the parents, worries about two children and five earlier rounds of help that all foundered. "
            .. "You work with the Timeline, Safety, Family pattern and End situation boards, and decide each time under pressure from the housing association.",
    },
}

-- ---------------------------------------------------------------------------------------------
-- Personen (genogram). Alle namen zijn schuilnamen.
-- ---------------------------------------------------------------------------------------------

persoon "ingrid" {
    naam = "Ingrid", rol = "oma", leeftijd = 56, geslacht = "v", huishouden = false,
    beschrijving = "Moeder van Chantal en Mariska. Heeft al lang psychische problemen; verhuisde met haar dochters negen keer. Weinig contact.",
    en = { beschrijving = "Mother of Chantal and Mariska. Has had mental health problems for a long time; moved nine times with her daughters. Little contact." },
}

persoon "ans" {
    naam = "Ans", rol = "oma", leeftijd = 61, geslacht = "v", huishouden = false,
    beschrijving = "Moeder van Ricardo. Woont twee straten verderop. Wil helpen, maar botst met Chantal: ‘Zij laat alles versloffen.’",
    en = { beschrijving = "Ricardo's mother. Lives two streets away. Wants to help, but clashes with Chantal: ‘She lets everything slide.’" },
}

persoon "chantal" {
    naam = "Chantal", rol = "moeder", leeftijd = 32, geslacht = "v",
    ouders = { "ingrid" },
    partners = { ricardo = "samen" },
    beschrijving = "Moeder van Dani en Lina. Ging naar het praktijkonderwijs; brieven lezen en regelen is moeilijk voor haar. Heeft vaak migraine. Samen met Ricardo gezag.",
    en = { beschrijving = "Mother of Dani and Lina. Attended practical secondary education; reading letters and sorting things out is hard for her. Often has migraines. Shares parental authority with Ricardo." },
}

persoon "ricardo" {
    naam = "Ricardo", rol = "vader", leeftijd = 36, geslacht = "m",
    ouders = { "ans" },
    partners = { chantal = "samen" },
    beschrijving = "Vader van Dani en Lina. Sinds een bedrijfsongeval in 2021 zonder werk en met chronische rugpijn. Trekt zich terug op zolder met games. Samen met Chantal gezag.",
    en = { beschrijving = "Father of Dani and Lina. Out of work since a work accident in 2021, with chronic back pain. Withdraws to the attic with games. Shares parental authority with Chantal." },
}

persoon "mariska" {
    naam = "Mariska", rol = "tante", leeftijd = 29, geslacht = "v", huishouden = false,
    ouders = { "ingrid" },
    beschrijving = "Zus van Chantal. Werkt in een kinderdagverblijf; past vaak op Lina. ‘Ik ben altijd de grote zus geweest, ook al ben ik jonger.’",
    en = { beschrijving = "Chantal's sister. Works in a day nursery; often looks after Lina. ‘I've always been the big sister, even though I'm younger.’" },
}

persoon "dani" {
    naam = "Dani", rol = "kind", leeftijd = 9, geslacht = "m",
    ouders = { "chantal", "ricardo" },
    beschrijving = "Groep 5 (een jaar blijven zitten). Dol op dieren en voetbal. Zit op zijn vierde school.",
    en = { beschrijving = "Year 5 of primary school (repeated a year). Loves animals and football. At his fourth school." },
}

persoon "lina" {
    naam = "Lina", rol = "kind", leeftijd = 4, geslacht = "v",
    ouders = { "chantal", "ricardo" },
    beschrijving = "Groep 1. Vrolijk, klampt zich vast aan haar moeder. Is vaak bij tante Mariska.",
    en = { beschrijving = "Reception class. Cheerful, clings to her mother. Often at aunt Mariska's." },
}

-- ---------------------------------------------------------------------------------------------
-- Meters: de directe hulpvraag (het huis) is ook een meter, zodat zichtbaar wordt wat
-- symptoombestrijding wél en níet oplost.
-- ---------------------------------------------------------------------------------------------

variabele "vertrouwen_gezin" {
    label = "Vertrouwen van het gezin",
    start = 4, min = 0, max = 10,
    en = { label = "Family's trust" },
}

variabele "directe_veiligheid" {
    label = "Directe veiligheid (een 6 is voldoende)",
    start = 4, min = 0, max = 10,
    en = { label = "Immediate safety (a 6 is sufficient)" },
}

variabele "woonzekerheid" {
    label = "Woonzekerheid (dreigende uitzetting)",
    start = 2, min = 0, max = 10,
    en = { label = "Housing security (threat of eviction)" },
}

-- ---------------------------------------------------------------------------------------------
-- Documenten
-- ---------------------------------------------------------------------------------------------

document "d_brief_corporatie" {
    titel = "Brief van de woningcorporatie: laatste waarschuwing",
    soort = "brief",
    auteur = "Woningcorporatie, afdeling huurincasso",
    datum = "2024-10",
    tekst = [[
Aan: Chantal en Ricardo [achternaam weggelaten]

Betreft: huurachterstand en overlast

Uw huurachterstand bedraagt vier maanden. Eerdere herinneringen en een betalingsregeling uit maart zijn niet nagekomen. Daarnaast ontvingen wij sinds de zomer zes klachten van buren over geschreeuw, harde muziek ’s nachts en een kind dat stenen naar auto’s gooit.

Als de achterstand niet binnen veertien dagen is betaald of er geen nieuwe regeling is getroffen, dragen wij het dossier over aan de deurwaarder en vragen wij de rechter om ontbinding van de huurovereenkomst en ontruiming.

U kunt contact met ons opnemen voor een gesprek. Wij werken samen met het lokaal team.
]],
    onthult = { "f_huurachterstand", "f_overlast" },
    en = {
        titel = "Letter from the housing association: final warning",
        tekst = [[
To: Chantal and Ricardo [surname omitted]

Re: rent arrears and nuisance

Your rent arrears amount to four months. Earlier reminders and a payment plan from March have not been kept to. In addition, since the summer we have received six complaints from neighbours about shouting, loud music at night and a child throwing stones at cars.

If the arrears have not been paid within fourteen days, or no new arrangement has been made, we will pass the file to the bailiff and ask the court to dissolve the tenancy agreement and order eviction.

You can contact us to arrange a conversation. We work together with the local team.
]],
    },
}

document "d_aanmelding" {
    titel = "Aanmeldnotitie lokaal team: inloop",
    soort = "aanmelding",
    auteur = "Lokaal team (jij)",
    datum = "2024-10",
    tekst = [[
Chantal (32) komt op het inloopspreekuur met een stapel ongeopende post en de brief van de woningcorporatie. Ze huilt.

Eigen woorden: ‘Ik dreig mijn huis uitgezet te worden en ben hier zo druk mee dat ik mijn kinderen niet aankan.’

Wat ze vertelt
- Ze woont met Ricardo (36), Dani (9) en Lina (4). Ricardo heeft sinds een ongeluk op zijn werk geen baan en ‘zit de hele dag op zolder’.
- Ze zijn de afgelopen acht jaar vijf keer verhuisd: ‘Altijd gedoe met huisbazen of buren.’
- Over Dani: ‘Hij is gewoon druk. Dat was ik vroeger ook. School overdrijft.’
- Ze had eerder schuldhulp, ‘maar die stopten ermee’.
- Ze vraagt: ‘Kunt u met de corporatie bellen?’

Indruk
Chantal lijkt overzicht te missen; ze kan de brief niet goed navertellen. Ze zegt twee keer dat het ‘thuis verder goed gaat’.
]],
    onthult = { "f_vraag_moeder", "f_verhuizingen", "f_moeder_ontkent" },
    en = {
        titel = "Local team intake note: walk-in",
        tekst = [[
Chantal (32) comes to the walk-in hour with a pile of unopened post and the letter from the housing association. She is crying.

In her own words: ‘I'm about to be evicted and I'm so busy with it that I can't cope with my children.’

What she tells
- She lives with Ricardo (36), Dani (9) and Lina (4). Ricardo has had no job since an accident at work and ‘sits in the attic all day’.
- They have moved five times in the past eight years: ‘Always trouble with landlords or neighbours.’
- About Dani: ‘He's just lively. I was like that too as a kid. The school exaggerates.’
- She had debt counselling before, ‘but they stopped’.
- She asks: ‘Could you ring the housing association?’

Impression
Chantal seems to have lost the overview; she cannot properly explain what the letter says. Twice she says that ‘otherwise things are fine at home’.
]],
    },
}

document "d_zorgmelding_school" {
    titel = "Zorgmelding basisschool over Dani",
    soort = "zorgmelding",
    auteur = "Intern begeleider basisschool",
    datum = "2024-10",
    tekst = [[
Aan: lokaal team
Betreft: Dani (9), groep 5

Zorgen
- Dani is in de klas onhandelbaar: hij loopt weg, gooit met spullen en schreeuwt als hij zijn zin niet krijgt. Bij teleurstellingen slaat en schopt hij, ook de juf.
- Twee keer trok hij op de wc de broek van een jongere leerling naar beneden. Hij gebruikt seksuele woorden en maakt gebaren ‘die een kind van negen niet hoort te kennen’.
- Sinds de zomervakantie 38 uur ongeoorloofd verzuim; hij wordt vaak niet gebracht. De leerplichtambtenaar is ingelicht.
- Hij is op zijn vierde school. Van de vorige scholen kwam geen overdracht.

Gesprek met moeder
Moeder zegt dat Dani ‘gewoon druk’ is en dat het aan de school ligt. Vader hebben we nooit gezien. Moeder weet dat wij deze melding doen.

Vraag
Wilt u met het gezin in gesprek? Wij maken ons ook zorgen over waar Dani het seksuele gedrag heeft gezien of meegemaakt.
]],
    onthult = { "f_dani_school", "f_dani_seksueel", "f_verzuim" },
    en = {
        titel = "Report of concern from the primary school about Dani",
        tekst = [[
To: local team
Re: Dani (9), year 5

Concerns
- Dani is unmanageable in class: he walks out, throws things and screams when he does not get his way. When he is disappointed he hits and kicks, the teacher too.
- Twice he pulled down a younger pupil's trousers in the toilets. He uses sexual words and makes gestures ‘that a nine-year-old shouldn't know’.
- Since the summer holidays 38 hours of unauthorised absence; he is often not brought to school. The attendance officer has been informed.
- He is at his fourth school. No handover came from the previous schools.

Conversation with mother
Mother says Dani is ‘just lively’ and that the problem lies with the school. We have never seen father. Mother knows we are making this report.

Request
Would you talk with the family? We are also worried about where Dani has seen or experienced the sexual behaviour.
]],
    },
}

document "d_huisbezoek" {
    titel = "Gespreksverslag huisbezoek",
    soort = "gespreksverslag",
    auteur = "Lokaal team (jij)",
    datum = "2024-10",
    tekst = [[
Aanwezig: Chantal, later Ricardo. Lina (4) speelde in de kamer; Dani kwam halverwege thuis van een vriendje.

Wat ik zag
Een rommelig huis: dozen van de vorige verhuizing staan nog in de gang, er is geen vaste eettijd (‘we eten als er iemand honger heeft’). Dani en Lina slapen samen op één kamer. De tablet van Dani ligt op de bank; hij mag ‘alles kijken, dan is hij tenminste stil’.

Ricardo
Komt na twintig minuten van zolder. ‘Wat moet jeugdzorg hier?’ Hij zegt dat hij sinds zijn ongeluk in 2021 ‘overal pijn heeft’ en ‘niemand nodig heeft’. Als Chantal over de brief begint, verheft hij zijn stem: ‘Die post is jouw ding.’ Hij gaat weer naar boven.

Chantal
Vertelt, als Ricardo weg is, dat hij ‘soms’ duwt of haar bij de arm pakt als er gedoe is over geld. ‘Maar niet waar de kinderen bij zijn.’ In 2022 heeft de buurvrouw een keer de politie gebeld.

Netwerk
Zus Mariska past vaak op Lina en ‘regelt soms dingen’. Ricardo’s moeder Ans woont vlakbij; Chantal en Ans ‘kunnen niet met elkaar’, maar Ans haalt Dani wel eens van school.

Eigen vraag
Chantal: ‘Als het huis geregeld is, komt de rest vanzelf.’ Ricardo: ‘Laat ons met rust.’
]],
    onthult = { "f_weinig_structuur", "f_geweld_moeder", "f_vader_onttrekt", "f_mariska", "f_ans" },
    en = {
        titel = "Notes of the home visit",
        tekst = [[
Present: Chantal, later Ricardo. Lina (4) was playing in the room; Dani came home halfway through from a friend's.

What I saw
A messy house: boxes from the last move are still standing in the hall, and there is no set mealtime (‘we eat when someone's hungry’). Dani and Lina sleep in the same room. Dani's tablet is lying on the sofa; he may ‘watch anything, at least then he's quiet’.

Ricardo
Comes down from the attic after twenty minutes. ‘What's youth care doing here?’ He says that since his accident in 2021 he ‘hurts everywhere’ and ‘doesn't need anybody’. When Chantal brings up the letter, he raises his voice: ‘The post is your thing.’ He goes back upstairs.

Chantal
Once Ricardo has gone, she says that he ‘sometimes’ pushes her or grabs her arm when there is trouble about money. ‘But not when the kids are there.’ In 2022 the neighbour once called the police.

Network
Her sister Mariska often looks after Lina and ‘sometimes sorts things out’. Ricardo's mother Ans lives close by; Chantal and Ans ‘can't get on’, but Ans does sometimes pick Dani up from school.

Their own request
Chantal: ‘Once the house is sorted, the rest will follow.’ Ricardo: ‘Leave us alone.’
]],
    },
}

document "d_schuldhulp_2023" {
    titel = "Afsluitbrief schuldhulpverlening gemeente (2023)",
    soort = "brief",
    auteur = "Schuldhulpverlening gemeente",
    datum = "2023-04",
    tekst = [[
Aan: Chantal en Ricardo [achternaam weggelaten]

U bent in september 2022 aangemeld voor schuldhulpverlening. Om een schuldregeling te kunnen starten, hadden wij uw post en bankafschriften nodig. U bent op drie van de zeven afspraken geweest en de gevraagde stukken zijn niet compleet aangeleverd.

Wij hebben daarom besloten uw dossier te sluiten. U kunt zich opnieuw aanmelden. Wij hebben geen contact gehad met andere hulpverleners; dat was ook niet gevraagd.
]],
    onthult = { "f_hulp_schuldhulp" },
    en = {
        titel = "Closing letter, municipal debt counselling (2023)",
        tekst = [[
To: Chantal and Ricardo [surname omitted]

You were referred for debt counselling in September 2022. To start a debt arrangement we needed your post and bank statements. You came to three of the seven appointments and the documents we asked for were not supplied in full.

We have therefore decided to close your file. You are welcome to register again. We have had no contact with other professionals; nor was this asked of us.
]],
    },
}

document "d_ggz_dani" {
    titel = "Samenvatting onderzoek jeugd-GGZ over Dani (2023)",
    soort = "rapportage",
    auteur = "Jeugd-GGZ, diagnostiek",
    datum = "2023-09",
    tekst = [[
Aanmelding via de huisarts wegens druk en agressief gedrag (Dani, toen 8).

Bevindingen
Kenmerken van ADHD en van oppositioneel gedrag. Daarnaast signalen van onveilige hechting en van spanning: Dani schrikt snel, slaapt onrustig en vertelt dat ‘papa en mama schreeuwen’. Het vermoeden van traumagerelateerde klachten is niet verder onderzocht. Intelligentie beneden gemiddeld.

Advies
Ouderbegeleiding, eventueel medicatie, en nader onderzoek naar de thuissituatie.

Verloop
De ouderbegeleiding is niet gestart: het gezin verhuisde en de aanmelding bij de nieuwe aanbieder kwam op een wachtlijst. Er is geen overdracht naar school of het lokaal team geweest.
]],
    onthult = { "f_hulp_ggz_dani", "f_dani_ontwikkeling" },
    en = {
        titel = "Summary of the youth mental health assessment of Dani (2023)",
        tekst = [[
Referred by the GP because of restless and aggressive behaviour (Dani, then 8).

Findings
Features of ADHD and of oppositional behaviour. In addition, signs of insecure attachment and of tension: Dani startles easily, sleeps restlessly and says that ‘daddy and mummy shout’. The suspicion of trauma-related complaints has not been investigated further. Intelligence below average.

Advice
Parent guidance, possibly medication, and further investigation of the home situation.

Course
The parent guidance did not start: the family moved and the referral to the new provider ended up on a waiting list. There was no handover to the school or the local team.
]],
    },
}

document "d_opvoed_2019" {
    titel = "Afsluitnotitie opvoedondersteuning (2019)",
    soort = "afsluitnotitie",
    auteur = "Opvoedsteunpunt in de wijk",
    datum = "2019-11",
    tekst = [[
Opvoedondersteuning voor Chantal vanwege driftbuien van Dani (toen 4). Vier van de acht gesprekken gevoerd. Vader was er niet bij.

Na de verhuizing van het gezin naar een andere gemeente is het traject gestopt. Er is geen overdracht gedaan: ‘buiten ons werkgebied’.
]],
    onthult = { "f_hulp_opvoed" },
    en = {
        titel = "Closing note, parenting support (2019)",
        tekst = [[
Parenting support for Chantal because of Dani's temper tantrums (then 4). Four of the eight sessions held. Father did not take part.

After the family moved to another municipality the support stopped. No handover was made: ‘outside our area’.
]],
    },
}

document "d_politie" {
    titel = "Politiemutatie: ruzie tussen partners",
    soort = "politiemutatie",
    auteur = "Politie, basisteam",
    datum = "2024-12",
    tekst = [[
Melder: buurvrouw, via 112.

Bij aankomst zit de moeder, Chantal (32), op de bank met rode plekken in haar hals. Zij verklaart dat de vader, Ricardo (36), haar bij de keel greep tijdens een ruzie over de dagvaarding van de woningcorporatie, die die dag was bezorgd. Dani (9) heeft een stoel naar zijn vader gegooid ‘om hem te laten stoppen’. Lina (4) zat huilend op de trap.

Vader was vertrokken toen wij aankwamen; hij zou bij zijn moeder zijn. Moeder doet geen aangifte. Eerdere melding op dit adres: augustus 2022 (ruzie, buren). Zorgmelding naar Veilig Thuis; Veilig Thuis heeft contact gezocht met het lokaal team.
]],
    onthult = { "f_incident" },
    en = {
        titel = "Police report: row between partners",
        tekst = [[
Caller: neighbour, via 112 (emergency number).

On arrival the mother, Chantal (32), is sitting on the sofa with red marks on her neck. She states that the father, Ricardo (36), grabbed her by the throat during a row about the housing association's summons, which had been delivered that day. Dani (9) threw a chair at his father ‘to make him stop’. Lina (4) was sitting on the stairs crying.

Father had left when we arrived; he was said to be at his mother's. Mother is not pressing charges. Earlier report at this address: August 2022 (row, neighbours). Report of concern to Veilig Thuis; Veilig Thuis has contacted the local team.
]],
    },
}

document "d_vt_2022" {
    titel = "Afsluitbericht Veilig Thuis (2022)",
    soort = "brief",
    auteur = "Medewerker Veilig Thuis",
    datum = "2022-09",
    tekst = [[
Naar aanleiding van een politiemelding (augustus 2022: buren hoorden geschreeuw en gebonk) is telefonisch contact geweest met moeder. Zij gaf aan dat het ‘een ruzie over geld’ was en dat de kinderen sliepen. Vader was niet bereikbaar.

Afgesloten met een advies: aanmelden bij schuldhulpverlening. De kinderen zijn niet gezien.
]],
    onthult = { "f_melding_vt_2022" },
    en = {
        titel = "Veilig Thuis closing letter (2022)",
        tekst = [[
Following a police report (August 2022: neighbours heard shouting and banging) there was telephone contact with mother. She said it was ‘a row about money’ and that the children were asleep. Father could not be reached.

Closed with advice: register with debt counselling. The children were not seen.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Feiten
-- ---------------------------------------------------------------------------------------------

feit "f_jeugd_chantal" {
    tekst = "Chantal groeit op bij een moeder met psychische problemen, verhuist als kind negen keer en wordt op haar dertiende misbruikt door een buurman. Niemand wist het.",
    datum = "1992/2010",
    soort = "levensgebeurtenis",
    personen = { "chantal", "ingrid" },
    en = { tekst = "Chantal grows up with a mother with mental health problems, moves nine times as a child and is abused by a neighbour at thirteen. Nobody knew." },
}

feit "f_jeugd_ricardo" {
    tekst = "Ricardo’s vader vertrekt als hij vijf is; daarna twee stiefvaders. Op zijn vijftiende woont hij een jaar in een leefgroep. ‘Relaties gaan bij mij altijd kapot.’",
    datum = "1993/2004",
    soort = "levensgebeurtenis",
    personen = { "ricardo", "ans" },
    en = { tekst = "Ricardo's father leaves when he is five; then two stepfathers. At fifteen he lives in a residential group for a year. ‘My relationships always break.’" },
}

feit "f_verhuizingen" {
    tekst = "Het gezin verhuist vijf keer in acht jaar, telkens na huurachterstand of ruzie met buren of verhuurder; Dani zit op zijn vierde school.",
    datum = "2016/2024",
    soort = "levensgebeurtenis",
    bron = "d_aanmelding",
    personen = { "chantal", "ricardo", "dani", "lina" },
    en = { tekst = "The family moves five times in eight years, each time after rent arrears or rows with neighbours or landlord; Dani is at his fourth school." },
}

feit "f_hulp_opvoed" {
    tekst = "Opvoedondersteuning voor Chantal vanwege driftbuien van Dani.",
    datum = "2019-05/2019-11",
    soort = "hulp",
    bron = "d_opvoed_2019",
    personen = { "chantal", "dani" },
    instantie = "Opvoedsteunpunt in de wijk",
    resultaat = "Gestopt na vier van acht gesprekken door een verhuizing; vader niet betrokken, geen overdracht.",
    en = { tekst = "Parenting support for Chantal because of Dani's tantrums.", resultaat = "Stopped after four of eight sessions because of a move; father not involved, no handover." },
}

feit "f_ongeval" {
    tekst = "Ricardo krijgt een bedrijfsongeval (rug) en verliest zijn baan; sindsdien chronische pijn, geen werk en lopen de schulden op.",
    datum = "2021-06",
    soort = "levensgebeurtenis",
    personen = { "ricardo" },
    en = { tekst = "Ricardo has a work accident (back) and loses his job; since then chronic pain, no work, and debts build up." },
}

feit "f_melding_vt_2022" {
    tekst = "Eerste melding: buren bellen de politie na geschreeuw en gebonk; Veilig Thuis belt moeder, adviseert schuldhulp en sluit af. De kinderen zijn niet gezien.",
    datum = "2022-08",
    soort = "melding",
    bron = "d_vt_2022",
    personen = { "chantal", "ricardo", "dani", "lina" },
    en = { tekst = "First report: neighbours call the police after shouting and banging; Veilig Thuis phones the mother, advises debt counselling and closes. The children were not seen." },
}

feit "f_hulp_schuldhulp" {
    tekst = "Schuldhulpverlening van de gemeente.",
    datum = "2022-09/2023-04",
    soort = "hulp",
    bron = "d_schuldhulp_2023",
    personen = { "chantal", "ricardo" },
    instantie = "Schuldhulpverlening gemeente",
    resultaat = "Gesloten wegens niet verschijnen en onvolledige stukken (3 van 7 afspraken); geen contact met andere hulp, niemand vroeg waarom het regelen niet lukte.",
    en = { tekst = "Municipal debt counselling.", resultaat = "Closed for non-attendance and incomplete papers (3 of 7 appointments); no contact with other help, nobody asked why the paperwork did not work." },
}

feit "f_hulp_ggz_dani" {
    tekst = "Diagnostisch onderzoek jeugd-GGZ voor Dani: kenmerken van ADHD en oppositioneel gedrag, signalen van onveilige hechting en spanning.",
    datum = "2023-05/2023-09",
    soort = "hulp",
    bron = "d_ggz_dani",
    personen = { "dani" },
    instantie = "Jeugd-GGZ",
    resultaat = "Advies ouderbegeleiding en nader onderzoek naar thuis; niet gestart door verhuizing en wachtlijst, geen overdracht naar school of lokaal team.",
    en = { tekst = "Youth mental health assessment of Dani: features of ADHD and oppositional behaviour, signs of insecure attachment and stress.", resultaat = "Advised parent guidance and further enquiry into home; not started because of a move and a waiting list, no handover to school or local team." },
}

feit "f_dani_ontwikkeling" {
    tekst = "Dani: kenmerken van ADHD en ODD, intelligentie beneden gemiddeld, onveilige hechting; hij schrikt snel en slaapt onrustig (traumaklachten niet onderzocht).",
    datum = "2023-09",
    soort = "zorg",
    bron = "d_ggz_dani",
    personen = { "dani" },
    en = { tekst = "Dani: features of ADHD and ODD, below-average intelligence, insecure attachment; he startles easily and sleeps restlessly (trauma symptoms not assessed)." },
}

feit "f_overlast" {
    tekst = "Zes klachten van buren sinds de zomer: geschreeuw, harde muziek ’s nachts, een kind dat stenen naar auto’s gooit.",
    datum = "2024-06/2024-10",
    soort = "zorg",
    bron = "d_brief_corporatie",
    personen = { "chantal", "ricardo", "dani" },
    en = { tekst = "Six complaints from neighbours since the summer: shouting, loud music at night, a child throwing stones at cars." },
}

feit "f_huurachterstand" {
    tekst = "Vier maanden huurachterstand; een betalingsregeling is niet nagekomen. Laatste waarschuwing: anders deurwaarder en ontruiming.",
    datum = "2024-10",
    soort = "zorg",
    bron = "d_brief_corporatie",
    personen = { "chantal", "ricardo" },
    en = { tekst = "Four months of rent arrears; a payment plan was not kept. Final warning: otherwise bailiff and eviction." },
}

feit "f_vraag_moeder" {
    tekst = "Directe hulpvraag van Chantal: ‘Ik dreig mijn huis uitgezet te worden en ben hier zo druk mee dat ik mijn kinderen niet aankan.’",
    datum = "2024-10",
    soort = "kracht",
    bron = "d_aanmelding",
    personen = { "chantal" },
    en = { tekst = "Chantal's direct request: ‘I'm about to be evicted and I'm so busy with it that I can't cope with my children.’" },
}

feit "f_moeder_ontkent" {
    tekst = "Chantal ontkent de problemen met Dani: ‘Hij is gewoon druk. School overdrijft.’ Thuis gaat het ‘verder goed’.",
    datum = "2024-10",
    soort = "zorg",
    bron = "d_aanmelding",
    personen = { "chantal", "dani" },
    en = { tekst = "Chantal denies the problems with Dani: ‘He's just lively. The school exaggerates.’ At home things are ‘fine otherwise’." },
}

feit "f_dani_school" {
    tekst = "Dani is onhandelbaar in de klas en slaat en schopt bij teleurstellingen, ook de juf.",
    datum = "2024-10",
    soort = "melding",
    bron = "d_zorgmelding_school",
    personen = { "dani" },
    en = { tekst = "Dani is unmanageable in class and hits and kicks when disappointed, including the teacher." },
}

feit "f_dani_seksueel" {
    tekst = "Seksueel grensoverschrijdend gedrag: Dani trok twee keer op de wc de broek van een jongere leerling naar beneden en gebruikt seksuele woorden en gebaren.",
    datum = "2024-10",
    soort = "melding",
    bron = "d_zorgmelding_school",
    personen = { "dani" },
    en = { tekst = "Sexually transgressive behaviour: twice Dani pulled down a younger pupil's trousers in the toilets, and he uses sexual words and gestures." },
}

feit "f_verzuim" {
    tekst = "38 uur ongeoorloofd verzuim sinds de zomer; Dani wordt vaak niet gebracht. Leerplicht is ingelicht.",
    datum = "2024-09/2024-10",
    soort = "zorg",
    bron = "d_zorgmelding_school",
    personen = { "dani", "chantal" },
    en = { tekst = "38 hours of unauthorised absence since the summer; Dani is often not taken to school. The attendance officer has been informed." },
}

feit "f_weinig_structuur" {
    tekst = "Weinig structuur en zicht op de opvoeding: geen vaste eettijden, dozen van de vorige verhuizing in de gang, Dani mag op zijn tablet ‘alles kijken’, de kinderen delen een kamer.",
    datum = "2024-10",
    soort = "zorg",
    bron = "d_huisbezoek",
    personen = { "chantal", "dani", "lina" },
    en = { tekst = "Little structure and oversight of parenting: no set mealtimes, boxes from the last move in the hall, Dani may ‘watch anything’ on his tablet, the children share a room." },
}

feit "f_geweld_moeder" {
    tekst = "Ricardo duwt Chantal of pakt haar bij de arm als er ruzie is over geld; ‘maar niet waar de kinderen bij zijn’.",
    datum = "2024-10",
    soort = "zorg",
    bron = "d_huisbezoek",
    personen = { "ricardo", "chantal" },
    en = { tekst = "Ricardo pushes Chantal or grabs her arm when there are rows about money; ‘but not with the children there’." },
}

feit "f_vader_onttrekt" {
    tekst = "Ricardo trekt zich terug op zolder met games, heeft chronische pijn en ‘niemand nodig’; de post is ‘Chantals ding’.",
    datum = "2024-10",
    soort = "zorg",
    bron = "d_huisbezoek",
    personen = { "ricardo" },
    en = { tekst = "Ricardo withdraws to the attic with games, has chronic pain and ‘needs nobody’; the post is ‘Chantal's thing’." },
}

feit "f_mariska" {
    tekst = "Tante Mariska past vaak op Lina en regelt soms dingen voor Chantal.",
    datum = "2024-10",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "mariska", "lina", "chantal" },
    en = { tekst = "Aunt Mariska often looks after Lina and sometimes sorts things out for Chantal." },
}

feit "f_ans" {
    tekst = "Oma Ans woont twee straten verderop en haalt Dani wel eens van school; met Chantal botst het.",
    datum = "2024-10",
    soort = "kracht",
    bron = "d_huisbezoek",
    personen = { "ans", "dani", "chantal" },
    en = { tekst = "Grandma Ans lives two streets away and sometimes collects Dani from school; she clashes with Chantal." },
}

feit "f_veiligheidsplan" {
    tekst = "Veiligheidsplan met beide ouders: Dani en Lina slapen apart en zijn niet zonder toezicht samen in bad of op de kamer; de tablet gaat ’s avonds naar de ouders; bij oplopende ruzie gaat Ricardo naar zijn moeder Ans en belt Chantal Mariska. Ondergrens: niemand slaat, duwt of grijpt; geen seksueel gedrag tussen de kinderen. Wordt die overschreden, dan slaapt Ricardo bij Ans en wordt het dezelfde dag met het lokaal team en de gedragswetenschapper besproken.",
    datum = "2024-10",
    soort = "besluit",
    personen = { "chantal", "ricardo", "dani", "lina", "ans", "mariska" },
    en = { tekst = "Safety plan with both parents: Dani and Lina sleep separately and are not together unsupervised in the bath or their room; the tablet goes to the parents in the evening; when a row builds Ricardo goes to his mother Ans and Chantal calls Mariska. Bottom line: nobody hits, pushes or grabs; no sexual behaviour between the children. If it is crossed, Ricardo sleeps at Ans's and it is discussed the same day with the local team and the behavioural scientist." },
}

feit "f_dani_vertelt" {
    tekst = "Dani vertelt (samen gesproken met een deskundige) in het huis van zorgen dat ‘papa mama pakt als er brieven komen’ en dat hij ‘vieze filmpjes’ op zijn tablet heeft gezien. Er zijn geen aanwijzingen dat hij zelf is misbruikt.",
    datum = "2024-11",
    soort = "zorg",
    personen = { "dani", "ricardo", "chantal" },
    en = { tekst = "Dani tells (spoken with together with an expert) in the house of worries that ‘dad grabs mum when letters come’ and that he has seen ‘dirty videos’ on his tablet. There are no indications that he himself was abused." },
}

feit "f_lina_vertelt" {
    tekst = "Lina speelt met poppen dat ‘de papa boos is en de mama huilt’; ze wil ‘bij tante Mariska slapen als het hard is’.",
    datum = "2024-11",
    soort = "zorg",
    personen = { "lina", "mariska" },
    en = { tekst = "Lina plays with dolls that ‘the daddy is angry and the mummy cries’; she wants to ‘sleep at aunt Mariska's when it's loud’." },
}

feit "f_besluit_weging" {
    tekst = "Casuïstiekbespreking met gedragswetenschapper: een uitgebreide verklarende analyse is nodig; anoniem advies van de GI (product 1) over het geweld; geen nieuwe losse hulp tot er één plan is.",
    datum = "2024-11",
    soort = "besluit",
    personen = { "chantal", "ricardo", "dani", "lina" },
    en = { tekst = "Case discussion with the behavioural scientist: an extended explanatory analysis is needed; anonymous advice from the GI (product 1) on the violence; no new separate help until there is one plan." },
}

feit "f_incident" {
    tekst = "Ricardo grijpt Chantal bij de keel na de dagvaarding van de woningcorporatie; Dani gooit een stoel naar zijn vader, Lina zit huilend op de trap. De buurvrouw belt 112.",
    datum = "2024-12",
    soort = "melding",
    bron = "d_politie",
    personen = { "ricardo", "chantal", "dani", "lina" },
    en = { tekst = "Ricardo grabs Chantal by the throat after the housing association's summons; Dani throws a chair at his father, Lina sits crying on the stairs. The neighbour calls the emergency number." },
}

feit "f_visie_gezin" {
    tekst = "Eigen kijk van de ouders: ‘Elke keer als het misging, gingen we weg. Dan was het even rustig.’ (Chantal) ‘Ik dacht: als ik boven blijf, maak ik niks kapot.’ (Ricardo)",
    datum = "2025-01",
    soort = "kracht",
    personen = { "chantal", "ricardo" },
    en = { tekst = "The parents' own view: ‘Every time it went wrong, we moved. Then it was quiet for a while.’ (Chantal) ‘I thought: if I stay upstairs, I don't break anything.’ (Ricardo)" },
}

feit "f_regeling" {
    tekst = "Betalingsregeling met de woningcorporatie via budgetbeheer; de ontruimingszaak wordt aangehouden zolang de regeling loopt.",
    datum = "2025-03",
    soort = "besluit",
    personen = { "chantal", "ricardo" },
    en = { tekst = "Payment plan with the housing association through budget management; the eviction case is adjourned while the plan runs." },
}

-- ---------------------------------------------------------------------------------------------
-- Stappen
-- ---------------------------------------------------------------------------------------------

stap "hulpvraag" {
    titel = "1. Een stapel post op het inloopspreekuur",
    datum = "2024-10",
    opent = { "tijdlijn", "personen", "veiligheid" },
    tekst = [[
Oktober 2024. Chantal (32) zit huilend tegenover je, met een stapel ongeopende post en een laatste waarschuwing van de woningcorporatie. ‘Ik dreig mijn huis uitgezet te worden en ben hier zo druk mee dat ik mijn kinderen niet aankan.’ Ze vraagt of je de corporatie wilt bellen.

Dezelfde middag komt een zorgmelding van de basisschool over haar zoon Dani (9) binnen. Alles staat bij de documenten.

Wat doe je met deze hulpvraag?
]],
    documenten = { "d_aanmelding", "d_brief_corporatie", "d_zorgmelding_school" },
    en = {
        titel = "1. A pile of post at the walk-in hour",
        tekst = [[
October 2024. Chantal (32) sits crying opposite you, with a pile of unopened post and a final warning from the housing association. ‘I'm about to be evicted and I'm so busy with it that I can't cope with my children.’ She asks whether you will call the housing association.

The same afternoon a report of concern about her son Dani (9) arrives from the primary school. Everything is among the documents.

What do you do with this request?
]],
    },

    keuze "alleen_het_huis" {
        tekst = "Help haar met wat ze vraagt: bel met haar toestemming de corporatie, meld haar vandaag aan bij de schuldhulp en spreek over twee weken af over het geld. De zorgen over Dani laat je bij school, die hem elke dag ziet.",
        feedback = "Je helpt Chantal echt met het huis, en dat geeft lucht. Maar je hoort maar de helft van haar zin. ‘… dat ik mijn kinderen niet aankan’ is de onderliggende hulpvraag, en de zorgmelding van school laat zien hoe ernstig die is. Hulp die zich alleen richt op het hier en nu is symptoombestrijding; de vorige schuldhulp stopte bovendien al eens zonder dat iemand vroeg waarom.",
        bron = "bouwsteen.gezinspatroon",
        gevolg = { woonzekerheid = 2, directe_veiligheid = -1 },
        naar = "huisbezoek",
        en = {
            tekst = "Help her with what she asks: with her consent call the housing association, refer her to debt counselling today and meet again in two weeks about the money. You leave the worries about Dani with the school, which sees him every day.",
            feedback = "You really help Chantal with the house, and that gives breathing space. But you hear only half of her sentence. ‘… that I can't cope with my children’ is the underlying request, and the school's report shows how serious it is. Help aimed only at the here-and-now is symptom fighting; the previous debt counselling already stopped once without anyone asking why.",
        },
    },

    keuze "school_info_opvragen" {
        tekst = "Vraag eerst bij school, leerplicht en de huisarts op wat zij weten, zodat je goed voorbereid het gesprek ingaat. Zeg Chantal daar nu nog niets over: ze is al overstuur, en je wilt haar niet nog meer zorgen geven.",
        feedback = "Je wilt een volledig beeld, maar je haalt informatie op achter de rug van de moeder die net zelf om hulp kwam. Ook als delen zonder toestemming soms mag, informeer je het gezin en leg je je afweging vast. Vraag het Chantal: wat vindt zij goed dat je navraagt, bij wie, en waarom?",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -2 },
        naar = "huisbezoek",
        en = {
            tekst = "First ask the school, the attendance officer and the GP what they know, so that you go into the conversation well prepared. Say nothing about it to Chantal yet: she is upset already, and you don't want to worry her further.",
            feedback = "You want a full picture, but you collect information behind the back of a mother who just came for help herself. Even when sharing without consent is sometimes allowed, you inform the family and record your consideration. Ask Chantal: what does she agree you check, with whom, and why?",
        },
    },

    keuze "beide_hulpvragen" {
        tekst = "Bel met haar toestemming nu de corporatie om uitstel. Zeg daarna dat je ook de tweede helft van haar zin hoorde, vertel open wat school meldt, en spreek een huisbezoek af met haar en Ricardo.",
        feedback = "Goed. Je neemt de directe hulpvraag serieus (het huis is echt urgent, en een concreet resultaat bouwt vertrouwen), en je hoort de onderliggende vraag: ‘ik kan mijn kinderen niet aan’. Je bent open over wat school meldt, zodat Chantal het niet via via hoort. Schrijf beide hulpvragen op de tijdlijn.",
        bron = { "bouwsteen.tijdlijn", "bouwsteen.privacy" },
        gevolg = { woonzekerheid = 2, vertrouwen_gezin = 1 },
        naar = "huisbezoek",
        en = {
            tekst = "With her consent call the housing association now to ask for a delay. Then say you also heard the second half of her sentence, tell her openly what the school reports, and arrange a home visit with her and Ricardo.",
            feedback = "Good. You take the direct request seriously (the house really is urgent, and a concrete result builds trust), and you hear the underlying one: ‘I can't cope with my children’. You are open about what the school reports, so Chantal does not hear it second-hand. Write both requests on the timeline.",
        },
    },

    keuze "confronteren_seksueel" {
        tekst = "Wees meteen open: vertel haar wat school zag en vraag rechtstreeks of iemand Dani iets seksueels heeft aangedaan. Als er misbruik speelt, wil je dat vandaag weten, niet pas na weken praten over geld.",
        feedback = "Open zijn over de melding is goed, maar zo overval je een moeder die huilend om hulp bij haar huis komt. Ze sluit zich af (‘school overdrijft’). Bij seksueel grensoverschrijdend gedrag van een kind vraag je eerst deskundig advies en taxeer je de veiligheid zorgvuldig; een directe, beschuldigend klinkende vraag helpt het kind niet en kan de ouders wegjagen.",
        bron = { "bouwsteen.gesprekken_kinderen", "bouwsteen.directe_veiligheid" },
        gevolg = { vertrouwen_gezin = -2 },
        naar = "huisbezoek",
        en = {
            tekst = "Be open straight away: tell her what the school saw and ask directly whether someone has done something sexual to Dani. If there is abuse, you want to know today, not after weeks of talking about money.",
            feedback = "Being open about the report is good, but this way you overwhelm a mother who came crying for help with her house. She closes up (‘the school exaggerates’). With a child's sexually transgressive behaviour you first seek expert advice and assess safety carefully; a direct question that sounds like an accusation does not help the child and may drive the parents away.",
        },
    },
}

local na_huisbezoek = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
    { naar = "kinderen" },
}

stap "huisbezoek" {
    titel = "2. Thuis: dozen in de gang, vader op zolder",
    datum = "2024-10",
    tekst = [[
Oktober 2024. Een rommelig huis: dozen van de vorige verhuizing in de gang, geen vaste eettijden, Dani en Lina op één kamer, Dani’s tablet zonder grenzen. Ricardo komt na twintig minuten van zolder, verheft zijn stem als het over de post gaat en gaat weer naar boven. Als hij weg is, vertelt Chantal dat hij haar ‘soms’ duwt of bij de arm pakt als er ruzie is over geld.

Je verslag staat bij de documenten. Wat doe je nu?
]],
    documenten = { "d_huisbezoek" },
    en = {
        titel = "2. At home: boxes in the hall, father in the attic",
        tekst = [[
October 2024. A messy house: boxes from the last move in the hall, no set mealtimes, Dani and Lina in one room, Dani's tablet without limits. Ricardo comes down from the attic after twenty minutes, raises his voice when the post comes up and goes back upstairs. When he has gone, Chantal tells you that he ‘sometimes’ pushes her or grabs her arm when they row about money.

Your notes are among the documents. What do you do now?
]],
    },

    keuze "post_sorteren" {
        tekst = "Begin bij wat Chantal vraagt, zodat ze merkt dat je haar serieus neemt: sorteer samen de post, maak een overzicht van de schulden en bel de deurwaarder. Over Ricardo en de kinderen praat je volgende week, als er rust is.",
        feedback = "Praktische hulp is welkom en Chantal voelt zich gezien. Maar je hebt net gehoord dat er geweld is, en school meldt seksueel grensoverschrijdend gedrag van Dani. Dat vraagt eerst een taxatie van de directe veiligheid van iedereen in het gezin, en een veiligheidsplan. De post kan morgen ook.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = -2, vertrouwen_gezin = 1, woonzekerheid = 1 },
        naar = na_huisbezoek,
        en = {
            tekst = "Start with what Chantal asks, so she notices you take her seriously: sort the post together, make an overview of the debts and call the bailiff. You talk about Ricardo and the children next week, when things are calmer.",
            feedback = "Practical help is welcome and Chantal feels seen. But you have just heard that there is violence, and the school reports Dani's sexually transgressive behaviour. That first calls for an assessment of everyone's immediate safety, and a safety plan. The post can wait until tomorrow.",
        },
    },

    keuze "alleen_moeder_plan" {
        tekst = "Ricardo is weer naar boven en wil niet praten. Maak het veiligheidsplan dan nu met Chantal alleen: zij belt de politie als hij haar weer pakt, en Mariska haalt de kinderen op als het thuis te gespannen wordt.",
        feedback = "Je doet iets aan de veiligheid, dat is beter dan niets. Maar een plan zonder de pleger legt alle verantwoordelijkheid bij de moeder, die al overbelast is. Ricardo hoort bij het plan: wat doet hij als de spanning oploopt, waar kan hij heen? En het toezicht op Dani en Lina ontbreekt. Een ondergrens spreek je af met het gezin, niet met één ouder.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 1 },
        naar = na_huisbezoek,
        en = {
            tekst = "Ricardo has gone back upstairs and won't talk. So make the safety plan now with Chantal alone: she calls the police if he grabs her again, and Mariska picks up the children when it gets too tense at home.",
            feedback = "You do something about safety, which is better than nothing. But a plan without the person who uses violence puts all responsibility on the mother, who is already overloaded. Ricardo belongs in the plan: what does he do when tension rises, where can he go? And supervision of Dani and Lina is missing. A bottom line is agreed with the family, not with one parent.",
        },
    },

    keuze "adhd_geruststellen" {
        tekst = "Stel Chantal gerust: wat school beschrijft, klinkt als ADHD, en daar is goede hulp voor. Verwijs Dani via de huisarts voor onderzoek en medicatie; als hij rustiger wordt, neemt de spanning thuis en op school af.",
        feedback = "ADHD kan meespelen, maar ADHD verklaart geen seksueel grensoverschrijdend gedrag, en ook niet waarom Dani slaat als hij teleurgesteld is in een huis waar zijn vader zijn moeder pakt. Medicatie is hier springen naar een oplossing voor één symptoom. Gedrag is verklaarbaar vanuit ontwikkeling, maar ontwikkeling wordt beïnvloed door wat een kind thuis meemaakt. Eerst veiligheid, dan het hele patroon.",
        bron = { "bouwsteen.gezinspatroon", "bouwsteen.directe_veiligheid" },
        gevolg = { directe_veiligheid = -1, vertrouwen_gezin = 1 },
        naar = na_huisbezoek,
        en = {
            tekst = "Reassure Chantal: what the school describes sounds like ADHD, and there is good help for that. Refer Dani through the GP for assessment and medication; once he is calmer, the tension at home and at school goes down.",
            feedback = "ADHD may play a part, but ADHD does not explain sexually transgressive behaviour, nor why Dani hits out when disappointed in a house where his father grabs his mother. Medication here is jumping to a solution for one symptom. Behaviour is explained by development, but development is influenced by what a child experiences at home. Safety first, then the whole pattern.",
        },
    },

    keuze "veiligheid_taxeren" {
        tekst = "Vraag Ricardo terug aan tafel en taxeer met beiden de veiligheid van iedereen. Maak samen een plan: toezicht op de kinderen, wie waarheen gaat als een ruzie oploopt, een ondergrens en wat er dan gebeurt. Vraag deskundig advies over Dani.",
        feedback = "Eerst de veiligheid, van iedereen. Je neemt het geweld en het seksuele gedrag even serieus, en je maakt het plan mét beide ouders: ook Ricardo hoort erbij, anders is het plan van Chantal alleen. Het toezicht (apart slapen, niet samen in bad, de tablet ’s avonds weg) beschermt Lina en ook Dani zelf. De krachten in het netwerk krijgen een rol. En je vraagt deskundig advies, want bij seksueel gedrag van een kind weet je nog niet waar het vandaan komt.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 3 },
        onthult = { "f_veiligheidsplan" },
        naar = na_huisbezoek,
        en = {
            tekst = "Ask Ricardo back to the table and assess everyone's safety with both of them. Make a plan together: supervision of the children, who goes where when a row builds, a bottom line and what happens then. Ask for expert advice on Dani.",
            feedback = "Safety first, for everyone. You take both the violence and the sexual behaviour seriously, and you make the plan with both parents: Ricardo belongs in it too, otherwise it is Chantal's plan alone. The supervision (separate beds, no bath together, the tablet away in the evening) protects Lina and Dani himself. The network's strengths get a role. And you ask for expert advice, because with a child's sexual behaviour you do not yet know where it comes from.",
        },
    },
}

local na_veiligheid_eerst = {
    { als = { bezocht = "signaal" }, naar = "tijdlijn" },
    { naar = "kinderen" },
}

stap "veiligheid_eerst" {
    titel = "Tussenstap: eerst weer veiligheid",
    veiligheidssignaal = "De directe veiligheid staat op 3 of lager: er is geweld en seksueel gedrag zonder werkend plan.",
    tekst = [[
Stop even. De meter Directe veiligheid staat op 3 of lager. Er is geweld tussen de ouders, Dani laat seksueel grensoverschrijdend gedrag zien, en op dit moment beschermt geen werkend plan de kinderen: er is er geen gemaakt, of het is na het laatste signaal niet uitgevoerd.

Chantal belt: de deurwaarder heeft een nieuwe brief gestuurd. Op het bord Veiligheid staat een rode melding tot je opnieuw scoort. Wat doe je?
]],
    en = {
        titel = "Intermediate step: safety first again",
        veiligheidssignaal = "Immediate safety is at 3 or lower: there is violence and sexual behaviour without a working plan.",
        tekst = [[
Stop for a moment. The Immediate safety meter is at 3 or lower. There is violence between the parents, Dani shows sexually transgressive behaviour, and right now no working plan protects the children: none was made, or it was not carried out after the latest signal.

Chantal calls: the bailiff has sent a new letter. The Safety board shows a red alert until you score again. What do you do?
]],
    },

    keuze "eerst_het_huis" {
        tekst = "Maak eerst het huis zeker: de ontruiming dreigt, en een gezin op straat is voor de kinderen ook een gevaar. Regel vandaag met de corporatie een betalingsregeling; als die rust er is, praat je met beide ouders over de veiligheid.",
        feedback = "Dit is precies de verleiding van de directe hulpvraag. Een gered huis stopt het geweld niet en zegt niets over het toezicht op Dani en Lina. De volgorde van de methode is niet toevallig: eerst de directe veiligheid, dan de analyse, dan het veranderplan. De meter blijft onder de 6.",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.gezinspatroon" },
        gevolg = { woonzekerheid = 1 },
        naar = na_veiligheid_eerst,
        en = {
            tekst = "Secure the house first: eviction is looming, and a family on the street is a danger for the children too. Arrange a payment plan with the housing association today; once that calm is there, you talk with both parents about safety.",
            feedback = "This is exactly the temptation of the direct request. A saved house does not stop the violence and says nothing about the supervision of Dani and Lina. The method's order is no accident: first immediate safety, then the analysis, then the change plan. The meter stays below a 6.",
        },
    },

    keuze "veiligheid_herstellen" {
        tekst = "Ga vandaag nog terug en zet met beide ouders de veiligheid weer voorop: toezicht op de kinderen, wat ieder doet als een ruzie oploopt, een ondergrens en wat er dan gebeurt. Vraag deskundig advies over Dani.",
        feedback = "Goed: de veiligheid staat weer in het midden, met beide ouders. Het is wel later dan nodig; kijk bij het terugspoelen wat er verandert als je dit doet op het moment dat het signaal er is.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = 3 },
        onthult = { "f_veiligheidsplan" },
        naar = na_veiligheid_eerst,
        en = {
            tekst = "Go back today and put safety first again with both parents: supervision of the children, what each does when a row builds, a bottom line and what happens then. Ask for expert advice on Dani.",
            feedback = "Good: safety is back in the centre, with both parents. It is later than needed; when you rewind, see what changes if you do this at the moment the signal arrives.",
        },
    },
}

stap "kinderen" {
    titel = "3. Dani en Lina",
    datum = "2024-11",
    tekst = [[
November 2024. Alles wat je over Dani en Lina weet, komt van school, de buren en de ouders. Dani is 9, Lina 4; voor een gesprek vraag je de ouders om toestemming. Chantal twijfelt, Ricardo zegt: ‘Als het moet.’

De gedragswetenschapper van je team zegt: bij seksueel grensoverschrijdend gedrag van een kind weet je nog niet of het iets heeft gezien, meegemaakt of gedaan. Ze heeft deze week tijd, als je haar nodig hebt.

Hoe pak je het aan?
]],
    en = {
        titel = "3. Dani and Lina",
        tekst = [[
November 2024. Everything you know about Dani and Lina comes from the school, the neighbours and the parents. Dani is 9, Lina 4; for a conversation you ask the parents' consent. Chantal hesitates, Ricardo says: ‘If we must.’

The behavioural scientist of your team says: with sexually transgressive behaviour by a child you do not yet know whether it has seen, experienced or done something. She has time this week, if you need her.

How do you go about it?
]],
    },

    keuze "kinderen_zorgvuldig" {
        tekst = "Vraag deskundig advies. Spreek Dani samen met een collega die thuis is in seksueel gedrag, met de Drie Huizen en open vragen. Speel met Lina, met Chantal eerst nog in de kamer. Leg de ouders vooraf uit waarom.",
        gesproken_met = { "dani", "lina" },
        feedback = "Zorgvuldig en volgens de methode: deskundig advies, een gesprek samen met een andere professional, open vragen en een werkvorm die past bij de leeftijd. Dani vertelt dat ‘papa mama pakt als er brieven komen’ en dat hij ‘vieze filmpjes’ zag op zijn tablet. Er zijn geen aanwijzingen dat hij zelf is misbruikt, maar wel dat hij thuis veel te veel ziet en meemaakt. Lina speelt dat ‘de papa boos is en de mama huilt’. Elk kind heeft een eigen stem gekregen.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { vertrouwen_gezin = 1 },
        onthult = { "f_dani_vertelt", "f_lina_vertelt" },
        naar = "weging",
        en = {
            tekst = "Ask for expert advice. Talk with Dani together with a colleague experienced in sexual behaviour, using the Three Houses and open questions. Play with Lina, with Chantal still in the room at first. Explain to the parents beforehand why.",
            feedback = "Careful and according to the method: expert advice, a conversation together with another professional, open questions and a method that fits the age. Dani tells that ‘dad grabs mum when letters come’ and that he saw ‘dirty videos’ on his tablet. There are no indications he was abused himself, but there are that he sees and experiences far too much at home. Lina plays that ‘the daddy is angry and the mummy cries’. Each child got a voice of its own.",
        },
    },

    keuze "dani_direct_vragen" {
        tekst = "Spreek Dani alleen, op school, waar hij zich veilig voelt en zijn ouders niet meeluisteren. Vraag hem rechtstreeks of iemand aan hem heeft gezeten: als er misbruik is, moet je dat snel en zonder omwegen weten.",
        gesproken_met = { "dani" },
        feedback = "Je spreekt Dani zelf, dat is goed. Maar een gesloten, sturende vraag over misbruik kan een kind van negen in de war brengen en zijn verhaal kleuren; en als er iets is gebeurd, kan dat later een onderzoek schaden. Bij (een vermoeden van) seksueel geweld zoek je eerst deskundig advies, en soms voer je het gesprek samen met een andere professional. En Lina sprak je niet.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "weging",
        en = {
            tekst = "Talk with Dani alone, at school, where he feels safe and his parents cannot listen in. Ask him directly whether someone has touched him: if there is abuse, you need to know quickly and without detours.",
            feedback = "You talk with Dani himself, which is good. But a closed, leading question about abuse can confuse a nine-year-old and colour his story; and if something did happen, it can harm a later investigation. With (a suspicion of) sexual violence you first seek expert advice, and sometimes you hold the conversation together with another professional. And you did not talk with Lina.",
        },
    },

    keuze "alleen_dani" {
        tekst = "Spreek Dani met de Drie Huizen, rustig en in zijn eigen tempo; over hem gaat de zorgmelding. Lina is vier en te jong voor een gesprek. Je ziet haar wel even bij het ophalen, om te kijken hoe ze erbij zit.",
        gesproken_met = { "dani" },
        feedback = "Dani een eigen gesprek geven is goed. Maar ook een kind van vier heeft een eigen beleving en kan, spelend, veel laten zien; vanaf ongeveer vier jaar werken open vragen. Lina slaapt op één kamer met Dani en zit huilend op de trap als het misgaat: juist zij valt anders buiten beeld.",
        bron = { "bouwsteen.gesprekken_kinderen", "bron.monitor" },
        onthult = { "f_dani_vertelt" },
        naar = "weging",
        en = {
            tekst = "Talk with Dani using the Three Houses, calmly and at his own pace; the report is about him. Lina is four and too young for a conversation. You do see her briefly at pick-up time, to see how she is doing.",
            feedback = "Giving Dani his own conversation is good. But a four-year-old also has her own experience and can show a lot through play; from about age four open questions work. Lina shares a room with Dani and sits crying on the stairs when things go wrong: she is the one who otherwise drops out of sight.",
        },
    },

    keuze "schoolmw_praat_wel" {
        tekst = "De schoolmaatschappelijk werker spreekt Dani al elke week en kent hem goed. Vraag haar wat ze hoort, en belast de kinderen niet met nog een vreemde: een extra gesprek maakt een kind van negen alleen maar onrustiger.",
        feedback = "Zo praat iedereen over de kinderen en niemand met hen. De schoolmaatschappelijk werker ziet Dani op school, niet zijn thuis, en Lina ziet helemaal niemand. ‘Ga altijd in gesprek met de jeugdige’: afwijken mag alleen met argumenten die je vastlegt, en dan zorg je dat iemand anders wél met elk kind praat.",
        bron = "bouwsteen.gesprekken_kinderen",
        gevolg = { directe_veiligheid = -2 },
        naar = "weging",
        en = {
            tekst = "The school social worker already talks with Dani every week and knows him well. Ask her what she hears, and don't burden the children with yet another stranger: an extra conversation only makes a nine-year-old more restless.",
            feedback = "This way everyone talks about the children and nobody with them. The school social worker sees Dani at school, not his home, and nobody sees Lina at all. Always talk with the child: deviating is only allowed with arguments you record, and then you make sure someone else does talk with each child.",
        },
    },
}

stap "weging" {
    titel = "4. Vijf leefgebieden tegelijk",
    datum = "2024-11",
    tekst = [[
November 2024. Op je bureau liggen: huurachterstand en een dreigende ontruiming, overlastklachten, schoolverzuim en een leerplichtambtenaar, geweld tussen de ouders, seksueel grensoverschrijdend gedrag van Dani, een vader met chronische pijn en zonder werk, een moeder die de post niet openmaakt. Chantal gaf je met toestemming de afsluitbrieven van eerdere hulp (bij de documenten).

De corporatie, leerplicht en de huisarts vragen elk wat jij gaat doen. Hoe ga je verder?
]],
    documenten = { "d_schuldhulp_2023", "d_ggz_dani", "d_opvoed_2019", "d_vt_2022" },
    en = {
        titel = "4. Five areas of life at once",
        tekst = [[
November 2024. On your desk: rent arrears and a threatened eviction, complaints about nuisance, school absence and an attendance officer, violence between the parents, Dani's sexually transgressive behaviour, a father with chronic pain and no work, a mother who does not open the post. With her consent Chantal gave you the closing letters of earlier help (among the documents).

The housing association, the attendance officer and the GP each ask what you are going to do. How do you proceed?
]],
    },

    keuze "zelf_aanpakken" {
        tekst = "Je kent dit soort gezinnen, en de corporatie geeft geen tijd. Schrijf vandaag zelf een plan van aanpak met doelen voor geld, school en thuis, en bespreek het morgen met de ouders. Een teambespreking kost een week die er niet is.",
        feedback = "De tijdsdruk is echt, maar juist hier helpt het om erbij stil te staan en ‘niet meteen te gaan rennen’. Alleen beslissen over een gezin met geweld en seksueel gedrag van een kind maakt jou en het besluit kwetsbaar. In de casuïstiekbespreking weeg je samen, met een gedragswetenschapper, op feiten. Het huis kun je intussen bewaken; de analyse vraagt vertraging.",
        bron = { "bouwsteen.weging", "bron.evaluatie" },
        naar = "signaal",
        en = {
            tekst = "You know families like this, and the housing association gives no time. Write your own plan of action today with goals for money, school and home, and discuss it with the parents tomorrow. A team discussion costs a week there isn't.",
            feedback = "The time pressure is real, but ‘not rushing off straight away’ is needed precisely here. Deciding alone about a family with violence and a child's sexual behaviour makes you and the decision vulnerable. In the case discussion you weigh together, with a behavioural scientist, on facts. You can guard the house meanwhile; the analysis asks for slowing down.",
        },
    },

    keuze "per_leefgebied_verwijzen" {
        tekst = "Verdeel het werk, zodat alles tegelijk wordt opgepakt: schuldhulp voor het geld, leerplicht voor het verzuim, de jeugd-GGZ voor Dani en een agressietraining voor Ricardo. Ieder doet waar hij goed in is; jij houdt het contact.",
        feedback = "Dit is het hulpverleningspatroon uit de oorspronkelijke dossiers: hulp op veel leefgebieden tegelijk, ieder met een eigen doel, niemand die de samenhang ziet. In dit gezin is dat al vijf keer zo gegaan, en telkens stopte de hulp bij een verhuizing of een gemiste afspraak. Eerst wegen: is een uitgebreide verklarende analyse nodig?",
        bron = { "bouwsteen.weging", "hulppatroon" },
        gevolg = { vertrouwen_gezin = -1, woonzekerheid = 1 },
        naar = "signaal",
        en = {
            tekst = "Divide the work, so that everything is tackled at once: debt counselling for the money, the attendance officer for the absence, youth mental health for Dani and an aggression course for Ricardo. Everyone does what they are good at; you keep in touch.",
            feedback = "This is the help pattern from the original case files: help on many areas of life at once, each with its own goal, nobody who sees the connections. In this family it has already gone like this five times, and each time the help stopped at a move or a missed appointment. Weigh first: is an extended explanatory analysis needed?",
        },
    },

    keuze "weging_mdo" {
        tekst = "Breng de casus in de casuïstiekbespreking met de gedragswetenschapper: zet de feiten en alle eerdere hulp op een rij en weeg of een uitgebreide analyse nodig is. Vraag de GI anoniem advies over het geweld; tot er één plan is, komt er geen hulp bij.",
        feedback = "Precies: problemen op veel leefgebieden, huiselijk geweld, een kind met zorgelijk gedrag, bagatelliseren en hulp die steeds strandt zijn allemaal redenen om te wegen. Het team besluit tot een uitgebreide analyse. Anoniem advies van de GI (product 1) mag altijd. En door geen nieuwe losse hulp toe te voegen, doorbreek je het patroon van ‘repetitie van hulp’ al voordat het begint.",
        bron = "bouwsteen.weging",
        onthult = { "f_besluit_weging" },
        naar = "signaal",
        en = {
            tekst = "Bring the case to the case discussion with the behavioural scientist: list the facts and all earlier help and weigh whether an extended analysis is needed. Ask the GI anonymously for advice on the violence; until there is one plan, no help is added.",
            feedback = "Exactly: problems on many areas of life, domestic violence, a child with worrying behaviour, trivialising and help that keeps foundering are all reasons to weigh. The team decides on an extended analysis. Anonymous advice from the GI (product 1) is always allowed. And by not adding new separate help, you break the pattern of ‘repetition of help’ before it starts.",
        },
    },
}

local na_signaal = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "veiligheid_eerst" },
    { naar = "tijdlijn" },
}

stap "signaal" {
    titel = "5. De dagvaarding",
    datum = "2024-12",
    veiligheidssignaal = "Ricardo greep Chantal bij de keel na de dagvaarding; Dani gooide een stoel naar zijn vader, Lina zat huilend op de trap.",
    tekst = [[
December 2024. De dagvaarding van de woningcorporatie is bezorgd: de zitting over de ontruiming is over zes weken. Diezelfde avond belt de buurvrouw 112. De politiemutatie staat bij de documenten: Ricardo greep Chantal bij de keel, Dani gooide een stoel naar zijn vader ‘om hem te laten stoppen’, Lina zat huilend op de trap. Ricardo is naar zijn moeder gegaan.

Morgen heb je een afspraak bij de schuldhulp, die je met moeite hebt kunnen plannen. Op het bord Veiligheid staat een rode melding.

Wat doe je vandaag?
]],
    documenten = { "d_politie" },
    feiten = { "f_incident" },
    en = {
        titel = "5. The summons",
        veiligheidssignaal = "Ricardo grabbed Chantal by the throat after the summons; Dani threw a chair at his father, Lina sat crying on the stairs.",
        tekst = [[
December 2024. The housing association's summons has arrived: the eviction hearing is in six weeks. That same evening the neighbour calls the emergency number. The police report is among the documents: Ricardo grabbed Chantal by the throat, Dani threw a chair at his father ‘to make him stop’, Lina sat crying on the stairs. Ricardo went to his mother's.

Tomorrow you have a debt-counselling appointment that was hard to arrange. The Safety board shows a red alert.

What do you do today?
]],
    },

    keuze "plan_centraal" {
        tekst = "Ga vandaag langs bij Chantal en de kinderen, en bij Ricardo bij Ans; hij blijft daar voorlopig. Taxeer opnieuw, spreek Dani en Lina opnieuw, overleg met de gedragswetenschapper en Veilig Thuis en zeg de ouders wat je doet.",
        gesproken_met = { "dani", "lina" },
        feedback = "Het veiligheidsplan weer in het midden: Ricardo blijft voorlopig bij Ans, je taxeert opnieuw, spreekt de kinderen opnieuw (Dani hoort van je dat het niet zijn taak is om zijn moeder te beschermen) en overlegt met de gedragswetenschapper en Veilig Thuis. De schuldhulp schuift een dag. Je bent open tegen beide ouders. Ricardo is geschrokken van zichzelf: ‘Ik zag die brief en toen was het zwart.’ Die zin is straks goud waard voor het patroon.",
        bron = { "bouwsteen.directe_veiligheid", "bouwsteen.gesprekken_kinderen" },
        gevolg = { directe_veiligheid = 1, vertrouwen_gezin = 1 },
        naar = na_signaal,
        en = {
            tekst = "Visit Chantal and the children today, and Ricardo at Ans's; he stays there for now. Reassess, talk with Dani and Lina again, consult the behavioural scientist and Veilig Thuis, and tell the parents what you are doing.",
            feedback = "The safety plan back in the centre: Ricardo stays at Ans's for now, you reassess, talk with the children again (Dani hears from you that protecting his mother is not his job) and consult the behavioural scientist and Veilig Thuis. The debt appointment moves a day. You are open with both parents. Ricardo is shocked at himself: ‘I saw that letter and then everything went black.’ That sentence will be worth gold for the pattern.",
        },
    },

    keuze "schuldhulp_doorgaan" {
        tekst = "Ricardo zit bij zijn moeder, de politie is geweest en Veilig Thuis weet ervan. Houd de afspraak bij de schuldhulp van morgen aan: zonder regeling verliest het gezin over zes weken zijn huis, en dan is niemand veilig.",
        feedback = "Je begrijpt de druk van de zitting, en het huis doet ertoe. Maar dit is een signaal over de directe veiligheid: een greep naar de keel is levensgevaarlijk, en een kind van negen gooide een stoel om zijn moeder te beschermen. Nieuwe signalen zetten het veiligheidsplan weer in het midden; de schuldhulp kan een dag schuiven. Merk ook het patroon op: de dagvaarding was de aanleiding.",
        bron = "bouwsteen.directe_veiligheid",
        gevolg = { directe_veiligheid = -3, woonzekerheid = 1 },
        naar = na_signaal,
        en = {
            tekst = "Ricardo is at his mother's, the police have been and Veilig Thuis knows. Keep tomorrow's debt-counselling appointment: without a payment plan the family loses its house in six weeks, and then nobody is safe.",
            feedback = "You understand the pressure of the hearing, and the house matters. But this is a signal about immediate safety: a grip on the throat is life-threatening, and a nine-year-old threw a chair to protect his mother. New signals put the safety plan back in the centre; the debt appointment can move a day. Notice the pattern too: the summons was the trigger.",
        },
    },

    keuze "vt_melden_stil" {
        tekst = "Veilig Thuis heeft de melding van de politie al: laat het onderzoek naar de veiligheid aan hen en geef ze alles wat je weet. Vertel de ouders niet wat je deelt, anders zet Ricardo de kinderen onder druk. Zelf help je verder met het huis.",
        feedback = "Zorg om de kinderen is terecht, en overleg met Veilig Thuis kan nodig zijn. Maar je deelt achter de rug van de ouders en legt de veiligheid bij een ander neer, terwijl jij het gezin kent. Deel je zonder toestemming, dan volg je de werkinstructie, overleg je, leg je de afweging vast en informeer je het gezin. Horen de ouders later wat je deed, dan is hun vertrouwen weg, vlak voor de zitting.",
        bron = "bouwsteen.privacy",
        gevolg = { vertrouwen_gezin = -3, directe_veiligheid = -1 },
        naar = na_signaal,
        en = {
            tekst = "Veilig Thuis already has the police report: leave the safety investigation to them and give them everything you know. Don't tell the parents what you share, or Ricardo will put pressure on the children. You go on helping with the house yourself.",
            feedback = "Worry about the children is justified, and consulting Veilig Thuis may be needed. But you share behind the parents' backs and hand the safety to someone else, while you are the one who knows the family. If you share without consent, you follow the work instruction, consult, record the consideration and inform the family. If the parents later hear what you did, their trust is gone, just before the hearing.",
        },
    },
}

stap "tijdlijn" {
    titel = "6. Acht jaar, vijf adressen, vijf keer hulp",
    datum = "2025-01",
    tekst = [[
Januari 2025. Ricardo is na twee weken bij Ans weer thuis; er is sinds de dagvaarding geen nieuw incident gemeld. Op verzoek van het lokaal team heeft de rechter de ontruimingszaak zes weken aangehouden.

De afsluitbrieven van eerdere hulp liggen bij de documenten. Hoe maak je de tijdlijn?
]],
    en = {
        titel = "6. Eight years, five addresses, five rounds of help",
        tekst = [[
January 2025. Ricardo is back home after two weeks at Ans's; no new incident has been reported since the summons. At the local team's request the court has adjourned the eviction case for six weeks.

The closing letters of earlier help are among the documents. How do you make the timeline?
]],
    },

    keuze "tijdlijn_kantoor" {
        tekst = "Zet de tijdlijn op kantoor in elkaar uit de afsluitbrieven, de meldingen en de gegevens van school, met per traject datum, instantie en resultaat. Laat hem daarna aan de ouders zien: zo kost het hun geen avond en klopt elke datum.",
        feedback = "Een tijdlijn uit brieven is feitelijk, maar je mist wat nergens staat: Chantals eigen jeugd met negen verhuizingen, Ricardo’s leefgroep, en hoe zij de hulp van toen beleefden. Juist bij een moeder voor wie lezen en regelen moeilijk is, helpt het om de tijdlijn samen en visueel te maken.",
        bron = { "bouwsteen.tijdlijn", "bron.onderzoek" },
        naar = "patroon",
        en = {
            tekst = "Put the timeline together at the office from the closing letters, the reports and the school's records, with date, agency and result for each trajectory. Then show it to the parents: that way it costs them no evening and every date is right.",
            feedback = "A timeline from letters is factual, but you miss what is written nowhere: Chantal's own childhood with nine moves, Ricardo's residential group, and how they experienced the help back then. Especially with a mother for whom reading and sorting things out is hard, it helps to make the timeline together and visually.",
        },
    },

    keuze "tijdlijn_overslaan" {
        tekst = "De voorgeschiedenis staat in de brieven en je hebt ze gelezen. Ga met de ouders meteen aan de doelen: het huis, Dani elke dag op school, rust in huis. Over zes weken is de zitting, en daar wil de rechter een plan zien.",
        feedback = "Zonder tijdlijn zie je het patroon niet: dat dit gezin verhuist als het misgaat, dat de hulp telkens meeverhuisde naar ‘buiten ons werkgebied’, en dat Chantal zelf zo opgroeide. Doelen zonder die analyse worden weer symptoombestrijding: een nieuwe regeling, een nieuwe school.",
        bron = "bouwsteen.tijdlijn",
        gevolg = { vertrouwen_gezin = -1 },
        naar = "patroon",
        en = {
            tekst = "The history is in the letters and you have read them. Go straight to goals with the parents: the house, Dani at school every day, calm at home. The hearing is in six weeks, and the judge wants to see a plan there.",
            feedback = "Without a timeline you do not see the pattern: that this family moves when things go wrong, that the help moved along to ‘outside our area’ each time, and that Chantal grew up like that herself. Goals without that analysis become symptom fighting again: a new payment plan, a new school.",
        },
    },

    keuze "tijdlijn_met_gezin" {
        tekst = "Maak de tijdlijn met Chantal en Ricardo op een strook papier aan de keukentafel: elk adres, elke school, hun eigen jeugd, de meldingen en alle eerdere hulp met resultaat. Vraag bij elke verhuizing wat er gebeurde.",
        feedback = "Zo wordt het hún tijdlijn, en hij wordt zichtbaar. Bij elk adres zegt Chantal: ‘Toen ging het mis, dus gingen we weg.’ Ze vertelt over haar eigen negen verhuizingen als kind, en voor het eerst over de buurman. Ricardo vertelt over de leefgroep. Bij de hulp zie je vijf trajecten die elk stopten bij een verhuizing of een gemiste afspraak, zonder overdracht. Zet hun eigen kijk op het bord, bij ‘Zo ziet het gezin het zelf’.",
        bron = "bouwsteen.tijdlijn",
        gevolg = { vertrouwen_gezin = 1 },
        onthult = { "f_jeugd_chantal", "f_jeugd_ricardo", "f_ongeval", "f_visie_gezin" },
        naar = "patroon",
        en = {
            tekst = "Make the timeline with Chantal and Ricardo on a strip of paper at the kitchen table: every address, every school, their own childhoods, the reports and all earlier help with its result. At each move ask what happened.",
            feedback = "This way it becomes their timeline, and it becomes visible. At each address Chantal says: ‘Then it went wrong, so we left.’ She tells about her own nine moves as a child, and for the first time about the neighbour. Ricardo tells about the residential group. In the help you see five trajectories that each stopped at a move or a missed appointment, without a handover. Put their own view on the board, under ‘The family's own view’.",
        },
    },
}

stap "patroon" {
    titel = "7. Het patroon, stap voor stap",
    datum = "2025-02",
    opent = { "patroon" },
    tekst = [[
Februari 2025. Nu de vraag die het verschil maakt: waarom blijven de problemen terugkomen, ook na vijf keer hulp? Het bord Gezinspatroon is open.

School belt: Dani heeft deze maand twee keer een klasgenoot geslagen. De corporatie wil voor de zitting weten wat er gaat veranderen.

Hoe pak je het aan?
]],
    en = {
        titel = "7. The pattern, step by step",
        tekst = [[
February 2025. Now the question that makes the difference: why do the problems keep coming back, even after five rounds of help? The Family pattern board is open.

The school calls: Dani hit a classmate twice this month. The housing association wants to know before the hearing what is going to change.

How do you go about it?
]],
    },

    keuze "patroon_vader" {
        tekst = "Het geweld is de grootste zorg, en dat komt van Ricardo. Verwijs hem naar een agressieregulatietraining, met een duidelijke afspraak over wat er gebeurt als hij stopt, en richt je verder op Chantal en de kinderen.",
        feedback = "Het geweld is de grootste zorg, maar een training voor Ricardo alleen maakt van hem het probleem en laat de rest liggen: zijn pijn en terugtrekken, Chantals ontkenning en de ongeopende post, het toezicht op de kinderen, en de hulp die steeds strandde. Dat is hulp aan één persoon op één leefgebied, precies het hulpverleningspatroon van dit gezin.",
        bron = "bouwsteen.gezinspatroon",
        naar = "netwerkberaad",
        en = {
            tekst = "The violence is the biggest concern, and it comes from Ricardo. Refer him to an aggression control course, with a clear agreement about what happens if he drops out, and otherwise focus on Chantal and the children.",
            feedback = "The violence is the biggest concern, but a course for Ricardo alone makes him the problem and leaves the rest: his pain and withdrawal, Chantal's denial and the unopened post, the supervision of the children, and the help that kept foundering. That is help for one person on one area of life, exactly this family's help pattern.",
        },
    },

    keuze "patroon_stap_voor_stap" {
        tekst = "Bouw het patroon met Chantal en Ricardo op een flap: begin bij Dani’s gedrag en werk terug naar zijn ontwikkeling, hun eigen gedrag, wat daaronder ligt en de rol van de hulp. Koppel elke pijl aan een feit.",
        feedback = "Hier valt het op zijn plek. Als de pijl van Ricardo’s greep naar Dani’s stoel op de flap staat, zegt Chantal: ‘Hij doet wat hij thuis ziet.’ Ricardo ziet dat zijn terugtrekken op zolder Chantal alleen laat met de post, en dat zij dan ontkent ‘omdat ik anders niet verder kan’. Het hulpverleningspatroon wordt zichtbaar: elke keer één loket, en bij elke verhuizing weer opnieuw. De nobele intenties zijn echt: Chantal verhuist om haar kinderen rust te geven, Ricardo trekt zich terug ‘om niks kapot te maken’.",
        bron = "bouwsteen.gezinspatroon",
        gevolg = { vertrouwen_gezin = 1 },
        naar = "netwerkberaad",
        en = {
            tekst = "Build the pattern with Chantal and Ricardo on a flip chart: start from Dani's behaviour and work back to his development, their own behaviour, what lies underneath and the role of the help. Link every arrow to a fact.",
            feedback = "Here it falls into place. When the arrow from Ricardo's grip to Dani's chair is on the flip chart, Chantal says: ‘He does what he sees at home.’ Ricardo sees that his withdrawing to the attic leaves Chantal alone with the post, and that she then denies ‘because otherwise I can't go on’. The help pattern becomes visible: each time one desk, and at each move back to square one. The noble intentions are real: Chantal moves to give her children peace, Ricardo withdraws ‘so as not to break anything’.",
        },
    },

    keuze "patroon_adhd" {
        tekst = "Leg de lijn die in elk verslag terugkomt: Dani’s ADHD maakt alles thuis zwaar. Laat de jeugd-GGZ het onderzoek afmaken en medicatie starten, en help de ouders met vaste tijden en regels, zodat er rust komt voor iedereen.",
        feedback = "Dani’s ontwikkeling is één hoek van de driehoek, niet het hele patroon. Waarom slaat hij bij teleurstellingen (hij ziet zijn vader zijn moeder pakken)? Waarom kent hij seksuele gebaren (een tablet zonder toezicht)? Waarom is er geen structuur (een moeder die zelf zo opgroeide)? En waarom strandde de hulp steeds? Wie één oorzaak kiest, behandelt één symptoom.",
        bron = { "bouwsteen.gezinspatroon", "hulppatroon" },
        gevolg = { vertrouwen_gezin = -1 },
        naar = "netwerkberaad",
        en = {
            tekst = "Follow the line that comes back in every report: Dani's ADHD makes everything at home hard. Let youth mental health finish the assessment and start medication, and help the parents with set times and rules, so everyone gets some calm.",
            feedback = "Dani's development is one corner of the triangle, not the whole pattern. Why does he hit out when disappointed (he sees his father grab his mother)? Why does he know sexual gestures (a tablet without supervision)? Why is there no structure (a mother who grew up like that herself)? And why did the help keep foundering? Whoever picks one cause treats one symptom.",
        },
    },
}

-- Na het netwerkberaad volgt de zitting. Is het huis niet te houden, dan eindigt de casus daar;
-- de borgingsstap gaat uit van een gezin dat mag blijven wonen. Escalatie gaat voor.
local na_netwerkberaad = {
    { als = { alle = { { variabele = "woonzekerheid", max = 3 }, { variabele = "directe_veiligheid", max = 3 } } }, naar = "einde_escalatie" },
    { als = { variabele = "woonzekerheid", max = 3 }, naar = "einde_uitzetting" },
    { naar = "borging" },
}

stap "netwerkberaad" {
    titel = "8. Wat is goed genoeg voor dit gezin?",
    datum = "2025-03",
    opent = { "eindsituatie" },
    tekst = [[
Maart 2025. De zitting over de ontruiming komt dichterbij. Om het gezin staan veel mensen: Mariska, oma Ans, school, leerplicht, de corporatie, de schuldhulp, de jeugd-GGZ. Ricardo zegt: ‘Nog meer mensen? Dan ga ik weer naar boven.’

Het bord Eindsituatie is open. Hoe komt er één plan?
]],
    en = {
        titel = "8. What is good enough for this family?",
        tekst = [[
March 2025. The eviction hearing is getting closer. Many people stand around the family: Mariska, grandma Ans, the school, the attendance officer, the housing association, debt counselling, youth mental health. Ricardo says: ‘Even more people? Then I'm going back upstairs.’

The End situation board is open. How do you get to one plan?
]],
    },

    keuze "netwerkberaad_eindsituatie" {
        tekst = "Bereid met Chantal en Ricardo een netwerkberaad voor; zij kiezen wie er komt. Beschrijf daar samen in hun woorden wat kan veranderen, wat blijvend moet worden opgevangen en wie wat doet. Plan meteen het volgende beraad.",
        feedback = "Dit is de stap van patroon naar haalbare eindsituatie. Ricardo blijft aan tafel omdat hij zelf mocht kiezen wie er kwam. Chantal zegt het zo: ‘We blijven hier wonen. De post gaat naar Mariska en de budgetbeheerder. Als Ricardo boos wordt, loopt hij naar zijn moeder. Dani gaat elke dag naar school.’ Wat blijvend moet worden opgevangen (het regelen, voor een moeder voor wie lezen moeilijk is) staat los van wat ze kunnen leren (ruzie zonder geweld, toezicht op de kinderen). De corporatie gaat akkoord met een regeling.",
        bron = { "bouwsteen.haalbare_eindsituatie", "bouwsteen.samenwerkingsprincipes" },
        gevolg = { vertrouwen_gezin = 1, directe_veiligheid = 1, woonzekerheid = 4 },
        onthult = { "f_regeling" },
        naar = na_netwerkberaad,
        en = {
            tekst = "Prepare a network meeting with Chantal and Ricardo; they choose who comes. There, describe together in their words what can change, what must be lastingly compensated and who does what. Plan the next meeting at once.",
            feedback = "This is the step from pattern to feasible end situation. Ricardo stays at the table because he chose who came. Chantal puts it like this: ‘We stay living here. The post goes to Mariska and the budget manager. When Ricardo gets angry, he walks to his mother's. Dani goes to school every day.’ What must be lastingly compensated (the paperwork, for a mother for whom reading is hard) is kept apart from what they can learn (rowing without violence, supervising the children). The housing association agrees to a payment plan.",
        },
    },

    keuze "eindsituatie_voor_ze" {
        tekst = "Schrijf zelf een heldere eindsituatie, want lezen en regelen is moeilijk voor de ouders: een opgeruimd huis, vaste eettijden, geen schulden, Dani zonder verzuim. Loop hem met ze door en vraag hun handtekening voor de rechter.",
        feedback = "Je doelen zijn redelijk, maar het zijn de jouwe, in jouw taal. ‘Een opgeruimd huis en geen schulden’ is voor dit gezin misschien geen haalbare 6, en zonder onderscheid tussen wat ze kunnen leren en wat blijvend moet worden opgevangen, zet je Chantal op hetzelfde faalpunt als bij de vorige schuldhulp. Een ‘6’ voor het ene gezin ziet er heel anders uit dan voor het andere.",
        bron = "bouwsteen.haalbare_eindsituatie",
        gevolg = { vertrouwen_gezin = -1, woonzekerheid = 1 },
        naar = na_netwerkberaad,
        en = {
            tekst = "Write a clear end situation yourself, because reading and sorting things out is hard for the parents: a tidy house, set mealtimes, no debts, Dani without absences. Go through it with them and ask for their signature for the judge.",
            feedback = "Your goals are reasonable, but they are yours, in your language. ‘A tidy house and no debts’ may not be a feasible 6 for this family, and without separating what they can learn from what must be lastingly compensated, you set Chantal up to fail at the same point as with the previous debt counselling. A ‘6’ for one family looks very different from a ‘6’ for another.",
        },
    },

    keuze "plan_per_aanbieder" {
        tekst = "Vraag elke instantie om een eigen plan met doelen en een contactpersoon, en bundel ze in één map voor de zitting. Zo ziet de rechter dat er hulp is, en weet ieder wat hij moet doen, zonder een overleg waar Ricardo wegloopt.",
        feedback = "Een map vol plannen is geen plan. Dit is het patroon dat de tijdlijn liet zien: hulp per loket, ieder met een eigen doel, en bij de eerste verhuizing valt alles weer uit elkaar. Eén gezin, één plan, één regisseur: in een netwerkberaad werken gezin, netwerk en hulpverleners aan dezelfde haalbare eindsituatie.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { vertrouwen_gezin = -1, woonzekerheid = 1 },
        naar = na_netwerkberaad,
        en = {
            tekst = "Ask each agency for its own plan with goals and a contact person, and bundle them in one folder for the hearing. That way the judge sees there is help, and everyone knows what to do, without a meeting Ricardo walks out of.",
            feedback = "A folder full of plans is not a plan. This is the pattern the timeline showed: help per desk, each with its own goal, and at the first move everything falls apart again. One family, one plan, one director: in a network meeting family, network and helpers work towards the same feasible end situation.",
        },
    },
}

local naar_einde = {
    { als = { variabele = "directe_veiligheid", max = 3 }, naar = "einde_escalatie" },
    { als = { alle = {
          { variabele = "directe_veiligheid", min = 6 },
          { variabele = "vertrouwen_gezin", min = 6 },
          { keuze = "veiligheid_taxeren" },
          { keuze = "kinderen_zorgvuldig" },
          { keuze = "plan_centraal" },
          { keuze = "tijdlijn_met_gezin" },
          { keuze = "patroon_stap_voor_stap" },
          { keuze = "netwerkberaad_eindsituatie" },
          { keuze = "reflectie_borging" },
      } },
      naar = "einde_patroon_doorbroken" },
    { naar = "einde_huis_gered" },
}

stap "borging" {
    titel = "9. Na de zitting",
    datum = "2025-06",
    tekst = [[
Juni 2025. De zitting over de ontruiming is geweest: de rechter houdt de zaak aan zolang de afspraken met de corporatie worden nagekomen. De schuldhulp wil ‘positief afsluiten’ nu het geld op orde is. School en leerplicht vragen of het lokaal team ‘nog nodig is’.

Chantal: ‘Dus nu zijn we klaar?’ Hoe rond je deze fase af?
]],
    en = {
        titel = "9. After the hearing",
        tekst = [[
June 2025. The eviction hearing has taken place: the court adjourns the case as long as the agreements with the housing association are kept. Debt counselling wants to ‘close positively’ now that the money is in order. The school and the attendance officer ask whether the local team is ‘still needed’.

Chantal: ‘So now we're done?’ How do you close this phase?
]],
    },

    keuze "nieuwe_hulp_erbij" {
        tekst = "Nu het huis veilig is, is er ruimte voor de diepere problemen. Meld het gezin aan voor intensieve ambulante gezinsbehandeling, bovenop wat er al loopt: dan pakt een specialist het trauma en de opvoeding aan nu het kan.",
        feedback = "Behandeling kan nodig zijn, maar een nieuwe aanbieder bovenop de rest, zonder dat het in het plan staat en zonder dat het gezin het vraagt, is weer ‘repetitie van hulp’. Kijk eerst terug: wat werkte er deze keer, en welke hulp is nodig om uit het patroon te blijven? Dat besluit je samen, in het netwerkberaad.",
        bron = { "bouwsteen.gezinspatroon", "bouwsteen.reflectie" },
        gevolg = { vertrouwen_gezin = -1 },
        naar = naar_einde,
        en = {
            tekst = "Now that the house is safe there is room for the deeper problems. Refer the family to intensive family treatment at home, on top of what is already running: then a specialist tackles the trauma and the parenting while it can.",
            feedback = "Treatment may be needed, but a new provider on top of the rest, without it being in the plan and without the family asking for it, is ‘repetition of help’ again. Look back first: what worked this time, and which help is needed to stay out of the pattern? You decide that together, in the network meeting.",
        },
    },

    keuze "positief_afsluiten" {
        tekst = "Het huis is gered, Dani gaat naar school en het is al maanden rustig. Laat de schuldhulp positief afsluiten, sluit je eigen dossier ook en zeg de ouders dat ze altijd weer kunnen bellen: zo komt er ruimte voor nieuwe gezinnen.",
        feedback = "Dit is het bekende einde uit de oorspronkelijke dossiers: ‘positief afsluiten door individuele zorgaanbieders’ terwijl het patroon er nog ligt. De directe hulpvraag is beantwoord, de onderliggende niet: Ricardo’s pijn en Chantals trauma zijn nog niet behandeld, en bij de volgende grote brief dreigt dezelfde greep. Zonder borging en volgend beraad merkt niemand het op tijd.",
        bron = "bouwsteen.samenwerkingsprincipes",
        gevolg = { directe_veiligheid = -2 },
        naar = naar_einde,
        en = {
            tekst = "The house is saved, Dani goes to school and it has been calm for months. Let debt counselling close positively, close your own file too and tell the parents they can always call again: that leaves room for new families.",
            feedback = "This is the familiar ending from the original case files: individual providers closing positively while the pattern is still there. The direct request has been answered, the underlying one not: Ricardo's pain and Chantal's trauma have not been treated yet, and with the next big letter the same grip threatens. Without securing and a next meeting nobody notices in time.",
        },
    },

    keuze "reflectie_borging" {
        tekst = "Vraag Chantal, Ricardo en Dani wat er deze keer anders was dan bij de vijf eerdere trajecten, en wat jij beter had kunnen doen. Bespreek met de schuldhulp wat die zag voordat ze afsluit; zet de terugvalsignalen in het plan.",
        feedback = "Zo leer je met het gezin én met de andere hulpverleners. Chantal: ‘Dat niemand wegging toen het misging. Wij ook niet.’ Ricardo: ‘Dat ik niet de enige schuldige was.’ Je bespreekt met de schuldhulp waarom het deze keer lukte (budgetbeheer in plaats van stukken aanleveren), zodat ook zij iets meenemen. En de terugvalsignalen staan in de woorden van het gezin in het borgingsplan.",
        bron = { "bouwsteen.reflectie", "bouwsteen.samenwerkingsprincipes", "bron.onderzoek" },
        gevolg = { directe_veiligheid = 1, vertrouwen_gezin = 1 },
        naar = naar_einde,
        en = {
            tekst = "Ask Chantal, Ricardo and Dani what was different this time from the five earlier rounds of help, and what you could have done better. Discuss with debt counselling what they saw before they close, and put the relapse signals in the plan.",
            feedback = "This way you learn with the family and with the other helpers. Chantal: ‘That nobody left when it went wrong. Us neither.’ Ricardo: ‘That I wasn't the only one to blame.’ You discuss with debt counselling why it worked this time (budget management instead of handing in papers), so they take something away too. And the relapse signals are in the securing plan in the family's own words.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Eindes
-- ---------------------------------------------------------------------------------------------

einde "einde_patroon_doorbroken" {
    titel = "Blijven wonen, en het patroon doorbroken",
    toon = "goed",
    tekst = [[
Een jaar later woont het gezin nog op hetzelfde adres, voor het eerst in acht jaar. De post gaat naar de budgetbeheerder; Mariska helpt Chantal met wat er overblijft. Ricardo heeft pijnbehandeling en een traject voor huiselijk geweld; als hij boos wordt, loopt hij naar zijn moeder. Dani zit voor het tweede jaar op dezelfde school, heeft traumahulp en speelt bij de voetbalclub. Lina slaapt op haar eigen kamer.

Het verschil zat niet in het huis, maar in wat eronder lag: eerst de veiligheid, elk kind gehoord, een tijdlijn die liet zien dat dit gezin vlucht als het misgaat, een patroon dat de ouders zelf herkenden, een eindsituatie die zij zelf haalbaar vonden, en niemand die afsloot toen het huis gered was. Het huis redden was de directe hulpvraag; het patroon doorbreken de onderliggende.

Probeer via Terugspoelen eens de route waarin je alleen het huis regelt, en kijk wat er dan overblijft.
]],
    en = {
        titel = "Staying put, and the pattern broken",
        tekst = [[
A year later the family still lives at the same address, for the first time in eight years. The post goes to the budget manager; Mariska helps Chantal with what is left. Ricardo has pain treatment and a domestic-violence programme; when he gets angry he walks to his mother's. Dani is in his second year at the same school, has trauma help and plays at the football club. Lina sleeps in her own room.

The difference was not in the house but in what lay underneath: safety first, each child heard, a timeline that showed this family flees when things go wrong, a pattern the parents recognised themselves, an end situation they found feasible, and nobody closing the file once the house was saved. Saving the house was the direct request; breaking the pattern the underlying one.

Use Rewind to try the route in which you only sort out the house, and see what is left then.
]],
    },
}

einde "einde_huis_gered" {
    titel = "Het huis is gered, het patroon niet",
    toon = "gemengd",
    tekst = [[
De uitzetting is voorlopig van tafel, en dat is veel. Maar iets ontbreekt: misschien kwam er bij het huisbezoek geen plan met beide ouders, is een kind niet zorgvuldig gehoord, ging het veiligheidsplan na de dagvaarding niet voor, zijn tijdlijn of patroon zonder de ouders gemaakt, was er geen netwerkberaad, of werd er afgesloten of hulp bijgezet zonder terug te kijken. Over anderhalf jaar ligt er een nieuwe grote brief op de mat. Als de greep dan terugkomt en het gezin weer verhuist, begint de zesde hulpverlener opnieuw bij nul.

Dit is het einde van de symptoombestrijding: de directe hulpvraag beantwoord, de onderliggende niet. Kijk in de nabespreking welke criteria je miste.
]],
    en = {
        titel = "The house is saved, the pattern is not",
        tekst = [[
The eviction is off the table for now, and that is a lot. But something is missing: perhaps there was no plan with both parents at the home visit, a child was not carefully heard, the safety plan did not come first after the summons, the timeline or pattern was made without the parents, there was no network meeting, or the file was closed or help added without looking back. In eighteen months a new big letter will lie on the mat. If the grip comes back then and the family moves again, the sixth helper starts from scratch.

This is the ending of symptom fighting: the direct request answered, the underlying one not. Look in the debrief at which criteria you missed.
]],
    },
}

einde "einde_uitzetting" {
    titel = "Ontruimd",
    toon = "zorgelijk",
    tekst = [[
De rechter spreekt de ontruiming uit. Het gezin gaat naar de noodopvang; Dani gaat naar zijn vijfde school, Lina logeert bij Mariska. Ricardo trekt bij zijn moeder in. De hulp stopt weer ‘omdat het gezin verhuisd is’.

Ook de directe hulpvraag doet ertoe: een gezin dat zijn huis verliest, verliest zijn rust en zijn netwerk. Veiligheid eerst betekent niet dat je het huis laat liggen; het betekent dat je het huis regelt binnen een plan dat het patroon aanpakt. Probeer via Terugspoelen een route waarin je beide hulpvragen serieus neemt.
]],
    en = {
        titel = "Evicted",
        tekst = [[
The court orders the eviction. The family goes to emergency shelter; Dani goes to his fifth school, Lina stays with Mariska. Ricardo moves in with his mother. The help stops again ‘because the family has moved’.

The direct request matters too: a family that loses its home loses its calm and its network. Safety first does not mean leaving the house; it means sorting out the house within a plan that tackles the pattern. Use Rewind to try a route in which you take both requests seriously.
]],
    },
}

einde "einde_escalatie" {
    titel = "Escalatie",
    toon = "zorgelijk",
    tekst = [[
In het voorjaar gaat het opnieuw mis, erger dan in december. Chantal belandt op de spoedeisende hulp; Dani en Lina worden in crisis bij Mariska ondergebracht en er volgt een verzoek tot onderzoek bij de Raad voor de Kinderbescherming.

De directe veiligheid was te lang onder de 6, zonder werkend plan. Ga via Terugspoelen terug naar het huisbezoek of naar de avond van de dagvaarding, en zet het veiligheidsplan eerst.
]],
    en = {
        titel = "Escalation",
        tekst = [[
In the spring it goes wrong again, worse than in December. Chantal ends up in A&E; Dani and Lina are placed with Mariska in a crisis and a request for investigation goes to the Child Protection Board.

Immediate safety was below a 6 for too long, without a working plan. Use Rewind to go back to the home visit or to the evening of the summons, and put the safety plan first.
]],
    },
}

-- ---------------------------------------------------------------------------------------------
-- Referentie: de analyse van de trainer, opgebouwd als het uitgewerkte voorbeeld van bron.werkwijze.
-- ---------------------------------------------------------------------------------------------
referentie {
    tijdlijn = {
        feiten = { "f_jeugd_chantal", "f_jeugd_ricardo", "f_verhuizingen", "f_hulp_opvoed", "f_ongeval", "f_melding_vt_2022",
                   "f_hulp_schuldhulp", "f_hulp_ggz_dani", "f_overlast", "f_huurachterstand", "f_dani_seksueel", "f_verzuim",
                   "f_incident", "f_mariska", "f_ans" },
        eerste = "f_melding_vt_2022",
        laatste = "f_incident",
        ergste = "f_incident",
        hulpvraag_direct = "‘Ik dreig mijn huis uitgezet te worden en ben hier zo druk mee dat ik mijn kinderen niet aankan.’ Chantal vraagt hulp bij de corporatie en de schulden.",
        hulpvraag_onderliggend = "Ouders die zelf opgroeiden met verhuizingen, trauma en gebroken relaties lopen weg of trekken zich terug als het misgaat; er is geweld en weinig toezicht, en Dani laat in zijn gedrag zien wat hij thuis ziet en meemaakt.",
        en = {
            hulpvraag_direct = "‘I'm about to be evicted and I'm so busy with it that I can't cope with my children.’ Chantal asks for help with the housing association and the debts.",
            hulpvraag_onderliggend = "Parents who themselves grew up with moves, trauma and broken relationships run away or withdraw when things go wrong; there is violence and little supervision, and Dani shows in his behaviour what he sees and experiences at home.",
        },
    },
    patroon = {
        factoren = {
            { id = "dani_gedrag", gebied = "gedrag_kind", persoon = "dani",
              tekst = "Dani is onhandelbaar in de klas, seksueel grensoverschrijdend en agressief bij teleurstellingen", en = { tekst = "Dani is unmanageable in class, sexually transgressive and aggressive when disappointed" }, feiten = { "f_dani_school", "f_dani_seksueel" } },
            { id = "dani_ontwikkeling", gebied = "ontwikkeling_kind", persoon = "dani",
              tekst = "Dani: ADHD- en ODD-kenmerken, beneden gemiddelde intelligentie, onveilige hechting en traumaklachten", en = { tekst = "Dani: features of ADHD and ODD, below-average intelligence, insecure attachment and trauma complaints" }, feiten = { "f_dani_ontwikkeling", "f_dani_vertelt" } },
            { id = "vader_gedrag", gebied = "gedrag_ouder", persoon = "ricardo",
              tekst = "Ricardo onttrekt zich (zolder, games) en is agressief naar Chantal als er ruzie is over geld", en = { tekst = "Ricardo withdraws (attic, games) and is aggressive towards Chantal when there are rows about money" }, feiten = { "f_vader_onttrekt", "f_geweld_moeder", "f_incident" } },
            { id = "moeder_gedrag", gebied = "gedrag_ouder", persoon = "chantal",
              tekst = "Chantal verhuist veel, heeft weinig structuur en zicht op de opvoeding, en ontkent de problemen", en = { tekst = "Chantal moves house a lot, has little structure and little grip on the parenting, and denies the problems" }, feiten = { "f_verhuizingen", "f_weinig_structuur", "f_moeder_ontkent" } },
            { id = "vader_factoren", gebied = "ontwikkeling_ouder", persoon = "ricardo",
              tekst = "Ricardo: chronische pijn na zijn ongeval en moeite met relaties sinds een jeugd met wisselende vaders en een leefgroep", en = { tekst = "Ricardo: chronic pain after his accident, and difficulty with relationships since a childhood with changing fathers and a residential group" }, feiten = { "f_ongeval", "f_jeugd_ricardo" } },
            { id = "moeder_factoren", gebied = "ontwikkeling_ouder", persoon = "chantal",
              tekst = "Chantal: migraine, moeite met lezen en regelen, en trauma uit een jeugd met negen verhuizingen en misbruik", en = { tekst = "Chantal: migraine, difficulty reading and sorting things out, and trauma from a childhood with nine moves and abuse" }, feiten = { "f_jeugd_chantal" } },
            { id = "hulppatroon", gebied = "hulpverleningspatroon",
              tekst = "Vijf keer hulp op één leefgebied (opvoeding, schulden, Dani), telkens gestopt bij een verhuizing of gemiste afspraak, zonder overdracht; de kinderen werden in 2022 niet gezien", en = { tekst = "Five rounds of help on one area of life (parenting, debts, Dani), each stopped at a move or a missed appointment, without handover; the children were not seen in 2022" },
              feiten = { "f_hulp_opvoed", "f_hulp_schuldhulp", "f_hulp_ggz_dani", "f_melding_vt_2022" } },
        },
        pijlen = { { "dani_ontwikkeling", "dani_gedrag" }, { "vader_gedrag", "dani_ontwikkeling" }, { "moeder_gedrag", "dani_ontwikkeling" },
                   { "vader_gedrag", "dani_gedrag" }, { "moeder_gedrag", "dani_gedrag" }, { "vader_factoren", "vader_gedrag" },
                   { "moeder_factoren", "moeder_gedrag" }, { "dani_gedrag", "moeder_gedrag" }, { "hulppatroon", "moeder_gedrag" } },
        zin = "Deze kinderen groeien op in een gezin waarin ouders die zelf opgroeiden met verhuizingen, trauma en gebroken relaties weglopen of zich terugtrekken als het misgaat, waarin geweld en weinig toezicht Dani laten zien wat een kind niet hoort te zien, en waarin hulp steeds één probleem tegelijk aanpakte en meeverhuisde.",
        intentie = "Chantal verhuist om haar kinderen rust te geven; Ricardo trekt zich terug om niets kapot te maken; Dani wil zijn moeder beschermen.",
        en = {
            zin = "These children grow up in a family in which parents who themselves grew up with moves, trauma and broken relationships run away or withdraw when things go wrong, in which violence and little supervision show Dani what a child should not see, and in which help always tackled one problem at a time and moved house along with the family.",
            intentie = "Chantal moves house to give her children peace; Ricardo withdraws so as not to break anything; Dani wants to protect his mother.",
        },
    },
    veiligheid = {
        score = 6,
        zes = "Niemand slaat, duwt of grijpt. Als een ruzie oploopt, loopt Ricardo naar zijn moeder en belt Chantal Mariska. Dani en Lina slapen apart en zijn niet zonder toezicht samen; de tablet gaat ’s avonds naar de ouders. Grote brieven gaan ongeopend naar Mariska of de budgetbeheerder. Dani en Lina vertellen in hun gesprek zelf dat het thuis rustig is.",
        en = {
            zes = "Nobody hits, pushes or grabs. When a row builds, Ricardo walks to his mother's and Chantal calls Mariska. Dani and Lina sleep apart and are not together without supervision; the tablet goes to the parents in the evening. Big letters go unopened to Mariska or the budget manager. Dani and Lina say themselves, in their conversation, that it is calm at home.",
        },
        oordelen = {
            { persoon = "chantal", item = "lichamelijke_mishandeling", oordeel = "onveilig" },
            { persoon = "dani", item = "psychische_mishandeling", oordeel = "onveilig" },
            { persoon = "lina", item = "psychische_mishandeling", oordeel = "onveilig" },
            { persoon = "lina", item = "seksueel_misbruik", oordeel = "onveilig" },
        },
    },
    eindsituatie = {
        items = {
            { soort = "patroon_doorbreken", tekst = "Het gezin loopt niet meer weg als het misgaat: ze blijven wonen en de hulp blijft", en = { tekst = "The family no longer runs away when things go wrong: they stay in their home and the help stays" } },
            { soort = "veranderbaar", tekst = "Ruzie maken zonder geweld, en toezicht en vaste tijden voor de kinderen", en = { tekst = "Rowing without violence, and supervision and set times for the children" } },
            { soort = "compenseren", tekst = "De administratie blijft blijvend bij de budgetbeheerder en Mariska; Chantal hoeft geen post meer te regelen", en = { tekst = "The paperwork stays permanently with the budget manager and Mariska; Chantal no longer has to deal with the post" } },
            { soort = "doel", tekst = "Binnen drie maanden een lopende betalingsregeling en Dani elke dag op school (ouders, budgetbeheerder, school)", en = { tekst = "Within three months a payment plan that is running and Dani at school every day (parents, budget manager, school)" } },
            { soort = "kracht", tekst = "Mariska en oma Ans willen een vaste rol; Chantal vroeg zelf om hulp", en = { tekst = "Mariska and grandma Ans want a permanent role; Chantal asked for help herself" } },
        },
        beschrijving = "Dani en Lina wonen met hun ouders in hetzelfde huis. Ricardo loopt naar zijn moeder als hij boos wordt. Dani gaat elke dag naar school en voetbalt op zaterdag. De buurman hoort geen geschreeuw meer en ziet geen stenen meer naar auto’s vliegen.",
        en = {
            beschrijving = "Dani and Lina live with their parents in the same house. Ricardo walks to his mother's when he gets angry. Dani goes to school every day and plays football on Saturdays. The neighbour no longer hears shouting and no longer sees stones flying at cars.",
        },
    },
}

-- ---------------------------------------------------------------------------------------------
-- Criteria per bouwsteen
-- ---------------------------------------------------------------------------------------------

-- Gezinspatroon (de kern van deze casus) ---------------------------------------------------------
criterium "du_niet_alleen_huis" {
    bouwsteen = "gezinspatroon", gewicht = 2,
    tekst = "Achter de directe hulpvraag (het huis) de onderliggende vraag gehoord, in plaats van alleen het huis te regelen.",
    onderbouwing = "‘Ik dreig mijn huis uitgezet te worden en ben hier zo druk mee dat ik mijn kinderen niet aankan’ — hulp in het hier en nu is ‘symptoombestrijding’.",
    bron = "bouwsteen.gezinspatroon",
    goed = "Je hoorde beide helften van Chantals zin, en nam ze allebei serieus.",
    fout = "Je regelde alleen het huis. Dat is de directe hulpvraag; de onderliggende (‘ik kan mijn kinderen niet aan’) bleef liggen, en daarmee het patroon.",
    en = {
        tekst = "Behind the direct request (the house) heard the underlying one, instead of only sorting out the house.",
        onderbouwing = "‘I'm about to be evicted and I'm so busy with it that I can't cope with my children’ — help aimed only at the here and now is symptom fighting.",
        goed = "You heard both halves of Chantal's sentence, and took both seriously.",
        fout = "You only sorted out the house. That is the direct request; the underlying one (‘I can't cope with my children’) was left lying, and with it the pattern.",
    },
    check = { keuze = "beide_hulpvragen" },
}
criterium "du_patroon_stap_voor_stap" {
    bouwsteen = "gezinspatroon", gewicht = 2,
    tekst = "Het patroon stap voor stap en visueel met beide ouders opgebouwd, met de zin en hun nobele intenties.",
    onderbouwing = "Het uitgewerkte voorbeeld (gedrag kind ← ontwikkeling kind ← gedrag ouders ← factoren ouders, plus hulpverleningspatroon) en ‘Deze kinderen groeien op in een gezin …’ met de nobele intentie; visueel werken helpt.",
    bron = { "bouwsteen.gezinspatroon", "bron.onderzoek", "hulppatroon" },
    goed = "De ouders bouwden het patroon zelf mee, en herkenden het: ‘Hij doet wat hij thuis ziet.’",
    fout = "Het patroon is niet stap voor stap met de ouders gemaakt, of teruggebracht tot één oorzaak (ADHD, vaders agressie). Een patroon dat ouders niet zelf zien, verandert hun gedrag niet.",
    en = {
        tekst = "Built the pattern step by step and visually with both parents, with the sentence and their noble intentions.",
        onderbouwing = "The worked example (child's behaviour ← child's development ← parents' behaviour ← parents' factors, plus the help pattern) and ‘These children grow up in a family …’ with the noble intention; working visually helps.",
        goed = "The parents helped build the pattern themselves, and recognised it: ‘He does what he sees at home.’",
        fout = "The pattern was not built step by step with the parents, or was reduced to one cause (ADHD, the father's aggression). A pattern parents do not see themselves does not change their behaviour.",
    },
    check = { alle = { { keuze = "patroon_stap_voor_stap" }, { patroon_zin = true } } },
}
criterium "du_pijl_ontwikkeling_gedrag_kind" {
    bouwsteen = "gezinspatroon",
    tekst = "Dani’s gedrag is verklaard vanuit zijn ontwikkeling: een factor ‘ontwikkeling kind’ met een pijl naar ‘gedrag kind’.",
    onderbouwing = "‘Gedrag is verklaarbaar vanuit ontwikkeling’; ‘Waar komt het gedrag van het kind vandaan?’",
    bron = "bouwsteen.gezinspatroon",
    goed = "Je legde de eerste stap van het voorbeeld: Dani’s gedrag komt ergens vandaan.",
    fout = "De pijl van Dani’s ontwikkeling naar zijn gedrag ontbreekt. Zonder die stap blijft hij ‘een lastig kind’.",
    en = {
        tekst = "Dani's behaviour is explained from his development: a ‘child's development’ factor with an arrow to ‘child's behaviour’.",
        onderbouwing = "Behaviour can be explained from development; where does the child's behaviour come from?",
        goed = "You laid the first step of the example: Dani's behaviour comes from somewhere.",
        fout = "The arrow from Dani's development to his behaviour is missing. Without that step he stays ‘a difficult child’.",
    },
    check = { pijl = { van = "ontwikkeling_kind", naar = "gedrag_kind" } },
}
criterium "du_pijl_ouders_kind" {
    bouwsteen = "gezinspatroon",
    tekst = "Het gedrag van de ouders beïnvloedt de ontwikkeling van Dani: een pijl van ‘gedrag ouder’ naar ‘ontwikkeling kind’.",
    onderbouwing = "‘Waarom ontwikkelt het kind zich zo?’ en ‘Ontwikkeling wordt beïnvloed door gedrag’.",
    bron = "bouwsteen.gezinspatroon",
    goed = "Je liet zien hoe het geweld en het gebrek aan toezicht Dani’s ontwikkeling raken.",
    fout = "Er loopt geen pijl van het gedrag van de ouders naar Dani’s ontwikkeling. Dat is juist de stap die laat zien waarom hij zich zo ontwikkelt.",
    en = {
        tekst = "The parents' behaviour influences Dani's development: an arrow from ‘parent's behaviour’ to ‘child's development’.",
        onderbouwing = "Why does the child develop like this? Development is influenced by behaviour.",
        goed = "You showed how the violence and the lack of supervision affect Dani's development.",
        fout = "There is no arrow from the parents' behaviour to Dani's development. That is exactly the step that shows why he develops like this.",
    },
    check = { pijl = { van = "gedrag_ouder", naar = "ontwikkeling_kind" } },
}
criterium "du_factoren_ouders" {
    bouwsteen = "gezinspatroon",
    tekst = "Onder het gedrag van beide ouders ligt iets: ontwikkelingsfactoren van vader én moeder, onderbouwd met feiten.",
    onderbouwing = "‘Wat ligt onder het gedrag van de ouders?’ (factoren vader: medische problemen, moeite met relaties; factoren moeder: medische problemen, intelligentie, trauma).",
    bron = "bouwsteen.gezinspatroon",
    goed = "Je benoemde wat onder het gedrag van beide ouders ligt, Ricardo’s jeugd en Chantals jeugd, met de feiten erbij.",
    fout = "De ontwikkelingsfactoren van een of beide ouders ontbreken of zijn niet onderbouwd. Dan blijft hun gedrag ‘onwil’.",
    en = {
        tekst = "Something lies under the behaviour of both parents: developmental factors of father and mother, backed by facts.",
        onderbouwing = "What lies under the parents' behaviour? (father's factors: medical problems, trouble with relationships; mother's factors: medical problems, intelligence, trauma).",
        goed = "You named what lies under the behaviour of both parents, Ricardo's childhood and Chantal's childhood, with the facts alongside.",
        fout = "The developmental factors of one or both parents are missing or not backed by facts. Then their behaviour stays ‘unwillingness’.",
    },
    check = { alle = { { factor = { gebied = "ontwikkeling_ouder", feit = "f_jeugd_chantal" } }, { factor = { gebied = "ontwikkeling_ouder", feit = "f_jeugd_ricardo" } } } },
}
criterium "du_hulppatroon" {
    bouwsteen = "gezinspatroon", gewicht = 2,
    tekst = "Het hulpverleningspatroon staat in het patroon: hulp op één leefgebied, gestopt bij elke verhuizing, zonder overdracht.",
    onderbouwing = "De invloed van de hulp op het terugkerende patroon; ‘Wat is de rol van de hulpverlening? (hulpverleningspatroon)’.",
    bron = { "bouwsteen.gezinspatroon", "hulppatroon" },
    goed = "Je zag de rol van de hulp zelf: die verhuisde mee naar ‘buiten ons werkgebied’.",
    fout = "Het hulpverleningspatroon ontbreekt of is niet onderbouwd met de eerdere hulp. Dan lijkt het alsof het gezin niet te helpen is.",
    en = {
        tekst = "The help pattern is in the pattern: help on one area of life, stopped at each move, without a handover.",
        onderbouwing = "The influence of the help on the recurring pattern; what is the role of the help (the help pattern)?",
        goed = "You saw the role of the help itself: it moved along to ‘outside our area’.",
        fout = "The help pattern is missing or not backed by the earlier help. Then it looks as if the family cannot be helped.",
    },
    check = { factor = { gebied = "hulpverleningspatroon", feit = "f_hulp_schuldhulp" } },
}
criterium "du_patroon_vergelijking" {
    bouwsteen = "gezinspatroon",
    tekst = "Het patroon komt voor minstens 60% overeen met de analyse van de trainer.",
    onderbouwing = "Elke interpretatie beantwoord met feiten uit de tijdlijn; ‘controleren of je tot dezelfde conclusie komt’.",
    bron = "bouwsteen.gezinspatroon",
    goed = "Je patroon dekt het grootste deel van de analyse van de trainer.",
    fout = "Je patroon mist een groot deel van de samenhang. Loop de vragen van het voorbeeld na: gedrag kind, ontwikkeling kind, gedrag ouders, factoren ouders, hulp.",
    en = {
        tekst = "The pattern matches the trainer's analysis for at least 60%.",
        onderbouwing = "Every interpretation answered with facts from the timeline; check whether you reach the same conclusion.",
        goed = "Your pattern covers most of the trainer's analysis.",
        fout = "Your pattern misses a large part of the connections. Go through the example's questions: child's behaviour, child's development, parents' behaviour, parents' factors, help.",
    },
    check = { vergelijking = { bord = "patroon", min = 0.6 } },
}

-- Tijdlijn --------------------------------------------------------------------------------------
criterium "du_hulpvragen" {
    bouwsteen = "tijdlijn", gewicht = 2,
    tekst = "De directe en de onderliggende hulpvraag staan allebei op de tijdlijn.",
    onderbouwing = "Onderscheid de eigen (directe) hulpvraag van het gezin, de achterliggende hulpvraag en een eventuele zorgmelding, en schrijf beide op.",
    bron = "bouwsteen.tijdlijn",
    goed = "Beide hulpvragen staan er: het huis, en wat eronder ligt.",
    fout = "Een van de hulpvragen ontbreekt. Juist in deze casus is het verschil tussen de directe en de onderliggende vraag de sleutel.",
    en = {
        tekst = "The direct and the underlying request are both on the timeline.",
        onderbouwing = "Distinguish the family's own (direct) request, the underlying request and any report of concern, and write both down.",
        goed = "Both requests are there: the house, and what lies underneath.",
        fout = "One of the requests is missing. In this case the difference between the direct and the underlying request is the key.",
    },
    check = { tijdlijn_velden = { "hulpvraag_direct", "hulpvraag_onderliggend" } },
}
criterium "du_tijdlijn_met_gezin" {
    bouwsteen = "tijdlijn", gewicht = 2,
    tekst = "De tijdlijn samen met beide ouders gemaakt, visueel, met hun eigen kijk.",
    onderbouwing = "‘Hoe maak je de tijdslijn met het gezin?’, ruimte ‘waar de visie van het gezin beschreven wordt’, en visueel werken ook voor ouders met een LVB.",
    bron = { "bouwsteen.tijdlijn", "bron.onderzoek" },
    goed = "Op de strook papier zagen de ouders zelf dat ze verhuizen als het misgaat.",
    fout = "De tijdlijn is zonder het gezin gemaakt of overgeslagen. Je mist hun eigen jeugd, en de ouders zien hun patroon niet zelf.",
    en = {
        tekst = "Made the timeline together with both parents, visually, with their own view.",
        onderbouwing = "How do you make the timeline with the family?, room where the family's view is written down, and working visually, also for parents with a mild intellectual disability.",
        goed = "On the strip of paper the parents saw for themselves that they move when things go wrong.",
        fout = "The timeline was made without the family or skipped. You miss their own childhoods, and the parents do not see their pattern themselves.",
    },
    check = { alle = { { keuze = "tijdlijn_met_gezin" }, { tijdlijn_velden = { "visie_gezin" } } } },
}
criterium "du_hulp_met_resultaat" {
    bouwsteen = "tijdlijn",
    tekst = "Alle eerdere hulp staat op de tijdlijn: opvoedondersteuning, schuldhulp, jeugd-GGZ.",
    onderbouwing = "Hulpgeschiedenis met per traject datum, instantie en resultaat; ‘Geen of beperkte tijdslijn van eerder ingezette hulpverlening’.",
    bron = "bouwsteen.tijdlijn",
    goed = "De hulpgeschiedenis is compleet, met wat ze opleverde: telkens gestopt bij een verhuizing of gemiste afspraak.",
    fout = "Er ontbreekt eerdere hulp op de tijdlijn. Zonder de hulpgeschiedenis zie je het hulpverleningspatroon niet.",
    en = {
        tekst = "All earlier help is on the timeline: parenting support, debt counselling, youth mental health.",
        onderbouwing = "Help history with date, agency and result per trajectory; no or only a thin timeline of earlier help is part of the help pattern.",
        goed = "The help history is complete, with what it achieved: each time stopped at a move or a missed appointment.",
        fout = "Earlier help is missing from the timeline. Without the help history you do not see the help pattern.",
    },
    check = { op_tijdlijn = { "f_hulp_opvoed", "f_hulp_schuldhulp", "f_hulp_ggz_dani" } },
}
criterium "du_verhuizingen_volgorde" {
    bouwsteen = "tijdlijn",
    tekst = "De tijdlijn laat de volgorde zien: Chantals eigen jeugd, de verhuizingen, het ongeval, de melding, de dagvaarding.",
    onderbouwing = "Een tijdlijn als verhaal in de tijd, met de levensgebeurtenissen; achtergrond per persoon om het patroon later te duiden.",
    bron = "bouwsteen.tijdlijn",
    goed = "Chronologisch gezien begint het patroon niet bij Dani, maar bij Chantals eigen jeugd.",
    fout = "De levensgebeurtenissen staan niet (in de goede volgorde) op de tijdlijn. Zonder chronologie zie je niet dat het verhuizen een oude overlevingsstrategie is.",
    en = {
        tekst = "The timeline shows the order: Chantal's own childhood, the moves, the accident, the report, the summons.",
        onderbouwing = "A timeline as a story in time, with the life events; background per person to interpret the pattern later.",
        goed = "Chronologically the pattern does not begin with Dani but with Chantal's own childhood.",
        fout = "The life events are not on the timeline (in the right order). Without chronology you do not see that moving is an old survival strategy.",
    },
    check = { volgorde = { "f_jeugd_chantal", "f_verhuizingen", "f_ongeval", "f_melding_vt_2022", "f_incident" } },
}

-- Van patroon naar haalbare eindsituatie -----------------------------------------------------------
criterium "du_eind_taal_gezin" {
    bouwsteen = "haalbare_eindsituatie", gewicht = 2,
    tekst = "De eindsituatie staat in de woorden van het gezin, met waar de kinderen opgroeien en hoe de buurman het kan zien.",
    onderbouwing = "In de taal van het gezin, zo dat ook de buurman het kan zien; waar en bij wie groeien de kinderen op.",
    bron = "bouwsteen.haalbare_eindsituatie",
    goed = "Je beschreef waar de kinderen opgroeien, in de woorden van het gezin, en wat een buurman eraan kan zien.",
    fout = "De eindsituatie staat niet in de taal van het gezin of is niet zichtbaar voor een buitenstaander.",
    en = {
        tekst = "The end situation is in the family's words, with where the children grow up and how the neighbour can see it.",
        onderbouwing = "In the family's language, so that the neighbour can see it too; where and with whom do the children grow up.",
        goed = "You described where the children grow up, in the family's words, and what a neighbour can see of it.",
        fout = "The end situation is not in the family's language or is not visible to an outsider.",
    },
    check = { eind_velden = { "waar_opgroeien", "taal_gezin", "buurman" } },
}
criterium "du_eind_samen" {
    bouwsteen = "haalbare_eindsituatie",
    tekst = "De eindsituatie samen met de ouders en hun netwerk bepaald, met hun eigen idee van wat haalbaar is.",
    onderbouwing = "Wat is goed genoeg? Betrek de ouders bij het bepalen van de eindsituatie, met hun eigen idee van wat haalbaar is; een ‘6’ ziet er voor het ene gezin heel anders uit dan voor het andere.",
    bron = { "bouwsteen.haalbare_eindsituatie", "veiligheidsschaal.zes" },
    goed = "Chantal en Ricardo bepaalden zelf wat goed genoeg is, en kozen zelf wie er aan tafel zat.",
    fout = "De eindsituatie is voor het gezin geschreven of per instantie opgesteld. Een ‘6’ die niet van het gezin is, houdt geen stand.",
    en = {
        tekst = "Set the end situation together with the parents and their network, with their own idea of what is feasible.",
        onderbouwing = "What is good enough? Involve the parents in setting the end situation, with their own idea of what is feasible; a ‘6’ looks very different for one family than for another.",
        goed = "Chantal and Ricardo decided themselves what is good enough, and chose themselves who sat at the table.",
        fout = "The end situation was written for the family or drawn up per agency. A ‘6’ that is not the family's own does not hold.",
    },
    check = { keuze = "netwerkberaad_eindsituatie" },
}
criterium "du_eind_doel_kracht" {
    bouwsteen = "haalbare_eindsituatie",
    tekst = "De eindsituatie noemt het te doorbreken patroon, een concreet doel en de krachten in het netwerk.",
    onderbouwing = "Welke doelen voor verandering? Welke krachten zijn er in gezin en netwerk?",
    bron = "bouwsteen.haalbare_eindsituatie",
    goed = "Patroon, doel en krachten staan erin: zo is er een thermostaat voor het netwerkberaad.",
    fout = "Het patroon, een concreet doel of de krachten ontbreken in de eindsituatie.",
    en = {
        tekst = "The end situation names the pattern to break, a concrete goal and the strengths in the network.",
        onderbouwing = "Which goals for change? Which strengths are there in the family and network?",
        goed = "Pattern, goal and strengths are in it: so the network meeting has a thermostat.",
        fout = "The pattern, a concrete goal or the strengths are missing from the end situation.",
    },
    check = { eind = { "patroon_doorbreken", "doel", "kracht" } },
}

-- Directe veiligheid ---------------------------------------------------------------------------
criterium "du_veiligheid_eerst" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Bij het huisbezoek eerst de veiligheid van iedereen getaxeerd en met beide ouders een plan gemaakt, vóór de post en de schulden.",
    onderbouwing = "Taxeer de directe veiligheid van alle gezinsleden; ‘Pas nadat de directe veiligheid als voldoende wordt beschouwd … kan er worden gewerkt aan verandering’.",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je liet de post even liggen en maakte met beide ouders een plan, met toezicht op de kinderen.",
    fout = "Bij het huisbezoek kwam er geen veiligheidsplan met beide ouders. Geweld en seksueel gedrag van een kind gaan vóór de post.",
    en = {
        tekst = "At the home visit first assessed everyone's safety and made a plan with both parents, before the post and the debts.",
        onderbouwing = "Assess the immediate safety of all family members; only once immediate safety is considered sufficient can work on change begin.",
        goed = "You left the post for a moment and made a plan with both parents, with supervision of the children.",
        fout = "The home visit produced no safety plan with both parents. Violence and a child's sexual behaviour come before the post.",
    },
    check = { keuze = "veiligheid_taxeren" },
}
criterium "du_ondergrens" {
    bouwsteen = "directe_veiligheid",
    tekst = "Het veiligheidsplan op het bord heeft afspraken, een ondergrens, een plan bij overschrijding en de ‘6’.",
    onderbouwing = "Veiligheidsplan deel 3 en beschrijf hoe de ‘6’ eruitziet; ‘Wat is het plan als de ondergrens wordt overschreden?’",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Het plan was compleet: afspraken, een ondergrens, wat er gebeurt als die wordt overschreden, en hoe de ‘6’ eruitziet.",
    fout = "In het veiligheidsplan ontbreken afspraken, de ondergrens, het plan bij overschrijding of de ‘6’.",
    en = {
        tekst = "The safety plan on the board has agreements, a bottom line, a plan for when it is crossed, and the ‘6’.",
        onderbouwing = "Safety plan part 3, and describe what the ‘6’ looks like; what is the plan when the bottom line is crossed?",
        goed = "The plan was complete: agreements, a bottom line, what happens when it is crossed, and what the ‘6’ looks like.",
        fout = "The safety plan lacks agreements, the bottom line, the plan for when it is crossed, or the ‘6’.",
    },
    check = { veiligheidsplan = { "afspraken", "ondergrens", "plan_bij_overschrijding", "zes" } },
}
criterium "du_signaal_plan_centraal" {
    bouwsteen = "directe_veiligheid", gewicht = 2,
    tekst = "Na de greep naar de keel ging het veiligheidsplan voor, ook vóór de schuldhulp.",
    onderbouwing = "‘Zodra er (opnieuw) signalen zijn over de directe veiligheid wordt eerst het veiligheidsplan weer centraal gesteld’.",
    bron = "bouwsteen.directe_veiligheid",
    goed = "Je zette het huis één dag opzij en stelde de veiligheid weer centraal, met beide ouders en de kinderen.",
    fout = "Na het incident ging het veiligheidsplan niet voor. Een greep naar de keel is levensgevaarlijk; dan wacht zelfs een zitting over de ontruiming.",
    en = {
        tekst = "After the grip on the throat the safety plan came first, also before debt counselling.",
        onderbouwing = "As soon as there are (new) signals about immediate safety, the safety plan is put back in the centre first.",
        goed = "You put the house aside for a day and put safety back in the centre, with both parents and the children.",
        fout = "After the incident the safety plan did not come first. A grip on the throat is life-threatening; then even an eviction hearing waits.",
    },
    check = { keuze = "plan_centraal" },
}
criterium "du_veiligheid_voor_patroon" {
    bouwsteen = "directe_veiligheid",
    tekst = "Pas aan het gezinspatroon gewerkt toen de directe veiligheid (weer) minstens een 6 was.",
    onderbouwing = "Zolang de directe veiligheid minstens een 6 is, neem je de tijd om het patroon te analyseren.",
    bron = { "bouwsteen.directe_veiligheid", "veiligheidsschaal.zes" },
    goed = "Eerst veiligheid, dan analyse.",
    fout = "Je werkte aan het patroon terwijl de directe veiligheid onder de 6 stond, of voordat je haar na het signaal opnieuw had getaxeerd.",
    en = {
        tekst = "Worked on the family pattern only once immediate safety was (again) at least a 6.",
        onderbouwing = "As long as immediate safety is at least a 6, you take the time to analyse the pattern.",
        goed = "Safety first, then analysis.",
        fout = "You worked on the pattern while immediate safety was below a 6, or before you had assessed it again after the signal.",
    },
    check = { veiligheid_voor_patroon = true },
}

-- Stabiele veiligheid -----------------------------------------------------------------------------
criterium "du_veranderbaar_compenseren" {
    bouwsteen = "stabiele_veiligheid", gewicht = 2,
    tekst = "Onderscheid tussen wat veranderbaar is (ruzie zonder geweld, toezicht) en wat blijvend moet worden gecompenseerd (de administratie).",
    onderbouwing = "Wat is veranderbaar, en wat moet (blijvend) gecompenseerd worden, en hoe?; ‘dat wat het in stand houdt wegnemen of daarin compenseren’.",
    bron = "bouwsteen.stabiele_veiligheid",
    goed = "Je scheidde wat kan veranderen van wat blijvend moet worden opgevangen, zodat Chantal niet opnieuw wordt afgerekend op wat voor haar te moeilijk is.",
    fout = "Het onderscheid tussen veranderbaar en te compenseren ontbreekt. Dan wordt Chantal opnieuw afgerekend op het regelen van post, net als bij de vorige schuldhulp.",
    en = {
        tekst = "Distinguished what can change (rowing without violence, supervision) from what must be lastingly compensated (the paperwork).",
        onderbouwing = "What can change, and what must be (lastingly) compensated, and how?; remove what keeps it going, or compensate for it.",
        goed = "You separated what can change from what must be lastingly compensated, so Chantal is not judged again on what is too hard for her.",
        fout = "The distinction between changeable and to be compensated is missing. Then Chantal is judged again on sorting out the post, as with the previous debt counselling.",
    },
    check = { eind = { "veranderbaar", "compenseren" } },
}
criterium "du_woonzekerheid" {
    bouwsteen = "stabiele_veiligheid",
    tekst = "Het huis is behouden zonder dat de veiligheid ervoor moest wijken: de directe hulpvraag is niet vergeten.",
    onderbouwing = "Stabiele veiligheid vraagt ook om wonen en financiën: steun bij geld, wonen, werk en de psychische gezondheid van de ouders. Hulp die alleen het hier en nu aanpakt, is ‘symptoombestrijding’.",
    bron = { "bouwsteen.stabiele_veiligheid", "bouwsteen.gezinspatroon" },
    goed = "Het gezin kon blijven wonen, en de directe veiligheid bleef voldoende: het huis ging niet ten koste van de kinderen.",
    fout = "Het huis is niet veilig behouden: de woonzekerheid bleef te laag, of het huis werd gered terwijl de directe veiligheid onder de 6 zakte. Veiligheid eerst betekent niet dat het huis kan wachten, en een gered huis is geen stabiele veiligheid als het thuis onveilig is.",
    en = {
        tekst = "The house was kept without safety having to give way: the direct request was not forgotten.",
        onderbouwing = "Stable safety also calls for housing and finances: support with money, housing, work and the parents' mental health. Help aimed only at the here and now is symptom fighting.",
        goed = "The family could stay, and immediate safety stayed sufficient: the house did not come at the children's expense.",
        fout = "The house was not kept safely: housing security stayed too low, or the house was saved while immediate safety fell below a 6. Safety first does not mean the house can wait, and a saved house is not stable safety if home is unsafe.",
    },
    check = { alle = { { variabele = "woonzekerheid", min = 6 }, { variabele = "directe_veiligheid", min = 6 } } },
}
criterium "du_geen_nieuwe_losse_hulp" {
    bouwsteen = "stabiele_veiligheid",
    tekst = "Geen nieuwe losse hulp toegevoegd buiten het plan om.",
    onderbouwing = "‘Repetitie van hulp’; welke hulp is nodig om het patroon te doorbreken en eruit te blijven?",
    bron = { "pijlers", "bouwsteen.gezinspatroon", "hulppatroon" },
    goed = "Je voegde geen nieuwe aanbieder toe zonder dat het plan erom vroeg.",
    goed_niet_gekozen = "Je zette geen nieuwe losse hulp in: niet per leefgebied bij de weging, en niet bovenop alles bij de afronding.",
    fout = "Je zette nieuwe hulp in bovenop wat er liep. Meer hulp is niet hetzelfde als de goede hulp.",
    en = {
        tekst = "No new separate help added outside the plan.",
        onderbouwing = "Repetition of help; which help is needed to break the pattern and stay out of it?",
        goed = "You added no new provider unless the plan asked for it.",
        goed_niet_gekozen = "You added no new separate help: not per area of life at the weighing, and not on top of everything at the close.",
        fout = "You added new help on top of what was running. More help is not the same as the right help.",
    },
    check = { alle = { { niet_keuze = "nieuwe_hulp_erbij" }, { niet_keuze = "per_leefgebied_verwijzen" } } },
}

-- Gesprekken met kinderen -------------------------------------------------------------------------
criterium "du_alle_kinderen" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Met Dani én Lina is gesproken.",
    onderbouwing = "Ga altijd met het kind in gesprek; ‘face-2-face contact met elk kind binnen gezin’.",
    bron = { "bouwsteen.gesprekken_kinderen", "bron.monitor" },
    goed = "Beide kinderen kregen een eigen stem, ook de jongste.",
    fout = "Niet elk kind is gesproken. Lina is vier en deelt een kamer met Dani: juist zij valt anders buiten beeld.",
    en = {
        tekst = "Both Dani and Lina were talked with.",
        onderbouwing = "Always talk with the child; face-to-face contact with each child in the family.",
        goed = "Both children got a voice of their own, the youngest too.",
        fout = "Not every child was talked with. Lina is four and shares a room with Dani: she is the one who otherwise drops out of sight.",
    },
    check = { kinderen_gesproken = true },
}
criterium "du_deskundig_advies" {
    bouwsteen = "gesprekken_kinderen", gewicht = 2,
    tekst = "Bij het seksueel grensoverschrijdend gedrag eerst deskundig advies, en Dani samen met een deskundige gesproken zonder sturende vragen.",
    onderbouwing = "Bij uitzonderingen op de veiligheid (zoals seksueel geweld) vraag je deskundig advies, en soms voer je het gesprek samen met een andere professional.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je gesprek was zorgvuldig: deskundig advies, samen met een collega, open vragen, de Drie Huizen.",
    fout = "Het gesprek met Dani was niet zorgvuldig: sturende vragen over misbruik, of zonder deskundig advies. Dat kan een kind in de war brengen en een later onderzoek schaden.",
    en = {
        tekst = "With the sexually transgressive behaviour first expert advice, and Dani talked with together with an expert, without leading questions.",
        onderbouwing = "With exceptions to safety (such as sexual violence) you seek expert advice, and sometimes hold the conversation together with another professional.",
        goed = "Your conversation was careful: expert advice, together with a colleague, open questions, the Three Houses.",
        fout = "The conversation with Dani was not careful: leading questions about abuse, or no expert advice. That can confuse a child and harm a later investigation.",
    },
    check = { keuze = "kinderen_zorgvuldig" },
}
criterium "du_kinderen_na_signaal" {
    bouwsteen = "gesprekken_kinderen",
    tekst = "Na het incident de kinderen opnieuw gesproken.",
    onderbouwing = "Bij een onveilige opvoeding praat meerdere keren met het kind zelf.",
    bron = "bouwsteen.gesprekken_kinderen",
    goed = "Je sprak Dani en Lina opnieuw, en zei Dani dat het niet zijn taak is zijn moeder te beschermen.",
    fout = "Na het incident sprak je de kinderen niet opnieuw. Een kind dat een stoel gooit om zijn moeder te beschermen, moet gehoord worden.",
    en = {
        tekst = "After the incident talked with the children again.",
        onderbouwing = "With unsafe parenting, talk with the child itself several times.",
        goed = "You talked with Dani and Lina again, and told Dani that protecting his mother is not his job.",
        fout = "After the incident you did not talk with the children again. A child who throws a chair to protect his mother must be heard.",
    },
    check = { keuze = "plan_centraal" },
}

-- Weging ----------------------------------------------------------------------------------------
criterium "du_weging_mdo" {
    bouwsteen = "weging", gewicht = 2,
    tekst = "Gewogen in de casuïstiekbespreking met gedragswetenschapper: is een uitgebreide verklarende analyse nodig?",
    onderbouwing = "Weging (a) is een uitgebreide verklarende analyse zinvol of nodig?, bij signalen op meerdere leefgebieden, huiselijk geweld en vastlopende hulp.",
    bron = "bouwsteen.weging",
    goed = "Je woog samen, op feiten, en koos voor een analyse in plaats van vijf losse verwijzingen.",
    fout = "Er was geen weging. Bij problemen op vijf leefgebieden en hulp die steeds strandt, beslis je niet alleen en niet per loket.",
    en = {
        tekst = "Weighed in the case discussion with the behavioural scientist: is an extended explanatory analysis needed?",
        onderbouwing = "Weighing (a): is an extended explanatory analysis useful or needed?, with signals on several areas of life, domestic violence and help that gets stuck.",
        goed = "You weighed together, on facts, and chose an analysis instead of five separate referrals.",
        fout = "There was no weighing. With problems on five areas of life and help that keeps foundering, you do not decide alone or per desk.",
    },
    check = { keuze = "weging_mdo" },
}
criterium "du_niet_per_loket" {
    bouwsteen = "weging",
    tekst = "Niet per leefgebied doorverwezen voordat er een analyse was.",
    onderbouwing = "Hulpverleningspatroon: inzet op problemen op meerdere leefgebieden, elk traject los; eerst voldoende feitelijke informatie, dan pas wegen.",
    bron = { "bouwsteen.weging", "hulppatroon.meerdere_leefgebieden" },
    goed = "Je voorkwam dat er vier nieuwe loketten bij kwamen.",
    goed_niet_gekozen = "Je verwees niet per leefgebied door voordat er een analyse was.",
    fout = "Je verwees per leefgebied door. Dat herhaalt het patroon van vijf eerdere trajecten die elk op zichzelf stonden.",
    en = {
        tekst = "Did not refer per area of life before there was an analysis.",
        onderbouwing = "Help pattern: effort on problems in several areas of life, each trajectory separate; first enough factual information, only then weigh.",
        goed = "You prevented four new desks from being added.",
        goed_niet_gekozen = "You did not refer per area of life before there was an analysis.",
        fout = "You referred per area of life. That repeats the pattern of five earlier trajectories that each stood alone.",
    },
    check = { niet_keuze = "per_leefgebied_verwijzen" },
}

-- Samenwerkingsprincipes ------------------------------------------------------------------------
criterium "du_netwerkberaad" {
    bouwsteen = "samenwerkingsprincipes", gewicht = 2,
    tekst = "Een netwerkberaad dat de ouders zelf overzien, met taken, en het volgende beraad meteen gepland.",
    onderbouwing = "Netwerkberaad; afspraken in de taal van het gezin; plan altijd meteen het volgende netwerkberaad.",
    bron = "bouwsteen.samenwerkingsprincipes",
    goed = "Ricardo bleef aan tafel, omdat hij zelf koos wie er kwam.",
    fout = "Er was geen netwerkberaad met het gezin. Een map met losse plannen of een eindsituatie ter ondertekening is geen gezamenlijk plan.",
    en = {
        tekst = "A network meeting the parents themselves can oversee, with tasks, and the next meeting planned at once.",
        onderbouwing = "Network meeting; agreements in the family's language; always plan the next network meeting at once.",
        goed = "Ricardo stayed at the table, because he chose himself who came.",
        fout = "There was no network meeting with the family. A folder of separate plans or an end situation to sign is not a joint plan.",
    },
    check = { keuze = "netwerkberaad_eindsituatie" },
}
criterium "du_niet_positief_afsluiten" {
    bouwsteen = "samenwerkingsprincipes",
    tekst = "Niet ‘positief afgesloten’ toen het huis gered was: borging en volgend beraad eerst.",
    onderbouwing = "Borging; ‘Positief afsluiten door individuele zorgaanbieders’ hoort bij het hulpverleningspatroon.",
    bron = { "bouwsteen.samenwerkingsprincipes", "hulppatroon" },
    goed = "Je liet het gezin niet los op het moment dat de directe hulpvraag was opgelost.",
    goed_niet_gekozen = "Je sloot je dossier niet af op het moment dat het huis gered was.",
    fout = "Je sloot af toen het huis gered was. Dan blijft het patroon liggen tot de volgende grote brief.",
    en = {
        tekst = "Did not ‘close positively’ once the house was saved: securing and a next meeting first.",
        onderbouwing = "Securing; individual providers closing positively is part of the help pattern.",
        goed = "You did not let go of the family the moment the direct request was solved.",
        goed_niet_gekozen = "You did not close your file the moment the house was saved.",
        fout = "You closed when the house was saved. Then the pattern stays until the next big letter.",
    },
    check = { niet_keuze = "positief_afsluiten" },
}

-- Privacy ---------------------------------------------------------------------------------------
criterium "du_open_over_melding" {
    bouwsteen = "privacy",
    tekst = "Open tegen Chantal over de melding van school, en geen informatie opgevraagd achter haar rug.",
    onderbouwing = "Bespreek het altijd met het gezin: leg uit wat je wilt en waarom, en informeer het gezin als je deelt.",
    bron = "bouwsteen.privacy",
    goed = "Chantal hoorde van jou wat school meldde, en je vroeg niets na achter haar rug.",
    fout = "Je vroeg informatie op zonder dat Chantal het wist, of overviel haar met een beschuldigend klinkende vraag.",
    en = {
        tekst = "Open with Chantal about the school's report, and no information requested behind her back.",
        onderbouwing = "Always discuss it with the family: explain what you want and why, and inform the family when you share.",
        goed = "Chantal heard from you what the school reported, and you checked nothing behind her back.",
        fout = "You requested information without Chantal knowing, or overwhelmed her with a question that sounded like an accusation.",
    },
    check = { keuze = "beide_hulpvragen" },
}
criterium "du_transparant_bij_signaal" {
    bouwsteen = "privacy",
    tekst = "Bij het incident niets gedeeld achter de rug van de ouders om.",
    onderbouwing = "Bij delen zonder toestemming de werkinstructie volgen en het gezin informeren; leg je keuzes en afwegingen vast.",
    bron = "bouwsteen.privacy",
    goed = "Je overlegde met Veilig Thuis en vertelde de ouders wat je deed en waarom.",
    goed_niet_gekozen = "Je deelde na het incident niets met Veilig Thuis achter de rug van de ouders om.",
    fout = "Je deelde met Veilig Thuis zonder de ouders te informeren en liet de veiligheid aan hen over. Zo verlies je het vertrouwen van het gezin op het gevaarlijkste moment.",
    en = {
        tekst = "At the incident shared nothing behind the parents' backs.",
        onderbouwing = "When sharing without consent follow the work instruction and inform the family; record your choices and considerations.",
        goed = "You consulted Veilig Thuis and told the parents what you did and why.",
        goed_niet_gekozen = "After the incident you shared nothing with Veilig Thuis behind the parents' backs.",
        fout = "You shared with Veilig Thuis without informing the parents and left the safety to them. That way you lose the family's trust at the most dangerous moment.",
    },
    check = { niet_keuze = "vt_melden_stil" },
}

-- Reflectie -------------------------------------------------------------------------------------
criterium "du_reflectie_met_gezin" {
    bouwsteen = "reflectie", gewicht = 2,
    tekst = "Met het gezin en de andere hulpverleners teruggekeken (wat was er anders dan bij de vijf eerdere trajecten?) en een reflectie met het gezin geschreven.",
    onderbouwing = "Neemt de kwaliteit van de hulp toe, zoals ouders en kinderen die ervaren? en hoe ervaren professionals de samenwerking?; reflectie ook met het gezin.",
    bron = { "bouwsteen.reflectie", "bron.onderzoek" },
    goed = "Je vroeg het gezin én de schuldhulp wat werkte, en schreef een reflectie met het gezin. Zo leert niet alleen jij, maar ook de keten.",
    fout = "Je rondde af zonder met het gezin en de andere hulpverleners terug te kijken, of schreef daarover geen reflectie met het gezin (minstens 40 woorden, met een dimensie en een niveau). Dan weet niemand waarom het deze keer wel lukte.",
    en = {
        tekst = "Looked back with the family and the other helpers (what was different from the five earlier rounds of help?) and wrote a reflection with the family.",
        onderbouwing = "Does the quality of help increase, as parents and children experience it? And how do professionals experience the collaboration?; reflection with the family too.",
        goed = "You asked the family and debt counselling what worked, and wrote a reflection with the family. That way not only you learn, but the whole chain.",
        fout = "You closed without looking back with the family and the other helpers, or wrote no reflection with the family about it (at least 40 words, with a dimension and a level). Then nobody knows why it worked this time.",
    },
    check = { alle = { { keuze = "reflectie_borging" }, { reflectie_geschreven = { min_woorden = 40, met = "gezin" } } } },
}
criterium "du_reflectie_meer_hulp" {
    bouwsteen = "reflectie",
    tekst = "Bij de afronding niet afgesloten en geen hulp bijgezet, maar eerst teruggekeken op oorzaak en gevolg, en een reflectie geschreven.",
    onderbouwing = "‘Doe ik het goede?’; ‘Positief afsluiten door individuele zorgaanbieders’ en ‘Geen reflectie oorzaak en gevolg’ horen bij het hulpverleningspatroon.",
    bron = { "bouwsteen.reflectie", "pijlers", "hulppatroon" },
    goed = "Je stond stil bij oorzaak en gevolg voordat je afsloot of iets toevoegde, en schreef een reflectie.",
    fout = "Je sloot af of voegde hulp toe zonder terug te kijken op wat werkte, of schreef geen reflectie van minstens 40 woorden met een dimensie en een niveau. Afsluiten zodra het beter gaat, of meer hulp omdat meer beter lijkt, is het hulpverleningspatroon in een nieuw jasje.",
    en = {
        tekst = "At the close did not close the file or add help, but first looked back on cause and effect, and wrote a reflection.",
        onderbouwing = "Am I doing the right thing?; individual providers closing positively and no reflection on cause and effect are part of the help pattern.",
        goed = "You paused on cause and effect before closing or adding anything, and wrote a reflection.",
        fout = "You closed or added help without looking back on what worked, or wrote no reflection of at least 40 words with a dimension and a level. Closing as soon as things go better, or more help because more seems better, is the help pattern in new clothes.",
    },
    check = { alle = { { keuze = "reflectie_borging" }, { reflectie_geschreven = { min_woorden = 40 } } } },
}

-- ---------------------------------------------------------------------------------------------
-- Reflectiemomenten (bouwsteen.reflectie): bewaard in het dagboek. Alleen een geschreven reflectie telt
-- (du_reflectie_met_gezin, du_reflectie_meer_hulp: reflectie_geschreven naast de keuze bij de borging),
-- nooit de keuze alleen.
-- ---------------------------------------------------------------------------------------------
reflectie "na_hulpvraag" {
    stap = "huisbezoek",
    vragen = { "Wat trok jou het meest bij Chantals vraag: het huis of de kinderen? Wat doet tijdsdruk met jouw keuzes?" },
    en = { vragen = { "What drew you most in Chantal's request: the house or the children? What does time pressure do to your choices?" } },
    bouwstenen = { "gezinspatroon" },
}
reflectie "na_patroon" {
    na_keuze = "patroon_stap_voor_stap",
    vragen = { "Welke hoek van de driehoek vond je het moeilijkst om met de ouders te bespreken, en waarom?",
               "Hoe zou je het patroon uitleggen aan Dani, in woorden die hij begrijpt?" },
    en = { vragen = { "Which corner of the triangle did you find hardest to discuss with the parents, and why?",
                      "How would you explain the pattern to Dani, in words he understands?" } },
    met_gezin = true,
}
reflectie "na_borging" {
    na_keuze = "reflectie_borging",
    vragen = { "Wat zouden Chantal, Ricardo en Dani zeggen dat er deze keer anders was? Wat zegt dat over jouw rol in de vijf eerdere trajecten?",
               "Deed je het goede, of vooral het goed? Schrijf op wat je met het gezin zou bespreken." },
    en = { vragen = { "What would Chantal, Ricardo and Dani say was different this time? What does that say about your role in the five earlier rounds of help?",
                      "Did you do the right thing, or mainly do things right? Write down what you would discuss with the family." } },
    bouwstenen = { "reflectie" },
    met_gezin = true,
}
