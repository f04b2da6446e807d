# ruff: noqa: E501
"""Twenty planned processings, two per sender, in the sender's language.

Each topic holds what a DPIA says about the processing: a description, the data and flows, the
necessity and proportionality, the safeguards, the risks as (risk, likelihood, consequence,
measure), a measure considered but not taken, and the residual risk that makes the sender ask.
Every organisation, person and product here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    title: str
    what: str
    data: str
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: str
    residual: str


def lc(title: str) -> str:
    """A title inside a sentence: first letter small unless the word is an acronym."""
    return title if title[1:2].isupper() else title[:1].lower() + title[1:]


T: dict[str, Topic] = {}

T["A1"] = Topic(
    title="Digitalt tilsyn med sensorer på Vestmar sykehjem",
    what="Kommunen skal ta i bruk digitalt tilsyn på Vestmar sykehjem og i to bofellesskap for personer med demens. Radarsensorer i taket registrerer bevegelse, fall og om beboeren har forlatt sengen om natten. Hendelser varsles til nattevakten på en håndholdt enhet. Løsningen driftes av Omsorgsteknikk Nord AS, som lagrer hendelseslogg i sin plattform i Norge.",
    data="Om lag 60 beboere, mange uten samtykkekompetanse. Opplysningene er hendelser (fall, oppe av seng, ute av rom), tidspunkt, romnummer og beboerens navn og fødselsdato koblet mot fagsystemet Gerica. Mottakere er nattevakt og ansvarlig sykepleier. Hendelsesloggen lagres i 30 dager; hendelser som fører til tiltak dokumenteres i pasientjournalen.",
    necessity="Kommunen har ikke nok nattevakter til fysisk tilsyn hver time uten at beboerne vekkes. Tilsynet skjer i dag med dør-åpning, som forstyrrer søvnen og har ført til flere fall. Behandlingen bygger på helse- og omsorgstjenesteloven § 9-5 og pasient- og brukerrettighetsloven kapittel 4A der beboeren motsetter seg.",
    proportionality="Sensorene lager ikke bilde eller lyd, bare punktskyer som ikke kan gjenkjenne personer. Tilsynet settes opp individuelt etter vedtak, og bare for de nattetimene vedtaket gjelder. Pårørende og verge informeres skriftlig og kan be om ny vurdering.",
    safeguards=(
        "individuelt vedtak før aktivering",
        "ingen bilde- eller lydopptak",
        "logg slettes etter 30 dager",
        "tilgang bare for vakthavende",
    ),
    risks=(
        (
            "Overvåking ut over vedtaket, for eksempel på dagtid",
            "Middels",
            "Høy",
            "Tidsstyring i plattformen, månedlig kontroll av oppsett",
        ),
        (
            "Uautorisert tilgang til hendelseslogg via leverandørens støtte",
            "Lav",
            "Høy",
            "Tilgang bare ved tidsbegrenset fjernstyring godkjent av IKT",
        ),
        (
            "Beboeren forstår ikke at hun eller han overvåkes",
            "Høy",
            "Middels",
            "Informasjon til verge, skilt på rommet, ny vurdering hver tredje måned",
        ),
    ),
    not_taken="Å la beboeren selv slå av sensoren er vurdert, men ikke valgt fordi beboerne i målgruppen ikke kan bruke en bryter trygt.",
    residual="Restrisikoen for beboere uten samtykkekompetanse vurderes fortsatt som høy.",
)

T["A2"] = Topic(
    title="Læringsanalyse i Vestmar-skolen",
    what="Kommunen vil ta i bruk en læringsanalyseløsning i læringsplattformen for 5.–10. trinn. Løsningen samler aktivitetsdata fra elevenes arbeid (oppgaver, tid brukt, resultater på prøver) og gir læreren varsler om elever som ser ut til å henge etter. Løsningen leveres av Lærdata AS, som bruker en underleverandør i Sverige for drift.",
    data="Om lag 1 900 elever. Aktivitetsdata, resultater, klassetilhørighet og eventuelle vedtak om spesialundervisning som kan påvirke analysen. Mottakere er kontaktlærer, faglærer og rektor. Rådata lagres i inntil to skoleår.",
    necessity="Opplæringsloven pålegger skolen å følge opp hver elev og sette inn tidlig innsats. Uten analyse må lærerne gå gjennom store mengder aktivitetsdata manuelt. Formålet kan ikke nås like godt med færre opplysninger, men vi har fjernet fritekst fra analysen.",
    proportionality="Varslene er bare støtte for læreren og fører aldri automatisk til vedtak. Foreldre og elever får informasjon i skolestart-brevet og kan se egne data i plattformen.",
    safeguards=(
        "ingen automatiske avgjørelser",
        "fritekst holdes utenfor",
        "sletting etter to skoleår",
        "tilgangsstyring per klasse",
    ),
    risks=(
        (
            "Elever stemples som svake på grunn av feil i modellen",
            "Middels",
            "Høy",
            "Lærer må alltid vurdere varselet, årlig test for skjevhet",
        ),
        (
            "Opplysninger om spesialundervisning spres til flere lærere enn nødvendig",
            "Middels",
            "Middels",
            "Rollebasert tilgang, feltet skjules for faglærer",
        ),
        (
            "Overføring til underleverandør i Sverige uten god nok kontroll",
            "Lav",
            "Middels",
            "Databehandleravtale med underleverandørliste, revisjonsrett",
        ),
    ),
    not_taken="Å la foreldre reservere seg er vurdert, men ikke valgt fordi oppfølgingen da blir ulik.",
    residual="Risikoen for feilaktig stempling av barn vurderes fortsatt som høy.",
)

T["B1"] = Topic(
    title="Fingeravtrykk på stemplingsur ved anlegget på Havbris",
    what="Havbris Sjømat AS vil erstatte adgangskort med fingeravtrykksleser på stemplingsurene ved filetanlegget. Leseren lager en mal av fingeravtrykket som brukes til å registrere inn- og utstempling. Timeregistreringen sendes til lønnssystemet.",
    data="Om lag 240 ansatte, hvorav mange sesongarbeidere fra andre EU-land. Biometrisk mal, ansattnummer, tidspunkt for stempling og avdeling. Malene lagres i stemplingsuret og i en sentral database hos leverandøren Tidsrom AS. Mottaker av timedata er lønn og skiftleder.",
    necessity="Vi har hatt mange tilfeller av at kolleger stempler for hverandre, som gir feil lønn og brudd på arbeidstidsreglene. Kort blir borte og deles. Vi har forsøkt PIN-kode uten at det løste problemet.",
    proportionality="Bare mal, ikke bilde av fingeravtrykket, lagres. Ansatte som ikke vil bruke fingeravtrykk kan bruke kort med PIN etter avtale med HR. Tillitsvalgte er drøftet med.",
    safeguards=(
        "bare mal lagres",
        "alternativ med kort og PIN",
        "sletting av mal ved fratreden",
        "kryptert lagring hos leverandør",
    ),
    risks=(
        (
            "Biometriske maler kommer på avveie og kan ikke byttes",
            "Lav",
            "Svært høy",
            "Kryptering, ingen eksport av maler, avtale om sletting",
        ),
        (
            "Sesongarbeidere føler seg presset til å bruke fingeravtrykk",
            "Høy",
            "Middels",
            "Informasjon på flere språk, alternativ løsning, HR følger opp",
        ),
        (
            "Timedata brukes til kontroll av enkeltpersoners tempo",
            "Middels",
            "Høy",
            "Formål skrevet i reglement, tilgang bare for lønn og skiftleder",
        ),
    ),
    not_taken="Å lagre malen bare på et kort hos den ansatte er vurdert, men ikke valgt fordi leverandøren ikke støtter det i dag.",
    residual="Risikoen for at alternativet ikke blir reelt for sesongarbeiderne er fortsatt høy.",
)

T["B2"] = Topic(
    title="Kamera med bildeanalyse på produksjonslinjen",
    what="Havbris vil montere kameraer over produksjonslinje 2 som analyserer om hygienekrav (hansker, hårnett, frakk) følges. Bildeanalysen varsler skiftleder ved brudd. Bilder av hendelser lagres, resten slettes fortløpende.",
    data="Ansatte på linje 2 (om lag 70 per skift). Bilder av hendelser, tidspunkt og stasjonsnummer. Ansiktene sløres i lagrede bilder. Løsningen driftes av Visjonlab AS.",
    necessity="Mattilsynet har gitt oss pålegg etter to avvik. Stikkprøver og manuelle runder har ikke gitt god nok etterlevelse.",
    proportionality="Kameraene dekker bare linjen, ikke pauserom eller garderobe. Bilder lagres i 7 dager. Analysen identifiserer ikke personer.",
    safeguards=(
        "sløring av ansikter",
        "7 dagers lagring",
        "ingen dekning av pauseområder",
        "drøftet med tillitsvalgte",
    ),
    risks=(
        (
            "Løsningen brukes til å kontrollere arbeidstempo",
            "Middels",
            "Høy",
            "Skriftlig formålsbegrensning, logg over oppslag",
        ),
        (
            "Sløring feiler og ansatte kan gjenkjennes",
            "Middels",
            "Middels",
            "Test før drift, manuell kontroll ukentlig",
        ),
        (
            "Ansatte opplever konstant overvåking",
            "Høy",
            "Middels",
            "Informasjonsmøter, skilting, evaluering etter seks måneder",
        ),
    ),
    not_taken="Å skru av lagring av bilder helt er vurdert, men ikke valgt fordi vi trenger dokumentasjon overfor Mattilsynet.",
    residual="Opplevelsen av overvåking vurderes som høy også etter tiltak.",
)

T["C1"] = Topic(
    title="Maskinlæringsbasert transaksjonsovervåking",
    what="Fjelltind Sparebank skal ta i bruk en maskinlæringsmodell for å oppdage svindel og mistenkelige transaksjoner. Modellen skårer alle kortbetalinger og overføringer i sanntid og stopper eller flagger transaksjoner over en terskel. Modellen driftes av Transakt Analyse AS, som bruker Nordsky Datasenter AS som underdatabehandler for hosting.",
    data="Om lag 85 000 privatkunder. Transaksjonsdata, enhetsinformasjon, IP-adresse, geolokasjon for kortbruk og kundeprofil. Mottakere er bankens svindelteam og, ved mistanke om hvitvasking, Økokrim. Skårer lagres i 5 år etter hvitvaskingsloven.",
    necessity="Banken har plikt etter hvitvaskingsloven og betalingstjenesteregelverket til å overvåke transaksjoner og beskytte kundene mot svindel. Den regelbaserte løsningen vi har i dag gir for mange falske treff og fanger ikke nye svindelmønstre.",
    proportionality="Modellen bruker ikke opplysninger om helse, religion eller etnisitet. Stoppede transaksjoner vurderes av en saksbehandler innen én time. Kunden varsles og kan få forklaring.",
    safeguards=(
        "menneskelig vurdering av stopp",
        "ingen særlige kategorier",
        "forklaring til kunden",
        "kvartalsvis test for skjevhet",
    ),
    risks=(
        (
            "Kunder får betalinger stoppet uten grunn",
            "Middels",
            "Høy",
            "Menneskelig vurdering innen én time, klagerutine",
        ),
        (
            "Modellen gir skjeve utslag for enkelte grupper",
            "Middels",
            "Høy",
            "Test for skjevhet hvert kvartal, dokumentert av risikostyring",
        ),
        (
            "Uautorisert tilgang hos underdatabehandler",
            "Lav",
            "Svært høy",
            "Kryptering, revisjon, avtale med underdatabehandler",
        ),
    ),
    not_taken="Å la kundene velge bort modellen er vurdert, men ikke valgt fordi plikten etter hvitvaskingsloven gjelder alle.",
    residual="Risikoen for urettmessig stopp og skjeve utslag vurderes fortsatt som høy.",
)

T["C2"] = Topic(
    title="Stemmegjenkjenning i kundesenteret",
    what="Banken vil innføre stemmegjenkjenning som identifisering når kunder ringer kundesenteret. Kunden sier en fast frase, og systemet sammenligner med et lagret stemmeavtrykk. Løsningen leveres av Talesikker AS, og samtalene tas opp av Kundeflyt AS som driver telefoniplattformen.",
    data="Kunder som samtykker (anslått 30 000). Stemmeavtrykk, kundenummer og logg over identifiseringer. Opptak av samtaler lagres i 90 dager.",
    necessity="Dagens identifisering med fødselsnummer og spørsmål er sårbar for sosial manipulering. Flere kunder er svindlet etter at svindlere har ringt inn som dem.",
    proportionality="Stemmegjenkjenning er frivillig og bygger på samtykke. Kunden kan trekke samtykket i nettbanken, og avtrykket slettes da innen 30 dager. Alternativet med BankID på telefon beholdes.",
    safeguards=(
        "frivillig samtykke",
        "BankID som alternativ",
        "sletting ved tilbaketrekking",
        "avtrykk lagres kryptert",
    ),
    risks=(
        (
            "Stemmeavtrykk kommer på avveie",
            "Lav",
            "Svært høy",
            "Kryptering, ingen eksport, avtale med leverandør",
        ),
        (
            "Falsk stemme (deepfake) godtas",
            "Middels",
            "Høy",
            "Tilleggskontroll ved høyrisikotransaksjoner",
        ),
        (
            "Samtykket er ikke reelt fordi alternativet er tungvint",
            "Middels",
            "Middels",
            "BankID-alternativet er like raskt, informasjon i nettbanken",
        ),
    ),
    not_taken="Å kreve stemmegjenkjenning i tillegg til BankID er vurdert, men ikke valgt.",
    residual="Risikoen for at falske stemmer godtas vurderes fortsatt som høy.",
)

T["D1"] = Topic(
    title="Driver fatigue cameras in the truck fleet",
    what="Lindqvist Logistics Norge AS plans to install in-cab cameras in 180 trucks. The camera watches the driver's eyes and head position and alerts the driver when signs of fatigue or distraction occur. Events are uploaded to the fleet platform run by Fleetwise GmbH in Hamburg, and a short video clip is kept for each event.",
    data="About 230 drivers. Event type, time, GPS position, speed, a 10-second video clip and driver ID. Recipients are the traffic safety officer and, after serious events, the regional manager. Clips are deleted after 14 days unless an incident is under review.",
    necessity="Fatigue was a factor in two serious accidents in our group in 2025. Rest-time rules and training have not been enough. The alert to the driver in the cab is the main purpose; the upload is needed to follow up on patterns.",
    proportionality="The camera does not record continuously and never records sound. Drivers can see their own events in the app. Clips are not used for disciplinary cases except after an accident, as agreed with the union.",
    safeguards=(
        "no continuous recording",
        "no sound",
        "drivers see own events",
        "agreement with the union",
    ),
    risks=(
        (
            "Clips used to monitor drivers' general behaviour",
            "Medium",
            "High",
            "Purpose limitation in the agreement, access log reviewed monthly",
        ),
        (
            "Transfer of clips outside the EEA by the vendor's support",
            "Low",
            "High",
            "Support from EU only, written in the DPA",
        ),
        (
            "Drivers feel constantly watched in their workplace",
            "High",
            "Medium",
            "Camera can be covered during breaks, information meetings",
        ),
    ),
    not_taken="Processing only in the cab without any upload was considered but not chosen because patterns over time could then not be followed up.",
    residual="The residual risk to drivers' privacy at work remains high.",
)

T["D2"] = Topic(
    title="Wearable scanners and location tracking in the Berger warehouse",
    what="The company plans to give warehouse staff at the Berger terminal ring scanners that also report their location inside the warehouse. The data feeds a system that plans pick routes and measures productivity per zone. The system is provided by Lagerlogik AB in Gothenburg.",
    data="About 150 warehouse workers, including temporary staff from a staffing agency. Location inside the building every 5 seconds, scans, employee number and shift. Recipients are shift leaders and the operations manager. Raw location data is kept for 30 days.",
    necessity="Pick routes today are planned by hand and cause long walks and congestion. We need location data to plan routes; we do not need it at individual level beyond the shift.",
    proportionality="Reports to managers are aggregated per zone and shift. Individual data is only used for route planning in real time. The staffing agency's workers are informed through the agency as well.",
    safeguards=(
        "aggregated reports only",
        "30-day retention",
        "no tracking in break rooms",
        "information to temporary staff",
    ),
    risks=(
        (
            "Individual productivity used for dismissals",
            "Medium",
            "High",
            "Policy forbids it, only aggregated reports available to managers",
        ),
        (
            "Temporary staff not informed",
            "Medium",
            "Medium",
            "Joint information routine with the agency",
        ),
        (
            "Location data shows toilet and break habits",
            "High",
            "Medium",
            "No beacons in break areas and toilets",
        ),
    ),
    not_taken="Turning off individual tracking altogether was considered but not chosen because route planning needs it.",
    residual="The risk of use for individual performance control is still high.",
)

T["E1"] = Topic(
    title="Digital eksamensvakt (proctoring) ved dei vidaregåande skulane",
    what="Vestfjord fylkeskommune vil ta i bruk digital eksamensvakt ved heimeeksamen og eksamen på skulen. Programmet tek skjermbilete, loggar program som er opne og kan ta bilete med kameraet med jamne mellomrom. Løysinga vert driven av Eksamenskontroll AS.",
    data="Om lag 4 500 elevar og privatistar. Skjermbilete, bilete frå kamera, logg over program, IP-adresse og kandidatnummer. Mottakarar er eksamenskontoret og skulen ved mistanke om fusk. Data vert sletta 3 månader etter klagefristen.",
    necessity="Fylkeskommunen har ansvar for at eksamen vert gjennomført på ein trygg måte etter forskrift til opplæringslova. Talet på fuskesaker har auka med heimeeksamen, og fysisk vakt er ikkje mogleg for alle.",
    proportionality="Kamerabilete vert berre tekne ved heimeeksamen, ikkje på skulen. Ingen automatisk avgjerd om fusk; ein person vurderer alltid. Elevane får informasjon før eksamen.",
    safeguards=(
        "ingen automatisk avgjerd",
        "kamerabilete berre ved heimeeksamen",
        "sletting etter klagefrist",
        "informasjon før eksamen",
    ),
    risks=(
        (
            "Bilete frå heimen viser andre familiemedlemer eller private forhold",
            "Høg",
            "Middels",
            "Kamerabilete berre kvart 5. minutt, eleven kan sjå bileta",
        ),
        ("Feil mistanke om fusk", "Middels", "Høg", "Manuell vurdering, klagerett"),
        (
            "Programmet har for vide tilgangar på elevens maskin",
            "Middels",
            "Høg",
            "Eiga låst eksamensmaskin der det er mogleg",
        ),
    ),
    not_taken="Å droppe kamerabilete heilt er vurdert, men ikkje valt fordi fusk med andre personer då ikkje kan avdekkjast.",
    residual="Risikoen for inngrep i privatlivet i heimen er framleis høg.",
)

T["E2"] = Topic(
    title="Automatisk oppfølging av fråvær i vidaregåande skule",
    what="Fylkeskommunen vil ta i bruk ein modul i skuleadministrativt system som finn elevar med fråværsmønster som kan tyde på fare for fråfall, og varslar rådgjevar. Modulen vert levert av Skulesys AS.",
    data="Om lag 6 000 elevar. Fråvær, karakterar, tidlegare skulebyte og om eleven har individuell opplæringsplan. Mottakarar er kontaktlærar og rådgjevar. Varsel vert lagra ut skuleåret.",
    necessity="Fråfall er eit stort problem i fylket, og tidleg oppfølging verkar. I dag oppdagar vi mønstra for seint.",
    proportionality="Varselet er berre eit signal til rådgjevaren. Opplysningar om helse vert ikkje brukte. Eleven får vite om varselet i samtalen.",
    safeguards=("ingen helseopplysningar", "menneskeleg vurdering", "sletting etter skuleåret"),
    risks=(
        (
            "Elevar vert stempla som fråfallstruga",
            "Middels",
            "Høg",
            "Varselet vert ikkje lagt i elevmappa",
        ),
        (
            "Modellen gir skeive utslag for elevar med IOP",
            "Middels",
            "Middels",
            "Årleg kontroll av utslag",
        ),
        (
            "For mange tilsette ser varsla",
            "Låg",
            "Middels",
            "Tilgang berre for rådgjevar og kontaktlærar",
        ),
    ),
    not_taken="Å la elevane reservere seg er vurdert, men ikkje valt.",
    residual="Risikoen for stempling vert framleis vurdert som høg.",
)

T["F1"] = Topic(
    title="KI-analyse av røntgenbilder",
    what="Tannlegesenteret Brygga AS vil ta i bruk et KI-verktøy som analyserer røntgenbilder og markerer mulige hull, bentap og infeksjoner før tannlegen ser på bildet. Bildene sendes pseudonymisert til verktøyets skytjeneste hos DentAI Nordic ApS i København.",
    data="Om lag 7 000 pasienter i året, også barn. Røntgenbilder, alder, kjønn og et pseudonym. Resultatet lagres i pasientjournalen i Opus. Bildene slettes hos leverandøren etter analyse.",
    necessity="Verktøyet gir tannlegene en ekstra kontroll og fanger opp funn som ellers blir oversett. Helsepersonelloven krever forsvarlig helsehjelp.",
    proportionality="Tannlegen tar alltid den endelige vurderingen. Navn og fødselsnummer sendes ikke til leverandøren. Pasienter informeres på venterommet og på nettsiden.",
    safeguards=(
        "pseudonymisering før sending",
        "sletting hos leverandør etter analyse",
        "tannlegen avgjør",
    ),
    risks=(
        (
            "Pasienter kan identifiseres fra bildene",
            "Lav",
            "Høy",
            "Metadata fjernes, avtale om at leverandør ikke forsøker reidentifisering",
        ),
        (
            "Feil diagnose fordi tannlegen stoler for mye på verktøyet",
            "Middels",
            "Høy",
            "Opplæring, tilfeldig kontroll av vurderinger",
        ),
        (
            "Bildene brukes til å trene leverandørens modell",
            "Middels",
            "Middels",
            "Forbud i avtalen",
        ),
    ),
    not_taken="Å kjøre analysen lokalt på klinikken er vurdert, men leverandøren tilbyr det ikke.",
    residual="Restrisiko for reidentifisering og feilvurdering vurderes som høy.",
)

T["F2"] = Topic(
    title="Videokonsultasjon med opptak for barn med tannlegeskrekk",
    what="Klinikken vil tilby videokonsultasjon før behandling for barn med tannlegeskrekk, og ta opp samtalen slik at psykologen vi samarbeider med kan se den. Opptaket lagres i videoløsningen Konsulta fra Helsevideo AS.",
    data="20–40 barn i året og foresatte. Opptak av video og lyd, navn og alder. Opptaket lagres i 6 måneder.",
    necessity="Psykologen kan ikke være med på alle samtalene, og opptak gir bedre oppfølging.",
    proportionality="Opptak bare med samtykke fra foresatte, og barnet spørres. Opptaket slettes etter behandlingen.",
    safeguards=(
        "samtykke fra foresatte",
        "sletting etter 6 måneder",
        "tilgang for tannlege og psykolog",
    ),
    risks=(
        ("Opptak av barn kommer på avveie", "Lav", "Svært høy", "Kryptert lagring, tofaktor"),
        (
            "Barnet vil egentlig ikke bli tatt opp",
            "Middels",
            "Middels",
            "Barnet spørres alene, kan si nei",
        ),
        ("Opptaket brukes til andre formål", "Lav", "Middels", "Avtale med psykolog"),
    ),
    not_taken="Å bare ta notater i stedet for opptak er vurdert, men ikke valgt.",
    residual="Risikoen ved opptak av barn vurderes som høy.",
)

T["G1"] = Topic(
    title="Analyse av AMS-data for å finne straumtjuveri og feil",
    what="Brattli Energi AS vil analysere timesdata frå dei automatiske straummålarane (AMS) for å finne tjuveri av straum, feilkopla anlegg og jordfeil. Ein modell samanliknar forbruksmønster med nabolag og tidlegare år. Analysen vert køyrd av Nettanalyse AS.",
    data="Om lag 48 000 målepunkt, mest hushaldningar. Timesforbruk, adresse, kundenummer og historikk. Mottakarar er nettavdelinga og, ved tjuveri, politiet. Resultat vert lagra i 3 år.",
    necessity="Nettselskapet har plikt til å sikre nettet og fordele kostnader rettferdig. Tjuveri og feil har gitt brannfare og tap på fleire millionar kroner.",
    proportionality="Modellen ser berre på avvik, ikkje på kva kunden gjer i heimen. Kunden vert kontakta før tiltak.",
    safeguards=(
        "berre avvik vert vurderte",
        "kunden får forklaring",
        "ingen deling med andre selskap",
    ),
    risks=(
        (
            "Timesdata avslører livsmønster (når folk er heime)",
            "Middels",
            "Høg",
            "Analysen brukar døgnsum der det er nok",
        ),
        ("Feil mistanke om tjuveri", "Middels", "Høg", "Manuell kontroll før kontakt"),
        ("Uautorisert tilgang hos databehandlar", "Låg", "Høg", "Avtale, revisjon, kryptering"),
    ),
    not_taken="Å bruke berre døgnsum er vurdert, men ikkje valt fordi jordfeil ikkje kan finnast då.",
    residual="Risikoen for at timesdata avslører livsmønster er framleis høg.",
)

T["G2"] = Topic(
    title="Droneinspeksjon av kraftliner med kamera",
    what="Selskapet vil inspisere kraftliner med dronar som tek bilete og video i høg oppløysing. Linene går over private eigedomar og hytter. Bilete vert analyserte for skade på liner og mastar. Flyginga vert utført av Luftsyn AS.",
    data="Bilete og video av eigedomar langs 600 km line. Personar og bilskilt kan kome med. Bileta vert lagra i 2 år.",
    necessity="Linene må inspiserast etter forskrift om elektriske forsyningsanlegg. Dronar er tryggare og billegare enn helikopter.",
    proportionality="Kameraet er retta mot lina. Personar og skilt vert sløra før lagring. Grunneigarar vert varsla.",
    safeguards=("automatisk sløring", "varsling av grunneigarar", "2 års lagring"),
    risks=(
        ("Bilete av folk i private hagar", "Høg", "Middels", "Sløring og retting av kamera"),
        ("Sløring feilar", "Middels", "Middels", "Manuell kontroll av utval"),
        ("Bilete vert delte vidare", "Låg", "Middels", "Avtale med Luftsyn"),
    ),
    not_taken="Å fly berre når hytteeigarane ikkje er der er vurdert, men det er ikkje gjennomførleg.",
    residual="Risikoen for inngrep i privatlivet på eigen eigedom er framleis høg.",
)

T["H1"] = Topic(
    title="Decentralised clinical trial app (study KCR-207)",
    what="Kittiwake Clinical Research Norway AS will run the Norwegian arm of a decentralised trial of a new asthma inhaler. Participants use an app to report symptoms daily, connect a smart inhaler, and attend video visits. Data flows to the sponsor's trial platform operated by MediTrial Systems GmbH in Munich.",
    data="About 300 participants aged 12 and older. Health data (symptoms, inhaler use, lung function), contact details, video visits. Recipients are the study nurses, the sponsor (pseudonymised) and the Norwegian Medical Products Agency on request. Data is kept 25 years as required for trials.",
    necessity="A decentralised design lets patients in rural areas take part. Daily symptom reporting is the study endpoint and cannot be collected otherwise.",
    proportionality="The sponsor receives only pseudonymised data. Video visits are not recorded. Participants can withdraw at any time.",
    safeguards=(
        "pseudonymisation before transfer",
        "no recording of video visits",
        "withdrawal at any time",
        "REK approval",
    ),
    risks=(
        (
            "Re-identification of adolescents from rich health data",
            "Low",
            "High",
            "Key held only in Norway, data minimisation",
        ),
        (
            "Smart inhaler location data collected without need",
            "Medium",
            "Medium",
            "Location turned off in the inhaler app configuration",
        ),
        (
            "Security breach at the platform provider",
            "Low",
            "Very high",
            "ISO 27001, penetration tests, EU hosting",
        ),
    ),
    not_taken="A paper diary was considered but not chosen because it gives poorer data quality.",
    residual="The residual risk for adolescent participants remains high.",
)

T["H2"] = Topic(
    title="Wearable sleep study with continuous monitoring (study KCR-211)",
    what="The company will run a study where participants wear a wristband that measures heart rate, movement and sleep continuously for six months. The data is analysed by an algorithm from SomnoMetrics Ltd in Cambridge.",
    data="About 120 adults with insomnia. Continuous sensor data, sleep diaries, age and sex. Data kept 15 years.",
    necessity="The continuous data is the core of the study and cannot be replaced by diaries.",
    proportionality="Participants can pause the wristband. Data is pseudonymised before leaving Norway.",
    safeguards=("pause function", "pseudonymisation", "REK approval"),
    risks=(
        ("Transfer to the UK", "Low", "Medium", "Adequacy decision, contract clauses"),
        (
            "Sensitive patterns (alcohol use, intimacy) derived from data",
            "Medium",
            "High",
            "Algorithm restricted to sleep endpoints",
        ),
        ("Participants forget they are being monitored", "Medium", "Medium", "Monthly reminder"),
    ),
    not_taken="Shorter monitoring periods were considered but not chosen.",
    residual="The residual risk of sensitive inferences remains high.",
)

T["I1"] = Topic(
    title="Adgangskontroll med ansiktsgjenkjenning i garasjeanleggene",
    what="Boligbyggelaget Fjordhus vil innføre ansiktsgjenkjenning ved innkjøring og inngang til garasjeanleggene i tre borettslag. Beboere som ønsker det registrerer et bilde, og døren åpnes når kameraet gjenkjenner dem.",
    data="Om lag 900 beboere i tre borettslag. Ansiktsmal, leilighetsnummer, logg over åpninger. Logg lagres i 30 dager.",
    necessity="Det har vært mange innbrudd i garasjene, og nøkkelbrikker kopieres. Styrene ønsker en sikrere løsning.",
    proportionality="Ordningen er frivillig. Beboere kan fortsatt bruke brikke. Gjester registreres ikke.",
    safeguards=("frivillig", "brikke som alternativ", "maler slettes ved utflytting"),
    risks=(
        ("Ansiktsmaler kommer på avveie", "Lav", "Svært høy", "Lokal lagring, kryptering"),
        (
            "Kameraet registrerer gjester og forbipasserende",
            "Høy",
            "Middels",
            "Maler lages bare for registrerte, andre bilder slettes straks",
        ),
        (
            "Beboere føler press fra styret til å registrere seg",
            "Middels",
            "Middels",
            "Informasjon om at brikke fortsatt gjelder",
        ),
    ),
    not_taken="Kamera uten gjenkjenning er vurdert, men løser ikke kopieringsproblemet.",
    residual="Risikoen knyttet til biometriske maler vurderes fortsatt som høy.",
)

T["I2"] = Topic(
    title="Automatisk kredittvurdering av søkere til utleieboliger",
    what="Boligbyggelaget vil la søkere til utleieboliger kredittvurderes automatisk ved søknad, og søknader under en terskel avslås automatisk.",
    data="Om lag 1 200 søkere i året. Navn, fødselsnummer, inntekt, betalingsanmerkninger og kredittscore.",
    necessity="Boligbyggelaget har hatt tap på husleie. Manuell vurdering tar lang tid.",
    proportionality="Søkere som avslås får begrunnelse og kan be om manuell vurdering.",
    safeguards=("rett til manuell vurdering", "begrunnelse", "sletting etter 6 måneder"),
    risks=(
        (
            "Automatisk avslag uten menneskelig vurdering",
            "Høy",
            "Høy",
            "Rett til manuell vurdering",
        ),
        ("Diskriminering av grupper", "Middels", "Høy", "Årlig gjennomgang"),
        ("Feil i kredittopplysninger", "Middels", "Middels", "Søker kan dokumentere"),
    ),
    not_taken="Helt manuell vurdering er vurdert, men ikke valgt.",
    residual="Risikoen ved automatiske avslag vurderes som høy.",
)

T["J1"] = Topic(
    title="Behavioural age estimation and spending limits for players",
    what="Brightwater Games Nordic AS will estimate players' age from their behaviour in our mobile games (play times, chat language, purchase patterns) and apply spending limits and restrictions to players estimated to be under 18. The model is run by our parent company Brightwater Interactive Inc. in Seattle, with hosting by Cloudspan Europe GmbH in Frankfurt as a sub-processor.",
    data="About 400 000 Nordic players. Gameplay events, chat text (analysed, not stored), purchases, device ID and country. Recipients are the trust and safety team. Estimates are kept while the account is active.",
    necessity="Many children use adult accounts and make large purchases. Self-declared age is not reliable and ID checks for all would be more intrusive.",
    proportionality="Only a flag is stored, not the chat. Players can challenge the estimate by verifying age with a parent.",
    safeguards=("chat not stored", "appeal route", "EU hosting", "SCCs for access from the US"),
    risks=(
        (
            "Wrong estimate restricts adults or misses children",
            "High",
            "Medium",
            "Appeal route, quarterly accuracy review",
        ),
        (
            "Profiling of children for commercial purposes",
            "Medium",
            "High",
            "Estimates used only for protection, not marketing",
        ),
        (
            "Access to data from the US",
            "Medium",
            "High",
            "SCCs, transfer impact assessment, encryption",
        ),
    ),
    not_taken="Mandatory ID checks for all players were considered but rejected as more intrusive.",
    residual="The residual risk of profiling children remains high.",
)

T["J2"] = Topic(
    title="In-game voice chat moderation with recording",
    what="The company plans to record voice chat in two multiplayer games for 72 hours so that reports of harassment can be reviewed. Recordings are transcribed automatically by a speech service from Vocalis Ltd in London.",
    data="About 150 000 Nordic players, many minors. Voice recordings, transcripts, player IDs.",
    necessity="Harassment of minors in voice chat is a serious problem and cannot be reviewed without evidence.",
    proportionality="Recordings are deleted after 72 hours unless reported. Players are told when voice chat is recorded.",
    safeguards=("72-hour deletion", "notice in game", "only reported clips reviewed"),
    risks=(
        (
            "Recording of children's voices",
            "High",
            "High",
            "Short retention, access only on report",
        ),
        ("Transfer to the UK", "Low", "Medium", "Adequacy decision"),
        ("Transcripts used for other purposes", "Low", "Medium", "Contract terms"),
    ),
    not_taken="Real-time moderation without recording was considered but not chosen.",
    residual="The residual risk for minors remains high.",
)
