"""One real intake stage for the intake benchmark, run as its own process (its peak RSS is its own).

Settings come from SAKSFLYT_* variables (as in production). SAKSFLYT_BENCH_STAGE picks what runs:
`receive` (wiring.run_receive_once), `process` (wiring.run_process_once) or `both` (the default,
wiring.run_intake_once). Prints one JSON line: the seconds it took, the outcome counts and this
process's peak RSS. With SAKSFLYT_BENCH_PROFILE=path it runs under cProfile and the stats are
dumped there.

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
    started, started_at = time.perf_counter(), time.time()
    if profiler is not None:
        profiler.enable()
    stage = os.environ.get("SAKSFLYT_BENCH_STAGE", "both")
    run = {
        "receive": wiring.run_receive_once,
        "process": wiring.run_process_once,
        "both": wiring.run_intake_once,
    }[stage]
    summary = run(settings)
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - started
    if profiler is not None and profile_path:
        profiler.dump_stats(profile_path)
    report = {"seconds": seconds, "counts": summary.counts, "rss_kib": peak_rss_kib()}
    print(json.dumps(report | {"started": started_at, "ended": time.time()}))


def peak_rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    main()
