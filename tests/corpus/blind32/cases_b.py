# ruff: noqa: E501
"""Sender B: Fjellbris Trening AS (bokmål). Chatty mails from the member manager; the DPIA is the
Excel workbook their consultant made (sheets «Forside», «1 Beskrivelse», «2 Nødvendighet»,
«3 Risiko», «4 Godkjenning»); contacts are rows on «Forside»; approval is the CEO's e-mail,
quoted in the mail or forwarded.

Odd: B003 (ansiktsgjenkjenning), B023 (pulsdata, DPO without phone), B043 (question).
Even: B004 (3D-skanner, CEO's mail as .eml), B024 (kredittvurdering, processor's person without
phone and e-mail), B044 (kredittvurdering again, complete).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_xlsx, txt, when

FROM = "Ida Marie Sund <ida.sund@fjellbris.no>"
TOPIC_OF = {
    "B003": "B-o1",
    "B023": "B-o2",
    "B043": "B-o3",
    "B004": "B-e1",
    "B024": "B-e2",
    "B044": "B-e2",
}

SIGNATUR = txt("""
    Vennlig hilsen
    Ida Marie Sund
    Medlemsansvarlig | Fjellbris Trening AS
    Mob: 934 12 877
    ida.sund@fjellbris.no
    Fjellbris Trening AS · Storgata 18, 3611 Kongsberg · org.nr. 915 402 118
""")

KOLONNER = ["Rolle", "Navn", "Telefon", "E-post", "Merknad"]
IDA = [
    "Kontaktperson",
    "Ida Marie Sund",
    "934 12 877",
    "ida.sund@fjellbris.no",
    "Medlemsansvarlig, prosjektleder",
]
TORE = [
    "Personvernombud",
    "Tore Aasland",
    "468 30 112",
    "tore.aasland@fjellbris.no",
    "Også IT-sjef",
]
KLUBBDATA = [
    "Databehandler",
    "Klubbdata AS – Jonas Berntsen",
    "22 33 44 90",
    "jonas.berntsen@klubbdata.no",
    "Medlemssystem",
]


def forside(tittel: str, dato: str, rader: list[list[str]]) -> list[list[str]]:
    return [
        [f"DPIA – {tittel}"],
        ["Virksomhet", "Fjellbris Trening AS (org.nr. 915 402 118)"],
        ["Utarbeidet av", "Ida Marie Sund med bistand fra Personvernpartner AS"],
        ["Dato", dato],
        ["Mal", "Personvernpartner DPIA-mal v3 (Excel)"],
        [],
        KOLONNER,
        *rader,
    ]


RISIKO_KOLONNER = [
    "Nr",
    "Risiko for medlemmet",
    "Sannsynlighet (1-5)",
    "Konsekvens (1-5)",
    "Score",
    "Tiltak gjennomført",
    "Restrisiko",
]


def arbeidsbok(
    forside_rader: list[list[str]],
    beskrivelse: list[list[str]],
    nodvendighet: list[list[str]],
    risiko: list[list[str]],
    godkjenning: list[list[str]],
) -> bytes:
    return to_xlsx(
        {
            "Forside": forside_rader,
            "1 Beskrivelse": [["Spørsmål", "Svar"], *beskrivelse],
            "2 Nødvendighet": [["Spørsmål", "Svar"], *nodvendighet],
            "3 Risiko": [RISIKO_KOLONNER, *risiko],
            "4 Godkjenning": godkjenning,
        }
    )


# --- B-o1: ansiktsgjenkjenning ved inngangen --------------------------------------------------


def b003() -> tuple[EmailMessage, Label]:
    rader = [
        IDA,
        TORE,
        [
            "Databehandler",
            "FaceGate Oy – Aino Virtanen",
            "+358 40 771 2290",
            "aino.virtanen@facegate.fi",
            "Leverandør av ansiktsgjenkjenning (Finland)",
        ],
        KLUBBDATA,
    ]
    beskrivelse = [
        [
            "Hva skal vi gjøre?",
            "Medlemmer som ønsker det, kan gå inn på sentrene med ansiktsgjenkjenning i stedet for medlemskort eller QR-kode i appen. Et kamera ved adgangsslusen tar bilde når medlemmet berører slusen, lager en biometrisk mal og sammenligner den med malene til medlemmene som er registrert på senteret.",
        ],
        [
            "Hvem gjelder det?",
            "Alle 14 sentre, ca. 31 000 medlemmer. Vi regner med at 40–50 % velger ansiktsgjenkjenning. Minstealder for medlemskap er 16 år.",
        ],
        [
            "Hvilke opplysninger?",
            "Biometrisk mal (ikke bilde), pseudonym medlems-ID, tidspunkt og senter for hver innpassering, om innpasseringen ble godkjent.",
        ],
        [
            "Hvor kommer opplysningene fra?",
            "Medlemmet tar selv en selfie i appen ved registrering; malen lages av FaceGate. Innpasseringer registreres ved slusen.",
        ],
        [
            "Hvem får tilgang?",
            "Ingen ansatte ser malene. Senterleder ser innpasseringslogg ved hendelser. FaceGate Oy og Klubbdata AS er databehandlere.",
        ],
        [
            "Lagring og sletting",
            "Malen slettes innen 24 timer når medlemmet trekker samtykket eller slutter. Innpasseringslogg lagres 12 måneder. Bilder av personer som ikke matcher, lagres ikke.",
        ],
        [
            "Sikkerhet",
            "Malene lagres kryptert i FaceGates skytjeneste i Finland, adskilt fra navn. Kommunikasjon kryptert. Tilgangsstyring og logg hos begge leverandører.",
        ],
        [
            "Ansvar",
            "Fjellbris Trening AS er behandlingsansvarlig. Databehandleravtaler med FaceGate Oy (signert 2. oktober 2026) og Klubbdata AS.",
        ],
    ]
    nodvendighet = [
        [
            "Hvorfor trenger vi dette?",
            "Deling av medlemskort og QR-koder koster oss anslagsvis 4 millioner kroner i året. Sentrene er ubemannet kl. 05–07 og 21–23, og vi må vite sikkert hvem som er inne ved brann eller ulykke.",
        ],
        [
            "Mindre inngripende alternativer?",
            "QR-kode i appen (dagens løsning) deles lett med skjermbilde. Kort med PIN er prøvd på to sentre og ble også delt. Bemanning i alle åpningstimer er for kostbart. Ansiktsgjenkjenning er bare et tilbud; QR-kode med PIN beholdes.",
        ],
        [
            "Rettslig grunnlag",
            "Uttrykkelig samtykke, art. 9 nr. 2 bokstav a, for biometri. Avtale for selve medlemskapet.",
        ],
        [
            "Medlemmenes rettigheter",
            "Samtykke gis og trekkes i appen med ett trykk. Samme pris og samme tilgang uten ansiktsgjenkjenning. Informasjon ved innmelding, i appen og på oppslag ved slusen. Innsyn i innpasseringslogg i appen. Sammendrag av DPIA-en publiseres på nettsiden.",
        ],
    ]
    risiko = [
        [
            "1",
            "Samtykket er ikke reelt frivillig fordi alternativet oppleves tungvint",
            "3",
            "3",
            "9",
            "Likeverdig alternativ, ingen prisforskjell, ingen påminnelser om å ta i bruk",
            "Middels",
        ],
        [
            "2",
            "Feil match: medlem nektes adgang eller feil person slippes inn",
            "2",
            "2",
            "4",
            "Terskel satt av leverandør, manuell åpning via app",
            "Lav",
        ],
        [
            "3",
            "Lekkasje av biometriske maler",
            "2",
            "5",
            "10",
            "Kryptering, maler adskilt fra navn, leverandørens ISO 27001",
            "Høy",
        ],
        [
            "4",
            "Kameraet fanger opp andre som passerer slusen",
            "4",
            "2",
            "8",
            "Kamera aktiveres kun ved berøring, ikke-matchede bilder forkastes",
            "Lav",
        ],
        [
            "5",
            "Dårligere gjenkjenning for noen hudtoner (skjevhet)",
            "3",
            "3",
            "9",
            "Leverandørens testdata, vi følger feilrate per senter hver måned",
            "Middels",
        ],
        [],
        [
            "Vurdert, ikke gjennomført",
            "Lagre malen bare på medlemmets telefon: leverandøren støtter det ikke i dag. Kort og ansikt samtidig (1:1): gir ikke den effekten vi trenger, og krever fortsatt kort.",
        ],
    ]
    godkjenning = [
        ["Behandlet i ledermøtet", "27.10.2026 og 10.11.2026"],
        ["Innspill fra", "Medlemspanelet (8 medlemmer), senterlederne, verneombud"],
        [
            "Godkjent av",
            "Daglig leder Marius Kvåle – se e-posten hans, som er limt inn i e-posten til Datatilsynet",
        ],
    ]
    xlsx = arbeidsbok(
        forside("Ansiktsgjenkjenning ved inngang", "11.11.2026", rader),
        beskrivelse,
        nodvendighet,
        risiko,
        godkjenning,
    )
    body = (
        txt("""
        Hei!

        Vi i Fjellbris ønsker å tilby medlemmene våre å gå inn med ansiktsgjenkjenning,
        og etter DPIA-en er det fortsatt høy risiko knyttet til biometrien. Derfor ber vi
        om en forhåndsdrøftelse.

        DPIA-en er laget i Excel-malen fra konsulenten vår, og alt ligger i arkene:
        kontaktinfo på forsiden, beskrivelse, nødvendighet, risiko og godkjenning.
        Godkjenningen fra Marius (daglig leder) limer jeg inn under.

    """)
        + "\n"
        + SIGNATUR
        + "\n"
        + txt("""
        ---------- Videresendt melding ----------
        Fra: Marius Kvåle <marius.kvale@fjellbris.no>
        Dato: tor. 12. nov. 2026 kl. 21:14
        Emne: Re: DPIA ansiktsgjenkjenning – til godkjenning
        Til: Ida Marie Sund <ida.sund@fjellbris.no>

        Hei Ida,

        Har gått gjennom hele DPIA-en nå, også innspillene fra medlemspanelet og
        senterlederne. Vi har hatt den oppe i ledermøtet to ganger (27.10 og 10.11), og
        jeg er enig i konklusjonen: risikoen rundt frivilligheten og lagringen av malene
        er fortsatt høy, men vi vil gjennomføre med tiltakene som står der.

        Jeg godkjenner DPIA-en, og at vi ber Datatilsynet om forhåndsdrøftelse.

        Marius
        Daglig leder, Fjellbris Trening AS
    """)
    )
    msg = message(
        "B003",
        FROM,
        "Forhåndsdrøftelse – ansiktsgjenkjenning på treningssentrene",
        when(11, 16, 9, 37),
        body,
        attachments=[("DPIA_ansiktsgjenkjenning_Fjellbris.xlsx", xlsx)],
    )
    return msg, Label(
        "nb",
        (
            "gym_chain",
            "dpia_xlsx_workbook",
            "contact_xlsx",
            "risk_likelihood_consequence",
            "part5_ceo_email_quoted",
            "forwarded_inline",
        ),
        "none",
        True,
        "used",
        "complete; whole DPIA in an Excel workbook; approval is the CEO's e-mail quoted in the body",
    )


# --- B-o2: pulsdata i gruppetimer ------------------------------------------------------------


def b023() -> tuple[EmailMessage, Label]:
    rader = [
        IDA,
        ["Personvernombud", "Tore Aasland", "", "tore.aasland@fjellbris.no", "Også IT-sjef"],
        [
            "Databehandler",
            "HjerteSone ApS – Mads Kjær",
            "+45 31 22 84 10",
            "mads.kjaer@hjertesone.dk",
            "Pulsbelter, skjerm og app (Danmark)",
        ],
    ]
    beskrivelse = [
        [
            "Hva skal vi gjøre?",
            "Medlemmer i gruppetimer kan bruke pulsbelte fra HjerteSone. Pulssonen vises på en skjerm i salen med kallenavn, og treningshistorikken lagres i HjerteSone-appen. Personlige trenere kan se pulsdata for medlemmer de følger opp. Medlemmet kan slå på et varsel om uvanlig hjerterytme, som anbefaler å kontakte lege.",
        ],
        [
            "Hvem gjelder det?",
            "Ca. 6 000 medlemmer som går på gruppetimer, 60 instruktører og 25 personlige trenere.",
        ],
        [
            "Hvilke opplysninger?",
            "Puls hvert sekund under timen, pulssoner, kaloriforbruk (beregnet), alder, vekt og makspuls (oppgitt av medlemmet), eventuelle varsler om uvanlig rytme. Dette er helseopplysninger.",
        ],
        [
            "Kilder og mottakere",
            "Pulsbeltet og medlemmet selv. Mottakere er medlemmet, instruktøren i timen (skjermen) og medlemmets personlige trener dersom medlemmet har valgt det. HjerteSone ApS er databehandler.",
        ],
        [
            "Lagring og sletting",
            "Historikk lagres til medlemmet sletter den eller slutter, og deretter i 30 dager. Skjermen lagrer ingenting.",
        ],
        [
            "Sikkerhet og ansvar",
            "Data lagres i HjerteSones skytjeneste i Danmark, kryptert. Fjellbris er behandlingsansvarlig; databehandleravtale er inngått.",
        ],
    ]
    nodvendighet = [
        [
            "Hvorfor trenger vi dette?",
            "Pulsstyrt trening gir bedre effekt og færre skader, og instruktøren kan se om noen ligger for høyt over tid. Medlemmene har etterspurt dette i tre år på rad i medlemsundersøkelsen.",
        ],
        [
            "Mindre inngripende alternativer?",
            "Egenvurdering (Borg-skala) brukes i dag og fortsetter for dem som ikke vil ha belte. Visning uten navn ble vurdert, men da kan instruktøren ikke følge opp den enkelte; vi bruker derfor selvvalgt kallenavn.",
        ],
        [
            "Rettslig grunnlag",
            "Uttrykkelig samtykke (art. 9 nr. 2 a), eget samtykke for deling med personlig trener og for rytmevarsel.",
        ],
        [
            "Medlemmenes rettigheter",
            "Alt er frivillig og kan slås av i appen. Medlemmet kan skjule seg fra skjermen i hver time. Innsyn, eksport og sletting i appen. Informasjon i appen, på skjermen og fra instruktøren før første time.",
        ],
    ]
    risiko = [
        [
            "1",
            "Andre i salen ser pulsen og kan slutte seg til helsetilstand",
            "4",
            "2",
            "8",
            "Kallenavn, mulighet for å skjule seg, ingen navn på skjermen",
            "Lav",
        ],
        [
            "2",
            "Rytmevarselet gir falsk trygghet eller unødig engstelse",
            "2",
            "4",
            "8",
            "Tydelig tekst om at varselet ikke er diagnose, varselet er frivillig",
            "Middels",
        ],
        [
            "3",
            "Personlig trener ser mer enn nødvendig",
            "3",
            "2",
            "6",
            "Tilgang kun ved aktivt samtykke, slettes når oppfølgingen stopper",
            "Lav",
        ],
        [
            "4",
            "Leverandøren bruker data til egen produktutvikling",
            "2",
            "3",
            "6",
            "Forbud i databehandleravtalen, årlig revisjon",
            "Lav",
        ],
        [
            "5",
            "Lekkasje av helseopplysninger",
            "2",
            "4",
            "8",
            "Kryptering, tofaktor for ansatte, logg",
            "Middels",
        ],
        [],
        [
            "Vurdert, ikke gjennomført",
            "Lokal lagring på senteret i stedet for sky: vi har ikke kompetanse til å drifte det sikkert.",
        ],
    ]
    godkjenning = [
        ["Behandlet i ledermøtet", "10.11.2026 og 24.11.2026"],
        ["Godkjent av", "Marius Kvåle, daglig leder – se e-post"],
    ]
    xlsx = arbeidsbok(
        forside("Pulsdata i gruppetimer", "23.11.2026", rader),
        beskrivelse,
        nodvendighet,
        risiko,
        godkjenning,
    )
    body = (
        txt("""
        Hei igjen!

        Nå kommer forhåndsdrøftelse nummer to fra oss, denne gangen om pulsbelter i
        gruppetimene. DPIA-en ligger vedlagt i samme Excel-mal som sist. Marius har sagt
        ja, se under.

    """)
        + "\n"
        + SIGNATUR
        + "\n"
        + txt("""
        Fra: Marius Kvåle <marius.kvale@fjellbris.no>
        Sendt: tirsdag 24. november 2026 16:02
        Til: Ida Marie Sund <ida.sund@fjellbris.no>
        Emne: SV: DPIA puls – ferdig?

        Takk Ida. Jeg har lest DPIA-en og referatet fra møtet med instruktørene, og vi
        gikk gjennom restrisikoen i ledermøtet i dag. Godkjent fra min side – send den
        inn til Datatilsynet.

        Marius
    """)
    )
    msg = message(
        "B023",
        FROM,
        "Forhåndsdrøftelse nr. 2 – pulsdata i gruppetimer",
        when(11, 26, 12, 3),
        body,
        attachments=[("DPIA_pulsdata_gruppetimer.xlsx", xlsx)],
    )
    return msg, Label(
        "nb",
        (
            "gym_chain",
            "dpia_xlsx_workbook",
            "contact_xlsx",
            "risk_likelihood_consequence",
            "part5_ceo_email_quoted",
            "p1_dpo_no_phone",
        ),
        "none",
        True,
        "used",
        "the DPO's row on «Forside» has no phone and he appears nowhere else; all else complete",
        missing=(1,),
    )


# --- B-o3: question, not a request -------------------------------------------------------------


def b043() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei!

        Et kort spørsmål før vi setter i gang med noe nytt: Vi vurderer en treningsdagbok
        i appen vår som henter økter fra Strava og Garmin og gir medlemmene tips basert
        på søvn og hvilepuls. Må vi be om forhåndsdrøftelse for dette, eller holder det å
        gjøre en DPIA selv? Vi har ikke startet på DPIA-en ennå.

        Vi har sendt dere to forhåndsdrøftelser tidligere i høst (ansiktsgjenkjenning og
        pulsbelter), så vi vet omtrent hvordan det fungerer, men vil ikke sende noe
        unødvendig.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B043",
        FROM,
        "Spørsmål: trenger vi forhåndsdrøftelse for treningsdagbok?",
        when(12, 2, 15, 44),
        body,
    )
    return msg, Label(
        "nb",
        ("gym_chain", "nonrequest_question", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "asks whether a prior consultation is needed; no DPIA done yet",
    )


# --- B-e1: 3D-kroppsskanner -----------------------------------------------------------------


def b004() -> tuple[EmailMessage, Label]:
    rader = [
        IDA,
        TORE,
        [
            "Databehandler",
            "Bodyscan Nordic AB – Johanna Ek",
            "+46 70 412 88 31",
            "johanna.ek@bodyscan.se",
            "Skanner og analyseplattform (Sverige)",
        ],
    ]
    beskrivelse = [
        [
            "Hva skal vi gjøre?",
            "Vi setter opp 3D-kroppsskannere i seks sentre. Medlemmet står i skanneren i tettsittende klær i 40 sekunder. Skanneren lager en 3D-modell av kroppen og beregner omkrets, fettprosent, muskelmasse og holdning. Ut fra dette gir plattformen en «helseprofil» med risikopoeng for livsstilssykdom (diabetes type 2 og hjerte- og karsykdom).",
        ],
        [
            "Hvem gjelder det?",
            "Medlemmer over 18 år som bestiller skanning, anslått 5 000 per år. Personlige trenere ser resultatene når medlemmet deler dem.",
        ],
        [
            "Hvilke opplysninger?",
            "3D-modell (avatar uten ansikt), mål, kroppssammensetning, holdningsanalyse, helseprofil med risikopoeng, kjønn, alder, høyde.",
        ],
        [
            "Kilder og mottakere",
            "Skanneren og medlemmets egne opplysninger. Medlemmet og eventuelt personlig trener. Bodyscan Nordic AB er databehandler.",
        ],
        [
            "Lagring",
            "Resultater lagres i appen til medlemmet sletter dem, og slettes 60 dager etter at medlemskapet opphører. 3D-modellen lagres uten ansikt.",
        ],
        [
            "Sikkerhet og ansvar",
            "Lagring i Bodyscans plattform i Sverige, kryptert. Skannerboksen er låsbar og uten vindu. Fjellbris er behandlingsansvarlig.",
        ],
    ]
    nodvendighet = [
        [
            "Hvorfor trenger vi dette?",
            "Medlemmer som måler fremgang, holder på treningen lenger. I dag måler trenerne med målebånd og kroppsanalysevekt, som er unøyaktig og oppleves som ubehagelig.",
        ],
        [
            "Mindre inngripende alternativer?",
            "Kroppsanalysevekt alene gir ikke omkrets og holdning. Helseprofilen er valgfri og kan slås av; den er ikke nødvendig for skanningen.",
        ],
        [
            "Rettslig grunnlag",
            "Uttrykkelig samtykke for helseprofilen og for deling med trener (art. 9 nr. 2 a).",
        ],
        [
            "Medlemmenes rettigheter",
            "Skanning bare etter bestilling, aldri som del av innmelding. Tallene kan skjules slik at bare endring vises. Sletting og eksport i appen. Informasjon før hver skanning.",
        ],
    ]
    risiko = [
        [
            "1",
            "Forverring av kroppspress og spiseforstyrrelser",
            "3",
            "4",
            "12",
            "18-årsgrense, tall kan skjules, ingen før/etter-bilder i markedsføring, trenere kurset av fagperson",
            "Middels",
        ],
        [
            "2",
            "3D-modeller kommer på avveie og oppleves som nakenbilder",
            "2",
            "5",
            "10",
            "Ingen ansikt i modellen, kryptering, ingen eksport av modellen",
            "Middels",
        ],
        [
            "3",
            "Helseprofilen er feil og gir falsk trygghet eller uro",
            "3",
            "3",
            "9",
            "Tekst om at profilen ikke er medisinsk vurdering, anbefaling om lege ved høy score",
            "Middels",
        ],
        [
            "4",
            "Kroppsdata brukes i målrettet markedsføring",
            "2",
            "3",
            "6",
            "Forbudt i interne retningslinjer og i avtalen med leverandøren",
            "Lav",
        ],
        [],
        [
            "Vurdert, ikke gjennomført",
            "Fjerne helseprofilen helt: medlemspanelet ønsket den, så den er beholdt som valgfri. Lagring bare på skanneren: mister poenget med å følge utviklingen i appen.",
        ],
    ]
    godkjenning = [
        [
            "Godkjenning",
            "Daglig leders godkjenning ligger ved som e-post (Godkjenning DPIA 3D-skanner.eml)",
        ]
    ]
    xlsx = arbeidsbok(
        forside("3D-kroppsskanner og helseprofil", "04.11.2026", rader),
        beskrivelse,
        nodvendighet,
        risiko,
        godkjenning,
    )
    inner = message(
        "B004i",
        "Marius Kvåle <marius.kvale@fjellbris.no>",
        "Godkjenning DPIA 3D-skanner",
        when(11, 6, 8, 12),
        txt("""
            Hei Ida og Tore,

            Jeg har gått gjennom DPIA-en for 3D-skannerne (versjon fra 4.11) sammen med
            ledergruppa i går. Vi har lest innspillene fra medlemspanelet og fra
            ernæringsfysiologen vi leide inn, og vi er enige om at risikoen for kroppspress
            fortsatt er høy selv med tiltakene.

            Jeg godkjenner DPIA-en. Vi går videre med forhåndsdrøftelse hos Datatilsynet før
            skannerne tas i bruk, og utsetter oppstart til vi har svar.

            Mvh
            Marius Kvåle
            Daglig leder, Fjellbris Trening AS
            Mob 901 33 420
        """),
        to="Ida Marie Sund <ida.sund@fjellbris.no>",
        cc="Tore Aasland <tore.aasland@fjellbris.no>",
    )
    body = (
        txt("""
        Hei,

        Vi ber om forhåndsdrøftelse for 3D-kroppsskannere med helseprofil på seks av
        sentrene våre. DPIA-en (Excel) og godkjenningen fra daglig leder ligger vedlagt.

    """)
        + "\n"
        + SIGNATUR
    )
    msg = message(
        "B004",
        FROM,
        "Anmodning om forhåndsdrøftelse – 3D-kroppsskanner",
        when(11, 9, 10, 15),
        body,
        attachments=[("DPIA_3D-skanner.xlsx", xlsx)],
        forwarded=("Godkjenning DPIA 3D-skanner.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "gym_chain",
            "dpia_xlsx_workbook",
            "contact_xlsx",
            "risk_likelihood_consequence",
            "part5_ceo_email_forwarded_eml",
            "forwarded_rfc822",
        ),
        "none",
        True,
        "used",
        "complete; Excel DPIA; the CEO's approval is a forwarded .eml",
    )


# --- B-e2: kredittvurdering ved delbetaling --------------------------------------------------

KREDITT_BESKRIVELSE = [
    [
        "Hva skal vi gjøre?",
        "Medlemmer som vil betale årskort over 12 måneder, blir kredittvurdert før avtalen inngås. Klubbdata henter en kredittscore fra Kredittinfo Norden AS, og medlemssystemet avgjør automatisk om delbetaling innvilges. Ved avslag tilbys månedsmedlemskap uten binding.",
    ],
    ["Hvem gjelder det?", "Alle som søker delbetaling, anslått 9 000 per år, fra 18 år."],
    [
        "Hvilke opplysninger?",
        "Navn, fødselsnummer, adresse, kredittscore og betalingsanmerkninger, beslutning (innvilget/avslått) og begrunnelseskode.",
    ],
    [
        "Kilder og mottakere",
        "Medlemmet selv og Kredittinfo Norden AS (som er selvstendig behandlingsansvarlig for kredittopplysningene). Klubbdata AS er vår databehandler og kjører beslutningsregelen.",
    ],
    [
        "Lagring",
        "Kredittscore og beslutning lagres i 12 måneder, deretter slettes alt unntatt selve avtalen.",
    ],
    [
        "Sikkerhet og ansvar",
        "Fødselsnummer lagres kryptert, bare to ansatte i medlemsservice har tilgang til beslutningene. Fjellbris er behandlingsansvarlig.",
    ],
]

KREDITT_NODVENDIGHET = [
    [
        "Hvorfor trenger vi dette?",
        "Ubetalte avdrag kostet oss 2,3 millioner kroner i 2025, og mange saker gikk til inkasso, noe som også er belastende for medlemmene.",
    ],
    [
        "Mindre inngripende alternativer?",
        "Forskuddsbetaling og depositum er vurdert. Vi beholder forskuddsbetaling som alternativ, men depositum ble forkastet fordi det rammer de med dårligst råd hardest.",
    ],
    [
        "Rettslig grunnlag",
        "Avtale og berettiget interesse; automatisert avgjørelse etter art. 22 nr. 2 a (nødvendig for å inngå avtalen).",
    ],
    [
        "Medlemmenes rettigheter",
        "Informasjon før kredittvurderingen og gjenpartsbrev. Ved avslag kan medlemmet kreve at en person i medlemsservice vurderer saken på nytt, og får vite hovedgrunnen. Alternativt medlemskap uten kredittvurdering tilbys alltid.",
    ],
]

KREDITT_RISIKO = [
    [
        "1",
        "Unge og studenter avslås oftere og mister tilgang til rimeligste medlemskap",
        "3",
        "3",
        "9",
        "Manuell vurdering på forespørsel, studentrabatt på månedskort",
        "Middels",
    ],
    [
        "2",
        "Feil i kredittopplysningene gir urettmessig avslag",
        "2",
        "3",
        "6",
        "Rett til ny vurdering, rutine for retting hos kredittbyrået",
        "Lav",
    ],
    [
        "3",
        "Kredittopplysninger brukes til markedsføring eller andre formål",
        "2",
        "3",
        "6",
        "Teknisk adskilt, kun medlemsservice har tilgang",
        "Lav",
    ],
    [
        "4",
        "Medlemmet forstår ikke at avgjørelsen er automatisk",
        "3",
        "2",
        "6",
        "Tydelig tekst i innmeldingen og i avslagsmeldingen",
        "Lav",
    ],
    [],
    [
        "Vurdert, ikke gjennomført",
        "Kun manuell vurdering av alle søknader: for mange saker for medlemsservice.",
    ],
]


def kreditt_godkjenning(dato: str) -> list[list[str]]:
    return [
        ["Behandlet i ledermøtet", "03.11.2026 og 17.11.2026"],
        ["Godkjent av", f"Marius Kvåle, daglig leder, {dato} – se e-post"],
    ]


CEO_KREDITT = txt("""
    Fra: Marius Kvåle <marius.kvale@fjellbris.no>
    Sendt: onsdag 18. november 2026 07:48
    Til: Ida Marie Sund <ida.sund@fjellbris.no>
    Kopi: Tore Aasland <tore.aasland@fjellbris.no>
    Emne: SV: Kredittvurdering – DPIA til godkjenning

    Hei,

    Vi gikk gjennom DPIA-en for kredittvurderingen i ledermøtet i går, med
    tilbakemeldingene fra medlemsservice og klagesakene fra i fjor. Jeg godkjenner
    vurderingen og tiltakene, og at vi ber om forhåndsdrøftelse siden det er en
    automatisk avgjørelse.

    Marius
""")


def b024() -> tuple[EmailMessage, Label]:
    rader = [
        IDA,
        TORE,
        [
            "Databehandler",
            "Klubbdata AS – Jonas Berntsen",
            "",
            "",
            "Medlemssystem og beslutningsregel",
        ],
    ]
    xlsx = arbeidsbok(
        forside("Kredittvurdering ved delbetaling", "17.11.2026", rader),
        KREDITT_BESKRIVELSE,
        KREDITT_NODVENDIGHET,
        KREDITT_RISIKO,
        kreditt_godkjenning("18.11.2026"),
    )
    body = (
        txt("""
        Hei!

        Her kommer en anmodning om forhåndsdrøftelse for kredittvurdering av medlemmer
        som vil betale årskortet over tolv måneder. Avgjørelsen tas automatisk i
        medlemssystemet vårt (Klubbdata), og risikoen er fortsatt høy etter tiltakene.

        DPIA-en ligger i Excel-arket, og godkjenningen fra Marius er limt inn under.
        Jonas hos Klubbdata kan svare på tekniske spørsmål om selve beslutningsregelen.

    """)
        + "\n"
        + SIGNATUR
        + "\n"
        + CEO_KREDITT
    )
    msg = message(
        "B024",
        FROM,
        "Forhåndsdrøftelse – kredittvurdering ved delbetaling av årskort",
        when(11, 25, 13, 11),
        body,
        attachments=[("DPIA_kredittvurdering.xlsx", xlsx)],
    )
    return msg, Label(
        "nb",
        (
            "gym_chain",
            "dpia_xlsx_workbook",
            "contact_xlsx",
            "risk_likelihood_consequence",
            "part5_ceo_email_quoted",
            "p1_processor_person_no_phone_email",
        ),
        "none",
        True,
        "used",
        "processor's contact named (Jonas Berntsen) but with no phone or e-mail anywhere",
        missing=(1,),
    )


def b044() -> tuple[EmailMessage, Label]:
    rader = [IDA, TORE, KLUBBDATA]
    xlsx = arbeidsbok(
        forside("Kredittvurdering ved delbetaling", "30.11.2026 (oppdatert forside)", rader),
        KREDITT_BESKRIVELSE,
        KREDITT_NODVENDIGHET,
        KREDITT_RISIKO,
        kreditt_godkjenning("18.11.2026"),
    )
    body = (
        txt("""
        Hei igjen,

        Jeg ser at jeg glemte telefon og e-post til Jonas hos Klubbdata i arket jeg sendte
        25. november. Her er hele pakken på nytt med oppdatert forside, så dere slipper å
        lete i to e-poster. Ellers er DPIA-en uendret, og godkjenningen fra Marius står
        under.

    """)
        + "\n"
        + SIGNATUR
        + "\n"
        + CEO_KREDITT
    )
    msg = message(
        "B044",
        FROM,
        "SV: Forhåndsdrøftelse – kredittvurdering ved delbetaling av årskort",
        when(12, 1, 8, 26),
        body,
        attachments=[("DPIA_kredittvurdering_v2.xlsx", xlsx)],
    )
    return msg, Label(
        "nb",
        (
            "gym_chain",
            "dpia_xlsx_workbook",
            "contact_xlsx",
            "risk_likelihood_consequence",
            "part5_ceo_email_quoted",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "resends B024 with the processor's phone and e-mail added; complete on its own",
    )
