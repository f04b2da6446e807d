"""Alert planning: what is planned, what is due, idempotency across outages and moved deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from cases.model import CaseEvent
from deadlines.alerts import (
    AlertInput,
    AlertKind,
    PlannedAlert,
    digest_for_section_leader,
    due_alerts,
    plan_alerts,
    render_alert_text,
)
from deadlines.clock import derive_clock

D = date.fromisoformat
T0 = D("2026-03-20")  # Example A: N4W Fri 17 April, L1M Mon 20 April, D8 Fri 15 May


def event(kind: str, logged_on: str, **data: object) -> CaseEvent:
    at = datetime.fromisoformat(f"{logged_on}T09:00:00+00:00").astimezone(UTC)
    return CaseEvent(kind=kind, at=at, actor="saksbehandler", data=data)


SUSPENSION = [
    event("info_requested", "2026-04-01", sent_on="2026-04-01"),
    event("info_received", "2026-04-15", received_on="2026-04-15"),
]
EXTENDED = [*SUSPENSION, event("extended", "2026-04-16", notice_sent_on="2026-04-16", reason="x")]


def make_case(
    events: list[CaseEvent] | None = None,
    today: str = "2026-04-01",
    t0: date = T0,
    number: str = "2026/00123",
    caseworker: str | None = "kari",
) -> AlertInput:
    clock = derive_clock(t0, events or [], D(today))
    return AlertInput(case_number=number, caseworker=caseworker, section="teknologi", clock=clock)


def by_kind(alerts: list[PlannedAlert]) -> dict[AlertKind, PlannedAlert]:
    return {alert.kind: alert for alert in alerts}


def test_unextended_case_gets_extension_decision_and_final_warnings() -> None:
    alerts = by_kind(plan_alerts(make_case()))
    decision = alerts[AlertKind.EXTENSION_DECISION]
    assert (decision.due_on, decision.deadline_on) == (D("2026-04-10"), D("2026-04-17"))
    assert decision.key == "2026/00123:extension_decision:2026-04-17"
    yellow, red = alerts[AlertKind.FINAL_WARNING_YELLOW], alerts[AlertKind.FINAL_WARNING_RED]
    assert yellow.due_on == D("2026-04-29")  # 1 May and Ascension are not working days
    assert red.due_on == D("2026-05-11")
    assert alerts[AlertKind.MISSED].due_on == D("2026-05-16")
    assert {a.deadline_on for a in (yellow, red)} == {D("2026-05-15")}
    assert all(a.recipient == "kari" for a in alerts.values())


def test_extended_case_is_warned_about_d14_only() -> None:
    alerts = by_kind(plan_alerts(make_case(EXTENDED, today="2026-06-01")))
    assert set(alerts) == {
        AlertKind.FINAL_WARNING_YELLOW,
        AlertKind.FINAL_WARNING_RED,
        AlertKind.MISSED,
    }
    assert alerts[AlertKind.FINAL_WARNING_YELLOW].due_on == D("2026-06-26")
    assert alerts[AlertKind.FINAL_WARNING_RED].due_on == D("2026-07-07")
    assert alerts[AlertKind.MISSED].key == "2026/00123:missed:2026-07-10"


def test_custom_lead_days() -> None:
    alerts = by_kind(plan_alerts(make_case(EXTENDED, today="2026-06-01"), lead_days=(5, 1)))
    assert alerts[AlertKind.FINAL_WARNING_YELLOW].due_on == D("2026-07-03")
    assert alerts[AlertKind.FINAL_WARNING_RED].due_on == D("2026-07-09")


def test_extension_decision_is_not_planned_once_the_one_month_limit_has_passed() -> None:
    alerts = by_kind(plan_alerts(make_case(today="2026-04-21")))
    assert AlertKind.EXTENSION_DECISION not in alerts


def test_stopped_clock_keeps_the_extension_alert_but_no_final_warnings() -> None:
    alerts = plan_alerts(make_case(SUSPENSION[:1], today="2026-04-05"))
    assert [a.kind for a in alerts] == [AlertKind.EXTENSION_DECISION]
    assert alerts[0].deadline_on == D("2026-04-17")  # N4W is never suspended (C8)


@pytest.mark.parametrize(
    "closing",
    [
        event("decided", "2026-05-01", dispatched_on="2026-05-01"),
        event("withdrawn", "2026-04-02", on="2026-04-02"),
    ],
)
def test_closed_cases_get_no_alerts(closing: CaseEvent) -> None:
    assert plan_alerts(make_case([closing], today="2026-05-02")) == []


def test_case_without_caseworker_goes_to_the_section_queue() -> None:
    alerts = plan_alerts(make_case(caseworker=None))
    assert {a.recipient for a in alerts} == {"section:teknologi"}


def _portfolio(today: date) -> list[AlertInput]:
    """Forty cases received on consecutive days, so alerts fall due on most days."""
    return [
        make_case(
            today=today.isoformat(), t0=D("2026-03-01") + timedelta(days=i), number=f"2026/{i:05d}"
        )
        for i in range(40)
    ]


def test_week_with_two_day_outage_sends_each_due_alert_exactly_once() -> None:
    start, outage = D("2026-05-04"), {D("2026-05-06"), D("2026-05-07")}
    ledger: set[str] = set()
    sent_on: dict[str, date] = {}
    due_by_run_day: set[str] = set()
    for offset in range(7):
        today = start + timedelta(days=offset)
        if today in outage:
            continue
        planned = [a for case in _portfolio(today) for a in plan_alerts(case)]
        due_by_run_day |= {a.key for a in planned if a.due_on <= today}
        for alert in due_alerts(planned, today, ledger):
            assert alert.key not in sent_on, "sent twice"
            assert alert.due_on <= today
            sent_on[alert.key] = today
            ledger.add(alert.key)
    assert set(sent_on) == due_by_run_day
    after_outage = [a for case in _portfolio(D("2026-05-08")) for a in plan_alerts(case)]
    during_outage = [a for a in after_outage if a.due_on in outage]
    assert len(during_outage) >= 4, "the portfolio must have alerts due during the outage"
    assert all(sent_on[a.key] == D("2026-05-08") for a in during_outage)


def test_due_alerts_skips_the_ledger_and_duplicates() -> None:
    planned = plan_alerts(make_case())
    assert due_alerts([*planned, *planned], D("2026-04-10"), set()) == planned[:1]
    assert due_alerts(planned, D("2026-04-10"), {planned[0].key}) == []


def test_moved_deadline_gives_new_keys_and_the_stale_alert_is_never_due() -> None:
    before = plan_alerts(make_case(today="2026-04-01"))
    after = plan_alerts(make_case(SUSPENSION, today="2026-04-16"))
    stale = {a.key for a in before if a.kind is AlertKind.FINAL_WARNING_YELLOW}
    assert stale == {"2026/00123:final_warning_yellow:2026-05-15"}
    fresh = {a.key for a in after if a.kind is AlertKind.FINAL_WARNING_YELLOW}
    assert fresh == {"2026/00123:final_warning_yellow:2026-05-29"}
    due = due_alerts(after, D("2026-04-30"), already_sent=set())
    assert not stale & {a.key for a in due}
    assert [a.kind for a in due] == [AlertKind.EXTENSION_DECISION]


def test_alert_text_names_case_date_reason_and_link() -> None:
    alert = by_kind(plan_alerts(make_case(EXTENDED, today="2026-06-01")))[
        AlertKind.FINAL_WARNING_RED
    ]
    subject, body = render_alert_text(
        alert, "Ansiktsgjenkjenning i butikk", "https://saksflyt/saker/1"
    )
    assert subject == "[Rød] Sak 2026/00123: svarfrist fredag 10. juli 2026"
    assert "Ansiktsgjenkjenning i butikk" in body
    assert "Det er 3 virkedager igjen til svarfristen fredag 10. juli 2026." in body
    assert "  - + 14 dager fristen sto stille = fredag 10. juli 2026" in body
    assert body.endswith("Åpne saken: https://saksflyt/saker/1")


def test_a_late_alert_counts_from_the_day_it_is_sent() -> None:
    red = by_kind(plan_alerts(make_case(EXTENDED, today="2026-06-01")))[AlertKind.FINAL_WARNING_RED]
    assert red.due_on == D("2026-07-07")  # three working days before Fri 10 July
    _, on_time = render_alert_text(red, "T", "https://x")
    _, late = render_alert_text(red, "T", "https://x", sent_on=D("2026-07-08"))
    assert "Det er 3 virkedager igjen" in on_time
    assert "Det er 2 virkedager igjen til svarfristen fredag 10. juli 2026." in late
    _, last = render_alert_text(red, "T", "https://x", sent_on=D("2026-07-09"))
    assert "Det er 1 virkedag igjen" in last
    subject, after = render_alert_text(red, "T", "https://x", sent_on=D("2026-07-13"))
    assert subject.startswith("[Overskredet]") and "gikk ut fredag 10. juli 2026" in after


def test_an_extension_alert_names_the_last_legal_day_and_never_a_past_date() -> None:
    decision = by_kind(plan_alerts(make_case()))[AlertKind.EXTENSION_DECISION]
    assert decision.last_legal_on == D("2026-04-20")  # L1M of Example A
    subject, on_time = render_alert_text(decision, "T", "https://x")
    assert subject == "Sak 2026/00123: ta stilling til forlengelse før fredag 17. april 2026"
    assert "Siste lovlige dag for varselet med begrunnelse er mandag 20. april 2026" in on_time
    subject, late = render_alert_text(decision, "T", "https://x", sent_on=D("2026-04-20"))
    assert "før" not in subject and "mandag 20. april 2026" in subject
    assert "fredag 17. april 2026" not in late.split("\n\n")[1]
    assert "mandag 20. april 2026: i dag" in late
    for body in (on_time, late):
        assert "R-EXT" not in body and "(C" not in body


@pytest.mark.parametrize("kind", list(AlertKind))
def test_every_kind_renders(kind: AlertKind) -> None:
    alert = next(a for a in plan_alerts(make_case()) if a.kind is kind)
    subject, body = render_alert_text(alert, "Tittel", "https://x")
    assert "2026/00123" in subject and body


def test_digest_groups_cases_by_risk() -> None:
    today = D("2026-05-12")
    cases = [
        make_case(today="2026-05-12", number="2026/00001"),  # D8 15 May: 2 working days
        make_case(today="2026-05-12", t0=D("2026-03-30"), number="2026/00002"),  # 10 left
        make_case(today="2026-05-12", t0=D("2026-03-10"), number="2026/00003"),  # overdue
        make_case(EXTENDED, today="2026-05-12", number="2026/00004"),  # far away
        make_case(SUSPENSION[:1], today="2026-05-12", number="2026/00005"),  # stopped
    ]
    subject, body = digest_for_section_leader(cases, today)
    assert subject == "Frister tirsdag 12. mai 2026: 1 overskredet, 1 rød, 1 gul"
    lines = body.splitlines()
    assert lines[0] == "Overskredet:" and "2026/00003" in lines[1]
    assert "2026/00001" in body and "(2 virkedager igjen)" in body
    assert "2026/00004" not in body and "2026/00005" not in body


def test_digest_links_every_case_it_lists() -> None:
    cases = [
        make_case(today="2026-05-12", number="2026/00001"),
        make_case(today="2026-05-12", t0=D("2026-03-10"), number="2026/00003"),
    ]
    _, body = digest_for_section_leader(
        cases, D("2026-05-12"), case_url=lambda number: f"https://x/saker/{number}"
    )
    lines = body.splitlines()
    for number in ("2026/00001", "2026/00003"):
        row = next(i for i, line in enumerate(lines) if number in line)
        assert lines[row + 1].strip() == f"https://x/saker/{number}"


def test_digest_without_risk_says_so() -> None:
    subject, body = digest_for_section_leader([make_case()], D("2026-04-01"))
    assert subject.endswith("0 overskredet, 0 røde, 0 gule")
    plural = [make_case(today="2026-05-12", number=f"2026/0000{i}") for i in (1, 2)]
    assert digest_for_section_leader(plural, D("2026-05-12"))[0].endswith("2 røde, 0 gule")
    assert body.startswith("Ingen åpne saker")


def test_planning_ten_thousand_cases_completes() -> None:
    clocks = [derive_clock(T0 + timedelta(days=i % 400), [], D("2026-04-01")) for i in range(100)]
    cases = [AlertInput(f"2026/{i:05d}", None, "s", clocks[i % 100]) for i in range(10_000)]
    planned = [a for case in cases for a in plan_alerts(case)]
    assert len(planned) >= 30_000


def test_planning_up_to_a_day_leaves_out_only_the_alerts_due_later() -> None:
    clock = derive_clock(date(2026, 3, 20), [], date(2026, 4, 20))
    case = AlertInput("2026/00001", None, "S", clock)
    everything = plan_alerts(case)
    due_by = date(2026, 5, 5)
    kept = plan_alerts(case, due_by=due_by)
    assert kept == [a for a in everything if a.due_on <= due_by]
    assert 0 < len(kept) < len(everything)
