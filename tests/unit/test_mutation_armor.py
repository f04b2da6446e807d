"""crypto/armor.py: finding, repairing and classifying OpenPGP data (`make mutation`).

The packets are built by hand from RFC 4880 §4.2–4.3 (old- and new-format headers), so each
classification is checked against the standard rather than against what gpg happens to emit.
"""

from __future__ import annotations

import base64

import pytest

from crypto.armor import (
    ArmoredBlock,
    PacketKind,
    dearmor,
    find_armored_blocks,
    packet_kind,
    repair_armor,
)

PKESK = bytes([0xC1, 0x0C, 0x03]) + b"\x11" * 11  # new format, tag 1, version 3
LITERAL = bytes([0xCB, 0x06]) + b"b\x00abcd"  # new format, tag 11
MARKER = b"\xa8\x03PGP"


def armored(payload: bytes, label: str = "MESSAGE", checksum: str = "=AbCd") -> str:
    body = base64.b64encode(payload).decode()
    return f"-----BEGIN PGP {label}-----\n\n{body}\n{checksum}\n-----END PGP {label}-----\n"


def test_every_armored_block_is_found_with_its_label_and_position() -> None:
    first = "-----BEGIN PGP MESSAGE-----\nabc\n-----END PGP MESSAGE-----"
    second = "-----BEGIN PGP SIGNATURE-----\nx\n-----END PGP SIGNATURE-----"
    text = f"før\n{first}\nmidt\n{second}\netter"
    assert find_armored_blocks(text) == [
        ArmoredBlock("MESSAGE", 4, 4 + len(first), first),
        ArmoredBlock("SIGNATURE", 10 + len(first), 10 + len(first) + len(second), second),
    ]


def test_a_block_must_end_with_its_own_label() -> None:
    assert find_armored_blocks("-----BEGIN PGP MESSAGE-----\nx\n-----END PGP SIGNATURE-----") == []


def test_repair_drops_invisible_characters_and_blank_lines_keeps_headers_and_checksum() -> None:
    damaged = (
        "-----BEGIN PGP MESSAGE-----\n"
        "\u00a0Version: GnuPG v2\n"
        "\u00a0\u200b\n"
        "\twQwDERER \r\n"
        "\n"
        "\ufeffERERERERERE=\n"
        "=AbCd\n"
        "-----END PGP MESSAGE-----"
    )
    assert repair_armor(damaged) == (
        "-----BEGIN PGP MESSAGE-----\n"
        "Version: GnuPG v2\n"
        "\n"
        "wQwDERER\n"
        "ERERERERERE=\n"
        "=AbCd\n"
        "-----END PGP MESSAGE-----\n"
    )


def test_repair_without_a_checksum_keeps_every_base64_line() -> None:
    block = "-----BEGIN PGP SIGNATURE-----\nabcd\nefgh\n-----END PGP SIGNATURE-----"
    assert repair_armor(block) == (
        "-----BEGIN PGP SIGNATURE-----\n\nabcd\nefgh\n-----END PGP SIGNATURE-----\n"
    )


def test_repair_leaves_text_without_a_block_alone() -> None:
    assert repair_armor("ingen blokk her") == "ingen blokk her"


def test_dearmor_gives_the_packets_or_none_for_broken_base64() -> None:
    block = armored(PKESK).replace("\n\n", "\nComment: x\n\n", 1)
    assert dearmor(block) == PKESK
    assert dearmor(armored(PKESK).replace("wQwD", "wQ*D")) is None
    assert dearmor(armored(PKESK).replace("wQwD", "wQw")) is None  # bad padding


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("SIGNED MESSAGE", PacketKind.SIGNED),
        ("SIGNATURE", PacketKind.SIGNATURE),
        ("PUBLIC KEY BLOCK", PacketKind.PUBLIC_KEY),
        ("PRIVATE KEY BLOCK", PacketKind.SECRET_KEY),
        ("ARMORED FILE", PacketKind.OTHER),
    ],
)
def test_an_armored_block_other_than_a_message_is_known_by_its_label(
    label: str, kind: PacketKind
) -> None:
    assert packet_kind(armored(PKESK, label).encode()) is kind


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        (PKESK, PacketKind.ENCRYPTED),
        (LITERAL, PacketKind.OTHER),
        (bytes([0x90, 0x0D]), PacketKind.SIGNED),  # one-pass signature
        (b"plain text", PacketKind.ENCRYPTED),  # garbage in a MESSAGE block is damage
    ],
)
def test_an_armored_message_is_known_by_its_first_packet(payload: bytes, kind: PacketKind) -> None:
    assert packet_kind(b"Hei\n" + armored(payload).encode()) is kind


def test_an_armored_message_with_broken_base64_counts_as_encrypted() -> None:
    assert packet_kind(armored(PKESK).replace("wQwD", "w*wD").encode()) is PacketKind.ENCRYPTED


def test_truncated_armor_is_encrypted_only_for_a_message() -> None:
    assert packet_kind(b"-----BEGIN PGP MESSAGE-----\n\nwQwDERER") is PacketKind.ENCRYPTED
    assert packet_kind(b"-----BEGIN PGP SIGNATURE-----\n\nwQwDERER") is PacketKind.NONE


@pytest.mark.parametrize(
    ("first", "kind"),
    [
        # new format: 0b11 + six-bit tag
        (0xC1, PacketKind.ENCRYPTED),
        (0xC3, PacketKind.ENCRYPTED),
        (0xC9, PacketKind.ENCRYPTED),
        (0xD2, PacketKind.ENCRYPTED),  # 18 SEIPD
        (0xD4, PacketKind.ENCRYPTED),  # 20 AEAD
        (0xC2, PacketKind.SIGNATURE),
        (0xC4, PacketKind.SIGNED),
        (0xC5, PacketKind.SECRET_KEY),
        (0xC6, PacketKind.PUBLIC_KEY),
        (0xC8, PacketKind.OTHER),
        (0xCB, PacketKind.OTHER),
        (0xC7, PacketKind.NONE),  # secret subkey first: not a message
        (0xCE, PacketKind.NONE),
        # old format: 0b10 + four-bit tag + two-bit length type
        (0x85, PacketKind.ENCRYPTED),  # 1
        (0x8C, PacketKind.ENCRYPTED),  # 3
        (0xA6, PacketKind.ENCRYPTED),  # 9
        (0x89, PacketKind.SIGNATURE),  # 2
        (0x90, PacketKind.SIGNED),  # 4
        (0x95, PacketKind.SECRET_KEY),  # 5
        (0x99, PacketKind.PUBLIC_KEY),  # 6
        (0xA3, PacketKind.OTHER),  # 8
        (0xAC, PacketKind.OTHER),  # 11
        (0xB4, PacketKind.NONE),  # 13 user id
        # no packet bit
        (0x41, PacketKind.NONE),
        (0x00, PacketKind.NONE),
    ],
)
def test_binary_data_is_known_by_its_first_packet_tag(first: int, kind: PacketKind) -> None:
    assert packet_kind(bytes([first, 0x05]) + b"\x00" * 5) is kind


def test_a_leading_marker_packet_is_skipped() -> None:
    assert packet_kind(MARKER + PKESK) is PacketKind.ENCRYPTED
    assert packet_kind(MARKER) is PacketKind.NONE
    assert packet_kind(b"") is PacketKind.NONE


def test_dearmor_joins_the_base64_lines_and_refuses_stray_characters() -> None:
    body = base64.b64encode(PKESK).decode()
    split = f"-----BEGIN PGP MESSAGE-----\n\n{body[:8]}\n{body[8:]}\n-----END PGP MESSAGE-----\n"
    assert dearmor(split) == PKESK
    assert dearmor(armored(PKESK).replace("wQwD", "wQw*D")) is None


def test_armor_after_norwegian_text_is_still_found() -> None:
    mail = "Hei på deg, søknaden følger kryptert.\n".encode() + armored(PKESK).encode()
    assert packet_kind(mail) is PacketKind.ENCRYPTED
