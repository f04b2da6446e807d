"""dashboard/chart.py: the geometry and text of the weekly deadline bar chart."""

from __future__ import annotations

from datetime import date

from dashboard.chart import HEIGHT, WIDTH, Bar, weekly_chart

WEEKS = [(date(2026, 3, 16), 4, 2), (date(2026, 3, 23), 0, 1)]  # ISO weeks 12 and 13


def test_the_chart_is_720_by_260_with_its_baseline_above_the_labels() -> None:
    chart = weekly_chart(WEEKS, overdue=3)
    assert (chart.width, chart.height, chart.baseline) == (WIDTH, HEIGHT, 212) == (720, 260, 212)


def test_bars_are_scaled_to_the_largest_count_and_stand_on_the_baseline() -> None:
    chart = weekly_chart(WEEKS, overdue=3)
    assert [(g.label, g.center) for g in chart.groups] == [
        ("over", 126.7),
        ("u12", 364.0),
        ("u13", 601.3),
    ]
    # fmt: off
    assert chart.bars == (
        Bar(69.3, 71.0, 114.7, 141.0, 3, "overdue", "Overskredet: 3 saker"),
        Bar(249.3, 118.0, 114.7, 94.0, 2, "notice",
            "Uke 12 (fra 16.03.): 2 siste dager for varsel"),
        Bar(364.0, 24.0, 114.7, 188.0, 4, "answer", "Uke 12 (fra 16.03.): 4 svarfrister"),
        Bar(486.7, 165.0, 114.7, 47.0, 1, "notice",
            "Uke 13 (fra 23.03.): 1 siste dag for varsel om forlengelse"),
        Bar(601.3, 212.0, 114.7, 0.0, 0, "answer", "Uke 13 (fra 23.03.): 0 svarfrister"),
    )
    # fmt: on


def test_the_summary_counts_both_kinds_the_weeks_and_the_overdue_cases() -> None:
    assert weekly_chart(WEEKS, overdue=3).summary == (
        "4 svarfrister og 3 siste dager for varsel om forlengelse de neste 2 ukene; "
        "3 saker overskredet; flest i én uke: 4"
    )
    one = weekly_chart([(date(2026, 3, 16), 1, 1)], overdue=1)
    assert one.summary == (
        "1 svarfrist og 1 siste dag for varsel om forlengelse de neste 1 ukene; "
        "1 sak overskredet; flest i én uke: 1"
    )
    assert one.bars[0].title == "Overskredet: 1 sak"
    assert one.bars[2].title == "Uke 12 (fra 16.03.): 1 svarfrist"


def test_more_overdue_cases_than_any_week_set_the_scale() -> None:
    chart = weekly_chart([(date(2026, 3, 16), 2, 1)], overdue=4)
    assert [bar.height for bar in chart.bars] == [188.0, 47.0, 94.0]
    assert chart.summary.endswith("flest i én uke: 2")


def test_an_empty_chart_still_labels_every_week_and_has_flat_bars() -> None:
    chart = weekly_chart([(date(2026, 3, 16), 0, 0), (date(2026, 3, 23), 0, 0)])
    assert [g.label for g in chart.groups] == ["over", "u12", "u13"]
    assert {bar.height for bar in chart.bars} == {0.0}
    assert {bar.y for bar in chart.bars} == {212.0}
    no_weeks = weekly_chart([])
    assert [g.label for g in no_weeks.groups] == ["over"]
    assert no_weeks.bars[0].width == 352.0
    assert no_weeks.summary.endswith("de neste 0 ukene; 0 saker overskredet; flest i én uke: 0")
