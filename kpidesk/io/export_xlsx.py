"""Excel export: a long data sheet, a wide sheet per fiscal year, the target history and the
KPI definitions.

Numbers are numeric cells and months are real dates (shown `yyyy-mm`), so the owner can go on
calculating with them; money is in the currency it is shown in (a lev KPI's in euro) and its
cells say so in their number format, which LibreOffice and Excel keep when they save the file
again. Text is always written as text (`kpidesk.io.xlsx_cells`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kpidesk.domain.month import Month
from kpidesk.domain.rows import ValueTargetRow, value_target_rows
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import PastDecision
from kpidesk.io.export_columns import (
    DATA_COLUMNS,
    DATA_SHEET,
    KPI_SHEET,
    SEGMENT_SHEET,
    TARGET_SHEET,
)
from kpidesk.io.export_definitions import SegmentHistory, kpis_sheet, targets_sheet
from kpidesk.io.export_segments import segment_data_sheet, segments_sheet
from kpidesk.io.xlsx_cells import bold_cell, figure_cell, header, month_cell, text_cell


def write_xlsx(
    scorecard: Scorecard,
    path: Path,
    history: Mapping[str, Sequence[PastDecision]] | None = None,
    segment_history: SegmentHistory | None = None,
) -> int:
    """Write the workbook; returns the number of data rows. `history` is every target
    decision by KPI name key, retracted ones included (`segment_history` the segments'),
    without it, the decisions in force. A workspace with segments gets a segment column in
    its data and target sheets and a sheet of its segments."""
    book = Workbook(write_only=True)
    rows = value_target_rows(scorecard)
    data = book.create_sheet(DATA_SHEET)
    segmented = bool(scorecard.segment_sets)
    count = segment_data_sheet(data, scorecard) if segmented else _data_sheet(data, scorecard, rows)
    for year in sorted({r.month.fiscal_year(scorecard.fiscal_start) for r in rows}):
        _wide_sheet(book, scorecard, year)
    targets_sheet(book.create_sheet(TARGET_SHEET), scorecard, history, segment_history)
    kpis_sheet(book.create_sheet(KPI_SHEET), scorecard)
    if segmented:
        segments_sheet(book.create_sheet(SEGMENT_SHEET), scorecard)
    book.save(path)
    return count


def _data_sheet(data: WriteOnlyWorksheet, scorecard: Scorecard, rows: list[ValueTargetRow]) -> int:
    header(data, DATA_COLUMNS)
    for row in rows:
        kpi = scorecard.kpi(row.kpi)
        data.append(
            [
                text_cell(data, row.kpi),
                month_cell(data, row.month),
                figure_cell(data, kpi, row.value),
                figure_cell(data, kpi, row.target),
                text_cell(data, kpi.unit_label()),
                text_cell(data, scorecard.note(row.kpi, row.month)),
            ]
        )
    return len(rows)


def _wide_sheet(book: Workbook, scorecard: Scorecard, year: int) -> None:
    sheet = book.create_sheet(str(year))
    months = Month(year, scorecard.fiscal_start).fiscal_months(scorecard.fiscal_start)
    sheet.append(
        [bold_cell(sheet, "KPI"), bold_cell(sheet, "Unit"), *(month_cell(sheet, m) for m in months)]
    )
    for kpi in scorecard.kpis:
        values = scorecard.series(kpi.name, months)
        if any(v is not None for v in values):
            sheet.append(
                [
                    text_cell(sheet, kpi.name),
                    text_cell(sheet, kpi.unit_label()),
                    *(figure_cell(sheet, kpi, value) for value in values),
                ]
            )
