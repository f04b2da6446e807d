# ruff: noqa: E501
"""The 60 cases of blind25 (l001-l060): which sender, which processing, what is left out, the label.

Sender of id n is ``ABCDEFGHIJ[((n - 1) % 20) // 2]``.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

from kit import Label, message, to_pdf, txt, when
from personas import RENDER
from topics import TOPICS

BASE = {
    "A": (
        "saas_subsidiary",
        "foreign_owned_subsidiary",
        "ico_template",
        "contacts_table_body",
        "html_alternative",
        "dpo_group_abroad",
        "phone_foreign",
        "processor_abroad",
        "part5_signoff_table",
    ),
    "B": (
        "bank",
        "foreign_owned_subsidiary",
        "cnil_template",
        "contact_label_value",
        "dpo_group_abroad",
        "phone_foreign",
        "risk_register_xlsx",
        "part5_board_resolution",
    ),
    "C": (
        "medtech_branch",
        "foreign_owned_subsidiary",
        "iso29134_template",
        "contacts_table_in_dpia",
        "dpo_external_firm",
        "phone_foreign",
        "processor_abroad",
        "part5_ceo_email_quoted",
    ),
    "D": (
        "research_consortium",
        "roles_table",
        "cover_letter_pdf",
        "processor_abroad",
        "phone_foreign",
        "part5_steering_committee_minutes",
        "eu_funding_footer",
    ),
    "E": (
        "airline",
        "form_dpia_pdf",
        "contact_is_sender_stated",
        "phone_0047",
        "risk_register_table",
        "processor_abroad",
        "part5_scanned_record",
    ),
    "F": (
        "county_authority",
        "norwegian_public_template",
        "cover_letter_pdf",
        "contact_table",
        "sent_from_postmottak",
        "part5_approval_table_in_dpia",
    ),
    "G": (
        "university",
        "sent_from_postmottak",
        "form_dpia_docx",
        "cover_letter_pdf",
        "archive_file_names",
        "part5_approval_letter",
    ),
    "H": (
        "state_agency",
        "all_in_body",
        "formal_letter_in_body",
        "contact_label_value",
        "risk_register_text",
        "part5_decision_quoted",
    ),
    "I": (
        "insurance",
        "contact_is_sender_stated",
        "dpo_external_firm",
        "risk_register_xlsx",
        "processor_abroad",
        "part5_minutes_docx",
    ),
    "J": (
        "municipality",
        "archive_file_names",
        "contact_label_value",
        "phone_0047",
        "part5_scanned_protocol",
    ),
}

# id: (topic, knobs, encrypt, missing, extra shapes, note)
REQUESTS: dict[int, tuple[str, set[str], str, tuple[int, ...], tuple[str, ...], str]] = {
    1: ("A1", set(), "pgp_mime", (), (), "complete; ICO template, Step 7 signed by the MD"),
    2: ("A2", set(), "none", (), (), "complete; voice biometrics; sub-processor in NL"),
    21: (
        "A2",
        {"p5_missing", "pdf"},
        "none",
        (5,),
        ("signoff_rows_pending",),
        "Step 7 rows 'pending' (only the DPO advice filled in); body says Step 7 will be completed later",
    ),
    22: (
        "A1",
        {"p1_dpo_tbc"},
        "pgp_mime",
        (1,),
        ("p1_dpo_tbc",),
        "Contacts table: DPO name, phone and e-mail 'TBC'",
    ),
    42: ("A1", {"pdf"}, "none", (), (), "complete; DPIA as PDF"),
    3: ("B1", set(), "pgp_mime", (), (), "complete; CNIL PIA, XLSX register, board extract"),
    4: ("B2", set(), "pgp_mime", (), (), "complete; open banking"),
    23: (
        "B2",
        {"p4_missing"},
        "pgp_mime",
        (4,),
        ("risk_register_empty",),
        "risk section only points to the register; the register XLSX has headers and no entries",
    ),
    43: ("B1", set(), "pgp_mime", (), (), "complete"),
    44: (
        "B1",
        {"p5_missing"},
        "pgp_mime",
        (5,),
        ("part5_future_meeting",),
        "PIA 'will be tabled at the Board meeting on 17 December'; extract to be forwarded",
    ),
    5: ("C1", set(), "pgp_mime", (), (), "complete; CEO approval quoted below the signature"),
    6: (
        "C2",
        {"p3_missing"},
        "none",
        (3,),
        ("section_to_be_completed",),
        "section 4 'To be completed by Regulatory Affairs'",
    ),
    26: ("C1", set(), "pgp_mime", (), (), "complete"),
    45: (
        "C2",
        {"p1_proc_on_request"},
        "pgp_mime",
        (1,),
        ("p1_processor_on_request",),
        "processor row '(contact details on request)'",
    ),
    46: ("C2", set(), "none", (), (), "complete; nurse call centre in Sweden"),
    7: ("D1", set(), "none", (), (), "complete; roles table in cover letter; SC minutes"),
    8: ("D2", set(), "pgp_mime", (), (), "complete; offshore wearables"),
    27: (
        "D2",
        {"p4_missing", "p5_missing"},
        "none",
        (4, 5),
        ("section_to_be_completed", "part5_will_follow"),
        "risk assessment 'to be completed in WP7'; SC minutes 'will follow'",
    ),
    28: ("D1", set(), "none", (), (), "complete"),
    47: ("D1", set(), "pgp_mime", (), (), "complete"),
    48: (
        "D2",
        {"p1_proc_tbc"},
        "none",
        (1,),
        ("p1_processor_tbc",),
        "roles table: processor row name/phone/e-mail 'TBC'",
    ),
    9: (
        "E1",
        set(),
        "none",
        (),
        (),
        "complete; contact in signature, DPO in body, SRB record scanned",
    ),
    10: (
        "E2",
        {"p2_missing"},
        "pgp_mime",
        (2,),
        ("wrong_file_description",),
        "section B refers to the ConOps; the attached ConOps is about terminal signage",
    ),
    29: (
        "E2",
        {"p5_missing"},
        "pgp_mime",
        (5,),
        ("part5_pending",),
        "section E 'pending – scheduled for the SRB on 12 December'",
    ),
    49: ("E1", set(), "none", (), (), "complete"),
    50: ("E2", set(), "none", (), (), "complete"),
    12: (
        "F2",
        set(),
        "pgp_mime",
        (),
        (),
        "complete; cover letter with contacts, approval table in chapter 7",
    ),
    31: ("F1", set(), "pgp_mime", (), (), "complete"),
    32: (
        "F1",
        {"p5_missing", "late"},
        "none",
        (5,),
        ("part5_future_meeting",),
        "chapter 7: to be approved by the county director on 12 January 2027",
    ),
    51: (
        "F2",
        {"p3_missing", "late"},
        "none",
        (3,),
        ("section_under_work",),
        "chapter 3 'Under arbeid'",
    ),
    52: ("F2", {"late"}, "pgp_mime", (), (), "complete"),
    13: (
        "G1",
        set(),
        "none",
        (),
        (),
        "complete; archive-system mail, form DPIA, director's approval letter",
    ),
    33: (
        "G2",
        {"p2_missing"},
        "none",
        (2,),
        ("description_in_missing_attachment",),
        "nynorsk; description 'sjå prosjektskildring (vedlegg 2)', which is listed but not attached",
    ),
    34: (
        "G2",
        {"p5_missing"},
        "pgp_mime",
        (5,),
        ("part5_not_attached",),
        "nynorsk; no approval; enclosures list no approval",
    ),
    53: ("G2", set(), "pgp_mime", (), ("processor_none",), "nynorsk; complete; no processor"),
    54: ("G1", set(), "none", (), (), "complete; proctoring, Danish processor"),
    15: (
        "H1",
        {"p5_missing"},
        "inline",
        (5,),
        ("part5_will_follow",),
        "director's approval 'ettersendes' after the meeting 15 December",
    ),
    16: ("H2", set(), "inline", (), (), "complete; director's decision quoted in the body"),
    36: ("H1", set(), "inline", (), (), "complete"),
    55: (
        "H2",
        {"p2_missing", "p4_missing"},
        "inline",
        (2, 4),
        ("description_by_reference", "part4_will_follow"),
        "description only by reference to a public hearing note; risk assessment graded and sent separately",
    ),
    56: (
        "H1",
        {"p4_missing"},
        "inline",
        (4,),
        ("risk_register_empty",),
        "risk register '(ingen registrerte risikoer)'",
    ),
    17: (
        "I1",
        set(),
        "pgp_mime",
        (),
        (),
        "complete; contact in signature, external DPO, XLSX register, minutes DOCX",
    ),
    18: (
        "I2",
        {"p3_missing", "p5_missing"},
        "pgp_mime",
        (3, 5),
        ("part3_will_follow", "part5_will_follow"),
        "necessity 'utarbeides … januar 2027'; minutes to follow",
    ),
    37: (
        "I2",
        {"p1_proc_on_request"},
        "pgp_mime",
        (1,),
        ("p1_processor_on_request",),
        "sub-processor in India: 'Kontaktinformasjon … oppgis ved forespørsel'",
    ),
    38: ("I1", set(), "pgp_mime", (), (), "complete"),
    57: ("I1", set(), "none", (), (), "complete"),
    58: ("I2", set(), "none", (), (), "complete"),
    19: ("J1", set(), "none", (), (), "complete; scanned KDL protocol"),
    39: (
        "J1",
        {"p5_missing"},
        "pgp_mime",
        (5,),
        ("part5_will_follow",),
        "'Protokoll ettersendes' after the KDL meeting 8 December",
    ),
    40: (
        "J2",
        {"p2_missing", "p4_missing"},
        "none",
        (2, 4),
        ("template_placeholders", "part4_will_follow"),
        "Del 1 only '[fylles ut]'; Del 3 'gjennomføres … i januar 2027'",
    ),
    59: ("J2", set(), "none", (), (), "complete"),
    60: (
        "J1",
        {"p1_dpo_nophone", "p3_missing"},
        "pgp_mime",
        (1, 3),
        ("p1_dpo_name_only", "section_not_filled"),
        "DPO only as an office 'kontaktinformasjon på kommunens nettsider'; Del 2 'Ikke utfylt'",
    ),
}


def sender_of(n: int) -> str:
    return "ABCDEFGHIJ"[((n - 1) % 20) // 2]


def date_of(n: int) -> str:
    if n <= 28:
        return when(11, n + 1, 8 + n % 8, (n * 7) % 60)
    return when(12, 1 + (n - 29) // 2, 8 + n % 8, (n * 7) % 60)


def _lang(topic: str) -> str:
    return TOPICS[topic].lang


# --- Non-requests -------------------------------------------------------------------------


def nr_a41(cid: str, date: str) -> EmailMessage:
    body = txt("""
        Dear Datatilsynet,

        Nimbus Flow is headquartered in San Francisco; our EU main establishment is Nimbus Flow Ireland Ltd in Dublin. We are preparing a rollout of a voice authentication feature for our Nordic support line, operated from Oslo.

        Before we finalise the DPIA, could you confirm whether a possible prior consultation under Art. 36 should be addressed to Datatilsynet or to the Irish Data Protection Commission as lead supervisory authority? The decisions on this processing are taken by the Nordic management in Oslo, but the DPO function sits in Dublin.

        We are not submitting a request at this stage; we would just like to know where to direct it.

        Best regards,
        Hanna Lindqvist-Berg
        Privacy Counsel, Nordics
        Nimbus Flow Nordic AS | Tollbugata 24, 0152 Oslo
        Direct: +47 23 96 41 70
        hanna.lindqvist-berg@nimbusflow.no
    """)
    return message(
        cid,
        "Hanna Lindqvist-Berg <hanna.lindqvist-berg@nimbusflow.no>",
        "Question: competent authority for a possible Art. 36 consultation",
        date,
        body,
    )


def nr_b24(cid: str, date: str) -> EmailMessage:
    body = txt("""
        To Datatilsynet

        REQUEST FOR A GUIDANCE MEETING – OPEN-BANKING AFFORDABILITY ASSESSMENT

        Skagerak Nordbank AB, filial i Norge, is working on a PIA for the use of PSD2 account information in affordability assessments for consumer loans. Before we conclude, we would welcome a guidance meeting (veiledningsmøte) to discuss how Datatilsynet views the suppression of transactions that may reveal special category data, and whether consent can be relied upon for retrieving the data.

        We can present the solution in about 30 minutes. Suitable dates for us are in week 50 or 51.

        This is not a request for prior consultation.

        Kind regards

        Mikael Sandström-Aas
        Head of Compliance Norway
        Skagerak Nordbank AB, filial i Norge
        Tel. +47 21 09 55 40
        mikael.sandstrom-aas@skageraknordbank.no

        Classification: Internal
    """)
    return message(
        cid,
        "Sandström-Aas Mikael <mikael.sandstrom-aas@skageraknordbank.no>",
        "Request for guidance meeting – affordability assessment (PSD2 data)",
        date,
        body,
    )


def nr_c25(cid: str, date: str) -> EmailMessage:
    body = txt("""
        Dear Sir or Madam,

        Please note that Medivance GmbH, including its Norwegian branch Medivance Norge NUF (org.nr. 926 555 117), has appointed a new external Data Protection Officer with effect from 1 December 2026:

        Datenschutzkanzlei Ostermeier & Partner mbB
        Dr. Franziska Ostermeier
        Prinzregentenstraße 61, 81675 München
        +49 (0)89 2154 3370
        dsb@ostermeier-datenschutz.de

        The notification has also been submitted to the Bavarian supervisory authority (BayLDA). We would be grateful if you could update your records.

        Best regards / Med vennlig hilsen
        Silje Marstrander
        Country Manager Norway
        Medivance Norge NUF
        T +47 67 10 44 80
        silje.marstrander@medivance.no
    """)
    return message(
        cid,
        "Silje Marstrander <silje.marstrander@medivance.no>",
        "Notification of new Data Protection Officer – Medivance Norge NUF",
        date,
        body,
    )


def nr_e30(cid: str, date: str) -> EmailMessage:
    body = txt("""
        Good afternoon,

        For your information: Nordavind Air has completed the DPIA for the new crew rostering optimisation tool (form QP-DP-07). The assessment concluded that with the measures taken the residual risk is low to medium, and the Safety & Compliance Review Board accepted it on 4 November 2026.

        We therefore do not request prior consultation. We are sending this only so that Datatilsynet is aware of the project, since the unions have asked us to inform you. No reply is needed.

        With kind regards

        Kristoffer Brennvik
        Compliance Monitoring Manager
        Nordavind Air AS
        Phone: 0047 75 55 40 18
        kristoffer.brennvik@nordavindair.no
    """)
    return message(
        cid,
        "Kristoffer Brennvik <kristoffer.brennvik@nordavindair.no>",
        "FYI – DPIA crew rostering tool (no prior consultation needed)",
        date,
        body,
    )


def nr_f11(cid: str, date: str) -> EmailMessage:
    body = txt("""
        Innsynsbegjæring

        Havbrå fylkeskommune ber med dette om innsyn etter offentleglova § 3 i Datatilsynets endelige rapport etter tilsynet med læringsanalyse i Vestre Havbrå kommune (2025), samt eventuell korrespondanse om bruk av læringsanalyse i grunnskolen.

        Bakgrunnen er at fylkeskommunen vurderer tilsvarende løsninger i videregående opplæring.

        Svar kan sendes til postmottak@havbra-fylke.no med referanse 2026/4812.

        Med hilsen
        Synnøve Kleppe
        seniorrådgiver, Havbrå fylkeskommune
        +47 55 55 03 71
    """)
    return message(
        cid,
        "Havbrå fylkeskommune <postmottak@havbra-fylke.no>",
        "Innsynsbegjæring - tilsynsrapport læringsanalyse",
        date,
        body,
    )


def nr_g14(cid: str, date: str) -> EmailMessage:
    report = to_pdf(
        """
# Personvernombudets årsrapport 2025–2026

Universitetet i Nordvik. Personvernombud Håkon Rydning.

# 1 Sammendrag

Personvernombudet har i perioden gitt råd i 214 saker, deltatt i 19 vurderinger av personvernkonsekvenser og behandlet 46 henvendelser fra registrerte.

# 2 Særlige forhold

Antallet DPIA-er knyttet til eksamen og digitale læringsverktøy har økt. Ombudet har anbefalt at universitetet vurderer forhåndsdrøfting for digital eksamensovervåking.

# 3 Ressurser

Ombudet har 1,6 årsverk. Ombudet anbefaler styrking med 0,5 årsverk.
""",
        "Årsrapport",
    )
    body = txt("""
        Se vedlagt dokument fra Universitetet i Nordvik.

        Personvernombudets årsrapport for 2025–2026 oversendes Datatilsynet til orientering.

        Universitetet i Nordvik, Dokumentsenteret
        Sentralbord: +47 77 55 40 00
    """)
    return message(
        cid,
        "Universitetet i Nordvik <postmottak@uinordvik.no>",
        "Personvernombudets årsrapport 2025-2026 - til orientering",
        date,
        body,
        None,
        [("26_01102-6 Årsrapport personvernombudet.pdf", report)],
    )


def nr_h35(cid: str, date: str) -> EmailMessage:
    body = txt("""
        Høringsinstansene iflg. liste

        Vår ref.: 26/00655-31    Dato: 20. november 2026

        HØRING – FORSLAG TIL ENDRINGER I VÅPENFORSKRIFTEN (DIGITAL MELDEORDNING FOR HELSEPERSONELL)

        Direktoratet for våpenforvaltning sender på vegne av Justis- og beredskapsdepartementet forslag til endringer i våpenforskriften på høring. Forslaget gjelder en digital løsning for helsepersonells meldinger etter helsepersonelloven § 34 a.

        Høringsnotatet er publisert på direktoratets nettsider. Vi ber særlig om Datatilsynets syn på forslagets kapittel 6 om behandling av personopplysninger.

        Høringsfrist: 20. februar 2027. Høringssvar sendes postmottak@dvf.no.

        Med hilsen

        Ole Martin Fjeldheim
        avdelingsdirektør, Juridisk avdeling
        Direktoratet for våpenforvaltning
        Telefon: 22 55 71 30
    """)
    return message(
        cid,
        "Fjeldheim Ole Martin <ole.martin.fjeldheim@dvf.no>",
        "Høring - endringer i våpenforskriften",
        date,
        body,
    )


def nr_j20(cid: str, date: str) -> EmailMessage:
    body = txt("""
        Hei,

        Storvik kommune vurderer kameraovervåking ved inngangen og i utlånsområdet på Storvik bibliotek etter flere tilfeller av hærverk og trusler mot ansatte. Vi er usikre på om dette krever en vurdering av personvernkonsekvenser, og om vi i så fall må be om forhåndsdrøfting.

        Kan dere gi oss veiledning på dette, eventuelt i et kort møte? Vi har ikke startet noen DPIA ennå.

        Med vennlig hilsen
        Henning Brattvåg
        rådgiver informasjonssikkerhet og personvern
        Storvik kommune
        Tlf. 0047 51 55 60 42
        henning.brattvag@storvik.kommune.no
    """)
    return message(
        cid,
        "Brattvåg, Henning <henning.brattvag@storvik.kommune.no>",
        "Spørsmål om kameraovervåking på biblioteket",
        date,
        body,
    )


NONREQUESTS: dict[int, tuple[Callable[[str, str], EmailMessage], str, tuple[str, ...], str]] = {
    41: (
        nr_a41,
        "en",
        ("nonrequest_question", "mentions_prior_consultation"),
        "asks which authority is competent; no request",
    ),
    24: (
        nr_b24,
        "en",
        ("nonrequest_guidance",),
        "guidance meeting request, says it is not a prior consultation",
    ),
    25: (nr_c25, "en", ("nonrequest_dpo_notification",), "notification of new external DPO"),
    30: (
        nr_e30,
        "en",
        ("nonrequest_fyi_dpia", "mentions_prior_consultation"),
        "informs that a DPIA concluded no prior consultation is needed",
    ),
    11: (
        nr_f11,
        "nb",
        ("nonrequest_access_request",),
        "the county's own access request under offentleglova",
    ),
    14: (
        nr_g14,
        "nb",
        ("nonrequest_dpo_annual_report", "mentions_prior_consultation"),
        "DPO annual report sent for information",
    ),
    35: (
        nr_h35,
        "nb",
        ("nonrequest_public_hearing",),
        "public hearing letter sent to Datatilsynet as a consultee",
    ),
    20: (
        nr_j20,
        "nb",
        ("nonrequest_question", "mentions_prior_consultation"),
        "asks whether camera surveillance needs a DPIA / prior consultation",
    ),
}

NR_ENCRYPT = {35: "inline"}
NR_SHAPES = {
    "A": ("saas_subsidiary",),
    "B": ("bank",),
    "C": ("medtech_branch",),
    "E": ("airline",),
    "F": ("county_authority",),
    "G": ("university",),
    "H": ("state_agency",),
    "J": ("municipality",),
}


def build(n: int) -> tuple[EmailMessage, Label]:
    cid = f"l{n:03d}"
    s = sender_of(n)
    date = date_of(n)
    if n in NONREQUESTS:
        fn, lang, shapes, note = NONREQUESTS[n]
        enc = NR_ENCRYPT.get(n, "none")
        return fn(cid, date), Label(lang, NR_SHAPES[s] + shapes, enc, False, "unspecified", note)
    topic, knobs, enc, missing, extra, note = REQUESTS[n]
    assert topic[0] == s, (n, topic, s)
    msg = RENDER[s](cid, TOPICS[topic], date, set(knobs))
    proc = "used" if TOPICS[topic].processors else "none"
    shapes = BASE[s] + extra
    if "pdf" in knobs:
        shapes += ("dpia_pdf",)
    return msg, Label(_lang(topic), shapes, enc, True, proc, note, tuple(sorted(missing)))


def all_cases() -> list[tuple[str, Callable[[], tuple[EmailMessage, Label]]]]:
    ids = sorted(set(REQUESTS) | set(NONREQUESTS))
    assert ids == list(range(1, 61)), ids
    return [(f"l{n:03d}", (lambda n=n: build(n))) for n in ids]
