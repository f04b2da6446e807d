"""The `saksflyt` command over a real register, gpg and the demo Maildir (the operator's view)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from config import wiring
from config.settings import get_settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.mailfactory import encrypted_request, plain_request
from tests.services.gpg import KeyringFactory, revocation_certificate
from tests.services.kek import TEST_KEK

EXPORT_KEYS = {
    "submission_id", "message_id", "sha256", "received_at", "sender", "subject", "outcome",
    "case_number", "encryption", "recipient_key_ids", "signature", "signer_fingerprint",
    "documents", "quarantine_reason", "reason", "parts",
}  # fmt: skip


@pytest.fixture
def home(
    tmp_path: Path, database_url: str, office_keyring: GpgKeyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """SAKSFLYT_* pointing at a temp home, the test database and the office keyring."""
    for name in [n for n in os.environ if n.startswith("SAKSFLYT_") and n != TEST_KEK]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SAKSFLYT_HOME", str(tmp_path / "var"))
    monkeypatch.setenv("SAKSFLYT_DATABASE_URL", database_url)
    monkeypatch.setenv("SAKSFLYT_GNUPG_HOME", str(office_keyring.home))
    get_settings.cache_clear()
    yield tmp_path / "var"
    get_settings.cache_clear()


def auto_reply() -> bytes:
    message = EmailMessage()
    message["From"] = "fravaer@example.com"
    message["Subject"] = "Automatisk svar"
    message["Message-ID"] = "<auto-1@example.com>"
    message["Auto-Submitted"] = "auto-replied"
    message.set_content("Jeg er på ferie.")
    return message.as_bytes()


def receive(*raws: bytes) -> None:
    settings = wiring.prepare_home(get_settings())
    box = MaildirMailbox(settings.resolved_maildir)
    for raw in raws:
        box.deliver(raw)
    wiring.run_intake_once(settings)


def export() -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["submissions", "export", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


def test_export_has_one_object_per_message_with_the_stable_keys(
    home: Path, office_key: str, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    raw_plain = plain_request(1)
    receive(raw_plain, raw_plain, encrypted_request(2, sender_keyring, office_key), auto_reply())
    rows = export()
    assert [set(row) for row in rows] == [EXPORT_KEYS] * 4
    outcomes = [str(row["outcome"]) for row in rows]
    assert outcomes.count("duplicate") == 1 and outcomes.count("ignored") == 1
    cases = [o for o in outcomes if o not in ("duplicate", "ignored")]
    assert len(cases) == 2 and set(cases) <= {"registered", "rejected", "deficient", "needs_review"}
    assert all(row["parts"] for row in rows if row["case_number"])
    encrypted = next(row for row in rows if row["encryption"] == "pgp_mime")
    assert encrypted["case_number"] and str(encrypted["case_number"]).count("/") == 1
    assert encrypted["recipient_key_ids"]
    assert encrypted["quarantine_reason"] is None
    documents = encrypted["documents"]
    assert isinstance(documents, list) and documents[0]["name"] == "e-postteksten.txt"
    assert str(encrypted["received_at"]).endswith("+00:00")


def export_secret_key(keyring: GpgKeyring, fingerprint: str, target: Path) -> Path:
    armored = subprocess.run(
        ["gpg", "--homedir", str(keyring.home), "--batch", "--armor", "--export-secret-keys",
         fingerprint],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    target.write_bytes(armored)
    return target


def test_quarantined_mail_is_listed_and_retried_after_the_missing_key_is_imported(
    home: Path,
    tmp_path: Path,
    sender_keyring: GpgKeyring,
    gpg_keyrings: KeyringFactory,
) -> None:
    new_office = gpg_keyrings.new()
    new_key = new_office.generate_key("Datatilsynet 2027", "ny-nokkel@datatilsynet.example")
    sender_keyring.import_keys(new_office.export_public_key(new_key).encode())
    receive(encrypted_request(3, sender_keyring, new_key))
    (row,) = export()
    assert row["outcome"] == "quarantined" and "nøkkel" in str(row["quarantine_reason"])
    listing = CliRunner().invoke(app, ["quarantine", "list"])
    assert listing.exit_code == 0 and "nøkkel" in listing.stdout

    key_file = export_secret_key(new_office, new_key, tmp_path / "office-2027.asc")
    imported = CliRunner().invoke(app, ["keys", "import", str(key_file)])
    assert imported.exit_code == 0, imported.output
    retried = CliRunner().invoke(app, ["quarantine", "retry", str(row["submission_id"])])
    assert retried.exit_code == 0, retried.output
    (after,) = export()
    assert after["outcome"] != "quarantined" and after["case_number"]
    assert after["received_at"] == row["received_at"]  # T0 stays the arrival (C15)


def test_keys_generate_and_list_show_the_office_key(home: Path) -> None:
    generated = CliRunner().invoke(app, ["keys", "generate", "--email", "demo@example.org"])
    assert generated.exit_code == 0, generated.output
    listing = CliRunner().invoke(app, ["keys", "list"])
    assert "demo@example.org" in listing.stdout and "hemmelig" in listing.stdout


def test_a_senders_revocation_certificate_is_imported_and_listed_as_revoked(
    home: Path, tmp_path: Path, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    public_key = tmp_path / "sender.asc"
    public_key.write_text(sender_keyring.export_public_key(sender_key))
    revocation = tmp_path / "sender-revoked.asc"
    revocation.write_text(revocation_certificate(sender_keyring, sender_key))

    assert CliRunner().invoke(app, ["keys", "import", str(public_key)]).exit_code == 0
    revoked = CliRunner().invoke(app, ["keys", "import", str(revocation)])
    listing = CliRunner().invoke(app, ["keys", "list"], env={"COLUMNS": "200"})

    assert revoked.exit_code == 0, revoked.output
    assert f"Importert (offentlig, tilbakekalt): {sender_key}" in revoked.stdout
    assert "offentlig, tilbakekalt" in listing.stdout


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import cli; cli.main()", *args],
        env=env, capture_output=True, text=True, timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip


def clean_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAKSFLYT_") or k == TEST_KEK}
    env.update(overrides)
    return env


def test_a_missing_setting_stops_start_up_with_one_clear_line(tmp_path: Path) -> None:
    env = clean_env(SAKSFLYT_HOME=str(tmp_path), SAKSFLYT_IMAP_HOST="imap.example.no")
    result = run_cli(["intake", "--once"], env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "configuration_error: Konfigurasjonsfeil: SAKSFLYT_IMAP_USER mangler "
        "(SAKSFLYT_IMAP_HOST er satt)"
    ]


def test_a_bad_value_names_the_variable(tmp_path: Path) -> None:
    env = clean_env(SAKSFLYT_HOME=str(tmp_path), SAKSFLYT_BATCH_SIZE="mange")
    result = run_cli(["cases", "list"], env)
    assert result.returncode == 1
    assert "SAKSFLYT_BATCH_SIZE" in result.stderr and "Traceback" not in result.stderr


def test_plaintext_imap_is_refused_to_a_remote_host(tmp_path: Path) -> None:
    env = clean_env(
        SAKSFLYT_HOME=str(tmp_path), SAKSFLYT_IMAP_HOST="imap.example.no",
        SAKSFLYT_IMAP_USER="u", SAKSFLYT_IMAP_PASSWORD="p", SAKSFLYT_IMAP_TLS="none",
    )  # fmt: skip
    result = run_cli(["intake", "--once"], env)
    assert result.returncode == 1 and "loopback" in result.stderr


def test_the_demo_builds_a_register_and_can_run_again(tmp_path: Path) -> None:
    env = clean_env(SAKSFLYT_HOME=str(tmp_path / "var"), COLUMNS="200")
    first = run_cli(["demo"], env)
    assert first.returncode == 0, first.stderr[-3000:]
    for outcome in ("registered", "duplicate", "ignored", "quarantined", "attached"):
        assert outcome in first.stdout
    second = run_cli(["demo"], env)
    assert second.returncode == 0 and "allerede lastet" in second.stdout
    exported = json.loads(run_cli(["submissions", "export", "--format", "json"], env).stdout)
    assert len(exported) == 8
    signed = next(row for row in exported if row["encryption"] == "pgp_mime" and row["case_number"])
    assert signed["signature"] == "valid"


def test_a_caseworker_sets_the_parts_of_a_request_in_review_and_it_is_registered(
    home: Path,
) -> None:
    question = plain_request(5, body="Hei! Må vi be om forhåndsdrøftelse? Kan dere veilede oss?")
    receive(question)
    (row,) = export()
    assert row["outcome"] == "needs_review"
    case = str(row["case_number"])
    for part in range(1, 6):
        result = CliRunner().invoke(
            app, ["cases", "assess", case, "--part", str(part), "--present", "--reason",
                  "Mottatt på telefon", "--by", "kari"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    assert "registered; brev: receipt" in result.stdout
    (after,) = export()
    assert after["outcome"] == "registered"
    assert after["parts"] == {str(n): "present" for n in range(1, 6)}
    refused = CliRunner().invoke(app, ["cases", "assess", case, "--part", "1", "--missing",
                                       "--reason", "x"])  # fmt: skip
    assert refused.exit_code != 0  # a registered case is no longer re-assessed here
