"""Reading header cells of a grid, with the year completed from around them.

A header cell is read once per distinct value (long sheets repeat the same months thousands of
times). A bare month name (`Jan`, `яну`, `jaan`) takes its year from a year cell above it (a
merged `2025` has been spread over its range), else from the nearest year to its left in the
row above, else from the sheet name or a title above the table (`Sales 2025`).
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from kpidesk.domain.month_text import (
    MAX_YEAR,
    MIN_YEAR,
    HeaderInfo,
    HeaderKind,
    excel_serial_to_date,
    read_header,
    year_in_text,
)
from kpidesk.io.grid import SheetGrid

MONTHISH = frozenset({HeaderKind.MONTH, HeaderKind.MONTH_NO_YEAR})
_OTHER = HeaderInfo(HeaderKind.OTHER)


class HeaderReader:
    """Classifies the cells of one grid, caching by value."""

    def __init__(self, grid: SheetGrid) -> None:
        self.grid = grid
        self._cache: dict[tuple[type, object], HeaderInfo] = {}
        self._lines: dict[tuple[int | None, int | None], bool] = {}

    def info(self, row: int, col: int) -> HeaderInfo:
        value = self.grid.value(row, col)
        key = (type(value), value)
        try:
            info = self._cache.get(key)
        except TypeError:
            info = None
        if info is None:
            info = read_header(value, date1904=self.grid.date1904, serials=self.grid.serials)
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and info.kind is HeaderKind.MONTH
                and self._serial_month(value) is None
            ):
                info = _OTHER
            self._cache[key] = info
        serial = info.kind is HeaderKind.MONTH and type(value) in (int, float)
        if serial and not (self._serial_line(row, None) or self._serial_line(None, col)):
            return _OTHER
        return info

    def _serial_month(self, value: float) -> int | None:
        """The month index an Excel serial at the first or last day of a month stands for."""
        if not float(value).is_integer():
            return None
        day = excel_serial_to_date(float(value), self.grid.date1904)
        if day is None or not _month_edge(day):
            return None
        return day.year * 12 + day.month

    def _serial_line(self, row: int | None, col: int | None) -> bool:
        """Whether a row (or a column) reads as months written as Excel serials: every plain
        number in it, at least two, is a whole serial at a month's edge, a row's going up
        month by month (or down, newest first; a month merged over two columns repeats
        itself). A row of figures holds numbers such as 19 663.87 and 45 688 that one by one
        pass for serials (1953-10, 2025-01); all of them together do not."""
        key = (row, col)
        known = self._lines.get(key)
        if known is None:
            known = self._lines[key] = self._reads_as_serials(row, col)
        return known

    def _reads_as_serials(self, row: int | None, col: int | None) -> bool:
        cells: list[object] = []
        if row is not None:
            cells = self.grid.rows[row] if 0 <= row < self.grid.n_rows else []
        elif col is not None:
            cells = [self.grid.value(index, col) for index in range(self.grid.n_rows)]
        months: list[int] = []
        for value in cells:
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if float(value).is_integer() and MIN_YEAR <= value <= MAX_YEAR:
                continue
            month = self._serial_month(value)
            if month is None:
                return False
            months.append(month)
        if len(months) < 2:
            return False
        if row is None:
            return True
        steps = [after - before for before, after in pairwise(months)]
        if not any(steps):
            return False
        return all(0 <= s <= 12 for s in steps) or all(-12 <= s <= 0 for s in steps)

    def is_monthish(self, row: int, col: int) -> bool:
        return self.info(row, col).kind in MONTHISH

    def year_for(self, row: int, col: int, fallback: int | None) -> int | None:
        """The year for a bare month name at (row, col)."""
        for above in range(row - 1, max(row - 4, -1), -1):
            info = self.info(above, col)
            if info.kind is HeaderKind.YEAR:
                return info.year
            if info.kind is HeaderKind.MONTH and info.year is not None:
                return info.year
        if row > 0:
            for left in range(col - 1, -1, -1):
                info = self.info(row - 1, left)
                if info.kind is HeaderKind.YEAR:
                    return info.year
        return fallback

    def context_year(self, header_row: int) -> int | None:
        """A year named by the sheet name or by the text above the header row, if just one."""
        year = year_in_text(self.grid.name)
        if year is not None:
            return year
        found: set[int] = set()
        for row in range(max(0, header_row - 6), header_row):
            for col in range(min(self.grid.n_cols, 12)):
                value = self.grid.value(row, col)
                if isinstance(value, str):
                    mentioned = year_in_text(value)
                    if mentioned is not None:
                        found.add(mentioned)
        return found.pop() if len(found) == 1 else None


def _month_edge(day: dt.date) -> bool:
    """Date serials in headers stand for the first or the last day of a month; a plain figure
    that happens to be a serial (revenue 45 700) rarely does, so others are not months."""
    return day.day == 1 or (day + dt.timedelta(days=1)).day == 1
