"""Pure: the e-mail parser's policy, and decoding MIME payloads without extra copies (shared by
reading.unwrap and .parse)."""

from __future__ import annotations

import base64
import binascii
from email import policy
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import Message
from functools import lru_cache

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
    """
    try:
        # not mutated: field names are case-insensitive, and any default is not "base64"
        encoding = str(part.get("content-transfer-encoding", "")).lower()  # pragma: no mutate
        text = part.get_payload()
    except Exception:  # a malformed header or charset: the stdlib handles it as before
        return None
    if encoding != "base64" or not isinstance(text, str) or not text.isascii():
        return None
    encoded = text.encode("ascii").translate(None, b"\r\n")
    if len(encoded) % 4:
        return None
    try:
        return base64.b64decode(encoded, validate=True)
    except binascii.Error:
        return None
