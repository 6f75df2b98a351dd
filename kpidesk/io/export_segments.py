"""The workbook export's sheets for a workspace with segments: the data sheet with a
`Segment` column (the rows `segment_rows` chooses: stored segment figures and typed totals,
never a derived total) and the sets with their segments, so the import can rebuild both."""

from __future__ import annotations

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kpidesk.domain.scorecard import Scorecard
from kpidesk.io.export_columns import LIST_SEPARATOR, SEGMENT_COLUMNS, SEGMENT_DATA_COLUMNS
from kpidesk.io.segment_rows import segment_rows
from kpidesk.io.xlsx_cells import figure_cell, header, month_cell, text_cell


def segment_data_sheet(sheet: WriteOnlyWorksheet, scorecard: Scorecard) -> int:
    """Write the data rows with their segment and note; returns how many."""
    header(sheet, SEGMENT_DATA_COLUMNS)
    rows = segment_rows(scorecard)
    views: dict[str, Scorecard] = {}
    for row in rows:
        kpi = scorecard.kpi(row.kpi)
        if row.segment is None:
            note = scorecard.note(row.kpi, row.month)
        else:
            view = views.setdefault(row.segment, scorecard.segment_view(row.segment))
            note = view.note(row.kpi, row.month)
        sheet.append(
            [
                text_cell(sheet, row.kpi),
                text_cell(sheet, row.segment or ""),
                month_cell(sheet, row.month),
                figure_cell(sheet, kpi, row.value),
                figure_cell(sheet, kpi, row.target),
                text_cell(sheet, kpi.unit_label()),
                text_cell(sheet, note),
            ]
        )
    return len(rows)


def segments_sheet(sheet: WriteOnlyWorksheet, scorecard: Scorecard) -> None:
    """One row per segment, set by set in their order; archived ones too, with their
    aliases one per line."""
    header(sheet, SEGMENT_COLUMNS)
    for segment_set in scorecard.segment_sets:
        if not segment_set.segments:
            sheet.append([text_cell(sheet, segment_set.name), None, False, None])
        for segment in segment_set.segments:
            sheet.append(
                [
                    text_cell(sheet, segment_set.name),
                    text_cell(sheet, segment.name),
                    segment.archived,
                    text_cell(sheet, LIST_SEPARATOR.join(segment.aliases)),
                ]
            )
