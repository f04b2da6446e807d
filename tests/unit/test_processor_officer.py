"""R-CP-191: the processor's own data protection officer, named as its contact in the
processor's sentence («Processor: Bankbro Technologies AB, Stockholm – Oskar Lind, DPO, +46 8 555
730 11, dpo@bankbro.se»), is the processor's contact, not a second DPO of the controller's."""

from __future__ import annotations

import pytest

from completeness import CaseTypeSpec, Verdict, check_completeness
from config.case_types import load_case_type

CONTROLLER = (
    "Controller's contact in Norway: Marte Lunde, Head of Compliance, +47 466 12 880, "
    "marte.lunde@example.no. Group DPO: Rasmus Holm, Example A/S, T: +45 70 55 20 19, "
    "dpo@example.dk. "
)


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def _contacts(spec: CaseTypeSpec, processor: str) -> tuple[Verdict, str]:
    body = "We request prior consultation under Article 36.\n\n" + CONTROLLER + processor
    part = check_completeness(spec, body, [], "Prior consultation").parts[0]
    return part.verdict, part.note


@pytest.mark.parametrize(
    "processor",
    [
        "Processor (account information service): Bankbro Technologies AB, Stockholm – Oskar "
        "Lind, DPO, +46 8 555 730 11, dpo@bankbro.se.",
        "Databehandler: Skyline Data AS, Kari Nes, personvernombud, tlf. 22 33 44 55, "
        "kari.nes@skyline.example.",
    ],
)
def test_the_processors_officer_is_its_contact(spec: CaseTypeSpec, processor: str) -> None:
    verdict, note = _contacts(spec, processor)
    assert verdict is Verdict.PRESENT, note


def test_an_officer_as_a_label_of_its_own_is_not_the_processors(spec: CaseTypeSpec) -> None:
    """«…, Oslo, DPO: Kari Nes, …» labels a field of its own: the processor has no contact."""
    verdict, note = _contacts(
        spec, "Processor: Bar AS, Oslo, DPO: Kari Nes, +47 22 33 44 55, kari@bar.example."
    )
    assert verdict is not Verdict.PRESENT, note
