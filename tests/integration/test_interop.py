"""Interop: the 37 real OpenPGP mails in shared/interop/pgp-samples, read in place, real gpg.

Each sample is its own test. The table below is the contract: a readable sample must come out with
no failure and with its decrypted text in the readable message; a broken one must produce at least
one failure reason (the caller quarantines it); none may raise. A new sample without a row fails
``test_the_table_lists_every_sample``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest

from cases.errors import KeyringError
from cases.model import Encryption, SignatureStatus
from crypto.gpg import GpgKeyring
from crypto.status import REASONS, FailureMode
from reading.unwrap import OpenedMessage, open_message
from tests.services.gpg import KeyringFactory

REPO = Path(__file__).resolve().parents[2]
SAMPLES = Path(os.environ.get("SAKSFLYT_INTEROP_DIR", REPO.parent / "shared/interop/pgp-samples"))

PASSPHRASES = {"gmime": "no.secret"}  # tests/test-pgp.c upstream; the other keys have none
UNIMPORTABLE = {  # v5 (4880bis draft) and v6 (RFC 9580) keys: gpg 2.2 says "Invalid packet"
    "thunderbird-comm-central/keys/alice-v5-sec.asc",
    "thunderbird-comm-central/keys/pgp-v6-sec.asc",
}

MIME, MANGLED, INLINE = Encryption.PGP_MIME, Encryption.PGP_MIME_MANGLED, Encryption.INLINE
ATTACHMENT, FORWARDED = Encryption.ATTACHMENT, Encryption.FORWARDED


@dataclass(frozen=True)
class Readable:
    encryption: tuple[Encryption, ...]
    evidence: str  # decrypted text, an attachment name or the protected subject


@dataclass(frozen=True)
class Quarantined:
    reason: FailureMode


TB = "thunderbird-comm-central"
DC = "deltachat-core-rust"
TB_CALLALOO = Readable((MIME,), "Sundays are nothing without callaloo.")
EXPECTED: dict[str, Readable | Quarantined] = {
    f"{TB}/unsigned-encrypted-to-0xf231550c4f47e38e-from-0xfbfcc82a015e7330.eml": TB_CALLALOO,
    f"{TB}/signed-by-0xfbfcc82a015e7330-encrypted-to-0xf231550c4f47e38e.eml": TB_CALLALOO,
    f"{TB}/signed-by-0xfbfcc82a015e7330-encrypted-to-0xf231550c4f47e38e-with-key.eml": TB_CALLALOO,
    f"{TB}/encrypted-and-signed-alice-to-bob-nonascii.eml": Readable(
        (MIME,), "Detta är krypterat!"
    ),
    f"{TB}/encrypted-to-alice-as-hidden-recipient.eml": Readable((MIME,), "hidden recipient"),
    f"{TB}/bob-enc-inline-nbsp-qp.eml": Readable((INLINE,), "My real name is not Bob."),
    f"{TB}/bob-enc-html-nbsp.eml": Readable((INLINE,), "My real name is not Bob."),
    f"{TB}/partial-encrypt-for-alice-plaintext.eml": Readable((INLINE,), "lucky melody"),
    f"{TB}/fwd-unsigned-encrypted.eml": Readable((MIME, FORWARDED), "without callaloo"),
    f"{TB}/msg-with-enc-openpgp-attachment.eml": Readable((ATTACHMENT,), "Unicorn-Party"),
    f"{TB}/alice-broken-exchange.eml": Readable((MANGLED,), "Test message"),
    f"{TB}/sigspoof-git-commit.eml": Quarantined(FailureMode.NOT_ENCRYPTED),
    f"{TB}/rc-openpgp-nomdc.eml": Quarantined(FailureMode.NO_MDC),
    f"{TB}/rc-openpgp-mdc-tampered.eml": Quarantined(FailureMode.DAMAGED),
    f"{TB}/rc-openpgp-aead.eml": Readable((MIME,), "Integrity-protected secret body."),
    f"{DC}/thunderbird_encrypted_unsigned.eml": Readable((MIME,), "Hi!"),
    f"{DC}/thunderbird_encrypted_signed.eml": Readable((MIME,), "encrypted+signed"),
    f"{DC}/thunderbird_encrypted_signed_with_pubkey.eml": Readable(
        (MIME,), "OpenPGP_0x25F0072459E47AE2.asc"
    ),
    f"{DC}/thunderbird_encrypted_unsigned_with_unencrypted_subject.eml": Readable((MIME,), "Hi!"),
    f"{DC}/rfc1847_encapsulation.eml": Readable((MIME,), "Hello from Thunderbird!"),
    f"{DC}/encrypted_with_received_headers.eml": Readable((MIME,), "hi back"),
    f"{DC}/google-workspace-mixed-up.eml": Readable((MANGLED,), "Hello from Thunderbird!"),
    f"{DC}/mixed-up-long.eml": Readable((MANGLED,), "Blob directory management"),
    f"{DC}/ndn_with_attachment.eml": Quarantined(FailureMode.DAMAGED),
    "mailpile/tests.mbx-msg02.eml": Readable((MIME,), "This should be an encrypted message."),
    "mailpile/tests.mbx-msg04.eml": Readable((MIME,), "Brennan here"),
    "mailpile/tests.mbx-msg06.eml": Readable((INLINE,), "Hello world"),
    "mailpile/tests.mbx-msg07.eml": Readable((MIME,), "soup"),
    "mailpile/encrypted-empty-content-w-key.eml": Readable((MIME,), "0x135E45BC.asc"),
    "notmuch/encrypted-rfc822-attachment.eml": Readable(
        (MIME,), "This is just a test message (#6)"
    ),
    "notmuch/basic-encrypted.eml": Readable((MIME,), 'The password is "abcd1234!"'),
    "notmuch/mixed-up.eml": Readable((MANGLED,), 'The password is "abcd1234!"'),
    "notmuch/phony-protected-header-bad-encryption.eml": Quarantined(FailureMode.DAMAGED),
    "notmuch/simple-encrypted.eml": Quarantined(FailureMode.NO_SECRET_KEY),
    "autocrypt-spec/example-gossip.eml": Readable((MIME,), "introduce the two of you"),
    "autocrypt-spec/example-draft.eml": Readable((MIME,), "not sure yet what to write"),
    "gmime/encrypted-message.eml": Readable((INLINE,), "This is the message body."),
}


def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        message = f"interop samples missing: {SAMPLES} (set SAKSFLYT_INTEROP_DIR)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return SAMPLES


@pytest.fixture(scope="module")
def keyrings(gpg_keyrings: KeyringFactory) -> Iterator[dict[str, GpgKeyring]]:
    """One keyring per source folder, holding every key gpg 2.2 can import from its keys/."""
    made: dict[str, GpgKeyring] = {}
    for source in sorted({name.split("/")[0] for name in EXPECTED}):
        made[source] = gpg_keyrings.new(passphrase=PASSPHRASES.get(source))
        import_folder(made[source], samples_dir() / source / "keys")
    yield made
    for keyring in made.values():
        gpg_keyrings.discard(keyring)


def import_folder(keyring: GpgKeyring, folder: Path) -> None:
    for key_file in sorted(folder.iterdir()):
        try:
            keyring.import_keys(key_file.read_bytes())
        except KeyringError:
            assert str(key_file.relative_to(SAMPLES)) in UNIMPORTABLE, key_file


def test_the_table_lists_every_sample() -> None:
    present = {str(path.relative_to(SAMPLES)) for path in samples_dir().glob("*/*.eml")}

    assert present == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample(name: str, keyrings: dict[str, GpgKeyring]) -> None:
    raw = (samples_dir() / name).read_bytes()

    opened = open_message(raw, keyrings[name.split("/")[0]])

    match EXPECTED[name]:
        case Readable(encryption, evidence):
            assert opened.failures == ()
            assert opened.crypto.encryption == encryption
            assert evidence in readable(opened)
            assert "-----BEGIN PGP MESSAGE-----" not in readable(opened)
        case Quarantined(reason):
            assert len(opened.failures) >= 1
            assert opened.failures[0].endswith(REASONS[reason])


def readable(opened: OpenedMessage) -> str:
    """What a caseworker sees: protected subject, every text part, every attachment name."""
    texts = [opened.protected_subject or ""]
    for part in opened.message.walk():
        texts.append(part.get_filename() or "")
        if part.get_content_maintype() == "text" and not part.is_multipart():
            texts.append(text_of(part))
    return "\n".join(texts)


def text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    return data.decode(part.get_content_charset() or "utf-8", errors="replace")


# Signature status of the signed samples (one-pass signatures inside the encryption, and RFC 1847
# multipart/signed inside it); UNKNOWN_KEY where the signer's public key is not in keys/. The
# Autocrypt spec's keys expired on 2021-01-21: gpg says EXPKEYSIG, then VALIDSIG.
SIGNED = {
    "autocrypt-spec/example-gossip.eml": SignatureStatus.EXPIRED_KEY,
    f"{DC}/encrypted_with_received_headers.eml": SignatureStatus.VALID,
    f"{DC}/google-workspace-mixed-up.eml": SignatureStatus.VALID,
    f"{DC}/rfc1847_encapsulation.eml": SignatureStatus.VALID,
    f"{DC}/mixed-up-long.eml": SignatureStatus.UNKNOWN_KEY,
    f"{DC}/thunderbird_encrypted_signed.eml": SignatureStatus.UNKNOWN_KEY,
    f"{DC}/thunderbird_encrypted_signed_with_pubkey.eml": SignatureStatus.UNKNOWN_KEY,
    "mailpile/tests.mbx-msg02.eml": SignatureStatus.UNKNOWN_KEY,
    "mailpile/tests.mbx-msg07.eml": SignatureStatus.UNKNOWN_KEY,
    f"{TB}/encrypted-and-signed-alice-to-bob-nonascii.eml": SignatureStatus.VALID,
    f"{TB}/signed-by-0xfbfcc82a015e7330-encrypted-to-0xf231550c4f47e38e.eml": SignatureStatus.VALID,
    f"{TB}/signed-by-0xfbfcc82a015e7330-encrypted-to-0xf231550c4f47e38e-with-key.eml": (
        SignatureStatus.VALID
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_signature_status_is_recorded(name: str, keyrings: dict[str, GpgKeyring]) -> None:
    opened = open_message((samples_dir() / name).read_bytes(), keyrings[name.split("/")[0]])

    expected = SIGNED.get(name, SignatureStatus.NONE)
    assert opened.crypto.signature is expected
    assert (opened.crypto.signer_fingerprint is not None) == (expected is not SignatureStatus.NONE)
