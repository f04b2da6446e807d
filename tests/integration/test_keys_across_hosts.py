"""Keys across hosts: two GnuPG homes, one register (SQLite and PostgreSQL).

Host A imports with `saksflyt keys import` or learns a key from mail; host B, started afterwards,
verifies and encrypts with it, honours A's revocation, and refuses to run with another office key.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from cases.model import SignatureStatus
from cases.orm_keyring import SharedKey, SqlKeyringState
from cli import app
from config import wiring
from config.settings import Settings, get_settings
from crypto.gpg import GpgKeyring
from crypto.keysync import OfficeKeyMismatch
from tests.mailfactory import REQUEST_BODY
from tests.services.dovecot import ImapAccount
from tests.services.gpg import SENDER_EMAIL, KeyringFactory, revocation_certificate

Host = Callable[[], GpgKeyring]


def secret_key(keyring: GpgKeyring, fingerprint: str) -> bytes:
    command = ["gpg", "--homedir", str(keyring.home), "--batch", "--armor"]
    command += ["--export-secret-keys", fingerprint]
    return subprocess.run(command, capture_output=True, check=True, timeout=30).stdout


@pytest.fixture
def hosts(
    database_url: str,
    gpg_keyrings: KeyringFactory,
    office_keyring: GpgKeyring,
    office_key: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Settings, Settings]]:
    """Two hosts with their own GnuPG home (each holding the office key) and one register;
    the environment (what `saksflyt` on the command line reads) is host A's."""
    office_secret = secret_key(office_keyring, office_key)
    settings = []
    for name in ("a", "b"):
        home = gpg_keyrings.new()
        home.import_keys(office_secret)
        settings.append(Settings(home=tmp_path / name, gnupg_home=home.home,
                                 database_url=database_url))  # fmt: skip
    a, b = settings
    for variable in ("HOME", "GNUPG_HOME", "DATABASE_URL"):
        monkeypatch.setenv(f"SAKSFLYT_{variable}", str(getattr(a, variable.lower())))
    get_settings.cache_clear()
    yield a, b
    get_settings.cache_clear()


def keys_import(path: Path) -> str:
    result = CliRunner().invoke(app, ["keys", "import", str(path)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.postgres
def test_a_key_imported_on_a_verifies_and_encrypts_on_b_after_b_starts(
    hosts: tuple[Settings, Settings],
    sender_keyring: GpgKeyring,
    sender_key: str,
    office_key: str,
    tmp_path: Path,
) -> None:
    a, b = hosts
    wiring.keyring(b).close()  # B starts before the key exists anywhere
    public = tmp_path / "sender.asc"
    public.write_text(sender_keyring.export_public_key(sender_key))
    output = keys_import(public)
    assert f"kontorets nøkkel der: {office_key}" in output
    signed = sender_keyring.encrypt(b"hei", [office_key], sign_with=sender_key)
    with wiring.keyring(b) as host_b:  # B starts again: it takes the key in
        assert host_b.fingerprint_for(SENDER_EMAIL) == sender_key
        decryption = host_b.decrypt(signed)
        assert decryption.ok and decryption.signature is SignatureStatus.VALID
        assert decryption.signer_fingerprint == sender_key
        assert b"BEGIN PGP MESSAGE" in host_b.encrypt(b"svar", [sender_key])


@pytest.mark.postgres
def test_a_revocation_imported_on_a_is_honoured_on_b(
    hosts: tuple[Settings, Settings], sender_keyring: GpgKeyring, sender_key: str, tmp_path: Path
) -> None:
    a, b = hosts
    public, revocation = tmp_path / "sender.asc", tmp_path / "sender.rev"
    public.write_text(sender_keyring.export_public_key(sender_key))
    revocation.write_text(revocation_certificate(sender_keyring, sender_key))
    keys_import(public)
    with wiring.keyring(b) as host_b:
        assert host_b.fingerprint_for(SENDER_EMAIL) == sender_key
    assert "tilbakekalt" in keys_import(revocation)
    with wiring.keyring(b) as host_b:
        [key] = [key for key in host_b.list_keys() if key.fingerprint == sender_key]
        assert key.revoked
        assert host_b.fingerprint_for(SENDER_EMAIL) is None  # letters go unencrypted, not to it


@pytest.mark.postgres
def test_b_with_another_office_key_is_refused_with_both_fingerprints(
    hosts: tuple[Settings, Settings], gpg_keyrings: KeyringFactory, office_key: str
) -> None:
    a, _b = hosts
    wiring.keyring(a).close()  # A names the office key in the register
    stranger = gpg_keyrings.new()
    other = stranger.generate_key("Feil kontor", "feil@datatilsynet.test")
    b = Settings(home=a.home.parent / "c", gnupg_home=stranger.home, database_url=a.database_url)
    with pytest.raises(OfficeKeyMismatch) as refused:
        wiring.keyring(b)
    assert other in str(refused.value) and office_key in str(refused.value)
    assert "saksflyt keys import" in str(refused.value)


@pytest.mark.postgres
def test_a_sender_key_learnt_from_mail_on_a_is_known_on_b(
    hosts: tuple[Settings, Settings],
    imap_account: ImapAccount,
    sender_keyring: GpgKeyring,
    sender_key: str,
) -> None:
    a, b = hosts
    message = EmailMessage()
    message["From"], message["To"] = f"Kari <{SENDER_EMAIL}>", "postkasse@datatilsynet.example"
    message["Subject"] = "Anmodning om forhåndsdrøftelse"
    message.set_content(REQUEST_BODY)
    public = sender_keyring.export_public_key(sender_key).encode()
    message.add_attachment(public, "application", "pgp-keys", filename="kari.asc")
    imap_account.append(message.as_bytes())
    mailbox = {"imap_host": imap_account.host, "imap_port": imap_account.port,
               "imap_user": imap_account.user, "imap_tls": "none",
               "imap_password": SecretStr(imap_account.password)}  # fmt: skip
    summary = wiring.run_intake_once(wiring.prepare_home(a.model_copy(update=mailbox)))
    assert sum(summary.counts.values()) == 1
    with wiring.keyring(b) as host_b:
        assert host_b.fingerprint_for(SENDER_EMAIL) == sender_key


def test_two_workers_sharing_the_same_new_key_at_once_both_succeed(
    postgres_url: str, office_keyring: GpgKeyring, office_key: str, tmp_path: Path
) -> None:
    """Two process workers starting together on a fresh register both share the office key."""
    settings = Settings(home=tmp_path, gnupg_home=office_keyring.home, database_url=postgres_url)
    key = SharedKey(office_key, office_keyring.export_public_key(office_key))
    now = wiring.utc_now()
    with wiring.session(settings) as first:
        assert SqlKeyringState(first).put(key, now)  # not committed yet: the second one waits
        with ThreadPoolExecutor(1) as pool:
            second = pool.submit(lambda: _put_alone(settings, key))
            time.sleep(0.5)
            assert not second.done()
            first.commit()
            assert second.result(timeout=30) is False  # the key is there: nothing changed
    with wiring.session(settings) as session:
        assert [k.fingerprint for k in SqlKeyringState(session).shared_keys()] == [office_key]


def _put_alone(settings: Settings, key: SharedKey) -> bool:
    with wiring.session(settings) as session:
        return SqlKeyringState(session).put(key, wiring.utc_now())
