# ruff: noqa: E501
"""Cases of senders A–E (ids where ((n-1) % 20) // 2 is 0–4): one function per case."""

from __future__ import annotations

from email.message import EmailMessage

import personas as p
from kit import (
    Label,
    html_mail,
    message,
    quoted,
    scan_pdf,
    to_docx,
    to_odt,
    to_office_docx,
    to_pdf,
    to_report_pdf,
    to_xlsx,
    to_zip,
    txt,
    when,
)
from topics import TOPICS

Case = tuple[EmailMessage, Label]

# --- A: Nordvest Kollektivtrafikk AS (nn) ---------------------------------------------------

A_FROM = "Ingrid Sæther Vik <ingrid.vik@nordvestkollektiv.no>"
A_TAGS = (
    "county_public_transport",
    "dpia_report_pdf",
    "toc_header_footer",
    "appendix_vedlegg",
    "contact_table_in_appendix",
    "risk_matrix_scored",
)


def a_cover(t_key: str) -> bytes:
    t = TOPICS[t_key]
    return to_pdf(
        "%% Nordvest Kollektivtrafikk AS %% Datatilsynet\n%% Postboks 1433 Sentrum, 6405 Molde %% Postboks 458 Sentrum\n%% Org.nr. 987 331 402 %% 0105 Oslo\n\n"
        "~ Vår ref.: 2026/1184-7\n~ Dato: 10.11.2026\n\n"
        f"# Førespurnad om førehandsdrøfting – {t.title}\n\n"
        f"Nordvest Kollektivtrafikk AS ber med dette om førehandsdrøfting etter personvernforordninga artikkel 36 for {t.short}. Personvernkonsekvensvurderinga med vedlegg ligg ved. Kontaktinformasjon for oss, personvernombodet og databehandlaren står i vedlegg 1 til vurderinga.\n\n"
        "Med helsing\n\nKjell Arne Hoel\nadministrerande direktør"
    )


def a_report(
    t_key: str,
    over: dict[int, str] | None = None,
    *,
    dpo: tuple[str, ...] | None = None,
    scan: bool = True,
    decided: bool = True,
) -> bytes:
    t = TOPICS[t_key]
    over = over or {}
    return to_report_pdf(
        p.a_dpia(t, over, contacts=p.a_contacts(t, dpo=dpo)),
        title=f"Personvernkonsekvensvurdering (DPIA)\n{t.title}",
        header="Nordvest Kollektivtrafikk AS – Personvernkonsekvensvurdering – Intern",
        footer="Dok.nr. 2026/1184 – versjon 1.3",
        lang="nn",
        cover="Utarbeidd av: Ingrid Sæther Vik, personvernrådgjevar\n"
        + (
            "Godkjend av: styret, sak 34/26\nVersjon 1.3, 22.10.2026"
            if scan and decided
            else "Status: til styrehandsaming\nVersjon 1.1, 28.11.2026"
        ),
        scanned_pages=[p.a_board_page(t, decided=decided)] if scan else None,
    )


def v001() -> Case:
    body = (
        txt(
            """
        Hei,

        Vedlagt følgjer førespurnad om førehandsdrøfting for automatisk billettering i appen «Nordvest Reis», med følgjebrev og personvernkonsekvensvurderinga (vedlegg 1 Kontaktinformasjon og vedlegg 2 Styrehandsaming ligg bakarst i PDF-en).

        Sei gjerne ifrå om de treng noko meir.
        """
        )
        + "\n"
        + p.A_SIG
        + "\n"
    )
    msg = message(
        "v001",
        A_FROM,
        "Førespurnad om førehandsdrøfting – reisekonto med automatisk billettering",
        when(11, 10, 13, 2),
        body,
        attachments=[
            ("Folgjebrev_forehandsdrofting.pdf", a_cover("A1")),
            ("PKV_Reisekonto_v1.3.pdf", a_report("A1")),
        ],
    )
    return msg, Label(
        "nn",
        (*A_TAGS, "cover_letter_pdf", "part5_scanned_signature_page"),
        "pgp_mime",
        True,
        "used",
        "complete; Word-exported DPIA PDF with TOC, header/footer, contact appendix, scanned board page last",
    )


def v021() -> Case:
    over = {
        3: "Vurderinga av naudsyn og proporsjonalitet er ikkje ferdig. Juristen vår gjer ho ferdig i januar, og vi ettersender kapittelet innan 15. januar 2027."
    }
    body = (
        txt(
            """
        Hei Datatilsynet,

        Vi sender over personvernkonsekvensvurderinga for kroppskamera på billettkontrollørane og ber om førehandsdrøfting. Styret har godkjent vurderinga og bede oss sende ho no, slik at de kan starte. Kapittel 3 (naudsyn og proporsjonalitet) manglar framleis – det kjem i januar.
        """
        )
        + "\n"
        + p.A_SIG
        + "\n"
    )
    msg = message(
        "v021",
        A_FROM,
        "Førehandsdrøfting – kroppskamera for billettkontrollørar",
        when(11, 24, 9, 41),
        body,
        attachments=[("PKV_Kroppskamera_v0.9.pdf", a_report("A2", over))],
    )
    return msg, Label(
        "nn",
        (*A_TAGS, "part5_scanned_signature_page", "part3_will_follow"),
        "pgp_mime",
        True,
        "used",
        "chapter 3 deferred («ikkje ferdig … ettersender … januar»); board page approves the DPIA as sent, so part 5 present",
        (3,),
    )


def v041() -> Case:
    t = TOPICS["A2"]
    odt = to_odt(
        f"# Personvernkonsekvensvurdering – {t.title}\n\n"
        + p.a_dpia(
            t, {5: "Styreprotokollen ligg ved som eigen skanna PDF."}, contacts=p.a_contacts(t)
        )
    )
    body = (
        txt(
            """
        Hei,

        Her kjem førespurnaden vår om førehandsdrøfting for kroppskamera. Vurderinga er skriven i LibreOffice (ODT), og utdraget av styreprotokollen er skanna. Kontaktpersonar står i vedlegg 1 i vurderinga.
        """
        )
        + "\n"
        + p.A_SIG
        + "\n"
    )
    msg = message(
        "v041",
        A_FROM,
        "Førehandsdrøfting kroppskamera – PKV og styreprotokoll",
        when(12, 3, 14, 20),
        body,
        attachments=[
            ("PKV_kroppskamera.odt", odt),
            ("Styreprotokoll_sak_34-26.pdf", scan_pdf([p.a_board_page(t)])),
        ],
    )
    return msg, Label(
        "nn",
        (
            "county_public_transport",
            "odt",
            "appendix_vedlegg",
            "contact_table_in_appendix",
            "risk_matrix_scored",
            "part5_scanned_protocol",
            "scanned_pdf_image_only",
        ),
        "none",
        True,
        "used",
        "complete; ODT DPIA and image-only protocol scan",
    )


def v002() -> Case:
    dpo = (
        "Personvernombod",
        "Stillinga er ledig – ny personvernombod vert tilsett i januar 2027",
        "",
        "",
    )
    body = (
        txt(
            """
        Hei,

        Vi ber om førehandsdrøfting for reisekonto med automatisk billettering. Vurdering med vedlegg ligg ved.

        NB: Personvernombodet vårt slutta i oktober, og ny person er ikkje tilsett enno. Inntil vidare kan de kontakte meg.
        """
        )
        + "\n"
        + p.A_SIG
        + "\n"
    )
    msg = message(
        "v002",
        A_FROM,
        "Førehandsdrøfting – Reis utan billett",
        when(11, 12, 10, 5),
        body,
        attachments=[("PKV_Reisekonto_v1.3.pdf", a_report("A1", dpo=dpo))],
    )
    return msg, Label(
        "nn",
        (*A_TAGS, "part5_scanned_signature_page", "p1_dpo_vacant"),
        "pgp_mime",
        True,
        "used",
        "no DPO contact: the post is vacant, no name/phone/e-mail for a DPO – part 1 missing",
        (1,),
    )


def v022() -> Case:
    over = {5: "Saka skal handsamast i styremøtet 12. mars 2027. Protokollen vert ettersend."}
    body = (
        txt(
            """
        Hei,

        Vedlagt er personvernkonsekvensvurderinga for kroppskamera på kontrollørane. Vi sender ho no for å vinne tid; styret skal handsame saka i styremøtet 12. mars, og vi ettersender protokollen då.
        """
        )
        + "\n"
        + p.A_SIG
        + "\n"
    )
    msg = message(
        "v022",
        A_FROM,
        "Førehandsdrøfting kroppskamera (styrehandsaming kjem)",
        when(12, 1, 15, 33),
        body,
        attachments=[("PKV_Kroppskamera_v1.1.pdf", a_report("A2", over, scan=False))],
    )
    return msg, Label(
        "nn",
        (*A_TAGS, "part5_future_meeting"),
        "pgp_mime",
        True,
        "used",
        "management validation only planned («styremøtet 12. mars»), no protocol – part 5 missing",
        (5,),
    )


def v042() -> Case:
    earlier = txt(
        """
        Fra: Datatilsynet <postkasse@datatilsynet.no>
        Sendt: 4. november 2026 11:02
        Til: Ingrid Sæther Vik
        Emne: Veiledningsmøte 3. november – reisekonto

        Hei,

        Takk for møtet i går. Som nevnt: ønsker dere forhåndsdrøftelse, må dere sende en skriftlig anmodning med DPIA, kontaktinformasjon og dokumentasjon av ledelsens behandling.

        Med hilsen
        Datatilsynet
        """
    )
    body = (
        txt(
            """
        Hei igjen,

        Takk for sist. Som avtalt sender vi no den formelle førespurnaden om førehandsdrøfting for reisekonto-løysinga. Vurderinga (versjon 1.3) ligg ved; kontaktinformasjon står i vedlegg 1 og styreprotokollen er skanna inn bakarst.
        """
        )
        + "\n"
        + p.A_SIG
        + "\n\n"
        + quoted(earlier)
    )
    msg = message(
        "v042",
        A_FROM,
        "SV: Veiledningsmøte 3. november – reisekonto",
        when(11, 18, 8, 55),
        body,
        attachments=[("PKV_Reisekonto_v1.3.pdf", a_report("A1"))],
        headers={"In-Reply-To": "<20261104110200.dt.veiledning@datatilsynet.no>"},
    )
    return msg, Label(
        "nn",
        (*A_TAGS, "reply_in_thread", "quoted_thread", "part5_scanned_signature_page"),
        "pgp_mime",
        True,
        "used",
        "complete; reply quoting Datatilsynet's guidance mail, full DPIA report attached",
    )


# --- B: Poteklinikken Dyresykehus AS (nb) ---------------------------------------------------

B_FROM = "Sofie Lindqvist Aas <sofie.aas@poteklinikken.no>"
B_TAGS = (
    "veterinary_chain",
    "docx_heading_styles",
    "contact_word_table",
    "risk_register_xlsx",
    "part5_signoff_table",
    "processor_foreign",
    "dpo_external_firm",
)


def b_files(
    t_key: str,
    over: dict[int, str] | None = None,
    *,
    proc: tuple[str, ...] | None = None,
    fmt: str = "docx",
) -> list[tuple[str, bytes]]:
    t = TOPICS[t_key]
    over = over or {}
    letter = p.b_letter(t, contacts=p.b_contacts(t, proc=proc))
    dpia = p.b_dpia(t, over)
    head = "Poteklinikken Dyresykehus AS – DPIA – Fortrolig"
    xlsx = to_xlsx(
        {
            "Risikoregister": p.risk_register_rows(t, "nb", "R"),
            "Vurderte tiltak": p.not_taken_rows(t, "nb"),
        }
    )
    if fmt == "pdf":
        return [
            ("Anmodning_forhandsdroftelse.pdf", to_pdf(letter)),
            (
                "DPIA_" + t_key + ".pdf",
                to_report_pdf(
                    dpia,
                    title=f"DPIA – {t.title}",
                    header=head,
                    footer="Mal: PK-DPIA v2",
                    cover="Eier: personvernrådgiver\nStatus: Godkjent av ledergruppen",
                ),
            ),
            ("Risikoregister.xlsx", xlsx),
        ]
    return [
        (
            "Anmodning_forhandsdroftelse.docx",
            to_office_docx(
                letter,
                header="Poteklinikken Dyresykehus AS",
                footer="Anmodning om forhåndsdrøftelse",
            ),
        ),
        (
            "DPIA_" + t_key + ".docx",
            to_office_docx(dpia, header=head, footer="Mal: PK-DPIA v2", title=f"DPIA – {t.title}"),
        ),
        ("Risikoregister.xlsx", xlsx),
    ]


B_BODY = txt(
    """
    Hei,

    Vedlagt følger vår anmodning om forhåndsdrøftelse, med DPIA og risikoregister. Kontaktpersoner står i tabellen i anmodningen.
    """
)


def v003() -> Case:
    msg = message(
        "v003",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – kameraovervåking med lyd",
        when(11, 9, 12, 14),
        B_BODY + "\n" + p.B_SIG + "\n",
        attachments=b_files("B1"),
    )
    return msg, Label(
        "nb",
        B_TAGS,
        "none",
        True,
        "used",
        "complete; letter DOCX with contact table, DPIA DOCX with sign-off table, XLSX register",
    )


def v023() -> Case:
    zipped = to_zip(dict(b_files("B2")))
    msg = message(
        "v023",
        B_FROM,
        "Forhåndsdrøftelse – kredittvurdering ved akuttbehandling",
        when(11, 26, 14, 48),
        B_BODY.replace("Vedlagt følger", "I zip-filen ligger") + "\n" + p.B_SIG + "\n",
        attachments=[("Forhandsdrofting_Poteklinikken.zip", zipped)],
    )
    return msg, Label(
        "nb", (*B_TAGS, "zip"), "none", True, "used", "complete; the three documents in a ZIP"
    )


def v043() -> Case:
    body = (
        txt(
            """
        Hei,

        Vi er en kjede av dyreklinikker og vurderer å sette opp kamera i venterommene (uten lyd). Må vi be om forhåndsdrøftelse for dette, eller holder det med en DPIA internt? Vi har ikke startet noen DPIA ennå.

        Takk for svar!
        """
        )
        + "\n"
        + p.B_SIG
        + "\n"
    )
    msg = message(
        "v043",
        B_FROM,
        "Spørsmål: kamera i venterom – må vi be om forhåndsdrøftelse?",
        when(12, 2, 10, 3),
        body,
    )
    return msg, Label(
        "nb",
        ("veterinary_chain", "nonrequest_question"),
        "inline",
        False,
        "unspecified",
        "question whether prior consultation is needed; no DPIA",
    )


def v004() -> Case:
    msg = message(
        "v004",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – automatisk kredittvurdering",
        when(11, 13, 9, 30),
        B_BODY + "\n" + p.B_SIG + "\n",
        attachments=b_files("B2"),
    )
    return msg, Label(
        "nb",
        B_TAGS,
        "pgp_mime",
        True,
        "used",
        "complete; Danish processor (+45) in the letter's contact table",
    )


def v024() -> Case:
    body = (
        txt(
            """
        Hei,

        Vi sender anmodning om forhåndsdrøftelse for kamera med lyd. Dokumentene er eksportert til PDF fra Word; risikoregisteret er i Excel.
        """
        )
        + "\n"
        + p.B_SIG
        + "\n"
    )
    msg = message(
        "v024",
        B_FROM,
        "Forhåndsdrøftelse – kamera med lyd på klinikkene",
        when(11, 30, 13, 12),
        body,
        attachments=b_files("B1", fmt="pdf"),
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "contact_table_pdf",
            "dpia_report_pdf",
            "toc_header_footer",
            "risk_register_xlsx",
            "part5_signoff_table",
            "dpo_external_firm",
        ),
        "none",
        True,
        "used",
        "complete; Word-exported PDFs with TOC and page numbers",
    )


def v044() -> Case:
    over = {
        2: "Beskrivelsen av løsningen (kameraplassering, lagring og tilgang) ettersendes. Vi venter på endelig systembeskrivelse fra leverandøren Vaktsys."
    }
    files = b_files("B1", over)
    body = (
        txt(
            """
        Hei,

        Her er anmodningen vår om forhåndsdrøftelse for kameraovervåking. Systembeskrivelsen kommer så snart leverandøren har levert den – vi ettersender da.
        """
        )
        + "\n"
        + p.B_SIG
        + "\n"
    )
    msg = message(
        "v044",
        B_FROM,
        "Anmodning om forhåndsdrøftelse – kamera (beskrivelse ettersendes)",
        when(12, 7, 11, 45),
        body,
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*B_TAGS, "part2_will_follow"),
        "none",
        True,
        "used",
        "description section «ettersendes»; the other sections only hint at the setup – part 2 missing",
        (2,),
    )


# --- C: Norges Terrengløpsforbund (nb) ------------------------------------------------------

C_FROM = "Live Haugland <live.haugland@terrenglop.no>"
C_TAGS = (
    "sports_federation",
    "html_only_body",
    "html_contact_table",
    "part5_protocol_pdf",
    "processor_foreign",
)


def c_mail(
    cid: str,
    t_key: str,
    subject: str,
    date: str,
    attachments: list[tuple[str, bytes]],
    *,
    dpo: tuple[str, ...] | None = None,
    extra: str = "",
) -> EmailMessage:
    t = TOPICS[t_key]
    intro = f"Hei!\n\nNorges Terrengløpsforbund ber om forhåndsdrøftelse for {t.short}. Vurderingen av personvernkonsekvenser og protokollen fra forbundsstyret ligger vedlagt.{extra}\n\nKontaktpersoner:"
    html = html_mail(intro, p.c_contacts(t, dpo=dpo), "\n\n" + p.C_SIG)
    return message(cid, C_FROM, subject, date, html=html, attachments=attachments)


def v005() -> Case:
    t = TOPICS["C1"]
    dpo = ("Personvernombud", "Ragnhild Ness", "", "")
    att = [
        (
            "DPIA_Neste_Nivaa.pdf",
            to_report_pdf(
                p.c_dpia(t, {}),
                title=t.title,
                header="Norges Terrengløpsforbund",
                footer="Utkast sendt forbundsstyret 7.10.2026",
                toc=False,
            ),
        ),
        ("Protokoll_FS_6-2026.pdf", to_pdf(p.c_protocol(t))),
    ]
    msg = c_mail(
        "v005",
        "C1",
        "Forhåndsdrøftelse: helseovervåking i talentprogrammet",
        when(11, 16, 20, 12),
        att,
        dpo=dpo,
    )
    return msg, Label(
        "nb",
        (*C_TAGS, "p1_dpo_name_only"),
        "pgp_mime",
        True,
        "used",
        "HTML contact table: DPO row has name only, phone and e-mail cells empty – part 1 missing",
        (1,),
    )


def v025() -> Case:
    t = TOPICS["C2"]
    markup = (
        "# Kontaktpersoner\n\n"
        + p.c_contacts(t)
        + "\n\n"
        + p.c_dpia(t, {})
        + "\n\n# Styrets behandling\n\nFra protokollen, forbundsstyremøte 14. oktober 2026, sak FS 41/26: Live Haugland og personvernombudet la fram vurderingen og risikotabellen. Ungdomsutvalget og klubbene er hørt på forbundstinget. Vedtak: Forbundsstyret har gjennomgått vurderingen av personvernkonsekvenser og innspillene, godkjenner vurderingen og tiltakene og ber administrasjonen sende anmodning om forhåndsdrøftelse. Signert elektronisk av president Eirik Solheim 16.10.2026."
    )
    html = html_mail(
        "Hei,\n\nVi ber om forhåndsdrøftelse for aldersverifisering ved ungdomsmesterskap. Alt står i denne e-posten.",
        markup,
        "\n\n" + p.C_SIG,
    )
    msg = message(
        "v025",
        C_FROM,
        "Anmodning om forhåndsdrøftelse – aldersverifisering U-mesterskap",
        when(11, 20, 11, 18),
        html=html,
    )
    return msg, Label(
        "nb",
        (
            "sports_federation",
            "html_only_body",
            "all_in_body",
            "html_contact_table",
            "html_risk_table",
            "part5_protocol_quoted_in_body",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; everything in one HTML mail with tables",
    )


def v045() -> Case:
    t = TOPICS["C1"]
    over = {
        2: "Beskrivelse av løsningen ettersendes – vi venter på teknisk dokumentasjon fra Coachlab om hvilke data klokkene sender."
    }
    att = [
        (
            "DPIA_Neste_Nivaa_v2.pdf",
            to_report_pdf(
                p.c_dpia(t, over),
                title=t.title,
                header="Norges Terrengløpsforbund",
                footer="Versjon 2",
                toc=False,
            ),
        ),
        ("Protokoll_FS_6-2026.pdf", to_pdf(p.c_protocol(t))),
    ]
    msg = c_mail(
        "v045",
        "C1",
        "Forhåndsdrøftelse helseovervåking (oppdatert)",
        when(12, 4, 9, 6),
        att,
        extra=" Beskrivelsen av selve løsningen kommer senere.",
    )
    return msg, Label(
        "nb",
        (*C_TAGS, "part2_will_follow"),
        "pgp_mime",
        True,
        "used",
        "section «Hva handler det om?» says the description «ettersendes» – part 2 missing",
        (2,),
    )


def v006() -> Case:
    t = TOPICS["C2"]
    att = [
        (
            "Vurdering_personvernkonsekvenser_aldersverifisering.docx",
            to_office_docx(
                p.c_dpia(t, {}), header="NTLF", footer="Vurdering av personvernkonsekvenser"
            ),
        ),
        ("Protokoll_FS_6-2026.pdf", to_pdf(p.c_protocol(t))),
    ]
    msg = c_mail(
        "v006", "C2", "Forhåndsdrøftelse – aldersverifisering med bilde", when(11, 11, 16, 40), att
    )
    return msg, Label(
        "nb",
        (*C_TAGS, "docx_heading_styles"),
        "none",
        True,
        "used",
        "complete; HTML contact table, DOCX DPIA, protocol PDF",
    )


def v026() -> Case:
    inner_body = txt(
        """
        Hei,

        Jeg er mor til en jente på 14 som løp U-NM i september. Bildet hennes ble tatt ved start og ligger fortsatt i påmeldingssystemet. Jeg har ikke samtykket til dette og vil ha det slettet. Jeg klager herved på behandlingen.

        Hilsen
        Kari Bråten
        """
    )
    inner = message(
        "v026i",
        "Kari Bråten <kari.braaten@epost.no>",
        "Klage – bilde av datteren min",
        when(11, 2, 21, 10),
        inner_body,
        to="post@terrenglop.no",
    )
    body = (
        txt(
            """
        Hei,

        Vi har mottatt vedlagte klage fra en forelder. Vi har slettet bildet. Vi lurer på om vi må melde dette som et avvik til dere, eller om det holder at vi svarer forelderen?
        """
        )
        + "\n"
        + p.C_SIG
        + "\n"
    )
    msg = message(
        "v026",
        C_FROM,
        "VS: Klage – bilde av datteren min",
        when(11, 5, 8, 50),
        body,
        forwarded=("Klage.eml", inner),
    )
    return msg, Label(
        "nb",
        ("sports_federation", "forwarded_rfc822", "nonrequest_complaint_forwarded"),
        "none",
        False,
        "unspecified",
        "forwarded parent's complaint with a question; not a request",
    )


def v046() -> Case:
    t = TOPICS["C1"]
    att = [
        ("DPIA_Neste_Nivaa.odt", to_odt(p.c_dpia(t, {}))),
        ("Protokoll_FS_6-2026.pdf", to_pdf(p.c_protocol(t))),
    ]
    msg = c_mail(
        "v046", "C1", "Anmodning om forhåndsdrøftelse – Neste Nivå", when(11, 27, 10, 22), att
    )
    return msg, Label(
        "nb",
        (*C_TAGS, "odt"),
        "none",
        True,
        "used",
        "complete; Finnish processor (+358) in the HTML table, ODT DPIA",
    )


# --- D: Harbour & Heath Hotels Ltd (en) -----------------------------------------------------

D_FROM = "Fiona McAllister <fiona.mcallister@harbourheath.co.uk>"
D_TAGS = (
    "hotel_group",
    "foreign_controller",
    "one_pdf_everything",
    "dpia_report_pdf",
    "toc_header_footer",
    "appendix_contacts",
    "risk_likelihood_impact",
    "phone_foreign",
)


def d_pdf(
    t_key: str,
    over: dict[int, str] | None = None,
    *,
    proc: tuple[str, ...] | None = None,
    decided: bool = True,
    scan: bool = False,
) -> bytes:
    t = TOPICS[t_key]
    signoff = p.d_signoff(decided)
    if scan:
        signoff += "\n\nThe signed sign-off sheet is scanned on the last page."
    sheet = (
        "HARBOUR & HEATH HOTELS LTD – DPIA SIGN-OFF SHEET\n\n"
        f"DPIA: {t.title}\n\nReviewed by the Executive Committee on 3 November 2026 after presentation of the findings and the stakeholder consultation (union representatives, guest advisory panel). Decision: APPROVED; prior consultation with Datatilsynet to be requested.\n\n"
        "Richard Ashworth, CEO      signed R. Ashworth   03/11/2026\nHelen Okafor, COO          signed H. Okafor     03/11/2026"
    )
    return to_report_pdf(
        p.d_report(t, over or {}, contacts=p.d_contacts(proc=proc), signoff=signoff),
        title=f"Data Protection Impact Assessment\n{t.title}",
        header="Harbour & Heath Hotels Ltd – CONFIDENTIAL",
        footer="DPIA-NO-2026-04 v2.0",
        lang="en",
        cover="Owner: Head of Guest Data\nReviewer: Group DPO\nClassification: Confidential",
        scanned_pages=[sheet] if scan else None,
    )


def d_body(text: str) -> str:
    return txt(text) + "\n" + p.D_SIG + "\n"


def v007() -> Case:
    body = d_body(
        """
        Dear Sir or Madam,

        Harbour & Heath Hotels Ltd requests a prior consultation under Article 36 GDPR regarding facial recognition express check-in at our four Norwegian hotels. The attached PDF contains the full DPIA, the Executive Committee sign-off and our contact details (Appendix A).

        We would be grateful for an acknowledgement of receipt.
        """
    )
    msg = message(
        "v007",
        D_FROM,
        "Request for prior consultation – facial recognition check-in (Norway)",
        when(11, 6, 15, 12),
        body,
        attachments=[("HH_DPIA_Facial_Check-in_NO.pdf", d_pdf("D1"))],
    )
    return msg, Label(
        "en",
        (*D_TAGS, "part5_signoff_table"),
        "pgp_mime",
        True,
        "used",
        "complete; one report PDF with TOC, sign-off table, contacts appendix",
    )


def v027() -> Case:
    body = d_body(
        """
        Dear Datatilsynet,

        We are at an early stage of planning badge-based location tracking for housekeeping staff in our Norwegian hotels. Before we finalise a DPIA we would welcome a guidance meeting (veiledningsmøte) to discuss whether our approach is on the right track. Would any date in January suit you?
        """
    )
    msg = message(
        "v027",
        D_FROM,
        "Request for a guidance meeting – staff location badges",
        when(11, 19, 10, 30),
        body,
    )
    return msg, Label(
        "en",
        ("hotel_group", "foreign_controller", "nonrequest_guidance"),
        "none",
        False,
        "unspecified",
        "asks for a guidance meeting, DPIA not finished",
    )


def v047() -> Case:
    over = {
        3: "To follow. Our legal team is finalising the necessity and proportionality analysis; we will send this section by 15 December 2026."
    }
    body = d_body(
        """
        Dear Sir or Madam,

        Please find attached our request for prior consultation concerning location badges for housekeeping staff. Section 3 will follow separately, as explained in the document.
        """
    )
    msg = message(
        "v047",
        D_FROM,
        "Prior consultation request – housekeeping location badges",
        when(12, 1, 9, 14),
        body,
        attachments=[("HH_DPIA_Housekeeping_Badges.pdf", d_pdf("D2", over))],
    )
    return msg, Label(
        "en",
        (*D_TAGS, "part5_signoff_table", "part3_will_follow"),
        "none",
        True,
        "used",
        "section 3 «To follow» – part 3 missing; ExCo sign-off present",
        (3,),
    )


def v008() -> Case:
    body = d_body(
        """
        Dear Datatilsynet,

        Attached is our request for prior consultation (Article 36 GDPR) regarding facial recognition express check-in. The DPIA report includes our contact details in Appendix A and the signed sign-off sheet scanned at the end.
        """
    )
    msg = message(
        "v008",
        D_FROM,
        "Article 36 prior consultation – Harbour & Heath Hotels, express check-in",
        when(11, 10, 16, 2),
        body,
        attachments=[("DPIA_Express_Check-in_signed.pdf", d_pdf("D1", scan=True))],
    )
    return msg, Label(
        "en",
        (*D_TAGS, "part5_signoff_table", "part5_scanned_signature_page"),
        "pgp_mime",
        True,
        "used",
        "complete; sign-off table and a scanned signed sheet appended to the PDF",
    )


def v028() -> Case:
    proc = ("Processor", "Keystay Systems BV – contact details in the DPA (Schedule 3)", "", "")
    body = d_body(
        """
        Dear Sir or Madam,

        Harbour & Heath Hotels requests prior consultation for location badges for housekeeping staff. The full DPIA is attached.
        """
    )
    msg = message(
        "v028",
        D_FROM,
        "Request for prior consultation – location badges",
        when(11, 23, 14, 44),
        body,
        attachments=[("HH_DPIA_Badges.pdf", d_pdf("D2", proc=proc))],
    )
    return msg, Label(
        "en",
        (*D_TAGS, "part5_signoff_table", "p1_processor_contact_elsewhere"),
        "pgp_mime",
        True,
        "used",
        "processor row refers to the DPA (not sent) for contacts – part 1 missing",
        (1,),
    )


def v048() -> Case:
    body = d_body(
        """
        Dear Datatilsynet,

        To save time we are sending our DPIA on facial recognition check-in now. The Executive Committee will review it on 8 December; the sign-off table will be completed then and we will send you the signed version.
        """
    )
    msg = message(
        "v048",
        D_FROM,
        "Prior consultation – express check-in (sign-off pending)",
        when(11, 25, 12, 20),
        body,
        attachments=[("HH_DPIA_Facial_Check-in_v1.9.pdf", d_pdf("D1", decided=False))],
    )
    return msg, Label(
        "en",
        (*D_TAGS, "signoff_table_pending"),
        "none",
        True,
        "used",
        "sign-off table says «Pending», ExCo review on 8 December – part 5 missing",
        (5,),
    )


# --- E: Telefjord AS (nb) -------------------------------------------------------------------

E_FROM = "Thomas Aune <thomas.aune@telefjord.no>"
E_TAGS = (
    "telecom_operator",
    "docx_heading_styles",
    "contact_sheet_docx",
    "risk_register_xlsx",
    "part5_minutes_pdf",
)


def e_files(
    t_key: str,
    *,
    register: bytes | None = None,
    over: dict[int, str] | None = None,
    kontaktark: bool = True,
) -> list[tuple[str, bytes]]:
    t = TOPICS[t_key]
    reg = (
        register
        if register is not None
        else to_xlsx(
            {
                "Risikoregister": p.risk_register_rows(t, "nb", "TF"),
                "Ikke gjennomført": p.not_taken_rows(t, "nb"),
            }
        )
    )
    files = [
        (
            "DPIA_" + t_key + ".docx",
            to_office_docx(
                p.e_dpia(t, over or {}),
                header="Telefjord AS – Intern",
                footer="DPIA",
                title=f"DPIA: {t.title}",
            ),
        )
    ]
    if kontaktark:
        files.insert(0, ("Kontaktark.docx", to_docx(p.e_kontaktark(t))))
    files += [
        ("Risikoregister_" + t_key + ".xlsx", reg),
        ("Referat_ledermote_2026-11-04.pdf", to_pdf(p.e_minutes(t))),
    ]
    return files


def v009() -> Case:
    body = (
        txt(
            """
        Hei,

        Telefjord AS ber om forhåndsdrøftelse for mobilitetsanalyse basert på lokasjonsdata. Vedlagt: kontaktark, DPIA, risikoregister og referat fra ledermøtet.
        """
        )
        + "\n"
        + p.E_SIG
        + "\n"
    )
    msg = message(
        "v009",
        E_FROM,
        "Anmodning om forhåndsdrøftelse – mobilitetsanalyse",
        when(11, 17, 13, 37),
        body,
        attachments=e_files("E1", register=b""),
    )
    return msg, Label(
        "nb",
        (*E_TAGS, "zero_byte_risk_assessment"),
        "pgp_mime",
        True,
        "used",
        "the DPIA points to the risk register, which is a zero-byte XLSX – part 4 missing",
        (4,),
    )


def v029() -> Case:
    body = (
        txt(
            """
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for deteksjon av SIM-svindel, med kontaktark, DPIA, risikoregister og referat fra ledergruppen.
        """
        )
        + "\n"
        + p.E_SIG
        + "\n"
    )
    msg = message(
        "v029",
        E_FROM,
        "Forhåndsdrøftelse – deteksjon av SIM-svindel",
        when(11, 27, 9, 50),
        body,
        attachments=e_files("E2"),
    )
    return msg, Label(
        "nb",
        (*E_TAGS, "processor_foreign"),
        "none",
        True,
        "used",
        "complete; UK processor (+44) on the contact sheet",
    )


def v049() -> Case:
    inner_body = txt(
        """
        Hei Thomas,

        Ledergruppen godkjente DPIA-en i dag. Her er hele pakken – kan du sende den til Datatilsynet?

        Kari
        --
        Kari Lønseth
        Personvernombud, Telefjord AS
        900 55 237 | personvernombud@telefjord.no
        """
    )
    inner = message(
        "v049i",
        "Kari Lønseth <personvernombud@telefjord.no>",
        "Pakke til Datatilsynet – mobilitetsanalyse",
        when(11, 4, 16, 30),
        inner_body,
        to="thomas.aune@telefjord.no",
        attachments=e_files("E1"),
    )
    body = (
        txt(
            """
        Hei,

        Videresender pakken vår med anmodning om forhåndsdrøftelse for mobilitetsanalyse. Alle dokumentene ligger i den videresendte e-posten fra personvernombudet.
        """
        )
        + "\n"
        + p.E_SIG
        + "\n"
    )
    msg = message(
        "v049",
        E_FROM,
        "VS: Pakke til Datatilsynet – mobilitetsanalyse",
        when(11, 5, 8, 12),
        body,
        forwarded=("Pakke til Datatilsynet.eml", inner),
    )
    return msg, Label(
        "nb",
        (*E_TAGS, "forwarded_rfc822"),
        "none",
        True,
        "used",
        "complete; all documents inside the forwarded message/rfc822",
    )


def v010() -> Case:
    t = TOPICS["E2"]
    body = (
        txt(
            f"""
        Hei,

        Telefjord AS ber om forhåndsdrøftelse for automatisk deteksjon av SIM-svindel.

        Kontaktperson: {p.E_CONTACT.name}, {p.E_CONTACT.title}, tlf. {p.E_CONTACT.phone}, {p.E_CONTACT.email}
        Personvernombud: {p.E_DPO.name}, tlf. {p.E_DPO.phone}, {p.E_DPO.email}
        Databehandler: Fraudsense Ltd, 1 Finsbury Avenue, London – kontakt {p.E_PROC["E2"].name}, {p.E_PROC["E2"].phone}, {p.E_PROC["E2"].email}

        DPIA, risikoregister og ledergruppens referat er vedlagt.
        """
        )
        + "\n"
        + p.E_SIG
        + "\n"
    )
    msg = message(
        "v010",
        E_FROM,
        "Anmodning om forhåndsdrøftelse – SIM-svindel",
        when(11, 12, 14, 5),
        body,
        attachments=e_files(t.key, kontaktark=False),
    )
    return msg, Label(
        "nb",
        (
            "telecom_operator",
            "contact_label_value",
            "docx_heading_styles",
            "risk_register_xlsx",
            "part5_minutes_pdf",
            "processor_foreign",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contacts as label lines in the mail",
    )


def v030() -> Case:
    t = TOPICS["E1"]
    assets = to_xlsx(
        {
            "Eiendeler": [
                ["System", "Eier", "Plassering", "Klassifisering"],
                ["Nettdata-plattform", "CTO", "Datasenter Oslo", "Strengt fortrolig"],
                ["Geoflyt analyse", "Produkt", "Datasenter Oslo", "Fortrolig"],
                ["Dashbord", "Produkt", "Sky (EU)", "Intern"],
            ]
        }
    )
    body = (
        txt(
            """
        Hei,

        Telefjord AS ber om forhåndsdrøftelse for mobilitetsanalyse. Vedlagt ligger kontaktark, DPIA, risikoregister og referat.
        """
        )
        + "\n"
        + p.E_SIG
        + "\n"
    )
    files = e_files(t.key, register=assets)
    msg = message(
        "v030",
        E_FROM,
        "Forhåndsdrøftelse – mobilitetsanalyse (Telefjord)",
        when(12, 2, 15, 48),
        body,
        attachments=files,
    )
    return msg, Label(
        "nb",
        (*E_TAGS, "wrong_file_risk_register"),
        "pgp_mime",
        True,
        "used",
        "the «risk register» XLSX holds only an asset inventory; the DPIA's risk section just refers to it – part 4 missing",
        (4,),
    )


def v050() -> Case:
    body = (
        txt(
            """
        Hei,

        Til orientering: Telefjord AS har fra 1. desember 2026 nytt personvernombud. Kari Lønseth overtar etter Jan Rasmussen. Kontakt: personvernombud@telefjord.no, tlf. 900 55 237.
        """
        )
        + "\n"
        + p.E_SIG
        + "\n"
    )
    msg = message(
        "v050", E_FROM, "Melding om nytt personvernombud – Telefjord AS", when(11, 28, 10, 0), body
    )
    return msg, Label(
        "nb",
        ("telecom_operator", "nonrequest_dpo_notification"),
        "none",
        False,
        "unspecified",
        "notice of a new DPO",
    )
