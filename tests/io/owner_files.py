"""Writing a drawn owner's sheet as .xlsx or .csv, and importing it the way `kpidesk import
FILE --create-kpis` does, into an empty workspace, then reading back what the store holds."""

from __future__ import annotations

import atexit
import contextlib
import csv
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
from tests.io.owner_sheets import OwnerSheet
from tests.io.owner_spellings import Shown


def write_xlsx(sheet: OwnerSheet, path: Path) -> Path:
    book = openpyxl.Workbook()
    page = book.active
    page.title = sheet.name
    for (row, col), value in sheet.cells.items():
        if isinstance(value, Shown):
            page.cell(row + 1, col + 1, value.value).number_format = value.number_format
            continue
        cell = page.cell(row + 1, col + 1, value)
        if isinstance(value, dt.datetime):
            cell.number_format = "mmm yyyy"
    for title, cells in sheet.others.items():
        other = book.create_sheet(title)
        for (row, col), value in cells.items():
            cell = other.cell(row + 1, col + 1, value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
    for top, left, bottom, right in sheet.merges:
        page.merge_cells(
            start_row=top + 1, start_column=left + 1, end_row=bottom + 1, end_column=right + 1
        )
    book.save(path)
    return path


def write_csv(sheet: OwnerSheet, path: Path, delimiter: str) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in sheet.rows():
            writer.writerow(["" if value is None else str(value) for value in row])
    return path


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
