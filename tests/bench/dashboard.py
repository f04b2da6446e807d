"""Benchmark (issue 6 point 8): the dashboard overview with 10 000 open cases in PostgreSQL.

Creates a throwaway database, bulk-inserts the cases (four sections, a realistic mix of clock
events), then times 20 full HTTP requests for the overview as an admin (every case, audited like
any view) and prints the median. Target: under 300 ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import warnings
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, insert, select

from cases.orm import CaseEventRow, CaseRow
from config.settings import Settings
from tests.services.database import _drop_postgres_database, fresh_database_url

CASES = 10_000
RUNS = 20
TODAY = date(2026, 6, 9)
TARGET_MS = 300.0


def _cases(rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for sequence in range(1, CASES + 1):
        t0 = TODAY - timedelta(days=rng.randint(0, 110))
        at = datetime.combine(t0, clock_time(9), tzinfo=UTC)
        rows.append(dict(
            year=2026, sequence=sequence, status="registered", received_at=at, received_on=t0,
            controller_email="controller@example.no", controller_name="AS",
            title=f"Forhåndsdrøftelse {sequence}", section=f"Seksjon {sequence % 4}",
            caseworker=None if sequence % 3 else f"sb{sequence % 40}", language="nb",
            created_at=at,
        ))  # fmt: skip
    return rows


def _events(rng: random.Random, case_id: int, t0: date) -> list[dict[str, object]]:
    """A received event for every case; 40 % an information request, 15 % an extension."""

    def event(kind: str, on: date, **data: object) -> dict[str, object]:
        at = datetime.combine(on, clock_time(10), tzinfo=UTC)
        return dict(case_id=case_id, kind=kind, at=at, actor="sb", data=data)

    found = [event("received", t0)]
    roll, sent = rng.random(), t0 + timedelta(days=rng.randint(3, 20))
    if roll < 0.40 and sent <= TODAY:
        found.append(event("info_requested", sent, sent_on=sent.isoformat(), what="DPIA"))
        back = sent + timedelta(days=rng.randint(1, 21))
        if roll < 0.30 and back <= TODAY:
            found.append(event("info_received", back, received_on=back.isoformat(), note=""))
    if rng.random() < 0.15 and t0 + timedelta(days=25) <= TODAY:
        notice = t0 + timedelta(days=25)
        found.append(event("extended", notice, notice_sent_on=notice.isoformat(), reason="x"))
    return found


def load(engine: Engine) -> int:
    rng = random.Random(6)
    with engine.begin() as connection:
        connection.execute(insert(CaseRow), _cases(rng))
        ids = connection.execute(select(CaseRow.id, CaseRow.received_on)).all()
        events = [e for case_id, t0 in ids for e in _events(rng, case_id, t0)]
        connection.execute(insert(CaseEventRow), events)
    return len(events)


def _client(url: str, home: Path) -> Any:
    from dashboard.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # starlette 1.x asks for httpx2
        from starlette.testclient import TestClient

    settings = Settings(home=home, database_url=url, dashboard_secret="bench")  # type: ignore[arg-type]
    client = TestClient(create_app(settings, today=lambda: TODAY))
    page = client.get("/logg-inn").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/logg-inn", data={"username": "admin", "password": "demo", "csrf_token": token})
    return client


def time_overview(client: Any) -> list[float]:
    """Milliseconds for each of RUNS overview requests (after one warm-up)."""
    assert f"{CASES} åpne saker" in client.get("/").text
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get("/")
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return timings


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    url = fresh_database_url("postgresql", folder)
    engine = create_engine(url)
    try:
        events = load(engine)
        with _client(url, folder / "home") as client:
            timings = time_overview(client)
    finally:
        engine.dispose()
        _drop_postgres_database(url)
    median = statistics.median(timings)
    verdict = "OK" if median < TARGET_MS else "TOO SLOW"
    print(f"dashboard overview for {CASES} open cases ({events} events) in PostgreSQL: "
          f"{median:.0f} ms median of {RUNS} (min {min(timings):.0f}, max {max(timings):.0f}); "
          f"target < {TARGET_MS:.0f} ms: {verdict}")  # fmt: skip
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
