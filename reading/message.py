"""Pure: one message's bytes become the facts intake decides on, or the reason they cannot.

Reading (header checks, decryption, MIME and document parsing) is everything intake does that a
hostile message can make slow or large. It is a function of the bytes and the keyring alone and
its result is a plain picklable value, so it can run in a child process with a budget
(intake.sandbox) while the caller keeps the register transaction. Every text that comes out is
fit for both databases: no NUL characters, no undecodable surrogates, and fields that fit their
columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Protocol

from cases.errors import GpgUnavailable
from cases.model import CryptoRecord, Document
from crypto.header_limits import header_problem
from reading.headers import repair_text
from reading.parse import Envelope, ParsedMessage, ParseLimits, parse_message, read_envelope
from reading.unwrap import Decryptor, open_message

__all__ = [
    "OVER_BUDGET",
    "InProcessReader",
    "MessageBudget",
    "MessageFacts",
    "MessageReader",
    "Unreadable",
    "clean_text",
    "over_budget",
    "read_message",
]

_MIB = 1024 * 1024
OVER_BUDGET = "for stor eller for kompleks til å lese automatisk"
TOO_DEEP = "meldingen er nøstet for dypt til å kunne åpnes"
# Column widths of the register (cases.orm); longer values are cut, never refused.
_MESSAGE_ID_CHARS = 998
_ADDRESS_CHARS = 320
_NAME_CHARS = 500
_MEDIA_TYPE_CHARS = 200
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class MessageBudget:
    """What reading one message may cost; a message over it is quarantined as OVER_BUDGET."""

    seconds: float = 180.0  # reading.ocr may spend 60 s on each scanned document
    memory_bytes: int = 1024 * _MIB  # address space on top of the reader process's own
    max_extracted_bytes: int = 100 * _MIB  # documents' bytes and text together
    max_text_chars: int = 10_000_000  # the text of the body and every document together
    max_tasks: int = 200  # messages one child process reads before a fresh one is started


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """A read message: envelope, decrypted subject, crypto record, and its documents.

    ``failures`` (the OpenPGP layer's) mean quarantine. ``parsed`` is None when there are
    failures or the message was sent by a machine: nothing of it would be kept.
    """

    envelope: Envelope
    subject: str
    crypto: CryptoRecord
    failures: tuple[str, ...]
    parsed: ParsedMessage | None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A message that could not be read; ``retry``: the fault may be the machine's, not its own."""

    reason: str
    retry: bool = False


class MessageReader(Protocol):
    """Turns a message's bytes into facts (in this process, or in a child with a budget)."""

    def read(self, raw: bytes, limits: ParseLimits) -> MessageFacts | Unreadable: ...


@dataclass(frozen=True, slots=True)
class InProcessReader:
    """Reads in the calling process: no time or memory limit (tests, and tools on trusted mail)."""

    decryptor: Decryptor
    budget: MessageBudget = field(default_factory=MessageBudget)

    def read(self, raw: bytes, limits: ParseLimits) -> MessageFacts | Unreadable:
        return read_message(raw, self.decryptor, limits, self.budget)


def read_message(
    raw: bytes, decryptor: Decryptor, limits: ParseLimits, budget: MessageBudget
) -> MessageFacts | Unreadable:
    """Header checks, decryption, envelope and documents, within the size part of the budget."""
    problem = header_problem(raw)
    if problem is not None:
        return Unreadable(problem)
    limits = replace(
        limits, max_unpacked_bytes=min(limits.max_unpacked_bytes, budget.max_extracted_bytes)
    )
    try:
        return _read(raw, decryptor, limits, budget)
    except RecursionError:  # the stdlib parsers recurse per MIME level: about 1,000 is the end
        return Unreadable(TOO_DEEP)
    except GpgUnavailable as exc:
        return Unreadable(exc.user_message(), retry=True)


def _read(
    raw: bytes, decryptor: Decryptor, limits: ParseLimits, budget: MessageBudget
) -> MessageFacts | Unreadable:
    opened = open_message(raw, decryptor)
    envelope = _clean_envelope(read_envelope(opened.message))
    subject = clean_text(opened.protected_subject or envelope.subject)
    failures = tuple(clean_text(failure) for failure in opened.failures)
    parsed = None
    if not failures and envelope.automatic is None:
        parsed = parse_message(opened.message, limits)
        problem = over_budget(parsed, budget)
        if problem is not None:
            return Unreadable(problem)
        parsed = clean_parsed(parsed)
    return MessageFacts(envelope, subject, opened.crypto, failures, parsed)


def over_budget(parsed: ParsedMessage, budget: MessageBudget) -> str | None:
    """Why the documents of one message are more than the register takes from one message."""
    text = len(parsed.body) + sum(len(document.text) for document in parsed.documents)
    extracted = text + sum(len(document.content) for document in parsed.documents)
    if extracted > budget.max_extracted_bytes:
        size = f"{extracted // _MIB} MB"
        return f"{OVER_BUDGET} ({size} innhold etter utpakking); originalen er lagret"
    if text > budget.max_text_chars:
        return f"{OVER_BUDGET} ({text} tegn tekst); originalen er lagret"
    return None


def clean_text(text: str, limit: int | None = None) -> str:
    """Text both databases store alike: raw bytes decoded, no NUL, at most ``limit`` characters."""
    if _SURROGATE.search(text):
        text = repair_text(text)  # the parser's escapes for raw 8-bit bytes (RFC 6532 UTF-8)
        text = text.encode("utf-8", "replace").decode("utf-8")  # any lone surrogate left
    text = text.replace("\x00", "")
    return text if limit is None else text[:limit]


def _clean_envelope(envelope: Envelope) -> Envelope:
    sender = clean_text(envelope.sender)
    message_id = clean_text(envelope.message_id or "", _MESSAGE_ID_CHARS)
    return replace(
        envelope,
        message_id=message_id or None,
        sender=sender if len(sender) <= _ADDRESS_CHARS else "",  # cut, it would be another's
        sender_name=clean_text(envelope.sender_name, _ADDRESS_CHARS),
        subject=clean_text(envelope.subject),
        in_reply_to=tuple(clean_text(i, _MESSAGE_ID_CHARS) for i in envelope.in_reply_to),
        references=tuple(clean_text(i, _MESSAGE_ID_CHARS) for i in envelope.references),
        automatic=clean_text(envelope.automatic) if envelope.automatic else None,
        correspondents=tuple(clean_text(c, _ADDRESS_CHARS * 2) for c in envelope.correspondents),
    )


def clean_parsed(parsed: ParsedMessage) -> ParsedMessage:
    return ParsedMessage(
        clean_text(parsed.body),
        tuple(_clean_document(document) for document in parsed.documents),
        tuple(clean_text(problem) for problem in parsed.problems),
    )


def _clean_document(document: Document) -> Document:
    name = clean_text(document.name)
    if len(name) > _NAME_CHARS:  # keep the end: the file's own name and its extension
        name = "…" + name[-(_NAME_CHARS - 1) :]
    return replace(
        document,
        name=name,
        media_type=clean_text(document.media_type, _MEDIA_TYPE_CHARS),
        text=clean_text(document.text),
    )
