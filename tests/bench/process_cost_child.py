"""One process-stage run for tests/bench/process_cost.py: CPU, statements, commits per message.

Prints one JSON line. The statements are those the worker sent (SQLAlchemy's
before_cursor_execute, executemany counted once), the commits its transactions' ends. CPU is the
worker's own (with the gpg calls it waited for) and its reader children's, as in
tests/bench/intake_child.py; PostgreSQL's is not counted.
"""

from __future__ import annotations

import cProfile
import json
import os
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from config import wiring
from config.settings import Settings, get_settings
from tests.bench.intake_child import cpu_seconds


def main() -> None:
    settings = get_settings()
    counts: Counter[str] = Counter()

    def statement(*args: object) -> None:
        counts["statements"] += 1

    def commit(*args: object) -> None:
        counts["commits"] += 1

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Engine, "commit", commit)
    profile_path = os.environ.get("SAKSFLYT_BENCH_PROFILE")
    profiler = cProfile.Profile(time.process_time) if profile_path else None
    reader = wiring.message_reader(settings)
    wiring.engine(settings)  # connecting and checking the KEK is start-up, not processing
    counts.clear()
    cpu, wall = cpu_seconds(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    with reader:
        if os.environ.get("SAKSFLYT_BENCH_STAGE") == "receive":
            summary = wiring.run_receive_once(settings)
        else:
            limit = int(os.environ.get("SAKSFLYT_BENCH_LIMIT", "0")) or None
            summary = wiring.run_process_once(settings, reader=reader, limit=limit)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile_path))
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    n = max(1, sum(summary.counts.values()))
    backend = backend_cpu_seconds(settings)
    report = {
        "messages": n,
        "counts": summary.counts,
        "worker_ms": cpu / n * 1000,
        "reader_ms": reader.stats.cpu_seconds / n * 1000,
        "total_ms": (cpu + reader.stats.cpu_seconds) / n * 1000,
        "wall_ms": wall / n * 1000,
        "postgres_ms": backend / n * 1000,
        "statements": counts["statements"] / n,
        "commits": counts["commits"] / n,
    }
    print(json.dumps(report))


def backend_cpu_seconds(settings: Settings) -> float:
    """CPU seconds of the PostgreSQL backends this process holds open (its pool's connections
    live for the whole run, named by PGAPPNAME); 0 on SQLite."""
    database = wiring.engine(settings)
    if database.dialect.name != "postgresql":
        return 0.0
    query = (
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND application_name = current_setting('application_name')"
    )
    with database.connect() as connection:
        pids = list(connection.exec_driver_sql(query).scalars())
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


if __name__ == "__main__":
    main()
