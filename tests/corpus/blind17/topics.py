# ruff: noqa: E501
"""The twenty planned processings of blind17: two per sender, written in the sender's language.

Every topic carries what a DPIA of that office would say about it: the nature, scope, context and
purpose, the flow (sources, recipients, storage), security and roles, the necessity and
proportionality with the safeguards, the risks as (threat, likelihood, consequence, measure,
residual), a measure considered but not taken, the stakeholders heard, and why a high residual
risk remains. Organisations, people, numbers and addresses are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Proc:
    """A processor with its contact person."""

    name: str
    orgnr: str
    address: str
    person: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class Risk:
    threat: str
    likelihood: str
    consequence: str
    measure: str
    residual: str


@dataclass(frozen=True)
class Topic:
    key: str
    name: str
    system: str
    purpose: str
    nature: str
    scope: str
    context: str
    flow: str
    security: str
    roles: str
    legal: str
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[Risk, ...]
    not_taken: str
    stakeholders: str
    residual: str
    findings: str
    processor: Proc | None


# --- A: Hallingvik kommune (nb) --------------------------------------------------------------

A_NATT = Topic(
    key="a_natt",
    name="Digitalt nattilsyn i hjemmetjenesten",
    system="Vaktlys Hjem",
    purpose="Å erstatte fysiske nattbesøk hos hjemmeboende tjenestemottakere med digitalt tilsyn der det er faglig forsvarlig, slik at nattpatruljen kan prioritere brukere med størst behov.",
    nature="Det monteres en sensorenhet med optisk sensor (lavoppløselig kamera som viser omriss), bevegelses- og dørsensor i soverommet og ved ytterdøren hos tjenestemottakeren. Nattpatruljen får varsel på nettbrett når en bruker står opp og ikke kommer tilbake til sengen innen avtalt tid, forlater boligen eller blir liggende på gulvet. Ved varsel kan helsepersonell se et sladdet bilde (omriss) i inntil 60 sekunder før de avgjør om de skal rykke ut. Tilsynet erstatter ett eller flere fysiske nattbesøk etter individuelt vedtak.",
    scope="Inntil 140 tjenestemottakere med vedtak om hjemmesykepleie, mange med kognitiv svikt (demens). Opplysninger: navn, adresse, vedtak, bevegelsesmønster, tidspunkt for hendelser, sladdede bilder ved varsel, helseopplysninger om fallrisiko. Ca. 45 ansatte i natt- og kveldstjenesten har tilgang. Hendelseslogg lagres i 30 dager, opplysninger som har betydning for helsehjelpen dokumenteres i journalsystemet (Gerica).",
    context="Tjenestemottakerne er sårbare og oppholder seg i sitt eget hjem, den mest private sfæren de har. Mange kan ikke selv gi gyldig samtykke, og pårørende er ofte involvert i beslutningen.",
    flow="Sensorene sender hendelser kryptert til Vaktlys AS sin plattform i Norge. Varsler går til nettbrett i nattpatruljen. Kilder er sensorene og vedtaket i fagsystemet. Mottakere er autorisert helsepersonell i hjemmetjenesten; ingen opplysninger utleveres til andre. Vaktlys AS drifter plattformen som databehandler.",
    security="Tilgang med personlig innlogging og tofaktor (ID-porten-basert) på nettbrettene, rollebasert tilgang til bare egne soner, logging av alle bildevisninger, kryptering under overføring og lagring, ingen lagring av bilder utover 60 sekunders visning. Leverandøren er ISO 27001-sertifisert.",
    roles="Hallingvik kommune ved kommunedirektøren er behandlingsansvarlig. Enhet for hjemmetjenester har det daglige ansvaret. Vaktlys AS er databehandler etter databehandleravtale av 2. oktober 2026.",
    legal="Helse- og omsorgstjenesteloven § 3-1 og § 3-2, jf. pasient- og brukerrettighetsloven kapittel 4 og 4A der samtykkekompetanse mangler, og personvernforordningen artikkel 6 nr. 1 bokstav c og e og artikkel 9 nr. 2 bokstav h.",
    necessity="Fysiske nattbesøk vekker mange brukere og gir dårligere søvn, og nattpatruljen rekker ikke å følge opp alle med økende behov. Digitalt tilsyn gir raskere respons ved fall enn faste besøk hver tredje time. Vi har vurdert trygghetsalarm alene, men mange av brukerne med demens klarer ikke å utløse den. Omrissbilde er valgt fordi ren bevegelsessensor gir for mange falske alarmer til at tjenesten blir forsvarlig.",
    proportionality="Tiltaket vurderes individuelt for hver bruker og kun etter vedtak. Bildet er sladdet, vises bare ved varsel og lagres ikke. Brukeren og pårørende får tilbud om prøveperiode på fire uker før vedtak. Tilsynet kan avsluttes når som helst. Vi mener inngrepet står i rimelig forhold til gevinsten i søvnkvalitet og sikkerhet.",
    safeguards=(
        "Skriftlig og muntlig informasjon tilpasset brukeren, med egen informasjon til pårørende.",
        "Samtykke der brukeren har samtykkekompetanse; ellers vedtak etter kapittel 4A med overprøving hos Statsforvalteren.",
        "Bruker kan be om innsyn i hendelsesloggen via tjenestekontoret.",
        "Sensor kan slås av fra brukerens side (synlig bryter) når pårørende er på besøk.",
        "Halvårlig evaluering av hvert tilsyn i tverrfaglig team.",
    ),
    risks=(
        Risk(
            "Uautorisert innsyn i bilder fra soverommet (f.eks. ansatt som ser på bilder uten varsel)",
            "Lav",
            "Svært høy",
            "Bilder kun ved varsel, logging og månedlig kontroll av logg",
            "Middels",
        ),
        Risk(
            "Bruker forstår ikke at hun er under tilsyn (manglende medvirkning)",
            "Høy",
            "Høy",
            "Tilpasset informasjon, pårørende involveres, vedtak etter kap. 4A",
            "Høy",
        ),
        Risk(
            "Teknisk feil gjør at fall ikke varsles",
            "Middels",
            "Svært høy",
            "Overvåking av sensorstatus, daglig test, fysisk besøk ved bortfall",
            "Middels",
        ),
        Risk(
            "Glidning i formål: data brukes til bemanningsstyring eller kontroll av ansatte",
            "Middels",
            "Middels",
            "Formål avgrenset i databehandleravtale og rutine, ingen rapporter per ansatt",
            "Lav",
        ),
        Risk(
            "Hendelsesmønster avslører helseforverring som pårørende får vite uten brukerens ønske",
            "Middels",
            "Høy",
            "Taushetsplikt, pårørende får ikke tilgang til plattformen",
            "Middels",
        ),
    ),
    not_taken="Full anonymisering av bildet (kun punktsky) er vurdert, men ikke gjennomført fordi leverandørens løsning ikke støtter det før 2028 og helsepersonell da ikke kan skille fall fra at brukeren sitter på gulvet.",
    stakeholders="Eldrerådet, Rådet for personer med funksjonsnedsettelse, tillitsvalgte i Fagforbundet og NSF, hovedverneombudet og personvernombudet er hørt. Eldrerådet var positivt, men ba om at ingen skal få tilsyn mot sin vilje uten vedtak. Tillitsvalgte var bekymret for at tilsynet kan brukes til å redusere bemanningen.",
    residual="Restrisikoen knyttet til brukere uten samtykkekompetanse som ikke forstår tilsynet, vurderes fortsatt som høy. Kommunen ønsker likevel å innføre tiltaket fordi alternativet er dårligere tjenester for de samme brukerne.",
    findings="DPIA-en viser at risikoen for de registrerte i hovedsak er redusert, men at risikoen knyttet til manglende forståelse og medvirkning hos brukere med kognitiv svikt forblir høy.",
    processor=Proc(
        "Vaktlys AS",
        "921 448 507",
        "Stasjonsveien 12, 2615 Lillehammer",
        "Henrik Moe",
        "kundeansvarlig offentlig sektor",
        "+47 905 11 482",
        "henrik.moe@vaktlys.no",
    ),
)

A_BARN = Topic(
    key="a_barn",
    name="Tverrfaglig innsatsverktøy for barn og unge (BTI-dashbord)",
    system="Innsikt Oppvekst",
    purpose="Å oppdage barn og unge som trenger tidlig hjelp, ved å sammenstille opplysninger fra skole, helsestasjon, PPT og barneverntjenesten i et felles dashbord for stafettloggen i Bedre tverrfaglig innsats (BTI).",
    nature="Verktøyet henter fravær, kartleggingsresultater, helsestasjonens bekymringsmarkeringer og aktive tiltak fra fagsystemene og beregner et samlet «innsatsnivå» (0-3) for hvert barn med stafettlogg. Stafettholder og koordinerende enhet ser nivået og underliggende data i dashbordet. Nivået er et hjelpemiddel; beslutninger om tiltak tas av saksbehandler. Det gjøres ingen automatiserte avgjørelser.",
    scope="Om lag 380 barn og unge 0-18 år med stafettlogg, deres foresatte (navn, kontaktinformasjon), og opplysninger om fravær, helse, spesialundervisning og barnevernstiltak. Ca. 60 ansatte har tilgang etter rolle. Opplysningene lagres så lenge stafettloggen er aktiv og slettes ett år etter avslutning.",
    context="Barn er særlig sårbare registrerte, og opplysninger fra barneverntjenesten er underlagt streng taushetsplikt. Sammenstilling på tvers av tjenester er nytt i kommunen og kan gi et bilde av familien som ingen enkelttjeneste har i dag.",
    flow="Kilder: Visma Flyt Skole, HsPro (helsestasjon), Visma Flyt PPT og Familia (barnevern). Integrasjonsplattformen hos Innsikt Analyse AS henter data hver natt. Mottakere: stafettholder, koordinerende enhet og ledere for tjenestene. Barnevernsopplysninger vises bare som «aktivt tiltak ja/nei» med samtykke fra foresatte.",
    security="Skybasert løsning i Norge, tilgang via kommunens Entra ID med tofaktor, rollebasert tilgang per barn, logging med ukentlig stikkprøvekontroll, kryptering og pseudonymisering i analysemiljøet.",
    roles="Hallingvik kommune er behandlingsansvarlig. Kommunalsjef oppvekst har det daglige ansvaret. Innsikt Analyse AS er databehandler.",
    legal="Samtykke fra foresatte for stafettlogg (personvernforordningen art. 6 nr. 1 a og art. 9 nr. 2 a), supplert av opplæringslova, helse- og omsorgstjenesteloven § 3-4 og barnevernsloven § 15-8 om samarbeid.",
    necessity="Evalueringen av BTI i 2025 viste at informasjon kom for sent fram til stafettholder, og at barn med bekymring i flere tjenester ble fanget opp i gjennomsnitt 14 måneder senere enn de med bekymring i én tjeneste. Et felles bilde er nødvendig for å oppnå formålet om tidlig innsats. Manuell innhenting ved møter er prøvd og ga ikke oppdaterte opplysninger.",
    proportionality="Kun barn med stafettlogg (samtykke) omfattes, ikke alle barn i kommunen. Innsatsnivået er enkelt og forklarbart. Barnevernsopplysninger er redusert til ja/nei. Foresatte kan trekke samtykket og få opplysningene slettet fra dashbordet.",
    safeguards=(
        "Informasjonsskriv og samtale med foresatte før samtykke; barn over 12 år informeres direkte.",
        "Foresatte får innsyn i dashbordvisningen for sitt barn via Min side.",
        "Ingen automatiserte avgjørelser; nivået kan overstyres og avvik begrunnes.",
        "Dataminimering: bare ti definerte indikatorer hentes.",
    ),
    risks=(
        Risk(
            "Stigmatisering: barn blir «merket» med høyt innsatsnivå som følger dem",
            "Middels",
            "Svært høy",
            "Nivå slettes ved avsluttet stafettlogg, ingen historikk",
            "Høy",
        ),
        Risk(
            "Feil i indikatorene gir feil nivå og unødig bekymring",
            "Middels",
            "Høy",
            "Kvalitetskontroll av data, manuell vurdering",
            "Middels",
        ),
        Risk(
            "For vid tilgang: ansatte ser barn de ikke jobber med",
            "Middels",
            "Høy",
            "Tilgangsstyring per barn, logg og kontroll",
            "Lav",
        ),
        Risk(
            "Samtykket er ikke reelt frivillig fordi foresatte føler press",
            "Høy",
            "Høy",
            "Tydelig informasjon om at tilbudet ikke avhenger av samtykke",
            "Høy",
        ),
    ),
    not_taken="Full pseudonymisering i dashbordet for ledere er vurdert, men ikke gjennomført fordi lederne må kunne følge opp enkeltsaker når stafettholder melder behov.",
    stakeholders="Ungdomsrådet, FAU-representanter, barnevernleder, helsesykepleiere og personvernombudet er hørt. Ungdomsrådet var kritisk til begrepet «risikoskår» og fikk gjennomslag for å endre det til «innsatsnivå».",
    residual="Risikoen for stigmatisering og for at samtykket ikke er reelt frivillig, er fortsatt høy etter tiltak.",
    findings="Verktøyet gir et vesentlig bedre grunnlag for tidlig innsats, men risikoen for stigmatisering og svakt frivillig samtykke er høy også etter tiltakene.",
    processor=Proc(
        "Innsikt Analyse AS",
        "917 302 664",
        "Kongens gate 9, 7011 Trondheim",
        "Marte Lund",
        "prosjektleder",
        "+47 47 61 20 93",
        "marte.lund@innsiktanalyse.no",
    ),
)

# --- B: Vårdal kommune, oppvekst (nn) -------------------------------------------------------

B_LARING = Topic(
    key="b_laring",
    name="Adaptiv læringsplattform med læringsanalyse i grunnskulen",
    system="Lærevegen",
    purpose="Å gje kvar elev oppgåver tilpassa nivået sitt i norsk og matematikk, og å gje lærarane oversikt over kven som treng ekstra oppfølging.",
    nature="Elevane på 1.-10. trinn løyser oppgåver på iPad. Plattforma registrerer svar, tidsbruk, feilmønster og kor mange hint eleven brukar, og reknar ut eit meistringsnivå per ferdigheit. Algoritmen vel neste oppgåve. Læraren ser eit oversiktsbilete med farga nivå per elev. Rektor ser aggregerte tal per trinn. Plattforma lagar òg ein automatisk «oppfølgingsliste» over elevar som ligg under forventa nivå.",
    scope="Om lag 1 150 elevar ved seks skular og 120 lærarar. Opplysningar: namn, trinn, klasse, svar og tidsbruk, meistringsnivå, eventuelle vedtak om spesialundervisning (berre som flagg). Aktivitetsdata vert lagra i tre skuleår, deretter sletta.",
    context="Elevane er born frå seks år, og læringsanalyse over fleire år kan gje eit detaljert bilete av kva den enkelte meistrar. Elevane kan ikkje velje bort plattforma når ho vert nytta i undervisninga.",
    flow="Kjelder: elevane si bruk og Visma Flyt Skole (klasselister). Data vert lagra hos Lærevegen AS i datasenter i Noreg og Finland. Mottakarar: lærar, rektor, PPT ved tilvising. Ingen data vert gjevne til andre.",
    security="Pålogging med Feide, rollestyrt tilgang, kryptering, logging av innsyn, årleg revisjon av leverandøren.",
    roles="Vårdal kommune ved kommunedirektøren er behandlingsansvarleg som skuleeigar. Kommunalsjef for oppvekst har det daglege ansvaret. Lærevegen AS er databehandlar.",
    legal="Opplæringslova §§ 1-3, 11-1 og 28-1 om tilpassa opplæring og behandling av personopplysningar, og personvernforordninga art. 6 nr. 1 bokstav e.",
    necessity="Nasjonale prøver viser at ein stor del av elevane i Vårdal ligg under meistringsnivå 2 i rekning. Lærarane manglar tid til å kartleggje kvar elev. Adaptive oppgåver er ein føresetnad for tilpassa opplæring i store klassar. Papirbaserte kartleggingar gjev ikkje same presisjon.",
    proportionality="Plattforma samlar berre data frå oppgåveløysing, ikkje frå anna bruk av iPad. Oppfølgingslista er eit hjelpemiddel, og læraren avgjer tiltak. Oversikta til rektor er aggregert.",
    safeguards=(
        "Informasjon til føresette og elevar på foreldremøte og i Vigilo, tilpassa alder.",
        "Føresette kan få innsyn i elevprofilen ved å vende seg til skulen.",
        "Oppfølgingslista kan ikkje eksporterast.",
        "Sletting etter tre år, med årleg stikkprøve.",
    ),
    risks=(
        Risk(
            "Eleven får ein varig «merkelapp» som svak elev som følgjer han mellom trinn",
            "Middels",
            "Høg",
            "Nivå vert nullstilt ved trinnskifte, lærar vurderer sjølv",
            "Middels",
        ),
        Risk(
            "Algoritmen gjev urett nivå for elevar med dysleksi eller anna morsmål",
            "Høg",
            "Høg",
            "Lærar kan overstyre, leverandøren testar modellen",
            "Høg",
        ),
        Risk(
            "Leverandøren nyttar data til å utvikle produktet sitt utan heimel",
            "Låg",
            "Høg",
            "Forbod i databehandlaravtalen, revisjon",
            "Låg",
        ),
        Risk(
            "Uautorisert tilgang til elevprofilar", "Låg", "Høg", "Feide, rollestyring, logg", "Låg"
        ),
    ),
    not_taken="Å slå av oppfølgingslista heilt vart vurdert, men ikkje gjennomført fordi lærarane meiner ho er den viktigaste funksjonen for å fange opp elevar tidleg.",
    stakeholders="Elevrådsleiarane, kommunalt foreldreutval (KFU), Utdanningsforbundet og personvernombodet er høyrde. KFU ville ha sikra at føresette kan sjå det læraren ser.",
    residual="Risikoen for at algoritmen systematisk gjev urett nivå for enkelte elevgrupper, er framleis høg.",
    findings="Plattforma gjev betre tilpassa opplæring, men risikoen for urett nivåsetjing for enkelte elevgrupper står att som høg.",
    processor=Proc(
        "Lærevegen AS",
        "926 118 430",
        "Nygårdsgaten 31, 5015 Bergen",
        "Sunniva Rørvik",
        "kundeansvarleg",
        "+47 412 08 556",
        "sunniva.rorvik@laerevegen.no",
    ),
)

B_SKJERM = Topic(
    key="b_skjerm",
    name="Skjermovervaking og innhaldsfilter på elev-iPad",
    system="Skjermvakt MDM",
    purpose="Å verne elevane mot skadeleg innhald og å hindre juks på prøver, ved innhaldsfilter og moglegheit for læraren til å sjå skjermen til elevane i undervisninga.",
    nature="Alle elev-iPadar får ein profil i mobilhandteringssystemet. Innhaldsfilteret blokkerer kategoriar av nettstader og loggar forsøk på å opne dei. I timane kan læraren sjå miniatyrbilete av skjermen til alle elevane i klassen og låse iPadane til éi app. Systemet varslar rektor automatisk ved søk på ord knytt til sjølvskading eller vald (nøkkelordliste).",
    scope="Om lag 1 150 elevar og 120 lærarar. Opplysningar: nettlogg (blokkerte forsøk), skjermbilete i sanntid (ikkje lagra), søkjeord som utløyser varsel, tidspunkt og eining. Logg vert lagra i 90 dagar.",
    context="Overvaking av kva born søkjer etter og ser på, er svært inngripande. Nøkkelordvarslinga kan avdekkje sensitive forhold om helse og livssituasjon.",
    flow="Data går frå iPad til Skjermvakt AS sin plattform (Irland, EU). Varsel går til rektor og helsesjukepleiar ved skulen. Ingen andre mottakarar.",
    security="Rollestyrt tilgang, tofaktor for rektor og IKT-ansvarleg, kryptering, logg av kven som ser skjermbilete.",
    roles="Vårdal kommune er behandlingsansvarleg. Skjermvakt AS er databehandlar, med underleverandør i Irland.",
    legal="Opplæringslova § 12-2 om skulemiljø og forskrift om skuleregler, personvernforordninga art. 6 nr. 1 bokstav e.",
    necessity="Skulane har hatt fleire saker der elevar har opna valdeleg og seksualisert innhald på skule-iPad. Filter utan logging har vist seg ikkje å vere nok. Skjermvising i timen trengst for klasseleiing.",
    proportionality="Skjermvising er berre mogleg i skuletida og berre for lærar i eigen klasse. Nøkkelordlista er avgrensa til 40 ord og vert vurdert kvart halvår.",
    safeguards=(
        "Tydeleg ikon på iPad når læraren ser skjermen.",
        "Informasjon i ordensreglementet og til føresette.",
        "Varsel går til helsesjukepleiar, ikkje til klasselærar.",
    ),
    risks=(
        Risk(
            "Elevar sluttar å søkje hjelp på nett fordi dei veit at søk vert overvaka",
            "Høg",
            "Høg",
            "Informasjon om hjelpetenester som ikkje vert logga",
            "Høg",
        ),
        Risk(
            "Feil varsel stigmatiserer elev",
            "Middels",
            "Høg",
            "Manuell vurdering før kontakt",
            "Middels",
        ),
        Risk(
            "Misbruk av skjermvising utanfor undervisning",
            "Låg",
            "Høg",
            "Teknisk sperre etter kl. 16, logg",
            "Låg",
        ),
    ),
    not_taken="Å fjerne nøkkelordvarslinga vart vurdert, men ikkje gjennomført fordi skulane meiner ho kan redde liv.",
    stakeholders="Elevrådet ved Vårdal ungdomsskule, KFU og helsesjukepleiarane er høyrde. Elevrådet var sterkt imot nøkkelordvarslinga.",
    residual="Risikoen for nedkjølingseffekt er høg etter tiltak.",
    findings="Filteret og skjermvisinga kan forsvarast, men nøkkelordvarslinga gjev høg restrisiko.",
    processor=Proc(
        "Skjermvakt AS",
        "930 221 875",
        "Sandslimarka 251, 5254 Sandsli",
        "Kjetil Årdal",
        "tenesteansvarleg skule",
        "+47 957 40 218",
        "kjetil.ardal@skjermvakt.no",
    ),
)

# --- C: Vestmark fylkeskommune (nb) ---------------------------------------------------------

C_KAMERA = Topic(
    key="c_kamera",
    name="Kroppsbårne kameraer for billettkontrollører i Vestmark Kollektiv",
    system="BodyGuard VK",
    purpose="Å forebygge vold og trusler mot billettkontrollører og å sikre bevis ved hendelser.",
    nature="Billettkontrollørene bærer kamera på uniformen. Kameraet tar opp lyd og bilde bare når kontrolløren trykker på opptaksknappen i en konfliktsituasjon; en bufferfunksjon tar med 30 sekunder før aktivering. Opptakene lastes automatisk opp når kameraet settes i ladestasjonen og kan bare åpnes av to utpekte ansatte i sikkerhetsseksjonen. Opptak kan utleveres til politiet ved anmeldelse.",
    scope="Om lag 35 kontrollører, og passasjerer og tilfeldig forbipasserende på buss, båt og holdeplasser i hele fylket (ca. 19 millioner reiser per år). Anslagsvis 400 opptak per år. Opptak slettes etter 30 dager med mindre de er utlevert til politiet.",
    context="Kollektivreisende kan ikke velge bort kontrollen. Opptak av lyd i offentlig rom er inngripende og kan fange opp samtaler mellom tredjepersoner.",
    flow="Kilder: kameraene. Lagring hos Vestvakt Sikkerhet AS i Norge. Mottakere: sikkerhetsseksjonen og, ved anmeldelse, politiet.",
    security="Kryptert lagring på kamera og i skyen, tofaktor, to-personers-prinsipp ved innsyn, full logging.",
    roles="Vestmark fylkeskommune er behandlingsansvarlig. Vestmark Kollektiv (avdeling i fylkeskommunen) har det daglige ansvaret. Vestvakt Sikkerhet AS er databehandler.",
    legal="Personvernforordningen art. 6 nr. 1 bokstav f (interesseavveining) for fylkeskommunen som arbeidsgiver, og arbeidsmiljøloven § 4-3 om vern mot vold, jf. personopplysningsloven § 31 og forskrift om kameraovervåking i virksomhet.",
    necessity="Kontrollørene registrerte 62 tilfeller av vold og trusler i 2025, en økning på 40 prosent fra 2023. Tiltak som parkontroll og konflikthåndteringskurs har ikke redusert antallet tilstrekkelig. Erfaringer fra andre kollektivselskaper viser nedgang i hendelser med synlig kamera.",
    proportionality="Ingen kontinuerlig opptak, kun manuelt utløst. Tydelig merking på uniform og muntlig varsel før opptak. Kort lagringstid.",
    safeguards=(
        "Merking «Kamera – opptak kan startes» på uniformen og informasjon på vk.no.",
        "Muntlig varsel til passasjeren før opptak der situasjonen tillater det.",
        "Innsyn i opptak for den registrerte etter skriftlig krav, med sladding av tredjepersoner.",
        "Årlig evaluering med tillitsvalgte.",
    ),
    risks=(
        Risk(
            "Opptak av tredjepersoner som ikke er involvert",
            "Høy",
            "Middels",
            "Sladding ved utlevering, kort lagring",
            "Middels",
        ),
        Risk(
            "Lydopptak fanger private samtaler",
            "Middels",
            "Høy",
            "Opptak bare ved konflikt",
            "Middels",
        ),
        Risk(
            "Kontrollører starter opptak for å true eller ydmyke passasjerer",
            "Lav",
            "Høy",
            "Opplæring, gjennomgang av alle opptak",
            "Middels",
        ),
        Risk(
            "Opptak kommer på avveie (tapt kamera)",
            "Middels",
            "Høy",
            "Kryptering på kameraet",
            "Lav",
        ),
    ),
    not_taken="Opptak uten lyd er vurdert, men ikke gjennomført fordi trusler i hovedsak er verbale og ikke kan dokumenteres uten lyd.",
    stakeholders="Hovedverneombud, tillitsvalgte i YS og LO, Brukerrådet for kollektivtrafikk og personvernombudet er hørt.",
    residual="Risikoen knyttet til lydopptak av tredjepersoner i offentlig rom vurderes som høy også etter tiltak.",
    findings="Kameraene vil trolig redusere vold og trusler, men lydopptak gir høy restrisiko for tredjepersoner.",
    processor=Proc(
        "Vestvakt Sikkerhet AS",
        "918 556 012",
        "Strandgaten 44, 6004 Ålesund",
        "Ole Petter Hauge",
        "fagansvarlig kameraløsninger",
        "+47 920 33 815",
        "ole.petter.hauge@vestvakt.no",
    ),
)

C_CIBO = Topic(
    key="c_cibo",
    name="Automatisk billettering med posisjon (check-in/be-out) i VK-appen",
    system="VK Reise",
    purpose="Å gjøre det enklere å reise kollektivt ved at appen registrerer reisen automatisk og beregner billigste pris i etterkant.",
    nature="Reisende som velger funksjonen «Reis nå» sjekker inn med ett trykk. Appen bruker telefonens posisjon (GPS) og Bluetooth-signaler fra busser og kaier til å registrere påstigning, bytter og avstigning. Prisen beregnes etter reisen ut fra hele dagens reiser (pristak). Reisemønsteret lagres for fakturering og klagebehandling.",
    scope="Forventet 60 000 brukere innen ett år, herunder barn fra 12 år med egen konto. Opplysninger: kontoinformasjon, betalingsmiddel, posisjonsspor under reise, reisehistorikk. Posisjonsspor slettes etter 14 dager, reisehistorikk etter 13 måneder (regnskap).",
    context="Detaljerte posisjonsspor avslører bosted, arbeidssted, helsebesøk, religiøs praksis m.m. Funksjonen er frivillig, men det billigste prisalternativet for mange.",
    flow="Appen sender posisjonspunkter til Mobilitetsdata AS sin plattform. Fakturagrunnlag går til betalingsleverandøren. Mottakere: kundesenteret ved klage.",
    security="Pseudonymisert reisekonto, kryptering, tilgang kun for kundesenter med logg, penetrasjonstest før lansering.",
    roles="Vestmark fylkeskommune er behandlingsansvarlig. Mobilitetsdata AS er databehandler.",
    legal="Avtale med kunden (art. 6 nr. 1 b) for selve billetteringen; samtykke for lagring av reisehistorikk utover fakturering.",
    necessity="Automatisk registrering krever posisjon. Alternativet (manuelt bytte og avsjekk) gir feil pris og dårlig brukervennlighet, noe pilotprosjektet i 2025 viste.",
    proportionality="Posisjon samles bare når reisen er aktiv. Ingen posisjon i bakgrunnen utover aktiv reise. Anonymiserte reisestrømmer brukes til planlegging.",
    safeguards=(
        "Funksjonen er frivillig; vanlige billetter finnes fortsatt.",
        "Brukeren ser sin egen reisehistorikk og kan slette den i appen.",
        "Foresatte informeres for brukere 12-15 år.",
    ),
    risks=(
        Risk(
            "Posisjonsspor brukes til å kartlegge enkeltpersoner (f.eks. ved utlevering til politiet eller etter innbrudd)",
            "Lav",
            "Svært høy",
            "Kort lagring, kryptering, rutine for utlevering",
            "Middels",
        ),
        Risk(
            "Appen samler posisjon etter at reisen er avsluttet (feil i avsjekk)",
            "Middels",
            "Høy",
            "Automatisk avslutning etter 3 timer",
            "Middels",
        ),
        Risk(
            "Barn forstår ikke hva som samles", "Høy", "Middels", "Tilpasset informasjon", "Middels"
        ),
    ),
    not_taken="Lokal prisberegning på telefonen uten å sende posisjon er vurdert, men ikke gjennomført fordi klagebehandling da ikke er mulig.",
    stakeholders="Ungdommens fylkesråd, Brukerrådet og Forbrukerrådets regionkontor er hørt.",
    residual="Risikoen for kartlegging av bevegelsesmønster er høy for et stort antall reisende.",
    findings="Løsningen gir enklere reiser, men innebærer høy restrisiko knyttet til posisjonsdata om svært mange.",
    processor=Proc(
        "Mobilitetsdata AS",
        "915 907 338",
        "Grev Wedels plass 5, 0151 Oslo",
        "Sara Nygaard",
        "leveranseleder",
        "+47 469 12 703",
        "sara.nygaard@mobilitetsdata.no",
    ),
)

# --- D: Sykehuset Austvik HF (nb) -----------------------------------------------------------

D_RONTGEN = Topic(
    key="d_rontgen",
    name="KI-basert prioritering av røntgenundersøkelser av thorax",
    system="Radiant Triage",
    purpose="Å redusere ventetiden på beskrivelse av thoraxrøntgen ved at en KI-modell prioriterer bilder med mulige alvorlige funn (pneumothorax, store infiltrater, malplasserte slanger).",
    nature="Alle thoraxbilder fra sykehusets tre røntgenavdelinger sendes pseudonymisert til leverandørens plattform, der en CE-merket KI-modell (klasse IIa) analyserer bildet og returnerer en prioritet og en varmekart-markering til PACS. Radiologen beskriver alle bilder som før, men arbeidslisten sorteres etter KI-prioritet. Modellen tar ingen diagnostiske beslutninger.",
    scope="Ca. 48 000 undersøkelser per år, alle aldersgrupper. Opplysninger: røntgenbilder, alder, kjønn, henvisningsårsak (kategori). Bildene slettes hos leverandøren etter 24 timer.",
    context="Helseopplysninger om et stort antall pasienter behandles av en ekstern leverandør med KI. Pasientene har ikke mulighet til å reservere seg i akuttsituasjoner.",
    flow="PACS → lokal gateway (pseudonymisering) → Radiant Vision Nordic AS (datasenter i Stockholm) → tilbake til PACS. Ingen andre mottakere.",
    security="Pseudonymisering før utsending, kryptert forbindelse (TLS 1.3, VPN), nøkkel hos sykehuset, sletting etter 24 t, logging og tilgangsstyring i Helse Sørøst-standard.",
    roles="Sykehuset Austvik HF er behandlingsansvarlig. Klinikk for bildediagnostikk har det daglige ansvaret. Radiant Vision Nordic AS er databehandler.",
    legal="Pasientjournalloven § 6 og helsepersonelloven § 39, personvernforordningen art. 6 nr. 1 c og art. 9 nr. 2 h.",
    necessity="Beskrivelsestiden for thorax er i snitt 31 timer, og alvorlige funn oppdages for sent. Flere radiologer er ikke mulig å rekruttere på kort sikt. Lokal drift av modellen er utredet, men krever GPU-kapasitet sykehuset ikke har.",
    proportionality="Bare bilder sendes, ikke navn eller fødselsnummer. Kort lagringstid. Modellen påvirker bare rekkefølgen, ikke diagnosen.",
    safeguards=(
        "Informasjon om KI-støtte på sykehusets nettsider og i innkallingsbrev.",
        "Radiolog beskriver alle bilder; KI-prioritet logges i journalen.",
        "Kontinuerlig kvalitetskontroll av modellens treffsikkerhet.",
    ),
    risks=(
        Risk(
            "Reidentifisering av pseudonymiserte bilder hos leverandøren",
            "Lav",
            "Høy",
            "Fjerning av metadata og brent-inn-tekst",
            "Lav",
        ),
        Risk(
            "Modellen nedprioriterer alvorlige funn (falsk negativ), pasient får forsinket behandling",
            "Middels",
            "Svært høy",
            "Ingen bilder skyves ut av arbeidslisten, maks forsinkelse 24 t",
            "Høy",
        ),
        Risk(
            "Tjenesten utilgjengelig, arbeidslisten faller tilbake til tid",
            "Middels",
            "Middels",
            "Manuell rutine",
            "Lav",
        ),
        Risk(
            "Leverandøren bruker bilder til å trene modellen",
            "Lav",
            "Høy",
            "Forbud i avtalen, revisjonsrett",
            "Lav",
        ),
    ),
    not_taken="Å gi pasientene mulighet til å reservere seg er vurdert, men ikke gjennomført fordi reservasjon i akuttmottak ikke er praktisk gjennomførbar.",
    stakeholders="Brukerutvalget, radiologene, tillitsvalgte og personvernombudet er hørt. Brukerutvalget ba om informasjon i innkallingsbrev.",
    residual="Risikoen for forsinket behandling ved falske negative vurderinger er høy.",
    findings="KI-prioritering vil gi raskere beskrivelse for de fleste, men falske negative gir en høy restrisiko for enkeltpasienter.",
    processor=Proc(
        "Radiant Vision Nordic AS",
        "929 004 117",
        "Lysaker Torg 35, 1366 Lysaker",
        "Ingrid Solheim",
        "Head of Customer Success",
        "+47 988 41 260",
        "ingrid.solheim@radiantvision.no",
    ),
)

D_PSYK = Topic(
    key="d_psyk",
    name="Kontinuerlig videoovervåking med automatisk fallvarsling i akuttpsykiatrisk skjermingsenhet",
    system="SensoVakt",
    purpose="Å forebygge selvskading og fall hos pasienter i skjerming, og å frigjøre personale fra fast vakt utenfor døren.",
    nature="Pasientrommene på skjermingsenheten (8 rom) utstyres med kamera og radarsensor. Systemet analyserer bevegelser og varsler personalet ved fall, uvanlig stillhet eller klatring. Personalet kan se livebilde ved varsel. Opptak lagres ikke, bortsett fra et 2 minutters klipp ved varsel, som lagres i 7 dager for kvalitetsgjennomgang.",
    scope="Ca. 300 innleggelser per år, pasienter under tvungent psykisk helsevern og frivillige. Opplysninger: bilde, bevegelsesdata, varsler, helseopplysninger.",
    context="Pasientene er i en svært sårbar situasjon, ofte under tvang, og kan ikke velge bort overvåkingen. Rommet er deres eneste private sone.",
    flow="Kamera → lokal server i sykehusets nett → varsel på personalets telefon. Leverandøren har fjerntilgang for drift.",
    security="Lokal lagring, ingen skytjeneste, fjerntilgang med tofaktor og loggføring, kryptering.",
    roles="Sykehuset Austvik HF er behandlingsansvarlig. SensoVakt AS er databehandler for drift og support.",
    legal="Psykisk helsevernloven § 4-3 og § 4-8, helsepersonelloven, personvernforordningen art. 9 nr. 2 h.",
    necessity="Skjermingsenheten hadde 14 alvorlige selvskadingshendelser i 2025. Fast vakt utenfor hver dør er ikke mulig med dagens bemanning. Sensor uten kamera gir for mange falske varsler.",
    proportionality="Kamera kun på skjermingsrom, ikke i bad. Livebilde kun ved varsel. Pasienten informeres ved innleggelse.",
    safeguards=(
        "Tydelig skilt i rommet, muntlig informasjon.",
        "Vedtak om overvåking fattes av faglig ansvarlig og kan påklages til kontrollkommisjonen.",
        "Kvartalsvis gjennomgang av alle visninger.",
    ),
    risks=(
        Risk(
            "Krenkelse av pasientens verdighet ved visning i intime situasjoner",
            "Høy",
            "Svært høy",
            "Kamera dekker ikke bad, sladding av seng",
            "Høy",
        ),
        Risk("Uautorisert visning av bilder", "Lav", "Høy", "Logging, kontroll", "Lav"),
        Risk(
            "Personalet stoler på systemet og reduserer tilsyn",
            "Middels",
            "Svært høy",
            "Rutine om fysisk tilsyn",
            "Middels",
        ),
    ),
    not_taken="Å la pasienten velge bort kamera er vurdert, men ikke gjennomført av hensyn til pasientsikkerheten.",
    stakeholders="Brukerutvalget, Mental Helse, tillitsvalgte og personvernombudet er hørt.",
    residual="Risikoen for krenkelse av verdighet er høy.",
    findings="Systemet kan redusere selvskading, men gir høy restrisiko for pasientenes verdighet.",
    processor=Proc(
        "SensoVakt AS",
        "924 771 305",
        "Teknologiveien 22, 2815 Gjøvik",
        "Lars Bakken",
        "servicesjef",
        "+47 611 52 980",
        "lars.bakken@sensovakt.no",
    ),
)

# --- E: Kvitfjell universitet (nb) ----------------------------------------------------------

E_EKSAMEN = Topic(
    key="e_eksamen",
    name="Fjerneksamen med kameraovervåking og automatisk avviksdeteksjon",
    system="ExamGuard",
    purpose="Å kunne avholde digitale hjemmeeksamener med samme sikkerhet som skoleeksamen, for studenter på nett- og samlingsbaserte studier.",
    nature="Studenten installerer en nettleserutvidelse som tar opp webkamera, mikrofon og skjerm under eksamen. Systemet analyserer opptaket automatisk og markerer avvik (flere ansikter, blikk bort fra skjermen, stemmer, bytte av fane). Eksamensvakter ved universitetet gjennomgår markerte avvik og avgjør om saken skal til fuskenemnda. Identitet kontrolleres med bilde av studentkort og ansiktsgjenkjenning.",
    scope="Ca. 4 200 studenter per år, ca. 9 500 eksamener. Opplysninger: video, lyd, skjermopptak, biometrisk ansiktsmal, avviksmarkeringer. Opptak slettes etter klagefristen (3 uker), eller ved avsluttet fuskesak.",
    context="Opptakene gjøres i studentenes hjem og kan vise familiemedlemmer, helseutstyr og religiøse symboler. Studentene er avhengige av å bestå eksamen.",
    flow="Studentens PC → ExamGuard BV (Nederland, datasenter i Frankfurt) → eksamenskontoret. Fuskenemnda får utdrag ved sak.",
    security="Kryptering, tilgang for eksamensvakter med Feide og tofaktor, logging, sletting automatisk.",
    roles="Kvitfjell universitet er behandlingsansvarlig. ExamGuard BV er databehandler.",
    legal="Universitets- og høyskoleloven §§ 11-7 og 12-3, personvernforordningen art. 6 nr. 1 e og art. 9 nr. 2 g for biometri.",
    necessity="Universitetet har 1 800 nettstudenter som bor langt fra campus. Skoleeksamen ved studiesentre er prøvd, men kapasiteten er for liten. Muntlig eksamen er ikke egnet for alle emner.",
    proportionality="Automatisk markering er bare et hjelpemiddel; ingen konsekvenser uten menneskelig vurdering. Studenter kan velge skoleeksamen på campus. Biometrisk mal slettes etter eksamen.",
    safeguards=(
        "Informasjon i emnebeskrivelse og før påmelding.",
        "Alternativ skoleeksamen for den som ønsker.",
        "Innsyn i egne avviksmarkeringer ved fuskesak.",
    ),
    risks=(
        Risk(
            "Feilaktig fuskemistanke pga. algoritmisk skjevhet (hudfarge, funksjonsnedsettelse)",
            "Middels",
            "Svært høy",
            "Manuell vurdering av alle markeringer",
            "Høy",
        ),
        Risk(
            "Opptak av tredjepersoner i hjemmet",
            "Høy",
            "Middels",
            "Informasjon om å sitte alene",
            "Middels",
        ),
        Risk("Lekkasje av biometriske data", "Lav", "Svært høy", "Sletting etter eksamen", "Lav"),
        Risk(
            "Nettleserutvidelsen samler mer enn nødvendig", "Lav", "Høy", "Kodegjennomgang", "Lav"
        ),
    ),
    not_taken="Å droppe ansiktsgjenkjenning og bruke manuell ID-kontroll er vurdert, men ikke gjennomført fordi det krever én vakt per 10 studenter.",
    stakeholders="Studentparlamentet, Funksjonshemmedes Fellesorganisasjon lokalt og tillitsvalgte er hørt. Studentparlamentet går imot automatisk avviksdeteksjon.",
    residual="Risikoen for feilaktig fuskemistanke er høy.",
    findings="Fjerneksamen er nødvendig for nettstudentene, men automatisk avviksdeteksjon gir høy restrisiko.",
    processor=Proc(
        "ExamGuard BV",
        "NL 8612.44.019",
        "Herengracht 402, 1017 BX Amsterdam, Nederland",
        "Joost van Dijk",
        "Account Manager Nordics",
        "+31 20 794 2210",
        "joost.vandijk@examguard.eu",
    ),
)

E_FRAFALL = Topic(
    key="e_frafall",
    name="Læringsanalyse for tidlig varsling av frafall",
    system="Studieløp",
    purpose="Å identifisere studenter som står i fare for å slutte, slik at studieveiledere kan tilby hjelp tidlig.",
    nature="En prediksjonsmodell bruker data fra Felles studentsystem (FS) og læringsplattformen (innlogginger, innleveringer, karakterer) til å beregne sannsynlighet for frafall for hver bachelorstudent hver fjerde uke. Studieveiledere får en liste over studenter med høy sannsynlighet og kontakter dem med tilbud om samtale.",
    scope="Ca. 9 000 bachelorstudenter. Opplysninger: studieprogresjon, karakterer, aktivitetsdata, alder, opptaksgrunnlag. Ingen særlige kategorier. Data lagres i 2 år.",
    context="Profilering av studenter kan føre til at studenter føler seg overvåket. Modellen kan gjenspeile skjevheter knyttet til bakgrunn.",
    flow="FS og Canvas → universitetets analyseplattform hos Nordlys Data AS → studieveiledere.",
    security="Pseudonymisering i analysemiljøet, tilgang kun for 12 studieveiledere, logging.",
    roles="Kvitfjell universitet er behandlingsansvarlig. Nordlys Data AS er databehandler.",
    legal="Universitets- og høyskoleloven § 4-15 (læringsmiljø) og personvernforordningen art. 6 nr. 1 e.",
    necessity="Frafallet i bachelorprogrammene er 28 prosent, og de fleste som slutter har hatt synkende aktivitet i flere uker før de melder seg ut. Studieveilederne når i dag bare de som selv tar kontakt. Manuell gjennomgang av progresjon en gang per semester er prøvd, men kommer for sent til å hjelpe.",
    proportionality="Resultatet brukes bare til å kontakte studenten med tilbud om samtale; det får ingen konsekvenser for studieretten eller vurderingen. Studenter kan reservere seg, og bare 12 studieveiledere ser listen. Aktivitetsdata eldre enn to år slettes.",
    safeguards=(
        "Reservasjonsrett i Studentweb.",
        "Informasjon ved semesterstart.",
        "Ingen bruk av sannsynligheten i andre saker.",
    ),
    risks=(
        Risk(
            "Studenter føler seg overvåket og stigmatisert",
            "Middels",
            "Høy",
            "Reservasjonsrett, varsom kontakt",
            "Middels",
        ),
        Risk(
            "Modellen diskriminerer studenter med innvandrerbakgrunn",
            "Middels",
            "Høy",
            "Bias-testing",
            "Høy",
        ),
        Risk("Data brukes til andre formål", "Lav", "Høy", "Formålsbegrensning i avtalen", "Lav"),
    ),
    not_taken="Å ekskludere opptaksgrunnlag fra modellen er vurdert, men ikke gjennomført fordi presisjonen faller betydelig.",
    stakeholders="Studentparlamentet, studieveiledere og personvernombudet er hørt.",
    residual="Risikoen for indirekte diskriminering er høy.",
    findings="Modellen kan redusere frafall, men risikoen for diskriminering er høy.",
    processor=Proc(
        "Nordlys Data AS",
        "919 663 081",
        "Storgata 87, 9008 Tromsø",
        "Eirik Johansen",
        "tjenesteansvarlig",
        "+47 917 28 604",
        "eirik.johansen@nordlysdata.no",
    ),
)

# --- F: Statens tilskuddsforvaltning (nb) ---------------------------------------------------

F_RISIKO = Topic(
    key="f_risiko",
    name="Maskinlæringsbasert risikoklassifisering av tilskuddssøknader for etterkontroll",
    system="TIKK (Tilskuddskontroll)",
    purpose="Å målrette etterkontrollen av tilskudd slik at kontrollressursene brukes på søknader med høyest risiko for feilutbetaling.",
    nature="Alle innvilgede søknader om driftstilskudd og prosjekttilskudd får en risikoskår fra en maskinlæringsmodell trent på tidligere kontrollresultater. Modellen bruker søknadsdata, opplysninger om søkerens tidligere tilskudd og enkelte offentlige registeropplysninger. De 8 prosent høyest skårede søknadene plukkes ut til etterkontroll, i tillegg til et tilfeldig utvalg. Kontrollen utføres av saksbehandlere; skåren alene gir ingen vedtak.",
    scope="Ca. 22 000 søknader per år fra enkeltpersonforetak, lag og foreninger og privatpersoner. Personopplysninger om søkere og kontaktpersoner: navn, fødselsnummer, organisasjonsnummer, tidligere tilskudd, kontrollhistorikk. Modellskår lagres i 5 år.",
    context="Profilering i offentlig forvaltning. Søkerne har ingen mulighet til å velge bort modellen og er avhengige av tilskuddet.",
    flow="Søknadssystemet → analyseplattform hos Nordsky AS (Norge) → kontrollseksjonen.",
    security="Plattform i Norge, kryptering, tilgang med tofaktor og rollebasert tilgang, logging, modellforklaringer lagres.",
    roles="Statens tilskuddsforvaltning er behandlingsansvarlig. Nordsky AS er databehandler for plattformen.",
    legal="Tilskuddsforskriften § 14 om kontroll, forvaltningsloven, personvernforordningen art. 6 nr. 1 e.",
    necessity="Riksrevisjonen har påpekt at etterkontrollen er lite målrettet. Tilfeldig utvalg finner feil i 3 prosent av sakene; en pilot med modellen fant feil i 19 prosent.",
    proportionality="Modellen brukes kun til utvelgelse. Et tilfeldig utvalg beholdes. Søkerne informeres i vedtaksbrevet.",
    safeguards=(
        "Informasjon om bruk av modell i vedtaksbrev og på nettsiden.",
        "Innsyn i hvilke faktorer som påvirket utvelgelsen.",
        "Årlig revisjon av modellen for skjevhet.",
    ),
    risks=(
        Risk(
            "Indirekte diskriminering av visse grupper (f.eks. innvandrerorganisasjoner)",
            "Middels",
            "Høy",
            "Bias-testing, tilfeldig utvalg",
            "Høy",
        ),
        Risk(
            "Uriktig mistanke skader søkerens omdømme",
            "Lav",
            "Høy",
            "Kontroll er ikke offentlig",
            "Lav",
        ),
        Risk(
            "Manglende forklarbarhet svekker retten til kontradiksjon",
            "Middels",
            "Høy",
            "Forklaringer lagres",
            "Middels",
        ),
    ),
    not_taken="Å fjerne organisasjonstype som variabel er vurdert, men ikke gjennomført fordi modellen da mister presisjon.",
    stakeholders="Frivillighet Norge, Norsk kulturråds referansegruppe og tillitsvalgte er hørt.",
    residual="Risikoen for indirekte diskriminering er høy.",
    findings="Modellen gir mer effektiv kontroll, men risikoen for indirekte diskriminering står igjen som høy.",
    processor=Proc(
        "Nordsky AS",
        "923 887 451",
        "Hoffsveien 70, 0377 Oslo",
        "Camilla Berg",
        "kundeansvarlig stat",
        "+47 930 64 118",
        "camilla.berg@nordsky.no",
    ),
)

F_SAMKJOR = Topic(
    key="f_samkjor",
    name="Sammenstilling av registerdata fra Skatteetaten, NAV og Brønnøysundregistrene for kontroll av tilskuddsmottakere",
    system="KONTROLL-REG",
    purpose="Å avdekke dobbeltfinansiering og feil opplysninger om inntekt og ansatte hos tilskuddsmottakere.",
    nature="En gang per år sammenstilles data om alle tilskuddsmottakere med opplysninger fra a-ordningen (ansatte), skattemeldingen (næringsinntekt), NAV (ytelser til enkeltpersonforetak) og Enhetsregisteret. Avvik mellom søknad og registerdata markeres for manuell kontroll.",
    scope="Ca. 15 000 mottakere. Opplysninger om inntekt, ansatte, trygdeytelser. Sammenstilt datasett slettes etter 12 måneder.",
    context="Omfattende sammenstilling av opplysninger fra flere offentlige registre om enkeltpersoner.",
    flow="Skatteetaten, NAV, Brreg → STFs egne servere → kontrollseksjonen. Ingen eksterne mottakere.",
    security="Egne servere, kryptering, tilgang for 6 saksbehandlere, logging.",
    roles="Statens tilskuddsforvaltning er behandlingsansvarlig. Ingen databehandler.",
    legal="Tilskuddsforskriften § 14 og skatteforvaltningsloven § 3-3.",
    necessity="Kontroll uten registerdata forutsetter at mottakeren selv dokumenterer inntekt og ansatte, noe som er tidkrevende for mottakerne og lite effektivt. Riksrevisjonen fant i 2025 dobbeltfinansiering i 4 prosent av tilskuddene, som ikke kan avdekkes uten sammenstilling. Stikkprøver med egendokumentasjon har ikke avdekket slike tilfeller.",
    proportionality="Sammenstillingen omfatter bare de som har mottatt tilskudd, bare de opplysningene som trengs for å sammenligne med søknaden, og datasettet slettes etter 12 måneder. Bare avvik over fastsatte terskler følges opp, og da alltid med kontradiksjon.",
    safeguards=(
        "Informasjon i søknadsskjemaet og i tilsagnsbrevet om at opplysninger kan kontrolleres mot registre.",
        "Kontradiksjon før vedtak om tilbakebetaling, med innsyn i registeropplysningene som er brukt.",
        "Tilgang for bare seks saksbehandlere, med logg som kontrolleres kvartalsvis.",
    ),
    risks=(
        Risk(
            "Feil i registerdata gir uriktig krav om tilbakebetaling",
            "Middels",
            "Høy",
            "Kontradiksjon",
            "Middels",
        ),
        Risk(
            "Sammenstilt datasett kommer på avveie",
            "Lav",
            "Svært høy",
            "Kryptering, begrenset tilgang",
            "Middels",
        ),
        Risk(
            "Formålsutglidning: datasettet brukes til andre analyser",
            "Middels",
            "Høy",
            "Sletterutine",
            "Høy",
        ),
    ),
    not_taken="Stikkprøvebasert sammenstilling er vurdert, men ikke gjennomført fordi dobbeltfinansiering da ikke avdekkes.",
    stakeholders="Frivillighet Norge og tillitsvalgte er hørt.",
    residual="Risikoen ved et omfattende sammenstilt datasett er høy.",
    findings="Sammenstillingen er effektiv, men datasettet gir høy restrisiko.",
    processor=None,
)

# --- G: Tannverket AS (nb) ------------------------------------------------------------------

G_KI = Topic(
    key="g_ki",
    name="KI-analyse av røntgenbilder for kariesdiagnostikk",
    system="Hammas Vision",
    purpose="Å hjelpe tannlegene å oppdage karies og periapikale forandringer tidligere og mer ensartet på tvers av klinikkene.",
    nature="Bitewing- og periapikale røntgenbilder sendes automatisk fra journalsystemet til leverandørens skyplattform, der en KI-modell markerer mulige funn. Markeringene vises for tannlegen i journalsystemet ved undersøkelsen. Tannlegen stiller diagnosen. Pasienten kan se markeringene på skjermen.",
    scope="Ca. 85 000 pasienter per år på 14 klinikker, herunder barn. Opplysninger: røntgenbilder, alder, pasient-ID (pseudonym). Bilder slettes hos leverandøren etter 30 dager.",
    context="Helseopplysninger behandles av en utenlandsk leverandør med KI. Pasientene forventer at røntgenbildene blir på klinikken.",
    flow="Journalsystem (Opus) → Hammas Vision Oy (Finland) → journalsystem.",
    security="Pseudonymisering, kryptering, datasenter i Finland, ISO 27001.",
    roles="Tannverket AS er behandlingsansvarlig. Hammas Vision Oy er databehandler.",
    legal="Pasientjournalloven § 6, helsepersonelloven § 39, personvernforordningen art. 9 nr. 2 h.",
    necessity="Studier viser at tannleger overser 20-40 prosent av tidlige kariesskader. KI-støtte gir mer ensartet diagnostikk.",
    proportionality="Kun røntgenbilder, pseudonymisert. Pasienter kan reservere seg.",
    safeguards=(
        "Informasjon på klinikkene og i bookingbekreftelsen.",
        "Reservasjonsrett ved timebestilling.",
        "Tannlegen stiller alltid diagnosen.",
    ),
    risks=(
        Risk(
            "Overbehandling pga. falske positive", "Middels", "Høy", "Tannlegen vurderer", "Middels"
        ),
        Risk(
            "Overføring til Finland uten tilstrekkelig kontroll",
            "Lav",
            "Høy",
            "Databehandleravtale, revisjon",
            "Lav",
        ),
        Risk(
            "Bilder brukes til trening av modellen", "Middels", "Høy", "Forbud i avtalen", "Middels"
        ),
        Risk(
            "Barn og foresatte forstår ikke KI-bruken",
            "Høy",
            "Middels",
            "Tilpasset informasjon",
            "Høy",
        ),
    ),
    not_taken="Lokal installasjon av modellen er vurdert, men ikke gjennomført fordi leverandøren ikke tilbyr det.",
    stakeholders="Klinikksjefene, tannhelsesekretærene og personvernombudet er hørt, og fem pasienter ble intervjuet.",
    residual="Risikoen for overbehandling og manglende forståelse hos barn er høy.",
    findings="KI-støtte vil forbedre diagnostikken, men restrisikoen er høy.",
    processor=Proc(
        "Hammas Vision Oy",
        "FI 3214587-6",
        "Itämerenkatu 11, 00180 Helsinki, Finland",
        "Aino Virtanen",
        "Customer Success Manager",
        "+358 40 771 2290",
        "aino.virtanen@hammasvision.fi",
    ),
)

G_ANSIKT = Topic(
    key="g_ansikt",
    name="Selvbetjent innsjekk med ansiktsgjenkjenning på klinikkene",
    system="FaceIn Clinic",
    purpose="Å korte ned køen i resepsjonen og frigjøre tannhelsesekretærene til pasientarbeid.",
    nature="Pasienter som samtykker, registrerer et ansiktsbilde i appen. Ved ankomst gjenkjenner en kiosk i venterommet pasienten og sjekker inn timen. Pasienter uten samtykke sjekker inn med personnummer eller i resepsjonen.",
    scope="Forventet 30 000 pasienter som samtykker. Opplysninger: biometrisk mal, timeinformasjon. Malen slettes når pasienten trekker samtykket eller etter 24 måneder uten besøk.",
    context="Biometri i et helsetjenesteforhold; pasienter kan oppleve press til å samtykke.",
    flow="Kiosk → Checkin Solutions AB (Sverige) → journalsystem.",
    security="Malen lagres kryptert, bildet slettes etter malberegning, kiosken lagrer ingenting.",
    roles="Tannverket AS er behandlingsansvarlig. Checkin Solutions AB er databehandler.",
    legal="Samtykke, art. 9 nr. 2 a.",
    necessity="Ventetiden i resepsjonen er i snitt 7 minutter i rushtid, og tannhelsesekretærene bruker opptil 40 prosent av arbeidstiden i resepsjonen. Innsjekk med personnummer på kiosk er prøvd på to klinikker, men ble lite brukt fordi pasientene opplevde det som utrygt å taste personnummer i venterommet. Gjenkjenning er den eneste løsningen som både er rask og ikke viser personopplysninger på skjermen.",
    proportionality="Løsningen er frivillig, og alternativ innsjekk finnes alltid. Bare en matematisk mal lagres, ikke bildet, og malen brukes ikke til noe annet enn innsjekk. Barn under 16 år omfattes ikke.",
    safeguards=(
        "Samtykke i appen med enkel tilbaketrekking, og sletting av malen innen 24 timer.",
        "Alternativ innsjekk alltid tilgjengelig, uten at pasienten må forklare hvorfor.",
        "Informasjon på plakat og i appen om hvordan løsningen virker.",
    ),
    risks=(
        Risk(
            "Lekkasje av biometriske maler",
            "Lav",
            "Svært høy",
            "Kryptering, separat nøkkel",
            "Middels",
        ),
        Risk("Samtykke ikke frivillig", "Middels", "Høy", "Likeverdig alternativ", "Middels"),
        Risk(
            "Feilgjenkjenning gir feil pasient innsjekket",
            "Lav",
            "Middels",
            "Bekreftelse med fødselsdato",
            "Lav",
        ),
    ),
    not_taken="QR-kode-innsjekk uten biometri er vurdert, men ikke valgt fordi pasientene glemmer telefonen.",
    stakeholders="Pasientpanelet og personvernombudet er hørt.",
    residual="Risikoen ved lekkasje av biometriske maler er høy.",
    findings="Innsjekk blir raskere, men biometriske maler gir høy restrisiko.",
    processor=Proc(
        "Checkin Solutions AB",
        "SE 559201-4478",
        "Kungsgatan 8, 111 43 Stockholm, Sverige",
        "Erik Lindqvist",
        "Key Account Manager",
        "+46 8 502 447 10",
        "erik.lindqvist@checkinsolutions.se",
    ),
)

# --- H: Fjordlegene AS (nb) -----------------------------------------------------------------

H_TALE = Topic(
    key="h_tale",
    name="KI-basert taleassistent som lager journalutkast fra konsultasjonen",
    system="Journalstemme",
    purpose="Å redusere tiden fastlegene bruker på dokumentasjon, slik at de får mer tid til pasientene.",
    nature="Med pasientens samtykke tar legens PC opp lyden i konsultasjonen. Lydopptaket sendes til Journalstemme AS, der en språkmodell transkriberer og lager et strukturert journalutkast (anamnese, funn, vurdering, tiltak). Legen leser, retter og godkjenner utkastet før det lagres i journalsystemet. Lydopptaket slettes når utkastet er laget, senest etter 24 timer.",
    scope="12 fastleger på fem legekontor, ca. 14 000 listepasienter, ca. 40 000 konsultasjoner per år. Opplysninger: lyd av samtalen, helseopplysninger, tredjepersonsopplysninger som nevnes.",
    context="Samtalen mellom lege og pasient er svært fortrolig. Pasienter kan ha vanskelig for å si nei når legen spør.",
    flow="Legens PC → Journalstemme AS (Norge), med språkmodell hos underleverandør i EU (Azure, Sverige) → journalsystemet (CGM).",
    security="Kryptering, ingen lagring av lyd etter 24 t, underleverandør i EU, tilgang logget.",
    roles="Fjordlegene AS er behandlingsansvarlig. Journalstemme AS er databehandler.",
    legal="Helsepersonelloven § 39 og § 40, pasientjournalloven § 6, personvernforordningen art. 9 nr. 2 h. Samtykke til lydopptak.",
    necessity="Legene bruker i snitt 2,5 timer per dag på dokumentasjon. Diktering til sekretær er prøvd, men ga ikke tidsbesparelse.",
    proportionality="Opptak kun med samtykke, lyd slettes raskt, legen godkjenner alt.",
    safeguards=(
        "Muntlig spørsmål om samtykke før hver konsultasjon, og plakat på venterommet.",
        "Pasienten kan be om at opptak stoppes.",
        "Ingen bruk av lyd til trening.",
    ),
    risks=(
        Risk(
            "Feil i journalutkastet som legen ikke oppdager",
            "Middels",
            "Høy",
            "Legen godkjenner, opplæring",
            "Middels",
        ),
        Risk(
            "Pasienten tør ikke si nei",
            "Høy",
            "Middels",
            "Samtykke spørres før legen er i rommet",
            "Høy",
        ),
        Risk("Lydopptak kommer på avveie", "Lav", "Svært høy", "Kryptering, sletting", "Lav"),
    ),
    not_taken="Lokal transkripsjon på legekontoret er vurdert, men ikke gjennomført fordi det krever utstyr legekontorene ikke har.",
    stakeholders="Legene, helsesekretærene og en pasientgruppe på seks personer er hørt.",
    residual="Risikoen for at samtykket ikke er frivillig, er høy.",
    findings="Taleassistenten sparer tid, men frivilligheten i samtykket er et høyt restrisikopunkt.",
    processor=Proc(
        "Journalstemme AS",
        "931 204 558",
        "Innherredsveien 7, 7014 Trondheim",
        "Petter Sandvik",
        "daglig leder",
        "+47 452 88 106",
        "petter@journalstemme.no",
    ),
)

H_TRIAGE = Topic(
    key="h_triage",
    name="Digital symptomtriage med chatbot før timebestilling",
    system="Legevakta Digital",
    purpose="Å sortere henvendelser etter hastegrad og sende pasienten til riktig tilbud.",
    nature="Pasienter som bestiller time på nett, svarer på spørsmål fra en chatbot om symptomer. Chatboten foreslår hastegrad og type time (video, oppmøte, e-konsultasjon) og sender oppsummeringen til legekontoret. Helsesekretær bekrefter timen.",
    scope="Ca. 25 000 henvendelser per år. Opplysninger: symptomer, helseopplysninger, kontaktinformasjon.",
    context="Helseopplysninger i en automatisert løsning; feil hastegrad kan være alvorlig.",
    flow="Pasient → Triagetjenester AS (Norge) → legekontoret.",
    security="Innlogging med BankID via helsenorge, kryptering, lagring i Norge.",
    roles="Fjordlegene AS er behandlingsansvarlig. Triagetjenester AS er databehandler.",
    legal="Pasientjournalloven § 6, personvernforordningen art. 9 nr. 2 h.",
    necessity="Telefonkøen ved de fem kontorene er i snitt 23 minutter om morgenen, og i 2025 ga 1 900 pasienter opp før de kom fram. Helsesekretærene bruker mye tid på enkle henvendelser, mens pasienter med alvorlige symptomer venter i samme kø. En strukturert forhåndsvurdering er nødvendig for å sortere etter hastegrad. Vi har prøvd et enkelt nettskjema uten hastegradsforslag, men det ga ufullstendige opplysninger og like mye oppringing.",
    proportionality="Chatboten spør bare om symptomer som trengs for å vurdere hastegrad (om lag 12 spørsmål) og lagrer oppsummeringen i journalen, ikke hele dialogen. Pasienten kan alltid ringe i stedet, og helsesekretær overprøver alle forslag. Samtaledata slettes hos leverandøren etter 3 måneder. Vi mener dette står i rimelig forhold til gevinsten i tilgjengelighet og riktig prioritering.",
    safeguards=(
        "Alternativ telefonkontakt er alltid tilgjengelig.",
        "Tydelig informasjon om at chatboten ikke stiller diagnose, og om hvem som ser svarene.",
        "Pasienten får kopi av oppsummeringen og kan be om retting.",
        "Akutte symptomer gir straks beskjed om å ringe 113 eller legevakt.",
    ),
    risks=(
        Risk(
            "Feil hastegrad forsinker behandling",
            "Middels",
            "Svært høy",
            "Helsesekretær vurderer alle henvendelser samme dag",
            "Høy",
        ),
        Risk(
            "Eldre og personer med lav digital kompetanse får dårligere tilgang",
            "Høy",
            "Middels",
            "Telefon beholdes, eget telefonnummer for eldre",
            "Middels",
        ),
        Risk(
            "Opplysninger lagres lenger enn nødvendig",
            "Lav",
            "Middels",
            "Sletting etter 3 måneder",
            "Lav",
        ),
        Risk(
            "Uvedkommende får tilgang til symptomopplysninger",
            "Lav",
            "Høy",
            "BankID, kryptering, tilgangslogg",
            "Lav",
        ),
    ),
    not_taken="Å la lege vurdere alle henvendelser er vurdert, men ikke mulig kapasitetsmessig.",
    stakeholders="Helsesekretærene og Eldrerådet i kommunen er hørt.",
    residual="Risikoen for feil hastegrad er høy.",
    findings="Chatboten gir raskere sortering, men feil hastegrad er en høy restrisiko.",
    processor=Proc(
        "Triagetjenester AS",
        "928 440 219",
        "Pilestredet 28, 0166 Oslo",
        "Hanne Kvam",
        "kundesjef",
        "+47 986 02 417",
        "hanne.kvam@triagetjenester.no",
    ),
)

# --- I: Omsorgshusene Norge AS (nb) ---------------------------------------------------------

I_NATT = Topic(
    key="i_natt",
    name="Sensorbasert nattilsyn med optisk sensor og fallvarsling på sykehjemmene",
    system="Nattro Omsorg",
    purpose="Å oppdage fall og uro om natten raskere og redusere antall forstyrrende fysiske tilsyn hos beboerne.",
    nature="Beboerrommene på seks sykehjem utstyres med en takmontert optisk sensor som ser rommet som et grovt omriss (ikke gjenkjennbart ansikt). Systemet varsler nattevakten ved fall, når beboeren forlater sengen eller rommet, og ved uvanlig lang inaktivitet. Nattevakten kan se omrissbilde i sanntid ved varsel. Hendelser lagres i 30 dager.",
    scope="Ca. 310 beboere, de fleste med demens, og ca. 80 ansatte i nattjenesten. Opplysninger: omrissbilder, bevegelsesdata, hendelseslogg, helseopplysninger om fallrisiko.",
    context="Beboerne bor på sykehjemmet; rommet er deres hjem. De fleste har ikke samtykkekompetanse.",
    flow="Sensor → Nattro Teknologi AS (sky i Norge) → nattevaktens telefon. Hendelser av betydning dokumenteres i journalen i fagsystemet Profil.",
    security="Kryptering, tofaktor, logging av alle visninger, ingen lagring av bilde.",
    roles="Omsorgshusene Norge AS er behandlingsansvarlig som tjenesteyter etter avtale med vertskommunene. Nattro Teknologi AS er databehandler.",
    legal="Helse- og omsorgstjenesteloven, pasient- og brukerrettighetsloven kap. 4 og 4A, personvernforordningen art. 9 nr. 2 h.",
    necessity="Det var 212 fall om natten på våre sykehjem i 2025, og i 38 av tilfellene ble beboeren liggende mer enn en time før hun ble funnet. Faste tilsyn hver annen time vekker beboerne, gir uro og økt bruk av beroligende medisiner, og fanger likevel ikke opp fall mellom rundene. Ren bevegelsessensor og sengematte er prøvd på to avdelinger, men ga så mange falske varsler at nattevakten sluttet å stole på dem. Optisk sensor er nødvendig for å skille fall fra ufarlige bevegelser.",
    proportionality="Sensoren viser bare et grovt omriss, ikke et gjenkjennbart bilde, og omrisset vises bare ved varsel. Ingen bilder lagres. Sensoren brukes bare for beboere der tverrfaglig team etter en individuell vurdering har funnet at nytten er større enn ulempen, og tiltaket evalueres hver tredje måned. Bad og toalett er ikke dekket.",
    safeguards=(
        "Beboer og pårørende informeres muntlig og skriftlig før oppstart, og synlig merking i rommet.",
        "Vedtak etter pasient- og brukerrettighetsloven kap. 4A ved motstand, med overprøving hos Statsforvalteren.",
        "Kvartalsvis evaluering per beboer, og avslutning når tiltaket ikke lenger er nødvendig.",
        "Innsyn i hendelsesloggen for beboer og nærmeste pårørende.",
    ),
    risks=(
        Risk(
            "Krenkelse av beboerens verdighet og privatliv",
            "Middels",
            "Høy",
            "Omriss, ingen lagring",
            "Høy",
        ),
        Risk("Ansatte ser bilder uten varsel", "Lav", "Høy", "Logg og kontroll", "Lav"),
        Risk(
            "Teknisk svikt gjør at fall ikke oppdages",
            "Middels",
            "Svært høy",
            "Daglig test, fallback til tilsyn",
            "Middels",
        ),
    ),
    not_taken="Kun radarsensor uten optikk er vurdert, men ikke valgt pga. mange falske varsler.",
    stakeholders="Pårørendeutvalget, tillitsvalgte, verneombud og personvernombudet er hørt.",
    residual="Risikoen for krenkelse av beboere uten samtykkekompetanse er høy.",
    findings="Systemet reduserer fall og uro, men restrisikoen for beboere uten samtykkekompetanse er høy.",
    processor=Proc(
        "Nattro Teknologi AS",
        "925 319 770",
        "Brattørkaia 17A, 7010 Trondheim",
        "Vegard Strand",
        "kundeansvarlig",
        "+47 934 50 882",
        "vegard.strand@nattro.no",
    ),
)

I_GPS = Topic(
    key="i_gps",
    name="GPS-lokalisering av beboere med demens (trygghetsspor)",
    system="Trygghetsspor",
    purpose="Å gi beboere med demens mulighet til å gå tur på egen hånd og finne dem raskt hvis de går seg bort.",
    nature="Beboere får en klokke eller et smykke med GPS. Personalet definerer et trygt område (geofence). Går beboeren ut av området, varsles personalet som kan se posisjonen på kart. Posisjonshistorikk lagres i 7 dager.",
    scope="Ca. 60 beboere med demens på fire av sykehjemmene, og ca. 90 ansatte som kan motta varsel. Opplysninger: navn, rom, posisjon ved varsel og søk, posisjonshistorikk i 7 dager, vedtak etter § 4-6 a og kontaktopplysninger til nærmeste pårørende.",
    context="Beboerne mangler i hovedsak samtykkekompetanse, og lokalisering kan oppleves som en begrensning av frihet og verdighet. Samtidig er alternativet låste dører. Posisjonsdata kan vise hvor beboeren oppholder seg også utenfor sykehjemmet, for eksempel hos familie eller i kirken.",
    flow="GPS-enheten sender posisjon til Trygghetsspor AS sin plattform (datasenter i Norge). Varsel og kart vises i personalets app på tjenestetelefonen. Kilder: enheten og vedtaket i fagsystemet. Mottakere: vakthavende personale; ved savnet beboer kan posisjonen gis til politiet. Pårørende får ikke tilgang.",
    security="Kryptering under overføring og lagring, tofaktor i appen, tilgang kun for vakthavende på avdelingen, logging av alle oppslag, sletting etter 7 dager.",
    roles="Omsorgshusene Norge AS er behandlingsansvarlig. Trygghetsspor AS er databehandler.",
    legal="Helse- og omsorgstjenesteloven § 9-7, pasient- og brukerrettighetsloven § 4-6 a.",
    necessity="Flere beboere med demens har sterk uro og vandringstrang. I 2025 ble 14 beboere meldt savnet, to av dem funnet nedkjølt. Alternativet i dag er låste avdelingsdører og følge av personale på tur, som begrenser friheten mer og ofte ikke er mulig med bemanningen. Lokalisering er nødvendig for at beboerne skal kunne gå ut alene innenfor et avtalt område.",
    proportionality="Posisjon vises bare når beboeren går ut av det avtalte området, eller når personalet aktivt søker etter en savnet beboer, og hvert oppslag logges. Historikk lagres i 7 dager. Tiltaket vurderes individuelt, evalueres hver tredje måned og avsluttes når det ikke lenger er nødvendig.",
    safeguards=(
        "Individuelt vedtak etter pasient- og brukerrettighetsloven § 4-6 a, med informasjon til pårørende og Statsforvalteren.",
        "Pårørende og beboer involveres i valg av trygt område.",
        "Enheten kan tas av når beboeren er sammen med pårørende.",
        "Logg over alle oppslag kontrolleres månedlig.",
    ),
    risks=(
        Risk(
            "Sporingen oppleves som kontinuerlig overvåking og krenker beboerens frihet og verdighet",
            "Middels",
            "Høy",
            "Posisjon kun ved varsel, individuell vurdering",
            "Høy",
        ),
        Risk(
            "Uautorisert tilgang til posisjon (f.eks. ansatt som følger med på en beboer uten grunn)",
            "Lav",
            "Høy",
            "Tofaktor, logg, kontroll",
            "Lav",
        ),
        Risk(
            "Enheten svikter (batteri) og beboeren blir ikke funnet",
            "Middels",
            "Svært høy",
            "Daglig lading i rutine, varsel ved lavt batteri",
            "Middels",
        ),
    ),
    not_taken="Sanntidsvisning for pårørende er vurdert og avvist.",
    stakeholders="Pårørendeutvalget og personvernombudet er hørt.",
    residual="Risikoen for krenkelse av bevegelsesfrihet er høy.",
    findings="GPS gir mer frihet enn låste dører, men restrisikoen er høy.",
    processor=Proc(
        "Trygghetsspor AS",
        "927 648 013",
        "Kanalveien 54, 5068 Bergen",
        "Marit Aasen",
        "kundeansvarlig",
        "+47 948 77 312",
        "marit.aasen@trygghetsspor.no",
    ),
)

# --- J: HELIX-CARE consortium (en) ----------------------------------------------------------

J_WEAR = Topic(
    key="j_wear",
    name="HELIX-CARE WP3 Norwegian pilot: wearable-based early detection of depressive relapse in older adults",
    system="HELIX Sense platform",
    purpose="To test whether passive data from a wrist-worn sensor and a smartphone can predict depressive relapse in adults aged 65+ early enough for clinicians to intervene.",
    nature="Participants recruited through old-age psychiatry outpatient clinics wear a sensor watch for 12 months. The watch records heart rate variability, sleep, step count and coarse location (home / not home). A smartphone app collects weekly PHQ-9 questionnaires and voice samples (30 seconds of free speech). A machine learning model computes a weekly relapse-risk score which is shown to the treating clinician in a research dashboard. Clinicians decide any follow-up.",
    scope="220 participants in Norway (of 900 across five countries). Data: health data, sensor data, voice recordings, questionnaire answers, pseudonymised ID. Data are kept for 10 years after project end as required for research integrity.",
    context="Older adults with depression are vulnerable; some may have reduced capacity. Continuous monitoring in the home is intrusive. Data are shared across a consortium of nine partners.",
    flow="Watch and app → HELIX Sense platform operated by DataVault Research GmbH (Frankfurt, Germany) → research dashboard for Norwegian clinicians; pseudonymised datasets to WP5 analysis partners in Belgium and the Netherlands. The key linking ID to identity stays with Fjordheim Research Foundation in Norway.",
    security="Pseudonymisation at source, encryption in transit and at rest, access via eduGAIN with MFA, audit logging, annual penetration testing, ISO 27001 hosting.",
    roles="Fjordheim Research Foundation (Norway) and Scheldt University Hospital (coordinator, Belgium) are joint controllers under a joint controllership arrangement (Art. 26). DataVault Research GmbH is processor.",
    legal="Art. 6(1)(e) and Art. 9(2)(j) GDPR, the Norwegian Health Research Act (helseforskningsloven) with approval from the Regional Committee for Medical and Health Research Ethics (REK), consent as ethical safeguard.",
    necessity="Current follow-up relies on patients reporting symptoms, which often happens late. Passive monitoring is the only way to test early-warning signals. Smaller samples or shorter periods cannot detect relapse, which occurs in roughly 30 percent over 12 months.",
    proportionality="Only coarse location (home / not home), no GPS tracks. Voice samples are processed into features and raw audio deleted after 30 days. Participants can pause the watch.",
    safeguards=(
        "Informed consent with easy-read version and involvement of next of kin where the participant wishes.",
        "Right to withdraw at any time, with deletion of data not yet analysed.",
        "Participant advisory board reviews information material.",
        "No automated decisions; the score is only shown to clinicians.",
    ),
    risks=(
        Risk(
            "Re-identification of participants from voice recordings",
            "Medium",
            "High",
            "Raw audio deleted after 30 days; features only",
            "Medium",
        ),
        Risk(
            "Participants feel surveilled, causing distress or withdrawal",
            "Medium",
            "High",
            "Pause button, advisory board",
            "Medium",
        ),
        Risk(
            "A high-risk score is not acted upon and a participant deteriorates",
            "Low",
            "Very high",
            "Clinical protocol for follow-up",
            "High",
        ),
        Risk(
            "Transfer to partners outside Norway without adequate control",
            "Low",
            "High",
            "Consortium agreement, DPA, EU-only",
            "Low",
        ),
    ),
    not_taken="Processing on the device only (edge computing) was considered but not adopted because the model cannot yet run on the watch.",
    stakeholders="The participant advisory board (eight older adults), the Norwegian user organisation Mental Helse, clinicians and the DPOs of both joint controllers were consulted.",
    residual="The residual risk of continuous home monitoring of a vulnerable group remains high.",
    findings="The pilot can deliver important knowledge, but continuous monitoring of a vulnerable group leaves a high residual risk.",
    processor=Proc(
        "DataVault Research GmbH",
        "HRB 118 402 (Frankfurt am Main)",
        "Mainzer Landstraße 176, 60327 Frankfurt am Main, Germany",
        "Dr. Katrin Vogel",
        "Head of Research Data Services",
        "+49 69 2475 3310",
        "k.vogel@datavault-research.de",
    ),
)

J_GEN = Topic(
    key="j_gen",
    name="HELIX-CARE WP5: linkage of Norwegian registry data with genomic data for federated analysis",
    system="HELIX Federated Node",
    purpose="To study genetic and clinical predictors of late-life depression by linking Norwegian registry data with genotype data in a federated model across five countries.",
    nature="Genotype data from an existing Norwegian biobank cohort are linked with data from the Norwegian Patient Registry and the Prescription Database. The linked dataset stays on a secure node in Norway; consortium partners send analysis code and receive aggregated results only.",
    scope="About 12,000 Norwegian cohort participants. Data: genotype, diagnoses, prescriptions, age, sex.",
    context="Genetic data are unique and permanent; linkage with registries increases the re-identification risk.",
    flow="Biobank and registries → secure node at Fjordheim (TSD-like environment operated by DataVault Research GmbH) → aggregated results to partners.",
    security="Isolated environment, no export of row-level data, output checking.",
    roles="Fjordheim Research Foundation is controller for the Norwegian node. DataVault Research GmbH is processor.",
    legal="Art. 6(1)(e), Art. 9(2)(j), helseforskningsloven, REK approval.",
    necessity="Late-life depression with genotype data is too rare in single-country cohorts to study genetic predictors with sufficient power; the Norwegian cohort contributes about 1,400 cases. Registry linkage is needed because diagnoses and prescriptions are not recorded in the cohort itself. A federated set-up avoids transferring row-level data.",
    proportionality="Row-level data stay in Norway; only aggregated results with cell sizes above 10 leave the node. Only the variables in the approved analysis plan are linked, and the linked dataset is deleted at project end.",
    safeguards=(
        "The original consent covers research on mental health; updated information is published on the cohort website and sent to living participants.",
        "Participants can opt out, and their data are removed before the next analysis round.",
        "Output checking of all results by the Norwegian node before release.",
    ),
    risks=(
        Risk(
            "Re-identification from aggregated results (small cells)",
            "Medium",
            "High",
            "Output checking, cell size > 10",
            "Medium",
        ),
        Risk("Use beyond original consent", "Medium", "High", "REK approval", "High"),
    ),
    not_taken="Re-consent of all participants was considered but not adopted: many have died or cannot be reached.",
    stakeholders="The cohort's participant council and the DPOs were consulted.",
    residual="The risk of use beyond the original consent remains high.",
    findings="The linkage enables unique research but use beyond original consent remains a high residual risk.",
    processor=Proc(
        "DataVault Research GmbH",
        "HRB 118 402 (Frankfurt am Main)",
        "Mainzer Landstraße 176, 60327 Frankfurt am Main, Germany",
        "Dr. Katrin Vogel",
        "Head of Research Data Services",
        "+49 69 2475 3310",
        "k.vogel@datavault-research.de",
    ),
)
