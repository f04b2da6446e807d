"""The composition root: engines, repositories, keyrings and mailboxes from settings (I/O)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from intake.parse import ParseLimits
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cases import migrate
from cases.repository import SqlRegister
from config.settings import Settings, get_settings
from crypto.gpg import GpgKeyring
from intake.imap import ImapMailbox
from intake.mailbox import Mailbox
from intake.maildir import MaildirMailbox
from intake.service import IntakePolicy, IntakeResult, IntakeSummary, run_intake

# Faults worth a retry: the network, the IMAP link and the database (architecture.md §3).
TRANSIENT: tuple[type[BaseException], ...] = (OSError, OperationalError, ConnectionError)


def utc_now() -> datetime:
    return datetime.now(UTC)


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def engine(settings: Settings | None = None) -> Engine:
    settings = settings or get_settings()
    return engine_for(settings.resolved_database_url)


def prepare_home(settings: Settings | None = None) -> Settings:
    """Create the data folder (and the GnuPG home, mode 0700) and migrate the database."""
    settings = settings or get_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    gnupg_home = settings.resolved_gnupg_home
    gnupg_home.mkdir(parents=True, exist_ok=True)
    os.chmod(gnupg_home, 0o700)
    migrate.upgrade(engine(settings))
    return settings


@contextmanager
def session(settings: Settings | None = None) -> Iterator[Session]:
    """One transaction: commits on success, rolls back on any exception."""
    factory = sessionmaker(engine(settings), expire_on_commit=False)
    with factory.begin() as db_session:
        yield db_session


@contextmanager
def register(settings: Settings | None = None) -> Iterator[SqlRegister]:
    """The case register in one transaction."""
    with session(settings) as db_session:
        yield SqlRegister(db_session)


def keyring(settings: Settings | None = None) -> GpgKeyring:
    settings = settings or get_settings()
    passphrase = settings.gpg_passphrase.get_secret_value() if settings.gpg_passphrase else None
    return GpgKeyring(Path(settings.resolved_gnupg_home), passphrase=passphrase)


def mailbox(
    settings: Settings | None = None, imap_password: str | None = None
) -> AbstractContextManager[Mailbox]:
    """The configured IMAP mailbox, or the embedded demo Maildir when no IMAP host is set."""
    settings = settings or get_settings()
    if not settings.uses_imap:
        return nullcontext(MaildirMailbox(settings.resolved_maildir))
    settings.check_imap()
    password = imap_password or (
        settings.imap_password.get_secret_value() if settings.imap_password else ""
    )
    return cast(
        AbstractContextManager[Mailbox],
        ImapMailbox(
            host=cast(str, settings.imap_host),
            port=settings.resolved_imap_port,
            user=cast(str, settings.imap_user),
            password=password,
            tls=settings.imap_tls,
            folder=settings.imap_folder,
            processed_folder=settings.imap_processed_folder,
            quarantine_folder=settings.imap_quarantine_folder,
        ),
    )


def intake_policy(settings: Settings | None = None) -> IntakePolicy:
    settings = settings or get_settings()
    limits = ParseLimits(max_message_bytes=settings.max_message_bytes)
    return IntakePolicy(ZoneInfo(settings.office_timezone), limits, settings.default_section)


def run_intake_once(
    settings: Settings | None = None,
    *,
    imap_password: str | None = None,
    on_result: Callable[[IntakeResult], None] | None = None,
) -> IntakeSummary:
    """Poll the configured mailbox once and register everything in it."""
    settings = settings or get_settings()
    with mailbox(settings, imap_password) as box, keyring(settings) as gpg:
        return run_intake(
            box,
            open_register=lambda: register(settings),
            decryptor=gpg,
            policy=intake_policy(settings),
            clock=utc_now,
            batch_size=settings.batch_size,
            transient=TRANSIENT,
            on_result=on_result,
        )
