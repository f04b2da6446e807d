"""Process-stage cost per message, for comparing a change before and after; reports, never fails.

The intake benchmark (tests/bench/intake.py) needs Dovecot, two registers and minutes per run, and
its wall times move with the shared machine's load. This one measures what a change to the
process stage does: n signed PGP/MIME submissions like the intake benchmark's are received once
(Maildir) into a PostgreSQL register kept as a template; each run processes a fresh copy of it in
a child process, one worker, and reports per message the CPU seconds of the worker and of its
reader child (with their gpg), the SQL statements the worker sent, and its commits. The fixture
(keys, mail, template) is kept in BENCH_PROCESS_DIR between runs, so runs differ only by the code.

    python -m tests.bench.process_cost [runs]    # BENCH_PROCESS_MESSAGES=100 by default
    BENCH_PROCESS_PROFILE=file: cProfile (CPU time) of the first run's worker
    BENCH_PROCESS_BACKEND=sqlite: a SQLite register instead (copied from its own template)
    BENCH_PROCESS_WORKERS=2: that many workers at once on one register (the process stage)
    BENCH_PROCESS_STAGE=receive: the receive stage instead (the messages from a Maildir into an
    empty register; no reader)
    BENCH_PROCESS_CALLGRIND=20,60: instead, the worker's instructions a message, which the
    shared machine's load does not move: one worker under valgrind's callgrind processes 20
    messages of a fresh copy, another 60, and the difference is divided by 40 (start-up and
    first-use costs cancel out; the reader child and PostgreSQL are not counted)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.services.database import POSTGRES_ADMIN_URL, _drop_database_named

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = int(os.environ.get("BENCH_PROCESS_MESSAGES", "100"))
FOLDER = Path(os.environ.get("BENCH_PROCESS_DIR", f"/tmp/saksflyt-process-cost-{MESSAGES}"))
BACKEND = os.environ.get("BENCH_PROCESS_BACKEND", "postgresql")
TEMPLATE = f"saksflyt_process_cost_{MESSAGES}"
STAGE = os.environ.get("BENCH_PROCESS_STAGE", "process")
WORKERS = int(os.environ.get("BENCH_PROCESS_WORKERS", "1"))


def _environment(home: Path, url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAKSFLYT_")}
    env.update(
        SAKSFLYT_HOME=str(home),
        SAKSFLYT_DATABASE_URL=url,
        SAKSFLYT_GNUPG_HOME=str(FOLDER / "o"),
        SAKSFLYT_KEK_FILE=str(FOLDER / "kek"),
        SAKSFLYT_BATCH_SIZE=str(MESSAGES),
    )
    return env | extra


def _admin_url(database: str) -> str:
    return make_url(POSTGRES_ADMIN_URL).set(database=database).render_as_string(False)


def _postgres(statement: str) -> None:
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(statement))
    admin.dispose()


def build_fixture() -> None:
    """Keys, messages in a Maildir, and a register that received them (the template)."""
    from config.wiring import write_new_kek
    from intake.maildir import MaildirMailbox
    from tests.bench.intake import PDF_IMAGE_SIDE, RECEIVED, build_submissions, make_pdf
    from tests.services.database import fresh_database_url

    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    write_new_kek(FOLDER / "kek")
    office_home, sender_home = FOLDER / "o", FOLDER / "s"
    from crypto.gpg import GpgKeyring

    for home in (office_home, sender_home):
        home.mkdir(mode=0o700)
    office, sender = GpgKeyring(office_home), GpgKeyring(sender_home)
    office_key = office.generate_key("Datatilsynet (benchmark)", "postmottak@datatilsynet.test")
    sender_key = sender.generate_key("Kommune (benchmark)", "personvern@kommune.test")
    sender.import_keys(office.export_public_key(office_key).encode())
    office.import_keys(sender.export_public_key(sender_key).encode())
    built = build_submissions(MESSAGES, make_pdf(PDF_IMAGE_SIDE), sender, sender_key, office_key)
    sender.close()
    home = FOLDER / "home"
    (home / "Maildir").parent.mkdir(mode=0o700)
    box = MaildirMailbox(home / "Maildir")
    for raw, _ in built:
        box.deliver(raw, RECEIVED)
    if BACKEND == "sqlite":
        url = f"sqlite:///{FOLDER / 'template.db'}"
        from cases import migrate

        engine = create_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
    else:
        _postgres(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        url = fresh_database_url("postgresql", FOLDER)
        created = str(make_url(url).database)
        _postgres(f'ALTER DATABASE "{created}" RENAME TO "{TEMPLATE}"')
        url = _admin_url(TEMPLATE)
    env = _environment(home, url, SAKSFLYT_BENCH_STAGE="receive")
    subprocess.run([sys.executable, "-m", "tests.bench.intake_child"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    office.close()
    (FOLDER / "ready").write_text(BACKEND)


def one_run(n: int, profile: str | None) -> dict[str, float]:
    if STAGE == "receive":
        return _run_child(*_fresh_receiver(n), profile)
    if BACKEND == "sqlite":
        path = FOLDER / f"run{n}.db"
        shutil.copyfile(FOLDER / "template.db", path)
        url = f"sqlite:///{path}"
    else:
        name = f"{TEMPLATE}_run{n}"
        _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _postgres(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        url = _admin_url(name)
    result = _run_child(FOLDER / "home", url, profile)
    if BACKEND == "sqlite":
        path.unlink()
    else:
        _drop_database_named(name)
    return result


def instructions(limit: int) -> int:
    """The instructions one process worker runs for `limit` messages of a fresh copy of the
    template (PostgreSQL; callgrind, with a fixed hash seed so that runs repeat)."""
    name = f"{TEMPLATE}_callgrind"
    _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _postgres(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    log = FOLDER / f"callgrind-{limit}.log"
    env = _environment(FOLDER / "home", _admin_url(name), SAKSFLYT_BENCH_STAGE="process",
                       SAKSFLYT_BENCH_LIMIT=str(limit), PYTHONHASHSEED="0")  # fmt: skip
    command = ["valgrind", "--tool=callgrind", f"--log-file={log}",
               f"--callgrind-out-file={FOLDER / f'callgrind.out.{limit}'}",
               sys.executable, "-m", "tests.bench.process_cost_child"]  # fmt: skip
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    _drop_database_named(name)
    found = re.search(r"Collected : (\d+)", log.read_text())
    if found is None:
        raise RuntimeError(f"no instruction count in {log}")
    return int(found.group(1))


def _fresh_receiver(n: int) -> tuple[Path, str]:
    """A home whose Maildir holds the fixture's messages (as delivered), and an empty register."""
    from tests.services.database import fresh_database_url

    home = FOLDER / f"receive{n}"
    shutil.rmtree(home, ignore_errors=True)
    (home / "Maildir" / "new").mkdir(parents=True)
    for path in (FOLDER / "home" / "Maildir" / ".Processed" / "new").iterdir():
        shutil.copy2(path, home / "Maildir" / "new" / path.name)  # copy2: the time of receipt
    return home, fresh_database_url(BACKEND, home)


def _run_child(home: Path, url: str, profile: str | None) -> dict[str, float]:
    extra = {"SAKSFLYT_BENCH_PROFILE": profile} if profile else {}
    env = _environment(home, url, SAKSFLYT_BENCH_STAGE=STAGE, **extra)
    child = os.environ.get("BENCH_PROCESS_CHILD", "tests.bench.process_cost_child")
    command = [sys.executable, "-m", child]
    workers = WORKERS if STAGE == "process" else 1
    children = [  # each names its connections: it counts its own PostgreSQL backends' CPU
        subprocess.Popen(command, cwd=ROOT, env=env | {"PGAPPNAME": f"process-cost-{n}"},
                         stdout=subprocess.PIPE)
        for n in range(workers)
    ]  # fmt: skip
    outputs = [process.communicate()[0] for process in children]
    if any(process.returncode for process in children):
        raise RuntimeError("a child failed")
    if STAGE == "receive":
        shutil.rmtree(home, ignore_errors=True)
        if BACKEND == "postgresql":
            _drop_database_named(str(make_url(url).database))
    reports = [json.loads(out.decode().strip().splitlines()[-1]) for out in outputs]
    return _together(reports)


def _together(reports: list[dict[str, Any]]) -> dict[str, float]:
    """The figures per message of workers that ran at once (wall: the slowest one's)."""
    total = sum(report["messages"] for report in reports)
    together: dict[str, float] = {"messages": total}
    for key in ("worker_ms", "reader_ms", "total_ms", "postgres_ms", "statements", "commits"):
        together[key] = sum(report[key] * report["messages"] for report in reports) / total
    together["wall_ms"] = max(report["wall_ms"] * report["messages"] for report in reports) / total
    return together


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if not (FOLDER / "ready").exists() or (FOLDER / "ready").read_text() != BACKEND:
        print(f"building the fixture: {MESSAGES} messages, {BACKEND} ...", flush=True)
        build_fixture()
    if os.environ.get("BENCH_PROCESS_CALLGRIND"):
        low, high = (int(n) for n in os.environ["BENCH_PROCESS_CALLGRIND"].split(","))
        counts = [instructions(low), instructions(high)]
        per_message = (counts[1] - counts[0]) / (high - low) / 1e6
        print(f"worker: {per_message:.1f} M instructions a message "
              f"({counts[0] / 1e9:.3f} G at {low}, {counts[1] / 1e9:.3f} G at {high})")  # fmt: skip
        return 0
    profile = os.environ.get("BENCH_PROCESS_PROFILE")
    results = [one_run(n, profile if n == 0 else None) for n in range(runs)]
    for result in results:
        print(json.dumps(result))
    keys = ("worker_ms", "reader_ms", "total_ms", "wall_ms", "postgres_ms", "statements", "commits")
    summary = {key: statistics.median(result[key] for result in results) for key in keys}
    print(f"{MESSAGES} messages, {BACKEND}, median of {runs}: " + ", ".join(
        f"{key} {value:.1f}" for key, value in summary.items()))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
