"""The repository explains itself: every rule id and document the code cites resolves in docs/."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
RULE_ID = re.compile(r"\b(R-[A-Z]{2,3}-\d{1,3}|C1[0-6]|C[1-9]|P[1-7])\b")
HEADING = re.compile(r"^#{2,4} (R-[A-Z]{2,3}-\d{1,3}|C1[0-6]|C[1-9]|P[1-7]) ", re.MULTILINE)
DOC_REFERENCE = re.compile(r"(?<![\w/])(architecture|domain|toolchain)\.md")
ISSUE_REFERENCE = re.compile(r"\b[Ii]ssue \d+")
SECTION_REFERENCE = re.compile(r"docs/architecture\.md §(\d+)")
PITFALL_REFERENCE = re.compile(r"docs/toolchain\.md pitfalls? (\d+)")
# Not code that cites: the corpus of requests (prose), and this checker itself.
NOT_CODE = ("tests/corpus/cases/", "tests/corpus/blind/", "tests/unit/test_docs.py")


def cited_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "*.py", "*.yaml", "*.j2", "*.html", "*.in", "*.sh", "Makefile"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [REPO / name for name in listed if not name.startswith(NOT_CODE)]


def test_every_rule_id_in_the_code_is_a_heading_in_docs_domain() -> None:
    documented = set(HEADING.findall((DOCS / "domain.md").read_text(encoding="utf-8")))
    undocumented = {
        f"{path.relative_to(REPO)}: {rule}"
        for path in cited_files()
        for rule in RULE_ID.findall(path.read_text(encoding="utf-8", errors="replace"))
        if rule not in documented
    }
    assert sorted(undocumented) == []


def test_the_code_points_at_documents_inside_the_repository() -> None:
    outside = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in [*cited_files(), REPO / "pyproject.toml"]
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        if DOC_REFERENCE.search(line) or ISSUE_REFERENCE.search(line)
    ]
    assert outside == []


def test_cited_sections_and_pitfalls_exist() -> None:
    architecture = (DOCS / "architecture.md").read_text(encoding="utf-8")
    toolchain = (DOCS / "toolchain.md").read_text(encoding="utf-8")
    text = "\n".join(
        p.read_text(errors="replace") for p in [*cited_files(), REPO / "pyproject.toml"]
    )
    for section in SECTION_REFERENCE.findall(text):
        assert re.search(rf"^## {section}\. ", architecture, re.MULTILINE), section
    for pitfall in PITFALL_REFERENCE.findall(text):
        assert re.search(rf"^{pitfall}\. ", toolchain, re.MULTILINE), pitfall


def test_every_decision_record_has_a_status_and_is_listed_in_order() -> None:
    records = sorted((DOCS / "decisions").glob("*.md"))
    assert records
    for number, record in enumerate(records, 1):
        assert record.name.startswith(f"{number:04d}-"), record.name
        assert "**Status:**" in record.read_text(encoding="utf-8"), record.name
