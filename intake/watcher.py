"""Pure: the mail watcher's loop: wait for mail, then start one receive at a time; no I/O.

The waiting (IMAP IDLE, intake.imap.ImapWatch) and the receive (a flow run in this process or a
deployment run on the Prefect server, flows.watch) are given to it. The loop:

* starts a receive at start-up and whenever the folder holds mail (one at a time: it waits for
  the receive to end before it looks again);
* lets a burst settle (`settle_seconds` without news, at most `settle_max_seconds`) so that one
  receive takes the lot;
* re-IDLEs every `idle_seconds` (below the 29-minute limit of RFC 2177);
* on a lost connection opens a new watch, backing off 1, 2, 4 … up to `max_backoff_seconds`;
* when mail stays in the folder after a receive that moved nothing, tries again with the same
  back-off (the periodic poll deployment stays as the safety net behind it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from cases.errors import ConfigurationError

__all__ = ["Backoff", "MailWatch", "WatchPolicy", "Watcher", "pause"]

log = logging.getLogger(__name__)


class MailWatch(Protocol):
    """A session that can tell when mail arrives in the watched folder."""

    idles: bool  # True: the server pushes news (IDLE); False: wait() polls

    def waiting(self) -> int:
        """How many messages the watched folder holds now."""
        ...

    def wait(self, timeout: float, stop: Callable[[], bool]) -> bool:
        """Block up to `timeout` s or until stop(); True when new mail may have arrived."""
        ...


def pause(seconds: float, stop: Callable[[], bool]) -> None:
    """Sleep `seconds`, waking early when stop() turns true (looked at four times a second)."""
    until = time.monotonic() + seconds
    while not stop() and (left := until - time.monotonic()) > 0:
        time.sleep(min(0.25, left))


@dataclass(frozen=True, slots=True)
class WatchPolicy:
    idle_seconds: float = 300.0
    settle_seconds: float = 0.5
    settle_max_seconds: float = 5.0
    max_backoff_seconds: float = 300.0


@dataclass(slots=True)
class Backoff:
    """1, 2, 4 … seconds up to `ceiling`; reset after a success."""

    ceiling: float
    first: float = 1.0
    _next: float = field(default=0.0, init=False)

    def delay(self) -> float:
        self._next = min(self.ceiling, self._next * 2 if self._next else self.first)
        return self._next

    def reset(self) -> None:
        self._next = 0.0


@dataclass
class Watcher:
    """Runs until stop() is true; see the module docstring.

    `connect` opens a watch (a context manager); `receive` runs one receive to its end and says
    whether it made progress (took mail, or ended cleanly). `sleep(seconds, stop)` waits.
    """

    connect: Callable[[], AbstractContextManager[MailWatch]]
    receive: Callable[[], bool]
    policy: WatchPolicy = field(default_factory=WatchPolicy)
    sleep: Callable[[float, Callable[[], bool]], None] = pause
    receives: int = 0
    connections: int = 0

    def run(self, stop: Callable[[], bool]) -> None:
        reconnect = Backoff(self.policy.max_backoff_seconds)
        while not stop():
            try:
                with self.connect() as watch:
                    self.connections += 1
                    reconnect.reset()
                    log.info("watching the mailbox (%s)", "IDLE" if watch.idles else "polling")
                    self._watch(watch, stop)
            except ConfigurationError:
                raise  # a wrong password or folder: no retry helps
            except Exception as exc:  # a lost link or a failed receive: go on
                delay = reconnect.delay()
                kind = type(exc).__name__
                log.warning("mail watch interrupted (%s); again in %.0f s", kind, delay)
                self.sleep(delay, stop)

    def _watch(self, watch: MailWatch, stop: Callable[[], bool]) -> None:
        retry = Backoff(self.policy.max_backoff_seconds)
        due = watch.waiting() > 0  # mail that came while nobody watched
        while not stop():
            if due:
                self._settle(watch, stop)
                progress = self._receive()
                due = watch.waiting() > 0  # arrived during the receive, or left behind
                if progress:
                    retry.reset()
                elif due:
                    self.sleep(retry.delay(), stop)
                continue
            due = watch.wait(self.policy.idle_seconds, stop)

    def _settle(self, watch: MailWatch, stop: Callable[[], bool]) -> None:
        """Wait until the burst is over: no news for settle_seconds, or settle_max_seconds."""
        if not watch.idles or self.policy.settle_seconds <= 0:
            return
        until = time.monotonic() + self.policy.settle_max_seconds
        while time.monotonic() < until and not stop():
            quiet = min(self.policy.settle_seconds, until - time.monotonic())
            if quiet <= 0 or not watch.wait(quiet, stop):
                return

    def _receive(self) -> bool:
        self.receives += 1
        try:
            return self.receive()
        except ConfigurationError:
            raise
        except Exception as exc:  # the next look at the folder decides
            log.warning("receive failed (%s)", type(exc).__name__)
            return False
