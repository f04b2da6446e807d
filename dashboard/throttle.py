"""Failed local logins per client address and user name: too many, and the login waits (no I/O).

The local login guards a register of personal data; scrypt makes each guess slow, and this makes
a guessing run stop after a few tries. The key is (address, user name) so that someone guessing
from one address cannot lock a colleague out everywhere.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60
MAX_TRACKED = 10_000  # distinct (address, user) pairs kept; the oldest are forgotten first
MAX_USERNAME = 128  # longer names are no user's: refused before they take any memory here


@dataclass
class LoginThrottle:
    """Counts failures inside a sliding window; thread-safe (routes run in a thread pool)."""

    max_failures: int = MAX_FAILURES
    window_seconds: float = WINDOW_SECONDS
    clock: Callable[[], float] = time.monotonic
    _failures: dict[tuple[str, str], deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def attempt(self, address: str, username: str) -> float:
        """Reserve one try: 0 when it may go ahead (it counts as a failure until `succeeded`),
        else the seconds until the oldest failure leaves the window.

        Checking and counting in one step under the lock: a burst of parallel posts cannot all
        pass the check while the slow password checks run.
        """
        key = _key(address, username)
        with self._lock:
            failures = self._recent(key)
            if len(failures) >= self.max_failures:
                return max(0.0, failures[0] + self.window_seconds - self.clock())
            failures.append(self.clock())
            self._failures[key] = failures
            if len(self._failures) > MAX_TRACKED:
                del self._failures[next(iter(self._failures))]
            return 0.0

    def succeeded(self, address: str, username: str) -> None:
        """The reserved try was the right password: the user starts afresh."""
        with self._lock:
            self._failures.pop(_key(address, username), None)

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        failures = self._failures.pop(key, deque())  # re-inserted by the caller: newest last
        horizon = self.clock() - self.window_seconds
        while failures and failures[0] <= horizon:
            failures.popleft()
        if failures:
            self._failures[key] = failures
        return failures


def _key(address: str, username: str) -> tuple[str, str]:
    return (address, username.strip().casefold())
