"""One planned processing (a topic) and the markup helpers every sender's templates share.

A topic is written once, in its sender's language, and each sender renders it in its own way.
A topic belongs to one half only (odd or even ids); resubmissions reuse their topic in that half.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Proc:
    """A processor (databehandler) and the person to contact there."""

    org: str
    orgnr: str
    addr: str
    role: str
    person: str
    title: str
    phone: str
    email: str


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    what: tuple[str, ...]  # nature, scope, purpose, context (paragraphs)
    flow: tuple[tuple[str, str], ...]  # (label, text): sources, recipients, storage, security
    need: tuple[str, ...]  # necessity and proportionality (paragraphs)
    rights: tuple[str, ...]  # measures and guarantees for the data subjects' rights
    risks: tuple[tuple[str, str, str, str], ...]  # (risk, likelihood, consequence, measure)
    skipped: tuple[tuple[str, str], ...]  # (measure considered but not taken, why not)
    residual: str  # the residual risk and why the controller consults
    procs: tuple[Proc, ...] = ()


def paras(items: tuple[str, ...] | list[str]) -> str:
    return "\n\n".join(items)


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join("- " + i for i in items)


def lines(pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]], sep: str = ": ") -> str:
    """A label-value block: every pair on its own line."""
    return "\n".join(f"~ {k}{sep}{v}" for k, v in pairs)


def table(
    header: tuple[str, ...] | list[str], rows: list[tuple[str, ...]] | list[list[str]]
) -> str:
    out = ["| " + " | ".join(header) + " |"]
    out.extend("| " + " | ".join(r) + " |" for r in rows)
    return "\n".join(out)


def risk_table(t: Topic, header: tuple[str, str, str, str]) -> str:
    return table(header, [tuple(r) for r in t.risks])


def risk_list(t: Topic, fmt: str) -> str:
    """Risks as bullets; ``fmt`` uses {r} {s} {k} {m}."""
    return bullets([fmt.format(r=r, s=s, k=k, m=m) for r, s, k, m in t.risks])


def skipped_list(t: Topic, fmt: str) -> str:
    return bullets([fmt.format(m=m, w=w) for m, w in t.skipped])


def proc_rows(t: Topic) -> list[tuple[str, ...]]:
    return [(p.org, p.role, p.person, p.phone, p.email) for p in t.procs]


def pick(gap: dict[str, str] | None, key: str, default: str) -> str:
    """The section as written, or what a case puts there instead (deferral, nothing, guidance)."""
    if gap and key in gap:
        return gap[key]
    return default
