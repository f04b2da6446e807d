# ruff: noqa: E501, N812
"""The sixty blind28 cases, one function each (e001-e060): the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import kit
import personas as P
import senders as S
import topics as T
from kit import Label, when

Case = tuple[EmailMessage, Label]


def lab(
    lang: str,
    shapes: str,
    enc: str,
    note: str,
    missing: tuple[int, ...] = (),
    *,
    req: bool = True,
    proc: str = "used",
) -> Label:
    return Label(
        lang, tuple(shapes.split()), enc, req, proc if req else "unspecified", note, missing
    )


# --- A: Fjordkreditt Teknologi AS -------------------------------------------------------------

A_SHAPES = "fintech one_pdf_everything headings_numbered contact_word_table org_number_address phone_foreign risk_likelihood_consequence"


def e001() -> Case:
    t = T.A_SCORE
    pdf = S.a_pdf(t, sak="34/26", meeting="28. oktober 2026")
    msg = S.a_mail("E001", t, when(11, 5, 10, 12), pdf, "Fjordkreditt_forhandsdroftelse_Flex.pdf")
    return msg, lab(
        "nb",
        A_SHAPES + " part5_scanned_board_minute_in_pdf",
        "pgp_mime",
        "complete; one PDF with a scanned board minute as last page",
    )


def e002() -> Case:
    t = T.A_BEHAV
    pdf = S.a_pdf(t, sak="2/27", meeting="15. januar 2027")
    msg = S.a_mail(
        "E002",
        t,
        when(1, 19, 8, 41, 2027),
        pdf,
        "Forhandsdroftelse_atferdsbiometri_v2.pdf",
        note="Dette erstatter forespørselen vår fra desember; styret har nå behandlet saken.",
    )
    return msg, lab(
        "nb",
        A_SHAPES + " part5_scanned_board_minute_in_pdf resubmission_complete",
        "pgp_mime",
        "complete; resend after the board meeting, approval scanned into the PDF",
    )


def e021() -> Case:
    t = T.A_BEHAV
    pdf = S.a_pdf(t, sak="", meeting="", approval="planned")
    msg = S.a_mail(
        "E021",
        t,
        when(12, 2, 14, 5),
        pdf,
        "Forhandsdroftelse_atferdsbiometri.pdf",
        lead="Anmodning og DPIA er samlet i én PDF.",
        note="Styregodkjenningen kommer etter styremøtet i januar.",
    )
    return msg, lab(
        "nb",
        A_SHAPES + " part5_future_meeting",
        "pgp_mime",
        "part 5 missing: approval «planlagt i styremøte 15. januar 2027»",
        (5,),
    )


def e022() -> Case:
    t = T.A_SCORE
    pdf = S.a_pdf(t, sak="", meeting="", risk="later", approval="after")
    msg = S.a_mail(
        "E022",
        t,
        when(11, 2, 9, 30),
        pdf,
        "Fjordkreditt_Flex_utkast.pdf",
        lead="Vi sender et tidlig utkast slik at dere kan sette av kapasitet.",
    )
    return msg, lab(
        "nb",
        A_SHAPES + " part4_will_follow part5_will_follow",
        "pgp_mime",
        "parts 4 and 5 missing: risk assessment «gjennomføres i Q1 2027», board after that",
        (4, 5),
    )


def e041() -> Case:
    t = T.A_SCORE
    pdf = S.a_pdf(t, sak="34/26", meeting="28. oktober 2026")
    msg = S.a_mail(
        "E041",
        t,
        when(11, 26, 15, 48),
        pdf,
        "Fjordkreditt_Flex_rev2.pdf",
        note="Revidert versjon: lagringstiden for rådata er endret til 90 dager. Sidetall kan avvike fra forrige versjon.",
    )
    return msg, lab(
        "nb",
        A_SHAPES + " part5_scanned_board_minute_in_pdf resubmission_complete",
        "pgp_mime",
        "complete; revised PDF, same structure",
    )


def e042() -> Case:
    body = kit.txt("""
        Til Datatilsynet

        Vi melder herved et brudd på personopplysningssikkerheten, jf. personvernforordningen art. 33.

        Hva skjedde: 23. november kl. 21.10–22.45 viste en feil i vår app kontoutdrag-kategorier (ikke beløp) for feil kunde for 214 innlogginger. Feilen skyldtes en hurtigbuffer som ble delt mellom sesjoner etter en oppdatering.

        Berørte: inntil 214 kunder. Opplysninger: kategorier av forbruk (f.eks. «dagligvare», «transport»), ikke kontonummer eller saldo.

        Tiltak: oppdateringen ble rullet tilbake kl. 22.45, hurtigbufferen er tømt og kodefeilen rettet. Berørte kunder varsles innen 27. november.

        Vi sender også skjema i Altinn. Kontakt meg ved spørsmål.

        Med vennlig hilsen
        Ingrid Vassbotn
        Head of Compliance, Fjordkreditt Teknologi AS
        +47 913 44 208
        """)
    msg = kit.message(
        "E042", P.A_FROM, "Avviksmelding – feilvisning i appen 23.11", when(11, 25, 11, 3), body
    )
    return msg, lab(
        "nb",
        "fintech nonrequest_breach_notification",
        "pgp_mime",
        "breach notification (art. 33), not a prior consultation",
        req=False,
    )


# --- B: Kornmo Dagligvare AS ------------------------------------------------------------------

B_SHAPES = "grocery_loyalty zip zip_readme consultancy_template dpia_report_docx contact_in_readme processor_contact_body phone_foreign org_number_address"


def b_message(
    cid: str,
    t: T.Topic,
    date: str,
    files: dict[str, bytes],
    zipname: str,
    text: str,
    zipped: bool = True,
) -> EmailMessage:
    attachments = [(zipname, kit.to_zip(files))] if zipped else list(files.items())
    return kit.message(
        cid, P.B_FROM, f"Forhåndsdrøftelse – {t.title}", date, text, attachments=attachments
    )


def b_text(intro: str) -> str:
    return S.fill(
        """
        Hei!

        {intro}

        Alt er lagt i vedlagt zip-fil; se LES_MEG.txt først.

        Mvh
        Tor Einar Rustad
        Leder kundeprogram | Kornmo Dagligvare AS
        Tlf {phone}
        """,
        intro=intro,
        phone=P.B_CONTACT.phone,
    )


def b_full(t: T.Topic) -> dict[str, bytes]:
    names = ["LES_MEG.txt", "DPIA_Kornmo.docx", "Godkjenning_konsernledelsen.pdf"]
    return {names[0]: S.b_readme(t, names), names[1]: S.b_dpia(t), names[2]: S.b_approval(t)}


def e003() -> Case:
    t = T.B_OFFERS
    names = ["LES_MEG.txt", "Beskrivelse_Kornmo_Pluss_personlige_tilbud.docx"]
    readme = S.b_readme(
        t,
        names,
        "\nMERK: DPIA-en ettersendes når den er ferdig. Vi sender beskrivelsen nå slik at saken kan opprettes.\n",
    )
    beskr = kit.to_docx(S.md(f"# Beskrivelse av behandlingen\n\n{S.desc(t)}"))
    msg = b_message(
        "E003",
        t,
        when(11, 9, 8, 15),
        {names[0]: readme, names[1]: beskr},
        "Kornmo_Pluss_forhandsdroftelse.zip",
        b_text(
            "Vedlagt er første del av anmodningen vår om forhåndsdrøftelse for personlige tilbud i Kornmo Pluss."
        ),
    )
    return msg, lab(
        "nb",
        "grocery_loyalty zip zip_readme contact_in_readme processor_contact_body phone_foreign dpia_will_follow",
        "none",
        "parts 3, 4, 5 missing: README says «DPIA-en ettersendes når den er ferdig»; only the description is sent",
        (3, 4, 5),
    )


def e004() -> Case:
    t = T.B_OFFERS
    msg = b_message(
        "E004",
        t,
        when(11, 30, 13, 22),
        b_full(t),
        "Kornmo_Pluss_komplett.zip",
        b_text(
            "Her er den komplette anmodningen om forhåndsdrøftelse for personlige tilbud i Kornmo Pluss, nå med DPIA og godkjenning."
        ),
    )
    return msg, lab(
        "nb",
        B_SHAPES + " part5_minutes_signoff_table risk_likelihood_consequence",
        "pgp_mime",
        "complete; ZIP with README, consultancy DPIA and management minute",
    )


def e023() -> Case:
    body = kit.txt("""
        Hei,

        Vi i Kornmo Dagligvare vurderer å gjøre digitale kvitteringer standard for alle medlemmer i Kornmo Pluss (papirkvittering bare på forespørsel). Kvitteringene lagres i appen i 3 år.

        Spørsmålet vårt er om dette krever en DPIA, og i så fall om vi må be dere om forhåndsdrøftelse før oppstart. Vi har lest listen deres over behandlinger som alltid krever DPIA, men er usikre på om dette er «stor skala».

        Et kort svar på e-post hadde vært fint.

        Mvh
        Tor Einar Rustad
        Kornmo Dagligvare AS
        """)
    msg = kit.message(
        "E023", P.B_FROM, "Spørsmål: DPIA for digitale kvitteringer?", when(11, 17, 9, 50), body
    )
    return msg, lab(
        "nb",
        "grocery_loyalty nonrequest_question",
        "none",
        "question whether a DPIA is needed",
        req=False,
    )


def e024() -> Case:
    t = T.B_AGE
    names = ["LES_MEG.txt", "DPIA_Kornmo.docx", "Godkjenning_konsernledelsen.pdf"]
    files = {
        names[0]: S.b_readme(t, names),
        names[1]: S.b_dpia(t),
        names[2]: S.b_approval(t, pending=True),
    }
    msg = b_message(
        "E024",
        t,
        when(12, 14, 10, 4),
        files,
        "Aldersestimering_forhandsdroftelse.zip",
        b_text(
            "Vedlagt følger anmodning om forhåndsdrøftelse for aldersestimering på selvbetjente kasser."
        ),
    )
    return msg, lab(
        "nb",
        B_SHAPES + " risk_likelihood_consequence part5_future_meeting",
        "none",
        "part 5 missing: the approval file says the group management will handle it 12 January 2027",
        (5,),
    )


def e043() -> Case:
    t = T.B_AGE
    msg = b_message(
        "E043",
        t,
        when(11, 23, 14, 37),
        b_full(t),
        "Kornmo_aldersestimering.zip",
        b_text(
            "Kornmo Dagligvare AS ber om forhåndsdrøftelse for kamerabasert aldersestimering på selvbetjente kasser i 40 butikker."
        ),
    )
    return msg, lab(
        "nb",
        B_SHAPES + " part5_minutes_signoff_table risk_likelihood_consequence",
        "none",
        "complete; ZIP with README",
    )


def e044() -> Case:
    t = T.B_OFFERS
    text = S.fill(
        """
        Hei igjen,

        Vi fikk beskjed om at zip-filen fra oss ble stoppet i e-postfilteret deres. Sender derfor filene løst denne gangen – innholdet er det samme (anmodning om forhåndsdrøftelse, Kornmo Pluss personlige tilbud).

        Mvh
        Tor Einar Rustad
        Kornmo Dagligvare AS, tlf {phone}
        """,
        phone=P.B_CONTACT.phone,
    )
    msg = b_message("E044", t, when(12, 3, 16, 20), b_full(t), "", text, zipped=False)
    return msg, lab(
        "nb",
        "grocery_loyalty zip_readme_loose consultancy_template dpia_report_docx contact_in_readme processor_contact_body phone_foreign part5_minutes_signoff_table risk_likelihood_consequence",
        "none",
        "complete; the ZIP contents sent as loose files",
    )


# --- C: Styrke Treningssentre AS ---------------------------------------------------------------

C_SHAPES = "gym_chain biometrics dpia_xlsx_workbook sheet_per_step contact_label_value dpo_external_firm phone_foreign risk_scores_1_4"


def e005() -> Case:
    t = T.C_FACE
    files = [
        ("DPIA_FaceIn_v2.xlsx", S.c_workbook(t)),
        ("Styreprotokoll_30102026_signert.pdf", S.c_minute(t)),
    ]
    msg = S.c_mail(
        "E005",
        t,
        when(11, 4, 12, 58),
        files,
        "Styrke Treningssentre AS ber om forhåndsdrøftelse for ansiktsgjenkjenning ved inngangen (FaceIn). DPIA og signert styreprotokoll er vedlagt.",
    )
    return msg, lab(
        "nb",
        C_SHAPES + " part5_scanned_board_minute",
        "pgp_mime",
        "complete; DPIA as workbook, signed minute image-only",
    )


def e006() -> Case:
    t = T.C_NIGHT
    files = [("DPIA_FaceIn_natt.xlsx", S.c_workbook(t, approval="empty"))]
    msg = S.c_mail(
        "E006",
        t,
        when(12, 8, 7, 44),
        files,
        "Vi ber om forhåndsdrøftelse for utvidelsen av FaceIn med tilstedeværelseslogg på ubemannede sentre.",
        proc2=True,
    )
    return msg, lab(
        "nb",
        C_SHAPES + " signoff_sheet_blank",
        "none",
        "part 5 missing: sheet «6 Godkjenning» has empty «Godkjent av»/«Dato» cells, no minute attached",
        (5,),
    )


def e025() -> Case:
    t = T.C_FACE
    files = [
        ("DPIA_FaceIn.xlsx", S.c_workbook(t, risk="bare")),
        ("Styreprotokoll_30102026_signert.pdf", S.c_minute(t)),
    ]
    msg = S.c_mail(
        "E025",
        t,
        when(11, 3, 15, 10),
        files,
        "Anmodning om forhåndsdrøftelse – FaceIn. Vedlagt DPIA (Excel) og protokoll.",
    )
    return msg, lab(
        "nb",
        C_SHAPES + " part5_scanned_board_minute risk_list_no_assessment",
        "pgp_mime",
        "part 4 missing: risk sheet lists risks only, no likelihood, consequence or measures; «5 Tiltak» empty",
        (4,),
    )


def e026() -> Case:
    t = T.C_NIGHT
    files = [
        ("DPIA_FaceIn_natt.xlsx", S.c_workbook(t)),
        ("Protokoll_styret_sak22.pdf", S.c_minute(t)),
    ]
    msg = S.c_mail(
        "E026",
        t,
        when(12, 10, 9, 2),
        files,
        "Vedlagt anmodning om forhåndsdrøftelse for FaceIn nattmodus med tilstedeværelseslogg. Ny databehandler er Sentinel Vakt AS.",
        proc2=True,
    )
    return msg, lab(
        "nb",
        C_SHAPES + " part5_scanned_board_minute two_processors",
        "pgp_mime",
        "complete; two processors with contacts in the body",
    )


def e045() -> Case:
    t = T.C_NIGHT
    files = [
        ("DPIA_FaceIn_natt_utkast.xlsx", S.c_workbook(t, describe="empty")),
        ("Protokoll_styret_sak22.pdf", S.c_minute(t)),
    ]
    msg = S.c_mail(
        "E045",
        t,
        when(12, 1, 13, 30),
        files,
        "Styrke ber om forhåndsdrøftelse for FaceIn nattmodus. Se vedlagt DPIA og styreprotokoll.",
        proc2=True,
    )
    return msg, lab(
        "nb",
        C_SHAPES + " part5_scanned_board_minute empty_headings_only two_processors",
        "pgp_mime",
        "part 2 missing: sheet «2 Beskrivelse» has the template questions with empty answers; the subject and other sheets only hint at the processing",
        (2,),
    )


def e046() -> Case:
    t = T.C_FACE
    z = kit.to_zip(
        {"DPIA_FaceIn_v3.xlsx": S.c_workbook(t), "Styreprotokoll_30102026.pdf": S.c_minute(t)}
    )
    msg = S.c_mail(
        "E046",
        t,
        when(11, 19, 11, 11),
        [("FaceIn_forhandsdroftelse.zip", z)],
        "Sender anmodningen om forhåndsdrøftelse for FaceIn på nytt i én zip, som avtalt på telefon med saksbehandler.",
    )
    return msg, lab(
        "nb",
        C_SHAPES + " part5_scanned_board_minute zip",
        "pgp_mime",
        "complete; workbook and minute in a ZIP",
    )


# --- D: Havbris Forsikringsmegling AS ---------------------------------------------------------

D_SHAPES = "insurance_broker all_in_body headings_question_caps contact_label_value risk_bullets part5_protocol_quoted_in_body"


def d_message(cid: str, t: T.Topic, date: str, body: str) -> EmailMessage:
    return kit.message(cid, P.D_FROM, f"Forhåndsdrøftelse: {t.title}", date, body)


def e007() -> Case:
    t = T.D_HEALTH
    return d_message("E007", t, when(11, 10, 10, 40), S.d_body(t)), lab(
        "nb", D_SHAPES, "inline", "complete; everything in the plain body"
    )


def e008() -> Case:
    t = T.D_VOICE
    return d_message("E008", t, when(11, 24, 8, 55), S.d_body(t, dpo_phone=False)), lab(
        "nb",
        D_SHAPES + " p1_dpo_no_phone",
        "inline",
        "part 1 missing: DPO given with name and e-mail only",
        (1,),
    )


def e027() -> Case:
    t = T.D_VOICE
    return d_message("E027", t, when(11, 13, 15, 21), S.d_body(t, approval="none")), lab(
        "nb",
        "insurance_broker all_in_body headings_question_caps contact_label_value risk_bullets part5_not_done",
        "inline",
        "part 5 missing: «ikke gjennomført ennå»",
        (5,),
    )


def e028() -> Case:
    t = T.D_HEALTH
    body = S.d_body(t).replace(
        "Vi har skrevet alt rett i e-posten.",
        "Vi sendte samme henvendelse kryptert 10. november, men har ikke fått kvittering, så vi sender den på nytt uten kryptering.",
    )
    return d_message("E028", t, when(12, 4, 12, 16), body), lab(
        "nb", D_SHAPES, "none", "complete; everything in the body, sent unencrypted"
    )


def e047() -> Case:
    t = T.D_VOICE
    body = S.d_body(t).replace(
        "Vi har skrevet alt rett i e-posten.",
        "Styret har nå behandlet saken, så her er hele anmodningen på nytt.",
    )
    return d_message("E047", t, when(12, 9, 9, 27), body), lab(
        "nb", D_SHAPES, "none", "complete; call recording and voice analytics"
    )


def e048() -> Case:
    t = T.D_HEALTH
    body = S.d_body(t).replace(
        "Vi har skrevet alt rett i e-posten.",
        "Dette er en oppdatert versjon der lagringstiden er rettet; alt står i e-posten.",
    )
    return d_message("E048", t, when(12, 16, 14, 3), body), lab(
        "nb", D_SHAPES, "inline", "complete"
    )


# --- E: Nordvei Logistikk AS ------------------------------------------------------------------

E_SHAPES = "logistics employee_monitoring headings_english_in_nb contact_label_value phone_foreign risk_likelihood_consequence part5_signoff_table"


def e_message(
    cid: str, t: T.Topic, date: str, files: list[kit.Attachment], line: str
) -> EmailMessage:
    body = S.fill(
        """
        Hei,

        {line}

        Kontaktinfo til oss, personvernombudet og databehandleren står først i dokumentet.

        Mvh
        Kjetil Brekke
        HMS- og kvalitetssjef
        Nordvei Logistikk AS | Terminalveien 12, 2020 Skedsmokorset
        Mob {phone}
        """,
        line=line,
        phone=P.E_CONTACT.phone,
    )
    return kit.message(
        cid, P.E_FROM, f"Anmodning om forhåndsdrøftelse – {t.title}", date, body, attachments=files
    )


def e009() -> Case:
    t = T.E_GPS
    doc = kit.to_docx(S.e_doc(t, proc_contact=False, necessity="empty"))
    msg = e_message(
        "E009",
        t,
        when(11, 6, 13, 45),
        [("DPIA Fleetwise sjåførsporing.docx", doc)],
        "Vedlagt DPIA for sanntidssporing av sjåfører. Vi ber om forhåndsdrøftelse.",
    )
    return msg, lab(
        "nb",
        E_SHAPES + " dpia_report_docx empty_headings_only p1_processor_no_contact",
        "none",
        "parts 1 and 3 missing: processor only as company and support@ address; «Necessity & proportionality» heading with nothing under it",
        (1, 3),
    )


def e010() -> Case:
    t = T.E_CAM
    msg = e_message(
        "E010",
        t,
        when(11, 18, 10, 7),
        [("DPIA_DriverCam.odt", kit.to_odt(S.e_doc(t)))],
        "Nordvei Logistikk ber om forhåndsdrøftelse for førerkamera med trøtthetsvarsling. DPIA vedlagt (ODT, vi bruker LibreOffice).",
    )
    return msg, lab("nb", E_SHAPES + " odt", "pgp_mime", "complete; ODT")


def e029() -> Case:
    t = T.E_CAM
    msg = e_message(
        "E029",
        t,
        when(11, 12, 8, 33),
        [("DPIA DriverCam v1.0.docx", kit.to_docx(S.e_doc(t)))],
        "Her er DPIA-en for førerkamera i tungbilene. Vi ber om forhåndsdrøftelse.",
    )
    return msg, lab("nb", E_SHAPES + " dpia_report_docx", "none", "complete; DOCX")


def e030() -> Case:
    t = T.E_GPS
    files = [
        ("DPIA sjåførsporing.odt", kit.to_odt(S.e_doc(t, risk="separate"))),
        ("Risk assessment.odt", b""),
    ]
    msg = e_message(
        "E030",
        t,
        when(11, 27, 15, 59),
        files,
        "Vedlagt DPIA og risikovurdering for sporing av sjåfører (Fleetwise).",
    )
    return msg, lab(
        "nb",
        E_SHAPES + " odt zero_byte_risk_assessment",
        "none",
        "part 4 missing: the DPIA points to «Risk assessment.odt», which is 0 bytes",
        (4,),
    )


def e049() -> Case:
    body = kit.txt("""
        Hei,

        Vi vil melde et avvik. Vår leverandør av flåtestyring (Fleetwise) hadde fra 2. til 4. desember en feilkonfigurert deling som gjorde at en annen kunde av Fleetwise kunne se sanntidsposisjon for 38 av våre biler, med sjåførens fornavn. Feilen ble oppdaget av den andre kunden, som varslet Fleetwise.

        Fleetwise har stengt delingen og bekreftet at ingen data er lastet ned. Vi har informert de berørte sjåførene og tillitsvalgte.

        Avviksskjema er sendt i Altinn i dag, dette er bare til orientering med kopi av interne notater om nødvendig.

        Mvh
        Kjetil Brekke
        Nordvei Logistikk AS
        """)
    msg = kit.message(
        "E049",
        P.E_FROM,
        "Avvik – posisjonsdata synlig for annen kunde hos leverandør",
        when(12, 5, 16, 12),
        body,
    )
    return msg, lab(
        "nb", "logistics nonrequest_breach_notification", "none", "breach notification", req=False
    )


def e050() -> Case:
    t = T.E_CAM
    doc = kit.to_docx(S.e_doc(t, describe="see_annex"))
    msg = e_message(
        "E050",
        t,
        when(12, 11, 12, 30),
        [("DPIA DriverCam.docx", doc)],
        "Oversender DPIA for førerkamera (DriverCam) med anmodning om forhåndsdrøftelse.",
    )
    return msg, lab(
        "nb",
        E_SHAPES + " dpia_report_docx annex_not_attached",
        "none",
        "part 2 missing: «Processing description» says «Se vedlegg A – Systembeskrivelse», which is not attached",
        (2,),
    )


# --- F: Talentbro AS -------------------------------------------------------------------------

F_SHAPES = "hr_tech_saas headings_english dpia_report_docx contact_word_table phone_foreign risk_likelihood_consequence part5_board_resolution_pdf"


def f_message(
    cid: str, t: T.Topic, date: str, files: list[kit.Attachment], intro: str
) -> EmailMessage:
    body = S.fill(
        """
        Dear Datatilsynet,

        {intro}

        Attached: the DPIA (Word) and the board resolution (PDF). Contact details for us, our DPO and our hosting processor are in section "Contacts" of the DPIA.

        Kind regards,

        Daniel Okafor
        Head of Trust & Privacy | Talentbro AS
        {phone} | talentbro.io
        """,
        intro=intro,
        phone=P.F_CONTACT.phone,
    )
    return kit.message(
        cid,
        P.F_FROM,
        f"Request for prior consultation (GDPR Art. 36) – {t.title}",
        date,
        body,
        attachments=files,
    )


def e011() -> Case:
    t = T.F_MATCH
    files = [
        ("Talentbro_Match_DPIA_v1.3.docx", S.f_dpia(t)),
        ("Board_resolution_2026-19.pdf", S.f_resolution(t)),
    ]
    msg = f_message(
        "E011",
        t,
        when(11, 26, 9, 14),
        files,
        "Talentbro AS requests prior consultation under Article 36 GDPR for our cross-customer candidate matching model.",
    )
    return msg, lab("en", F_SHAPES, "pgp_mime", "complete; English")


def e012() -> Case:
    t = T.F_FLIGHT
    files = [
        ("Talentbro_Retain_DPIA.docx", S.f_dpia(t, necessity="tbd")),
        ("Board_resolution_2026-19.pdf", S.f_resolution(t)),
    ]
    msg = f_message(
        "E012",
        t,
        when(12, 1, 11, 2),
        files,
        "Please find our request for prior consultation for Talentbro Retain (attrition prediction).",
    )
    return msg, lab(
        "en",
        F_SHAPES + " part3_to_be_completed",
        "pgp_mime",
        "part 3 missing: «TBD – Legal is reviewing … will be completed before go-live»",
        (3,),
    )


def e031() -> Case:
    body = kit.txt("""
        Hi,

        I hope this finds you well. Talentbro is the Nordic applicant tracking system trusted by 900+ employers. With public sector recruitment under growing pressure, we would love to show how Datatilsynet could run fair, GDPR-compliant hiring with structured interviews, anonymised screening and built-in retention rules.

        Would you have 30 minutes for a demo in January? I have attached nothing - just reply with a time that suits you, or book directly at talentbro.io/demo.

        Best,
        Sofie Lund
        Public Sector Sales, Talentbro AS
        +47 478 12 900
        """)
    msg = kit.message(
        "E031",
        "Sofie Lund <sofie.lund@talentbro.io>",
        "Fair hiring for Datatilsynet – 30 min demo?",
        when(11, 16, 8, 1),
        body,
    )
    return msg, lab(
        "en", "hr_tech_saas nonrequest_sales_pitch", "none", "vendor sales pitch", req=False
    )


def e032() -> Case:
    t = T.F_FLIGHT
    files = [
        ("Talentbro_Retain_DPIA_v1.1.docx", S.f_dpia(t)),
        ("Board_resolution_2026-19.pdf", S.f_resolution(t)),
    ]
    msg = f_message(
        "E032",
        t,
        when(12, 15, 14, 26),
        files,
        "Talentbro AS requests prior consultation for Talentbro Retain. The necessity section is now complete.",
    )
    return msg, lab(
        "en", F_SHAPES + " resubmission_complete", "pgp_mime", "complete; attrition prediction"
    )


def e051() -> Case:
    t = T.F_MATCH
    files = [
        ("Talentbro_Match_DPIA_draft.docx", S.f_dpia(t, risk="next_week")),
        ("Board_resolution_2026-19.pdf", S.f_resolution(t)),
    ]
    msg = f_message(
        "E051",
        t,
        when(11, 20, 16, 45),
        files,
        "We request prior consultation for Talentbro Match. Note that the written risk assessment will follow next week.",
    )
    return msg, lab(
        "en",
        F_SHAPES + " part4_will_follow",
        "pgp_mime",
        "part 4 missing: «the write-up will follow next week»",
        (4,),
    )


def e052() -> Case:
    t = T.F_MATCH
    files = [
        ("Talentbro_Match_DPIA_v1.3.docx", S.f_dpia(t)),
        ("Board_resolution_2026-19.pdf", S.f_resolution(t)),
    ]
    msg = f_message(
        "E052",
        t,
        when(12, 2, 10, 18),
        files,
        "Following up on our earlier draft: here is the complete request for prior consultation for Talentbro Match, including the risk assessment.",
    )
    return msg, lab(
        "en",
        F_SHAPES + " resubmission_complete",
        "pgp_mime",
        "complete; resend with the risk assessment",
    )


# --- G: Portal Eiendomsforvaltning AS ---------------------------------------------------------

G_SHAPES = "property_manager smart_locks rtf headings_unnumbered contact_label_value dpo_external_firm processor_block_org_address risk_likelihood_consequence part5_signoff_line"


def g_message(cid: str, t: T.Topic, date: str, rtf: bytes, name: str) -> EmailMessage:
    body = S.fill(
        """
        Hei.

        Portal Eiendomsforvaltning AS ber om forhåndsdrøftelse, se vedlagt vurdering ({name}).

        Med hilsen
        Randi Stokke
        Forvaltningssjef
        Portal Eiendomsforvaltning AS
        Sentralbord 22 85 43 10 / mobil {phone}
        """,
        name=name,
        phone=P.G_CONTACT.phone,
    )
    return kit.message(
        cid, P.G_FROM, f"Forhåndsdrøftelse {t.title}", date, body, attachments=[(name, rtf)]
    )


def e013() -> Case:
    t = T.G_LOCK
    return g_message("E013", t, when(11, 11, 11, 36), S.g_rtf(t), "DPIA smartlaas.rtf"), lab(
        "nb", G_SHAPES, "none", "complete; RTF"
    )


def e014() -> Case:
    body = kit.txt("""
        Hei,

        Vi er i gang med å innføre digitale låser i om lag 3 400 utleieboliger og holder på med DPIA. Før vi ferdigstiller den ønsker vi et møte med Datatilsynet for å høre om vi har forstått kravene riktig, særlig når det gjelder logging på leilighetsdører.

        Passer det med et digitalt møte i uke 2 eller 3? Vi stiller med forvaltningssjef, personvernombud og leverandør.

        Med hilsen
        Randi Stokke
        Portal Eiendomsforvaltning AS
        Tlf. 977 21 408
        """)
    return kit.message(
        "E014", P.G_FROM, "Ønske om møte – smartlåser", when(12, 7, 13, 1), body
    ), lab(
        "nb",
        "property_manager nonrequest_meeting_request",
        "none",
        "request for a (guidance) meeting",
        req=False,
    )


def e033() -> Case:
    t = T.G_LOCK
    return g_message(
        "E033",
        t,
        when(11, 25, 9, 9),
        S.g_rtf(t, dpo="no_phone"),
        "Vurdering personvernkonsekvenser smartlås.rtf",
    ), lab(
        "nb",
        G_SHAPES + " p1_dpo_no_phone",
        "none",
        "part 1 missing: external DPO with name, firm and e-mail, no phone",
        (1,),
    )


def e034() -> Case:
    t = T.G_VIDEO
    return g_message(
        "E034",
        t,
        when(12, 15, 8, 20),
        S.g_rtf(t, describe="vendor_doc", risk="unfinished"),
        "DPIA videoporttelefon.rtf",
    ), lab(
        "nb",
        G_SHAPES + " description_elsewhere risk_not_finished",
        "none",
        "parts 2 and 4 missing: description only «beskrevet i leverandørens systemdokumentasjon» (not attached), risk «ikke ferdig»",
        (2, 4),
    )


def e053() -> Case:
    t = T.G_VIDEO
    return g_message(
        "E053", t, when(12, 18, 10, 50), S.g_rtf(t), "DPIA videoporttelefon v2.rtf"
    ), lab("nb", G_SHAPES, "none", "complete; video door phone")


def e054() -> Case:
    t = T.G_LOCK
    return g_message("E054", t, when(12, 4, 15, 5), S.g_rtf(t), "DPIA smartlaas endelig.rtf"), lab(
        "nb", G_SHAPES + " resubmission_complete", "none", "complete; resend with DPO phone"
    )


# --- H: Kjørdel AS ----------------------------------------------------------------------------

H_SHAPES = "car_sharing location_data file_per_part contact_word_table phone_foreign risk_likelihood_consequence part5_scanned_board_minute"


def h_message(
    cid: str, t: T.Topic, date: str, files: list[kit.Attachment], extra: str = ""
) -> EmailMessage:
    body = S.fill(
        """
        Hei,

        Kjørdel AS ber om forhåndsdrøftelse for «{title}». Vi har fulgt listen på nettsidene deres og laget én fil per punkt (1–5).
        {extra}
        Vennlig hilsen
        Ahmed Rahimi
        Produktsjef, Kjørdel AS
        {phone}
        """,
        title=t.title,
        extra=extra,
        phone=P.H_CONTACT.phone,
    )
    return kit.message(
        cid, P.H_FROM, f"Forhåndsdrøftelse – {t.title}", date, body, attachments=files
    )


def e015() -> Case:
    body = kit.txt("""
        Hei,

        Kjørdel AS planlegger å bruke kjøredata til prising og vurdering av skadeansvar. Vi har kommet et stykke på DPIA-en, men vil gjerne ha et møte med dere for å diskutere om vi tenker riktig før vi sender noe formelt.

        Kan vi få et møte i januar?

        Hilsen Ahmed Rahimi
        Kjørdel AS, 412 90 338
        """)
    return kit.message(
        "E015", P.H_FROM, "Forespørsel om møte – kjørestilsdata", when(11, 5, 14, 14), body
    ), lab(
        "nb",
        "car_sharing nonrequest_meeting_request",
        "none",
        "request for a guidance meeting",
        req=False,
    )


def e016() -> Case:
    t = T.H_SELFIE
    msg = h_message("E016", t, when(11, 30, 9, 38), S.h_files(t, wrong5=True))
    return msg, lab(
        "nb",
        H_SHAPES + " wrong_file_approval",
        "pgp_mime",
        "part 5 missing: «5_Styrevedtak.pdf» is the minute of another meeting (half-year accounts, charging points), no DPIA item",
        (5,),
    )


def e035() -> Case:
    t = T.H_TELEM
    msg = h_message("E035", t, when(11, 14, 12, 12), S.h_files(t, zero3=True))
    return msg, lab(
        "nb",
        H_SHAPES + " zero_byte_necessity",
        "pgp_mime",
        "part 3 missing: «3_Nodvendighet_og_proporsjonalitet.pdf» is 0 bytes",
        (3,),
    )


def e036() -> Case:
    t = T.H_TELEM
    msg = h_message(
        "E036",
        t,
        when(11, 21, 10, 0),
        S.h_files(t),
        "Punkt 3 var tom i forrige sending – beklager, her er alt på nytt.\n",
    )
    return msg, lab(
        "nb", H_SHAPES + " resubmission_complete", "pgp_mime", "complete; five loose files"
    )


def e055() -> Case:
    t = T.H_SELFIE
    msg = h_message("E055", t, when(12, 9, 15, 15), S.h_files(t))
    return msg, lab("nb", H_SHAPES, "none", "complete; selfie ID check")


def e056() -> Case:
    t = T.H_TELEM
    z = kit.to_zip(dict(S.h_files(t)))
    msg = kit.message(
        "E056",
        P.H_FROM,
        f"SV: Forhåndsdrøftelse – {t.title}",
        when(12, 17, 8, 3),
        kit.txt("""
        Hei,

        Som ønsket sender vi filene samlet i en zip. Innholdet er uendret.

        Ahmed Rahimi
        Kjørdel AS
        """),
        attachments=[("Kjordel_forhandsdroftelse.zip", z)],
    )
    return msg, lab(
        "nb", H_SHAPES + " zip", "pgp_mime", "complete; the five files in a ZIP with a short reply"
    )


# --- I: Lærloft AS ----------------------------------------------------------------------------

I_SHAPES = "elearning_schools children html_alternative contact_is_sender_stated phone_foreign risk_likelihood_consequence part5_email_forwarded_eml"


def i_text(t: T.Topic, intro: str, *, contact_phone: bool = True, proc_phone: bool = True) -> str:
    d, p = P.I_DPO, P.I_PROC
    proc = (
        f"{p.name}, {p.title}, {p.phone}, {p.email}"
        if proc_phone
        else f"Edvance Cloud Oy, {p.email}"
    )
    return S.fill(
        """
        Hei,

        {intro}

        Kontaktperson hos oss er undertegnede.
        Personvernombud: {d.name}, {d.phone}, {d.email}
        Databehandler: {proc}

        Godkjenningen fra daglig leder ligger ved som videresendt e-post.

        Vennlig hilsen
        {sig}
        """,
        intro=intro,
        d=d,
        proc=proc,
        sig=S.i_sig(contact_phone),
    )


def e017() -> Case:
    t = T.I_ADAPT
    old = S.md("""
    # DPIA Lærloft Elevportal (innlogging via Feide) – 2025

    # Hva vi skal gjøre

    Elevportalen samler innlogging til alle Lærloft-fag via Feide. Vi behandler Feide-ID, navn, skole og trinn.

    # Hvorfor

    Felles innlogging er nødvendig for at elevene skal slippe flere brukernavn.

    # Risiko for elevene

    | Risiko | Sannsynlighet | Konsekvens | Tiltak |
    | Feil elev får tilgang til annen elevs konto | Lav | Middels | Feide-innlogging, sesjonstidsavbrudd |
    """)
    intro = (
        "Lærloft AS ber om forhåndsdrøftelse for adaptiv læring og læringsanalyse i Lærloft Matte. Kort om behandlingen:\n\n"
        + S.desc(t)
        + "\n\nDPIA-en ligger ved."
    )
    msg = S.i_mail(
        "E017",
        "Forhåndsdrøftelse – adaptiv læring i Lærloft Matte",
        when(11, 12, 13, 13),
        i_text(t, intro),
        [("DPIA_Elevportal_2025.docx", kit.to_docx(old))],
        S.i_ceo_mail("E017", t, when(11, 10, 16, 2)),
    )
    return msg, lab(
        "nb",
        I_SHAPES + " wrong_file_dpia description_in_body",
        "none",
        "parts 3 and 4 missing: the attached DPIA is last year's for the Elevportal login; the body describes the new processing, the CEO's forwarded mail approves the right DPIA",
        (3, 4),
    )


def e018() -> Case:
    t = T.I_PROCTOR
    intro = "Lærloft AS ber om forhåndsdrøftelse for prøvevakt med webkamera i Lærloft Prøve. DPIA vedlagt."
    msg = S.i_mail(
        "E018",
        f"Anmodning om forhåndsdrøftelse – {t.title}",
        when(11, 19, 9, 25),
        i_text(t, intro),
        [("DPIA Lærloft Prøve.docx", kit.to_docx(S.i_dpia(t)))],
        S.i_ceo_mail("E018", t, when(11, 18, 15, 40)),
    )
    return msg, lab(
        "nb",
        I_SHAPES + " dpia_report_docx",
        "none",
        "complete; HTML mail, approval as forwarded .eml",
    )


def e037() -> Case:
    t = T.I_ADAPT
    intro = "Her er riktig DPIA for adaptiv læring i Lærloft Matte (i forrige e-post la jeg ved feil fil). Vi ber om forhåndsdrøftelse."
    msg = S.i_mail(
        "E037",
        "Riktig vedlegg: forhåndsdrøftelse Lærloft Matte",
        when(11, 13, 8, 2),
        i_text(t, intro),
        [("DPIA_Laerloft_Matte_adaptiv.odt", kit.to_odt(S.i_dpia(t)))],
        S.i_ceo_mail("E037", t, when(11, 10, 16, 2)),
    )
    return msg, lab(
        "nb", I_SHAPES + " odt resubmission_complete", "none", "complete; ODT, corrected attachment"
    )


def e038() -> Case:
    body = kit.txt("""
        Hei!

        Lærloft har laget et nytt kurs, «Personvern i klasserommet», for lærere og skoleledere. Kurset tar 45 minutter og er utviklet sammen med erfarne skoleledere.

        Vi tror mange av dem som kontakter dere om skole og personvern kunne hatt nytte av kurset, og vi tilbyr gjerne Datatilsynet gratis lisenser til egne ansatte. Har dere lyst på en gjennomgang?

        Vennlig hilsen
        Marte Nyborg
        Markedssjef, Lærloft AS
        """)
    msg = kit.message(
        "E038",
        "Marte Nyborg <marte.nyborg@laerloft.no>",
        "Gratis kurs: Personvern i klasserommet",
        when(11, 27, 7, 58),
        body,
        kit.html_from_text(body),
    )
    return msg, lab(
        "nb",
        "elearning_schools nonrequest_sales_pitch html_alternative",
        "none",
        "vendor sales pitch",
        req=False,
    )


def e057() -> Case:
    t = T.I_PROCTOR
    intro = "Vedlagt er anmodningen vår om forhåndsdrøftelse for nettbasert prøvevakt (Lærloft Prøve), med DPIA i ODT-format."
    msg = S.i_mail(
        "E057",
        "Forhåndsdrøftelse Lærloft Prøve",
        when(12, 3, 12, 44),
        i_text(t, intro),
        [("DPIA_Laerloft_Prove.odt", kit.to_odt(S.i_dpia(t)))],
        S.i_ceo_mail("E057", t, when(12, 2, 17, 20)),
    )
    return msg, lab("nb", I_SHAPES + " odt", "none", "complete; ODT")


def e058() -> Case:
    t = T.I_ADAPT
    intro = (
        "Lærloft ber om forhåndsdrøftelse for adaptiv læring i Lærloft Matte. DPIA-en er vedlagt."
    )
    msg = S.i_mail(
        "E058",
        "Anmodning om forhåndsdrøftelse, Lærloft Matte",
        when(12, 10, 10, 31),
        i_text(t, intro, contact_phone=False, proc_phone=False),
        [("DPIA adaptiv læring.docx", kit.to_docx(S.i_dpia(t)))],
        S.i_ceo_mail("E058", t, when(12, 9, 14, 0)),
    )
    return msg, lab(
        "nb",
        I_SHAPES + " dpia_report_docx p1_contact_no_phone p1_processor_no_contact",
        "none",
        "part 1 missing: no phone for the contact (signature without number), processor only as company and e-mail",
        (1,),
    )


# --- J: Småtroll Barnehagar AS ----------------------------------------------------------------

J_SHAPES = "kindergarten_chain children headings_numbered headings_nynorsk dpia_report_pdf contact_label_value risk_likelihood_consequence"


def j_message(
    cid: str, t: T.Topic, date: str, files: list[kit.Attachment], line: str
) -> EmailMessage:
    body = S.fill(
        """
        Hei,

        {line}

        {sig}
        """,
        line=line,
        sig=S.j_sig(),
    )
    return kit.message(
        cid,
        P.J_FROM,
        f"Førespurnad om førehandsdrøfting – {t.title}",
        date,
        body,
        attachments=files,
    )


def e019() -> Case:
    t = T.J_OBS
    files = [
        ("DPIA_Smatroll_Spor.pdf", S.j_pdf(t)),
        ("Protokoll_styremote_02122026.pdf", S.j_protocol(t)),
    ]
    msg = j_message(
        "E019",
        t,
        when(12, 7, 9, 12),
        files,
        "Småtroll Barnehagar AS ber om førehandsdrøfting etter personvernforordninga art. 36 for modulen «Spor». DPIA og protokoll frå styret ligg ved.",
    )
    return msg, lab(
        "nn",
        J_SHAPES + " part5_scanned_board_minute",
        "pgp_mime",
        "complete; nynorsk, scanned protocol",
    )


def e020() -> Case:
    body = S.fill(
        """
        Hei,

        Vi vurderer å ta i bruk refleksvestar med GPS-brikke når barna er på tur. Posisjonen blir berre registrert under turen og sletta etter eitt døgn.

        Må vi gjere ei DPIA for dette, og må vi i så fall be om førehandsdrøfting? Vi har ikkje funne noko klart svar på nettsidene dykkar.

        {sig}
        """,
        sig=S.j_sig(),
    )
    return kit.message(
        "E020", P.J_FROM, "Spørsmål om GPS på barn på tur", when(11, 16, 12, 40), body
    ), lab(
        "nn",
        "kindergarten_chain nonrequest_question",
        "none",
        "question whether a DPIA / prior consultation is needed",
        req=False,
    )


def e039() -> Case:
    t = T.J_GPS
    files = [("DPIA_GPS_tur.pdf", S.j_pdf(t)), ("Styreprotokoll_sak31.pdf", S.j_protocol(t))]
    msg = j_message(
        "E039",
        t,
        when(12, 8, 14, 2),
        files,
        "Vedlagt følgjer førespurnad om førehandsdrøfting for GPS-brikke på barn på tur, med DPIA og styreprotokoll.",
    )
    return msg, lab("nn", J_SHAPES + " part5_scanned_board_minute", "none", "complete")


def e040() -> Case:
    t = T.J_GPS
    files = [
        ("DPIA_GPS_tur_v1.pdf", S.j_pdf(t, necessity="empty")),
        ("Styreprotokoll_sak31.pdf", S.j_protocol(t)),
    ]
    msg = j_message(
        "E040",
        t,
        when(12, 9, 10, 20),
        files,
        "Her er DPIA og protokoll for GPS på tur. Vi ber om førehandsdrøfting.",
    )
    return msg, lab(
        "nn",
        J_SHAPES + " part5_scanned_board_minute empty_headings_only",
        "none",
        "part 3 missing: chapter «3 Naudsyn og forholdsmessigheit» is empty",
        (3,),
    )


def e059() -> Case:
    t = T.J_OBS
    files = [("DPIA_Smatroll_Spor.pdf", S.j_pdf(t))]
    msg = j_message(
        "E059",
        t,
        when(12, 3, 8, 49),
        files,
        "Vi ber om førehandsdrøfting for «Spor». DPIA-en ligg ved. Protokollen frå styret kjem når ho er signert av alle.",
    )
    return msg, lab(
        "nn",
        J_SHAPES + " part5_will_follow",
        "none",
        "part 5 missing: protocol «kjem når ho er signert»; the DPIA says «sjå vedlagt protokoll» but none is attached",
        (5,),
    )


def e060() -> Case:
    t = T.J_OBS
    files = [
        ("DPIA_Smatroll_Spor.pdf", S.j_pdf(t)),
        ("Protokoll_styremote_02122026_signert.pdf", S.j_protocol(t)),
    ]
    msg = j_message(
        "E060",
        t,
        when(12, 14, 13, 6),
        files,
        "No er protokollen signert. Vi sender difor heile førespurnaden om førehandsdrøfting på nytt, med DPIA og signert protokoll.",
    )
    return msg, lab(
        "nn",
        J_SHAPES + " part5_scanned_board_minute resubmission_complete",
        "pgp_mime",
        "complete; resend with the signed protocol",
    )
