"""Pytest fixtures: a private Dovecot IMAP server on a free loopback port (I/O: runs processes).

Loaded as a plugin by tests/conftest.py, so every test can ask for:

* ``dovecot_server`` (session): one Dovecot 2.3 for the whole run, started from dovecot.conf.in
  under a short /tmp directory and stopped with SIGTERM at the end. ``.host``, ``.port`` (plain
  IMAP, STARTTLS offered), ``.ssl_port`` (implicit TLS), ``.password`` (valid for *any* user
  name), ``.ca_file`` / ``.ssl_context()`` (trust the throw-away certificate), ``.kick(user)``
  (the server drops that user's connections), ``.doveadm(*args)``, ``.log_text()``. Fails
  (never skips) when dovecot or openssl is missing. ``start_dovecot()`` gives the same server
  outside pytest's fixture scopes (call ``.stop()`` yourself).
* ``imap_account`` (function): a fresh user, hence an empty Maildir. ``.host .port .user
  .password``, ``.append(raw, when=None, folder="INBOX") -> uid`` (APPEND with that
  INTERNALDATE), ``.folder_uids(folder)``, ``.flags(uid, folder)``, ``.folders()``,
  ``.client()`` (a logged-in IMAPClient, logged out at teardown), ``.kick()``, ``.logins()``,
  ``.mailbox(**overrides)`` (an ``ImapMailbox`` for this user over plain IMAP, quick retries),
  ``.maildir`` (the user's Maildir on disk). A child process can log in with the same
  host/port/user/password; ``.kick()`` and ``.logins()`` work across processes.

Example::

    def test_something(imap_account):
        when = datetime(2025, 1, 2, 8, 30, tzinfo=UTC)
        uid = imap_account.append(b"Subject: hi\\r\\n\\r\\nbody\\r\\n", when)
        with imap_account.mailbox() as box:
            [message] = box.fetch_new()
            box.mark_processed(message)
        assert imap_account.folder_uids("Processed") == [1]
"""

from __future__ import annotations

import contextlib
import grp
import itertools
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from string import Template
from typing import Any

import pytest
from imapclient import IMAPClient

from intake.imap import ImapMailbox

TEMPLATE = Path(__file__).with_name("dovecot.conf.in")
PASSWORD = "test-" + secrets.token_hex(4)
_accounts = itertools.count(1)


@dataclass
class DovecotServer:
    """A running private Dovecot; see the module docstring."""

    root: Path
    port: int
    ssl_port: int
    process: subprocess.Popen[bytes]
    password: str = PASSWORD
    host: str = "127.0.0.1"

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def ca_file(self) -> Path:
        return self.root / "cert.pem"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def log_text(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = ["doveadm", "-c", str(self.conf), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)

    def kick(self, user: str, wait: float = 5.0) -> None:
        """Make the server drop every connection of `user` (a realistic 'connection lost').

        A fresh login reaches anvil's list a moment later, so an empty kick (exit 68) is retried;
        then this waits until the killed sessions are gone.
        """
        until = time.monotonic() + wait
        while (result := self.doveadm("kick", user)).returncode == 68:
            assert time.monotonic() < until, f"no connection of {user} to kick"
            time.sleep(0.02)
        assert result.returncode == 0, result.stderr
        while user in self.doveadm("who", user).stdout.split():
            assert time.monotonic() < until, f"{user} is still connected after a kick"
            time.sleep(0.02)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the master stops its children itself
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


@dataclass
class ImapAccount:
    """A fresh user on the session's Dovecot; see the module docstring."""

    server: DovecotServer
    user: str
    _clients: list[IMAPClient] = field(default_factory=list)

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def password(self) -> str:
        return self.server.password

    @property
    def maildir(self) -> Path:
        return self.server.root / "mail" / self.user

    def client(self) -> IMAPClient:
        """A logged-in IMAPClient (plain IMAP on loopback), logged out when the test ends."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        client.login(self.user, self.password)
        self._clients.append(client)
        return client

    @contextlib.contextmanager
    def _short_session(self) -> Iterator[IMAPClient]:
        """A login for one helper call; Dovecot caps connections per user and IP at 10."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        client.login(self.user, self.password)
        try:
            yield client
        finally:
            with contextlib.suppress(OSError, IMAPClient.Error):
                client.logout()

    def append(self, raw: bytes, when: datetime | None = None, folder: str = "INBOX") -> int:
        """APPEND `raw` with INTERNALDATE `when` (aware: its zone is kept); return the UID."""
        with self._short_session() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, flags=(), msg_time=when)
        match = re.search(rb"APPENDUID \d+ (\d+)", response)
        assert match, response
        return int(match.group(1))

    def folder_uids(self, folder: str = "INBOX") -> list[int]:
        with self._short_session() as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return sorted(client.search(["ALL"]))

    def flags(self, uid: int, folder: str = "INBOX") -> tuple[bytes, ...]:
        with self._short_session() as client:
            client.select_folder(folder, readonly=True)
            return tuple(client.get_flags([uid])[uid])

    def folders(self) -> list[str]:
        with self._short_session() as client:
            return sorted(name for _flags, _sep, name in client.list_folders())

    def kick(self) -> None:
        self.server.kick(self.user)

    def logins(self, at_least: int = 0, wait: float = 3.0) -> int:
        """Successful logins of this user so far (the log is written asynchronously, so wait
        up to `wait` seconds for `at_least` of them)."""
        until = time.monotonic() + wait
        while True:
            count = self.server.log_text().count(f"Login: user=<{self.user}>")
            if count >= at_least or time.monotonic() > until:
                return count
            time.sleep(0.02)

    def mailbox(self, **overrides: Any) -> ImapMailbox:
        options: dict[str, Any] = {"host": self.host, "port": self.port, "user": self.user}
        options |= {"password": self.password, "tls": "none", "timeout": 30, "backoff": 0.05}
        return ImapMailbox(**(options | overrides))

    def close(self) -> None:
        for client in self._clients:
            with contextlib.suppress(OSError, IMAPClient.Error):
                client.logout()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _required(program: str) -> str:
    path = shutil.which(program, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")
    if path is None:
        pytest.fail(f"{program} is not installed (run `make system-packages`)", pytrace=False)
    return path


def _identities() -> dict[str, object]:
    """Who owns the mail and runs the helpers: dovenull/dovecot as root, else the current user."""
    if os.geteuid() == 0:
        mail = pwd.getpwnam("dovenull")
        return {
            "mail_uid": mail.pw_uid,
            "mail_gid": mail.pw_gid,
            "internal_user": "dovecot",
            "internal_group": "dovecot",
            "login_user": "dovenull",
        }
    me, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
    return {
        "mail_uid": os.getuid(),
        "mail_gid": os.getgid(),
        "internal_user": me,
        "internal_group": group,
        "login_user": me,
    }


def _make_certificate(root: Path) -> None:
    subprocess.run(
        [_required("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        + ["-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
        + ["-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    (root / "key.pem").chmod(0o600)


def _write_config(root: Path, port: int, ssl_port: int) -> dict[str, object]:
    ids = _identities()
    values = {"root": root, "port": port, "ssl_port": ssl_port, "password": PASSWORD}
    values["instance"] = f"saksflyt-test-{root.name}"
    text = Template(TEMPLATE.read_text()).substitute(values | ids)
    (root / "dovecot.conf").write_text(text)
    for name in ("mail", "home"):
        (root / name).mkdir()
        os.chown(root / name, int(str(ids["mail_uid"])), int(str(ids["mail_gid"])))
    return ids


def _wait_until_listening(server: DovecotServer, deadline: float = 15.0) -> None:
    until = time.monotonic() + deadline
    while time.monotonic() < until:
        if server.process.poll() is not None:
            break
        with (
            contextlib.suppress(OSError),
            socket.create_connection((server.host, server.port), 0.2),
        ):
            return
        time.sleep(0.02)
    stdout = (server.root / "stdout").read_text(errors="replace")
    log = server.log_text()
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
    pytest.fail(f"Dovecot did not start:\n{stdout}\n{log}", pytrace=False)


def start_dovecot() -> DovecotServer:
    """Start a private Dovecot from dovecot.conf.in on free loopback ports; wait for it."""
    binary = _required("dovecot")
    root = Path(tempfile.mkdtemp(prefix="dc-", dir="/tmp"))  # short: unix socket paths < 108 bytes
    root.chmod(0o755)  # the unprivileged mail user must reach its Maildir
    try:
        _make_certificate(root)
        port, ssl_port = _free_port(), _free_port()
        _write_config(root, port, ssl_port)
        with (root / "stdout").open("wb") as out:
            command = [binary, "-F", "-c", str(root / "dovecot.conf")]
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    server = DovecotServer(root=root, port=port, ssl_port=ssl_port, process=process)
    _wait_until_listening(server)
    return server


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    server = start_dovecot()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def imap_account(dovecot_server: DovecotServer) -> Iterator[ImapAccount]:
    account = ImapAccount(dovecot_server, f"user{next(_accounts)}-{secrets.token_hex(3)}")
    try:
        yield account
    finally:
        account.close()
