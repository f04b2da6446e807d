"""R-CP-34 and R-CP-37: what says that a message asks for prior consultation, or for something
else: the sender's own words, a subject labelled at its end, a wish for a consultation."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, check_completeness
from config.case_types import load_case_type
from tests.dossier import SECTIONS, VALIDATION


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def judged(spec: CaseTypeSpec, subject: str, body: str, dpia: str) -> CompletenessReport:
    document = Document("dpia.pdf", "application/pdf", len(dpia), "0" * 64, dpia)
    return check_completeness(spec, body, [document], subject)


def test_a_request_sent_in_reply_to_a_guidance_meeting_is_a_request(spec: CaseTypeSpec) -> None:
    body = (
        "Hei,\n\nTakk for veiledningsmøtet i forrige uke. Vi sender nå en formell anmodning om "
        "forhåndsdrøftelse.\n\nHilsen Siri\n\n> Emne: Ønske om veiledningsmøte\n"
        "> Et veiledningsmøte erstatter ikke en forhåndsdrøftelse.\n"
    )
    report = judged(spec, "SV: Veiledningsmøte måledata", body, SECTIONS + VALIDATION)
    assert report.is_request
    assert report.outcome == "registered"


def test_asking_for_a_guidance_meeting_in_a_reply_is_still_another_errand(
    spec: CaseTypeSpec,
) -> None:
    body = "Hei,\n\nVi ønsker et veiledningsmøte før vi sender anmodning om forhåndsdrøftelse.\n"
    for subject in ("SV: Måledata", "Ønske om veiledningsmøte"):
        report = judged(spec, subject, body, SECTIONS + VALIDATION)
        assert not report.is_request
        assert report.outcome == "needs_review"


def test_a_guidance_meeting_asked_for_in_a_fresh_subject_is_another_errand(
    spec: CaseTypeSpec,
) -> None:
    report = judged(spec, "Ønske om veiledningsmøte", "Se vedlegg.", SECTIONS + VALIDATION)
    assert not report.is_request


def test_a_nynorsk_forespurnad_asks_for_prior_consultation(spec: CaseTypeSpec) -> None:
    body = "Hei\n\nVedlagt er førespurnad om førehandsdrøfting frå nettselskapet.\n"
    report = judged(spec, "Videokonsultasjon legevakt", body, SECTIONS)
    assert report.is_request
    assert report.outcome == "incomplete"
    assert report.missing_parts == (5,)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Skilttolkning – forhåndsdrøftelse", "Hei,\n\nVurderingen ligger vedlagt.\n"),
        ("Skilttolkning", "Hei!\n\nVi ønsker en forhåndsdrøftelse om skilttolkning.\n"),
    ],
)
def test_a_labelled_subject_or_a_wish_for_prior_consultation_is_a_request(
    spec: CaseTypeSpec, subject: str, body: str
) -> None:
    # R-CP-37
    report = judged(spec, subject, body, SECTIONS)
    assert report.is_request
    assert report.missing_parts == (5,)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Spørsmål – forhåndsdrøftelse?", "Hei,\n\nMå vi be om forhåndsdrøftelse?\n"),
        ("Skilttolkning", "Ønsker vi en forhåndsdrøftelse, eller holder det med en DPIA?\n"),
    ],
)
def test_a_question_about_prior_consultation_stays_another_errand(
    spec: CaseTypeSpec, subject: str, body: str
) -> None:
    report = judged(spec, subject, body, SECTIONS)
    assert not report.is_request


@pytest.mark.parametrize(
    "asked",
    [
        "Vi ber om forhandsdrøfting.",  # nynorsk typed without «å»
        "Vi ber om forhandsdroftelse.",
        "Vi ber herved om forhaandsdroeftelse.",
        "Me ber om forehandsdrofting.",
        "Kvikkpay AS requests prior consultation for a voice assistant.",
        "We seek prior consultation for the voice assistant.",
    ],
)
def test_a_request_typed_without_norwegian_letters_or_in_the_third_person_is_a_request(
    spec: CaseTypeSpec, asked: str
) -> None:
    """R-CP-88: the validation is missing, so only the sender's own words can make it one."""
    report = judged(
        spec, "Skiltgjenkjenning ferjekai", f"Hei,\n\n{asked}\n\nHelsing Jorunn\n", SECTIONS
    )
    assert report.is_request, report.request_note


def test_a_question_typed_without_norwegian_letters_is_still_a_question(
    spec: CaseTypeSpec,
) -> None:
    body = "Hei,\n\nMå vi be om forhandsdrofting for skiltgjenkjenning?\n\nHelsing Jorunn\n"
    # complete material: a mention of the term would make it a request, were it no question
    report = judged(spec, "Skiltgjenkjenning", body, SECTIONS + VALIDATION)
    assert not report.is_request
