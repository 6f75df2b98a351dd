"""Drawing an owner's sheet around known figures: wide, tall or long, anywhere on the sheet,
in the owner's language, month spelling and number style."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.io.owner_sheets import OwnerSheet, style_of
from tests.io.owner_tables import OwnerFigures
from tests.io.owner_tall_long import long_sheet, tall_sheet
from tests.io.owner_wide import wide_sheet

LAYOUTS = ("wide", "tall", "long")
SHEET_NAMES = ("Sheet1", "Лист1", "Leht1", "KPI")
OTHER_SHEETS = ("Notes", "Бележки", "Märkused", "Chart")
NOT_TABLES: tuple[dict[tuple[int, int], object], ...] = (
    {(0, 0): "How to fill in", (1, 0): "Type each month's figures by the 5th."},
    {(0, 0): "Версия", (0, 1): "Дата", (1, 0): "2", (1, 1): "2002-01-15 първа версия"},
    {(0, 0): "Chart data", (1, 0): "=SUM(Sheet1!B2:B9)", (1, 1): 0},
    {(0, 0): "Muudatused", (1, 0): "märts 2025", (1, 1): "uus aruanne"},
)
"""Sheets with no table of KPIs and months, as owners' workbooks have beside the one that
does: instructions, a version list, a chart's formula text with a cached 0, a change log."""
_DRAWERS = {"wide": wide_sheet, "tall": tall_sheet, "long": long_sheet}


@st.composite
def owner_sheet(
    draw: st.DrawFn, figures: OwnerFigures, layout: str | None = None, csv: bool = False
) -> OwnerSheet:
    """One sheet holding `figures` in `layout` (drawn when None)."""
    layout = layout or draw(st.sampled_from(LAYOUTS))
    style = draw(style_of(layout, csv, len(figures.months)))
    sheet = OwnerSheet(draw(st.sampled_from(SHEET_NAMES)), layout)
    draw(_DRAWERS[layout](figures, style, sheet))
    if not csv and draw(st.booleans()):
        sheet.others[draw(st.sampled_from(OTHER_SHEETS))] = draw(st.sampled_from(NOT_TABLES))
    return sheet
