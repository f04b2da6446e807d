"""Pytest fixture: one Prefect test harness for the whole run (a temporary API server).

Loaded as a plugin by tests/conftest.py; ask for ``prefect_harness`` in any test that runs a
flow. The server behind it lives for the session because its start costs about 10 s
(docs/toolchain.md pitfall 7): PREFECT_HOME in a temporary folder, telemetry off on both
sides, a 90 s start-up timeout and the per-run heartbeat off (pitfall 5: it adds about 1 s to
every flow run).

Prefect's events worker, though, does not outlive the test that ran a flow: its websocket pings
draw from the global ``random`` module in a background thread, which Hypothesis reports as a
strategy using ``random`` in whatever property test runs then.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Iterator

import pytest

QUIET = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
}


@pytest.fixture(scope="session")
def _prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("prefect-home")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PREFECT_HOME", str(home))
        env.delenv("PREFECT_API_URL", raising=False)
        env.delenv("PREFECT_PROFILE", raising=False)
        for name, value in QUIET.items():
            env.setenv(name, value)
        import prefect.settings as ps
        from prefect.settings import temporary_settings
        from prefect.testing.utilities import prefect_test_harness

        # The same values as settings too: Prefect may have been imported (and its settings
        # read) before this fixture ran, e.g. by a test module importing a flow.
        updates = {
            ps.PREFECT_HOME: home,
            ps.PREFECT_SERVER_ANALYTICS_ENABLED: False,
            ps.PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 90,
            ps.PREFECT_LOGGING_TO_API_ENABLED: False,
        }
        with (
            temporary_settings(updates=updates),
            prefect_test_harness(server_startup_timeout=90),
            temporary_settings(updates={ps.PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
        ):
            yield


@pytest.fixture
def prefect_harness(_prefect_server: None) -> Iterator[None]:
    yield
    from prefect.events.worker import EventsWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain_events() -> None:
        drained = EventsWorker.drain_all()
        if inspect.isawaitable(drained):
            await drained

    run_coro_as_sync(drain_events())
    # drain_all resolves once the queue is empty; the thread itself ends a moment later (a CI
    # run caught it still alive), so wait for it before asking.
    for thread in threading.enumerate():
        if thread.name == "EventsWorkerThread":
            thread.join(timeout=10)
    # If a Prefect upgrade stops drain_all from ending the thread, say so here rather than as a
    # flaky Hypothesis failure somewhere else.
    alive = [thread.name for thread in threading.enumerate()]
    assert "EventsWorkerThread" not in alive, f"Prefect's events worker outlived the test: {alive}"
