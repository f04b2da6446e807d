"""`saksflyt case …`: a case's deadlines and the events that move them (entry point)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from cases.model import CaseEvent, CaseNumber, parse_case_number
from cases.orm_audit import AuditEntry
from casework import clock_commands
from cli.audit import cli_entry
from cli.errors import BadInput
from config import wiring
from config.settings import Settings, get_settings
from config.wiring import office_today
from deadlines.calendar import long_date
from deadlines.clock import CaseClock

app = typer.Typer(
    help="Fristene i en sak: vis, forleng, stans og start klokken, vedtak, tilbaketrekning.",
    no_args_is_help=True,
)

CaseArg = Annotated[str, typer.Argument(help="Saksnummer, f.eks. 2026/00042 eller 26/00042.")]
OnOption = Annotated[str | None, typer.Option("--on", help="Dato (ÅÅÅÅ-MM-DD); standard i dag.")]
ByOption = Annotated[
    str | None,
    typer.Option("--by", help="Merknad: på vegne av (aktøren er alltid brukeren din)."),
]


def parse_number(text: str) -> CaseNumber:
    number = parse_case_number(text)
    if number is None:
        raise BadInput(detail=f"«{text}» er ikke et saksnummer (ÅÅÅÅ/NNNNN)")
    return number


def parse_day(text: str | None, settings: Settings, option: str = "--on") -> date:
    """The given date, or today in the office (R-T-1)."""
    if text is None:
        return office_today(settings)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(detail=f"{option}: «{text}» er ikke en dato (ÅÅÅÅ-MM-DD)") from None


def _audited(settings: Settings, action: str, number: CaseNumber, by: str | None) -> AuditEntry:
    """The audit row of a case action, whose actor is the operator's identity (home prepared)."""
    wiring.prepare_home(settings)
    return cli_entry(settings, f"case_{action}", number.canonical, by=by)


def _echo_clock(done: str, clock: CaseClock) -> None:
    typer.echo(f"{done} {clock.status_line()}.")


@app.command("show")
def show(case: CaseArg, today: OnOption = None) -> None:
    """Status, T0, each deadline with how it was computed, milestone and the event log."""
    settings = get_settings()
    number, day = parse_number(case), parse_day(today, settings)
    with wiring.register(wiring.prepare_home(settings)) as register:
        found = register.get_case(number)
        events = register.events(number)
        clock = clock_commands.case_clock(register, number, day)
    typer.echo(f"Sak {number.canonical}: {found.title}")
    typer.echo(f"Status: {found.status.value}   Milepæl: {clock.milestone.value}")
    typer.echo(f"Mottatt (T0): {long_date(found.received_on)}")
    typer.echo(f"Saksbehandler: {found.caseworker or '(ingen)'}   Seksjon: {found.section}")
    typer.echo("")
    typer.echo("\n".join(clock_commands.explain_deadlines(clock)))
    typer.echo("\nHendelser:")
    for event in events:
        typer.echo(f"  {_event_line(event)}")


def _event_line(event: CaseEvent) -> str:
    details = ", ".join(f"{key}={value}" for key, value in event.data.items() if value)
    return f"{event.at:%Y-%m-%d %H:%M} {event.kind} ({event.actor}) {details}".rstrip()


@app.command("extend")
def extend(
    case: CaseArg,
    reason: Annotated[str, typer.Option(help="Begrunnelse som sendes med varselet (R-EXT-1).")],
    override_reason: Annotated[
        str | None, typer.Option(help="Påkrevd når varselet sendes etter fire uker (P5).")
    ] = None,
    on: OnOption = None,
    by: ByOption = None,
) -> None:
    """Extend by six weeks: refused after one month; after four weeks only with an override."""
    settings = get_settings()
    number, day = parse_number(case), parse_day(on, settings)
    audit = _audited(settings, "extend", number, by)
    with wiring.register(settings, audit) as register:
        clock = clock_commands.extend_case(
            register, number, notice_sent_on=day, reason=reason,
            override_reason=override_reason, actor=audit.actor, now=wiring.utc_now(),
            today=office_today(settings),
        )  # fmt: skip
    _echo_clock("Forlenget.", clock)


@app.command("request-info")
def request_info(
    case: CaseArg,
    what: Annotated[str, typer.Option(help="Hvilke opplysninger som er bedt om.")],
    on: OnOption = None,
    by: ByOption = None,
) -> None:
    """The clock stops from the day the request is sent (R-T-13)."""
    settings = get_settings()
    number, day = parse_number(case), parse_day(on, settings)
    audit = _audited(settings, "request_info", number, by)
    with wiring.register(settings, audit) as register:
        clock = clock_commands.request_information(
            register, number, sent_on=day, what=what, actor=audit.actor, now=wiring.utc_now(),
            today=office_today(settings),
        )  # fmt: skip
    _echo_clock("Fristen står stille.", clock)


@app.command("info-received")
def info_received(
    case: CaseArg,
    on: OnOption = None,
    note: Annotated[str, typer.Option(help="Merknad (f.eks. hva som kom inn).")] = "",
    by: ByOption = None,
) -> None:
    """The requested information arrived: the clock runs again (R-T-13)."""
    settings = get_settings()
    number, day = parse_number(case), parse_day(on, settings)
    audit = _audited(settings, "info_received", number, by)
    with wiring.register(settings, audit) as register:
        clock = clock_commands.record_information_received(
            register, number, received_on=day, actor=audit.actor, now=wiring.utc_now(),
            note=note, today=office_today(settings),
        )  # fmt: skip
    _echo_clock("Klokken går igjen.", clock)


@app.command("decide")
def decide(
    case: CaseArg,
    dispatched: Annotated[str, typer.Option(help="Dato vedtaket ble sendt (ÅÅÅÅ-MM-DD).")],
    notified: Annotated[
        str | None, typer.Option(help="Dato underretningen kom fram (klagefrist, R-AP-2).")
    ] = None,
    by: ByOption = None,
) -> None:
    """Record the decision's dispatch: the clock stops for good, the appeal deadline runs."""
    settings = get_settings()
    number, sent = parse_number(case), parse_day(dispatched, settings, "--dispatched")
    notified_on = None if notified is None else parse_day(notified, settings, "--notified")
    audit = _audited(settings, "decide", number, by)
    with wiring.register(settings, audit) as register:
        clock = clock_commands.record_decision(
            register, number, dispatched_on=sent, notified_on=notified_on,
            actor=audit.actor, now=wiring.utc_now(), today=office_today(settings),
        )  # fmt: skip
    appeal = clock.deadlines.appeal_deadline
    typer.echo(f"Vedtak registrert. Klagefrist {long_date(appeal.on) if appeal else '-'}.")


@app.command("withdraw")
def withdraw(case: CaseArg, on: OnOption = None, by: ByOption = None) -> None:
    """The controller withdrew the request: the case is closed and gets no more alerts."""
    settings = get_settings()
    number, day = parse_number(case), parse_day(on, settings)
    audit = _audited(settings, "withdraw", number, by)
    with wiring.register(settings, audit) as register:
        clock_commands.withdraw_case(
            register, number, on=day, actor=audit.actor, now=wiring.utc_now(),
            today=office_today(settings),
        )  # fmt: skip
    typer.echo(f"Sak {number.canonical} er trukket tilbake.")


@app.command("assign")
def assign(
    case: CaseArg,
    to: Annotated[str, typer.Option("--to", help="Saksbehandlerens navn eller e-post.")],
    by: ByOption = None,
) -> None:
    """Give the case a caseworker: alerts go to them instead of the section's queue."""
    settings, number = get_settings(), parse_number(case)
    audit = _audited(settings, "assign", number, by)
    with wiring.register(settings, audit) as register:
        found = clock_commands.assign_caseworker(
            register, number, caseworker=to, actor=audit.actor, now=wiring.utc_now()
        )
    typer.echo(f"Sak {number.canonical} er tildelt {found.caseworker}.")
