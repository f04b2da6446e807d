# ruff: noqa: E501
"""Planned processings of the five bokmål senders: B (klinikk), D (sparebank), F (samvirkelag),
H (treningssentre), J (nettselskap)."""

from __future__ import annotations

from model import Person, Proc, Risk, Topic, weave

# --- B: Klinikk Nordlys AS ------------------------------------------------------------------

B_HUD = Topic(
    key="b_hud",
    title="KI-støttet vurdering av hudforandringer (teledermatologi)",
    short="KI-støttet teledermatologi",
    summary="Klinikk Nordlys AS driver seks hudlegeklinikker. Vi vil tilby pasienter å sende bilder av føflekker og andre hudforandringer via appen vår. Bildene analyseres av en KI-modell som sorterer dem i tre hastegrader, og en hudlege vurderer alle bilder innen tre virkedager. Vi regner med 15 000–20 000 innsendinger i året.",
    chapters=(
        (
            "Når pasienten tar bildet",
            "Pasienten logger inn med BankID, tar to bilder med mobilen (oversikt og nærbilde) og svarer på fem spørsmål om forandringen. Appen veileder om lys og avstand. Bildene lagres ikke i bildegalleriet på mobilen.",
        ),
        (
            "Analysen",
            "Bildene sendes til KI-modellen, som gir en hastegrad (haster, vanlig, sannsynlig godartet) og markerer området som ligger til grunn. Modellen er CE-merket som medisinsk utstyr. Hastegraden bestemmer rekkefølgen i hudlegens arbeidsliste, ikke om bildet blir vurdert.",
        ),
        (
            "Hudlegens vurdering",
            "Hudlegen ser bildene, svarene og KI-vurderingen og skriver et svar til pasienten med anbefaling: ingen tiltak, ny kontroll eller time på klinikken. Svaret kommer i appen og journalføres.",
        ),
        ("Oppbevaring", "{storage}"),
        (
            "Hvem ser hva",
            "Hudlegene ser bildene til pasientene de er satt opp på. Kundeservice ser bare at det finnes en innsending, ikke bildene. Fastlegen får epikrise dersom pasienten ønsker det.",
        ),
    ),
    storage="Bildene og svarene lagres i journalsystemet vårt. For analysen sendes bildene uten navn og fødselsnummer til {org} i Sverige, som er databehandler og sletter dem etter analysen. Kontaktperson hos {org} er {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="Ventetiden for hudlegetime er i dag fire til åtte uker, og de fleste som kommer til føflekkontroll, har godartede forandringer. Samtidig oppdager vi hvert år melanomer som burde vært sett tidligere. Med innsending av bilder og KI-sortering kan hudlegene bruke tiden på dem som trenger det mest. Vi har vurdert å la sykepleiere sortere bildene, men det gir ikke bedre kapasitet. Vi har bevisst valgt at alle bilder vurderes av hudlege, slik at KI bare påvirker rekkefølgen.",
    balancing="Behandlingsgrunnlaget er art. 6 nr. 1 bokstav b (avtale om helsehjelp) og art. 9 nr. 2 bokstav h, jf. pasientjournalloven og helsepersonelloven. Bilder av huden kan vise intime kroppsdeler og være svært private. Vi har vurdert om det er forholdsmessig å bruke en ekstern KI-leverandør, og kommet til at det er det fordi bildene sendes uten direkte identifikasjon, slettes straks, og fordi tilbudet er frivillig – pasientene kan alltid bestille vanlig time.",
    rights="Pasienten får informasjon i appen før første innsending, også om at KI brukes og hva det betyr. Pasienten kan be om at KI ikke brukes; bildet vurderes da bare av hudlege. Innsyn gis i journalen og i appen.",
    risks=(
        Risk(
            "Melanom blir prioritert for lavt",
            "KI-modellen feiler på mørk hud eller dårlige bilder",
            "Middels",
            "Svært høy – forsinket kreftbehandling",
            "Alle bilder vurderes av hudlege innen tre dager; modellen er testet på ulike hudtyper; varsel ved dårlig bildekvalitet",
        ),
        Risk(
            "Intime bilder kommer på avveier",
            "Feilsending eller innbrudd",
            "Lav",
            "Svært høy",
            "Kryptering, bilder lagres ikke i galleriet, sletting hos leverandør",
        ),
        Risk(
            "Leverandøren bruker bildene til å forbedre modellen",
            "Uklare avtaler",
            "Lav",
            "Høy",
            "Forbud i databehandleravtalen, revisjon",
        ),
        Risk(
            "Pasienter forstår ikke at KI brukes",
            "Informasjonen leses ikke",
            "Middels",
            "Middels",
            "Kort tekst i appen før innsending, mulighet til å reservere seg",
        ),
    ),
    not_taken="Vi har vurdert å kjøre modellen i eget datasenter, men leverandøren tilbyr ikke det for en virksomhet av vår størrelse. Vi har også vurdert å la pasienten se KI-vurderingen direkte, men har ikke gjort det fordi den kan misforstås uten legens vurdering.",
    residual="Risikoen for at alvorlige funn blir forsinket på grunn av feil i modellen, og for at svært private bilder behandles av en utenlandsk leverandør, vurderer vi samlet som høy.",
    proc=Proc(
        "Dermalytix AB",
        "leverandør av KI-modellen",
        "org.nr. 559312-4471, Stockholm",
        Person(
            "Sara Lindqvist",
            "Customer Success Manager",
            "+46 8 520 118 40",
            "sara.lindqvist@dermalytix.se",
        ),
    ),
)

B_KNE = Topic(
    key="b_kne",
    title="Fjernoppfølging etter kneprotese med bevegelsessensor og app",
    short="fjernoppfølging etter kneprotese",
    summary="Klinikk Nordlys opererer om lag 900 kneproteser i året på oppdrag fra helseforetaket. Vi vil følge pasientene opp hjemme de første tolv ukene etter operasjonen med en sensor som festes på leggen, og en app med øvelser og spørreskjema. Fysioterapeuten følger med på et dashbord og tar kontakt ved avvik.",
    chapters=(
        (
            "Sensoren",
            "Sensoren måler bøyning av kneet, antall skritt og hvor lenge pasienten er i bevegelse. Den sender data til appen via Bluetooth hver time. Den måler ikke posisjon.",
        ),
        (
            "Appen",
            "I appen får pasienten daglige øvelser med video og svarer på spørsmål om smerte, hevelse og søvn to ganger i uken. Pasienten kan sende meldinger til fysioterapeuten.",
        ),
        (
            "Dashbordet for fysioterapeuten",
            "Fysioterapeuten ser kurver for bevegelighet og aktivitet og får varsel når pasienten ligger under forventet fremgang eller melder om mye smerte. Fysioterapeuten ringer pasienten ved varsel.",
        ),
        (
            "Lagring og deling",
            "{storage} Ved avslutning sendes et sammendrag til journalen og til fastlegen.",
        ),
    ),
    storage="Data fra sensoren og appen lagres i plattformen til {org} i Danmark, som er databehandler. Data slettes fra plattformen tre måneder etter avsluttet oppfølging. Kontaktperson hos {org}: {person}, {title}, {phone}, {email}.",
    necessity="I dag kommer pasientene til kontroll etter seks uker. Omtrent hver tiende pasient har da for dårlig bøyning, og det er ofte for sent å rette opp uten ny behandling i narkose. Ved å følge bøyningen daglig kan fysioterapeuten gripe inn tidlig. Vi har vurdert hyppigere kontroller på klinikken, men mange pasienter bor langt unna og kan ikke kjøre bil etter operasjonen. Løsningen er frivillig, og pasienter som ikke ønsker den, får vanlig oppfølging.",
    balancing="Grunnlaget er art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven og avtalen med helseforetaket. Kontinuerlig måling av aktivitet i tolv uker gir et detaljert bilde av pasientens hverdag. Vi har avgrenset målingene til det som trengs for å følge kneet, uten posisjon, og data slettes fra plattformen etter kort tid. Vi mener derfor inngrepet står i forhold til nytten for pasienten.",
    rights="Pasienten får muntlig og skriftlig informasjon før utskriving og kan når som helst ta av sensoren og gå over til vanlig oppfølging. Pasienten ser alle egne data i appen.",
    risks=(
        Risk(
            "Varsel om dårlig fremgang blir ikke fulgt opp",
            "Fysioterapeuten er syk eller på ferie",
            "Middels",
            "Høy – varig nedsatt funksjon",
            "Felles varselkø, stedfortreder, daglig gjennomgang",
        ),
        Risk(
            "Aktivitetsdata gir innblikk i privatlivet",
            "Data viser når pasienten sover og er hjemme",
            "Middels",
            "Middels",
            "Ingen posisjon, bare kurver på dashbordet",
        ),
        Risk(
            "Data blir synlige for andre via appen",
            "Telefonen deles i familien",
            "Middels",
            "Middels",
            "Innlogging med BankID, automatisk utlogging",
        ),
        Risk(
            "Leverandøren bruker data til egne formål",
            "Produktutvikling",
            "Lav",
            "Høy",
            "Forbud i databehandleravtalen, revisjon",
        ),
    ),
    not_taken="Vi har vurdert å lagre alt i vår egen journal i stedet for hos leverandøren, men journalsystemet kan ikke ta imot sensordata. Det har vi derfor ikke gjort.",
    residual="Fordi pasientene er eldre og mange ikke er vant med digitale løsninger, og data fra hjemmet behandles i tolv uker, står vi igjen med en høy risiko som vi ønsker å drøfte med Datatilsynet.",
    proc=Proc(
        "Motus Health ApS",
        "leverandør av sensor, app og plattform",
        "CVR 41 22 87 90, København",
        Person(
            "Mikkel Holm",
            "Head of Customer Operations",
            "+45 33 14 82 90",
            "mikkel.holm@motushealth.dk",
        ),
    ),
)

B_SKRIV = Topic(
    key="b_skriv",
    title="KI-assistent som lytter på konsultasjonen og skriver utkast til journalnotat",
    short="KI-assistent for journalnotater",
    summary="Vi vil ta i bruk en KI-assistent som tar opp samtalen mellom lege og pasient, gjør den om til tekst og lager et utkast til journalnotat. Legen leser og retter notatet før det lagres i journalen. Løsningen skal brukes på alle seks klinikkene, i om lag 60 000 konsultasjoner i året.",
    chapters=(
        (
            "Opptaket",
            "Opptaket startes av legen med ett trykk i journalsystemet etter at pasienten har sagt ja. Lyden tas opp med en mikrofon på pulten og sendes kryptert til tjenesten. Opptaket kan stoppes når som helst.",
        ),
        (
            "Tekst og notat",
            "Tjenesten gjør lyden om til tekst og lager et strukturert utkast (anamnese, funn, vurdering, plan). Utkastet vises for legen, som må godkjenne det før det kan lagres.",
        ),
        ("Sletting", "{storage}"),
        (
            "Tilgang",
            "Bare legen som har konsultasjonen, ser utkastet. Når det er godkjent, gjelder de vanlige tilgangsreglene for journalen.",
        ),
    ),
    storage="Lydopptak og transkripsjon behandles hos {org}, som er databehandler, i datasentre i Norge. Lyden slettes når teksten er laget, og transkripsjonen slettes 7 dager etter at notatet er godkjent. Kontaktperson hos {org}: {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="Legene våre bruker i dag 20–30 prosent av arbeidstiden på dokumentasjon, og flere notater skrives sent på kvelden, med risiko for feil. Vi har prøvd diktering med sekretær, men det gir lang ventetid på notatene. Assistenten kan gi bedre og raskere journalføring og mer tid til pasienten. Vi har valgt at opptak bare skjer etter samtykke i den enkelte konsultasjon, og at lyden slettes med en gang.",
    balancing="Journalføringen har grunnlag i art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. helsepersonelloven § 39 og pasientjournalloven. Selve opptaket bygger vi på pasientens uttrykkelige samtykke, fordi et lydopptak av hele samtalen går lenger enn journalplikten krever. Vi har vurdert at opptak kan gjøre pasienter mindre åpne, og at også ting som ikke hører hjemme i journalen, blir tatt opp. Vi mener løsningen er forholdsmessig fordi pasienten kan si nei uten at det får følger, lyden slettes straks, og legen kontrollerer hva som havner i journalen.",
    rights="Pasienten får skriftlig informasjon ved timebestilling og blir spurt muntlig før opptak. Et skilt på kontoret viser når opptak pågår. Pasienten kan be om at opptaket stoppes, og om innsyn i transkripsjonen så lenge den finnes.",
    risks=(
        Risk(
            "Feil i utkastet havner i journalen",
            "Legen godkjenner uten å lese nøye",
            "Middels",
            "Høy – feil behandling",
            "Notatet må åpnes i sin helhet før godkjenning, stikkprøver, opplæring",
        ),
        Risk(
            "Tredjepersoner blir tatt opp",
            "Pårørende eller tolk er med",
            "Høy",
            "Middels",
            "Samtykke fra alle som er til stede, ellers ikke opptak",
        ),
        Risk(
            "Pasienten føler seg presset til å si ja",
            "Spørsmålet stilles av legen",
            "Middels",
            "Middels",
            "Spørsmålet stilles ved innsjekking, nei registreres uten begrunnelse",
        ),
        Risk(
            "Lyd kommer på avveier",
            "Innbrudd hos leverandøren",
            "Lav",
            "Svært høy",
            "Kryptering, sletting straks, revisjon",
        ),
    ),
    not_taken="Vi har vurdert å kjøre talegjenkjenningen lokalt på hver klinikk, men det gir for dårlig kvalitet med dagens maskinvare. Vi har også vurdert å lagre lydopptaket som dokumentasjon ved klager, men har valgt det bort.",
    residual="Den samlede risikoen for at sensitive samtaler behandles i en KI-tjeneste, og for feil i journalen, vurderer vi som høy.",
    proc=Proc(
        "Journalfy AS",
        "leverandør av KI-assistenten",
        "org.nr. 931 205 664, Oslo",
        Person("Eirik Tangen", "kundeansvarlig", "988 41 506", "eirik.tangen@journalfy.no"),
    ),
)

B_SOVN = Topic(
    key="b_sovn",
    title="Søvnregistrering hjemme med sensorplaster og app",
    short="søvnregistrering hjemme",
    summary="Klinikk Nordlys skal starte utredning av søvnapné. I stedet for en natt på klinikken får pasienten et sensorplaster i posten som festes på brystet, og et pulsoksymeter på fingeren. Registreringen analyseres automatisk, og en lege tolker resultatet. Vi forventer 3 000 pasienter i året.",
    chapters=(
        (
            "Utstyret",
            "Plasteret måler pust, hjerterytme, kroppsstilling og snorkelyd (lydnivå, ikke opptak av tale). Oksymeteret måler oksygenmetning. Dataene overføres til en app på pasientens telefon om morgenen.",
        ),
        (
            "Analysen",
            "Dataene lastes opp fra appen og analyseres av en algoritme som beregner apné-hypopné-indeks og markerer hendelser. En lege ved klinikken går gjennom registreringen og skriver en vurdering.",
        ),
        ("Lagring", "{storage}"),
        (
            "Resultatet",
            "Pasienten får svar i en video- eller telefonkonsultasjon. Resultatet journalføres, og henvisende lege får epikrise.",
        ),
    ),
    storage="Opplasting og analyse skjer i tjenesten til {org} i Tyskland, som er databehandler. Rådata slettes hos leverandøren 30 dager etter at analysen er ferdig; rapporten lagres i vår journal. Kontakt hos {org}: {person} ({title}), {phone}, {email}.",
    necessity="Ventetiden for søvnregistrering på klinikk er i dag over seks måneder i regionen. En natt på klinikk gir dessuten ofte dårligere søvn enn hjemme. Hjemmeregistrering er faglig anerkjent for de fleste pasientene. Vi har vurdert enklere utstyr uten app, der pasienten leverer utstyret tilbake før det leses av, men det gir lengre tid til svar og flere tapte registreringer. Vi samler ikke inn lyd av tale og ikke posisjon.",
    balancing="Grunnlaget er art. 6 nr. 1 bokstav b og art. 9 nr. 2 bokstav h. Registreringen gir helseopplysninger fra pasientens seng, og snorkelyd kan avsløre at en annen person er til stede. Vi mener behandlingen er forholdsmessig fordi den erstatter en mer belastende innleggelse, gjelder én natt og bare måler det som trengs for diagnosen.",
    rights="Pasienten får informasjon i innkallingen og i appen, og kan velge registrering på klinikk i stedet. Rapporten kan ses i pasientportalen.",
    risks=(
        Risk(
            "Feil diagnose på grunn av algoritmen",
            "Dårlig festet plaster, feiltolkning",
            "Middels",
            "Høy",
            "Lege går gjennom alle registreringer; ny registrering ved dårlig signal",
        ),
        Risk(
            "Data overføres til tredjeland",
            "Underleverandør i USA",
            "Lav",
            "Høy",
            "Databehandleravtale med forbud; bare underleverandører i EU",
        ),
        Risk(
            "Andre i husstanden kartlegges",
            "Lydnivået fanger opp partner",
            "Middels",
            "Lav",
            "Bare lydnivå, ikke opptak",
        ),
        Risk(
            "Utstyr med data kommer bort i posten",
            "Retur per post",
            "Lav",
            "Middels",
            "Data slettes fra plasteret etter overføring",
        ),
    ),
    not_taken="Vi har vurdert å få leverandøren til å lagre rådata i Norge, men det tilbys ikke. Vi har derfor akseptert lagring i Tyskland.",
    residual="Etter tiltakene vurderer vi fortsatt risikoen som høy, fordi en algoritme får stor betydning for en diagnose som kan få følger for førerkort og arbeid.",
    proc=Proc(
        "Somnia Diagnostics GmbH",
        "leverandør av plaster, app og analyse",
        "HRB 218844, Berlin",
        Person(
            "Katrin Weiss",
            "Key Account Manager Nordics",
            "+49 30 2345 8810",
            "k.weiss@somnia-diagnostics.de",
        ),
    ),
)

# --- D: Fjellsparebanken --------------------------------------------------------------------

D_ATFERD = Topic(
    key="d_atferd",
    title="Atferdsbiometri i mobilbanken for å avdekke svindel",
    short="atferdsbiometri mot svindel",
    summary="Fjellsparebanken har om lag 140 000 personkunder, og 110 000 av dem bruker mobilbanken. Vi vil innføre atferdsbiometri: mobilbanken måler hvordan kunden taster, sveiper og holder telefonen, og sammenligner det med kundens vanlige mønster. Avvik gir en risikoscore som brukes til å stoppe eller kontrollere betalinger, særlig ved sosial manipulering der svindleren styrer kunden over telefon.",
    chapters=(
        (
            "Datafangst i appen",
            "Et programvarebibliotek i appen registrerer tastetempo, trykk, sveipemønster, telefonens vinkel og bevegelse mens kunden er innlogget. Innholdet i det som tastes, registreres ikke. Det registreres også om det pågår en telefonsamtale samtidig, men ikke hvem det ringes med.",
        ),
        (
            "Modell og poengsetting",
            "Mønsteret sammenlignes med en profil som bygges over kundens siste 90 dager. Scoren oppdateres løpende og sendes til bankens svindelsystem sammen med betalingen.",
        ),
        (
            "Tiltak ved høy score",
            "Ved høy score på en betaling over 5 000 kroner holdes betalingen tilbake, og kunden blir ringt av svindelavdelingen. Ingen konto stenges automatisk.",
        ),
        ("Lagring", "{storage}"),
        (
            "Tilgang",
            "Svindelavdelingen (9 personer) ser scoren og grunnlaget for den. Kundeservice ser bare at en betaling er holdt tilbake.",
        ),
    ),
    storage="Analysen gjøres av {org} i Sverige, som er databehandler. Rådata slettes etter 30 dager, profilen etter 90 dager uten bruk, og scoren lagres sammen med betalingen i fem år etter hvitvaskingsloven. Kontaktperson hos {org} er {person}, {title}, tlf. {phone}, {email}.",
    necessity="Banken tapte i 2025 over 11 millioner kroner på svindel der kunden selv ble lurt til å godkjenne betalinger, og kundene tapte mer. BankID-godkjenning hjelper ikke når kunden selv godkjenner. Vi har vurdert å innføre ventetid på alle store betalinger til nye mottakere, og det gjør vi også, men det stopper ikke svindel som pågår over flere dager. Atferdsbiometri er i dag det eneste verktøyet vi kjenner som kan fange opp at kunden er under press eller fjernstyrt. Vi har valgt en løsning uten innholdet i tastingen og uten lyd.",
    balancing="Behandlingen bygger på art. 6 nr. 1 bokstav c, jf. finansavtaleloven og kravene til transaksjonsovervåking i betalingstjenestedirektivet, og bokstav f for den delen som går utover lovkravet. Atferdsmønster kan i visse tilfeller være biometriske opplysninger, og vi har lagt til grunn at det er et inngrep å måle kundens bevegelser hver gang mobilbanken brukes. Etter en interesseavveiing mener vi at bankens og kundenes interesse i å hindre svindel veier tyngst, fordi dataene bare brukes mot svindel, ikke til markedsføring eller kredittvurdering, og fordi ingen beslutning tas automatisk uten at kunden blir kontaktet.",
    rights="Kundene informeres i appen før løsningen slås på, og i personvernerklæringen. Kunden kan protestere; da brukes i stedet lengre ventetid på betalinger. Kunden kan be om innsyn i score knyttet til egne betalinger.",
    risks=(
        Risk(
            "Eldre eller kunder med funksjonsnedsettelse får oftere høy score",
            "Avvikende motorikk",
            "Middels",
            "Middels – stoppede betalinger",
            "Justert terskel; manuell oppfølging; ingen stenging",
        ),
        Risk(
            "Profilen brukes til å kjenne igjen kunden på tvers av tjenester",
            "Leverandøren gjenbruker profiler",
            "Lav",
            "Høy",
            "Forbud i databehandleravtalen; pseudonym kunde-ID",
        ),
        Risk(
            "Data om telefonsamtaler avslører privatliv",
            "Registrering av at samtale pågår",
            "Middels",
            "Middels",
            "Bare ja/nei, ikke nummer eller varighet",
        ),
        Risk(
            "Kunden forstår ikke hvorfor betalingen stoppes",
            "Scoren kan ikke forklares",
            "Høy",
            "Middels",
            "Svindelavdelingen ringer og forklarer; klageadgang",
        ),
    ),
    not_taken="Vi har vurdert å kjøre modellen lokalt på telefonen, slik at rådata aldri forlater enheten. Leverandøren har ikke en slik løsning klar, og vi har utsatt dette til neste versjon.",
    residual="Selv med tiltakene mener vi risikoen er høy, fordi alle mobilbankkunder måles løpende, og fordi det er usikkert hvor godt modellen treffer for ulike grupper.",
    proc=Proc(
        "Signalis AB",
        "leverandør av atferdsbiometrien",
        "org.nr. 559204-8813, Göteborg",
        Person("Johan Ek", "Account Director", "+46 31 760 44 12", "johan.ek@signalis.se"),
    ),
)

D_KONTO = Topic(
    key="d_konto",
    title="Kredittvurdering basert på kontoinformasjon fra andre banker",
    short="kredittvurdering med kontoinformasjon",
    summary="Vi vil bruke kontoinformasjon som kunden deler fra andre banker via en kontoinformasjonstjeneste når kunden søker forbrukslån eller kredittkort. Transaksjonene kategoriseres automatisk (lønn, husleie, dagligvarer, spill, inkasso osv.) og inngår i en automatisert kredittvurdering.",
    chapters=(
        (
            "Innhenting",
            "Kunden velger i søknaden å dele kontoer fra andre banker og logger inn med BankID hos den andre banken. Vi henter inn transaksjoner for de siste tolv månedene.",
        ),
        (
            "Kategorisering",
            "Hver transaksjon plasseres i en av om lag 40 kategorier. Kategoriene «pengespill», «inkasso» og «kreditt» vektlegges i vurderingen. Enkelttransaksjoner vises ikke for saksbehandler, bare summer per kategori.",
        ),
        (
            "Beslutningen",
            "For lån under 150 000 kroner tas beslutningen automatisk. Avslag kan overprøves av en saksbehandler når kunden ber om det.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage="Innhenting og kategorisering gjøres av {org}, som er databehandler for banken. Transaksjonene slettes etter 30 dager; kategorisummene lagres i søknaden i tre år. Kontakt hos {org}: {person}, {title}, {phone}, {email}.",
    necessity="Finansforetaksloven og utlånsforskriften krever at vi vurderer kundens betjeningsevne. I dag bygger vi på egenerklæring og skattemelding, som ofte er utdatert. Kontoinformasjon gir et mer korrekt bilde og kan gi flere kunder lån på riktig grunnlag. Vi har vurdert å bruke bare lønnsinngang og faste utgifter, men spill og inkasso er blant de viktigste faresignalene for gjeldsproblemer. Innhentingen er frivillig; kunden kan i stedet levere dokumentasjon selv.",
    balancing="Behandlingen bygger på art. 6 nr. 1 bokstav b og c og art. 22 nr. 2 bokstav a for den automatiske beslutningen. Transaksjoner kan avsløre helse, religion, fagforeningsmedlemskap og seksuell orientering. Vi har derfor valgt at slike kategorier ikke lages, og at særlige kategorier ikke brukes i modellen. Vi har veid kundens ulempe mot behovet for en forsvarlig kredittvurdering og funnet at behandlingen er forholdsmessig når den er frivillig, avgrenset i tid og med rett til manuell behandling.",
    rights="Kunden får forklart i søknaden hva som hentes inn og hvordan det brukes, og får begrunnelse ved avslag, med mulighet til å kreve manuell vurdering.",
    proc=Proc(
        "Kontoinnsikt AS",
        "kontoinformasjonstjeneste",
        "org.nr. 925 337 180, Oslo",
        Person(
            "Marius Sæther", "kundeansvarlig bank", "468 20 115", "marius.saether@kontoinnsikt.no"
        ),
    ),
)

D_AML = Topic(
    key="d_aml",
    title="Maskinlæringsbasert transaksjonsovervåking mot hvitvasking",
    short="maskinlæring i transaksjonsovervåkingen",
    summary="Banken skal erstatte dagens regelbaserte transaksjonsovervåking med en maskinlæringsmodell som overvåker alle transaksjoner for alle kunder, om lag 40 millioner transaksjoner i året. Modellen gir varsler som undersøkes av AML-teamet, og som kan føre til rapportering til Økokrim.",
    chapters=(
        (
            "Datagrunnlaget",
            "Modellen bruker transaksjoner, kundeopplysninger fra kundetiltakene (yrke, PEP-status, opplyst formål med kundeforholdet) og nettverk av betalinger mellom kunder. Den bruker også informasjon om innlogging fra utlandet.",
        ),
        (
            "Modellen",
            "Modellen gir hver kunde en risikoscore daglig og lager varsler ved uvanlige mønstre. Den gir en forklaring med de viktigste faktorene.",
        ),
        (
            "Undersøkelse og rapportering",
            "Varsler undersøkes manuelt av AML-teamet. Hvis mistanken ikke avkreftes, rapporteres det til Økokrim etter hvitvaskingsloven § 26. Kunden får ikke vite om undersøkelsen eller rapporteringen.",
        ),
        (
            "Lagring og tilgang",
            "{storage} Bare AML-teamet (6 personer) har tilgang til varsler og score.",
        ),
    ),
    storage="Modellen driftes av {org} som databehandler i Norge. Data lagres i fem år etter avsluttet kundeforhold, jf. hvitvaskingsloven § 30. Kontaktperson hos {org} er {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="Dagens regler gir over 97 prosent falske varsler, og AML-teamet bruker det meste av tiden på å lukke dem. Samtidig har Finanstilsynet påpekt at banken ikke fanger opp nye mønstre. Maskinlæring gir færre og bedre varsler. Vi har vurdert å bare justere reglene, men det gir ikke samme presisjon. Vi har tatt ut statsborgerskap som egen faktor etter testing, fordi det ga skjevheter uten å forbedre treffsikkerheten.",
    balancing="Behandlingen er lovpålagt etter hvitvaskingsloven §§ 24–26, jf. art. 6 nr. 1 bokstav c. Modellen er likevel et større inngrep enn dagens regler, fordi den ser sammenhenger mellom kunder og bygger en løpende risikoprofil på alle. Vi har vurdert forholdsmessigheten og mener den er ivaretatt fordi modellen bare brukes til hvitvaskingsformål, alle varsler vurderes manuelt, og fordi færre falske varsler betyr at færre uskyldige kunder blir undersøkt.",
    rights="Retten til informasjon og innsyn er begrenset etter hvitvaskingsloven § 27, men den generelle personvernerklæringen beskriver at banken bruker automatisert overvåking. Kunder kan klage på avsluttet kundeforhold, og vi har en rutine for manuell gjennomgang.",
    risks=(
        Risk(
            "Kunder med tilknytning til bestemte land blir oftere undersøkt",
            "Skjevhet via indirekte faktorer",
            "Middels",
            "Høy – diskriminering, stengte kontoer",
            "Test for skjevhet hvert kvartal; statsborgerskap fjernet",
        ),
        Risk(
            "Uriktig rapportering til Økokrim",
            "Falske positive varsler",
            "Middels",
            "Svært høy",
            "Manuell vurdering av alle varsler; kvalitetskontroll",
        ),
        Risk(
            "Kunden får ikke vite hvorfor kontoen er stengt",
            "Taushetsplikt etter hvitvaskingsloven",
            "Høy",
            "Høy",
            "Rutine for begrunnelse så langt loven tillater",
        ),
        Risk(
            "Nettverksanalysen trekker inn uskyldige motparter",
            "Betalinger til familie",
            "Middels",
            "Middels",
            "Motparter får ikke egen score",
        ),
    ),
    not_taken="Vi har vurdert å gi kunder med stengt konto tilgang til en uavhengig klagenemnd i banken, men det er ikke vedtatt. Vi har også vurdert å ikke bruke innlogging fra utlandet, men beholdt det fordi det er et viktig signal.",
    residual="Restrisikoen for at lovlydige kunder blir feilaktig mistenkt og får stengt konto, vurderer vi som høy.",
    proc=Proc(
        "Transaksjonsvakt AS",
        "leverandør og driftsansvarlig for modellen",
        "org.nr. 922 640 391, Oslo",
        Person("Siri Nakken", "leveranseleder", "993 14 027", "siri.nakken@transaksjonsvakt.no"),
    ),
)

D_SELFIE = Topic(
    key="d_selfie",
    title="Digital kundeetablering med ansiktssammenligning (selfie mot pass)",
    short="kundeetablering med ansiktssammenligning",
    summary="Kunder som ikke har norsk BankID, for eksempel nyankomne arbeidstakere og studenter, må i dag møte opp i filial. Vi vil la dem etablere kundeforhold i appen ved å ta bilde av passet og en selfie-video. En tjeneste sammenligner ansiktet med passbildet og kontrollerer at personen faktisk er til stede.",
    chapters=(
        (
            "Bilder av dokumentet",
            "Kunden tar bilde av passets bildeside, og brikken i passet leses med NFC der telefonen støtter det. Opplysningene fra passet hentes ut automatisk.",
        ),
        (
            "Selfie-video og sammenligning",
            "Kunden tar en kort video av ansiktet og følger instruksjoner på skjermen. Tjenesten lager biometriske maler av ansiktet fra videoen og fra passbildet og beregner hvor like de er.",
        ),
        (
            "Avgjørelsen",
            "Ved høy likhet etableres kundeforholdet. Ved lav likhet eller tvil går saken til manuell kontroll hos kundeetableringsteamet. Ingen avslås automatisk.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage="Tjenesten leveres av {org}, som er databehandler, fra datasentre i Norge og Finland. Malene slettes straks sammenligningen er gjort. Passbilde, video og resultat lagres i kundeforholdet i fem år etter hvitvaskingsloven. Kontaktperson: {person}, {title}, {org}, {phone}, {email}.",
    necessity="Hvitvaskingsloven krever at vi kontrollerer kundens identitet. Uten BankID må det i dag skje ved oppmøte, og flere av disse kundene bor langt fra nærmeste filial. Vi har vurdert videosamtale med en ansatt, men det gir lang ventetid og er ikke sikrere. Ansiktssammenligning brukes bare for kunder uten BankID, og kunden kan velge oppmøte i stedet.",
    balancing="Kontrollen er lovpålagt (art. 6 nr. 1 bokstav c). Biometrisk behandling krever i tillegg unntak etter art. 9 nr. 2, og vi bygger på uttrykkelig samtykke (bokstav a), fordi kunden alltid kan velge oppmøte. Vi har vurdert at samtykket er frivillig, siden oppmøte er et reelt alternativ uten andre ulemper enn reisen. Malene slettes straks, og vi mener derfor behandlingen er forholdsmessig.",
    rights="Kunden får informasjon og samtykker i appen før videoen tas. Samtykket kan trekkes før kontrollen er gjennomført. Innsyn gis i kundeforholdet.",
    risks=(
        Risk(
            "Kunder med mørk hud avvises oftere",
            "Skjevhet i algoritmen",
            "Middels",
            "Middels – forsinkelse",
            "Ingen automatisk avslag; manuell kontroll; testresultater fra leverandøren",
        ),
        Risk(
            "Deepfake eller maske lurer tjenesten",
            "Identitetstyveri",
            "Lav",
            "Høy",
            "Kontroll av at personen er til stede; NFC-lesing av passbrikken",
        ),
        Risk(
            "Biometriske maler lagres lenger enn nødvendig",
            "Feil hos leverandøren",
            "Lav",
            "Høy",
            "Sletting kontrolleres ved revisjon",
        ),
        Risk(
            "Video brukes til andre formål",
            "Markedsføring eller trening av modeller",
            "Lav",
            "Høy",
            "Forbud i databehandleravtalen",
        ),
    ),
    not_taken="Vi har vurdert å ikke lagre selfie-videoen i det hele tatt, men hvitvaskingsloven krever at vi kan dokumentere hvordan kontrollen ble gjort.",
    residual="Restrisikoen for kunder som feilaktig avvises eller utsettes for identitetstyveri, vurderer vi som høy, og biometri i kundeetablering er nytt for oss.",
    proc=Proc(
        "IDverk AS",
        "leverandør av identitetskontrollen",
        "org.nr. 919 870 223, Trondheim",
        Person("Petter Lunde", "kundeansvarlig", "412 90 556", "petter.lunde@idverk.no"),
    ),
)

# --- F: Handelslaget Nord SA (processor contacts are given in the mail, not the DPIA) -------

F_ANSIKT = Topic(
    key="f_ansikt",
    title="Ansiktsgjenkjenning mot registrerte gjengangere i fire butikker",
    short="ansiktsgjenkjenning i butikk",
    summary="Handelslaget Nord SA driver 38 dagligvarebutikker i Nordland og Troms. Enkelte butikker har store tap og trusler fra en liten gruppe gjengangere. Vi vil prøve ut ansiktsgjenkjenning i fire butikker i ett år: kameraene ved inngangen sammenligner ansiktene til alle som kommer inn, med en liste over personer som er anmeldt for tyveri eller trusler i butikken, og varsler butikksjefen ved treff.",
    chapters=(
        (
            "Kameraene ved inngangen",
            "Hver butikk får to kameraer ved inngangen. For hver person som kommer inn, lages en biometrisk mal som sammenlignes med listen. Ved ikke-treff slettes malen innen ett sekund.",
        ),
        (
            "Listen",
            "På listen kan bare personer som er anmeldt til politiet for tyveri, ran eller trusler i den aktuelle butikken, føres opp, etter beslutning av butikksjef og regionsjef. Oppføringen gjelder i tolv måneder. Listen deles ikke mellom butikker.",
        ),
        (
            "Varsling til butikken",
            "Ved treff får butikksjef eller vekter et varsel på telefonen med bildet fra listen og bildet fra kameraet. Den ansatte sjekker manuelt og kan be personen forlate butikken dersom vedkommende er bortvist.",
        ),
        ("Lagring og sletting", "{storage}"),
    ),
    storage="Sammenligningen skjer på en server i butikken; listen og treffene lagres i plattformen til {org}, som er databehandler. Treff slettes etter 30 dager med mindre de anmeldes.",
    necessity="De fire butikkene hadde i 2025 til sammen 210 anmeldte tyverier og 17 trusselhendelser, de fleste begått av om lag 25 personer. Ansatte har sagt opp på grunn av utrygghet. Vi har innført vektere, låste hyller og vanlig kameraovervåking, uten at hendelsene har gått ned. Ansatte kan ikke kjenne igjen alle gjengangere, særlig ikke nyansatte og helgevakter. Ansiktsgjenkjenning er et stort inngrep, og vi har derfor avgrenset det til fire butikker, til personer som er anmeldt i samme butikk, og til ett år med evaluering.",
    balancing="Vi bygger på art. 6 nr. 1 bokstav f. Biometriske opplysninger som brukes til å identifisere en person, krever også unntak etter art. 9 nr. 2; vi har vurdert bokstav f (rettskrav) og g, og er usikre på om det finnes et gyldig grunnlag i norsk rett – det er en av grunnene til at vi ber om forhåndsdrøftelse. I interesseavveiingen har vi lagt vekt på at alle kunder skannes, også barn, og at de ikke har noe reelt valg dersom butikken er den eneste i bygda. Mot dette står de ansattes sikkerhet og tapene. Avgrensningene gjør inngrepet mindre, men det er fortsatt betydelig.",
    rights="Det settes opp tydelige skilt før inngangen. Personer som føres på listen, får skriftlig beskjed med begrunnelse og informasjon om retten til å klage. Alle kan be om innsyn i om de står på listen.",
    risks=(
        Risk(
            "Feil person blir bortvist",
            "Feiltreff i algoritmen",
            "Middels",
            "Høy – krenkelse i offentlighet",
            "Manuell kontroll før tiltak; høy terskel; logg over feiltreff",
        ),
        Risk(
            "Alle kunder skannes, også barn",
            "Kamera ved inngangen",
            "Høy",
            "Høy",
            "Maler slettes innen ett sekund; ingen lagring ved ikke-treff",
        ),
        Risk(
            "Listen brukes utover formålet",
            "Butikksjef fører opp personer uten anmeldelse",
            "Middels",
            "Høy",
            "Krav om anmeldelsesnummer; godkjenning av regionsjef; revisjon",
        ),
        Risk(
            "Skjevhet mot samer eller andre minoriteter",
            "Algoritmen er dårligere på enkelte grupper",
            "Middels",
            "Høy",
            "Testresultater fra leverandøren; egen evaluering",
        ),
    ),
    not_taken="Vi har vurdert å dele listen mellom alle butikkene i regionen, men har ikke gjort det fordi det ville utvidet inngrepet betydelig. Vi har også vurdert å la kunder velge en inngang uten kamera, men butikkene har bare én inngang.",
    residual="Selv med avgrensningene mener vi risikoen for kundenes rettigheter er høy, og vi er usikre på behandlingsgrunnlaget.",
    proc=Proc(
        "Sikra Vision AS",
        "leverandør av kamera- og analyseplattformen",
        "org.nr. 924 117 560, Tromsø",
        Person("Anders Holt", "prosjektleder", "930 15 672", "anders.holt@sikravision.no"),
    ),
)

F_PRISER = Topic(
    key="f_priser",
    title="Personlige tilbud i medlemsappen basert på handlemønster og lokasjon",
    short="personlige tilbud i medlemsappen",
    summary="Medlemsappen har om lag 95 000 aktive medlemmer. Vi vil gi hvert medlem personlige tilbud og rabatter beregnet ut fra kjøpshistorikken og, for dem som slår det på, lokasjon når de er i nærheten av en butikk.",
    chapters=(
        (
            "Kjøpshistorikk",
            "Alle kjøp der medlemskortet eller appen brukes, registreres med vare, pris, tid og butikk. Historikken for de siste 24 månedene brukes.",
        ),
        (
            "Profil og tilbud",
            "En modell deler medlemmene inn i om lag 60 segmenter og beregner hvilke tilbud som er mest relevante. Hver uke får medlemmet ti personlige tilbud. Ordinærprisen i butikken endres ikke; det personlige er rabatten.",
        ),
        (
            "Lokasjon",
            "Medlemmer som slår på lokasjon, får varsel om tilbud når de er innenfor 500 meter fra en butikk. Posisjonen lagres ikke, bare at varselet er sendt.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage="Data lagres og analyseres i plattformen til {org}, som er databehandler. Kjøpshistorikk eldre enn 24 måneder slettes.",
    necessity="Medlemmene får i dag de samme ukentlige tilbudene, og bare 8 prosent av dem blir brukt. Som samvirkelag skal vi gi medlemmene fordeler, og personlige tilbud gir mer verdi for den enkelte. Vi har vurdert enkle kategorier uten modell (barnefamilie, student osv.), men det krever at medlemmene oppgir mer om seg selv. Vi bruker ikke dataene til andre formål og deler dem ikke med leverandører.",
    balancing="Personlige tilbud bygger på samtykke (art. 6 nr. 1 bokstav a), som gis i appen separat fra medlemskapet. Lokasjon krever eget samtykke. Kjøpshistorikk kan avsløre helse (for eksempel glutenfri mat eller graviditetstester), religion og økonomi. Vi har derfor utelatt reseptfrie legemidler, prevensjon og tobakk fra modellen. Vi har også vurdert at personlige priser kan oppleves som urettferdige, og valgt at ordinærprisen alltid er lik for alle.",
    rights="Medlemmene ser i appen hvorfor de får et tilbud («fordi du ofte kjøper …»), og kan slå av personlige tilbud og lokasjon hver for seg. Innsyn og sletting kan gjøres i appen.",
    risks=(
        Risk(
            "Helseopplysninger utledes av kjøp",
            "Modellen lærer av sensitive varer",
            "Middels",
            "Høy",
            "Sensitive varer er utelatt; kontroll av segmentene",
        ),
        Risk(
            "Medlemmer med dårlig råd får dårligere tilbud",
            "Modellen optimaliserer for lønnsomhet",
            "Middels",
            "Middels",
            "Minsterabatt for alle; analyse hvert kvartal",
        ),
        Risk(
            "Lokasjonsvarsler avslører bevegelsesmønster",
            "Feil i appen lagrer posisjon",
            "Lav",
            "Høy",
            "Posisjonen behandles bare på telefonen; testing",
        ),
        Risk(
            "Barn får tilbud på usunn mat",
            "Medlemmer under 18 år",
            "Lav",
            "Middels",
            "Personlige tilbud bare for medlemmer over 18 år",
        ),
    ),
    not_taken="Vi har vurdert å la medlemmene selv velge kategorier i stedet for modellen, men det gir for dårlig treff. Vi har også vurdert å kreve nytt samtykke hvert år, men ikke gjennomført det.",
    residual="Samlet vurderer vi risikoen som høy fordi svært mange medlemmer profileres ut fra detaljerte kjøpsdata.",
    proc=Proc(
        "Medlemsdata Norge AS",
        "leverandør av medlemsplattformen",
        "org.nr. 913 560 842, Oslo",
        Person("Line Skogstad", "kundeansvarlig", "458 03 119", "line.skogstad@medlemsdata.no"),
    ),
)

F_KASSE = Topic(
    key="f_kasse",
    title="KI-kameraer ved selvbetjente kasser",
    short="KI-kameraer ved selvbetjente kasser",
    summary="Vi har selvbetjente kasser i 22 butikker. Vi vil montere kameraer over hver kasse som med KI gjenkjenner varer som legges i posen uten å bli skannet, og som viser en kort videosnutt til kunden og den ansatte ved kassene når det skjer.",
    chapters=(
        (
            "Kameraet over kassen",
            "Kameraet filmer skanneområdet og posen ovenfra. Ansiktet er ikke i bildet ved normal bruk, men kan komme med når kunden bøyer seg frem.",
        ),
        (
            "Gjenkjenningen",
            "Modellen sammenligner varene den ser, med det som er skannet. Ved avvik stopper kassen, og kunden får se en video på 5 sekunder av hva som skjedde. Kunden kan selv skanne varen, eller en ansatt kommer.",
        ),
        ("Lagring", "{storage}"),
        (
            "Rapporter",
            "Butikksjefen får ukentlige tall på avvik per kasse, ikke per kunde. Videoer gjennomgås ikke i etterkant med mindre det er anmeldelse.",
        ),
    ),
    storage="Videosnutter ved avvik lagres i 7 dager i skytjenesten til {org}, som er databehandler, med servere i Irland. Annen video lagres ikke.",
    necessity="Svinnet ved selvbetjente kasser er tre ganger høyere enn ved betjente kasser, og mye av det skyldes feil, ikke tyveri. Vi har prøvd vekt i posen og stikkprøvekontroll, som kundene opplever som mistenkeliggjørende. Kameraløsningen gir kunden mulighet til å rette feilen selv. Vi har valgt et kamera som ser ned på skanneområdet, ikke på kunden.",
    balancing="Vi bygger på berettiget interesse (art. 6 nr. 1 bokstav f). Kunder som bruker selvbetjent kasse, blir filmet ved hver handel, og en videosnutt kan oppleves som en anklage. Vi har veid dette mot tapene og mot at alternativet er flere manuelle kontroller. Behandlingen er etter vår vurdering forholdsmessig fordi bare video ved avvik lagres, i kort tid, og fordi kunden kan velge betjent kasse.",
    rights="Skilt ved kassene og tekst på skjermen informerer om kameraet. Kunder kan be om innsyn i videosnutter fra egen handel innen 7 dager.",
    risks=(
        Risk(
            "Kunder blir feilaktig mistenkt",
            "Feil i modellen",
            "Middels",
            "Middels",
            "Kunden ser videoen og kan rette selv; kunden registreres ikke",
        ),
        Risk(
            "Ansikter havner i videosnutter",
            "Kunden bøyer seg frem",
            "Middels",
            "Middels",
            "Automatisk sladding av ansikter i lagret video",
        ),
        Risk(
            "Video overføres til tredjeland",
            "Leverandøren er britisk",
            "Lav",
            "Middels",
            "Lagring i Irland; adekvansbeslutning for Storbritannia",
        ),
        Risk(
            "Ansatte brukes som kontrollører av enkeltkunder",
            "Ukentlige rapporter",
            "Lav",
            "Lav",
            "Rapporter bare per kasse",
        ),
    ),
    not_taken="Vi har vurdert å ikke lagre videosnutter i det hele tatt, men de trengs ved klager. Sladding i sanntid på skjermen har vi ikke gjennomført fordi leverandøren ikke støtter det.",
    residual="Vi vurderer at risikoen fortsatt er høy, fordi svært mange kunder filmes og vurderes av en algoritme hver dag.",
    proc=Proc(
        "Checkwise Ltd",
        "leverandør av kamera og modell",
        "Company no. 11834520, Manchester",
        Person(
            "Oliver Grant",
            "Account Manager Nordics",
            "+44 161 496 0732",
            "oliver.grant@checkwise.co.uk",
        ),
    ),
)

F_UBEMANNET = Topic(
    key="f_ubemannet",
    title="Ubemannet nærbutikk med adgang via app og kameraovervåking",
    short="ubemannet nærbutikk",
    summary="Vi vil holde tre små bygdebutikker åpne døgnet rundt uten ansatte på kveld og natt. Kunden låser opp døren med appen (BankID ved registrering), og butikken er kameraovervåket. Ved tyveri eller hærverk kan vi knytte opptak til den som låste opp.",
    chapters=(
        (
            "Adgang",
            "Kunden registrerer seg med BankID og må være over 18 år. Hver gang døren låses opp, lagres hvem, når og hvilken butikk. En kunde kan slippe inn andre, men er ansvarlig for dem.",
        ),
        (
            "Kameraene",
            "Seks kameraer dekker inngang, kasser og hyller. Det tas opp video hele tiden, uten lyd. Opptakene vises ikke i sanntid.",
        ),
        (
            "Kobling og oppfølging",
            "Ved tyveri, hærverk eller ubetalt handel ser butikksjefen på opptaket og kobler det til adgangsloggen. Kunden kan utestenges fra kveldsåpningen og anmeldes.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage="Adgangsloggen og opptakene lagres hos {org}, som er databehandler. Opptak slettes etter 7 dager og adgangslogg etter 90 dager, med mindre en hendelse er meldt.",
    necessity="De tre butikkene er de eneste i sine bygder, og omsetningen er for lav til å ha bemanning hele dagen. Uten kveldsåpning må de trolig legges ned. Vi har vurdert bare kameraovervåking uten innlogging, men da kan vi ikke følge opp tyveri. Innlogging med BankID sikrer også at barn ikke er alene i butikken om natten.",
    balancing="Grunnlaget er art. 6 nr. 1 bokstav b for adgangen og bokstav f for kameraovervåkingen. Kombinasjonen av identifisert adgang og video gjør at alle kunder kan identifiseres i opptak. Vi mener dette er forholdsmessig fordi det bare brukes ved hendelser, har kort lagringstid, og fordi butikken ellers ikke kan holde åpent.",
    rights="Vilkårene i appen og skilt på døren forklarer overvåkingen. Kunden kan se egne adgangsregistreringer i appen.",
    risks=(
        Risk(
            "Feil person utestenges",
            "Noen slipper inn en annen",
            "Middels",
            "Middels",
            "Kunden varsles og kan forklare seg før utestengelse",
        ),
        Risk(
            "Opptak ses uten grunn",
            "Nysgjerrige ansatte",
            "Lav",
            "Middels",
            "Bare butikksjef har tilgang; logg",
        ),
        Risk(
            "Bygdefolk kartlegges",
            "Adgangsloggen viser når naboer handler",
            "Middels",
            "Middels",
            "Loggen brukes bare ved hendelser",
        ),
        Risk(
            "Kunder uten BankID stenges ute",
            "Eldre uten BankID",
            "Høy",
            "Lav",
            "Betjent åpningstid på dagtid beholdes",
        ),
    ),
    not_taken="Vi har vurdert å slette adgangsloggen etter 7 dager, som opptakene, men betalingstvister kommer ofte senere.",
    residual="Samlet er risikoen høy etter vår vurdering, fordi alle kjenner alle i en liten bygd, og loggen sier mye om folks vaner.",
    proc=Proc(
        "Nærbutikk Teknikk AS",
        "leverandør av adgangssystem og kameraer",
        "org.nr. 928 114 903, Bodø",
        Person("Stian Rø", "daglig leder", "467 22 908", "stian.ro@naerbutikkteknikk.no"),
    ),
)

# --- H: Puls Treningssentre AS --------------------------------------------------------------

H_ANSIKT = Topic(
    key="h_ansikt",
    title="Ansiktsgjenkjenning som adgangskontroll i døgnåpne treningssentre",
    short="ansiktsgjenkjenning i inngangsdøren",
    summary="Puls Treningssentre AS har 14 sentre og om lag 21 000 medlemmer. Sentrene er ubemannet på kveld og natt. Vi vil erstatte adgangskort og app med ansiktsgjenkjenning i døren, først på senteret i Sandnes og deretter på alle sentre.",
    chapters=(
        (
            "Registrering",
            "Medlemmet tar en selfie i appen ved innmelding. Av bildet lages en biometrisk mal som lagres sammen med medlemsnummeret. Bildet slettes når malen er laget.",
        ),
        (
            "Inngangen",
            "Kameraet i døren lager en mal av den som står foran, og sammenligner med malene til aktive medlemmer ved senteret. Ved treff åpnes døren og besøket registreres.",
        ),
        ("Lagring og drift", "{storage}"),
        (
            "Hvem ser hva",
            "Senterlederen ser besøksloggen per medlem. Ingen ansatte har tilgang til malene.",
        ),
    ),
    storage="Malene og besøksloggen lagres i skyløsningen til {org}, som er databehandler og leverer hele adgangssystemet. Malen slettes når medlemskapet avsluttes; besøksloggen etter 12 måneder. Kontaktperson hos {org}: {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="Utlån av adgangskort og app er det største problemet vi har med ubemannede sentre: vi anslår at 8–10 prosent av besøkene på kveldstid er personer uten medlemskap, og flere av hendelsene med hærverk og uønsket atferd har vært knyttet til dette. Vi har prøvd PIN-kode i tillegg til kort, og kamera som tar bilde ved inngangen, uten særlig effekt. Ansiktsgjenkjenning knytter adgangen til personen. Fingeravtrykk er vurdert, men gir hygieneproblemer og samme type biometri. Medlemmer som ikke vil bruke ansiktsgjenkjenning, skal få bruke kort med PIN kombinert med stikkprøvekontroll.",
    balancing="Biometri for å identifisere medlemmene krever uttrykkelig samtykke etter art. 9 nr. 2 bokstav a. Samtykket er frivillig fordi kort med PIN er et reelt alternativ uten merkostnad. Vi har vurdert at ansiktsmaler er svært sensitive, og at kameraet i døren også fanger andre som står i nærheten; malene av dem slettes umiddelbart. Vi mener behandlingen er forholdsmessig når samtykket er reelt, og malene lagres adskilt og slettes når medlemskapet avsluttes.",
    legal_bare="Behandlingsgrunnlag: samtykke, jf. personvernforordningen art. 6 nr. 1 a og art. 9 nr. 2 a.",
    rights="Medlemmene får informasjon og samtykker i appen. Samtykket kan trekkes i appen, og malen slettes da innen ett døgn. Innsyn gis via kundeservice.",
    risks=(
        Risk(
            "Ansiktsmaler kommer på avveier",
            "Angrep mot leverandøren",
            "Lav",
            "Svært høy – maler kan ikke byttes",
            "Kryptering, maler lagret adskilt fra medlemsdata, revisjon",
        ),
        Risk(
            "Personer som ikke er medlemmer, skannes",
            "Folk som står bak medlemmet",
            "Høy",
            "Middels",
            "Maler av ikke-treff slettes umiddelbart",
        ),
        Risk(
            "Samtykket er ikke frivillig",
            "Alternativet oppleves som tungvint",
            "Middels",
            "Høy",
            "Kort med PIN uten merkostnad",
        ),
        Risk(
            "Besøksloggen brukes til å kartlegge medlemmer",
            "Senterleder ser hvem som trener når",
            "Lav",
            "Middels",
            "Bare ved hendelser; loggen slettes etter 12 måneder",
        ),
    ),
    not_taken="Vi har vurdert å lagre malen bare på medlemmets telefon, men døren må da kommunisere med telefonen, og leverandøren støtter ikke det.",
    residual="Etter tiltakene er risikoen knyttet til lagring av biometriske maler for tusenvis av medlemmer fortsatt høy.",
    proc=Proc(
        "Adgangsmaster AS",
        "leverandør av adgangssystemet",
        "org.nr. 916 228 470, Stavanger",
        Person("Frode Lie", "teknisk prosjektleder", "400 81 733", "frode.lie@adgangsmaster.no"),
    ),
)

H_PULS = Topic(
    key="h_puls",
    title="Pulsdata fra gruppetimer og rabatt hos forsikringspartner",
    short="pulsdata og forsikringsrabatt",
    summary="Puls har pulsbelter i alle gruppetimer. Vi vil lagre pulsdata fra timene i medlemmets profil, gi poeng for aktivitet og – for medlemmer som ønsker det – dele et månedlig aktivitetsnivå med forsikringsselskapet Trygd & Helse Forsikring ASA, som gir rabatt på helse- og livsforsikring.",
    chapters=(
        (
            "Pulsbeltet og skjermen",
            "Medlemmet kobler pulsbeltet til profilen sin. Under timen vises puls og intensitetssone på skjermen i salen med fornavn eller kallenavn, slik som i dag.",
        ),
        (
            "Profilen i appen",
            "Etter timen lagres pulskurve, kalorier og minutter i hver sone i medlemmets profil. Medlemmet får aktivitetspoeng.",
        ),
        (
            "Deling med forsikringsselskapet",
            "Medlemmer som samtykker, får et månedlig aktivitetsnivå (1–5) sendt til forsikringsselskapet. Selskapet får ikke pulskurver, tidspunkter eller hvilket senter. Forsikringsselskapet er selvstendig behandlingsansvarlig for sin bruk.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage_plain="Pulsdata lagres i 24 måneder, aktivitetsnivåene i 12 måneder. Data lagres kryptert, og bare medlemmet selv og kundeservice ved henvendelse har tilgang.",
    necessity="Medlemmene har lenge spurt etter å kunne se pulsdata etter timen, og flere konkurrenter tilbyr dette. Samarbeidet med forsikringsselskapet gir medlemmene en konkret fordel. Vi har vurdert å bare dele om medlemmet har trent eller ikke (ja/nei), men forsikringsselskapet krever et nivå for å gi rabatt. Vi har avgrenset delingen til ett tall per måned og ingen helseopplysninger utover det.",
    balancing="Lagring av pulsdata bygger på avtalen med medlemmet (art. 6 nr. 1 b) og uttrykkelig samtykke etter art. 9 nr. 2 a, siden puls er helseopplysninger. Delingen med forsikringsselskapet bygger på et eget uttrykkelig samtykke. Vi har vurdert at medlemmer kan føle seg presset til å dele for å få rabatt, og at aktivitetsnivå over tid kan si noe om helse. Samlet mener vi delingen er forholdsmessig fordi den er frivillig, kan trekkes når som helst, og fordi forsikringsselskapet bare får et grovt nivå.",
    rights="Samtykkene gis hver for seg i appen, med klar informasjon. Medlemmet kan trekke samtykket til deling uten at det påvirker medlemskapet, og se hva som er sendt til forsikringsselskapet.",
    risks=(
        Risk(
            "Forsikringsselskapet bruker nivået til å vurdere risiko eller pris",
            "Selskapet endrer vilkårene",
            "Middels",
            "Høy",
            "Avtale om at nivået bare gir rabatt, aldri høyere pris; revisjon",
        ),
        Risk(
            "Pulsen vises på skjermen for andre",
            "Fornavn på skjermen",
            "Høy",
            "Lav",
            "Kallenavn kan velges",
        ),
        Risk(
            "Medlemmer presses til å dele",
            "Rabatten er betydelig",
            "Middels",
            "Middels",
            "Ingen fordeler hos Puls knyttet til deling",
        ),
        Risk(
            "Pulsdata avslører sykdom",
            "Unormale kurver",
            "Lav",
            "Høy",
            "Ingen helseanalyse; bare tid i sonene",
        ),
    ),
    not_taken="Vi har vurdert å la medlemmet selv sende nivået til forsikringsselskapet, men det ble for tungvint, og vi har ikke gått videre med det.",
    residual="Vi vurderer risikoen som høy fordi helseopplysninger deles med et forsikringsselskap, selv om det skjer i grov form.",
)

H_KAMERA = Topic(
    key="h_kamera",
    title="KI-kamera som oppdager ulykker i treningssalen når senteret er ubemannet",
    short="KI-kamera mot ulykker på ubemannet tid",
    summary="Vi vil installere kameraer med bildeanalyse i treningssalene på de ubemannede sentrene. Systemet skal oppdage at en person har falt og ligger urørlig, eller at noen blir sittende fast under en vektstang, og da varsle vaktsentralen, som kan se bildet og sende hjelp.",
    chapters=(
        (
            "Kameraene i salen",
            "Fire til seks kameraer i hver sal. Garderober, dusjer og toaletter er ikke dekket. Kameraene er på når senteret er ubemannet.",
        ),
        (
            "Analysen",
            "Bildene analyseres fortløpende på en boks i senteret. Analysen ser etter kroppsstilling og bevegelse, ikke hvem personen er. Ved mistanke om ulykke sendes et varsel med 20 sekunder video til vaktsentralen.",
        ),
        (
            "Vaktsentralen",
            "Operatøren ser videoen og kan se direktebilde i opptil fem minutter. Operatøren kan snakke til personen via høyttaler og sende ambulanse eller vekter.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage="Video lagres ikke i vanlig drift. Videoklipp ved varsel lagres hos {org}, som driver vaktsentralen og er databehandler, i 30 dager. Kontaktperson der: {person}, {title}, {phone}, {email}.",
    necessity="Vi har hatt to alvorlige ulykker på natt i 2025, der medlemmer lå skadet lenge før de ble funnet. Vi har alarmknapper på veggen, men de hjelper ikke dersom personen ikke kommer seg dit. Bemanning er vurdert, men gjør nattåpent urealistisk. Vanlig kameraovervåking der vaktsentralen ser på bildene, er også vurdert, men det ville vært mer inngripende. Med bildeanalyse ser ingen på bildene uten at noe har skjedd.",
    balancing="Grunnlaget er art. 6 nr. 1 bokstav f og, i livstruende situasjoner, bokstav d. Trening skjer i tettsittende klær og i situasjoner der mange ikke ønsker å bli sett. Vi har veid dette mot risikoen for liv og helse ved ulykker når ingen er til stede, og mener behandlingen er forholdsmessig fordi ingen ser bildene i vanlig drift, garderober ikke er dekket, og klipp bare lagres ved varsel.",
    rights="Skilt ved inngangen og i salen, og informasjon i appen. Medlemmer kan be om innsyn i klipp der de er med.",
    risks=(
        Risk(
            "Falske varsler gjør at operatører ser på medlemmer",
            "Feil i analysen",
            "Høy",
            "Middels",
            "Bare 20 sekunder klipp; logg over bruk av direktebilde",
        ),
        Risk(
            "Video brukes til å kontrollere medlemmers atferd",
            "Senterleder ber om opptak",
            "Lav",
            "Høy",
            "Bare klipp ved varsel finnes; rutine",
        ),
        Risk(
            "Ulykke oppdages ikke",
            "Døde vinkler",
            "Middels",
            "Svært høy",
            "Alarmknappene beholdes; test av dekningen",
        ),
        Risk(
            "Uvedkommende får tilgang til direktebilde",
            "Svak innlogging hos vaktsentralen",
            "Lav",
            "Høy",
            "Tofaktorinnlogging, logg, revisjon",
        ),
    ),
    not_taken="Vi har vurdert å fjerne direktebildet helt, men operatøren trenger det for å vurdere om det faktisk er en ulykke.",
    residual="Vi vurderer fortsatt risikoen som høy, fordi medlemmer analyseres kontinuerlig når de trener alene.",
    proc=Proc(
        "Vaktblikk AS",
        "vaktsentral og leverandør av analysen",
        "org.nr. 920 556 318, Sandnes",
        Person("Maria Haugen", "driftsleder", "468 11 790", "maria.haugen@vaktblikk.no"),
    ),
)

H_SOLARIUM = Topic(
    key="h_solarium",
    title="Automatisk aldersverifisering med ansiktsanalyse ved solarium",
    short="aldersverifisering ved solarium",
    summary="Seks av sentrene har solarium. Det er forbudt å slippe personer under 18 år inn i solarium, og på kveld og natt er det ingen ansatte til stede. Vi vil sette opp en enhet ved solariumsdøren som anslår alderen fra et bilde av ansiktet. Dersom alderen anslås til under 25 år, må personen i tillegg bekrefte alderen med BankID i appen.",
    chapters=(
        (
            "Enheten ved døren",
            "Personen ser inn i et kamera. Et bilde tas og analyseres på enheten, som gir en anslått alder. Bildet slettes straks, og bare «over 25 / under 25» lagres med tidspunkt.",
        ),
        (
            "Kontroll med legitimasjon",
            "Ved «under 25» må medlemmet bekrefte med BankID i appen eller vise legitimasjon til vaktsentralen via video. Medlemmer under 18 år får ikke tilgang.",
        ),
        ("Lagring", "{storage}"),
    ),
    storage="Tjenesten leveres av {org}, som er databehandler. Det lagres bare resultat og tidspunkt, i 90 dager, som dokumentasjon overfor kommunen. Kontakt: {person}, {title}, {org}, {phone}, {email}.",
    necessity="Strålevernforskriften krever at virksomheten sørger for at personer under 18 år ikke bruker solarium. Kommunen har ved tilsyn påpekt at adgangskortet ikke er nok, fordi kort lånes ut. Ansiktsanalysen identifiserer ikke personen, og bildet lagres ikke. Vi har vurdert å stenge solariet når senteret er ubemannet, men det vil ramme mange voksne medlemmer.",
    balancing="Vi bygger på art. 6 nr. 1 bokstav c, jf. strålevernforskriften, og bokstav f. Et aldersanslag er ikke identifisering, men bildet av ansiktet behandles. Vi har vurdert at enkelte kan oppleve kameraet som ubehagelig, og at anslaget kan slå feil for enkelte grupper. Fordi ingen bilder lagres og feil bare fører til kontroll med legitimasjon, mener vi behandlingen er forholdsmessig.",
    rights="Skilt ved døren og informasjon i appen. Medlemmer som ikke vil bruke ansiktsanalysen, kan bruke BankID hver gang.",
    risks=(
        Risk(
            "Feil anslag for personer med mørk hud eller særpregede trekk",
            "Skjevhet i algoritmen",
            "Middels",
            "Lav",
            "Kontroll med legitimasjon ved tvil",
        ),
        Risk(
            "Bilder lagres likevel",
            "Feil i enheten",
            "Lav",
            "Høy",
            "Kontroll hos leverandøren; ingen lagring på enheten",
        ),
        Risk(
            "Mindreårige slipper inn", "Lånt BankID", "Lav", "Høy", "Stikkprøver fra vaktsentralen"
        ),
    ),
    not_taken="Vi har vurdert å kreve BankID av alle ved hver bruk, men det er tungvint og innebærer mer innsamling av identitet enn ansiktsanalysen.",
    residual="Restrisikoen vurderer vi som høy fordi ansiktsanalyse av alle solariumsbrukere er nytt og lite utprøvd.",
    proc=Proc(
        "AgeCheck Nordic AB",
        "leverandør av aldersanalysen",
        "org.nr. 559388-1204, Malmö",
        Person(
            "Emma Sjöberg", "Partner Manager", "+46 40 680 22 15", "emma.sjoberg@agechecknordic.se"
        ),
    ),
)

# --- J: Nordlandsnett AS --------------------------------------------------------------------

J_MALER = Topic(
    key="j_maler",
    title="Innhenting av måledata med minuttoppløsning fra AMS-målere",
    short="måledata med minuttoppløsning",
    summary="Nordlandsnett AS har 96 000 nettkunder med AMS-målere. I dag leses målerne av hvert kvarter. Vi vil hente inn forbruk hvert minutt fra alle målere i tre nettområder med kapasitetsproblemer, om lag 18 000 kunder, for å kunne styre nettet og tilby fleksibilitetsavtaler.",
    chapters=(
        (
            "Målerne",
            "Målerne kan registrere forbruk og spenning hvert minutt. Innstillingen endres fra sentralt system. Kunden merker ingen forskjell på måleren.",
        ),
        (
            "Innsamlingssystemet (HES)",
            "Minuttverdiene sendes over mobilnett til innsamlingssystemet én gang i timen. {storage}",
        ),
        (
            "Måleverdidatabasen",
            "Minuttverdier lagres i 60 dager og aggregeres deretter til kvartersverdier, som er det som lagres etter avregningsregelverket. Bare nettplanlegging og driftssentralen har tilgang til minuttverdiene.",
        ),
        (
            "Elhub og kraftleverandører",
            "Kvartersverdiene sendes til Elhub som i dag. Minuttverdiene deles ikke med Elhub, kraftleverandører eller andre.",
        ),
        (
            "Analyse og fleksibilitet",
            "Minuttverdiene brukes til å finne hvor nettet er overbelastet, og til å tilby kunder avtale om fleksibilitet (for eksempel styring av elbillading). Kunder som inngår avtale, får kompensasjon.",
        ),
    ),
    storage="Innsamlingssystemet driftes av {org}, som er databehandler for nettselskapet. Kontaktperson hos {org} er {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="Tre av nettområdene våre har kapasitetsproblemer, og alternativet er nettforsterkning for om lag 140 millioner kroner, som kundene betaler gjennom nettleien. Kvartersverdier skjuler de korte toppene som overbelaster nettet. Vi har vurdert å måle i nettstasjonene i stedet for hos kundene, og det gjør vi også, men det sier ikke hvilke kunder som kan flytte forbruket. Vi har avgrenset innhentingen til områdene med problemer og til 60 dagers lagring.",
    balancing="Nettselskapet har plikt til å drive nettet effektivt, og vi bygger på art. 6 nr. 1 bokstav c og e, jf. energiloven og forskrift om måling og avregning, og bokstav f for fleksibilitetsavtalene. Forbruk per minutt kan avsløre hva folk gjør hjemme: når de står opp, lager mat, er borte eller bruker medisinsk utstyr. Vi har veid dette mot fordelen av lavere nettleie og bedre forsyningssikkerhet, og mener det er forholdsmessig fordi minuttverdiene bare lagres kort, ikke deles, og bare et lite antall ansatte har tilgang.",
    rights="Berørte kunder får brev og e-post før endringen. Kunden kan be om å få tilbake kvartersoppløsning; vi bruker da estimater for den kunden. Kunden kan se minuttverdiene sine på Min side.",
    risks=(
        Risk(
            "Minuttdata avslører livsmønster",
            "Tilgang for ansatte uten tjenstlig behov",
            "Middels",
            "Høy",
            "Tilgangsstyring, logg, sletting etter 60 dager",
        ),
        Risk(
            "Data utleveres til politi, kommune eller i en barnefordelingssak",
            "Forespørsler om forbruksdata",
            "Middels",
            "Høy",
            "Utlevering bare ved pålegg; juridisk vurdering",
        ),
        Risk(
            "Angrep på innsamlingssystemet",
            "Dataangrep mot HES",
            "Lav",
            "Høy",
            "Segmentering, overvåking, krav fra NSM",
        ),
        Risk(
            "Kunden vet ikke om innhentingen",
            "Brevet leses ikke",
            "Høy",
            "Middels",
            "Varsel på Min side og på fakturaen",
        ),
    ),
    not_taken="Vi har vurdert å aggregere minuttverdiene i måleren og bare sende toppene, men dagens målere støtter ikke det. Vi har også vurdert samtykke fra hver kunde, men da blir datagrunnlaget for dårlig til å planlegge nettet.",
    residual="Risikoen for at detaljerte forbruksdata om 18 000 husstander misbrukes eller avslører privatliv, vurderer vi som høy.",
    proc=Proc(
        "Målesentralen AS",
        "driftsleverandør for innsamlingssystemet",
        "org.nr. 917 305 226, Trondheim",
        Person("Kjetil Bø", "leveranseansvarlig", "913 55 780", "kjetil.bo@malesentralen.no"),
    ),
)

J_STEMME = Topic(
    key="j_stemme",
    title="Stemmebiometri for identifisering av kunder i kundesenteret",
    short="stemmebiometri i kundesenteret",
    summary="Kundesenteret tar imot om lag 150 000 samtaler i året. I dag identifiseres kunden med fødselsnummer og kontrollspørsmål. Vi vil tilby kundene å bli gjenkjent på stemmen: et stemmeavtrykk lages fra de første sekundene av samtalen og sammenlignes med et lagret avtrykk.",
    chapters=(
        (
            "Innmelding",
            "Kunden sier ja til stemmegjenkjenning i en samtale eller på Min side. Ved neste samtale lages et stemmeavtrykk av 30 sekunder tale.",
        ),
        (
            "Gjenkjenning i samtalen",
            "Når kunden ringer, sammenlignes stemmen automatisk med avtrykket som er knyttet til telefonnummeret. Ved treff ser kundebehandleren at kunden er verifisert. Ved tvil brukes vanlige spørsmål.",
        ),
        ("Lagring", "{storage}"),
        (
            "Tilgang",
            "Kundebehandlerne ser bare «verifisert / ikke verifisert». Ingen ansatte har tilgang til avtrykkene.",
        ),
    ),
    storage="Stemmeavtrykkene lagres hos {org}, som er databehandler, i Norge. Avtrykk slettes når kunden trekker samtykket, eller etter 24 måneder uten bruk. Lydopptaket brukes bare til å lage avtrykket og slettes deretter. Kontakt: {person}, {title}, tlf. {phone}, e-post {email}.",
    necessity="Kundebehandlerne bruker i snitt ett minutt på identifisering i hver samtale, og vi har hatt flere tilfeller der personer har utgitt seg for å være kunden og fått endret kontaktinformasjon eller fått opplysninger om forbruk. Vi har vurdert BankID i appen, men mange av kundene som ringer, er eldre og bruker ikke app. Stemmegjenkjenning er frivillig og brukes bare for dem som ønsker det.",
    balancing="Stemmeavtrykk er biometriske opplysninger (art. 9), og vi bygger på uttrykkelig samtykke etter art. 9 nr. 2 a. Samtykket er frivillig fordi vanlig identifisering alltid er mulig. Vi har vurdert at avtrykk ikke kan byttes ut hvis de kommer på avveier, og at stemmen kan etterlignes med ny teknologi. Fordi løsningen er frivillig og ikke brukes til andre formål, mener vi den er forholdsmessig.",
    rights="Kunden får informasjon før samtykket og kan trekke det i en samtale eller på Min side; avtrykket slettes da innen ett døgn.",
    risks=(
        Risk(
            "Stemmen etterlignes med KI",
            "Syntetisk tale",
            "Middels",
            "Høy",
            "Kontroll av at det er levende tale; endring av kontaktinformasjon krever BankID",
        ),
        Risk(
            "Avtrykk kommer på avveier",
            "Angrep mot leverandøren",
            "Lav",
            "Svært høy",
            "Kryptering, lagring i Norge, revisjon",
        ),
        Risk(
            "Samtykket er ikke informert",
            "Spørsmålet stilles raskt i telefonen",
            "Middels",
            "Middels",
            "Skriftlig bekreftelse på SMS med informasjon",
        ),
        Risk(
            "Avtrykk brukes til andre formål",
            "Leverandøren vil forbedre modellen",
            "Lav",
            "Høy",
            "Forbud i databehandleravtalen",
        ),
    ),
    not_taken="Vi har vurdert å la kunden velge et passord i stedet, men det gir ikke samme beskyttelse mot sosial manipulering, og passord er allerede et tilbud i dag.",
    residual="Vi vurderer restrisikoen som høy, særlig fordi stemmekloning utvikler seg raskt.",
    proc=Proc(
        "Stemmenøkkel AS",
        "leverandør av stemmebiometrien",
        "org.nr. 932 004 615, Oslo",
        Person("Hanna Lund", "kundeansvarlig", "452 08 119", "hanna.lund@stemmenokkel.no"),
    ),
)

J_DRONE = Topic(
    key="j_drone",
    title="Droneinspeksjon av kraftlinjer med kamera og varmekamera",
    short="droneinspeksjon av kraftlinjer",
    summary="Nordlandsnett inspiserer 4 200 km kraftlinjer. Fra 2027 vil vi bruke droner som flyr automatisk langs linjene og tar bilder, video og varmebilder. Linjene går over og nær boliger, hytter og gårdsbruk, og mennesker, hus, bilskilt og aktiviteter kan bli fanget opp.",
    chapters=(
        (
            "Dronene",
            "Dronene flyr langs linjetraseen i 40–60 meters høyde med kameraet rettet mot linjen. Over bebyggelse tas bare stillbilder av master og isolatorer, ikke video.",
        ),
        (
            "Bildeanalyse",
            "Bildene analyseres for feil på master, isolatorer og vegetasjon. Personer og kjøretøy i bildene sladdes automatisk før bildene gjøres tilgjengelige for inspektørene.",
        ),
        ("Lagring", "{storage}"),
        (
            "Deling",
            "Bilder deles ikke med andre. Ved skade på vegetasjon kan grunneieren få bilder av sin eiendom.",
        ),
    ),
    storage_own="Vi bruker ingen databehandler. Dronene flys av egne ansatte, og bildene lagres på egne servere i Bodø. Usladdede originaler slettes etter 14 dager; sladdede bilder lagres i fem år som dokumentasjon av linjenes tilstand.",
    necessity="Forskrift om beredskap og leveringskvalitet krever jevnlig inspeksjon. I dag gjøres det med helikopter og til fots. Helikopteret tar bilder med mye større utsnitt og flyr lavere over bebyggelse. Droner gir mindre støy, mindre utslipp og bedre bilder av linjen. Vi har valgt å ikke filme over bebyggelse og å sladde personer automatisk.",
    balancing="Grunnlaget er art. 6 nr. 1 bokstav c og e, jf. energiloven og beredskapsforskriften. Folk som befinner seg i hagen, på hytta eller i utmarka, kan bli fotografert uten å vite det. Vi har veid dette mot behovet for sikker kraftforsyning og mener at automatisk sladding og kort lagring av originalene gjør inngrepet forholdsmessig.",
    rights="Vi varsler i lokalaviser, på nettsiden og med SMS til grunneiere langs traseen før flyvning. Alle kan be om innsyn i bilder tatt av sin eiendom.",
    risks=(
        Risk(
            "Personer i private hager fotograferes",
            "Linjen går over boliger",
            "Høy",
            "Middels",
            "Bare stillbilder over bebyggelse; sladding",
        ),
        Risk(
            "Sladdingen feiler",
            "Personer er delvis skjult",
            "Middels",
            "Middels",
            "Manuell kontroll av et utvalg; originaler slettes etter 14 dager",
        ),
        Risk(
            "Bilder brukes til andre formål, for eksempel ulovlig bygging",
            "Forespørsel fra kommunen",
            "Lav",
            "Høy",
            "Bilder utleveres ikke; rutine",
        ),
        Risk(
            "En drone med bilder går tapt", "Teknisk feil", "Lav", "Middels", "Kryptert minnekort"
        ),
    ),
    not_taken="Vi har vurdert å varsle hver husstand for seg, men det er ikke praktisk mulig langs 4 200 km linje.",
    residual="Risikoen for at mennesker i private områder fanges opp uten å vite det, vurderer vi som høy.",
)

J_BETALING = Topic(
    key="j_betaling",
    title="Modell for tidlig varsling av betalingsproblemer hos nettkunder",
    short="tidlig varsling av betalingsproblemer",
    summary="Modellen skal hjelpe kundesenteret å kontakte kunder som står i fare for å havne hos inkasso.",
    necessity="Antallet inkassosaker har økt med 60 prosent siden 2022, og mange kunder tar kontakt først når saken er hos inkasso. Da har kostnadene økt betydelig. Ved å kontakte kundene tidligere kan vi tilby betalingsutsettelse og avdragsordning. Vi har vurdert å sende varsel til alle som har ubetalt faktura, men det gjør vi allerede, og det når ikke dem som trenger det. Modellen bruker bare opplysninger vi har fra kundeforholdet.",
    balancing="Grunnlaget er art. 6 nr. 1 bokstav f. Å forutsi betalingsproblemer er en form for profilering som kan oppleves som krenkende, og som kan gi inntrykk av at vi vurderer kundens økonomi. Vi har veid dette mot fordelen for kunden av å unngå inkassokostnader, og mener det er forholdsmessig fordi resultatet bare brukes til å tilby hjelp, aldri til å stenge strømmen eller endre vilkår.",
    rights="Kundene informeres i personvernerklæringen og når de blir kontaktet. De kan protestere og tas da ut av modellen.",
)

J_STEMME = weave(J_STEMME, "Gjenkjenning i samtalen", "Lagring", "Innmelding", "Lagring")
J_DRONE = weave(J_DRONE, "Dronene", "Bildeanalyse", "Deling", "Dronene")
