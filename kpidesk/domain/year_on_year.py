"""A figure beside the same period a year earlier: this October against last October, this
year to date against last year's.

Like with like: over a span of months (a quarter, the year to date) both years are taken over
the same months of the year, those in which both have a figure. A sum KPI with September
still to be entered would otherwise compare nine months with ten and show a fall that is only
a gap (DESIGN.md §2, "Gaps in the maths"). `YearOnYear.months` names the months compared, and
`complete` says whether they are every month this year counts. Formula KPIs roll up from their
parts, because `Scorecard.aggregate` and `counted_months` do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kpidesk.domain.kpi import Direction
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard


@dataclass(frozen=True, slots=True)
class YearOnYear:
    value: float | None
    """This year's figure over `months` (None when no month of the period has one in both
    years)."""
    last_year: float | None
    """Last year's figure over the same months a year earlier; over the whole period a year
    earlier when this year has no figure in it yet (what last year did in that period)."""
    change: float | None
    """Percent change from `last_year` to `value`: (value − last year) / |last year| × 100;
    None when either is missing or last year's is 0."""
    better: bool | None
    """Whether the change is an improvement for the KPI's direction (lower is better: a fall
    is better; a range KPI: nearer its target); None when there is no change to judge."""
    months: tuple[Month, ...]
    """This year's months compared."""
    complete: bool
    """True when `months` are all the months this year has figures for in the period."""


def year_on_year(card: Scorecard, name: str, months: Iterable[Month]) -> YearOnYear:
    """`name` over `months` beside the same months a year earlier."""
    period = list(months)
    this_year = card.counted_months(name, period)
    if not this_year:
        before = card.aggregate(name, [m - 12 for m in period])
        return YearOnYear(None, before, None, None, (), True)
    counted_before = set(card.counted_months(name, [m - 12 for m in this_year]))
    both = [m for m in this_year if m - 12 in counted_before]
    if not both:
        return YearOnYear(None, None, None, None, (), False)
    value = card.aggregate(name, both)
    before = card.aggregate(name, [m - 12 for m in both])
    change = percent_change(value, before)
    better = _better(card, name, both, value, before)
    return YearOnYear(value, before, change, better, tuple(both), len(both) == len(this_year))


def month_on_last_year(card: Scorecard, name: str, month: Month) -> YearOnYear:
    """One month beside the same month last year (whose figure is given even while this
    month has none yet)."""
    return year_on_year(card, name, [month])


def percent_change(value: float | None, before: float | None) -> float | None:
    if value is None or before is None or before == 0:
        return None
    return (value - before) / abs(before) * 100


def _better(
    card: Scorecard, name: str, months: list[Month], value: float | None, before: float | None
) -> bool | None:
    if value is None or before is None or value == before:
        return None
    direction = card.kpi(name).direction
    if direction is Direction.HIGHER:
        return value > before
    if direction is Direction.LOWER:
        return value < before
    target = card.period_target(name, months)
    if target is None or abs(value - target) == abs(before - target):
        return None
    return abs(value - target) < abs(before - target)
