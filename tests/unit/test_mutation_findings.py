"""letters/findings.py: every letter kind's input, its refusals and the letter it builds.

`make mutation` asks that each refusal is checked by its exact text and each field by its value;
tests/unit/test_findings.py covers the decision file, this file the other kinds and the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest
import yaml

from cases.model import CaseNumber
from letters.findings import (
    AdvanceNoticeInput,
    CaseFacts,
    ClosingInput,
    DecisionInput,
    ExtensionInput,
    InfoRequestInput,
    LetterBasics,
    LetterInputInvalid,
    build_letter,
    load_letter_input,
    parse_document,
)
from letters.model import (
    AdvanceNoticeLetter,
    ClosingLetter,
    DecisionLetter,
    Finding,
    InfoRequestLetter,
    LetterHeader,
    Outcome,
    Signatory,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "letters" / "examples"
FINDING: dict[str, object] = {
    "title": "Risikovurderingen er for smal",
    "requirement": "Vurderingen skal omfatte de registrertes rettigheter.",
    "shortfall": "Den omfatter bare informasjonssikkerhet.",
    "expected_measures": ["En vurdering av personvernet i hjemmet."],
    "rule_ids": ["GDPR_ART35_7"],
}
DECISION: dict[str, object] = {
    "outcomes": ["REPRIMAND"],
    "conclusion": "Vi gir kommunen en irettesettelse.",
    "facts": ["Kommunen har tatt i bruk sensorene."],
    "assessment": {"lawful": "Nei.", "risk_identified": "Delvis.", "risk_reduced": "Nei."},
    "findings": [FINDING],
    "main_considerations": ["Beboerne er sårbare."],
    "processing_started": True,
}
FACTS = CaseFacts(
    date(2026, 3, 20), date(2026, 5, 15), date(2026, 6, 26), date(2026, 4, 20), "ABCD", "Sensorer"
)
HEADER = LetterHeader(CaseNumber(2026, 42), 3, date(2026, 5, 4), "Ingrid Solberg", "Bergen kommune")


def load(kind: str, document: Mapping[str, object]) -> object:
    return load_letter_input(kind, yaml.safe_dump(document, allow_unicode=True))


def problems(kind: str, document: Mapping[str, object]) -> tuple[str, ...]:
    with pytest.raises(LetterInputInvalid) as caught:
        load(kind, document)
    return caught.value.problems


def test_a_decision_reads_every_common_field() -> None:
    data = load(
        "decision",
        {
            **DECISION,
            "language": "en",
            "their_reference": "2026/77",
            "caseworker": "Kari Nordmann",
            "signatories": [{"name": "Ola", "title": "seksjonssjef"}],
            "contact_persons": ["Jonas Berg"],
            "controller": {
                "name": "Kommune",
                "org_number": "964 338 531",
                "organisation_form": "KOMM",
                "address": ["Gate 1"],
            },
        },
    )
    assert isinstance(data, DecisionInput)
    assert data.basics == LetterBasics(
        language="en",
        their_reference="2026/77",
        caseworker="Kari Nordmann",
        controller_name="Kommune",
        controller_org_number="964 338 531",
        controller_form="KOMM",
        controller_address=("Gate 1",),
        contact_persons=("Jonas Berg",),
        signatories=(Signatory("Ola", "seksjonssjef"),),
    )
    assert data.outcomes == (Outcome.REPRIMAND,) and data.needs_advance_notice
    assert data.findings == (
        Finding(
            "Risikovurderingen er for smal",
            "Vurderingen skal omfatte de registrertes rettigheter.",
            "Den omfatter bare informasjonssikkerhet.",
            ("En vurdering av personvernet i hjemmet.",),
            ("GDPR_ART35_7",),
            (),
        ),
    )
    assert (data.include_appeal_info, data.processing_started) == (True, True)
    assert data.assessment.lawful == "Nei." and data.assessment.risk_reduced == "Nei."


def test_advice_needs_no_advance_notice_and_outcomes_may_be_lower_case() -> None:
    data = load("decision", {**DECISION, "outcomes": ["advice"], "include_appeal_info": False})
    assert isinstance(data, DecisionInput)
    assert data.outcomes == (Outcome.ADVICE,) and not data.needs_advance_notice
    assert (data.include_appeal_info, data.processing_started) == (False, True)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"processing_started": False},
            (
                "processing_started: irettesettelse forutsetter at behandlingen har startet; "
                "sett processing_started: true",
            ),
        ),
        (
            {"outcomes": ["ORDER", "NO_OBJECTION"]},
            (
                "outcomes: NO_OBJECTION kan ikke kombineres med korrigerende tiltak",
                "order_deadline_on: et pålegg må ha en frist for å gjennomføre det",
            ),
        ),
        (
            {"outcomes": ["BAN", "WARNING"], "findings": [], "main_considerations": []},
            (
                "findings: et vedtak (BAN, WARNING) må ha minst ett funn (R-LT-3)",
                "main_considerations: et vedtak må nevne hovedhensynene i skjønnet (R-LT-2)",
            ),
        ),
        ({"outcomes": ["ORDER"], "order_deadline_on": "2026-09-30"}, None),
        ({"outcomes": ["NO_OBJECTION"], "findings": [], "main_considerations": []}, None),
    ],
)
def test_the_decision_rules_are_checked_with_their_reasons(
    changes: dict[str, object], expected: tuple[str, ...] | None
) -> None:
    document = {**DECISION, **changes}
    if expected is None:
        assert isinstance(load("decision", document), DecisionInput)
    else:
        assert problems("decision", document) == expected


def test_the_advance_notice_example_reads_in_full() -> None:
    text = (EXAMPLES / "advance-notice.yaml").read_text(encoding="utf-8")
    data = load_letter_input("advance_notice", text)
    assert isinstance(data, AdvanceNoticeInput)
    assert data.basics == LetterBasics(
        caseworker="Ingrid Solberg",
        controller_name="Bergen kommune",
        controller_org_number="964 338 531",
    )
    assert data.outcomes == (Outcome.WARNING,)
    assert len(data.grounds) == 2 and data.grounds[1].startswith("Grunnen er at risikovurderingen")
    assert (data.reply_by_on, data.planned_order_deadline_on) == (date(2026, 4, 24), None)


def test_an_advance_notice_is_only_for_corrective_measures() -> None:
    document = {"outcomes": ["ADVICE", "order"], "grounds": ["G."], "reply_by_on": "2026-04-24"}
    assert problems("advance_notice", document) == (
        "outcomes: forhåndsvarsel gjelder bare korrigerende tiltak, ikke ADVICE",
    )
    document = {**document, "outcomes": ["order"], "planned_order_deadline_on": "2026-09-30"}
    data = load("advance_notice", document)
    assert isinstance(data, AdvanceNoticeInput)
    assert data.outcomes == (Outcome.ORDER,) and data.planned_order_deadline_on == date(2026, 9, 30)


def test_the_closing_example_reads_in_full() -> None:
    data = load_letter_input("closing", (EXAMPLES / "closing.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, ClosingInput)
    assert data.basics == LetterBasics(caseworker="Ingrid Solberg")
    assert data.reason == "not_a_request"
    assert (len(data.explanation), len(data.guidance)) == (1, 2)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"reason": "lei"}, ("reason: må være en av withdrawn, not_a_request, other",)),
        (
            {"reason": "not_a_request", "explanation": ["E."]},
            ("guidance: et svar på en henvendelse som ikke er en anmodning, må gi veiledning",),
        ),
        ({}, ("reason: må fylles ut",)),
        ({"reason": "other"}, ("explanation: si hvorfor saken avsluttes",)),
    ],
)
def test_a_closing_needs_a_known_reason_and_guidance_for_a_non_request(
    document: dict[str, object], expected: tuple[str, ...]
) -> None:
    assert problems("closing", document) == expected


def test_a_withdrawn_request_is_closed_without_guidance() -> None:
    data = load("closing", {"reason": "withdrawn"})
    assert data == ClosingInput(LetterBasics(), "withdrawn", (), ())


def test_each_kind_builds_its_letter_with_the_case_facts() -> None:
    info = load_letter_input("info_request", (EXAMPLES / "info-request.yaml").read_text())
    assert isinstance(info, InfoRequestInput)
    letter = build_letter(info, HEADER, FACTS)
    assert isinstance(letter, InfoRequestLetter)
    assert letter.received_on == FACTS.received_on
    assert letter.items == info.items and letter.reply_by_on == date(2026, 12, 15)
    assert letter.office_key_fingerprint == "ABCD" and letter.reason == info.reason
    planned = {"reply_by_on": "2026-05-18", "planned_order_deadline_on": "2026-09-30"}
    notice = load("advance_notice", {"outcomes": ["ORDER"], "grounds": ["G."], **planned})
    assert isinstance(notice, AdvanceNoticeInput)
    advance = build_letter(notice, HEADER, FACTS)
    assert isinstance(advance, AdvanceNoticeLetter)
    assert (advance.outcomes, advance.grounds) == ((Outcome.ORDER,), ("G.",))
    assert advance.reply_by_on == date(2026, 5, 18)
    assert advance.planned_order_deadline_on == date(2026, 9, 30)
    closing = load("closing", {"reason": "other", "explanation": ["E."], "guidance": ["V."]})
    assert isinstance(closing, ClosingInput)
    closed = build_letter(closing, HEADER, FACTS)
    assert isinstance(closed, ClosingLetter)
    assert (closed.reason, closed.explanation, closed.guidance) == ("other", ("E.",), ("V.",))
    assert closed.request_title == "Sensorer" and closed.received_on == FACTS.received_on


def test_a_decision_letter_carries_every_field_of_its_input() -> None:
    document = {**DECISION, "outcomes": ["ORDER"], "order_deadline_on": "2026-09-30"}
    document |= {"advance_notice_on": "2026-04-01", "legal_basis": ["GDPR_ART35_7"]}
    data = load("decision", {**document, "advance_notice_exception": "Haster."})
    assert isinstance(data, DecisionInput)
    letter = build_letter(data, HEADER, FACTS)
    assert isinstance(letter, DecisionLetter)
    assert (letter.header, letter.received_on, letter.outcomes) == (
        HEADER,
        FACTS.received_on,
        (Outcome.ORDER,),
    )
    assert (letter.conclusion, letter.facts) == (data.conclusion, data.facts)
    assert (letter.assessment, letter.findings) == (data.assessment, data.findings)
    assert letter.main_considerations == ("Beboerne er sårbare.",)
    assert letter.legal_basis == ("GDPR_ART35_7",)
    assert (letter.advance_notice_on, letter.order_deadline_on) == (
        date(2026, 4, 1),
        date(2026, 9, 30),
    )
    assert letter.include_appeal_info and letter.processing_started
    assert letter.advance_notice_exception == "Haster."


@pytest.mark.parametrize(
    ("text", "fmt", "problem"),
    [
        ("a: [1\n", "yaml", "linje 2: ugyldig YAML (expected ',' or ']', but got '<stream end>')"),
        (
            "{\n  'x': 1}",
            "json",
            "linje 2: ugyldig JSON (Expecting property name enclosed in double quotes)",
        ),
    ],
)
def test_a_syntax_error_names_its_line(text: str, fmt: str, problem: str) -> None:
    with pytest.raises(LetterInputInvalid) as caught:
        parse_document(text, "json" if fmt == "json" else "yaml")
    assert caught.value.problems == (problem,)


def test_yaml_dates_stay_text_until_checked() -> None:
    assert parse_document("dag: 2026-04-24\n", "yaml") == {"dag": "2026-04-24"}
    assert parse_document('{"dag": "2026-04-24"}', "json") == {"dag": "2026-04-24"}


def test_an_information_request_reads_its_items_date_and_reason() -> None:
    data = load_letter_input("info_request", (EXAMPLES / "info-request.yaml").read_text())
    assert data == InfoRequestInput(
        LetterBasics(caseworker="Ingrid Solberg"),
        (
            "Databehandleravtalen med leverandøren av analyseverktøyet.",
            "En beskrivelse av hvordan modellen er testet for skjevheter mellom grupper.",
        ),
        date(2026, 12, 15),
        "Vi trenger opplysningene for å vurdere om risikoen for de registrerte er redusert "
        "godt nok.",
    )
    assert problems("info_request", {"reply_by_on": "2026-12-15"}) == (
        "items: må ha minst én opplysning vi ber om",
    )


def test_an_extension_keeps_its_override_reason_and_paragraphs() -> None:
    data = load(
        "extension", {"reasons": "Første avsnitt.\n\nAndre avsnitt.", "override_reason": "Syk."}
    )
    assert data == ExtensionInput(LetterBasics(), ("Første avsnitt.", "Andre avsnitt."), "Syk.")


def test_advance_notice_grounds_may_be_one_text_of_paragraphs_and_need_a_reply_date() -> None:
    document = {"outcomes": ["BAN"], "grounds": "Ett.\n\nTo.", "reply_by_on": "2026-05-18"}
    data = load("advance_notice", document)
    assert isinstance(data, AdvanceNoticeInput) and data.grounds == ("Ett.", "To.")
    assert problems("advance_notice", {"outcomes": ["BAN"], "grounds": ["Ett."]}) == (
        "reply_by_on: må fylles ut med en dato (ÅÅÅÅ-MM-DD)",
    )


EARLY = LetterHeader(CaseNumber(2026, 42), 2, date(2026, 4, 16), "Ingrid Solberg", "Bergen kommune")
LETTER_INPUTS = (ExtensionInput, InfoRequestInput, AdvanceNoticeInput, ClosingInput, DecisionInput)


def test_every_letter_carries_the_header_and_the_day_of_receipt() -> None:
    inputs = [
        load("extension", {"reasons": ["Kompleks sak."]}),
        load_letter_input("info_request", (EXAMPLES / "info-request.yaml").read_text()),
        load(
            "advance_notice", {"outcomes": ["BAN"], "grounds": ["G."], "reply_by_on": "2026-05-18"}
        ),  # fmt: skip
        load("closing", {"reason": "withdrawn"}),
        load("decision", DECISION),
    ]
    for data in inputs:
        assert isinstance(data, LETTER_INPUTS)
        letter = build_letter(data, EARLY, FACTS)  # before the one-month limit of an extension
        assert (letter.header, letter.received_on) == (EARLY, date(2026, 3, 20))


def test_problems_name_their_path_and_are_listed_one_per_line() -> None:
    finding = {k: v for k, v in FINDING.items() if k != "title"}
    document = {**DECISION, "assessment": {"lawful": "Ja.", "risk_identified": "Delvis."}}
    with pytest.raises(LetterInputInvalid) as caught:
        load("decision", {**document, "findings": [finding]})
    assert caught.value.user_message() == (
        "Brevgrunnlaget har 2 feil:\n"
        "  – assessment.risk_reduced: må fylles ut\n"
        "  – findings[1].title: må fylles ut"
    )


def test_texts_of_paragraphs_are_split_and_read_more_is_kept() -> None:
    finding = {**FINDING, "read_more": ["https://www.datatilsynet.no/dpia"]}
    document = {**DECISION, "outcomes": ["ADVICE"], "findings": [finding]}
    document |= {"facts": "F1.\n\nF2.", "main_considerations": "H1.\n\nH2."}
    del document["processing_started"]
    data = load("decision", document)
    assert isinstance(data, DecisionInput)
    assert (data.facts, data.main_considerations) == (("F1.", "F2."), ("H1.", "H2."))
    assert data.findings[0].read_more == ("https://www.datatilsynet.no/dpia",)
    assert data.processing_started is False
    texts = {"explanation": "E1.\n\nE2.", "guidance": "V1.\n\nV2."}
    closing = load("closing", {"reason": "not_a_request", **texts})
    assert closing == ClosingInput(LetterBasics(), "not_a_request", ("E1.", "E2."), ("V1.", "V2."))
