# ruff: noqa: E501
"""Cases of senders F-J (museum, ferry operator, waste management, private school, English NGO):
one function per id, returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import kit
import personas as pp
from kit import Label, txt, when
from topics import ALL

Case = tuple[EmailMessage, Label]

OUTLOOK = {"X-Mailer": "Microsoft Outlook 16.0"}
GMAIL_LIKE = {"User-Agent": "Microsoft-MacOutlook/16.89"}


def label(
    lang: str,
    shapes: str,
    enc: str,
    proc: str,
    note: str,
    missing: tuple[int, ...] = (),
    request: bool = True,
) -> Label:
    return Label(lang, tuple(shapes.split()), enc, request, proc, note, missing)


# =================================================================================================
# F  Stiftelsen Hovland Industrimuseum – HTML mail with nested tables
# =================================================================================================

F_FROM = f"Jonas Rud <{pp.F_CONTACT.email}>"
F_CLOSING = [
    f"Med vennlig hilsen\n{pp.F_CONTACT.name}\nLeder for formidling og digitalisering\n{pp.F_ORG}\nTlf. {pp.F_CONTACT.phone}\n{pp.F_CONTACT.email}"
]


def _f_msg(
    cid: str,
    t_key: str,
    subject: str,
    date: str,
    intro: list[str],
    *,
    html_only: bool = False,
    dpo_email: bool = True,
    risk: str = "full",
    attachments: list[kit.Attachment] | None = None,
) -> EmailMessage:
    t = ALL[t_key]
    html = pp.f_html(t, intro, F_CLOSING, dpo_email=dpo_email, risk=risk)
    plain = None if html_only else pp.f_plain(t, intro, F_CLOSING, dpo_email=dpo_email, risk=risk)
    return kit.message(
        cid, F_FROM, subject, date, plain, html=html, attachments=attachments, headers=OUTLOOK
    )


def y011() -> Case:
    msg = _f_msg(
        "y011",
        "visitor",
        "Anmodning om forhåndsdrøftelse – besøksanalyse med kameraer",
        when(11, 6, 10, 20),
        [
            "Til Datatilsynet",
            "Stiftelsen Hovland Industrimuseum ber om forhåndsdrøftelse for besøksanalyse med kameraer i utstillingshallene. Vi har gjennomført en vurdering av personvernkonsekvenser og har ikke klart å redusere risikoen tilstrekkelig.",
            "Sammendraget av vurderingen står i tabellene under, ordnet slik museets mal for saksframlegg er bygget opp.",
        ],
        dpo_email=False,
    )
    return msg, label(
        "nb",
        "museum html_nested_tables html_with_plain_alternative headings_lettered contact_nested_table dpo_external risk_table part5_board_row p1_dpo_email_missing",
        "pgp_mime",
        "used",
        "part 1 missing: the DPO's nested table has name, role and phone but an empty E-post cell",
        (1,),
    )


def y031() -> Case:
    t = ALL["memory"]
    msg = _f_msg(
        "y031",
        "memory",
        "Forhåndsdrøftelse – Minnebanken (intervjuer med tidligere ansatte)",
        when(11, 19, 13, 55),
        [
            "Til Datatilsynet",
            f"Museet ønsker å publisere intervjuer med tidligere ansatte ved verket på nett. Fortellingene inneholder helseopplysninger, fagforeningsmedlemskap og opplysninger om etnisk opprinnelse. Vi ber om forhåndsdrøftelse for {t.short}.",
            "Vurderingen står under. Styreprotokollen er vedlagt som PDF.",
        ],
        attachments=[("Styreprotokoll 2026-10-24.pdf", pp.f_board_pdf(t))],
    )
    return msg, label(
        "nb",
        "museum html_nested_tables html_with_plain_alternative headings_lettered contact_nested_table dpo_external risk_table part5_board_row part5_protocol_separate",
        "none",
        "used",
        "complete; HTML mail with nested tables and plain alternative; board protocol PDF",
    )


def y051() -> Case:
    msg = _f_msg(
        "y051",
        "visitor",
        "SV: Anmodning om forhåndsdrøftelse – besøksanalyse med kameraer",
        when(11, 23, 9, 2),
        [
            "Til Datatilsynet",
            "Vi sender anmodningen om forhåndsdrøftelse for besøksanalysen på nytt, nå med full kontaktinformasjon for personvernombudet vårt. Resten er uendret.",
        ],
        html_only=True,
    )
    return msg, label(
        "nb",
        "museum html_nested_tables html_only_body headings_lettered contact_nested_table dpo_external risk_table part5_board_row resubmission_complete",
        "pgp_mime",
        "used",
        "complete; HTML-only resend after y011 with the DPO's e-mail filled in",
    )


def y012() -> Case:
    t = ALL["memory"]
    msg = _f_msg(
        "y012",
        "memory",
        "Anmodning om forhåndsdrøftelse: Minnebanken",
        when(11, 12, 14, 30),
        [
            "Hei,",
            f"Hovland Industrimuseum ber om forhåndsdrøftelse for {t.short}. Alt om saken står i tabellene nedenfor, inkludert styrets behandling 24. oktober.",
        ],
        html_only=True,
    )
    return msg, label(
        "nb",
        "museum html_nested_tables html_only_body headings_lettered contact_nested_table dpo_external risk_table part5_board_row",
        "pgp_mime",
        "used",
        "complete; HTML-only mail, every section an inner table; board decision as a row",
    )


def y032() -> Case:
    msg = _f_msg(
        "y032",
        "visitor",
        "Forhåndsdrøftelse – kamerabasert besøksanalyse",
        when(11, 30, 11, 18),
        [
            "Til Datatilsynet",
            "Vi ber om forhåndsdrøftelse for kamerabasert besøksanalyse i utstillingene, der programvaren også anslår alder og kjønn. Se tabellene under.",
        ],
        risk="Vi har gått gjennom risikoen sammen med leverandøren og vurderer den som akseptabel med tiltakene som er beskrevet over.",
    )
    return msg, label(
        "nb",
        "museum html_nested_tables html_with_plain_alternative headings_lettered contact_nested_table dpo_external part5_board_row p4_in_passing",
        "none",
        "used",
        "part 4 missing: section D holds one sentence («vurderer den som akseptabel») – no risks, likelihood, consequence or measures",
        (4,),
    )


def y052() -> Case:
    html = (
        '<html><head><meta charset="utf-8"></head><body style="background:#f3efe6">'
        '<table width="100%"><tr><td align="center"><table width="600" bgcolor="#ffffff" style="font-family:Georgia,serif">'
        '<tr><td style="padding:18px;font-size:22px;border-bottom:3px solid #8b2e16">Hovland Industrimuseum inviterer</td></tr>'
        '<tr><td style="padding:18px"><table width="100%"><tr><td><p>Seminar: <b>Personvern i museene – hvor går grensen?</b></p>'
        "<p>Torsdag 21. januar 2027 kl. 10.00-15.00, Maskinhallen, Verksgata 3.</p>"
        "<p>Vi inviterer Datatilsynet til å holde et innlegg på 30 minutter om publisering av intervjuer og bilder med personopplysninger i museumssamlinger.</p>"
        "<p>Gi gjerne beskjed innen 15. desember.</p></td></tr></table></td></tr>"
        f'<tr><td style="padding:18px">Med vennlig hilsen<br>{pp.F_CONTACT.name}<br>{pp.F_ORG}<br>Tlf. {pp.F_CONTACT.phone}</td></tr>'
        "</table></td></tr></table></body></html>"
    )
    plain = txt(f"""
        Hovland Industrimuseum inviterer

        Seminar: Personvern i museene - hvor går grensen?
        Torsdag 21. januar 2027 kl. 10.00-15.00, Maskinhallen, Verksgata 3.

        Vi inviterer Datatilsynet til å holde et innlegg på 30 minutter om publisering av
        intervjuer og bilder med personopplysninger i museumssamlinger.

        Gi gjerne beskjed innen 15. desember.

        Med vennlig hilsen
        {pp.F_CONTACT.name}
        {pp.F_ORG}
        Tlf. {pp.F_CONTACT.phone}
        """)
    msg = kit.message(
        "y052",
        F_FROM,
        "Invitasjon: seminar om personvern i museene 21. januar",
        when(11, 27, 12, 0),
        plain,
        html=html,
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "museum html_nested_tables nonrequest_invitation",
        "none",
        "unspecified",
        "not a request: seminar invitation",
        request=False,
    )


# =================================================================================================
# G  Saltfjord Ferjeselskap AS – XLSX workbook, one sheet per part
# =================================================================================================

G_FROM = f"Kristin Moe Hansen <{pp.G_CONTACT.email}>"


def y013() -> Case:
    t = ALL["anpr"]
    body = (
        txt(f"""
        Til Datatilsynet

        Saltfjord Ferjeselskap AS ber om forhåndsdrøftelse for {t.short}.

        DPIA-en er gjort i vår standard arbeidsbok i Excel, med ett ark per del:
        1 Kontakter, 2 Beskrivelse, 3 Nødvendighet, 4 Risiko og 5 Godkjenning.

        """)
        + pp.g_signature()
    )
    msg = kit.message(
        "y013",
        G_FROM,
        "Forhåndsdrøftelse – skiltgjenkjenning og passasjertelling på ferjekaiene",
        when(11, 16, 8, 36),
        body,
        attachments=[("DPIA_ANPR_kaier_v1.3.xlsx", pp.g_xlsx(t))],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "ferry_operator xlsx_sheet_per_part contact_sheet risk_sheet part5_approval_sheet",
        "pgp_mime",
        "used",
        "complete; XLSX workbook with one sheet per part",
    )


def y033() -> Case:
    t = ALL["fatigue"]
    body = (
        txt(f"""
        Hei

        Vedlagt er DPIA for {t.short} på nattrutene. Vi ber om forhåndsdrøftelse.
        Arbeidsboken har ett ark per del.

        """)
        + pp.g_signature()
    )
    msg = kit.message(
        "y033",
        G_FROM,
        "Anmodning om forhåndsdrøftelse – tretthetsmåling brobemanning",
        when(11, 11, 15, 12),
        body,
        attachments=[("DPIA_tretthet_brobemanning.xlsx", pp.g_xlsx(t, risk_rows=False))],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "ferry_operator xlsx_sheet_per_part contact_sheet part5_approval_sheet p4_headers_only",
        "none",
        "used",
        "part 4 missing: sheet «4 Risiko» has only its header row, no risks",
        (4,),
    )


def y053() -> Case:
    t = ALL["fatigue"]
    body = (
        txt(f"""
        Hei igjen

        Beklager, risikoarket var ikke fylt ut i arbeidsboken vi sendte 11. november. Her er
        oppdatert DPIA for {t.short}, med risikoene og et eget ark for tiltak som ikke er
        gjennomført.

        """)
        + pp.g_signature()
    )
    msg = kit.message(
        "y053",
        G_FROM,
        "SV: Anmodning om forhåndsdrøftelse – tretthetsmåling brobemanning",
        when(11, 16, 9, 48),
        body,
        attachments=[("DPIA_tretthet_brobemanning_v2.xlsx", pp.g_xlsx(t, tiltak_sheet=True))],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "ferry_operator xlsx_sheet_per_part contact_sheet risk_sheet part5_approval_sheet resubmission_complete",
        "none",
        "used",
        "complete; resubmission after y033 with risk rows and an extra sheet for measures not taken",
    )


def y014() -> Case:
    t = ALL["anpr"]
    body = (
        txt(f"""
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for {t.short}. Vedlagt er DPIA-arbeidsboken (Excel).

        """)
        + pp.g_signature()
    )
    msg = kit.message(
        "y014",
        G_FROM,
        "Forhåndsdrøftelse ANPR ferjekaier",
        when(11, 2, 13, 21),
        body,
        attachments=[("DPIA_ANPR.xlsx", pp.g_xlsx(t, dpo="not_appointed"))],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "ferry_operator xlsx_sheet_per_part contact_sheet risk_sheet part5_approval_sheet p1_dpo_not_appointed",
        "pgp_mime",
        "used",
        "part 1 missing: the contact sheet's DPO row says «ikke utnevnt ennå» with empty phone and e-mail",
        (1,),
    )


def y034() -> Case:
    t = ALL["fatigue"]
    body = (
        txt(f"""
        Hei

        Saltfjord Ferjeselskap AS ber om forhåndsdrøftelse for {t.short}. Tillitsvalgte og
        verneombud er hørt, og ledergruppen har godkjent DPIA-en (se arket «5 Godkjenning»).

        """)
        + pp.g_signature()
    )
    msg = kit.message(
        "y034",
        G_FROM,
        "Forhåndsdrøftelse – armbånd for tretthetsmåling, nattruter",
        when(11, 25, 10, 7),
        body,
        attachments=[("DPIA Tretthetsmåling brobemanning.xlsx", pp.g_xlsx(t))],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "ferry_operator xlsx_sheet_per_part contact_sheet risk_sheet part5_approval_sheet",
        "none",
        "used",
        "complete; XLSX workbook",
    )


def y054() -> Case:
    t = ALL["anpr"]
    body = (
        txt(f"""
        Til Datatilsynet

        Saltfjord Ferjeselskap AS ber om forhåndsdrøftelse for {t.short}. Alt ligger i den
        vedlagte arbeidsboken, ett ark per del.

        """)
        + pp.g_signature()
    )
    msg = kit.message(
        "y054",
        G_FROM,
        "Anmodning om forhåndsdrøftelse – automatisk skiltgjenkjenning",
        when(12, 7, 14, 53),
        body,
        attachments=[
            (
                "DPIA_ANPR_kaier_v1.4.xlsx",
                pp.g_xlsx(t, sheets=("1 Kontakter", "2 Beskrivelse", "4 Risiko", "5 Godkjenning")),
            )
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "ferry_operator xlsx_sheet_per_part contact_sheet risk_sheet part5_approval_sheet p3_sheet_absent",
        "none",
        "used",
        "part 3 missing: the workbook has sheets 1, 2, 4 and 5; «3 Nødvendighet» is not in it",
        (3,),
    )


# =================================================================================================
# H  Hardbakken Renovasjon IKS – scanned paper DPIA, phone photos
# =================================================================================================

H_FROM = f"Geir Inge Solbakken <{pp.H_CONTACT.email}>"
H_CONTACTS = txt(f"""
    Kontaktperson: {pp.H_CONTACT.name}, {pp.H_CONTACT.title}, tlf. {pp.H_CONTACT.phone}, {pp.H_CONTACT.email}
    Personvernombud: {pp.H_DPO.name}, tlf. {pp.H_DPO.phone}, {pp.H_DPO.email}
    Databehandler: Renocam AS v/ Bjørn Tore Ness, tlf. 38 12 75 40, bjorn.tore.ness@renocam.no
    """)


def y015() -> Case:
    t = ALL["bincam"]
    body = (
        txt(f"""
        Til Datatilsynet

        Hardbakken Renovasjon IKS ber om forhåndsdrøftelse for {t.short}. Vedlagt er DPIA-en,
        skannet fra papir fordi den er signert, og bilde av protokollen fra styremøtet.

        """)
        + H_CONTACTS
        + "\n"
        + pp.h_signature()
    )
    msg = kit.message(
        "y015",
        H_FROM,
        "Forhåndsdrøftelse – kamera på renovasjonsbilene",
        when(11, 5, 12, 14),
        body,
        attachments=[
            ("Skann_20261105_0932.pdf", kit.scan_pdf(pp.h_wrong_pages())),
            ("IMG_20261024_101522.jpg", kit.phone_photo(pp.h_board_photo_text(t), 1.8)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "waste_management scanned_pdf_image_only phone_photo_jpeg contact_label_value part5_photo_signed_page wrong_scan",
        "pgp_mime",
        "used",
        "parts 2, 3, 4 missing: the scan announced as the DPIA is the drivers' instruction sheet (mentions the camera only in passing); contacts in the body, board protocol photo approves the DPIA",
        (2, 3, 4),
    )


def y035() -> Case:
    body = txt("""
        Hei

        Hardbakken Renovasjon IKS planlegger å innføre vektbasert renovasjonsgebyr i 2028.
        Vi er tidlig i arbeidet og har ikke gjort noen DPIA ennå. Vi ønsker et veiledningsmøte
        med Datatilsynet for å diskutere om vi tenker riktig om rettslig grunnlag og om hvor
        detaljert vektdata vi kan lagre.

        Passer det i januar eller februar?

        Hilsen
        Geir Inge Solbakken
        Fagleder innsamling
        Hardbakken Renovasjon IKS
        Telefon 74 15 60 32 / 915 48 260
        """)
    msg = kit.message(
        "y035", H_FROM, "Ønske om veiledningsmøte – vektbasert gebyr", when(11, 23, 15, 1), body
    )
    return msg, label(
        "nb",
        "waste_management nonrequest_guidance plain_single_part",
        "inline",
        "unspecified",
        "not a request: asks for a guidance meeting; no DPIA yet",
        request=False,
    )


def y055() -> Case:
    t = ALL["bincam"]
    body = (
        txt(f"""
        Til Datatilsynet

        Vi viser til e-posten vår 5. november. Ved en feil ble feil dokument skannet. Her er
        den signerte DPIA-en for {t.short}, skannet på nytt, og bildet av styreprotokollen.

        """)
        + H_CONTACTS
        + "\n"
        + pp.h_signature()
    )
    msg = kit.message(
        "y055",
        H_FROM,
        "SV: Forhåndsdrøftelse – kamera på renovasjonsbilene (riktig vedlegg)",
        when(11, 9, 8, 23),
        body,
        attachments=[
            ("Skann_20261109_0805.pdf", kit.scan_pdf(pp.h_pages(t))),
            ("IMG_20261024_101522.jpg", kit.phone_photo(pp.h_board_photo_text(t), 1.8)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "waste_management scanned_pdf_image_only headings_kapittel phone_photo_jpeg contact_label_value part5_signed_scan part5_photo_signed_page resubmission_complete",
        "none",
        "used",
        "complete; resubmission after y015 with the right scan (Kapittel 1-5, signed) and the protocol photo",
    )


def y016() -> Case:
    t = ALL["weight"]
    body = (
        txt(f"""
        Til Datatilsynet

        Hardbakken Renovasjon IKS ber om forhåndsdrøftelse for {t.short}. DPIA-en er
        signert av daglig leder og styreleder og er skannet (vedlagt). Kapittel 1 har
        kontaktopplysningene.

        """)
        + pp.h_signature()
    )
    msg = kit.message(
        "y016",
        H_FROM,
        "Anmodning om forhåndsdrøftelse – vektbasert renovasjonsgebyr",
        when(11, 17, 10, 50),
        body,
        attachments=[("Skann_20261117_1012.pdf", kit.scan_pdf(pp.h_pages(t)))],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "waste_management scanned_pdf_image_only headings_kapittel part5_signed_scan processor_none_stated",
        "pgp_mime",
        "none",
        "complete; image-only scan, chapter 5 signed by manager and chair; no processor («driftes internt»)",
    )


def y036() -> Case:
    t = ALL["weight"]
    body = (
        txt(f"""
        Hei

        Vedlagt er DPIA for {t.short} (skannet, 300 dpi) og to bilder av den signerte
        styreprotokollen. Vi ber om forhåndsdrøftelse.

        """)
        + pp.h_signature()
    )
    pages = pp.h_board_photo_text(t, "23/26").split("\n\nEnstemmig.")
    msg = kit.message(
        "y036",
        f"Hilde Strømsnes <{pp.H_MANAGER.email}>",
        "Forhåndsdrøftelse vektbasert gebyr",
        when(11, 27, 14, 6),
        body,
        attachments=[
            ("DPIA_vektbasert_gebyr_signert.pdf", kit.scan_pdf(pp.h_pages(t), dpi=300)),
            ("IMG_3381.jpg", kit.phone_photo(pages[0] + "\n\n(fortsetter)", 2.4)),
            (
                "IMG_3382.jpg",
                kit.phone_photo("Sak 23/26 (forts.)\n\nEnstemmig." + pages[1], -1.5, shade=1),
            ),
        ],
        headers=GMAIL_LIKE,
    )
    return msg, label(
        "nb",
        "waste_management scanned_pdf_image_only headings_kapittel phone_photo_jpeg part5_signed_scan part5_photo_signed_page processor_none_stated",
        "none",
        "none",
        "complete; 300 dpi scan plus two phone photos of the signed protocol page; no processor",
    )


def y056() -> Case:
    t = ALL["bincam"]
    pages = pp.h_pages(t)
    body = (
        txt(f"""
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for {t.short}. Den signerte DPIA-en er skannet og vedlagt,
        sammen med bilde av styreprotokollen.

        """)
        + H_CONTACTS
        + "\n"
        + pp.h_signature()
    )
    msg = kit.message(
        "y056",
        H_FROM,
        "Forhåndsdrøftelse – kamerakontroll av kildesortering",
        when(11, 3, 13, 40),
        body,
        attachments=[
            ("Skann_20261103_1322.pdf", kit.scan_pdf(pages[:3] + pages[4:])),
            ("IMG_20261024_101522.jpg", kit.phone_photo(pp.h_board_photo_text(t), 1.8)),
        ],
        headers=OUTLOOK,
    )
    return msg, label(
        "nb",
        "waste_management scanned_pdf_image_only headings_kapittel phone_photo_jpeg contact_label_value part5_signed_scan part5_photo_signed_page p4_page_missing_from_scan",
        "pgp_mime",
        "used",
        "part 4 missing: the scan has pages 1, 2, 3 and 5 of 5; page 4 (Kapittel 4 Risikovurdering) was not scanned",
        (4,),
    )


# =================================================================================================
# I  Lillevik Friskole AS – whole package forwarded as message/rfc822
# =================================================================================================

I_FROM = f"Marianne Holt <{pp.I_HEAD.email}>"


def _i_forward(
    cid: str, subject: str, date: str, outer: str, inner: EmailMessage, inner_name: str
) -> EmailMessage:
    return kit.message(
        cid,
        I_FROM,
        subject,
        date,
        outer + pp.i_signature(),
        forwarded=(inner_name, inner),
        headers=OUTLOOK,
    )


def y017() -> Case:
    t = ALL["screen"]
    inner_body = (
        txt(f"""
        Hei Marianne

        Da er pakken til Datatilsynet klar. Den består av:

        1. DPIA for {t.short}, versjon 2.0 (Word)
        2. Protokollutdrag fra styremøtet 22. oktober (sak 31/26)

        Kontaktperson overfor Datatilsynet er Anders, og jeg står oppført som personvernombud.
        Klasseblikk AS er databehandler; kontaktpersonen deres står i DPIA-en punkt 1.

        Du kan videresende denne e-posten som vedlegg direkte til postkasse@datatilsynet.no.

        """)
        + pp.i_dpo_signature()
    )
    inner = pp.i_inner(
        "y017",
        t,
        inner_body,
        [
            ("DPIA_Klasseblikk_v2.0.docx", pp.i_dpia_docx(t)),
            ("Protokollutdrag_styret_2026-10-22.pdf", pp.i_board_pdf(t)),
        ],
        when(11, 2, 16, 5),
        "Ferdig pakke: forhåndsdrøftelse Klasseblikk",
    )
    outer = txt("""
        Til Datatilsynet

        Lillevik Friskole AS ber om forhåndsdrøftelse for læringsplattformen Klasseblikk.
        Jeg videresender pakken fra personvernombudet vårt; alle dokumentene ligger i den
        vedlagte e-posten.

        """)
    msg = _i_forward(
        "y017",
        "VS: Ferdig pakke: forhåndsdrøftelse Klasseblikk",
        when(11, 3, 8, 12),
        outer,
        inner,
        "Ferdig pakke forhåndsdrøftelse Klasseblikk.eml",
    )
    return msg, label(
        "nb",
        "private_school forwarded_rfc822 package_in_forward headings_numbered contact_table dpo_external risk_table part5_protocol_separate",
        "pgp_mime",
        "used",
        "complete; everything inside a forwarded message/rfc822 (DPIA DOCX + protocol PDF)",
    )


def y037() -> Case:
    t = ALL["wellbeing"]
    inner_body = (
        txt(f"""
        Hei Marianne

        Her er DPIA-en for {t.short}. Styret behandler den på møtet 3. desember, og
        protokollutdraget sendes Datatilsynet etterpå. Jeg foreslår at vi sender det vi har nå,
        så kommer saken i gang.

        """)
        + pp.i_dpo_signature()
    )
    inner = pp.i_inner(
        "y037",
        t,
        inner_body,
        [
            (
                "DPIA_Trivselsundersokelse.docx",
                pp.i_dpia_docx(
                    t,
                    board="DPIA-en skal behandles i styremøtet 3. desember 2026. Protokollutdrag ettersendes.",
                ),
            )
        ],
        when(11, 20, 14, 44),
        "DPIA trivselsundersøkelse – til Datatilsynet",
    )
    outer = txt("""
        Hei

        Vi ber om forhåndsdrøftelse for den digitale trivselsundersøkelsen. Se vedlagt e-post
        fra personvernombudet med DPIA.

        """)
    msg = _i_forward(
        "y037",
        "VS: DPIA trivselsundersøkelse – til Datatilsynet",
        when(11, 20, 15, 30),
        outer,
        inner,
        "DPIA trivselsundersøkelse - til Datatilsynet.eml",
    )
    return msg, label(
        "nb",
        "private_school forwarded_rfc822 package_in_forward headings_numbered contact_table dpo_external risk_table p5_future_meeting",
        "none",
        "used",
        "part 5 missing: the board will handle the DPIA 3 December; protocol «ettersendes»",
        (5,),
    )


def y057() -> Case:
    t = ALL["wellbeing"]
    inner_body = (
        txt(f"""
        Hei Marianne

        Styret godkjente DPIA-en for {t.short} i går. Her er den oppdaterte pakken (DPIA og
        protokollutdrag) som kan videresendes til Datatilsynet.

        """)
        + pp.i_dpo_signature()
    )
    inner = pp.i_inner(
        "y057",
        t,
        inner_body,
        [
            (
                "DPIA_Trivselsundersokelse_v2.docx",
                pp.i_dpia_docx(
                    t,
                    board="done: Styret godkjente DPIA-en i møte 3.12.2026 (sak 38/26). Protokollutdrag er vedlagt.",
                ),
            ),
            (
                "Protokollutdrag_styret_2026-12-03.pdf",
                pp.i_board_pdf(t, "3. desember 2026", "38/26"),
            ),
        ],
        when(12, 4, 9, 10),
        "Oppdatert pakke: DPIA trivselsundersøkelse",
    )
    outer = txt("""
        Til Datatilsynet

        Som varslet 20. november: styret har nå behandlet DPIA-en for trivselsundersøkelsen.
        Oppdatert pakke følger i den videresendte e-posten.

        """)
    msg = _i_forward(
        "y057",
        "VS: Oppdatert pakke: DPIA trivselsundersøkelse",
        when(12, 4, 11, 27),
        outer,
        inner,
        "Oppdatert pakke DPIA trivselsundersøkelse.eml",
    )
    return msg, label(
        "nb",
        "private_school forwarded_rfc822 package_in_forward headings_numbered contact_table dpo_external risk_table part5_protocol_separate resubmission_complete",
        "none",
        "used",
        "complete; resubmission after y037 with the board's protocol extract of 3 December",
    )


def y018() -> Case:
    body = txt("""
        Hei

        Vi er en liten friskole som vurderer å bruke Google Workspace for Education for
        elevene på ungdomstrinnet. Kommunene rundt oss bruker det. Må vi gjennomføre en DPIA, og
        i så fall, må den sendes til Datatilsynet før vi tar løsningen i bruk?

        Vennlig hilsen
        Marianne Holt
        Rektor
        Lillevik Friskole AS
        Tlf. 33 47 21 00
        """)
    msg = kit.message(
        "y018", I_FROM, "Spørsmål om DPIA for Google Workspace", when(11, 10, 12, 33), body
    )
    return msg, label(
        "nb",
        "private_school nonrequest_question plain_single_part",
        "inline",
        "unspecified",
        "not a request: asks whether a DPIA is needed and whether it must be sent",
        request=False,
    )


def y038() -> Case:
    t = ALL["screen"]
    inner_body = (
        txt(f"""
        Hei Marianne og Anders

        Vedlagt er komplett dokumentasjon for anmodningen om forhåndsdrøftelse for {t.short}:
        DPIA (Word) og protokollutdraget fra styremøtet. Skjema for oversendelse trengs ikke;
        e-posten kan videresendes som den er.

        """)
        + pp.i_dpo_signature()
    )
    inner = pp.i_inner(
        "y038",
        t,
        inner_body,
        [("DPIA Klasseblikk.docx", pp.i_dpia_docx(t)), ("Styret sak 31-26.pdf", pp.i_board_pdf(t))],
        when(11, 24, 10, 0),
        "Dokumentasjon forhåndsdrøftelse Klasseblikk",
    )
    outer = txt("""
        Til Datatilsynet

        Videresender dokumentasjonen for vår anmodning om forhåndsdrøftelse (Klasseblikk).

        """)
    msg = _i_forward(
        "y038",
        "VS: Dokumentasjon forhåndsdrøftelse Klasseblikk",
        when(11, 24, 13, 18),
        outer,
        inner,
        "Dokumentasjon forhåndsdrøftelse Klasseblikk.eml",
    )
    return msg, label(
        "nb",
        "private_school forwarded_rfc822 package_in_forward headings_numbered contact_table dpo_external risk_table part5_protocol_separate",
        "none",
        "used",
        "complete; forwarded package",
    )


def y058() -> Case:
    t = ALL["screen"]
    inner_body = (
        txt(f"""
        Hei Marianne

        DPIA-en for {t.short} er ferdig. Beskrivelsen av selve løsningen har jeg ikke skrevet
        om på nytt; den står i produktarket fra leverandøren, som jeg legger ved.

        """)
        + pp.i_dpo_signature()
    )
    inner = pp.i_inner(
        "y058",
        t,
        inner_body,
        [
            (
                "DPIA_Klasseblikk.docx",
                pp.i_dpia_docx(
                    t,
                    description="Se vedlagt produktark fra leverandøren («Produktark_Klasseblikk.pdf»).",
                ),
            ),
            ("Produktark_Klasseblikk.pdf", pp.i_quote_pdf()),
            ("Protokollutdrag_styret.pdf", pp.i_board_pdf(t)),
        ],
        when(12, 7, 15, 2),
        "DPIA Klasseblikk med vedlegg",
    )
    outer = txt("""
        Til Datatilsynet

        Lillevik Friskole ber om forhåndsdrøftelse. Alt ligger i den videresendte e-posten.

        """)
    msg = _i_forward(
        "y058",
        "VS: DPIA Klasseblikk med vedlegg",
        when(12, 8, 8, 5),
        outer,
        inner,
        "DPIA Klasseblikk med vedlegg.eml",
    )
    return msg, label(
        "nb",
        "private_school forwarded_rfc822 package_in_forward headings_numbered contact_table dpo_external risk_table part5_protocol_separate p2_wrong_file",
        "none",
        "used",
        "part 2 missing: section 2 only points to «Produktark_Klasseblikk.pdf», which is a price quote (licences and prices), not a description",
        (2,),
    )


# =================================================================================================
# J  Harbour Light Foundation Norway (English) – DPIA PDF and phone photos of the resolution
# =================================================================================================

J_FROM = f"Daniel Haugen <{pp.J_CONTACT.email}>"


def _j_photos(
    t_key: str, date: str = "22 October 2026", item: str = "B-26/14", first: int = 4471
) -> list[kit.Attachment]:
    pages = pp.j_resolution_pages(ALL[t_key], date, item)
    return [
        (f"IMG_{first + i}.jpg", kit.phone_photo(p, (2.1, -1.2)[i], shade=i))
        for i, p in enumerate(pages)
    ]


def y019() -> Case:
    t = ALL["biometric"]
    body = (
        txt(f"""
        Dear Sir or Madam,

        Harbour Light Foundation Norway requests prior consultation under Article 36 GDPR for
        {t.short}. We work in English as our staff is international; we hope this is acceptable.

        Attached:
        - our DPIA (PDF, Sections 1-5)
        - two photos of the signed Board resolution of 22 October 2026 (the originals are kept
          at our office; we could not scan them in time)

        """)
        + pp.j_signature()
    )
    msg = kit.message(
        "y019",
        J_FROM,
        "Request for prior consultation – biometric registration in case management",
        when(11, 9, 11, 45),
        body,
        attachments=[
            ("DPIA_Biometric_Case_Management_v1.4.pdf", pp.j_dpia_pdf(t)),
            *_j_photos("biometric"),
        ],
        headers=GMAIL_LIKE,
    )
    return msg, label(
        "en",
        "english_ngo dpia_pdf headings_section_en contact_label_value dpo_foreign processor_foreign_phone risk_table phone_photo_jpeg part5_photo_signed_page",
        "pgp_mime",
        "used",
        "complete; English DPIA with «Section 1-5»; Dublin processor +353, DPO in Amsterdam +31; signed board resolution as two phone photos",
    )


def y039() -> Case:
    t = ALL["cash"]
    pdf = pp.j_dpia_pdf(
        t,
        dpo="Data Protection Officer: our DPO is based at Harbour Light International in Amsterdam and can be reached at dpo@harbourlight.org.",
        date="30 November 2026",
    )
    body = (
        txt(f"""
        Dear Datatilsynet,

        Please find attached our DPIA for {t.short} and photos of the Board resolution. We
        request prior consultation.

        """)
        + pp.j_signature()
    )
    msg = kit.message(
        "y039",
        J_FROM,
        "Prior consultation request: mobile cash assistance",
        when(11, 30, 16, 20),
        body,
        attachments=[
            ("DPIA_Cash_Assistance.pdf", pdf),
            *_j_photos("cash", "19 November 2026", "B-26/17", 4590),
        ],
        headers=GMAIL_LIKE,
    )
    return msg, label(
        "en",
        "english_ngo dpia_pdf headings_section_en contact_label_value risk_table phone_photo_jpeg part5_photo_signed_page p1_dpo_mailbox_only",
        "none",
        "used",
        "part 1 missing: the DPO is given only as a role mailbox (dpo@…), no name or phone",
        (1,),
    )


def y059() -> Case:
    body = txt("""
        Dear Datatilsynet,

        We would like to inform you that Harbour Light Foundation Norway has appointed a new Data
        Protection Officer with effect from 1 December 2026:

        Sophie van Dijk, Harbour Light International, Amsterdam
        +31 20 794 5521, sophie.vandijk@harbourlight.org

        She replaces Pieter de Graaf. Please update your records.

        Kind regards,
        Amara Okafor
        Country Director
        Harbour Light Foundation Norway
        +47 21 93 44 10
        """)
    msg = kit.message(
        "y059",
        f"Amara Okafor <{pp.J_DIRECTOR.email}>",
        "Notification of new Data Protection Officer",
        when(11, 26, 9, 15),
        body,
    )
    return msg, label(
        "en",
        "english_ngo nonrequest_dpo_notification plain_single_part",
        "inline",
        "unspecified",
        "not a request: notice of a new DPO",
        request=False,
    )


def y020() -> Case:
    t = ALL["cash"]
    body = (
        txt(f"""
        Dear Datatilsynet,

        Harbour Light Foundation Norway hereby requests prior consultation for {t.short}.
        The DPIA is attached, together with photos of the signed Board resolution of
        19 November 2026.

        """)
        + pp.j_signature()
    )
    msg = kit.message(
        "y020",
        J_FROM,
        "Request for prior consultation – cash assistance programme",
        when(11, 23, 10, 38),
        body,
        attachments=[
            (
                "DPIA_Cash_Assistance_v1.2.pdf",
                pp.j_dpia_pdf(t, version="1.2", date="20 November 2026"),
            ),
            *_j_photos("cash", "19 November 2026", "B-26/17", 4590),
        ],
        headers=GMAIL_LIKE,
    )
    return msg, label(
        "en",
        "english_ngo dpia_pdf headings_section_en contact_label_value dpo_foreign risk_table phone_photo_jpeg part5_photo_signed_page",
        "pgp_mime",
        "used",
        "complete; English DPIA PDF and two photos of the signed resolution",
    )


def y040() -> Case:
    t = ALL["biometric"]
    body = (
        txt(f"""
        Hello,

        On behalf of the Country Director I am sending our request for prior consultation on
        {t.short}. DPIA and photographed Board resolution attached.

        """)
        + pp.j_signature()
    )
    msg = kit.message(
        "y040",
        J_FROM,
        "Prior consultation – biometric case management (Harbour Light)",
        when(12, 2, 14, 11),
        body,
        attachments=[
            ("HLF_DPIA_biometrics.pdf", pp.j_dpia_pdf(t, version="1.5", date="1 December 2026")),
            *_j_photos("biometric", first=4702),
        ],
        headers=GMAIL_LIKE,
    )
    return msg, label(
        "en",
        "english_ngo dpia_pdf headings_section_en contact_label_value dpo_foreign processor_foreign_phone risk_table phone_photo_jpeg part5_photo_signed_page",
        "none",
        "used",
        "complete; English DPIA PDF and phone photos",
    )


def y060() -> Case:
    t = ALL["biometric"]
    pdf = pp.j_dpia_pdf(
        t,
        s34="Sections 3 and 4 (necessity and proportionality; risk assessment) will be completed after the pilot phase in Q1 2027.",
        s5="The DPIA will be presented to the Board once Sections 3 and 4 are complete.",
        version="0.8",
        date="5 December 2026",
    )
    body = (
        txt(f"""
        Dear Sir or Madam,

        We request prior consultation for {t.short}. Our draft DPIA is attached. We would
        value your early input before we start the pilot.

        """)
        + pp.j_signature()
    )
    msg = kit.message(
        "y060",
        J_FROM,
        "Prior consultation – biometric registration (draft DPIA)",
        when(12, 7, 9, 57),
        body,
        attachments=[("DPIA_biometric_draft_v0.8.pdf", pdf)],
        headers=GMAIL_LIKE,
    )
    return msg, label(
        "en",
        "english_ngo dpia_pdf headings_section_en contact_label_value dpo_foreign processor_foreign_phone p3_will_follow p4_will_follow p5_future_meeting",
        "pgp_mime",
        "used",
        "parts 3, 4, 5 missing: Sections 3-4 «will be completed after the pilot phase», Board presentation «once Sections 3 and 4 are complete»",
        (3, 4, 5),
    )
