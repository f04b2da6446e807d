"""Pure: the decision letter form's fields to the letter input the YAML route reads.

A caseworker drafts a decision (svar på forhåndsdrøftelse) from fields instead of typing YAML:
outcomes, conclusion, facts, the three minimum questions, up to FINDINGS findings with their
four parts (requirement, shortfall, expected measures, where to read more) and their legal
citations, the main considerations and the legal basis. `decision_input` builds the same mapping
a YAML file holds (letters/examples/decision-findings.yaml), and `as_yaml` writes it, so the
draft is made, stored and re-editable exactly as on the YAML route.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

import yaml

from letters.citations import CitationTable
from letters.model import Outcome

FINDINGS = 3  # finding slots on the form; an empty slot is left out
OUTCOMES = {
    Outcome.ADVICE: "Skriftlige råd",
    Outcome.NO_OBJECTION: "Ingen merknader",
    Outcome.WARNING: "Advarsel (art. 58 nr. 2 bokstav a)",
    Outcome.REPRIMAND: "Irettesettelse (art. 58 nr. 2 bokstav b)",
    Outcome.ORDER: "Pålegg (art. 58 nr. 2 bokstav d)",
    Outcome.BAN: "Forbud (art. 58 nr. 2 bokstav f)",
}
ASSESSMENT = {  # form field -> (input key, the question as the form asks it)
    "lovlig": ("lawful", "Er behandlingen i tråd med personvernforordningen?"),
    "risiko_identifisert": ("risk_identified", "Har virksomheten identifisert risikoen godt nok?"),
    "risiko_redusert": ("risk_reduced", "Har virksomheten redusert risikoen godt nok?"),
}
FINDING_PARTS = {  # form field suffix -> (input key, label); the first four are required
    "tittel": ("title", "overskrift"),
    "krav": ("requirement", "hva regelverket krever"),
    "mangel": ("shortfall", "hva som mangler"),
    "tiltak": ("expected_measures", "forventede tiltak"),
    "les_mer": ("read_more", "hvor de kan lese mer"),
}
LIST_PARTS = frozenset({"tiltak", "les_mer"})  # one item per line
# The YAML route's field paths in its messages, in the form's words.
_PATHS = [
    (re.compile(r"^findings\[(\d+)\]\.?"), r"Funn \1: "),
    (re.compile(r"^findings\b"), "Funn"),
    (re.compile(r"^outcomes\b"), "Utfall"),
    (re.compile(r"^conclusion\b"), "Konklusjon"),
    (re.compile(r"^facts\b"), "Faktum"),
    (re.compile(r"^main_considerations\b"), "Hovedhensyn"),
    (re.compile(r"^legal_basis\b"), "Rettslig grunnlag"),
    (re.compile(r"^advance_notice_on\b"), "Dato for forhåndsvarsel"),
    (re.compile(r"^advance_notice_exception\b"), "Grunn til at forhåndsvarsel ikke er sendt"),
    (re.compile(r"^order_deadline_on\b"), "Frist for pålegget"),
]

Form = Mapping[str, Sequence[str]]


def _one(form: Form, name: str) -> str:
    values = form.get(name, ())
    return values[0].replace("\r\n", "\n").strip() if values else ""  # browsers send CRLF


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _day(form: Form, name: str, label: str, problems: list[str]) -> date | None:
    text = _one(form, name)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(f"{label}: «{text}» er ikke en dato (ÅÅÅÅ-MM-DD).")
        return None


def _finding(form: Form, slot: int, problems: list[str]) -> dict[str, object] | None:
    texts = {part: _one(form, f"funn{slot}_{part}") for part in FINDING_PARTS}
    rule_ids = [r for r in form.get(f"funn{slot}_regler", ()) if r]
    if not any(texts.values()) and not rule_ids:
        return None
    missing = [label for part, (_, label) in list(FINDING_PARTS.items())[:4] if not texts[part]]
    if missing:
        problems.append(f"Funn {slot}: fyll ut {', '.join(missing)}.")
    finding: dict[str, object] = {}
    for part, (key, _) in FINDING_PARTS.items():
        if texts[part]:
            finding[key] = _lines(texts[part]) if part in LIST_PARTS else texts[part]
    if rule_ids:
        finding["rule_ids"] = rule_ids
    return finding


TEXTS = {  # form field -> (input key, the message when it is empty; None: optional)
    "konklusjon": ("conclusion", "Skriv konklusjonen (vedtaket)."),
    "faktum": ("facts", "Skriv sakens bakgrunn (faktum)."),
    "hovedhensyn": ("main_considerations", None),
    "forhandsvarsel_unntak": ("advance_notice_exception", None),
}
DATES = {  # form field -> (input key, label)
    "forhandsvarsel_dato": ("advance_notice_on", "Dato for forhåndsvarsel"),
    "paleggsfrist": ("order_deadline_on", "Frist for pålegget"),
}


def _outcomes(form: Form, problems: list[str]) -> list[str]:
    outcomes = [o for o in form.get("utfall", ()) if o]
    if not outcomes:
        problems.append("Velg minst ett utfall.")
    elif unknown := [o for o in outcomes if o not in set(Outcome)]:
        problems.append(f"Ukjent utfall: {', '.join(unknown)}.")
    return outcomes


def _assessment(form: Form, problems: list[str]) -> dict[str, str]:
    assessment = {}
    for name, (key, question) in ASSESSMENT.items():
        if text := _one(form, name):
            assessment[key] = text
        else:
            problems.append(f"Svar på «{question}»")
    return assessment


def decision_input(form: Form) -> tuple[dict[str, object], list[str]]:
    """The letter input for a decision from the form, and what is missing or wrong (bokmål)."""
    problems: list[str] = []
    data: dict[str, object] = {"outcomes": _outcomes(form, problems)}
    for name, (key, missing) in TEXTS.items():
        if text := _one(form, name):
            data[key] = text
        elif missing:
            problems.append(missing)
    data["assessment"] = _assessment(form, problems)
    findings = [f for slot in range(1, FINDINGS + 1) if (f := _finding(form, slot, problems))]
    if findings:
        data["findings"] = findings
    if legal_basis := [r for r in form.get("rettslig_grunnlag", ()) if r]:
        data["legal_basis"] = legal_basis
    for name, (key, label) in DATES.items():
        if (day := _day(form, name, label, problems)) is not None:
            data[key] = day
    return data, problems


def as_yaml(data: Mapping[str, object]) -> str:
    """The input as the YAML a power user would write (stored with the draft, editable)."""
    return yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False, width=100)


def in_form_words(problem: str) -> str:
    """A message of the YAML route («findings[1].shortfall: mangler») in the form's words."""
    for pattern, words in _PATHS:
        if pattern.search(problem):
            problem = pattern.sub(words, problem, count=1).replace(": :", ":")
            break
    for key, label in _PART_LABELS.items():
        problem = re.sub(rf"^(Funn \d+: ){key}\b", rf"\1{label}", problem)
    for code, name in _OUTCOME_NAMES.items():
        problem = re.sub(rf"\b{code}\b", name, problem)
    return problem


_OUTCOME_NAMES = {
    "NO_OBJECTION": "ingen merknader", "ADVICE": "skriftlige råd", "WARNING": "advarsel",
    "REPRIMAND": "irettesettelse", "ORDER": "pålegg", "BAN": "forbud",
}  # fmt: skip


_PART_LABELS = {key: label for key, label in FINDING_PARTS.values()} | {"rule_ids": "regler"}


def citation_choices(table: CitationTable, on: date) -> list[tuple[str, str]]:
    """(rule id, its short Norwegian text) of every citation in force on `on`."""
    return [
        (entry.rule_id, entry.text("nb", short=True))
        for entry in table.entries
        if entry.is_in_force(on)
    ]
