"""Test helpers for the mail watcher: run it in a thread until the block ends, and wait for a
condition (both the integration and the end-to-end watch tests use them)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from intake.watcher import Watcher


@contextmanager
def watcher_running(watcher: Watcher, stop_seconds: float = 30) -> Iterator[Watcher]:
    """`watcher` runs in a daemon thread; at the end it is stopped and must have ended."""
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop.is_set,), daemon=True)
    thread.start()
    try:
        yield watcher
    finally:
        stop.set()
        thread.join(timeout=stop_seconds)
        assert not thread.is_alive(), "the watcher did not stop"


def wait_for(condition: Callable[[], bool], seconds: float) -> float:
    """Seconds until `condition()` held; fails after `seconds`."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < seconds, "timed out"
        time.sleep(0.05)
    return time.monotonic() - start
