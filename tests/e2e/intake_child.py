"""A real intake process for the crash tests; SAKSFLYT_TEST_CRASH='point:k' SIGKILLs it mid-run.

Points: before_commit (the k-th submission row is flushed, with the others of its receive chunk,
not committed), after_commit (the k-th outcome is committed, the message not moved yet),
after_move (the k-th message was moved, with the others of its receive chunk), and during_read
(the k-th message is being read and decrypted in the reader child: the intake process dies while
it waits).
"""

from __future__ import annotations

import functools
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cases.repository import SqlRegister
from config import wiring
from config.settings import get_settings
from intake.imap import ImapMailbox
from intake.sandbox import SandboxReader
from tests.services.kek import TEST_KEK

if TYPE_CHECKING:
    from tests.services.dovecot import ImapAccount


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _on_call(owner: type, name: str, k: int, *, after: bool) -> None:
    original: Callable[..., Any] = getattr(owner, name)
    calls = {"n": 0}

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == k and not after:
            _die()
        result = original(*args, **kwargs)
        if calls["n"] == k and after:
            _die()
        return result

    setattr(owner, name, wrapper)


def _on_batch(owner: type, name: str, k: int, *, after: bool) -> None:
    """Like _on_call for a method given a list of messages: dies at the call that holds the
    k-th message (before or after it ran)."""
    original: Callable[..., Any] = getattr(owner, name)
    seen = {"n": 0}

    @functools.wraps(original)
    def wrapper(self: Any, messages: list[Any], *args: Any, **kwargs: Any) -> Any:
        before, seen["n"] = seen["n"], seen["n"] + len(messages)
        holds_k = before < k <= seen["n"]
        if holds_k and not after:
            _die()
        result = original(self, messages, *args, **kwargs)
        if holds_k and after:
            _die()
        return result

    setattr(owner, name, wrapper)


def _while_running(owner: type, name: str, k: int) -> None:
    """The k-th call runs in a thread; this process is killed while it is under way."""
    original: Callable[..., Any] = getattr(owner, name)
    calls = {"n": 0}

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == k:
            threading.Thread(target=original, args=args, kwargs=kwargs, daemon=True).start()
            time.sleep(0.3)
            _die()
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def _arm(point: str, k: int) -> None:
    if point == "before_commit":
        _on_batch(SqlRegister, "add_submissions", k, after=True)  # a receive chunk's rows
    elif point == "after_commit":
        _on_batch(ImapMailbox, "mark_all_processed", k, after=False)
        _on_call(ImapMailbox, "mark_quarantined", k, after=False)
    elif point == "after_move":
        _on_batch(ImapMailbox, "mark_all_processed", k, after=True)
    elif point == "during_read":
        _while_running(SandboxReader, "read", k)
    else:
        raise SystemExit(f"unknown crash point {point}")


def environment(
    account: ImapAccount, database_url: str, gnupg_home: Path, home: Path, **extra: str
) -> dict[str, str]:
    """This process's environment without SAKSFLYT_*, then an intake on the test services."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAKSFLYT_") or k == TEST_KEK}
    env.update(
        SAKSFLYT_HOME=str(home),
        SAKSFLYT_DATABASE_URL=database_url,
        SAKSFLYT_GNUPG_HOME=str(gnupg_home),
        SAKSFLYT_IMAP_HOST=account.host,
        SAKSFLYT_IMAP_PORT=str(account.port),
        SAKSFLYT_IMAP_USER=account.user,
        SAKSFLYT_IMAP_PASSWORD=account.password,
        SAKSFLYT_IMAP_TLS="none",
    )
    return env | extra


def main() -> None:
    crash = os.environ.get("SAKSFLYT_TEST_CRASH")
    if crash:
        point, k = crash.split(":")
        _arm(point, int(k))
    settings = get_settings()
    summary = wiring.run_intake_once(settings)
    print(summary.counts)


if __name__ == "__main__":
    main()
