"""R-CP-35: a contact table whose header of roles lost its empty corner cell."""

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
    document = Document(
        "dpia.odt", "application/vnd.oasis.opendocument.text", len(dpia), "0" * 64, dpia
    )
    return check_completeness(spec, body, [document], subject)


def test_a_contact_table_of_role_columns_without_its_corner_cell_is_read_by_column(
    spec: CaseTypeSpec,
) -> None:
    # R-CP-35: the empty top-left cell was dropped, so the header is one cell short
    table = (
        "Kontaktopplysninger\n"
        "Kontaktperson\tPersonvernombud\n"
        "Navn\tForsker Siri Lunde\tPer Moe\n"
        "Telefon\t55 11 22 33\t91 00 11 22\n"
        "E-post\tsiri.lunde@institutt.no\tpersonvernombud@institutt.no\n"
        "Databehandler: Ikke aktuelt; alt lagres på egen server.\n\n"
    )
    dpia = table + SECTIONS.split("\n\n", 1)[1] + VALIDATION
    report = judged(spec, "Anmodning om forhåndsdrøftelse", "Se vedlegg.", dpia)
    assert report.parts[0].verdict.value == "present", report.parts[0].note
    assert report.outcome == "registered"
