"""The cells of kpidesk's workbook export: text kept as text, months as dates, money in a
format that names its currency.

XML 1.0 cannot carry most control characters (openpyxl refuses them), and a carriage return
comes back as a line feed. The workbook format's own escape, `_xHHHH_`, carries each of them,
and Excel, LibreOffice and calamine decode it when reading; a literal `_x0041_` in the text is
itself escaped (`_x005F_x0041_`) so it comes back as written. A text of blanks only is
escaped whole: written plainly, readers take it for an empty cell.
"""

from __future__ import annotations

import re
from datetime import date

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.money import display_currency
from kpidesk.domain.month import Month

MONTH_FORMAT = "yyyy-mm"
_MONEY_SIGNS = {
    "EUR": "[$€-x-euro2]",
    "BGN": '"лв."',
    "USD": "[$$-409]",
    "GBP": "[$£-809]",
}
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def xlsx_text(text: str) -> str:
    """`text` with every character XML cannot hold written as `_xHHHH_`; text that is only
    spaces, tabs or line breaks entirely so, since readers drop it as blank otherwise."""
    if text and not text.strip():
        return "".join(f"_x{ord(char):04X}_" for char in text)
    return _NEEDS_ESCAPE.sub(lambda match: f"_x{ord(match.group()):04X}_", text)


def month_date(month: Month) -> date:
    return date(month.year, month.month, 1)


def header(sheet: WriteOnlyWorksheet, titles: list[str] | tuple[str, ...]) -> None:
    sheet.append([bold_cell(sheet, title) for title in titles])


def bold_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    cell = text_cell(sheet, text)
    cell.font = Font(bold=True)
    return cell


def text_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """A cell that holds `text` as a string, whatever character it starts with or holds."""
    cell = WriteOnlyCell(sheet, value=xlsx_text(text))
    cell.data_type = "s"
    return cell


def month_cell(sheet: WriteOnlyWorksheet, month: Month) -> Cell:
    # openpyxl writes a date as it does a datetime; its stubs name only the datetime.
    cell = WriteOnlyCell(sheet, value=month_date(month))  # type: ignore[arg-type]
    cell.number_format = MONTH_FORMAT
    return cell


def figure_cell(
    sheet: WriteOnlyWorksheet, kpi: KpiDefinition, value: float | None, currency: str | None = None
) -> object:
    """A money figure in a cell whose format names its currency: `currency`, else the one
    the KPI is shown in (euro for a lev KPI); other figures as plain numbers."""
    if value is None or kpi.unit is not Unit.CURRENCY:
        return value
    currency = currency or display_currency(kpi.currency) or ""
    places = "." + "0" * kpi.decimals if kpi.decimals else ""
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = f"#,##0{places} {_MONEY_SIGNS.get(currency, f'[${currency}]')}"
    return cell
