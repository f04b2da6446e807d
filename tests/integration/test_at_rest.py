"""Encryption at rest (docs/decisions/0008): a raw read of the register and of every file under
SAKSFLYT_HOME, after intake and the demo's and the CLI's letter drafts, finds none of a request's
decrypted content and no sender's name or address in the register; key rotation; legacy rows.

Runs on SQLite (the database file's bytes) and on PostgreSQL (a raw SELECT of every column).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from cases import sealed
from cases.model import CaseEvent, NewCase
from cases.orm import Base, CaseRow
from cases.orm_audit import AuditRow
from cases.orm_keys import DataKeyRow
from cases.outgoing import NewOutgoingMail
from cli import app
from cli.demo_letters import draft_demo_letters
from config import wiring
from config.settings import get_settings
from crypto.compose import pgp_mime_message
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from vault.envelope import Kek, kek_text, new_key

# ASCII on purpose: JSON escapes other characters, which would hide a plaintext from the search.
SUBJECT = "Hjertepumpe-registeret i Vestfold"
CONTACT = "Ingrid Kvalheim"
SENTENCES = (
    "Pasientene far fjernovervaking av hjertepumpen hver natt",
    "Risikoen for lekkasje av journaldata er vurdert som hoy",
    "Behandlingen omfatter helseopplysninger om sju tusen pasienter",
)
SECRETS = (SUBJECT, CONTACT, *SENTENCES)
# The sender (the outer From, in clear on the wire and in the mailbox): personal data the
# register keeps sealed too, as the controller's contact and the letters' recipient.
SENDER_NAME, SENDER_ADDRESS = "Per Haugseth", "per.haugseth@helsevest.example"
EXAMPLES = Path(__file__).resolve().parents[2] / "letters" / "examples"


@pytest.fixture(autouse=True)
def _keys_restored() -> Iterator[None]:
    """Tests here play fresh processes (clearing the loaded keys); the next test gets them back."""
    ring = list(sealed._ring)
    yield
    sealed._ring[:] = ring
    wiring._kek_checked.clear()


@pytest.fixture
def home(
    tmp_path: Path, database_url: str, office_keyring: GpgKeyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    for name in [n for n in os.environ if n.startswith("SAKSFLYT_")]:  # also the KEK
        monkeypatch.delenv(name)
    monkeypatch.setenv("SAKSFLYT_HOME", str(tmp_path / "var"))
    monkeypatch.setenv("SAKSFLYT_DATABASE_URL", database_url)
    monkeypatch.setenv("SAKSFLYT_GNUPG_HOME", str(office_keyring.home))
    get_settings.cache_clear()
    yield tmp_path / "var"
    get_settings.cache_clear()


def secret_request(sender: GpgKeyring, office_key: str) -> bytes:
    """A PGP/MIME request whose subject is protected (RFC 9788) and whose body and DPIA hold
    the secret sentences and the contact person's name."""
    inner = EmailMessage()
    inner["Subject"] = SUBJECT
    inner.set_content(
        "Hei,\n\nVi anmoder om forhandsdrofting etter personvernforordningen artikkel 36.\n"
        f"{SENTENCES[0]}.\n\nKontaktperson: {CONTACT}, telefon 22 33 44 55.\n"
    )
    dpia = f"Vurdering av personvernkonsekvenser\n{SENTENCES[1]}.\n{SENTENCES[2]}.\n"
    # the file name names the contact person: a name from inside the encryption is sealed too
    inner.add_attachment(dpia.encode(), "text", "plain", filename=f"DPIA {CONTACT}.txt")
    outer = pgp_mime_message(sender.encrypt(inner.as_bytes(), [office_key], None))
    outer["From"] = f"{SENDER_NAME} <{SENDER_ADDRESS}>"
    outer["To"] = "postkasse@datatilsynet.example"
    outer["Subject"] = "..."
    outer["Date"] = format_datetime(datetime(2026, 3, 20, 15, 45, tzinfo=UTC))
    outer["Message-ID"] = "<secret-1@helsevest.example>"
    return outer.as_bytes()


def raw_database(url: str) -> list[bytes]:
    """Every stored value as the database gives it, without the ORM's column types; for SQLite
    also the bytes of the database file and its write-ahead log."""
    values: list[bytes] = []
    engine = create_engine(url)
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(text(f'SELECT * FROM "{table.name}"')):
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        values.append(bytes(value))
                    elif value is not None:
                        values.append(str(value).encode("utf-8"))
    engine.dispose()
    database = make_url(url).database
    if url.startswith("sqlite") and database:
        for suffix in ("", "-wal"):
            if Path(database + suffix).exists():
                values.append(Path(database + suffix).read_bytes())
    return values


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def plaintext_found(blobs: list[bytes], secrets: tuple[str, ...] = SECRETS) -> set[str]:
    lowered = [blob.lower() for blob in blobs]
    return {s for s in secrets if any(s.lower().encode() in blob for blob in lowered)}


def test_a_raw_read_finds_no_decrypted_content(
    home: Path,
    database_url: str,
    office_key: str,
    sender_keyring: GpgKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The mail server's folder, outside the home as in production (it holds the mail as sent).
    monkeypatch.setenv("SAKSFLYT_MAILDIR", str(tmp_path / "Maildir"))
    get_settings.cache_clear()
    settings = wiring.prepare_home(get_settings())
    MaildirMailbox(settings.resolved_maildir).deliver(secret_request(sender_keyring, office_key))
    summary = wiring.run_intake_once(settings)
    assert summary.total == 1, summary.counts
    with wiring.session(settings) as session:  # the register reads it all back in clear
        case = session.scalars(select(CaseRow)).one()
        assert (case.title, case.controller_name) == (SUBJECT, SENDER_NAME)
        assert case.controller_email == SENDER_ADDRESS
        kinds = session.execute(text("SELECT kind FROM outgoing_messages")).scalars().all()
        reference = f"{case.year}/{case.sequence:05d}"
    assert kinds, "the intake wrote letters"
    result = CliRunner().invoke(app, ["submissions", "export", "--format", "json"])
    assert result.exit_code == 0 and SUBJECT in result.stdout  # exports decrypt
    assert SENDER_ADDRESS in result.stdout

    # The demo's letters and a caseworker's draft: kept in the register, no file in the home.
    demo = draft_demo_letters(settings)
    assert [record.kind for record in demo] == ["decision"]
    findings = str(EXAMPLES / "info-request.yaml")
    drafted = CliRunner().invoke(
        app, ["letters", "draft", reference, "--kind", "info_request", "--findings", findings]
    )
    assert drafted.exit_code == 0, drafted.output
    assert "letters export" in drafted.output and "/utkast/" in drafted.output

    identity = (*SECRETS, SENDER_NAME, SENDER_ADDRESS)
    assert plaintext_found(raw_database(database_url), identity) == set()
    in_home = [path.read_bytes() for path in files_under(home)]
    assert plaintext_found(in_home, identity) == set()
    assert (home / "kek").stat().st_mode & 0o777 == 0o600

    # An export goes where the operator names, and holds what the home does not.
    folder = str(tmp_path / "brev")
    exported = CliRunner().invoke(app, ["letters", "export", str(demo[0].id), "--out", folder])
    assert exported.exit_code == 0, exported.output
    files = files_under(tmp_path / "brev")
    assert files and {path.stat().st_mode & 0o777 for path in files} == {0o600}
    assert plaintext_found([path.read_bytes() for path in files], (SENDER_NAME,)) == {SENDER_NAME}


def open_case(title: str) -> None:
    at = datetime(2026, 4, 1, 9, tzinfo=UTC)
    with wiring.register(get_settings()) as register:
        number = register.open_case(
            NewCase(at, date(2026, 4, 1), "a@example.no", "A", title, "", at)
        ).number
        register.append_event(number, CaseEvent("note", at, "test", {"note": SENTENCES[0]}))


def test_rotation_rewraps_every_data_key_and_the_old_kek_is_then_not_needed(
    home: Path, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    old_file, new_file = tmp_path / "old.kek", tmp_path / "new.kek"
    runner = CliRunner()
    assert runner.invoke(app, ["keys", "new-kek", str(old_file)]).exit_code == 0
    assert (old_file.stat().st_mode & 0o777) == 0o600
    monkeypatch.setenv("SAKSFLYT_KEK_FILE", str(old_file))
    get_settings.cache_clear()
    wiring.prepare_home(get_settings())
    for n in range(3):
        open_case(f"{SUBJECT} {n}")
    assert runner.invoke(app, ["keys", "new-kek", str(new_file)]).exit_code == 0
    assert runner.invoke(app, ["keys", "new-kek", str(new_file)]).exit_code != 0  # no overwrite

    monkeypatch.setenv("SAKSFLYT_KEK_FILE", str(new_file))
    monkeypatch.setenv("SAKSFLYT_KEK_PREVIOUS_FILE", str(old_file))
    get_settings.cache_clear()
    first = runner.invoke(app, ["keys", "rotate-kek", "--batch", "2"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["keys", "rotate-kek"])  # restartable: nothing left to do
    assert again.exit_code == 0 and "Ferdig: 0" in again.output

    new_id = Kek(bytes(__import__("base64").b64decode(new_file.read_text()))).id
    with wiring.session(get_settings()) as session:
        assert set(session.scalars(select(DataKeyRow.kek_id))) == {new_id}
        actions = list(session.scalars(select(AuditRow.action).order_by(AuditRow.id)))
    assert "cli_keys_rotate_kek_started" in actions and "cli_keys_rotate_kek_done" in actions

    # Without the old KEK, in a fresh process's state: every value still opens.
    monkeypatch.delenv("SAKSFLYT_KEK_PREVIOUS_FILE")
    get_settings.cache_clear()
    sealed.forget_data_keys()
    sealed._ring.clear()
    with wiring.register(get_settings()) as register:
        titles = sorted(case.title for case in register.cases())
        events = register.events(register.cases()[0].number)
    assert titles == [f"{SUBJECT} {n}" for n in range(3)]
    assert events[0].data == {"note": SENTENCES[0]}
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0


def test_legacy_plaintext_rows_are_read_and_sealed_by_seal_existing(
    home: Path, database_url: str
) -> None:
    settings = wiring.prepare_home(get_settings())
    open_case(SUBJECT)
    with wiring.session(settings) as session:  # as a row from before migration 0009
        session.execute(text("UPDATE cases SET title = :t, data_key_id = NULL"), {"t": SUBJECT})
        session.execute(
            text("UPDATE case_events SET data = :d"), {"d": f'{{"note": "{SENTENCES[0]}"}}'}
        )
        raw = f"Subject: {SENTENCES[1]}\r\n\r\nbody\r\n".encode()
        session.execute(
            text("INSERT INTO raw_messages (sha256, size, content) VALUES ('x', 1, :c)"), {"c": raw}
        )
    with wiring.register(settings) as register:
        assert [case.title for case in register.cases()] == [SUBJECT]
        assert register.events(register.cases()[0].number)[0].data == {"note": SENTENCES[0]}
    assert plaintext_found(raw_database(database_url)) == {SUBJECT, *SENTENCES[:2]}
    result = CliRunner().invoke(app, ["keys", "seal-existing", "--batch", "2"])
    assert result.exit_code == 0 and "3 verdier" in result.output, result.output
    assert plaintext_found(raw_database(database_url)) == set()
    with wiring.register(settings) as register:
        assert [case.title for case in register.cases()] == [SUBJECT]
        assert register.events(register.cases()[0].number)[0].data == {"note": SENTENCES[0]}
        assert register.raw_message("x") == raw


def test_recipients_are_sealed_as_a_list_and_a_legacy_list_is_read_and_sealed(
    home: Path, database_url: str
) -> None:
    settings = wiring.prepare_home(get_settings())
    mail = NewOutgoingMail("alert", (SENDER_ADDRESS, "leder@datatilsynet.example"), "Frist", "x")
    with wiring.outbox(settings) as outbox:
        sealed_id, legacy_id = (
            outbox.queue(mail, wiring.utc_now()),
            outbox.queue(mail, wiring.utc_now()),
        )
    assert plaintext_found(raw_database(database_url), (SENDER_ADDRESS,)) == set()
    with wiring.session(settings) as session:  # as a row from before migration 0014
        session.execute(
            text("UPDATE outgoing_messages SET recipients = :r WHERE id = :id"),
            {"r": f'["{SENDER_ADDRESS}"]', "id": legacy_id},
        )
    assert plaintext_found(raw_database(database_url), (SENDER_ADDRESS,)) == {SENDER_ADDRESS}
    with wiring.outbox(settings) as outbox:
        assert outbox.get(sealed_id).recipients == mail.recipients
        assert outbox.get(legacy_id).recipients == (SENDER_ADDRESS,)
    result = CliRunner().invoke(app, ["keys", "seal-existing"])
    assert result.exit_code == 0 and "1 verdier" in result.output, result.output
    assert plaintext_found(raw_database(database_url), (SENDER_ADDRESS,)) == set()
    with wiring.outbox(settings) as outbox:
        assert outbox.get(legacy_id).recipients == (SENDER_ADDRESS,)


def test_a_kek_that_is_not_a_key_stops_start_up_with_one_line(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAKSFLYT_KEK", "not a key")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["keys", "kek-status"])
    assert result.exit_code != 0
    assert "not a key" not in result.output
    monkeypatch.setenv("SAKSFLYT_KEK", kek_text(Kek(new_key())))
    get_settings.cache_clear()
    assert CliRunner().invoke(app, ["keys", "kek-status"]).exit_code == 0


def test_a_process_whose_kek_wraps_none_of_the_registers_keys_is_refused(
    home: Path, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wiring.prepare_home(get_settings())
    open_case(SUBJECT)  # a data key under the home's KEK
    stranger = tmp_path / "stranger.kek"
    wiring.write_new_kek(stranger)
    monkeypatch.setenv("SAKSFLYT_HOME", str(tmp_path / "other-home"))
    monkeypatch.setenv("SAKSFLYT_KEK_FILE", str(stranger))
    get_settings.cache_clear()
    sealed._ring.clear()  # a fresh process: only its own KEK
    wiring._kek_checked.clear()
    result = CliRunner().invoke(app, ["keys", "kek-status"])
    assert result.exit_code == 1
    assert "datanøkler er pakket inn" in result.output or "datanøkler" in str(result.exception)
