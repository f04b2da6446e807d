"""Benchmark: what encryption at rest costs (docs/decisions/0008); reports, never fails.

Each figure is measured twice, in fresh child processes: with the sealed columns as shipped, and
with their encryption switched off in that process only (the same code, values stored in clear).

- Intake: MESSAGES encrypted requests with a ~150 KB PDF each, from a Maildir, through
  `wiring.run_intake_once` (gpg, the budgeted reader child, PostgreSQL): seconds per message.
- Dashboard overview: 10 000 open cases in PostgreSQL (tests/bench/opencases.py), median of 20
  requests, and the first request of a process whose data keys are not yet unwrapped; and a
  search of them by the controller's address (compared after decryption), median of 20.

Run with `python -m tests.bench.at_rest` (part of make bench); BENCH_AT_REST_MESSAGES=n.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = int(os.environ.get("BENCH_AT_REST_MESSAGES", "30"))


def child(kind: str, mode: str) -> dict[str, float]:
    command = [sys.executable, "-m", "tests.bench.at_rest_child", kind, mode, str(MESSAGES)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} {mode}: {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    intake = {mode: child("intake", mode) for mode in ("plain", "sealed")}
    plain, sealed = intake["plain"]["per_message"], intake["sealed"]["per_message"]
    extra, share = (sealed - plain) * 1000, (sealed / plain - 1) * 100
    cpu = {mode: figures["cpu_per_message"] * 1000 for mode, figures in intake.items()}
    print(f"encryption at rest, intake of {MESSAGES} encrypted requests (~150 KB PDF) into "
          f"PostgreSQL: {plain * 1000:.0f} ms/message in clear, {sealed * 1000:.0f} ms/message "
          f"sealed ({extra:+.0f} ms, {share:+.1f} %); CPU of the intake process "
          f"{cpu['plain']:.0f} vs {cpu['sealed']:.0f} ms/message; load average "
          f"{os.getloadavg()[0]:.1f}")  # fmt: skip
    overview = {mode: child("overview", mode) for mode in ("plain", "sealed")}
    for mode, figures in overview.items():
        print(f"encryption at rest, dashboard overview of 10 000 open cases ({mode}): "
              f"{figures['median_ms']:.0f} ms median ({figures['cpu_ms']:.0f} ms Python CPU), "
              f"first request of the process {figures['cold_ms']:.0f} ms; a search of them by "
              f"the controller's address {figures['search_cpu_ms']:.0f} ms Python CPU")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
