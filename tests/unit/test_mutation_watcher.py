"""intake/watcher.py: the watcher's loop step by step, against a scripted mailbox session (the
real IMAP IDLE session is tested against Dovecot in tests/integration/test_watch.py)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from cases.errors import ConfigurationError
from intake.watcher import Backoff, Watcher, WatchPolicy, pause

QUIET = WatchPolicy(idle_seconds=240.0, settle_seconds=0.0, max_backoff_seconds=8.0)


class Script:
    """A mailbox session that answers from a script and stops the watcher when it runs out.

    `waiting` answers how many messages the folder holds, one answer per look; `news` answers
    each wait (True: mail may have arrived). Every call is logged in `calls`."""

    def __init__(self, waiting: list[int], news: list[bool], *, idles: bool = True) -> None:
        self.idles = idles
        self._waiting, self._news = waiting, news
        self.calls: list[str] = []
        self.done = False

    def waiting(self) -> int:
        self.calls.append("waiting")
        if not self._waiting:
            self.done = True
            return 0
        return self._waiting.pop(0)

    def wait(self, timeout: float, stop: Callable[[], bool]) -> bool:
        self.calls.append(f"wait {timeout:g}")
        if stop():  # a real session stops waiting when told to
            return False
        if not self._news:
            self.done = True
            return False
        return self._news.pop(0)


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float, stop: Callable[[], bool]) -> None:
        if not stop():  # pause() wakes early when told to stop
            self.delays.append(seconds)


def watcher(script: Script, receive: Callable[[], bool], sleeps: Sleeps,
            policy: WatchPolicy = QUIET) -> Watcher:  # fmt: skip
    @contextmanager
    def connect() -> Iterator[Script]:
        yield script

    return Watcher(connect, receive, policy, sleeps)


def test_mail_waiting_at_start_is_received_at_once_then_the_session_idles() -> None:
    script, sleeps = Script(waiting=[2, 0, 1, 0], news=[True, False]), Sleeps()
    received: list[str] = []
    w = watcher(script, lambda: received.append("receive") or True, sleeps)
    w.run(lambda: script.done)
    assert script.calls == [
        "waiting", "waiting", "wait 240", "waiting", "waiting", "wait 240", "wait 240"
    ]  # fmt: skip
    assert (w.receives, w.connections, len(received), sleeps.delays) == (3, 1, 3, [])


def test_an_empty_folder_is_not_received_until_news_arrives() -> None:
    script = Script(waiting=[0, 0], news=[False, False, True])
    w = watcher(script, lambda: True, Sleeps())
    w.run(lambda: script.done)
    assert script.calls == ["waiting", "wait 240", "wait 240", "wait 240", "waiting", "wait 240"]
    assert w.receives == 1


def test_mail_left_behind_by_a_receive_that_moved_nothing_is_retried_with_back_off() -> None:
    outcomes = [False, False, False, False, False, True, False, True]
    script, sleeps = Script(waiting=[1] * 8 + [0], news=[]), Sleeps()
    w = watcher(script, lambda: outcomes.pop(0), sleeps)
    w.run(lambda: script.done)
    assert w.receives == 8
    assert sleeps.delays == [1, 2, 4, 8, 8, 1]  # capped at max_backoff_seconds; reset by progress


def test_a_receive_that_fails_counts_as_no_progress_and_is_logged_by_kind(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script, sleeps = Script(waiting=[1, 1, 0], news=[]), Sleeps()

    def receive() -> bool:
        raise TimeoutError("imap.example.no timed out")

    w = watcher(script, receive, sleeps)
    with caplog.at_level(logging.INFO, logger="intake.watcher"):
        w.run(lambda: script.done)
    assert w.receives == 2 and sleeps.delays == [1]
    assert caplog.messages == [
        "watching the mailbox (IDLE)",
        "receive failed (TimeoutError)",
        "receive failed (TimeoutError)",
    ]


def test_a_lost_session_is_opened_again_with_back_off_reset_once_connected(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sleeps = Sleeps()
    attempts: list[str] = ["lost", "lost", "lost", "ok", "lost", "ok"]
    script = Script(waiting=[0], news=[], idles=False)

    @contextmanager
    def connect() -> Iterator[Script]:
        if attempts.pop(0) == "lost":
            raise ConnectionResetError("gone")
        yield script
        if attempts and attempts[0] == "ok":
            script.done = True

    w = Watcher(connect, lambda: True, QUIET, sleeps)
    with caplog.at_level(logging.INFO, logger="intake.watcher"):
        w.run(lambda: script.done or not attempts)
    assert sleeps.delays == [1, 2, 4]
    assert w.connections == 1
    assert caplog.messages[:2] == [
        "mail watch interrupted (ConnectionResetError); again in 1 s",
        "mail watch interrupted (ConnectionResetError); again in 2 s",
    ]
    assert caplog.messages[3] == "watching the mailbox (polling)"


def test_a_session_lost_mid_watch_is_opened_again_after_one_second_each_time() -> None:
    sleeps = Sleeps()
    sessions: list[Script] = []

    class Dropping(Script):
        def wait(self, timeout: float, stop: Callable[[], bool]) -> bool:
            raise OSError("connection dropped")

    @contextmanager
    def connect() -> Iterator[Script]:
        sessions.append(Dropping(waiting=[0, 0], news=[]))
        yield sessions[-1]

    w = Watcher(connect, lambda: True, QUIET, sleeps)
    w.run(lambda: len(sessions) >= 3)
    assert w.connections == 3 and sleeps.delays == [1, 1]  # each connection resets the back-off


@pytest.mark.parametrize("where", ["connect", "receive"])
def test_a_configuration_error_stops_the_watcher_at_once(where: str) -> None:
    script = Script(waiting=[1, 0], news=[])

    def refuse() -> bool:
        raise ConfigurationError(detail="feil passord for IMAP")

    @contextmanager
    def connect() -> Iterator[Script]:
        if where == "connect":
            refuse()
        yield script

    w = Watcher(connect, refuse if where == "receive" else (lambda: True), QUIET, Sleeps())
    with pytest.raises(ConfigurationError, match="feil passord for IMAP"):
        w.run(lambda: False)


def test_a_burst_settles_before_the_receive_takes_it_all() -> None:
    policy = WatchPolicy(idle_seconds=240.0, settle_seconds=0.5, settle_max_seconds=5.0)
    script = Script(waiting=[1, 0], news=[True, True, False])
    w = watcher(script, lambda: True, Sleeps(), policy)
    w.run(lambda: script.done)
    assert script.calls == ["waiting", "wait 0.5", "wait 0.5", "wait 0.5", "waiting", "wait 240"]


def test_a_polling_session_does_not_settle() -> None:
    policy = WatchPolicy(idle_seconds=60.0, settle_seconds=0.5)
    script = Script(waiting=[1, 0], news=[], idles=False)
    w = watcher(script, lambda: True, Sleeps(), policy)
    w.run(lambda: script.done)
    assert script.calls == ["waiting", "waiting", "wait 60"]


def test_back_off_doubles_from_its_first_delay_up_to_the_ceiling_and_resets() -> None:
    backoff = Backoff(ceiling=10.0, first=3.0)
    assert [backoff.delay() for _ in range(4)] == [3.0, 6.0, 10.0, 10.0]
    backoff.reset()
    assert backoff.delay() == 3.0
    assert WatchPolicy() == WatchPolicy(300.0, 0.5, 5.0, 300.0)


def test_pause_sleeps_its_time_but_wakes_when_told_to_stop() -> None:
    started = time.monotonic()
    pause(0.3, lambda: False)
    assert 0.3 <= time.monotonic() - started < 2.0
    started = time.monotonic()
    pause(30, lambda: True)
    calls: list[float] = []

    def stop_soon() -> bool:
        calls.append(time.monotonic())
        return len(calls) > 2

    pause(30, stop_soon)
    assert time.monotonic() - started < 1.5 and len(calls) == 3  # looked at 4 times a second


def test_a_burst_is_waited_out_in_quiet_spells_up_to_the_settle_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [100.0]

    class Clocked(Script):
        def wait(self, timeout: float, stop: Callable[[], bool]) -> bool:
            now[0] += timeout
            return super().wait(timeout, stop)

    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    policy = WatchPolicy(idle_seconds=240.0, settle_seconds=0.5, settle_max_seconds=1.2)
    script = Clocked(waiting=[1, 0], news=[True] * 10)
    w = watcher(script, lambda: True, Sleeps(), policy)
    w.run(lambda: w.receives == 1)
    assert script.calls == ["waiting", "wait 0.5", "wait 0.5", "wait 0.2", "waiting"]
