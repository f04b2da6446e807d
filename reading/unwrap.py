"""Pure: turns a received e-mail into its readable form by decrypting every OpenPGP part it holds.

Only stdlib ``email`` is used; decryption goes through a ``Decryptor`` (``crypto.gpg.GpgKeyring``
in production). Handled: PGP/MIME (RFC 3156), PGP/MIME rewritten to multipart/mixed by Exchange or
Google, inline armored blocks in text and HTML parts, encrypted attachments (.pgp/.gpg/.asc,
armored or binary, detected by content) and forwarded messages (message/rfc822). Nothing here
raises on malformed input: a part that cannot be opened becomes a failure reason instead.
"""

from __future__ import annotations

import base64
import quopri
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from typing import Protocol

from cases.model import CryptoRecord, Encryption, SignatureStatus
from crypto.armor import PacketKind, find_armored_blocks, packet_kind, repair_armor
from crypto.header_limits import header_problem
from crypto.status import REASONS, Decryption, FailureMode, strongest_signature
from reading.decode import decode_text, html_to_text
from reading.headers import charset
from reading.mime import base64_payload, parse_bytes

__all__ = ["Decryptor", "OpenedMessage", "open_message"]

_MAX_DEPTH = 16  # MIME nesting levels; real mail uses fewer than 6, a deeper message is hostile
_ARMOR_MARK = b"BEGIN PGP MESSAGE"
_ENCRYPTED_SUFFIXES = (".pgp", ".gpg", ".asc")
_SMIME_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
_NOT_ENCRYPTED = {PacketKind.SIGNED, PacketKind.OTHER, PacketKind.SIGNATURE}
_NOT_ENCRYPTED |= {PacketKind.PUBLIC_KEY, PacketKind.SECRET_KEY}
_MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".html": "text/html",
    ".xml": "application/xml",
    ".csv": "text/csv",
    ".json": "application/json",
    ".zip": "application/zip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class _HostileHeaders(Exception):
    """Headers the stdlib parser must not see (crypto.header_limits); ``reason`` is Norwegian."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Decryptor(Protocol):
    def decrypt(self, ciphertext: bytes) -> Decryption: ...
    def verify_detached(
        self, data: bytes, signature: bytes
    ) -> tuple[SignatureStatus, str | None]: ...


@dataclass(frozen=True)
class OpenedMessage:
    """The readable message and what the OpenPGP layer found; ``failures`` ⇒ quarantine."""

    message: EmailMessage
    crypto: CryptoRecord
    failures: tuple[str, ...] = ()
    protected_subject: str | None = None


@dataclass
class _Findings:
    """What one open_message call has seen so far (mutable while the message is walked)."""

    decryptor: Decryptor
    kinds: list[Encryption] = field(default_factory=list)
    key_ids: list[str] = field(default_factory=list)
    signatures: list[tuple[SignatureStatus, str | None]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    protected_subject: str | None = None
    crash: BaseException | None = None  # the decryptor's own error: I/O trouble, not bad input

    def decrypt(self, ciphertext: bytes, kind: Encryption, where: str) -> bytes | None:
        """The plaintext, or None after recording why there is none."""
        self.kinds.append(kind)
        found = packet_kind(ciphertext)
        if found in _NOT_ENCRYPTED:
            self._fail(where, FailureMode.NOT_ENCRYPTED)
            return None
        try:
            result = self.decryptor.decrypt(ciphertext)
        except Exception as error:
            self.crash = error
            raise
        self.key_ids.extend(result.recipient_key_ids)
        self.signatures.append((result.signature, result.signer_fingerprint))
        if result.ok:
            return result.data
        reason = result.reason or REASONS[FailureMode.UNKNOWN]
        if found is PacketKind.ENCRYPTED and reason == REASONS[FailureMode.NOT_OPENPGP]:
            reason = REASONS[FailureMode.DAMAGED]  # the armor said PGP MESSAGE: it was broken
        self.failures.append(f"{where}: {reason}")
        return None

    def _fail(self, where: str, mode: FailureMode) -> None:
        self.failures.append(f"{where}: {REASONS[mode]}")

    def record(self) -> CryptoRecord:
        signature, signer = strongest_signature(self.signatures)
        return CryptoRecord(
            encryption=tuple(dict.fromkeys(self.kinds)),
            recipient_key_ids=tuple(dict.fromkeys(self.key_ids)),
            signature=signature,
            signer_fingerprint=signer,
        )


def open_message(raw: bytes, decryptor: Decryptor) -> OpenedMessage:
    """Decrypt every encrypted part of a raw RFC 5322 message; never raises on bad input."""
    findings = _Findings(decryptor)
    message = _parse(raw)
    if message.get_content_type() == "multipart/signed":  # signed, not encrypted
        _verify_signed(raw, message, findings)
    _open_guarded(message, findings, depth=0, decrypted=False)
    return OpenedMessage(
        message=message,
        crypto=findings.record(),
        failures=tuple(findings.failures),
        protected_subject=findings.protected_subject,
    )


def _parse(raw: bytes, *, crlf_to_lf: bool = False) -> EmailMessage:
    """``BytesParser(policy=MAIL_POLICY).parsebytes(raw)``, fed in slices (reading.mime)."""
    return parse_bytes(raw, crlf_to_lf=crlf_to_lf)


def _open_guarded(part: Message, findings: _Findings, depth: int, decrypted: bool) -> None:
    """Open one part in place; a crash on a malformed part becomes that part's failure."""
    if depth > _MAX_DEPTH:
        findings.failures.append("meldingen er nøstet for dypt til å kunne åpnes")
        return
    try:
        _open_part(part, findings, depth, decrypted)
    except _HostileHeaders as error:
        findings.failures.append(error.reason)
    except Exception as error:  # malformed input must quarantine the message, not crash intake
        if error is findings.crash:
            raise  # gpg missing or the agent gone: the caller's retry policy decides
        name = type(error).__name__
        findings.failures.append(f"en del av meldingen kunne ikke leses ({name})")


def _open_part(part: Message, findings: _Findings, depth: int, decrypted: bool) -> None:
    content_type = part.get_content_type()
    if content_type == "multipart/encrypted":
        _open_pgp_mime(part, findings, depth, Encryption.PGP_MIME)
    elif content_type == "multipart/mixed" and _is_mangled(part):
        _open_mangled(part, findings, depth)
    elif content_type == "multipart/signed" and decrypted:
        _graft(part, _children(part)[0])  # the signature was checked by gpg, or cannot be here
        _open_guarded(part, findings, depth + 1, decrypted)
    elif content_type == "message/rfc822":
        _open_forwarded(part, findings, depth, decrypted)
    elif part.is_multipart():
        for child in _children(part):
            _open_guarded(child, findings, depth + 1, decrypted)
    elif _is_smime(part, depth):
        findings.kinds.append(Encryption.SMIME)
        findings.failures.append(_smime_reason(part))
    elif _is_encrypted_attachment(part):
        _open_attachment(part, findings)
    elif part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
        _open_text(part, findings, decrypted)


def _open_pgp_mime(part: Message, findings: _Findings, depth: int, kind: Encryption) -> bool:
    """RFC 3156: the second sub-part holds the ciphertext; the part becomes the inner entity."""
    children = _children(part)
    if len(children) < 2:
        findings.kinds.append(kind)
        findings.failures.append("PGP/MIME-melding uten kryptert innhold (ufullstendig)")
        return False
    return _replace_with_decrypted(part, children[1], findings, depth, kind)


def _replace_with_decrypted(
    part: Message, encrypted: Message, findings: _Findings, depth: int, kind: Encryption
) -> bool:
    # The ciphertext is not kept in a local: it need not live while the plaintext is parsed.
    plaintext = findings.decrypt(_payload_bytes(encrypted), kind, "kryptert melding")
    if plaintext is None:
        return False
    problem = header_problem(plaintext)
    if problem is not None:  # checked before the stdlib parser sees the decrypted headers
        findings.failures.append(problem)
        return False
    inner = _parse(plaintext, crlf_to_lf=True)  # gpg returns the canonical CRLF form
    if inner.get_content_type() == "multipart/signed":  # RFC 1847: signed, then encrypted
        _verify_signed(plaintext, inner, findings)
    del plaintext  # the parsed message holds the content now
    if findings.protected_subject is None:
        findings.protected_subject = _protected_subject(inner)
    _open_guarded(inner, findings, depth + 1, decrypted=True)
    _graft(part, inner)
    return True


def _verify_signed(entity: bytes, signed: Message, findings: _Findings) -> None:
    """RFC 3156 §5: the first part's exact bytes, in canonical CRLF form, against the signature."""
    children, boundary = _children(signed), signed.get_boundary()
    protocol = str(signed.get_param("protocol") or "").lower()
    if protocol != "application/pgp-signature" or len(children) < 2 or boundary is None:
        return
    content = _first_part_bytes(entity, boundary)
    if content is not None:
        signature = _payload_bytes(children[1])
        findings.signatures.append(findings.decryptor.verify_detached(content, signature))


def _first_part_bytes(entity: bytes, boundary: str) -> bytes | None:
    """The bytes between the first two delimiter lines of a multipart entity, CRLF-canonical."""
    text = b"\r\n" + entity.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    delimiter = b"\r\n--" + boundary.encode("ascii", "replace")
    start = text.find(delimiter + b"\r\n")
    if start < 0:
        return None
    begin = start + len(delimiter) + 2
    end = text.find(delimiter, begin)
    return text[begin:end] if end >= 0 else None


def _protected_subject(inner: Message) -> str | None:
    """The Subject inside the encryption (or its signed content): RFC 9788 header protection."""
    signed = _children(inner) if inner.get_content_type() == "multipart/signed" else []
    headers = signed[0] if signed else inner
    subject = headers["Subject"]
    return None if subject is None else str(subject)


def _is_mangled(part: Message) -> bool:
    """Exchange's [blank text, pgp-encrypted, octet-stream] or Google's [blank text, encrypted]."""
    children = _children(part)
    types = [child.get_content_type() for child in children]
    if types.count("multipart/encrypted") == 1:
        encrypted = {types.index("multipart/encrypted")}
    elif "application/pgp-encrypted" in types[:-1]:
        index = types.index("application/pgp-encrypted")
        encrypted = {index, index + 1}
    else:
        return False
    others = [child for n, child in enumerate(children) if n not in encrypted]
    return all(_is_blank_text(child) for child in others)


def _is_blank_text(part: Message) -> bool:
    if part.get_content_type() != "text/plain":
        return False
    text = _payload_bytes(part).decode("ascii", errors="replace")
    return not text.strip(" \t\r\n-")


def _open_mangled(part: Message, findings: _Findings, depth: int) -> None:
    children = _children(part)
    types = [child.get_content_type() for child in children]
    if "multipart/encrypted" in types:
        encrypted = children[types.index("multipart/encrypted")]
        if _open_pgp_mime(encrypted, findings, depth + 1, Encryption.PGP_MIME_MANGLED):
            _graft(part, encrypted)
        return
    ciphertext_part = children[types.index("application/pgp-encrypted") + 1]
    _replace_with_decrypted(part, ciphertext_part, findings, depth, Encryption.PGP_MIME_MANGLED)


def _open_forwarded(part: Message, findings: _Findings, depth: int, decrypted: bool) -> None:
    """message/rfc822: open the inner message; its protected subject is not ours."""
    _decode_forwarded(part)
    before, subject = len(findings.kinds), findings.protected_subject
    for inner in _children(part):
        _open_guarded(inner, findings, depth + 1, decrypted)
    findings.protected_subject = subject
    if len(findings.kinds) > before:
        findings.kinds.append(Encryption.FORWARDED)


def _decode_forwarded(part: Message) -> None:
    """Some clients (alot) base64-encode message/rfc822, which RFC 2046 forbids; undo it."""
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    children = _children(part)
    if encoding not in ("base64", "quoted-printable") or len(children) != 1:
        return
    encoded = children[0].as_bytes()  # the parser took the encoded text for a headerless message
    raw = base64.b64decode(encoded) if encoding == "base64" else quopri.decodestring(encoded)
    problem = header_problem(raw)
    if problem is not None:
        raise _HostileHeaders(problem)
    part.set_payload([_parse(raw)])
    del part["Content-Transfer-Encoding"]


def _is_smime(part: Message, depth: int) -> bool:
    """The message itself is S/MIME with its content wrapped (RFC 8551 §3.2: application/
    pkcs7-mime, or the whole message as a .p7m file). A detached S/MIME signature leaves the
    content readable, and an attached .p7m file is one unreadable document, not the message."""
    if part.get_content_disposition() == "attachment":
        return False
    named = depth == 0 and (part.get_filename() or "").lower().endswith(".p7m")
    return part.get_content_type() in _SMIME_TYPES or named


def _smime_reason(part: Message) -> str:
    kind = str(part.get_param("smime-type") or "").lower()
    if kind == "signed-data":
        return (
            "S/MIME-signert melding der innholdet er pakket inn i signaturen: innholdet kan ikke "
            "leses; be avsenderen sende på nytt uten slik innpakning, eller kryptert med OpenPGP"
        )
    return (
        "S/MIME-kryptert melding: vi kan bare lese OpenPGP-kryptert e-post; be avsenderen "
        "sende på nytt kryptert med OpenPGP til Datatilsynets nøkkel"
    )


def _is_encrypted_attachment(part: Message) -> bool:
    name = (part.get_filename() or "").lower()
    named = name.endswith(_ENCRYPTED_SUFFIXES) or part.get_content_disposition() == "attachment"
    binary = part.get_content_maintype() != "text"
    return (named or binary) and packet_kind(_payload_bytes(part)) is PacketKind.ENCRYPTED


def _open_attachment(part: Message, findings: _Findings) -> None:
    """``x.pdf.pgp`` becomes ``x.pdf`` with the decrypted bytes and a guessed media type."""
    name = part.get_filename() or "vedlegg.pgp"
    plaintext = findings.decrypt(_payload_bytes(part), Encryption.ATTACHMENT, f"vedlegget {name}")
    if plaintext is None:
        return
    clear_name = _strip_suffix(name)
    maintype, subtype = _media_type(clear_name).split("/")
    replacement = EmailMessage()
    replacement.set_content(plaintext, maintype, subtype, filename=clear_name)
    _graft(part, replacement)


def _open_text(part: EmailMessage, findings: _Findings, decrypted: bool) -> None:
    payload = _payload_bytes(part)
    if _ARMOR_MARK in payload:
        _open_inline(part, payload, findings)
    elif decrypted and part.get_content_disposition() != "attachment":
        _recode_as_utf8(part, payload)


def _recode_as_utf8(part: EmailMessage, payload: bytes) -> None:
    """A decrypted text body decoded by reading.decode's rules (as a plain body is) and kept as
    UTF-8: its raw 8-bit bytes would not survive being grafted into the outer message (they
    would be decoded by the declared charset, undecodable bytes lost), and OpenPGP's canonical
    CRLF becomes LF (toolchain pitfall 16). format=flowed is kept for reading.parse."""
    flowed = {name: part.get_param(name) for name in ("format", "delsp")}
    text = decode_text(payload, charset(part))
    # base64, never 8bit: `_graft` copies the payload as a string, and the stdlib reads an 8bit
    # string payload back as raw-unicode-escape («–» became «\\u2013»)
    part.set_content(text, subtype=part.get_content_subtype(), cte="base64")
    for name, value in flowed.items():
        if isinstance(value, str):
            part.set_param(name, value)


def _open_inline(part: EmailMessage, payload: bytes, findings: _Findings) -> None:
    """Replace each armored PGP MESSAGE block in a text or HTML part by its plaintext."""
    text = decode_text(payload, part.get_content_charset())
    if part.get_content_subtype() == "html":  # by the same rules as plain HTML (reading.decode)
        text = html_to_text(text) + "\n"
    pieces, position = [], 0
    for block in find_armored_blocks(text):
        if block.label != "MESSAGE":
            continue
        ciphertext = repair_armor(block.text).encode("ascii", errors="replace")
        plaintext = findings.decrypt(ciphertext, Encryption.INLINE, "innebygd kryptert tekst")
        shown = block.text if plaintext is None else decode_text(plaintext, "utf-8")
        pieces += [text[position : block.start], shown]
        position = block.end
    if position:
        part.set_content("".join([*pieces, text[position:]]))


def _graft(target: Message, source: Message) -> None:
    """Make ``target`` carry ``source``'s content, keeping target's non-content headers."""
    for name in {key.lower() for key in target if key.lower().startswith("content-")}:
        del target[name]
    for name, value in source.items():
        if name.lower().startswith("content-"):
            target[name] = value
    target.set_payload(source.get_payload())
    target.preamble, target.epilogue = source.preamble, source.epilogue


def _children(part: Message) -> list[Message]:
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _payload_bytes(part: Message) -> bytes:
    decoded = base64_payload(part)
    if decoded is not None:
        return decoded
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _strip_suffix(name: str) -> str:
    stem = re.sub(r"\.(pgp|gpg|asc)$", "", name, flags=re.IGNORECASE)
    return stem or name


def _media_type(name: str) -> str:
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    return _MEDIA_TYPES.get(suffix, "application/octet-stream")
