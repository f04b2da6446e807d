"""Intake fuzz benchmark: many mutants of real mail, the worst time and memory of one.

`BENCH_FUZZ_MUTANTS` (default 2000) mutants of the demo and interop mail go through one real
intake run (child reader with its budget, gpg, SQLite); a second run must add nothing. Prints the
outcomes, the slowest read and the largest reader process (peak RSS); reports, fails only if a
message was lost or the run aborted.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.fuzz import demo_and_interop_seeds, mutants

MUTANTS = int(os.environ.get("BENCH_FUZZ_MUTANTS", "2000"))
SEED = int(os.environ.get("BENCH_FUZZ_SEED", "10"))


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="fuzz-", dir="/tmp") as folder:
        home = Path(folder)
        with GpgKeyring(home / "gpg") as office:
            seeds = demo_and_interop_seeds(home / "seeds", office)
            settings = Settings(home=home / "var", gnupg_home=office.home, batch_size=MUTANTS)
            wiring.prepare_home(settings)
            box = MaildirMailbox(settings.resolved_maildir)
            for raw in mutants(seeds, MUTANTS, SEED):
                box.deliver(raw)
            started = time.monotonic()
            with wiring.message_reader(settings) as reader:
                first = wiring.run_intake_once(settings, reader=reader)
                second = wiring.run_intake_once(settings, reader=reader)
            seconds = time.monotonic() - started
            with wiring.register(settings) as register:
                outcomes = Counter(record.outcome.value for record in register.submissions())
    lost = MUTANTS - sum(outcomes.values())
    print(
        f"intake fuzz: {MUTANTS} mutants of {len(seeds)} seeds in {seconds:.0f} s; "
        f"outcomes {dict(sorted(outcomes.items()))}; "
        f"slowest read {reader.stats.max_seconds:.2f} s, "
        f"largest reader process {reader.stats.max_rss_bytes / 2**20:.0f} MB peak RSS; "
        f"second run {second.total} new; lost {lost}"
    )
    return 0 if lost == 0 and first.total == MUTANTS and second.total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
