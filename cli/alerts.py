"""`saksflyt alerts run` and `saksflyt outbox …`: deadline alerts without Prefect (entry point)."""

from __future__ import annotations

from typing import Annotated

import typer

from cases.outgoing import MailStatus
from cli.audit import cli_entry
from cli.casework import parse_day
from cli.errors import BadInput
from config import alerts, wiring
from config.settings import Settings, get_settings

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
    settings = get_settings()
    day = parse_day(today, settings, "--today")
    wiring.prepare_home(settings)
    summary = alerts.queue_alerts(settings, day)
    typer.echo(
        f"{day.isoformat()}: {summary.open_cases} åpne saker, {summary.queued} nye varsler, "
        f"{summary.digests} sammendrag, {summary.cancelled} utdaterte varsler stoppet"
    )
    _deliver(settings)


@outbox_app.command("send")
def send(
    retry_now: Annotated[
        bool, typer.Option("--retry-now", help="Ikke vent på pausen etter en serverfeil.")
    ] = False,
) -> None:
    """Send every due pending message (alerts, digests, letters); exit 1 if any failed."""
    _deliver(wiring.prepare_home(get_settings()), retry_now=retry_now)


@outbox_app.command("requeue")
def requeue(
    ids: Annotated[
        list[int] | None, typer.Argument(help="Meldingenes id (fra `outbox list`).")
    ] = None,
    all_failed: Annotated[
        bool, typer.Option("--all-failed", help="Alle avviste meldinger.")
    ] = False,
) -> None:
    """Queue failed messages again (audited); they go out with the next `outbox send`."""
    if bool(ids) == all_failed:
        raise BadInput(detail="oppgi meldingenes id eller --all-failed (ikke begge)")
    settings = wiring.prepare_home(get_settings())
    actor = cli_entry(settings, "outbox_requeue").actor
    requeued = alerts.requeue_failed_mail(settings, None if all_failed else ids, actor)
    listed = ", ".join(str(i) for i in requeued) or "ingen"
    typer.echo(f"Lagt i kø igjen: {listed}. Send med: saksflyt outbox send")


@outbox_app.command("list")
def list_messages(
    status: Annotated[MailStatus | None, typer.Option(help="Bare denne statusen.")] = None,
) -> None:
    """Outgoing messages: id, status, attempts, kind and case (no content)."""
    with wiring.outbox(wiring.prepare_home(get_settings())) as outbox:
        messages = outbox.messages(status)
    for mail in messages:
        case = mail.case_number.canonical if mail.case_number else "-"
        error = f"  ({mail.last_error})" if mail.last_error else ""
        line = f"{mail.id:>6}  {mail.status.value:<9} {mail.attempts}  {mail.kind:<8} {case}"
        wait = (
            f"  neste forsøk {mail.next_attempt_at:%Y-%m-%d %H:%M}" if mail.next_attempt_at else ""
        )
        typer.echo(line + error + wait)


def _deliver(settings: Settings, *, retry_now: bool = False) -> None:
    summary = alerts.deliver_mail(settings, retry_now=retry_now)
    if summary is None:
        with wiring.outbox(settings) as outbox:
            waiting = outbox.pending_count()
        typer.echo(f"SAKSFLYT_SMTP_HOST er ikke satt: {waiting} meldinger venter i utboksen.")
        return
    typer.echo(f"Sendt: {summary.sent}, avvist: {summary.failed}")
    if summary.failed:
        typer.secho(
            f"{summary.failed} meldinger ble avvist for godt. Se `saksflyt outbox list --status "
            "failed`; legg dem i kø igjen med `saksflyt outbox requeue`.",
            err=True,
            fg="red",
        )
    if summary.unavailable:
        typer.secho(
            f"E-postserveren svarer ikke ({summary.error}); {summary.deferred} meldinger venter "
            "til neste kjøring.",
            err=True,
            fg="red",
        )
    if summary.failed or summary.unavailable:
        raise typer.Exit(1)
