"""Reading OpenDocument spreadsheets (.ods, LibreOffice's own format) through python-calamine,
after the same archive checks as xlsx."""

from __future__ import annotations

from pathlib import Path

import python_calamine as calamine

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import (
    ImportFileError,
    WrongFormatError,
)
from kpidesk.io.grid import CellRange, SheetGrid, SheetInfo, Workbook
from kpidesk.io.progress import Stage
from kpidesk.io.readers.calamine_open import open_calamine
from kpidesk.io.readers.ods_scan import OdsMarks, scan_ods
from kpidesk.io.readers.safety import ReadLimits, inspect_zip
from kpidesk.io.readers.sheet_extent import check_ods_extent

_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_KEPT = ("mimetype", "content.xml")


def is_ods(names: list[str], mimetype: bytes | None) -> bool:
    return "content.xml" in names and (mimetype is None or mimetype.strip().startswith(_MIMETYPE))


def read_ods(path: Path, wanted: set[str] | None, limits: ReadLimits, stage: Stage) -> Workbook:
    """Read the sheets named in `wanted` (all visible sheets when None)."""
    contents = inspect_zip(path, lambda name: name in _KEPT, limits, stage.sub(0.0, 0.4))
    if "META-INF/manifest.xml" in contents.names and "content.xml" not in contents.names:
        raise WrongFormatError(
            path, message(QT_TRANSLATE_NOOP("messages", "the archive is not a spreadsheet"))
        )
    content = contents.kept.get("content.xml", b"")
    check_ods_extent(content, path)
    marks = scan_ods(content, path)
    book = open_calamine(path, "spreadsheet")
    metadata = book.sheets_metadata
    infos = [
        SheetInfo(meta.name, meta.visible != calamine.SheetVisibleEnum.Visible) for meta in metadata
    ]
    chosen = [i for i in infos if (i.name in wanted if wanted is not None else not i.hidden)]
    grids: dict[str, SheetGrid] = {}
    for index, info in enumerate(chosen):
        try:
            sheet = book.get_sheet_by_name(info.name)
            raw = sheet.to_python(skip_empty_area=False)
            merges = sheet.merged_cell_ranges or []
        except (calamine.CalamineError, calamine.XmlError, ValueError) as exc:
            raise ImportFileError(
                path,
                message(
                    QT_TRANSLATE_NOOP("messages", "sheet '{sheet}' cannot be read ({error})"),
                    sheet=info.name,
                    error=str(exc),
                ),
            ) from None
        rows: list[list[object]] = [
            [None if value == "" else value for value in row] for row in raw
        ]
        grid = SheetGrid(info.name, rows, path, hidden=info.hidden)
        _apply_marks(grid, marks.get(info.name))
        grid.merged = [CellRange(a[0], a[1], b[0], b[1]) for a, b in merges]
        grid.fill_merged()
        grids[info.name] = grid
        stage.sub(0.4, 1.0).report((index + 1) / max(len(chosen), 1))
    return Workbook(path, "ods", infos, grids)


def _apply_marks(grid: SheetGrid, marks: OdsMarks | None) -> None:
    """Percent, currency, error and unsaved-formula cells from the scan. calamine gives an
    error cell as 0 and an unsaved formula as nothing; both become empty values beside their
    marks, as in an xlsx grid, so no reading of the grid can take the 0 for a figure."""
    if marks is None:
        return
    grid.percent = marks.percent
    grid.errors = marks.errors
    grid.no_result = marks.no_result
    grid.currency = marks.currency
    grid.too_small = marks.too_small
    for row, col in (*marks.errors, *marks.no_result):
        if row < len(grid.rows) and col < len(grid.rows[row]):
            grid.rows[row][col] = None
    grid.pad_to_side_tables()
