# ruff: noqa: E501
"""Twenty planned processings (two per sender), each in the language its documents are written in.

A topic carries the controller, its people, the processor and the substance of every DPIA chapter;
the senders' templates (personas.py) decide titles, order, tables and what a case leaves out.
Organisations, people, numbers and addresses are invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str


@dataclass(frozen=True)
class Processor:
    org: str
    orgnr: str
    address: str
    service: str
    person: Person


@dataclass(frozen=True)
class Risk:
    rid: str
    text: str
    s: int  # likelihood 1-5
    k: int  # consequence 1-5
    measure: str
    s2: int
    k2: int


@dataclass(frozen=True)
class Topic:
    key: str
    lang: str
    controller: str
    orgnr: str
    address: str
    title: str
    short: str
    purpose: str
    nature: str
    scope: str
    context: str
    sources: str
    recipients: str
    retention: str
    security: str
    roles: str
    legal: str
    necessity: str
    proportionality: str
    safeguards: tuple[str, ...]
    rights: tuple[str, ...]
    risks: tuple[Risk, ...]
    notdone: tuple[tuple[str, str], ...]
    stakeholders: tuple[tuple[str, str], ...]
    decision_body: str
    decision_date: str
    decision_ref: str
    decision_text: str
    contact: Person
    dpo: Person
    processor: Processor | None
    extra: dict[str, str] = field(default_factory=dict)


R = Risk
P = Person

# --- A: Kvamme & Lid Rådgivning AS for Nordvik kommune ------------------------------------

A1 = Topic(
    key="A1",
    lang="nb",
    controller="Nordvik kommune",
    orgnr="964 118 207",
    address="Rådhusgata 4, 8480 Nordvik",
    title="Digitalt nattilsyn med bevegelsessensorer og kamera i Nordvik helse- og omsorgssenter",
    short="digitalt nattilsyn (sensorer og hendelsesstyrt kamera) på 48 sykehjemsrom",
    purpose="Å erstatte fysiske nattrunder med digitalt tilsyn for beboere som har vedtak om tilsyn om natten, slik at fall og uro oppdages raskere og beboerne ikke vekkes av runder.",
    nature="Sensorer på rommet registrerer bevegelse, fall og at beboeren forlater sengen. Ved hendelse åpnes et kamerabilde i inntil 90 sekunder på nattevaktens nettbrett. Bildet er anonymisert som silhuett med mindre vakten aktivt velger fullt bilde ved mistanke om fall. Det lagres hendelseslogg, ikke video.",
    scope="48 rom i to avdelinger (skjermet enhet og langtidsavdeling), om lag 60 beboere per år, mange med kognitiv svikt. 14 nattevakter har tilgang. Om lag 9 000 hendelser per år er forventet.",
    context="Beboerne er i en sårbar situasjon, mange kan ikke samtykke selv. Tiltaket berører privatlivet i beboerens eget hjem, og pårørende og ansatte fanges tidvis opp av sensorene.",
    sources="Sensorene på rommet; vedtak om tilsyn fra tildelingskontoret; beboerregister i pleie- og omsorgsfagsystemet (integrasjon).",
    recipients="Nattevakter på egen avdeling; sykepleier i vakt ved fall; hendelseslogg journalføres i fagsystemet. Ingen utlevering utenfor kommunen.",
    retention="Hendelseslogg 90 dager; journalnotat etter pasientjournalloven. Kamerabilder lagres ikke.",
    security="Lukket nett (eget VLAN), nettbrett med MDM og PIN, tilgangsstyring per avdeling, logg over hvem som åpnet fullt bilde, kryptering i transitt (TLS 1.3) og i ro.",
    roles="Nordvik kommune ved kommunedirektøren er behandlingsansvarlig. Leverandøren Vaktnett Omsorg AS er databehandler for drift av plattformen. Kvamme & Lid Rådgivning AS har bistått med vurderingen og er ikke databehandler.",
    legal="Helse- og omsorgstjenesteloven § 3-1 jf. pasient- og brukerrettighetsloven kapittel 4A for beboere uten samtykkekompetanse; personvernforordningen art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h.",
    necessity="Dagens runder vekker beboerne og oppdager fall først ved neste runde (inntil to timer). Alternativene hengende sengealarm og hyppigere runder er prøvd i 2025 og gav flere fall uten rask oppdagelse. Tilsynet gjelder bare beboere med individuelt vedtak og bare kl. 22–07.",
    proportionality="Silhuettbilde som standard, fullt bilde bare ved aktivt valg og logget, ingen lagring av bilder, tidsavgrenset og individuelt vedtak med evaluering hver tredje måned. Beboerens og pårørendes synspunkter hentes inn før vedtak.",
    safeguards=(
        "Individuelt vedtak med begrunnelse og evaluering",
        "Silhuett som standard (personvern som standardinnstilling)",
        "Ingen lagring av bilder",
        "Oppslag i fullt bilde logges og kontrolleres månedlig",
        "Skilt og informasjonsbrev til beboer og pårørende",
    ),
    rights=(
        "Innsyn i hendelseslogg via fagsystemet",
        "Klage på vedtak etter pasient- og brukerrettighetsloven",
        "Pårørende kan be om at tilsynet stanses til ny vurdering",
    ),
    risks=(
        R(
            "R1",
            "Nattevakt åpner fullt bilde uten grunn (snoking)",
            3,
            4,
            "Logging, månedlig kontroll, opplæring og taushetserklæring",
            2,
            4,
        ),
        R(
            "R2",
            "Beboer eller pårørende forstår ikke at kamera brukes",
            4,
            3,
            "Informasjonsbrev, samtale før vedtak, skilt",
            2,
            3,
        ),
        R(
            "R3",
            "Uvedkommende får tilgang til bildestrømmen",
            2,
            5,
            "Lukket nett, MDM, kryptering, penetrasjonstest",
            1,
            5,
        ),
        R(
            "R4",
            "Tilsynet brukes ut over vedtaket (dagtid, andre beboere)",
            3,
            4,
            "Tidsstyring i løsningen, rapport per rom",
            2,
            3,
        ),
        R(
            "R5",
            "Falske alarmer gjør at vakten slutter å reagere",
            3,
            3,
            "Kalibrering og evaluering etter tre måneder",
            2,
            3,
        ),
    ),
    notdone=(
        (
            "Kamera helt uten fullt bilde (kun silhuett)",
            "Sykepleierne må kunne se skader ved fall; faglig vurdert som nødvendig",
        ),
        (
            "Ekstern revisjon av loggene hvert kvartal",
            "Kostnad; intern kontroll månedlig vurdert tilstrekkelig",
        ),
    ),
    stakeholders=(
        ("Eldrerådet", "Støtter tiltaket under forutsetning av at bilder ikke lagres"),
        (
            "Fagforbundet og NSF (tillitsvalgte)",
            "Bekymring for kontroll av ansatte; løst ved at logg ikke brukes til ytelsesmåling",
        ),
        ("Pårørendeutvalget", "Ønsket skriftlig informasjon og rett til å be om stans"),
    ),
    decision_body="Kommunedirektørens ledergruppe",
    decision_date="24. november 2026",
    decision_ref="LG-sak 112/26",
    decision_text="Ledergruppen fikk DPIA og restrisiko presentert av rådgiverne og personvernombudet, gjennomgikk innspillene fra eldrerådet, tillitsvalgte og pårørendeutvalget, og vedtok å gå videre med løsningen. Fordi risikoen R1 og R4 fortsatt vurderes som høy for beboere uten samtykkekompetanse, skal kommunen be Datatilsynet om forhåndsdrøftelse før oppstart.",
    contact=P(
        "Sigrun Aasheim",
        "kommunalsjef helse og omsorg",
        "+47 75 51 20 14",
        "sigrun.aasheim@nordvik.kommune.no",
    ),
    dpo=P(
        "Eivind Lorentzen",
        "personvernombud",
        "+47 75 51 20 90",
        "personvernombud@nordvik.kommune.no",
    ),
    processor=Processor(
        "Vaktnett Omsorg AS",
        "921 554 803",
        "Sjøgata 12, 8006 Bodø",
        "drift av tilsynsplattformen",
        P("Mats Grønli", "kundeansvarlig", "+47 922 41 803", "mats.gronli@vaktnett.no"),
    ),
)

A2 = Topic(
    key="A2",
    lang="nb",
    controller="Nordvik kommune",
    orgnr="964 118 207",
    address="Rådhusgata 4, 8480 Nordvik",
    title="Læringsanalyse og tidlig innsats i grunnskolen (Nordvik skolefaglig dashbord)",
    short="læringsanalyse med varsler om elever som kan trenge tidlig innsats, 1.–10. trinn",
    purpose="Å finne elever som står i fare for å falle fra faglig tidlig, slik at skolen kan sette inn tiltak før problemene blir store.",
    nature="Data fra læringsplattformen (innleveringer, tid brukt, testresultater) og fravær samles i et dashbord. En regelbasert modell merker elever med «mulig behov for oppfølging». Kontaktlærer ser merkingen og avgjør selv om noe skal gjøres; ingen automatiske vedtak.",
    scope="Sju skoler, om lag 2 300 elever, 210 lærere. Data oppdateres daglig. Opplysninger om spesialundervisning inngår ikke.",
    context="Barn er særlig sårbare og forventer ikke at aktiviteten deres i læringsplattformen brukes til å rangere dem. Merkingen kan påvirke hvordan lærere ser på eleven.",
    sources="Læringsplattformen (Itslearning-kompatibel), skoleadministrativt system (fravær, karakterer), nasjonale prøver.",
    recipients="Kontaktlærer og rektor ved egen skole; skolefaglig rådgiver ser bare aggregerte tall. Ingen utlevering til andre.",
    retention="Merking slettes ved skoleårets slutt; aggregerte tall beholdes anonymisert i tre år.",
    security="Tilgang via Feide med rollestyring, logging av oppslag, data lagret i Norge, kryptert.",
    roles="Nordvik kommune er behandlingsansvarlig som skoleeier. Skolelys Analyse AS leverer dashbordet som databehandler.",
    legal="Opplæringsloven §§ 11-1 og 11-4 (tilpasset opplæring og tidlig innsats) og personvernforordningen art. 6 nr. 1 bokstav e.",
    necessity="Skolene fanger i dag opp elever sent, ofte først ved karakterer i 8. trinn. Manuell gjennomgang av alle elevers innleveringer er ikke gjennomførbart. Dashbordet bruker bare data skolen allerede har og viser bare en indikasjon.",
    proportionality="Ingen automatiske vedtak, forklarbare regler, elever og foresatte informeres, merking slettes hvert år, opplysninger om helse og spesialundervisning holdes utenfor.",
    safeguards=(
        "Forklarbar regelmodell, ikke maskinlæring",
        "Lærer tar alltid beslutningen",
        "Årlig sletting av merking",
        "Informasjon til foresatte og elever fra 5. trinn",
        "Månedlig kontroll av skjevheter mellom skoler og kjønn",
    ),
    rights=(
        "Foresatte og elever kan se merkingen og grunnlaget",
        "Rett til å protestere etter art. 21 vurderes individuelt",
        "Retting av feil i fraværsdata",
    ),
    risks=(
        R(
            "R1",
            "Merkingen stigmatiserer elever og påvirker lærerens forventninger",
            3,
            4,
            "Merking vises bare for kontaktlærer, opplæring, ordlyd «mulig behov»",
            2,
            3,
        ),
        R(
            "R2",
            "Skjevhet: modellen merker oftere elever med minoritetsspråklig bakgrunn",
            3,
            4,
            "Månedlig skjevhetskontroll, justering av regler",
            2,
            3,
        ),
        R(
            "R3",
            "Foresatte og elever vet ikke at data brukes slik",
            4,
            3,
            "Informasjonsskriv, side på skolens nettsted, foreldremøter",
            2,
            2,
        ),
        R(
            "R4",
            "Uvedkommende lærere får se merking for andre klasser",
            2,
            3,
            "Rollestyring i Feide, logging",
            1,
            3,
        ),
        R(
            "R5",
            "Data brukes til å vurdere lærere eller skoler",
            2,
            4,
            "Formålsbegrensning i databehandleravtale og rutine",
            1,
            4,
        ),
    ),
    notdone=(
        (
            "Samtykke fra foresatte som grunnlag",
            "Samtykke er ikke frivillig i forholdet skole–elev; offentlig oppgave er riktig grunnlag",
        ),
    ),
    stakeholders=(
        (
            "Kommunalt foreldreutvalg (KFU)",
            "Ønsket innsyn og at merking ikke følger eleven til ungdomsskolen",
        ),
        (
            "Elevrådene",
            "Bekymret for å bli «stemplet»; foreslo ordet «oppfølging» i stedet for «risiko»",
        ),
        ("Utdanningsforbundet", "Støtter, men krever at lærerens skjønn er avgjørende"),
    ),
    decision_body="Kommunedirektørens ledergruppe",
    decision_date="3. desember 2026",
    decision_ref="LG-sak 118/26",
    decision_text="Ledergruppen gjennomgikk sammendraget av DPIA, funnene om skjevhet og innspillene fra KFU, elevrådene og Utdanningsforbundet. Ledergruppen godkjente DPIA og besluttet å be om forhåndsdrøftelse fordi risikoen for stigmatisering av barn (R1, R2) fortsatt vurderes som høy.",
    contact=P(
        "Hanne Strøm-Olsen",
        "kommunalsjef oppvekst",
        "+47 75 51 21 30",
        "hanne.strom-olsen@nordvik.kommune.no",
    ),
    dpo=P(
        "Eivind Lorentzen",
        "personvernombud",
        "+47 75 51 20 90",
        "personvernombud@nordvik.kommune.no",
    ),
    processor=Processor(
        "Skolelys Analyse AS",
        "927 003 118",
        "Kongens gate 30, 7011 Trondheim",
        "dashbord og dataplattform",
        P("Ida Vestvik", "leder kundesuksess", "+47 941 27 330", "ida.vestvik@skolelys.no"),
    ),
)

# --- B: Havtorn Consulting AS for Fraktlinjen Nord AS ------------------------------------

B1 = Topic(
    key="B1",
    lang="nb",
    controller="Fraktlinjen Nord AS",
    orgnr="913 870 442",
    address="Terminalveien 8, 9015 Tromsø",
    title="Tretthetsvarsling med kamera i førerhus (Driver Fatigue Monitoring)",
    short="kamera rettet mot sjåføren som analyserer øyelukking og hodebevegelser for å varsle tretthet",
    purpose="Å redusere ulykker forårsaket av tretthet og uoppmerksomhet på lange strekninger i Nord-Norge, særlig vinterstid.",
    nature="Et infrarødt kamera i førerhuset analyserer ansiktet lokalt i enheten (øyelukking, gjesping, blikk bort fra veien). Ved tretthet varsles sjåføren med lyd og vibrasjon i setet. Ved gjentatte varsler sendes en hendelse med 10 sekunders videoklipp til trafikkleder.",
    scope="140 lastebiler, om lag 210 sjåfører inkludert innleide. Behandlingen skjer under all kjøring. Om lag 1 200 hendelser med videoklipp per år er forventet.",
    context="Arbeidsforhold med skjevt maktforhold; førerhuset er også sjåførens pauserom og overnattingssted. Kameraet registrerer biometriske kjennetegn, men brukes ikke til identifisering.",
    sources="Kamera og analyseenhet i bilen, GPS-posisjon, fartsskriverdata (tidspunkt), sjåførens ID fra sjåførkort.",
    recipients="Sjåføren selv (varsel), trafikkleder (hendelser), HMS-leder ved alvorlige hendelser. Ingen tilgang for nærmeste leder til løpende video.",
    retention="Videoklipp 30 dager, hendelseslogg 12 måneder, aggregerte tall anonymisert.",
    security="Analyse lokalt i enheten, kryptert overføring, tilgang for to trafikkledere per skift, logg over avspilling.",
    roles="Fraktlinjen Nord AS er behandlingsansvarlig. Nordic Fleetvision Oy leverer enheter og skyplattform som databehandler. Havtorn Consulting AS har fasilitert DPIA-arbeidet.",
    legal="Personvernforordningen art. 6 nr. 1 bokstav f (berettiget interesse i trafikksikkerhet) og arbeidsmiljøloven kapittel 9 (kontrolltiltak); art. 9 kommer ikke til anvendelse fordi det ikke skjer identifisering, men vurdert som sensitivt.",
    necessity="Tre utforkjøringer i 2025 er knyttet til tretthet. Kjøre- og hviletidsregler og opplæring er gjennomført uten at antallet har gått ned. Løsninger uten kamera (rattbevegelse) gir for mange falske varsler på glatt vei.",
    proportionality="Analyse lokalt, video bare ved gjentatte varsler, kort lagringstid, ingen bruk til disiplinærsaker uten særskilt prosess, kameraet slås av under hviletid og i pauser.",
    safeguards=(
        "Kamera slås av automatisk ved registrert hviletid",
        "Ingen løpende videostrøm til ledere",
        "Drøftet med tillitsvalgte etter aml. § 9-2",
        "Egen rutine: hendelser brukes ikke som eneste grunnlag for reaksjoner",
        "Skilt i førerhus og skriftlig informasjon",
    ),
    rights=(
        "Sjåføren kan se egne hendelser i appen",
        "Innsyn i videoklipp på forespørsel",
        "Avvik kan meldes til verneombud",
    ),
    risks=(
        R(
            "R1",
            "Kameraet brukes til å kontrollere sjåførens atferd ut over tretthet",
            3,
            4,
            "Formålsbegrensning i avtale med tillitsvalgte, logg over avspilling",
            2,
            4,
        ),
        R(
            "R2",
            "Video fra førerhus når sjåføren hviler eller har privat besøk",
            2,
            5,
            "Automatisk avslag ved hviletid, manuell bryter for pause",
            1,
            4,
        ),
        R(
            "R3",
            "Feilvarsler fører til urettferdig oppfølging av sjåfører",
            3,
            3,
            "Kalibrering, menneskelig vurdering av hvert klipp",
            2,
            3,
        ),
        R(
            "R4",
            "Overføring til leverandørens skyplattform utenfor EØS",
            2,
            4,
            "Lagring i Finland, ingen support fra tredjeland uten SCC",
            1,
            4,
        ),
        R(
            "R5",
            "Innleide sjåfører får ikke informasjon",
            4,
            3,
            "Informasjon i bemanningsavtalen og ved første innlogging",
            2,
            3,
        ),
    ),
    notdone=(
        (
            "Fjerne videoklipp helt (kun varsel)",
            "Trafikkleder må kunne vurdere om varselet er reelt før oppfølging",
        ),
        (
            "Maskering av ansikt i klipp",
            "Leverandøren støtter det ikke i 2027; vurderes ved neste versjon",
        ),
    ),
    stakeholders=(
        ("Norsk Transportarbeiderforbund (klubben)", "Aksepterer forsøk i ett år med evaluering"),
        ("Verneombud", "Ønsket bryter for pause i førerhus – innført"),
        ("Innleide sjåfører via bemanningsbyrå", "Spurt gjennom byrået; få svar"),
    ),
    decision_body="Ledergruppen i Fraktlinjen Nord AS",
    decision_date="18. november 2026",
    decision_ref="møtereferat LG 2026-21, punkt 4",
    decision_text="Ledergruppen fikk presentert DPIA-rapporten og restrisikoen av Havtorn Consulting. Innspillene fra klubben og verneombudet ble gjennomgått. Ledergruppen godkjente vurderingen og tiltaksplanen og vedtok å be Datatilsynet om forhåndsdrøftelse fordi restrisikoen for R1 og R2 fortsatt er høy.",
    contact=P(
        "Tor Inge Rasmussen",
        "HMS- og kvalitetssjef",
        "+47 776 05 512",
        "tor.inge.rasmussen@fraktlinjen.no",
    ),
    dpo=P(
        "Lena Myrvang",
        "personvernombud (ekstern, Havtorn Consulting)",
        "+47 913 55 207",
        "lena.myrvang@havtorn.no",
    ),
    processor=Processor(
        "Nordic Fleetvision Oy",
        "FI 2874411-6",
        "Itämerenkatu 11, 00180 Helsinki, Finland",
        "kameraenheter og skyplattform",
        P(
            "Jari Lehtonen",
            "Key Account Manager Norway",
            "+358 40 711 2380",
            "jari.lehtonen@fleetvision.fi",
        ),
    ),
)

B2 = Topic(
    key="B2",
    lang="nb",
    controller="Fraktlinjen Nord AS",
    orgnr="913 870 442",
    address="Terminalveien 8, 9015 Tromsø",
    title="Produktivitetsmåling med håndskannere på lager (Lager 4.0)",
    short="løpende måling av plukkhastighet per ansatt via håndskannere og lagerstyringssystem",
    purpose="Å planlegge bemanning og fordele arbeid jevnt, og å finne flaskehalser i plukkprosessen på terminalene i Tromsø og Alta.",
    nature="Håndskannerne registrerer hver skanning med tid, lokasjon og ansatt-ID. Lagerstyringssystemet beregner plukk per time per ansatt og per skift og viser sanntidstavle for skiftleder.",
    scope="Om lag 95 lagerarbeidere, herav 30 innleide og sesongarbeidere, to terminaler, alle skift.",
    context="Arbeidstakere i et underordnet forhold; sanntidsmåling kan gi opplevd press og brukes i disiplinærsaker. Språkbarrierer hos sesongarbeidere.",
    sources="Håndskannere, lagerstyringssystem, turnussystem.",
    recipients="Skiftleder (sanntid per skift), driftsleder (aggregert), HR bare etter særskilt prosess.",
    retention="Data per ansatt 60 dager, deretter aggregert per skift.",
    security="Rollebasert tilgang, logging, drift i leverandørens norske datasenter.",
    roles="Fraktlinjen Nord AS er behandlingsansvarlig. Lagerdata Norge AS drifter lagerstyringssystemet som databehandler.",
    legal="Personvernforordningen art. 6 nr. 1 bokstav f og arbeidsmiljøloven kapittel 9; drøftet med tillitsvalgte.",
    necessity="Bemanningsplanlegging krever tall per time og sone; tall per ansatt er nødvendig for å fordele opplæring. Alternativet med bare sone-tall ble testet i Alta og gav ikke grunnlag for å fordele arbeid.",
    proportionality="Sanntid bare for skiftleder og bare eget skift, ingen rangeringslister, ingen automatiske reaksjoner, 60 dagers lagring.",
    safeguards=(
        "Ingen rangeringslister eller oppslag",
        "Måling brukes ikke alene i personalsaker",
        "Informasjon på norsk, engelsk og polsk",
        "Årlig evaluering med tillitsvalgte",
    ),
    rights=("Den ansatte kan se egne tall", "Innsyn og retting via HR"),
    risks=(
        R(
            "R1",
            "Opplevd press og helseskader ved sanntidsmåling",
            4,
            4,
            "Ingen individuelle mål, ingen rangeringslister",
            3,
            3,
        ),
        R(
            "R2",
            "Måletall brukes i oppsigelsessaker",
            3,
            4,
            "Skriftlig rutine, tillitsvalgte involveres",
            2,
            4,
        ),
        R(
            "R3",
            "Sesongarbeidere forstår ikke informasjonen",
            4,
            3,
            "Oversatt informasjon, muntlig gjennomgang",
            2,
            2,
        ),
        R(
            "R4",
            "Data om pauser og toalettbesøk kan utledes",
            3,
            4,
            "Pauser registreres ikke; tomrom vises ikke per person",
            2,
            3,
        ),
    ),
    notdone=(
        ("Pseudonymisering av ansatt-ID på tavla", "Skiftleder må vite hvem som trenger opplæring"),
    ),
    stakeholders=(
        ("Klubben ved lageret", "Krever at tall ikke brukes i personalsaker"),
        ("Verneombud", "Bekymret for tempo; følger opp i AMU"),
    ),
    decision_body="Ledergruppen i Fraktlinjen Nord AS",
    decision_date="2. desember 2026",
    decision_ref="møtereferat LG 2026-23, punkt 2",
    decision_text="Ledergruppen gjennomgikk DPIA, risikomatrisen og innspillene fra klubben og verneombudet. Vurderingen ble godkjent; ledergruppen vedtok å be om forhåndsdrøftelse fordi restrisikoen for R1 fortsatt er høy.",
    contact=P(
        "Kristin Hågensen",
        "driftsdirektør lager",
        "+47 776 05 530",
        "kristin.hagensen@fraktlinjen.no",
    ),
    dpo=P(
        "Lena Myrvang",
        "personvernombud (ekstern, Havtorn Consulting)",
        "+47 913 55 207",
        "lena.myrvang@havtorn.no",
    ),
    processor=Processor(
        "Lagerdata Norge AS",
        "918 204 336",
        "Industriveien 3, 2072 Dal",
        "drift av lagerstyringssystem",
        P("Øystein Fure", "driftsansvarlig", "+47 63 95 40 12", "oystein.fure@lagerdata.no"),
    ),
)

# --- C: Advokatfirmaet Brekke Solum AS for two clients -----------------------------------

C1 = Topic(
    key="C1",
    lang="nb",
    controller="Kraftverket Trening AS",
    orgnr="916 447 021",
    address="Storgata 51, 3611 Kongsberg",
    title="Adgangskontroll med ansiktsgjenkjenning i 22 treningssentre",
    short="ansiktsgjenkjenning ved inngangen som alternativ til medlemskort",
    purpose="Å hindre at medlemskort deles og lånes bort, og å gi medlemmene adgang uten kort på ubemannede tider (kl. 05–23).",
    nature="Medlemmer som velger det, registrerer en ansiktsmal i appen. Ved inngangen sammenlignes ansiktet med malen (1:N innen senteret). Malen lagres kryptert; bilder lagres ikke. Medlemmer som ikke ønsker dette, bruker kort eller app-kode.",
    scope="22 sentre, om lag 41 000 medlemmer; forventet 15 000 som velger ansiktsgjenkjenning. Om lag 3,5 millioner passeringer per år.",
    context="Biometriske opplysninger for entydig identifisering (art. 9). Mange medlemmer er unge voksne; ubemannede sentre gir sterkt behov for adgangskontroll.",
    sources="Medlemmet selv (selvregistrering i appen), kamera ved inngangen, medlemsregisteret.",
    recipients="Ingen utlevering; driftspersonell hos leverandøren ved feilsøking.",
    retention="Ansiktsmal slettes når samtykket trekkes eller medlemskapet opphører; passeringslogg 30 dager.",
    security="Malen lagres kryptert og er ikke reversibel; nøkler i HSM hos leverandøren; kamera tar ikke opp video.",
    roles="Kraftverket Trening AS er behandlingsansvarlig. Passiq Biometrics AB leverer løsningen som databehandler.",
    legal="Uttrykkelig samtykke etter art. 9 nr. 2 bokstav a, med reelt alternativ (kort eller kode) uten ekstra kostnad.",
    necessity="Kortdeling anslås til 6–8 % av passeringene. Kort med PIN er prøvd og gav lange køer og deling av PIN. Ansiktsgjenkjenning er eneste metode som knytter passeringen til personen på ubemannede tider.",
    proportionality="Frivillig med likeverdig alternativ, ingen pris- eller fordelsforskjell, ingen lagring av bilder, sammenligning bare mot medlemmer i samme senter, lokal behandling.",
    safeguards=(
        "Samtykke i app med eget skjermbilde og mulighet for tilbaketrekking med ett klikk",
        "Alternativ adgang uten merkostnad",
        "Ingen bildelagring",
        "Tydelig skilting ved inngangen",
        "Årlig revisjon av leverandøren",
    ),
    rights=(
        "Innsyn via Min side",
        "Sletting av mal umiddelbart ved tilbaketrekking",
        "Klage til kundeservice og personvernombud",
    ),
    risks=(
        R(
            "R1",
            "Samtykket er ikke reelt frivillig (press fra kø eller ansatte)",
            3,
            4,
            "Likeverdig alternativ, opplæring av ansatte, ingen markedsføring i kø",
            2,
            4,
        ),
        R(
            "R2",
            "Lekkasje av ansiktsmaler",
            2,
            5,
            "Kryptering, HSM, ingen reversibel mal, penetrasjonstest",
            1,
            5,
        ),
        R(
            "R3",
            "Kameraet fanger opp ikke-medlemmer og forbipasserende",
            4,
            2,
            "Snevert bildefelt, ingen lagring",
            3,
            1,
        ),
        R(
            "R4",
            "Feilmatch gir urettmessig adgang eller avvisning",
            3,
            3,
            "Terskel justert, manuell reserveadgang",
            2,
            2,
        ),
        R(
            "R5",
            "Funksjonsutglidning (bruk til markedsføring eller politi)",
            2,
            5,
            "Avtalefestet formålsbegrensning, styrebeslutning kreves for endring",
            1,
            5,
        ),
    ),
    notdone=(
        (
            "Lagring av malen bare på medlemmets telefon (on-device)",
            "Leverandøren har ikke løsning for dette før 2028; vurdert på nytt ved fornyelse",
        ),
    ),
    stakeholders=(
        ("Medlemspanel (40 medlemmer)", "Flertall positive; ønsket garanti for alternativ"),
        ("Ansatte ved tre pilotsentre", "Ønsket opplæring i å svare på spørsmål"),
    ),
    decision_body="Styret i Kraftverket Trening AS",
    decision_date="26. november 2026",
    decision_ref="styresak 39/2026",
    decision_text="Styret behandlet DPIA med advokatfirmaets oppsummering av funn og restrisiko, medlemspanelets innspill og personvernombudets uttalelse. Styret godkjente DPIA og ga administrasjonen fullmakt til å be Datatilsynet om forhåndsdrøftelse gjennom advokatfirmaet.",
    contact=P("Marianne Vold", "driftsdirektør", "+47 32 72 40 11", "marianne.vold@kraftverket.no"),
    dpo=P("Henrik Aas", "personvernombud", "+47 32 72 40 19", "personvern@kraftverket.no"),
    processor=Processor(
        "Passiq Biometrics AB",
        "SE 559214-7736",
        "Drottninggatan 88, 111 36 Stockholm, Sverige",
        "biometrisk adgangsløsning",
        P("Elin Sjöberg", "Customer Privacy Lead", "+46 8 410 227 91", "elin.sjoberg@passiq.se"),
    ),
)

C2 = Topic(
    key="C2",
    lang="nb",
    controller="Bergsland Bemanning AS",
    orgnr="919 665 204",
    address="Nygårdsgaten 112, 5008 Bergen",
    title="Automatisert forhåndssortering av jobbsøkere med KI-basert CV-analyse",
    short="KI-verktøy som rangerer søkere til lager- og industristillinger før rekrutterer ser søknaden",
    purpose="Å håndtere om lag 60 000 søknader årlig og gi raskere svar, uten at søkere med relevant erfaring overses.",
    nature="CV og svar på screeningspørsmål analyseres av en språkmodell som gir en treffscore mot kravene i stillingen. Søkere over terskel vises først for rekrutterer; alle søknader kan fortsatt åpnes. Ingen søker avvises uten at et menneske har sett søknaden.",
    scope="Om lag 60 000 søkere per år, 45 rekrutterere, alle avdelinger i Norge.",
    context="Søkere står i et avhengighetsforhold; skjevheter i modellen kan gi diskriminering på grunnlag av kjønn, alder eller etnisitet. Art. 22 er vurdert.",
    sources="Søkeren (CV, søknadsskjema), kundens stillingskrav.",
    recipients="Rekrutterer; kunden får bare søkere som er presentert med samtykke.",
    retention="Søknader slettes seks måneder etter avsluttet prosess; modellens score lagres like lenge.",
    security="Modellen kjøres i leverandørens EU-region; ingen trening på søkernes data; tilgangsstyring og logging.",
    roles="Bergsland Bemanning AS er behandlingsansvarlig. TalentSift GmbH er databehandler for analyseverktøyet.",
    legal="Art. 6 nr. 1 bokstav b (tiltak før avtaleinngåelse) og bokstav f; art. 22 gjelder ikke fordi beslutningen tas av menneske, men er vurdert.",
    necessity="Manuell gjennomgang gir 3–5 ukers svartid og lar søknader bli liggende ulest. Enklere nøkkelordsøk er prøvd og sorterte bort søkere med utenlandsk utdanning.",
    proportionality="Bare relevante felt analyseres (navn, alder, bilde og adresse skjules for modellen), menneskelig gjennomgang, forklaring av score, skjevhetstest hvert kvartal.",
    safeguards=(
        "Modellen ser ikke navn, bilde, alder eller adresse",
        "Kvartalsvis skjevhetstest med uavhengig statistiker",
        "Søkere informeres i utlysningen og kan be om manuell vurdering",
        "Ingen trening på søkerdata",
    ),
    rights=(
        "Søkeren kan få forklart scoren",
        "Rett til manuell vurdering uten score",
        "Innsyn og sletting via søkerportalen",
    ),
    risks=(
        R(
            "R1",
            "Indirekte diskriminering via språk eller utdanningssted",
            3,
            5,
            "Skjevhetstest, fjerning av felt, justering av krav",
            2,
            4,
        ),
        R(
            "R2",
            "Rekrutterere stoler blindt på scoren (automatiseringsskjevhet)",
            4,
            4,
            "Opplæring, krav om å åpne minst 20 søknader under terskel",
            3,
            3,
        ),
        R(
            "R3",
            "Søkere vet ikke at KI brukes",
            3,
            3,
            "Informasjon i utlysning og bekreftelse",
            1,
            3,
        ),
        R(
            "R4",
            "Leverandøren bruker data til egen modelltrening",
            2,
            4,
            "Avtaleforbud og revisjonsrett",
            1,
            4,
        ),
    ),
    notdone=(
        (
            "Å la søkere velge bort KI helt ved innsending",
            "Vurdert, men gir to parallelle køer; erstattet av rett til manuell vurdering",
        ),
    ),
    stakeholders=(
        (
            "Likestillings- og diskrimineringsombudets veileder (lest, ikke konsultert)",
            "Brukt i testdesign",
        ),
        ("Tillitsvalgte for rekrutterere", "Ønsket opplæring"),
        ("Søkerpanel (12 tidligere søkere)", "Ønsket forklaring av score"),
    ),
    decision_body="Styret i Bergsland Bemanning AS",
    decision_date="20. november 2026",
    decision_ref="styresak 27/26",
    decision_text="Styret fikk presentert DPIA, resultatet av skjevhetstesten og innspillene fra søkerpanelet og tillitsvalgte. Styret godkjente vurderingen og besluttet at selskapet skal be om forhåndsdrøftelse før verktøyet tas i bruk.",
    contact=P(
        "Jostein Nesheim",
        "HR- og rekrutteringsdirektør",
        "+47 55 30 82 10",
        "jostein.nesheim@bergsland.no",
    ),
    dpo=P("Camilla Eide", "personvernombud", "+47 55 30 82 99", "personvernombud@bergsland.no"),
    processor=Processor(
        "TalentSift GmbH",
        "HRB 241877 B",
        "Friedrichstraße 68, 10117 Berlin, Tyskland",
        "KI-basert CV-analyse",
        P("Jonas Weber", "Data Protection Manager", "+49 30 2089 4417", "privacy@talentsift.de"),
    ),
)

# --- D: Calder Norway AS (English DPIA) --------------------------------------------------

D1 = Topic(
    key="D1",
    lang="en",
    controller="Calder Norway AS",
    orgnr="982 551 460",
    address="Dronning Eufemias gate 16, 0191 Oslo",
    title="Insider Risk Management (DLP and user behaviour analytics) for Norwegian employees",
    short="monitoring of e-mail, file transfers and endpoint activity with behaviour analytics to detect data exfiltration",
    purpose="To detect and prevent exfiltration of client data and trade secrets by employees, following two incidents in 2025 where departing staff took client lists.",
    nature="Data loss prevention policies scan outgoing e-mail, uploads and USB transfers for client data patterns. A behaviour analytics engine scores users on deviations (volume of downloads, off-hours activity, access to unusual repositories). High scores open a case for Calder Norway's Insider Risk analysts in Oslo; identities are pseudonymised until a reviewer escalates with HR and Legal approval.",
    scope="Approximately 640 employees and 120 contractors in Oslo, Stavanger and Bergen; all corporate devices and Microsoft 365 tenant; continuous.",
    context="Employment relationship; the Norwegian regulation on employer access to e-mail (e-postforskriften) limits access to content. Behaviour scoring may reveal private use, health or union activity.",
    sources="Microsoft 365 audit logs, endpoint agent, DLP policy matches, HR system (leaver dates).",
    recipients="Calder Norway Insider Risk analysts (pseudonymised), Norwegian HR and Legal on escalation, police only in criminal cases. Group functions in the UK receive only aggregated statistics.",
    retention="Alerts 180 days; case files 2 years after closure; raw logs 90 days.",
    security="Role-based access, pseudonymisation, dual approval for de-pseudonymisation, logs in EU data centre (Dublin).",
    roles="Calder Norway AS is controller for its employees and runs the Insider Risk function locally. Sentinel Insight Ltd (Dublin) is processor for the behaviour analytics platform, which reads the Microsoft 365 audit logs.",
    legal="Art. 6(1)(f) GDPR; Working Environment Act chapter 9; the e-mail access regulation (forskrift om arbeidsgivers innsyn i e-postkasse) for any content access.",
    necessity="Access controls and leaver procedures failed in both 2025 incidents. Manual review is not feasible at the volume of activity. Less intrusive options (DLP without behaviour scoring) were piloted for three months and produced 4 000 alerts with no prioritisation.",
    proportionality="Pseudonymisation by default, no monitoring of private cloud accounts, content review only under e-postforskriften with the employee informed, no keystroke logging or screenshots, exclusion of union representatives' communication with the union.",
    safeguards=(
        "Pseudonymised alerts; de-pseudonymisation needs HR and Legal approval",
        "No screenshots, keystroke capture or webcam",
        "Union communication channels excluded",
        "Quarterly report to the Working Environment Committee",
        "Employee notice and FAQ in Norwegian",
    ),
    rights=(
        "Access requests handled by Norwegian HR within 30 days",
        "Employees informed when a case is opened, unless this would defeat the investigation",
        "Right to object under Art. 21 assessed individually",
    ),
    risks=(
        R(
            "R1",
            "Chilling effect and feeling of constant surveillance",
            4,
            3,
            "Transparency, no content review by default, works council oversight",
            3,
            3,
        ),
        R(
            "R2",
            "Behaviour scores reveal health, family or union matters",
            3,
            4,
            "Exclusion lists, reviewer training, pseudonymisation",
            2,
            4,
        ),
        R(
            "R3",
            "Unlawful content access contrary to e-postforskriften",
            2,
            5,
            "Legal approval step, employee notification, access log",
            1,
            5,
        ),
        R(
            "R4",
            "Access by the processor's support staff outside the EEA",
            2,
            3,
            "EU-only support agreed in the DPA, SCCs as fallback",
            1,
            3,
        ),
        R(
            "R5",
            "False positives lead to unjustified suspicion",
            3,
            4,
            "Human review, no disciplinary action on score alone",
            2,
            4,
        ),
    ),
    notdone=(
        (
            "Full anonymisation until a crime is suspected",
            "Would make early intervention (a conversation with the employee) impossible",
        ),
        ("Excluding contractors", "Contractors handle the same client data"),
    ),
    stakeholders=(
        (
            "Tekna and Parat union representatives",
            "Accepted with the exclusion list and quarterly reporting",
        ),
        ("Working Environment Committee (AMU)", "Requested annual evaluation"),
        ("Group Information Security", "Supported"),
    ),
    decision_body="Board of Directors of Calder Norway AS",
    decision_date="27 November 2026",
    decision_ref="Board minutes 2026/09, item 5",
    decision_text="The Board reviewed the DPIA summary, the findings and the residual risk presented by the DPO, and the positions of the union representatives and the Working Environment Committee. The Board approved the DPIA and instructed management to seek prior consultation with Datatilsynet before go-live, as residual risk R2 and R5 remains high.",
    contact=P(
        "Ingrid Solbakken", "HR Director Norway", "+47 23 10 44 20", "ingrid.solbakken@calder.no"
    ),
    dpo=P(
        "Rupert Hale", "Group Data Protection Officer", "+44 20 7946 0321", "dpo@caldergroup.com"
    ),
    processor=Processor(
        "Sentinel Insight Ltd",
        "IE 698213",
        "4 Grand Canal Square, Dublin 2, Ireland",
        "insider risk analytics platform",
        P(
            "Aoife Brennan",
            "Customer Success Account Manager",
            "+353 1 531 4470",
            "aoife.brennan@sentinelinsight.ie",
        ),
    ),
)

D2 = Topic(
    key="D2",
    lang="en",
    controller="Calder Norway AS",
    orgnr="982 551 460",
    address="Dronning Eufemias gate 16, 0191 Oslo",
    title="AI speech analytics in the Trondheim customer service centre",
    short="transcription and emotion scoring of all customer calls for quality and complaints handling",
    purpose="To improve complaint handling and quality of advice by transcribing all calls and flagging calls where customers express dissatisfaction or vulnerability.",
    nature="Calls are recorded, transcribed and analysed by a speech analytics service. The service scores sentiment and flags keywords (complaint, cancellation, illness, bereavement). Team leaders use flagged calls for coaching; aggregated scores go to management dashboards.",
    scope="About 85 agents and around 400 000 calls per year with customers in Norway; customers include vulnerable persons.",
    context="Customers do not expect emotional analysis; agents are evaluated on their calls; vulnerability keywords may reveal health data (Art. 9).",
    sources="Telephony platform (recordings), CRM (customer ID), HR roster (agent ID).",
    recipients="Team leaders, quality team, complaints unit; no disclosure outside the group.",
    retention="Recordings 90 days, transcripts 12 months, aggregated scores 3 years.",
    security="Processing in EU region, encryption, redaction of card numbers, access logging.",
    roles="Calder Norway AS is controller. Vocalis Analytics Ltd (Ireland) is processor for transcription and analytics.",
    legal="Art. 6(1)(f) for quality and complaints; Art. 9(2)(f) considered for the vulnerability flag but not relied on; instead, health keywords are redacted and only a generic 'vulnerability' flag kept.",
    necessity="Random sampling of 2 % of calls missed most complaints in the 2025 audit by Finanstilsynet. Keyword search without scoring was tested and produced unusable volumes.",
    proportionality="Emotion scores are not used to evaluate individual agents, health keywords are redacted, customers are informed at call start and can ask for no recording.",
    safeguards=(
        "Opt-out from recording at call start",
        "No individual agent ranking from sentiment",
        "Redaction of health keywords",
        "Annual model bias review",
    ),
    rights=("Customers can request transcripts", "Agents see their own flagged calls"),
    risks=(
        R(
            "R1",
            "Inference of health or vulnerability from voice and words",
            3,
            4,
            "Redaction and generic flag only",
            2,
            3,
        ),
        R(
            "R2",
            "Agents evaluated on sentiment scores",
            3,
            4,
            "Policy and dashboard design without agent ranking",
            2,
            3,
        ),
        R("R3", "Customers unaware of analysis", 4, 3, "Notice at call start and on website", 2, 3),
        R(
            "R4",
            "Processor uses recordings to train models",
            2,
            4,
            "Contractual prohibition and audit right",
            1,
            4,
        ),
    ),
    notdone=(("Sampling only 20 % of calls", "Would not meet the complaints-handling objective"),),
    stakeholders=(
        ("Finansforbundet club", "Agreed provided no agent ranking"),
        ("Customer panel", "Asked for opt-out"),
    ),
    decision_body="Management Team of Calder Norway AS",
    decision_date="4 December 2026",
    decision_ref="MT minutes 2026-44",
    decision_text="The Management Team reviewed the DPIA, the findings, and the input from the union club and the customer panel, approved the assessment and decided to request prior consultation as residual risk R1 remains high.",
    contact=P(
        "Per Kristian Lund",
        "Head of Customer Service Norway",
        "+47 73 80 12 40",
        "perkristian.lund@calder.no",
    ),
    dpo=P(
        "Rupert Hale", "Group Data Protection Officer", "+44 20 7946 0321", "dpo@caldergroup.com"
    ),
    processor=Processor(
        "Vocalis Analytics Ltd",
        "IE 611420",
        "Block 3, Harcourt Centre, Dublin 2, Ireland",
        "speech transcription and analytics",
        P("Niamh O'Connor", "Privacy Counsel", "+353 1 443 9920", "niamh.oconnor@vocalis.ie"),
    ),
)

# --- E: Sjukehuset Vestkyst HF, personvernkontoret (nynorsk) -----------------------------

E1 = Topic(
    key="E1",
    lang="nn",
    controller="Sjukehuset Vestkyst HF",
    orgnr="983 770 118",
    address="Postboks 410, 6803 Førde",
    title="Prediksjonsmodell for risiko for reinnlegging (KI-støtte ved utskriving)",
    short="maskinlæringsmodell som reknar ut risiko for reinnlegging innan 30 dagar for alle inneliggjande pasientar",
    purpose="Å gje legar og sjukepleiarar eit betre grunnlag for å planleggje utskriving og oppfølging, slik at færre pasientar blir lagde inn att.",
    nature="Modellen hentar journaldata (diagnosar, legemiddel, tidlegare innleggingar, labsvar) og reknar ut ein risikoskår som blir vist i utskrivingsmodulen. Skåren er eit råd; behandlaren avgjer. Modellen er trena på historiske data frå 2018–2024 etter vedtak om dispensasjon frå teieplikta.",
    scope="Om lag 38 000 innleggingar i året ved fire sjukehus; alle vaksne inneliggjande pasientar.",
    context="Helseopplysningar om sårbare pasientar; risiko for at skåren påverkar prioritering og for skeivskap mot eldre og pasientar med rus- eller psykiske lidingar.",
    sources="Pasientjournal (DIPS), laboratoriesystem, legemiddelmodul.",
    recipients="Behandlande helsepersonell med tenstleg behov. Ingen utlevering.",
    retention="Skåren blir lagra i journalen som del av utskrivingsnotatet; modellloggar 12 månader.",
    security="Køyrer i helseføretaket sitt eige datasenter, tilgangsstyring etter tenstleg behov, logging og loggkontroll.",
    roles="Sjukehuset Vestkyst HF er behandlingsansvarleg. Modellen er utvikla internt; driftsleverandør er Helse Vestkyst IKT (internt). Ingen ekstern databehandlar.",
    legal="Pasientjournallova § 6 og helsepersonellova § 39 (dokumentasjon), personvernforordninga art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h.",
    necessity="Reinnleggingsraten er 14 % og over snittet. Dagens sjekklister fangar ikkje opp samansette risikofaktorar. Ein enklare skår (LACE) er prøvd og var for unøyaktig for pasientgruppa.",
    proportionality="Berre data som alt er i journalen, ingen automatiske avgjerder, skåren er forklart med dei viktigaste faktorane, årleg validering og skeivskapstest.",
    safeguards=(
        "Forklaring av skåren i brukargrensesnittet",
        "Årleg validering og test for skeivskap",
        "Ingen automatisk avgjerd",
        "Informasjon til pasientar på nettsida og i innkallingsbrev",
    ),
    rights=(
        "Innsyn i journal og logg",
        "Rett til å be om at skåren ikkje blir brukt (vurdert individuelt)",
        "Retting av feil i journalen",
    ),
    risks=(
        R(
            "R1",
            "Skeivskap gjev dårlegare oppfølging for eldre eller pasientar med rusliding",
            3,
            4,
            "Skeivskapstest, kalibrering per gruppe",
            2,
            4,
        ),
        R(
            "R2",
            "Helsepersonell stoler for mykje på skåren",
            3,
            4,
            "Opplæring, forklaring, evaluering",
            2,
            3,
        ),
        R(
            "R3",
            "Pasientane veit ikkje at KI blir brukt",
            4,
            2,
            "Informasjon på nettsida og i brev",
            2,
            2,
        ),
        R("R4", "Snoking i data om pasientar med høg skår", 2, 4, "Loggkontroll", 1, 4),
    ),
    notdone=(
        (
            "Samtykke frå kvar pasient",
            "Ikkje føremålstenleg i akuttforløp; helsehjelpsheimelen er rett grunnlag",
        ),
    ),
    stakeholders=(
        ("Brukarutvalet", "Ønskte at pasientar blir informerte"),
        ("Klinisk etikkomité", "Tilrådde evaluering etter eitt år"),
        ("Tillitsvalde for legar og sjukepleiarar", "Støttar med krav om opplæring"),
    ),
    decision_body="Direktøren si leiargruppe",
    decision_date="19. november 2026",
    decision_ref="LG-sak 2026/141",
    decision_text="Leiargruppa fekk lagt fram DPIA, funna og restrisikoen av personvernkontoret, saman med innspela frå brukarutvalet og klinisk etikkomité. Leiargruppa godkjende vurderinga og vedtok å be Datatilsynet om førehandsdrøfting, fordi restrisikoen R1 framleis er høg.",
    contact=P(
        "Gunnhild Rygg",
        "seksjonsleiar, Seksjon for pasientflyt",
        "+47 57 83 90 12",
        "gunnhild.rygg@vestkyst-hf.no",
    ),
    dpo=P("Olav Sandal", "personvernombod", "+47 57 83 90 70", "personvernombod@vestkyst-hf.no"),
    processor=None,
)

E2 = Topic(
    key="E2",
    lang="nn",
    controller="Sjukehuset Vestkyst HF",
    orgnr="983 770 118",
    address="Postboks 410, 6803 Førde",
    title="Digital heimeoppfølging av pasientar med hjartesvikt (sensorar og app)",
    short="pasientar med hjartesvikt målar vekt, puls og blodtrykk heime og sender til sjukehuset kvar dag",
    purpose="Å oppdage forverring tidleg og redusere innleggingar, slik at pasientane kan bu heime lenger.",
    nature="Pasienten får vekt, blodtrykksmålar og app. Måleverdiane blir sende til ei plattform hos leverandøren og vist for sjukepleiar i hjartepoliklinikken. Avvik gjev varsel; sjukepleiar ringjer pasienten.",
    scope="Om lag 450 pasientar, mange over 75 år, i 19 kommunar.",
    context="Helseopplysningar i heimen, eldre pasientar med varierande digital kompetanse, pårørande hjelper ofte til.",
    sources="Pasienten (målingar og spørjeskjema), journalen.",
    recipients="Sjukepleiarar i hjartepoliklinikken, fastlege ved behov (med pasienten sitt samtykke).",
    retention="Målingar i plattforma 12 månader, samandrag i journalen.",
    security="Plattforma er i Noreg, to-faktor for helsepersonell, kryptert kommunikasjon.",
    roles="Sjukehuset Vestkyst HF er behandlingsansvarleg. Kardio Heime AS er databehandlar for plattform og app.",
    legal="Pasientjournallova § 6, art. 9 nr. 2 bokstav h; deltaking er frivillig.",
    necessity="Innleggingar for hjartesvikt aukar; poliklinikken har ikkje kapasitet til tettare kontrollar.",
    proportionality="Frivillig deltaking, berre nødvendige måleverdiar, pasienten kan avslutte når som helst.",
    safeguards=(
        "Frivillig og skriftleg informasjon",
        "Pårørande får eigen tilgang berre etter fullmakt",
        "Kort lagringstid i plattforma",
    ),
    rights=("Innsyn i måleverdiar i appen", "Avslutting når som helst"),
    risks=(
        R(
            "R1",
            "Pårørande eller andre i heimen ser helseopplysningar",
            3,
            3,
            "PIN på appen, informasjon",
            2,
            3,
        ),
        R(
            "R2",
            "Manglande forståing hos eldre pasientar",
            4,
            3,
            "Opplæring ved oppstart, telefonstøtte",
            2,
            3,
        ),
        R("R3", "Lekkasje frå plattforma", 2, 5, "Kryptering, revisjon av leverandøren", 1, 5),
    ),
    notdone=(
        (
            "Oppfølging berre via journalens pasientportal",
            "Pasientportalen har ikkje støtte for måleutstyr",
        ),
    ),
    stakeholders=(
        ("Brukarutvalet", "Positivt; ønskte telefonstøtte"),
        ("Kommunane", "Ønskte at fastlege blir varsla"),
    ),
    decision_body="Direktøren si leiargruppe",
    decision_date="10. desember 2026",
    decision_ref="LG-sak 2026/152",
    decision_text="Leiargruppa gjekk gjennom DPIA, samandraget av funn og innspela frå brukarutvalet og kommunane, godkjende vurderinga og vedtok å be om førehandsdrøfting.",
    contact=P(
        "Ragnhild Myklebust",
        "avdelingsleiar, Hjartemedisinsk avdeling",
        "+47 57 83 91 40",
        "ragnhild.myklebust@vestkyst-hf.no",
    ),
    dpo=P("Olav Sandal", "personvernombod", "+47 57 83 90 70", "personvernombod@vestkyst-hf.no"),
    processor=Processor(
        "Kardio Heime AS",
        "924 118 550",
        "Strandkaien 6, 5013 Bergen",
        "plattform og app for heimemåling",
        P("Siri Bakke", "leiar kundeoppfølging", "+47 984 11 550", "siri.bakke@kardioheime.no"),
    ),
)

# --- F: Sparebanken Lyngheia ---------------------------------------------------------------

F1 = Topic(
    key="F1",
    lang="nb",
    controller="Sparebanken Lyngheia",
    orgnr="937 894 120",
    address="Torvet 2, 4836 Arendal",
    title="Stemmebiometri for autentisering av kunder i kundesenteret",
    short="stemmeavtrykk som gjenkjenner kunden i telefonen i stedet for sikkerhetsspørsmål",
    purpose="Å autentisere kunder sikrere og raskere i telefonkanalen og redusere svindel med sosial manipulering.",
    nature="Kunder som samtykker, får laget et stemmeavtrykk fra de første samtalene. I senere samtaler sammenlignes stemmen passivt med avtrykket og rådgiveren får et grønt/gult/rødt signal. Ved rødt brukes BankID-bekreftelse i appen.",
    scope="Om lag 110 000 personkunder, forventet 35 000 som samtykker; 260 000 samtaler per år.",
    context="Biometriske opplysninger for entydig identifisering (art. 9); kunder i sårbare situasjoner ringer ofte banken.",
    sources="Kundens stemme i samtalen, kunderegister.",
    recipients="Ingen utlevering; signal til rådgiver.",
    retention="Stemmeavtrykket slettes når samtykket trekkes eller kundeforholdet opphører; lydopptak lagres ikke for dette formålet.",
    security="Avtrykket lagres kryptert hos leverandøren i EU, kan ikke gjenskapes til lyd, tilgangsstyring.",
    roles="Sparebanken Lyngheia er behandlingsansvarlig. Sonora Identity SAS er databehandler.",
    legal="Uttrykkelig samtykke, art. 9 nr. 2 bokstav a; alternativ autentisering beholdes.",
    necessity="Svindel via telefon økte 40 % i 2025; sikkerhetsspørsmål kan lett finnes i sosiale medier.",
    proportionality="Frivillig, alternativ beholdes, ingen lagring av lyd, kort tid til sletting.",
    safeguards=(
        "Samtykke i nettbanken, ikke i telefonen",
        "Alternativ autentisering uten ulempe",
        "Sletting ved tilbaketrekking",
    ),
    rights=("Innsyn og sletting via nettbanken",),
    risks=(
        R(
            "R1",
            "Samtykket er ikke informert (kunden forstår ikke hva stemmeavtrykk er)",
            3,
            3,
            "Enkel forklaring, samtykke i nettbanken",
            2,
            3,
        ),
        R(
            "R2",
            "Lekkasje av stemmeavtrykk som ikke kan byttes",
            2,
            5,
            "Kryptering, leverandørrevisjon",
            1,
            5,
        ),
        R(
            "R3",
            "Stemmekloning omgår kontrollen og gir svindel",
            3,
            4,
            "Deteksjon av syntetisk tale, BankID ved større transaksjoner",
            2,
            4,
        ),
    ),
    notdone=(
        (
            "Lagring av avtrykk i egen drift",
            "Banken har ikke kompetanse til å drifte løsningen sikkert",
        ),
    ),
    stakeholders=(
        ("Kundepanel", "Positivt, men ønsket enkel tilbaketrekking"),
        ("Tillitsvalgte i kundesenteret", "Ingen innvendinger"),
    ),
    decision_body="Konsernledelsen",
    decision_date="25. november 2026",
    decision_ref="KL-sak 88/2026",
    decision_text="Konsernledelsen gjennomgikk PKA-en med funn og restrisiko, kundepanelets innspill og personvernombudets uttalelse. Konsernledelsen godkjente analysen og besluttet å be om forhåndsdrøftelse på grunn av restrisikoen R3.",
    contact=P(
        "Anette Salvesen", "leder kundesenter", "+47 37 05 62 10", "anette.salvesen@lyngheia.no"
    ),
    dpo=P("Kjetil Omdal", "personvernombud", "+47 37 05 60 99", "personvernombud@lyngheia.no"),
    processor=Processor(
        "Sonora Identity SAS",
        "FR 852 114 903",
        "24 rue de la Boétie, 75008 Paris, Frankrike",
        "stemmebiometri",
        P(
            "Claire Dumont",
            "Head of Client Privacy",
            "+33 1 84 60 21 77",
            "claire.dumont@sonora-id.fr",
        ),
    ),
)

F2 = Topic(
    key="F2",
    lang="nb",
    controller="Sparebanken Lyngheia",
    orgnr="937 894 120",
    address="Torvet 2, 4836 Arendal",
    title="Maskinlæringsbasert transaksjonsovervåking mot hvitvasking",
    short="maskinlæringsmodell som scorer alle kundetransaksjoner og prioriterer saker for hvitvaskingsenheten",
    purpose="Å oppdage mistenkelige transaksjoner etter hvitvaskingsloven bedre og redusere antall falske treff.",
    nature="Alle transaksjoner scores av en modell som bruker transaksjonsmønster, kundeprofil og nettverk (hvem kunden betaler til). Høy score gir sak til manuell undersøkelse; banken rapporterer til Økokrim bare etter manuell vurdering.",
    scope="Alle 130 000 kunder, om lag 45 millioner transaksjoner per år.",
    context="Profilering av alle kunder; konsekvenser kan være stengte kontoer og rapport til Økokrim; nettverksanalyse berører tredjepersoner.",
    sources="Kjernebanksystem, kundeopplysninger (KYC), offentlige sanksjonslister.",
    recipients="Hvitvaskingsenheten; Økokrim (EFE) ved rapport.",
    retention="Etter hvitvaskingsloven § 30: fem år.",
    security="Modellen driftes i bankens private sky hos leverandøren; tilgang bare for AML-enheten.",
    roles="Sparebanken Lyngheia er behandlingsansvarlig. Finlytic AS er databehandler.",
    legal="Hvitvaskingsloven §§ 24–26, art. 6 nr. 1 bokstav c.",
    necessity="Regelbasert system gir 97 % falske treff og binder opp enheten; Finanstilsynet påpekte svakheter i 2025.",
    proportionality="Ingen automatiske reaksjoner, forklarbarhet, kvartalsvis modellvalidering.",
    safeguards=(
        "Menneskelig vurdering før tiltak",
        "Forklaring av score",
        "Kvartalsvis validering",
    ),
    rights=("Begrenset innsyn etter hvitvaskingsloven § 31; ellers vanlig innsyn",),
    risks=(
        R(
            "R1",
            "Urettmessig mistanke og stengte kontoer",
            3,
            4,
            "Manuell vurdering, klageadgang",
            2,
            4,
        ),
        R("R2", "Skjevhet mot kunder med utenlandske transaksjoner", 3, 4, "Skjevhetstest", 2, 3),
        R(
            "R3",
            "Tredjepersoner i nettverket profileres",
            3,
            3,
            "Begrensning av nettverksdybde",
            2,
            3,
        ),
    ),
    notdone=(("Å informere kunden om score", "Forbudt etter hvitvaskingsloven § 31"),),
    stakeholders=(("Forbrukerrådet (innspill ved møte)", "Bekymret for stengte kontoer"),),
    decision_body="Styret i Sparebanken Lyngheia",
    decision_date="8. desember 2026",
    decision_ref="styresak 112/2026",
    decision_text="Styret behandlet PKA-en, sammendraget av funn og Forbrukerrådets innspill, godkjente analysen og ba administrasjonen be om forhåndsdrøftelse.",
    contact=P("Bjørn Tveit", "leder AML-enheten", "+47 37 05 63 40", "bjorn.tveit@lyngheia.no"),
    dpo=P("Kjetil Omdal", "personvernombud", "+47 37 05 60 99", "personvernombud@lyngheia.no"),
    processor=Processor(
        "Finlytic AS",
        "925 880 147",
        "Fjordalléen 16, 0250 Oslo",
        "AML-modell og drift",
        P("Sunniva Holt", "kundeansvarlig bank", "+47 930 12 447", "sunniva.holt@finlytic.no"),
    ),
)

# --- G: Fjordnett AS (telecom) -------------------------------------------------------------

G1 = Topic(
    key="G1",
    lang="nb",
    controller="Fjordnett AS",
    orgnr="976 330 215",
    address="Nedre Vollgate 9, 0158 Oslo",
    title="Mobilitetsanalyse for kommuner basert på lokasjonsdata fra mobilnettet (Fjordnett Flyt)",
    short="aggregerte bevegelsesmønstre fra mobilnettets lokasjonsdata som selges som statistikk til kommuner",
    purpose="Å tilby kommuner og fylkeskommuner statistikk over hvordan folk beveger seg (pendling, turisme, arrangementer) for planlegging av kollektivtrafikk og beredskap.",
    nature="Signaleringsdata fra basestasjoner (hvilken celle en telefon er koblet til) pseudonymiseres med døgnlig nøkkel og aggregeres til ruter på 250 x 250 meter og timer. Kundene mottar bare tabeller med minst 20 personer per celle.",
    scope="Om lag 1,9 millioner abonnenter; data fra hele landet; leveranser til 14 kommuner i første fase.",
    context="Lokasjonsdata avslører bosted, arbeidssted, helsebesøk og religiøs praksis; ekomloven § 3-15 (trafikkdata) setter strenge rammer.",
    sources="Mobilnettets signaleringsdata, abonnentregister (alder i tiårsgrupper, bostedskommune).",
    recipients="Kommuner (bare aggregerte tabeller); ingen rådata ut av Fjordnett.",
    retention="Pseudonymiserte data 30 dager, aggregater ubegrenset.",
    security="Behandling i lukket analysemiljø, døgnlig nøkkelbytte, k-anonymitet 20, støy på små celler.",
    roles="Fjordnett AS er behandlingsansvarlig for anonymiseringen. Kommunene mottar anonyme data. Nordlys Dataplattform AS drifter analysemiljøet som databehandler.",
    legal="Ekomloven § 3-15 og samtykke er vurdert; Fjordnett legger til grunn at anonymiseringen er en viderebehandling forenlig med det opprinnelige formålet etter art. 6 nr. 4 – dette er et av spørsmålene for forhåndsdrøftelsen.",
    necessity="Kommunene har i dag bare manuelle tellinger og reisevaneundersøkelser hvert fjerde år. Syntetiske data er vurdert og gir ikke tilstrekkelig presisjon.",
    proportionality="Bare aggregater, terskel på 20, grove ruter, ingen data om enkeltreiser, reservasjonsmulighet i Min side.",
    safeguards=(
        "k-anonymitet og støy",
        "Døgnlig nøkkelbytte",
        "Reservasjon for abonnenter",
        "Uavhengig revisjon av anonymiseringen",
    ),
    rights=("Reservasjon i Min side", "Informasjon på nettsiden og i abonnementsvilkårene"),
    risks=(
        R(
            "R1",
            "Reidentifisering ved kombinasjon av aggregater i små kommuner",
            3,
            5,
            "Terskel 20, støy, grovere ruter i små kommuner",
            2,
            4,
        ),
        R("R2", "Abonnentene forventer ikke slik bruk", 4, 3, "Informasjon og reservasjon", 3, 3),
        R("R3", "Kunde ber om finere data (press)", 3, 4, "Avtalefestede minstekrav", 2, 4),
        R("R4", "Innsidetilgang til pseudonymiserte data", 2, 4, "Lukket miljø, logging", 1, 4),
    ),
    notdone=(
        ("Samtykke fra hver abonnent", "Ville gi skjevt utvalg og ubrukelig statistikk"),
        (
            "Differensielt personvern fullt ut",
            "Gir for mye støy i små kommuner; vurderes på nytt 2028",
        ),
    ),
    stakeholders=(
        ("Forbrukerrådet", "Krever enkel reservasjon"),
        ("KS (kommunesektoren)", "Ønsker data"),
        ("Fjordnetts kundepanel", "Delt syn"),
    ),
    decision_body="Konsernledelsen i Fjordnett AS",
    decision_date="1. desember 2026",
    decision_ref="KL 2026-47, sak 3",
    decision_text="Konsernledelsen gjennomgikk DPIA, funnene fra den uavhengige revisjonen av anonymiseringen og innspillene fra Forbrukerrådet, KS og kundepanelet. Konsernledelsen godkjente vurderingen og vedtok å be om forhåndsdrøftelse før lansering.",
    contact=P(
        "Vegard Eknes",
        "produktdirektør Data & Analyse",
        "+47 22 41 70 33",
        "vegard.eknes@fjordnett.no",
    ),
    dpo=P("Nina Brattli", "personvernombud", "+47 22 41 70 00", "personvernombud@fjordnett.no"),
    processor=Processor(
        "Nordlys Dataplattform AS",
        "929 771 046",
        "Gaustadalléen 21, 0349 Oslo",
        "drift av analysemiljø",
        P("Amir Haddad", "tjenesteansvarlig", "+47 458 77 046", "amir.haddad@nordlysdata.no"),
    ),
)

G2 = Topic(
    key="G2",
    lang="nb",
    controller="Fjordnett AS",
    orgnr="976 330 215",
    address="Nedre Vollgate 9, 0158 Oslo",
    title="Svindeldeteksjon basert på samtalemønstre (SIM-bytte og robotanrop)",
    short="analyse av trafikkdata for å stoppe svindelanrop og varsle kunder ved mistenkelig SIM-bytte",
    purpose="Å beskytte kunder mot telefonsvindel ved å blokkere svindelanrop og stoppe uautorisert SIM-bytte.",
    nature="Trafikkdata (hvem ringer hvem, varighet, tidspunkt) analyseres i sanntid av en modell som gjenkjenner mønstre fra svindelnumre. Mistenkelige anrop blokkeres eller merkes. Ved SIM-bytte sammenlignes bruk før og etter.",
    scope="Alle 1,9 millioner abonnenter og innkommende anrop fra andre nett.",
    context="Trafikkdata er underlagt ekomlovens taushetsplikt; feilblokkering kan hindre kontakt med nødetater eller familie.",
    sources="Nettets signaleringsdata, SIM-register.",
    recipients="Svindelteamet; politiet ved anmeldelse.",
    retention="Trafikkdata for analyse 14 dager; hendelser 12 måneder.",
    security="Sanntidsanalyse i eget miljø, tilgang for svindelteamet.",
    roles="Fjordnett AS er behandlingsansvarlig; ingen databehandler (egen drift).",
    legal="Ekomloven § 3-15 og § 2-7 (sikkerhet), art. 6 nr. 1 bokstav f.",
    necessity="Svindelanrop økte fra 2 til 9 millioner i 2025; manuelle sperrelister er for sene.",
    proportionality="Ingen innholdsanalyse, korte lagringstider, nødnumre unntas.",
    safeguards=("Nødnumre unntas alltid", "Kunden kan oppheve blokkering", "Korte lagringstider"),
    rights=("Klage på blokkering via kundeservice",),
    risks=(
        R("R1", "Feilblokkering av legitime anrop", 3, 4, "Hvitlister, rask klagebehandling", 2, 3),
        R("R2", "Analysen brukes til andre formål", 2, 4, "Formålsbegrensning og logging", 1, 4),
    ),
    notdone=(("Varsel til hver kunde ved blokkering", "Ville varsle svindlerne"),),
    stakeholders=(("Nkom (uformelt)", "Støtter"), ("Forbrukerrådet", "Ønsker klageordning")),
    decision_body="Konsernledelsen i Fjordnett AS",
    decision_date="8. desember 2026",
    decision_ref="KL 2026-48, sak 1",
    decision_text="Konsernledelsen gjennomgikk DPIA og innspillene, godkjente vurderingen og vedtok å be om forhåndsdrøftelse.",
    contact=P("Line Aarvik", "leder svindelteamet", "+47 22 41 71 20", "line.aarvik@fjordnett.no"),
    dpo=P("Nina Brattli", "personvernombud", "+47 22 41 70 00", "personvernombud@fjordnett.no"),
    processor=None,
)

# --- H: Direktoratet for tilskuddsforvaltning --------------------------------------------

H1 = Topic(
    key="H1",
    lang="nb",
    controller="Direktoratet for tilskuddsforvaltning",
    orgnr="974 760 283",
    address="Postboks 1150 Sentrum, 0107 Oslo",
    title="Automatisert risikoklassifisering av søknader om næringstilskudd",
    short="risikomodell som klassifiserer alle tilskuddssøknader i lav, middels og høy kontrollrisiko",
    purpose="Å rette kontrollressursene mot søknader med høy risiko for feil og misbruk, og å behandle lavrisikosøknader raskere.",
    nature="Hver søknad får en risikoklasse fra en regelbasert modell med statistisk vekting (søkerens historikk, avvik mellom søknad og regnskap, nyregistrerte selskaper, roller i andre saker). Høy klasse gir manuell kontroll; lav gir forenklet behandling. Vedtak fattes alltid av saksbehandler.",
    scope="Om lag 18 000 søknader per år fra foretak; personopplysninger om daglig leder, styremedlemmer og enkeltpersonforetak.",
    context="Offentlig myndighetsutøvelse; klassifiseringen kan føre til forsinkelser og kontroll; enkeltpersonforetak er fysiske personer.",
    sources="Søknaden, Enhetsregisteret, Skatteetaten (regnskapstall), egne saker.",
    recipients="Saksbehandlere og kontrollenheten; ingen utlevering.",
    retention="Risikoklasse lagres i saken og arkiveres etter arkivlova.",
    security="Intern drift, tilgangsstyring, logging.",
    roles="Direktoratet er behandlingsansvarlig. Statens IT-drift (SITD) er databehandler for driftsplattformen.",
    legal="Tilskuddsforskriften § 14 og forvaltningsloven; art. 6 nr. 1 bokstav e; art. 22 vurdert (ikke helautomatisert).",
    necessity="Riksrevisjonen påpekte i 2025 at kontrollene var tilfeldige og lite treffsikre; ressursene dekker kontroll av 8 % av søknadene.",
    proportionality="Forklarbare regler, menneskelig vedtak, ingen bruk av opplysninger om nasjonalitet, årlig evaluering.",
    safeguards=(
        "Forklaring av risikoklasse i saken",
        "Menneskelig vedtak",
        "Årlig skjevhetsevaluering",
        "Søkere informeres i utlysningen",
    ),
    rights=("Innsyn etter forvaltningsloven og art. 15", "Klage på vedtak"),
    risks=(
        R(
            "R1",
            "Nyetablerte foretak og innvandrere får oftere høy klasse",
            3,
            4,
            "Fjerning av proxy-variabler, skjevhetstest",
            2,
            3,
        ),
        R("R2", "Søkere forstår ikke hvorfor de kontrolleres", 4, 3, "Forklaring i saken", 2, 3),
        R("R3", "Feil i registerdata gir feil klasse", 3, 3, "Kontroll av datakvalitet", 2, 3),
    ),
    notdone=(("Å gi søker innsyn i modellens vekter", "Kan gjøre kontrollen virkningsløs"),),
    stakeholders=(
        ("Næringslivets interesseorganisasjoner (NHO, Virke)", "Ønsket åpenhet"),
        ("Riksrevisjonen (orientert)", "Ingen merknader"),
    ),
    decision_body="Direktørens ledermøte",
    decision_date="17. november 2026",
    decision_ref="LM-sak 61/2026",
    decision_text="Ledermøtet gjennomgikk DPIA, sammendrag av funn og innspill fra interesseorganisasjonene, godkjente vurderingen og besluttet å be om forhåndsdrøftelse.",
    contact=P(
        "Siv Kjelstad",
        "avdelingsdirektør, Avdeling for kontroll",
        "+47 22 94 31 40",
        "siv.kjelstad@dtf.no",
    ),
    dpo=P("Arne Bøhmer", "personvernombud", "+47 22 94 30 05", "personvernombud@dtf.no"),
    processor=Processor(
        "Statens IT-drift (SITD)",
        "991 220 401",
        "Postboks 8140 Dep, 0033 Oslo",
        "driftsplattform",
        P("Gro Linnerud", "tjenesteleder", "+47 22 24 77 10", "gro.linnerud@sitd.no"),
    ),
)

H2 = Topic(
    key="H2",
    lang="nb",
    controller="Direktoratet for tilskuddsforvaltning",
    orgnr="974 760 283",
    address="Postboks 1150 Sentrum, 0107 Oslo",
    title="Samkjøring av tilskuddsdata med a-ordningen for etterkontroll av lønnstilskudd",
    short="maskinell sammenstilling av lønnstilskudd med innrapporterte lønnsopplysninger i a-ordningen",
    purpose="Å avdekke tilskudd utbetalt for ansatte som ikke er ansatt eller ikke har fått lønn.",
    nature="Månedlig hentes lønnsopplysninger fra a-ordningen for de ansatte det er gitt tilskudd for. Avvik mellom tilskuddsgrunnlag og rapportert lønn gir sak til etterkontroll.",
    scope="Om lag 9 000 arbeidstakere per år i 2 100 foretak.",
    context="Arbeidstakerne er ikke selv søkere og vet ofte ikke at opplysningene deres brukes.",
    sources="A-ordningen (Skatteetaten), tilskuddssaker.",
    recipients="Kontrollenheten.",
    retention="Avvikssaker arkiveres; grunnlagsdata slettes etter 12 måneder.",
    security="Maskin-til-maskin-integrasjon via Maskinporten, tilgangsstyring.",
    roles="Direktoratet er behandlingsansvarlig; SITD er databehandler.",
    legal="A-opplysningsloven § 7 og tilskuddsforskriften § 15; art. 6 nr. 1 bokstav e.",
    necessity="Stikkprøver avdekker feil i 6 % av sakene, men dekker bare 3 %.",
    proportionality="Bare nødvendige felt, kort lagring, informasjon til arbeidsgiverne.",
    safeguards=("Feltbegrensning", "Kort lagring", "Informasjon på nettsiden"),
    rights=("Innsyn etter art. 15",),
    risks=(
        R(
            "R1",
            "Arbeidstakere får ikke informasjon",
            4,
            2,
            "Informasjon via arbeidsgiver og nettside",
            3,
            2,
        ),
        R(
            "R2",
            "Feil sammenstilling gir feil krav om tilbakebetaling",
            2,
            4,
            "Manuell kontroll",
            1,
            4,
        ),
    ),
    notdone=(("Individuelt varsel til hver arbeidstaker", "Uforholdsmessig ressursbruk"),),
    stakeholders=(("Skatteetaten", "Bekreftet hjemmel for utlevering"),),
    decision_body="Direktørens ledermøte",
    decision_date="1. desember 2026",
    decision_ref="LM-sak 66/2026",
    decision_text="Ledermøtet gjennomgikk DPIA og funnene, godkjente vurderingen og besluttet å be om forhåndsdrøftelse.",
    contact=P("Håkon Rud", "seksjonssjef etterkontroll", "+47 22 94 31 62", "hakon.rud@dtf.no"),
    dpo=P("Arne Bøhmer", "personvernombud", "+47 22 94 30 05", "personvernombud@dtf.no"),
    processor=Processor(
        "Statens IT-drift (SITD)",
        "991 220 401",
        "Postboks 8140 Dep, 0033 Oslo",
        "driftsplattform",
        P("Gro Linnerud", "tjenesteleder", "+47 22 24 77 10", "gro.linnerud@sitd.no"),
    ),
)

# --- I: Handelshuset Varden ASA (retail) -------------------------------------------------

I1 = Topic(
    key="I1",
    lang="nb",
    controller="Handelshuset Varden ASA",
    orgnr="945 112 660",
    address="Vardeveien 1, 1540 Vestby",
    title="Kameraanalyse ved selvbetjente kasser (tapsforebygging)",
    short="kamera over selvbetjente kasser som oppdager varer som ikke er skannet",
    purpose="Å redusere svinn ved selvbetjente kasser, som har økt til 2,1 % av omsetningen.",
    nature="Et kamera over hver selvbetjente kasse analyserer håndbevegelser og varer i sanntid. Oppdager systemet en vare som ikke er skannet, får kunden en vennlig melding på skjermen og en film på 8 sekunder spilles av for kunden selv. Klipp lagres bare når en ansatt bekrefter hendelsen.",
    scope="180 butikker, om lag 1 100 kasser, 60 millioner handler per år.",
    context="Alle kunder filmes, også barn; feil kan gi urettmessig mistanke i butikken. Ingen ansiktsgjenkjenning.",
    sources="Kamera ved kassen, kassesystemet (varelinjer).",
    recipients="Butikkansatte ved bekreftet hendelse; politiet ved anmeldelse.",
    retention="Ubekreftede analyser slettes straks; bekreftede klipp 7 dager.",
    security="Analyse lokalt i butikkens server; ingen sky-lagring av video.",
    roles="Handelshuset Varden ASA er behandlingsansvarlig. Scanwise Retail BV er databehandler for programvare og støtte.",
    legal="Art. 6 nr. 1 bokstav f og personopplysningsloven § 31 (kameraovervåking).",
    necessity="Svinn ved selvbetjening er tre ganger høyere enn ved betjente kasser; vektere og stikkprøvekontroll er prøvd.",
    proportionality="Ingen ansiktsgjenkjenning, lokal analyse, kort lagring, skilting.",
    safeguards=(
        "Skilting ved inngang og kasse",
        "Ingen ansiktsgjenkjenning",
        "Menneskelig bekreftelse før lagring",
    ),
    rights=("Innsyn i klipp innen 7 dager",),
    risks=(
        R(
            "R1",
            "Urettmessig mistanke mot kunde i butikken",
            3,
            3,
            "Vennlig melding, ansatt vurderer",
            2,
            3,
        ),
        R(
            "R2",
            "Kunder forventer ikke analyse av bevegelser",
            4,
            2,
            "Skilting og informasjon",
            3,
            2,
        ),
        R("R3", "Video brukes til kontroll av ansatte", 2, 4, "Kameravinkel, rutine", 1, 4),
    ),
    notdone=(("Bemannet kontroll av alle selvbetjente kasser", "Kostnad"),),
    stakeholders=(("Forbrukerrådet", "Skeptisk"), ("Handel og Kontor (klubbene)", "Akseptert")),
    decision_body="Konsernledelsen i Handelshuset Varden ASA",
    decision_date="12. november 2026",
    decision_ref="KL-møte 2026/40, sak 7",
    decision_text="Konsernledelsen gjennomgikk DPIA, funnene fra piloten i fire butikker og innspillene fra Forbrukerrådet og klubbene, godkjente vurderingen og vedtok å be om forhåndsdrøftelse før utrulling.",
    contact=P(
        "Kathrine Lie", "direktør svinn og sikkerhet", "+47 64 98 31 20", "kathrine.lie@varden.no"
    ),
    dpo=P(
        "Morten Ulvestad",
        "konsernets personvernombud",
        "+47 64 98 30 08",
        "personvernombud@varden.no",
    ),
    processor=Processor(
        "Scanwise Retail BV",
        "NL 861 402 771 B01",
        "Keizersgracht 122, 1015 CW Amsterdam, Nederland",
        "kameraanalyse ved kasse",
        P(
            "Sanne de Vries",
            "Account Director Nordics",
            "+31 20 890 4412",
            "sanne.devries@scanwise.nl",
        ),
    ),
)

I2 = Topic(
    key="I2",
    lang="nb",
    controller="Handelshuset Varden ASA",
    orgnr="945 112 660",
    address="Vardeveien 1, 1540 Vestby",
    title="Personalisert lojalitetsprogram med profilering (Varden Pluss)",
    short="profilering av kjøpshistorikk for personlige tilbud, også om helse- og kostholdsrelaterte varer",
    purpose="Å gi medlemmene relevante tilbud og øke lojalitet.",
    nature="Kjøpshistorikken analyseres og medlemmene deles inn i segmenter (for eksempel «barnefamilie», «glutenfri»). Tilbud sendes i appen. Segmenter som kan avsløre helse (glutenfri, laktosefri, diabetesvarer) brukes bare med eget samtykke.",
    scope="1,4 millioner medlemmer, alle kjøp i 180 butikker og nettbutikk.",
    context="Storskala profilering; enkelte segmenter avslører helse, graviditet eller økonomi.",
    sources="Kassesystem, app, nettbutikk.",
    recipients="Ingen utlevering; annonsepartnere får ikke data.",
    retention="Kjøpsdata 24 måneder.",
    security="Data i EU-sky, pseudonymisering i analysemiljøet.",
    roles="Handelshuset Varden ASA er behandlingsansvarlig. Loyalty Engine ApS er databehandler.",
    legal="Medlemsavtalen (art. 6 nr. 1 bokstav b) for grunnfunksjoner; samtykke for profilering og helserelaterte segmenter.",
    necessity="Personlige tilbud krever innsikt i kjøp; generelle tilbud gir lav relevans.",
    proportionality="Samtykke, granulerte valg, ingen utlevering, sletting etter 24 måneder.",
    safeguards=(
        "Granulært samtykke i appen",
        "Helsesegmenter bare med eget samtykke",
        "Oversikt over egne segmenter i appen",
    ),
    rights=("Innsyn i segmenter i appen", "Tilbaketrekking med ett klikk"),
    risks=(
        R(
            "R1",
            "Utledning av graviditet eller sykdom",
            3,
            4,
            "Sperreliste over sensitive segmenter",
            2,
            3,
        ),
        R("R2", "Samtykket er ikke granulert nok", 3, 3, "Granulerte valg", 2, 2),
        R("R3", "Medlemmer forstår ikke profileringen", 4, 3, "Innsyn i egne segmenter", 2, 3),
    ),
    notdone=(
        (
            "Helt å utelate helserelaterte segmenter",
            "Medlemmer med allergier har bedt om slike tilbud",
        ),
    ),
    stakeholders=(
        ("Medlemspanel", "Ønsket å se egne segmenter"),
        ("Forbrukerrådet", "Kritisk til helsesegmenter"),
    ),
    decision_body="Konsernledelsen i Handelshuset Varden ASA",
    decision_date="26. november 2026",
    decision_ref="KL-møte 2026/42, sak 3",
    decision_text="Konsernledelsen gjennomgikk DPIA, funnene og innspillene fra medlemspanelet og Forbrukerrådet, godkjente vurderingen og vedtok å be om forhåndsdrøftelse.",
    contact=P(
        "Thomas Brekken", "direktør kundeprogram", "+47 64 98 32 45", "thomas.brekken@varden.no"
    ),
    dpo=P(
        "Morten Ulvestad",
        "konsernets personvernombud",
        "+47 64 98 30 08",
        "personvernombud@varden.no",
    ),
    processor=Processor(
        "Loyalty Engine ApS",
        "DK 39 11 82 04",
        "Vesterbrogade 74, 1620 København V, Danmark",
        "lojalitetsplattform",
        P("Mette Kjær", "Customer Director", "+45 33 12 88 40", "mette.kjaer@loyaltyengine.dk"),
    ),
)

# --- J: Tessell Software AS for its customers (English) ----------------------------------

J1 = Topic(
    key="J1",
    lang="en",
    controller="Fjellvang University College",
    orgnr="971 566 034",
    address="Campusvegen 2, 2624 Lillehammer",
    title="Remote exam proctoring with webcam monitoring and AI flagging (Tessell Proctor)",
    short="webcam, microphone and screen recording of students during home exams with automated flagging of suspicious behaviour",
    purpose="To allow home exams with adequate safeguards against cheating, for students who cannot attend campus and for courses with online delivery.",
    nature="During the exam, Tessell Proctor records webcam, microphone and screen. An AI model flags events (another face, looking away repeatedly, voices, switching windows). Flags are reviewed by an exam invigilator employed by the college; only the invigilator can refer a case to the exam appeals board.",
    scope="About 4 200 students per year, 380 exams; recordings of students in their homes.",
    context="Students are in a dependent relationship with the college; recordings happen in private homes and may capture family members, religious items and health aids. Face detection may work worse for students with darker skin.",
    sources="Student's webcam, microphone and screen; student register (FS) for identity.",
    recipients="Exam invigilators; exam appeals board in cheating cases.",
    retention="Recordings deleted 30 days after grading unless a cheating case is opened.",
    security="Data stored in Tessell's EU region (Stockholm), encryption, invigilator access via Feide with MFA.",
    roles="Fjellvang University College is controller. Tessell Software AS is processor. Tessell uses Amazon Web Services EMEA SARL as sub-processor.",
    legal="Universities and University Colleges Act § 3-9 (exams) and Art. 6(1)(e).",
    necessity="Campus exams are not possible for 20 % of online students. Oral exams for all were considered and rejected as infeasible at scale.",
    proportionality="Room scan not required, no biometric identification, human review of all flags, students may choose campus exam instead.",
    safeguards=(
        "Campus alternative for every exam",
        "No room scan",
        "Human review of all flags",
        "Bias test of face detection per semester",
    ),
    rights=("Students may see their recording and flags", "Appeal through the exam appeals board"),
    risks=(
        R(
            "R1",
            "AI flags students with darker skin or disabilities more often",
            3,
            4,
            "Bias testing, human review, accommodations",
            2,
            3,
        ),
        R(
            "R2",
            "Recordings capture family members and private life at home",
            4,
            3,
            "Guidance, no room scan, short retention",
            3,
            3,
        ),
        R(
            "R3",
            "Students feel pressured to accept (no real choice)",
            3,
            3,
            "Campus alternative",
            2,
            3,
        ),
        R("R4", "Unauthorised access to recordings", 2, 4, "MFA, logging, encryption", 1, 4),
    ),
    notdone=(
        ("Disable AI flagging entirely", "Manual review of 380 exams' recordings is not feasible"),
    ),
    stakeholders=(
        ("Student parliament", "Accepted with campus alternative"),
        ("Disability office", "Asked for accommodations"),
    ),
    decision_body="Rectorate of Fjellvang University College",
    decision_date="30 November 2026",
    decision_ref="Rectorate meeting 2026-18, item 4",
    decision_text="The Rectorate reviewed the DPIA prepared with Tessell, the summary of findings and the positions of the student parliament and the disability office. It approved the DPIA and decided to request prior consultation because residual risk R1 and R2 remains high.",
    contact=P(
        "Elisabeth Haugland",
        "Head of Examinations",
        "+47 61 28 70 15",
        "elisabeth.haugland@fjellvang.no",
    ),
    dpo=P(
        "Terje Moen", "Data Protection Officer", "+47 61 28 70 99", "personvernombud@fjellvang.no"
    ),
    processor=Processor(
        "Tessell Software AS",
        "918 332 901",
        "Nydalsveien 28, 0484 Oslo",
        "Tessell Proctor (SaaS)",
        P("Julie Andersen", "Customer Privacy Lead", "+47 455 02 901", "julie.andersen@tessell.no"),
    ),
)

J2 = Topic(
    key="J2",
    lang="en",
    controller="Lillestrand kommune",
    orgnr="940 877 213",
    address="Kirkegata 1, 2000 Lillestrand",
    title="Route optimisation and GPS tracking of home care workers (Tessell Care Route)",
    short="GPS tracking of home care workers' phones for route planning and documentation of visits",
    purpose="To plan home care routes efficiently and document that visits take place, freeing time for care.",
    nature="The care worker's work phone reports position during shifts. Tessell Care Route suggests routes and automatically records arrival and departure at patients' homes. Team leaders see positions in real time during shifts.",
    scope="About 240 home care workers and 1 100 patients whose addresses and visit times are processed.",
    context="Continuous tracking of employees; visit logs reveal that a person receives home care (health data).",
    sources="Work phones (GPS), care records system (visit plans).",
    recipients="Team leaders; care records system receives visit times.",
    retention="Position data 14 days; visit logs as part of the care record.",
    security="EU hosting, MFA, role-based access.",
    roles="Lillestrand kommune is controller. Tessell Software AS is processor.",
    legal="Art. 6(1)(e) and Working Environment Act chapter 9; health data under Art. 9(2)(h).",
    necessity="Manual route planning takes two hours per day per team; visit documentation is incomplete.",
    proportionality="Tracking only during shifts, no tracking in breaks, no use for performance management.",
    safeguards=(
        "Tracking off outside shifts and in breaks",
        "No individual performance reports",
        "Agreement with union representatives",
    ),
    rights=("Workers can see their own position data",),
    risks=(
        R(
            "R1",
            "Continuous surveillance of workers",
            4,
            3,
            "Off in breaks, no performance reports",
            3,
            3,
        ),
        R(
            "R2",
            "Visit logs reveal patients' health status to unauthorised staff",
            2,
            4,
            "Access control",
            1,
            4,
        ),
    ),
    notdone=(
        (
            "Position only at arrival (no real-time view)",
            "Team leaders need real time to re-plan routes when workers are delayed",
        ),
    ),
    stakeholders=(
        ("Fagforbundet and NSF", "Accepted with restrictions"),
        ("Eldrerådet", "Supported"),
    ),
    decision_body="Municipal Director's management group, Lillestrand kommune",
    decision_date="9 December 2026",
    decision_ref="case 2026/3318",
    decision_text="The management group reviewed the DPIA, the findings and the union representatives' input, approved the DPIA and decided to request prior consultation.",
    contact=P(
        "Bente Karlsen",
        "Head of Home Care Services",
        "+47 62 40 51 10",
        "bente.karlsen@lillestrand.kommune.no",
    ),
    dpo=P(
        "Rune Fossum",
        "Data Protection Officer",
        "+47 62 40 50 90",
        "personvernombud@lillestrand.kommune.no",
    ),
    processor=Processor(
        "Tessell Software AS",
        "918 332 901",
        "Nydalsveien 28, 0484 Oslo",
        "Tessell Care Route (SaaS)",
        P("Julie Andersen", "Customer Privacy Lead", "+47 455 02 901", "julie.andersen@tessell.no"),
    ),
)

TOPICS = {
    t.key: t
    for t in (A1, A2, B1, B2, C1, C2, D1, D2, E1, E2, F1, F2, G1, G2, H1, H2, I1, I2, J1, J2)
}
