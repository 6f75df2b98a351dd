"""Which rows of a sheet are headers, where the detector's first guess is not enough: the
header of a shorter year stacked under (or above) a longer one, a month standing over two
columns (`План | Факт`) without a merge, and the KPI names of a tall table above a row of
units."""

from __future__ import annotations

from kpidesk.domain.month import Month
from kpidesk.domain.month_text import SUMMARY_KINDS, HeaderKind
from kpidesk.io.grid import SheetGrid
from kpidesk.io.headers import MONTHISH, HeaderReader
from kpidesk.io.vocabulary import is_side_word, is_unit_word, is_value_word

MAX_COLS = 2000


def is_block_header(grid: SheetGrid, reader: HeaderReader, row: int, cols: list[int]) -> bool:
    """A row whose cells under the months are months (at least one), quarters, totals, side
    headings (`Notes`) and blanks only: the header of a shorter block (a year stacked below
    with fewer months)."""
    filled = [col for col in cols if not grid.is_empty(row, col)]
    kinds = [reader.info(row, col).kind for col in filled]
    headers = MONTHISH | SUMMARY_KINDS | {HeaderKind.YEAR}
    return any(kind in MONTHISH for kind in kinds) and all(
        kind in headers or is_side_word(grid.value(row, col))
        for col, kind in zip(filled, kinds, strict=True)
    )


def spread_over_pairs(grid: SheetGrid, row: int, months: dict[int, Month]) -> dict[int, Month]:
    """The months of a header row, each also over the blank cell right of it when the row
    below names what both columns hold (`Януари 2025` over `План | Факт`, centred across the
    two or saved to CSV from a merge, which keeps the month in the first cell only)."""
    spread = dict(months)
    below = row + 1
    for col, month in months.items():
        beside = col + 1
        if beside in months or not grid.is_empty(row, beside):
            continue
        if _names_a_column(grid.value(below, col)) and _names_a_column(grid.value(below, beside)):
            spread[beside] = month
    return dict(sorted(spread.items()))


def _names_a_column(value: object) -> bool:
    return is_side_word(value) or is_value_word(value)


def tall_header_row(grid: SheetGrid, first: int, month_col: int) -> int:
    """The nearest row above the months with texts beside them; a row of units only (`€`,
    `%`, `бр.`) under the KPI names is not it, the names above it are."""
    for row in range(first - 1, max(first - 6, -1), -1):
        texts = _row_texts(grid, row, month_col)
        if texts:
            if row > 0 and all(is_unit_word(text) for text in texts):
                above = _row_texts(grid, row - 1, month_col)
                if above and not all(is_unit_word(text) for text in above):
                    return row - 1
            return row
    return first - 1


def _row_texts(grid: SheetGrid, row: int, month_col: int) -> list[str]:
    return [
        value
        for col in range(min(grid.n_cols, MAX_COLS))
        if col != month_col and isinstance(value := grid.value(row, col), str) and value.strip()
    ]
