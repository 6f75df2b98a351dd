"""The sheet grid: what every reader produces and everything after reading works on.

Values are kept as the rows the fast reader returns (None for empty), with the few facts a
reader has to dig out separately (error codes, formulas without a saved result, percent
formats) in sparse side tables; `Cell` objects are made only when asked for, so a 120 000-row
sheet does not cost 360 000 objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path


class CellKind(StrEnum):
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    BOOL = "bool"
    ERROR = "error"
    FORMULA_WITHOUT_RESULT = "formula_without_result"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as read: its value (the error code for an error cell), what kind of value it
    is, whether it is shown as a percentage, and its Excel-style address."""

    value: object
    kind: CellKind
    address: str
    percent: bool = False


@lru_cache(maxsize=4096)
def column_letters(col: int) -> str:
    """`0` → `A`, `27` → `AB`: Excel's column names, for messages an owner can find."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def address(row: int, col: int) -> str:
    """The Excel-style address of a zero-based row and column: `(6, 1)` → `B7`."""
    return f"{column_letters(col)}{row + 1}"


def parse_address(text: str) -> tuple[int, int]:
    """The zero-based (row, column) of an address such as `B7`."""
    letters = "".join(ch for ch in text if ch.isalpha()).upper()
    digits = "".join(ch for ch in text if ch.isdigit())
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - 64
    return int(digits) - 1, col - 1


@dataclass(frozen=True, slots=True)
class CellRange:
    """A rectangle of cells, both corners included (zero-based)."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass
class SheetGrid:
    """One sheet's cells, with where they came from.

    `serials` says whether plain numbers in header positions may be Excel date serials (false
    for CSV); `date1904` which date system the workbook uses.
    """

    name: str
    rows: list[list[object]]
    source: Path
    hidden: bool = False
    date1904: bool = False
    serials: bool = True
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    no_result: set[tuple[int, int]] = field(default_factory=set)
    percent: set[tuple[int, int]] = field(default_factory=set)
    currency: dict[tuple[int, int], str] = field(default_factory=dict)
    """Cells whose number format shows a currency, by code (`#,##0 "лв."` → BGN)."""
    too_small: dict[tuple[int, int], str] = field(default_factory=dict)
    """Number cells saved as a value too small for a float (`1E-400`), by the text saved:
    the value read is 0.0, which must not be taken for the figure."""
    merged: list[CellRange] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max(map(len, self.rows), default=0)

    def value(self, row: int, col: int) -> object:
        """The cell's value, None when empty or outside the grid."""
        if 0 <= row < len(self.rows):
            cells = self.rows[row]
            if 0 <= col < len(cells):
                return cells[col]
        return None

    def kind(self, row: int, col: int) -> CellKind:
        if self.errors or self.no_result:
            key = (row, col)
            if key in self.errors:
                return CellKind.ERROR
            if key in self.no_result:
                return CellKind.FORMULA_WITHOUT_RESULT
        return kind_of(self.value(row, col))

    def cell(self, row: int, col: int) -> Cell:
        key = (row, col)
        value = self.errors.get(key, self.value(row, col))
        return Cell(value, self.kind(row, col), address(row, col), key in self.percent)

    def is_empty(self, row: int, col: int) -> bool:
        return self.kind(row, col) is CellKind.EMPTY

    def pad_to_side_tables(self) -> None:
        """Extend the rows so error and no-result cells outside the value range still show
        up (a reader may give no value at all for them)."""
        keys = list(self.errors) + list(self.no_result)
        if not keys:
            return
        last_row = max(row for row, _ in keys)
        while len(self.rows) <= last_row:
            self.rows.append([])
        for row, col in keys:
            cells = self.rows[row]
            if len(cells) <= col:
                cells.extend([None] * (col + 1 - len(cells)))

    def fill_merged(self) -> None:
        """Give every cell of a merged range the value of its top-left cell, so a `2025`
        merged across twelve months stands above each of them."""
        height, width = self.n_rows, self.n_cols
        for rng in self.merged:
            top = self.value(rng.first_row, rng.first_col)
            if top is None:
                continue
            for row in range(rng.first_row, min(rng.last_row, height - 1) + 1):
                cells = self.rows[row]
                last = min(rng.last_col, width - 1)
                if len(cells) <= last:
                    cells.extend([None] * (last + 1 - len(cells)))
                for col in range(rng.first_col, last + 1):
                    if cells[col] is None:
                        cells[col] = top


def kind_of(value: object) -> CellKind:
    """The kind of a plain value (error and formula cells are known from the side tables)."""
    if value is None:
        return CellKind.EMPTY
    if type(value) is float:
        return CellKind.NUMBER
    if isinstance(value, bool):
        return CellKind.BOOL
    if isinstance(value, int | float):
        return CellKind.NUMBER
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return CellKind.DATE
    if isinstance(value, str):
        return CellKind.TEXT if value.strip() else CellKind.EMPTY
    return CellKind.TEXT


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A sheet's name and whether the owner hid it (hidden sheets are listed, never read
    silently)."""

    name: str
    hidden: bool


@dataclass(frozen=True, slots=True)
class TextFormat:
    """How a CSV file was decoded and split, and whether each was a guess the owner should
    see and may override."""

    encoding: str
    delimiter: str
    encoding_guessed: bool
    delimiter_guessed: bool


@dataclass
class Workbook:
    """A file as read: every sheet listed, the requested (or all visible) sheets read."""

    path: Path
    file_format: str
    sheets: list[SheetInfo]
    grids: dict[str, SheetGrid]
    text_format: TextFormat | None = None

    @property
    def hidden_sheets(self) -> list[str]:
        return [info.name for info in self.sheets if info.hidden]
