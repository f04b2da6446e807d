"""Benchmark: the completeness check of a typical request without OCR, under 10 ms.

Each message of the blind corpus's `dev` half is parsed by the production parser without OCR
(scans then carry no text, as when OCR is off), then checked once, cold: every request is new to
the per-text caches, as in production. Prints the median and 90th percentile per request, as
wall time and as CPU time of this process (on a shared machine the wall time also counts the
time other processes hold the CPU; the CPU time does not).
"""

from __future__ import annotations

import statistics
import sys
import time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from completeness import check_completeness
from config.case_types import load_case_type
from reading.parse import ParsedMessage, parse_message
from tests.corpus.blind import load_blind_cases

TARGET_MS = 10.0


def requests() -> list[tuple[ParsedMessage, str]]:
    found = []
    for case in load_blind_cases():
        if case.half != "dev":
            continue
        message = BytesParser(policy=policy.default).parsebytes(case.path.read_bytes())
        assert isinstance(message, EmailMessage)
        found.append((parse_message(message), str(message["Subject"] or "")))
    return found


def main() -> int:
    spec = load_case_type()
    parsed = requests()
    first, subject = parsed[0]
    check_completeness(spec, first.body, first.documents, subject)  # compiles the cue regexes
    wall: list[float] = []
    cpu: list[float] = []
    for message, subject in parsed[1:]:
        started, used = time.perf_counter(), time.process_time()
        check_completeness(spec, message.body, message.documents, subject)
        wall.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - used))
    p90 = len(wall) * 9 // 10
    median = statistics.median(cpu)
    verdict = "OK" if median <= TARGET_MS else "TOO SLOW"
    print(
        f"completeness check of {len(wall)} requests without OCR: median "
        f"{statistics.median(wall):.1f} ms wall, {median:.1f} ms CPU; 90th percentile "
        f"{sorted(wall)[p90]:.1f} ms wall, {sorted(cpu)[p90]:.1f} ms CPU; target median "
        f"<= {TARGET_MS:.0f} ms CPU: {verdict}"
    )
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
