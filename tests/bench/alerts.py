"""Benchmark (issue 4 point 7): plan the alerts of 100 000 open cases in PostgreSQL, under 2 s.

Creates a throwaway database, bulk-inserts the cases and their clock events, then times what the
daily run does before it touches the ledger: the two read queries, deriving every clock and
planning every alert. Prints the median of three runs, split into query and clock+plan time.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import Engine, create_engine, insert, select
from sqlalchemy.orm import Session

from cases.orm import CaseEventRow, CaseRow
from cases.queries import open_cases_with_events
from intake.alerting import paused_gc, plan_open_cases
from tests.services.database import _drop_postgres_database, fresh_database_url

CASES = 100_000
TODAY = date(2026, 6, 9)
TARGET_SECONDS = 2.0
BATCH = 10_000


def _case_rows(rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for sequence in range(1, CASES + 1):
        t0 = TODAY - timedelta(days=rng.randint(0, 110))
        at = datetime.combine(t0, clock_time(9), tzinfo=UTC)
        worker = None if sequence % 3 else f"sb{sequence % 40}"
        rows.append(dict(
            year=2026, sequence=sequence, status="registered", received_at=at, received_on=t0,
            controller_email="controller@example.no", controller_name="AS",
            title="Forhåndsdrøftelse", section=f"Seksjon {sequence % 4}", caseworker=worker,
            language="nb", created_at=at,
        ))  # fmt: skip
    return rows


def _events(rng: random.Random, case_id: int, t0: date) -> list[dict[str, object]]:
    """A realistic mix: 30 % one answered request, 10 % an open one, 15 % extended."""

    def event(kind: str, on: date, **data: object) -> dict[str, object]:
        at = datetime.combine(on, clock_time(10), tzinfo=UTC)
        return dict(case_id=case_id, kind=kind, at=at, actor="sb", data=data)

    roll, sent = rng.random(), t0 + timedelta(days=rng.randint(3, 20))
    found = []
    if roll < 0.40 and sent <= TODAY:
        found.append(event("info_requested", sent, sent_on=sent.isoformat(), what="DPIA"))
        back = sent + timedelta(days=rng.randint(1, 21))
        if roll < 0.30 and back <= TODAY:
            found.append(event("info_received", back, received_on=back.isoformat(), note=""))
    if rng.random() < 0.15 and t0 + timedelta(days=25) <= TODAY:
        notice = t0 + timedelta(days=25)
        found.append(event("extended", notice, notice_sent_on=notice.isoformat(),
                           reason="Kompleks behandling", override_reason=None))  # fmt: skip
    return found


def load(engine: Engine) -> None:
    rng = random.Random(4)
    cases = _case_rows(rng)
    with engine.begin() as connection:
        for start in range(0, CASES, BATCH):
            connection.execute(insert(CaseRow), cases[start : start + BATCH])
        ids = connection.execute(select(CaseRow.id, CaseRow.received_on)).all()
        events = [e for case_id, t0 in ids for e in _events(rng, case_id, t0)]
        for start in range(0, len(events), BATCH):
            connection.execute(insert(CaseEventRow), events[start : start + BATCH])
    print(f"loaded {CASES} open cases with {len(events)} clock events")


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
    folder = Path(tempfile.mkdtemp(prefix="bench-"))
    url = fresh_database_url("postgresql", folder)
    engine = create_engine(url)
    try:
        load(engine)
        runs = [time_planning(engine) for _ in range(3)]
    finally:
        engine.dispose()
        _drop_postgres_database(url)
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
