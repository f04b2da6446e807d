# ruff: noqa: E501
"""The sixty cases of blind13 (s001-s060): one function per case, returning message and label.

Sender of id n: ``ABCDEFGHIJ[((n - 1) % 20) // 2]``. Shapes name the sector, where the contacts
stand, the file formats and what stands in place of a missing part.
"""

from __future__ import annotations

from email.message import EmailMessage

import personas as ps
import topics as tp
from kit import (
    Label,
    html_from_text,
    message,
    plain,
    scan_pdf,
    to_docx,
    to_pdf,
    to_xlsx,
    to_zip,
    txt,
    when,
)

Case = tuple[EmailMessage, Label]


def day(n: int) -> str:
    """A deterministic date in November/December 2026 that grows with the id."""
    month = 11 if n <= 30 else 12
    d = 2 + (n - 1) % 30 if month == 11 else 1 + (n - 31) % 30
    return when(month, min(d, 28), 8 + n % 8, (n * 13) % 60)


def lab(
    lang: str,
    shapes: str,
    enc: str,
    proc: str,
    note: str,
    missing: tuple[int, ...] = (),
    req: bool = True,
) -> Label:
    return Label(lang, tuple(shapes.split()), enc, req, proc, note, missing)


# === A: Eidsvåg kommune =============================================================================


def _a_mail(
    cid: str,
    n: int,
    key: str,
    *,
    extra: str = "",
    vedtak: str = "pdf",
    zip_name: str = "",
    subject: str = "",
    **knobs: str | None,
) -> EmailMessage:
    t = getattr(tp, key)
    body = (
        txt(f"""
        Til Datatilsynet

        Eidsvåg kommune ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for
        «{t.title}».

        Vedlagt følger vurderingen av personvernkonsekvenser (DPIA) og kommunedirektørens vedtak.
        Kontaktopplysninger for kommunen, personvernombudet og databehandleren står i tabellen på
        forsiden av DPIA-en.
        {extra}
        """)
        + "\n"
        + ps.A_SIG
        + "\n"
    )
    proc = str(knobs.pop("proc", "full") or "full")
    dpo = str(knobs.pop("dpo", "full") or "full")
    files = [ps.pdf(f"DPIA_{key}_v1.3.pdf", ps.a_dpia(t, key, proc=proc, dpo=dpo, **knobs))]
    if vedtak == "pdf":
        files.append(ps.pdf("Vedtak_2026-1432_kommunedirektoren.pdf", ps.a_vedtak(t)))
    elif vedtak == "scan":
        files.append(("Vedtak_signert_skannet.pdf", scan_pdf([plain(ps.a_vedtak(t))])))
    if zip_name:
        files = [(zip_name, to_zip(dict(files)))]
    subj = subject or f"Anmodning om forhåndsdrøftelse – {t.title} (sak 2026/1432)"
    return message(cid, ps.A_FROM, subj, day(n), body, attachments=files)


def s001() -> Case:
    return _a_mail("s001", 1, "A1"), lab(
        "nb",
        "municipality dpia_front_page_contacts contact_table_pdf dpia_pdf headings_public_sector part5_delegated_decision risk_table_numbered",
        "pgp_mime",
        "used",
        "complete; all contacts in the DPIA front-page table; delegated decision PDF",
    )


def s021() -> Case:
    msg = _a_mail(
        "s021",
        21,
        "A2",
        proc="org_only",
        zip_name="Forhandsdroftelse_laeringsanalyse.zip",
        extra="Alt ligger i zip-filen.",
    )
    return msg, lab(
        "nb",
        "municipality dpia_front_page_contacts zip dpia_pdf headings_public_sector part5_delegated_decision p1_processor_org_only",
        "pgp_mime",
        "used",
        "processor row on the front page has only the company, 'sentralbord' and a support@ mailbox: no person, no phone number -> part 1 missing",
        (1,),
    )


def s041() -> Case:
    body = (
        txt("""
        Hei,

        Eidsvåg kommune vurderer å ta i bruk KI-basert transkribering av samtaler i helse- og
        omsorgstjenesten. Vi har startet på en DPIA, men den er ikke ferdig, og vi er usikre på om
        behandlingen vil kreve forhåndsdrøftelse.

        Vi ønsker derfor et veiledningsmøte med Datatilsynet i januar, gjerne digitalt, for å drøfte
        om vi har forstått kravene riktig. Kan dere foreslå et tidspunkt?
        """)
        + "\n"
        + ps.A_SIG
        + "\n"
    )
    msg = message(
        "s041",
        ps.A_FROM,
        "Ønske om veiledningsmøte – KI-transkribering i helse og omsorg",
        day(41),
        body,
    )
    return msg, lab(
        "nb",
        "municipality nonrequest_guidance",
        "none",
        "unspecified",
        "asks for a guidance meeting; DPIA unfinished; not a prior consultation request",
        req=False,
    )


def s002() -> Case:
    msg = _a_mail("s002", 2, "A1", vedtak="scan", extra="Vedtaket er signert på papir og skannet.")
    return msg, lab(
        "nb",
        "municipality dpia_front_page_contacts contact_table_pdf dpia_pdf headings_public_sector part5_delegated_decision part5_scanned_decision scan_pdf",
        "pgp_mime",
        "used",
        "complete; decision only as an image-only scan (OCR-able)",
    )


def s022() -> Case:
    msg = _a_mail("s022", 22, "A2", p3="")
    return msg, lab(
        "nb",
        "municipality dpia_front_page_contacts dpia_pdf headings_public_sector part5_delegated_decision empty_heading",
        "pgp_mime",
        "used",
        "chapter 3 'Formål, hjemmel og behov' is a bare heading; nothing on necessity or proportionality anywhere -> part 3 missing (the decision approves the DPIA: part 5 present)",
        (3,),
    )


def s042() -> Case:
    msg = _a_mail(
        "s042",
        42,
        "A2",
        zip_name="2026-1432_komplett.zip",
        subject="SV: Anmodning om forhåndsdrøftelse – læringsanalyse (sak 2026/1432) – komplett versjon",
        extra="I versjonen vi sendte tidligere manglet kapittel 3. Denne zip-filen erstatter den.",
    )
    return msg, lab(
        "nb",
        "municipality dpia_front_page_contacts zip dpia_pdf headings_public_sector part5_delegated_decision resubmission_complete",
        "none",
        "used",
        "complete resubmission of s022 in a ZIP",
    )


# === B: Fjellklinikken Rehabilitering AS ============================================================


def _b_mail(
    cid: str,
    n: int,
    key: str,
    *,
    fmt: str = "docx",
    extra: str = "",
    extra_files: list[tuple[str, bytes]] | None = None,
    **knobs: str | None,
) -> EmailMessage:
    t = getattr(tp, key)
    body = (
        txt(f"""
        Hei,

        Fjellklinikken ber om forhåndsdrøftelse for tiltaket «{t.title}». Vedlagt er vår
        ROS-analyse og vurdering av personvernkonsekvenser. Kontaktopplysninger står i tabellen
        først i dokumentet.
        {extra}
        """)
        + "\n"
        + ps.B_SIG
        + "\n"
    )
    markup = ps.b_dpia(t, key, **knobs)
    name = f"ROS_DPIA_{key}"
    doc = (name + ".docx", to_docx(markup)) if fmt == "docx" else (name + ".pdf", to_pdf(markup))
    return message(
        cid,
        ps.B_FROM,
        f"Forhåndsdrøftelse – {t.title}",
        day(n),
        body,
        attachments=[doc, *(extra_files or [])],
    )


def s003() -> Case:
    return _b_mail("s003", 3, "B1"), lab(
        "nb",
        "rehab_clinic contact_docx_merged_cells dpia_docx headings_health_template risk_table part5_minutes_in_dpia part5_signoff_table phone_foreign",
        "pgp_mime",
        "used",
        "complete; DOCX contact table with merged heading row and role cells merged downwards; Swedish processor +46",
    )


def s023() -> Case:
    msg = _b_mail(
        "s023",
        23,
        "B2",
        p3="Behovsvurderingen er beskrevet i eget notat (vedlegg 2, «Behovsvurdering prediksjonsmodell»).",
    )
    return msg, lab(
        "nb",
        "rehab_clinic contact_docx_merged_cells dpia_docx headings_health_template part5_minutes_in_dpia processor_none_stated referenced_attachment_absent",
        "pgp_mime",
        "none",
        "necessity chapter points to 'vedlegg 2', which is not attached; nothing else on necessity/proportionality -> part 3 missing",
        (3,),
    )


def s043() -> Case:
    msg = _b_mail("s043", 43, "B2", extra="Vi bruker ingen databehandler i dette prosjektet.")
    return msg, lab(
        "nb",
        "rehab_clinic contact_docx_merged_cells dpia_docx headings_health_template part5_minutes_in_dpia part5_signoff_table processor_none_stated",
        "none",
        "none",
        "complete; 'Databehandler: Ingen' in the merged table",
    )


def s004() -> Case:
    msg = _b_mail("s004", 4, "B1", dpo="no_phone")
    return msg, lab(
        "nb",
        "rehab_clinic contact_docx_merged_cells dpia_docx headings_health_template part5_minutes_in_dpia phone_foreign p1_dpo_no_phone",
        "pgp_mime",
        "used",
        "DPO row has name and e-mail but an empty phone cell; no DPO phone anywhere -> part 1 missing",
        (1,),
    )


def s024() -> Case:
    msg = _b_mail(
        "s024", 24, "B2", fmt="pdf", extra="Dokumentet er eksportert til PDF fra kvalitetssystemet."
    )
    return msg, lab(
        "nb",
        "rehab_clinic contact_table_pdf dpia_pdf headings_health_template part5_minutes_in_dpia part5_signoff_table processor_none_stated",
        "pgp_mime",
        "none",
        "complete; same template exported to PDF (merged cells rendered blank)",
    )


def s044() -> Case:
    msg = _b_mail(
        "s044",
        44,
        "B1",
        p5="Ledelsens gjennomgang er ikke gjennomført ennå. Saken er satt opp i kvalitetsutvalget 4. februar 2027.",
    )
    return msg, lab(
        "nb",
        "rehab_clinic contact_docx_merged_cells dpia_docx headings_health_template phone_foreign part5_future_meeting",
        "pgp_mime",
        "used",
        "only part 5 missing: management review scheduled for 4 February 2027",
        (5,),
    )


# === C: Kvarnholm Energi AB ========================================================================


def _c_sofia(
    cid: str,
    n: int,
    key: str,
    *,
    to: str = "postkasse@datatilsynet.no",
    files_extra: list[tuple[str, bytes]] | None = None,
    minutes: bool = True,
    **knobs: str | None,
) -> EmailMessage:
    t = getattr(tp, key)
    body = (
        txt(f"""
        Dear Sir or Madam,

        On behalf of Kvarnholm Energi AB (Norwegian branch: Kvarnholm Energi AB, filial i Norge) I
        request prior consultation under Article 36 GDPR regarding "{t.title}".

        I am the contact person for this request; my details are in the signature below. Our DPO
        and our processor are listed on the cover page of the attached DPIA.
        """)
        + "\n"
        + ps.C_SIG
        + "\n"
    )
    files = [ps.docx_file(f"Kvarnholm_DPIA_{key}.docx", ps.c_dpia(t, **knobs))]
    if minutes:
        files.append(ps.pdf("Board_minutes_extract_2026-10-22.pdf", ps.c_minutes(t)))
    files += files_extra or []
    return message(
        cid,
        ps.C_FROM,
        f"Request for prior consultation – {t.title}",
        day(n),
        body,
        attachments=files,
        to=to,
    )


def s005() -> Case:
    inner = _c_sofia("s005i", 4, "C1", to="hanne.vik@kvarnholm.no")
    body = txt("""
        Hello,

        Please find attached the request for prior consultation from our head office in Stockholm.
        I am forwarding it as it was addressed to me instead of to you. Sofia Lindqvist remains the
        contact person.

        Best regards
        Hanne Vik
        Country Manager Norway, Kvarnholm Energi AB, filial i Norge
        """)
    msg = message(
        "s005",
        "Hanne Vik <hanne.vik@kvarnholm.no>",
        "Fwd: Request for prior consultation – smart-meter load profiling",
        day(5),
        body,
        forwarded=("Request for prior consultation.eml", inner),
    )
    return msg, lab(
        "en",
        "energy_utility forwarded_rfc822 contact_signature_only contact_is_sender_stated dpia_front_page_contacts dpia_docx headings_english part5_board_minutes phone_foreign foreign_controller",
        "none",
        "used",
        "complete; forwarded as attachment; contact details only in the inner mail's signature (+46), DPO and processor (+49) on the DPIA cover",
    )


def s025() -> Case:
    msg = _c_sofia(
        "s025",
        25,
        "C2",
        minutes=False,
        p5="The DPIA will be presented to the Board on 12 March 2027. The minutes will follow.",
    )
    return msg, lab(
        "en",
        "energy_utility contact_signature_only contact_is_sender_stated dpia_front_page_contacts dpia_docx headings_english phone_foreign foreign_controller part5_future_meeting",
        "none",
        "used",
        "only part 5 missing: board meeting 12 March 2027, minutes 'will follow'",
        (5,),
    )


def s045() -> Case:
    t = tp.C2
    text = plain(ps.c_dpia(t))
    body = (
        txt(f"""
        Dear Datatilsynet,

        Further to our earlier message, we now request prior consultation regarding "{t.title}".
        As our mail gateway strips attachments when encrypting, the DPIA and the Board minutes are
        pasted below. I am the contact person; see my signature.
        """)
        + "\n"
        + text
        + "\n----- Board minutes (extract) -----\n\n"
        + plain(ps.c_minutes(t))
        + "\n"
        + ps.C_SIG
        + "\n"
    )
    msg = message(
        "s045", ps.C_FROM, f"Prior consultation request (complete) – {t.title}", day(45), body
    )
    return msg, lab(
        "en",
        "energy_utility all_in_body contact_signature_only contact_is_sender_stated headings_english part5_board_minutes phone_foreign foreign_controller resubmission_complete",
        "inline",
        "used",
        "complete; DPIA and board minutes pasted into a plain body (after s025)",
    )


def s006() -> Case:
    msg = _c_sofia("s006", 6, "C1")
    return msg, lab(
        "en",
        "energy_utility contact_signature_only contact_is_sender_stated dpia_front_page_contacts dpia_docx headings_english part5_board_minutes phone_foreign foreign_controller",
        "pgp_mime",
        "used",
        "complete; direct mail with DPIA and board minutes",
    )


def s026() -> Case:
    project_risks = to_xlsx(
        {
            "Project risks": [
                ["ID", "Risk", "Owner", "Probability", "Cost impact", "Mitigation"],
                [
                    "PR-01",
                    "Delay in Elhub data access agreement",
                    "PMO",
                    "Medium",
                    "High",
                    "Escalate to steering group",
                ],
                [
                    "PR-02",
                    "Budget overrun analytics platform",
                    "Finance",
                    "Medium",
                    "Medium",
                    "Fixed-price contract",
                ],
                ["PR-03", "Key data engineer leaves", "HR", "Low", "Medium", "Cross-training"],
                [
                    "PR-04",
                    "Vendor delivery slips past Q2",
                    "Procurement",
                    "High",
                    "Medium",
                    "Penalty clause",
                ],
            ]
        }
    )
    msg = _c_sofia(
        "s026",
        26,
        "C1",
        p4="See the attached risk register (Risk_register.xlsx).",
        files_extra=[("Risk_register.xlsx", project_risks)],
    )
    return msg, lab(
        "en",
        "energy_utility contact_signature_only contact_is_sender_stated dpia_front_page_contacts dpia_docx headings_english part5_board_minutes phone_foreign foreign_controller wrong_file_risk",
        "none",
        "used",
        "the risk chapter refers to Risk_register.xlsx, which is the project's delivery/budget risk list, not risks to the data subjects -> part 4 missing",
        (4,),
    )


def s046() -> Case:
    body = (
        txt("""
        Dear Datatilsynet,

        This is to inform you that Kvarnholm Energi AB has appointed a new Data Protection Officer
        for the group, including the Norwegian branch, with effect from 1 January 2027:

        Erik Bergström
        +46 8 410 226 00
        dpo@kvarnholm.se

        The notification has also been made to IMY in Sweden. No action is required on your part.
        """)
        + "\n"
        + ps.C_SIG
        + "\n"
    )
    msg = message(
        "s046",
        ps.C_FROM,
        "Notification of new Data Protection Officer – Kvarnholm Energi AB",
        day(46),
        body,
    )
    return msg, lab(
        "en",
        "energy_utility nonrequest_dpo_notification phone_foreign foreign_controller",
        "none",
        "unspecified",
        "DPO change notice, not a request",
        req=False,
    )


# === D: Hallingdal folkehøgskule ====================================================================

D_VENDOR = "Låssystemet blir levert og drifta av Fjellnett AS, som er databehandlar for skulen."


def _d_mail(
    cid: str, n: int, key: str, *, proc: str = "full", protocol: bool = True, **knobs: str | None
) -> EmailMessage:
    t = getattr(tp, key)
    body = (
        txt(f"""
        Hei

        Vedlagt er førespurnad om førehandsdrøfting frå Hallingdal folkehøgskule: fylgjebrev,
        kontaktark, vurderinga vår og styreprotokollen. Sak: «{t.title}».
        """)
        + "\n"
        + ps.D_SIG
        + "\n"
    )
    vendor = D_VENDOR if key == "D1" else ""
    files = [
        ps.rtf_file("Fylgjebrev.rtf", ps.d_letter(t)),
        ps.odt_file("Kontaktark.odt", ps.d_contact_sheet(key, proc)),
        ps.odt_file("Personvernkonsekvensvurdering.odt", ps.d_dpia(t, vendor=vendor, **knobs)),
    ]
    if protocol:
        files.append(("Styreprotokoll_12-11-2026.pdf", scan_pdf([ps.d_protocol(t)])))
    return message(
        cid,
        ps.D_FROM,
        f"Førespurnad om førehandsdrøfting – {t.title}",
        day(n),
        body,
        attachments=files,
    )


def s007() -> Case:
    return _d_mail("s007", 7, "D1"), lab(
        "nn",
        "folk_high_school rtf_letter contact_odt_sheet dpia_odt headings_nynorsk part5_scanned_protocol scan_pdf",
        "pgp_mime",
        "used",
        "complete; RTF letter, ODT contact sheet with processor row, ODT DPIA, scanned board protocol",
    )


def s027() -> Case:
    body = (
        txt("""
        Hei

        Vi vurderer å setje opp to kamera på parkeringsplassen ved skulen etter fleire innbrot i bilar.
        Treng vi å be om førehandsdrøfting for dette, eller held det at vi gjer ei eiga vurdering?
        Det er snakk om opptak som blir lagra i sju dagar.

        Takk for svar.
        """)
        + "\n"
        + ps.D_SIG
        + "\n"
    )
    msg = message(
        "s027",
        ps.D_FROM,
        "Spørsmål om kameraovervaking – treng vi førehandsdrøfting?",
        day(27),
        body,
    )
    return msg, lab(
        "nn",
        "folk_high_school nonrequest_question",
        "none",
        "unspecified",
        "a question whether prior consultation is needed; not a request",
        req=False,
    )


def s047() -> Case:
    msg = _d_mail(
        "s047",
        47,
        "D2",
        protocol=False,
        p3="Vurderinga av naudsyn og proporsjonalitet er ikkje gjennomført enno.",
        p5="Styret handsamar vurderinga når ho er ferdig.",
    )
    return msg, lab(
        "nn",
        "folk_high_school rtf_letter contact_odt_sheet dpia_odt headings_nynorsk processor_none_stated part3_not_done part5_future_meeting",
        "pgp_mime",
        "none",
        "necessity 'ikkje gjennomført enno'; board approval not yet given and no protocol attached (the letter still says it is enclosed) -> parts 3 and 5 missing",
        (3, 5),
    )


def s008() -> Case:
    msg = _d_mail("s008", 8, "D2")
    return msg, lab(
        "nn",
        "folk_high_school rtf_letter contact_odt_sheet dpia_odt headings_nynorsk part5_scanned_protocol scan_pdf processor_none_stated",
        "pgp_mime",
        "none",
        "complete; 'Ingen databehandlar' in the contact sheet",
    )


def s028() -> Case:
    msg = _d_mail("s028", 28, "D1", proc="none")
    return msg, lab(
        "nn",
        "folk_high_school rtf_letter contact_odt_sheet dpia_odt headings_nynorsk part5_scanned_protocol scan_pdf p1_processor_no_contact processor_named_in_passing",
        "pgp_mime",
        "used",
        "the DPIA says Fjellnett AS runs the lock system as processor, but no contact for Fjellnett is given anywhere -> part 1 missing",
        (1,),
    )


def s048() -> Case:
    t = tp.D2
    letter = ps.d_letter(t).replace(
        "Vedlagt fylgjer kontaktark, vurderinga av personvernkonsekvensar og protokoll frå styremøtet.",
        "Kontaktark, vurderinga og utdrag frå styreprotokollen står i dette brevet.",
    )
    markup = "\n\n".join(
        [
            letter,
            ps.d_contact_sheet("D2"),
            ps.d_dpia(t),
            "# Utdrag frå protokoll\n\n" + ps.d_protocol(t),
        ]
    )
    body = (
        txt("""
        Hei

        Vedlagt er førespurnaden vår som eitt dokument (RTF), slik rektor skreiv han.
        """)
        + "\n"
        + ps.D_SIG
        + "\n"
    )
    msg = message(
        "s048",
        ps.D_FROM,
        f"Førehandsdrøfting – {t.title}",
        day(48),
        body,
        attachments=[ps.rtf_file("Forehandsdrofting_helsekartlegging.rtf", markup)],
    )
    return msg, lab(
        "nn",
        "folk_high_school rtf_letter one_file_everything contact_table_rtf headings_nynorsk part5_protocol_in_document processor_none_stated",
        "none",
        "none",
        "complete; one RTF with letter, contact sheet, DPIA and the protocol text",
    )


# === E: Harbourline Assurance plc ====================================================================


def _e_mail(
    cid: str,
    n: int,
    key: str,
    *,
    proc: str = "full",
    minute: bool = True,
    extra_files: list[tuple[str, bytes]] | None = None,
    extra: str = "",
    **knobs: str | None,
) -> EmailMessage:
    t = getattr(tp, key)
    body = (
        txt(f"""
        Dear Datatilsynet,

        Harbourline Assurance plc, Norway branch, hereby requests prior consultation pursuant to
        Article 36 GDPR for "{t.title}". Please find enclosed:

        1. Contacts.xlsx – contact person, DPO and processor
        2. The DPIA (Word)
        3. Risk Committee minute 2026/41
        {extra}
        Kindly acknowledge receipt.
        """)
        + "\n"
        + ps.E_SIG
        + "\n"
    )
    files = [
        ("Contacts.xlsx", ps.e_contacts(key, proc)),
        ps.docx_file(f"DPIA_{key}_Norway.docx", ps.e_dpia(t, **knobs)),
    ]
    if minute:
        files.append(ps.pdf("Risk_Committee_minute_2026-41.pdf", ps.e_minute(t)))
    files += extra_files or []
    return message(
        cid,
        ps.E_FROM,
        f"Prior consultation – {t.title} – Harbourline Norway",
        day(n),
        body,
        attachments=files,
    )


def s009() -> Case:
    return _e_mail("s009", 9, "E1"), lab(
        "en",
        "insurer contact_xlsx dpia_docx headings_english part5_committee_minute phone_foreign foreign_controller",
        "pgp_mime",
        "used",
        "complete; contacts only in an XLSX list (+47, +44)",
    )


def s029() -> Case:
    msg = _e_mail("s029", 29, "E2", proc="partial")
    return msg, lab(
        "en",
        "insurer contact_xlsx dpia_docx headings_english part5_committee_minute phone_foreign foreign_controller p1_processor_partial",
        "pgp_mime",
        "used",
        "processor row: organisation and a UK switchboard only, name and e-mail cells empty -> part 1 missing",
        (1,),
    )


def s049() -> Case:
    brochure = to_pdf(
        """# Harbourline Home – your home, fully covered

Appendix A

Harbourline Home protects your house and contents against fire, water damage, theft and storm. Choose Basic, Plus or Premium.

| Cover | Basic | Plus | Premium |
| Fire and storm | Yes | Yes | Yes |
| Water damage | Yes | Yes | Yes |
| Theft outside home | No | Yes | Yes |
| Legal expenses | No | No | Yes |

Call us on +47 23 89 11 00 or visit harbourline.no."""
    )
    msg = _e_mail(
        "s049",
        49,
        "E1",
        p2="See Appendix A – Processing overview (attached).",
        extra_files=[("Appendix_A.pdf", brochure)],
        extra="4. Appendix A\n",
    )
    return msg, lab(
        "en",
        "insurer contact_xlsx dpia_docx headings_english part5_committee_minute phone_foreign foreign_controller wrong_file_description",
        "none",
        "used",
        "'Processing overview' points to Appendix A, which is a home-insurance product brochure; the executive summary only names the product -> part 2 missing",
        (2,),
    )


def s010() -> Case:
    return _e_mail("s010", 10, "E2"), lab(
        "en",
        "insurer contact_xlsx dpia_docx headings_english part5_committee_minute phone_foreign foreign_controller",
        "pgp_mime",
        "used",
        "complete; German processor +49 in the XLSX",
    )


def s030() -> Case:
    body = (
        txt("""
        Dear Datatilsynet,

        Harbourline Assurance plc is headquartered in London and operates in Norway through a branch.
        Since the UK is no longer in the EU, could you confirm whether Datatilsynet would be the
        competent authority for a future prior consultation concerning processing carried out by the
        branch, or whether we should approach the ICO?

        We are not submitting a request at this stage.
        """)
        + "\n"
        + ps.E_SIG
        + "\n"
    )
    msg = message(
        "s030",
        ps.E_FROM,
        "Question: competent authority for a UK insurer's Norwegian branch",
        day(30),
        body,
    )
    return msg, lab(
        "en",
        "insurer nonrequest_question phone_foreign foreign_controller",
        "none",
        "unspecified",
        "question about the competent authority; explicitly not a request",
        req=False,
    )


def s050() -> Case:
    msg = _e_mail(
        "s050",
        50,
        "E1",
        minute=False,
        p5="Pending: the DPIA will be tabled at the Risk Committee on 12 March 2027.",
        extra="(3. will follow after the Risk Committee meeting)\n",
    )
    return msg, lab(
        "en",
        "insurer contact_xlsx dpia_docx headings_english phone_foreign foreign_controller part5_future_meeting",
        "none",
        "used",
        "only part 5 missing: sign-off pending the Risk Committee of 12 March 2027",
        (5,),
    )


# === F: Trøndelag fylkeskommune, Tannhelsetjenesten =================================================


def _f_mail(
    cid: str,
    n: int,
    key: str,
    *,
    extra_files: list[tuple[str, bytes]] | None = None,
    intro_extra: str = "",
    **knobs: str | None,
) -> EmailMessage:
    t = getattr(tp, key)
    intro = f"Til Datatilsynet\n\nTrøndelag fylkeskommune ved Den offentlige tannhelsetjenesten ber om forhåndsdrøftelse for «{t.title}». Vurderingen av personvernkonsekvenser er vedlagt som PDF. {intro_extra}"
    outro = "Ta gjerne kontakt dersom noe er uklart."
    html = ps.f_mail_html(intro, key, outro)
    files = [ps.pdf(f"DPIA_tannhelse_{key}.pdf", ps.f_dpia(t, **knobs)), *(extra_files or [])]
    return message(
        cid,
        ps.F_FROM,
        f"Anmodning om forhåndsdrøftelse – {t.title}",
        day(n),
        html=html,
        attachments=files,
    )


def s011() -> Case:
    return _f_mail("s011", 11, "F1"), lab(
        "nb",
        "public_dental html_only_body html_contact_table dpia_pdf headings_health_template part5_minutes_in_dpia",
        "none",
        "used",
        "complete; contacts only in an HTML table in an HTML-only mail",
    )


def s031() -> Case:
    msg = _f_mail(
        "s031", 31, "F2", p5="Saken skal behandles i fylkestannlegens ledermøte 12. mars 2027."
    )
    return msg, lab(
        "nb",
        "public_dental html_only_body html_contact_table dpia_pdf headings_health_template part5_future_meeting processor_unspecified",
        "none",
        "unspecified",
        "only part 5 missing: 'behandles i ledermøtet 12. mars 2027'",
        (5,),
    )


def s051() -> Case:
    html = ps.to_html(
        """Til Datatilsynet

# Avviksmelding – feilsendt innkalling

Den 14. desember ble en innkalling til tannhelsekontroll for et barn sendt til feil foresatt (tidligere samboer uten foreldreansvar). Innkallingen inneholdt barnets navn, klinikk og tidspunkt.

| Tidspunkt oppdaget | 15.12.2026 kl. 09.10 |
| Antall berørte | 1 barn, 1 foresatt |
| Tiltak | adresse rettet, mottaker bedt om å slette, foresatt informert |

Meldingen er også registrert i Altinn. """
        + ps.F_SIG
    )
    msg = message(
        "s051",
        ps.F_FROM,
        "Melding om brudd på personopplysningssikkerheten – tannhelsetjenesten",
        day(51),
        html=html,
    )
    return msg, lab(
        "nb",
        "public_dental nonrequest_breach_notification html_only_body",
        "none",
        "unspecified",
        "breach notification, HTML only; not a request",
        req=False,
    )


def s012() -> Case:
    return _f_mail("s012", 12, "F2"), lab(
        "nb",
        "public_dental html_only_body html_contact_table dpia_pdf headings_health_template part5_minutes_in_dpia processor_unspecified",
        "none",
        "unspecified",
        "complete; no processor mentioned",
    )


def s032() -> Case:
    msg = _f_mail("s032", 32, "F1", p2="KI-verktøy for røntgenbilder, som nevnt innledningsvis.")
    return msg, lab(
        "nb",
        "public_dental html_only_body html_contact_table dpia_pdf headings_health_template part5_minutes_in_dpia description_in_passing",
        "none",
        "used",
        "'Behandlingsaktiviteten' is one line; nature, scope, sources and recipients appear nowhere (risks and necessity are there) -> part 2 missing",
        (2,),
    )


def s052() -> Case:
    t = tp.F1
    signed = f"""TRØNDELAG FYLKESKOMMUNE – TANNHELSETJENESTEN
BESLUTNING – FYLKESTANNLEGENS LEDERMØTE 20.10.2026, SAK 41/26

Sak: Personvernkonsekvensvurdering – {t.title}

Ledermøtet fikk vurderingen presentert 22.09.2026 (sak 37/26) og 20.10.2026. Funn: {t.residual} Innspill fra brukerutvalget, tillitsvalgte og personvernombudet er vurdert og tatt inn i tiltakene.

Beslutning: Vurderingen godkjennes. Det bes om forhåndsdrøftelse hos Datatilsynet.

Steinkjer, 20.10.2026
Randi Hoel, fylkestannlege (signert)      Ole Aune, klinikksjef (signert)"""
    msg = _f_mail(
        "s052",
        52,
        "F1",
        p5="Se vedlagt signert beslutning (skannet).",
        extra_files=[("Beslutning_signert.pdf", scan_pdf([signed]))],
        intro_extra="Signert beslutning følger som skannet PDF.",
    )
    return msg, lab(
        "nb",
        "public_dental html_only_body html_contact_table dpia_pdf headings_health_template part5_scanned_decision scan_pdf",
        "none",
        "used",
        "complete; approval only in a scanned signed decision (image-only PDF)",
    )


# === G: Nordkapp Havbruk AS ==========================================================================


def _g_body(t: tp.Topic, key: str, sig: str = ps.G_SIG, **knobs: str | None) -> str:
    return (
        txt(f"""
        Hei!

        Nordkapp Havbruk AS (org.nr. 998 120 447) ber om forhåndsdrøftelse for «{t.title}».

        Jeg er kontaktperson for saken. {ps.G_DPO}
        {ps.G_PROC[key]}
        """)
        + "\n"
        + plain(ps.g_text(t, key, **knobs))
        + "\n"
        + sig
        + "\n"
    )


def _g_pdf_mail(cid: str, n: int, key: str, to: str = "postkasse@datatilsynet.no") -> EmailMessage:
    t = getattr(tp, key)
    body = (
        txt(f"""
        Hei!

        Nordkapp Havbruk AS (org.nr. 998 120 447) ber om forhåndsdrøftelse for «{t.title}».
        DPIA-en ligger vedlagt.

        Jeg er kontaktperson for saken. {ps.G_DPO}
        {ps.G_PROC[key]}
        """)
        + "\n"
        + ps.G_SIG
        + "\n"
    )
    return message(
        cid,
        ps.G_FROM,
        f"Forhåndsdrøftelse – {t.title}",
        day(n),
        body,
        attachments=[
            ps.pdf("DPIA_Nordkapp_Havbruk.pdf", "# DPIA – " + t.title + "\n\n" + ps.g_text(t, key))
        ],
        to=to,
    )


def s013() -> Case:
    return _g_pdf_mail("s013", 13, "G1"), lab(
        "nb",
        "aquaculture contact_is_sender_stated contact_signature_only contact_body_lines dpo_external_firm dpia_pdf headings_caps part5_board_minutes",
        "pgp_mime",
        "used",
        "complete; 'Jeg er kontaktperson', phone only in the signature; DPO and processor in the body",
    )


def s033() -> Case:
    t = tp.G2
    body = _g_body(t, "G2", p4="Vi har vurdert risikoen og mener den er håndterbar.")
    msg = message("s033", ps.G_FROM, f"Forhåndsdrøftelse – {t.title}", day(33), body)
    return msg, lab(
        "nb",
        "aquaculture all_in_body contact_is_sender_stated contact_signature_only dpo_external_firm headings_caps_in_body part5_board_minutes risk_in_passing",
        "inline",
        "used",
        "risk section is one sentence ('vurdert ... håndterbar'): no risks, no measures -> part 4 missing",
        (4,),
    )


def s053() -> Case:
    inner = _g_pdf_mail("s053i", 40, "G1", to="postmottak@fiskeridir.no")
    body = (
        txt("""
        Hei,

        Jeg sendte dessverre denne til Fiskeridirektoratet ved en feil. Videresender den her som
        vedlegg, uendret.
        """)
        + "\n"
        + ps.G_SIG
        + "\n"
    )
    msg = message(
        "s053",
        ps.G_FROM,
        "VS: Forhåndsdrøftelse – kamera og GPS-sporing (sendt feil)",
        day(53),
        body,
        forwarded=("Forhåndsdrøftelse - kamera og GPS.eml", inner),
    )
    return msg, lab(
        "nb",
        "aquaculture forwarded_rfc822 contact_is_sender_stated contact_signature_only dpo_external_firm dpia_pdf headings_caps part5_board_minutes",
        "none",
        "used",
        "complete; the original (sent to the wrong authority) forwarded as message/rfc822",
    )


def s014() -> Case:
    body = (
        txt("""
        Til orientering sender vi kopi av vårt svar til Fellesforbundet avd. Finnmark om kameraene på
        fôrflåtene. Vi ber ikke om noe fra Datatilsynet nå.

        ---------- Videresendt melding ----------
        Fra: Lena Mikkelsen
        Til: finnmark@fellesforbundet.no
        Emne: SV: Kameraovervåking på anleggene

        Hei Rune,

        Takk for brevet. Kameraene skal ikke brukes til å måle arbeidstempo, og vi tar gjerne et
        møte med de tillitsvalgte før jul. Vi sender også saken til Datatilsynet når DPIA-en er ferdig.
        """)
        + "\n"
        + ps.G_SIG
        + "\n"
    )
    msg = message(
        "s014", ps.G_FROM, "Kopi: svar til Fellesforbundet om kameraovervåking", day(14), body
    )
    return msg, lab(
        "nb",
        "aquaculture nonrequest_copy_of_reply",
        "none",
        "unspecified",
        "copy of a reply to a union, for information; not a request",
        req=False,
    )


def s034() -> Case:
    t = tp.G2
    msg = message("s034", ps.G_FROM, f"Forhåndsdrøftelse – {t.title}", day(34), _g_body(t, "G2"))
    return msg, lab(
        "nb",
        "aquaculture all_in_body contact_is_sender_stated contact_signature_only dpo_external_firm headings_caps_in_body part5_board_minutes risk_bullets",
        "inline",
        "used",
        "complete; everything in the plain body; 'Jeg er kontaktperson' with phone in the signature",
    )


def s054() -> Case:
    t = tp.G1
    msg = message(
        "s054",
        ps.G_FROM,
        f"Forhåndsdrøftelse – {t.title}",
        day(54),
        _g_body(t, "G1", sig=ps.G_SIG_NO_PHONE),
    )
    return msg, lab(
        "nb",
        "aquaculture all_in_body contact_is_sender_stated dpo_external_firm headings_caps_in_body part5_board_minutes p1_contact_no_phone",
        "inline",
        "used",
        "'Jeg er kontaktperson', but the signature of this mail has no phone number and none is given elsewhere for her -> part 1 missing",
        (1,),
    )


# === H: Rheinfeld Logistik Norge AS ==================================================================


def _h_inner(cid: str, n: int, key: str, **knobs: str | None) -> EmailMessage:
    t = getattr(tp, key)
    body = txt(f"""
        Hallo Thomas,

        anbei die finale Fassung der DPIA «{t.title}» (norwegische Fassung), mit dem Vorstandsbeschluss im letzten Kapitel.
        Bitte an Datatilsynet weiterleiten. Die Kontaktdaten stehen auf dem Deckblatt.

        Viele Grüße
        Katrin Weiß
        Konzerndatenschutzbeauftragte | Rheinfeld Gruppe | Hamburg
        T +49 40 3289 1150
        """)
    return message(
        cid,
        ps.H_DPO_FROM,
        f"DPIA {t.title} – final",
        day(n),
        body,
        attachments=[ps.pdf(f"DPIA_{key}_NO.pdf", ps.h_dpia(t, **knobs))],
        to="thomas.berg@rheinfeld-logistik.no",
    )


def _h_forward(cid: str, n: int, key: str) -> EmailMessage:
    inner = _h_inner(cid + "i", n - 1, key)
    body = (
        txt("""
        Til Datatilsynet

        Rheinfeld Logistik Norge AS ber om forhåndsdrøftelse. Vedlagt er e-posten fra konsernets
        personvernombud med DPIA-en; kontaktopplysningene står på forsiden av dokumentet.
        """)
        + "\n"
        + ps.H_SIG
        + "\n"
    )
    return message(
        cid,
        ps.H_FROM,
        "Anmodning om forhåndsdrøftelse – Rheinfeld Logistik Norge AS",
        day(n),
        body,
        forwarded=("DPIA final.eml", inner),
    )


def s015() -> Case:
    return _h_forward("s015", 15, "H1"), lab(
        "nb",
        "logistics forwarded_rfc822 dpia_front_page_contacts dpia_pdf part5_board_decision_in_dpia phone_foreign foreign_owned_subsidiary",
        "pgp_mime",
        "used",
        "complete; DPO's German mail forwarded as attachment; all contacts on the DPIA front page (+49)",
    )


def s035() -> Case:
    t = tp.H2
    body = (
        txt(f"""
        Til Datatilsynet

        Vi ber om forhåndsdrøftelse for «{t.title}». DPIA-en er vedlagt. Systembeskrivelsen fra
        leverandøren er ikke ferdig.
        """)
        + "\n"
        + ps.H_SIG
        + "\n"
    )
    doc = ps.pdf(
        "DPIA_H2_NO.pdf",
        ps.h_dpia(t, p2="Systembeskrivelse utarbeides av leverandøren og ettersendes."),
    )
    msg = message(
        "s035", ps.H_FROM, f"Forhåndsdrøftelse – {t.title}", day(35), body, attachments=[doc]
    )
    return msg, lab(
        "nb",
        "logistics dpia_front_page_contacts dpia_pdf part5_board_decision_in_dpia phone_foreign foreign_owned_subsidiary part2_will_follow",
        "pgp_mime",
        "used",
        "description 'ettersendes'; the purpose line and risks do not describe the processing's nature, scope, sources and recipients -> part 2 missing (the board's approval is documented: part 5 present)",
        (2,),
    )


def s055() -> Case:
    t = tp.H2
    body = (
        txt(f"""
        Til Datatilsynet

        Rheinfeld Logistik Norge AS ber om forhåndsdrøftelse for «{t.title}». Vedlagt er den
        fullstendige DPIA-en, nå med systembeskrivelsen. Kontaktpersoner står på forsiden.
        """)
        + "\n"
        + ps.H_SIG
        + "\n"
    )
    msg = message(
        "s055",
        ps.H_FROM,
        f"Forhåndsdrøftelse – {t.title} (komplett)",
        day(55),
        body,
        attachments=[ps.pdf("DPIA_H2_NO_v3.pdf", ps.h_dpia(t))],
    )
    return msg, lab(
        "nb",
        "logistics dpia_front_page_contacts dpia_pdf part5_board_decision_in_dpia phone_foreign foreign_owned_subsidiary resubmission_complete",
        "pgp_mime",
        "used",
        "complete resubmission after s035",
    )


def s016() -> Case:
    return _h_forward("s016", 16, "H2"), lab(
        "nb",
        "logistics forwarded_rfc822 dpia_front_page_contacts dpia_pdf part5_board_decision_in_dpia phone_foreign foreign_owned_subsidiary",
        "pgp_mime",
        "used",
        "complete; forwarded as attachment",
    )


def s036() -> Case:
    body = txt("""
        PRESSEMELDING

        Rheinfeld Logistik Norge AS åpner nytt lager på Berger

        Drammen, 2. desember 2026: Rheinfeld Logistik åpner i mars et nytt automatisert lager med
        220 arbeidsplasser. Lageret får moderne håndskannere og et nytt system for fordeling av
        plukkoppdrag. Selskapet vil be Datatilsynet om forhåndsdrøftelse av produktivitetsmålingen
        når vurderingen er ferdig.

        Kontakt for presse: kommunikasjon@rheinfeld-logistik.no
        """)
    msg = message(
        "s036",
        "Kommunikasjon <kommunikasjon@rheinfeld-logistik.no>",
        "Pressemelding: Rheinfeld åpner nytt lager på Berger",
        day(36),
        body,
    )
    return msg, lab(
        "nb",
        "logistics nonrequest_press_release mentions_prior_consultation",
        "none",
        "unspecified",
        "press release; says a request will come later; not a request",
        req=False,
    )


def s056() -> Case:
    t = tp.H1
    body = (
        txt(f"""
        Til Datatilsynet

        Rheinfeld Logistik Norge AS ber om forhåndsdrøftelse for «{t.title}». Vedlagt er DPIA-en.
        """)
        + "\n"
        + ps.H_SIG
        + "\n"
    )
    doc = ps.pdf(
        "DPIA_H1_NO.pdf",
        ps.h_dpia(
            t,
            p4="Risikovurderingen utarbeides av konsernets personvernteam i Hamburg og sendes senere.",
            p5="Styrebehandling skjer når risikovurderingen foreligger.",
        ),
    )
    msg = message(
        "s056", ps.H_FROM, f"Forhåndsdrøftelse – {t.title}", day(56), body, attachments=[doc]
    )
    return msg, lab(
        "nb",
        "logistics dpia_front_page_contacts dpia_pdf phone_foreign foreign_owned_subsidiary part4_will_follow part5_future_meeting",
        "pgp_mime",
        "used",
        "risk assessment 'sendes senere' and board review pending -> parts 4 and 5 missing",
        (4, 5),
    )


# === I: Studentsamskipnaden Vestkyst ===============================================================


def _i_files(key: str, proc: str = "full", **knobs: str | None) -> list[tuple[str, bytes]]:
    t = getattr(tp, key)
    return [
        ps.docx_file("Anmodning_forhandsdroftelse.docx", ps.i_cover(t, key, proc)),
        ps.docx_file(f"DPIA_{key}.docx", ps.i_dpia(t, **knobs)),
        ps.pdf("Utdrag_styreprotokoll_sak_31-26.pdf", ps.i_protocol(t)),
    ]


def _i_mail(
    cid: str,
    n: int,
    key: str,
    *,
    zipped: bool = False,
    subject: str = "",
    note: str = "",
    **knobs: str | None,
) -> EmailMessage:
    t = getattr(tp, key)
    files = _i_files(key, **knobs)
    if zipped:
        files = [("SiVest_forhandsdroftelse.zip", to_zip(dict(files)))]
    body = (
        txt(f"""
        Hei,

        Vedlagt følger SiVest sin anmodning om forhåndsdrøftelse («{t.title}»). Kontaktpersoner
        står i følgebrevet. {note}
        """)
        + "\n"
        + ps.I_SIG
        + "\n"
    )
    return message(
        cid,
        ps.I_FROM,
        subject or f"Anmodning om forhåndsdrøftelse – {t.title}",
        day(n),
        body,
        attachments=files,
    )


def s017() -> Case:
    msg = _i_mail("s017", 17, "I1", zipped=True, note="Alt ligger i én zip-fil.")
    return msg, lab(
        "nb",
        "student_welfare zip cover_letter_docx contact_two_columns_docx dpia_docx part5_protocol_pdf",
        "none",
        "used",
        "complete; ZIP with a cover letter whose contacts stand in two columns (SiVest left, processor right)",
    )


def s037() -> Case:
    html = html_from_text(
        txt("""
        Nyhetsbrev fra SiVest – desember 2026

        God jul fra oss alle! Her er nytt fra samskipnaden:

        - Nye studentboliger på Nygård tas i bruk i februar.
        - Kantinene har nye åpningstider i eksamensperioden.
        - Vi tester energistyring i 40 hybler. Personvernet er ivaretatt, og vi jobber med en
          vurdering av personvernkonsekvenser.

        Du mottar dette nyhetsbrevet fordi du står på vår samarbeidsliste. Meld deg av her.
        """)
    )
    msg = message(
        "s037",
        "SiVest <nyhetsbrev@sivest.no>",
        "Nyhetsbrev fra SiVest – desember",
        day(37),
        html=html,
    )
    return msg, lab(
        "nb",
        "student_welfare nonrequest_newsletter html_only_body",
        "none",
        "unspecified",
        "newsletter; mentions a DPIA in passing; not a request",
        req=False,
    )


def s057() -> Case:
    msg = _i_mail("s057", 57, "I2", proc="no_phone")
    return msg, lab(
        "nb",
        "student_welfare cover_letter_docx contact_two_columns_docx dpia_docx part5_protocol_pdf p1_processor_no_phone",
        "none",
        "used",
        "processor column has company, person and e-mail but no phone; nowhere else -> part 1 missing",
        (1,),
    )


def s018() -> Case:
    return _i_mail("s018", 18, "I2"), lab(
        "nb",
        "student_welfare cover_letter_docx contact_two_columns_docx dpia_docx part5_protocol_pdf",
        "pgp_mime",
        "used",
        "complete; loose files",
    )


def s038() -> Case:
    msg = _i_mail("s038", 38, "I1", p3="Vi mener tiltaket er nødvendig og forholdsmessig.")
    return msg, lab(
        "nb",
        "student_welfare cover_letter_docx contact_two_columns_docx dpia_docx part5_protocol_pdf part3_in_passing",
        "pgp_mime",
        "used",
        "necessity/proportionality is one assertive sentence; no reasoning, no safeguards -> part 3 missing",
        (3,),
    )


def s058() -> Case:
    msg = _i_mail(
        "s058",
        58,
        "I1",
        subject="Anmodning om forhåndsdrøftelse – sensorer i studentboliger (oppdatert)",
        note="Denne erstatter forrige sending; kapitlet om nødvendighet er nå skrevet ut.",
    )
    return msg, lab(
        "nb",
        "student_welfare cover_letter_docx contact_two_columns_docx dpia_docx part5_protocol_pdf resubmission_complete",
        "none",
        "used",
        "complete resubmission after s038",
    )


# === J: Puls Arena Treningssentre AS =================================================================


def _j_scan_mail(cid: str, n: int, key: str) -> EmailMessage:
    t = getattr(tp, key)
    pages = [plain(ps.j_text(t, key))]
    body = (
        txt(f"""
        Hei,

        Vedlagt er vår DPIA for «{t.title}», signert og skannet. Vi ber om forhåndsdrøftelse.
        Kontaktopplysninger står øverst i dokumentet.
        """)
        + "\n"
        + ps.J_SIG
        + "\n"
    )
    return message(
        cid,
        ps.J_FROM,
        f"Forhåndsdrøftelse – {t.title}",
        day(n),
        body,
        attachments=[("DPIA_signert_skann.pdf", scan_pdf(pages))],
    )


def s019() -> Case:
    return _j_scan_mail("s019", 19, "J1"), lab(
        "nb",
        "gym_chain scan_pdf one_file_everything contact_label_value part5_board_decision_in_dpia phone_foreign",
        "pgp_mime",
        "used",
        "complete; whole DPIA only as an image-only scan (OCR-able); Swedish processor +46",
    )


def s039() -> Case:
    t = tp.J2
    doc = ps.pdf(
        "DPIA_pulsklokker.pdf",
        ps.j_text(t, "J2", p4="Se vedlagt risikovurdering (Risikovurdering.xlsx)."),
    )
    body = (
        txt(f"""
        Hei,

        Vi ber om forhåndsdrøftelse for «{t.title}». Vedlagt DPIA og risikovurdering.
        """)
        + "\n"
        + ps.J_SIG
        + "\n"
    )
    msg = message(
        "s039",
        ps.J_FROM,
        f"Forhåndsdrøftelse – {t.title}",
        day(39),
        body,
        attachments=[doc, ("Risikovurdering.xlsx", b"")],
    )
    return msg, lab(
        "nb",
        "gym_chain dpia_pdf contact_label_value part5_board_decision_in_dpia zero_byte_risk_assessment",
        "none",
        "used",
        "the risk assessment is a zero-byte XLSX; the DPIA's risk section only points to it -> part 4 missing",
        (4,),
    )


def s059() -> Case:
    t = tp.J2
    body = (
        txt(f"""
        Hei,

        Her er anmodningen vår om forhåndsdrøftelse for «{t.title}», skrevet rett inn i e-posten.
        """)
        + "\n"
        + plain(ps.j_text(t, "J2"))
        + "\n"
        + ps.J_SIG
        + "\n"
    )
    msg = message("s059", ps.J_FROM, f"Forhåndsdrøftelse – {t.title}", day(59), body)
    return msg, lab(
        "nb",
        "gym_chain all_in_body contact_label_value part5_board_decision_in_dpia risk_bullets",
        "inline",
        "used",
        "complete; everything in the plain body",
    )


def s020() -> Case:
    return _j_scan_mail("s020", 20, "J2"), lab(
        "nb",
        "gym_chain scan_pdf one_file_everything contact_label_value part5_board_decision_in_dpia",
        "none",
        "used",
        "complete; image-only scan",
    )


def s040() -> Case:
    t = tp.J1
    doc = ps.pdf(
        "DPIA_ansiktsgjenkjenning_utkast.pdf",
        ps.j_text(
            t,
            "J1",
            p2="Ikke ferdigstilt – leverandøren utarbeider systembeskrivelsen.",
            p5="Styret behandler DPIA-en når beskrivelsen er ferdig.",
        ),
    )
    body = (
        txt(f"""
        Hei,

        Vedlagt DPIA for «{t.title}». Vi ber om forhåndsdrøftelse.
        """)
        + "\n"
        + ps.J_SIG
        + "\n"
    )
    msg = message(
        "s040", ps.J_FROM, f"Forhåndsdrøftelse – {t.title}", day(40), body, attachments=[doc]
    )
    return msg, lab(
        "nb",
        "gym_chain dpia_pdf contact_label_value part5_board_decision_in_dpia phone_foreign part2_not_done part5_future_meeting",
        "none",
        "used",
        "draft: 'Beskrivelse: Ikke ferdigstilt' (title and risks hint at the processing but do not describe it) and the board will only treat it when finished -> parts 2 and 5 missing",
        (2, 5),
    )


def s060() -> Case:
    t = tp.J1
    body = (
        txt("""
        Hei igjen,

        Her er den ferdige DPIA-en for ansiktsgjenkjenning, limt rett inn i e-posten.
        """)
        + "\n"
        + plain(ps.j_text(t, "J1"))
        + "\n"
        + ps.J_SIG
        + "\n"
    )
    msg = message(
        "s060", ps.J_FROM, f"Forhåndsdrøftelse – {t.title} (ferdig versjon)", day(60), body
    )
    return msg, lab(
        "nb",
        "gym_chain all_in_body contact_label_value part5_board_decision_in_dpia phone_foreign resubmission_complete",
        "inline",
        "used",
        "complete resubmission of s040 in a plain body",
    )
