"""How far a sheet's cells reach, found before any reader lays the sheet out in memory.

python-calamine and the grid hold a sheet as a rectangle from A1 to its farthest cell, so one
value at XFD1048576 in a 5 KB file asks for 17 billion cells, and calamine aborts the whole
process (nothing in Python can catch that). The sheet's `<dimension>` is not trusted (it may
say A1:XFD1048576 over three cells); the cells themselves are measured, and a sheet whose
farthest cell with content makes the rectangle larger than `MAX_CELLS` is refused in one line
naming that cell. Empty styled cells and rows do not count: calamine ignores them too.
"""

from __future__ import annotations

import re
from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import UnsafeFileError
from kpidesk.io.grid import address, parse_address

MAX_CELLS = 10_000_000
"""A rectangle of ten million cells: 120 000 rows of 80 columns, beyond any owner's table,
and still a few hundred megabytes once read."""

_FAR_ROW = re.compile(rb"\br=[\"'][A-Za-z]{1,3}([0-9]{6,})[\"']")
_WIDE_COLUMN = re.compile(rb"\br=[\"']([A-Za-z]{2,3})[0-9]+[\"']")
_NEAR_ROWS, _NARROW_COLUMNS = 99_999, 26
_CELL = re.compile(rb"<(?:[\w.-]+:)?c\b([^>]*?)(/>|>)")
_REF = re.compile(rb"\br=[\"']([A-Za-z]+[0-9]+)[\"']")
_CLOSE = re.compile(rb"</(?:[\w.-]+:)?c>")


def check_xlsx_extent(data: bytes, path: Path, sheet: str) -> None:
    """Refuse a sheet whose cells with content span more than MAX_CELLS.

    The common case costs two scans in C over the cell addresses (a cell's own `r` is what
    calamine places it by): the rows of six digits or more and the columns of two letters or
    more bound the rectangle from above. Only when that bound is too large are the cells
    visited one by one, to find whether the far ones hold anything."""
    rows = max((int(number) for number in _FAR_ROW.findall(data)), default=_NEAR_ROWS)
    letters = {letters.upper() for letters in _WIDE_COLUMN.findall(data)}
    columns = max((parse_address(f"{text}1")[1] + 1 for text in letters), default=_NARROW_COLUMNS)
    if rows * columns <= MAX_CELLS:
        return
    far = _farthest_cell_with_content(data)
    if far is not None and (far[0] + 1) * (far[1] + 1) > MAX_CELLS:
        raise _too_far(path, sheet, far)


def _farthest_cell_with_content(data: bytes) -> tuple[int, int] | None:
    """The (last row, last column) reached by a cell holding a value, zero-based."""
    last_row = last_col = -1
    for match in _CELL.finditer(data):
        if match.group(2) == b"/>":
            continue
        close = _CLOSE.search(data, match.end())
        if close is None or close.start() == match.end():
            continue
        ref = _REF.search(match.group(1))
        if ref is None:
            continue
        row, col = parse_address(ref.group(1).decode("ascii"))
        last_row, last_col = max(last_row, row), max(last_col, col)
    return None if last_row < 0 else (last_row, last_col)


def _too_far(path: Path, sheet: str, far: tuple[int, int]) -> UnsafeFileError:
    return UnsafeFileError(
        path,
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "sheet '{sheet}' has a cell as far out as {cell}, which would make it "
                "{cells} million cells; delete the far cells (or copy the table to a new "
                "sheet) and save again",
            ),
            sheet=sheet,
            cell=address(*far),
            cells=(far[0] + 1) * (far[1] + 1) // 1_000_000,
        ),
    )
