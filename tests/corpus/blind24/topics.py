# ruff: noqa: E501
"""Twenty planned processings for blind24, two per sender, each in its sender's language.

Every topic holds what a finished DPIA would say: the processing (nature, scope, context,
purpose, sources, recipients, security, responsibilities), necessity and proportionality with the
safeguards, the risks with likelihood, consequence and measure, a measure considered but not taken,
and the processor (or None). The senders' templates in ``personas.py`` choose what to show and how.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Processor:
    org: str
    orgnr: str
    address: str
    person: str
    title: str
    phone: str
    email: str


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    purpose: str
    nature: str
    scope: str
    flow: str
    security: str
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: tuple[str, str]
    residual: str
    processor: Processor | None = None
    extra: dict[str, str] = field(default_factory=dict)


# --- A: Hordvik kommune (nb) -----------------------------------------------------------------

A1 = Topic(
    key="A1",
    title="Sensorbasert nattilsyn i Hordvik sykehjem",
    purpose="Formålet er å oppdage fall, uro og lengre opphold utenfor sengen om natten hos beboere på skjermet enhet, slik at nattevakten kan gå til riktig rom til riktig tid i stedet for å åpne døren til alle rom hver time.",
    nature="Det monteres optiske sensorer (lav oppløsning, ingen lagring av bilde) i taket på 34 beboerrom. Sensoren tolker bevegelser lokalt og sender hendelser («ute av seng», «fall», «ikke tilbake etter 20 min») til nattevaktens håndholdte enhet. Ved fallvarsel kan nattevakten åpne et anonymisert strekbilde i inntil 30 sekunder.",
    scope="34 beboere med demenssykdom, de fleste uten samtykkekompetanse, samt om lag 40 ansatte i turnus. Hendelseslogg med tidspunkt, romnummer og hendelsestype. Helseopplysninger (art. 9) fordi hendelsene sier noe om beboerens helsetilstand.",
    flow="Hendelser sendes fra sensor til leverandørens plattform (Nattsyn AS, databehandler) og videre til nattevaktens enhet. Hendelser som fører til tiltak dokumenteres av nattevakten i journalsystemet. Hendelsesloggen slettes etter 30 dager. Ingen utlevering til andre.",
    security="Data krypteres i transitt og lagres i Norge. Tilgang med personlig pålogging og tofaktor; nattevakten ser kun egen avdeling. Strekbilde lagres ikke. Leverandøren har ISO 27001.",
    necessity="Dagens tilsyn med døråpning hver time vekker beboerne og gir uro og fall. Fallalarm på armen tas av av mange beboere. Sensorer er eneste alternativ som gir tilsyn uten å vekke beboeren. Hjemmel er helse- og omsorgstjenesteloven kap. 9 og pasient- og brukerrettighetsloven § 4-6 a, jf. art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h.",
    proportionality="Kun hendelser, ikke kontinuerlig bilde; strekbilde bare ved fallvarsel og i 30 sekunder; individuell vurdering for hver beboer og samtale med pårørende før sensoren slås på; sensoren kan slås av for hvert rom.",
    safeguards=(
        "Pårørende og verge får skriftlig informasjon og en samtale før oppstart.",
        "Vedtak om bruk fattes for hver beboer og evalueres hver tredje måned.",
        "Innsyn i hendelseslogg for beboer og verge via avdelingsleder.",
        "Sensoren har synlig lys når den er aktiv.",
    ),
    risks=(
        (
            "Beboeren opplever seg overvåket og mister verdighet",
            "Middels",
            "Høy",
            "Individuell vurdering, ingen lagring av bilde, synlig indikator",
        ),
        (
            "Uvedkommende får tilgang til strekbilde",
            "Lav",
            "Høy",
            "Tofaktor, tilgang kun for vakthavende, logg av alle visninger",
        ),
        (
            "Falsk trygghet: færre fysiske tilsyn",
            "Middels",
            "Høy",
            "Minst ett fysisk tilsyn per natt er beholdt i prosedyren",
        ),
        (
            "Hendelseslogg brukes til å vurdere ansattes responstid",
            "Middels",
            "Middels",
            "Formålsbegrensning i avtale med tillitsvalgte; loggen slettes etter 30 dager",
        ),
    ),
    not_taken=(
        "Å bare bruke hendelser uten strekbilde",
        "Uten bilde klarer ikke nattevakten å skille fall fra at beboeren sitter på gulvet, og da må alle varsler behandles som fall.",
    ),
    residual="Beboerne kan ikke selv samtykke, og risikoen for krenkelse av verdighet og privatliv er fortsatt høy etter tiltakene.",
    processor=Processor(
        "Nattsyn AS",
        "921 448 306",
        "Sandbrugata 14, 5003 Bergen",
        "Eirik Vatne",
        "kundeansvarlig",
        "+47 55 30 41 90",
        "eirik.vatne@nattsyn.no",
    ),
)

A2 = Topic(
    key="A2",
    title="Læringsanalyse i Hordvikskolen",
    purpose="Formålet er å finne elever som står i fare for å falle fra i matematikk og lesing tidlig nok til å gi tilpasset opplæring, og å gi lærerne oversikt over progresjonen i klassen.",
    nature="Den digitale læringsplattformen Lærvik samler elevenes svar på oppgaver, tidsbruk og antall forsøk. En modell beregner hver uke en «støtteindikator» (grønn/gul/rød) per elev og fag som læreren ser i sitt dashbord. Indikatoren er et hjelpemiddel; beslutning om tiltak tas av læreren.",
    scope="Om lag 2 100 elever på 1.–10. trinn ved ni skoler og 180 lærere. Opplysninger om faglig prestasjon, aktivitet i plattformen og indikatoren. Ingen særlige kategorier, men barn er sårbare registrerte.",
    flow="Elevene logger inn via Feide. Data lagres hos Lærvik Digital AS (databehandler) i EU. Mottakere er elevens lærere og rektor; foresatte ser indikatoren i foreldreportalen. Rådata slettes ved skoleårets slutt, indikatoren ved overgang til ny skole.",
    security="Rollebasert tilgang via Feide, logging av alle oppslag, kryptering i transitt og ved lagring. Leverandøren har gjennomført penetrasjonstest i 2026.",
    necessity="Opplæringsloven pålegger skolen å gi tilpasset opplæring og intensiv opplæring på 1.–4. trinn. Kartleggingsprøver to ganger i året fanger for sent opp elever som sakker akterut. Rettslig grunnlag er art. 6 nr. 1 bokstav e, jf. opplæringsloven § 11-1 og § 11-6.",
    proportionality="Indikatoren bruker kun data fra plattformen, ikke fravær eller helse. Den vises ikke for andre elever og brukes ikke ved karaktersetting. Modellen er forklarbar: læreren ser hvilke oppgaver som ga utslaget.",
    safeguards=(
        "Informasjonsskriv til foresatte og elevtilpasset forklaring i plattformen.",
        "Foresatte kan se indikatoren og be om at den rettes eller ikke brukes for sitt barn.",
        "Indikatoren kan ikke eksporteres.",
    ),
    risks=(
        (
            "Eleven stemples og får lavere forventninger",
            "Middels",
            "Høy",
            "Indikatoren vises ikke for eleven; opplæring av lærere; brukes ikke i karaktersetting",
        ),
        (
            "Skjevhet mot elever med annet morsmål",
            "Middels",
            "Høy",
            "Årlig test av modellen for skjevhet i samarbeid med leverandøren",
        ),
        (
            "Data brukes av leverandøren til egen produktutvikling",
            "Lav",
            "Middels",
            "Forbud i databehandleravtalen; revisjonsrett",
        ),
        (
            "Uautorisert tilgang via Feide-konto",
            "Lav",
            "Høy",
            "Tofaktor for ansatte; logg gjennomgås månedlig",
        ),
    ),
    not_taken=(
        "Å la foresatte reservere barnet helt mot indikatoren",
        "Vurdert, men ikke innført fordi skolen da mister et verktøy for å oppfylle plikten til tidlig innsats; i stedet kan foresatte be om manuell vurdering.",
    ),
    residual="Barn som registrerte, automatiserte vurderinger og risiko for stigmatisering gjør at restrisikoen er høy.",
    processor=Processor(
        "Lærvik Digital AS",
        "915 207 664",
        "Kjøpmannsgata 22, 7013 Trondheim",
        "Hanne Rødsten",
        "personvernansvarlig",
        "+47 73 20 88 15",
        "hanne.rodsten@laervik.no",
    ),
)

# --- B: Nordkapp Logistikk AS (nb) -----------------------------------------------------------

B1 = Topic(
    key="B1",
    title="Førerkamera og kjørestilsanalyse i lastebilparken",
    purpose="Formålet er å redusere ulykker og dokumentere hendelser i trafikken.",
    nature="Det installeres frontkamera og førerrettet kamera i 140 lastebiler. Kameraet lagrer kontinuerlig i en ringbuffer på 60 sekunder og lagrer et klipp på 20 sekunder når akselerometeret eller programvaren registrerer kraftig nedbremsing, kollisjon, mobilbruk eller tegn på søvnighet. Klippet sendes til flåtesystemet og gjennomgås av sikkerhetsrådgiver.",
    scope="Om lag 210 sjåfører (egne ansatte og innleide), og tredjepersoner i trafikken som fanges av frontkameraet. Video, posisjon, fart, hendelsestype og førers identitet.",
    flow="Klipp lastes opp til Fleetvisor AB (databehandler, Sverige, lagring i EU). Sikkerhetsrådgiver og nærmeste leder ser klipp; klipp deles med forsikringsselskap og politi ved ulykker. Klipp uten funn slettes etter 14 dager, klipp med funn etter 6 måneder.",
    security="Kryptert lagring, tilgang via SSO med tofaktor, tilgangslogg, ingen direkte visning i sanntid.",
    necessity="Firmaet hadde 23 skadehendelser i 2025, hvorav fire med personskade. Kurs og kjørestilsrapporter uten video har ikke gitt nedgang. Behandlingsgrunnlag er art. 6 nr. 1 bokstav f; forskrift om kameraovervåking i virksomhet § 2 er vurdert.",
    proportionality="Ikke kontinuerlig opptak; bare hendelsesklipp; førerkamera dekkes automatisk når bilen står i hvilemodus; ikke lyd; klippet brukes ikke til disiplinærsaker uten at føreren er hørt.",
    safeguards=(
        "Drøfting med tillitsvalgte og skriftlig informasjon til alle sjåfører før oppstart.",
        "Sjåføren varsles på skjermen når et klipp lagres og kan se klippet selv.",
        "Skilting på bilene om kameraovervåking.",
    ),
    risks=(
        (
            "Klipp brukes til kontroll av ansatte utover formålet",
            "Middels",
            "Høy",
            "Formålsbegrensning i avtale med tillitsvalgte; tilgangslogg revideres kvartalsvis",
        ),
        (
            "Feilaktig søvnighetsvarsel stempler sjåfør",
            "Middels",
            "Middels",
            "Manuell gjennomgang av alle klipp før noe registreres på sjåføren",
        ),
        (
            "Tredjeparter i trafikken filmes",
            "Høy",
            "Lav",
            "Kort lagringstid, ingen deling utenom ulykker",
        ),
        (
            "Overføring til tredjeland via leverandørens underleverandør",
            "Lav",
            "Høy",
            "Kun EU-lagring avtalt; underleverandørliste kontrollert",
        ),
    ),
    not_taken=(
        "Å slå av førerrettet kamera helt",
        "Vurdert, men mobilbruk og søvnighet er de viktigste årsakene til hendelsene, og det kan bare oppdages med førerkamera.",
    ),
    residual="Systematisk overvåking av ansatte i arbeid gir høy restrisiko selv med tiltakene.",
    processor=Processor(
        "Fleetvisor AB",
        "556812-4471",
        "Lindholmspiren 7, 417 56 Göteborg, Sverige",
        "Johan Ekström",
        "Customer Success Manager",
        "+46 31 760 22 14",
        "johan.ekstrom@fleetvisor.se",
    ),
)

B2 = Topic(
    key="B2",
    title="Produktivitetsmåling med håndskannere på terminalen i Alta",
    purpose="Formålet er å planlegge bemanning og fordele arbeid bedre på terminalen.",
    nature="Håndskannerne registrerer hver plukk og hver pall med tidspunkt, lokasjon og ansattnummer. Et styringsverktøy beregner plukk per time per ansatt og viser lederne en oversikt per skift. Oversikten brukes til bemanningsplanlegging og til oppfølgingssamtaler ved vedvarende lav produktivitet.",
    scope="Ca. 95 terminalarbeidere, hvorav mange i deltid og sesongarbeid. Skannerdata per ansatt, beregnet produktivitet, skiftplan.",
    flow="Data lagres i Lagerflyt Norge AS sin skytjeneste (databehandler, Norge). Mottakere er terminalleder og skiftledere. Individuelle tall slettes etter 3 måneder; aggregerte tall beholdes i 3 år.",
    security="Rollebasert tilgang, logging, kryptering ved lagring, tofaktor for ledere.",
    necessity="Bemanningen planlegges i dag på erfaring, og terminalen har både overtid og ledige timer. Aggregerte tall per skift er nødvendige; individuelle tall er ment for oppfølging. Grunnlag art. 6 nr. 1 bokstav f; arbeidsmiljøloven kap. 9 er vurdert.",
    proportionality="Individuelle tall vises bare for egne ansatte til nærmeste leder; ingen rangering mellom ansatte; ingen sanntidsvisning; tall brukes ikke alene i oppsigelsessaker.",
    safeguards=(
        "Drøftet med tillitsvalgte 3. oktober 2026; protokoll foreligger.",
        "Hver ansatt kan se egne tall i appen.",
        "Informasjon i personalhåndbok og på allmøte.",
    ),
    risks=(
        (
            "Press og stress fordi ansatte føler seg målt hele tiden",
            "Høy",
            "Høy",
            "Ingen sanntidsvisning, ingen rangering, bare ukentlige tall",
        ),
        (
            "Tall brukes mot ansatte med redusert arbeidsevne",
            "Middels",
            "Høy",
            "Tilrettelagte ansatte markeres og utelates fra sammenligning",
        ),
        (
            "Feil i skannerdata gir feil bilde av en ansatt",
            "Middels",
            "Middels",
            "Ansatt kan kommentere og få rettet tall",
        ),
    ),
    not_taken=(
        "Kun aggregerte tall per skift",
        "Vurdert, men ledelsen mener individuell oppfølging er nødvendig for opplæring av nye ansatte.",
    ),
    residual="Individuell måling av ansatte over tid gir høy risiko for de ansattes integritet, og risikoen er ikke redusert nok.",
    processor=Processor(
        "Lagerflyt Norge AS",
        "927 003 518",
        "Strandveien 50, 1366 Lysaker",
        "Kari Utsi",
        "kundeansvarlig",
        "+47 67 11 80 25",
        "kari.utsi@lagerflyt.no",
    ),
)

# --- C: Vestrand fylkeskommune (nn) ----------------------------------------------------------

C1 = Topic(
    key="C1",
    title="Digital eksamen med kameraovervaking (fjerneksamen for privatistar)",
    purpose="Føremålet er å kunne tilby privatistar å ta skriftleg eksamen heimanfrå utan at faren for fusk vert for stor.",
    nature="Kandidaten nyttar eiga datamaskin med ein låst nettlesar. Kamera og mikrofon tek opp under heile eksamen (inntil 5 timar), og skjermen vert teken opp. Programvara markerer uvanlege hendingar (anna person i biletet, kandidaten ser vekk lenge, nye vindauge). Eksamensvakt hos fylkeskommunen går gjennom markerte hendingar etterpå.",
    scope="Om lag 1 400 privatistar i året, nokre under 18 år. Video, lyd, skjermbilete, identitetsdokument som vert vist til kamera, og hendingslogg. Opptaka kan avsløre helseopplysningar, religion og heimetilhøve.",
    flow="Opptak vert lagra hos Examly Oy (databehandlar, Finland). Berre eksamenskontoret har tilgang. Ved mistanke om fusk vert utdrag sende til klagenemnda. Opptak utan merknad vert sletta etter 30 dagar, opptak i fuskesak når saka er avslutta.",
    security="Kryptert lagring og overføring, tofaktor for eksamenskontoret, tilgangslogg, sletting stadfest skriftleg av leverandøren.",
    necessity="Mange privatistar bur langt frå eksamensstad og har fått avslag på tilrettelegging. Utan kontroll kan ikkje fylkeskommunen sikre at eksamen er rettvis, jf. forskrift til opplæringslova kap. 3. Rettsleg grunnlag er art. 6 nr. 1 bokstav e.",
    proportionality="Fjerneksamen er frivillig – kandidaten kan alltid møte på eksamensstaden. Ingen automatisk avgjerd: ei markering vert alltid vurdert av menneske. Opptaka vert ikkje nytta til anna enn fuskekontroll.",
    safeguards=(
        "Informasjon før påmelding og test av utstyr på førehand.",
        "Kandidaten kan sjå eigne markeringar og uttale seg før vedtak.",
        "Kandidatar under 18 år får informasjon i tilpassa språk.",
    ),
    risks=(
        (
            "Innsyn i heimen til kandidaten (familie, helse, religion)",
            "Høg",
            "Middels",
            "Krav om nøytral bakgrunn, sletting etter 30 dagar",
        ),
        (
            "Feilmarkering råkar kandidatar med funksjonsnedsetjing",
            "Middels",
            "Høg",
            "Menneskeleg vurdering av alle markeringar; tilrettelegging kan meldast på førehand",
        ),
        (
            "Opptak kjem på avvegar hos leverandøren",
            "Låg",
            "Høg",
            "Databehandlaravtale, kryptering, revisjon",
        ),
    ),
    not_taken=(
        "Berre live-vakt utan opptak",
        "Vurdert, men krev om lag 60 vakter samstundes, og gjev ikkje grunnlag for å prøve ein fuskesak i ettertid.",
    ),
    residual="Kamera i heimen over mange timar gjev høg restrisiko for privatlivet, særleg for mindreårige.",
    processor=Processor(
        "Examly Oy",
        "2874311-6",
        "Hämeenkatu 12, 33100 Tampere, Finland",
        "Aino Lehtonen",
        "Account Manager",
        "+358 40 712 3381",
        "aino.lehtonen@examly.fi",
    ),
)

C2 = Topic(
    key="C2",
    title="Sanntidssporing av skuleskyss med elevkort",
    purpose="Føremålet er å vite kva elevar som er om bord i skulebussen, slik at skule og føresette kan få melding om eleven ikkje kjem fram, og å planleggje ruter.",
    nature="Elevane viser elevkortet mot ein lesar når dei går på og av bussen. Systemet koplar kortnummer, tidspunkt og haldeplass og viser føresette i ein app når barnet har gått av. Ved avvik (eleven har ikkje gått av ved skulen) får skulen melding.",
    scope="Om lag 6 800 elevar på 1.–10. trinn i 14 kommunar, føresette og 120 sjåførar. Kortnummer, namn, skule, reisemønster og posisjon ved på- og avstiging.",
    flow="Data vert handsama av Skyssdata AS (databehandlar). Mottakarar er føresette (eige barn), skulen (eigne elevar) og skyssavdelinga (anonymisert for ruteplanlegging). Individuelle reisedata vert sletta etter 7 dagar.",
    security="Kryptering, rollebasert tilgang, logg, tofaktor for tilsette, app med BankID-innlogging for føresette.",
    necessity="Det har vore fleire hendingar der born har gått av feil stad utan at nokon visste det. Manuell telling i bussen er ikkje gjennomførbar. Rettsleg grunnlag er art. 6 nr. 1 bokstav e, jf. opplæringslova om skyss.",
    proportionality="Berre på- og avstiging, ikkje kontinuerleg sporing av barnet; kort lagringstid; skyssavdelinga ser berre anonyme tal.",
    safeguards=(
        "Føresette kan reservere seg mot appvarsel og sjå all lagra reisehistorikk.",
        "Informasjon på skulane og i skyssappen.",
    ),
    risks=(
        (
            "Reisemønster kjem på avvegar og kan nyttast til å finne barnet",
            "Låg",
            "Høg",
            "Kort lagring, tilgangsstyring, BankID",
        ),
        (
            "Føresett utan foreldreansvar eller med besøksforbod får tilgang",
            "Middels",
            "Høg",
            "Tilgang berre via folkeregistrert foreldreansvar; manuell sperre ved melding frå skulen",
        ),
        (
            "Meldingar om «ikkje framme» skaper falsk alarm",
            "Middels",
            "Låg",
            "Skulen ringjer føresette før noko anna vert gjort",
        ),
    ),
    not_taken=(
        "Å lagre reisehistorikk i eitt år for ruteplanlegging",
        "Ikkje gjennomført; anonymiserte tal er nok.",
    ),
    residual="Sporing av barn og risikoen for at ein forelder med besøksforbod får vite kvar barnet er, gjev høg restrisiko.",
    processor=Processor(
        "Skyssdata AS",
        "918 552 740",
        "Fjordgata 3, 6800 Førde",
        "Ragnhild Hjelle",
        "dagleg leiar",
        "+47 57 72 40 11",
        "ragnhild@skyssdata.no",
    ),
)

# --- D: Borealis Health Analytics AS (en) ----------------------------------------------------

D1 = Topic(
    key="D1",
    title="AI-assisted triage for GP out-of-hours services",
    purpose="The purpose is to help nurses at out-of-hours GP services (legevakt) prioritise callers faster and more consistently.",
    nature="Callers describe their symptoms in a web form or by phone; the nurse enters the answers in our triage tool. A machine-learning model trained on historical, pseudonymised triage data suggests an urgency level (red, orange, yellow, green) and shows the three answers that weighed most. The nurse decides; every override is logged.",
    scope="About 180 000 contacts per year across 11 municipalities in Troms and Finnmark. Health data (symptoms, medication, age, sex), phone number and national identity number. Patients include children and people in acute distress.",
    flow="Data flows from the web form and the nurse's workstation to the tool hosted by Cloudbyte Nordic AS (processor, Oslo). Results go to the patient record at the legevakt. Borealis Health AB in Stockholm gets only aggregated model-performance figures. Triage data is deleted from the tool after 90 days; the record follows the health records act.",
    security="Hosting in Norway, encryption at rest and in transit, access through HelseID, audit logging, annual penetration test, compliance with the Norm for information security in the health sector.",
    necessity="Waiting times at the legevakt exceed the national target in winter months, and audits show that triage by different nurses varies. A rule-based tool was tried in 2024 and was too rigid. Legal basis: Art. 6(1)(e) and Art. 9(2)(h), with the Health Personnel Act and the Patient Records Act.",
    proportionality="The model only suggests; a nurse always decides. No data beyond what the triage already collects. No use of data for other purposes or for training without a separate assessment.",
    safeguards=(
        "Information to patients on the web form and in the phone greeting.",
        "Patients can get access to the suggestion and the nurse's decision through the record.",
        "Quarterly clinical review of overrides and of performance for children and elderly.",
    ),
    risks=(
        (
            "Model under-triages a patient, delaying urgent care",
            "Low",
            "Very high",
            "Nurse decides; red flags always escalate; quarterly audits",
        ),
        (
            "Bias against groups under-represented in training data (Sami-speaking, elderly)",
            "Medium",
            "High",
            "Performance monitored per group; threshold adjusted",
        ),
        (
            "Automation bias: nurses follow the suggestion without thinking",
            "Medium",
            "High",
            "Training, suggestion shown after nurse's own first assessment",
        ),
        (
            "Unauthorised access to health data at the processor",
            "Low",
            "High",
            "HelseID, encryption, audit logs, DPA with audit rights",
        ),
    ),
    not_taken=(
        "Showing the suggestion only after the nurse has decided",
        "Tested in the pilot but it doubled the call time, so the suggestion is shown after the first assessment instead.",
    ),
    residual="Risk of harm from wrong prioritisation of health data for vulnerable patients remains high despite the measures.",
    processor=Processor(
        "Cloudbyte Nordic AS",
        "924 118 370",
        "Karenslyst allé 8, 0278 Oslo",
        "Marius Holte",
        "Service Delivery Manager",
        "+47 22 90 14 60",
        "marius.holte@cloudbyte.no",
    ),
)

D2 = Topic(
    key="D2",
    title="Remote monitoring of heart-failure patients with wearables",
    purpose="The purpose is to detect worsening heart failure early so that patients can be treated at home instead of being admitted.",
    nature="Patients wear a wrist sensor and use a connected scale. Heart rate, activity, weight and a daily symptom questionnaire are sent to a platform where an algorithm flags deterioration. Nurses at the municipal health service follow up flags by phone on weekdays 08–15.",
    scope="About 450 patients aged 60–95 in four municipalities, plus their next of kin as contacts. Continuous health data, location is not collected.",
    flow="Sensor data goes via the patient's tablet to the platform run by Pulsewise GmbH (processor, Germany, hosting in Frankfurt). Nurses see flags and curves; GPs get a monthly summary. Data is kept for the period of monitoring and 6 months after.",
    security="Encryption, HelseID for staff, patient tablets locked down, ISO 27001 certified processor, logging.",
    necessity="Readmission rates for heart failure in the region are high; a 2025 pilot with 40 patients halved admissions. Legal basis: Art. 6(1)(e) and 9(2)(h).",
    proportionality="Participation is voluntary, patients can stop at any time; no continuous location; flags reviewed by a nurse.",
    safeguards=(
        "Written and oral information at enrolment; easy-read version.",
        "Patients can see their own data on the tablet.",
        "Next of kin only see what the patient chooses to share.",
    ),
    risks=(
        (
            "Patients believe they are monitored around the clock and do not call 113",
            "Medium",
            "Very high",
            "Clear information that follow-up is weekdays only; reminder on the tablet",
        ),
        (
            "Data transferred outside the EEA by the platform's sub-processors",
            "Low",
            "High",
            "Sub-processor list in the DPA, EU-only hosting",
        ),
        (
            "Elderly patients pressured to take part",
            "Medium",
            "Medium",
            "Enrolment by the GP, not the municipality; opt-out without consequences",
        ),
    ),
    not_taken=(
        "24/7 monitoring",
        "Considered but not staffed; the municipality chose weekday follow-up with clear information instead.",
    ),
    residual="Large-scale health data on elderly people and the risk of misplaced trust leave a high residual risk.",
    processor=Processor(
        "Pulsewise GmbH",
        "HRB 211 904",
        "Mainzer Landstraße 50, 60325 Frankfurt am Main, Germany",
        "Lena Vogt",
        "Customer Privacy Lead",
        "+49 69 2713 5580",
        "lena.vogt@pulsewise.de",
    ),
)

# --- E: Nordlys Tannhelse AS (nb) ------------------------------------------------------------

E1 = Topic(
    key="E1",
    title="KI-analyse av røntgenbilder",
    purpose="Formålet er å oppdage karies, beintap og periapikale forandringer tidligere og mer likt på tvers av klinikkene.",
    nature="Røntgenbilder (bitewing og panorama) sendes automatisk fra røntgenprogrammet til en KI-tjeneste som markerer mulige funn. Tannlegen ser markeringene i journalen og avgjør selv. Markeringene kan vises for pasienten på skjerm.",
    scope="Om lag 38 000 pasienter i året ved 12 klinikker, også barn fra 12 år. Røntgenbilder, alder, kjønn, pasient-ID (pseudonymisert før sending). Helseopplysninger.",
    flow="Bildene pseudonymiseres på klinikkens server og sendes til DentAI Ltd. (databehandler, Irland, lagring i EU). Svar lagres i journalen. DentAI sletter bildene etter 24 timer. Ingen deling med andre.",
    security="Pseudonymisering før sending, TLS, ingen lagring hos leverandør utover 24 timer, logg over alle oppslag.",
    necessity="Variasjonen mellom tannlegene er stor; interne revisjoner viser at tidlig karies overses. Grunnlag er art. 6 nr. 1 bokstav b og art. 9 nr. 2 bokstav h, jf. helsepersonelloven.",
    proportionality="Bare bilder som allerede tas; KI-en gir forslag, tannlegen bestemmer; ikke brukt til trening uten eget samtykke.",
    safeguards=(
        "Informasjon i innkallingen og oppslag på venterommet.",
        "Pasienten kan be om at bildene ikke sendes til analyse.",
        "Pasienten får se markeringene på skjerm.",
    ),
    risks=(
        (
            "Feil positive funn gir unødvendig behandling",
            "Middels",
            "Middels",
            "Tannlegen avgjør; internt kvalitetsråd gjennomgår avvik",
        ),
        (
            "Re-identifisering hos leverandør",
            "Lav",
            "Høy",
            "Pseudonymisering, sletting etter 24 timer",
        ),
        (
            "Leverandøren bruker bildene til trening",
            "Lav",
            "Høy",
            "Forbud i databehandleravtalen, revisjonsrett",
        ),
    ),
    not_taken=(
        "Analyse på egen server",
        "Vurdert, men leverandøren tilbyr ikke lokal installasjon.",
    ),
    residual="Helseopplysninger om barn til en leverandør med automatisert vurdering gir høy restrisiko.",
    processor=Processor(
        "DentAI Ltd.",
        "IE 712 554",
        "Harcourt Street 40, Dublin 2, Irland",
        "Ciara Byrne",
        "Privacy Manager",
        "+353 1 442 9170",
        "ciara.byrne@dentai.ie",
    ),
)

E2 = Topic(
    key="E2",
    title="Pasientportal med bildedeling og SMS-påminnelser",
    purpose="Formålet er at pasienter kan sende bilder av akutte plager før time, få påminnelser og lese behandlingsplan.",
    nature="Pasienter logger inn med BankID og kan laste opp bilder av tenner og munn, svare på et helseskjema og se egen behandlingsplan og priser. SMS-påminnelser sendes dagen før timen. Bildene brukes til å prioritere akutte timer.",
    scope="Om lag 25 000 aktive brukere. Navn, fødselsnummer, mobil, helseskjema, bilder av munn og ansikt, behandlingsplan.",
    flow="Portalen driftes av Klinikknett AS (databehandler, Norge); SMS sendes via Sveve AS (underdatabehandler). Bilder lagres i journalen. Data slettes etter journalforskriftens regler.",
    security="BankID nivå høyt, kryptering, logging, daglig sikkerhetskopi i Norge.",
    necessity="Akutte pasienter får i dag time etter telefonkø; bilder gjør det mulig å prioritere riktig. Grunnlag er art. 6 nr. 1 bokstav b og art. 9 nr. 2 bokstav h.",
    proportionality="Opplasting er frivillig; bildene skal kun vise munnen (veiledning i portalen); SMS inneholder ikke helseopplysninger.",
    safeguards=(
        "Personvernerklæring i portalen.",
        "Pasienten ser alle egne opplastinger og kan slette dem før de er journalført.",
    ),
    risks=(
        (
            "Bilder av ansikt gir mer informasjon enn nødvendig",
            "Høy",
            "Middels",
            "Veiledning og automatisk beskjæring",
        ),
        (
            "Feilsendt SMS avslører at noen er pasient",
            "Middels",
            "Lav",
            "Kontroll av nummer ved hver innlogging",
        ),
        ("Kontoovertakelse", "Lav", "Høy", "BankID"),
    ),
    not_taken=(
        "Å ikke tillate bilder fra barn under 16",
        "Vurdert, men foreldre sender ofte bilder for barna.",
    ),
    residual="Bilder av ansikt og helseskjema for barn gjør restrisikoen høy.",
    processor=Processor(
        "Klinikknett AS",
        "912 660 083",
        "Verftsgata 2, 9008 Tromsø",
        "Sindre Nilsen",
        "driftssjef",
        "+47 77 60 12 90",
        "sindre.nilsen@klinikknett.no",
    ),
)

# --- F: Aktiv Vest Treningssentre AS (nb) ----------------------------------------------------

F1 = Topic(
    key="F1",
    title="Ansiktsgjenkjenning ved inngang",
    purpose="Formålet er å hindre at medlemskort lånes bort og å gi døgnåpne sentre uten betjening tryggere adgang.",
    nature="Ved inngangen står en terminal som sammenligner ansiktet med en biometrisk mal lagret ved innmelding. Ved treff åpnes sluseporten. Malen lagres kryptert og kan ikke brukes til å gjenskape bildet.",
    scope="Om lag 19 000 medlemmer ved 9 sentre som velger ansiktsinngang. Biometrisk mal (art. 9), tidspunkt for inngang.",
    flow="Terminaler og maler driftes av Kinetica Systems Oy (databehandler, Finland). Inngangslogg lagres i medlemssystemet i 12 måneder. Malen slettes når medlemskapet opphører eller medlemmet går over til kort.",
    security="Malen lagres kryptert; matching skjer lokalt i terminalen; logg; tofaktor for administratorer.",
    necessity="Kortdeling er utbredt ved de ubetjente sentrene, og det har vært innbrudd og uønskede personer om natten. PIN og kort har ikke virket. Grunnlag er uttrykkelig samtykke etter art. 9 nr. 2 bokstav a.",
    proportionality="Frivillig – kort eller app er alltid et likeverdig alternativ uten merkostnad; ingen kamera-overvåking av lokalet knyttes til malen.",
    safeguards=(
        "Eget samtykkeskjema, ikke en del av medlemsvilkårene.",
        "Medlemmet kan trekke samtykket i appen; malen slettes innen 24 timer.",
        "Tydelig informasjon på terminalen.",
    ),
    risks=(
        (
            "Biometriske maler lekker og kan ikke «byttes»",
            "Lav",
            "Svært høy",
            "Kryptering, lokal matching, ingen sentral bildedatabase",
        ),
        (
            "Samtykket er ikke reelt frivillig",
            "Middels",
            "Høy",
            "Kort er likeverdig alternativ, ingen pris- eller køfordel",
        ),
        ("Feilmatch slipper inn uvedkommende", "Lav", "Middels", "Livetest i terminalen, logg"),
    ),
    not_taken=(
        "Kun bruk på betjente tider",
        "Vurdert, men problemet er nettopp de ubetjente tidene.",
    ),
    residual="Biometri i stor skala hos en kommersiell aktør gir høy restrisiko selv med samtykke.",
    processor=Processor(
        "Kinetica Systems Oy",
        "3120775-2",
        "Itämerenkatu 5, 00180 Helsinki, Finland",
        "Mikko Salonen",
        "Key Account Manager",
        "+358 50 441 2298",
        "mikko.salonen@kinetica.fi",
    ),
)

F2 = Topic(
    key="F2",
    title="Treningsapp med pulsdata og personlig oppfølging",
    purpose="Formålet er å gi medlemmer personlige treningsprogram basert på puls og aktivitet, og å tilby oppfølging fra personlig trener.",
    nature="Medlemmer kobler pulsklokke til appen. Appen beregner belastning, restitusjon og foreslår økter. Personlige trenere ser data for sine kunder. Et «helsekompass» spør om søvn, smerter og sykdom.",
    scope="Om lag 7 000 medlemmer og 45 trenere. Puls, aktivitet, søvn, egenrapporterte helseopplysninger.",
    flow="Appen driftes av Treningsdata Norge AS (databehandler). Trenere ser egne kunders data. Data slettes 6 måneder etter avsluttet bruk.",
    security="Kryptering, tilgangsstyring per trener, logging.",
    necessity="Medlemmene etterspør personlig oppfølging, og trenerne trenger data for å gi forsvarlige råd. Grunnlag art. 9 nr. 2 bokstav a (samtykke).",
    proportionality="Frivillig; helsekompasset kan hoppes over; trener ser bare egne kunder.",
    safeguards=(
        "Granulert samtykke: puls, søvn og helsekompass hver for seg.",
        "Medlemmet ser alt treneren ser.",
    ),
    risks=(
        (
            "Helsedata brukes til markedsføring",
            "Middels",
            "Høy",
            "Forbud i interne retningslinjer og avtale; teknisk skille fra CRM",
        ),
        (
            "Trener ser helseopplysninger om kunder som ikke lenger er kunder",
            "Middels",
            "Middels",
            "Tilgang stenges automatisk ved avsluttet avtale",
        ),
        (
            "Sårbare medlemmer (spiseforstyrrelser) skades av kaloriråd",
            "Lav",
            "Høy",
            "Ingen kaloritall for medlemmer under 18; varsel til trener ved ekstreme mønstre",
        ),
    ),
    not_taken=("Å tilby appen uten kobling til trener", "Gjennomføres i fase 2."),
    residual="Helsedata om mange medlemmer hos en treningskjede gir høy restrisiko.",
    processor=Processor(
        "Treningsdata Norge AS",
        "926 441 090",
        "Nygårdsgaten 91, 5008 Bergen",
        "Lise Fjeld",
        "daglig leder",
        "+47 55 21 60 70",
        "lise@treningsdata.no",
    ),
)

# --- G: Elvedal Energi AS (nb) ---------------------------------------------------------------

G1 = Topic(
    key="G1",
    title="Analyse av timesverdier fra AMS-målere for nettplanlegging og tapsreduksjon",
    purpose="Formålet er å finne nettstasjoner som nærmer seg kapasitetsgrensen, og å avdekke strømtyveri og feilmålinger.",
    nature="Timesverdier fra 62 000 AMS-målere kjøres gjennom en analysemodell som lager forbruksprofiler per målepunkt og markerer avvik (forbruk som ikke samsvarer med nettstasjonens måling, brå endringer). Avvik følges opp av en saksbehandler som kan kontakte kunden.",
    scope="62 000 husholdnings- og næringskunder. Måleverdier per time, målepunkt-ID, adresse, navn. Forbruksprofiler kan avsløre når folk er hjemme, antall personer og bruk av medisinsk utstyr.",
    flow="Data hentes fra Elhub og egen måleverdidatabase, analyseres i Gridlytics AS sin plattform (databehandler, Norge). Avvikslister går til nettavdelingen. Profiler slettes etter 13 måneder.",
    security="Pseudonymisering i analyseplattformen, nøkkel hos Elvedal, tilgangsstyring, logg.",
    necessity="Nettet må forsterkes for flere hundre millioner kroner; uten timesdata må det dimensjoneres med store marginer. Tap og tyveri utgjør ca. 2 % av levert energi. Grunnlag art. 6 nr. 1 bokstav c og e, jf. energiloven og forskrift om måling og avregning.",
    proportionality="Pseudonymisert analyse; re-identifisering bare for avvik; ingen kommersiell bruk; ingen deling med kraftleverandører.",
    safeguards=(
        "Informasjon på nettsiden og i faktura.",
        "Kunden får innsyn i egen profil i Min side.",
    ),
    risks=(
        (
            "Profiler avslører private forhold (fravær, helse)",
            "Middels",
            "Høy",
            "Pseudonymisering, kort lagring, tilgangsstyring",
        ),
        (
            "Kunder mistenkes urettmessig for tyveri",
            "Middels",
            "Middels",
            "Manuell kontroll før kontakt, kunden får uttale seg",
        ),
        ("Uautorisert tilgang hos leverandør", "Lav", "Høy", "Nøkkel hos Elvedal, revisjon"),
    ),
    not_taken=(
        "Døgnverdier i stedet for timesverdier",
        "Vurdert, men gir ikke nok informasjon om effekttopper.",
    ),
    residual="Detaljerte forbruksprofiler for hele kundemassen gir høy restrisiko.",
    processor=Processor(
        "Gridlytics AS",
        "923 880 114",
        "Professor Brochs gate 2, 7030 Trondheim",
        "Torstein Berg",
        "prosjektleder",
        "+47 73 60 55 02",
        "torstein.berg@gridlytics.no",
    ),
)

G2 = Topic(
    key="G2",
    title="Droneinspeksjon av kraftlinjer med kamera og termografi",
    purpose="Formålet er å inspisere 1 400 km kraftlinje raskere og tryggere enn med helikopter og montører i mast.",
    nature="Droner flyr langs linjene og tar bilder og termografi. Bildene analyseres automatisk for skader. Bildene kan vise personer, hus, hager og kjøretøy langs traseen.",
    scope="Eiere og beboere langs 1 400 km linjetrasé, turgåere. Bilder i høy oppløsning, posisjon.",
    flow="Bilder lastes opp til SkyInspect AS (databehandler, Norge) for analyse. Montører får bilder med funn. Bilder uten funn slettes etter 60 dager; personer og kjøretøy sladdes automatisk.",
    security="Automatisk sladding, kryptering, tilgang for nettavdelingen.",
    necessity="Lovpålagt tilsyn etter forskrift om elektriske forsyningsanlegg; helikopter er dyrere og farligere. Grunnlag art. 6 nr. 1 bokstav c.",
    proportionality="Kameraet peker mot linjen; flyging varsles; sladding før bilder brukes.",
    safeguards=("Varsling i lokalaviser og på nettsiden før flyging.", "Innsyn etter forespørsel."),
    risks=(
        ("Bilder av privat hage og personer", "Høy", "Middels", "Sladding, retting av kamera"),
        (
            "Termografi viser aktivitet inne i hus",
            "Lav",
            "Høy",
            "Termografi kun rettet mot linjekomponenter",
        ),
    ),
    not_taken=("Å fly bare om natten", "Ikke mulig av flysikkerhetshensyn."),
    residual="Systematisk fotografering av privat eiendom i stor skala gir høy restrisiko.",
    processor=Processor(
        "SkyInspect AS",
        "919 774 201",
        "Sluppenveien 10, 7037 Trondheim",
        "Ida Kvam",
        "kundeansvarlig",
        "+47 930 11 482",
        "ida.kvam@skyinspect.no",
    ),
)

# --- H: Kvitfjell Forsikring AS (nb) ---------------------------------------------------------

H1 = Topic(
    key="H1",
    title="Telematikk i bilforsikring (kjørestilsbasert pris)",
    purpose="Formålet er å gi kunder som kjører trygt lavere pris og å gi tilbakemelding som reduserer skader.",
    nature="Kunden installerer en app som bruker mobilens sensorer til å måle fart, akselerasjon, bremsing, mobilbruk under kjøring og tid på døgnet. Appen beregner en kjørescore hver måned, og scoren gir rabatt på inntil 25 %. Ved skade kan data fra de siste fem minuttene brukes i skadebehandlingen med kundens samtykke.",
    scope="Anslagsvis 30 000 kunder, også unge sjåfører fra 18 år. Posisjon (GPS), turer, hastighet, kjøremønster, score.",
    flow="App og analyse leveres av DriveScore Ltd. (databehandler, Storbritannia, adekvansbeslutning). Kvitfjell mottar bare månedlig score; rådata lagres hos leverandøren i 12 måneder. Ingen deling med andre forsikringsselskaper.",
    security="Kryptering, pseudonymisert kunde-ID hos leverandøren, tofaktor, revisjon av leverandøren årlig.",
    necessity="Vanlig prising bygger på alder og bosted, som er grove mål. Kjørestil gir mer rettferdig pris og færre skader. Grunnlag art. 6 nr. 1 bokstav b (avtale) og bokstav a for bruk ved skade.",
    proportionality="Frivillig produkt; scoren kan bare gi rabatt, ikke påslag; Kvitfjell ser ikke turer og posisjon.",
    safeguards=(
        "Kunden ser alle turer og kan slette enkeltturer der hun var passasjer.",
        "Forklaring av scoren i appen.",
        "Angrerett og mulighet til å gå over til vanlig forsikring.",
    ),
    risks=(
        (
            "Posisjonsdata avslører sensitive steder (sykehus, trossamfunn)",
            "Middels",
            "Høy",
            "Kvitfjell får ikke posisjon; sletting etter 12 måneder",
        ),
        (
            "Data brukes mot kunden ved skade",
            "Middels",
            "Høy",
            "Bruk ved skade krever eget samtykke",
        ),
        (
            "Unge sjåfører presses til å dele data for å få råd",
            "Høy",
            "Middels",
            "Ordinær pris for unge er ikke hevet",
        ),
    ),
    not_taken=("Å behandle all data lokalt i appen", "Teknisk ikke mulig hos leverandøren i dag."),
    residual="Posisjonsdata om mange kunder og mulig påvirkning på pris gir høy restrisiko.",
    processor=Processor(
        "DriveScore Ltd.",
        "UK 10488213",
        "12 Hatton Garden, London EC1N 8AN, Storbritannia",
        "Oliver Grant",
        "Head of Client Privacy",
        "+44 20 7946 0318",
        "oliver.grant@drivescore.co.uk",
    ),
)

H2 = Topic(
    key="H2",
    title="Automatisert svindelscore i skadebehandlingen",
    purpose="Formålet er å finne forsikringssvindel tidligere uten å forsinke ærlige kunder.",
    nature="Hver skademelding får en score fra en modell som bruker skadehistorikk, opplysninger i meldingen, tidspunkt og data fra Finans Norges skaderegister. Meldinger med høy score går til manuell kontroll; ingen avslag skjer automatisk.",
    scope="Om lag 80 000 skademeldinger i året. Skadeopplysninger, skadehistorikk, registeropplysninger, score.",
    flow="Modellen kjører i Kvitfjells egen skyplattform (Azure Norge), levert og driftet av Sikt Analyse AS (databehandler). Score lagres i skadesaken.",
    security="Tilgangsstyring, logging, modellen kan ikke se helseopplysninger i vedlegg.",
    necessity="Svindel koster bransjen over en milliard kroner i året; manuell kontroll av alle saker er umulig. Grunnlag art. 6 nr. 1 bokstav b og f.",
    proportionality="Ingen automatiske avslag; scoren vises ikke for andre enn kontrollenheten; modellen bruker ikke bosted eller nasjonalitet.",
    safeguards=(
        "Informasjon i vilkår og på skademeldingen.",
        "Kunden kan be om en forklaring på hvorfor saken ble kontrollert.",
    ),
    risks=(
        (
            "Diskriminering via indirekte variabler",
            "Middels",
            "Høy",
            "Test for skjevhet hvert halvår",
        ),
        (
            "Ærlige kunder får lengre behandlingstid",
            "Høy",
            "Middels",
            "Frist på 5 dager for manuell kontroll",
        ),
        (
            "Feilaktig mistanke registreres i bransjeregister",
            "Lav",
            "Høy",
            "Ingen melding til register uten menneskelig vurdering",
        ),
    ),
    not_taken=(
        "Å gi kunden beskjed om scoren",
        "Vurdert, men det ville gjort kontrollen virkningsløs.",
    ),
    residual="Profilering med betydning for utbetaling til mange kunder gir høy restrisiko.",
    processor=Processor(
        "Sikt Analyse AS",
        "929 114 530",
        "Dronning Eufemias gate 16, 0191 Oslo",
        "Petter Lie",
        "leveranseleder",
        "+47 21 09 44 70",
        "petter.lie@siktanalyse.no",
    ),
)

# --- I: Sjøtun Havbruk AS (nn) ---------------------------------------------------------------

I1 = Topic(
    key="I1",
    title="Fingeravtrykk for tilgang til fôrflåtar og slaktemerd",
    purpose="Føremålet er å sikre at berre tilsette med rett opplæring kjem om bord på fôrflåtane, og å kunne vite kven som er om bord ved ulukke.",
    nature="Ved landgangen til kvar fôrflåte står ein lesar som samanliknar fingeravtrykket med ein mal lagra på eit kort som den tilsette ber. Lesaren loggar namn, tid og flåte. Logg vert vist i sanntid på driftssentralen.",
    scope="Om lag 160 tilsette og 40 innleigde servicefolk. Biometrisk mal (på kortet, ikkje sentralt), tilgangslogg.",
    flow="Lesarar og logg vert drifta av Havsikring AS (databehandlar). Loggen går til driftssentralen og HMS-leiar. Logg vert sletta etter 6 månader; kortet vert nullstilt ved slutt.",
    security="Malen ligg berre på kortet; logg kryptert; tilgang berre for driftssentralen.",
    necessity="Ulukker på flåtane krev at vi veit kven som er om bord; nøkkelkort vert lånt bort. Grunnlag art. 9 nr. 2 bokstav b (arbeidsrett/HMS) og art. 6 nr. 1 bokstav c, jf. akvakulturdriftsforskrifta og arbeidsmiljølova.",
    proportionality="Mal berre på kortet; alternativ med kort og PIN for dei som ikkje vil; logg ikkje brukt til arbeidstidskontroll.",
    safeguards=(
        "Drøfta med tillitsvalde.",
        "Informasjon i personalhandboka og på landgangen.",
        "Innsyn i eigen logg via personalavdelinga.",
    ),
    risks=(
        (
            "Loggen vert brukt til kontroll av arbeidstid",
            "Middels",
            "Middels",
            "Forbod i reglement; tilgangslogg",
        ),
        (
            "Tap av kort med mal",
            "Middels",
            "Låg",
            "Malen kan ikkje nyttast utan kort og PIN; sperring",
        ),
        ("Press på innleigde til å gje biometri", "Middels", "Middels", "Alternativ for alle"),
    ),
    not_taken=("Sentral lagring av malar", "Ikkje gjennomført; for høg risiko."),
    residual="Biometri i arbeidsforhold gjev høg restrisiko for dei tilsette.",
    processor=Processor(
        "Havsikring AS",
        "917 330 662",
        "Sjøgata 21, 6100 Volda",
        "Arne Gjerde",
        "teknisk leiar",
        "+47 70 05 18 40",
        "arne.gjerde@havsikring.no",
    ),
)

I2 = Topic(
    key="I2",
    title="Posisjons- og trøyttleiksovervaking av mannskap på brønnbåtar",
    purpose="Føremålet er å hindre ulukker på grunn av trøyttleik og å vite kvar mannskapet er om bord ved brann og mann over bord.",
    nature="Mannskapet ber ein armband som registrerer posisjon om bord, puls og rørsle. Systemet varslar skipsføraren om nokon har vore vakne for lenge eller ikkje rører seg i eit risikoområde. Ved mann over bord utløyser armbandet alarm med posisjon.",
    scope="Om lag 70 mannskap på fem brønnbåtar. Posisjon om bord, pulsdata (helse), kvile- og arbeidstid.",
    flow="Data vert handsama av Marisafe AS (databehandlar). Skipsførar ser varsel; HMS-leiar ser samandrag. Rådata vert sletta etter 14 dagar.",
    security="Lokal server om bord, kryptert synkronisering, tilgangsstyring.",
    necessity="To nestenulukker med trøyttleik i 2025. Kvile- og arbeidstidsregistrering på papir er ikkje nok. Grunnlag art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav b, jf. skipssikkerheitslova.",
    proportionality="Ingen posisjon frå land; puls berre som trøyttleiksindikator; ikkje brukt til lønn eller disiplinærsaker.",
    safeguards=("Informasjon og opplæring ved påmønstring.", "Mannskapet ser eigne data i appen."),
    risks=(
        (
            "Helsedata (puls) brukt til å vurdere skikkaheit",
            "Middels",
            "Høg",
            "Forbod i avtale, berre varsel vert vist",
        ),
        (
            "Kjensle av konstant overvaking om bord der dei òg bur",
            "Høg",
            "Middels",
            "Armbandet vert teke av i lugar; ingen posisjon i lugar",
        ),
    ),
    not_taken=("Posisjon i lugar", "Ikkje innført; for inngripande."),
    residual="Overvaking av helse og posisjon der mannskapet både arbeider og bur gjev høg restrisiko.",
    processor=Processor(
        "Marisafe AS",
        "921 006 447",
        "Keiser Wilhelms gate 22, 6003 Ålesund",
        "Siri Brunstad",
        "prosjektleiar",
        "+47 70 10 42 66",
        "siri.brunstad@marisafe.no",
    ),
)

# --- J: Lumen Retail Norway AS (en) ----------------------------------------------------------

J1 = Topic(
    key="J1",
    title="In-store camera analytics for queue and shoplifting detection",
    purpose="The purpose is to shorten queues and reduce shoplifting in our 48 stores.",
    nature="Existing CCTV cameras feed a video-analytics service that counts people in queues, estimates dwell time and flags behaviour patterns associated with shoplifting (concealment gestures). Flags are sent to the store's security guard, who decides whether to act. Faces are not matched against any list.",
    scope="About 9 million store visits a year, including children, and 1 100 employees in view of the cameras. Video, derived movement data, flags.",
    flow="Video is analysed by Vistra Vision BV (processor, Netherlands, EU hosting). Flags and 30-second clips go to the store guard; queue figures go to store managers. Clips without an incident are deleted after 7 days.",
    security="Encryption, edge processing in store where possible, role-based access, logging.",
    necessity="Shrinkage costs about 1.4 % of turnover and assaults on staff have increased. Legal basis Art. 6(1)(f); the Personal Data Act § 31 and the CCTV regulation are considered.",
    proportionality="No facial recognition; no sound; flags never lead to action without a human decision; employees not assessed.",
    safeguards=(
        "Signs at every entrance with a QR link to the privacy notice.",
        "Employees informed and works council consulted.",
    ),
    risks=(
        (
            "Flags biased against certain groups, leading to discrimination",
            "Medium",
            "High",
            "Quarterly bias review of flags; guards trained",
        ),
        (
            "Employees monitored through the analytics",
            "Medium",
            "Medium",
            "Employee movements excluded from analytics",
        ),
        ("Clips shared beyond purpose", "Low", "High", "Sharing only with police on request"),
    ),
    not_taken=(
        "Switching off behaviour flags and keeping only queue counting",
        "Considered, but shoplifting is the main driver of the project.",
    ),
    residual="Large-scale behavioural analysis of customers in public-facing stores leaves high residual risk.",
    processor=Processor(
        "Vistra Vision BV",
        "KvK 81220451",
        "Keizersgracht 210, 1016 DZ Amsterdam, Netherlands",
        "Sanne de Wit",
        "Privacy & Compliance Lead",
        "+31 20 808 4471",
        "sanne.dewit@vistravision.nl",
    ),
)

J2 = Topic(
    key="J2",
    title="Loyalty programme with purchase-based profiling",
    purpose="The purpose is to give members personalised offers and to plan assortment.",
    nature="Members' purchases are linked to their membership. A model groups members into segments (e.g. «family with small children», «health-conscious») and predicts interest in product groups. Offers in the app are based on the segment. Pharmacy and baby products are part of the assortment.",
    scope="About 1.2 million members. Purchase history, segment, app use, age, postcode.",
    flow="Data is processed in Lumen Group's CRM platform run by Nordcloud Data Oy (processor, Finland). Segments stay within Lumen Norway; no sale of data. Purchase history kept 24 months.",
    security="Pseudonymised analytics, role-based access, logging.",
    necessity="Members ask for relevant offers; generic offers have low uptake. Legal basis Art. 6(1)(a) consent for profiling, Art. 6(1)(b) for the membership.",
    proportionality="Pharmacy and baby products excluded from profiling; profiling can be switched off while keeping the membership.",
    safeguards=(
        "Granular consent in the app.",
        "Members can see their segment and purchase history.",
    ),
    risks=(
        (
            "Segments reveal health or pregnancy",
            "Medium",
            "High",
            "Sensitive product groups excluded",
        ),
        (
            "Consent not freely given because discounts depend on it",
            "Medium",
            "Medium",
            "Basic discount without profiling",
        ),
    ),
    not_taken=("Profiling only in-app, not by e-mail", "Implemented in phase 2."),
    residual="Profiling of a large share of the population leaves a high residual risk.",
    processor=Processor(
        "Nordcloud Data Oy",
        "2991457-3",
        "Keilaranta 1, 02150 Espoo, Finland",
        "Jussi Virtanen",
        "Service Manager",
        "+358 40 552 0193",
        "jussi.virtanen@nordclouddata.fi",
    ),
)
