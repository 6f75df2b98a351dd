"""Writing a drawn owner's sheet as .xlsx or .csv, and importing it the way `kpidesk import
FILE --create-kpis` does, into an empty workspace, then reading back what the store holds."""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from kpidesk.cli import main
from kpidesk.store.figures import load_figures
from kpidesk.store.kpis import list_kpis
from kpidesk.store.workspace import open_workspace
from tests import workbooks
from tests.io.owner_sheets import OwnerSheet
from tests.io.owner_spellings import Shown
from tests.workbooks import Styled


def write_xlsx(sheet: OwnerSheet, path: Path) -> Path:
    """The drawn sheet first, then its other sheets, through tests/workbooks: a shown number
    keeps its format, a date shows as `Jan 2025`, and a text on the other sheets that looks
    like a formula stays text (as the owner typed it, e.g. a label "=Data!A1")."""
    sheets: dict[str, list[list[object]]] = {sheet.name: [_shown(v) for v in sheet.rows()]}
    for title, cells in sheet.others.items():
        sheets[title] = _grid(cells)

    def setup(book: openpyxl.Workbook) -> None:
        for title in sheet.others:
            for row in book[title].iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.data_type = "s"
        page = book[sheet.name]
        for top, left, bottom, right in sheet.merges:
            page.merge_cells(
                start_row=top + 1, start_column=left + 1, end_row=bottom + 1, end_column=right + 1
            )

    return workbooks.write_xlsx(path, sheets, setup)


def _shown(row: list[object]) -> list[object]:
    return [
        Styled(value.value, value.number_format)
        if isinstance(value, Shown)
        else Styled(value, "mmm yyyy")
        if isinstance(value, dt.datetime)
        else value
        for value in row
    ]


def _grid(cells: dict[tuple[int, int], object]) -> list[list[object]]:
    if not cells:
        return []
    grid: list[list[object]] = [
        [None] * (max(col for _, col in cells) + 1) for _ in range(max(r for r, _ in cells) + 1)
    ]
    for (row, col), value in cells.items():
        grid[row][col] = value
    return grid


def write_csv(sheet: OwnerSheet, path: Path, delimiter: str) -> Path:
    return workbooks.write_csv(path, sheet.rows(), delimiter)


@dataclass
class Imported:
    """The outcome of one import: exit code, what it printed, what the store holds."""

    code: int
    out: str
    err: str
    figures: dict[str, dict[str, float]]
    kpis: set[str]


@functools.cache
def _empty_workspace() -> Path:
    """One new, migrated workspace, copied for each import (migrating a new file per example
    would take half the test's time)."""
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-empty-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    opened = open_workspace(folder / "new.kpidesk")
    try:
        opened.backup(folder / "empty.kpidesk")
    finally:
        opened.close()
    return folder / "empty.kpidesk"


def import_into_empty(file: Path, workspace: Path) -> Imported:
    """`kpidesk --db WORKSPACE import FILE --create-kpis` into an empty workspace, in this
    process, then what the store holds."""
    shutil.copyfile(_empty_workspace(), workspace)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(workspace), "import", str(file), "--create-kpis"])
        except SystemExit as leaving:
            code = int(leaving.code or 0)
    figures: dict[str, dict[str, float]] = {}
    opened = open_workspace(workspace)
    try:
        with opened.transaction() as session:
            names = {record.id: record.name for record in list_kpis(session)}
            for kpi_id, by_month in load_figures(session).items():
                figures[names[kpi_id]] = {
                    str(month): figure.value for month, figure in by_month.items()
                }
    finally:
        opened.close()
    return Imported(code, out.getvalue(), err.getvalue(), figures, set(names.values()))
