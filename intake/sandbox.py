"""Reads each message in a child process with a time and memory budget (I/O: processes).

The parent keeps the register transaction; the child only turns bytes into a picklable
``MessageFacts`` (reading.message). A child is reused for many messages (``forkserver``: forked
from a process that imported the parsers once, never from the parent with its threads and
database connections), and replaced after ``max_tasks_per_process`` messages, after a message
over budget, and after it dies.

Decryption runs in the child too, inside the budget: gpg's plaintext is parsed as it arrives, a
compressed OpenPGP packet can inflate a small message a thousandfold, and a hostile decrypted
MIME tree is as costly as a clear one. gpg is the child's own subprocess and inherits its
memory limit; the child leads its own process group, so a timeout kills gpg with it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import multiprocessing
import os
import resource
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerProcess, set_spawning_popen
from multiprocessing.process import BaseProcess
from types import TracebackType

from reading.message import OVER_BUDGET, MessageBudget, MessageFacts, Unreadable, read_message
from reading.parse import ParseLimits
from reading.unwrap import Decryptor

__all__ = ["ReadStats", "SandboxReader"]

log = logging.getLogger(__name__)

_PRELOAD = ["reading.message", "crypto.gpg", "docx", "pypdfium2"]
_DIED = (
    "lesingen av meldingen stoppet uventet (prosessen døde); meldingen er lagret og kan "
    "prøves igjen med «saksflyt quarantine retry»"
)
_READY = "ready"
_START_SECONDS = 120
_KEPT_REPORT = "meldingen er lagret, meld fra til drift"


def over_time(seconds: float) -> str:
    return f"{OVER_BUDGET} (brukte mer enn {seconds:g} s); originalen er lagret"


def over_memory(budget: MessageBudget) -> str:
    megabytes = budget.memory_bytes // (1024 * 1024)
    return f"{OVER_BUDGET} (trengte mer enn {megabytes} MB minne); originalen er lagret"


@dataclass
class ReadStats:
    """What reading cost so far: messages, the slowest one, the largest child (peak RSS), the
    children started, and the CPU time the children and their gpg processes reported."""

    messages: int = 0
    max_seconds: float = 0.0
    max_rss_bytes: int = 0
    children: int = 0
    cpu_seconds: float = 0.0


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    tasks: int = 0
    cpu_seconds: float = 0.0  # the child's own and its finished gpg processes', so far


class SandboxReader:
    """A ``MessageReader`` whose reading runs in a budgeted child process."""

    def __init__(self, decryptor_factory: Callable[[], Decryptor], budget: MessageBudget) -> None:
        self._factory = decryptor_factory
        self._budget = budget
        self._worker: _Worker | None = None
        self.stats = ReadStats()

    def __enter__(self) -> SandboxReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the child: it reads end of file and exits, or is killed."""
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.connection.close()
        worker.process.join(5)
        if worker.process.is_alive():
            _kill(worker)

    def read(self, raw: bytes, limits: ParseLimits) -> MessageFacts | Unreadable:
        try:
            worker = self._ready_worker()
        except (EOFError, OSError):  # no child could be started: fork failed, or it died
            log.warning("the message reader could not be started")
            return Unreadable(_DIED, retry=True)
        started = time.monotonic()  # starting a child is not reading the message
        try:
            return self._read(worker, raw, limits)
        finally:
            self.stats.messages += 1
            self.stats.max_seconds = max(self.stats.max_seconds, time.monotonic() - started)

    def _read(self, worker: _Worker, raw: bytes, limits: ParseLimits) -> MessageFacts | Unreadable:
        try:
            worker.connection.send_bytes(raw)
            worker.connection.send(limits)
            if not worker.connection.poll(self._budget.seconds):
                log.warning("a message took more than %s s to read: the reader is stopped",
                            self._budget.seconds)  # fmt: skip
                self._discard(worker)
                return Unreadable(over_time(self._budget.seconds))
            result, rss, cpu = worker.connection.recv()
        except (EOFError, OSError):  # the child died: a signal, the OOM killer, a crash in C
            log.warning("the reader process died while reading a message")
            self._discard(worker)
            return Unreadable(_DIED, retry=True)
        self.stats.max_rss_bytes = max(self.stats.max_rss_bytes, rss)
        self.stats.cpu_seconds += cpu - worker.cpu_seconds
        worker.cpu_seconds = cpu
        worker.tasks += 1
        if not isinstance(result, MessageFacts) or worker.tasks >= self._budget.max_tasks:
            self.close()  # after a failure its state is unknown; start the next one fresh
        if not isinstance(result, MessageFacts | Unreadable):
            raise TypeError(f"unexpected reader result {type(result).__name__}")
        return result

    def _ready_worker(self) -> _Worker:
        if self._worker is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(_PRELOAD)
            parent_end, child_end = context.Pipe()
            process = _ReaderProcess(
                target=_serve,
                args=(child_end, self._factory, self._budget),
                name="saksflyt-reader",
                daemon=True,
            )
            process.start()
            child_end.close()
            worker = _Worker(process, parent_end)
            # Starting is not reading: the message's time begins once the child is ready.
            if not parent_end.poll(_START_SECONDS) or parent_end.recv() != _READY:
                _kill(worker)
                parent_end.close()
                raise ChildProcessError("the message reader did not start")
            self._worker = worker
            self.stats.children += 1
        return self._worker

    def _discard(self, worker: _Worker) -> None:
        _kill(worker)
        worker.connection.close()
        if self._worker is worker:
            self._worker = None


class _ReaderPopen(popen_forkserver.Popen):
    """The forkserver's start of a child, without the parent's main module.

    multiprocessing has each child run the parent's ``__main__`` again (so that what it defines
    can be unpickled there): a Prefect flow run's engine, the ``saksflyt`` command, a bench
    script. That is about 1.5 s of CPU and all of their modules in every reader child's memory,
    before it reads anything. The reader needs none of it: its target, decryptor factory and
    limits come from importable modules. Otherwise this is ``popen_forkserver.Popen._launch``."""

    def _launch(self, process_obj: BaseProcess) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)  # type: ignore[attr-defined]
        prep_data.pop("init_main_from_name", None)
        prep_data.pop("init_main_from_path", None)
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)  # type: ignore[attr-defined]
        # Keep a duplicate of the data pipe's write end as a sentinel of the parent process
        # used by the child process.
        _parent_w = os.dup(w)
        close_fds = util.close_fds  # type: ignore[attr-defined]
        self.finalizer = util.Finalize(self, close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _ReaderProcess(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: BaseProcess) -> _ReaderPopen:  # noqa: N802 (multiprocessing's name)
        return _ReaderPopen(process_obj)


def _kill(worker: _Worker) -> None:
    """Kill the child and what it started (gpg) by its process group; gpg-agent has its own."""
    pid = worker.process.pid
    if pid is not None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
    if worker.process.is_alive():  # killed before it led its own group
        worker.process.kill()
    worker.process.join(5)


def _serve(connection: Connection, factory: Callable[[], Decryptor], budget: MessageBudget) -> None:
    """The child: read messages from the pipe until it closes, each within the budget."""
    os.setpgrp()
    limit = _limit_memory(budget.memory_bytes)
    decryptor = factory()
    connection.send(_READY)
    while True:
        try:
            raw = connection.recv_bytes()
            limits = connection.recv()
        except (EOFError, OSError):  # the parent closed the pipe, or is gone
            return
        result = _read_guarded(raw, decryptor, limits, budget)
        del raw
        if _peak_address_space() > limit - budget.memory_bytes // 20:
            # The parsers turn a failed allocation into their own errors («skadet Word-dokument»,
            # lxml's «Memory allocation failed»): the peak tells that the budget was the cause.
            result = Unreadable(over_memory(budget))
        rss, cpu = _status_bytes("VmHWM"), _cpu_seconds()
        try:
            connection.send((result, rss, cpu))
        except MemoryError:
            connection.send((Unreadable(over_memory(budget)), rss, cpu))
        if not isinstance(result, MessageFacts):
            return  # the parent starts a fresh child for the next message


def _read_guarded(
    raw: bytes, decryptor: Decryptor, limits: ParseLimits, budget: MessageBudget
) -> MessageFacts | Unreadable:
    try:
        return read_message(raw, decryptor, limits, budget)
    except MemoryError:
        return Unreadable(over_memory(budget))
    except Exception as exc:  # the outermost per-message guard (docs/architecture.md §6)
        name = type(exc).__name__
        log.error("reading a message failed: %s", name)  # no message: it may quote the content
        return Unreadable(f"intern feil under lesing ({name}); {_KEPT_REPORT}")


def _limit_memory(extra_bytes: int) -> int:
    """RLIMIT_AS: the child's present address space plus the message's share of the budget."""
    limit = _status_bytes("VmSize") + extra_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return limit


def _cpu_seconds() -> float:
    """User and system time of this process and of its children that ended (gpg)."""
    own, children = (resource.getrusage(who) for who in _RUSAGE)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


_RUSAGE = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)


def _peak_address_space() -> int:
    return _status_bytes("VmPeak")


def _status_bytes(field: str) -> int:
    """A «kB» field of /proc/self/status, in bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)
