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
_DRAWERS = {"wide": wide_sheet, "tall": tall_sheet, "long": long_sheet}


@st.composite
def owner_sheet(
    draw: st.DrawFn, figures: OwnerFigures, layout: str | None = None, csv: bool = False
) -> OwnerSheet:
    """One sheet holding `figures` in `layout` (drawn when None)."""
    layout = layout or draw(st.sampled_from(LAYOUTS))
    style = draw(style_of(layout, csv))
    sheet = OwnerSheet(draw(st.sampled_from(SHEET_NAMES)), layout)
    draw(_DRAWERS[layout](figures, style, sheet))
    return sheet
