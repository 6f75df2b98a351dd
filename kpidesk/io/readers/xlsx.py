"""Reading .xlsx and .xlsm workbooks: python-calamine for the values, our scan for the rest.

python-calamine reads values many times faster than openpyxl, which matters for ten years of
figures; what it flattens (error cells, formulas without a saved result, percent formats) comes
from `xlsx_scan`. Sheets the scan cannot place fall back to openpyxl in read-only mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

import python_calamine as calamine

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import ImportFileError
from kpidesk.io.grid import SheetGrid, SheetInfo, Workbook
from kpidesk.io.progress import Stage
from kpidesk.io.readers.calamine_open import open_calamine
from kpidesk.io.readers.safety import ReadLimits, inspect_zip
from kpidesk.io.readers.sheet_extent import check_xlsx_extent
from kpidesk.io.readers.xlsx_parts import STYLES, WORKBOOK, WORKBOOK_RELS, read_parts
from kpidesk.io.readers.xlsx_scan import (
    ScanResult,
    currency_cells,
    scan_sheet,
    too_small_cells,
)


def _keep(name: str) -> bool:
    return name in (WORKBOOK, WORKBOOK_RELS, STYLES) or (
        name.startswith("xl/worksheets/") and name.endswith(".xml")
    )


def read_xlsx(
    path: Path,
    wanted: set[str] | None,
    limits: ReadLimits,
    stage: Stage,
    engine: str = "auto",
) -> Workbook:
    """Read the sheets named in `wanted` (all visible sheets when None).

    `engine` is `auto` (calamine with our scan, openpyxl where the scan cannot place cells) or
    `openpyxl` (for cross-checking, and as the fallback).
    """
    contents = inspect_zip(path, _keep, limits, stage.sub(0.0, 0.3))
    parts = read_parts(path, contents.kept)
    infos = [SheetInfo(sheet.name, sheet.hidden) for sheet in parts.sheets]
    chosen = [
        sheet
        for sheet in parts.sheets
        if (sheet.name in wanted if wanted is not None else not sheet.hidden)
    ]
    book = open_calamine(path, "workbook") if engine == "auto" else None
    grids: dict[str, SheetGrid] = {}
    for index, sheet in enumerate(chosen):
        data = contents.kept.get(sheet.part or "", b"")
        check_xlsx_extent(data, path, sheet.name)
        scan = scan_sheet(data, parts.percent_styles) if data else ScanResult()
        if book is None or not scan.complete:
            from kpidesk.io.readers.xlsx_openpyxl import read_sheet_openpyxl

            grid = read_sheet_openpyxl(path, sheet.name, parts.date1904)
        else:
            grid = _calamine_grid(path, book, sheet.name, scan)
        grid.hidden = sheet.hidden
        grid.date1904 = parts.date1904
        grid.currency = currency_cells(data, parts.currency_styles)
        grid.too_small = too_small_cells(data)
        grid.merged = scan.merged
        if grid.merged:
            grid.fill_merged()
        grids[sheet.name] = grid
        stage.sub(0.3, 1.0).report((index + 1) / max(len(chosen), 1))
    return Workbook(path, path.suffix.lower().lstrip(".") or "xlsx", infos, grids)


def _calamine_grid(
    path: Path, book: calamine.CalamineWorkbook, name: str, scan: ScanResult
) -> SheetGrid:
    try:
        raw = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except (calamine.CalamineError, calamine.XmlError, ValueError) as exc:
        raise ImportFileError(
            path,
            message(
                QT_TRANSLATE_NOOP("messages", "sheet '{sheet}' cannot be read ({error})"),
                sheet=name,
                error=str(exc),
            ),
        ) from None
    # calamine's fresh lists become the grid's own, whose cells may be any value (None too).
    grid = SheetGrid(name, blank_empty_strings(cast("list[list[object]]", raw)), path)
    grid.errors = scan.errors
    grid.no_result = scan.no_result
    grid.percent = scan.percent
    grid.pad_to_side_tables()
    return grid


def blank_empty_strings(rows: list[list[object]]) -> list[list[object]]:
    """The rows with calamine's "" for an empty cell turned into None."""
    return [[None if value == "" else value for value in row] for row in rows]
