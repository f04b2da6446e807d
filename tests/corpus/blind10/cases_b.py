"""blind10 cases p031-p060: one function per case, each returning the message and its label."""

from __future__ import annotations

import personas as p
import topics as t
from cases_a import (
    A_PROC_LEIRSYS,
    A_PROC_STROM,
    D_APPROVED,
    G_APPROVAL,
    G_PROC_HIRELENS,
    G_PROC_PSYKO,
    H_MINUTES_OK,
    I_BOARD,
    J_MINUTES_OK,
    Case,
    _d_msg,
    _e_contacts,
    _h_inner,
)
from kit import (
    Label,
    html_from_text,
    message,
    quoted,
    scan_image,
    to_docx,
    to_html,
    to_odt,
    to_pdf,
    to_zip,
    txt,
    when,
)


def p031() -> Case:
    body = txt(
        f"""
        Til Datatilsynet

        Vi viser til tidligere e-post om HjemTrygg-studien. Kapittel 3 er nå ferdig, og vi
        sender hele anmodningen om forhåndsdrøftelse på nytt.

        {p.F_CONTACTS} Databehandler er Sensiva AB i Göteborg; kontaktperson Johan Ekdahl,
        +46 31 704 22 10, johan.ekdahl@sensiva.se.

        Direktørens beslutning er fotografert med mobilen, beklager kvaliteten.
        """
    )
    photo = scan_image(p.f_decision_text(t.F_SENSOR.title), "JPEG", 1.2)
    msg = message(
        "p031",
        p.F_FROM,
        "Anmodning om forhåndsdrøftelse – HjemTrygg (komplett)",
        when(12, 2, 10, 20),
        body + "\n" + p.F_SIGNATURE,
        attachments=[
            ("NIAL-rapport_2026-14_v2.pdf", p.f_report(t.F_SENSOR)),
            ("IMG_4471.jpg", photo),
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
            "part5_photographed_decision",
            "phone_foreign",
            "processor_contact_body",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "complete resubmission; director's decision photographed as JPEG",
    )


def p032() -> Case:
    chapter4 = (
        "Risikovurderingen er ikke gjennomført. Den gjøres når SSB har levert "
        "koblingsnøkkelen og vi kjenner det endelige variabelutvalget."
    )
    body = txt(
        f"""
        Til Datatilsynet

        NIAL ber om forhåndsdrøftelse for koblingsprosjektet om ensomhet og kommunale
        tjenester. {p.F_CONTACTS} Ingen databehandler; SSB er selvstendig
        behandlingsansvarlig for koblingen. Direktørens beslutning kommer når
        risikovurderingen er ferdig.
        """
    )
    msg = message(
        "p032",
        p.F_FROM,
        "Forhåndsdrøftelse – kobling med IPLOS",
        when(12, 2, 11, 0),
        body + "\n" + p.F_SIGNATURE,
        attachments=[("NIAL-rapport_kobling.pdf", p.f_report(t.F_LINK, chapter4=chapter4))],
    )
    return msg, Label(
        "nb",
        (
            "research_institute_elderly",
            "contact_prose",
            "dpo_external_firm",
            "dpia_report_pdf",
            "processor_none_stated",
            "part4_not_done",
            "part5_future_meeting",
        ),
        "pgp_mime",
        True,
        "none",
        "parts 4 and 5 missing: risk chapter «ikke gjennomført», decision later",
        missing=(4, 5),
    )


def p033() -> Case:
    topic = t.G_PSYCH
    package = to_zip(
        {
            "1_Kontaktinformasjon.docx": p.g_contacts(G_PROC_PSYKO),
            "2_Beskrivelse_av_behandlingen.rtf": p.g_description(topic),
            "3_Nodvendighet_og_proporsjonalitet.docx": p.g_necessity(topic),
            "4_Risikovurdering.xlsx": p.g_risk(topic),
            "5_Ledelsens_validering.pdf": b"",
        }
    )
    body = txt(
        """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for personlighetstester, fem filer i zip.
        """
    )
    msg = message(
        "p033",
        p.G_FROM,
        "Forhåndsdrøftelse – personlighetstester",
        when(12, 2, 13, 15),
        body + "\n" + p.G_SIGNATURE,
        attachments=[("Forhandsdroftelse_personlighetstest.zip", package)],
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "zip",
            "file_per_part",
            "rtf",
            "contact_word_table",
            "risk_register_xlsx",
            "zero_byte_approval",
            "processor_contact_table",
        ),
        "pgp_mime",
        True,
        "used",
        "only part 5 missing: 5_Ledelsens_validering.pdf in the ZIP is zero bytes",
        missing=(5,),
    )


def p034() -> Case:
    reply = txt(
        """
        Hei Jonas Berg,

        Vi viser til din henvendelse 14. november om innsyn. Vedlagt følger alle opplysninger
        Talentbro har registrert om deg: CV, søknader til tre stillinger og notater fra ett
        intervju. Vi har ikke brukt automatiserte vurderinger i din sak.

        Du kan klage til Datatilsynet dersom du mener vi ikke har svart riktig.
        """
    )
    body = txt(
        """
        Til orientering

        Kandidaten har sagt at han vil klage til dere, så vi sender kopi av vårt svar på
        innsynsbegjæringen.
        """
    )
    msg = message(
        "p034",
        p.G_FROM,
        "Kopi: svar på innsynsbegjæring",
        when(12, 3, 8, 30),
        body + "\n" + p.G_SIGNATURE + "\n" + quoted(reply),
    )
    return msg, Label(
        "nb",
        ("recruitment_agency", "nonrequest_copy_of_reply"),
        "none",
        False,
        "unspecified",
        "not a request: copy of a reply to an access request",
    )


def p035() -> Case:
    inner = _h_inner(
        "Her er PVK-en for lekkasjevarsling (ODT fra LibreOffice).",
        [
            ("PVK_lekkasjevarsling.odt", p.h_dpia(t.H_LEAK, odt=True)),
            ("Styreprotokoll.jpg", p.h_minutes_photo(H_MINUTES_OK)),
        ],
        when(12, 3, 9, 0),
    )
    body = txt(
        """
        Til Datatilsynet

        Videresender anmodning om forhåndsdrøftelse for automatisk lekkasjevarsling.
        Kontaktperson er undertegnede. Personvernombudet i eierkommunene er orientert.
        Ingen databehandler.
        """
    )
    msg = message(
        "p035",
        p.H_FROM,
        "VS: Forhåndsdrøftelse – lekkasjevarsling",
        when(12, 3, 9, 40),
        body + "\n" + p.H_SIGNATURE,
        forwarded=("Forhandsdroftelse.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "water_utility",
            "forwarded_rfc822",
            "odt",
            "contact_is_sender_stated",
            "p1_dpo_mentioned_no_contact",
            "processor_none_stated",
            "part5_photographed_minutes",
        ),
        "none",
        True,
        "none",
        "part 1 missing: DPO only «er orientert», no name or contact",
        missing=(1,),
    )


def p036() -> Case:
    earlier = txt(
        """
        Hei Trond, kan du sende droneinspeksjonen til Datatilsynet nå? Styret har behandlet
        den. – Anne Grete
        """
    )
    body = txt(
        f"""
        Til Datatilsynet

        Midtfjord Vann IKS ber om forhåndsdrøftelse for droneinspeksjon av ledninger og
        dammer. Kontaktperson: Trond Velle (undertegnede). {p.H_DPO}
        Behandlingen skjer uten databehandler.
        """
    )
    msg = message(
        "p036",
        p.H_FROM,
        "Anmodning om forhåndsdrøftelse – droneinspeksjon",
        when(12, 3, 12, 5),
        body + "\n" + p.H_SIGNATURE + "\n" + quoted(earlier),
        attachments=[
            ("PVK_droneinspeksjon.docx", p.h_dpia(t.H_DRONE)),
            ("Protokoll_styret_38-26.jpg", p.h_minutes_photo(H_MINUTES_OK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "water_utility",
            "contact_is_sender_stated",
            "dpo_prose",
            "processor_none_stated",
            "dpia_report_docx",
            "risk_bullets",
            "part5_photographed_minutes",
            "reply_in_thread",
            "long_signature_many_phones",
        ),
        "none",
        True,
        "none",
        "complete; drone inspection; quoted internal go-ahead, JPEG minutes",
    )


def p037() -> Case:
    body = txt(
        """
        Hi,

        We are a Norwegian dating app planning to launch in Denmark and Finland next year.
        Which supervisory authority would be our lead authority, and would a prior
        consultation in Norway cover the other countries? We have not started a DPIA for the
        launch yet.
        """
    )
    msg = message(
        "p037",
        p.I_FROM,
        "Question: lead authority for Nordic launch",
        when(12, 3, 14, 30),
        body + "\n" + p.I_SIGNATURE,
    )
    return msg, Label(
        "en",
        ("dating_app", "nonrequest_question", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: question about the lead authority",
    )


def p038() -> Case:
    board = "The board will review this DPIA at its meeting on 14 January 2027."
    body = txt(
        """
        Hi,

        Glimt Dating AS requests prior consultation on automatic hiding of profiles when
        LGBTQ+ users travel. I'm the contact. Our DPO is Dr. Jana Vogt (Datenschutz Kanzlei
        Vogt). The DPIA is attached.
        """
    )
    msg = message(
        "p038",
        p.I_FROM,
        "Prior consultation – travel safety mode",
        when(11, 27, 9, 0),
        body + "\n" + p.I_SIGNATURE,
        attachments=[
            ("DPIA_travel_safety.docx", p.i_dpia(t.I_MATCH, board, "No processor is involved."))
        ],
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "contact_is_sender_stated",
            "p1_dpo_name_only",
            "processor_none_stated",
            "dpia_report_docx",
            "headings_question",
            "part5_future_meeting",
        ),
        "none",
        True,
        "none",
        "parts 1 and 5 missing: DPO by name only; board review in January",
        missing=(1, 5),
    )


def p039() -> Case:
    minutes = (
        "Kundedirektøren orienterte om planene for risikoscore ved utkobling. Vedtak: "
        "Ledergruppen ber om forhåndsdrøftelse med Datatilsynet. DPIA gjennomføres parallelt."
    )
    body = txt(
        """
        Til Datatilsynet

        Nordvang Nett AS ber om forhåndsdrøftelse for en risikoscore ved manglende betaling.
        DPIA er ikke gjennomført ennå; vi ønsker Datatilsynets syn tidlig. Kontaktark og
        ledergruppens vedtak er vedlagt.
        """
    )
    msg = message(
        "p039",
        p.J_FROM,
        "Forhåndsdrøftelse – risikoscore utkobling",
        when(11, 20, 10, 10),
        body + "\n" + p.J_SIGNATURE,
        attachments=[
            ("Kontaktark.docx", p.j_contact_sheet("| Databehandler | Ingen | | |")),
            ("Protokoll_ledergruppen.pdf", p.j_minutes_scan(minutes, "Risikoscore ved utkobling")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "grid_operator",
            "contact_word_table",
            "processor_none_stated",
            "dpia_not_done",
            "part5_decision_without_dpia",
            "part5_scanned_minutes_pdf",
        ),
        "none",
        True,
        "none",
        "parts 2-5 missing: DPIA «ikke gjennomført»; minutes approve asking, not a DPIA",
        missing=(2, 3, 4, 5),
    )


J_PROC_DRONE = (
    "| Databehandler | Kjetil Aune, Luftlinje AS | 75 52 30 11 | kjetil@luftlinje.no |\n"
    "| Databehandler | Anni Virtanen, Visiongrid Oy | +358 9 4315 2260 | "
    "anni.virtanen@visiongrid.fi |"
)


def p040() -> Case:
    body = txt(
        """
        Til Datatilsynet

        Vedlagt anmodning om forhåndsdrøftelse for droneinspeksjon med KI-bildeanalyse:
        kontaktark, DPIA og protokoll fra ledergruppen.
        """
    )
    msg = message(
        "p040",
        p.J_FROM,
        "Anmodning om forhåndsdrøftelse – droneinspeksjon",
        when(12, 4, 11, 25),
        body + "\n" + p.J_SIGNATURE,
        attachments=[
            ("Kontaktark.docx", p.j_contact_sheet(J_PROC_DRONE)),
            ("DPIA_droneinspeksjon.pdf", p.j_dpia(t.J_DRONE)),
            ("Protokoll_ledergruppen_skannet.pdf", b""),
        ],
    )
    return msg, Label(
        "nb",
        (
            "grid_operator",
            "contact_word_table",
            "processor_contact_table",
            "phone_foreign",
            "dpia_report_pdf",
            "zero_byte_minutes",
        ),
        "pgp_mime",
        True,
        "used",
        "only part 5 missing: the scanned minutes file is zero bytes",
        missing=(5,),
    )


def p041() -> Case:
    topic = t.A_CAMP
    minutes = (
        "Hovedstyret behandlet vurderingen i møte 5. november 2026 (sak HS 42/26). "
        "Organisasjonsrådgiveren presenterte funn og restrisiko; innspill fra leirlederne, "
        "foreldrerepresentanter og personvernombudet ble gjennomgått. Vedtak: Hovedstyret "
        "godkjenner vurderingen av personvernkonsekvenser og ber om forhåndsdrøftelse. "
        "Protokollen er signert av Sigve Tjelta og Marit Lende."
    )
    doc = to_docx(
        f"""
~ Misjonsmenigheten i Norge, org.nr. 971 330 125
~ Kirkegata 14, 4006 Stavanger

# Anmodning om forhåndsdrøftelse – helseskjema for leirer (revidert)

# Kontaktpunkter

{p.a_contacts(A_PROC_LEIRSYS)}

# Vedlegg A: Beskrivelse

{topic.what}

{topic.scope}

{topic.flow}

# Vedlegg B: Nødvendighet og forholdsmessighet

{topic.need}

{topic.proportional}

{p.bullets(topic.safeguards)}

# Vedlegg C: Risiko

| Risiko | Nivå | Tiltak |
{p.risk_rows(topic)}

Vurdert, men ikke innført: {topic.not_done}

# Vedlegg D: Hovedstyrets behandling

{minutes}
"""
    )
    body = txt(
        """
        Til Datatilsynet

        Revidert anmodning for helseskjema (ny leverandørkontakt). Alt ligger i ett dokument.
        """
    )
    msg = message(
        "p041",
        p.A_FROM,
        "Revidert anmodning – helseskjema leirer",
        when(12, 4, 13, 0),
        body + "\n" + p.A_SIGNATURE,
        attachments=[("Anmodning_helseskjema_revidert.docx", doc)],
    )
    return msg, Label(
        "nb",
        (
            "church_denomination",
            "one_docx_everything",
            "contact_word_table",
            "dpo_external_firm",
            "processor_contact_table",
            "phone_foreign",
            "headings_appendix_letters",
            "part5_paragraph_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete; all five parts in one DOCX with «Vedlegg A-D» headings",
    )


def p042() -> Case:
    dpo = "| Personvernombud | Ola Brattebø, Personvern i Kirken SA | | |"
    letter = p.a_letter(
        "Anmodning om forhåndsdrøftelse – direktestrømming i nye menigheter",
        "Vi utvider strømmingen til 20 nye menigheter og ber om forhåndsdrøftelse.",
        p.a_contacts(A_PROC_STROM, dpo_row=dpo),
    )
    minutes = p.a_minutes(
        "26. november 2026",
        "48/26 PVK – utvidet strømming",
        "Sekretariatet presenterte vurderingen med funn og restrisiko. Innspill fra "
        "menighetsrådene og personvernombudet ble gjennomgått.\n\nVedtak: Vurderingen "
        "godkjennes, og det bes om forhåndsdrøftelse.",
    )
    msg = message(
        "p042",
        p.A_FROM,
        "Forhåndsdrøftelse – strømming, nye menigheter",
        when(12, 4, 14, 10),
        "Til Datatilsynet\n\nVedlagt anmodning med vedlegg.\n\n" + p.A_SIGNATURE,
        attachments=[
            ("Folgebrev.docx", letter),
            ("PVK.docx", p.a_dpia(t.A_STREAM)),
            ("Protokoll_HS_48-26.pdf", minutes),
        ],
    )
    return msg, Label(
        "nb",
        (
            "church_denomination",
            "contact_word_table",
            "p1_dpo_name_only",
            "processor_contact_table",
            "dpia_report_docx",
            "part5_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "part 1 missing: DPO row has name and firm, phone and e-mail cells empty",
        missing=(1,),
    )


def p043() -> Case:
    body = p.b_body(
        t.B_CAMERA,
        approval=(
            "Styret handsama DPIA-en 18. november 2026. HMS-leiar la fram funn og restrisiko, "
            "og innspel frå tillitsvalde og personvernombodet. Styret godkjende vurderinga og "
            "bad om førehandsdrøfting."
        ),
    )
    body += "Databehandlar for programvara er AquaSense ASA.\n\n" + p.B_SIGNATURE
    msg = message(
        "p043", p.B_FROM, "Førehandsdrøfting – kamera, lokalitet Hareid", when(11, 23, 7, 40), body
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "all_in_body",
            "headings_caps_in_body",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "p1_processor_no_contact",
            "part5_paragraph_in_mail",
        ),
        "inline",
        True,
        "used",
        "part 1 missing: processor AquaSense ASA named without any contact",
        missing=(1,),
    )


def p044() -> Case:
    minutes = (
        "HMS-leiar la fram vurderinga av personvernkonsekvensar for alkoholtesting, med funn og "
        "restrisiko. Innspel frå tillitsvalde, verneombodet og personvernombodet vart "
        "gjennomgått.\nVedtak: Styret godkjenner vurderinga og ber om førehandsdrøfting."
    )
    body = txt(
        f"""
        Hei igjen

        Som lova: styret har no handsama saka om alkoholtesting. Vedlagt er DPIA-en og
        møteboka (foto). Kontaktperson er eg. {p.B_DPO} Ingen databehandlar.
        """
    )
    msg = message(
        "p044",
        p.B_FROM,
        "Førehandsdrøfting – alkoholtesting, med møtebok",
        when(11, 19, 8, 5),
        body + "\n" + p.B_SIGNATURE,
        attachments=[
            ("DPIA_alkoholtesting.docx", p.b_dpia(t.B_ALCOHOL)),
            ("Motebok_styret.jpg", p.b_minutes_photo(minutes)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "aquaculture",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "processor_none_stated",
            "dpia_report_docx",
            "headings_nynorsk",
            "part5_photographed_minutes",
        ),
        "none",
        True,
        "none",
        "complete; alcohol testing; nynorsk DPIA and photographed minutes",
    )


def p045() -> Case:
    approval = (
        "Forbundsstyret gikk gjennom vurderingen 12. november 2026 (sak 101/26). "
        "Organisasjonssekretæren presenterte funn og restrisiko; streikekomiteen, "
        "avdelingslederne og personvernombudet ga innspill. Vedtak: Vurderingen godkjennes, og "
        "forbundet anmoder om forhåndsdrøftelse."
    )
    pdf = p.c_pdf(t.C_STRIKE, processor="Forbundet bruker ingen databehandler.", approval=approval)
    body = (
        txt(
            """
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for streikeregisteret, nå med risikovurderingen
        i selve dokumentet.
        """
        )
        + "\n"
        + p.C_LABELS
        + "\n"
        + p.C_SIGNATURE
    )
    msg = message(
        "p045",
        p.C_FROM,
        "Forhåndsdrøftelse – streikeregister (oppdatert)",
        when(12, 1, 8, 30),
        body,
        attachments=[("Anmodning_streikeregister_v2.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            "trade_union",
            "contact_label_value",
            "org_number_address",
            "one_pdf_everything",
            "headings_question",
            "processor_none_stated",
            "part5_paragraph_in_dpia",
            "disclaimer_footer",
        ),
        "none",
        True,
        "none",
        "complete; strike register with check-in positions; no processor",
    )


def p046() -> Case:
    need = (
        "Vurderingen av nødvendighet og forholdsmessighet er ikke gjennomført ennå. Juridisk "
        "avdeling ferdigstiller den i desember, og den ettersendes."
    )
    approval = (
        "Landsstyret behandler vurderingen når vurderingen av nødvendighet er ferdig, "
        "trolig i mars 2027."
    )
    pdf = p.c_pdf(
        t.C_DEDUCT,
        processor="Databehandler er Lønnsbro AS ved Geir Holt, tlf. 22 40 18 90, "
        "geir.holt@lonnsbro.no.",
        need=need,
        approval=approval,
    )
    body = (
        txt("""
        Hei,

        Vedlagt anmodning om forhåndsdrøftelse for kontingenttrekk i region Vest.
        """)
        + "\n"
        + p.C_LABELS
        + "\n"
        + p.C_SIGNATURE
    )
    msg = message(
        "p046",
        p.C_FROM,
        "Anmodning om forhåndsdrøftelse – kontingenttrekk Vest",
        when(12, 1, 9, 50),
        body,
        attachments=[("Anmodning_Vest.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            "trade_union",
            "contact_label_value",
            "one_pdf_everything",
            "headings_question",
            "processor_contact_in_dpia",
            "part3_not_done",
            "part3_will_follow",
            "part5_future_meeting",
        ),
        "pgp_mime",
        True,
        "used",
        "parts 3 and 5 missing: necessity not done, landsstyret later",
        missing=(3, 5),
    )


def p047() -> Case:
    html = html_from_text(
        "Hei\n\nVi melder et avvik etter artikkel 33. En bærbar PC med journalutdrag for om lag "
        "400 dyreeiere ble stjålet fra en bil i Tromsø 28. november. PC-en var kryptert, men "
        "passordet lå i vesken. Vi har varslet de berørte.\n\nMvh\nSiri Bakkevold\n"
        "Juridisk rådgiver | Vetlandia Dyreklinikker AS\nTlf. 400 18 772"
    )
    msg = message("p047", p.D_FROM, "Avviksmelding – stjålet PC", when(11, 29, 16, 45), html=html)
    return msg, Label(
        "nb",
        ("veterinary_chain", "nonrequest_breach_notification", "html_only_body"),
        "none",
        False,
        "unspecified",
        "not a request: breach notification (Art. 33)",
    )


def p048() -> Case:
    table = p.d_contact_table(
        (
            "Databehandler",
            "Nils Rue, Kredittsjekk Norden AS",
            "21 60 71 90",
            "nils.rue@kredittsjekk.no",
        )
    )
    msg = _d_msg(
        "p048",
        "Forhåndsdrøftelse – kredittvurdering (godkjent)",
        when(12, 2, 8, 50),
        table,
        [
            (
                "DPIA_kredittvurdering_godkjent.docx",
                p.d_dpia(t.D_DEBT, D_APPROVED.replace("04.11.2026", "01.12.2026")),
            ),
            ("Prisliste_2027.pdf", p.d_price_list()),
        ],
        "Hei! Ledergruppen har nå godkjent DPIA-en for kredittvurdering, og vi sender "
        "anmodningen komplett.",
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
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "complete; credit scoring of pet owners; signed-off table",
    )


def p049() -> Case:
    topic = t.E_HOUSEKEEPING
    contacts = (
        "| Role | Name | Phone | Email |\n"
        "| Contact person | Jonas Wik | +47 916 40 388 | jonas.wik@nordharbour.com |\n"
        "| DPO | Mette Holm Kristensen | +45 33 12 80 47 | dpo@nordharbour.com |\n"
        "| Processor | Jan Petersen, TrackWell GmbH | +49 40 3290 8812 | "
        "j.petersen@trackwell.de |"
    )
    markup = f"""
Dear Datatilsynet,

Nordharbour Hotels AS requests prior consultation under Article 36 for location badges for
housekeeping staff. Everything is in this e-mail.

# Contacts

{contacts}

# The processing

{topic.what}

{topic.scope}

{topic.flow}

# Necessity and proportionality

{topic.need}

{topic.proportional}

{p.bullets(topic.safeguards)}

# Risks

| Risk | Level | Mitigation |
{p.risk_rows(topic)}

Considered, not implemented: {topic.not_done}

# Management validation

The Executive Committee reviewed the DPIA on 17 November 2026. Findings and residual risk were
presented by the Head of Guest Systems; the union representative, the DPO and the hotel
managers gave input. The committee approved the DPIA and decided to request prior
consultation.

Kind regards, Jonas Wik, Head of Guest Systems & Compliance
"""
    msg = message(
        "p049",
        p.E_FROM,
        "Prior consultation – housekeeping location badges",
        when(11, 26, 15, 10),
        html=to_html(markup),
    )
    return msg, Label(
        "en",
        (
            "hotel_group",
            "html_only_body",
            "all_in_body",
            "html_contact_table",
            "phone_foreign",
            "part5_paragraph_in_mail",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; everything in an HTML-only mail with an HTML contact table",
    )


def p050() -> Case:
    body = txt(
        """
        Dear Datatilsynet,

        Attached are our contact sheet and DPIA for face-based room access at two further
        hotels. The Executive Committee sign-off will follow after its meeting on
        12 January 2027.
        """
    )
    proc = [
        "Processor",
        "FaceGate ApS",
        "Rasmus Dahl",
        "+45 70 22 81 15",
        "rasmus.dahl@facegate.dk",
    ]
    msg = message(
        "p050",
        p.E_FROM,
        "Prior consultation – face access, Tromsø and Ålesund",
        when(11, 30, 13, 40),
        body + "\n" + p.E_SIGNATURE + p.E_DISCLAIMER,
        attachments=[
            ("Contacts.xlsx", _e_contacts(proc)),
            ("DPIA_face_access.pdf", p.e_dpia(t.E_FACE)),
        ],
    )
    return msg, Label(
        "en",
        (
            "hotel_group",
            "contact_xlsx",
            "dpia_report_pdf",
            "phone_foreign",
            "part5_will_follow",
            "part5_future_meeting",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: sign-off «will follow» after 12 January",
        missing=(5,),
    )


def p051() -> Case:
    body = txt(
        """
        Kjære kolleger

        NIAL inviterer til frokostseminar «Personvern i aldringsforskning» 21. januar 2027.
        Tema: samtykkekompetanse, sensorer i hjemmet, DPIA og forhåndsdrøftelse med
        Datatilsynet – hva må med? Påmelding på nial.no/seminar innen 10. januar.
        """
    )
    msg = message(
        "p051",
        p.F_FROM,
        "Invitasjon: Personvern i aldringsforskning",
        when(12, 1, 12, 0),
        body + "\n" + p.F_SIGNATURE,
    )
    return msg, Label(
        "nb",
        ("research_institute_elderly", "nonrequest_newsletter", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: seminar invitation",
    )


def p052() -> Case:
    contacts = p.F_CONTACTS + " Prosjektet bruker ingen databehandler."
    report = p.f_report(t.F_LINK, contacts=contacts)
    approval = to_pdf(
        "# Direktørens beslutning\n\n" + p.f_decision_text(t.F_LINK.title).replace("\n", "\n\n"),
        title="Beslutning",
    )
    body = txt(
        """
        Til Datatilsynet

        Vedlagt er NIAL-rapporten for koblingsprosjektet (med kontaktopplysninger på side 1,
        og risikovurderingen nå ferdig) og direktørens beslutning.
        """
    )
    msg = message(
        "p052",
        p.F_FROM,
        "Forhåndsdrøftelse – kobling med IPLOS (komplett)",
        when(12, 3, 10, 0),
        body + "\n" + p.F_SIGNATURE,
        attachments=[
            ("NIAL-rapport_kobling_v2.pdf", report),
            ("Direktorens_beslutning.pdf", approval),
        ],
    )
    return msg, Label(
        "nb",
        (
            "research_institute_elderly",
            "contact_page_in_dpia",
            "dpo_external_firm",
            "processor_none_stated",
            "dpia_report_pdf",
            "part5_signed_letter",
            "resubmission_complete",
        ),
        "none",
        True,
        "none",
        "complete; contacts on the report's first page, director's decision as text PDF",
    )


def p053() -> Case:
    topic = t.G_PSYCH
    brochure = to_pdf(
        "# Talentbro – slik jobber vi\n\nVi finner de rette kandidatene for deg. Over 20 års "
        "erfaring, 40 konsulenter og kontorer i Oslo, Bergen og Trondheim.\n\n"
        "- Lederrekruttering\n- Kundesenter og salg\n- Interim",
        title="Brosjyre",
    )
    body = txt(
        """
        Hei,

        Her er anmodningen om forhåndsdrøftelse for personlighetstester, nå med godkjenning
        fra ledergruppen.
        """
    )
    msg = message(
        "p053",
        p.G_FROM,
        "Forhåndsdrøftelse – personlighetstester (med del 5)",
        when(12, 4, 8, 15),
        body + "\n" + p.G_SIGNATURE,
        attachments=[
            ("1_Kontaktinformasjon.docx", p.g_contacts(G_PROC_PSYKO)),
            ("2_Beskrivelse_av_behandlingen.pdf", brochure),
            ("3_Nodvendighet.docx", p.g_necessity(topic)),
            ("4_Risiko.xlsx", p.g_risk(topic)),
            ("5_Ledelsens_validering.pdf", p.g_approval("1. desember 2026", G_APPROVAL)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "file_per_part",
            "wrong_file_description",
            "contact_word_table",
            "risk_register_xlsx",
            "part5_minutes_pdf",
            "processor_contact_table",
        ),
        "none",
        True,
        "used",
        "part 2 missing: «2_Beskrivelse» is the company brochure",
        missing=(2,),
    )


def p054() -> Case:
    topic = t.G_VIDEO
    body = txt(
        """
        Hei,

        Vi sender del 1-4 for KI-analyse av videointervjuer (ny versjon av verktøyet).
        Ledergruppen har ikke behandlet vurderingen ennå; del 5 kommer så snart den foreligger.
        """
    )
    msg = message(
        "p054",
        p.G_FROM,
        "Forhåndsdrøftelse – videointervjuer v2",
        when(12, 4, 9, 45),
        body + "\n" + p.G_SIGNATURE,
        attachments=[
            ("1_Kontaktinformasjon.docx", p.g_contacts(G_PROC_HIRELENS)),
            ("2_Beskrivelse.rtf", p.g_description(topic)),
            ("3_Nodvendighet.docx", p.g_necessity(topic)),
            ("4_Risiko.xlsx", p.g_risk(topic)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "recruitment_agency",
            "file_per_part",
            "rtf",
            "contact_word_table",
            "risk_register_xlsx",
            "phone_foreign",
            "processor_contact_table",
            "part5_will_follow",
        ),
        "pgp_mime",
        True,
        "used",
        "only part 5 missing: management has not reviewed, part 5 to follow",
        missing=(5,),
    )


def p055() -> Case:
    inner = _h_inner(
        "Her er PVK-en for automatisk lekkasjevarsling.",
        [
            ("PVK_lekkasjevarsling.odt", p.h_dpia(t.H_LEAK, odt=True)),
            ("Styreprotokoll.jpg", p.h_minutes_photo(H_MINUTES_OK)),
        ],
        when(12, 4, 7, 30),
    )
    body = txt(
        f"""
        Til Datatilsynet

        Vi sender anmodningen om forhåndsdrøftelse for lekkasjevarsling på nytt, nå med
        personvernombudet. Kontaktperson er undertegnede. {p.H_DPO}
        Ingen databehandler.
        """
    )
    msg = message(
        "p055",
        p.H_FROM,
        "VS: Forhåndsdrøftelse – lekkasjevarsling (korrigert)",
        when(12, 4, 8, 0),
        body + "\n" + p.H_SIGNATURE,
        forwarded=("Forhandsdroftelse.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "water_utility",
            "forwarded_rfc822",
            "odt",
            "contact_is_sender_stated",
            "dpo_prose",
            "processor_none_stated",
            "part5_photographed_minutes",
            "resubmission_complete",
        ),
        "none",
        True,
        "none",
        "complete; ODT DPIA and JPEG minutes inside a forwarded .eml",
    )


def p056() -> Case:
    risk = "Risikovurderingen er ikke gjennomført – planlagt i første kvartal 2027."
    body = txt(
        f"""
        Til Datatilsynet

        Midtfjord Vann IKS ber om forhåndsdrøftelse for fjernavleste vannmålere i
        Haukås kommune. Kontaktperson er undertegnede. {p.H_DPO} Ingen databehandler.
        Styret behandler vurderingen når risikovurderingen er ferdig.
        """
    )
    msg = message(
        "p056",
        p.H_FROM,
        "Forhåndsdrøftelse – vannmålere Haukås",
        when(12, 4, 10, 30),
        body + "\n" + p.H_SIGNATURE,
        attachments=[("PVK_vannmalere_Haukas.docx", p.h_dpia(t.H_METER, risk=risk))],
    )
    return msg, Label(
        "nb",
        (
            "water_utility",
            "contact_is_sender_stated",
            "dpo_prose",
            "processor_none_stated",
            "dpia_report_docx",
            "part4_not_done",
            "part5_future_meeting",
        ),
        "none",
        True,
        "none",
        "parts 4 and 5 missing: risk «ikke gjennomført», board later",
        missing=(4, 5),
    )


def p057() -> Case:
    board = "Pending – board sign-off will follow after the board meeting on 14 January 2027."
    proc = (
        "Processor: Nimbus Hosting GmbH, Frankfurt – Katrin Bauer, +49 69 2601 5580, "
        "k.bauer@nimbus-hosting.de."
    )
    body = txt(
        f"""
        Hi,

        Following up on our earlier request, here is the DPIA for message scanning in the
        new group-chat feature. I am the contact. {p.I_DPO}
        """
    )
    msg = message(
        "p057",
        p.I_FROM,
        "Prior consultation – group chat scanning",
        when(12, 2, 16, 0),
        body + "\n" + p.I_SIGNATURE,
        attachments=[("DPIA_group_chat.docx", p.i_dpia(t.I_MODERATION, board, proc))],
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
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: board sign-off pending",
        missing=(5,),
    )


def p058() -> Case:
    inner = message(
        "inner58",
        "Henrik Aas <henrik@glimtapp.com>",
        "Travel safety – approved",
        when(12, 3, 18, 0),
        txt(
            """
            Sofie,

            The board approved the travel-safety DPIA today (see the updated document,
            section «What did the board decide?»). Please send it to Datatilsynet.

            Henrik Aas, CEO
            """
        ),
        attachments=[
            (
                "DPIA_travel_safety_v2.docx",
                p.i_dpia(t.I_MATCH, I_BOARD, "No processor is involved."),
            )
        ],
        to="sofie@glimtapp.com",
    )
    body = txt(
        f"""
        Hi Datatilsynet,

        Forwarding our CEO's e-mail with the approved DPIA for travel safety mode. This
        replaces our earlier request. I am the contact (below). {p.I_DPO}
        """
    )
    msg = message(
        "p058",
        p.I_FROM,
        "Fwd: Travel safety – approved",
        when(12, 4, 9, 20),
        body + "\n" + p.I_SIGNATURE,
        forwarded=("Travel_safety_approved.eml", inner),
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "forwarded_rfc822",
            "contact_is_sender_stated",
            "dpo_external_firm",
            "processor_none_stated",
            "dpia_report_docx",
            "part5_paragraph_in_dpia",
            "resubmission_complete",
        ),
        "none",
        True,
        "none",
        "complete; CEO's mail forwarded as .eml with the approved DPIA",
    )


def p059() -> Case:
    topic = t.J_DEBT
    body = txt(
        f"""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – risikoscore ved manglende betaling

        Behandlingsansvarlig: Nordvang Nett AS
        Org.nr.: 913 066 205
        Adresse: Postboks 310, 8001 Bodø
        Kontaktperson: Espen Haldorsen, informasjonssikkerhetsleder
        Telefon: 991 27 604
        E-post: espen.haldorsen@nordvangnett.no
        Personvernombud: Tone Kvarv
        Telefon: 75 50 82 40
        E-post: personvernombud@nordvangnett.no
        Databehandler: ingen databehandler

        Beskrivelse:
        {topic.what}
        {topic.scope}
        {topic.flow}

        Nødvendighet og proporsjonalitet:
        {topic.need} {topic.proportional}
        Tiltak: {" ".join(topic.safeguards)}

        Risiko: Sårbare kunder kan bli koblet ut uten at situasjonen deres er kjent
        (høy). Tiltak: manuell vurdering og kontakt med NAV før utkobling. Scoren kan
        bygge på feil betalingsdata (middels). Tiltak: kunden kan se og rette grunnlaget.
        Vurdert, men
        ikke gjennomført: {topic.not_done}

        Ledelsens validering: DPIA-en ble nå gjennomført i november og lagt fram for
        ledergruppen 1. desember 2026 med funn og restrisiko. Innspill fra kundeforum,
        NAV-kontaktene og personvernombudet ble gjennomgått. Ledergruppen godkjente DPIA-en
        og vedtok å be om forhåndsdrøftelse.
        """
    )
    msg = message(
        "p059",
        p.J_FROM,
        "Anmodning om forhåndsdrøftelse – risikoscore",
        when(12, 4, 14, 30),
        body + "\n" + p.J_SIGNATURE,
    )
    return msg, Label(
        "nb",
        (
            "grid_operator",
            "all_in_body",
            "contact_label_value",
            "org_number_address",
            "processor_none_stated",
            "part5_paragraph_in_mail",
            "long_signature_many_phones",
        ),
        "inline",
        True,
        "none",
        "complete; whole request as label-value lines in a plain mail",
    )


def p060() -> Case:
    sheet = to_odt(
        "# Kontaktark\n\n"
        "| Rolle | Navn | Telefon | E-post |\n"
        "| Kontaktperson | Espen Haldorsen | 991 27 604 | espen.haldorsen@nordvangnett.no |\n"
        "| Personvernombud | Tone Kvarv | 75 50 82 40 | personvernombud@nordvangnett.no |\n"
        + J_PROC_DRONE
    )
    body = txt(
        """
        Til Datatilsynet

        Vi sender anmodningen om droneinspeksjon på nytt; protokollfilen var dessverre tom
        sist. Kontaktark (ODT), DPIA og skannet protokoll er vedlagt.
        """
    )
    msg = message(
        "p060",
        p.J_FROM,
        "SV: Anmodning om forhåndsdrøftelse – droneinspeksjon",
        when(12, 4, 15, 0),
        body + "\n" + p.J_SIGNATURE,
        attachments=[
            ("Kontaktark.odt", sheet),
            ("DPIA_droneinspeksjon.pdf", p.j_dpia(t.J_DRONE)),
            ("Protokoll_61-26.pdf", p.j_minutes_scan(J_MINUTES_OK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "grid_operator",
            "odt",
            "contact_odt_table",
            "processor_contact_table",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_scanned_minutes_pdf",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "complete resubmission; ODT contact sheet, scanned minutes",
    )
