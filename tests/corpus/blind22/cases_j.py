# ruff: noqa: E501
"""The sixty cases of blind22 (j001-j060): one function per case, returning message and label.

Sender of id n: ``ABCDEFGHIJ[((n-1) % 20) // 2]``. Odd and even halves each hold 15 registered,
11 incomplete and 4 non-requests.
"""

from __future__ import annotations

from email.message import EmailMessage

import personas as p
from kit import Label, message, when
from topics import TOPICS as T

Case = tuple[EmailMessage, Label]

DOC = (
    "toc",
    "running_header_footer",
    "revision_history",
    "methodology_chapter",
    "executive_summary",
    "risk_matrix_5x5",
    "colour_words",
)
A = (
    "consultancy_municipality",
    "sent_on_behalf",
    "dpia_report_pdf",
    *DOC,
    "approval_table",
    "contact_table_in_appendix",
    "cover_mail_lists_enclosures",
)
B = (
    "consultancy_logistics",
    "sent_on_behalf",
    "dpia_report_docx",
    *DOC,
    "contact_table_in_appendix",
    "dpo_external_firm",
)
C = (
    "law_firm",
    "sent_on_behalf",
    "cover_letter_pdf",
    "bilag_list",
    "dpia_report_docx",
    "toc",
    "running_header_footer",
    "revision_history",
    "methodology_chapter",
    "risk_register_xlsx",
    "contact_label_value",
    "processor_block_org_address",
    "phone_foreign",
)
D = (
    "foreign_owned_subsidiary",
    "english_doc_norwegian_mail",
    "dpia_report_docx",
    *DOC,
    "approval_table",
    "contact_label_value",
    "phone_foreign",
)
E = (
    "hospital_trust",
    "dpia_report_pdf",
    *DOC,
    "contact_table_front",
    "cover_mail_lists_enclosures",
)
F = (
    "bank",
    "dpia_report_docx",
    "letter_in_body",
    *DOC,
    "approval_table",
    "contact_table_in_appendix",
    "risk_register_xlsx",
    "cover_mail_lists_enclosures",
)
G = ("telecom", "dpia_report_pdf", *DOC, "contact_columns", "processor_block_org_address")
H = ("state_directorate", *DOC)
RETAIL = (
    "retail_chain",
    "dpia_report_pdf",
    "toc",
    "running_header_footer",
    "revision_history",
    "template_guidance_text",
    "risk_matrix_5x5",
    "colour_words",
    "risk_register_xlsx",
    "contact_table_in_doc",
    "approval_table",
)
J = (
    "software_vendor",
    "sent_on_behalf",
    "processor_is_sender",
    "dpia_report_docx",
    *DOC,
    "approval_table",
    "contact_label_value",
)


def req(
    lang: str,
    shapes: tuple[str, ...],
    enc: str,
    proc: str,
    note: str,
    missing: tuple[int, ...] = (),
) -> Label:
    return Label(lang, tuple(dict.fromkeys(shapes)), enc, True, proc, note, missing)


def nonreq(lang: str, shapes: tuple[str, ...], enc: str, note: str) -> Label:
    return Label(lang, shapes, enc, False, "unspecified", note)


# --- A: Kvamme & Lid for Nordvik kommune ---------------------------------------------------


def j001() -> Case:
    return p.a_mail("j001", T["A1"], {}, when(12, 9, 10, 14)), req(
        "nb",
        (*A, "part5_protocol_appendix", "risk_register_in_doc"),
        "pgp_mime",
        "used",
        "complete; consultancy report with TOC, approval table and protocol extract as Vedlegg B",
    )


def j002() -> Case:
    return p.a_mail("j002", T["A2"], {"p5": "draft"}, when(11, 24, 15, 2)), req(
        "nb",
        (*A, "approval_status_draft", "part5_future_meeting"),
        "none",
        "used",
        "approval table «Til behandling i ledergruppen 12.01.2027», status Utkast v0.9; Vedlegg B «ettersendes»",
        (5,),
    )


def j021() -> Case:
    return p.a_mail("j021", T["A1"], {"p3": "under_arbeid"}, when(11, 18, 9, 40)), req(
        "nb",
        (*A, "part5_protocol_appendix", "toc_chapter_under_arbeid"),
        "pgp_mime",
        "used",
        "chapter 4.2 necessity/proportionality «UNDER ARBEID»; only the legal basis is there",
        (3,),
    )


def j022() -> Case:
    return p.a_mail("j022", T["A2"], {"appendix_b_separate": True}, when(12, 10, 13, 25)), req(
        "nb",
        (*A, "part5_scanned_protocol", "appendix_separate_file"),
        "pgp_mime",
        "used",
        "complete; Vedlegg B is a separate scanned protocol extract (image-only PDF)",
    )


def j041() -> Case:
    k = {
        "resend": "Vi sender anmodningen på nytt fordi vi ikke har fått mottaksbekreftelse på e-posten av 10. desember. Innholdet er det samme."
    }
    return p.a_mail("j041", T["A2"], k, when(12, 17, 8, 55)), req(
        "nb",
        (*A, "part5_protocol_appendix", "resubmission_same"),
        "none",
        "used",
        "complete; resent because no receipt came; report with protocol in Vedlegg B",
    )


def j042() -> Case:
    return p.a_guidance("j042", when(12, 2, 14, 10)), nonreq(
        "nb",
        ("consultancy_municipality", "sent_on_behalf", "nonrequest_guidance", "says_not_a_request"),
        "none",
        "request for a guidance meeting (veiledningsmøte), DPIA not finished, «Vi ber ikke om forhåndsdrøftelse nå»",
    )


# --- B: Havtorn Consulting for Fraktlinjen Nord -------------------------------------------


def j003() -> Case:
    return p.b_mail("j003", T["B1"], {}, when(12, 7, 11, 3)), req(
        "nb",
        (*B, "part5_minutes_appendix", "foreign_processor", "phone_foreign"),
        "pgp_mime",
        "used",
        "complete; DOCX with Havtorn framework, 5x5 matrix, Appendix 1 contacts, Appendix 2 decision minutes",
    )


def j004() -> Case:
    return p.b_mail(
        "j004", T["B2"], {"p4": "template_empty", "p5": "pending"}, when(11, 23, 16, 20)
    ), req(
        "nb",
        (*B, "risk_matrix_template_empty", "part5_future_meeting"),
        "none",
        "used",
        "risk matrix and register are empty templates («fylles ut i workshop 3»); not yet before management",
        (4, 5),
    )


def j023() -> Case:
    return p.b_newsletter("j023", when(12, 1, 7, 30)), nonreq(
        "nb",
        ("consultancy_logistics", "newsletter", "html_alternative", "mentions_prior_consultation"),
        "none",
        "the consultancy's newsletter: breakfast seminar on DPIA in logistics",
    )


def j024() -> Case:
    return p.b_mail("j024", T["B2"], {}, when(12, 8, 9, 12)), req(
        "nb",
        (*B, "part5_minutes_appendix"),
        "pgp_mime",
        "used",
        "complete; warehouse productivity DPIA with decision minutes",
    )


def j043() -> Case:
    return p.b_mail("j043", T["B1"], {"p1": "proc_no_person"}, when(12, 14, 10, 45)), req(
        "nb",
        (*B, "part5_minutes_appendix", "p1_processor_no_person"),
        "pgp_mime",
        "used",
        "processor row names Nordic Fleetvision Oy only, «henvendelser via kundeportalen», no person/phone/e-mail",
        (1,),
    )


def j044() -> Case:
    k = {
        "resend": "Hei igjen – etter ønske fra kunden sender vi rapporten og risikoregisteret samlet i én ZIP-fil."
    }
    return p.b_mail("j044", T["B1"], k, when(12, 15, 13, 0), zipped=True), req(
        "nb",
        (*B, "part5_minutes_appendix", "zip", "risk_register_xlsx", "phone_foreign"),
        "none",
        "used",
        "complete; DOCX and risk register XLSX in a ZIP",
    )


# --- C: Advokatfirmaet Brekke Solum ---------------------------------------------------------


def j005() -> Case:
    return p.c_mail("j005", T["C1"], {}, when(12, 7, 15, 30), "20417-3 / HSO"), req(
        "nb",
        (*C, "part5_scanned_protocol", "dpo_statement"),
        "pgp_mime",
        "used",
        "complete; lawyer's letter with Bilag 1-5, board protocol scanned",
    )


def j006() -> Case:
    return p.c_mail(
        "j006", T["C1"], {"p5": "listed_missing"}, when(12, 4, 12, 5), "20417-2 / HSO"
    ), req(
        "nb",
        (*C, "enclosure_listed_not_attached"),
        "pgp_mime",
        "used",
        "Bilag 5 (styreprotokoll) listed in the letter but not attached; DPIA says only «Styrets behandling fremgår av Bilag 5»",
        (5,),
    )


def j025() -> Case:
    return p.c_mail("j025", T["C2"], {}, when(12, 3, 10, 20), "20533-1 / HSO"), req(
        "nb",
        (*C, "part5_scanned_protocol", "dpo_statement"),
        "none",
        "used",
        "complete; AI CV screening for a staffing client",
    )


def j026() -> Case:
    return p.c_mail(
        "j026", T["C2"], {"p1": "dpo_no_phone"}, when(11, 27, 14, 48), "20533-1 / HSO"
    ), req(
        "nb",
        (*C, "part5_scanned_protocol", "p1_dpo_no_phone"),
        "none",
        "used",
        "letter's contact section gives the DPO with e-mail only; the DPIA has no contact table",
        (1,),
    )


def j045() -> Case:
    return p.c_mail(
        "j045", T["C1"], {"p4": "listed_missing"}, when(12, 1, 9, 15), "20417-1 / HSO"
    ), req(
        "nb",
        (*C, "part5_scanned_protocol", "enclosure_listed_not_attached"),
        "none",
        "used",
        "Bilag 3 (risk register and matrix) listed but not attached; DPIA chapter 6 only refers to it",
        (4,),
    )


def j046() -> Case:
    return p.c_mail("j046", T["C2"], {}, when(12, 11, 11, 40), "20533-2 / HSO"), req(
        "nb",
        (*C, "part5_scanned_protocol", "dpo_statement"),
        "pgp_mime",
        "used",
        "complete; second letter in the staffing matter, all Bilag attached",
    )


# --- D: Calder Norway AS -------------------------------------------------------------------


def j007() -> Case:
    return p.d_mail("j007", T["D1"], {}, when(12, 1, 16, 5)), req(
        "en",
        (*D, "part5_minutes_appendix"),
        "pgp_mime",
        "used",
        "complete; English group DPIA, Norwegian cover mail with label-value contacts, Board minutes in Appendix C",
    )


def j008() -> Case:
    return p.d_mail("j008", T["D2"], {"p5": "draft"}, when(12, 9, 8, 30)), req(
        "en",
        (*D, "approval_status_draft", "part5_future_meeting"),
        "none",
        "used",
        "DRAFT v0.8; Approvals row «Pending», sign-off at MT meeting in January",
        (5,),
    )


def j027() -> Case:
    return p.d_mail("j027", T["D1"], {"p3": "method_only"}, when(11, 20, 13, 50)), req(
        "en",
        (*D, "part5_minutes_appendix", "methodology_no_assessment"),
        "pgp_mime",
        "used",
        "section 4 holds only the approach and author guidance, «Assessment: To be completed»",
        (3,),
    )


def j028() -> Case:
    return p.d_mail("j028", T["D2"], {}, when(12, 10, 10, 0)), req(
        "en",
        (*D, "part5_minutes_appendix"),
        "pgp_mime",
        "used",
        "complete; speech analytics in Trondheim",
    )


def j047() -> Case:
    return p.d_mail("j047", T["D1"], {}, when(12, 2, 9, 25)), req(
        "en",
        (*D, "part5_minutes_appendix"),
        "none",
        "used",
        "complete; insider risk DPIA, final v1.0",
    )


def j048() -> Case:
    msg = message(
        "j048",
        "Calder Group Privacy Office <privacy.office@caldergroup.com>",
        "Personal data breach notification – Calder Norway AS – INC-2026-0912",
        when(12, 16, 21, 12),
        p.d_breach("j048", ""),
    )
    return msg, nonreq(
        "en",
        ("foreign_owned_subsidiary", "nonrequest_breach_notification", "all_in_body"),
        "inline",
        "Art. 33 breach notification, preliminary",
    )


# --- E: Sjukehuset Vestkyst HF ------------------------------------------------------------


def j009() -> Case:
    return p.e_mail("j009", T["E1"], {}, when(11, 30, 12, 40)), req(
        "nn",
        (*E, "approval_table", "part5_protocol_in_doc", "processor_none_stated"),
        "pgp_mime",
        "none",
        "complete; nynorsk DPIA, no external processor stated",
    )


def j010() -> Case:
    return p.e_mail("j010", T["E2"], {"p2": "appendix_missing"}, when(12, 3, 14, 15)), req(
        "nn",
        (*E, "approval_table", "part5_protocol_in_doc", "enclosure_listed_not_attached"),
        "pgp_mime",
        "used",
        "chapter 3 points to Vedlegg A Systemskildring, listed in the mail but not attached",
        (2,),
    )


def j029() -> Case:
    msg = message(
        "j029",
        f"Åshild Fjærestad <{p.E_FJAERESTAD.email}>",
        "Svar på varsel om tilsyn – loggkontroll – dykkar ref. 26/01874-3",
        when(12, 4, 11, 5),
        p.e_reply("j029", ""),
    )
    return msg, nonreq(
        "nn",
        ("hospital_trust", "nonrequest_reply_other_case", "all_in_body"),
        "inline",
        "reply in a supervision case about access-log control",
    )


def j030() -> Case:
    return p.e_mail("j030", T["E2"], {}, when(12, 14, 9, 20)), req(
        "nn",
        (*E, "approval_table", "part5_protocol_in_doc"),
        "pgp_mime",
        "used",
        "complete; home monitoring of heart patients",
    )


def j049() -> Case:
    return p.e_mail("j049", T["E1"], {}, when(12, 1, 15, 10), fmt="odt"), req(
        "nn",
        (
            "hospital_trust",
            "dpia_odt",
            "toc",
            "revision_history",
            "methodology_chapter",
            "executive_summary",
            "risk_matrix_5x5",
            "colour_words",
            "contact_table_front",
            "approval_table",
            "part5_protocol_in_doc",
            "processor_none_stated",
        ),
        "none",
        "none",
        "complete; same DPIA as ODT (no running header in ODT)",
    )


def j050() -> Case:
    return p.e_mail("j050", T["E1"], {"p5": "pending"}, when(11, 25, 10, 30)), req(
        "nn",
        (*E, "approval_table", "part5_future_meeting", "processor_none_stated"),
        "pgp_mime",
        "none",
        "«Godkjend av: Ikkje godkjend»; chapter 9 «sett opp til handsaming 21. januar 2027»",
        (5,),
    )


# --- F: Sparebanken Lyngheia ---------------------------------------------------------------


def j011() -> Case:
    return p.f_mail("j011", T["F1"], {}, when(12, 2, 13, 15)), req(
        "nb",
        (*F, "part5_board_pdf", "foreign_processor", "phone_foreign"),
        "pgp_mime",
        "used",
        "complete; PKA DOCX, matrix XLSX, protocol PDF",
    )


def j012() -> Case:
    msg = message(
        "j012",
        f"Kjetil Omdal <{T['F1'].dpo.email}>",
        "Spørsmål om forhåndsdrøftelse – chatbot med generativ KI",
        when(12, 5, 9, 0),
        p.f_question("j012", ""),
    )
    return msg, nonreq(
        "nb",
        ("bank", "nonrequest_question", "says_not_a_request", "all_in_body"),
        "inline",
        "asks whether prior consultation is expected; «Dette er ikke en anmodning om forhåndsdrøftelse»",
    )


def j031() -> Case:
    return p.f_mail("j031", T["F1"], {"p4": "zero_byte"}, when(11, 26, 15, 55)), req(
        "nb",
        (*F, "part5_board_pdf", "zero_byte_risk_assessment", "phone_foreign"),
        "pgp_mime",
        "used",
        "the risk analysis is in vedlegg 2, which is a zero-byte XLSX; chapter E only refers to it",
        (4,),
    )


def j032() -> Case:
    return p.f_mail("j032", T["F2"], {}, when(12, 9, 11, 30)), req(
        "nb", (*F, "part5_board_pdf"), "none", "used", "complete; AML transaction monitoring"
    )


def j051() -> Case:
    return p.f_mail("j051", T["F2"], {"p5": "draft"}, when(12, 1, 8, 45)), req(
        "nb",
        (*F, "approval_status_draft", "part5_will_follow"),
        "none",
        "used",
        "Godkjenningsforløp step 3 «Utkast»; protocol «ettersendes når analysen er godkjent»",
        (5,),
    )


def j052() -> Case:
    return p.f_mail("j052", T["F1"], {}, when(12, 11, 14, 0)), req(
        "nb",
        (*F, "part5_board_pdf", "phone_foreign"),
        "pgp_mime",
        "used",
        "complete; voice biometrics (sent again with final numbering)",
    )


# --- G: Fjordnett AS -------------------------------------------------------------------------


def j013() -> Case:
    return p.g_mail("j013", T["G1"], {}, when(12, 4, 10, 10)), req(
        "nb",
        (*G, "approval_table", "part5_decision_in_doc"),
        "none",
        "used",
        "complete; mobility analytics from location data",
    )


def j014() -> Case:
    return p.g_mail("j014", T["G1"], {"p4": "under_arbeid"}, when(11, 16, 11, 0)), req(
        "nb",
        (*G, "toc_chapter_under_arbeid", "part5_not_done"),
        "none",
        "used",
        "Kapittel 6 risk «under arbeid», Kapittel 8 «ikke behandlet i konsernledelsen»",
        (4, 5),
    )


def j033() -> Case:
    msg = message(
        "j033",
        "Jonas Lindahl <jonas.lindahl@fjordnett.no>",
        "Deres ref. 26/02217-2 – svar på klage",
        when(12, 8, 15, 45),
        p.g_complaint_reply("j033", ""),
    )
    return msg, nonreq(
        "nb",
        ("telecom", "nonrequest_reply_other_case", "all_in_body"),
        "inline",
        "reply to a complaint forwarded by Datatilsynet",
    )


def j034() -> Case:
    return p.g_mail("j034", T["G2"], {}, when(12, 10, 12, 30)), req(
        "nb",
        (*G, "approval_table", "part5_decision_in_doc", "processor_none_stated"),
        "pgp_mime",
        "none",
        "complete; fraud detection run in-house, «Databehandler: ingen»",
    )


def j053() -> Case:
    return p.g_mail("j053", T["G1"], {"p1": "proc_no_person"}, when(12, 7, 9, 5)), req(
        "nb",
        (*G, "approval_table", "part5_decision_in_doc", "p1_processor_no_person"),
        "none",
        "used",
        "processor given with org.nr. and address, contact «servicedesk via kundeportalen»",
        (1,),
    )


def j054() -> Case:
    return p.g_mail(
        "j054",
        T["G1"],
        {},
        when(12, 12, 10, 40),
        resend="Viser til vår e-post av 16. november. Vedlagt er endelig versjon 1.0 med risikobilde, tiltaksplan og konsernledelsens beslutning.",
    ), req(
        "nb",
        (*G, "approval_table", "part5_decision_in_doc", "resubmission_complete"),
        "none",
        "used",
        "complete; final version after j014",
    )


# --- H: Direktoratet for tilskuddsforvaltning ---------------------------------------------


def j015() -> Case:
    return p.h_mail("j015", T["H1"], {}, when(12, 10, 13, 5), inline=True), req(
        "nb",
        (*H, "all_in_body", "letter_in_body", "contacts_in_letter", "part5_protocol_in_doc"),
        "inline",
        "used",
        "complete; letter and DPIA pasted into a plain body",
    )


def j016() -> Case:
    return p.h_mail("j016", T["H2"], {"p3": "not_done"}, when(11, 19, 14, 25), inline=True), req(
        "nb",
        (
            *H,
            "all_in_body",
            "letter_in_body",
            "contacts_in_letter",
            "part3_not_done",
            "part5_not_done",
        ),
        "inline",
        "used",
        "necessity «ikke ferdigstilt»; ledermøtet behandler når kapittel 5 er ferdig",
        (3, 5),
    )


def j035() -> Case:
    return p.h_mail("j035", T["H2"], {}, when(12, 11, 9, 50)), req(
        "nb",
        (*H, "cover_letter_pdf", "dpia_report_pdf", "contacts_in_letter", "part5_protocol_in_doc"),
        "pgp_mime",
        "used",
        "complete; state letter PDF + DPIA PDF",
    )


def j036() -> Case:
    return p.h_mail("j036", T["H1"], {}, when(12, 10, 15, 20)), req(
        "nb",
        (*H, "cover_letter_pdf", "dpia_report_pdf", "contacts_in_letter", "part5_protocol_in_doc"),
        "none",
        "used",
        "complete; same matter as j015 sent as PDFs",
    )


def j055() -> Case:
    return p.h_mail("j055", T["H1"], {"p5": "will_follow"}, when(12, 3, 12, 0)), req(
        "nb",
        (*H, "cover_letter_pdf", "dpia_report_pdf", "contacts_in_letter", "part5_will_follow"),
        "pgp_mime",
        "used",
        "letter: ledermøtet 14. januar, «Protokollen ettersendes»",
        (5,),
    )


def j056() -> Case:
    return p.h_mail("j056", T["H2"], {}, when(12, 15, 10, 15)), req(
        "nb",
        (*H, "cover_letter_pdf", "dpia_report_pdf", "contacts_in_letter", "part5_protocol_in_doc"),
        "pgp_mime",
        "used",
        "complete; second send of the a-ordningen matter",
    )


# --- I: Handelshuset Varden ASA ------------------------------------------------------------


def j017() -> Case:
    return p.i_mail("j017", T["I1"], {"p5": "pending"}, when(12, 2, 16, 40)), req(
        "nb",
        (*RETAIL, "part5_future_meeting", "foreign_processor", "phone_foreign"),
        "none",
        "used",
        "Del 5 sign-off row for konsernledelsen «Behandles 19.01.2027», empty name/date",
        (5,),
    )


def j018() -> Case:
    return p.i_mail("j018", T["I2"], {"p3": "method_only"}, when(12, 4, 9, 35)), req(
        "nb",
        (
            *RETAIL,
            "part5_signoff_table",
            "methodology_no_assessment",
            "foreign_processor",
            "phone_foreign",
        ),
        "pgp_mime",
        "used",
        "Del 3 has only the template guidance and «[Fylles ut …]»",
        (3,),
    )


def j037() -> Case:
    return p.i_mail("j037", T["I1"], {"p2": "wrong_file"}, when(11, 28, 11, 20)), req(
        "nb",
        (
            *RETAIL,
            "part5_signoff_table",
            "wrong_file_description",
            "foreign_processor",
            "phone_foreign",
        ),
        "none",
        "used",
        "Del 2 refers to Vedlegg A; the attached Vedlegg A is the vendor's installation guide",
        (2,),
    )


def j038() -> Case:
    return p.i_mail("j038", T["I1"], {}, when(12, 8, 13, 10)), req(
        "nb",
        (*RETAIL, "part5_signoff_table", "foreign_processor", "phone_foreign"),
        "none",
        "used",
        "complete; self-checkout camera analytics",
    )


def j057() -> Case:
    return p.i_press("j057", when(12, 15, 7, 0)), nonreq(
        "nb",
        (
            "retail_chain",
            "nonrequest_press_release",
            "html_alternative",
            "mentions_prior_consultation",
        ),
        "none",
        "press release about the loyalty programme; mentions dialogue with Datatilsynet",
    )


def j058() -> Case:
    return p.i_mail("j058", T["I2"], {}, when(12, 14, 14, 45)), req(
        "nb",
        (*RETAIL, "part5_signoff_table", "foreign_processor", "phone_foreign"),
        "none",
        "used",
        "complete; loyalty profiling",
    )


# --- J: Tessell Software AS ----------------------------------------------------------------


def j019() -> Case:
    return p.j_mail("j019", T["J1"], {}, when(12, 3, 15, 15)), req(
        "en",
        (*J, "part5_decision_in_doc"),
        "pgp_mime",
        "used",
        "complete; vendor-written DPIA for a university college",
    )


def j020() -> Case:
    return p.j_mail("j020", T["J2"], {"p1": "dpo_no_contact"}, when(12, 10, 11, 55)), req(
        "en",
        (*J, "part5_decision_in_doc", "p1_dpo_name_only"),
        "none",
        "used",
        "customer DPO named only (mail and contacts table without phone/e-mail)",
        (1,),
    )


def j039() -> Case:
    return p.j_mail("j039", T["J2"], {}, when(12, 12, 9, 10)), req(
        "en",
        (*J, "part5_decision_in_doc"),
        "none",
        "used",
        "complete; home care GPS tracking for a municipality",
    )


def j040() -> Case:
    return p.j_newsletter("j040", when(12, 1, 6, 0)), nonreq(
        "en",
        ("software_vendor", "newsletter", "html_alternative"),
        "none",
        "vendor's customer privacy newsletter (DPIA assistance package, sub-processor change)",
    )


def j059() -> Case:
    return p.j_mail("j059", T["J1"], {"p5": "draft"}, when(11, 24, 13, 30)), req(
        "en",
        (*J, "signoff_table_blank"),
        "none",
        "used",
        "customer sign-off section is a blank table «To be completed by the customer»",
        (5,),
    )


def j060() -> Case:
    return p.j_mail("j060", T["J2"], {}, when(12, 16, 10, 5)), req(
        "en",
        (*J, "part5_decision_in_doc"),
        "pgp_mime",
        "used",
        "complete; home care GPS tracking, second send with full contacts",
    )
