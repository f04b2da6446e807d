# ruff: noqa: E501
"""Cases of senders F–J (ids H011–H020, H031–H040, H051–H060)."""

from __future__ import annotations

from email.message import EmailMessage

from common import Case, lab, mail, who
from kit import (
    html_from_text,
    message,
    quoted,
    scan_image,
    to_docx,
    to_odt,
    to_pdf,
    to_xlsx,
    to_zip,
    when,
)
from model import Topic
from senders import (
    F_JOHANSEN,
    F_NYGARD,
    FULL,
    G_DEVRIES,
    G_DPO,
    G_SAETRE,
    H_HOLM,
    H_VATNE,
    I_LEIRVIK,
    I_OVREBO,
    I_TEIGEN,
    J_DPO,
    J_PEDERSEN,
    J_STRAND,
    cut,
    f_board_minutes,
    f_contact_lines,
    f_dpia,
    f_signature,
    g_contacts,
    g_cover,
    g_dpia,
    g_signature,
    h_report,
    h_signature,
    i_dispatch,
    i_dpia,
    i_letter,
    j_register,
    j_report,
    j_roles,
    j_signature,
)
from topics_en import G_ALCO, G_CAM, G_FINGER, G_WAREHOUSE
from topics_nb import (
    F_ANSIKT,
    F_KASSE,
    F_PRISER,
    F_UBEMANNET,
    H_ANSIKT,
    H_KAMERA,
    H_PULS,
    H_SOLARIUM,
    J_BETALING,
    J_DRONE,
    J_MALER,
    J_STEMME,
)
from topics_nn import I_EKSAMEN, I_FRAFALL, I_LYD, I_TANNHELSE

# --- F: Handelslaget Nord SA ----------------------------------------------------------------


def _f_mail(
    cid: str, subject: str, date: str, paras: list[str], attachments: list[tuple[str, bytes]]
) -> EmailMessage:
    body = mail("Hei!", *paras, f_signature())
    return message(
        cid, who(F_JOHANSEN.name, F_JOHANSEN.email), subject, date, body, attachments=attachments
    )


def _f_minutes(date: str, case_no: str, t: Topic) -> bytes:
    return scan_image(f_board_minutes(date, case_no, t), "JPEG", tilt=0.6)


def h011() -> Case:
    t = F_ANSIKT
    msg = _f_mail(
        "H011",
        "Forhåndsdrøftelse – ansiktsgjenkjenning i butikk (pilot)",
        when(11, 4, 12, 50),
        [
            "Handelslaget Nord SA ber om forhåndsdrøftelse for en prøveordning med ansiktsgjenkjenning i fire av butikkene våre. Vedlagt er vår vurdering av personvernkonsekvenser.",
            "Kontaktinformasjon:\n" + f_contact_lines(t),
            "Vi stiller gjerne i møte.",
        ],
        [("DPIA_ansiktsgjenkjenning_pilot.docx", to_docx(f_dpia(t, "used", FULL, "28.10.2026")))],
    )
    return msg, lab(
        "nb",
        "retail_coop dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter contact_label_value dpo_external_firm processor_contact_body p5_absent",
        "none",
        "used",
        "no trace of any management review or approval anywhere; parts 1-4 present",
        missing=(5,),
    )


def h031() -> Case:
    t = F_ANSIKT
    msg = _f_mail(
        "H031",
        "SV: Forhåndsdrøftelse – ansiktsgjenkjenning i butikk (pilot)",
        when(11, 25, 9, 30),
        [
            "Vi viser til henvendelsen vår 4. november. Styret har nå behandlet vurderingen i møtet 24. november, og vi sender hele saken på nytt med utdrag av styreprotokollen (skannet).",
            "Kontaktinformasjon:\n" + f_contact_lines(t),
        ],
        [
            ("DPIA_ansiktsgjenkjenning_pilot.docx", to_docx(f_dpia(t, "used", FULL, "28.10.2026"))),
            ("Styreprotokoll_sak_52-26.jpg", _f_minutes("24.11.2026", "52/26", t)),
        ],
    )
    return msg, lab(
        "nb",
        "retail_coop dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter contact_label_value dpo_external_firm processor_contact_body approval_scanned_board_minutes resubmission_complete",
        "none",
        "used",
        "complete resubmission of H011 with a photographed board minute approving the DPIA",
    )


def h051() -> Case:
    t = F_PRISER
    letter = (
        f"~ {F_NYGARD.name}\n~ Administrerende direktør, Handelslaget Nord SA\n\n~ Til Datatilsynet\n~ Bodø, 16. november 2026\n\n"
        "# Personlige tilbud i medlemsappen – anmodning om forhåndsdrøftelse\n\n"
        "Handelslaget Nord SA ber om forhåndsdrøftelse for personlige tilbud i medlemsappen basert på handlemønster og lokasjon.\n\n"
        "Vurderingen av personvernkonsekvenser er gjennomgått i konsernledelsen 11. november 2026. Personvernansvarlig redegjorde for hva vurderingen viser, og vi fikk innspill fra medlemsrådet, de tillitsvalgte og personvernombudet. Jeg har godkjent vurderingen, og vi har besluttet å be om forhåndsdrøftelse fordi restrisikoen er høy.\n\n"
        f"~ Med hilsen\n~ {F_NYGARD.name}\n~ (signert elektronisk)"
    )
    msg = _f_mail(
        "H051",
        "Anmodning om forhåndsdrøftelse – personlige tilbud i medlemsappen",
        when(11, 18, 13, 5),
        [
            "Vedlagt er signert følgebrev fra administrerende direktør og vår DPIA for personlige tilbud i medlemsappen.",
            "Kontaktinformasjon:\n" + f_contact_lines(t),
        ],
        [
            ("Folgebrev_signert.pdf", to_pdf(letter)),
            ("DPIA_personlige_tilbud.docx", to_docx(f_dpia(t, "used", FULL, "05.11.2026"))),
        ],
    )
    return msg, lab(
        "nb",
        "retail_coop cover_letter_pdf dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter contact_label_value dpo_external_firm processor_contact_body approval_in_cover_letter_md",
        "none",
        "used",
        "complete; signed covering letter from the managing director states review and approval",
    )


def h012() -> Case:
    t = F_KASSE
    msg = _f_mail(
        "H012",
        "Forhåndsdrøftelse – KI-kamera ved selvbetjente kasser",
        when(11, 5, 14, 22),
        [
            "Vi ber om forhåndsdrøftelse for KI-kameraer ved de selvbetjente kassene. Vedlagt følger DPIA og styreprotokollen der vurderingen ble godkjent.",
            "Kontaktinformasjon:\n" + f_contact_lines(t, proc_contact=False),
        ],
        [
            ("DPIA_KI-kamera_selvbetjening.docx", to_docx(f_dpia(t, "used", FULL, "20.10.2026"))),
            ("Styreprotokoll_28-10-2026.jpg", _f_minutes("28.10.2026", "47/26", t)),
        ],
    )
    return msg, lab(
        "nb",
        "retail_coop dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter contact_label_value dpo_external_firm approval_scanned_board_minutes phone_foreign p1_processor_contact_elsewhere",
        "none",
        "used",
        "processor named, but its contact persons are only said to be in the processing agreement, which is not sent",
        missing=(1,),
    )


def h032() -> Case:
    t = F_KASSE
    msg = _f_mail(
        "H032",
        "SV: Forhåndsdrøftelse – KI-kamera ved selvbetjente kasser",
        when(11, 20, 10, 16),
        [
            "Takk for tilbakemeldingen. Her er saken på nytt, nå med kontaktperson hos leverandøren.",
            "Kontaktinformasjon:\n" + f_contact_lines(t),
        ],
        [
            ("DPIA_KI-kamera_selvbetjening.docx", to_docx(f_dpia(t, "used", FULL, "20.10.2026"))),
            ("Styreprotokoll_28-10-2026.jpg", _f_minutes("28.10.2026", "47/26", t)),
        ],
    )
    return msg, lab(
        "nb",
        "retail_coop dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter contact_label_value dpo_external_firm processor_contact_body approval_scanned_board_minutes phone_foreign resubmission_complete",
        "none",
        "used",
        "complete resubmission of H012 with the processor's contact person",
    )


def h052() -> Case:
    t = F_UBEMANNET
    msg = _f_mail(
        "H052",
        "Forhåndsdrøftelse – ubemannede nærbutikker",
        when(12, 8, 15, 3),
        [
            "Handelslaget Nord vil holde tre bygdebutikker åpne døgnet rundt uten ansatte på kveld og natt. Vi ber om forhåndsdrøftelse og legger ved vurderingen av personvernkonsekvenser.",
            "Saken skal behandles av styret på møtet 21. januar. Vi ettersender protokollen, men sender vurderingen nå fordi vi ønsker å åpne før sommeren.",
            "Kontaktinformasjon:\n" + f_contact_lines(t, dpo_phone=False),
        ],
        [("DPIA_ubemannet_naerbutikk.docx", to_docx(f_dpia(t, "used", FULL, "01.12.2026")))],
    )
    return msg, lab(
        "nb",
        "retail_coop dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter contact_label_value dpo_external_firm processor_contact_body p1_dpo_no_phone p5_deferred_mid_text",
        "none",
        "used",
        "external DPO with e-mail only; board approval deferred to 21 January in the middle of the mail",
        missing=(1, 5),
    )


# --- G: NordHaul Logistics AS ---------------------------------------------------------------

G_MD_APPROVAL = "The DPIA was presented to the management team of {org} on {date}, together with the findings, the residual risk and the comments from the union representatives and the Group DPO. I have reviewed the assessment and approve it, and we have decided to request prior consultation before the system is introduced."


def _g_mail(
    cid: str, subject: str, date: str, paras: list[str], attachments: list[tuple[str, bytes]]
) -> EmailMessage:
    body = mail("Dear Datatilsynet,", *paras, g_signature())
    return message(
        cid,
        who(G_SAETRE.name, G_SAETRE.email),
        subject,
        date,
        body,
        attachments=attachments,
        cc=G_DPO.email,
    )


def h033() -> Case:
    t = G_ALCO
    cover = g_cover(
        t,
        "6 November 2026",
        [
            "NordHaul Logistics AS requests a prior consultation under Article 36 GDPR before introducing alcohol interlocks with photo identification in all our vehicles. The system is described in the attached solution description from the supplier; our DPIA covers necessity, lawful basis and risk.",
            G_MD_APPROVAL.format(org="NordHaul Logistics AS", date="29 October 2026"),
            g_contacts(t, "used"),
        ],
        G_DEVRIES,
    )
    dpia = g_dpia(
        t,
        "used",
        cut(
            2,
            defer="For a description of the interlock, the data it collects and how results are reported, see the solution description from BlowSafe attached to this request.",
        ),
        "28 October 2026",
    )
    quote = (
        "# BlowSafe Nordic AB\n\n~ Quotation no. Q-2026-1187\n~ Customer: NordHaul Logistics AS, Industriveien 40, 2072 Dal\n~ Date: 2 October 2026 · Valid until 31 December 2026\n\n"
        "| Item | Qty | Unit price (NOK) | Total (NOK) |\n| BlowSafe BX-7 interlock with camera module | 310 | 14 900 | 4 619 000 |\n| Installation per vehicle | 310 | 2 400 | 744 000 |\n| BlowSafe Fleet Portal licence, per vehicle per year | 310 | 1 150 | 356 500 |\n| Calibration service, per unit per year | 310 | 650 | 201 500 |\n\n"
        "All prices exclude VAT. Payment terms 30 days net. Delivery 8–10 weeks from order. Installation can be carried out at your terminals outside operating hours.\n\n"
        "Contact: Erik Nyström, Key Account Manager"
    )
    msg = _g_mail(
        "H033",
        "Prior consultation request – alcohol interlocks",
        when(11, 6, 11, 45),
        [
            "Please find attached our request for prior consultation, signed by our Managing Director, with the DPIA and the supplier's solution description."
        ],
        [
            ("Request_prior_consultation_signed.pdf", to_pdf(cover)),
            ("DPIA_alcohol_interlocks.docx", to_docx(dpia)),
            ("BlowSafe_solution_description.pdf", to_pdf(quote)),
        ],
    )
    return msg, lab(
        "en",
        "logistics cover_letter_pdf dpia_docx approval_in_cover_letter_md contact_label_value dpo_group_abroad phone_foreign p2_wrong_file",
        "none",
        "used",
        "the 'solution description' meant to describe the processing is the supplier's price quotation; the DPIA has no description of its own",
        missing=(2,),
    )


def h013() -> Case:
    t = G_CAM
    cover = g_cover(
        t,
        "19 November 2026",
        [
            "NordHaul Logistics AS requests a prior consultation under Article 36 GDPR for in-cab driver monitoring cameras. Our DPIA is attached.",
            G_MD_APPROVAL.format(org="NordHaul Logistics AS", date="12 November 2026"),
            g_contacts(t, "used"),
        ],
        G_DEVRIES,
    )
    msg = _g_mail(
        "H013",
        "Request for prior consultation – driver monitoring cameras",
        when(11, 19, 8, 52),
        [
            "Attached are our covering letter, signed by the Managing Director, and the DPIA for in-cab driver monitoring cameras."
        ],
        [
            ("Cover_letter_prior_consultation.pdf", to_pdf(cover)),
            (
                "DPIA_driver_monitoring_cameras.docx",
                to_docx(g_dpia(t, "used", FULL, "5 November 2026")),
            ),
        ],
    )
    return msg, lab(
        "en",
        "logistics cover_letter_pdf dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact approval_in_cover_letter_md contact_label_value dpo_group_abroad phone_foreign",
        "none",
        "used",
        "complete; the Managing Director's covering letter states review and approval",
    )


def h053() -> Case:
    text = (
        "NordHaul News – November 2026\n\n"
        "New terminal in Trondheim: Our ninth terminal opened at Heimdal on 2 November, with room for 40 trailers and a new cross-dock hall.\n\n"
        "Safety week: Thank you to the 230 drivers who joined the safety week at our terminals. The winners of the eco-driving competition are announced inside.\n\n"
        "Driver cameras – where are we? Many of you have asked about the in-cab cameras. We have completed a data protection impact assessment together with the union and our Group DPO, and we have asked the Norwegian Data Protection Authority for a prior consultation. No cameras will be installed before we have their answer.\n\n"
        "Christmas schedule: Reduced operations 24–26 December and 31 December. See the intranet for terminal opening hours.\n\n"
        "You receive this newsletter because you are registered as a customer, partner or employee of NordHaul Logistics AS. Unsubscribe: reply with 'unsubscribe'."
    )
    msg = message(
        "H053",
        '"NordHaul News" <news@nordhaul.no>',
        "NordHaul News – November 2026",
        when(11, 27, 7, 0),
        html=html_from_text(text),
    )
    return msg, lab(
        "en",
        "logistics nonrequest_newsletter html_only_body mentions_prior_consultation",
        "none",
        "unspecified",
        "company newsletter mentioning that a prior consultation was requested",
        request=False,
    )


def _g_wh_paras(lead: str, t: Topic) -> list[str]:
    return [lead, "Contact details:\n" + g_contacts(t, "used").replace("~ ", "")]


def h054() -> Case:
    t = G_WAREHOUSE
    defer = "This DPIA will be presented to the Benelux & Nordics management team for sign-off on 9 December 2026. We will forward the minutes afterwards."
    dpia = g_dpia(t, "used", cut(defer=defer), "4 November 2026")
    msg = _g_mail(
        "H054",
        "Prior consultation – wearable scanners at Gardermoen",
        when(11, 10, 14, 5),
        _g_wh_paras(
            "NordHaul Logistics AS requests a prior consultation for wearable ring scanners with performance tracking in our warehouse at Gardermoen. The DPIA is attached.",
            t,
        ),
        [("DPIA_wearables_Gardermoen.docx", to_docx(dpia))],
    )
    return msg, lab(
        "en",
        "logistics dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact contact_label_value dpo_group_abroad phone_foreign p5_deferred_mid_text",
        "none",
        "used",
        "management sign-off deferred to 9 December in a sentence in the middle of the DPIA",
        missing=(5,),
    )


def h034() -> Case:
    t = G_WAREHOUSE
    front = "~ Approved: reviewed by the Benelux & Nordics management team on 9 December 2026 (minutes, item 4), where the findings, the residual risk and the comments from the union and the Group DPO were presented. Signed off by Bart de Vries, Managing Director, NordHaul Logistics AS."
    dpia = g_dpia(t, "used", FULL, "10 December 2026", front).replace("Version 1.0", "Version 1.1")
    msg = _g_mail(
        "H034",
        "RE: Prior consultation – wearable scanners at Gardermoen (approved version)",
        when(12, 11, 9, 20),
        _g_wh_paras(
            "Further to our e-mail of 10 November: the management team has now reviewed and approved the DPIA. Attached is version 1.1, which replaces the earlier version; the approval is recorded on the first page.",
            t,
        ),
        [("DPIA_wearables_Gardermoen_v1.1.docx", to_docx(dpia))],
    )
    return msg, lab(
        "en",
        "logistics dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact approval_front_page_line contact_label_value dpo_group_abroad phone_foreign resubmission_complete",
        "none",
        "used",
        "complete resubmission of H054 with the sign-off line on the first page",
    )


def h014() -> Case:
    t = G_FINGER
    body = mail(
        "Dear Datatilsynet,",
        "NordHaul Logistics AS requests a prior consultation under Article 36 GDPR for fingerprint-based time and attendance at our nine terminals. The DPIA is attached.",
        "I reviewed the DPIA with our management team on 17 November 2026. Ingvild Sætre presented the findings and the residual risk, and we went through the comments from the union representatives and from our Group DPO. I approve the assessment, and given the uncertainty about the legal basis for biometrics we have decided to ask for your view before we go ahead.",
        "Contact for this request: "
        + f"{G_SAETRE.name}, {G_SAETRE.title}, {G_SAETRE.phone}, {G_SAETRE.email} (copied)\n"
        + f"Data protection officer: {G_DPO.name}, {G_DPO.title}, {G_DPO.phone}, {G_DPO.email}",
        g_signature(G_DEVRIES),
    )
    msg = message(
        "H014",
        who(G_DEVRIES.name, G_DEVRIES.email),
        "Prior consultation – fingerprint time and attendance",
        when(11, 24, 16, 2),
        body,
        attachments=[
            (
                "DPIA_fingerprint_time_attendance.docx",
                to_docx(g_dpia(t, "none", FULL, "12 November 2026")),
            )
        ],
        cc=f"{G_SAETRE.email}, {G_DPO.email}",
    )
    return msg, lab(
        "en",
        "logistics dpia_docx chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact approval_in_mail_body_md contact_label_value dpo_group_abroad phone_foreign processor_none_stated",
        "none",
        "none",
        "complete; the Managing Director sends it himself and states the approval in the mail; no processor",
    )


# --- H: Puls Treningssentre AS --------------------------------------------------------------


def _h_mail(
    cid: str,
    subject: str,
    date: str,
    paras: list[str],
    attachments: list[tuple[str, bytes]],
    forwarded: tuple[str, EmailMessage] | None = None,
) -> EmailMessage:
    body = mail("Hei,", *paras, h_signature())
    return message(
        cid,
        who(H_VATNE.name, H_VATNE.email),
        subject,
        date,
        body,
        attachments=attachments,
        forwarded=forwarded,
    )


def h035() -> Case:
    t = H_ANSIKT
    defer = "Vurderingen av om behandlingen er nødvendig og forholdsmessig, herunder hvilke alternativer som finnes, gjør vi etter at pilotperioden i Sandnes er evaluert i februar."
    report = h_report(
        t,
        "used",
        cut(3, defer=defer),
        "2. november 2026",
        "Godkjent av: Kenneth Vatne, daglig leder, 3.11.2026",
    )
    inner = message(
        "H035fwd",
        who(H_HOLM.name, H_HOLM.email),
        "Ferdig rapport – DPIA ansiktsgjenkjenning",
        when(11, 3, 16, 40),
        mail(
            "Hei Kenneth,",
            "Her er den ferdige rapporten. Som avtalt har vi tatt med det vi har nå, og så kommer vi tilbake til resten etter piloten.",
            "Mvh\nSindre Holm\nSeniorrådgiver, Personvernpartner AS\n401 77 632",
        ),
        attachments=[("Rapport_DPIA_ansiktsgjenkjenning_Puls.pdf", to_pdf(report))],
        to=H_VATNE.email,
    )
    msg = _h_mail(
        "H035",
        "Forhåndsdrøftelse ansiktsgjenkjenning – Puls Treningssentre",
        when(11, 5, 7, 58),
        [
            "Vi i Puls ønsker forhåndsdrøftelse for ansiktsgjenkjenning i inngangsdøren på sentrene våre. Rapporten er laget av Personvernpartner, og jeg videresender e-posten deres med rapporten."
        ],
        [],
        forwarded=("Ferdig rapport – DPIA ansiktsgjenkjenning.eml", inner),
    )
    return msg, lab(
        "nb",
        "fitness_chain consultant_report_pdf forwarded_rfc822 chapters_by_component approval_front_page_line roles_chapter processor_contact_in_storage_chapter legal_basis_only p3_deferred_mid_text",
        "none",
        "used",
        "consultant's report, forwarded as .eml: legal basis only, necessity/proportionality deferred until the pilot is evaluated",
        missing=(3,),
    )


def h055() -> Case:
    t = H_ANSIKT
    report = h_report(
        t,
        "used",
        FULL,
        "23. november 2026",
        "Godkjent av: Kenneth Vatne, daglig leder, 24.11.2026, etter styrebehandling 19.11.2026",
    )
    msg = _h_mail(
        "H055",
        "Forhåndsdrøftelse ansiktsgjenkjenning – oppdatert rapport",
        when(12, 2, 12, 17),
        [
            "Her er oppdatert rapport (versjon 2) fra Personvernpartner. Vurderingen av nødvendighet og forholdsmessighet, som manglet sist, er nå med. Styret behandlet rapporten 19. november og sluttet seg til den, og jeg har godkjent den."
        ],
        [("Rapport_DPIA_ansiktsgjenkjenning_Puls_v2.pdf", to_pdf(report))],
    )
    return msg, lab(
        "nb",
        "fitness_chain consultant_report_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter approval_front_page_line roles_chapter processor_contact_in_storage_chapter resubmission_complete",
        "pgp_mime",
        "used",
        "complete resubmission of H035",
    )


def h015() -> Case:
    t = H_PULS
    report = h_report(
        t,
        "unspecified",
        FULL,
        "6. november 2026",
        "Godkjent av: Kenneth Vatne, daglig leder, etter gjennomgang med styret 10.11.2026",
    )
    msg = _h_mail(
        "H015",
        "Forespørsel om forhåndsdrøftelse – pulsdata og forsikringsrabatt",
        when(11, 12, 19, 3),
        [
            "Puls Treningssentre ber om forhåndsdrøftelse for lagring av pulsdata og deling av aktivitetsnivå med et forsikringsselskap. Vedlagt er rapporten fra Personvernpartner, som jeg har godkjent etter at vi gikk gjennom den i styret."
        ],
        [("DPIA_pulsdata_forsikring.pdf", to_pdf(report))],
    )
    return msg, lab(
        "nb",
        "fitness_chain consultant_report_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter approval_front_page_line roles_chapter",
        "none",
        "unspecified",
        "complete; the report does not say whether a processor is used",
    )


def _h_kamera_report() -> str:
    return h_report(
        H_KAMERA,
        "used",
        FULL,
        "9. november 2026",
        "Godkjent av: Kenneth Vatne, daglig leder, 11.11.2026",
    )


def h036() -> Case:
    msg = _h_mail(
        "H036",
        "Forhåndsdrøftelse – KI-kamera mot ulykker",
        when(11, 16, 21, 12),
        [
            "Vedlagt er vurderingen av personvernkonsekvenser for KI-kameraer som skal oppdage ulykker på ubemannede sentre. Vi ber om forhåndsdrøftelse før vi setter dem opp."
        ],
        [("DPIA_KI-kamera_ulykker.pdf", to_pdf(_h_kamera_report()))],
    )
    return msg, lab(
        "nb",
        "fitness_chain consultant_report_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter approval_front_page_line roles_chapter processor_contact_in_storage_chapter",
        "pgp_mime",
        "used",
        "complete; 'Godkjent av' line on the consultant's report",
    )


def h056() -> Case:
    t = H_SOLARIUM
    report = h_report(t, "used", FULL, "20. november 2026")
    msg = _h_mail(
        "H056",
        "Forhåndsdrøftelse – aldersverifisering solarium",
        when(11, 26, 8, 5),
        [
            "Vi ber om forhåndsdrøftelse for automatisk aldersverifisering med ansiktsanalyse ved solariene. Rapporten fra Personvernpartner ligger ved.",
            "Styregodkjenning kommer når styreleder er tilbake fra ferie i midten av desember; jeg sender den da.",
        ],
        [("DPIA_aldersverifisering_solarium.pdf", to_pdf(report))],
    )
    return msg, lab(
        "nb",
        "fitness_chain consultant_report_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter roles_chapter processor_contact_in_storage_chapter phone_foreign p5_deferred_mid_text",
        "none",
        "used",
        "no approval line on the report; the mail says the board's approval will come in December",
        missing=(5,),
    )


def h016() -> Case:
    answer = (
        "~ Puls Treningssentre AS\n~ Datatilsynet, deres ref. 26/03311-1\n~ Sandnes, 3. desember 2026\n\n"
        "# Svar på varsel om kontroll – kameraovervåking og adgangskontroll\n\n"
        "Vi viser til varsel om kontroll datert 12. november 2026 og svarer på spørsmålene i rekkefølge.\n\n"
        "1. Oversikt over kameraer: Alle 14 sentre har kameraer ved inngang og i treningssal. Garderober og dusjer er ikke dekket. Oversikt per senter er vedlagt.\n\n"
        "2. Lagringstid: Opptak slettes automatisk etter 7 dager, med mindre hendelser er meldt.\n\n"
        "3. Informasjon til medlemmene: Skilt ved inngangen og informasjon i appen og i medlemsvilkårene.\n\n"
        "4. Vurdering av personvernkonsekvenser: Vi legger ved vurderingen for KI-kameraer mot ulykker, som vi også har sendt dere som anmodning om forhåndsdrøftelse 16. november.\n\n"
        "~ Med vennlig hilsen\n~ Kenneth Vatne, daglig leder"
    )
    msg = _h_mail(
        "H016",
        "Svar på varsel om kontroll – deres ref. 26/03311-1",
        when(12, 4, 10, 26),
        ["Vedlagt er vårt svar på varselet om kontroll, med vedlegg."],
        [
            ("Svar_varsel_om_kontroll_26-03311.pdf", to_pdf(answer)),
            ("Vedlegg_DPIA_KI-kamera.pdf", to_pdf(_h_kamera_report())),
        ],
    )
    return msg, lab(
        "nb",
        "fitness_chain nonrequest_inspection_reply dpia_attached reference_number",
        "none",
        "unspecified",
        "reply in an inspection case; carries a DPIA as an attachment but is not a request",
        request=False,
    )


# --- I: Vestfjella fylkeskommune ------------------------------------------------------------


def _i_msg(
    cid: str,
    case_no: str,
    title: str,
    date: str,
    files: list[tuple[str, bytes]],
    handler: str = I_TEIGEN.name,
) -> EmailMessage:
    body = i_dispatch(
        case_no, title, [n for n, _ in files], I_TEIGEN if handler == I_TEIGEN.name else I_OVREBO
    )
    return message(
        cid,
        '"Vestfjella fylkeskommune" <noreply-forsending@vestfjellafk.no>',
        f"Forsending frå Vestfjella fylkeskommune – sak {case_no}",
        date,
        body,
        attachments=files,
    )


def _i_saksframlegg(case_no: str, t: Topic, date: str, utval_no: str) -> str:
    return (
        f"~ Vestfjella fylkeskommune\n\n# Saksframlegg\n\n~ Saksnr.: {case_no} · Sakshandsamar: {I_TEIGEN.name}\n~ Utval: Fylkesdirektøren si leiargruppe · Møtedato: {date} · Utvalssak: {utval_no}\n\n"
        f"## Vurdering av personvernkonsekvensar – {t.short}\n\n"
        "Leiargruppa fekk ei orientering om vurderinga av personvernkonsekvensar og om risikoen som står att etter tiltaka. Fråsegner frå eksamenskontoret, elev- og lærlingombodet, dei tillitsvalde og personvernombodet låg ved saka.\n\n"
        "## Fylkesdirektøren sitt vedtak\n\n"
        "Vurderinga av personvernkonsekvensar vert godkjend. Fylkeskommunen ber Datatilsynet om førehandsdrøfting før ordninga vert teken i bruk.\n\n"
        f"~ {I_LEIRVIK.name}\n~ fylkesdirektør"
    )


def h017() -> Case:
    hoyring = (
        "~ Vestfjella fylkeskommune\n~ Kunnskapsdepartementet, postmottak@kd.dep.no\n~ Kopi: Datatilsynet\n~ Vår ref.: 2026/5870 · Dato: 02.11.2026\n\n"
        "# Høyringsinnspel – forslag til endringar i opplæringslova om læringsanalyse\n\n"
        "Vestfjella fylkeskommune viser til høyringsbrev av 4. september 2026 og gjev med dette innspel.\n\n"
        "Fylkeskommunen støttar at det vert gjeve eit klart rettsleg grunnlag for læringsanalyse. Vi meiner likevel at føresegna bør krevje at skuleeigar gjennomfører ei vurdering av personvernkonsekvensar før analyseverktøy vert tekne i bruk, og at elevane får rett til å protestere.\n\n"
        "Erfaringa vår frå eiga prediktiv analyse av fråfall er at det er krevjande å vurdere forholdsmessigheit utan rettleiing. Vi tilrår at departementet saman med Datatilsynet utarbeider ein rettleiar.\n\n"
        f"~ Med helsing\n~ {I_LEIRVIK.name}\n~ fylkesdirektør"
    )
    files = [("Hoyringsinnspel_opplaringslova_laeringsanalyse.pdf", to_pdf(hoyring))]
    msg = _i_msg(
        "H017",
        "2026/5870",
        "Høyringsinnspel – endringar i opplæringslova om læringsanalyse",
        when(11, 3, 6, 15),
        files,
    )
    return msg, lab(
        "nn",
        "county archive_dispatch nonrequest_consultation_response copy_to_dpa mentions_dpia",
        "none",
        "unspecified",
        "copy of a consultation response to a ministry; not a request",
        request=False,
    )


def h037() -> Case:
    t = I_FRAFALL
    case_no = "2026/5521"
    letter = i_letter(
        t,
        case_no,
        "17.11.2026",
        [
            "Vestfjella fylkeskommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 for eit verktøy for prediktiv analyse mot fråfall i vidaregåande skule. Vurderinga av personvernkonsekvensar ligg ved.",
            "Eg har gått gjennom vurderinga saman med leiargruppa mi 10. november 2026. Eg fekk presentert kva vurderinga viser, kva risiko som står att etter tiltaka, og kva fylkeselevrådet, dei tillitsvalde og personvernombodet har meint. Eg godkjenner vurderinga, og fylkeskommunen ber difor om førehandsdrøfting.",
        ],
        I_LEIRVIK,
    )
    dpia = i_dpia(t, "used", FULL, case_no, "03.11.2026", "eleven")
    files = [
        ("Folgjebrev_forehandsdrofting_fraafall.pdf", to_pdf(letter)),
        ("DPIA_prediktiv_analyse_fraafall.docx", to_docx(dpia)),
    ]
    msg = _i_msg(
        "H037",
        case_no,
        "Førehandsdrøfting – prediktiv analyse mot fråfall",
        when(11, 17, 11, 2),
        files,
    )
    return msg, lab(
        "nn",
        "county archive_dispatch cover_letter_pdf dpia_docx chapters_by_component risks_woven_in_chapters necessity_in_legal_chapter balancing_in_legal_chapter approval_in_cover_letter_md contact_label_value processor_contact_in_letter",
        "none",
        "used",
        "complete; sent from the archive system; the county director's covering letter states review and approval",
    )


def h057() -> Case:
    t = I_LYD
    case_no = "2026/6388"
    letter = i_letter(
        t,
        case_no,
        "30.11.2026",
        [
            "Vestfjella fylkeskommune ber om førehandsdrøfting for lydsensorar som skal varsle om aggresjon og vald i fellesareala på tre vidaregåande skular. Vurderinga av personvernkonsekvensar ligg ved."
        ],
        I_TEIGEN,
    )
    defer = "Ei nærmare skildring av sensorane, kvar dei skal stå, kva dei registrerer og korleis varsla går, kjem i systemskildringa frå leverandøren, som vi ettersender."
    dpia = i_dpia(t, "used", cut(2, defer=defer), case_no, "25.11.2026", "eleven")
    files = [
        ("Folgjebrev_lydsensorar.pdf", to_pdf(letter)),
        ("DPIA_lydsensorar_skular.docx", to_docx(dpia)),
    ]
    msg = _i_msg(
        "H057",
        case_no,
        "Førehandsdrøfting – lydsensorar i fellesareal",
        when(11, 30, 13, 47),
        files,
    )
    return msg, lab(
        "nn",
        "county archive_dispatch cover_letter_pdf dpia_docx necessity_in_legal_chapter risk_cols_trugsmal_kjelde balancing_in_legal_chapter contact_label_value processor_contact_in_letter p2_deferred_mid_text p5_absent",
        "none",
        "used",
        "no description (deferred to the supplier's system description, 'ettersendes'); no approval anywhere",
        missing=(2, 5),
    )


def _i_eksamen_letter(date: str) -> str:
    return i_letter(
        I_EKSAMEN,
        "2026/6120",
        date,
        [
            "Vestfjella fylkeskommune ber om førehandsdrøfting for digital heimeeksamen med overvaking for privatistar. Vurderinga av personvernkonsekvensar og saksframlegget med vedtaket til fylkesdirektøren ligg ved."
        ],
        I_TEIGEN,
    )


def h038() -> Case:
    t = I_EKSAMEN
    defer = "Korleis løysinga verkar, kva som vert samla inn, og kven som får tilgang, er skildra i vedlagt systemskildring."
    dpia = i_dpia(t, "used", cut(2, defer=defer), "2026/6120", "28.10.2026", "kandidaten")
    files = [
        ("Folgjebrev_heimeeksamen.pdf", to_pdf(_i_eksamen_letter("06.11.2026"))),
        ("DPIA_heimeeksamen_privatistar.odt", to_odt(dpia)),
        ("Systemskildring_heimeeksamen.pdf", b""),
        (
            "Saksframlegg_vedtak_71-26.pdf",
            to_pdf(_i_saksframlegg("2026/6120", t, "03.11.2026", "71/26")),
        ),
    ]
    msg = _i_msg(
        "H038",
        "2026/6120",
        "Førehandsdrøfting – heimeeksamen med overvaking",
        when(11, 6, 12, 30),
        files,
    )
    return msg, lab(
        "nn",
        "county archive_dispatch cover_letter_pdf dpia_odt necessity_in_legal_chapter risk_cols_trugsmal_kjelde balancing_in_legal_chapter approval_saksframlegg_vedtak contact_label_value processor_contact_in_letter zero_byte_description",
        "none",
        "used",
        "the DPIA refers to an attached system description that is a zero-byte file; the DPIA itself has no description",
        missing=(2,),
    )


def h018() -> Case:
    t = I_EKSAMEN
    dpia = i_dpia(t, "used", FULL, "2026/6120", "17.11.2026", "kandidaten")
    bundle = to_zip(
        {
            "01_Folgjebrev_heimeeksamen.pdf": to_pdf(_i_eksamen_letter("20.11.2026")),
            "02_DPIA_heimeeksamen_privatistar_v1.1.docx": to_docx(dpia),
            "03_Saksframlegg_vedtak_71-26.pdf": to_pdf(
                _i_saksframlegg("2026/6120", t, "03.11.2026", "71/26")
            ),
        }
    )
    files = [("Forsending_2026-6120.zip", bundle)]
    msg = _i_msg(
        "H018",
        "2026/6120",
        "Førehandsdrøfting – heimeeksamen med overvaking (ny forsending)",
        when(11, 20, 10, 5),
        files,
    )
    return msg, lab(
        "nn",
        "county archive_dispatch zip cover_letter_pdf dpia_docx chapters_by_component risks_woven_in_chapters necessity_in_legal_chapter balancing_in_legal_chapter approval_saksframlegg_vedtak contact_label_value processor_contact_in_letter resubmission_complete",
        "none",
        "used",
        "complete resubmission of H038 as a ZIP; the description is now in the DPIA",
    )


def h058() -> Case:
    t = I_TANNHELSE
    case_no = "2026/6702"
    front = f"~ Godkjend av fylkestannlege {I_OVREBO.name} og fylkesdirektør {I_LEIRVIK.name} 30.11.2026, etter handsaming i leiargruppa for tannhelsetenesta og i leiargruppa til fylkesdirektøren."
    dpia = i_dpia(t, "used", FULL, case_no, "24.11.2026", "pasienten", front)
    letter = i_letter(
        t,
        case_no,
        "07.12.2026",
        [
            "Den offentlege tannhelsetenesta i Vestfjella fylkeskommune ber om førehandsdrøfting for KI-basert analyse av røntgenbilete. Vurderinga av personvernkonsekvensar, med godkjenninga på framsida, ligg ved."
        ],
        I_OVREBO,
    )
    files = [
        ("Folgjebrev_KI_rontgen.pdf", to_pdf(letter)),
        ("DPIA_KI-analyse_rontgen.odt", to_odt(dpia)),
    ]
    msg = _i_msg(
        "H058",
        case_no,
        "Førehandsdrøfting – KI-analyse av røntgenbilete",
        when(12, 7, 9, 41),
        files,
        handler=I_OVREBO.name,
    )
    return msg, lab(
        "nn",
        "county archive_dispatch cover_letter_pdf dpia_odt chapters_by_component risks_woven_in_chapters necessity_in_legal_chapter balancing_in_legal_chapter approval_front_page_line contact_label_value processor_contact_in_letter phone_foreign",
        "none",
        "used",
        "complete; approval line on the ODT's front page",
    )


# --- J: Nordlandsnett AS --------------------------------------------------------------------


def _j_mail(
    cid: str,
    subject: str,
    date: str,
    paras: list[str],
    attachments: list[tuple[str, bytes]],
    quote: str = "",
    forwarded: tuple[str, EmailMessage] | None = None,
) -> EmailMessage:
    body = mail("Hei,", *paras, j_signature())
    if quote:
        body += "\n" + quoted(quote)
    return message(
        cid,
        who(J_STRAND.name, J_STRAND.email),
        subject,
        date,
        body,
        attachments=attachments,
        cc=J_DPO.email,
        forwarded=forwarded,
    )


def _j_ceo_quote(date: str, text: str, subject: str) -> str:
    return f"Fra: {J_PEDERSEN.name} <{J_PEDERSEN.email}>\nSendt: {date}\nTil: {J_STRAND.name} <{J_STRAND.email}>\nEmne: {subject}\n\n{text}\n\nGeir Arne Pedersen\nAdministrerende direktør\nNordlandsnett AS"


def _j_maler_files(status: str, date: str) -> list[tuple[str, bytes]]:
    t = J_MALER
    return [
        (
            "DPIA-2026-014_minuttdata_AMS.pdf",
            to_pdf(j_report(t, "used", FULL, "DPIA-2026-014", status, date, risk_in="xlsx")),
        ),
        ("Risikoregister_DPIA-2026-014.xlsx", to_xlsx({"Risikoregister": j_register(t, "R14")})),
    ]


def h019() -> Case:
    quote = _j_ceo_quote(
        "fredag 6. november 2026 17:12",
        "Hei Bodil.\n\nJeg har ikke hatt tid til å sette meg inn i denne ennå. Ta den opp på ledermøtet 2. desember, så tar vi stilling der.\n\nGeir Arne",
        "SV: DPIA minuttdata til godkjenning",
    )
    msg = _j_mail(
        "H019",
        "Anmodning om forhåndsdrøftelse – minuttdata fra AMS-målere",
        when(11, 9, 8, 30),
        [
            "Nordlandsnett AS ber om forhåndsdrøftelse for innhenting av måledata med minuttoppløsning fra AMS-målere i tre nettområder. Vedlagt er rapporten fra vårt risikoverktøy og risikoregisteret.",
            "Adm. dir. rekker ikke å gå gjennom vurderingen før ledermøtet 2. desember (se e-posten hans under), men vi sender den nå for å komme i gang.",
        ],
        _j_maler_files("Til behandling", "04.11.2026"),
        quote=quote,
    )
    return msg, lab(
        "nb",
        "grid_company dpia_pdf risk_register_xlsx chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risk_cols_hendelse_trussel_skadepotensial roles_chapter processor_contact_in_storage_chapter quoted_thread p5_deferred_mid_text",
        "none",
        "used",
        "the CEO's quoted e-mail says he has not read it and puts it on the agenda for 2 December; no approval",
        missing=(5,),
    )


def h039() -> Case:
    quote = _j_ceo_quote(
        "onsdag 2. desember 2026 15:40",
        "Hei Bodil.\n\nVi gikk gjennom DPIA-en for minuttdata på ledermøtet i dag. Bodil gikk gjennom hva vurderingen viser og hvilken risiko som gjenstår, og vi hadde innspill fra nettplanlegging, tillitsvalgte og personvernombudet. Jeg godkjenner vurderingen. Send den til Datatilsynet.\n\nGeir Arne",
        "SV: DPIA minuttdata – ledermøtet",
    )
    msg = _j_mail(
        "H039",
        "SV: Anmodning om forhåndsdrøftelse – minuttdata fra AMS-målere (godkjent)",
        when(12, 4, 9, 12),
        [
            "Vi viser til anmodningen vår 9. november. Ledermøtet behandlet vurderingen 2. desember, og administrerende direktør har godkjent den – se e-posten hans under.",
            "Vi legger ved rapporten (nå med status godkjent) og risikoregisteret på nytt, slik at saken er komplett.",
        ],
        _j_maler_files("Godkjent", "02.12.2026"),
        quote=quote,
    )
    return msg, lab(
        "nb",
        "grid_company dpia_pdf risk_register_xlsx chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risk_cols_hendelse_trussel_skadepotensial roles_chapter processor_contact_in_storage_chapter quoted_thread approval_quoted_mail_md resubmission_complete",
        "none",
        "used",
        "complete resubmission of H019; approval as the CEO's quoted e-mail",
    )


def h059() -> Case:
    t = J_STEMME
    front = f"~ Godkjent av administrerende direktør {J_PEDERSEN.name} 18.11.2026 etter gjennomgang i ledergruppen"
    report = j_report(t, "used", FULL, "DPIA-2026-019", "Godkjent", "18.11.2026", front=front)
    msg = _j_mail(
        "H059",
        "Forhåndsdrøftelse – stemmebiometri i kundesenteret",
        when(11, 23, 14, 26),
        [
            "Nordlandsnett AS ber om forhåndsdrøftelse for stemmebiometri i kundesenteret. Vedlagt er DPIA-rapporten fra Risikoportalen."
        ],
        [("DPIA-2026-019_stemmebiometri.pdf", to_pdf(report))],
    )
    return msg, lab(
        "nb",
        "grid_company dpia_pdf chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risks_woven_in_chapters approval_front_page_line roles_chapter processor_contact_in_storage_chapter",
        "pgp_mime",
        "used",
        "complete; approval line at the top of the report",
    )


def h020() -> Case:
    t = J_BETALING
    summary = (
        "~ Nordlandsnett AS\n\n# DPIA – sammendrag\n\n"
        f"## {t.title}\n\n"
        f"~ Behandlet i ledergruppen 10.11.2026 sammen med kommentarene fra kundesenteret og personvernombudet. Godkjent av administrerende direktør {J_PEDERSEN.name}, som også besluttet at selskapet skal be om forhåndsdrøftelse.\n\n"
        f"{t.summary} Beskrivelse av modellen og datagrunnlaget står i vedlegg A, og risikoregisteret i vedlegg B.\n\n"
        f"## Bakgrunn\n\n{t.necessity}\n\n## Grunnlag og avveiing\n\n{t.balancing}\n\n{t.rights}\n\n"
        "## Roller og kontakt\n\n" + j_roles()
    )
    msg = _j_mail(
        "H020",
        "Forhåndsdrøftelse – tidlig varsling av betalingsproblemer",
        when(11, 13, 10, 48),
        [
            "Vedlagt følger DPIA for modellen for tidlig varsling av betalingsproblemer. Vi ber om forhåndsdrøftelse."
        ],
        [("DPIA_betalingsproblemer_sammendrag.pdf", to_pdf(summary))],
    )
    return msg, lab(
        "nb",
        "grid_company dpia_pdf summary_only roles_chapter approval_front_page_line p2_attachment_missing p4_attachment_missing",
        "none",
        "unspecified",
        "only the summary document (approval line on top) is attached; description (vedlegg A) and risk register (vedlegg B) are referred to but not sent",
        missing=(2, 4),
    )


def h040() -> Case:
    t = J_DRONE
    report = j_report(t, "none", FULL, "DPIA-2026-022", "Godkjent", "20.11.2026")
    inner = message(
        "H040fwd",
        who(J_PEDERSEN.name, J_PEDERSEN.email),
        "Godkjent – DPIA droneinspeksjon",
        when(11, 25, 16, 5),
        mail(
            "Hei Bodil,",
            "Vi gikk gjennom DPIA-en for droneinspeksjon i ledergruppen i dag og hørte hva tillitsvalgte, grunneierlaget og personvernombudet mente. Jeg godkjenner vurderingen, og dere kan sende den til Datatilsynet.",
            "Geir Arne Pedersen\nAdministrerende direktør\nNordlandsnett AS",
        ),
        to=J_STRAND.email,
    )
    msg = _j_mail(
        "H040",
        "Anmodning om forhåndsdrøftelse – droneinspeksjon av kraftlinjer",
        when(11, 27, 13, 3),
        [
            "Nordlandsnett AS ber om forhåndsdrøftelse for droneinspeksjon av kraftlinjer. Vedlagt er DPIA-rapporten og e-posten der administrerende direktør godkjenner vurderingen."
        ],
        [("DPIA-2026-022_droneinspeksjon.pdf", to_pdf(report))],
        forwarded=("Godkjent – DPIA droneinspeksjon.eml", inner),
    )
    return msg, lab(
        "nb",
        "grid_company dpia_pdf chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risks_woven_in_chapters roles_chapter forwarded_rfc822 approval_forwarded_eml_md processor_none_stated",
        "pgp_mime",
        "none",
        "complete; approval is the CEO's e-mail attached as .eml; no processor",
    )


def h060() -> Case:
    msg = _j_mail(
        "H060",
        "Status – anmodning om forhåndsdrøftelse droneinspeksjon",
        when(12, 9, 9, 0),
        [
            "Vi sendte 27. november anmodning om forhåndsdrøftelse for droneinspeksjon av kraftlinjer. Kan dere bekrefte at den er mottatt, og gi et anslag på når vi kan forvente svar?",
            "Vi planlegger flysesongen fra april og må bestille utstyr i januar.",
        ],
        [],
    )
    return msg, lab(
        "nb",
        "grid_company nonrequest_status_question",
        "none",
        "unspecified",
        "status question about an earlier request; not a request",
        request=False,
    )
