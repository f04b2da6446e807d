"""Who holds a processing lease, and whether that holder is gone (I/O: /proc, the host name).

A holder names its host, the kernel's boot, its process id and the process's start time. A lease
expires after its time; before that, a holder on this very host whose process no longer runs
(a SIGKILL, a crash) has let go, and its submission may be taken again at once. A holder on
another host is only ever released by expiry. Taking a lease from a live holder by mistake costs
work, never a second outcome: the holder checks its lease in the transaction that records it.
"""

from __future__ import annotations

import os
import socket
from functools import cache
from pathlib import Path

__all__ = ["holder_is_gone", "this_holder"]


@cache
def _boot() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()[:8]
    except OSError:
        return "-"


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def this_holder() -> str:
    """This process as a lease holder: «host/boot/pid/start»."""
    pid = os.getpid()
    return f"{socket.gethostname()[:120]}/{_boot()}/{pid}/{_start_time(pid) or '-'}"


def holder_is_gone(holder: str) -> bool:
    """True when the holder ran on this host (this boot) and its process has ended."""
    host, boot, pid, start = (holder.split("/") + ["", "", "", ""])[:4]
    if host != socket.gethostname()[:120] or boot != _boot() or not pid.isdigit():
        return False
    return _start_time(int(pid)) != start
