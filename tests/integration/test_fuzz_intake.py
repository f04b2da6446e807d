"""Intake fuzz: a few hundred mutants of real mail; every one ends somewhere and nothing aborts.

Seeded and bounded (``SAKSFLYT_FUZZ_MUTANTS``, default 200; ``SAKSFLYT_FUZZ_SEED``): the real
intake (child reader with its budget, gpg, SQLite) registers them all in one run, and a second
run adds nothing. ``make bench`` runs a larger fuzz (tests/bench/fuzz.py).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from config import wiring
from config.settings import Settings
from intake.maildir import MaildirMailbox
from tests.fuzz import demo_and_interop_seeds, mutants
from tests.services.gpg import KeyringFactory

MUTANTS = int(os.environ.get("SAKSFLYT_FUZZ_MUTANTS", "200"))
SEED = int(os.environ.get("SAKSFLYT_FUZZ_SEED", "20261204"))
ENDS = {
    "received", "registered", "rejected", "deficient", "needs_review", "attached", "duplicate",
    "ignored", "quarantined",
}  # fmt: skip


def test_every_mutant_ends_somewhere_and_a_second_run_adds_nothing(
    tmp_path: Path, gpg_keyrings: KeyringFactory
) -> None:
    office = gpg_keyrings.new()
    seeds = demo_and_interop_seeds(tmp_path / "seeds", office)
    settings = Settings(
        home=tmp_path / "var", gnupg_home=office.home, batch_size=MUTANTS + 10,
        message_seconds=30,
    )  # fmt: skip
    wiring.prepare_home(settings)
    box = MaildirMailbox(settings.resolved_maildir)
    for raw in mutants(seeds, MUTANTS, SEED):
        box.deliver(raw)

    with wiring.message_reader(settings) as reader:
        first = wiring.run_intake_once(settings, reader=reader)
        second = wiring.run_intake_once(settings, reader=reader)
    with wiring.register(settings) as register:
        records = register.submissions()

    assert first.total == MUTANTS and len(records) == MUTANTS
    assert second.total == 0 and list(box.fetch_new()) == []
    outcomes = Counter(record.outcome.value for record in records)
    assert set(outcomes) <= ENDS
    assert all(r.reason for r in records if r.outcome.value == "quarantined")
    internal = [r.reason for r in records if "intern feil" in (r.reason or "")]
    print(f"\nfuzz: {MUTANTS} mutants of {len(seeds)} seeds, {dict(outcomes)}; "
          f"slowest read {reader.stats.max_seconds:.2f} s, largest reader "
          f"{reader.stats.max_rss_bytes / 2**20:.0f} MB; internal errors {internal}")  # fmt: skip
