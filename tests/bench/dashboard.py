"""Benchmark: the dashboard overview with 10 000 open cases in PostgreSQL.

Creates a throwaway database, bulk-inserts the cases (four sections, a realistic mix of clock
events), then times full HTTP requests for the overview (audited like any view) for three kinds
of user: an admin (every section), a leader of two sections and a leader of one. Each kind is
measured in ROUNDS rounds of RUNS requests, interleaved, and the median of each round is printed
with the load average and the Python CPU time per request (the app runs in this process), since a
shared machine's load shows in the wall time. The database is freshly loaded: no ANALYZE has run,
so the plans cannot lean on statistics; the end says whether autovacuum analysed a table anyway.
Target: a median under 150 ms for each kind.
"""

from __future__ import annotations

import os
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
ROUNDS = 3
TODAY = date(2026, 6, 9)
TARGET_MS = 150.0
USERS = {  # username -> (role, sections); the generator spreads cases over «Seksjon 0..3»
    "alle": ("admin", []),
    "to": ("section_leader", ["Seksjon 0", "Seksjon 1"]),
    "en": ("section_leader", ["Seksjon 2"]),
}
LABELS = {"alle": "all sections", "to": "two sections", "en": "one section"}


def _users_file(home: Path) -> Path:
    from dashboard.access import hash_password

    password = hash_password("demo")
    lines = ["staff:"]
    for name, (role, sections) in USERS.items():
        listed = ", ".join(f'"{s}"' for s in sections)
        lines += [f"  {name}:", f"    role: {role}", f"    sections: [{listed}]",
                  f'    password: "{password}"']  # fmt: skip
    home.mkdir(parents=True, exist_ok=True)
    path = home / "bench-staff.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _client(url: str, home: Path, username: str = "admin") -> Any:
    from dashboard.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # starlette 1.x asks for httpx2
        from starlette.testclient import TestClient

    users = None if username == "admin" else _users_file(home)
    settings = Settings(home=home, database_url=url, dashboard_secret="bench", staff_file=users)
    client = TestClient(create_app(settings, today=lambda: TODAY))
    page = client.get("/logg-inn").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/logg-inn", data={"username": username, "password": "demo", "csrf_token": token})
    return client


def time_overview(client: Any, expected: int = CASES) -> tuple[list[float], list[float]]:
    """Wall and Python CPU milliseconds of each of RUNS overview requests (after a warm-up)."""
    shown = f"{expected:,}".replace(",", "\u00a0")
    assert f"{shown} åpne saker" in client.get("/").text
    timings, cpu = [], []
    for _ in range(RUNS):
        started, used = time.perf_counter(), time.process_time()
        response = client.get("/")
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
        assert response.status_code == 200
    return timings, cpu


def _analysed(register: Any) -> list[str]:
    """Tables PostgreSQL has statistics for (autovacuum may analyse a table during the run)."""
    from sqlalchemy import text

    query = text(
        "SELECT relname FROM pg_stat_user_tables WHERE relname IN ('cases', 'case_events') "
        "AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)"
    )
    with register.engine.connect() as connection:
        return sorted(connection.execute(query).scalars())


def main() -> int:
    medians: dict[str, list[float]] = {name: [] for name in USERS}
    with open_cases_database(CASES, TODAY, seed=6) as register:
        events = register.events
        for round_ in range(1, ROUNDS + 1):
            for username, (_, sections) in USERS.items():
                expected = CASES if not sections else CASES * len(sections) // 4
                with _client(register.url, register.folder / "home", username) as client:
                    timings, cpu = time_overview(client, expected)
                median = statistics.median(timings)
                medians[username].append(median)
                load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
                print(f"round {round_}: overview for {CASES} open cases ({events} events) in "
                      f"PostgreSQL, {LABELS[username]} ({expected} cases shown): {median:.0f} ms "
                      f"median of {RUNS} (min {min(timings):.0f}, max {max(timings):.0f}; Python "
                      f"CPU {statistics.median(cpu):.0f} ms); load average {load}")  # fmt: skip
        analysed = _analysed(register)
    print("statistics during the run: " + (", ".join(analysed) or "none (no ANALYZE had run)"))
    worst = 0.0
    for username, found in medians.items():
        median = statistics.median(found)
        worst = max(worst, median)
        verdict = "OK" if median < TARGET_MS else "TOO SLOW"
        print(f"dashboard overview, {LABELS[username]}: {median:.0f} ms (median of the {ROUNDS} "
              f"round medians {', '.join(f'{m:.0f}' for m in found)}); "
              f"target < {TARGET_MS:.0f} ms: {verdict}")  # fmt: skip
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
