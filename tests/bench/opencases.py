"""Benchmark support: a throwaway PostgreSQL register full of open cases with realistic events.

Rows are inserted in bulk, beside the register's code, so the loader also writes each case's
copy of its clock events (cases.clock_log) as SqlRegister.append_event would. Every case has its
`received` event; 40 % got an information request (30 % answered, 10 % still
open) and 15 % an extension notice. Shared by the alert and dashboard benchmarks.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import Engine, create_engine, insert, select

from cases import sealed
from cases.errors import ConfigurationError
from cases.orm import CaseEventRow, CaseRow
from cases.orm_keys import DataKeyRow
from cases.readmodel import clock_log
from tests.services.database import _drop_postgres_database, fresh_database_url
from vault.envelope import Kek, KekRing, new_key, new_key_id

BATCH = 10_000


@dataclass(frozen=True)
class OpenCases:
    url: str
    engine: Engine
    folder: Path
    cases: int
    events: int


@contextmanager
def open_cases_database(count: int, today: date, seed: int) -> Iterator[OpenCases]:
    """A fresh migrated PostgreSQL database with `count` open cases; dropped afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="bench-"))
    url = fresh_database_url("postgresql", folder)
    engine = create_engine(url)
    try:
        events = _load(engine, count, today, random.Random(seed))
        yield OpenCases(url, engine, folder, count, events)
    finally:
        engine.dispose()
        _drop_postgres_database(url)


def _load(engine: Engine, count: int, today: date, rng: random.Random) -> int:
    """Cases and events as intake stores them: sealed under one data key per case."""
    try:
        ring = sealed.kek_ring()
    except ConfigurationError:  # a bench process: no KEK from config.wiring yet
        sealed.use_keks(Kek(new_key()))
        ring = sealed.kek_ring()
    keys = [_data_key(ring) for _ in range(count)]
    cases = [_case(sequence, today, rng) for sequence in range(1, count + 1)]
    logs: dict[int, list[dict[str, object]]] = {}  # by sequence (the ids come on insert)
    for sequence, case, (key_row, _) in zip(range(1, count + 1), cases, keys, strict=True):
        t0 = case["received_on"]
        assert isinstance(t0, date)
        case["data_key_id"] = key_row["id"]
        for name in ("title", "controller_email", "controller_name"):  # the sealed columns
            case[name] = sealed.scoped(case[name], str(key_row["id"]))
        log = logs[sequence] = _events(rng, t0, today)
        case["clock_log"] = clock_log((str(e["kind"]), e["at"], e["data"]) for e in log)
    with engine.begin() as connection:
        for start in range(0, len(keys), BATCH):
            connection.execute(insert(DataKeyRow), [row for row, _ in keys[start : start + BATCH]])
        for start in range(0, len(cases), BATCH):
            connection.execute(insert(CaseRow), cases[start : start + BATCH])
        ids = connection.execute(select(CaseRow.id, CaseRow.sequence, CaseRow.data_key_id))
        events = [
            {**e, "case_id": case_id, "data": sealed.scoped(e["data"], key_id)}
            for case_id, sequence, key_id in ids.all()
            for e in logs[sequence]
        ]
        for start in range(0, len(events), BATCH):
            connection.execute(insert(CaseEventRow), events[start : start + BATCH])
    return len(events)


def _data_key(ring: KekRing) -> tuple[dict[str, object], bytes]:
    key_id, key = new_key_id(), new_key()
    sealed.remember_data_key(key_id, key)
    row = dict(id=key_id, scope="case", kek_id=ring.current.id, wrapped=ring.wrap(key_id, key),
               created_at=datetime.now(UTC))  # fmt: skip
    return row, key


def _case(sequence: int, today: date, rng: random.Random) -> dict[str, object]:
    t0 = today - timedelta(days=rng.randint(0, 110))
    at = datetime.combine(t0, clock_time(9), tzinfo=UTC)
    return dict(
        year=2026, sequence=sequence, status="registered", received_at=at, received_on=t0,
        controller_email="controller@example.no", controller_name="AS",
        title=f"Forhåndsdrøftelse {sequence}", section=f"Seksjon {sequence % 4}",
        caseworker=None if sequence % 3 else f"sb{sequence % 40}", language="nb", created_at=at,
    )  # fmt: skip


def _events(rng: random.Random, t0: date, today: date) -> list[dict[str, object]]:
    def event(kind: str, on: date, **data: object) -> dict[str, object]:
        at = datetime.combine(on, clock_time(10), tzinfo=UTC)
        return dict(kind=kind, at=at, actor="sb", data=data)

    found = [event("received", t0, document_number=1)]
    roll, sent = rng.random(), t0 + timedelta(days=rng.randint(3, 20))
    if roll < 0.40 and sent <= today:
        found.append(event("info_requested", sent, sent_on=sent.isoformat(), what="DPIA"))
        back = sent + timedelta(days=rng.randint(1, 21))
        if roll < 0.30 and back <= today:
            found.append(event("info_received", back, received_on=back.isoformat(), note=""))
    if rng.random() < 0.15 and t0 + timedelta(days=25) <= today:
        notice = t0 + timedelta(days=25)
        found.append(event("extended", notice, notice_sent_on=notice.isoformat(),
                           reason="Kompleks behandling", override_reason=None))  # fmt: skip
    return found
