# ruff: noqa: E501
"""Cases of senders F–J (Fjordbanken, Transnordic Logistics, Puls Trening, Høgskolen i Østmark,
Trygt Hjem Forsikring). One function per case; it returns the message and its label."""

from __future__ import annotations

from email.message import EmailMessage

import personas as ps
from kit import Label, message, text_table, to_docx, to_zip, txt, vcard, when
from topics import F1, F2, G1, G2, H1, H2, I1, I2, J1, J2, Topic

Case = tuple[EmailMessage, Label]

# ------------------------------------------------------------------------------------------
# F  Fjordbanken Sparebank
# ------------------------------------------------------------------------------------------

F_SHAPES = ("savings_bank", "formal_letter_mail")

F1_BOARD = """Juridisk rådgjevar Kristin Løkken og leiar for antikvitvask Solveig Myklebust la fram personvernkonsekvensvurderinga (versjon 1.3) for maskinlæringsbasert transaksjonsovervaking.

Hovudfunn: høg restrisiko for skeivskap i modellen og for at kunden ikkje kan få innsyn på grunn av teieplikta etter kvitvaskingslova. Dei andre risikoane er låge etter tiltak.

Internrevisjonen (notat 14.10.2026) og personvernombodet har gjeve innspel; tilrådinga om kvartalsvis test for skeivskap er teken inn. Finanstilsynet sine merknader frå tilsynet i 2025 er omtala i vurderinga. Dei tilsette sine tillitsvalde er orienterte.

Vedtak: Styret sluttar seg til vurderinga, aksepterer restrisikoen og ber administrasjonen be Datatilsynet om førehandsdrøfting."""


def _f_mail(intro: str, listing: str) -> str:
    return f"Til Datatilsynet\n\n{intro}\n\n{listing}\n\n" + ps.F_SIGNATURE


F_LISTING = "Dokumentasjonen ligg i vedlagt ZIP-fil:\n01 Kontaktinformasjon\n02 Skildring av handsaminga\n03 Naudsyn og proporsjonalitet\n04 Risikovurdering (Excel)\n05 Utdrag frå styreprotokoll"


def f011() -> Case:
    """F1 complete, one file per part in a ZIP; board extract scanned."""
    files = {
        "01_Kontaktinformasjon.pdf": ps.f_contacts_pdf(
            ps.f_contact_rows(ps.F_MYKLEBUST, ps.F_KJERNE)
        ),
        "02_Skildring_av_handsaminga.docx": ps.f_part_docx(2, "Skildring av handsaminga", F1.desc),
        "03_Naudsyn_og_proporsjonalitet.docx": ps.f_part_docx(
            3, "Naudsyn og proporsjonalitet", F1.nec
        ),
        "04_Risikovurdering.xlsx": ps.f_risk_xlsx(F1.risks, F1.not_taken),
        "05_Utdrag_styreprotokoll.pdf": ps.f_board_scan(F1, "21.10.2026", "54/2026", F1_BOARD),
    }
    intro = "Førespurnad om førehandsdrøfting – maskinlæringsbasert transaksjonsovervaking\n\nFjordbanken Sparebank ber med dette om førehandsdrøfting etter personvernforordninga artikkel 36. Vurderinga av personvernkonsekvensar viser at det framleis er høg risiko knytt til skeivskap i modellen og til at kundane ikkje kan få innsyn, sjølv etter tiltaka."
    msg = message(
        "F011",
        ps.F_SENDER,
        "Førespurnad om førehandsdrøfting – transaksjonsovervaking",
        when(11, 2, 12, 30),
        _f_mail(intro, F_LISTING),
        attachments=[("Forhandsdrofting_Fjordbanken_transaksjonsovervaking.zip", to_zip(files))],
    )
    return msg, Label(
        "nn",
        (*F_SHAPES, "zip", "file_per_part", "risk_xlsx", "part5_scanned_minutes", "scanned_pdf"),
        "pgp_mime",
        True,
        "used",
        "complete; ZIP with one file per part; board extract scanned",
    )


def f031() -> Case:
    """F2 in a ZIP whose fifth file is the template placeholder."""
    files = {
        "01_Kontaktinformasjon.pdf": ps.f_contacts_pdf(ps.f_contact_rows(ps.F_HOLE, ps.F_VOICE)),
        "02_Skildring_av_handsaminga.docx": ps.f_part_docx(2, "Skildring av handsaminga", F2.desc),
        "03_Naudsyn_og_proporsjonalitet.docx": ps.f_part_docx(
            3, "Naudsyn og proporsjonalitet", F2.nec
        ),
        "04_Risikovurdering.xlsx": ps.f_risk_xlsx(F2.risks, F2.not_taken),
        "05_Styrevedtak.docx": to_docx(
            "# Vedlegg 5 – Styrevedtak\n\n~ Fjordbanken Sparebank\n\n[Set inn utdrag frå styreprotokollen her]"
        ),
    }
    intro = "Førespurnad om førehandsdrøfting – stemmebiometri i kundesenteret\n\nFjordbanken Sparebank ber om førehandsdrøfting for bruk av stemmebiometri til identifisering av kundar som ringjer kundesenteret. Etter tiltaka står det att ein høg risiko knytt til syntetiske stemmer (deepfake)."
    listing = F_LISTING.replace("05 Utdrag frå styreprotokoll", "05 Styrevedtak")
    msg = message(
        "F031",
        ps.F_SENDER,
        "Førespurnad om førehandsdrøfting – stemmebiometri",
        when(11, 12, 10, 5),
        _f_mail(intro, listing),
        attachments=[("Forhandsdrofting_stemmebiometri.zip", to_zip(files))],
    )
    return msg, Label(
        "nn",
        (*F_SHAPES, "zip", "file_per_part", "risk_xlsx", "thin_placeholder"),
        "none",
        True,
        "used",
        "05_Styrevedtak.docx holds only «[Set inn utdrag frå styreprotokollen her]»",
        (5,),
    )


def _f_single(topic: Topic, contact, processor, p2: str, p3: str, p4: str, p5: str) -> bytes:
    rows = ps.rows_markup(
        ("Rolle", "Namn", "Verksemd", "Telefon", "E-post"), ps.f_contact_rows(contact, processor)
    )
    markup = f"""
# Førespurnad om førehandsdrøfting – {topic.title}

~ Fjordbanken Sparebank, Hovudvegen 4, 6800 Førde

# 1 Kontaktinformasjon

{rows}

# 2 Skildring av handsaminga

{ps.doc(p2)}

# 3 Naudsyn og proporsjonalitet

{ps.doc(p3)}

# 4 Risikovurdering

{ps.doc(p4)}

# 5 Styrehandsaming

{ps.doc(p5)}
"""
    return to_docx(markup)


F_RISK_HEAD = ("Risiko", "Sannsyn", "Konsekvens", "Tiltak")


def f051() -> Case:
    """F2 resent as one document: risk as three rows, board line dated with case number."""
    docx = _f_single(
        F2,
        ps.F_HOLE,
        ps.F_VOICE,
        F2.desc,
        F2.nec,
        ps.rows_markup(F_RISK_HEAD, list(F2.risks_short)),
        "Styret handsama DPIA-en 3.12.2026, sak 71/2026, og slutta seg til vurderinga og restrisikoen.",
    )
    intro = "Vi viser til førespurnaden vår av 12. november om stemmebiometri. Vedlegg 5 var ikkje fylt ut. For å gjere det enklare sender vi no eitt samla dokument med alle fem punkta, der risikovurderinga er korta ned til dei tre risikoane som styret la vekt på."
    msg = message(
        "F051",
        ps.F_SENDER,
        "SV: Førespurnad om førehandsdrøfting – stemmebiometri",
        when(12, 4, 9, 15),
        _f_mail(intro, "Vedlegg: Førehandsdrøfting stemmebiometri – samla dokument (Word)"),
        attachments=[("Førehandsdrøfting stemmebiometri - samla dokument.docx", docx)],
    )
    return msg, Label(
        "nn",
        (
            *F_SHAPES,
            "dpia_docx",
            "contact_table_in_dpia",
            "short_risk_table",
            "short_validation_line",
            "resubmission",
        ),
        "none",
        True,
        "used",
        "complete; resends F031; risk three rows with measures; board one dated line",
    )


def f012() -> Case:
    """F1 in a ZIP where the description and necessity files are short but real."""
    files = {
        "01_Kontaktinformasjon.pdf": ps.f_contacts_pdf(
            ps.f_contact_rows(ps.F_MYKLEBUST, ps.F_KJERNE)
        ),
        "02_Skildring_av_handsaminga.docx": ps.f_part_docx(
            2, "Skildring av handsaminga", F1.desc_short
        ),
        "03_Naudsyn_og_proporsjonalitet.docx": ps.f_part_docx(
            3, "Naudsyn og proporsjonalitet", F1.nec_short
        ),
        "04_Risikovurdering.xlsx": ps.f_risk_xlsx(F1.risks, F1.not_taken),
        "05_Utdrag_styreprotokoll.pdf": ps.f_board_scan(F1, "21.10.2026", "54/2026", F1_BOARD),
    }
    intro = "Førespurnad om førehandsdrøfting – transaksjonsovervaking med maskinlæring\n\nFjordbanken Sparebank ber om førehandsdrøfting etter artikkel 36. Restrisikoen for skeivskap og for manglande innsyn er framleis høg."
    msg = message(
        "F012",
        ps.F_SENDER,
        "Førehandsdrøfting – maskinlæring i transaksjonsovervakinga",
        when(11, 9, 11, 50),
        _f_mail(intro, F_LISTING),
        attachments=[("Fjordbanken_forhandsdrofting.zip", to_zip(files))],
    )
    return msg, Label(
        "nn",
        (
            *F_SHAPES,
            "zip",
            "file_per_part",
            "risk_xlsx",
            "part5_scanned_minutes",
            "scanned_pdf",
            "short_description",
            "short_necessity",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; description file one paragraph; necessity file three sentences with a tested alternative",
    )


def f032() -> Case:
    """Not a request: notice of a new DPO."""
    body = (
        txt("""
        Til Datatilsynet

        Melding om nytt personvernombod i Fjordbanken Sparebank

        Ivar Nygard går av som personvernombod 31. desember 2026. Nytt personvernombod frå 1. januar 2027 er Randi Sølvberg, tlf. 57 72 30 98, randi.solvberg@fjordbanken.no.

        Endringa er også meld i Altinn. Ta gjerne kontakt om de treng noko meir.

    """)
        + "\n"
        + ps.F_SIGNATURE
    )
    msg = message(
        "F032",
        ps.F_SENDER,
        "Melding om nytt personvernombod – Fjordbanken Sparebank",
        when(12, 1, 14, 2),
        body,
    )
    return msg, Label(
        "nn",
        ("savings_bank", "all_in_body", "nonrequest_dpo_notification"),
        "none",
        False,
        "unspecified",
        "notice of a new DPO",
    )


# The description without the background on fraud cases, which belongs to the (missing) necessity.
F2_DESC_52 = F2.desc.replace(
    " I dag identifiserer vi kunden med fødselsnummer og to kontrollspørsmål. Svindlarar har fleire gonger klart å svare rett, og vi hadde 23 saker i 2025 der nokon fekk endra telefonnummer eller auka grenser på andre si konto.",
    " Kunden vert i dag identifisert med fødselsnummer og to kontrollspørsmål.",
)


def f052() -> Case:
    """F2 in one document with a TBD necessity and a board treatment still to come."""
    docx = _f_single(
        F2,
        ps.F_HOLE,
        ps.F_VOICE,
        F2_DESC_52,
        "TBD",
        ps.rows_markup(F_RISK_HEAD, list(F2.risks)) + "\n\n" + F2.not_taken,
        "Vert handsama i styremøtet 16. desember.",
    )
    intro = "Fjordbanken Sparebank ber om førehandsdrøfting for stemmebiometri i kundesenteret. Vi sender no for å kome i gang med saka."
    msg = message(
        "F052",
        ps.F_SENDER,
        "Førehandsdrøfting – stemmebiometri i kundesenteret",
        when(11, 30, 15, 12),
        _f_mail(intro, "Vedlegg: Førehandsdrøfting stemmebiometri (Word)"),
        attachments=[("Førehandsdrøfting stemmebiometri.docx", docx)],
    )
    return msg, Label(
        "nn",
        (*F_SHAPES, "dpia_docx", "contact_table_in_dpia", "thin_placeholder", "thin_deferred"),
        "none",
        True,
        "used",
        "necessity «TBD»; board «Vert handsama i styremøtet 16. desember.»",
        (3, 5),
    )


# ------------------------------------------------------------------------------------------
# G  Transnordic Logistics Norway AS
# ------------------------------------------------------------------------------------------

G_SHAPES = (
    "logistics_group",
    "foreign_owned_subsidiary",
    "dpia_docx",
    "contact_table_in_dpia",
    "phone_foreign",
    "group_template_parts",
)


def _g_mail(text: str, signer) -> str:
    return txt(text) + "\n" + ps.g_signature(signer)


def f013() -> Case:
    """G1: description, necessity and approval each in a few real words."""
    pa = ps.g_contact_block(
        [
            ("Contact person", ps.G_LINDGREN),
            ("Data Protection Officer", ps.G_DPO),
            ("Processor", ps.G_CABSENSE),
        ]
    )
    docx = ps.g_docx(
        G1,
        "1.2",
        pa,
        G1.desc_short,
        G1.nec_short,
        ps.g_risks(G1.risks, G1.not_taken),
        "Approved by the Transnordic Norway Management Team, 4 Nov 2026 (minutes MT-2026-37).",
    )
    body = _g_mail(
        """
        Hi,

        Please find attached our DPIA for in-cab driver monitoring, which we submit as a request for prior consultation under Article 36 GDPR. In our view the residual risk of clips being used for discipline and of drivers being filmed while resting is still high.

    """,
        ps.G_LINDGREN,
    )
    msg = message(
        "F013",
        ps.G_SENDER,
        "Prior consultation request – driver monitoring cameras",
        when(11, 10, 7, 45),
        body,
        attachments=[("DPIA Driver monitoring v1.2.docx", docx)],
    )
    return msg, Label(
        "en",
        (*G_SHAPES, "short_description", "short_necessity", "short_validation_line"),
        "none",
        True,
        "used",
        "complete; description one paragraph, necessity two sentences weighing alternatives, approval one dated line",
    )


def f033() -> Case:
    """G2: DPO 'to be confirmed', necessity restates itself; risk short but real."""
    pa = ps.g_contact_block(
        [
            ("Contact person", ps.G_NOWAK),
            ("Data Protection Officer", "To be confirmed – the DPO role is moving to group level"),
            ("Processor", ps.G_PICKRATE),
        ]
    )
    docx = ps.g_docx(
        G2,
        "1.0",
        pa,
        G2.desc,
        "We consider the processing necessary and proportionate for the purposes set out in Part B.",
        ps.g_risks(G2.risks_short),
        "Signed off by Jørgen Wahl, Managing Director, on 12 November 2026 after review in the management team with the safety delegate present.",
    )
    body = _g_mail(
        """
        Dear Datatilsynet,

        Transnordic Logistics Norway AS requests prior consultation for performance tracking in our Alnabru warehouse. The DPIA is attached.

    """,
        ps.G_NOWAK,
    )
    msg = message(
        "F033",
        "Tomasz Nowak <tomasz.nowak@transnordic.no>",
        "Request for prior consultation – warehouse performance tracking",
        when(11, 13, 14, 22),
        body,
        attachments=[("DPIA Warehouse performance tracking v1.0.docx", docx)],
    )
    return msg, Label(
        "en",
        (
            *G_SHAPES,
            "short_risk_table",
            "thin_placeholder",
            "thin_heading_restated",
            "p1_dpo_missing",
        ),
        "none",
        True,
        "used",
        "DPO «To be confirmed»; necessity only «We consider the processing necessary and proportionate…»; risk three rows real; sign-off dated",
        (1, 3),
    )


def f053() -> Case:
    """Not a request: which authority should receive the prior consultation?"""
    body = _g_mail(
        """
        Dear Sir or Madam,

        Transnordic Logistics Norway AS is a subsidiary of Transnordic Logistics B.V. in Rotterdam. We have completed a DPIA for AI-based driver monitoring cameras in our Norwegian trucks, and the residual risk is high.

        Before we submit anything, we would like to know whether the request for prior consultation should go to Datatilsynet or to the Autoriteit Persoonsgegevens as lead authority. Decisions on the system are taken by the Norwegian management team, but the group DPO is in Rotterdam and the vendor is Dutch.

        We would appreciate your guidance on this point. We have not attached the DPIA.

    """,
        ps.G_LINDGREN,
    )
    msg = message(
        "F053",
        ps.G_SENDER,
        "Question: competent authority for prior consultation (Norwegian subsidiary of Dutch group)",
        when(10, 30, 16, 10),
        body,
    )
    return msg, Label(
        "en",
        ("logistics_group", "foreign_owned_subsidiary", "all_in_body", "nonrequest_question"),
        "pgp_mime",
        False,
        "used",
        "asks which authority is competent; no documentation",
    )


G2_MINUTES = """Extract from the minutes of the Management Team meeting, 25 November 2026, item 4: DPIA warehouse performance tracking (v1.3).

Presented by Tomasz Nowak (Terminal Manager) and Sanne de Vries (Group DPO).

Findings: stress from real-time scores and use of scores in renewals of temporary contracts remain the main risks; stress is rated high after mitigation.

Stakeholders: safety delegate and union (Fellesforbundet) consulted 21 October 2026; their demand for no ranking lists and for break zones to be excluded is implemented. The staffing agency has accepted the clause on contract renewals.

Decision: the Management Team approves the DPIA and accepts the residual risk, subject to prior consultation with Datatilsynet and an evaluation with the union after six months.

Jørgen Wahl, Managing Director"""


def f014() -> Case:
    """G2 with Part E left as TBC."""
    pa = ps.g_contact_block(
        [
            ("Contact person", ps.G_NOWAK),
            ("Data Protection Officer", ps.G_DPO),
            ("Processor", ps.G_PICKRATE),
        ]
    )
    docx = ps.g_docx(G2, "1.2", pa, G2.desc, G2.nec, ps.g_risks(G2.risks, G2.not_taken), "TBC")
    body = _g_mail(
        """
        Hello,

        Attached is our request for prior consultation with the DPIA on performance tracking of warehouse staff at Alnabru.

    """,
        ps.G_NOWAK,
    )
    msg = message(
        "F014",
        "Tomasz Nowak <tomasz.nowak@transnordic.no>",
        "Prior consultation – warehouse performance tracking (DPIA v1.2)",
        when(11, 17, 10, 31),
        body,
        attachments=[("DPIA Warehouse performance tracking v1.2.docx", docx)],
    )
    return msg, Label(
        "en",
        (*G_SHAPES, "thin_placeholder"),
        "none",
        True,
        "used",
        "Part E «Approval» holds only «TBC»",
        (5,),
    )


def f034() -> Case:
    """G2 resent with Part E as an extract of the management team's minutes."""
    pa = ps.g_contact_block(
        [
            ("Contact person", ps.G_NOWAK),
            ("Data Protection Officer", ps.G_DPO),
            ("Processor", ps.G_PICKRATE),
        ]
    )
    docx = ps.g_docx(G2, "1.3", pa, G2.desc, G2.nec, ps.g_risks(G2.risks, G2.not_taken), G2_MINUTES)
    body = _g_mail(
        """
        Hello again,

        Further to our e-mail of 17 November: Part E (approval) is now completed with the extract of the management team's minutes. Version 1.3 is attached and replaces version 1.2.

    """,
        ps.G_NOWAK,
    )
    msg = message(
        "F034",
        "Tomasz Nowak <tomasz.nowak@transnordic.no>",
        "RE: Prior consultation – warehouse performance tracking – DPIA v1.3",
        when(11, 26, 13, 3),
        body,
        attachments=[("DPIA Warehouse performance tracking v1.3.docx", docx)],
    )
    return msg, Label(
        "en",
        (*G_SHAPES, "part5_minutes_paragraph", "resubmission"),
        "none",
        True,
        "used",
        "complete; resends F014 with minutes extract",
    )


def f054() -> Case:
    """G1: processor contact only 'as per the DPA'; risk section a bare rating."""
    pa = ps.g_contact_block(
        [
            ("Contact person", ps.G_LINDGREN),
            ("Data Protection Officer", ps.G_DPO),
            ("Processor", "CabSense B.V. – contact details as per the DPA (Annex 2)"),
        ]
    )
    docx = ps.g_docx(
        G1,
        "1.1",
        pa,
        G1.desc,
        G1.nec,
        "Residual risk: low. No further measures required.",
        "Approved by the Transnordic Norway Management Team on 4 November 2026 (MT-2026-37).",
    )
    body = _g_mail(
        """
        Hi,

        We hereby request prior consultation for driver monitoring cameras in our truck fleet. DPIA attached.

    """,
        ps.G_LINDGREN,
    )
    msg = message(
        "F054",
        ps.G_SENDER,
        "Prior consultation – in-cab driver monitoring",
        when(11, 5, 8, 20),
        body,
        attachments=[("DPIA Driver monitoring v1.1.docx", docx)],
    )
    return msg, Label(
        "en",
        (
            *G_SHAPES,
            "thin_pointer_elsewhere",
            "thin_assurance",
            "short_validation_line",
            "p1_processor_missing",
        ),
        "none",
        True,
        "used",
        "processor contact «as per the DPA (Annex 2)», DPA not sent; risk only «Residual risk: low. No further measures required.»",
        (1, 4),
    )


# ------------------------------------------------------------------------------------------
# H  Puls Trening AS
# ------------------------------------------------------------------------------------------

H_SHAPES = (
    "fitness_chain",
    "all_in_body",
    "headings_lowercase_in_body",
    "contact_is_sender_stated",
)
H_RISK_HEAD = ("risiko", "sannsynlighet", "konsekvens", "tiltak")


def _h_contacts(processor) -> str:
    return txt(f"""
        kontakt: meg (Kristoffer Dahl, daglig leder, {ps.H_DAHL.phone}, {ps.H_DAHL.email})
        personvernombud: Mari Haugland, {ps.H_DPO.phone}, {ps.H_DPO.email}
        databehandler: {processor.org} v/ {processor.name}, {processor.phone}, {processor.email}
    """)


H1_DESC_55 = """Puls Trening AS har 9 treningssentre i Bergen og omegn og ca. 14 000 medlemmer. Vi vil at medlemmene skal kunne sjekke inn med ansiktet.

Medlemmet registrerer seg med en selfie i appen. Det lages en ansiktsmal som lagres hos FaceGate AS (databehandler). Ved døren tar et kamera et bilde, malen sammenlignes, og døren åpnes.

Opplysninger: ansiktsmal (biometri), medlemsnummer, tidspunkt og senter for innsjekk, og selfien (slettes når malen er laget). Bildet ved døren slettes etter sammenligningen.

Mottakere: ingen utenfor FaceGate og oss. Ansatte i kundeservice ser bare innsjekkloggen som i dag.

Lagring: malen slettes når medlemmet melder seg ut, og innsjekkloggen etter 6 måneder."""


def f055() -> Case:
    """H1: the necessity heading answered with a bare yes."""
    body = (
        txt("""
        Hei Datatilsynet!

        Vi i Puls Trening ønsker forhåndsdrøftelse for ansiktsgjenkjenning ved innsjekk. Vi har gjort en DPIA med hjelp fra personvernombudet vårt, og risikoen for medlemmene er fortsatt høy på noen punkter.

        hvem
        """)
        + _h_contacts(ps.H_FACEGATE)
        + "\nhva vi skal gjøre\n"
        + H1_DESC_55
        + "\n\ntrenger vi dette?\nJa – vi mener det er både nødvendig og forholdsmessig.\n\nrisiko\n"
        + text_table([H_RISK_HEAD, *H1.risks])
        + "\ngodkjent\nStyret godkjente vurderingen i styremøtet 30. oktober (sak 9/26).\n\n"
        + ps.H_SIGNATURE
    )
    card = vcard(
        "Kristoffer Dahl",
        "Puls Trening AS",
        "Daglig leder",
        "+47 936 11 245",
        "kristoffer@pulstrening.no",
    )
    msg = message(
        "F055",
        ps.H_SENDER,
        "forhåndsdrøftelse ansiktsgjenkjenning",
        when(11, 3, 22, 48),
        body,
        attachments=[("Kristoffer Dahl.vcf", card)],
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "thin_assurance", "short_validation_line", "plain_text_table", "vcard"),
        "none",
        True,
        "used",
        "necessity only «Ja – vi mener det er både nødvendig og forholdsmessig.»",
        (3,),
    )


def f015() -> Case:
    """H1 resent short: every part in a few words with substance."""
    body = (
        txt("""
        Hei igjen,

        Her er forespørselen om forhåndsdrøftelse for ansiktsgjenkjenning på nytt. Mari (personvernombudet) sa at forrige versjon manglet en ordentlig vurdering av om dette er nødvendig, så jeg har skrevet det inn og kortet ned resten.

        """)
        + "\n"
        + _h_contacts(ps.H_FACEGATE)
        + f"\nhva: {H1.desc_short}\n\nhvorfor: {H1.nec_short}\n\nrisiko etter tiltak:\n"
        + text_table([H_RISK_HEAD, *H1.risks_short])
        + "\ngodkjent: Styret godkjente vurderingen på styremøtet 30. oktober (sak 9/26).\n\n"
        + ps.H_SIGNATURE
    )
    msg = message(
        "F015",
        ps.H_SENDER,
        "forhåndsdrøftelse ansiktsgjenkjenning – ny versjon",
        when(11, 18, 21, 5),
        body,
    )
    return msg, Label(
        "nb",
        (
            *H_SHAPES,
            "short_description",
            "short_necessity",
            "short_risk_table",
            "short_validation_line",
            "plain_text_table",
            "resubmission",
        ),
        "inline",
        True,
        "used",
        "complete; resends F055 with every part short but real",
    )


def f035() -> Case:
    """H2: the description says who will write it."""
    body = (
        txt("""
        Hei,

        Vi ønsker forhåndsdrøftelse for KI-kameraene vi vil sette opp i treningssalene.

        """)
        + "\n"
        + _h_contacts(ps.H_VAKT)
        + "\nhva vi skal gjøre\nKommer – Sindre i IT skriver denne delen når Vaktsenter Øst har sendt oss den tekniske beskrivelsen.\n\n"
        + f"hvorfor\n{H2.nec_short}\n\nrisiko\n"
        + text_table([H_RISK_HEAD, *H2.risks_short])
        + "\ngodkjent\nStyret behandlet vurderingen 27. november (sak 12/26) og sa ja.\n\n"
        + ps.H_SIGNATURE
    )
    msg = message(
        "F035", ps.H_SENDER, "forhåndsdrøftelse – kamera i treningssal", when(11, 28, 19, 30), body
    )
    return msg, Label(
        "nb",
        (
            *H_SHAPES,
            "thin_who_will_write",
            "short_necessity",
            "short_risk_table",
            "short_validation_line",
            "plain_text_table",
        ),
        "inline",
        True,
        "used",
        "description «Kommer – Sindre i IT skriver denne delen…»; necessity, risk and approval short but real",
        (2,),
    )


def f016() -> Case:
    """H2 short: every part in a few words with substance."""
    body = (
        txt("""
        Hei,

        Puls Trening ber om forhåndsdrøftelse for kameraer med bildeanalyse i treningssalene på ubemannet tid.

        """)
        + "\n"
        + _h_contacts(ps.H_VAKT)
        + f"\nhva: {H2.desc_short}\n\nhvorfor: {H2.nec_short}\n\nrisiko etter tiltak:\n"
        + text_table([H_RISK_HEAD, *H2.risks_short])
        + "\ngodkjent: Gjennomgått og godkjent av styret 27.11.2026, sak 12/26.\n\n"
        + ps.H_SIGNATURE
    )
    msg = message(
        "F016", ps.H_SENDER, "forhåndsdrøftelse KI-kamera ubemannet tid", when(12, 1, 22, 14), body
    )
    return msg, Label(
        "nb",
        (
            *H_SHAPES,
            "short_description",
            "short_necessity",
            "short_risk_table",
            "short_validation_line",
            "plain_text_table",
        ),
        "inline",
        True,
        "used",
        "complete; every part short but real",
    )


def f036() -> Case:
    """H1: the risk part is a feeling of comfort."""
    body = (
        txt("""
        Hei,

        Vi vil gjerne ha forhåndsdrøftelse for ansiktsgjenkjenning ved innsjekk på sentrene våre.

        """)
        + "\n"
        + _h_contacts(ps.H_FACEGATE)
        + "\nhva vi skal gjøre:\n"
        + H1.desc.strip()
        + "\n\nhvorfor:\n"
        + H1.nec.strip()
        + "\n\nrisiko: Vi har gått gjennom risikoen sammen med FaceGate og er komfortable med den.\n\n"
        + "godkjent: Styret, 30.10.2026 (sak 9/26).\n\n"
        + ps.H_SIGNATURE
    )
    msg = message(
        "F036", ps.H_SENDER, "ansiktsgjenkjenning – forhåndsdrøftelse", when(11, 6, 23, 2), body
    )
    return msg, Label(
        "nb",
        (*H_SHAPES, "thin_assurance", "short_validation_line"),
        "inline",
        True,
        "used",
        "risk only «Vi har gått gjennom risikoen sammen med FaceGate og er komfortable med den.»",
        (4,),
    )


H1_BOARD = """Utdrag fra protokoll, styremøte i Puls Trening AS 30. oktober 2026, sak 9/26: Ansiktsgjenkjenning ved innsjekk – vurdering av personvernkonsekvenser.

Daglig leder og personvernombudet la fram vurderingen. Hovedfunn: lav sannsynlighet men høy konsekvens hvis ansiktsmaler lekker; restrisikoen vurderes som høy fordi det er biometri i stor skala.

Medlemsundersøkelsen (1 240 svar, september 2026) viste at 38 % var negative til ansiktsgjenkjenning. Styret la vekt på dette, og tiltaket er derfor frivillig, og brikken beholdes til samme pris. FaceGate har bekreftet at malene lagres i Norge.

Vedtak: Styret godkjenner vurderingen og restrisikoen og ber daglig leder be om forhåndsdrøftelse hos Datatilsynet.

Signert: Trude Rønning (styreleder), Kristoffer Dahl, Arve Lid"""


def f056() -> Case:
    """H1 resent with a full DPIA written by a consultant."""
    markup = f"""
# Vurdering av personvernkonsekvenser (DPIA) – ansiktsgjenkjenning ved innsjekk

~ Puls Trening AS
~ Utarbeidet med bistand fra Personvernhjelpen AS, november 2026

# 1 Innledning

Dokumentet beskriver og vurderer innføring av ansiktsgjenkjenning ved innsjekk på Puls Trening sine sentre, etter personvernforordningen artikkel 35.

# 2 Beskrivelse av behandlingen

{ps.doc(H1.desc)}

# 3 Nødvendighet og proporsjonalitet

{ps.doc(H1.nec)}

Proporsjonalitet: bare medlemmer som selv velger det, registreres; selfien slettes straks; dørbildet slettes etter sammenligningen; malen kan ikke gjøres om til et bilde; medlemmet kan trekke samtykket i appen, og da slettes malen innen 24 timer.

# 4 Risikovurdering

{ps.rows_markup(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), list(H1.risks))}

{H1.not_taken}

# 5 Styrets behandling

{H1_BOARD}
"""
    body = (
        txt("""
        Hei,

        Vi har fått hjelp av Personvernhjelpen AS til å skrive en skikkelig DPIA for ansiktsgjenkjenningen, og sender den her sammen med forespørselen om forhåndsdrøftelse. Den erstatter det jeg sendte 6. november.

        """)
        + "\n"
        + _h_contacts(ps.H_FACEGATE)
        + "\n"
        + ps.H_SIGNATURE
    )
    msg = message(
        "F056",
        ps.H_SENDER,
        "Forhåndsdrøftelse – ansiktsgjenkjenning, full DPIA",
        when(11, 24, 8, 58),
        body,
        attachments=[("DPIA ansiktsgjenkjenning Puls Trening.docx", to_docx(markup))],
    )
    return msg, Label(
        "nb",
        (
            "fitness_chain",
            "contact_is_sender_stated",
            "dpia_docx",
            "part5_minutes_paragraph",
            "resubmission",
            "risk_table_in_document",
        ),
        "none",
        True,
        "used",
        "complete; resends F036 with a consultant's DPIA and the board extract",
    )


# ------------------------------------------------------------------------------------------
# I  Høgskolen i Østmark
# ------------------------------------------------------------------------------------------

I_SHAPES = (
    "university_college",
    "cover_letter_docx",
    "contact_table_docx",
    "dpia_pdf",
    "phone_foreign",
)

I1_BOARD = """Vurderingen ble lagt fram for rektoratet 3. november 2026 (RM-sak 104/26) av seksjonssjef eksamen og personvernombudet.

Funn: høy restrisiko for feilaktig fuskemistanke og for at opptak viser sensitive forhold i studentens hjem; de øvrige risikoene er redusert til middels eller lav.

Interessenter: Studentparlamentet (uttalelse 20.10.2026) og studentombudet ble hørt. Studentparlamentet krevde at hjemmeeksamen skal være frivillig og at studenten skal få se opptaket før en fuskesak – begge deler er tatt inn. Eksamenskontoret har vurdert kapasiteten til å gjennomgå flagg.

Beslutning: Rektoratet godkjenner vurderingen, aksepterer restrisikoen og ber om forhåndsdrøftelse med Datatilsynet før løsningen tas i bruk."""

I2_BOARD = """Vurderingen ble behandlet i rektoratet 17. november 2026 (RM-sak 109/26). Studiedirektøren presenterte vurderingen og funnene: høy risiko for at studentene opplever seg sporet, middels for feilklassifisering.

Studentparlamentet ba om reservasjonsrett og om at faglærere ikke skal se indikatoren; begge deler er tatt inn. Tillitsvalgte for studieveilederne er hørt.

Beslutning: Rektoratet godkjenner vurderingen og restrisikoen og ber om forhåndsdrøftelse."""


def _i_sig(date: str) -> list[tuple[str, str, str, str]]:
    return [
        ("Rektor", "Hilde Aasen", date, "Signert elektronisk"),
        ("Studiedirektør", "Sverre Nymoen", date, "Signert elektronisk"),
    ]


def _i_mail(ref: str, text: str) -> str:
    return txt(text) + f"\nVår ref.: {ref}\n\n" + ps.I_ARCHIVE_FOOTER


I1_SUMMARY = (
    I1.summary
    + " Vurderingen viser at risikoen for feilaktig fuskemistanke og for innsyn i studentens hjem fortsatt er høy etter tiltakene."
)
I2_SUMMARY = (
    I2.summary
    + " Risikoen for at studentene opplever seg sporet på campus er fortsatt høy etter tiltakene."
)


def f017() -> Case:
    """I1 complete at length; the management section with findings and a signature table."""
    cover = ps.i_cover(
        I1,
        "2026/2231",
        "04.11.2026",
        ps.I_FJELDSTAD,
        ps.I_PROCTORLY,
        ["Vurdering av personvernkonsekvenser – hjemmeeksamen med overvåking (PDF)"],
    )
    pdf = ps.i_dpia(
        I1,
        I1_SUMMARY,
        I1.desc,
        I1.nec,
        ps.i_risks(I1.risks, I1.not_taken),
        I1_BOARD,
        _i_sig("03.11.2026"),
    )
    body = _i_mail(
        "2026/2231",
        """
        Til Datatilsynet

        Vedlagt oversendes anmodning om forhåndsdrøftelse fra Høgskolen i Østmark, med følgebrev og vurdering av personvernkonsekvenser.

    """,
    )
    msg = message(
        "F017",
        ps.I_SENDER,
        "Anmodning om forhåndsdrøftelse – hjemmeeksamen med overvåking (vår ref. 2026/2231)",
        when(11, 4, 13, 15),
        body,
        attachments=[
            ("Følgebrev - anmodning om forhåndsdrøftelse.docx", cover),
            ("DPIA hjemmeeksamen med overvåking.pdf", pdf),
        ],
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "part5_signoff_table", "part5_minutes_paragraph", "risk_table_in_document"),
        "none",
        True,
        "used",
        "complete; long parts; rektoratet with findings, stakeholders, decision and signatures",
    )


def f037() -> Case:
    """Not a request: a request for access to documents under the Freedom of Information Act."""
    body = txt("""
        Hei,

        Med hjemmel i offentleglova ber jeg om innsyn i Datatilsynets korrespondanse og avgjørelser i saker om forhåndsdrøftelse som gjelder overvåking av digitale hjemmeeksamener (proctoring) ved universiteter og høyskoler, fra 2024 og fram til i dag.

        Jeg ber særlig om postjournalen for slike saker og eventuelle endelige svarbrev. Dokumentene ønskes tilsendt elektronisk.

        Bakgrunnen er et forskningsprosjekt om digital eksamen.

        Vennlig hilsen
        Jon Aslaksen
        førsteamanuensis, Institutt for pedagogikk
        Høgskolen i Østmark
        tlf. 62 51 72 40
    """)
    msg = message(
        "F037",
        "Jon Aslaksen <jon.aslaksen@hiost.no>",
        "Innsynsbegjæring – forhåndsdrøftelser om eksamensovervåking",
        when(11, 16, 10, 2),
        body,
    )
    return msg, Label(
        "nb",
        ("university_college", "all_in_body", "nonrequest_foi_request"),
        "none",
        False,
        "unspecified",
        "freedom of information request about other institutions' cases",
    )


def f057() -> Case:
    """I2 whose management section is a blank signature table."""
    cover = ps.i_cover(
        I2,
        "2026/2390",
        "20.11.2026",
        ps.I_NYMOEN,
        ps.I_UNIANALYSE,
        ["Vurdering av personvernkonsekvenser – oppmøteregistrering og læringsanalyse (PDF)"],
    )
    blank = [
        ("Rektor", "______________", "__.__.____", "______________"),
        ("Studiedirektør", "______________", "__.__.____", "______________"),
    ]
    pdf = ps.i_dpia(
        I2, I2_SUMMARY, I2.desc, I2.nec, ps.i_risks(I2.risks, I2.not_taken), "Godkjent av:", blank
    )
    body = _i_mail(
        "2026/2390",
        """
        Til Datatilsynet

        Vedlagt følger anmodning om forhåndsdrøftelse fra Høgskolen i Østmark om oppmøteregistrering via campusnettet.

    """,
    )
    msg = message(
        "F057",
        ps.I_SENDER,
        "Anmodning om forhåndsdrøftelse – oppmøteregistrering og læringsanalyse (vår ref. 2026/2390)",
        when(11, 20, 14, 44),
        body,
        attachments=[
            ("Følgebrev forhåndsdrøftelse oppmøte.docx", cover),
            ("DPIA oppmøteregistrering.pdf", pdf),
        ],
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "thin_placeholder", "signoff_table_blank", "risk_table_in_document"),
        "pgp_mime",
        True,
        "used",
        "«Behandling i ledelsen»: «Godkjent av:» and a signature table of blank lines",
        (5,),
    )


def f018() -> Case:
    """I2 complete at length."""
    cover = ps.i_cover(
        I2,
        "2026/2390",
        "19.11.2026",
        ps.I_NYMOEN,
        ps.I_UNIANALYSE,
        ["Vurdering av personvernkonsekvenser – oppmøteregistrering og læringsanalyse (PDF)"],
    )
    pdf = ps.i_dpia(
        I2,
        I2_SUMMARY,
        I2.desc,
        I2.nec,
        ps.i_risks(I2.risks, I2.not_taken),
        I2_BOARD,
        _i_sig("17.11.2026"),
    )
    body = _i_mail(
        "2026/2390",
        """
        Til Datatilsynet

        Vedlagt oversendes anmodning om forhåndsdrøftelse om oppmøteregistrering via campusnettet og læringsanalyse, med følgebrev og DPIA.

    """,
    )
    msg = message(
        "F018",
        ps.I_SENDER,
        "Anmodning om forhåndsdrøftelse – oppmøteregistrering via campusnettet",
        when(11, 19, 12, 26),
        body,
        attachments=[
            ("Følgebrev - forhåndsdrøftelse.docx", cover),
            ("DPIA oppmøteregistrering og læringsanalyse.pdf", pdf),
        ],
    )
    return msg, Label(
        "nb",
        (*I_SHAPES, "part5_signoff_table", "part5_minutes_paragraph", "risk_table_in_document"),
        "none",
        True,
        "used",
        "complete; long parts",
    )


def f038() -> Case:
    """I1 whose description section names the office that will fill it in."""
    cover = ps.i_cover(
        I1,
        "2026/2231",
        "09.11.2026",
        ps.I_FJELDSTAD,
        ps.I_PROCTORLY,
        ["Vurdering av personvernkonsekvenser (PDF)"],
    )
    pdf = ps.i_dpia(
        I1,
        I1_SUMMARY,
        "Fylles ut av Seksjon for eksamen.",
        I1.nec,
        ps.i_risks(I1.risks, I1.not_taken),
        I1_BOARD,
        _i_sig("03.11.2026"),
    )
    body = _i_mail(
        "2026/2231",
        """
        Til Datatilsynet

        Oversendes på vegne av studiedirektøren: anmodning om forhåndsdrøftelse for hjemmeeksamen med overvåking.

    """,
    )
    msg = message(
        "F038",
        ps.I_SENDER,
        "Forhåndsdrøftelse – digital hjemmeeksamen med overvåking",
        when(11, 9, 9, 7),
        body,
        attachments=[("Følgebrev.docx", cover), ("DPIA hjemmeeksamen.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            *I_SHAPES,
            "thin_who_will_write",
            "part5_signoff_table",
            "part5_minutes_paragraph",
            "risk_table_in_document",
        ),
        "none",
        True,
        "used",
        "description section only «Fylles ut av Seksjon for eksamen.»; summary has one sentence on the processing",
        (2,),
    )


def f058() -> Case:
    """I1 resent: description one paragraph, management one dated line."""
    cover = ps.i_cover(
        I1,
        "2026/2231",
        "12.11.2026",
        ps.I_FJELDSTAD,
        ps.I_PROCTORLY,
        ["Vurdering av personvernkonsekvenser, revidert (PDF)"],
        "Dette erstatter oversendelsen av 9. november, der beskrivelsen av behandlingen ikke var kommet med.",
    )
    pdf = ps.i_dpia(
        I1,
        I1_SUMMARY,
        I1.desc_short,
        I1.nec,
        ps.i_risks(I1.risks, I1.not_taken),
        "Rektoratet behandlet DPIA-en 10.11.2026 (RM-sak 112/26) og godkjente den.",
    )
    body = _i_mail(
        "2026/2231",
        """
        Til Datatilsynet

        Vedlagt følger revidert anmodning om forhåndsdrøftelse for hjemmeeksamen med overvåking.

    """,
    )
    msg = message(
        "F058",
        ps.I_SENDER,
        "Revidert anmodning om forhåndsdrøftelse – hjemmeeksamen (vår ref. 2026/2231)",
        when(11, 12, 15, 37),
        body,
        attachments=[("Følgebrev revidert.docx", cover), ("DPIA hjemmeeksamen revidert.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (
            *I_SHAPES,
            "short_description",
            "short_validation_line",
            "resubmission",
            "risk_table_in_document",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; resends F038; description one paragraph; approval one dated line",
    )


# ------------------------------------------------------------------------------------------
# J  Trygt Hjem Forsikring AS
# ------------------------------------------------------------------------------------------

J_SHAPES = ("insurance", "contact_label_lines", "org_number", "dpia_pdf", "disclaimer_footer")

J2_BOARD = """Compliance manager Elin Bakke og personvernombud Jostein Rød presenterte DPIA for svindelanalyse i skadeoppgjør (versjon 1.2).

Hovedfunn: høy restrisiko for at uskyldige kunder mistenkes gjennom nettverkskoblinger, og for at søk i sosiale medier går for langt. Øvrige risikoer er middels etter tiltak.

Innspill fra etterforskningsenheten, kundeombudet og de ansattes tillitsvalgte er vurdert. Kundeombudets ønske om at kunden skal få beskjed når saken tas ut til kontroll, er tatt inn.

Vedtak: Styret godkjenner vurderingen og restrisikoen og ber administrasjonen anmode Datatilsynet om forhåndsdrøftelse."""


def _j_mail(intro: str, contacts: str, after: str = "") -> str:
    return (
        f"Til Datatilsynet\n\n{intro}\n\n{contacts}\n{after}"
        + ("\n\n" if after else "")
        + ps.J_SIGNATURE
    )


def f019() -> Case:
    """J1: the approval is one dated line in the mail; the risk table three rows."""
    pdf = ps.j_pdf(
        J1,
        J1.desc,
        J1.nec,
        ps.rows_markup(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), list(J1.risks_short)),
        "Se følgebrevet (e-post).",
    )
    after = "Vurderingen ble gjennomgått og godkjent av konsernledelsen 5. november 2026 (sak KL 77/26)."
    body = _j_mail(
        "Trygt Hjem Forsikring AS ber om forhåndsdrøftelse for bilforsikringsproduktet «Trygg Sjåfør», der premien påvirkes av kjørestil målt i en app. DPIA vedlagt.",
        ps.j_contact_lines(ps.J_BERGE, ps.J_DRIVE),
        after,
    )
    msg = message(
        "F019",
        ps.J_SENDER,
        "Anmodning om forhåndsdrøftelse – telematikk i bilforsikring («Trygg Sjåfør»)",
        when(11, 11, 12, 40),
        body,
        attachments=[("DPIA Trygg Sjåfør.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        (*J_SHAPES, "short_risk_table", "short_validation_line", "part5_in_mail_body"),
        "none",
        True,
        "used",
        "complete; approval one dated line in the mail (konsernledelsen, sak KL 77/26); risk three rows",
    )


def f039() -> Case:
    """J2: the processor's contact person 'on request'."""
    pdf = ps.j_pdf(
        J2,
        J2.desc,
        J2.nec,
        "Risikovurderingen er i vedlagt risikomatrise (Excel).",
        "Styret behandlet vurderingen 10. november 2026, se vedlagt utdrag av protokollen.",
    )
    contacts = ps.j_contact_lines(
        ps.J_BAKKE,
        "Mønster Analytics AS (org.nr. 921 554 007) – kontaktperson oppgis på forespørsel.",
    )
    body = _j_mail(
        "Vi ber om forhåndsdrøftelse for svindelanalyse i skadeoppgjør. Vedlagt følger DPIA, risikomatrise og utdrag av styreprotokoll.",
        contacts,
    )
    msg = message(
        "F039",
        ps.J_SENDER,
        "Forhåndsdrøftelse – svindelanalyse i skadeoppgjør",
        when(11, 18, 9, 50),
        body,
        attachments=[
            ("DPIA svindelanalyse.pdf", pdf),
            ("Risikomatrise svindelanalyse.xlsx", ps.j_matrix(J2.risks, J2.not_taken)),
            (
                "Utdrag styreprotokoll 10.11.2026.pdf",
                ps.j_board_pdf(J2, "10. november 2026", "41/26", J2_BOARD),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (*J_SHAPES, "risk_xlsx", "part5_board_extract", "thin_on_request", "p1_processor_missing"),
        "none",
        True,
        "used",
        "processor contact «oppgis på forespørsel»",
        (1,),
    )


def f059() -> Case:
    """J2 resent with the processor's contact."""
    pdf = ps.j_pdf(
        J2,
        J2.desc,
        J2.nec,
        "Risikovurderingen er i vedlagt risikomatrise (Excel).",
        "Styret behandlet vurderingen 10. november 2026, se vedlagt utdrag av protokollen.",
    )
    contacts = ps.j_contact_lines(ps.J_BAKKE, ps.J_MONSTER)
    body = _j_mail(
        "Vi viser til vår anmodning av 18. november om forhåndsdrøftelse for svindelanalyse i skadeoppgjør. Kontaktperson hos databehandler manglet. Vi sender derfor alt på nytt med fullstendige kontaktopplysninger.",
        contacts,
    )
    msg = message(
        "F059",
        ps.J_SENDER,
        "SV: Forhåndsdrøftelse – svindelanalyse i skadeoppgjør",
        when(11, 23, 15, 6),
        body,
        attachments=[
            ("DPIA svindelanalyse.pdf", pdf),
            ("Risikomatrise svindelanalyse.xlsx", ps.j_matrix(J2.risks, J2.not_taken)),
            (
                "Utdrag styreprotokoll 10.11.2026.pdf",
                ps.j_board_pdf(J2, "10. november 2026", "41/26", J2_BOARD),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (*J_SHAPES, "risk_xlsx", "part5_board_extract", "resubmission"),
        "none",
        True,
        "used",
        "complete; resends F039 with the processor's contact",
    )


def f020() -> Case:
    """J1 whose management section says the board knows about it."""
    pdf = ps.j_pdf(J1, J1.desc, J1.nec, "Se vedlagt risikomatrise.", "Styret er kjent med saken.")
    body = _j_mail(
        "Trygt Hjem Forsikring AS ber om forhåndsdrøftelse for «Trygg Sjåfør» – bilforsikring med kjørestilsmåling. Vedlagt: DPIA og risikomatrise.",
        ps.j_contact_lines(ps.J_BERGE, ps.J_DRIVE),
    )
    msg = message(
        "F020",
        ps.J_SENDER,
        "Forhåndsdrøftelse – «Trygg Sjåfør» (telematikk)",
        when(11, 4, 11, 11),
        body,
        attachments=[
            ("DPIA Trygg Sjåfør v1.0.pdf", pdf),
            ("Risikomatrise Trygg Sjåfør.xlsx", ps.j_matrix(J1.risks, J1.not_taken)),
        ],
    )
    return msg, Label(
        "nb",
        (*J_SHAPES, "risk_xlsx", "thin_assurance"),
        "none",
        True,
        "used",
        "«Ledelsens behandling»: «Styret er kjent med saken.»",
        (5,),
    )


def f040() -> Case:
    """J2 short version: description, necessity and risk each short but real; board extract."""
    pdf = ps.j_pdf(
        J2,
        J2.desc_short,
        J2.nec_short,
        ps.rows_markup(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), list(J2.risks_short)),
        "Se utdrag av styreprotokoll 10.11.2026, sak 41/26.",
    )
    body = _j_mail(
        "Trygt Hjem Forsikring AS ber om forhåndsdrøftelse for svindelanalyse i skadeoppgjør.",
        ps.j_contact_lines(ps.J_BAKKE, ps.J_MONSTER),
        "Vedlegg: DPIA i kortversjon (PDF) og utdrag av styreprotokoll (PDF).",
    )
    msg = message(
        "F040",
        ps.J_SENDER,
        "Anmodning om forhåndsdrøftelse – svindelanalyse",
        when(11, 14, 10, 27),
        body,
        attachments=[
            ("DPIA svindelanalyse kortversjon.pdf", pdf),
            (
                "Styreprotokoll sak 41-26.pdf",
                ps.j_board_pdf(J2, "10. november 2026", "41/26", J2_BOARD),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            *J_SHAPES,
            "part5_board_extract",
            "short_description",
            "short_necessity",
            "short_risk_table",
        ),
        "none",
        True,
        "used",
        "complete; description one paragraph, necessity three sentences weighing alternatives, risk three rows",
    )


def f060() -> Case:
    """Not a request: a reply in an inspection case, with the DPIA the authority asked for."""
    pdf = ps.j_pdf(
        J1,
        J1.desc,
        J1.nec,
        ps.rows_markup(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), list(J1.risks)),
        "Godkjent av konsernledelsen 5. november 2026 (sak KL 77/26).",
    )
    body = _j_mail(
        "Svar på varsel om tilsyn – deres ref. 26/03310\n\nVi viser til varsel om tilsyn datert 2. november 2026. Som dere ba om i punkt 3 i varselet, vedlegger vi vår vurdering av personvernkonsekvenser for «Trygg Sjåfør» og risikomatrisen.\n\nSvar på punkt 1, 2 og 4 følger i eget brev innen fristen. Vi ber om at fristen for punkt 5 (oversikt over utleveringer til politiet) forlenges til 15. januar 2027.",
        ps.j_contact_lines(ps.J_BERGE, ps.J_DRIVE),
    )
    msg = message(
        "F060",
        ps.J_SENDER,
        "Svar på varsel om tilsyn – deres ref. 26/03310",
        when(11, 27, 14, 31),
        body,
        attachments=[
            ("DPIA Trygg Sjåfør.pdf", pdf),
            ("Risikomatrise Trygg Sjåfør.xlsx", ps.j_matrix(J1.risks, J1.not_taken)),
        ],
    )
    return msg, Label(
        "nb",
        ("insurance", "nonrequest_inspection_reply", "dpia_attached_other_case"),
        "none",
        False,
        "used",
        "reply in an inspection case with the DPIA attached as asked; not a request for prior consultation",
    )
