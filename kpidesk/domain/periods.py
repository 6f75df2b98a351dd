"""The spans the dashboard, `status` and the leaderboard report over: a month, a quarter of the
fiscal year, the year to date, a year.

Each knows its months, the period before it and the same period a year earlier, so "change
against the previous period" compares a quarter with the quarter before and a year to date
with the same span of the previous fiscal year. Quarters follow the workspace's fiscal start:
with a year starting in April, 2026-Q1 is April to June 2026 (a fiscal year is named by the
calendar year it starts in, as `Month.fiscal_year` names it).
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
    def quarter(cls, year: int, number: int, fiscal_start: int = 1) -> Period:
        """Quarter `number` (1..4) of fiscal year `year`, labelled `2026-Q1`."""
        if not 1 <= number <= 4:
            raise ValueError(f"a quarter is 1..4, not {number}")
        first = Month(year, fiscal_start) + 3 * (number - 1)
        months = tuple(first + i for i in range(3))
        return cls("quarter", months, f"{year}-Q{number}", fiscal_start)

    @classmethod
    def quarter_of(cls, month: Month, fiscal_start: int = 1) -> Period:
        """The fiscal quarter `month` falls in."""
        start = month.fiscal_year_start(fiscal_start)
        return cls.quarter(start.year, month.months_since(start) // 3 + 1, fiscal_start)

    @classmethod
    def parse_quarter(cls, text: str, fiscal_start: int = 1) -> Period:
        """Read `YYYY-Qn`; raise ValueError with the text when it is not one."""
        match = _QUARTER.match(text)
        if not match:
            raise ValueError(f"'{text}' is not a quarter; write it as YYYY-Qn, e.g. 2026-Q1")
        return cls.quarter(int(match.group(1)), int(match.group(2)), fiscal_start)

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

    @classmethod
    def ending_in(cls, kind: PeriodKind, month: Month, fiscal_start: int = 1) -> Period:
        """The period of that kind `month` falls in; a year to date ends at `month`."""
        if kind == "quarter":
            return cls.quarter_of(month, fiscal_start)
        if kind == "ytd":
            return cls.ytd(month, fiscal_start)
        if kind == "year":
            return cls.year(month.fiscal_year(fiscal_start), fiscal_start)
        return cls.month(month)

    def previous(self) -> Period:
        """The period before: the previous month or quarter, the same span of the previous
        fiscal year for a year to date, the previous year."""
        first = self.months[0]
        if self.kind == "month":
            return Period.month(first - 1)
        if self.kind == "quarter":
            return Period.quarter_of(first - 3, self.fiscal_start)
        if self.kind == "ytd":
            return Period.ytd(self.months[-1] - 12, self.fiscal_start)
        return Period.year(first.year - 1, self.fiscal_start)

    def last_year(self) -> Period:
        """The same period a year earlier: the same month, quarter or span of the fiscal
        year before."""
        if self.kind == "month":
            return Period.month(self.months[0] - 12)
        if self.kind == "quarter":
            return Period.quarter_of(self.months[0] - 12, self.fiscal_start)
        if self.kind == "ytd":
            return Period.ytd(self.months[-1] - 12, self.fiscal_start)
        return Period.year(self.months[0].year - 1, self.fiscal_start)
