# ruff: noqa: E501
"""The sixty cases of blind14 (t001-t060): one spec per request, one function per non-request."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from functools import partial

import kit
import personas as pe
from kit import Label
from topics import TOPICS

Case = Callable[[], tuple[EmailMessage, Label]]

SENDERS = {
    "A": (
        pe.a_nordvik,
        "nb",
        (
            "aquaculture",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "processor_contact_table",
            "risk_table",
            "part5_scanned_minutes",
        ),
    ),
    "B": (
        pe.b_vestlandsk,
        "nn",
        (
            "folk_high_school",
            "all_in_body",
            "headings_caps_in_body",
            "contact_is_sender_stated",
            "dpo_external",
            "risk_bullets",
            "part5_email_in_thread",
            "quoted_thread",
        ),
    ),
    "C": (
        pe.c_hogfjell,
        "nb",
        (
            "gym_chain",
            "file_per_part",
            "contact_word_table",
            "necessity_alternatives_heading",
            "risk_matrix_xlsx",
            "part5_scanned_minutes",
            "phone_foreign",
        ),
    ),
    "D": (
        pe.d_borealis,
        "en",
        (
            "wind_energy",
            "contact_xlsx",
            "dpia_docx",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
            "phone_foreign",
            "foreign_owned_subsidiary",
        ),
    ),
    "E": (
        pe.e_lindtveit,
        "nb",
        (
            "housing_cooperative",
            "html_only_body",
            "html_contact_table",
            "odt",
            "part5_protocol_in_body",
        ),
    ),
    "F": (
        pe.f_karmsund,
        "nb",
        (
            "dental_clinics",
            "one_pdf_everything",
            "contact_label_value",
            "dpo_external_firm",
            "org_number_address",
            "part5_signoff_table",
            "phone_foreign",
        ),
    ),
    "G": (
        pe.g_fjellheim,
        "nb",
        (
            "ski_resort",
            "description_two_documents",
            "contact_label_value",
            "dpia_docx",
            "long_signature_many_phones",
            "part5_email_in_thread",
            "quoted_thread",
            "phone_foreign",
        ),
    ),
    "H": (
        pe.h_northcape,
        "en",
        (
            "logistics",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "risk_register_xlsx",
            "part5_scanned_minutes",
            "foreign_owned_subsidiary",
            "phone_foreign",
        ),
    ),
    "I": (
        pe.i_glamdal,
        "nb",
        (
            "savings_bank",
            "cover_letter_pdf",
            "contacts_in_cover_letter",
            "vcard",
            "dpia_docx",
            "part5_photographed_protocol",
        ),
    ),
    "J": (
        pe.j_hardanger,
        "nn",
        (
            "grid_utility",
            "contact_table_in_body",
            "rtf",
            "risk_register_xlsx",
            "part5_protocol_docx",
        ),
    ),
}
INLINE = {3, 4, 21, 43, 44, 54}
PGP = {
    1,
    5,
    9,
    11,
    15,
    17,
    25,
    27,
    33,
    35,
    41,
    49,
    57,
    2,
    8,
    10,
    14,
    16,
    20,
    26,
    32,
    36,
    42,
    46,
    50,
    58,
}


def sender_of(n: int) -> str:
    return "ABCDEFGHIJ"[((n - 1) % 20) // 2]


def encrypt_of(n: int) -> str:
    return "inline" if n in INLINE else "pgp_mime" if n in PGP else "none"


def date_of(n: int) -> str:
    return kit.when(11 if n <= 40 else 12, 2 + n % 26, 8 + n % 9, (n * 7) % 60)


def request(
    n: int,
    topic: str,
    note: str,
    missing: tuple[int, ...] = (),
    shapes: tuple[str, ...] = (),
    **gaps: str,
) -> tuple[EmailMessage, Label]:
    """A request of the sender of id n, on one of its topics, with its gaps.

    ``shapes`` adds shape tags to the sender's own; a tag written «-tag» removes one of them.
    """
    fn, lang, base = SENDERS[sender_of(n)]
    t = TOPICS[topic]
    knobs: dict[object, str] = {}
    for key, value in gaps.items():
        knobs[int(key[1:]) if key[0] == "p" and key[1:].isdigit() else key] = value
    msg = fn(f"t{n:03d}", t, date_of(n), knobs)
    processor = "used" if t.processor else "none"
    dropped = {s[1:] for s in shapes if s.startswith("-")}
    kept = tuple(s for s in base if s not in dropped) + tuple(s for s in shapes if s[0] != "-")
    label = Label(lang, kept, encrypt_of(n), True, processor, note, missing)
    return msg, label


# --- gap texts, written as the controllers write them ---------------------------------------

A_DRAFT_RISK = """Risikovurderingen er ikke ferdig. Vi bruker metoden i NS 5814 med en skala fra 1 til 5 for sannsynlighet og konsekvens. Workshop med verneombud, tillitsvalgte og leverandøren er planlagt i uke 3 i 2027; risikoene og tiltakene føres inn i tabellen når workshopen er gjennomført.

| Hendelse | Sannsynlighet | Konsekvens | Tiltak |
| (fylles ut etter workshop) | – | – | – |"""

E_DRAFT_RISK = "Risikovurdering pågår. Arbeidsgruppen (forvaltning, personvernombud og to beboerrepresentanter) har hatt første møte og skal kartlegge risikoene i løpet av november. Metode: sannsynlighet og konsekvens vurderes på en tredelt skala (lav, middels, høy). Resultatet legges inn her når arbeidet er ferdig."

E_BOARD_PENDING = """# Styrebehandling

Vurderingen skal behandles i styremøtet 15. desember 2026, når risikovurderingen er ferdig. Vi ettersender protokollen."""

WRONG_FILE = """# Nettleige 2027 – hushaldskundar

Hardanger Kraftlag SA

| Tariffelement | Pris 2027 |
| Fastledd, 0-5 kW | 265 kr/mnd |
| Fastledd, 5-10 kW | 410 kr/mnd |
| Energiledd dag | 38,2 øre/kWh |
| Energiledd natt/helg | 28,9 øre/kWh |

Prisane gjeld frå 1. januar 2027 og inkluderer ikkje forbruksavgift og meirverdiavgift."""


# --- non-requests ----------------------------------------------------------------------------


def t007() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Dear Datatilsynet,

        We hereby notify a personal data breach under Article 33 GDPR.

        On 9 November 2026 a crew tablet was stolen from a service van at Hitra wind farm. The tablet
        held the names, phone numbers and shift plans of 14 technicians and the readings of a pilot
        wearable for one week. The tablet was PIN-protected but the storage was not encrypted. We
        became aware of the theft on 9 November at 18:40. The police have been notified (case
        16423871). The technicians were informed on 10 November; the tablet has been wiped remotely
        (confirmed 10 November 09:12).

        Contact: Henrik Sæther, HSE Director, +47 908 44 120.

        """) + kit.txt("""
        Kind regards,
        Henrik Sæther
        HSE Director | Borealis Wind Norge AS
        """)
    msg = kit.message(
        "t007",
        pe.D_FROM,
        "Personal data breach notification - stolen crew tablet",
        date_of(7),
        body,
    )
    return msg, Label(
        "en",
        ("wind_energy", "nonrequest_breach_notification"),
        encrypt_of(7),
        False,
        "unspecified",
        "breach notification (Art. 33), not a request",
    )


def t021() -> tuple[EmailMessage, Label]:
    body = (
        kit.txt("""
        Hei,

        Vi vurderer å koble kameraene på merdkantene til en analysetjeneste som varsler når en person
        faller i sjøen. Vi har startet en DPIA, men er usikre på om dette er noe vi må be om
        forhåndsdrøftelse for, eller om det holder å gjøre vurderingen internt.

        Kan dere si noe om hvordan dere ser på slike løsninger? Vi sender gjerne mer informasjon.

        """)
        + "\n"
        + pe.A_SIG
    )
    msg = kit.message(
        "t021",
        pe.A_FROM,
        "Spørsmål: må vi be om forhåndsdrøftelse for kameraanalyse?",
        date_of(21),
        body,
    )
    return msg, Label(
        "nb",
        ("aquaculture", "nonrequest_question", "mentions_prior_consultation"),
        encrypt_of(21),
        False,
        "unspecified",
        "a question whether prior consultation is needed; DPIA only started",
    )


def t024() -> tuple[EmailMessage, Label]:
    body = (
        kit.txt("""
        Hei,

        Vedlagt er innspelet frå Vestlandsk folkehøgskule til høyringa om Datatilsynet sin nye
        rettleiar om kameraovervaking i skular og internat.

        Kort oppsummert: rettleiaren bør seie meir om internat der elevane er vaksne, og om kva som
        gjeld for fellesareal som også vert leigde ut til lag og foreiningar.

        """)
        + "\n"
        + pe.B_SIG
    )
    letter = kit.to_pdf("""
# Høyringsinnspel – rettleiar om kameraovervaking i skular

Vestlandsk folkehøgskule takkar for høvet til å kome med innspel.

Folkehøgskulane har internat der elevane er over 18 år. Rettleiaren bør skilje tydelegare mellom grunnskule, vidaregåande skule og internat for vaksne elevar.

Vi ber også om at rettleiaren seier noko om fellesareal som vert leigde ut til lag og foreiningar på kveldstid.
""")
    msg = kit.message(
        "t024",
        pe.B_FROM,
        "Høyringsinnspel – rettleiar om kameraovervaking",
        date_of(24),
        body,
        attachments=[("Hoyringsinnspel_Vestlandsk_fhs.pdf", letter)],
    )
    return msg, Label(
        "nn",
        ("folk_high_school", "nonrequest_consultation_response"),
        encrypt_of(24),
        False,
        "unspecified",
        "response to a public consultation, not a request",
    )


def t030() -> tuple[EmailMessage, Label]:
    inner = kit.message(
        "t030in",
        "Arild Svendsen <arild.svendsen@epost.no>",
        "Klage på kamera i garasjen",
        kit.when(11, 20, 21, 14),
        kit.txt("""
            Hei,

            Jeg bor i Fjellvegen borettslag og er ikke enig i at det skal settes opp kamera i
            garasjen som leser skiltet mitt hver gang jeg kjører inn. Ingen har spurt oss. Jeg vil
            klage på dette og ber om at saken sendes til Datatilsynet.

            Arild Svendsen
            """),
        to="post@lindtveit-bbl.no",
    )
    html = kit.to_html("""
Hei,

Til orientering: vi har mottatt vedlagte klage fra en beboer, som ber om at den oversendes Datatilsynet. Vi har svart beboeren og vil ta saken opp i beboermøtet. Vurderingen av kameraløsningen er ikke ferdig.

Med vennlig hilsen
Siri Haugen, juridisk rådgiver, Lindtveit Boligbyggelag
""")
    msg = kit.message(
        "t030",
        pe.E_FROM,
        "VS: Klage på kamera i garasjen",
        date_of(30),
        html=html,
        forwarded=("Klage_beboer.eml", inner),
    )
    return msg, Label(
        "nb",
        (
            "housing_cooperative",
            "html_only_body",
            "forwarded_rfc822",
            "nonrequest_forwarded_complaint",
        ),
        encrypt_of(30),
        False,
        "unspecified",
        "forwards a resident's complaint for information; no request",
    )


def t031() -> tuple[EmailMessage, Label]:
    html = kit.to_html("""
# Nyhetsbrev fra Karmsund Tannhelse – desember 2026

Nå kan du bestille time på nett ved alle våre ni klinikker.

# Ny klinikk på Kopervik

Vi åpner ny klinikk i Kopervik i februar. Alle pasienter fra Åkrehamn-klinikken får tilbud om time der.

# Julestengt

Klinikkene holder stengt 24. desember til 1. januar. Ved akutt tannpine: ring legevakten.

Du mottar dette nyhetsbrevet fordi du er registrert som samarbeidspartner. Meld deg av her.
""")
    msg = kit.message(
        "t031",
        "Karmsund Tannhelse <nyhetsbrev@karmsundtann.no>",
        "Nyhetsbrev desember – ny klinikk og julestengt",
        date_of(31),
        html=html,
    )
    return msg, Label(
        "nb",
        ("dental_clinics", "html_only_body", "nonrequest_newsletter"),
        encrypt_of(31),
        False,
        "unspecified",
        "newsletter sent to the office address",
    )


def t038() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Til Datatilsynet

        Med hjemmel i offentleglova § 3 ber Glåmdal Sparebank om innsyn i Datatilsynets
        avgjørelse og korrespondanse i saken om atferdsbiometri i banksektoren som ble omtalt i
        Finansavisen 4. november 2026 (deres ref. 26/01877), så langt den ikke er unntatt.

        Med hilsen
        Maria Kristiansen
        Compliance-sjef, Glåmdal Sparebank
        Tlf. +47 62 41 90 33
        """)
    msg = kit.message(
        "t038", pe.I_FROM, "Innsynsbegjæring – deres ref. 26/01877", date_of(38), body
    )
    return msg, Label(
        "nb",
        ("savings_bank", "nonrequest_access_to_documents"),
        encrypt_of(38),
        False,
        "unspecified",
        "request for access to documents under the Freedom of Information Act",
    )


def t054() -> tuple[EmailMessage, Label]:
    body = (
        kit.txt("""
        Hei,

        Fjellheim Skisenter planlegger posisjonsdeling i skiappen for gjester i et nytt
        frikjøringsområde. Før vi går videre med DPIA-en ønsker vi et veiledningsmøte med dere for å
        høre om vi tenker riktig om samtykke og lagringstid. Vi ber ikke om forhåndsdrøftelse nå.

        Passer det en dag i uke 50 eller 51?

        """)
        + "\n"
        + pe.G_SIG
    )
    msg = kit.message(
        "t054", pe.G_FROM, "Ønske om veiledningsmøte – posisjonsdeling i skiapp", date_of(54), body
    )
    return msg, Label(
        "nb",
        ("ski_resort", "nonrequest_guidance", "long_signature_many_phones"),
        encrypt_of(54),
        False,
        "unspecified",
        "asks for a guidance meeting, explicitly not a prior consultation",
    )


def t059() -> tuple[EmailMessage, Label]:
    body = kit.txt("""
        Hei,

        Vi melder med dette at Hardanger Kraftlag SA har fått nytt personvernombod frå
        1. januar 2027:

        Kjersti Ulvik, tlf. 56 55 30 00, personvernombod@hardangerkraft.no

        Ho tek over etter Rune Tvedt. Meldinga er også registrert i Altinn.

        Helsing
        Oddbjørn Lægreid
        nettsjef, Hardanger Kraftlag SA
        """)
    msg = kit.message("t059", pe.J_FROM, "Melding om nytt personvernombod", date_of(59), body)
    return msg, Label(
        "nn",
        ("grid_utility", "nonrequest_dpo_notification"),
        encrypt_of(59),
        False,
        "unspecified",
        "notice of a new DPO",
    )


# --- the requests ----------------------------------------------------------------------------

C_RISK_NOTE = "Risikovurderingen (del 4) står i eget dokument, Risikomatrise_v3.xlsx."

SPECS: dict[int, Case] = {
    # A: Nordvik Fiskeoppdrett
    1: partial(
        request,
        1,
        "A1",
        "complete; report PDF with contact sheet, signed board minutes as an image-only scan",
    ),
    2: partial(request, 2, "A2", "complete; health data of divers; board minutes scan"),
    22: partial(
        request,
        22,
        "A2",
        "part 5 only: «legges frem for styret 12. mars 2027 og forventes godkjent»; no protocol",
        (5,),
        ("part5_expected", "-part5_scanned_minutes"),
        p5="DPIA-en legges frem for styret i styremøtet 12. mars 2027 og forventes godkjent der.",
        no_protocol="1",
        mail="Vedlagt er DPIA-rapporten med kontaktark. Styrets godkjenning forventes i mars; protokollen sendes da.",
    ),
    41: partial(
        request,
        41,
        "A1",
        "DPIA marked «Utkast – risikovurdering pågår», risk chapter has method and an empty table; the board only «tar utkastet til orientering»",
        (4, 5),
        ("dpia_draft", "risk_chapter_no_risks", "part5_noted_only"),
        title="DPIA – Utkast – risikovurdering pågår",
        version="0.4 (utkast)",
        p4=A_DRAFT_RISK,
        intro="HMS- og kvalitetssjef orienterte om utkastet til DPIA. Risikovurderingen er ikke gjennomført ennå; workshop er planlagt i januar.",
        vedtak="Vedtak: Styret tar utkastet til orientering. DPIA-en legges frem for endelig godkjenning når risikovurderingen er ferdig.",
        mail="Vedlagt er utkastet til DPIA og protokollen fra styremøtet. Risikovurderingen pågår, men vi ønsker å komme i gang med dialogen med dere.",
    ),
    42: partial(
        request, 42, "A2", "complete; same documents as t002 in a ZIP", (), ("zip",), zip="1"
    ),
    # B: Vestlandsk folkehøgskule
    3: partial(
        request, 3, "B1", "complete; all in the body; approval is the rector's quoted e-mail"
    ),
    4: partial(
        request,
        4,
        "B2",
        "complete; «ingen databehandlar»; rector's quoted e-mail",
        (),
        ("processor_none_stated",),
    ),
    23: partial(
        request,
        23,
        "B1",
        "part 2 is one sentence; retention and recipients appear only as fragments in other sections",
        (2,),
        ("description_one_sentence",),
        p2="Vi skal låne ut GPS-sendarar til elevane på fjellturar.",
    ),
    43: partial(
        request, 43, "B2", "complete; «ingen databehandlar»", (), ("processor_none_stated",)
    ),
    44: partial(
        request,
        44,
        "B1",
        "parts 3 and 4: «Sjå eige dokument», not attached (body-only mail); the rector's approval is there",
        (3, 4),
        ("see_separate_document",),
        p3="Sjå eige dokument (Naudsynsvurdering_og_risiko.docx).",
        p4="Sjå eige dokument (Naudsynsvurdering_og_risiko.docx).",
    ),
    # C: Høgfjell Treningssenter
    5: partial(
        request,
        5,
        "C1",
        "complete; five files in a ZIP; necessity under «Alternativer vi har vurdert»; risk matrix XLSX",
        (),
        ("zip",),
        zip="1",
    ),
    6: partial(request, 6, "C2", "complete; five loose files"),
    25: partial(
        request,
        25,
        "C1",
        "part 4: the mail says it is in Risikomatrise_v3.xlsx, which is not in the ZIP",
        (4,),
        ("zip", "see_separate_document", "-risk_matrix_xlsx"),
        zip="1",
        drop="04_Risikomatrise.xlsx",
        mail=C_RISK_NOTE,
    ),
    26: partial(request, 26, "C2", "complete; ZIP", (), ("zip",), zip="1"),
    45: partial(request, 45, "C1", "complete; loose files"),
    46: partial(
        request,
        46,
        "C1",
        "part 5 only: 05 file says approval «planlagt behandlet i ledermøtet 9. desember»",
        (5,),
        ("part5_planned", "-part5_scanned_minutes"),
        drop="05_Referat_ledermote_20-10-2026.pdf",
        p5="Godkjenning av DPIA-en er planlagt behandlet i ledermøtet 9. desember 2026. Referatet ettersendes.",
    ),
    # D: Borealis Wind
    8: partial(
        request, 8, "D2", "complete; approval as a forwarded e-mail from the Managing Director"
    ),
    27: partial(request, 27, "D1", "complete; contact sheet XLSX, DPIA DOCX, MD e-mail .eml"),
    28: partial(
        request,
        28,
        "D2",
        "part 1: processor row «TBC», contact «will follow»",
        (1,),
        ("p1_processor_tbc",),
        proc_tbc="1",
        mail="The contact person at SecuGate will follow once their new account manager is appointed.",
    ),
    47: partial(
        request,
        47,
        "D1",
        "part 3: «Is it needed?» only restates the purpose in one line",
        (3,),
        ("necessity_restates_purpose",),
        p3="The processing is necessary to protect technicians working at height from accidents caused by fatigue or heat stress.",
    ),
    48: partial(request, 48, "D1", "complete"),
    # E: Lindtveit Boligbyggelag
    9: partial(
        request, 9, "E1", "complete; HTML mail, board decision quoted in the body, ODT assessment"
    ),
    10: partial(
        request,
        10,
        "E1",
        "part 1: DPO row in the HTML table has name only, phone and e-mail cells empty",
        (1,),
        ("p1_dpo_empty_cells",),
        dpo="| Personvernombud | Jon Erik Dahl | | |",
    ),
    29: partial(
        request,
        29,
        "E2",
        "ODT titled «Utkast – risikovurdering pågår» with no risks; board treatment «skal behandles» 15 December",
        (4, 5),
        ("dpia_draft", "risk_chapter_no_risks", "part5_future_meeting", "-part5_protocol_in_body"),
        title="Personvernkonsekvensvurdering – Utkast – risikovurdering pågår",
        p4=E_DRAFT_RISK,
        p5=E_BOARD_PENDING,
    ),
    49: partial(request, 49, "E2", "complete"),
    50: partial(request, 50, "E1", "complete"),
    # F: Karmsund Tannhelse
    11: partial(
        request,
        11,
        "F1",
        "part 5 only: «skal behandles i ledergruppen 12. mars 2027», signed approval «ettersendes»",
        (5,),
        ("part5_future_meeting", "-part5_signoff_table"),
        p5="DPIA-en skal behandles i ledergruppen 12. mars 2027. Signert godkjenning ettersendes etter møtet.",
    ),
    12: partial(request, 12, "F2", "complete; one PDF, sign-off table"),
    32: partial(
        request,
        32,
        "F1",
        "part 3: heading «3 Hvorfor – og hvorfor akkurat slik» with «Under arbeid.»",
        (3,),
        ("heading_under_arbeid",),
        p3="Under arbeid.",
    ),
    51: partial(request, 51, "F1", "complete"),
    52: partial(request, 52, "F2", "complete"),
    # G: Fjellheim Skisenter
    13: partial(
        request,
        13,
        "G1",
        "complete; description spread over the DPIA (purpose, scope) and «Teknisk beskrivelse» (flow, storage, deletion); director's approval in the quoted reply",
    ),
    14: partial(
        request,
        14,
        "G1",
        "part 3: «Under arbeid – kommer i neste versjon»",
        (3,),
        ("heading_under_arbeid",),
        p3="Under arbeid – kommer i neste versjon.",
    ),
    33: partial(
        request,
        33,
        "G2",
        "part 2: «Se Teknisk beskrivelse (eget dokument)», not attached; the DPIA's scope section is only that line",
        (2,),
        ("see_separate_document", "-description_two_documents"),
        p2="Se «Teknisk beskrivelse» (eget dokument).",
        no_tech="1",
        mail="Den tekniske beskrivelsen er ikke helt ferdig og kommer i løpet av neste uke.",
    ),
    34: partial(request, 34, "G2", "complete; two documents for the description"),
    53: partial(
        request,
        53,
        "G1",
        "part 5 only: the director «regner med at den blir godkjent» at a meeting planned 19 November",
        (5,),
        ("part5_expected", "-part5_email_in_thread"),
        p5="Hei Kristin. Takk, ser grundig ut. Jeg har ikke rukket å ta den opp i ledermøtet ennå – det er planlagt til 19. november, og jeg regner med at den blir godkjent der. Du kan godt sende den inn allerede nå.",
    ),
    # H: Northcape Logistics
    15: partial(
        request,
        15,
        "H1",
        "complete; contacts inside the DPIA, risk register XLSX, signed board minutes scan",
    ),
    16: partial(
        request,
        16,
        "H1",
        "part 4: «Risks to drivers and staff» says «TBD», no register attached; the board minutes are there",
        (4,),
        ("heading_tbd", "-risk_register_xlsx"),
        p4="TBD",
        no_register="1",
    ),
    35: partial(
        request,
        35,
        "H2",
        "part 1: DPO named in the DPIA's contact table, phone and e-mail cells empty",
        (1,),
        ("p1_dpo_name_only",),
        dpo="| Data Protection Officer | Thomas Berg | | |",
    ),
    36: partial(request, 36, "H2", "complete"),
    55: partial(request, 55, "H1", "complete"),
    56: partial(
        request,
        56,
        "H2",
        "part 5 only: «will be presented … and is expected to be approved», no minutes",
        (5,),
        ("part5_expected", "-part5_scanned_minutes"),
        p5="The DPIA will be presented to the Management Board on 1 December 2026 and is expected to be approved. The minutes will be forwarded afterwards.",
        no_minutes="1",
    ),
    # I: Glåmdal Sparebank
    17: partial(
        request,
        17,
        "I1",
        "complete; cover letter PDF with contacts, vCard, DPIA DOCX, photographed protocol extract",
    ),
    18: partial(request, 18, "I2", "complete"),
    37: partial(
        request,
        37,
        "I1",
        "part 3: «B. Nødvendighet og proporsjonalitet» only restates the purpose in one line",
        (3,),
        ("necessity_restates_purpose",),
        p3="Behandlingen er nødvendig for å stoppe svindel der kriminelle har overtatt kundens nettbank.",
    ),
    57: partial(request, 57, "I1", "complete"),
    58: partial(
        request,
        58,
        "I2",
        "part 2: the description is one sentence",
        (2,),
        ("description_one_sentence",),
        p2="Banken vil screene høyrisikokunder mot åpne kilder.",
    ),
    # J: Hardanger Kraftlag
    19: partial(
        request,
        19,
        "J1",
        "part 1: contact with e-mail only, DPO named without phone or e-mail",
        (1,),
        ("p1_contact_no_phone", "p1_dpo_name_only"),
        p1="Kontaktperson | Oddbjørn Lægreid | oddbjorn.laegreid@hardangerkraft.no\nPersonvernombod | Kjersti Ulvik\nDatabehandlar | Arne Tveit, Vestnett Data AS | +47 56 55 31 20 | arne.tveit@vestnettdata.no",
    ),
    20: partial(
        request,
        20,
        "J2",
        "complete; contacts as a table in the body, RTF assessment, risk XLSX, protocol DOCX",
    ),
    39: partial(request, 39, "J1", "complete"),
    40: partial(
        request,
        40,
        "J2",
        "part 2: «sjå vedlagt dokument», and the attached file is the 2027 grid tariff",
        (2,),
        ("wrong_file_description",),
        p2="Sjå vedlagt dokument «Skildring av dronehandsaminga».",
        extra_name="Skildring_dronehandsaming.pdf",
        extra_body=WRONG_FILE,
    ),
    60: partial(request, 60, "J1", "complete"),
}

CASES: dict[str, Case] = {f"t{n:03d}": fn for n, fn in SPECS.items()}
CASES.update({fn.__name__: fn for fn in (t007, t021, t024, t030, t031, t038, t054, t059)})
