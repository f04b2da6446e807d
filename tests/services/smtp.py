"""Pytest fixture: a real SMTP server (aiosmtpd) on a free loopback port that keeps what it gets.

Loaded as a plugin by tests/conftest.py. ``smtp_server`` (function scope) has ``.host``,
``.port``, ``.messages`` (parsed ``EmailMessage`` objects in arrival order, LF line ends),
``.envelopes`` (``(mail_from, rcpt_tos)`` pairs), ``.stop()`` (the port then refuses
connections, like a server that is down) and ``.start()`` (listen again on the same port).

Misbehaviour on demand: ``.refuse_sender`` is the reply to every MAIL FROM (e.g. a server-wide
``"550 5.7.1 …"``), ``.refuse_recipients`` maps an address to its RCPT reply,
``.refuse_every_recipient`` answers every other RCPT but those in ``.accept_always``, and
``.delay`` holds each DATA that many seconds (a slow server, for races). All on ``.recorder``.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import pytest
from aiosmtpd.controller import Controller


class _Recorder:
    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.refuse_sender: str | None = None
        self.refuse_recipients: dict[str, str] = {}
        self.refuse_every_recipient: str | None = None
        self.accept_always: set[str] = set()
        self.delay = 0.0

    async def handle_MAIL(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.refuse_sender is not None:
            return self.refuse_sender
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        reply = self.refuse_recipients.get(address)
        if reply is None and address not in self.accept_always:
            reply = self.refuse_every_recipient
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.delay:
            await asyncio.sleep(self.delay)
        raw = envelope.original_content or envelope.content
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(raw)))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SmtpServer:
    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = _free_port()
        self._recorder = _Recorder()
        self._controller: Controller | None = None

    @property
    def recorder(self) -> _Recorder:
        """Set `refuse_sender`, `refuse_recipients` and `delay` here."""
        return self._recorder

    def start(self) -> None:
        if self._controller is None:
            self._controller = Controller(self._recorder, hostname=self.host, port=self.port)
            self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def messages(self) -> list[EmailMessage]:
        # Stored with Unix line ends, as a local delivery agent does (the wire form is CRLF).
        parser = BytesParser(policy=policy.default)
        return [
            parser.parsebytes(raw.replace(b"\r\n", b"\n"))  # type: ignore[misc]
            for _f, _t, raw in self._recorder.received
        ]

    @property
    def envelopes(self) -> list[tuple[str, list[str]]]:
        return [(sender, rcpts) for sender, rcpts, _raw in self._recorder.received]


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()
