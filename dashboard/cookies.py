"""Pure: the signed session cookie (HMAC-SHA256) carrying the login and the CSRF token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

COOKIE_NAME = "saksflyt_sesjon"
MAX_AGE_SECONDS = 12 * 3600


@dataclass(frozen=True, slots=True)
class SessionData:
    """`username` is None until a local login; the CSRF token lives as long as the session."""

    csrf: str
    issued: int  # seconds since the epoch
    username: str | None = None


def new_session(now: int, username: str | None = None) -> SessionData:
    """A fresh session (and CSRF token); logging in always starts a new one (no fixation)."""
    return SessionData(csrf=secrets.token_urlsafe(32), issued=now, username=username)


def _mac(secret: bytes, payload: bytes) -> str:
    digest = hmac.new(secret, payload, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign(secret: bytes, session: SessionData) -> str:
    data = {"c": session.csrf, "t": session.issued, "u": session.username}
    payload = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode())
    return f"{payload.decode()}.{_mac(secret, payload)}"


def unsign(secret: bytes, value: str | None, now: int) -> SessionData | None:
    """The session in a cookie, or None when it is missing, forged, malformed or expired."""
    payload, _, mac = (value or "").partition(".")
    if not payload or not hmac.compare_digest(mac, _mac(secret, payload.encode())):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload.encode()))
        session = SessionData(csrf=str(data["c"]), issued=int(data["t"]), username=data["u"])
    except (ValueError, KeyError, TypeError):
        return None
    if not 0 <= now - session.issued <= MAX_AGE_SECONDS:
        return None
    return session


def same_token(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())
