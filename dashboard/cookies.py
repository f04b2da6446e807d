"""Pure: the signed session cookie (HMAC-SHA256) carrying the CSRF token and a session key.

The cookie never says who is logged in: it carries the random key of a server-side session
(cases.orm_sessions), which logging out deletes. Before a login the cookie holds only the CSRF
token of the login form.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

COOKIE_NAME = "saksflyt_sesjon"
MAX_AGE_SECONDS = 12 * 3600  # the cookie itself; the server-side session may end sooner


@dataclass(frozen=True, slots=True)
class SessionData:
    """`token` keys a server-side session after a login; `username` is filled in from that
    session, never from the cookie. The CSRF token lives as long as the cookie."""

    csrf: str
    issued: int  # seconds since the epoch
    token: str | None = None
    username: str | None = None


def new_session(now: int, username: str | None = None) -> SessionData:
    """A fresh session (and CSRF token); logging in always starts a new one (no fixation)."""
    return SessionData(csrf=secrets.token_urlsafe(32), issued=now, username=username)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def _mac(secret: bytes, payload: bytes) -> str:
    digest = hmac.new(secret, payload, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign(secret: bytes, session: SessionData) -> str:
    data = {"c": session.csrf, "t": session.issued, "s": session.token}
    payload = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode())
    return f"{payload.decode()}.{_mac(secret, payload)}"


def unsign(secret: bytes, value: str | None, now: int) -> SessionData | None:
    """The session in a cookie (without a user), or None when missing, forged or expired."""
    payload, _, mac = (value or "").partition(".")
    if not payload or not hmac.compare_digest(mac, _mac(secret, payload.encode())):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload.encode()))
        token = data["s"]
        session = SessionData(csrf=str(data["c"]), issued=int(data["t"]),
                              token=None if token is None else str(token))  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None
    if not 0 <= now - session.issued <= MAX_AGE_SECONDS:
        return None
    return session


def same_token(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())
