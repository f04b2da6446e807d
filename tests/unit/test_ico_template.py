"""R-CP-190: the ICO DPIA template's shape. Its sign-off (step 7) is a table whose rows ask who
(«Measures approved by», «Residual risks approved by»): fields of the sign-off, not headings of
the parts their cells name (the residual risk); its guidance opens with a bracketed label
(«[Guidance – delete before finalising] Describe …») and the line after the label is guidance
too; its step 2 «Describe the processing» is the description. R-CP-193: a decision record
attached holds the validation."""

from __future__ import annotations

from functools import partial

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.cues import is_any_cue
from completeness.text import build_source
from config.case_types import load_case_type

CONTACTS = (
    "Contacts\nRole | Name | Phone | E-mail\n"
    "Controller's contact | Ingrid Moe, Country Manager | +47 478 21 906 | ingrid.moe@example.no\n"
    "Data Protection Officer | Liam Byrne, Group DPO | +353 1 555 0142 | dpo@example.eu\n"
    "No processor is used.\n"
)
STEPS = (
    "Step 1: Identify the need for a DPIA\n"
    "Large-scale processing of location data (trip start and end with 5-metre precision) "
    "disclosed to a public authority, which riders cannot object to; it meets two of the "
    "criteria in the authority's list of processing that always requires a DPIA.\n"
    "Step 2: Describe the processing\n"
    "Nature. The city's permit requires a live feed of every trip: vehicle id, start and end time "
    "and points, route. About 40 000 riders a year. Scope: location data, kept 30 days.\n"
    "Step 4: Assess necessity and proportionality\n"
    "{necessity}\n"
    "Step 3: Consultation process\n"
    "We met the city's mobility office twice and asked a panel of 40 riders in the app what they "
    "expect of the feed; what they said is summarised in annex 2 of this document.\n"
    "Step 5: Identify and assess risks\n"
    "Risk\tLikelihood\tSeverity\tOverall risk\n"
    "Home addresses identifiable from repeated trips\tProbable\tSignificant\tHigh\n"
    "Step 6: Identify measures to reduce risk\n"
    "Risk\tOptions to reduce risk\tEffect on risk\tResidual risk\tMeasure approved\n"
    "M1\t2-hour delay, route thinned\tReduced\tHigh\tYes\n"
    "M1\tCoarser grid\t–\t–\tNo – refused by the city\n"
    "Step 7: Sign off and outcomes\n"
    "Item\tName/position/date\tNotes\n"
    "Measures approved by\tExecutive Leadership Team, 19 Nov 2026\t\n"
    "Residual risks approved by\tELT, 19 Nov 2026\tM1 high – consult Datatilsynet\n"
    "DPO advice provided\tGroup DPO, 14 Nov 2026\tConsult\n"
)
NECESSITY = (
    "Lawful basis is Art. 6(1)(c) read with the permit. We proposed coarser points instead, which "
    "the city refused; riders are informed in the app and can see their own trips."
)
GUIDANCE = (
    "[Guidance – delete before finalising] Describe compliance and proportionality measures, in "
    "particular: what is your lawful basis? Does the processing achieve your purpose? Is there "
    "another way to achieve the same outcome? What information will you give individuals?"
)


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def _check(spec: CaseTypeSpec, necessity: str) -> CompletenessReport:
    text = "Kestrel – Data Protection Impact Assessment\n" + CONTACTS
    text += STEPS.format(necessity=necessity)
    document = Document("DPIA.docx", "application/pdf", len(text), "0" * 64, text)
    body = "We request prior consultation under Article 36; the DPIA is attached."
    return check_completeness(spec, body, [document], "Prior consultation")


def test_a_sign_off_row_that_asks_who_heads_no_section(spec: CaseTypeSpec) -> None:
    source = build_source("DPIA.docx", STEPS.format(necessity=NECESSITY), partial(is_any_cue, spec))
    heads = [heading.raw for heading in source.headings]
    assert not any("approved by" in raw for raw in heads), heads


def test_the_sign_off_table_under_its_step_is_the_validation(spec: CaseTypeSpec) -> None:
    """The rows kept under «Step 7» are read there: who approved what, and when."""
    report = _check(spec, NECESSITY)
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note


def test_step_2_in_the_imperative_is_the_description(spec: CaseTypeSpec) -> None:
    report = _check(spec, NECESSITY)
    assert report.parts[1].verdict is Verdict.PRESENT, report.parts[1].note


def test_a_step_of_guidance_alone_is_no_necessity_assessment(spec: CaseTypeSpec) -> None:
    report = _check(spec, GUIDANCE)
    assert report.parts[2].verdict is not Verdict.PRESENT, report.parts[2].note
    assert _check(spec, NECESSITY).parts[2].verdict is Verdict.PRESENT


def test_the_writers_answer_after_a_guidance_label_stays_the_part(spec: CaseTypeSpec) -> None:
    """Found on review: «[Guidance – delete before finalising] Lawful basis: …» on one line is
    the label left in place and the writer's answer after it, not guidance."""
    answer = "[Guidance – delete before finalising] " + NECESSITY
    assert _check(spec, answer).parts[2].verdict is Verdict.PRESENT


def test_a_decision_record_attached_is_the_validations_file(spec: CaseTypeSpec) -> None:
    """R-CP-193: «EMT_Decision_Record_2026-46.pdf» is named for the validation as «Vedtak.pdf»
    is; its text (who decided what, when) is then read as the validation's."""
    record = (
        "EMT Decision Record\nExample AS – Executive Management Team\n"
        "Meeting\tItem\tDecision owner\n"
        "10 November 2026\tEMT 2026/46 – fraud detection DPIA\tCEO Lars Dahl\n"
        "Decision: The EMT approves DPIA v1.1 and the request for prior consultation.\n"
    )
    dpia = "Kestrel – Data Protection Impact Assessment\n" + CONTACTS
    dpia += STEPS.format(necessity=NECESSITY).split("Step 7")[0]
    documents = [
        Document("DPIA.docx", "application/pdf", len(dpia), "0" * 64, dpia),
        Document(
            "EMT_Decision_Record_2026-46.pdf", "application/pdf", len(record), "1" * 64, record
        ),
    ]
    body = "We request prior consultation under Article 36; the DPIA is attached."
    report = check_completeness(spec, body, documents, "Prior consultation")
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note
