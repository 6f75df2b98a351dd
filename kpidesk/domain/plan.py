"""The plan as it stood: each month's target as of a chosen day, beside the target now.

A target change never rewrites history (DESIGN.md §2), so the owner can ask what the plan for
a year was on any day: what the monthly targets were when the budget was agreed, before a
goal was raised in July. The Goals view and `kpidesk goal history --as-of` both show this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from kpidesk.domain.month import Month, fiscal_year_months
from kpidesk.domain.scorecard import Scorecard


@dataclass(frozen=True, slots=True)
class PlannedMonth:
    month: Month
    then: float | None
    """The target this month had at the end of the chosen day (None: none set by then)."""
    now: float | None
    """The target that applies to it now."""

    @property
    def changed(self) -> bool:
        return self.then != self.now


def end_of(day: date) -> datetime:
    """A day as a moment: its last instant, so changes made during the day count."""
    return datetime.combine(day, time.max)


def fiscal_year_of(day: date, fiscal_start: int) -> int:
    """The fiscal year (named by the calendar year it starts in) that `day` falls in."""
    return Month(day.year, day.month).fiscal_year(fiscal_start)


def plan_as_of(scorecard: Scorecard, name: str, year: int, day: date) -> list[PlannedMonth]:
    """Every month of fiscal year `year` with its target as of `day` and its target now."""
    moment = end_of(day)
    return [
        PlannedMonth(month, scorecard.target(name, month, moment), scorecard.target(name, month))
        for month in fiscal_year_months(year, scorecard.fiscal_start)
    ]
