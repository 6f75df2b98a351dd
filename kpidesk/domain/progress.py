"""Attainment and status of one figure against its target.

Attainment is a percentage in which 100 always means "exactly on target" and more is better,
whichever way the KPI points. Status adds the owner's tolerance for "at risk".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition

_EPSILON = 1e-9


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_TARGET = "no_target"
    NO_DATA = "no_data"


STATUS_RANK = {
    Status.OFF_TRACK: 0,
    Status.AT_RISK: 1,
    Status.NO_DATA: 2,
    Status.NO_TARGET: 3,
    Status.ON_TRACK: 4,
}
"""Worst first: the order in which the dashboard lists KPIs by default."""


def attainment(value: float | None, target: float | None, direction: Direction) -> float | None:
    """Percent of target reached; None when either is missing or the ratio is undefined."""
    if value is None or target is None:
        return None
    if direction is Direction.HIGHER:
        return None if target == 0 else value / target * 100
    if direction is Direction.LOWER:
        return None if value == 0 else target / value * 100
    if target == 0:
        return None
    return (1 - abs(value - target) / abs(target)) * 100


def status(
    value: float | None, target: float | None, direction: Direction, tolerance_pct: float
) -> Status:
    """On track when the target is met, at risk when missed by no more than the tolerance.

    A range KPI is on track within target ± tolerance and at risk within twice that.
    """
    if value is None:
        return Status.NO_DATA
    if target is None:
        return Status.NO_TARGET
    margin = abs(target) * tolerance_pct / 100
    slack = _EPSILON * max(1.0, abs(target))
    if direction is Direction.HIGHER:
        shortfall = target - value
    elif direction is Direction.LOWER:
        shortfall = value - target
    else:
        shortfall = abs(value - target) - margin
    if shortfall <= slack:
        return Status.ON_TRACK
    if shortfall <= margin + slack:
        return Status.AT_RISK
    return Status.OFF_TRACK


class NeedKind(StrEnum):
    """How to read "needed per month", which means something else for each direction."""

    AT_LEAST = "at_least"
    """Higher is better: what each month must at least bring."""
    AT_MOST = "at_most"
    """Lower is better: an allowance, what each month may at most take."""
    ABOUT = "about"
    """Keep within a range: what each month should come close to."""
    REACHED = "reached"
    """A summed goal already reached by the figures so far."""
    USED_UP = "used_up"
    """A summed allowance already used up by the figures so far."""


@dataclass(frozen=True, slots=True)
class Need:
    kind: NeedKind
    value: float | None
    """The amount to read with `kind`; None for REACHED and USED_UP."""
    by_year_end: bool = False
    """A `last` KPI: the figure the year must end on, not an amount for every month."""


def needed_reading(kpi: KpiDefinition, needed: float | None) -> Need | None:
    """What `Scorecard.needed_per_month` means for this KPI, for the dashboard and `status`.

    Only a summed KPI can be done or spent before the year ends: its need is the goal minus
    the figures so far. A mean, `last` or formula KPI's need is a level its months must keep,
    which may be below zero for a KPI whose figures can be (NPS, growth), so it is never
    declared reached or used up.
    """
    if needed is None:
        return None
    summed = kpi.aggregation is Aggregation.SUM
    if kpi.direction is Direction.HIGHER:
        if summed and needed <= 0:
            return Need(NeedKind.REACHED, None)
        kind = NeedKind.AT_LEAST
    elif kpi.direction is Direction.LOWER:
        if summed and needed < 0:
            return Need(NeedKind.USED_UP, None)
        kind = NeedKind.AT_MOST
    else:
        kind = NeedKind.ABOUT
    return Need(kind, needed, by_year_end=kpi.aggregation is Aggregation.LAST)


@dataclass(frozen=True, slots=True)
class RangeBand:
    """Where a range KPI's figure is good and where at risk, as `status` judges it: so the
    window can say why a figure is "at risk" with the same numbers."""

    low: float
    high: float
    """On track from `low` to `high`: the target ± its tolerance."""
    risk_low: float
    risk_high: float
    """At risk up to twice the tolerance away; off track beyond."""

    def outside_by(self, value: float) -> float:
        """How far a figure lies outside the good range: below it negative, above it
        positive, 0 within it."""
        if value < self.low:
            return value - self.low
        if value > self.high:
            return value - self.high
        return 0.0


def range_band(target: float, tolerance_pct: float) -> RangeBand:
    margin = abs(target) * tolerance_pct / 100
    return RangeBand(target - margin, target + margin, target - 2 * margin, target + 2 * margin)
