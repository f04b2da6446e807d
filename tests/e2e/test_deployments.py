"""prefect.yaml as the one definition: what `serve` runs, what it refuses, and the secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cases.errors import ConfigurationError
from config.settings import get_settings
from tests.services.kek import TEST_KEK

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in [n for n in os.environ if n.startswith("SAKSFLYT_") and n != TEST_KEK]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SAKSFLYT_HOME", str(tmp_path / "var"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_serve_runs_the_deployments_of_prefect_yaml_with_their_schedules_and_limits() -> None:
    from flows.serve import deployments

    by_name = {d.name: d for d in deployments()}
    assert set(by_name) == {"receive-poll", "process-pending", "deadline-alerts", "ops-watch"}
    receive = by_name["receive-poll"].schedules[0].schedule
    alerts = by_name["deadline-alerts"].schedules[0].schedule
    assert receive.interval.total_seconds() == 300
    assert (alerts.cron, alerts.timezone) == ("0 7 * * 1-5", "Europe/Oslo")
    for deployment in by_name.values():
        assert deployment.work_pool_name is None
        if deployment.name == "process-pending":  # runs in parallel: each claims with a lease
            assert deployment.concurrency_limit is None
            continue
        assert deployment.concurrency_limit == 1
        assert deployment.concurrency_options.collision_strategy == "ENQUEUE"


def test_every_deployment_loads_from_its_entrypoint_as_a_worker_would() -> None:
    """A worker starts a fresh process and imports the entrypoint; so does this test."""
    from flows.deployments import load_definitions

    for definition in load_definitions():
        assert definition.work_pool == "saksflyt"
        script = (
            "import sys; from prefect.flows import load_flow_from_entrypoint; "
            "print(load_flow_from_entrypoint(sys.argv[1]).name)"
        )
        loaded = subprocess.run(
            [sys.executable, "-c", script, definition.entrypoint],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
        assert loaded.returncode == 0, loaded.stderr[-2000:]
        assert loaded.stdout.strip() == definition.flow_name


def test_serve_refuses_to_take_over_a_deployment_that_workers_run(
    prefect_harness: None, clean_env: None
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.utilities.asyncutils import run_coro_as_sync

    from flows.deployments import load_definitions
    from flows.serve import conflicts, serve_deployments

    definitions = load_definitions()
    with get_client(sync_client=True) as client:
        client.create_work_pool(WorkPoolCreate(name="saksflyt", type="process"), overwrite=True)
    intake = next(d for d in definitions if d.name == "receive-poll")
    worker_side = intake.to_served()
    worker_side.work_pool_name = "saksflyt"
    # the async API run to completion: `apply` turns async when any event loop is running
    run_coro_as_sync(worker_side.aapply())
    [line] = conflicts(definitions)
    assert line.startswith("receive/receive-poll: kjøres av arbeidere i work pool «saksflyt»")
    with pytest.raises(ConfigurationError) as refused:
        serve_deployments()
    assert "--force" in refused.value.user_message()

    with get_client(sync_client=True) as client:
        client.delete_deployment(client.read_deployment_by_name(intake.full_name).id)
    run_coro_as_sync(intake.to_served().aapply())  # served from here before: nothing to refuse
    assert conflicts(definitions) == []


def test_every_secret_can_come_from_a_prefect_secret_block(
    prefect_harness: None, clean_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import secrets

    values = {
        "database_url": "postgresql+psycopg://saksflyt:db-hemmelig@db.example/saksflyt",
        "imap_password": "imap-hemmelig", "smtp_password": "smtp-hemmelig",
        "gpg_passphrase": "gpg-hemmelig", "dashboard_secret": "dashbord-hemmelig",
    }  # fmt: skip
    for name, value in values.items():
        block = f"saksflyt-{name}".replace("_", "-")
        secrets.save_secret(block, value)  # what `saksflyt secret set` does
        monkeypatch.setenv(f"SAKSFLYT_{name.upper()}_BLOCK", block)
    monkeypatch.setenv("SAKSFLYT_IMAP_PASSWORD", "from-the-environment")  # the block wins
    get_settings.cache_clear()
    settings = secrets.settings()
    assert settings.database_url == values["database_url"]
    for name in ("imap_password", "smtp_password", "gpg_passphrase", "dashboard_secret"):
        assert getattr(settings, name).get_secret_value() == values[name]
    assert "hemmelig" not in repr(settings.smtp_password)

    monkeypatch.setenv("SAKSFLYT_SMTP_PASSWORD_BLOCK", "finnes-ikke")
    get_settings.cache_clear()
    with pytest.raises(ConfigurationError) as missing:
        secrets.settings()
    assert "finnes-ikke" in missing.value.user_message()


def test_db_upgrade_shows_the_database_url_without_its_password(
    clean_env: None, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli import app

    monkeypatch.setenv("SAKSFLYT_DATABASE_URL", postgres_url)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert ":***@127.0.0.1" in result.output and ":postgres@" not in result.output
