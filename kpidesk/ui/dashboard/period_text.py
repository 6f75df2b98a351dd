"""Periods as the owner reads them: `October 2026`, `Q3 2026`, `Year to date through October
2026`, and the months a fiscal quarter covers (`April 2026 – June 2026`).

A fiscal quarter is named by the year its fiscal year starts in, as `Period` names it; with a
year starting in April, Q4 2026 is January to March 2027, which its months' text says.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.periods import Period
from kpidesk.ui.formatting import format_month


def quarter_number(period: Period) -> tuple[int, int]:
    """(fiscal year, quarter 1..4) of a quarter period."""
    first = period.months[0]
    start = first.fiscal_year_start(period.fiscal_start)
    return start.year, first.months_since(start) // 3 + 1


def quarter_name(period: Period) -> str:
    """`Q3 2026` in the interface language."""
    year, number = quarter_number(period)
    return QCoreApplication.translate("PeriodText", "Q{number} {year}").format(
        number=number, year=year
    )


def period_name(period: Period) -> str:
    """The period's name: a month, a quarter (so far: `Q4 2026 through November 2026`) or
    the year to date through its last month."""
    last = format_month(period.months[-1], long=True)
    if period.kind == "quarter" and len(period.months) < 3:
        return QCoreApplication.translate("PeriodText", "{quarter} through {month}").format(
            quarter=quarter_name(period), month=last
        )
    if period.kind == "quarter":
        return quarter_name(period)
    if period.kind == "ytd":
        return QCoreApplication.translate("PeriodText", "Year to date through {month}").format(
            month=last
        )
    return last


def period_months(period: Period) -> str:
    """The months the period covers, first to last: `April 2026 – June 2026`."""
    first, last = period.months[0], period.months[-1]
    if first == last:
        return format_month(first, long=True)
    return f"{format_month(first, long=True)} – {format_month(last, long=True)}"


def a_year_earlier(period: Period) -> Period:
    """The same months a year earlier, so far as far as this year's go."""
    return replace(period, months=tuple(m - 12 for m in period.months))
