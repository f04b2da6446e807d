"""R-CP-52: chapters numbered after an appendix letter («B.2»), and the chapters of a DPIA that is
one part of a request («Part B. The DPIA»), are the parts they name. R-CP-53: a balancing of
interests and the safeguards are marks of the proportionality assessment."""

from __future__ import annotations

import pytest

from completeness import CaseTypeSpec, Verdict
from completeness.text import heading_title
from config.case_types import load_case_type
from tests.mailfactory import judged_request

CONTACTS = """Part A. Contact details
Controller contact person: Sofie Berg, +47 21 09 88 10, sofie.berg@hireloop.no
Data Protection Officer: Kristoffer Aas, +47 21 09 88 15, dpo@hireloop.no
We use no data processor.
"""
CONTEXT = """Part B. The DPIA
{context}Description of the processing
We will rank about 250 000 job applications a year with a scoring model that reads CVs and cover
letters; scores are kept with the application for at most six months and go only to recruiters.
"""
NECESSITY = """{necessity}Necessity and proportionality
Basis: legitimate interest of the employers. Alternatives considered: keyword filters, which
discriminated more in our tests, and no ranking at all. Candidates may opt out without
disadvantage and get the rationale on request.
"""
RISK = """{risk}Risk assessment
Indirect discrimination: likelihood 4, consequence 5; measures: bias audits and redaction;
residual risk high. Recruiters rubber-stamping scores: a mandatory review screen; residual medium.
"""
MINUTES = """Appendix C. Board minutes
Board meeting 24 November 2026, item 5: the Head of Legal presented the DPIA; the board heard the
applicant panel and approved the DPIA, and asked management to request prior consultation.
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


@pytest.mark.parametrize(
    ("line", "title", "depth"),
    [
        ("B.2 Necessity and proportionality", "Necessity and proportionality", 2),
        ("A.1.3 Kontaktopplysninger", "Kontaktopplysninger", 3),
        ("C.4. Risikovurdering", "Risikovurdering", 2),
        ("B.12 Risiko", "Risiko", 2),
    ],
)
def test_a_letter_before_chapter_numbers_is_numbering(line: str, title: str, depth: int) -> None:
    assert heading_title(line) == (title, depth)


@pytest.mark.parametrize("line", ["AB.2 gjelder alle", "I.2 kg mel", "b.2 er liten", "B.2"])
def test_a_letter_and_numbers_in_running_text_are_not_numbering(line: str) -> None:
    assert heading_title(line) == (line, 0)


@pytest.mark.parametrize(
    "numbers",
    [
        {"context": "B.1 ", "necessity": "B.2 ", "risk": "B.3 "},  # lettered chapters
        {"context": "", "necessity": "", "risk": ""},  # unnumbered chapters under «Part B.»
    ],
)
def test_the_chapters_of_a_dpia_part_are_the_parts_they_name(
    spec: CaseTypeSpec, numbers: dict[str, str]
) -> None:
    text = "\n".join(
        [CONTACTS, CONTEXT.format(**numbers), NECESSITY.format(**numbers)]
        + [RISK.format(**numbers), MINUTES]
    )
    report = judged_request(
        spec,
        "Sofie Berg <sofie.berg@hireloop.no>",
        "Request for prior consultation",
        "Please find attached our request for prior consultation under Article 36 GDPR.",
        ("request.txt", "text/plain", text.encode()),
    )
    necessity = report.parts[2]
    assert necessity.verdict is Verdict.PRESENT, necessity.note
    assert necessity.note.startswith("funnet: overskrift «")
    assert "Necessity and proportionality" in necessity.note
    assert [p.verdict for p in report.parts] == [Verdict.PRESENT] * 5


ANNEXES = {
    "Annex 1.txt": """Role | Name | Phone | Email
Controller contact | Tobias Eng | +47 400 12 655 | tobias@rutelog.no
Data Protection Officer | Nora Bakke | +47 400 12 699 | dpo@rutelog.no
We use no data processor.
""",
    "Annex 2.txt": """We plan an in-cab camera with driver-facing AI that detects phone use,
for our 140 drivers. Data: video clips, GPS traces and driver ID, from the vehicle devices;
recipients are the dispatchers. Clips are kept 30 days. The purpose is road safety.
""",
    "Annex 3.txt": """Lawful basis: legitimate interest, balanced against the drivers' privacy
and their expectations at work. Less intrusive means tried: braking telemetry only, which
cannot show phone use. Safeguards: no audio, the camera is off in breaks, and drivers see their
own clips and may contest them.
""",
    "Annex 4.txt": """Risk | Likelihood | Impact | Measures | Residual risk
Constant sense of surveillance | High | High | Event-only clips | High
Clips leaked | Low | Medium | Encryption, access log | Low
""",
    "Annex 5.txt": """Minutes of the management team, 10 November 2026. Item 3: DPIA for the
in-cab camera. The head of operations presented the findings; the union's concerns were heard.
Decision: management approves the DPIA and asks the DPO to request prior consultation.
""",
}


def test_a_balancing_of_interests_and_safeguards_are_the_proportionality_assessment(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-53: an annex without headings that weighs the interests and lists the safeguards."""
    report = judged_request(
        spec,
        "Nora Bakke <dpo@rutelog.no>",
        "Request for prior consultation (GDPR Art. 36)",
        "Please find our request for prior consultation; the documentation is in annexes 1 to 5.",
        *((name, "text/plain", text.encode()) for name, text in ANNEXES.items()),
    )
    necessity = report.parts[2]
    assert necessity.verdict is Verdict.PRESENT, necessity.note
    assert necessity.evidence[0].source == "Annex 3.txt"
