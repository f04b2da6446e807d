"""CLI commands that run the engine: intake once (as a Prefect flow) and serve the schedules."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Annotated

import typer

from config import wiring
from config.settings import Settings, get_settings

PREFECT_QUIET = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
}


def prefect_environment(settings: Settings) -> None:
    """Keep Prefect's state under SAKSFLYT_HOME unless the user configured it (before import)."""
    os.environ.setdefault("PREFECT_HOME", str((settings.home / "prefect").resolve()))
    for name, value in PREFECT_QUIET.items():
        os.environ.setdefault(name, value)


def secret_from_block(settings: Settings, name: str) -> str:
    """Read a Prefect Secret block for a *_BLOCK setting; Prefect is imported only then."""
    prefect_environment(settings)
    from flows.secrets import secret_from_block as from_block

    return from_block(settings, name)


def secret_set(
    name: Annotated[str, typer.Argument(help="Navnet på Secret-blokken, f.eks. saksflyt-imap")],
) -> None:
    """Store a secret in a Prefect Secret block; the value is read from stdin, never echoed."""
    if sys.stdin.isatty():
        value = typer.prompt("Verdi", hide_input=True, confirmation_prompt=True)
    else:
        value = sys.stdin.read().rstrip("\n")
    if not value:
        raise typer.BadParameter("verdien er tom")
    prefect_environment(Settings())
    from flows.secrets import save_secret

    save_secret(name, value)
    typer.echo(f"Secret-blokken «{name}» er lagret")


def intake(
    once: Annotated[bool, typer.Option("--once", help="Poll one time and stop.")] = False,
) -> None:
    """Receive the mailbox once and process what is pending: both stages, in this process."""
    if not once:
        raise typer.BadParameter("bruk --once, eller `saksflyt serve` for faste intervaller")
    settings = wiring.prepare_home(get_settings())
    settings.check_imap()
    prefect_environment(settings)
    from flows.intake import intake_flow

    counts = intake_flow()
    if counts.get("another_receiver_running"):
        typer.echo("Mottak hoppet over – en annen mottaksprosess kjører for denne postkassen")
        return
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "ingen nye meldinger"
    typer.echo(f"Mottak fullført – {summary}")


def watch() -> None:
    """Receive as soon as mail arrives (IMAP IDLE) until stopped with Ctrl-C or SIGTERM."""
    settings = wiring.prepare_home(get_settings())
    settings.check_imap()
    prefect_environment(settings)
    from flows.watch import run_watcher

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: stop.set())
    target = settings.watch_deployment or "intake-flyten i denne prosessen"
    typer.echo(f"Venter på e-post i {settings.imap_folder} (mottak: {target}); Ctrl-C stopper")
    run_watcher(stop)
    typer.echo("Overvåkingen er stoppet")


def serve(
    force: Annotated[
        bool, typer.Option("--force", help="Ta over deployments som en annen vert kjører.")
    ] = False,
) -> None:
    """Serve the deployments of prefect.yaml on their schedules from this process."""
    settings = wiring.prepare_home(get_settings())
    settings.check_imap()
    prefect_environment(settings)
    server = None if os.environ.get("PREFECT_API_URL") else _start_local_server(settings)
    try:
        from flows.serve import serve_deployments

        serve_deployments(force=force)
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)


def _start_local_server(settings: Settings) -> subprocess.Popen[bytes]:
    """Prefect's temporary server never schedules, so run a real one under SAKSFLYT_HOME."""
    port = _free_port()
    log = (settings.home / "prefect-server.log").open("ab")
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--no-ui", "--analytics-off"]
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    api_url = f"http://127.0.0.1:{port}/api"
    _wait_healthy(api_url, server)
    os.environ["PREFECT_API_URL"] = api_url
    typer.echo(f"Lokal Prefect-server: {api_url} (logg: {Path(log.name)})")
    return server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(api_url: str, server: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise typer.Exit(_fail("Prefect-serveren stoppet under oppstart"))
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise typer.Exit(_fail("Prefect-serveren svarte ikke innen 90 sekunder"))


def _fail(message: str) -> int:
    typer.secho(message, err=True, fg="red")
    return 1
