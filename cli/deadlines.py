"""The what-if deadline calculator (`saksflyt deadlines compute`); no I/O beyond the terminal."""

from __future__ import annotations

import enum
import json
from datetime import date
from typing import Annotated

import typer

from cli.errors import BadInput
from deadlines.calendar import DeadlineSet, compute_deadlines, long_date

app = typer.Typer(
    help="Fristberegning for forhåndsdrøftelser (GDPR art. 36): prøv ut datoer uten å endre saker.",
    no_args_is_help=True,
)


class OutputFormat(enum.StrEnum):
    TEXT = "text"
    JSON = "json"


@app.callback()
def main() -> None:
    """Fristberegning for forhåndsdrøftelser (GDPR art. 36)."""


def _parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(detail=f"{option}: «{text}» er ikke en dato (ÅÅÅÅ-MM-DD)") from None


def _parse_interval(text: str) -> tuple[date, date]:
    """`S:R` (R-T-13): information requested on S, received on R, R not before S."""
    start, sep, end = text.partition(":")
    if not sep:
        raise BadInput(detail=f"--suspended: «{text}» må ha formen ÅÅÅÅ-MM-DD:ÅÅÅÅ-MM-DD")
    s, r = _parse_date(start, "--suspended"), _parse_date(end, "--suspended")
    if r < s:
        raise BadInput(detail=f"--suspended: svaret {r} kan ikke komme før forespørselen {s}")
    return s, r


def _as_json(deadlines: DeadlineSet) -> str:
    by_name = deadlines.as_mapping()
    result: dict[str, object] = {
        name: None if d is None else d.on.isoformat() for name, d in by_name.items()
    }
    result["trail"] = {name: None if d is None else list(d.trail) for name, d in by_name.items()}
    return json.dumps(result, ensure_ascii=False, indent=2)


def _as_text(deadlines: DeadlineSet) -> str:
    lines: list[str] = []
    for name, d in deadlines.as_mapping().items():
        if d is None or name == "final_deadline":
            continue
        lines += [f"{d.label}: {long_date(d.on)}", *(f"    {line}" for line in d.trail), ""]
    final = deadlines.final_deadline
    lines.append(f"Gjeldende svarfrist: {long_date(final.on)} ({final.label})")
    return "\n".join(lines)


@app.command()
def compute(
    received: Annotated[str, typer.Option(help="Mottaksdato T0 (ÅÅÅÅ-MM-DD).")],
    suspended: Annotated[
        list[str] | None,
        typer.Option(help="Stans i fristen S:R (forespørsel sendt : svar mottatt); kan gjentas."),
    ] = None,
    extended: Annotated[bool, typer.Option(help="Fristen er forlenget med seks uker.")] = False,
    notified: Annotated[
        str | None, typer.Option(help="Dato underretning om vedtaket kom fram (klagefrist).")
    ] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="Utdataformat.")
    ] = OutputFormat.TEXT,
) -> None:
    """Beregn fristene for en mottaksdato, med stans, forlengelse og klagefrist."""
    t0 = _parse_date(received, "--received")
    intervals = [_parse_interval(text) for text in suspended or []]
    notified_on = None if notified is None else _parse_date(notified, "--notified")
    deadlines = compute_deadlines(t0, intervals, extended, notified_on)
    typer.echo(_as_json(deadlines) if output is OutputFormat.JSON else _as_text(deadlines))
