"""`saksflyt audit verify` and the audit rows of CLI actions (entry point)."""

from __future__ import annotations

import typer

from cases.orm_audit import AuditEntry, ChainVerdict, verify_audit_chain
from config import wiring
from config.settings import Settings, get_settings

audit_app = typer.Typer(help="Revisjonsloggen (en hashkjede).", no_args_is_help=True)


def cli_entry(
    settings: Settings,
    action: str,
    case_reference: str | None = None,
    detail: str | None = None,
    *,
    by: str | None = None,
) -> AuditEntry:
    """An audit row for a CLI action. The actor is the operator's identity, never free text:
    a name given with --by is kept only as a note."""
    note = f"--by {by}" if by else None
    detail = "; ".join(part for part in (detail, note) if part) or None
    return AuditEntry(wiring.operator_identity(settings), f"cli_{action}", case_reference, detail)


def check_chain(settings: Settings) -> ChainVerdict:
    with wiring.session(settings) as session:
        return verify_audit_chain(session)


def report_chain(verdict: ChainVerdict) -> None:
    """One line: whole (with the last hash, to note down), or the first broken link (exit 1)."""
    if verdict.ok:
        typer.echo(f"Revisjonsloggen er hel: {verdict.rows} rader, siste hash {verdict.head_hash}.")
        return
    where = f"ved rad {verdict.broken_at}" if verdict.broken_at is not None else "i kjedehodet"
    typer.secho(
        f"Revisjonsloggen er brutt {where}: {verdict.problem}. "
        f"{verdict.rows} rader før bruddet er hele.",
        err=True,
        fg="red",
    )
    raise typer.Exit(1)


@audit_app.command("verify")
def verify() -> None:
    """Check the audit log's hash chain; report the first deleted, altered or reordered row."""
    report_chain(check_chain(wiring.prepare_home(get_settings())))
