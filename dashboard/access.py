"""Dashboard login: password hashes and authentication against the staff directory (no I/O).

The staff model (Role, Staff, StaffDirectory) is casework.staff; config.staff reads it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import cache

from casework.staff import Role, Staff, StaffDirectory

__all__ = ["Role", "Staff", "StaffDirectory", "authenticate", "hash_password", "verify_password"]

# scrypt at 2**14 costs about 50 ms and 16 MiB per check: slow for guessing, fine for a login.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str, salt: bytes | None = None) -> str:
    """`scrypt$n$r$p$salt$hash` (hex), for the users file."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    n, r, p = _SCRYPT["n"], _SCRYPT["r"], _SCRYPT["p"]
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    """Constant-time check against a stored `scrypt$…` hash; a malformed hash never matches."""
    try:
        scheme, n, r, p, salt, expected = (stored or "").split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)


def authenticate(directory: StaffDirectory, username: str, password: str) -> Staff | None:
    """The member of staff whose password this is. An unknown name, or a user without a local
    password (single sign-on only), costs the same scrypt run, so the answer's timing does not
    tell which user names exist or how they log in."""
    staff = directory.get(username.strip())
    stored = staff.password_hash if staff is not None else None
    if not stored or not stored.startswith("scrypt$"):
        verify_password(password, unknown_user_hash())
        return None
    return staff if verify_password(password, stored) else None


@cache
def unknown_user_hash() -> str:
    """A hash no password matches, for the same work on a login that cannot succeed."""
    return hash_password(secrets.token_urlsafe(16))
