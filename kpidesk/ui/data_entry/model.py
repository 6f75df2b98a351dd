"""The data-entry grid's model: the active KPIs down, the twelve months of a fiscal year across.

It reads the snapshot's Scorecard (formula KPIs computed, tints from `month_status`) and turns
an edit into one undoable store write. A refreshed snapshot updates cells with `dataChanged`
instead of a reset, so a background reload never closes the editor the owner is typing in.
Each write carries the figures the grid showed in its cells; when another desktop changed one
of them since, the write is refused whole and `staleRefused` lets the owner choose.

The grid shows the business total or one segment. A segment shows the KPIs its set tracks,
with its own figures: the others have no figures of that segment to type. In the total, a
KPI tracked by a set shows the total its segments make, read-only where any segment has a
figure that month (typing over it would be thrown away by the derivation); where none has,
the total can be typed as before, so months from before the split stay editable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.money import display_currency
from kpidesk.domain.month import Month, fiscal_year_months
from kpidesk.domain.numbers import NumberParseError
from kpidesk.domain.plain_numbers import same_figure
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.segments import Segment
from kpidesk.domain.typed_numbers import parse_user_number
from kpidesk.store.figures import CellWrite
from kpidesk.store.models import TOTAL_SEGMENT
from kpidesk.ui.commands import write_cells_command
from kpidesk.ui.data_entry.cell_tooltip import cell_tooltip
from kpidesk.ui.data_entry.cells import Cell, CellKey, StaleWrite, cell_key, cell_of, total_cell
from kpidesk.ui.formatting import format_month, format_number, format_value, short_month_name
from kpidesk.ui.language import decimal_mark
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState
from kpidesk.ui.status_style import status_look
from kpidesk.ui.typed_value import edit_text
from kpidesk.usecases.stale_figures import StaleFigure

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
LEV_ROLE = Qt.ItemDataRole.UserRole + 4
"""True for a figure entered in leva and shown in euro: the delegate draws its corner mark."""
_COMPUTED = QColor("#555b66")


def parse_cell_text(text: str) -> float | None:
    """A typed or pasted figure in the interface locale; None clears. Raises NumberParseError."""
    return parse_user_number(text, decimal_mark(), QLocale().groupSeparator())


def _unchanged(typed: float | None, stored: float | None) -> bool:
    """The editor opens at 12 significant digits; confirming it as it opened is no change."""
    if typed is None or stored is None:
        return typed is stored
    return same_figure(typed, stored)


class GridModel(QAbstractTableModel):
    inputRefused = Signal(str)
    """A typed or pasted text was not saved; the text says why."""
    edited = Signal()
    """Figures were changed and are being saved."""
    staleRefused = Signal(object)
    """A StaleWrite: another desktop changed cells of a step since the grid showed them."""
    unsaved = Signal(object, str)
    """A step that failed for the database (a server gone, a full disk), with why: the view
    keeps it so the owner can write it again with one click, not type it again."""

    def __init__(self, state: AppState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self.year = 0
        self._scorecard: Scorecard | None = None
        """The scorecard last loaded: the tooltips' last-year figures come from it."""
        self.kpis: list[KpiDefinition] = []
        self.months: list[Month] = []
        self._cells: list[list[Cell]] = []
        self._fiscal_start = 1
        self._row_of_id: dict[int, int] = {}
        self._kpi_ids: Mapping[str, int] = {}
        self.segment: Segment | None = None
        """The segment shown, None for the business total."""
        self._segment_id = TOTAL_SEGMENT
        self._pending: dict[CellKey, tuple[int, CellWrite]] = {}
        """Figures typed and not yet saved, with the step that saves them: shown over any
        snapshot that arrives before they land."""
        self._steps = 0

    # --- loading ------------------------------------------------------------------------
    def load(
        self,
        scorecard: Scorecard,
        year: int,
        kpi_ids: Mapping[str, int] | None = None,
        segment: Segment | None = None,
        segment_id: int = TOTAL_SEGMENT,
    ) -> None:
        """Show fiscal year `year` of the business total or of `segment` (store id
        `segment_id`); a reset only when the rows, months or segment change. `kpi_ids` are
        the store ids of the scorecard's KPIs (by default the state's snapshot's)."""
        shown = scorecard if segment is None else scorecard.segment_view(segment.name)
        kpis = shown.active_kpis()
        months = fiscal_year_months(year, scorecard.fiscal_start)
        if segment is None:
            cells = [[total_cell(scorecard, kpi, m) for m in months] for kpi in kpis]
        else:
            cells = [[cell_of(shown, kpi, m) for m in months] for kpi in kpis]
        same_segment = segment_id == self._segment_id
        self.segment, self._segment_id = segment, segment_id
        self._scorecard = scorecard
        ids = self._kpi_ids = self.state.snapshot.kpi_ids if kpi_ids is None else kpi_ids
        self._row_of_id = {ids[kpi.key]: row for row, kpi in enumerate(kpis) if kpi.key in ids}
        for _, write in self._pending.values():
            place = self._place(write, months)
            if place is not None:
                row, column = place
                cells[row][column] = _typed(cells[row][column], write)
        same_shape = (
            same_segment
            and [k.key for k in kpis] == [k.key for k in self.kpis]
            and months == self.months
        )
        if same_shape:
            self.kpis, self._cells = kpis, cells
            if kpis:
                last = self.index(len(kpis) - 1, len(months) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, len(kpis) - 1))
            return
        self.beginResetModel()
        self.year, self.kpis, self.months, self._cells = year, kpis, months, cells
        self._fiscal_start = scorecard.fiscal_start
        self.endResetModel()

    def editable(self, row: int, column: int) -> bool:
        """Whether the cell takes a typed figure: not computed, not a derived total."""
        return not self.kpis[row].is_formula and not self._cells[row][column].derived

    def cell(self, row: int, column: int) -> Cell:
        return self._cells[row][column]

    def kpis_by_id(self) -> dict[int, KpiDefinition]:
        """The rows' KPIs by store id."""
        return {self._kpi_ids[k.key]: k for k in self.kpis if k.key in self._kpi_ids}

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kpis)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            month = self.months[section]
            if role == Qt.ItemDataRole.DisplayRole:
                name = short_month_name(month.month)
                return name if self._fiscal_start == 1 else f"{name} {month.year % 100:02d}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return format_month(month, long=True)
            return None
        kpi = self.kpis[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _row_label(kpi)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [_row_label(kpi)]
            if kpi.is_formula:
                lines.append(
                    QCoreApplication.translate("GridModel", "Computed: {formula}").format(
                        formula=kpi.formula
                    )
                )
            elif kpi.description:
                lines.append(kpi.description)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and kpi.is_formula:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        kpi = self.kpis[index.row()]
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(cell.value, kpi.decimals)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(cell.value)
        if role == VALUE_ROLE:
            return cell.value
        if role == NOTE_ROLE:
            return cell.note
        if role == LEV_ROLE:
            return cell.converted and cell.value is not None
        if role == STATUS_ROLE:
            return cell.status
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and cell.value is not None:
            return status_look(cell.status).tint
        if role == Qt.ItemDataRole.ForegroundRole and (kpi.is_formula or cell.derived):
            return _COMPUTED
        if role == Qt.ItemDataRole.FontRole and (kpi.is_formula or cell.derived):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            month = self.months[index.column()]
            return cell_tooltip(kpi, cell, month, self._scorecard, self.segment)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(kpi, cell)
        return None

    # --- editing ------------------------------------------------------------------------
    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        """Typed text: parse it for the locale, refuse it with the reason, or save it."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        try:
            number = parse_cell_text(str(value))
        except NumberParseError as error:
            self.inputRefused.emit(error_text(error))
            return False
        if _unchanged(number, self._cells[index.row()][index.column()].value):
            return False
        kpi = self.kpis[index.row()]
        month = self.months[index.column()]
        text = QCoreApplication.translate("GridModel", "Set {kpi} for {month}").format(
            kpi=self.row_name(kpi), month=format_month(month)
        )
        if number is None:
            text = QCoreApplication.translate("GridModel", "Clear {kpi} for {month}").format(
                kpi=self.row_name(kpi), month=format_month(month)
            )
        self.apply(text, [self.write_for(index.row(), index.column(), number)])
        return True

    def row_name(self, kpi: KpiDefinition) -> str:
        """The KPI as the undo steps name it: with the segment, when one is shown."""
        if self.segment is None:
            return kpi.name
        return QCoreApplication.translate("GridModel", "{kpi} of {segment}").format(
            kpi=kpi.name, segment=self.segment.name
        )

    def write_for(
        self, row: int, column: int, value: float | None, note: str | None = None
    ) -> CellWrite:
        """The store write for one cell; figures are typed in the currency they are shown in."""
        kpi = self.kpis[row]
        return CellWrite(
            self._kpi_ids[kpi.key],
            self.months[column],
            value,
            note,
            display_currency(kpi.currency),
            self._segment_id,
        )

    def apply(
        self,
        text: str,
        writes: list[CellWrite],
        expected: dict[CellKey, float | None] | None = None,
    ) -> None:
        """Show the new figures at once, then save them as one step on the undo stack; they
        stay shown until that step's write landed (or failed, when the snapshot shows what
        the workspace holds). The step expects the cells to hold what the grid shows in them
        now, or `expected`."""
        if expected is None:
            expected = {cell_key(w): self._shown(w) for w in writes}
        self._steps += 1
        step = self._steps
        for write in writes:
            self._pending[cell_key(write)] = (step, write)
            self._show_pending(write)
        self.edited.emit()
        command = write_cells_command(
            self.state,
            text,
            writes,
            expected=expected,
            settled=lambda: self._settled(step, writes),
            refused=lambda error: self._refused(text, writes, expected, error),
        )
        self.state.undo_stack.push(command)

    def again(self, stale: StaleWrite, mine: bool) -> None:
        """The owner's answer to a stale step: write it again over the other desktop's
        figures (`mine`), or keep theirs and write the rest of the step."""
        writes, expected = stale.again(mine)
        if writes:
            self.apply(stale.text, writes, expected)

    def _refused(
        self,
        text: str,
        writes: list[CellWrite],
        expected: dict[CellKey, float | None],
        error: Exception,
    ) -> None:
        if isinstance(error, StaleFigure):
            self.staleRefused.emit(StaleWrite(text, writes, expected, error.cells))
        else:
            self.unsaved.emit(StaleWrite(text, writes, expected, []), error_text(error))

    def _shown(self, write: CellWrite) -> float | None:
        """The figure the grid shows in the write's cell (the one typed, while it is saved)."""
        place = self._place(write, self.months)
        if place is None:
            return None
        row, column = place
        return self._cells[row][column].value

    def _settled(self, step: int, writes: list[CellWrite]) -> None:
        for write in writes:
            key = cell_key(write)
            if self._pending.get(key, (0, None))[0] == step:
                del self._pending[key]

    def _place(self, write: CellWrite, months: list[Month]) -> tuple[int, int] | None:
        row = self._row_of_id.get(write.kpi_id)
        if row is None or write.month not in months or write.segment_id != self._segment_id:
            return None
        return row, months.index(write.month)

    def _show_pending(self, write: CellWrite) -> None:
        place = self._place(write, self.months)
        if place is None:
            return
        row, column = place
        self._cells[row][column] = _typed(self._cells[row][column], write)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)


def _row_label(kpi: KpiDefinition) -> str:
    """The KPI's name with its unit, `Revenue (€)`: the row header and its tooltip's first line."""
    suffix = format_value(kpi, 0.0).partition("\u00a0")[2]
    return f"{kpi.name} ({suffix})" if suffix else kpi.name


def _typed(old: Cell, write: CellWrite) -> Cell:
    """A cell as just typed, before the store has it (its status and tint come then)."""
    note = old.note if write.note is None else write.note
    return Cell(write.value, old.status, note, old.target)


def _spoken(kpi: KpiDefinition, cell: Cell) -> str:
    """What a screen reader says for a cell: the figure with its unit, its status (the tint
    a sighted owner sees) and whether it has a note (the corner mark)."""
    if cell.value is None:
        return QCoreApplication.translate("GridModel", "empty")
    parts = [format_value(kpi, cell.value), status_look(cell.status).label]
    if cell.note:
        parts.append(QCoreApplication.translate("GridModel", "has a note"))
    return ", ".join(parts)
