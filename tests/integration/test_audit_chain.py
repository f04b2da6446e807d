"""The audit log is a hash chain: deleted, altered and reordered rows are reported."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from cases import migrate
from cases.orm_audit import audit_entries, chain_hash, record_audit, verify_audit_chain
from cli import app
from config import wiring
from config.settings import Settings, get_settings
from tests.integration.alert_helpers import STAFF_YAML, open_case
from tests.services.database import _create_postgres_database, _drop_postgres_database

AT = datetime(2026, 6, 8, 9, 30, 15, 123456, tzinfo=UTC)


def settings_for(url: str, home: Path) -> Settings:
    return Settings(home=home, database_url=url)


def append(settings: Settings, count: int, actor: str = "kari") -> None:
    for n in range(count):
        with wiring.session(settings) as session:
            record_audit(session, at=AT + timedelta(seconds=n), actor=actor, action="view_case",
                         case_reference=f"2026/{n:05d}", detail=f"document:{n}")  # fmt: skip


def execute(settings: Settings, statement: str) -> None:
    with wiring.session(settings) as session:
        session.execute(text(statement))


def verdict(settings: Settings):  # type: ignore[no-untyped-def]
    with wiring.session(settings) as session:
        return verify_audit_chain(session)


def test_an_untouched_chain_verifies(database_url: str, tmp_path: Path) -> None:
    settings = settings_for(database_url, tmp_path)
    append(settings, 5)
    result = verdict(settings)
    assert result.ok and result.rows == 5 and len(result.head_hash) == 64


def test_a_row_deleted_by_sql_is_reported_at_the_row_after_it(
    database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(database_url, tmp_path)
    append(settings, 6)
    execute(settings, "DELETE FROM audit_log WHERE id = 3")
    result = verdict(settings)
    assert not result.ok and result.broken_at == 4 and result.rows == 2
    assert "lenken til raden før er brutt" in (result.problem or "")


def test_an_actor_rewritten_by_sql_is_reported_at_that_row(
    database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(database_url, tmp_path)
    append(settings, 6)
    execute(settings, "UPDATE audit_log SET actor = 'noen-andre' WHERE id = 5")
    result = verdict(settings)
    assert not result.ok and result.broken_at == 5 and "endret" in (result.problem or "")


def test_reordered_rows_are_reported(database_url: str, tmp_path: Path) -> None:
    settings = settings_for(database_url, tmp_path)
    append(settings, 4)
    execute(settings, "UPDATE audit_log SET id = 100 WHERE id = 2")
    execute(settings, "UPDATE audit_log SET id = 2 WHERE id = 3")
    execute(settings, "UPDATE audit_log SET id = 3 WHERE id = 100")
    result = verdict(settings)
    assert not result.ok and result.broken_at == 2


def test_deleting_the_newest_rows_shows_against_the_chain_head(
    database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(database_url, tmp_path)
    append(settings, 4)
    execute(settings, "DELETE FROM audit_log WHERE id >= 3")
    result = verdict(settings)
    assert (
        not result.ok
        and result.rows == 2
        and "rader på slutten er slettet" in (result.problem or "")
    )


def test_concurrent_appends_stay_one_valid_chain(database_url: str, tmp_path: Path) -> None:
    settings = settings_for(database_url, tmp_path)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        start.wait()
        try:
            append(settings, 15, actor=f"writer-{n}")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = verdict(settings)
    assert result.ok and result.rows == 60, result


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_migration_chains_the_rows_written_before_it(backend: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}" if backend == "sqlite" else _create_postgres_database()
    engine = create_engine(url)
    try:
        config = migrate.alembic_config(url)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0004")
        with engine.begin() as connection:
            for n in range(3):
                connection.execute(
                    text("INSERT INTO audit_log (at, actor, action, case_reference, detail) "
                         "VALUES (:at, :actor, 'view_case', NULL, :detail)"),
                    {"at": AT + timedelta(minutes=n), "actor": f"før-{n}", "detail": f"æ {n}"},
                )  # fmt: skip
        migrate.upgrade(engine)
        settings = settings_for(url, tmp_path)
        append(settings, 2)
        result = verdict(settings)
        assert result.ok and result.rows == 5, result
        with wiring.session(settings) as session:
            oldest = audit_entries(session)[-1]
        assert oldest.prev_hash == "0" * 64 and oldest.row_hash == chain_hash(
            "0" * 64, AT, "før-0", "view_case", None, "æ 0"
        )
    finally:
        engine.dispose()
        wiring.engine_for(url).dispose()
        if backend == "postgresql":
            _drop_postgres_database(url)


# --- the CLI: actions are audited under the operator's identity; verify and db check ----------
@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    (tmp_path / "staff.yaml").write_text(STAFF_YAML, encoding="utf-8")
    monkeypatch.setenv("SAKSFLYT_HOME", str(tmp_path))
    monkeypatch.setenv("SAKSFLYT_STAFF_FILE", str(tmp_path / "staff.yaml"))
    monkeypatch.setenv("SAKSFLYT_ACTOR", "ola.drift")
    get_settings.cache_clear()
    yield wiring.prepare_home(get_settings())
    wiring.engine_for(get_settings().resolved_database_url).dispose()
    get_settings.cache_clear()


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_cli_actions_are_audited_under_the_configured_identity_not_by(home: Settings) -> None:
    number = open_case(home, date(2026, 3, 20))
    code, output = invoke("case", "assign", str(number), "--to", "kari", "--by", "sjefen")
    assert code == 0, output
    code, output = invoke("case", "withdraw", str(number), "--on", "2026-04-01")
    assert code == 0, output
    with wiring.session(home) as session:
        rows = audit_entries(session)
    assert [(r.actor, r.action, r.case_reference) for r in reversed(rows)] == [
        ("ola.drift", "cli_case_assign", number.canonical),
        ("ola.drift", "cli_case_withdraw", number.canonical),
    ]
    assert rows[-1].detail == "--by sjefen"  # only a note
    with wiring.register(home) as register:
        events = register.events(number)
    assert {e.actor for e in events if e.kind in ("assigned", "withdrawn")} == {"ola.drift"}


def test_audit_verify_and_db_check_report_a_deleted_row(home: Settings) -> None:
    append(home, 4)
    code, output = invoke("audit", "verify")
    assert code == 0 and "Revisjonsloggen er hel: 4 rader" in output
    execute(home, "DELETE FROM audit_log WHERE id = 2")
    code, output = invoke("audit", "verify")
    assert code == 1 and "brutt ved rad 3" in output
    code, output = invoke("db", "check")
    assert code == 1 and "brutt ved rad 3" in output
