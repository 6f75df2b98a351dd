"""The tooltip of a data-entry cell (in the grid model's translation context), with the same
month last year beside the figure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard, UnknownKpiError
from kpidesk.domain.segments import Segment
from kpidesk.domain.year_on_year import month_on_last_year, percent_change
from kpidesk.ui.dashboard.last_year import signed_percent
from kpidesk.ui.data_entry.cells import Cell
from kpidesk.ui.formatting import format_month, format_value
from kpidesk.ui.lev_mark import entered_as
from kpidesk.ui.status_style import status_look
from kpidesk.ui.typed_value import as_typed


def cell_tooltip(
    kpi: KpiDefinition,
    cell: Cell,
    month: Month,
    card: Scorecard | None = None,
    segment: Segment | None = None,
) -> str:
    """What a grid cell's tooltip says: the figure in full, how it was entered, its target,
    the same month last year in `card` (the business's, or `segment`'s own) and the change
    to it, its formula or the segments its total covers, its note."""
    lines = [f"{kpi.name} — {format_month(month, long=True)}"]
    if cell.value is not None:
        lines.append(f"{format_value(kpi, cell.value)} · {status_look(cell.status).label}")
        if cell.converted:
            lines.append(entered_as(kpi, cell.value))
        else:
            typed = as_typed(kpi, cell.value)
            if typed:
                lines.append(typed)
    if cell.target is not None:
        lines.append(
            QCoreApplication.translate("GridModel", "Target: {target}").format(
                target=format_value(kpi, cell.target)
            )
        )
    if card is not None and (before := _last_year(kpi, cell, month, card, segment)):
        lines.append(before)
    if kpi.is_formula:
        lines.append(
            QCoreApplication.translate("GridModel", "Computed: {formula}").format(
                formula=kpi.formula
            )
        )
    if cell.derived:
        covered, expected = cell.coverage
        lines.append(
            QCoreApplication.translate(
                "GridModel", "Total of {covered} of {expected} segments"
            ).format(covered=covered, expected=expected)
        )
        lines.append(
            QCoreApplication.translate("GridModel", "Pick a segment above to type its figures.")
        )
    if cell.note:
        lines.append(QCoreApplication.translate("GridModel", "Note: {note}").format(note=cell.note))
    return "\n".join(lines)


def _last_year(
    kpi: KpiDefinition, cell: Cell, month: Month, card: Scorecard, segment: Segment | None
) -> str | None:
    """ "Same month last year: 1 200 € (+12.5 %)", the change from last year's figure to the
    cell's (a figure typed and not yet saved too); None without last year's figure."""
    shown = card if segment is None else card.segment_view(segment.name)
    try:
        before = month_on_last_year(shown, kpi.name, month).last_year
    except UnknownKpiError:
        return None
    if before is None:
        return None
    text = QCoreApplication.translate("GridModel", "Same month last year: {value}").format(
        value=format_value(kpi, before)
    )
    change = percent_change(cell.value, before)
    return text if change is None else f"{text} ({signed_percent(change)})"
