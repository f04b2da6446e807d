"""dashboard/consequence.py: what an action did to a case, and whether it must be confirmed."""

from __future__ import annotations

from datetime import date

from dashboard.consequence import (
    CaseSnapshot,
    QueuedLetter,
    audit_detail,
    describe,
    needs_confirmation,
)

FINAL = date(2026, 5, 20)  # a Wednesday
LATER = date(2026, 6, 3)  # a Wednesday
OPEN = CaseSnapshot("registered", FINAL, None, frozenset())
LETTER = QueuedLetter(7, "Varsel om forlengelse", ("a@b.example", "c@d.example"))


def snapshot(
    status: str = "registered", final_on: date = FINAL, stopped: date | None = None
) -> CaseSnapshot:
    return CaseSnapshot(status, final_on, stopped, frozenset())


def test_no_change_has_no_consequence_and_needs_no_confirmation() -> None:
    assert describe(OPEN, OPEN, ()) == []
    assert needs_confirmation(OPEN, OPEN, ()) is False


def test_a_new_status_that_keeps_the_case_open_is_described_but_not_confirmed() -> None:
    after = snapshot("needs_review")
    assert describe(OPEN, after, ()) == ["Ny status: Til vurdering (nå Registrert)."]
    assert needs_confirmation(OPEN, after, ()) is False


def test_a_closing_status_says_the_case_ends_and_mentions_no_deadline() -> None:
    after = snapshot("decided", final_on=LATER)
    assert describe(OPEN, after, ()) == ["Ny status: Avgjort (nå Registrert). Saken avsluttes."]
    assert needs_confirmation(OPEN, after, ()) is True


def test_staying_closed_needs_no_confirmation_even_if_the_deadline_moves() -> None:
    before = snapshot("rejected")
    after = snapshot("rejected", final_on=LATER)
    assert describe(before, after, ()) == []
    assert needs_confirmation(before, after, ()) is False


def test_a_moved_deadline_is_described_and_confirmed() -> None:
    after = snapshot(final_on=LATER)
    assert describe(OPEN, after, ()) == [
        "Ny svarfrist: onsdag 3. juni 2026 (nå onsdag 20. mai 2026)."
    ]
    assert needs_confirmation(OPEN, after, ()) is True


def test_stopping_the_clock_is_described_with_its_first_day() -> None:
    after = snapshot(stopped=date(2026, 4, 1))
    assert describe(OPEN, after, ()) == [
        "Fristen står stille fra onsdag 1. april 2026; foreløpig svarfrist onsdag 20. mai 2026."
    ]
    assert needs_confirmation(OPEN, after, ()) is True


def test_restarting_the_clock_gives_the_new_and_the_provisional_deadline() -> None:
    before = snapshot(stopped=date(2026, 4, 1))
    after = snapshot(final_on=LATER)
    assert describe(before, after, ()) == [
        "Fristen løper igjen. Ny svarfrist: onsdag 3. juni 2026 (foreløpig onsdag 20. mai 2026)."
    ]
    assert needs_confirmation(before, after, ()) is True


def test_a_clock_that_stays_stopped_with_the_same_deadline_says_nothing() -> None:
    stopped = snapshot(stopped=date(2026, 4, 1))
    assert describe(stopped, stopped, ()) == []
    assert needs_confirmation(stopped, stopped, ()) is False


def test_each_queued_letter_is_described_with_its_recipients_and_must_be_confirmed() -> None:
    assert describe(OPEN, OPEN, [LETTER, QueuedLetter(8, "Kvittering", ("x@y.example",))]) == [
        "Brevet «Varsel om forlengelse» legges i utboksen og sendes til a@b.example, c@d.example.",
        "Brevet «Kvittering» legges i utboksen og sendes til x@y.example.",
    ]
    assert needs_confirmation(OPEN, OPEN, [LETTER]) is True


def test_status_comes_before_deadline_and_letters() -> None:
    after = snapshot("needs_review", final_on=LATER)
    lines = describe(OPEN, after, [LETTER])
    assert [line.split()[0:2] for line in lines] == [["Ny", "status:"], ["Ny", "svarfrist:"],
                                                     ["Brevet", "«Varsel"]]  # fmt: skip


def test_the_audit_detail_is_prefixed_joined_and_cut_to_200_characters() -> None:
    assert audit_detail(["Ny status: Avgjort.", "Saken avsluttes."]) == (
        "bekreftet: Ny status: Avgjort. Saken avsluttes."
    )
    detail = audit_detail(["x" * 300])
    assert detail == ("bekreftet: " + "x" * 300)[:200]
    assert len(detail) == 200
