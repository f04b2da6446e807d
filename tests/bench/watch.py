"""Latency benchmark: APPEND → case in the register with `saksflyt watch` running; reports only.

A private Dovecot, a fresh PostgreSQL register and a real `saksflyt watch` process, in two modes
(BENCH_WATCH_MODES=local,server): "local" runs the intake flow in the watcher's own process;
"server" runs as the README's operator guide says: a Prefect server, the process pool,
`prefect deploy --all`, one worker (PREFECT_WORKER_QUERY_SECONDS=2, as the README advises), and
the watcher asks for runs of `intake/intake-poll`. After one warm-up message (Prefect's temporary
server, or the worker's first run, starts), BENCH_WATCH_MESSAGES (30) signed PGP/MIME
requests are APPENDed one at a time, 0.2–2 s after the previous one became a case; then a burst
of BENCH_WATCH_BURST (10) at once. Each latency is from the APPEND's reply to the moment its
case is in the register (polled every 50 ms).

Target: p95 at most 60 s; aim 10 s.
"""

from __future__ import annotations

import os
import random
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from cases.orm import CaseRow
from tests.bench.intake import ROOT, database, dovecot, fresh_account, keyring
from tests.e2e.intake_child import environment
from tests.mailfactory import encrypted_request
from tests.services.database import POSTGRES_ADMIN_URL

MODES = os.environ.get("BENCH_WATCH_MODES", "local,server").split(",")
MODE_TEXT = {
    "local": "local: the intake flow in the watcher's process",
    "server": "server: a run of intake/intake-poll by a process worker",
}
QUERY_SECONDS = os.environ.get("BENCH_WATCH_WORKER_QUERY_SECONDS", "2")
MESSAGES = int(os.environ.get("BENCH_WATCH_MESSAGES", "30"))
BURST = int(os.environ.get("BENCH_WATCH_BURST", "10"))
P95_TARGET, P95_AIM = 60.0, 10.0
WAIT_LIMIT = 180.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    for mode in MODES:
        with ExitStack() as stack:
            figures = _measure(stack, mode)
        _report(mode, *figures)
    return 0


def _measure(stack: ExitStack, mode: str) -> tuple[float, list[float], float]:
    root = Path(tempfile.mkdtemp(prefix="bw-", dir="/tmp"))
    stack.callback(shutil.rmtree, root, ignore_errors=True)
    office = stack.enter_context(keyring(root, "o"))
    sender = stack.enter_context(keyring(root, "s"))
    server = stack.enter_context(dovecot())
    url = stack.enter_context(database(root))
    office_key = office.generate_key("Datatilsynet (benchmark)", "postmottak@datatilsynet.test")
    sender_key = sender.generate_key("Kommune (benchmark)", "personvern@kommune.test")
    sender.import_keys(office.export_public_key(office_key).encode())
    account = fresh_account(server)
    total = 1 + MESSAGES + BURST
    messages = [encrypted_request(n, sender, office_key, sender_key) for n in range(total)]
    env = environment(account, url, office.home, root / "var")
    if mode == "server":
        env = _prefect_server(stack, root, env)
    log = (root / "watch.log").open("wb")
    watcher = subprocess.Popen(
        [sys.executable, "-c", "from cli import main; main()", "watch"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    stack.callback(_stop, watcher)
    engine = create_engine(url)
    stack.callback(engine.dispose)

    def cases() -> int:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(CaseRow)) or 0)

    def until(count: int) -> float:
        started = time.perf_counter()
        while cases() < count:
            if watcher.poll() is not None:
                raise RuntimeError(f"saksflyt watch stopped: {Path(log.name).read_text()}")
            if time.perf_counter() - started > WAIT_LIMIT:
                raise RuntimeError(f"no case after {WAIT_LIMIT:.0f} s")
            time.sleep(0.05)
        return time.perf_counter()

    time.sleep(2)  # let it log in and IDLE: the warm-up then measures the first receive
    appended = time.perf_counter()
    account.append(messages[0])
    warm_up = until(1) - appended
    latencies = []
    rng = random.Random(11)
    for n in range(1, MESSAGES + 1):
        time.sleep(rng.uniform(0.2, 2.0))
        account.append(messages[n])
        appended = time.perf_counter()
        latencies.append(until(n + 1) - appended)
    client = account.client()
    appended = time.perf_counter()
    for raw in messages[MESSAGES + 1 :]:
        client.append("INBOX", raw, flags=())
    burst = until(total) - appended
    client.logout()
    return warm_up, latencies, burst


def _prefect_server(stack: ExitStack, root: Path, env: dict[str, str]) -> dict[str, str]:
    """A Prefect server, the process pool, prefect.yaml deployed and one worker, as the README
    says; the watcher runs `intake/intake-poll` there. Returns the watcher's environment."""
    from tests.e2e.test_prefect_workers import Prefect

    name = f"prefect_bench_{secrets.token_hex(6)}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    stack.callback(drop)
    database = make_url(POSTGRES_ADMIN_URL).set(drivername="postgresql+asyncpg", database=name)
    base = {k: v for k, v in env.items() if not k.startswith("PREFECT_")}
    prefect = Prefect(root, base | {
        "PREFECT_HOME": str(root / "prefect-home"),
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": database.render_as_string(hide_password=False),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    })  # fmt: skip
    stack.callback(prefect.stop)
    prefect.start_server()
    prefect.wait_healthy()
    prefect.command("work-pool", "create", "saksflyt", "--type", "process")
    prefect.command("deploy", "--all", "--prefect-file", str(ROOT / "prefect.yaml"))
    worker_env = {"SAKSFLYT_CODE_DIR": str(ROOT), "PREFECT_WORKER_QUERY_SECONDS": QUERY_SECONDS}
    prefect.start_worker("worker-1", worker_env)
    return prefect.env | {"SAKSFLYT_WATCH_DEPLOYMENT": "intake/intake-poll"}


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _report(mode: str, warm_up: float, latencies: list[float], burst: float) -> None:
    p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    verdict = "MET" if p95 <= P95_TARGET else "NOT MET"
    aim = "reached" if p95 <= P95_AIM else "not reached"
    count = len(latencies)
    how = MODE_TEXT[mode]
    print(f"watch latency ({how}): APPEND → case in the register, {count} messages one by one")
    print(f"  first receive: {warm_up:6.2f} s")
    print(f"  p50 {p50:6.2f} s   p95 {p95:6.2f} s   max {max(latencies):6.2f} s")
    print(f"  target p95 <= {P95_TARGET:.0f} s: {verdict}; aim {P95_AIM:.0f} s: {aim}")
    print(f"  a burst of {BURST} at once: the last became a case after {burst:6.2f} s")


if __name__ == "__main__":
    sys.exit(main())
