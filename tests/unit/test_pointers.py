"""R-CP-59: a part the mail points to an attachment for, when that attachment is not there."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import (
    NOT_ATTACHED_NOTE,
    CaseTypeSpec,
    CompletenessReport,
    Evidence,
    Verdict,
    check_completeness,
)
from completeness.cues import Hit, State
from completeness.pointers import _absent, not_attached
from completeness.text import Source, build_source
from config.case_types import load_case_type

CONTACTS = """Kontaktperson: Eva Dahl, tlf. 22 33 44 55, eva.dahl@barnevern.example.no
Personvernombud: Ole Lie, tlf. 22 33 44 00, pvo@barnevern.example.no
Vi bruker ingen databehandler.
"""
DESCRIPTION = """Beskrivelse av behandlingen
Når en bekymringsmelding kommer inn, leser verktøyet meldingen og foreslår en prioritet. Om lag
4 000 meldinger i året; opplysningene lagres i fagsystemet og deles ikke med andre.
"""
NECESSITY = """Nødvendighet og forholdsmessighet
Barnevernsloven pålegger oss å gjennomgå meldinger innen en uke. Manuell sortering er vurdert,
men gir lengre ventetid; saksbehandleren avgjør alltid, og familiene informeres.
"""
RISK = """Risikovurdering
Risiko for feil prioritering er middels; tiltak: saksbehandler avgjør. Restrisiko er lav.
"""
MINUTES = """Protokoll fra ledergruppen 12.11.2026, sak 44/26: barnevernleder presenterte DPIA-en og
funnene; innspill fra brukerorganisasjonen ble drøftet. Ledergruppen godkjente DPIA-en og vedtok
å be om forhåndsdrøftelse."""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, body: str, *docs: tuple[str, str]) -> CompletenessReport:
    documents = [Document(name, "application/pdf", len(t), "0" * 64, t) for name, t in docs]
    return check_completeness(spec, body, documents, "Anmodning om forhåndsdrøftelse")


LISTED = f"""Hei,
vi ber om forhåndsdrøftelse. Vedlagt:
1. Beskrivelse og vurdering (PDF)
2. Risikovurdering (Excel)
3. Protokoll ledergruppen (PDF)

{CONTACTS}"""


def test_a_spreadsheet_listed_but_not_attached_leaves_the_part_missing(spec: CaseTypeSpec) -> None:
    report = check(
        spec,
        LISTED,
        ("Beskrivelse og vurdering.pdf", f"{DESCRIPTION}\n{NECESSITY}"),
        ("Protokoll ledergruppen.pdf", MINUTES),
    )
    risk = report.parts[3]
    assert risk.verdict is Verdict.MISSING, risk.note
    assert risk.note.startswith("vedlegget mangler")
    assert report.missing_parts == (4,)


def test_the_spreadsheet_attached_holds_the_part(spec: CaseTypeSpec) -> None:
    report = check(
        spec,
        LISTED,
        ("Beskrivelse og vurdering.pdf", f"{DESCRIPTION}\n{NECESSITY}"),
        ("Risiko.xlsx", "Risiko\tSannsynlighet\tKonsekvens\tTiltak\tRestrisiko\n"),
        ("Protokoll ledergruppen.pdf", MINUTES),
    )
    assert report.parts[3].verdict is not Verdict.MISSING


@pytest.mark.parametrize(
    ("pointer", "attached"),
    [
        ("Risikovurderingen finner dere i vedlegg 4.", "Vedlegg 4 - ROS.pdf"),
        ("Annex B – Risk assessment", "Annex B.pdf"),
        ("Risikovurderingen ligger i ros_analyse.pdf.", "ros_analyse.pdf"),
    ],
)
def test_a_pointer_to_an_attachment_that_is_there_is_not_an_absence(
    spec: CaseTypeSpec, pointer: str, attached: str
) -> None:
    """The attachment answers to the pointer; what it holds (here: too little) decides."""
    body = f"{CONTACTS}\n{DESCRIPTION}\n{NECESSITY}\n{pointer}\n\n{MINUTES}\n"
    report = check(spec, body, (attached, "Se tabell."))
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note


@pytest.mark.parametrize(
    "pointer",
    [
        "Risikovurderingen finner dere i vedlegg 4.",
        "Annex B – Risk assessment",
        "Risikovurderingen ligger i ros_analyse.pdf.",
    ],
)
def test_a_pointer_to_an_attachment_that_is_not_there_is_an_absence(
    spec: CaseTypeSpec, pointer: str
) -> None:
    body = f"{DESCRIPTION}\n{NECESSITY}\n{pointer}\n"
    report = check(spec, body, ("Vedlegg 1.pdf", CONTACTS), ("Protokoll.pdf", MINUTES))
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    assert report.missing_parts == (4,)


def test_an_annex_that_is_a_chapter_of_an_attached_document_is_there(spec: CaseTypeSpec) -> None:
    body = f"{CONTACTS}\nRisikovurderingen står i vedlegg 4 i DPIA-dokumentet.\n"
    dpia = f"{DESCRIPTION}\n{NECESSITY}\nVedlegg 4 Risikomatrise\nSe tabell.\n\n{MINUTES}\n"
    report = check(spec, body, ("DPIA.pdf", dpia))
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note


def test_a_pointer_that_names_nothing_to_look_for_says_nothing(spec: CaseTypeSpec) -> None:
    body = f"{CONTACTS}\n{DESCRIPTION}\n{NECESSITY}\nSe vedlagt risikovurdering.\n\n{MINUTES}\n"
    report = check(spec, body, ("Dokument1.pdf", "Se tabell."))
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note


def test_real_content_of_the_part_anywhere_outweighs_the_pointer(spec: CaseTypeSpec) -> None:
    body = f"{CONTACTS}\n{DESCRIPTION}\n{NECESSITY}\n{RISK}\nSe også vedlegg 4.\n\n{MINUTES}\n"
    assert check(spec, body).parts[3].verdict is Verdict.PRESENT


# --- the pieces, each with the shapes attachments arrive in ---------------------------------


def sources(*named: tuple[str, str]) -> list[Source]:
    return [build_source(name, text, lambda _: False) for name, text in named]


MAIL = ("e-postteksten", "Vedlagt er anmodningen.")


@pytest.mark.parametrize(
    ("pointer", "attached"),
    [
        ("3_Risk_assessment.xlsx", "Delebil.zip/3_Risk_assessment.XLSX"),  # a ZIP member
        ("skann av protokoll.jpg", "skann av protokoll.jpg (OCR)"),  # read by OCR
        ("ros.pdf", "ROS.PDF"),
        ("Se vedlegg 4.", "Vedlegg 4 - ROS.pdf"),
        ("Se vedlegg 4.", "pakke.zip/4_ROS.pdf"),
        ("Annex B – Risk assessment", "Annex_B.pdf"),
        ("Risikovurdering (regneark)", "risiko.ods"),
        ("Risikovurdering (Excel)", "risiko.csv"),
    ],
)
def test_a_pointer_answered_by_an_attachment_is_not_an_absence(pointer: str, attached: str) -> None:
    assert not _absent(pointer, sources(MAIL, (attached, "Tekst i vedlegget.")))


@pytest.mark.parametrize(
    ("pointer", "attached"),
    [
        ("3_Risk_assessment.xlsx", "3_Risk_assessment.pdf"),
        ("Se vedlegg 4.", "Vedlegg 14.pdf"),  # 14 is not 4
        ("Se vedlegg 4.", "DPIA v4.pdf"),  # a version number is not the annex
        ("Annex B – Risk assessment", "bilag.pdf"),  # the letter inside a word
        ("Risikovurdering (Excel)", "risiko.pdf"),
        ("3_Risk_assessment.xlsx: 4_Approval.pdf", "4_Approval.pdf"),  # the first file is its own
    ],
)
def test_a_pointer_nothing_answers_to_is_an_absence(pointer: str, attached: str) -> None:
    assert _absent(pointer, sources(MAIL, (attached, "Tekst i vedlegget.")))


def test_an_annex_heading_inside_a_document_answers_but_the_mail_itself_does_not() -> None:
    inside = sources(MAIL, ("DPIA.pdf", "Innledning\nAnnex B Risikomatrise\nSe tabell.\n"))
    assert not _absent("Annex B – Risk assessment", inside)
    in_mail = sources(("e-postteksten", "Annex B – Risk assessment\n"), ("DPIA.pdf", "Tekst."))
    assert _absent("Annex B – Risk assessment", in_mail)


def test_a_pointer_with_nothing_to_look_for_is_no_absence() -> None:
    assert not _absent("Se vedlagt risikovurdering.", sources(MAIL, ("DPIA.pdf", "Tekst.")))


def _hit(state: State, source: str, text: str) -> Hit:
    return Hit(state, Evidence(source, "avsnitt 1", text), "omtale")


def test_pointers_in_the_mail_text_and_in_a_cover_letter_become_absences() -> None:
    found = sources(MAIL, ("Følgebrev.pdf", "Risikovurderingen finner dere i vedlegg 4."))
    in_letter = _hit(State.MENTION, "Følgebrev.pdf", "Risikovurderingen finner dere i vedlegg 4.")
    (absent_too,) = not_attached([in_letter], found)
    assert (absent_too.state, absent_too.what) == (State.DEFERRED, f"{NOT_ATTACHED_NOTE}, omtale")
    in_mail = _hit(State.MENTION, "e-postteksten", "Risikovurderingen finner dere i vedlegg 4.")
    (absent,) = not_attached([in_mail], found)
    assert (absent.state, absent.silent) == (State.DEFERRED, False)
    assert absent.what == f"{NOT_ATTACHED_NOTE}, omtale"


def test_a_short_text_of_the_part_elsewhere_keeps_the_pointer_a_pointer() -> None:
    found = sources(MAIL, ("Vedlegg 1.pdf", "Tekst."))
    pointer = _hit(State.TRIVIAL, "e-postteksten", "Risikovurdering: se vedlegg 4.")
    short = _hit(State.TRIVIAL, "Vedlegg 1.pdf", "Risiko: lav.")
    assert not_attached([pointer, short], found) == [pointer, short]
    real = _hit(State.SUBSTANTIVE, "Vedlegg 1.pdf", "Risikoen er vurdert …")
    assert not_attached([pointer, real], found) == [pointer, real]
    mention = _hit(State.MENTION, "Vedlegg 1.pdf", "DPIA-en")
    turned = not_attached([pointer, mention], found)
    assert turned[0] == mention and turned[1].state is State.DEFERRED


def test_a_pointer_in_an_attached_memo_to_an_annex_not_attached_is_an_absence(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-59: the cover memo says «Risikovurdering: Se vedlagt ROS-analyse (vedlegg 2).» and
    no annex 2 came: the risk assessment is missing, whichever text held the pointer."""
    pointer = "Risikovurdering\nSe vedlagt ROS-analyse (vedlegg 2).\n"
    memo = f"{CONTACTS}\n{DESCRIPTION}\n{NECESSITY}\n{pointer}\n{MINUTES}\n"
    report = check(spec, "Vedlagt følger notatet om forhåndsdrøftelse.", ("Notat.docx", memo))
    risk = report.parts[3]
    assert risk.verdict is Verdict.MISSING, risk.note
    assert risk.note.startswith("vedlegget mangler")


@pytest.mark.parametrize(
    "said",
    [
        "Vedlegg 1 (systembeskrivelsen) var dessverre en tom fil.",
        "Annex B was missing from our e-mail of 3 November.",
        "Vi glemte vedlegg 3 (ROS.xlsx) sist.",
        "I førre e-post vart vedlegg 2 borte.",
    ],
)
def test_what_an_earlier_messages_attachment_was_points_to_nothing_in_this_one(said: str) -> None:
    """R-CP-165: a resend says why it is sent; the annex it names was the earlier message's,
    and its absence here is no statement that the part is missing."""
    found = sources(MAIL, ("DPIA.pdf", "Tekst."))
    hit = _hit(State.MENTION, "e-postteksten", said)
    assert not_attached([hit], found) == [hit]
    pointer = _hit(State.MENTION, "e-postteksten", "Systembeskrivelsen ligger i vedlegg 1.")
    assert not_attached([pointer], found)[0].state is State.DEFERRED
    # … but one that says the annex comes with this message points to it (found on review)
    now = _hit(State.MENTION, "e-postteksten", "Vi glemte vedlegg 3 sist og legger det ved her.")
    assert not_attached([now], found)[0].state is State.DEFERRED
