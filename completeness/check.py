"""Pure: check a submission for the documentation parts of its case type (uncertain ≠ missing)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache, partial

from cases.model import Document
from completeness.contact_verdict import judge_part_one
from completeness.cues import (
    DPIA_PART,
    REPORT_CHAPTERS,
    Hit,
    NamedSection,
    Reading,
    State,
    file_hits,
    file_name_key,
    heading_hits,
    is_any_cue,
    is_report_title,
    named_sections,
    phrase_hits,
    read,
    signature_concepts,
    signature_hits,
    touches,
)
from completeness.dates import names_a_date
from completeness.deferrals import WHEN_WORDS, WHOLE_DPIA, parts_named
from completeness.fields import person_names
from completeness.pointers import not_attached
from completeness.regex import search
from completeness.request import judge_request
from completeness.tables import PENDING_NOTE, SIGNED_NOTE, approval_hits, table_hits
from completeness.text import (
    CELL_SEPARATOR,
    OCR_SHOWN,
    Heading,
    Source,
    build_source,
    excerpt,
    is_list_item,
    readable,
    unclaimed,
    word_count,
)
from completeness.types import (
    BODY_SOURCE,
    CaseTypeSpec,
    CompletenessReport,
    Evidence,
    PartResult,
    PartSpec,
    Verdict,
)
from completeness.verdicts import judge_content
from reading.blocks import OCR_MARK, ReadDocument
from reading.text import read_text

UNCLAIMED_WORDS = 15
UNCLAIMED_CONCEPTS = 2


@dataclass(frozen=True, slots=True)
class _Submission:
    sources: tuple[Source, ...]  # the mail text first, then the readable documents
    read: tuple[ReadDocument, ...]  # the same, as blocks
    documents: tuple[Source, ...]
    sections: tuple[NamedSection, ...]
    readings: tuple[Reading, ...]
    unreadable: tuple[str, ...]
    unclaimed: tuple[tuple[str, str], ...]  # («heading» (document), text) of unrecognised sections
    slotted: tuple[tuple[int, Hit], ...] = ()  # (part, hit): unrecognised sections in a part's slot


def _prepare(
    spec: CaseTypeSpec, body: str, documents: Sequence[Document], unreadable: Sequence[str]
) -> _Submission:
    is_cue = partial(is_any_cue, spec)
    mail = build_source(BODY_SOURCE, body, is_cue)
    # The parser may hand the mail text over as a document too; count it once.
    others = [d for d in documents if not (body.strip() and d.text.strip() == body.strip())]
    docs = tuple(
        build_source(_shown_name(d), d.text.removeprefix(OCR_MARK), is_cue) for d in others
    )
    read_docs = (read_text(BODY_SOURCE, body), *(read_text(d.name, d.text) for d in others))
    sources = (mail, *docs)
    # an empty file holds nothing (a missing part), a file we cannot read may hold anything
    unread = tuple(unreadable) + tuple(d.name for d in others if _unread(d))
    found = [named_sections(spec, s) for s in sources]
    unknown = [unclaimed(s, UNCLAIMED_WORDS) for s in sources]  # found once, used twice
    slotted = tuple(
        slot
        for s, f, u in zip(sources, found, unknown, strict=True)
        for slot in _slotted(spec, s, f, u)
    )
    return _Submission(
        sources=sources,
        read=read_docs,
        documents=docs,
        sections=tuple(named for per_source in found for named in per_source),
        readings=tuple(
            read(spec, s, f, s is not mail) for s, f in zip(sources, found, strict=True)
        ),
        unreadable=unread,
        unclaimed=tuple(
            (f"«{h.raw}» ({d.name})", _section_text(d, h.index))
            for d, headings in zip(sources, unknown, strict=True)
            for h in headings
        ),
        slotted=slotted,
    )


def _unread(document: Document) -> bool:
    """A file with bytes whose text says next to nothing may hold what its reader missed (a
    scan, a drawing); a short note whose bytes are all text («See folders 01-02.») was read."""
    if not document.size or readable([document.text]):
        return False
    return len(document.text.encode()) * 2 < document.size


def _slotted(
    spec: CaseTypeSpec,
    source: Source,
    found: Sequence[NamedSection],
    unknown: Sequence[Heading],
) -> list[tuple[int, Hit]]:
    """R-CP-21: a request laid out in the order of the parts gives each part its place. The
    sections under headings no cue knows that stand between the section of part p and that of
    part q, just as many as the parts between them, are those parts in order («2 Hva vi skal
    gjøre» between «1 Kontaktopplysninger» and «3 Nødvendighet»), when each touches at least
    UNCLAIMED_CONCEPTS of its part's content signature."""
    # a DPIA report's title opens the chapters of parts 2-4 (R-CP-25): what follows it first
    # is in part 2's place
    # R-CP-106: an item of a list («* Risikovarsel: vises for brukeren») under a heading of the
    # writer's own stands inside that section; it marks no part's place in the outline
    marks: list[tuple[int, frozenset[int]]] = [
        (n.section.heading.index, frozenset({1}) if is_report_title(source, n) else n.parts)
        for n in found
        if n.parts and not is_list_item(n.section.heading.raw)
    ]
    marks += [(h.index, frozenset()) for h in unknown]
    marks.sort(key=lambda mark: mark[0])
    slotted: list[tuple[int, Hit]] = []
    for position, (_, parts) in enumerate(marks):
        if not parts:
            continue
        run: list[int] = []
        for index, later in marks[position + 1 :]:
            if later:
                gap = min(later) - max(parts) - 1
                if run and gap == len(run) and max(parts) < min(later):
                    slotted += _slot_hits(spec, source, run, max(parts))
                break
            run.append(index)
    return slotted


def _slot_hits(
    spec: CaseTypeSpec, source: Source, run: Sequence[int], before: int
) -> list[tuple[int, Hit]]:
    hits: list[tuple[int, Hit]] = []
    for offset, index in enumerate(run, start=1):
        part = spec.part(before + offset)
        text = _section_text(source, index)
        heading = source.lines[index].text
        if part.contacts is not None or not _fits_slot(part, heading, text):
            continue
        evidence = Evidence(source.name, source.lines[index].location, excerpt(text))
        what = f"overskrift «{excerpt(heading, 80)}» på delens plass i oppsettet"
        hits.append((part.number, Hit(State.SUBSTANTIVE, evidence, what, inferred=True)))
    return hits


def _fits_slot(part: PartSpec, heading: str, text: str) -> bool:
    """An unrecognised section in a part's place is that part when it touches the part's content
    signature, or (R-CP-87) when its heading is one the part has only in its place and it has
    content: «KVIFOR» between «KVA VI VIL GJERE» and «KVA KAN GÅ GALE», in words no signature
    knows («Mange pårørande bur langt unna …»)."""
    if _touches(part, text):
        return True
    if search(part.place_headings, heading.strip()) is None:
        return False
    return word_count(text, at_most=UNCLAIMED_WORDS) >= UNCLAIMED_WORDS


def _shown_name(document: Document) -> str:
    """The document's name as evidence shows it; OCR text is marked as such."""
    return f"{document.name}{OCR_SHOWN}" if document.text.startswith(OCR_MARK) else document.name


def _section_text(source: Source, index: int) -> str:
    """The lines under the heading at line `index`, up to the next heading."""
    later = [h.index for h in source.headings if h.index > index]
    end = later[0] if later else len(source.lines)
    return "\n".join(line.text for line in source.lines[index:end])


def _touches(part: PartSpec, text: str) -> bool:
    """Real evidence that an unrecognised section may be this part: it touches at least
    UNCLAIMED_CONCEPTS of the part's content signature (or the part has none)."""
    if not part.signatures:
        return True
    return touches(signature_concepts(part.signatures), text) >= UNCLAIMED_CONCEPTS


def _strong_hits(spec: CaseTypeSpec, part: PartSpec, submission: _Submission) -> list[Hit]:
    """Evidence under a heading or in a named file."""
    headings = _title_yields(submission, heading_hits(spec, part, submission.sections))
    files = [
        _by_name_only(part, h, submission, headings)
        for h in file_hits(spec, part, submission.documents)
    ]
    return headings + files


def _title_yields(submission: _Submission, headings: list[Hit]) -> list[Hit]:
    """R-CP-69: a DPIA report's title (R-CP-25) does not hold the risk assessment by its name
    when the report's own section of the part says it comes later («4 Risikovurdering:
    Risikovurderinga er under arbeid») or only points elsewhere («Kva kan gå gale?: Sjå vedlagt
    ROS-analyse»): what the report says of the part outweighs its title, as a file's name yields
    (R-CP-50), and the file pointed to decides."""
    said = {
        h.evidence.source
        for h in headings
        if (h.state is State.DEFERRED and not h.silent) or h.pointer
    }
    if not said:
        return headings
    titles = {
        (source.name, named.section.location)
        for source in submission.sources
        if source.name in said
        for named in submission.sections
        if named.source == source.name and is_report_title(source, named)
    }
    return [
        replace(h, inferred=True, soft=True)
        if h.state is State.SUBSTANTIVE and (h.evidence.source, h.evidence.location) in titles
        else h
        for h in headings
    ]


def _by_name_only(part: PartSpec, hit: Hit, submission: _Submission, headings: list[Hit]) -> Hit:
    """R-CP-50: a file named for the part («DPIA.pdf») whose own headings name other parts and
    never this one (its report title aside, R-CP-25) holds the part by its name only: what the
    request says of the part (that it comes later) outweighs it, as it does what a text is about
    (R-CP-27). So does a file whose own section of the part says it comes later («Risikovurdering:
    Risikovurderingen er under arbeid … og ettersendes»)."""
    source = next((s for s in submission.documents if s.name == hit.evidence.source), None)
    if source is None or hit.state is not State.SUBSTANTIVE:
        return hit
    said = (
        ((h.state is State.DEFERRED and not h.silent) or h.pointer) and _in(h, source.name)
        for h in headings
    )
    if any(said):  # the file says it itself (or points elsewhere): its name is no trace
        return replace(hit, inferred=True, soft=True)
    own = [s for s in submission.sections if s.source == source.name]
    named = frozenset[int]().union(*(s.parts for s in own if not is_report_title(source, s)))
    return replace(hit, inferred=True) if named and part.number not in named else hit


def _hits(
    spec: CaseTypeSpec, part: PartSpec, submission: _Submission, strong: list[Hit]
) -> list[Hit]:
    hits = strong + phrase_hits(spec, part, submission.readings)
    hits += signature_hits(spec, part, submission.readings)
    hits += table_hits(spec, part, submission.read) + approval_hits(spec, part, submission.read)
    hits += [hit for number, hit in submission.slotted if number == part.number]
    if part.contacts is None:
        hits = not_attached(hits, submission.sources, part.number == spec.validation_part)
    if part.number == spec.validation_part:
        hits = _sign_off_to_come(hits, submission.sources)
    return _without_own_file(spec, part, hits)


PENDING_ROWS = 2  # rows of a sign-off table that say the approval is still to come


SIGN_OFF_FILE_WORDS = 100  # a file of a sign-off table and little else
# a cell that may say a row signed in words no sign-off reading knows («Ja», «OK»)
_SIGNED_WORD = re.compile(
    r"\b(ja|yes|ok|godkjent|godkjend|approved|signert|signed|vedtatt|vedteke)\b", re.IGNORECASE
)


def _sign_off_to_come(hits: list[Hit], sources: Sequence[Source]) -> list[Hit]:
    """R-CP-136: a short file that is a sign-off table with rows saying the approval is still
    to come («Erik Nyhus | Chair | Pending»), no row that signs or says yes, and nothing else
    about the validation does not hold it by its heading («Board sign-off – DPIA») or its name
    («Board_signoff.docx»): the table says it is not signed yet. (In a long file such rows may
    be an action plan's «Venter på budsjett»; review found both.)"""
    pending = Counter(h.evidence.source for h in hits if h.what.startswith(f"{PENDING_NOTE}:"))
    signed = {h.evidence.source for h in hits if h.what.startswith(f"{SIGNED_NOTE}:")}
    tables = {name for name, rows in pending.items() if rows >= PENDING_ROWS} - signed
    if not tables:
        return hits  # the usual case: asked before any text is read again
    unsigned = {
        s.name
        for s in sources
        if s.name in tables
        and word_count(s.text, at_most=SIGN_OFF_FILE_WORDS + 1) <= SIGN_OFF_FILE_WORDS
        and not _SIGNED_WORD.search(s.text)
    }
    if not unsigned:
        return hits
    told = {h.evidence.source for h in hits if h.state is State.SUBSTANTIVE and h.inferred}
    return [
        replace(h, state=State.MENTION, soft=True)
        if h.state is State.SUBSTANTIVE and h.evidence.source in unsigned - told and not h.inferred
        else h
        for h in hits
    ]


def _without_own_file(spec: CaseTypeSpec, part: PartSpec, hits: list[Hit]) -> list[Hit]:
    """When the file meant to hold the part is empty or about something else, or the request
    says the part comes later or was not done, what the files meant for other parts say of it
    is a mention only (the minutes name the DPIA they approve; the description names the
    risk it brings)."""
    absent = [
        h
        for h in hits
        if h.state is State.DEFERRED
        and not h.silent
        and not h.evidence.source.endswith(OCR_SHOWN)
        and not _for_other_parts(spec, part, h.evidence.source)
    ]
    if not absent:
        return hits
    return [
        replace(h, state=State.MENTION, soft=True)
        if h.state is not State.DEFERRED and _for_other_parts(spec, part, h.evidence.source)
        else h
        for h in hits
    ]


def _for_other_parts(spec: CaseTypeSpec, part: PartSpec, name: str) -> bool:
    named = _file_parts(spec, name)
    return bool(named) and part.number not in named


def _ocr_doubt(
    part: PartSpec,
    hits: Sequence[Hit],
    ocr_parts: dict[str, frozenset[int]],
    sources: Sequence[Source],
) -> str:
    """Why text read by OCR may hold a part judged missing, or "" (docs/domain.md R-CP-7).

    OCR text may have misread the part when it holds any trace of it; and an absence (no
    explicit «ettersendes» in text that was not OCR'd) rests on the OCR text too unless each
    OCR document is plainly another single part's (the scanned minutes of part 5) and does not,
    as a whole, carry this part's content signature (R-CP-89: minutes photographed as short
    lines, «Møtebok – fylkesutvalet», «Vedtak: … godkjenner …», none a signature alone)."""
    number = part.number
    traced = [
        h.evidence.source
        for h in hits
        if h.evidence.source in ocr_parts
        and not _belongs_elsewhere(number, h, ocr_parts[h.evidence.source])
    ]
    if traced:
        return f"spor av delen i tekst lest med OCR ({traced[0]})"
    said = any(h.state is State.DEFERRED and not h.silent for h in hits)
    if said:
        return ""
    texts = {source.name: source.text for source in sources}
    for name, parts in ocr_parts.items():
        if len(parts) != 1 or number in parts or _signed_as_a_whole(part, texts.get(name, "")):
            return f"{name} er lest med OCR og kan inneholde delen"
    return ""


def _signed_as_a_whole(part: PartSpec, text: str) -> bool:
    """R-CP-89: the document's text, taken together, touches as many of the part's signature
    concepts as one paragraph must to hold the part."""
    concepts = signature_concepts(part.signatures)
    return bool(concepts) and touches(concepts, text) >= part.signature_min


def _belongs_elsewhere(number: int, hit: Hit, parts: frozenset[int]) -> bool:
    """A mere mention in an OCR document that plainly belongs to one other part (the scanned
    minutes name the DPIA they approve) is no trace that the OCR misread this part."""
    return hit.state is not State.SUBSTANTIVE and len(parts) == 1 and number not in parts


def _judge(
    part: PartSpec,
    submission: _Submission,
    hits: list[Hit],
    ocr_parts: dict[str, frozenset[int]],
    silence_doubt: str,
    sender: tuple[str, str] = ("", ""),
    request: tuple[str, ...] = (),
    validation_part: int = 0,
) -> PartResult:
    if part.contacts is not None:
        # weighs OCR text itself
        result = judge_part_one(part, submission.read, hits, sender, request)
    else:
        result = judge_content(part.number, hits)
    if result.verdict is not Verdict.MISSING:
        return result
    doubt = _ocr_doubt(part, hits, ocr_parts, submission.sources) if part.contacts is None else ""
    if doubt:
        # OCR may have misread the part: text read by OCR never makes a part missing
        note = f"{result.note}; men {doubt}"
        return replace(result, verdict=Verdict.UNCERTAIN, note=note)
    if submission.unreadable:
        # An attachment we could not read may hold the part: never reject on that basis.
        names = ", ".join(submission.unreadable)
        note = f"{result.note}; men vedlegg kunne ikke leses ({names})"
        return replace(result, verdict=Verdict.UNCERTAIN, note=note)
    touching = [name for name, text in submission.unclaimed if _touches(part, text)]
    if part.contacts is None and not result.evidence and touching:
        # Text under a heading we do not recognise may be this part in other words.
        note = f"ingen treff, men {touching[0]} kan inneholde delen"
        return replace(result, verdict=Verdict.UNCERTAIN, note=note)
    # R-CP-166: the part's content may stand under another part's heading (asked only when
    # nothing of the part was found: it reads every paragraph)
    silent = not result.evidence and not result.counter
    inside = _inside_another_part(part, submission, validation_part) if silent else ""
    if inside:
        note = f"ingen treff, men {inside} kan inneholde delen"
        return replace(result, verdict=Verdict.UNCERTAIN, note=note)
    if part.contacts is None and not result.evidence and not result.counter and silence_doubt:
        # Silence is not absence (R-CP-20): no trace of a part proves it missing only when
        # what the sender wrote is accounted for and laid out by part.
        note = f"ingen treff, men {silence_doubt}"
        return replace(result, verdict=Verdict.UNCERTAIN, note=note)
    return result


def _inside_another_part(part: PartSpec, submission: _Submission, validation_part: int) -> str:
    """R-CP-166: a paragraph under another part's heading that touches as many concepts of
    this part's content signature as a paragraph about it does («2 Skildring av handsaminga»
    over the processing, then why it is needed, what was weighed instead, and the patients'
    information, access and right to object). Content signatures read a paragraph as another
    part's only under no heading (R-CP-91); that it was not read as this part's proves nothing
    missing. Not the description: every chapter of a DPIA speaks of the processing, and so
    touches its broad signature (purpose, data, sources, recipients); nor the validation, whose
    paragraphs under other headings R-CP-91 reads already."""
    if not part.signatures or part.number in (DESCRIPTION_PART, validation_part):
        return ""
    concepts = signature_concepts(part.signatures)
    for reading in submission.readings:
        for sentence in reading.sentences:
            owners = reading.owners.get(sentence.line, frozenset())
            if not sentence.opens_paragraph or not owners or part.number in owners:
                continue
            if CELL_SEPARATOR in sentence.paragraph:
                continue  # a table's rows are its heading's (a risk register's measures)
            if touches(concepts, sentence.paragraph) > part.signature_min:
                shown = excerpt(sentence.paragraph, 60)
                return f"avsnittet «{shown}» ({reading.source.name})"
    return ""


DESCRIPTION_PART = 2
WITH_THE_DPIA = frozenset({2, 3, 5})  # the report's other chapters, and its validation


def _dpia_deferred(spec: CaseTypeSpec, hits: dict[int, list[Hit]]) -> frozenset[int]:
    """R-CP-49: the parts that cannot be here yet because the request says the DPIA comes
    later: the whole DPIA («DPIA ettersendes») takes its other chapters and its validation; its
    risk assessment alone, said not to be done and found nowhere, takes the validation."""
    own = hits.get(DPIA_PART, [])
    said = [h for h in own if h.state is State.DEFERRED and not h.silent]
    if any(_whole_dpia(spec, h.evidence.excerpt) for h in said):
        return WITH_THE_DPIA
    if said and not any(h.state is State.SUBSTANTIVE for h in own) and spec.validation_part:
        return frozenset({spec.validation_part})
    return frozenset()


# R-CP-79: the DPIA said not to be done (not only to come later: a finished one may be sent on)
_NOT_DONE = re.compile(
    r"\b(ikke|ikkje|not)\b( \w+){0,3} (gjennomført|utført|utarbeidet|utarbeidd|startet|påbegynt"
    r"|carried out|conducted|performed|started|done)\b|\bunder (arbeid|utarbeidelse|utarbeiding)\b"
    r"|\b(in progress|being (drafted|prepared|written))\b",
    re.IGNORECASE,
)


def _without_validation_of_nothing(
    spec: CaseTypeSpec, parts: tuple[PartResult, ...], hits: dict[int, list[Hit]]
) -> tuple[PartResult, ...]:
    """R-CP-79: management cannot have validated a DPIA the request says is not done
    («DPIA er ikke gjennomført ennå»): whatever decision is attached (to ask for prior
    consultation, to start the work) is about something else, so the validation is missing."""
    number = spec.validation_part
    risk = next((p for p in parts if p.number == DPIA_PART), None)
    if not number or risk is None or risk.verdict is not Verdict.MISSING:
        return parts
    said = [
        h
        for h in hits.get(DPIA_PART, [])
        if h.state is State.DEFERRED and not h.silent and _dpia_not_done(spec, h.evidence.excerpt)
    ]
    if not said:
        return parts
    note = f"DPIA-en er ikke gjennomført («{excerpt(said[0].evidence.excerpt, 100)}»)"
    note += ", så ledelsen kan ikke ha validert den"
    return tuple(
        PartResult(p.number, Verdict.MISSING, (said[0].evidence,), note, p.evidence)
        if p.number == number and p.verdict is not Verdict.MISSING
        else p
        for p in parts
    )


_WHEN = re.compile(rf"\s(?:{WHEN_WORDS})\s", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:og|and|men|but|mens|while)\s", re.IGNORECASE)
_ASIDE = re.compile(r"\([^)]*\)")


def _dpia_not_done(spec: CaseTypeSpec, sentence: str) -> bool:
    """The clause that says «not done» is about the DPIA as a whole («DPIA er ikke gjennomført
    ennå», «vurderinga av personvernkonsekvensar (DPIA) er framleis under arbeid»), not about a
    chapter of it («Selve risikovurderingen (kapittel 4 i DPIA-en) er fortsatt under arbeid»)."""
    for said in _NOT_DONE.finditer(sentence):
        clause = _ASIDE.sub(" ", _CLAUSE_BREAK.split(sentence[: said.start()])[-1])
        if WHOLE_DPIA.search(clause) and not parts_named(spec, WHOLE_DPIA.sub(" ", clause)):
            return True
    return False


def _whole_dpia(spec: CaseTypeSpec, sentence: str) -> bool:
    """R-CP-49: the sentence defers the DPIA as a whole, not chapters it names («Vurderinga av
    naudsyn … og risikovurderinga er framleis under arbeid i DPIA-en» defers those two)."""
    sentence = _WHEN.split(sentence, maxsplit=1)[0]  # «… når DPIA-en er ferdig»: a condition
    named = parts_named(spec, sentence)
    return WHOLE_DPIA.search(sentence) is not None and not named & REPORT_CHAPTERS


def _silence_doubt(
    spec: CaseTypeSpec,
    part: PartSpec,
    strong: dict[int, list[Hit]],
    unaccounted: Sequence[str],
    dpia_deferred: frozenset[int] = frozenset(),
) -> str:
    """Why finding nothing of a part does not prove it missing, or "" (R-CP-20): some text no
    part has claimed may hold it, or the other parts are not laid out under their own headings
    or files, so this one may stand in words the cues do not know. When the request says the
    DPIA comes later, what it holds and its validation are not here yet either (R-CP-49)."""
    if part.number in dpia_deferred and not unaccounted:
        return ""
    if unaccounted:
        return f"{unaccounted[0]} er ikke gjenkjent og kan inneholde delen"
    others = [p for p in spec.parts if p.contacts is None and p.number != part.number]
    if not all(any(h.state is State.SUBSTANTIVE for h in strong[p.number]) for p in others):
        return "de andre delene står ikke under egne overskrifter eller filer"
    return ""


def _doubting(
    spec: CaseTypeSpec, part: PartSpec, submission: _Submission, unaccounted: list[str]
) -> list[str]:
    """R-CP-63: what no part has claimed that may still hold this part. An unrecognised section
    (heading included) that is about another part, touching UNCLAIMED_CONCEPTS of that part's
    content signature, and touches not one concept of this part's («Element | Beskrivelse» over
    the description's table), is that other part's; anything else keeps its doubt, a section in
    words no signature knows («Kva kan gå gale for elevane?») and an unclaimed document too."""
    if part.doubted_by:
        unaccounted = _able_to_hold(part, submission, unaccounted) or _brief_sign_offs(
            part, submission
        )
    if not part.signatures or not unaccounted:
        return unaccounted
    own = signature_concepts(part.signatures)
    others = [signature_concepts(p.signatures) for p in spec.parts if p.signatures and p != part]
    unrelated = set()
    for name, text in submission.unclaimed:
        section = f"{name}\n{text}"
        if touches(own, section):
            continue  # the usual case, and the cheaper question: ask it first
        if any(touches(c, section) >= UNCLAIMED_CONCEPTS for c in others):
            unrelated.add(name)
    return [name for name in unaccounted if name not in unrelated]


def _able_to_hold(part: PartSpec, submission: _Submission, unaccounted: list[str]) -> list[str]:
    """R-CP-72: an unrecognised section that names none of what the part cannot be written
    without (management's validation names who validated or the act of validating: «styret»,
    «godkjent», «signert») does not hold it. Unclaimed documents keep their doubt."""
    unable = {
        name
        for name, text in submission.unclaimed
        if search(part.doubted_by, f"{name}\n{text}") is None
    }
    return [name for name in unaccounted if name not in unable]


# R-CP-162: what names who, the act or the meeting and is no sign-off: a pointer to a record
# (R-CP-46 decides), a sign-off still to come, an ethics committee's approval
_NOT_A_SIGN_OFF = re.compile(
    r"\b(se|sjå|see)\s+(vedlagt|vedlagd|vedlagte|attached)\b|\bi vedlegg\b"
    r"|\b(skal|skulle|vil bli|blir|legges (fram|frem)|leggjast fram|vert lagd fram|godkjennes"
    r"|godkjennast|behandles|handsamast|innen|innan|to be|will be|shall|planned|planlagt|ennå|enno"
    r"|ikke|ikkje|not yet)\b"
    r"|\b(rek|etikk\w*|etisk\w*|ethic\w*|forskningsetikk\w*)\b",
    re.IGNORECASE,
)
# … or a form not filled in («Signatur: ______», «Dato:»)
_BLANK = re.compile(
    r"_{3,}|^\W*(signatur|underskrift|signature|signed|signert|godkjent av|godkjend av"
    r"|approved by|dato|date)[^:]{0,30}:\s*$",
    re.IGNORECASE,
)


def _brief_sign_offs(part: PartSpec, submission: _Submission) -> list[str]:
    """R-CP-162: a section too short for R-CP-20's doubt, under a heading no cue knows, that
    names two of what the part cannot be written without (who, the act, the meeting): «5.
    Godkjenning» over «Signert: Ola Nordmann, daglig leder, 4.11.2026». A sign-off is short;
    finding nothing else of the part does not prove it missing then."""
    found = []
    for source in submission.sources:
        for heading in source.headings:
            if heading.is_cue:
                continue
            text = _section_text(source, heading.index)
            if word_count(text, at_most=UNCLAIMED_WORDS) >= UNCLAIMED_WORDS:
                continue  # R-CP-20 reads it, or R-CP-72 found it unable to hold the part
            if sum(search((cue,), text) is not None for cue in part.doubted_by) < 2:
                continue
            # the record itself: who signed, or when («Sjå vedlagt protokoll frå styremøtet»
            # points to a record, R-CP-46, and is no sign-off)
            lines = text.splitlines()[1:]  # under the heading
            if _NOT_A_SIGN_OFF.search(" ".join(lines)) or any(_BLANK.search(x) for x in lines):
                continue
            if any(person_names(line) for line in lines) or names_a_date(text):
                found.append(f"«{heading.raw}» ({source.name})")
    return found


def _unaccounted(submission: _Submission, hits: dict[int, list[Hit]]) -> list[str]:
    """What no part has claimed: sections under headings we do not recognise (in the mail text
    too), and documents in which no part found anything. A document read whole in fewer words
    than a section needs («See folders 01-02.») holds no part; one we could not read is
    `unreadable` and doubted there."""
    claimed = {h.evidence.source for found in hits.values() for h in found}
    sections = [name for name, _ in submission.unclaimed]
    documents = [
        f"«{d.name}»"
        for d in submission.documents
        if d.name not in claimed and word_count(d.text, at_most=UNCLAIMED_WORDS) >= UNCLAIMED_WORDS
    ]
    return sections + documents


def _ocr_parts(
    spec: CaseTypeSpec, submission: _Submission, hits: dict[int, list[Hit]]
) -> dict[str, frozenset[int]]:
    """Each document read by OCR (as evidence names it), with the parts 2–5 it holds: the one
    part its file name or headings name when it holds real content of no other part (R-CP-7),
    else every part it holds a trace of."""
    found: dict[str, frozenset[int]] = {}
    for reading in submission.readings:
        name = reading.source.name
        if not name.endswith(OCR_SHOWN):
            continue
        traced = frozenset(
            n for n, all_hits in hits.items() if n != 1 and any(_in(h, name) for h in all_hits)
        )
        named = _file_parts(spec, name) or reading.about - {1}
        content = {
            n
            for n, all_hits in hits.items()
            if any(_in(h, name) and h.state is State.SUBSTANTIVE for h in all_hits)
        }
        single = len(named) == 1 and content <= named | {1}
        # R-CP-7: a scan in which no part's content was recognised may hold any part (the
        # minutes' agenda item «Sak 12/26 … – DPIA» names the DPIA, not what the page holds)
        found[name] = frozenset() if not content - {1} else named if single else traced
    return found


def _in(hit: Hit, name: str) -> bool:
    return hit.evidence.source == name


def _file_parts(spec: CaseTypeSpec, name: str) -> frozenset[int]:
    return frozenset(p.number for p in spec.parts if search(p.file_names, file_name_key(name)))


def _has_material(spec: CaseTypeSpec, strong: dict[int, list[Hit]]) -> bool:
    """DPIA material: substantive evidence for a part under a heading or in a named file."""
    for part in spec.parts:
        found = strong[part.number]
        if part.contacts is None and any(h.state is State.SUBSTANTIVE for h in found):
            return True
    return False


@lru_cache(maxsize=32)
def _on_day(spec: CaseTypeSpec, received: date) -> CaseTypeSpec:
    """The case type read against the day a request came in (one object per day, so that the
    per-sentence caches keyed by the specification stay shared within a day)."""
    return replace(spec, received=received)


def check_completeness(
    spec: CaseTypeSpec,
    body: str,
    documents: Sequence[Document],
    subject: str = "",
    *,
    unreadable: Sequence[str] = (),
    sender: tuple[str, str] = ("", ""),
    received: date | None = None,
) -> CompletenessReport:
    """Judge each part present, missing or uncertain, and whether this is a request at all.

    `unreadable` names attachments the parser could not turn into text; while there are any,
    no part is judged clearly missing. `sender` is the From header's display name and address:
    the contact person's address when the contact person sent the request (R-CP-22).
    `received` is the day the request came in: a meeting named after it is still ahead (R-CP-108).
    """
    if received is not None:
        spec = _on_day(spec, received)
    submission = _prepare(spec, body, documents, unreadable)
    # judging a part and spotting DPIA material both need these: found once
    strong = {part.number: _strong_hits(spec, part, submission) for part in spec.parts}
    hits = {p.number: _hits(spec, p, submission, strong[p.number]) for p in spec.parts}
    ocr_parts = _ocr_parts(spec, submission, hits)
    unaccounted = _unaccounted(submission, hits)
    dpia_deferred = _dpia_deferred(spec, hits)
    parts = tuple(
        _judge(
            p,
            submission,
            hits[p.number],
            ocr_parts,
            _silence_doubt(
                spec, p, strong, _doubting(spec, p, submission, unaccounted), dpia_deferred
            ),
            sender,
            spec.request_cues,
            spec.validation_part,
        )
        for p in spec.parts
    )
    parts = _without_validation_of_nothing(spec, parts, hits)
    complete = all(p.verdict is Verdict.PRESENT for p in parts)
    material = _has_material(spec, strong)
    is_request, note = judge_request(spec, subject, submission.sources, complete, material)
    return CompletenessReport(is_request, note, parts)
