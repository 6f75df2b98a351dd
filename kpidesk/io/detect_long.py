"""Finding a long table (one row per KPI and month): a header naming at least two of the KPI,
month and value columns, the third found by what its cells hold.
"""

from __future__ import annotations

from collections.abc import Callable

from kpidesk.domain.month_text import HeaderKind
from kpidesk.domain.numbers import NumberParseError, parse_number
from kpidesk.io.grid import SheetGrid
from kpidesk.io.headers import HeaderReader
from kpidesk.io.plan import Layout
from kpidesk.io.table import Table
from kpidesk.io.vocabulary import (
    is_label_word,
    is_month_word,
    is_segment_word,
    is_side_word,
    is_target_word,
    is_value_word,
    is_year_word,
)


def find_long(
    grid: SheetGrid, reader: HeaderReader, set_names: frozenset[str] = frozenset()
) -> Table | None:
    """A header naming at least two of the KPI, month and value columns; the one it does not
    name (`period_end`, `2025 result`) is the column whose cells below are of its kind. A
    column headed by a word for a location or person (or a set's name) gives the segment."""
    for row in range(min(grid.n_rows, 30)):
        roles = _header_roles(grid, row, set_names)
        if len({"label", "month", "value"} & roles.keys()) < 2:
            continue
        if "month" not in roles:
            roles["month"] = _column_of(grid, row, roles, lambda r, c: _is_month(reader, r, c))
        if "value" not in roles:
            roles["value"] = _column_of(grid, row, roles, lambda r, c: _is_figure(grid, r, c))
        if roles["month"] is None or roles["value"] is None:
            continue
        label = roles.get("label", _other_text_column(grid, row, roles))
        if label is None:
            continue
        table = Table(Layout.LONG, row, label_col=label, month_col=roles["month"])
        table.value_col = roles["value"]
        table.year_col = roles.get("year")
        table.segment_col = roles.get("segment")
        table.target_col = roles.get("target")
        table.first_data_row = row + 1
        table.context_year = reader.context_year(row)
        table.score = grid.n_rows - row
        return table
    return None


def _header_roles(grid: SheetGrid, row: int, set_names: frozenset[str]) -> dict[str, int | None]:
    """Which columns of the row are headed by a word for the KPI, month, value, year, target
    or segment."""
    roles: dict[str, int | None] = {}
    for col in range(min(grid.n_cols, 60)):
        value = grid.value(row, col)
        for role, test in (
            ("segment", lambda v: is_segment_word(v, set_names)),
            ("label", is_label_word),
            ("month", is_month_word),
            ("value", is_value_word),
            ("year", is_year_word),
            ("target", is_target_word),
        ):
            if role not in roles and test(value):
                roles[role] = col
    return roles


def _column_of(
    grid: SheetGrid,
    header: int,
    roles: dict[str, int | None],
    holds: Callable[[int, int], bool],
) -> int | None:
    """The column, not already placed nor headed as a side column, in which most of the
    filled cells of the next rows hold what `holds` looks for (at least half of them)."""
    taken = set(roles.values())
    rows = range(header + 1, min(grid.n_rows, header + 51))
    best, best_count = None, 0
    for col in range(min(grid.n_cols, 60)):
        if col in taken or is_side_word(grid.value(header, col)):
            continue
        filled = [row for row in rows if not grid.is_empty(row, col)]
        count = sum(holds(row, col) for row in filled)
        if count > best_count and 2 * count >= len(filled):
            best, best_count = col, count
    return best


def _is_month(reader: HeaderReader, row: int, col: int) -> bool:
    return reader.info(row, col).kind is HeaderKind.MONTH


def _is_figure(grid: SheetGrid, row: int, col: int) -> bool:
    value = grid.value(row, col)
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    try:
        return isinstance(value, str) and parse_number(value, None) is not None
    except NumberParseError:
        return False


def _other_text_column(grid: SheetGrid, header: int, roles: dict[str, int | None]) -> int | None:
    taken = set(roles.values())
    best, best_count = None, 0
    for col in range(min(grid.n_cols, 60)):
        if col in taken or is_side_word(grid.value(header, col)):
            continue
        count = sum(isinstance(grid.value(row, col), str) for row in range(header + 1, header + 50))
        if count > best_count:
            best, best_count = col, count
    return best
