"""Keys across hosts: bring a host's GnuPG home in line with the register's shared state (I/O).

Each host keeps its own GnuPG home. The register (cases.orm_keyring) holds what they must agree
on: every public key learnt from mail or imported by an operator, each revocation, and which key
is the office's. A host imports what it lacks, shares what only it knows (a key learnt from a
message, a revocation imported here), and refuses to work with an office key that is not the
register's (it could not decrypt what was encrypted to the register's key).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from cases.errors import ConfigurationError, KeyringError
from cases.orm_keyring import SharedKey
from crypto.gpg import GpgKeyring, KeyInfo

__all__ = ["Alignment", "KeyringState", "OfficeKeyMismatch", "align", "share"]

log = logging.getLogger(__name__)


class OfficeKeyMismatch(ConfigurationError):
    code = "office_key_mismatch"
    template = (
        "Kontornøkkelen i denne vertens GnuPG-katalog ({local}) er ikke kontornøkkelen registeret "
        "har ({shared}). Importer kontorets hemmelige nøkkel her med `saksflyt keys import` "
        "før verten tar imot eller sender post."
    )


class KeyringState(Protocol):
    """The register's shared keyring state (cases.orm_keyring.SqlKeyringState)."""

    def shared_keys(self) -> list[SharedKey]: ...

    def put(self, key: SharedKey, now: datetime) -> bool: ...

    def office_fingerprint(self) -> str | None: ...

    def set_office(self, key: SharedKey, now: datetime) -> None: ...


@dataclass(frozen=True, slots=True)
class Alignment:
    imported: int  # keys or revocations taken from the register into this home
    shared: int  # keys or revocations this home gave the register
    office: str | None  # the register's office key after alignment


def align(gpg: GpgKeyring, state: KeyringState, office: str, now: datetime) -> Alignment:
    """Import what the register has and this home lacks, share the rest, check the office key.

    `office` is this home's office key (its newest secret key; "" when it has none). Raises
    OfficeKeyMismatch when it differs from the register's; when the register names none yet,
    this home's key becomes the register's.
    """
    local = {key.fingerprint: key for key in gpg.list_keys()}
    imported = 0
    for key in state.shared_keys():
        mine = local.get(key.fingerprint)
        if mine is not None and (mine.revoked or not key.revoked):
            continue
        try:
            gpg.import_keys(key.armored.encode())
        except KeyringError as exc:
            log.warning("shared key %s not imported: %s", key.fingerprint, exc.user_message())
            continue
        imported += 1
        log.info("imported shared key %s (revoked: %s)", key.fingerprint, key.revoked)
    if imported:
        local = {key.fingerprint: key for key in gpg.list_keys()}
    shared = share(gpg, local.values(), state, now)
    registered = state.office_fingerprint()
    if registered is None and office:
        state.set_office(SharedKey(office, gpg.export_public_key(office)), now)
        log.info("the register's office key is now %s", office)
        registered = office
    elif registered is not None and office != registered:
        raise OfficeKeyMismatch(local=office or "ingen", shared=registered)
    return Alignment(imported, shared, registered)


def share(gpg: GpgKeyring, keys: Iterable[KeyInfo], state: KeyringState, now: datetime) -> int:
    """Give the register these keys' public parts (with revocations); returns how many changed."""
    known = {key.fingerprint: key for key in state.shared_keys()}
    changed = 0
    for key in keys:
        there = known.get(key.fingerprint)
        if there is not None and (there.revoked or not key.revoked):
            continue
        armored = gpg.export_public_key(key.fingerprint)
        changed += state.put(SharedKey(key.fingerprint, armored, key.revoked), now)
    return changed
