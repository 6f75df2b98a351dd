"""Segments ranked on one KPI over a period, and every segment's standing on every KPI.

Each segment is asked through its own scorecard (`Scorecard.segment_view`), so its value and
target over a quarter follow the same rules as the business's. Ranking is by attainment,
which is already direction-aware (the shortest wait time has the highest attainment); when no
segment has a target, by the value in the KPI's direction. Equal numbers share a rank.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import fmean

from kpidesk.domain.kpi import Direction, KpiDefinition, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period
from kpidesk.domain.progress import Status, attainment, status
from kpidesk.domain.scorecard import KpiStatus, Scorecard
from kpidesk.domain.segments import Segment

_SIGNIFICANT = 6
"""Numbers equal to this many significant digits are a tie: 0.1 + 0.2 and 0.3 rank alike."""


@dataclass(frozen=True, slots=True)
class Standing:
    """One segment's row of a leaderboard."""

    segment: str
    rank: int | None
    tied: bool
    value: float | None
    target: float | None
    attainment: float | None
    status: Status
    previous_value: float | None
    change_vs_previous: float | None
    """value - previous_value."""
    vs_average: float | None
    """value - the business average of the segments."""
    vs_benchmark: float | None
    """value - the KPI's benchmark."""


@dataclass(frozen=True, slots=True)
class Leaderboard:
    kpi: str
    period: Period
    rows: tuple[Standing, ...]
    average: float | None
    """The mean of the segments' values over the period (those that have one)."""
    benchmark: float | None
    total: float | None
    """The business total over the period."""
    coverage: tuple[int, int]
    """(segments with a value over the period, segments listed)."""


@dataclass(frozen=True, slots=True)
class _Reading:
    segment: Segment
    value: float | None
    target: float | None
    previous: float | None


def leaderboard(card: Scorecard, kpi: str, period: Period) -> Leaderboard:
    """The KPI's segments over `period`, best first; unranked ones last in name order.

    Archived segments are listed only when they have a value in the period.
    """
    definition = card.kpi(kpi)
    months = list(period.months)
    previous = list(period.previous().months)
    readings = []
    for segment in card.segments_of(definition.name):
        view = card.segment_view(segment.name)
        value = view.aggregate(definition.name, months)
        if segment.archived and value is None:
            continue
        readings.append(
            _Reading(
                segment,
                value,
                view.period_target(definition.name, months),
                view.aggregate(definition.name, previous),
            )
        )
    values = [r.value for r in readings if r.value is not None]
    average = fmean(values) if values else None
    ranks = _ranks(definition, readings)
    rows = [_standing(definition, r, ranks.get(r.segment.key), average) for r in readings]
    rows.sort(key=lambda row: (row.rank is None, row.rank or 0, row.segment.casefold()))
    return Leaderboard(
        kpi=definition.name,
        period=period,
        rows=tuple(rows),
        average=average,
        benchmark=definition.benchmark,
        total=card.aggregate(definition.name, months),
        coverage=(len(values), len(readings)),
    )


def _standing(
    kpi: KpiDefinition, reading: _Reading, rank: tuple[int, bool] | None, average: float | None
) -> Standing:
    value = reading.value
    return Standing(
        segment=reading.segment.name,
        rank=rank[0] if rank else None,
        tied=rank[1] if rank else False,
        value=value,
        target=reading.target,
        attainment=attainment(value, reading.target, kpi.direction),
        status=status(value, reading.target, kpi.direction, kpi.tolerance),
        previous_value=reading.previous,
        change_vs_previous=_difference(value, reading.previous),
        vs_average=_difference(value, average),
        vs_benchmark=_difference(value, kpi.benchmark),
    )


def _ranks(kpi: KpiDefinition, readings: list[_Reading]) -> dict[str, tuple[int, bool]]:
    """Segment key → (competition rank 1, 2, 2, 4, tied) of the segments that have a number
    to compare: attainment where any segment has a target, else the value (higher first,
    lower first for a LOWER KPI, none for a RANGE KPI: closeness needs a target)."""
    scores: dict[str, float] = {}
    if any(r.target is not None for r in readings):
        for r in readings:
            reached = attainment(r.value, r.target, kpi.direction)
            if reached is not None:
                scores[r.segment.key] = reached
    elif kpi.direction is not Direction.RANGE:
        sign = -1.0 if kpi.direction is Direction.LOWER else 1.0
        scores = {r.segment.key: sign * r.value for r in readings if r.value is not None}
    rounded = {key: float(f"{score:.{_SIGNIFICANT}g}") for key, score in scores.items()}
    counts = Counter(rounded.values())
    first_place: dict[float, int] = {}
    for place, score in enumerate(sorted(rounded.values(), reverse=True), start=1):
        first_place.setdefault(score, place)
    return {key: (first_place[score], counts[score] > 1) for key, score in rounded.items()}


def _difference(value: float | None, other: float | None) -> float | None:
    return None if value is None or other is None else value - other


def segment_scorecard(
    card: Scorecard, set_name: str, month: Month
) -> list[tuple[Segment, list[KpiStatus]]]:
    """Every segment of the set × the set's active KPIs, each the segment's status for the
    month: the scorecard of segments with status symbols. Archived segments are listed when
    one of the KPIs has a figure for them that month."""
    segment_set = next((s for s in card.segment_sets if s.key == name_key(set_name)), None)
    if segment_set is None:
        return []
    kpis = [
        kpi
        for kpi in card.active_kpis()
        if (tracked := card.set_of(kpi.name)) is not None and tracked.key == segment_set.key
    ]
    table = []
    for segment in segment_set.segments:
        view = card.segment_view(segment.name)
        statuses = [view.status_of(kpi.name, month) for kpi in kpis]
        if segment.archived and all(s.value is None for s in statuses):
            continue
        table.append((segment, statuses))
    return table
