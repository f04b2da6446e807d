"""Pure: cut contact text into role segments, each from one role label to the next.

A segment runs across line breaks (a PDF wraps a paragraph wherever it likes), across form
lines («Navn:», «Telefon:», «E-post:» under a role label) and across table rows, but never
past a heading, a blank line or the next role label, and never further than
MAX_SEGMENT_LINES lines below its label: a phone number or address belongs to the nearest
role label above it in the same run of text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from intake.completeness_contacts import EMAIL, Block, fields_of, has_email, has_name, has_phone
from intake.completeness_regex import compile_any, lowered
from intake.completeness_text import Source, excerpt
from intake.completeness_types import ContactCues, Evidence

MAX_SEGMENT_LINES = 6  # a role's details stand within this many lines of its label
PROCESSOR_CONTACT_GAP = 30  # «kontaktperson hos databehandler»: characters between the two
SHARED_LABEL_WORDS = 3  # «Kontaktperson og personvernombud: Kari …» share one person

_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÆØÅ]")
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # «personvern-» at a line end
_ELLIPSIS = re.compile(r"^(og|eller|and|or)\b", re.IGNORECASE)  # «sosial- og helse…»
_OPEN_ADDRESS = re.compile(r"[\w.+-]+@[\w-]*[.@-]?$")  # «kari@bergen.» wrapped mid-address
_CONNECTOR = re.compile(r"^[\s,&/]*(og|and|&|/|samt)?[\s,&/]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive lines read as one text; `starts` holds the offset of each line in it."""

    text: str
    starts: tuple[int, ...]
    first: int  # index of the first line in the source

    def line_of(self, offset: int) -> int:
        return self.first + bisect_right(self.starts, offset) - 1

    def limit(self, offset: int) -> int:
        """The end of the text MAX_SEGMENT_LINES lines below the line holding `offset`."""
        position = bisect_right(self.starts, offset) - 1 + MAX_SEGMENT_LINES
        return self.starts[position] if position < len(self.starts) else len(self.text)


def _join(text: str, line: str) -> tuple[str, str]:
    """(text so far, separator): undo hyphenation and addresses split at a line end."""
    last = text.rsplit(" ", 1)[-1]
    if "@" in last and _OPEN_ADDRESS.fullmatch(last) and not re.search(r"@[\w-]+\.\w", last):
        return text, ""
    # a match of _HYPHENATED lies in the last three characters: do not rescan the whole run
    if _HYPHENATED.search(text[-3:]) and "@" not in last and not _ELLIPSIS.match(line):
        return (text[:-1], "") if line[:1].islower() else (text, "")
    return text, " "


def _make_run(lines: Sequence[str], first: int) -> Run:
    text, starts = "", []
    for line in lines:
        text, separator = _join(text, line) if text else (text, "")
        starts.append(len(text) + len(separator))
        text += separator + line
    return Run(text, tuple(starts), first)


def _bare_label(cues: ContactCues, text: str) -> bool:
    """A line that is only a role label («Personvernombud:»): its details may follow a blank."""
    # cheapest test first: this is asked of nearly every line
    if len(text.split()) > 3 or not role_mentions(cues, text):
        return False
    return fields_of(text).count == 0


def runs(cues: ContactCues, source: Source) -> list[Run]:
    """Runs of lines between blank lines and headings (a heading opens a new run; a line that
    names a role does not, since it opens a new segment anyway)."""
    breaks = {
        h.index
        for h in source.headings
        if (h.is_cue or h.depth) and not role_mentions(cues, source.lines[h.index].text)
    }
    found: list[Run] = []
    current: list[str] = []
    first = 0
    for index, line in enumerate(source.lines):
        waiting = bool(current) and _bare_label(cues, current[-1])
        if (not line.text and not waiting) or index in breaks:
            if current:
                found.append(_make_run(current, first))
            current = []
        if line.text:
            first = index if not current else first
            current.append(line.text)
    if current:
        found.append(_make_run(current, first))
    return found


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def denies(patterns: tuple[str, ...], text: str) -> bool:
    """A negation («har ikke personvernombud») outside e-mail addresses («…@firma.no DPO»)."""
    regex = compile_any(patterns)
    found = list(regex.finditer(text)) if regex else []
    addresses = [m.span() for m in EMAIL.finditer(text)] if found and "@" in text else []
    return any(not _inside(m.start(), addresses) for m in found)


def role_mentions(
    cues: ContactCues, text: str, starts: Sequence[int] = ()
) -> list[tuple[int, str]]:
    """(offset, role) of each role label; not inside an address nor a «har ikke personvernombud»."""
    negations = {"dpo": cues.no_dpo, "processor": cues.no_processor}
    patterns = {"contact": cues.contact, "dpo": cues.dpo, "processor": cues.processor}
    excluded = [m.span() for m in EMAIL.finditer(text)] if "@" in text else []
    lower = lowered(text)  # once for all the cues
    found: list[tuple[int, str]] = []
    for role, cue in patterns.items():
        regex, negation = compile_any(cue), compile_any(negations.get(role, ()))
        labels = list(regex.finditer_lowered(text, lower)) if regex else []
        if not labels:
            continue  # nothing a negation could cancel
        denials = negation.finditer_lowered(text, lower) if negation else iter(())
        denied = [m.span() for m in denials if not _inside(m.start(), excluded)]
        found += [(m.start(), role) for m in labels if not _inside(m.start(), denied)]
    found = [(at, role) for at, role in sorted(found) if not _inside(at, excluded)]
    # one role named twice in a row is one mention
    found = [item for i, item in enumerate(found) if i == 0 or found[i - 1][1] != item[1]]
    return _processor_contacts(text, found, frozenset(starts))


def _processor_contacts(
    text: str, roles: list[tuple[int, str]], starts: frozenset[int]
) -> list[tuple[int, str]]:
    """«Databehandler er X, kontaktperson Y» and «kontaktperson hos databehandler»: the
    contact person belongs to the processor, not to the controller."""
    kept: list[tuple[int, str]] = []
    for index, (at, role) in enumerate(roles):
        after = roles[index + 1] if index + 1 < len(roles) else None
        follows = bool(kept) and kept[-1][1] == "processor"
        if role == "contact" and follows and not _fresh(text, kept[-1][0], at, starts):
            continue
        near = after is not None and after[0] - at <= PROCESSOR_CONTACT_GAP
        if role == "contact" and near and after is not None and after[1] == "processor":
            continue
        kept.append((at, role))
    return kept


def _fresh(text: str, processor: int, at: int, starts: frozenset[int]) -> bool:
    """A contact label after a processor label is the controller's own again after a sentence
    break, or on a new line once the processor has its phone or e-mail («Kontakt:» right under
    «Databehandler» is the processor's contact person)."""
    between = text[processor:at]
    if _SENTENCE_BREAK.search(between):
        return True
    return at in starts and (has_phone(between) or has_email(between))


def _name_line_before(cues: ContactCues, source: Source, index: int) -> str:
    """«Kari Nordmann» on the line above «Kontaktperson» (a signature-like card)."""
    if index == 0:
        return ""
    text = source.lines[index - 1].text
    short = 0 < len(text.split()) <= 4 and not role_mentions(cues, text)
    return text if short and has_name(text) else ""


def _segments(run: Run, mentions: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(offset, role, text) from each label to the next; a bare label joined to the next one
    by «og», «and», «/» shares its details."""
    found: list[tuple[int, str, str]] = []
    ends = [at for at, _ in mentions[1:]] + [len(run.text)]
    for index, (at, role) in enumerate(mentions):
        end = min(ends[index], run.limit(at))
        text = run.text[at:end]
        if index + 1 < len(mentions) and _shares(run.text, at, ends[index], role):
            text = run.text[at : min(ends[index + 1], run.limit(ends[index]))]
        found.append((at, role, text))
    return found


def _shares(text: str, start: int, end: int, role: str) -> bool:
    piece = text[start:end]
    if len(piece.split()) > SHARED_LABEL_WORDS or fields_of(piece).count:
        return False
    label = re.match(r"\S+", piece)
    rest = piece[label.end() :] if label else piece
    return bool(_CONNECTOR.match(rest)) and role != "processor"


def role_blocks(cues: ContactCues, source: Source) -> list[Block]:
    """Each mention of a role with the text that belongs to it."""
    blocks: list[Block] = []
    for run in runs(cues, source):
        mentions = role_mentions(cues, run.text, run.starts)
        for at, role, text in _segments(run, mentions):
            index = run.line_of(at)
            prefix = run.text[run.starts[index - run.first] : at]
            if not prefix.strip():
                prefix = _name_line_before(cues, source, index)
            elif has_phone(text) or has_email(text):
                prefix = ""  # «Ola Hansen (tlf. …) er personvernombud»: details before the label
            text = f"{prefix}\n{text}" if prefix.strip() else text
            evidence = Evidence(source.name, source.lines[index].location, excerpt(text))
            blocks.append(Block(role, text, evidence, fields_of(text)))
    return blocks
