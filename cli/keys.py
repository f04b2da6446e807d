"""CLI commands for the office keyring: import, list, generate (entry point)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cli.audit import cli_entry
from config import wiring
from config.settings import get_settings

app = typer.Typer(help="OpenPGP-nøkler: kontorets hemmelige nøkler og kjente avsenderes.")


@app.command("import")
def import_keys(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, readable=True)],
) -> None:
    """Import secret keys of the office and public keys of known senders."""
    settings = wiring.prepare_home(get_settings())
    imported: list[str] = []
    with wiring.keyring(settings) as gpg:
        for path in files:
            for key in gpg.import_keys(path.read_bytes()):
                kind = "hemmelig" if key.has_secret else "offentlig"
                kind += ", tilbakekalt" if key.revoked else ""
                typer.echo(f"Importert ({kind}): {key.fingerprint} {', '.join(key.user_ids)}")
                imported.append(key.fingerprint)
    for fingerprint in imported:  # fingerprints only: user ids name people
        wiring.record_action(settings, cli_entry(settings, "keys_import", detail=fingerprint))


@app.command("list")
def list_keys() -> None:
    """List the keys in the office keyring."""
    with wiring.keyring(wiring.prepare_home(get_settings())) as gpg:
        keys = gpg.list_keys()
        secret = {k.fingerprint for k in gpg.list_keys(secret=True)}
    table = Table("Fingeravtrykk", "Bruker-id", "Type", "Utløper")
    for key in keys:
        kind = "kontorets (hemmelig)" if key.fingerprint in secret else "offentlig"
        kind += ", tilbakekalt" if key.revoked else ""
        expires = key.expires.isoformat() if key.expires else "aldri"
        table.add_row(key.fingerprint, ", ".join(key.user_ids), kind, expires)
    Console().print(table)


@app.command("generate")
def generate(
    name: Annotated[str, typer.Option(help="Navn i nøkkelen")] = "Datatilsynet (demo)",
    email: Annotated[str, typer.Option(help="E-postadresse i nøkkelen")] = "postkasse@example.org",
) -> None:
    """Generate an office key without passphrase (for the demo and tests only)."""
    settings = wiring.prepare_home(get_settings())
    with wiring.keyring(settings) as gpg:
        fingerprint = gpg.generate_key(name, email)
    wiring.record_action(settings, cli_entry(settings, "keys_generate", detail=fingerprint))
    typer.echo(f"Ny nøkkel: {fingerprint}")
