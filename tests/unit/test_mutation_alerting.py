"""casework/alerting.py: the alert run queues what is due once, refreshes, cancels and digests.

The ledger is an in-memory stand-in for the AlertLedger port with SqlOutbox's rules (a key is
queued once, ever); tests/integration/test_alerts.py runs the same use case on the real outbox.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from datetime import UTC, date, datetime

from cases.model import CaseEvent, CaseNumber
from cases.outgoing import LedgerEntry, NewOutgoingMail, OutgoingId
from cases.readmodel import OpenCase
from casework.alerting import (
    ALERT_KIND,
    DIGEST_KIND,
    AlertPolicy,
    AlertRunSummary,
    case_link,
    case_url,
    paused_gc,
    plan_open_cases,
    run_alerts,
)
from casework.staff import Role, SectionContacts, Staff, StaffDirectory
from deadlines.alerts import AlertInput, digest_for_section_leader, plan_alerts, render_alert_text
from deadlines.clock import derive_clock

NOW = datetime(2026, 4, 14, 5, 0, tzinfo=UTC)
TODAY = date(2026, 4, 14)  # a Tuesday; D8 of a case received 2 March is Monday 27 April
STAFF = StaffDirectory(
    staff={"kari": Staff("kari", "Kari", Role.CASEWORKER, frozenset({"a"}), email="kari@dt.ex")},
    sections={
        "a": SectionContacts("a-queue@dt.ex", "a-leader@dt.ex"),
        "b": SectionContacts("b-queue@dt.ex", "b-leader@dt.ex"),
    },
)
POLICY = AlertPolicy(STAFF, "https://dash.example/")
OWNED = OpenCase(CaseNumber(2026, 1), "Kamera", "a", "kari", date(2026, 3, 2))
UNOWNED = OpenCase(CaseNumber(2026, 2), "Skole", "b", None, date(2026, 3, 2))
CALM = OpenCase(CaseNumber(2026, 3), "Rolig", "b", None, date(2026, 4, 1))


class Ledger:
    """Every key ever queued, and the messages with their status."""

    def __init__(self) -> None:
        self.entries: dict[str, LedgerEntry] = {}
        self.mail: dict[OutgoingId, NewOutgoingMail] = {}
        self.outgoing: dict[str, OutgoingId] = {}
        self.status: dict[OutgoingId, str] = {}
        self.queued_at: dict[OutgoingId, datetime] = {}

    def ledger_keys(self, keys: Iterable[str]) -> set[str]:
        return set(keys) & set(self.entries)

    def record_alert(
        self, entry: LedgerEntry, mail: NewOutgoingMail, at: datetime
    ) -> OutgoingId | None:
        if entry.key in self.entries:
            return None
        outgoing_id = OutgoingId(len(self.mail) + 1)
        self.entries[entry.key], self.mail[outgoing_id] = entry, mail
        self.outgoing[entry.key], self.status[outgoing_id] = outgoing_id, "pending"
        self.queued_at[outgoing_id] = at
        return outgoing_id

    def pending_alerts(self) -> dict[str, OutgoingId]:
        return {k: i for k, i in self.outgoing.items() if self.status[i] == "pending"}

    def cancel(self, outgoing_id: OutgoingId, reason: str) -> None:
        self.status[outgoing_id] = f"cancelled: {reason}"

    def refresh_alert(self, key: str, outgoing_id: OutgoingId, mail: NewOutgoingMail) -> None:
        self.mail[outgoing_id] = mail

    def sent(self) -> None:
        self.status = {i: "sent" for i in self.status}


def expected_due(case: OpenCase, today: date) -> list[str]:
    clock = derive_clock(case.received_on, case.events, today)
    item = AlertInput(case.number.canonical, case.caseworker, case.section, clock)
    return [a.key for a in plan_alerts(item, (10, 3), due_by=today)]


def test_case_links_point_at_the_dashboards_case_page() -> None:
    assert case_link("https://dash.example/", "2026/00001") == (
        "https://dash.example/saker/2026/00001"
    )
    assert case_url("https://dash.example", CaseNumber(2026, 1)) == (
        "https://dash.example/saker/2026/00001"
    )


def test_garbage_collection_is_paused_in_the_block_and_restored_after_it() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before, so it stays off
    finally:
        gc.enable()


def test_open_cases_are_planned_with_and_without_clock_events() -> None:
    stopped = OpenCase(
        CaseNumber(2026, 4), "Stopp", "a", None, date(2026, 3, 2),
        (CaseEvent("info_requested", NOW, "kari", {"sent_on": "2026-04-01"}),),
    )  # fmt: skip
    inputs, planned = plan_open_cases([OWNED, stopped], TODAY)
    assert [i.case_number for i in inputs] == ["2026/00001", "2026/00004"]
    assert inputs[0].clock == derive_clock(OWNED.received_on, (), TODAY)
    assert inputs[1].clock == derive_clock(stopped.received_on, stopped.events, TODAY)
    assert (inputs[0].caseworker, inputs[0].section) == ("kari", "a")
    assert [a.key for a in planned] == expected_due(OWNED, TODAY) + expected_due(stopped, TODAY)
    assert plan_open_cases([OWNED], TODAY, (15, 3))[1] != planned[: len(expected_due(OWNED, TODAY))]


def test_due_alerts_are_queued_once_to_the_owner_or_the_section_queue() -> None:
    ledger = Ledger()
    summary = run_alerts([OWNED, UNOWNED, CALM], ledger, POLICY, TODAY, NOW)
    owned_keys, unowned_keys = expected_due(OWNED, TODAY), expected_due(UNOWNED, TODAY)
    assert owned_keys and unowned_keys and not expected_due(CALM, TODAY)
    alerts = {k: e for k, e in ledger.entries.items() if e.kind != DIGEST_KIND}
    assert sorted(alerts) == sorted(owned_keys + unowned_keys)
    assert summary == AlertRunSummary(3, len(alerts), 2, 0)
    for key in owned_keys:
        entry, mail = ledger.entries[key], ledger.mail[ledger.outgoing[key]]
        assert entry.recipient == "kari@dt.ex" and mail.recipients == ("kari@dt.ex",)
        assert entry.case_number == mail.case_number == OWNED.number
        assert mail.kind == ALERT_KIND == "alert"
        assert ledger.queued_at[ledger.outgoing[key]] == NOW
    for key in unowned_keys:
        assert ledger.mail[ledger.outgoing[key]].recipients == ("b-queue@dt.ex",)
    again = run_alerts([OWNED, UNOWNED, CALM], ledger, POLICY, TODAY, NOW)
    assert again == AlertRunSummary(3, 0, 0, 0)


def test_an_alert_is_written_as_the_deadline_module_renders_it() -> None:
    ledger = Ledger()
    run_alerts([OWNED], ledger, POLICY, TODAY, NOW)
    _, planned = plan_open_cases([OWNED], TODAY)
    alert = planned[-1]
    entry, mail = ledger.entries[alert.key], ledger.mail[ledger.outgoing[alert.key]]
    url = "https://dash.example/saker/2026/00001"
    assert (mail.subject, mail.text) == render_alert_text(alert, "Kamera", url, sent_on=TODAY)
    assert entry == LedgerEntry(
        alert.key, alert.kind.value, alert.due_on, alert.deadline_on, "kari@dt.ex", OWNED.number
    )


def test_an_assigned_caseworker_without_an_address_gets_alerts_through_the_queue() -> None:
    ledger = Ledger()
    stranger = OpenCase(CaseNumber(2026, 5), "X", "a", "ukjent", date(2026, 3, 2))
    run_alerts([stranger], ledger, POLICY, TODAY, NOW)
    assert {m.recipients for m in ledger.mail.values() if m.kind == ALERT_KIND} == {
        ("a-queue@dt.ex",)
    }


def test_digests_go_to_each_section_leader_on_working_days_when_cases_are_at_risk() -> None:
    ledger = Ledger()
    run_alerts([OWNED, UNOWNED, CALM], ledger, POLICY, TODAY, NOW)
    digests = {k: e for k, e in ledger.entries.items() if e.kind == DIGEST_KIND}
    assert sorted(digests) == ["digest:a:2026-04-14", "digest:b:2026-04-14"]
    entry = digests["digest:b:2026-04-14"]
    assert entry == LedgerEntry("digest:b:2026-04-14", "digest", TODAY, None, "b-leader@dt.ex")
    mail = ledger.mail[ledger.outgoing["digest:b:2026-04-14"]]
    inputs, _ = plan_open_cases([UNOWNED], TODAY)
    subject, text = digest_for_section_leader(
        inputs, TODAY, red_days=3, yellow_days=10,
        case_url=lambda canonical: f"https://dash.example/saker/{canonical}",
    )  # fmt: skip
    assert mail == NewOutgoingMail("digest", ("b-leader@dt.ex",), subject, text)
    saturday = Ledger()
    assert run_alerts([OWNED], saturday, POLICY, date(2026, 4, 18), NOW).digests == 0
    easter_monday = Ledger()
    assert run_alerts([OWNED], easter_monday, POLICY, date(2026, 4, 6), NOW).digests == 0


def test_a_case_is_at_risk_within_the_yellow_lead_or_past_its_deadline() -> None:
    eleven_days_before = date(2026, 4, 10)  # 11 working days before 27 April (Easter counted)
    assert run_alerts([OWNED], Ledger(), POLICY, eleven_days_before, NOW).digests == 0
    assert run_alerts([OWNED], Ledger(), POLICY, date(2026, 4, 13), NOW).digests == 1
    assert run_alerts([OWNED], Ledger(), POLICY, date(2026, 4, 28), NOW).digests == 1
    wide = AlertPolicy(STAFF, "https://dash.example", yellow_days=11)
    assert run_alerts([OWNED], Ledger(), wide, eleven_days_before, NOW).digests == 1
    stopped = OpenCase(
        CaseNumber(2026, 6), "Stopp", "a", None, date(2026, 3, 2),
        (CaseEvent("info_requested", NOW, "kari", {"sent_on": "2026-04-01"}),),
    )  # fmt: skip
    assert run_alerts([stopped], Ledger(), POLICY, date(2026, 4, 28), NOW).digests == 0
    decided = OpenCase(
        CaseNumber(2026, 7), "Ferdig", "a", None, date(2026, 3, 2),
        (CaseEvent("decided", NOW, "kari", {"dispatched_on": "2026-04-01"}),),
    )  # fmt: skip
    assert run_alerts([decided], Ledger(), POLICY, date(2026, 4, 28), NOW).digests == 0


def test_pending_alerts_are_refreshed_for_today_and_stale_ones_cancelled() -> None:
    ledger = Ledger()
    run_alerts([OWNED, UNOWNED], ledger, POLICY, date(2026, 4, 13), NOW)
    old_digest = ledger.outgoing["digest:a:2026-04-13"]
    reassigned = OpenCase(OWNED.number, OWNED.title, "a", None, OWNED.received_on)
    extended = OpenCase(
        UNOWNED.number, UNOWNED.title, "b", None, UNOWNED.received_on,
        (CaseEvent("extended", NOW, "kari", {"notice_sent_on": "2026-03-20", "reason": "r"}),),
    )  # fmt: skip
    summary = run_alerts([reassigned, extended], ledger, POLICY, TODAY, NOW)
    for key in expected_due(OWNED, TODAY):
        outgoing_id = ledger.outgoing[key]
        assert ledger.status[outgoing_id] == "pending"
        assert ledger.mail[outgoing_id].recipients == ("a-queue@dt.ex",)  # now unowned
    stale = [k for k, i in ledger.outgoing.items() if ledger.status[i].startswith("cancelled")]
    assert "digest:a:2026-04-13" in stale
    assert ledger.status[old_digest] == (
        "cancelled: superseded: the deadline moved or the case was closed"
    )
    assert all(not k.endswith(":2026-04-14") for k in stale)  # today's digests stay
    assert set(expected_due(UNOWNED, date(2026, 4, 13))) <= set(stale)
    assert summary.cancelled == len(stale)
    ledger.sent()
    assert run_alerts([reassigned, extended], ledger, POLICY, TODAY, NOW).cancelled == 0


def test_a_pending_digest_of_today_survives_a_second_run() -> None:
    ledger = Ledger()
    run_alerts([OWNED], ledger, POLICY, TODAY, NOW)
    run_alerts([OWNED], ledger, POLICY, TODAY, NOW)
    assert ledger.status[ledger.outgoing["digest:a:2026-04-14"]] == "pending"
    other_section = Ledger()
    other_section.record_alert(
        LedgerEntry("digest:z:2026-04-14", "digest", TODAY, None, "z@dt.ex"),
        NewOutgoingMail("digest", ("z@dt.ex",), "s", "t"), NOW,
    )  # fmt: skip
    other_section.record_alert(
        LedgerEntry("alert:x:2026-04-14", "alert", TODAY, None, "z@dt.ex"),
        NewOutgoingMail("alert", ("z@dt.ex",), "s", "t"), NOW,
    )  # fmt: skip
    assert run_alerts([], other_section, POLICY, TODAY, NOW).cancelled == 1
    assert other_section.status[OutgoingId(1)] == "pending"
