"""Pure: the cue regexes, case-insensitive, behind a cheap prefilter (same matches, less work).

`re` has no fast path for an IGNORECASE alternation: it tries every alternative at every
position, up to a microsecond per character for a part's cues, and the check runs dozens of
them over every line and sentence. Yet every match of a cue contains one of a few literal
strings, mostly at a bounded distance from where the match starts: each match of
`personvernombu[dn]\\w*|personvernombod\\w*` starts with «personvernomb». Looking for those
strings in the lower-cased text is an order of magnitude cheaper. Where none occurs, the cue
cannot match; where some do, the regex is tried only at the positions a match could start,
with `Pattern.match`, which is exactly what a scan of the whole text tries there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from heapq import merge
from typing import Any

try:  # re's own parser (3.11+): private, so a Python without it only loses the prefilter
    from re import _constants as sre_ops  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - every cue then runs as the plain regex
    sre_ops = sre_parser = None

# A character outside Latin-1 that IGNORECASE matches with a Latin-1 one («K» Kelvin sign,
# dotless «ı», long «ſ», «ẞ»): lower() does not map it onto that letter, so when a text holds
# one, its lower-case form is no stand-in for case-insensitive matching.
_OUTSIDE_LATIN1 = re.compile(r"[^\x00-\xff]")
_LATIN1_ALIAS = re.compile(r"[\x00-\xff]", re.IGNORECASE)
# A backreference or conditional group: its pattern may refer to another pattern's groups.
_REFERS_BACK = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")

# Strings this long are rare enough in running text; beyond it, a shorter reach counts more.
SELECTIVE_LENGTH = 6

# Literal strings a match must contain, each with its reach: how many characters at most lie
# between the start of the match and the start of the string (None: no bound).
Literals = dict[str, int | None]


@lru_cache(maxsize=512)
def compile_any(patterns: tuple[str, ...]) -> CueRegex | None:
    """One case-insensitive regex matching any of the patterns (None when there are none)."""
    if not patterns:
        return None
    return CueRegex.compile(patterns, re.IGNORECASE | re.MULTILINE)


def search(patterns: tuple[str, ...], text: str) -> re.Match[str] | None:
    regex = compile_any(patterns)
    return None if regex is None else regex.search(text)


def search_lowered(patterns: tuple[str, ...], text: str, lower: str | None) -> re.Match[str] | None:
    """`search`, for one text asked about several sets of cues: `lower` is `lowered(text)`."""
    regex = compile_any(patterns)
    return None if regex is None else regex.search_lowered(text, lower)


def lowered(text: str) -> str | None:
    """The text in lower case, or None when that could hide a case-insensitive match.

    Within Latin-1, IGNORECASE equality is equality after lower() (checked for all pairs)."""
    try:
        text.encode("latin-1")  # the usual case, and much quicker to tell than by a search
    except UnicodeEncodeError:
        if any(_LATIN1_ALIAS.match(char) for char in set(_OUTSIDE_LATIN1.findall(text))):
            return None
    return text.lower()


@dataclass(frozen=True, slots=True)
class _Cue:
    """One pattern of a CueRegex: the strings its matches contain, and their reach."""

    strings: frozenset[str]  # lower case, looked for in the lower-cased text
    reach: int | None  # the widest of the strings' reaches
    reaches: tuple[tuple[str, int], ...]  # each string's own reach (none when one is unbounded)
    opens_line: bool  # the pattern starts with `^`
    alone: re.Pattern[str] | None  # reach unbounded, no `^`: where it matches by itself

    @classmethod
    def of(cls, pattern: str, flags: int) -> _Cue | None:
        """None when the pattern has no required strings, or may refer to another pattern's
        groups (a backreference): then where it matches by itself tells nothing."""
        if sre_parser is None:
            return None
        try:
            items = sre_parser.parse(pattern, flags)
            found = _sequence(items)
        except Exception:  # what we cannot read gets no prefilter: the same answers, slower
            return None
        if not found or _REFERS_BACK.search(pattern):
            return None
        reaches = tuple((s, r) for s, r in sorted(found.items()) if r is not None)
        reach = max(r for _, r in reaches) if len(reaches) == len(found) else None
        opens_line = len(items) > 0 and items[0] == (sre_ops.AT, sre_ops.AT_BEGINNING)
        alone = re.compile(pattern, flags) if reach is None and not opens_line else None
        return cls(frozenset(found), reach, reaches if reach is not None else (), opens_line, alone)

    def unbounded_starts(self, text: str) -> Iterator[int]:
        """Where a match may start when the reach of the strings has no bound: at the start
        of a line for `^…`, else wherever the pattern by itself matches."""
        return _match_starts(self.alone, text) if self.alone else _line_starts(text)


@dataclass(frozen=True, slots=True)
class CueRegex:
    """Any of several cue patterns; `search` and `finditer` answer exactly as the compiled
    alternation does, but try it only where a match can start."""

    regex: re.Pattern[str]
    cues: tuple[_Cue, ...] | None  # None: some pattern has no required strings
    strings: tuple[str, ...]  # those of all cues: most texts hold none of them
    # the widest reach of each string of the cues with bounded reach: a string found tells
    # where a match may start, whichever of those cues holds it
    reaches: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    unbounded: tuple[_Cue, ...] = ()  # the cues without bounded reach

    @classmethod
    def compile(cls, patterns: Sequence[str], flags: int) -> CueRegex:
        regex = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
        cues: list[_Cue] = []
        for pattern in patterns:
            cue = _Cue.of(pattern, flags)
            if cue is None:
                return cls(regex, None, ())  # no prefilter: the regex scans every text
            cues.append(cue)
        strings = tuple(sorted({string for cue in cues for string in cue.strings}))
        reaches: dict[str, int] = {}
        for cue in cues:
            for string, reach in cue.reaches:
                reaches[string] = max(reach, reaches.get(string, 0))
        unbounded = tuple(cue for cue in cues if cue.reach is None)
        return cls(regex, tuple(cues), strings, reaches, unbounded)

    def string_positions(self, lower: str) -> list[int] | None:
        """Where one of the cues' strings starts in a lowered text (unordered); no match lies
        elsewhere. None: the regex has no prefilter, a match may be anywhere."""
        return None if self.cues is None else list(_occurrences(self.strings, lower))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.finditer_lowered(text, lowered(text) if self.cues is not None else None)

    def search_lowered(self, text: str, lower: str | None) -> re.Match[str] | None:
        return next(self.finditer_lowered(text, lower), None)

    def finditer_lowered(self, text: str, lower: str | None) -> Iterator[re.Match[str]]:
        """`finditer`, for a caller that searches one text for several cues: `lower` is
        `lowered(text)`, worked out once."""
        if self.cues is None or lower is None:
            return self.regex.finditer(text)
        present = {string for string in self.strings if string in lower}
        if not present:
            return iter(())
        if len(lower) != len(text):
            return self.regex.finditer(text)  # positions in `lower` are not those in `text`
        # each string found within its own reach: a cue whose strings lie at different
        # distances from its start («\bmøte\w*|\b\d{1,2}\. ?(januar|…)») is not tried the
        # widest distance before every «.»
        starts = _starts(lower, present, self.reaches)
        others = [
            cue.unbounded_starts(text)
            for cue in self.unbounded
            if not cue.strings.isdisjoint(present)
        ]
        return self._tried_at(text, merge(starts, *others) if others else starts)

    def _tried_at(self, text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
        """The matches a scan of the whole text finds, given (in order) every position where
        one may start: `match` there is what the scan tries at that position (`^`, `\\b` and
        lookbehind see the whole text). No match is empty: each holds one of the strings."""
        end = 0
        for start in starts:
            if start >= end:
                match = self.regex.match(text, start)
                end = match.end() if match else start + 1
                if match:
                    yield match


def _occurrences(strings: Iterable[str], lower: str) -> Iterator[int]:
    """Where one of the strings starts, overlapping ones included."""
    for string in strings:
        at = lower.find(string)
        while at >= 0:
            yield at
            at = lower.find(string, at + 1)


def _starts(lower: str, present: Iterable[str], reaches: dict[str, int]) -> list[int]:
    """Every position within reach before an occurrence of a string, in order (a string
    without a reach belongs to unbounded cues only)."""
    found: set[int] = set()
    for string in present:
        reach = reaches.get(string)
        if reach is None:
            continue
        at = lower.find(string)
        while at >= 0:
            found.update(range(max(0, at - reach), at + 1))
            at = lower.find(string, at + 1)
    return sorted(found)


def _line_starts(text: str) -> Iterator[int]:
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


def _match_starts(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    """Every position where the pattern matches, in order."""
    found = pattern.search(text)
    while found:
        yield found.start()
        found = pattern.search(text, found.start() + 1)


def _sequence(items: Sequence[tuple[Any, Any]]) -> Literals | None:
    """Lower-case Latin-1 strings one of which every match of the items contains (None: no
    such set, e.g. for `\\w+@\\w+`). The items (as `re` itself parses a pattern, so the
    strings follow its real structure) must all match one after another: the strings are a
    run of consecutive literal characters or those of the mandatory group that makes the best
    prefilter. An item this does not know contributes no string: a weaker prefilter only."""
    best: Literals | None = None
    run, run_reach = "", None
    reach: int | None = 0  # the widest the items so far can match
    for op, argument in items:
        if op is sre_ops.LITERAL and argument <= 0xFF:
            run, run_reach = run + chr(argument).lower(), run_reach if run else reach
        else:
            best = _better(best, {run: run_reach} if run else None)
            best = _better(best, _shifted(_item(op, argument), reach))
            run = ""
        width = _width(op, argument)
        reach = None if reach is None or width is None else reach + width
    return _better(best, {run: run_reach} if run else None)


def _item(op: Any, argument: Any) -> Literals | None:
    if op is sre_ops.SUBPATTERN:  # (group, added flags, removed flags, pattern)
        return _sequence(argument[3])
    if op is sre_ops.BRANCH:  # (None, alternatives): one of them matches
        merged: Literals = {}
        for alternative in argument[1]:
            found = _sequence(alternative)
            if found is None:
                return None
            for literal, reach in found.items():
                merged[literal] = _widest(merged.get(literal, 0), reach)
        return merged
    repeats = (sre_ops.MAX_REPEAT, sre_ops.MIN_REPEAT, sre_ops.POSSESSIVE_REPEAT)
    if op in repeats and argument[0] >= 1:  # (minimum, maximum, pattern)
        return _sequence(argument[2])
    return None  # optional, zero-width, a character class or anything else: nothing certain


def _width(op: Any, argument: Any) -> int | None:
    """The most characters the item can match (None: no bound, or an item we do not know)."""
    if op in (sre_ops.LITERAL, sre_ops.NOT_LITERAL, sre_ops.IN, sre_ops.ANY):
        return 1
    if op in (sre_ops.AT, sre_ops.ASSERT, sre_ops.ASSERT_NOT):
        return 0
    if op is sre_ops.SUBPATTERN:
        return _total_width(argument[3])
    if op is sre_ops.BRANCH:
        widths = [_total_width(alternative) for alternative in argument[1]]
        return None if None in widths else max(w for w in widths if w is not None)
    repeats = (sre_ops.MAX_REPEAT, sre_ops.MIN_REPEAT, sre_ops.POSSESSIVE_REPEAT)
    if op in repeats and argument[1] < sre_ops.MAXREPEAT:
        inner = _total_width(argument[2])
        return None if inner is None else argument[1] * inner
    return None


def _total_width(items: Sequence[tuple[Any, Any]]) -> int | None:
    total: int | None = 0
    for op, argument in items:
        width = _width(op, argument)
        total = None if total is None or width is None else total + width
    return total


def _widest(first: int | None, second: int | None) -> int | None:
    return None if first is None or second is None else max(first, second)


def _shifted(found: Literals | None, by: int | None) -> Literals | None:
    if found is None:
        return None
    return {lit: None if by is None or r is None else r + by for lit, r in found.items()}


def _better(first: Literals | None, second: Literals | None) -> Literals | None:
    """Bounded reach first (the regex need only be tried just before the strings), then
    longer strings (they occur less often), then the shorter reach (fewer tries each)."""
    if first is None or second is None:
        return first if second is None else second

    def rank(found: Literals) -> tuple[bool, int, int]:
        reaches = [r for r in found.values() if r is not None]
        bounded = len(reaches) == len(found)
        return bounded, min(SELECTIVE_LENGTH, *map(len, found)), -max(reaches, default=0)

    return second if rank(second) > rank(first) else first
