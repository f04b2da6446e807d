# ruff: noqa: E501  (prose and table rows of the senders' documents)
"""The planned processings of blind12: two per sender, each in the sender's own language.

Every organisation, system and number is invented. A risk is (risk, likelihood, consequence,
measure); the sender's template decides how the words are laid out and titled.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    title: str
    what: str  # nature, purpose, context
    scope: str  # who, how many, which data, retention
    flow: str  # sources, recipients, systems, security, responsibility
    need: str  # why it is necessary
    proportional: str  # why less intrusive means do not suffice
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_done: str


# --- A: Stiftelsen Kystarven (museum foundation), bokmål -------------------------------------

A1 = Topic(
    title="Besøksanalyse med sensorer og wifi-sporing i utstillingene",
    what="Kystarven vil måle hvordan publikum beveger seg gjennom de fire museumsbyggene for å "
    "planlegge utstillinger og bemanning. Takmonterte sensorer teller personer og registrerer "
    "oppholdstid per rom, og museets gjestenett fanger opp MAC-adressene til telefoner som søker "
    "etter nett, også når besøkende ikke kobler seg til.",
    scope="Rundt 140 000 besøk i året, herunder skoleklasser og barn. Det lagres en saltet "
    "hash av MAC-adressen, tidspunkt og rom. Rådata slettes etter 30 dager; bare aggregerte "
    "tall per time beholdes.",
    flow="Sensorene og wifi-kontrolleren leverer data til analyseverktøyet FlowSense, som driftes "
    "av Romtell AS på servere i Norge. Museets publikumsavdeling er eneste mottaker av rapportene. "
    "Tilgang er styrt med tofaktor, og Romtell får ikke tilgang til nøkkelen for hashing.",
    need="Vi har i dag bare billettsalget å gå etter og vet ikke hvilke rom som blir overfylt. "
    "Brannvern og bemanning krever at vi vet hvor mange som er i byggene til enhver tid.",
    proportional="Manuell telling er prøvd i to sesonger og gir for grove tall. Kun sensortelling "
    "uten wifi gir ikke gangmønster mellom bygg. Vi har valgt bort kamera med bildeanalyse.",
    safeguards=(
        "skilt ved alle innganger og informasjon på nettsiden",
        "mulighet for å slå av wifi eller velge «ikke spor meg»-nettet",
        "hash med salt som byttes hver natt, så samme telefon ikke kan følges over dager",
        "aggregering før rapport; ingen rapporter under fem personer",
    ),
    risks=(
        (
            "Besøkende kan følges mellom rom og bygg uten å vite det",
            "Middels",
            "Høy",
            "Daglig bytte av salt og skilting ved inngang",
        ),
        (
            "Skoleklasser og barn registreres uten at foresatte er informert",
            "Høy",
            "Middels",
            "Informasjon sendes skolene ved bestilling av besøk",
        ),
        (
            "Leverandøren gjenbruker data til egne formål",
            "Lav",
            "Høy",
            "Databehandleravtale med forbud og revisjonsrett",
        ),
    ),
    not_done="Vi har vurdert å slå av wifi-sporingen helt i barneutstillingen, men har ikke gjort "
    "det fordi gangmønsteret der er det viktigste for brannvernet.",
)

A2 = Topic(
    title="Digitalisering og nettpublisering av privatarkivet etter Straumfjord-familiene",
    what="Stiftelsen har mottatt 38 hyllemeter privatarkiv med brev, dagbøker og journaler fra "
    "fiskerfamilier 1920–1990. Vi vil skanne, tekstgjenkjenne og publisere materialet i den "
    "åpne databasen Kystminne, med søk i fulltekst.",
    scope="Om lag 60 000 sider. Mange personer lever fortsatt eller har nære etterkommere. Arkivet "
    "inneholder helseopplysninger (sykdom, rus), barnevernssaker og opplysninger om straff.",
    flow="Skanning gjøres internt. Tekstgjenkjenning og nettpublisering skjer i Kystminne, som "
    "driftes av Arkivdata Vest AS. Materiale merket «sperret» publiseres ikke, men er søkbart "
    "for forskere på lesesal. Arkivleder har ansvar for sperremerking.",
    need="Arkivet er i dårlig stand og må digitaliseres for å bevares. Givers ønske og "
    "stiftelsens formål er at kystbefolkningens historie skal være tilgjengelig.",
    proportional="Å bare digitalisere uten publisering oppfyller bevaringsformålet, men ikke "
    "formidlingsformålet. Vi publiserer derfor bare materiale eldre enn 60 år i sin helhet og "
    "sperrer resten.",
    safeguards=(
        "sperrefrist 60 år for åpen publisering og 100 år for helseopplysninger",
        "manuell gjennomgang av alle saker som nevner barn",
        "enkelt skjema for å kreve sletting eller sperring",
        "søkemotorer får ikke indeksere personnavn",
    ),
    risks=(
        (
            "Helseopplysninger om levende personer blir offentlige",
            "Middels",
            "Svært høy",
            "Manuell gjennomgang og automatisk sperring ved treff på diagnoseord",
        ),
        (
            "Etterkommere blir identifisert gjennom fulltekstsøk",
            "Høy",
            "Middels",
            "Personnavn i sperret materiale er ikke søkbare",
        ),
        (
            "Feil i tekstgjenkjenning gjør at sperrefilteret bommer",
            "Middels",
            "Høy",
            "Stikkprøver av 5 % av sidene før publisering",
        ),
    ),
    not_done="Å anonymisere alle navn ble vurdert, men ikke valgt, fordi materialet da mister "
    "sin verdi for lokalhistorie og slektsforskning.",
)

# --- B: Broen Humanitær (humanitarian NGO), bokmål -------------------------------------------

B1 = Topic(
    title="Digitalt mottakerregister for matutdeling og nødhjelpskort",
    what="Broen deler ut mat og forhåndsbetalte kort til mennesker i krise i seks byer. Vi vil "
    "erstatte papirlister med et felles digitalt register, slik at vi kan fordele riktig og "
    "hindre at samme person henter flere ganger.",
    scope="Omtrent 9 000 mottakere i året, mange papirløse eller uten fast bolig. Navn, fødselsår, "
    "husstand, økonomisk situasjon, og i noen tilfeller helse og oppholdsstatus. Slettes 12 "
    "måneder etter siste utdeling.",
    flow="Frivillige registrerer på nettbrett i appen HjelpReg, levert og driftet av Kodehjelp AS "
    "i Norge. Ingen opplysninger gis til NAV, politi eller UDI. Tilgang per utdelingssted, logg "
    "over oppslag. Generalsekretær har det overordnede ansvaret.",
    need="Med papirlister har vi ikke oversikt, og kort har kommet på avveie. Givere og "
    "Innsamlingskontrollen krever dokumentasjon av at hjelpen når fram.",
    proportional="Vi registrerer oppholdsstatus bare når mottakeren selv vil ha hjelp til søknad. "
    "Anonym utdeling beholdes på to steder for dem som ikke vil registreres.",
    safeguards=(
        "muntlig informasjon på flere språk og skriftlig ark",
        "anonym utdeling som reelt alternativ",
        "frivillige signerer taushetserklæring og får kurs",
        "ingen utlevering til myndigheter uten rettslig pålegg",
    ),
    risks=(
        (
            "Opplysninger om oppholdsstatus kommer på avveie og fører til utvisning",
            "Lav",
            "Svært høy",
            "Feltet er valgfritt og kryptert, synlig bare for rådgiver",
        ),
        (
            "Frivillige slår opp naboer og bekjente",
            "Middels",
            "Høy",
            "Tilgang bare til eget utdelingssted, logg gjennomgås månedlig",
        ),
        (
            "Folk lar være å søke hjelp av frykt for registrering",
            "Middels",
            "Høy",
            "Anonym utdeling beholdes",
        ),
    ),
    not_done="Biometrisk identifisering (fingeravtrykk) for å hindre dobbeltregistrering er "
    "vurdert og forkastet fordi den ville skremme bort de mest sårbare.",
)

B2 = Topic(
    title="Anonym chattetjeneste for mennesker utsatt for menneskehandel",
    what="Broen vil åpne en chat der personer som kan være utsatt for menneskehandel eller "
    "tvangsarbeid kan få råd. Samtalene føres av utdannede rådgivere, og vi vil bruke et "
    "oversettelsesverktøy for språk vi ikke dekker.",
    scope="Anslagsvis 1 500 samtaler i året. Samtalene kan inneholde opplysninger om straffbare "
    "forhold, helse, seksualliv og oppholdsstatus, også om tredjepersoner. Logg lagres i 90 dager.",
    flow="Chatten kjøres i SafeTalk fra Nordchat AS; maskinoversettelse gjøres av Lingvo GmbH "
    "i Tyskland uten lagring. Rådgiverne kan med samtykke henvise til ROSA-prosjektet.",
    need="Mange tør ikke ringe eller møte opp. En skriftlig, anonym kanal senker terskelen.",
    proportional="Vi ber ikke om navn eller telefonnummer. IP-adresser lagres ikke.",
    safeguards=(
        "ingen innlogging og ingen IP-logging",
        "automatisk sletting etter 90 dager",
        "rådgivere har taushetsplikt og veiledning",
        "«rask utgang»-knapp som tømmer vinduet",
    ),
    risks=(
        (
            "Bakmenn overvåker offerets telefon og ser chatten",
            "Middels",
            "Svært høy",
            "Rask utgang og ingen historikk i nettleseren",
        ),
        (
            "Oversettelsen sender opplysninger ut av Norge",
            "Høy",
            "Middels",
            "Avtale uten lagring, kun EØS",
        ),
        ("Feil råd på grunn av feiloversettelse", "Middels", "Høy", "Tolk ved alvorlige saker"),
    ),
    not_done="Ende-til-ende-kryptering er vurdert, men ikke innført, fordi leverandøren ikke "
    "støtter det for nettleserchat ennå.",
)

# --- C: Solsikken Barnehager AS (kindergarten chain), bokmål --------------------------------

C1 = Topic(
    title="Foreldreapp med bildedeling og automatisk tagging av barn",
    what="Solsikken vil ta i bruk foreldreappen Kidsly i alle 23 barnehager. Appen skal brukes til "
    "dagsrapporter, beskjeder og bilder, og den kjenner igjen barnas ansikter slik at bilder "
    "deles bare med foreldrene til barna som er med på bildet.",
    scope="Ca. 1 900 barn 1–6 år, 3 400 foresatte og 450 ansatte. Bilder, navn, søvn, måltider, "
    "allergier, og ansiktsmaler (biometri) for barn med samtykke. Bilder slettes når barnet slutter.",
    flow="Kidsly leveres av Kidsly ApS i Danmark og driftes i Azure i Nederland. Ansatte tar bilder "
    "på barnehagens nettbrett. Foresatte får bare sine egne barns data. Styrer har ansvaret lokalt.",
    need="Foreldre etterspør innsyn i hverdagen. Dagens løsning med e-post og SMS sprer bilder "
    "ukontrollert og gir dårlig oversikt over allergier.",
    proportional="Uten ansiktsgjenkjenning må personalet tagge manuelt, noe som har gitt feil. "
    "Biometri brukes bare med uttrykkelig samtykke, og uten samtykke blir barnet sladdet.",
    safeguards=(
        "separat samtykke for bilder og for ansiktsgjenkjenning",
        "ansiktsmaler slettes straks samtykket trekkes",
        "ingen nedlasting av bilder av andres barn",
        "nettbrett låst til appen, ikke private telefoner",
    ),
    risks=(
        (
            "Bilder av barn spres til uvedkommende",
            "Middels",
            "Høy",
            "Nedlasting sperret, vannmerke, logg",
        ),
        (
            "Feil i ansiktsgjenkjenning viser barn til feil foreldre",
            "Middels",
            "Høy",
            "Ansatt godkjenner hver deling før publisering",
        ),
        (
            "Biometri om barn lekker fra leverandøren",
            "Lav",
            "Svært høy",
            "Kryptering og krav om lagring i EØS",
        ),
    ),
    not_done="Å la foreldrene selv godkjenne hvert bilde før deling ble vurdert, men ikke "
    "gjennomført fordi det gjør løsningen for treg i en travel hverdag.",
)

C2 = Topic(
    title="Digital kartlegging av språk og utvikling med varslingsfunksjon",
    what="Vi vil flytte observasjonsskjemaene for språk, motorikk og sosial utvikling inn i "
    "systemet Utvikle. Systemet foreslår tiltak og varsler spesialpedagog når et barn skårer lavt.",
    scope="Alle barn fra tre år, ca. 1 200. Observasjoner, skårer, notater om familie og helse. "
    "Lagres til barnet begynner på skolen, deretter slettes alt.",
    flow="Utvikle driftes av Pedasoft AS. Pedagogisk leder registrerer. Resultater deles med PPT "
    "bare med foreldrenes samtykke. Fagsjef har ansvar for løsningen.",
    need="Papirskjemaene blir liggende, og barn med behov fanges opp sent.",
    proportional="Automatiske forslag er bare råd; beslutning tas av pedagog og foreldre.",
    safeguards=(
        "foreldre ser alt som er registrert om sitt barn",
        "fritekst begrenses og gjennomgås",
        "ingen deling med skole uten samtykke",
    ),
    risks=(
        (
            "Barn stemples tidlig på grunn av automatisk skår",
            "Middels",
            "Høy",
            "Skår vises ikke for foreldre før samtale",
        ),
        (
            "Sensitive notater om familien leses av for mange",
            "Middels",
            "Middels",
            "Tilgang bare for egen avdeling",
        ),
        ("Data blir liggende etter skolestart", "Lav", "Middels", "Automatisk sletting 1. august"),
    ),
    not_done="Helt å slå av varslingsfunksjonen ble vurdert, men ikke valgt.",
)

# --- D: Polar Wings AS (regional airline, UK parent), English -------------------------------

D1 = Topic(
    title="Fatigue risk monitoring of flight crew with wearables",
    what="Polar Wings intends to give all pilots and cabin crew a wrist-worn device that records "
    "sleep and activity, so that our fatigue risk management system can flag crew who are likely "
    "to be fatigued before a duty.",
    scope="About 310 crew members. Sleep duration and quality, heart rate, activity and roster "
    "data. Raw data kept 14 days; fatigue scores kept 12 months for safety analysis.",
    flow="Devices sync to the FatigueIQ platform run by Somnia Analytics Ltd in Dublin. Scores go "
    "to crew control; raw data is seen only by the fatigue safety officer. Group safety in Leeds "
    "receives anonymised statistics.",
    need="Short-haul rosters in Northern Norway have early starts and many sectors. Self-reporting "
    "of fatigue is under-used, and two incidents in 2025 were linked to fatigue.",
    proportional="Participation in the sleep module is voluntary; roster-based modelling "
    "continues for crew who opt out. Scores are never used in disciplinary cases.",
    safeguards=(
        "written agreement with the crew unions",
        "crew can see and delete their own raw data",
        "no individual data shared with the parent company",
        "scores not used for performance management",
    ),
    risks=(
        (
            "Crew feel pressured to wear the device",
            "Likely",
            "Major",
            "Voluntary opt-in agreed with unions",
        ),
        (
            "Health data reveals medical conditions",
            "Possible",
            "Severe",
            "Raw data only for the fatigue safety officer",
        ),
        (
            "Scores used against individuals",
            "Unlikely",
            "Major",
            "Just culture policy; audit of every access",
        ),
    ),
    not_done="Processing fully on the device without cloud sync was considered but not "
    "implemented because the vendor has no such product.",
)

D2 = Topic(
    title="Facial recognition boarding at regional airports",
    what="Passengers who opt in enrol their face at check-in and board by looking into a camera "
    "at the gate instead of showing a boarding pass and ID.",
    scope="Up to 600 000 passengers a year at eight airports. Face templates, booking reference, "
    "name. Templates deleted 24 hours after departure.",
    flow="Gate cameras send templates to the BoardFace service operated by Gatewise SAS in Lyon. "
    "Avinor provides the network only. No data to the police or the parent group.",
    need="Small airports have one agent per gate; ID checks cause delays and missed connections.",
    proportional="Manual boarding remains available at every gate without penalty.",
    safeguards=(
        "opt-in at check-in, with clear signs",
        "deletion 24 hours after departure",
        "no enrolment of minors",
    ),
    risks=(
        (
            "False match lets the wrong person board",
            "Unlikely",
            "Major",
            "Threshold set high; agent checks on mismatch",
        ),
        ("Templates retained or reused", "Possible", "Severe", "Contractual deletion and audit"),
        ("Passengers feel they cannot refuse", "Possible", "Moderate", "Manual lane equally fast"),
    ),
    not_done="On-device matching against the passenger's phone was considered but not chosen "
    "because of cost.",
)

# --- E: Straumøy Hamn IKS (port authority), nynorsk ------------------------------------------

E1 = Topic(
    title="Kameraovervaking med automatisk skiltattkjenning ved hamneportane",
    what="Straumøy Hamn vil setje opp kamera med automatisk attkjenning av registreringsnummer "
    "ved dei tre portane til containerterminalen, slik ISPS-regelverket krev kontroll med kven "
    "som kjem inn.",
    scope="Om lag 900 køyretøy i døgeret, mest lastebilsjåførar frå heile Europa. Bilete, "
    "registreringsnummer, tidspunkt og sjåføren sitt namn frå adgangskortet. Lagrast i 30 dagar.",
    flow="Kamera og programvare kjem frå PortVision AS, som driftar løysinga. Politiet og Tolletaten "
    "kan få utlevert opptak etter skriftleg førespurnad. Hamnesjefen har ansvaret.",
    need="Terminalen er ISPS-sertifisert, og manuell kontroll har ikkje klart å halde oversikt.",
    proportional="Kamera er retta berre mot portane, ikkje mot offentleg veg eller kaifronten.",
    safeguards=(
        "skilt på fleire språk ved portane",
        "tilgang berre for vaktsentralen",
        "automatisk sletting etter 30 dagar",
    ),
    risks=(
        (
            "Opptak vert brukt til å kontrollere arbeidstid for sjåførar",
            "Middels",
            "Høg",
            "Forbod i instruks, logg over uttak",
        ),
        (
            "Utanlandske sjåførar får ikkje informasjon dei forstår",
            "Høg",
            "Middels",
            "Skilt og nettside på fem språk",
        ),
        ("Feil avlesing stengjer ute sjåførar", "Middels", "Låg", "Manuell overstyring i porten"),
    ),
    not_done="Sladding av førarhytta i biletet er vurdert, men ikkje innført fordi "
    "programvara ikkje støttar det.",
)

E2 = Topic(
    title="Kroppskamera for hamnevakter",
    what="Hamnevaktene skal bere kroppskamera som vert slått på manuelt ved truande situasjonar, "
    "for å førebyggje vald og dokumentere hendingar.",
    scope="14 vakter; tilsette, sjåførar, passasjerar på cruiseskip. Video og lyd. Lagrast 7 "
    "dagar, lenger berre ved melding til politiet.",
    flow="Kamera frå BodyGuard Nordic AB; lagring lokalt på tenar i hamnehuset. Ingen skyteneste. "
    "Ingen databehandlar – hamna driftar sjølv.",
    need="Talet på truslar mot vakter har auka, særleg i cruisesesongen.",
    proportional="Kameraet er av som standard; vakta skal seie frå før opptak.",
    safeguards=(
        "lampe på kameraet viser opptak",
        "munnleg varsel før opptak",
        "opptak kan ikkje slettast eller endrast av vakta",
    ),
    risks=(
        (
            "Opptak av tredjepersonar utan samanheng med hendinga",
            "Høg",
            "Middels",
            "Opptak berre ved konkret trugsmål",
        ),
        ("Misbruk til kontroll av vaktene", "Låg", "Høg", "Avtale med tillitsvalde"),
    ),
    not_done="Kontinuerleg bufferopptak (30 sekund før start) er vurdert og forkasta.",
)

# --- F: Trygg Hverdag Hjemmetjenester AS (home care), bokmål --------------------------------

F1 = Topic(
    title="GPS-lokalisering av hjemmeboende personer med demens",
    what="Trygg Hverdag tilbyr private hjemmetjenester. Vi vil gi brukere med demens en "
    "GPS-klokke slik at pårørende og vakttelefonen kan finne dem hvis de går seg bort.",
    scope="Omtrent 120 brukere i Oslo og Akershus. Posisjon, helseopplysninger om diagnose, "
    "kontaktinformasjon til pårørende. Posisjon lagres 48 timer.",
    flow="Klokkene kommer fra SafeWalk AS, som drifter plattformen i Norge. Vakttelefonen og "
    "inntil to pårørende ser posisjonen. Faglig leder har ansvaret.",
    need="Flere brukere har gått seg bort om natten, og ett tilfelle endte med sykehusinnleggelse.",
    proportional="Posisjonen vises bare ved alarm eller når brukeren er utenfor avtalt område.",
    safeguards=(
        "samtykke fra brukeren eller vedtak om samtykkekompetanse",
        "pårørende ser ikke historikk",
        "evaluering hver tredje måned",
    ),
    risks=(
        (
            "Pårørende bruker posisjonen til å kontrollere brukeren",
            "Middels",
            "Høy",
            "Ingen kontinuerlig visning, bare ved alarm",
        ),
        (
            "Brukeren forstår ikke hva klokka gjør",
            "Høy",
            "Høy",
            "Vurdering av samtykkekompetanse og jevnlig samtale",
        ),
        ("Posisjonsdata lekker", "Lav", "Høy", "Kryptering og sletting etter 48 timer"),
    ),
    not_done="Å la brukeren selv slå av sporing ble vurdert, men ikke innført av sikkerhetshensyn.",
)

F2 = Topic(
    title="Kamerabasert nattilsyn i brukernes hjem",
    what="I stedet for fysiske nattbesøk vil vi bruke et kamera som bare sender bilde når sensoren "
    "oppdager fall eller uro, slik at nattevakten kan se til brukeren digitalt.",
    scope="Inntil 60 brukere. Videobilder fra soverom, helseopplysninger, hendelseslogg. "
    "Bilder lagres ikke; hendelseslogg i 3 måneder.",
    flow="Løsningen NattVakt fra Omsorgsteknikk AS. Bildet går kryptert til nattevakten. "
    "Pårørende får ikke tilgang.",
    need="Fysiske nattbesøk vekker brukerne og gir uro; mangel på nattevakter.",
    proportional="Kameraet er svart til sensoren utløser alarm; bruker kan velge fysisk besøk.",
    safeguards=(
        "skriftlig samtykke",
        "ingen lagring av bilder",
        "brukeren kan dekke kameraet",
    ),
    risks=(
        (
            "Krenkelse av privatliv på soverommet",
            "Middels",
            "Svært høy",
            "Bilde bare ved alarm, maks 2 minutter",
        ),
        ("Falske alarmer gir unødvendig innsyn", "Høy", "Middels", "Justering av sensor"),
    ),
    not_done="Bruk av bare lydsensor uten bilde ble vurdert, men gir for mange falske alarmer.",
)

# --- G: Motorgruppen Agder AS (car dealerships), bokmål -------------------------------------

G1 = Topic(
    title="Innhenting av kjøretøydata fra kundebiler til service og salg",
    what="Motorgruppen vil hente kjøretøydata fra tilkoblede biler vi har solgt, for å varsle om "
    "service og for å tilby innbytte når bilen nærmer seg en alder eller kilometerstand.",
    scope="Om lag 28 000 kundebiler. Kilometerstand, feilkoder, batteristatus, posisjon ved "
    "feil. Kjøremønster og posisjon lagres ikke ut over 7 dager.",
    flow="Data kommer fra produsentenes portaler via integrasjonen Fleetlink fra Datakjeden AS. "
    "Selgere ser et sammendrag i CRM. Ingen deling med forsikring.",
    need="Kundene kommer for sent til service, og garantisaker avvises.",
    proportional="Vi ber ikke om kontinuerlig posisjon, bare ved feilkode.",
    safeguards=(
        "eget samtykke i app, kan trekkes",
        "ingen profilering på kjørestil",
        "ingen deling med tredjepart",
    ),
    risks=(
        (
            "Posisjonsdata viser bevegelsesmønster",
            "Middels",
            "Høy",
            "Bare posisjon ved feil, sletting etter 7 dager",
        ),
        ("Selgere bruker data til aggressivt salg", "Høy", "Middels", "Kontaktfrekvens begrenset"),
        (
            "Kunden vet ikke at bilen sender data",
            "Middels",
            "Middels",
            "Informasjon ved levering av bilen",
        ),
    ),
    not_done="Å bare bruke data kunden selv leser av ble vurdert, men gir for lav treffsikkerhet.",
)

G2 = Topic(
    title="Automatisert kredittvurdering ved billån",
    what="Ved finansiering av bil vil vi bruke en modell som automatisk godkjenner eller avslår "
    "lån opp til 400 000 kroner på stedet.",
    scope="Ca. 4 000 søknader i året. Inntekt, gjeld, betalingsanmerkninger, ID-kontroll med "
    "BankID. Lagres fem år etter bokføringsloven.",
    flow="Modellen kjøres av Kreditnor AS; opplysninger hentes fra Gjeldsregisteret og "
    "kredittopplysningsbyrå. Avslag kan overprøves av finansansvarlig.",
    need="Kundene forventer svar samme dag; manuell behandling tar tre dager.",
    proportional="Alle avslag kan kreves vurdert av et menneske.",
    safeguards=(
        "forklaring av hovedgrunnene ved avslag",
        "rett til manuell vurdering",
        "modellen bruker ikke bosted eller kjønn",
    ),
    risks=(
        (
            "Urettmessige avslag gir forskjellsbehandling",
            "Middels",
            "Høy",
            "Kvartalsvis test av modellen for skjevhet",
        ),
        ("Kunden forstår ikke beslutningen", "Høy", "Middels", "Skriftlig forklaring"),
    ),
    not_done="Manuell kontroll av alle avslag ble vurdert, men ikke innført av kapasitetshensyn.",
)

# --- H: Kestrel Digital Norway AS (IT consulting, US parent), English -----------------------

H1 = Topic(
    title="Endpoint activity analytics for consultants",
    what="Kestrel's US parent requires all subsidiaries to deploy an endpoint agent that records "
    "application usage and active time on consultants' laptops, to support billing accuracy and "
    "detect security incidents.",
    scope="About 240 employees in Oslo and Bergen. Application names, window titles, active/idle "
    "time, device identifiers. No keystrokes or screenshots. Kept 90 days.",
    flow="The agent is WorkPulse by Tellmetry Inc.; data is hosted in Tellmetry's EU region "
    "(Frankfurt). Managers see team-level dashboards; individual data only for security.",
    need="Billing disputes with two clients in 2025, and a security incident that went unnoticed "
    "for weeks.",
    proportional="Screenshots and keystroke logging, available in the product, are disabled.",
    safeguards=(
        "consultation with the employee representatives (AML chapter 9)",
        "employees see their own data",
        "no use in performance reviews",
    ),
    risks=(
        (
            "Continuous monitoring of employees",
            "Likely",
            "Major",
            "Team-level dashboards only; individual access logged",
        ),
        (
            "Data transferred to the US parent",
            "Possible",
            "Major",
            "EU hosting; parent sees aggregates only",
        ),
        (
            "Window titles reveal private matters",
            "Likely",
            "Moderate",
            "Titles truncated and hashed for non-work apps",
        ),
    ),
    not_done="Full opt-out for employees was considered but not implemented because the "
    "security purpose requires coverage.",
)

H2 = Topic(
    title="AI screening of consultant CVs for client bids",
    what="We plan to use a language model to match consultants' CVs to client tender "
    "requirements and rank who should be offered.",
    scope="240 employees and about 1 500 freelance candidates. CVs, skills, availability, "
    "rates. Rankings kept for the duration of the bid.",
    flow="The model runs in Azure OpenAI (Microsoft, EU Data Boundary). Bid managers see the "
    "ranking; consultants see their own.",
    need="Bid deadlines are short and manual matching misses qualified consultants.",
    proportional="Ranking is advisory; a bid manager makes every choice.",
    safeguards=(
        "no use of age, gender or nationality",
        "consultants can correct their profile",
        "quarterly bias review",
    ),
    risks=(
        ("Biased ranking excludes older consultants", "Possible", "Major", "Bias testing"),
        ("Freelancers not informed", "Likely", "Moderate", "Notice in the talent portal"),
    ),
    not_done="A fully local model was considered but not implemented.",
)

# --- I: Lerret Kino AS (cinema chain), bokmål -----------------------------------------------

I1 = Topic(
    title="Ansiktsanalyse for alderskontroll ved aldersgrensefilmer",
    what="Lerret Kino vil bruke kamera i billettluken og ved selvbetjente innganger som anslår "
    "alderen til publikum ved filmer med 15- og 18-årsgrense, slik at bare de som ser unge ut "
    "blir bedt om legitimasjon.",
    scope="Ca. 1,1 millioner besøk i året i 14 kinoer, mange mindreårige. Ansiktsbilde behandles "
    "i sanntid; bare resultatet «ok / be om leg.» lagres, uten bilde.",
    flow="Programvaren AgeCheck fra Visiq Oy i Finland kjører lokalt på kinoens maskin. "
    "Ingen bilder sendes ut. Kinosjef har ansvar lokalt.",
    need="Vi er pålagt å håndheve aldersgrenser, og manuelle kontroller er ujevne og konfliktfylte.",
    proportional="Ordinær legitimasjonskontroll er tilgjengelig for alle som ikke vil analyseres.",
    safeguards=(
        "skilt før inngangen",
        "ingen lagring av bilder",
        "egen kø uten kamera",
    ),
    risks=(
        (
            "Feil alder for personer med mørk hud eller ungt utseende",
            "Middels",
            "Middels",
            "Terskel med god margin, alltid mulighet for leg.",
        ),
        ("Biometri om barn behandles", "Høy", "Høy", "Sanntid, ingen lagring"),
        ("Funksjonsutglidning til markedsføring", "Lav", "Høy", "Kontraktsforbud"),
    ),
    not_done="Å bare bruke manuell kontroll med flere vakter ble vurdert, men er for dyrt.",
)

I2 = Topic(
    title="Lojalitetsprogram med filmprofiler og lokasjonsbaserte tilbud",
    what="Medlemsprogrammet Lerret+ skal gi tilbud basert på filmer medlemmet har sett og "
    "varsle om tilbud når medlemmet er i nærheten av en kino.",
    scope="Ca. 350 000 medlemmer fra 13 år. Kjøpshistorikk, filmvalg, posisjon når appen er åpen. "
    "Profil slettes etter to års inaktivitet.",
    flow="App og CRM driftes av Salgskraft AS; posisjon behandles i appen. Ingen salg av data.",
    need="Konkurranse fra strømmetjenester krever mer treffsikre tilbud.",
    proportional="Posisjon er av som standard; profilering kan slås av.",
    safeguards=(
        "samtykke for posisjon",
        "innsyn i profilen i appen",
        "ingen profilering under 16 år",
    ),
    risks=(
        (
            "Filmvalg avslører seksuell orientering eller religion",
            "Middels",
            "Høy",
            "Sjangre som kan avsløre dette holdes utenfor profilen",
        ),
        ("Mindreårige profileres", "Middels", "Høy", "Aldersgrense 16 for profilering"),
    ),
    not_done="Helt å droppe posisjonsvarsler ble vurdert, men ikke valgt.",
)

# --- J: Fjordsorg Gravferd AS (funeral services), nynorsk ------------------------------------

J1 = Topic(
    title="Digitale minnesider og strøyming av gravferder",
    what="Fjordsorg vil tilby minnesider der familien kan leggje ut bilete og helsingar, og "
    "strøyme seremoniar for dei som ikkje kan vere til stades.",
    scope="Om lag 700 gravferder i året. Namn på avdøde, bilete, helsingar frå pårørande, "
    "opptak av seremonien der trussamfunn og sorg kjem fram. Strøyminga vert sletta etter 30 dagar.",
    flow="Plattforma Minnelys vert levert og drifta av Webgrav AS. Lenkja til strøyminga vert "
    "send av familien. Seremonileiar har ansvaret på dagen.",
    need="Mange pårørande bur langt unna, og familiane spør etter dette.",
    proportional="Strøyming berre etter ønske frå familien, og kameraet viser berre kista og talaren.",
    safeguards=(
        "skriftleg avtale med oppdragsgjevar i familien",
        "lukka lenkje med kode",
        "minnesida kan slettast når familien vil",
    ),
    risks=(
        (
            "Opptak syner sørgjande i sårbar tilstand",
            "Høg",
            "Middels",
            "Kamera berre mot kista og talarstolen",
        ),
        ("Lenkja vert spreidd til uvedkomande", "Middels", "Middels", "Kode og utløpsdato"),
        (
            "Trusoppfatning vert synleg for alle",
            "Middels",
            "Høg",
            "Familien vel om seremonien skal strøymast",
        ),
    ),
    not_done="Kryptert strøyming med innlogging for kvar gjest er vurdert, men gjer terskelen for "
    "høg for eldre pårørande.",
)

J2 = Topic(
    title="Felles kunderegister med helse- og trusopplysningar",
    what="Fjordsorg vil samle oppdraga frå sine ni kontor i eitt system for planlegging, med "
    "opplysningar om dødsårsak, smitte, trussamfunn og ønske for seremonien.",
    scope="Om lag 700 nye oppdrag i året, og 4 000 pårørande. Lagrast i ti år av omsyn til "
    "reklamasjon og gravferdslova.",
    flow="Systemet Seremoni Pro frå Gravdata AS, drifta i Noreg. Kyrkjeverja får det som trengst "
    "for gravlegging.",
    need="Smittefare og religiøse ritual må vere kjende for dei tilsette som steller den døde.",
    proportional="Dødsårsak vert ikkje registrert, berre eventuell smittefare.",
    safeguards=("tilgang berre for eige kontor", "logg over oppslag", "sletting etter ti år"),
    risks=(
        (
            "Trusopplysningar vert lesne av for mange",
            "Middels",
            "Høg",
            "Tilgangsstyring per kontor",
        ),
        ("Smitteopplysningar kjem på avvegar", "Låg", "Høg", "Kryptering"),
    ),
    not_done="Separat register for smitte er vurdert, men ikkje innført.",
)
