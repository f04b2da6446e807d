"""casework/quarantine.py: a quarantined message registered by hand, or marked not a request."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseStatus,
    CryptoRecord,
    Encryption,
    NewSubmission,
    SignatureStatus,
    SubmissionOutcome,
)
from casework.quarantine import (
    NotInQuarantine,
    ReasonMissing,
    mark_not_a_request,
    register_by_hand,
)
from tests.fakes import FakeRegister

ARRIVED = datetime(2026, 3, 1, 22, 15, tzinfo=UTC)  # a Sunday evening
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
CRYPTO = CryptoRecord((Encryption.PGP_MIME,), ("ABCD",), SignatureStatus.BAD, None)


def quarantined(
    outcome: SubmissionOutcome = SubmissionOutcome.QUARANTINED, subject: str = "Forhåndsdrøftelse"
) -> tuple[FakeRegister, int]:
    register = FakeRegister()
    submission = NewSubmission(
        "maildir:1", "<m@x>", "ab" * 32, ARRIVED, ARRIVED.date(), ARRIVED, "kari@firma.example",
        subject, outcome, CRYPTO, reason="kunne ikke dekrypteres", attempts=3,
    )  # fmt: skip
    return register, register.add_submission(submission)


def by_hand(register: FakeRegister, submission_id: int, **changes: Any) -> Case:
    fields: dict[str, Any] = {
        "received_on": date(2026, 3, 2), "title": "  Kamera  ", "section": "tilsyn",
        "controller_email": " post@firma.example ", "controller_name": " Firma AS ",
        "reason": "  lest på papir  ", "actor": "kari", "now": NOW,
    }  # fmt: skip
    return register_by_hand(register, submission_id, **(fields | changes))


def test_a_case_is_opened_by_hand_with_the_given_t0_and_waits_for_review() -> None:
    register, sid = quarantined()
    case = by_hand(register, sid)
    assert case.status is CaseStatus.NEEDS_REVIEW
    assert register.get_case(case.number) == case
    assert (case.received_at, case.received_on) == (ARRIVED, date(2026, 3, 2))
    assert (case.controller_email, case.controller_name) == ("post@firma.example", "Firma AS")
    assert (case.title, case.section) == ("Kamera", "tilsyn")
    assert case.number == CaseNumber(2026, 1)  # the year of `now`


def test_the_case_log_says_when_it_arrived_and_who_registered_it_and_why() -> None:
    register, sid = quarantined()
    case = by_hand(register, sid)
    assert register.events(case.number) == [
        CaseEvent("received", ARRIVED, "kari", {}),
        CaseEvent(
            "registered_by_hand", NOW, "kari", {"submission_id": sid, "reason": "lest på papir"}
        ),
    ]


def test_the_message_is_kept_with_its_receipt_and_crypto_record_and_the_new_case() -> None:
    register, sid = quarantined()
    case = by_hand(register, sid)
    assert register.submissions[sid] == NewSubmission(
        "maildir:1", "<m@x>", "ab" * 32, ARRIVED, ARRIVED.date(), NOW, "kari@firma.example",
        "Forhåndsdrøftelse", SubmissionOutcome.NEEDS_REVIEW, CRYPTO, case.number, None,
        "registrert manuelt: lest på papir",
    )  # fmt: skip


def test_without_an_address_or_title_the_messages_sender_and_subject_are_used() -> None:
    register, sid = quarantined()
    case = by_hand(register, sid, controller_email="  ", title=" ")
    assert (case.controller_email, case.title) == ("kari@firma.example", "Forhåndsdrøftelse")
    register, sid = quarantined(subject="")
    assert by_hand(register, sid, title="").title == "Uten emne"


def test_only_a_quarantined_message_can_be_registered_or_marked() -> None:
    register, sid = quarantined(SubmissionOutcome.REGISTERED)
    with pytest.raises(NotInQuarantine, match=f"^Melding {sid} er ikke i karantene.$"):
        by_hand(register, sid)
    with pytest.raises(NotInQuarantine, match=f"^Melding {sid} er ikke i karantene.$"):
        mark_not_a_request(register, sid, reason="spam", now=NOW)
    assert register.cases == {}


def test_a_reason_is_required_and_nothing_changes_without_one() -> None:
    register, sid = quarantined()
    with pytest.raises(ReasonMissing, match="^Skriv en begrunnelse; den lagres sammen med"):
        by_hand(register, sid, reason="  \n")
    with pytest.raises(ReasonMissing, match="^Skriv en begrunnelse"):
        mark_not_a_request(register, sid, reason="", now=NOW)
    assert register.cases == {}
    assert register.submissions[sid].outcome is SubmissionOutcome.QUARANTINED


def test_a_message_marked_not_a_request_leaves_the_quarantine_with_the_reason() -> None:
    register, sid = quarantined()
    mark_not_a_request(register, sid, reason=" feilsendt ", now=NOW)
    assert register.submissions[sid] == NewSubmission(
        "maildir:1", "<m@x>", "ab" * 32, ARRIVED, ARRIVED.date(), NOW, "kari@firma.example",
        "Forhåndsdrøftelse", SubmissionOutcome.IGNORED, CRYPTO, None, None,
        "ikke en anmodning: feilsendt",
    )  # fmt: skip
    assert register.cases == {}
