"""Pure: geometry of the server-rendered SVG bar chart (final deadlines per week)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT = 720, 240
TOP, BOTTOM, LEFT = 24, 44, 8
GAP = 6


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    count: int
    label: str  # "uke 12"
    title: str  # "Uke 12 (fra 16.03.): 4 svarfrister"


@dataclass(frozen=True, slots=True)
class BarChart:
    width: int
    height: int
    baseline: float
    bars: tuple[Bar, ...]
    summary: str


def _title(week_start: date, count: int) -> str:
    week = week_start.isocalendar().week
    noun = "svarfrist" if count == 1 else "svarfrister"
    return f"Uke {week} (fra {week_start:%d.%m.}): {count} {noun}"


def weekly_chart(weeks: Sequence[tuple[date, int]]) -> BarChart:
    """Bars scaled to the busiest week; an empty chart still shows every week's label."""
    slot = (WIDTH - LEFT) / max(len(weeks), 1)
    plot = HEIGHT - TOP - BOTTOM
    busiest = max((count for _, count in weeks), default=0)
    peak = busiest or 1
    bars = []
    for index, (start, count) in enumerate(weeks):
        height = plot * count / peak
        bars.append(
            Bar(
                x=round(LEFT + index * slot + GAP / 2, 1),
                y=round(TOP + plot - height, 1),
                width=round(slot - GAP, 1),
                height=round(height, 1),
                count=count,
                label=f"uke {start.isocalendar().week}",
                title=_title(start, count),
            )
        )
    total = sum(count for _, count in weeks)
    summary = f"{total} svarfrister de neste {len(weeks)} ukene; flest i én uke: {busiest}"
    return BarChart(WIDTH, HEIGHT, TOP + plot, tuple(bars), summary)
