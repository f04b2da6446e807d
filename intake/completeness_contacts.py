"""Pure: part 1, the names, phones and e-mail addresses of contact person, DPO and processor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from intake.completeness_text import Source, compile_any, excerpt, search
from intake.completeness_types import ContactCues, Evidence

MAX_CONTINUATION = 5

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LABELLED_PHONE = re.compile(
    r"\b(?:tlf|telefon|tel|mob|mobil|phone|telephone|mobile)\.?\s*(?:nr\.?)?\s*:?\s*"
    r"(\+?\d[\d ()-]{6,18}\d)",
    re.IGNORECASE,
)
_BARE_PHONE = re.compile(
    r"(?<![\w+/.,-])(\+\d{1,3}[ ]?\d{1,4}|\d{2,4})(?:[ ]?\d{2,4}){1,4}(?![\w/.,-]\d)"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÆØÅ]")
PROCESSOR_CONTACT_GAP = 30  # «kontaktperson hos databehandler»: characters between the two
_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéèöäüáó]+(?:-[A-ZÆØÅ][a-zæøåéèöäüáó]+)?"
_NAME = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:[A-ZÆØÅ]\.\s*)?(?:{_NAME_WORD}|AS|ASA|HF|IKS|SA))+\b")
_NOT_NAMES = {
    "tlf", "telefon", "tel", "mobil", "mob", "phone", "e-post", "epost", "email", "navn", "name",
    "adresse", "kontaktperson", "personvernombud", "personvernombod", "databehandler", "med",
    "vennlig", "hilsen", "kind", "regards", "best", "data", "protection", "officer", "contact",
    "person", "kontakt", "for", "vår", "vårt", "our", "the", "dpo", "vi", "we",
}  # fmt: skip


def phones(text: str) -> list[str]:
    found = [m.group(1) for m in _LABELLED_PHONE.finditer(text)]
    for match in _BARE_PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        international = match.group(1).startswith("+")
        if (international and 8 <= len(digits) <= 13) or len(digits) == 8:
            found.append(match.group(0))
    return found


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


def fields_of(text: str) -> Fields:
    return Fields(has_name(text), bool(phones(text)), bool(EMAIL.search(text)))


@dataclass(frozen=True, slots=True)
class Block:
    role: str  # "contact", "dpo", "processor"
    text: str
    evidence: Evidence

    @property
    def fields(self) -> Fields:
        return fields_of(self.text)


def _role_patterns(cues: ContactCues) -> dict[str, tuple[str, ...]]:
    return {"contact": cues.contact, "dpo": cues.dpo, "processor": cues.processor}


def _roles_in(cues: ContactCues, line: str) -> list[tuple[int, str]]:
    negated = {"dpo": cues.no_dpo, "processor": cues.no_processor}
    addresses = [m.span() for m in EMAIL.finditer(line)]
    found: list[tuple[int, str]] = []
    for role, patterns in _role_patterns(cues).items():
        regex = compile_any(patterns)
        if regex is None or search(negated.get(role, ()), line):
            continue
        found += [(m.start(), role) for m in regex.finditer(line)]
    found = [(at, role) for at, role in sorted(found) if not _inside(at, addresses)]
    # one role named twice on a line is one mention
    found = [item for i, item in enumerate(found) if i == 0 or found[i - 1][1] != item[1]]
    return _processor_contacts(line, found)


def _processor_contacts(line: str, roles: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """«Databehandler er X, kontaktperson Y» and «kontaktperson hos databehandler»: the
    contact person belongs to the processor, not to the controller."""
    kept: list[tuple[int, str]] = []
    for index, (at, role) in enumerate(roles):
        after = roles[index + 1] if index + 1 < len(roles) else None
        follows = bool(kept) and kept[-1][1] == "processor"
        if role == "contact" and follows and not _SENTENCE_BREAK.search(line[kept[-1][0] : at]):
            continue
        near = after is not None and after[0] - at <= PROCESSOR_CONTACT_GAP
        if role == "contact" and near and after is not None and after[1] == "processor":
            continue
        kept.append((at, role))
    return kept


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _continuation(cues: ContactCues, source: Source, index: int) -> list[str]:
    rows: list[str] = []
    for line in source.lines[index + 1 : index + 1 + MAX_CONTINUATION]:
        if not line.text and rows:
            break
        if _roles_in(cues, line.text):
            break
        if line.text:
            rows.append(line.text)
    return rows


def _name_line_before(cues: ContactCues, source: Source, index: int) -> str:
    if index == 0:
        return ""
    text = source.lines[index - 1].text
    short = 0 < len(text.split()) <= 4 and not _roles_in(cues, text)
    return text if short and has_name(text) else ""


def _split_line(line: str, roles: list[tuple[int, str]]) -> list[tuple[str, str]]:
    cuts = [0] + [start for start, _ in roles[1:]] + [len(line)]
    return [(roles[i][1], line[cuts[i] : cuts[i + 1]]) for i in range(len(roles))]


def role_blocks(cues: ContactCues, source: Source) -> list[Block]:
    """Each mention of a role with the text that belongs to it (same line and lines below)."""
    blocks: list[Block] = []
    for index, line in enumerate(source.lines):
        roles = _roles_in(cues, line.text)
        if not roles:
            continue
        after = "\n".join(_continuation(cues, source, index))
        before = _name_line_before(cues, source, index)
        pieces = _split_line(line.text, roles)
        separate = len(pieces) > 1 and all(fields_of(t).count for _, t in pieces[1:])
        for position, (role, piece) in enumerate(pieces):
            last = position == len(pieces) - 1
            text = piece if separate else line.text
            text = "\n".join(t for t in (before, text, after if last or not separate else "") if t)
            blocks.append(Block(role, text, Evidence(source.name, line.location, excerpt(text))))
    return blocks


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
