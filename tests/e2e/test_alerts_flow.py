"""The deadline-alerts flow under Prefect: a real temporary API server, register and SMTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from config.settings import Settings, get_settings
from tests.integration.alert_helpers import STAFF_YAML, open_case
from tests.services.smtp import SmtpServer


@pytest.fixture
def office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, smtp_server: SmtpServer
) -> Iterator[Settings]:
    (tmp_path / "staff.yaml").write_text(STAFF_YAML, encoding="utf-8")
    environment = {
        "SAKSFLYT_HOME": str(tmp_path), "SAKSFLYT_STAFF_FILE": str(tmp_path / "staff.yaml"),
        "SAKSFLYT_SMTP_HOST": smtp_server.host, "SAKSFLYT_SMTP_PORT": str(smtp_server.port),
        "SAKSFLYT_SMTP_TLS": "none",
    }  # fmt: skip
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    from config import wiring

    yield wiring.prepare_home(get_settings())
    get_settings.cache_clear()


def test_the_daily_flow_sends_due_alerts_once_and_a_rerun_of_the_day_sends_nothing(
    prefect_harness: None, office: Settings, smtp_server: SmtpServer
) -> None:
    from flows.alerts import deadline_alerts_flow

    open_case(office, date(2026, 4, 17))  # D8 Fri 12 June: yellow and red due by Tue 9 June
    first = deadline_alerts_flow(today=date(2026, 6, 9))
    again = deadline_alerts_flow(today=date(2026, 6, 9))
    assert first == {"rejected": 0, "open_cases": 1, "queued": 2, "digests": 1, "cancelled": 0,
                     "sent": 3, "failed": 0, "deferred": 0}  # fmt: skip
    assert again["queued"] == again["digests"] == again["sent"] == 0
    assert len(smtp_server.messages) == 3
