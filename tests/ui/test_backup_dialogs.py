"""File → Restore… lists the automatic backups with their counts and restores the chosen one,
after which the window shows the restored figures; closing a window that changed the
workspace leaves an automatic copy, one that changed nothing leaves none; a damaged
workspace offers its latest good backup."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import text

from kpidesk.domain.demo import build_demo
from kpidesk.domain.month import Month
from kpidesk.store.backups import automatic_backup, backup_folder
from kpidesk.store.demo_fill import fill_demo
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.ui import app as ui_app
from kpidesk.ui.backup.restore_dialog import RestoreDialog
from kpidesk.ui.main_window import MainWindow
from kpidesk.usecases.figures import record_figure

JANUARY = Month(2026, 1)


@pytest.fixture(autouse=True)
def backups_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "user-data" / "backups"
    monkeypatch.setattr("kpidesk.store.backups.backups_root", lambda: root)
    return root


@pytest.fixture
def opened(qtbot) -> Iterator[list[MainWindow]]:  # type: ignore[no-untyped-def]
    """The windows the application opened, closed after the test."""
    yield ui_app._windows
    for window in list(ui_app._windows):
        window.close()
        ui_app._windows.remove(window)


def set_revenue(workspace: Workspace, value: float, month: Month = JANUARY) -> None:
    with workspace.transaction() as session:
        record_figure(session, "Revenue", month, value, source="test")


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A closed demo workspace with two automatic backups: on 1 Feb 2026 January's revenue
    was 1000; on 2 Feb a figure for January 2030 was added; now January is 2500."""
    path = tmp_path / "shop.kpidesk"
    with closing(open_workspace(path)) as workspace:
        with workspace.transaction() as session:
            fill_demo(session, build_demo("en"), workspace_name="Shop")
        set_revenue(workspace, 1000.0)
        automatic_backup(workspace, now=datetime(2026, 2, 1, 18, 0))
        set_revenue(workspace, 7.0, Month(2030, 1))
        automatic_backup(workspace, now=datetime(2026, 2, 2, 9, 30))
        set_revenue(workspace, 2500.0)
    return path


def listed(qtbot, window: MainWindow) -> RestoreDialog:  # type: ignore[no-untyped-def]
    dialog = window.backups.restore_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    return dialog


def cells(dialog: RestoreDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_restore_dialog_lists_the_backups_with_their_counts(
    qtbot, shop: Path, opened: list[MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    window = ui_app.open_window(str(shop))
    dialog = listed(qtbot, window)
    assert [cells(dialog, 0)[1:], cells(dialog, 1)[1:]] == [
        ["12", "564", "33", ""],
        ["12", "563", "33", ""],
    ]
    assert cells(dialog, 0)[0] == "2/2/2026 9:30\u202fAM"
    assert cells(dialog, 1)[0] == "2/1/2026 6:00\u202fPM"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()


def test_restoring_shows_the_restored_figures(
    qtbot, shop: Path, opened: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = ui_app.open_window(str(shop))
    assert window.state.snapshot.scorecard.value("Revenue", JANUARY) == 2500.0
    dialog = listed(qtbot, window)
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window not in opened and len(opened) == 1, timeout=10_000)
    restored = opened[0]
    assert asked[0].startswith("Restore the backup of 2/1/2026")
    assert restored.state.snapshot.scorecard.value("Revenue", JANUARY) == 1000.0
    assert restored.state.snapshot.scorecard.value("Revenue", Month(2030, 1)) is None
    [before] = backup_folder(shop).glob("* before restore.kpidesk")
    assert restored.statusBar().currentMessage().startswith("Restored the backup of 2/1/2026")
    assert str(before) in restored.statusBar().currentMessage()


def test_closing_a_window_that_changed_the_workspace_makes_a_copy(
    qtbot, tmp_path: Path, opened: list[MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.kpidesk"
    window = ui_app.open_window(str(path))
    window.close()
    ui_app._windows.remove(window)
    assert not backup_folder(path).exists()
    window = ui_app.open_window(str(path))
    window.save_workspace_settings(window.state.snapshot.settings)
    window.state.runner.wait()
    window.close()
    ui_app._windows.remove(window)
    assert len(list(backup_folder(path).glob("*.kpidesk"))) == 1


def test_a_damaged_workspace_offers_its_latest_good_backup(
    qtbot, shop: Path, opened: list[MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    shop.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    offered: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click_restore)
            return
        [button] = [b for b in box.findChildren(QPushButton) if b.text().startswith("Restore")]
        offered.append(button.text())
        button.click()

    QTimer.singleShot(0, click_restore)
    window = ui_app._opened(None, str(shop), lambda error: pytest.fail(str(error)))
    assert window is not None
    assert offered == ["Restore the backup of 2/2/2026 9:30\u202fAM"]  # the newest, 2 Feb
    assert window.state.snapshot.scorecard.value("Revenue", Month(2030, 1)) == 7.0


def test_back_up_offers_a_dated_name_and_writes_the_copy_off_the_gui_thread(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []
    target = tmp_path / "out" / "copy"

    def save(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return str(target), ""

    monkeypatch.setattr("kpidesk.ui.backup.actions.QFileDialog.getSaveFileName", save)
    window.actions_by_name["backup"].trigger()
    written = tmp_path / "out" / "copy.kpidesk"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Backed up to {written}.")
    assert offered == [f"test {date.today().isoformat()}.kpidesk"]
    with closing(open_workspace(written, create=False)) as copy, copy.reading() as session:
        assert len(session.execute(text("SELECT id FROM kpi")).all()) == 12
