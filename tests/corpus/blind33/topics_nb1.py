# ruff: noqa: E501
"""Bokmål topics: Lindeberg Legesenter (B), Fjordbyen Boligbyggelag (D), Kvikk Logistikk (F)."""

from __future__ import annotations

from topic import Proc, Topic

# --- B: Lindeberg Legesenter AS --------------------------------------------------------------

KONSULTRO = Proc(
    "Konsultro AS",
    "919 447 082",
    "Grensen 5, 0159 Oslo",
    "videokonsultasjon",
    "Petra Hovland",
    "kundeansvarlig helse",
    "23 65 18 40",
    "petra.hovland@konsultro.no",
)
TALESMART = Proc(
    "Talesmart AS",
    "926 510 774",
    "Innherredsveien 7, 7014 Trondheim",
    "tale-til-tekst og notatutkast",
    "Rune Amundsen",
    "teknisk leder",
    "930 11 472",
    "rune.amundsen@talesmart.no",
)

TB1 = Topic(
    key="TB1",
    title="Videokonsultasjon med KI-assistert journalnotat",
    what=(
        "Legesenteret vil tilby videokonsultasjon for alle fastlegelistene og samtidig la et KI-verktøy lage utkast til journalnotat fra lyden i konsultasjonen. Legen starter opptaket etter å ha spurt pasienten, verktøyet lager et strukturert utkast (anamnese, funn, vurdering, tiltak), og legen retter og signerer notatet i journalsystemet. Lyden slettes når notatet er signert.",
        "Senteret har seks fastleger med til sammen 7 900 listepasienter, og vi regner med 250–300 videokonsultasjoner i måneden. Opptakene inneholder helseopplysninger og ofte opplysninger om familie og arbeid.",
    ),
    flow=(
        ("Kilder", "pasienten i konsultasjonen; legens egne notater"),
        ("Mottakere", "behandlende lege; ingen andre får lyden"),
        (
            "Lagring",
            "lyd og utkast slettes ved signering, senest etter 48 timer; signert notat i journalen etter pasientjournalloven",
        ),
        (
            "Informasjonssikkerhet",
            "innlogging med BankID eller HelseID, ende-til-ende-kryptert video, lyd kryptert til Talesmart, drift i Norge",
        ),
        ("Ansvar", "legesenteret er dataansvarlig; Konsultro AS og Talesmart AS er databehandlere"),
    ),
    need=(
        "Legene bruker i dag 10–12 minutter per konsultasjon på dokumentasjon etter at pasienten har gått. Kortere dokumentasjonstid gir flere ledige timer og bedre journaler. Videokonsultasjon er etterspurt av pasienter med lang reisevei og av pasienter som ikke kan ta fri fra jobb.",
        "KI-notatet er frivillig for pasienten og legen, og konsultasjonen kan alltid gjennomføres uten opptak. Vi har vurdert å bare bruke diktering etter konsultasjonen, men det sparer lite tid. Lyden brukes ikke til noe annet enn utkastet.",
    ),
    rights=(
        "pasienten spørres før hvert opptak og kan si nei uten å oppgi grunn",
        "informasjon på nettsiden, i timebekreftelsen og på skjermen under konsultasjonen",
        "lyden brukes aldri til trening av modeller (avtalefestet)",
        "pasienten kan be om innsyn i og retting av notatet som før",
    ),
    risks=(
        (
            "Feil i utkastet blir stående i journalen",
            "Middels",
            "Høy",
            "legen må lese og signere; utkastet er merket til det er signert",
        ),
        (
            "Pasienten føler seg presset til å godta opptak",
            "Middels",
            "Middels",
            "standardvalget er uten opptak; legen spør muntlig",
        ),
        (
            "Lydopptak kommer på avveie hos leverandør",
            "Lav",
            "Høy",
            "kryptering, sletting etter 48 timer, revisjon av leverandørene",
        ),
        (
            "Pasienten er ikke alene i rommet og tredjepersoner blir tatt opp",
            "Middels",
            "Middels",
            "legen spør om andre er til stede; opptaket kan stoppes",
        ),
        (
            "Uvedkommende logger inn i videorommet",
            "Lav",
            "Høy",
            "sterk autentisering og venterom der legen slipper inn",
        ),
    ),
    skipped=(
        (
            "Tale-til-tekst på eget utstyr på legesenteret",
            "for kostbart for et senter av vår størrelse; ingen norsk løsning tilgjengelig lokalt i dag",
        ),
        (
            "Obligatorisk opptak for å få nok data til kvalitetssikring",
            "forkastet fordi det ville gjøre samtykket verdiløst",
        ),
    ),
    residual="Vi vurderer at risikoen fortsatt er høy fordi vi tar i bruk ny teknologi på særlige kategorier av opplysninger i stor skala, og ber derfor om forhåndsdrøftelse.",
    procs=(KONSULTRO, TALESMART),
)

TB2 = Topic(
    key="TB2",
    title="Risikoberegning for diabetes type 2 på journaldata",
    what=(
        "Vi ønsker å kjøre en algoritme over journalene til alle listepasienter over 30 år for å finne dem som har høy risiko for diabetes type 2 uten å være diagnostisert. Algoritmen bruker alder, BMI, blodtrykk, HbA1c og glukose der det finnes, familiehistorie og enkelte legemidler. Pasienter over en grense får brev eller melding på Helsenorge med tilbud om en kontroll.",
        "Det gjelder om lag 5 200 pasienter; vi forventer at 300–400 får tilbud. Ingen blir innkalt uten at fastlegen har sett på listen.",
    ),
    flow=(
        ("Kilder", "journalsystemet (strukturerte data og koder)"),
        ("Mottakere", "fastlegen til pasienten; ingen utenfor senteret"),
        ("Lagring", "risikolisten lagres i tre måneder; innkallingen dokumenteres i journalen"),
        (
            "Informasjonssikkerhet",
            "algoritmen kjører inne i journalsystemet, ingen data forlater systemet",
        ),
        (
            "Ansvar",
            "legesenteret er dataansvarlig; Journalia AS leverer og drifter journalsystemet og modulen som databehandler",
        ),
    ),
    need=(
        "Omtrent en av fire med diabetes type 2 vet ikke at de har sykdommen. Tidlig diagnose reduserer komplikasjoner. Uten algoritmen må legene lete manuelt i journalene, noe de ikke har tid til.",
        "Vi bruker bare data som allerede står i journalen, og tilbudet er frivillig. Vi har vurdert å annonsere en åpen kontrolldag i stedet, men erfaringen er at de som trenger det mest, ikke kommer.",
    ),
    rights=(
        "informasjon på nettsiden og oppslag på venterommet før første kjøring",
        "pasienter kan reservere seg mot å bli med i beregningen",
        "brevet forklarer hvilke opplysninger som ligger til grunn",
        "ingen opplysninger deles med NAV, forsikring eller andre",
    ),
    risks=(
        (
            "Pasienter opplever innkallingen som overvåking eller skremmende",
            "Middels",
            "Middels",
            "nøktern tekst, fastlegen ser listen først, mulighet for reservasjon",
        ),
        (
            "Algoritmen bommer for noen grupper (f.eks. etnisitet)",
            "Middels",
            "Høy",
            "validering mot norske data; fastlegens skjønn avgjør",
        ),
        (
            "Listen havner hos uvedkommende",
            "Lav",
            "Høy",
            "tilgangsstyring i journalsystemet; ingen utskrift",
        ),
    ),
    skipped=(
        (
            "Samtykke fra hver pasient før beregning",
            "ville kreve kontakt med alle 5 200 og gjøre tiltaket urealistisk",
        ),
    ),
    residual="Restrisikoen knytter seg til profilering av helseopplysninger i stor skala og er etter vår vurdering høy.",
    procs=(
        Proc(
            "Journalia AS",
            "913 204 668",
            "Lysaker Torg 25, 1366 Lysaker",
            "journalsystem og beregningsmodul",
            "Trine Bjørnstad",
            "personvernansvarlig",
            "67 10 52 30",
            "trine.bjornstad@journalia.no",
        ),
    ),
)

TB3 = Topic(
    key="TB3",
    title="Bilder av hudforandringer med KI-sortering før legetime",
    what=(
        "Pasienter som bestiller time for en føflekk eller annen hudforandring, skal kunne sende inn bilder via en app. En KI-modell sorterer bildene i tre hastegrader, og legen ser gjennom bildene og sorteringen før timen. Målet er at mistenkelige forandringer får time samme uke, og at ufarlige forandringer kan vurderes uten oppmøte.",
        "Vi regner med 120 innsendinger i måneden. Bildene kan vise intime kroppsdeler og er helseopplysninger; noen pasienter er mindreårige (over 16 år).",
    ),
    flow=(
        ("Kilder", "pasienten (bilder, kort beskrivelse, alder)"),
        ("Mottakere", "fastlegen; ved henvisning hudlege via vanlig elektronisk henvisning"),
        ("Lagring", "bildene lagres i journalen; i appen slettes de etter 30 dager"),
        ("Informasjonssikkerhet", "innlogging med BankID, kryptering, drift i EØS"),
        (
            "Ansvar",
            "legesenteret er dataansvarlig; Hudsjekk AS er databehandler for appen og modellen",
        ),
    ),
    need=(
        "Ventetiden for hudlege er lang, og mange kommer til fastlegen med forandringer som er ufarlige, mens alvorlige funn kan bli liggende. Forhåndssortering hjelper legen å prioritere.",
        "Modellen avgjør ikke noe alene; alle bilder ses av lege. Pasienten kan alltid velge vanlig time uten å sende bilder.",
    ),
    rights=(
        "bruk av appen er frivillig",
        "informasjon om modellen og hva den kan og ikke kan",
        "pasienten kan slette bilder i appen før de er sett",
        "innsyn og retting etter pasientjournalloven",
    ),
    risks=(
        (
            "Modellen underestimerer kreft på mørk hud",
            "Middels",
            "Høy",
            "alle bilder ses av lege; leverandøren dokumenterer treningsdata; egen kontroll første år",
        ),
        (
            "Intime bilder kommer på avveie",
            "Lav",
            "Høy",
            "ingen lagring på telefonen, kryptering, sletting i appen",
        ),
        (
            "Falsk trygghet for pasienten",
            "Middels",
            "Høy",
            "pasienten får aldri modellens vurdering direkte",
        ),
    ),
    skipped=(
        (
            "Lagre bildene bare i journalen og ikke i appen",
            "appen trenger bildene i 30 dager til oppfølging; vurderes igjen ved neste versjon",
        ),
    ),
    residual="Bruk av KI på helseopplysninger og bilder av kroppen gir høy restrisiko.",
    procs=(
        Proc(
            "Hudsjekk AS",
            "929 007 315",
            "Oslo Science Park, Gaustadalléen 21, 0349 Oslo",
            "app og KI-modell",
            "Sara Nguyen",
            "produktansvarlig",
            "944 01 286",
            "sara.nguyen@hudsjekk.no",
        ),
    ),
)

TB4 = Topic(
    key="TB4",
    title="Opptak og KI-sortering av telefonsamtaler til legekontoret",
    what=(
        "Alle innkommende samtaler til legekontoret skal tas opp, transkriberes automatisk og sorteres etter hastegrad av en språkmodell, slik at helsesekretærene kan ringe tilbake i riktig rekkefølge når køen er lang. Pasienten hører en innledende melding om opptaket og kan trykke 9 for å unngå det.",
        "Kontoret tar imot rundt 9 000 samtaler i måneden. Samtalene handler om symptomer, prøvesvar, resepter og sykmeldinger, og det er ofte pårørende som ringer.",
    ),
    flow=(
        ("Kilder", "innringer (lyd, telefonnummer)"),
        ("Mottakere", "helsesekretærer og lege ved behov"),
        (
            "Lagring",
            "lyd i 14 dager, transkripsjon i 30 dager; relevante opplysninger føres i journalen",
        ),
        ("Informasjonssikkerhet", "kryptert lagring, tilgang for innloggede ansatte, logg"),
        (
            "Ansvar",
            "legesenteret er dataansvarlig; Talesmart AS er databehandler for transkripsjon og sortering",
        ),
    ),
    need=(
        "Køen på telefon er i dag opptil 40 minutter, og pasienter med alvorlige symptomer blir stående i kø. Opptak og sortering gjør at de mest akutte henvendelsene blir fanget opp først.",
        "Opptak er bare nødvendig for sorteringen; vi lagrer lyden kort og gir innringer mulighet til å reservere seg. En tilbakeringingsløsning uten opptak er prøvd, men den sier ingenting om hastegrad.",
    ),
    rights=(
        "muntlig melding før opptak og mulighet til å reservere seg",
        "informasjon på nettsiden",
        "innsyn i opptak og transkripsjon så lenge de finnes",
        "ingen bruk av opptak til kontroll av ansatte",
    ),
    risks=(
        (
            "Akutte henvendelser blir feilsortert som lite haster",
            "Middels",
            "Høy",
            "stikkord som «brystsmerter» gir alltid høyeste hastegrad; 113-melding i køen",
        ),
        (
            "Opptak av tredjepersoner (pårørende, barn)",
            "Høy",
            "Middels",
            "kort lagring, ingen videre bruk",
        ),
        (
            "Ansatte opplever overvåking",
            "Middels",
            "Lav",
            "avtale om at opptak ikke brukes i personalsaker",
        ),
        ("Uautorisert tilgang hos leverandør", "Lav", "Høy", "databehandleravtale og revisjon"),
    ),
    skipped=(
        (
            "Sletting av lyd straks etter transkripsjon",
            "lyden trengs for å kontrollere feil i transkripsjonen de første to ukene",
        ),
    ),
    residual="Risikoen for feilsortering og for opptak av helseopplysninger i stort omfang er høy også etter tiltakene.",
    procs=(TALESMART,),
)

# --- D: Fjordbyen Boligbyggelag SA -----------------------------------------------------------

TD1 = Topic(
    key="TD1",
    title="Kameraovervåking med skiltgjenkjenning i garasjeanlegg",
    what=(
        "Boligbyggelaget vil sette opp kameraovervåking med automatisk skiltgjenkjenning i de 11 garasjeanleggene vi forvalter for borettslagene. Kameraene filmer innkjøringen og fellesarealene i garasjen; skiltet leses og sammenlignes med listen over registrerte biler, og porten åpnes automatisk for dem. Ukjente biler registreres, og vaktselskapet får varsel om biler som står over 24 timer uten tillatelse.",
        "Det gjelder rundt 1 900 beboere og deres besøkende, samt håndverkere og leverandører. Omfanget er 64 kameraer.",
    ),
    flow=(
        ("Kilder", "kameraene; registreringslisten fra beboerportalen"),
        ("Mottakere", "vaktselskapet; politiet ved anmeldelse"),
        ("Lagring", "video 7 dager, skiltlogg 30 dager"),
        (
            "Sikkerhet",
            "lukket nett, kryptert lagring, tilgang for to personer hos vaktselskapet og en hos oss",
        ),
        (
            "Ansvar",
            "boligbyggelaget er behandlingsansvarlig på vegne av borettslagene etter forvaltningsavtalen; Vaktsenteret Vest AS er databehandler",
        ),
    ),
    need=(
        "Det har vært 47 innbrudd i biler og boder i garasjene siste to år, og flere branner i fremmede biler. Bedre lys og låser har ikke vært nok.",
        "Vi har valgt å bare filme innkjøring og fellesarealer, ikke parkeringsplassene til den enkelte. Skiltlogg lagres kortere enn det vaktselskapet ønsket.",
    ),
    rights=(
        "skilting ved alle innkjøringer",
        "informasjon i beboerportalen og på generalforsamlingene",
        "innsyn i opptak av en selv på forespørsel",
        "ingen bruk til å kontrollere når beboere kommer og går",
    ),
    risks=(
        (
            "Skiltloggen brukes til å kartlegge beboernes bevegelser",
            "Middels",
            "Høy",
            "oppslag bare ved hendelse, logg over søk",
        ),
        (
            "Opptak deles med uvedkommende (naboer, styremedlemmer)",
            "Middels",
            "Middels",
            "styrene har ikke tilgang; utlevering bare til politiet",
        ),
        (
            "Feil i skiltgjenkjenning gir feil varsler",
            "Høy",
            "Lav",
            "manuell kontroll før borttauing",
        ),
        ("Innbrudd i kamerasystemet", "Lav", "Høy", "lukket nett, oppdateringer, tofaktor"),
    ),
    skipped=(
        (
            "Sladding av ansikter i lagret video",
            "systemet støtter det bare i sanntidsvisning; leverandøren lover det i 2027",
        ),
    ),
    residual="Systematisk overvåking av der folk bor gir høy restrisiko også etter tiltakene.",
    procs=(
        Proc(
            "Vaktsenteret Vest AS",
            "913 554 210",
            "Kokstadvegen 41, 5257 Kokstad",
            "vakt og kameradrift",
            "Anita Myhre",
            "teknisk leder",
            "55 92 40 18",
            "anita.myhre@vaktsenteretvest.no",
        ),
    ),
)

TD2 = Topic(
    key="TD2",
    title="Digital nøkkel med adgangslogg brukt i saker om mislighold",
    what=(
        "Fysiske nøkler og brikker skal erstattes med digital nøkkel i mobilen i 23 borettslag. Hver åpning av ytterdør, bod, vaskeri og garasje logges med person og tidspunkt. I tillegg til drift vil vi bruke loggen i saker om mislighold, for eksempel ved mistanke om ulovlig fremleie eller brudd på husordensreglene.",
        "Omtrent 4 300 beboere får digital nøkkel. Loggen sier mye om når folk er hjemme, hvem som bor der og hvem som får besøk.",
    ),
    flow=(
        ("Kilder", "låsene og appen; beboerregisteret"),
        (
            "Mottakere",
            "forvaltningsavdelingen; styret i borettslaget får sammendrag i misligholdssaker",
        ),
        ("Lagring", "adgangslogg 90 dager; utdrag i misligholdssak til saken er avsluttet"),
        (
            "Sikkerhet",
            "innlogging med BankID, kryptering, tilgang til loggen for tre saksbehandlere",
        ),
        (
            "Ansvar",
            "boligbyggelaget er behandlingsansvarlig; Låsbyrået Digital AS er databehandler",
        ),
    ),
    need=(
        "Tapte nøkler koster borettslagene rundt 900 000 kroner i året, og låsbytte tar tid. Bruken i misligholdssaker er begrunnet i at fremleie uten godkjenning er et økende problem og vanskelig å dokumentere på annen måte.",
        "Vi har avgrenset bruken i misligholdssaker til saker der det allerede er konkret mistanke, og beboeren får alltid se utdraget.",
    ),
    rights=(
        "informasjon i appen og i husordensreglene",
        "innsyn i egen logg i appen",
        "utdrag brukes aldri uten at beboeren får uttale seg",
        "fysisk brikke kan fås for den som ikke vil bruke app",
    ),
    risks=(
        (
            "Loggen brukes til å overvåke enkeltbeboere uten grunn",
            "Middels",
            "Høy",
            "oppslag krever sak og godkjenning fra leder; logg over oppslag",
        ),
        (
            "Styremedlemmer får vite om naboers bevegelser",
            "Middels",
            "Høy",
            "styret får bare sammendrag, ikke rådata",
        ),
        ("Beboere uten smarttelefon utestenges", "Lav", "Middels", "fysisk brikke"),
        (
            "Datainnbrudd hos leverandøren",
            "Lav",
            "Høy",
            "databehandleravtale, ISO 27001-sertifisert leverandør",
        ),
    ),
    skipped=(
        (
            "Anonym logg uten personkobling",
            "fjerner nytten i misligholdssaker og ved tap av nøkkel",
        ),
    ),
    residual="Bruken av adgangslogg som bevis mot beboere gir høy restrisiko.",
    procs=(
        Proc(
            "Låsbyrået Digital AS",
            "925 660 137",
            "Damsgårdsveien 131, 5160 Laksevåg",
            "digital nøkkel og app",
            "Kenneth Skaar",
            "prosjektleder",
            "917 32 604",
            "kenneth.skaar@lasbyraet.no",
        ),
    ),
)

TD4 = Topic(
    key="TD4",
    title="Analyse av strømforbruk per leilighet for å avdekke fremleie og feilbruk",
    what=(
        "I 14 borettslag med felles strømavtale leses forbruket i hver leilighet av smarte målere hver time. Vi vil analysere forbruksmønsteret for å avdekke leiligheter som står tomme over tid (mulig ulovlig fremleie eller at andel er tatt ut av bruk), leiligheter med svært høyt forbruk (mulig næringsvirksomhet, kryptoutvinning, dyrking) og tegn på brannfare. Leiligheter som slår ut, følges opp av forvaltningen.",
        "Det gjelder 2 600 leiligheter. Timesverdier kan vise når folk er hjemme, sover og reiser bort.",
    ),
    flow=(
        ("Kilder", "måleverdier fra målerne i felles anlegg"),
        ("Mottakere", "forvaltningsavdelingen; styret får bare beskjed når det åpnes sak"),
        ("Lagring", "timesverdier 13 måneder (fakturering), avvikslister 6 måneder"),
        (
            "Sikkerhet",
            "analysen kjøres på boligbyggelagets egne servere; to personer i driftsavdelingen har tilgang",
        ),
        (
            "Ansvar",
            "boligbyggelaget er behandlingsansvarlig; ingen andre behandler dataene for oss",
        ),
    ),
    need=(
        "Vi har hatt to branner som følge av ulovlig installasjon og flere saker om fremleie der borettslaget har fått store kostnader. Måleverdiene finnes allerede for fakturering.",
        "Analysen er avgrenset til mønstre over minst fire uker og brukes bare som grunnlag for en henvendelse, aldri som eneste bevis.",
    ),
    rights=(
        "informasjon til alle andelseiere før oppstart og i husordensreglene",
        "beboeren får vite hvorfor forvaltningen tar kontakt",
        "innsyn i egne måleverdier i beboerportalen",
        "ingen automatiske reaksjoner",
    ),
    risks=(
        (
            "Beboere som er på sykehus eller reiser, mistenkes for fremleie",
            "Høy",
            "Middels",
            "henvendelse er en vennlig forespørsel; ingen sak uten samtale",
        ),
        (
            "Analysen avslører private forhold (døgnrytme, samboere)",
            "Middels",
            "Høy",
            "bare avvikslister, ikke timesverdier, vises for saksbehandler",
        ),
        (
            "Funksjonskryp: bruk i andre konflikter",
            "Middels",
            "Middels",
            "formålsbegrensning vedtatt av styret; logg",
        ),
    ),
    skipped=(
        ("Bruke døgnverdier i stedet for timesverdier", "brannfaremønstre krever timesverdier"),
    ),
    residual="Systematisk analyse av forbruk i hjemmet gir høy restrisiko for beboernes privatliv.",
)

TD3 = Topic(
    key="TD3",
    title="Kredittvurdering og poengscore for søkere til utleieboliger",
    what=(
        "Boligbyggelaget leier ut 420 egne utleieboliger og får rundt 3 000 søknader i året. Vi vil innføre en poengscore for søkere basert på kredittvurdering fra kredittopplysningsbyrå, betalingsanmerkninger, inntekt, tidligere leieforhold hos oss og referanser. Søknader under en grense avslås automatisk, søknader over grensen går til saksbehandler.",
        "Søkerne er ofte i en sårbar situasjon (samlivsbrudd, flytting, første bolig), og en del boliger er øremerket unge og studenter.",
    ),
    flow=(
        ("Kilder", "søker, kredittopplysningsbyrå, vårt leieregister, referanser oppgitt av søker"),
        ("Mottakere", "utleieavdelingen"),
        (
            "Lagring",
            "søknad og score 6 måneder etter avgjørelse; leieavtale for inngåtte leieforhold",
        ),
        ("Sikkerhet", "tilgang for seks saksbehandlere, logg, kryptert lagring"),
        (
            "Ansvar",
            "boligbyggelaget er behandlingsansvarlig; Leietakersjekk AS beregner scoren som databehandler",
        ),
    ),
    need=(
        "Husleierestanser og utkastelser har økt, og manuell vurdering av 3 000 søknader er uensartet. En poengscore gir likere behandling.",
        "Kredittvurdering gjøres først når søkeren er aktuell for en konkret bolig, og søkere kan be om manuell vurdering av et automatisk avslag.",
    ),
    rights=(
        "søkeren informeres i søknadsskjemaet om scoren og hva den bygger på",
        "rett til manuell behandling og til å få begrunnelse for avslag",
        "gjenpartsbrev fra kredittopplysningsbyrået",
        "ingen bruk av opplysninger om helse, etnisitet eller familiesituasjon",
    ),
    risks=(
        (
            "Automatisk avslag rammer grupper med lav inntekt uten betalingsproblemer",
            "Høy",
            "Høy",
            "manuell overprøving; årlig test av utslag",
        ),
        (
            "Feil i kredittopplysninger gir urettmessig avslag",
            "Middels",
            "Høy",
            "søker kan legge frem dokumentasjon; rask retting",
        ),
        (
            "Søknadsdata brukes til markedsføring",
            "Lav",
            "Middels",
            "formålsbegrensning i avtale med Leietakersjekk AS",
        ),
    ),
    skipped=(
        (
            "Fjerne automatisk avslag helt",
            "styret mente saksmengden gjør det urealistisk; vurderes etter ett år",
        ),
    ),
    residual="Automatiserte avgjørelser med betydning for boligsituasjonen gir høy restrisiko.",
    procs=(
        Proc(
            "Leietakersjekk AS",
            "921 335 802",
            "Karl Johans gate 16, 0154 Oslo",
            "scoring av søkere",
            "Mona Fjeld",
            "kundeansvarlig",
            "22 45 19 30",
            "mona.fjeld@leietakersjekk.no",
        ),
    ),
)

TD5 = Topic(
    key="TD5",
    title="Lydsensorer i oppganger for å dokumentere støyklager",
    what=(
        "I fire borettslag med mange støyklager vil vi montere lydsensorer i oppgangene. Sensorene måler lydnivå kontinuerlig og lagrer et 30 sekunders lydklipp når nivået går over 70 dB mellom klokken 23 og 07. Klippene brukes til å dokumentere klager og kan legges frem i saker om mislighold.",
        "Det gjelder 380 leiligheter. Lydklipp kan inneholde samtaler, krangler og andre private forhold, også fra besøkende.",
    ),
    flow=(
        ("Kilder", "sensorene"),
        ("Mottakere", "forvaltningen; styret ved sak; eventuelt namsretten"),
        ("Lagring", "klipp 14 dager, eller til saken er avsluttet"),
        ("Sikkerhet", "kryptert overføring, tilgang for to saksbehandlere"),
        (
            "Ansvar",
            "boligbyggelaget er behandlingsansvarlig; Lydvakt Norge AS leverer sensorene og lagringen som databehandler",
        ),
    ),
    need=(
        "Støyklager er den vanligste konflikten i disse borettslagene, og sakene strander fordi det er ord mot ord. Loggbok fra naboer har vist seg lite troverdig.",
        "Vi har avgrenset tiden til natt og lagrer bare korte klipp over en terskel; sensorene står bare i oppgangene, ikke i leilighetene.",
    ),
    rights=(
        "skilting i oppgangene",
        "informasjon i husordensreglene og på årsmøtet",
        "innsyn i klipp der man selv kan høres",
    ),
    risks=(
        (
            "Opptak av private samtaler fra leiligheter",
            "Middels",
            "Høy",
            "retningsmikrofon mot oppgangen, terskel, korte klipp",
        ),
        (
            "Konflikter mellom naboer forsterkes",
            "Middels",
            "Middels",
            "klipp deles ikke med andre beboere",
        ),
    ),
    skipped=(("Bare måle lydnivå uten lydklipp", "nivå alene viser ikke hvor støyen kommer fra"),),
    residual="Lydopptak der folk bor gir høy restrisiko.",
    procs=(
        Proc(
            "Lydvakt Norge AS",
            "930 114 276",
            "Sandslimarka 251, 5254 Sandsli",
            "sensorer og lagring",
            "Trond Haldorsen",
            "salgssjef",
            "918 77 205",
            "trond.haldorsen@lydvakt.no",
        ),
    ),
)

# --- F: Kvikk Logistikk AS -------------------------------------------------------------------

TF1 = Topic(
    key="TF1",
    title="Førerkamera som varsler tretthet og uoppmerksomhet",
    what=(
        "Vi vil montere et kamera i førerhuset på alle 140 lastebiler og varebiler som filmer sjåførens ansikt og registrerer tegn på tretthet (lukkede øyne, gjesping) og uoppmerksomhet (mobilbruk, blikk bort fra veien). Sjåføren får lyd- og lysvarsel med en gang. Ved gjentatte hendelser på én tur sendes et klipp på 10 sekunder til trafikklederen, som kan ringe sjåføren og be om pause.",
        "Det gjelder 190 fast ansatte sjåfører og rundt 40 innleide. Kameraet ser også passasjerer, og bilene brukes i noen tilfeller som hvilested.",
    ),
    flow=(
        ("Kilder", "kameraet i førerhuset, GPS-posisjon"),
        ("Mottakere", "trafikkleder på vakt; HMS-avdelingen får ukentlig statistikk uten navn"),
        ("Lagring", "klipp 30 dager; statistikk uten navn i tre år"),
        (
            "Sikkerhet",
            "kryptert overføring til våre egne servere, tilgang for trafikkledere på vakt",
        ),
    ),
    need=(
        "Vi hadde tre utforkjøringer i fjor der sjåføren sovnet, én med alvorlig personskade. Kjøre- og hviletidsreglene overholdes, men tretthet oppstår likevel på nattkjøring.",
        "Vi har valgt en løsning der varselet først går til sjåføren selv, og der trafikkleder bare får klipp ved gjentatte hendelser. Kameraet er av når tenningen er av og i hvilepauser.",
    ),
    rights=(
        "informasjon og drøfting med tillitsvalgte før innføring (arbeidsmiljøloven kap. 9)",
        "sjåføren kan se alle klipp som er sendt om ham eller henne",
        "klipp brukes ikke i personalsaker, bare i oppfølging av sikkerhet",
        "privat bryter som slår av kameraet i pauser",
    ),
    risks=(
        (
            "Kameraet blir brukt til å kontrollere ansatte på andre måter",
            "Middels",
            "Høy",
            "avtale med tillitsvalgte, tilgang bare for trafikkledere, logg over innsyn",
        ),
        (
            "Falske varsler stresser sjåføren",
            "Høy",
            "Middels",
            "justering av følsomhet i prøveperioden; sjåføren kan kvittere",
        ),
        (
            "Ansiktsbilder kommer på avveie",
            "Lav",
            "Høy",
            "kryptering, egen drift, sletting etter 30 dager",
        ),
        (
            "Sjåfører føler seg overvåket og trives dårligere",
            "Høy",
            "Middels",
            "evaluering etter seks måneder sammen med tillitsvalgte",
        ),
    ),
    skipped=(
        (
            "Analyse bare i bilen uten at noe sendes",
            "da får ikke trafikkleder varsel ved alvorlig tretthet",
        ),
    ),
    residual="Kontinuerlig kameraovervåking av ansikt i arbeidstiden gir høy risiko for sjåførene selv etter tiltakene.",
)

TF2 = Topic(
    key="TF2",
    title="GPS og kjørestilscore som grunnlag for bonus",
    what=(
        "Vi vil bruke data fra GPS-enhetene i bilene (fart, bråbrems, akselerasjon, tomgang) til å beregne en kjørestilscore per sjåfør per måned. Scoren skal inngå i en ny bonusordning der de 30 prosent beste får et tillegg. Sjåførene ser sin egen score i en app; avdelingslederne ser en liste over alle.",
        "Det gjelder 190 sjåfører. Posisjonsdata viser også hvor sjåføren tar pauser og kan i noen tilfeller vise private ærend.",
    ),
    flow=(
        ("Kilder", "GPS-enhetene i bilene, vaktplanen"),
        ("Mottakere", "sjåføren selv, avdelingsleder, lønn"),
        ("Lagring", "rådata 60 dager, månedsscore i to år (lønnsgrunnlag)"),
        ("Sikkerhet", "vår egen plattform, tilgang etter rolle, logg"),
    ),
    need=(
        "Drivstoff er vår nest største kostnad, og kjørestil påvirker både forbruk og ulykker. Kurs alene har hatt kort effekt.",
        "Vi bruker bare data som allerede samles for flåtestyring. Posisjon brukes ikke i scoren, bare hendelser.",
    ),
    rights=(
        "drøfting med tillitsvalgte og skriftlig avtale",
        "sjåføren kan se og klage på egen score",
        "privatmodus i pauser",
    ),
    risks=(
        (
            "Score gir urettferdig bonus fordi ruter er ulike",
            "Høy",
            "Middels",
            "normalisering per rutetype",
        ),
        (
            "Lister over alle sjåfører oppleves som gapestokk",
            "Middels",
            "Middels",
            "ingen rangering synlig for kolleger",
        ),
        ("Posisjonsdata brukes i personalsaker", "Lav", "Høy", "avtale med tillitsvalgte; logg"),
    ),
    skipped=(
        ("Score på lagnivå i stedet for per sjåfør", "tillitsvalgte ønsket individuell bonus"),
    ),
    residual="Vi mener risikoen er høy fordi data om arbeidstakere brukes til lønnsfastsettelse.",
)

LAGERFLYT = Proc(
    "Lagerflyt AS",
    "916 443 280",
    "Brynsveien 3, 0667 Oslo",
    "skyplattform for håndterminaler og produktivitetsmåling",
    "Ole-Martin Rud",
    "Key Account Manager",
    "+47 480 22 913",
    "ole-martin.rud@lagerflyt.no",
)

TF4 = Topic(
    key="TF4",
    title="Fingeravtrykk på håndterminaler og måling av plukketempo",
    what=(
        "På terminalen i Drammen skal lagerarbeiderne logge inn på håndterminalene med fingeravtrykk i stedet for kode. Samtidig tas det i bruk en modul som måler plukketempo per person (ordrelinjer per time, feilplukk, pauser over 10 minutter) og viser det på en skjerm for skiftleder.",
        "Det gjelder 110 lagerarbeidere, omtrent halvparten innleid fra bemanningsbyrå. Fingeravtrykket lagres som en mal i terminalen og i Lagerflyt sin sky.",
    ),
    flow=(
        ("Kilder", "fingeravtrykksleseren, håndterminalene, vaktplanen"),
        (
            "Mottakere",
            "skiftleder og driftssjef; bemanningsbyrået får månedsrapport for sine ansatte",
        ),
        ("Lagring", "fingeravtrykksmal til arbeidsforholdet slutter; tempo-data i 12 måneder"),
        ("Sikkerhet", "malen er kryptert og kan ikke gjøres om til bilde; tilgang etter rolle"),
        ("Ansvar", "Kvikk Logistikk er behandlingsansvarlig; Lagerflyt AS er databehandler"),
    ),
    need=(
        "Kodene deles mellom ansatte, slik at vi ikke vet hvem som har plukket feil, og det har vært svinn av elektronikk. Tempo-målingen skal gi grunnlag for bemanning og opplæring.",
        "Vi har vurdert kortleser, men kort deles også. Ansatte som ikke vil bruke fingeravtrykk, kan bruke kort med PIN.",
    ),
    rights=(
        "drøfting med tillitsvalgte og verneombud",
        "alternativ innlogging med kort og PIN",
        "ansatte ser sine egne tall",
        "tempo-tall brukes ikke alene i personalsaker",
    ),
    risks=(
        (
            "Press på tempo gir belastningsskader",
            "Høy",
            "Høy",
            "ingen individuelle mål; verneombud følger med",
        ),
        (
            "Biometriske maler lekker",
            "Lav",
            "Høy",
            "kryptert mal, sletting ved fratreden, revisjon av Lagerflyt",
        ),
        (
            "Innleide føler at de ikke kan si nei til fingeravtrykk",
            "Middels",
            "Middels",
            "alternativet informeres av bemanningsbyrået og oss",
        ),
    ),
    skipped=(
        (
            "Lagre malen bare lokalt i terminalen",
            "terminalene byttes mellom skift; leverandøren støtter ikke det",
        ),
    ),
    residual="Biometri og detaljert produktivitetsmåling av ansatte gir høy restrisiko.",
    procs=(LAGERFLYT,),
)

TF3 = Topic(
    key="TF3",
    title="Alkolås med ansiktsbilde ved oppstart",
    what=(
        "Alle biler skal få alkolås som tar et bilde av den som blåser, slik at vi vet at det er sjåføren selv og ikke en annen som har avgitt prøven. Ved positiv prøve starter ikke bilen, og trafikklederen får varsel med bildet. Bildet sammenlignes automatisk med bildet i sjåførens ansattkort.",
        "190 sjåfører. Resultatet av prøven er en opplysning om rus, og sammenligningen av bildet er biometri.",
    ),
    flow=(
        ("Kilder", "alkolåsen (prøveresultat, bilde), ansattkortregisteret"),
        ("Mottakere", "trafikkleder ved positiv prøve eller mismatch; HMS-leder"),
        (
            "Lagring",
            "negative prøver slettes etter 24 timer; positive og mismatch lagres i 30 dager",
        ),
        ("Sikkerhet", "låsene leses av vår egen flåteserver, tilgang for trafikkledere"),
    ),
    need=(
        "Vi kjører farlig gods og skolebuss-oppdrag der kunden krever alkolås. Uten bilde kan prøven avgis av en annen.",
        "Vi har valgt at bilder av negative prøver slettes etter et døgn, og at sammenligningen bare gir ja/nei.",
    ),
    rights=(
        "avtale med tillitsvalgte og informasjon før innføring",
        "rett til ny prøve og til å forklare seg",
        "positiv prøve følges opp av AKAN-kontakt, ikke bare av leder",
    ),
    risks=(
        (
            "Feil i ansiktssammenligning stopper en edru sjåfør",
            "Middels",
            "Middels",
            "trafikkleder kan overstyre etter samtale",
        ),
        ("Prøveresultater spres i bedriften", "Lav", "Høy", "tilgang bare for to roller"),
        (
            "Bilder av passasjerer eller familie tas",
            "Middels",
            "Lav",
            "kameraet ser bare munnstykket og ansiktet som blåser",
        ),
    ),
    skipped=(("Alkolås uten bilde", "kunden godtar det ikke for skolekjøring"),),
    residual="Biometri og opplysninger om rusbruk gir høy restrisiko for sjåførene.",
)

TF5 = Topic(
    key="TF5",
    title="Kroppskamera for sjåfører på hjemlevering",
    what=(
        "Sjåfører som leverer hjem til privatkunder, skal få et kroppskamera som de selv kan slå på ved trusler eller konflikt. Kameraet har en buffer på 30 sekunder, slik at også tiden før knappen trykkes blir lagret. Opptakene lastes opp når bilen kommer tilbake til terminalen.",
        "Om lag 70 sjåfører leverer hjem; opptak vil vise kunder, barn og innsiden av hjem.",
    ),
    flow=(
        ("Kilder", "kameraet"),
        ("Mottakere", "HMS-leder; politiet ved anmeldelse"),
        ("Lagring", "opptak 30 dager, eller til saken er avsluttet"),
        ("Sikkerhet", "kryptert kamera, opplasting via kabel, tilgang for to personer"),
    ),
    need=(
        "Vi har hatt 23 trusselhendelser mot sjåfører siste år, to med vold. Sjåførene har selv bedt om kamera.",
        "Kameraet filmer ikke kontinuerlig, og sjåføren skal si fra når det slås på.",
    ),
    rights=(
        "synlig merking på uniformen",
        "kunden informeres muntlig når kameraet slås på",
        "innsyn for kunder og sjåfører i opptak av dem selv",
    ),
    risks=(
        (
            "Opptak av barn og hjem uten grunn",
            "Middels",
            "Høy",
            "kamera bare ved konflikt; opplæring",
        ),
        (
            "Bufferen tar opp situasjoner som ikke var ment",
            "Middels",
            "Middels",
            "kort buffer, sletting av opptak uten hendelse",
        ),
        ("Opptak brukes mot sjåføren", "Lav", "Middels", "avtale med tillitsvalgte"),
    ),
    skipped=(("Kontinuerlig opptak for bedre bevis", "for inngripende overfor kundene"),),
    residual="Opptak i private hjem og av barn gir høy restrisiko.",
)
