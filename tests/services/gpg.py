"""Pytest fixtures: throwaway GnuPG keyrings with real gpg (short /tmp homes, agents killed after).

Loaded as a plugin by tests/conftest.py, so every test can ask for:

* ``gpg_keyrings`` (session): a ``KeyringFactory``; ``gpg_keyrings.new(passphrase=None)`` gives a
  fresh, empty ``GpgKeyring`` in ``/tmp/gpg-XXXXXXXX`` (short: agent sockets live in the home,
  toolchain pitfall 14). gpg-agent caches no passphrase there (``default-cache-ttl 0``,
  pitfall 13), so a wrong passphrase really fails. ``gpg_keyrings.discard(k)`` kills its agent and
  deletes it; whatever is left is discarded at session end.
* ``office_keyring`` / ``office_key``: the office's keyring with one generated key (no passphrase)
  and that key's fingerprint: what intake decrypts with.
* ``sender_keyring`` / ``sender_key``: a controller's keyring with its own key and the office's
  public key imported: what a test uses to write encrypted (and signed) mail to the office.

Both keys are generated once per session; each test gets a fresh home holding a copy of the
keyring (``gpg_keyrings.copy(k)``: the key files, no agent), so what a test does to its keyring
stays in that test. Tests of key generation itself call ``generate_key`` on a ``new()`` keyring.

The office keyring does not know the sender's key; import it
(``office_keyring.import_keys(sender_keyring.export_public_key(sender_key).encode())``) to get
``SignatureStatus.VALID`` instead of ``UNKNOWN_KEY``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.gpg import GpgKeyring

OFFICE_NAME, OFFICE_EMAIL = "Datatilsynet saksmottak (test)", "postmottak@datatilsynet.test"
SENDER_NAME, SENDER_EMAIL = "Behandlingsansvarlig (test)", "personvern@controller.test"

_AGENT_CONF = "default-cache-ttl 0\nmax-cache-ttl 0\n"


class KeyringFactory:
    """Makes fresh keyrings and cleans up after them (agent killed, home deleted)."""

    def __init__(self) -> None:
        self._open: list[GpgKeyring] = []

    def new(self, passphrase: str | None = None) -> GpgKeyring:
        home = Path(tempfile.mkdtemp(prefix="gpg-", dir="/tmp"))
        (home / "gpg-agent.conf").write_text(_AGENT_CONF)
        keyring = GpgKeyring(home, passphrase=passphrase)
        self._open.append(keyring)
        return keyring

    def copy(self, keyring: GpgKeyring, passphrase: str | None = None) -> GpgKeyring:
        """A fresh home with the keys and trust of `keyring` (its files; no agent, no locks)."""
        home = Path(tempfile.mkdtemp(prefix="gpg-", dir="/tmp"))
        ignore = shutil.ignore_patterns("S.*", "*.lock", ".#*")
        shutil.copytree(keyring.home, home, ignore=ignore, dirs_exist_ok=True)
        copied = GpgKeyring(home, passphrase=passphrase)
        self._open.append(copied)
        return copied

    def discard(self, keyring: GpgKeyring) -> None:
        keyring.close()
        shutil.rmtree(keyring.home, ignore_errors=True)
        if keyring in self._open:
            self._open.remove(keyring)

    def discard_all(self) -> None:
        for keyring in list(self._open):
            self.discard(keyring)


def revocation_certificate(keyring: GpgKeyring, fingerprint: str) -> str:
    """The certificate gpg wrote when it made the key, without the ':' that guards its import."""
    stored = (keyring.home / "openpgp-revocs.d" / f"{fingerprint}.rev").read_text()
    return stored.replace(":-----BEGIN", "-----BEGIN")


@pytest.fixture(scope="session")
def gpg_keyrings() -> Iterator[KeyringFactory]:
    factory = KeyringFactory()
    yield factory
    factory.discard_all()


@pytest.fixture(scope="session")
def _office_template(gpg_keyrings: KeyringFactory) -> GpgKeyring:
    """The office key, generated once; tests get copies (its agent is stopped at once)."""
    keyring = gpg_keyrings.new()
    keyring.generate_key(OFFICE_NAME, OFFICE_EMAIL)
    keyring.close()
    return keyring


@pytest.fixture(scope="session")
def _sender_template(gpg_keyrings: KeyringFactory, _office_template: GpgKeyring) -> GpgKeyring:
    """The sender key with the office's public key imported, made once; tests get copies."""
    keyring = gpg_keyrings.new()
    keyring.generate_key(SENDER_NAME, SENDER_EMAIL)
    office_key = _office_template.list_keys(secret=True)[0].fingerprint
    keyring.import_keys(_office_template.export_public_key(office_key).encode())
    _office_template.close()
    keyring.close()
    return keyring


@pytest.fixture
def office_keyring(
    gpg_keyrings: KeyringFactory, _office_template: GpgKeyring
) -> Iterator[GpgKeyring]:
    keyring = gpg_keyrings.copy(_office_template)
    yield keyring
    gpg_keyrings.discard(keyring)


@pytest.fixture
def office_key(office_keyring: GpgKeyring) -> str:
    """Fingerprint of the office's (first) key."""
    return office_keyring.list_keys(secret=True)[0].fingerprint


@pytest.fixture
def sender_keyring(
    gpg_keyrings: KeyringFactory, office_keyring: GpgKeyring, _sender_template: GpgKeyring
) -> Iterator[GpgKeyring]:
    """Asks for office_keyring, as before: the office's public key in it is that keyring's."""
    keyring = gpg_keyrings.copy(_sender_template)
    yield keyring
    gpg_keyrings.discard(keyring)


@pytest.fixture
def sender_key(sender_keyring: GpgKeyring) -> str:
    """Fingerprint of the sender's own key."""
    return sender_keyring.list_keys(secret=True)[0].fingerprint
