"""Benchmark: the dashboard overview with 10 000 open cases in PostgreSQL.

Creates a throwaway database, bulk-inserts the cases (four sections, a realistic mix of clock
events), then times 20 full HTTP requests for the overview as an admin (every case, audited like
any view) and prints the median. Target: under 300 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings
from datetime import date
from pathlib import Path
from typing import Any

from config.settings import Settings
from tests.bench.opencases import open_cases_database

CASES = 10_000
RUNS = 20
TODAY = date(2026, 6, 9)
TARGET_MS = 300.0


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
    with open_cases_database(CASES, TODAY, seed=6) as register:
        events = register.events
        with _client(register.url, register.folder / "home") as client:
            timings = time_overview(client)
    median = statistics.median(timings)
    verdict = "OK" if median < TARGET_MS else "TOO SLOW"
    print(f"dashboard overview for {CASES} open cases ({events} events) in PostgreSQL: "
          f"{median:.0f} ms median of {RUNS} (min {min(timings):.0f}, max {max(timings):.0f}); "
          f"target < {TARGET_MS:.0f} ms: {verdict}")  # fmt: skip
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
