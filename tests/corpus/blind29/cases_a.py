# ruff: noqa: E501
"""Cases of senders A–E (Vestvik kommune, Fjellnett Kraft, Skarvik Offshore, Midtbyen Parkering,
Klinikk Nordlys). One function per case; it returns the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import personas as ps
from kit import (
    Label,
    html_from_text,
    message,
    scan_image,
    text_table,
    to_html,
    to_pdf,
    to_xlsx,
    txt,
    when,
)
from topics import A1, A2, B1, B2, C1, C2, D1, D2, E1, E2

Case = tuple[EmailMessage, Label]

# ------------------------------------------------------------------------------------------
# A  Vestvik kommune
# ------------------------------------------------------------------------------------------

A_SHAPES = (
    "municipality",
    "cover_letter_pdf",
    "contact_table_pdf",
    "dpia_docx",
    "numbered_template_headings",
)


def _a_rows(contact, processor) -> list[tuple[str, str, str, str]]:
    return [
        ("Kontaktperson", f"{contact.name}, {contact.role}", contact.phone, contact.email),
        ("Personvernombud", ps.A_DPO.name, ps.A_DPO.phone, ps.A_DPO.email),
        (
            f"Databehandler: {processor.org}",
            f"{processor.name}, {processor.role}",
            processor.phone,
            processor.email,
        ),
        ("Saksbehandler personvern", ps.A_TOFTE.name, ps.A_TOFTE.phone, ps.A_TOFTE.email),
    ]


def _a_mail(intro: str, enclosures: list[str], ref: str) -> str:
    lines = "\n".join(f"{i}. {e}" for i, e in enumerate(enclosures, 1))
    return f"Til Datatilsynet\n\n{intro}\n\n{lines}\n\nVår ref.: {ref}\n\n" + ps.A_SIGNATURE


A1_POINTS = """Grunnlag for behandlingen: DPIA versjon 1.2 med risikovurdering, presentert i møtet.

Hovedfunn: Restrisikoen er høy for innsyn i beboernes private sfære gjennom kamera og for at beboere uten samtykkekompetanse ikke forstår tiltaket. Øvrige risikoer er redusert til akseptabelt nivå.

Innspill fra interessenter: Hovedtillitsvalgt i Fagforbundet (14.10.2026) ba om at hendelsesdata ikke brukes til kontroll av ansatte – tatt inn som tiltak. Eldrerådet (20.10.2026) ba om at pårørende høres før kamera vurderes – tatt inn. Pårørendemøtet på Solgløtt (15.10.2026) ønsket silhuett som standard – tatt inn."""

A1_DECISION = """Ledergruppen godkjenner vurderingen av personvernkonsekvenser for digitalt nattilsyn, versjon 1.2, og aksepterer restrisikoen under forutsetning av at Datatilsynet forhåndsdrøfter behandlingen. Rådgiver informasjonssikkerhet og personvern sender anmodning om forhåndsdrøftelse."""


def f001() -> Case:
    """A1 complete, everything at length; approval as a scanned extract of the minutes."""
    encl = [
        "Anmodning om forhåndsdrøftelse (brev med kontaktopplysninger)",
        "Vurdering av personvernkonsekvenser (DPIA), versjon 1.2",
        "Særutskrift fra kommunedirektørens ledergruppe, sak 61/26",
    ]
    letter = ps.a_letter(A1, _a_rows(ps.A_HAMMER, ps.A_OMSORG), "26/1432-7", "03.11.2026", encl[1:])
    dpia = ps.a_dpia(
        A1,
        A1.desc,
        A1.nec,
        ps.a_risks(A1.risks, A1.not_taken),
        "Vurderingen ble lagt fram for kommunedirektørens ledergruppe 27. oktober 2026 (sak 61/26). Se særutskrift i vedlegg 3.",
        "1.2",
        "20.10.2026",
    )
    scan = ps.a_saerutskrift(A1, "27.10.2026", "61/26", A1_POINTS, A1_DECISION)
    body = _a_mail(
        "Vestvik kommune ber om forhåndsdrøftelse for digitalt nattilsyn i omsorgsboliger. Vedlagt følger:",
        encl,
        "26/1432",
    )
    msg = message(
        "F001",
        ps.A_SENDER,
        "Anmodning om forhåndsdrøftelse – digitalt nattilsyn i omsorgsboliger",
        when(11, 3, 10, 14),
        body,
        attachments=[
            ("Anmodning om forhåndsdrøftelse - digitalt nattilsyn.pdf", letter),
            ("DPIA digitalt nattilsyn v1.2.docx", dpia),
            ("Særutskrift sak 61-26.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (*A_SHAPES, "part5_scanned_minutes", "scanned_pdf", "risk_table_in_document"),
        "pgp_mime",
        True,
        "used",
        "complete; long parts; særutskrift scanned",
    )


def f021() -> Case:
    """A2 with the template's section 5 left as a placeholder; necessity short but real."""
    encl = [
        "Anmodning om forhåndsdrøftelse (brev)",
        "Vurdering av personvernkonsekvenser (DPIA), versjon 1.0",
    ]
    letter = ps.a_letter(A2, _a_rows(ps.A_KVAM, ps.A_IKT), "26/1511-3", "10.11.2026", encl[1:])
    dpia = ps.a_dpia(
        A2,
        A2.desc,
        A2.nec_short,
        ps.a_risks(A2.risks, A2.not_taken),
        "Fylles ut.",
        "1.0",
        "02.11.2026",
    )
    body = _a_mail(
        "Vedlagt oversendes anmodning om forhåndsdrøftelse for den tverrfaglige risikoindikatoren «Tidlig innsats» for barn og unge:",
        encl,
        "26/1511",
    )
    msg = message(
        "F021",
        ps.A_SENDER,
        "Anmodning om forhåndsdrøftelse – «Tidlig innsats» (risikoindikator barn og unge)",
        when(11, 10, 13, 2),
        body,
        attachments=[
            ("Anmodning om forhåndsdrøftelse - Tidlig innsats.pdf", letter),
            ("DPIA Tidlig innsats v1.0.docx", dpia),
        ],
    )
    return msg, Label(
        "nb",
        (*A_SHAPES, "short_necessity", "thin_placeholder", "risk_table_in_document"),
        "pgp_mime",
        True,
        "used",
        "section 5 «Ledelsens behandling» holds only «Fylles ut.»; necessity in three sentences that weigh BTI and consent",
        (5,),
    )


def f041() -> Case:
    """A2 resent with section 5 as one dated line naming the management group."""
    encl = [
        "Anmodning om forhåndsdrøftelse (brev), oppdatert",
        "Vurdering av personvernkonsekvenser (DPIA), versjon 1.1",
    ]
    letter = ps.a_letter(A2, _a_rows(ps.A_KVAM, ps.A_IKT), "26/1511-6", "19.11.2026", encl[1:])
    line = "Behandlet i kommunedirektørens ledergruppe 17.11.2026, sak 66/26: vurderingen godkjent, restrisikoen akseptert og forhåndsdrøftelse besluttet."
    dpia = ps.a_dpia(
        A2, A2.desc, A2.nec_short, ps.a_risks(A2.risks, A2.not_taken), line, "1.1", "17.11.2026"
    )
    intro = "Vi viser til vår e-post av 10. november 2026 om forhåndsdrøftelse for «Tidlig innsats». Ved en feil var punkt 5 i DPIA-en ikke fylt ut. Vedlagt følger oppdatert anmodning og DPIA versjon 1.1, som erstatter det vi sendte:"
    body = _a_mail(intro, encl, "26/1511")
    msg = message(
        "F041",
        ps.A_SENDER,
        "SV: Anmodning om forhåndsdrøftelse – «Tidlig innsats» – oppdatert DPIA",
        when(11, 19, 8, 47),
        body,
        attachments=[
            ("Anmodning om forhåndsdrøftelse - Tidlig innsats (oppdatert).pdf", letter),
            ("DPIA Tidlig innsats v1.1.docx", dpia),
        ],
    )
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "short_necessity",
            "short_validation_line",
            "resubmission",
            "risk_table_in_document",
        ),
        "none",
        True,
        "used",
        "complete; resends F021 with section 5 as one dated line (ledergruppen 17.11.2026, sak 66/26)",
    )


def f002() -> Case:
    """A1 with a one-paragraph description and a three-row risk table; approval photographed."""
    encl = [
        "Anmodning om forhåndsdrøftelse (brev med kontaktopplysninger)",
        "DPIA digitalt nattilsyn, versjon 1.2 (kortversjon)",
        "Særutskrift sak 61/26 (foto)",
    ]
    letter = ps.a_letter(
        A1,
        _a_rows(ps.A_HAMMER, ps.A_OMSORG),
        "26/1432-12",
        "08.12.2026",
        encl[1:],
        "Tone Vik Hammer\nvirksomhetsleder Helse og omsorg",
    )
    dpia = ps.a_dpia(
        A1,
        A1.desc_short,
        A1.nec,
        ps.a_risks(A1.risks_short),
        "Vurderingen ble godkjent av kommunedirektørens ledergruppe 27. oktober 2026 (sak 61/26), se særutskrift.",
        "1.2 (kortversjon)",
        "01.12.2026",
    )
    page = f"""VESTVIK KOMMUNE – SÆRUTSKRIFT
Utvalg: Kommunedirektørens ledergruppe   Møtedato: 27.10.2026   Sak 61/26

Vurdering av personvernkonsekvenser – digitalt nattilsyn i omsorgsboliger

{A1_POINTS}

Vedtak:
{A1_DECISION}

Rett utskrift: Guro Lie, utvalgssekretær (sign.)"""
    photo = scan_image(page, "JPEG", 1.2)
    body = _a_mail(
        "Vestvik kommune ber om forhåndsdrøftelse av digitalt nattilsyn i Solgløtt og Bakkely omsorgsboliger. Vi sender en kortversjon av DPIA-en; innholdet er det samme som i versjon 1.2, som ledergruppen behandlet. Vedlegg:",
        encl,
        "26/1432",
    )
    msg = message(
        "F002",
        ps.A_SENDER,
        "Forhåndsdrøftelse – digitalt nattilsyn (Vestvik kommune)",
        when(12, 8, 9, 31),
        body,
        attachments=[
            ("Anmodning forhåndsdrøftelse digitalt nattilsyn.pdf", letter),
            ("DPIA digitalt nattilsyn v1.2 kortversjon.docx", dpia),
            ("IMG_20261027_1412.jpg", photo),
        ],
    )
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "short_description",
            "short_risk_table",
            "part5_photographed_minutes",
            "photo_jpeg",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; description in one paragraph with purpose, data, people, recipients; risk as three rows with measures",
    )


def f022() -> Case:
    """A2 whose necessity section restates its own heading."""
    encl = [
        "Anmodning om forhåndsdrøftelse (brev)",
        "Vurdering av personvernkonsekvenser (DPIA), versjon 1.1",
        "Særutskrift sak 63/26",
    ]
    letter = ps.a_letter(A2, _a_rows(ps.A_KVAM, ps.A_IKT), "26/1511-9", "25.11.2026", encl[1:])
    dpia = ps.a_dpia(
        A2,
        A2.desc,
        "Kommunen har vurdert at behandlingen er nødvendig og forholdsmessig.",
        ps.a_risks(A2.risks, A2.not_taken),
        "Se særutskrift fra ledergruppen, sak 63/26 (vedlegg 3).",
        "1.1",
        "05.11.2026",
    )
    points = """DPIA versjon 1.1 ble presentert av kommunalsjef oppvekst Hanne Kvam.

Funn: Høy restrisiko for stigmatisering av barn ved feilaktig høy indikator og for at foreldre unngår helsestasjonen. Formålsglidning mot barnevernet vurdert som lav etter tiltak.

Innspill: Foreldrerådet i FAU-forum (03.11.2026) og Ungdomsrådet (04.11.2026) ble orientert; begge ba om åpen informasjon om hvilke indikatorer som brukes. PPT og helsestasjonen har deltatt i arbeidet."""
    decision = "Ledergruppen godkjenner vurderingen og aksepterer restrisikoen forutsatt forhåndsdrøftelse med Datatilsynet."
    scan = ps.a_saerutskrift(A2, "10.11.2026", "63/26", points, decision)
    body = _a_mail(
        "Vestvik kommune ber om forhåndsdrøftelse av «Tidlig innsats». Vedlagt:", encl, "26/1511"
    )
    msg = message(
        "F022",
        ps.A_SENDER,
        "Anmodning om forhåndsdrøftelse – «Tidlig innsats»",
        when(11, 25, 14, 20),
        body,
        attachments=[
            ("Anmodning forhåndsdrøftelse Tidlig innsats.pdf", letter),
            ("DPIA Tidlig innsats v1.1.docx", dpia),
            ("Særutskrift sak 63-26.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            *A_SHAPES,
            "thin_heading_restated",
            "part5_scanned_minutes",
            "scanned_pdf",
            "risk_table_in_document",
        ),
        "pgp_mime",
        True,
        "used",
        "section 3 only «Kommunen har vurdert at behandlingen er nødvendig og forholdsmessig.»",
        (3,),
    )


def f042() -> Case:
    """Not a request: a question whether Copilot needs prior consultation."""
    body = txt("""
        Hei,

        Vestvik kommune vurderer å ta i bruk Microsoft 365 Copilot for saksbehandlere i NAV-kontoret og i barneverntjenesten, blant annet til å oppsummere saksdokumenter og lage utkast til vedtak. Vi har ikke startet på vurderingen av personvernkonsekvenser ennå.

        Vi lurer på:
        1. Er dette en behandling som typisk krever forhåndsdrøftelse, eller holder det med en DPIA?
        2. Kjenner dere til andre kommuner som har sendt inn noe tilsvarende?
        3. Kan vi eventuelt få et veiledningsmøte i januar?

        På forhånd takk.

        Vennlig hilsen
        Bård Eide
        digitaliseringsrådgiver, Vestvik kommune
        56 30 10 52
    """)
    msg = message(
        "F042",
        "Bård Eide <bard.eide@vestvik.kommune.no>",
        "Spørsmål om forhåndsdrøftelse – Copilot i saksbehandlingen",
        when(12, 2, 11, 5),
        body,
    )
    return msg, Label(
        "nb",
        ("municipality", "all_in_body", "nonrequest_question"),
        "none",
        False,
        "unspecified",
        "question whether Copilot needs prior consultation; no DPIA; asks for a guidance meeting",
    )


# ------------------------------------------------------------------------------------------
# B  Fjellnett Kraft AS
# ------------------------------------------------------------------------------------------

B_SHAPES = ("power_grid", "dpo_external_firm")
B_RISK_HEAD = ("Risiko", "Sannsyn", "Konsekvens", "Tiltak")


def f003() -> Case:
    """B1 all in a short nynorsk mail: every part short but real."""
    body = (
        txt(f"""
        Hei.

        Fjellnett Kraft AS ber om førehandsdrøfting etter art. 36 i personvernforordninga. Vi har gjort ei DPIA, og restrisikoen er framleis høg for to av risikoane. Alt de treng, står nedanfor; DPIA-en i full lengd kan vi sende om de ønskjer.

        KONTAKT
        Kontaktperson: Eirik Hovland, fagleiar måling, 957 12 348, eirik.hovland@fjellnett.no
        Personvernombod: Marte Sæbø, Lid & Sæbø Advokatfirma AS, 57 67 21 00, marte@lidsaebo.no
        Databehandlar: Nettsky Analyse AS, Gunnar Tveit, 412 55 983, gunnar.tveit@nettsky.no

        KVA VI SKAL GJERE
        {B1.desc_short}

        KVIFOR
        {B1.nec_short}

        RISIKO ETTER TILTAK
        """)
        + text_table([B_RISK_HEAD, *B1.risks_short])
        + txt("""
        Høg restrisiko står att for feil mistanke og for kvartersdata på avvegar.

        GODKJENT
        Leiargruppa gjekk gjennom DPIA-en 28.10.2026 (sak 41/26) og godkjende ho med restrisikoen over.
        """)
        + "\n"
        + ps.b_signature(ps.B_HOVLAND)
    )
    msg = message(
        "F003",
        ps.B_SENDER_HOVLAND,
        "Førehandsdrøfting – analyse av straumdata per kvarter (AMS)",
        when(11, 4, 7, 58),
        body,
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "all_in_body",
            "headings_caps_in_body",
            "short_description",
            "short_necessity",
            "short_risk_table",
            "short_validation_line",
            "plain_text_table",
        ),
        "inline",
        True,
        "used",
        "complete; the whole request in a short body, every part in a few words but with substance",
    )


def f023() -> Case:
    """B2 in the body: the description points to an appendix that was not sent; management 'informed'."""
    body = (
        txt(f"""
        Til Datatilsynet

        Vi ønskjer førehandsdrøfting av droneinspeksjonane våre av kraftlinjer, sjå under.

        KONTAKT
        Ragnhild Vik, leiar linjeavdelinga, 916 40 552, ragnhild.vik@fjellnett.no
        Personvernombod: Marte Sæbø, Lid & Sæbø Advokatfirma AS, 57 67 21 00, marte@lidsaebo.no
        Vi har ingen databehandlar i dette prosjektet.

        SKILDRING AV HANDSAMINGA
        Sjå vedlegg 1 (prosjektskildring droneprogrammet).

        NAUDSYN
        {B2.nec_short}

        RISIKO
        """)
        + text_table([B_RISK_HEAD, *B2.risks])
        + "\n"
        + B2.not_taken
        + "\n\n"
        + txt("""
        GODKJENNING
        Leiinga er orientert.
        """)
        + "\n"
        + ps.b_signature(ps.B_VIK)
    )
    msg = message(
        "F023",
        ps.B_SENDER_VIK,
        "Førespurnad om førehandsdrøfting: droneinspeksjon",
        when(11, 12, 15, 40),
        body,
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "all_in_body",
            "headings_caps_in_body",
            "short_necessity",
            "thin_missing_attachment",
            "thin_assurance",
            "processor_none_stated",
            "plain_text_table",
        ),
        "none",
        True,
        "none",
        "description only «Sjå vedlegg 1», no attachment; approval only «Leiinga er orientert.»; necessity short but real",
        (2, 5),
    )


def f043() -> Case:
    """Not a request: the company's newsletter, which mentions the prior consultation."""
    text = txt("""
        NYHEITSBREV FRÅ FJELLNETT – NOVEMBER 2026

        Ny nettleige frå 1. januar
        Frå nyttår endrar vi kapasitetsledda i nettleiga. Dei fleste hushald får om lag same pris som i år, men dei som har mange høge effekttoppar, betaler litt meir. Sjå kalkulatoren på Min side.

        Fleksibilitetsavtale kjem i 2027
        Vi førebur ei frivillig teneste der kundar kan la oss styre varmtvassberedar og elbillading i timar med lite last. Fordi tenesta nyttar detaljerte forbruksdata, har vi bede Datatilsynet om førehandsdrøfting før vi startar. Du vil få vite meir når tenesta er klar.

        Vintertips
        Lad elbilen om natta og unngå å køyre tørketrommel og oppvaskmaskin samtidig i morgontimane.

        Straumbrot? Meld frå på fjellnett.no/straumbrot eller ring 57 67 40 00.

        Du får dette nyheitsbrevet fordi du er kunde eller samarbeidspartnar. Meld deg av her: fjellnett.no/avmeld
    """)
    html = html_from_text(text)
    msg = message(
        "F043",
        "Fjellnett Kraft <nyheitsbrev@fjellnett.no>",
        "Nyheitsbrev frå Fjellnett – november 2026",
        when(11, 20, 6, 0),
        text,
        html,
        headers={"List-Unsubscribe": "<https://fjellnett.no/avmeld>", "Precedence": "bulk"},
    )
    return msg, Label(
        "nn",
        ("power_grid", "nonrequest_newsletter", "mentions_prior_consultation", "html_alternative"),
        "none",
        False,
        "unspecified",
        "newsletter; mentions that a prior consultation has been requested",
    )


def f004() -> Case:
    """B1 in the body, numbered like the authority's list; part 5 is an assurance only."""
    body = (
        txt("""
        Hei,

        Her er førespurnaden vår om førehandsdrøfting for analyse av AMS-data. Vi har prøvd å få med alt de ber om på nettsida.

        1 KONTAKTAR
        Kontakt hos oss: Eirik Hovland (fagleiar måling), tlf 957 12 348, eirik.hovland@fjellnett.no
        Personvernombod: Marte Sæbø hos Lid & Sæbø Advokatfirma AS, tlf 57 67 21 00, marte@lidsaebo.no
        Databehandlar Nettsky Analyse AS: Gunnar Tveit, tlf 412 55 983, gunnar.tveit@nettsky.no

        2 SKILDRING
        """)
        + B1.desc.strip()
        + "\n\n3 NAUDSYN OG PROPORSJONALITET\n"
        + B1.nec_short
        + "\n\n4 RISIKOVURDERING\n"
        + text_table([B_RISK_HEAD, *B1.risks])
        + B1.not_taken
        + "\n\n"
        + txt("""
        5 LEIINGA SI VALIDERING
        Leiinga stiller seg bak vurderinga og ønskjer å gå vidare.
        """)
        + "\n"
        + ps.b_signature(ps.B_HOVLAND)
    )
    msg = message(
        "F004", ps.B_SENDER_HOVLAND, "Førehandsdrøfting AMS-analyse", when(11, 2, 14, 12), body
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "all_in_body",
            "headings_numbered_in_body",
            "short_necessity",
            "thin_assurance",
            "plain_text_table",
        ),
        "inline",
        True,
        "used",
        "part 5 only «Leiinga stiller seg bak vurderinga og ønskjer å gå vidare.»",
        (5,),
    )


def f024() -> Case:
    """B2: necessity short, approval one dated line naming the board; risk in an ODT."""
    odt = ps.b_odt(
        "Risikovurdering – droneinspeksjon av kraftlinjer",
        [
            (
                "Risiko for dei registrerte etter tiltak",
                ps.rows_markup(B_RISK_HEAD, list(B2.risks)),
            ),
            ("Tiltak som ikkje er gjennomførte", B2.not_taken),
        ],
        "Fjellnett Kraft AS, linjeavdelinga. Del av DPIA for droneprogrammet, versjon 1.1.",
    )
    body = (
        txt("""
        Til Datatilsynet

        Fjellnett Kraft AS ber om førehandsdrøfting for inspeksjon av kraftlinjer med drone.

        KONTAKT
        Ragnhild Vik, leiar linjeavdelinga, 916 40 552, ragnhild.vik@fjellnett.no
        Personvernombod: Marte Sæbø (Lid & Sæbø Advokatfirma AS), 57 67 21 00, marte@lidsaebo.no
        Databehandlar: ingen, vi flyg og lagrar sjølve.

        KVA VI GJER
        """)
        + B2.desc.strip()
        + "\n\nKVIFOR\n"
        + B2.nec_short
        + "\n\n"
        + txt("""
        RISIKO
        Risikovurderinga ligg ved som ODT-fil.

        STYRET
        Styret gjekk gjennom DPIA-en 15.10.2026 (sak 22/2026) og slutta seg til konklusjonen og restrisikoen.
        """)
        + "\n"
        + ps.b_signature(ps.B_VIK)
    )
    msg = message(
        "F024",
        ps.B_SENDER_VIK,
        "Førehandsdrøfting – droneinspeksjon av kraftlinjer",
        when(11, 27, 12, 3),
        body,
        attachments=[("Risikovurdering droneinspeksjon.odt", odt)],
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "headings_caps_in_body",
            "risk_in_odt",
            "odt",
            "short_necessity",
            "short_validation_line",
            "processor_none_stated",
        ),
        "none",
        True,
        "none",
        "complete; necessity in three sentences with alternatives; approval one dated line naming the board",
    )


def f044() -> Case:
    """B1 resent as a full ODT DPIA after F004."""
    contacts = ps.rows_markup(
        ("Rolle", "Namn", "Telefon", "E-post"),
        [
            (
                "Kontaktperson",
                "Eirik Hovland, fagleiar måling",
                ps.B_HOVLAND.phone,
                ps.B_HOVLAND.email,
            ),
            (
                "Personvernombod",
                "Marte Sæbø, Lid & Sæbø Advokatfirma AS",
                ps.B_DPO.phone,
                ps.B_DPO.email,
            ),
            (
                "Databehandlar",
                "Gunnar Tveit, Nettsky Analyse AS",
                ps.B_NETTSKY.phone,
                ps.B_NETTSKY.email,
            ),
        ],
    )
    approval = """Leiargruppa handsama DPIA-en i møte 28.10.2026, sak 41/26. Eirik Hovland presenterte vurderinga, og personvernombodet la fram si fråsegn.

Funn som vart lagde fram: høg restrisiko for feil mistanke om tjuveri og for at kvartersdata om døgnrytme kjem på avvegar; dei andre risikoane er låge etter tiltak.

Innspel: kundepanelet vårt (8 kundar, møte 12.10.2026) bad om at fleksibilitetsavtalen aldri skal påverke nettleiga – dette er teke inn. Tillitsvalde i måleravdelinga var med i arbeidet.

Vedtak: Leiargruppa godkjenner DPIA-en og restrisikoen og ber om førehandsdrøfting hos Datatilsynet. Ola Brekke, adm. direktør (signert)."""
    odt = ps.b_odt(
        "Personvernkonsekvensvurdering (DPIA) – analyse av AMS-data",
        [
            ("Kven er involverte", contacts),
            ("Kva skal vi gjere", B1.desc),
            ("Kvifor er det naudsynt, og kvifor på denne måten", B1.nec),
            (
                "Kva kan gå gale",
                ps.rows_markup(B_RISK_HEAD, list(B1.risks)) + "\n\n" + B1.not_taken,
            ),
            ("Godkjenning", approval),
        ],
        "Fjellnett Kraft AS – versjon 1.2, 30.10.2026",
    )
    body = (
        txt("""
        Hei igjen,

        Vi sende førespurnad om førehandsdrøfting for AMS-analysen 2. november, men godkjenninga frå leiinga var ikkje skikkeleg dokumentert. Her er heile DPIA-en som ODT, med protokollen frå leiargruppa i siste kapittel. Kontaktinformasjonen står først i dokumentet.

    """)
        + "\n"
        + ps.b_signature(ps.B_HOVLAND)
    )
    msg = message(
        "F044",
        ps.B_SENDER_HOVLAND,
        "Førehandsdrøfting AMS-analyse – full DPIA",
        when(11, 16, 9, 25),
        body,
        attachments=[("DPIA AMS-analyse v1.2.odt", odt)],
    )
    return msg, Label(
        "nn",
        (
            *B_SHAPES,
            "dpia_odt",
            "odt",
            "contact_table_in_dpia",
            "part5_minutes_paragraph",
            "resubmission",
        ),
        "none",
        True,
        "used",
        "complete; full ODT DPIA, approval paragraph with findings, stakeholders and decision",
    )


# ------------------------------------------------------------------------------------------
# C  Skarvik Offshore Services AS
# ------------------------------------------------------------------------------------------

C_SHAPES = (
    "offshore_services",
    "dpia_pdf",
    "contact_table_in_dpia",
    "phone_foreign",
    "numbered_template_headings",
)


def _c_p1(processor) -> str:
    return ps.c_contacts(
        [
            ("Contact person", ps.C_MARSH, ""),
            ("Data Protection Officer", ps.C_DPO, ""),
            ("Processor", processor, ""),
        ]
    )


def _c_signoff(meeting: str, minute: str, text: str) -> str:
    table = ps.rows_markup(
        ("Name", "Role", "Decision", "Date"),
        [
            ("Kjell Aarsheim", "Chief Executive Officer", "Approved", meeting),
            ("Helen Marsh", "HSE Director", "Approved", meeting),
            ("Anders Bø", "Data Protection Officer", "Advice given (Art. 39)", meeting),
        ],
    )
    return f"{text}\n\n{table}\n\nEMT minute {minute}."


C1_SIGNOFF = """The DPIA was presented to the Executive Management Team (EMT) on 22 October 2026 by the HSE Director and the DPO.

Findings presented: R1 (use of the score against employees) and R3 (feeling of constant surveillance) remain high after controls; the other risks are low or medium.

Stakeholders: the safety delegates and the unions (Industri Energi and SAFE) were consulted on 12 September 2026. Their condition that the score must never lead to disciplinary action or loss of pay is written into the agreement and into the controls. The offshore nurses were consulted on the split between supervisor view and health data.

Decision: the EMT approves the DPIA, accepts the residual risk pending prior consultation with Datatilsynet, and instructs the DPO to submit the request."""


def f005() -> Case:
    """C1 complete at length; EMT sign-off with findings, stakeholders, decision and a table."""
    pdf = ps.c_dpia(
        C1,
        "DPIA-2026-07",
        "23 October 2026",
        _c_p1(ps.C_VIGILO),
        C1.desc,
        C1.nec,
        ps.c_risks(C1.risks, C1.not_taken),
        _c_signoff("22.10.2026", "2026/38", C1_SIGNOFF),
        "2.0",
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Skarvik Offshore Services AS hereby requests prior consultation under Article 36 GDPR concerning fatigue monitoring wearables for our offshore crews. Our DPIA concludes that two risks remain high after mitigation (section 4).

        Attached:
        - DPIA-2026-07 Fatigue monitoring, version 2.0 (PDF)

        Contact details for us, our DPO and our processor are in section 1 of the DPIA.

    """)
        + "\n"
        + ps.C_SIGNATURE
    )
    msg = message(
        "F005",
        ps.C_SENDER,
        "Request for prior consultation (GDPR Art. 36) – fatigue monitoring wearables",
        when(11, 5, 9, 12),
        body,
        attachments=[("DPIA-2026-07 Fatigue monitoring v2.0.pdf", pdf)],
    )
    return msg, Label(
        "en",
        (*C_SHAPES, "part5_signoff_table", "risk_table_in_document", "disclaimer_footer"),
        "pgp_mime",
        True,
        "used",
        "complete; long parts; EMT sign-off",
    )


C2_SIGNOFF_SHORT = "Reviewed and approved by the Skarvik Executive Management Team on 29 October 2026 (EMT minute 2026/41)."


def f025() -> Case:
    """C2: the risk section is an assurance; necessity short but real."""
    pdf = ps.c_dpia(
        C2,
        "DPIA-2026-09",
        "30 October 2026",
        _c_p1(ps.C_NORDLAB),
        C2.desc_short,
        C2.nec_short,
        "The risks have been assessed and found acceptable in view of the safeguards described in section 3.",
        C2_SIGNOFF_SHORT,
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Please find attached our request for prior consultation on a programme of random drug and alcohol testing of offshore personnel. The DPIA (attached) contains the contact details, a description, the necessity assessment, the risk assessment and the management approval.

        We would be grateful for confirmation of receipt.

    """)
        + "\n"
        + ps.C_SIGNATURE
    )
    msg = message(
        "F025",
        ps.C_SENDER,
        "Prior consultation request – drug and alcohol testing programme",
        when(11, 9, 13, 41),
        body,
        attachments=[("DPIA-2026-09 D&A testing v1.0.pdf", pdf)],
    )
    return msg, Label(
        "en",
        (
            *C_SHAPES,
            "short_description",
            "short_necessity",
            "short_validation_line",
            "thin_assurance",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "section 4 only «The risks have been assessed and found acceptable…»; cover mail claims a risk assessment",
        (4,),
    )


def f045() -> Case:
    """C2 resent with a real risk section; necessity and sign-off short but real."""
    pdf = ps.c_dpia(
        C2,
        "DPIA-2026-09",
        "20 November 2026",
        _c_p1(ps.C_NORDLAB),
        C2.desc_short,
        C2.nec_short,
        ps.c_risks(C2.risks, C2.not_taken),
        C2_SIGNOFF_SHORT,
        "1.1",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Further to our e-mail of 9 November, please find attached version 1.1 of the DPIA for our drug and alcohol testing programme. Section 4 now contains the full risk assessment; the rest is unchanged. This version replaces version 1.0.

    """)
        + "\n"
        + ps.C_SIGNATURE
    )
    msg = message(
        "F045",
        ps.C_SENDER,
        "RE: Prior consultation request – drug and alcohol testing programme (DPIA v1.1)",
        when(11, 24, 10, 2),
        body,
        attachments=[("DPIA-2026-09 D&A testing v1.1.pdf", pdf)],
    )
    return msg, Label(
        "en",
        (
            *C_SHAPES,
            "short_description",
            "short_necessity",
            "short_validation_line",
            "resubmission",
            "risk_table_in_document",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; resends F025 with the risk table; description one paragraph; necessity three sentences; sign-off one dated line",
    )


C2_SIGNOFF = """The DPIA and the risk register were presented to the EMT on 29 October 2026 by the HSE Director and the company physician.

Findings: false positives affecting employment (R2) remain high; other risks are low after controls.

Stakeholders: the policy was negotiated with the main safety delegate and the unions (meetings 2 and 16 October 2026); their request that HR only learns "fit/unfit" is implemented. Operators Equinor and Aker BP were informed of the programme.

Decision: approved; the residual risk R2 is accepted pending prior consultation."""


def f006() -> Case:
    """C2 complete, the risk assessment in a separate Excel register."""
    register = to_xlsx(
        {
            "Risk register": [
                ["ID", "Risk", "Likelihood", "Severity", "Controls", "Owner"],
                *[
                    [f"R{i}", r, lk, sv, m, "HSE Director"]
                    for i, (r, lk, sv, m) in enumerate(C2.risks, 1)
                ],
            ],
            "Not implemented": [
                ["Measure", "Reason"],
                [
                    "Independent third-party selection at the heliport",
                    "Cost and logistics; to be revisited in 2027",
                ],
            ],
        }
    )
    pdf = ps.c_dpia(
        C2,
        "DPIA-2026-09",
        "30 October 2026",
        _c_p1(ps.C_NORDLAB),
        C2.desc,
        C2.nec,
        "The risk assessment is kept in the attached risk register (DPIA-2026-09 Risk register.xlsx). Summary: five risks identified; R2 (false positives) remains high after controls; all others low.",
        _c_signoff("29.10.2026", "2026/41", C2_SIGNOFF),
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Skarvik Offshore Services AS requests prior consultation under Article 36 GDPR for a random drug and alcohol testing programme for offshore personnel.

        Attachments:
        1. DPIA-2026-09 (PDF) – contacts, description, necessity and proportionality, management sign-off
        2. DPIA-2026-09 Risk register (Excel)

    """)
        + "\n"
        + ps.C_SIGNATURE
    )
    msg = message(
        "F006",
        ps.C_SENDER,
        "Art. 36 prior consultation – random drug and alcohol testing",
        when(11, 3, 15, 20),
        body,
        attachments=[
            ("DPIA-2026-09 D&A testing.pdf", pdf),
            ("DPIA-2026-09 Risk register.xlsx", register),
        ],
    )
    return msg, Label(
        "en",
        (*C_SHAPES, "risk_xlsx", "part5_signoff_table", "disclaimer_footer"),
        "pgp_mime",
        True,
        "used",
        "complete; risk in an Excel register",
    )


def f026() -> Case:
    """C1: the description points to an appendix not sent; risk section says who will write it."""
    minutes = to_pdf(
        """
# Appendix B – Consultation with employee representatives

~ Meeting 12 September 2026, Forus
~ Present: Helen Marsh (HSE Director), Anders Bø (DPO), main safety delegate Rune Tjelta, Industri Energi (2), SAFE (1)

The union representatives accepted a trial of the fatigue band on the condition that the score is never used for disciplinary action, loss of pay or rotation decisions. They asked that supervisors see only the colour and that the band can be taken off outside the rest period. Both points were agreed.

Next meeting: after the first three months of use.
""",
        title="Appendix B",
    )
    pdf = ps.c_dpia(
        C1,
        "DPIA-2026-07",
        "4 November 2026",
        _c_p1(ps.C_VIGILO),
        "See Appendix A – Process description (Vigilo Band deployment).",
        C1.nec,
        "To be completed by the HSE manager before go-live.",
        "Approved by the EMT on 5 November 2026 (EMT minute 2026/43).",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        We request prior consultation regarding the use of fatigue monitoring wearables for offshore crews. Please find the DPIA and Appendix B attached.

    """)
        + "\n"
        + ps.C_SIGNATURE
    )
    msg = message(
        "F026",
        ps.C_SENDER,
        "Prior consultation – fatigue monitoring (DPIA-2026-07)",
        when(11, 6, 11, 18),
        body,
        attachments=[
            ("DPIA-2026-07 Fatigue monitoring.pdf", pdf),
            ("Appendix B - union consultation.pdf", minutes),
        ],
    )
    return msg, Label(
        "en",
        (
            *C_SHAPES,
            "thin_missing_attachment",
            "thin_who_will_write",
            "short_validation_line",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "description only «See Appendix A» (only Appendix B sent); risk «To be completed by the HSE manager before go-live»",
        (2, 4),
    )


def f046() -> Case:
    """C1 resent with a one-paragraph description and a three-row risk table."""
    pdf = ps.c_dpia(
        C1,
        "DPIA-2026-07",
        "26 November 2026",
        _c_p1(ps.C_VIGILO),
        C1.desc_short,
        C1.nec,
        ps.c_risks(C1.risks_short),
        _c_signoff(
            "26.11.2026",
            "2026/46",
            "The EMT reviewed version 1.1 with the completed description and risk assessment on 26 November 2026. Residual risk of employees feeling watched is high and accepted pending prior consultation; union input from 12 September 2026 is reflected in the controls.",
        ),
        "1.1",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Further to our submission of 6 November, sections 2 and 4 of the DPIA on fatigue monitoring have now been completed. Version 1.1 is attached and replaces the earlier version.

    """)
        + "\n"
        + ps.C_SIGNATURE
    )
    msg = message(
        "F046",
        ps.C_SENDER,
        "Prior consultation – fatigue monitoring – updated DPIA v1.1",
        when(11, 27, 8, 55),
        body,
        attachments=[("DPIA-2026-07 Fatigue monitoring v1.1.pdf", pdf)],
    )
    return msg, Label(
        "en",
        (
            *C_SHAPES,
            "short_description",
            "short_risk_table",
            "part5_signoff_table",
            "resubmission",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; resends F026; description one paragraph, risk three rows",
    )


# ------------------------------------------------------------------------------------------
# D  Midtbyen Parkering AS
# ------------------------------------------------------------------------------------------

D_SHAPES = ("parking_operator", "contact_label_lines", "dpo_external_firm", "dpia_docx")


def _d_approval_eml(cid: str, topic_title: str, date: str, text: str) -> EmailMessage:
    inner = message(
        cid + "-godkjenning",
        "Rune Storvik <rune.storvik@midtbyen-parkering.no>",
        f"Godkjenning: DPIA {topic_title}",
        date,
        text,
        to="Camilla Aune <camilla.aune@midtbyen-parkering.no>",
    )
    return inner


D1_APPROVAL = txt("""
    Hei Camilla.

    Jeg har gått gjennom DPIA-en for billettløs parkering (versjon 3) og risikoregisteret sammen med styreleder Åse Gran i styremøtet 4. november. Vi er enige i funnene: høyest restrisiko er utlevering til politiet og kartlegging av bevegelser.

    Vi har tatt med innspillene fra Trondheim kommune som grunneier på Brattøra og fra tillitsvalgt for parkeringsvaktene, og Skiltdata har bekreftet at 48-timers sletting er satt opp.

    Jeg godkjenner vurderingen på vegne av ledelsen, og styret støtter at vi ber Datatilsynet om forhåndsdrøftelse.

    Rune
    daglig leder
""")

D2_APPROVAL = txt("""
    Hei.

    Styret og jeg gikk gjennom vurderingen av kroppskamera og risikoene i styremøtet 18. november. Funnene er greit oppsummert: størst risiko for forbipasserende og for at opptak brukes mot vaktene.

    Tillitsvalgt Jon Rye har vært med hele veien og står bak avtalen om at opptak ikke brukes i personalsaker. Vi har også hørt med politiet i Trøndelag om utlevering.

    Vurderingen er godkjent. Send den til Datatilsynet.

    Rune Storvik
    daglig leder, Midtbyen Parkering AS
""")


def _d_body(intro: str, contacts: str, enclosures: str) -> str:
    return f"Hei,\n\n{intro}\n\n{contacts}\n\n{enclosures}\n\n" + ps.D_SIGNATURE


def f007() -> Case:
    """D1 complete; risk register in Excel, approval as the MD's forwarded e-mail."""
    docx = ps.d_docx(
        D1,
        D1.desc,
        D1.nec,
        "Se vedlagt risikoregister (Excel). Høyest restrisiko: utlevering til politiet (R3) og kartlegging av bevegelser (R1).",
        "Daglig leders godkjenning etter gjennomgang i styremøtet er vedlagt (videresendt e-post).",
    )
    contacts = ps.d_contact_lines(ps.D_AUNE, ps.D_DPO, ps.D_SKILT)
    body = _d_body(
        "Midtbyen Parkering AS ber om forhåndsdrøftelse for billettløs parkering med skiltgjenkjenning i våre anlegg i Trondheim.",
        contacts,
        "Vedlagt: beskrivelse og vurdering (Word), risikoregister (Excel) og daglig leders godkjenning (e-post).",
    )
    fwd = _d_approval_eml("FD1", "billettløs parkering", when(11, 4, 16, 2), D1_APPROVAL)
    msg = message(
        "F007",
        ps.D_SENDER,
        "Forhåndsdrøftelse – billettløs parkering med skiltgjenkjenning",
        when(11, 6, 10, 33),
        body,
        attachments=[
            ("Billettløs parkering - beskrivelse og vurdering.docx", docx),
            ("Risikoregister billettløs parkering.xlsx", ps.d_register(D1.risks, D1.not_taken)),
        ],
        forwarded=("Godkjenning DPIA billettløs parkering.eml", fwd),
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "risk_xlsx", "part5_email_forwarded", "forwarded_rfc822"),
        "none",
        True,
        "used",
        "complete; risk register XLSX; approval the MD's e-mail forwarded as .eml",
    )


def f027() -> Case:
    """Not a request: a follow-up to a breach notification."""
    body = (
        txt("""
        Hei,

        Vi viser til avviksmelding sendt i Altinn i dag (AR-2026-118843).

        Kort oppsummert: Ved en feil i flettingen hos vår leverandør Skiltdata AS ble 212 fakturaer for parkering 14.–16. november sendt til feil bileier. Fakturaene inneholdt registreringsnummer, tidspunkt, anlegg og et bilde av bilens front. Feilen ble oppdaget 18. november da flere mottakere tok kontakt.

        Vi har stanset utsendingen, sendt nye fakturaer til riktige mottakere og skrevet til de 212 mottakerne med beskjed om å slette brevet. Tidslinje og tiltak ettersendes innen fristen.

        Kontaktperson for avviket er undertegnede.

    """)
        + "\n"
        + ps.D_SIGNATURE
    )
    msg = message(
        "F027",
        ps.D_SENDER,
        "Avvik – fakturaer sendt til feil bileier (Altinn AR-2026-118843)",
        when(11, 19, 17, 45),
        body,
    )
    return msg, Label(
        "nb",
        ("parking_operator", "all_in_body", "nonrequest_breach_followup"),
        "none",
        False,
        "used",
        "breach notification follow-up; not a prior consultation",
    )


def f047() -> Case:
    """D2 where the approval section says who will look at it."""
    docx = ps.d_docx(
        D2,
        D2.desc,
        D2.nec,
        "Se risikoregisteret i Excel-filen.",
        "Rune (daglig leder) ser på dette når han er tilbake fra ferie 20. november.",
    )
    contacts = ps.d_contact_lines(ps.D_AUNE, ps.D_DPO, ps.D_VAKT)
    body = _d_body(
        "Vi ber om forhåndsdrøftelse for bruk av kroppskamera hos parkeringsvaktene våre.",
        contacts,
        "Beskrivelse og vurdering ligger i Word-dokumentet, risikoene i Excel-arket.",
    )
    msg = message(
        "F047",
        ps.D_SENDER,
        "Forhåndsdrøftelse kroppskamera parkeringsvakter",
        when(11, 13, 9, 17),
        body,
        attachments=[
            ("Kroppskamera - beskrivelse og vurdering.docx", docx),
            ("Risikoregister kroppskamera.xlsx", ps.d_register(D2.risks, D2.not_taken)),
        ],
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "risk_xlsx", "thin_who_will_write"),
        "none",
        True,
        "used",
        "«Godkjenning»: «Rune (daglig leder) ser på dette når han er tilbake fra ferie 20. november.»",
        (5,),
    )


def f008() -> Case:
    """D2 with necessity in three sentences and a three-row risk table in the Word file."""
    docx = ps.d_docx(
        D2,
        D2.desc,
        D2.nec_short,
        ps.rows_markup(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), list(D2.risks_short)),
        "Daglig leders godkjenning er vedlagt som e-post.",
    )
    contacts = ps.d_contact_lines(ps.D_AUNE, ps.D_DPO, ps.D_VAKT)
    body = _d_body(
        "Vedlagt er vår anmodning om forhåndsdrøftelse for kroppskamera til parkeringsvakter.",
        contacts,
        "Vedlegg: beskrivelse og vurdering (Word) og godkjenningen fra daglig leder.",
    )
    fwd = _d_approval_eml("FD2", "kroppskamera", when(11, 18, 20, 41), D2_APPROVAL)
    msg = message(
        "F008",
        ps.D_SENDER,
        "Anmodning om forhåndsdrøftelse – kroppskamera",
        when(11, 20, 8, 12),
        body,
        attachments=[("Kroppskamera parkeringsvakter.docx", docx)],
        forwarded=("Godkjenning kroppskamera.eml", fwd),
    )
    return msg, Label(
        "nb",
        (
            *D_SHAPES,
            "short_necessity",
            "short_risk_table",
            "part5_email_forwarded",
            "forwarded_rfc822",
        ),
        "none",
        True,
        "used",
        "complete; necessity two sentences weighing continuous recording and other measures; risk three rows",
    )


def f028() -> Case:
    """D1 where the DPO is only a pointer to the privacy notice."""
    docx = ps.d_docx(
        D1,
        D1.desc,
        D1.nec,
        "Se vedlagt risikoregister.",
        "Godkjent av daglig leder, se vedlagt e-post.",
    )
    contacts = ps.d_contact_lines(
        ps.D_AUNE, "se personvernerklæringen på midtbyen-parkering.no", ps.D_SKILT
    )
    body = _d_body(
        "Midtbyen Parkering AS ber om forhåndsdrøftelse for billettløs parkering med skiltgjenkjenning.",
        contacts,
        "Vedlagt: beskrivelse og vurdering, risikoregister og godkjenning.",
    )
    fwd = _d_approval_eml("FD1", "billettløs parkering", when(11, 4, 16, 2), D1_APPROVAL)
    msg = message(
        "F028",
        ps.D_SENDER,
        "Forhåndsdrøftelse – skiltgjenkjenning / billettløs parkering",
        when(11, 12, 13, 26),
        body,
        attachments=[
            ("Billettløs parkering - vurdering.docx", docx),
            ("Risikoregister.xlsx", ps.d_register(D1.risks, D1.not_taken)),
        ],
        forwarded=("Godkjenning DPIA.eml", fwd),
    )
    return msg, Label(
        "nb",
        (
            *D_SHAPES,
            "risk_xlsx",
            "part5_email_forwarded",
            "forwarded_rfc822",
            "thin_pointer_elsewhere",
            "p1_dpo_missing",
        ),
        "none",
        True,
        "used",
        "DPO only «se personvernerklæringen på midtbyen-parkering.no»",
        (1,),
    )


def f048() -> Case:
    """D1 resent with the DPO's details."""
    docx = ps.d_docx(
        D1,
        D1.desc,
        D1.nec,
        "Se vedlagt risikoregister.",
        "Godkjent av daglig leder etter gjennomgang i styremøtet 4. november, se vedlagt e-post.",
    )
    contacts = ps.d_contact_lines(ps.D_AUNE, ps.D_DPO, ps.D_SKILT)
    body = _d_body(
        "Vi viser til vår e-post 12. november om billettløs parkering. Kontaktopplysningene til personvernombudet manglet; de står nå under. Alle vedlegg sendes på nytt.",
        contacts,
        "Vedlegg: beskrivelse og vurdering, risikoregister, godkjenning fra daglig leder.",
    )
    fwd = _d_approval_eml("FD1", "billettløs parkering", when(11, 4, 16, 2), D1_APPROVAL)
    msg = message(
        "F048",
        ps.D_SENDER,
        "SV: Forhåndsdrøftelse – skiltgjenkjenning / billettløs parkering",
        when(11, 23, 9, 4),
        body,
        attachments=[
            ("Billettløs parkering - vurdering.docx", docx),
            ("Risikoregister.xlsx", ps.d_register(D1.risks, D1.not_taken)),
        ],
        forwarded=("Godkjenning DPIA.eml", fwd),
    )
    return msg, Label(
        "nb",
        (*D_SHAPES, "risk_xlsx", "part5_email_forwarded", "forwarded_rfc822", "resubmission"),
        "none",
        True,
        "used",
        "complete; resends F028 with the DPO",
    )


# ------------------------------------------------------------------------------------------
# E  Klinikk Nordlys AS
# ------------------------------------------------------------------------------------------

E_SHAPES = (
    "private_clinic",
    "html_only_body",
    "contact_html_table",
    "dpia_pdf",
    "headings_question",
    "phone_foreign",
)


def _e_rows(processor) -> list[tuple[str, str, str, str]]:
    return [
        (
            "Kontaktperson",
            f"{ps.E_PEDERSEN.name}, {ps.E_PEDERSEN.role}",
            ps.E_PEDERSEN.phone,
            ps.E_PEDERSEN.email,
        ),
        ("Personvernombud", ps.E_DPO.name, ps.E_DPO.phone, ps.E_DPO.email),
        (
            f"Databehandler ({processor.org})",
            f"{processor.name}, {processor.role}",
            processor.phone,
            processor.email,
        ),
    ]


def _e_html(before: str, rows: list[tuple[str, str, str, str]], after: str) -> str:
    markup = (
        before.strip()
        + "\n\n"
        + ps.e_contact_table(rows)
        + "\n\n"
        + after.strip()
        + "\n\n~ "
        + ps.E_SIGNATURE_TEXT.replace("\n", "\n~ ")
    )
    return to_html(markup)


E1_SCAN_BODY = """Kvalitetsleder la fram DPIA for KI-støttet vurdering av hudbilder. Hovedfunn: lav sannsynlighet, men høy konsekvens for falske negative; risiko for dårligere treff på mørk hud er middels; bildene får ingen identitet hos leverandøren.

Brukerutvalget (møte 27.10.2026) støttet tiltaket under forutsetning av at pasienten kan reservere seg. Hudlegene ønsket månedlig kontroll av treffsikkerheten. Begge innspill er tatt inn.

Vedtak: Ledermøtet godkjenner vurderingen av personvernkonsekvenser og restrisikoen, og ber om forhåndsdrøftelse med Datatilsynet."""


def f009() -> Case:
    """E1: description one paragraph, three-row risk table; approval as a scanned page."""
    pdf = ps.e_pdf(
        E1,
        E1.desc_short,
        E1.nec,
        ps.e_risks(E1.risks_short),
        "Vurderingen ble godkjent i ledermøtet 2. november 2026, sak 88/26. Referatet er vedlagt.",
    )
    scan = ps.e_approval_scan(E1, "2. november 2026", "88/26", E1_SCAN_BODY)
    html = _e_html(
        "Til Datatilsynet\n\nKlinikk Nordlys AS ber om forhåndsdrøftelse for KI-støttet vurdering av hudbilder i pasientappen vår. Vurderingen av personvernkonsekvenser og referatet fra ledermøtet ligger vedlagt.\n\nKontaktinformasjon:",
        _e_rows(ps.E_DERMA),
        "Vi svarer gjerne på spørsmål.",
    )
    msg = message(
        "F009",
        ps.E_SENDER,
        "Anmodning om forhåndsdrøftelse – KI-vurdering av hudbilder",
        when(11, 5, 14, 7),
        html=html,
        attachments=[
            ("DPIA KI hudbilder.pdf", pdf),
            ("Referat ledermøte 02.11.2026 sak 88-26.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "short_description",
            "short_risk_table",
            "part5_scanned_minutes",
            "scanned_pdf",
        ),
        "none",
        True,
        "used",
        "complete; description one paragraph; risk three rows; approval scanned",
    )


E2_SCAN_BODY = """Kvalitetsleder og personvernombud la fram vurderingen av opptak av videokonsultasjoner. Funn: størst risiko for at pasienter føler seg presset til å samtykke og for at opptak kommer på avveie; begge er redusert, men presset kan ikke fjernes helt.

Innspill fra LIS-legene og veilederne (november 2026) og fra brukerutvalget (som ba om at samtykke spørres i innkallingen, ikke av legen alene) er tatt inn.

Vedtak: Vurderingen godkjennes, og klinikken ber om forhåndsdrøftelse."""


def f029() -> Case:
    """E2 with a necessity that restates itself and a risk section pointing to a file not sent."""
    pdf = ps.e_pdf(
        E2,
        E2.desc,
        "Behandlingen er nødvendig for å oppnå formålet.",
        "Se vedlagt risikovurdering.",
        "Godkjent i ledermøtet 2. november 2026, sak 89/26 – referat vedlagt.",
    )
    scan = ps.e_approval_scan(E2, "2. november 2026", "89/26", E2_SCAN_BODY)
    html = _e_html(
        "Hei,\n\nVedlagt følger anmodning om forhåndsdrøftelse for opptak av videokonsultasjoner, med personvernkonsekvensvurdering og referat fra ledermøtet.\n\nKontaktpersoner:",
        _e_rows(ps.E_KONSULTIO),
        "",
    )
    msg = message(
        "F029",
        ps.E_SENDER,
        "Forhåndsdrøftelse – opptak av videokonsultasjoner",
        when(11, 5, 15, 30),
        html=html,
        attachments=[
            ("DPIA opptak videokonsultasjoner.pdf", pdf),
            ("Referat ledermøte sak 89-26.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "thin_heading_restated",
            "thin_missing_attachment",
            "part5_scanned_minutes",
            "scanned_pdf",
        ),
        "none",
        True,
        "used",
        "necessity only «Behandlingen er nødvendig for å oppnå formålet.»; risk «Se vedlagt risikovurdering.» but no such file",
        (3, 4),
    )


def f049() -> Case:
    """E2 resent complete at length; approval scanned."""
    pdf = ps.e_pdf(
        E2,
        E2.desc,
        E2.nec,
        ps.e_risks(E2.risks, E2.not_taken),
        "Den oppdaterte vurderingen ble godkjent i ledermøtet 23. november 2026, sak 94/26. Referat vedlagt.",
    )
    scan = ps.e_approval_scan(E2, "23. november 2026", "94/26", E2_SCAN_BODY)
    html = _e_html(
        "Hei igjen,\n\nVi viser til anmodningen vår 5. november om opptak av videokonsultasjoner. Risikovurderingen kom ikke med, og kapitlet om nødvendighet var ikke ferdig. Her er den fullstendige vurderingen, godkjent på nytt av ledelsen.\n\nKontaktpersoner:",
        _e_rows(ps.E_KONSULTIO),
        "Denne versjonen erstatter den forrige.",
    )
    msg = message(
        "F049",
        ps.E_SENDER,
        "SV: Forhåndsdrøftelse – opptak av videokonsultasjoner (komplett)",
        when(11, 25, 12, 48),
        html=html,
        attachments=[
            ("DPIA opptak videokonsultasjoner v2.pdf", pdf),
            ("Referat ledermøte sak 94-26.pdf", scan),
        ],
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "part5_scanned_minutes",
            "scanned_pdf",
            "resubmission",
            "risk_table_in_document",
        ),
        "none",
        True,
        "used",
        "complete; resends F029 at length",
    )


def f010() -> Case:
    """Not a request: asks for a guidance meeting, with a draft DPIA attached."""
    pdf = ps.e_pdf(
        E1,
        E1.desc,
        E1.nec,
        ps.e_risks(E1.risks, E1.not_taken),
        "Ikke behandlet ennå.",
        status="Utkast 0.4",
    )
    html = _e_html(
        "Hei,\n\nKlinikk Nordlys AS planlegger å bruke en KI-modell til å sortere hudbilder som pasientene sender oss. Før vi går videre, ønsker vi et veiledningsmøte med Datatilsynet. Vi er usikre på om vi har vurdert risikoen for falske negative riktig, og om dette i det hele tatt er noe vi må be om forhåndsdrøftelse for. Et utkast til vurdering ligger ved, så dere ser hvor vi står.\n\nPasser det med et digitalt møte i desember?",
        _e_rows(ps.E_DERMA),
        "",
    )
    msg = message(
        "F010",
        ps.E_SENDER,
        "Ønske om veiledningsmøte – KI og hudbilder",
        when(10, 28, 10, 11),
        html=html,
        attachments=[("UTKAST DPIA KI hudbilder v0.4.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        ("private_clinic", "html_only_body", "nonrequest_guidance", "draft_dpia_attached"),
        "pgp_mime",
        False,
        "used",
        "asks for a guidance meeting and whether prior consultation is needed; draft DPIA attached",
    )


def f030() -> Case:
    """E1 whose mail says the approval is attached; it is not."""
    pdf = ps.e_pdf(E1, E1.desc, E1.nec, ps.e_risks(E1.risks, E1.not_taken), "Se eget vedlegg.")
    html = _e_html(
        "Til Datatilsynet\n\nVi ber om forhåndsdrøftelse for KI-støttet vurdering av hudbilder. Personvernkonsekvensvurderingen ligger vedlagt. Ledelsens godkjenning ligger også vedlagt.\n\nKontaktinformasjon:",
        _e_rows(ps.E_DERMA),
        "",
    )
    msg = message(
        "F030",
        ps.E_SENDER,
        "Anmodning om forhåndsdrøftelse: KI-støttet vurdering av hudbilder",
        when(11, 30, 13, 55),
        html=html,
        attachments=[("DPIA KI hudbilder v1.0.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (*E_SHAPES, "thin_missing_attachment", "risk_table_in_document"),
        "none",
        True,
        "used",
        "approval «ligger også vedlagt» / «Se eget vedlegg.», but only the DPIA is attached",
        (5,),
    )


def f050() -> Case:
    """E2 with necessity in three sentences and the approval as one dated line."""
    pdf = ps.e_pdf(
        E2,
        E2.desc,
        E2.nec_short,
        ps.e_risks(E2.risks_short),
        "Godkjent i klinikkledelsens møte 23.11.2026 (sak 94/26).",
    )
    html = _e_html(
        "Til Datatilsynet\n\nKlinikk Nordlys AS ber om forhåndsdrøftelse for opptak av videokonsultasjoner til veiledning og kvalitetssikring. Vurderingen ligger vedlagt.\n\nKontaktpersoner:",
        _e_rows(ps.E_KONSULTIO),
        "",
    )
    msg = message(
        "F050",
        ps.E_SENDER,
        "Forhåndsdrøftelse – opptak av videokonsultasjoner",
        when(11, 26, 9, 40),
        html=html,
        attachments=[("DPIA videokonsultasjoner.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            *E_SHAPES,
            "short_necessity",
            "short_risk_table",
            "short_validation_line",
            "risk_table_in_document",
        ),
        "none",
        True,
        "used",
        "complete; necessity three sentences weighing a supervisor in the room and audio only; risk three rows; approval one dated line",
    )
