# ruff: noqa: E501
"""The twenty planned processings of blind18: two per sender, each in the sender's own language.

Every topic holds the substance a sender's documents draw on: what the processing is (``desc``),
why it is needed and proportionate with the safeguards (``nec``), the risks as
(risk, likelihood, consequence, measure) in the sender's own scale, measures considered but not
taken (``not_taken``), the residual risk that makes a prior consultation necessary (``residual``)
and how management reviewed and approved the assessment (``approval``). Texts are in the kit's
markup (blank line between blocks, ``- `` bullets). Organisations, people and numbers are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    summary: str
    desc: str
    nec: str
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: tuple[tuple[str, str], ...]
    residual: str
    approval: str


# --- A: Tindra Pay AS (fintech start-up, nb) -----------------------------------------------

A1 = Topic(
    key="A1",
    title="Tindra Kreditt – kredittvurdering basert på kontoinformasjon",
    summary="Delbetaling i nettbutikk der kredittvurderingen bygger på 12 måneders transaksjoner hentet fra kundens bank (PSD2) og en maskinlæringsmodell som avslår automatisk under en terskel.",
    desc="""
Tindra Kreditt er en delbetalingsløsning («kjøp nå, betal senere») for nettbutikker. Når kunden søker om kreditt, henter vi med kundens samtykke 12 måneders transaksjonshistorikk fra kundens bankkonto(er) gjennom vår egen kontoinformasjonstjeneste (PSD2). En maskinlæringsmodell kategoriserer transaksjonene (inntekt, faste utgifter, forbruk, gjeld, pengespill osv.) og beregner betjeningsevne og en risikoscore. Under en fastsatt terskel avslås søknaden automatisk, i en gråsone går den til manuell vurdering, over terskelen innvilges den.

- Omfang: ca. 40 000 søkere første år, de fleste 18–35 år; i snitt ca. 3 000 transaksjoner per søker.
- Opplysninger: navn, fødselsnummer, kontaktinformasjon, kontotransaksjoner med motpart og fritekst, opplysninger fra gjeldsregister og kredittopplysningsforetak.
- Transaksjonstekstene kan avsløre helse (apotek, klinikker), religion (gaver til menigheter), fagforeningsmedlemskap og politisk tilhørighet.
- Kilder: kunden, kundens bank via API, gjeldsregister, kredittopplysningsforetak.
- Mottakere: nettbutikken får bare svar ja/nei; inkassoselskap ved mislighold; Finanstilsynet ved tilsyn.
- Lagring: rå transaksjoner slettes etter 30 dager; avledede nøkkeltall lagres i kredittens løpetid pluss fem år.
- Informasjonssikkerhet: drift hos Nordsky Drift AS i Norge, kryptering i ro og under overføring, MFA, tilgang for fem personer i kredittteamet, full logging.
- Ansvar: Tindra Pay AS er behandlingsansvarlig; Nordsky Drift AS er databehandler for drift og lagring.
""",
    nec="""
Utlånsforskriften krever at vi vurderer kundens betjeningsevne. Transaksjonsdata gir et riktigere bilde enn selvrapporterte tall og hindrer at unge kunder får kreditt de ikke kan betjene. Med bare gjeldsregister og kredittscore ville mange unge uten kreditthistorikk blitt avslått, mens andre ville fått for mye.

- Dataminimering: bare 12 måneder; rå transaksjoner slettes etter 30 dager; kategoriene helse, religion, fagforening og politikk maskeres før modellen ser dataene.
- Behandlingsgrunnlag: art. 6 nr. 1 bokstav b og c; for særlige kategorier som likevel hentes: uttrykkelig samtykke etter art. 9 nr. 2 bokstav a, med egen avkrysning.
- Automatiserte avgjørelser: art. 22 nr. 2 bokstav a; kunden kan kreve manuell vurdering og får de tre viktigste årsakene til avslaget.
- Informasjon og innsyn: lagdelt informasjon i søknadsflyten; «Min side» viser hvilke kontoer som er lest og når data slettes; samtykket kan trekkes i appen.
""",
    risks=(
        (
            "Transaksjonene avslører helse, religion eller fagforeningsmedlemskap",
            "Høy",
            "Høy",
            "Maskering av kategorier før modellen, sletting av rådata etter 30 dager",
        ),
        (
            "Feil avslag eller skjev behandling av grupper (alder, kjønn via stedfortredende variabler)",
            "Middels",
            "Høy",
            "Kvartalsvis skjevhetstest, manuell vurdering på forespørsel, begrunnelse til kunden",
        ),
        (
            "Uautorisert tilgang til eller lekkasje av transaksjonsdata",
            "Lav",
            "Høy",
            "Kryptering, MFA, tilgangslogg, penetrasjonstest før lansering",
        ),
        (
            "Kunden forstår ikke hva samtykket til kontoinformasjon innebærer",
            "Middels",
            "Middels",
            "Egen forklaringsside med eksempler, samtykket kan trekkes i appen",
        ),
        (
            "Dataene brukes senere til markedsføring",
            "Lav",
            "Høy",
            "Teknisk sperre mellom kreditt- og markedsdata, intern retningslinje",
        ),
    ),
    not_taken=(
        (
            "Analyse lokalt på kundens telefon slik at data ikke forlater enheten",
            "Teknisk umodent; vi trenger revisjonsspor for Finanstilsynet",
        ),
        (
            "Manuell behandling av alle søknader",
            "Ikke bærekraftig for små beløp (snitt 4 200 kr) og gir lengre ventetid uten bedre kvalitet",
        ),
    ),
    residual="Selv med maskering henter vi transaksjoner som kan avsløre særlige kategorier for et stort antall unge kunder, og avslag skjer automatisk. Restrisikoen er vurdert som høy.",
    approval="""
Styret i Tindra Pay AS behandlet DPIA-en i styremøte 10. november 2026, sak 7/2026. Head of Risk & Compliance presenterte funnene (risikotabellen og restrisikoen), personvernombudets skriftlige uttalelse og innspill fra kundepanelet (åtte kunder mellom 19 og 31 år som testet samtykkeflyten). Styret drøftet særlig maskeringen og den automatiske avslagsregelen.

Vedtak: «Styret godkjenner DPIA for Tindra Kreditt, tar restrisikoen til etterretning og ber administrasjonen be Datatilsynet om forhåndsdrøftelse før lansering.» Vedtaket var enstemmig. Protokollen er signert av styreleder Hilde Varden og daglig leder Amund Grøtta.
""",
)

A2 = Topic(
    key="A2",
    title="Tindra Trygg – atferdsbiometri og ansiktsverifisering mot svindel",
    summary="Svindelvern i Tindra-appen: atferdsbiometri (tastemønster, sveipemønster, enhetsdata) ved hver innlogging og selfie med ansiktssammenligning mot pass ved registrering og ved mistanke.",
    desc="""
Tindra Trygg skal stoppe kontoovertakelse og ID-tyveri i Tindra-appen. Løsningen har to deler:

- Ved registrering tar kunden bilde av pass eller førerkort og en selfie-video. Identa OÜ (Tallinn) sammenligner ansiktet med ID-dokumentet, sjekker at personen er levende og returnerer et resultat. Identa er vår databehandler for dette.
- Ved hver innlogging og betaling måler appen tasterytme, sveipemønster, hvordan telefonen holdes og enhetsdata. Dette sammenlignes med kundens egen profil, og avvik gir en risikoscore. Ved høy score må kunden ta ny selfie.
- Omfang: alle ca. 65 000 kunder; ca. 1,2 millioner innlogginger i måneden.
- Opplysninger: ID-dokument, ansiktsbilde og biometrisk mal (hos Identa i 30 dager), atferdsprofil (hos oss), enhets-ID, IP-adresse, grov lokasjon.
- Mottakere: Identa (databehandler), Nordsky Drift AS (drift), politiet ved anmeldelse av svindel.
- Lagring: ansiktsmal slettes etter 30 dager; atferdsprofilen så lenge kundeforholdet varer; hendelseslogg i fem år etter hvitvaskingsloven.
- Sikkerhet: profilen lagres som matematisk modell, ikke rådata; tilgang for svindelteamet (fire personer); kryptering, logging.
""",
    nec="""
Hvitvaskingsloven krever sikker identifisering av kunden. Kontoovertakelse var årsak til 61 % av tapene våre i 2026. Passord og engangskoder alene stopper ikke svindlere som har lurt kunden til å dele koden.

- Ansiktsverifisering brukes bare ved registrering og ved høy risikoscore, ikke ved hver innlogging.
- Atferdsprofilen kan ikke brukes til å identifisere kunden utenfor appen og deles ikke med andre.
- Kunden kan velge manuell identifisering med BankID og kopi av pass i stedet for selfie.
- Informasjon i appen før første bruk, og en side som viser hva som måles.
- Grunnlag: art. 6 nr. 1 bokstav c (hvitvaskingsloven) og f; for biometri art. 9 nr. 2 bokstav a (samtykke) med alternativ uten biometri.
""",
    risks=(
        (
            "Biometrisk mal kommer på avveie hos leverandør",
            "Lav",
            "Høy",
            "Sletting etter 30 dager, revisjon av Identa, kryptering",
        ),
        (
            "Kunder med funksjonsnedsettelse eller tremor feilmerkes som svindlere",
            "Middels",
            "Middels",
            "Alternativ verifisering, manuell oppfølging, terskeljustering",
        ),
        (
            "Kunden føler seg overvåket ved hver innlogging",
            "Middels",
            "Middels",
            "Tydelig informasjon, ingen måling utenfor appen",
        ),
        (
            "Ansiktsgjenkjenning fungerer dårligere for mørk hud",
            "Middels",
            "Høy",
            "Krav til leverandørens testresultater, manuell kontroll ved avvisning",
        ),
    ),
    not_taken=(
        (
            "Lagre ansiktsmalen permanent for raskere re-verifisering",
            "Forkastet av hensyn til dataminimering",
        ),
        (
            "Kun BankID uten atferdsbiometri",
            "Stopper ikke sosial manipulering der kunden selv logger inn for svindleren",
        ),
    ),
    residual="Biometri for 65 000 kunder og kontinuerlig atferdsanalyse gir høy restrisiko, særlig for sårbare kunder.",
    approval="""
Styret behandlet saken 10. november 2026 (sak 8/2026) etter presentasjon av DPIA-en, personvernombudets uttalelse og resultatene fra brukertest med seks kunder med synshemming og motoriske utfordringer. Styret ba om at alternativet uten biometri skulle være like lett å finne som selfie-løsningen.

Vedtak: «DPIA for Tindra Trygg godkjennes med den endringen som er nevnt. Administrasjonen ber Datatilsynet om forhåndsdrøftelse.»
""",
)

# --- B: Havbris Forsikring ASA (insurance, nb) -----------------------------------------------

B1 = Topic(
    key="B1",
    title="Automatisert svindelavdekking i skadeoppgjør",
    summary="En maskinlæringsmodell gir alle innmeldte skader en svindelscore; høye score sendes til spesialenheten, som også kan undersøke åpne kilder og nettverk mellom personer.",
    desc="""
Havbris Forsikring ASA ønsker å innføre en modell som automatisk vurderer alle innmeldte skader innen motor, bolig og reise for tegn på forsikringssvindel. Modellen gir hver skade en score fra 0 til 100. Skader med score over 80 stanses i automatisk utbetaling og overføres til selskapets spesialenhet for svindel (SIU), som gjør en manuell vurdering.

Behandlingens art og omfang: ca. 180 000 skademeldinger per år fra ca. 140 000 kunder og tredjeparter (vitner, motparter, verksteder). Modellen bruker skadehistorikk, opplysninger i skademeldingen (tid, sted, beløp, fritekst), polisedata, opplysninger fra bransjens felles skaderegister og nettverksanalyse av koblinger mellom personer, adresser, telefonnumre og kjøretøy. For skader som SIU undersøker, kan saksbehandler hente offentlig tilgjengelig innhold fra sosiale medier.

Formål: å avdekke svindel tidligere og redusere antall kunder som blir unødvendig mistenkt i manuelle kontroller.

Kilder og mottakere: kunden og tredjeparter, skaderegisteret, åpne kilder. Ved begrunnet mistanke kan opplysninger gis til politiet og, etter bransjeavtale, til andre forsikringsselskaper.

Ansvarsforhold: Havbris er behandlingsansvarlig. Skadedata Norden AB leverer og drifter modellen som databehandler (data lagres i Sverige).

Informasjonssikkerhet: pseudonymisering av treningsdata, rollebasert tilgang, logging av alle oppslag, kryptering, ISO 27001-sertifisert leverandør. Scorer lagres i tre år; saker uten funn slettes fra SIU etter seks måneder.
""",
    nec="""
Forsikringsselskapene har plikt til å kontrollere at utbetalinger er riktige, og svindel koster kundefellesskapet anslagsvis 4 % av premien. Dagens manuelle stikkprøver treffer dårlig: 7 av 10 kontrollerte saker er uten funn, og disse kundene opplever kontrollen som belastende.

Vi har vurdert at modellen er egnet (pilot på historiske data: treffsikkerhet 0,82) og at mindre inngripende alternativer (faste regler) gir flere falske treff. Følgende garantier er innført:

- Ingen kunde får avslag automatisk; modellen kan bare stanse utbetaling til manuell vurdering innen fem virkedager.
- Helseopplysninger fra reiseforsikring og fritekst brukes ikke i modellen.
- Sosiale medier undersøkes bare i SIU-saker, etter godkjenning fra leder, og bare offentlig innhold.
- Kunden informeres i vilkår og personvernerklæring, og får beskjed når saken er til kontroll.
- Innsyn i score og hovedfaktorer på forespørsel; klage til Finansklagenemnda.
- Grunnlag: art. 6 nr. 1 bokstav f og finansavtaleloven/forsikringsavtaleloven; straffbare forhold etter personopplysningsloven § 11.
""",
    risks=(
        (
            "Uriktig mistanke mot kunde, forsinket utbetaling",
            "4",
            "3",
            "Manuell vurdering, frist på fem dager, kundekontakt",
        ),
        (
            "Nettverksanalysen trekker inn uskyldige tredjeparter",
            "3",
            "4",
            "Terskel for koblinger, tredjeparter scores ikke, sletting etter seks måneder",
        ),
        (
            "Skjevhet mot bestemte postnummer eller grupper",
            "3",
            "4",
            "Årlig skjevhetsrevisjon, postnummer fjernet som variabel",
        ),
        (
            "Innsyn i sosiale medier går ut over formålet",
            "2",
            "4",
            "Leders godkjenning, logging, rutine",
        ),
        (
            "Overføring og lagring i Sverige, leverandørtilgang",
            "2",
            "3",
            "Databehandleravtale, EØS, revisjonsrett",
        ),
    ),
    not_taken=(
        (
            "Informere hver kunde om scoren i sanntid",
            "Vil gjøre det lett å tilpasse svindelforsøk; innsyn gis på forespørsel",
        ),
        (
            "Ekstern etisk vurdering av modellen før hver ny versjon",
            "Vurderes på nytt i 2027; intern modellkomité i dag",
        ),
    ),
    residual="Risikoene for uriktig mistanke og for tredjeparter i nettverksanalysen er redusert, men fortsatt høye (samlet score 12) på grunn av omfanget.",
    approval="""
Konsernledelsen i Havbris behandlet DPIA-en i møte 4. november 2026 (KL-sak 88/2026). Personvernombudet og leder for skadeoppgjør presenterte sammendraget av vurderingen og de fem hovedrisikoene. Innspill fra kundepanelet, tillitsvalgte i skadeavdelingen og leverandøren var innhentet og ble lagt fram.

Konsernledelsen besluttet: «DPIA for automatisert svindelavdekking godkjennes. Restrisikoen er høy, og selskapet skal be Datatilsynet om forhåndsdrøftelse før modellen settes i produksjon.» Protokollen er signert av administrerende direktør Per Arne Solbakk.
""",
)

B2 = Topic(
    key="B2",
    title="Kjørestil – telematikkbasert bilforsikring",
    summary="Frivillig bilforsikring der app og OBD-brikke måler fart, akselerasjon, bremsing, tidspunkt og posisjon; en kjørestilscore styrer premien hver måned.",
    desc="""
Havbris vil tilby «Kjørestil», en bilforsikring der premien justeres månedlig ut fra hvordan bilen kjøres. Kunden installerer Havbris-appen og en OBD-brikke i bilen. Appen og brikken registrerer fart, akselerasjon, harde oppbremsinger, tidspunkt på døgnet, mobilbruk under kjøring og GPS-posisjon hvert femte sekund under tur.

- Omfang: målgruppe 18–25 år; anslått 12 000 kunder de tre første årene, ca. 30 millioner målepunkter per måned.
- Rådata går til Telemetrika AS (databehandler), som beregner en kjørestilscore per tur. Havbris mottar bare scoren og antall kjørte kilometer.
- Posisjonsdata brukes til å vurdere fart mot fartsgrense og til å bistå ved skade (rekonstruksjon av hendelsesforløp) når kunden ber om det.
- Andre som kjører bilen (familie, venner) registreres også, uten at de selv har avtale med oss.
- Mottakere: kunden (app), Havbris (score), ved skade skadebehandler; ikke andre.
- Lagring: rådata 90 dager, scorer i avtaletiden, skadehendelser etter foreldelsesfristen.
- Sikkerhet: kryptert overføring, brikken sender ikke når bilen står, tilgangsstyring hos Telemetrika, årlig revisjon.
""",
    nec="""
Premien skal bygge på faktisk risiko, og unge sjåfører med trygg kjørestil betaler i dag mye for andres skader. Kjørestil er frivillig; vanlig bilforsikring tilbys uten telematikk.

- Posisjon hvert femte sekund er det laveste som gir pålitelig fartsmåling mot fartsgrense; kjørte ruter vises ikke for Havbris.
- Kunden kan pause målingen («passasjer-modus»), men pausede turer teller ikke med i rabatten.
- Premien kan bare gå ned (maks 35 % rabatt), aldri opp, sammenlignet med ordinær premie.
- Andre sjåfører skal informeres av kunden; appen har en delbar informasjonsside.
- Grunnlag: art. 6 nr. 1 bokstav b; ingen særlige kategorier.
""",
    risks=(
        (
            "Kartlegging av bevegelsesmønster (bosted, arbeid, vaner)",
            "3",
            "4",
            "Rådata bare hos Telemetrika, 90 dagers sletting, Havbris får kun score",
        ),
        (
            "Andre sjåfører overvåkes uten å vite det",
            "4",
            "3",
            "Informasjonsside, varsel i bil via brikke",
        ),
        (
            "Press på unge kunder til å velge overvåking for å få råd",
            "3",
            "3",
            "Kun rabatt, ordinær premie uendret",
        ),
        (
            "Politiet eller andre ber om posisjonsdata",
            "2",
            "4",
            "Utlevering bare ved kjennelse, rutine",
        ),
    ),
    not_taken=(
        (
            "Beregne scoren lokalt i appen",
            "Brikken har ikke kapasitet; vurderes i neste generasjon",
        ),
        ("Tillate at premien også kan øke", "Forkastet: for inngripende og skaper press"),
    ),
    residual="Kontinuerlig posisjonssporing av unge sjåfører og av tredjeparter gir høy restrisiko selv etter tiltakene.",
    approval="""
Konsernledelsen behandlet DPIA-en 18. november 2026 (KL-sak 93/2026). Sammendraget av funnene ble presentert av produktansvarlig og personvernombudet, sammen med resultater fra fokusgrupper med 14 unge sjåfører og innspill fra Telemetrika.

Vedtak: «Konsernledelsen godkjenner DPIA for Kjørestil og slutter seg til at Datatilsynet skal konsulteres før lansering.» Signert av administrerende direktør Per Arne Solbakk.
""",
)

# --- C: Bytorget Handel AS (retail chain, loyalty programme, nb; slide style) ---------------

C1 = Topic(
    key="C1",
    title="Personlige priser i Bytorget Pluss",
    summary="Medlemmer i kundeprogrammet får egne priser og tilbud beregnet ut fra kjøpshistorikk.",
    desc="""
- 1,9 mill. medlemmer i Bytorget Pluss, 160 butikker + netthandel
- Nytt: individuelle priser og tilbud i appen, beregnet ukentlig
- Datagrunnlag: kjøpshistorikk 24 mnd (vare, tid, butikk), alder, postnummer, husstand
- Modell (Innsikt Analyse AS, databehandler) lager segmenter og prisforslag
- Kjøp kan avsløre helse (diabetesprodukter, graviditetstester), religion (halal) og livssituasjon
- Mottakere: kun Bytorget og Innsikt; ingen deling med leverandører
- Lagring: 24 mnd rullerende; drift i Norge; tilgang for 6 analytikere
""",
    nec="""
- Mål: gi medlemmer bedre tilbud og redusere matsvinn
- Generelle medlemstilbud fungerer dårlig (3 % innløsning)
- Sensitive varegrupper holdes utenfor modellen (svarteliste, 140 varekategorier)
- Personlige priser kan bare være lavere enn hyllepris
- Frivillig: «Personlige tilbud» kan slås av i appen, medlemskapet gjelder fortsatt
- Informasjon: egen side «Slik lages dine tilbud»
- Innsyn: medlem kan se segmentene sine i appen
""",
    risks=(
        (
            "Sensitive forhold utledes av handlemønster",
            "Middels",
            "Høy",
            "Svarteliste for varegrupper, kontroll hvert kvartal",
        ),
        (
            "Prisdiskriminering av grupper",
            "Middels",
            "Middels",
            "Kun rabatt under hyllepris, skjevhetstest",
        ),
        (
            "Medlemmer skjønner ikke hvorfor de får ulike priser",
            "Høy",
            "Middels",
            "Forklaring i appen",
        ),
        (
            "Datalekkasje fra analyseplattform",
            "Lav",
            "Høy",
            "Kryptering, tilgangsstyring, revisjon",
        ),
    ),
    not_taken=(
        ("Bare tilbud på kategori-nivå (ikke individuelt)", "Gir for lite verdi til medlemmene"),
        ("Samtykke for hver varegruppe", "For komplisert for medlemmene"),
    ),
    residual="Restrisiko høy: profilering av 1,9 mill. personer, utledning av sensitive forhold kan ikke utelukkes helt",
    approval="""
- Ledergruppen 12.11.2026, sak 44/26
- Presentert: DPIA-funn, risikobilde, innspill fra medlemspanel (20 medlemmer) og personvernombud
- Beslutning: DPIA godkjent, restrisiko akseptert forutsatt forhåndsdrøftelse
- Signert: administrerende direktør Randi Kolstad
""",
)

C2 = Topic(
    key="C2",
    title="Smart butikk – posisjon i butikk og kamerastatistikk koblet til appen",
    summary="Bluetooth-sendere og takkameraer i 12 pilotbutikker kobler medlemmets posisjon i butikken til tilbud i appen.",
    desc="""
- Pilot i 12 butikker, ca. 180 000 medlemmer med appen
- Bluetooth-sendere (Sonar Retail Tech ApS, databehandler) registrerer hvilke hyller appen passerer
- Takkameraer teller personer og lager varmekart; ansikter blurres i kameraet
- Kobling: app-økt + varmekart → tilbud i appen mens kunden står ved hyllen
- Data: app-ID, posisjon i butikk hvert 2. sek, tidspunkt, kjøp
- Lagring: posisjon 14 dager, aggregerte kart 2 år
- Ansatte blir også fanget av kamera (aggregert, ikke identifisert)
""",
    nec="""
- Formål: bedre butikkoppsett og relevante tilbud
- Posisjon samles kun når kunden har slått på «Butikkmodus» i appen
- Kamera lagrer ikke bilder, bare tellinger
- Skilt ved inngang + varsel i appen første gang
- Kan slås av når som helst; ingen ulemper for medlemskap
- Tillitsvalgte orientert om kamera (ansatte)
""",
    risks=(
        (
            "Detaljert atferdsprofil i butikk",
            "Middels",
            "Høy",
            "Kun med Butikkmodus på, 14 dagers sletting",
        ),
        ("Kunden opplever seg overvåket", "Høy", "Middels", "Skilt, varsel i app, enkel av-knapp"),
        (
            "Ansatte kartlegges via kamera",
            "Lav",
            "Middels",
            "Aggregering, avtale med tillitsvalgte",
        ),
        (
            "Leverandør i Danmark får tilgang til data",
            "Lav",
            "Middels",
            "Databehandleravtale, EU/EØS",
        ),
    ),
    not_taken=(
        ("Ansiktsgjenkjenning for å kjenne igjen medlemmer", "Forkastet – for inngripende"),
        ("Alltid på (uten Butikkmodus)", "Forkastet"),
    ),
    residual="Restrisiko høy pga. omfang og kombinasjon av posisjon og kjøp",
    approval="""
- Ledergruppen 26.11.2026, sak 47/26
- Presentert: DPIA, piloterfaringer, innspill fra tillitsvalgte og medlemspanel
- Beslutning: pilot godkjent under forutsetning av forhåndsdrøftelse
- Signert: Randi Kolstad, adm. dir.
""",
)

# --- D: Nordvegen Logistikk AS (logistics, driver telematics, nb) ---------------------------

D1 = Topic(
    key="D1",
    title="Førerkamera med tretthets- og distraksjonsvarsling",
    summary="Kamera rettet mot sjåføren i 420 lastebiler; programvare oppdager lukkede øyne, mobilbruk og blikk bort fra veien og lagrer 10-sekunders klipp av hendelser.",
    desc="""
Nordvegen Logistikk AS vil montere et førerkamera i alle 420 lastebiler. Kameraet er rettet mot sjåføren og analyserer ansikt og hode i sanntid for tegn på tretthet (lukkede øyne, gjesping, hodefall) og distraksjon (mobilbruk, blikk bort fra veien). Ved hendelse får sjåføren lyd- og lysvarsel i førerhuset, og et videoklipp på 10 sekunder (5 før og 5 etter) lastes opp til flåteportalen.

- Berørte: ca. 600 fast ansatte sjåfører og ca. 150 innleide; passasjerer i førerhuset kan også filmes.
- Opplysninger: videoklipp av ansikt, hendelsestype, tidspunkt, GPS-posisjon, kjøretøy, sjåførens ID (fra sjåførkort).
- Kontinuerlig analyse skjer i kameraet; bare hendelser lagres og sendes.
- Hvem ser klippene: sjåførens nærmeste leder og HMS-avdelingen. Klipp brukes til veiledning, ikke til disiplinærsaker, unntatt ved grov uaktsomhet.
- Lagring: klipp slettes etter 30 dager hvis ikke knyttet til en ulykke.
- Kilder: kameraet og fartsskriveren; mottakere internt; forsikringsselskap og politi ved ulykke.
- Ansvar: Nordvegen er behandlingsansvarlig. Kamera og portal leveres av en ekstern leverandør.
- Sikkerhet: kryptert opplasting, tilgangsstyring per region, logging av alle avspillinger.
""",
    nec="""
Vi hadde 9 utforkjøringer i 2025 der tretthet var medvirkende årsak. Arbeidsmiljøloven og vegtrafikklovgivningen pålegger oss å forebygge slike ulykker. Kjøre- og hviletidsregler og kurs har ikke vært nok.

Vi mener tiltaket er forholdsmessig fordi analysen skjer lokalt, bare hendelser lagres, og fordi varselet i førerhuset er hovedformålet – ikke kontroll. Kontrollpartene er at sjåføren selv kan se alle egne klipp, at tillitsvalgte har deltatt i utformingen, og at bruk i personalsaker er sterkt begrenset. Kameraet har en personvernknapp for pause under hviletid når bilen står stille. Behandlingsgrunnlag: art. 6 nr. 1 bokstav c og f og arbeidsmiljøloven kap. 9 (kontrolltiltak), drøftet med tillitsvalgte 15. oktober 2026.
""",
    risks=(
        (
            "Følelse av konstant overvåking, stress",
            "3",
            "3",
            "Ingen kontinuerlig opptak, sjåføren ser egne klipp, personvernknapp",
        ),
        (
            "Klipp brukes i disiplinærsaker utover det avtalte",
            "2",
            "4",
            "Avtale med tillitsvalgte, logging, revisjon hvert halvår",
        ),
        (
            "Feilvarsler (f.eks. solbriller) gir urettferdig oppfølging",
            "3",
            "2",
            "Menneskelig gjennomgang før samtale",
        ),
        (
            "Uvedkommende får tilgang til klipp",
            "2",
            "4",
            "Tilgangsstyring per region, kryptering, logg",
        ),
        (
            "Passasjerer og tredjeparter filmes",
            "2",
            "2",
            "Instruks om passasjerer, varselsklistremerke",
        ),
    ),
    not_taken=(
        (
            "Bare varsel i førerhuset, ingen opplasting",
            "Vurdert, men vi trenger klipp til å forbedre rutiner og ved ulykker",
        ),
        ("Helt anonymiserte klipp", "Ikke teknisk mulig med dagens kamera"),
    ),
    residual="Systematisk kameraovervåking av ansattes ansikter i arbeidstiden gir høy restrisiko selv med tiltakene.",
    approval="""
Styret behandlet saken 12. november 2026, sak 23/2026. HMS- og kvalitetssjefen la fram DPIA-en med sammendrag av funn. Uttalelse fra tillitsvalgte (Yrkestrafikkforbundet og Fagforbundet) og fra verneombudet var vedlagt saken. Styret vedtok: «DPIA for førerkamera godkjennes. Administrasjonen ber om forhåndsdrøftelse hos Datatilsynet før utrulling.»
""",
)

D2 = Topic(
    key="D2",
    title="Sjåførscore – telematikk i bonusordning og oppfølging",
    summary="Telematikkdata (fart, bremsing, tomgang, rute og GPS hvert 30. sekund) gir hver sjåfør en månedlig score som brukes i bonus og oppfølgingssamtaler.",
    desc="""
Alle lastebiler har telematikkenhet. Vi vil nå bruke dataene til en individuell sjåførscore. Scoren beregnes hver måned ut fra fartsoverskridelser, harde oppbremsinger, tomgangskjøring, drivstofforbruk og overholdelse av planlagt rute. GPS-posisjon registreres hvert 30. sekund, også under pauser og døgnhvil i bilen.

- Berørte: ca. 600 sjåfører.
- Bruk: kvartalsvis bonus (opptil 6 000 kr), rangering innen region, oppfølgingssamtale ved lav score.
- Data lagres i telematikkplattformen og i vårt lønnssystem (bonusgrunnlag).
- Tilgang: nærmeste leder (egen region), HMS, lønn (bare bonus).
- Lagring: posisjonsdata 6 måneder, score 3 år.
- Sikkerhet: tilgangsstyring, logging, kryptert overføring.
""",
    nec="""
Formålet er tryggere kjøring og lavere utslipp. En score gir sjåførene mulighet til å se egen utvikling. Vi vurderte anonym statistikk per region, men da får den enkelte ingen tilbakemelding. Posisjon under døgnhvil er nødvendig fordi bilen står på ulike steder (sikring av last), men vises ikke for ledere. Rangeringen vises bare med egne resultat, ikke andres navn. Avtale med tillitsvalgte om bruk, og sjåføren kan klage på scoren.
""",
    risks=(
        (
            "Detaljert kartlegging av sjåførens bevegelser også i fritid/hvile",
            "3",
            "4",
            "Skjuling av posisjon under hvile for ledere, 6 mnd sletting",
        ),
        ("Press og konkurranse mellom sjåfører", "3", "3", "Ingen offentlig rangering"),
        ("Scoren er urettferdig pga. rute og vær", "3", "3", "Justering for rutetype, klageadgang"),
        ("Bruk i oppsigelsessaker", "2", "4", "Avtale med tillitsvalgte"),
    ),
    not_taken=(
        ("Frivillig deltakelse", "Vurdert – gir skjevt grunnlag for bonus"),
        ("Posisjon bare hvert 5. minutt", "Gir ikke brukbare fartsdata"),
    ),
    residual="Restrisikoen ved kombinasjonen av kontinuerlig posisjon og lønnsvirkning er høy.",
    approval="""
Styret behandlet DPIA-en 12. november 2026, sak 24/2026, etter presentasjon fra HMS- og kvalitetssjef og HR. Tillitsvalgtes skriftlige innspill lå ved. Vedtak: «DPIA godkjennes. Administrasjonen ber om forhåndsdrøftelse.»
""",
)

# --- E: Kraftverket Trening AS (gym chain) via Advokatfirmaet Lunde Aas AS (nb) -------------

E1 = Topic(
    key="E1",
    title="Ansiktsgjenkjenning ved inngang",
    summary="Frivillig adgang med ansiktsgjenkjenning i 38 treningssentre som alternativ til nøkkelkort.",
    desc="""
Kraftverket Trening AS driver 38 treningssentre med ca. 210 000 medlemmer, hvorav ca. 9 000 er 16–17 år. Kraftverket ønsker å tilby adgang med ansiktsgjenkjenning som alternativ til nøkkelkort og app. Medlemmer som velger det, registrerer et bilde i appen. Bildet omgjøres til en biometrisk mal som lagres sentralt. Ved inngangen tar et kamera bilde av personen i sluseområdet og sammenligner malen mot alle registrerte maler for senteret (1:N).

- Opplysninger: biometrisk mal, medlemsnummer, senter, tidspunkt for besøk, bilde ved mislykket gjenkjenning (24 timer).
- Kilder: medlemmet selv (app), kamera ved inngang.
- Mottakere: ingen utenfor selskapet og leverandøren.
- Leverandøren Ansikt ID Solutions AB (Malmö) drifter malregisteret og gjenkjenningen som databehandler; data lagres i Sverige.
- Lagring: malen slettes når medlemmet trekker samtykket eller avslutter medlemskapet, senest etter 30 dager.
- Kameraet ved inngangen fanger også personer som ikke har valgt ansiktsgjenkjenning; disse bildene forkastes straks.
- Sikkerhet: malene krypteres, kan ikke tilbakeføres til bilde, tilgangsstyring, logging.
""",
    nec="""
Hovedformålet er å hindre utlån av nøkkelkort (vi anslår 6–8 % misbruk) og å gjøre innpassering på ubemannede tider enklere. Vi har vurdert at nøkkelkort med PIN og stikkprøvekontroller er mindre inngripende, men at disse ikke har redusert misbruket.

- Frivillig: nøkkelkort og app-kode videreføres uten ekstra kostnad; ingen fordeler knyttet til ansiktsgjenkjenning.
- Samtykke etter art. 9 nr. 2 bokstav a, eget samtykke i appen, lett å trekke.
- Medlemmer under 18 år får ikke tilbudet.
- Kameraet er plassert i sluseområdet og dekker ikke treningsarealer.
- Informasjon ved inngang og i appen; innsyn og sletting via appen.
""",
    risks=(
        (
            "Biometriske maler kommer på avveie",
            "Lav",
            "Svært høy",
            "Kryptering, separat lagring, revisjon hos leverandør",
        ),
        (
            "Personer uten samtykke behandles ved inngang",
            "Høy",
            "Middels",
            "Straks-forkasting, skilting",
        ),
        (
            "Samtykket er ikke reelt frivillig (kø, press)",
            "Middels",
            "Middels",
            "Likeverdig alternativ, ingen fordeler",
        ),
        (
            "Feilgjenkjenning gir adgang til feil person",
            "Lav",
            "Middels",
            "Terskel, manuell kontroll ved varsling",
        ),
    ),
    not_taken=(
        ("1:1-verifisering med kort + ansikt", "Fjerner brukervennligheten som er formålet"),
        ("Lagring av mal bare på medlemmets telefon", "Ikke støttet av leverandørens løsning"),
    ),
    residual="Behandling av biometri i stort omfang og behandling av forbipasserende ved inngang gir fortsatt høy risiko.",
    approval="""
Styret i Kraftverket Trening AS behandlet DPIA-en i styremøte 6. november 2026, sak 5/26. Driftsdirektør og personvernombud presenterte funn og restrisiko. Innspill fra medlemsundersøkelse (2 400 svar) og fra leverandøren ble lagt fram. Vedtak: «Styret godkjenner vurderingen og ber om at Datatilsynet konsulteres før innføring.» Protokollen er signert av styreleder Bente Mørk.
""",
)

E2 = Topic(
    key="E2",
    title="KroppsScan – 3D-skanning og helseopplysninger i treningsappen",
    summary="3D-kroppsskanner i 20 sentre, helseskjema og pulsdata fra klokke samles i appen for personlige treningsprogram.",
    desc="""
Kraftverket vil installere 3D-kroppsskannere i 20 sentre. Skanneren lager en 3D-modell av kroppen og beregner kroppsmål, fettprosent og holdning. Resultatet kobles i appen med et helseskjema (sykdommer, skader, medisinbruk, graviditet) og pulsdata fra medlemmets klokke. Personlige trenere bruker dette til treningsprogram.

- Omfang: anslagsvis 40 000 medlemmer i løpet av to år.
- Opplysninger: 3D-modell (uten ansikt), kroppsmål, helseskjema, pulsdata, treningslogg.
- Mottakere: personlig trener som medlemmet velger; ingen andre.
- Lagring: så lenge medlemmet bruker tjenesten, slettes 12 måneder etter siste bruk.
- Behandlingen skjer i Kraftverkets egen løsning; skannerne er kjøpt og drives av oss selv.
- Sikkerhet: kryptering, to-faktor for trenere, logg.
""",
    nec="""
Formålet er trygg og tilpasset trening, særlig for medlemmer med helseutfordringer. Tjenesten er frivillig og kostnadsfri. 3D-modellen lagres uten ansikt og hode. Helseskjemaet har bare felt som treneren trenger for å unngå skader. Medlemmet kan slette alt i appen og velger selv hvilken trener som får tilgang. Samtykke etter art. 9 nr. 2 bokstav a.
""",
    risks=(
        ("Helseopplysninger kommer på avveie", "Lav", "Høy", "Kryptering, to-faktor, logging"),
        (
            "Bruk i markedsføring (f.eks. slankeprodukter)",
            "Middels",
            "Høy",
            "Forbud i retningslinjer, teknisk skille",
        ),
        (
            "Trenere ser mer enn nødvendig",
            "Middels",
            "Middels",
            "Medlemmet velger trener, tidsbegrenset tilgang",
        ),
        (
            "Sårbare medlemmer (spiseforstyrrelser) påvirkes negativt",
            "Middels",
            "Høy",
            "Fettprosent skjules som standard",
        ),
    ),
    not_taken=(
        ("Lagre skanning bare lokalt på skanneren", "Trenere må kunne se utvikling over tid"),
        ("Legevurdering av helseskjema", "For kostbart"),
    ),
    residual="Helseopplysninger i stort omfang kombinert med kroppsbilder gir høy restrisiko.",
    approval="""
Styret behandlet DPIA-en 6. november 2026, sak 6/26, etter presentasjon fra driftsdirektøren. Innspill fra trenerne, fra en ernæringsfysiolog og fra medlemspanelet var innhentet. Vedtak: «DPIA for KroppsScan godkjennes; saken legges fram for Datatilsynet for forhåndsdrøftelse.»
""",
)

# --- F: Fjellsida burettslag (housing cooperative, nn) ---------------------------------------

F1 = Topic(
    key="F1",
    title="Kameraovervaking av fellesareal",
    summary="Kamera i garasjeanlegget, ved fire inngangsparti, i søppelhuset og sykkelboda, med opptak i sju dagar.",
    desc="""
Fjellsida burettslag har 186 bustader i fire blokker. Styret vil setje opp 14 kamera: 6 i garasjeanlegget (to plan), 4 ved inngangsdørene, 2 i søppelhuset og 2 i sykkelboda. Kameraa tek opp heile døgnet. Opptaka blir lagra i sju dagar i ei skyteneste hos Trygg Port Sikring AS, som set opp og driv anlegget for oss (databehandlar), og blir sletta automatisk etterpå.

- Kven blir filma: ca. 420 bebuarar, born og unge, gjester, handverkarar, avislevering og folk som går forbi.
- Berre to styremedlemer og vaktselskapet kan sjå opptak, og berre etter ei hending (innbrot, hærverk, brann). Vi loggfører kven som har sett kva.
- Opptak kan bli gitt til politiet når vi melder eit lovbrot.
- Kamera ved inngangane er vinkla slik at dei ikkje ser inn i vindauge eller på balkongar.
- Ingen lyd, ingen sanntidsovervaking.
""",
    nec="""
Det har vore 14 innbrot i garasjen sidan januar 2025, to brannforsøk i søppelhuset og mykje hærverk i sykkelboda. Vi har prøvd betre lys, nye låsar og vaktrundar. Det hjelpte lite. Generalforsamlinga bad styret om å sjå på kamera (sak 6, 2026).

Vi har valt minst mogleg: sju dagar lagring, ikkje overvaking av leikeplassen, ikkje kamera i trappeoppgangar. Skilt ved alle inngangar. Bebuarane har fått informasjon i postkassa og på heimesida, og kan be om innsyn i opptak av seg sjølve. Grunnlag: art. 6 nr. 1 bokstav f og personopplysningslova § 31 og kap. 8 i forskrifta.
""",
    risks=(
        (
            "Styremedlemer ser opptak av naboar utan grunn",
            "Middels",
            "Høg",
            "Berre etter hending, to personar, logg",
        ),
        (
            "Kartlegging av kven som kjem og går (t.d. besøk)",
            "Middels",
            "Høg",
            "Ingen sanntid, sju dagar, ingen søk på personar",
        ),
        ("Born blir filma", "Høg", "Middels", "Ingen kamera ved leikeplass"),
        (
            "Opptak kjem på avvegar hos leverandør",
            "Låg",
            "Høg",
            "Avtale, kryptering, norsk datasenter",
        ),
    ),
    not_taken=(
        ("Kamera berre i garasjen", "Brannforsøka var i søppelhuset"),
        ("Sanntidsvakt", "For inngripande og for dyrt"),
    ),
    residual="Sjølv med tiltaka blir bebuarane filma kvar dag når dei kjem heim, og vi meiner risikoen framleis er høg.",
    approval="""
Styret handsama DPIA-en på styremøtet 28. oktober 2026, sak 31/26. Oddvar Nesheim la fram vurderinga med risikotabellen. Innspel frå bebuarmøtet 20. oktober (32 frammøtte) og frå personvernombodet til forretningsførar var lagde ved.

Vedtak: «Styret godkjenner vurderinga av personvernkonsekvensar for kameraovervaking. Styret ber om førehandsdrøfting med Datatilsynet før anlegget blir sett i drift.» Samrøystes. Protokollen er signert av alle fem styremedlemene.
""",
)

F2 = Topic(
    key="F2",
    title="Skiltgjenkjenning og elektroniske nøklar i garasjeanlegget",
    summary="Porten til garasjen opnar seg når eit registrert bilskilt blir kjent att; alle passeringar og alle bruk av elektroniske nøklar blir loggførte i 30 dagar.",
    desc="""
Styret vil byte ut fjernkontrollane til garasjeporten med skiltgjenkjenning. Eit kamera les bilskiltet, og porten opnar seg dersom skiltet er registrert på ein bebuar. Samstundes blir dei elektroniske nøklane til dørene loggførte. Trygg Port Sikring AS leverer og driv systemet (databehandlar).

- Registeret: bilskilt, namn, leilegheitsnummer, parkeringsplass (ca. 160 bilar).
- Gjester får mellombels registrering via styret.
- Loggen: skilt, tid, inn/ut, og kva nøkkel som opna kva dør. Lagra i 30 dagar.
- Bilete av skilt som ikkje er registrerte blir sletta etter 24 timar.
- Tilgang: to styremedlemer og Trygg Port ved feil.
""",
    nec="""
Fjernkontrollar blir lånte bort og kopierte, og framande bilar står i garasjen. Skiltgjenkjenning gjer det lettare å halde garasjen for bebuarane. Vi har vurdert at 30 dagar logg er nok til å følgje opp hendingar. Loggen skal ikkje brukast til å kontrollere bebuarane, berre ved innbrot eller skade. Bebuarane får informasjon og kan velje å behalde fjernkontroll i staden.
""",
    risks=(
        (
            "Loggen viser når folk kjem og går",
            "Høg",
            "Middels",
            "30 dagar, to personar, ingen rutinemessig gjennomgang",
        ),
        ("Feil skilt opnar port", "Låg", "Middels", "Kamera i tillegg til skilt, alarm"),
        ("Gjester blir registrerte utan å vite det", "Middels", "Låg", "Skilt ved innkøyring"),
    ),
    not_taken=(
        ("Ingen logg, berre opning", "Då kan vi ikkje følgje opp innbrot"),
        ("Lengre lagring (90 dagar)", "Ikkje naudsynt"),
    ),
    residual="Kombinasjonen av skilt og nøkkellogg gir ei oversikt over rørslene til kvar bebuar; vi vurderer risikoen som høg.",
    approval="""
Styret handsama saka 28. oktober 2026, sak 32/26, etter at styreleiaren la fram DPIA-en med innspel frå bebuarmøtet og personvernombodet. Vedtak: «Styret godkjenner DPIA-en for skiltgjenkjenning og ber om førehandsdrøfting.» Protokollen er signert av alle fem styremedlemer.
""",
)

# --- G: Tavla Læring AS (ed-tech SaaS, nb) ----------------------------------------------------

G1 = Topic(
    key="G1",
    title="Tavla Vakt – fjernovervåket eksamen med ansiktsverifisering",
    summary="Webkamera, mikrofon og skjermopptak under nettbaserte sertifiseringsprøver; ansiktsverifisering ved start og en AI-modell som flagger mistenkelig atferd for menneskelig vurdering.",
    desc="""
Tavla Læring AS arrangerer egne sertifiseringsprøver for voksne som tar våre kurs i regnskap, lønn og prosjektledelse (ca. 11 000 prøver i året). Prøvene tas hjemme. Tavla Vakt skal erstatte dagens fysiske prøvesteder.

- Ved start: kandidaten viser legitimasjon til kamera; ansiktet sammenlignes med bildet i legitimasjonen (1:1).
- Under prøven: webkamera, mikrofon og skjerm tas opp. En AI-modell fra ProctorVision Inc. (USA) flagger hendelser som flere ansikter, blikk bort fra skjermen, tale og nye faner.
- En sensor hos Tavla ser gjennom alle flagg før noe skjer. AI-modellen avgjør ingenting alene.
- Opplysninger: video og lyd fra kandidatens hjem, skjermbilder, ID-dokument, biometrisk mal (for verifiseringen), flagg og sensors vurdering.
- Mottakere: sensor, klagenemnd ved klage. Ingen arbeidsgivere.
- Lagring: opptak i 60 dager (klagefrist + behandling), biometrisk mal slettes etter prøven.
- Drift: Skyhavn AS (Norge) og ProctorVision Inc. (analyse, USA) er databehandlere; overføring til USA etter EU–US Data Privacy Framework.
- Sikkerhet: kryptering, tilgangsstyring, logg; ProctorVision mottar bare video uten navn.
""",
    nec="""
Fysiske prøvesteder er dyre og utelukker kandidater i distriktene og med omsorgsansvar. Sertifikatene har verdi bare hvis juks kan avdekkes.

- Alternativ: kandidaten kan fortsatt ta prøven fysisk i Oslo, Bergen eller Trondheim.
- Kandidaten viser rommet før start og kan sette opp kamera slik at minst mulig av hjemmet vises.
- Ingen automatiske avgjørelser: bare sensor kan annullere en prøve, etter å ha hørt kandidaten.
- Informasjon ved påmelding og øvingsprøve med samme overvåking.
- Grunnlag: art. 6 nr. 1 bokstav b; biometri art. 9 nr. 2 bokstav a med fysisk prøve som alternativ.
""",
    risks=(
        (
            "Opptak fra hjemmet viser familie, helse eller religion",
            "Middels",
            "Høy",
            "Kandidaten styrer kameravinkel, kort lagring",
        ),
        (
            "AI flagger feil (f.eks. ved nevrologiske tilstander)",
            "Middels",
            "Høy",
            "Sensor vurderer alle flagg, tilrettelegging",
        ),
        ("Overføring til USA", "Lav", "Høy", "DPF-sertifisering, pseudonymisering, ingen navn"),
        (
            "Ansiktsverifisering feiler oftere for mørk hud",
            "Middels",
            "Middels",
            "Manuell ID-kontroll som reserve",
        ),
    ),
    not_taken=(
        ("Kun skjermopptak uten video", "Avdekker ikke hjelp fra andre i rommet"),
        ("Leverandør i EU", "Ingen fant vi med tilsvarende modell"),
    ),
    residual="Video fra hjemmet og biometri for 11 000 kandidater i året gir høy restrisiko.",
    approval="""
Styret i Tavla Læring AS behandlet DPIA-en 17. november 2026 (sak 12/26) etter presentasjon fra Privacy Lead. Styret fikk sammendraget av funnene, resultatene fra en brukertest med 25 kandidater og innspill fra personvernombudet og fra kursdeltakernes representant. Vedtak: «Styret godkjenner DPIA-en og ber om forhåndsdrøftelse med Datatilsynet før lansering.» Signert av styreleder Ole Kristian Fagerli.
""",
)

G2 = Topic(
    key="G2",
    title="Frafallsvarsel – læringsanalyse for voksne kursdeltakere",
    summary="En modell bruker innlogginger, aktivitet, testresultater og forumtekster til å forutsi hvem som står i fare for å falle fra, og studieveiledere tar kontakt.",
    desc="""
Tavla har ca. 24 000 voksne kursdeltakere i året. Mange er finansiert av NAV eller arbeidsgiver. Frafallsvarsel beregner hver uke en risikoscore per deltaker ut fra innloggingstid, aktivitet i kursmoduler, resultater på tester og språklig analyse av innlegg i kursforumet (tegn på frustrasjon eller at man gir opp). Deltakere med høy score får tilbud om samtale med studieveileder.

- Opplysninger: bruks- og aktivitetslogg, testresultater, forumtekster, alder, kurs, finansieringskilde.
- Mottakere: studieveiledere; ikke NAV, ikke arbeidsgiver.
- Lagring: scorer slettes når kurset er avsluttet; logg 12 måneder.
- Drift: Skyhavn AS (databehandler, Norge).
- Sikkerhet: tilgangsstyring, logg, pseudonymisering i modelltrening.
""",
    nec="""
Frafallet er 31 %, og de som faller fra mister ofte støtte og tid. Tidlig kontakt har i pilot halvert frafallet. Finansieringskilde brukes ikke i modellen. Forumtekster analyseres bare for frustrasjonsord, ikke tema. Deltakeren kan reservere seg mot scoring uten konsekvenser. Scoren vises aldri for deltakeren eller for oppdragsgiver.
""",
    risks=(
        (
            "NAV eller arbeidsgiver får kjennskap til scoren",
            "Lav",
            "Høy",
            "Ingen deling, teknisk sperre",
        ),
        ("Deltakeren føler seg overvåket", "Middels", "Middels", "Informasjon, reservasjon"),
        (
            "Skjevhet mot eldre eller minoritetsspråklige",
            "Middels",
            "Middels",
            "Test av modell, manuell vurdering",
        ),
    ),
    not_taken=(
        ("Frivillig påmelding (opt-in)", "For få ville meldt seg på til at modellen fungerer"),
    ),
    residual="Profilering av mange deltakere i en sårbar situasjon gir fortsatt høy risiko.",
    approval="""
Styret behandlet DPIA-en 17. november 2026 (sak 13/26) etter presentasjon fra Privacy Lead, med innspill fra studieveilederne og tre deltakere. Vedtak: «DPIA-en godkjennes. Tavla ber om forhåndsdrøftelse.»
""",
)

# --- H: Brobygg Bemanning AS (staffing agency, nb) -------------------------------------------

H1 = Topic(
    key="H1",
    title="Kandidatmatching med AI og analyse av videointervju",
    summary="AI rangerer alle søkere mot oppdrag og analyserer innspilte videointervjuer; rekrutterer ser bare de 30 beste.",
    desc="""
Brobygg Bemanning AS får ca. 60 000 søknader i året. Vi vil ta i bruk en løsning der søkere registrerer CV i Rekrutta (vårt rekrutteringssystem) og svarer på fem spørsmål i et innspilt videointervju. HireLens Ltd (London) analyserer videoen (ordvalg, taletempo, ansiktsuttrykk er slått av) og gir en score for «kommunikasjon» og «motivasjon». Rekrutta rangerer søkerne mot hvert oppdrag. Rekrutterer ser de 30 høyest rangerte; andre kan hentes fram manuelt.

- Berørte: søkere, herunder mange med annen språkbakgrunn (ca. 35 %).
- Opplysninger: CV, video og lyd, transkripsjon, score, rangering.
- Mottakere: rekrutterer, kunden får bare CV og intervjunotat for foreslåtte kandidater.
- Lagring: video 6 måneder, CV 2 år med samtykke.
- Ansvar: Brobygg er behandlingsansvarlig; Rekrutta Systems AS og HireLens Ltd er databehandlere.
- Sikkerhet: kryptering, tilgangsstyring, logg.
""",
    nec="""
Manuell gjennomgang av alle søknader tar for lang tid, og gode kandidater mister vi til konkurrenter. Vi har slått av analyse av ansiktsuttrykk og følelser. Søkere kan velge skriftlig intervju i stedet for video. Rekrutterer tar alltid endelig beslutning. Søkere informeres ved søknad og kan be om manuell vurdering og få forklart rangeringen.
""",
    risks=(
        (
            "Diskriminering pga. språk, aksent eller alder",
            "Middels",
            "Høy",
            "Språkanalyse begrenset til innhold, kvartalsvis skjevhetstest",
        ),
        (
            "Søkere siles bort uten menneskelig vurdering",
            "Høy",
            "Høy",
            "Rekrutterer kan se alle; stikkprøver nederst på listen",
        ),
        ("Video kommer på avveie", "Lav", "Høy", "Kryptering, sletting etter 6 mnd"),
        (
            "Overføring til Storbritannia",
            "Lav",
            "Middels",
            "Adekvansbeslutning, databehandleravtale",
        ),
    ),
    not_taken=(
        ("Ingen rangering, bare filtrering på krav", "Gir for mange treff å gå gjennom"),
        ("Analyse av ansiktsuttrykk", "Forkastet – for inngripende og lite pålitelig"),
    ),
    residual="Automatisert siling av mange søkere gir høy restrisiko for diskriminering.",
    approval="""
Ledergruppen behandlet DPIA-en 3. november 2026 etter presentasjon fra HR-direktør og personvernombud, med innspill fra tillitsvalgte og en test med 40 søkere. Daglig leder Sverre Haugan godkjente vurderingen og beslutningen om å be om forhåndsdrøftelse.
""",
)

H2 = Topic(
    key="H2",
    title="Politiattest og helseopplysninger for vikarer i helsesektoren",
    summary="Et sentralt register over vikarenes politiattester, vaksinasjonsstatus og tuberkulosetester som deles med oppdragsgivere i sykehus og kommuner.",
    desc="""
Brobygg formidler ca. 1 800 sykepleiere og helsefagarbeidere til sykehus og kommuner. Oppdragsgiverne krever dokumentasjon av politiattest, vaksiner og tuberkulosetest (for personer fra land med høy forekomst). I dag sendes dette på e-post. Vi vil samle det i et register i Rekrutta med egen tilgang for oppdragsgiver.

- Opplysninger: politiattest (med eventuelle merknader), vaksinasjonsstatus, TB-testresultat, helseerklæring.
- Mottakere: oppdragsgiver for det aktuelle oppdraget (lesetilgang i 30 dager).
- Lagring: politiattest makulert etter kontroll, bare «kontrollert dato» lagres; helseopplysninger så lenge vikaren er aktiv.
- Drift: Rekrutta Systems AS (databehandler).
""",
    nec="""
Helsepersonelloven og oppdragsgivers krav gjør dokumentasjonen nødvendig. Et register er sikrere enn e-post. Vi lagrer ikke selve politiattesten. Oppdragsgiver ser bare det som gjelder eget oppdrag. Vikaren ser selv hva som er delt og med hvem.
""",
    risks=(
        (
            "Helseopplysninger deles med flere enn nødvendig",
            "Middels",
            "Høy",
            "Tilgang per oppdrag, 30 dager",
        ),
        (
            "Vikarer fra bestemte land stigmatiseres (TB-test)",
            "Middels",
            "Høy",
            "Bare resultat, ikke land",
        ),
        ("Lekkasje fra register", "Lav", "Høy", "To-faktor, logg"),
    ),
    not_taken=(
        ("Vikaren sender selv dokumentasjon til hver oppdragsgiver", "Mer usikkert og tregere"),
    ),
    residual="Sensitive opplysninger om 1 800 personer gjort tilgjengelig for mange eksterne gir høy restrisiko.",
    approval="""
Ledergruppen behandlet DPIA-en 10. november 2026. Personvernombudet og fagsjef helse presenterte funnene; innspill fra tillitsvalgte og to oppdragsgivere var innhentet. Daglig leder Sverre Haugan godkjente DPIA-en og at Datatilsynet skal konsulteres.
""",
)

# --- I: Flexibil Norge AS (car sharing, nb) --------------------------------------------------

I1 = Topic(
    key="I1",
    title="Kjøreatferd og risikoscore i delebilene",
    summary="GPS og akselerometer i 900 biler gir hver bruker en risikoscore; ved høy score får brukeren varsel, gebyr eller automatisk utestengelse.",
    desc="""
Flexibil Norge AS har 900 delebiler i Oslo og Bergen og ca. 85 000 aktive medlemmer. Bilene har en telematikkenhet fra Drivelog ApS (Aarhus) som registrerer posisjon hvert 10. sekund, fart, akselerasjon, bremsing og svingkrefter under hver tur. Drivelog beregner en risikoscore per tur og per medlem.

- Score over grense 1: varsel i appen. Grense 2: gebyr på 500 kr. Grense 3: automatisk utestengelse i 30 dager.
- Posisjon registreres også mellom turer (for å finne bilen).
- Opplysninger: medlems-ID, posisjon, tidspunkt, kjøredata, score, sanksjoner.
- Mottakere: Flexibil kundeservice, Drivelog (databehandler), politi/bomselskap ved forespørsel etter lov.
- Lagring: turdata 12 måneder, sanksjoner 3 år.
- Sikkerhet: kryptering, tilgangsstyring, logg; data i EU.
""",
    nec="""
Skader og farlig kjøring koster oss 9 mill. kroner i året og går ut over andre brukere. Posisjon er nødvendig for å finne bilene og fakturere. Scoren brukes bare på kjøremønster, ikke hvor man kjører. Utestengelse kan påklages, og kundeservice ser på klagen innen 48 timer. Brukerne får informasjon ved registrering og ser sin egen score.
""",
    risks=(
        (
            "Feil score (f.eks. glatt føre) gir urettmessig sanksjon",
            "Middels",
            "Middels",
            "Klage innen 48 t, justering for vær",
        ),
        (
            "Kartlegging av hvor medlemmer ferdes",
            "Middels",
            "Høy",
            "Posisjon ikke i score, 12 mnd sletting",
        ),
        (
            "Automatisk utestengelse uten menneske",
            "Høy",
            "Middels",
            "Klageadgang, manuell kontroll av sak",
        ),
    ),
    not_taken=(
        (
            "Manuell vurdering før utestengelse",
            "Vurdert, men gir for lang reaksjonstid ved farlig kjøring",
        ),
    ),
    residual="Automatiserte sanksjoner og posisjonsdata for 85 000 medlemmer gir høy restrisiko.",
    approval="""
Styret behandlet DPIA-en 19. november 2026 (sak 29/2026) etter presentasjon fra Head of Legal og personvernombudet; innspill fra brukerpanel og fra Drivelog var med. Vedtak: «DPIA godkjennes; Flexibil ber om forhåndsdrøftelse.» Signert av styreleder Cecilie Bratt.
""",
)

I2 = Topic(
    key="I2",
    title="ID-kontroll med selfie og ansiktssammenligning",
    summary="Ved registrering og tilfeldig før turer tar medlemmet en selfie som sammenlignes med førerkortet, for å hindre kontodeling og kjøring uten gyldig førerkort.",
    desc="""
Medlemmer registrerer førerkort og tar en selfie-video ved registrering. VeriFace OÜ (Tallinn) sjekker at førerkortet er ekte, at personen er levende, og sammenligner ansiktet med førerkortbildet. I tillegg ber appen om ny selfie før ca. 5 % av turene, tilfeldig valgt, og alltid før turer med varebil.

- Omfang: 85 000 medlemmer, ca. 25 000 kontroller i måneden.
- Opplysninger: førerkort (bilde, nummer, klasser), selfie, biometrisk mal, resultat.
- Lagring: mal slettes etter kontroll; førerkortdata i medlemstiden; resultat 12 måneder.
- Databehandler: VeriFace OÜ.
""",
    nec="""
Kontodeling og kjøring uten førerkort er årsak til en stor del av de alvorlige skadene våre, og forsikringsselskapet krever kontroll. Vi bruker 1:1-sammenligning, aldri søk mot andre. Medlemmet kan i stedet møte opp på kontoret med førerkort. Malen lagres ikke.
""",
    risks=(
        ("Feil avvisning", "Middels", "Middels", "Manuell kontroll i kundeservice"),
        ("Biometri hos leverandør", "Lav", "Høy", "Sletting etter kontroll, revisjon"),
        ("Følelse av mistenkeliggjøring", "Middels", "Lav", "Tilfeldig utvalg, informasjon"),
    ),
    not_taken=(("Kontroll før hver tur", "Forkastet – for inngripende"),),
    residual="Biometri i stort omfang gir høy restrisiko.",
    approval="""
Styret behandlet DPIA-en 19. november 2026 (sak 30/2026) etter presentasjon av funn og innspill fra brukerpanelet og forsikringsselskapet. Vedtak: «Godkjent. Det skal bes om forhåndsdrøftelse.» Signert av styreleder Cecilie Bratt.
""",
)

# --- J: Harrowgate Norway AS (subsidiary of Harrowgate Group plc, en) -------------------------

J1 = Topic(
    key="J1",
    title="Voice analytics in the Oslo customer support centre",
    summary="All calls are transcribed and scored for sentiment and compliance; agents get weekly quality scores used in coaching and performance reviews.",
    desc="""
Harrowgate Norway AS runs the Nordic customer support centre of Harrowgate Group (payroll and HR software for businesses). About 140 agents in Oslo handle around 45,000 calls a month from customers' employees and administrators.

- All calls are recorded (as today) and will now be transcribed and analysed by Sonalytics Inc. (Denver, USA), acting as processor.
- The analysis produces, per call, a sentiment score for caller and agent, detection of compliance phrases, silence and talk-over ratios, and topic tags.
- Per agent, a weekly quality score is calculated and shown to the team lead; it is used in coaching and is one input to the annual performance review.
- Data: audio, transcripts, scores, agent ID, caller phone number and customer account.
- Recipients: team leads, the quality team, the agent him- or herself.
- Retention: audio 90 days, transcripts 12 months, agent scores 24 months.
- Transfers: to the USA under the EU–US Data Privacy Framework; Sonalytics is certified.
- Security: encryption, SSO with MFA, role-based access, audit logs.
""",
    nec="""
Manual quality review covers less than 1 % of calls and is perceived as arbitrary by agents. Automated analysis gives a fairer and broader basis for coaching and helps detect incorrect advice to callers.

- Emotion detection from voice pitch has been switched off; only word-based sentiment is used.
- Scores are never used alone for dismissal or pay; a team lead must listen to the calls concerned.
- Agents see their own scores and the calls behind them and can comment.
- Callers are informed in the IVR message and can ask for the recording to be deleted.
- The works council (tillitsvalgte) was consulted under chapter 9 of the Working Environment Act.
- Legal basis: Art. 6(1)(f) for analysis; Art. 6(1)(b) for call handling.
""",
    risks=(
        (
            "Agents feel permanently monitored, stress",
            "Likely",
            "Significant",
            "Transparency, own access, no real-time monitoring",
        ),
        (
            "Scores used unfairly in performance reviews",
            "Possible",
            "Severe",
            "Human review mandatory, union agreement",
        ),
        (
            "Callers disclose health or other special data",
            "Likely",
            "Significant",
            "Redaction of keywords, 90-day audio retention",
        ),
        (
            "Transfer to the USA",
            "Unlikely",
            "Significant",
            "DPF certification, SCCs as fallback, encryption",
        ),
    ),
    not_taken=(
        ("Analysing a sample of calls only", "Rejected: too small a basis for fair scores"),
        ("Hosting the analysis in the EU", "Not offered by the vendor before 2028"),
    ),
    residual="Systematic monitoring of all agents' calls with effects on appraisal remains a high risk.",
    approval="""
The DPIA was reviewed by the board of Harrowgate Norway AS on 13 November 2026 (item 4/2026). The HR & Compliance Manager and the Group DPO presented the findings; the written statement of the works council and the results of a pilot with two teams were attached. Resolution: "The board approves the DPIA and instructs management to request prior consultation with Datatilsynet before go-live." Signed by chair Thomas Whitley and managing director Lars Henning Bøe.
""",
)

J2 = Topic(
    key="J2",
    title="Insider-risk monitoring on agent workstations",
    summary="Endpoint software logs application use, file movements, USB and e-mail attachments of all staff and captures screenshots when a risk rule fires; each employee gets a risk score.",
    desc="""
Support agents have access to payroll data of many of our customers' employees. To prevent data theft, Harrowgate Norway AS plans to deploy an insider-risk tool on all 165 workstations in Oslo.

- Logged: applications used, websites visited (domain only), file copies, uploads, USB use, printing, e-mail attachments to external addresses.
- When a rule fires (e.g. bulk export of payroll files), the tool captures screenshots for two minutes.
- A risk score per employee is calculated daily; scores above a threshold create a case for the security team.
- Data stays on servers owned and run by Harrowgate Norway AS in Oslo. No processors are used.
- Access: two security analysts; HR only when a case is opened.
- Retention: logs 90 days, cases 2 years.
""",
    nec="""
We process payroll data for 1.2 million employees of our customers and have had two incidents of employees exporting data. Less intrusive measures (DLP blocking, access reviews) are in place but do not detect misuse within granted access. Monitoring is limited to work devices and working tools; private use of devices is not allowed. Employees are informed, and the works council has agreed to the rules.
""",
    risks=(
        (
            "Chilling effect and distrust",
            "Likely",
            "Significant",
            "Transparency, no keystroke logging",
        ),
        (
            "Screenshots capture private information",
            "Possible",
            "Significant",
            "Only on triggered rules, two-minute window",
        ),
        ("Misuse of scores in HR matters", "Possible", "Severe", "HR access only with a case"),
    ),
    not_taken=(("Keystroke logging", "Rejected as disproportionate"),),
    residual="Continuous monitoring of all staff with risk scoring remains high risk.",
    approval="""
Reviewed by the board of Harrowgate Norway AS on 13 November 2026 (item 5/2026) with the Group DPO's opinion and the works council's statement. Resolution: "The DPIA is approved; prior consultation is to be requested." Signed by Thomas Whitley (chair).
""",
)

TOPICS = {
    t.key: t
    for t in (A1, A2, B1, B2, C1, C2, D1, D2, E1, E2, F1, F2, G1, G2, H1, H2, I1, I2, J1, J2)
}
