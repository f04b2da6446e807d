"""People, processors and planned processings (topics), and the markup helpers the senders share.

A topic is written once, in its sender's language; each sender renders it with its own headings.
A topic belongs to one half only (odd or even ids); a resubmission reuses its topic in that half.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Proc:
    """A processor (databehandler), what it does, and the person to contact there (if given)."""

    org: str
    role: str
    contact: Person | None = None


@dataclass(frozen=True)
class Topic:
    key: str
    title: str  # the letter's subject
    what: tuple[str, ...]  # nature, scope, purpose, context
    flow: tuple[tuple[str, str], ...]  # sources, recipients, storage, security, retention
    need: tuple[str, ...]  # necessity and proportionality
    rights: tuple[str, ...]  # measures and guarantees for the data subjects
    risks: tuple[tuple[str, str, str, str], ...]  # risk, likelihood, consequence, measure
    skipped: tuple[tuple[str, str], ...]  # measure considered but not taken, and why
    residual: str  # what remains high and why the controller asks
    procs: tuple[Proc, ...] = ()


def paras(items: tuple[str, ...] | list[str]) -> str:
    return "\n\n".join(items)


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join("- " + i for i in items)


def lines(pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]], sep: str = ": ") -> str:
    return "\n".join(f"~ {k}{sep}{v}" for k, v in pairs)


def table(header: tuple[str, ...] | list[str], rows: list[tuple[str, ...]]) -> str:
    out = ["| " + " | ".join(header) + " |"]
    out.extend("| " + " | ".join(r) + " |" for r in rows)
    return "\n".join(out)


def risk_rows(t: Topic) -> list[tuple[str, ...]]:
    return [tuple(r) for r in t.risks]


def risk_bullets(t: Topic, fmt: str) -> str:
    return bullets([fmt.format(r=r, s=s, k=k, m=m) for r, s, k, m in t.risks])


def skipped_bullets(t: Topic, fmt: str) -> str:
    return bullets([fmt.format(m=m, w=w) for m, w in t.skipped])


def flow_lines(t: Topic) -> str:
    return lines(t.flow)


def proc_rows(t: Topic) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for p in t.procs:
        c = p.contact
        rows.append(
            (p.org, p.role, c.name if c else "", c.phone if c else "", c.email if c else "")
        )
    return rows


def pick(gap: dict[str, str] | None, key: str, default: str) -> str:
    """The section as written, or what a case puts there instead (deferral, nothing, guidance)."""
    if gap and key in gap:
        return gap[key]
    return default


def person_line(p: Person, phone: str = "tlf.", mail: str = "e-post") -> str:
    bits = [p.name, p.title]
    if p.phone:
        bits.append(f"{phone} {p.phone}")
    if p.email:
        bits.append(f"{mail} {p.email}")
    return ", ".join(b for b in bits if b)
