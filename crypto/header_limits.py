"""Pure: header fields too large for the stdlib's header parser, found before it sees them.

The stdlib parses a header value when it is first read, and that parse grows with the square of
its size: a Subject of 16,000 RFC 2047 encoded words (400 kB) took 3.1 GB, and 4,000 addresses in
one To field (43 kB) took 4 s. Real mail stays far below the limits here (a long References field
is a few kB). The scan runs in C (one regular expression over the bytes), so it costs little even
on a 50 MB message; anything that looks like a header field counts, also inside attached e-mails.
"""

from __future__ import annotations

import re

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


def header_problem(
    raw: bytes, max_field_bytes: int = MAX_FIELD_BYTES, max_encoded_words: int = MAX_ENCODED_WORDS
) -> str | None:
    """Why the message's headers must not be parsed (Norwegian, for the caseworker), or None."""
    for match in _FIELD.finditer(raw):
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
