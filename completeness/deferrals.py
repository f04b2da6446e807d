"""Pure: which parts a sentence names, and which parts a deferral («… ettersendes») is about.

A deferral covers the part named in its own phrase and every part named in a bare noun phrase
coordinated with it: «Risikovurdering (DPIA) og ledelsens validering ettersendes», «The DPIA,
the necessity assessment and the board minutes will follow», «Følgende ettersendes: DPIA,
styrevedtak». A neighbour with its own verb («Beskrivelsen er vedlagt, og DPIA ettersendes»)
or behind «men», «mens», «but» is a separate statement and is not covered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from completeness.dates import named_dates
from completeness.regex import compile_any, lowered, search, search_lowered
from completeness.text import CELL_SEPARATOR, split_sentences
from completeness.types import CaseTypeSpec, PartSpec

BARE_PHRASE_WORDS = 10  # a coordinated list item is a short noun phrase
STATUS_ROW_CELLS = 3  # «Del 4 | Risikovurdering | Ettersendes»: a row of a list of parts

# R-CP-82: «… når DPIA-en er ferdig», «så snart leverandøren har levert»: when, not what
WHEN_WORDS = r"når|så snart|straks|etter at|when|once|as soon as"
_SEPARATOR = re.compile(
    r"[,;:()–—]|\s[-•*·▪◦]\s"
    r"|\s(?:og|and|&|samt|as well as|sammen med|together with|i tillegg til|in addition to"
    rf"|mens|men|but|while|whereas|although|selv om|unntatt|except|{WHEN_WORDS})\s",
    re.IGNORECASE,
)
_COORDINATING = re.compile(
    r"^\s*(?:[,()&\-•*·▪◦]|og|and|samt|as well as|sammen med|together with|i tillegg til"
    r"|in addition to)?\s*$",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    r"\b(er|var|blir|ble|vert|vart|har|hadde|vil|skal|kan|må|ligg|ligger|følger|fylgjer|finner"
    r"|finn|står|inngår|inneholder|is|are|was|were|has|have|had|will|shall|can|must|find|see"
    r"|contains|vedlagt|lagt ved|attached|enclosed|included)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(og|men|som|den|det|dette|denne|disse|dei|de|vil|bli|blir|er|vert|kan|and|it|this|"
    r"these|which|will|be|is|are|also|også|så|snart|senere|seinare|later)\b",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(
    r"^\s*(den|denne|dette|det|disse|dei|de|dokumentasjonen|it|this|these|they"
    r"|(vi|me|we) (sender|sendar|oversender|will send) (dem|dei|den|det|dette|disse|them|it))\b",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\s(?:av|of|for|til|om|about|fra|from|i|in|med|with|on|ved)\s", re.IGNORECASE
)
# a clause that opens with its verb: its subject is the sentence's first
_ELLIPTIC = re.compile(
    r"^\s*(er|var|blir|ble|vert|vart|har|hadde|is|are|was|were|has|have|had)\s", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–·▪◦]|\d{1,2}[.)]|[a-h][.)])\s")


def part_cues(part: PartSpec) -> tuple[str, ...]:
    return part.headings + part.phrases


# the DPIA named as a whole (R-CP-25, R-CP-141, R-CP-149)
WHOLE_DPIA = re.compile(
    r"\bdpia|\bpvk\b|personvernkonsekvens|konsekvensvurdering|impact assessment", re.IGNORECASE
)


def parts_named(spec: CaseTypeSpec, text: str) -> set[int]:
    """Parts a heading or phrase is about: «Ledelsens validering av DPIA» is part 5, not 4.

    When the words before the first preposition name a part, the complement after it is only
    a qualifier («av DPIA», «of the DPIA», «for de registrerte»)."""
    return set(_parts_named(spec, text))


@lru_cache(maxsize=8192)
def _parts_named(spec: CaseTypeSpec, text: str) -> frozenset[int]:
    """Cached: a heading is asked again as a section, a deferral's scope and a report title."""
    cut = _PREPOSITION.search(text)
    # only a question: a title that claims the approval («DPIA godkjent av styret – …») keeps
    # its DPIA (found on review: the claim alone was taken for the validation)
    passive = cut is not None and text.rstrip().endswith("?") and _agent(spec, text, cut)
    if cut and not passive:
        head = _cued(spec, text[: cut.start()])
        if head:
            return frozenset(head)
    return frozenset(_validated_object(spec, text, _cued(spec, text), passive))


_AGENT = re.compile(r"\s(?:av|by)\s", re.IGNORECASE)


def _agent(spec: CaseTypeSpec, text: str, cut: re.Match[str]) -> bool:
    """R-CP-186: «Er DPIA-en godkjent av ledelsen?»: after an act of validating, «av» / «by»
    names who acted, not a qualifier of what was named before it."""
    if not _AGENT.fullmatch(cut.group(0)):
        return False
    acts = compile_any(spec.validation_acts)
    return acts is not None and acts.search(text[: cut.start()]) is not None


def _validated_object(
    spec: CaseTypeSpec, text: str, named: set[int], passive: bool = False
) -> set[int]:
    """R-CP-186: «How has management validated the DPIA?», «Har leiinga godkjent DPIA-en?», «Er
    DPIA-en godkjent av ledelsen?»: the DPIA named after the validation, or as what a passive
    act of validating was done to, is what was validated, not the risk assessment («DPIA –
    godkjent versjon», the DPIA first and no one acting, stays the report's)."""
    validation = spec.validation_part
    if validation not in named or 4 not in named:
        return named
    dpia = WHOLE_DPIA.search(text)
    act = search(part_cues(spec.part(validation)), text)
    if dpia is None or act is None or (act.start() > dpia.start() and not passive):
        return named
    if 4 in _cued(spec, WHOLE_DPIA.sub(" ", text)):
        return named  # the risk assessment named in its own words too
    return named - {4}


def _cued(spec: CaseTypeSpec, text: str) -> set[int]:
    lower = lowered(text)  # once for all the parts
    return {part.number for part in spec.parts if search_lowered(part_cues(part), text, lower)}


def deferral_spans(spec: CaseTypeSpec, text: str) -> list[re.Match[str]]:
    return list(_deferral_spans(spec, text))


@lru_cache(maxsize=8192)
def _deferral_spans(spec: CaseTypeSpec, text: str) -> tuple[re.Match[str], ...]:
    """Cached: a sentence is asked again beside another sentence before it (`deferrals`), and
    as a paragraph's or a cell's text."""
    regex = compile_any(spec.deferral_phrases)
    if regex is None:
        return ()
    exceptions = compile_any(spec.deferral_exceptions)
    lower = lowered(text)  # once for both regexes
    excused = (
        [] if exceptions is None else [m.span() for m in exceptions.finditer_lowered(text, lower)]
    )
    return tuple(
        m
        for m in regex.finditer_lowered(text, lower)
        if not any(start <= m.start() < end for start, end in excused)
        and not _second_option(text, m.start())
    )


def _second_option(text: str, at: int) -> bool:
    """R-CP-133: the negated half of a pair of options («godkjent/ikke godkjent», «approved /
    not approved») names a value a field can take; it says nothing is missing."""
    return text[max(0, at - 2) : at].rstrip().endswith("/")


@dataclass(frozen=True, slots=True)
class _Unit:
    """A phrase between separators, and the separator in front of it."""

    start: int
    end: int
    before: str


def _units(text: str) -> list[_Unit]:
    found, start, before = [], 0, ""
    for separator in _SEPARATOR.finditer(text):
        found.append(_Unit(start, separator.start(), before))
        start, before = separator.end(), separator.group(0)
    return [*found, _Unit(start, len(text), before)]


def _bare(text: str) -> bool:
    stripped = text.strip(" .")
    return len(stripped.split()) <= BARE_PHRASE_WORDS and not _PREDICATE.search(stripped)


def _chain(spec: CaseTypeSpec, text: str, units: list[_Unit], at: int, step: int) -> set[int]:
    """Parts named in the bare phrases coordinated with unit `at`, walking in one direction;
    after «Følgende ettersendes:» any list punctuation links the items."""
    named: set[int] = set()
    index, listing = at, False
    while 0 <= index + step < len(units):
        link = units[max(index, index + step)].before
        listing = listing or (link.strip() == ":" and step > 0 and index == at)
        if not (_COORDINATING.match(link) or (listing and link.strip() in ";–—:")):
            break
        index += step
        phrase = text[units[index].start : units[index].end]
        if not _bare(phrase):
            break
        named |= parts_named(spec, phrase)
    return named


def _is_filler(text: str, match: re.Match[str]) -> bool:
    rest = text.replace(match.group(0), " ")
    return not re.search(r"\w{2,}", _FILLER.sub(" ", rest))


def scope_of(spec: CaseTypeSpec, text: str, match: re.Match[str]) -> set[int]:
    """Parts the deferral `match` in `text` is about (empty: it is about something else)."""
    units = _units(text)
    at = next((i for i, u in enumerate(units) if u.start <= match.start() <= u.end), 0)
    own = text[units[at].start : units[at].end]
    named = parts_named(spec, own)
    if not named and _ELLIPTIC.match(own):
        # R-CP-81: «ROS-analysen er bestilt …, men er ikke gjennomført ennå»: the clause has
        # no subject of its own; it is the one the sentence opened with
        named = parts_named(spec, text[units[0].start : units[0].end])
    forward = _chain(spec, text, units, at, 1)
    if not named and not _is_filler(own, match):
        # «DPIA og vedlegg 7 ettersendes»: the parts listed with the thing deferred
        opens_list = at + 1 < len(units) and units[at + 1].before.strip() == ":"
        return _chain(spec, text, units, at, -1) | (forward if opens_list else set())
    anchor = at
    while not named and anchor > 0:  # «…, og den ettersendes»: the part named before
        anchor -= 1
        named = parts_named(spec, text[units[anchor].start : units[anchor].end])
    if not named:
        return set()
    return named | _chain(spec, text, units, anchor, -1) | forward


def opens_deferred_list(spec: CaseTypeSpec, text: str) -> bool:
    """«Følgende ettersendes:» / «The following will follow:» with the items below it."""
    return text.rstrip().endswith(":") and bool(deferral_spans(spec, text))


@lru_cache(maxsize=8192)
def deferrals(spec: CaseTypeSpec, text: str, previous: str = "") -> tuple[frozenset[int], bool]:
    """Parts a sentence defers, and whether it holds a deferral that names no part.

    `previous` is the sentence before, or the «Følgende ettersendes:» a list item belongs to.
    Cached: every part asks the same question of the same sentence."""
    if CELL_SEPARATOR in text:
        return _row_deferrals(spec, text)
    scoped: set[int] = set()
    unscoped = False
    if previous and _LIST_ITEM.match(text) and opens_deferred_list(spec, previous):
        scoped |= parts_named(spec, text)
    approvals = _approval_spans(spec, text, previous)
    if approvals:
        scoped.add(spec.validation_part)  # R-CP-51: the approval is what is not there (yet)
    for match in deferral_spans(spec, text):
        if any(start <= match.start() < end or match.start() <= start < match.end()
               for start, end in approvals):  # fmt: skip
            continue
        named = scope_of(spec, text, match)
        if not named and previous and _PRONOUN_START.match(text):
            named = parts_named(spec, previous)
        scoped |= named
        unscoped = unscoped or not named
    return frozenset(scoped), unscoped


def approval_deferred(spec: CaseTypeSpec, text: str) -> bool:
    """The text says management's approval is not given yet or still to come (R-CP-51)."""
    return bool(_approval_spans(spec, text))


def _approval_spans(spec: CaseTypeSpec, text: str, previous: str = "") -> list[tuple[int, int]]:
    """Where the sentence says an approval is not given yet or still to come (R-CP-51)."""
    if not spec.validation_part:
        return []
    said = _said_to_come(spec, text)
    if said is None:
        return []  # R-CP-108: «The Board will review the DPIA again on …» follows it up
    return list(said) or _calendar_spans(spec, text, previous)


@lru_cache(maxsize=8192)
def _said_to_come(spec: CaseTypeSpec, text: str) -> tuple[tuple[int, int], ...] | None:
    """Where the sentence says in words that an approval is still to come; None when it also
    follows the validation up. Cached: the same for whatever sentence stands before it."""
    regex = compile_any(spec.validation_deferrals)
    found = tuple(
        m.span()
        for m in (regex.finditer(text) if regex is not None else ())
        if not _second_option(text, m.start())
    )
    if found and search(spec.validation_follow_ups, text) is not None:
        return None
    return found


AHEAD_WITHOUT_YEAR = 120  # days: a date without a year further ahead may be one gone by


def _calendar_spans(spec: CaseTypeSpec, text: str, previous: str = "") -> list[tuple[int, int]]:
    """R-CP-108: the days after the request came in that a sentence about the validation names
    («… legges fram for universitetsdirektørens ledermøte 14. januar 2027»): the validation is
    still ahead, unless the sentence or the one before it records an act of validating, or the
    sentence only follows the validation up («Styret får en statusrapport 10. mars 2027»)."""
    received = spec.received
    if received is None or search(spec.validation_calendar, text) is None:
        return []
    found: list[tuple[int, int]] = []
    offset = 0
    for sentence in split_sentences(text):
        at = text.find(sentence, offset)
        if at < 0:
            continue
        offset = at + len(sentence)
        ahead = _days_ahead(sentence, received) if _about_ahead(spec, sentence) else []
        # an act of validating in this sentence or the one before it: what is dated is later
        if ahead and not (validation_act(spec, sentence) or validation_act(spec, previous)):
            found += [(at + a, at + b) for a, b in ahead]
        previous = sentence
    return found


def _about_ahead(spec: CaseTypeSpec, sentence: str) -> bool:
    """The sentence names who validates and what (R-CP-108), and follows nothing up."""
    named = all(search((concept,), sentence) for concept in spec.validation_calendar)
    return named and search(spec.validation_follow_ups, sentence) is None


def _days_ahead(sentence: str, received: date) -> list[tuple[int, int]]:
    return [
        span
        for day, span, dated in named_dates(sentence, received)
        if day > received and (dated or (day - received).days <= AHEAD_WITHOUT_YEAR)
    ]


def only_validation_ahead(spec: CaseTypeSpec, sentence: str) -> bool:
    """The sentence defers the validation alone (R-CP-51, R-CP-108), no other part."""
    return not deferral_spans(spec, sentence) and bool(_approval_spans(spec, sentence))


def validation_act(spec: CaseTypeSpec, text: str) -> bool:
    """R-CP-105: the text records an act of validating («godkjente», «approved») outside any
    statement that it is not done («er ikke godkjent»)."""
    acts = compile_any(spec.validation_acts)
    if acts is None:
        return True  # a case type without the list: never read an approval as missing here
    if not text:
        return False
    # a question names the act without recording it («Hvem har godkjent vurderingen?»)
    text = "\n".join(s for s in split_sentences(text) if not s.rstrip().endswith("?"))
    lower = lowered(text)
    denied = [m.span() for m in deferral_spans(spec, text)]
    regex = compile_any(spec.validation_deferrals)
    denied += [m.span() for m in regex.finditer_lowered(text, lower)] if regex else []
    return any(
        not any(start <= m.start() < end for start, end in denied)
        and not _after_modal(text, m.start())
        for m in acts.finditer_lowered(text, lower)
    )


def only_modal_acts(spec: CaseTypeSpec, text: str) -> bool:
    """R-CP-118: the text names acts of validating only after a modal verb: it says how the
    approval shall be done («Analysen skal godkjennes i tre steg: fagansvarlig, …»), not that it
    was. A text that names no act at all is not said to be one."""
    acts = compile_any(spec.validation_acts)
    if acts is None or not text:
        return False
    found = list(acts.finditer_lowered(text, lowered(text)))
    return bool(found) and all(_after_modal(text, m.start()) for m in found)


# R-CP-118: an act after a modal verb is what shall or may be done, not what was done («Analysen
# skal godkjennes i tre steg», «the DPIA must be approved by the board»)
_MODAL_BEFORE = re.compile(
    r"\b(skal|skulle|må|bør|burde|vil|kan|should|must|shall|will|would|may|can|is to|are to)"
    r"\s+(?:\w+\s+)?(?:bli\s+|verte\s+|be\s+|have\s+|ha\s+)?$",
    re.IGNORECASE,
)
MODAL_REACH = 30


def _after_modal(text: str, at: int) -> bool:
    return _MODAL_BEFORE.search(text, max(0, at - MODAL_REACH), at) is not None


def _row_deferrals(spec: CaseTypeSpec, row: str) -> tuple[frozenset[int], bool]:
    """R-CP-42: a short table row that names a part in one cell and defers in another defers
    that part («4 | Risikovurdering | Ettersendes»). In any other row a deferral is the status
    of the row's own item («Logging | Høy | Ikke gjennomført»), or a column's name in a risk
    register's header, not a statement about a part."""
    cells = row.split(CELL_SEPARATOR)
    if len(cells) > STATUS_ROW_CELLS:
        return frozenset(), False
    deferring = [cell for cell in cells if deferral_spans(spec, cell)]
    if not deferring:
        return frozenset(), False
    named = set().union(*(parts_named(spec, cell) for cell in cells if cell not in deferring))
    return frozenset(named), False


def context_after(spec: CaseTypeSpec, context: str, text: str) -> str:
    """What the next sentence refers back to: the list intro while the list goes on."""
    if context and _LIST_ITEM.match(text) and opens_deferred_list(spec, context):
        return context
    return text
