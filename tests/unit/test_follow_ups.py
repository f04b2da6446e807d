"""Follow-ups by case number are attached only from someone known in the case."""

from __future__ import annotations

import pytest

from cases.model import CaseParties, CryptoRecord, SignatureStatus, SubmissionOutcome
from intake.service import is_entitled
from tests.fakes import FakeRegister
from tests.unit.test_intake_service import fetched, mail, receive

PARTIES = CaseParties(
    "kari@kommune.example", frozenset({"ola@advokat.example"}), frozenset({"AB12"})
)
SIGNED = CryptoRecord(signature=SignatureStatus.VALID, signer_fingerprint="ab12")


@pytest.mark.parametrize(
    ("sender", "crypto", "entitled"),
    [
        ("kari@kommune.example", CryptoRecord(), True),  # the controller's own address
        ("Per@Kommune.example", CryptoRecord(), True),  # the controller's organisation
        ("ola@advokat.example", CryptoRecord(), True),  # already registered in the case
        ("mallory@evil.example", SIGNED, True),  # a valid signature by the case's known key
        ("mallory@evil.example", CryptoRecord(), False),
        (
            "mallory@evil.example",
            CryptoRecord(signature=SignatureStatus.UNKNOWN_KEY, signer_fingerprint="AB12"),
            False,
        ),  # fmt: skip
        ("", CryptoRecord(), False),
        ("kari@sub.kommune.example", CryptoRecord(), False),
    ],
)
def test_who_may_add_to_a_case(sender: str, crypto: CryptoRecord, entitled: bool) -> None:
    assert is_entitled(PARTIES, sender, crypto) is entitled


def test_on_a_public_mail_domain_only_the_very_address_counts() -> None:
    parties = CaseParties("kari.nordmann@gmail.com")
    assert is_entitled(parties, "kari.nordmann@gmail.com", CryptoRecord())
    assert not is_entitled(parties, "someone.else@gmail.com", CryptoRecord())


def stranger_mail(subject: str, **headers: str) -> bytes:
    raw = mail(subject, "Her er mer dokumentasjon", message_id="<s1@evil.example>", **headers)
    return raw.replace(b"kari@kommune.example", b"mallory@evil.example")


def test_a_case_number_from_an_unknown_sender_goes_to_review_outside_the_case() -> None:
    register = FakeRegister()
    first = receive(register, fetched(mail(), uid=1))
    assert first.case_number is not None
    subject = f"Tillegg til sak {first.case_number.reference()}"
    result = receive(register, fetched(stranger_mail(subject), uid=2))

    assert result.outcome is SubmissionOutcome.NEEDS_REVIEW and result.case_number is None
    assert result.reason is not None and "oppfølging fra ukjent avsender" in result.reason
    assert first.case_number.canonical in result.reason
    assert len(register.cases) == 1  # no new case
    assert register.documents[result.submission_id]  # the documents are kept
    assert len(register.case_documents(first.case_number)) == 1  # but not added to the case
    events = register.events(first.case_number)
    assert [e.kind for e in events] == ["received", "follow_up_from_unknown_sender"]
    assert events[-1].data == {"submission_id": result.submission_id,
                               "sender": "mallory@evil.example"}  # fmt: skip


def test_a_reply_to_our_thread_is_attached_whoever_sends_it() -> None:
    register = FakeRegister()
    first = receive(register, fetched(mail(), uid=1))
    assert first.case_number is not None
    subject = f"SV: sak {first.case_number.reference()}"
    reply = stranger_mail(subject, In_Reply_To="<m1@kommune.example>")
    result = receive(register, fetched(reply, uid=2))
    assert result.outcome is SubmissionOutcome.ATTACHED
    assert result.case_number == first.case_number
