"""Who is asking (SSO header from a trusted proxy, or a local login) and CSRF checks.

A local login is a server-side session (cases.orm_sessions, I/O through dashboard.db): the cookie
carries only its key, so logging out, an idle period or the absolute lifetime ends it for good.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import Depends, Form, Request, Response

from cases.errors import CaseworkError
from cases.orm_sessions import end_session, end_stale_sessions, session_user, start_session
from dashboard.access import Staff
from dashboard.cookies import (
    COOKIE_NAME,
    MAX_AGE_SECONDS,
    SessionData,
    new_session,
    new_token,
    sign,
    unsign,
)
from dashboard.cookies import same_token as _same_token
from dashboard.db import database
from dashboard.state import state_of


class LoginRequired(Exception):
    """No identity: the app answers with a redirect to the login page."""


class UnknownUser(CaseworkError):
    code = "unknown_user"
    template = "Brukeren er ikke registrert for dashbordet. Kontakt en administrator."


class CsrfRejected(CaseworkError):
    code = "csrf_rejected"
    template = "Skjemaet er utløpt eller kom ikke fra dashbordet. Last siden på nytt og prøv igjen."


def session_of(request: Request) -> SessionData:
    """This request's session; a missing, invalid or ended one gets a new anonymous session."""
    cached = getattr(request.state, "session", None)
    if isinstance(cached, SessionData):
        return cached
    state = state_of(request)
    now = state.epoch_seconds()
    session = unsign(state.secret, request.cookies.get(COOKIE_NAME), now)
    if session is not None and session.token is not None:
        with database(request) as db:
            username = session_user(db, session.token, state.now(), state.session_limits)
        session = None if username is None else replace(session, username=username)
    if session is None:
        session = new_session(now)
        request.state.session_changed = True
    request.state.session = session
    return session


def replace_session(request: Request, session: SessionData) -> None:
    """Log in (a session with a user: a new server-side session) or out (the old one ends)."""
    state = state_of(request)
    previous = session_of(request)
    with database(request) as db:
        if previous.token is not None:
            end_session(db, previous.token)
        if session.username is not None:
            end_stale_sessions(db, state.now(), state.session_limits)
            token = new_token()
            start_session(db, token, session.username, state.now())
            session = replace(session, token=token)
    request.state.session = session
    request.state.session_changed = True


def write_session_cookie(request: Request, response: Response) -> None:
    """Set the cookie when the session is new or changed (HttpOnly, SameSite=Strict)."""
    if not getattr(request.state, "session_changed", False):
        return
    state = state_of(request)
    response.set_cookie(
        COOKIE_NAME,
        sign(state.secret, request.state.session),
        max_age=MAX_AGE_SECONDS,
        httponly=True,
        samesite="strict",
        secure=state.secure_cookies,
        path="/",
    )


def _peer(request: Request) -> str | None:
    return request.client.host if request.client else None


def client_address(request: Request) -> str:
    """The client's address: the peer, or behind a configured proxy the address it forwards
    (the last X-Forwarded-For entry, the one the proxy itself added)."""
    peer = _peer(request) or "-"
    forwarded = request.headers.get("x-forwarded-for", "")
    if forwarded and state_of(request).is_trusted_proxy(peer):
        return forwarded.rsplit(",", 1)[-1].strip()[:64] or peer
    return peer


def current_staff(request: Request) -> Staff:
    """The SSO header counts only from a configured proxy address; otherwise the local login."""
    state = state_of(request)
    proxied = request.headers.get(state.user_header)
    if proxied and state.is_trusted_proxy(_peer(request)):
        staff = state.staff.get(proxied.strip())
        if staff is None:
            raise UnknownUser()
        return staff
    username = session_of(request).username
    staff = state.staff.get(username) if username else None
    if staff is None:
        raise LoginRequired()
    return staff


def require_csrf(request: Request, csrf_token: Annotated[str | None, Form()] = None) -> None:
    """Every POST carries the session's token (double submit with a signed, SameSite cookie)."""
    if not _same_token(session_of(request).csrf, csrf_token):
        raise CsrfRejected()


CurrentStaff = Annotated[Staff, Depends(current_staff)]
CsrfChecked = Depends(require_csrf)
