"""How far a sheet's cells reach, found before any reader lays the sheet out in memory.

python-calamine and the grid hold a sheet as a rectangle from A1 to its farthest cell, so one
value at XFD1048576 in a 5 KB file asks for 17 billion cells, and calamine aborts the whole
process (nothing in Python can catch that). The sheet's `<dimension>` is not trusted (it may
say A1:XFD1048576 over three cells); the cells themselves are measured, and a sheet whose
farthest cell with content makes the rectangle larger than `MAX_CELLS` is refused in one line
naming that cell. Empty styled cells and rows do not count: calamine ignores them too.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import UnsafeFileError
from kpidesk.io.grid import address, parse_address
from kpidesk.io.readers.safety import xml_errors

MAX_CELLS = 10_000_000
"""A rectangle of ten million cells: 120 000 rows of 80 columns, beyond any owner's table,
and still a few hundred megabytes once read."""

_WIDE_REF = re.compile(rb"r=[\"']([A-Za-z]{2,3})([0-9]+)")
_TALL_REF = re.compile(rb"r=[\"'][A-Za-z]([0-9]{6,})")
"""Cell addresses beyond column Z, and in columns A-Z beyond row 99 999: the addresses that
can make a sheet large. Each begins with the literal `r=` and fails at its next byte or two
on any other address, so `re` runs through a sheet of figures in C."""
_LAST_ROW = re.compile(rb"\br=[\"']([0-9]+)[\"']")
_NARROW_COLUMNS = 26
_CELL = re.compile(rb"<(?:[\w.-]+:)?c\b([^>]*?)(/>|>)")
_REF = re.compile(rb"\br=[\"']([A-Za-z]+[0-9]+)[\"']")
_CLOSE = re.compile(rb"</(?:[\w.-]+:)?c>")


def check_xlsx_extent(data: bytes, path: Path, sheet: str) -> None:
    """Refuse a sheet whose cells with content span more than MAX_CELLS.

    The common case costs two quick scans of the cell addresses (a cell's own `r` is what
    calamine places it by) and a look at the last row: together they bound the rectangle
    from above. What they do not see, a cell in columns A-Z above row 100 000 lying outside
    the last row, reaches no further than 2.6 million cells. Only when the bound is too
    large are the cells visited one by one, to find whether the far ones hold anything."""
    rows = _last_row(data)
    columns = _NARROW_COLUMNS
    wide = _WIDE_REF.findall(data)
    for letters in {letters.upper() for letters, _ in wide}:
        columns = max(columns, parse_address(f"{letters.decode('ascii')}1")[1] + 1)
    numbers = [row for _, row in wide] + _TALL_REF.findall(data)
    rows = max(rows, int(max(numbers, key=lambda row: (len(row), row), default=b"0")))
    if rows * columns <= MAX_CELLS:
        return
    far = _farthest_cell_with_content(data)
    if far is not None and (far[0] + 1) * (far[1] + 1) > MAX_CELLS:
        raise _too_far(path, sheet, far)


def _last_row(data: bytes) -> int:
    """The number of the sheet's last row element (rows come in order)."""
    start = data.rfind(b"<row")
    if start < 0:
        start = data.rfind(b":row")
    found = _LAST_ROW.search(data, start) if start >= 0 else None
    return int(found.group(1)) if found else 0


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


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_SHEET, _ROW = f"{_TABLE}table", f"{_TABLE}table-row"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_VALUE_TYPE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type"
_LONG_REPEAT = re.compile(rb"number-(?:rows|columns)-repeated=[\"'][0-9]{3,}")
MAX_REPEATED_CELLS = 1_000_000
"""Cells with content that a sheet may add by repeating others (LibreOffice writes a row of
twelve zeros as one cell repeated twelve times): generous for that, while each such cell
costs memory to read as if it were written out, from a file of a few bytes."""


def check_ods_extent(content: bytes, path: Path) -> None:
    """Refuse a sheet of an OpenDocument file whose cells with content, counted with their
    repeats (`table:number-columns-repeated`), span more than MAX_CELLS. LibreOffice ends
    every sheet with a million repeated empty rows; those hold nothing and do not count.
    Values repeated into more than MAX_REPEATED_CELLS cells are refused too, however near.
    Without a repeat of a hundred or more the sheet is about as large as its XML, and passes."""
    if _LONG_REPEAT.search(content) is None:
        return
    walk = _OdsExtent()
    with xml_errors(path, "content.xml"):
        for event, element in iterparse(
            io.BytesIO(content), events=("start", "end"), forbid_dtd=True
        ):
            walk.step(event, element)
            if walk.far is not None and (walk.far[0] + 1) * (walk.far[1] + 1) > MAX_CELLS:
                raise _too_far(path, walk.sheet, walk.far)
            if walk.repeated > MAX_REPEATED_CELLS:
                raise _too_repeated(path, walk.sheet, walk.repeated)


class _OdsExtent:
    """The farthest cell with content reached so far in the sheet being walked."""

    def __init__(self) -> None:
        self.sheet = ""
        self.far: tuple[int, int] | None = None
        self.row = self.col = 0
        self.row_reach = -1
        self.repeated = 0
        """Cells with content made by repeats so far in this sheet."""
        self.row_cells = self.row_elements = 0

    def step(self, event: str, element: Element) -> None:
        tag = element.tag
        if event == "start":
            if tag == _SHEET:
                self.sheet, self.row, self.far = element.get(f"{_TABLE}name", ""), 0, None
                self.repeated = 0
            elif tag == _ROW:
                self.col, self.row_reach = 0, -1
                self.row_cells = self.row_elements = 0
            return
        if tag in _CELLS:
            repeated = _repeats(element, "number-columns-repeated")
            if len(element) or element.get(_VALUE_TYPE) or element.get(f"{_TABLE}formula"):
                self.row_reach = self.col + repeated - 1
                self.row_cells += repeated
                self.row_elements += 1
            self.col += repeated
            element.clear()
        elif tag == _ROW:
            repeated = _repeats(element, "number-rows-repeated")
            self.repeated += self.row_cells * repeated - self.row_elements
            if self.row_reach >= 0:
                last = (self.row + repeated - 1, self.row_reach)
                far = self.far or (0, 0)
                self.far = (max(far[0], last[0]), max(far[1], last[1]))
            self.row += repeated
            element.clear()


def _repeats(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{_TABLE}{attribute}", "1")))
    except ValueError:
        return 1


def _too_repeated(path: Path, sheet: str, cells: int) -> UnsafeFileError:
    return UnsafeFileError(
        path,
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "sheet '{sheet}' repeats its values over more than {cells} million cells, "
                "far more than a table of figures; delete the repeated block and save again",
            ),
            sheet=sheet,
            cells=max(cells // 1_000_000, 1),
        ),
    )


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
