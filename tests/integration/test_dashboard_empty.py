"""A new office's dashboard: every page answers on an empty register (nothing received yet)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from config import wiring
from config.settings import get_settings
from dashboard.app import create_app
from tests.services.browser import _test_client_class


@pytest.fixture
def leader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("SAKSFLYT_HOME", str(tmp_path / "var"))
    get_settings.cache_clear()
    client = _test_client_class()(create_app(wiring.prepare_home(get_settings())))
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/logg-inn").text)
    assert found is not None
    login = {"username": "leder", "password": "demo", "csrf_token": found.group(1)}
    assert client.post("/logg-inn", data=login).status_code == 200
    yield client
    client.close()
    get_settings.cache_clear()


@pytest.mark.parametrize("path", ["/", "/oversikt", "/saker", "/karantene", "/mine-saker"])
def test_every_page_answers_before_the_first_request_arrives(leader: Any, path: str) -> None:
    response = leader.get(path)
    assert response.status_code == 200, path
    assert "Internal Server Error" not in response.text
