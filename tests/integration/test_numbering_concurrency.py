"""Case and journal numbers stay unique and gapless when several processes write at once."""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, date, datetime

from sqlalchemy import select

from cases.model import CaseEvent, CaseNumber, NewCase
from cases.orm import CaseEventRow, CaseRow
from config import wiring
from config.settings import Settings

PROCESSES = 4
PER_PROCESS = 12
CREATED = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _new_case() -> NewCase:
    return NewCase(CREATED, date(2027, 3, 1), "a@example.no", "A", "Tittel", "S1", CREATED)


def open_cases(url: str, count: int) -> list[str]:
    """Child process: open `count` cases, each in its own transaction; report what failed."""
    errors: list[str] = []
    for _ in range(count):
        try:
            with wiring.register(Settings(database_url=url)) as register:
                case = register.open_case(_new_case())
                time.sleep(0.005)  # some work inside the transaction, as intake does
                event = CaseEvent("received", CREATED, "test", {"document_number": 1})
                register.append_event(case.number, event)
        except Exception as exc:  # the test reports every failure, whatever its kind
            errors.append(type(exc).__name__)
    return errors


def add_documents(url: str, case: CaseNumber, count: int) -> list[str]:
    """Child process: journal `count` incoming documents in one case, one transaction each."""
    errors: list[str] = []
    for _ in range(count):
        try:
            with wiring.register(Settings(database_url=url)) as register:
                number = register.next_document_number(case)
                time.sleep(0.005)
                event = CaseEvent("document_received", CREATED, "test", {"document_number": number})
                register.append_event(case, event)
        except Exception as exc:  # the test reports every failure, whatever its kind
            errors.append(type(exc).__name__)
    return errors


def _in_parallel(function: object, url: str, *args: object) -> list[str]:
    """Run `function` in PROCESSES forked processes at once; the parent's pooled connections are
    closed first, so that no child shares one."""
    wiring.engine_for(url).dispose()
    wiring.engine_for.cache_clear()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(PROCESSES, mp_context=context) as pool:
        futures = [pool.submit(function, url, *args) for _ in range(PROCESSES)]  # type: ignore[arg-type]
        return [error for future in futures for error in future.result(timeout=300)]


def test_concurrent_processes_get_unique_gapless_case_numbers(database_url: str) -> None:
    with wiring.register(Settings(database_url=database_url)) as register:
        register.open_case(_new_case())  # a register that already has a case this year

    errors = _in_parallel(open_cases, database_url, PER_PROCESS)

    with wiring.session(Settings(database_url=database_url)) as session:
        sequences = list(session.scalars(select(CaseRow.sequence).where(CaseRow.year == 2027)))
    assert errors == []
    assert sorted(sequences) == list(range(1, PROCESSES * PER_PROCESS + 2))


def test_concurrent_processes_get_unique_gapless_document_numbers(database_url: str) -> None:
    with wiring.register(Settings(database_url=database_url)) as register:
        case = register.open_case(_new_case())
        register.append_event(
            case.number, CaseEvent("received", CREATED, "t", {"document_number": 1})
        )

    errors = _in_parallel(add_documents, database_url, case.number, PER_PROCESS)

    with wiring.session(Settings(database_url=database_url)) as session:
        data = list(session.scalars(select(CaseEventRow.data)))
    numbers = sorted(int(item["document_number"]) for item in data)
    assert errors == []
    assert numbers == list(range(1, PROCESSES * PER_PROCESS + 2))


def test_a_rolled_back_case_gives_its_number_back(database_url: str) -> None:
    settings = Settings(database_url=database_url)
    try:
        with wiring.register(settings) as register:
            register.open_case(_new_case())
            raise RuntimeError("the intake failed after the number was taken")
    except RuntimeError:
        pass
    with wiring.register(settings) as register:
        assert register.open_case(_new_case()).number == CaseNumber(2027, 1)
