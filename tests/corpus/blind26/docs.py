# ruff: noqa: E501
"""Document pieces shared by the senders: a DPIA body in each sender's own headings.

``dpia`` renders a topic in kit markup. ``heads`` names the sender's sections; ``over`` replaces a
section's text (deferred, empty, in passing) where a case leaves a part out.
"""

from __future__ import annotations

from topics import Topic

EMPTY = "\u0000empty"


def risk_rows(t: Topic, cols: tuple[str, str, str, str], numbered: bool = False) -> str:
    head = ("Nr | " if numbered else "") + " | ".join(cols)
    rows = [f"| {head} |"]
    for i, (risk, s, k, m) in enumerate(t.risks, 1):
        pre = f"R{i} | " if numbered else ""
        rows.append(f"| {pre}{risk} | {s} | {k} | {m} |")
    return "\n".join(rows)


def section(title: str, body: str, over: dict[str, str], key: str) -> str:
    if key in over:
        text = over[key]
        if text == EMPTY:
            return f"# {title}\n"
        return f"# {title}\n\n{text}\n"
    return f"# {title}\n\n{body}\n"


def dpia(
    t: Topic, heads: dict[str, str], over: dict[str, str] | None = None, extra: str = ""
) -> str:
    """A DPIA in kit markup. heads keys: title, desc, nec, risk, cols, residual; optional sub."""
    over = over or {}
    cols = tuple(heads["cols"].split("/"))
    assert len(cols) == 4
    safeguards = "\n".join(f"- {s}" for s in t.safeguards)
    out = [f"# {heads['title']}: {t.title}\n"]
    if heads.get("sub"):
        out.append(heads["sub"] + "\n")
    out.append(section(heads["desc"], f"{t.what}\n\n{t.data}", over, "desc"))
    out.append(
        section(heads["nec"], f"{t.necessity}\n\n{t.proportionality}\n\n{safeguards}", over, "nec")
    )
    risk_body = f"{risk_rows(t, cols)}\n\n{t.not_taken}"
    out.append(section(heads["risk"], risk_body, over, "risk"))
    out.append(section(heads["residual"], t.residual, over, "residual"))
    if extra:
        out.append(extra)
    return "\n".join(out)
