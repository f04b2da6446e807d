"""The CLI's one error mapping: every command's expected failure is one red line and a status."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from cases.errors import CaseNotFound, RegisterUnavailable
from cli import app as saksflyt
from cli.errors import EXIT_FAILURE, EXIT_TRY_AGAIN, ReportingGroup

runner = CliRunner()


def _app_raising(error: Exception) -> typer.Typer:
    app = typer.Typer(cls=ReportingGroup)

    @app.command("a")
    def first() -> None:
        raise error

    @app.command("b")
    def second() -> None:
        """A second command, so the app is a group."""

    return app


def test_a_casework_error_is_its_code_and_norwegian_message_with_status_1() -> None:
    result = runner.invoke(_app_raising(CaseNotFound(reference="2026/00042")), ["a"])
    assert result.exit_code == EXIT_FAILURE == 1
    assert result.stderr == "case_not_found: Fant ingen sak med nummer 2026/00042.\n"


def test_an_unreachable_register_asks_to_try_again_with_ex_tempfail() -> None:
    result = runner.invoke(_app_raising(RegisterUnavailable("OperationalError")), ["a"])
    assert result.exit_code == EXIT_TRY_AGAIN == 75
    assert result.stderr.startswith("register_unavailable: Saksregisteret svarer ikke nå")
    assert "Traceback" not in result.output


def test_every_subcommand_of_saksflyt_is_reported_by_the_root_group() -> None:
    result = runner.invoke(saksflyt, ["case", "show", "ikke-et-nummer"])
    assert result.exit_code == 1
    assert result.stderr == "bad_input: «ikke-et-nummer» er ikke et saksnummer (ÅÅÅÅ/NNNNN)\n"
