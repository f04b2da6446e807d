"""Hostile messages found by an attack on intake, as fixtures for the tests.

Each builder returns the raw bytes of one message. ``HOSTILE`` names them with the outcome and a
word of the reason intake must give; the same set runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/><Default '
    'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def mail(
    n: int, subject: str = "", body: str = "Hei, her er en anmodning.", **headers: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = headers.pop("sender", f"Avsender {n} <avsender{n}@kommune.example>")
    message["To"] = "postkasse@datatilsynet.example"
    message["Subject"] = subject or f"Anmodning om forhåndsdrøftelse {n}"
    message["Message-ID"] = headers.pop("message_id", f"<hostile-{n}@kommune.example>")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def header_bomb(words: int = 16_000) -> bytes:
    """A Subject of many RFC 2047 encoded words: quadratic in the stdlib header parser."""
    subject = " ".join(["=?utf-8?q?s=C3=B8knad?="] * words)
    return (
        "From: angriper@example.com\r\nTo: postkasse@datatilsynet.example\r\n"
        f"Message-ID: <bomb@example.com>\r\nSubject: {subject}\r\n\r\nHei\r\n"
    ).encode()


def docx_bomb(xml_megabytes: int = 90) -> bytes:
    """A DOCX of a few hundred kB whose document.xml holds millions of empty paragraphs."""
    paragraphs = b"<w:p/>" * (xml_megabytes * 1024 * 1024 // 6)
    xml = b'<?xml version="1.0"?><w:document xmlns:w="' + _WORD.encode() + b'"><w:body>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", xml + paragraphs + b"</w:body></w:document>")
    return buffer.getvalue()


def office_bomb(n: int = 90) -> bytes:
    message = mail(n, "Vedlagt DPIA")
    message.add_attachment(
        docx_bomb(), "application", DOCX_TYPE.split("/")[1], filename="dpia.docx"
    )
    return message.as_bytes()


def damaged_bzip2_zip() -> bytes:
    """A ZIP whose bzip2-compressed member is damaged: bz2 raises OSError while reading it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("dpia.txt", "Vurdering av personvernkonsekvenser. " * 2000)
    data = bytearray(buffer.getvalue())
    start = data.find(b"BZh") + 40
    data[start : start + 30] = b"\xff" * 30
    return bytes(data)


def poison_zip(n: int = 91) -> bytes:
    message = mail(n, "Dokumentasjon i ZIP")
    message.add_attachment(damaged_bzip2_zip(), "application", "zip", filename="vedlegg.zip")
    return message.as_bytes()


def garbage_packet(n: int = 92) -> bytes:
    """PGP/MIME whose ciphertext is a compressed packet of garbage: gpg stops reading its pipe."""
    message = EmailMessage()
    message["From"] = f"Avsender {n} <avsender{n}@kommune.example>"
    message["Subject"] = "..."
    message["Message-ID"] = f"<hostile-{n}@kommune.example>"
    message["Content-Type"] = (
        'multipart/encrypted; protocol="application/pgp-encrypted"; boundary="b"'
    )
    packet = base64.encodebytes(b"\xa3\x01" + b"\x00" * 3_000_000).decode()
    body = (
        "--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n--b\r\n"
        "Content-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n\r\n"
        f"{packet}-----END PGP MESSAGE-----\r\n--b--\r\n"
    )
    message.set_payload(body)
    return message.as_bytes()


def deep_nesting(levels: int = 1_200) -> bytes:
    head = "".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n" for i in range(levels)
    )
    return (
        "From: a@kommune.example\nSubject: dypt\nMessage-ID: <deep@kommune.example>\n"
        f"{head}Content-Type: text/plain\n\nhei\n"
    ).encode()


def nul_characters(n: int = 93) -> bytes:
    message = mail(n, "Anmodning\x00 med NUL", body="Hei\x00, vi anmoder om forhåndsdrøftelse.")
    message.add_attachment(b"DPIA\x00tekst", "text", "plain", filename="dpia\x00.txt")
    return message.as_bytes()


def long_fields(n: int = 94) -> bytes:
    long_id = f"<{'x' * 1200}@kommune.example>"
    name = "N" * 400
    return mail(n, sender=f"{name} <avsender{n}@kommune.example>", message_id=long_id).as_bytes()


def utf8_message_id(n: int = 95) -> bytes:
    """RFC 6532: UTF-8 in the headers, here the Message-ID, as raw 8-bit bytes."""
    raw = mail(n).as_bytes()
    return raw.replace(
        f"<hostile-{n}@kommune.example>".encode(), "<søknad-1@kommune.example>".encode()
    )


@dataclass(frozen=True)
class Hostile:
    build: Callable[[], bytes]
    outcome: str  # "quarantined", or "case" for any outcome that opened a case
    reason_word: str = ""  # a word the quarantine reason must contain


HOSTILE: dict[str, Hostile] = {
    "header-bomb": Hostile(header_bomb, "quarantined", "for stor eller for kompleks"),
    "office-bomb": Hostile(office_bomb, "quarantined", "for stor eller for kompleks"),
    "bzip2-zip": Hostile(poison_zip, "quarantined", "skadet ZIP-fil"),
    "gpg-garbage": Hostile(garbage_packet, "quarantined", "dekrypteres"),
    "deep-nesting": Hostile(deep_nesting, "quarantined", "nøstet for dypt"),
    "nul": Hostile(nul_characters, "case"),
    "long-fields": Hostile(long_fields, "case"),
    "utf8-message-id": Hostile(utf8_message_id, "case"),
}
