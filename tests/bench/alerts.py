"""Benchmark: plan the alerts of 100 000 open cases in PostgreSQL, under 2 s.

Creates a throwaway database full of open cases (tests/bench/opencases.py), then times what the
daily run does before it touches the ledger: the two read queries, deriving every clock and
planning every alert. Prints the median of three runs, split into query and clock+plan time.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from cases.queries import open_cases_with_events
from casework.alerting import paused_gc, plan_open_cases
from tests.bench.opencases import open_cases_database

CASES = 100_000
TODAY = date(2026, 6, 9)
TARGET_SECONDS = 2.0


def time_planning(engine: Engine) -> tuple[float, float, float, int]:
    """(query s, clock+plan s, CPU s, planned alerts) for one run, as config.alerts does it."""
    cpu, started = time.process_time(), time.perf_counter()
    with paused_gc(), Session(engine) as session:
        cases = open_cases_with_events(session)
        loaded = time.perf_counter()
        _inputs, planned = plan_open_cases(cases, TODAY)
    done = time.perf_counter()
    return loaded - started, done - loaded, time.process_time() - cpu, len(planned)


def main() -> int:
    with open_cases_database(CASES, TODAY, seed=4) as register:
        print(f"loaded {register.cases} open cases with {register.events} events")
        runs = [time_planning(register.engine) for _ in range(3)]
    total = statistics.median(q + p for q, p, _c, _n in runs)
    query = statistics.median(q for q, _p, _c, _n in runs)
    plan = statistics.median(p for _q, p, _c, _n in runs)
    cpu = statistics.median(c for _q, _p, c, _n in runs)
    verdict = "OK" if total < TARGET_SECONDS else "TOO SLOW"
    print(
        f"alert planning for {CASES} open cases in PostgreSQL: {total:.2f} s wall, median of 3 "
        f"(queries {query:.2f} s, clocks + plans {plan:.2f} s; {cpu:.2f} s CPU in this "
        f"process; {runs[0][3]} alerts planned); target < {TARGET_SECONDS:.0f} s: {verdict}"
    )
    return 0 if total < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
