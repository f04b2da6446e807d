"""The intake flow under Prefect against Dovecot, gpg and PostgreSQL; the served schedules."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from config.settings import get_settings
from crypto.gpg import GpgKeyring
from tests.mailfactory import encrypted_request, plain_request
from tests.services.dovecot import ImapAccount


@pytest.fixture
def imap_office(
    imap_account: ImapAccount,
    postgres_url: str,
    office_keyring: GpgKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[ImapAccount]:
    for name in [n for n in os.environ if n.startswith("SAKSFLYT_")]:
        monkeypatch.delenv(name)
    settings = {
        "HOME": str(tmp_path / "var"), "DATABASE_URL": postgres_url,
        "GNUPG_HOME": str(office_keyring.home), "IMAP_HOST": imap_account.host,
        "IMAP_PORT": str(imap_account.port), "IMAP_USER": imap_account.user,
        "IMAP_PASSWORD": imap_account.password, "IMAP_TLS": "none",
    }  # fmt: skip
    for name, value in settings.items():
        monkeypatch.setenv(f"SAKSFLYT_{name}", value)
    get_settings.cache_clear()
    yield imap_account
    get_settings.cache_clear()


def test_the_intake_flow_registers_the_mailbox_and_a_second_poll_finds_nothing(
    prefect_harness: None,
    imap_office: ImapAccount,
    sender_keyring: GpgKeyring,
    office_key: str,
) -> None:
    from flows.intake import intake_flow

    imap_office.append(plain_request(1))
    imap_office.append(encrypted_request(2, sender_keyring, office_key))
    counts = intake_flow()
    assert sum(counts.values()) == 2 and "quarantined" not in counts
    assert imap_office.folder_uids("INBOX") == []
    assert len(imap_office.folder_uids("Processed")) == 2
    assert intake_flow() == {}


def test_serve_offers_intake_every_five_minutes_and_alerts_at_seven_on_working_days() -> None:
    from flows.serve import deployments

    by_name = {d.name: d for d in deployments(get_settings())}
    intake = by_name["intake-poll"].schedules[0].schedule
    alerts = by_name["deadline-alerts"].schedules[0].schedule
    assert intake.interval.total_seconds() == 300
    assert (alerts.cron, alerts.timezone) == ("0 7 * * 1-5", "Europe/Oslo")


def test_every_deployment_loads_from_its_entrypoint_as_a_worker_would() -> None:
    """A worker starts a fresh process and imports the entrypoint; so does this test."""
    from flows.serve import deployments

    for deployment in deployments(get_settings()):
        script = (
            "import sys; from prefect.flows import load_flow_from_entrypoint; "
            "print(load_flow_from_entrypoint(sys.argv[1]).name)"
        )
        loaded = subprocess.run(
            [sys.executable, "-c", script, str(deployment.entrypoint)],
            capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
        )  # fmt: skip
        assert loaded.returncode == 0, loaded.stderr[-2000:]
        assert loaded.stdout.strip() == deployment.flow_name


def test_the_imap_password_can_come_from_a_prefect_secret_block(prefect_harness: None) -> None:
    from prefect.blocks.system import Secret
    from prefect.utilities.asyncutils import run_coro_as_sync

    from config.settings import Settings
    from flows.secrets import imap_password

    secret = Secret(value="hemmelig-passord")
    run_coro_as_sync(secret.asave("saksflyt-imap-test", overwrite=True))
    settings = Settings(
        imap_host="127.0.0.1", imap_user="u", imap_password_block="saksflyt-imap-test"
    )
    settings.check_imap()  # a block instead of SAKSFLYT_IMAP_PASSWORD is a complete configuration
    assert imap_password(settings) == "hemmelig-passord"
    assert imap_password(Settings()) is None
