# ruff: noqa: E501
"""Bokmål topics: Brattli Sparebank (G), Stiftelsen Lysheim (I), Kraftverket Treningssentre (J)."""

from __future__ import annotations

from topic import Proc, Topic

# --- G: Brattli Sparebank --------------------------------------------------------------------

TG1 = Topic(
    key="TG1",
    title="Atferdsbiometri i nettbank og mobilbank",
    what=(
        "Banken vil ta i bruk atferdsbiometri for å oppdage kontoovertakelse og sosial manipulering. Løsningen måler hvordan kunden skriver, sveiper og holder telefonen (tastetrykkrytme, trykkstyrke, vinkel) og bygger en profil per kunde. Når atferden avviker kraftig fra profilen, eller når mønsteret tyder på at kunden blir fjernstyrt eller snakker i telefon med en svindler mens hun betaler, stoppes betalingen for manuell kontroll.",
        "Det gjelder alle 38 000 personkunder med nettbank. Profilen kan indirekte si noe om alder, helse (skjelving, motoriske vansker) og sinnstilstand.",
    ),
    flow=(
        ("Kilder", "nettbank og mobilbank (sensorer og inndata), transaksjonsdata"),
        ("Mottakere", "bankens svindelavdeling (fem ansatte)"),
        ("Lagring", "atferdsprofil så lenge kunden har nettbank; hendelser 13 måneder"),
        ("Informasjonssikkerhet", "pseudonymisert profil hos leverandør, kryptering, drift i EØS"),
        ("Ansvar", "Brattli Sparebank er behandlingsansvarlig; Tastevakt AS er databehandler"),
    ),
    need=(
        "Svindeltapene for kundene våre var 11,4 millioner kroner i 2025, mest ved at kundene ble lurt til selv å godkjenne betalinger. Tradisjonell transaksjonsovervåking fanger ikke disse sakene, fordi betalingen gjøres av kunden selv med riktig BankID.",
        "Hvitvaskingsloven og finansavtaleloven forutsetter at banken har forsvarlige kontrolltiltak. Vi har valgt å ikke bruke profilen til noe annet enn svindelforebygging, og stoppede betalinger vurderes alltid av en person.",
    ),
    rights=(
        "informasjon i personvernerklæringen og i nettbanken ved innføring",
        "kunden kan be om manuell behandling og forklare en stoppet betaling",
        "profilen slettes når nettbankavtalen avsluttes",
        "ingen bruk i kredittvurdering eller markedsføring",
    ),
    risks=(
        (
            "Eldre og kunder med funksjonsnedsettelser får flere stoppede betalinger",
            "Høy",
            "Middels",
            "justerte terskler, rask manuell behandling, test av utslag",
        ),
        (
            "Profilen avslører helseopplysninger",
            "Lav",
            "Høy",
            "leverandøren får ikke vite hvem kunden er; ingen kategorisering",
        ),
        (
            "Profilen gjenbrukes til andre formål",
            "Lav",
            "Høy",
            "formålsbegrensning i avtale og intern instruks",
        ),
        (
            "Kunden forstår ikke hvorfor betalingen stoppes",
            "Middels",
            "Middels",
            "forklaring i nettbanken og direkte telefonlinje",
        ),
    ),
    skipped=(
        (
            "Samtykke som behandlingsgrunnlag",
            "samtykke ville ikke være frivillig for en sikkerhetsfunksjon i banktjenesten",
        ),
        (
            "Lokal analyse bare på kundens telefon",
            "gir ikke sammenligning mot kjente svindelmønstre",
        ),
    ),
    residual="Restrisikoen er høy fordi alle kunder profileres kontinuerlig med ny teknologi.",
    procs=(
        Proc(
            "Tastevakt AS",
            "928 113 650",
            "Dronning Eufemias gate 16, 0191 Oslo",
            "analyse av atferdsbiometri",
            "Hanna Lie Moe",
            "Customer Success Manager",
            "474 80 221",
            "hanna.moe@tastevakt.no",
        ),
    ),
)

TG2 = Topic(
    key="TG2",
    title="Automatisert kredittbeslutning for forbrukslån og kredittkort",
    what=(
        "Søknader om forbrukslån og kredittkort opp til 150 000 kroner skal innvilges eller avslås automatisk. Beslutningsmodellen bruker gjeldsregisteret, kredittopplysninger, skattedata, kontodata hos oss og opplysninger fra søknaden. Søknader i en gråsone går til en rådgiver.",
        "Vi får om lag 6 500 slike søknader i året, de fleste fra eksisterende kunder. Avslag kan få betydning for kundens økonomiske situasjon.",
    ),
    flow=(
        (
            "Kilder",
            "søknad, Gjeldsregisteret, kredittopplysningsbyrå, Skatteetaten (med samtykke), bankens kontodata",
        ),
        ("Mottakere", "kredittavdelingen"),
        (
            "Lagring",
            "søknad og beslutningsgrunnlag i fem år etter hvitvaskingsloven og utlånsforskriften",
        ),
        (
            "Informasjonssikkerhet",
            "beslutningsmotoren driftes av Kredittmotor AS i Norge; kryptering; tilgang etter rolle",
        ),
        ("Ansvar", "banken er behandlingsansvarlig; Kredittmotor AS er databehandler"),
    ),
    need=(
        "Kundene forventer svar i løpet av minutter, og manuell behandling gir ulik praksis mellom rådgiverne. Utlånsforskriften krever at vi vurderer betjeningsevne likt.",
        "Modellen bruker bare opplysninger som er relevante for betjeningsevne. Kunden kan alltid be om manuell behandling.",
    ),
    rights=(
        "informasjon om automatisert avgjørelse i søknaden",
        "rett til menneskelig behandling og til å få begrunnelse",
        "kunden kan legge frem nye opplysninger",
    ),
    risks=(
        (
            "Diskriminering av kunder med uregelmessig inntekt",
            "Middels",
            "Høy",
            "gråsone til rådgiver; årlig test av utslag",
        ),
        (
            "Feil i registerdata gir avslag",
            "Middels",
            "Middels",
            "kunden får se grunnlaget og kan rette",
        ),
        (
            "Modellen endres uten at banken vet det",
            "Lav",
            "Høy",
            "versjonsstyring og godkjenning i avtalen",
        ),
    ),
    skipped=(
        (
            "Manuell kontroll av alle avslag",
            "vurdert som urealistisk ved dagens volum; stikkprøver i stedet",
        ),
    ),
    residual="Automatiserte avgjørelser med rettsvirkning gir høy restrisiko.",
    procs=(
        Proc(
            "Kredittmotor AS",
            "917 224 839",
            "Fjordalléen 16, 0250 Oslo",
            "beslutningsmotor",
            "Kristoffer Dahl",
            "leveranseansvarlig",
            "21 03 88 40",
            "kristoffer.dahl@kredittmotor.no",
        ),
    ),
)

TG5 = Topic(
    key="TG5",
    title="Overvåking av ansattes e-post, chat og telefon for markedsmisbruk og hvitvasking",
    what=(
        "Banken vil innføre automatisk analyse av all e-post, chat og innspilte telefonsamtaler for ansatte i investeringsrådgivning, bedriftsmarked og kundeservice. Ordlister og en språkmodell markerer meldinger som kan tyde på innsidehandel, kundemanipulasjon eller hvitvasking, og compliance gjennomgår markeringene.",
        "Det gjelder 85 ansatte og alle kundene og andre de kommuniserer med. Meldingene inneholder også private samtaler.",
    ),
    flow=(
        ("Kilder", "e-postsystem, Teams, telefonopptak"),
        ("Mottakere", "compliance (tre ansatte); Økokrim ved melding"),
        ("Lagring", "markerte meldinger fem år; umarkerte meldinger etter gjeldende arkivregler"),
        (
            "Informasjonssikkerhet",
            "analysen kjøres i Compliance Watch sin plattform i Nederland; kryptering; tilgangslogg",
        ),
        ("Ansvar", "banken er behandlingsansvarlig; Compliance Watch Europe B.V. er databehandler"),
    ),
    need=(
        "Verdipapirhandelloven og MAR krever at banken har systemer for å avdekke markedsmisbruk, og Finanstilsynet har påpekt mangler i vår manuelle stikkprøvekontroll.",
        "Analysen er begrenset til ansatte i berørte roller og til kanaler som brukes i kundearbeid. Private meldinger som markeres, skal lukkes uten videre lesing.",
    ),
    rights=(
        "informasjon til ansatte og drøfting med tillitsvalgte",
        "ansatte får vite om markeringer som fører til sak",
        "egen rutine for private meldinger",
    ),
    risks=(
        ("Private samtaler leses av compliance", "Middels", "Høy", "rutine for lukking; logg"),
        (
            "Ansatte føler seg mistenkeliggjort",
            "Høy",
            "Middels",
            "åpen informasjon; ingen bruk i vanlig ledelse",
        ),
    ),
    skipped=(
        ("Bare manuell stikkprøvekontroll", "ikke tilstrekkelig etter Finanstilsynets merknader"),
    ),
    residual="Systematisk overvåking av ansattes kommunikasjon gir høy risiko.",
    procs=(
        Proc(
            "Compliance Watch Europe B.V.",
            "KvK 81922345",
            "Herengracht 420, 1017 BZ Amsterdam",
            "analyse av kommunikasjon",
            "Pieter de Vries",
            "Account Director",
            "+31 20 808 1140",
            "p.devries@compliancewatch.eu",
        ),
    ),
)

TG3 = Topic(
    key="TG3",
    title="Økonomisk helsesjekk basert på kategoriserte transaksjoner",
    what=(
        "Banken vil lansere en «økonomisk helsesjekk» i mobilbanken. Alle transaksjoner, også fra kontoer i andre banker kunden kobler til via open banking, kategoriseres automatisk (mat, bolig, spill, helse, gjeld osv.). Kunden får en oversikt og råd, og banken vil bruke kategoriene til å tilby produkter som refinansiering og sparing.",
        "Vi regner med at 15 000 kunder tar i bruk tjenesten. Transaksjoner kan avsløre helse, religion, politisk tilknytning, spillproblemer og seksuelle forhold.",
    ),
    flow=(
        ("Kilder", "egne kontoer, kontoer i andre banker via PSD2-samtykke"),
        ("Mottakere", "kunden; rådgivere ved tilbud; markedsavdelingen får bare segmenter"),
        ("Lagring", "kategoriserte transaksjoner i 24 måneder"),
        (
            "Informasjonssikkerhet",
            "kategorisering hos Pengeflyt AS; kryptering; tilgang etter rolle",
        ),
        (
            "Ansvar",
            "banken er behandlingsansvarlig; Pengeflyt AS er databehandler for innhenting og kategorisering",
        ),
    ),
    need=(
        "Mange kunder har ikke oversikt over økonomien før det er for sent. Helsesjekken skal gi dem oversikt og gjøre det lettere å ta grep tidlig.",
        "Bruk til tilbud krever eget samtykke, og kategorier som helse og religion brukes aldri i markedsføring.",
    ),
    rights=(
        "frivillig tjeneste med eget samtykke for tilbud",
        "kunden kan se og rette kategorier",
        "kobling til andre banker kan trekkes tilbake når som helst",
    ),
    risks=(
        (
            "Særlige kategorier utledes fra transaksjoner",
            "Høy",
            "Høy",
            "sperrede kategorier; ingen lagring av utledede kategorier",
        ),
        (
            "Kunder med spillproblemer får kreditttilbud",
            "Middels",
            "Høy",
            "spill-kategori blokkerer kreditttilbud",
        ),
        (
            "Samtykket er ikke reelt frivillig",
            "Middels",
            "Middels",
            "tjenesten fungerer uten markedssamtykke",
        ),
    ),
    skipped=(("Kategorisering bare på kundens telefon", "ikke støttet av leverandøren"),),
    residual="Utledning av særlige kategorier fra transaksjonsdata gir høy restrisiko.",
    procs=(
        Proc(
            "Pengeflyt AS",
            "927 411 205",
            "Tordenskiolds gate 6, 0160 Oslo",
            "innhenting og kategorisering av transaksjoner",
            "Marius Engen",
            "partneransvarlig",
            "22 11 70 35",
            "marius.engen@pengeflyt.no",
        ),
    ),
)

TG4 = Topic(
    key="TG4",
    title="Stemmebiometri for identifisering i kundesenteret",
    what=(
        "Kunder som ringer kundesenteret, skal kunne identifiseres med stemmen i stedet for kontrollspørsmål. Første gang lages et stemmeavtrykk fra de første 20 sekundene av samtalen; senere sammenlignes stemmen automatisk, og rådgiveren ser om identiteten er bekreftet.",
        "Rundt 12 000 kunder ringer oss hvert år. Stemmeavtrykket er en biometrisk opplysning.",
    ),
    flow=(
        ("Kilder", "telefonsamtalen"),
        ("Mottakere", "rådgiveren ser bare resultatet"),
        ("Lagring", "avtrykk til kunden trekker samtykket eller avslutter kundeforholdet"),
        ("Informasjonssikkerhet", "avtrykk lagres kryptert hos Stemmeid Nordic AS"),
        ("Ansvar", "banken er behandlingsansvarlig; Stemmeid Nordic AS er databehandler"),
    ),
    need=("Kontrollspørsmål er lette å omgå for svindlere som har fått tak i personopplysninger.",),
    rights=("samtykke før avtrykk lages; kunden kan bruke BankID-kode i stedet",),
    risks=(
        (
            "Stemmen etterlignes med KI",
            "Middels",
            "Høy",
            "deteksjon av syntetisk tale; høyrisiko-transaksjoner krever BankID",
        ),
        ("Avtrykk lekker og kan ikke byttes", "Lav", "Høy", "kryptering; leverandøren er revidert"),
        (
            "Kunden forstår ikke hva avtrykket er",
            "Middels",
            "Middels",
            "enkel forklaring ved innmelding",
        ),
    ),
    skipped=(("Lagring av avtrykk hos banken selv", "krever kompetanse vi ikke har i dag"),),
    residual="Biometri for identifisering gir høy risiko.",
    procs=(
        Proc(
            "Stemmeid Nordic AS",
            "931 006 722",
            "Sandakerveien 130, 0484 Oslo",
            "stemmebiometri",
            "Ingvild Ruud",
            "prosjektleder",
            "988 14 301",
            "ingvild.ruud@stemmeid.no",
        ),
    ),
)

TG6 = Topic(
    key="TG6",
    title="Felles register over svindelmistanker i Innlandsalliansen",
    what=(
        "Brattli, Vågå og Dovre sparebanker vil opprette et felles register over kontoer og personer som er knyttet til svindelmistanke.",
    ),
    flow=(),
    need=(),
    rights=(),
    risks=(),
    skipped=(),
    residual="",
    procs=(
        Proc(
            "Bankenes Svindeldata AS",
            "932 118 407",
            "Storgata 60, 2609 Lillehammer",
            "drift av registeret",
            "Hallvard Kinn",
            "daglig leder",
            "61 24 90 10",
            "hallvard.kinn@svindeldata.no",
        ),
    ),
)

# --- I: Stiftelsen Lysheim -------------------------------------------------------------------

TI1 = Topic(
    key="TI1",
    title="Elektronisk nattevakt med sensorer på ungdommenes rom",
    what=(
        "Lysheim ungdomshjem (barnevernsinstitusjon med åtte plasser for ungdom 13–18 år) vil erstatte fysiske nattrunder med sensorer på rommene. En radar registrerer bevegelse og pust uten bilde, og en lydsensor varsler ved høye lyder som skrik eller knusing. Nattevakten får varsel på en nettbrett og går inn bare ved varsel eller etter fast avtale med ungdommen.",
        "Det gjelder åtte ungdommer om gangen, om lag 20 i løpet av et år. Mange har vært utsatt for overgrep og har selvskading i sin historie. Tiltaket er et inngrep i privatlivet på eget rom.",
    ),
    flow=(
        ("Hvem opplysningene kommer fra", "sensorene; individuell plan for hver ungdom"),
        ("Hvem som ser dem", "nattevakt på vakt og avdelingsleder"),
        ("Hvor lenge", "varsler lagres i 30 dager; hendelser føres i journal"),
        ("Sikring", "lukket nett i huset, innlogging med personlig kode, logg"),
    ),
    need=(
        "Fysiske nattrunder hver time vekker ungdommene og oppleves som krenkende av mange, særlig dem som har vært utsatt for overgrep om natten. Samtidig må vi kunne oppdage selvskading og alvorlig sykdom.",
        "Sensorer uten bilde er det minst inngripende vi har funnet. Bruken avtales med hver ungdom og vurderes hver måned; ungdom som ikke trenger tilsyn om natten, får ikke sensor.",
    ),
    rights=(
        "individuell vurdering og vedtak etter forskrift om rettigheter og begrensninger i barnevernsinstitusjon",
        "ungdommen og foresatte informeres og kan klage til statsforvalteren",
        "sensoren kan slås av når ungdommen har besøk på dagtid",
        "ungdommen kan se loggen over varsler fra eget rom",
    ),
    risks=(
        (
            "Ungdommen opplever seg overvåket på sitt eneste private rom",
            "Høy",
            "Høy",
            "ingen bilde, månedlig evaluering, ungdommen er med og bestemmer",
        ),
        (
            "Lydsensoren fanger samtaler",
            "Middels",
            "Høy",
            "bare terskelvarsel, ingen opptak av lyd",
        ),
        ("Varsel uteblir ved selvskading", "Middels", "Høy", "fast runde ved høy risiko i tillegg"),
        ("Tilgang for ansatte uten tjenstlig behov", "Lav", "Middels", "personlig kode og logg"),
    ),
    skipped=(("Kamera med bildesladding", "vurdert som for inngripende for denne gruppen"),),
    residual="Ungdommenes sårbarhet og at tiltaket skjer på eget rom gjør at restrisikoen er høy.",
)

TI2 = Topic(
    key="TI2",
    title="Digital registrering av rusmiddeltester med automatisk melding til barneverntjenesten",
    what=(
        "Rusbehandlingsavdelingen vil registrere alle urinprøver og spyttprøver i et nytt laboratoriesystem. Svarene kommer direkte fra laboratoriet, og positive svar sendes automatisk til den kommunale barneverntjenesten som har plassert ungdommen, dersom det står i tiltaksplanen.",
        "Det gjelder 12 ungdommer om gangen, rundt 40 i året. Svarene er helseopplysninger og kan få betydning for omsorgssaken.",
    ),
    flow=(
        ("Hvem opplysningene kommer fra", "ungdommen (prøven), laboratoriet (svaret)"),
        ("Hvem som ser dem", "miljøterapeut, fagleder, barneverntjenesten i plasseringskommunen"),
        ("Hvor lenge", "svar i journal etter journalreglene; i laboratoriesystemet 6 måneder"),
        ("Sikring", "Labnett AS drifter systemet, kryptert meldingsutveksling via Norsk helsenett"),
    ),
    need=(
        "Barneverntjenestene har bedt om raskere svar, og i dag går svar på papir og faks, med risiko for feilsending.",
        "Automatisk melding skjer bare når tiltaksplanen sier det, og ungdommen vet på forhånd hva som meldes.",
    ),
    rights=(
        "ungdommen informeres ved innskriving og før hver prøve",
        "ungdommen kan uttale seg før svaret vurderes",
        "innsyn i journal",
    ),
    risks=(
        (
            "Falske positive gir feil grunnlag i omsorgssaken",
            "Middels",
            "Høy",
            "bekreftelsesanalyse før melding",
        ),
        (
            "Svar sendes til feil kommune",
            "Lav",
            "Høy",
            "adresse fra tiltaksplanen, kontroll ved innskriving",
        ),
        (
            "Ungdommen mister tillit til behandlerne",
            "Middels",
            "Middels",
            "åpenhet om hva som meldes",
        ),
    ),
    skipped=(("Manuell godkjenning av hver melding", "vurderes etter prøveperioden"),),
    residual="Automatisk deling av helseopplysninger om barn gir høy restrisiko.",
    procs=(
        Proc(
            "Labnett AS",
            "918 556 002",
            "Ullevålsveien 39, 0171 Oslo",
            "laboratoriesystem og meldingsformidling",
            "Geir Åsen",
            "kundeansvarlig",
            "22 56 30 41",
            "geir.asen@labnett.no",
        ),
    ),
)

TI5 = Topic(
    key="TI5",
    title="Videoopptak av terapisamtaler til veiledning",
    what=(
        "Terapeutene i poliklinikken skal kunne ta videoopptak av samtaler med ungdom og familier for å bruke dem i veiledning og opplæring av nye terapeuter. Opptakene gjøres med et fast kamera i to terapirom, lagres i et eget system og ses av veileder og terapeut sammen.",
        "Rundt 60 ungdommer og familiene deres i året. Opptakene viser samtaler om traumer, rus og familieforhold.",
    ),
    flow=(
        ("Hvem opplysningene kommer fra", "kameraet i terapirommet"),
        ("Hvem som ser dem", "terapeut og veileder; i opplæring bare med eget samtykke"),
        ("Hvor lenge", "opptak slettes etter veiledningen, senest etter tre måneder"),
        ("Sikring", "kryptert lagring, tilgang per opptak, logg"),
    ),
    need=(
        "Veiledning på opptak gir langt bedre læring enn muntlig referat, og familieterapimodellen vi bruker, krever det for sertifisering.",
        "Opptak skjer bare med samtykke fra ungdommen og foresatte, og samtalen kan gjennomføres uten opptak.",
    ),
    rights=(
        "skriftlig samtykke som kan trekkes tilbake også etter samtalen",
        "ungdommen kan be om å få se opptaket",
        "ingen opptak i akutte samtaler",
    ),
    risks=(
        (
            "Ungdommen føler seg presset til å samtykke",
            "Middels",
            "Høy",
            "samtykke innhentes av en annen enn terapeuten",
        ),
        (
            "Opptak brukes i opplæring utenfor institusjonen",
            "Lav",
            "Høy",
            "eget samtykke og sladding",
        ),
        ("Opptak kommer på avveie", "Lav", "Høy", "kryptering, sletting etter tre måneder"),
    ),
    skipped=(("Bare lydopptak", "sertifiseringen krever bilde"),),
    residual="Opptak av terapi med barn gir høy restrisiko.",
)

TI3 = Topic(
    key="TI3",
    title="GPS-klokke for ungdom med høy rømningsfare",
    what=(
        "For ungdom som har rømt gjentatte ganger og har vært i alvorlig fare under rømning, vil vi tilby en GPS-klokke som viser posisjon for vakthavende når ungdommen ikke har kommet tilbake til avtalt tid. Posisjonen hentes ikke ellers. Klokken har også en alarmknapp.",
        "Rundt fire til seks ungdommer i året. Posisjonsdata kan vise hvor ungdommen oppholder seg og med hvem.",
    ),
    flow=(
        ("Hvem opplysningene kommer fra", "klokken"),
        ("Hvem som ser dem", "vakthavende og institusjonsleder; politiet ved etterlysning"),
        ("Hvor lenge", "posisjoner slettes etter 72 timer"),
        ("Sikring", "app med personlig innlogging, logg over hvert oppslag"),
    ),
    need=(
        "Flere ungdommer har vært utsatt for overgrep og rus under rømning. Rask lokalisering kan redde liv.",
        "Posisjonen sjekkes bare etter avtalt tid, og tiltaket vurderes hver uke.",
    ),
    rights=(
        "vedtak etter forskriften, med klagerett",
        "ungdommen kan se når posisjonen er hentet",
        "klokken er frivillig; alternativet er tettere oppfølging",
    ),
    risks=(
        (
            "Ungdommen føler seg overvåket og rømmer uten klokken",
            "Middels",
            "Middels",
            "tiltaket utformes sammen med ungdommen",
        ),
        ("Oppslag uten grunn", "Lav", "Høy", "logg og månedlig kontroll"),
        ("Posisjonsdata lekker", "Lav", "Høy", "kryptert og kort lagring hos leverandøren"),
    ),
    skipped=(("Kontinuerlig sporing", "for inngripende"),),
    residual="Sporing av barn gir høy restrisiko.",
    procs=(
        Proc(
            "Klokkevakt AS",
            "922 700 418",
            "Strandveien 50, 1366 Lysaker",
            "klokker, app og lagring av posisjon",
            "Hege Vestli",
            "salgsansvarlig offentlig sektor",
            "986 20 117",
            "hege.vestli@klokkevakt.no",
        ),
    ),
)

TI4 = Topic(
    key="TI4",
    title="KI-analyse av journalnotater for å varsle voldsrisiko",
    what=(
        "Vi vil la et språkverktøy lese døgnrapportene og journalnotatene for hver ungdom hver natt og beregne et varsel om økt risiko for vold mot ansatte eller andre ungdommer neste døgn. Varselet vises for vaktleder ved vaktskiftet, med de setningene som ga utslag.",
        "Åtte ungdommer om gangen. Varselet er en profilering av barn på grunnlag av helse- og atferdsopplysninger.",
    ),
    flow=(
        ("Hvem opplysningene kommer fra", "døgnrapporter og journal"),
        ("Hvem som ser dem", "vaktleder"),
        ("Hvor lenge", "varsler 7 dager; ingenting føres i journal automatisk"),
        ("Sikring", "verktøyet kjøres i vårt journalsystem"),
    ),
    need=(
        "Vold mot ansatte har økt, og flere hendelser kunne vært forebygget med bedre bemanning på riktig tidspunkt.",
        "Varselet brukes bare til bemanning og forebygging, aldri til tvangstiltak.",
    ),
    rights=(
        "ungdommen informeres ved innskriving",
        "varselet kan ikke brukes som begrunnelse for tvang",
    ),
    risks=(),
    skipped=(),
    residual="",
)

# --- J: Kraftverket Treningssentre AS --------------------------------------------------------

TJ1 = Topic(
    key="TJ1",
    title="Ansiktsgjenkjenning ved inngangen til ubemannede sentre",
    what=(
        "Kraftverket har 19 sentre i Trøndelag og Møre, og 12 av dem er ubemannet om kvelden og natten. Vi vil erstatte medlemskort og app-kode med ansiktsgjenkjenning i inngangsslusen. Medlemmet registrerer et bilde i appen, det lages en biometrisk mal, og slusen åpner når ansiktet stemmer med et aktivt medlemskap.",
        "Vi har 41 000 medlemmer; de fleste vil ta i bruk løsningen ved de ubemannede sentrene. Medlemmer fra 15 år.",
    ),
    flow=(
        ("Kilder", "medlemmet (bilde i appen), kamera i slusen, medlemsregisteret"),
        ("Mottakere", "ingen; malen brukes bare til å åpne slusen"),
        ("Lagring", "mal til medlemskapet avsluttes; logg over innpassering 90 dager"),
        (
            "Sikkerhet",
            "mal kryptert, lagret hos leverandøren i Norge; bilde slettes etter at malen er laget",
        ),
    ),
    need=(
        "Medlemskort og koder deles, og vi har hatt flere hendelser med personer uten medlemskap på ubemannede sentre, blant annet tyveri og trusler mot medlemmer.",
        "Ansiktsgjenkjenning er frivillig; medlemmet kan fortsatt bruke kort med PIN. For medlemmer under 18 år kreves samtykke fra foresatte.",
    ),
    rights=(
        "frivillig, med kort og PIN som likeverdig alternativ",
        "malen slettes straks medlemmet ber om det",
        "informasjon i appen før registrering",
    ),
    risks=(
        (
            "Malen lekker og kan misbrukes",
            "Lav",
            "Høy",
            "kryptering, ingen lagring av bilder, revisjon av leverandør",
        ),
        (
            "Feilgjenkjenning slipper inn feil person",
            "Lav",
            "Middels",
            "terskel og kamera i slusen",
        ),
        (
            "Medlemmer opplever at de må bruke ansikt",
            "Middels",
            "Middels",
            "kort og PIN fremheves likt",
        ),
        (
            "Funksjonskryp: bruk til markedsføring eller sporing",
            "Lav",
            "Høy",
            "avtalefestet formålsbegrensning",
        ),
    ),
    skipped=(
        (
            "Lagring av malen bare i medlemmets telefon",
            "slusen kan ikke lese mal fra telefon i dag",
        ),
    ),
    residual="Biometri for identifisering i stor skala gir høy restrisiko.",
    procs=(
        Proc(
            "FaceGate Nordic AS",
            "920 884 115",
            "Sluppenveien 12, 7037 Trondheim",
            "leverandør og drift av ansiktsgjenkjenning",
            "Mats Ekre",
            "prosjektleder",
            "400 12 876",
            "mats.ekre@facegate.no",
        ),
    ),
)

TJ2 = Topic(
    key="TJ2",
    title="KI-kamera med fjernvakt i ubemannede sentre",
    what=(
        "På de 12 ubemannede sentrene vil vi koble kameraene til en analyse som oppdager fall, personer som blir liggende, slåsskamper og personer som går inn uten å passere slusen. Ved hendelse varsles fjernvakten, som ser direktebilde og kan snakke i høyttaler eller sende vekter.",
        "Rundt 60 kameraer. Det gjelder alle som trener på sentrene, også 15–17-åringer, og bildene viser folk i treningstøy og i garderobeinngangen.",
    ),
    flow=(
        ("Kilder", "kameraene"),
        ("Mottakere", "fjernvakten; politiet ved anmeldelse"),
        ("Lagring", "opptak 7 dager"),
        ("Sikkerhet", "kryptert overføring, tilgang bare ved hendelse"),
    ),
    need=(
        "Medlemmer har blitt liggende etter uhell uten at noen oppdaget det. Fjernvakt uten analyse måtte se på 60 bilder samtidig.",
        "Ingen ansiktsgjenkjenning; analysen ser bare etter bevegelsesmønstre.",
    ),
    rights=(
        "skilting og informasjon i appen",
        "innsyn i opptak",
    ),
    risks=(
        (
            "Opptak nær garderober viser avkledde personer",
            "Middels",
            "Høy",
            "maskering av garderobeinngang",
        ),
        (
            "Falske alarmer gir unødig vekterutrykning",
            "Høy",
            "Lav",
            "fjernvakt vurderer bildet først",
        ),
    ),
    skipped=(("Bemanning av alle sentre", "for kostbart"),),
    residual="Høy restrisiko.",
    procs=(
        Proc(
            "Vaktsentral Midt AS",
            "914 667 330",
            "Heggstadmoen 12, 7080 Heimdal",
            "fjernvakt og videoanalyse",
            "Eirin Lyng",
            "driftsleder",
            "72 59 11 48",
            "eirin.lyng@vaktsentralmidt.no",
        ),
    ),
)

TJ3 = Topic(
    key="TJ3",
    title="Treningsdata fra klokker til forsikringsrabatt",
    what=(
        "Kraftverket vil sammen med Nordvern Forsikring tilby medlemmer rabatt på helse- og uføreforsikring dersom de trener jevnlig. Medlemmet kobler treningsklokken til appen vår; vi henter puls, treningsøkter og søvn og beregner en aktivitetspoengsum per måned. Poengsummen (ikke rådata) sendes til forsikringsselskapet, som gir rabatt.",
        "Vi regner med 6 000 deltakere. Puls og søvn er helseopplysninger, og poengsummen påvirker prisen på forsikring.",
    ),
    flow=(
        ("Kilder", "treningsklokken via leverandørens API, innpassering på sentrene"),
        (
            "Mottakere",
            "Nordvern Forsikring mottar bare poengsummen, som selvstendig behandlingsansvarlig",
        ),
        ("Lagring", "rådata 3 måneder, poengsum 24 måneder"),
        ("Sikkerhet", "kryptering, tilgang for to utviklere, logg"),
    ),
    need=(
        "Medlemmene har etterspurt belønning for aktivitet, og forsikringsselskapet vil ikke ha rådata. Poengsummen er den minste opplysningen som gir rabatt.",
        "Deltakelse er frivillig og kan avsluttes når som helst uten at forsikringen sies opp.",
    ),
    rights=(
        "eget samtykke for helseopplysninger og for overføring av poengsum",
        "medlemmet ser poengsummen før den sendes",
        "uttrekk når som helst",
    ),
    risks=(
        (
            "Syke eller skadde medlemmer taper rabatt og føler seg straffet",
            "Høy",
            "Middels",
            "pause ved sykdom uten at poengsum sendes",
        ),
        (
            "Forsikringsselskapet bruker poengsum i risikovurdering",
            "Middels",
            "Høy",
            "avtalefestet forbud",
        ),
        ("Rådata lekker", "Lav", "Høy", "kort lagring, kryptering"),
    ),
    skipped=(("Sende bare ja/nei til forsikring", "selskapet har trappetrinn i rabatten"),),
    residual="Helseopplysninger brukt til å prise forsikring gir høy restrisiko.",
    procs=(
        Proc(
            "Pulsdeling AS",
            "929 551 730",
            "Fjordgata 3, 7010 Trondheim",
            "innhenting fra klokker og beregning av poengsum",
            "Andreas Vold",
            "CTO",
            "952 77 018",
            "andreas@pulsdeling.no",
        ),
    ),
)

TJ4 = Topic(
    key="TJ4",
    title="Oppmøtestatistikk til arbeidsgivere med bedriftsmedlemskap",
    what=(
        "Bedrifter som betaler for medlemskap for sine ansatte, ønsker å se hvor mye ordningen brukes. Vi vil gi bedriftens HR-kontakt tilgang til en portal som viser oppmøte per ansatt per måned. Det gjelder 210 bedrifter og 5 400 ansatte.",
        "Oppmøte kan si noe om helse og om tid borte fra jobb, og de ansatte er i et avhengighetsforhold til arbeidsgiveren.",
    ),
    flow=(
        ("Kilder", "innpasseringsloggen"),
        ("Mottakere", "HR-kontakt i bedriften"),
        ("Lagring", "statistikk 12 måneder"),
        ("Sikkerhet", "portal med innlogging og tofaktor, drevet av Medlemsportalen AS"),
    ),
    need=(
        "Bedriftene betaler og vil vite om ordningen brukes. Vi har vurdert å bare gi samlet statistikk, men mange bedrifter krever individuelle tall for å kunne skattlegge fordelen riktig.",
        "Individuelle tall vises bare for ansatte som har samtykket; andre inngår bare i summen.",
    ),
    rights=(
        "samtykke fra den ansatte i appen, som kan trekkes",
        "ansatte ser det samme som arbeidsgiveren",
    ),
    risks=(
        (
            "Arbeidsgiver bruker oppmøte i vurdering av ansatte",
            "Middels",
            "Høy",
            "avtale med bedriften om formålsbegrensning",
        ),
        (
            "Samtykket er ikke frivillig i et arbeidsforhold",
            "Høy",
            "Middels",
            "ingen konsekvens for medlemskapet ved nei",
        ),
    ),
    skipped=(("Bare samlet statistikk", "bedriftene godtar det ikke av skattemessige grunner"),),
    residual="Deling med arbeidsgiver gir høy restrisiko.",
    procs=(
        Proc(
            "Medlemsportalen AS",
            "912 330 664",
            "Olav Tryggvasons gate 40, 7011 Trondheim",
            "bedriftsportal",
            "Kjersti Moan",
            "kundeansvarlig",
            "73 87 60 22",
            "kjersti.moan@medlemsportalen.no",
        ),
    ),
)

TJ5 = Topic(
    key="TJ5",
    title="3D-kroppsskanner for oppfølging hos personlig trener",
    what=(
        "I seks sentre settes det opp en 3D-kroppsskanner som lager en modell av kroppen og måler omkrets, fettprosent og holdning. Personlige trenere bruker skanningen til å følge opp kunder hver sjette uke. Skanningen gjøres i undertøy eller tettsittende tøy i et lukket rom.",
        "Rundt 1 500 PT-kunder. 3D-modellen er et detaljert bilde av kroppen, og målene er helseopplysninger.",
    ),
    flow=(
        ("Kilder", "skanneren, kunden"),
        ("Mottakere", "kunden og kundens personlige trener"),
        ("Lagring", "modell og mål så lenge PT-avtalen løper, deretter 3 måneder"),
        (
            "Sikkerhet",
            "skanneren står lokalt og lagrer bare på senterets egen server; modellen vises uten ansikt",
        ),
    ),
    need=(
        "Mange kunder slutter fordi de ikke ser fremgang på vekten. Omkrets og holdning gir bedre motivasjon og tryggere trening.",
        "Skanningen er frivillig og tilbys bare PT-kunder; ansiktet fjernes fra modellen.",
    ),
    rights=(
        "samtykke før hver skanning",
        "kunden kan slette modellen selv i appen",
        "ingen deling med andre enn egen PT",
    ),
    risks=(
        (
            "Bilder av kroppen kommer på avveie",
            "Lav",
            "Høy",
            "lokal lagring, kryptering, ansikt fjernes",
        ),
        (
            "Kunder med spiseforstyrrelser påvirkes negativt",
            "Middels",
            "Høy",
            "PT-ene får opplæring; fettprosent kan skjules",
        ),
        (
            "Ansatte ser modeller av kunder de ikke følger opp",
            "Middels",
            "Middels",
            "tilgang bare for egen PT",
        ),
    ),
    skipped=(("Skanning uten lagring", "oppfølging over tid krever lagring"),),
    residual="Bilder av kroppen og helseopplysninger gir høy restrisiko.",
)
