"""The intake use case with fakes: every message ends as exactly one record with a clear outcome."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from cases.errors import NotQuarantined
from cases.model import CaseNumber, Encryption, SubmissionOutcome
from intake.mailbox import FetchedMessage
from intake.service import IntakePolicy, receive_message, retry_quarantined, run_intake
from reading.parse import ParseLimits
from tests.fakes import FakeDecryptor, FakeRegister

NOW = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
POLICY = IntakePolicy(ZoneInfo("Europe/Oslo"), ParseLimits(), "Seksjon A")
ARMOR = "-----BEGIN PGP MESSAGE-----\n\nhQEMA{marker}\n=abcd\n-----END PGP MESSAGE-----\n"


def mail(
    subject: str = "Anmodning om forhåndsdrøftelse", body: str = "Hei", **headers: str
) -> bytes:
    message = EmailMessage()
    message["From"] = "Kari Nordmann <kari@kommune.example>"
    message["To"] = "post@datatilsynet.example"
    message["Subject"] = subject
    message["Message-ID"] = headers.pop("message_id", "<m1@kommune.example>")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()


def fetched(raw: bytes, uid: int = 1, when: datetime = NOW) -> FetchedMessage:
    return FetchedMessage(f"imap:INBOX:7:{uid}", uid, raw, when)


def receive(register: FakeRegister, item: FetchedMessage, decryptor: FakeDecryptor | None = None):  # type: ignore[no-untyped-def]
    return receive_message(
        item, register=register, decryptor=decryptor or FakeDecryptor(), policy=POLICY, now=NOW
    )


def test_a_plain_request_opens_a_case_with_t0_in_oslo_time() -> None:
    register = FakeRegister()
    late_evening = datetime(2026, 3, 20, 23, 30, tzinfo=UTC)  # 00:30 on 21 March in Oslo
    result = receive(register, fetched(mail(), when=late_evening))
    assert result.outcome is SubmissionOutcome.RECEIVED
    assert result.case_number == CaseNumber(2026, 1)
    case = register.cases[CaseNumber(2026, 1)]
    assert case.received_on == date(2026, 3, 21)
    assert case.section == "Seksjon A"
    assert [e.kind for e in register.events(case.number)] == ["received"]
    assert register.documents[result.submission_id][0].text.strip() == "Hei"


def test_the_same_source_is_registered_once_and_then_only_reported() -> None:
    register = FakeRegister()
    first = receive(register, fetched(mail()))
    again = receive(register, fetched(mail()))
    assert again.already_registered and again.submission_id == first.submission_id
    assert len(register.submissions) == 1


def test_a_second_delivery_of_the_same_message_is_a_duplicate_without_a_new_case() -> None:
    register = FakeRegister()
    receive(register, fetched(mail(), uid=1))
    second = receive(register, fetched(mail(), uid=2))
    assert second.outcome is SubmissionOutcome.DUPLICATE
    assert len(register.cases) == 1
    assert register.submissions[second.submission_id].duplicate_of == 1


def test_same_message_id_with_other_bytes_is_a_duplicate() -> None:
    register = FakeRegister()
    receive(register, fetched(mail(body="første"), uid=1))
    second = receive(register, fetched(mail(body="andre"), uid=2))
    assert second.outcome is SubmissionOutcome.DUPLICATE


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Precedence": "bulk"},
        {"List_Id": "<nyhetsbrev.example>"},
    ],
)
def test_automatic_mail_is_recorded_but_opens_no_case(headers: dict[str, str]) -> None:
    register = FakeRegister()
    result = receive(register, fetched(mail(**headers)))
    assert result.outcome is SubmissionOutcome.IGNORED
    assert result.reason
    assert not register.cases


def test_a_reply_naming_our_case_reference_is_attached_to_that_case() -> None:
    register = FakeRegister()
    first = receive(register, fetched(mail(), uid=1))
    assert first.case_number is not None
    subject = f"SV: Mangelbrev – vår ref. {first.case_number.reference(2)}"
    reply = receive(register, fetched(mail(subject, message_id="<m2@x>"), uid=2))
    assert reply.outcome is SubmissionOutcome.ATTACHED
    assert reply.case_number == first.case_number
    assert [e.kind for e in register.events(first.case_number)] == ["received", "document_received"]


def test_a_reply_to_a_message_of_the_case_is_attached_by_in_reply_to() -> None:
    register = FakeRegister()
    first = receive(register, fetched(mail(), uid=1))
    reply = mail("Oppfølging", message_id="<m3@x>", In_Reply_To="<m1@kommune.example>")
    assert receive(register, fetched(reply, uid=2)).case_number == first.case_number


def test_a_reference_to_an_unknown_case_opens_a_new_case() -> None:
    register = FakeRegister()
    result = receive(register, fetched(mail("Ref. 2019/00042 hos en annen etat")))
    assert result.outcome is SubmissionOutcome.RECEIVED


def test_mail_we_cannot_decrypt_is_quarantined_with_a_reason_and_kept() -> None:
    register = FakeRegister()
    raw = mail(body=ARMOR.format(marker="UNKNOWN"))
    result = receive(register, fetched(raw))
    assert result.outcome is SubmissionOutcome.QUARANTINED
    assert result.reason and "nøkkel" in result.reason
    assert register.raw[register.submissions[result.submission_id].sha256] == raw
    assert not register.cases


def test_an_oversized_message_is_quarantined_before_anything_is_opened() -> None:
    register = FakeRegister()
    decryptor = FakeDecryptor()
    tiny = IntakePolicy(ZoneInfo("Europe/Oslo"), ParseLimits(max_message_bytes=100), "")
    result = receive_message(
        fetched(mail(body="x" * 500)), register=register, decryptor=decryptor, policy=tiny, now=NOW
    )
    assert result.outcome is SubmissionOutcome.QUARANTINED
    assert "størrelsesgrensen" in (result.reason or "")
    assert decryptor.calls == 0


def test_retry_after_the_key_arrives_opens_the_case_with_the_original_receipt_time() -> None:
    register = FakeRegister()
    raw = mail(body=ARMOR.format(marker="KEY2"))
    first = receive(register, fetched(raw, when=datetime(2026, 3, 2, 10, tzinfo=UTC)))
    assert first.quarantined
    decryptor = FakeDecryptor({b"KEY2": b"Vi anmoder om forh\xc3\xa5ndsdr\xc3\xb8ftelse."})
    retried = retry_quarantined(
        first.submission_id, register=register, decryptor=decryptor, policy=POLICY, now=NOW
    )
    assert retried.outcome is SubmissionOutcome.RECEIVED
    assert retried.submission_id == first.submission_id
    assert len(register.submissions) == 1
    case = register.cases[retried.case_number]  # type: ignore[index]
    assert case.received_on == date(2026, 3, 2)
    assert register.submissions[first.submission_id].crypto.encryption == (Encryption.INLINE,)


def test_retry_refuses_a_message_that_is_not_in_quarantine() -> None:
    register = FakeRegister()
    result = receive(register, fetched(mail()))
    with pytest.raises(NotQuarantined):
        retry_quarantined(
            result.submission_id, register=register, decryptor=FakeDecryptor(), policy=POLICY,
            now=NOW,
        )  # fmt: skip


class ListMailbox:
    def __init__(self, messages: list[FetchedMessage]) -> None:
        self.pending = list(messages)
        self.processed: list[str] = []
        self.quarantined: list[str] = []

    def fetch_new(self, batch_size: int = 50):  # type: ignore[no-untyped-def]
        yield from list(self.pending)

    def mark_processed(self, message: FetchedMessage) -> None:
        self.pending.remove(message)
        self.processed.append(message.source)

    def mark_all_processed(self, messages: list[FetchedMessage]) -> None:
        for message in messages:
            self.mark_processed(message)

    def mark_quarantined(self, message: FetchedMessage) -> None:
        self.pending.remove(message)
        self.quarantined.append(message.source)


class _Transaction:
    def __init__(self, register: FakeRegister) -> None:
        self.register = register

    def __enter__(self) -> FakeRegister:
        return self.register

    def __exit__(self, *exc: object) -> None:
        return None


def test_one_broken_message_never_stops_the_batch_and_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reading import message as message_reading

    register = FakeRegister()
    box = ListMailbox([fetched(mail(message_id=f"<m{i}@x>"), uid=i) for i in range(1, 4)])
    real_parse = message_reading.parse_message
    calls = {"n": 0}

    def parse_that_breaks_once(message, limits):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise ValueError("a bug in a parser")
        return real_parse(message, limits)

    monkeypatch.setattr(message_reading, "parse_message", parse_that_breaks_once)
    summary = run_intake(
        box, open_register=lambda: _Transaction(register), decryptor=FakeDecryptor(),
        policy=POLICY, clock=lambda: NOW,
    )  # fmt: skip
    assert summary.counts == {"received": 2, "quarantined": 1}
    # received first, every message is moved to Processed; the quarantine is in the register
    assert box.quarantined == [] and len(box.processed) == 3
    broken = next(s for s in register.submissions.values() if s.source == "imap:INBOX:7:2")
    assert "intern feil" in (broken.reason or "") and "ValueError" in (broken.reason or "")
    assert broken.sha256 in register.raw


def test_journal_entries_of_a_case_are_numbered_in_order() -> None:
    register = FakeRegister()
    first = receive(register, fetched(mail(), uid=1))
    assert first.case_number is not None
    reply = mail(f"SV: vår ref. {first.case_number.reference(1)}", message_id="<m9@x>")
    receive(register, fetched(reply, uid=2))
    numbers = [e.data["document_number"] for e in register.events(first.case_number)]
    assert numbers == [1, 2]
    assert register.next_document_number(first.case_number) == 3
