"""The process stage's claims on pending submissions, on SQLite and on PostgreSQL.

Two processes claim at once and never the same submission; an expired lease is taken again and
its old holder can no longer record an outcome; a holder on this host that died lets go at once;
attempts that ended with no outcome, across runs, end in quarantine with sender and subject.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

import intake.service
from cases.leases import holder_is_gone, this_holder
from cases.model import SubmissionOutcome
from cases.orm_outbox import OutgoingMessageRow
from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.mailbox import FetchedMessage
from intake.service import MAX_ATTEMPTS, IntakePolicy, Lease, accept_message, run_process
from tests.mailfactory import plain_request

PROCESSES = 2
MESSAGES = 24
WHEN = datetime(2026, 3, 20, 8, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def _receive(url: str, count: int) -> list[int]:
    """The receive stage's rows: `count` pending submissions with their bytes."""
    ids = []
    for n in range(1, count + 1):
        raw = plain_request(n)
        fetched = FetchedMessage(f"maildir:{n}", n, raw, WHEN)
        with wiring.register(Settings(database_url=url)) as register:
            result = accept_message(fetched, register=register, policy=IntakePolicy(), now=WHEN)
        assert result.pending
        ids.append(result.submission_id)
    return ids


def claim_all(url: str, holder: str) -> list[int]:
    """Child process: claim until nothing is free, one transaction per claim."""
    claimed = []
    while True:
        with wiring.register(Settings(database_url=url)) as register:
            claim = register.claim_pending(holder, datetime.now(UTC), timedelta(minutes=10))
        if claim is None:
            return claimed
        claimed.append(claim.id)


def test_two_processes_claiming_at_once_never_take_the_same_submission(database_url: str) -> None:
    ids = _receive(database_url, MESSAGES)
    wiring.engine_for(database_url).dispose()
    wiring.engine_for.cache_clear()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(PROCESSES, mp_context=context) as pool:
        futures = [pool.submit(claim_all, database_url, f"worker-{n}") for n in range(PROCESSES)]
        claims = [future.result(timeout=120) for future in futures]

    every = [sid for claimed in claims for sid in claimed]
    assert sorted(every) == sorted(ids)  # each claimed exactly once, none left behind
    with wiring.register(Settings(database_url=database_url)) as register:
        assert {register.get_submission(sid).attempts for sid in ids} == {1}


def test_an_expired_lease_is_taken_again_and_its_old_holder_cannot_record(
    database_url: str,
) -> None:
    [sid] = _receive(database_url, 1)
    settings = Settings(database_url=database_url)
    elsewhere = "another-host/boot/123/456"  # a worker on another host: only expiry frees it
    with wiring.register(settings) as register:
        first = register.claim_pending(elsewhere, WHEN, 5 * MINUTE)
    assert first is not None and (first.id, first.attempts) == (sid, 1)
    with wiring.register(settings) as register:
        assert register.claim_pending(this_holder(), WHEN + 4 * MINUTE, 5 * MINUTE) is None
    with wiring.register(settings) as register:
        again = register.claim_pending(this_holder(), WHEN + 6 * MINUTE, 5 * MINUTE)
    assert again is not None and (again.id, again.attempts) == (sid, 2)
    with wiring.register(settings) as register:  # the first holder comes back: too late
        assert register.renew_lease(sid, elsewhere, WHEN + 7 * MINUTE, MINUTE) is None
        assert register.renew_lease(sid, this_holder(), WHEN + 7 * MINUTE, MINUTE) == 2


def _dead_holder() -> str:
    """The holder name of a process of this host that has ended."""
    script = "from cases.leases import this_holder; print(this_holder())"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    holder = done.stdout.strip()
    assert holder_is_gone(holder) and not holder_is_gone(this_holder())
    return holder


def test_a_holder_on_this_host_that_died_lets_go_at_once(database_url: str) -> None:
    [sid] = _receive(database_url, 1)
    settings = Settings(database_url=database_url)
    now = datetime.now(UTC)
    with wiring.register(settings) as register:
        assert register.claim_pending(_dead_holder(), now, timedelta(hours=1)) is not None
    with wiring.register(settings) as register:
        taken = register.claim_pending(this_holder(), now, timedelta(hours=1))
    assert taken is not None and (taken.id, taken.attempts) == (sid, 2)


def _process(settings: Settings, keyring: GpgKeyring, lease: Lease, later: timedelta) -> object:
    return run_process(
        open_register=lambda: wiring.register(settings), decryptor=keyring,
        policy=wiring.intake_policy(settings), clock=lambda: datetime.now(UTC) + later,
        lease=lease,
    )  # fmt: skip


def test_a_case_opened_by_an_attempt_that_died_is_judged_by_the_next_one_once(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [sid] = _receive(database_url, 1)
    settings = Settings(home=tmp_path, database_url=database_url, gnupg_home=office_keyring.home)

    def die(*_args: object, **_kwargs: object) -> None:
        raise SystemExit(9)  # the worker dies: the new case is committed, not judged

    elsewhere = Lease("another-host/boot/1/1", timedelta(minutes=5))
    for later in (timedelta(0), 6 * MINUTE):
        with monkeypatch.context() as patch, pytest.raises(SystemExit):
            patch.setattr(intake.service, "assess_new_case", die)
            _process(settings, office_keyring, elsewhere, later)
        with wiring.register(settings) as register:
            opened = register.get_submission(sid)
            cases = register.cases()
        if not later:  # the first attempt judged it first and recorded all at once: nothing
            assert opened.outcome is SubmissionOutcome.PENDING and opened.case_number is None
            assert cases == []
    # the next attempt opened the case and committed it before it died judging it
    assert opened.outcome is SubmissionOutcome.PENDING and opened.case_number is not None

    summary = _process(settings, office_keyring, Lease(this_holder(), MINUTE), 12 * MINUTE)

    with wiring.register(settings) as register:
        record = register.get_submission(sid)
        cases = register.cases()
        events = [e.kind for e in register.events(opened.case_number)]
    assert record.outcome is not SubmissionOutcome.PENDING and record.attempts == 3
    assert getattr(summary, "counts", None) == {record.outcome.value: 1}
    assert [case.number for case in cases] == [opened.case_number]  # no second case
    assert events.count("received") == 1 and events.count("completeness_checked") == 1
    engine = create_engine(database_url)  # and the automatic letter queued once
    with engine.connect() as connection:
        letters = connection.scalar(select(func.count()).select_from(OutgoingMessageRow))
    engine.dispose()
    assert letters == 1


def test_attempts_that_ended_without_an_outcome_across_runs_end_in_quarantine(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path
) -> None:
    """Each earlier run died while it held the submission (a reader that kills its process)."""
    [sid] = _receive(database_url, 1)
    settings = Settings(home=tmp_path, database_url=database_url, gnupg_home=office_keyring.home)
    for _ in range(MAX_ATTEMPTS):
        with wiring.register(settings) as register:
            claim = register.claim_pending(_dead_holder(), datetime.now(UTC), timedelta(hours=1))
            assert claim is not None and claim.id == sid

    summary = wiring.run_process_once(settings)

    assert summary.counts == {"quarantined": 1}
    with wiring.register(settings) as register:
        record = register.get_submission(sid)
    assert record.outcome is SubmissionOutcome.QUARANTINED
    assert record.reason is not None
    assert f"stoppet uten resultat {MAX_ATTEMPTS} ganger" in record.reason
    assert "quarantine retry" in record.reason
    assert (record.sender, record.attempts) == ("kari@kommune.example", MAX_ATTEMPTS + 1)
    assert record.subject == "Anmodning om forhåndsdrøftelse nr. 1"  # the outer Subject, at receipt


def test_a_new_case_whose_judgement_fails_stays_open_for_a_caseworker(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [sid] = _receive(database_url, 1)
    settings = Settings(home=tmp_path, database_url=database_url, gnupg_home=office_keyring.home)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("a bug in the judgement")

    monkeypatch.setattr(intake.service, "assess_new_case", broken)
    _process(settings, office_keyring, Lease(this_holder(), MINUTE), timedelta(0))

    with wiring.register(settings) as register:
        record = register.get_submission(sid)
        cases = register.cases()
    assert record.outcome is SubmissionOutcome.RECEIVED and record.case_number is not None
    assert [case.number for case in cases] == [record.case_number]
    assert record.reason is not None and "vurder den manuelt (ValueError)" in record.reason
