"""One real intake poll for the intake benchmark, run as its own process so its peak RSS is its own.

Settings come from SAKSFLYT_* variables (as in production). Prints one JSON line: the seconds
`wiring.run_intake_once` took, the outcome counts and this process's peak RSS. With
SAKSFLYT_BENCH_PROFILE=path the poll runs under cProfile and the stats are dumped there.

The peak is VmHWM from /proc/self/status, not getrusage: Python starts children with vfork, and
Linux carries the parent's high-water RSS over exec into the child's ru_maxrss (measured: a bare
`python -c pass` reported 514 MB after its parent had touched 500 MB). VmHWM belongs to this
process image alone. The gpg processes it runs are separate and small; they are not included.
"""

from __future__ import annotations

import cProfile
import json
import os
import time
from pathlib import Path

from config import wiring
from config.settings import get_settings


def main() -> None:
    settings = get_settings()
    profile_path = os.environ.get("SAKSFLYT_BENCH_PROFILE")
    profiler = cProfile.Profile() if profile_path else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    summary = wiring.run_intake_once(settings)
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - started
    if profiler is not None and profile_path:
        profiler.dump_stats(profile_path)
    print(json.dumps({"seconds": seconds, "counts": summary.counts, "rss_kib": peak_rss_kib()}))


def peak_rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    main()
