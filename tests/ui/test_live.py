"""Two desktops on one workspace (a SQLite file, a PostgreSQL database): the window shows what
the other one writes within seconds, keeps what its owner is typing meanwhile, and asks whose
figure to keep when its owner writes a cell the other one changed since the window loaded it."""

from collections.abc import Iterator
from contextlib import closing

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select, text

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite
from kpidesk.store.kpis import add_kpi
from kpidesk.store.models import ChangeSet, Measurement
from kpidesk.store.refresh import touched_by
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.ui.data_entry.stale_dialog import StaleDialog
from kpidesk.ui.live import LiveWatcher
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figures
from kpidesk.usecases.kpis import define_kpi

from .test_data_entry import open_editor

JAN, FEB, MAR = Month(2025, 1), Month(2025, 2), Month(2025, 3)
SHOWN_WITHIN_MS = 10_000
"""Generous for a loaded machine; the window looks at the clock every 2 s."""


@pytest.fixture
def ids(any_workspace: Workspace) -> dict[str, int]:
    with any_workspace.transaction() as session:
        sales = add_kpi(session, KpiDefinition("Sales", Unit.COUNT, decimals=0)).id
        visits = add_kpi(session, KpiDefinition("Visits", Unit.COUNT, decimals=0)).id
        record_figures(
            session, [CellWrite(sales, JAN, 100), CellWrite(sales, FEB, 200)], source="setup"
        )
    return {"Sales": sales, "Visits": visits}


@pytest.fixture
def window(qtbot, any_workspace: Workspace, ids: dict[str, int]) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(AppState(any_workspace))
    qtbot.addWidget(win)
    win.show()
    win.show_view("data_entry")
    win.data_entry.set_year(2025)
    yield win
    win.state.runner.wait()


@pytest.fixture
def other(any_workspace: Workspace) -> Iterator[Workspace]:
    """The other desktop: its own connection to the same workspace, and its own user."""
    with closing(open_workspace(any_workspace.url)) as desktop:
        desktop.author, desktop.computer = "Maria", "ACCOUNTS-PC"
        yield desktop


def write_elsewhere(other: Workspace, writes: list[CellWrite]) -> int:
    """Figures the other desktop records; the tick its write moved the clock to."""
    with other.transaction() as session:
        record_figures(session, writes, source="other desktop")
        return int(session.info["tick"])


def cell(window: MainWindow, kpi: str, month: Month) -> QModelIndex:
    grid = window.data_entry.model
    return grid.index([k.name for k in grid.kpis].index(kpi), grid.months.index(month))


def stored(window: MainWindow, kpi_id: int, month: Month) -> tuple[float | None, str | None]:
    """The figure the workspace holds once every queued write landed, and who wrote it."""
    window.state.runner.wait()
    with window.state.workspace.reading() as session:
        row = session.execute(
            select(Measurement.value, ChangeSet.author)
            .join(ChangeSet, ChangeSet.id == Measurement.change_id)
            .where(Measurement.kpi_id == kpi_id, Measurement.month == str(month))
        ).first()
    return (row[0], row[1]) if row else (None, None)


def confirm(qtbot, editor: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.sendPostedEvents()  # the delegate commits on a queued call, as for Enter


def stale_dialog(qtbot, window: MainWindow) -> StaleDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(StaleDialog) is not None, timeout=SHOWN_WITHIN_MS)
    dialog = window.findChild(StaleDialog)
    assert isinstance(dialog, StaleDialog)
    return dialog


def test_a_figure_another_desktop_writes_shows_in_the_grid(qtbot, window, other, ids) -> None:  # type: ignore[no-untyped-def]
    assert cell(window, "Visits", MAR).data() == ""
    write_elsewhere(other, [CellWrite(ids["Visits"], MAR, 77)])
    qtbot.waitUntil(lambda: cell(window, "Visits", MAR).data() == "77", timeout=SHOWN_WITHIN_MS)


def test_text_being_typed_survives_a_change_from_elsewhere_and_lands(  # type: ignore[no-untyped-def]
    qtbot, window, other, ids
) -> None:
    editor = open_editor(qtbot, window, cell(window, "Sales", MAR), "150")
    with other.transaction() as session:  # a new row too: the grid cannot show it without a reset
        define_kpi(session, KpiDefinition("Refunds", Unit.COUNT))
    tick = write_elsewhere(other, [CellWrite(ids["Visits"], FEB, 999)])
    qtbot.waitUntil(lambda: window.state.tick == tick, timeout=SHOWN_WITHIN_MS)
    QCoreApplication.processEvents()  # every view has heard of the new snapshot

    assert editor.isVisible() and editor.text() == "150"
    confirm(qtbot, editor)
    assert stored(window, ids["Sales"], MAR)[0] == 150
    qtbot.waitUntil(lambda: "Refunds" in [k.name for k in window.data_entry.model.kpis])
    assert cell(window, "Visits", FEB).data() == "999"
    qtbot.waitUntil(lambda: cell(window, "Sales", MAR).data() == "150")


def test_a_stale_write_names_the_other_author_and_keep_theirs_leaves_theirs(  # type: ignore[no-untyped-def]
    qtbot, window, other, ids
) -> None:
    editor = open_editor(qtbot, window, cell(window, "Sales", JAN), "150")
    write_elsewhere(other, [CellWrite(ids["Sales"], JAN, 130)])
    confirm(qtbot, editor)

    dialog = stale_dialog(qtbot, window)
    text = dialog.text()
    assert text.startswith("Maria on ACCOUNTS-PC changed Sales, January 2025 to 130 at ")
    assert text.endswith(" after you loaded it.")
    assert dialog.informativeText() == "Yours: 150"
    assert stored(window, ids["Sales"], JAN) == (130, "Maria")  # nothing written yet
    dialog.theirs_button.click()

    assert stored(window, ids["Sales"], JAN) == (130, "Maria")
    qtbot.waitUntil(lambda: cell(window, "Sales", JAN).data() == "130", timeout=SHOWN_WITHIN_MS)
    assert window.state.undo_stack.count() == 0


def test_use_mine_writes_the_typed_figure_over_theirs(qtbot, window, other, ids) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, window, cell(window, "Sales", JAN), "150")
    write_elsewhere(other, [CellWrite(ids["Sales"], JAN, 130)])
    confirm(qtbot, editor)
    stale_dialog(qtbot, window).mine_button.click()

    assert stored(window, ids["Sales"], JAN) == (150, window.state.workspace.author)
    qtbot.waitUntil(lambda: cell(window, "Sales", JAN).data() == "150", timeout=SHOWN_WITHIN_MS)
    assert window.state.undo_stack.count() == 1


def test_a_stale_paste_asks_once_and_keep_theirs_writes_the_rest(  # type: ignore[no-untyped-def]
    qtbot, window, other, ids
) -> None:
    window.data_entry.table.setCurrentIndex(cell(window, "Sales", JAN))
    sales = ids["Sales"]
    write_elsewhere(other, [CellWrite(sales, JAN, 101), CellWrite(sales, FEB, 202)])
    assert window.data_entry.paste_text("1\t2\t3")  # before the window heard of it

    dialog = stale_dialog(qtbot, window)
    assert dialog.text() == "2 of the figures you are saving changed after you loaded them."
    lines = dialog.informativeText().split("\n")
    assert [line.split(" at ")[0] for line in lines] == [
        "• Maria on ACCOUNTS-PC changed Sales, January 2025 to 101",
        "• Maria on ACCOUNTS-PC changed Sales, February 2025 to 202",
    ]
    assert dialog.theirs_button.text() == "Keep theirs for all"
    dialog.theirs_button.click()

    assert [stored(window, sales, m)[0] for m in (JAN, FEB, MAR)] == [101, 202, 3]


def test_a_stale_paste_use_mine_for_all_writes_the_whole_block(qtbot, window, other, ids) -> None:  # type: ignore[no-untyped-def]
    window.data_entry.table.setCurrentIndex(cell(window, "Sales", JAN))
    sales = ids["Sales"]
    write_elsewhere(other, [CellWrite(sales, FEB, 202)])
    assert window.data_entry.paste_text("1\t2\t3")
    stale_dialog(qtbot, window).mine_button.click()

    assert [stored(window, sales, m)[0] for m in (JAN, FEB, MAR)] == [1, 2, 3]


def test_a_write_after_one_from_elsewhere_loads_the_whole_snapshot(  # type: ignore[no-untyped-def]
    qtbot, any_workspace, other, ids
) -> None:
    state = AppState(any_workspace)  # no watcher: only its own write can bring the news
    theirs = write_elsewhere(other, [CellWrite(ids["Visits"], MAR, 77)])

    def ours(session):  # type: ignore[no-untyped-def]
        change_id = record_figures(session, [CellWrite(ids["Sales"], MAR, 5)], source="t")
        return None, touched_by(session, change_id)

    with qtbot.waitSignal(state.snapshotChanged, timeout=SHOWN_WITHIN_MS):
        state.write(ours)
    assert state.tick == theirs + 1
    assert state.snapshot.scorecard.value("Sales", MAR) == 5
    assert state.snapshot.scorecard.value("Visits", MAR) == 77  # not touched by our write
    state.runner.wait()


def test_on_postgresql_a_write_elsewhere_is_heard_at_once(qtbot, postgres_url) -> None:  # type: ignore[no-untyped-def]
    with (
        closing(open_workspace(postgres_url)) as mine,
        closing(open_workspace(postgres_url)) as theirs,
    ):
        with mine.transaction() as session:
            kpi_id = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
        state = AppState(mine)
        LiveWatcher(state, interval_ms=3_600_000)  # its poll would come only in an hour

        def listening() -> bool:
            with theirs.reading() as session:
                query = "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN %'"
                return bool(session.scalar(text(query)))

        qtbot.waitUntil(listening, timeout=SHOWN_WITHIN_MS)
        tick = write_elsewhere(theirs, [CellWrite(kpi_id, JAN, 42)])
        qtbot.waitUntil(lambda: state.tick == tick, timeout=SHOWN_WITHIN_MS)
        assert state.snapshot.scorecard.value("Sales", JAN) == 42
        state.close()
