"""The local login's throttle: tries per (address, user name) in a sliding window."""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any

import pytest

import dashboard.throttle as throttle_module
from dashboard import access
from dashboard.access import Role, Staff, StaffDirectory, authenticate, hash_password
from dashboard.throttle import LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_sixth_try_waits_until_the_first_failure_leaves_the_window() -> None:
    clock = Clock()
    throttle = LoginThrottle(max_failures=5, window_seconds=900, clock=clock)
    for _ in range(5):
        assert throttle.attempt("10.0.0.7", "leder") == 0  # and the try counts as failed
        clock.now += 10

    assert throttle.attempt("10.0.0.7", "Leder ") == 900 - 50  # the same user, any case
    clock.now += 850
    assert throttle.attempt("10.0.0.7", "leder") == 0


def test_a_guesser_elsewhere_or_at_another_name_does_not_lock_the_user_out() -> None:
    throttle = LoginThrottle(max_failures=2, clock=Clock())
    throttle.attempt("10.0.0.7", "leder")
    throttle.attempt("10.0.0.7", "leder")

    assert throttle.attempt("10.0.0.7", "leder") > 0
    assert throttle.attempt("10.0.0.8", "leder") == 0
    assert throttle.attempt("10.0.0.7", "saksbehandler") == 0


def test_a_successful_login_clears_the_failures() -> None:
    throttle = LoginThrottle(max_failures=2, clock=Clock())
    throttle.attempt("10.0.0.7", "leder")
    throttle.attempt("10.0.0.7", "leder")
    throttle.succeeded("10.0.0.7", "leder")

    assert throttle.attempt("10.0.0.7", "leder") == 0


def test_parallel_tries_cannot_all_pass_while_passwords_are_checked() -> None:
    throttle = LoginThrottle(max_failures=5)
    allowed: list[bool] = []
    start = threading.Barrier(40)

    def guess() -> None:
        start.wait()
        if throttle.attempt("10.0.0.7", "leder") == 0:
            time.sleep(0.05)  # the slow password check
            allowed.append(True)

    threads = [threading.Thread(target=guess) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(allowed) == 5


def test_the_number_of_tracked_pairs_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(throttle_module, "MAX_TRACKED", 3)
    throttle = LoginThrottle(max_failures=1, clock=Clock())
    for n in range(10):
        throttle.attempt(f"10.0.0.{n}", "leder")

    assert throttle.attempt("10.0.0.0", "leder") == 0  # forgotten: the oldest went first
    assert len(throttle._failures) == 3


def test_a_user_without_a_local_password_costs_the_same_check_as_any_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory = StaffDirectory(
        {
            "kari": Staff("kari", "Kari", Role.CASEWORKER, frozenset(), hash_password("riktig")),
            "sso": Staff("sso", "Sso", Role.CASEWORKER, frozenset(), None),
        }
    )
    scrypt_runs: list[str] = []
    real_scrypt = hashlib.scrypt

    def counting(password: bytes, **kwargs: Any) -> bytes:
        scrypt_runs.append(password.decode())
        return real_scrypt(password, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    access.unknown_user_hash()  # made once, at start-up
    scrypt_runs.clear()

    for username in ("kari", "sso", "ukjent"):
        assert authenticate(directory, username, "feil") is None
    assert authenticate(directory, "kari", "riktig") is not None
    assert scrypt_runs == ["feil", "feil", "feil", "riktig"]  # one scrypt run every time
