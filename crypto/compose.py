"""Pure: builds RFC 3156 PGP/MIME messages around ciphertext (demo, tests, outgoing mail)."""

from __future__ import annotations

from collections.abc import Callable
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart


def pgp_mime_message(armored_ciphertext: bytes) -> MIMEMultipart:
    """A multipart/encrypted message (headers still to be set) carrying an armored OpenPGP block."""
    outer = MIMEMultipart("encrypted", protocol="application/pgp-encrypted")
    outer.preamble = "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)"
    control = MIMEApplication("Version: 1\n", _subtype="pgp-encrypted", _encoder=_keep)
    control["Content-Description"] = "PGP/MIME version identification"
    body = MIMEApplication(
        armored_ciphertext.decode("ascii"),
        _subtype="octet-stream",
        _encoder=_keep,
        name="encrypted.asc",
    )
    body["Content-Description"] = "OpenPGP encrypted message"
    body["Content-Disposition"] = 'inline; filename="encrypted.asc"'
    outer.attach(control)
    outer.attach(body)
    return outer


def sealed(
    encrypt: Callable[[bytes, list[str]], bytes], content: bytes, fingerprint: str
) -> MIMEMultipart:
    """`content` (a canonical CRLF MIME entity) encrypted to one key, as RFC 3156 PGP/MIME.

    `encrypt` is the office keyring's (crypto.gpg.GpgKeyring.encrypt); outgoing letters get
    this with the keyring bound (letters.smtp.Seal).
    """
    return pgp_mime_message(encrypt(content, [fingerprint]))


def _keep(part: MIMEApplication) -> None:
    """Armored text is 7-bit already; no transfer encoding."""
