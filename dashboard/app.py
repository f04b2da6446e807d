"""The dashboard's FastAPI application: routers, static files, error pages (entry point)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from cases.errors import CaseNotFound, CaseworkError
from config import wiring
from config.settings import Settings
from config.staff import staff_directory
from dashboard import actions, bulk, labels, pages, quarantine
from dashboard.access import unknown_user_hash
from dashboard.security import (
    CsrfRejected,
    LoginRequired,
    UnknownUser,
    write_session_cookie,
)
from dashboard.state import DashboardState
from dashboard.templating import render
from dashboard.throttle import LoginThrottle

HERE = Path(__file__).parent
STATUS = {CaseNotFound: 404, CsrfRejected: 403, UnknownUser: 403}


def _status_for(exc: CaseworkError) -> int:
    """Our own errors carry `http_status`; the register's are mapped; rules refused are 409."""
    own = getattr(exc, "http_status", None)
    if isinstance(own, int):
        return own
    return next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 409)


async def _show_casework_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CaseworkError)
    context = {"message": labels.without_rule_ids(exc.user_message()), "code": exc.code}
    return render(request, "error.html", context, status_code=_status_for(exc))


async def _show_invalid_form(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    fields = ", ".join(str(error["loc"][-1]) for error in exc.errors())
    context = {"message": f"Ugyldig eller manglende verdi i skjemaet: {fields}.", "code": "invalid"}
    return render(request, "error.html", context, status_code=422)


async def _to_login(request: Request, exc: Exception) -> Response:
    return RedirectResponse("/logg-inn", status_code=303)


async def _session_cookie(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    write_session_cookie(request, response)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault(
        "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'"
    )
    return response


def create_app(settings: Settings, *, today: Callable[[], date] | None = None) -> FastAPI:
    """The dashboard on the configured register; `today` pins the date (tests)."""
    app = FastAPI(title="saksflyt", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.dashboard = DashboardState(
        settings=settings,
        staff=staff_directory(settings),
        secret=wiring.dashboard_secret(settings),
        login_throttle=LoginThrottle(lambda: wiring.session(settings)),
        trusted_proxies=settings.trusted_proxy_networks,
        user_header=settings.dashboard_user_header,
        secure_cookies=settings.dashboard_secure_cookies,
        today=today,
    )
    unknown_user_hash()  # computed now, so the first failed login costs what later ones do
    app.middleware("http")(_session_cookie)
    app.add_exception_handler(CaseworkError, _show_casework_error)
    app.add_exception_handler(LoginRequired, _to_login)
    app.add_exception_handler(RequestValidationError, _show_invalid_form)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(actions.router)
    app.include_router(bulk.router)
    app.include_router(quarantine.router)
    return app
