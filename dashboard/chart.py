"""Pure: geometry of the server-rendered SVG bar chart (deadlines per week, and the overdue ones).

Each week has two bars side by side: the last days for extension notices (L1M) and the answer
deadlines; a first group shows the cases already overdue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT = 720, 260
TOP, BOTTOM, LEFT = 24, 48, 8
GAP = 8


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    count: int
    kind: str  # "answer" | "notice" | "overdue"
    title: str  # "Uke 12 (fra 16.03.): 4 svarfrister"


@dataclass(frozen=True, slots=True)
class Group:
    label: str  # "u12", or "over" for the overdue cases
    center: float
    bars: tuple[Bar, ...]


@dataclass(frozen=True, slots=True)
class BarChart:
    width: int
    height: int
    baseline: float
    groups: tuple[Group, ...]
    summary: str

    @property
    def bars(self) -> tuple[Bar, ...]:
        return tuple(bar for group in self.groups for bar in group.bars)


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def _week_title(week_start: date, count: int, kind: str) -> str:
    week = week_start.isocalendar().week
    noun = (
        _plural(count, "svarfrist", "svarfrister")
        if kind == "answer"
        else _plural(count, "siste dag for varsel om forlengelse", "siste dager for varsel")
    )
    return f"Uke {week} (fra {week_start:%d.%m.}): {noun}"


def weekly_chart(weeks: Sequence[tuple[date, int, int]], overdue: int = 0) -> BarChart:
    """(week start, answer deadlines, notice deadlines) per week, plus the overdue cases first;
    bars scaled to the largest count; an empty chart still shows every week's label."""
    slot = (WIDTH - LEFT) / (len(weeks) + 1)
    plot = HEIGHT - TOP - BOTTOM
    busiest = max((max(a, n) for _, a, n in weeks), default=0)
    peak = max(busiest, overdue) or 1
    width = (slot - GAP) / 2

    def bar(x: float, count: int, kind: str, title: str) -> Bar:
        height = plot * count / peak
        return Bar(round(x, 1), round(TOP + plot - height, 1), round(width, 1),
                   round(height, 1), count, kind, title)  # fmt: skip

    first = LEFT + GAP / 2
    overdue_title = f"Overskredet: {_plural(overdue, 'sak', 'saker')}"
    groups = [Group("over", round(first + width, 1), (bar(first + width / 2, overdue, "overdue",
                                                           overdue_title),))]  # fmt: skip
    for index, (start, answers, notices) in enumerate(weeks, start=1):
        x = LEFT + index * slot + GAP / 2
        groups.append(
            Group(
                f"u{start.isocalendar().week}",
                round(x + width, 1),
                (
                    bar(x, notices, "notice", _week_title(start, notices, "notice")),
                    bar(x + width, answers, "answer", _week_title(start, answers, "answer")),
                ),
            )
        )
    answers_total = sum(a for _, a, _ in weeks)
    notices_total = sum(n for _, _, n in weeks)
    summary = (
        f"{_plural(answers_total, 'svarfrist', 'svarfrister')} og "
        f"{_plural(notices_total, 'siste dag', 'siste dager')} for varsel om forlengelse "
        f"de neste {len(weeks)} ukene; {_plural(overdue, 'sak', 'saker')} overskredet; "
        f"flest i én uke: {busiest}"
    )
    return BarChart(WIDTH, HEIGHT, TOP + plot, tuple(groups), summary)
