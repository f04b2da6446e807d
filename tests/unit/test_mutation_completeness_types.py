"""completeness/types.py: a part's requirements by language, and a report's outcome."""

from __future__ import annotations

from completeness.types import (
    CaseTypeSpec,
    CompletenessReport,
    PartResult,
    PartSpec,
    Verdict,
)

PURPOSE = PartSpec(1, "Formål", "Purpose", ("formålet",), requirements_en=("the purpose",))
RISKS = PartSpec(2, "Risiko", "Risks", ("risikoene",))
SPEC = CaseTypeSpec("art36", "Forhåndsdrøftelse", "Prior consultation", (PURPOSE, RISKS))


def report(*verdicts: Verdict, is_request: bool = True) -> CompletenessReport:
    parts = tuple(PartResult(n, v, (), "") for n, v in enumerate(verdicts, start=1))
    return CompletenessReport(is_request, "", parts)


def test_requirements_are_in_english_only_for_english_letters_with_a_translation() -> None:
    assert PURPOSE.requirements_in("en") == ("the purpose",)
    assert PURPOSE.requirements_in("nb") == ("formålet",)
    assert RISKS.requirements_in("en") == ("risikoene",)  # untranslated: bokmål


def test_a_part_is_found_by_its_number_and_a_spec_hashes_by_its_key() -> None:
    assert SPEC.part(2) is RISKS
    assert SPEC.part(1) is PURPOSE
    assert hash(SPEC) == hash("art36")


def test_a_complete_request_is_registered() -> None:
    complete = report(Verdict.PRESENT, Verdict.PRESENT)
    assert complete.is_complete is True
    assert (complete.missing_parts, complete.uncertain_parts) == ((), ())
    assert complete.outcome == "registered"


def test_clearly_missing_parts_make_a_request_incomplete() -> None:
    incomplete = report(Verdict.MISSING, Verdict.PRESENT, Verdict.MISSING)
    assert incomplete.missing_parts == (1, 3)
    assert incomplete.is_complete is False
    assert incomplete.outcome == "incomplete"


def test_any_uncertain_part_or_no_clear_request_goes_to_a_caseworker() -> None:
    uncertain = report(Verdict.MISSING, Verdict.UNCERTAIN, Verdict.PRESENT, Verdict.UNCERTAIN)
    assert uncertain.uncertain_parts == (2, 4)
    assert uncertain.missing_parts == (1,)
    assert uncertain.outcome == "needs_review"
    assert report(Verdict.PRESENT, is_request=False).outcome == "needs_review"
