"""R-CP-187: a heading over the measures for the group's own rights («Tiltak for pasientenes
rettigheter») names the necessity part; an alternative weighed «i stedet» / «instead» touches
its alternatives concept. «avveiing» stays no cue (R-CP-150)."""

from __future__ import annotations

from functools import partial

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, Verdict, check_completeness
from completeness.cues import is_any_cue, named_sections, signature_concepts, touches
from completeness.text import build_source
from config.case_types import load_case_type

NECESSITY = 3


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def _named(spec: CaseTypeSpec, text: str) -> list[frozenset[int]]:
    source = build_source("DPIA.pdf", text, partial(is_any_cue, spec))
    return [section.parts for section in named_sections(spec, source)]


@pytest.mark.parametrize(
    "heading",
    ["Tiltak for pasientenes rettigheter", "3.2 Tiltak for elevenes rettigheter"],
)
def test_the_heading_names_the_necessity_part(spec: CaseTypeSpec, heading: str) -> None:
    named = _named(spec, f"{heading}\nVi har vurdert dette grundig, se under.\n")
    assert any(NECESSITY in parts for parts in named)


@pytest.mark.parametrize(
    "heading",
    [
        "Risiko for pasientenes rettigheter",  # the risk to their rights: the risk part
        "Tiltak for informasjonssikkerhet",  # security measures name no one's rights
        "Pasientenes rettigheter",  # the rights, not measures for them: as it was
    ],
)
def test_the_heading_does_not_name_the_necessity_part(spec: CaseTypeSpec, heading: str) -> None:
    named = _named(spec, f"{heading}\nSe under.\n")
    assert all(NECESSITY not in parts for parts in named)


@pytest.mark.parametrize(
    ("plain", "word"),
    [
        (
            "Behandlingen er nødvendig. Vi bygger på samtykke.",
            " Vi har vurdert å annonsere en åpen kontrolldag i stedet, men det når ikke fram.",
        ),
        (
            "The processing is necessary. It rests on consent.",
            " We use a wristband instead of cameras.",
        ),
    ],
)
def test_the_balancing_and_the_alternative_touch_their_concepts(
    spec: CaseTypeSpec, plain: str, word: str
) -> None:
    concepts = signature_concepts(spec.parts[NECESSITY - 1].signatures)
    assert touches(concepts, plain + word) > touches(concepts, plain)


def test_a_dpia_with_its_measures_for_the_patients_rights_has_the_part(spec: CaseTypeSpec) -> None:
    dpia = (
        "1 Beskrivelse av behandlingen\n"
        "Legesenteret vil la en algoritme gå over journalene for å finne pasienter med høy "
        "risiko for diabetes type 2. Om lag 5 200 pasienter; alder, BMI, blodtrykk og HbA1c.\n"
        "2 Hjemmel og behov\n"
        "Omtrent en av fire med diabetes type 2 vet ikke at de har sykdommen, og legene har ikke "
        "tid til å lete manuelt i journalene.\n"
        "3 Tiltak for pasientenes rettigheter\n"
        "Informasjon på nettsiden og på venterommet før første kjøring. Pasienter kan "
        "reservere seg mot beregningen. Ingen opplysninger deles med andre.\n"
        "4 Risikovurdering\n"
        "Risiko: pasienter opplever innkallingen som overvåking. Sannsynlighet middels, konsekvens "
        "middels. Tiltak: nøktern tekst. Restrisiko: lav.\n"
    )
    document = Document("DPIA.docx", "application/pdf", len(dpia), "0" * 64, dpia)
    report = check_completeness(spec, "Se vedlagt DPIA.", [document], "DPIA")
    assert report.parts[NECESSITY - 1].verdict is Verdict.PRESENT, report.parts[NECESSITY - 1].note
