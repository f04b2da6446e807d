"""`saksflyt watch`: start a receive as soon as mail arrives (IMAP IDLE), one at a time.

A long-running process next to the workers, not a deployment (docs/decisions/0009). The receive
it starts is the intake flow: in this process when SAKSFLYT_WATCH_DEPLOYMENT is unset, else a
run of that deployment on the Prefect server (`run_deployment`), waited for to its end, so this
watcher never has two receives going. The periodic poll deployment stays as the safety net.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from prefect.deployments.flow_runs import arun_deployment
from prefect.exceptions import ObjectNotFound
from prefect.utilities.asyncutils import run_coro_as_sync

from cases.errors import ConfigurationError
from config import wiring
from config.settings import Settings
from flows import secrets
from intake.watcher import Watcher, WatchPolicy

log = logging.getLogger(__name__)


def receive_here() -> bool:
    """The intake flow in this process; True when it ran (another receiver counts as not)."""
    from flows.intake import intake_flow  # the receive entry point

    counts = intake_flow()
    return not counts.get("another_receiver_running")


def receive_by_deployment(name: str, timeout: float) -> Callable[[], bool]:
    """A run of the deployment `<flow>/<deployment>`, waited for; True when it completed."""

    def receive() -> bool:
        started = arun_deployment(
            name, timeout=timeout, poll_interval=1, tags=["watch"], as_subflow=False
        )
        try:
            run = run_coro_as_sync(started)  # the async API run to completion, from any thread
        except ObjectNotFound:
            detail = f"SAKSFLYT_WATCH_DEPLOYMENT: Prefect-serveren har ingen deployment «{name}»"
            raise ConfigurationError(detail=detail) from None
        if run is None:
            raise RuntimeError(f"run_deployment({name}) returned nothing")
        state = run.state
        log.info("receive run %s ended %s", run.name, state.type.value if state else "?")
        return bool(state and state.is_completed())

    return receive


def watcher(settings: Settings, receive: Callable[[], bool] | None = None) -> Watcher:
    """The watcher for the configured mailbox; `receive` defaults from the settings."""
    if receive is None:
        if settings.watch_deployment:
            receive = receive_by_deployment(
                settings.watch_deployment, settings.watch_run_timeout_seconds
            )
        else:
            receive = receive_here
    policy = WatchPolicy(
        idle_seconds=settings.watch_idle_seconds, settle_seconds=settings.watch_settle_seconds
    )
    return Watcher(connect=lambda: wiring.mail_watch(settings), receive=receive, policy=policy)


def run_watcher(stop: threading.Event | None = None) -> None:
    """Watch until `stop` is set (SIGTERM/SIGINT in the CLI); receives as mail arrives."""
    settings = wiring.prepare_home(secrets.settings())
    stop = stop or threading.Event()
    watcher(settings).run(stop.is_set)
