"""`saksflyt letters …`: draft a letter from a findings file, list, show, export, finalise (entry
point). A letter lives sealed in the register; files are written only where the operator names."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cases.drafts import DraftRecord
from cases.model import CaseNumber
from cases.orm_audit import AuditEntry
from casework.drafting import draft_letter, finalise_and_send
from cli.audit import cli_entry
from cli.casework import parse_day, parse_number
from cli.errors import BadInput
from config import wiring
from config.settings import Settings, get_settings
from letters.findings import KINDS, InputFormat

app = typer.Typer(
    help="Brev i en sak: utkast fra et brevgrunnlag (YAML/JSON), visning og ferdigstilling.",
    no_args_is_help=True,
)

OnOption = Annotated[str | None, typer.Option("--on", help="Brevdato (ÅÅÅÅ-MM-DD), ellers i dag.")]
ByOption = Annotated[
    str | None, typer.Option("--by", help="Merknad: på vegne av (aktøren er brukeren din).")
]


def input_format(path: Path) -> InputFormat:
    return "json" if path.suffix.lower() == ".json" else "yaml"


OUT_HELP = (
    "Lagre DOCX, HTML og tekst (og PDF når brevet er sendt) i denne mappa (0600). "
    "Filene er i klartekst: å ta vare på dem er ditt ansvar."
)
OutOption = Annotated[Path | None, typer.Option("--out", help=OUT_HELP)]


def write_files(record: DraftRecord, folder: Path) -> list[Path]:
    """`<ref>-<kind>.docx/.html/.txt` (and `.pdf` once final) in a folder the operator named: an
    export of decrypted content, so never a default under SAKSFLYT_HOME (docs/decisions/0008).
    An automatic letter still waiting for its rendering (decisions/0011) has no DOCX yet."""
    if not folder.exists():  # letters hold case contents: 0700 and 0600
        wiring.private_folder(folder)
    stem = f"{record.case_number.reference().replace('/', '-')}-{record.kind}"
    content = record.content
    paths = [folder / f"{stem}.{suffix}" for suffix in ("html", "txt")]
    wiring.write_private_file(paths[0], content.html.encode("utf-8"))
    wiring.write_private_file(paths[1], content.text.encode("utf-8"))
    if content.docx is not None:
        paths.insert(0, folder / f"{stem}.docx")
        wiring.write_private_file(paths[0], content.docx)
    if content.pdf is not None:  # the PDF/A-2b kept for a finalised letter
        paths.append(folder / f"{stem}.pdf")
        wiring.write_private_file(paths[-1], content.pdf)
    return paths


def draft_from_file(
    settings: Settings, number: CaseNumber, kind: str, findings: Path, *, on: str | None = None,
    by: str | None = None, audit: AuditEntry | None = None,
) -> DraftRecord:  # fmt: skip
    """Read the input file and store the draft (also used by the demo, which names `by`)."""
    try:
        source = findings.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(detail=f"--findings: kan ikke lese {findings} ({exc.strerror})") from None
    policy = wiring.letter_policy(settings, kind)
    with wiring.letter_ports(settings, audit) as ports:
        return draft_letter(
            number, kind, source, register=ports.register, letters=ports.letters,
            today=parse_day(on, settings), now=wiring.utc_now(),
            actor=by or wiring.operator_identity(settings),
            fmt=input_format(findings), policy=policy,
        )  # fmt: skip


@app.command("draft")
def draft(
    case: Annotated[str, typer.Argument(help="Saksnummer, f.eks. 2026/00042.")],
    kind: Annotated[
        str, typer.Option(help="decision, advance_notice, extension, info_request eller closing.")
    ],
    findings: Annotated[Path, typer.Option(help="Brevgrunnlaget (YAML eller JSON).")],
    out: OutOption = None,
    on: OnOption = None,
    by: ByOption = None,
) -> None:
    """Render the letter and store it in the case as a draft (encrypted); files only with --out."""
    if kind not in KINDS:
        raise BadInput(detail=f"--kind: «{kind}» er ikke en av {', '.join(KINDS)}")
    settings, number = wiring.prepare_home(get_settings()), parse_number(case)
    audit = cli_entry(settings, "letter_draft", number.canonical, f"kind:{kind}", by=by)
    record = draft_from_file(settings, number, kind, findings, on=on, by=audit.actor,
                             audit=audit)  # fmt: skip
    typer.echo(f"Utkast {record.id} lagret (kryptert) i sak {record.case_number.canonical}.")
    if out is not None:
        for path in write_files(record, out):
            typer.echo(f"  {path}")
    for line in where_to_read(settings, record):
        typer.echo(f"  {line}")


def where_to_read(settings: Settings, record: DraftRecord) -> list[str]:
    """How to read a letter kept in the register: the CLI, the dashboard's DOCX, an export."""
    number = record.case_number
    url = f"{settings.dashboard_url.rstrip('/')}/saker/{number.year}/{number.sequence}"
    return [
        f"Les: saksflyt letters show {record.id}",
        f"DOCX i dashbordet: {url}/utkast/{record.id}.docx",
        f"Lagre som filer: saksflyt letters export {record.id} --out MAPPE",
    ]


@app.command("list")
def list_letters(case: Annotated[str, typer.Argument(help="Saksnummer.")]) -> None:
    """Every letter of a case: drafts, final and sent letters, with their template."""
    number = parse_number(case)
    with wiring.letter_ports(wiring.prepare_home(get_settings())) as ports:
        ports.letters.sync_sent()
        records = ports.letters.for_case(number)
    table = Table("Id", "Type", "Status", "Vår ref.", "Dato", "Mal", "Laget av")
    for r in records:
        template = f"{r.content.template.name} {r.content.template.version}"
        table.add_row(
            str(r.id), r.kind, r.status.value, r.reference or "–",
            r.content.dated_on.isoformat(), template, r.created_by,
        )  # fmt: skip
    Console().print(table)
    if not records:
        typer.echo("Saken har ingen brev.")


def _load(draft_id: int) -> DraftRecord:
    with wiring.letter_ports(wiring.prepare_home(get_settings())) as ports:
        ports.letters.sync_sent()
        return ports.letters.get(draft_id)


@app.command("show")
def show(
    draft_id: Annotated[int, typer.Argument(help="Brevets id (fra `letters list`).")],
    publishable: Annotated[
        bool, typer.Option("--publishable", help="Vis den sladdede versjonen for publisering.")
    ] = False,
) -> None:
    """Print a letter as plain text, or its redacted version for publication."""
    record = _load(draft_id)
    text = record.content.publishable_text if publishable else record.content.text
    if text is None:
        raise BadInput(detail="bare vedtak og skriftlige råd har en publiserbar versjon")
    template = record.content.template
    typer.echo(f"# Brev {record.id} · {record.kind} · {record.status.value}", err=True)
    typer.echo(f"# Mal {template.name} {template.version} sha256:{template.sha256}", err=True)
    typer.echo(text, nl=False)


@app.command("export")
def export(
    draft_id: Annotated[int, typer.Argument(help="Brevets id (fra `letters list`).")],
    out: Annotated[Path, typer.Option("--out", help=OUT_HELP)],
) -> None:
    """Write a letter's DOCX, HTML and text (and its PDF/A once sent) to a folder you name."""
    settings = wiring.prepare_home(get_settings())
    loaded = _load(draft_id)
    reference = loaded.case_number.canonical
    wiring.record_action(
        settings, cli_entry(settings, "letter_export", reference, f"draft:{draft_id}")
    )
    for path in write_files(loaded, out):
        typer.echo(str(path))


@app.command("finalise")
def finalise(
    draft_id: Annotated[int, typer.Argument(help="Brevets id (fra `letters list`).")],
    on: OnOption = None,
    by: ByOption = None,
) -> None:
    """Finalise and send: journal number, outbox, and the case clock (decided/extended/stopped)."""
    settings = wiring.prepare_home(get_settings())
    loaded = _load(draft_id)
    policy = wiring.letter_policy(settings, loaded.kind)
    reference = loaded.case_number.canonical
    audit = cli_entry(settings, "letter_finalise", reference, f"draft:{draft_id}", by=by)
    with wiring.letter_ports(settings, audit) as ports:
        record = finalise_and_send(
            draft_id, register=ports.register, letters=ports.letters, outbox=ports.outbox,
            today=parse_day(on, settings), now=wiring.utc_now(), actor=audit.actor,
            policy=policy,
        )  # fmt: skip
    typer.echo(
        f"Brev {record.id} er ferdigstilt som {record.reference} og lagt i utboksen "
        f"(melding {record.outgoing_message_id}). Send med: saksflyt outbox send"
    )
