"""The dashboard's pure pieces: cookies, passwords, risk, parts, chart, exports (no services).

They live here because the dashboard's tests are confined to tests/*/test_dashboard*.py; they
need no database and could move to tests/unit/.
"""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import openpyxl
import pandas as pd
import pytest

from dashboard import exports, frames
from dashboard.access import hash_password, verify_password
from dashboard.case_view import part_views
from dashboard.chart import weekly_chart
from dashboard.cookies import new_session, sign, unsign


def test_a_signed_session_round_trips_and_a_forgery_does_not() -> None:
    session = dataclasses.replace(new_session(1_000), token="server-side-key")
    value = sign(b"k", session)
    assert unsign(b"k", value, 1_100) == session
    named = sign(b"k", dataclasses.replace(session, username="leder"))
    assert unsign(b"k", named, 1_100) == session  # who is logged in is never in the cookie
    assert unsign(b"other key", value, 1_100) is None
    assert unsign(b"k", value.replace(".", "x."), 1_100) is None
    assert unsign(b"k", value, 1_000 + 13 * 3600) is None  # expired after 12 hours
    assert unsign(b"k", None, 1_100) is None


def test_passwords_verify_only_against_their_own_hash() -> None:
    stored = hash_password("demo")
    assert verify_password("demo", stored)
    assert not verify_password("Demo", stored)
    assert not verify_password("demo", None)
    assert not verify_password("demo", "md5$abc")


@pytest.mark.parametrize(
    ("milestone", "days", "risk"),
    [
        ("running_8w", 3, "red"),
        ("running_8w", 4, "yellow"),
        ("extended_14w", 10, "yellow"),
        ("extended_14w", 11, "green"),
        ("overdue", -2, "overdue"),
        ("clock_stopped", 1, "stopped"),
        ("closed", 1, "closed"),
    ],
)
def test_risk_follows_r_t_16(milestone: str, days: int, risk: str) -> None:
    assert frames.risk_of(milestone, days) == risk


def test_parts_in_any_stored_shape_become_one_row_per_part() -> None:
    spec = [(1, "Kontakt"), (2, "Beskrivelse"), (3, "Vurdering")]
    shapes = [
        {"1": "present", "2": "missing"},
        {"parts": [{"number": 1, "verdict": "present"}, {"number": 2, "verdict": "missing"}]},
        [{"number": "1", "verdict": "present"}, {"number": 2, "verdict": "missing"}],
    ]
    for shape in shapes:
        views = part_views(shape, spec)
        assert [v.verdict_label for v in views] == ["Foreligger", "Mangler", "ikke vurdert"]
    assert [v.verdict_label for v in part_views(None, spec)] == ["ikke vurdert"] * 3


def test_a_caseworkers_override_replaces_the_automatic_verdict() -> None:
    override = {2: {"verdict": "present", "reason": "vedlegg 2", "actor": "kari"}}
    views = part_views({"2": {"verdict": "missing", "note": "ingen"}}, [(2, "B")], override)
    assert views[0].verdict == "present"
    assert views[0].note == "Overstyrt av kari: vedlegg 2"


def test_the_chart_shows_notices_beside_answers_and_an_overdue_bar() -> None:
    weeks = [(date(2026, 3, 16), 0, 1), (date(2026, 3, 23), 4, 0), (date(2026, 3, 30), 2, 0)]
    chart = weekly_chart(weeks, overdue=2)
    assert [group.label for group in chart.groups] == ["over", "u12", "u13", "u14"]
    answers = [bar for bar in chart.bars if bar.kind == "answer"]
    notices = [bar for bar in chart.bars if bar.kind == "notice"]
    overdue = [bar for bar in chart.bars if bar.kind == "overdue"]
    assert answers[1].height == 2 * answers[2].height == 2 * overdue[0].height
    assert answers[0].height == 0 and notices[0].height == answers[1].height / 4
    assert answers[1].title == "Uke 13 (fra 23.03.): 4 svarfrister"
    assert notices[0].title == "Uke 12 (fra 16.03.): 1 siste dag for varsel om forlengelse"
    assert overdue[0].title == "Overskredet: 2 saker"
    assert weekly_chart([(date(2026, 3, 16), 0, 0)]).summary.endswith("flest i én uke: 0")


def test_the_urgent_list_names_the_last_legal_notice_day_and_the_action() -> None:
    from deadlines.clock import derive_clock

    today = date(2026, 4, 20)  # Example A's L1M: T0 Fri 20 March, N4W Fri 17 April
    rows = []
    for number, t0, caseworker in ((1, date(2026, 3, 20), "kari"), (2, date(2026, 2, 2), ""),
                                   (3, date(2026, 4, 10), "kari")):  # fmt: skip
        rows.append((number, 2026, number, "registered", t0, "S", caseworker, ""))
    lines = frames.case_lines(rows, today)
    first = lines[0]
    assert first.milestone == "running_8w" and first.notice_on == today
    urgent, total = frames.urgent_cases(lines, today)
    # today's last notice day comes before the overdue case: it can still be saved
    assert [r["sequence"] for r in urgent] == [1, 2] and total == 2  # 3: nothing due soon
    assert [r["reference"] for r in frames.urgent_cases(lines, today, 1)[0]] == ["2026/00001"]
    notice, overdue = urgent
    assert notice["due_what"] == "Siste lovlige dag for varsel om forlengelse"
    assert notice["due_on"] == today and notice["due_days"] == 0
    assert notice["action"] == "Avgjør forlengelse i dag: dette er siste dag for varselet."
    assert overdue["due_what"] == "Svarfristen er overskredet"
    assert overdue["action"].endswith("Tildel saksbehandler.")
    assert derive_clock(date(2026, 3, 20), [], today).deadlines.notice_limit_1m.on == today


def test_a_consequence_names_status_deadline_and_letter() -> None:
    from dashboard.consequence import CaseSnapshot, QueuedLetter, describe, needs_confirmation

    before = CaseSnapshot("needs_review", date(2026, 4, 27), None, frozenset({1}))
    moved = CaseSnapshot("needs_review", date(2026, 6, 8), None, frozenset({1}))
    assert describe(before, moved, []) == [
        "Ny svarfrist: mandag 8. juni 2026 (nå mandag 27. april 2026)."
    ]
    assert needs_confirmation(before, moved, [])
    reviewed = CaseSnapshot("registered", date(2026, 4, 27), None, frozenset({1}))
    assert not needs_confirmation(before, reviewed, [])
    rejected = CaseSnapshot("rejected", date(2026, 4, 27), None, frozenset({1, 2}))
    letter = QueuedLetter(2, "Avvisning", ("post@firma.no",))
    assert describe(before, rejected, [letter]) == [
        "Ny status: Avvist (nå Til vurdering). Saken avsluttes.",
        "Brevet «Avvisning» legges i utboksen og sendes til post@firma.no.",
    ]


def _frame(title: str) -> pd.DataFrame:
    row = {
        "reference": "2026/00001", "title": title, "section": "S", "caseworker": "",
        "status": "received", "milestone": "running_8w", "deadline_on": date(2026, 4, 27),
        "days_left": 5, "risk": "yellow", "final_on": date(2026, 4, 27),
        "received_on": date(2026, 3, 2),
    }  # fmt: skip
    return pd.DataFrame([row])


def test_exports_never_hand_a_spreadsheet_a_formula() -> None:
    frame = _frame('=HYPERLINK("http://example.invalid","klikk")')
    csv_text = exports.to_csv(frame)[0].decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(frame)[0])).active
    assert sheet["B2"].value.startswith("'=")
    assert sheet["B2"].data_type == "s"
    assert sheet["D2"].value is None or sheet["D2"].value == ""


def test_the_deadline_chart_counts_final_deadlines_and_notice_days_per_week() -> None:
    some = frames.case_lines([(1, 2026, 1, "registered", date(2026, 3, 2), "S", "", "")],
                             date(2026, 3, 20))[0]  # fmt: skip
    lines = [
        some._replace(milestone=milestone, final_on=final_on, notice_on=notice_on)
        for milestone, final_on, notice_on in (
            ("running_8w", date(2026, 3, 23), date(2026, 3, 30)),
            ("extended_14w", date(2026, 3, 27), None),
            ("closed", date(2026, 3, 24), date(2026, 3, 30)),
            ("overdue", date(2026, 1, 5), None),
        )
    ]
    weekly = frames.deadlines_per_week(lines, date(2026, 3, 20), weeks=3)
    assert [week for week, _, _ in weekly] == [date(2026, 3, 16), date(2026, 3, 23),
                                               date(2026, 3, 30)]  # fmt: skip
    assert [count for _, count, _ in weekly] == [0, 2, 0]
    assert [notices for _, _, notices in weekly] == [0, 0, 1]
