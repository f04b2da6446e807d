# ruff: noqa: E501
"""The twenty planned processings of blind13: two per sender, in the sender's language.

Every topic carries the substance of parts 2-4 (description, necessity and proportionality,
risks with measures) so that a sender's template can lay it out in its own words, or leave a
part out when a case says so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    title: str
    purpose: str
    desc: str  # nature, scope, context
    data: str  # categories, data subjects, volume
    flow: str  # sources, recipients, retention, security, responsibility
    nec: str  # necessity
    prop: str  # proportionality
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]  # risk, likelihood, consequence, measure
    not_taken: tuple[tuple[str, str], ...]  # measure considered, why not taken
    residual: str  # why the residual risk is still high


# --- A: Eidsvåg kommune (municipality) -------------------------------------------------------

A1 = Topic(
    title="Beslutningsstøtte for prioritering av bekymringsmeldinger i barnevernstjenesten",
    purpose="Raskere og mer ensartet prioritering av bekymringsmeldinger som kommer inn til barnevernstjenesten.",
    desc="Barnevernstjenesten mottar om lag 1 400 bekymringsmeldinger i året. Kommunen vil ta i bruk en regelbasert modul i fagsystemet som leser meldingen og tidligere saker på samme barn og foreslår en hastegrad (rød, gul, grønn). Forslaget vises for saksbehandleren, som alltid tar den endelige beslutningen innen fristen på én uke. Modulen lærer ikke av nye saker; reglene er satt opp av fagledelsen og versjonsstyres.",
    data="Barn og foreldre/omsorgspersoner i meldte saker, melder (ofte skole, helsestasjon, politi). Opplysninger om helse, rus, vold, straffbare forhold og familieforhold – særlige kategorier og opplysninger om straffedommer. Om lag 3 500 personer per år.",
    flow="Kilder: bekymringsmeldinger via skjema på nett og brev, tidligere saker i fagsystemet. Mottakere: kun saksbehandlere og ledere i barnevernstjenesten. Fagsystemet driftes av leverandøren i norsk datasenter. Hastegraden lagres i saken så lenge saken lagres (arkivloven). Barnevernsleder er ansvarlig for behandlingen; kommunedirektøren er behandlingsansvarlig.",
    nec="Barnevernsloven § 2-1 og § 2-2 pålegger kommunen å gjennomgå meldinger innen én uke og vurdere om de må prioriteres. Manuell gjennomgang i dag gir ulik praksis mellom saksbehandlere; revisjonen i 2025 fant tre meldinger som burde vært prioritert akutt. Et forslag til hastegrad er nødvendig for å fange disse raskere. Mindre inngripende alternativer (sjekkliste, opplæring) er prøvd og har ikke gitt nok effekt.",
    prop="Modulen bruker bare opplysninger kommunen allerede har i saken, gir kun forslag og overstyres av saksbehandleren. Familien får informasjon om at et verktøy er brukt og kan få innsyn i grunnlaget for forslaget. Modulen er avgrenset til mottaksfasen.",
    safeguards=(
        "menneskelig beslutning i alle saker, overstyring logges",
        "forklaring av hvilke regler som slo ut vises i saken",
        "kvartalsvis kontroll av skjevheter etter bydel og landbakgrunn",
        "tilgang kun for barnevernets ansatte, logg gjennomgås månedlig",
    ),
    risks=(
        (
            "Forslaget blir i praksis fasiten (automatiseringsskjevhet) og meldinger nedprioriteres feil",
            "Middels",
            "Svært høy",
            "opplæring, krav om begrunnelse ved enighet med grønn, stikkprøver",
        ),
        (
            "Skjevhet mot familier med innvandrerbakgrunn fordi tidligere saker vektes",
            "Middels",
            "Høy",
            "regler uten landbakgrunn, kvartalsvis skjevhetskontroll",
        ),
        (
            "Uberettiget tilgang til svært sensitive opplysninger",
            "Lav",
            "Svært høy",
            "tilgangsstyring, logging, tofaktor",
        ),
        (
            "Familien forstår ikke hvordan vurderingen er gjort",
            "Høy",
            "Middels",
            "informasjonsskriv og innsyn i regelutslag",
        ),
    ),
    not_taken=(
        (
            "Å skjule forslaget til saksbehandleren har konkludert selv",
            "gjør at verktøyet mister nytten i akuttsaker; vurdert, men forkastet",
        ),
    ),
    residual="Selv med tiltakene står risikoen for automatiseringsskjevhet igjen som høy, fordi konsekvensen av en feil nedprioritering kan bli alvorlig for barnet.",
)

A2 = Topic(
    title="Læringsanalyse i grunnskolen (adaptiv læringsplattform)",
    purpose="Tilpasset opplæring i matematikk og lesing for elever på 5.–10. trinn.",
    desc="Kommunen innfører en adaptiv læringsplattform i alle sju grunnskoler. Plattformen registrerer elevens svar, tidsbruk og feilmønstre og foreslår neste oppgave. Lærerne får et dashbord med mestringsnivå per elev og klasse. Rektor og skolefaglig rådgiver ser aggregerte tall per skole.",
    data="Om lag 2 100 elever og 180 lærere. Navn, klasse, svar, tidsbruk, mestringsnivå, eventuelle vedtak om spesialundervisning (for tilpasning av oppgavenivå).",
    flow="Kilder: Feide-innlogging, elevens aktivitet, skoleadministrativt system (klasse, vedtak). Mottakere: lærer, rektor, foresatte i foreldreportalen. Leverandøren er databehandler og lagrer i EU. Aktivitetsdata slettes ved skoleårets slutt, mestringsnivå ved endt grunnskole.",
    nec="Opplæringsloven krever tilpasset opplæring. Lærerne har i dag ikke oversikt over den enkelte elevs feilmønstre i store klasser. Plattformen er nødvendig for å gi hver elev oppgaver på riktig nivå.",
    prop="Det samles bare inn aktivitetsdata fra plattformen, ikke atferd utenfor. Mestringsnivået brukes ikke til karakterer. Foresatte informeres og kan se elevens data.",
    safeguards=(
        "ingen bruk til karaktersetting",
        "vedtak om spesialundervisning vises ikke i dashbordet",
        "foresatte har innsyn",
        "leverandøren får ikke bruke data til produktutvikling",
    ),
    risks=(
        (
            "Elever stemples ut fra mestringsnivå",
            "Middels",
            "Høy",
            "nivået vises kun for egen lærer, nullstilles hvert skoleår",
        ),
        (
            "Leverandøren bruker data til egne formål",
            "Lav",
            "Høy",
            "databehandleravtale med forbud, revisjon",
        ),
        (
            "Opplysning om spesialundervisning lekker til medelever",
            "Lav",
            "Høy",
            "skjules i grensesnittet",
        ),
        (
            "Føler seg overvåket, mindre frihet til å prøve og feile",
            "Høy",
            "Middels",
            "ingen tidsregistrering vist for elev, informasjon",
        ),
    ),
    not_taken=(("Anonym bruk uten innlogging", "gjør tilpasning umulig"),),
    residual="Risikoen for stigmatisering og følelsen av overvåking av barn over år vurderes fortsatt som høy.",
)

# --- B: Fjellklinikken Rehabilitering AS (private rehab clinic) ------------------------------

B1 = Topic(
    title="Sensorbasert fallvarsling med dybdekamera på pasientrom",
    purpose="Oppdage fall og uro om natten hos pasienter med hjerneslag eller hodeskade, slik at personalet kan rykke ut raskere.",
    desc="Klinikken vil montere dybdekamera (3D-sensor) i taket på 24 pasientrom. Sensoren lager et strekbilde av personen og varsler nattevakten på mobil ved fall, når pasienten forlater sengen eller ved langvarig urørlighet. Ved varsel kan vakten se et anonymisert strekbilde i 30 sekunder. Ingen lyd tas opp og det lagres ikke vanlige videobilder.",
    data="Inneliggende pasienter (ca. 600 per år), deres bevegelser og helsetilstand (fallrisiko), ansatte som går inn på rommet. Helseopplysninger etter artikkel 9.",
    flow="Kilder: sensoren, pasientjournal (fallrisikovurdering). Mottakere: nattevakt, avdelingssykepleier. Hendelseslogg (tid, type varsel) lagres i 3 måneder, varsler som fører til tiltak journalføres. Leverandøren drifter plattformen fra Sverige.",
    nec="Antall fall om natten har økt, og tre alvorlige fall i 2025 ble oppdaget først ved morgenrunden. Hyppigere tilsyn forstyrrer søvnen, som er viktig for rehabiliteringen. Sensoren er nødvendig for å kombinere trygghet og nattero.",
    prop="Strekbilde i stedet for video, kun ved varsel, kun for pasienter med dokumentert fallrisiko og samtykke fra pasient eller pårørende. Sensoren kan slås av fra rommet.",
    safeguards=(
        "individuell vurdering og samtykke før aktivering",
        "strekbilde, ingen video eller lyd",
        "visning bare ved varsel, 30 sekunder",
        "tydelig skilt og lampe som viser at sensoren er på",
    ),
    risks=(
        (
            "Pasienten opplever krenkelse av privatlivet på eget rom",
            "Høy",
            "Høy",
            "samtykke, av-knapp, strekbilde",
        ),
        (
            "Pasient med kognitiv svikt kan ikke samtykke gyldig",
            "Høy",
            "Høy",
            "vedtak etter pasient- og brukerrettighetsloven kap. 4A der det trengs",
        ),
        (
            "Sensoren brukes til å kontrollere ansatte",
            "Lav",
            "Middels",
            "avtale med tillitsvalgte, ingen rapporter per ansatt",
        ),
        (
            "Uautorisert tilgang til plattformen hos leverandør",
            "Lav",
            "Høy",
            "kryptering, tilgangsstyring, logg",
        ),
    ),
    not_taken=(("Full anonymisering uten rom-nummer", "gjør utrykning umulig"),),
    residual="Risikoen for krenkelse hos pasienter uten samtykkekompetanse står igjen som høy.",
)

B2 = Topic(
    title="Prediksjonsmodell for rehabiliteringsutfall basert på journaldata",
    purpose="Bedre planlegging av rehabiliteringsløp og mer treffsikker tildeling av liggetid.",
    desc="Klinikken vil trene en maskinlæringsmodell på journaldata fra 2018–2025 (ca. 5 000 pasienter) som forutsier sannsynlig funksjonsnivå etter fire uker. Prediksjonen vises for teamet ved innkomst og brukes som ett av flere momenter i planleggingen.",
    data="Tidligere og nye pasienter: diagnose, funksjonsmål, alder, kjønn, sosiale forhold, tidligere innleggelser.",
    flow="Kilder: pasientjournal. Treningsdata pseudonymiseres i et eget analysemiljø. Mottakere: behandlingsteamet. Modellen og treningsdata lagres i fem år for etterprøving.",
    nec="Pasientene får i dag liggetid etter erfaring, med stor variasjon. En modell er nødvendig for å bruke erfaringen fra tusenvis av tidligere løp systematisk.",
    prop="Pseudonymisering, ingen automatiske vedtak, pasienten informeres og kan be om at prediksjon ikke lages.",
    safeguards=(
        "pseudonymiserte treningsdata",
        "prediksjonen er bare veiledende",
        "reservasjonsrett",
        "faglig validering før bruk",
    ),
    risks=(
        (
            "Modellen gir dårligere prognose for eldre og fører til kortere tilbud",
            "Middels",
            "Høy",
            "skjevhetstest, teamet skal begrunne avvik",
        ),
        ("Reidentifisering av treningsdata", "Lav", "Høy", "pseudonymisering, lukket miljø"),
        (
            "Pasienter vet ikke at journalen brukes til modellen",
            "Høy",
            "Middels",
            "informasjon ved innkomst og på nettsiden",
        ),
    ),
    not_taken=(("Syntetiske data i stedet for reelle", "for dårlig modellkvalitet i pilot"),),
    residual="Risikoen for forskjellsbehandling av eldre pasienter vurderes som høy selv etter tiltak.",
)

# --- C: Kvarnholm Energi AB, Norway branch (Swedish utility) -----------------------------------

C1 = Topic(
    title="Smart-meter load profiling for flexibility offers",
    purpose="Offer customers paid demand-response agreements based on their actual consumption pattern.",
    desc="Kvarnholm will analyse 15-minute smart-meter readings of its 48,000 Norwegian household customers to build a load profile per household (heating, EV charging, presence at home). Customers whose profile fits will be offered a flexibility contract. The analysis runs monthly in our analytics platform.",
    data="Household customers and the people living with them: meter readings every 15 minutes, address, contract, inferred presence and habits (when people are home, sleep, travel).",
    flow="Sources: Elhub meter values, our customer system. Recipients: the flexibility team; aggregated data to the grid operator. Hosting: our processor's data centre in Frankfurt. Profiles are deleted 24 months after the customer leaves.",
    nec="Flexibility offers need the actual pattern of the household; surveys have proven unreliable. Hourly data do not show EV charging peaks.",
    prop="Only customers who have not objected are profiled; the profile is not used for marketing other products; customers can see their profile in the app.",
    safeguards=(
        "opt-out before the first profiling",
        "profiles visible to the customer",
        "no use for credit or pricing decisions",
        "pseudonymised analysis environment",
    ),
    risks=(
        (
            "Inferences about presence at home enable burglary if leaked",
            "Low",
            "High",
            "encryption, access control, no presence field exported",
        ),
        (
            "Customers feel watched in their own home",
            "High",
            "Medium",
            "transparency, opt-out, coarse categories",
        ),
        (
            "Function creep into pricing or debt collection",
            "Medium",
            "High",
            "purpose limitation in policy, audit",
        ),
    ),
    not_taken=(("Hourly instead of 15-minute data", "would not detect EV charging; rejected"),),
    residual="The inference of private life from consumption data remains high risk, as the data cover the whole household including children.",
)

C2 = Topic(
    title="Payment-risk scoring of new electricity customers",
    purpose="Decide whether a deposit or prepayment is required from new customers.",
    desc="New customers will be scored automatically when they sign up, using a credit reference from a Norwegian credit agency and our own payment history. A score below a threshold leads to a deposit requirement of up to NOK 3,000. A customer service agent reviews every refusal on request.",
    data="New private customers (about 9,000 per year): identity, address, credit score, payment remarks, earlier contracts with us.",
    flow="Sources: the customer, credit agency, our billing system. Recipients: customer service. Scores are kept 12 months. Our processor hosts the scoring engine.",
    nec="Losses from unpaid bills were NOK 14 million in 2025; a deposit requirement is needed to limit them.",
    prop="The score is only used at sign-up; customers are told why and can ask for a manual review.",
    safeguards=(
        "human review on request",
        "explanation of the main factors",
        "no scoring of existing customers",
    ),
    risks=(
        (
            "Automated decision excludes vulnerable customers from electricity",
            "Medium",
            "High",
            "deposit instead of refusal; social services contact",
        ),
        ("Errors in credit data", "Medium", "Medium", "manual review, correction route"),
    ),
    not_taken=(("Fully manual assessment", "not feasible at 9,000 a year"),),
    residual="Access to electricity is essential, so automated decisions remain high risk.",
)

# --- D: Hallingdal folkehøgskule (nynorsk) ----------------------------------------------------

D1 = Topic(
    title="Ansiktsattkjenning for tilgang til internatet",
    purpose="Sikre at berre elevar og tilsette kjem inn på internatet om natta.",
    desc="Skulen vil byte ut nøkkelkort med ansiktsattkjenning ved dei tre inngangane til internatet. Eit kamera ved døra samanliknar ansiktet med ein lagra mal og opnar døra. Det blir logga kven som går inn og når.",
    data="Om lag 110 elevar (18–25 år) og 40 tilsette. Biometrisk mal (artikkel 9), namn, rom, tidspunkt for tilgang.",
    flow="Kjelder: bilete teke ved skulestart, kameraet ved døra. Mottakarar: vaktmeister og rektor ved hendingar. Malane blir sletta når eleven sluttar; logg blir lagra i 30 dagar.",
    nec="Nøkkelkort blir lånt ut og kopierte; to innbrot på elevrom i 2025. Ansiktsattkjenning er naudsynt for å vite at rett person kjem inn.",
    prop="Frivillig: elevar som ikkje vil, får kode-lås. Malen blir lagra lokalt i låsen, ikkje i sky.",
    safeguards=(
        "frivillig med alternativ",
        "lokal lagring av malar",
        "kort loggtid",
        "informasjon ved skulestart",
    ),
    risks=(
        ("Elevar kjenner seg pressa til å samtykke", "Høg", "Middels", "likeverdig alternativ"),
        (
            "Misbruk av logg til å kontrollere elevane sitt privatliv",
            "Middels",
            "Høg",
            "30 dagar, berre ved hending",
        ),
        ("Lekkasje av biometriske malar", "Låg", "Høg", "lokal lagring, kryptering"),
    ),
    not_taken=(("PIN-kode for alle", "løyser ikkje problemet med utlån"),),
    residual="Biometri på ein stad der unge vaksne bur, gjev framleis høg risiko.",
)

D2 = Topic(
    title="Helsekartlegging av elevar på friluftslivslinja",
    purpose="Trygge ekspedisjonar på fjellet og i brear.",
    desc="Elevane på friluftslivslinja skal fylle ut eit helseskjema (allergi, medisinar, diabetes, psykisk helse) før ekspedisjonar. Turleiaren har med seg ein utskrift i forsegla konvolutt og ein kopi på nødtelefonen.",
    data="Om lag 45 elevar per år: helseopplysingar, pårørande.",
    flow="Kjelde: eleven. Mottakarar: turleiar, ved ulykke redningstenesta. Skjema blir sletta ved skuleårets slutt.",
    nec="Utan kunnskap om helsa til eleven kan turleiaren ikkje handtere akutte situasjonar langt frå helsehjelp.",
    prop="Berre opplysingar som har betydning på tur; konvolutten blir opna berre ved behov.",
    safeguards=("forsegla konvolutt", "kryptert telefon", "sletting etter skuleåret"),
    risks=(
        (
            "Telefon med helseopplysingar går tapt på tur",
            "Middels",
            "Høg",
            "kryptering, fjernsletting",
        ),
        ("Medelevar får vite om psykisk helse", "Låg", "Høg", "konvolutt, teieplikt for turleiar"),
    ),
    not_taken=(("Ingen kopi på telefon", "papir blir vått og øydelagt"),),
    residual="Helseopplysingar om psykisk helse utanfor kontrollerte rammer gjev høg risiko.",
)

# --- E: Harbourline Assurance plc, Norway branch (UK insurer) ----------------------------------

E1 = Topic(
    title="Telematics-based motor insurance (pay-how-you-drive)",
    purpose="Price motor insurance on actual driving behaviour.",
    desc="Policyholders who choose the telematics product install our app, which records location, speed, acceleration, braking and phone use while driving. A monthly driving score adjusts the premium by up to 30 per cent. Trip data are processed in the UK and in the EU.",
    data="About 12,000 policyholders and other drivers of the car; continuous location data, driving behaviour, phone handling.",
    flow="Sources: the app and the car. Recipients: pricing, claims (after an accident). Processor: our telematics platform provider. Raw trips kept 90 days, scores 3 years.",
    nec="A behaviour-based premium requires measurement of driving; self-reported mileage is inaccurate.",
    prop="The product is optional; the standard product remains available at the same base price; location is reduced to road type after 90 days.",
    safeguards=(
        "optional product",
        "trip pause button",
        "location generalised after 90 days",
        "no sharing with police without a court order",
    ),
    risks=(
        (
            "Continuous location tracking reveals private life (religion, health visits)",
            "High",
            "High",
            "generalisation, 90-day limit",
        ),
        (
            "Other family members are tracked without knowing",
            "Medium",
            "High",
            "driver selection in app, information sticker",
        ),
        (
            "Claims use of data against the policyholder",
            "Medium",
            "Medium",
            "clear rules in the terms",
        ),
    ),
    not_taken=(("On-device scoring only", "not yet supported by the platform provider"),),
    residual="Location tracking of family members remains high risk.",
)

E2 = Topic(
    title="Claims fraud analytics using open social media",
    purpose="Detect organised and staged claims.",
    desc="Claims above NOK 50,000 will be matched against public social media posts of the claimant and persons named in the claim, using a network analytics tool that flags connections between claimants, witnesses and repair shops.",
    data="Claimants, witnesses, third parties: names, public posts, photos, relations.",
    flow="Sources: the claim file, public social media. Recipients: the special investigations unit. Flags are kept 5 years if a case is opened, else 6 months.",
    nec="Organised fraud cost the branch NOK 40 million in 2025; manual checks do not reveal networks.",
    prop="Only claims above the threshold; only public content; human investigators decide.",
    safeguards=("threshold", "human decision", "no profile of persons outside the claim"),
    risks=(
        (
            "Innocent witnesses flagged as part of a network",
            "Medium",
            "High",
            "investigator review, deletion after 6 months",
        ),
        ("Chilling effect on social media use", "Low", "Medium", "transparency notice"),
    ),
    not_taken=(("Purchase of data broker profiles", "disproportionate; rejected"),),
    residual="Network analysis of third parties remains high risk.",
)

# --- F: Trøndelag fylkeskommune, Tannhelsetjenesten (public dental service) ----------------------

F1 = Topic(
    title="KI-støttet analyse av røntgenbilder i den offentlige tannhelsetjenesten",
    purpose="Tidligere oppdagelse av karies og benstøtte-tap hos pasienter i prioriterte grupper.",
    desc="Tannhelsetjenesten vil bruke et KI-verktøy som analyserer bitewing- og panoramarøntgen og markerer mulig karies og bentap. Tannlegen ser markeringene og vurderer selv. Verktøyet brukes ved 38 klinikker og omfatter ca. 90 000 undersøkelser i året.",
    data="Barn og unge, eldre i institusjon, personer med psykisk utviklingshemming: røntgenbilder, fødselsnummer, diagnoser.",
    flow="Kilder: røntgenapparat og journalsystem. Bildene sendes kryptert til leverandørens skyløsning i Norge og slettes der etter 24 timer. Resultatet lagres i journalen.",
    nec="Karies blir oversett i om lag 15 % av bitewing-bildene. Verktøyet er nødvendig for å gi mer lik kvalitet mellom klinikkene.",
    prop="Bare bilder som allerede tas av faglige grunner; tannlegen bestemmer; bilder lagres ikke hos leverandøren.",
    safeguards=(
        "sletting hos leverandør etter 24 timer",
        "ingen trening av modellen på våre data",
        "tannlegen bestemmer",
    ),
    risks=(
        (
            "Overbehandling fordi markeringer følges ukritisk",
            "Middels",
            "Høy",
            "opplæring, revisjon av behandlingsforslag",
        ),
        (
            "Helseopplysninger om barn kommer på avveie hos leverandør",
            "Lav",
            "Høy",
            "kryptering, kort lagring, revisjon",
        ),
        (
            "Pasientene vet ikke at KI brukes",
            "Høy",
            "Middels",
            "informasjon på klinikken og i innkalling",
        ),
    ),
    not_taken=(("Lokal installasjon på hver klinikk", "leverandøren tilbyr ikke dette"),),
    residual="Risikoen knyttet til overbehandling av sårbare grupper står igjen som høy.",
)

F2 = Topic(
    title="Systematisk registrering av tegn på omsorgssvikt hos barn ved tannhelsekontroll",
    purpose="Tidligere melding til barnevernet ved tegn på omsorgssvikt.",
    desc="Tannhelsepersonell skal fylle ut et strukturert skjema i journalen ved tegn på omsorgssvikt (mange hull, uteblivelser, skader). Skjemaet gir et samlet bilde over tid og støtter beslutningen om bekymringsmelding.",
    data="Barn 0–18 år (ca. 60 000 på kontroll), foreldre: uteblivelser, tannstatus, skader, notater.",
    flow="Kilder: journal, innkallingssystem. Mottakere: tannlege, overtannlege, ved melding barnevernet. Skjema lagres i journalen.",
    nec="Tannhelsetjenesten har plikt til å melde til barnevernet; i dag mangler en samlet oversikt over gjentatte uteblivelser.",
    prop="Skjema kun ved konkrete tegn; foreldre informeres om rutinen.",
    safeguards=("kun ved konkrete tegn", "overtannlege kvalitetssikrer", "opplæring"),
    risks=(
        (
            "Familier registreres uriktig som omsorgssviktende",
            "Middels",
            "Svært høy",
            "kvalitetssikring, retting",
        ),
        ("Sosial skjevhet i registrering", "Middels", "Høy", "opplæring, statistikk per klinikk"),
    ),
    not_taken=(("Automatisk varsel ved uteblivelse", "for inngripende"),),
    residual="Risikoen for feilaktig stempling av familier er fortsatt høy.",
)

# --- G: Nordkapp Havbruk AS (aquaculture) --------------------------------------------------------

G1 = Topic(
    title="Kamera og GPS-sporing av ansatte på oppdrettsanlegg og servicebåter",
    purpose="Sikkerhet for ansatte som jobber alene på merdene og dokumentasjon ved rømming.",
    desc="Vi vil sette opp 14 kameraer på fôrflåtene og spore de 9 servicebåtene og de ansattes flytevester med GPS. En operatør på land ser bildene og posisjonene i sanntid i arbeidstiden. Ved mann-over-bord utløses alarm.",
    data="Ca. 60 ansatte og innleide, besøkende på anlegget: bilder, posisjon, tidspunkt.",
    flow="Kilder: kameraer, GPS-sendere. Mottakere: driftssentralen, ved hendelse Fiskeridirektoratet og politi. Opptak lagres 7 dager, posisjonslogg 30 dager.",
    nec="Flere nestenulykker i 2025 med ansatte alene på merdene; GPS i vesten er nødvendig for å finne en person i sjøen raskt.",
    prop="Ingen kamera i oppholdsrom eller toaletter; sporing bare i arbeidstid; ikke brukt til å måle effektivitet.",
    safeguards=("avtale med tillitsvalgte", "ingen bruk til arbeidskontroll", "kort lagringstid"),
    risks=(
        (
            "Sporingen brukes til kontroll av arbeidstempo",
            "Middels",
            "Høy",
            "forbud i instruks, logg over oppslag",
        ),
        ("Ansatte kan ikke skru av sporing i pauser", "Høy", "Middels", "pausemodus"),
        ("Opptak deles utenfor formålet", "Lav", "Middels", "tilgangsstyring"),
    ),
    not_taken=(("Sporing kun ved alarm", "for sent ved mann-over-bord"),),
    residual="Kontinuerlig sporing av ansatte vurderes fortsatt som høy risiko.",
)

G2 = Topic(
    title="Rus- og alkoholtesting av ansatte med app",
    purpose="Hindre ulykker ved arbeid på sjø og med tunge løft.",
    desc="Ansatte i sikkerhetskritiske stillinger skal teste seg med et utåndingsapparat koblet til en app før skift. Resultatet sendes til driftsleder. Positive tester fører til samtale og eventuelt AKAN-oppfølging.",
    data="Ca. 35 ansatte: testresultat, tidspunkt, posisjon ved test.",
    flow="Kilder: apparatet og appen. Mottakere: driftsleder, HR. Negative resultater slettes etter 24 timer, positive etter 12 måneder.",
    nec="Arbeidsmiljøloven § 9-4 åpner for test ved særlig risikofylte arbeidsoppgaver; to hendelser i 2025.",
    prop="Kun sikkerhetskritiske stillinger; ikke tilfeldige tester i fritid.",
    safeguards=("avgrensning til stillinger", "korte lagringstider", "AKAN-avtale"),
    risks=(
        (
            "Feil positive gir urettmessige reaksjoner",
            "Middels",
            "Høy",
            "ny test og samtale før tiltak",
        ),
        ("Posisjonsdata samles unødig", "Høy", "Lav", "posisjon skrus av"),
    ),
    not_taken=(("Test uten app (manuell)", "kan ikke dokumenteres"),),
    residual="Helseopplysninger om ansatte på en mobil app gir høy risiko.",
)

# --- H: Rheinfeld Logistik Norge AS (logistics, German parent) ------------------------------------

H1 = Topic(
    title="Produktivitetsmåling med håndskannere på lageret på Berger",
    purpose="Planlegge bemanning og fordele plukkoppdrag jevnere.",
    desc="Alle plukkere bruker håndskannere. Vi vil samle skannerdata (plukk per time, gangavstand, pauser over 10 minutter) per ansatt og vise dem i et dashbord for skiftledere. Data deles på teamnivå med konsernet i Hamburg.",
    data="Ca. 220 ansatte og innleide i lageret: ansattnummer, skanninger, tid, posisjon i lageret.",
    flow="Kilder: skannere, lagerstyringssystemet. Mottakere: skiftledere, lagersjef, konsernets analyseteam (kun aggregert). Data lagres i 6 måneder.",
    nec="Ujevn fordeling av oppdrag gir overtid og belastningsskader. Data per ansatt er nødvendig for å fordele oppdrag etter kapasitet.",
    prop="Ikke brukt i lønn eller oppsigelsessaker; individuelle tall kun for nærmeste leder.",
    safeguards=(
        "avtale med tillitsvalgte",
        "ingen individtall til konsernet",
        "ikke grunnlag for disiplinærsaker",
    ),
    risks=(
        (
            "Press og stress ved kontinuerlig måling",
            "Høy",
            "Høy",
            "ikke rangering, fokus på fordeling",
        ),
        ("Individtall brukes i personalsaker", "Middels", "Høy", "forbud i retningslinje, logg"),
        ("Overføring til Tyskland uten nødvendighet", "Lav", "Middels", "kun aggregerte data"),
    ),
    not_taken=(("Kun teamnivå", "fordeling krever individtall"),),
    residual="Kontinuerlig måling av ansatte gir høy risiko for arbeidsmiljø og personvern.",
)

H2 = Topic(
    title="Trøtthetskamera i førerhus på lastebiler",
    purpose="Redusere ulykker forårsaket av trøtthet og uoppmerksomhet.",
    desc="Et infrarødt kamera i førerhuset måler øyelokk og blikkretning og varsler sjåføren med lyd. Ved gjentatte varsler sendes en melding og et 10-sekunders klipp til transportleder.",
    data="Ca. 140 sjåfører: ansiktsbilder, varsler, tidspunkt, posisjon.",
    flow="Kilder: kamera, flåtestyring. Mottakere: transportleder. Klipp slettes etter 14 dager.",
    nec="Tre ulykker 2024–2025 der trøtthet var medvirkende.",
    prop="Kun varsel og klipp ved gjentatte hendelser; ingen kontinuerlig opptak.",
    safeguards=("ingen løpende video", "sletting etter 14 dager", "avtale med tillitsvalgte"),
    risks=(
        ("Overvåking av sjåfører i hvilepauser", "Middels", "Høy", "kamera av når bilen står"),
        (
            "Helseopplysninger (søvnproblemer) avledes",
            "Middels",
            "Høy",
            "oppfølging via bedriftshelsetjenesten",
        ),
    ),
    not_taken=(("Kun lydvarsel uten klipp", "gir ikke læring"),),
    residual="Biometrisk måling i førerhuset gir fortsatt høy risiko.",
)

# --- I: Studentsamskipnaden Vestkyst (student welfare organisation) ----------------------------

I1 = Topic(
    title="Adgangskort og tilstedeværelsessensorer i studentboliger",
    purpose="Energistyring og raskere feilretting i 1 900 studenthybler.",
    desc="Samskipnaden vil installere sensorer for bevegelse, CO2 og temperatur i alle hybler og koble dem til adgangskortsystemet. Systemet styrer varme og ventilasjon etter om beboeren er hjemme og varsler drift ved avvik.",
    data="Ca. 2 300 beboere: tilstedeværelse per time, adgangslogg, romnummer.",
    flow="Kilder: sensorer og adgangskort. Mottakere: driftsavdelingen. Rådata slettes etter 14 dager; aggregerte energidata beholdes.",
    nec="Energikostnadene har doblet seg; styring etter tilstedeværelse er nødvendig for å holde husleien nede.",
    prop="Driftsavdelingen ser ikke tilstedeværelse per beboer, bare avvik; data brukes ikke i husleiesaker.",
    safeguards=("ingen visning per beboer", "14 dagers sletting", "informasjon i leiekontrakt"),
    risks=(
        (
            "Kartlegging av beboernes døgnrytme og besøk",
            "Middels",
            "Høy",
            "aggregering, kort lagring",
        ),
        ("Bruk i saker om fremleie eller mislighold", "Middels", "Høy", "forbud i retningslinje"),
    ),
    not_taken=(("Manuell termostat", "gir ikke innsparing"),),
    residual="Sensorer i noens hjem gir høy risiko selv med tiltak.",
)

I2 = Topic(
    title="Chatbot for førstelinje i studentenes psykiske helsetjeneste",
    purpose="Kortere ventetid til samtale med psykolog.",
    desc="En chatbot stiller screeningspørsmål og foreslår prioritet før studenten får time. Samtalen lagres i journalsystemet, og psykologen ser prioritetsforslaget.",
    data="Ca. 3 000 studenter per år: helseopplysninger, selvmordstanker, navn, studiested.",
    flow="Kilder: studenten. Mottakere: psykologene. Chatlogg lagres i journalen (helselovgivningen).",
    nec="Ventetiden er 6 uker; triage er nødvendig for å finne de som trenger hjelp først.",
    prop="Frivillig; mulighet for å ringe direkte; akutt-varsling til vakthavende.",
    safeguards=("alternativ kanal", "vakthavende ved akutt", "ingen trening på chatlogger"),
    risks=(
        (
            "Feil prioritering av student med selvmordsfare",
            "Lav",
            "Svært høy",
            "alltid vakthavende ved nøkkelord",
        ),
        ("Lekkasje av chatlogger", "Lav", "Høy", "kryptering, tilgangsstyring"),
    ),
    not_taken=(("Menneskelig triage døgnet rundt", "ikke budsjett"),),
    residual="Konsekvensene av feil prioritering er fortsatt svært alvorlige.",
)

# --- J: Puls Arena Treningssentre AS (gym chain) -------------------------------------------------

J1 = Topic(
    title="Ansiktsgjenkjenning ved inngangen på treningssentrene",
    purpose="Hindre utlån av medlemskort og gi døgnåpent adgang uten betjening.",
    desc="Kjeden vil innføre ansiktsgjenkjenning i adgangsslusene på 22 sentre. Medlemmet registrerer et bilde i appen; slusen sammenligner ansiktet med malen og åpner.",
    data="Ca. 41 000 medlemmer: biometrisk mal, medlemsnummer, besøkstidspunkt.",
    flow="Kilder: medlemmet, slusekamera. Mottakere: senterleder ved misbruk. Maler slettes ved utmelding.",
    nec="Utlån av kort gir tap og utrygghet på ubetjente tider; sluser med kort alene løser ikke dette.",
    prop="Frivillig; medlemmer uten ansiktsgjenkjenning får PIN + kort på betjente tider.",
    safeguards=("frivillig", "lokal mal i slusen", "ingen deling med tredjepart"),
    risks=(
        (
            "Medlemmer presses til biometri for å få døgnåpent",
            "Høy",
            "Middels",
            "PIN-løsning døgnåpent",
        ),
        ("Lekkasje av biometriske maler", "Lav", "Høy", "kryptering, lokal lagring"),
    ),
    not_taken=(("Kun kort og PIN", "løser ikke utlån"),),
    residual="Biometri for 41 000 medlemmer gir høy restrisiko.",
)

J2 = Topic(
    title="Helsedata fra pulsklokker til personlige trenere",
    purpose="Bedre oppfølging av medlemmer med PT-avtale.",
    desc="Medlemmer med PT-avtale kan koble pulsklokken til appen. Treneren ser puls, søvn og aktivitet og justerer programmet.",
    data="Ca. 3 500 medlemmer: puls, søvn, aktivitet, vekt.",
    flow="Kilder: klokkeprodusentens API. Mottakere: medlemmets PT. Data slettes 3 måneder etter avsluttet avtale.",
    nec="Programmet må tilpasses restitusjon; egenrapportering er upresis.",
    prop="Kun ved PT-avtale og samtykke; medlemmet velger hvilke data som deles.",
    safeguards=("samtykke per datatype", "sletting etter avtale", "PT har taushetserklæring"),
    risks=(
        (
            "PT får innsikt i helseforhold utover formålet",
            "Middels",
            "Høy",
            "begrensning av datatyper",
        ),
        ("Data brukes til markedsføring", "Lav", "Middels", "forbud i retningslinje"),
    ),
    not_taken=(("Kun ukentlige sammendrag", "for grovt for oppfølging"),),
    residual="Løpende helsedata hos mange trenere gir høy risiko.",
)
