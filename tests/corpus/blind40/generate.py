"""Generate the blind40 corpus: messages/*.eml, labels.yaml, counts.md and SHA256SUMS.

Run from the repository root with the project venv:
    .venv/bin/python tests/corpus/blind40/generate.py
The output is deterministic; the frozen files (SHA256SUMS) are what counts.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sender_a  # noqa: E402
import sender_b  # noqa: E402
import sender_c  # noqa: E402
import sender_d  # noqa: E402
import sender_e  # noqa: E402
import sender_f  # noqa: E402
import sender_g  # noqa: E402
import sender_h  # noqa: E402
import sender_i  # noqa: E402
import sender_j  # noqa: E402
from kit import Label  # noqa: E402

MODULES = (
    sender_a,
    sender_b,
    sender_c,
    sender_d,
    sender_e,
    sender_f,
    sender_g,
    sender_h,
    sender_i,
    sender_j,
)
CaseFn = Callable[[], tuple[EmailMessage, Label]]


def all_cases() -> list[tuple[str, CaseFn]]:
    found: list[tuple[str, CaseFn]] = []
    for module in MODULES:
        for name in sorted(vars(module)):
            if len(name) == 4 and name[0] == "c" and name[1:].isdigit():
                found.append((name, getattr(module, name)))
    return sorted(found)


def case_id(cid: str) -> str:
    """The corpus id of a case function: c001 -> O001."""
    return "O" + cid[1:]


def label_entry(cid: str, label: Label) -> str:
    lines = [
        f"- id: {case_id(cid)}",
        "  half: holdout",
        f"  language: {label.language}",
        f"  shapes: [{', '.join(label.shapes)}]",
        f"  encrypt: {label.encrypt}",
        f"  is_request: {'true' if label.is_request else 'false'}",
        f"  processor: {label.processor}",
    ]
    parts = ", ".join(f"{n}: {'missing' if n in label.missing else 'present'}" for n in range(1, 6))
    lines.append(f"  parts: {{{parts}}}")
    lines.append(f"  outcome: {label.outcome}")
    lines.append(f"  note: {json.dumps(label.note, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def table(title: str, counter: Counter[str]) -> str:
    rows = "".join(f"| {key} | {n} |\n" for key, n in sorted(counter.items()))
    return f"| {title} | n |\n|---|---|\n{rows}\n"


def half_of(cid: str) -> str:
    return "odd" if int(cid[1:]) % 2 else "even"


def by_half(ids: list[str], labels: list[Label]) -> str:
    """Outcomes, missing parts and shapes per half (odd ids tuning, even ids unseen)."""
    pairs = list(zip(ids, labels, strict=True))
    out = [table("outcome / half", Counter(f"{lb.outcome} / {half_of(c)}" for c, lb in pairs))]
    out.append(
        table(
            "missing part / half",
            Counter(f"{n} / {half_of(c)}" for c, lb in pairs if lb.is_request for n in lb.missing),
        )
    )
    shapes: dict[str, Counter[str]] = {}
    for c, lb in pairs:
        for s in lb.shapes:
            shapes.setdefault(s, Counter())[half_of(c)] += 1
    out.append("| shape tag | odd | even |\n|---|---|---|\n")
    for s in sorted(shapes, key=lambda k: (-sum(shapes[k].values()), k)):
        out.append(f"| {s} | {shapes[s]['odd']} | {shapes[s]['even']} |\n")
    return "".join(out)


def counts(ids: list[str], labels: list[Label]) -> str:
    shape_counter: Counter[str] = Counter(s for lb in labels for s in lb.shapes)
    missing: Counter[str] = Counter(str(n) for lb in labels if lb.is_request for n in lb.missing)
    out = [f"# Counts ({len(labels)} cases, all `half: holdout`)\n\n"]
    out.append(table("outcome", Counter(lb.outcome for lb in labels)))
    out.append(table("language", Counter(lb.language for lb in labels)))
    by_both = Counter(f"{lb.outcome} / {lb.language}" for lb in labels)
    out.append(table("outcome / language", by_both))
    out.append(table("encrypt", Counter(lb.encrypt for lb in labels)))
    out.append(table("processor", Counter(lb.processor for lb in labels)))
    out.append(table("missing part (requests)", missing))
    ranked = sorted(shape_counter.items(), key=lambda kv: (-kv[1], kv[0]))
    out.append("| shape tag | cases |\n|---|---|\n")
    out.append("".join(f"| {key} | {n} |\n" for key, n in ranked))
    out.append("\n## Per half (odd ids: tuning, even ids: unseen)\n\n")
    out.append(by_half(ids, labels))
    return "".join(out)


def main() -> None:
    messages = HERE / "messages"
    messages.mkdir(exist_ok=True)
    entries: list[str] = []
    labels: list[Label] = []
    ids: list[str] = []
    sums: list[str] = []
    for cid, build in all_cases():
        msg, label = build()
        data = msg.as_bytes(policy=policy.SMTP)
        (messages / f"{case_id(cid)}.eml").write_bytes(data)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  messages/{case_id(cid)}.eml\n")
        entries.append(label_entry(cid, label))
        labels.append(label)
        ids.append(cid)
    header = "# blind40 ground truth; see README.md for the label definitions.\n"
    labels_text = header + "".join(entries)
    (HERE / "labels.yaml").write_text(labels_text, encoding="utf-8")
    sums.append(f"{hashlib.sha256(labels_text.encode()).hexdigest()}  labels.yaml\n")
    (HERE / "SHA256SUMS").write_text("".join(sums), encoding="utf-8")
    (HERE / "counts.md").write_text(counts(ids, labels), encoding="utf-8")
    print(f"{len(labels)} cases written to {messages}")


if __name__ == "__main__":
    main()
