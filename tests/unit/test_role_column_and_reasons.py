"""R-CP-119: a table's «Role» column says each row's role in as many words as it takes, and the
necessity section is found under the principles by name («Legal basis and data minimisation»)
or under the reasons told as a statement («Derfor gjør vi det slik»)."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.regex import search
from config.case_types import load_case_type

PEOPLE = (
    "Contacts\n"
    "Entity\tRole\tName\tPhone\tE-mail\n"
    "Nordkusten Bank AB\tController – contact person\tHenrik Aaberg\t+47 23 89 41 20\t"
    "henrik.aaberg@nordkusten.no\n"
    "Nordkusten Bank AB\tData Protection Officer (group)\tMaria Lindqvist\t+46 8 402 715 30\t"
    "maria.lindqvist@nordkusten.se\n"
    "Kreditlogik AB\tProcessor\tAnders Bergström\t+46 31 708 44 12\tanders@kreditlogik.se\n\n"
)
DESCRIPTION = """1 Description of the processing
The bank's app records how each customer types, swipes and holds the phone, and a model scores
every session for fraud. Profiles are kept for as long as the customer relationship lasts and
are processed by Kreditlogik AB in Sweden on our instructions.
"""
RISK = """4 Risk assessment
Risk | Likelihood | Impact | Mitigation
Profiles reused for marketing | Low | High | Contractual ban, audit
Wrongful blocking of a customer | Medium | High | Manual review within one hour
"""
APPROVAL = """5 Approval
The executive board approved the DPIA and its residual risk on 3 November 2026.
"""
REASONS = (
    "Fraud against elderly customers rose sharply, and one-time codes alone no longer stop it."
    " Less intrusive alternatives were considered but do not catch remote-access fraud. Customers"
    " are informed in the app and may object."
)


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, text: str) -> CompletenessReport:
    doc = Document("DPIA.docx", "application/pdf", len(text), "0" * 64, text)
    return check_completeness(
        spec, "See the attached DPIA.", [doc], "Request for prior consultation"
    )


def test_the_role_column_says_each_rows_role_in_several_words(spec: CaseTypeSpec) -> None:
    report = check(spec, PEOPLE + DESCRIPTION + RISK + APPROVAL)
    contact = report.parts[0]
    assert contact.verdict is Verdict.PRESENT, contact.note


def test_without_a_role_header_a_long_cell_in_the_middle_names_no_role(spec: CaseTypeSpec) -> None:
    people = PEOPLE.replace("Entity\tRole\t", "Entity\tWhat\t")
    report = check(spec, people + DESCRIPTION + RISK + APPROVAL)
    assert report.parts[0].verdict is not Verdict.PRESENT, report.parts[0].note


@pytest.mark.parametrize(
    "heading",
    ["3 Legal basis and data minimisation", "Derfor gjør vi det slik", "3 Formålsbegrensning"],
)
def test_the_necessity_section_under_its_principles_or_its_reasons(
    spec: CaseTypeSpec, heading: str
) -> None:
    report = check(spec, PEOPLE + DESCRIPTION + f"{heading}\n{REASONS}\n" + RISK + APPROVAL)
    necessity = report.parts[2]
    assert necessity.verdict is Verdict.PRESENT, necessity.note
    assert heading in necessity.note


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        ("Derfor gjør vi det slik", True),
        ("Difor gjer vi det soleis", True),
        ("That is why we do it this way", True),
        ("Derfor velger vi leverandør", False),  # a statement that gives no reason for the way
        ("Data minimisation", True),
        ("Minimum data set", False),
        ("Tiltak: dataminimering", False),  # a measure under the risks, not the assessment
        ("Data minimisation measures", False),
    ],
)
def test_which_headings_name_the_necessity_part(
    spec: CaseTypeSpec, heading: str, names: bool
) -> None:
    assert (search(spec.parts[2].headings, heading) is not None) is names
