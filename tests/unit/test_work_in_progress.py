"""R-CP-95: a part whose work is said to be going on («Risikovurderingen pågår») is still to
come; what the processing itself does («opptaket pågår hele døgnet») says nothing of a part."""

from __future__ import annotations

import pytest

from completeness import CaseTypeSpec
from completeness.deferrals import deferrals
from config.case_types import load_case_type


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


@pytest.mark.parametrize(
    "sentence",
    [
        "Risikovurderingen pågår, men vi ønsker å komme i gang med dialogen med dere.",
        "DPIA – Utkast – risikovurdering pågår.",
        "ROS-analysen er i gang og ferdigstilles med leverandøren.",
        "The risk assessment is ongoing.",
    ],
)
def test_the_work_said_to_be_going_on_defers_its_part(spec: CaseTypeSpec, sentence: str) -> None:
    scoped, _ = deferrals(spec, sentence)
    assert 4 in scoped


@pytest.mark.parametrize(
    "sentence",
    [
        "Opptaket pågår hele døgnet, og bildene slettes etter 48 timer.",
        "Behandlingen pågår så lenge eleven går på skolen.",
    ],
)
def test_the_processing_going_on_defers_nothing(spec: CaseTypeSpec, sentence: str) -> None:
    assert deferrals(spec, sentence) == (frozenset(), False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kredittvurderingen pågår i sanntid når kunden søker.",
        "Helsevurderingen pågår gjennom hele oppholdet.",
        "Monteringsarbeidet er i gang ved alle portene.",
    ],
)
def test_an_assessment_that_is_the_processing_defers_nothing(
    spec: CaseTypeSpec, sentence: str
) -> None:
    """R-CP-95 names the work on a part (the risk assessment, the DPIA), not any «-vurdering»."""
    assert deferrals(spec, sentence) == (frozenset(), False)
