"""Pure: a decrypted e-mail becomes its envelope, body text, documents and unreadable parts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser
from functools import partial

from cases.model import Document
from crypto.header_limits import header_problem
from reading import headers
from reading.decode import decode_text, html_to_text, unflow
from reading.documents import (
    ParseLimits,
    describe_size,
    documents_from_bytes,
    make_document,
    unreadable,
)
from reading.headers import HEADER_FAILURES, decoded_header, payload, raw_header
from reading.media_type import extension_for, sniff_media_type
from reading.mime import MAIL_POLICY, base64_payload

__all__ = [
    "Envelope",
    "ParseLimits",
    "ParsedMessage",
    "document_from_bytes",
    "parse_message",
    "read_envelope",
    "sniff_media_type",
]

_MAX_NESTING = 30  # multipart levels and attached e-mails together
_TOO_DEEP = "meldingen har for mange nivåer av vedlegg i vedlegg"
_BODY_TYPES = frozenset({"text/plain", "text/html"})
_WORD = re.compile(r"\w+")
_FEW_WORDS = 5  # a plain text that lacks fewer of the HTML's words is no poorer rendering
# … or lacks less than a quarter of them: faithful renderings that shorten a sentence or two lack
# up to a sixth (blind4 e034), poor ones two thirds and more
_MISSING_SHARE = 4
_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})
_SIGNATURE_TYPES = frozenset(
    {"application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature"}
)
DEFAULT_LIMITS = ParseLimits()


@dataclass(frozen=True, slots=True)
class Envelope:
    """Who sent a message, about what and when, and why it must not open a case if a machine did."""

    message_id: str | None
    sender: str
    sender_name: str
    subject: str
    date: datetime | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    automatic: str | None
    correspondents: tuple[str, ...] = ()  # «Svaradresse: …», «Kopi: …» (headers.correspondents)


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """The mail text, every attached document with its text, and why any could not be read."""

    body: str
    documents: tuple[Document, ...]
    problems: tuple[str, ...]


def mail_text(body: str, envelope: Envelope) -> str:
    """The mail text with the Reply-To and Cc addresses under it, as a mail client shows them:
    a request may name its contact person only there (R-CP-22)."""
    if not envelope.correspondents:
        return body
    return f"{body.rstrip()}\n\n" + "\n".join(envelope.correspondents)


def read_envelope(message: EmailMessage) -> Envelope:
    """The envelope of a message; never raises, falling back to raw header text."""
    sender_name, sender = headers.sender(message)
    return Envelope(
        message_id="".join(raw_header(message, "Message-ID").split()) or None,
        sender=sender,
        sender_name=" ".join(sender_name.split()),
        subject=" ".join(decoded_header(message, "Subject").split()),
        date=headers.date(raw_header(message, "Date")),
        in_reply_to=headers.message_ids(raw_header(message, "In-Reply-To")),
        references=headers.message_ids(raw_header(message, "References")),
        automatic=headers.automatic_reason(message, sender),
        correspondents=headers.correspondents(message),
    )


def parse_message(message: EmailMessage, limits: ParseLimits = DEFAULT_LIMITS) -> ParsedMessage:
    """Body text (plain preferred over HTML) and documents; unreadable parts become `problems`."""
    size = _encoded_size(message)
    if size > limits.max_message_bytes:
        limit = describe_size(limits.max_message_bytes)
        problem = f"meldingen er for stor ({describe_size(size)}; grensen er {limit})"
        return ParsedMessage("", (), (problem,))
    return _parse(message, limits, depth=0)


def document_from_bytes(
    name: str, declared_type: str, content: bytes, limits: ParseLimits
) -> tuple[list[Document], list[str]]:
    """One attachment: its documents (several for a ZIP or an attached e-mail) and problems."""
    reader = partial(_attached_message, depth=1)
    return documents_from_bytes(name, declared_type, content, limits, read_message=reader)


def _parse(message: MIMEPart, limits: ParseLimits, depth: int) -> ParsedMessage:
    body_part = _body_part(message)
    walker = _Walker(limits, body_part)
    walker.walk(message, depth, in_body_alternative=False)
    texts = [_part_text(body_part) if body_part is not None else "", *walker.extra_texts]
    body = "\n\n".join(text for text in texts if text)[: limits.max_text_chars]
    problems = tuple(dict.fromkeys(walker.problems))
    return ParsedMessage(body, tuple(walker.documents), problems)


@dataclass(slots=True)
class _Walker:
    limits: ParseLimits
    body_part: MIMEPart | None
    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    extra_texts: list[str] = field(default_factory=list)  # inline text parts after the body
    unnamed: int = 0

    def walk(self, part: MIMEPart, depth: int, *, in_body_alternative: bool) -> None:
        if depth > _MAX_NESTING:
            self.problems.append(_TOO_DEEP)
        elif part.get_content_type() in _MESSAGE_TYPES:
            self._add_forwarded(part, depth)
        elif part.is_multipart():
            # The other parts of the alternative that holds the body render the body again.
            alternative = part.get_content_type() == "multipart/alternative"
            inside = in_body_alternative or (alternative and _contains(part, self.body_part))
            for child in part.iter_parts():
                self.walk(child, depth + 1, in_body_alternative=inside)
        elif part is not self.body_part:
            self._add_leaf(part, depth, in_body_alternative)

    def _add_leaf(self, part: MIMEPart, depth: int, in_body_alternative: bool) -> None:
        media_type = part.get_content_type()
        filename = headers.filename(part)
        if media_type in _SIGNATURE_TYPES:
            return  # the OpenPGP/S-MIME layer has dealt with signatures before parsing
        if media_type in _BODY_TYPES and filename is None and not headers.is_attachment(part):
            if not in_body_alternative:
                self.extra_texts.append(_part_text(part))
            return
        content = base64_payload(part) or payload(part)
        declared = headers.declared_type(part)
        name = filename or self._next_name(extension_for(sniff_media_type(content, declared, "")))
        reader = partial(_attached_message, depth=depth + 1)
        documents, problems = documents_from_bytes(
            name, declared, content, self.limits, read_message=reader
        )
        self.documents += documents
        self.problems += problems

    def _add_forwarded(self, part: MIMEPart, depth: int) -> None:
        parts = part.get_payload()
        inner = parts[0] if isinstance(parts, list) and parts else None
        if not isinstance(inner, MIMEPart):
            self._add_leaf(part, depth, in_body_alternative=False)
            return
        subject = "".join(c for c in decoded_header(inner, "Subject") if c not in "/\\")
        subject = " ".join(subject.split())[:100]
        name = headers.filename(part) or (f"{subject}.eml" if subject else self._next_name(".eml"))
        content = headers.as_bytes(inner)
        documents, problems = _forwarded(name, inner, content, self.limits, depth + 1)
        self.documents += documents
        self.problems += problems

    def _next_name(self, extension: str) -> str:
        self.unnamed += 1
        return f"vedlegg-{self.unnamed}{extension}"


def _attached_message(
    name: str, content: bytes, limits: ParseLimits, *, depth: int
) -> tuple[list[Document], list[str]]:
    hostile = header_problem(content)
    if hostile is not None:  # checked before the stdlib parser sees the attached headers
        return [make_document(name, "message/rfc822", content, "")], [hostile]
    try:
        message = BytesParser(policy=MAIL_POLICY).parsebytes(content)
    except HEADER_FAILURES:  # the stdlib parser fails on some malformed MIME parameters
        return [make_document(name, "message/rfc822", content, "")], [
            unreadable(name, "skadet e-post")
        ]
    return _forwarded(name, message, content, limits, depth)


def _forwarded(
    name: str, message: MIMEPart, content: bytes, limits: ParseLimits, depth: int
) -> tuple[list[Document], list[str]]:
    """An attached e-mail: one document for its headers and body, one per attachment inside it."""
    parsed = _parse(message, limits, depth)
    text = (_header_block(message) + parsed.body)[: limits.max_text_chars]
    inner = [replace(document, name=f"{name}/{document.name}") for document in parsed.documents]
    return [make_document(name, "message/rfc822", content, text), *inner], list(parsed.problems)


def _header_block(message: MIMEPart) -> str:
    labels = (("Fra", "From"), ("Til", "To"), ("Dato", "Date"), ("Emne", "Subject"))
    lines = (
        f"{label}: {' '.join(decoded_header(message, name).split())}" for label, name in labels
    )
    return "".join(f"{line}\n" for line in lines if not line.endswith(": ")) + "\n"


def _body_part(message: MIMEPart) -> MIMEPart | None:
    """The part that carries the mail text: the plain text, unless the HTML it stands beside
    carries more (R-CP-124)."""
    try:
        chosen = message.get_body(preferencelist=("plain", "html"))
        if chosen is None or chosen.get_content_type() != "text/plain":
            return chosen
        html = _html_beside(message, chosen)
    except HEADER_FAILURES:
        return None
    return (
        html if html is not None and _carries_more(_part_text(html), _part_text(chosen)) else chosen
    )


def _html_beside(message: MIMEPart, plain: MIMEPart) -> MIMEPart | None:
    """The HTML rendering in the multipart/alternative that holds `plain`, if any."""
    for part in message.walk():
        if part.get_content_type() == "multipart/alternative" and plain in part.iter_parts():
            assert isinstance(part, MIMEPart)
            return part.get_body(preferencelist=("html",))
    return None


def _carries_more(html: str, plain: str) -> bool:
    """Mail clients write the plain alternative from the HTML one, and some write little: «see
    the HTML version», or a table's cells run together into words of their own. The HTML then
    holds what the sender wrote: when many of its words are nowhere in the plain text."""
    words = set(_WORD.findall(html.lower()))
    missing = words - set(_WORD.findall(plain.lower()))
    return len(missing) >= _FEW_WORDS and len(missing) * _MISSING_SHARE >= len(words)


def _part_text(part: MIMEPart) -> str:
    text = decode_text(payload(part), headers.charset(part))
    if part.get_content_type() == "text/html":
        return html_to_text(text)
    flowed, delete_space = headers.is_flowed(part)
    return (unflow(text, delete_space=delete_space) if flowed else text).strip()


def _contains(part: MIMEPart, target: MIMEPart | None) -> bool:
    stack = [part]
    while stack:
        current = stack.pop()
        if current is target:
            return True
        stack.extend(current.iter_parts())
    return False


def _encoded_size(message: MIMEPart) -> int:
    """The size of every part's payload as transferred (the message size, less its headers)."""
    total, stack = 0, list[Message]([message])
    while stack:
        part = stack.pop()
        try:
            content = part.get_payload()
        except HEADER_FAILURES:  # 8-bit text under a charset parameter that cannot be used
            content = part.get_payload(decode=True)
        if isinstance(content, list):
            stack.extend(child for child in content if isinstance(child, Message))
        elif isinstance(content, str | bytes):
            total += len(content)
    return total
