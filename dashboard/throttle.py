"""Failed local logins, counted in the register so every dashboard process sees them (I/O).

The local login guards a register of personal data; scrypt makes each guess slow, and this makes
a guessing run stop after a few tries. Three counts in a sliding window, each with its limit:

* per address and user name (5): one guesser at one colleague;
* per user name from every address (10): a guesser who moves between addresses;
* per address for every user name (20): one address trying many names.

A try is counted before the password is checked and forgotten when it was right, so a burst of
parallel posts cannot all pass the check while the slow password checks run. The price of the
per-user count: a guesser can make one user's local login wait (SSO logins are unaffected).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from cases.orm_sessions import LoginLimits, forget_failures, reserve_login_try

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_FAILURES = 5
MAX_USER_FAILURES = 10
MAX_ADDRESS_FAILURES = 20
WINDOW_SECONDS = 15 * 60
MAX_USERNAME = 128  # longer names are no user's: refused before they are stored
MAX_ADDRESS = 64


@dataclass(frozen=True)
class LoginThrottle:
    """Reserve, check and forget login tries in the register (each call its own transaction)."""

    open_session: Callable[[], AbstractContextManager[Session]]
    max_failures: int = MAX_FAILURES
    max_user_failures: int = MAX_USER_FAILURES
    max_address_failures: int = MAX_ADDRESS_FAILURES
    window_seconds: float = WINDOW_SECONDS
    clock: Callable[[], float] = time.time

    def attempt(self, address: str, username: str) -> float:
        """Reserve one try: 0 when it may go ahead (it counts as a failure until `succeeded`),
        else the seconds until enough failures have left the window."""
        window = timedelta(seconds=self.window_seconds)
        limits = LoginLimits(
            self.max_failures, self.max_user_failures, self.max_address_failures, window
        )
        now = datetime.fromtimestamp(self.clock(), UTC)
        with self.open_session() as session:
            return reserve_login_try(session, address[:MAX_ADDRESS], _name(username), now, limits)

    def succeeded(self, address: str, username: str) -> None:
        """The reserved try was the right password: this address starts afresh for the user."""
        with self.open_session() as session:
            forget_failures(session, address=address[:MAX_ADDRESS], username=_name(username))


def _name(username: str) -> str:
    return username.strip().casefold()[:MAX_USERNAME]
