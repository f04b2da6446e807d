"""`python -m tests.bench` (make bench): run every benchmark and print its figures."""

from __future__ import annotations

import sys

from tests.bench import alerts, at_rest, dashboard, fuzz, intake, judgement, watch


def main() -> int:
    results = [
        judgement.main(), intake.main(), watch.main(), fuzz.main(), alerts.main(),
        dashboard.main(), at_rest.main(),
    ]  # fmt: skip
    return max(results)


if __name__ == "__main__":
    sys.exit(main())
