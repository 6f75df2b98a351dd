"""The one way tests write the spreadsheets and CSV files they import: rows from A1 in code,
into the test's own folder (an .ods from the content.xml the test writes).

A sheet is a list of rows; a cell is a value as openpyxl stores it (a number, a text, a
date, None for empty, a text starting with "=" for a formula), or `Styled` for a value the
owner sees through a number format (`12,5 %`, `1 000 лв.`, `Jan 2025`). What rows cannot say
(merged cells, a chart sheet) a test does in `setup(book)`.

Every file written here is told to the `watching` callbacks, so a check can walk every
workbook a folder of tests builds (tests/io/conftest.py proves each of their numbers is
imported or named).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import openpyxl

Rows = Sequence[Sequence[object]]
Sheets = dict[str, Rows]
Watcher = Callable[[Path, Sheets | str], None]

_watchers: list[Watcher] = []


@dataclass(frozen=True)
class Styled:
    """A cell value shown through a number format, as a spreadsheet stores it."""

    value: object
    number_format: str


@contextmanager
def watching(watcher: Watcher) -> Iterator[None]:
    """Call `watcher(path, sheets)` for each workbook and `watcher(path, text)` for each text
    file written while the block runs."""
    _watchers.append(watcher)
    try:
        yield
    finally:
        _watchers.remove(watcher)


def write_xlsx(
    path: Path,
    sheets: Sheets | Rows,
    setup: Callable[[openpyxl.Workbook], None] | None = None,
) -> Path:
    """An .xlsx (or .xlsm) by openpyxl with one sheet per entry of `sheets`, in order; bare
    rows make one sheet called "Sheet"."""
    named: Sheets = sheets if isinstance(sheets, dict) else {"Sheet": sheets}
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in named.items():
        sheet = book.create_sheet(title)
        for row_number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                if isinstance(value, Styled):
                    cell = sheet.cell(row_number, column, value.value)
                    cell.number_format = value.number_format
                elif value is not None:
                    sheet.cell(row_number, column, value)
    if setup is not None:
        setup(book)
    book.save(path)
    _tell(path, named)
    return path


def merged(*ranges: str) -> Callable[[openpyxl.Workbook], None]:
    """A `setup` that merges `ranges` ("B1:C1") on the first sheet, as an owner merges a
    month over its plan and actual columns."""

    def merge(book: openpyxl.Workbook) -> None:
        for cells in ranges:
            book.worksheets[0].merge_cells(cells)

    return merge


def write_csv(path: Path, rows: Rows, delimiter: str = ";", encoding: str = "utf-8") -> Path:
    """A CSV file of `rows` (None is an empty field), quoted the way Python's csv module
    quotes."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    for row in rows:
        writer.writerow(["" if value is None else str(value) for value in row])
    return write_text(path, buffer.getvalue(), encoding)


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """A text file (a CSV as an owner's program wrote it) exactly as given, in `encoding`."""
    path.write_bytes(text.encode(encoding))
    _tell(path, text)
    return path


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def write_ods(path: Path, content: str, manifest: str = ODS_MANIFEST) -> Path:
    """An .ods package around `content` (its content.xml), packed as LibreOffice packs one:
    the mimetype first and stored, the rest deflated. No library in the stack writes ODS, so
    a test writes the XML it means (repeated cells, paragraphs, number types) itself."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def _tell(path: Path, content: Sheets | str) -> None:
    for watcher in list(_watchers):
        watcher(path, content)
