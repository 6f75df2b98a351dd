"""Before a file is open the Import view says how to bring one in, not three empty tables."""

from pathlib import Path

from tests.ui.conftest import settle
from tests.workbooks import write_text


def test_the_import_view_starts_with_how_to_bring_a_file_in(qtbot, window) -> None:
    window.show_view("import")
    view = window.importer
    assert view.file_pages.currentWidget() is view.start
    assert view.start.title.text() == "Bring in the spreadsheet you already keep"
    assert view.start.open_button.isVisibleTo(window)
    assert not view.action_bar.isVisibleTo(window)
    assert not view.preview_table.isVisibleTo(window)


def test_opening_a_file_shows_what_the_import_will_do(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    write_text(path, "KPI,2026-11\nRevenue,31000\n")
    window.import_file(path)
    view = window.importer
    assert view.file_pages.currentWidget() is not view.start
    qtbot.waitUntil(lambda: view.preview_model.rowCount() == 1)
    settle(qtbot, window.state)
    assert view.action_bar.isVisibleTo(window)
    assert view.preview_table.isVisibleTo(window)
