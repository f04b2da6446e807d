"""Pure: header fields too large for the stdlib's header parser, found before it sees them.

The stdlib parses a header value when it is first read, and that parse grows with the square of
its size: a Subject of 16,000 RFC 2047 encoded words (400 kB) took 3.1 GB, and 4,000 addresses in
one To field (43 kB) took 4 s. Real mail stays far below the limits here (a long References field
is a few kB). The scan runs in C (one regular expression over the bytes), so it costs little even
on a 50 MB message; anything that looks like a header field counts, also inside attached e-mails.
Only lines that hold a colon are tried (a base64 line holds none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["MAX_ENCODED_WORDS", "MAX_FIELD_BYTES", "header_problem"]

MAX_FIELD_BYTES = 32 * 1024  # one field, folded lines included
MAX_ENCODED_WORDS = 200  # RFC 2047 encoded words in one field

# A field name (RFC 5322 ftext, so ASCII: group 1) at the start of a line, and its folded
# continuation lines. The repeats are possessive (`++`, `*+`): what follows each can never be
# what it repeats (no `:` in ftext, no LF in a line), so they match exactly what greedy ones
# would, but a line of base64 without a colon fails at once instead of backtracking through
# every shorter name (half the scan's time on an attachment).
_FIELD = re.compile(rb"^([!-9;-~]++):[^\n]*+(?:\n[ \t][^\n]*+)*+", re.MULTILINE)
_ENCODED_WORD = re.compile(rb"=\?[^?\s]{1,75}\?[bBqQ]\?")
# Lines `_fields` tries one by one before it leaves the rest to `_FIELD.finditer`: a body of
# short lines with colons costs a Python step each, the plain scan a few steps in C.
_LINES_TRIED = 2000  # pragma: no mutate (any bound gives the same matches)


def header_problem(
    raw: bytes, max_field_bytes: int = MAX_FIELD_BYTES, max_encoded_words: int = MAX_ENCODED_WORDS
) -> str | None:
    """Why the message's headers must not be parsed (Norwegian, for the caseworker), or None."""
    for match in _fields(raw):
        start, end = match.span()
        if end - start > max_field_bytes:
            return _reason(match.group(1), f"er {(end - start) // 1024} kB lang")
        # A cheap pre-filter in C; the exact count below decides, so its bounds and its `>` are
        # not mutated (every variant gives the same verdicts).
        if raw.count(b"=?", start, end) > max_encoded_words:  # pragma: no mutate
            words = len(_ENCODED_WORD.findall(raw, start, end))
            if words > max_encoded_words:
                return _reason(match.group(1), f"har {words} kodede ord")
    return None


def _reason(field_name: bytes, what: str) -> str:
    return (
        "for stor eller for kompleks til å lese automatisk: "
        f"e-postfeltet «{field_name[:40].decode()}» {what}; "
        "originalen er lagret"
    )


def _fields(raw: bytes) -> Iterator[re.Match[bytes]]:
    """`_FIELD.finditer(raw)`, tried only at the start of a line that holds a colon.

    Every match starts at a line start and holds a colon on its first line (the name, a run of
    ftext, holds none), and never ends with a line break, so the next one starts on a later
    line. A line without a colon (base64, most of a body: 200 kB took 2 ms) is passed over by
    `bytes.find` in C. After `_LINES_TRIED` lines with a colon, the plain scan does the rest.
    """
    line = 0  # the start of the first line not yet settled
    for _ in range(_LINES_TRIED):  # pragma: no mutate
        colon = raw.find(b":", line)
        if colon < 0:
            return
        newline = raw.rfind(b"\n", line, colon)  # pragma: no mutate (none between is in line)
        match = _FIELD.match(raw, line if newline < 0 else newline + 1)
        if match is not None:
            yield match
            line = match.end()  # pragma: no mutate (a line break, or the end: found above)
        else:
            newline = raw.find(b"\n", colon)  # pragma: no mutate (from earlier: slower only)
            if newline < 0:  # pragma: no mutate (never 0: a colon comes first)
                return
            line = newline + 1  # pragma: no mutate (the line break is found above otherwise)
    yield from _FIELD.finditer(raw, line)
