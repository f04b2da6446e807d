"""Generate the blind3 corpus: messages/<id>.eml, labels.yaml and SHA256SUMS.

Run from the repository root with the project venv:
    .venv/bin/python tests/corpus/blind3/generate.py
Deterministic: case order is shuffled with a fixed seed, all dates and file timestamps are fixed.
The README is written by hand; the counts tables in it are printed by this script (--counts).
"""

# ruff: noqa: E501, C901

from __future__ import annotations

import hashlib
import random
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_incomplete  # noqa: E402
import cases_nonrequest  # noqa: E402
import cases_registered  # noqa: E402
from render import to_bytes  # noqa: E402

SEED = 20261205


def build() -> list[tuple[str, bytes, dict]]:
    pool = (
        [(f, "registered", True) for f in cases_registered.CASES]
        + [(f, "incomplete", True) for f in cases_incomplete.CASES]
        + [(f, "needs_review", False) for f in cases_nonrequest.CASES]
    )
    random.Random(SEED).shuffle(pool)
    out = []
    for i, (fn, outcome, is_request) in enumerate(pool, start=1):
        random.seed(f"{SEED}-{fn.__name__}")  # MIME boundaries come from the random module
        msg, label = fn()
        data = to_bytes(msg)
        if outcome == "registered":
            assert all(v == "present" for v in label["parts"].values()), fn.__name__
        if outcome == "incomplete":
            assert any(v == "missing" for v in label["parts"].values()), fn.__name__
        entry = dict(
            id=f"d{i:03d}",
            half="holdout",
            language=label["language"],
            shapes=label["shapes"],
            encrypt=label["encrypt"],
            is_request=is_request,
            processor=label["processor"],
            parts=label["parts"],
            outcome=outcome,
            note=label["note"],
            scenario=fn.__name__,
        )
        out.append((entry["id"], data, entry))
    return out


def yaml_entry(e: dict) -> str:
    def q(s: str) -> str:
        return "'" + s.replace("'", "''") + "'"

    parts = ", ".join(f"{k}: {v}" for k, v in sorted(e["parts"].items()))
    return (
        f"- id: {e['id']}\n"
        f"  half: {e['half']}\n"
        f"  language: {e['language']}\n"
        f"  shapes: [{', '.join(e['shapes'])}]\n"
        f"  encrypt: {e['encrypt']}\n"
        f"  is_request: {'true' if e['is_request'] else 'false'}\n"
        f"  processor: {e['processor']}\n"
        f"  parts: {{{parts}}}\n"
        f"  outcome: {e['outcome']}\n"
        f"  note: {q(e['note'])}\n"
        f"  scenario: {e['scenario']}\n"
    )


def counts(entries: list[dict]) -> str:
    def table(title: str, key) -> str:
        c = Counter(key(e) for e in entries)
        rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items()))
        return f"| {title} | n |\n|---|---|\n{rows}\n"

    missing = Counter(
        n for e in entries if e["is_request"] for n, v in e["parts"].items() if v == "missing"
    )
    miss_rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(missing.items()))
    return "\n".join(
        [
            table("outcome", lambda e: e["outcome"]),
            table("language", lambda e: e["language"]),
            table("outcome / language", lambda e: f"{e['outcome']} / {e['language']}"),
            table("encrypt", lambda e: e["encrypt"]),
            table("processor", lambda e: e["processor"]),
            f"| missing part (requests) | n |\n|---|---|\n{miss_rows}\n",
        ]
    )


def main() -> None:
    built = build()
    msgdir = HERE / "messages"
    msgdir.mkdir(exist_ok=True)
    for old in msgdir.glob("*.eml"):
        old.unlink()
    sums = []
    for cid, data, _ in built:
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), cid
        BytesParser(policy=policy.default).parsebytes(data)
        (msgdir / f"{cid}.eml").write_bytes(data)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  messages/{cid}.eml\n")
    (HERE / "labels.yaml").write_text("".join(yaml_entry(e) for _, _, e in built), encoding="utf-8")
    (HERE / "SHA256SUMS").write_text("".join(sums), encoding="utf-8")
    if "--counts" in sys.argv:
        print(counts([e for _, _, e in built]))


if __name__ == "__main__":
    main()
