# ruff: noqa: E501
"""Twenty planned processings for the blind15 corpus, two per sender, in the sender's language.

Each topic carries what a DPIA needs: a description (nature, scope, context, purpose), the data
flow (sources, recipients, retention, security), necessity, proportionality, safeguards, risks as
(threat, likelihood, consequence, measure), a measure considered but not taken, and the residual
risk that makes the sender ask for prior consultation. Organisations and people are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Proc:
    """A processor as the sender names it: organisation, where it sits, and its contact."""

    org: str
    where: str
    person: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    short: str
    desc: str
    scope: str
    flow: str
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, str, str, str], ...]
    not_taken: str
    residual: str
    proc: Proc | None


A1 = Topic(
    key="A1",
    title="ARBEID ETTER KREFT – kobling av journaldata, Kreftregisteret og NAV-data",
    short="forskningsprosjekt som kobler journaldata med registerdata om arbeid og trygd etter kreftbehandling",
    desc="Forskningsavdelingen skal undersøke hvordan pasienter behandlet for tarmkreft ved Sykehuset Nordvik HF i perioden 2012–2024 kommer tilbake i arbeid. Journalopplysninger om diagnose, behandling og komplikasjoner kobles med opplysninger fra Kreftregisteret og med NAV-data om sykepenger, arbeidsavklaringspenger og uføretrygd for de samme personene. Prosjektet er godkjent av REK med dispensasjon fra taushetsplikten; det innhentes ikke samtykke fordi mange av pasientene er døde eller ikke kan nås.",
    scope="Om lag 6 400 pasienter. Særlige kategorier: helseopplysninger. I tillegg trygdeytelser, inntekt i grupper og utdanningsnivå. Fødselsnummer brukes bare ved koblingen og erstattes av et løpenummer; koblingsnøkkelen oppbevares hos Kreftregisteret. Data slettes 31.12.2031.",
    flow="Kilder: pasientjournalen (DIPS), Kreftregisteret og NAV. Mottakere: bare prosjektgruppen (fem forskere). Data ligger i en lukket forskningssone driftet av Klinidata AS; ingen data kan lastes ut uten godkjenning fra prosjektleder og personvernombud. Tilgang krever to-faktor og logges.",
    necessity="Spørsmålet kan ikke besvares uten å koble behandlingsdata med data om arbeid og trygd for de samme personene. Et anonymt uttrekk ville ikke gjøre det mulig å følge hver pasient over tid. Vi har vurdert å bruke bare Kreftregisteret, men der mangler opplysninger om komplikasjoner som er helt sentrale i problemstillingen.",
    proportionality="Vi bruker bare de variablene protokollen trenger (listen er gjennomgått med personvernombudet og redusert fra 112 til 47 variabler). Inntekt hentes i grupper, ikke eksakt. Resultatene publiseres bare på gruppenivå med minst ti personer per celle.",
    safeguards=(
        "Pseudonymisering før data kommer inn i forskningssonen",
        "Informasjon om prosjektet på sykehusets nettside med reservasjonsadgang",
        "Innsyn og reservasjon håndteres av prosjektleder innen 30 dager",
        "Tilgangslogg gjennomgås hver måned",
    ),
    risks=(
        (
            "Bakveisidentifisering av pasienter med sjeldne kombinasjoner av behandling og ytelse",
            "Middels",
            "Høy",
            "Grovere kategorier, minst ti per celle, utdata kontrolleres før eksport",
        ),
        (
            "Uautorisert tilgang i forskningssonen",
            "Lav",
            "Høy",
            "To-faktor, logging, månedlig gjennomgang",
        ),
        (
            "Pasienter vet ikke at de inngår og kan ikke reservere seg",
            "Høy",
            "Middels",
            "Informasjon på nettside og i pasientforeningens blad; reservasjonsskjema",
        ),
        (
            "Data brukes til andre formål enn protokollen",
            "Lav",
            "Høy",
            "Avtale med hver forsker; formålsbegrensning i databehandleravtalen",
        ),
    ),
    not_taken="Individuell informasjon per brev til alle levende pasienter er vurdert, men ikke valgt: adressene er gamle, og et brev om kreft kan ramme etterlatte; REK har akseptert dette.",
    residual="Restrisikoen for bakveisidentifisering og for at pasientene ikke kjenner til prosjektet vurderes fortsatt som høy.",
    proc=Proc(
        "Klinidata AS",
        "org.nr. 923 118 402, Sandviksveien 14, 5035 Bergen",
        "Tor Einar Vik",
        "leveranseansvarlig",
        "+47 55 30 41 20",
        "tor.einar.vik@klinidata.no",
    ),
)

A2 = Topic(
    key="A2",
    title="SEPSIS-VARSEL – maskinlæringsmodell for tidlig varsling av sepsis i akuttmottaket",
    short="utvikling og utprøving av en maskinlæringsmodell som varsler sepsis i akuttmottaket",
    desc="Forskningsavdelingen skal trene og deretter prøve ut en maskinlæringsmodell som beregner risiko for sepsis hos pasienter i akuttmottaket. Modellen trenes på historiske journaldata (vitale tegn, blodprøver, fritekst fra triage) for alle besøk 2018–2025. I utprøvingsfasen vises risikoskåren for legen i journalen, men beslutningen tas alltid av legen.",
    scope="Treningsdata: om lag 210 000 besøk fra 118 000 pasienter, herunder barn. Helseopplysninger og fritekst som kan inneholde opplysninger om rus, psykiatri og familieforhold. Utprøving: om lag 30 000 besøk over tolv måneder. Treningsdata slettes når modellen er validert, senest 2029.",
    flow="Kilder: DIPS og laboratoriesystemet. Data behandles i sykehusets egen analyseplattform; modellutvikleren Nordic Sepsis Analytics AS har tilgang via sykehusets VDI og får ikke data ut. Skåren skrives tilbake til journalen. Ingen mottakere utenfor sykehuset.",
    necessity="Sepsis oppdages ofte for sent; en modell trenger store mengder historiske data for å bli presis nok. Fritekst fra triage bidrar vesentlig til treffsikkerheten i pilotforsøket (AUC fra 0,78 til 0,86).",
    proportionality="Vi har fjernet identifikatorer og kjører frittekst gjennom en filtreringsmodell som maskerer navn og adresser. Barn tas med fordi sepsis hos barn er en hovedgrunn til prosjektet. Skåren er beslutningsstøtte, aldri en automatisk avgjørelse.",
    safeguards=(
        "Informasjon i akuttmottaket og på nettsiden, reservasjonsrett for fremtidige data",
        "Ingen automatiserte avgjørelser; legen dokumenterer sin vurdering",
        "Skjevhetsanalyse av modellen per kjønn, alder og morsmål",
    ),
    risks=(
        (
            "Modellen gir dårligere varsler for enkelte grupper (skjevhet)",
            "Middels",
            "Høy",
            "Skjevhetsanalyse før og under utprøving; terskler justeres",
        ),
        (
            "Fritekst med sensitive opplysninger eksponeres for utvikleren",
            "Middels",
            "Høy",
            "Maskering, tilgang kun via VDI, logging",
        ),
        (
            "Leger stoler for mye på skåren",
            "Middels",
            "Høy",
            "Opplæring; skåren vises som støtte med forklaring",
        ),
        (
            "Gjenbruk av modellen utenfor prosjektet",
            "Lav",
            "Middels",
            "Eierskap og bruk regulert i avtale",
        ),
    ),
    not_taken="Å trene uten fritekst er vurdert og forkastet fordi presisjonen ble for lav til klinisk bruk.",
    residual="Risikoen for skjevhet og for eksponering av fritekst anses fortsatt som høy etter tiltak.",
    proc=Proc(
        "Nordic Sepsis Analytics AS",
        "org.nr. 931 004 552, Innovasjonsparken 3, 7030 Trondheim",
        "Siri Aune",
        "prosjektleder",
        "+47 73 80 22 19",
        "siri.aune@nsanalytics.no",
    ),
)

B1 = Topic(
    key="B1",
    title="Kamera med lyd i drosjene",
    short="kamera med lydopptak i alle drosjene",
    desc="Vi vil montere kamera i alle 86 drosjer i Byløven Taxi. Kameraet filmer baksete og forsete og tar opp lyd. Opptak lagres kryptert i bilen og slettes automatisk etter 72 timer, med mindre sjåføren trykker på en alarmknapp eller det er meldt en hendelse. Da lastes opptaket opp til leverandørens skyløsning og kan hentes ut av to personer hos oss. Formålet er sjåførenes og passasjerenes sikkerhet etter flere voldsepisoder i 2025.",
    scope="Passasjerer (om lag 900 000 turer i året, også barn og personer på vei til sykehus), sjåfører (140). Lyd kan inneholde helseopplysninger og andre private samtaler. Opptak som lastes opp lagres 30 dager, eller til politiet har hentet dem.",
    flow="Kilder: kamera og mikrofon i bil. Mottakere: to utpekte personer i Byløven (trafikksjef og daglig leder), politiet ved anmeldelse. Leverandøren Taxiflyt AS drifter sentral og skylagring i Norge.",
    necessity="Vi har hatt 14 anmeldte voldshendelser mot sjåfører på to år. Bilde alene er ikke nok: trusler skjer muntlig, og lyd er det som viser hva som skjedde. Alternativer som alarmknapp og skillevegg er prøvd.",
    proportionality="Opptak slettes etter 72 timer i bilen og ses bare ved hendelse. Lyd tas bare opp når taksameteret er på (ikke pauser). Tydelig merking på dør og i bil, og passasjeren kan be om at lyd slås av ved bestilling i appen.",
    safeguards=(
        "Klistremerke på bakdør og skjerm i bilen om opptak",
        "Lyd av etter ønske ved bestilling i appen",
        "Uthenting bare av to personer, med logg",
        "Sjåførene kan ikke se opptakene selv",
    ),
    risks=(
        (
            "Private samtaler (helse, familie) blir tatt opp",
            "Høy",
            "Høy",
            "Kort lagring, bare utlesing ved hendelse",
        ),
        ("Opptak misbrukes av egne ansatte", "Lav", "Høy", "To personer, logg, taushetserklæring"),
        (
            "Sjåfører overvåkes i arbeidet",
            "Middels",
            "Middels",
            "Ikke brukt til kontroll av sjåfør; avtale med tillitsvalgt",
        ),
        ("Innbrudd i bil og tyveri av minnekort", "Lav", "Middels", "Kryptert minne"),
    ),
    not_taken="Å bare ta opp lyd etter at alarmknappen trykkes er vurdert, men da går det viktigste tapt.",
    residual="Opptak av lyd fra alle turer gir høy restrisiko for passasjerenes privatliv.",
    proc=Proc(
        "Taxiflyt AS",
        "org.nr. 919 552 311, Kanalveien 9, 5068 Bergen",
        "Jan Ove Sæle",
        "kundeansvarlig",
        "+47 55 92 40 00",
        "jan.ove.saele@taxiflyt.no",
    ),
)

B2 = Topic(
    key="B2",
    title="Trøtthetsvarsling og kjørestilsdata for sjåfører",
    short="kamera mot sjåføren som varsler trøtthet, og registrering av kjørestil",
    desc="Vi vil installere et system som filmer sjåførens ansikt og varsler når sjåføren viser tegn på trøtthet eller ser bort fra veien. Samtidig registreres kjørestil (brå oppbremsing, fart, svinger) fra bilens datamaskin. Varsler sendes til sjåføren i bilen og samles i en ukentlig rapport per sjåfør. Formålet er trafikksikkerhet etter to trøtthetsrelaterte ulykker i 2025.",
    scope="140 sjåfører, mange selvstendige løyvehavere som kjører for oss. Ansiktsbilder analyseres løpende (biometriske trekk for øye- og hodebevegelse, ikke identifikasjon), kjørestil og posisjon. Rapporter lagres 6 måneder.",
    flow="Kilder: kamera i bilen og bilens CAN-buss. Mottakere: sjåføren selv, trafikksjef. Leverandøren Telemetrik AS drifter analysen; bildene forlater ikke bilen, bare varsler og tall sendes.",
    necessity="Trøtthet er en kjent årsak til ulykker i nattskift. Sjåførene har bedt om tiltak etter ulykkene. Skiftplaner alene løser ikke problemet fordi løyvehaverne selv bestemmer hvor lenge de kjører.",
    proportionality="Bildene analyseres i bilen og lagres ikke. Rapporten brukes til samtale og opplæring, ikke til oppsigelse eller sanksjoner. Systemet er av når bilen står parkert og når sjåføren har pause.",
    safeguards=(
        "Drøftet med tillitsvalgt og løyvehaverforeningen",
        "Sjåføren ser sin egen rapport i appen",
        "Ingen lagring av bilder",
    ),
    risks=(
        (
            "Rapportene brukes til å sanksjonere sjåfører",
            "Middels",
            "Høy",
            "Skriftlig forbud i instruks; tillitsvalgt får innsyn i bruk",
        ),
        (
            "Feilvarsler for sjåfører med medisinske forhold (f.eks. øyelokk)",
            "Middels",
            "Middels",
            "Sjåfør kan kommentere varsler; manuell vurdering",
        ),
        ("Posisjonsdata viser private forhold", "Middels", "Middels", "Posisjon bare ved varsel"),
    ),
    not_taken="Å ha systemet kun på nattskift er vurdert; det er ikke valgt fordi en av ulykkene skjedde på dagtid.",
    residual="Kontinuerlig biometrisk analyse av sjåfører i arbeid gir høy restrisiko.",
    proc=Proc(
        "Telemetrik AS",
        "org.nr. 915 880 207, Sluppenveien 20, 7037 Trondheim",
        "Karin Moe",
        "teknisk ansvarlig",
        "+47 73 10 55 80",
        "karin.moe@telemetrik.no",
    ),
)

C1 = Topic(
    key="C1",
    title="Strøyming av gudstenester, gravferder og vigslar",
    short="strøyming av gudstenester, gravferder og vigslar frå kyrkjene i Nordre Skogbygd",
    desc="Fellesrådet vil setje opp fast kamera og mikrofon i dei tre kyrkjene og strøyme gudstenester, gravferder og vigslar på nett. Gravferder og vigslar blir strøymde berre når familien ber om det, og då med ei lukka lenkje. Gudstenester blir strøymde ope og ligg ute i 30 dagar.",
    scope="Kyrkjelyden, pårørande ved gravferder, born i dåp og på trusopplæringstiltak, tilsette og frivillige. Opplysningar om religiøs tilknyting (særleg kategori) går fram av sjølve deltakinga. Om lag 250 handlingar i året.",
    flow="Kjelder: kamera og mikrofon i kyrkjerommet. Mottakarar: alle som ser strøyminga; ved lukka strøyming berre dei familien gjev lenkja til. Kyrkjestraum AS driv strøymeplattforma og lagrar opptaka i Noreg.",
    necessity="Mange eldre og sjuke kan ikkje koma til kyrkja, og familie i utlandet ønskjer å følgje gravferder. Under pandemien vart strøyming tatt i bruk, og etterspurnaden har halde fram.",
    proportionality="Kameraet er retta mot koret, ikkje mot benkene, og dei fem første benkeradene er merka som «utanfor bilete». Dåp blir berre vist når foreldra samtykkjer. Opptak blir sletta etter 30 dagar (gudstenester) eller 7 dagar (gravferder).",
    safeguards=(
        "Skilt ved inngangen og informasjon i kunngjeringane",
        "Samtykkeskjema ved dåp, vigsel og gravferd",
        "Ingen strøyming av skriftemål, sjelesorg eller nattverd med nærbilete",
    ),
    risks=(
        (
            "Deltakarar blir kjende att og knytte til trusutøving",
            "Høg",
            "Høg",
            "Kamera mot koret; merka soner; lukka strøyming ved gravferd",
        ),
        (
            "Lenkje til lukka gravferd blir delt vidare",
            "Middels",
            "Middels",
            "Lenkja går ut etter 7 dagar",
        ),
        (
            "Born blir viste utan samtykke",
            "Middels",
            "Høg",
            "Samtykke frå foreldra; operatør klipper ut",
        ),
    ),
    not_taken="Sladding av andlet i sanntid er vurdert, men leverandøren har ikkje slik funksjon og prisen for ei eiga løysing er for høg.",
    residual="Open strøyming av gudstenester viser trusutøving for alle, og restrisikoen er høg.",
    proc=Proc(
        "Kyrkjestraum AS",
        "org.nr. 926 440 118, Strandgata 5, 6900 Florø",
        "Eirik Hovland",
        "dagleg leiar",
        "+47 57 74 20 10",
        "eirik@kyrkjestraum.no",
    ),
)

C2 = Topic(
    key="C2",
    title="Digital påmelding og oppfølging av konfirmantar",
    short="digitalt påmeldingssystem for konfirmantar med helseopplysningar til leir",
    desc="Fellesrådet innfører eit digitalt system for påmelding til konfirmasjonstida. Foreldre melder på konfirmanten, fyller ut skjema om allergiar, medisinar, diagnosar og tilretteleggingsbehov til leiren, og systemet brukar dette til deltakarlister, rom- og kostlister og kontakt på SMS.",
    scope="Om lag 180 konfirmantar i året (14–15 år) og foreldra deira. Helseopplysningar og opplysningar om trutilhøyrsle. Leiropplysningar blir sletta 30 dagar etter leiren, anna ved slutten av konfirmantåret.",
    flow="Kjelder: foreldra sjølve og medlemsregisteret i Den norske kyrkja. Mottakarar: kateket, leiarar på leiren (berre det dei treng), kjøkkenet (berre kost). Soknedata AS driv systemet.",
    necessity="Leirleiarane må vite om allergiar og medisinar for å ta vare på tryggleiken til ungdomane. Papirskjema har kome på avvegar to gonger.",
    proportionality="Skjemaet spør berre etter det leiaren treng, og foreldra vel sjølve kva dei fører opp. Kjøkkenet ser berre kost, ikkje diagnose.",
    safeguards=(
        "Tilgangsstyring per rolle",
        "Informasjon til foreldra ved påmelding",
        "Sletting etter fast plan",
    ),
    risks=(
        (
            "Helseopplysningar om born blir kjende for fleire enn naudsynt",
            "Middels",
            "Høg",
            "Rollestyrt tilgang; leirleiar ser berre eiga gruppe",
        ),
        (
            "Frivillige leiarar lastar ned lister til eigen telefon",
            "Høg",
            "Middels",
            "Nedlasting sperra; opplæring",
        ),
        ("Opplysningane blir liggjande etter leiren", "Middels", "Middels", "Automatisk sletting"),
    ),
    not_taken="To-faktor for frivillige leiarar er vurdert, men ikkje innført fordi mange ikkje har eigen telefon i teneste.",
    residual="Frivillige med tilgang til helseopplysningar om born gjev framleis høg restrisiko.",
    proc=Proc(
        "Soknedata AS",
        "org.nr. 918 300 774, Kongens gate 2, 7011 Trondheim",
        "Liv Tangen",
        "kundeansvarleg",
        "+47 73 52 11 90",
        "liv.tangen@soknedata.no",
    ),
)

D1 = Topic(
    key="D1",
    title="Remote proctoring with facial verification for digital home exams",
    short="remote online proctoring with facial verification for home exams",
    desc="The Faculty of Health and Social Sciences plans to use remote proctoring for digital home exams in the bachelor programmes in nursing and social work. The student's webcam, microphone and screen are recorded during the exam; the student's face is compared with the student card photo at the start, and software flags 'suspicious behaviour' (looking away, other voices, other faces). Flags are reviewed by two exam officers before any case of suspected cheating is opened.",
    scope="About 2 300 students per year, about 9 000 exam sittings. Biometric data (facial template for verification), video and audio from the student's home, which may show family members, religious items or health aids. Recordings kept 21 days, or until a cheating case is closed.",
    flow="Sources: the student's own device and the student card photo from the student register. Recipients: two exam officers; the faculty's cheating committee where a case is opened. ExamGuard Ltd processes the recordings in its EU data centre (Frankfurt).",
    necessity="Nursing and social work exams are authorisation-relevant; the faculty must be able to trust the results. Campus exam halls cannot hold all students after the building works at Kaiområdet, and oral follow-up exams for all are not feasible with current staff.",
    proportionality="Facial verification only at start, not continuously. Flags never lead to automatic decisions. Students who object can take the exam on campus in a small room. Recordings are deleted after 21 days unless a case is opened.",
    safeguards=(
        "Campus alternative for any student who asks",
        "Human review of every flag by two officers",
        "Information in the exam regulations and a practice exam",
        "Sampling audit of flags for bias every semester",
    ),
    risks=(
        (
            "Intrusion into the home (family, religious items, health aids visible)",
            "High",
            "High",
            "Background blur; campus alternative",
        ),
        (
            "Facial verification works worse for darker skin tones",
            "Medium",
            "High",
            "Manual ID check fallback; bias audit",
        ),
        (
            "False cheating suspicion from flags",
            "Medium",
            "High",
            "Two-officer review; student heard before case",
        ),
        (
            "Data transferred outside the EEA by the vendor's support",
            "Low",
            "High",
            "Contract bans transfers; EU support only",
        ),
    ),
    not_taken="Continuous facial recognition was considered and rejected as disproportionate; a lockdown browser without video was considered but judged insufficient by the exam board.",
    residual="The residual risk of intrusion into students' homes and of biased verification is still high.",
    proc=Proc(
        "ExamGuard Ltd",
        "Manchester, United Kingdom",
        "Priya Nair",
        "Head of Privacy",
        "+44 161 496 0732",
        "privacy.officer@examguard.co.uk",
    ),
)

D2 = Topic(
    key="D2",
    title="Learning analytics early-warning model for student dropout",
    short="a learning analytics model that predicts which students are at risk of dropping out",
    desc="The faculty wants to use data from the learning platform (logins, submissions, video viewing, forum activity) and the student register (grades, credits, programme) to predict which first-year students are at risk of dropping out. Student advisers receive a weekly list of students with high risk scores and invite them to a conversation.",
    scope="About 1 100 first-year students per year. Activity logs, grades and credits; no special categories are used, but the model may act as a proxy for health or family situation. Scores are kept for the academic year; logs for 12 months.",
    flow="Sources: the learning platform and the student register. Recipients: four student advisers. StudyPulse BV hosts the model in the Netherlands.",
    necessity="First-year dropout in the faculty is 24 %. Advisers today only learn about problems when students have already failed exams. Earlier contact is the aim of the faculty's quality plan.",
    proportionality="The score only leads to an invitation, never to a decision about the student. Students can opt out in the student portal. Teachers do not see scores.",
    safeguards=(
        "Opt-out in the student portal",
        "Scores not visible to teachers",
        "Annual evaluation of effect and bias",
    ),
    risks=(
        (
            "Students feel watched and change behaviour",
            "High",
            "Medium",
            "Transparency page; opt-out",
        ),
        (
            "Stigmatisation if the score leaks to teachers",
            "Low",
            "High",
            "Role-based access only for advisers",
        ),
        (
            "Model is less accurate for part-time and international students",
            "Medium",
            "Medium",
            "Bias evaluation; advisers told about limits",
        ),
    ),
    not_taken="Consent-based participation was considered; rejected because students most at risk are the least likely to opt in.",
    residual="Profiling of all first-year students remains a high risk after measures.",
    proc=Proc(
        "StudyPulse BV",
        "Utrecht, the Netherlands",
        "Daan de Vries",
        "Customer Success Lead",
        "+31 30 799 4410",
        "daan.devries@studypulse.nl",
    ),
)

E1 = Topic(
    key="E1",
    title="Kundeklubben Lindeblad+ med reseptpåminnelser og tilpassede tilbud",
    short="kundeklubb med påminnelse om reseptfornyelse og tilbud tilpasset kjøp",
    desc="Apotek Lindeblad (62 apotek) skal lansere kundeklubben Lindeblad+. Medlemmer får påminnelse når en resept går ut eller en fast medisin bør hentes, og får tilbud på handelsvarer basert på tidligere kjøp. Reseptdata og handelsvaredata kobles i kundeprofilen når medlemmet har samtykket til det.",
    scope="Forventet 250 000 medlemmer. Helseopplysninger (legemidler på resept, kjøp av f.eks. graviditetstester, inkontinensprodukter, nikotinerstatning). Profilen slettes 12 måneder etter siste kjøp eller når medlemskapet avsluttes.",
    flow="Kilder: kassesystemet, reseptformidleren (eResept) via apotekets system, medlemmet selv. Mottakere: ingen utenfor apoteket; leverandøren Kundeklubb Nord AS drifter plattformen og sender SMS og e-post.",
    necessity="Kundene ber om påminnelser; manglende henting av faste legemidler er et kjent problem, særlig for eldre. Tilpassede tilbud er nødvendig for at klubben skal være lønnsom.",
    proportionality="To separate samtykker: ett for reseptpåminnelser, ett for tilbud. Reseptdata brukes aldri til tilbud. Visse varegrupper (graviditet, seksualhelse, rus) er tatt ut av tilbudsmotoren.",
    safeguards=(
        "Separate og granulerte samtykker i appen",
        "Innsyn i egen profil i appen",
        "Sperrede varegrupper i tilbudsmotoren",
    ),
    risks=(
        (
            "Utledning av helsetilstand fra handelsvarer",
            "Høy",
            "Høy",
            "Sperrede varegrupper; ingen segmenter på helse",
        ),
        ("Reseptdata lekker til markedsføring", "Lav", "Høy", "Teknisk skille mellom moduler"),
        (
            "Kunder forstår ikke hva de samtykker til",
            "Middels",
            "Middels",
            "Brukertest av samtykketekst",
        ),
        ("SMS med legemiddelnavn leses av andre", "Middels", "Middels", "SMS uten legemiddelnavn"),
    ),
    not_taken="Å utelate profilering på handelsvarer helt er vurdert, men da mister klubben den kommersielle begrunnelsen.",
    residual="Utledning av helseforhold fra kjøpsmønster gir fortsatt høy risiko.",
    proc=Proc(
        "Kundeklubb Nord AS",
        "org.nr. 922 781 006, Storgata 51, 9008 Tromsø",
        "Mats Isaksen",
        "leveranseleder",
        "+47 77 60 32 45",
        "mats.isaksen@kundeklubbnord.no",
    ),
)

E2 = Topic(
    key="E2",
    title="Kameraovervåking med automatisk tyverideteksjon i apotekene",
    short="kamera med automatisk gjenkjenning av tyveriadferd i apotekene",
    desc="Vi vil bytte ut dagens kameraanlegg i 18 apotek med høyt svinn med kamera som analyserer bevegelser og varsler ansatte når adferd ligner tyveri (f.eks. varer i lomme). Varselet vises på en skjerm bak disken med et kort klipp. Ingen ansiktsgjenkjenning.",
    scope="Alle kunder i de 18 apotekene (om lag 2 millioner besøk i året) og ansatte. Kunder i reseptkø kan ha synlig helsetilstand. Klipp lagres 7 dager, ved anmeldelse lenger.",
    flow="Kilder: kameraene. Mottakere: ansatte i apoteket, sikkerhetssjef, politiet ved anmeldelse. Visent Analytics AS drifter analysen i Norge.",
    necessity="Svinnet i de 18 apotekene var 4,1 millioner kroner i 2025, og ansatte har opplevd trusler ved konfrontasjon. Vanlige kameraer har ikke redusert svinnet.",
    proportionality="Analysen dekker bare handelsvareområdet, ikke reseptdisk og konsultasjonsrom. Ansatte konfronterer ikke kunder på grunnlag av varselet alene.",
    safeguards=(
        "Skilting",
        "Maskering av reseptdisk og konsultasjonsrom",
        "Ansatte får opplæring i bruk av varsler",
    ),
    risks=(
        (
            "Feilvarsler mot uskyldige kunder",
            "Middels",
            "Høy",
            "Ingen konfrontasjon på varsel alene",
        ),
        (
            "Ansatte blir overvåket",
            "Middels",
            "Middels",
            "Ikke brukt til kontroll av ansatte; avtale med tillitsvalgte",
        ),
        (
            "Skjevhet i modellen mot enkelte grupper",
            "Middels",
            "Høy",
            "Leverandørens testrapport; egen stikkprøve",
        ),
    ),
    not_taken="Å begrense til åpningstid med få ansatte er vurdert, men ikke valgt.",
    residual="Automatisk analyse av alle kunder gir høy restrisiko.",
    proc=Proc(
        "Visent Analytics AS",
        "org.nr. 929 114 860, Drammensveien 130, 0277 Oslo",
        "Henrik Berg",
        "driftsansvarlig",
        "+47 22 09 71 30",
        "henrik.berg@visent.no",
    ),
)

F1 = Topic(
    key="F1",
    title="Kroppsbårne kameraer for vektere",
    short="kroppsbårne kameraer for vektere i kjøpesentre og på kollektivknutepunkt",
    desc="Vaktsenteret Sikring skal utstyre 120 vektere med kroppsbårne kameraer. Kameraet startes manuelt når en situasjon kan bli konfliktfylt; de siste 30 sekundene før start lagres også (forhåndsbuffer). Opptakene overføres til en skyløsning når vekteren leverer kameraet. Formålet er å forebygge vold mot vektere og dokumentere hendelser.",
    scope="Publikum i 14 kjøpesentre og 3 kollektivknutepunkt, herunder ruspåvirkede og mindreårige; vekterne selv. Video og lyd. Opptak uten hendelse slettes etter 48 timer, med hendelse etter 90 dager eller når saken er avsluttet.",
    flow="Kilder: kameraene. Mottakere: vaktleder, politiet ved anmeldelse, kunden (senteret) bare i anonymisert form. Evidentia Cloud Ltd lagrer opptakene i Irland.",
    necessity="Antall voldshendelser mot våre vektere økte fra 31 til 58 fra 2023 til 2025. Erfaring fra pilot viser at varsling om opptak demper situasjoner.",
    proportionality="Ingen kontinuerlig opptak; vekter sier fra før start. Forhåndsbufferen er begrenset til 30 sekunder uten lyd.",
    safeguards=(
        "Muntlig varsel før opptak og merke på uniform",
        "Vekter kan ikke slette eller se opptak",
        "Logg over all uthenting",
    ),
    risks=(
        (
            "Opptak av tredjepersoner og mindreårige",
            "Høy",
            "Middels",
            "Kort sletting; maskering ved utlevering",
        ),
        (
            "Vektere bruker kamera mot publikum i stedet for å dempe",
            "Middels",
            "Høy",
            "Instruks og stikkprøver",
        ),
        ("Tilgang fra leverandør utenfor EØS", "Lav", "Høy", "Avtale om EU-støtte"),
    ),
    not_taken="Opptak uten lyd er vurdert, men lyd er avgjørende for å dokumentere trusler.",
    residual="Opptak av sårbare personer i offentlig rom gir høy restrisiko.",
    proc=Proc(
        "Evidentia Cloud Ltd",
        "Dublin, Irland",
        "Ciara Byrne",
        "Data Protection Lead",
        "+353 1 443 2870",
        "ciara.byrne@evidentia.ie",
    ),
)

F2 = Topic(
    key="F2",
    title="GPS-sporing og alenearbeidsalarm for vektere",
    short="GPS-sporing og alenearbeidsalarm i vekternes telefoner",
    desc="Alle vektere på patrulje og alenearbeid skal ha en app som sender posisjon hvert minutt til vaktsentralen, og som gir alarm hvis vekteren ikke beveger seg (fall) eller trykker på alarmknappen. Posisjonsloggen brukes også til å dokumentere at avtalte runder er gått overfor kundene.",
    scope="Om lag 400 vektere. Posisjon hele skiftet, bevegelse og alarmer. Logg lagres 90 dager.",
    flow="Kilder: vekterens telefon. Mottakere: vaktsentralen; kunder får rapport om gjennomført runde (tid og sted, ikke navn). Trygglink AS drifter løsningen.",
    necessity="Alenearbeid er en kjent risiko i bransjen, og arbeidsmiljøloven krever tiltak. Kundene krever dokumentasjon av runder.",
    proportionality="Sporing bare i skift; appen stopper ved utlogging. Loggen brukes ikke til å måle effektivitet per vekter.",
    safeguards=(
        "Avtale med tillitsvalgte",
        "Innsyn i egen logg",
        "Ingen sporing i pauser utenfor oppdrag",
    ),
    risks=(
        (
            "Loggen brukes til å kontrollere den enkelte",
            "Middels",
            "Høy",
            "Formålsbegrensning i instruks",
        ),
        ("Sporing fortsetter etter skift", "Lav", "Høy", "Automatisk stopp ved utlogging"),
        ("Kundene får personopplysninger om vekterne", "Lav", "Middels", "Rapport uten navn"),
    ),
    not_taken="Posisjon bare ved alarm er vurdert, men gir ikke dokumentasjon av runder.",
    residual="Kontinuerlig posisjonssporing av ansatte gir høy restrisiko.",
    proc=Proc(
        "Trygglink AS",
        "org.nr. 913 775 402, Hvamveien 4, 2013 Skjetten",
        "Nina Lie",
        "kundeservicesjef",
        "+47 64 84 20 00",
        "nina.lie@trygglink.no",
    ),
)

G1 = Topic(
    key="G1",
    title="AI-assisted scoring of recorded video interviews",
    short="AI-assisted scoring of recorded video interviews for our clients' recruitment",
    desc="Northbridge Talent will offer clients asynchronous video interviews: candidates record answers to standard questions, and an AI tool from HireLens transcribes the answers and scores them against the competencies in the job profile. Our consultants see the scores and the recordings and decide who goes forward. We act as controller for our own candidate database and pre-screening.",
    scope="About 15 000 candidates per year. Video, voice, transcripts and competency scores. Facial expressions are NOT analysed (feature disabled). Data kept 6 months after the process, or 2 years with consent for the talent pool.",
    flow="Sources: the candidate. Recipients: our consultants; the client receives a shortlist with scores. HireLens Inc. processes data on servers in the EU; its support is in the US.",
    necessity="Volume roles (customer service, logistics) get 300–800 applications each; manual screening takes weeks. Standard questions make the assessment more consistent across candidates.",
    proportionality="Only transcripts are scored; video is for humans only. No candidate is rejected on the score alone; a consultant reviews every rejection. Candidates can choose a phone interview instead.",
    safeguards=(
        "Alternative phone interview",
        "Human review of every rejection",
        "Annual adverse impact test by gender and age",
        "Candidate information before recording",
    ),
    risks=(
        (
            "Discrimination from scoring (accent, language, disability)",
            "Medium",
            "High",
            "Transcript only; adverse impact test; human review",
        ),
        (
            "Candidates feel pressure to accept AI assessment",
            "High",
            "Medium",
            "Real alternative offered",
        ),
        (
            "Access from the US through vendor support",
            "Low",
            "High",
            "SCCs and transfer impact assessment; EU support preferred",
        ),
    ),
    not_taken="Turning the scoring off for candidates over 60 was considered and rejected as itself discriminatory.",
    residual="The residual risk of discriminatory effects on candidates is assessed as high.",
    proc=Proc(
        "HireLens Inc.",
        "Austin, Texas, USA",
        "Jordan Miller",
        "Privacy Counsel",
        "+1 512 555 0198",
        "jordan.miller@hirelens.com",
    ),
)

G2 = Topic(
    key="G2",
    title="Pre-employment background screening incl. open social media review",
    short="background screening of candidates for security-sensitive roles, including public social media",
    desc="For clients in energy and finance we plan to offer background screening of final candidates: verification of education and employment history, a credit check where the role handles money, and a review of the candidate's public social media for violence, threats or disclosure of confidential information. Screening is done by Veritas Screening AB on our instruction.",
    scope="About 900 candidates per year. Identity, education, employment history, credit data, public posts (which may reveal political opinions, religion, health). Report kept 6 months.",
    flow="Sources: the candidate, former employers, universities, a credit agency, public social media. Recipients: our consultant and the client's HR lead. Veritas Screening AB (Stockholm).",
    necessity="Clients are subject to security regulations that require screening of persons in sensitive roles. Without screening we cannot serve these clients.",
    proportionality="Only final candidates, with their knowledge. Social media review only for posts from the last five years, and only for the three listed risk themes; political and religious content is not recorded.",
    safeguards=(
        "Candidate informed and may comment on the report",
        "Fixed search protocol",
        "No screening of friends and family",
    ),
    risks=(
        (
            "Irrelevant special category data enters the report",
            "Medium",
            "High",
            "Search protocol; reviewer training",
        ),
        ("Mistaken identity in social media", "Medium", "High", "Two identifiers required"),
        (
            "Candidates cannot refuse in practice",
            "High",
            "Medium",
            "Screening only after conditional offer",
        ),
    ),
    not_taken="Excluding social media review entirely was considered; clients in energy require it.",
    residual="Residual risk of chilling effect and of special category data remains high.",
    proc=Proc(
        "Veritas Screening AB",
        "Stockholm, Sweden",
        "Anna Sjöberg",
        "Client Director",
        "+46 8 410 233 70",
        "anna.sjoberg@veritasscreening.se",
    ),
)

H1 = Topic(
    key="H1",
    title="Digitale lås med adgangslogg og kamera i inngangspartier",
    short="digitale lås med adgangslogg og kamera i inngangspartiene i utleiegårdene",
    desc="Solberg Eiendomsforvaltning forvalter 41 utleiegårder i Oslo med om lag 1 900 leiligheter. Vi vil erstatte nøkler med digitale lås (brikke og app) på ytterdør, bod og vaskeri, og sette opp kamera i inngangspartiene. Adgangsloggen viser hvilken brikke som åpnet hvilken dør og når. Formålet er å hindre innbrudd i boder og uønsket opphold i oppgangene.",
    scope="Om lag 3 800 beboere, herunder barn, og besøkende. Adgangslogg (navn, leilighet, tidspunkt), video fra inngangsparti. Logg lagres 30 dager, video 7 dager.",
    flow="Kilder: lås og kamera. Mottakere: forvalter og vaktmester ved hendelse; politiet ved anmeldelse. Låsnett AS drifter låsesystemet og videolagringen.",
    necessity="Det har vært 76 innbrudd i boder på to år, og beboerne har klaget over opphold i oppgangene. Vanlige nøkler går tapt og kan ikke sperres.",
    proportionality="Kameraene dekker bare inngangspartiet, ikke trapper eller dører til leiligheter. Loggen brukes ikke til å følge med på beboernes vaner, bare ved hendelse.",
    safeguards=(
        "Informasjon til beboerne og skilting",
        "Oppslag i logg bare ved hendelse, med begrunnelse",
        "Beboermøte i hver gård før oppstart",
    ),
    risks=(
        (
            "Loggen avslører beboernes vaner og besøk (f.eks. fremleie, samboerskap)",
            "Høy",
            "Høy",
            "Bruk bare ved hendelse; logg over oppslag",
        ),
        ("Bruk av logg i husleietvister", "Middels", "Høy", "Forbudt i instruks"),
        ("Kamera fanger opp barn og besøkende", "Høy", "Middels", "Kort lagring; bare inngang"),
    ),
    not_taken="Anonym brikke uten kobling til leilighet er vurdert, men da kan tapte brikker ikke sperres.",
    residual="En fullstendig logg over når beboerne kommer og går gir høy restrisiko.",
    proc=Proc(
        "Låsnett AS",
        "org.nr. 924 660 391, Brynsveien 8, 0667 Oslo",
        "Ole Kristian Hauge",
        "prosjektleder",
        "+47 23 17 44 00",
        "ole.kristian.hauge@lasnett.no",
    ),
)

H2 = Topic(
    key="H2",
    title="Sensorer for personbelegg i kontorbygg",
    short="sensorer som måler personbelegg i kontorbyggene vi forvalter",
    desc="I seks kontorbygg vil vi montere tilstedeværelsessensorer i møterom og kontorlandskap og telle wifi-enheter per etasje for å styre ventilasjon og renhold etter bruk. Dataene vises for leietakerne i et dashbord per etasje.",
    scope="Om lag 2 600 ansatte hos 40 leietakere. Sensordata per plass (opptatt/ledig), MAC-adresser som hashes. Rådata slettes etter 24 timer, aggregerte data etter 3 år.",
    flow="Kilder: sensorer og wifi-aksesspunkter. Mottakere: driftsavdelingen; leietakerne ser aggregerte data for sine arealer.",
    necessity="Energibruken i byggene skal ned 25 % innen 2028; ventilasjon og renhold etter faktisk bruk er det største enkelttiltaket.",
    proportionality="Sensorene registrerer bare opptatt/ledig, ikke bilde. Data per plass vises aldri for leietakere; minste enhet i dashbordet er en sone med minst 10 plasser.",
    safeguards=(
        "Informasjon via leietakerne",
        "Hashing av MAC-adresser med daglig saltbytte",
        "Minste visningsenhet 10 plasser",
    ),
    risks=(
        (
            "Leietaker bruker data til å overvåke egne ansatte",
            "Middels",
            "Høy",
            "Bare aggregater; avtale forbyr slik bruk",
        ),
        ("Gjenidentifisering av enheter via MAC", "Lav", "Middels", "Daglig saltbytte"),
        (
            "Ansatte vet ikke om sensorene",
            "Middels",
            "Middels",
            "Merking i rommene; info via leietaker",
        ),
    ),
    not_taken="Å droppe wifi-telling er vurdert, men sensorene alene dekker ikke kontorlandskapene.",
    residual="Risikoen for at leietakere bruker dataene til kontroll av ansatte vurderes som høy.",
    proc=Proc(
        "Byggsans AS",
        "org.nr. 928 001 553, Nydalsveien 28, 0484 Oslo",
        "Marte Ruud",
        "driftsleder",
        "+47 21 05 66 10",
        "marte.ruud@byggsans.no",
    ),
)

I1 = Topic(
    key="I1",
    title="Lesarprofilering for personalisert betalingsmur og annonsar",
    short="lesarprofilering for personalisert betalingsmur og målretta annonsar",
    desc="Fjordposten vil byggje ein lesarprofil for alle innlogga lesarar og for ikkje-innlogga lesarar med informasjonskapsel. Profilen viser kva saker lesaren les, kor lenge og kva emne, og blir brukt til å avgjere når betalingsmuren skal visast og til målretta annonsar. Lesing av saker om helse, religion og politikk kan seie noko om lesaren.",
    scope="Om lag 95 000 unike lesarar i veka, 21 000 abonnentar. Leseåtferd, emne, grov stad (kommune), einingsdata. Profil blir sletta etter 13 månader utan aktivitet.",
    flow="Kjelder: nettstaden og appen. Mottakarar: marknadsavdelinga; annonsørar får berre segment, ikkje personopplysningar. Medialytics GmbH køyrer profilmotoren i Tyskland.",
    necessity="Annonseinntektene har falle med 30 % på tre år. Ein statisk betalingsmur gjev for få nye abonnentar; personleg tilpassa mur gjev 40 % fleire i testen.",
    proportionality="Emne som helse, religion, politikk og seksualitet blir tekne ut av annonsesegmenta. Ikkje-innlogga lesarar må samtykkje i banneret; avslag er like enkelt som å godta.",
    safeguards=(
        "Samtykkebanner med like val",
        "Sperra emne for annonsesegment",
        "Innsyn i eigen profil for innlogga lesarar",
    ),
    risks=(
        (
            "Profilen avslører politisk syn, helse eller religion",
            "Høg",
            "Høg",
            "Sperra emne; ingen lagring av emne for artiklar merka sensitive",
        ),
        (
            "Lesarar sluttar å lese visse saker (nedkjølande verknad)",
            "Middels",
            "Høg",
            "Openheit om profilen",
        ),
        ("Overføring til tredjeland via underleverandør", "Låg", "Høg", "Avtale krev EU-lagring"),
    ),
    not_taken="Å halde alle politiske saker utanfor profilen er vurdert, men då fell ein stor del av lesinga bort.",
    residual="Restrisikoen for at profilen avslører sensitive forhold er høg.",
    proc=Proc(
        "Medialytics GmbH",
        "Hamburg, Tyskland",
        "Lena Fischer",
        "Account Director",
        "+49 40 325 118 60",
        "lena.fischer@medialytics.de",
    ),
)

I2 = Topic(
    key="I2",
    title="Andletsattkjenning for tagging av personar i biletarkivet",
    short="andletsattkjenning for å finne og merke personar i biletarkivet",
    desc="Fjordposten har eit biletarkiv med om lag 1,4 millionar bilete frå 1950 til i dag. Vi vil bruke andletsattkjenning til å finne bilete av same person og foreslå namn, slik at journalistane finn bilete raskare. Namnet blir berre lagt inn når ein journalist stadfester det.",
    scope="Alle personar avbilda i arkivet, også born, personar i sorg, ved ulukker og i rettssaker. Biometriske malar (særleg kategori). Malar blir lagra så lenge biletet er i arkivet.",
    flow="Kjelder: eige biletarkiv. Mottakarar: berre redaksjonen (40 journalistar og fotografar). Arkivsyn AS køyrer analysen i Noreg.",
    necessity="Søk på namn gjev i dag berre treff der namnet står i bileteteksta. Ved nyheitssaker må vi raskt finne eldre bilete.",
    proportionality="Berre personar som allereie er namngjevne i minst éin bilettekst kan foreslåast; born under 15 år blir ikkje foreslått. Journalist stadfestar alltid.",
    safeguards=("Ingen forslag for born", "Stadfesting av journalist", "Logg over søk"),
    risks=(
        (
            "Personar blir knytte til gamle, belastande bilete",
            "Middels",
            "Høg",
            "Berre intern bruk; presseetisk vurdering ved publisering",
        ),
        ("Feil namn blir sett på bilete", "Middels", "Middels", "Stadfesting; retting"),
        ("Biometriske malar kjem på avvegar", "Låg", "Høg", "Kryptering; drift i Noreg"),
    ),
    not_taken="Å avgrense til bilete etter 2000 er vurdert, men då fell nytta bort.",
    residual="Biometrisk handsaming av eit heilt arkiv gjev høg restrisiko.",
    proc=Proc(
        "Arkivsyn AS",
        "org.nr. 920 566 813, Nygårdsgaten 91, 5008 Bergen",
        "Anders Brekke",
        "teknisk leiar",
        "+47 55 21 70 40",
        "anders.brekke@arkivsyn.no",
    ),
)

J1 = Topic(
    key="J1",
    title="Kontobasert billettering med reisehistorikk",
    short="kontobasert billettering i app og reisekort med lagret reisehistorikk",
    desc="Tindved Kollektiv skal erstatte dagens billettsystem med kontobasert billettering. Passasjeren sjekker inn med app eller reisekort, og prisen beregnes i etterkant ut fra faktiske reiser (prisgaranti). Dette krever at hver påstigning og avstigning lagres knyttet til kontoen.",
    scope="Om lag 160 000 kunder, herunder barn og studenter. Konto, betalingsmiddel, hver reise (stopp, tid), rabattgrunnlag (honnør, uføre – som indikerer helse). Reisehistorikk lagres 13 måneder, betalingsdata etter bokføringsloven.",
    flow="Kilder: app, kortlesere på bussene, passasjeren. Mottakere: kundesenteret; politiet ved pålegg. Billettdata Nordic AS drifter systemet.",
    necessity="Fylkeskommunen har vedtatt prisgaranti og dynamiske takster, som forutsetter at reiser kan knyttes til samme kunde.",
    proportionality="Anonymt reisekort med kontant påfyll beholdes som alternativ. Historikk over 13 måneder lagres bare aggregert.",
    safeguards=(
        "Anonymt kort som alternativ",
        "Innsyn i egen historikk i appen",
        "Politiet får bare data ved rettslig pålegg",
    ),
    risks=(
        (
            "Bevegelsesmønster kan avsløre bosted, arbeid, helsebesøk",
            "Høy",
            "Høy",
            "Kort lagring; begrenset tilgang",
        ),
        (
            "Utlevering til foreldre eller ektefelle via kundesenter",
            "Middels",
            "Høy",
            "Identitetskontroll",
        ),
        (
            "Rabattgrunnlag avslører uførhet",
            "Middels",
            "Middels",
            "Rabatt lagres som kategori, ikke grunn",
        ),
    ),
    not_taken="Pseudonym konto er vurdert, men ikke valgt fordi kundesenteret da ikke kan hjelpe ved tapt kort.",
    residual="Lagring av alle reiser gir høy restrisiko for kartlegging av bevegelser.",
    proc=Proc(
        "Billettdata Nordic AS",
        "org.nr. 917 300 256, Lilleakerveien 31, 0283 Oslo",
        "Geir Rønning",
        "kundeansvarlig",
        "+47 22 87 41 00",
        "geir.ronning@billettdata.no",
    ),
)

J2 = Topic(
    key="J2",
    title="Passasjertelling med 3D-kamera og kameraovervåking med lyd i bussene",
    short="automatisk passasjertelling med 3D-kamera og kameraovervåking med lyd",
    desc="I alle 240 busser skal det monteres 3D-kamera over dørene som teller passasjerer, og kameraovervåking i kupeen der lyd også tas opp. Telling brukes til ruteplanlegging. Overvåkingen skal forebygge vold og hærverk; opptak hentes ut bare ved hendelse.",
    scope="Alle passasjerer (om lag 18 millioner reiser i året) og sjåførene. 3D-data lagres ikke som bilde. Video og lyd lagres 7 dager i bussen.",
    flow="Kilder: kamera og mikrofoner i bussen. Mottakere: sikkerhetsleder, politiet ved anmeldelse. Optiflow AS leverer telling og lagring.",
    necessity="Vold mot sjåfører og passasjerer har økt; fylket krever dokumentasjon av belegg for ruteplanlegging.",
    proportionality="Lyd bare i bakre del av kupeen; sjåførens arbeidsplass filmes ikke. Opptak slettes automatisk etter 7 dager.",
    safeguards=("Skilting ved dørene", "Uthenting med logg og to-personsregel"),
    risks=(
        (
            "Lydopptak av private samtaler",
            "Høy",
            "Høy",
            "Kort lagring; uthenting bare ved hendelse",
        ),
        (
            "Bruk av opptak til kontroll av sjåfører",
            "Middels",
            "Middels",
            "Avtale med tillitsvalgte",
        ),
    ),
    not_taken="Overvåking uten lyd er vurdert; lyd er beholdt fordi trusler er vanskelig å dokumentere uten.",
    residual="Lydopptak i offentlig transport gir høy restrisiko.",
    proc=Proc(
        "Optiflow AS",
        "org.nr. 916 220 418, Fornebuveien 37, 1366 Lysaker",
        "Hilde Strand",
        "leveranseansvarlig",
        "+47 67 10 88 30",
        "hilde.strand@optiflow.no",
    ),
)
