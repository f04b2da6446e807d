"""Pure: the letters' configuration data – legal citations (P7) and the letterhead – from YAML."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from cases.errors import CaseworkError, ConfigurationError
from letters.model import Letterhead

# The packaged configuration: config/ beside letters/, in a checkout and when installed.
CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
# libyaml's safe loader where PyYAML was built with it: the same data, read 3-6 times faster
# (each process that queues letters reads the citations and the letterhead once).
_SAFE_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)


class CitationNotFound(CaseworkError):
    code = "citation_not_found"
    template = "Fant ingen lovhenvisning «{rule_id}» som gjelder {on}."


@dataclass(frozen=True, slots=True)
class Citation:
    """One version of a citation; `valid_to` is the last day it applies (None: still in force)."""

    rule_id: str
    text_nb: str
    text_en: str
    valid_from: date
    valid_to: date | None = None
    short_nb: str | None = None
    short_en: str | None = None

    def is_in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def text(self, language: str, *, short: bool = False) -> str:
        if language == "en":
            return (self.short_en if short and self.short_en else None) or self.text_en
        return (self.short_nb if short and self.short_nb else None) or self.text_nb


@dataclass(frozen=True, slots=True)
class CitationTable:
    entries: tuple[Citation, ...]

    def citation(self, rule_id: str, on: date) -> Citation:
        """The version of `rule_id` in force on the letter date."""
        for entry in self.entries:
            if entry.rule_id == rule_id and entry.is_in_force(on):
                return entry
        raise CitationNotFound(rule_id=rule_id, on=on.isoformat())

    def citations_for(self, ids: Iterable[str], on: date) -> tuple[Citation, ...]:
        return tuple(self.citation(rule_id, on) for rule_id in ids)


def _as_date(value: object, rule_id: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    raise ConfigurationError(detail=f"{rule_id}: datoen {value!r} er ikke en dato (ÅÅÅÅ-MM-DD)")


def _citation(rule_id: str, version: Mapping[str, object]) -> Citation:
    try:
        valid_from = _as_date(version["valid_from"], rule_id)
        texts = {key: str(version[key]) for key in ("text_nb", "text_en")}
    except KeyError as exc:
        raise ConfigurationError(detail=f"{rule_id} mangler feltet {exc}") from None
    if valid_from is None:
        raise ConfigurationError(detail=f"{rule_id} mangler valid_from")
    shorts = {key: str(version[key]) for key in ("short_nb", "short_en") if key in version}
    valid_to = _as_date(version.get("valid_to"), rule_id)
    return Citation(rule_id, valid_from=valid_from, valid_to=valid_to, **texts, **shorts)


def parse_citations(document: object) -> CitationTable:
    """Build the table from the parsed YAML: `{RULE_ID: [version, ...]}`."""
    if not isinstance(document, dict):
        raise ConfigurationError(detail="legal_citations.yaml må være en tabell av regel-id-er")
    entries = [
        _citation(str(rule_id), version)
        for rule_id, versions in document.items()
        for version in (versions if isinstance(versions, list) else [versions])
    ]
    return CitationTable(tuple(entries))


def load_citations(path: Path) -> CitationTable:
    """Read the citations file given (reads only that file)."""
    return parse_citations(yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER))  # noqa: S506


_OFFICE_FIELDS = {
    "office_name": "name",
    "office_name_en": "name_en",
    "email": "email",
    "phone": "phone",
    "website": "website",
    "org_number": "org_number",
    "unit_nb": "unit_nb",
    "unit_en": "unit_en",
}
_SIGNATURE_FIELDS = {
    "closing_nb": "closing_nb",
    "closing_en": "closing_en",
    "signature_note_nb": "note_nb",
    "signature_note_en": "note_en",
    "caseworker_title_nb": "caseworker_title_nb",
    "caseworker_title_en": "caseworker_title_en",
}


def parse_letterhead(document: object) -> Letterhead:
    """Build the letterhead from parsed config/letterhead.yaml."""
    if not isinstance(document, dict):
        raise ConfigurationError(detail="letterhead.yaml må være en tabell")
    try:
        office, refs, sign = document["office"], document["references"], document["signature"]
        letterhead = Letterhead(
            **{field: str(office[key]) for field, key in _OFFICE_FIELDS.items()},
            **{field: str(sign[key]) for field, key in _SIGNATURE_FIELDS.items()},
            postal_address=tuple(str(line) for line in office["postal_address"]),
            visiting_address=tuple(str(line) for line in office["visiting_address"]),
            logo=None if office.get("logo") is None else str(office["logo"]),
            case_reference_format=str(refs["case"]),
            document_reference_format=str(refs["document"]),
        )
        letterhead.document_reference_format.format(yy=26, year=2026, sequence=1, document=1)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigurationError(detail=f"letterhead.yaml: {exc!r}") from None
    return letterhead


def load_letterhead(path: Path) -> Letterhead:
    """Read the letterhead file given (reads only that file)."""
    return parse_letterhead(yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER))  # noqa: S506


_LOGO_TYPES = {".png": "image/png", ".svg": "image/svg+xml", ".jpg": "image/jpeg"}


@cache
def logo_data_uri(logo: str | None, base: Path = CONFIG_DIR) -> str | None:
    """The letterhead's logo as a data: URI for the HTML and PDF (None: no logo configured)."""
    if logo is None:
        return None
    path = base / logo
    media_type = _LOGO_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise ConfigurationError(
            detail=f"letterhead.yaml: logoen {logo} må være PNG, JPEG eller SVG"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        detail = f"letterhead.yaml: logoen {logo} kan ikke leses ({exc.strerror})"
        raise ConfigurationError(detail=detail) from None
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


@cache
def default_letterhead() -> Letterhead:
    return load_letterhead(CONFIG_DIR / "letterhead.yaml")


@cache
def default_citations() -> CitationTable:
    return load_citations(CONFIG_DIR / "legal_citations.yaml")
