"""Excel export: a long data sheet, a wide sheet per fiscal year, the targets and the KPIs.

Numbers are numeric cells and months are real dates (shown `yyyy-mm`), so the owner can go on
calculating with them. Text is always written as text: a KPI name or note that begins with
`= + - @` never becomes a formula.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kpidesk.domain.month import Month
from kpidesk.domain.rows import value_target_rows
from kpidesk.domain.scorecard import Scorecard

MONTH_FORMAT = "yyyy-mm"


def month_date(month: Month) -> date:
    return date(month.year, month.month, 1)


def write_xlsx(scorecard: Scorecard, path: Path) -> int:
    """Write the workbook; returns the number of data rows."""
    book = Workbook(write_only=True)
    rows = value_target_rows(scorecard)
    data = book.create_sheet("Data")
    _header(data, ["KPI", "Month", "Value", "Target", "Unit", "Note"])
    for row in rows:
        kpi = scorecard.kpi(row.kpi)
        data.append(
            [
                _text(data, row.kpi),
                _month(data, row.month),
                row.value,
                row.target,
                _text(data, kpi.unit_label()),
                _text(data, scorecard.note(row.kpi, row.month)),
            ]
        )
    for year in sorted({r.month.fiscal_year(scorecard.fiscal_start) for r in rows}):
        _wide_sheet(book, scorecard, year)
    _targets_sheet(book, scorecard)
    _kpis_sheet(book, scorecard)
    book.save(path)
    return len(rows)


def _wide_sheet(book: Workbook, scorecard: Scorecard, year: int) -> None:
    sheet = book.create_sheet(str(year))
    months = Month(year, scorecard.fiscal_start).fiscal_months(scorecard.fiscal_start)
    sheet.append([_bold(sheet, "KPI"), _bold(sheet, "Unit"), *(_month(sheet, m) for m in months)])
    for kpi in scorecard.kpis:
        values = scorecard.series(kpi.name, months)
        if any(v is not None for v in values):
            sheet.append([_text(sheet, kpi.name), _text(sheet, kpi.unit_label()), *values])


def _targets_sheet(book: Workbook, scorecard: Scorecard) -> None:
    sheet = book.create_sheet("Targets")
    _header(sheet, ["KPI", "Kind", "From", "Value", "Spread", "Note", "Set at"])
    for kpi in scorecard.kpis:
        for change in scorecard.target_changes_of(kpi.name):
            sheet.append(
                [
                    _text(sheet, kpi.name),
                    change.kind.value,
                    _month(sheet, change.first_month),
                    change.value,
                    change.spread.value if change.spread else None,
                    _text(sheet, change.note),
                    change.set_at,
                ]
            )


def _kpis_sheet(book: Workbook, scorecard: Scorecard) -> None:
    sheet = book.create_sheet("KPIs")
    columns = [
        "Name",
        "Unit",
        "Currency",
        "Duration unit",
        "Direction",
        "Aggregation",
        "Category",
        "Decimals",
        "Tolerance %",
        "Benchmark",
        "Formula",
        "Archived",
    ]
    _header(sheet, columns)
    for kpi in scorecard.kpis:
        sheet.append(
            [
                _text(sheet, kpi.name),
                kpi.unit.value,
                kpi.currency,
                kpi.duration_unit,
                kpi.direction.value,
                kpi.aggregation.value,
                kpi.category.value,
                kpi.decimals,
                kpi.tolerance,
                kpi.benchmark,
                _text(sheet, kpi.formula or ""),
                kpi.archived,
            ]
        )


def _header(sheet: WriteOnlyWorksheet, titles: list[str]) -> None:
    sheet.append([_bold(sheet, title) for title in titles])


def _bold(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = _text(sheet, text)
    cell.font = Font(bold=True)
    return cell


def _text(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    """A cell that holds `text` as a string, whatever character it starts with."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def _month(sheet: WriteOnlyWorksheet, month: Month) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=month_date(month))
    cell.number_format = MONTH_FORMAT
    return cell
