"""reading/message.py: a document's name, type and text fit the register's columns, cut where a
caseworker still recognises them."""

from __future__ import annotations

from cases.errors import GpgUnavailable
from cases.model import Document
from crypto.status import Decryption
from reading.message import InProcessReader, MessageBudget, MessageFacts, Unreadable, over_budget
from reading.parse import ParsedMessage, ParseLimits
from tests.fakes import FakeDecryptor
from tests.hostile import mail


def documents(*attachments: tuple[str, bytes, str]) -> list[tuple[str, str, str]]:
    message = mail(1)
    for name, data, subtype in attachments:
        maintype, _, sub = subtype.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=sub, filename=name)
    facts = InProcessReader(FakeDecryptor()).read(message.as_bytes(), ParseLimits())
    assert isinstance(facts, MessageFacts) and facts.parsed is not None
    return [(d.name, d.media_type, d.text) for d in facts.parsed.documents]


def test_a_long_file_name_keeps_its_end_and_the_text_loses_its_nul_characters() -> None:
    name = "Vedlegg " + "x" * 600 + " DPIA.txt"
    ((kept, media_type, text),) = documents((name, b"Del 4\x00 risiko", "text/plain"))
    assert len(kept) == 500 and kept == "…" + name[-499:]
    assert kept.endswith("x DPIA.txt") and media_type == "text/plain" and text == "Del 4 risiko"


def test_a_file_name_of_exactly_the_column_width_is_kept_whole() -> None:
    name = "y" * 496 + ".txt"
    ((kept, _, _),) = documents((name, b"hei", "text/plain"))
    assert kept == name


def test_a_declared_type_longer_than_its_column_is_cut_to_it() -> None:
    ((_, media_type, _),) = documents(("a.bin", b"\x00\x01binary", "application/x-" + "y" * 250))
    assert media_type == ("application/x-" + "y" * 250)[:200]


def read_raw(raw: bytes) -> MessageFacts:
    facts = InProcessReader(FakeDecryptor()).read(raw, ParseLimits())
    assert isinstance(facts, MessageFacts)
    return facts


REPLY = (
    "From: {sender}@kommune.example\r\nTo: postkasse@datatilsynet.example\r\n"
    "Subject: Sv: s\u00f8knad\x00 om dr\u00f8fting\r\nIn-Reply-To: <{long}@kommune.example>\r\n"
    "References: <{long}@kommune.example> <b@kommune.example>\r\n"
    "Auto-Submitted: auto-replied\x00\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHei\r\n"
)


def test_the_envelope_is_cut_to_its_columns_and_a_too_long_sender_is_dropped_not_cut() -> None:
    long = "x" * 1200
    facts = read_raw(REPLY.format(sender="a" * 304, long=long).encode("latin-1"))
    envelope = facts.envelope
    assert envelope.message_id is None  # none given: not an empty text
    assert envelope.sender == "a" * 304 + "@kommune.example"  # 320 characters: kept
    assert envelope.subject == "Sv: søknad om drøfting"
    assert envelope.in_reply_to == (f"<{long}"[:998],)
    assert envelope.references == (f"<{long}"[:998], "<b@kommune.example>")
    assert envelope.automatic == "automatisk melding (Auto-Submitted: auto-replied)"
    too_long = read_raw(REPLY.format(sender="a" * 305, long=long).encode("latin-1"))
    assert too_long.envelope.sender == ""  # a cut address would be somebody else's


def test_what_could_not_be_read_is_kept_as_a_problem() -> None:
    message = mail(1)
    message.add_attachment(b"PK\x03\x04 broken", maintype="application", subtype="zip",
                           filename="vedlegg.zip")  # fmt: skip
    facts = read_raw(message.as_bytes())
    assert facts.parsed is not None and len(facts.parsed.problems) == 1
    assert "vedlegg.zip" in facts.parsed.problems[0]
    clean = read_raw(mail(2).as_bytes()).parsed
    assert clean is not None and clean.problems == ()


def test_exactly_the_budget_is_within_it_and_one_more_is_over_it() -> None:
    document = Document("a.txt", "text/plain", 4, "0" * 64, "abcd", b"x" * (2 * 1024 * 1024))
    parsed = ParsedMessage("body", (document,), ())
    size = 4 + 4 + 2 * 1024 * 1024
    assert over_budget(parsed, MessageBudget(max_extracted_bytes=size, max_text_chars=8)) is None
    assert over_budget(parsed, MessageBudget(max_extracted_bytes=size - 1)) == (
        "for stor eller for kompleks til å lese automatisk (2 MB innhold etter utpakking); "
        "originalen er lagret"
    )
    assert over_budget(parsed, MessageBudget(max_text_chars=7)) == (
        "for stor eller for kompleks til å lese automatisk (8 tegn tekst); originalen er lagret"
    )


ARMORED = "-----BEGIN PGP MESSAGE-----\n\nhQEMA1MARKER\n-----END PGP MESSAGE-----\n"


class NoGpg(FakeDecryptor):
    """The machine cannot run gpg at all (missing binary, no processes left)."""

    def decrypt(self, ciphertext: bytes) -> Decryption:
        raise GpgUnavailable(detail="gpg: command not found")


def test_a_machine_without_gpg_leaves_the_message_to_be_read_again() -> None:
    result = InProcessReader(NoGpg()).read(mail(1, body=ARMORED).as_bytes(), ParseLimits())
    assert result == Unreadable(
        "GnuPG kunne ikke startes (gpg: command not found); meld fra til drift", retry=True
    )


def test_a_message_that_does_not_open_or_came_from_a_machine_is_not_parsed() -> None:
    locked = read_raw(mail(1, body=ARMORED).as_bytes())
    assert locked.failures and locked.parsed is None
    auto = read_raw(mail(2, Auto_Submitted="auto-replied").as_bytes())
    assert auto.failures == () and auto.envelope.automatic is not None and auto.parsed is None


def test_documents_over_the_budget_make_the_message_unreadable_with_the_reason() -> None:
    message = mail(1)
    message.add_attachment(b"x" * 4096, maintype="text", subtype="plain", filename="a.txt")
    reader = InProcessReader(FakeDecryptor(), MessageBudget(max_text_chars=1000))
    assert reader.read(message.as_bytes(), ParseLimits()) == Unreadable(
        "for stor eller for kompleks til å lese automatisk (4121 tegn tekst); originalen er lagret"
    )
