"""Deadline arithmetic: the 21 + 5 vectors and worked examples of docs/domain.md; the calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadlines.calendar import (
    appeal_deadline,
    compute_deadlines,
    is_public_holiday,
    is_working_day,
    long_date,
    plus_months,
    public_holidays,
    roll_forward,
    subtract_working_days,
    suspended_days,
    working_days_between,
)

D = date.fromisoformat

# ID, T0, suspensions, extended, N4W, L1M, D8, D14 (docs/domain.md, test vectors)
VECTORS = [
    ("V01", "2026-03-20", [], False, "2026-04-17", "2026-04-20", "2026-05-15", None),
    ("V02", "2026-03-19", [], True, "2026-04-16", "2026-04-20", "2026-05-15", "2026-06-25"),
    ("V03", "2026-03-06", [], True, "2026-04-07", "2026-04-07", "2026-05-04", "2026-06-12"),
    ("V04", "2026-03-05", [], False, "2026-04-07", "2026-04-07", "2026-04-30", None),
    ("V05", "2026-03-29", [], True, "2026-04-27", "2026-04-29", "2026-05-26", "2026-07-06"),
    ("V06", "2026-03-28", [], True, "2026-04-27", "2026-04-28", "2026-05-26", "2026-07-06"),
    (
        "V07", "2026-03-20", [("2026-04-01", "2026-04-15")], True,
        "2026-04-17", "2026-04-20", "2026-05-29", "2026-07-10",
    ),
    ("V08", "2026-04-06", [], True, "2026-05-04", "2026-05-06", "2026-06-01", "2026-07-13"),
    (
        "V09", "2026-03-18", [("2026-04-20", "2026-04-23")], True,
        "2026-04-15", "2026-04-20", "2026-05-18", "2026-06-29",
    ),
    ("V10", "2026-11-27", [], True, "2026-12-28", "2026-12-28", "2027-01-22", "2027-03-05"),
    ("V11", "2026-10-30", [], True, "2026-11-27", "2026-11-30", "2026-12-28", "2027-02-05"),
    ("V12", "2026-11-06", [], True, "2026-12-04", "2026-12-07", "2027-01-04", "2027-02-12"),
    ("V13", "2027-01-29", [], True, "2027-02-26", "2027-03-01", "2027-03-30", "2027-05-07"),
    ("V14", "2027-01-28", [], True, "2027-02-25", "2027-03-01", "2027-03-30", "2027-05-07"),
    ("V15", "2027-03-22", [], True, "2027-04-19", "2027-04-22", "2027-05-18", "2027-06-28"),
    ("V16", "2027-03-26", [], True, "2027-04-23", "2027-04-26", "2027-05-21", "2027-07-02"),
    ("V17", "2026-01-31", [], True, "2026-03-02", "2026-03-02", "2026-03-30", "2026-05-11"),
    (
        "V18", "2027-02-01", [("2027-02-10", "2027-02-24"), ("2027-03-15", "2027-03-22")], True,
        "2027-03-01", "2027-03-01", "2027-04-19", "2027-05-31",
    ),
    ("V19", "2027-03-06", [], True, "2027-04-05", "2027-04-06", "2027-05-03", "2027-06-14"),
    ("V20", "2026-12-24", [], True, "2027-01-21", "2027-01-25", "2027-02-18", "2027-04-01"),
    (
        "V21", "2026-03-20", [("2026-04-08", "2026-04-08")], False,
        "2026-04-17", "2026-04-20", "2026-05-15", None,
    ),
]  # fmt: skip

APPEAL_VECTORS = [
    ("A1", "2026-04-10", "2026-05-04"),
    ("A2", "2027-04-26", "2027-05-18"),
    ("A3", "2026-12-09", "2026-12-30"),
    ("A4", "2026-12-03", "2026-12-24"),
    ("A5", "2026-05-22", "2026-06-12"),
]


@pytest.mark.parametrize(
    ("vid", "t0", "susp", "extended", "n4w", "l1m", "d8", "d14"),
    VECTORS,
    ids=[v[0] for v in VECTORS],
)
def test_vector_gives_the_published_deadlines(
    vid: str,
    t0: str,
    susp: list[tuple[str, str]],
    extended: bool,
    n4w: str,
    l1m: str,
    d8: str,
    d14: str | None,
) -> None:
    result = compute_deadlines(D(t0), [(D(s), D(r)) for s, r in susp], extended)
    assert result.notice_target_4w.on == D(n4w)
    assert result.notice_limit_1m.on == D(l1m)
    assert result.d8.on == D(d8)
    assert (result.d14 and result.d14.on) == (d14 and D(d14))
    assert result.final_deadline.on == D(d14 or d8)
    assert result.appeal_deadline is None


@pytest.mark.parametrize(
    ("aid", "notified", "last_day"), APPEAL_VECTORS, ids=[a[0] for a in APPEAL_VECTORS]
)
def test_appeal_vector_gives_the_last_day_to_appeal(aid: str, notified: str, last_day: str) -> None:
    assert appeal_deadline(D(notified)).on == D(last_day)
    assert compute_deadlines(D("2026-01-05"), notified_on=D(notified)).appeal_deadline == (
        appeal_deadline(D(notified))
    )


def test_example_a_suspension_over_easter_and_extension() -> None:
    result = compute_deadlines(
        D("2026-03-20"), [(D("2026-04-01"), D("2026-04-15"))], True, D("2026-07-08")
    )
    assert result.d8.raw_on == D("2026-05-29")
    assert result.final_deadline.on == D("2026-07-10")
    assert result.appeal_deadline is not None and result.appeal_deadline.on == D("2026-07-29")
    assert "+ 14 dager fristen sto stille = fredag 10. juli 2026" in result.final_deadline.trail


def test_example_b_easter_2027_and_fourteen_weeks_from_the_raw_date() -> None:
    result = compute_deadlines(D("2027-01-28"), extended=True)
    assert result.notice_limit_1m.on == D("2027-03-01")
    assert result.d8.raw_on == D("2027-03-25") and result.d8.on == D("2027-03-30")
    assert result.d14 is not None and result.d14.on == D("2027-05-07")
    assert result.d14.on != D("2027-05-11")  # the wrong method: 6 weeks from the rolled D8
    assert result.d8.trail[-1] == (
        "torsdag 25. mars 2027 er Skjærtorsdag; fredag 26. mars 2027 er Langfredag; "
        "lørdag 27. mars 2027 er lørdag; søndag 28. mars 2027 er søndag og Første påskedag; "
        "mandag 29. mars 2027 er Andre påskedag → flyttet til tirsdag 30. mars 2027"
    )


def test_example_c_trail_explains_every_step_in_bokmal() -> None:
    result = compute_deadlines(D("2026-03-18"), [(D("2026-04-20"), D("2026-04-23"))])
    assert result.d8.trail == (
        "Mottatt (T0) onsdag 18. mars 2026",
        "+ 56 dager (8 uker) = onsdag 13. mai 2026",
        "+ 3 dager fristen sto stille = lørdag 16. mai 2026",
        "lørdag 16. mai 2026 er lørdag; søndag 17. mai 2026 er søndag og Grunnlovsdag "
        "→ flyttet til mandag 18. mai 2026",
    )
    assert result.d8.name == "d8" and result.d8.label == "Svarfrist (8 uker)"
    assert result.notice_limit_1m.on == D("2026-04-20")
    assert result.notice_target_4w.on == D("2026-04-15")


def test_month_clamp_is_explained() -> None:
    trail = compute_deadlines(D("2027-01-29")).notice_limit_1m.trail
    assert (
        "+ 1 måned = søndag 28. februar 2027 (29. februar finnes ikke; siste dag i måneden)"
        in trail
    )


def _easter(y: int) -> date:
    """Meeus/Jones/Butcher Gregorian computus, independent of the holidays package (§17)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _r_cal_1(y: int) -> set[date]:
    e = _easter(y)
    offsets = (-3, -2, 0, 1, 39, 49, 50)
    fixed = {date(y, 1, 1), date(y, 5, 1), date(y, 5, 17), date(y, 12, 25), date(y, 12, 26)}
    return fixed | {e + timedelta(days=n) for n in offsets}


def test_computus_gives_the_known_easter_sundays() -> None:
    assert _easter(2026) == D("2026-04-05")
    assert _easter(2027) == D("2027-03-28")
    assert _easter(2000) == D("2000-04-23")


@pytest.mark.parametrize("year", range(2000, 2101))
def test_holidays_package_equals_the_r_cal_1_calendar(year: int) -> None:
    assert set(public_holidays(year)) == _r_cal_1(year)


@pytest.mark.parametrize("year", range(2024, 2036))
def test_christmas_eve_and_new_years_eve_are_working_days_unless_weekend(year: int) -> None:
    for day in (date(year, 12, 24), date(year, 12, 31)):
        assert not is_public_holiday(day)
        assert is_working_day(day) == (day.weekday() < 5)


def test_easter_saturday_is_not_a_holiday_but_not_a_working_day() -> None:
    assert not is_public_holiday(D("2026-04-04"))
    assert not is_working_day(D("2026-04-04"))


def test_long_date_uses_norwegian_names() -> None:
    assert long_date(D("2026-05-17")) == "søndag 17. mai 2026"


def test_plus_months_clamps_to_the_end_of_the_month() -> None:
    assert plus_months(D("2026-01-31"), 1) == D("2026-02-28")
    assert plus_months(D("2028-01-31"), 1) == D("2028-02-29")
    assert plus_months(D("2026-12-15"), 1) == D("2027-01-15")


def test_overlapping_and_touching_suspensions_are_not_double_counted() -> None:
    assert (
        suspended_days([(D("2026-04-01"), D("2026-04-10")), (D("2026-04-05"), D("2026-04-12"))])
        == 11
    )
    assert (
        suspended_days([(D("2026-04-01"), D("2026-04-10")), (D("2026-04-10"), D("2026-04-12"))])
        == 11
    )
    assert suspended_days([(D("2026-04-08"), D("2026-04-08"))]) == 0


def test_suspension_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError):
        suspended_days([(D("2026-04-15"), D("2026-04-01"))])


def test_working_day_arithmetic_skips_weekends_and_holidays() -> None:
    assert subtract_working_days(D("2026-05-15"), 3) == D("2026-05-11")  # Ascension on 14 May
    assert working_days_between(D("2026-05-11"), D("2026-05-15")) == 3
    assert working_days_between(D("2026-05-15"), D("2026-05-11")) == -3
    assert working_days_between(D("2026-12-21"), D("2027-01-04")) == 8


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31))
intervals = st.lists(
    st.tuples(days, st.integers(0, 60)).map(lambda p: (p[0], p[0] + timedelta(days=p[1]))),
    max_size=3,
)


@given(days, intervals, st.booleans())
def test_every_deadline_is_a_working_day_never_before_its_raw_date(
    t0: date, susp: list[tuple[date, date]], extended: bool
) -> None:
    for deadline in compute_deadlines(t0, susp, extended, t0).as_mapping().values():
        assert deadline is not None or not extended
        if deadline is not None:
            assert is_working_day(deadline.on)
            assert deadline.raw_on <= deadline.on <= deadline.raw_on + timedelta(days=6)


@given(days, intervals, st.tuples(days, st.integers(0, 30)))
def test_more_suspended_days_never_give_an_earlier_deadline(
    t0: date, susp: list[tuple[date, date]], extra: tuple[date, int]
) -> None:
    more = [*susp, (extra[0], extra[0] + timedelta(days=extra[1]))]
    before, after = compute_deadlines(t0, susp, True), compute_deadlines(t0, more, True)
    assert after.d8.on >= before.d8.on
    assert after.final_deadline.on >= before.final_deadline.on


@given(days, intervals)
def test_notice_target_never_after_limit_and_d14_never_before_d8(
    t0: date, susp: list[tuple[date, date]]
) -> None:
    result = compute_deadlines(t0, susp, True)
    assert result.notice_target_4w.on <= result.notice_limit_1m.on
    assert result.d14 is not None and result.d14.on >= result.d8.on
    unsuspended = compute_deadlines(t0)  # C8: clock stops never move N4W or L1M
    assert result.notice_target_4w.on == unsuspended.notice_target_4w.on
    assert result.notice_limit_1m.on == unsuspended.notice_limit_1m.on


@given(days)
def test_roll_forward_is_idempotent(d: date) -> None:
    assert roll_forward(roll_forward(d)) == roll_forward(d)


@given(days, st.integers(0, 15))
def test_subtracting_working_days_inverts_counting_them(d: date, n: int) -> None:
    deadline = roll_forward(d)
    earlier = subtract_working_days(deadline, n)
    assert is_working_day(earlier) or n == 0
    assert working_days_between(earlier, deadline) == n
