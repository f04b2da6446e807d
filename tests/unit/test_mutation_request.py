"""completeness/request.py: is a message a request for prior consultation, and why (not)."""

from __future__ import annotations

from completeness.request import NOT_A_REQUEST, judge_request
from completeness.text import Source, build_source
from completeness.types import CaseTypeSpec

SPEC = CaseTypeSpec(
    "prior_consultation", "Forhåndsdrøftelse", "Prior consultation", (),
    request_cues=(r"ber om forhåndsdrøftelse",),
    request_subject_cues=(r"^forhåndsdrøftelse",),
    request_hint_cues=(r"forhåndsdrøftelse", r"dpia"),
    non_request_cues=(r"ber om veiledning",),
    question_topics=(r"forhåndsdrøft",),
)  # fmt: skip
NOT = f"{NOT_A_REQUEST}: "


def sources(body: str, *attachments: tuple[str, str]) -> list[Source]:
    return [
        build_source(name, text, lambda _: False) for name, text in [("e-post", body), *attachments]
    ]


def test_an_explicit_request_in_the_text_or_subject_is_a_request() -> None:
    assert judge_request(SPEC, "Hei", sources("Vi ber om forhåndsdrøftelse."), False, False) == (
        True, "anmodning om forhåndsdrøftelse: «ber om forhåndsdrøftelse»"
    )  # fmt: skip
    assert judge_request(SPEC, " Forhåndsdrøftelse X", sources("Se vedlegg."), False, False) == (
        True, "anmodning om forhåndsdrøftelse: «Forhåndsdrøftelse»"
    )  # fmt: skip
    attached = sources("Se vedlegg.", ("brev.pdf", "Vi ber om forhåndsdrøftelse av X."))
    assert judge_request(SPEC, "Hei", attached, False, False)[0] is True


def test_the_subject_cue_must_start_the_subject() -> None:
    assert judge_request(SPEC, "Om forhåndsdrøftelse", sources("Hei."), False, False)[0] is False


def test_a_message_that_asks_for_something_else_is_not_a_request() -> None:
    assert judge_request(SPEC, "Spørsmål", sources("Vi ber om veiledning."), True, True) == (
        False, f"{NOT}teksten tyder på noe annet («ber om veiledning»)"
    )  # fmt: skip


def test_a_question_about_the_procedure_is_not_a_request() -> None:
    body = "Vi lurer på noe. Må vi be om forhåndsdrøftelse? Takk.\nHilsen Kari"
    assert judge_request(SPEC, "Spørsmål", sources(body), True, True) == (
        False, f"{NOT}teksten tyder på noe annet («Må vi be om forhåndsdrøftelse?»)"
    )  # fmt: skip
    statement = "Vi ber om forhåndsdrøftelse. Har dere spørsmål?"
    assert judge_request(SPEC, "Hei", sources(statement), False, False)[0] is True
    unasked = "Forhåndsdrøftelse? Nei, vi har sendt DPIA"
    assert judge_request(SPEC, "Hei", sources(unasked), False, False)[1].startswith(
        f"{NOT}teksten tyder på noe annet («Forhåndsdrøftelse?»)"
    )


def test_without_an_explicit_request_complete_material_or_a_hint_still_counts() -> None:
    why = "ingen uttrykkelig anmodning, men fullstendig dokumentasjon er sendt inn"
    assert judge_request(SPEC, "Hei", sources("Vedlagt."), True, True) == (True, why)
    hinted = sources("Vedlagt, jf. forhåndsdrøftelse.")
    assert judge_request(SPEC, "Hei", hinted, True, False) == (True, why)
    named = sources("Vedlagt.", ("DPIA.pdf", "innhold"))
    assert judge_request(SPEC, "Hei", named, True, False) == (True, why)


def test_an_incomplete_message_without_an_explicit_request_says_what_it_had() -> None:
    assert judge_request(SPEC, "Hei", sources("Vedlagt."), False, True) == (
        False, f"{NOT}DPIA-materiale vedlagt, men ingen uttrykkelig anmodning"
    )  # fmt: skip
    assert judge_request(SPEC, "Hei", sources("Om forhåndsdrøftelse."), False, False) == (
        False, f"{NOT}nevner forhåndsdrøftelse, men ingen uttrykkelig anmodning"
    )  # fmt: skip
    assert judge_request(SPEC, "Hei", sources("Vedlagt."), False, False) == (
        False, f"{NOT}ingen uttrykkelig anmodning"
    )  # fmt: skip
    assert judge_request(SPEC, "Hei", sources("Vedlagt."), True, False) == (
        False, f"{NOT}ingen uttrykkelig anmodning"
    )  # fmt: skip


def test_long_cues_are_cut_in_the_reason() -> None:
    spec = CaseTypeSpec("k", "n", "e", (), non_request_cues=(r"ber om veiledning[^.]*",))
    body = "Vi ber om veiledning " + "om mye " * 30 + "."
    reason = judge_request(spec, "Hei", sources(body), False, False)[1]
    cut = ("ber om veiledning " + "om mye " * 30)[:99].rstrip()
    assert reason == f"{NOT}teksten tyder på noe annet («{cut}…»)"
