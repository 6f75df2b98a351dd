"""The dashboard's table takes the height its rows need, at most three fifths, and the
selected KPI's chart the rest; once the owner drags the handle, their split stays."""

from kpidesk.ui.dashboard.split import shares


def test_a_short_table_takes_only_what_its_rows_need():
    # 12 rows of 30 px, a 30 px header and a 2 px frame: 392 of 900
    assert shares(900, 392, 160) == [392, 508]


def test_a_long_table_takes_three_fifths():
    # 40 rows want 1232 px; three fifths of 900 is 540
    assert shares(900, 1232, 160) == [540, 360]


def test_the_chart_keeps_its_minimum_on_a_low_window():
    # three fifths of 300 is 180, but the chart needs 160: the table gets 140
    assert shares(300, 392, 160) == [140, 160]


def test_the_table_shows_every_demo_row_on_a_tall_window(qtbot, window):
    window.resize(1900, 1050)
    view = window.dashboard
    qtbot.waitUntil(lambda: view.chart is not None)
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() == 0)
    assert view.chart is not None
    assert view.chart.height() > view.table.height()


def test_the_owners_own_split_stays(qtbot, window):
    window.resize(1900, 1050)
    view = window.dashboard
    qtbot.waitUntil(lambda: view.chart is not None)
    view.splitter.moveSplitter(200, 1)
    table_height = view.table.height()
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: window.height() == 1000)
    assert view.split.owner_chose
    # Qt takes the 50 px lost from both parts by their stretch (3:2); the rows' height (392)
    # is not forced back on the owner's 200
    assert table_height - 30 <= view.table.height() <= table_height
