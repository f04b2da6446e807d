"""R-CP-39: a necessity paragraph known by a voluntary service and information given «via»."""

from __future__ import annotations

import pytest

from completeness import CaseTypeSpec, Verdict, check_completeness
from config.case_types import load_case_type

NECESSITY = (
    "Vi har vurdert om det er naudsynt. Målet er at ingen pasientar blir gløymde i køen. "
    "Ordninga er frivillig, og pasientane får informasjon via fastlegen."
)


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def test_a_voluntary_scheme_explained_to_those_concerned_reads_as_part_three(
    spec: CaseTypeSpec,
) -> None:
    report = check_completeness(spec, f"Hei\n\n{NECESSITY}\n", [], "Førehandsdrøfting")
    assert report.parts[2].verdict is Verdict.PRESENT, report.parts[2].note


def test_the_words_alone_without_necessity_are_not_part_three(spec: CaseTypeSpec) -> None:
    text = "Hei\n\nOrdninga er frivillig, og pasientane får informasjon via fastlegen.\n"
    report = check_completeness(spec, text, [], "Førehandsdrøfting")
    assert report.parts[2].verdict is not Verdict.PRESENT
