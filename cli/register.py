"""CLI commands over the register: cases, submissions export, quarantine, database (entry point)."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cases.model import CaseNumber, SubmissionOutcome, SubmissionRecord, parse_case_number
from casework.assessment import assess_part
from cli.audit import check_chain, cli_entry, report_chain
from completeness import Verdict
from config import alerts, wiring
from config.settings import get_settings
from intake.service import retry_quarantined

cases_app = typer.Typer(help="Saker i registeret.", no_args_is_help=True)
submissions_app = typer.Typer(help="Mottatte meldinger.", no_args_is_help=True)
quarantine_app = typer.Typer(
    help="Karantene: meldinger som ikke kunne leses.", no_args_is_help=True
)
db_app = typer.Typer(help="Databasen (Alembic-migreringer).", no_args_is_help=True)


@cases_app.command("list")
def list_cases() -> None:
    """List every case with its number, status, receipt date (T0) and title."""
    with wiring.register(wiring.prepare_home(get_settings())) as register:
        cases = register.cases()
    table = Table("Saksnr.", "Status", "Mottatt (T0)", "Avsender", "Tittel")
    for case in cases:
        table.add_row(
            case.number.canonical,
            case.status.value,
            case.received_on.isoformat(),
            case.controller_email,
            case.title,
        )
    Console().print(table)


def submission_json(record: SubmissionRecord) -> dict[str, object]:
    """One object of the stable `submissions export` interface."""
    quarantined = record.outcome is SubmissionOutcome.QUARANTINED
    return {
        "submission_id": record.id,
        "message_id": record.message_id,
        "sha256": record.sha256,
        "received_at": record.received_at.isoformat(),
        "sender": record.sender,
        "subject": record.subject,
        "outcome": record.outcome.value,
        "case_number": record.case_number.canonical if record.case_number else None,
        "encryption": record.crypto.encryption_label,
        "recipient_key_ids": list(record.crypto.recipient_key_ids),
        "signature": record.crypto.signature.value,
        "signer_fingerprint": record.crypto.signer_fingerprint,
        "documents": [
            {"name": d.name, "media_type": d.media_type, "size": d.size, "sha256": d.sha256}
            for d in record.documents
        ],
        "quarantine_reason": record.reason if quarantined else None,
        "reason": record.reason,
        "parts": record.parts,
    }


@submissions_app.command("export")
def export_submissions(
    output_format: Annotated[str, typer.Option("--format", help="json")] = "json",
) -> None:
    """Print every received message as one JSON array (a stable interface)."""
    if output_format != "json":
        raise typer.BadParameter("bare --format json støttes", param_hint="--format")
    with wiring.register(wiring.prepare_home(get_settings())) as register:
        records = register.submissions()
    typer.echo(json.dumps([submission_json(r) for r in records], ensure_ascii=False, indent=2))


@quarantine_app.command("list")
def list_quarantine() -> None:
    """Show every message in quarantine with the reason a caseworker can act on."""
    with wiring.register(wiring.prepare_home(get_settings())) as register:
        records = register.submissions(SubmissionOutcome.QUARANTINED)
    table = Table("Id", "Mottatt", "Avsender", "Emne", "Årsak")
    for r in records:
        table.add_row(str(r.id), r.received_at.isoformat(), r.sender, r.subject, r.reason or "")
    Console().print(table)
    if not records:
        typer.echo("Karantenen er tom.")


@quarantine_app.command("retry")
def retry(submission_id: int) -> None:
    """Run intake again on the stored original (for example after `keys import`)."""
    settings = wiring.prepare_home(get_settings())
    audit = cli_entry(settings, "quarantine_retry", detail=f"submission:{submission_id}")
    with (
        wiring.register(settings, audit) as register,
        wiring.keyring(settings) as gpg,
        wiring.message_reader(settings) as reader,
    ):
        result = retry_quarantined(
            submission_id,
            register=register,
            decryptor=gpg,
            policy=wiring.intake_policy(settings, wiring.office_key_fingerprint(gpg)),
            now=wiring.utc_now(),
            reader=reader,
        )
    where = f" i sak {result.case_number}" if result.case_number else ""
    typer.echo(f"Melding {submission_id}: {result.outcome.value}{where}")
    if result.reason:
        typer.echo(f"Årsak: {result.reason}")


@cases_app.command("assess")
def assess(
    case: str,
    part: Annotated[int, typer.Option("--part", help="Delen (1–5)")],
    present: Annotated[bool, typer.Option("--present/--missing", help="Finnes delen?")],
    reason: Annotated[str, typer.Option("--reason", help="Begrunnelse (logges)")],
    by: Annotated[
        str | None, typer.Option("--by", help="Merknad: på vegne av (aktøren er brukeren din).")
    ] = None,
) -> None:
    """Set one part's verdict (logged) and decide the outcome again (P2)."""
    settings = wiring.prepare_home(get_settings())
    verdict = Verdict.PRESENT if present else Verdict.MISSING
    number = _case_number(case)
    audit = cli_entry(settings, "assess", number.canonical, f"part:{part}", by=by)
    with wiring.register(settings, audit) as register, wiring.keyring(settings) as gpg:
        decision = assess_part(
            register, number, part, verdict, reason, actor=audit.actor,
            policy=wiring.assessment_policy(settings, wiring.office_key_fingerprint(gpg)),
            now=wiring.utc_now(), today=wiring.office_today(settings),
        )  # fmt: skip
    letter = f"; brev: {decision.letter}" if decision.letter else ""
    typer.echo(f"Sak {case}: {decision.status.value}{letter}")


@cases_app.command("reject-expired")
def reject_expired(
    today: Annotated[str | None, typer.Option(help="Dato (ÅÅÅÅ-MM-DD), standard i dag")] = None,
) -> None:
    """Reject deficient requests whose deadline to remedy has passed (P1, notice_then_reject)."""
    settings = wiring.prepare_home(get_settings())
    day = date.fromisoformat(today) if today else wiring.office_today(settings)
    rejected = alerts.reject_expired_deficiencies(settings, day)
    detail = f"rejected:{len(rejected)}"
    wiring.record_action(settings, cli_entry(settings, "reject_expired", detail=detail))
    typer.echo(f"Avvist: {', '.join(n.canonical for n in rejected) or 'ingen'}")


def _case_number(text: str) -> CaseNumber:
    number = parse_case_number(text)
    if number is None:
        raise typer.BadParameter(f"«{text}» er ikke et saksnummer (f.eks. 2026/00042)")
    return number


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the newest schema."""
    settings = wiring.prepare_home(get_settings())
    typer.echo(f"Databasen er oppdatert: {wiring.masked_database_url(settings)}")


@db_app.command("check")
def db_check() -> None:
    """Fail when the models and the migrations have drifted apart, or the audit chain is broken."""
    from cases import migrate

    migrate.check(wiring.engine(get_settings()))
    typer.echo("Modellene og migreringene stemmer overens.")
    report_chain(check_chain(get_settings()))
