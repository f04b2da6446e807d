# ruff: noqa: E501
"""Sender C: Norges Fjellsportforbund (sports federation: climbing, skyrunning, ski mountaineering).

Habits: the federation's legal adviser writes brief mails with a modern signature (M:/E:); the
DPIA is a consultant's Word file (Personvernpartner AS) with a «Dokumentinformasjon» key/value
table on the front page holding the contacts, numbered chapters and a 1–5 × 1–5 risk score.
Approval is an extract of the federation board's protocol («forbundsstyret») as PDF. The DPO is a
shared arrangement for federations. Odd ids: athlete monitoring for the national teams; even ids:
a central whistleblowing desk and police certificate register.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_xlsx, to_zip, txt, when

ORG = "sports_federation"

KRISTINE = "Kristine Solum Aas <kristine.aas@fjellsport.no>"
KRISTINE_SIG = """
Vennlig hilsen
Kristine Solum Aas
Juridisk rådgiver | Norges Fjellsportforbund
M: +47 920 44 317
E: kristine.aas@fjellsport.no
Fjellsportens hus, Storgata 12, 2609 Lillehammer
"""

DPO_CELL = "Live Grøtting, Idrettens Personvernkontor (felles ordning for særforbund), tlf. 21 02 94 60, live.grotting@idrettspersonvern.no"


def front_page(title: str, version: str, processor: str, dpo: str = DPO_CELL) -> str:
    return f"""
# {title}

~ Vurdering av personvernkonsekvenser (DPIA)
~ Utarbeidet av Personvernpartner AS for Norges Fjellsportforbund

| Dokumentinformasjon | |
| Versjon | {version} |
| Behandlingsansvarlig | Norges Fjellsportforbund, org.nr. 971 508 224 |
| Kontaktperson | Kristine Solum Aas, juridisk rådgiver, tlf. 920 44 317, kristine.aas@fjellsport.no |
| Personvernombud | {dpo} |
| Databehandler | {processor} |
| Klassifisering | Fortrolig |
"""


# --- athlete monitoring for the national teams (odd ids) -------------------------------------

KESTAVA = "Kestävä Analytics Oy (Finland), kontakt Juha Räsänen, Customer Success Manager, +358 40 771 2345, juha.rasanen@kestava.fi"

TOPP_1_2 = """
# 1 Sammendrag

Forbundet vil innføre en digital plattform for belastningsstyring og helseoppfølging av landslagsutøverne («Toppform»). Plattformen behandler helseopplysninger om 56 utøvere, hvorav 34 er mellom 15 og 19 år. Etter tiltakene er de fleste risikoene akseptable. Risikoen for at samtykket ikke er reelt frivillig for juniorutøvere, som konkurrerer om landslagsplasser, vurderes fortsatt som høy.

# 2 Om behandlingen

## 2.1 Formål og bakgrunn

Formålet er å forebygge belastningsskader, overtrening og lav energitilgjengelighet (RED-S) hos landslagsutøverne i sportsklatring, skyrunning og randonee. I dag føres treningsdagbøker og testresultater i regneark på trenernes egne PC-er.

## 2.2 Hvilke opplysninger

- Daglig egenrapportering: søvn, stress, humør, muskelsårhet, sykdom og smerte.
- Menstruasjonssyklus (frivillig felt for kvinnelige utøvere).
- Hjertefrekvensvariasjon og søvn fra utøverens egen smartklokke (Garmin eller Polar), synkronisert via API.
- Treningsøkter med varighet, intensitet og GPS-spor (bare under registrerte økter).
- Skader og sykdom registrert av landslagslege og fysioterapeut.
- Blodprøver (hemoglobin, ferritin, vitamin D) to ganger i året.
- RED-S-screening (spørreskjema om energiinntak og spiseatferd) to ganger i året.

## 2.3 Hvem som får tilgang

Landslagstrenerne ser treningsdata og en samlet «beredskapsscore» (grønn, gul, rød), ikke de underliggende helseopplysningene. Landslagslege og fysioterapeut ser alt. Sportssjefen ser bare aggregerte tall. Utøveren ser alle egne data. For utøvere under 18 år kan foresatte be om innsyn.

## 2.4 Leverandør, lagring og sikkerhet

Kestävä Analytics Oy i Finland leverer plattformen og er databehandler. Data lagres i EU (Finland og Sverige). Innlogging med tofaktor, kryptering, rollebasert tilgang og tilgangslogg. Forbundet er behandlingsansvarlig.

## 2.5 Rettslig grunnlag og varighet

Uttrykkelig samtykke (art. 6 nr. 1 a og art. 9 nr. 2 a), for utøvere under 16 år også fra foresatte. Data slettes 12 måneder etter at utøveren har forlatt landslaget.
"""

TOPP_3 = """
# 3 Nødvendighet og forholdsmessighet

Forbundet registrerte 19 belastningsskader i landslagsgruppene i 2025, og landslagslegen har sett tre tilfeller av RED-S blant juniorutøvere de siste to årene. Olympiatoppens anbefalinger for unge utøvere forutsetter systematisk oppfølging av belastning og restitusjon. Uten et felles verktøy ligger opplysningene spredt og usikret hos trenerne.

Alternativer som er vurdert: papirbasert dagbok (gir ikke oversikt, like mange sikkerhetsproblemer), Olympiatoppens egen løsning (tilbys ikke særforbund av vår størrelse) og å nøye seg med treningsdata uten helseopplysninger (gir ikke grunnlag for å oppdage RED-S).

Tiltak for å ivareta utøvernes rettigheter:

- Trenerne ser bare beredskapsscoren, ikke helseopplysningene bak.
- Menstruasjonsdata og RED-S-svar ses bare av utøveren og landslagslegen.
- Skriftlig retningslinje: data fra Toppform brukes ikke i uttak til landslag eller mesterskap.
- Utøvere kan takke nei eller trekke samtykket uten at det får følger. Dette står i landslagsavtalen.
- Smartklokken synkroniserer bare registrerte økter, ikke posisjon hele døgnet.
- Egen informasjon tilpasset juniorutøvere og foresatte, og et informasjonsmøte på første samling.
- Utøverne ser alt som er registrert om dem og kan laste det ned.
"""

TOPP_4_5 = """
# 4 Risikoanalyse

Sannsynlighet (S) og konsekvens (K) er vurdert på en skala fra 1 til 5. Risiko = S × K.

| Nr | Risiko | S | K | Risiko | Tiltak | Restrisiko |
| R1 | Trenere får innsyn i helseopplysninger og bruker dem ved uttak | 3 | 4 | 12 | Rolletilgang, retningslinje for uttak, logg | 6 |
| R2 | Samtykket er ikke reelt frivillig for juniorer som konkurrerer om plass | 4 | 4 | 16 | Reservasjonsrett i landslagsavtalen, anonym tilbakemelding, kontaktperson utenfor trenerteamet | 12 |
| R3 | Menstruasjonsdata eller RED-S-svar kommer på avveie | 2 | 5 | 10 | Bare lege har tilgang, kryptering, tofaktor | 5 |
| R4 | Kontinuerlig registrering oppleves som kontroll og gir stress | 4 | 3 | 12 | Ingen sanntidsvarsler til trener, fri fra registrering i ferier | 6 |
| R5 | Smartklokken overfører mer enn nødvendig (posisjon døgnet rundt) | 3 | 3 | 9 | Synkronisering bare av registrerte økter | 3 |
| R6 | Leverandøren bruker data til egen forskning eller produktutvikling | 2 | 4 | 8 | Forbud i databehandleravtalen, revisjon | 4 |

Tiltak som er vurdert, men ikke gjennomført:

- Egen plattform for juniorer uten trenertilgang: for kostbart for forbundet (anslått 400 000 kr).
- Å droppe menstruasjonsdata: landslagslegen mener det er viktig for å oppdage RED-S tidlig.
- Å fjerne trenernes tilgang helt: trenerne trenger beredskapsscoren for å styre treningen.

# 5 Restrisiko og anbefaling

Personvernpartner anbefaler at forbundet ber om forhåndsdrøftelse med Datatilsynet fordi R2 står igjen med høy risiko for utøverne under 18 år.
"""

TOPP_PROTOCOL = """
# Utdrag av protokoll

## Forbundsstyremøte nr. 8 (2026–2028), 11. november 2026, Fjellsportens hus og Teams

Til stede: Anne Marthe Rustad (president), Ola Vinje (visepresident), Sara Lindqvist, Tor Ivar Moen, Ingeborg Kvale (utøverrepresentant). Fra administrasjonen: generalsekretær Henrik Brattli, juridisk rådgiver Kristine Solum Aas (sak 54/26).

## Sak 54/26 Toppform – vurdering av personvernkonsekvenser

Juridisk rådgiver presenterte DPIA versjon 1.0 fra Personvernpartner AS og funnene i risikoanalysen. Restrisikoen er høy for R2 (frivillighet for juniorutøvere).

Styret hadde fått innspill fra utøverkomiteen, fra landslagslegen og fra to foresatte til juniorutøvere. Utøverkomiteen støtter plattformen, men ber om at uttak aldri skal bygge på data fra den. Dette er tatt inn i retningslinjen.

Vedtak: Forbundsstyret godkjenner vurderingen av personvernkonsekvenser for Toppform. Administrasjonen ber Datatilsynet om forhåndsdrøftelse før plattformen tas i bruk for utøvere under 18 år.

Protokollen er godkjent elektronisk av styret 14. november 2026.
"""

TOPP_RISK_XLSX = {
    "Risikomatrise": [
        ["Nr", "Risiko", "S", "K", "S×K", "Restrisiko"],
        ["R1", "Trenere bruker helseopplysninger ved uttak", "3", "4", "12", "6"],
        ["R2", "Samtykke ikke reelt frivillig (juniorer)", "4", "4", "16", "12"],
        ["R3", "Menstruasjonsdata / RED-S på avveie", "2", "5", "10", "5"],
        ["R4", "Kontinuerlig registrering gir stress", "4", "3", "12", "6"],
        ["R5", "Smartklokke overfører for mye", "3", "3", "9", "3"],
        ["R6", "Leverandøren bruker data selv", "2", "4", "8", "4"],
    ]
}


def topp_dpia(version: str = "1.0", full: bool = True) -> bytes:
    head = front_page(
        "Toppform – belastningsstyring og helseoppfølging av landslagsutøvere", version, KESTAVA
    )
    if full:
        return to_docx("\n".join([head, TOPP_1_2, TOPP_3, TOPP_4_5]))
    rest = """
# 3 Nødvendighet og forholdsmessighet

[Under arbeid – Personvernpartner leverer utkast i uke 50]

# 4 Risikoanalyse

[Under arbeid]

# 5 Restrisiko og anbefaling

[Fylles ut når kapittel 3 og 4 er ferdige]
"""
    return to_docx("\n".join([head, TOPP_1_2, rest]))


def g005() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Norges Fjellsportforbund ber om forhåndsdrøftelse etter GDPR art. 36 for plattformen Toppform (belastningsstyring og helseoppfølging av landslagsutøvere).

        Alt ligger i vedlagte zip-fil: DPIA versjon 1.0 med kontaktopplysninger på forsiden, risikomatrisen som regneark og utdrag av protokollen fra forbundsstyret 11. november.
        """
        )
        + "\n"
        + txt(KRISTINE_SIG)
    )
    bundle = to_zip(
        {
            "Toppform/DPIA Toppform v1.0.docx": topp_dpia(),
            "Toppform/Risikomatrise Toppform.xlsx": to_xlsx(TOPP_RISK_XLSX),
            "Toppform/Protokollutdrag FS 8-2026 sak 54.pdf": to_pdf(TOPP_PROTOCOL),
        }
    )
    msg = message(
        "G005",
        KRISTINE,
        "Anmodning om forhåndsdrøftelse – Toppform (NFSF)",
        when(11, 17, 13, 25),
        body,
        attachments=[("NFSF_forhandsdrofting_Toppform.zip", bundle)],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "zip",
            "dpia_docx",
            "consultant_template",
            "contact_front_page_keyvalue",
            "dpo_external_firm",
            "phone_foreign",
            "risk_score_matrix",
            "risk_register_xlsx",
            "part5_protocol_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; consultant's DPIA, risk sheet and board protocol extract in one zip",
    )


def g025() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Vedlagt er et første utkast av DPIA-en for Toppform, plattformen vi planlegger for helseoppfølging av landslagsutøverne våre. Vi sender det nå fordi vi ønsker å starte en pilot med seniorlaget i februar, og vi har forstått at saksbehandlingstiden kan være lang.

        Kapitlene om nødvendighet/forholdsmessighet og risikoanalysen ferdigstilles av Personvernpartner i løpet av desember og ettersendes. Forbundsstyret får saken når dokumentet er ferdig.

        Kontaktopplysninger står på forsiden.
        """
        )
        + "\n"
        + txt(KRISTINE_SIG)
    )
    msg = message(
        "G025",
        KRISTINE,
        "Forhåndsdrøftelse Toppform – utkast",
        when(11, 12, 16, 3),
        body,
        attachments=[("DPIA Toppform v0.4 UTKAST.docx", topp_dpia("0.4 (utkast)", full=False))],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "consultant_template",
            "contact_front_page_keyvalue",
            "dpo_external_firm",
            "phone_foreign",
            "placeholder_sections",
            "part3_will_follow",
            "part4_will_follow",
            "part5_not_done",
        ),
        "none",
        True,
        "used",
        "parts 3, 4, 5 missing: draft with placeholder chapters, board has not treated it",
        missing=(3, 4, 5),
    )


def g045() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Norges Fjellsportforbund ber om forhåndsdrøftelse for Toppform. DPIA-en fra Personvernpartner er ferdig og ligger ved (kontaktpersoner står på forsiden).

        DPIA-en har ikke vært oppe i forbundsstyret – den står på sakskartet til første møte i 2027 (19. januar). Vi ville likevel sende den inn nå, slik at dere har den før jul, og så sender vi protokollen etter møtet.
        """
        )
        + "\n"
        + txt(KRISTINE_SIG)
    )
    msg = message(
        "G045",
        KRISTINE,
        "Forhåndsdrøftelse – Toppform, Norges Fjellsportforbund",
        when(12, 2, 10, 41),
        body,
        attachments=[("DPIA Toppform v1.0.docx", topp_dpia())],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "consultant_template",
            "contact_front_page_keyvalue",
            "dpo_external_firm",
            "phone_foreign",
            "risk_score_matrix",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the board treats the DPIA on 19 January; the consultant's recommendation (chapter 5) is not management's validation",
        missing=(5,),
    )


# --- whistleblowing desk and police certificate register (even ids) --------------------------

KLUBBDATA = "Klubbdata AS, kontaktperson Vegard Strand (produktansvarlig), tlf. 466 20 915, vegard.strand@klubbdata.no"

TRYGG_1_2 = """
# 1 Sammendrag

Forbundet vil overta behandlingen av varsler om trakassering, overgrep og annen kritikkverdig adferd fra de 140 medlemsklubbene, og samtidig føre et sentralt register over kontroll av politiattester. Behandlingen omfatter opplysninger om straffbare forhold og om barn. Etter tiltak er risikoen for uriktige anklager og for at varslerens identitet blir kjent fortsatt høy.

# 2 Om behandlingen

## 2.1 Hva skal gjøres

Forbundet etablerer et varslingsmottak («Trygg fjellsport») med to ansatte og en ekstern advokat. Varsler kommer inn via et skjema i saksbehandlingsverktøyet fra Klubbdata AS, på telefon eller e-post, og kan være anonyme. Hver sak inneholder opplysninger om varsleren, den det varsles om, den som er utsatt (ofte et barn), vitner, samtalereferater, eventuelle politianmeldelser og forbundets vurdering og reaksjon.

I tillegg registreres det for alle trenere og ledere som jobber med mindreårige at politiattest er fremvist, dato og hvem som kontrollerte. Innholdet i attesten registreres ikke. Dersom attesten har merknader, opprettes en sak i varslingsmottaket.

## 2.2 Omfang

Om lag 2 600 trenere og ledere i politiattestregisteret. Forventet 30–50 varslingssaker i året, basert på erfaringene fra Norges idrettsforbund.

## 2.3 Mottakere

Generalsekretær (ved sak om reaksjon), idrettens domsorganer ved sanksjonssak, politiet ved anmeldelse, barnevernet når opplysningsplikten gjelder. Klubbene får bare beskjed om utfallet når det er nødvendig for å gjennomføre et tiltak.

## 2.4 Ansvar, lagring og sikkerhet

Forbundet er behandlingsansvarlig. Klubbdata AS drifter verktøyet i Norge og er databehandler. Tilgang krever tofaktor, hver sak har egen tilgangsliste, og all lesing logges. Rettslig grunnlag: art. 6 nr. 1 bokstav f, art. 9 nr. 2 bokstav f og personopplysningsloven § 11 for straffbare forhold.
"""

TRYGG_3 = """
# 3 Nødvendighet og forholdsmessighet

Klubbene har i dag ansvaret selv, men mange har verken kompetanse eller rutiner. I 2025 ble to saker om seksuell trakassering av mindreårige håndtert av en klubbleder som selv var nær venn av den det ble varslet om. Norges idrettsforbund anbefaler at særforbund etablerer egne mottak.

Vi har vurdert å bruke idrettsforbundets felles varslingskanal, men den behandler ikke saker om klubbtrenere i vår idrett. Vi har også vurdert e-post og regneark, som ikke gir tilgangsstyring.

Garantier og tiltak:

- Anonym innmelding er mulig, og varslerens identitet skjermes også for den det varsles om.
- Den det varsles om, får kontradiksjon før det treffes noen beslutning.
- Saker som ikke fører til reaksjon, slettes etter to år. Saker med reaksjon lagres i ti år.
- Politiattestregisteret inneholder bare dato og kontrollør, ikke attestens innhold.
- Informasjon på nettsiden, i klubbhåndboken og på alle trenerkurs.
"""

TRYGG_4_5 = """
# 4 Risikoanalyse

| Nr | Risiko | S | K | Risiko | Tiltak | Restrisiko |
| R1 | Varslerens identitet blir kjent for den det varsles om eller i klubben | 3 | 5 | 15 | Skjerming i verktøyet, egen rutine for intervjuer | 10 |
| R2 | Uriktige anklager registreres og stigmatiserer en trener | 3 | 5 | 15 | Kontradiksjon, sletting av grunnløse saker | 10 |
| R3 | Datainnbrudd hos leverandør | 2 | 5 | 10 | Databehandleravtale, tofaktor, kryptering | 5 |
| R4 | Opplysninger om barn sendes til klubben uten behov | 3 | 4 | 12 | Bare utfall, ikke innhold, etter vurdering | 6 |
| R5 | Saker lagres for lenge | 3 | 3 | 9 | Faste slettefrister, årlig gjennomgang | 3 |

Vurdert, ikke gjennomført:

- Full pseudonymisering av den det varsles om i verktøyet: ikke mulig når saken skal utredes.
- Å sette hele varslingsmottaket ut til et advokatfirma: anslått 600 000 kr i året, som forbundet ikke har.

# 5 Restrisiko og anbefaling

R1 og R2 står igjen med høy restrisiko. Vi anbefaler forhåndsdrøftelse med Datatilsynet.
"""

TRYGG_PROTOCOL = """
# Utdrag av protokoll

## Forbundsstyremøte nr. 7 (2026–2028), 14. oktober 2026

Til stede: Anne Marthe Rustad (president), Ola Vinje, Sara Lindqvist, Tor Ivar Moen, Ingeborg Kvale. Generalsekretær Henrik Brattli.

## Sak 47/26 Trygg fjellsport – varslingsmottak og politiattestregister

Generalsekretæren la fram DPIA-en og oppsummerte funnene: høy restrisiko knyttet til varslerens identitet og uriktige anklager. Styret fikk også innspill fra klubbledersamlingen i september og fra en representant for utøverkomiteen, som ønsker at unge utøvere skal kunne varsle anonymt. Dette er ivaretatt.

Vedtak: Forbundsstyret godkjenner vurderingen av personvernkonsekvenser og ber administrasjonen sende anmodning om forhåndsdrøftelse til Datatilsynet.

Signert elektronisk: Anne Marthe Rustad, Ola Vinje, Sara Lindqvist, Tor Ivar Moen, Ingeborg Kvale (17.10.2026)
"""


TRYGG_CERTIFIED = """
NORGES FJELLSPORTFORBUND
Rett utskrift av protokoll fra forbundsstyremøte nr. 7 (2026–2028), sak 47/26, bekreftes.
Lillehammer, 19. oktober 2026
[signatur]
Anne Marthe Rustad, president
[signatur]
Henrik Brattli, generalsekretær
"""


def trygg_dpia(version: str = "1.0", dpo: str = DPO_CELL, nec: str = TRYGG_3) -> bytes:
    head = front_page(
        "Trygg fjellsport – varslingsmottak og politiattestregister", version, KLUBBDATA, dpo
    )
    return to_docx("\n".join([head, TRYGG_1_2, nec, TRYGG_4_5]))


def g006() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Vedlagt følger anmodning om forhåndsdrøftelse fra Norges Fjellsportforbund for varslingsmottaket «Trygg fjellsport» og registeret over kontrollerte politiattester.

        Vedlegg:
        - DPIA Trygg fjellsport v1.0 (kontaktpersoner, personvernombud og databehandler står på forsiden)
        - Utdrag av protokoll fra forbundsstyret, sak 47/26

        Vi sender kryptert fordi dokumentene beskriver hvordan vi skjermer varslere.
        """
        )
        + "\n"
        + txt(KRISTINE_SIG)
    )
    msg = message(
        "G006",
        KRISTINE,
        "Forhåndsdrøftelse – varslingsmottak og politiattestregister",
        when(10, 27, 9, 12),
        body,
        attachments=[
            ("DPIA Trygg fjellsport v1.0.docx", trygg_dpia()),
            (
                "Protokollutdrag FS 7-2026 sak 47.pdf",
                to_pdf(TRYGG_PROTOCOL, scans=[TRYGG_CERTIFIED]),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "consultant_template",
            "contact_front_page_keyvalue",
            "dpo_external_firm",
            "risk_score_matrix",
            "part5_protocol_pdf",
            "pdf_with_scanned_page",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; whistleblowing desk and police certificate register",
    )


def g026() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hei,

        Vi viser til tidligere melding om personvernombud for Norges Fjellsportforbund (org.nr. 971 508 224).

        Fra 1. januar 2027 avslutter vi avtalen med Idrettens Personvernkontor. Nytt personvernombud fra samme dato er:

        Navn: Mads Heggelund
        Virksomhet: Heggelund Personvern AS
        Telefon: 932 18 604
        E-post: mads@heggelundpersonvern.no

        Vi har også registrert endringen i Altinn, men sender denne e-posten i tillegg fordi vi har en pågående dialog med dere om varslingsmottaket vårt. Ta gjerne kontakt om noe er uklart.

        Med hilsen
        Henrik Brattli
        Generalsekretær
        Norges Fjellsportforbund
        tlf. 905 12 668
        """
    )
    msg = message(
        "G026",
        "Henrik Brattli <henrik.brattli@fjellsport.no>",
        "Melding om nytt personvernombud – Norges Fjellsportforbund",
        when(12, 14, 11, 30),
        body,
    )
    return msg, Label(
        "nb",
        (ORG, "nonrequest_dpo_notification"),
        "none",
        False,
        "unspecified",
        "not a request: notice of a new DPO from 1 January, mentions an ongoing dialogue",
    )


def g046() -> tuple[EmailMessage, Label]:
    dpo = "Ikke utpekt – avtalen med Idrettens Personvernkontor reforhandles, nytt ombud på plass i januar 2027"
    nec = """
    # 3 Nødvendighet og forholdsmessighet

    Vurderes i neste versjon av dokumentet.
    """
    body = (
        txt(
            """
        Hei,

        Norges Fjellsportforbund ber om forhåndsdrøftelse for varslingsmottaket «Trygg fjellsport». Vi har fått beskjed fra NIF om at vi bør ha mottaket på plass fra 1. mars, og sender derfor DPIA-en i versjon 0.9 nå, sammen med protokollutdraget fra forbundsstyret.

        Ta gjerne kontakt med meg direkte om noe er uklart.
        """
        )
        + "\n"
        + txt(KRISTINE_SIG)
    )
    msg = message(
        "G046",
        KRISTINE,
        "Anmodning om forhåndsdrøftelse – Trygg fjellsport",
        when(11, 19, 14, 55),
        body,
        attachments=[
            ("DPIA Trygg fjellsport v0.9.docx", trygg_dpia("0.9", dpo, txt(nec))),
            ("Protokollutdrag sak 47-26.pdf", to_pdf(TRYGG_PROTOCOL)),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_docx",
            "consultant_template",
            "contact_front_page_keyvalue",
            "risk_score_matrix",
            "part5_protocol_pdf",
            "p1_dpo_not_appointed",
            "part3_will_follow",
        ),
        "none",
        True,
        "used",
        "parts 1 and 3 missing: DPO «ikke utpekt», necessity chapter «vurderes i neste versjon»; board approval present",
        missing=(1, 3),
    )
