"""`saksflyt case …`, `alerts run` and `outbox send` through Typer against a temp SAKSFLYT_HOME."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from config.settings import Settings, get_settings
from tests.integration.alert_helpers import STAFF_YAML, open_case
from tests.services.smtp import SmtpServer


@pytest.fixture
def home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, smtp_server: SmtpServer
) -> Iterator[Settings]:
    (tmp_path / "staff.yaml").write_text(STAFF_YAML, encoding="utf-8")
    environment = {
        "SAKSFLYT_HOME": str(tmp_path), "SAKSFLYT_STAFF_FILE": str(tmp_path / "staff.yaml"),
        "SAKSFLYT_SMTP_HOST": smtp_server.host, "SAKSFLYT_SMTP_PORT": str(smtp_server.port),
        "SAKSFLYT_SMTP_TLS": "none", "SAKSFLYT_MAIL_FROM": "saksflyt@example.no",
    }  # fmt: skip
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    from config import wiring

    yield wiring.prepare_home(get_settings())
    get_settings.cache_clear()


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_case_show_explains_each_deadline_and_lists_the_events(home: Settings) -> None:
    number = open_case(home, date(2026, 3, 20))
    code, _ = invoke("case", "request-info", str(number), "--what", "Del 5", "--on", "2026-04-01")
    assert code == 0
    assert invoke("case", "info-received", str(number), "--on", "2026-04-15")[0] == 0
    code, output = invoke("case", "show", str(number), "--on", "2026-04-16")
    assert code == 0, output
    assert "Mottatt (T0): fredag 20. mars 2026" in output
    assert "+ 14 dager fristen sto stille" in output and "fredag 29. mai 2026" in output
    assert "info_requested" in output and "info_received" in output


def test_case_extend_after_four_weeks_without_override_is_one_red_line(home: Settings) -> None:
    number = open_case(home, date(2026, 3, 20))
    code, output = invoke("case", "extend", str(number), "--reason", "Kompleks", "--on",
                          "2026-04-20")  # fmt: skip
    assert code == 1 and "extension_override_required" in output
    code, output = invoke("case", "extend", str(number), "--reason", "Kompleks",
                          "--override-reason", "Sykdom", "--on", "2026-04-20")  # fmt: skip
    assert code == 0 and "fredag 26. juni 2026" in output


def test_case_decide_withdraw_and_assign(home: Settings) -> None:
    first, second = open_case(home, date(2026, 3, 20)), open_case(home, date(2026, 3, 20))
    code, output = invoke("case", "decide", str(first), "--dispatched", "2026-07-08")
    assert code == 0 and "onsdag 29. juli 2026" in output
    assert invoke("case", "withdraw", str(second), "--on", "2026-04-01")[0] == 0
    code, output = invoke("case", "assign", str(second), "--to", "kari")
    assert code == 0 and "kari" in output
    code, output = invoke("case", "show", "2026/99999")
    assert code == 1 and "case_not_found" in output


def test_alerts_run_sends_the_due_alerts_once(home: Settings, smtp_server: SmtpServer) -> None:
    open_case(home, date(2026, 4, 17))
    code, output = invoke("alerts", "run", "--today", "2026-06-09")
    assert code == 0, output
    assert "2 nye varsler, 1 sammendrag" in output and "Sendt: 3" in output
    assert invoke("alerts", "run", "--today", "2026-06-09")[1].count("0 nye varsler") == 1
    assert len(smtp_server.messages) == 3


def test_outbox_send_after_an_outage(home: Settings, smtp_server: SmtpServer) -> None:
    open_case(home, date(2026, 4, 17))
    smtp_server.stop()
    code, output = invoke("alerts", "run", "--today", "2026-06-09")
    assert code == 1 and "3 meldinger venter" in output
    smtp_server.start()
    code, output = invoke("outbox", "send")
    assert code == 0 and "Sendt: 3" in output
    code, output = invoke("outbox", "list", "--status", "sent")
    assert code == 0 and output.count("sent") == 3
