"""Staff, roles and sections from the users file (reads YAML), and who may see which case."""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from cases.errors import ConfigurationError

# scrypt at 2**14 costs about 50 ms and 16 MiB per check: slow for guessing, fine for a login.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class Role(enum.StrEnum):
    CASEWORKER = "caseworker"
    SECTION_LEADER = "section_leader"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Staff:
    """A member of staff: a caseworker sees their sections, a leader theirs, an admin all."""

    username: str
    name: str
    role: Role
    sections: frozenset[str]
    password_hash: str | None = None

    @property
    def visible_sections(self) -> frozenset[str] | None:
        """None means every section."""
        return None if self.role is Role.ADMIN else self.sections

    def can_see(self, section: str) -> bool:
        return self.role is Role.ADMIN or section in self.sections

    @property
    def may_assign(self) -> bool:
        return self.role in (Role.SECTION_LEADER, Role.ADMIN)


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


class StaffDirectory:
    """Every known member of staff by username."""

    def __init__(self, staff: Mapping[str, Staff]) -> None:
        self._staff = dict(staff)

    def get(self, username: str) -> Staff | None:
        return self._staff.get(username)

    def assignable_in(self, section: str) -> list[Staff]:
        """Who can own a case of this section (its caseworkers and leaders)."""
        return sorted(
            (s for s in self._staff.values() if s.role is not Role.ADMIN and section in s.sections),
            key=lambda s: s.name,
        )

    def everyone(self) -> list[Staff]:
        return list(self._staff.values())

    def name_of(self, username: str | None) -> str:
        staff = self.get(username or "")
        return staff.name if staff else (username or "")


def _staff(username: str, entry: Mapping[str, object]) -> Staff:
    sections = entry.get("sections", [])
    if not isinstance(sections, list):
        raise ValueError("sections must be a list")
    password = entry.get("password")
    return Staff(
        username=username,
        name=str(entry.get("name", username)),
        role=Role(str(entry["role"])),
        sections=frozenset(str(s) for s in sections),
        password_hash=None if password is None else str(password),
    )


def load_staff(path: Path) -> StaffDirectory:
    """Read the users file; a missing or malformed file stops start-up with one clear line."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        users = data["users"]
        return StaffDirectory(
            {str(name): _staff(str(name), entry) for name, entry in users.items()}
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"brukerfilen {path}: {type(exc).__name__}: {exc}"
        raise ConfigurationError(detail=detail) from None
