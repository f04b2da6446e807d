"""Deadline alerts end to end: register -> plan -> ledger -> outbox -> a real SMTP server."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from cases.outgoing import MailStatus
from casework import clock_commands
from config import alerts, wiring
from tests.integration.alert_helpers import alert_settings, ledger_key_of, open_case, run_day
from tests.services.smtp import SmtpServer

MON, TUE, WED, THU, FRI, SAT, SUN = (date(2026, 6, 8 + i) for i in range(7))
NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


def test_a_week_with_a_two_day_outage_sends_every_alert_once_on_or_after_its_day(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    a = open_case(settings, date(2026, 5, 20), caseworker="kari")  # extension decision due Wed
    b = open_case(settings, date(2026, 4, 21))  # D8 Tue 16 June: red due Thu
    c = open_case(settings, date(2026, 4, 17))  # D8 Fri 12 June: red Tue, missed Sat
    sent_on: dict[str, date] = {}
    for day in (MON, TUE, FRI, SAT, SUN):  # no runs on Wednesday and Thursday
        already = len(smtp_server.messages)
        run_day(settings, day)
        for message in smtp_server.messages[already:]:
            key = ledger_key_of(settings, message)
            assert key not in sent_on, f"{key} sent twice"
            sent_on[key] = day
    expected = {
        f"{b}:final_warning_yellow:2026-06-16": MON,  # due Tue 2 June, before the first run
        f"{c}:final_warning_yellow:2026-06-12": MON,  # due Fri 29 May
        f"digest:Seksjon for personvern:{MON}": MON,
        f"{c}:final_warning_red:2026-06-12": TUE,
        f"digest:Seksjon for personvern:{TUE}": TUE,
        f"{a}:extension_decision:2026-06-17": FRI,  # due Wed, the outage
        f"{b}:final_warning_red:2026-06-16": FRI,  # due Thu, the outage
        f"digest:Seksjon for personvern:{FRI}": FRI,
        f"{c}:missed:2026-06-12": SAT,
    }
    assert sent_on == expected
    recipients = Counter(rcpt for _sender, rcpts in smtp_server.envelopes for rcpt in rcpts)
    assert recipients == {"queue@example.no": 5, "kari@example.no": 1, "leader@example.no": 3}


def test_the_alert_text_names_the_case_the_date_the_reason_and_the_link(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    number = open_case(settings, date(2026, 4, 17))
    run_day(settings, SAT)
    alert = next(m for m in smtp_server.messages if "Overskredet" in str(m["Subject"]))
    text = alert.get_body(("plain",)).get_content()
    assert str(number) in str(alert["Subject"]) and "fredag 12. juni 2026" in text
    assert "Mottatt (T0) fredag 17. april 2026" in text and "+ 56 dager (8 uker)" in text
    assert f"https://saksflyt.example.no/saker/{number.canonical}" in text


def test_a_moved_deadline_never_sends_the_stale_alert_but_sends_the_new_one(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    number = open_case(settings, date(2026, 4, 21))  # D8 Tue 16 June, red due Thu 11 June
    run_day(settings, MON)
    with wiring.register(settings) as register:  # a clock stop of two days: D8 -> Thu 18 June
        clock_commands.request_information(register, number, sent_on=TUE, what="DPIA", actor="t",
                                     now=NOW)  # fmt: skip
        clock_commands.record_information_received(register, number, received_on=THU, actor="t",
                                             now=NOW)  # fmt: skip
    for day in (THU, FRI, date(2026, 6, 15)):
        run_day(settings, day)
    keys = Counter(ledger_key_of(settings, m) for m in smtp_server.messages)
    assert f"{number}:final_warning_red:2026-06-16" not in keys
    assert keys[f"{number}:final_warning_red:2026-06-18"] == 1  # due Mon 15 June
    assert keys[f"{number}:final_warning_yellow:2026-06-18"] == 1  # the new date, announced once
    assert max(keys.values()) == 1


def test_an_alert_queued_while_smtp_was_down_goes_out_once_on_the_next_run(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    open_case(settings, date(2026, 4, 17))
    smtp_server.stop()
    down = run_day(settings, TUE)
    assert down is not None and down.unavailable and down.deferred == 3  # yellow, red, digest
    smtp_server.start()
    up = run_day(settings, FRI)
    assert up is not None and not up.unavailable
    keys = Counter(ledger_key_of(settings, m) for m in smtp_server.messages)
    assert max(keys.values()) == 1 and len(keys) == 3  # yellow, red, Friday's digest
    assert "digest:Seksjon for personvern:2026-06-09" not in keys  # a stale digest is dropped


def test_a_pending_alert_of_a_closed_case_is_cancelled_not_sent(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    number = open_case(settings, date(2026, 4, 17))
    smtp_server.stop()
    run_day(settings, TUE)
    with wiring.register(settings) as register:
        clock_commands.record_decision(register, number, dispatched_on=WED, actor="t", now=NOW)
    smtp_server.start()
    summary = alerts.queue_alerts(settings, THU)
    assert (summary.open_cases, summary.queued, summary.cancelled) == (0, 0, 3)
    run_day(settings, THU)
    assert smtp_server.messages == []
    with wiring.outbox(settings) as outbox:
        assert {m.status for m in outbox.messages()} == {MailStatus.CANCELLED}


def test_a_pending_alert_goes_to_the_owner_at_send_time_and_counts_from_that_day(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    number = open_case(settings, date(2026, 4, 21), caseworker="ola@example.no")  # D8 Tue 16 June
    smtp_server.stop()
    run_day(settings, THU)  # red due Thu 11 June: queued for ola, «3 virkedager»; not sent
    with wiring.register(settings) as register:
        clock_commands.assign_caseworker(register, number, caseworker="kari", actor="t", now=NOW)
    smtp_server.start()
    run_day(settings, FRI)
    red = next(m for m in smtp_server.messages if "[Rød]" in str(m["Subject"]))
    assert str(red["To"]) == "kari@example.no"
    assert "Det er 2 virkedager igjen til svarfristen tirsdag 16. juni 2026." in (
        red.get_body(("plain",)).get_content()
    )
    recipients = {rcpt for _sender, rcpts in smtp_server.envelopes for rcpt in rcpts}
    assert "ola@example.no" not in recipients
