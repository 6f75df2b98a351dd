"""Every dialog of the window, in the pseudo-language, Bulgarian and Estonian: at its own size
and on a 1024×700 screen no label, button, choice, header or name field is clipped and no two
of them are drawn over each other.

The clipping checks are the views' (`test_pseudo_layout.py`); a dialog adds two: a name field
shows its text from the start, and widgets side by side do not overlap (the settings dialog's
language note was once drawn over the Language combo).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.figures import CellWrite
from kpidesk.ui.backup.restore_dialog import RestoreDialog
from kpidesk.ui.data_entry.history_dialog import CellHistoryDialog
from kpidesk.ui.data_entry.model import StaleWrite
from kpidesk.ui.data_entry.stale_dialog import StaleDialog
from kpidesk.ui.goals.catalog_picker import CatalogPickerDialog
from kpidesk.ui.goals.kpi_editor import KpiEditorDialog
from kpidesk.ui.goals.segments_panel import NewSegmentDialog
from kpidesk.ui.goals.target_editor import TargetDialog
from kpidesk.ui.history.view import WorkspaceHistoryDialog
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.report.dialog import ReportDialog
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.usecases.stale_figures import StaleCell
from tests.ui.conftest import settle
from tests.ui.test_pseudo_layout import clipped_texts, language  # noqa: F401 (the fixture)

SMALL_SCREEN = QSize(1024, 700)
MARCH = Month(2026, 3)
_PARTS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QTableView)


def _settings(window: MainWindow) -> QDialog:
    return SettingsDialog(window.state.snapshot.settings, window)


def _choose_a_language(dialog: QDialog) -> None:
    """Shows the language note in a dialog already on screen, as the owner does."""
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.count() - 1)


def _stale(window: MainWindow) -> QDialog:
    kpi = window.state.snapshot.scorecard.kpis[0]
    cell = StaleCell(
        kpi_id=window.state.kpi_id(kpi.name),
        kpi_name=kpi.name,
        month=MARCH,
        value=1234.0,
        author="Maria Tamm",
        computer="office-pc",
        made_at=datetime(2026, 3, 31, 17, 5),
    )
    mine = CellWrite(cell.kpi_id, MARCH, 1200.0)
    stale = StaleWrite("Edit", [mine], {(cell.kpi_id, MARCH, 0): 1000.0}, [cell])
    return StaleDialog(stale, window.data_entry.model.kpis_by_id())


def _target(window: MainWindow) -> QDialog:
    scorecard = window.state.snapshot.scorecard
    return TargetDialog(scorecard, scorecard.kpis[0], TargetKind.ANNUAL, window)


DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "settings": _settings,
    "cell history": lambda w: CellHistoryDialog(
        w.state, w.state.snapshot.scorecard.kpis[0], MARCH, w
    ),
    "workspace history": lambda w: WorkspaceHistoryDialog(w.state, w),
    "stale write": _stale,
    "new KPI": lambda w: KpiEditorDialog([k.name for k in w.state.snapshot.scorecard.kpis]),
    "edit KPI": lambda w: KpiEditorDialog([], w.state.snapshot.scorecard.kpis[0], w),
    "target": _target,
    "catalog": lambda w: CatalogPickerDialog([k.name for k in w.state.snapshot.scorecard.kpis]),
    "monthly report": lambda w: ReportDialog(w.state.snapshot, MARCH, w),
    "restore": lambda w: RestoreDialog(w.backups, w),
    "new segment": lambda w: NewSegmentDialog(["Locations", "People"], w),
}

# What the owner does in a dialog on screen that changes what it shows.
WHEN_SHOWN: dict[str, Callable[[QDialog], None]] = {"settings": _choose_a_language}


def _parts(root: QWidget) -> list[QWidget]:
    """The visible labels, buttons, fields and tables, not the pieces they are built of."""
    found = [w for kind in _PARTS for w in root.findChildren(kind) if w.isVisibleTo(root)]
    return [w for w in found if not any(o is not w and o.isAncestorOf(w) for o in found)]


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def layout_problems(root: QWidget) -> list[str]:
    """Clipped texts, name fields not wide enough for their name, and parts overlapping."""
    problems = clipped_texts(root)
    for field in root.findChildren(QLineEdit):
        wanted = field.fontMetrics().horizontalAdvance(field.text())
        if field.isVisibleTo(root) and field.text() and field.contentsRect().width() < wanted:
            problems.append(f"field {field.text()!r}: {field.width()} < {wanted}")
    parts = _parts(root)
    for number, one in enumerate(parts):
        for other in parts[number + 1 :]:
            if _rect(one, root).intersects(_rect(other, root)):
                problems.append(f"{_name(one)} overlaps {_name(other)}")
    return problems


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return f"{type(widget).__name__} {text() if callable(text) else ''!r}"


def fits(dialog: QDialog, where: str) -> Callable[[], None]:
    def check() -> None:
        problems = layout_problems(dialog)
        assert not problems, f"{where}:\n" + "\n".join(problems)

    return check


@pytest.mark.parametrize("name", DIALOGS)
def test_no_dialog_clips_or_overlaps(qtbot, language, window, name):  # noqa: F811
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    if isinstance(dialog, QMessageBox):
        dialog.setModal(False)
    dialog.show()
    settle(qtbot, window.state)
    if name in WHEN_SHOWN:
        WHEN_SHOWN[name](dialog)
    qtbot.waitUntil(fits(dialog, f"{name}, {language}, natural size"))
    needed = dialog.minimumSizeHint()
    assert needed.width() <= SMALL_SCREEN.width(), f"{name}: {needed.width()} px wide"
    assert needed.height() <= SMALL_SCREEN.height(), f"{name}: {needed.height()} px tall"
    dialog.resize(dialog.size().boundedTo(SMALL_SCREEN))
    qtbot.waitUntil(fits(dialog, f"{name}, {language}, within 1024×700"))


def test_the_cell_history_says_which_cell(qtbot, window):
    kpi = window.state.snapshot.scorecard.kpis[0]
    dialog = CellHistoryDialog(window.state, kpi, MARCH, window)
    qtbot.addWidget(dialog)
    settle(qtbot, window.state)
    assert kpi.name == "Revenue"
    assert dialog.heading.text() == "History of Revenue, March 2026"
    assert dialog.windowTitle() == "History of Revenue, March 2026"
    assert dialog.status.text() == "1 change, newest first"
