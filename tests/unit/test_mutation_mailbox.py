"""intake/mailbox.py: how a message's place in its mailbox is named, and when a renumbered
folder hands back a message already stored."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.mailbox import FetchedMessage, imap_mailbox_identity, imap_source, is_refetch

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_a_mailbox_is_named_by_server_user_and_folder_as_an_imap_url() -> None:
    identity = imap_mailbox_identity("Mail.Example.NO", 993, "saks@dt.no", "INBOX/Innsendt ø")
    assert identity == "imap://saks%40dt.no@mail.example.no:993/INBOX/Innsendt%20%C3%B8"


def test_one_user_with_a_slash_in_the_name_does_not_read_as_a_folder() -> None:
    assert imap_mailbox_identity("h", 143, "a/b", "INBOX") == "imap://a%2Fb@h:143/INBOX"


def test_a_message_is_named_by_its_mailbox_uidvalidity_and_uid() -> None:
    mailbox = imap_mailbox_identity("mail", 993, "saks", "INBOX")
    assert imap_source(mailbox, 7, 42) == "imap://saks@mail:993/INBOX;UIDVALIDITY=7/;UID=42"


MAILBOX = imap_mailbox_identity("mail", 993, "saks", "INBOX")


def test_the_same_mailbox_under_a_new_uidvalidity_is_a_refetch() -> None:
    assert is_refetch(imap_source(MAILBOX, 7, 42), imap_source(MAILBOX, 8, 3))


def test_the_same_uidvalidity_is_not_a_refetch_even_under_another_uid() -> None:
    assert not is_refetch(imap_source(MAILBOX, 7, 42), imap_source(MAILBOX, 7, 43))


def test_another_mailbox_or_user_is_never_a_refetch() -> None:
    other = imap_mailbox_identity("mail", 993, "arkiv", "INBOX")
    assert not is_refetch(imap_source(MAILBOX, 7, 42), imap_source(other, 8, 42))


@pytest.mark.parametrize(
    ("stored", "source"),
    [
        ("maildir:1733475600.M1P2.host", imap_source(MAILBOX, 8, 1)),
        (imap_source(MAILBOX, 7, 1), "maildir:1733475600.M1P2.host"),
        ("imap:INBOX:7:1", imap_source(MAILBOX, 8, 1)),  # the legacy form is not an IMAP URL
        (imap_source(MAILBOX, 7, 1) + "x", imap_source(MAILBOX, 8, 1)),
    ],
)
def test_a_source_that_is_not_an_imap_url_is_never_a_refetch(stored: str, source: str) -> None:
    assert not is_refetch(stored, source)


def test_a_fetched_message_needs_an_aware_time_and_keeps_its_bytes_out_of_the_repr() -> None:
    with pytest.raises(ValueError, match="^received_at must be timezone-aware$"):
        FetchedMessage("maildir:1", "1", b"raw", datetime(2026, 12, 6, 9, 0))
    message = FetchedMessage("maildir:1", "1", b"Personnummer 01019012345", NOW)
    assert "01019012345" not in repr(message)
