"""The openpyxl path for an xlsx sheet, in read-only mode.

Used when our fast scan cannot place cells (no `r` addresses) and to cross-check the fast
path in tests. Two read-only passes: one with cached results (values), one with formulas (to
tell a formula with no saved result from an empty cell). openpyxl parses through defusedxml
when it is installed, which it is.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.cell.read_only import EmptyCell

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import ImportFileError
from kpidesk.io.grid import SheetGrid

_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!"}


def _rows(path: Path, name: str, data_only: bool) -> list[tuple[Any, ...]]:
    """The sheet's rows as its cells have them: the `<dimension>` it declares is dropped,
    since openpyxl would pad every row to it (A1:XFD1048576 over three cells is a billion
    empty cells)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
        try:
            sheet = book[name]
            sheet.reset_dimensions()
            return [tuple(row) for row in sheet.iter_rows()]
        finally:
            book.close()
    except (KeyError, ValueError, OSError, ParseError) as exc:
        raise ImportFileError(
            path,
            message(
                QT_TRANSLATE_NOOP("messages", "sheet '{sheet}' cannot be read ({error})"),
                sheet=name,
                error=str(exc),
            ),
        ) from None


def read_sheet_openpyxl(path: Path, name: str, date1904: bool) -> SheetGrid:
    """One sheet as a grid, with error cells, formulas without results and percent formats."""
    values = _rows(path, name, data_only=True)
    formulas = _rows(path, name, data_only=False)
    grid = SheetGrid(name, [], path, date1904=date1904)
    for r, row in enumerate(values):
        out: list[object] = []
        for c, cell in enumerate(row):
            if isinstance(cell, EmptyCell):
                out.append(None)
                continue
            value = cell.value
            if cell.data_type == "e" or (isinstance(value, str) and value in _ERRORS):
                grid.errors[(r, c)] = str(value)
                value = None
            elif value is None and _is_formula(formulas, r, c):
                grid.no_result.add((r, c))
            if "%" in (cell.number_format or ""):
                grid.percent.add((r, c))
            out.append(None if value == "" else value)
        grid.rows.append(out)
    width = max((len(row) for row in grid.rows), default=0)
    for cells in grid.rows:
        cells.extend([None] * (width - len(cells)))
    return grid


def _is_formula(rows: list[tuple[Any, ...]], r: int, c: int) -> bool:
    if r >= len(rows) or c >= len(rows[r]):
        return False
    value = getattr(rows[r][c], "value", None)
    return isinstance(value, str) and value.startswith("=")
