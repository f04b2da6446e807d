"""One real intake stage for the intake benchmark, run as its own process (its peak RSS is its own).

Settings come from SAKSFLYT_* variables (as in production). SAKSFLYT_BENCH_STAGE picks what runs:
`receive` (wiring.run_receive_once), `process` (wiring.run_process_once) or `both` (the default,
wiring.run_intake_once). Prints one JSON line: the seconds it took, the outcome counts, this
process's peak RSS, and the CPU seconds of this process and of the reader children. With
SAKSFLYT_BENCH_PROFILE=path it runs under cProfile, timed in CPU seconds (the machine is
shared: wall time would charge a function for other processes), and the stats are dumped there.

The peak is VmHWM from /proc/self/status, not getrusage: Python starts children with vfork, and
Linux carries the parent's high-water RSS over exec into the child's ru_maxrss (measured: a bare
`python -c pass` reported 514 MB after its parent had touched 500 MB). VmHWM belongs to this
process image alone. The gpg processes it runs are separate and small; they are not included.
"""

from __future__ import annotations

import cProfile
import json
import os
import resource
import time
from pathlib import Path

from config import wiring
from config.settings import get_settings


def main() -> None:
    settings = get_settings()
    profile_path = os.environ.get("SAKSFLYT_BENCH_PROFILE")
    profiler = cProfile.Profile(time.process_time) if profile_path else None
    stage = os.environ.get("SAKSFLYT_BENCH_STAGE", "both")
    reader = wiring.message_reader(settings)  # kept here to read its statistics
    started, started_at, cpu = time.perf_counter(), time.time(), cpu_seconds()
    if profiler is not None:
        profiler.enable()
    with reader:
        if stage == "receive":
            summary = wiring.run_receive_once(settings)
        elif stage == "process":
            summary = wiring.run_process_once(settings, reader=reader)
        else:
            summary = wiring.run_intake_once(settings, reader=reader)
    if profiler is not None:
        profiler.disable()
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    if profiler is not None and profile_path:
        profiler.dump_stats(profile_path)
    report = {"seconds": seconds, "counts": summary.counts, "rss_kib": peak_rss_kib()}
    report |= {"cpu": cpu, "reader_cpu": reader.stats.cpu_seconds, "readers": reader.stats.children}
    print(json.dumps(report | {"started": started_at, "ended": time.time()}))


def cpu_seconds() -> float:
    """User and system time of this process and of its children that ended (its gpg calls);
    the reader children report theirs (SandboxReader.stats), PostgreSQL's is not counted."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    main()
