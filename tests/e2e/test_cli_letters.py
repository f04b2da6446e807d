"""`saksflyt letters …` through Typer's CliRunner in a temp SAKSFLYT_HOME (SQLite)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from cases.orm_audit import audit_entries
from cli import app
from cli.demo_letters import draft_demo_letters
from config import wiring
from config.settings import get_settings
from tests.services.kek import TEST_KEK

EXAMPLES = Path(__file__).resolve().parents[2] / "letters" / "examples"
runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in [n for n in os.environ if n.startswith("SAKSFLYT_") and n != TEST_KEK]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SAKSFLYT_HOME", str(tmp_path / "var"))
    get_settings.cache_clear()
    yield tmp_path / "var"
    wiring.engine_for(get_settings().resolved_database_url).dispose()
    get_settings.cache_clear()


def open_case(received_on: date) -> str:
    """A case as intake leaves it: the request is journal document 1."""
    from cases.model import CaseEvent, NewCase

    at = datetime.combine(received_on, datetime.min.time(), UTC)
    new = NewCase(at, received_on, "jonas.berg@helse-midt.no", "Jonas Berg", "KI", "", at)
    with wiring.register(wiring.prepare_home(get_settings())) as register:
        number = register.open_case(new).number
        register.append_event(number, CaseEvent("received", at, "saksflyt", {"document_number": 1}))
    return number.canonical


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_draft_writes_docx_html_and_text_and_prints_the_draft_id(
    home: Path, tmp_path: Path
) -> None:
    case = open_case(date(2026, 3, 20))
    findings = str(EXAMPLES / "decision-findings.yaml")
    out = tmp_path / "ut"
    code, output = invoke("letters", "draft", case, "--kind", "decision", "--findings", findings,
                          "--out", str(out), "--on", "2026-04-10", "--by", "ingrid")  # fmt: skip
    assert code == 0, output
    assert "Utkast 1 lagret (kryptert) i sak 2026/00001." in output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["26-00001-decision.docx", "26-00001-decision.html", "26-00001-decision.txt"]
    assert all(str(out / name) in output for name in names)
    headings = [p.text for p in Document(str(out / names[0])).paragraphs if p.text]
    assert "Våre funn og hva vi forventer av dere" in headings


def test_without_out_a_draft_stays_in_the_register_until_it_is_exported(
    home: Path, tmp_path: Path
) -> None:
    case = open_case(date(2026, 3, 20))
    findings = str(EXAMPLES / "decision-findings.yaml")
    code, output = invoke("letters", "draft", case, "--kind", "decision", "--findings", findings)
    assert code == 0, output
    assert "saksflyt letters show 1" in output and "saksflyt letters export 1 --out" in output
    assert "/saker/2026/1/utkast/1.docx" in output  # the dashboard's download
    assert not (home / "letters").exists()
    code, output = invoke("letters", "export", "1", "--out", str(tmp_path / "ut"))
    assert code == 0, output
    names = sorted(p.name for p in (tmp_path / "ut").iterdir())
    assert names == ["26-00001-decision.docx", "26-00001-decision.html", "26-00001-decision.txt"]
    assert "Bergen kommune\nv/ Jonas Berg" in (tmp_path / "ut" / names[2]).read_text()
    with wiring.session(get_settings()) as session:
        actions = [entry.action for entry in audit_entries(session)]
    assert actions[0] == "cli_letter_export"  # newest first


def test_a_bad_findings_file_gives_one_norwegian_line_per_problem(
    home: Path, tmp_path: Path
) -> None:
    case = open_case(date(2026, 3, 20))
    bad = tmp_path / "funn.yaml"
    bad.write_text("outcomes: [WARNING]\nconclusion: Advarsel.\nfacts: Fakta.\nfindings: []\n")
    code, output = invoke("letters", "draft", case, "--kind", "decision", "--findings", str(bad))
    assert code == 1
    assert "letter_input_invalid: Brevgrunnlaget har 3 feil:" in output
    assert "  – assessment: må fylles ut" in output
    assert "  – findings: et vedtak (WARNING) må ha minst ett funn (R-LT-3)" in output


def test_list_show_and_finalise_a_decision(home: Path, tmp_path: Path) -> None:
    case = open_case(date(2026, 3, 20))
    notice = str(EXAMPLES / "advance-notice.yaml")  # a warning: fvl. § 16 first (reply by 24 April)
    invoke("letters", "draft", case, "--kind", "advance_notice", "--findings", notice,
           "--on", "2026-04-10")  # fmt: skip
    code, output = invoke("letters", "finalise", "1", "--on", "2026-04-10", "--by", "ingrid")
    assert code == 0, output
    findings = str(EXAMPLES / "decision-findings.yaml")
    invoke(
        "letters", "draft", case, "--kind", "decision", "--findings", findings, "--on", "2026-04-25"
    )
    code, output = invoke("letters", "finalise", "2", "--on", "2026-04-27", "--by", "ingrid")
    assert code == 0, output
    assert "Brev 2 er ferdigstilt som 26/00001-3 og lagt i utboksen (melding 2)." in output
    code, output = invoke("letters", "list", case)
    assert code == 0 and re.search(r"│ 2 +│ decision +│ final +│ 26/00001-3", output), output
    code, output = invoke("letters", "show", "2")
    assert "Vår referanse: 26/00001-3" in output
    assert "Bergen kommune\nv/ Jonas Berg" in output and "Org.nr. 964 338 531" in output
    assert "I brev av 10. april 2026 varslet vi dere" in output
    code, output = invoke("letters", "show", "2", "--publishable")
    assert code == 0 and "[sladdet]" in output and "Kari Nordmann" not in output
    assert "Ingrid Solberg" in output  # Datatilsynet's own staff stay in the published version
    code, output = invoke("case", "show", case, "--on", "2026-04-27")
    assert "decided" in output and "letter_sent" in output


def test_an_extension_finalised_after_one_month_is_refused(home: Path) -> None:
    case = open_case(date(2026, 3, 20))
    findings = str(EXAMPLES / "extension.yaml")
    code, output = invoke(
        "letters",
        "draft",
        case,
        "--kind",
        "extension",
        "--findings",
        findings,
        "--on",
        "2026-04-15",
    )
    assert code == 0, output
    code, output = invoke("letters", "finalise", "1", "--on", "2026-04-21")
    assert code == 1
    assert "extension_notice_too_late:" in output and "20. april 2026" in output
    code, output = invoke("letters", "show", "1", "--publishable")
    assert code == 1 and "bare vedtak" in output


def test_the_demo_hook_drafts_a_decision_and_an_extension(home: Path) -> None:
    today = wiring.utc_now().date()
    older = open_case(date.fromordinal(today.toordinal() - 30))
    newer = open_case(date.fromordinal(today.toordinal() - 10))
    drafts = draft_demo_letters(get_settings())
    assert [(r.case_number.canonical, r.kind) for r in drafts] == [
        (older, "decision"), (newer, "extension")
    ]  # fmt: skip
    assert [r.id for r in drafts] == [r.id for r in draft_demo_letters(get_settings())]  # once
    assert not (home / "letters").exists()  # no copy in a file
    code, output = invoke("letters", "list", older)
    assert output.count("│ decision │") == 1
