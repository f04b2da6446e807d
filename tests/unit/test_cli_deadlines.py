"""`saksflyt deadlines compute`: the what-if calculator, driven through Typer's CliRunner."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli import app

runner = CliRunner()
KEYS = ["notice_target_4w", "notice_limit_1m", "d8", "d14", "final_deadline", "appeal_deadline"]
EXAMPLE_A = [
    "deadlines",
    "compute",
    "--received",
    "2026-03-20",
    "--suspended",
    "2026-04-01:2026-04-15",
    "--extended",
    "--notified",
    "2026-07-08",
]


def test_json_output_for_example_a() -> None:
    result = runner.invoke(app, [*EXAMPLE_A, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == [*KEYS, "trail"]
    assert data["d8"] == "2026-05-29"
    assert data["d14"] == data["final_deadline"] == "2026-07-10"
    assert data["appeal_deadline"] == "2026-07-29"
    assert list(data["trail"]) == KEYS
    assert data["trail"]["d14"][-2] == "+ 14 dager fristen sto stille = fredag 10. juli 2026"


def test_json_without_extension_or_notification_has_nulls() -> None:
    args = ["deadlines", "compute", "--received", "2027-01-28", "--format", "json"]
    result = runner.invoke(app, args)
    data = json.loads(result.stdout)
    assert data["d14"] is None and data["appeal_deadline"] is None
    assert data["trail"]["d14"] is None and data["trail"]["appeal_deadline"] is None
    assert data["d8"] == data["final_deadline"] == "2027-03-30"
    assert data["notice_limit_1m"] == "2027-03-01"


def test_repeated_suspensions_are_all_counted() -> None:
    args = ["deadlines", "compute", "--received", "2027-02-01", "--extended", "--format", "json"]
    args += ["--suspended", "2027-02-10:2027-02-24", "--suspended", "2027-03-15:2027-03-22"]
    data = json.loads(runner.invoke(app, args).stdout)
    assert (data["d8"], data["d14"]) == ("2027-04-19", "2027-05-31")  # V18


def test_text_output_shows_labels_norwegian_dates_and_trail() -> None:
    result = runner.invoke(app, EXAMPLE_A)
    assert result.exit_code == 0
    assert "Forlenget svarfrist (14 uker): fredag 10. juli 2026" in result.stdout
    assert "Klagefrist (3 uker): onsdag 29. juli 2026" in result.stdout
    assert "    Mottatt (T0) fredag 20. mars 2026" in result.stdout
    assert "Gjeldende svarfrist: fredag 10. juli 2026" in result.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--received", "2026-03-20", "--suspended", "2026-04-15:2026-04-01"], "--suspended"),
        (["--received", "2026-03-20", "--suspended", "2026-04-15"], "ÅÅÅÅ-MM-DD:ÅÅÅÅ-MM-DD"),
        (["--received", "2026-13-20"], "«2026-13-20» er ikke en dato"),
        (["--received", "2026-03-20", "--notified", "i går"], "--notified"),
    ],
)
def test_bad_input_gives_one_red_line_and_exit_status_1(args: list[str], fragment: str) -> None:
    result = runner.invoke(app, ["deadlines", "compute", *args], color=True)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert fragment in result.stderr
    assert "\x1b[31m" in result.stderr  # red
    assert "Traceback" not in result.output
