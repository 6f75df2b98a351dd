"""After the window closes, the .kpidesk file alone holds every change the owner made."""

import gc
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from kpidesk.domain.month import Month
from kpidesk.ui.app import fill_demo_if_empty, open_window

from .conftest import settle
from .test_data_entry import cell, open_year, type_into

REVENUE = (
    "SELECT value FROM measurement JOIN kpi ON kpi.id = measurement.kpi_id "
    "WHERE kpi.name = 'Revenue' AND month = '{month}'"
)


@pytest.fixture
def no_collection() -> Iterator[None]:
    """Whether an unclosed connection is swept before the window closes is up to the cycle
    collector's timing; with it resting, any connection not closed on purpose stays open."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def test_the_file_alone_holds_the_typed_figures_after_the_window_closes(
    qtbot, tmp_path: Path, no_collection: None
) -> None:
    path = tmp_path / "shop.kpidesk"
    fill_demo_if_empty(path, "en")
    window = open_window(path)
    qtbot.addWidget(window)
    open_year(window, 2026)
    type_into(qtbot, window, cell(window, "Revenue", Month(2026, 3)), "31250")
    settle(qtbot, window.state)
    type_into(qtbot, window, cell(window, "Revenue", Month(2026, 12)), "40000")
    window.close()

    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["shop.kpidesk"]
    copy = tmp_path / "mailed" / "shop.kpidesk"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    with closing(sqlite3.connect(copy)) as db:
        assert db.execute(REVENUE.format(month="2026-03")).fetchone() == (31250.0,)
        assert db.execute(REVENUE.format(month="2026-12")).fetchone() == (40000.0,)
        assert db.execute("SELECT count(*) FROM measurement").fetchone() == (334 + 229 + 1,)
