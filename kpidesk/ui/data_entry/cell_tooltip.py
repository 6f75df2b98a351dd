"""The tooltip of a data-entry cell (in the grid model's translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.ui.data_entry.cells import Cell
from kpidesk.ui.formatting import format_month, format_value
from kpidesk.ui.lev_mark import entered_as
from kpidesk.ui.status_style import status_look
from kpidesk.ui.typed_value import as_typed


def cell_tooltip(kpi: KpiDefinition, cell: Cell, month: Month) -> str:
    """What a grid cell's tooltip says: the figure in full, how it was entered, its target,
    its formula or the segments its total covers, its note."""
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
