# ruff: noqa: E501
"""The twenty planned processings of blind19: two per sender, in the sender's own language.

Every topic carries what a DPIA says about it; the senders' templates (personas.py) decide which
fields appear, under which headings and in which file. Likelihood and consequence are scores 1-5;
each template shows them in its own way (words, numbers, colours in a matrix).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Risk:
    risk: str
    likelihood: int
    consequence: int
    measure: str
    residual: int


@dataclass(frozen=True)
class Topic:
    key: str
    lang: str
    title: str
    short: str
    purpose: str
    nature: str
    scope: str
    context: str
    data: str
    subjects: str
    sources: str
    recipients: str
    retention: str
    security: str
    roles: str
    high_risk: str
    necessity: str
    proportionality: str
    alternatives: str
    safeguards: tuple[str, ...]
    rights: str
    risks: tuple[Risk, ...]
    not_taken: tuple[tuple[str, str], ...]
    residual: str
    stakeholders: str
    findings: str


# --- A: Storelva Energi AS (energy utility, nb) -------------------------------------------------

AMS = Topic(
    key="ams",
    lang="nb",
    title="Analyse av AMS-måledata for avdekking av strømtyveri og feil i anlegg",
    short="analyse av AMS-måledata",
    purpose="Avdekke strømtyveri, manipulerte målere og farlige jordfeil i kundenes anlegg ved å analysere forbruksdata på 15-minutters oppløsning fra avanserte måle- og styringssystemer (AMS), og følge opp avvik med befaring.",
    nature="Et analyseverktøy kjører hver natt over måleverdiene fra alle målere i nettområdet og sammenligner forbruksprofilen for hvert målepunkt med historikk, nabolag og værdata. Målepunkter med avvik (for eksempel forbruk uten registrert last, brå fall i forbruk kombinert med spenningsfall eller typiske mønstre for cannabisdyrking) får en risikoscore. Over en terskel lages en sak som en saksbehandler i måleravdelingen vurderer manuelt før det eventuelt bestilles befaring.",
    scope="Om lag 61 000 målepunkter i 9 kommuner, hvorav ca. 54 000 husholdninger. Ca. 5,8 milliarder måleverdier per år. Forventet 150-250 saker per år til manuell vurdering.",
    context="Kundene har ikke valgt å få målt forbruket sitt på kvartersnivå; dette følger av forskrift om måling og avregning. Forbruksprofiler kan avsløre når folk er hjemme, sover, er bortreist og hvor mange som bor i boligen. En mistanke om strømtyveri kan føre til anmeldelse, og profilene kan avsløre sykdom, turnusarbeid eller ulovlig virksomhet.",
    data="Målepunkt-ID, anleggsadresse, kundenavn og kundenummer, timeserier for forbruk og spenning (15 min), jordfeilsvarsler fra måleren, risikoscore, saksnotater, befaringsrapport og eventuelle bilder fra befaring.",
    subjects="Nettkunder (husholdninger og næring) og andre som bor i eller bruker anleggene.",
    sources="AMS-målerne via innsamlingssystemet (head-end), kundesystemet (CIS), Meteorologisk institutt (værdata, ingen personopplysninger) og befaringer.",
    recipients="Måleravdelingen og montører som utfører befaring. Ved mistanke om straffbart forhold kan saken anmeldes til politiet etter vedtak av nettsjefen. Elhub mottar måleverdiene som før; ingen nye mottakere av profilene.",
    retention="Risikoscore og analyseresultat slettes etter 90 dager når det ikke er opprettet sak. Saker uten funn slettes etter 12 måneder; saker med funn oppbevares i 5 år av hensyn til avregning og eventuell tvist.",
    security="Analysemiljøet er logisk skilt fra driftsmiljøet, tilgang med flerfaktorautentisering og rollebasert tilgangsstyring (kun 4 saksbehandlere ser kundeidentitet). Modellen arbeider på pseudonymiserte målepunkt-ID-er; kobling til kunde skjer først når en sak opprettes. All tilgang logges og logger gjennomgås månedlig.",
    roles="Storelva Energi AS er behandlingsansvarlig. Målerdata Norden AS drifter innsamlings- og analyseplattformen som databehandler etter databehandleravtale av 3. juni 2026. Politiet er selvstendig behandlingsansvarlig for anmeldte saker.",
    high_risk="Systematisk og storstilt overvåking av atferd i private hjem, profilering med bruk av ny teknologi, og mulige rettsvirkninger (anmeldelse, krav om etterbetaling, stenging av anlegg).",
    necessity="Nettselskapet har plikt til å sikre korrekt måling og avregning, og til å ivareta elsikkerheten i anleggene. Strømtyveri har økt og påfører øvrige kunder kostnader gjennom nettleien; jordfeil kan gi brann. Manuelle stikkprøver og tips har gitt for få treff. Kvartersverdier er nødvendig fordi mønstrene for både manipulasjon og jordfeil ikke synes på timesnivå.",
    proportionality="Analysen bruker data vi allerede har lovlig tilgang til, bare pseudonymisert inntil en sak opprettes, og en saksbehandler tar alltid beslutningen. Vi bruker ikke data om hvilke apparater som står i boligen, og vi kobler ikke på andre kilder om kundene. Formålsbegrensning: profilene brukes ikke til markedsføring eller salg av strømavtaler.",
    alternatives="Vi har vurdert (1) kun timesverdier, som ga for mange falske treff, (2) kun tips og stikkprøver, som ikke avdekker jordfeil i tide, og (3) plombering og fysisk kontroll av alle målere, som er uforholdsmessig kostbart og mer inngripende for kundene.",
    safeguards=(
        "Informasjon til alle kunder på nettsiden og på fakturaen før oppstart, og egen informasjon når en sak opprettes.",
        "Ingen automatiske avgjørelser: saksbehandler vurderer alltid, og kunden får uttale seg før krav eller anmeldelse.",
        "Innsyn i egne måleverdier og i egen sak via Min side.",
        "Pseudonymisering i analysefasen og kort lagringstid for analyseresultater uten sak.",
        "Årlig gjennomgang av modellens treffsikkerhet og av om enkelte boligtyper eller bydeler får urimelig mange treff.",
    ),
    rights="Kundene kan kreve innsyn, retting og protestere etter artikkel 21. Protest vurderes konkret; elsikkerhetsvarsler vil likevel bli fulgt opp.",
    risks=(
        Risk(
            "Uriktig mistanke om strømtyveri mot kunde med uvanlig, men lovlig forbruk (for eksempel elbillading, turnusarbeid)",
            3,
            4,
            "Manuell vurdering, kontradiksjon før krav, terskelverdier justeres kvartalsvis",
            2,
        ),
        Risk(
            "Forbruksprofiler avslører helse, livssituasjon eller når boligen står tom",
            2,
            4,
            "Pseudonymisering, streng tilgangsstyring, ingen eksport av profiler",
            2,
        ),
        Risk(
            "Uautorisert tilgang eller datainnbrudd hos databehandler",
            2,
            5,
            "Kryptering i hvile og transport, MFA, logging, revisjonsrett i avtalen",
            2,
        ),
        Risk(
            "Formålsutglidning: ønske om å bruke profilene til salg eller til andre etater",
            2,
            4,
            "Formålet er låst i styrevedtak; utlevering kun ved lovhjemmel",
            1,
        ),
        Risk(
            "Skjevhet: eldre boliger og bestemte områder får flere saker",
            3,
            3,
            "Årlig skjevhetsanalyse og rapport til ledelsen",
            2,
        ),
    ),
    not_taken=(
        (
            "Å informere kunden hver gang målepunktet får høy risikoscore",
            "Vil kunne varsle dem som faktisk manipulerer måleren og ødelegge formålet; kunden informeres når sak opprettes.",
        ),
        (
            "Lokal analyse i måleren (edge) uten sentral lagring av profiler",
            "Ikke støttet av dagens målerpark; vurderes på nytt ved utskifting fra 2031.",
        ),
    ),
    residual="Restrisikoen for uriktig mistanke og for at profilene avslører privatlivet anses fortsatt som høy fordi hele kundemassen analyseres hver natt. Derfor ber vi om forhåndsdrøftelse.",
    stakeholders="Forbrukerrådet og to velforeninger ble invitert til innspillsmøte 9. september 2026. Tillitsvalgte for montørene er hørt om befaringsrutinene. Personvernombudet har gitt skriftlig råd.",
    findings="Prosjektgruppen presenterte DPIA-en for ledergruppen 7. og 21. oktober 2026. Hovedfunn: høy risiko for uriktig mistanke og for innsyn i privatlivet; tiltakene reduserer, men fjerner ikke risikoen.",
)

VOICE = Topic(
    key="voice",
    lang="nb",
    title="Stemmegjenkjenning (stemmebiometri) for identifisering av innringere i kundesenteret",
    short="stemmebiometri i kundesenteret",
    purpose="Identifisere kunder som ringer kundesenteret raskt og sikkert ved hjelp av et stemmeavtrykk, i stedet for å spørre om fødselsnummer og kundenummer, og redusere svindel der noen utgir seg for å være kunden for å flytte avtaler eller stenge strømmen.",
    nature="Kunder som samtykker får laget et stemmeavtrykk (stemmeprofil) fra de første 30 sekundene av en samtale. Ved senere samtaler sammenlignes stemmen automatisk med profilen, og kundebehandleren får et grønt, gult eller rødt signal. Systemet varsler også om kjente svindelstemmer fra en intern liste.",
    scope="Kundesenteret tar imot ca. 140 000 samtaler i året. Vi regner med at 15 000-20 000 kunder vil samtykke de første to årene. Listen over kjente svindelstemmer vil omfatte noen titalls personer.",
    context="Kundene er privatpersoner, mange eldre. Samtykket innhentes muntlig i samtalen og bekreftes på SMS. Personer på svindellisten har ikke samtykket og vet ikke at de står der.",
    data="Stemmeprofil (biometrisk mal), lydopptak av innmeldingssamtalen (slettes etter 30 dager), kundenummer, telefonnummer, resultat av hver stemmesjekk, logg over samtykke og tilbaketrekking, og for svindellisten: stemmeprofil og saksnummer.",
    subjects="Kunder som ringer kundesenteret, personer som ringer på vegne av kunder, og personer som har forsøkt svindel.",
    sources="Kundens egen stemme i samtalen, kundesystemet, og interne avvikssaker om svindelforsøk.",
    recipients="Kundebehandlere ser bare signalet, ikke profilen. Vocalis Nordic AB lagrer profilene som databehandler. Ingen utlevering til andre.",
    retention="Stemmeprofilen slettes når kunden trekker samtykket, ved opphør av kundeforholdet, eller etter 24 måneder uten bruk. Profiler på svindellisten slettes etter 2 år.",
    security="Profilene lagres kryptert i EU (Stockholm og Frankfurt) og kan ikke reverseres til lyd. Stemmesjekken har livstest mot opptak og syntetisk tale. Tilgang til administrasjon av lister krever to personer.",
    roles="Storelva Energi AS er behandlingsansvarlig. Vocalis Nordic AB, Stockholm, er databehandler etter avtale av 15. august 2026; underleverandør for drift er en skyleverandør med datasenter i Tyskland.",
    high_risk="Biometriske opplysninger for entydig identifikasjon (artikkel 9), ny teknologi, og en svindelliste med personer som ikke er informert.",
    necessity="Svindelforsøk mot kundesenteret har økt fra 40 til 310 kjente tilfeller på to år, og to ganger er strømmen stengt hos sårbare kunder etter falske henvendelser. Kontrollspørsmål basert på fødselsnummer gir dårlig vern fordi slike opplysninger lekker.",
    proportionality="Stemmebiometri er frivillig; kunder som ikke samtykker identifiseres som før med BankID-lenke på SMS. Profilen brukes bare til identifikasjon ved innringing. Svindellisten er begrenset til personer med dokumenterte svindelforsøk i egne saker.",
    alternatives="BankID-lenke på SMS for alle samtaler (gir lang ventetid og stenger ute kunder uten BankID), PIN-kode (glemmes, kan lures ut), og tilbakeringing til registrert nummer (hjelper ikke når telefonen er overtatt).",
    safeguards=(
        "Uttrykkelig samtykke, bekreftet på SMS, med enkel tilbaketrekking via tastevalg eller Min side.",
        "Alternativ identifisering uten ulempe for dem som ikke samtykker.",
        "Ingen automatiske avgjørelser: rødt signal fører til ekstra kontroll, ikke avslag.",
        "Svindellisten gjennomgås hver måned av to personer; opplysninger om listeføring gis når det ikke skader etterforskning.",
    ),
    rights="Kunden kan når som helst trekke samtykket og få profilen slettet. Innsyn gis i om det finnes en profil og i loggen over stemmesjekker.",
    risks=(
        Risk(
            "Falsk avvisning av ekte kunde (for eksempel ved forkjølelse eller talevansker) gir dårligere service",
            3,
            2,
            "Alternativ identifisering med BankID, terskel justeres, opplæring av kundebehandlere",
            1,
        ),
        Risk(
            "Stemmeprofilen stjeles og misbrukes",
            2,
            5,
            "Kryptering, profiler kan ikke reverseres, ingen lagring av lyd etter 30 dager",
            2,
        ),
        Risk(
            "Syntetisk stemme (deepfake) lurer systemet",
            3,
            4,
            "Livstest, rødt/gult signal gir ekstra kontrollspørsmål",
            3,
        ),
        Risk(
            "Personer på svindellisten feilidentifiseres og nektes hjelp",
            2,
            4,
            "Kun ekstra kontroll, ikke nektelse; manuell gjennomgang",
            2,
        ),
        Risk(
            "Samtykket er ikke reelt fordi det spørres om midt i en samtale",
            3,
            3,
            "Kort, nøytralt manus; bekreftelse på SMS med angrefrist",
            2,
        ),
    ),
    not_taken=(
        (
            "Lagring av profilene bare i Norge",
            "Leverandøren tilbyr ikke dette; EU-lagring er vurdert som tilstrekkelig.",
        ),
        (
            "Å varsle personer som føres på svindellisten",
            "Kan skade pågående etterforskning; vurderes sak for sak.",
        ),
    ),
    residual="Risikoen knyttet til syntetiske stemmer og svindellisten er fortsatt høy etter tiltak. Ledelsen vil likevel gjennomføre, og derfor ber vi om forhåndsdrøftelse.",
    stakeholders="Pensjonistforbundet lokalt og brukerrådet for kundesenteret er hørt. Tillitsvalgte i kundesenteret har deltatt i workshop om manus og opplæring.",
    findings="DPIA-en er presentert for ledergruppen to ganger (30. september og 28. oktober 2026). Funn: biometri og deepfake-risiko gir høy restrisiko; samtykkeløsningen er forbedret etter første gjennomgang.",
)

# --- B: Breidvik kyrkjelege fellesråd (church, nn) ---------------------------------------------

STREAM = Topic(
    key="stream",
    lang="nn",
    title="Strøyming av gudstenester, gravferder og vigslar frå kyrkjene i Breidvik",
    short="strøyming av gudstenester og gravferder",
    purpose="Gje folk som ikkje kan vere til stades – sjuke, eldre, pårørande i utlandet – høve til å følgje gudstenester og kyrkjelege handlingar direkte eller i opptak.",
    nature="Faste kamera i fire kyrkjer filmar alteret, preikestolen og døypefonten. Sendinga går direkte på nett via leverandøren si løysing, og opptaket ligg tilgjengeleg i 30 dagar. Gravferder og vigslar vert berre strøyma når familien ber om det, og då med ei lenkje som ikkje er søkbar.",
    scope="Om lag 160 gudstenester, 120 gravferder og 25 vigslar i året. Kvar sending har mellom 20 og 900 sjåarar. Kyrkjelyden er kring 9 000 medlemer.",
    context="Å vere med i ei gudsteneste eller gravferd seier noko om religiøs overtyding, og sorg og sjukdom vert ofte nemnt i forbøner og minneord. Mange av dei som kjem, særleg eldre, er ikkje vane med at kyrkjerommet vert filma.",
    data="Bilete og lyd av prest, organist, medhjelparar, kyrkjelyd, born ved dåp, namn på den døde og på pårørande i minneord, opplysningar om sjukdom og dødsårsak i minneord, og IP-adresser og visingstal hjå sjåarane.",
    subjects="Kyrkjelyden, born og foreldre ved dåp, brudepar, pårørande, tilsette og frivillige.",
    sources="Kamera og mikrofonar i kyrkjerommet, og bestillinga frå familien for gravferder og vigslar.",
    recipients="Alle med lenkja (opne gudstenester) eller dei familien deler lenkja med (gravferder og vigslar). Kyrkjestraum AS lagrar opptaka.",
    retention="Opptak vert sletta automatisk etter 30 dagar. Familien kan be om sletting straks etter gravferda. Vi lagrar ikkje kopi lokalt.",
    security="Kamera er fast retta mot koret og viser ikkje benkeradene; ei raud lampe lyser når det vert sendt. Berre kyrkjetenaren kan starte sending, med personleg pålogging og tofaktor. Leverandøren lagrar i Noreg.",
    roles="Breidvik kyrkjelege fellesråd er behandlingsansvarleg for kyrkjene. Kyrkjestraum AS er databehandlar etter avtale av 2. mai 2026. Sokneråda er ikkje eigne behandlingsansvarlege for strøyminga.",
    high_risk="Særlege kategoriar (religiøs overtyding, helse i minneord), born, og offentleggjering på internett der vi ikkje styrer vidaredeling.",
    necessity="Etter pandemien har mange i kyrkjelyden berre hatt høve til å delta via nett, og fellesrådet har fått mange førespurnader frå pårørande i utlandet. Utan bilete og lyd frå kyrkjerommet vert ikkje formålet oppnådd.",
    proportionality="Vi filmar berre koret og ikkje kyrkjelyden i benkene, gravferder og vigslar berre når familien ber om det, og opptaka ligg ute i 30 dagar. Dåp vert ikkje filma nærare enn totalbilete, og foreldra kan reservere seg.",
    alternatives="Berre lyd (radio-løysing) er vurdert, men gjev dårleg oppleving for hørselshemma. Berre opptak utan direktesending er vurdert, men pårørande ønskjer å vere med samstundes.",
    safeguards=(
        "Skilt ved alle inngangar og informasjon i kunngjeringar om at det vert filma og kvar ein kan sitje utan å kome i bilete.",
        "Eigen reservasjon for dåpsfamiliar; presten vel då lyd utan bilete under dåpen.",
        "Familien samtykkjer skriftleg før gravferd og vigsel vert strøyma, og kan trekkje samtykket fram til sendinga startar.",
        "Presten får rettleiing om kva som bør seiast i minneord når det vert strøyma.",
    ),
    rights="Den som vil ha innsyn eller sletting, kontaktar kyrkjekontoret. Innspelingar vert sletta på førespurnad frå familien.",
    risks=(
        Risk(
            "Personar i kyrkjelyden kjem i bilete utan å vite det",
            3,
            3,
            "Fast kameravinkel mot koret, skilt, «fotofri sone»",
            2,
        ),
        Risk(
            "Opptak av gravferd vert delt vidare og ligg på nett for alltid",
            3,
            4,
            "Ikkje søkbar lenkje, nedlasting sperra, 30 dagars sletting",
            3,
        ),
        Risk(
            "Helseopplysningar og dødsårsak i minneord vert spreidde",
            3,
            4,
            "Rettleiing til prest, familien godkjenner minneord",
            2,
        ),
        Risk(
            "Born ved dåp vert synlege på nett",
            2,
            4,
            "Totalbilete, reservasjon, lyd utan bilete ved ønske",
            1,
        ),
        Risk(
            "Uvedkomande startar sending frå kyrkja",
            1,
            4,
            "Personleg pålogging med tofaktor for kyrkjetenarar",
            1,
        ),
    ),
    not_taken=(
        (
            "Sladding (sløring) av andlet i sanntid",
            "Leverandøren har ikkje stabil løysing; vurderast på nytt i 2027.",
        ),
        (
            "Pålogging for sjåarar av opne gudstenester",
            "Vil stengje ute eldre sjåarar; opne gudstenester er offentlege.",
        ),
    ),
    residual="Risikoen for at opptak av gravferder vert spreidde vidare, og for at helseopplysningar i minneord vert kjende, er framleis høg. Fellesrådet ønskjer likevel å tilby strøyming og ber derfor om førehandsdrøfting.",
    stakeholders="Alle fire sokneråd har uttalt seg, og to gravferdsbyrå og diakoniutvalet er høyrde. Tillitsvalde for kyrkjetenarane var med i arbeidsgruppa.",
    findings="Arbeidsgruppa la fram DPIA-en for fellesrådet 16. september og 14. oktober 2026. Hovudfunn: høg risiko ved gravferder; tiltaka reduserer, men fjernar ikkje risikoen.",
)

TRUS = Topic(
    key="trus",
    lang="nn",
    title="Påmeldingsapp for trusopplæring og konfirmasjon med helse- og tilretteleggingsopplysningar",
    short="app for trusopplæring og konfirmantar",
    purpose="Samle påmelding, samtykke, kommunikasjon og oppfølging av born og unge i trusopplæringa (2-18 år) i éin app, slik at leiarane på leir og tiltak veit om allergiar, medisinar og behov for tilrettelegging.",
    nature="Foreldre registrerer barnet, fyller ut eit helseskjema (allergiar, medisinar, diagnosar som krev tilrettelegging) og gjev samtykke til bilete. Leiarar ser helseopplysningane for deltakarar på sitt tiltak i appen, også fråkopla på leir. Konfirmantar chattar med prest og leiarar i grupper.",
    scope="Om lag 1 400 born og unge i året, 2 600 foreldre og 180 frivillige leiarar. Helseskjema vert fylt ut for om lag 40 prosent av deltakarane.",
    context="Deltakarane er born. Foreldra og borna stolar på kyrkja, og mange frivillige leiarar er sjølv ungdomar. At eit barn er påmeld seier noko om familien si tru.",
    data="Namn, fødselsdato, adresse, foreldre, kontaktinformasjon, medlemskap i Den norske kyrkja, helseopplysningar (allergiar, medisinar, diagnosar), behov for tilrettelegging, samtykke til bilete, chatmeldingar, oppmøte.",
    subjects="Born og unge 2-18 år, foreldre, frivillige leiarar og tilsette.",
    sources="Foreldre og ungdomane sjølve, medlemsregisteret (for invitasjon), og leiarane (oppmøte).",
    recipients="Leiarar for kvart tiltak ser berre sine deltakarar; helseskjema er synleg for leiar og leirsjef. Samlingsappen AS driftar appen. Ingen utlevering elles.",
    retention="Helseskjema vert sletta 14 dagar etter tiltaket. Påmeldingar vert sletta etter konfirmasjonsåret; chat etter 6 månader.",
    security="Innlogging med BankID for foreldre og leiarar, tofaktor for tilsette, kryptert lagring på eininga for fråkopla bruk med automatisk sletting etter leiren, og logg over kven som har opna helseskjema.",
    roles="Breidvik kyrkjelege fellesråd er behandlingsansvarleg. Samlingsappen AS er databehandlar etter avtale av 20. august 2026.",
    high_risk="Born, helseopplysningar og religiøs tilknyting (artikkel 9), frivillige leiarar med tilgang på private telefonar, og fråkopla lagring.",
    necessity="Leiarane må vite om alvorlege allergiar og medisinar for å kunne handle rett på leir. I dag vert dette samla inn på papir som vert liggjande i bilar og leirbygg.",
    proportionality="Berre opplysningar som trengst for tryggleiken på tiltaket, kort lagringstid, og leiarane ser berre sine deltakarar. Skjemaet har fritekst avgrensa til tilrettelegging og ber ikkje om diagnose når det ikkje trengst.",
    alternatives="Papirskjema (dårlegare tryggleik), e-post til leiar (spreiing), og å la foreldra sjølv fortelje leiar munnleg (risiko for at viktige opplysningar ikkje kjem fram).",
    safeguards=(
        "Informasjon tilpassa born og foreldre; foreldra fyller ut helseskjemaet sjølve og kan endre det.",
        "Tilgang for leiarar berre under tiltaket; teieerklæring og opplæring for alle frivillige.",
        "Chat berre i grupper med minst to vaksne leiarar, aldri ein-til-ein.",
        "Ungdom over 15 år samtykkjer sjølv til bilete.",
    ),
    rights="Foreldra har innsyn og kan rette og slette i appen. Ungdomane over 15 år har eige innsyn.",
    risks=(
        Risk(
            "Helseopplysningar på private telefonar hjå frivillige kjem på avvegar",
            3,
            4,
            "Kryptert fråkopla lagring, fjernsletting, sletting etter leir",
            2,
        ),
        Risk(
            "Leiarar ser opplysningar om born utanfor eige tiltak",
            2,
            3,
            "Tilgang per tiltak, logg, kontroll etter kvar sesong",
            1,
        ),
        Risk(
            "Upassande kontakt mellom vaksne og ungdom i chat",
            2,
            5,
            "Berre gruppechat, to vaksne i kvar gruppe, politiattest",
            2,
        ),
        Risk(
            "Kjennskap til påmelding avslører religiøs tilknyting",
            2,
            3,
            "Ingen offentlege deltakarlister, bilete berre med samtykke",
            2,
        ),
    ),
    not_taken=(
        (
            "Å berre la tilsette (ikkje frivillige) sjå helseskjema",
            "Frivillige leiarar er ofte dei einaste vaksne på leiren.",
        ),
        (
            "Eigne tenestetelefonar til alle leiarar",
            "For kostbart for fellesrådet; vert vurdert for leirsjefar i 2027.",
        ),
    ),
    residual="Risikoen ved helseopplysningar om born på frivillige sine telefonar er framleis høg. Fellesrådet meiner tiltaket er viktig for tryggleiken til borna og ber om førehandsdrøfting.",
    stakeholders="Foreldre frå to sokn og ungdomsrådet har gjeve innspel, og leiarforumet er høyrt om rutinane på leir.",
    findings="Arbeidsgruppa har lagt fram DPIA-en for fellesrådet to gonger (november 2026 og igjen etter innspel frå foreldre).",
)

# --- C: Fellesskapspartiet (political party, nb) ------------------------------------------------

CANVASS = Topic(
    key="canvass",
    lang="nb",
    title="Dør-til-dør-appen «Dørbank»: registrering av velgersamtaler i valgkampen",
    short="Dørbank – registrering av velgersamtaler",
    purpose="Planlegge og følge opp dør-til-dør-aksjoner i valgkampen, slik at frivillige ikke banker på samme dør flere ganger, og lokallagene kan prioritere gater der mange er usikre på hva de skal stemme.",
    nature="Frivillige bruker en app på mobilen. Appen viser adresser i et rodeområde. Etter hver dør registrerer den frivillige om noen åpnet, om personen ønsket kontakt, og velgerens egen angivelse av hvilke saker som er viktige og om de «vurderer å stemme på oss» (ja / kanskje / nei). Navn lagres bare hvis velgeren selv vil bli kontaktet igjen.",
    scope="Om lag 2 000 frivillige i 120 lokallag; anslagsvis 250 000 dørbank og 60 000 samtaler i en valgkamp, og 8 000-10 000 som oppgir navn for å bli kontaktet.",
    context="Registreringen gjelder politisk oppfatning (artikkel 9). Velgerne har ikke noe forhold til partiet på forhånd og venter ikke at en samtale på trappa lagres. Frivillige er ofte nye og uerfarne.",
    data="Adresse (fra åpne adresseregistre), tidspunkt for besøk, om noen åpnet, velgerens egne svar på stemmeintensjon og viktige saker, for dem som ønsker kontakt: navn, telefon og e-post, samt notat fra den frivillige. Frivilliges navn og telefon.",
    subjects="Husstander i rodeområdene, velgere som snakker med frivillige, og frivillige.",
    sources="Offentlige adresseregistre (Kartverkets matrikkel), velgeren selv, og den frivillige.",
    recipients="Lokallagets valgkampleder ser aggregerte tall per gate. Navn og kontaktinformasjon for dem som ønsker kontakt ses bare av lokallagets kontaktansvarlig. Ballotline Ltd (London) drifter appen.",
    retention="Svar knyttet til adresse aggregeres til gatenivå og slettes 30 dager etter valgdagen. Kontaktopplysninger slettes etter 6 måneder hvis personen ikke har meldt seg inn.",
    security="Frivillige logger inn med engangskode og har bare tilgang til sin rode i aktionsperioden; data lagres kryptert i EU (Irland); app-tilgang fjernes automatisk etter aksjonen.",
    roles="Fellesskapspartiet (sentralleddet) er behandlingsansvarlig; lokallagene er ikke egne behandlingsansvarlige for appen. Ballotline Ltd, London, er databehandler etter avtale av 1. mars 2026 (overføring til Storbritannia på grunnlag av adekvansbeslutning).",
    high_risk="Særlig kategori (politisk oppfatning) i stort omfang, om personer som ikke har valgt å ha kontakt med partiet, og samlet i en database som kan profilere nabolag.",
    necessity="Dørbank er partiets viktigste valgkampmetode. Uten registrering banker vi på samme dører flere ganger, noe velgerne opplever som plagsomt, og vi kan ikke følge opp dem som ber om det.",
    proportionality="Vi registrerer bare det velgeren selv sier og vil at vi skal vite, ikke antakelser. Stemmeintensjon knyttes til adresse bare i valgkampen og aggregeres deretter. Velgeren spørres alltid før navn noteres.",
    alternatives="Papirlister (mindre sikkert, kan ikke slettes kontrollert), kun opptelling uten adresse (gir dobbeltbesøk), og kommersielle velgerdata (mer inngripende, avvist).",
    safeguards=(
        "Frivillige får obligatorisk kurs og et manus som forteller velgeren hva som registreres.",
        "Flyer med personvernerklæring og QR-kode legges igjen ved hver dør.",
        "Reservasjon: husstander kan reservere seg mot besøk på nett; adressen sperres i appen.",
        "Frivillige kan ikke eksportere data eller se andre roder.",
    ),
    rights="Velgere kan be om innsyn og sletting via nettskjema; reservasjonen respekteres i alle senere valgkamper.",
    risks=(
        Risk(
            "Frivillige registrerer antakelser om politisk syn (for eksempel ut fra utseende eller bolig)",
            3,
            4,
            "Faste svaralternativer, ingen fritekst om syn, kurs og stikkprøver",
            2,
        ),
        Risk(
            "Data om stemmeintensjon per adresse lekker og brukes til å stigmatisere nabolag",
            2,
            5,
            "Aggregering etter valget, tilgangsstyring, kryptering",
            2,
        ),
        Risk(
            "Overføring til britisk leverandør og innsyn fra britiske myndigheter",
            2,
            4,
            "Adekvansbeslutning, lagring i Irland, avtalefestet varsling",
            2,
        ),
        Risk(
            "Frivillig misbruker tilgang (for eksempel til å oppsøke en velger privat)",
            2,
            4,
            "Tilgang kun til egen rode i aksjonsperioden, logging",
            2,
        ),
        Risk(
            "Velgere føler seg presset til å svare",
            3,
            3,
            "Manus vektlegger frivillighet; «vil ikke svare» som eget valg",
            2,
        ),
    ),
    not_taken=(
        (
            "Å ikke registrere stemmeintensjon i det hele tatt",
            "Da mister vi muligheten til å prioritere; aggregering er valgt i stedet.",
        ),
        ("Norsk leverandør", "Ingen norsk leverandør har tilsvarende løsning med rodestyring."),
    ),
    residual="Restrisikoen knyttet til registrering av politisk oppfatning i stor skala vurderes fortsatt som høy, og derfor ber vi om forhåndsdrøftelse før valgkampen 2027.",
    stakeholders="Ungdomsorganisasjonen, tre fylkeslag og et utvalg frivillige er hørt; innspill om manus og reservasjon er tatt inn.",
    findings="DPIA-en ble lagt fram for arbeidsutvalget 29. september og for sentralstyret 20. oktober 2026. Funn: høy risiko pga. politisk oppfatning i stort omfang; tiltakene begrenser, men fjerner ikke risikoen.",
)

SEGMENT = Topic(
    key="segment",
    lang="nb",
    title="Segmentering av medlemmer og støttespillere for målrettet kommunikasjon og verving",
    short="segmentering av medlemsregisteret",
    purpose="Sende mer relevante meldinger til medlemmer og registrerte støttespillere, rekruttere flere til å bli aktive, og redusere antall utmeldinger, ved å dele registeret inn i segmenter etter interesser, aktivitet og geografi.",
    nature="Medlemsregisteret kobles med data om åpning og klikk i nyhetsbrev, deltakelse på arrangementer og svar på spørreundersøkelser. En modell gir hver person en «engasjementsscore» og interesseprofil (for eksempel klima, distrikt, helse). Utvalgte segmenter lastes opp som krypterte lister til sosiale medier for å vise annonser til de samme personene.",
    scope="Om lag 19 000 medlemmer og 31 000 registrerte støttespillere.",
    context="Registeret viser politisk tilhørighet (artikkel 9). Støttespillere har bare meldt seg på nyhetsbrev og venter ikke profilering. Opplasting til sosiale medier innebærer at plattformen får vite at personen er knyttet til partiet.",
    data="Navn, adresse, fødselsår, e-post, telefon, medlemsstatus, lokallag, verv, kontingenthistorikk, åpning og klikk i e-post, deltakelse på arrangementer, svar i undersøkelser om saksområder, engasjementsscore og interesseprofil.",
    subjects="Medlemmer og støttespillere.",
    sources="Medlemsregisteret, nyhetsbrevsystemet, påmeldingsskjemaer og undersøkelser.",
    recipients="Sekretariatet og fylkessekretærer (egne fylker). Medlemsnett AS er databehandler. Sosiale medier mottar hashede e-postadresser for segmenter der personen har samtykket.",
    retention="Scorer og profiler beregnes på nytt hver måned og eldre versjoner slettes. Data om klikk slettes etter 12 måneder. Støttespillere uten aktivitet på 24 måneder slettes.",
    security="Medlemsregisteret har tilgangsstyring per fylke, MFA for alle brukere, og logging. Opplasting til sosiale medier skjer kun fra sekretariatet, med hashede verdier.",
    roles="Fellesskapspartiet er behandlingsansvarlig. Medlemsnett AS er databehandler (avtale av 14. januar 2025). Plattformene for sosiale medier er egne behandlingsansvarlige for sin bruk og felles behandlingsansvarlige for matching.",
    high_risk="Profilering i stort omfang på grunnlag av politisk tilhørighet, sammenstilling av datasett, og deling med sosiale medier.",
    necessity="Partiet mister 12 prosent av medlemmene hvert år, og generelle utsendelser gir mange avmeldinger. Uten segmentering kan vi ikke prioritere knappe ressurser i sekretariatet.",
    proportionality="Vi bruker ikke data utenfra om personene, bare deres eget engasjement hos oss. Opplasting til sosiale medier krever eget samtykke. Medlemmer kan reservere seg mot profilering uten at det påvirker medlemskapet.",
    alternatives="Segmentering bare på fylke og medlemsstatus (for grovt), og manuell utvelgelse (ikke gjennomførbart i volum).",
    safeguards=(
        "Eget samtykke for annonsering i sosiale medier; kan trekkes i medlemsportalen.",
        "Reservasjon mot profilering med ett klikk.",
        "Ingen bruk av sensitive interesser (helse, religion) i segmenter som lastes opp til sosiale medier.",
        "Åpenhet: medlemmene kan se sitt eget segment og sin score i portalen.",
    ),
    rights="Innsyn i portalen; retting og sletting via sekretariatet; protest mot profilering.",
    risks=(
        Risk(
            "Sosiale medier får vite om personers politiske tilhørighet",
            3,
            4,
            "Kun med samtykke, hashing, ingen sensitive segmenter",
            2,
        ),
        Risk(
            "Medlemmer opplever profileringen som overvåking og melder seg ut",
            3,
            3,
            "Åpenhet i portalen, reservasjon",
            2,
        ),
        Risk(
            "Fylkessekretærer ser data om medlemmer i andre fylker",
            2,
            3,
            "Tilgangsstyring per fylke, logging",
            1,
        ),
        Risk(
            "Datainnbrudd i medlemsregisteret",
            2,
            5,
            "MFA, kryptering, avtale med leverandør om varsling",
            2,
        ),
    ),
    not_taken=(
        (
            "Å slutte helt å bruke sosiale medier for annonsering mot egne medlemmer",
            "Partiet mener dette er nødvendig for å nå unge medlemmer.",
        ),
    ),
    residual="Risikoen knyttet til deling med sosiale medier vurderes fortsatt som høy.",
    stakeholders="Landsstyret, ungdomsorganisasjonen og medlemspanelet (200 medlemmer) er hørt.",
    findings="Sekretariatet presenterte vurderingen for sentralstyret 20. oktober og 17. november 2026.",
)

# --- D: Bygg- og Banearbeiderforbundet (trade union, nb) ---------------------------------------

HOURS = Topic(
    key="hours",
    lang="nb",
    title="Appen «Riktig lønn»: timelogging og stedsregistrering på byggeplasser for å avdekke sosial dumping",
    short="timelogging i appen «Riktig lønn»",
    purpose="Gi arbeidstakere på bygge- og anleggsplasser et eget bevis for hvor og hvor lenge de har jobbet, slik at forbundet kan hjelpe dem med krav om riktig lønn og avdekke brudd på allmenngjort tariff.",
    nature="Arbeidstakeren registrerer start og stopp i appen; appen lagrer tidspunkt og GPS-posisjon ved start og stopp (ikke kontinuerlig). Data lagres på telefonen og sendes til forbundet bare når arbeidstakeren selv velger å «sende sak». Forbundets rådgivere sammenstiller dataene med lønnsslipp og bruker dem i krav mot arbeidsgiver eller i tips til Arbeidstilsynet.",
    scope="Forventet 6 000 brukere første år, hvorav om lag halvparten ikke er medlemmer og mange er arbeidsinnvandrere. Om lag 400 saker per år.",
    context="Brukerne er i en svak posisjon overfor arbeidsgiver. Bruk av appen kan avsløre at personen samarbeider med en fagforening (fagforeningsmedlemskap er særlig kategori). Appen finnes på norsk, engelsk, polsk, litauisk og rumensk.",
    data="Navn, telefonnummer, språk, medlemsstatus, arbeidsgiver, byggeplass, tidspunkter og GPS-posisjon ved start/stopp, bilder av lønnsslipp og timelister, saksnotater.",
    subjects="Arbeidstakere i bygg og anlegg (medlemmer og ikke-medlemmer); indirekte arbeidsgivere og arbeidsledere som nevnes i saker.",
    sources="Arbeidstakeren selv, og ved sak: dokumenter fra arbeidsgiver.",
    recipients="Forbundets rådgivere og tillitsvalgte i saken. Ved krav: arbeidsgiver (bare det som trengs). Ved tips: Arbeidstilsynet, bare med arbeidstakerens samtykke. Appkraft AS drifter løsningen.",
    retention="Data på telefonen slettes av brukeren. Innsendte saker slettes 3 år etter avsluttet sak (foreldelse av lønnskrav). Ikke-brukte kontoer slettes etter 18 måneder.",
    security="Data lagres kryptert på telefonen og i forbundets sky-løsning i Norge. Rådgiverne logger inn med MFA. Appen har ikke sporingsverktøy fra tredjeparter.",
    roles="Bygg- og Banearbeiderforbundet er behandlingsansvarlig. Appkraft AS er databehandler etter avtale av 11. april 2026.",
    high_risk="Stedsdata, fagforeningstilknytning (artikkel 9), sårbare registrerte (arbeidsinnvandrere), og mulig gjengjeldelse fra arbeidsgiver.",
    necessity="Sosial dumping avdekkes ofte først når arbeidstakeren har reist hjem; uten egen dokumentasjon står ord mot ord. Stedsdata ved start/stopp er nødvendig for å bevise at arbeidet faktisk ble utført på plassen.",
    proportionality="Ingen kontinuerlig sporing; bare posisjon ved start og stopp, og data forlater telefonen bare når brukeren selv sender saken. Forbundet bruker ikke dataene til verving.",
    alternatives="Papirdagbok (lett å bestride), bilde av skiltet på plassen (manipulerbart) og kontinuerlig GPS (for inngripende).",
    safeguards=(
        "Informasjon på fem språk; brukeren bestemmer når data sendes.",
        "Ingen bruk av data til verving eller markedsføring.",
        "Anonymisering av arbeidstaker i tips når det er mulig.",
        "Rådgivere har taushetserklæring og tilgang bare til egne saker.",
    ),
    rights="Brukerne kan se, eksportere og slette egne data i appen, og be om innsyn i saken.",
    risks=(
        Risk(
            "Arbeidsgiver får vite at arbeidstaker har brukt appen og straffer ham/henne",
            3,
            5,
            "Data deles ikke uten samtykke; anonymisering i tips",
            3,
        ),
        Risk(
            "Telefonen beslaglegges eller kontrolleres av arbeidsgiver/bemanningsbyrå",
            3,
            4,
            "PIN-lås på appen, diskret ikon, fjernsletting",
            3,
        ),
        Risk(
            "Stedsdata misbrukes til annet enn saken",
            2,
            4,
            "Formålsbegrensning, tilgang per sak, logging",
            2,
        ),
        Risk(
            "Uautorisert tilgang til sky-løsningen",
            2,
            4,
            "MFA, kryptering, revisjon hos leverandøren",
            2,
        ),
    ),
    not_taken=(
        (
            "Helt anonym bruk uten telefonnummer",
            "Rådgiver må kunne kontakte brukeren; pseudonym brukernavn er tillatt.",
        ),
    ),
    residual="Risikoen for gjengjeldelse mot sårbare arbeidstakere anses fortsatt som høy.",
    stakeholders="Tillitsvalgte i fem regioner, to brukergrupper med arbeidsinnvandrere, og en organisasjon for arbeidsinnvandrere er hørt.",
    findings="Utredningsavdelingen la fram DPIA-en for forbundsstyret 24. september og 22. oktober 2026.",
)

BALLOT = Topic(
    key="ballot",
    lang="nb",
    title="Digital uravstemning om tariffoppgjør og streik med BankID",
    short="digital uravstemning",
    purpose="Gjennomføre uravstemninger om tariffavtaler og eventuelle streiker digitalt, med sikker identifisering av stemmeberettigede medlemmer og hemmelig stemmegivning.",
    nature="Medlemmene får en lenke på SMS og e-post og logger inn med BankID. Valgsystemet sjekker stemmerett mot en manntallsliste fra medlemsregisteret, registrerer at medlemmet har stemt og lagrer stemmen kryptert og adskilt fra identiteten. Forbundet får bare resultatet og oppmøtestatistikk per avdeling.",
    scope="Om lag 38 000 stemmeberettigede medlemmer, 2-4 avstemninger i året.",
    context="Stemmegivning i en fagforening avslører fagforeningsmedlemskap og holdning til streik. Arbeidsgivere kan ha interesse av å vite hvem som stemte hva.",
    data="Medlemsnummer, navn, fødselsnummer (for BankID-matching), mobil, e-post, avdeling, tariffområde, arbeidsgiver (for manntall), stemmestatus (har stemt / har ikke stemt) og krypterte stemmer.",
    subjects="Stemmeberettigede medlemmer.",
    sources="Medlemsregisteret og BankID.",
    recipients="Valgstyret i forbundet ser resultatet og deltakelse per avdeling. Valgsystemer Norden AS drifter avstemningen; BankID-leverandøren er egen behandlingsansvarlig for innloggingen.",
    retention="Manntall og stemmestatus slettes 3 måneder etter avstemningen. Krypterte stemmer slettes når klagefristen er ute. Resultatet arkiveres.",
    security="Stemme og identitet lagres adskilt; dekryptering av stemmene krever nøkler fra to medlemmer av valgstyret; uavhengig revisjon av valgsystemet.",
    roles="Bygg- og Banearbeiderforbundet er behandlingsansvarlig. Valgsystemer Norden AS er databehandler etter avtale av 2. februar 2026.",
    high_risk="Fagforeningsmedlemskap (artikkel 9) i stort omfang, fødselsnummer, og hemmelighold av stemmer.",
    necessity="Vedtektene krever uravstemning; papirstemmer gir lav deltakelse og høy kostnad. Identifisering er nødvendig for å sikre at bare stemmeberettigede stemmer og at ingen stemmer to ganger.",
    proportionality="Forbundet ser ikke hvem som har stemt hva; arbeidsgiver brukes bare til å lage manntall og vises ikke i resultatet.",
    alternatives="Poststemmer (lav deltakelse, dyrt), stemmekoder på SMS uten BankID (svakere identifisering).",
    safeguards=(
        "Hemmelig valg teknisk sikret; resultater per avdeling vises ikke hvis færre enn 20 har stemt.",
        "Informasjon til medlemmene før hver avstemning.",
        "Papirstemme som alternativ for dem uten BankID.",
    ),
    rights="Medlemmene får innsyn i om de står i manntallet og om stemmen er registrert.",
    risks=(
        Risk(
            "Arbeidsgiver eller andre får vite hvem som stemte for streik",
            2,
            5,
            "Adskilt lagring, dekryptering med to nøkler, ingen små grupper i rapporter",
            1,
        ),
        Risk(
            "Feil i manntallet gjør at stemmeberettigede stenges ute",
            3,
            3,
            "Kontroll av manntall i avdelingene, papirstemme som reserve",
            2,
        ),
        Risk("Datainnbrudd hos leverandøren", 2, 5, "Kryptering, revisjon, varsling", 2),
    ),
    not_taken=(
        (
            "Å droppe fødselsnummer",
            "BankID-matching krever fødselsnummer; vurderes ved ny versjon av BankID.",
        ),
    ),
    residual="Restrisikoen vurderes som høy på grunn av omfanget av særlige kategorier.",
    stakeholders="Avdelingslederne og landsmøteutvalget er hørt.",
    findings="DPIA-en ble presentert for forbundsstyret 24. september og 22. oktober 2026.",
)

# --- E: IL Bratteberg (sports club, nn) --------------------------------------------------------

GPS = Topic(
    key="gps",
    lang="nn",
    title="GPS-vestar med pulsmåling for juniorlaga i fotball",
    short="GPS-vestar med pulsmåling for juniorane",
    purpose="Styre treningsbelastninga for juniorspelarane (13-19 år) for å førebyggje skadar og overbelastning, og gje trenarane grunnlag for å planleggje trening.",
    nature="Spelarane har på seg ein vest med GPS og pulsbelte på trening og kamp. Data vert lasta opp til ei nettløysing der trenarane ser distanse, sprintar, fart, puls og ein «belastningsindeks» per spelar. Spelarane ser sine eigne tal i ein app.",
    scope="Om lag 70 spelarar i fire juniorlag, kring 200 økter i året.",
    context="Fleirtalet er mindreårige. Pulsdata er helseopplysningar. Spelarane kan oppleve press for å vere med, sidan uttak til kamp kan påverkast. Krinslaget har spurt om å få sjå tala ved uttak til krinslag.",
    data="Namn, fødselsår, lag, posisjon, GPS-posisjon på bana, fart, distanse, sprintar, puls, belastningsindeks, skadenotat frå fysioterapeut.",
    subjects="Juniorspelarar 13-19 år; indirekte foreldre.",
    sources="Vestane og pulsbelta, trenarane og klubbfysioterapeuten.",
    recipients="Trenarane for laget og klubbfysioterapeuten. Trakkr Oy lagrar data som databehandlar. Ingen deling med krinslag eller andre klubbar.",
    retention="Rådata vert sletta etter 60 dagar; samandrag per sesong vert sletta når spelaren sluttar eller etter 3 år.",
    security="Innlogging med tofaktor for trenarar; spelarane ser berre eigne data; lagring i Finland; klubben har ingen lokal kopi.",
    roles="IL Bratteberg er behandlingsansvarleg. Trakkr Oy (Helsinki) er databehandlar etter avtale av 5. juni 2026.",
    high_risk="Helseopplysningar om born, systematisk overvaking av prestasjon, og ubalanse i makt mellom trenar og spelar.",
    necessity="Klubben har hatt fleire belastningsskadar på unge spelarar. Utan målingar må trenarane gjette belastninga; erfaring frå andre klubbar viser færre skadar med slik styring.",
    proportionality="Deltaking er frivillig og påverkar ikkje uttak; ingen data frå fritida; kort lagringstid for rådata.",
    alternatives="Spørjeskjema om oppleving av belastning (RPE) utan sensorar, som vert nytta for spelarar som ikkje vil bruke vest.",
    safeguards=(
        "Skriftleg samtykke frå føresette for spelarar under 15 år og frå spelaren sjølv over 15.",
        "Klar regel om at tal ikkje vert brukt ved uttak; trenarane signerer denne.",
        "Informasjonsmøte for spelarar og foreldre før oppstart.",
    ),
    rights="Spelarar og foreldre kan sjå, laste ned og slette data, og trekkje samtykket utan konsekvensar.",
    risks=(
        Risk(
            "Tala vert brukte ved uttak og skapar press",
            3,
            3,
            "Skriftleg regel, oppfølging frå sportsleg leiar",
            2,
        ),
        Risk(
            "Helseopplysningar om born kjem på avvegar",
            2,
            4,
            "Tofaktor, tilgang per lag, lagring i EU",
            2,
        ),
        Risk(
            "Krinslaget eller andre klubbar får tilgang", 2, 3, "Ingen deling utan nytt samtykke", 1
        ),
        Risk("Samtykket er ikkje fritt", 3, 3, "Alternativ utan vest (spørjeskjema)", 2),
    ),
    not_taken=(
        (
            "Berre lagsgjennomsnitt utan tal per spelar",
            "Då kan ikkje trenarane fange opp den enkelte sin belastning.",
        ),
    ),
    residual="Risikoen knytt til helsedata om born og press frå trenarar er framleis høg etter tiltak.",
    stakeholders="Foreldrekontaktane, spelarrådet og klubbfysioterapeuten er høyrde.",
    findings="Styret fekk DPIA-en presentert 2. september og 7. oktober 2026.",
)

FACE = Topic(
    key="face",
    lang="nn",
    title="Ansiktsgjenkjenning ved inngangen til treningssenteret i Brattebergshallen",
    short="ansiktsgjenkjenning på treningssenteret",
    purpose="Gje medlemene tilgang til det ubemanna treningssenteret (05-23) utan nøkkelkort, og hindre at kort vert lånte bort.",
    nature="Eit kamera ved døra samanliknar andletet til den som vil inn med ein biometrisk mal som medlemen har registrert i appen. Ved treff opnar døra. Malen vert laga i appen og lagra hjå leverandøren.",
    scope="Om lag 900 medlemer over 16 år; rundt 60 000 inngangar i året.",
    context="Medlemer i idrettslaget, mange unge. Senteret er det einaste i bygda, så det finst lite reelt alternativ for dei som vil trene innandørs.",
    data="Namn, medlemsnummer, biometrisk andletsmal, bilete ved registrering, tidspunkt for inngang, treff/ikkje treff.",
    subjects="Medlemer av treningssenteret, og andre som går forbi kameraet ved døra.",
    sources="Medlemen sjølv (bilete i appen) og kameraet ved døra.",
    recipients="Dagleg leiar (inngangslogg ved hending). Inngang AS lagrar malane som databehandlar.",
    retention="Malen vert sletta når medlemskapet sluttar eller samtykket vert trekt; inngangslogg vert sletta etter 30 dagar.",
    security="Kameraet lagrar ikkje bilete av dei som ikkje har treff; malar vert lagra krypterte; tofaktor for administrasjon.",
    roles="IL Bratteberg er behandlingsansvarleg. Inngang AS er databehandlar etter avtale av 10. august 2026.",
    high_risk="Biometriske opplysningar for eintydig identifikasjon (artikkel 9), og at alternativet må vere reelt.",
    necessity="Utlån av kort har ført til at ikkje-medlemer har trena utan forsikring, og at det har vore hærverk på natta.",
    proportionality="Frivillig, med kodebrikke som alternativ; kameraet ser berre inngangspartiet.",
    alternatives="Kodebrikke med PIN, bemanning (for dyrt), og mobilopning med app (kan lånast bort).",
    safeguards=(
        "Uttrykkeleg samtykke i appen, med kodebrikke som likeverdig alternativ utan ekstra kostnad.",
        "Skilt ved døra.",
        "Ingen bruk av malane til anna enn å opne døra.",
    ),
    rights="Medlemene kan trekkje samtykket i appen og få malen sletta straks.",
    risks=(
        Risk(
            "Malane vert stolne og misbrukte",
            2,
            5,
            "Kryptering, ingen lagring av råbilete etter registrering",
            2,
        ),
        Risk(
            "Samtykket er ikkje fritt fordi alternativet er tungvint",
            3,
            3,
            "Kodebrikke gratis og utan venting",
            2,
        ),
        Risk(
            "Feil avvising av personar med mørk hud eller endra utsjånad",
            3,
            2,
            "Kodebrikke som reserve, testing av leverandøren",
            2,
        ),
        Risk("Forbipasserande vert registrerte", 2, 2, "Ingen lagring av bilete utan treff", 1),
    ),
    not_taken=(
        (
            "Lokal lagring av malen på eit kort medlemen ber med seg",
            "Leverandøren støttar det ikkje; vurderast ved utskifting.",
        ),
    ),
    residual="Risikoen ved lagring av biometriske malar hjå leverandøren er framleis høg.",
    stakeholders="Medlemsmøtet og ungdomsutvalet er høyrde.",
    findings="Styret fekk saka presentert 7. oktober og 4. november 2026.",
)

# --- F: Stiftelsen Hovland Industrimuseum (museum, nb) -----------------------------------------

VISITOR = Topic(
    key="visitor",
    lang="nb",
    title="Besøksanalyse med kameraer og automatisk anslag av alder og kjønn i utstillingene",
    short="besøksanalyse med kameraer",
    purpose="Forstå hvordan publikum beveger seg i utstillingene, hvor lenge de blir, og hvilke grupper vi når, for å forbedre formidlingen og dokumentere måloppnåelse overfor tilskuddsgiverne.",
    nature="Tolv takmonterte kameraer i utstillingshallene analyserer bildet i sanntid. Programvaren lager anonyme spor (bevegelsesmønster og oppholdstid) og anslår aldersgruppe og kjønn. Samme person gjenkjennes mellom rom ved hjelp av en midlertidig kjennetegnsvektor som slettes ved utgangen. Bilder lagres ikke.",
    scope="Om lag 85 000 besøkende i året, hvorav 18 000 elever på skolebesøk.",
    context="Publikum venter ikke å bli analysert på et museum. Mange er barn. Kameraene er i rom der folk oppholder seg lenge.",
    data="Midlertidige kjennetegnsvektorer (biometriske), bevegelsesspor, oppholdstid, anslått aldersgruppe og kjønn, tidspunkt. Aggregerte rapporter.",
    subjects="Alle besøkende, også barn, og ansatte i utstillingene.",
    sources="Kameraene.",
    recipients="Museets formidlingsavdeling ser bare aggregerte rapporter. Flowsense AS behandler dataene som databehandler.",
    retention="Kjennetegnsvektorer slettes når personen forlater bygget, senest ved stengetid. Spor aggregeres etter 24 timer.",
    security="Analysen skjer i en boks i museet; bare aggregerte tall sendes til skyen. Kameraene er på et eget nett.",
    roles="Stiftelsen Hovland Industrimuseum er behandlingsansvarlig. Flowsense AS er databehandler etter avtale av 1. juli 2026.",
    high_risk="Systematisk overvåking av et offentlig tilgjengelig område, biometrisk gjenkjenning mellom rom, og barn.",
    necessity="Manuell telling og spørreskjema gir lite data om bevegelse og oppholdstid. Tilskuddsgiverne krever dokumentasjon av hvilke grupper vi når.",
    proportionality="Ingen lagring av bilder, kortest mulig lagring av kjennetegn, og rapporter bare på gruppenivå (minst 10 personer).",
    alternatives="Wi-Fi-telling (mer inngripende, sporer telefoner), manuelle observasjoner (lite data), og billettdata alene (sier ingenting om bevegelse).",
    safeguards=(
        "Skilt ved inngangen og i hvert rom, og informasjon på nettsiden.",
        "Én kamerafri rute gjennom utstillingen for dem som ikke ønsker å bli analysert.",
        "Ingen analyse i verkstedrommet for skoleklasser.",
    ),
    rights="Fordi bilder ikke lagres og vektorene slettes samme dag, kan vi i praksis ikke gi innsyn i egne spor; dette er forklart i personvernerklæringen.",
    risks=(
        Risk(
            "Besøkende kan gjenkjennes på tvers av besøk",
            2,
            4,
            "Vektorer slettes daglig, ny salt hver dag",
            1,
        ),
        Risk(
            "Feilaktige anslag av kjønn gir krenkende kategorisering",
            3,
            2,
            "Bare aggregerte tall, ingen individuell bruk",
            2,
        ),
        Risk(
            "Barn overvåkes uten foreldrenes viten",
            3,
            3,
            "Skilt, ingen analyse i verkstedrommet, informasjon til skolene",
            2,
        ),
        Risk(
            "Kameraene brukes til å overvåke ansatte",
            2,
            4,
            "Avtale med tillitsvalgte, ingen tilgang til sanntidsbilde",
            1,
        ),
        Risk(
            "Innbrudd i analyseboksen gir tilgang til videostrøm",
            1,
            4,
            "Eget nett, låst rom, herding",
            1,
        ),
    ),
    not_taken=(
        ("Å droppe alders- og kjønnsanslag", "Tilskuddsgiverne krever rapportering på målgrupper."),
    ),
    residual="Restrisikoen er fortsatt høy fordi alle besøkende, også barn, analyseres biometrisk.",
    stakeholders="Tillitsvalgte, museets brukerråd og to skoler er hørt.",
    findings="Direktøren la DPIA-en fram for styret 12. september og 24. oktober 2026.",
)

MEMORY = Topic(
    key="memory",
    lang="nb",
    title="«Minnebanken»: innsamling og nettpublisering av intervjuer med tidligere ansatte ved verket",
    short="Minnebanken – publisering av intervjuer",
    purpose="Bevare og formidle historien om arbeidslivet ved verket gjennom intervjuer med tidligere ansatte og familiene deres.",
    nature="Museet gjør lyd- og videointervjuer med tidligere ansatte (ofte over 75 år), transkriberer dem og publiserer utdrag i en åpen nettdatabase med navn, bilde og søkbar tekst. Fortellingene handler om arbeidsulykker, yrkessykdom, fagforeningskamp, og om kvenske og finske arbeidsinnvandrere.",
    scope="Om lag 120 intervjuer over tre år; tredjepersoner nevnes i de fleste.",
    context="Informantene er eldre, noen med svekket hukommelse. Fortellingene nevner også andre, også avdøde og deres etterkommere, som ikke er spurt.",
    data="Navn, bilde, stemme, fødselsår, arbeidsforhold, helseopplysninger (skader, yrkessykdom), fagforeningsmedlemskap, etnisk opprinnelse, og opplysninger om tredjepersoner.",
    subjects="Informantene, deres familier, og tredjepersoner som nevnes.",
    sources="Informantene selv, og museets arkiv for kontekst.",
    recipients="Allmennheten (nettdatabase), forskere (hele intervjuer etter avtale). Arkivsky AS drifter databasen.",
    retention="Intervjuene bevares permanent som museumsmateriale; publisering kan trekkes tilbake når som helst.",
    security="Hele intervjuer lagres i lukket arkiv; bare godkjente utdrag publiseres.",
    roles="Stiftelsen Hovland Industrimuseum er behandlingsansvarlig. Arkivsky AS er databehandler etter avtale av 9. mars 2026.",
    high_risk="Særlige kategorier (helse, fagforening, etnisitet) om sårbare informanter og tredjepersoner, publisert åpent.",
    necessity="Museets samfunnsoppdrag er å dokumentere arbeiderhistorien; kildene er i ferd med å forsvinne.",
    proportionality="Informanten godkjenner utdraget før publisering; tredjepersoner anonymiseres når det ikke er nødvendig å navngi dem.",
    alternatives="Bare lukket arkiv (når ikke publikum), eller anonymiserte intervjuer (mister verdien av personlige fortellinger).",
    safeguards=(
        "Skriftlig samtykke med pårørende til stede ved behov.",
        "Informanten godkjenner utdrag før publisering.",
        "Anonymisering av tredjepersoner og rutine for å fjerne innhold ved klage.",
    ),
    rights="Informanter og pårørende kan be om at utdrag fjernes, og fjerning skjer innen en uke.",
    risks=(
        Risk(
            "Tredjepersoner eller etterkommere krenkes av publiserte opplysninger",
            3,
            3,
            "Anonymisering, klagerutine",
            2,
        ),
        Risk(
            "Informanter med svekket samtykkekompetanse", 2, 4, "Vurdering sammen med pårørende", 2
        ),
        Risk(
            "Opplysninger om etnisitet brukes stigmatiserende",
            2,
            4,
            "Kontekst i publiseringen, moderering",
            2,
        ),
    ),
    not_taken=(("Innlogging for å se intervjuene", "Strider mot formidlingsformålet."),),
    residual="Risikoen ved åpen publisering av særlige kategorier er fortsatt høy.",
    stakeholders="Pensjonistforeningen ved verket, Kvensk institutt (uformelt) og museets fagråd er hørt.",
    findings="Presentert for styret 12. september og 24. oktober 2026.",
)

# --- G: Saltfjord Ferjeselskap AS (ferry operator, nb) -----------------------------------------

ANPR = Topic(
    key="anpr",
    lang="nb",
    title="Automatisk skiltgjenkjenning og kameratelling av passasjerer på ferjekaiene",
    short="skiltgjenkjenning og passasjertelling på kaiene",
    purpose="Ta betalt for kjøretøy automatisk ved ombordkjøring, telle passasjerer for sikkerhetskrav (maks antall om bord) og fordele plass i køen.",
    nature="Kameraer i oppstillingsfeltet leser skiltene og slår dem opp i betalingsbrikke-registeret; kjøretøy uten avtale faktureres via eier. Kameraer ved landgangen teller fotpassasjerer. Bilder av kjøretøy lagres med tidspunkt og kai.",
    scope="11 kaier, ca. 1,9 millioner kjøretøypasseringer og 900 000 passasjerer i året.",
    context="Ferja er eneste veiforbindelse for flere øysamfunn; folk har ikke noe valg. Bildene viser ofte fører og passasjerer i bilen.",
    data="Skiltnummer, bilde av kjøretøy (med personer), tidspunkt, kai og avgang, brikkeavtale, kjøretøyeiers navn og adresse, fakturagrunnlag, antall passasjerer (uten identitet).",
    subjects="Førere, eiere av kjøretøy, passasjerer i bilen, fotpassasjerer.",
    sources="Kameraene, brikkeregisteret og Motorvognregisteret.",
    recipients="Økonomiavdelingen, fylkeskommunen (aggregert trafikk), Skiltdata AS som databehandler.",
    retention="Bilder slettes etter 30 dager; passeringer lagres 5 år som regnskapsbilag.",
    security="Kryptert lagring, tilgangsstyring, logging.",
    roles="Saltfjord Ferjeselskap AS er behandlingsansvarlig. Skiltdata AS er databehandler etter avtale av 6. mai 2026.",
    high_risk="Systematisk overvåking av bevegelser for en hel befolkning uten alternativ reiserute.",
    necessity="Manuell billettering gir kø, feil og farlig arbeid for matrosene mellom bilene.",
    proportionality="Bilder slettes etter 30 dager og brukes bare ved klage; passasjertelling er anonym.",
    alternatives="Manuell billettering, bare brikke (lekker for biler uten brikke), og billettautomater.",
    safeguards=(
        "Skilt ved innkjøringen og informasjon på billetten.",
        "Ingen utlevering til politiet uten rettslig grunnlag og kjennelse.",
    ),
    rights="Innsyn i egne passeringer via kundeportalen.",
    risks=(
        Risk(
            "Kartlegging av enkeltpersoners reisemønster",
            3,
            4,
            "Kort lagring av bilder, tilgangsstyring",
            3,
        ),
        Risk(
            "Utlevering til tredjeparter (for eksempel i familiesaker)",
            2,
            4,
            "Rutine for utlevering, juridisk vurdering",
            2,
        ),
        Risk("Feillesing gir feil faktura", 3, 2, "Manuell kontroll ved klage", 1),
    ),
    not_taken=(("Sladding av personer i bilene", "Ikke støttet av leverandøren i dag."),),
    residual="Restrisikoen for kartlegging av reisemønstre er høy.",
    stakeholders="Fylkeskommunen, to øyråd og tillitsvalgte er hørt.",
    findings="Presentert for ledergruppen 15. september og 13. oktober 2026.",
)

FATIGUE = Topic(
    key="fatigue",
    lang="nb",
    title="Overvåking av søvn og tretthet hos brobemanning på nattruter med armbånd",
    short="tretthetsmåling for brobemanning",
    purpose="Forebygge ulykker som skyldes tretthet hos skipsførere og styrmenn på nattruter.",
    nature="Brobemanning bærer et armbånd som måler søvn, hvilepuls og aktivitet i døgnet før og under vakt. En algoritme beregner en tretthetsindeks; ved høy indeks får den ansatte og vaktsjefen varsel, og vakten kan byttes.",
    scope="Om lag 60 ansatte på 8 fartøy.",
    context="Arbeidsforhold, ubalanse i makt; målingen skjer også i fritiden.",
    data="Navn, stilling, fartøy, søvnlengde, hvilepuls, aktivitetsnivå, tretthetsindeks, varsler og vaktbytter.",
    subjects="Skipsførere og styrmenn.",
    sources="Armbåndene, turnussystemet.",
    recipients="Den ansatte selv og vaktsjefen (bare varsel, ikke rådata). Somnia Marine AS er databehandler.",
    retention="Rådata slettes etter 72 timer; varsler lagres i 12 måneder.",
    security="Kryptering, ingen tilgang til rådata for arbeidsgiver.",
    roles="Saltfjord Ferjeselskap AS er behandlingsansvarlig. Somnia Marine AS er databehandler etter avtale av 1. september 2026.",
    high_risk="Helseopplysninger om ansatte, måling i fritiden, og ubalanse i makt.",
    necessity="To nestenulykker i 2025 ble knyttet til tretthet. Hviletidsregler alene fanger ikke opp dårlig søvn.",
    proportionality="Vaktsjefen ser bare varselet, ikke søvndata; ordningen er frivillig i en prøveperiode.",
    alternatives="Selvrapportering av tretthet (underrapporteres), flere hvilepauser (delvis innført).",
    safeguards=(
        "Avtale med tillitsvalgte; ingen bruk av data i personalsaker.",
        "Den ansatte kan skru av armbåndet i fritiden.",
    ),
    rights="Full innsyn i egne data i appen.",
    risks=(
        Risk(
            "Data brukes i personalsaker", 2, 4, "Avtalefestet forbud, ingen tilgang til rådata", 2
        ),
        Risk("Press til å delta", 3, 3, "Frivillighet, tillitsvalgte følger opp", 2),
        Risk("Helsedata kommer på avveier", 2, 4, "Kryptering, kort lagring", 2),
    ),
    not_taken=(("Obligatorisk ordning", "Vurdert som for inngripende i prøveperioden."),),
    residual="Restrisikoen er høy fordi helseopplysninger om ansatte behandles i fritiden.",
    stakeholders="Tillitsvalgte, verneombud og bedriftshelsetjenesten er hørt.",
    findings="Presentert for ledergruppen 29. september og 27. oktober 2026.",
)

# --- H: Hardbakken Renovasjon IKS (waste management, nb) ---------------------------------------

BINCAM = Topic(
    key="bincam",
    lang="nb",
    title="Kamera på renovasjonsbilene for kontroll av kildesortering",
    short="kamera på renovasjonsbilene",
    purpose="Avdekke feilsortering i avfallsdunkene og gi husstandene tilbakemelding og eventuelt gebyr, slik at mer avfall kan materialgjenvinnes.",
    nature="Et kamera over innkastet fotograferer innholdet i hver dunk når den tømmes. Bildet kobles til adressen via dunkens brikke. Programvare markerer mulig feilsortering; en saksbehandler ser på bildet og sender tilbakemelding, og ved gjentatte avvik gebyr.",
    scope="Om lag 34 000 husstander i 6 kommuner; ca. 1,6 millioner tømminger i året.",
    context="Avfall kan avsløre mye om en husstand (medisiner, bleier, brev med navn). Innbyggerne har plikt til å levere avfall og ikke noe alternativ.",
    data="Adresse, abonnent, bilde av dunkens innhold, tidspunkt, GPS-posisjon, avviksvurdering, tilbakemeldinger og gebyr.",
    subjects="Abonnenter og andre i husstanden; tilfeldig forbipasserende.",
    sources="Kameraene, abonnentregisteret.",
    recipients="Saksbehandlere i kundeservice, kommunen ved gebyr. Renocam AS er databehandler.",
    retention="Bilder uten avvik slettes etter 7 dager; bilder med avvik etter 12 måneder.",
    security="Kryptert overføring, tilgang kun for 3 saksbehandlere, logging.",
    roles="Hardbakken Renovasjon IKS er behandlingsansvarlig. Renocam AS er databehandler etter avtale av 15. mars 2026.",
    high_risk="Systematisk overvåking av innbyggere som ikke kan velge bort tjenesten, med mulige opplysninger om helse.",
    necessity="Feilsortering gjør at hele billass med plast går til forbrenning; informasjonskampanjer har ikke hjulpet.",
    proportionality="Bildet viser bare innholdet i dunken, ikke omgivelsene; menneskelig vurdering før tilbakemelding.",
    alternatives="Stikkprøver for hånd (helsefarlig), informasjon (prøvd), og plukkanalyser (anonyme, gir ikke tilbakemelding).",
    safeguards=(
        "Informasjon til alle husstander før start.",
        "Første avvik gir bare veiledning, ikke gebyr.",
        "Automatisk sladding av tekst (adresselapper) på bildene.",
    ),
    rights="Innsyn i bilder av egen dunk via Min side.",
    risks=(
        Risk(
            "Bilder avslører helse eller privatliv (medisiner, post)",
            3,
            3,
            "Sladding av tekst, kort lagring",
            2,
        ),
        Risk(
            "Feil gebyr på grunn av feil kobling dunk-adresse",
            2,
            3,
            "Manuell kontroll, klagerett",
            1,
        ),
        Risk("Forbipasserende fanges opp", 2, 2, "Kameraet peker ned i innkastet", 1),
    ),
    not_taken=(("Bare anonym statistikk", "Gir ikke tilbakemelding til husstanden."),),
    residual="Restrisikoen er høy fordi alle husstander overvåkes ved hver tømming.",
    stakeholders="Eierkommunene og en innbyggerpanel-gruppe er hørt.",
    findings="Presentert for styret 18. september og 23. oktober 2026.",
)

WEIGHT = Topic(
    key="weight",
    lang="nb",
    title="Vektbasert renovasjonsgebyr: veiing av restavfall per husstand",
    short="vektbasert renovasjonsgebyr",
    purpose="Innføre gebyr etter vekt på restavfallet, slik at husstander som sorterer godt betaler mindre, og oppfylle eierkommunenes mål om 65 prosent materialgjenvinning innen 2030.",
    nature="Alle restavfallsdunker får en RFID-brikke. Løfteåket på bilen leser brikken og veier dunken før og etter tømming. Vekten, tidspunktet og dunk-ID sendes til IKS-ets fagsystem, som knytter den til eiendommen og abonnenten. Hvert kvartal beregnes et variabelt gebyr som kommunen fakturerer sammen med øvrige kommunale avgifter.",
    scope="Om lag 34 000 husstander og 2 100 fritidsboliger i seks kommuner, ca. 900 000 veiinger i året.",
    context="Vektserier over tid kan avsløre hvor mange som bor i boligen, når husstanden er bortreist, og livsendringer som et nyfødt barn, sykdom med mye bleier eller stomiutstyr, eller dødsfall. Innbyggerne er pålagt å være tilknyttet ordningen og kan ikke velge den bort.",
    data="Gårds- og bruksnummer, adresse, abonnentens navn, dunk-ID og størrelse, vekt per tømming, tidspunkt, bil og sjåfør-ID (for avvik), kvartalsvis gebyrgrunnlag, søknader om fritak med begrunnelse (kan inneholde helseopplysninger).",
    subjects="Abonnenter og alle som bor i husstanden, eiere av fritidsboliger.",
    sources="Veiesystemet på bilene, eiendomsregisteret (Matrikkelen) og kommunenes fakturasystem; søkeren selv for fritak.",
    recipients="Eierkommunene mottar kvartalsvis gebyrgrunnlag per eiendom (ikke vekt per tømming). Saksbehandlere i kundeservice ser vekter ved klage.",
    retention="Vekt per tømming slettes etter 3 år (klagefrist og selvkostkontroll). Gebyrgrunnlaget oppbevares i 5 år etter bokføringsloven. Fritakssøknader slettes 1 år etter at fritaket opphører.",
    security="Fagsystemet står i IKS-ets eget datarom med sikkerhetskopi hos en eierkommune. Tilgang styres per rolle; bare to saksbehandlere ser fritakssøknader. Overføring fra bilene skjer kryptert over mobilnett.",
    roles="Hardbakken Renovasjon IKS er behandlingsansvarlig. Veiesystemet og fagsystemet driftes av IKS-ets egen IT-avdeling; vi bruker ingen databehandler. Kommunene er selvstendig behandlingsansvarlige for faktureringen.",
    high_risk="Systematisk registrering av atferd i alle husstander i seks kommuner, uten mulighet til å reservere seg, og opplysninger om helse i fritakssaker.",
    necessity="Forurensningsloven § 34 gir adgang til å differensiere gebyret for å fremme avfallsreduksjon og gjenvinning. Erfaringer fra andre land viser 20-30 prosent mindre restavfall med vektbasert gebyr. Gebyr etter dunkstørrelse har ikke gitt effekt hos oss.",
    proportionality="Vekten vises aggregert per kvartal på fakturaen. Vi lager ingen analyser av enkelthusstanders mønstre. Husstander med medisinsk avfall kan søke fritak for den delen av vekten uten å oppgi diagnose; det holder med bekreftelse fra lege eller hjemmetjeneste.",
    alternatives="Gebyr etter dunkstørrelse (dagens ordning, svakt insentiv), gebyr etter antall tømminger (gir overfylte dunker og forsøpling), og sekker med betalt merke (ikke egnet for nedgravde løsninger).",
    safeguards=(
        "Brev og informasjonsmøter i alle eierkommunene før oppstart, og informasjon på fakturaen.",
        "Fritaksordning for medisinsk avfall og bleier uten krav om diagnose.",
        "Innsyn i egne veiinger på Min side.",
        "Ingen bruk av vektdata til annet enn gebyr og anonym statistikk.",
    ),
    rights="Abonnenten kan se sine veiinger, klage på gebyret og kreve retting av feil veiing.",
    risks=(
        Risk(
            "Vektmønstre avslører helse, fravær eller hvor mange som bor i boligen",
            2,
            3,
            "Aggregering per kvartal, ingen analyser av enkelthusstander",
            2,
        ),
        Risk(
            "Feil veiing eller feil kobling dunk-eiendom gir feil gebyr",
            3,
            2,
            "Kalibrering årlig, manuell kontroll ved klage",
            1,
        ),
        Risk(
            "Fritakssøknader med helseopplysninger leses av uvedkommende",
            2,
            4,
            "Egen tilgang for to saksbehandlere, logging",
            1,
        ),
        Risk(
            "Ulovlig dumping i naturen for å unngå gebyr",
            3,
            2,
            "Oppfølging med kommunene; ikke personvernrisiko direkte",
            2,
        ),
    ),
    not_taken=(
        ("Anonymisering av vektdata", "Ikke mulig når gebyret skal beregnes per husstand."),
        (
            "Vekt bare per år i stedet for per tømming",
            "Klager på enkelttømminger kan da ikke kontrolleres; vurderes etter første driftsår.",
        ),
    ),
    residual="Restrisikoen vurderes som høy fordi alle husstander registreres ved hver tømming uten mulighet til å reservere seg, og fordi fritaksordningen innebærer helseopplysninger.",
    stakeholders="Eierkommunene, eldrerådene og rådene for personer med funksjonsnedsettelse i tre kommuner er hørt.",
    findings="Fagavdelingen presenterte DPIA-en for styret 18. september og 23. oktober 2026. Hovedfunn: risiko ved helseopplysninger i fritakssaker og ved mønstre over tid; tiltakene er forsterket etter første gjennomgang.",
)

# --- I: Lillevik Friskole AS (private school, nb) ----------------------------------------------

SCREEN = Topic(
    key="screen",
    lang="nb",
    title="Læringsplattformen «Klasseblikk» med skjermovervåking og læringsanalyse",
    short="Klasseblikk – skjermovervåking og læringsanalyse",
    purpose="Hjelpe lærerne å holde elevene på oppgaven i timene, beskytte elevene mot skadelig innhold på skolens maskiner, og fange opp elever som står fast faglig eller viser tegn på mistrivsel.",
    nature="Alle elever fra 5. trinn har skolens Chromebook. I timene ser læreren miniatyrbilder av elevenes skjermer i sanntid og kan låse skjermene eller sende en side til alle. Plattformen logger hvilke nettsider og apper som åpnes. En språkmodell leser søk og tekster eleven skriver i skolens kontoer og flagger ord og uttrykk som kan tyde på mobbing, selvskading eller vold; flaggene går til kontaktlærer og helsesykepleier.",
    scope="310 elever på 1.-10. trinn (skjermvisning og logg for 190 elever på 5.-10. trinn), 28 lærere, ca. 40 flagg i måneden forventet.",
    context="Elevene er barn mellom 10 og 16 år, og skolen er i en klar maktposisjon. Elevene kan ikke velge bort skolens maskiner. Tekster om mistrivsel er blant det mest private et barn skriver, og et flagg kan føre til samtaler med foreldre og barnevern.",
    data="Navn, klasse, brukernavn, skjermbilder i sanntid (lagres ikke), nettlogg (adresser og tidspunkt), tekst fra søk og dokumenter i skolekontoen, flagg med utdrag av teksten, oppfølgingsnotat fra helsesykepleier.",
    subjects="Elever på 1.-10. trinn og lærere (hvis bruk logges).",
    sources="Elevens Chromebook og skolekontoen; lærerens vurderinger.",
    recipients="Kontaktlærer (skjermvisning, logg, flagg), rektor og helsesykepleier (flagg). Klasseblikk AS er databehandler. Barnevernet bare etter opplysningsplikten i barnevernsloven.",
    retention="Skjermbilder lagres ikke. Nettlogg slettes etter 14 dager. Flagg og utdrag slettes når oppfølgingen er avsluttet, senest etter 6 måneder; notater arkiveres etter opplæringslova.",
    security="Data lagres i EU (Irland). Lærere logger inn med MFA via Feide. Skjermvisning er bare mulig i timeplanlagte timer og fra lærerens egen maskin. Tekstanalysen kjører hos leverandøren; modellen trenes ikke på elevenes data.",
    roles="Lillevik Friskole AS er behandlingsansvarlig. Klasseblikk AS er databehandler etter avtale av 14. august 2026, med underleverandør for skydrift i Irland.",
    high_risk="Systematisk overvåking av barn, profilering av psykisk helse med ny teknologi, og ubalanse i makt mellom skole og elev.",
    necessity="Lærerne har ikke oversikt over hva som skjer på 25 skjermer i et klasserom. Skolen har hatt tre alvorlige hendelser der elever ble utsatt for skadelig innhold i timene, og aktivitetsplikten etter opplæringslova kapittel 12 krever at skolen følger med på elevenes psykososiale miljø.",
    proportionality="Skjermvisning bare i timene og aldri hjemme; ingen lagring av skjermbilder; tekstanalyse bare i skolekontoen og bare flagg til to personer med taushetsplikt. Elever på 1.-4. trinn omfattes ikke av tekstanalysen.",
    alternatives="Nettfilter uten skjermvisning (stopper ikke distraksjon), klasseromsregler alene (prøvd), og anonym trivselsundersøkelse (gir ikke tidlig varsel om enkeltelever).",
    safeguards=(
        "Informasjonsmøte og skriftlig informasjon til foreldre, og egen, alderstilpasset forklaring til elevene.",
        "Et ikon på skjermen viser eleven når læreren ser på skjermen.",
        "Flagg vurderes alltid av helsesykepleier før noe skjer; ingen automatiske tiltak.",
        "Ingen overvåking utenfor skoletiden, også når maskinen tas med hjem.",
    ),
    rights="Foreldre og elever over 15 år kan kreve innsyn i logg og flagg; skolen vurderer innsyn for yngre elever sammen med helsesykepleier.",
    risks=(
        Risk(
            "Feil flagg om mistrivsel fører til unødige samtaler med elev og foreldre",
            3,
            3,
            "Helsesykepleier vurderer alle flagg, terskel justeres",
            2,
        ),
        Risk(
            "Elevene føler seg overvåket og slutter å skrive ærlig",
            4,
            3,
            "Synlig ikon, kun i timene, åpen informasjon",
            3,
        ),
        Risk(
            "Flagg om selvskading kommer til uvedkommende lærere",
            2,
            5,
            "Flagg bare til kontaktlærer og helsesykepleier, logging",
            2,
        ),
        Risk(
            "Leverandøren bruker data til å trene modeller",
            2,
            4,
            "Forbud i databehandleravtalen, revisjon",
            1,
        ),
    ),
    not_taken=(
        (
            "Å droppe tekstanalysen og bare ha skjermvisning",
            "Skolen vil fange opp mistrivsel tidlig; tekstanalysen er begrenset til 5.-10. trinn.",
        ),
        (
            "Samtykke fra foreldre",
            "Ikke egnet rettslig grunnlag når skolen har plikt etter opplæringslova; foreldre informeres i stedet.",
        ),
    ),
    residual="Restrisikoen er fortsatt høy fordi barn overvåkes systematisk og fordi tekstanalysen profilerer psykisk helse.",
    stakeholders="FAU, elevrådet, de tillitsvalgte for lærerne og helsesykepleier er hørt; elevrådet ba om ikonet som viser skjermvisning.",
    findings="Rektor la DPIA-en fram for styret 10. september og 22. oktober 2026. Hovedfunn: høy risiko ved tekstanalysen; styret ba om at 1.-4. trinn ble holdt utenfor.",
)

WELLBEING = Topic(
    key="wellbeing",
    lang="nb",
    title="Digital trivselsundersøkelse med navngitt oppfølging av elever",
    short="trivselsundersøkelse med navngitt oppfølging",
    purpose="Fange opp mobbing, ensomhet og psykiske vansker tidlig og følge opp den enkelte elev, som ledd i skolens aktivitetsplikt etter opplæringslova kapittel 12.",
    nature="Elevene på 5.-10. trinn svarer på en kort undersøkelse i en app tre ganger i året, i skoletiden. Svarene er knyttet til navn. Svar som tyder på mobbing, selvskading eller vanskelige forhold hjemme varsles til kontaktlærer og helsesykepleier, som tar en samtale med eleven innen en uke. Skolen får også en rapport per klasse.",
    scope="Ca. 190 elever i alderen 10-16 år, 570 besvarelser i året, 15-25 oppfølgingssaker per runde.",
    context="Barn svarer på spørsmål om sitt eget liv; svarene kan vise at barnet har det vondt hjemme. Foreldre kan ønske innsyn som går på tvers av barnets interesser. Eleven vet at svaret kan føre til en samtale.",
    data="Navn, klasse, kjønn, svar om trivsel, vennskap, mobbing (også digital), søvn, selvskading og trygghet hjemme, fritekst, varsler, oppfølgingsnotater.",
    subjects="Elever 10-16 år; indirekte foreldre og medelever som nevnes i fritekst.",
    sources="Elevene selv; kontaktlærer og helsesykepleier (notater).",
    recipients="Kontaktlærer og helsesykepleier (varsler), rektor (klasserapporter og aktivitetsplaner). Elevpuls AS er databehandler. Barnevernet bare etter opplysningsplikten.",
    retention="Enkeltsvar slettes ved skoleårets slutt; klasserapporter beholdes i 3 år uten navn; oppfølgingsnotater arkiveres i elevmappen etter opplæringslova og arkivlova.",
    security="Lagring i Norge, innlogging med Feide og MFA for ansatte, tilgang per rolle, logging av hvem som leser varsler.",
    roles="Lillevik Friskole AS er behandlingsansvarlig. Elevpuls AS er databehandler etter avtale av 1. oktober 2026.",
    high_risk="Helseopplysninger og opplysninger om vold og omsorgssvikt om barn, knyttet til navn, og varsler som kan få store følger for eleven og familien.",
    necessity="Elevundersøkelsen fra Utdanningsdirektoratet er anonym og gir ikke grunnlag for å hjelpe enkeltelever. Skolen har plikt til å følge med og gripe inn, og to alvorlige mobbesaker i 2025 ble først kjent etter flere måneder.",
    proportionality="Spørsmålene er begrenset til det skolen har plikt til å følge opp; eleven kan hoppe over alle spørsmål; fritekst er valgfri; svarene vises ikke for andre lærere enn kontaktlærer.",
    alternatives="Anonym undersøkelse (gir ikke oppfølging), samtaler med alle elever (gjennomføres allerede to ganger i året, fanger ikke alt), og en «meld fra»-knapp (brukes lite).",
    safeguards=(
        "Eleven får vite før undersøkelsen at svarene ikke er anonyme og hvem som ser dem.",
        "Alle spørsmål kan hoppes over.",
        "Foreldre får informasjon om undersøkelsen, men ikke barnets enkeltsvar uten at helsesykepleier har vurdert det.",
        "Helsesykepleier har rutine for samtale innen en uke etter varsel.",
    ),
    rights="Eleven og foreldrene kan be om innsyn; innsyn for foreldre vurderes etter barnets alder og beste.",
    risks=(
        Risk(
            "Svarene blir kjent for medelever eller uvedkommende ansatte",
            2,
            5,
            "Tilgangsstyring, logging, svar i skoletid med skjermvern",
            2,
        ),
        Risk(
            "Eleven svarer ikke ærlig av frykt for følgene",
            3,
            3,
            "Åpen informasjon, mulighet til å hoppe over",
            2,
        ),
        Risk(
            "Foreldre får innsyn i svar om forhold hjemme, og barnet utsettes for press",
            2,
            5,
            "Vurdering av innsyn etter barnets beste",
            2,
        ),
        Risk(
            "Varsler blir liggende uten oppfølging",
            2,
            4,
            "Rutine og frist; rektor får oversikt over åpne varsler",
            1,
        ),
    ),
    not_taken=(
        ("Full anonymitet", "Gir ikke mulighet til å følge opp enkeltelever."),
        (
            "Å la elevene selv velge om svaret er navngitt",
            "Vurdert, men gir for få navngitte svar blant de mest utsatte; vurderes igjen etter første år.",
        ),
    ),
    residual="Restrisikoen er fortsatt høy fordi sårbare barn gir sensitive opplysninger knyttet til navn.",
    stakeholders="FAU, elevrådet, helsesykepleier og skolens PP-kontakt er hørt; elevrådet ønsket at alle spørsmål kan hoppes over.",
    findings="Rektor presenterte DPIA-en for styret 22. oktober og 19. november 2026.",
)

# --- J: Harbour Light Foundation Norway (English-language NGO, en) -----------------------------

BIOMETRIC = Topic(
    key="biometric",
    lang="en",
    title="Biometric registration in the case management system for survivors of human trafficking",
    short="biometric registration of survivors in case management",
    purpose="Identify survivors reliably across our three shelters and partner organisations so that they receive support once and are not asked to retell their story, and prevent duplicate or fraudulent claims on emergency funds.",
    nature="At first contact a caseworker records the person's fingerprints (two fingers) with a USB scanner; the template, not the image, is stored in the case management system together with the case file. At later contacts, at any shelter or partner, the person is identified by a fingerprint match instead of documents, which many survivors do not have.",
    scope="About 450 new survivors a year, with some 2 800 contacts; 14 caseworkers and 6 partner organisations with read access to a limited profile.",
    context="Survivors are highly vulnerable, often without residence permits, sometimes pursued by traffickers, and may be witnesses in criminal cases. They may feel unable to refuse anything asked by the organisation that shelters them.",
    data="Name or alias, fingerprint template, photo, nationality, language, immigration status, health information, information on criminal proceedings (as victim or witness), case notes, support received.",
    subjects="Survivors of trafficking and labour exploitation, including 16-17 year olds.",
    sources="The survivor, referring bodies (police, health services, other NGOs), partner shelters.",
    recipients="Caseworkers; partners see a limited profile (identity match, language, open needs). CaseBridge Ltd hosts the system. Police only by court order or with the survivor's consent.",
    retention="Fingerprint templates are deleted 12 months after the last contact; case files after 5 years.",
    security="Templates encrypted and stored separately from case files; partner access via MFA; audit logs reviewed monthly.",
    roles="Harbour Light Foundation Norway is the controller. CaseBridge Ltd (Dublin) is the processor under an agreement of 14 May 2026. Partner organisations are separate controllers for their own files.",
    high_risk="Biometric data (Art. 9), vulnerable data subjects, data on criminal proceedings (Art. 10), and risk to life if data reach traffickers.",
    necessity="Many survivors have no documents or use several names, and duplicated files have led to errors in medical follow-up and in protection measures.",
    proportionality="Biometrics only with explicit consent and never a condition for help; templates not images; short retention.",
    alternatives="Photo identification (unreliable), self-chosen PIN (forgotten), and case numbers on paper cards (lost or taken by traffickers).",
    safeguards=(
        "Explicit consent, explained with an interpreter, revocable at any time.",
        "Help is never made conditional on biometric registration.",
        "No sharing with immigration authorities.",
    ),
    rights="Survivors can access and delete their template at any shelter.",
    risks=(
        Risk(
            "Traffickers gain access to location or identity of a survivor",
            2,
            5,
            "Encryption, MFA, limited partner profile",
            3,
        ),
        Risk(
            "Consent not freely given",
            4,
            3,
            "Interpreter, no conditionality, consent reviewed at each contact",
            2,
        ),
        Risk(
            "Authorities demand access for immigration enforcement",
            2,
            5,
            "Refusal policy, legal review, no data beyond template",
            3,
        ),
        Risk(
            "False match merges two survivors' files", 2, 4, "Manual confirmation by caseworker", 1
        ),
    ),
    not_taken=(
        (
            "Store templates on a card held by the survivor",
            "Cards are lost or confiscated by exploiters.",
        ),
    ),
    residual="Residual risk remains high, chiefly because of the consequences for survivors if data are exposed.",
    stakeholders="Survivor advisory group (8 members), partner shelters and the police trafficking unit were consulted.",
    findings="The DPIA was presented to the Board on 17 September and 22 October 2026.",
)

CASH = Topic(
    key="cash",
    lang="en",
    title="Mobile cash assistance for undocumented migrants via prepaid cards and SMS",
    short="mobile cash assistance via prepaid cards",
    purpose="Give monthly emergency cash support to undocumented migrants and survivors in Oslo and Bergen safely and with dignity, replacing paper vouchers and cash in envelopes.",
    nature="After a needs assessment, the beneficiary receives a prepaid payment card registered under a pseudonym. We load the card monthly through the card provider's portal. Balance and load notifications are sent by SMS. The card provider processes all transaction data; we receive monthly spending by category at programme level, and individual transaction details only when a beneficiary asks us to help with a disputed payment.",
    scope="About 1 100 beneficiaries a year, 13 000 loads, an estimated 150 000 card transactions.",
    context="Beneficiaries are undocumented migrants who fear detection and deportation; many are survivors of exploitation. Transaction data can show where and when a person shops, and so where they live or work.",
    data="Name or alias, date of birth (optional), phone number, card number, needs assessment (household, health needs, children), load history, transaction data (amount, merchant, location, time) held by the provider, case notes on disputes.",
    subjects="Undocumented migrants, their household members (including children), and survivors of exploitation.",
    sources="The beneficiary, the card provider, referring organisations.",
    recipients="Programme staff (4 persons). Kontantkort Norge AS as processor. No sharing with public authorities except under a court order.",
    retention="Beneficiary records and load history are deleted 18 months after the last load; the card provider keeps transaction data for 5 years under anti-money-laundering law as a separate controller.",
    security="Pseudonymous card registration, MFA for the provider portal, separate storage of the link between pseudonym and real identity in our case system, and monthly access reviews.",
    roles="Harbour Light Foundation Norway is the controller. Kontantkort Norge AS is the processor for card issuing and loads under an agreement of 1 July 2026, and a separate controller for its own anti-money-laundering obligations.",
    high_risk="Vulnerable data subjects, location and behaviour revealed through transactions, and the risk that data reach immigration enforcement.",
    necessity="Paper vouchers were stolen and stigmatised beneficiaries in shops; cash in envelopes put staff and beneficiaries at risk. A card is the only practical way to give support at scale.",
    proportionality="We do not see individual transactions unless the beneficiary asks; cards are pseudonymous up to the provider's identification threshold; loads are kept below that threshold.",
    alternatives="Cash in envelopes (unsafe), in-kind support only (does not meet needs such as transport or medicine), bank accounts (not available to undocumented migrants).",
    safeguards=(
        "Pseudonymous registration with identification only at our office.",
        "No sharing with authorities without a court order; beneficiaries are told this in their own language.",
        "Beneficiaries may leave the programme at any time and have their record deleted.",
    ),
    rights="Access and deletion via programme staff or at any Harbour Light office; interpreters available.",
    risks=(
        Risk(
            "Transaction data reveal where a beneficiary lives or works",
            3,
            4,
            "Provider contractually barred from profiling; we see categories only",
            3,
        ),
        Risk(
            "Authorities request data for immigration enforcement",
            2,
            5,
            "Court order policy; minimal data held by us",
            3,
        ),
        Risk(
            "SMS notifications read by an exploiter with access to the phone",
            3,
            4,
            "Neutral SMS text, option to switch off SMS",
            2,
        ),
        Risk(
            "Card lost or taken by an exploiter", 3, 3, "Immediate blocking via hotline, reissue", 2
        ),
    ),
    not_taken=(
        (
            "Fully anonymous cards without any identification",
            "Anti-money-laundering rules require identification above limits.",
        ),
        ("Own card scheme run by Harbour Light", "Requires an e-money licence; not feasible."),
    ),
    residual="Residual risk remains high because of the consequences for beneficiaries if transaction data reach the authorities or exploiters.",
    stakeholders="Two beneficiary focus groups, two churches running food banks, and a legal aid clinic were consulted.",
    findings="The DPIA was presented to the Board on 22 October and 19 November 2026.",
)

ALL = {
    t.key: t
    for t in (
        AMS,
        VOICE,
        STREAM,
        TRUS,
        CANVASS,
        SEGMENT,
        HOURS,
        BALLOT,
        GPS,
        FACE,
        VISITOR,
        MEMORY,
        ANPR,
        FATIGUE,
        BINCAM,
        WEIGHT,
        SCREEN,
        WELLBEING,
        BIOMETRIC,
        CASH,
    )
}
