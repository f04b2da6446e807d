"""dashboard/frames.py: each case's clock facts, the overview's aggregations and the case list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd
import pytest

from cases.readmodel import clock_log
from dashboard import frames
from dashboard.frames import (
    COLUMNS,
    CaseLine,
    ListFilter,
    case_frame,
    case_lines,
    caseworker_load,
    deadlines_per_week,
    filter_cases,
    filter_options,
    milestone_groups,
    monday_of,
    notice_limit,
    records,
    risk_of,
    urgent_cases,
    week_end,
)
from deadlines.clock import derive_clock

TODAY = date(2026, 4, 20)  # a Monday
LINE = CaseLine(
    case_id=1, reference="2026/00001", year=2026, sequence=1, status="registered",
    milestone="running_8w", deadline_on=date(2026, 6, 1), final_on=date(2026, 6, 1),
    days_left=30, risk="green", stopped_since=None, notice_on=None, notice_days=None,
    next_on=date(2026, 6, 1), section="S", caseworker="kari", received_on=date(2026, 4, 1),
    review=False,
)  # fmt: skip


@pytest.fixture(autouse=True)
def no_remembered_facts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test derives its cases' clock facts itself, whatever earlier tests remembered."""
    monkeypatch.setattr(frames, "_FACTS", {})
    yield


def line(sequence: int, **changes: Any) -> CaseLine:
    return LINE._replace(case_id=sequence, sequence=sequence, **changes)


# --- risk and clock facts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("milestone", "days_left", "risk"),
    [
        ("decided", -5, "closed"),
        ("withdrawn", 1, "closed"),
        ("closed", None, "closed"),
        ("clock_stopped", None, "stopped"),
        ("overdue", 20, "overdue"),
        ("running_8w", None, "overdue"),
        ("running_8w", -1, "red"),
        ("running_8w", 3, "red"),
        ("running_8w", 4, "yellow"),
        ("running_8w", 10, "yellow"),
        ("running_8w", 11, "green"),
    ],
)
def test_risk_is_red_at_three_working_days_and_yellow_at_ten(
    milestone: str, days_left: int | None, risk: str
) -> None:
    assert risk_of(milestone, days_left) == risk


def test_a_case_line_holds_its_clock_facts_and_reference() -> None:
    rows = [
        (1, 2026, 1, "registered", date(2026, 3, 20), "S", "kari", ""),
        (2, 2026, 42, "decided", date(2026, 3, 20), "T", None, ""),
        (3, 2025, 3, "needs_review", date(2026, 4, 10), "S", "", ""),
    ]
    first, closed, awaiting = case_lines(rows, TODAY, {1})
    # T0 20 March: the last legal day for an extension notice is today, the answer 15 May
    assert first == CaseLine(
        1, "2026/00001", 2026, 1, "registered", "running_8w", date(2026, 5, 15),
        date(2026, 5, 15), 17, "green", None, date(2026, 4, 20), 0, date(2026, 4, 20), "S",
        "kari", date(2026, 3, 20), True,
    )  # fmt: skip
    assert (closed.reference, closed.milestone, closed.risk, closed.caseworker) == (
        "2026/00042",
        "closed",
        "closed",
        "",
    )
    # a closed case can send no notice, so its next date is its deadline
    assert (closed.notice_on, closed.notice_days, closed.next_on) == (None, None, date(2026, 5, 15))
    assert not closed.review
    # before the 4-week target the target is the deadline that applies, and comes first
    assert awaiting.milestone == "awaiting_extension_decision"
    assert (awaiting.deadline_on, awaiting.final_on) == (date(2026, 5, 8), date(2026, 6, 5))
    assert (awaiting.notice_on, awaiting.next_on) == (date(2026, 5, 11), date(2026, 5, 8))
    assert awaiting.review  # needs_review is a review whatever the ids say
    assert awaiting.reference == "2025/00003"


def test_a_notice_limit_that_has_passed_is_no_next_date() -> None:
    row = (1, 2026, 1, "registered", date(2026, 3, 20), "S", "kari", "")
    after = case_lines([row], date(2026, 4, 21))[0]
    assert (after.notice_on, after.notice_days, after.next_on) == (None, None, date(2026, 5, 15))


def logged(kind: str, on: date, **data: object) -> str:
    return clock_log([(kind, datetime(on.year, on.month, on.day, 9, tzinfo=UTC), data)])


def test_the_clock_log_stops_extends_or_closes_the_clock() -> None:
    t0 = date(2026, 3, 20)
    stopped = logged("info_requested", date(2026, 4, 1), sent_on=date(2026, 4, 1))
    extended = logged("extended", date(2026, 4, 10))
    decided = logged("decided", date(2026, 4, 15), dispatched_on=date(2026, 4, 15))
    rows = [(n, 2026, n, "registered", t0, "S", "kari", log)
            for n, log in enumerate((stopped, extended, decided), start=1)]  # fmt: skip
    on_hold, longer, done = case_lines(rows, TODAY)
    assert (on_hold.milestone, on_hold.risk, on_hold.stopped_since) == (
        "clock_stopped",
        "stopped",
        date(2026, 4, 1),
    )
    assert (on_hold.deadline_on, on_hold.notice_on) == (date(2026, 6, 3), TODAY)
    # an extended or decided case can send no extension notice any more
    assert (longer.milestone, longer.deadline_on, longer.notice_on) == (
        "extended_14w",
        date(2026, 6, 26),
        None,
    )
    assert (done.milestone, done.risk, done.notice_on, done.next_on) == (
        "decided",
        "closed",
        None,
        date(2026, 5, 15),
    )


@pytest.mark.parametrize("status", ["rejected", "decided", "withdrawn"])
def test_closed_statuses_close_the_line(status: str) -> None:
    row = (1, 2026, 1, status, date(2026, 3, 20), "S", "kari", "")
    assert case_lines([row], TODAY)[0].milestone == "closed"


def test_repeated_views_of_a_case_give_the_same_facts() -> None:
    row = (1, 2026, 1, "registered", date(2026, 3, 20), "S", "kari", "")
    assert case_lines([row], TODAY) == case_lines([row], TODAY)
    assert (
        case_lines([row], TODAY)[0].days_left != case_lines([row], date(2026, 4, 27))[0].days_left
    )


def test_the_frame_and_records_hold_every_field_of_the_lines() -> None:
    frame = case_frame([LINE, line(2)])
    assert list(frame.columns) == COLUMNS == list(CaseLine._fields)
    assert frame["sequence"].tolist() == [1, 2]
    assert records([LINE]) == [LINE._asdict()]


# --- the overview -------------------------------------------------------------------------------


def test_milestone_groups_count_every_case_and_show_the_most_urgent() -> None:
    lines = [
        line(1, days_left=9),
        line(2, days_left=3),
        line(3, days_left=3, year=2025),
        line(4, milestone="overdue", days_left=-2),
        line(5, milestone="closed"),
    ]
    groups = milestone_groups(lines, ["overdue", "running_8w", "clock_stopped"], head=2)
    assert [(name, count, [x.sequence for x in shown]) for name, count, shown in groups] == [
        ("overdue", 1, [4]),
        ("running_8w", 3, [3, 2]),
        ("clock_stopped", 0, []),
    ]


def test_caseworker_load_counts_open_cases_by_risk_busiest_first() -> None:
    lines = [
        line(1, caseworker="per", risk="red"),
        line(2, caseworker="per", risk="green"),
        line(7, caseworker="per", risk="red"),
        line(3, caseworker="anne", risk="overdue"),
        line(4, caseworker="anne", risk="stopped"),
        line(5, caseworker="", risk="yellow"),
        line(6, caseworker="ola", milestone="closed", risk="closed"),
    ]
    assert caseworker_load(lines) == [
        {"caseworker": "per", "total": 3, "overdue": 0, "red": 2, "yellow": 0, "stopped": 0},
        {"caseworker": "anne", "total": 2, "overdue": 1, "red": 0, "yellow": 0, "stopped": 1},
        {"caseworker": "", "total": 1, "overdue": 0, "red": 0, "yellow": 1, "stopped": 0},
    ]


@pytest.mark.parametrize(
    ("day", "monday", "sunday"),
    [
        (date(2026, 4, 20), date(2026, 4, 20), date(2026, 4, 26)),
        (date(2026, 4, 23), date(2026, 4, 20), date(2026, 4, 26)),
        (date(2026, 4, 26), date(2026, 4, 20), date(2026, 4, 26)),
    ],
)
def test_a_week_runs_monday_to_sunday(day: date, monday: date, sunday: date) -> None:
    assert (monday_of(day), week_end(day)) == (monday, sunday)


def test_deadlines_per_week_count_the_weeks_shown_and_no_others() -> None:
    lines = [
        line(1, final_on=date(2026, 4, 19)),  # the Sunday before: not shown
        line(2, final_on=date(2026, 4, 22), notice_on=date(2026, 4, 20)),
        line(3, final_on=date(2026, 4, 26)),
        line(4, final_on=date(2026, 4, 27), notice_on=date(2026, 5, 10)),
        line(5, final_on=date(2026, 5, 10)),
        line(6, final_on=date(2026, 5, 11), notice_on=date(2026, 5, 11)),  # week 4: not shown
        line(7, milestone="overdue", final_on=date(2026, 4, 21), notice_on=date(2026, 4, 21)),
        line(8, milestone="closed", final_on=date(2026, 4, 21), notice_on=date(2026, 4, 21)),
    ]
    assert deadlines_per_week(lines, date(2026, 4, 23), weeks=3) == [
        (date(2026, 4, 20), 2, 2),
        (date(2026, 4, 27), 1, 0),
        (date(2026, 5, 4), 1, 1),
    ]
    assert len(deadlines_per_week([], TODAY)) == 14


def test_urgent_cases_put_notices_first_then_answers_this_week_then_overdue() -> None:
    lines = [
        line(1, milestone="overdue", final_on=date(2026, 4, 1), risk="overdue"),
        line(2, final_on=date(2026, 4, 24), days_left=4, risk="yellow"),
        line(3, notice_on=date(2026, 4, 27), notice_days=5, final_on=date(2026, 5, 29)),
        line(4, notice_on=date(2026, 4, 28), notice_days=6, final_on=date(2026, 5, 29)),
        line(
            5, caseworker="", risk="red", final_on=date(2026, 5, 1), deadline_on=date(2026, 4, 23)
        ),
        line(6, milestone="clock_stopped", final_on=date(2026, 4, 22), risk="stopped"),
        line(7, milestone="closed", final_on=date(2026, 4, 22)),
        line(8, final_on=date(2026, 4, 26), days_left=5, risk="yellow"),
        line(9, milestone="overdue", final_on=date(2026, 3, 1), risk="overdue", caseworker=""),
        line(10, notice_on=date(2026, 4, 20), notice_days=0, final_on=date(2026, 5, 29)),
        line(11, caseworker="", risk="yellow", final_on=date(2026, 5, 29)),
        line(
            12, caseworker="", risk="overdue", milestone="clock_stopped", final_on=date(2026, 5, 4)
        ),
    ]
    rows, total = urgent_cases(lines, TODAY)
    assert [row["sequence"] for row in rows] == [10, 3, 2, 8, 9, 1, 5, 12]
    assert total == 8
    shown, total = urgent_cases(lines, TODAY, limit=3)
    assert ([row["sequence"] for row in shown], total) == ([10, 3, 2], 8)
    by_sequence = {row["sequence"]: row for row in rows}
    assert {key: by_sequence[10][key] for key in ("due_on", "due_what", "due_days", "action")} == {
        "due_on": TODAY,
        "due_what": "Siste lovlige dag for varsel om forlengelse",
        "due_days": 0,
        "action": "Avgjør forlengelse i dag: dette er siste dag for varselet.",
    }
    assert by_sequence[3]["action"] == "Avgjør forlengelse og send varsel med begrunnelse."
    assert (by_sequence[3]["due_on"], by_sequence[3]["due_days"]) == (date(2026, 4, 27), 5)
    assert (by_sequence[2]["due_what"], by_sequence[2]["action"]) == (
        "Svarfrist denne uka",
        "Send svar innen fristen.",
    )
    assert (by_sequence[2]["due_on"], by_sequence[2]["due_days"]) == (date(2026, 4, 24), 4)
    assert (by_sequence[1]["due_what"], by_sequence[1]["action"]) == (
        "Svarfristen er overskredet",
        "Send svar snarest, og gi behandlingsansvarlig beskjed.",
    )
    assert by_sequence[9]["action"] == (
        "Send svar snarest, og gi behandlingsansvarlig beskjed. Tildel saksbehandler."
    )
    assert {key: by_sequence[5][key] for key in ("due_on", "due_what", "action")} == {
        "due_on": date(2026, 4, 23),
        "due_what": "Ikke tildelt, rød frist",
        "action": "Tildel saksbehandler.",
    }
    assert by_sequence[12]["due_what"] == "Ikke tildelt, rød frist"
    assert by_sequence[1]["reference"] == "2026/00001"  # the line's own fields come along


def test_an_unassigned_answer_due_this_week_says_to_assign_it() -> None:
    due = line(1, caseworker="", risk="red", final_on=date(2026, 4, 26))
    row = urgent_cases([due], TODAY)[0][0]
    assert (row["due_what"], row["action"]) == (
        "Svarfrist denne uka",
        "Send svar innen fristen. Tildel saksbehandler.",
    )


def test_urgent_cases_of_one_kind_and_day_go_by_case_number() -> None:
    lines = [
        line(3, final_on=date(2026, 4, 24)),
        line(1, final_on=date(2026, 4, 24), year=2027),
        line(2, final_on=date(2026, 4, 24)),
        line(4, final_on=date(2026, 4, 23)),
    ]
    assert [row["sequence"] for row in urgent_cases(lines, TODAY)[0]] == [4, 2, 3, 1]


def test_an_overdue_case_with_a_notice_day_near_is_ranked_and_shown_as_overdue() -> None:
    overdue = line(
        1,
        milestone="overdue",
        final_on=date(2026, 4, 1),
        notice_on=date(2026, 4, 21),
        notice_days=1,
    )
    notice = line(2, notice_on=date(2026, 4, 24), notice_days=4, final_on=date(2026, 5, 29))
    rows, _ = urgent_cases([overdue, notice], TODAY)
    assert [(row["sequence"], row["due_what"]) for row in rows] == [
        (2, "Siste lovlige dag for varsel om forlengelse"),
        (1, "Svarfristen er overskredet"),
    ]


# --- the case list ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wanted", "closed"),
    [
        (ListFilter(), False),
        (ListFilter(include_closed=True), True),
        (ListFilter(status="rejected"), True),
        (ListFilter(status="withdrawn"), True),
        (ListFilter(status="registered"), False),
        (ListFilter(milestone="closed"), True),
        (ListFilter(milestone="overdue"), False),
    ],
)
def test_the_list_shows_closed_cases_when_asked_for_or_filtered_to(
    wanted: ListFilter, closed: bool
) -> None:
    assert wanted.wants_closed is closed


def test_the_filters_become_a_query_string_without_empty_ones() -> None:
    assert ListFilter().query_string() == "sorter=frist"
    wanted = ListFilter(
        section="Seksjon A", caseworker="-", milestone="overdue", status="registered",
        sort="saksnr", descending=True, include_closed=True, search="Vestby kommune",
    )  # fmt: skip
    assert wanted.query_string() == (
        "seksjon=Seksjon+A&saksbehandler=-&milepael=overdue&status=registered&sorter=saksnr"
        "&synkende=1&avsluttede=1&sok=Vestby+kommune"
    )
    assert ListFilter(sort="").query_string() == ""


def test_the_audit_description_names_that_there_was_a_search_never_what() -> None:
    assert ListFilter(search="Vestby kommune").describe() == "sorter=frist&sok=%2A"
    assert ListFilter(caseworker="kari").describe() == "saksbehandler=kari&sorter=frist"
    assert len(ListFilter(section="x" * 300).describe()) == 200


def frame() -> pd.DataFrame:
    return case_frame(
        [
            line(1, section="A", caseworker="kari", deadline_on=date(2026, 5, 3), days_left=9),
            line(2, section="B", caseworker="", deadline_on=date(2026, 5, 1), days_left=1),
            line(3, section="A", caseworker="", deadline_on=date(2026, 5, 2), status="decided"),
            line(4, section="A", caseworker="per", deadline_on=date(2026, 5, 1), year=2025),
        ]
    )


def sequences(result: pd.DataFrame) -> list[int]:
    return [int(value) for value in result["sequence"]]


def test_the_list_is_sorted_by_deadline_unless_another_key_is_chosen() -> None:
    assert sequences(filter_cases(frame(), ListFilter())) == [4, 2, 3, 1]
    assert sequences(filter_cases(frame(), ListFilter(sort="ukjent"))) == [4, 2, 3, 1]
    assert sequences(filter_cases(frame(), ListFilter(sort="saksnr"))) == [4, 1, 2, 3]
    assert sequences(filter_cases(frame(), ListFilter(sort="dager"))) == [2, 1, 4, 3]
    assert sequences(filter_cases(frame(), ListFilter(sort="saksnr", descending=True))) == [
        3,
        2,
        1,
        4,
    ]


def test_every_filter_must_match_and_a_dash_means_not_assigned() -> None:
    assert sequences(filter_cases(frame(), ListFilter(section="A"))) == [4, 3, 1]
    assert sequences(filter_cases(frame(), ListFilter(section="A", caseworker="-"))) == [3]
    assert sequences(filter_cases(frame(), ListFilter(caseworker="kari"))) == [1]
    assert sequences(filter_cases(frame(), ListFilter(status="decided"))) == [3]
    assert sequences(filter_cases(frame(), ListFilter(milestone="overdue"))) == []


def test_a_search_keeps_only_the_cases_it_found() -> None:
    assert sequences(filter_cases(frame(), ListFilter(search="x"), {1, 3})) == [3, 1]
    assert sequences(filter_cases(frame(), ListFilter(search="x"), None)) == []
    assert sequences(filter_cases(frame(), ListFilter(), {1})) == [4, 2, 3, 1]


def test_filter_options_are_the_sorted_values_present() -> None:
    options = filter_options(frame())
    assert options == {
        "section": ["A", "B"],
        "caseworker": ["", "kari", "per"],
        "milestone": ["running_8w"],
        "status": ["decided", "registered"],
    }
    with_gap = pd.DataFrame(
        {
            "section": ["A", None],
            "caseworker": ["", ""],
            "milestone": ["x", "x"],
            "status": ["s", "s"],
        }
    )
    assert filter_options(with_gap)["section"] == ["A"]


def test_an_answer_due_this_week_with_a_notice_day_further_off_is_about_the_answer() -> None:
    due = line(1, final_on=date(2026, 4, 24), notice_on=date(2026, 4, 28), notice_days=6)
    row = urgent_cases([due], TODAY)[0][0]
    assert (row["due_on"], row["due_what"]) == (date(2026, 4, 24), "Svarfrist denne uka")


def test_an_open_clocks_notice_limit_is_the_last_legal_day_unless_the_case_is_closed() -> None:
    clock = derive_clock(date(2026, 3, 20), [], TODAY)
    assert notice_limit(clock) == TODAY
    assert notice_limit(clock, closed=True) is None
