"""Accuracy on the blind corpus: requests written without sight of the rules, end to end.

Figures are asserted separately for the ``dev`` half (looked at while improving the rules) and
the ``holdout`` half (never looked at). The floors below are what the judgement reached when they
were set; the product's targets (docs/decisions/0005) are higher and are printed with the figures.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from config.settings import get_settings
from tests.corpus.blind import (
    BLIND_DIR,
    BlindResult,
    digest,
    figures,
    format_report,
    frozen_digests,
    load_blind_cases,
    run_corpus,
)
from tests.services.gpg import (
    OFFICE_EMAIL,
    OFFICE_NAME,
    SENDER_EMAIL,
    SENDER_NAME,
    KeyringFactory,
)
from tests.services.kek import TEST_KEK

# floors per half: outcome accuracy, complete registered without review, parts recall, precision
# (measured 2026-12-04 on branch judgement: dev 77/82 outcomes, 37/37 complete registered, recall
# 0.997, precision 0.997; holdout 67/78, 32/35, 0.990, 0.990. Measured 2026-12-05 on branch judge,
# after both halves had been looked at: dev 79/82, 37/37, 1.000, 1.000; holdout 78/78, 35/35,
# 1.000, 1.000; no wrongful letter on either half. The three dev cases left are scanned requests
# whose missing part only OCR text shows (R-CP-7). Targets: 0.97 outcomes, 0.90 complete
# registered, recall 0.98, precision 0.97; tests/corpus/blind2 is the unseen holdout now.
# Then R-CP-20 (silence is not absence) sent the requests that leave a part out without a word to
# a caseworker, because on blind2, written by another hand, most parts «not found» were there in
# other words (7 wrongful letters before, 1 after): dev 73/82, 37/37, 1.000, 1.000; holdout
# 71/78, 35/35, 1.000, 1.000; incomplete handled 23/32 and 25/32, no wrongful letter. The outcome
# floors are lowered to these figures on purpose: a caseworker answering is the safe error.)
FLOORS = {
    "dev": {"outcome": 0.88, "complete": 0.97, "recall": 0.99, "precision": 0.99},
    "holdout": {"outcome": 0.90, "complete": 0.97, "recall": 0.99, "precision": 0.99},
}


@pytest.fixture(scope="module")
def results(
    gpg_keyrings: KeyringFactory, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[BlindResult]]:
    office = gpg_keyrings.new()
    office.generate_key(OFFICE_NAME, OFFICE_EMAIL)
    office_key = office.list_keys(secret=True)[0].fingerprint
    sender = gpg_keyrings.new()
    sender.generate_key(SENDER_NAME, SENDER_EMAIL)
    sender.import_keys(office.export_public_key(office_key).encode())
    home: Path = tmp_path_factory.mktemp("blind") / "var"
    with pytest.MonkeyPatch.context() as patch:
        for name in [n for n in os.environ if n.startswith("SAKSFLYT_") and n != TEST_KEK]:
            patch.delenv(name)
        patch.setenv("SAKSFLYT_HOME", str(home))
        patch.setenv("SAKSFLYT_GNUPG_HOME", str(office.home))
        get_settings.cache_clear()
        found = run_corpus(load_blind_cases(), sender, office_key)
        get_settings.cache_clear()
    print("\n" + format_report(found, ("dev", "holdout")))
    yield found
    gpg_keyrings.discard(office)
    gpg_keyrings.discard(sender)


def test_the_corpus_is_frozen_and_large() -> None:
    cases = load_blind_cases()
    recorded = frozen_digests()
    assert len(cases) >= 150
    assert {c.half for c in cases} == {"dev", "holdout"}
    assert {c.outcome for c in cases} == {"registered", "incomplete", "needs_review"}
    assert sorted(recorded) == sorted(p.name for p in (BLIND_DIR / "messages").glob("*.eml"))
    changed = [c.id for c in cases if recorded[c.path.name] != digest(c.path)]
    assert changed == []


def test_every_message_ends_with_a_row(results: list[BlindResult]) -> None:
    assert [r.case.id for r in results if r.outcome in ("lost", "quarantined")] == []


def test_no_wrongful_automatic_letter(results: list[BlindResult]) -> None:
    """A deficiency notice or rejection that asks for a part the request has is never sent."""
    assert [r.case.id for r in results if r.wrongful_action] == []


@pytest.mark.parametrize("half", ["dev", "holdout"])
def test_accuracy_holds_its_floor(results: list[BlindResult], half: str) -> None:
    f = figures([r for r in results if r.case.half == half])
    floor = FLOORS[half]
    assert f.outcome_accuracy >= floor["outcome"]
    assert f.complete_rate >= floor["complete"]
    assert f.parts_recall >= floor["recall"]
    assert f.parts_precision >= floor["precision"]
