# ruff: noqa: E501
"""The sixty cases of blind23 (a001-a060): a table of requests and eight non-requests.

Sender of id n is ``ABCDEFGHIJ[((n-1) % 20) // 2]``. A request row names the sender's function,
the topic, what the case leaves out (``K``), its encryption, extra shape tags, the missing parts
and a note. The generator finds every ``aNNN`` function in this module.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

from kit import Label, message, txt, when
from personas import (
    K,
    mail_a,
    mail_b,
    mail_c,
    mail_d,
    mail_e,
    mail_f,
    mail_g,
    mail_h,
    mail_i,
    mail_j,
)

BASE = {
    "A": (
        "nb",
        mail_a,
        (
            "municipality",
            "health_and_school_services",
            "all_in_body",
            "headings_none",
            "contact_prose",
            "processor_contact_body",
            "risk_bullets",
            "part5_minutes_quoted_in_body",
        ),
    ),
    "B": (
        "nn",
        mail_b,
        (
            "municipality",
            "school_services",
            "odt",
            "headings_question",
            "contact_short_list",
            "processor_contact_doc",
            "risk_bullets",
            "part5_minutes_in_doc",
        ),
    ),
    "C": (
        "nb",
        mail_c,
        (
            "private_clinic",
            "pdf_short",
            "headings_unnumbered",
            "contact_short_list",
            "contact_in_body",
            "dpo_external_firm",
            "processor_contact_body",
        ),
    ),
    "D": (
        "nb",
        mail_d,
        (
            "dental_chain",
            "docx_letter",
            "headings_none",
            "contact_is_sender_stated",
            "contact_in_signature",
            "processor_contact_doc",
            "risk_prose",
            "part5_paragraph_in_doc",
        ),
    ),
    "E": (
        "en",
        mail_e,
        (
            "startup",
            "all_in_body",
            "headings_caps_in_body",
            "contact_in_signature",
            "dpo_external_firm",
            "processor_contact_body",
            "risk_bullets",
        ),
    ),
    "F": (
        "nb",
        mail_f,
        (
            "sports_federation",
            "docx_short",
            "headings_question",
            "contact_in_signature",
            "contact_label_value",
            "processor_contact_doc",
            "risk_bullets",
        ),
    ),
    "G": (
        "nb",
        mail_g,
        (
            "housing_cooperative",
            "all_in_body",
            "headings_none",
            "contact_in_signature",
            "processor_contact_body",
            "risk_prose",
        ),
    ),
    "H": (
        "nn",
        mail_h,
        (
            "research_group",
            "pdf_short",
            "headings_unnumbered",
            "contact_short_list",
            "contact_in_body",
            "risk_bullets",
        ),
    ),
    "I": (
        "nb",
        mail_i,
        (
            "ngo",
            "odt",
            "headings_none",
            "contact_label_value",
            "processor_contact_doc",
            "risk_bullets",
            "part5_board_decision_in_doc",
        ),
    ),
    "J": (
        "nb",
        mail_j,
        (
            "transport_company",
            "contact_short_list",
            "contact_in_body",
            "processor_contact_body",
            "risk_table",
            "part5_signoff_table",
        ),
    ),
}

# id: (topic, K fields, encrypt, extra shapes, missing parts, note)
REQUESTS: dict[str, tuple[str, dict[str, object], str, tuple[str, ...], tuple[int, ...], str]] = {
    "a001": (
        "A1",
        {},
        "inline",
        (),
        (),
        "complete; all in the body, contacts in prose; ledergruppe minutes quoted",
    ),
    "a002": ("A2", {}, "pgp_mime", (), (), "complete; school learning analytics, all in the body"),
    "a021": (
        "A1",
        {"p3": "legal_only"},
        "none",
        ("part3_legal_basis_only",),
        (3,),
        "necessity paragraph is only the legal basis",
    ),
    "a022": (
        "A2",
        {"p4": "not_attached"},
        "inline",
        ("part4_dpia_not_attached",),
        (4,),
        "risk assessment 'står i DPIA-en, som ligger ved' but nothing is attached; approval quoted in body",
    ),
    "a042": (
        "A1",
        {"resend": True},
        "pgp_mime",
        ("resubmission_complete",),
        (),
        "complete; resent after a bounce",
    ),
    "a003": ("B1", {}, "pgp_mime", (), (), "complete; nynorsk ODT with question headings"),
    "a004": ("B2", {}, "none", (), (), "complete; nynorsk ODT"),
    "a023": (
        "B1",
        {"p5": "next_week"},
        "pgp_mime",
        ("part5_leader_next_week",),
        (5,),
        "kommunalsjefen 'skal sjå på det neste veke'",
    ),
    "a024": (
        "B2",
        {"p3": "legal_only"},
        "none",
        ("part3_legal_basis_only",),
        (3,),
        "'Kvifor er det naudsynt?' answered with opplæringslova only",
    ),
    "a043": ("B2", {}, "pgp_mime", (), (), "complete"),
    "a044": (
        "B1",
        {"resend": True},
        "pgp_mime",
        ("resubmission_complete",),
        (),
        "complete; resent with the approval (after a023)",
    ),
    "a005": (
        "C1",
        {},
        "pgp_mime",
        ("risk_table", "part5_photographed_signatures"),
        (),
        "complete; approval as a photographed signed page",
    ),
    "a006": (
        "C2",
        {},
        "pgp_mime",
        ("risk_table", "part5_paragraph_in_doc"),
        (),
        "complete; approval paragraph in the PDF",
    ),
    "a025": (
        "C1",
        {"p1": "dpo_no_phone"},
        "none",
        ("risk_table", "part5_photographed_signatures", "p1_dpo_no_phone"),
        (1,),
        "DPO with firm and e-mail, no phone",
    ),
    "a026": (
        "C2",
        {"p5": "next_week"},
        "pgp_mime",
        ("risk_table", "part5_leader_next_week"),
        (5,),
        "'Fagdirektøren skal se på den neste uke'",
    ),
    "a045": ("C2", {}, "none", ("risk_table", "part5_paragraph_in_doc"), (), "complete"),
    "a046": (
        "C1",
        {"p2": "thin", "p4": "measures_only"},
        "none",
        ("part2_one_sentence", "part4_measures_no_risks", "part5_photographed_signatures"),
        (2, 4),
        "description one sentence; risk heading holds only measures",
    ),
    "a007": ("D1", {}, "none", (), (), "complete; DOCX letter in prose, no headings"),
    "a008": ("D2", {}, "pgp_mime", (), (), "complete"),
    "a027": (
        "D2",
        {"p2": "thin"},
        "pgp_mime",
        ("part2_one_sentence",),
        (2,),
        "description is one sentence",
    ),
    "a028": (
        "D1",
        {"p1": "contact_no_phone"},
        "none",
        ("p1_contact_no_phone",),
        (1,),
        "contact is 'undertegnede'; signature has e-mail only, no phone anywhere",
    ),
    "a047": (
        "D1",
        {"p5": "not_attached"},
        "pgp_mime",
        ("part5_said_attached_missing",),
        (5,),
        "'Ledelsens godkjenning ligger vedlagt' – not attached",
    ),
    "a009": (
        "E1",
        {},
        "inline",
        ("part5_minutes_quoted_in_body",),
        (),
        "complete; English, all in the body",
    ),
    "a010": ("E2", {}, "pgp_mime", ("part5_minutes_quoted_in_body",), (), "complete"),
    "a029": (
        "E1",
        {"p1": "proc_no_contact", "p4": "measures_only"},
        "none",
        ("p1_processor_no_contact", "part4_measures_no_risks", "part5_minutes_quoted_in_body"),
        (1, 4),
        "processor named with no contact; risk section lists safeguards only",
    ),
    "a030": (
        "E2",
        {"p5": "next_week"},
        "inline",
        ("part5_leader_next_week",),
        (5,),
        "board 'will sign off next Tuesday'",
    ),
    "a050": (
        "E1",
        {"p3": "legal_only"},
        "pgp_mime",
        ("part3_legal_basis_only", "part5_minutes_quoted_in_body"),
        (3,),
        "'WHY WE NEED IT' is only the consent basis",
    ),
    "a011": (
        "F1",
        {},
        "pgp_mime",
        ("part5_email_forwarded_eml", "forwarded_rfc822"),
        (),
        "complete; approval as the chair's forwarded e-mail",
    ),
    "a012": ("F2", {}, "none", ("part5_protocol_line",), (), "complete; approval line in the DOCX"),
    "a031": (
        "F1",
        {"p4": "measures_only"},
        "none",
        ("part5_email_forwarded_eml", "forwarded_rfc822", "part4_measures_no_risks"),
        (4,),
        "'Hva kan gå galt?' lists only measures",
    ),
    "a032": (
        "F2",
        {"p4": "later"},
        "pgp_mime",
        ("part5_protocol_line", "part4_will_follow"),
        (4,),
        "risk assessment not finished, will be sent",
    ),
    "a051": ("F2", {}, "pgp_mime", ("part5_protocol_line",), (), "complete"),
    "a013": (
        "G1",
        {},
        "inline",
        ("part5_protocol_quoted_in_body",),
        (),
        "complete; short mail in prose",
    ),
    "a014": ("G2", {}, "none", ("part5_protocol_quoted_in_body",), (), "complete"),
    "a033": (
        "G1",
        {"p1": "proc_no_contact"},
        "pgp_mime",
        ("part5_protocol_quoted_in_body", "p1_processor_no_contact"),
        (1,),
        "processor named, no contact person",
    ),
    "a053": ("G2", {}, "none", ("part5_protocol_quoted_in_body",), (), "complete"),
    "a054": (
        "G1",
        {"p5": "pending"},
        "inline",
        ("part5_future_meeting",),
        (5,),
        "on the agenda of the board meeting 19 November",
    ),
    "a015": (
        "H1",
        {},
        "pgp_mime",
        ("part5_scanned_letter",),
        (),
        "complete; scanned approval letter",
    ),
    "a016": (
        "H2",
        {},
        "none",
        ("part5_paragraph_in_doc", "processor_none_stated"),
        (),
        "complete; no processor",
    ),
    "a035": (
        "H1",
        {"p2": "thin"},
        "none",
        ("part5_scanned_letter", "part2_one_sentence"),
        (2,),
        "description one sentence",
    ),
    "a036": (
        "H2",
        {"p1": "dpo_name_only", "p3": "legal_only"},
        "none",
        (
            "part5_paragraph_in_doc",
            "processor_none_stated",
            "p1_dpo_name_only",
            "part3_legal_basis_only",
        ),
        (1, 3),
        "DPO by name only; necessity only the legal basis",
    ),
    "a056": ("H1", {}, "none", ("part5_scanned_letter",), (), "complete"),
    "a017": ("I1", {}, "none", (), (), "complete; ODT in prose without headings"),
    "a018": ("I2", {}, "pgp_mime", (), (), "complete"),
    "a037": (
        "I1",
        {"p5": "pending"},
        "pgp_mime",
        ("part5_future_meeting",),
        (5,),
        "'Styret skal se på DPIA-en' on 2 December",
    ),
    "a038": (
        "I2",
        {"p2": "thin"},
        "pgp_mime",
        ("part2_one_sentence",),
        (2,),
        "description one sentence",
    ),
    "a057": (
        "I2",
        {"p3": "legal_only", "p5": "sent_not_handled"},
        "pgp_mime",
        ("part3_legal_basis_only", "part5_not_done"),
        (3, 5),
        "necessity only legal basis; DPIA sent to board, not handled",
    ),
    "a019": ("J1", {}, "pgp_mime", ("dpia_report_docx",), (), "complete"),
    "a020": ("J2", {}, "pgp_mime", ("dpia_report_pdf",), (), "complete"),
    "a039": ("J2", {}, "none", ("dpia_report_pdf",), (), "complete"),
    "a040": ("J1", {}, "none", ("dpia_report_docx",), (), "complete"),
    "a060": (
        "J1",
        {"resend": True},
        "pgp_mime",
        ("dpia_report_docx", "resubmission_complete"),
        (),
        "complete; resent for lack of a receipt",
    ),
}

# when each case was sent: (month, day, hour, minute)
DATES = {
    n: (
        11 if n <= 40 else 12,
        2 + (n * 7) % 27 if n <= 40 else 1 + (n * 5) % 18,
        8 + n % 8,
        (n * 13) % 60,
    )
    for n in range(1, 61)
}


def _sender(cid: str) -> str:
    return "ABCDEFGHIJ"[((int(cid[1:]) - 1) % 20) // 2]


def _request(cid: str) -> Callable[[], tuple[EmailMessage, Label]]:
    topic, kw, enc, extra, missing, note = REQUESTS[cid]
    lang, fn, shapes = BASE[_sender(cid)]

    def build() -> tuple[EmailMessage, Label]:
        k = K(date=when(*DATES[int(cid[1:])]), **kw)  # type: ignore[arg-type]
        processor = "none" if topic == "H2" else "used"
        return fn(cid, topic, k), Label(lang, shapes + extra, enc, True, processor, note, missing)

    build.__name__ = cid
    return build


for _cid in REQUESTS:
    globals()[_cid] = _request(_cid)


def _nr(
    cid: str, lang: str, shapes: tuple[str, ...], note: str, msg: EmailMessage
) -> tuple[EmailMessage, Label]:
    return msg, Label(lang, shapes, "none", False, "unspecified", note)


def _d(cid: str) -> str:
    return when(*DATES[int(cid[1:])])


def a041() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Elvedal kommune vurderer å ta i bruk GPS-sporing for hjemmeboende med demens som går seg bort, og kanskje også digitalt tilsyn på sykehjemmet. Vi har ikke kommet så langt at vi har gjort en DPIA ennå, og vi er usikre på om dette er noe vi må sende til dere som forhåndsdrøftelse.

        Vi vil derfor gjerne ha et veiledningsmøte med dere før vi går videre, gjerne på Teams i desember eller januar. Vi er tre fra kommunen som vil delta: meg, personvernombudet og fagleder for velferdsteknologi.

        Du kan nå meg på 481 22 907.

        Med vennlig hilsen
        Randi Sæterbakken
        spesialrådgiver, kommunedirektørens stab
        Elvedal kommune
        """)
    msg = message(
        "a041",
        "Randi Sæterbakken <randi.saeterbakken@elvedal.kommune.no>",
        "Ønske om veiledningsmøte – velferdsteknologi",
        _d("a041"),
        body,
    )
    return _nr(
        "a041",
        "nb",
        ("municipality", "all_in_body", "nonrequest_guidance", "mentions_prior_consultation"),
        "asks for a guidance meeting; no DPIA yet",
        msg,
    )


def a048() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Vi melder et avvik. Mandag 23. november ble en innkalling med behandlingsplan sendt til feil pasient ved klinikken vår på Lillestrøm. Brevet inneholdt navn, fødselsdato og planlagt behandling (rotfylling og krone) for én pasient. Mottakeren ringte oss samme dag og har slettet e-posten. Pasienten er informert.

        Årsaken var at to pasienter med samme navn lå i systemet, og feil e-postadresse ble valgt. Vi har nå innført at resepsjonen må kontrollere fødselsdato før utsending.

        Vi har også fylt ut skjemaet i Altinn, men sender dette i tillegg for ordens skyld.

        Mvh
        Lise Aarvik
        Kvalitetsansvarlig, Smilehuset Tannhelse AS
        Mobil 934 27 115
        lise.aarvik@smilehuset.no
        """)
    msg = message(
        "a048",
        "Lise Aarvik <lise.aarvik@smilehuset.no>",
        "Avviksmelding – brev sendt til feil pasient",
        _d("a048"),
        body,
    )
    return _nr(
        "a048",
        "nb",
        ("dental_chain", "all_in_body", "nonrequest_breach_notification"),
        "breach notification",
        msg,
    )


def a049() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hi,

        Quick question: we're a small startup (Pulsr AS) making a wristband that measures sleep and heart rate for consumers. We're now adding a feature where users can share their data with their GP.

        Do we need a DPIA for this, and if we do, do we then have to send it to you before launch? We read the list on your website but we're not sure if we count as "large scale" with about 8,000 users.

        Thanks a lot,
        Maya Lindholm
        Co-founder & CEO, Pulsr AS
        +47 458 20 331 | maya@pulsr.no
        """)
    msg = message(
        "a049", "Maya Lindholm <maya@pulsr.no>", "Question: do we need a DPIA?", _d("a049"), body
    )
    return _nr(
        "a049",
        "en",
        ("startup", "all_in_body", "nonrequest_question", "mentions_prior_consultation"),
        "asks whether a DPIA and a prior consultation are needed",
        msg,
    )


def a052() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei!

        Vi vil melde at Norsk Terrengløpsforbund har fått nytt personvernombud fra 1. desember. Det nye ombudet er Kari Anne Strøm, tlf. 917 02 554, personvernombud@terrenglop.no. Hun tar over etter Per Vidar Holm.

        Vi har også meldt dette i Altinn, men fikk beskjed fra en klubb om at vi burde sende det hit også.

        Sportslig hilsen
        Hege Wold
        Organisasjonssjef
        Norsk Terrengløpsforbund
        Tlf: 971 55 820
        E-post: hege.wold@terrenglop.no
        """)
    msg = message(
        "a052", "Hege Wold <hege.wold@terrenglop.no>", "Nytt personvernombud", _d("a052"), body
    )
    return _nr(
        "a052",
        "nb",
        ("sports_federation", "all_in_body", "nonrequest_dpo_notification"),
        "new DPO notice",
        msg,
    )


def a034() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei.

        En beboer i et av borettslagene våre fikk bilen ripet opp i garasjen forrige helg, og ber nå om å få se kameraopptakene for å finne ut hvem som gjorde det. Han har ikke anmeldt det til politiet ennå.

        Kan vi vise ham opptakene, eller må vi vente til det er anmeldt og bare gi dem til politiet? Opptakene slettes etter 7 dager, så vi må vite det ganske raskt.

        Mvh
        Bjørn Tveit
        Forvaltningssjef
        Fjellhage Boligbyggelag
        Tlf 907 64 552
        bjorn.tveit@fjellhage-bbl.no
        """)
    msg = message(
        "a034",
        "Bjørn Tveit <bjorn.tveit@fjellhage-bbl.no>",
        "Spørsmål om utlevering av kameraopptak",
        _d("a034"),
        body,
    )
    return _nr(
        "a034",
        "nb",
        ("housing_cooperative", "all_in_body", "nonrequest_question"),
        "question about handing out camera footage",
        msg,
    )


def a055() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Vi i forskingsgruppa Helse, rørsle og aldring ved Høgskulen i Sunnfjord planlegg ein ny studie med aktivitetsmålarar på sjukeheimsbebuarar. Prosjektet har fått godkjenning frå REK, og vi har gjort ei vurdering av personvernkonsekvensar saman med personvernombodet.

        Spørsmålet vårt er om vi i tillegg må be om førehandsdrøfting hos dykk, eller om REK-godkjenninga er nok. Restrisikoen vart vurdert som akseptabel.

        Venleg helsing
        Ragnhild Sande
        førsteamanuensis, Høgskulen i Sunnfjord
        57 72 30 45
        """)
    msg = message(
        "a055",
        "Ragnhild Sande <ragnhild.sande@hisf.no>",
        "Spørsmål om førehandsdrøfting og REK",
        _d("a055"),
        body,
    )
    return _nr(
        "a055",
        "nn",
        ("research_group", "all_in_body", "nonrequest_question", "mentions_prior_consultation"),
        "asks whether REK approval is enough; residual risk acceptable",
        msg,
    )


def a058() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei!

        Ung Stemme inviterer til frokostseminar om barn, chat og personvern torsdag 14. januar kl. 08.30–10.00 i Frivillighetshuset, Oslo. Vi får besøk av ungdom fra ungdomspanelet vårt, og vi vil gjerne ha noen fra Datatilsynet med i panelsamtalen om hvordan hjelpetjenester kan bruke ny teknologi uten å svikte barnas personvern.

        Påmelding på ungstemme.no/seminar innen 5. januar. Det blir servert frokost.

        Vennlig hilsen
        Sunniva Berge
        daglig leder, Ung Stemme
        936 71 208
        """)
    msg = message(
        "a058",
        "Sunniva Berge <sunniva@ungstemme.no>",
        "Invitasjon: frokostseminar om barn og personvern",
        _d("a058"),
        body,
    )
    return _nr(
        "a058", "nb", ("ngo", "all_in_body", "nonrequest_invitation"), "seminar invitation", msg
    )


def a059() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Vi viser til brevet deres av 12. oktober 2026 (deres ref. 26/04417) om bruk av GPS i servicebilene våre, og svarer på spørsmålene i rekkefølge.

        1. Formålet med GPS-en er å planlegge utrykning ved driftsstans og å dokumentere kjørte kilometer. Den brukes ikke til å kontrollere arbeidstid.
        2. Posisjonsdata lagres i 30 dager.
        3. Tillitsvalgte ble orientert før GPS-en ble satt i drift i 2024, og det finnes en skriftlig avtale. Den ligger ved som tekst under.
        4. Ansatte kan se egne kjørelogger i appen.

        «Avtale om bruk av kjøretøysporing i servicebiler, inngått mellom Trollfjord Trafikk AS og tillitsvalgte 14.03.2024: GPS-data skal bare brukes til drift og kilometerregnskap.»

        Med hilsen
        Eva Strømsnes
        sikkerhetssjef, Trollfjord Trafikk AS
        971 20 643
        """)
    msg = message(
        "a059",
        "Eva Strømsnes <eva.stromsnes@trollfjordtrafikk.no>",
        "SV: Deres ref. 26/04417 – GPS i servicebiler",
        _d("a059"),
        body,
    )
    return _nr(
        "a059",
        "nb",
        ("transport_company", "all_in_body", "nonrequest_reply_to_inquiry"),
        "answer to an inquiry from Datatilsynet",
        msg,
    )
