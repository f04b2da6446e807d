"""deadlines/clock.py: the exact refusals a caseworker sees and the clock's edges (`make mutation`).

Every refusal is checked by its whole bokmål message, since the message is what the caseworker
acts on; the clock is checked on the days where a milestone or a stop changes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from cases.model import CaseEvent
from deadlines.clock import (
    ClockFinished,
    DateAfterDecision,
    DateInFuture,
    DeadlineRuleViolation,
    ExtensionAlreadyRecorded,
    ExtensionNoticeTooLate,
    ExtensionOverrideRequired,
    ExtensionReasonMissing,
    InformationBeforeRequest,
    Milestone,
    NoOpenSuspension,
    RequestBeforeReceipt,
    SuspensionAfterDeadline,
    SuspensionAlreadyOpen,
    check_event_date,
    check_extension,
    check_info_received,
    check_info_request,
    closed_state_text,
    derive_clock,
)

D = date.fromisoformat
T0 = D("2026-03-20")  # Friday; N4W Fri 17 April, L1M Mon 20 April, D8 Fri 15 May 2026
REASON = "Kompleks behandling"


def at(day: str, second: int = 0) -> datetime:
    return datetime.combine(D(day), time(9, 0, second), tzinfo=UTC)


def ev(kind: str, day: str, second: int = 0, **data: object) -> CaseEvent:
    return CaseEvent(kind=kind, at=at(day, second), actor="saksbehandler", data=data)


REQUESTED = ev("info_requested", "2026-04-01", sent_on="2026-04-01")
ANSWERED = ev("info_received", "2026-04-15", 1, received_on="2026-04-15")
DECIDED = ev("decided", "2026-05-06", 2, dispatched_on="2026-05-06")
WITHDRAWN = ev("withdrawn", "2026-05-06", 2, on="2026-05-06")


# --- refusals, word for word --------------------------------------------------------------------


def test_an_extension_already_recorded_is_refused_before_anything_else() -> None:
    with pytest.raises(
        ExtensionAlreadyRecorded,
        match=r"^Fristen er allerede forlenget; den kan bare forlenges én gang \(R-EXT-3\)\.$",
    ) as raised:
        check_extension(T0, D("2026-05-01"), "", already_extended=True)
    assert raised.value.code == "extension_already_recorded"


def test_an_extension_without_a_reason_is_refused_with_the_rule() -> None:
    with pytest.raises(
        ExtensionReasonMissing,
        match=r"^Forlengelse krever en begrunnelse som sendes med varselet \(R-EXT-1\)\.$",
    ):
        check_extension(T0, D("2026-05-01"), "\t ")


def test_an_extension_noticed_the_day_after_the_month_names_both_days() -> None:
    with pytest.raises(
        ExtensionNoticeTooLate,
        match=(
            r"^Varsel om forlengelse sendt tirsdag 21\. april 2026 er etter fristen på én måned "
            r"\(mandag 20\. april 2026\)\. Forlengelse kan ikke registreres \(R-EXT-3\)\.$"
        ),
    ):
        check_extension(T0, D("2026-04-21"), REASON, "Syk saksbehandler")


def test_an_extension_noticed_on_the_last_legal_day_needs_an_override_reason() -> None:
    with pytest.raises(
        ExtensionOverrideRequired,
        match=(
            r"^Varsel om forlengelse sendt mandag 20\. april 2026 er etter målet på fire uker "
            r"\(fredag 17\. april 2026\)\. Oppgi en begrunnelse for overstyring \(R-EXT-3\)\.$"
        ),
    ):
        check_extension(T0, D("2026-04-20"), REASON)


def test_an_overridden_extension_returns_the_note_to_log() -> None:
    note = check_extension(T0, D("2026-04-18"), REASON, "Syk saksbehandler")
    assert note == "Varslet etter fire uker (fredag 17. april 2026); overstyrt: Syk saksbehandler"


def test_an_extension_noticed_before_the_four_weeks_returns_no_note() -> None:
    assert check_extension(T0, D("2026-03-20"), REASON, "ubrukt") is None


def test_a_second_information_request_names_the_day_the_clock_stopped() -> None:
    clock = derive_clock(T0, [REQUESTED], D("2026-04-10"))
    with pytest.raises(
        SuspensionAlreadyOpen,
        match=r"^Fristen står allerede stille siden onsdag 1\. april 2026 \(R-T-13\)\.$",
    ):
        check_info_request(clock, D("2026-04-10"))


def test_an_information_request_before_receipt_names_both_days() -> None:
    clock = derive_clock(T0, [], T0)
    with pytest.raises(
        RequestBeforeReceipt,
        match=(
            r"^Forespørselen torsdag 19\. mars 2026 kan ikke være før anmodningen ble mottatt "
            r"fredag 20\. mars 2026 \(R-T-13\)\.$"
        ),
    ):
        check_info_request(clock, D("2026-03-19"))


def test_an_information_request_after_the_deadline_names_the_deadline() -> None:
    clock = derive_clock(T0, [], D("2026-05-15"))
    check_info_request(clock, D("2026-05-15"))
    with pytest.raises(
        SuspensionAfterDeadline,
        match=(
            r"^Fristen kan ikke stilles i bero fra lørdag 16\. mai 2026: "
            r"gjeldende frist fredag 15\. mai 2026 er passert \(R-T-13\)\.$"
        ),
    ):
        check_info_request(clock, D("2026-05-16"))


def test_an_answer_without_an_open_request_is_refused() -> None:
    with pytest.raises(
        NoOpenSuspension,
        match=r"^Det er ingen åpen forespørsel om opplysninger å avslutte \(R-T-13\)\.$",
    ):
        check_info_received(derive_clock(T0, [], D("2026-04-10")), D("2026-04-10"))


def test_an_answer_before_its_request_names_both_days() -> None:
    clock = derive_clock(T0, [REQUESTED], D("2026-04-10"))
    with pytest.raises(
        InformationBeforeRequest,
        match=(
            r"^Opplysninger mottatt tirsdag 31\. mars 2026 kan ikke være før forespørselen "
            r"onsdag 1\. april 2026 \(R-T-13\)\.$"
        ),
    ):
        check_info_received(clock, D("2026-03-31"))


@pytest.mark.parametrize(
    ("closing", "state"),
    [(DECIDED, "vedtaket er sendt"), (WITHDRAWN, "anmodningen er trukket tilbake")],
)
def test_a_closed_case_refuses_clock_events_and_says_why(closing: CaseEvent, state: str) -> None:
    clock = derive_clock(T0, [REQUESTED, closing], D("2026-05-07"))
    assert closed_state_text(clock) == state
    message = rf"^Saken er avsluttet \({state}\); fristen kan ikke lenger endres\.$"
    with pytest.raises(ClockFinished, match=message):
        check_info_received(clock, D("2026-05-06"))
    open_clock = derive_clock(T0, [closing], D("2026-05-07"))
    with pytest.raises(ClockFinished, match=message):
        check_info_request(open_clock, D("2026-04-01"))


def test_every_clock_refusal_is_a_deadline_rule_violation_with_its_code() -> None:
    with pytest.raises(DeadlineRuleViolation) as raised:
        check_info_received(derive_clock(T0, [], T0), T0)
    assert raised.value.code == "no_open_suspension"
    assert DeadlineRuleViolation.code == "deadline_rule_violation"


# --- event dates --------------------------------------------------------------------------------


def test_a_date_in_the_future_is_refused_but_today_is_allowed() -> None:
    clock = derive_clock(T0, [], D("2026-04-01"))
    check_event_date(clock, D("2026-04-01"), "Forespørselen", D("2026-04-01"))
    with pytest.raises(
        DateInFuture,
        match=(
            r"^Forespørselen torsdag 2\. april 2026 er fram i tid\. Registrer hendelsen den dagen "
            r"den skjer \(i dag er onsdag 1\. april 2026\)\.$"
        ),
    ):
        check_event_date(clock, D("2026-04-02"), "Forespørselen", D("2026-04-01"))


def test_without_a_today_any_date_before_the_decision_is_allowed() -> None:
    check_event_date(derive_clock(T0, [], T0), D("2030-01-01"), "Svaret", None)


@pytest.mark.parametrize("closing", [DECIDED, WITHDRAWN])
def test_a_date_after_the_decision_or_withdrawal_is_refused(closing: CaseEvent) -> None:
    clock = derive_clock(T0, [closing], D("2026-05-20"))
    check_event_date(clock, D("2026-05-06"), "Svaret", D("2026-05-20"))
    with pytest.raises(
        DateAfterDecision,
        match=(
            r"^Svaret torsdag 7\. mai 2026 er etter at saken ble avgjort onsdag 6\. mai 2026; "
            r"datoen kan ikke brukes\.$"
        ),
    ) as raised:
        check_event_date(clock, D("2026-05-07"), "Svaret", D("2026-05-20"))
    assert raised.value.code == "date_after_decision"


# --- the clock ----------------------------------------------------------------------------------


def test_the_status_line_names_the_final_deadline_or_the_stop() -> None:
    assert derive_clock(T0, [], T0).status_line() == "Svarfrist fredag 15. mai 2026"
    stopped = derive_clock(T0, [REQUESTED], D("2026-04-01"))
    assert stopped.status_line() == (
        "Fristen står stille siden onsdag 1. april 2026 (foreløpig frist fredag 15. mai 2026)"
    )


def test_an_answer_closes_the_stop_and_counts_its_days() -> None:
    clock = derive_clock(T0, [REQUESTED, ANSWERED], D("2026-04-16"))
    assert clock.suspensions == ((D("2026-04-01"), D("2026-04-15")),)
    assert clock.open_suspension_since is None and not clock.provisional
    assert clock.deadlines.d8.on == D("2026-05-29")  # 15 May + 14 days
    assert clock.as_of == D("2026-04-16") and clock.t0 == T0
    assert clock.milestone is Milestone.AWAITING_EXTENSION_DECISION  # N4W is 17 April


def test_a_second_request_while_one_is_open_does_not_restart_the_stop() -> None:
    again = ev("info_requested", "2026-04-08", 1, sent_on="2026-04-08")
    clock = derive_clock(T0, [REQUESTED, again], D("2026-04-10"))
    assert clock.open_suspension_since == D("2026-04-01")


def test_an_answer_dated_before_its_request_counts_no_days() -> None:
    early = ev("info_received", "2026-04-15", 1, received_on="2026-03-30")
    clock = derive_clock(T0, [REQUESTED, early], D("2026-04-16"))
    assert clock.suspensions == ((D("2026-04-01"), D("2026-04-01")),)
    assert clock.deadlines.d8.on == D("2026-05-15")


def test_an_open_stop_dated_after_today_counts_no_days() -> None:
    clock = derive_clock(T0, [REQUESTED], D("2026-03-25"))
    assert clock.provisional
    assert clock.deadlines.d8.on == D("2026-05-15")
    assert clock.deadlines.d8.raw_on == D("2026-05-15")


def test_a_decision_without_a_delivery_receipt_counts_from_its_dispatch() -> None:
    decided = ev("decided", "2026-05-06", 2, dispatched_on="2026-05-06", notified_on="")
    clock = derive_clock(T0, [decided], D("2026-05-07"))
    assert clock.decided_on == clock.notified_on == D("2026-05-06")
    assert clock.deadlines.appeal_deadline is not None
    assert clock.deadlines.appeal_deadline.on == D("2026-05-27")
    assert clock.is_closed and clock.withdrawn_on is None


def test_a_withdrawal_wins_over_a_decision_and_an_open_stop() -> None:
    clock = derive_clock(T0, [REQUESTED, DECIDED, WITHDRAWN], D("2026-05-07"))
    assert clock.milestone is Milestone.WITHDRAWN
    assert clock.withdrawn_on == D("2026-05-06")
    decided = derive_clock(T0, [REQUESTED, DECIDED], D("2026-05-07"))
    assert decided.milestone is Milestone.DECIDED and decided.is_closed


def test_a_stopped_clock_is_not_overdue_and_an_extended_one_runs_to_fourteen_weeks() -> None:
    assert derive_clock(T0, [REQUESTED], D("2026-08-01")).milestone is Milestone.CLOCK_STOPPED
    extended = ev("extended", "2026-04-16", notice_sent_on="2026-04-16", reason=REASON)
    clock = derive_clock(T0, [extended], D("2026-04-16"))
    assert clock.milestone is Milestone.EXTENDED_14W and clock.extended
    assert clock.deadlines.final_deadline.on == D("2026-06-26")
    assert derive_clock(T0, [extended], D("2026-06-26")).milestone is Milestone.EXTENDED_14W
    assert derive_clock(T0, [extended], D("2026-06-27")).milestone is Milestone.OVERDUE


def test_events_of_other_kinds_leave_the_clock_alone() -> None:
    clock = derive_clock(T0, [ev("note", "2026-04-01", on="2026-04-01")], D("2026-04-01"))
    assert clock == derive_clock(T0, [], D("2026-04-01"))
