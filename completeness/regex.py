"""Pure: the cue regexes, case-insensitive, behind a cheap prefilter (same matches, less work).

`re` has no fast path for an IGNORECASE alternation: it tries every alternative at every
position, up to a microsecond per character for a part's cues, and the check runs dozens of
them over every line and sentence. Yet every match of a cue contains one of a few literal
strings, mostly at a bounded distance from where the match starts: each match of
`personvernombu[dn]\\w*|personvernombod\\w*` starts with «personvernomb». Looking for those
strings in the lower-cased text is an order of magnitude cheaper. Where none occurs, the cue
cannot match; where some do, the regex is tried only at the positions a match could start,
with `Pattern.match`, which is exactly what a scan of the whole text tries there. Each string
counts within its own reach, and a pattern that holds further such items (`DPIA.{0,20}
ettersendes` holds «dpia» as well as «ettersendes») is tried only where one string of each
lies within reach.
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
# Strings this long in a further set are worth looking for near each position («ikke» is,
# a blank or a full stop is not).
SELECTIVE_AFTER = 3

# Literal strings a match must contain, each with its reach: how many characters at most lie
# between the start of the match and the start of the string (None: no bound).
Literals = dict[str, int | None]
# The same, frozen: each string with its reach.
Reaches = tuple[tuple[str, int | None], ...]


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


@lru_cache(maxsize=1024)  # one text is searched for several sets of cues, one after another
def lowered(text: str) -> str | None:
    """The text in lower case, or None when that could hide a case-insensitive match.

    Within Latin-1, IGNORECASE equality is equality after lower() (checked for all pairs)."""
    if text.isascii():  # known without a look at the characters
        return text.lower()
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
    reach: int | None  # the widest of the strings' reaches (None: one has no bound)
    opens_line: bool  # the pattern starts with `^`
    alone: re.Pattern[str] | None  # reach unbounded, no `^`: where it matches by itself
    reaches: Reaches  # each of the strings with its own reach
    # The other sets of strings a match holds one of, one for each further item the pattern
    # cannot match without («DPIA» in `DPIA.{0,20}ettersendes`): a match starts within reach
    # of one string of every set.
    also: tuple[Reaches, ...]
    # those of them worth looking for near each position: strings not too short, each
    # within a bounded reach
    narrowing: tuple[Reaches, ...] = ()

    @classmethod
    def of(cls, pattern: str, flags: int) -> _Cue | None:
        """None when the pattern has no required strings, or may refer to another pattern's
        groups (a backreference): then where it matches by itself tells nothing."""
        if sre_parser is None:
            return None
        try:
            items = sre_parser.parse(pattern, flags)
            candidates = _candidates(items)
        except Exception:  # what we cannot read gets no prefilter: the same answers, slower
            return None
        found = _best(candidates)
        if not found or _REFERS_BACK.search(pattern):
            return None
        reaches = [r for r in found.values() if r is not None]
        reach = max(reaches) if len(reaches) == len(found) else None
        opens_line = len(items) > 0 and items[0] == (sre_ops.AT, sre_ops.AT_BEGINNING)
        alone = re.compile(pattern, flags) if reach is None and not opens_line else None
        also = tuple(_frozen(other) for other in candidates if other is not found)
        narrowing = tuple(
            strings
            for strings in also
            if all(len(s) >= SELECTIVE_AFTER and r is not None for s, r in strings)
        )
        return cls(frozenset(found), reach, opens_line, alone, _frozen(found), also, narrowing)

    def starts(self, text: str, lower: str, present: set[str]) -> list[int] | Iterator[int]:
        """Where a match may start in a text that holds some of the cue's strings (they are
        in `present`), in order: within reach of them and of one string of each further set
        (a list); where a string has no bound to its reach, at the start of a line for `^…`,
        else wherever the pattern by itself matches (found as they are asked for)."""
        for also in self.also:
            for string, _ in also:
                if string in lower:
                    break
            else:
                return []  # a set that every match holds one of has none in the text
        starts = _within_reach(lower, self.reaches, present)
        if starts is None:
            return _match_starts(self.alone, text) if self.alone else _line_starts(text)
        for also in self.narrowing:
            starts = _before(lower, starts, [(s, r) for s, r in also if s in lower])
        return starts


@dataclass(frozen=True, slots=True)
class CueRegex:
    """Any of several cue patterns; `search` and `finditer` answer exactly as the compiled
    alternation does, but try it only where a match can start."""

    regex: re.Pattern[str]
    cues: tuple[_Cue, ...] | None  # None: some pattern has no required strings
    strings: tuple[str, ...]  # those of all cues: most texts hold none of them
    # the cues that hold each string: those of the strings a text holds may match in it
    holders: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, hash=False)
    # The strings that hold none of the others («send», not «sendes»): looked for first. Each
    # other string is looked for only where one of these that it holds occurs.
    roots: tuple[str, ...] = ()
    beneath: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)

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
        holders = {s: tuple(i for i, cue in enumerate(cues) if s in cue.strings) for s in strings}
        roots = tuple(s for s in strings if not any(o != s and o in s for o in strings))
        beneath: dict[str, list[str]] = {}
        for string in strings:
            if string not in roots:  # it holds a root: one that is not there rules it out
                beneath.setdefault(next(r for r in roots if r in string), []).append(string)
        held = {root: tuple(found) for root, found in beneath.items()}
        return cls(regex, tuple(cues), strings, holders, roots, held)

    def string_positions(self, lower: str) -> list[int] | None:
        """Where one of the cues' strings starts in a lowered text (unordered); no match lies
        elsewhere. None: the regex has no prefilter, a match may be anywhere."""
        return None if self.cues is None else list(_occurrences(self._present(lower), lower))

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
        present: set[str] | None = None  # most texts hold none: no set until one is found
        for string in self.roots:
            if string in lower:
                present = present or set()
                present.add(string)
        if present is None:
            return iter(())
        if self.beneath:
            self._beneath(lower, present)
        if len(lower) != len(text):
            return self.regex.finditer(text)  # positions in `lower` are not those in `text`
        found: list[list[int]] = []
        lazy: list[Iterator[int]] = []
        live = (0,) if len(self.cues) == 1 else {i for s in present for i in self.holders[s]}
        for index in live:
            starts = self.cues[index].starts(text, lower, present)
            if isinstance(starts, list):
                found.append(starts)
            else:
                lazy.append(starts)
        bounded = found[0] if len(found) == 1 else sorted(set().union(*found))
        return self._tried_at(text, merge(bounded, *lazy) if lazy else bounded)

    def _present(self, lower: str) -> set[str]:
        """The strings the lowered text holds."""
        present = {string for string in self.roots if string in lower}
        self._beneath(lower, present)
        return present

    def _beneath(self, lower: str, present: set[str]) -> None:
        """Add to the roots `present` the strings beneath them that the text holds."""
        for root in [root for root in present if root in self.beneath]:
            present.update([string for string in self.beneath[root] if string in lower])

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


def _within_reach(lower: str, reaches: Reaches, present: set[str]) -> list[int] | None:
    """Every position within reach before an occurrence of one of the strings in `present`,
    in order; None when one of them has no bound to its reach."""
    found: list[list[int]] = []
    for string, reach in reaches:
        if string not in present:
            continue
        if reach is None:
            return None
        starts: list[int] = []
        end = 0  # past the positions taken: reaches before two occurrences may overlap
        at = lower.find(string)
        while at >= 0:
            starts.extend(range(max(end, at - reach), at + 1))
            end = at + 1
            at = lower.find(string, at + 1)
        found.append(starts)
    return found[0] if len(found) == 1 else sorted(set().union(*found))


def _before(lower: str, starts: list[int], reaches: Sequence[tuple[str, int | None]]) -> list[int]:
    """The positions within reach before an occurrence of one of the strings (each with a
    bound to its reach)."""
    if len(reaches) == 1:
        ((string, reach),) = reaches
        end = len(string) + (reach or 0)
        return [at for at in starts if lower.find(string, at, at + end) >= 0]
    ends = [(s, len(s) + (r or 0)) for s, r in reaches]
    return [at for at in starts if any(lower.find(s, at, at + end) >= 0 for s, end in ends)]


def _frozen(found: Literals) -> Reaches:
    return tuple(sorted(found.items()))


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
    such set, e.g. for `\\w+@\\w+`): of the candidates, the one that makes the best
    prefilter."""
    return _best(_candidates(items))


def _best(candidates: Iterable[Literals]) -> Literals | None:
    best: Literals | None = None
    for found in candidates:
        best = _better(best, found)
    return best


def _candidates(items: Sequence[tuple[Any, Any]]) -> list[Literals]:
    """Sets of lower-case Latin-1 strings, every match of the items contains one of each.
    The items (as `re` itself parses a pattern, so the strings follow its real structure)
    must all match one after another: each set is a run of consecutive literal characters or
    the best of a mandatory group. An item this does not know contributes no set: a weaker
    prefilter only."""
    found: list[Literals] = []
    run, run_reach = "", None
    reach: int | None = 0  # the widest the items so far can match
    for op, argument in items:
        if op is sre_ops.LITERAL and argument <= 0xFF:
            run, run_reach = run + chr(argument).lower(), run_reach if run else reach
        else:
            found += [{run: run_reach}] if run else []
            shifted = _shifted(_item(op, argument), reach)
            found += [shifted] if shifted else []
            run = ""
        width = _width(op, argument)
        reach = None if reach is None or width is None else reach + width
    return found + ([{run: run_reach}] if run else [])


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
