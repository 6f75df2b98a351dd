"""The preview grid: every figure the import would write, keep or leave out, before writing.

Rows follow the sheet (by cell address), so a cell that cannot be used stands where the owner
would look for it: a "⚠ Left out" row with the KPI and month its neighbours give it and the
reason in its tooltip. Actions carry a symbol and a word, so they read without colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.month import Month
from kpidesk.io.grid import parse_address
from kpidesk.io.plan import ImportPlan, Layout, Severity
from kpidesk.ui.formatting import format_month, format_number, format_value
from kpidesk.ui.importer.converted_text import converted_text, why_converted
from kpidesk.ui.messages import translated
from kpidesk.ui.rows_model import RowsModel
from kpidesk.usecases.converted_cells import Written, converted_cells
from kpidesk.usecases.import_preview import Action, ImportPreview

COL_KPI, COL_SEGMENT, COL_MONTH, COL_OLD, COL_NEW, COL_ACTION, COL_CELL, COL_NOTE = range(8)
COLUMNS = (
    QT_TRANSLATE_NOOP("PreviewModel", "KPI"),
    QT_TRANSLATE_NOOP("PreviewModel", "Segment"),
    QT_TRANSLATE_NOOP("PreviewModel", "Month"),
    QT_TRANSLATE_NOOP("PreviewModel", "Now"),
    QT_TRANSLATE_NOOP("PreviewModel", "→ New"),
    QT_TRANSLATE_NOOP("PreviewModel", "What happens"),
    QT_TRANSLATE_NOOP("PreviewModel", "Cell"),
    QT_TRANSLATE_NOOP("PreviewModel", "Note"),
)
_NUMERIC = {COL_OLD, COL_NEW}
LEFT_OUT = "left_out"
_ACTIONS = {
    Action.NEW: ("＋", QT_TRANSLATE_NOOP("PreviewModel", "New")),
    Action.OVERWRITE: ("✎", QT_TRANSLATE_NOOP("PreviewModel", "Overwrite")),
    Action.UNCHANGED: ("＝", QT_TRANSLATE_NOOP("PreviewModel", "Unchanged")),
    Action.SKIP: ("↷", QT_TRANSLATE_NOOP("PreviewModel", "Keep current")),
    LEFT_OUT: ("⚠", QT_TRANSLATE_NOOP("PreviewModel", "Left out")),
}
_COLOURS = {
    Action.NEW: QColor("#1b5e9b"),
    Action.OVERWRITE: QColor("#b36b00"),
    Action.UNCHANGED: QColor("#6b7280"),
    Action.SKIP: QColor("#6b7280"),
    LEFT_OUT: QColor("#c0392b"),
}


@dataclass(frozen=True, slots=True)
class PreviewRow:
    kpi: str
    month: Month | None
    old: float | None
    new: float | None
    cell: str
    action: str
    reason: str = ""
    position: tuple[int, int] = (1 << 30, 0)
    """Zero-based row and column in the sheet: the rows are shown in sheet order."""
    written: Written | None = None
    """How the file writes a figure the import converts (leva, a percent-formatted fraction,
    a number as text), shown beside what it becomes."""
    segment: str | None = None
    """The segment the figure goes to; None for the business total (or a left-out cell)."""


def preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    """The preview's figures and its left-out cells, in sheet order."""
    written = {id(cell): how for cell, how in converted_cells(preview)}
    rows = [
        PreviewRow(
            c.kpi,
            c.month,
            c.old,
            c.new,
            c.cell,
            c.action,
            "",
            c.position,
            written.get(id(c)),
            c.segment,
        )
        for c in preview.cells
    ]
    where = _Neighbours(preview.plan)
    for problem in preview.problems:
        if problem.severity is Severity.CELL and problem.cell:
            label, month = where.of(problem.cell)
            kpi = (preview.labels.kpi_for(label) or label) if label else "—"
            rows.append(
                PreviewRow(
                    kpi,
                    month,
                    None,
                    None,
                    problem.cell,
                    LEFT_OUT,
                    translated(problem.message),
                    _position(problem.cell),
                )
            )
    return sorted(rows, key=lambda r: r.position)


def _position(cell: str) -> tuple[int, int]:
    try:
        return parse_address(cell)
    except ValueError:
        return (1 << 30, 0)


class _Neighbours:
    """The label and month of a cell the importer could not use, taken from the usable cells
    in the same row and column (which of the two holds the label depends on the layout)."""

    def __init__(self, plan: ImportPlan) -> None:
        self._by_row: dict[int, tuple[str, Month]] = {}
        self._by_col: dict[int, tuple[str, Month]] = {}
        self._layout = plan.layout
        for obs in plan.observations:
            self._by_row.setdefault(obs.row, (obs.label, obs.month))
            self._by_col.setdefault(obs.col, (obs.label, obs.month))

    def of(self, cell: str) -> tuple[str | None, Month | None]:
        row, col = _position(cell)
        in_row, in_col = self._by_row.get(row), self._by_col.get(col)
        if self._layout is Layout.WIDE:
            return (in_row[0] if in_row else None, in_col[1] if in_col else None)
        if self._layout is Layout.TALL:
            return (in_col[0] if in_col else None, in_row[1] if in_row else None)
        return (in_row[0], in_row[1]) if in_row else (None, None)


class PreviewModel(RowsModel[PreviewRow]):
    CONTEXT = "PreviewModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._definitions: dict[str, KpiDefinition] = {}

    def set_preview(self, rows: list[PreviewRow], definitions: dict[str, KpiDefinition]) -> None:
        self._definitions = definitions
        self.set_rows(rows)

    def clear(self) -> None:
        self.set_preview([], {})

    def count(self, action: str) -> int:
        return sum(1 for row in self._rows if row.action == action)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_ACTION, COL_NOTE):
            return _COLOURS.get(row.action)
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        if column == COL_KPI:
            return row.kpi
        if column == COL_SEGMENT:
            if row.segment is not None:
                return row.segment
            total = QCoreApplication.translate("PreviewModel", "Business total")
            return "—" if row.action == LEFT_OUT else total
        if column == COL_MONTH:
            return format_month(row.month) if row.month else "—"
        if column == COL_OLD:
            return self._value(row.kpi, row.old) if row.old is not None else "—"
        if column == COL_NEW:
            if row.new is None:
                return "—"
            definition = self._definitions.get(row.kpi)
            if row.written is not None and definition is not None:
                return converted_text(row.written, definition, row.new)
            return self._value(row.kpi, row.new)
        if column == COL_ACTION:
            symbol, word = _ACTIONS[row.action]
            return f"{symbol} {QCoreApplication.translate('PreviewModel', word)}"
        if column == COL_CELL:
            return row.cell
        if row.action == Action.SKIP:
            return QCoreApplication.translate("PreviewModel", "the figure already there is kept")
        return row.reason

    def _value(self, kpi: str, value: float) -> str:
        definition = self._definitions.get(kpi)
        if definition is None:
            return format_number(value, 2)
        return format_value(definition, value)

    def _tooltip(self, row: PreviewRow) -> str:
        definition = self._definitions.get(row.kpi)
        if row.written is None or definition is None or row.new is None:
            return self._action_tooltip(row)
        return why_converted(row.written, definition, row.new) + "\n" + self._action_tooltip(row)

    def _action_tooltip(self, row: PreviewRow) -> str:
        if row.action == LEFT_OUT:
            return QCoreApplication.translate(
                "PreviewModel", "Cell {cell} is left out: {reason}"
            ).format(cell=row.cell, reason=row.reason)
        if row.action == Action.OVERWRITE:
            return QCoreApplication.translate(
                "PreviewModel", "{old} now in kpidesk becomes {new} (cell {cell})"
            ).format(
                old=self._value(row.kpi, row.old or 0.0),
                new=self._value(row.kpi, row.new or 0.0),
                cell=row.cell,
            )
        return QCoreApplication.translate("PreviewModel", "From cell {cell}").format(cell=row.cell)
