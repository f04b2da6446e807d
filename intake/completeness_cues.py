"""Pure: find evidence for one documentation part (headings, file names, phrases, deferrals)."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from intake.completeness_deferrals import context_after, deferrals, part_cues, parts_named
from intake.completeness_text import (
    Section,
    Sentence,
    Source,
    collapse,
    compile_any,
    excerpt,
    excerpt_around,
    search,
    sections,
    sentences,
    word_count,
)
from intake.completeness_types import CaseTypeSpec, Evidence, PartSpec

SUBSTANTIVE_WORDS = 15  # a section or document with at least this many words has content
TOPIC_PARAGRAPH_WORDS = 30  # a paragraph that opens with a part's phrase and is this long
TOPIC_PHRASE_WITHIN = 12  # words: how early in the opening sentence the phrase must stand
DEFERRAL_REST_PRESENT = 40  # words beside a deferral that still make a section substantive
DEFERRAL_REST_PARTIAL = 8
LONG_DOCUMENT_WORDS = 100  # a mention in a document this long may stand for real content

_REFERENCE = re.compile(r"\bvedl(a|e)g\w*|\battach\w*|\benclos\w*|\bappendi\w*", re.IGNORECASE)


class State(enum.StrEnum):
    SUBSTANTIVE = "substantive"
    TRIVIAL = "trivial"
    MENTION = "mention"
    DEFERRED = "deferred"


@dataclass(frozen=True, slots=True)
class Hit:
    state: State
    evidence: Evidence
    what: str  # bokmål: «overskrift», «filnavn», «avsnitt», «omtale», «varslet ettersendt»
    soft: bool = False  # a mere mention in the mail text or a short note; yields to a deferral


@dataclass(frozen=True, slots=True)
class Reading:
    """One source cut into sentences, with the parts whose cue heading covers each line."""

    source: Source
    sentences: tuple[Sentence, ...]
    owners: Mapping[int, frozenset[int]]
    long_document: bool


def read(spec: CaseTypeSpec, source: Source, is_document: bool) -> Reading:
    owners: dict[int, frozenset[int]] = {}
    for section in sections(source):
        named = frozenset(parts_named(spec, section.heading.title))
        for index in range(section.heading.index, section.end):
            owners[index] = owners.get(index, frozenset()) | named
    long_document = is_document and word_count(source.text) >= LONG_DOCUMENT_WORDS
    return Reading(source, sentences(source), owners, long_document)


def is_any_cue(spec: CaseTypeSpec, title: str) -> bool:
    return any(search(part_cues(part), title) for part in spec.parts)


def heading_names(spec: CaseTypeSpec, part: PartSpec, title: str) -> bool:
    return part.number in parts_named(spec, title)


def judge_body(spec: CaseTypeSpec, number: int, body: str) -> tuple[State, str]:
    """State of a section or document body: content, too little, or deferred."""
    deferral_words, rest_words, note = 0, 0, ""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", body):
        scoped, unscoped = deferrals(spec, sentence)
        if number in scoped or unscoped:
            deferral_words += word_count(sentence)
            note = note or excerpt(sentence, 120)
        else:
            rest_words += word_count(sentence)
    if not note:
        return (State.SUBSTANTIVE if rest_words >= SUBSTANTIVE_WORDS else State.TRIVIAL), ""
    if rest_words >= DEFERRAL_REST_PRESENT:
        return State.SUBSTANTIVE, note
    return (State.TRIVIAL if rest_words >= DEFERRAL_REST_PARTIAL else State.DEFERRED), note


def heading_hits(
    spec: CaseTypeSpec, part: PartSpec, found: Sequence[tuple[str, Section]]
) -> list[Hit]:
    hits: list[Hit] = []
    for name, section in found:
        if not heading_names(spec, part, section.heading.title):
            continue
        state, note = judge_body(spec, part.number, section.heading.raw + "\n" + section.body)
        shown = f"{section.heading.raw}: {excerpt(section.body, 150)}" if section.body else ""
        evidence = Evidence(name, section.location, excerpt(shown or section.heading.raw))
        hits.append(Hit(state, evidence, f"overskrift «{excerpt(section.heading.raw, 80)}»"))
    return hits


def file_name_key(name: str) -> str:
    return " ".join(re.split(r"[-_.\s]+", name.lower()))


def file_hits(spec: CaseTypeSpec, part: PartSpec, documents: Sequence[Source]) -> list[Hit]:
    hits: list[Hit] = []
    for document in documents:
        if not search(part.file_names, file_name_key(document.name)):
            continue
        state, _ = judge_body(spec, part.number, document.text)
        evidence = Evidence(document.name, "hele dokumentet", excerpt(document.text) or "(tomt)")
        hits.append(Hit(state, evidence, f"vedlegg «{document.name}»"))
    return hits


def _sentence_state(
    spec: CaseTypeSpec, number: int, reading: Reading, sentence: Sentence, match: re.Match[str]
) -> State:
    """A paragraph that opens with the part's phrase is about the part, unless it stands under
    another part's heading, lists several parts, or points to an attachment."""
    owners = reading.owners.get(sentence.line, frozenset())
    early = word_count(sentence.text[: match.start()]) <= TOPIC_PHRASE_WITHIN
    topical = sentence.opens_paragraph and sentence.paragraph_words >= TOPIC_PARAGRAPH_WORDS
    enumerates = len(parts_named(spec, sentence.text) - {1}) >= 3
    own = not owners or number in owners
    if topical and early and own and not enumerates and not _REFERENCE.search(sentence.text):
        return State.SUBSTANTIVE
    return State.MENTION


def phrase_hits(spec: CaseTypeSpec, part: PartSpec, readings: Sequence[Reading]) -> list[Hit]:
    """Sentences that name the part: a paragraph about it, a mention, or a deferral."""
    regex = compile_any(part.phrases)
    hits: list[Hit] = []
    for reading in readings:
        previous = ""
        for sentence in reading.sentences:
            match = regex.search(sentence.text) if regex else None
            scoped, _ = deferrals(spec, sentence.text, previous)
            previous = context_after(spec, previous, sentence.text)
            if match is None and part.number not in scoped:
                continue
            hits.append(_phrase_hit(spec, part.number, reading, sentence, match, scoped))
    return hits


def _phrase_hit(
    spec: CaseTypeSpec,
    number: int,
    reading: Reading,
    sentence: Sentence,
    match: re.Match[str] | None,
    scoped: frozenset[int],
) -> Hit:
    shown = excerpt_around(sentence.text, *(match.span() if match else (0, 0)))
    evidence = Evidence(reading.source.name, sentence.location, shown)
    if number in scoped or match is None:
        return Hit(State.DEFERRED, evidence, "varslet ettersendt")
    state = _sentence_state(spec, number, reading, sentence, match)
    if state is State.SUBSTANTIVE:
        return Hit(state, evidence, "avsnitt om delen")
    owners = reading.owners.get(sentence.line, frozenset())
    elsewhere = bool(owners) and number not in owners  # under another part's heading
    return Hit(state, evidence, "omtale", soft=elsewhere or not reading.long_document)


def describe(hit: Hit) -> str:
    return f"{hit.what}: «{excerpt(collapse(hit.evidence.excerpt), 90)}»"
