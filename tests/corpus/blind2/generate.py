"""Generate the second blind corpus (tests/corpus/blind2/): messages, labels, counts, SHA256SUMS.

Run with the project venv from the repository root:
    .venv/bin/python tests/corpus/blind2/generate.py
Each case is written by hand in cases_*.py; this script only writes them out. Deterministic.
"""

from __future__ import annotations

import collections
import email.policy
import hashlib
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402

FIELDS_ORDER = (
    "id",
    "half",
    "language",
    "shapes",
    "encrypt",
    "is_request",
    "processor",
    "parts",
    "outcome",
    "note",
)


def fix_boundaries(cid: str, msg: EmailMessage) -> None:
    """Make the output reproducible and less Python-shaped.

    The email package picks random MIME boundaries (fixed here) and writes MIME-Version into
    every body part (dropped here; only a message's top level keeps it).
    """
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            tag = hashlib.sha256(f"{cid}/{i}".encode()).hexdigest()[:16]
            part.set_boundary(f"----=_Part_{i}_{tag}")
            for child in part.get_payload():
                del child["MIME-Version"]


def outcome_of(meta: dict) -> str:
    if not meta["is_request"]:
        return "needs_review"
    return "registered" if all(v == "present" for v in meta["parts"].values()) else "incomplete"


def label_yaml(meta: dict) -> str:
    parts = ", ".join(f"{k}: {v}" for k, v in sorted(meta["parts"].items()))
    note = meta["note"].replace('"', "'")
    return (
        f"- id: {meta['id']}\n"
        f"  half: holdout\n"
        f"  language: {meta['language']}\n"
        f"  shapes: [{', '.join(meta['shapes'])}]\n"
        f"  encrypt: {meta['encrypt']}\n"
        f"  is_request: {'true' if meta['is_request'] else 'false'}\n"
        f"  processor: {meta['processor']}\n"
        f"  parts: {{{parts}}}\n"
        f"  outcome: {outcome_of(meta)}\n"
        f'  note: "{note}"\n'
    )


def table(title: str, counter: collections.Counter) -> str:
    rows = "".join(f"| {k} | {v} |\n" for k, v in sorted(counter.items()))
    return f"| {title} | n |\n|---|---|\n{rows}\n"


def main() -> None:
    builders = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES
    msgdir = HERE / "messages"
    msgdir.mkdir(exist_ok=True)
    for old in msgdir.glob("*.eml"):
        old.unlink()
    metas = []
    for build in builders:
        meta, msg = build()
        meta.setdefault("half", "holdout")
        fix_boundaries(meta["id"], msg)
        data = msg.as_bytes(policy=email.policy.SMTP)
        (msgdir / f"{meta['id']}.eml").write_bytes(data)
        metas.append(meta)
    metas.sort(key=lambda m: m["id"])
    ids = [m["id"] for m in metas]
    assert ids == [f"c{i:03d}" for i in range(1, 65)], ids
    (HERE / "labels.yaml").write_text("".join(label_yaml(m) for m in metas), encoding="utf-8")

    sums = "".join(
        f"{hashlib.sha256((msgdir / f'{i}.eml').read_bytes()).hexdigest()}  messages/{i}.eml\n"
        for i in ids
    )
    (HERE / "SHA256SUMS").write_text(sums, encoding="utf-8")

    outc = collections.Counter(outcome_of(m) for m in metas)
    lang = collections.Counter(m["language"] for m in metas)
    enc = collections.Counter(m["encrypt"] for m in metas)
    proc = collections.Counter(m["processor"] for m in metas)
    ol = collections.Counter(f"{outcome_of(m)} / {m['language']}" for m in metas)
    miss = collections.Counter(
        str(k) for m in metas if m["is_request"] for k, v in m["parts"].items() if v == "missing"
    )
    shapes = collections.Counter(s for m in metas for s in m["shapes"])
    counts = (
        f"## Counts ({len(metas)} cases, all `half: holdout`)\n\n"
        + table("outcome", outc)
        + table("language", lang)
        + table("outcome / language", ol)
        + table("encrypt", enc)
        + table("processor", proc)
        + table("missing part (requests)", miss)
        + "| shape tag | cases |\n|---|---|\n"
        + "".join(
            f"| {k} | {v} |\n" for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0]))
        )
    )
    head = (HERE / "README.head.md").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(head.rstrip() + "\n\n" + counts, encoding="utf-8")
    print(counts)


if __name__ == "__main__":
    main()
