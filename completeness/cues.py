"""Pure: find evidence for one documentation part (headings, file names, phrases, deferrals)."""

from __future__ import annotations

import enum
import re
from bisect import bisect_right
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from completeness.deferrals import (
    WHOLE_DPIA,
    approval_deferred,
    context_after,
    deferral_spans,
    deferrals,
    only_modal_acts,
    only_validation_ahead,
    part_cues,
    parts_named,
    validation_act,
)
from completeness.regex import CueRegex, compile_any, lowered, search, search_lowered
from completeness.text import (
    AGENDA_ITEM,
    CELL_SEPARATOR,
    QUESTION_COLUMN,
    Heading,
    Section,
    Sentence,
    Source,
    collapse,
    excerpt,
    excerpt_around,
    is_numbered,
    sections,
    sentences,
    split_sentences,
    unanswered,
    word_count,
)
from completeness.types import CaseTypeSpec, Evidence, PartSpec
from reading.text import heading_parts

SUBSTANTIVE_WORDS = 15  # a section or document with at least this many words has content
TOPIC_PARAGRAPH_WORDS = 30  # a paragraph that opens with a part's phrase and is this long
TOPIC_PHRASE_WITHIN = 12  # words: how early in the opening sentence the phrase must stand
DEFERRAL_REST_PRESENT = 40  # words beside a deferral that still make a section substantive
DEFERRAL_REST_PARTIAL = 8
LONG_DOCUMENT_WORDS = 100  # a mention in a document this long may stand for real content
BARE_DEFERRAL_WORDS = 6  # R-CP-192: «Ikkje gjennomført.», «Not done yet.», «Kommer senere.»
OPENING_SENTENCES = 3  # a part said not to be done in these opens its text: the part is missing

# A sentence ends at «.», «!» or «?» before white space, or at a line end; not after an
# abbreviation that goes on («jf. vedlegg 3», «cf. Annex 2», «kap. 4», «nr. 2»; R-CP-121).
# The splits of `(?<=[.!?])(?<!\bjf\.)…\s\s*|\n`, written to open with `\s` (each look behind
# then takes in the white space it stands before), so that `re` skips straight to white space
# instead of trying the look behinds at every character (a whole document is long).
_SENTENCE_SPLIT = re.compile(
    # the abbreviations are looked at only after a full stop: the split is asked at every space
    r"\s(?<=[.!?]\s)(?<!\bjf\.\s)(?<!\bjfr\.\s)(?<!\bcf\.\s)(?<!\bkap\.\s)(?<!\bpkt\.\s)"
    r"(?<!\bnr\.\s)(?<!\bno\.\s)(?<!\bca\.\s)(?<!\bbl\.a\.\s)(?<!\bf\.eks\.\s)(?<!\be\.g\.\s)"
    r"(?<!\bi\.e\.\s)\s*|\n"
)
_NOT_ATTACHED = re.compile(
    r"\b(not|isn.t|aren.t) (attached|included|enclosed)|\b(ikke|ikkje) (vedlagt|vedlagd|lagt ved)",
    re.IGNORECASE,
)
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
    inferred: bool = False  # found by what the text is about (content signature), not named
    silent: bool = False  # a deferral read from absence (an empty section), not from words
    link: bool = False  # R-CP-70: the part's section is a link to a page we were not sent
    pointer: bool = False  # R-CP-46: the part's section only points elsewhere (a link too)
    own: bool = False  # R-CP-85: what a heading naming the part has under it
    report: bool = False  # R-CP-141: found as the DPIA report (its title, its file name)
    subject: bool = False  # R-CP-175: a deferral whose subject is the part itself


@dataclass(frozen=True, slots=True)
class NamedSection:
    """A cue heading's section, the source it stands in, and the parts its heading names."""

    source: str
    section: Section
    parts: frozenset[int]
    at_end: bool = False  # nothing follows the section in its source
    mentions: frozenset[int] = frozenset()  # parts its heading names in passing only


def named_sections(spec: CaseTypeSpec, source: Source) -> tuple[NamedSection, ...]:
    """Named once per check: every part asks which parts each heading names."""
    found: list[NamedSection] = []
    for section in sections(source):
        named = frozenset(parts_named(spec, section.heading.title))
        if section.heading.raw.count(CELL_SEPARATOR) >= 2:
            # R-CP-42: a table's header row names its columns; what stands under it is the
            # table, so it is never given to another part by what the rows are about
            found.append(NamedSection(source.name, section, named))
            continue
        content = _content_parts(spec, section, named)
        parts = frozenset() if content else _subtitle_parts(spec, found, section, named)
        mentions: frozenset[int] = frozenset()
        if _report_chapter(source, found, section, named):
            parts = named  # R-CP-25: a chapter of the DPIA report, not a title inside part 4
        elif not parts:
            parts = (
                content
                or _widened_parts(spec, found, section, named)
                or _nested_parts(spec, source, found, section, named)
                or _question_parts(spec, found, section, named)
            )
            # what a title inside another part names stays a trace of it (R-CP-10, R-CP-12);
            # a lead-in sentence («We found these risks to the data subjects' rights:») none
            mentions = named - parts if parts and not _lead_in(section.heading) else frozenset()
        at_end = section.end >= len(source.lines)
        found.append(NamedSection(source.name, section, parts or named, at_end, mentions))
    return tuple(found)


DPIA_PART = 4
REPORT_CHAPTERS = frozenset({2, 3})  # what a DPIA holds besides its risk assessment (R-CP-3)
# R-CP-49: the words that name the DPIA as a whole, the report that holds parts 2-4


def is_report_title(source: Source, named: NamedSection) -> bool:
    """R-CP-25: the unnumbered heading that opens a text and names the DPIA alone («DPIA –
    Ubemannede butikker», «Personvernkonsekvensvurdering – …») is the title of a report whose
    chapters are the parts a DPIA holds (R-CP-3), not the section of part 4 only."""
    heading = named.section.heading
    # numbered headings before it are no title («1 Kontakter», a workbook's first sheet, R-CP-110)
    first = next((h.index for h in source.headings if not h.depth), -1)
    return heading.index == first and not heading.depth and named.parts == {DPIA_PART}


def _report_chapter(
    source: Source, found: Sequence[NamedSection], section: Section, named: frozenset[int]
) -> bool:
    """A heading naming the description or the necessity assessment under a DPIA report's
    title, in an outline without numbers between them (a numbered chapter's sub-headings stay
    within it, R-CP-10)."""
    if not (found and named and named <= REPORT_CHAPTERS and is_report_title(source, found[0])):
        return False
    title, here = found[0].section.heading.index, section.heading.index
    return not any(h.depth for h in source.headings if title < h.index <= here)


def _content_parts(spec: CaseTypeSpec, section: Section, named: frozenset[int]) -> frozenset[int]:
    """R-CP-15: an unnumbered heading whose text touches next to nothing of the parts it names
    and clearly one other part by content is that part's («Godkjenning av vurdering av
    personvernkonsekvenser» over the director's approval); what it names stays a mention.
    A question heading («Kvifor er det naudsynt?», «Kva kan gå gale?») asks what its text
    answers: it keeps the part it names (R-CP-125)."""
    if section.heading.depth or not named or 1 in named or _is_question(section.heading):
        return frozenset()
    if word_count(section.body, at_most=SUBSTANTIVE_WORDS) < SUBSTANTIVE_WORDS:
        return frozenset()
    if any(
        touches(signature_concepts(spec.part(n).signatures), section.body) > NEXT_TO_NOTHING
        for n in named
    ):
        return frozenset()
    # R-CP-26: what the heading says beside the part it names counts too («Styremøte 2.12.»)
    whole = f"{section.heading.raw}\n{section.body}"
    scores = {
        p.number: touches(signature_concepts(p.signatures), whole)
        for p in spec.parts
        if p.signatures and p.number not in named
    }
    clear = [n for n, score in scores.items() if score > spec.part(n).signature_min]
    return frozenset(clear) if len(clear) == 1 else frozenset()


def _lead_in(heading: Heading) -> bool:
    """A sentence that introduces what follows: long, and ending in a colon."""
    return heading.raw.rstrip().endswith(":") and len(heading.title.split()) > LEAD_IN_WORDS


def _is_question(heading: Heading) -> bool:
    return heading.raw.rstrip().endswith("?")


def _opens_with_question(body: str) -> bool:
    """The text under a heading is nothing, or opens with a question line (a sub-heading)."""
    first = body.lstrip().split("\n", 1)[0].strip()
    return not first or (first.endswith("?") and len(first.split()) <= SUBTITLE_WORDS)


def _question_parts(
    spec: CaseTypeSpec, found: Sequence[NamedSection], section: Section, parts: frozenset[int]
) -> frozenset[int]:
    """R-CP-12: a question heading under a part's statement heading, with only questions
    between them, asks about that part («Beskrivelse av behandlingen» / «Hva skal behandles?» /
    «Hva gjør behandlingen risikofylt?»). It belongs to the part above unless the text under it
    is about the parts it names itself; what it names is then a mention only."""
    if section.heading.depth or not parts or not _is_question(section.heading):
        return frozenset()
    parent = next((n for n in reversed(found) if not _is_question(n.section.heading)), None)
    if parent is None or not parent.parts or parent.section.heading.depth or parts <= parent.parts:
        return frozenset()
    between = [n for n in found if n.section.heading.index > parent.section.heading.index]
    if any(n.parts - parent.parts for n in between):
        return frozenset()  # an earlier question already left the part above
    if not _opens_with_question(parent.section.body):
        return frozenset()  # the part heading has text of its own: no outline of questions
    return frozenset() if _about_own(spec, parts - parent.parts, section.body) else parent.parts


def _nested_parts(
    spec: CaseTypeSpec,
    source: Source,
    found: Sequence[NamedSection],
    section: Section,
    parts: frozenset[int],
) -> frozenset[int]:
    """R-CP-10: in a text whose part headings are numbered, an unnumbered heading that stands
    inside a numbered part's section (no numbered heading between them) is a title within that
    part: the agenda item «Sak 7 – DPIA for …» in the minutes under «5. Management's
    validation», or the lead-in «We identified these risks to the data subjects' rights:»
    under «4. Risks». It belongs to the part above unless the text under it is about the parts
    it names itself (by their content signatures) rather than about the part above."""
    if section.heading.depth or not parts or _APPENDIX.match(section.heading.raw):
        return frozenset()  # R-CP-189: an appendix («Vedlegg A …») ends the chapter above
    numbered = [h for h in source.headings if h.depth and h.index < section.heading.index]
    if not numbered or not is_numbered(numbered[-1].raw):
        return frozenset()
    parent = next(
        (n for n in reversed(found) if n.section.heading.index == numbered[-1].index), None
    )
    if parent is None or not parent.parts or parts <= parent.parts:
        return frozenset()
    if _report_heading(parent) and parts - parent.parts <= REPORT_CHAPTERS:
        return frozenset()  # R-CP-52: the DPIA's chapters under «Part B. The DPIA» are their own
    return frozenset() if _about_own(spec, parts - parent.parts, section.body) else parent.parts


# R-CP-189: the heading of an appendix, lettered or numbered («Vedlegg A Kontaktopplysninger»,
# «Appendix 2 – Risk register», «Bilag 1»)
_APPENDIX = re.compile(
    r"^\W*(vedlegg|vedlegget|bilag|appendix|annex|attachment)\s+([a-z]|\d{1,2}|[ivx]{1,4})\b",
    re.IGNORECASE,
)


def _report_heading(named: NamedSection) -> bool:
    """R-CP-52: a heading that names the DPIA as a whole («Del B – DPIA», «Vurdering av
    personvernkonsekvenser») and no other part: the report whose chapters are parts 2-4."""
    return named.parts == {DPIA_PART} and WHOLE_DPIA.search(named.section.heading.title) is not None


def _about_own(spec: CaseTypeSpec, numbers: frozenset[int], body: str) -> bool:
    """The text touches enough of the content signature of one of these parts to be about it."""
    return any(
        touches(signature_concepts(spec.part(n).signatures), body) >= spec.part(n).signature_min
        for n in numbers
        if spec.part(n).signatures
    )


SUBTITLE_WORDS = 12
NEXT_TO_NOTHING = 1  # signature concepts a text may touch and still not be about a part
LEAD_IN_WORDS = 8  # a heading line ending in a colon and longer than this is a sentence


def _subtitle_parts(
    spec: CaseTypeSpec, found: Sequence[NamedSection], section: Section, parts: frozenset[int]
) -> frozenset[int]:
    """A heading right under a part heading with next to nothing between them («Ledelsens
    behandling» / «Protokoll fra ledermøte» / «Sak 22/26 – DPIA for …») is a title inside
    that part's text, and belongs to that part, when it names only parts already dealt with
    above, or when it is unnumbered and what stands under it is about the part above (the
    minutes' agenda item «Godkjenning av DPIA» under «Hva har ledelsen bestemt?»)."""
    if not found or not parts:
        return frozenset()
    previous = found[-1]
    # a DPIA report's title names part 4 without dealing with it: its chapters follow (R-CP-52)
    earlier = frozenset().union(*(n.parts for n in found[:-1] if not _report_heading(n)))
    adjacent = previous.section.end == section.heading.index
    short = word_count(previous.section.body, at_most=SUBTITLE_WORDS + 1) <= SUBTITLE_WORDS
    if not (adjacent and short and previous.parts) or parts & previous.parts:
        return frozenset()
    if parts <= earlier:
        return previous.parts
    if section.heading.depth == 0 and _about(spec, previous.parts, parts, section.body):
        return previous.parts
    return frozenset()


def _widened_parts(
    spec: CaseTypeSpec, found: Sequence[NamedSection], section: Section, parts: frozenset[int]
) -> frozenset[int]:
    """R-CP-10: a heading right under a part heading that names that part and more («Risks to
    the data subjects' rights» under «Risks»): the more is the part above's wording unless the
    text under it is about it."""
    if not found or not parts:
        return frozenset()
    previous = found[-1]
    adjacent = previous.section.end == section.heading.index
    short = word_count(previous.section.body, at_most=SUBTITLE_WORDS + 1) <= SUBTITLE_WORDS
    extra = parts - previous.parts
    if not (adjacent and short and parts & previous.parts and extra):
        return frozenset()
    return frozenset() if _about_own(spec, extra, section.body) else previous.parts


def _about(spec: CaseTypeSpec, above: frozenset[int], named: frozenset[int], body: str) -> bool:
    """The text touches enough of the parts above to be about them, and more of them than of
    the parts its own heading names."""

    def touched(numbers: frozenset[int]) -> int:
        found = [spec.part(n) for n in numbers if spec.part(n).signatures]
        return max((touches(signature_concepts(p.signatures), body) for p in found), default=0)

    enough = all(
        touches(signature_concepts(spec.part(n).signatures), body) >= spec.part(n).signature_min
        for n in above
        if spec.part(n).signatures
    )
    return enough and touched(above) > touched(named)


@dataclass(frozen=True, slots=True)
class Reading:
    """One source cut into sentences, with the parts whose cue heading covers each line."""

    source: Source
    sentences: tuple[Sentence, ...]
    lowered: tuple[str | None, ...]  # each sentence's lowered(): every part searches them
    joined: str | None  # the lowered sentences one a line: a part's strings are found at once
    offsets: tuple[int, ...]  # where each sentence starts in `joined`
    deferred: tuple[frozenset[int], ...]  # the parts each sentence defers, read in context
    owners: Mapping[int, frozenset[int]]
    long_document: bool
    about: frozenset[int] = frozenset()  # the parts its headings name (a document's topic)


def read(
    spec: CaseTypeSpec, source: Source, found: Sequence[NamedSection], is_document: bool
) -> Reading:
    """`found`: the named sections of this source."""
    owners: dict[int, frozenset[int]] = {}
    for named in found:
        for index in range(named.section.heading.index, named.section.end):
            owners[index] = owners.get(index, frozenset()) | named.parts
    long_document = (
        is_document and word_count(source.text, at_most=LONG_DOCUMENT_WORDS) >= LONG_DOCUMENT_WORDS
    )
    cut = sentences(source)
    lower = tuple(lowered(sentence.text) for sentence in cut)
    joined, offsets = _joined(lower)
    about = frozenset[int]().union(*(named.parts for named in found)) if is_document else None
    return Reading(
        source, cut, lower, joined, offsets, _deferred(spec, cut), owners, long_document,
        about or frozenset(),
    )  # fmt: skip


def _joined(lower: Sequence[str | None]) -> tuple[str | None, tuple[int, ...]]:
    texts = [text for text in lower if text is not None]
    if len(texts) < len(lower):
        return None, ()
    offsets = [0]
    for text in texts[:-1]:
        offsets.append(offsets[-1] + len(text) + 1)
    return "\n".join(texts), tuple(offsets)


def _sentences_to_try(regex: CueRegex, reading: Reading) -> Container[int]:
    """The sentences that hold one of the regex's strings: it cannot match in any other."""
    found = regex.string_positions(reading.joined) if reading.joined is not None else None
    if found is None:
        return range(len(reading.sentences))
    return {bisect_right(reading.offsets, at) - 1 for at in found}


def _deferred(spec: CaseTypeSpec, found: Sequence[Sentence]) -> tuple[frozenset[int], ...]:
    """The parts each sentence defers; the same for every part, so worked out once."""
    scopes: list[frozenset[int]] = []
    previous = ""
    for sentence in found:
        scoped, _ = deferrals(spec, sentence.text, previous)
        previous = context_after(spec, previous, sentence.text)
        scopes.append(scoped)
    return tuple(scopes)


@lru_cache(maxsize=8192)  # headings recur: a document's every page, every request's «Formål»
def is_any_cue(spec: CaseTypeSpec, title: str) -> bool:
    lower = lowered(title)  # once for all the parts
    return any(search_lowered(part_cues(part), title, lower) for part in spec.parts)


# a sentence that only sends the reader elsewhere in the document («Se også kapittel 2.1 om hva
# vurderingen skal inneholde», «See section 4 for details»)
_CROSS_REFERENCE = re.compile(
    r"^\W*(se|sjå|jf\.?|jfr\.?|see|cf\.?)( også| og| ogso| also)? (kapittel|kapitel|kap\.|avsnitt|"
    r"punkt|pkt\.|del|section|chapter|part|paragraph)\s",
    re.IGNORECASE,
)


def judge_body(spec: CaseTypeSpec, number: int, body: str, heading: str = "") -> tuple[State, str]:
    """State of a section (under `heading`) or document body: content, too little, or deferred.

    Beside a deferral, the heading's own words are no content: «Why is it necessary, and is it
    proportionate?» over «TBD – to follow» leaves nothing of the part (R-CP-77)."""
    state, note = _judged_body(spec, number, body, heading)
    if state is State.SUBSTANTIVE and number == spec.validation_part:
        text = f"{heading}\n{body}" if heading else body
        pending = _approval_pending(spec, text)
        if pending:
            return State.TRIVIAL, pending  # R-CP-183
    return state, note


def _judged_body(spec: CaseTypeSpec, number: int, body: str, heading: str) -> tuple[State, str]:
    text = f"{heading}\n{body}" if heading else body
    if number == spec.validation_part:
        undecided = _undecided(spec, text)
        if undecided:
            return State.DEFERRED, undecided
    # R-CP-192: under the part's own heading a bare «Ikkje gjennomført.» is about the part
    own = bool(heading) and CELL_SEPARATOR not in heading and number in parts_named(spec, heading)
    deferral_words, note, opening = _deferred_sentences(spec, number, text, own)
    # the split drops only whitespace, so the words of the sentences are those of the body;
    # beyond the highest threshold the exact count makes no difference
    # a table row taken for a heading («Lagring … naudsynt | Låg | Middels») is no heading
    heading_words = word_count(heading) if note and CELL_SEPARATOR not in heading else 0
    enough = deferral_words + heading_words
    enough += max(SUBSTANTIVE_WORDS, DEFERRAL_REST_PRESENT, DEFERRAL_REST_PARTIAL)
    rest_words = word_count(text, at_most=enough) - deferral_words - heading_words
    if opening:  # «Det er ikke gjennomført en DPIA.» opens the text: never present
        long = rest_words >= DEFERRAL_REST_PRESENT
        return (State.TRIVIAL if long else State.DEFERRED), opening
    if not note:
        return (State.SUBSTANTIVE if rest_words >= SUBSTANTIVE_WORDS else State.TRIVIAL), ""
    if rest_words >= DEFERRAL_REST_PRESENT:
        return State.SUBSTANTIVE, note
    return (State.TRIVIAL if rest_words >= DEFERRAL_REST_PARTIAL else State.DEFERRED), note


_PLACEHOLDER = re.compile(r"\s*(tbd|tba|tbc|todo)\b", re.IGNORECASE)


def _deferred_sentences(
    spec: CaseTypeSpec, number: int, text: str, own_heading: bool = False
) -> tuple[int, str, str]:
    """The words of the text's sentences that defer the part (or only point elsewhere beside
    them), the first such sentence, and the one that opens the text, if any. Under the part's
    own heading a deferral that names no part opens it too (R-CP-192)."""
    deferral_words, pointing_words, note, opening = 0, 0, "", ""
    # R-CP-108: a section that records the act of validating is not deferred by what it says of
    # a later step («Vedtak: DPIA-en godkjennes. Styret får saka att 10. mars 2027.»)
    acted = number == spec.validation_part and validation_act(spec, text)
    for position, sentence in enumerate(_SENTENCE_SPLIT.split(text)):
        if acted and (
            only_validation_ahead(spec, sentence)
            or search(spec.validation_follow_ups, sentence)
            or _PLACEHOLDER.match(sentence)  # R-CP-153: «TBD: signert protokoll» beside it
        ):
            continue
        scoped, unscoped = deferrals(spec, sentence)
        if number in scoped or unscoped:
            deferral_words += word_count(sentence)
            note = note or excerpt(sentence, 120)
        elif _CROSS_REFERENCE.match(sentence):
            # R-CP-122: «Se også kapittel 2.1 om …» beside a deferral points, it says nothing
            pointing_words += word_count(sentence)
        # R-CP-137: that an analysis is not attached says nothing of what the section goes on
        # to say («… ROS-analysen til selskapet (ikkje vedlagd). Vi har funne tre risikoar: …»)
        opens = position < OPENING_SENTENCES and not _NOT_ATTACHED.search(sentence)
        # (the heading is the text's first sentence: the bare deferral is the next, the first
        # thing the section says)
        bare = (
            own_heading
            and position == 1
            and unscoped
            and word_count(sentence) <= BARE_DEFERRAL_WORDS
            and _without_subject(spec, sentence)
        )
        if (number in scoped or bare) and opens and not opening:
            opening = excerpt(sentence, 120)
    return deferral_words + (pointing_words if note else 0), note, opening


def _without_subject(spec: CaseTypeSpec, sentence: str) -> bool:
    """R-CP-192: the deferral is the sentence's first words («Ikkje gjennomført.», «Ettersendes.»,
    «Not done yet.»): nothing before it names what is not done («Tjenesten er ikke startet.» is
    about the service, which a prior consultation comes before)."""
    spans = deferral_spans(spec, sentence)
    return bool(spans) and not sentence[: spans[0].start()].strip(" \t\n–—-•*:")


def _undecided(spec: CaseTypeSpec, text: str) -> str:
    """R-CP-105: minutes (or a sign-off text) whose item about the DPIA says the approval is
    still to come, or that management took no position («Orientering: DPIA-en behandles i
    ledergruppens møte 12. mars», «Styret har ikkje teke stilling til vurderinga»), and that
    record no act of validating, do not validate it, however much else they hold (who attended,
    the other items): the sentence that says so, or ""."""
    item = _dpia_item(spec, text)
    said = next((s for s in split_sentences(item) if approval_deferred(spec, s)), None)
    if said is None or validation_act(spec, item):
        return ""
    return excerpt(said, 120)


def _approval_pending(spec: CaseTypeSpec, text: str) -> str:
    """R-CP-183: a text that records management's handling («DPIA-en er gjennomgått av
    ledergruppen») and sets the approval ahead («Godkjenning av DPIA-en er planlagt i styremøte
    15. januar 2027»), with no approval given anywhere in it: the validation may be the
    handling or still to come, and a caseworker decides (uncertain, P2). The sentence, or ""."""
    if not spec.validation_approvals:
        return ""
    sentences = split_sentences(text)
    ahead = [s for s in sentences if only_validation_ahead(spec, s)]
    if not ahead or not validation_act(spec, text):
        return ""
    rest = "\n".join(s for s in sentences if s not in ahead and not s.rstrip().endswith("?"))
    if search(spec.validation_approvals, rest) is not None:
        return ""  # approved, and something later besides (R-CP-108)
    return excerpt(ahead[0], 120)


def _dpia_item(spec: CaseTypeSpec, text: str) -> str:
    """The items of minutes that are about the DPIA (the validation part's subject), or the
    whole text when it has fewer than two items or none is about it."""
    starts = [m.start() for m in AGENDA_ITEM.finditer(text)]
    if len(starts) < 2:
        return text
    items = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    about = spec.part(spec.validation_part).about
    own = [item for item in items if search(about, item)]
    return "\n".join(own) if own and len(own) < len(items) else text


def heading_hits(spec: CaseTypeSpec, part: PartSpec, found: Sequence[NamedSection]) -> list[Hit]:
    hits = _heading_hits(spec, part, found)
    return _yield_to_own_subsection(spec, part, found, hits)


def _yield_to_own_subsection(
    spec: CaseTypeSpec, part: PartSpec, found: Sequence[NamedSection], hits: list[Hit]
) -> list[Hit]:
    """R-CP-122: a section that names the part among other topics («4 Rettslig grunnlag,
    nødvendighet og forholdsmessighet») and holds a sub-section of the part's own («4.2
    Nødvendighet og forholdsmessighet: UNDER ARBEID») holds the part as that sub-section does
    when the section says next to nothing itself before its sub-sections (the other topics stand
    in sibling sub-sections, 4.1); a section whose own text holds the part keeps it, and what
    its sub-section defers (a later phase) is a note beside it."""
    deferred = {
        (h.evidence.source, h.evidence.location)
        for h in hits
        if h.own and h.state is State.DEFERRED and not h.silent
    }
    if not deferred:
        return hits
    yielding: set[tuple[str, str]] = set()
    holding: set[tuple[str, str]] = set()
    beside: set[tuple[str, str]] = set()
    for named in found:
        child = next(
            (
                o
                for o in found
                if o.source == named.source
                and named.section.heading.index < o.section.heading.index < named.section.end
                and o.section.heading.depth > named.section.heading.depth > 0
                and part.number in o.parts
            ),
            None,
        )
        if child is None or (child.source, child.section.location) not in deferred:
            continue
        own = _before_sub_headings(named.section)
        if word_count(own, at_most=SUBSTANTIVE_WORDS) < SUBSTANTIVE_WORDS:
            yielding.add((named.source, named.section.location))
        elif judge_body(spec, part.number, own)[0] is State.SUBSTANTIVE:
            holding.add((named.source, named.section.location))
            beside.add((child.source, child.section.location))  # a later phase, beside it
    return [_yielded(h, yielding, holding, beside) for h in hits]


def _yielded(
    hit: Hit,
    yielding: set[tuple[str, str]],
    holding: set[tuple[str, str]],
    beside: set[tuple[str, str]],
) -> Hit:
    where = (hit.evidence.source, hit.evidence.location)
    if not hit.own:
        return hit
    if where in yielding and hit.state is State.SUBSTANTIVE:
        return replace(hit, state=State.MENTION, soft=True)
    if where in holding:
        return replace(hit, state=State.SUBSTANTIVE)
    if where in beside and hit.state is State.DEFERRED:
        return replace(hit, state=State.MENTION, soft=True)
    return hit


def _before_sub_headings(section: Section) -> str:
    """The section's own text, before its first numbered sub-heading («4.1 …» under «4 …»)."""
    number = heading_parts(section.heading.raw)[0]
    if not number:
        return section.body
    sub = re.compile(rf"^\W*{re.escape(number)}\.\d", re.MULTILINE)
    found = sub.search(section.body)
    return section.body[: found.start()] if found else section.body


def _heading_hits(spec: CaseTypeSpec, part: PartSpec, found: Sequence[NamedSection]) -> list[Hit]:
    hits: list[Hit] = []
    for named in found:
        passing = _in_passing(spec, part, named)
        hits += passing
        if part.number not in named.parts or passing:
            continue
        name, section = named.source, named.section
        if _continued(part.number, named, found):
            continue  # «4. Risikovurdering» / «Vurdering av personvernkonsekvenser»: the latter
        body = _pooled(part.number, named, found)
        state, what, silent = _own_section_state(spec, part, named, found, body)
        shown = f"{section.heading.raw}: {excerpt(section.body, 150)}" if section.body else ""
        evidence = Evidence(name, section.location, excerpt(shown or section.heading.raw))
        # R-CP-138: a question heading names the part by asking; its answer must be about it
        # («Hva kan gå galt?» over four measures and not one risk)
        question = _is_question(section.heading) and part.number == DPIA_PART
        about = section.body if question else f"{section.heading.raw}\n{section.body}"
        if state is State.SUBSTANTIVE and _not_about(part, about):
            # R-CP-47: minutes under the part's heading that never name what they validate
            hits.append(Hit(State.MENTION, evidence, f"{what} handler om noe annet", soft=True))
            continue
        link = state is State.SUBSTANTIVE and _only_a_link(section.body)
        # the heading's words do not make a pointer more than a pointer (R-CP-78)
        if link or (state is not State.DEFERRED and _points_away(section.body)):
            # R-CP-46: «Se vedlagt risikomatrise.» holds nothing itself: the file it points to
            # decides, and an empty or missing file leaves the part missing or uncertain
            hits.append(
                Hit(
                    State.MENTION,
                    evidence,
                    f"henvisning under {what}",
                    soft=True,
                    link=link,
                    pointer=True,
                )
            )
            continue
        report = part.number == DPIA_PART and _names_the_report(spec, section.heading.title)
        if state is State.SUBSTANTIVE and (
            unanswered(section.body.strip())  # R-CP-181: «3.1 Er behandlinga naudsynt? | Ja»
            or _one_sentence(spec, part, body)
            or (not report and _only_concludes(part, section.heading.raw, body))
            or (not report and _only_names_risks(part, section.heading.raw, body))
        ):
            state = State.TRIVIAL  # R-CP-97, R-CP-164, R-CP-174
        hits.append(Hit(state, evidence, what, silent=silent, own=True, report=report))
    return hits


def _own_section_state(
    spec: CaseTypeSpec,
    part: PartSpec,
    named: NamedSection,
    found: Sequence[NamedSection],
    body: str,
) -> tuple[State, str, bool]:
    """What a part's own section says of it: its state, how evidence names it, and whether the
    absence is read from silence (an empty section) rather than from words."""
    section = named.section
    # R-CP-153: the template's guidance is not the writer's: «Rettleiing: Legg ved protokoll
    # eller signert godkjenning …» records no approval (for the other parts, what a guidance
    # says beside the writer's words is left as it was: the measured corpora lost a deficiency
    # notice when it was taken out there)
    validation = part.number == spec.validation_part
    # R-CP-170: the sign-off's placeholders («[Namn og stilling] | [dd.mm.åååå]») too
    own = _without_guidance(spec, _PLACEHOLDER.sub(" ", body), blanks=False) if validation else body
    state, said = judge_body(spec, part.number, own if own.strip() else body, section.heading.raw)
    what = f"overskrift «{excerpt(section.heading.raw, 80)}»"
    if not said and _validation_line(spec, part, section.heading.raw):
        # R-CP-145: the heading line itself records the validation («Godkjent av: Kenneth
        # Vatne, daglig leder, etter gjennomgang med styret 10.11.2026»), whatever follows it
        return State.SUBSTANTIVE, f"godkjenningsfelt «{excerpt(section.heading.raw, 80)}»", False
    # a heading that itself says the part comes later («4 | Risikovurdering | Ettersendes»)
    # is a statement, not an empty section
    silent = part.contacts is None and _empty(named, found) and state is not State.DEFERRED
    if silent:
        return State.DEFERRED, f"tom seksjon under {what}", True  # nothing under the heading
    deferral = said and not _PROCESSING_SUBJECT.match(said)
    if state is State.TRIVIAL and deferral and _thin_whole(part, named, found, body):
        state = State.DEFERRED  # R-CP-140: «Under arbeid.» and who is to finish it, no more
    if state is State.DEFERRED:
        return state, f"ettersendes eller ikke gjennomført etter {what}", False
    if state is State.SUBSTANTIVE and not validation and _unanswered_form(spec, body):
        # R-CP-169: a form's questions name the part; its answers hold it, and say nothing
        return State.TRIVIAL, f"{what} (spørsmål uten svar)", False
    # what a heading of the writer's own ends may go on under it (R-CP-113), and «Formål» after
    # the necessity heading, or «Identifiserte risikoer» after the risk heading, may be the
    # writer's sub-heading: only a section ended by the end of the text, a later part's heading
    # or a heading of the outline's own level (a number, capitals) is all there is of the part
    whole = _whole(part.number, named, found)
    if _only_guidance(spec, section.body):
        # R-CP-112: the template's instructions, and nothing of the writer's own: no content,
        # and a statement that the part is not there when nothing of it can follow
        unfilled = f"bare malens veiledningstekst under {what}"
        return (State.DEFERRED if whole else State.TRIVIAL), unfilled, False
    if whole and state is State.SUBSTANTIVE and _header_only(section.body):
        # R-CP-111: «4 Risiko» over a risk register's header row and not one risk under it
        # says there is nothing, as an empty file does
        return State.DEFERRED, f"bare tabellhode under {what}", False
    return state, what, False


FORM_ANSWER_WORDS = SUBSTANTIVE_WORDS  # R-CP-169: fewer in all a form's answers say nothing
FORM_ROWS = 3  # R-CP-169: a form has a header row and at least two questions


def _unanswered_form(spec: CaseTypeSpec, body: str) -> bool:
    """R-CP-169: a section that is a form (rows of cells, a question or label first) whose
    answers, the template's guidance, ticks («Ja», «Delvis»), blanks («TBD», «N/A») and pointers
    («Se eget vedlegg») left out, hold fewer than FORM_ANSWER_WORDS words: the questions name
    the part, the answers hold it («Er behandlingen nødvendig for formålet? | Ja»)."""
    lines = [line for line in body.splitlines() if line.strip()]
    rows = [line for line in lines if CELL_SEPARATOR in line]
    if len(rows) < FORM_ROWS or len(rows) < len(lines) - 1:
        return False  # prose, or prose beside a table: judged as it stands
    firsts = [row.split(CELL_SEPARATOR, 1)[0].strip() for row in rows]
    asked = sum(first.endswith("?") for first in firsts[1:])
    if not (QUESTION_COLUMN.match(firsts[0]) or 2 * asked >= len(firsts) - 1):
        return False  # a table of data (a risk register): its first cell is content too
    answers = [
        cell for row in rows for cell in row.split(CELL_SEPARATOR)[1:] if not unanswered(cell)
    ]
    said = _without_guidance(spec, "\n".join(answers))
    return word_count(said, at_most=FORM_ANSWER_WORDS) < FORM_ANSWER_WORDS


UNFILLED_WORDS = 3  # fewer of the writer's own words beside a template's guidance: unfilled


def _only_guidance(spec: CaseTypeSpec, body: str) -> bool:
    """The section holds a template's guidance and next to nothing of the writer's own."""
    rest = _without_guidance(spec, body)
    return rest != body and word_count(rest, at_most=UNFILLED_WORDS) < UNFILLED_WORDS


_BLANK = re.compile(r"_{3,}|…{2,}|\.{5,}")
# R-CP-153: a line of a form's fields left blank («Godkjend av: ______ Dato: ______»)
_BLANK_FIELDS = re.compile(r"^[ \t]*([^\n:|_.…]{1,30}:?[ \t]*(_{3,}|…{2,}|\.{5,})[ \t]*)+$", re.M)


def _without_guidance(spec: CaseTypeSpec, body: str, blanks: bool = True) -> str:
    """The body with the template's guidance taken out (the body itself when it has none);
    without `blanks`, fields left blank stay (beside filled ones they are the form's rest: «Godkjend
    av: Per Olav Nes … Underskrift: ______» is filled, and judged as it stands)."""
    guidance = compile_any(spec.template_guidance)
    spans = [m.span() for m in guidance.finditer(body)] if guidance is not None else []
    if blanks and _BLANK.search(body):
        spans = sorted(spans + [m.span() for m in _BLANK_FIELDS.finditer(body)])
    if not spans:
        return body
    rest, at = [], 0
    for start, end in spans:
        rest.append(body[at:start])
        at = max(at, end)
    rest.append(body[at:])
    return " ".join(rest)


HEADER_CELLS = 3  # a table's header names at least this many columns
HEADER_CELL_WORDS = 4  # each in a few words


def _header_only(body: str) -> bool:
    """The section holds one table row and nothing else, and the row is a header (several
    short column names, «Nr | Hendelse / trussel | Sannsynlighet (1-5) | … | Tiltak»)."""
    rows = [line for line in body.split("\n") if line.strip()]
    if len(rows) != 1 or CELL_SEPARATOR not in rows[0]:
        return False
    cells = rows[0].split(CELL_SEPARATOR)
    if any(_GRADE_CELL.fullmatch(cell) for cell in cells):
        return False  # a register's one row («1 | Nettbrett på avveie | 2 | 4 | PIN …»)
    return len(cells) >= HEADER_CELLS and all(
        word_count(cell, at_most=HEADER_CELL_WORDS + 1) <= HEADER_CELL_WORDS for cell in cells
    )


# a cell that grades (a number, a letter grade), which no header row holds (found on review)
_GRADE_CELL = re.compile(
    r"\W*(\d{1,3}([.,]\d+)?|[lmh]|lav|middels|høy|låg|høg|low|medium|high)\W*", re.I
)


POINTER_WORDS = 12  # a section this short that names an attachment only points to it


def _points_away(body: str) -> bool:
    """The text under a heading is only a pointer to an attachment («Se vedlegg 3.», «See the
    attached risk matrix (Excel).»)."""
    if _REFERENCE.search(body) is None:
        # R-CP-135: one sentence that sends the reader elsewhere («Det vises til
        # saksframlegget i arkivsak 2026/1610 for en nærmere beskrivelse») holds nothing itself
        only = [s for s in _SENTENCE_SPLIT.split(body.strip()) if s.strip()]
        return len(only) == 1 and _POINTER_OPENING.match(only[0]) is not None
    # R-CP-121: what is left beside the sentences that name an attachment is one short sentence
    # at most («Risikovurderingen er gjennomført i kommunens ROS-verktøy …. Se vedlegg 3 for
    # fullstendig risikomatrise. Samlet vurderes risikoen som høy, jf. vedlegg 3.»)
    rest = _beside_pointers(body)
    if word_count(rest, at_most=ONE_SENTENCE_WORDS) >= ONE_SENTENCE_WORDS:
        return False  # the cheaper test first: a longer rest is not split into sentences
    return len([s for s in _SENTENCE_SPLIT.split(rest.strip()) if s.strip()]) <= 1


# a sentence that opens by sending the reader to an attachment («Se vedlegg 3 …», «Jf. bilag 2»)
_POINTER_OPENING = re.compile(
    r"^\W*(se|sjå|see|jf\.?|jfr\.?|cf\.?|viser til|vi viser til|refer to|please see"
    r"|(det )?(vises|visast|henvises|henvisast) (det )?til|(vi )?henviser til|we refer to"
    r"|reference is made to)\b",
    re.I,
)
# … and a clause that cites one inside a sentence of its own («…, jf. vedlegg 2 om …», «(se
# vedlegg 2, kap. 4)»)
_CITING_CLAUSE = re.compile(
    r"\s*[,(]?\s*\b(se|sjå|see|jf\.?|jfr\.?|cf\.?)\s[^.()]{0,60}?"
    r"\b(vedl(a|e)g\w*|attach\w*|enclos\w*|appendi\w*|annex\w*|bilag\w*)[^.()]{0,40}\)?",
    re.I,
)


# an attachment named as one («vedlagt», «vedlegg 3», «Appendix B», «the attached matrix»)
_NAMED_ENCLOSURE = re.compile(
    r"\b(vedlagt\w*|attached|enclosed|(vedlegg|bilag|appendix|annex|attachment)\s+(?-i:[A-Z0-9])\b)",
    re.I,
)


def _beside_pointers(body: str) -> str:
    """R-CP-121: the body without its sentences that only point to an attachment (they open
    with «Se …» or are short), and without the clauses that cite one inside longer sentences."""
    kept = []
    for sentence in _SENTENCE_SPLIT.split(body):
        if _REFERENCE.search(sentence):
            short = word_count(sentence, at_most=POINTER_WORDS + 1) <= POINTER_WORDS
            cites = _CITING_CLAUSE.search(sentence) or _NAMED_ENCLOSURE.search(sentence)
            if _POINTER_OPENING.match(sentence) or (short and cites):
                continue
            sentence = _CITING_CLAUSE.sub("", sentence)
        kept.append(sentence)
    return " ".join(kept)


_LINK = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


def _only_a_link(body: str) -> bool:
    """R-CP-70: the text under a heading is a link and a few words around it («See the project
    page in our Confluence: https://…»): a pointer to a page we were not sent, not the part."""
    if "://" not in body and "www." not in body.lower():
        return False  # what each form of _LINK holds (IGNORECASE matches «w» with «W» alone)
    rest = _LINK.sub(" ", body)
    return rest != body and word_count(rest, at_most=POINTER_WORDS + 1) <= POINTER_WORDS


def _in_passing(spec: CaseTypeSpec, part: PartSpec, named: NamedSection) -> list[Hit]:
    """A heading that names the part only in passing: a title inside another part's section
    (R-CP-10, R-CP-12), or, R-CP-102, an agenda item of minutes («Sak 4: DPIA «Ansiktsgjen-
    kjenning …»») that names the case put before the meeting, not the risk assessment."""
    raw = named.section.heading.raw
    if part.number in named.mentions and _validation_line(spec, part, raw):
        # R-CP-145: a filled sign-off field on a report's front page («Godkjent av: Kenneth
        # Vatne, daglig leder, etter gjennomgang med styret 10.11.2026») records the validation
        evidence = Evidence(named.source, named.section.location, excerpt(raw))
        return [Hit(State.SUBSTANTIVE, evidence, f"godkjenningsfelt «{excerpt(raw, 80)}»")]
    if part.number in named.mentions:
        what = "overskrift under en annen del"
    elif part.number == DPIA_PART and DPIA_PART in named.parts and AGENDA_ITEM.match(raw):
        what = "saksoverskrift i et referat"
    else:
        return []  # the usual heading: asked without building evidence
    evidence = Evidence(named.source, named.section.location, excerpt(raw))
    return [Hit(State.MENTION, evidence, f"{what}: «{excerpt(raw, 80)}»", soft=True)]


ONE_SENTENCE_WORDS = SUBSTANTIVE_WORDS  # the heading's words do not count here
ONE_SENTENCE_CONCEPTS = 2  # of the part's content signature: fewer restate, more assess


def _one_sentence(spec: CaseTypeSpec, part: PartSpec, body: str) -> bool:
    """R-CP-97: one sentence of fewer than SUBSTANTIVE_WORDS words under the heading of an
    assessment (the description, the necessity, the risks) that touches at most one concept of
    its content signature restates its title («Vi skal låne ut GPS-sendarar til elevane»), it
    does not assess; management's validation may well be one sentence."""
    if part.number == spec.validation_part or not part.signatures:
        return False
    if word_count(body, at_most=ONE_SENTENCE_WORDS) >= ONE_SENTENCE_WORDS:
        return False  # the cheaper test first: a longer body is not split into sentences
    if len([s for s in _SENTENCE_SPLIT.split(body.strip()) if s.strip()]) != 1:
        return False
    # a terse sentence that still assesses («Risikoen … er vurdert som høy, og tiltakene er …»)
    return touches(signature_concepts(part.signatures), body) < ONE_SENTENCE_CONCEPTS


CONCLUSION_SENTENCES = 3  # R-CP-164: a conclusion and its reason or two, no more
CONCLUSION_WORDS = 50


def _only_concludes(part: PartSpec, heading: str, body: str) -> bool:
    """R-CP-164: a few sentences under the risk heading that name no risk, no harm, no
    likelihood, no consequence and no level («Risikoen er drøfta i leiinga og vi meiner han er
    akseptabel», «The risks have been assessed and found acceptable in view of the safeguards
    described in section 3») state that an assessment was made; they do not hold it. A heading
    that names them is a table's header row over its grades («Risiko | Sannsynlighet (1-4) |
    Konsekvens (1-4) | Tiltak»)."""
    if not part.findings:
        return False
    if word_count(body, at_most=CONCLUSION_WORDS) >= CONCLUSION_WORDS:
        return False  # the cheaper test first: a longer body is not split into sentences
    sentences = [s for s in _SENTENCE_SPLIT.split(body.strip()) if s.strip()]
    if len(sentences) > CONCLUSION_SENTENCES:
        return False
    return search(part.findings, f"{heading}\n{body}") is None


RISK_LIST_WORDS = 120  # R-CP-174: a list of risks; a longer text is judged by what it says


def _only_names_risks(part: PartSpec, heading: str, body: str) -> bool:
    """R-CP-174: a short section under the risk heading that names risks and says nothing of
    them (no likelihood, consequence or level, no measure, nothing left over: the part's
    `gradings`) lists the risks, it does not assess them («Identifiserte risikoer: - Nettbrett
    kommer på avveie. - Feil i algoritmen …»). A header row that names the grades is a risk
    register's (R-CP-164)."""
    if not part.gradings:
        return False
    if word_count(body, at_most=RISK_LIST_WORDS) >= RISK_LIST_WORDS:
        return False
    # a register's header row names the grades and measures its rows leave empty («Risiko |
    # Sannsynlighet | Konsekvens | Tiltak» over «Biometriske maler kommer på avveie»)
    asked = body if _unfilled_register(heading, body) else f"{heading}\n{body}"
    return search(part.gradings, asked) is None


def _unfilled_register(heading: str, body: str) -> bool:
    """R-CP-174: a header row of three cells or more over rows of one cell each."""
    rows = [line for line in body.splitlines() if line.strip()]
    wide = heading.count(CELL_SEPARATOR) >= 2
    return wide and bool(rows) and not any(CELL_SEPARATOR in row for row in rows)


POOLED_SECTIONS = 3  # sub-headings of one part pooled with a section: enough, and bounded


def _pooled(number: int, named: NamedSection, found: Sequence[NamedSection]) -> str:
    """R-CP-96: the section's body with those of the sections right after it that name the
    same part («Proportionality: Team-level dashboards, …» / «Safeguards for data subjects: • …»):
    sub-headings of one part split its content, and together it is enough."""
    body, end = named.section.body, named.section.end
    same = [o for o in found if o.source == named.source and o.parts == named.parts]
    starts = {other.section.heading.index: other for other in same if number in other.parts}
    for _ in range(POOLED_SECTIONS):
        following = starts.get(end)
        if following is None or following.section.end <= end:
            break
        body = f"{body}\n{following.section.heading.raw}\n{following.section.body}"
        end = following.section.end
    return body


def _continued(number: int, named: NamedSection, found: Sequence[NamedSection]) -> bool:
    """A part heading with nothing under it but a heading naming the same part: the text under
    that heading is the part's, and the empty heading says nothing either way."""
    if word_count(named.section.body, at_most=1):
        return False
    end = named.section.end
    return any(
        other.source == named.source
        and other.section.heading.index == end
        and number in other.parts
        for other in found
    )


# a deferral whose subject is the processing itself («Tjenesten er ikke startet.»): a prior
# consultation comes before the processing starts, so this defers nothing of the part
_PROCESSING_SUBJECT = re.compile(
    r"^\W*(tjenesten|tenesta|behandlingen|behandlinga|handsaminga|prosjektet|løsningen"
    r"|loysinga|systemet|appen|piloten|ordningen|ordninga|the (service|processing|project|system"
    r"|app|pilot|solution|scheme))\b",
    re.IGNORECASE,
)


THIN_WORDS = SUBSTANTIVE_WORDS  # under a heading, fewer words than a section needs


def _thin_whole(
    part: PartSpec, named: NamedSection, found: Sequence[NamedSection], body: str
) -> bool:
    """R-CP-140: the part's own section holds fewer than THIN_WORDS words and is all there is of
    the part (R-CP-113), so a deferral in it with a few words of who or why defers the part."""
    if part.contacts is not None or word_count(body, at_most=THIN_WORDS) >= THIN_WORDS:
        return False
    # «Risikovurdering og ledelsens validering» over «5. Ledelsens validering»: the text below
    # may answer both
    following = (n for n in found if n.source == named.source)
    if any(
        n.section.heading.index == named.section.end and n.parts & named.parts for n in following
    ):
        return False
    return _whole(part.number, named, found)


def _whole(number: int, named: NamedSection, found: Sequence[NamedSection]) -> bool:
    """The section is all there is of its part: ended by the end of the text, a later part's
    heading or a heading of the outline's own level (R-CP-113), not by a sub-heading."""
    section = named.section
    return not section.open_ended and not any(
        n.source == named.source
        and n.section.heading.index == section.end
        and min(n.parts, default=0) <= number
        for n in found
    )


def _empty(named: NamedSection, found: Sequence[NamedSection]) -> bool:
    """A part heading that clearly stands alone: nothing under it, and what follows is the end
    of the text or the heading of a new part. A «Ledelsens validering:» line in a list is a
    label, not a heading. A heading we do not recognise below it, or one naming a part already
    dealt with above (a document's own title such as «Godkjenning av DPIA»), may hold the
    part's text: that is not an empty section."""
    section = named.section
    if word_count(section.body, at_most=1) or section.heading.raw.rstrip().endswith(":"):
        return False
    if named.at_end:
        return True
    same_source = [other for other in found if other.source == named.source]
    following = [o for o in same_source if o.section.heading.index == section.end]
    if not following:
        return False
    earlier = frozenset().union(
        *(o.parts for o in same_source if o.section.heading.index < section.heading.index)
    )
    nxt = following[0].parts
    return bool(nxt) and not (named.parts & nxt) and not nxt <= earlier


def file_name_key(name: str) -> str:
    """The file's own name as cues read it. A member of a ZIP or an attached mail is named
    «Pakke_DPIA.zip/5_Godkjenning.pdf»: the package's name says what the whole holds, not what
    this file holds (R-CP-84)."""
    own = name.rsplit("/", 1)[-1]
    return " ".join(re.split(r"[-_.\s]+", own.lower()))


OFF_TOPIC = "handler om noe annet"
NOT_ON_SUBJECT = "nevner ingen opplysninger om personer; kan handle om noe annet"
EMPTY_FILE = "tomt vedlegg"
ON_TOPIC_CONCEPTS = 2  # a file about the request touches at least this many part concepts


def file_hits(spec: CaseTypeSpec, part: PartSpec, documents: Sequence[Source]) -> list[Hit]:
    hits: list[Hit] = []
    for document in documents:
        if not search(part.file_names, file_name_key(document.name)):
            continue
        state, note = judge_body(spec, part.number, document.text)
        said = "sier at delen ettersendes eller ikke er gjennomført" if note else ""
        if not word_count(document.text, at_most=1):
            state, note = State.DEFERRED, EMPTY_FILE  # a file named for the part, empty
            said = "er tomt"
        elif state in (State.SUBSTANTIVE, State.TRIVIAL) and (
            _off_topic(spec, document.text)
            or _not_about(part, document.text)
            or _foreign_title(spec, document.text)
        ):
            state, note = State.DEFERRED, OFF_TOPIC  # named for the part, about something else
            said = OFF_TOPIC
        elif state is State.SUBSTANTIVE and _not_on_subject(part, document.text):
            # R-CP-117: a doubt, not a finding: a caseworker reads what the file is about
            state, note = State.MENTION, NOT_ON_SUBJECT
            said = NOT_ON_SUBJECT
        shown = note if state is State.DEFERRED and note else excerpt(document.text)
        evidence = Evidence(document.name, "hele dokumentet", shown or "(tomt)")
        report = part.number == DPIA_PART and _names_the_report(spec, file_name_key(document.name))
        hits.append(
            Hit(state, evidence, f"vedlegg «{document.name}» {said}".strip(), report=report)
        )
    return hits


def _names_the_report(spec: CaseTypeSpec, title: str) -> bool:
    """R-CP-141: the title names the DPIA as a whole and no part by name («DPIA – KI-basert
    analyse», «Personvernkonsekvensanalyse (PKA)»), not its risk assessment («Risikovurdering»)."""
    return WHOLE_DPIA.search(title) is not None and not parts_named(
        spec, WHOLE_DPIA.sub(" ", title)
    )


def _by_the_report(spec: CaseTypeSpec, sentence: str) -> bool:
    """R-CP-149: the sentence names the risk assessment only as the DPIA as a whole
    («Ledergruppen gikk gjennom DPIA-en 6. oktober»), whatever other part it names."""
    return WHOLE_DPIA.search(sentence) is not None and DPIA_PART not in parts_named(
        spec, WHOLE_DPIA.sub(" ", sentence)
    )


def _off_topic(spec: CaseTypeSpec, text: str) -> bool:
    """R-CP-9: a file named for a part whose text names no part and touches next to nothing of
    what any part is about (a travel-expense policy filed as «Ledelsens validering.pdf»)."""
    if any(search(part_cues(part), text) for part in spec.parts):
        return False
    touched = sum(touches(signature_concepts(p.signatures), text) for p in spec.parts)
    return touched < ON_TOPIC_CONCEPTS


def _foreign_title(spec: CaseTypeSpec, text: str) -> bool:
    """R-CP-71: the document's title line names another kind of document («Midtnorsk Budtjeneste
    AS – Årsrapport 2025», «TILBUD – Tidslinje Pro», «Beredskapsplan – langvarig strømbrudd»)
    and no part: a file named for a part that is something else holds nothing of it."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return search(spec.foreign_titles, title) is not None and not is_any_cue(spec, title)


SUBJECT_WORDS = 20  # a shorter file may leave its subject to its name


def _not_on_subject(part: PartSpec, text: str) -> bool:
    """R-CP-117: a file named for the part whose text uses none of the words the part's text
    uses (a routine for returning medicines filed as «Vedlegg 2 Beskrivelse av behandlingen»
    names no data at all) is about something else."""
    if not part.subject or word_count(text, at_most=SUBJECT_WORDS) < SUBJECT_WORDS:
        return False
    return search(part.subject, text) is None


ABOUT_WORDS = 40  # a text this long about the part names what it is about


def _not_about(part: PartSpec, text: str) -> bool:
    """R-CP-47: a file named for a part that names none of what the part is about (minutes of
    a management meeting that never mention the DPIA, privacy or the consultation)."""
    if not part.about or word_count(text, at_most=ABOUT_WORDS) < ABOUT_WORDS:
        return False  # a short text may name its subject by a word no list holds («saken»)
    return search(part.about, text) is None


def _sentence_state(
    spec: CaseTypeSpec, number: int, reading: Reading, sentence: Sentence, match: re.Match[str]
) -> State:
    """A paragraph that opens with the part's phrase is about the part, unless it stands under
    another part's heading, lists several parts, or points to an attachment."""
    owners = reading.owners.get(sentence.line, frozenset())
    early = word_count(sentence.text[: match.start()]) <= TOPIC_PHRASE_WITHIN
    topical = (
        sentence.opens_paragraph
        and word_count(sentence.paragraph, at_most=TOPIC_PARAGRAPH_WORDS) >= TOPIC_PARAGRAPH_WORDS
    )
    # R-CP-179: under the part's own heading the sentence is judged with its section (R-CP-164:
    # «Det er gjennomført risikovurdering i arbeidsmøte …» over a conclusion and nothing more)
    if not (topical and early and not owners) or _REFERENCE.search(sentence.text):
        return State.MENTION
    enumerates = len(parts_named(spec, sentence.text) - {1}) >= 3  # asked last: the costliest
    if enumerates or _another_parts_paragraph(spec, number, sentence.paragraph):
        return State.MENTION
    return State.SUBSTANTIVE


def _strayed(spec: CaseTypeSpec, part: PartSpec, owners: frozenset[int], paragraph: str) -> bool:
    """R-CP-91: a paragraph that carries management's validation whole under another part's
    heading, and touches at most one concept of that part's, is the validation: a heading no cue
    knows («Godkjenning») does not end the risk section above it, but the board's decision under
    it is no risk. Only the validation: it is an act apart from the DPIA's chapters, whose
    words the description's broad signature shares (measured: it took the risk section's
    paragraphs for the description)."""
    if part.number != spec.validation_part:
        return False
    for owner in spec.parts:
        if owner.number not in owners:
            continue
        if owner.signatures:
            if touches(signature_concepts(owner.signatures), paragraph) > 1:
                return False
        elif not _management_acted(spec, part, paragraph):
            return False
    return True


# R-CP-167: what management may approve besides the DPIA (a project, a contract)
_OTHER_MATTER = re.compile(
    r"\b(prosjekt\w*|project|avtale\w*|agreement|contract|kontrakt\w*|budsjett\w*|budget)",
    re.IGNORECASE,
)


def _management_acted(spec: CaseTypeSpec, part: PartSpec, paragraph: str) -> bool:
    """R-CP-167: under the contacts' heading (no content signature to weigh it against), a
    paragraph is the validation only when one of its sentences names the act and who acted or
    when, given and not still to come, not the DPO's alone, and on no other matter than the
    assessment («Behandlet i konsernledelsen | … | 01.12.2026», «Country Manager | … | Approved
    | 12.11.2026»; not «… daglig leder …» beside a date, not «godkjente databehandleravtalen»,
    not «Last reviewed by the DPO on 28 October»)."""
    for sentence in re.split(r"(?<=[.;!?])\s+|\n", paragraph):
        if not search(part.signatures[1:2], sentence):
            continue  # no act («godkjent», «approved», «behandlet»)
        management = search(part.signatures[:1], sentence) is not None
        if not (management or search(part.signatures[2:3], sentence)):
            continue  # nor who acted, nor the meeting or the day it was done
        if not management and _DPO_ONLY.search(sentence):
            continue  # the DPO's review or advice is no management's validation
        if _OTHER_MATTER.search(sentence) or approval_deferred(spec, sentence):
            continue
        return True
    return False


_DPO_ONLY = re.compile(
    r"\b(personvernombud\w*|personvernombod\w*|dpo|data protection officer|privacy officer)\b",
    re.IGNORECASE,
)


def _another_parts_paragraph(spec: CaseTypeSpec, number: int, paragraph: str) -> bool:
    """R-CP-91: a paragraph that names the part but carries another part's content signature
    and touches at most one concept of its own is about that other part («Styret behandlet
    DPIA-en i møte 2. oktober … Vedtak: Styret godkjenner DPIA-en»: the board's validation,
    not the risk assessment)."""
    part = next(p for p in spec.parts if p.number == number)
    if not part.signatures or touches(signature_concepts(part.signatures), paragraph) > 1:
        return False
    return any(
        touches(signature_concepts(other.signatures), paragraph) >= other.signature_min
        for other in spec.parts
        if other.signatures and other.number != number
    )


def phrase_hits(spec: CaseTypeSpec, part: PartSpec, readings: Sequence[Reading]) -> list[Hit]:
    """Sentences that name the part: a paragraph about it, a mention, or a deferral."""
    regex = compile_any(part.phrases)
    hits: list[Hit] = []
    for reading in readings:
        tried = _sentences_to_try(regex, reading) if regex else ()
        found = zip(reading.sentences, reading.lowered, reading.deferred, strict=True)
        for index, (sentence, lower, scoped) in enumerate(found):
            match = regex.search_lowered(sentence.text, lower) if regex and index in tried else None
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
        subject = match is not None and _the_subject(sentence.text, match)
        return Hit(State.DEFERRED, evidence, "varslet ettersendt", subject=subject)
    state = _sentence_state(spec, number, reading, sentence, match)
    if state is State.SUBSTANTIVE:  # what a paragraph is about yields to a deferral (R-CP-27)
        return Hit(state, evidence, "avsnitt om delen", inferred=True)
    owners = reading.owners.get(sentence.line, frozenset()) or reading.about
    # under another part's heading, or in a document whose headings name only other parts
    # (the minutes name the DPIA they approve): a mention that yields to a deferral (R-CP-9)
    elsewhere = bool(owners) and number not in owners
    report = number == DPIA_PART and _by_the_report(spec, sentence.text)
    soft = elsewhere or not reading.long_document
    return Hit(state, evidence, "omtale", soft=soft, report=report)


# R-CP-175: what may stand before the part's name when it is the sentence's subject, and the
# verb that must follow it («Risikovurderingen er ennå ikke ferdigstilt»; not «The Executive
# Management Team's sign-off of the risk assessment will follow», «Risikovurderingen for fase 2
# er …», «Leverandørens ROS-analyse ettersendes»)
_SUBJECT_OPENING = re.compile(r"\W*(?:(?:the|our|vår|vårt|våre|den|det|denne|dette)\s+)?", re.I)
_SUBJECT_VERB = re.compile(
    r"\s*(?:er|blir|vert|var|ble|vart|is|are|was|has|have|will|kommer|kjem|ettersendes"
    r"|ettersendast|sendes|sendast|mangler|manglar|foreligger|føreligg|ligger|ligg|skal|vil"
    r"|pågår|står|remains?)\b",
    re.IGNORECASE,
)


def _the_subject(sentence: str, match: re.Match[str]) -> bool:
    """R-CP-175: the sentence opens with the part's name as its subject, a verb right after."""
    opening = _SUBJECT_OPENING.match(sentence)
    start = opening.end() if opening else 0
    return match.start() == start and _SUBJECT_VERB.match(sentence, match.end()) is not None


SIGNATURE_PARAGRAPH_WORDS = 20
VALIDATION_LINE_WORDS = 8


def _validation_line(spec: CaseTypeSpec, part: PartSpec, line: str) -> bool:
    """R-CP-143, R-CP-145: one line that records management's approval of the assessment as
    given (`_approval_line`), touches as many of the validation's concepts as a paragraph must,
    and is neither said to come nor only a procedure (the checks a paragraph gets)."""
    if not _approval_line(spec, part, line):
        return False
    if touches(signature_concepts(part.signatures), line) < part.signature_min:
        return False
    return not (
        _said_deferred(spec, line) or approval_deferred(spec, line) or only_modal_acts(spec, line)
    )


def _approval_line(spec: CaseTypeSpec, part: PartSpec, line: str) -> bool:
    """R-CP-143: the shape of a one-line validation: management approved the assessment
    («Styret godkjente vurderingen …», «… slutta seg til vurderinga», «DPIA-en ble godkjent av
    ledergruppen …») or a sign-off field names who and when («Godkjent av: Kenneth Vatne,
    daglig leder, …10.11.2026», «Approved by the Management Team, 4 Nov 2026»); management is
    named, and nothing in the line says otherwise: no negation, nothing still to come, no blank
    or placeholder, no condition («subject to a DPIA»), not the DPO's or a supplier's approval,
    no template's example."""
    if part.number != spec.validation_part:
        return False
    if word_count(line, at_most=VALIDATION_LINE_WORDS) < VALIDATION_LINE_WORDS:
        return False
    if not (_APPROVED_ASSESSMENT.search(line) or _DATED_SIGN_OFF.match(line)):
        return False
    if search(part.signatures[:1], line) is None:
        return False  # the first concept of the validation's signature names management
    return not (
        _NOT_GIVEN.search(line) or _EXAMPLE.search(line) or search(spec.template_guidance, line)
    )


_ASSESSMENT_WORD = (
    r"(den|denne|det|dpia\S*|pvk\S*|(personvern)?konsekvensvurdering\w*|vurdering(en|a)"
    r"|risikovurdering(en|a)|analysen|analysa|the dpia|the assessment|it)"
)
# the approval given to the assessment: the verb with it as its object, or it as the subject of
# the passive («DPIA-en ble godkjent av …»); not «behandlet», «vedtok» (anything can be handled)
_APPROVED_ASSESSMENT = re.compile(
    r"\b(godkjente|godkjende|approved|endorsed|validated|validerte|signed off( on)?"
    rf"|slutta seg til|sluttet seg til) {_ASSESSMENT_WORD}\b"
    rf"|\b{_ASSESSMENT_WORD} (ble|vart|vert|er|var|was|has been|is) (godkjent|godkjend|approved"
    r"|endorsed|validated|validert|signed off) (av|by)\b",
    re.IGNORECASE,
)
# a sign-off field: who («Godkjent av: …», «Approved by …») and a date
_DATED_SIGN_OFF = re.compile(
    r"^\W*(godkjent|godkjend|approved|signed off)( av| by)\b(?=.*\b(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}"
    r"|\d{1,2}\.? ?(jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)\w* \d{4}"
    r"|20\d\d-\d\d-\d\d)\b)",
    re.IGNORECASE,
)
# what says the approval is not given, not yet given, not management's, or only a form
_NOT_GIVEN = re.compile(
    r"\b(ikke|ikkje|not|no|never|aldri|men|but|however|forbehold|subject to|pending|unless"
    r"|dersom|hvis|if|etter at|once|skal|vil|will|shall|signeres|fylles|settes inn|utsatte"
    r"|tilbake|sent back|ba om|bad om|asked for|requested|personvernombud\w*|personvernombod\w*"
    r"|etter \w*møte\w*|after the \w*\s?meeting"
    r"|dpo|data protection officer|leverandør\w*|supplier|vendor|deres|their)\b|_{3,}|\.{4,}",
    re.IGNORECASE,
)
# a template's example or instruction, not a record («e.g. …», «dd/mm/yyyy», «Dokumenter at …»)
_EXAMPLE = re.compile(
    r"\b(e\.g\.|f\.eks\.|for eksempel|for example|eksempel|example|dd[./]mm|åååå|yyyy"
    r"|veiledning\w*|rettleiing\w*|guidance|instructions?|malen|the template)"
    r"|^\W*(dokumenter|beskriv|oppgi|angi|skriv|document|describe|state|record|enter) ",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def signature_concepts(signatures: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(concept, re.IGNORECASE) for concept in signatures)


def touches(concepts: tuple[re.Pattern[str], ...], text: str) -> int:
    """How many of a part's signature concepts the text touches. Each concept is asked through
    its prefiltered CueRegex: most paragraphs hold none of a concept's words, and telling so
    by its literal strings is quicker than a case-insensitive search."""
    # Cached by the concepts' pattern strings, not the compiled patterns: `re` hashes a compiled
    # pattern's whole program each time it is a cache key (thousands of instructions a
    # pattern), a string keeps its hash.
    return _touches(tuple(concept.pattern for concept in concepts), text)


@lru_cache(maxsize=4096)
def _touches(concepts: tuple[str, ...], text: str) -> int:
    lower = lowered(text)
    return sum(1 for cue in _cue_regexes(concepts) if cue.search_lowered(text, lower) is not None)


@lru_cache(maxsize=64)
def _cue_regexes(concepts: tuple[str, ...]) -> tuple[CueRegex, ...]:
    found = (compile_any((concept,)) for concept in concepts)
    return tuple(cue for cue in found if cue is not None)


def signature_hits(spec: CaseTypeSpec, part: PartSpec, readings: Sequence[Reading]) -> list[Hit]:
    """Paragraphs about the part by content: they touch enough of its signature concepts
    (S002's sub-points) and stand under no other part's heading."""
    if not part.signatures:
        return []
    concepts = signature_concepts(part.signatures)
    hits: list[Hit] = []
    for reading in readings:
        for sentence in reading.sentences:
            if not sentence.opens_paragraph:
                continue
            owners = reading.owners.get(sentence.line, frozenset())
            text = sentence.paragraph
            touched = _signature_touched(spec, part, owners, text)
            if not touched:
                continue
            evidence = Evidence(reading.source.name, sentence.location, excerpt(text))
            answers = _form_answers(reading.source, sentence.line, text)
            if touches(concepts, _beside_attachments(answers)) < part.signature_min:
                # R-CP-80: «Vedlagt er DPIA og administrerende direktørs beslutning» names
                # what is attached: the attachment holds the part, or does not
                hits.append(Hit(State.MENTION, evidence, "omtale av vedlegg", soft=True))
                continue
            what = f"innhold som svarer til delen ({touched} kjennetegn)"
            if part.number == spec.validation_part and _approval_pending(spec, text):
                hits.append(Hit(State.TRIVIAL, evidence, what))  # R-CP-183
                continue
            hits.append(Hit(State.SUBSTANTIVE, evidence, what, inferred=True))
    return hits


def _signature_touched(
    spec: CaseTypeSpec, part: PartSpec, owners: frozenset[int], text: str
) -> int:
    """How many of the part's signature concepts the paragraph touches, when that makes it the
    part's content; else 0."""
    foreign = bool(owners) and part.number not in owners
    if foreign and part.number != spec.validation_part:
        return 0  # only the validation strays (R-CP-91): asked first, it is cheap
    short = word_count(text, at_most=SIGNATURE_PARAGRAPH_WORDS) < SIGNATURE_PARAGRAPH_WORDS
    if short and not _approval_line(spec, part, text):
        return 0  # R-CP-143: a one-line validation gets the paragraph's checks below
    touched = touches(signature_concepts(part.signatures), text)
    if touched < part.signature_min or _said_deferred(spec, text):
        return 0
    if part.number == spec.validation_part and _PLACEHOLDER.search(text):
        # R-CP-170: a sign-off's placeholders («[Namn og stilling] | [dd.mm.åååå]») name who
        # and when for the writer to fill in; they record nothing
        unfilled = _without_guidance(spec, _PLACEHOLDER.sub(" ", text))
        if touches(signature_concepts(part.signatures), unfilled) < part.signature_min:
            return 0
    if part.number == spec.validation_part and approval_deferred(spec, text):
        return 0  # R-CP-94: «… regner med at den blir godkjent» is no validation
    if part.number == spec.validation_part and only_modal_acts(spec, text):
        return 0  # R-CP-118: a paragraph on how approval is done («skal godkjennes») records none
    if foreign and not _strayed(spec, part, owners, text):
        return 0
    return touched


# R-CP-170: a field's placeholder in square brackets («[Namn og stilling]», «[dd.mm.åååå]»,
# «[Signatur frå kommunedirektør …]»): a field's name, never a filled mark («[sign.]»,
# «[signatur]», «[Signatur: Kjersti Vold]»), which stays the writer's
_PLACEHOLDER = re.compile(
    r"\[\s*(namn|navn|name|stilling|tittel|title|dato|date|dd\.\s?mm\.\s?\w+|signatur\w*|signature"
    r"|underskrift\w*)\b(\s+(og|og/eller|and|or|eller)\s+\w+|\s+(frå|fra|from|av|by|of)\b[^\]\n:]{1,120})?"
    r"\s*\]",
    re.IGNORECASE,
)


def _form_answers(source: Source, first: int, paragraph: str) -> str:
    """R-CP-127: the paragraph with a form's labels left out: in a row of two cells
    («Kjelder og mottakarar | Sjå vedlegg 2.») the label is the template's word, and only the
    answer says anything of the part."""
    lines: list[str] = []
    size = -1
    for line in source.lines[first:]:
        if size >= len(paragraph) or not line.text:
            break
        lines.append(line.text)
        size += len(line.text) + 1
    if " ".join(lines) != paragraph:
        return paragraph  # not the lines it was joined from: nothing is left out
    return " ".join(
        line.split(CELL_SEPARATOR, 1)[1] if line.count(CELL_SEPARATOR) == 1 else line
        for line in lines
    )


def _beside_attachments(paragraph: str) -> str:
    """The paragraph without its sentences that name an attachment."""
    return " ".join(s for s in _SENTENCE_SPLIT.split(paragraph) if not _REFERENCE.search(s))


ROW_REACH = 80  # characters: a deferral with cell separators this near on both sides is in a row


def _said_deferred(spec: CaseTypeSpec, text: str) -> bool:
    """A deferral in the paragraph that is not a table cell (R-CP-42: «Ikke gjennomført» in a
    risk register's status column says nothing of the part)."""
    for match in deferral_spans(spec, text):
        before = text.rfind(CELL_SEPARATOR, max(0, match.start() - ROW_REACH), match.start())
        after = text.find(CELL_SEPARATOR, match.end(), match.end() + ROW_REACH)
        if before < 0 or after < 0:
            return True
    return False


def describe(hit: Hit) -> str:
    return f"{hit.what}: «{excerpt(collapse(hit.evidence.excerpt), 90)}»"
