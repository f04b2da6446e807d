# ruff: noqa: E501
"""Twenty planned processings, two per sender, written in the sender's own language.

Each topic carries what a controller would write about it: the purpose (one line, which is what an
incomplete request sometimes offers instead of a description or a necessity assessment), a
description in several paragraphs, data flow, necessity, the alternatives considered,
proportionality, safeguards, risks as (risk, likelihood, consequence, measure) and one measure
considered but not taken. All organisations, people and numbers are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Processor:
    org: str
    orgno: str
    address: str
    person: str
    phone: str
    email: str
    role: str


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    purpose: str
    description: tuple[str, ...]
    data: str
    flow: str
    security: str
    necessity: tuple[str, ...]
    alternatives: tuple[tuple[str, str], ...]
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: tuple[str, str]
    processor: Processor | None


HAVSYN = Processor(
    "Havsyn Teknologi AS",
    "921 448 310",
    "Sjøgata 14, 8006 Bodø",
    "Eirik Mathisen",
    "+47 755 44 120",
    "eirik.mathisen@havsyn.no",
    "leverandør av kamera- og analyseplattform (databehandler)",
)
DYKKLOGG = Processor(
    "Dykklogg Norge AS",
    "918 207 644",
    "Strandveien 3, 9008 Tromsø",
    "Sunniva Holm",
    "+47 776 10 902",
    "sunniva.holm@dykklogg.no",
    "drift av journalsystemet (databehandlar)",
)

A1 = Topic(
    "A1",
    "Kameraovervåking av merdkanter med automatisk varsling ved person i vannet",
    "Formålet er å oppdage raskt at en ansatt har falt i sjøen ved merdene, og å varsle.",
    (
        "Nordvik Fiskeoppdrett driver ni lokaliteter i Nordland med til sammen 86 merder. Hver lokalitet har 6-10 faste kameraer på flåten som i dag brukes til å følge fôring og fiskevelferd. Vi planlegger å koble bildestrømmen til en analysemodell som gjenkjenner en person på gangbanen rundt merden og som slår alarm dersom en person forsvinner fra gangbanen uten å komme tilbake innen 20 sekunder.",
        "Behandlingen omfatter om lag 140 ansatte og innleide (røktere, båtførere, dykkere, servicepersonell) og besøkende på flåtene. Kameraene filmer kontinuerlig i driftstiden. Analysen skjer fortløpende; bare hendelser som utløser alarm lagres med 60 sekunder video før og etter. Øvrig video overskrives etter 48 timer slik som i dag.",
        "Alarmen går til vaktsentralen på flåten og til driftsleder på mobil. Hendelsesklipp lagres i 30 dager i leverandørens skytjeneste (Havsyn Teknologi AS, datasenter i Norge) og slettes deretter, med mindre de inngår i en ulykkesgransking.",
    ),
    "Videobilder av ansatte og besøkende, tidspunkt og lokalitet, alarmlogg med hvem som kvitterte.",
    "Kilder: kameraene på flåten. Mottakere: vaktsentral, driftsleder, ved ulykke HMS-leder og Arbeidstilsynet/politiet.",
    "Kryptert overføring fra flåte til sky (TLS 1.3), tilgang med tofaktor, logg over hvem som ser på klipp, rollebasert tilgang.",
    (
        "Fall i sjøen er den alvorligste ulykkestypen i havbruk. I 2025 hadde næringen tre dødsulykker der personen ble funnet først etter lang tid. Røktere arbeider ofte alene om natten.",
        "Kameraene finnes allerede; det nye er den automatiske analysen og lagringen av hendelsesklipp. Uten analyse ser ingen på bildene i sanntid.",
    ),
    (
        (
            "Personlig flytevest med automatisk nødpeilesender (AIS/MOB)",
            "Vurdert og innført på nye vester, men dekker ikke innleide og besøkende og har høy feilrate i kulde.",
        ),
        (
            "Krav om to personer på merdkanten",
            "Ikke gjennomførbart på natt med dagens bemanning; vurderes på nytt i 2027.",
        ),
        (
            "Bare bevegelsesdeteksjon uten personklassifisering",
            "Gir for mange falske alarmer (fugl, sjøsprøyt) til at vaktsentralen vil ta dem på alvor.",
        ),
    ),
    "Analysen ser etter hendelsen «person forsvinner fra gangbanen», ikke etter hvem personen er; det gjøres ingen ansiktsgjenkjenning eller måling av arbeidstempo. Lagringstiden er kort og knyttet til alarmene.",
    (
        "Oppslag på flåten og informasjon i introduksjonskurset",
        "Klippene kan ikke brukes til å vurdere arbeidsinnsats (avtalt med tillitsvalgte, protokoll 3. september 2026)",
        "Innsyn i egne klipp via HMS-leder",
    ),
    (
        (
            "Videoklipp brukes til kontroll av den enkeltes arbeid",
            "Middels",
            "Høy",
            "Avtale med tillitsvalgte, tilgangslogg kontrolleres kvartalsvis",
        ),
        (
            "Uvedkommende får tilgang til klipp i skytjenesten",
            "Lav",
            "Høy",
            "Tofaktor, kryptering, databehandleravtale, revisjon hos leverandør",
        ),
        (
            "Ansatte føler seg overvåket og sier fra mindre om avvik",
            "Middels",
            "Middels",
            "Åpen informasjon, evaluering etter seks måneder sammen med verneombud",
        ),
        (
            "Falsk trygghet – alarmen svikter i mørke eller tåke",
            "Middels",
            "Høy",
            "Fortsatt krav om flytevest og radiokontakt",
        ),
    ),
    (
        "Maskering av ansikt i lagrede klipp",
        "Ikke innført: redningsinnsatsen må kunne se hvem som er i vannet.",
    ),
    HAVSYN,
)

A2 = Topic(
    "A2",
    "Digital helsejournal for yrkesdykkere",
    "Formålet er å følge opp helsen til egne yrkesdykkere slik dykkeforskriften krever.",
    (
        "Nordvik Fiskeoppdrett har 22 egne yrkesdykkere som inspiserer og reparerer nøter. Dykkeforskriften krever helseerklæring, dykkelogg og oppfølging etter hendelser. I dag ligger dette i papirpermer på hver lokalitet.",
        "Vi vil innføre en digital dykkejournal (Dykklogg, levert av Dykklogg Norge AS) der hver dykker registrerer dykk (dybde, tid, gassblanding), og der bedriftshelsetjenesten registrerer helseerklæring, skikkethet og oppfølging etter trykkfallsyke eller andre hendelser.",
        "Dykkeleder ser dykkelogg og skikkethet (ja/nei, gyldig til), ikke diagnoser. Bedriftshelsetjenesten (Nordhelse BHT) ser alt. Opplysningene lagres i ansettelsestiden pluss 40 år, fordi senskader etter dykking kan vise seg sent (jf. arbeidsmiljøloven om eksponeringsregistre).",
    ),
    "Helseopplysninger (særlige kategorier), dykkelogg, navn, fødselsdato, sertifikater.",
    "Kilder: dykkeren selv, lege i bedriftshelsetjenesten. Mottakere: dykkeleder (begrenset), BHT, ved ulykke Petroleumstilsynet/Arbeidstilsynet.",
    "Tilgangsstyring per rolle, BankID-innlogging, kryptert lagring, logg over oppslag.",
    (
        "Papirpermene har vært borte to ganger ved brann og flytting; opplysningene må kunne følges over mange år.",
        "Digital journal gjør at skikkethet sjekkes før hvert dykk, ikke bare ved årlig kontroll.",
    ),
    (
        ("Fortsette med papir, men sentralt arkiv", "Løser ikke sjekk før dykk på lokaliteten."),
        (
            "Bruke det generelle HR-systemet",
            "Har ikke tilgangsstyring som skiller diagnoser fra skikkethet.",
        ),
    ),
    "Dykkeleder får bare ja/nei om skikkethet; diagnoser ses bare av BHT. Ingen analyse på tvers av dykkere utover lovpålagt statistikk.",
    (
        "Informasjon til dykkerne på samling 14. oktober",
        "Innsyn i egen journal i appen",
        "Verneombud med i prosjektgruppen",
    ),
    (
        (
            "Helseopplysninger blir kjent for ledere og påvirker ansettelse",
            "Lav",
            "Høy",
            "Rollestyring; dykkeleder ser bare skikkethet",
        ),
        (
            "Uautorisert tilgang hos leverandøren",
            "Lav",
            "Høy",
            "Databehandleravtale, ISO 27001-sertifisert drift, logg",
        ),
        (
            "Lang lagringstid øker konsekvensen av et brudd",
            "Middels",
            "Middels",
            "Arkivdel etter ansettelsesslutt, bare BHT har tilgang",
        ),
    ),
    (
        "Pseudonymisering av eldre journaler",
        "Ikke innført: senskadesaker krever at opplysningene kan knyttes til person.",
    ),
    DYKKLOGG,
)

TURSPOR = Processor(
    "Turspor AS",
    "925 331 870",
    "Kaigata 8, 6900 Florø",
    "Magnhild Solheim",
    "+47 57 74 20 10",
    "magnhild@turspor.no",
    "leverandør av sporingsappen (databehandlar)",
)

B1 = Topic(
    "B1",
    "GPS-sporing av elevar på fjellturar",
    "Føremålet er å finne elevar raskt dersom dei går seg vill eller vert skadde på tur.",
    (
        "Vestlandsk folkehøgskule har 120 elevar (18-25 år) kvart skuleår. Friluftslinja og breføringslinja har om lag 35 turdagar i fjellet, dels på bre. Vi vil låne ut ein GPS-sendar til kvar elev på turar over tregrensa. Sendaren sender posisjon kvart femte minutt til ein kartteneste (Turspor) som turleiar og skulen si vakttelefon ser.",
        "Sporinga er berre aktiv på turdagar, frå turen startar til alle er tilbake, og vert slått av av turleiar. Posisjonsdata vert lagra i 14 dagar etter turen, slik at vi kan gå gjennom hendingar, og vert deretter sletta automatisk.",
        "Ved leiting får hovudredningssentralen og lokal redningsleiar sjå posisjonen. Andre mottakarar er det ikkje. Foreldre får ikkje tilgang.",
    ),
    "Posisjon, tidspunkt, namn på elev, turgruppe, batteristatus.",
    "Kjelde: GPS-sendaren. Mottakarar: turleiar, vakttelefon, ved leiting redningstenesta.",
    "Innlogging med tofaktor for tilsette, data lagra i Noreg, logg over kven som har sett kartet.",
    (
        "Vi har hatt to hendingar (2023 og 2025) der elevar kom bort frå gruppa i tåke; den eine vart funnen etter sju timar. Elevane er vaksne, men uerfarne i høgfjellet.",
        "Sporing berre på turdagar og berre over tregrensa; ikkje i skuletida elles.",
    ),
    (
        (
            "Naudpeilesendar (PLB) som berre sender når eleven utløyser han",
            "Vurdert; ein skadd eller nedkjølt elev kan ikkje utløyse han sjølv.",
        ),
        (
            "Fleire turleiarar per elev",
            "Gjennomført delvis (1:6), men hjelper ikkje i tåke og ved brefall.",
        ),
    ),
    "Sporinga er avgrensa i tid og stad, og data vert sletta etter 14 dagar. Det vert ikkje laga rørslemønster eller brukt data til disiplinærsaker.",
    (
        "Informasjon ved skulestart og før kvar tur",
        "Eleven kan sjå sitt eige spor",
        "Data vert ikkje brukt til disiplinærsaker (vedteke i skulestyret)",
    ),
    (
        (
            "Elevar opplever seg kontrollerte og endrar åtferd",
            "Middels",
            "Middels",
            "Sporing berre på tur, tydeleg informasjon, evaluering med elevrådet",
        ),
        (
            "Posisjonsdata vert brukte til andre føremål (t.d. kontroll av kvilegrenser)",
            "Låg",
            "Høg",
            "Styrevedtak om føremålsavgrensing, tilgangslogg",
        ),
        (
            "Tryggleiksbrot hos leverandøren avslører kvar elevar er",
            "Låg",
            "Middels",
            "Databehandlaravtale, kryptering, kort lagringstid",
        ),
    ),
    ("Anonym sporing (utan namn)", "Ikkje gjennomført: ved leiting må vi vite kven som er kvar."),
    TURSPOR,
)

B2 = Topic(
    "B2",
    "Elevmappe med helseopplysningar og tilrettelegging",
    "Føremålet er å gi elevar med helseutfordringar god tilrettelegging gjennom skuleåret.",
    (
        "Om lag 30 prosent av elevane våre fortel om psykiske plager, diabetes, epilepsi eller allergiar ved opptak. I dag ligg dette i e-post og på papir hos miljøarbeidarane. Vi vil samle det i ei digital elevmappe i skuleadministrasjonssystemet vårt, med eigne felt for helseopplysningar, tilretteleggingsplan og kontaktperson ved akutt sjukdom.",
        "Elevmappa vert oppretta ved opptak og sletta seinast tre månader etter at skuleåret er slutt. Berre rektor, miljøarbeidarar og den eleven har vald som kontaktlærar har tilgang til helsedelen. Turleiarar får ein kort «tur-lapp» med det som er naudsynt for tryggleiken (t.d. epilepsi, allergi, medisin) før kvar tur.",
        "Skulen nyttar ikkje databehandlar til helsedelen: systemet køyrer på skulen sin eigen server, og vi har inga ekstern drift av denne delen.",
    ),
    "Helseopplysningar (særlege kategoriar), tilretteleggingsplan, pårørande.",
    "Kjelde: eleven sjølv, med samtykke også føresette/lege. Mottakarar: miljøarbeidarar, kontaktlærar, turleiar (utdrag).",
    "Eigen server i låst rom, kryptert disk, to-faktor for tilsette, loggføring.",
    (
        "Tilrettelegging krev at dei som har ansvar for eleven veit om helsetilstanden; i dag er opplysningane spreidde og vanskelege å slette.",
        "Vi samlar berre det eleven sjølv gir oss, og tur-lappen har eit fast, kort innhald.",
    ),
    (
        (
            "Ingen registrering – eleven seier frå sjølv",
            "Fungerer ikkje på tur når eleven er akutt sjuk.",
        ),
        (
            "Skuleleg/helsesjukepleiar fører journal",
            "Skulen har ikkje helsepersonell tilsett; vurdert for 2028.",
        ),
    ),
    "Frivillig registrering, kort lagringstid, streng tilgang; tur-lappen vert samla inn etter turen.",
    (
        "Skriftleg informasjon ved opptak",
        "Eleven kan sjå og rette mappa si",
        "Sletting tre månader etter skuleslutt",
    ),
    (
        (
            "Helseopplysningar vert kjende for fleire tilsette enn naudsynt",
            "Middels",
            "Høg",
            "Rollebasert tilgang, tur-lapp med fast innhald",
        ),
        (
            "Tur-lappen kjem bort på tur",
            "Middels",
            "Middels",
            "Lappen vert samla inn, innhald minimert",
        ),
        (
            "Elevar let vere å fortelje om plager av frykt for stigmatisering",
            "Middels",
            "Middels",
            "Frivilligheit og tydeleg informasjon",
        ),
    ),
    (
        "Eigen helseseksjon i eit separat system",
        "Ikkje gjennomført no: kostnad; vert vurdert ved neste systemskifte.",
    ),
    None,
)

FITACCESS = Processor(
    "FitAccess Nordic AB",
    "556912-4471",
    "Sveavägen 41, 111 34 Stockholm",
    "Johanna Lindqvist",
    "+46 8 522 190 40",
    "johanna.lindqvist@fitaccess.se",
    "leverandør av adgangssystem og ansiktsgjenkjenning (databehandler)",
)

C1 = Topic(
    "C1",
    "Ansiktsgjenkjenning ved inngang til døgnåpne treningssentre",
    "Formålet er å hindre at medlemskort deles og gi trygg adgang til ubemannede sentre.",
    (
        "Høgfjell Treningssenter driver 14 sentre i Innlandet og Trøndelag, hvorav 11 er ubemannet mellom kl. 22 og 06. Om lag 21 000 medlemmer bruker i dag nøkkelbrikke. Vi vil tilby ansiktsgjenkjenning i inngangsslusen som et frivillig alternativ til brikken: medlemmet registrerer et ansiktsbilde i appen, og kameraet i slusen sammenligner ansiktet med malen (1:1 mot medlemsnummeret som tastes inn, ikke søk i hele basen).",
        "Det lagres bare en biometrisk mal, ikke bildet. Malen slettes når medlemmet trekker samtykket eller medlemskapet avsluttes. Adgangsloggen (tid, senter, medlemsnummer) lagres i 90 dager som i dag.",
        "Løsningen leveres og driftes av FitAccess Nordic AB (Sverige) med lagring i EU. Ingen opplysninger gis til andre.",
    ),
    "Biometrisk mal (særlig kategori), medlemsnummer, adgangslogg.",
    "Kilde: medlemmet (app og kamera). Mottakere: ingen utenfor Høgfjell og FitAccess.",
    "Malen krypteres og lagres adskilt fra medlemsregisteret; sammenligningen skjer i slusen, malen sendes ikke i klartekst.",
    (
        "Deling av brikker gjør at personer vi ikke kjenner trener alene om natten. Vi har hatt to alvorlige hendelser (overfall i garderobe, 2025).",
        "Brikken beholdes for alle som ikke ønsker ansiktsgjenkjenning; behandlingen bygger på uttrykkelig samtykke.",
    ),
    (
        (
            "Bemanning hele døgnet",
            "Kostnad ca. 38 mill. kr i året; ville bety nedleggelse av de minste sentrene.",
        ),
        (
            "PIN-kode i tillegg til brikke",
            "Deles like lett som brikken; prøvd ved to sentre i 2025 uten effekt.",
        ),
        (
            "Kamera i slusen med manuell kontroll i ettertid",
            "Mer inngripende: alle filmes og bildene gjennomgås av ansatte.",
        ),
    ),
    "Frivillig, 1:1-sammenligning, bare mal, sletting ved utmelding; brikke fortsatt tilgjengelig uten merkostnad.",
    (
        "Samtykke i appen med egen skjerm for informasjon",
        "Trekk av samtykke i appen med ett trykk",
        "Ingen merpris eller ulempe for brikkebrukere",
    ),
    (
        (
            "Samtykket er ikke reelt frivillig",
            "Middels",
            "Høy",
            "Brikke uten merkostnad, ingen fordeler knyttet til ansikt",
        ),
        (
            "Lekkasje av biometriske maler",
            "Lav",
            "Svært høy",
            "Kryptering, separat lagring, mal kan ikke gjenskape bilde",
        ),
        (
            "Feilmatch gir adgang til feil person",
            "Lav",
            "Middels",
            "Terskel satt strengt, medlemsnummer tastes i tillegg",
        ),
        (
            "Gjenbruk av maler til andre formål",
            "Lav",
            "Høy",
            "Databehandleravtale forbyr det; revisjon årlig",
        ),
    ),
    (
        "Lagring av malen bare på medlemmets telefon",
        "Ikke innført: slusen har ikke støtte for det i dag; leverandøren planlegger det i 2027.",
    ),
    FITACCESS,
)

C2 = Topic(
    "C2",
    "Pulsdata fra treningsklokker i personlig oppfølging",
    "Formålet er at personlige trenere kan følge opp medlemmenes belastning og helse.",
    (
        "Høgfjell vil tilby medlemmer med personlig trener (PT) å koble treningsklokken (Garmin, Polar, Apple) til PT-appen. Appen henter puls, hvilepuls, søvn og treningsøkter og viser dem for treneren. Målgruppen er om lag 3 000 medlemmer, blant dem mange i rehabilitering etter hjerte- og skadeforløp.",
        "Data hentes hver natt, lagres i 12 måneder og slettes ved avsluttet PT-avtale. Treneren ser grafer per medlem; ledelsen ser bare antall aktive koblinger.",
        "PT-appen driftes av FitAccess Nordic AB (samme leverandør som adgangssystemet).",
    ),
    "Helseopplysninger (puls, søvn, treningsbelastning), navn, medlemsnummer.",
    "Kilde: medlemmets klokke via produsentens API. Mottakere: medlemmets PT.",
    "Tilgang bare for tildelt PT, kryptert lagring, logg.",
    (
        "Medlemmer i rehabilitering trenger at treneren ser belastningen mellom timene for å unngå overbelastning.",
        "Koblingen er frivillig og kan slås av når som helst.",
    ),
    (
        (
            "Medlemmet viser frem klokken på timen",
            "Gir bare et øyeblikksbilde; treneren ser ikke trendene.",
        ),
        (
            "Bare treningsøkter, ikke søvn og hvilepuls",
            "Vurdert, men hvilepuls er det viktigste varselet om overbelastning.",
        ),
    ),
    "Frivillig, avgrenset til medlemmets egen PT, kort lagringstid.",
    (
        "Samtykke per datatype",
        "Medlemmet ser det samme som treneren",
        "Sletting ved avsluttet PT-avtale",
    ),
    (
        (
            "Helseopplysninger brukes til markedsføring",
            "Lav",
            "Høy",
            "Forbud i databehandleravtalen, ingen kobling mot CRM",
        ),
        (
            "PT ser data etter at avtalen er avsluttet",
            "Middels",
            "Middels",
            "Automatisk fjerning av tilgang",
        ),
        ("Medlemmer føler press til å dele", "Middels", "Middels", "Ingen ulempe ved å la være"),
    ),
    ("Aggregering til ukesnivå", "Ikke innført: treneren trenger å se enkeltøkter."),
    FITACCESS,
)

SKYLINE = Processor(
    "Skyline Inspect ApS",
    "DK 38 55 21 90",
    "Havnegade 12, 6700 Esbjerg, Denmark",
    "Mads Kjeldsen",
    "+45 75 12 44 80",
    "mk@skylineinspect.dk",
    "wearable platform and data hosting (processor)",
)
SECUGATE = Processor(
    "SecuGate Systems Oy",
    "FI 2789 5521",
    "Itämerenkatu 5, 00180 Helsinki, Finland",
    "Anni Virtanen",
    "+358 9 4241 7700",
    "anni.virtanen@secugate.fi",
    "biometric access control, operation and support (processor)",
)

D1 = Topic(
    "D1",
    "Fatigue and vital-sign monitoring of turbine technicians",
    "The purpose is to protect technicians working at height from accidents caused by fatigue or heat stress.",
    (
        "Borealis Wind Norge operates three onshore wind farms (112 turbines) in Trøndelag. About 60 own technicians and 40 contractor technicians climb turbines daily. We plan to issue a chest-strap wearable that measures heart rate, skin temperature and movement during climbs and work in the nacelle.",
        "The device streams to a tablet carried by the team leader. An alert is raised when a technician's readings indicate heat stress, exhaustion or a fall (no movement). Readings are stored for 30 days to investigate incidents, then deleted; alerts and incident reports are kept for five years under the HSE rules.",
        "The platform is provided by Skyline Inspect ApS (Denmark), hosting in the EU. Contractors' employers receive incident reports concerning their own staff only.",
    ),
    "Heart rate, skin temperature, movement, GPS position of the turbine, name and crew.",
    "Source: the wearable. Recipients: team leader, HSE manager, contractor employer (incidents only).",
    "Device paired only with the crew tablet, encrypted transfer, EU hosting, role-based access.",
    (
        "Two serious incidents in 2024-25 involved technicians collapsing in the nacelle after climbing 90 m in summer heat; they were found after 25 and 40 minutes.",
        "Monitoring is limited to climbs and nacelle work; the strap is taken off at ground level.",
    ),
    (
        (
            "Buddy system only",
            "Already in place; the incidents happened with a buddy on another platform level.",
        ),
        (
            "Fall detector without vital signs",
            "Would not catch heat stress, which caused one of the incidents.",
        ),
    ),
    "Only alerts reach management; raw readings are kept 30 days and not used for performance.",
    (
        "Works council consulted",
        "Technicians can see their own readings",
        "No use for performance assessment (agreement of 2 October 2026)",
    ),
    (
        (
            "Health data used in employment decisions",
            "Medium",
            "High",
            "Agreement with works council, HSE-only access to raw data",
        ),
        (
            "Breach at the platform provider",
            "Low",
            "High",
            "DPA, EU hosting, encryption, annual audit",
        ),
        (
            "Chilling effect: technicians avoid reporting symptoms",
            "Medium",
            "Medium",
            "Evaluation with safety delegates after six months",
        ),
    ),
    (
        "Processing only on the device without any upload",
        "Not adopted: incident investigation needs the data for 30 days.",
    ),
    SKYLINE,
)

D2 = Topic(
    "D2",
    "Fingerprint access control at substations",
    "The purpose is to make sure only authorised persons enter high-voltage substations.",
    (
        "Borealis operates 7 substations connected to the regional grid. About 260 persons (own staff, grid operator staff and contractors) have keys today. Lost keys and lent keys have led to unauthorised entries twice in 2025.",
        "We plan fingerprint readers at substation doors. The reader stores an encrypted template on a card carried by the person (match-on-card); the central system stores only the card number, name, company and access rights. The entry log (time, door, card) is kept for 12 months.",
        "SecuGate Systems Oy (Finland) delivers the readers and operates the central access system from the EU.",
    ),
    "Fingerprint template (on card only), name, company, access rights, entry log.",
    "Source: the person at enrolment. Recipients: security manager, grid operator on request after incidents.",
    "Match-on-card, no central biometric database, encrypted log.",
    (
        "Entry to a live substation by an unqualified person can be fatal and is a reportable incident under the electrical safety regulations.",
        "Keys and cards alone can be lent; a biometric factor ties access to the person.",
    ),
    (
        ("Card plus PIN", "PINs are shared like keys; tested at one station in 2025."),
        (
            "Central biometric database",
            "Rejected: match-on-card avoids any central store of templates.",
        ),
    ),
    "No central template store; only persons who need access are enrolled; log kept 12 months.",
    (
        "Enrolment information sheet",
        "Alternative for persons who cannot enrol (escorted entry)",
        "Deletion at end of assignment",
    ),
    (
        (
            "Loss of a card with a template",
            "Medium",
            "Medium",
            "Template encrypted, card blocked centrally",
        ),
        (
            "Log used to monitor working hours",
            "Low",
            "Medium",
            "Purpose limitation in access policy",
        ),
        (
            "Exclusion of persons who cannot give usable fingerprints",
            "Low",
            "Medium",
            "Escorted entry as fallback",
        ),
    ),
    (
        "Face recognition instead of fingerprint",
        "Not adopted: more intrusive and central storage needed.",
    ),
    SECUGATE,
)

PORTTEL = Processor(
    "Porttelefon Nord AS",
    "916 770 215",
    "Industriveien 22, 2069 Jessheim",
    "Kristian Aas",
    "+47 63 97 11 40",
    "kristian.aas@porttelefon.no",
    "leverandør og drift av kamera og skiltgjenkjenning (databehandler)",
)
KREDINOR = Processor(
    "Bokredit Innfordring AS",
    "912 604 118",
    "Tollbugata 30, 0157 Oslo",
    "Hanne Brekke",
    "+47 22 40 18 60",
    "hanne.brekke@bokredit.no",
    "kredittvurdering og inkasso (databehandler)",
)

E1 = Topic(
    "E1",
    "Kamera og skiltgjenkjenning i fellesgarasjer",
    "Formålet er å redusere innbrudd og hærverk i garasjeanleggene.",
    (
        "Lindtveit Boligbyggelag forvalter 48 borettslag med 6 200 boliger. 19 borettslag har felles garasjeanlegg. Etter 140 anmeldte innbrudd i boder og biler i 2025 har styrene bedt oss om en felles løsning: kameraer ved inn- og utkjøring og i bodganger, og skiltgjenkjenning som åpner porten for registrerte biler.",
        "Kameraene i bodgangene tar opp bare når det er bevegelse mellom kl. 23 og 06; opptak slettes etter 7 dager. Skiltgjenkjenning registrerer alle kjøretøy (også besøkende); skilt som ikke er registrert lagres med bilde i 7 dager, registrerte skilt lagres bare som portlogg i 30 dager.",
        "Opptak utleveres bare til politiet ved anmeldelse. Porttelefon Nord AS leverer og drifter utstyret.",
    ),
    "Video av beboere og besøkende, registreringsnummer, tidspunkt.",
    "Kilder: kameraer. Mottakere: vaktmester/driftsleder ved hendelse, politiet ved anmeldelse.",
    "Opptak lagres lokalt i låst rom, fjerntilgang bare for leverandør med tofaktor, logg.",
    (
        "Innbruddene skjer om natten; dagens låser er brutt opp gjentatte ganger. Forsikringsselskapet krever tiltak.",
        "Skiltgjenkjenning erstatter nøkkelbrikker som i dag lånes bort og kopieres.",
    ),
    (
        ("Bedre låser og dører", "Gjennomført i 2024-25; innbruddene fortsatte."),
        ("Vekter på runde", "Kostnad ca. 4 mill. kr årlig fordelt på beboerne; avvist av styrene."),
        ("Kamera uten skiltgjenkjenning", "Løser ikke kopierte brikker."),
    ),
    "Opptak bare om natten og ved bevegelse, kort lagring, ingen kamera mot boligdører.",
    (
        "Skilting ved innkjøring",
        "Informasjon i beboermøter og på nett",
        "Innsyn via forvaltningskontoret",
    ),
    (
        (
            "Kartlegging av beboeres vaner (når de kjører)",
            "Middels",
            "Middels",
            "Portlogg bare 30 dager, ingen rapporter per beboer",
        ),
        ("Opptak brukes i nabokonflikter", "Middels", "Middels", "Utlevering bare til politiet"),
        ("Uautorisert fjerntilgang", "Lav", "Høy", "Tofaktor, logg, databehandleravtale"),
    ),
    (
        "Sletting av portlogg etter 24 timer",
        "Ikke innført: hendelser oppdages ofte etter en uke eller mer.",
    ),
    PORTTEL,
)

E2 = Topic(
    "E2",
    "Automatisk kredittvurdering og inkassovarsel ved tildeling og husleierestanser",
    "Formålet er å redusere husleierestanser i borettslagene.",
    (
        "Lindtveit forvalter felleskostnader for 6 200 boliger. Restansene økte til 11,4 mill. kr i 2025. Vi planlegger automatisk kredittvurdering av kjøpere ved forkjøpsrett og av leietakere ved fremleie, og et system som varsler beboere med restanse og sender saken til inkasso etter fast løp.",
        "Kredittvurderingen hentes fra Bokredit Innfordring AS. Resultatet (godkjent / manuell vurdering) lagres i 12 måneder. Restansesaker lagres til kravet er oppgjort og deretter i 3 år. Ingen avslag skjer automatisk: en saksbehandler ser alle saker som ikke er godkjent.",
    ),
    "Navn, fødselsnummer, kredittscore, betalingsanmerkninger, restanser.",
    "Kilder: kredittopplysningsforetak, regnskapssystemet. Mottakere: saksbehandler, styret (bare sum), inkasso.",
    "Tilgang for tre saksbehandlere, logg, kryptering.",
    (
        "Restanser rammer de andre beboerne gjennom felleskostnadene; tidlig varsling gir færre inkassosaker.",
        "Kredittvurdering skjer bare der vedtektene gir adgang til det.",
    ),
    (("Manuell oppfølging som i dag", "Har ikke hindret økningen; kapasiteten er for liten."),),
    "Ingen automatiske avslag, kort lagring, bare nødvendige opplysninger.",
    ("Informasjon i kjøpsprosessen", "Mulighet til å forklare seg før inkasso"),
    (
        (
            "Feil i kredittopplysninger gir urettferdig behandling",
            "Middels",
            "Høy",
            "Manuell vurdering av alle som ikke godkjennes",
        ),
        ("Sosial stigmatisering i borettslaget", "Lav", "Middels", "Styret ser bare summer"),
    ),
    ("Ingen kredittvurdering ved fremleie", "Ikke innført."),
    KREDINOR,
)

DENTASKY = Processor(
    "DentaSky ApS",
    "DK 40 11 87 35",
    "Nørregade 7, 1165 København K, Danmark",
    "Louise Bech",
    "+45 33 14 62 00",
    "lb@dentasky.dk",
    "skybasert røntgenanalyse (databehandler)",
)
SMSPORT = Processor(
    "Varslingsporten AS",
    "913 555 402",
    "Strandkaien 2, 5013 Bergen",
    "Øystein Rygg",
    "+47 55 30 77 00",
    "oystein@varslingsporten.no",
    "utsending av SMS og videokonsultasjon (databehandler)",
)

F1 = Topic(
    "F1",
    "KI-assistert analyse av tannrøntgen i skyen",
    "Formålet er å oppdage karies og beintap tidligere og mer presist.",
    (
        "Karmsund Tannhelse har 9 klinikker og om lag 38 000 pasienter. Vi tar ca. 60 000 røntgenbilder i året. Vi vil sende bildene til DentaSky, en skybasert analysetjeneste som markerer mulig karies, beintap og periapikale forandringer. Tannlegen ser markeringene og tar selv stilling; tjenesten stiller ikke diagnoser alene.",
        "Bildene sendes pseudonymisert (pasient-ID, alder, kjønn, tannnummer) og returneres med markeringer til journalsystemet. DentaSky lagrer bildene i 30 dager for feilretting og sletter dem deretter. Bildene brukes ikke til å trene modellen.",
        "Behandlingen gjelder alle pasienter som tar røntgen, også barn (ca. 6 000). Pasienten kan reservere seg; da vurderes bildet på vanlig måte.",
    ),
    "Røntgenbilder (helseopplysninger), pasient-ID, alder, kjønn.",
    "Kilde: røntgenapparatet via journalsystemet. Mottakere: DentaSky (analyse), behandlende tannlege.",
    "Pseudonymisering før overføring, TLS, lagring i EU, tilgangslogg hos leverandør.",
    (
        "Studier viser at tannleger overser 20-40 % av tidlig approksimal karies på bitewing-bilder; tidlig funn gir mindre inngrep.",
        "Tjenesten er et hjelpemiddel; tannlegen beslutter.",
    ),
    (
        (
            "Programvare installert lokalt på klinikken",
            "Finnes ikke med tilsvarende treffsikkerhet; leverandørene tilbyr bare skyløsning.",
        ),
        (
            "Dobbeltvurdering av alle bilder av to tannleger",
            "Ikke gjennomførbart med dagens bemanning.",
        ),
    ),
    "Pseudonymisering, 30 dagers lagring, ingen trening av modell, reservasjonsrett.",
    (
        "Informasjon på venterommet og i innkalling",
        "Reservasjon i resepsjonen",
        "Tannlegen forklarer markeringer på forespørsel",
    ),
    (
        (
            "Overdreven tillit til markeringene gir feilbehandling",
            "Middels",
            "Høy",
            "Opplæring, tannlegen dokumenterer egen vurdering",
        ),
        ("Reidentifisering hos leverandør", "Lav", "Høy", "Pseudonymisering, avtale, EU-lagring"),
        (
            "Bilder brukes til modelltrening",
            "Lav",
            "Middels",
            "Forbud i databehandleravtalen, revisjon",
        ),
        (
            "Barns bilder behandles uten at foreldre vet det",
            "Middels",
            "Middels",
            "Informasjon i innkalling til foreldre",
        ),
    ),
    ("Samtykke i stedet for reservasjon", "Ikke innført: behandlingen er en del av helsehjelpen."),
    DENTASKY,
)

F2 = Topic(
    "F2",
    "Videokonsultasjon og SMS-påminnelser med behandlingsinformasjon",
    "Formålet er å gi pasientene kortere vei til tannlegen og færre uteblitte timer.",
    (
        "Karmsund Tannhelse vil tilby videokonsultasjon for kontroll etter behandling og akuttvurdering, og SMS-påminnelser som nevner behandlingstype (f.eks. «rotfylling», «tanntrekking») slik at pasienten kan forberede seg. Om lag 15 000 SMS i året og 2 000 videokonsultasjoner.",
        "Varslingsporten AS sender SMS og drifter videoløsningen. Videosamtaler tas ikke opp. SMS-loggen lagres i 90 dager.",
    ),
    "Navn, telefonnummer, tidspunkt, behandlingstype, videobilde under samtale.",
    "Kilde: journalsystemet. Mottakere: pasienten, Varslingsporten (overføring).",
    "Ende-til-ende-kryptert video, ingen opptak, SMS uten fødselsnummer.",
    (
        "Uteblitte timer koster oss ca. 2 mill. kr i året; pasienter som vet hva som skal gjøres møter oftere.",
    ),
    (
        (
            "SMS uten behandlingstype",
            "Vurdert; gir færre forberedte pasienter, men er mulig for den som ønsker det.",
        ),
    ),
    "Pasienten kan velge SMS uten behandlingstype; video er frivillig.",
    ("Valg av SMS-innhold i pasientportalen", "Ingen opptak"),
    (
        ("SMS leses av andre enn pasienten", "Middels", "Middels", "Valg om nøytral SMS"),
        (
            "Uautorisert tilgang til videosamtale",
            "Lav",
            "Høy",
            "Ende-til-ende-kryptering, engangslenke",
        ),
    ),
    ("Innlogging med BankID før video", "Ikke innført: for høy terskel for eldre pasienter."),
    SMSPORT,
)

SNOWPASS = Processor(
    "Snowpass Systems GmbH",
    "ATU 71234588",
    "Museumstraße 3, 6020 Innsbruck, Østerrike",
    "Lukas Hofer",
    "+43 512 90 44 18",
    "l.hofer@snowpass.at",
    "leverandør av billett- og portsystem (databehandler)",
)

G1 = Topic(
    "G1",
    "Foto på sesongkort og kamerakontroll i heisportene",
    "Formålet er å hindre at sesongkort lånes bort eller selges videre.",
    (
        "Fjellheim Skisenter selger om lag 9 500 sesongkort i året. Vi anslår at 8-10 % av kortene brukes av andre enn eieren. Vi vil innføre bilde på sesongkortet og et kamera i hver heisport (12 porter) som tar et bilde når kortet leses. Bildet vises for heisvakten ved siden av kortbildet når systemet markerer et kort som mistenkelig (samme kort i to porter på kort tid, eller annen kortbruker enn vanlig).",
        "Portbildene lagres i 72 timer og slettes; bilder knyttet til en sak om misbruk lagres til saken er avsluttet, maksimalt 6 måneder. Det gjøres ingen automatisk ansiktsgjenkjenning; sammenligningen gjøres av heisvakten.",
    ),
    "Portrettfoto, portbilder, kortnummer, tidspunkt og port.",
    "Kilder: kunden (foto ved kjøp), portkamera. Mottakere: heisvakter, billettkontor.",
    "Bilder lagres på servere hos Snowpass i EU, tilgang per rolle, logg.",
    (
        "Misbruk av sesongkort gir et inntektstap på anslagsvis 3,5 mill. kr per sesong.",
        "Foto på kortet er vanlig i bransjen; portbildet brukes bare ved mistanke.",
    ),
    (
        (
            "Stikkprøvekontroll med legitimasjon",
            "Gir kø og krever at gjester har legitimasjon i skiklærne.",
        ),
        ("Automatisk ansiktsgjenkjenning", "Vurdert og forkastet som for inngripende."),
    ),
    "Portbilder lagres kort og ses bare ved mistanke; ingen biometri.",
    ("Informasjon ved kjøp og på skilt ved portene", "Innsyn via billettkontoret"),
    (
        ("Bilder av barn lagres og vises", "Middels", "Middels", "Barnekort uten portbilde"),
        (
            "Heisvakter bruker bildene privat",
            "Lav",
            "Middels",
            "Skjerm uten lagringsmulighet, taushetserklæring",
        ),
        (
            "Feil mistanke mot gjest",
            "Middels",
            "Lav",
            "Gjesten får forklare seg, ingen inndragning uten saksbehandling",
        ),
    ),
    ("Sletting av portbilder etter 24 timer", "Ikke innført: misbruk oppdages ofte i helgen."),
    SNOWPASS,
)

G2 = Topic(
    "G2",
    "Posisjonsdeling i skiapp for skred- og leteberedskap",
    "Formålet er å finne gjester raskere ved skred og leteaksjoner i frikjøringsområdet.",
    (
        "Fjellheim åpner i 2027 et kontrollert frikjøringsområde (Nordflanken). Gjester som vil kjøre der må registrere seg i skiappen og dele posisjon mens de er i området. Posisjonen sendes hvert minutt til skipatruljen. Når gjesten forlater området stopper delingen automatisk.",
        "Posisjonsdata lagres i 48 timer og slettes deretter. Ved leteaksjon får politiet og Norsk Folkehjelp posisjonene fra de siste to timene. Vi regner med 3 000-5 000 registrerte gjester per sesong. Appen og lagringen leveres av Snowpass Systems GmbH.",
    ),
    "Posisjon, navn, telefonnummer, tidspunkt.",
    "Kilde: gjestens mobil. Mottakere: skipatruljen, ved leteaksjon politiet og Norsk Folkehjelp.",
    "Geofence på telefonen, kryptert overføring, lagring i EU, logg.",
    (
        "Skred i Nordflanken-terrenget har de siste ti årene tatt to liv i nærliggende områder; redningstiden er avgjørende de første 15 minuttene.",
    ),
    (
        (
            "Krav om skredsøker (ARVA)",
            "Innføres i tillegg; hjelper ikke før patruljen vet hvor de skal lete.",
        ),
        ("Registrering ved inngang uten posisjon", "Gir bare at gjesten er i området, ikke hvor."),
    ),
    "Deling bare i området, 48 timers lagring, frivillig å bruke området.",
    ("Informasjon ved registrering", "Sletting etter 48 timer"),
    (
        (
            "Posisjonsdata brukes til markedsføring",
            "Lav",
            "Middels",
            "Avtale med Snowpass, ingen kobling mot kunderegister",
        ),
        ("Sporing fortsetter utenfor området", "Lav", "Høy", "Geofence testet, logg kontrolleres"),
    ),
    ("Anonym registrering", "Ikke innført: vi må kunne ringe gjesten."),
    SNOWPASS,
)

FLEETEYE = Processor(
    "FleetEye Ltd",
    "UK 11204387",
    "14 Albion Street, Leeds LS1 6AD, United Kingdom",
    "Gareth Owen",
    "+44 113 496 0311",
    "gareth.owen@fleeteye.co.uk",
    "telematics and camera platform (processor)",
)
PICKPRO = Processor(
    "PickPro Solutions BV",
    "NL 8521.44.710",
    "Stationsplein 45, 3013 AK Rotterdam, Netherlands",
    "Sanne de Vries",
    "+31 10 201 77 40",
    "s.devries@pickpro.nl",
    "warehouse management and wearable scanners (processor)",
)

H1 = Topic(
    "H1",
    "Driver-facing cameras and telematics in long-haul trucks",
    "The purpose is to reduce accidents caused by fatigue and distraction.",
    (
        "Northcape Logistics runs 210 trucks on routes between Oslo, Trondheim and Northern Norway, with about 300 drivers (own and subcontracted). We plan to install a driver-facing camera that detects eye closure, yawning and phone use, combined with existing telematics (speed, braking, position).",
        "The camera analyses in the cab; only events (a 10-second clip) are uploaded. The driver gets an audible warning at once. Clips are reviewed by a safety coach and kept for 30 days, or until an incident case is closed (max. 12 months). Telematics data is kept for 90 days.",
        "The platform is FleetEye Ltd (UK), relying on the adequacy decision for the UK.",
    ),
    "Event video of the driver, driving data, position, name and driver ID.",
    "Source: cab camera and telematics unit. Recipients: safety coach, transport manager (aggregates), insurer after accidents.",
    "Edge processing, encrypted upload, access logged, clips watermarked.",
    (
        "Fatigue was a contributing factor in 4 of our 11 serious accidents in 2023-2025. Routes over mountain passes in winter darkness are long and monotonous.",
        "Continuous recording is not needed; event clips suffice for coaching.",
    ),
    (
        (
            "Stricter rest rules beyond the driving-time regulation",
            "Introduced in 2025; accidents continued.",
        ),
        ("Telematics only", "Cannot detect eye closure or phone use."),
        ("Continuous video recording", "Rejected as more intrusive than needed."),
    ),
    "Event-based, short retention, coaching not discipline except for repeated phone use after warning.",
    (
        "Agreement with union representatives",
        "Drivers can see their own events",
        "Camera covered when off duty (privacy shutter)",
    ),
    (
        (
            "Clips used for disciplinary action beyond the agreed rules",
            "Medium",
            "High",
            "Written policy, union access to statistics",
        ),
        (
            "Surveillance feeling and stress among drivers",
            "High",
            "Medium",
            "Privacy shutter, coaching approach, evaluation",
        ),
        ("Transfer to the UK", "Low", "Medium", "Adequacy decision, DPA with SCCs as fallback"),
        (
            "False positives stigmatise drivers",
            "Medium",
            "Medium",
            "Human review before any follow-up",
        ),
    ),
    ("Blurring of faces in uploaded clips", "Not adopted: coaches need to see eye closure."),
    FLEETEYE,
)

H2 = Topic(
    "H2",
    "Wearable scanners and productivity metrics in the Berger warehouse",
    "The purpose is to plan staffing and reduce strain injuries in the warehouse.",
    (
        "Our Berger warehouse employs 180 pickers on three shifts. We plan to replace handheld scanners with wrist-worn scanners from PickPro Solutions BV that record each pick, walking distance and lifting events. Shift managers see team-level productivity; individual figures are visible to the employee and to the HSE coordinator.",
        "Data is kept for 6 months for planning and ergonomics analysis. Individual pick rates are not used for pay or dismissal decisions.",
    ),
    "Picks, timestamps, walking distance, lifts, employee ID.",
    "Source: the wrist scanner. Recipients: shift managers (team level), HSE coordinator, the employee.",
    "Pseudonymous IDs in the dashboards, EU hosting, access control.",
    ("Strain injuries account for 60 % of our sick leave in the warehouse.",),
    (("Manual time studies", "Done in 2024; too coarse and stressful."),),
    "Team-level dashboards, no pay or dismissal use, 6-month retention.",
    ("Agreement with the works council", "Employee app showing own data"),
    (
        (
            "Individual data used for performance management",
            "Medium",
            "High",
            "Works agreement, access control",
        ),
        ("Stress from constant measurement", "High", "Medium", "No real-time individual ranking"),
    ),
    ("No individual data at all", "Not adopted: ergonomic advice needs individual lifting data."),
    PICKPRO,
)

BEHAVIO = Processor(
    "Behavio Security AS",
    "927 880 412",
    "Dronningens gate 15, 7011 Trondheim",
    "Tone Sivertsen",
    "+47 73 80 55 20",
    "tone.sivertsen@behavio.no",
    "analyse av atferdsbiometri (databehandler)",
)
SCREENR = Processor(
    "ScreenRisk Nordic AB",
    "559031-2288",
    "Kungsgatan 12, 411 19 Göteborg",
    "Erik Sandberg",
    "+46 31 700 25 90",
    "erik.sandberg@screenrisk.se",
    "screening mot sanksjonslister og åpne kilder (databehandler)",
)

I1 = Topic(
    "I1",
    "Atferdsbiometri i nettbanken for å avdekke kontoovertakelse",
    "Formålet er å stoppe svindel der kriminelle har overtatt kundens nettbank.",
    (
        "Glåmdal Sparebank har 41 000 personkunder med nettbank og mobilbank. Vi vil måle hvordan kunden bruker banken (tastemønster, sveipemønster, hvordan telefonen holdes, navigasjon) og lage en profil per kunde. Avvik fra profilen gir en risikoscore; høy score gir ekstra autentisering eller stopp av betaling og en samtale med kunden.",
        "Profilen oppdateres løpende og slettes 13 måneder etter siste innlogging eller når kundeforholdet avsluttes. Analysen gjøres av Behavio Security AS på servere i Norge. Risikoscoren lagres med transaksjonen i 5 år etter hvitvaskingsloven.",
        "Det behandles ikke biometri for å identifisere kunden i art. 9-forstand; profilen brukes til å vurdere om det er samme person, og vi har likevel behandlet den som særlig kategori i vurderingen.",
    ),
    "Atferdsdata, enhetsdata, IP, risikoscore, transaksjonsdata.",
    "Kilde: kundens enhet. Mottakere: svindelavdelingen, Behavio (analyse), politiet ved anmeldelse.",
    "Kryptert innsamling, data i Norge, rollestyrt tilgang, logg.",
    (
        "Svindel ved kontoovertakelse kostet kundene våre 6,8 mill. kr i 2025; eldre kunder rammes mest.",
        "BankID alene stopper ikke svindel der kunden selv lures til å logge inn.",
    ),
    (
        ("Flere SMS-bekreftelser", "Gir ikke vern når kunden selv blir manipulert."),
        ("Beløpsgrenser for alle", "Rammer alle kunder og hindrer vanlig bruk."),
    ),
    "Ingen automatisk avslutning av kundeforhold; stopp følges alltid opp av en rådgiver.",
    (
        "Informasjon i personvernerklæringen og ved innlogging",
        "Klage til kundeservice",
        "Manuell vurdering ved stopp",
    ),
    (
        (
            "Feilaktig stopp av betaling for kunder med nedsatt funksjonsevne",
            "Middels",
            "Middels",
            "Manuell oppfølging, unntaksprofil",
        ),
        (
            "Profilering oppleves som overvåking",
            "Middels",
            "Middels",
            "Informasjon, innsyn i at profil finnes",
        ),
        (
            "Misbruk av profiler hos leverandør",
            "Lav",
            "Høy",
            "Databehandleravtale, revisjon, norsk lagring",
        ),
    ),
    ("Reservasjonsrett mot profilering", "Ikke innført: svindlere ville reservert seg."),
    BEHAVIO,
)

I2 = Topic(
    "I2",
    "Utvidet kundekontroll med screening av åpne kilder og sosiale medier",
    "Formålet er å oppfylle hvitvaskingsloven for kunder med høy risiko.",
    (
        "Banken vil for kunder klassifisert med høy risiko (ca. 900) hente treff fra åpne kilder og offentlige profiler i sosiale medier gjennom ScreenRisk Nordic AB, i tillegg til sanksjonslister og PEP-lister. Treffene vurderes manuelt av en analytiker, og bare relevante treff lagres i kundedossieret i 5 år.",
    ),
    "Navn, fødselsdato, offentlige profiler, medieomtale, PEP-status.",
    "Kilder: åpne kilder, sosiale medier, sanksjonslister. Mottakere: AML-analytikere, Økokrim ved rapport.",
    "Tilgang for 6 analytikere, logg, lagring i EU.",
    ("Finanstilsynet påpekte ved tilsyn i 2025 at vår utvidede kundekontroll var for svak.",),
    (("Bare manuelle søk", "Ikke etterprøvbart og ujevnt."),),
    "Bare høyrisikokunder, manuell vurdering, bare relevante treff lagres.",
    ("Informasjon i kundeavtalen",),
    (
        (
            "Feil person (navnelikhet) knyttes til kunden",
            "Middels",
            "Høy",
            "Manuell verifisering med fødselsdato",
        ),
        (
            "Innhenting av opplysninger om tredjepersoner",
            "Høy",
            "Middels",
            "Bare kundens egen profil lagres",
        ),
    ),
    ("Ingen bruk av sosiale medier", "Vurdert, men Finanstilsynet forventer bruk av åpne kilder."),
    SCREENR,
)

NETTDATA = Processor(
    "Vestnett Data AS",
    "919 442 087",
    "Fjordvegen 9, 5600 Norheimsund",
    "Arne Tveit",
    "+47 56 55 31 20",
    "arne.tveit@vestnettdata.no",
    "drift av måledatasystemet (databehandlar)",
)
LUFTFOTO = Processor(
    "Luftfoto Vest AS",
    "914 300 661",
    "Flyplassvegen 4, 5700 Voss",
    "Signe Bakke",
    "+47 56 52 80 44",
    "signe@luftfotovest.no",
    "dronefotografering og bildebehandling (databehandlar)",
)

J1 = Topic(
    "J1",
    "Høgfrekvente måledata frå AMS-målarar til lastanalyse",
    "Føremålet er å planleggje nettet betre og unngå overbelastning.",
    (
        "Hardanger Kraftlag har 14 200 nettkundar. I dag les vi av timeverdiar frå AMS-målarane. Vi vil hente verdiar kvart minutt frå alle målarar i tre område med kapasitetsproblem (om lag 2 600 husstandar) i 18 månader, for å sjå kva tid på døgnet nettet vert overbelasta og korleis elbillading og varmepumper påverkar det.",
        "Minuttverdiar kan avsløre når folk er heime, søv, lagar mat og kva apparat dei har. Data vert pseudonymisert (målepunkt-ID utan namn) før analysen; koplingsnøkkelen ligg hos kundesenteret. Etter 18 månader vert minuttverdiane aggregerte til timeverdiar og rådata sletta.",
        "Vestnett Data AS driftar måledatasystemet og analysemiljøet.",
    ),
    "Forbruk per minutt, målepunkt-ID, adresse (via nøkkel), nettstasjon.",
    "Kjelde: AMS-målarane. Mottakarar: nettplanleggjarar (pseudonymisert), ingen utanfor kraftlaget.",
    "Pseudonymisering, eige analysemiljø, tilgang for fire nettplanleggjarar, logg.",
    (
        "Utan finare data må vi byggje ut nettet etter verste tilfelle; det kostar kundane om lag 90 mill. kr meir.",
        "Vi avgrensar til tre område og 18 månader.",
    ),
    (
        (
            "Målingar i nettstasjonane i staden for hos kundane",
            "Gjennomført; viser ikkje kva som skjer bak kvar stikkleidning.",
        ),
        (
            "Frivillig deltaking",
            "Gir for få deltakarar i dei aktuelle gatene til å seie noko om lasta.",
        ),
    ),
    "Pseudonymisert, avgrensa i tid og område, aggregering etter prosjektet.",
    ("Brev til alle kundar i områda", "Innsyn i eigne data i Min side"),
    (
        (
            "Minuttdata avslører livsmønster og fråvær (innbrotsrisiko)",
            "Middels",
            "Høg",
            "Pseudonymisering, avgrensa tilgang",
        ),
        (
            "Re-identifisering via adresse",
            "Middels",
            "Middels",
            "Nøkkel hos kundesenteret, ikkje i analysemiljøet",
        ),
        ("Bruk til andre føremål, t.d. tariffering", "Låg", "Middels", "Styrevedtak om føremål"),
    ),
    ("Reservasjonsrett", "Ikkje innført: fråfall ville gjere analysen ubrukeleg i små gater."),
    NETTDATA,
)

J2 = Topic(
    "J2",
    "Dronefotografering ved inspeksjon av kraftliner",
    "Føremålet er å finne feil på liner og master før dei fører til straumbrot.",
    (
        "Kraftlaget har 1 300 km høgspentline, mykje i bratt terreng. Vi vil inspisere linene med drone to gonger i året. Dronen tek bilete og termografi av master og liner; bileta vil også vise hus, hagar, bilar og folk som er nær lina.",
        "Luftfoto Vest AS flyg og handsamar bileta. Bilete der personar eller private uteområde er med vert automatisk sladda før dei vert lagra i vedlikehaldssystemet. Usladda rådata vert sletta etter 14 dagar.",
    ),
    "Bilete og video av område langs lina, tilfeldig også personar og eigedomar.",
    "Kjelde: drone. Mottakarar: vedlikehaldsavdelinga.",
    "Sladding, kryptert lagring, tilgang for vedlikehald.",
    ("Helikopterinspeksjon gir dårlegare bilete og er dyrare; feil vert oppdaga seinare.",),
    (("Inspeksjon til fots", "Ikkje mogleg i bratt terreng med dagens bemanning."),),
    "Sladding, kort lagring av rådata, varsling i lokalavisa før flyging.",
    ("Varsling i lokalavis og på nettsida", "Innsyn ved førespurnad"),
    (
        (
            "Filming av folk i private hagar",
            "Middels",
            "Middels",
            "Automatisk sladding, flyhøgd, varsling",
        ),
        ("Rådata kjem på avvege", "Låg", "Middels", "Kryptering, sletting etter 14 dagar"),
    ),
    ("Flyging berre om natta", "Ikkje gjennomført: termografi og bilete krev dagslys."),
    LUFTFOTO,
)

TOPICS = {
    t.key: t
    for t in (A1, A2, B1, B2, C1, C2, D1, D2, E1, E2, F1, F2, G1, G2, H1, H2, I1, I2, J1, J2)
}
