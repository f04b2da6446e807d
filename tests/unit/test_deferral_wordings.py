"""R-CP-77: «… kommer», «TBD – to follow» under a question heading, and wordings that only
look like deferrals («to follow up», «we will send daily attendance», «Vurdert, ikkje
gjennomført»)."""

from __future__ import annotations

from functools import partial

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, Verdict, check_completeness
from completeness.cues import State, is_any_cue, judge_body, named_sections
from completeness.deferrals import deferrals
from completeness.text import build_source
from config.case_types import load_case_type


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Nødvendighetsvurderingen kommer – den skrives av en advokat i klubben.", 3),
        ("Risikovurderinga kjem, ho er ikkje ferdig.", 4),
    ],
)
def test_an_assessment_that_kommer_is_still_to_come(
    spec: CaseTypeSpec, sentence: str, part: int
) -> None:
    assert deferrals(spec, sentence) == (frozenset({part}), False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vurderingen kommer fram til at risikoen er lav.",
        "Analysen kommer fra leverandøren.",
        "Risikovurderingen kommer til å bli oppdatert hvert år.",
        "We will send daily attendance to the municipality and NAV.",
        "The attendance data is used to follow up students.",
        "Staff have to follow the guidelines.",
        "Vurdert, ikkje gjennomført: å slå av KI-forslaget for barn.",
        "Considered, not implemented: a manual register.",
    ],
)
def test_wordings_that_only_look_like_a_deferral(spec: CaseTypeSpec, sentence: str) -> None:
    assert deferrals(spec, sentence) == (frozenset(), False)


@pytest.mark.parametrize(
    "sentence", ["We will send the minutes next week.", "TBD – to follow after the legal review."]
)
def test_a_document_still_to_be_sent_is_a_deferral(spec: CaseTypeSpec, sentence: str) -> None:
    scoped, unscoped = deferrals(spec, sentence)
    assert scoped or unscoped


def test_a_question_heading_over_to_follow_leaves_nothing_of_the_part(spec: CaseTypeSpec) -> None:
    heading = "Why is it necessary, and is it proportionate?"
    body = "TBD – to follow after the legal review by our group counsel."
    assert judge_body(spec, 3, body, heading)[0] is State.DEFERRED


def test_a_table_row_taken_for_a_heading_keeps_its_words_as_content(spec: CaseTypeSpec) -> None:
    heading = "Lagring av tekst lenger enn naudsynt | Låg | Middels | Journalforskrifta | Ja"
    body = "Data vert ikkje lagra utover fristen; ordninga er ikkje ferdig evaluert enno."
    assert judge_body(spec, 3, body, heading)[0] is not State.DEFERRED


DPIA = """Data Protection Impact Assessment: Automatic attendance reports
Who is involved?
Contact person: Oliver Grant, +47 934 20 715, oliver.grant@example.no.
Our DPO is Aoife Brennan, +353 1 482 9071, aoife.brennan@example.ie. We use no processor.
What are we planning to do?
For participants in the introduction programme we will send daily attendance, check-in times
and progress scores to the municipality. About 1 100 participants; attendance is kept two years
and deleted when the course ends.
Why is it necessary, and is it proportionate?
TBD – to follow after the legal review by our group counsel.
What could go wrong for the students?
Benefits may be reduced on wrong attendance data: high risk; participants can correct it daily.
Data may be shared beyond the municipality: medium risk; only the programme officer receives it.
Residual risk is medium. Considered, not implemented: a manual register.
Approval
The management board reviewed the findings and residual risk on 18 November 2026 and approved
the DPIA; CEO Hanne Lykke signed.
"""


def test_a_deferred_necessity_under_a_question_heading_is_missing(spec: CaseTypeSpec) -> None:
    document = Document("DPIA.docx", "application/pdf", len(DPIA), "0" * 64, DPIA)
    body = "Dear Sir or Madam,\n\nwe request prior consultation. The DPIA is attached.\n"
    report = check_completeness(spec, body, [document], "Prior consultation request")
    verdicts = {p.number: p.verdict for p in report.parts}
    assert verdicts[3] is Verdict.MISSING, report.parts[2].note
    assert verdicts[2] is Verdict.PRESENT, report.parts[1].note
    assert verdicts[4] is Verdict.PRESENT, report.parts[3].note


def test_a_question_under_a_short_section_of_a_dpia_report_is_its_own_chapter(
    spec: CaseTypeSpec,
) -> None:
    """The report title named part 4 without dealing with it: «What could go wrong …?» after
    «TBD – to follow» is the risk chapter, not a title inside the necessity section."""
    source = build_source("DPIA.docx", DPIA, partial(is_any_cue, spec))
    parts = {n.section.heading.raw: n.parts for n in named_sections(spec, source)}
    assert parts["What could go wrong for the students?"] == {4}
    assert parts["Why is it necessary, and is it proportionate?"] == {3}


def test_a_description_and_necessity_said_to_come_are_both_deferred(spec: CaseTypeSpec) -> None:
    sentence = (
        "Systembeskrivelse og vurdering av nødvendighet og proporsjonalitet kommer – vi sender "
        "dem så snart leverandøren av kameraene har levert teknisk dokumentasjon."
    )
    assert deferrals(spec, sentence)[0] == frozenset({2, 3})


def test_a_title_in_statement_order_names_the_description(spec: CaseTypeSpec) -> None:
    text = "Kva vi skal gjere\nHeimebuande med demens kan få ei GPS-klokke som varslar pårørande.\n"
    source = build_source("Skildring.docx", text, partial(is_any_cue, spec))
    assert [n.parts for n in named_sections(spec, source)] == [{2}]


def test_we_send_them_when_refers_back_not_to_the_condition(spec: CaseTypeSpec) -> None:
    before = (
        "Vurderinga av proporsjonalitet og risikovurderinga er framleis under arbeid i DPIA-en."
    )
    assert deferrals(spec, "Vi sender dei når DPIA-en er ferdig.", before) == (
        frozenset({3, 4}),
        False,
    )
