# ruff: noqa: E501
"""The sixty cases of blind15 (u001-u060): one function each, returning the message and its label.

Sender of id n: letter ABCDEFGHIJ[((n - 1) % 20) // 2]. Odd and even halves each hold 15
registered, 11 incomplete and 4 non-requests.
"""

from __future__ import annotations

from dataclasses import replace
from email.message import EmailMessage

import personas as p
from kit import Label, when
from topics import A1, A2, B1, B2, C1, C2, D1, D2, E1, E2, F1, F2, G1, G2, H1, H2, I1, I2, J1, J2

Case = tuple[EmailMessage, Label]

C1_OWN = replace(
    C1,
    flow="Kjelder: kamera og mikrofon i kyrkjerommet. Mottakarar: alle som ser strøyminga; ved lukka strøyming berre dei familien gjev lenkja til. Strøyminga går via fellesrådet sin eigen server på kyrkjekontoret og blir drifta av eigne tilsette; ingen eksterne har tilgang til opptaka.",
    proc=None,
)


def req(
    built: p.Built,
    language: str,
    encrypt: str,
    processor: str,
    note: str,
    missing: tuple[int, ...] = (),
) -> Case:
    msg, shapes = built
    return msg, Label(language, tuple(shapes), encrypt, True, processor, note, missing)


def nonreq(built: p.Built, language: str, encrypt: str, note: str) -> Case:
    msg, shapes = built
    return msg, Label(language, tuple(shapes), encrypt, False, "unspecified", note)


# --- A: Sykehuset Nordvik HF, Forskningsavdelingen ------------------------------------------


def u001() -> Case:
    return req(
        p.build_a("u001", when(11, 3, 9, 14), A1),
        "nb",
        "pgp_mime",
        "used",
        "complete; numbered hospital template, contact table in section 1, signed decision letter",
    )


def u002() -> Case:
    return req(
        p.build_a("u002", when(11, 4, 13, 2), A2),
        "nb",
        "pgp_mime",
        "used",
        "complete; sepsis model; decision letter from the CEO",
    )


def u021() -> Case:
    return req(
        p.build_a("u021", when(11, 17, 10, 41), A1, dpo_phone=False),
        "nb",
        "pgp_mime",
        "used",
        "DPO row in the contact table has name and e-mail but an empty phone cell",
        (1,),
    )


def u022() -> Case:
    return nonreq(
        p.build_a_dpo_notice("u022", when(11, 18, 8, 55)),
        "nb",
        "none",
        "notification of a new DPO, no request",
    )


def u041() -> Case:
    return req(
        p.build_a("u041", when(12, 1, 14, 20), A2, zipped=True),
        "nb",
        "pgp_mime",
        "used",
        "complete; DPIA and decision letter in one ZIP",
    )


def u042() -> Case:
    return req(
        p.build_a("u042", when(12, 2, 9, 3), A1, risk="workshop"),
        "nb",
        "pgp_mime",
        "used",
        "section 4 says the risk assessment is held in a workshop 14 January and will be sent later; the decision letter is to follow with it",
        (4, 5),
    )


# --- B: Byløven Taxi AS -----------------------------------------------------------------------


def u003() -> Case:
    return req(
        p.build_b("u003", when(11, 3, 22, 47), B1),
        "nb",
        "none",
        "used",
        "complete; one PDF with contact table; board chair's approval e-mail quoted below the signature",
    )


def u004() -> Case:
    return req(
        p.build_b("u004", when(11, 5, 7, 12), B2),
        "nb",
        "none",
        "used",
        "complete; driver fatigue monitoring; approval quoted e-mail",
    )


def u023() -> Case:
    return nonreq(
        p.build_b_status("u023", when(11, 19, 12, 30)),
        "nb",
        "inline",
        "status inquiry about an earlier submission",
    )


def u024() -> Case:
    return req(
        p.build_b("u024", when(11, 20, 23, 5), B1, processor_row=False),
        "nb",
        "none",
        "used",
        "processor Taxiflyt AS only named in the description (uploads to its cloud); no contact person, phone or e-mail anywhere",
        (1,),
    )


def u043() -> Case:
    return req(
        p.build_b("u043", when(12, 2, 21, 40), B2, necessity="oneline"),
        "nb",
        "none",
        "used",
        "'Hvorfor trenger vi dette' is one sentence: «Vi mener det er nødvendig av hensyn til sikkerheten.» - necessity only asserted",
        (3,),
    )


def u044() -> Case:
    return req(
        p.build_b("u044", when(12, 3, 6, 58), B1),
        "nb",
        "none",
        "used",
        "complete; same template as u003",
    )


# --- C: Nordre Skogbygd kyrkjelege fellesråd ----------------------------------------------------


def u005() -> Case:
    return req(
        p.build_c("u005", when(11, 4, 10, 20), C1),
        "nn",
        "none",
        "used",
        "complete; contacts in prose in the mail; ODT DPIA; scanned protocol extract (image only)",
    )


def u006() -> Case:
    return req(
        p.build_c("u006", when(11, 6, 11, 2), C2, fmt="docx"),
        "nn",
        "none",
        "used",
        "complete; confirmation registration; DOCX; scanned protocol",
    )


def u025() -> Case:
    return req(
        p.build_c("u025", when(11, 20, 9, 33), C2, approval="march"),
        "nn",
        "none",
        "used",
        "approval: «blir handsama i fellesrådsmøtet 12. mars» - not yet validated",
        (5,),
    )


def u026() -> Case:
    return req(
        p.build_c_inline("u026", when(11, 23, 15, 10), C2, necessity="oneline"),
        "nn",
        "inline",
        "used",
        "everything pasted in the body; necessity section is one line «Vi meiner dette er naudsynt.»; protocol quoted",
        (3,),
    )


def u045() -> Case:
    return req(
        p.build_c_inline("u045", when(12, 1, 11, 45), C1_OWN, processor=False),
        "nn",
        "inline",
        "none",
        "complete; everything in the body, «ingen databehandlar», protocol quoted in the body",
    )


def u046() -> Case:
    return nonreq(
        p.build_c_question("u046", when(12, 3, 13, 25)),
        "nn",
        "inline",
        "question whether photographing confirmands needs a DPIA; nothing started",
    )


# --- D: Nordkyst University, Faculty of Health and Social Sciences -----------------------------


def u007() -> Case:
    return req(
        p.build_d("u007", when(11, 5, 14, 8), D1),
        "en",
        "pgp_mime",
        "used",
        "complete; question-heading DOCX; contacts as lines in the mail; sign-off table",
    )


def u008() -> Case:
    return req(
        p.build_d("u008", when(11, 6, 9, 51), D2),
        "en",
        "pgp_mime",
        "used",
        "complete; learning analytics; sign-off table",
    )


def u027() -> Case:
    return nonreq(
        p.build_d_question("u027", when(11, 18, 15, 0)),
        "en",
        "none",
        "question whether proctoring needs prior consultation; DPIA not started",
    )


def u028() -> Case:
    return req(
        p.build_d("u028", when(11, 23, 10, 16), D2, signoff="later"),
        "en",
        "none",
        "used",
        "Q6 sign-off table has the Dean's row empty: «will follow after the Faculty Board meeting on 12 March»",
        (5,),
    )


def u047() -> Case:
    return req(
        p.build_d("u047", when(12, 1, 16, 44), D1, risk="file"),
        "en",
        "none",
        "used",
        "Q5 points to Risk_register.xlsx, which is a chemical lab HSE register - the wrong attachment; no risk assessment for the processing",
        (4,),
    )


def u048() -> Case:
    return req(
        p.build_d("u048", when(12, 4, 8, 30), D1),
        "en",
        "pgp_mime",
        "used",
        "complete; proctoring; same template as u007",
    )


# --- E: Apotek Lindeblad AS -------------------------------------------------------------------


def u009() -> Case:
    return req(
        p.build_e("u009", when(11, 5, 11, 0), E1),
        "nb",
        "pgp_mime",
        "used",
        "complete; one file per part (Vedlegg 1-5), contacts as two columns in a PDF, risk XLSX, board minutes",
    )


def u010() -> Case:
    return req(
        p.build_e("u010", when(11, 9, 13, 37), E2, part5="later"),
        "nb",
        "pgp_mime",
        "used",
        "Vedlegg 5 (styrets behandling) «ettersendes»",
        (5,),
    )


def u029() -> Case:
    return req(
        p.build_e("u029", when(11, 19, 10, 4), E1, part2="wrong"),
        "nb",
        "pgp_mime",
        "used",
        "Vedlegg 2 named 'Beskrivelse av behandlingen' is the routine for returning medicines - a file about something else; no systematic description elsewhere",
        (2,),
    )


def u030() -> Case:
    return nonreq(
        p.build_e_breach("u030", when(11, 20, 14, 12)),
        "nb",
        "pgp_mime",
        "copy of a breach notification",
    )


def u049() -> Case:
    return req(
        p.build_e("u049", when(12, 2, 11, 11), E2, part4="empty"),
        "nb",
        "pgp_mime",
        "used",
        "Vedlegg_4_Risikoregister.xlsx is zero bytes; no risk assessment elsewhere",
        (4,),
    )


def u050() -> Case:
    return req(
        p.build_e("u050", when(12, 3, 10, 2), E1, zipped=True),
        "nb",
        "pgp_mime",
        "used",
        "complete; the five Vedlegg in one ZIP",
    )


# --- F: Vaktsenteret Sikring AS ---------------------------------------------------------------


def u011() -> Case:
    return req(
        p.build_f("u011", when(11, 6, 8, 40), F1),
        "nb",
        "none",
        "used",
        "complete; HTML-only mail with contact table (processor in Ireland); RTF DPIA with lettered parts; sign-off table",
    )


def u012() -> Case:
    return req(
        p.build_f("u012", when(11, 10, 12, 55), F2, part2="wrong"),
        "nb",
        "none",
        "used",
        "Del B says «Se vedlagt systemskisse»; Systemskisse.pdf is a patrol route plan - no description of the GPS processing",
        (2,),
    )


def u031() -> Case:
    return req(
        p.build_f("u031", when(11, 23, 8, 22), F2),
        "nb",
        "none",
        "used",
        "complete; GPS tracking of guards",
    )


def u032() -> Case:
    return req(
        p.build_f("u032", when(11, 24, 9, 9), F1),
        "nb",
        "none",
        "used",
        "complete; body-worn cameras",
    )


def u051() -> Case:
    return req(
        p.build_f("u051", when(12, 2, 13, 48), F1, signoff="pending"),
        "nb",
        "none",
        "used",
        "Del E sign-off table: only 'Utarbeidet av' filled; DPO and CEO rows without date or signature, although the mail says «DPIA med godkjenning»",
        (5,),
    )


def u052() -> Case:
    return req(
        p.build_f("u052", when(12, 4, 10, 35), F2, necessity="oneline"),
        "nb",
        "none",
        "used",
        "Del C is one sentence («Behandlingen er nødvendig for å ivareta sikkerheten til våre ansatte.»)",
        (3,),
    )


# --- G: Northbridge Talent AS -----------------------------------------------------------------


def u013() -> Case:
    return nonreq(
        p.build_g_newsletter("u013", when(11, 6, 7, 0)),
        "en",
        "none",
        "client newsletter sent to the DPA's mailbox (mentions the video interview product)",
    )


def u014() -> Case:
    return req(
        p.build_g("u014", when(11, 10, 15, 31), G2),
        "en",
        "pgp_mime",
        "used",
        "complete; PDF DPIA with contact table; CEO approval forwarded as .eml",
    )


def u033() -> Case:
    return req(
        p.build_g("u033", when(11, 24, 11, 18), G1),
        "en",
        "pgp_mime",
        "used",
        "complete; AI video interview scoring; US processor contact in the table",
    )


def u034() -> Case:
    return req(
        p.build_g("u034", when(11, 25, 16, 3), G2, approval="later"),
        "en",
        "pgp_mime",
        "used",
        "«The CEO approval will follow»; the DPIA points to a forwarded e-mail that is not there",
        (5,),
    )


def u053() -> Case:
    return req(
        p.build_g("u053", when(12, 3, 9, 57), G1, processor_contact=False),
        "en",
        "pgp_mime",
        "used",
        "processor row: HireLens Inc., Austin, «via our account manager», phone and e-mail cells empty",
        (1,),
    )


def u054() -> Case:
    return req(
        p.build_g("u054", when(12, 4, 14, 26), G1),
        "en",
        "pgp_mime",
        "used",
        "complete; same as u033 template",
    )


# --- H: Solberg Eiendomsforvaltning AS --------------------------------------------------------


def u015() -> Case:
    return req(
        p.build_h("u015", when(11, 9, 9, 5), H1),
        "nb",
        "pgp_mime",
        "used",
        "complete; everything in the plain body under 1)-5); scanned signed decision (image-only PDF)",
    )


def u016() -> Case:
    return nonreq(
        p.build_h_guidance("u016", when(11, 10, 10, 40)),
        "nb",
        "inline",
        "request for a guidance meeting, DPIA not finished",
    )


def u035() -> Case:
    return req(
        p.build_h("u035", when(11, 24, 13, 14), H1, desc="later"),
        "nb",
        "none",
        "used",
        "section 2 says the description of the solution «ettersendes fra leverandøren»; scope and flow are absent",
        (2,),
    )


def u036() -> Case:
    return req(
        p.build_h("u036", when(11, 25, 8, 49), H2, desc="wrong"),
        "nb",
        "none",
        "used",
        "section 2 says «beskrevet i vedlegget»; the attached DOCX is a standard lease contract - wrong file",
        (2,),
    )


def u055() -> Case:
    return req(
        p.build_h("u055", when(12, 3, 12, 7), H2, processor=False),
        "nb",
        "pgp_mime",
        "none",
        "complete; «Databehandler: ingen», run on own servers",
    )


def u056() -> Case:
    return req(
        p.build_h("u056", when(12, 4, 9, 21), H1), "nb", "none", "used", "complete; digital locks"
    )


# --- I: Fjordposten AS ------------------------------------------------------------------------


def u017() -> Case:
    return req(
        p.build_i("u017", when(11, 9, 11, 47), I1),
        "nn",
        "none",
        "used",
        "complete; whole DPIA as an XLSX workbook with five sheets; board minutes line in the 'Godkjenning' sheet; reply quoting the editor's mail",
    )


def u018() -> Case:
    return req(
        p.build_i("u018", when(11, 11, 14, 2), I1, processor_contact=False),
        "nn",
        "none",
        "used",
        "'Kontaktar' sheet: processor row only «Medialytics GmbH (Hamburg, Tyskland)», no person, phone or e-mail",
        (1,),
    )


def u037() -> Case:
    return nonreq(
        p.build_i_innsyn("u037", when(11, 25, 12, 15)),
        "nn",
        "inline",
        "a journalist's request for access to documents (offentleglova)",
    )


def u038() -> Case:
    return req(
        p.build_i("u038", when(11, 26, 10, 28), I2),
        "nn",
        "none",
        "used",
        "complete; face recognition in the photo archive",
    )


def u057() -> Case:
    return req(
        p.build_i("u057", when(12, 3, 15, 50), I2, necessity="notdone"),
        "nn",
        "none",
        "used",
        "'Naudsyn' sheet: «Ikkje gjennomført enno.»",
        (3,),
    )


def u058() -> Case:
    return req(
        p.build_i("u058", when(12, 4, 11, 4), I1),
        "nn",
        "none",
        "used",
        "complete; reader profiling",
    )


# --- J: Tindved Kollektiv AS ------------------------------------------------------------------


def u019() -> Case:
    return req(
        p.build_j("u019", when(11, 9, 14, 33), J1, mode="forward"),
        "nb",
        "pgp_mime",
        "used",
        "complete; adviser forwards the project manager's mail as message/rfc822 with DOCX and minutes inside",
    )


def u020() -> Case:
    return req(
        p.build_j("u020", when(11, 11, 9, 15), J2),
        "nb",
        "pgp_mime",
        "used",
        "complete; DOCX with 'Roller og ansvar' table; minutes PDF with item LG 45/26",
    )


def u039() -> Case:
    return req(
        p.build_j("u039", when(11, 26, 13, 1), J1, mode="scan"),
        "nb",
        "pgp_mime",
        "used",
        "complete; the signed DPIA and minutes extract scanned into one image-only PDF",
    )


def u040() -> Case:
    return req(
        p.build_j("u040", when(11, 26, 15, 39), J2, risk="empty"),
        "nb",
        "pgp_mime",
        "used",
        "risk section refers to Risikomatrise.xlsx, which has only the header row (empty template); the minutes still record approval - the validation is documented, the risk part is not",
        (4,),
    )


def u059() -> Case:
    return req(
        p.build_j("u059", when(12, 4, 12, 40), J1, approval="march"),
        "nb",
        "none",
        "used",
        "minutes: «DPIA-en behandles i ledergruppens møte 12. mars. Ingen vedtak.»",
        (5,),
    )


def u060() -> Case:
    return req(
        p.build_j("u060", when(12, 4, 15, 12), J2, processor_in_table=False),
        "nb",
        "pgp_mime",
        "used",
        "complete; processor Optiflow AS only named in the DPIA's description, its contact person given in the adviser's cover mail",
    )
