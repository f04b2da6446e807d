"""Pure: the e-mail parser's policy, parsing a message's bytes, and decoding MIME payloads
without extra copies (shared by reading.unwrap and .parse)."""

from __future__ import annotations

import base64
import binascii
import re
import weakref
from collections.abc import Iterator
from email import policy
from email.feedparser import FeedParser
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage, Message
from functools import lru_cache
from typing import cast

# Header values longer than this are parsed each time they are read, as the stdlib does.
_KEPT_HEADER_CHARS = 998  # RFC 5322's line limit: every real Content-Type and its parameters


class _ReadOnceHeaders(HeaderRegistry):
    """``policy.default``'s header registry, keeping the header objects of short values.

    The stdlib parses a header value again each time it is read, and reading one message asks
    for the Content-Type of its parts a few dozen times (``get_content_type``, ``get_param``,
    ``get_filename``, ``get_body`` …): about 75 parses and a fifth of the reading time of a
    small encrypted request. A header object is an immutable value of its name and value alone,
    so the same one can answer every time; at most 512 short values are kept.
    """

    def __call__(self, name: str, value: str) -> BaseHeader:
        if len(value) > _KEPT_HEADER_CHARS:
            return super().__call__(name, value)
        return self._kept(name, value)

    @lru_cache(maxsize=512)  # noqa: B019 - one registry for the process, never freed anyway
    def _kept(self, name: str, value: str) -> BaseHeader:
        return super().__call__(name, value)


# ``policy.default`` (the parser's, for every message read), with its headers parsed once.
MAIL_POLICY = policy.default.clone(header_factory=_ReadOnceHeaders())


def base64_payload(part: Message) -> bytes | None:
    """``get_payload(decode=True)`` of well-formed base64, without the stdlib's copy per line.

    The stdlib joins ``splitlines()`` (a 34 MB attachment peaked at 120 MB there); removing CR
    and LF is the same join. Anything it would have to repair gives None: the caller then lets
    the stdlib decode it, so behaviour on malformed input is unchanged.

    A part's bytes are decoded once for two calls while its payload stays the same string: the
    OpenPGP layer (is an attachment encrypted?) and then the document reader (or the decryption
    of an encrypted attachment) ask for every attachment's. The second call takes them over.
    """
    try:
        # not mutated: field names are case-insensitive, and any default is not "base64"
        encoding = str(part.get("content-transfer-encoding", "")).lower()  # pragma: no mutate
        text = part.get_payload()
    except Exception:  # a malformed header or charset: the stdlib handles it as before
        return None
    if encoding != "base64" or not isinstance(text, str):
        return None
    kept = _DECODED.pop(part, None)
    if kept is not None and kept[0] is text:
        return kept[1]
    if not text.isascii():
        return None
    encoded = text.encode("ascii").translate(None, b"\r\n")
    if len(encoded) % 4:
        return None
    try:
        decoded = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        return None
    _DECODED[part] = (text, decoded)
    return decoded


# The bytes base64_payload decoded for a part, with the payload string they were decoded from
# (kept alive here, so another string cannot take its identity): until the next call for the
# part, or the part is gone.
_DECODED: weakref.WeakKeyDictionary[Message, tuple[str, bytes]] = weakref.WeakKeyDictionary()


FEED_CHUNK = 64 * 1024  # bytes handed to the e-mail parser at a time
# A run of at least this many lines of the base64 alphabet (base64 bodies, ASCII armor) goes
# through the parser as one line (parse_bytes). Runs are found whole from 4 lines, the shorter
# ones passed over: a pattern asking for 16 lines would scan a hostile message of 15-line runs
# 8 times over (2.2 s for 23 MB, against the stdlib's 0.12 s), and one finding single lines
# would cost a loop in Python for each of them. Now the worst case measured is 1.3 x the
# stdlib parser's time.
_RUN_LINES = 16
# Possessive: a plain repeat keeps a backtracking entry per line (94 MB for a 34 MB body).
_RUN = re.compile(rb"^(?:[A-Za-z0-9+/=]++\r?\n){4,}+", re.MULTILINE)
# Stands for one run while the parser works: no text decoded from bytes holds U+E000 or U+E001
# (ASCII, and U+DC80-U+DCFF for the other bytes), so a mark is never the message's own.
_MARK = "\ue000"
_STAND_IN = re.compile("\ue000([0-9]+)\ue001")


def parse_bytes(raw: bytes, *, crlf_to_lf: bool = False) -> EmailMessage:
    """``BytesParser(policy=MAIL_POLICY).parsebytes(raw)``: the same message, faster and smaller.

    The stdlib parser handles a message line by line in Python: the base64 lines of a 200 KB
    attachment cost more than decrypting it. Here each run of such lines reaches the parser as
    one line, and the run is put back in the parsed message where that line ended up (a payload,
    a preamble or an epilogue). The parser only ever tells a line apart by whether it is blank,
    is a header or a continuation (a colon, «From », leading white space), or starts a boundary
    («--»): a line of base64 characters is none of these, and neither is the line standing in
    for a run, which also ends the way the run's last line does. So every decision is the same.

    parsebytes first copies the whole message into a StringIO whose buffer takes 4 bytes per
    character (a 35 MB message peaked at 250 MB there); the rest is fed in slices instead. A
    34 MB base64 attachment now peaks at its own size on top of the message (the stdlib's
    string per line and their join: 94 MB).
    ``crlf_to_lf`` is ``raw.replace(b"\r\n", b"\n")`` without a second copy of the message.
    """
    parser = FeedParser(policy=MAIL_POLICY)
    runs: list[str] = []
    position = 0
    with memoryview(raw) as view:  # a run is decoded from the message's bytes, not a copy
        for run in _RUN.finditer(raw):
            start, end = run.span()
            if raw.count(b"\n", start, end) < _RUN_LINES:
                continue  # fed with the text around it
            for piece in _slices(raw, position, start, crlf_to_lf):
                parser.feed(piece)
            ending = "\r\n" if raw[end - 2 : end] == b"\r\n" else "\n"
            text = str(view[start : end - len(ending)], "ascii")
            if crlf_to_lf:
                text, ending = text.replace("\r\n", "\n"), "\n"
            parser.feed(f"{_MARK}{len(runs)}\ue001{ending}")
            runs.append(text)
            position = end
    for piece in _slices(raw, position, len(raw), crlf_to_lf):
        parser.feed(piece)
    message = cast(EmailMessage, parser.close())
    if runs:
        _put_back(message, runs)  # a payload that is one run becomes that very string
    return message


def _slices(raw: bytes, start: int, end: int, crlf_to_lf: bool) -> Iterator[str]:
    """raw[start:end] as the bytes parser decodes it, in slices. A run starts after a line
    feed and ends with one, so no CR LF pair spans two stretches."""
    carry = b""  # a CR at the end of a slice may pair with the LF that starts the next one
    for begin in range(start, end, FEED_CHUNK):
        piece = raw[begin : min(begin + FEED_CHUNK, end)]
        if crlf_to_lf:
            piece = (carry + piece).replace(b"\r\n", b"\n")
            piece, carry = (piece[:-1], b"\r") if piece.endswith(b"\r") else (piece, b"")
        yield piece.decode("ascii", "surrogateescape")
    if carry:
        yield carry.decode("ascii")


def _put_back(message: Message, runs: list[str]) -> None:
    """Each run where the parser left the line that stood in for it."""

    def run(found: re.Match[str]) -> str:
        return runs[int(found.group(1))]

    for part in message.walk():
        payload = getattr(part, "_payload", None)  # get_payload() would decode it, or copy it
        if isinstance(payload, str) and _MARK in payload:
            part.set_payload(_STAND_IN.sub(run, payload))  # a str: stored as it is
        if part.preamble and _MARK in part.preamble:
            part.preamble = _STAND_IN.sub(run, part.preamble)
        if part.epilogue and _MARK in part.epilogue:
            part.epilogue = _STAND_IN.sub(run, part.epilogue)
