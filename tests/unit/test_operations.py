"""What the operator sees of an intake run: names, tables, summaries and ops alerts (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cases.model import CaseNumber, SubmissionOutcome
from intake.operations import (
    ReceivedItem,
    RunReport,
    artifact_key,
    public_reason,
    quarantine_alert,
    stale_receive_alert,
)
from intake.service import IntakeResult

NOW = datetime(2026, 6, 9, 8, 0, tzinfo=UTC)


def item(outcome: SubmissionOutcome, sequence: int | None = None, reason: str | None = None,
         *, already: bool = False) -> ReceivedItem:  # fmt: skip
    number = CaseNumber(2026, sequence) if sequence else None
    return ReceivedItem.of(IntakeResult(1, outcome, number, reason, already))


def report_with_quarantine() -> RunReport:
    reason = "vedlegget Kari Nordmann DPIA.pdf.pgp: ikke kryptert til kontorets nøkkel"
    return RunReport("postmottak", [
        item(SubmissionOutcome.REGISTERED, 12), item(SubmissionOutcome.REGISTERED, 13),
        item(SubmissionOutcome.NEEDS_REVIEW, 14), item(SubmissionOutcome.QUARANTINED, None, reason),
        item(SubmissionOutcome.REGISTERED, 9, already=True),
    ])  # fmt: skip


def test_a_run_is_named_for_what_it_did() -> None:
    assert report_with_quarantine().run_name() == "intake postmottak: 3 nye, 1 karantene, 1 fra før"
    assert RunReport("postmottak").run_name() == "intake postmottak: ingen nye meldinger"


def test_the_table_counts_outcomes_with_case_numbers_and_reasons_but_no_file_names() -> None:
    rows = report_with_quarantine().table()
    by_outcome = {row["utfall"]: row for row in rows}
    assert by_outcome["registrert"] == {
        "utfall": "registrert", "antall": 2, "saksnumre": "2026/00012, 2026/00013", "årsak": ""
    }  # fmt: skip
    assert by_outcome["karantene"]["årsak"] == "vedlegget …: ikke kryptert til kontorets nøkkel"
    assert by_outcome["registrert fra før"]["saksnumre"] == "2026/00009"
    assert "Kari" not in str(rows) and "Kari" not in report_with_quarantine().markdown()


def test_reasons_lose_quoted_file_names() -> None:
    quoted = "vedlegget «Ola Hansen.docx» kunne ikke leses (passordbeskyttet ZIP-fil)"
    assert public_reason(quoted) == "vedlegget «…» kunne ikke leses (passordbeskyttet ZIP-fil)"


def test_artifact_keys_are_lowercase_letters_digits_and_dashes() -> None:
    assert artifact_key("Post.Mottak@Example") == "intake-post-mottak-example"


def test_a_run_that_quarantined_alerts_operations_once_per_run() -> None:
    alert = quarantine_alert(
        report_with_quarantine(), "drift@example.no", "run-1", date(2026, 6, 9)
    )
    assert alert is not None
    entry, mail = alert
    assert entry.key == "ops:quarantine:run-1" and mail.recipients == ("drift@example.no",)
    assert "1 nye meldinger i karantene (postmottak)" in mail.subject
    assert "ikke kryptert til kontorets nøkkel" in mail.text and "Kari" not in mail.text
    clean = RunReport("postmottak", [item(SubmissionOutcome.REGISTERED, 1)])
    assert quarantine_alert(clean, "drift@example.no", "run-2", date(2026, 6, 9)) is None


def test_a_receive_that_stopped_succeeding_alerts_once_per_outage() -> None:
    limit = timedelta(minutes=30)
    last = NOW - timedelta(minutes=45)
    alert = stale_receive_alert("intake-poll", last, NOW - timedelta(days=1), NOW, limit, "d@x.no")
    assert alert is not None
    assert alert[0].key == f"ops:stale-receive:intake-poll:{last.isoformat()}"
    assert "45 minutter" in alert[1].subject
    recent = NOW - timedelta(minutes=10)
    assert stale_receive_alert("intake-poll", recent, recent, NOW, limit, "d@x.no") is None
    new_deployment = NOW - timedelta(minutes=5)
    assert stale_receive_alert("intake-poll", None, new_deployment, NOW, limit, "d@x.no") is None
