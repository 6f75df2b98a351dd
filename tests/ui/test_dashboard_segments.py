"""The dashboard's segment filter: the business total says how many locations it covers; a
location picked shows its own figures against its own targets, tiles and chart included."""

import pytest

from kpidesk.store.workspace import Workspace
from kpidesk.ui.dashboard.model import COL_ATTAINMENT, COL_KPI, COL_TARGET, COL_VALUE
from kpidesk.ui.dashboard.view import DashboardView
from kpidesk.ui.state import AppState

from .segments_fixture import FEB, fill_locations


@pytest.fixture
def view(qtbot, workspace: Workspace) -> DashboardView:  # type: ignore[no-untyped-def]
    state = AppState(fill_locations(workspace))
    shown = DashboardView(state)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _cells(view: DashboardView) -> dict[str, tuple[str, str, str]]:
    proxy = view.proxy
    return {
        proxy.index(r, COL_KPI).data(): tuple(
            proxy.index(r, c).data() for c in (COL_VALUE, COL_TARGET, COL_ATTAINMENT)
        )
        for r in range(proxy.rowCount())
    }


def test_the_filter_lists_the_total_then_each_location(view) -> None:
    box = view.segment_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Business total",
        "Sofia",
        "Plovdiv",
        "Varna",
    ]
    assert view.segment_box.isVisible()


def test_the_total_and_a_location_show_their_own_numbers(view) -> None:
    # March: revenue 1200 + 900 + 400 = 2500 of 1000 + 750 + 800 = 2550, 98 %;
    # wait time (10 + 15 + 12) / 3 = 12.33 of 12, lower is better: 12 / 12.33 = 97 %.
    assert _cells(view) == {
        "Revenue": ("2,500", "2,550", "98\u00a0%"),
        "Wait time": ("12.3", "12.0", "97\u00a0%"),
    }
    view.select_segment("Varna")
    assert _cells(view) == {
        "Revenue": ("400", "800", "50\u00a0%"),
        "Wait time": ("12.0", "12.0", "100\u00a0%"),
    }
    view.select_segment("Sofia")
    assert _cells(view) == {
        "Revenue": ("1,200", "1,000", "120\u00a0%"),
        "Wait time": ("10.0", "12.0", "120\u00a0%"),
    }


def test_a_partial_total_says_how_many_locations_it_covers(view) -> None:
    box = view.month_box
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == FEB))
    # February: revenue of Sofia and Plovdiv only, 1000 + 800; wait time of Sofia only.
    assert _cells(view)["Revenue"][0] == "1,800 (2 of 3)"
    assert _cells(view)["Wait time"][0] == "10.0 (1 of 3)"
    view.select_segment("Plovdiv")
    assert _cells(view)["Revenue"][0] == "800"


def test_the_chart_below_follows_the_filter(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.chart is not None)
    view.select_segment("Plovdiv")
    assert view.chart.scorecard is view.state.snapshot.scorecard.segment_view("Plovdiv")
    view.select_segment(None)
    assert view.chart.scorecard is view.state.snapshot.scorecard
