"""The spans a leaderboard ranks over: a month, a calendar quarter, the year to date, a year.

Each knows its months and the period before it, so "change against the previous period"
compares a quarter with the quarter before and a year to date with the same span of the
previous fiscal year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kpidesk.domain.month import Month

PeriodKind = Literal["month", "quarter", "ytd", "year"]

_QUARTER = re.compile(r"^\s*(\d{4})-[Qq]([1-4])\s*$")


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    months: tuple[Month, ...]
    label: str
    fiscal_start: int = 1
    """The first month of the fiscal year (for a year to date and a fiscal year)."""

    @classmethod
    def month(cls, month: Month) -> Period:
        return cls("month", (month,), str(month))

    @classmethod
    def quarter(cls, year: int, number: int) -> Period:
        """The calendar quarter `number` (1..4) of `year`, labelled `2026-Q1`."""
        if not 1 <= number <= 4:
            raise ValueError(f"a quarter is 1..4, not {number}")
        first = Month(year, 3 * number - 2)
        return cls("quarter", tuple(first + i for i in range(3)), f"{year}-Q{number}")

    @classmethod
    def parse_quarter(cls, text: str) -> Period:
        """Read `YYYY-Qn`; raise ValueError with the text when it is not one."""
        match = _QUARTER.match(text)
        if not match:
            raise ValueError(f"'{text}' is not a quarter; write it as YYYY-Qn, e.g. 2026-Q1")
        return cls.quarter(int(match.group(1)), int(match.group(2)))

    @classmethod
    def ytd(cls, month: Month, fiscal_start: int = 1) -> Period:
        """The fiscal year so far, up to and including `month`, labelled `YTD 2026-03`."""
        start = month.fiscal_year_start(fiscal_start)
        months = tuple(start + i for i in range(month.months_since(start) + 1))
        return cls("ytd", months, f"YTD {month}", fiscal_start)

    @classmethod
    def year(cls, year: int, fiscal_start: int = 1) -> Period:
        """The (fiscal) year starting in `fiscal_start` of `year`: `2026`, or `FY 2026`
        when the fiscal year does not start in January."""
        months = tuple(Month(year, fiscal_start).fiscal_months(fiscal_start))
        label = str(year) if fiscal_start == 1 else f"FY {year}"
        return cls("year", months, label, fiscal_start)

    def previous(self) -> Period:
        """The period before: the previous month or quarter, the same span of the previous
        fiscal year for a year to date, the previous year."""
        first = self.months[0]
        if self.kind == "month":
            return Period.month(first - 1)
        if self.kind == "quarter":
            before = first - 3
            return Period.quarter(before.year, (before.month - 1) // 3 + 1)
        if self.kind == "ytd":
            return Period.ytd(self.months[-1] - 12, self.fiscal_start)
        return Period.year(first.year - 1, self.fiscal_start)
