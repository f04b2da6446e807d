"""The CLI's one error report: a red line and an exit status (docs/architecture.md §6).

The one mapping from domain errors to exit statuses. `ReportingGroup` applies it to every command
under the root `saksflyt` app, so commands raise and never catch.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from cases.errors import CaseworkError, RegisterUnavailable

EXIT_FAILURE = 1  # a person has to act: wrong input, missing case, configuration
EXIT_TRY_AGAIN = 75  # EX_TEMPFAIL: the register is unreachable now; the same command may work later


class BadInput(CaseworkError):
    """An argument or option the command cannot use."""

    code = "bad_input"
    template = "{detail}"


def reported_line(exc: CaseworkError | RegisterUnavailable) -> tuple[str, int]:
    """The Norwegian line to print and the exit status, for an error a command let through."""
    if isinstance(exc, RegisterUnavailable):
        return f"register_unavailable: Saksregisteret svarer ikke nå ({exc}). Prøv igjen.", (
            EXIT_TRY_AGAIN
        )
    return f"{exc.code}: {exc.user_message()}", EXIT_FAILURE


class ReportingGroup(TyperGroup):
    """The root command group: expected failures of any subcommand end as one red line."""

    def invoke(self, ctx: Any) -> Any:  # click's Context, vendored privately by Typer
        try:
            return super().invoke(ctx)
        except (CaseworkError, RegisterUnavailable) as exc:
            line, status = reported_line(exc)
            typer.secho(line, err=True, fg="red")
            raise typer.Exit(status) from None
