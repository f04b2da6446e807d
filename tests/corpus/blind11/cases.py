"""The 60 cases of blind11 (q001-q060): each sender has three odd and three even ids.

Sender slots: A q001 q002 q021 q022 q041 q042, B q003 q004 q023 q024 q043 q044, … J q019 q020
q039 q040 q059 q060.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

from build import Spec, build, nonrequest
from kit import Label, quoted, to_pdf

Case = Callable[[], tuple[EmailMessage, Label]]


def date_of(n: int) -> tuple[int, int, int, int]:
    """16 November - 4 December 2026, office hours, spread over the ids."""
    off = (n - 1) * 18 // 59
    day = 16 + off
    month, day = (11, day) if day <= 30 else (12, day - 30)
    return month, day, 8 + (n * 7) % 8, (n * 13) % 60


PGP = {1, 3, 7, 9, 15, 19, 23, 29, 33, 45, 2, 4, 12, 14, 18, 28, 30, 36, 50, 58}
INLINE = {5, 6, 24, 25}


def enc(n: int) -> str:
    return "pgp_mime" if n in PGP else "inline" if n in INLINE else "none"


SPECS: dict[int, dict[str, object]] = {
    # --- A: Vevstua Klær (clothing retail, nb)
    1: dict(
        sender="A",
        topic=0,
        contacts="word_table",
        pack="docx",
        p5="signoff_table",
        note="complete; Word contact sheet incl. Finnish processor; sign-off table in DPIA",
        shapes=("phone_foreign",),
    ),
    2: dict(
        sender="A",
        topic=1,
        contacts="word_table",
        pack="docx",
        p5="signoff_table",
        miss={5: "pending"},
        say={5: "Til behandling i ledergruppen"},
        note="only part 5 missing: sign-off table with no date, CEO row «Til behandling»",
        shapes=("signoff_table_pending",),
    ),
    21: dict(
        sender="A",
        topic=0,
        contacts="label_value",
        pack="pdf",
        p5="minutes_pdf",
        miss={5: "say"},
        say={
            5: "Styret behandler vurderingen 12. januar. Utskrift av"
            " protokollen sendes dere etter møtet."
        },
        note="only part 5 missing: board protocol to be sent after 12 January",
        shapes=("part5_future_meeting", "processor_block_orgnr_address"),
    ),
    22: dict(
        sender="A",
        topic=1,
        contacts="label_value",
        pack="pdf",
        p5="minutes_pdf",
        note="complete; processor block with org no and address before the person; "
        "board minutes with agenda item; a campaign brochure attached as noise",
        extra=(
            (
                "Høstkampanje_2026.pdf",
                to_pdf(
                    "# Høstkampanje 2026\n\nUll og tweed til halv pris i alle butikker fra 1."
                    " oktober. Medlemmer i Vevstua Venn får 10 % ekstra."
                ),
            ),
        ),
        shapes=("processor_block_orgnr_address", "phone_foreign", "irrelevant_attachment"),
    ),
    42: dict(
        sender="A",
        topic=0,
        contacts="in_doc",
        pack="one_pdf",
        p5="signed_letter",
        note="complete; one PDF with contacts table; CEO-signed cover letter says the DPIA "
        "was reviewed and approved",
        shapes=("one_pdf_everything",),
    ),
    # --- B: NordParcel Logistics (courier, en)
    3: dict(
        sender="B",
        topic=0,
        contacts="html_table",
        pack="pdf",
        p5="ceo_fwd",
        miss={1: "dpo_name_only"},
        note="part 1 missing: DPO row in the HTML table has name only, phone/e-mail empty",
        shapes=("p1_dpo_name_only", "forwarded_rfc822", "disclaimer_footer"),
    ),
    4: dict(
        sender="B",
        topic=1,
        contacts="signature",
        pack="docx",
        p5="ceo_fwd",
        note="complete; contact in the signature, DPO and processor blocks in the body; "
        "CEO's approval mail forwarded as .eml",
        shapes=("forwarded_rfc822", "long_signature_many_phones", "phone_foreign"),
    ),
    23: dict(
        sender="B",
        topic=0,
        contacts="label_value",
        pack="pdf",
        p5="minutes_pdf",
        note="complete; label-value blocks with reg. no. and address; board minutes PDF",
        shapes=("processor_block_orgnr_address", "phone_foreign"),
    ),
    43: dict(
        sender="B",
        topic=1,
        contacts="label_value",
        pack="docx",
        p5="minutes_pdf",
        miss={4: "say", 5: "say"},
        say={
            4: "The risk analysis is still in progress with FleetSense and is not yet completed.",
            5: "Sign-off will be obtained once the risk analysis is done.",
        },
        note="parts 4 and 5 missing: risk analysis «still in progress», sign-off later",
        shapes=("part4_not_done", "part5_will_follow"),
    ),
    44: dict(
        sender="B",
        topic=0,
        contacts="label_value",
        pack="docx",
        p5="signoff_table",
        wrap="fwd",
        note="complete; request forwarded as .eml by the post room; sign-off "
        "table with CEO and DPO",
        shapes=("forwarded_rfc822", "processor_block_orgnr_address"),
    ),
    # --- C: Fjordingen Tidend (newspaper, nn)
    5: dict(
        sender="C",
        topic=0,
        contacts="signature",
        pack="body",
        p5="para",
        miss={3: "say", 5: "say"},
        say={
            3: "Vurderinga av naudsyn og proporsjonalitet kjem i eit eige brev frå"
            " redaktøren før jul.",
            5: "Styret tek stilling til heile vurderinga når brevet frå redaktøren ligg føre.",
        },
        note="parts 3 and 5 missing: necessity «kjem i eit eige brev», board later",
        shapes=("all_in_body", "part3_will_follow", "part5_future_meeting"),
    ),
    6: dict(
        sender="C",
        topic=1,
        contacts="prose",
        pack="body",
        p5="para",
        proc="none",
        note="complete; nynorsk plain mail, contacts in prose, board paragraph",
        shapes=("all_in_body", "processor_none_stated"),
    ),
    26: dict(
        sender="C",
        topic=1,
        contacts="label_value",
        pack="body",
        p5="minutes_photo",
        miss={2: "absent"},
        proc="unspecified",
        body_intro="Hei,\n\nSom varsla på telefon ber vi om førehandsdrøfting for"
        " tipsmottaket. Korleis løysinga verkar kjenner de frå"
        " pressemeldinga vår i oktober, så vi går rett på vurderingane.",
        note="part 2 missing: no description, only a reference to a press release",
        shapes=("all_in_body", "part5_photographed_minutes"),
    ),
    45: dict(
        sender="C",
        topic=0,
        contacts="word_table",
        pack="docx",
        p5="minutes_photo",
        proc="unspecified",
        note="complete; nynorsk DPIA DOCX; photographed board minutes",
        shapes=("headings_nynorsk", "part5_photographed_minutes"),
    ),
    46: dict(
        sender="C",
        topic=0,
        contacts="signature",
        pack="body",
        p5="minutes_photo",
        proc="none",
        note="complete; all in the body, contacts in signature blocks, photographed minutes",
        shapes=("all_in_body", "processor_none_stated"),
    ),
    # --- D: Aasheim Bygg & Anlegg (construction, nb)
    7: dict(
        sender="D",
        topic=0,
        contacts="label_value",
        pack="pdf",
        p5="signed_letter",
        note="complete; question headings; processor block with org no and address before "
        "the person; signed cover letter",
        shapes=("headings_question", "processor_block_orgnr_address"),
    ),
    27: dict(
        sender="D",
        topic=1,
        contacts="label_value",
        pack="docx",
        p5="para",
        miss={5: "say"},
        say={5: "Saken er forankret i ledelsen."},
        note="only part 5 missing: «forankret i ledelsen» mentioned in passing",
        shapes=("part5_passing_mention", "processor_block_orgnr_address"),
    ),
    28: dict(
        sender="D",
        topic=1,
        contacts="label_value",
        pack="odt",
        p5="signed_letter",
        proc="none",
        note="complete; ODT DPIA, no processor, signed cover letter",
        shapes=("odt", "processor_none_stated"),
    ),
    47: dict(
        sender="D",
        topic=0,
        contacts="word_table",
        pack="pdf",
        p5="minutes_pdf",
        note="complete; Word contact table; board minutes with agenda item",
        shapes=("headings_question",),
    ),
    48: dict(
        sender="D",
        topic=0,
        contacts="label_value",
        pack="pdf",
        p5="signed_letter",
        miss={3: "zero"},
        say={3: "Nødvendighetsvurdering.pdf"},
        note="part 3 missing: Nødvendighetsvurdering.pdf is zero bytes",
        shapes=("zero_byte_necessity", "processor_block_orgnr_address"),
    ),
    # --- E: Nordlysfabrikken Games (game studio, en)
    9: dict(
        sender="E",
        topic=0,
        contacts="html_table",
        pack="docx",
        p5="minutes_pdf",
        note="complete; contacts in an HTML table only; English DPIA; board minutes",
        shapes=("html_contact_table", "phone_foreign"),
    ),
    10: dict(
        sender="E",
        topic=1,
        contacts="html_table",
        pack="docx",
        p5="minutes_pdf",
        miss={1: "proc_mailbox_only"},
        note="part 1 missing: processor row has only a support@ mailbox, no person, no phone",
        shapes=("html_contact_table", "p1_processor_no_contact"),
    ),
    29: dict(
        sender="E",
        topic=1,
        contacts="html_table",
        pack="html_body",
        p5="para",
        note="complete; everything in an HTML mail with a contact table",
        shapes=("html_only_body", "html_contact_table"),
    ),
    30: dict(
        sender="E",
        topic=0,
        contacts="xlsx",
        pack="rtf",
        p5="ceo_fwd",
        miss={5: "say"},
        say={
            5: "Board sign-off will follow after our board meeting on"
            " 15 January; we will send the minutes then."
        },
        note="only part 5 missing: board sign-off «will follow» after 15 January",
        shapes=("contact_xlsx", "rtf", "part5_will_follow"),
    ),
    50: dict(
        sender="E",
        topic=1,
        contacts="in_doc",
        pack="pdf",
        p5="scan_sig",
        note="complete; contacts inside the DPIA; scanned signature page",
        shapes=("part5_scanned_signature",),
    ),
    # --- F: Tindra Mobil (telecom, nb)
    11: dict(
        sender="F",
        topic=0,
        contacts="xlsx",
        pack="pdf",
        p5="scan_sig",
        miss={1: "proc_no_contact"},
        note="part 1 missing: processor named in the report, contact sheet lacks it",
        shapes=("dpia_holds_parts_2_4", "p1_processor_no_contact"),
    ),
    12: dict(
        sender="F",
        topic=0,
        contacts="xlsx",
        pack="pdf",
        p5="scan_sig",
        proc_split=True,
        note="complete; processor named in the report, its contact in the XLSX sheet",
        shapes=("dpia_holds_parts_2_4", "contact_xlsx", "part5_scanned_signature"),
    ),
    31: dict(
        sender="F",
        topic=1,
        contacts="word_table",
        pack="pdf",
        p5="minutes_pdf",
        note="complete; report PDF holds 2-4; board minutes PDF; a price list as noise",
        extra=(
            (
                "Bedriftsavtale_prisliste.pdf",
                to_pdf(
                    "# Tindra Bedrift – priser 2027\n\n| Abonnement | Pris |\n| Bedrift 10 GB |"
                    " 349 kr |\n| Bedrift Fri | 549 kr |"
                ),
            ),
        ),
        shapes=("dpia_holds_parts_2_4", "irrelevant_attachment"),
    ),
    32: dict(
        sender="F",
        topic=1,
        contacts="xlsx",
        pack="pdf",
        p5="scan_sig",
        miss={3: "say", 5: "say"},
        say={
            3: "Vurderingen av nødvendighet og proporsjonalitet gjøres i"
            " fase 2 av prosjektet (Q1 2027).",
            5: "Ledelsens signerte godkjenning sendes når fase 2 er avsluttet.",
        },
        note="parts 3 and 5 missing: necessity «i fase 2», signed approval after it",
        shapes=("part3_later_phase", "part5_will_follow"),
    ),
    51: dict(
        sender="F",
        topic=0,
        contacts="in_doc",
        pack="one_pdf",
        p5="signoff_table",
        note="complete; one PDF for everything with a sign-off table",
        shapes=("one_pdf_everything",),
    ),
    # --- G: Melkelaget Midt (dairy cooperative, nb)
    14: dict(
        sender="G",
        topic=0,
        contacts="signature",
        pack="zip",
        p5="minutes_pdf",
        miss={1: "proc_no_contact"},
        proc_split=True,
        note="part 1 missing: Agrisky Data named as processor in the description, "
        "no contact anywhere",
        shapes=("zip", "p1_processor_no_contact"),
    ),
    33: dict(
        sender="G",
        topic=0,
        contacts="signature",
        pack="zip",
        p5="minutes_pdf",
        note="complete; ZIP with one file per part; processor block in the body",
        shapes=("zip", "file_per_part"),
    ),
    34: dict(
        sender="G",
        topic=1,
        contacts="label_value",
        pack="per_part",
        p5="minutes_photo",
        body_intro="Hei igjen,\n\nHer er hele anmodningen på nytt, nå med"
        " møteboka fra styret som dere etterlyste.\n\n"
        "-----Opprinnelig melding-----\n"
        + quoted(
            "Fra: Datatilsynet\nSendt: 20. november 2026\n\nVi"
            " mangler dokumentasjon av styrets behandling av DPIA-en."
            " Vennligst send hele anmodningen på nytt."
        ),
        note="complete; reply quoting Datatilsynet's mail; one file per part; "
        "photographed board minutes",
        shapes=(
            "file_per_part",
            "part5_photographed_minutes",
            "processor_block_orgnr_address",
            "reply_in_thread",
        ),
    ),
    53: dict(
        sender="G",
        topic=1,
        contacts="signature",
        pack="per_part",
        p5="minutes_pdf",
        miss={2: "wrong"},
        say={
            2: "# Melkepris og tillegg 2027\n\nGrunnpris 6,42 kr/l. Kvalitetstillegg"
            " 0,12 kr/l for elitemelk. Frakttillegg etter sone A-D. Trekk for"
            " fettavvik. Utbetaling den 20. hver måned."
        },
        note="part 2 missing: 2_Beskrivelse.pdf is the 2027 milk price list",
        shapes=("file_per_part", "wrong_file_description"),
    ),
    54: dict(
        sender="G",
        topic=1,
        contacts="xlsx",
        pack="per_part",
        p5="minutes_pdf",
        proc="none",
        note="complete; no processor; XLSX contacts; one file per part",
        shapes=("file_per_part", "contact_xlsx", "processor_none_stated"),
    ),
    # --- H: Reisefeber (travel agency, nb)
    15: dict(
        sender="H",
        topic=0,
        contacts="prose",
        pack="docx",
        p5="ceo_fwd",
        proc_split=True,
        note="complete; contacts in prose incl. German processor; CEO approval forwarded",
        shapes=("contact_prose", "forwarded_rfc822", "phone_foreign"),
    ),
    16: dict(
        sender="H",
        topic=1,
        contacts="prose",
        pack="docx",
        p5="ceo_fwd",
        miss={1: "no_dpo"},
        body_intro="Hei,\n\nVedlagt anmodning om forhåndsdrøftelse for dynamisk prising."
        " Personvernombudet vårt er orientert om saken.",
        note="part 1 missing: DPO only «orientert», no name or contact",
        shapes=("contact_prose", "p1_dpo_mentioned_no_contact"),
    ),
    35: dict(
        sender="H",
        topic=0,
        contacts="word_table",
        pack="docx",
        p5="ceo_fwd",
        wrap="fwd",
        note="complete; forwarded by the post room; CEO approval nested as .eml",
        shapes=("forwarded_rfc822",),
    ),
    36: dict(
        sender="H",
        topic=1,
        contacts="prose",
        pack="pdf",
        p5="signed_letter",
        proc="none",
        note="complete; prose contacts, no processor, signed cover letter",
        shapes=("contact_prose", "processor_none_stated"),
    ),
    55: dict(
        sender="H",
        topic=0,
        contacts="prose",
        pack="docx",
        p5="ceo_fwd",
        miss={3: "not_done", 5: "say"},
        say={5: "Daglig leders godkjenning ettersendes når kapittel 3 er ferdig."},
        note="parts 3 and 5 missing: necessity «Ikke gjennomført», approval later",
        shapes=("part3_not_done", "part5_will_follow"),
    ),
    # --- I: Vaktkorps Nord (security guards, nb)
    17: dict(
        sender="I",
        topic=0,
        contacts="signature",
        pack="odt",
        p5="minutes_pdf",
        miss={5: "zero"},
        say={5: "Protokoll_styremote_nov.pdf"},
        note="only part 5 missing: the minutes file is zero bytes",
        shapes=("odt", "headings_question", "zero_byte_minutes"),
    ),
    18: dict(
        sender="I",
        topic=1,
        contacts="signature",
        pack="odt",
        p5="signoff_table",
        proc="none",
        note="complete; question headings; sign-off table",
        shapes=("odt", "headings_question", "processor_none_stated"),
    ),
    37: dict(
        sender="I",
        topic=0,
        contacts="word_table",
        pack="odt",
        p5="signoff_table",
        miss={4: "zero"},
        say={4: "Risikomatrise.pdf"},
        note="part 4 missing: Risikomatrise.pdf zero bytes; sign-off covers the DPIA",
        shapes=("odt", "zero_byte_risk"),
    ),
    38: dict(
        sender="I",
        topic=1,
        contacts="signature",
        pack="docx",
        p5="signoff_table",
        miss={4: "say", 5: "say"},
        say={
            4: "Risikovurderingen kommer – vi sender den så snart den er ferdig.",
            5: "Godkjenning etter at risikovurderingen er klar.",
        },
        note="parts 4 and 5 missing: risk «kommer», approval after it",
        shapes=("part4_will_follow", "headings_question"),
    ),
    57: dict(
        sender="I",
        topic=0,
        contacts="html_table",
        pack="pdf",
        p5="signoff_table",
        note="complete; HTML contact table; PDF DPIA with sign-off table",
        shapes=("html_contact_table", "headings_question"),
    ),
    58: dict(
        sender="I",
        topic=1,
        contacts="prose",
        pack="odt",
        p5="minutes_pdf",
        proc="unspecified",
        note="complete; contacts in prose; board minutes PDF",
        shapes=("contact_prose", "odt"),
    ),
    # --- J: Pulsverket (fitness, nb)
    19: dict(
        sender="J",
        topic=0,
        contacts="in_doc",
        pack="one_pdf",
        p5="scan_sig",
        note="complete; one PDF with contact table incl. Swedish processor; scanned signature page",
        shapes=("one_pdf_everything", "phone_foreign"),
    ),
    20: dict(
        sender="J",
        topic=0,
        contacts="in_doc",
        pack="one_pdf",
        p5="scan_sig",
        miss={4: "wrong"},
        say={
            4: "# Brannrisikovurdering Pulsverket Grünerløkka\n\n"
            "Rømningsveier, slukkeutstyr og brannalarm er kontrollert."
            " Risiko for brann i badstue vurderes som middels.",
            24: "Risikovurdering.pdf",
        },
        note="part 4 missing: Risikovurdering.pdf is the fire-risk assessment of a centre",
        shapes=("wrong_file_risk",),
    ),
    39: dict(
        sender="J",
        topic=1,
        contacts="label_value",
        pack="one_pdf",
        p5="scan_sig",
        miss={1: "contact_no_phone"},
        note="part 1 missing: the contact person's phone line is empty",
        shapes=("p1_contact_no_phone",),
    ),
    40: dict(
        sender="J",
        topic=1,
        contacts="html_table",
        pack="one_pdf",
        p5="para",
        miss={5: "say"},
        say={5: "Ledergruppen har ikke behandlet vurderingen ennå."},
        note="only part 5 missing: «Ledergruppen har ikke behandlet vurderingen ennå»",
        shapes=("html_contact_table",),
    ),
    59: dict(
        sender="J",
        topic=1,
        contacts="html_table",
        pack="html_body",
        p5="para",
        note="complete; everything in HTML with contact table; approval paragraph",
        shapes=("html_only_body",),
    ),
    60: dict(
        sender="J",
        topic=0,
        contacts="in_doc",
        pack="one_pdf",
        p5="minutes_photo",
        proc="none",
        note="complete; no processor; photographed minutes",
        shapes=("processor_none_stated", "part5_photographed_minutes"),
    ),
}


NONREQ: dict[int, tuple[str, str, str, str, tuple[str, ...]]] = {
    41: (
        "A",
        "Spørsmål om kameraskilt i butikk",
        "Hei,\n\nVi lurer på om skiltene ved butikkinngangene må nevne at vi bruker"
        " videoanalyse, eller om det holder å vise til personvernerklæringen. Vi har ikke"
        " planlagt noen forhåndsdrøftelse, men vil gjerne ha et kort svar.",
        "question about CCTV signs",
        ("nonrequest_question",),
    ),
    24: (
        "B",
        "Personal data breach notification - lost handheld scanner",
        "Dear Datatilsynet,\n\nWe hereby notify a personal data breach under Article 33. A"
        " handheld scanner with delivery addresses for 212 recipients was lost on 21 November."
        " The device was PIN-locked. We have notified the recipients.",
        "Art. 33 breach notification",
        ("nonrequest_breach_notification",),
    ),
    25: (
        "C",
        "Nytt personvernombod i Fjordingen Tidend",
        "Hei,\n\nVi melder at Lars Hovland i Mediepersonvern AS er nytt personvernombod for"
        " Fjordingen Tidend AS frå 1. desember.",
        "notice of a new DPO",
        ("nonrequest_dpo_notification",),
    ),
    8: (
        "D",
        "Veiledningsmøte om ansiktsgjenkjenning",
        "Hei,\n\nVi vurderer adgangskontroll med ansiktsgjenkjenning og ønsker et"
        " veiledningsmøte før vi bestemmer oss. Vi har ikke gjort en DPIA ennå og ber ikke om"
        " forhåndsdrøftelse nå.",
        "asks for a guidance meeting",
        ("nonrequest_guidance",),
    ),
    49: (
        "E",
        "Webinar invitation: privacy in online games",
        "Hi,\n\nWe are hosting a webinar on 14 January on child safety and privacy in online"
        " games, including our experience with DPIAs and prior consultation. We would be"
        " delighted if someone from Datatilsynet could join the panel.",
        "webinar invitation mentioning prior consultation",
        ("nonrequest_newsletter",),
    ),
    52: (
        "F",
        "Kopi: svar på innsynsbegjæring",
        "Til orientering sender vi kopi av vårt svar til en kunde som ba om innsyn i"
        " lokasjonsdata. Kunden har fått utlevert data for de siste 30 dagene.",
        "copy of a reply to an access request",
        ("nonrequest_copy_of_reply",),
    ),
    13: (
        "G",
        "Spørsmål om deling av melkedata med Mattilsynet",
        "Hei,\n\nMattilsynet ber om analysedata per gård. Kan vi utlevere dette uten samtykke"
        " fra produsentene? Vi ber ikke om forhåndsdrøftelse, bare en vurdering.",
        "question about disclosure",
        ("nonrequest_question",),
    ),
    56: (
        "H",
        "Hvem er tilsynsmyndighet for vår tyske leverandør?",
        "Hei,\n\nBookingsystemet vårt leveres fra Tyskland. Er det Datatilsynet eller den"
        " bayerske tilsynsmyndigheten som følger opp leverandøren?",
        "question about lead authority",
        ("nonrequest_question",),
    ),
}


def _case(n: int) -> Case:
    cid = f"q{n:03d}"
    if n in NONREQ:
        sender, subject, body, note, shapes = NONREQ[n]

        def make_nonreq() -> tuple[EmailMessage, Label]:
            return nonrequest(
                cid, sender, date_of(n), subject, body, note, shapes, encrypt=enc(n), html=n == 49
            )

        return make_nonreq
    kw = dict(SPECS[n])
    spec = Spec(date=date_of(n), encrypt=enc(n), **kw)  # type: ignore[arg-type]

    def make() -> tuple[EmailMessage, Label]:
        return build(cid, spec)

    return make


ALL: dict[str, Case] = {f"q{n:03d}": _case(n) for n in range(1, 61)}
