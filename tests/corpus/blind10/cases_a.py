"""blind10 cases p001-p030: one function per case, each returning the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import personas as p
import topics as t
from kit import Label, message, quoted, to_docx, to_zip, txt, when

Case = tuple[EmailMessage, Label]

A_PROC_KIRKEDATA = (
    "| Databehandler | Terje Ulvund, Kirkedata AS | 22 81 60 35 | terje.ulvund@kirkedata.no |"
)
A_PROC_LEIRSYS = (
    "| Databehandler | Mads Kjærgaard, Leirsys ApS (Danmark) | +45 86 12 44 90 | mk@leirsys.dk |"
)
A_PROC_STROM = (
    "| Databehandler | Vegard Sande, Strømkirken AS | 469 03 818 | vegard@stromkirken.no |"
)


def _a_mail(
    cid: str, subject: str, date: str, atts: list[tuple[str, bytes]], lead: str
) -> EmailMessage:
    body = txt(
        f"""
        Til Datatilsynet

        {lead}

        Vedlagt følger følgebrev med kontaktpunkter, personvernkonsekvensvurderingen og
        protokollen fra hovedstyret.
        """
    )
    return message(cid, p.A_FROM, subject, date, body + "\n" + p.A_SIGNATURE, attachments=atts)


def p001() -> Case:
    topic = t.A_PASTORAL
    letter = p.a_letter(
        "Anmodning om forhåndsdrøftelse – felles medlems- og sjelesorgregister",
        "Misjonsmenigheten i Norge ber om forhåndsdrøftelse etter personvernforordningen "
        "artikkel 36. Vurderingen av personvernkonsekvenser viser at risikoen for medlemmene "
        "fortsatt er høy etter tiltak.",
        p.a_contacts(A_PROC_KIRKEDATA),
    )
    minutes = p.a_minutes(
        "5. november 2026",
        "41/26 Personvernkonsekvensvurdering – medlems- og sjelesorgregister",
        "Organisasjonsrådgiveren presenterte vurderingen, funnene og restrisikoen. "
        "Personvernombudets råd og innspillene fra pastorforeningen og ungdomsrådet ble lagt "
        "fram. Hovedstyret drøftet risikoen for medlemmer i små menigheter.\n\n"
        "Vedtak: Hovedstyret godkjenner vurderingen av personvernkonsekvenser og ber "
        "sekretariatet sende anmodning om forhåndsdrøftelse til Datatilsynet.",
    )
    msg = _a_mail(
        "p001",
        "Anmodning om forhåndsdrøftelse – medlems- og sjelesorgregister",
        when(11, 16, 10, 12),
        [
            ("Folgebrev_forhandsdroftelse.docx", letter),
            ("PVK_medlems-og-sjelesorgregister.docx", p.a_dpia(topic)),
            ("Protokoll_HS_2026-11-05.pdf", minutes),
        ],
        "Vi ber om forhåndsdrøftelse for et felles medlems- og sjelesorgregister.",
    )
    return msg, Label(
        "nb",
        (
            "church_denomination",
            "contact_word_table",
            "dpo_external_firm",
            "processor_contact_table",
            "dpia_report_docx",
            "headings_unnumbered",
            "part5_minutes_pdf",
            "cover_letter_docx",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; membership and pastoral-care register; contacts as Word table in cover letter",
    )


def p002() -> Case:
    topic = t.A_CAMP
    letter = p.a_letter(
        "Anmodning om forhåndsdrøftelse – helseskjema for leirer",
        "Vi ber om forhåndsdrøftelse for digitale helseskjema for barne- og ungdomsleirene våre. "
        "Påmeldingsløsningen leveres fra Danmark.",
        p.a_contacts(A_PROC_LEIRSYS),
    )
    minutes = p.a_minutes(
        "5. november 2026",
        "42/26 DPIA – helseskjema for leirer",
        "Saken ble lagt fram av organisasjonsrådgiveren med funn og restrisiko. Innspill fra "
        "leirlederne, foreldrerepresentanter og personvernombudet ble gjennomgått.\n\n"
        "Vedtak: Hovedstyret slutter seg til vurderingen av personvernkonsekvenser og ber om "
        "forhåndsdrøftelse før sommerens påmelding åpner.",
    )
    msg = _a_mail(
        "p002",
        "Forhåndsdrøftelse: helseskjema barneleirer",
        when(11, 16, 10, 40),
        [
            ("Folgebrev.docx", letter),
            ("PVK_helseskjema_leir.docx", p.a_dpia(topic)),
            ("Protokoll_HS_42-26.pdf", minutes),
        ],
        "Vedlagt er vår anmodning om forhåndsdrøftelse for helseskjema til leirene.",
    )
    return msg, Label(
        "nb",
        (
            "church_denomination",
            "contact_word_table",
            "dpo_external_firm",
            "processor_contact_table",
            "phone_foreign",
            "dpia_report_docx",
            "headings_unnumbered",
            "part5_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; children's camp health forms; Danish processor +45 in the contact table",
    )


def p003() -> Case:
    body = p.b_body(
        t.B_CAMERA,
        approval=(
            "Leiargruppa (dagleg leiar, driftsdirektør og HMS-leiar) gjekk gjennom DPIA-en 4. "
            "november. Funna og restrisikoen vart lagde fram, saman med merknadene frå "
            "personvernombodet og frå dei tillitsvalde i Fellesforbundet. Styret handsama saka "
            "18. november og vedtok å godkjenne vurderinga og be om førehandsdrøfting."
        ),
    )
    body += (
        "Databehandlar er AquaSense ASA; kontaktperson der er Frode Remøy, tlf. 915 20 448, "
        "frode.remoy@aquasense.no.\n\n" + p.B_SIGNATURE
    )
    msg = message(
        "p003", p.B_FROM, "Førehandsdrøfting – KI-kamera på fôrflåtar", when(11, 19, 7, 55), body
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "all_in_body",
            "headings_caps_in_body",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "processor_contact_body",
            "risk_bullets",
            "part5_paragraph_in_mail",
            "long_signature_many_phones",
        ),
        "inline",
        True,
        "used",
        "complete; whole request in one nynorsk plain mail; board approval as a paragraph",
    )


def p004() -> Case:
    body = p.b_body(
        t.B_FATIGUE,
        approval=(
            "Styret i Sunnvik Havbruk AS gjekk gjennom vurderinga i møte 18. november 2026. "
            "HMS-leiar presenterte funna og restrisikoen; innspel frå verneombodet, dei "
            "tillitsvalde og personvernombodet vart lagde fram. Styret godkjende vurderinga og "
            "vedtok at vi skal be Datatilsynet om førehandsdrøfting."
        ),
        contact="Kontaktperson er underteikna (sjå signaturen).",
    )
    body += (
        "Databehandlaren Vakenhet AB i Stockholm har kontaktperson Linnea Berg, "
        "+46 8 520 277 60, linnea.berg@vakenhet.se.\n\n" + p.B_SIGNATURE
    )
    msg = message(
        "p004",
        p.B_FROM,
        "Førespurnad om førehandsdrøfting – trøyttleiksmåling",
        when(11, 20, 8, 20),
        body,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "all_in_body",
            "headings_caps_in_body",
            "contact_signature_only",
            "dpo_external_firm",
            "processor_contact_body",
            "phone_foreign",
            "risk_bullets",
            "part5_paragraph_in_mail",
        ),
        "inline",
        True,
        "used",
        "complete; wearables on well-boat crew; all in body; Swedish processor +46",
    )


def p005() -> Case:
    approval = (
        "Landsstyret behandlet vurderingen i møte 29. oktober 2026 (sak 88/26). "
        "Organisasjonssekretæren la fram funn og restrisiko, og innspill fra avdelingene, "
        "klubbene og personvernombudet. Vedtak: Landsstyret godkjenner vurderingen av "
        "personvernkonsekvenser og ber administrasjonen anmode om forhåndsdrøftelse."
    )
    pdf = p.c_pdf(
        t.C_DEDUCT,
        processor=(
            "Databehandler er Lønnsbro AS ved Geir Holt, tlf. 22 40 18 90, geir.holt@lonnsbro.no."
        ),
        approval=approval,
    )
    body = (
        txt(
            """
        Hei,

        LTL-forbundet ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.
        Hele anmodningen ligger i vedlagt PDF.
        """
        )
        + "\n"
        + p.C_LABELS
        + "\n"
        + p.C_SIGNATURE
    )
    msg = message(
        "p005",
        p.C_FROM,
        "Anmodning om forhåndsdrøftelse – kontingenttrekk",
        when(11, 18, 9, 3),
        body,
        attachments=[("Anmodning_forhandsdroftelse_kontingenttrekk.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            "trade_union",
            "contact_label_value",
            "org_number_address",
            "dpia_report_pdf",
            "one_pdf_everything",
            "headings_question",
            "processor_contact_in_dpia",
            "part5_paragraph_in_dpia",
            "long_signature_many_phones",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; union dues via employers' payroll; label-value lines and one PDF",
    )


def p006() -> Case:
    approval = (
        "Forbundsstyret gikk gjennom vurderingen 5. november 2026. Funn, restrisiko og "
        "innspill fra ungdomsutvalget, advokatene og personvernombudet ble presentert. Styret "
        "godkjente vurderingen og vedtok å be om forhåndsdrøftelse."
    )
    pdf = p.c_pdf(
        t.C_CHATBOT,
        processor=(
            "Databehandler er Lexio Ltd., Dublin; kontakt Aoife Brennan, +353 1 443 2190, "
            "aoife.brennan@lexio.ie."
        ),
        approval=approval,
    )
    body = (
        txt(
            """
        Til Datatilsynet

        Vedlagt følger anmodning om forhåndsdrøftelse for forbundets KI-assistent.
        """
        )
        + "\n"
        + p.C_LABELS
        + "\n"
        + p.C_SIGNATURE
    )
    msg = message(
        "p006",
        p.C_FROM,
        "Forhåndsdrøftelse – KI-assistent for medlemmer",
        when(11, 18, 9, 30),
        body,
        attachments=[("LTL_KI-assistent_DPIA.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            "trade_union",
            "contact_label_value",
            "org_number_address",
            "one_pdf_everything",
            "dpia_report_pdf",
            "headings_question",
            "processor_contact_in_dpia",
            "phone_foreign",
            "part5_paragraph_in_dpia",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; AI legal assistant; Irish processor +353",
    )


def _d_signoff(status: str) -> str:
    return (
        "| Rolle | Navn | Dato | Beslutning |\n"
        f"| Administrerende direktør | Håvard Lie | {status} |"
    )


D_APPROVED = (
    "| Rolle | Navn | Dato | Beslutning |\n"
    "| Utarbeidet | Siri Bakkevold, juridisk rådgiver | 28.10.2026 | Funn og restrisiko "
    "presentert for ledergruppen |\n"
    "| Innspill | Tillitsvalgte, verneombud, personvernombud | 30.10.2026 | Innspill "
    "innarbeidet, se kap. 3 |\n"
    "| Godkjent | Håvard Lie, administrerende direktør, for ledergruppen | 04.11.2026 | "
    "DPIA godkjent; restrisiko høy; forhåndsdrøftelse skal søkes |"
)


def _d_msg(
    cid: str, subject: str, date: str, table: str, atts: list[tuple[str, bytes]], intro: str
) -> EmailMessage:
    outro = (
        "Vedlagt er DPIA med godkjenning.\n\nMvh\nSiri Bakkevold\nJuridisk rådgiver | "
        "Vetlandia Dyreklinikker AS\nTlf. 400 18 772\nAkutt dyrelege døgnet rundt: 815 00 911"
    )
    html = p.d_html(intro, table, outro)
    plain_table = table.replace("| ", "").replace(" |", "")
    plain = f"{intro}\n\n{plain_table}\n\n{outro}\n"
    return message(cid, p.D_FROM, subject, date, plain, html=html, attachments=atts)


def p007() -> Case:
    table = p.d_contact_table(
        ("Databehandler", "Kine Aasen, Vakt og Bilde AS", "23 17 80 62", "kine@vaktogbilde.no")
    )
    msg = _d_msg(
        "p007",
        "Anmodning om forhåndsdrøftelse – kamera med lyd",
        when(11, 19, 13, 14),
        table,
        [
            ("DPIA_kamera_lyd.docx", p.d_dpia(t.D_CCTV, D_APPROVED)),
            ("Prisliste_2027.pdf", p.d_price_list()),
        ],
        "Hei! Vetlandia Dyreklinikker AS ber om forhåndsdrøftelse for kameraovervåking med lyd "
        "i behandlingsrom. Kontaktpunkter:",
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "html_contact_table",
            "multipart_alternative",
            "dpia_report_docx",
            "headings_num",
            "part5_signoff_table",
            "processor_contact_body",
            "irrelevant_attachment",
        ),
        "none",
        True,
        "used",
        "complete; CCTV with audio; HTML table contacts; sign-off table; price list as noise",
    )


def p008() -> Case:
    table = p.d_contact_table(
        ("Databehandler", "Øyvind Stene, Sprakverk AS", "73 10 44 08", "oyvind.stene@sprakverk.no")
    )
    msg = _d_msg(
        "p008",
        "Forhåndsdrøftelse – KI-transkribering kundesenter",
        when(11, 19, 14, 2),
        table,
        [("DPIA_transkribering.docx", p.d_dpia(t.D_CALLS, D_APPROVED))],
        "Hei, vi ber om forhåndsdrøftelse for opptak og transkribering i kundesenteret.",
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "html_contact_table",
            "multipart_alternative",
            "dpia_report_docx",
            "headings_num",
            "part5_signoff_table",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "complete; call transcription; HTML table contacts",
    )


def _e_contacts(proc: list[str]) -> bytes:
    return p.e_contact_sheet([p.E_CONTACT, p.E_DPO_ROW, proc])


def p009() -> Case:
    minutes = p.e_minutes(
        "3 November 2026",
        "The Head of Guest Systems presented the DPIA findings and residual risk. Input from "
        "the works council, the hotel managers' forum and the DPO was reviewed. The committee "
        "approved the DPIA and decided to request prior consultation with Datatilsynet.",
    )
    body = txt(
        """
        Dear Datatilsynet,

        Nordharbour Hotels AS requests prior consultation under Article 36 GDPR for facial
        recognition at self check-in. Attached: contact sheet, DPIA and the Executive
        Committee minutes.
        """
    )
    msg = message(
        "p009",
        p.E_FROM,
        "Request for prior consultation – facial recognition check-in",
        when(11, 20, 15, 30),
        body + "\n" + p.E_SIGNATURE + p.E_DISCLAIMER,
        attachments=[
            (
                "Contacts.xlsx",
                _e_contacts(
                    [
                        "Processor",
                        "FaceGate ApS",
                        "Rasmus Dahl",
                        "+45 70 22 81 15",
                        "rasmus.dahl@facegate.dk",
                    ]
                ),
            ),
            ("DPIA_face_check-in.pdf", p.e_dpia(t.E_FACE)),
            ("ExCo_minutes_2026-11-03.pdf", minutes),
        ],
    )
    return msg, Label(
        "en",
        (
            "hotel_group",
            "contact_xlsx",
            "dpia_report_pdf",
            "headings_num",
            "part5_minutes_pdf",
            "phone_foreign",
            "disclaimer_footer",
            "long_signature_many_phones",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; face check-in; contacts in an XLSX sheet, Danish processor",
    )


def p010() -> Case:
    body = txt(
        """
        Dear Sir or Madam,

        Please note that Nordharbour Hotels AS has appointed a new Data Protection Officer
        with effect from 1 December 2026: Mette Holm Kristensen (group DPO, Nordharbour
        Hospitality Group), +45 33 12 80 47, dpo@nordharbour.com. She replaces Niels Bro.

        Please update your records accordingly.
        """
    )
    msg = message(
        "p010",
        p.E_FROM,
        "Change of Data Protection Officer – Nordharbour Hotels AS",
        when(11, 20, 16, 5),
        body + "\n" + p.E_SIGNATURE + p.E_DISCLAIMER,
    )
    return msg, Label(
        "en",
        ("hotel_group", "nonrequest_dpo_notification", "disclaimer_footer"),
        "none",
        False,
        "unspecified",
        "not a request: notice of a new DPO",
    )


def p011() -> Case:
    chapter3 = (
        "Vurderingen av nødvendighet og forholdsmessighet ettersendes. Den ferdigstilles etter "
        "møtet med REK i desember."
    )
    report = p.f_report(t.F_SENSOR, chapter3=chapter3)
    body = txt(
        f"""
        Til Datatilsynet

        NIAL ber om forhåndsdrøftelse for HjemTrygg-studien. {p.F_CONTACTS}
        Databehandler er Sensiva AB; kontaktperson er Johan Ekdahl, +46 31 704 22 10,
        johan.ekdahl@sensiva.se.

        Vedlagt er DPIA-rapporten. Direktørens beslutning ettersendes sammen med
        kapittel 3.
        """
    )
    msg = message(
        "p011",
        p.F_FROM,
        "Anmodning om forhåndsdrøftelse – HjemTrygg",
        when(11, 20, 11, 45),
        body + "\n" + p.F_SIGNATURE,
        attachments=[("NIAL-rapport_2026-14.pdf", report)],
    )
    return msg, Label(
        "nb",
        (
            "research_institute_elderly",
            "contact_prose",
            "dpo_external_firm",
            "dpia_report_pdf",
            "dpia_holds_parts_2_4",
            "part3_will_follow",
            "part5_will_follow",
            "phone_foreign",
            "processor_contact_body",
        ),
        "none",
        True,
        "used",
        "parts 3 and 5 missing: chapter 3 and director's decision «ettersendes»",
        missing=(3, 5),
    )


def p012() -> Case:
    body = txt(
        f"""
        Til Datatilsynet

        Norsk institutt for aldring og livsløp (NIAL) ber om forhåndsdrøftelse for prosjektet
        «Stemmeopptak for tidlig oppdagelse av kognitiv svikt».

        {p.F_CONTACTS} Telefonplattformen leveres av databehandleren Samtalen AS; deres
        kontaktperson er Ingvild Bø, tlf. 22 48 17 70, ingvild.bo@samtalen.no.

        Vurderingen av personvernkonsekvenser står i rapporten (kapittel 2-4), og direktørens
        beslutning er vedlagt som skannet dokument.
        """
    )
    msg = message(
        "p012",
        p.F_FROM,
        "Forhåndsdrøftelse – stemmeopptak kognitiv svikt",
        when(11, 23, 9, 10),
        body + "\n" + p.F_SIGNATURE,
        attachments=[
            ("NIAL-rapport_2026-14_stemme.pdf", p.f_report(t.F_VOICE)),
            ("Beslutning_direktor_skann.pdf", p.f_decision_scan(t.F_VOICE.title)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "research_institute_elderly",
            "contact_prose",
            "dpo_external_firm",
            "dpia_report_pdf",
            "dpia_holds_parts_2_4",
            "part5_scanned_decision_pdf",
            "processor_contact_body",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; voice recordings; DPIA report holds 2-4, scanned director's decision",
    )


G_PROC_HIRELENS = (
    "| Databehandler | Marloes de Wit, HireLens B.V. | +31 20 808 4112 | privacy@hirelens.eu |"
)
G_PROC_BAKGRUNN = (
    "| Databehandler | Lars Evjen, Bakgrunn AS | +47 22 33 19 50 | lars.evjen@bakgrunn.no |"
)
G_PROC_PSYKO = (
    "| Databehandler | Hege Rasten, PsykoMetri AS | +47 55 60 21 84 | hege@psykometri.no |"
)
G_APPROVAL = (
    "Compliance Manager presenterte vurderingen av personvernkonsekvenser, funnene og "
    "restrisikoen. Innspill fra kandidatpanelet, kundeforum og personvernombudet ble "
    "gjennomgått.\n\nVedtak: Ledergruppen godkjenner vurderingen og ber om forhåndsdrøftelse "
    "med Datatilsynet."
)


def p013() -> Case:
    topic = t.G_VIDEO
    package = to_zip(
        {
            "1_Kontaktinformasjon.docx": p.g_contacts(G_PROC_HIRELENS),
            "2_Beskrivelse_av_behandlingen.rtf": p.g_description(topic),
            "3_Nodvendighet_og_proporsjonalitet.docx": p.g_necessity(topic),
            "4_Risikovurdering.xlsx": p.g_risk(topic),
            "5_Ledelsens_validering.pdf": p.g_approval("3. november 2026", G_APPROVAL),
        }
    )
    body = txt(
        """
        Hei,

        Talentbro Rekruttering AS ber om forhåndsdrøftelse for KI-analyse av videointervjuer.
        Vedlagt zip-fil med de fem delene, én fil per del.
        """
    )
    msg = message(
        "p013",
        p.G_FROM,
        "Forhåndsdrøftelse – KI-analyse av videointervjuer",
        when(11, 23, 10, 0),
        body + "\n" + p.G_SIGNATURE,
        attachments=[("Talentbro_forhandsdroftelse.zip", package)],
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "zip",
            "file_per_part",
            "rtf",
            "contact_word_table",
            "dpo_external_firm",
            "risk_register_xlsx",
            "part5_minutes_pdf",
            "phone_foreign",
            "processor_contact_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; AI video interviews; ZIP with one file per part (RTF, DOCX, XLSX, PDF)",
    )


def p014() -> Case:
    topic = t.G_SOCIAL
    body = txt(
        """
        Hei,

        Her er anmodning om forhåndsdrøftelse for bakgrunnssjekk i åpne kilder. Én fil per
        del, nummerert som i Datatilsynets veiledning.
        """
    )
    msg = message(
        "p014",
        p.G_FROM,
        "Anmodning om forhåndsdrøftelse – bakgrunnssjekk",
        when(11, 23, 13, 22),
        body + "\n" + p.G_SIGNATURE,
        attachments=[
            ("1_Kontaktinformasjon.docx", p.g_contacts(G_PROC_BAKGRUNN)),
            ("2_Beskrivelse.rtf", p.g_description(topic)),
            ("3_Nodvendighet.docx", p.g_necessity(topic)),
            ("4_Risiko.xlsx", p.g_risk(topic)),
            ("5_Validering_ledelsen.pdf", p.g_approval("10. november 2026", G_APPROVAL)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "file_per_part",
            "rtf",
            "contact_word_table",
            "dpo_external_firm",
            "risk_register_xlsx",
            "part5_minutes_pdf",
            "processor_contact_table",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; background checks; five attachments, one per part",
    )


def _h_inner(topic_text: str, atts: list[tuple[str, bytes]], date: str) -> EmailMessage:
    body = txt(
        f"""
        Hei Trond,

        {topic_text} Styret behandlet saken 19. november, protokollen er vedlagt sammen med
        vurderingen. Kan du sende anmodningen til Datatilsynet med kontaktopplysningene?

        Hilsen Anne Grete
        daglig leder, Midtfjord Vann IKS
        """
    )
    return message(
        "inner",
        p.H_LEADER,
        "Forhåndsdrøftelse – klar til innsending",
        date,
        body,
        attachments=atts,
        to="trond.velle@midtfjordvann.no",
    )


H_MINUTES_OK = (
    "Rådgiver IKT og sikkerhet presenterte vurderingen av personvernkonsekvenser med funn og "
    "restrisiko. Innspill fra eierkommunene, de ansattes representant og personvernombudet ble "
    "lagt fram.\nVedtak: Styret godkjenner vurderingen. Restrisikoen er høy, og daglig leder "
    "bes om å anmode Datatilsynet om forhåndsdrøftelse."
)


def p015() -> Case:
    inner = _h_inner(
        "Her er PVK-en for fjernavleste vannmålere.",
        [
            ("PVK_vannmalere.docx", p.h_dpia(t.H_METER)),
            ("Styreprotokoll_sak_38-26.jpg", p.h_minutes_photo(H_MINUTES_OK)),
        ],
        when(11, 24, 8, 2),
    )
    body = txt(
        f"""
        Til Datatilsynet

        Videresender anmodning om forhåndsdrøftelse fra daglig leder (vedlagt e-post med
        vurdering og styreprotokoll). Kontaktperson er undertegnede. {p.H_DPO}
        Vi har ingen databehandler for denne behandlingen.
        """
    )
    msg = message(
        "p015",
        p.H_FROM,
        "VS: Forhåndsdrøftelse – fjernavleste vannmålere",
        when(11, 24, 9, 15),
        body + "\n" + p.H_SIGNATURE,
        forwarded=("Forhandsdroftelse_klar.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "water_utility",
            "forwarded_rfc822",
            "contact_is_sender_stated",
            "dpo_prose",
            "processor_none_stated",
            "dpia_report_docx",
            "risk_bullets",
            "part5_photographed_minutes",
            "long_signature_many_phones",
        ),
        "none",
        True,
        "none",
        "complete; smart water meters; leader's mail forwarded as .eml with DPIA and JPEG minutes",
    )


def p016() -> Case:
    topic = t.H_DRONE
    rest = to_docx(
        f"""
# Nødvendighet, forholdsmessighet og risiko – droneinspeksjon

# Nødvendighet og forholdsmessighet

{topic.need}

{topic.proportional}

{p.bullets(topic.safeguards)}

# Risiko for de registrerte

{p.risk_bullets(topic)}

Vurdert, men ikke gjennomført: {topic.not_done}
"""
    )
    body = txt(
        f"""
        Hei

        Midtfjord Vann IKS ber om forhåndsdrøftelse for droneinspeksjon. Kontaktperson er
        undertegnede. {p.H_DPO} Ingen databehandler.

        Vedlegg:
        1 Beskrivelse av behandlingen
        2 Nødvendighet og risiko
        3 Styreprotokoll
        """
    )
    msg = message(
        "p016",
        p.H_FROM,
        "Anmodning om forhåndsdrøftelse – droner",
        when(11, 24, 12, 40),
        body + "\n" + p.H_SIGNATURE,
        attachments=[
            ("1_Beskrivelse_av_behandlingen.pdf", p.h_tariff()),
            ("2_Nodvendighet_og_risiko.docx", rest),
            ("3_Styreprotokoll.jpg", p.h_minutes_photo(H_MINUTES_OK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "water_utility",
            "file_per_part",
            "wrong_file_description",
            "contact_is_sender_stated",
            "processor_none_stated",
            "part5_photographed_minutes",
            "risk_bullets",
        ),
        "none",
        True,
        "none",
        "part 2 missing: «Beskrivelse av behandlingen» is the tariff regulation",
        missing=(2,),
    )


I_PROC = (
    "Processors: VeriFace Ltd, Dublin – Ciarán Walsh, +353 1 907 3350, privacy@veriface.ie; "
    "Nimbus Hosting GmbH, Frankfurt – Katrin Bauer, +49 69 2601 5580, k.bauer@nimbus-hosting.de."
)
I_BOARD = (
    "The board reviewed this DPIA on 4 November 2026. The Trust & Safety Lead presented the "
    "findings and the residual risk; input from our user panel, the LGBTQ+ advisory group and "
    "the DPO was considered. The board approved the DPIA and resolved to request prior "
    "consultation with Datatilsynet before launch."
)


def p017() -> Case:
    body = txt(
        f"""
        Hi,

        Glimt Dating AS would like to request prior consultation (GDPR Art. 36) on mandatory
        face-based identity verification. I am the contact person for this request.
        {p.I_DPO}

        The DPIA (attached) covers the processing, necessity, risks and the board's decision.
        """
    )
    msg = message(
        "p017",
        p.I_FROM,
        "Prior consultation request – identity verification",
        when(11, 24, 14, 11),
        body + "\n" + p.I_SIGNATURE,
        attachments=[("Glimt_DPIA_verification.docx", p.i_dpia(t.I_VERIFY, I_BOARD, I_PROC))],
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "phone_foreign",
            "processor_contact_in_dpia",
            "dpia_report_docx",
            "headings_question",
            "risk_bullets",
            "part5_paragraph_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; face verification; DPO in Berlin (+49), processors in Dublin and Frankfurt",
    )


def p018() -> Case:
    proc = (
        "Processor: Nimbus Hosting GmbH, Frankfurt – Katrin Bauer, +49 69 2601 5580, "
        "k.bauer@nimbus-hosting.de."
    )
    body = txt(
        f"""
        Hello Datatilsynet,

        We request prior consultation for automated scanning of private messages. Contact:
        me (details below). {p.I_DPO}

        Our DPIA is attached as RTF (our legal team's format).
        """
    )
    msg = message(
        "p018",
        p.I_FROM,
        "Request for prior consultation – message scanning",
        when(11, 25, 9, 47),
        body + "\n" + p.I_SIGNATURE,
        attachments=[
            ("DPIA_message_scanning.rtf", p.i_dpia(t.I_MODERATION, I_BOARD, proc, rtf=True))
        ],
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "phone_foreign",
            "processor_contact_in_dpia",
            "rtf",
            "headings_question",
            "part5_paragraph_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; message scanning; DPIA as RTF with board decision",
    )


J_PROC_GRID = (
    "| Databehandler | Ida Strand, Gridlytics AS | 23 96 14 02 | ida.strand@gridlytics.no |"
)
J_MINUTES_OK = (
    "Informasjonssikkerhetslederen la fram DPIA-en med funn og restrisiko. Innspill fra "
    "kundeforum, de tillitsvalgte og personvernombudet ble gjennomgått. Ledergruppen vurderte "
    "risikoen som fortsatt høy.\nVedtak: DPIA-en godkjennes. Det sendes anmodning om "
    "forhåndsdrøftelse til Datatilsynet."
)


def p019() -> Case:
    body = txt(
        """
        Til Datatilsynet

        Nordvang Nett AS ber om forhåndsdrøftelse for analyse av AMS-data. Vedlagt:
        kontaktark, DPIA og protokoll fra ledergruppen (skannet).
        """
    )
    msg = message(
        "p019",
        p.J_FROM,
        "Anmodning om forhåndsdrøftelse – AMS-data",
        when(11, 25, 10, 5),
        body + "\n" + p.J_SIGNATURE,
        attachments=[
            ("Kontaktark.docx", p.j_contact_sheet(J_PROC_GRID)),
            ("DPIA_AMS-fleksibilitet.pdf", p.j_dpia(t.J_AMS)),
            ("Protokoll_ledergruppen_61-26.pdf", p.j_minutes_scan(J_MINUTES_OK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "grid_operator",
            "contact_word_table",
            "dpo_function_mailbox",
            "processor_contact_table",
            "dpia_report_pdf",
            "headings_unnumbered",
            "part5_scanned_minutes_pdf",
            "long_signature_many_phones",
        ),
        "none",
        True,
        "used",
        "complete; smart-meter analytics; Word contact sheet; scanned minutes",
    )


def p020() -> Case:
    body = txt(
        """
        Hei

        Politiet har bedt oss om timesverdier fra AMS-måleren til en kunde i en straffesak.
        Kan vi utlevere dette uten kjennelse, og må vi i så fall gjøre en DPIA eller
        forhåndsdrøfte med dere først? Vi har ikke funnet noe klart svar i veiledningene.
        """
    )
    msg = message(
        "p020",
        p.J_FROM,
        "Spørsmål om utlevering av AMS-data til politiet",
        when(11, 25, 15, 20),
        body + "\n" + p.J_SIGNATURE,
    )
    return msg, Label(
        "nb",
        ("grid_operator", "nonrequest_question", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: question about disclosing meter data",
    )


def p021() -> Case:
    letter = p.a_letter(
        "Anmodning om forhåndsdrøftelse – direktestrømming",
        "Vi ber om forhåndsdrøftelse for direktestrømming av gudstjenester og begravelser. "
        "Hovedstyret behandler vurderingen i møte 15. januar 2027; protokollen ettersendes.",
        p.a_contacts(A_PROC_STROM),
    )
    body = txt(
        """
        Til Datatilsynet

        Vedlagt følger følgebrev og personvernkonsekvensvurdering for direktestrømming.
        Protokollen fra hovedstyret ettersendes etter møtet i januar.
        """
    )
    msg = message(
        "p021",
        p.A_FROM,
        "Forhåndsdrøftelse – strømming av gudstjenester",
        when(11, 26, 9, 30),
        body + "\n" + p.A_SIGNATURE,
        attachments=[("Folgebrev.docx", letter), ("PVK_strømming.docx", p.a_dpia(t.A_STREAM))],
    )
    return msg, Label(
        "nb",
        (
            "church_denomination",
            "contact_word_table",
            "dpo_external_firm",
            "cover_letter_docx",
            "processor_contact_table",
            "dpia_report_docx",
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "pgp_mime",
        True,
        "used",
        "only part 5 missing: board minutes «ettersendes» after 15 January",
        missing=(5,),
    )


def p022() -> Case:
    earlier = txt(
        """
        Til Datatilsynet

        Vedlagt følger følgebrev og personvernkonsekvensvurdering for direktestrømming.
        Protokollen fra hovedstyret ettersendes etter møtet i januar.
        """
    )
    minutes = p.a_minutes(
        "26. november 2026 (ekstraordinært møte)",
        "47/26 PVK – direktestrømming",
        "Sekretariatet presenterte vurderingen, funn og restrisiko. Høringsinnspill fra "
        "menighetsrådene og personvernombudets uttalelse ble gjennomgått.\n\n"
        "Vedtak: Hovedstyret godkjenner vurderingen av personvernkonsekvenser og opprettholder "
        "anmodningen om forhåndsdrøftelse.",
    )
    body = txt(
        """
        Hei igjen

        Hovedstyret tok saken i et ekstraordinært møte, så her kommer hele anmodningen på nytt
        med protokollen. Kontaktpunktene står i tabellen nedenfor og i følgebrevet.

        Kontaktperson:   Kari Opdal, 51 84 27 10, kari.opdal@misjonsmenigheten.no
        Personvernombud: Ola Brattebø (Personvern i Kirken SA), 917 22 408,
                         ola.brattebo@personvernikirken.no
        Databehandler:   Vegard Sande (Strømkirken AS), 469 03 818, vegard@stromkirken.no
        """
    )
    letter = p.a_letter(
        "Anmodning om forhåndsdrøftelse – direktestrømming",
        "Vi ber om forhåndsdrøftelse for direktestrømming av gudstjenester.",
        p.a_contacts(A_PROC_STROM),
    )
    msg = message(
        "p022",
        p.A_FROM,
        "SV: Forhåndsdrøftelse – strømming av gudstjenester",
        when(11, 27, 8, 45),
        body + "\n" + p.A_SIGNATURE + "\n" + quoted(earlier),
        attachments=[
            ("Folgebrev.docx", letter),
            ("PVK_strømming.docx", p.a_dpia(t.A_STREAM)),
            ("Protokoll_HS_47-26.pdf", minutes),
        ],
    )
    return msg, Label(
        "nb",
        (
            "church_denomination",
            "resubmission_complete",
            "reply_in_thread",
            "contact_word_table",
            "contact_label_value",
            "dpo_external_firm",
            "processor_contact_table",
            "dpia_report_docx",
            "part5_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete resubmission: quotes the earlier «ettersendes» mail, now with minutes",
    )


def p023() -> Case:
    body = txt(
        """
        Hei

        Vi vurderer å bruke drone med kamera til å inspisere merdane ein gong i veka. Dronene
        kan fange opp folk i fritidsbåtar og på land. Treng vi å gjere ei DPIA for dette, og
        er det noko de vil at vi skal drøfte med dykk på førehand? Vi har ikkje starta noko
        vurdering enno.
        """
    )
    msg = message(
        "p023",
        p.B_FROM,
        "Spørsmål om drone ved merdane",
        when(11, 27, 7, 50),
        body + "\n" + p.B_SIGNATURE,
    )
    return msg, Label(
        "nn",
        ("aquaculture", "nonrequest_question", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: asks whether a drone needs a DPIA",
    )


def p024() -> Case:
    body = p.b_body(
        t.B_ALCOHOL,
        approval=(
            "Saka skal opp i styret 18. november 2026. Protokollen frå styremøtet sender vi så "
            "snart han ligg føre."
        ),
    )
    body += "Vi har ingen databehandlar for denne handsaminga.\n\n" + p.B_SIGNATURE
    msg = message(
        "p024",
        p.B_FROM,
        "Førehandsdrøfting – alkoholtesting av mannskap",
        when(11, 16, 12, 10),
        body,
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "all_in_body",
            "headings_caps_in_body",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "processor_none_stated",
            "part5_future_meeting",
            "part5_will_follow",
        ),
        "inline",
        True,
        "none",
        "only part 5 missing: board meeting 18 November, minutes to follow",
        missing=(5,),
    )


def p025() -> Case:
    risk = (
        "Risikovurderingen er gjort i et eget dokument, se vedlagt "
        "«Risikovurdering_streikeregister.pdf»."
    )
    approval = (
        "Forbundsstyret gikk gjennom vurderingen 12. november 2026. Funn, restrisiko og innspill "
        "fra avdelingslederne og personvernombudet ble lagt fram. Styret godkjente "
        "vurderingen og vedtok å be om forhåndsdrøftelse."
    )
    pdf = p.c_pdf(
        t.C_STRIKE, processor="Forbundet bruker ingen databehandler.", risk=risk, approval=approval
    )
    body = (
        txt("""
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for streikeregisteret, med risikovurdering.
        """)
        + "\n"
        + p.C_LABELS
        + "\n"
        + p.C_SIGNATURE
    )
    msg = message(
        "p025",
        p.C_FROM,
        "Forhåndsdrøftelse – streikeregister",
        when(11, 30, 8, 14),
        body,
        attachments=[
            ("Anmodning_streikeregister.pdf", pdf),
            ("Risikovurdering_streikeregister.pdf", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "trade_union",
            "contact_label_value",
            "one_pdf_everything",
            "headings_question",
            "processor_none_stated",
            "zero_byte_risk_assessment",
            "part5_paragraph_in_dpia",
        ),
        "pgp_mime",
        True,
        "none",
        "part 4 missing: the referenced risk assessment PDF is zero bytes",
        missing=(4,),
    )


def p026() -> Case:
    body = txt(
        """
        Hei

        LTL-forbundet vurderer et felles medlemsregister med LO-forbundene i Norden. Vi er
        usikre på om dette krever DPIA og forhåndsdrøftelse, og ønsker et veiledningsmøte med
        Datatilsynet i januar for å drøfte om vi tenker riktig. Vi har ingen dokumentasjon
        ennå.
        """
    )
    msg = message(
        "p026",
        p.C_FROM,
        "Ønske om veiledningsmøte – nordisk medlemsregister",
        when(11, 30, 10, 2),
        body + "\n" + p.C_LABELS + "\n" + p.C_SIGNATURE,
    )
    return msg, Label(
        "nb",
        ("trade_union", "nonrequest_guidance", "contact_label_value"),
        "none",
        False,
        "unspecified",
        "not a request: asks for a guidance meeting",
    )


def p027() -> Case:
    signoff = (
        "| Rolle | Navn | Dato | Beslutning |\n"
        "| Utarbeidet | Siri Bakkevold | 12.11.2026 | Ferdig utkast |\n"
        "| Ledelsens validering | Ledergruppen | – | Under arbeid; behandles i ledermøtet "
        "8. januar 2027 |"
    )
    table = p.d_contact_table(
        (
            "Databehandler",
            "Nils Rue, Kredittsjekk Norden AS",
            "21 60 71 90",
            "nils.rue@kredittsjekk.no",
        )
    )
    msg = _d_msg(
        "p027",
        "Forhåndsdrøftelse – kredittvurdering av dyreeiere",
        when(12, 1, 9, 12),
        table,
        [("DPIA_kredittvurdering.docx", p.d_dpia(t.D_DEBT, signoff))],
        "Hei! Vi sender anmodning om forhåndsdrøftelse for kredittvurdering før behandling.",
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "html_contact_table",
            "multipart_alternative",
            "dpia_report_docx",
            "headings_num",
            "signoff_table_pending",
            "processor_contact_body",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: sign-off row «Under arbeid», ledermøte 8 January",
        missing=(5,),
    )


def p028() -> Case:
    table = p.d_contact_table(("Databehandler", "VetCloud GmbH", "", ""))
    msg = _d_msg(
        "p028",
        "Anmodning om forhåndsdrøftelse – kamera",
        when(12, 1, 11, 30),
        table,
        [("DPIA_kamera_v2.docx", p.d_dpia(t.D_CCTV, D_APPROVED))],
        "Hei, vedlagt er vår anmodning om forhåndsdrøftelse for kamera med lyd. Lagringen er "
        "flyttet til VetCloud GmbH.",
    )
    return msg, Label(
        "nb",
        (
            "veterinary_chain",
            "html_contact_table",
            "multipart_alternative",
            "dpia_report_docx",
            "p1_processor_no_contact",
            "part5_signoff_table",
        ),
        "none",
        True,
        "used",
        "part 1 missing: processor row has the company name only",
        missing=(1,),
    )


def p029() -> Case:
    minutes = p.e_minutes(
        "10 November 2026",
        "The DPIA on guest profiling was presented with findings and residual risk. Input from "
        "the guest panel, the hotel managers and the DPO was reviewed. The committee approved "
        "the DPIA and asked for prior consultation to be requested.",
    )
    proc = ["Processor", "Hospitality Cloud Ltd", "", "", "privacy@hospitalitycloud.ie"]
    body = txt(
        """
        Dear Datatilsynet,

        Please find attached our request for prior consultation on group-wide guest profiles.
        """
    )
    msg = message(
        "p029",
        p.E_FROM,
        "Prior consultation – guest profile",
        when(12, 1, 14, 0),
        body + "\n" + p.E_SIGNATURE + p.E_DISCLAIMER,
        attachments=[
            ("Contacts.xlsx", _e_contacts(proc)),
            ("DPIA_guest_profile.pdf", p.e_dpia(t.E_PROFILE)),
            ("ExCo_minutes_2026-11-10.pdf", minutes),
        ],
    )
    return msg, Label(
        "en",
        (
            "hotel_group",
            "contact_xlsx",
            "dpia_report_pdf",
            "part5_minutes_pdf",
            "p1_processor_no_contact",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: processor row only a generic privacy@ address, no person or phone",
        missing=(1,),
    )


def p030() -> Case:
    minutes = p.e_minutes(
        "10 November 2026",
        "The DPIA on guest profiling was presented with findings and residual risk. Input from "
        "the guest panel, the hotel managers and the DPO was reviewed. The committee approved "
        "the DPIA and asked for prior consultation to be requested.",
    )
    proc = [
        "Processor",
        "Hospitality Cloud Ltd",
        "Siobhan Kelly",
        "+353 1 514 2277",
        "siobhan.kelly@hospitalitycloud.ie",
    ]
    earlier = txt(
        """
        From: Jonas Wik
        Sent: 1 December 2026 14:00
        Subject: Prior consultation – guest profile

        Please find attached our request for prior consultation on group-wide guest profiles.
        """
    )
    body = txt(
        """
        Dear Datatilsynet,

        Apologies – the contact sheet in my previous e-mail was incomplete. Please use this
        complete set instead (contact sheet, DPIA, minutes).
        """
    )
    msg = message(
        "p030",
        p.E_FROM,
        "RE: Prior consultation – guest profile (complete set)",
        when(12, 2, 9, 5),
        body + "\n" + p.E_SIGNATURE + "\n" + quoted(earlier) + p.E_DISCLAIMER,
        attachments=[
            ("Contacts_v2.xlsx", _e_contacts(proc)),
            ("DPIA_guest_profile.pdf", p.e_dpia(t.E_PROFILE)),
            ("ExCo_minutes_2026-11-10.pdf", minutes),
        ],
    )
    return msg, Label(
        "en",
        (
            "hotel_group",
            "contact_xlsx",
            "reply_in_thread",
            "resubmission_complete",
            "dpia_report_pdf",
            "part5_minutes_pdf",
            "phone_foreign",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete resubmission with full contact sheet (Irish processor +353)",
    )
