"""`saksflyt alerts run` and `saksflyt outbox …`: deadline alerts without Prefect (entry point)."""

from __future__ import annotations

from typing import Annotated

import typer

from cases.outgoing import MailStatus
from cli.casework import parse_day, reported
from config import alerts, wiring
from config.settings import Settings

alerts_app = typer.Typer(help="Fristvarsler (R-T-16) og dagens sammendrag.", no_args_is_help=True)
outbox_app = typer.Typer(help="Utgående e-post.", no_args_is_help=True)


@alerts_app.callback()
def alerts_main() -> None:
    """Fristvarsler (R-T-16) og dagens sammendrag."""


@alerts_app.command("run")
def run(
    today: Annotated[
        str | None, typer.Option("--today", help="Kjør for denne dagen (ÅÅÅÅ-MM-DD).")
    ] = None,
) -> None:
    """Queue every alert due by today that was never sent, then send the pending mail."""
    with reported():
        day = parse_day(today, "--today")
        settings = wiring.prepare_home()
        summary = alerts.queue_alerts(settings, day)
        typer.echo(
            f"{day.isoformat()}: {summary.open_cases} åpne saker, {summary.queued} nye varsler, "
            f"{summary.digests} sammendrag, {summary.cancelled} utdaterte varsler stoppet"
        )
        _deliver(settings)


@outbox_app.command("send")
def send() -> None:
    """Send every pending message (alerts, digests, letters)."""
    with reported():
        _deliver(wiring.prepare_home())


@outbox_app.command("list")
def list_messages(
    status: Annotated[MailStatus | None, typer.Option(help="Bare denne statusen.")] = None,
) -> None:
    """Outgoing messages: id, status, attempts, kind and case (no content)."""
    wiring.prepare_home()
    with wiring.outbox() as outbox:
        messages = outbox.messages(status)
    for mail in messages:
        case = mail.case_number.canonical if mail.case_number else "-"
        error = f"  ({mail.last_error})" if mail.last_error else ""
        line = f"{mail.id:>6}  {mail.status.value:<9} {mail.attempts}  {mail.kind:<8} {case}"
        typer.echo(line + error)


def _deliver(settings: Settings) -> None:
    summary = alerts.deliver_mail(settings)
    if summary is None:
        with wiring.outbox(settings) as outbox:
            waiting = outbox.pending_count()
        typer.echo(f"SAKSFLYT_SMTP_HOST er ikke satt: {waiting} meldinger venter i utboksen.")
        return
    typer.echo(f"Sendt: {summary.sent}, avvist: {summary.failed}")
    if summary.unavailable:
        typer.secho(
            f"E-postserveren svarer ikke ({summary.error}); {summary.deferred} meldinger venter "
            "til neste kjøring.",
            err=True,
            fg="red",
        )
        raise typer.Exit(1)
