"""Workbook builders shared by the io tests; every file is made in code, in tmp_path.

Every workbook and CSV file an io test writes through tests/workbooks (`make_xlsx`,
`write_text`, the owner_* generators) is also checked, after the test, for the rule that
nothing is lost: each number written into a sheet whose table the importer finds is a figure
or target of the plan, or a problem naming that sheet and cell.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from kpidesk.io.errors import ImportFileError
from kpidesk.io.grid import address
from kpidesk.io.importer import plan_import
from kpidesk.io.plan import ImportPlan, Layout
from tests import workbooks
from tests.workbooks import Sheets, Styled, watching

Rows = list[list[object]]

_NUMBER_TEXT = re.compile(
    r"[-+(]?\s*[€$]?\s*\d[\d\s.,]*(?:[eE][-+]?\d+)?\s*(?:%|лв\.?|€)?\)?|nan|inf|-inf"
)


def is_number(value: object) -> bool:
    """An int or float, or a text an owner reads as a number (`1 234,5`, `12,5%`, `NaN`)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(_NUMBER_TEXT.fullmatch(value.strip().casefold()))


def numbers_in(rows: Rows, skip: set[str] | frozenset[str] = frozenset()) -> dict[str, object]:
    """Every number in `rows` (written from A1) by cell, but the cells in `skip`."""
    found = {}
    for row, cells in enumerate(rows):
        for col, value in enumerate(cells):
            cell = address(row, col)
            if isinstance(value, Styled):
                value = value.value
            if cell not in skip and is_number(value):
                found[cell] = value
    return found


def unaccounted(plan: ImportPlan, sheet: str, cells: dict[str, object]) -> dict[str, object]:
    """The cells of `cells` that the plan neither reads (figure, target) nor names."""
    read = {o.cell for o in plan.observations if o.value is not None}
    read |= {t.cell for t in plan.targets}
    named = {p.cell for p in plan.problems if p.sheet == sheet and p.cell is not None}
    return {cell: value for cell, value in cells.items() if cell not in read | named}


def header_cells(plan: ImportPlan, rows: Rows) -> set[str]:
    """The cells that are headers rather than figures, from where the plan says the table
    is: rows above and on the header rows, the KPI name column, the month column."""
    location = plan.location
    assert location is not None
    letters = {location.label_column, location.month_column} - {None}
    first, last = min(location.header_rows), max(location.header_rows)
    skip: set[str] = set()
    for row, cells in enumerate(rows):
        for col in range(len(cells)):
            cell = address(row, col)
            column = cell.rstrip("0123456789")
            above = row + 1 < first or (location.layout is not Layout.WIDE and row + 1 <= last)
            if above or row + 1 in location.header_rows or column in letters:
                skip.add(cell)
    return skip


def check_every_number(plan: ImportPlan, sheet: str, rows: Rows) -> None:
    """Fail unless every number in `rows` below the plan's headers is read or named."""
    left = unaccounted(plan, sheet, numbers_in(rows, header_cells(plan, rows)))
    assert left == {}, f"sheet {sheet}: neither read nor named: {left}"


@pytest.fixture
def every_number_used() -> Callable[[ImportPlan, str, Rows], None]:
    """`check_every_number`, for files the test writes itself (CSV, xlsxwriter)."""
    return check_every_number


@pytest.fixture(autouse=True)
def every_number_is_used_or_named() -> Iterator[None]:
    """Walk, after the test, every workbook and CSV file it wrote through tests/workbooks (a
    file written again, as a property test's examples are, as it was last written)."""
    built: dict[Path, Sheets | str] = {}
    with watching(built.__setitem__):
        yield
    for path, text in built.items():
        if isinstance(text, str) and path.suffix.lower() == ".csv":
            _check_text_file(path, text)
    for path, sheets in built.items():
        if isinstance(sheets, str):
            continue
        if not path.exists():
            continue
        for title, rows in sheets.items():
            try:
                plan = plan_import(path, sheet=title)
            except ImportFileError:
                continue
            if plan.location is not None:
                check_every_number(plan, title, [list(row) for row in rows])


def _check_text_file(path: Path, text: str) -> None:
    """The CSV check: the rows as the test wrote them, split by the delimiter the plan read
    them with (after Excel's `sep=` line, which is no row)."""
    try:
        plan = plan_import(path)
    except ImportFileError:
        return
    if plan.location is None or plan.text_format is None or plan.sheet is None:
        return
    lines = text.splitlines()
    if lines and lines[0].strip().lower().startswith("sep="):
        lines = lines[1:]
    rows: Rows = [list(r) for r in csv.reader(lines, delimiter=plan.text_format.delimiter)]
    check_every_number(plan, plan.sheet, rows)


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """`workbooks.write_xlsx` into tmp_path: {sheet: rows}, `setup(workbook)` may style or
    merge cells."""

    def build(
        sheets: Sheets,
        name: str = "book.xlsx",
        setup: Callable[[openpyxl.Workbook], None] | None = None,
    ) -> Path:
        return workbooks.write_xlsx(tmp_path / name, sheets, setup)

    return build


@pytest.fixture
def write_text(tmp_path: Path) -> Callable[[str, str, str], Path]:
    """`workbooks.write_text` into tmp_path: `text` encoded as `encoding`, called `name`."""

    def write(text: str, encoding: str, name: str = "data.csv") -> Path:
        return workbooks.write_text(tmp_path / name, text, encoding)

    return write
