"""Letter input files (letters/findings.py): the example, precise errors, building letters."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from cases.model import CaseNumber
from letters.findings import (
    CaseFacts,
    DecisionInput,
    ExtensionInput,
    InfoRequestInput,
    LetterInputInvalid,
    build_letter,
    load_findings,
    load_letter_input,
)
from letters.model import DecisionLetter, ExtensionLetter, LetterHeader, Outcome
from letters.render import render_letter

EXAMPLES = Path(__file__).resolve().parents[2] / "letters" / "examples"
EXAMPLE = (EXAMPLES / "decision-findings.yaml").read_text(encoding="utf-8")
MINIMAL = {
    "outcomes": ["ORDER"],
    "conclusion": "Vi pålegger kommunen å oppdatere vurderingen.",
    "facts": ["Kommunen planlegger sensorer i omsorgsboliger."],
    "assessment": {"lawful": "Ja.", "risk_identified": "Delvis.", "risk_reduced": "Nei."},
    "findings": [
        {
            "title": "Risikovurderingen er for smal",
            "requirement": "Vurderingen skal omfatte de registrertes rettigheter.",
            "shortfall": "Den omfatter bare informasjonssikkerhet.",
            "expected_measures": ["En vurdering av personvernet i hjemmet."],
            "rule_ids": ["GDPR_ART35_7"],
        }
    ],
    "main_considerations": ["Beboerne er sårbare."],
    "order_deadline_on": "2026-09-30",
}


def problems(kind: str, document: object, fmt: str = "yaml") -> tuple[str, ...]:
    text = json.dumps(document) if fmt == "json" else yaml.safe_dump(document, allow_unicode=True)
    with pytest.raises(LetterInputInvalid) as caught:
        load_letter_input(kind, text, "json" if fmt == "json" else "yaml")
    return caught.value.problems


def with_changes(**changes: object) -> dict[str, object]:
    document = json.loads(json.dumps(MINIMAL))
    document.update(changes)
    return document


def test_the_shipped_example_is_a_valid_warning_with_advice() -> None:
    data = load_findings(EXAMPLE)
    assert data.outcomes == (Outcome.ADVICE, Outcome.WARNING)
    assert len(data.conclusion) == 2  # a blank line separates the two paragraphs
    assert [f.rule_ids for f in data.findings] == [("GDPR_ART35_7",), ("GDPR_ART5", "GDPR_ART25")]
    assert data.basics.controller_name == "Bergen kommune"
    assert data.basics.contact_persons == ("Kari Nordmann", "Ola Hansen")
    assert data.basics.signatories[0].title == "seksjonssjef"


def test_json_with_the_same_fields_gives_the_same_input() -> None:
    as_json = json.dumps(yaml.safe_load(EXAMPLE), default=str)
    assert load_findings(as_json, "json") == load_findings(EXAMPLE)


def test_a_finding_without_measures_is_named_by_its_position_counted_from_one() -> None:
    second = dict(MINIMAL["findings"][0], expected_measures=[])  # type: ignore[index]
    found = problems("decision", with_changes(findings=[MINIMAL["findings"][0], second]))  # type: ignore[index]
    assert found == ("findings[2].expected_measures: må ha minst ett tiltak",)


def test_every_problem_is_reported_at_once_with_its_path() -> None:
    finding = {"title": "A", "requirement": "B", "shortfal": "C", "expected_measures": ["D"]}
    document = with_changes(
        outcomes=["ORDER", "FORBUD"], findings=[finding], language="de",
        advance_notice_on="2026-13-01", assessment={"lawful": "Ja."},
    )  # fmt: skip
    found = problems("decision", document)
    assert "findings[1].shortfal: ukjent felt; gyldige felt her er: title, requirement, " \
        "shortfall, expected_measures, rule_ids, read_more" in found  # fmt: skip
    assert "findings[1].shortfall: må fylles ut" in found
    assert "outcomes[2]: ukjent utfall «FORBUD»; gyldige utfall er BAN, ORDER, WARNING, " \
        "REPRIMAND, ADVICE, NO_OBJECTION" in found  # fmt: skip
    assert "language: må være «nb» (bokmål) eller «en» (engelsk)" in found
    assert "advance_notice_on: «2026-13-01» er ikke en dato (ÅÅÅÅ-MM-DD)" in found
    assert "assessment.risk_identified: må fylles ut" in found
    assert "assessment.risk_reduced: må fylles ut" in found
    assert len(found) == 7


def test_an_unknown_rule_id_points_at_the_citations_file() -> None:
    finding = dict(MINIMAL["findings"][0], rule_ids=["GDPR_ART35_7", "GDPR_ART99"])  # type: ignore[index]
    found = problems("decision", with_changes(findings=[finding], legal_basis=["FVL_999"]))
    assert found == (
        "findings[1].rule_ids[2]: ukjent regel-id «GDPR_ART99» (se config/legal_citations.yaml)",
        "legal_basis[1]: ukjent regel-id «FVL_999» (se config/legal_citations.yaml)",
    )


def test_an_enkeltvedtak_needs_findings_and_main_considerations() -> None:
    found = problems("decision", with_changes(findings=[], main_considerations=[]))
    assert found == (
        "findings: et vedtak (ORDER) må ha minst ett funn (R-LT-3)",
        "main_considerations: et vedtak må nevne hovedhensynene i skjønnet (R-LT-2)",
    )


def test_no_objection_cannot_be_combined_with_a_corrective_measure() -> None:
    found = problems("decision", with_changes(outcomes=["NO_OBJECTION", "WARNING"]))
    assert found == ("outcomes: NO_OBJECTION kan ikke kombineres med korrigerende tiltak",)


def test_wrong_types_and_empty_texts_are_explained() -> None:
    found = problems("decision", with_changes(facts=["Et faktum.", ""], findings="ett funn"))
    assert "facts[2]: må være en tekst som ikke er tom" in found
    assert "findings: må være en liste" in found


def test_a_yaml_syntax_error_names_the_line() -> None:
    with pytest.raises(LetterInputInvalid) as caught:
        load_findings("outcomes: [ADVICE\nconclusion: x\n")
    assert caught.value.problems[0].startswith("linje 2: ugyldig YAML")


def test_a_json_syntax_error_names_the_line() -> None:
    with pytest.raises(LetterInputInvalid) as caught:
        load_findings('{\n  "outcomes": ["ADVICE"],\n}', "json")
    assert caught.value.problems[0].startswith("linje 3: ugyldig JSON")


def test_the_whole_message_lists_each_problem_on_its_own_line() -> None:
    with pytest.raises(LetterInputInvalid) as caught:
        load_findings("outcomes: []\n")
    message = caught.value.user_message()
    assert message.startswith("Brevgrunnlaget har 4 feil:\n  – outcomes: må ha minst ett utfall")
    assert caught.value.code == "letter_input_invalid"


def test_a_document_that_is_not_a_table_is_refused() -> None:
    with pytest.raises(LetterInputInvalid) as caught:
        load_findings("- ADVICE\n")
    assert caught.value.problems == ("dokumentet: må være en tabell med felt (nøkkel: verdi)",)


def test_extension_input_requires_reasons_and_info_request_a_reply_date() -> None:
    assert problems("extension", {"override_reason": "Sen avklaring."}) == (
        "reasons: må ha minst én begrunnelse (R-EXT-1)",
    )
    assert problems("info_request", {"items": ["Avtalen."]}) == (
        "reply_by_on: må fylles ut med en dato (ÅÅÅÅ-MM-DD)",
    )
    request = load_letter_input("info_request", (EXAMPLES / "info-request.yaml").read_text())
    assert isinstance(request, InfoRequestInput) and request.reply_by_on == date(2026, 12, 15)
    extension = load_letter_input("extension", (EXAMPLES / "extension.yaml").read_text())
    assert isinstance(extension, ExtensionInput) and len(extension.reasons) == 2


def test_an_unknown_letter_kind_is_refused() -> None:
    with pytest.raises(LetterInputInvalid, match="ukjent brevtype «receipt»"):
        load_letter_input("receipt", "{}")


def header(dated_on: date) -> LetterHeader:
    return LetterHeader(CaseNumber(2026, 42), 3, dated_on, "Ingrid Solberg", "Bergen kommune")


FACTS = CaseFacts(date(2026, 3, 20), date(2026, 5, 15), date(2026, 6, 26), date(2026, 4, 20), "")


def test_the_input_builds_a_decision_that_renders_with_its_findings() -> None:
    data = load_findings(EXAMPLE)
    letter = build_letter(data, header(date(2026, 5, 4)), FACTS)
    assert isinstance(letter, DecisionLetter) and letter.is_enkeltvedtak
    text = render_letter("decision", letter).text
    assert "Vår referanse: 26/00042-3" in text
    assert "Funn 2: Verktøyet bruker flere opplysninger enn formålet krever" in text
    assert "Dette forventer vi at dere har på plass:" in text


def test_the_extension_takes_its_dates_from_the_case() -> None:
    data = load_letter_input("extension", (EXAMPLES / "extension.yaml").read_text())
    letter = build_letter(data, header(date(2026, 4, 16)), FACTS)
    assert isinstance(letter, ExtensionLetter)
    assert (letter.original_deadline_on, letter.new_deadline_on) == (FACTS.d8_on, FACTS.d14_on)
    assert letter.notice_limit_on == FACTS.notice_limit_on


def test_decision_input_is_a_frozen_value() -> None:
    data = load_findings(EXAMPLE)
    assert isinstance(data, DecisionInput)
    with pytest.raises(AttributeError):
        data.outcomes = ()  # type: ignore[misc]
