"""A plain long sheet read column by column.

Long sheets (one row per KPI and month) mostly come from exports and databases: a number in
every value cell, a name and a month on every row, nothing else. Such a sheet is read in a few
passes over whole columns that run in C (slicing, `map` over a dictionary of the few distinct
names and months), not a Python loop per row. Any row that is not plain (a text or empty
figure, an error or percent cell, a totals row, something that is not a month, the same KPI
and month twice) sends the whole sheet to the row-by-row reader, which names every problem;
so this path only ever gives what that reader would give.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat
from math import isfinite
from typing import NamedTuple, cast

from kpidesk.domain.kpi import name_key
from kpidesk.domain.month import Month
from kpidesk.io.grid import SheetGrid
from kpidesk.io.plan import Observation

LabelAt = Callable[[int], tuple[str | None, bool]]
"""The label of the row with that index, and whether it marks a totals row."""
MonthAt = Callable[[int], "Month | str | None"]
"""The month of the row with that index (a string or None when it is not a month)."""


_new_tuple = tuple.__new__
"""Builds a named tuple from all its fields as namedtuple's own `_make` does, but from `map`
in C rather than through a Python call per row (a third of this path's time)."""


class PlainLong(NamedTuple):
    observations: list[Observation]
    labels: list[str]
    months: list[Month]


def read_plain_long(
    grid: SheetGrid,
    first_row: int,
    columns: tuple[int, int, int],
    label_at: LabelAt,
    month_at: MonthAt,
) -> PlainLong | None:
    """The observations of a long table whose (label, month, value) `columns` are all plain
    from `first_row` down, or None when any row is not."""
    if grid.errors or grid.no_result or grid.percent or grid.currency or grid.too_small:
        return None
    rows = grid.rows[first_row:]
    label_col, month_col, value_col = columns
    if not rows or min(map(len, rows)) <= max(columns):
        return None
    column = [row[value_col] for row in rows]
    if set(map(type, column)) != {float}:
        return None
    values = cast("list[float]", column)  # every one a float: the line above checked it, in C
    if not all(map(isfinite, values)):
        return None
    labels = _labels(rows, label_col, first_row, label_at)
    months = _months(rows, month_col, first_row, month_at)
    if labels is None or months is None:
        return None
    by_row, ids, distinct = months
    keys = {label: name_key(label) for label in dict.fromkeys(labels)}
    cells = set(zip(map(keys.__getitem__, labels), ids, strict=True))
    if len(cells) != len(rows):
        return None
    positions = range(first_row, first_row + len(rows))
    fields = zip(
        labels,
        by_row,
        values,
        positions,
        repeat(value_col),
        repeat(False),
        repeat(None),
        repeat(None),
    )
    observations = list(map(_new_tuple, repeat(Observation), fields))
    first_spelling: dict[str, str] = {}
    for label, key in keys.items():
        first_spelling.setdefault(key, label)
    return PlainLong(observations, list(first_spelling.values()), sorted(set(distinct)))


def _labels(
    rows: list[list[object]], col: int, first_row: int, label_at: LabelAt
) -> list[str] | None:
    """Every row's label, when each is a name and none marks a totals row."""
    raw = [row[col] for row in rows]
    found: dict[object, str] = {}
    for value, index in _first_rows(raw, first_row).items():
        if type(value) is not str:
            return None
        label, is_total = label_at(index)
        if label is None or is_total:
            return None
        found[value] = label
    return list(map(found.__getitem__, raw))


def _months(
    rows: list[list[object]], col: int, first_row: int, month_at: MonthAt
) -> tuple[list[Month], list[int], list[Month]] | None:
    """Every row's month, when each is one, with every row's month index (cheap to hash) and
    the distinct months. Cells of several kinds are left to the row reader: 1, 1.0 and True
    are one dictionary key but need not be one month."""
    raw = [row[col] for row in rows]
    if len(set(map(type, raw))) != 1:
        return None
    found: dict[object, Month] = {}
    for value, index in _first_rows(raw, first_row).items():
        month = month_at(index)
        if type(month) is not Month:
            return None
        found[value] = month
    ids = {value: month.index for value, month in found.items()}
    return list(map(found.__getitem__, raw)), list(map(ids.__getitem__, raw)), list(found.values())


def _first_rows(raw: list[object], first_row: int) -> dict[object, int]:
    """Each distinct value with the index of a row holding it (its last, which reads the same)."""
    return dict(zip(raw, range(first_row, first_row + len(raw)), strict=True))
