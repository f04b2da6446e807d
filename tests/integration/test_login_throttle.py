"""The login throttle in the register: per address and user, per user, per address."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from config import wiring
from config.settings import Settings
from dashboard.throttle import LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1_790_000_000.0

    def __call__(self) -> float:
        return self.now


def throttle(url: str, home: Path, clock: Clock | None = None, **limits: int) -> LoginThrottle:
    settings = wiring.prepare_home(Settings(home=home, database_url=url))
    return LoginThrottle(lambda: wiring.session(settings), clock=clock or Clock(), **limits)  # type: ignore[arg-type]


def test_the_sixth_try_waits_until_the_first_failure_leaves_the_window(
    database_url: str, tmp_path: Path
) -> None:
    clock = Clock()
    guard = throttle(database_url, tmp_path, clock)
    for _ in range(5):
        assert guard.attempt("10.0.0.7", "leder") == 0  # and the try counts as failed
        clock.now += 10
    assert guard.attempt("10.0.0.7", "Leder ") == 900 - 50  # the same user, any case
    clock.now += 850
    assert guard.attempt("10.0.0.7", "leder") == 0


def test_50_wrong_passwords_for_one_user_from_10_addresses_are_throttled(
    database_url: str, tmp_path: Path
) -> None:
    guard = throttle(database_url, tmp_path)
    allowed = [guard.attempt(f"10.0.{n}.1", "leder") == 0 for _round in range(5) for n in range(10)]
    assert allowed.count(True) == 10 and allowed[10:] == [False] * 40
    assert guard.attempt("10.9.9.9", "saksbehandler") == 0  # other users are not affected


def test_one_address_trying_many_names_is_throttled(database_url: str, tmp_path: Path) -> None:
    guard = throttle(database_url, tmp_path)
    allowed = [guard.attempt("10.0.0.7", f"bruker{n}") == 0 for n in range(30)]
    assert allowed.count(True) == 20


def test_the_count_is_shared_by_every_process(database_url: str, tmp_path: Path) -> None:
    first, second = throttle(database_url, tmp_path), throttle(database_url, tmp_path)
    for _ in range(3):
        assert first.attempt("10.0.0.7", "leder") == 0
    for _ in range(2):
        assert second.attempt("10.0.0.7", "leder") == 0
    assert first.attempt("10.0.0.7", "leder") > 0


def test_a_guesser_elsewhere_or_at_another_name_does_not_lock_the_pair_out(
    database_url: str, tmp_path: Path
) -> None:
    guard = throttle(database_url, tmp_path, max_failures=2)
    guard.attempt("10.0.0.7", "leder")
    guard.attempt("10.0.0.7", "leder")
    assert guard.attempt("10.0.0.7", "leder") > 0
    assert guard.attempt("10.0.0.8", "leder") == 0
    assert guard.attempt("10.0.0.7", "saksbehandler") == 0


def test_a_successful_login_clears_the_failures_of_that_address(
    database_url: str, tmp_path: Path
) -> None:
    guard = throttle(database_url, tmp_path, max_failures=2)
    guard.attempt("10.0.0.7", "leder")
    guard.attempt("10.0.0.7", "leder")
    guard.succeeded("10.0.0.7", "leder")
    assert guard.attempt("10.0.0.7", "leder") == 0


def test_parallel_tries_cannot_all_pass_while_passwords_are_checked(
    database_url: str, tmp_path: Path
) -> None:
    guard = throttle(database_url, tmp_path)
    allowed: list[bool] = []
    start = threading.Barrier(20)

    def guess() -> None:
        start.wait()
        if guard.attempt("10.0.0.7", "leder") == 0:
            time.sleep(0.05)  # the slow password check
            allowed.append(True)

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(allowed) == 5
