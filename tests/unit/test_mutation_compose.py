"""crypto/compose.py: RFC 3156 PGP/MIME around ciphertext, as a mail client expects it."""

from __future__ import annotations

import email
import re
from email.message import Message

from crypto.compose import pgp_mime_message, sealed
from crypto.gpg import GpgKeyring

ARMOR = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA0dpZ2l0YWw=\n=abcd\n-----END PGP MESSAGE-----\n"


def test_the_message_is_rfc_3156_pgp_mime_with_the_armor_unchanged_in_7_bit() -> None:
    wire = pgp_mime_message(ARMOR).as_string()
    boundary = re.search(r'boundary="([^"]+)"', wire)
    assert boundary is not None
    assert wire.replace(boundary[1], "B") == (
        'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="B"\n'
        "MIME-Version: 1.0\n"
        "\n"
        "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
        "--B\n"
        "Content-Type: application/pgp-encrypted\n"
        "MIME-Version: 1.0\n"
        "Content-Description: PGP/MIME version identification\n"
        "\n"
        "Version: 1\n"
        "\n"
        "--B\n"
        'Content-Type: application/octet-stream; name="encrypted.asc"\n'
        "MIME-Version: 1.0\n"
        "Content-Description: OpenPGP encrypted message\n"
        'Content-Disposition: inline; filename="encrypted.asc"\n'
        "\n" + ARMOR.decode() + "\n"
        "--B--\n"
    )


def test_a_sealed_entity_opens_with_the_recipients_key_to_the_same_bytes(
    office_keyring: GpgKeyring, office_key: str
) -> None:
    entity = b"Content-Type: text/plain; charset=utf-8\r\n\r\nVedtak i sak 26/00042\r\n"
    wire = sealed(office_keyring.encrypt, entity, office_key).as_bytes()
    message = email.message_from_bytes(wire)
    parts = message.get_payload()
    assert isinstance(parts, list) and len(parts) == 2
    ciphertext: Message = parts[1]
    payload = ciphertext.get_payload(decode=True)
    assert isinstance(payload, bytes) and payload.startswith(b"-----BEGIN PGP MESSAGE-----")
    opened = office_keyring.decrypt(payload)
    assert opened.ok and opened.data == entity
