# ruff: noqa: E501
"""The twenty planned processings of blind29 (two per sender), in the sender's language.

Each topic holds its parts twice: at length (``desc``, ``nec``, ``risks``) and short but real
(``desc_short``: one paragraph with purpose, data, people and recipients; ``nec_short``: two or
three sentences that weigh an alternative; ``risks_short``: three rows with their measures). The
senders' templates decide which one a case uses and where it goes; thin text that stands in for a
missing part is written in the cases themselves, so that no sender repeats another's phrase.
Long texts are in the kit's markup (blank line between paragraphs, ``- `` bullets).
"""

from __future__ import annotations

from dataclasses import dataclass

Risk = tuple[str, str, str, str]  # risk, likelihood, consequence, measure


@dataclass(frozen=True)
class Topic:
    key: str
    lang: str
    title: str  # as it stands in a subject line
    summary: str  # one sentence for a cover mail or letter
    processor: str  # the processor's name, "" when none is used
    desc: str
    desc_short: str
    nec: str
    nec_short: str
    risks: tuple[Risk, ...]
    risks_short: tuple[Risk, ...]
    not_taken: str


# --- A: Vestvik kommune (nb) --------------------------------------------------------------

A1 = Topic(
    key="A1",
    lang="nb",
    title="digitalt nattilsyn i omsorgsboliger",
    summary="Vestvik kommune planlegger digitalt nattilsyn med sensorer og alarmutløst kamera for beboere med demens i Solgløtt og Bakkely omsorgsboliger.",
    processor="Omsorgsteknikk AS",
    desc="""
Vestvik kommune, virksomhet Helse og omsorg, vil erstatte deler av det fysiske nattilsynet i Solgløtt og Bakkely omsorgsboliger med digitalt tilsyn. I dag går nattevakten runde annenhver time og åpner døren til hver leilighet. Det vekker mange beboere, og fall blir likevel ofte oppdaget sent.

Tiltaket omfatter 38 leiligheter. Beboerne har demens eller annen kognitiv svikt, og mange mangler samtykkekompetanse. I hver leilighet monteres sengesensor, bevegelsessensor og dørsensor. For beboere der det individuelle vedtaket omfatter det, monteres i tillegg et kamera som bare aktiveres når en sensor utløser alarm.

Opplysninger som behandles:
- sensorhendelser (seng forlatt, mulig fall, dør åpnet, ingen bevegelse på 45 minutter) med tidspunkt og leilighetsnummer
- kobling mellom leilighet og beboerens navn og fødselsnummer i fagsystemet CosDoc
- vedtak om varslings- og lokaliseringsteknologi, med vurdering av samtykkekompetanse og pårørendes syn
- livebilde fra kamera i inntil 60 sekunder etter alarm, vist som lavoppløst silhuett med mindre nattevakten velger fullt bilde; det tas ikke opptak
- logg over hvem som har kvittert for varsel og åpnet kamera

Flyt: sensorene sender til en gateway i leiligheten, videre kryptert til Omsorgsteknikk AS' plattform (driftet i datasenter i Norge) og som varsel til nattevaktens tjenestetelefon. Nattevakten kvitterer, ser eventuelt kamerabildet og går til leiligheten ved behov. Det som har helsemessig betydning, dokumenteres i journal i CosDoc.

Mottakere: nattpersonellet i de to boligene (ca. 14 ansatte i turnus), avdelingslederne (bare anonymisert statistikk) og Omsorgsteknikk AS som databehandler for drift og brukerstøtte. Opplysningene utleveres ikke til andre.

Lagring: hendelsesloggen slettes etter 90 dager. Kameratilgangsloggen oppbevares i 12 måneder for kontroll.

Ansvar: Vestvik kommune er behandlingsansvarlig. Omsorgsteknikk AS er databehandler etter avtale av 2. september 2026. Informasjonssikkerheten følger kommunens styringssystem: tofaktorinnlogging, tilgang bare for vakthavende, kryptering i transport og lagring og logging av hvert kameraoppslag.

Høy risiko fordi: sårbare personer uten samtykkekompetanse overvåkes i sitt eget hjem, det behandles helseopplysninger, og kamera i en privat bolig er et inngripende tiltak.
""",
    desc_short="Kommunen vil bruke sengesensor, dørsensor og alarmutløst kamera (uten opptak) i 38 leiligheter i Solgløtt og Bakkely omsorgsboliger, der beboerne har demens, for å oppdage fall og nattlig uro raskere enn ved dagens runder. Det behandles sensorhendelser med tidspunkt, koblet til beboerens navn i fagsystemet CosDoc, og livebilde i inntil 60 sekunder etter alarm. Varslene går bare til nattevakten på tjenestetelefon (ca. 14 ansatte i turnus); Omsorgsteknikk AS drifter plattformen som databehandler, og hendelsesloggen slettes etter 90 dager.",
    nec="""
Behandlingsgrunnlag er personvernforordningen art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. helse- og omsorgstjenesteloven § 3-1 og pasient- og brukerrettighetsloven § 4-6 a om varslings- og lokaliseringsteknologi for personer uten samtykkekompetanse.

Er tiltaket nødvendig? Dagens faste runder hver annen time har to svakheter: de vekker beboerne (uro og søvnmangel gir flere fall på dagtid), og et fall like etter en runde blir oppdaget opptil to timer senere. I 2025 ble 11 av 23 fall om natten oppdaget mer enn én time etter at de skjedde.

Vi har vurdert mildere alternativer:
- Bare sensorer uten kamera: valgt for de fleste beboerne. For beboere med mange falske alarmer (urolige beboere som står opp ofte) må nattevakten likevel gå fysisk til leiligheten; et kort kamerabilde gjør det mulig å skille uro fra fall uten å vekke beboeren.
- Kamera som standard i alle leiligheter: forkastet som uforholdsmessig.
- Flere nattevakter: ikke mulig innen rammene, og løser ikke problemet med at rundene vekker beboerne.

Forholdsmessighet og garantier: kamera bare etter individuelt vedtak og etter at pårørende/verge er hørt; vedtaket evalueres hver tredje måned; kamerabildet vises som silhuett som standard, i høyst 60 sekunder og bare etter alarm; ingen opptak; beboer og pårørende får tilpasset skriftlig og muntlig informasjon; innsyn gis gjennom journalen; tilgangslogger kontrolleres månedlig av personvernkoordinator.
""",
    nec_short="Faste runder annenhver time vekker beboerne og fanger ikke opp fall mellom rundene (11 av 23 nattlige fall i 2025 ble oppdaget etter mer enn en time). Sensorer alene velges for de fleste; kamera bare der et individuelt vedtak viser at nattevakten ellers må gå inn hos en beboer med mange falske alarmer, og da bare som silhuett i 60 sekunder uten opptak. Flere nattevakter er ikke mulig innen budsjettet og ville ikke gitt beboerne mer ro.",
    risks=(
        (
            "Kamera gir innsyn i beboerens private sfære uten reell grunn",
            "Middels",
            "Høy",
            "Kamera bare etter alarm, maks 60 sekunder, silhuett som standard, logg over hvert oppslag kontrolleres månedlig",
        ),
        (
            "Beboer uten samtykkekompetanse forstår ikke at hun er overvåket",
            "Høy",
            "Middels",
            "Individuelt vedtak etter pbrl. § 4-6 a, pårørende/verge høres, tilpasset informasjon, evaluering hver 3. måned",
        ),
        (
            "Sensorsvikt gjør at et fall ikke oppdages (falsk trygghet)",
            "Middels",
            "Høy",
            "Daglig systemtest, varsel ved lavt batteri eller tapt forbindelse, fysisk runde ved feil",
        ),
        (
            "Tjenestetelefon med tilgang til kamera kommer på avveie",
            "Lav",
            "Høy",
            "Mobilhåndtering (MDM), PIN og fjernsletting, automatisk utlogging ved vaktslutt",
        ),
        (
            "Hendelsesdata brukes til å kontrollere ansattes arbeid",
            "Lav",
            "Middels",
            "Formålsbegrensning i rutine, drøftet med tillitsvalgte 14.10.2026, ingen rapporter per ansatt",
        ),
        (
            "Leverandørens underleverandør får tilgang fra land utenfor EØS",
            "Lav",
            "Høy",
            "Drift i Norge, brukerstøtte fra EØS, forbud mot overføring i databehandleravtalen",
        ),
    ),
    risks_short=(
        (
            "Innsyn i privat sfære via kamera",
            "Middels",
            "Høy",
            "Kun etter alarm, 60 sek, silhuett, logg kontrolleres månedlig",
        ),
        (
            "Beboer forstår ikke at hun er overvåket",
            "Høy",
            "Middels",
            "Individuelt vedtak, pårørende høres, evaluering hver 3. mnd.",
        ),
        (
            "Sensorsvikt – fall oppdages ikke",
            "Middels",
            "Høy",
            "Daglig test, varsel ved feil, fysisk runde som reserve",
        ),
    ),
    not_taken="Vurdert, men ikke gjennomført: lokal behandling av kamerabildet i leiligheten uten plattform (leverandøren tilbyr det tidligst i 2028) og automatisk sladding av ansikt (for upålitelig i mørke, ville svekket vurderingen av om beboeren er skadet). Restrisikoen for de to første risikoene vurderes fortsatt som høy.",
)

A2 = Topic(
    key="A2",
    lang="nb",
    title="tverrfaglig risikoindikator «Tidlig innsats» for barn og unge",
    summary="Vestvik kommune vil sammenstille opplysninger fra helsestasjon, barnehage, skole og PPT for å finne barn som kan trenge hjelp tidligere.",
    processor="Vestvik IKT IKS",
    desc="""
Formålet er å finne barn og unge som kan ha behov for hjelp, tidligere enn i dag. Kommunen vil månedlig sammenstille et lite sett indikatorer fra fire tjenester og beregne en samlet indikator per barn. Et tverrfaglig team ser på barn med høy indikator og avgjør om familien skal kontaktes og tilbys samtale. Ingen beslutning treffes automatisk.

Hvem gjelder det: alle barn 0–16 år bosatt i kommunen, ca. 3 100 barn, og deres foreldre (navn og kontaktopplysninger).

Indikatorer og kilder:
- helsestasjon: uteblitte konsultasjoner, avvik på 4-årskontrollen (fra helsestasjonens journalsystem)
- barnehage: registrerte bekymringer etter kommunens observasjonsrutine (fra barnehageadministrasjonen)
- skole: ugyldig fravær over 10 prosent, resultater under bekymringsgrensen på kartleggingsprøver (fra skoleadministrativt system)
- PPT: om barnet er henvist, uten innholdet i saken

Sammenstillingen gjøres i et eget datavarehus som Vestvik IKT IKS drifter for kommunen. Teamet (koordinator for tidlig innsats, én helsesykepleier og én PPT-rådgiver) ser bare barn over terskelen, med hvilke indikatorer som slo ut. Tjenestene får ikke se hverandres opplysninger.

Mottakere: teamet, og – når familien samtykker – den tjenesten familien ønsker kontakt med. Opplysninger gis ikke til barneverntjenesten gjennom løsningen; en eventuell bekymringsmelding følger de vanlige reglene.

Lagring: indikatorene beregnes på nytt hver måned, og forrige beregning slettes. Det teamet noterer om barn de har vurdert, slettes etter 12 måneder hvis det ikke er opprettet sak.

Høy risiko fordi: det er profilering av barn, det sammenstilles opplysninger fra flere tjenester med taushetsplikt, og feil kan føre til stigmatisering og mistillit til tjenestene.
""",
    desc_short="Kommunen vil hver måned sammenstille fire typer indikatorer om alle barn 0–16 år (ca. 3 100) – uteblitte helsestasjonskonsultasjoner, bekymringer registrert i barnehagen, høyt ugyldig skolefravær og svake kartleggingsresultater, og om barnet er henvist til PPT – for å finne barn som kan trenge hjelp tidligere. Et team på tre (koordinator, helsesykepleier, PPT-rådgiver) ser bare barn over terskelen og avgjør selv om foreldrene skal tilbys en samtale; ingen beslutning tas automatisk. Vestvik IKT IKS drifter datavarehuset som databehandler, og hver beregning slettes når den neste er gjort.",
    nec="""
Rettslig grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g, jf. kommunens plikt til samarbeid og tidlig innsats i barnehageloven, opplæringsloven og helse- og omsorgstjenesteloven. Vi er usikre på om disse bestemmelsene er klare nok for en systematisk sammenstilling, og det er en av grunnene til at vi ber om forhåndsdrøftelse.

Nødvendighet: I dag bygger tidlig innsats på at hver tjeneste melder bekymring hver for seg (BTI-modellen). Gjennomgangen av 40 barnevernssaker fra 2023–2025 viste at i 26 av dem hadde minst tre tjenester sett tegn hver for seg, i gjennomsnitt 14 måneder før noen handlet.

Alternativer vi har vurdert:
- Bedre opplæring i BTI uten datasammenstilling: gjennomført i 2024, uten målbar effekt på tidspunktet for første tiltak.
- Bare statistikk på skolenivå: gir ikke grunnlag for å nå det enkelte barnet.
- Samtykke fra foreldrene: forkastet – de familiene som trenger hjelp mest, ville i minst grad samtykket, og samtykke til kommunen er ikke reelt frivillig.

Forholdsmessighet: bare fire indikatorer, ingen innholdsopplysninger fra journaler; menneskelig vurdering før enhver kontakt; tilbudet til familien er frivillig; foreldrene informeres skriftlig hvert år og kan protestere etter art. 21; løsningen evalueres etter ett år, og vi avslutter den dersom den ikke gir tidligere hjelp.
""",
    nec_short="BTI-modellen alene fanger barna for sent: i 26 av 40 gjennomgåtte barnevernssaker hadde tre tjenester sett tegn hver for seg, i snitt 14 måneder før noen handlet, og ekstra opplæring i 2024 endret ikke det. Samtykke fra foreldrene er vurdert og forkastet fordi de familiene som trenger hjelp mest, ville falt fra. Derfor bare fire indikatorer, ingen journalinnhold og alltid en menneskelig vurdering før familien kontaktes.",
    risks=(
        (
            "Barn og familier stigmatiseres av en feilaktig høy indikator",
            "Middels",
            "Høy",
            "Ingen automatiske tiltak, teamet vurderer hver sak, tilbudet er frivillig, indikatoren føres ikke i journal",
        ),
        (
            "Foreldre slutter å bruke helsestasjonen av frykt for registrering",
            "Middels",
            "Høy",
            "Åpen informasjon om hvilke fire indikatorer som brukes, rett til å protestere, evaluering av oppmøte",
        ),
        (
            "Indirekte diskriminering (for eksempel barn med annet morsmål får høyere indikator)",
            "Middels",
            "Middels",
            "Kartleggingsresultater justeres for norskopplæring, årlig gjennomgang av utslag per gruppe",
        ),
        (
            "Formålsglidning – barnevernet eller andre ber om tilgang",
            "Lav",
            "Høy",
            "Tilgang bare for teamet, formålet fastsatt i kommunestyrevedtak, logging og kvartalsvis kontroll",
        ),
        (
            "Uautorisert tilgang i datavarehuset",
            "Lav",
            "Høy",
            "Egen sone hos Vestvik IKT, tofaktor, pseudonymisering til teamet åpner et barn",
        ),
    ),
    risks_short=(
        (
            "Stigmatisering ved feilaktig høy indikator",
            "Middels",
            "Høy",
            "Alltid menneskelig vurdering, frivillig tilbud, ikke i journal",
        ),
        (
            "Foreldre unngår helsestasjonen",
            "Middels",
            "Høy",
            "Åpen informasjon, rett til å protestere, oppmøte følges",
        ),
        (
            "Barnevernet ber om tilgang (formålsglidning)",
            "Lav",
            "Høy",
            "Tilgang bare for teamet, logging, kvartalsvis kontroll",
        ),
    ),
    not_taken="Ikke gjennomført: ekstern revisjon av terskler og vekting før oppstart (ikke budsjettdekning i 2027, planlagt våren 2028) og individuell varsling til foreldre hver gang barnet er vurdert av teamet (kan skape mer uro enn det løser; vurderes på nytt etter evalueringen).",
)

# --- B: Fjellnett Kraft AS (nn) -----------------------------------------------------------

B1 = Topic(
    key="B1",
    lang="nn",
    title="analyse av finmaska straumdata frå AMS-målarane",
    summary="Fjellnett Kraft AS vil analysere forbruksdata per kvarter frå AMS-målarane for å avdekkje straumtjuveri og tilby frivillige fleksibilitetsavtalar.",
    processor="Nettsky Analyse AS",
    desc="""
Fjellnett Kraft AS er nettselskap for om lag 24 000 kundar i fem kommunar. Vi vil ta i bruk forbruksdata per kvarter (15 minutt) frå AMS-målarane til to føremål:

- å avdekkje straumtjuveri og feil i målarmonteringa ved å samanlikne målt forbruk med tapet i nettstasjonen som kunden høyrer til
- å tilby kundar som sjølve ønskjer det, ein avtale der vi kan flytte oppvarming av varmtvatn og elbillading til timar med lite last (fleksibilitetsavtale)

Opplysningar: målepunkt-ID, kundenamn, adresse, forbruk per kvarter, effekttoppar, spenningskvalitet og, for fleksibilitetskundar, kva utstyr som er styrt. Data per kvarter kan vise når folk er heime, når dei søv, om huset står tomt og kor mange som bur der.

Kjelder: eigne AMS-målarar og kundesystemet. Analysen av tap køyrer hos Nettsky Analyse AS som databehandlar; modellen lagar ei liste over målepunkt med avvik. Ein tilsett i måleravdelinga (fire personar har tilgang) ser på kvart avvik før det vert sendt ut nokon til kunden.

Mottakarar: måleravdelinga og kundesenteret (ved oppfølging), Elhub (som i dag, berre timeverdiar til avrekning), og ved melding om tjuveri politiet. Fleksibilitetsdata går berre til styringssystemet vårt.

Lagring: kvartersdata vert lagra i 13 månader og deretter slått saman til timeverdiar. Lister over avvik vert sletta når saka er avslutta, seinast etter tre år.

Høg risiko fordi: systematisk analyse av detaljerte data om livet i heimen for mange kundar, og analysen kan leie til mistanke mot enkeltkundar.
""",
    desc_short="Vi vil bruke forbruksdata per kvarter frå AMS-målarane til om lag 24 000 kundar for å finne straumtjuveri og feilmonterte målarar (samanlikning med tapet i nettstasjonen), og – for kundar som vel det sjølve – for å styre varmtvassberedar og elbillading. Data per kvarter viser når folk er heime og søv. Nettsky Analyse AS køyrer analysen som databehandlar; fire tilsette i måleravdelinga ser avvikslista, og kvartersdata vert slått saman til timeverdiar etter 13 månader.",
    nec="""
Grunnlag: art. 6 nr. 1 bokstav c og e for avdekking av tap og tjuveri (plikta vår etter energilova og forskrift om måling og avrekning), og samtykke etter art. 6 nr. 1 bokstav a for fleksibilitetsavtalane.

Timeverdiar, som vi har i dag, er for grove: ei omkopling forbi målaren som berre går på natt, vert borte i gjennomsnittet. Vi testa timeverdiar på 40 kjende saker frå 2024; modellen fann 9. Med kvartersverdiar fann han 31.

Alternativ vi har sett på:
- manuell kontroll av nettstasjonar med høgt tap: gjer vi i dag, men vi har kapasitet til om lag 30 stasjonar i året av 410
- å berre analysere på nettstasjonsnivå: fortel kvar, men ikkje kven, og fører til at vi må kontrollere alle kundane på stasjonen fysisk, som er meir inngripande for fleire

Tiltak: modellen ser berre på forbruksprofilen mot tapet, ikkje på kven kunden er; eit menneske vurderer kvart avvik; kunden får skriftleg varsel før kontroll; fleksibilitet berre etter samtykke som kan trekkjast i Min side, utan at prisen for nettleige endrar seg.
""",
    nec_short="Timeverdiar fann berre 9 av 40 kjende tjuverisaker i testen vår; kvartersverdiar fann 31. Å analysere på nettstasjonsnivå er vurdert, men ville ført til fysisk kontroll hos alle kundane på stasjonen, som er meir inngripande for fleire. Difor kvartersdata, men berre mot tapet og alltid med menneskeleg vurdering før kunden vert kontakta.",
    risks=(
        (
            "Data om døgnrytme og fråvær kjem på avvegar (innbrot, forfølging)",
            "Låg",
            "Høg",
            "Kryptering, tilgang for fire namngjevne, logg, data i Noreg",
        ),
        (
            "Feil mistanke om tjuveri mot ein kunde",
            "Middels",
            "Høg",
            "Menneskeleg vurdering, skriftleg varsel, kunden kan forklare seg før kontroll",
        ),
        (
            "Formålsglidning – andre etatar ber om kvartersdata",
            "Låg",
            "Middels",
            "Utlevering berre med heimel, rutine for førespurnader, registrering av kvar førespurnad",
        ),
        (
            "Samtykke til fleksibilitet er ikkje reelt frivillig",
            "Låg",
            "Middels",
            "Ingen prisforskjell i nettleiga, tilbaketrekking i Min side",
        ),
        (
            "Databehandlaren nyttar data til eigen modellutvikling",
            "Låg",
            "Middels",
            "Forbod i databehandlaravtalen, revisjonsrett, årleg rapport",
        ),
    ),
    risks_short=(
        (
            "Kvartersdata om døgnrytme kjem på avvegar",
            "Låg",
            "Høg",
            "Kryptert, fire med tilgang, logg",
        ),
        (
            "Feil mistanke om tjuveri",
            "Middels",
            "Høg",
            "Menneske vurderer, kunden varsla før kontroll",
        ),
        (
            "Anna etat ber om data",
            "Låg",
            "Middels",
            "Berre med heimel, kvar førespurnad registrert",
        ),
    ),
    not_taken="Vurdert, ikkje gjennomført: å køyre analysen på sjølve målaren (edge) – målarane våre har ikkje kapasitet, og ny generasjon kjem først i 2030. Pseudonyme målepunkt-ID hos databehandlaren er innført; full anonymisering er ikkje mogleg fordi vi må finne fram til kunden.",
)

B2 = Topic(
    key="B2",
    lang="nn",
    title="droneinspeksjon av kraftlinjer med kamera",
    summary="Fjellnett Kraft AS vil inspisere 1 900 km kraftlinje med eigne dronar med kamera og varmekamera, som også fangar opp hus, hagar og folk.",
    processor="",
    desc="""
Vi skal inspisere om lag 1 900 km høg- og lågspentlinjer med dronar i staden for helikopter og til fots. Dronane har vanleg kamera og varmekamera og flyg langs linja i 30–60 meters høgd. Linjene går over tun, hagar, hytter og vegar, så bileta fangar opp bygningar, bilskilt og folk.

Opplysningar: bilete og video med GPS-posisjon og tid. Personar og bilskilt er ikkje føremålet, men vil vere med på ein del av bileta. Varmekamera kan vise om nokon er i eit bygg.

Vi flyg sjølve med eigne sertifiserte pilotar (seks tilsette). Bileta vert lasta opp i vårt eige inspeksjonssystem på våre servarar i Fjellheim; vi nyttar ingen databehandlar. Ein algoritme i inspeksjonssystemet (køyrer lokalt) finn feil på linja og sladdar ansikt og bilskilt før bileta går vidare til planleggjarane.

Mottakarar: linjeavdelinga (12 tilsette) ser sladda bilete; dei seks pilotane og to systemansvarlege ser usladda materiale. Ingenting vert gjeve ut.

Lagring: usladda materiale vert sletta etter 30 dagar; sladda bilete av feil vert lagra så lenge komponenten står.

Høg risiko: systematisk overvaking av private område i stor skala, og varmebilete som kan seie noko om kva som skjer inne i hus.
""",
    desc_short="Vi skal inspisere 1 900 km kraftlinje med eigne dronar (vanleg kamera og varmekamera) i staden for helikopter; bileta fangar opp hus, hagar, bilskilt og folk langs traseen. Bileta med GPS og tid går til vårt eige inspeksjonssystem i Fjellheim, der ansikt og skilt vert sladda automatisk før 12 tilsette i linjeavdelinga ser dei; berre seks pilotar og to systemansvarlege ser usladda materiale, som vert sletta etter 30 dagar. Vi nyttar ingen databehandlar.",
    nec="""
Grunnlag: art. 6 nr. 1 bokstav c og f – plikta til å halde nettet i forsvarleg stand etter beredskapsforskrifta og forskrift om elektriske forsyningsanlegg, og vår berettiga interesse i sikker drift.

Helikopterinspeksjon, som vi nyttar i dag, gjev like mykje eller meir biletmateriale over private eigedomar, berre med dårlegare oppløysing, og er dyrare og meir støyande. Inspeksjon til fots når ikkje dei kritiske punkta i bratt terreng.

Tiltak for å avgrense: flyging i linjetraseen, kamera retta mot linja, automatisk sladding, kort lagring av usladda materiale, varsel i lokalavisa og til grunneigarar før flyging, og informasjon på nettsida om korleis ein ber om innsyn og sletting.
""",
    nec_short="Helikopter, som vi nyttar i dag, fangar like mykje av private eigedomar, men er dyrare og meir støyande, og til fots når vi ikkje dei bratte partia. Drone med kameraet retta mot linja, automatisk sladding og sletting av usladda bilete etter 30 dagar er det minst inngripande vi har funne. Grunneigarane vert varsla før flyging.",
    risks=(
        (
            "Varmekamera avslører aktivitet inne i bustader",
            "Middels",
            "Høg",
            "Varmekamera berre på transformatorar og skøytar, av elles",
        ),
        (
            "Personar i hage eller på tun kjem med på bilete",
            "Høg",
            "Middels",
            "Automatisk sladding, kort lagring, kamera retta mot linja",
        ),
        (
            "Sladdinga sviktar",
            "Middels",
            "Middels",
            "Stikkprøvar kvar veke, manuell sladding ved feil",
        ),
        (
            "Usladda materiale kjem på avvegar frå drona (minnekort)",
            "Låg",
            "Middels",
            "Kryptert minnekort, overføring og sletting same dag",
        ),
    ),
    risks_short=(
        ("Varmekamera viser aktivitet i hus", "Middels", "Høg", "Berre på komponentar, elles av"),
        ("Folk i hagen på bilete", "Høg", "Middels", "Sladding, 30 dagar, kamera mot linja"),
        ("Minnekort på avvegar", "Låg", "Middels", "Kryptert, tømt same dag"),
    ),
    not_taken="Vurdert, ikkje gjennomført: å fly berre når grunneigar har stadfesta at ingen er heime – ikkje gjennomførbart med 3 400 eigedomar. Restrisiko for varmebilete er framleis høg fordi funksjonen må vere på ved transformatorane, som ofte står nær bustader.",
)

# --- C: Skarvik Offshore Services AS (en) -------------------------------------------------

C1 = Topic(
    key="C1",
    lang="en",
    title="fatigue monitoring wearables for offshore crews",
    summary="Skarvik Offshore Services AS plans to issue wrist-worn fatigue monitors to offshore crews on 12-hour shifts.",
    processor="Vigilo Health Ltd",
    desc="""
Skarvik provides drilling and well-service crews to operators on the Norwegian continental shelf. About 420 employees work 12-hour shifts in a two-weeks-on, four-weeks-off rotation. We plan to issue a wrist-worn device (Vigilo Band) to all crew members in safety-critical roles while they are offshore.

The device measures movement and heart rate to estimate sleep duration and quality between shifts. Vigilo's software converts this into a fatigue score (green, amber, red) for the next shift. The purpose is to prevent accidents caused by fatigue, which our incident reviews identify as a contributing factor in 6 of 19 serious incidents since 2022.

Data processed:
- sleep periods, heart rate and movement (raw data kept on the device and in the Vigilo cloud)
- daily fatigue score per person
- name, employee number, role, rotation and shift
- the supervisor's acknowledgement of an amber or red score and the action taken (rest, task swap)

Flow: the band syncs via the accommodation Wi-Fi to Vigilo Health Ltd (processor, hosting in the EU, Ireland). The shift supervisor sees only the colour score for his own crew. The offshore nurse can see sleep data when an employee asks for a consultation. HR and line management onshore see only aggregated statistics per installation.

Retention: raw data 14 days; daily scores 12 months; supervisor actions 3 years as part of the HSE record.

High risk: systematic monitoring of employees, health data (heart rate, sleep), an imbalance of power, and a score that may affect who is allowed to work.
""",
    desc_short="We plan to give about 420 offshore crew members in safety-critical roles a wrist band that measures sleep, heart rate and movement between 12-hour shifts and turns them into a green/amber/red fatigue score, to prevent fatigue-related accidents (a factor in 6 of 19 serious incidents since 2022). Only the shift supervisor sees the colour for his crew, the offshore nurse sees sleep data only if the employee asks, and onshore management gets aggregated statistics. Vigilo Health Ltd hosts the data in Ireland as our processor; raw data is deleted after 14 days.",
    nec="""
Legal basis: Article 6(1)(c) and (f) and Article 9(2)(b), read with the Working Environment Act Section 4-1 and the Activities Regulations Section 33 on working hours and fatigue.

Why this is necessary: fatigue was a contributing factor in 6 of 19 serious incidents since 2022. Our current measures (fitness-for-duty self-declaration and supervisor observation) have not reduced the number; self-declarations almost never report fatigue, because crew members fear losing shifts.

Alternatives considered:
- Voluntary use of the band: piloted on one rig in 2025; 31% uptake, mostly among those who sleep well, so it did not reach the risk group.
- Shorter shifts: not possible under the current collective agreement and operator contracts.
- Questionnaire at shift start: tried, answers did not correlate with incidents.

Proportionality and safeguards: the score is advisory and can only lead to rest or a task swap, never to pay deductions or disciplinary action (written into the agreement with the unions of 12 September 2026); supervisors see the colour only; health data stays with the nurse; the band is worn only offshore and can be taken off in the cabin outside the rest period; employees can see their own data in the app and contest a score.
""",
    nec_short="A voluntary band was piloted in 2025 and reached only 31% of crews, mostly those who sleep well, and self-declarations almost never report fatigue. Shorter shifts are not possible under the collective agreement. So the band is issued to safety-critical roles, but the score can only lead to rest or a task swap, never to pay or disciplinary consequences, and supervisors see only the colour.",
    risks=(
        (
            "Score used to exclude people from work or rotation",
            "Medium",
            "High",
            "Union agreement: score only leads to rest or task swap; HR has no access to individual scores",
        ),
        (
            "Health data (heart rate) exposed to supervisors",
            "Low",
            "High",
            "Supervisor view shows colour only; health data reserved to the nurse",
        ),
        (
            "Employees feel permanently watched",
            "High",
            "Medium",
            "Band worn only offshore; can be removed outside rest periods; own-data view in the app",
        ),
        (
            "Wrong score (false green) gives false reassurance",
            "Medium",
            "High",
            "Score advisory only; self-report and supervisor judgement still apply",
        ),
        (
            "Transfer of data outside the EEA by the vendor",
            "Low",
            "High",
            "Hosting in Ireland; DPA prohibits transfers; annual audit",
        ),
    ),
    risks_short=(
        (
            "Score used against employees",
            "Medium",
            "High",
            "Union agreement: only rest or task swap; no HR access",
        ),
        ("Heart-rate data seen by supervisors", "Low", "High", "Supervisors see colour only"),
        (
            "Feeling of constant surveillance",
            "High",
            "Medium",
            "Offshore only; can be removed off rest period; own data in app",
        ),
    ),
    not_taken="Considered but not implemented: on-device scoring with no cloud (the vendor's product requires the cloud for the model) and anonymous crew-level scores only (would not allow the supervisor to act for the person at risk). Residual risk of employees feeling watched remains high.",
)

C2 = Topic(
    key="C2",
    lang="en",
    title="random drug and alcohol testing of offshore personnel",
    summary="Skarvik Offshore Services AS plans a programme of random drug and alcohol testing of offshore personnel, with a third-party laboratory.",
    processor="NordLab Testing ApS",
    desc="""
We plan to introduce random drug and alcohol testing of all personnel travelling offshore (about 520 people a year, including temporary staff). Each week, 5% of personnel on the travel list are selected at random at the heliport. Breath alcohol is tested on site; a urine sample is taken for drugs and analysed by NordLab Testing ApS in Copenhagen (processor).

Data processed: name, employee number, date and place of test, sample number, breath result, laboratory result (positive/negative, and for positives, substance and level), the employee's statement on medication, and the medical review officer's conclusion.

Flow: sample collection by a nurse from NordLab at Sola heliport; sample and form with sample number only (no name) sent to the lab; the result goes back to our company physician (medical review officer, MRO), who links sample number to person. A negative result is reported to the HSE department as "negative". A confirmed positive result is reported to HR and the line manager as "not fit for duty", without the substance.

Retention: negative results 12 months; positive results and the MRO assessment 3 years in the personnel file.

High risk: health data and possible evidence of criminal offences, testing without individual suspicion, consequences for employment.
""",
    desc_short="Every week 5% of the roughly 520 people on our offshore travel list are picked at random at Sola heliport for a breath test and a urine drug test; the sample is labelled with a number only and analysed by NordLab Testing ApS in Copenhagen (processor). Our company physician links results to persons, HR and the line manager learn only 'fit' or 'not fit for duty', and negatives are deleted after 12 months. The purpose is to keep impaired people off the installations.",
    nec="""
Legal basis: Article 6(1)(c) and Article 9(2)(b), read with the Working Environment Act Section 9-4 (control measures involving medical examination), the Activities Regulations on fitness for work, and the operators' contractual requirement of a drug and alcohol policy.

Necessity: offshore work is safety critical. In 2025 two employees were found impaired after incidents. Operators we work for already test their own personnel; our crews are the only group on the installations without testing.

Alternatives considered: testing only on suspicion (already in place, but supervisors rarely act on suspicion); testing only after incidents (too late); saliva testing on site (does not give reliable results for all relevant substances and would expose results to heliport staff).

Safeguards: random selection by the travel system, not by managers; sample numbers instead of names at the lab; results handled only by the MRO; the employee can explain medication before any result is reported; only fit/unfit goes to HR; the policy was agreed with the safety delegates and the unions; employees are informed in writing before first travel.
""",
    nec_short="Testing only on suspicion has been our practice, but supervisors rarely act on it, and two employees were found impaired after incidents in 2025. Saliva testing at the heliport was rejected because results would be visible to heliport staff and are unreliable for several substances. Random urine testing with anonymous sample numbers and only 'fit/unfit' to HR is the least intrusive option we found that actually reaches the risk.",
    risks=(
        (
            "Positive result reaches colleagues or managers beyond need",
            "Low",
            "High",
            "Only the MRO sees substance; HR and manager see fit/unfit only",
        ),
        (
            "False positive (medication, contamination)",
            "Medium",
            "High",
            "Confirmation analysis, MRO interview, employee statement before reporting",
        ),
        (
            "Random selection manipulated to target individuals",
            "Low",
            "High",
            "Selection by the travel system, logged and audited by safety delegate",
        ),
        (
            "Samples used for other analyses (e.g. DNA, pregnancy)",
            "Low",
            "High",
            "DPA limits analyses to the agreed panel; samples destroyed after 90 days",
        ),
        (
            "Chilling effect and distrust among crews",
            "Medium",
            "Medium",
            "Policy agreed with unions, information before first travel, annual review",
        ),
    ),
    risks_short=(
        ("Result spreads beyond need", "Low", "High", "Only MRO sees substance; HR gets fit/unfit"),
        ("False positive", "Medium", "High", "Confirmation test and MRO interview first"),
        (
            "Selection targets individuals",
            "Low",
            "High",
            "Random by travel system, logged, audited",
        ),
    ),
    not_taken="Not implemented: testing by an independent third party also at the point of selection (cost and heliport logistics; revisited in 2027). The residual risk of false positives affecting employment is still assessed as high.",
)

# --- D: Midtbyen Parkering AS (nb) --------------------------------------------------------

D1 = Topic(
    key="D1",
    lang="nb",
    title="billettløs parkering med skiltgjenkjenning",
    summary="Midtbyen Parkering AS vil innføre billettløs parkering med skiltgjenkjenning (ANPR) i sine 14 parkeringshus og -plasser.",
    processor="Skiltdata AS",
    desc="""
Midtbyen Parkering AS driver 14 parkeringshus og åpne plasser i Trondheim med til sammen ca. 6 200 plasser. Vi vil fjerne billettautomatene og innføre billettløs parkering: kameraer ved inn- og utkjøring leser bilens registreringsnummer, og parkeringen betales i app, på nett innen 48 timer eller ved automatisk trekk for abonnenter. Betales det ikke, sendes en faktura (parkeringsavgift) til eieren.

Opplysninger: registreringsnummer, bilde av bilens front med skilt, tidspunkt inn og ut, anlegg, betalingsstatus. For ubetalte parkeringer: eierens navn og adresse fra Motorvognregisteret via Statens vegvesen. For app-brukere: navn, telefon, e-post og betalingskort (hos betalingsleverandøren).

Omfang: ca. 2,1 millioner innkjøringer i året. De registrerte er bilførere og bileiere, ikke bare kunder som har valgt å bruke appen.

Flyt: kameraene sender bilde og skilt til Skiltdata AS' plattform (databehandler). Betalte parkeringer slettes etter 48 timer, bortsett fra kvitteringsdata som vi må oppbevare etter bokføringsloven. Ubetalte går videre til faktura og eventuelt til inkassoselskapet Trøndelag Inkasso AS (selvstendig behandlingsansvarlig).

Høy risiko: systematisk registrering av bevegelser i stor skala, også av personer som ikke er kunder, og sammenstilling med eieropplysninger.
""",
    desc_short="Vi vil erstatte billettautomatene i våre 14 anlegg (ca. 6 200 plasser, 2,1 millioner innkjøringer i året) med kameraer som leser registreringsnummeret ved inn- og utkjøring, slik at parkeringen betales i app, på nett innen 48 timer eller ved autotrekk. Bilde, skilt og tidspunkt behandles hos Skiltdata AS (databehandler) og slettes etter 48 timer når parkeringen er betalt; ved manglende betaling hentes eierens navn og adresse fra Motorvognregisteret og fakturaen sendes, ved behov videre til Trøndelag Inkasso AS.",
    nec="""
Behandlingsgrunnlag: art. 6 nr. 1 bokstav b for app- og abonnementskunder og bokstav f for øvrige bilførere (vår berettigede interesse i å få betalt for parkeringen), jf. parkeringsforskriften.

Billettautomatene må skiftes ut innen 2027 og har høye driftskostnader; 38 prosent av kundene klager på køer ved automatene, og feilbetaling gir mange kontrollavgifter som senere slettes.

Vi har vurdert:
- nye automater med skiltinntasting (dagens løsning): krever fortsatt skilt i registeret, men bare for dem som betaler – gir ikke mindre behandling for den enkelte, men mer kø
- bom med billett: gir mindre behandling, men fungerer ikke på de fem åpne plassene og gir kø ut i gatene ved Solsiden
- kontroll ved parkeringsvakt alene: mer inngripende for den enkelte (kontrollavgift i stedet for faktura)

Forholdsmessighet: bilder av bilens front, ikke fører; betalte parkeringer slettes etter 48 timer; ingen bruk av data til markedsføring; skilting ved innkjøring med QR-kode til personvernerklæringen.
""",
    nec_short="Alternativet er nye billettautomater med skiltinntasting eller bom med billett; bom går ikke på de fem åpne plassene og gir kø ut i gata ved Solsiden, og automater gir både kø og feilbetalinger som ender i kontrollavgifter. Med skiltgjenkjenning får bilføreren i stedet 48 timer på å betale, og skiltet slettes da med en gang fristen er ute. Det er mindre inngripende for den enkelte enn kontroll med parkeringsvakt.",
    risks=(
        (
            "Kartlegging av enkeltpersoners bevegelser mellom anlegg",
            "Lav",
            "Høy",
            "Ingen sammenstilling på tvers av anlegg for betalte parkeringer, sletting etter 48 timer",
        ),
        (
            "Feil skiltlesing gir faktura til feil bileier",
            "Middels",
            "Middels",
            "Manuell kontroll av bildet før faktura, enkel klageadgang",
        ),
        (
            "Politiet eller andre ber om opplysninger i stort omfang",
            "Middels",
            "Middels",
            "Utlevering bare ved kjennelse eller lovpålegg, logg over forespørsler",
        ),
        (
            "Uvedkommende får tilgang til bildedatabasen hos leverandøren",
            "Lav",
            "Høy",
            "Tofaktor, rollebasert tilgang, kryptering, årlig revisjon av Skiltdata",
        ),
        (
            "Bilførere vet ikke at skiltet registreres",
            "Middels",
            "Lav",
            "Skilt ved innkjøring, QR-kode til informasjon",
        ),
    ),
    risks_short=(
        ("Kartlegging av bevegelser", "Lav", "Høy", "Ingen sammenstilling, sletting etter 48 t"),
        (
            "Feil skiltlesing – faktura til feil person",
            "Middels",
            "Middels",
            "Bildet sjekkes manuelt før faktura",
        ),
        (
            "Masseforespørsler fra politiet",
            "Middels",
            "Middels",
            "Kun ved kjennelse/lovpålegg, logg",
        ),
    ),
    not_taken="Ikke gjennomført: sletting av ubetalte parkeringer etter 48 timer (umulig når vi må kreve inn), og hashing av registreringsnummer ved innkjøring (leverandøren kan ikke levere det i 2027). Restrisiko for utlevering til politiet vurderes som middels.",
)

D2 = Topic(
    key="D2",
    lang="nb",
    title="kroppskamera for parkeringsvakter",
    summary="Midtbyen Parkering AS vil utstyre sine parkeringsvakter med kroppsbårne kameraer som startes manuelt ved trusler.",
    processor="Vaktvideo Norge AS",
    desc="""
Vi har 22 parkeringsvakter som utfører kontroll på våre anlegg og på private områder vi har avtale med. Vaktene opplever trusler og vold: 47 registrerte hendelser i 2025, hvorav 6 med fysisk vold. Vi vil gi vaktene kroppskamera som de selv starter når en situasjon blir truende.

Kameraet tar ikke opp kontinuerlig. Det har en buffer på 30 sekunder som bare lagres når vakten trykker på opptaksknappen; da lagres de 30 sekundene før og opptaket etter. Lyd tas opp. En rød lampe og et skilt på vesten viser at kameraet er i bruk, og vakten skal si ifra muntlig når opptak startes.

Opplysninger: video og lyd av bilførere, passasjerer og tilfeldig forbipasserende, tid og sted, vaktens ID.

Flyt: opptaket lastes opp automatisk til Vaktvideo Norge AS' løsning (databehandler) når kameraet settes i laderen etter vakt. Bare driftsleder og HMS-ansvarlig kan se opptak. Opptak slettes etter 30 dager med mindre de trengs i en anmeldelse eller et erstatningskrav; da utleveres de til politiet.

Høy risiko: overvåking av personer i konfliktsituasjoner, lydopptak, personer som ikke vet at de filmes (forbipasserende), og risiko for misbruk mot ansatte.
""",
    desc_short="Våre 22 parkeringsvakter skal få kroppskamera som de selv starter ved trusler (47 hendelser i 2025, 6 med vold); kameraet tar opp video og lyd av bilførere og andre som er til stede, med de 30 sekundene før knappen ble trykket. Opptakene lastes opp til Vaktvideo Norge AS (databehandler), bare driftsleder og HMS-ansvarlig kan se dem, og de slettes etter 30 dager med mindre de trengs i en anmeldelse til politiet.",
    nec="""
Behandlingsgrunnlag: art. 6 nr. 1 bokstav f (vaktenes sikkerhet og bevissikring) og bokstav c (arbeidsmiljøloven § 4-3 om vern mot vold og trusler). Opplysninger om straffbare forhold behandles etter personopplysningsloven § 11.

Vi har prøvd andre tiltak: vakter går to og to på utsatte steder (fra 2024), opplæring i konflikthåndtering og alarmtelefon. Antallet hendelser gikk ned fra 58 til 47, men volden har ikke gått ned. Erfaringene fra andre selskaper og fra politiet er at synlige kameraer demper situasjoner.

Kontinuerlig opptak er forkastet. Manuell start, buffer på bare 30 sekunder, synlig merking og muntlig varsel gjør tiltaket forholdsmessig. Vaktene kan ikke se eller slette opptak selv.
""",
    nec_short="Parvis vakt og kurs i konflikthåndtering har fått ned antallet hendelser, men ikke volden (6 tilfeller i 2025). Kontinuerlig opptak er vurdert og forkastet; kameraet startes bare når vakten opplever en trussel, med 30 sekunders buffer, synlig lampe og muntlig varsel.",
    risks=(
        (
            "Opptak av forbipasserende som ikke vet at de filmes",
            "Middels",
            "Middels",
            "Synlig merking, muntlig varsel, kort buffer",
        ),
        (
            "Kameraet brukes til å kontrollere vaktene",
            "Lav",
            "Høy",
            "Avtale med tillitsvalgt: opptak brukes ikke i personalsaker uten vold eller trussel mot vakten",
        ),
        (
            "Opptak deles på sosiale medier",
            "Lav",
            "Høy",
            "Vakten har ikke tilgang til opptak, kryptert lagring",
        ),
        (
            "Lydopptak av sensitive samtaler i bilen",
            "Middels",
            "Middels",
            "Opptak bare ved trussel, sletting etter 30 dager",
        ),
    ),
    risks_short=(
        (
            "Forbipasserende filmes uten å vite det",
            "Middels",
            "Middels",
            "Lampe, skilt på vesten, muntlig varsel",
        ),
        (
            "Opptak brukes mot vaktene",
            "Lav",
            "Høy",
            "Avtale med tillitsvalgt, ingen bruk i personalsaker",
        ),
        ("Opptak lekker på nett", "Lav", "Høy", "Vakten har ikke tilgang, kryptert"),
    ),
    not_taken="Vurdert, ikke gjennomført: kamera uten lyd (lyden er ofte det som dokumenterer trusselen) og sladding av forbipasserende før lagring (ikke tilgjengelig i løsningen).",
)

# --- E: Klinikk Nordlys AS (nb) -----------------------------------------------------------

E1 = Topic(
    key="E1",
    lang="nb",
    title="KI-støttet vurdering av hudbilder i pasientappen",
    summary="Klinikk Nordlys AS vil la en KI-modell sortere hudbilder som pasientene sender inn via appen, før en hudlege vurderer dem.",
    processor="DermaSight AB",
    desc="""
Klinikk Nordlys AS driver fire legesentre og en hudpoliklinikk i Nord-Norge. Pasienter med føflekker eller hudforandringer kan i dag sende bilder via appen vår, og en hudlege vurderer dem innen fem virkedager. Ventetiden er for lang for de få bildene som viser mulig melanom.

Vi vil derfor la en KI-modell fra DermaSight AB (Sverige) vurdere bildene først. Modellen gir hvert bilde en hastegrad (rød, gul, grønn). Røde bilder vurderes av hudlege samme dag. Alle bilder blir fortsatt vurdert av en hudlege; modellen bestemmer bare rekkefølgen.

Opplysninger: bilder av huden (kan vise ansikt, tatoveringer og intime kroppsdeler), pasientens navn, fødselsnummer, alder, kjønn, hudtype og svar på spørsmål om endring og arv; modellens hastegrad og hudlegens vurdering.

Omfang: ca. 9 000 bilder i året fra 6 500 pasienter.

Flyt: bildet sendes fra appen til journalsystemet vårt. En kopi uten navn og fødselsnummer (med et løpenummer som nøkkel) sendes til DermaSight AB, som returnerer hastegraden innen to minutter og sletter bildet etter 24 timer. DermaSight er databehandler; behandlingen skjer i Stockholm.

Mottakere: hudlegene (6), sykepleiere på hudpoliklinikken, og fastlegen når pasienten henvises videre.

Høy risiko: helseopplysninger, ny teknologi (KI), mulig feilvurdering med alvorlig konsekvens, og bilder som kan være svært private.
""",
    desc_short="Pasientene sender i dag bilder av føflekker via appen vår, og en hudlege ser på dem innen fem dager. Vi vil la en KI-modell fra DermaSight AB (Stockholm, databehandler) gi hvert bilde en hastegrad slik at mulig melanom blir vurdert samme dag; alle bilder ses fortsatt av hudlege. Det gjelder ca. 9 000 bilder i året fra 6 500 pasienter: hudbilder, alder, kjønn, hudtype og svar på spørsmål, uten navn og fødselsnummer hos DermaSight, som sletter bildet etter 24 timer. Mottakere er våre seks hudleger, sykepleierne på poliklinikken og fastlegen ved henvisning.",
    nec="""
Behandlingsgrunnlag: art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. helsepersonelloven § 39 og pasientjournalloven. Bruk av modellen er en del av helsehjelpen.

Hvorfor nødvendig: median ventetid fra bilde til vurdering var 4,2 virkedager i 2025. Blant 31 bilder som senere viste melanom, ble 9 vurdert først etter mer enn fem dager. Flere hudleger er ikke tilgjengelig i regionen.

Alternativer:
- sykepleier sorterer bildene: vurdert, men krever hudlegekompetanse for å være trygt, og gir bare ett døgns gevinst
- pasienten selv krysser av for «haster»: prøvd i 2024, nesten alle krysset av
- KI-modell som kjører lokalt: ingen sertifisert modell tilgjengelig for lokal drift

Garantier: modellen er CE-merket som medisinsk utstyr klasse IIa; alle bilder ses av hudlege; pasienten informeres i appen om at KI brukes og kan reservere seg (da vurderes bildet i vanlig kø); ingen identitet sendes til DermaSight; bildet slettes hos DermaSight etter 24 timer; avtalen forbyr bruk av bildene til trening av modellen.
""",
    nec_short="Ventetiden på hudlegevurdering var 4,2 dager i median i 2025, og 9 av 31 melanomer ble først sett etter mer enn fem dager. At sykepleier sorterer er vurdert, men krever hudlegekompetanse for å være trygt; avkrysning for «haster» fra pasienten ble prøvd i 2024 og sorterte ingenting. Modellen bestemmer derfor bare rekkefølgen, alle bilder ses av hudlege, og pasienten kan reservere seg.",
    risks=(
        (
            "Modellen gir grønn hastegrad på et melanom (falsk negativ)",
            "Lav",
            "Høy",
            "Alle bilder vurderes av hudlege innen 5 dager som før; månedlig kontroll av treffsikkerhet",
        ),
        (
            "Modellen er dårligere på mørk hud",
            "Middels",
            "Høy",
            "Leverandørens valideringsdata gjennomgått; egen oppfølging per hudtype",
        ),
        (
            "Intime bilder kommer på avveie hos leverandøren",
            "Lav",
            "Høy",
            "Ingen identitet, kryptering, sletting etter 24 timer, revisjon",
        ),
        (
            "Bildene brukes til å trene leverandørens modell",
            "Lav",
            "Middels",
            "Forbud i databehandleravtalen, kontrollrett",
        ),
        (
            "Pasienten forstår ikke at KI brukes",
            "Middels",
            "Lav",
            "Tydelig informasjon i appen, mulighet til å reservere seg",
        ),
    ),
    risks_short=(
        (
            "Melanom får grønn hastegrad",
            "Lav",
            "Høy",
            "Hudlege ser alle bilder som før; månedlig kontroll",
        ),
        (
            "Dårligere treff på mørk hud",
            "Middels",
            "Høy",
            "Validering gjennomgått, oppfølging per hudtype",
        ),
        (
            "Intime bilder på avveie hos leverandør",
            "Lav",
            "Høy",
            "Uten identitet, kryptert, slettes etter 24 t",
        ),
    ),
    not_taken="Vurdert, men ikke gjennomført: at pasienten må samtykke aktivt før KI brukes (gir dårligere hjelp for dem som ikke svarer; vi har i stedet reservasjon) og egen uavhengig validering på vår pasientpopulasjon før oppstart (planlagt som del av første driftsår).",
)

E2 = Topic(
    key="E2",
    lang="nb",
    title="opptak av videokonsultasjoner",
    summary="Klinikk Nordlys AS vil ta opp et utvalg videokonsultasjoner for kvalitetssikring og veiledning av leger i spesialisering.",
    processor="Konsultio AS",
    desc="""
Legene våre har ca. 40 000 videokonsultasjoner i året gjennom løsningen Konsultio. Vi vil ta opp et utvalg konsultasjoner – de leger i spesialisering (LIS) har, og stikkprøver hos øvrige leger – for å bruke dem i veiledning og kvalitetssikring.

Opptak skjer bare når pasienten har sagt ja i innkallingen og på nytt ved starten av samtalen. Opptaket omfatter video og lyd av pasient og lege, og det pasienten forteller om sin helse.

Flyt: opptaket lagres kryptert hos Konsultio AS (databehandler, drift i Norge). Veileder og LIS ser opptaket sammen i en egen visning; det kan ikke lastes ned. Opptaket slettes automatisk etter 60 dager. Opptaket er ikke en del av journalen.

Mottakere: den aktuelle LIS, hans eller hennes veileder, og fagdirektøren ved kvalitetsgjennomgang (stikkprøver).

Omfang: anslagsvis 1 500 opptak i året.

Høy risiko: lyd og bilde av pasienter i en sårbar situasjon, helseopplysninger, og risiko for at pasienter føler seg presset til å si ja.
""",
    desc_short="Vi vil ta opp rundt 1 500 av våre 40 000 årlige videokonsultasjoner i Konsultio – hovedsakelig der leger i spesialisering er lege – og bruke dem i veiledning og kvalitetssikring. Opptaket (bilde og lyd av pasient og lege) lagres kryptert hos Konsultio AS som databehandler, ses bare av legen, veilederen og fagdirektøren, kan ikke lastes ned og slettes etter 60 dager. Opptak skjer bare når pasienten har sagt ja både i innkallingen og ved starten av samtalen.",
    nec="""
Behandlingsgrunnlag: samtykke (art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a). Samtykket er frivillig: pasienten får samme konsultasjon om han sier nei, og samtykket kan trekkes under og etter samtalen, med sletting av opptaket.

Behovet: veiledning av LIS er i dag basert på legens egen gjengivelse av konsultasjonen. Spesialitetsforskriften krever supervisjon, og videokonsultasjoner har ingen annen lege til stede. Skriftlige referater fanger ikke kommunikasjonen, som er det veiledningen oftest handler om.

Alternativer: veileder deltar i samtalen (vurdert; oppleves mer inngripende av pasientene i vår pilot, og er vanskelig å planlegge), bare lydopptak (gir mindre å veilede på i videokonsultasjoner der mye er visuelt).

Garantier: dobbelt samtykke, ingen nedlasting, kort lagring, ingen bruk av opptak i personalsaker, egen informasjon om retten til å trekke samtykket.
""",
    nec_short="Alternativet er at veilederen sitter med i samtalen; i piloten vår opplevde pasientene det som mer inngripende enn et opptak som slettes etter 60 dager, og det er vanskelig å få til med veiledernes timeplaner. Rent lydopptak er vurdert, men gir lite å veilede på i en videokonsultasjon. Opptak bare med dobbelt samtykke, og pasienten får samme konsultasjon om han sier nei.",
    risks=(
        (
            "Pasienten føler seg presset til å samtykke",
            "Middels",
            "Middels",
            "Samtykke spørres i innkallingen, ikke av legen alene; nei registreres uten begrunnelse",
        ),
        (
            "Opptak kommer på avveie",
            "Lav",
            "Høy",
            "Ingen nedlasting, kryptering, tilgang bare for tre personer, logg",
        ),
        (
            "Opptak av tredjepersoner i pasientens hjem",
            "Middels",
            "Lav",
            "Pasienten oppfordres til å sitte alene; opptak kan stoppes",
        ),
        (
            "Opptaket brukes i klagesak mot legen uten at pasienten vet det",
            "Lav",
            "Middels",
            "Formålsbegrensning; egen vurdering og ny informasjon til pasienten hvis det skjer",
        ),
    ),
    risks_short=(
        (
            "Press til å samtykke",
            "Middels",
            "Middels",
            "Spørres i innkallingen, nei uten begrunnelse",
        ),
        ("Opptak på avveie", "Lav", "Høy", "Ingen nedlasting, tre med tilgang, logg"),
        ("Andre i hjemmet kommer med", "Middels", "Lav", "Pasienten kan stoppe opptaket"),
    ),
    not_taken="Ikke gjennomført: automatisk uskarphet på bakgrunnen i pasientens hjem (løsningen støtter det ikke for opptak ennå).",
)

# --- F: Fjordbanken Sparebank (nn) --------------------------------------------------------

F1 = Topic(
    key="F1",
    lang="nn",
    title="maskinlæringsbasert transaksjonsovervaking mot kvitvasking",
    summary="Fjordbanken Sparebank vil byte ut den regelbaserte transaksjonsovervakinga med ein maskinlæringsmodell som lagar risikoprofilar for alle kundar.",
    processor="Kjernebank Vest AS",
    desc="""
Fjordbanken Sparebank har om lag 61 000 personkundar og 4 800 bedriftskundar. Etter kvitvaskingslova må vi overvake transaksjonar for å avdekkje mistenkelege forhold. I dag nyttar vi faste reglar (til dømes kontantinnskot over 100 000 kr). Dei gjev svært mange falske treff: i 2025 vart 96 prosent av varsla lukka utan vidare oppfølging.

Vi vil ta i bruk ein maskinlæringsmodell som ser på mønster i transaksjonane til kvar kunde og lagar ein risikoskår. Varsel med høg skår går til antikvitvask-eininga (AML-eininga, seks tilsette), som undersøkjer saka manuelt. Modellen avgjer ikkje noko åleine; det er AML-eininga som vurderer om det skal sendast melding til Økokrim (Enheten for finansiell etterretning, EFE).

Opplysningar: kundeopplysningar frå kundekontrollen (namn, fødselsnummer, adresse, yrke, PEP-status, risikoklasse), alle transaksjonar med beløp, tid, motpart og tekst, kontantuttak og -innskot, bruk av kort i utlandet, og modellen sin skår med forklaring.

Flyt: modellen køyrer i kjernebanksystemet hos Kjernebank Vest AS (databehandlar, drift i Noreg). Skåren og varsla går til saksbehandlingssystemet til AML-eininga. Meldingar til EFE går som før gjennom Altinn.

Lagring: skårar og varsel vert lagra i fem år etter kvitvaskingslova § 30; treningsdata er pseudonymiserte og vert fornya kvart år.

Høg risiko: profilering av alle kundar, store mengder finansielle opplysningar, og konsekvensar som kan vere alvorlege (stansa transaksjonar, melding til EFE) utan at kunden får vite det.
""",
    desc_short="Vi vil erstatte dei faste reglane i transaksjonsovervakinga (96 % falske treff i 2025) med ein maskinlæringsmodell som gjev alle om lag 66 000 kundane ein risikoskår ut frå transaksjonsmønsteret, slik at AML-eininga (seks tilsette) får færre og betre varsel å undersøkje manuelt. Modellen nyttar kundekontrollopplysningar og alle transaksjonar (beløp, tid, motpart, tekst), køyrer hos Kjernebank Vest AS som databehandlar, og skårar vert lagra i fem år etter kvitvaskingslova; berre AML-eininga ser dei, og eventuelle meldingar går til Økokrim (EFE) som før.",
    nec="""
Grunnlag: art. 6 nr. 1 bokstav c, jf. kvitvaskingslova §§ 24–26 om løpande oppfølging og undersøkingsplikt.

Dagens regelbaserte løysing gjev om lag 7 400 varsel i året, der 96 prosent vert lukka. Det tek mest all tid i AML-eininga, og dei verkeleg mistenkelege sakene vert liggjande. Finanstilsynet peika på dette i tilsynsrapporten frå 2025.

Alternativ:
- fleire faste reglar med høgare terskel: testa, gav færre varsel men fann berre halvparten av dei sakene som vart melde til EFE i 2024
- tilsette fleire i AML-eininga: løyser ikkje kvaliteten på varsla
- modell berre for bedriftskundar: vurdert, men dei fleste meldingane gjeld personkundar

Garantiar: modellen avgjer ikkje noko; forklaring på kvar skår (kva transaksjonar som dreg opp); ingen bruk av kjønn, nasjonalitet eller fødeland som variablar; kvartalsvis test for skeivskap; kundane er informerte i personvernerklæringa; skåren vert ikkje nytta til kredittvurdering eller marknadsføring.
""",
    nec_short="Reglane vi har i dag gjev 7 400 varsel i året, og 96 % er falske – det var også Finanstilsynets hovudmerknad i 2025. Høgare tersklar er testa og fann berre halvparten av sakene vi meldte til EFE i 2024. Modellen gjer ikkje vedtak; han sorterer varsla for AML-eininga, og kjønn og nasjonalitet er haldne utanfor.",
    risks=(
        (
            "Skeivskap – kundar med utanlandsk bakgrunn får høgare skår",
            "Middels",
            "Høg",
            "Nasjonalitet og fødeland ikkje som variablar; kvartalsvis test av utslag per gruppe",
        ),
        (
            "Feil skår fører til stansa transaksjon eller melding til EFE",
            "Middels",
            "Høg",
            "Manuell undersøking før alle tiltak; forklaring på skår",
        ),
        (
            "Skåren vert nytta til andre føremål (kreditt, marknad)",
            "Låg",
            "Høg",
            "Teknisk skilt frå andre system; forbod i instruks; tilgangsstyring",
        ),
        (
            "Kunden får ikkje innsyn (teieplikt etter kvitvaskingslova § 31)",
            "Høg",
            "Middels",
            "Generell informasjon; innsyn i alt som ikkje er omfatta av teieplikta",
        ),
        (
            "Uautorisert tilgang til transaksjonsdata hos databehandlar",
            "Låg",
            "Høg",
            "Kryptering, tilgangslogg, årleg ISAE 3402-rapport",
        ),
    ),
    risks_short=(
        (
            "Skeivskap mot kundar med utanlandsk bakgrunn",
            "Middels",
            "Høg",
            "Ingen nasjonalitet i modellen; kvartalsvis test",
        ),
        ("Feil skår gjev stansa betaling", "Middels", "Høg", "Alltid manuell undersøking først"),
        (
            "Skåren nytta til kreditt/marknad",
            "Låg",
            "Høg",
            "Skilt frå andre system, tilgangsstyring",
        ),
    ),
    not_taken="Vurdert, ikkje gjennomført: ekstern revisjon av modellen før produksjon (ingen leverandør kunne gjere det innan fristen; planlagt i første driftsår). Restrisikoen knytt til at kunden ikkje får innsyn, kan vi ikkje redusere på grunn av teieplikta.",
)

F2 = Topic(
    key="F2",
    lang="nn",
    title="stemmebiometri for identifisering i kundesenteret",
    summary="Fjordbanken Sparebank vil identifisere kundar som ringjer kundesenteret, med stemmebiometri i staden for kontrollspørsmål.",
    processor="VoiceKey Nordic AS",
    desc="""
Kundesenteret vårt tek imot om lag 180 000 samtalar i året. I dag identifiserer vi kunden med fødselsnummer og to kontrollspørsmål. Svindlarar har fleire gonger klart å svare rett, og vi hadde 23 saker i 2025 der nokon fekk endra telefonnummer eller auka grenser på andre si konto.

Vi vil tilby kundane stemmebiometri: kunden seier ei fast setning tre gonger i første samtale (innmelding), og det vert laga ein stemmemal. Ved seinare samtalar samanliknar systemet stemma med malen i løpet av dei første sekunda, og rådgjevaren ser «stadfesta» eller «ikkje stadfesta».

Opplysningar: stemmemal (biometrisk), kundenummer, tidspunkt og resultat for kvar samanlikning, samtykke og tilbaketrekking. Sjølve samtalen vert ikkje lagra av denne løysinga.

Flyt: malen vert laga og lagra hos VoiceKey Nordic AS (databehandlar, drift i Noreg), kryptert og knytt til eit pseudonymt kundenummer. Rådgjevarane ser berre resultatet.

Kven: personkundar som vel å ta i bruk tenesta (forventa 25 000 første året).

Lagring: malen vert sletta når kunden trekkjer samtykket, avsluttar kundeforholdet eller ikkje har brukt tenesta på tre år.

Høg risiko: biometriske opplysningar for eintydig identifisering, i stort omfang.
""",
    desc_short="Kundar som ringjer kundesenteret, kan velje å la seg identifisere med stemma i staden for fødselsnummer og kontrollspørsmål, som svindlarar kom gjennom i 23 saker i 2025. Ved innmelding vert det laga ein stemmemal som VoiceKey Nordic AS lagrar kryptert i Noreg som databehandlar; rådgjevarane ser berre «stadfesta/ikkje stadfesta». Vi ventar 25 000 brukarar første året, og malen vert sletta ved tilbaketrekking, avslutta kundeforhold eller tre års fråvær.",
    nec="""
Grunnlag: samtykke etter art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a. Kundar som ikkje vil, vert identifiserte som i dag, utan dårlegare service eller lengre ventetid.

Kvifor: kontrollspørsmål er svake fordi svara ofte er kjende eller kan finnast. BankID på telefon (eng. «app-push») er vurdert og vert tilbydd parallelt, men mange av dei eldre kundane våre ringjer nettopp fordi dei ikkje brukar appen. Eingongskode på SMS er sårbar når svindlaren har teke over telefonnummeret, som var tilfellet i 9 av sakene.

Proporsjonalitet: frivillig, tydeleg informasjon, mal i staden for opptak, lagring hos norsk databehandlar, sletting etter tre års fråvær.
""",
    nec_short="Kontrollspørsmåla våre vart knekte i 23 saker i 2025, og SMS-kode hjelper ikkje når svindlaren har teke over nummeret (9 av sakene). BankID-stadfesting i appen vert tilbydd òg, men når ikkje dei eldre kundane som ringjer fordi dei ikkje brukar appen. Stemmebiometri berre for dei som vel det, med mal i staden for opptak.",
    risks=(
        (
            "Stemmemalar kjem på avvegar og kan misbrukast",
            "Låg",
            "Høg",
            "Kryptering, pseudonymt kundenummer, malen kan ikkje omsetjast til lyd",
        ),
        (
            "Syntetisk stemme (deepfake) lurer systemet",
            "Middels",
            "Høg",
            "Livstest i løysinga; ved høg-risiko-endringar krev vi i tillegg BankID",
        ),
        (
            "Samtykket er ikkje reelt frivillig",
            "Låg",
            "Middels",
            "Same service utan stemme; ingen gebyr; enkel tilbaketrekking",
        ),
        (
            "Feilavvising av kundar med stemmevanskar",
            "Middels",
            "Låg",
            "Vanleg identifisering som reserve",
        ),
    ),
    risks_short=(
        (
            "Stemmemal på avvegar",
            "Låg",
            "Høg",
            "Kryptert, pseudonymt, kan ikkje gjerast om til lyd",
        ),
        (
            "Deepfake-stemme lurer systemet",
            "Middels",
            "Høg",
            "Livstest + BankID ved endring av grenser/nummer",
        ),
        (
            "Samtykke ikkje frivillig",
            "Låg",
            "Middels",
            "Same service utan; tilbaketrekking i nettbanken",
        ),
    ),
    not_taken="Vurdert, ikkje gjennomført: lagring av malen berre på kunden sin eigen telefon (løysinga krev sentral samanlikning for fasttelefon). Restrisiko for deepfake er vurdert som middels-høg og er grunnen til at vi ber om førehandsdrøfting.",
)

# --- G: Transnordic Logistics Norway AS (en) ----------------------------------------------

G1 = Topic(
    key="G1",
    lang="en",
    title="in-cab driver monitoring cameras",
    summary="Transnordic Logistics Norway AS plans to install AI-based driver monitoring cameras in its 160 trucks.",
    processor="CabSense B.V.",
    desc="""
Transnordic Logistics Norway AS operates 160 heavy trucks from terminals in Oslo, Bergen and Trondheim, with about 210 employed drivers. We plan to install CabSense driver monitoring units in all trucks.

The unit has a camera facing the driver and one facing the road. An AI model in the unit detects signs of fatigue (eyes closing, yawning), phone use and not wearing a seat belt. When it detects an event, it gives an audible warning in the cab and stores a 12-second clip (6 seconds before, 6 after). The road camera also stores a clip on harsh braking and collisions.

Data: video clips of the driver's face and of the road ahead (other road users, number plates), event type, GPS position, speed, time, truck and driver ID (from the tachograph card).

Flow: clips are uploaded over mobile network to CabSense B.V. in the Netherlands (processor, hosting in the EU). Our safety coordinators (3) review clips weekly; a driver with repeated events is offered a coaching session. The driver can see his own clips in the app.

Retention: clips 30 days unless used in coaching (then 6 months) or in a claim (until closed).

High risk: systematic monitoring of employees at the workplace with video of the face, inferences about fatigue, and a potential for use in disciplinary cases.
""",
    desc_short="We plan to fit 160 trucks (about 210 drivers) with a CabSense unit that uses a driver-facing and a road-facing camera and an on-board AI model to spot fatigue, phone use and missing seat belts, warn the driver and save a 12-second clip with GPS, speed and the tachograph driver ID. Clips go to CabSense B.V. in the Netherlands (processor, EU hosting), are seen by our three safety coordinators and by the driver himself, and are deleted after 30 days unless used in coaching or a claim.",
    nec="""
Legal basis: Article 6(1)(f) (road safety and the safety of our drivers) and 6(1)(c) (Working Environment Act Section 4-1), read with the Regulation on control measures in working life (Chapter 9 of the Working Environment Act).

In 2025 our trucks were involved in 14 collisions; in 5 of them the driver said afterwards he had "nodded off" or looked at the phone. Our fatigue policy, rest planning and two awareness campaigns have not changed this.

Alternatives: a steering-pattern based fatigue warning without camera (fitted on 40 trucks since 2024; it warns too late, after lane departure); a road-facing camera only (documents accidents but does not prevent them); continuous recording (rejected).

Safeguards: event clips only, no continuous recording or live view; no clips of the driver during breaks (camera off when parking brake on for more than 2 minutes); coaching, not discipline, except for gross negligence, as agreed with the trade union on 8 October 2026; drivers see their own clips.
""",
    nec_short="The steering-pattern fatigue warning we have had on 40 trucks since 2024 warns too late, after the lane departure, and a road camera alone documents crashes but does not prevent them. So the driver camera is used, but it only stores a 12-second clip when it detects an event – no live view, nothing during breaks – and the result is coaching, not discipline, as agreed with the union.",
    risks=(
        (
            "Clips used for discipline beyond the agreed limits",
            "Medium",
            "High",
            "Written agreement with union; HR has no access; audit of use twice a year",
        ),
        (
            "False fatigue events (e.g. sunglasses, dark skin, beard)",
            "Medium",
            "Medium",
            "Human review of every clip before coaching; vendor bias test reviewed",
        ),
        (
            "Drivers' private life captured (breaks, sleeping in cab)",
            "Medium",
            "High",
            "Camera off with parking brake; privacy shutter",
        ),
        ("Other road users recorded", "High", "Low", "Road clips only on events; 30-day deletion"),
        (
            "Vendor access from outside the EEA",
            "Low",
            "High",
            "EU hosting; DPA; SCCs not needed as no transfers allowed",
        ),
    ),
    risks_short=(
        (
            "Clips used for discipline",
            "Medium",
            "High",
            "Union agreement; no HR access; half-yearly audit",
        ),
        (
            "False events, e.g. sunglasses or beards",
            "Medium",
            "Medium",
            "Every clip reviewed by a person",
        ),
        (
            "Drivers filmed while resting in the cab",
            "Medium",
            "High",
            "Camera off with parking brake; shutter",
        ),
    ),
    not_taken="Considered but not implemented: face blurring of the driver in stored clips (would defeat the purpose of coaching) and storage in Norway (vendor only offers EU-wide hosting).",
)

G2 = Topic(
    key="G2",
    lang="en",
    title="performance tracking of warehouse staff",
    summary="Transnordic Logistics Norway AS plans to give warehouse staff individual productivity scores based on data from their wrist-worn scanners.",
    processor="Pickrate Ltd",
    desc="""
At our Oslo terminal (Alnabru), 95 warehouse workers pick and pack orders with wrist-worn scanners. About a third are temporary staff from a staffing agency. We plan to introduce Pickrate, a system that uses the scanner data to calculate each worker's picks per hour, idle time and error rate, compare them with a target for the zone, and show a personal score on the scanner display and to the team leaders.

The purpose is (1) to plan staffing per zone and shift, and (2) to follow up new workers during their first three months so that they get training where they struggle.

Data: worker ID, name, employer (own or agency), shift, every scan with time and zone, idle periods over 3 minutes outside break zones, picking errors, and daily and weekly scores.

Flow: scanner data go from our warehouse management system to Pickrate Ltd (processor, hosting in the UK under the EU adequacy decision). Team leaders (6) see individual scores for their team, but only for workers in their first three months; for everyone else they see zone averages. The terminal manager sees team and zone averages. Workers always see their own score on the display.

Retention: scan-level data 3 months; weekly scores 12 months; then aggregated by zone.

High risk: systematic and continuous monitoring of employees at work, a risk of stress and health effects from real-time targets, and a risk that scores are used when temporary contracts are renewed.
""",
    desc_short="At Alnabru, 95 warehouse workers (a third from a staffing agency) wear scanners; Pickrate Ltd (UK, processor) will turn every scan, idle period and error into picks-per-hour scores, so that we can plan staffing per zone and give new workers training in their first three months. Workers see their own score; six team leaders see individual scores only for new workers and zone averages for the rest; scan data are deleted after three months.",
    nec="""
Legal basis: Article 6(1)(f), read with the Working Environment Act Chapter 9 on control measures. The measure was discussed with the safety delegate and the trade union on 21 October 2026.

Staffing: we cannot see today which zones and shifts are under-staffed, and overtime in the frozen-goods zone was 18% in 2025. Zone-level statistics from the same scan data meet this purpose, and that is what we use for everyone after the first three months.

Follow-up of new workers: error rates are four times higher in the first month and are the main cause of customer complaints. Individual scores for new workers let team leaders find who needs more training. We considered buddy training without data (used today; it depends on which colleague you get) and error statistics only, without picks per hour (considered, but speed and errors go together when people are learning).

Safeguards: no ranking lists; the score is not used in decisions on dismissal or renewal of contracts (written in the agreement with the staffing agency); idle time is only registered over 3 minutes and never in break zones or toilets; workers can switch off the score on their own display; yearly evaluation with the union.
""",
    nec_short="Zone statistics are enough for staffing and are all we keep for experienced workers. Individual scores are used only in the first three months, when error rates are four times higher, instead of relying on buddy training alone, which depends on which colleague you get.",
    risks=(
        (
            "Stress and health effects from a real-time score",
            "High",
            "High",
            "No ranking lists; workers can hide the score on their display; individual scores only for new workers",
        ),
        (
            "Score used in decisions on renewing temporary contracts",
            "Medium",
            "High",
            "Forbidden in the agreement with the staffing agency; agency has no access",
        ),
        (
            "Toilet and rest breaks registered as idle time",
            "High",
            "Medium",
            "Idle only above 3 minutes and never in break zones or toilets",
        ),
        (
            "Team leaders keep individual follow-up after the first three months",
            "Medium",
            "Medium",
            "System switches to zone averages automatically after 90 days",
        ),
        (
            "Transfer to the UK loses protection",
            "Low",
            "Medium",
            "Adequacy decision; DPA; exit plan if the decision lapses",
        ),
    ),
    risks_short=(
        ("Stress from real-time score", "High", "High", "No rankings; score can be hidden"),
        (
            "Score used for contract renewals",
            "Medium",
            "High",
            "Forbidden in agency agreement; no agency access",
        ),
        ("Breaks logged as idle time", "High", "Medium", "Only > 3 min; break zones excluded"),
    ),
    not_taken="Considered but not implemented: no individual scores at all (rejected for the first three months, see section 3) and hosting in the EU (Pickrate has no EU hosting until 2028). Residual risk of stress remains high.",
)


# --- H: Puls Trening AS (nb) --------------------------------------------------------------

H1 = Topic(
    key="H1",
    lang="nb",
    title="ansiktsgjenkjenning ved innsjekk",
    summary="Puls Trening AS vil la medlemmene sjekke inn på sentrene med ansiktsgjenkjenning i stedet for kort eller app.",
    processor="FaceGate AS",
    desc="""
Puls Trening AS har 9 treningssentre i Bergen og omegn og ca. 14 000 medlemmer. 5 av sentrene er ubemannet kveld og natt. I dag sjekker medlemmene inn med nøkkelbrikke eller QR-kode i appen. Brikker og koder deles og selges videre, og vi har hatt flere hendelser med personer som ikke er medlemmer på ubemannet tid, blant annet et tyveri og en voldshendelse i 2025.

Vi vil tilby innsjekk med ansiktsgjenkjenning. Medlemmet registrerer seg frivillig med en selfie i appen. Det lages en ansiktsmal som lagres hos FaceGate AS (databehandler). Ved døren tar et kamera et bilde, malen sammenlignes, og døren åpnes.

Opplysninger: ansiktsmal (biometri), medlemsnummer, tidspunkt og senter for innsjekk, og selfien (slettes når malen er laget). Bildet ved døren slettes etter sammenligningen.

Hvem: medlemmer som velger det (vi regner med halvparten). Medlemmer som ikke vil, bruker brikke eller QR som før, og betaler det samme.

Mottakere: ingen utenfor FaceGate og oss. Ansatte i kundeservice ser bare innsjekkloggen som i dag.

Lagring: malen slettes når medlemmet trekker samtykket eller melder seg ut, og innsjekkloggen etter 6 måneder.
""",
    desc_short="Medlemmene (ca. 14 000, 9 sentre, 5 ubemannet på kveld og natt) skal kunne velge å sjekke inn med ansiktet: en selfie i appen blir til en ansiktsmal hos FaceGate AS (databehandler), og kameraet ved døren sammenligner og åpner. Selfien og dørbildet slettes straks, malen når medlemmet trekker samtykket eller slutter, innsjekkloggen etter 6 måneder; bare FaceGate og vi har dataene. Målet er å stoppe delte og solgte brikker på ubemannet tid.",
    nec="""
Grunnlag: samtykke etter art. 9 nr. 2 bokstav a. Medlemmer som ikke vil, bruker brikke eller QR-kode som før, uten ekstra kostnad.

Nødvendighet: brikker og QR-koder deles; i 2025 fant vi 310 medlemskap som ble brukt av flere personer, og vi hadde to alvorlige hendelser med ikke-medlemmer på ubemannet tid. Vi har prøvd PIN-kode i tillegg til brikken (deles like lett) og bemanning på kveld (for dyrt for 5 sentre).
""",
    nec_short="Brikker og QR-koder deles og selges (310 delte medlemskap i 2025), og PIN i tillegg til brikken ble prøvd og delt like lett. Bemanning på kveld er for dyrt for fem sentre. Derfor ansiktsgjenkjenning, men bare for dem som vil – brikken beholdes for alle andre til samme pris.",
    risks=(
        (
            "Ansiktsmaler lekker og kan misbrukes",
            "Lav",
            "Høy",
            "Kryptert hos FaceGate i Norge, malen kan ikke gjøres om til bilde",
        ),
        (
            "Samtykket er ikke frivillig",
            "Lav",
            "Middels",
            "Brikke til samme pris, enkel tilbaketrekking i appen",
        ),
        (
            "Feil match slipper inn feil person",
            "Lav",
            "Middels",
            "Terskel satt strengt, kamera i inngangen",
        ),
        (
            "Kameraet ved døren fanger andre enn den som sjekker inn",
            "Middels",
            "Lav",
            "Bildet slettes etter sammenligning, bare ansikt i sentrum brukes",
        ),
    ),
    risks_short=(
        ("Maler på avveie", "lav", "høy", "kryptert, lagres i Norge, kan ikke gjøres om til bilde"),
        ("Medlemmer føler seg presset", "lav", "middels", "brikken beholdes, samme pris"),
        ("Feil person slippes inn", "lav", "middels", "streng terskel, kamera i inngangen"),
    ),
    not_taken="Vi vurderte å lagre malen bare på medlemmets telefon, men da må medlemmet ha telefonen fremme, og det er det vi vil bort fra.",
)

H2 = Topic(
    key="H2",
    lang="nb",
    title="KI-kamera i treningssalene på ubemannet tid",
    summary="Puls Trening AS vil bruke kameraer med bildeanalyse som varsler en vaktsentral hvis noen blir liggende urørlig i treningssalen på ubemannet tid.",
    processor="Vaktsenter Øst AS",
    desc="""
På ubemannet tid (kl. 22–06 og helger på fem sentre) er det ingen ansatte til stede. I 2025 hadde vi to tilfeller der medlemmer ble liggende etter å ha fått hjerteproblemer eller skadet seg under vektløfting, og ble funnet først av neste medlem.

Vi vil montere kameraer i treningssalene (ikke i garderober eller dusj) med bildeanalyse som oppdager en person som ligger urørlig i mer enn 60 sekunder eller faller. Da får Vaktsenter Øst AS et varsel med et stillbilde og 20 sekunder video, og kan ringe personen opp via høyttaler og sende ambulanse.

Opplysninger: video av medlemmer i treningssalen (kun analysert i kameraet, ikke lagret), ved alarm: stillbilde og 20 sekunder video, tid, senter. Hendelsen knyttes til innsjekkloggen slik at vaktsentralen kan se hvem som er inne.

Mottakere: Vaktsenter Øst AS (databehandler), og ved behov AMK. Ingen opptak ellers.

Lagring: alarmklipp slettes etter 7 dager, med mindre hendelsen skal følges opp (maks 3 måneder).
""",
    desc_short="På ubemannet tid vil vi ha kameraer i treningssalene (ikke garderober) som analyserer bildet lokalt og bare sender stillbilde og 20 sekunder video til Vaktsenter Øst AS (databehandler) når noen faller eller ligger urørlig i over ett minutt; vaktsentralen ser da også hvem som er sjekket inn og kan ringe AMK. Det gjelder alle som trener på fem sentre kl. 22–06 og i helgene; alarmklipp slettes etter 7 dager.",
    nec="""
Grunnlag: art. 6 nr. 1 bokstav f og art. 9 nr. 2 bokstav c (vitale interesser) ved alarm.

Vi har vurdert nødknapper på veggen (finnes allerede, men hjelper ikke den som ikke kan trykke) og en armbåndsalarm (medlemmene bruker den ikke). Bemanning hele natten er for dyrt.

Kameraet lagrer ikke noe uten alarm, og det er ingen kamera i garderober. Medlemmene får informasjon ved innsjekk og på skilt.
""",
    nec_short="Nødknappene på veggen hjelper ikke den som ligger bevisstløs, og armbåndsalarm ble ikke brukt av medlemmene i prøveperioden. Kameraene lagrer ingenting uten alarm og henger bare i treningssalen.",
    risks=(
        (
            "Medlemmene føler seg overvåket mens de trener",
            "Høy",
            "Middels",
            "Ingen lagring uten alarm, skilt, informasjon ved innsjekk",
        ),
        (
            "Falske alarmer (stretching, yoga på gulvet)",
            "Høy",
            "Lav",
            "Vaktsentralen ringer opp via høyttaler før ambulanse",
        ),
        (
            "Klipp av medlemmer i treningstøy kommer på avveie",
            "Lav",
            "Høy",
            "Bare 20 sek ved alarm, sletting etter 7 dager, tilgang bare i vaktsentralen",
        ),
        (
            "Analysen virker dårligere for noen kroppstyper",
            "Lav",
            "Middels",
            "Test før drift med egne ansatte",
        ),
    ),
    risks_short=(
        ("følelse av overvåking", "høy", "middels", "ingen lagring uten alarm, skilt"),
        (
            "falske alarmer ved yoga/stretching",
            "høy",
            "lav",
            "oppringning via høyttaler før ambulanse",
        ),
        ("alarmklipp lekker", "lav", "høy", "20 sek, slettes etter 7 dager"),
    ),
    not_taken="Vi vurderte varmekamera uten vanlig bilde, men vaktsentralen trenger å se situasjonen for å vurdere om det er alvorlig.",
)

# --- I: Høgskolen i Østmark (nb) ----------------------------------------------------------

I1 = Topic(
    key="I1",
    lang="nb",
    title="hjemmeeksamen med kameraovervåking (proctoring)",
    summary="Høgskolen i Østmark vil gjennomføre digitale hjemmeeksamener med webkamera- og skjermovervåking og automatisk flagging av mulig fusk.",
    processor="Proctorly ApS",
    desc="""
Høgskolen i Østmark har ca. 7 800 studenter, hvorav 1 900 på nett- og samlingsbaserte studier som bor langt fra campus. Disse studentene må i dag reise til et eksamenslokale for skoleeksamen. Vi vil tilby hjemmeeksamen med overvåking for emner der eksamen skal være uten hjelpemidler.

Løsningen fra Proctorly ApS (databehandler, Danmark) tar opp webkamera, mikrofon og skjerm under eksamen. Studenten viser legitimasjon og rommet med kameraet før start. En algoritme flagger mulige avvik (en annen person i bildet, student ser bort lenge, tale, nye vinduer på skjermen). Flaggede tidspunkter vurderes av to eksamensvakter fra eksamenskontoret; bare de kan melde saken videre til klagenemnda som mulig fusk.

Opplysninger: video og lyd av studenten og rommet (kan vise andre personer, religiøse symboler, helsehjelpemidler), skjermopptak, bilde av legitimasjon, navn, studentnummer, emne, flagg og vaktenes vurdering.

Omfang: ca. 40 emner og 4 500 eksamensbesvarelser i året.

Lagring: opptak slettes 30 dager etter sensur hvis ingen sak er opprettet; i fuskesaker oppbevares relevant opptak til saken er endelig avgjort.

Høy risiko: overvåking i studentens hjem, behandling av særlige kategorier som kan fremgå av bildet, automatisert flagging som kan føre til fuskesak.
""",
    desc_short="For ca. 40 emner (4 500 besvarelser i året) vil vi la studentene ta eksamen uten hjelpemidler hjemme, med webkamera-, mikrofon- og skjermopptak fra Proctorly ApS (Danmark, databehandler). Algoritmen flagger mulige avvik, men bare to eksamensvakter ser opptaket og avgjør om saken meldes til klagenemnda; opptak uten sak slettes 30 dager etter sensur. Opptaket kan vise studentens hjem og andre personer der.",
    nec="""
Behandlingsgrunnlag: art. 6 nr. 1 bokstav e, jf. universitets- og høyskoleloven om eksamen og kontroll med fusk. Vi behandler ikke særlige kategorier med hensikt, men de kan fremgå av bildet; da gjelder art. 9 nr. 2 bokstav g.

Nødvendighet: nettstudentene må i dag reise i gjennomsnitt 4 timer hver vei og ta fri fra jobb. Eksamen med hjelpemidler passer ikke for emner der vi må prøve grunnleggende kunnskap (bl.a. legemiddelregning i sykepleie).

Alternativer: desentraliserte eksamenslokaler i regionene (tilbudt i 2024–25, men for dyrt og med lav oppslutning på mange steder); muntlig eksamen på video (mulig for små emner, ikke for 300 studenter); eksamen med hjelpemidler (passer ikke læringsutbyttet).

Garantier: hjemmeeksamen er et frivillig alternativ – studenten kan alltid velge eksamenslokale; algoritmen avgjør ingenting; to vakter vurderer; studenten får se opptaket og uttale seg før en eventuell fuskesak; studenten kan sladde bakgrunnen; opptak slettes 30 dager etter sensur.
""",
    nec_short="Nettstudentene reiser i dag i snitt fire timer hver vei til eksamen; desentraliserte lokaler ble prøvd i 2024–25 og var for dyre med lav oppslutning. Hjemmeeksamen med overvåking tilbys derfor som et frivillig alternativ – eksamenslokalet er alltid et valg – og algoritmen bare flagger: to vakter vurderer før noe meldes.",
    risks=(
        (
            "Feilaktig fuskemistanke på grunn av algoritmen",
            "Middels",
            "Høy",
            "To vakter vurderer hvert flagg; studenten får uttale seg og se opptaket",
        ),
        (
            "Opptaket viser sensitive forhold i hjemmet (religion, helse, familie)",
            "Middels",
            "Høy",
            "Uskarp bakgrunn tillatt, rom-skanning bare ved start, kort lagring",
        ),
        (
            "Studenter med funksjonsnedsettelser flagges oftere",
            "Middels",
            "Middels",
            "Tilrettelegging registreres slik at vaktene ser den; egen oppfølging av utslag",
        ),
        (
            "Opptak lagres utenfor EØS",
            "Lav",
            "Høy",
            "Lagring i EU, forbud mot overføring i avtalen",
        ),
        (
            "Hjemmeeksamen oppleves som tvang",
            "Lav",
            "Middels",
            "Eksamenslokale alltid et alternativ",
        ),
    ),
    risks_short=(
        (
            "Feil fuskemistanke fra algoritmen",
            "Middels",
            "Høy",
            "To vakter vurderer, studenten uttaler seg",
        ),
        (
            "Sensitive forhold i hjemmet på opptak",
            "Middels",
            "Høy",
            "Uskarp bakgrunn, kort lagring",
        ),
        (
            "Flere flagg for studenter med funksjonsnedsettelse",
            "Middels",
            "Middels",
            "Tilrettelegging synlig for vaktene",
        ),
    ),
    not_taken="Vurdert, ikke gjennomført: å slå av automatisk flagging helt (vaktene har ikke kapasitet til å se gjennom 4 500 opptak i sin helhet) og lagring i Norge (Proctorly tilbyr bare EU).",
)

I2 = Topic(
    key="I2",
    lang="nb",
    title="oppmøteregistrering via campusnettet og læringsanalyse",
    summary="Høgskolen i Østmark vil registrere studentenes oppmøte automatisk gjennom campus-wifi og bruke det sammen med data fra læringsplattformen til å varsle om fare for frafall.",
    processor="UniAnalyse AS",
    desc="""
Frafallet i første studieår er 22 prosent. Vi vil finne studenter som står i fare for å falle fra, tidlig nok til at studieveileder kan ta kontakt.

Vi vil hente to slags data: (1) når studentens enheter kobles til eduroam i undervisningsbyggene (tid og bygg, ikke rom), og (2) aktivitet i læringsplattformen (innlogging, innleverte oppgaver, deltakelse i quiz). UniAnalyse AS beregner ukentlig en frafallsindikator per student.

Opplysninger: brukernavn, studentnummer, studieprogram, tilkoblinger til eduroam med tid og bygg, aktivitet i læringsplattformen, karakterer fra første semester, og indikatoren.

Hvem: alle studenter i første studieår på campusstudier (ca. 2 300).

Mottakere: studieveilederne (8) ser studenter med høy indikator og hvorfor. Faglærere ser ikke indikatoren.

Lagring: tilkoblingsdata slettes etter 4 uker; indikatoren etter studieåret.
""",
    desc_short="Vi vil bruke eduroam-tilkoblinger (tid og bygg) og aktivitet i læringsplattformen for ca. 2 300 førsteårsstudenter til en ukentlig frafallsindikator som UniAnalyse AS beregner; bare de åtte studieveilederne ser den, og de bruker den til å ta kontakt.",
    nec="""
Behandlingsgrunnlag: art. 6 nr. 1 bokstav e, jf. universitets- og høyskoleloven om læringsmiljø og oppfølging av studenter.

Frafallet er høyt og oppdages sent. Oppmøtelister på papir er prøvd, men føres ikke konsekvent og brukes ikke. Spørreundersøkelser når ikke de studentene som er i ferd med å falle fra.

Alternativer: bare data fra læringsplattformen (fanger ikke studenter som har sluttet å komme, men fortsatt logger inn); frivillig innsjekk i app (lav bruk). Vi velger bygg, ikke rom, og tilkoblingsdata slettes etter fire uker. Studentene kan reservere seg.
""",
    nec_short="Papirlister føres ikke konsekvent, og bare læringsplattformen fanger ikke dem som har sluttet å komme. Vi bruker bygg, ikke rom, sletter wifi-data etter fire uker, og studentene kan reservere seg.",
    risks=(
        (
            "Studentene opplever seg sporet på campus",
            "Høy",
            "Middels",
            "Bare bygg, ikke rom; sletting etter 4 uker; reservasjonsrett",
        ),
        (
            "Indikatoren feilklassifiserer studenter med annen studievane",
            "Middels",
            "Middels",
            "Brukes bare til å tilby samtale, ikke i vurdering",
        ),
        (
            "Wifi-data brukes til andre formål (kontroll av ansatte, sikkerhet)",
            "Lav",
            "Høy",
            "Formålsbegrensning, tilgang bare for UniAnalyse og IT-drift",
        ),
        ("Faglærere får vite om indikatoren", "Lav", "Middels", "Ingen tilgang for faglærere"),
    ),
    risks_short=(
        ("Sporing på campus", "Høy", "Middels", "Bare bygg, 4 uker, reservasjon"),
        ("Feilklassifisering", "Middels", "Middels", "Bare tilbud om samtale"),
        ("Wifi-data brukt til annet", "Lav", "Høy", "Formålsbegrensning, få med tilgang"),
    ),
    not_taken="Vurdert, ikke gjennomført: samtykke i stedet for reservasjon (de som er i fare for å falle fra, svarer minst på slikt).",
)

# --- J: Trygt Hjem Forsikring AS (nb) -----------------------------------------------------

J1 = Topic(
    key="J1",
    lang="nb",
    title="bilforsikring med kjørestilsmåling (telematikk)",
    summary="Trygt Hjem Forsikring AS vil tilby bilforsikring der premien påvirkes av kjørestil målt i en app.",
    processor="DriveScore AS",
    desc="""
Trygt Hjem Forsikring AS har ca. 85 000 bilforsikringskunder. Vi vil tilby et nytt produkt, «Trygg Sjåfør», der kunden får inntil 25 prosent rabatt etter hvordan hun kjører. Produktet er frivillig; vanlige bilforsikringer tilbys fortsatt.

Kjørestilen måles av en app fra DriveScore AS (databehandler) på kundens telefon: GPS-posisjon, fart, akselerasjon, bremsing, svinger, telefonbruk under kjøring og tidspunkt. Appen beregner en kjørepoengsum (0–100) per tur og per måned. Rabatten fastsettes automatisk ut fra poengsummen hver måned.

Opplysninger: kundens navn, polisenummer, bilens registreringsnummer, turdata (rute, fart, hendelser), poengsum og rabatt. Andre som kjører bilen og bruker kundens app, registreres også.

Flyt: turdata sendes fra appen til DriveScore (drift i Norge). Vi mottar bare månedlig poengsum og antall hendelser per type, ikke ruter. Ved skade kan kunden selv velge å dele turdata for den aktuelle turen.

Mottakere: vår skadeavdeling får ikke turdata uten kundens eget valg. Ingen utlevering til politi uten rettslig pålegg.

Lagring: turdata 12 måneder hos DriveScore; poengsum i avtaleperioden + 3 år.

Høy risiko: systematisk sporing av bevegelser, automatiserte beslutninger med økonomisk virkning (art. 22), og mulig innsikt i hvor folk er (hjem, arbeid, helseinstitusjon).
""",
    desc_short="Vi vil tilby «Trygg Sjåfør», en frivillig bilforsikring der en app fra DriveScore AS (databehandler) måler fart, bremsing, svinger, telefonbruk og GPS-rute på kundens telefon og gir en månedlig poengsum som automatisk gir inntil 25 % rabatt. Vi får bare poengsummen og antall hendelser, ikke rutene, som DriveScore sletter etter 12 måneder; skadeavdelingen ser turdata bare hvis kunden selv deler dem.",
    nec="""
Grunnlag: art. 6 nr. 1 bokstav b (avtale) og art. 22 nr. 2 bokstav a for den automatiske rabattberegningen.

Produktet er frivillig, og vanlig bilforsikring tilbys uendret. Rabatt etter kjørestil forutsetter at kjøringen måles. Vi har vurdert en enklere modell med bare kilometerstand (gir ikke noe grunnlag for å belønne forsiktig kjøring) og en boks i bilen (samme data, men vanskeligere å skru av for kunden).

Tiltak: vi mottar ikke ruter; kunden kan pause målingen (da teller turen ikke); rabatten kan bare gå ned til 0, aldri gi høyere premie enn vanlig forsikring; kunden kan be om manuell gjennomgang av rabatten (art. 22 nr. 3).
""",
    nec_short="Kilometerbasert premie er vurdert, men belønner ikke forsiktig kjøring, og en boks i bilen gir de samme dataene og er vanskeligere for kunden å slå av. Appen velges fordi kunden kan pause den, og rabatten kan aldri gi høyere pris enn vanlig forsikring.",
    risks=(
        (
            "Kartlegging av kundens bevegelser (hjem, jobb, lege)",
            "Middels",
            "Høy",
            "Vi får ikke ruter; DriveScore lagrer dem i 12 mnd; kunden kan pause",
        ),
        (
            "Automatisk rabatt blir feil (f.eks. passasjer som bruker telefon)",
            "Høy",
            "Lav",
            "Kunden kan markere tur som passasjer; manuell gjennomgang på forespørsel",
        ),
        (
            "Andre førere registreres uten å vite det",
            "Middels",
            "Middels",
            "Informasjon i appen om at andre førere må informeres; passasjer-/fører-valg",
        ),
        (
            "Politiet eller andre krever turdata",
            "Lav",
            "Høy",
            "Bare ved rettslig pålegg; rutiner hos DriveScore",
        ),
        (
            "Turdata brukes mot kunden i skadeoppgjør",
            "Lav",
            "Høy",
            "Bare når kunden selv deler turen",
        ),
    ),
    risks_short=(
        ("Kartlegging av kundens bevegelser", "Middels", "Høy", "Vi får ikke ruter; pauseknapp"),
        (
            "Feil rabatt (passasjer registreres som fører)",
            "Høy",
            "Lav",
            "Marker som passasjer; manuell gjennomgang",
        ),
        ("Turdata brukt mot kunden ved skade", "Lav", "Høy", "Kun når kunden selv deler"),
    ),
    not_taken="Vurdert, men ikke gjennomført: at poengsummen beregnes bare på telefonen og at DriveScore ikke lagrer ruter (leverandøren trenger turdata i 12 måneder for å behandle klager på poengsummen).",
)

J2 = Topic(
    key="J2",
    lang="nb",
    title="svindelanalyse i skadeoppgjør",
    summary="Trygt Hjem Forsikring AS vil analysere skademeldinger med en modell som også bruker åpne kilder og nettverk mellom personer for å avdekke forsikringssvindel.",
    processor="Mønster Analytics AS",
    desc="""
Vi får ca. 120 000 skademeldinger i året. Anslagsvis 5–10 prosent av utbetalingene på enkelte områder (særlig tyveri og vannskade) gjelder svindel eller overdrivelse. I dag vurderer skadebehandleren om en sak skal sendes til vår etterforskningsenhet, basert på erfaring og faste kriterier.

Vi vil ta i bruk en modell fra Mønster Analytics AS (databehandler) som gir hver skademelding en svindelindikator. Modellen bruker opplysningene i skademeldingen, kundens skadehistorikk hos oss, opplysninger fra Finans Norges skaderegister (FOSS), og nettverk mellom personer og adresser (samme telefonnummer, bankkonto eller adresse går igjen i flere saker). For saker med høy indikator kan etterforskningsenheten i tillegg søke i åpne kilder, inkludert offentlige profiler på sosiale medier.

Opplysninger: navn, fødselsnummer, kontaktopplysninger, skadebeskrivelse, beløp, bilder, kontonummer, skadehistorikk, FOSS-treff, nettverkskoblinger, indikator. Ved søk i åpne kilder: det etterforskeren noterer som relevant.

Mottakere: skadebehandlere (ser bare «send til vurdering»), etterforskningsenheten (12 personer), og ved anmeldelse politiet.

Lagring: indikatorer lagres i 3 år; nettverksdata slettes når saken er avsluttet uten funn.

Høy risiko: profilering av alle som melder skade, sammenstilling av data fra flere kilder, innsamling fra sosiale medier, og at kunden kan bli mistenkt uten å vite hvorfor.
""",
    desc_short="Alle ca. 120 000 skademeldinger i året skal få en svindelindikator fra en modell hos Mønster Analytics AS (databehandler) som bruker skademeldingen, kundens skadehistorikk, treff i FOSS og koblinger mellom telefonnumre, kontoer og adresser i ulike saker. Skadebehandleren ser bare «send til vurdering»; etterforskningsenheten (12 personer) ser indikatoren og kan i saker med høy indikator søke i åpne kilder, også offentlige profiler på sosiale medier. Saker uten funn slettes fra nettverket når de avsluttes, og politiet får opplysninger bare ved anmeldelse.",
    nec="""
Grunnlag: art. 6 nr. 1 bokstav f (å avdekke svindel, som ellers belastes alle kundene gjennom premien), jf. forsikringsavtaleloven og finansforetaksloven om forsvarlig drift. Opplysninger om straffbare forhold: personopplysningsloven § 11.

I dag bygger utvelgelsen på skadebehandlerens skjønn, som varierer mye mellom kontorene. Revisjonen i 2025 viste at de faste kriteriene traff eldre kunder og kunder med utenlandsk navn uforholdsmessig ofte.

Alternativer: bare FOSS og interne kriterier (dagens løsning); modell uten nettverksanalyse (fanger ikke organisert svindel, som står for de største beløpene); modell uten åpne kilder (vurdert, men etterforskerne bruker allerede åpne kilder manuelt uten rutiner – vi vil heller regulere det).

Tiltak: indikatoren avgjør ingenting; søk i åpne kilder bare ved høy indikator og etter skriftlig rutine; ingen opprettelse av falske profiler; kunden får vite at skaden er tatt ut til kontroll; skjevhetstest hvert halvår.
""",
    nec_short="Dagens utvelgelse bygger på skjønn og faste kriterier som revisjonen i 2025 viste traff eldre kunder og kunder med utenlandsk navn for ofte. En modell uten nettverksanalyse er vurdert, men fanger ikke organisert svindel, som står for de største beløpene. Søk i åpne kilder skjer allerede manuelt; nå blir det bare ved høy indikator og etter skriftlig rutine.",
    risks=(
        (
            "Uskyldige kunder blir mistenkt på grunn av nettverkskoblinger",
            "Middels",
            "Høy",
            "Indikatoren avgjør ikke; etterforsker vurderer; kunden får forklare seg",
        ),
        (
            "Skjevhet mot grupper (alder, opprinnelse)",
            "Middels",
            "Høy",
            "Ingen direkte variabler for alder eller opprinnelse; skjevhetstest hvert halvår",
        ),
        (
            "Søk i sosiale medier går for langt (familie, venner, helse)",
            "Middels",
            "Høy",
            "Skriftlig rutine; bare ved høy indikator; loggføring; ingen falske profiler",
        ),
        (
            "Kunden vet ikke hvorfor saken er stoppet",
            "Høy",
            "Middels",
            "Beskjed om kontroll; innsyn så langt etterforskningen tillater",
        ),
        (
            "Nettverksdata om tredjeparter lagres for lenge",
            "Middels",
            "Middels",
            "Sletting ved avsluttet sak uten funn",
        ),
    ),
    risks_short=(
        (
            "Uskyldige mistenkes via nettverk",
            "Middels",
            "Høy",
            "Etterforsker vurderer, kunden forklarer seg",
        ),
        (
            "Skjevhet mot eldre / utenlandsk navn",
            "Middels",
            "Høy",
            "Ingen slike variabler, test hvert halvår",
        ),
        (
            "Søk i sosiale medier går for langt",
            "Middels",
            "Høy",
            "Rutine, bare ved høy indikator, logg",
        ),
    ),
    not_taken="Vurdert, ikke gjennomført: å varsle kunden før søk i åpne kilder (kan ødelegge etterforskningen). Restrisikoen for at uskyldige mistenkes vurderes fortsatt som høy.",
)

TOPICS = {
    t.key: t
    for t in (A1, A2, B1, B2, C1, C2, D1, D2, E1, E2, F1, F2, G1, G2, H1, H2, I1, I2, J1, J2)
}
