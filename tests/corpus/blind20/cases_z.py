# ruff: noqa: E501
"""The sixty cases of blind20 (z001-z060): one function per case, returning message and label.

Sender of id n: letter ABCDEFGHIJ[((n-1) % 20) // 2]. Odd ids and even ids each hold 15
registered, 11 incomplete and 4 non-requests.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, html_from_text, message, txt, when
from personas import (
    A_CONTACT,
    A_DPO,
    A_DPO_NEW,
    A_SIG,
    B_CONTACT,
    B_SIG,
    D_CONTACT,
    E_CONTACT,
    E_SIG,
    F_CONTACT,
    F_SIG,
    G_CONTACT,
    G_SIG,
    J_CONTACT_NN,
    a_request,
    b_request,
    c_request,
    d_request,
    e_request,
    f_request,
    g_request,
    h_request,
    i_request,
    j_request,
)

Case = tuple[EmailMessage, Label]


def d(n: int) -> str:
    """The date of case n: 16-30 November for z001-z030, 1-15 December for z031-z060."""
    hour, minute = 8 + n % 9, (n * 7) % 60
    if n <= 30:
        return when(11, 16 + (n - 1) // 2, hour, minute)
    return when(12, 1 + (n - 31) // 2, hour, minute)


def lbl(
    lang: str,
    shapes: str,
    enc: str,
    note: str,
    *,
    missing: tuple[int, ...] = (),
    proc: str = "used",
    request: bool = True,
) -> Label:
    return Label(
        lang, tuple(shapes.split()), enc, request, proc if request else "unspecified", note, missing
    )


A = "municipality contact_label_value docx processor_contact_in_dpia"
B = "municipality nynorsk_headings contact_prose odt"
C = "health_trust dpia_template_sections contact_table_in_dpia esignature_table"
D = "clinic_chain html_only_body contact_signature_html pdf_dpia"
E = "insurer cover_letter_pdf contact_table_cover_letter"
F = "edtech contact_lines_mail dpo_external_firm phone_foreign_processor"
G = "housing_federation contact_prose_and_signature"
H = "transport one_pdf_label_lines document_control_table"
I_ = "trade_union cover_letter_docx contact_signature_blocks docx"
J = "research_institute contact_role_table docx"


# --- A: Bergnes kommune ------------------------------------------------------------------------


def z001() -> Case:
    return a_request("z001", "a1", d(1)), lbl(
        "nb",
        A + " part5_protocol_pdf risk_table",
        "pgp_mime",
        "complete; kommunestyre protocol PDF; processor contact in DPIA 2.3",
    )


def z002() -> Case:
    return a_request("z002", "a2", d(2), approval="pending"), lbl(
        "nb",
        A + " part5_pending_kommunestyre",
        "none",
        "approval pending: kommunestyret 12 February 2027, decision to follow",
        missing=(5,),
    )


def z021() -> Case:
    return a_request("z021", "a1", d(21), risk="see_vedlegg3"), lbl(
        "nb",
        A + " part5_protocol_pdf see_attachment_not_attached",
        "pgp_mime",
        "risk chapter says «se vedlegg 3»; vedlegg 3 is not attached",
        missing=(4,),
    )


def z022() -> Case:
    return a_request("z022", "a2", d(22), approval="prose"), lbl(
        "nb",
        A + " part5_prose_in_dpia",
        "none",
        "complete; formannskap treatment told in prose in DPIA chapter 6",
    )


def z041() -> Case:
    msg = a_request(
        "z041", "a1", d(41), zip_it=True, subject="Forhåndsdrøftelse Solbakken – dokumenter i zip"
    )
    return msg, lbl(
        "nb", A + " zip part5_protocol_pdf", "pgp_mime", "complete; DPIA and protocol in a ZIP"
    )


def z042() -> Case:
    body = (
        txt(f"""
        Til Datatilsynet

        Vi melder med dette at Bergnes kommune har fått nytt personvernombud fra 1. januar 2027.

        Nytt personvernombud: {A_DPO_NEW.name}
        Telefon: {A_DPO_NEW.phone}
        E-post: {A_DPO_NEW.email}

        {A_DPO.name} går over i ny stilling i kommunen. Meldingen er også sendt via Altinn.

        """)
        + "\n"
        + A_SIG
    )
    msg = message(
        "z042", A_CONTACT.addr, "Melding om nytt personvernombud – Bergnes kommune", d(42), body
    )
    return msg, lbl(
        "nb",
        "municipality nonrequest_dpo_notification contact_label_value",
        "none",
        "not a request: notice of a new DPO",
        request=False,
    )


# --- B: Hovdefjell kommune ---------------------------------------------------------------------


def z003() -> Case:
    return b_request("z003", "b1", d(3)), lbl(
        "nn",
        B + " part5_scanned_protocol image_only_pdf",
        "pgp_mime",
        "complete; prose contacts incl. processor; scanned kommunestyre protocol",
    )


def z004() -> Case:
    body = (
        txt("""
        Til Datatilsynet

        Avviksmelding – brot på personopplysningstryggleiken

        Fredag 20. november vart ein e-post med oversikt over 14 brukarar av heimetenesta (namn, adresse og kva for tenester dei får) send til feil mottakar, ein privatperson med liknande namn som ein tilsett. Mottakaren har stadfesta at e-posten er sletta.

        Vi har varsla dei 14 brukarane skriftleg. Tiltak: opplæring og ny rutine for utsending, og vi vurderer å slå av automatisk utfylling av adresser i e-postklienten.

        Meldinga er også send inn via skjemaet på nettsida dykkar, dette er ein kopi med tilleggsopplysningar.

        """)
        + "\n"
        + B_SIG
    )
    msg = message("z004", B_CONTACT.addr, "Avviksmelding – e-post til feil mottakar", d(4), body)
    return msg, lbl(
        "nn",
        "municipality nonrequest_breach_notification all_in_body",
        "inline",
        "not a request: personal data breach notice",
        request=False,
    )


def z023() -> Case:
    return b_request("z023", "b2", d(23), approval="pending"), lbl(
        "nn",
        B + " part5_pending_after_hearing",
        "none",
        "approval pending: to the kommunestyre «etter høyringsrunden»",
        missing=(5,),
    )


def z024() -> Case:
    return b_request("z024", "b2", d(24), approval="in_body"), lbl(
        "nn",
        B + " part5_protocol_in_body",
        "pgp_mime",
        "complete; kommunestyre protocol quoted in the body",
    )


def z043() -> Case:
    return b_request("z043", "b1", d(43), approval="in_body"), lbl(
        "nn",
        B + " part5_protocol_in_body",
        "none",
        "complete; protocol text in the body; DPIA chapter points to it",
    )


def z044() -> Case:
    return b_request("z044", "b2", d(44), necessity="not_relevant"), lbl(
        "nn",
        B + " not_relevant_for_us part5_scanned_protocol image_only_pdf",
        "none",
        "necessity section: «Ikkje relevant for oss. Behandlinga er lovpålagd»",
        missing=(3,),
    )


# --- C: Helse Midtfjord HF ---------------------------------------------------------------------


def z005() -> Case:
    return c_request("z005", "c1", d(5)), lbl(
        "nb",
        C + " docx risk_table",
        "pgp_mime",
        "complete; trust template filled, e-signature table",
    )


def z006() -> Case:
    return c_request("z006", "c2", d(6), part_d="guidance"), lbl(
        "nb",
        C + " docx template_guidance_left",
        "pgp_mime",
        "risk section D still holds the template's guidance text and an empty table row",
        missing=(4,),
    )


def z025() -> Case:
    return c_request("z025", "c1", d(25), signoff="blank", fmt="pdf"), lbl(
        "nb",
        C + " pdf signoff_table_blank_cells",
        "none",
        "signature table with names but blank date and signature cells",
        missing=(5,),
    )


def z026() -> Case:
    return c_request("z026", "c2", d(26), scan_sig=True), lbl(
        "nb",
        C + " docx part5_scanned_signature_page",
        "pgp_mime",
        "complete; e-signatures in template plus photographed signature page",
    )


def z045() -> Case:
    msg = c_request("z045", "c1", d(45), fmt="pdf")
    return msg, lbl(
        "nb",
        C + " pdf resubmission_complete",
        "pgp_mime",
        "complete; resends z025 with the signature table filled",
    )


def z046() -> Case:
    return c_request("z046", "c2", d(46), part_b="guidance"), lbl(
        "nb",
        C + " docx template_guidance_left",
        "none",
        "section B (description) left with template guidance and empty sub-headings",
        missing=(2,),
    )


# --- D: Vitalis Klinikker AS -------------------------------------------------------------------


def z007() -> Case:
    inner = message(
        "inner",
        "Randi Vik <randi.vik64@epost.no>",
        "Klage – journalinnsyn",
        when(11, 17, 21, 5),
        txt("""
            Hei

            Jeg ba om kopi av journalen min fra hudklinikken i Bergen 2. oktober og har fortsatt ikke fått svar. Jeg vil klage og ber dere sende klagen videre til Datatilsynet hvis dere ikke svarer.

            Randi Vik
            """),
        to="post@vitalis.no",
    )
    html = html_from_text(f"""Hei,

Vi har mottatt vedlagte klage fra en pasient som ber oss videresende den til Datatilsynet. Vi har i dag sendt pasienten kopi av journalen og beklaget at svaret tok for lang tid. Vi videresender klagen til orientering slik pasienten ba om.

Med vennlig hilsen
{D_CONTACT.name}
Kvalitets- og personvernleder, Vitalis Klinikker AS
Mobil {D_CONTACT.phone}""")
    msg = message(
        "z007",
        D_CONTACT.addr,
        "VS: Klage – journalinnsyn",
        d(7),
        html=html,
        forwarded=("Klage_journalinnsyn.eml", inner),
    )
    return msg, lbl(
        "nb",
        "clinic_chain nonrequest_forwarded_complaint html_only_body forwarded_rfc822",
        "none",
        "not a request: forwarded patient complaint about access",
        request=False,
    )


def z008() -> Case:
    return d_request("z008", "d2", d(8)), lbl(
        "nb",
        D + " part5_ceo_forwarded_eml forwarded_rfc822",
        "pgp_mime",
        "complete; CEO approval e-mail forwarded as .eml",
    )


def z027() -> Case:
    return d_request("z027", "d1", d(27), approval="minutes"), lbl(
        "nb",
        D + " part5_minutes_docx phone_foreign_processor",
        "pgp_mime",
        "complete; leadership meeting notes DOCX; Swedish processor",
    )


def z028() -> Case:
    return d_request("z028", "d2", d(28), approval="pending"), lbl(
        "nb",
        D + " part5_pending_leadership_meeting",
        "none",
        "approval pending: «behandles på ledermøtet 8. januar»",
        missing=(5,),
    )


def z047() -> Case:
    msg = d_request("z047", "d1", d(47), dpo="mailbox")
    return msg, lbl(
        "nb",
        D + " dpo_email_only part5_ceo_forwarded_eml forwarded_rfc822 phone_foreign_processor",
        "pgp_mime",
        "DPO given only as personvernombud@ mailbox, no name or phone",
        missing=(1,),
    )


def z048() -> Case:
    msg = d_request("z048", "d1", d(48))
    return msg, lbl(
        "nb",
        D
        + " part5_ceo_forwarded_eml forwarded_rfc822 resubmission_complete phone_foreign_processor",
        "none",
        "complete; resends z047 with the DPO's signature block",
    )


# --- E: Fjellvang Forsikring ASA ---------------------------------------------------------------


def z009() -> Case:
    return e_request("z009", "e1", d(9), "en"), lbl(
        "en",
        E + " risk_register_xlsx part5_board_minutes_extract docx phone_foreign_processor",
        "pgp_mime",
        "complete; English; board minutes extract PDF",
    )


def z010() -> Case:
    return e_request("z010", "e2", d(10), "nb", approval="prose"), lbl(
        "nb",
        E + " risk_register_xlsx part5_prose_cover_letter docx",
        "none",
        "complete; group management's approval told in prose in the cover letter",
    )


def z029() -> Case:
    return e_request("z029", "e2", d(29), "nb", risk="summary"), lbl(
        "nb",
        E + " dpia_summary_no_assessment part5_board_minutes_extract docx",
        "pgp_mime",
        "DPIA summary lists risks by name only; assessment «under utarbeidelse»",
        missing=(4,),
    )


def z030() -> Case:
    body = (
        txt("""
        Til Datatilsynet

        Svar på deres brev av 2. november 2026, deres ref. 26/01877-3 – klage fra kunde på innsyn i skadesak

        Vi viser til brevet. Kunden ba 4. september om innsyn i alle opplysninger vi har registrert i skadesak 7741-220. Innsyn ble gitt 22. september, men vi unnlot ved en feil å ta med notater fra takstmannen. Disse er nå oversendt kunden, og vi har endret rutinen slik at saksbehandler kontrollerer alle dokumentkategorier før innsyn gis.

        Vi anser saken som løst fra vår side, men svarer gjerne på flere spørsmål.

        Med vennlig hilsen
        """)
        + E_SIG
    )
    msg = message("z030", E_CONTACT.addr, "Deres ref. 26/01877-3 – svar", d(30), body)
    return msg, lbl(
        "nb",
        "insurer nonrequest_reply_other_case",
        "none",
        "not a request: reply in a complaint case",
        request=False,
    )


def z049() -> Case:
    return e_request("z049", "e1", d(49), "en", scan=True), lbl(
        "en",
        E
        + " risk_register_xlsx part5_board_minutes_extract image_only_pdf docx phone_foreign_processor",
        "none",
        "complete; English; minutes extract scanned",
    )


def z050() -> Case:
    return e_request("z050", "e2", d(50), "nb", approval="pending"), lbl(
        "nb",
        E + " risk_register_xlsx part5_pending_board docx",
        "none",
        "approval pending: «Styret behandler saken i møte 11. desember; protokoll ettersendes»",
        missing=(5,),
    )


# --- F: Lumio Learning AS ----------------------------------------------------------------------


def z011() -> Case:
    return f_request("z011", "f1", d(11), signoff="pending"), lbl(
        "en",
        F + " pdf part5_signed_version_to_follow",
        "pgp_mime",
        "sign-off: «Signed version to follow after the board meeting»",
        missing=(5,),
    )


def z012() -> Case:
    return f_request("z012", "f2", d(12), signoff="ceo"), lbl(
        "en",
        F + " pdf part5_ceo_forwarded_eml forwarded_rfc822",
        "pgp_mime",
        "complete; CEO's approval forwarded as .eml; UK processor",
    )


def z031() -> Case:
    return f_request("z031", "f1", d(31)), lbl(
        "en",
        F + " pdf part5_signed_page_png resubmission_complete",
        "none",
        "complete; resends z011 with the signed sign-off page (PNG)",
    )


def z032() -> Case:
    return f_request("z032", "f2", d(32), signoff="page", dpo="mailbox"), lbl(
        "en",
        F + " pdf dpo_email_only part5_signed_page_png",
        "none",
        "DPO line is only «dpo@lumio.no»",
        missing=(1,),
    )


def z051() -> Case:
    return f_request("z051", "f1", d(51), signoff="minutes", docx_fmt=True), lbl(
        "en",
        F + " docx part5_minutes_table_in_dpia",
        "pgp_mime",
        "complete; board approval as prose and table inside the DPIA",
    )


def z052() -> Case:
    body = (
        txt("""
        Hi,

        We're a small edtech company (maths app for primary schools) and we are unsure about two things:

        1. Our customers are municipalities. When we add learning analytics, is it the school owner or us who should carry out the DPIA, and who would have to ask you for prior consultation, if anyone?
        2. Is there a template you recommend for a DPIA when the data subjects are children?

        We're happy to have a short call if that is easier.

        Best,
        Jonas
        """)
        + F_SIG
    )
    msg = message(
        "z052",
        F_CONTACT.addr,
        "Question: who is responsible for DPIA – school or vendor?",
        d(52),
        body,
    )
    return msg, lbl(
        "en",
        "edtech nonrequest_question",
        "none",
        "not a request: question about roles and templates",
        request=False,
    )


# --- G: Samvirkeboliger Norge SA ---------------------------------------------------------------


def z013() -> Case:
    body = (
        txt("""
        Hei,

        Flere av borettslagene våre ønsker kamera i søppelrom og sykkelboder etter mye hærverk. Må hvert borettslag gjøre en DPIA, eller kan vi som forbund lage én felles vurdering de kan bruke? Og må en slik sak sendes til dere før kameraene settes opp?

        Vi ser på saken i fagrådet i januar og vil gjerne gi borettslagene et riktig svar.

        """)
        + G_SIG
    )
    msg = message("z013", G_CONTACT.addr, "Spørsmål om kamera i borettslag", d(13), body)
    return msg, lbl(
        "nb",
        "housing_federation nonrequest_question all_in_body",
        "inline",
        "not a request: question about cameras and DPIA",
        request=False,
    )


def z014() -> Case:
    return g_request("z014", "g1", d(14)), lbl(
        "nb",
        G + " all_in_body headings_caps_in_body part5_prose_in_body",
        "inline",
        "complete; everything in the plain body; board approval told in prose",
    )


def z033() -> Case:
    return g_request("z033", "g2", d(33), necessity="vague"), lbl(
        "nb",
        G + " all_in_body headings_caps_in_body part5_prose_in_body vague_one_sentence",
        "inline",
        "necessity heading with one sentence: «Vi mener behandlingen er nødvendig.»",
        missing=(3,),
    )


def z034() -> Case:
    return g_request("z034", "g2", d(34), attach=True), lbl(
        "nb",
        G + " pdf part5_prose_in_dpia",
        "pgp_mime",
        "complete; DPIA PDF, contacts in the mail, approval in prose in the DPIA",
    )


def z053() -> Case:
    return g_request("z053", "g1", d(53), approval="scan"), lbl(
        "nb",
        G + " all_in_body headings_caps_in_body part5_photographed_protocol",
        "none",
        "complete; body request with photographed board protocol",
    )


def z054() -> Case:
    return g_request("z054", "g1", d(54), risk="on_request"), lbl(
        "nb",
        G + " all_in_body headings_caps_in_body part5_prose_in_body risk_available_on_request",
        "inline",
        "risk: «gjort i vårt ROS-verktøy og kan fremvises ved behov»",
        missing=(4,),
    )


# --- H: Kystlinjen Trafikk AS ------------------------------------------------------------------


def z015() -> Case:
    return h_request("z015", "h1", d(15)), lbl(
        "nb",
        H + " part5_signoff_table_in_pdf risk_table",
        "pgp_mime",
        "complete; document control table with the CEO's initials and date",
    )


def z016() -> Case:
    msg = h_request("z016", "h2", d(16), control="other", no_dpia=True)
    return msg, lbl(
        "nb",
        H + " no_dpia_concluded",
        "pgp_mime",
        "document concludes no DPIA was needed; no risk assessment, nothing for management to validate",
        missing=(4, 5),
    )


def z035() -> Case:
    return h_request("z035", "h1", d(35), control="blank"), lbl(
        "nb",
        H + " signoff_table_blank_cells",
        "none",
        "«Godkjent» row with empty name, date and signature; mail says the CEO has not signed",
        missing=(5,),
    )


def z036() -> Case:
    return h_request("z036", "h2", d(36), control="other", approval="scan"), lbl(
        "nb",
        H + " part5_scanned_signature_page image_only_pdf",
        "pgp_mime",
        "complete; CEO's signed approval as a scanned page",
    )


def z055() -> Case:
    return h_request("z055", "h2", d(55), processor_contact=False, control="signed"), lbl(
        "nb",
        H + " processor_named_no_contact part5_signoff_table_in_pdf",
        "none",
        "processor Tapp Nordic AS named in the description only, no contact anywhere",
        missing=(1,),
    )


def z056() -> Case:
    return h_request("z056", "h1", d(56), control="other", approval="ceo_eml"), lbl(
        "nb",
        H + " part5_ceo_forwarded_eml forwarded_rfc822",
        "none",
        "complete; CEO's approval forwarded as .eml",
    )


# --- I: Handels- og Kontorforbundet ------------------------------------------------------------


def z017() -> Case:
    return i_request("z017", "i1", d(17), describe="see_vedlegg2"), lbl(
        "nb",
        I_ + " part5_protocol_pdf see_attachment_not_attached",
        "pgp_mime",
        "description: «se vedlegg 2» (prosjektbeskrivelse) – not attached",
        missing=(2,),
    )


def z018() -> Case:
    return i_request("z018", "i2", d(18)), lbl(
        "nb", I_ + " part5_protocol_pdf risk_table", "none", "complete; forbundsstyret protocol PDF"
    )


def z037() -> Case:
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<h1>HKF Nytt – desember 2026</h1>
<p><b>Lønnsoppgjøret 2027:</b> Forbundsstyret har vedtatt kravene til vårens oppgjør. Les mer på hkf.no.</p>
<p><b>Nytt medlemssystem:</b> Vi bytter medlemssystem i 2027. Du vil få beskjed i god tid, og vi jobber tett med personvernombudet for å ivareta opplysningene dine.</p>
<p><b>Kurs for tillitsvalgte:</b> Påmelding til grunnkurs i januar er åpen.</p>
<p style="font-size:8pt">Du mottar dette nyhetsbrevet fordi adressen er registrert hos HKF. <a href="https://hkf.no/avmeld">Meld deg av</a>.</p>
</body></html>"""
    msg = message(
        "z037", "HKF Nytt <nyhetsbrev@hkf.no>", "HKF Nytt – desember 2026", d(37), html=html
    )
    return msg, lbl(
        "nb",
        "trade_union nonrequest_newsletter html_only_body",
        "none",
        "not a request: member newsletter",
        request=False,
    )


def z038() -> Case:
    return i_request("z038", "i1", d(38), approval="pending"), lbl(
        "nb",
        I_ + " part5_pending_landsstyret",
        "pgp_mime",
        "approval pending: landsstyret 15 January 2027",
        missing=(5,),
    )


def z057() -> Case:
    return i_request("z057", "i1", d(57), thread=True), lbl(
        "nb",
        I_ + " part5_protocol_pdf quoted_thread resubmission_complete",
        "pgp_mime",
        "complete; resends z038 with forbundsstyret protocol; DPO's note quoted",
    )


def z058() -> Case:
    return i_request("z058", "i2", d(58), approval="leader_eml"), lbl(
        "nb",
        I_ + " part5_leader_forwarded_eml forwarded_rfc822",
        "none",
        "complete; union leader's approval forwarded as .eml",
    )


# --- J: Norvik Institutt for samfunnsforskning -------------------------------------------------


def z019() -> Case:
    return j_request("z019", "j1", d(19)), lbl(
        "nb",
        J + " part5_scanned_signature_page image_only_pdf",
        "pgp_mime",
        "complete; director's signed decision scanned",
    )


def z020() -> Case:
    return j_request("z020", "j2", d(20), approval="pending"), lbl(
        "nn",
        J + " part5_signed_version_to_follow",
        "none",
        "approval: «Signert versjon kjem når direktøren er attende frå reise»",
        missing=(5,),
    )


def z039() -> Case:
    return j_request("z039", "j1", d(39), necessity="guidance"), lbl(
        "nb",
        J + " template_guidance_left part5_scanned_signature_page image_only_pdf",
        "pgp_mime",
        "necessity section left with the «<Fyll inn: …>» guidance",
        missing=(3,),
    )


def z040() -> Case:
    resend = "Dette er ny innsending av saka vi sende 25. november, no med signert avgjerd frå direktøren."
    return j_request("z040", "j2", d(40), resend=resend), lbl(
        "nn",
        J + " part5_scanned_signature_page image_only_pdf resubmission_complete",
        "none",
        "complete; resends z020 with the director's signed decision",
    )


def z059() -> Case:
    c = J_CONTACT_NN
    body = txt(f"""
        Til Datatilsynet

        Vi planlegg eit forskingsprosjekt der ungdom skal installere ein app som registrerer skjermbruk. Før vi gjer ferdig personvernkonsekvensvurderinga, ønskjer vi eit rettleiingsmøte med dykk for å drøfte om samtykke frå føresette er rett grunnlag for dei mellom 13 og 16 år, og korleis vi bør informere.

        Vi er fleksible på tidspunkt i januar.

        Venleg helsing
        {c.name}
        {c.title}, Norvik Institutt for samfunnsforsking
        Tlf. {c.phone}
        """)
    msg = message("z059", c.addr, "Ønskje om rettleiingsmøte – app-studie med ungdom", d(59), body)
    return msg, lbl(
        "nn",
        "research_institute nonrequest_guidance all_in_body",
        "inline",
        "not a request: asks for a guidance meeting before the DPIA is finished",
        request=False,
    )


def z060() -> Case:
    resend = "\nDette er en ny innsending av saken fra 5. desember; avsnittet om nødvendighet er nå fylt ut.\n"
    return j_request("z060", "j1", d(60), approval="in_doc", resend=resend), lbl(
        "nb",
        J + " part5_prose_in_dpia resubmission_complete",
        "none",
        "complete; resends z039; director's approval told in the DPIA's last section",
    )
