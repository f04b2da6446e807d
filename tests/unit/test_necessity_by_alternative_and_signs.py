"""R-CP-41: an alternative set aside («vurdert, men») and signs are necessity concepts."""

from __future__ import annotations

import pytest

from completeness import CaseTypeSpec, Verdict, check_completeness
from config.case_types import load_case_type

WHY = (
    "Hvorfor: Tyveriene i sykkelkjelleren blir ikke oppklart. Vakthold ble vurdert, men er for "
    "dyrt for et lite sameie. Skilting ved begge dører, og innsyn via styreleder."
)


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def test_a_rejected_alternative_signs_and_access_read_as_part_three(spec: CaseTypeSpec) -> None:
    report = check_completeness(spec, f"Til Datatilsynet\n\n{WHY}\n", [], "Forhåndsdrøftelse")
    assert report.parts[2].verdict is Verdict.PRESENT, report.parts[2].note


def test_signs_alone_are_not_part_three(spec: CaseTypeSpec) -> None:
    text = "Til Datatilsynet\n\nSkilting ved begge dører.\n"
    report = check_completeness(spec, text, [], "Forhåndsdrøftelse")
    assert report.parts[2].verdict is not Verdict.PRESENT
