# ruff: noqa: E501
"""Sender I: Nordlys Hotellgruppe AS (hotel chain, 22 hotels).

Habits: the head of IT and digital writes; contacts in prose in the mail; the DPIA is a PDF exported
from a compliance tool («PrivacyDesk»): a header block with case number and status, label/value
fields, a risk register with numbered scores. Approval is the minutes of the group management
meeting (several unrelated items, one about the DPIA) as DOCX or PDF. Odd ids: face recognition at
check-in and as room key (Irish processor); even ids: location tracking and productivity scores for
housekeeping staff (Norwegian processor).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, txt, when

ORG = "hotel_chain"

CAMILLA = "Camilla Brekke <camilla.brekke@nordlyshotell.no>"
CAMILLA_SIG = """
Vennlig hilsen
Camilla Brekke
IT- og digitaliseringssjef
Nordlys Hotellgruppe AS
Mob: 930 44 671
camilla.brekke@nordlyshotell.no
Kaigaten 4, 5015 Bergen
"""

DPO_PROSE = "Vårt personvernombud er advokat Pål Erik Lind i Advokatfirmaet Lind & Co (55 21 40 80, pel@lindco.no)."


def export_head(title: str, ref: str, status: str, generated: str) -> str:
    return f"""
~ PrivacyDesk · DPIA-rapport
~ Generert {generated} av camilla.brekke@nordlyshotell.no

# {title}

| Felt | Verdi |
| Behandling | {ref} |
| Behandlingsansvarlig | Nordlys Hotellgruppe AS, org.nr. 915 602 881 |
| Eier | IT og digitalisering |
| Status | {status} |
"""


def minutes(date: str, item: str) -> str:
    return f"""
# Referat – konsernledermøte

~ Nordlys Hotellgruppe AS
~ Dato: {date}, Kaigaten 4 og Teams
~ Til stede: Øyvind Sæle (konsernsjef), Trude Hovland (HR-direktør), Kristoffer Aam (finansdirektør), Lene Fosså (driftsdirektør hotell), Camilla Brekke (IT- og digitaliseringssjef)
~ Referent: Camilla Brekke

## Sak 1 Resultat per oktober

Finansdirektøren gikk gjennom resultatet. Belegget er 3 prosentpoeng over budsjett, kostnadene ligger på budsjett. Tatt til orientering.

## Sak 2 Julebord og vaktplaner i desember

Driftsdirektøren minnet om at hotellene må ha bemanningsplan for julebordsesongen klar innen 20. november.

{item}

## Sak 4 Eventuelt

Ingen saker.
"""


# --- face recognition at check-in and as room key (odd ids) --------------------------------

CI_PROSE = "Løsningen leveres av CheckInn Technologies Ltd i Dublin, som er databehandler. Kontaktperson der er Aoife Brennan, Privacy Manager, +353 1 442 8890, aoife.brennan@checkinn.tech."

FACE_BODY = """
# 1. Behandlingsbeskrivelse

Formål: Digital innsjekk med identitetskontroll, og frivillig bruk av ansiktet som romnøkkel («Face Key»).

Beskrivelse: Gjesten skanner passet (NFC-brikken) i Nordlys-appen og tar en selfie. Ansiktet sammenlignes med passbildet (1:1) for å bekrefte identiteten. Gjester som velger Face Key, får laget en biometrisk mal som brukes av kameraer ved romdører, heiser og bakdører til å åpne for gjesten. Medlemmer av Nordlys Club kan velge å la malen lagres i 24 måneder, slik at de blir gjenkjent og sjekket inn automatisk ved neste opphold.

Kategorier av registrerte: Gjester (ca. 900 000 gjestedøgn i året ved 22 hoteller), andre gjester og ansatte som passerer kameraene.

Kategorier av personopplysninger: Navn, passopplysninger og passbilde, selfie, biometrisk mal, tidspunkt for dør- og heisåpninger, romnummer.

Særlige kategorier: Biometriske opplysninger for å identifisere en fysisk person (art. 9).

Kilder: Gjesten selv (app), kameraer ved dører og heiser.

Mottakere: CheckInn Technologies Ltd (databehandler), resepsjonen ser bare om innsjekk er godkjent. Politiet etter rettslig kjennelse.

Overføring til tredjeland: Nei. Lagring i Irland (EU).

Lagringstid: Selfie og passbilde slettes når identiteten er bekreftet. Mal slettes ved utsjekk, eller etter 24 måneder for Club-medlemmer som har valgt lagring. Dørlogg 30 dager.

Sikkerhetstiltak: Malen krypteres, nøkler i HSM, kameraene sender ikke bilder videre, tilgang for ansatte med tofaktor.

Hvorfor høy risiko: Biometri i stor skala, ny teknologi, kameraer i korridorer som fanger opp alle som passerer.
"""

FACE_NEC = """
# 2. Nødvendighet og proporsjonalitet

Rettslig grunnlag: Uttrykkelig samtykke (art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a). Identitetskontroll ved innsjekk: art. 6 nr. 1 bokstav c for utenlandske gjester.

Nødvendighet: Mange hoteller har ikke bemannet resepsjon om natten, og gjestene etterspør rask innsjekk. Face Key er ikke nødvendig for å bo på hotellet; det er et tilbud.

Mindre inngripende alternativer: Vanlig nøkkelkort og mobilnøkkel (Bluetooth) tilbys fortsatt, til samme pris og uten ulemper. Vi har valgt bort å gjøre Face Key til standard.

Dataminimering: Kameraene ved dørene behandler bare ansikter i et halvt sekund for å se om de matcher en innrullert gjest, og lagrer ingenting om andre. Ansatte rulles ikke inn.

Informasjon: Egen samtykkeskjerm i appen med enkel forklaring, skilt ved dører og heiser med kamera, informasjon på nettsiden.

Rettigheter: Gjesten kan slette malen når som helst i appen eller i resepsjonen. Samtykket kan trekkes uten at det får følger.
"""

FACE_RISK = """
# 3. Risikoregister

Skala 1–5. Score = sannsynlighet × konsekvens.

| ID | Risiko | Sannsynlighet | Konsekvens | Score | Tiltak | Restrisiko |
| R-01 | Biometriske maler kommer på avveie og kan ikke «byttes» | 2 | 5 | 10 | Kryptering, HSM, sletting ved utsjekk | Middels |
| R-02 | Kameraer ved dører fanger opp andre gjester og ansatte | 4 | 3 | 12 | Behandling i 0,5 sek, ingen lagring av ikke-innrullerte | Middels |
| R-03 | Samtykket er ikke reelt frivillig når resepsjonen er stengt om natten | 3 | 3 | 9 | Mobilnøkkel som likeverdig alternativ, selvbetjent automat | Middels |
| R-04 | Feilmatch gir en annen person adgang til et rom | 2 | 5 | 10 | Høy terskel, kombinasjon med mobil ved første åpning | Høy |
| R-05 | Politiet eller andre ber om å få bruke malene til andre formål | 2 | 4 | 8 | Utlevering bare ved kjennelse, ingen søkefunksjon | Middels |
| R-06 | Lavere treffsikkerhet for enkelte grupper gir ulik behandling | 3 | 3 | 9 | Leverandørens testrapport, egen pilot, manuell reserve | Høy |

# 4. Tiltak vurdert, ikke gjennomført

- Lagre malen bare på gjestens telefon: leverandøren støtter ikke dette før 2028.
- Fjerne 24-måneders lagring for Club-medlemmer: vurdert, men kommersielt viktig; medlemmene velger selv.
- Kameraer bare ved heiser, ikke ved romdører: gir ikke en fullverdig nøkkel.

# 5. Konklusjon

Høy restrisiko: Ja (R-04 og R-06). Anbefaling: forhåndsdrøftelse med Datatilsynet før lansering.
"""

FACE_ITEM = """
## Sak 3 Face Key – vurdering av personvernkonsekvenser

Camilla Brekke la fram DPIA-en (PrivacyDesk BEH-0147, versjon 3) og funnene i risikoregisteret: restrisikoen er høy for feilmatch (R-04) og for ulik treffsikkerhet mellom grupper (R-06). Konsernledelsen fikk innspill fra hotelldirektørmøtet, fra hovedtillitsvalgt i Fellesforbundet (ansatte skal ikke rulles inn) og fra et gjestepanel med 14 Club-medlemmer (positive, men vil kunne slette malen selv).

Beslutning: Konsernledelsen godkjenner DPIA-en. Face Key lanseres ikke før forhåndsdrøftelse med Datatilsynet er gjennomført. Digital innsjekk uten Face Key kan starte som planlagt. Camilla sender anmodningen.
"""


def face_pdf(status: str = "Godkjent av konsernledelsen 10.11.2026") -> bytes:
    head = export_head(
        "Ansiktsgjenkjenning ved innsjekk og som romnøkkel",
        "BEH-0147 (versjon 3)",
        status,
        "11.11.2026 14:03",
    )
    return to_pdf("\n".join([head, FACE_BODY, FACE_NEC, FACE_RISK]), title="DPIA BEH-0147")


def g017() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei!

        Vedlagt DPIA for ansiktsgjenkjenning (Face Key) hos Nordlys Hotellgruppe. Vi ber om forhåndsdrøftelse siden restrisikoen er høy på to punkter, se kap. 3.

        Kontaktperson: meg, Camilla Brekke (camilla.brekke@nordlyshotell.no)
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(CI_PROSE)
        + "\n"
        + txt(
            """
        Konsernsjefen er orientert og skal godkjenne DPIA-en formelt i neste konsernledermøte. Jeg sender referatet etter det.

        Mvh Camilla

        Sendt fra min iPhone
        """
        )
    )
    msg = message(
        "G017",
        CAMILLA,
        "Forhåndsdrøftelse Face Key",
        when(11, 5, 22, 51),
        body,
        attachments=[("DPIA_BEH-0147_v3.pdf", face_pdf("Til godkjenning"))],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_tool_export_pdf",
            "contact_prose",
            "phone_foreign",
            "risk_score_matrix",
            "sent_from_phone",
            "p1_contact_no_phone",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "parts 1 and 5 missing: sent from a phone without signature, contact person with e-mail only; approval in the next management meeting",
        missing=(1, 5),
    )


def g037() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Nordlys Hotellgruppe AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 før vi lanserer Face Key, ansiktsgjenkjenning som romnøkkel ved våre 22 hoteller.

        Vedlagt er DPIA-en (eksport fra vårt compliance-verktøy) og referat fra konsernledermøtet 10. november der den ble godkjent (sak 3).

        Jeg er kontaktperson for saken.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(CI_PROSE)
        + "\n"
        + txt(CAMILLA_SIG)
    )
    msg = message(
        "G037",
        CAMILLA,
        "Anmodning om forhåndsdrøftelse – ansiktsgjenkjenning (Face Key)",
        when(11, 12, 9, 4),
        body,
        attachments=[
            ("DPIA_BEH-0147_v3.pdf", face_pdf()),
            ("Referat KLM 10.11.2026.docx", to_docx(minutes("10. november 2026", FACE_ITEM))),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_tool_export_pdf",
            "contact_prose",
            "contact_is_sender_stated",
            "phone_foreign",
            "risk_score_matrix",
            "part5_management_minutes",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; tool-export DPIA, approval in item 3 of the management meeting minutes",
    )


def g057() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Vi ønsker forhåndsdrøftelse for Face Key (ansiktsgjenkjenning ved innsjekk og som romnøkkel). DPIA og referatet fra konsernledelsen (sak 3) ligger ved som PDF.
        """
        )
        + "\n"
        + txt(
            """
        Kontaktpersoner:
        Nordlys Hotellgruppe: Camilla Brekke, 930 44 671, camilla.brekke@nordlyshotell.no
        Personvernombud: Pål Erik Lind, Advokatfirmaet Lind & Co, 55 21 40 80, pel@lindco.no
        CheckInn Technologies Ltd (databehandler): Aoife Brennan, +353 1 442 8890, aoife.brennan@checkinn.tech
        """
        )
        + "\n"
        + txt(CAMILLA_SIG)
    )
    msg = message(
        "G057",
        CAMILLA,
        "Face Key – forhåndsdrøftelse",
        when(11, 18, 13, 37),
        body,
        attachments=[
            ("DPIA Face Key.pdf", face_pdf()),
            ("Referat konsernledermøte 10.11.pdf", to_pdf(minutes("10. november 2026", FACE_ITEM))),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_tool_export_pdf",
            "contact_label_value",
            "phone_foreign",
            "risk_score_matrix",
            "part5_management_minutes",
        ),
        "none",
        True,
        "used",
        "complete; contacts as lines in the body, minutes as PDF",
    )


# --- housekeeping tracking (even ids) ------------------------------------------------------

HK_PROSE = "Appen leveres av Housekeep Pro AS, som er databehandler. Kontaktperson der er Jonas Vik, 401 22 733, jonas.vik@housekeeppro.no."

HK_BODY = """
# 1. Behandlingsbeskrivelse

Formål: Planlegge og følge opp romrenhold, og gi bonus til de mest effektive renholderne.

Beskrivelse: Alle romrenholdere bruker appen Housekeep Pro på en tjenestetelefon. Appen tildeler rom, og renholderen markerer start og slutt. Bluetooth-fyrtårn i korridorene registrerer hvor renholderen er i bygget. Systemet beregner minutter per rom og en produktivitetsscore mot standardtider, og lager en ukentlig rangering per hotell. Husøkonomen ser et sanntidskart over hvor renholderne er. De 20 prosent med best score får bonus hver måned; de med lavest score får en oppfølgingssamtale.

Kategorier av registrerte: Om lag 650 romrenholdere, inkludert innleide fra bemanningsbyrå. Mange har deltidsstilling, og mange har et annet morsmål enn norsk.

Kategorier av personopplysninger: Navn, ansattnummer, posisjon i bygget (korridor og etasje), tidsbruk per rom, score og rangering, bonus.

Kilder: Appen og fyrtårnene. Mottakere: Husøkonom, hotelldirektør, lønn (bonus), bemanningsbyrået (for innleide). Housekeep Pro AS er databehandler, drift i Norge.

Lagringstid: Posisjonsdata 3 måneder, score og rangering 24 måneder.

Sikkerhetstiltak: Tofaktor for ledere, rollebasert tilgang, logg.

Hvorfor høy risiko: Systematisk overvåking av ansatte, posisjonssporing og rangering med økonomiske følger, og ansatte i en sårbar posisjon.
"""

HK_NEC = """
# 2. Nødvendighet og proporsjonalitet

Rettslig grunnlag: Art. 6 nr. 1 bokstav f og arbeidsmiljøloven kapittel 9 (kontrolltiltak). Saken er drøftet med tillitsvalgte.

Nødvendighet: Gjestene klager på at rommene ikke er klare kl. 15, og papirlistene gjør det vanskelig å fordele rom når noen er syke. Bonusordningen er ønsket av mange renholdere.

Mindre inngripende alternativer: Appen uten fyrtårn (bare start og slutt per rom) er vurdert. Da faller sanntidskartet bort, som husøkonomene mener de trenger for å fordele rom og for alenearbeid.

Dataminimering: Fyrtårnene registrerer bare korridor og etasje, ikke hvilket rom eller toalett. Ingen sporing utenfor arbeidstid eller utenfor hotellet.

Informasjon: Informasjonsmøte på hvert hotell med tolk, skriftlig informasjon på seks språk.

Rettigheter: Den enkelte ser egne tall i appen og kan kreve innsyn i alt som er lagret.
"""

HK_RISK = """
# 3. Risikoregister

Skala 1–5. Score = sannsynlighet × konsekvens.

| ID | Risiko | Sannsynlighet | Konsekvens | Score | Tiltak | Restrisiko |
| R-01 | Renholdere opplever konstant overvåking og arbeidspress | 4 | 4 | 16 | Ikke sporing i pauser, ingen varsler ved «inaktivitet» | Høy |
| R-02 | Rangering og bonus gir urettferdig forskjellsbehandling (ulike rom, ulik helse, deltid) | 3 | 4 | 12 | Justering for romtype, klage på score | Høy |
| R-03 | Lav score brukes som grunnlag for oppsigelse eller ikke-forlengelse av innleie | 3 | 4 | 12 | Score skal ikke alene brukes i personalsaker | Middels |
| R-04 | Posisjonsdata brukes til å kontrollere toalettbesøk og pauser | 2 | 4 | 8 | Fyrtårn bare i korridorer, ikke i personalrom | Middels |
| R-05 | Bemanningsbyrået får mer informasjon enn nødvendig | 3 | 3 | 9 | Bare månedssum til byrået | Lav |
| R-06 | Ansatte forstår ikke hva som registreres | 3 | 3 | 9 | Informasjon på seks språk, tolk | Lav |

# 4. Tiltak vurdert, ikke gjennomført

- Fjerne rangeringen og bare vise egne tall: HR mener bonusordningen da ikke kan administreres.
- Fjerne fyrtårnene: sanntidskartet trengs for fordeling og alenearbeid.

# 5. Konklusjon

Høy restrisiko: Ja (R-01 og R-02). Anbefaling: forhåndsdrøftelse.
"""

HK_ITEM = """
## Sak 3 Housekeep Pro – vurdering av personvernkonsekvenser

HR-direktør Trude Hovland og Camilla Brekke la fram DPIA-en (PrivacyDesk BEH-0152) og funnene: restrisikoen er høy for opplevd overvåking og for urettferdig rangering. Konsernledelsen hadde fått innspill fra hovedtillitsvalgt i Fellesforbundet, som går imot rangering, fra husøkonomene på tre hoteller og fra bemanningsbyrået.

Beslutning: Konsernledelsen godkjenner DPIA-en. Bonus og rangering tas ikke i bruk før forhåndsdrøftelse med Datatilsynet er gjennomført. Camilla sender anmodningen.
"""


def hk_pdf(
    body: str = HK_BODY, risk: str = HK_RISK, status: str = "Godkjent av konsernledelsen 24.11.2026"
) -> bytes:
    head = export_head(
        "Produktivitetsmåling og posisjon for romrenhold (Housekeep Pro)",
        "BEH-0152 (versjon 2)",
        status,
        "25.11.2026 10:11",
    )
    return to_pdf("\n".join([head, body, HK_NEC, risk]), title="DPIA BEH-0152")


def g018() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Nordlys Hotellgruppe AS ber om forhåndsdrøftelse for produktivitetsmåling og posisjonssporing av romrenholdere med appen Housekeep Pro. DPIA-en og referatet fra konsernledermøtet 24. november (sak 3) er vedlagt.

        Jeg er kontaktperson.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(HK_PROSE)
        + "\n"
        + txt(CAMILLA_SIG)
    )
    msg = message(
        "G018",
        CAMILLA,
        "Anmodning om forhåndsdrøftelse – Housekeep Pro",
        when(11, 26, 10, 30),
        body,
        attachments=[
            ("DPIA_BEH-0152_v2.pdf", hk_pdf()),
            ("Referat KLM 24.11.2026.docx", to_docx(minutes("24. november 2026", HK_ITEM))),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_tool_export_pdf",
            "contact_prose",
            "contact_is_sender_stated",
            "risk_score_matrix",
            "part5_management_minutes",
            "employee_monitoring",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; employee monitoring, approval in the management minutes",
    )


def g038() -> tuple[EmailMessage, Label]:
    empty_body = """
    # 1. Behandlingsbeskrivelse

    Formål: [ikke utfylt]

    Beskrivelse: [ikke utfylt]
    """
    empty_risk = """
    # 3. Risikoregister

    Ingen risikoer registrert.

    # 4. Tiltak vurdert, ikke gjennomført

    Ingen registrert.

    # 5. Konklusjon

    Høy restrisiko: [ikke vurdert]
    """
    body = (
        txt(
            """
        Hei,

        Vi ber om forhåndsdrøftelse for Housekeep Pro. Vi har dårlig tid fordi pilothotellet i Ålesund skal starte i februar, så jeg sender DPIA-en slik den står i verktøyet nå, sammen med konsernledelsens godkjenning.

        Jeg er kontaktperson.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(HK_PROSE)
        + "\n"
        + txt(CAMILLA_SIG)
    )
    msg = message(
        "G038",
        CAMILLA,
        "Forhåndsdrøftelse Housekeep Pro (haster litt)",
        when(11, 30, 16, 12),
        body,
        attachments=[
            ("DPIA_BEH-0152_utkast.pdf", hk_pdf(txt(empty_body), txt(empty_risk), "Utkast")),
            ("Referat KLM 24.11.2026.docx", to_docx(minutes("24. november 2026", HK_ITEM))),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_tool_export_pdf",
            "contact_prose",
            "contact_is_sender_stated",
            "part5_management_minutes",
            "employee_monitoring",
            "placeholder_sections",
        ),
        "none",
        True,
        "used",
        "parts 2 and 4 missing: the tool export has «[ikke utfylt]» description and «Ingen risikoer registrert»; necessity filled in, management approval present",
        missing=(2, 4),
    )


def g058() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Nordlys Hotellgruppe ber om forhåndsdrøftelse for Housekeep Pro (produktivitetsmåling og posisjon for romrenhold).

        Spørsmål om saken kan rettes til meg.
        """
        )
        + "\n"
        + txt(DPO_PROSE)
        + "\n"
        + txt(HK_PROSE)
        + "\n"
        + txt(
            """
        Vedlagt: DPIA (PDF-eksport) og referat fra konsernledermøtet 24.11.2026, der DPIA-en ble godkjent under sak 3.
        """
        )
        + "\n"
        + txt(CAMILLA_SIG)
    )
    msg = message(
        "G058",
        CAMILLA,
        "Housekeep Pro – anmodning om forhåndsdrøftelse",
        when(12, 1, 8, 45),
        body,
        attachments=[
            ("DPIA Housekeep Pro.pdf", hk_pdf()),
            ("Referat KLM 2026-11-24.pdf", to_pdf(minutes("24. november 2026", HK_ITEM))),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "dpia_tool_export_pdf",
            "contact_prose",
            "contact_is_sender_stated",
            "risk_score_matrix",
            "part5_management_minutes",
            "employee_monitoring",
        ),
        "none",
        True,
        "used",
        "complete; minutes as PDF",
    )
