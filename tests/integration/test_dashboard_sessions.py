"""Server-side dashboard sessions: logout revokes, idle and lifetime limits."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cases.orm_sessions import DashboardSessionRow
from config import wiring
from config.settings import Settings
from dashboard.cookies import COOKIE_NAME, unsign
from tests.services.browser import TODAY, _test_client_class, csrf_token


class Clock:
    def __init__(self) -> None:
        self.now = 1_790_000_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def dashboard(database_url: str, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """dashboard(**settings) -> (client factory, clock, settings): one app, a pinned clock."""
    from dashboard.app import create_app

    clients: list[Any] = []

    def make(**overrides: Any) -> tuple[Callable[[], Any], Clock, Settings]:
        settings = Settings(home=tmp_path / "home", database_url=database_url,
                            dashboard_secret="test-secret", **overrides)  # type: ignore[arg-type]  # fmt: skip
        wiring.prepare_home(settings)
        app, clock = create_app(settings, today=lambda: TODAY), Clock()
        app.state.dashboard = dataclasses.replace(app.state.dashboard, epoch_seconds=clock)

        def client() -> Any:
            made = _test_client_class()(app)
            clients.append(made)
            return made

        return client, clock, settings

    yield make
    for client in clients:
        client.close()


def log_in(client: Any, username: str = "leder", password: str = "demo") -> int:
    token = csrf_token(client.get("/logg-inn").text)
    form = {"username": username, "password": password, "csrf_token": token}
    return int(client.post("/logg-inn", data=form, follow_redirects=False).status_code)


def is_logged_in(client: Any) -> bool:
    status = client.get("/saker", follow_redirects=False).status_code
    assert status in (200, 303)
    return bool(status == 200)


def sessions(settings: Settings) -> list[DashboardSessionRow]:
    with wiring.session(settings) as session:
        return list(session.query(DashboardSessionRow))


def test_a_cookie_used_after_logout_is_refused(dashboard: Callable[..., Any]) -> None:
    client_factory, _clock, settings = dashboard()
    client = client_factory()
    assert log_in(client) == 303 and is_logged_in(client)
    stolen = client.cookies.get(COOKIE_NAME)
    [row] = sessions(settings)
    assert row.username == "leder"
    in_cookie = unsign(b"test-secret", stolen.strip('"'), _clock.now)
    assert in_cookie is not None and in_cookie.token and in_cookie.username is None

    token = csrf_token(client.get("/saker").text)
    assert (
        client.post("/logg-ut", data={"csrf_token": token}, follow_redirects=False).status_code
        == 303
    )
    assert sessions(settings) == []

    replay = client_factory()
    replay.cookies.set(COOKIE_NAME, stolen)
    assert not is_logged_in(replay)
    assert not is_logged_in(client)


def test_an_idle_session_is_refused(dashboard: Callable[..., Any]) -> None:
    client_factory, clock, _settings = dashboard(dashboard_idle_minutes=30)
    client = client_factory()
    assert log_in(client) == 303
    clock.now += 29 * 60
    assert is_logged_in(client)  # used within the idle time: it lives on from here
    clock.now += 29 * 60
    assert is_logged_in(client)
    clock.now += 31 * 60
    assert not is_logged_in(client)


def test_a_busy_session_still_ends_at_its_lifetime(dashboard: Callable[..., Any]) -> None:
    client_factory, clock, settings = dashboard(
        dashboard_idle_minutes=30, dashboard_session_hours=1
    )
    client = client_factory()
    assert log_in(client) == 303
    for _ in range(3):
        clock.now += 20 * 60
        assert is_logged_in(client)
    clock.now += 60
    assert not is_logged_in(client)
    assert sessions(settings) == []  # the ended session is deleted


def test_each_login_is_a_new_server_side_session(dashboard: Callable[..., Any]) -> None:
    client_factory, _clock, settings = dashboard()
    first, second = client_factory(), client_factory()
    assert log_in(first) == 303 and log_in(second, "saksbehandler") == 303
    assert sorted(row.username for row in sessions(settings)) == ["leder", "saksbehandler"]
    assert first.cookies.get(COOKIE_NAME) != second.cookies.get(COOKIE_NAME)
