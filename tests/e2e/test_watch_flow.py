"""`flows.watch` under Prefect: on arrival the watcher runs the intake flow in its process, or
asks the Prefect server for a run of the configured deployment (SAKSFLYT_WATCH_DEPLOYMENT)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cases.errors import ConfigurationError
from config import wiring
from config.settings import Settings, get_settings
from crypto.gpg import GpgKeyring
from flows import watch
from tests.mailfactory import encrypted_request
from tests.services.dovecot import ImapAccount
from tests.watching import wait_for, watcher_running


@pytest.fixture
def office_env(
    imap_account: ImapAccount,
    office_keyring: GpgKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[..., Settings]]:
    """Sets the SAKSFLYT_* environment of a watcher host (what the intake flow reads)."""
    for name in [n for n in os.environ if n.startswith("SAKSFLYT_")]:
        monkeypatch.delenv(name)

    def configure(**extra: str) -> Settings:
        values = {
            "HOME": str(tmp_path / "var"), "GNUPG_HOME": str(office_keyring.home),
            "IMAP_HOST": imap_account.host, "IMAP_PORT": str(imap_account.port),
            "IMAP_USER": imap_account.user, "IMAP_PASSWORD": imap_account.password,
            "IMAP_TLS": "none", "WATCH_SETTLE_SECONDS": "0.2",
        } | extra  # fmt: skip
        for name, value in values.items():
            monkeypatch.setenv(f"SAKSFLYT_{name}", value)
        get_settings.cache_clear()
        return wiring.prepare_home(get_settings())

    yield configure
    get_settings.cache_clear()


@contextmanager
def running(settings: Settings) -> Iterator[watch.Watcher]:
    with watcher_running(watch.watcher(settings), stop_seconds=60) as watcher:
        yield watcher


def test_in_local_mode_arrival_runs_the_intake_flow_here(
    prefect_harness: None,
    office_env: Callable[..., Settings],
    imap_account: ImapAccount,
    sender_keyring: GpgKeyring,
    office_key: str,
) -> None:
    settings = office_env()

    def cases() -> int:
        with wiring.register(settings) as register:
            return len(register.cases())

    with running(settings) as watcher:
        wait_for(lambda: watcher.connections == 1, 15)
        imap_account.append(encrypted_request(1, sender_keyring, office_key))
        wait_for(lambda: cases() == 1, 60)
    assert watcher.receives == 1
    assert imap_account.folder_uids("INBOX") == []


def test_on_a_server_arrival_asks_for_a_run_of_the_configured_deployment(
    prefect_harness: None, office_env: Callable[..., Settings], imap_account: ImapAccount
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterTags
    from prefect.utilities.asyncutils import run_coro_as_sync

    from flows.intake import intake_flow

    name = f"watch-{imap_account.user}"

    async def deploy() -> None:  # the async API: to_deployment turns async when a loop runs
        await (await intake_flow.ato_deployment(name=name)).aapply()

    run_coro_as_sync(deploy())
    # No worker serves it here: the run stays Scheduled, and the watcher waits this long for it.
    settings = office_env(WATCH_DEPLOYMENT=f"intake/{name}", WATCH_RUN_TIMEOUT_SECONDS="1")

    def runs() -> list[str]:
        tagged = FlowRunFilter(tags=FlowRunFilterTags(all_=["watch"]))
        with get_client(sync_client=True) as client:
            found = client.read_flow_runs(flow_run_filter=tagged)
            return [str(client.read_deployment(run.deployment_id).name) for run in found
                    if run.deployment_id]  # fmt: skip

    with running(settings) as watcher:
        wait_for(lambda: watcher.connections == 1, 15)
        imap_account.append(b"Subject: hei\r\n\r\nkropp\r\n")
        wait_for(lambda: name in runs(), 30)
    assert watcher.receives >= 1
    assert imap_account.folder_uids("INBOX") == [1]  # the run did not happen here


def test_a_deployment_the_server_does_not_have_stops_the_watcher_with_one_clear_line(
    prefect_harness: None, office_env: Callable[..., Settings], imap_account: ImapAccount
) -> None:
    imap_account.append(b"Subject: hei\r\n\r\nkropp\r\n")
    settings = office_env(WATCH_DEPLOYMENT="intake/finnes-ikke")
    with pytest.raises(ConfigurationError) as stopped:
        watch.watcher(settings).run(lambda: False)  # returns only by raising
    assert "SAKSFLYT_WATCH_DEPLOYMENT" in str(stopped.value) and "intake/finnes-ikke" in str(
        stopped.value
    )
    assert imap_account.folder_uids("INBOX") == [1]
