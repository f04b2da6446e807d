"""The only module that imports gnupg: the office keyring (decrypt, keys, encrypt); does I/O.

Data goes to and from gpg through pipes only; no decrypted byte is written to a file. gpg's status
lines are judged by ``crypto.status``; failures reach callers as a ``Decryption`` with a Norwegian
reason, or (for keyring administration) as ``KeyringError``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import gnupg

from cases.errors import GpgUnavailable, KeyringError
from cases.model import SignatureStatus

# Decryption is defined in the pure crypto.status so that reading.unwrap can name it without
# importing gnupg; it is re-exported here as part of this adapter's API.
from crypto.armor import PacketKind, packet_kind
from crypto.status import (
    Decryption,
    StatusLine,
    agent_lost,
    parse_status,
    read_decryption,
    signature_of,
)

__all__ = ["Decryption", "GpgKeyring", "KeyInfo"]

log = logging.getLogger(__name__)

# The agent's sockets live in GNUPGHOME here, and a unix socket path may hold 107 bytes
# (toolchain pitfall 14); the longest socket name gpg-agent creates is S.gpg-agent.browser.
_SOCKET_PATH_LIMIT = 107
_LONGEST_SOCKET = "/S.gpg-agent.browser"
AGENT_EXIT_SECONDS = 5.0  # how long `close` waits for the stopped agent to remove its socket

# gpg's validity letters for keys that must not be encrypted to: revoked, expired, disabled.
_UNUSABLE = {"r", "e", "d"}

# The files gpg changes when keys are imported, deleted or their trust changes (2.4's keyboxd
# keeps them in public-keys.d).
_KEYRING_FILES = ("pubring.kbx", "pubring.gpg", "trustdb.gpg", "public-keys.d/pubring.db")
# A write this close to a listing may share its mtime with a later one (coarse timestamps).
_RACY_NS = 2_000_000_000

_ALGORITHMS = {"1": "RSA", "16": "ElGamal", "17": "DSA", "18": "ECDH", "19": "ECDSA", "22": "EdDSA"}


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """One primary key in the keyring (no secret material)."""

    fingerprint: str
    key_id: str
    user_ids: tuple[str, ...]
    created: datetime
    expires: datetime | None
    has_secret: bool
    algorithm: str
    revoked: bool = False


class GpgKeyring:
    """A GnuPG home with the office's keys; satisfies ``reading.unwrap.Decryptor``."""

    def __init__(self, home: Path, passphrase: str | None = None) -> None:
        self.home = home
        self._passphrase = passphrase
        _prepare_home(home)
        self._gpg = gnupg.GPG(gnupghome=str(home))
        self._public_keys: tuple[tuple[int, ...], list[dict[str, Any]]] | None = None

    def __enter__(self) -> GpgKeyring:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop this home's gpg-agent: agents outlive Python and hold cached passphrases.

        `gpgconf --kill` returns once the agent is told to stop; the agent removes its socket
        as it exits, which on a loaded machine is later (seen in CI): wait for it, a while, so
        that a closed keyring has no agent left."""
        subprocess.run(
            ["gpgconf", "--homedir", str(self.home), "--kill", "gpg-agent"],
            check=False,
            capture_output=True,
            timeout=30,
        )
        socket = self.home / "S.gpg-agent"
        deadline = time.monotonic() + AGENT_EXIT_SECONDS
        while socket.exists() and time.monotonic() < deadline:
            time.sleep(0.02)

    def decrypt(self, ciphertext: bytes) -> Decryption:
        """Decrypt and verify in one gpg run; plaintext comes back through a pipe.

        The verdict comes from gpg's status lines only. gpg may stop reading its input early (a
        garbage packet): python-gnupg then raised the broken pipe, while ``communicate`` ignores
        it and the status says what went wrong. Only gpg that cannot be run at all raises
        (``GpgUnavailable``): that is the machine's fault, not the message's.

        The gpg-agent of a GnuPG home is shared by every process using it, and any of them may
        stop it (``close``, at the end of each run) while another decrypts: gpg then reports
        the lost connection, or NO_SECKEY for a key whose secret part is here, as it could not
        ask the agent (measured with the agent stopped every 0.2 s: 25 of 200 valid messages
        failed so, as «ikke kryptert til kontorets nøkkel» or «skadet eller manipulert»). Such a
        run is made once more, and gpg starts a new agent; a lost agent the second time is the
        machine's fault (``GpgUnavailable``: the message is read again later).
        """
        status, plaintext = self._decrypt(ciphertext)
        if self._agent_gone(status):
            status, plaintext = self._decrypt(ciphertext)
            if self._agent_gone(status):
                raise GpgUnavailable(detail="gpg-agent")
        decryption = read_decryption(status, plaintext)
        log.info("gpg decrypt: ok=%s status=%s", decryption.ok, decryption.status)
        return decryption

    def _agent_gone(self, status: tuple[StatusLine, ...]) -> bool:
        """A run that failed for want of gpg-agent, not for the message (see ``decrypt``)."""
        if agent_lost(status):
            return True
        if any(line.keyword == "DECRYPTION_OKAY" for line in status):
            return False
        missing = {line.args[0] for line in status if line.keyword == "NO_SECKEY" and line.args}
        return bool(missing) and not missing.isdisjoint(self._secret_key_ids())

    def _secret_key_ids(self) -> set[str]:
        """The long key ids (primary and subkeys) whose secret part is in this home: listed
        without asking the agent, by each key's keygrip file in private-keys-v1.d."""
        try:
            listing = subprocess.run(
                ["gpg", "--homedir", str(self.home), "--batch", "--no-tty", "--with-colons",
                 "--with-keygrip", "--list-keys"],
                capture_output=True, timeout=60, check=False,
            )  # fmt: skip
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise GpgUnavailable(detail=type(exc).__name__) from exc
        held: set[str] = set()
        key_id = ""
        for row in listing.stdout.decode("utf-8", "replace").splitlines():
            fields = row.split(":")
            if fields[0] in ("pub", "sub") and len(fields) > 4:
                key_id = fields[4].upper()
            elif fields[0] == "grp" and len(fields) > 9 and key_id:
                if (self.home / "private-keys-v1.d" / f"{fields[9]}.key").exists():
                    held.add(key_id)
                key_id = ""
        return held

    def _decrypt(self, ciphertext: bytes) -> tuple[tuple[StatusLine, ...], bytes]:
        """One gpg run: its status lines and its output (no verdict yet)."""
        command = ["gpg", "--homedir", str(self.home), "--batch", "--no-tty", "--status-fd", "2",
                   "--pinentry-mode", "loopback"]  # fmt: skip
        fds: tuple[int, ...] = ()
        writer = None
        if self._passphrase is not None:
            read_end, write_end = os.pipe()
            secret = self._passphrase.encode("utf-8") + b"\n"
            writer = threading.Thread(target=_write_and_close, args=(write_end, secret))
            writer.start()
            command += ["--passphrase-fd", str(read_end)]
            fds = (read_end,)
        try:
            result = subprocess.run(
                [*command, "--decrypt"], input=ciphertext, capture_output=True, pass_fds=fds
            )
        except OSError as exc:
            raise GpgUnavailable(detail=type(exc).__name__) from exc
        finally:
            for descriptor in fds:
                os.close(descriptor)
            if writer is not None:
                writer.join()
        return parse_status(result.stderr.decode("utf-8", "replace")), result.stdout

    def verify_detached(self, data: bytes, signature: bytes) -> tuple[SignatureStatus, str | None]:
        """Check a detached signature (RFC 1847 multipart/signed) over `data`.

        python-gnupg would write the signature to a temporary file; here it goes through a pipe
        that gpg reads as a special file name, and the data through stdin.
        """
        read_end, write_end = os.pipe()
        writer = threading.Thread(target=_write_and_close, args=(write_end, signature))
        writer.start()
        try:
            command = [
                "gpg", "--homedir", str(self.home), "--batch", "--no-tty", "--status-fd", "2",
                "--enable-special-filenames", "--verify", "--", f"-&{read_end}", "-",
            ]  # fmt: skip
            result = subprocess.run(
                command, input=data, capture_output=True, pass_fds=(read_end,), timeout=60
            )
        finally:
            os.close(read_end)
            writer.join()
        return signature_of(parse_status(result.stderr.decode("utf-8", "replace")))

    def import_keys(self, data: bytes) -> list[KeyInfo]:
        """Import keys or revocation certificates; raises KeyringError when nothing was imported.

        A revocation certificate changes a key already here without an IMPORT_OK line; the key
        it revoked is among those gpg names in KEY_CONSIDERED lines, and is revoked now.
        """
        try:
            result = self._gpg.import_keys(data)
        except OSError as exc:  # gpg stopped reading a damaged key block (a broken pipe)
            raise KeyringError(detail="nøkkelblokken er skadet") from exc
        imported = {f for f in result.fingerprints if f}
        status = parse_status(result.stderr or "") if result.n_revoc else ()
        considered = {
            line.args[0] for line in status if line.keyword == "KEY_CONSIDERED" and line.args
        }
        keys = [
            key
            for key in self.list_keys()
            if key.fingerprint in imported or (key.fingerprint in considered and key.revoked)
        ]
        if not keys:
            raise KeyringError(detail=f"ingen nøkler kunne importeres ({_last_gpg_error(result)})")
        return keys

    def import_public_keys(self, data: bytes) -> list[KeyInfo]:
        """Import a sender's public key (attached to their mail); secret key material is refused."""
        if packet_kind(data) is not PacketKind.PUBLIC_KEY:
            return []
        return self.import_keys(data)

    def fingerprint_for(self, email: str) -> str | None:
        """The newest usable public key whose user id names this address, for encrypting to it."""
        wanted = f"<{email.strip().lower()}>"
        now = datetime.now(UTC).timestamp()
        usable = [
            key
            for key in self._listed_public_keys()
            if key.get("trust") not in _UNUSABLE
            and not (key.get("expires") and int(key["expires"]) <= now)
            and any(wanted in uid.lower() or uid.lower() == wanted[1:-1] for uid in key["uids"])
        ]
        newest = max(usable, key=lambda key: int(key.get("date") or 0), default=None)
        return None if newest is None else str(newest["fingerprint"])

    def state_stamp(self) -> tuple[int, ...]:
        """Changes when keys are imported, revoked or deleted (by any process on this home)."""
        return tuple(value for name in _KEYRING_FILES for value in _stat_stamp(self.home / name))

    def _listed_public_keys(self) -> list[dict[str, Any]]:
        """gpg's key listing, run again only when the keyring files changed.

        Intake asks for a sender's key once per message, and each listing is a gpg process that
        costs about as much as the decryption itself. The files' stat catches imports by any
        process (the CLI, another worker); expiry is checked against the clock by the caller.
        A deletion rewrites the keybox in place, so only its mtime tells: a listing taken less
        than a clock tick after such a write is not reused (as git treats a racily clean index).
        """
        stamp = self.state_stamp()
        if self._public_keys is None or self._public_keys[0] != stamp:
            listed_at = time.time_ns()
            keys = list(self._gpg.list_keys())
            newest_write = max(stamp[0::3])
            racy = listed_at - newest_write < _RACY_NS
            self._public_keys = None if racy else (stamp, keys)
            return keys
        return self._public_keys[1]

    def list_keys(self, secret: bool = False) -> list[KeyInfo]:
        """Every primary key, or only those whose secret part is here."""
        secret_fingerprints = {key["fingerprint"] for key in self._gpg.list_keys(True)}
        keys = self._gpg.list_keys(secret)
        return [_key_info(key, key["fingerprint"] in secret_fingerprints) for key in keys]

    def generate_key(self, name: str, email: str, passphrase: str | None = None) -> str:
        """A new ed25519 signing key with a cv25519 encryption subkey; returns its fingerprint."""
        protection: dict[str, Any] = (
            {"passphrase": passphrase} if passphrase else {"no_protection": True}
        )
        spec = self._gpg.gen_key_input(
            key_type="EDDSA",
            key_curve="ed25519",
            key_usage="sign",
            subkey_type="ECDH",
            subkey_curve="cv25519",
            subkey_usage="encrypt",
            name_real=name,
            name_email=email,
            expire_date=0,
            **protection,
        )
        result = self._gpg.gen_key(spec)
        if not result.fingerprint:
            raise KeyringError(detail=f"nøkkelen kunne ikke lages ({result.status})")
        return str(result.fingerprint)

    def export_public_key(self, fingerprint: str) -> str:
        """The armored public key, e.g. for the office's web page or a test correspondent."""
        armored = str(self._gpg.export_keys(fingerprint))
        if "BEGIN PGP PUBLIC KEY BLOCK" not in armored:
            raise KeyringError(detail=f"fant ingen offentlig nøkkel {fingerprint}")
        return armored

    def encrypt(self, data: bytes, recipients: list[str], sign_with: str | None = None) -> bytes:
        """Armored ciphertext for these fingerprints (always trusted: the caller chose them)."""
        result = self._gpg.encrypt(
            data,
            recipients,
            sign=sign_with,
            passphrase=self._passphrase if sign_with else None,
            armor=True,
            always_trust=True,
            extra_args=self._no_pinentry(),
        )
        if not result.ok:
            raise KeyringError(detail=f"kryptering feilet ({result.status})")
        return bytes(result.data)

    def _no_pinentry(self) -> list[str]:
        # Without a passphrase, gpg-agent would launch a pinentry (observed: curses, on a tty it
        # waits for input); loopback mode makes gpg fail at once instead. python-gnupg adds
        # loopback itself whenever a passphrase is given.
        return [] if self._passphrase else ["--pinentry-mode", "loopback"]


def _prepare_home(home: Path) -> None:
    if len(str(home.absolute())) + len(_LONGEST_SOCKET) > _SOCKET_PATH_LIMIT:
        raise KeyringError(detail=f"stien {home} er for lang for gpg-agents sokler (bruk /tmp)")
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(home, 0o700)  # mkdir's mode is masked by umask, and gpg warns about unsafe homes


def _stat_stamp(path: Path) -> tuple[int, ...]:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return (0, 0, 0)
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


def _key_info(key: dict[str, Any], has_secret: bool) -> KeyInfo:
    algorithm = _ALGORITHMS.get(key.get("algo", ""), f"algo {key.get('algo')}")
    size = key.get("curve") or key.get("length")
    return KeyInfo(
        fingerprint=key["fingerprint"],
        key_id=key["keyid"],
        user_ids=tuple(key.get("uids", ())),
        created=_timestamp(key["date"]) or datetime.fromtimestamp(0, UTC),
        expires=_timestamp(key.get("expires", "")),
        has_secret=has_secret,
        algorithm=f"{algorithm}-{size}" if size else algorithm,
        revoked=key.get("trust") == "r",
    )


def _timestamp(value: str) -> datetime | None:
    return datetime.fromtimestamp(int(value), UTC) if value and value.isdigit() else None


def _last_gpg_error(result: Any) -> str:
    lines = [line for line in (result.stderr or "").splitlines() if line.startswith("gpg: ")]
    return lines[-1].removeprefix("gpg: ") if lines else "ukjent feil"


def _write_and_close(descriptor: int, data: bytes) -> None:
    """Feed a pipe from a thread: a signature larger than the pipe buffer must not block gpg."""
    with os.fdopen(descriptor, "wb") as pipe, contextlib.suppress(BrokenPipeError):
        pipe.write(data)
