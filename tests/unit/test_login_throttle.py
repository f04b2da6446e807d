"""The local login's password check costs the same for every user name (no I/O).

The throttle itself counts in the register: tests/integration/test_login_throttle.py.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from dashboard import access
from dashboard.access import Role, Staff, StaffDirectory, authenticate, hash_password


def test_a_user_without_a_local_password_costs_the_same_check_as_any_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory = StaffDirectory(
        {
            "kari": Staff("kari", "Kari", Role.CASEWORKER, frozenset(), hash_password("riktig")),
            "sso": Staff("sso", "Sso", Role.CASEWORKER, frozenset(), None),
        }
    )
    scrypt_runs: list[str] = []
    real_scrypt = hashlib.scrypt

    def counting(password: bytes, **kwargs: Any) -> bytes:
        scrypt_runs.append(password.decode())
        return real_scrypt(password, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    access.unknown_user_hash()  # made once, at start-up
    scrypt_runs.clear()

    for username in ("kari", "sso", "ukjent"):
        assert authenticate(directory, username, "feil") is None
    assert authenticate(directory, "kari", "riktig") is not None
    assert scrypt_runs == ["feil", "feil", "feil", "riktig"]  # one scrypt run every time
