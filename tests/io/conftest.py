"""Workbook builders shared by the io tests; every file is made in code, in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """Build an xlsx from {sheet: rows}; `setup(workbook)` may style or merge cells."""

    def build(
        sheets: dict[str, list[list[object]]],
        name: str = "book.xlsx",
        setup: Callable[[openpyxl.Workbook], None] | None = None,
    ) -> Path:
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, rows in sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
        if setup is not None:
            setup(book)
        path = tmp_path / name
        book.save(path)
        return path

    return build


@pytest.fixture
def write_text(tmp_path: Path) -> Callable[[str, str, str], Path]:
    """Write `text` encoded as `encoding` to a file called `name`."""

    def write(text: str, encoding: str, name: str = "data.csv") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
