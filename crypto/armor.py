"""Pure: finds, repairs and classifies OpenPGP data: armor and binary packets.

Mail clients and webmail damage armor in transit: quoted-printable leaves U+00A0 in the blank
separator line, HTML editors wrap every line in ``<div>…</div><br>``. gpg 2.2 rejects such blocks
("invalid armor header", "invalid radix64 character C2/A0"), so each block is rebuilt from its
base64 lines before decryption. Detection is by content, never by file name alone.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
from dataclasses import dataclass

__all__ = [
    "ArmoredBlock",
    "PacketKind",
    "find_armored_blocks",
    "packet_kind",
    "repair_armor",
]

_BLOCK = re.compile(
    r"-----BEGIN PGP (?P<label>[A-Z ,/0-9]+?)-----(?P<body>.*?)-----END PGP (?P=label)-----",
    re.DOTALL,
)
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*: ")
_CHECKSUM_LINE = re.compile(r"^=[A-Za-z0-9+/]{4}$")
_BASE64_RUN = re.compile(r"^[A-Za-z0-9+/]{40,}={0,2}$")
_INVISIBLE = "\u00a0\u200b\ufeff\t\r "  # NBSP and friends that editors put into "blank" lines


class PacketKind(enum.StrEnum):
    """What an OpenPGP packet stream (binary or armored) starts with."""

    ENCRYPTED = "encrypted"  # session key packet (PKESK/SKESK) or encrypted data
    PUBLIC_KEY = "public_key"
    SECRET_KEY = "secret_key"
    SIGNATURE = "signature"  # detached signature
    SIGNED = "signed"  # one-pass signed or cleartext-signed, not encrypted
    OTHER = "other"  # literal or compressed data: OpenPGP, but not encrypted
    NONE = "none"  # not OpenPGP at all


@dataclass(frozen=True, slots=True)
class ArmoredBlock:
    """One ``-----BEGIN PGP …-----`` block found in text, with its position."""

    label: str
    start: int
    end: int
    text: str


# Packet tags (RFC 4880 §4.3): 1 PKESK, 3 SKESK, 9 SED, 18 SEIPD, 20 AEAD (4880bis).
_TAG_KINDS = {
    1: PacketKind.ENCRYPTED,
    3: PacketKind.ENCRYPTED,
    9: PacketKind.ENCRYPTED,
    18: PacketKind.ENCRYPTED,
    20: PacketKind.ENCRYPTED,
    2: PacketKind.SIGNATURE,
    4: PacketKind.SIGNED,
    5: PacketKind.SECRET_KEY,
    6: PacketKind.PUBLIC_KEY,
    8: PacketKind.OTHER,
    11: PacketKind.OTHER,
}
_LABEL_KINDS = {
    "MESSAGE": None,  # decided by the first packet inside
    "SIGNED MESSAGE": PacketKind.SIGNED,
    "SIGNATURE": PacketKind.SIGNATURE,
    "PUBLIC KEY BLOCK": PacketKind.PUBLIC_KEY,
    "PRIVATE KEY BLOCK": PacketKind.SECRET_KEY,
}
_MARKER_PACKET = b"\xa8\x03PGP"  # tag 10, sent first by some old PGP versions; carries nothing


def find_armored_blocks(text: str) -> list[ArmoredBlock]:
    """Every armored block in the text, in order."""
    return [
        ArmoredBlock(match["label"], match.start(), match.end(), match.group(0))
        for match in _BLOCK.finditer(text)
    ]


def repair_armor(block: str) -> str:
    """A canonical armored block: stray spaces, NBSP and blank lines inside the base64 removed.

    HTML read as text puts a paragraph on one line, so the armor's lines may arrive joined by
    spaces: base64 has no spaces, so each space-separated piece is a line of its own.
    """
    match = _BLOCK.search(block)
    if match is None:
        return block
    label = match["label"]
    lines = [line.strip(_INVISIBLE) for line in match["body"].splitlines()]
    headers: list[str] = []
    data: list[str] = []
    for line in filter(None, lines):
        header, pieces = _split_header(line) if _HEADER_LINE.match(line) else ("", line.split())
        headers += [header] if header else []
        data += pieces
    checksum = [line for line in data[-1:] if _CHECKSUM_LINE.match(line)]
    base64_lines = data[: len(data) - len(checksum)]
    parts = [f"-----BEGIN PGP {label}-----", *headers, "", *base64_lines, *checksum]
    return "\n".join([*parts, f"-----END PGP {label}-----", ""])


def _split_header(line: str) -> tuple[str, list[str]]:
    """An armor header, and the base64 that follows it when the lines were joined (the first
    long run of base64 characters: a header value is short or has other characters)."""
    words = line.split()
    for index, word in enumerate(words[1:], 1):
        if _BASE64_RUN.match(word):
            return " ".join(words[:index]), words[index:]
    return line, []


def dearmor(block: str) -> bytes | None:
    """The packets inside a (repaired) armored block, or None if the base64 is broken."""
    text = repair_armor(block)
    lines = text.splitlines()[1:-1]
    payload = [
        line
        for line in lines
        if line and not _HEADER_LINE.match(line) and not _CHECKSUM_LINE.match(line)
    ]
    try:
        return base64.b64decode("".join(payload), validate=True)
    except (binascii.Error, ValueError):
        return None


def packet_kind(data: bytes) -> PacketKind:
    """Classify binary or armored OpenPGP data by its first packet (after any marker packet)."""
    head = data[:65536]
    if b"-----BEGIN PGP " in head:
        # Every block ends with «-----END PGP »: without one in the head (the usual armored
        # message is longer), the block search would walk the head from «BEGIN» to find none,
        # about 1 ms for 64 KB. Decoding cannot add one: non-ASCII bytes become U+FFFD.
        has_end = b"-----END PGP " in head  # pragma: no mutate (True: the same, slower)
        blocks = find_armored_blocks(head.decode("ascii", errors="replace")) if has_end else []
        if blocks:
            return _armored_kind(blocks[0])
        if b"-----BEGIN PGP MESSAGE-----" in head:
            return PacketKind.ENCRYPTED  # truncated armor: let gpg try, it names the damage
    return _binary_kind(data)


def _armored_kind(block: ArmoredBlock) -> PacketKind:
    kind = _LABEL_KINDS.get(block.label, PacketKind.OTHER)
    if kind is not None:
        return kind
    kind = _binary_kind(dearmor(block.text) or b"")
    # A PGP MESSAGE with broken base64 or garbage packets was meant to be encrypted: it is
    # damaged, not plain (gpg gets it anyway and names the damage).
    return PacketKind.ENCRYPTED if kind is PacketKind.NONE else kind


def _binary_kind(data: bytes) -> PacketKind:
    data = data.removeprefix(_MARKER_PACKET)
    if not data or not data[0] & 0x80:
        return PacketKind.NONE
    first = data[0]
    tag = first & 0x3F if first & 0x40 else (first >> 2) & 0x0F
    return _TAG_KINDS.get(tag, PacketKind.NONE)
