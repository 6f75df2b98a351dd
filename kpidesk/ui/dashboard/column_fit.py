"""How the dashboard's columns share the table's width, so the owner never scrolls sideways.

Every column has a natural width (its figures or its two-line header, from `fit_columns`).
On a wide screen the KPI name stops at a sensible width and the figures share the rest, so a
row still reads as one line at 1920 px. On a narrow one (1024 px, or Bulgarian and Estonian
headers) the names elide first (the full name is in the tooltip), then the sparkline gets
smaller, and only then do the columns an owner can best do without step aside: the year-to-
date target (the year-to-date attainment says how it stands), the trend, last year's figure
(the change beside it still says how this year compares) and, last, the forecast.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpidesk.ui.dashboard.model import (
    COL_FORECAST,
    COL_KPI,
    COL_LAST_YEAR,
    COL_SPARK,
    COL_TREND,
    COL_YTD_TARGET,
)

KPI_MIN = 120
KPI_MAX = 360
"""About forty characters of a KPI name: longer ones elide, their tooltip has them whole."""
SPARK_WIDTH = 130
SPARK_MIN = 80
SPARK_WIDE = 240
"""On a wide table the sparkline takes the spare width first, up to this: twelve months drawn
20 px apart read as a trend, where the figures gain nothing from more than their width."""
OPTIONAL = (COL_YTD_TARGET, COL_TREND, COL_LAST_YEAR, COL_FORECAST)
"""Columns hidden, in this order, when even the narrowed table is wider than the window."""


@dataclass(frozen=True)
class ColumnFit:
    widths: dict[int, int]
    """Width of every shown column."""
    hidden: frozenset[int]


def fit_to_width(natural: dict[int, int], room: int) -> ColumnFit:
    """Widths that add up to at most `room` (when that is at all possible); the sparkline's
    natural width is what its header needs."""
    widths = dict(natural)
    widths[COL_SPARK] = max(SPARK_WIDTH, natural[COL_SPARK])
    kpi_wanted = min(max(widths.pop(COL_KPI), KPI_MIN), KPI_MAX)
    hidden: set[int] = set()
    if sum(widths.values()) + KPI_MIN > room:
        widths[COL_SPARK] = max(SPARK_MIN, natural[COL_SPARK])
    for column in (c for c in OPTIONAL if c in widths):
        if sum(widths.values()) + KPI_MIN <= room:
            break
        hidden.add(column)
        del widths[column]
    kpi = max(min(kpi_wanted, room - sum(widths.values())), KPI_MIN)
    spare = room - sum(widths.values()) - kpi
    if spare > 0 and widths[COL_SPARK] < SPARK_WIDE:
        grown = min(SPARK_WIDE - widths[COL_SPARK], spare)
        widths[COL_SPARK] += grown
        spare -= grown
    others = [c for c in widths if c != COL_SPARK]
    if spare > 0 and others:
        share, rest = divmod(spare, len(others))
        for column in others:
            widths[column] += share + (rest if column == others[-1] else 0)
    widths[COL_KPI] = kpi
    return ColumnFit(widths, frozenset(hidden))
