# ruff: noqa: E501
# mypy: ignore-errors
"""Generate the blind4 corpus: messages/*.eml, labels.yaml, SHA256SUMS and the counts in README.md.

Run from the repository root: .venv/bin/python tests/corpus/blind4/generate.py
Deterministic: fixed dates, Message-IDs, MIME boundaries and file timestamps.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections import Counter
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402


def _fix_boundaries(msg, rng: random.Random) -> None:
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_b4_" + "".join(rng.choice("0123456789abcdef") for _ in range(24)))
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                _fix_boundaries(inner, rng)


def _yaml_label(e: dict) -> str:
    parts = ", ".join(f"{k}: {v}" for k, v in e["parts"].items())
    note = e["note"].replace('"', "'")
    return (
        f"- id: {e['id']}\n  half: {e['half']}\n  language: {e['language']}\n  shapes: [{', '.join(e['shapes'])}]\n"
        f"  encrypt: {e['encrypt']}\n  is_request: {'true' if e['is_request'] else 'false'}\n  processor: {e['processor']}\n"
        f'  parts: {{{parts}}}\n  outcome: {e["outcome"]}\n  note: "{note}"\n'
    )


def main() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    labels = []
    for fn in cases_a.CASES + cases_b.CASES + cases_c.CASES:
        msg, label = fn()
        rng = random.Random(label["id"])
        _fix_boundaries(msg, rng)
        data = msg.as_bytes(policy=policy.SMTP)
        (out / f"{label['id']}.eml").write_bytes(data)
        labels.append(label)
    (HERE / "labels.yaml").write_text("".join(_yaml_label(e) for e in labels), encoding="utf-8")
    sums = "".join(
        hashlib.sha256((out / (e["id"] + ".eml")).read_bytes()).hexdigest()
        + "  messages/"
        + e["id"]
        + ".eml\n"
        for e in labels
    )
    (HERE / "SHA256SUMS").write_text(sums, encoding="utf-8")
    c = Counter
    tables = {
        "outcome": c(e["outcome"] for e in labels),
        "language": c(e["language"] for e in labels),
        "outcome / language": c(f"{e['outcome']} / {e['language']}" for e in labels),
        "encrypt": c(e["encrypt"] for e in labels),
        "processor": c(e["processor"] for e in labels),
        "missing part (requests)": c(
            str(k)
            for e in labels
            if e["is_request"]
            for k, v in e["parts"].items()
            if v == "missing"
        ),
    }
    md = []
    for name, cnt in tables.items():
        md += (
            [f"| {name} | n |", "|---|---|"]
            + [f"| {k} | {v} |" for k, v in sorted(cnt.items())]
            + [""]
        )
    (HERE / "counts.md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
