"""R-CP-36: a row that begins with the processor organisation's name holds its details."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type

BODY = """Hei,

Bydrift kommune ber om forhåndsdrøftelse for automatisk skilttolkning i parkeringshus.

Kontaktperson: avdelingsleder Nina Strand, 71 20 30 40, nina.strand@bydrift.kommune.no
Personvernombud: Geir Lie, 71 20 30 00, personvernombud@bydrift.kommune.no
Databehandler: Parkdata AS – kontaktpunktene står i databehandleravtalen.

Mvh Nina Strand
"""
DPIA = """2. Systematisk beskrivelse av behandlingen
Kameraer leser skiltet til om lag 8 000 biler i døgnet. Skiltet lagres i 48 timer og deles
ikke med andre.

3. Vurdering av nødvendighet og proporsjonalitet
Billetter på papir er vurdert, men gir kø og mer svinn. Grunnlaget er avtale med kunden.

4. Risikovurdering (DPIA)
Høy risiko for kartlegging av bevegelser. Tiltak: sletting og tilgangsstyring. Restrisikoen
er høy.

5. Ledelsens validering av DPIA
Kommunedirektøren behandlet vurderingen to ganger og besluttet å be om forhåndsdrøftelse.
"""
AGREEMENT = """Databehandleravtale
Bilag 1: Kontaktpunkter
Part\tNavn\tTelefon\tE-post
Bydrift kommune\tNina Strand\t71 20 30 40\tnina.strand@bydrift.kommune.no
{row}
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def judged(spec: CaseTypeSpec, agreement: str) -> CompletenessReport:
    documents = [
        Document(name, "application/pdf", len(text), "0" * 64, text)
        for name, text in (("dpia.pdf", DPIA), ("databehandleravtale.pdf", agreement))
    ]
    return check_completeness(spec, BODY, documents, "Forhåndsdrøftelse – skilttolkning")


def test_the_processor_s_row_in_the_agreement_gives_its_contact_details(
    spec: CaseTypeSpec,
) -> None:
    row = "Parkdata AS\tJonas Vik, personvernansvarlig\t22 40 50 60\tjonas.vik@parkdata.no"
    report = judged(spec, AGREEMENT.format(row=row))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note
    assert report.outcome == "registered"


def test_a_row_of_another_organisation_gives_the_processor_nothing(spec: CaseTypeSpec) -> None:
    row = "Andre Data AS\tJonas Vik\t22 40 50 60\tjonas.vik@andredata.no"
    report = judged(spec, AGREEMENT.format(row=row))
    assert report.parts[0].verdict is not Verdict.PRESENT
    assert "databehandler" in report.parts[0].note
