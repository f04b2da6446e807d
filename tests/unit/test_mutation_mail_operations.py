"""casework/mail_operations.py: requeueing failed mail (audited) and the operations alert.

The outbox and the mail server are in-memory stand-ins for the ports (casework.ports.FailedMail,
letters.delivery.MailSender); the real adapters are tested in tests/integration.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import pytest

from cases.model import CaseNumber
from cases.outgoing import MailStatus, OutgoingId, OutgoingMail
from casework.mail_operations import operations_alert, requeue_failed_mail
from letters.delivery import MailRefused, MailUnavailable

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def mail(outgoing_id: int, case: CaseNumber | None) -> OutgoingMail:
    return OutgoingMail(
        id=OutgoingId(outgoing_id), message_id=f"<{outgoing_id}@x>", kind="letter",
        recipients=("a@b.example",), subject="s", text="t", html=None, encrypt_to=None,
        status=MailStatus.FAILED, attempts=3, created_at=NOW, case_number=case,
    )  # fmt: skip


class FailedOutbox:
    def __init__(self, mails: Iterable[OutgoingMail]) -> None:
        self.mails = {m.id: m for m in mails}
        self.asked: list[list[OutgoingId] | None] = []

    def requeue(self, outgoing_ids: Iterable[OutgoingId] | None) -> list[OutgoingId]:
        self.asked.append(None if outgoing_ids is None else list(outgoing_ids))
        return (
            sorted(self.mails)
            if outgoing_ids is None
            else [i for i in outgoing_ids if i in self.mails]
        )

    def get(self, outgoing_id: OutgoingId) -> OutgoingMail:
        return self.mails[outgoing_id]


class Sender:
    def __init__(self, fails_with: Exception | None = None) -> None:
        self.sent: list[OutgoingMail] = []
        self.fails_with = fails_with

    def send(self, message: OutgoingMail) -> None:
        if self.fails_with is not None:
            raise self.fails_with
        self.sent.append(message)


def test_each_requeued_message_gets_one_audit_entry_with_its_case() -> None:
    outbox = FailedOutbox([mail(4, CaseNumber(2026, 12)), mail(9, None)])
    entries: list[dict[str, Any]] = []
    requeued = requeue_failed_mail(
        outbox, lambda **entry: entries.append(entry), None, actor="kari", now=NOW
    )
    assert requeued == [4, 9]
    assert outbox.asked == [None]
    assert entries == [
        {"at": NOW, "actor": "kari", "action": "outbox_requeue",
         "case_reference": "2026/00012", "detail": "outgoing:4"},
        {"at": NOW, "actor": "kari", "action": "outbox_requeue",
         "case_reference": None, "detail": "outgoing:9"},
    ]  # fmt: skip


def test_only_the_named_messages_are_requeued_and_audited() -> None:
    outbox = FailedOutbox([mail(4, None), mail(9, None)])
    entries: list[dict[str, Any]] = []
    ids = [OutgoingId(9)]
    assert requeue_failed_mail(outbox, lambda **e: entries.append(e), ids, actor="a", now=NOW) == [
        9
    ]
    assert outbox.asked == [[9]]
    assert [e["detail"] for e in entries] == ["outgoing:9"]


def test_the_operations_alert_mails_the_operations_address_directly() -> None:
    smtp = Sender()
    alert = operations_alert(smtp, "drift@dt.example", "saksflyt.test", lambda: NOW)
    alert("Utboksen står.")
    [notice] = smtp.sent
    assert re.fullmatch(r"<[0-9a-f]{32}@saksflyt\.test>", notice.message_id)
    assert notice.recipients == ("drift@dt.example",)
    assert notice.kind == "operations"
    assert notice.subject == "saksflyt: utgående e-post står"
    assert notice.text == "Utboksen står.\n"
    assert (notice.html, notice.encrypt_to) == (None, None)
    assert (notice.status, notice.attempts, notice.created_at) == (MailStatus.PENDING, 0, NOW)
    assert notice.id == 0
    alert("Igjen.")
    assert smtp.sent[0].message_id != smtp.sent[1].message_id


def test_without_an_operations_address_nothing_is_sent() -> None:
    smtp = Sender()
    operations_alert(smtp, None, "saksflyt.test", lambda: NOW)("x")
    operations_alert(smtp, "", "saksflyt.test", lambda: NOW)("x")
    assert smtp.sent == []


@pytest.mark.parametrize("error", [MailUnavailable("nede"), MailRefused(detail="550")])
def test_a_failed_operations_alert_is_logged_without_its_text(
    error: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    alert = operations_alert(Sender(fails_with=error), "drift@dt.example", "x.test", lambda: NOW)
    with caplog.at_level(logging.ERROR, logger="casework.mail_operations"):
        alert("hemmelig innhold")
    [record] = caplog.records
    assert record.getMessage() == (
        f"could not mail the operations address either: {type(error).__name__}"
    )
