"""A figure typed into the data-entry grid shows up on the chart, on the same curve."""

from kpidesk.domain.month import Month

from .conftest import settle
from .test_data_entry import cell, open_year, type_into


def plotted(curve) -> dict[Month, float]:  # type: ignore[no-untyped-def]
    x, y = curve.getData()
    return {Month.from_index(round(a)): float(b) for a, b in zip(x, y, strict=True)}


def test_an_edit_in_the_grid_shows_up_on_the_chart(qtbot, window):
    month = Month(2026, 9)
    window.open_chart("Revenue")
    curve = window.charts.chart.monthly.actual
    assert plotted(curve)[month] == window.state.snapshot.scorecard.value("Revenue", month)

    open_year(window, 2026)
    type_into(qtbot, window, cell(window, "Revenue", month), "12345")
    settle(qtbot, window.state)

    assert window.charts.chart.monthly.actual is curve
    assert plotted(curve)[month] == 12345
