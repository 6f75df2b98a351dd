"""A segment's own page: its KPIs against its targets, its trend and its rank over a year,
and how it compares with the business (the issue's "personal statistics").

Ranks and averages come from `leaderboard`, so the page and the leaderboard never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpidesk.domain.leaderboard import leaderboard
from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period
from kpidesk.domain.scorecard import KpiStatus, Scorecard
from kpidesk.domain.segments import Segment

TREND_MONTHS = 12


@dataclass(frozen=True, slots=True)
class SegmentKpi:
    """One KPI of the segment's page."""

    status: KpiStatus
    """The segment's own standing in the month, against its own target."""
    total: float | None
    """The business total's value for the month."""
    average: float | None
    """The mean of the segments' values for the month."""
    vs_average: float | None
    """The segment's value - the average."""
    trend: list[float | None]
    """The segment's value in each of the twelve months up to the month, oldest first."""
    ranks: list[tuple[Month, int | None, int]]
    """(month, the segment's rank, how many segments were ranked) for the same months."""
    tied: bool = False
    """Whether the segment shares its place in the month with another."""


@dataclass(frozen=True, slots=True)
class SegmentPage:
    segment: Segment
    month: Month
    kpis: tuple[SegmentKpi, ...]


def segment_page(card: Scorecard, segment: str, month: Month) -> SegmentPage:
    """The page of `segment` (name or alias) for `month`: every active KPI of its set."""
    found = card.segment(segment)
    view = card.segment_view(found.name)
    months = [month - (TREND_MONTHS - 1 - i) for i in range(TREND_MONTHS)]
    rows = []
    for kpi in view.active_kpis():
        boards = [leaderboard(card, kpi.name, Period.month(m)) for m in months]
        ranks = []
        for m, board in zip(months, boards, strict=True):
            mine = next((r for r in board.rows if r.segment == found.name), None)
            ranked = sum(1 for r in board.rows if r.rank is not None)
            ranks.append((m, mine.rank if mine else None, ranked))
        own = view.status_of(kpi.name, month)
        average = boards[-1].average
        now = next((r for r in boards[-1].rows if r.segment == found.name), None)
        rows.append(
            SegmentKpi(
                status=own,
                total=card.value(kpi.name, month),
                average=average,
                vs_average=None if own.value is None or average is None else own.value - average,
                trend=view.series(kpi.name, months),
                ranks=ranks,
                tied=now is not None and now.tied,
            )
        )
    return SegmentPage(found, month, tuple(rows))
