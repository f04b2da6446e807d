"""intake/operations.py: the run summary and the two mails to operations, word for word."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cases.model import CaseNumber, SubmissionOutcome
from cases.outgoing import LedgerEntry, NewOutgoingMail
from intake.operations import (
    ReceivedItem,
    RunReport,
    artifact_key,
    quarantine_alert,
    stale_receive_alert,
)
from intake.service import IntakeResult

NOW = datetime(2026, 6, 9, 8, 0, tzinfo=UTC)
LOCKED = "vedlegget «Kari Nordmann.zip» kunne ikke leses (passordbeskyttet ZIP-fil)"
NOT_TO_US = "ikke kryptert til kontorets nøkkel"


def quarantined(reason: str | None) -> ReceivedItem:
    return ReceivedItem.of(IntakeResult(1, SubmissionOutcome.QUARANTINED, None, reason))


def report() -> RunReport:
    registered = IntakeResult(2, SubmissionOutcome.REGISTERED, CaseNumber(2026, 12))
    return RunReport(
        "postmottak",
        [ReceivedItem.of(registered), quarantined(LOCKED), quarantined(NOT_TO_US),
         quarantined(NOT_TO_US)],
    )  # fmt: skip


def test_only_a_quarantined_message_keeps_its_reason() -> None:
    rejected = IntakeResult(3, SubmissionOutcome.REJECTED, CaseNumber(2026, 3), "mangler del 4")
    assert ReceivedItem.of(rejected) == ReceivedItem("rejected", "2026/00003", None)


def test_an_outcome_without_a_label_is_shown_as_it_is_named() -> None:
    (row,) = RunReport("postmottak", [ReceivedItem("held")]).table()
    assert row == {"utfall": "held", "antall": 1, "saksnumre": "", "årsak": ""}


def test_the_run_summary_is_a_markdown_table_with_the_way_out_of_quarantine() -> None:
    assert report().markdown() == (
        "# intake postmottak: 1 nye, 3 karantene\n"
        "\n"
        "| utfall | antall | saksnumre | årsak |\n"
        "|---|---:|---|---|\n"
        "| karantene | 2 |  | ikke kryptert til kontorets nøkkel |\n"
        "| karantene | 1 |  | vedlegget «…» kunne ikke leses (passordbeskyttet ZIP-fil) |\n"
        "| registrert | 1 | 2026/00012 |  |\n"
        "\n"
        "Meldinger i karantene: `saksflyt quarantine list`, så `retry ID`."
    )


def test_an_empty_run_says_the_mailbox_was_empty() -> None:
    empty = RunReport("postmottak", stage="mottak")
    assert empty.markdown() == "# mottak postmottak: ingen nye meldinger\n\nPostkassen var tom."


def test_a_mailbox_name_ending_in_punctuation_gives_no_trailing_dash() -> None:
    assert artifact_key("Post Mottak!") == "intake-post-mottak"
    assert artifact_key("--ops--", "behandling") == "behandling-ops"


def test_the_quarantine_mail_counts_each_reason_once_per_run() -> None:
    alert = quarantine_alert(report(), "drift@example.no", "run-7", date(2026, 6, 9))
    assert alert == (
        LedgerEntry("ops:quarantine:run-7", "ops", date(2026, 6, 9), None, "drift@example.no"),
        NewOutgoingMail(
            "ops",
            ("drift@example.no",),
            "saksflyt: 3 nye meldinger i karantene (postmottak)",
            "Mottaket fra postmottak la 3 meldinger i karantene:\n"
            "\n"
            "- 2 × ikke kryptert til kontorets nøkkel\n"
            "- 1 × vedlegget «…» kunne ikke leses (passordbeskyttet ZIP-fil)\n"
            "\n"
            "Se `saksflyt quarantine list` eller karantenekøen i dashbordet.\n",
        ),
    )


def test_the_stale_receive_mail_says_since_when_and_the_limit() -> None:
    last = NOW - timedelta(minutes=95, seconds=59)
    alert = stale_receive_alert("intake-poll", last, NOW - timedelta(days=3), NOW,
                                timedelta(minutes=90), "drift@example.no")  # fmt: skip
    assert alert == (
        LedgerEntry(f"ops:stale-receive:intake-poll:{last.isoformat()}", "ops", date(2026, 6, 9),
                    None, "drift@example.no"),
        NewOutgoingMail(
            "ops",
            ("drift@example.no",),
            "saksflyt: ingen vellykket mottak på 95 minutter (intake-poll)",
            "Deployment intake-poll har ikke fullført et mottak siden 2026-06-09T06:24+00:00 "
            "(grense: 90 minutter).\nSjekk arbeiderne, Prefect-serveren og IMAP-tjeneren; "
            "kjøringene og loggene står i Prefect.\n",
        ),
    )  # fmt: skip


def test_a_deployment_that_never_received_is_stale_from_its_creation_at_the_limit_itself() -> None:
    created = NOW - timedelta(minutes=30)
    alert = stale_receive_alert("intake-poll", None, created, NOW, timedelta(minutes=30), "d@x.no")
    assert alert is not None
    entry, mail = alert
    assert entry.key == f"ops:stale-receive:intake-poll:{created.isoformat()}"
    assert mail.subject == "saksflyt: ingen vellykket mottak på 30 minutter (intake-poll)"
    assert mail.text.startswith("Deployment intake-poll har ikke fullført et mottak siden aldri ")
