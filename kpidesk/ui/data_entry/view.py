"""Data entry: a spreadsheet-like grid of one fiscal year, with a year picker.

Typing saves at once (one transaction, one undo step); Enter moves down; Delete clears (missing,
not zero); a pasted block is checked as a whole and applied as one step or refused with the
first problems listed. Refusals show in a line between the year picker and the grid (see
`message_bar`), and nothing is saved then.

A snapshot that arrives while a cell's editor is open (another desktop wrote) waits until the
editor closes: the typed text stays as it is, and lands expecting the figures the owner saw.
A write refused because another desktop changed its cells since asks which figures to keep.

Above the grid, when the workspace has segments, a picker chooses whose figures it shows: the
business total, or one reporting segment of a set (listed under the set's name).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.kpi import name_key
from kpidesk.domain.month import Month
from kpidesk.domain.segments import Segment
from kpidesk.store.loading import Snapshot
from kpidesk.ui.contrast import hint_label
from kpidesk.ui.data_entry.clipboard import parse_tsv, to_tsv
from kpidesk.ui.data_entry.delegate import GridDelegate
from kpidesk.ui.data_entry.grid_table import GridTable
from kpidesk.ui.data_entry.history_dialog import CellHistoryDialog
from kpidesk.ui.data_entry.message_bar import MessageBar
from kpidesk.ui.data_entry.model import GridModel, StaleWrite
from kpidesk.ui.data_entry.paste_block import block_writes
from kpidesk.ui.data_entry.segment_picker import SegmentPicker
from kpidesk.ui.data_entry.stale_dialog import StaleDialog
from kpidesk.ui.focus import set_first_focus
from kpidesk.ui.formatting import format_month
from kpidesk.ui.header_fit import ElidingHeader
from kpidesk.ui.state import AppState

_MAX_LISTED = 3


class DataEntryView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = GridModel(state, self)
        self._snapshot = state.snapshot
        """The snapshot the grid shows."""
        self._waiting: Snapshot | None = None
        """A newer snapshot that arrived while an editor was open, shown when it closes."""
        self._build()
        self.model.inputRefused.connect(self.show_refusal)
        self.model.staleRefused.connect(self.ask_stale)
        self.model.unsaved.connect(self.keep_unsaved)
        self.model.edited.connect(self.bar.pass_on)
        self.delegate.inputRefused.connect(self.show_refusal)
        state.errorRaised.connect(self.show_refusal)
        state.snapshotChanged.connect(self._on_snapshot)
        self._on_snapshot(state.snapshot)

    def _build(self) -> None:
        self.year_box = QComboBox()
        self.year_box.setMinimumContentsLength(9)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        previous, following = QToolButton(), QToolButton()
        previous.setArrowType(Qt.ArrowType.LeftArrow)
        following.setArrowType(Qt.ArrowType.RightArrow)
        previous.setToolTip(self.tr("Previous year"))
        following.setToolTip(self.tr("Next year"))
        previous.setAccessibleName(previous.toolTip())  # an arrow alone says nothing aloud
        following.setAccessibleName(following.toolTip())
        previous.clicked.connect(lambda: self._step_year(-1))
        following.clicked.connect(lambda: self._step_year(1))
        self.hint = hint = hint_label(
            self.tr(
                "Type a figure and press Enter. Delete clears. Right-click for notes and history."
            )
        )
        top = QHBoxLayout()
        year_label = QLabel(self.tr("Fiscal year:"))
        year_label.setBuddy(self.year_box)
        top.addWidget(year_label)
        top.addWidget(previous)
        top.addWidget(self.year_box)
        top.addWidget(following)
        self.segment_label = QLabel(self.tr("Figures of:"))
        self.segment_box = SegmentPicker()
        self.segment_label.setBuddy(self.segment_box)
        self.segment_box.currentIndexChanged.connect(self._segment_chosen)
        top.addSpacing(16)
        top.addWidget(self.segment_label)
        top.addWidget(self.segment_box)
        top.addSpacing(16)
        top.addWidget(hint, 1)

        self.bar = MessageBar()
        self.bar.retry.connect(lambda step: self.model.apply(step.text, step.writes, step.expected))
        self.message, self.try_again = self.bar.message, self.bar.try_again

        self.table = GridTable(self)
        self.table.setVerticalHeader(ElidingHeader(self.table))
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Figures"))
        self.delegate = GridDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(64)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.table)
        set_first_focus(self, self.table)  # opening Data entry puts the keyboard in the grid

    # --- years --------------------------------------------------------------------------
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self._waiting = snapshot
            return
        self._waiting = None
        if snapshot is not self._snapshot:
            self.bar.pass_on()
        self._snapshot = snapshot
        scorecard = snapshot.scorecard
        start = scorecard.fiscal_start
        latest = scorecard.latest_month()
        years = {
            months[0].fiscal_year(start)
            for kpi in scorecard.kpis
            if (months := scorecard.measured_months(kpi.name))
        }
        newest = latest.fiscal_year(start) if latest else None
        wanted = self.year() or newest
        years |= {y for y in (newest, wanted) if y is not None}
        if not years:
            years = {date.today().year}
        first, last = min(years), max(years) + 1
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in range(first, last + 1):
            label = str(year) if start == 1 else f"{year}/{(year + 1) % 100:02d}"
            self.year_box.addItem(label, year)
        chosen = wanted if wanted is not None else first
        self.year_box.setCurrentIndex(self.year_box.findData(chosen))
        self.year_box.blockSignals(False)
        shown = self.segment_box.fill(scorecard)
        self.segment_label.setVisible(shown)
        self.segment_box.setVisible(shown)
        self._load_grid(chosen)

    def segment(self) -> Segment | None:
        """The segment picked, None for the business total."""
        key = self.segment_box.key()
        if key is None:
            return None
        return self._snapshot.scorecard.segment(key)

    def set_segment(self, name: str | None) -> None:
        """Pick a segment by name (None: the business total)."""
        self.segment_box.pick(None if name is None else self._snapshot.scorecard.segment(name).key)

    def _segment_chosen(self) -> None:
        year = self.year()
        if year is not None:
            self.bar.pass_on()
            self._load_grid(year)

    def _load_grid(self, year: int) -> None:
        snapshot = self._snapshot
        segment = self.segment()
        segment_id = snapshot.segment_ids.get(segment.key, 0) if segment is not None else 0
        self.model.load(snapshot.scorecard, year, snapshot.kpi_ids, segment, segment_id)
        self._fit_header()

    def editor_closed(self) -> None:
        """Show the snapshot that waited for the editor to close."""
        if self._waiting is not None:
            self._on_snapshot(self._waiting)

    def year(self) -> int | None:
        return self.year_box.currentData()

    def set_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index >= 0:
            self.year_box.setCurrentIndex(index)

    def go_to(self, month: Month, segment: str | None = None, kpi: str | None = None) -> None:
        """Show the fiscal year of `month` with its column current (at `kpi`'s row, else the
        first), for the business total or `segment`'s figures: the missing-figures banner's
        way in, so the owner types at once."""
        self.set_segment(segment)
        self.set_year(month.fiscal_year(self._snapshot.scorecard.fiscal_start))
        if month not in self.model.months or not self.model.kpis:
            return
        keys = [k.key for k in self.model.kpis]
        row = keys.index(name_key(kpi)) if kpi is not None and name_key(kpi) in keys else 0
        index = self.model.index(row, self.model.months.index(month))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()

    def _step_year(self, step: int) -> None:
        index = self.year_box.currentIndex() + step
        if 0 <= index < self.year_box.count():
            self.year_box.setCurrentIndex(index)

    def _year_chosen(self) -> None:
        year = self.year()
        if year is not None:
            self.bar.pass_on()
            self._load_grid(year)

    def _fit_header(self) -> None:
        self.table.verticalHeader().setMaximumWidth(max(160, self.width() // 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    # --- messages -----------------------------------------------------------------------
    def show_refusal(self, text: str) -> None:
        self.bar.say(self._not_saved(text))

    def _not_saved(self, reason: str) -> str:
        return self.tr("Not saved: {reason}").format(reason=reason)

    def keep_unsaved(self, step: StaleWrite, reason: str) -> None:
        """A step the database did not take: say why and offer to write it again, so what
        was typed is never lost to a server that went away for a moment."""
        self.bar.keep(step, self._not_saved(reason))

    def ask_stale(self, stale: StaleWrite) -> None:
        """Another desktop changed cells of a step since the grid showed them: ask whether
        to keep their figures or write these over them (the answer writes the step again)."""
        dialog = StaleDialog(stale, self.model.kpis_by_id(), self)
        dialog.finished.connect(lambda _result: self.model.again(stale, dialog.mine))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- clipboard and deletion ---------------------------------------------------------
    def _selected_block(self) -> tuple[int, int, int, int] | None:
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            current = self.table.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def copy(self) -> None:
        block = self._selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        rows = [
            [
                str(self.model.index(r, c).data(Qt.ItemDataRole.EditRole))
                for c in range(left, right + 1)
            ]
            for r in range(top, bottom + 1)
        ]
        QGuiApplication.clipboard().setText(to_tsv(rows))

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def delete_selection(self) -> None:
        block = self._selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        writes = [
            self.model.write_for(r, c, None)
            for r in range(top, bottom + 1)
            for c in range(left, right + 1)
            if self.model.editable(r, c) and self.model.cell(r, c).value is not None
        ]
        if writes:
            self.model.apply(self.tr("Clear %n figure(s)", "", len(writes)), writes)

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Check the whole block first; apply it as one undo step, or refuse it all."""
        block = self._selected_block()
        rows = parse_tsv(text)
        if block is None or not rows:
            return False
        top, left = block[0], block[1]
        writes, problems = block_writes(self.model, rows, top, left)
        if problems:
            listed = "; ".join(problems[:_MAX_LISTED])
            more = len(problems) - _MAX_LISTED
            if more > 0:
                listed += self.tr(" (and %n more)", "", more)
            self.show_refusal(self.tr("nothing was pasted: {problems}").format(problems=listed))
            return False
        self.model.apply(self.tr("Paste %n figure(s)", "", len(writes)), writes)
        height, width = len(rows), max(len(r) for r in rows)
        selection = self.table.selectionModel()
        selection.select(
            self._rect(top, left, top + height - 1, left + width - 1),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )
        return True

    def _rect(self, top: int, left: int, bottom: int, right: int) -> QItemSelection:
        return QItemSelection(self.model.index(top, left), self.model.index(bottom, right))

    # --- notes and history --------------------------------------------------------------
    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        note = QAction(self.tr("Edit note…"), menu)
        note.setEnabled(
            self.model.editable(index.row(), index.column())
            and self.model.cell(index.row(), index.column()).value is not None
        )
        note.triggered.connect(lambda: self.edit_note(index))
        history = QAction(self.tr("History…"), menu)
        history.setEnabled(not self.model.kpis[index.row()].is_formula)
        history.triggered.connect(lambda: self.show_history(index))
        copy = QAction(self.tr("Copy"), menu)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self.copy)
        menu.addActions([note, history, copy])
        menu.exec(self.table.viewport().mapToGlobal(position))

    def edit_note(self, index: QModelIndex) -> None:
        cell = self.model.cell(index.row(), index.column())
        if cell.value is None:
            return
        kpi, month = self.model.kpis[index.row()], self.model.months[index.column()]
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Note"),
            self.tr("Note for {kpi}, {month}:").format(kpi=kpi.name, month=format_month(month)),
            cell.note,
        )
        if ok and text != cell.note:
            self.set_note(index.row(), index.column(), text)

    def set_note(self, row: int, column: int, text: str) -> None:
        cell = self.model.cell(row, column)
        kpi, month = self.model.kpis[row], self.model.months[column]
        label = self.tr("Note on {kpi} for {month}").format(
            kpi=self.model.row_name(kpi), month=format_month(month)
        )
        self.model.apply(label, [self.model.write_for(row, column, cell.value, text)])

    def show_history(self, index: QModelIndex) -> None:
        kpi, month = self.model.kpis[index.row()], self.model.months[index.column()]
        segment = self.model.segment
        whose = None
        if segment is not None:
            whose = (segment.name, self._snapshot.segment_ids.get(segment.key, 0))
        CellHistoryDialog(self.state, kpi, month, self, whose).exec()
