# ruff: noqa: E501
"""The planned processings of the blind28 senders, two per sender, in the sender's language.

Each topic holds the substance a DPIA needs: what is done and how (``describe``, markup
paragraphs), why it is needed and why this way (``necessity``), the risks as (risk,
likelihood, consequence, measure), the measures considered but not taken with the reason, and
the residual risk that makes the sender ask for prior consultation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    describe: str
    necessity: str
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: tuple[tuple[str, str], ...]
    residual: str


# --- A: Fjordkreditt Teknologi AS (fintech, nb) ----------------------------------------------

A_SCORE = Topic(
    "A_SCORE",
    "Kredittvurdering med kontoinnsyn og maskinlæring (Fjordkreditt Flex)",
    """
    Fjordkreditt Flex er en delbetalings- og rammekreditt som selges i nettbutikker. Før kreditt innvilges henter vi, med kundens samtykke via BankID, kontoutskrifter for de siste 12 månedene fra kundens bank gjennom en kontoinformasjonstjeneste (PSD2). Transaksjonene kategoriseres automatisk (lønn, husleie, forbrukslån, pengespill, inkasso m.m.) og går inn i en gradient boosting-modell som beregner betalingsevne og sannsynlighet for mislighold.

    Omfang: ca. 180 000 søknader per år, ca. 2,1 millioner transaksjoner per måned. Registrerte er søkere (18 år og eldre) og indirekte tredjeparter som fremgår av transaksjonene (mottakere og avsendere av betalinger).

    Kilder: kundens egne opplysninger i søknaden, kontodata via Bankdata Connect ApS, Gjeldsregisteret og kredittopplysningsbyrå. Mottakere: kredittavdelingen; ved avslag kunden selv (begrunnelse); Finanstilsynet ved tilsyn. Ingen deling med nettbutikkene utover «godkjent/ikke godkjent».

    Ansvarsforhold: Fjordkreditt Teknologi AS er behandlingsansvarlig. Bankdata Connect ApS er databehandler for innhenting og kategorisering av kontodata; data lagres i EU (Frankfurt). Rå transaksjonsdata slettes etter 90 dager, beregnet score og grunnlag for beslutningen lagres i 5 år etter hvitvaskingsloven og finansavtaleloven.

    Informasjonssikkerhet: kryptering i transitt og i ro, tilgangsstyring med rollebasert tilgang og to-faktor, logging av alle oppslag, modellen kjører i eget segment uten internettilgang.
    """,
    """
    Kreditt skal bare ytes etter forsvarlig kredittvurdering (finansavtaleloven § 5-4). Egenerklært inntekt og gjeldsregister alene gir etter vår erfaring for dårlig bilde av betalingsevne for unge kunder og selvstendige med ujevn inntekt. Kontoinnsyn gir et sikrere grunnlag og har redusert mislighold med ca. 30 % i pilot. Alternativet – lønnsslipp og skattemelding lastet opp manuelt – er testet og førte til at 40 % avbrøt søknaden.

    Vi henter bare 12 måneder, ikke 24 som leverandøren foreslo. Kategorier som kan avsløre særlige kategorier (f.eks. betaling til trossamfunn, fagforening, apotek, helsetjenester) slås sammen til «øvrig forbruk» før de går inn i modellen. Transaksjonsmotparter pseudonymiseres.

    Rettigheter: kunden får forklaring på de viktigste faktorene ved avslag og kan kreve manuell vurdering (art. 22 nr. 3). Samtykket til kontoinnsyn kan trekkes, men da kan vi ikke gi kreditt. Informasjon gis i søknadsflyten i to lag.
    """,
    (
        (
            "Modellen diskriminerer indirekte (f.eks. etter alder, bosted eller kjønn)",
            "Middels",
            "Høy",
            "Skjevhetstesting per kvartal, forbudte variabler fjernet, uavhengig validering",
        ),
        (
            "Transaksjoner avslører helse, religion eller fagforeningsmedlemskap",
            "Høy",
            "Høy",
            "Sammenslåing av sensitive kategorier før modellering, pseudonymisering av motparter",
        ),
        (
            "Automatisert avslag uten reell mulighet til overprøving",
            "Middels",
            "Høy",
            "Rett til manuell vurdering, kredittanalytiker behandler innen 2 virkedager",
        ),
        (
            "Uautorisert tilgang til kontodata hos oss eller databehandler",
            "Lav",
            "Svært høy",
            "Kryptering, tilgangskontroll, revisjon av databehandler, sletting etter 90 dager",
        ),
        (
            "Kunder føler seg presset til å gi innsyn i hele økonomien sin",
            "Høy",
            "Middels",
            "Tydelig informasjon, alternativ manuell søknad med dokumentasjon",
        ),
    ),
    (
        (
            "Lokal modellkjøring på kundens telefon",
            "teknisk ikke modent, ville svekket modellkvalitet og sporbarhet",
        ),
        (
            "Kortere lagring av beslutningsgrunnlag (1 år)",
            "i strid med hvitvaskingsloven og behovet for å dokumentere kredittvurderingen overfor Finanstilsynet",
        ),
    ),
    "Selv med tiltakene vurderer vi restrisikoen for diskriminering og for innsyn i særlige kategorier som høy.",
)

A_BEHAV = Topic(
    "A_BEHAV",
    "Atferdsbiometri mot kontoovertakelse i Fjordkreditt-appen",
    """
    For å stoppe kontoovertakelse og svindel («vishing», der kunden blir lurt til å godkjenne betalinger) vil vi innføre atferdsbiometri i appen. En SDK fra leverandøren måler hvordan brukeren skriver, sveiper og holder telefonen (tastetrykkrytme, trykk, vinkel) og lager en atferdsprofil. Hver innlogging og hver betaling får en risikoscore. Ved høy score stoppes transaksjonen og kunden ringes opp.

    Omfang: alle ca. 260 000 aktive appbrukere. Data: sensor- og interaksjonsdata, enhets-ID, IP-adresse, tidspunkt, score. Profilen bygges over de første 10 innloggingene. SDK-en registrerer også om samtale pågår under innlogging.

    Databehandler: Bankdata Connect ApS leverer SDK og analyse gjennom sitt datterselskap; data behandles i EU. Profiler slettes 6 måneder etter at kundeforholdet avsluttes, hendelseslogg etter 5 år.
    """,
    """
    Svindel mot kundene våre økte med 140 % i 2025, og tradisjonelle regler (beløpsgrenser, geolokasjon) fanger ikke vishing der kunden selv logger inn. Atferdsdata er det eneste signalet som skiller en stresset kunde som blir fjernstyrt fra normal bruk. Vi bruker ikke dataene til markedsføring eller kredittvurdering; formålet er låst i avtalen med leverandøren.

    Vi har valgt bort kontinuerlig måling i bakgrunnen og måler bare i innlogging og betalingsflyt. Tastetrykk lagres ikke som innhold, bare som tidsintervaller.
    """,
    (
        (
            "Atferdsprofilen kan avsløre helsetilstand (f.eks. skjelving, nedsatt motorikk)",
            "Middels",
            "Høy",
            "Ingen helseinferens i modellen, kontraktsfestet formålsbegrensning",
        ),
        (
            "Feilaktig stopp av betalinger for eldre og brukere med funksjonsnedsettelse",
            "Høy",
            "Middels",
            "Manuell oppfølging på telefon innen 15 min, terskel justeres per segment",
        ),
        (
            "Skjult overvåking – kunden vet ikke at atferd måles",
            "Middels",
            "Høy",
            "Egen informasjonsskjerm ved oppdatering, personvernerklæring",
        ),
    ),
    (
        (
            "Samtykke som grunnlag",
            "samtykke ville ikke være frivillig når svindelvern er del av tjenesten; behandlingsgrunnlag er berettiget interesse og rettslig plikt",
        ),
    ),
    "Atferdsbiometri er nytt for oss og brukes på alle kunder; restrisikoen for feilaktig stopp og skjult profilering vurderes fortsatt som høy.",
)

# --- B: Kornmo Dagligvare AS (grocery chain, nb, consultancy template) -------------------------

B_OFFERS = Topic(
    "B_OFFERS",
    "Personlige tilbud i Kornmo Pluss basert på handlehistorikk",
    """
    Kornmo Pluss er kundeprogrammet til Kornmo Dagligvare AS med ca. 1,3 millioner medlemmer. Vi skal innføre personlige tilbud og «kostholdsinnsikt» i appen. Alle kjøp knyttet til medlemskortet (varelinjer, butikk, tidspunkt, beløp) analyseres for å sette medlemmet i segmenter (f.eks. «barnefamilie», «glutenfritt», «treningsfokus», «lavt budsjett») og velge tilbud. Kostholdsinnsikt viser medlemmet egen fordeling på matvaregrupper og sukker/salt.

    Kilder: kassesystemet, appen (klikk på tilbud), medlemsregisteret. Mottakere: Kornmo sin markedsavdeling; leverandørene får bare aggregerte tall (minst 100 medlemmer per celle). Databehandler: Insightly Retail Analytics Ltd (Irland) kjører segmenteringen. Lagring: varelinjer i 24 måneder, segmenter oppdateres ukentlig og overskrives.
    """,
    """
    Formålet – mer relevante tilbud og mindre matsvinn – kan etter vår vurdering ikke nås med kun generelle kampanjer. Vi har vurdert å bruke bare varekategorier i stedet for varelinjer, men da blir tilbudene for unøyaktige.

    Segmenter som kan indikere helse (glutenfritt, laktosefritt, diabetesvennlig) er tatt ut av markedsføringen og vises bare i medlemmets egen kostholdsinnsikt. Medlemmet kan slå av personlige tilbud med ett trykk uten å miste bonus. Innsyn i egne segmenter i appen. Behandlingsgrunnlag: samtykke for kostholdsinnsikt, berettiget interesse for tilbud med enkel reservasjon.
    """,
    (
        (
            "Slutninger om helse, graviditet eller religion ut fra handlekurv",
            "Høy",
            "Høy",
            "Sensitive segmenter utelatt fra markedsføring, manuell gjennomgang av nye segmenter",
        ),
        (
            "Prisdiskriminering av kunder med lav betalingsevne",
            "Middels",
            "Middels",
            "Ingen individuelle priser, bare tilbud; revisjon halvårlig",
        ),
        (
            "Overføring til tredjeland via underleverandør hos databehandler",
            "Lav",
            "Høy",
            "EU-lagring avtalt, SCC, underleverandørliste",
        ),
        (
            "Medlemmer forstår ikke omfanget av profileringen",
            "Høy",
            "Middels",
            "Lagdelt informasjon, innsynsside i appen",
        ),
    ),
    (
        (
            "Anonymisering av all handlehistorikk etter 6 måneder",
            "tilbudsmodellen trenger sesongmønster over minst ett år",
        ),
    ),
    "Profileringen omfatter svært mange personer og kan avdekke helseforhold; risikoen for slutninger om særlige kategorier er etter tiltak fortsatt høy.",
)

B_AGE = Topic(
    "B_AGE",
    "Selvbetjent kasse med kamerabasert aldersestimering",
    """
    I 40 butikker skal selvbetjente kasser få et kamera som estimerer kundens alder når det skannes øl eller tobakk. Bildet analyseres lokalt i kassen, og bare resultatet («over 25 / usikker») sendes til ansatt-varselet. Ved «usikker» kommer en ansatt og sjekker legitimasjon som i dag.

    Omfang: ca. 250 000 estimeringer per måned. Leverandør og databehandler er Insightly Retail Analytics Ltd, som også drifter programvaren. Bilder lagres ikke; logg med resultat og tidspunkt lagres 30 dager.
    """,
    """
    Salg av alkohol og tobakk til mindreårige er en alvorlig overtredelse (alkoholloven), og ansatte i travle butikker rekker ikke å følge alle selvbetjente kasser. Manuell kontroll beholdes som reserve. Kundene kan velge betjent kasse.
    """,
    (
        (
            "Feilestimering som rammer personer med mørk hud eller unge voksne skjevt",
            "Middels",
            "Middels",
            "Test av modellen på norsk befolkning, terskel 25 år, manuell reserve",
        ),
        (
            "Bilder lagres eller sendes ut av kassen likevel",
            "Lav",
            "Høy",
            "Teknisk revisjon, ingen nettverksport for bilde, kontraktskrav",
        ),
        (
            "Kunden opplever kassen som ansiktsgjenkjenning",
            "Høy",
            "Lav",
            "Skilting, informasjon på skjermen",
        ),
    ),
    (
        (
            "Kun manuell kontroll",
            "gir ikke tilstrekkelig etterlevelse i butikker med 1–2 ansatte på kveldstid",
        ),
    ),
    "Bruk av kamera på alle kunder som kjøper aldersbegrensede varer gir fortsatt høy risiko etter tiltak.",
)

# --- C: Styrke Treningssentre AS (gym chain, nb, XLSX workbook) --------------------------------

C_FACE = Topic(
    "C_FACE",
    "Ansiktsgjenkjenning ved inngangen (FaceIn) i alle Styrke-sentre",
    """
    Medlemmer skal kunne gå inn på senteret ved at et kamera i inngangsslusen gjenkjenner ansiktet, i stedet for kort eller app. Ved innmelding tar medlemmet selv et bilde i appen; det lages en biometrisk mal (ikke bilde) som lagres kryptert. Ved inngang sammenlignes ansiktet mot malene for det senteret.

    Omfang: 58 sentre, ca. 95 000 medlemmer, ca. 14 000 innpasseringer per døgn. Mange sentre er ubemannet kl. 22–06. Data: biometrisk mal, medlemsnummer, tidspunkt, senter, avvist/godkjent. Databehandler: Visiogate AB (Sverige) leverer kameraer og matchingtjeneste; maler lagres i Visiogate sin sky i Stockholm.

    Malen slettes når medlemskapet opphører eller medlemmet går over til kort; innpasseringslogg lagres 90 dager.
    """,
    """
    Kortdeling og utlån av app-koder er hovedårsaken til uautorisert adgang på ubemannede sentre (ca. 11 000 registrerte tilfeller i 2025), og det gir sikkerhetsproblemer når ingen ansatte er til stede. FaceIn er frivillig: medlemmer kan fortsatt bruke kort med PIN. Samtykket hentes eksplisitt (art. 9 nr. 2 a) og kan trekkes i appen, med automatisk sletting av malen.

    Vi har valgt 1:N-søk per senter, ikke mot hele medlemsbasen. Kameraet tar ikke opp video.
    """,
    (
        (
            "Biometriske maler kommer på avveie",
            "Lav",
            "Svært høy",
            "Kryptering med nøkkel hos Styrke, maler kan ikke reverseres til bilde, pentest årlig",
        ),
        (
            "Samtykket er ikke reelt frivillig hvis kortløsningen gjøres tungvint",
            "Middels",
            "Høy",
            "Kort + PIN beholdes uten tillegg i pris",
        ),
        (
            "Feilmatching gir adgang til feil person eller avviser medlem",
            "Middels",
            "Middels",
            "Terskelverdi, 2. faktor på natt, kontakt via nødtelefon",
        ),
        (
            "Gjenkjenning av personer som ikke er medlemmer (følger etter inn)",
            "Høy",
            "Middels",
            "Ingen lagring av ikke-treff, bare tellinger",
        ),
    ),
    (
        (
            "Mal lagret bare på medlemmets telefon",
            "krever at medlemmet har med seg telefonen, som er det FaceIn skal gjøre unødvendig",
        ),
    ),
    "Biometri for adgang i stor skala, med ubemannede sentre, gir etter tiltak fortsatt høy risiko.",
)

C_NIGHT = Topic(
    "C_NIGHT",
    "FaceIn med tilstedeværelseslogg og alarm på ubemannede sentre (natt)",
    """
    Utvidelse av FaceIn: på 22 ubemannede sentre skal kameraene om natten også registrere hvem som er inne til enhver tid, slik at vaktselskapet ved alarm (fall, brann, nødknapp) ser hvilke medlemmer som er i lokalet. Data: medlemsnummer, inn- og utpassering, navn og telefonnummer vises for vaktselskapet ved alarm. Vaktselskapet Sentinel Vakt AS blir ny databehandler i tillegg til Visiogate AB. Tilstedeværelseslogg slettes etter 48 timer.
    """,
    """
    Uten bemanning har vi ikke oversikt over hvem som er i lokalet ved en hendelse. Dette er et sikkerhetstiltak for medlemmene. Bare utpassering og innpassering registreres, ikke bevegelser inne i lokalet.
    """,
    (
        (
            "Loggen brukes til kontroll av medlemmenes vaner",
            "Lav",
            "Middels",
            "Formålsbegrensning, sletting etter 48 t",
        ),
        (
            "Vaktselskapet får tilgang til flere opplysninger enn nødvendig",
            "Middels",
            "Middels",
            "Visning bare ved utløst alarm, logging av oppslag",
        ),
    ),
    (("Kamera i treningssal", "for inngripende"),),
    "Kombinasjonen av biometri og kontinuerlig tilstedeværelseslogg gjør at vi vurderer restrisikoen som høy.",
)

# --- D: Havbris Forsikringsmegling AS (insurance broker, nb, in the body) -----------------------

D_HEALTH = Topic(
    "D_HEALTH",
    "Digital helseerklæring med automatisk forhåndsvurdering",
    """
    Vi formidler personforsikringer (uføre, kritisk sykdom, behandlingsforsikring) til bedriftskunder og privatpersoner. I dag fyller kunden ut helseerklæring på papir eller PDF. Vi skal ta i bruk en digital helseerklæring der svarene går rett inn i et regelbasert verktøy som anslår om kunden kan få standardvilkår, tillegg eller avslag hos de ulike forsikringsselskapene, før søknaden sendes.

    Opplysninger: diagnoser, medisinbruk, sykmeldinger siste 5 år, høyde/vekt, røyk. Ca. 9 000 erklæringer i året. Verktøyet driftes av Claimsight AS som databehandler. Helseopplysningene sendes videre bare til det forsikringsselskapet kunden velger. Vi lagrer erklæringen i 10 år etter at avtalen opphører (foreldelse).
    """,
    """
    Forhåndsvurderingen hindrer at kunden får avslag som registreres hos flere selskaper, og den korter ned behandlingstiden fra uker til dager. Vurderingen er bare veiledende; det er forsikringsselskapet som fatter beslutning. Kunden velger selv om forhåndsvurdering skal gjøres og ser resultatet før noe sendes videre. Vi henter ikke journal; kunden svarer selv. Samtykke etter art. 9 nr. 2 a og forsikringsavtaleloven.
    """,
    (
        (
            "Helseopplysninger på avveie hos oss eller Claimsight",
            "Lav",
            "Svært høy",
            "Kryptering, BankID-innlogging, tilgang bare for to rådgivere per kunde",
        ),
        (
            "Kunden oppfatter veiledende vurdering som endelig og lar være å søke",
            "Middels",
            "Høy",
            "Tydelig tekst, rådgiver ringer ved negativt utfall",
        ),
        (
            "Opplysninger brukes til andre formål (f.eks. salg av andre produkter)",
            "Lav",
            "Høy",
            "Tilgangsstyring, formål i avtale og rutine",
        ),
    ),
    (("Sletting etter 3 år", "foreldelsesfristen for krav mot megler er lenger"),),
    "Stor mengde helseopplysninger og en automatisert vurdering gjør at restrisikoen fortsatt er høy.",
)

D_VOICE = Topic(
    "D_VOICE",
    "Opptak og taleanalyse av kundesamtaler i skadeavdelingen",
    """
    Alle telefonsamtaler til skadeavdelingen tas opp, transkriberes automatisk og analyseres for stemning og mulige tegn på forsikringssvindel (motstridende forklaringer, nøkkelord). Ca. 4 500 samtaler per måned. Claimsight AS er databehandler for opptak og analyse. Opptak lagres 6 måneder, transkripsjon og flagg lagres i skadesaken.
    """,
    """
    Vi har plikt til å dokumentere rådgivning (forsikringsformidlingsloven) og vil bruke opptakene også for kvalitet og svindelavdekking. Flagging fører aldri automatisk til avslag; en skadebehandler vurderer alltid. Kunden informeres i starten av samtalen og kan be om å ikke bli tatt opp og heller få skriftlig oppfølging.
    """,
    (
        (
            "Stemningsanalyse gir feil bilde av ærlige kunder i krise",
            "Middels",
            "Høy",
            "Flagg bare som internt hint, ikke lagret som konklusjon",
        ),
        (
            "Opptak inneholder helseopplysninger om tredjepersoner",
            "Høy",
            "Middels",
            "Tilgangsstyring, kortere lagring",
        ),
    ),
    (("Bare stikkprøver", "svekker svindelformålet"),),
    "Analyse av stemme og innhold i samtaler med folk i en vanskelig situasjon gir fortsatt høy restrisiko.",
)

# --- E: Nordvei Logistikk AS (logistics, nb with English headings) -----------------------------

E_GPS = Topic(
    "E_GPS",
    "Sanntidssporing og kjørestilsanalyse av sjåfører (Fleetwise)",
    """
    Nordvei Logistikk AS har ca. 620 sjåfører, hvorav 240 ansatt i underleverandører. Alle 410 biler får telematikkenhet fra Fleetwise Telematics OÜ som registrerer posisjon hvert 10. sekund, hastighet, bråbremsing, tomgang og kjøre- og hviletid. Data brukes til ruteplanlegging, kundeinformasjon om leveringstid og en ukentlig «sikker kjøring»-score per sjåfør som følges opp av transportleder.

    Kilder: telematikkenheten, sjåførkortet (digital fartsskriver), ordresystemet. Mottakere: transportledere, HMS-avdelingen, kunden (bare estimert ankomst, ikke posisjon), underleverandørens daglige leder (score for egne sjåfører). Fleetwise lagrer data i EU (Tallinn). Posisjonsdata lagres 30 dager, score 12 måneder, fartsskriverdata 12 måneder etter kjøre- og hviletidsregelverket.

    Sporing er slått av utenfor arbeidstid (knapp i bilen, automatisk av ved tenning av og innlogget privat bruk).
    """,
    """
    Vi trenger posisjon for ruteplanlegging og for å kunne gi kunder leveringsvindu; det kan ikke løses uten sanntidsdata. Kjørestilscore er begrunnet i HMS: vi hadde 37 skader og to alvorlige ulykker i 2025. Vi har vurdert bare aggregerte tall per avdeling, men det gir ikke grunnlag for opplæring av den enkelte.

    Scoren brukes ikke i lønn eller til disiplinærtiltak uten samtale med sjåføren og tillitsvalgt. Drøftet med tillitsvalgte etter arbeidsmiljøloven kap. 9 og forskrift om kontrolltiltak (møte 4. november 2026). Sjåførene ser sin egen score og historikk i appen.
    """,
    (
        (
            "Kontinuerlig overvåking oppleves som kontroll og gir press om å kjøre fortere",
            "Høy",
            "Høy",
            "Score vektlegger sikkerhet, ikke tid; drøfting med tillitsvalgte; evaluering etter 6 mnd",
        ),
        (
            "Posisjon i pauser og privat bruk avslører private forhold",
            "Middels",
            "Høy",
            "Privatmodus, sporing av utenfor arbeidstid",
        ),
        (
            "Underleverandørens ledere bruker score til oppsigelser",
            "Middels",
            "Høy",
            "Databehandleravtale-lignende klausul i kontrakten med underleverandør, bare score, ikke rådata",
        ),
        ("Uautorisert tilgang hos Fleetwise", "Lav", "Høy", "ISO 27001, to-faktor, revisjon"),
    ),
    (
        ("Posisjon hvert 60. sekund", "for grovt for ruteplanlegging i by"),
        ("Ingen score for innleide sjåfører", "HMS-ansvaret gjelder alle som kjører våre biler"),
    ),
    "Kontinuerlig sporing av arbeidstakere med individuell score gir høy restrisiko, særlig for innleide sjåfører.",
)

E_CAM = Topic(
    "E_CAM",
    "Førerkamera med trøtthetsvarsling i tungbiler",
    """
    I 120 tungbiler monteres et kamera rettet mot sjåføren som analyserer øyelukking og hodebevegelse for å varsle ved trøtthet eller mobilbruk. Varselet gis i bilen. Ved tre varsler på en tur lagres et 10 sekunders klipp som sendes til HMS-leder. Databehandler er Fleetwise Telematics OÜ. Klipp slettes etter 14 dager hvis de ikke inngår i en hendelse.
    """,
    """
    Trøtthet er årsak til en stor del av alvorlige ulykker med tunge kjøretøy. Varsling i bilen alene er vurdert, men uten oppfølging har det liten effekt. Kameraet tar ikke lyd og filmer bare førerplassen.
    """,
    (
        (
            "Kamera mot ansiktet hele arbeidsdagen er svært inngripende",
            "Høy",
            "Høy",
            "Bare analyse i bilen, lagring kun ved gjentatte varsler",
        ),
        (
            "Helseopplysninger (søvnproblemer) utledes",
            "Middels",
            "Høy",
            "Ikke registrert som helseopplysning, samtale med bedriftshelsetjeneste ved behov",
        ),
    ),
    (("Kontinuerlig opptak", "uforholdsmessig"),),
    "Kamera rettet mot arbeidstaker hele arbeidsdagen gir høy restrisiko.",
)

# --- F: Talentbro AS (HR-tech SaaS, en) -----------------------------------------------------

F_MATCH = Topic(
    "F_MATCH",
    "Cross-customer candidate matching model (Talentbro Match)",
    """
    Talentbro provides an applicant tracking system to about 900 Nordic employers. We will train a matching model on applications across customers so that recruiters see a ranked shortlist and a match percentage for each candidate. For the training, Talentbro acts as controller; for each recruitment the customer remains controller and Talentbro is processor.

    Data used for training: CV text, education, work history, skills, application outcome (interview/offer), but not name, photo, age, gender or nationality, which are removed before training. Volume: approx. 2.4 million historical applications, 400 000 new per year. Hosting: Nimbus Compute Ireland Ltd (processor), EU region. Training data is kept for 24 months; the model is retrained quarterly. Recipients: none outside Talentbro; customers only see scores for their own candidates.
    """,
    """
    Recruiters receive on average 180 applications per position and spend little time per CV; a consistent ranking is meant to make screening fairer and faster. We assessed a per-customer model, but small employers do not have enough data to train one.

    Proportionality: candidates are informed in the application form and can object to being scored; they are then reviewed manually. The shortlist is advisory, a recruiter must open and assess every candidate before rejection (no solely automated decision). Customers can switch the feature off. Model cards and bias reports are available to customers.
    """,
    (
        (
            "Indirect discrimination through proxies (gaps in CV, school names, postcode)",
            "Medium",
            "High",
            "Proxy analysis, adverse impact testing per quarter, features removed",
        ),
        (
            "Candidates are in practice rejected automatically because recruiters only read the top 10",
            "High",
            "High",
            "UI requires review of all candidates before batch rejection; audit logs",
        ),
        (
            "Re-identification of candidates from training data",
            "Low",
            "High",
            "Pseudonymisation, access restricted to ML team, no export",
        ),
        (
            "Candidates do not understand they are being scored",
            "Medium",
            "Medium",
            "Layered notice, explanation of main factors on request",
        ),
    ),
    (
        (
            "Consent from every candidate",
            "not freely given in a job application context; relying on legitimate interest with right to object",
        ),
        (
            "Explainability per candidate shown to candidate automatically",
            "still in development, available on request",
        ),
    ),
    "Profiling of job applicants at this scale carries a high residual risk of discrimination that we cannot fully mitigate.",
)

F_FLIGHT = Topic(
    "F_FLIGHT",
    "Attrition risk prediction for employees (Talentbro Retain)",
    """
    Talentbro Retain is a new module that predicts which employees are likely to resign within six months, based on HR data already in the customer's Talentbro tenant: tenure, salary development, sick leave days (count only), manager changes, engagement survey answers and internal applications. Talentbro trains the generic model as controller on pseudonymised data from customers who opt in; managers see a risk band (low/medium/high) for their team. Hosting with Nimbus Compute Ireland Ltd. Training data deleted after 18 months.
    """,
    """
    Customers want to act early on attrition. We limited the output to a band, not a score, and excluded free text from surveys. Employees are informed by their employer and can see their own band. The band may not be used in salary or dismissal decisions under the customer terms.
    """,
    (
        (
            "Managers treat 'high risk' employees worse (fewer opportunities)",
            "High",
            "High",
            "Terms of use, training of managers, band hidden below team size 5",
        ),
        (
            "Sick leave counts reveal health",
            "Medium",
            "High",
            "Only counts, aggregated per quarter",
        ),
    ),
    (("Removing sick leave from the model", "it is the strongest predictor; under review"),),
    "Predictions about employees' future behaviour with effects on their working life leave a high residual risk.",
)

# --- G: Portal Eiendomsforvaltning AS (property manager, nb, RTF) --------------------------------

G_LOCK = Topic(
    "G_LOCK",
    "Digitale smartlåser med adgangslogg i utleieboliger",
    """
    Portal Eiendomsforvaltning AS forvalter ca. 3 400 utleieboliger i Oslo og Viken for eiere. Vi skal erstatte nøkler med digitale låser på inngangsdører, boder og leilighetsdører. Leietakere låser opp med app eller brikke. Hver åpning logges med tidspunkt, dør og bruker. Leietakere kan gi midlertidig tilgang til gjester og håndverkere. Vaktmester og håndverkere får tidsbegrenset tilgang via våre arbeidsordre.

    Registrerte: leietakere og husstandsmedlemmer (ca. 7 000), gjester, håndverkere, vaktmestere. Data: navn, telefon, brukerkoder, adgangslogg. Låsplattformen leveres og driftes av Låsnett AS som databehandler, servere i Norge. Adgangslogg lagres 60 dager, deretter slettes den automatisk. Eier av boligen får ikke tilgang til logg.
    """,
    """
    Nøkkelhåndtering er kostbart og usikkert: tapte nøkler krever sylinderbytte, og vi vet ikke hvem som har kopier. Digitale låser gjør det mulig å sperre tapte brikker og gi håndverkere tilgang uten at leietaker må være hjemme.

    Logg på leilighetsdør er det mest inngripende. Vi har derfor valgt at loggen for leilighetsdører bare kan hentes ut ved innbrudd eller brann etter skriftlig beslutning av forvaltningssjef, og leietaker varsles. Leietakere kan be om mekanisk nøkkel i tillegg.
    """,
    (
        (
            "Adgangsloggen avslører leietakers private liv (når man er hjemme, besøk)",
            "Middels",
            "Høy",
            "Strengt tilgangsregime, 60 dagers sletting, varsling av leietaker ved uthenting",
        ),
        (
            "Loggen brukes i husleietvister eller overfor eier",
            "Middels",
            "Høy",
            "Intern rutine: ikke utlevering til eier, bare ved rettslig pålegg",
        ),
        (
            "Feil eller angrep gjør at leietaker ikke kommer inn eller andre kommer inn",
            "Lav",
            "Svært høy",
            "Mekanisk nødåpning, pentest, døgnvakt hos Låsnett",
        ),
        (
            "Gjester og husstandsmedlemmer får ikke informasjon",
            "Høy",
            "Lav",
            "Informasjon i app og ved oppslag i oppgang",
        ),
    ),
    (
        (
            "Ingen logg på leilighetsdører",
            "leverandørens plattform støtter ikke å slå av loggen per dør i dag",
        ),
    ),
    "Logging av når folk går inn og ut av sitt eget hjem vurderer vi som høy restrisiko, selv etter tiltak.",
)

G_VIDEO = Topic(
    "G_VIDEO",
    "Videoporttelefon koblet til smartlås og pakkelevering",
    """
    Som del av smartlåsprosjektet monteres videoporttelefon ved hovedinngang i 45 bygg. Besøkende ringer på, leietaker ser video i appen og kan åpne. Budfirmaer får engangskode til pakkerom. Video strømmes bare når noen ringer på; stillbilde av den som ringer lagres 7 dager. Databehandler: Låsnett AS.
    """,
    """
    Leietakere har bedt om sikrere pakkelevering; tyveri fra oppganger er et kjent problem. Bare inngangsparti filmes, ingen kontinuerlig opptak.
    """,
    (
        (
            "Stillbilder av besøkende lagres uten at de vet det",
            "Middels",
            "Middels",
            "Skilting, 7 dagers sletting",
        ),
        (
            "Kobling med adgangslogg gir fullstendig bilde av hvem som besøker hvem",
            "Middels",
            "Høy",
            "Separat lagring, ingen søk på tvers",
        ),
    ),
    (("Ingen lagring av stillbilder", "leietakere vil se hvem som ringte mens de var borte"),),
    "Sammenstilling med adgangslogg gir høy restrisiko.",
)

# --- H: Kjørdel AS (car sharing, nb) ----------------------------------------------------------

H_TELEM = Topic(
    "H_TELEM",
    "Kjørestilsbasert prising og skadeansvar i Kjørdel-bilene",
    """
    Kjørdel AS driver bildeling med ca. 1 100 biler i Bergen, Stavanger og Oslo og 85 000 medlemmer. Alle biler har telematikkboks fra Geonode Telematics GmbH. Vi skal innføre kjørestilsanalyse: akselerasjon, bremsing, svinger og fartsovertredelser (sammenholdt med fartsgrense på veien) gir en score per tur. Medlemmer med god score får lavere pris per km; ved skade brukes turdata til å vurdere om medlemmet har kjørt uaktsomt (egenandel).

    Data: GPS-spor per tur, hendelser, score, medlemsnummer. Lagring: turdata 6 måneder, ved skade til saken er avsluttet, score 12 måneder. Geonode Telematics GmbH er databehandler, lagring i Tyskland. Mottakere: kundeservice, skadeavdeling, forsikringsselskapet ved skade (bare turdata for skadeturen), politiet ved pålegg.
    """,
    """
    Skader koster oss ca. 14 mill. kr i året, og uaktsom kjøring øker prisene for alle. Prisincentiv har vist seg å redusere skader i pilot (−22 %). Vi har vurdert bare å bruke data ved skade, men da faller prisincentivet bort.

    Medlemmet ser egen score og turdata i appen, kan bestride registreringer og velge fastpris uten score. GPS-spor brukes ikke til noe annet enn skade og bompenger/bøter; markedsføring er utelukket.
    """,
    (
        (
            "GPS-spor avslører bosted, arbeidssted, helsebesøk, religiøs praksis",
            "Høy",
            "Høy",
            "Kort lagring, grovere oppløsning etter 7 dager, tilgangsstyring",
        ),
        (
            "Feil i fartsgrensedata gir urettferdig høy pris eller egenandel",
            "Middels",
            "Middels",
            "Klageadgang, manuell vurdering ved skade",
        ),
        (
            "Automatiserte beslutninger om pris uten menneskelig kontroll",
            "Høy",
            "Middels",
            "Fastprisalternativ, forklaring av score",
        ),
        (
            "Utlevering til politi eller forsikring uten grunnlag",
            "Lav",
            "Høy",
            "Rutine, juridisk vurdering per forespørsel",
        ),
    ),
    (
        (
            "Anonymisering av GPS-spor umiddelbart etter turen",
            "nødvendig for å behandle skadesaker og bompengekrav",
        ),
    ),
    "Lokasjonsdata om mange medlemmer kombinert med prisfastsetting gir etter tiltak høy restrisiko.",
)

H_SELFIE = Topic(
    "H_SELFIE",
    "Registrering med selfie og førerkortkontroll (biometrisk sammenligning)",
    """
    Nye medlemmer skal registrere seg ved å ta bilde av førerkortet og en selfie-video. En tjeneste sammenligner ansiktet med førerkortbildet og kontrollerer at førerkortet er ekte. Ca. 2 000 registreringer per måned. Leverandør: Geonode Telematics GmbH via underleverandør for ID-kontroll i Nederland. Bilder slettes etter 30 dager, resultat lagres så lenge medlemskapet varer.
    """,
    """
    Kontroll av førerkort er påkrevd etter leieavtalen og forsikringen. Manuell kontroll i butikk er ikke mulig for en app-basert tjeneste. Alternativ: manuell videosamtale for dem som ikke vil bruke biometri.
    """,
    (
        ("Biometriske data lekker", "Lav", "Svært høy", "Sletting etter 30 dager, kryptering"),
        (
            "Feil avvisning av personer med eldre førerkortbilde",
            "Middels",
            "Middels",
            "Manuell kontroll ved avvisning",
        ),
    ),
    (("Kontroll ved første henting av bil", "krever bemanning vi ikke har"),),
    "Biometrisk sammenligning i stor skala gir høy restrisiko.",
)

# --- I: Lærloft AS (e-learning for schools, nb) ----------------------------------------------

I_ADAPT = Topic(
    "I_ADAPT",
    "Adaptiv læring og læringsanalyse i Lærloft Matte (produktutvikling)",
    """
    Lærloft Matte brukes av ca. 160 grunnskoler (1.–10. trinn). Skolene/kommunene er behandlingsansvarlige for bruken i undervisningen, og Lærloft er databehandler. Vi planlegger nå å bruke elevenes svardata på tvers av skolene til å trene en modell som tilpasser oppgavene til hver elev (adaptiv læring) og til å varsle læreren om elever som står i fare for å falle av. For treningen og utviklingen av modellen er Lærloft AS selv behandlingsansvarlig.

    Data: pseudonym elev-ID, trinn, skole, svar, tidsbruk per oppgave, hint brukt, mestringsnivå. Ikke navn eller fødselsnummer. Ca. 48 000 elever. Lagring i Edvance Cloud Oy (Finland) som databehandler. Treningsdata lagres 3 år; elevdata slettes når skolen avslutter avtalen.
    """,
    """
    Tilpasset opplæring er et krav i opplæringsloven, og lærere ber om bedre verktøy for å se hvem som trenger hjelp. En modell per skole er for lite data. Vi har vurdert syntetiske data, men de gjenspeiler ikke reelle feilmønstre.

    Skolene kan reservere seg mot at deres data brukes i trening. Varsler til lærer er forslag, ikke vurdering; det gis ingen karakterer. Foreldre informeres via skolen, og vi har laget tekst skolene kan bruke. Innsyn for elev og foresatte gjennom skolen.
    """,
    (
        (
            "Barn blir stemplet som svake tidlig, og det følger dem",
            "Middels",
            "Høy",
            "Ingen historikk vises ved skolebytte, varsler nullstilles hvert skoleår",
        ),
        (
            "Re-identifisering av elever fra pseudonyme data",
            "Lav",
            "Høy",
            "Ingen eksport, tilgang for 4 utviklere, logging",
        ),
        (
            "Uklart ansvar mellom skole og Lærloft",
            "Høy",
            "Middels",
            "Egen ansvarsmatrise i avtalen, informasjon til skolene",
        ),
        (
            "Elever med spesielle behov får dårligere tilpasning",
            "Middels",
            "Middels",
            "Evaluering sammen med PP-tjeneste i to kommuner",
        ),
    ),
    (
        (
            "Samtykke fra foresatte",
            "ikke egnet når skolen er ansvarlig og bruken er del av undervisningen; reservasjon for skolen i stedet",
        ),
    ),
    "Profilering av barn i stor skala gir høy restrisiko også etter tiltakene.",
)

I_PROCTOR = Topic(
    "I_PROCTOR",
    "Nettbasert prøvevakt med webkamera for heldigitale prøver",
    """
    Lærloft Prøve skal tilby prøvevakt: ved heldigitale prøver på ungdomstrinnet filmes eleven med webkamera og skjermen tas opp; en algoritme markerer mistenkelige hendelser som læreren kan se på etterpå. Opptak slettes etter 30 dager. Databehandler Edvance Cloud Oy.
    """,
    """
    Skoler ønsker heldigitale prøver hjemme ved fravær. Alternativet er utsatt prøve på skolen, som beholdes.
    """,
    (
        (
            "Filming i elevens hjem",
            "Høy",
            "Høy",
            "Bare ved prøver hjemme, informasjon til foresatte",
        ),
    ),
    (("Ingen automatisk markering", "gjør løsningen lite brukbar for lærer"),),
    "Kamera i hjemmet og automatisk markering gir høy restrisiko.",
)

# --- J: Småtroll Barnehagar AS (kindergarten chain, nn) -----------------------------------------

J_OBS = Topic(
    "J_OBS",
    "Digital observasjon og utviklingsoppfølging av barn (Småtroll Spor)",
    """
    Småtroll Barnehagar AS driv 24 private barnehagar i Vestland og Rogaland med om lag 1 700 barn. Vi skal ta i bruk modulen «Spor» i Barnehageappen: dei tilsette registrerer observasjonar av kvart barn (språk, motorikk, sosial utvikling, trivsel) med tekst, bilete og korte videoklipp, og appen lagar ein utviklingsprofil med «raudt/gult/grønt» samanlikna med alderstypisk utvikling. Profilen blir nytta i foreldresamtalar og som grunnlag for tilvising til PPT.

    Kjelder: tilsette, føresette (kan leggje til eigne observasjonar). Mottakarar: pedagogisk leiar, styrar, føresette for eige barn, PPT berre med samtykke frå føresette. Databehandlar: Barnehageappen AS, lagring i Noreg. Observasjonar blir sletta når barnet sluttar, med unntak av dokumentasjon som inngår i tilvising.
    """,
    """
    Rammeplanen krev at barnehagen følgjer med på utviklinga til kvart barn, og tidleg innsats krev at vi oppdagar behov tidleg. I dag blir observasjonar skrivne på papir og er vanskelege å følgje opp når barnet byter avdeling. Vi har valt bort automatisk analyse av video; berre dei tilsette vurderer.

    Fargekodinga er berre synleg for pedagogisk leiar og styrar. Føresette får innsyn i alt som er registrert om barnet og kan krevje retting. Video er avgrensa til 30 sekund og berre når føresette har samtykt.
    """,
    (
        (
            "Barn blir stempla tidleg, og profilen følgjer dei til skulen",
            "Middels",
            "Høg",
            "Ingen overføring til skule utan samtykke, sletting ved slutt",
        ),
        (
            "Bilete og video av andre barn kjem med i observasjonen",
            "Høg",
            "Middels",
            "Rutine for å ta bilete av eitt barn, sladding i appen",
        ),
        (
            "Tilsette har tilgang til barn dei ikkje arbeider med",
            "Middels",
            "Middels",
            "Tilgang per avdeling, logging",
        ),
        (
            "Datalekkasje hos leverandør",
            "Låg",
            "Høg",
            "Databehandlaravtale, ISO 27001, tofaktor for tilsette",
        ),
    ),
    (
        (
            "Fjerne fargekodinga heilt",
            "pedagogane meiner ho gjer det enklare å sjå kven som treng hjelp; blir evaluert etter eitt år",
        ),
    ),
    "Profilering av små barn med helse- og utviklingsopplysningar gir framleis høg risiko etter tiltaka.",
)

J_GPS = Topic(
    "J_GPS",
    "GPS-brikke på barn på tur",
    """
    På turar utanfor barnehagen skal barna ha på seg ein refleksvest med GPS-brikke, slik at dei tilsette ser kvar barna er på eit kart i appen. Posisjon blir berre registrert medan turen varer og blir sletta etter 24 timar. Leverandør og databehandlar er Barnehageappen AS.
    """,
    """
    Det har vore to tilfelle der barn har kome bort frå gruppa på tur. GPS kjem i tillegg til, ikkje i staden for, tilsyn frå vaksne. Føresette kan reservere barnet.
    """,
    (
        (
            "Tilsette stolar på GPS i staden for tilsyn",
            "Middels",
            "Høg",
            "Rutine: telling av barn som før",
        ),
    ),
    (("Kontinuerleg sporing i barnehagen", "ikkje naudsynt"),),
    "Sporing av barn gir høg risiko.",
)
