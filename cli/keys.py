"""CLI commands for the office keyring (import, list, generate) and for the key-encryption key of
encryption at rest (new-kek, rotate-kek, seal-existing, kek-status) (entry point)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cases import orm_keys, sealed
from cli.audit import cli_entry
from config import wiring
from config.settings import get_settings
from crypto.gpg import KeyInfo

app = typer.Typer(help="OpenPGP-nøkler: kontorets hemmelige nøkler og kjente avsenderes.")


@app.command("import")
def import_keys(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, readable=True)],
) -> None:
    """Import secret keys of the office and public keys of known senders (and revocations).

    The public parts go to the register too, so every host takes them in at its next start; an
    imported office key (the newest secret key here) becomes the office key every host must hold.
    """
    settings = wiring.prepare_home(get_settings())
    imported: list[KeyInfo] = []
    with wiring.keyring(settings, in_line=False) as gpg:
        for path in files:
            for key in gpg.import_keys(path.read_bytes()):
                kind = "hemmelig" if key.has_secret else "offentlig"
                kind += ", tilbakekalt" if key.revoked else ""
                typer.echo(f"Importert ({kind}): {key.fingerprint} {', '.join(key.user_ids)}")
                imported.append(key)
        office = wiring.share_keys(settings, gpg, imported)
    typer.echo(f"Registeret har nøklene; kontorets nøkkel der: {office or 'ingen'}")
    for key in imported:  # fingerprints only: user ids name people
        wiring.record_action(settings, cli_entry(settings, "keys_import", detail=key.fingerprint))


@app.command("list")
def list_keys() -> None:
    """List the keys in the office keyring."""
    with wiring.keyring(wiring.prepare_home(get_settings()), in_line=False) as gpg:
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
    with wiring.keyring(settings, in_line=False) as gpg:
        fingerprint = gpg.generate_key(name, email)
        new = [key for key in gpg.list_keys() if key.fingerprint == fingerprint]
        office = wiring.share_keys(settings, gpg, new, replace_office=False)
    if office != fingerprint:
        typer.secho(f"Registerets kontornøkkel er fortsatt {office}", err=True, fg="yellow")
    wiring.record_action(settings, cli_entry(settings, "keys_generate", detail=fingerprint))
    typer.echo(f"Ny nøkkel: {fingerprint}")


# --- encryption at rest: the key-encryption key (docs/decisions/0008) ----------------------------
@app.command("new-kek")
def new_kek(
    path: Annotated[
        Path, typer.Argument(dir_okay=False, help="Ny fil (0600); finnes den, avbrytes")
    ],
) -> None:
    """Write a new key-encryption key to a new file (0600), for SAKSFLYT_KEK_FILE."""
    if path.exists():
        raise typer.BadParameter(f"{path} finnes allerede; en nøkkel skrives aldri over")
    kek = wiring.write_new_kek(path)
    typer.echo(f"Ny nøkkelkrypteringsnøkkel {kek.id} skrevet til {path}.")


@app.command("rotate-kek")
def rotate_kek(
    batch: Annotated[int, typer.Option(min=1, help="Datanøkler per transaksjon")] = 200,
) -> None:
    """Rewrap every data key under the current KEK (SAKSFLYT_KEK / SAKSFLYT_KEK_FILE).

    The old KEK is read from SAKSFLYT_KEK_PREVIOUS or SAKSFLYT_KEK_PREVIOUS_FILE until every key
    is rewrapped. Each batch commits on its own: a stopped rotation continues where it was.
    """
    settings = wiring.prepare_home(get_settings())
    current = sealed.kek_ring().current.id
    with wiring.session(settings) as session:
        before = orm_keys.keys_by_kek(session)
    old = sorted(kek for kek in before if kek != current)
    started = f"to {current} from {','.join(old) or '-'}"
    wiring.record_action(settings, cli_entry(settings, "keys_rotate_kek_started", detail=started))
    done = 0
    while True:
        with wiring.session(settings) as session:
            count = orm_keys.rewrap_batch(session, batch)
        if count == 0:
            break
        done += count
        typer.echo(f"{done} datanøkler pakket inn på nytt …")
    finished = f"{done} data keys to {current}"
    wiring.record_action(settings, cli_entry(settings, "keys_rotate_kek_done", detail=finished))
    typer.echo(f"Ferdig: {done} datanøkler er nå under {current}. Den gamle nøkkelen trengs ikke.")


@app.command("seal-existing")
def seal_existing(
    batch: Annotated[int, typer.Option(min=1, help="Rader per transaksjon")] = 200,
) -> None:
    """Encrypt rows written before encryption at rest (restartable; reading never needs it)."""
    settings = wiring.prepare_home(get_settings())
    done = 0
    while True:
        with wiring.session(settings) as session:
            count = orm_keys.seal_plaintext_batch(session, batch)
        if count == 0:
            break
        done += count
    wiring.record_action(settings, cli_entry(settings, "keys_seal_existing", detail=f"{done} rows"))
    typer.echo(f"{done} verdier kryptert.")
    if done:
        typer.echo(wiring.compact_register(settings))


@app.command("kek-status")
def kek_status() -> None:
    """How many data keys each key-encryption key wraps (ids only, never a key)."""
    settings = wiring.prepare_home(get_settings())
    current = sealed.kek_ring().current.id
    with wiring.session(settings) as session:
        counts = orm_keys.keys_by_kek(session)
    typer.echo(f"Gjeldende nøkkelkrypteringsnøkkel: {current}")
    for kek_id, count in sorted(counts.items()):
        mark = " (gjeldende)" if kek_id == current else " (gammel: kjør rotate-kek)"
        typer.echo(f"{kek_id}: {count} datanøkler{mark}")
