# ruff: noqa: E501
"""Twenty planned processings, two per sender, in the sender's own language and words."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Processor:
    org: str
    orgnr: str
    address: str
    person: str
    phone: str
    email: str


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    desc: str  # nature, purpose, context
    scope: str  # categories of data and people, volume
    flow: str  # sources, recipients, storage, retention
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    risks: tuple[tuple[str, int, int, str], ...]  # (risk, likelihood 1-5, consequence 1-5, measure)
    not_taken: str
    legal: str  # the legal basis as the sender cites it
    processor: Processor | None = None
    extra: dict[str, str] = field(default_factory=dict)


A1 = Topic(
    key="A1",
    title="Digitalt tilsyn med sensorer i omsorgsboliger",
    desc="Nordvik kommune skal innføre digitalt tilsyn om natten i 42 omsorgsboliger i Solbakken og Elvetun. Bevegelsessensorer, dørsensorer og en optisk sensor som viser en anonymisert silhuett (ikke bilde) varsler nattpatruljen ved fall, uro eller at beboeren forlater boligen. Formålet er å erstatte deler av de fysiske tilsynsrundene som vekker beboerne, og å oppdage fall raskere.",
    scope="Beboerne er eldre og personer med demens eller utviklingshemming, mange uten samtykkekompetanse. Det behandles helseopplysninger (varsler, bevegelsesmønster, fall), navn, boligadresse og vedtak om tjenester. Om lag 42 beboere og 60 ansatte i turnus.",
    flow="Sensorene sender hendelser til leverandørens responsplattform (driftet i Norge), som videreformidler varsel til nattpatruljens telefoner. Varsler dokumenteres i journalsystemet Profil av den ansatte som rykker ut. Hendelseslogg slettes hos leverandør etter 90 dager. Pårørende får ikke tilgang.",
    necessity="Dagens tilsynsrunder hver annen time forstyrrer søvnen og gir likevel sene oppdagelser av fall (gjennomsnittlig 47 minutter i 2025). Kommunen har vurdert økt bemanning, men har ikke personell til det. Digitalt tilsyn gir raskere hjelp med mindre inngripen enn kamera.",
    proportionality="Silhuettsensoren viser aldri bilde, og den er bare aktiv kl. 22-07. Tiltaket vedtas individuelt for hver beboer etter helse- og omsorgstjenesteloven kapittel 9 der beboeren motsetter seg, ellers etter samtykke eller vurdering av hypotetisk samtykke, og evalueres hver tredje måned.",
    safeguards=(
        "individuelt vedtak og evaluering hver tredje måned",
        "informasjon til beboer og pårørende i lettlest form",
        "tilgang bare for nattpatruljen med personlig pålogging",
        "sletting av logg etter 90 dager",
    ),
    risks=(
        (
            "Beboer overvåkes uten gyldig samtykke eller vedtak",
            3,
            4,
            "Sjekkliste for samtykkekompetanse; vedtak før oppstart",
        ),
        (
            "Silhuettbilder eller logg kommer på avveie hos leverandør",
            2,
            4,
            "Databehandleravtale, kryptering, tilgangsstyring og revisjon",
        ),
        (
            "Falsk trygghet: varsel uteblir og fall oppdages ikke",
            3,
            5,
            "Ukentlig test av sensorer; fysisk runde ved feil",
        ),
        (
            "Kartlegging av beboerens vaner ut over formålet",
            2,
            3,
            "Bare hendelser lagres, ikke kontinuerlige bevegelsesdata",
        ),
    ),
    not_taken="Kamera med bilde ved alarm ble vurdert, men forkastet fordi det er for inngripende i beboerens hjem.",
    legal="GDPR art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstjenesteloven § 3-1 og kapittel 9, pasient- og brukerrettighetsloven § 4-6a",
    processor=Processor(
        "Tryggsens AS",
        "918 224 503",
        "Industriveien 14, 8006 Bodø",
        "Marius Dahl",
        "481 22 903",
        "marius.dahl@tryggsens.no",
    ),
)

A2 = Topic(
    key="A2",
    title="Chat og digital timebestilling i helsestasjon og skolehelsetjenesten",
    desc="Helsestasjon og skolehelsetjenesten i Nordvik skal ta i bruk en digital plattform der ungdom fra 13 år kan chatte anonymt eller innlogget med helsesykepleier, og foreldre kan bestille time og motta innkallinger. Formålet er å senke terskelen for å ta kontakt om psykisk helse, seksualitet og rus.",
    scope="Rundt 2 300 elever på ungdomstrinn og videregående og 900 foreldre med barn under 6 år. Chatten kan inneholde særlige kategorier (helse, seksuell orientering), og opplysninger om barn.",
    flow="Chatten går via leverandørens skyplattform med lagring i EU. Samtaler som gir grunnlag for oppfølging journalføres manuelt i HsPro. Anonyme samtaler slettes etter 30 dager. Ingen opplysninger går til foreldre uten at ungdommen samtykker, jf. pasient- og brukerrettighetsloven § 3-4.",
    necessity="Henvendelser til skolehelsetjenesten har gått ned selv om behovet øker. Ungdom sier i brukerundersøkelsen at de heller skriver enn ringer. Telefon og drop-in videreføres, men når ikke de som ikke vil bli sett på helsesykepleiers kontor.",
    proportionality="Anonym chat krever ingen innlogging og logger ikke IP-adresse. Innlogget chat brukes bare der ungdommen selv velger det. Chatten er åpen tre ettermiddager i uka og bemannes av helsesykepleiere.",
    safeguards=(
        "anonym modus uten IP-logging",
        "innlogging med ID-porten på høyt nivå for innlogget modus",
        "sletting av anonyme samtaler etter 30 dager",
        "opplæring i taushetsplikt overfor foreldre",
    ),
    risks=(
        (
            "Foreldre får innsyn i ungdommens henvendelser via felles enhet",
            3,
            4,
            "Ingen varsler på låseskjerm; automatisk utlogging",
        ),
        (
            "Leverandøren bruker samtaledata til å utvikle egne tjenester",
            2,
            4,
            "Forbud i databehandleravtalen; revisjonsrett",
        ),
        (
            "Alvorlig bekymring i anonym chat kan ikke følges opp",
            3,
            5,
            "Rutine for å be om kontakt og varsle ved fare for liv",
        ),
    ),
    not_taken="Automatisk oversetting av chat ble vurdert, men ikke innført fordi teksten da må sendes til en tredjepart utenfor EØS.",
    legal="GDPR art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstjenesteloven § 3-2 første ledd nr. 1 og forskrift om helsestasjons- og skolehelsetjenesten",
    processor=Processor(
        "Helsechat Norge AS",
        "925 117 840",
        "Kongens gate 9, 7011 Trondheim",
        "Silje Berg",
        "922 10 447",
        "silje.berg@helsechat.no",
    ),
)

B1 = Topic(
    key="B1",
    title="Kamera på renovasjonsbiler med automatisk registrering av feilsortering",
    desc="MVR IKS skal montere kameraer over løfteanordningen på 24 renovasjonsbiler. Når en beholder tømmes, tas et bilde av innholdet, og en bildeanalyse merker feilsortering. Bildet knyttes til beholderens RFID-brikke og dermed til abonnenten, som får en melding og ved gjentatte avvik et gebyr.",
    scope="Om lag 31 000 husstander i fem eierkommuner. Bildene kan vise brev, medisinpakninger, bleier og andre gjenstander som sier noe om husstanden. Kameraene fanger også opp gateløp og forbipasserende når bilen står stille.",
    flow="Bilder lastes opp via mobilnett til leverandørens plattform (Norge). Avvik vises i MVRs kundesystem og sendes som SMS til abonnenten. Bilder uten avvik slettes etter 24 timer, bilder med avvik etter 12 måneder eller når en klagesak er avsluttet.",
    necessity="Feilsorteringen i matavfall er 14 prosent og gir høye kostnader ved biogassanlegget. Informasjonskampanjer de siste tre årene har ikke hatt målbar effekt. Stikkprøver for hånd gir ikke grunnlag for gebyr etter forskriften.",
    proportionality="Kameraet tar bare bilde i løfteøyeblikket og er rettet ned i bilens trakt. Ansikter og skilt i bakgrunnen sladdes automatisk. Første avvik gir bare informasjon, ikke gebyr.",
    safeguards=(
        "automatisk sladding av personer og kjøretøy",
        "rett til å se bildet og klage før gebyr",
        "tilgang bare for to kundebehandlere",
        "kort lagringstid for bilder uten avvik",
    ),
    risks=(
        (
            "Bilder avslører helseforhold eller andre private forhold i husstanden",
            4,
            3,
            "Bildeanalysen lagrer bare kategori; bildet slettes etter klagefrist",
        ),
        (
            "Feil kobling mellom brikke og abonnent gir urettmessig gebyr",
            3,
            3,
            "Manuell kontroll før gebyr; klageadgang",
        ),
        ("Forbipasserende filmes", 3, 2, "Opptak bare i løfteøyeblikket; sladding"),
        (
            "Leverandøren gjenbruker bilder til å trene modellen",
            2,
            3,
            "Avtalefestet forbud; revisjon",
        ),
    ),
    not_taken="Kontinuerlig filming for å dokumentere hendelser med bilen ble avvist som uforholdsmessig.",
    legal="GDPR art. 6 nr. 1 bokstav e, jf. forurensningsloven § 30 og renovasjonsforskriften for eierkommunene",
    processor=Processor(
        "Renotech Systems AS",
        "923 456 781",
        "Havnegata 3, 8514 Narvik",
        "Jonas Vik",
        "915 44 210",
        "jonas.vik@renotech.no",
    ),
)

B2 = Topic(
    key="B2",
    title="Adgangskontroll med skiltgjenkjenning ved gjenvinningsstasjonene",
    desc="MVR IKS skal innføre automatisk adgangskontroll ved fire gjenvinningsstasjoner. Kameraer leser bilens registreringsnummer ved bommen og slår opp mot en liste over abonnenter som har registrert bilen i Min side. Formålet er å hindre at næringsavfall leveres gratis og å telle antall besøk per husstand.",
    scope="Om lag 110 000 passeringer i året. Registreringsnummer, tidspunkt, stasjon, abonnentnummer og adresse. Også ikke-registrerte bilers skilt blir lest.",
    flow="Skiltbildet tolkes lokalt i kameraet; bare teksten sendes til leverandørens skytjeneste. Passeringer knyttes til abonnent og lagres i 13 måneder for fakturering av besøk over kvoten. Uregistrerte skilt slettes etter 7 døgn.",
    necessity="Omtrent en av fem besøkende leverer etter anslag næringsavfall uten å betale. Manuell kontroll i porten gir kø og konflikter med de ansatte. Kort med brikke ble prøvd i 2024 og ble delt mellom virksomheter.",
    proportionality="Bare registreringsnummer lagres, ikke bilde av fører. Besøkstall brukes bare ved over 24 besøk per år. Innbyggere kan velge å bruke engangskode i stedet for skiltregistrering.",
    safeguards=(
        "engangskode som alternativ",
        "sletting av uregistrerte skilt etter 7 døgn",
        "ingen bilder av fører lagres",
        "skilting ved innkjøring",
    ),
    risks=(
        (
            "Bevegelsesmønster for enkeltpersoner kan kartlegges",
            2,
            3,
            "Bare stasjon og dato; ingen deling med politi uten rettslig grunnlag",
        ),
        ("Feil skiltlesing gir urettmessig faktura", 3, 2, "Manuell kontroll ved fakturering"),
        ("Uvedkommende får tilgang til passeringsdata", 2, 3, "Tilgangsstyring og logg"),
    ),
    not_taken="Kobling mot Statens vegvesens kjøretøyregister for å skille næringsbiler ble vurdert og ikke gjennomført.",
    legal="GDPR art. 6 nr. 1 bokstav e, jf. forurensningsloven §§ 30 og 34 og selskapsavtalen",
    processor=Processor(
        "Bomtek Nordic AS",
        "912 887 604",
        "Sandviksveien 40, 5035 Bergen",
        "Linn Haugen",
        "404 12 778",
        "linn.haugen@bomtek.no",
    ),
)

C1 = Topic(
    key="C1",
    title="Maskinlæringsbasert varsling av sepsis i akuttmottak og sengeposter",
    desc="Helse Midtvika HF skal innføre en beslutningsstøtte som beregner risiko for sepsis hvert 15. minutt for innlagte pasienter, basert på vitale parametere, laboratoriesvar og medikasjon i EPJ. Ved høy score varsles ansvarlig sykepleier i kurveløsningen. Modellen er CE-merket som medisinsk utstyr klasse IIa.",
    scope="Alle voksne innlagte pasienter ved Midtvika sykehus og Nordbø sykehus, om lag 38 000 innleggelser per år. Helseopplysninger fra EPJ, kurve og laboratoriesystem.",
    flow="Data hentes fra integrasjonsplattformen og behandles i leverandørens modell som kjører i foretakets eget datasenter. Score og forklaring skrives tilbake til kurven. Leverandøren får pseudonymiserte ytelsesdata én gang i kvartalet for overvåking av modellen.",
    necessity="Sepsis oppdages i dag for sent hos om lag en av fem pasienter (internrevisjon 2025). Manuell NEWS-score brukes, men fanger ikke trender i laboratoriesvar. Alternativet er flere manuelle målinger, som ikke er mulig med dagens bemanning.",
    proportionality="Modellen bruker bare data som allerede registreres i behandlingen. Beslutningen tas alltid av helsepersonell. Pseudonymiserte data til leverandøren er begrenset til det som trengs for å overvåke modellen.",
    safeguards=(
        "klinikeren tar beslutningen; score er bare støtte",
        "forklaring av hvilke verdier som ga høy score",
        "pseudonymisering før data går til leverandøren",
        "tilgangsstyring etter tjenstlig behov og logging",
    ),
    risks=(
        (
            "Modellen gir systematisk dårligere treff for enkelte pasientgrupper (diskriminering)",
            3,
            4,
            "Kvartalsvis analyse av treff per kjønn, alder og språk",
        ),
        (
            "Pseudonymiserte data kan reidentifiseres hos leverandør",
            2,
            4,
            "Fjerning av datoer og sjeldne diagnoser; avtalefestet forbud",
        ),
        (
            "Helsepersonell stoler blindt på scoren (automatiseringsskjevhet)",
            3,
            4,
            "Opplæring; scoren vises sammen med NEWS",
        ),
        (
            "Pasienten får ikke vite at en algoritme brukes",
            4,
            2,
            "Informasjon på helsenorge.no og i innkomstskriv",
        ),
    ),
    not_taken="Å la modellen automatisk bestille blodkulturer ble vurdert, men ikke innført fordi det ville være en automatisert avgjørelse uten klinisk vurdering.",
    legal="GDPR art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. pasientjournalloven §§ 6 og 19 og helsepersonelloven § 39",
    processor=Processor(
        "Medisinsk Analyse Nordic AS",
        "927 301 118",
        "Forskningsparken, Gaustadalléen 21, 0349 Oslo",
        "Henrik Aasland",
        "934 50 221",
        "henrik.aasland@medanalyse.no",
    ),
)

C2 = Topic(
    key="C2",
    title="Digital hjemmeoppfølging av pasienter med hjertesvikt",
    desc="Hjertemedisinsk avdeling skal følge opp pasienter med hjertesvikt hjemme med nettbrett, vekt, blodtrykksmåler og pulsoksymeter. Målingene sendes daglig til et oppfølgingssenter der sykepleiere vurderer dem og ringer pasienten ved avvik.",
    scope="Inntil 400 pasienter samtidig, mange eldre. Helseopplysninger (målinger, symptomskjema, medisinering), kontaktinformasjon og pårørendes telefonnummer.",
    flow="Målingene går fra utstyret via nettbrettet til leverandørens plattform i Norge og vises i oppfølgingssenteret. Vurderinger dokumenteres i DIPS. Data i plattformen slettes 3 måneder etter avsluttet oppfølging.",
    necessity="Reinnleggelser innen 30 dager er 24 prosent for denne gruppen. Poliklinisk kontroll hver måned er belastende for pasienter med lang reisevei. Pilot i 2025 med 40 pasienter ga færre reinnleggelser.",
    proportionality="Deltakelse er frivillig, og vanlig poliklinisk oppfølging tilbys fortsatt. Bare fire målinger samles inn, og oppfølgingssenteret er bemannet på dagtid hverdager.",
    safeguards=(
        "frivillig deltakelse med vanlig oppfølging som alternativ",
        "informasjonsmøte og skriftlig informasjon før oppstart",
        "innlogging med BankID for pasient",
        "sletting hos leverandør 3 måneder etter avslutning",
    ),
    risks=(
        ("Målinger kommer på avveie ved tap av nettbrett", 3, 3, "Fjernsletting og PIN-kode"),
        (
            "Pasienten tror målingene overvåkes døgnet rundt",
            3,
            4,
            "Tydelig informasjon om åpningstid; akuttnummer på skjermen",
        ),
        (
            "Leverandørens underleverandør utenfor EØS får tilgang ved support",
            2,
            4,
            "Support bare fra EØS; avtale og logg",
        ),
    ),
    not_taken="Automatisk deling av målinger med fastlegen ble vurdert, men utsatt til pasientene kan reservere seg i løsningen.",
    legal="GDPR art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-1a og pasientjournalloven § 6",
    processor=Processor(
        "HjemmeHelse Digital AS",
        "921 665 390",
        "Strandkaien 2, 4005 Stavanger",
        "Vibeke Moen",
        "952 33 170",
        "vibeke.moen@hjemmehelse.no",
    ),
)

D1 = Topic(
    key="D1",
    title="Nytt skybasert journalsystem og SMS-innkalling i tannhelsetenesta",
    desc="Den offentlege tannhelsetenesta i Sørkyst fylkeskommune skal flytte pasientjournal, røntgenbilete og timebok til eit skybasert journalsystem. Innkalling og påminning skal gå på SMS og i ein app der føresette kan sjå timar for barna sine.",
    scope="Om lag 62 000 pasientar, dei fleste barn og unge 0–20 år, i tillegg til prioriterte grupper som eldre i institusjon og personar med psykisk utviklingshemming. Helseopplysningar, røntgenbilete, fødselsnummer og opplysningar om føresette.",
    flow="Journalen blir lagra hos leverandøren i datasenter i Noreg og Sverige. SMS går via ein SMS-leverandør i Noreg. Opplysningar om bekymring for omsorgssvikt blir sende til barnevernet etter tannhelsetenestelova § 1-3 b, som i dag. Journalen blir oppbevart i 10 år etter siste oppføring, jf. pasientjournallova.",
    necessity="Dagens lokale journalsystem er ikkje lenger støtta av leverandøren etter 2027. Klinikkane har ulike lokale kopiar av timeboka, noko som har gitt feilsende innkallingar. Eit felles system gjer det mogleg å flytte pasientar mellom klinikkar utan papir.",
    proportionality="Føresette ser berre timar, ikkje journalinnhald. Ungdom over 16 år styrer sjølv kven som ser timane. Berre tilsette på klinikken pasienten høyrer til har tilgang til journalen.",
    safeguards=(
        "tilgangsstyring per klinikk og logging",
        "ungdom over 16 år styrer innsyn for føresette",
        "to-faktor-pålogging for alle tilsette",
        "leverandøren har ikkje tilgang til klartekst utan godkjenning",
    ),
    risks=(
        (
            "Føresette utan foreldreansvar eller med besøksforbod ser timar",
            3,
            4,
            "Kontroll mot folkeregisteret; manuell sperre",
        ),
        ("Uautorisert oppslag i journal (snoking)", 3, 3, "Logganalyse kvar månad"),
        (
            "Utlevering til styresmakter utanfor EØS via leverandørens morselskap",
            2,
            4,
            "Kryptering med nøklar i fylkeskommunen; avtale",
        ),
        ("SMS blir send til feil nummer", 3, 2, "Berre tidspunkt og klinikk i SMS-en"),
    ),
    not_taken="Lagring berre i eige datasenter vart vurdert, men fylkeskommunen har ikkje kapasitet til å drifte løysinga sjølv.",
    legal="GDPR art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. tannhelsetenestelova §§ 1-3 og 2-1 og pasientjournallova § 6",
    processor=Processor(
        "Dentaskya AS",
        "919 004 562",
        "Lysaker torg 8, 1366 Lysaker",
        "Eirik Nygård",
        "917 80 256",
        "eirik.nygard@dentaskya.no",
    ),
)

D2 = Topic(
    key="D2",
    title="Fotodokumentasjon og KI-støtta kariesanalyse",
    desc="Tannhelsetenesta vil ta i bruk intraorale kamera som lagrar bilete direkte i journalen, og ein KI-modell som markerer mogleg karies på bileta og bitewing-røntgen. Tannlegen eller tannpleiaren vurderer alltid markeringane.",
    scope="Alle pasientar som får undersøking, om lag 40 000 per år, hovudsakleg barn. Bilete av munnhola og røntgen er helseopplysningar.",
    flow="Bileta blir sende frå journalen til leverandøren sin analyseteneste i EU og kjem tilbake med markeringar. Leverandøren slettar bileta etter 24 timar. Resultatet blir lagra i journalen.",
    necessity="Det er stor variasjon mellom klinikkane i kor mykje karies som blir oppdaga på røntgen. Analysen skal gjere vurderinga meir lik og hjelpe nyutdanna. Manuell dobbeltkontroll av alle bilete er ikkje mogleg.",
    proportionality="Berre bilete som uansett blir tekne i undersøkinga blir analyserte. Leverandøren får ikkje namn eller fødselsnummer, berre ein mellombels nøkkel.",
    safeguards=(
        "fagperson vurderer alltid markeringane",
        "bilete utan namn og fødselsnummer",
        "sletting hos leverandør etter 24 timar",
        "informasjon til pasient og føresette",
    ),
    risks=(
        (
            "Modellen overser karies eller gir falske funn som fører til unødig behandling",
            3,
            3,
            "Fagleg kontroll og årleg evaluering",
        ),
        (
            "Leverandøren brukar bilete til vidare trening av modellen",
            2,
            4,
            "Forbod i avtalen; revisjon",
        ),
        (
            "Pasientar og føresette veit ikkje at KI blir brukt",
            3,
            2,
            "Informasjon i innkalling og på nettsida",
        ),
    ),
    not_taken="Automatisk innkalling til ekstra kontroll basert på KI-score vart vurdert og ikkje innført.",
    legal="GDPR art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. tannhelsetenestelova § 1-3 og helsepersonellova § 39",
    processor=Processor(
        "Cariscan Europe GmbH",
        "DE 318 552 104",
        "Leopoldstraße 77, 80802 München",
        "Anna Keller",
        "+49 89 2155 0912",
        "anna.keller@cariscan.eu",
    ),
)

E1 = Topic(
    key="E1",
    title="Risikobasert etterkontroll av tilskuddsmottakere",
    desc="Direktoratet for tilskudd og stønader (DTS) skal innføre en risikomodell som rangerer mottakere av driftstilskudd og enkeltpersonstønader for etterkontroll. Modellen sammenstiller opplysninger fra søknader, tidligere kontroller, Enhetsregisteret, a-ordningen og Skatteetaten.",
    scope="Om lag 85 000 mottakere i året, hvorav 60 000 enkeltpersoner. Inntekt, arbeidsforhold, adresse, familieforhold og tidligere tilbakekreving. Opplysninger om straffbare forhold brukes ikke.",
    flow="Data hentes maskinelt via API og behandles i en analyseplattform hos leverandør i Norge. Resultatet er en liste over saker for manuell kontroll. Modellens grunnlagsdata slettes etter 3 år.",
    necessity="Tilbakekrevingene økte med 40 prosent fra 2023 til 2025, men dagens tilfeldige stikkprøver finner feil i bare 3 prosent av sakene. Riksrevisjonen har pekt på svak kontroll. En risikobasert utvelgelse gjør at færre lovlydige mottakere kontrolleres.",
    proportionality="Modellen fatter ingen vedtak; den velger bare ut saker. Variabler som kjønn, statsborgerskap og fødeland er utelatt. Utvelgelsen evalueres halvårlig for skjevhet.",
    safeguards=(
        "ingen automatiserte vedtak",
        "utelatte variabler for å hindre diskriminering",
        "informasjon i vedtaksbrev og på nettsiden",
        "halvårlig skjevhetsanalyse og revisjon",
    ),
    risks=(
        (
            "Indirekte diskriminering gjennom variabler som postnummer",
            3,
            4,
            "Skjevhetsanalyse; fjerning av variabler",
        ),
        (
            "Mottakere forstår ikke hvorfor de kontrolleres",
            4,
            3,
            "Begrunnelse ved varsel om kontroll",
        ),
        (
            "Sammenstilte data gjenbrukes til andre formål",
            2,
            4,
            "Formålsbegrensning i tilgangsstyring",
        ),
        ("Feil i registerdata gir uriktig utvelgelse", 3, 2, "Manuell kontroll før varsel"),
    ),
    not_taken="Automatisk stans av utbetaling ved høy score ble vurdert og forkastet.",
    legal="GDPR art. 6 nr. 1 bokstav c og e, jf. lov om tilskuddsforvaltning § 12 og forskrift om kontroll av tilskudd",
    processor=Processor(
        "Analyse Sky Norge AS",
        "928 441 076",
        "Prinsens gate 18, 0152 Oslo",
        "Kristoffer Lunde",
        "409 55 312",
        "kristoffer.lunde@analysesky.no",
    ),
)

E2 = Topic(
    key="E2",
    title="Automatiserte vedtak om reisestønad",
    desc="DTS skal automatisere behandlingen av søknader om reisestønad til utdanning. Søknader som oppfyller vilkårene ut fra registeropplysninger innvilges automatisk; andre går til saksbehandler. Avslag fattes aldri automatisk.",
    scope="Om lag 22 000 søknader per år, særlig unge under 25. Adresse, utdanningssted, inntekt og familieforhold.",
    flow="Opplysninger hentes fra Folkeregisteret, Lånekassen og søknaden. Vedtak sendes til Digipost. Data lagres i saksbehandlingssystemet i 10 år etter arkivloven.",
    necessity="Saksbehandlingstiden er i dag 9 uker, og mange søkere venter med å starte utdanningen. 70 prosent av søknadene er enkle innvilgelser som kan avgjøres på registerdata.",
    proportionality="Bare innvilgelse automatiseres. Søkeren kan be om manuell behandling og klage som før.",
    safeguards=(
        "bare innvilgelse automatiseres",
        "rett til manuell behandling",
        "forklaring av reglene i vedtaket",
    ),
    risks=(
        (
            "Feil i registerdata gir for høy stønad og senere tilbakekreving",
            3,
            3,
            "Kontrollregler og stikkprøver",
        ),
        ("Søkere som ikke passer reglene behandles tregere", 2, 2, "Egen kø med frist"),
        ("Manglende åpenhet om regelsettet", 3, 3, "Publisering av reglene"),
    ),
    not_taken="Automatiske avslag ble vurdert og forkastet.",
    legal="GDPR art. 6 nr. 1 bokstav e og art. 22 nr. 2 bokstav b, jf. forskrift om reisestønad § 9",
    processor=None,
)

F1 = Topic(
    key="F1",
    title="Digital søknad om økonomisk sosialhjelp med automatisk innhenting av kontoopplysninger",
    desc="Velferdskontoret i Lundeby skal ta i bruk en digital søknad der søkeren samtykker til at kontoutskrifter for siste tre måneder hentes direkte fra banken. En regelmotor beregner foreløpig stønad og flagger uvanlige transaksjoner til veilederen.",
    scope="Om lag 1 400 søkere i året, mange i en sårbar livssituasjon. Kontoutskrifter avslører helse, religion, rusbruk, gjeld og relasjoner. Opplysninger om barn i husstanden.",
    flow="Kontoopplysninger hentes via bankenes API hos leverandøren, vises i fagsystemet og slettes fra leverandøren etter 14 dager. Vedtak lagres i fagsystemet.",
    necessity="Søkerne leverer i dag papirutskrifter eller skjermbilder, med mange ettersendelser og lang saksbehandlingstid. Veilederne bruker mye tid på manuell gjennomgang av hundrevis av transaksjoner.",
    proportionality="Innhentingen er frivillig; søkeren kan levere på papir. Bare tre måneder hentes, og regelmotoren fatter ikke vedtak.",
    safeguards=(
        "frivillig digital innhenting",
        "bare tre måneder kontohistorikk",
        "veileder fatter alltid vedtaket",
        "sletting hos leverandør etter 14 dager",
    ),
    risks=(
        (
            "Samtykket er ikke reelt frivillig fordi søkeren er i en avhengighetsposisjon",
            4,
            3,
            "Papiralternativ likestilt; informasjon om at valget ikke påvirker saken",
        ),
        (
            "Flagging av transaksjoner stigmatiserer enkelte grupper",
            3,
            4,
            "Regelsett gjennomgått av fagteam; ingen kategorier for religion",
        ),
        (
            "Overskuddsinformasjon om tredjepersoner i kontoutskrifter",
            4,
            2,
            "Bare summer vises for mottakere som ikke er relevante",
        ),
    ),
    not_taken="Automatisk avslag når kontoen viser inntekt over normen ble vurdert og ikke innført.",
    legal="GDPR art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g, jf. lov om sosiale tjenester i arbeids- og velferdsforvaltningen §§ 18 og 43",
    processor=Processor(
        "Sosio Digital AS",
        "926 778 015",
        "Torget 4, 2317 Hamar",
        "Ane Kristiansen",
        "986 12 554",
        "ane.kristiansen@sosiodigital.no",
    ),
)

F2 = Topic(
    key="F2",
    title="Digital oppmøteregistrering i kvalifiseringsprogrammet",
    desc="Deltakere i kvalifiseringsprogrammet skal registrere oppmøte i en app som bekrefter posisjon når de sjekker inn på tiltaksstedet. Fravær registreres automatisk og vises for veilederen, og kan gi trekk i stønaden.",
    scope="Om lag 120 deltakere i året. Posisjon ved innsjekk, oppmøte, fravær og årsak, og helseopplysninger når fravær skyldes sykdom.",
    flow="Appen sender posisjon ved innsjekk til leverandørens løsning. Oppmøte overføres til fagsystemet hver natt. Posisjonsdata slettes etter 30 dager.",
    necessity="Oppmøtelister på papir har vært unøyaktige og ført til klagesaker om trekk. Tiltaksarrangørene ønsker en felles løsning.",
    proportionality="Posisjon hentes bare i innsjekkøyeblikket. Deltakeren kan velge å sjekke inn hos tiltaksarrangøren i stedet.",
    safeguards=(
        "posisjon bare ved innsjekk",
        "manuell innsjekk som alternativ",
        "sletting av posisjon etter 30 dager",
    ),
    risks=(
        (
            "Deltakere opplever kontinuerlig overvåking",
            3,
            3,
            "Informasjon om at appen ikke sporer i bakgrunnen",
        ),
        ("Feil posisjon gir urettmessig trekk", 3, 3, "Veileder kontrollerer før trekk"),
        (
            "Helseopplysninger om fravær deles med tiltaksarrangør",
            2,
            4,
            "Årsak vises bare for veileder",
        ),
    ),
    not_taken="Kontinuerlig posisjonslogging i tiltakstiden ble avvist.",
    legal="GDPR art. 6 nr. 1 bokstav e, jf. lov om sosiale tjenester i arbeids- og velferdsforvaltningen §§ 29 og 35",
    processor=Processor(
        "Oppmøte AS",
        "930 118 442",
        "Storgata 51, 0182 Oslo",
        "Jørgen Fladby",
        "477 90 613",
        "jorgen.fladby@oppmote.no",
    ),
)

G1 = Topic(
    key="G1",
    title="HEARTLINK: linking whole-genome sequencing with national registries in heart failure",
    desc="HEARTLINK is a research project at Nordhavn University Hospital that will sequence the whole genome of 3,000 patients with heart failure from the hospital's biobank and link the results to the Norwegian Patient Registry, the Cause of Death Registry and the Prescription Database, to find genetic variants that predict response to treatment. Partners in Sweden and the Netherlands analyse pseudonymised data.",
    scope="3,000 patients, of whom about 1,100 gave broad consent in 2012-2018 and some have since died. Genetic data, diagnoses, prescriptions, date of death. Genetic data may reveal information about relatives.",
    flow="Samples are sequenced by the hospital's genomics core. Pseudonymised data are stored in the hospital's secure research platform (TSD-like) and analysed by partners remotely; no genetic data leave the platform. Registry data are delivered by the registries to the platform. Data are kept until 2036 and then deleted or anonymised.",
    necessity="Treatment response in heart failure varies widely and cannot be predicted with today's clinical variables. A sample size of several thousand is needed to detect variants with moderate effects; this can only be reached with existing biobank material and registry outcomes.",
    proportionality="Only variables listed in the protocol are requested from the registries. Partners only access aggregate output or pseudonymised data inside the platform. Participants can withdraw, and incidental findings are not returned except by a procedure approved by REK.",
    safeguards=(
        "pseudonymisation with key kept by the hospital",
        "remote access only, no export of individual-level data",
        "participant information on the project website and right to withdraw",
        "REK approval and dispensation from confidentiality",
    ),
    risks=(
        (
            "Re-identification from genomic data",
            2,
            5,
            "No export of individual-level data; export review",
        ),
        (
            "Consent from 2012 does not cover whole-genome sequencing",
            3,
            4,
            "REK assessment; information to living participants with opt-out",
        ),
        (
            "Disclosure of information about relatives",
            2,
            4,
            "No return of findings to relatives; restricted variant lists",
        ),
        (
            "Partner institutions use data beyond the protocol",
            2,
            4,
            "Data transfer agreements; audit logs",
        ),
    ),
    not_taken="Recontacting all living participants for new consent was considered but not chosen because it would take about two years and create selection bias.",
    legal="GDPR Art. 6(1)(e) and Art. 9(2)(j), cf. the Health Research Act §§ 13-15 and 35 and the Personal Data Act § 9",
    processor=Processor(
        "TrialCloud B.V.",
        "KvK 71554203",
        "Stationsplein 45, 3013 AK Rotterdam",
        "Pieter de Vries",
        "+31 10 820 4471",
        "p.devries@trialcloud.eu",
    ),
)

G2 = Topic(
    key="G2",
    title="NIGHTWATCH: wearable seizure detection in children with epilepsy",
    desc="NIGHTWATCH will test a wrist-worn sensor and a bed sensor that detect nocturnal seizures in 150 children aged 4-17 with epilepsy, at home over 12 months. Sensor data, parent diaries and EEG from hospital visits are used to train and validate a detection algorithm.",
    scope="150 children and their parents; movement, heart rate, skin conductance, audio features from the bed sensor, seizure diaries, diagnoses and medication.",
    flow="Sensor data go to the device maker's cloud in the EU, are pseudonymised there and transferred to the hospital's research platform. Parents use an app for diaries. Data are kept for 5 years after the end of the project.",
    necessity="Nocturnal seizures are under-reported and sudden unexpected death in epilepsy is linked to unattended nocturnal seizures. Existing detectors are not validated for children.",
    proportionality="Audio is reduced to features on the device; no recordings are stored. Children over 12 give their own consent and can stop at any time.",
    safeguards=(
        "audio features only, no recordings",
        "consent from parents and children over 12",
        "pseudonymisation before transfer",
        "deletion 5 years after the project",
    ),
    risks=(
        (
            "Continuous monitoring in the child's bedroom intrudes on privacy",
            4,
            3,
            "No audio stored; sensor can be paused",
        ),
        (
            "Device maker reuses data for product development",
            2,
            4,
            "Agreement prohibits reuse; audit",
        ),
        (
            "Parents rely on the research device as a safety alarm",
            3,
            5,
            "Clear information that the device is not an alarm",
        ),
    ),
    not_taken="Video recording to verify seizures was considered but rejected.",
    legal="GDPR Art. 6(1)(e) and Art. 9(2)(j), cf. the Health Research Act §§ 13 and 17",
    processor=Processor(
        "Somnisense Oy",
        "FI 3012 4471",
        "Tekniikantie 12, 02150 Espoo",
        "Laura Virtanen",
        "+358 40 771 2089",
        "laura.virtanen@somnisense.fi",
    ),
)

H1 = Topic(
    key="H1",
    title="Adaptiv læringsplattform med læringsanalyse for 1.–10. trinn",
    desc="Ytre Sunnfjell kommune som skuleeigar skal ta i bruk ein adaptiv læringsplattform i matematikk og norsk. Plattforma tilpassar oppgåvene etter svara til eleven og gir læraren ei oversikt over meistringsnivå, tidsbruk og kva eleven strevar med.",
    scope="Om lag 1 650 elevar i 1.–10. trinn ved sju skular og 140 lærarar. Svar, tidsbruk, meistringsnivå og merknader om tilrettelegging (spesialundervisning).",
    flow="Data blir lagra hos leverandøren i EU. Læraren og rektor ser resultat for sine elevar; skuleeigar ser berre aggregerte tal. Data blir sletta eitt år etter at eleven sluttar ved skulen.",
    necessity="Kartleggingsprøvane viser at ein stor del av elevane ligg under kritisk grense i rekning. Lærarane har ikkje tid til å tilpasse oppgåver for kvar elev manuelt, jf. opplæringslova om tilpassa opplæring.",
    proportionality="Plattforma profilerer ikkje åtferd utanfor oppgåvene, og resultat blir ikkje brukte til karakterar. Foreldre kan sjå same oversikt som læraren.",
    safeguards=(
        "ingen bruk til karakterfastsetjing",
        "innsyn for føresette",
        "aggregerte tal til skuleeigar",
        "sletting eitt år etter skulebyte",
    ),
    risks=(
        (
            "Elevar blir stempla ut frå meistringsnivå over tid",
            3,
            4,
            "Nivå blir nullstilt kvart skuleår",
        ),
        (
            "Leverandøren brukar data til produktutvikling og marknadsføring",
            2,
            4,
            "Forbod i avtalen; revisjon",
        ),
        (
            "Opplysningar om spesialundervisning blir synlege for fleire enn naudsynt",
            3,
            3,
            "Merknaden er berre synleg for kontaktlærar",
        ),
    ),
    not_taken="Automatisk melding til PPT ved svake resultat vart vurdert og ikkje innført.",
    legal="GDPR art. 6 nr. 1 bokstav c og e, jf. opplæringslova §§ 11-1 og 15-1",
    processor=Processor(
        "Læringsløp AS",
        "922 640 388",
        "Nygårdsgaten 91, 5008 Bergen",
        "Randi Hjelle",
        "930 41 775",
        "randi.hjelle@laeringslop.no",
    ),
)

H2 = Topic(
    key="H2",
    title="Kameraovervaking og tilgangskontroll ved Sunnfjell ungdomsskule",
    desc="Skulen har hatt innbrot og hærverk fleire gonger. Kommunen vil setje opp kamera ved inngangane og i sykkelskuret som filmar utanfor skuletid, og elektronisk tilgangskontroll med kort for elevar og tilsette.",
    scope="Om lag 420 elevar, 55 tilsette og besøkande på kveldstid. Videobilete, tidspunkt for passering med kort.",
    flow="Opptak blir lagra lokalt på ein opptakar i kommunen sitt serverrom i 7 dagar. Berre driftssjef og rektor har tilgang. Kortdata blir lagra i 30 dagar. Ingen databehandlar; kommunen driftar sjølv.",
    necessity="Hærverk for om lag 380 000 kroner siste to år. Vektar og betre lys er prøvd.",
    proportionality="Kamera filmar ikkje i skuletida og ikkje i klasserom eller garderobar.",
    safeguards=("filming berre utanfor skuletid", "kort lagringstid", "skilting"),
    risks=(
        (
            "Elevar og tilsette blir overvaka i fritida (kveldsaktivitetar)",
            3,
            3,
            "Kamera av ved utleige",
        ),
        ("Opptak blir brukte til å kontrollere tilsette", 2, 4, "Forbod i rutine; logg"),
    ),
    not_taken="Kamera i korridorar vart vurdert og forkasta.",
    legal="GDPR art. 6 nr. 1 bokstav f, jf. personopplysningslova kapittel 8",
    processor=None,
)

I1 = Topic(
    key="I1",
    title="Digital dialogplattform for barnevernstjenesten",
    desc="Barnevernstjenesten i Midt-Åsen (vertskommunesamarbeid for Midt-Åsen, Løvstad og Haugerud) skal ta i bruk en plattform for sikre meldinger og videosamtaler med barn, foreldre og fosterhjem. Barn fra 12 år kan logge inn selv og skrive til kontaktpersonen sin.",
    scope="Om lag 650 barn med tiltak, foreldre og 180 fosterhjem. Alt som skrives kan være opplysninger om omsorgssituasjon, vold, rus og helse.",
    flow="Plattformen driftes av leverandøren i Norge. Meldinger som har betydning for saken journalføres i fagsystemet Familia og slettes fra plattformen etter 60 dager. Videosamtaler tas ikke opp.",
    necessity="Barn sier i brukerundersøkelsen at de vil kunne nå kontaktpersonen sin uten å ringe. I dag brukes SMS og vanlig e-post, som ikke er sikkert. Fysiske møter er fortsatt hovedregelen.",
    proportionality="Barn bestemmer selv om de vil bruke plattformen. Foreldre ser ikke barnets meldinger. Ingen opptak av video.",
    safeguards=(
        "innlogging med BankID eller engangskode for barn under 16",
        "foreldre ser ikke barnets meldinger",
        "sletting etter journalføring",
        "ingen opptak",
    ),
    risks=(
        (
            "Foreldre eller andre i hjemmet leser barnets meldinger på barnets telefon",
            4,
            5,
            "Ingen varsler med innhold; rask utlogging; råd til barnet",
        ),
        (
            "Meldinger sendes til feil mottaker i saker med adressesperre",
            2,
            5,
            "Sperre i plattformen synkronisert med Familia",
        ),
        (
            "Barnet forventer svar utenfor arbeidstid",
            3,
            4,
            "Tydelig åpningstid og henvisning til barnevernsvakt",
        ),
    ),
    not_taken="Chatbot for å svare utenfor arbeidstid ble vurdert og forkastet.",
    legal="GDPR art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g, jf. barnevernsloven §§ 1-4, 13-1 og 15-1",
    processor=Processor(
        "Trygg Dialog AS",
        "917 552 019",
        "Olav Tryggvasons gate 24, 7011 Trondheim",
        "Mathias Ness",
        "413 80 926",
        "mathias.ness@tryggdialog.no",
    ),
)

I2 = Topic(
    key="I2",
    title="Strukturert beslutningsstøtte i undersøkelsessaker",
    desc="Barnevernstjenesten vil bruke et strukturert verktøy der saksbehandler fyller inn risiko- og beskyttelsesfaktorer i undersøkelser, og verktøyet foreslår et alvorlighetsnivå og anbefalt oppfølging. Verktøyet er utviklet av tjenesten selv i fagsystemets skjemamodul.",
    scope="Om lag 420 undersøkelser i året. Opplysninger om barnet, foreldrenes helse, rus, vold og økonomi.",
    flow="Alt lagres i Familia. Ingen data forlater fagsystemet. Statistikk på aggregert nivå til ledergruppen.",
    necessity="Tilsyn fra statsforvalteren i 2025 påpekte ulik vurdering av like saker. Et strukturert verktøy skal gi mer lik og etterprøvbar praksis.",
    proportionality="Forslaget er bare veiledende; beslutningen tas i teammøte. Foreldre får se utfylt skjema ved innsyn.",
    safeguards=(
        "veiledende forslag, beslutning i team",
        "innsyn for foreldre",
        "evaluering etter ett år",
    ),
    risks=(
        (
            "Verktøyet gir skjeve vurderinger for familier med minoritetsbakgrunn",
            3,
            4,
            "Årlig gjennomgang av utfall",
        ),
        (
            "Saksbehandler følger forslaget uten egen vurdering",
            3,
            4,
            "Krav om begrunnelse i teammøte",
        ),
    ),
    not_taken="Automatisk prioritering av meldinger ble vurdert og ikke innført.",
    legal="GDPR art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g, jf. barnevernsloven §§ 2-2 og 15-1",
    processor=None,
)

J1 = Topic(
    key="J1",
    title="Kamerabasert passasjertelling og billettkontroll på fylkesbåtene",
    desc="Nordre Vika fylkeskommune skal installere kamera ved landgangen på 11 hurtigbåter og ferjer. Kameraene teller passasjerer og kobler billettskanning med bilde ved avvik (ingen gyldig billett), slik at billettkontrollør kan følge opp om bord.",
    scope="Om lag 1,9 millioner reiser i året. Bilde av passasjerer ved avvik, billettdata, tidspunkt og strekning. Mange er skoleelever med skolekort.",
    flow="Telling skjer på kameraet uten lagring av bilde. Ved avvik lagres bilde i 48 timer hos leverandøren. Tellingene går til fylkeskommunens statistikk. Ingen deling med politi uten rettslig grunnlag.",
    necessity="Kapasitetsproblemer om sommeren og billettsvik anslått til 6 prosent. Manuelle tellinger er unøyaktige. Fylkeskommunen må dokumentere kapasitet overfor staten.",
    proportionality="Bilde lagres bare ved avvik og slettes etter 48 timer. Ingen ansiktsgjenkjenning.",
    safeguards=(
        "ingen ansiktsgjenkjenning",
        "lagring bare ved avvik, 48 timer",
        "skilting ved landgang",
    ),
    risks=(
        (
            "Passasjerer opplever overvåking av reisemønster",
            3,
            3,
            "Ingen kobling av bilder over tid",
        ),
        ("Barn og unge fotograferes ved feil på skolekort", 4, 3, "Skolekort-feil tas uten bilde"),
        ("Bilder brukes av mannskap til andre formål", 2, 4, "Tilgang bare for kontrollør"),
    ),
    not_taken="Ansiktsgjenkjenning for periodebilletter ble avvist.",
    legal="GDPR art. 6 nr. 1 bokstav e, jf. yrkestransportlova § 22 og forskrift om takstregulativ",
    processor=Processor(
        "Maritim Telling AS",
        "916 550 327",
        "Kaigata 6, 6002 Ålesund",
        "Stian Rønning",
        "466 31 808",
        "stian.ronning@maritimtelling.no",
    ),
)

J2 = Topic(
    key="J2",
    title="Skoleskyss-app med sanntidsposisjon",
    desc="Fylkeskommunen skal innføre en app der foreldre kan se om barnet har gått på skolebussen (kortskanning) og bussens posisjon i sanntid. Skolen ser hvem som ikke har kommet med bussen.",
    scope="Om lag 9 800 elever med skoleskyss, mest i grunnskolen. Navn, skole, holdeplass, tidspunkt for påstigning.",
    flow="Påstigning registreres av kortleseren og sendes til leverandørens plattform. Foreldre ser bare eget barn. Data slettes etter 30 dager.",
    necessity="Foreldre og skoler har etterspurt bedre informasjon etter hendelser der elever ble glemt ved holdeplass.",
    proportionality="Bare påstigning, ikke avstigning eller posisjon for eleven. Elever over 13 år kan slå av deling.",
    safeguards=("bare påstigning", "elever over 13 kan slå av", "sletting etter 30 dager"),
    risks=(
        (
            "Foreldre uten foreldreansvar får se barnets reise",
            2,
            5,
            "Kontroll mot folkeregisteret; sperre",
        ),
        ("Barn opplever kontroll fra foreldre", 3, 3, "Mulighet til å slå av fra 13 år"),
    ),
    not_taken="Sanntidsposisjon for eleven via mobilen ble avvist.",
    legal="GDPR art. 6 nr. 1 bokstav e, jf. opplæringsloven kapittel 7",
    processor=Processor(
        "Skyss Innsikt AS",
        "931 004 228",
        "Jernbanegata 5, 8006 Bodø",
        "Maren Lind",
        "902 14 663",
        "maren.lind@skyssinnsikt.no",
    ),
)
