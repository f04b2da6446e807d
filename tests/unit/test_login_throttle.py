"""The local login's throttle: failures per (address, user name) in a sliding window."""

from __future__ import annotations

import pytest

import dashboard.throttle as throttle_module
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
        assert throttle.wait_seconds("10.0.0.7", "leder") == 0
        throttle.failed("10.0.0.7", "leder")
        clock.now += 10

    assert throttle.wait_seconds("10.0.0.7", "Leder ") == 900 - 50  # the same user, any case
    clock.now += 850
    assert throttle.wait_seconds("10.0.0.7", "leder") == 0


def test_a_guesser_elsewhere_or_at_another_name_does_not_lock_the_user_out() -> None:
    throttle = LoginThrottle(max_failures=2, clock=Clock())
    throttle.failed("10.0.0.7", "leder")
    throttle.failed("10.0.0.7", "leder")

    assert throttle.wait_seconds("10.0.0.7", "leder") > 0
    assert throttle.wait_seconds("10.0.0.8", "leder") == 0
    assert throttle.wait_seconds("10.0.0.7", "saksbehandler") == 0


def test_a_successful_login_clears_the_failures() -> None:
    throttle = LoginThrottle(max_failures=2, clock=Clock())
    throttle.failed("10.0.0.7", "leder")
    throttle.succeeded("10.0.0.7", "leder")
    throttle.failed("10.0.0.7", "leder")

    assert throttle.wait_seconds("10.0.0.7", "leder") == 0


def test_the_number_of_tracked_pairs_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(throttle_module, "MAX_TRACKED", 3)
    throttle = LoginThrottle(clock=Clock())
    for n in range(10):
        throttle.failed(f"10.0.0.{n}", "leder")

    assert throttle.wait_seconds("10.0.0.0", "leder") == 0  # forgotten: the oldest went first
    assert len(throttle._failures) == 3
