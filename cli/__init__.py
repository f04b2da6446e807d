"""The `saksflyt` command: every command calls the same plain functions the flows use.

Holds the Typer commands (intake, serve, cases, letters, deadlines, keys, alerts, audit, demo).
May import: flows, dashboard, config (the composition root) and every room below it.
"""

from __future__ import annotations

import os

import typer

from cli.alerts import alerts_app, outbox_app
from cli.audit import audit_app
from cli.casework import app as case_app
from cli.dashboard import dashboard
from cli.deadlines import app as deadlines_app
from cli.errors import ReportingGroup
from cli.keys import app as keys_app
from cli.letters import app as letters_app
from cli.register import cases_app, db_app, quarantine_app, submissions_app
from cli.runtime import intake, secret_from_block, secret_set, serve, watch
from config import wiring
from config.settings import use_secret_loader

app = typer.Typer(
    help="saksflyt – saksbehandling av forhåndsdrøftelser (GDPR art. 36) med sikkert mottak.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=ReportingGroup,  # expected failures of every command: one red line (cli/errors.py)
)
app.add_typer(cases_app, name="cases")
app.add_typer(submissions_app, name="submissions")
app.add_typer(quarantine_app, name="quarantine")
app.add_typer(keys_app, name="keys")
app.add_typer(db_app, name="db")
app.add_typer(deadlines_app, name="deadlines")
app.add_typer(letters_app, name="letters")
app.add_typer(case_app, name="case")
app.add_typer(alerts_app, name="alerts")
app.add_typer(outbox_app, name="outbox")
app.add_typer(audit_app, name="audit")
secret_app = typer.Typer(help="Hemmeligheter i Prefect Secret-blokker.", no_args_is_help=True)
secret_app.command("set")(secret_set)
app.add_typer(secret_app, name="secret")
app.command("intake")(intake)
app.command("serve")(serve)
app.command("watch")(watch)
app.command("dashboard")(dashboard)


@app.command("demo")
def demo() -> None:
    """Build a demo office in SAKSFLYT_HOME (./var): key, demo mail, intake, the register."""
    from cli.demo import run_demo

    run_demo()


def main() -> None:
    """Console entry point; expected failures are reported by ReportingGroup (cli/errors.py)."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    wiring.keep_files_private()
    use_secret_loader(secret_from_block)  # any SAKSFLYT_*_BLOCK is read from Prefect
    app()
