"""Reads the case-type YAML files packaged in config/case_types/ into CaseTypeSpec values."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources

import yaml

from completeness import CaseTypeSpec, ContactCues, PartSpec

PRIOR_CONSULTATION = "prior_consultation"
# libyaml's safe loader where PyYAML was built with it: the same data, and the case type's
# 76 KB of YAML in 2 ms instead of 34 (each process that judges loads it once).
SAFE_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)

_CONTACT_FIELDS = (
    "contact",
    "dpo",
    "processor",
    "controller",
    "no_dpo",
    "no_processor",
    "self_reference",
    "signature_openers",
    "public_body",
    "public_hint",
    "our_reference",
    "case_officer",
)


class CaseTypeInvalid(ValueError):
    """A case-type file is malformed (a missing key, a bad regular expression)."""


def _strings(data: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CaseTypeInvalid(f"{key!r} must be a list of strings")
    for item in value:
        try:
            re.compile(item)
        except re.error as error:
            raise CaseTypeInvalid(f"{key!r}: bad pattern {item!r}: {error}") from None
    return tuple(value)


def _mapping(data: Mapping[str, object], key: str) -> Mapping[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise CaseTypeInvalid(f"{key!r} must be a mapping")
    return value


def _text(data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise CaseTypeInvalid(f"{key!r} must be a non-empty string")
    return value


def _contacts(data: Mapping[str, object]) -> ContactCues | None:
    if "contacts" not in data:
        return None
    cues = _mapping(data, "contacts")
    return ContactCues(**{name: _strings(cues, name) for name in _CONTACT_FIELDS})


def _count(data: Mapping[str, object], key: str, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or value < 1:
        raise CaseTypeInvalid(f"{key!r} must be a positive integer")
    return value


def _part(data: Mapping[str, object]) -> PartSpec:
    cues = _mapping(data, "cues")
    number = data.get("number")
    if not isinstance(number, int):
        raise CaseTypeInvalid("'number' of a part must be an integer")
    return PartSpec(
        number=number,
        name_nb=_text(data, "name_nb"),
        name_en=_text(data, "name_en"),
        requirements=_strings(data, "requirements"),
        requirements_en=_strings(data, "requirements_en") if "requirements_en" in data else (),
        headings=_strings(cues, "headings"),
        file_names=_strings(cues, "file_names"),
        phrases=_strings(cues, "phrases"),
        rejectable_alone=bool(data.get("rejectable_alone", True)),
        contacts=_contacts(data),
        signatures=_strings(cues, "signatures"),
        signature_min=_count(cues, "signature_min", 3),
        about=_strings(cues, "about") if "about" in cues else (),
        table_signature_min=(
            _count(cues, "table_signature_min", 2) if "table_signature_min" in cues else 0
        ),
        approval_columns=(_strings(cues, "approval_columns") if "approval_columns" in cues else ()),
        decision_columns=_strings(cues, "decision_columns"),
        doubted_by=_strings(cues, "doubted_by"),
        findings=_strings(cues, "findings"),
        gradings=_strings(cues, "gradings"),
        place_headings=_strings(cues, "place_headings") if "place_headings" in cues else (),
        subject=_strings(cues, "subject") if "subject" in cues else (),
    )


_TERM = re.compile(r"\$\{(\w+)\}")


def _terms(data: Mapping[str, object]) -> dict[str, str]:
    """The named vocabularies (`terms:`) that patterns share as ${name} (docs/domain.md
    R-CP-147): one list of who validates, not a different one in every pattern."""
    terms = _mapping(data, "terms")
    if not all(isinstance(value, str) and value for value in terms.values()):
        raise CaseTypeInvalid("'terms' must map names to non-empty patterns")
    return {str(name): f"(?:{value})" for name, value in terms.items()}


def _expanded(value: object, terms: Mapping[str, str]) -> object:
    """`value` with every ${name} in its strings replaced by the term's pattern."""
    if isinstance(value, str):
        return _TERM.sub(lambda m: _term(terms, m.group(1)), value)
    if isinstance(value, list):
        return [_expanded(item, terms) for item in value]
    if isinstance(value, dict):
        return {key: _expanded(item, terms) for key, item in value.items()}
    return value


def _term(terms: Mapping[str, str], name: str) -> str:
    if name not in terms:
        raise CaseTypeInvalid(f"unknown term ${{{name}}}")
    return terms[name]


def parse_case_type(data: Mapping[str, object]) -> CaseTypeSpec:
    """A CaseTypeSpec from the mapping of one YAML file."""
    terms = _terms(data)
    data = {key: _expanded(value, terms) for key, value in data.items() if key != "terms"}
    parts = data.get("parts")
    if not isinstance(parts, list) or not parts:
        raise CaseTypeInvalid("'parts' must be a non-empty list")
    return CaseTypeSpec(
        key=_text(data, "key"),
        name_nb=_text(data, "name_nb"),
        name_en=_text(data, "name_en"),
        parts=tuple(_part(part) for part in parts),
        deferral_phrases=_strings(data, "deferral_phrases"),
        deferral_exceptions=_strings(data, "deferral_exceptions"),
        request_cues=_strings(data, "request_cues"),
        request_subject_cues=_strings(data, "request_subject_cues"),
        request_hint_cues=_strings(data, "request_hint_cues"),
        non_request_cues=_strings(data, "non_request_cues"),
        record_cues=_strings(data, "record_cues"),
        question_topics=_strings(data, "question_topics"),
        validation_part=_count(data, "validation_part", 1) if "validation_part" in data else 0,
        validation_deferrals=_strings(data, "validation_deferrals"),
        validation_acts=_strings(data, "validation_acts"),
        validation_approvals=_strings(data, "validation_approvals"),
        validation_calendar=_strings(data, "validation_calendar"),
        validation_follow_ups=_strings(data, "validation_follow_ups"),
        template_guidance=_strings(data, "template_guidance"),
        foreign_titles=_strings(data, "foreign_titles") if "foreign_titles" in data else (),
    )


@cache
def load_case_type(key: str = PRIOR_CONSULTATION) -> CaseTypeSpec:
    """The case type `key` from config/case_types/<key>.yaml (packaged with the code)."""
    path = resources.files("config").joinpath("case_types", f"{key}.yaml")
    if not path.is_file():
        raise CaseTypeInvalid(f"unknown case type {key!r}")
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506
    if not isinstance(data, dict):
        raise CaseTypeInvalid(f"{key}.yaml must hold a mapping")
    return parse_case_type(data)
