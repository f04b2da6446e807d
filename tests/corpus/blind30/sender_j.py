# ruff: noqa: E501
"""Sender J: Brobyggerne Rekruttering AS (recruitment agency, 85 employees).

Habits: the head of recruitment writes Outlook mails (plain text and HTML alternative) with a
contact table in the body; the DPIA is a DOCX made with the external DPO firm (Grande Compliance
AS) whose risk chapter only points to a separate XLSX risk register (L/M/H). Approval is the board
protocol of the company, e-signed with BankID, as PDF. A marketing newsletter from the same company
also lands in the mailbox. Odd ids: AI-scored one-way video interviews (UK processor); even ids:
background checks including social media screening (Norwegian processor).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, plain, to_docx, to_html, to_pdf, to_xlsx, when

ORG = "recruitment_agency"

LINN = "Linn Hafstad Moe <linn.moe@brobyggerne.no>"
LINN_SIG = """
~ Med vennlig hilsen
~ Linn Hafstad Moe
~ Fagdirektør rekruttering
~ Brobyggerne Rekruttering AS
~ Mobil: +47 928 80 144
~ linn.moe@brobyggerne.no | brobyggerne.no
~ Dronning Eufemias gate 16, 0191 Oslo
"""

ROW_CONTACT = "| Kontaktperson | Linn Hafstad Moe, fagdirektør rekruttering | 928 80 144 | linn.moe@brobyggerne.no |"
ROW_DPO = "| Personvernombud | Simen Grande, Grande Compliance AS | 413 60 228 | simen@grandecompliance.no |"


def outlook(
    cid: str, subject: str, date: str, markup: str, attachments: list[tuple[str, bytes]]
) -> EmailMessage:
    """An Outlook mail: the same text as plain and as HTML alternative."""
    text = (
        plain(markup)
        + "\n"
        + "".join(ln.removeprefix("~ ") + "\n" for ln in LINN_SIG.strip().splitlines())
    )
    return message(
        cid,
        LINN,
        subject,
        date,
        text,
        html=to_html(markup + "\n" + LINN_SIG),
        attachments=attachments,
    )


def dpia(title: str, version: str, desc: str, nec: str, risk_pointer: str) -> bytes:
    markup = f"""
# Personvernkonsekvensvurdering (DPIA)

## {title}

~ Brobyggerne Rekruttering AS, org.nr. 926 118 447
~ Utarbeidet i samarbeid med Grande Compliance AS (personvernombud)
~ Versjon {version}

{desc}

{nec}

{risk_pointer}
"""
    return to_docx(markup)


def board_protocol(date: str, item: str, signed: str) -> bytes:
    markup = f"""
# Protokoll fra styremøte

~ Brobyggerne Rekruttering AS
~ Dato: {date}, kl. 08.30, Teams
~ Til stede: Kari-Anne Dahl (styreleder), Henning Bø, Sofie Lund. Fra administrasjonen: daglig leder Anders Wiik, fagdirektør Linn Hafstad Moe.

## Sak 4/26 Regnskap per tredje kvartal

Daglig leder gikk gjennom regnskapet. Omsetningen er 6 prosent over fjoråret. Tatt til orientering.

{item}

## Sak 6/26 Eventuelt

Neste styremøte 4. februar 2027.

~ Signert elektronisk med BankID: {signed}
"""
    return to_pdf(markup, title="Styreprotokoll")


RISK_POINTER = """
# Risikoregister

Risikoene, tiltakene og restrisikoen er registrert i eget regneark (vedlegg «Risikoregister»).
"""

# --- AI-scored video interviews (odd ids) ---------------------------------------------------

ROW_IQ = "| Databehandler | InterviewIQ Ltd (London), Priya Natarajan, Privacy Counsel | +44 20 3965 1187 | priya.natarajan@interviewiq.co.uk |"

VID_DESC = """
# Behandlingsbeskrivelse

Brobyggerne vil ta i bruk enveis videointervju med KI-vurdering fra InterviewIQ Ltd i førstegangsutvelgelsen i rekrutteringsoppdrag med mange søkere. Kandidaten får en lenke og spiller inn svar på fem til åtte spørsmål. Svarene transkriberes automatisk, og teksten vurderes mot kundens kompetansemodell. Hver kandidat får en score fra 1 til 100 per kompetanse og en samlet rangering. Rekruttereren ser rangeringen og videoene. Kandidater med samlet score under 30 gjennomgås ikke manuelt med mindre rekruttereren velger det.

Omfang: om lag 6 000 kandidater i året, fordelt på rundt 120 oppdrag.

Opplysninger: navn, kontaktinformasjon, CV, video og lyd, transkripsjon, scorer og rangering.

Kilder og mottakere: Kandidaten selv. Rekruttereren hos oss ser alt; kunden får bare presentert kandidater vi går videre med. InterviewIQ Ltd i London er databehandler, og transkripsjonen gjøres av en underleverandør i USA (sertifisert under Data Privacy Framework).

Lagring: videoer i 6 måneder, scorer i 2 år for å kunne dokumentere utvelgelsen ved klager.

Sikkerhet: tofaktor, kryptering, tilgangslogg. Brobyggerne er behandlingsansvarlig.

Hvorfor høy risiko: profilering i stor skala, en tilnærmet automatisk utsortering av kandidater med store følger for dem, ny teknologi og overføring til land utenfor EØS.
"""

VID_NEC = """
# Nødvendighetstest

Antall søkere per oppdrag har økt med 60 prosent siden 2024, og kundene krever kortere tid fra utlysning til ansettelse. Telefonintervju med alle er for ressurskrevende, og skriftlige spørsmål gir for lite grunnlag.

# Forholdsmessighetsvurdering

Vi har slått av analyse av ansiktsuttrykk og stemmeleie; bare innholdet i svarene vurderes. Kandidatene får informasjon før de starter, og kan be om et vanlig intervju med en person i stedet, uten at det teller negativt. De kan be om en forklaring på scoren og om ny vurdering av en rekrutterer. Rangeringen testes hvert halvår for skjevheter mellom kjønn, alder og morsmål. InterviewIQ har ikke lov til å bruke våre kandidaters data til å trene modellene sine.
"""

VID_NEC_EMPTY = """
# Nødvendighetstest

[Fylles ut av personvernombudet – Simen ser på dette]

# Forholdsmessighetsvurdering

[Fylles ut av personvernombudet]
"""

VID_RISK_XLSX = {
    "Risikoregister": [
        [
            "ID",
            "Risiko",
            "Sannsynlighet",
            "Konsekvens",
            "Risikonivå",
            "Tiltak",
            "Ansvarlig",
            "Status",
            "Restrisiko",
        ],
        [
            "V1",
            "Kandidater med annet morsmål eller talevansker får lavere score",
            "M",
            "H",
            "Høy",
            "Bare innhold vurderes, skjevhetstest hvert halvår",
            "Linn",
            "Gjennomført",
            "Høy",
        ],
        [
            "V2",
            "Kandidater under 30 sorteres ut uten at et menneske ser dem",
            "H",
            "H",
            "Høy",
            "Rekrutterer kan velge å se alle; forklaring og ny vurdering på forespørsel",
            "Linn",
            "Gjennomført",
            "Høy",
        ],
        [
            "V3",
            "Overføring til USA via transkripsjonstjenesten",
            "L",
            "H",
            "Middels",
            "DPF-sertifisering, kryptering",
            "Simen",
            "Gjennomført",
            "Middels",
        ],
        [
            "V4",
            "Kandidater føler seg presset til å godta videointervju",
            "M",
            "M",
            "Middels",
            "Alternativ med personlig intervju, tydelig informasjon",
            "Linn",
            "Gjennomført",
            "Lav",
        ],
        [
            "V5",
            "Leverandøren bruker data til å trene modeller",
            "L",
            "M",
            "Lav",
            "Forbud i avtalen",
            "Simen",
            "Gjennomført",
            "Lav",
        ],
        [
            "V6",
            "Datainnbrudd hos leverandør",
            "L",
            "H",
            "Middels",
            "ISO 27001, kryptering, tofaktor",
            "IT",
            "Gjennomført",
            "Middels",
        ],
    ],
    "Ikke gjennomført": [
        ["Tiltak", "Begrunnelse"],
        ["Manuell gjennomgang av alle kandidater", "Fjerner tidsbesparelsen som er hele formålet"],
        [
            "Fjerne rangeringen og bare vise score per kompetanse",
            "Kundene vil ha rangering; vurderes igjen etter pilot",
        ],
    ],
}

VID_ITEM = """
## Sak 5/26 Videointervju med KI – personvernkonsekvensvurdering

Fagdirektøren presenterte DPIA-en og risikoregisteret og oppsummerte funnene: restrisikoen er høy for skjevheter mot kandidater med annet morsmål eller talevansker, og for at kandidater sorteres ut uten menneskelig vurdering. Styret hadde fått innspill fra personvernombudet, fra to store kunder og fra et panel med fem tidligere kandidater, som ønsket mulighet til å velge personlig intervju.

Vedtak: Styret godkjenner personvernkonsekvensvurderingen. Daglig leder ber Datatilsynet om forhåndsdrøftelse. Utsortering basert på score tas ikke i bruk før Datatilsynet har svart.
"""


def vid_docx(nec: str = VID_NEC) -> bytes:
    return dpia(
        "Enveis videointervju med KI-vurdering (InterviewIQ)",
        "1.0 – 28.10.2026",
        VID_DESC,
        nec,
        RISK_POINTER,
    )


def vid_protocol() -> bytes:
    return board_protocol(
        "5. november 2026", VID_ITEM, "Kari-Anne Dahl, Henning Bø, Sofie Lund – 06.11.2026"
    )


NEWSLETTER = """
# Brobyggerne Innsikt – desember 2026

## Slik bruker du KI i rekruttering – uten å miste kandidatene

Nesten halvparten av arbeidsgiverne vi spurte i høst, bruker allerede KI et sted i rekrutteringen. Samtidig sier tre av fire kandidater at de vil vite når en maskin vurderer dem. Våre fem råd: vær åpen, la et menneske ta beslutningen, test for skjevheter, velg leverandør med omhu, og snakk med personvernombudet tidlig.

## Nytt hos oss: videointervju

Fra våren tilbyr vi enveis videointervju i store rekrutteringer. Vi har gjort en grundig personvernvurdering og er i dialog med Datatilsynet før vi tar i bruk den automatiske rangeringen.

## Lønnsundersøkelsen 2027

Lønnsveksten for ledere i finans endte på 5,1 prosent i 2026. Last ned hele rapporten på brobyggerne.no/lonn.

## Arrangement

Frokostseminar 21. januar: «Rekruttering i et stramt arbeidsmarked». Påmelding på nettsiden.

Du mottar dette nyhetsbrevet fordi du er registrert som kontakt hos Brobyggerne Rekruttering AS. Meld deg av her: brobyggerne.no/avmeld
"""


def g019() -> tuple[EmailMessage, Label]:
    msg = message(
        "G019",
        "Brobyggerne Innsikt <nyhetsbrev@brobyggerne.no>",
        "Brobyggerne Innsikt: KI i rekruttering, lønnsundersøkelsen og frokostseminar",
        when(12, 10, 7, 0),
        plain(NEWSLETTER),
        html=to_html(NEWSLETTER, "Brobyggerne Innsikt"),
        headers={"List-Unsubscribe": "<https://brobyggerne.no/avmeld>", "Precedence": "bulk"},
    )
    return msg, Label(
        "nb",
        (ORG, "nonrequest_newsletter", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: the company's marketing newsletter; it mentions being «i dialog med Datatilsynet»",
    )


def g039() -> tuple[EmailMessage, Label]:
    markup = f"""
Hei,

Brobyggerne Rekruttering AS ber om forhåndsdrøftelse for enveis videointervju med KI-vurdering. Vedlagt er DPIA, risikoregister og styreprotokollen fra 5. november.

| Rolle | Navn | Telefon | E-post |
{ROW_CONTACT}
{ROW_DPO}
{ROW_IQ}
"""
    msg = outlook(
        "G039",
        "Forhåndsdrøftelse – videointervju med KI",
        when(11, 11, 14, 16),
        markup,
        [
            ("DPIA videointervju InterviewIQ v1.0.docx", vid_docx(VID_NEC_EMPTY)),
            ("Risikoregister videointervju.xlsx", to_xlsx(VID_RISK_XLSX)),
            ("Styreprotokoll 05.11.2026.pdf", vid_protocol()),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "html_alternative",
            "contact_table_body",
            "dpia_docx",
            "risk_register_xlsx",
            "phone_foreign",
            "part5_board_protocol_esigned",
            "placeholder_sections",
        ),
        "none",
        True,
        "used",
        "part 3 missing: necessity and proportionality chapters are placeholders «Fylles ut av personvernombudet»; board approval present",
        missing=(3,),
    )


def g059() -> tuple[EmailMessage, Label]:
    markup = f"""
Til Datatilsynet

Brobyggerne Rekruttering AS (org.nr. 926 118 447) ber om forhåndsdrøftelse etter GDPR artikkel 36 for bruk av enveis videointervju med KI-basert vurdering og rangering av kandidater. Restrisikoen er høy for skjevheter og for utsortering uten menneskelig vurdering.

Kontaktinformasjon:

| Rolle | Navn | Telefon | E-post |
{ROW_CONTACT}
{ROW_DPO}
{ROW_IQ}

Vedlegg:

- Personvernkonsekvensvurdering (DPIA) versjon 1.0
- Risikoregister (Excel), med fane for tiltak som ikke er gjennomført
- Protokoll fra styremøtet 5. november 2026, sak 5/26 (e-signert)
"""
    msg = outlook(
        "G059",
        "Anmodning om forhåndsdrøftelse – videointervju med KI-vurdering",
        when(11, 9, 10, 28),
        markup,
        [
            ("DPIA videointervju InterviewIQ v1.0.docx", vid_docx()),
            ("Risikoregister videointervju.xlsx", to_xlsx(VID_RISK_XLSX)),
            ("Styreprotokoll 05.11.2026.pdf", vid_protocol()),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "html_alternative",
            "contact_table_body",
            "dpia_docx",
            "risk_register_xlsx",
            "phone_foreign",
            "part5_board_protocol_esigned",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the DPIA's risk chapter points to the XLSX register, which is attached",
    )


# --- background checks (even ids) ----------------------------------------------------------

ROW_SP = "| Databehandler | Sjekkpunkt AS, Tore Lindholm, daglig leder | 22 60 70 80 | tore.lindholm@sjekkpunkt.no |"

BG_DESC = """
# Behandlingsbeskrivelse

Brobyggerne vil tilby bakgrunnssjekk av sluttkandidater for kunder i finans, energi og sikkerhet. Sjekken gjøres av Sjekkpunkt AS på vegne av oss, etter at kandidaten har fått informasjon og bekreftet at sjekken kan gjøres.

Sjekken omfatter: bekreftelse av utdanning og tidligere arbeidsforhold, kredittsjekk, søk i sanksjonslister og lister over politisk eksponerte personer, mediesøk, gjennomgang av offentlige profiler i sosiale medier (LinkedIn, X, Facebook, Instagram), og – der loven gir adgang, for eksempel etter finansforetaksloven – fremvisning av politiattest. Resultatet er en rapport med grønn, gul eller rød markering per punkt.

Omfang: om lag 1 200 kandidater i året.

Mottakere: rekruttereren hos oss og kunden, som får rapporten etter at kandidaten har sett den. Sjekkpunkt AS er databehandler, med lagring i Norge.

Lagring: rapporten slettes 6 måneder etter at rekrutteringen er avsluttet.

Sikkerhet og ansvar: Brobyggerne er behandlingsansvarlig. Rapportene deles bare i vår kandidatportal med tofaktor, ikke på e-post.

Hvorfor høy risiko: opplysninger om straffbare forhold, gjennomgang av sosiale medier som kan avsløre politisk syn, religion, helse eller seksuell orientering, innlegg som omtaler andre personer, og kandidater som i praksis ikke kan si nei.
"""

BG_NEC = """
# Nødvendighetstest

Kundene i finans har krav om egnethetsvurdering av personer i ledende stillinger og nøkkelfunksjoner, og flere kunder har opplevd at kandidater har oppgitt falske grader og arbeidsforhold. Uten en sjekk må kundene gjøre den selv, ofte med dårligere rutiner.

# Forholdsmessighetsvurdering

Sjekken tilbys bare for stillinger der kunden kan dokumentere et særlig behov, etter en liste vi har utarbeidet med personvernombudet. Gjennomgangen av sosiale medier er begrenset til forhold som gjelder yrkesutøvelse (trusler, hatefulle ytringer, lekkasje av fortrolig informasjon), etter en fast søkeliste. Særlige kategorier av opplysninger noteres aldri i rapporten. Kandidaten ser rapporten først, kan kommentere og kan trekke seg før den sendes til kunden. Kredittsjekk gjøres bare for stillinger med økonomisk ansvar.
"""

BG_RISK_XLSX = {
    "Risikoregister": [
        [
            "ID",
            "Risiko",
            "Sannsynlighet",
            "Konsekvens",
            "Risikonivå",
            "Tiltak",
            "Ansvarlig",
            "Status",
            "Restrisiko",
        ],
        [
            "B1",
            "Særlige kategorier (politikk, religion, helse, seksuell orientering) kommer fram i gjennomgangen av sosiale medier",
            "H",
            "H",
            "Høy",
            "Fast søkeliste, aldri i rapporten, opplæring",
            "Linn",
            "Gjennomført",
            "Høy",
        ],
        [
            "B2",
            "Kandidaten kan i praksis ikke nekte sjekken",
            "H",
            "M",
            "Høy",
            "Bare for definerte stillinger, rett til å trekke seg",
            "Linn",
            "Gjennomført",
            "Høy",
        ],
        [
            "B3",
            "Feil i rapporten (forveksling, gamle medieoppslag) gir avslag",
            "M",
            "H",
            "Høy",
            "Kandidaten ser rapporten først og kan kommentere",
            "Sjekkpunkt",
            "Gjennomført",
            "Middels",
        ],
        [
            "B4",
            "Opplysninger om tredjepersoner i innlegg registreres",
            "M",
            "M",
            "Middels",
            "Ingen skjermbilder, bare beskrivelse",
            "Sjekkpunkt",
            "Gjennomført",
            "Lav",
        ],
        [
            "B5",
            "Rapporter lagres for lenge hos kunden",
            "M",
            "M",
            "Middels",
            "Avtale med kunden om sletting",
            "Linn",
            "Delvis",
            "Middels",
        ],
        [
            "B6",
            "Datainnbrudd i kandidatportalen",
            "L",
            "H",
            "Middels",
            "Tofaktor, kryptering",
            "IT",
            "Gjennomført",
            "Lav",
        ],
    ],
    "Ikke gjennomført": [
        ["Tiltak", "Begrunnelse"],
        [
            "Droppe gjennomgang av sosiale medier",
            "Kundene i finans og sikkerhet etterspør det; vi har heller begrenset omfanget",
        ],
        ["La kandidaten levere all dokumentasjon selv", "Gir ikke kontroll av falske dokumenter"],
    ],
}

ATS_2023_XLSX = {
    "Risikoregister ATS 2023": [
        ["ID", "Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Status"],
        [
            "A1",
            "Søknader lagres lenger enn 6 måneder",
            "M",
            "M",
            "Automatisk sletting i ATS",
            "Lukket",
        ],
        [
            "A2",
            "Feil tilgang for konsulenter mellom kontorer",
            "M",
            "L",
            "Tilgang per kontor",
            "Lukket",
        ],
        [
            "A3",
            "Kandidatportalen mangler tofaktor",
            "L",
            "M",
            "Tofaktor innført mars 2023",
            "Lukket",
        ],
        [
            "A4",
            "Integrasjon mot LinkedIn henter mer enn nødvendig",
            "L",
            "L",
            "Integrasjon slått av",
            "Lukket",
        ],
    ]
}

BG_ITEM = """
## Sak 5/26 Bakgrunnssjekk av kandidater – personvernkonsekvensvurdering

Fagdirektøren presenterte DPIA-en for den nye tjenesten og risikoregisteret. Funnene viser høy restrisiko knyttet til særlige kategorier i sosiale medier og til at kandidater i praksis ikke kan si nei. Styret hadde fått innspill fra personvernombudet, fra Sjekkpunkt AS og fra to kunder i finans, og merket seg at personvernombudet anbefaler forhåndsdrøftelse.

Vedtak: Styret godkjenner personvernkonsekvensvurderingen og ber daglig leder be om forhåndsdrøftelse med Datatilsynet. Gjennomgang av sosiale medier tilbys ikke før Datatilsynet har svart.
"""


def bg_docx() -> bytes:
    return dpia(
        "Bakgrunnssjekk av kandidater (med Sjekkpunkt AS)",
        "1.1 – 12.11.2026",
        BG_DESC,
        BG_NEC,
        RISK_POINTER,
    )


def bg_protocol() -> bytes:
    return board_protocol(
        "19. november 2026", BG_ITEM, "Kari-Anne Dahl, Henning Bø, Sofie Lund – 20.11.2026"
    )


def bg_markup(intro: str) -> str:
    return f"""
{intro}

| Rolle | Navn | Telefon | E-post |
{ROW_CONTACT}
{ROW_DPO}
{ROW_SP}
"""


def g020() -> tuple[EmailMessage, Label]:
    markup = bg_markup(
        "Hei,\n\nBrobyggerne Rekruttering AS ber om forhåndsdrøftelse for bakgrunnssjekk av kandidater, inkludert gjennomgang av sosiale medier. DPIA, risikoregister og e-signert styreprotokoll fra 19. november er vedlagt. Kontaktpersoner står i tabellen under."
    )
    msg = outlook(
        "G020",
        "Anmodning om forhåndsdrøftelse – bakgrunnssjekk av kandidater",
        when(11, 24, 11, 9),
        markup,
        [
            ("DPIA bakgrunnssjekk v1.1.docx", bg_docx()),
            ("Risikoregister bakgrunnssjekk.xlsx", to_xlsx(BG_RISK_XLSX)),
            ("Styreprotokoll 19.11.2026.pdf", bg_protocol()),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "html_alternative",
            "contact_table_body",
            "dpia_docx",
            "risk_register_xlsx",
            "part5_board_protocol_esigned",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; background checks, risk register as XLSX",
    )


def g040() -> tuple[EmailMessage, Label]:
    markup = bg_markup(
        "Hei,\n\nVi ber om forhåndsdrøftelse for bakgrunnssjekk av kandidater. Vedlagt ligger DPIA-en, risikoregisteret og styreprotokollen der DPIA-en ble godkjent."
    )
    msg = outlook(
        "G040",
        "Forhåndsdrøftelse bakgrunnssjekk – Brobyggerne",
        when(11, 25, 15, 53),
        markup,
        [
            ("DPIA bakgrunnssjekk v1.1.docx", bg_docx()),
            ("Risikoregister.xlsx", to_xlsx(ATS_2023_XLSX)),
            ("Styreprotokoll 19.11.2026.pdf", bg_protocol()),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "html_alternative",
            "contact_table_body",
            "dpia_docx",
            "part5_board_protocol_esigned",
            "wrong_file_risk_register",
        ),
        "none",
        True,
        "used",
        "part 4 missing: the DPIA points to the risk register, but the attached «Risikoregister.xlsx» is the 2023 register for the applicant tracking system",
        missing=(4,),
    )


def g060() -> tuple[EmailMessage, Label]:
    markup = (
        bg_markup(
            "Til Datatilsynet\n\nAnmodning om forhåndsdrøftelse – bakgrunnssjekk av kandidater i rekrutteringsoppdrag.\n\nVi har gjennomført en personvernkonsekvensvurdering sammen med personvernombudet vårt. Restrisikoen er høy for to forhold: at gjennomgangen av sosiale medier kan avdekke særlige kategorier av opplysninger, og at kandidater i praksis ikke kan si nei. Styret godkjente vurderingen 19. november og ba om at vi sender anmodningen."
        )
        + "\nVedlegg: DPIA v1.1, risikoregister (Excel), styreprotokoll (PDF).\n"
    )
    msg = outlook(
        "G060",
        "Anmodning om forhåndsdrøftelse (GDPR art. 36) – bakgrunnssjekk",
        when(11, 27, 9, 2),
        markup,
        [
            ("DPIA bakgrunnssjekk v1.1.docx", bg_docx()),
            ("Risikoregister bakgrunnssjekk.xlsx", to_xlsx(BG_RISK_XLSX)),
            ("Protokoll styremøte 19. november 2026.pdf", bg_protocol()),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "html_alternative",
            "contact_table_body",
            "dpia_docx",
            "risk_register_xlsx",
            "part5_board_protocol_esigned",
        ),
        "none",
        True,
        "used",
        "complete",
    )
