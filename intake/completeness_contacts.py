"""Pure: part 1, the names, phones and e-mail addresses of contact person, DPO and processor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from intake.completeness_regex import CueRegex, search
from intake.completeness_text import Source
from intake.completeness_types import ContactCues, Evidence

MIN_PHONE_DIGITS = 8  # _is_phone accepts no number with fewer

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT = re.compile(r"\d")  # every phone number has one: most text needs no further look
_LABELLED_PHONE = CueRegex.compile(  # same matches as the bare regex, at a fraction of the cost
    [
        r"\b(?:tlf|telefon|tel|mob|mobil|phone|telephone|mobile)\.?\s*(?:nr\.?)?\s*:?\s*"
        r"(\+?\d[\d ()-]{6,18}\d)"
    ],
    re.IGNORECASE,
)
_BARE_PHONE = re.compile(
    r"(?<![\w+/.,-])(\+\d{1,3}[ ]?\d{1,4}|\d{2,4})(?:[ ]?\d{2,4}){1,4}(?![\w/.,-]\d)"
)
_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéèöäüáó]+(?:-[A-ZÆØÅ][a-zæøåéèöäüáó]+)?"
_NAME = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:[A-ZÆØÅ]\.\s*)?(?:{_NAME_WORD}|AS|ASA|HF|IKS|SA))+\b")
_NOT_NAMES = {
    "tlf", "telefon", "tel", "mobil", "mob", "phone", "e-post", "epost", "email", "navn", "name",
    "adresse", "kontaktperson", "personvernombud", "personvernombod", "databehandler", "med",
    "vennlig", "hilsen", "kind", "regards", "best", "data", "protection", "officer", "contact",
    "person", "kontakt", "for", "vår", "vårt", "our", "the", "dpo", "vi", "we",
}  # fmt: skip


def phones(text: str) -> list[str]:
    if not _DIGIT.search(text):
        return []
    found = [m.group(1) for m in _LABELLED_PHONE.finditer(text)]
    found += [m.group(0) for m in _BARE_PHONE.finditer(text) if _is_phone(m)]
    return found


def has_phone(text: str) -> bool:
    """bool(phones(text)), without looking further than the first number."""
    if not _DIGIT.search(text):
        return False
    if _LABELLED_PHONE.search(text):
        return True
    if len(_DIGIT.findall(text)) < MIN_PHONE_DIGITS:
        return False  # too few digits in all: no need to scan for a bare number
    return any(_is_phone(match) for match in _BARE_PHONE.finditer(text))


def _is_phone(match: re.Match[str]) -> bool:
    """A bare number long enough to be a phone number."""
    digits = re.sub(r"\D", "", match.group(0))
    international = match.group(1).startswith("+")
    return (international and 8 <= len(digits) <= 13) or len(digits) == 8


def has_name(text: str) -> bool:
    for match in _NAME.finditer(text):
        words = [w.lower() for w in re.findall(r"[\w-]+", match.group(0))]
        if sum(w not in _NOT_NAMES for w in words) >= 2:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Fields:
    name: bool = False
    phone: bool = False
    email: bool = False

    @property
    def count(self) -> int:
        return self.name + self.phone + self.email

    @property
    def complete(self) -> bool:
        return self.count == 3

    def lacking(self) -> str:
        names = [("navn", self.name), ("telefon", self.phone), ("e-post", self.email)]
        return ", ".join(label for label, ok in names if not ok)

    def __or__(self, other: Fields) -> Fields:
        return Fields(self.name or other.name, self.phone or other.phone, self.email or other.email)


def has_email(text: str) -> bool:
    return "@" in text and EMAIL.search(text) is not None


def emails(source: Source) -> list[str]:
    """The addresses in the source; an address never spans a line, so only lines with «@»
    need the (costly) scan."""
    return [
        found for line in source.lines if "@" in line.text for found in EMAIL.findall(line.text)
    ]


def fields_of(text: str) -> Fields:
    return Fields(has_name(text), has_phone(text), has_email(text))


@dataclass(frozen=True, slots=True)
class Block:
    role: str  # "contact", "dpo", "processor"
    text: str
    evidence: Evidence
    fields: Fields  # fields_of(text), found once: the verdict asks for them repeatedly


def signature(cues: ContactCues, body: Source) -> str:
    """The sender's signature: the lines after the last closing (or the last six lines)."""
    texts = [line.text for line in body.lines]
    openers = [i for i, t in enumerate(texts) if t and search(cues.signature_openers, t)]
    rows = texts[openers[-1] + 1 : openers[-1] + 10] if openers else texts[-8:]
    return "\n".join(row for row in rows if row)


def is_public_body(cues: ContactCues, sources: Sequence[Source]) -> tuple[bool, bool, str]:
    """(confidently public, possibly public, the text that says so)."""
    for source in sources:
        match = search(cues.public_body, source.text)
        if match:
            return True, True, match.group(0)
    for source in sources:
        match = search(cues.public_hint, source.text)
        if match:
            return False, True, match.group(0)
    return False, False, ""
