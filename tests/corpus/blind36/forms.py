"""Small helpers blind36's sender modules share for writing forms in the kit's markup."""

from __future__ import annotations

from collections.abc import Sequence


def tbl(*rows: Sequence[str]) -> str:
    """A table in the kit's markup: one ``| a | b |`` line per row (empty cells stay empty)."""
    return "\n".join("| " + " | ".join(c if c else " " for c in r) + " |" for r in rows)


def doc(*blocks: str) -> str:
    """Blocks of markup separated by blank lines."""
    return "\n\n".join(b.strip("\n") for b in blocks if b) + "\n"


def sheet(*rows: Sequence[str]) -> list[list[str]]:
    """Rows of a worksheet (strings; empty strings stay empty cells)."""
    return [list(r) for r in rows]
