"""The only module that imports imapclient: the IMAP mailbox and its IDLE watch (network I/O)."""

from __future__ import annotations

import contextlib
import logging
import ssl
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from functools import partial
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

from imapclient import DELETED, IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from cases.errors import CaseworkError, ConfigurationError
from intake.hosts import is_loopback
from intake.mailbox import FetchedMessage, imap_mailbox_identity, imap_source

__all__ = [
    "ImapMailbox",
    "ImapWatch",
    "MailboxLoginRefused",
    "MailboxUnavailable",
    "TRANSIENT",
    "move_by_copy",
    "plan_batches",
    "qualified_folder",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
Tls = Literal["ssl", "starttls", "none"]
# Faults worth a reconnect: the link broke or timed out. A certificate failure is an OSError too,
# but it is configuration and is caught before these.
TRANSIENT: tuple[type[BaseException], ...] = (OSError, IMAPClientAbortError)
# Keeps a batch of large messages from filling memory: imaplib and imapclient hold about three
# copies of a FETCH response, so the receiver's peak RSS is ~100 MB + 3.6 x this (measured with
# 500 messages of 200 KB: 329 MB at 64 MB, 201 MB at 16 MB, and no slower).
MAX_BATCH_BYTES = 16 * 1024 * 1024
MAX_IDENTITY_LENGTH = 200  # with UIDVALIDITY, UID and a collision suffix: within 300 characters


# CaseworkError
#   + ConfigurationError
#     - MailboxLoginRefused   wrong user name or password: never retried
#   + MailboxUnavailable      the link kept failing after every retry
class MailboxUnavailable(CaseworkError):
    code = "mailbox_unavailable"
    template = "E-postserveren {server} svarer ikke etter {attempts} forsøk ({reason})."


class MailboxLoginRefused(ConfigurationError):
    code = "mailbox_login_refused"
    template = (
        "E-postserveren {server} avviste innloggingen for {user}. Sjekk brukernavn og passord."
    )


def qualified_folder(name: str, prefix: str, separator: str | None) -> str:
    """The server's name for a personal folder: "Processed" -> "INBOX.Processed" on Courier."""
    if name.upper() == "INBOX" or (prefix and name.startswith(prefix)):
        return name
    return prefix + (name.replace("/", separator) if separator else name)


def plan_batches(
    sizes: Mapping[int, int], batch_size: int, max_bytes: int = MAX_BATCH_BYTES
) -> list[list[int]]:
    """Group UIDs oldest first into batches of at most `batch_size` UIDs and about `max_bytes`."""
    batches: list[list[int]] = []
    current: list[int] = []
    total = 0
    for uid in sorted(sizes):
        if current and (len(current) >= batch_size or total + sizes[uid] > max_bytes):
            batches.append(current)
            current, total = [], 0
        current.append(uid)
        total += sizes[uid]
    if current:
        batches.append(current)
    return batches


def move_by_copy(client: IMAPClient, uids: Sequence[int], folder: str) -> None:
    """Move without MOVE: COPY, flag \\Deleted, expunge (only these UIDs when UIDPLUS)."""
    client.copy(uids, folder)
    client.add_flags(uids, [DELETED], silent=True)
    if client.has_capability("UIDPLUS"):
        client.uid_expunge(uids)
    else:
        client.expunge()


def as_utc(value: datetime) -> datetime:
    """INTERNALDATE (read with normalise_times=False, so it keeps the server's zone) in UTC."""
    if value.tzinfo is None:
        raise ValueError("INTERNALDATE without a time zone")
    return value.astimezone(UTC)


class ImapMailbox:
    """A watched IMAP folder; pending mail stays there until moved to processed or quarantine."""

    def __init__(
        self,
        host: str,
        port: int,
        user: str,
        password: str,
        tls: Tls = "ssl",
        folder: str = "INBOX",
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30,
        retries: int = 3,
        *,
        backoff: float = 0.5,
        use_move: bool = True,
    ) -> None:
        if tls == "none" and not is_loopback(host):
            raise ConfigurationError(
                detail=f"IMAP uten TLS er bare tillatt mot localhost, ikke {host}"
            )
        self._host, self._port, self._user, self._password = host, port, user, password
        self._tls, self._ssl_context, self._timeout = tls, ssl_context, timeout
        self._folder = folder
        self.identity = imap_mailbox_identity(host, port, user, folder)
        if len(self.identity) > MAX_IDENTITY_LENGTH:  # it must fit submissions.source
            raise ConfigurationError(detail="IMAP-tjener, brukernavn og mappe er for lange")
        self._wanted = {"processed": processed_folder, "quarantine": quarantine_folder}
        self._targets: dict[str, str] = {}
        self._retries, self._backoff, self._use_move = retries, backoff, use_move
        self._client: IMAPClient | None = None
        self.uidvalidity: int | None = None

    @property
    def server(self) -> str:
        return f"{self._host}:{self._port}"

    def __enter__(self) -> Self:
        self._call(lambda client: None)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Log out; a connection that is already broken is simply dropped."""
        if self._client is not None:
            with contextlib.suppress(*TRANSIENT, IMAPClientError):
                self._client.logout()
        self._drop()

    def fetch_new(self, batch_size: int = 50) -> Iterator[FetchedMessage]:
        """Every message in the watched folder, oldest first, read with BODY.PEEK (stays unseen)."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        sizes = self._call(self._pending_sizes)
        uidvalidity = self.uidvalidity
        for batch in plan_batches(sizes, batch_size):
            messages = self._call(partial(self._fetch_batch, uids=batch))
            if self.uidvalidity != uidvalidity:
                # Old UIDs mean nothing now; the mail is still there and comes on the next poll.
                log.warning(
                    "UIDVALIDITY of %s changed during a fetch; stopping early", self._folder
                )
                return
            yield from messages

    def mark_processed(self, message: FetchedMessage) -> None:
        self._call(lambda client: self._move(client, message, "processed"))

    def mark_all_processed(self, messages: Sequence[FetchedMessage]) -> None:
        """One UID MOVE for them all (a receive chunk); if the server refuses it, because
        another run moved one of them meanwhile, each is moved on its own."""
        self._call(lambda client: self._move_all(client, messages, "processed"))

    def mark_quarantined(self, message: FetchedMessage) -> None:
        self._call(lambda client: self._move(client, message, "quarantine"))

    def _source(self, uid: int) -> str:
        """Server, user, folder, UIDVALIDITY and UID: unique across mailboxes."""
        return imap_source(self.identity, self.uidvalidity or 0, uid)

    def _legacy_source(self, uid: int) -> str:
        """The identity older versions stored (folder, UIDVALIDITY and UID only)."""
        return f"imap:{self._folder}:{self.uidvalidity}:{uid}"

    def _pending_sizes(self, client: IMAPClient) -> dict[int, int]:
        client.noop()  # without it, mail delivered after SELECT stays invisible to this session
        uids = client.search(["ALL"])
        if not uids:
            return {}
        data = client.fetch(uids, ["RFC822.SIZE"])
        return {int(uid): int(item.get(b"RFC822.SIZE", 0)) for uid, item in data.items()}

    def _fetch_batch(self, client: IMAPClient, uids: list[int]) -> list[FetchedMessage]:
        data = client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"])
        return [
            self._message(int(uid), data[uid]) for uid in sorted(data) if b"BODY[]" in data[uid]
        ]

    def _message(self, uid: int, item: dict[bytes, Any]) -> FetchedMessage:
        return FetchedMessage(
            source=self._source(uid),
            uid=uid,
            raw=bytes(item[b"BODY[]"]),
            received_at=as_utc(item[b"INTERNALDATE"]),
            legacy_sources=(self._legacy_source(uid),),
        )

    def _fetched_here(self, message: FetchedMessage) -> bool:
        if isinstance(message.uid, int) and message.source == self._source(message.uid):
            return True
        # Another folder or an older UIDVALIDITY: the UID may now name a different message.
        log.warning("not moving %s: it was not fetched from this folder session", message.source)
        return False

    def _move_uids(self, client: IMAPClient, uids: list[int], target: str) -> None:
        if self._use_move and client.has_capability("MOVE"):
            client.move(uids, target)  # a UID that is already gone is a no-op
        else:
            move_by_copy(client, uids, target)

    def _move_all(self, client: IMAPClient, messages: Sequence[FetchedMessage], kind: str) -> None:
        ours = [message for message in messages if self._fetched_here(message)]
        if len(ours) < 2:
            for message in ours:
                self._move(client, message, kind)
            return
        try:
            self._move_uids(client, [int(message.uid) for message in ours], self._targets[kind])
        except IMAPClientAbortError:
            raise
        except IMAPClientError:  # e.g. [EXPUNGEISSUED]: one by one, a gone one counts as done
            for message in ours:
                self._move(client, message, kind)
            return
        log.info("moved %d messages to %s", len(ours), self._targets[kind])

    def _move(self, client: IMAPClient, message: FetchedMessage, kind: str) -> None:
        if not self._fetched_here(message):
            return
        target, uid = self._targets[kind], int(message.uid)
        try:
            self._move_uids(client, [uid], target)
        except IMAPClientAbortError:
            raise
        except IMAPClientError:
            # [EXPUNGEISSUED]: another run moved it while we held it. It is registered (that run
            # committed before moving, and so did we), so it counts as done.
            if self._still_there(client, uid):
                raise
            log.info("%s was already moved by another run", message.source)
            return
        log.info("moved %s to %s", message.source, target)

    @staticmethod
    def _still_there(client: IMAPClient, uid: int) -> bool:
        client.noop()  # take in the expunges other sessions made
        return bool(client.search(["UID", str(uid)]))

    def _call(self, operation: Callable[[IMAPClient], T]) -> T:
        """Run one operation, reconnecting after transient faults up to `retries` times."""
        last: BaseException | None = None
        for attempt in range(self._retries + 1):
            if attempt:
                time.sleep(min(self._backoff * 2 ** (attempt - 1), 10.0))
            try:
                return operation(self._connected())
            except ssl.SSLCertVerificationError as exc:
                self._drop()
                raise ConfigurationError(
                    detail=f"TLS-sertifikatet til {self.server}: {exc}"
                ) from exc
            except TRANSIENT as exc:
                last = exc
                self._drop()
                log.warning(
                    "IMAP %s failed (%s), attempt %d", self.server, type(exc).__name__, attempt + 1
                )
        reason = type(last).__name__ if last else "ukjent"
        raise MailboxUnavailable(
            server=self.server, attempts=self._retries + 1, reason=reason
        ) from last

    def _connected(self) -> IMAPClient:
        if self._client is None:
            client = self._open()
            try:
                self._prepare(client)
            except BaseException:
                with contextlib.suppress(*TRANSIENT, IMAPClientError):
                    client.shutdown()
                raise
            self._client = client
        return self._client

    def _open(self) -> IMAPClient:
        client = IMAPClient(
            self._host,
            port=self._port,
            ssl=self._tls == "ssl",
            ssl_context=self._ssl_context,
            timeout=self._timeout,
        )
        client.normalise_times = False  # keep the zone; imapclient would use today's local offset
        return client

    def _login(self, client: IMAPClient) -> None:
        if self._tls == "starttls":
            client.starttls(self._ssl_context)
        try:
            client.login(self._user, self._password)
        except LoginError as exc:
            raise MailboxLoginRefused(server=self.server, user=self._user) from exc

    def _prepare(self, client: IMAPClient) -> None:
        self._login(client)
        self._select(client)
        prefix, separator = self._personal_namespace(client)
        for kind, name in self._wanted.items():
            self._targets[kind] = self._ensure_folder(
                client, qualified_folder(name, prefix, separator)
            )

    def _select(self, client: IMAPClient) -> None:
        try:
            uidvalidity = int(client.select_folder(self._folder)[b"UIDVALIDITY"])
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            raise ConfigurationError(detail=f"kan ikke åpne mappen {self._folder}: {exc}") from exc
        if self.uidvalidity is not None and uidvalidity != self.uidvalidity:
            log.warning(
                "UIDVALIDITY of %s changed: %s -> %s", self._folder, self.uidvalidity, uidvalidity
            )
        self.uidvalidity = uidvalidity

    @staticmethod
    def _personal_namespace(client: IMAPClient) -> tuple[str, str | None]:
        if not client.has_capability("NAMESPACE"):
            return "", None
        personal = client.namespace().personal
        if not personal:
            return "", None
        prefix, separator = personal[0]
        return _text(prefix), (_text(separator) if separator else None)

    @staticmethod
    def _ensure_folder(client: IMAPClient, name: str) -> str:
        if client.folder_exists(name):
            return name
        try:
            client.create_folder(name)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            if not client.folder_exists(name):  # not just created by a concurrent poller
                raise ConfigurationError(detail=f"kan ikke opprette mappen {name}: {exc}") from exc
        client.subscribe_folder(name)
        log.info("created IMAP folder %s", name)
        return name

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(*TRANSIENT, IMAPClientError):
                client.shutdown()


class ImapWatch:
    """A second session on a mailbox's watched folder that waits for new mail (RFC 2177 IDLE).

    It only looks (EXAMINE: read-only, flags untouched); receiving stays with ImapMailbox. A
    server without IDLE is polled instead. Every fault of the link is MailboxUnavailable, after
    which the caller opens a new watch.
    """

    def __init__(
        self, mailbox: ImapMailbox, poll_seconds: float = 30.0, *, use_idle: bool = True
    ) -> None:
        self._mailbox, self._poll_seconds, self._use_idle = mailbox, poll_seconds, use_idle
        self._client: IMAPClient | None = None
        self.idles = False

    def __enter__(self) -> Self:
        client = self._mailbox._open()
        try:
            self._mailbox._login(client)
            client.select_folder(self._mailbox._folder, readonly=True)
            self.idles = self._use_idle and client.has_capability("IDLE")
        except (*TRANSIENT, IMAPClientError) as exc:
            with contextlib.suppress(*TRANSIENT, IMAPClientError):
                client.shutdown()
            raise self._lost(exc) from exc
        except BaseException:
            with contextlib.suppress(*TRANSIENT, IMAPClientError):
                client.shutdown()
            raise
        self._client = client
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(*TRANSIENT, IMAPClientError):
                client.logout()

    def waiting(self) -> int:
        """How many messages the watched folder holds now."""
        client = self._connected()
        try:
            client.noop()  # take in what other sessions delivered and expunged
            return len(client.search(["ALL"]))
        except (*TRANSIENT, IMAPClientError) as exc:
            raise self._lost(exc) from exc

    def wait(self, timeout: float, stop: Callable[[], bool]) -> bool:
        """Block up to `timeout` seconds (or until `stop()`); True when new mail may be there.

        With IDLE one IDLE command covers the whole wait, so callers re-IDLE by calling again
        (RFC 2177: before the server's 29-minute limit). Without IDLE: sleep, then look.
        """
        client = self._connected()
        try:
            if not self.idles:
                until = time.monotonic() + min(timeout, self._poll_seconds)
                while not stop() and time.monotonic() < until:
                    time.sleep(min(0.5, max(0.0, until - time.monotonic())))
                return self.waiting() > 0
            return self._idle(client, timeout, stop)
        except (*TRANSIENT, IMAPClientError) as exc:
            raise self._lost(exc) from exc

    def _idle(self, client: IMAPClient, timeout: float, stop: Callable[[], bool]) -> bool:
        # Dovecot tells of mail delivered since the last command only when IDLE ends, not when
        # it starts (measured): so ask first, and IDLE only when nothing came meanwhile.
        _text_noop, responses = client.noop()
        if any(_is_exists(item) for item in responses):
            return True
        client.idle()
        arrived = False
        until = time.monotonic() + timeout
        while not arrived and not stop() and (left := until - time.monotonic()) > 0:
            started = time.monotonic()
            responses = client.idle_check(timeout=min(1.0, left))
            if any(_is_bye(item) for item in responses):
                raise IMAPClientAbortError("the server said BYE during IDLE")
            if not responses and time.monotonic() - started < min(1.0, left) / 2:
                # readable but nothing to read: the server closed the connection
                raise IMAPClientAbortError("the connection closed during IDLE")
            arrived = any(_is_exists(item) for item in responses)
        _text_done, responses = client.idle_done()
        return arrived or any(_is_exists(item) for item in responses)

    def _connected(self) -> IMAPClient:
        if self._client is None:
            raise MailboxUnavailable(server=self._mailbox.server, attempts=1, reason="lukket")
        return self._client

    def _lost(self, exc: BaseException) -> MailboxUnavailable:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(*TRANSIENT, IMAPClientError):
                client.shutdown()
        log.warning("IMAP watch of %s lost (%s)", self._mailbox.server, type(exc).__name__)
        reason = type(exc).__name__
        return MailboxUnavailable(server=self._mailbox.server, attempts=1, reason=reason)


def _is_exists(item: tuple[Any, ...]) -> bool:
    """An untagged `* n EXISTS` with n > 0: mail in the folder (e.g. just delivered)."""
    return len(item) >= 2 and item[1] == b"EXISTS" and isinstance(item[0], int) and item[0] > 0


def _is_bye(item: tuple[Any, ...]) -> bool:
    return bool(item) and item[0] == b"BYE"


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value
