"""The window never waits on the database: a figure typed while the worker is busy with an
import preview shows at once, the event loop keeps running, and the figure is saved after."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from kpidesk.domain.month import Month
from kpidesk.store.loading import load_snapshot
from kpidesk.store.models import Measurement
from kpidesk.ui.main_window import MainWindow
from kpidesk.usecases import import_job

MAR = Month(2026, 3)


def long_csv(path: Path, kpis: int = 150, months: int = 120) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["KPI", "Month", "Value"])
        for k in range(kpis):
            for m in range(months):
                writer.writerow([f"KPI {k:04d}", f"{2016 + m // 12}-{m % 12 + 1:02d}", k + m])
    return path


def stored(window: MainWindow, kpi: str, month: Month) -> float | None:
    kpi_id = window.state.kpi_id(kpi)
    with window.state.workspace.reading() as session:
        query = select(Measurement.value).where(
            Measurement.kpi_id == kpi_id, Measurement.month == str(month)
        )
        return session.scalar(query)


def test_a_figure_typed_during_a_large_preview_shows_at_once_and_lands_after(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview is held inside its read transaction until the test has seen the window
    answer: when a typed write ran on the GUI thread behind the preview's write lock, the
    window froze there, and the write failed once SQLite stopped waiting."""
    inside, release = threading.Event(), threading.Event()
    real_preview = import_job.preview_import

    def held_preview(*args, **kwargs):  # type: ignore[no-untyped-def]
        inside.set()
        release.wait(120)
        return real_preview(*args, **kwargs)

    monkeypatch.setattr(import_job, "preview_import", held_preview)
    errors: list[str] = []
    window.state.errorRaised.connect(errors.append)
    before = stored(window, "Revenue", MAR)
    window.import_file(long_csv(tmp_path / "long.csv"))
    qtbot.waitUntil(inside.is_set, timeout=120_000)

    window.show_view("data_entry")
    window.data_entry.set_year(2026)
    grid = window.data_entry.model
    index = grid.index([k.name for k in grid.kpis].index("Revenue"), grid.months.index(MAR))
    table = window.data_entry.table
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "4321")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data() == "4,321")
    ticks: list[tuple[bool, list[str]]] = []
    QTimer.singleShot(0, lambda: ticks.append((not release.is_set(), list(errors))))
    qtbot.waitUntil(lambda: bool(ticks))
    assert ticks == [(True, [])], "the event loop ran while the preview held the worker"
    assert stored(window, "Revenue", MAR) == before, "the typed write waits its turn"

    release.set()
    qtbot.waitUntil(lambda: window.importer._result is not None, timeout=120_000)
    window.state.runner.wait()
    assert stored(window, "Revenue", MAR) == 4321
    qtbot.waitUntil(lambda: window.state.snapshot.scorecard.value("Revenue", MAR) == 4321)
    assert index.data() == "4,321" and errors == []
    with window.state.workspace.reading() as session:
        assert window.state.snapshot == load_snapshot(session), "refreshed as a full load"


def test_undo_and_redo_pressed_before_the_write_landed_follow_it_in_order(
    qtbot, window: MainWindow
) -> None:
    before = stored(window, "Revenue", MAR)
    release = threading.Event()
    window.state.runner.run(lambda: release.wait(120))  # the worker is busy elsewhere
    window.show_view("data_entry")
    window.data_entry.set_year(2026)
    grid = window.data_entry.model
    index = grid.index([k.name for k in grid.kpis].index("Revenue"), grid.months.index(MAR))
    grid.setData(index, "777", Qt.ItemDataRole.EditRole)
    stack = window.state.undo_stack
    stack.undo()
    stack.redo()
    stack.undo()
    assert (stack.count(), stack.index()) == (1, 0)
    release.set()
    window.state.runner.wait()
    assert stored(window, "Revenue", MAR) == before
    stack.redo()
    window.state.runner.wait()
    assert stored(window, "Revenue", MAR) == 777
    qtbot.waitUntil(lambda: index.data() == "777")
