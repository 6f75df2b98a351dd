"""Data entry by segment: a figure typed for Sofia lands with Sofia's segment id, the total
is derived from the segments, and undo takes the figure back out."""

import pytest
from sqlalchemy import select

from kpidesk.domain.month import Month
from kpidesk.store.kpis import require_kpi, to_definition
from kpidesk.store.models import Measurement
from kpidesk.store.segments import require_segment
from kpidesk.store.workspace import Workspace
from kpidesk.ui.main_window import MainWindow
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.kpis import redefine_kpi
from kpidesk.usecases.segments import new_segment

from .conftest import settle
from .test_data_entry import cell, type_into

MARCH = Month(2026, 3)


@pytest.fixture
def demo_workspace(demo_workspace: Workspace) -> Workspace:
    """The demo with Revenue tracked by Shops (Sofia, Plovdiv) and Plovdiv's March."""
    with demo_workspace.transaction() as session:
        new_segment(session, "Sofia", "Shops", source="test")
        new_segment(session, "Plovdiv", "Shops", source="test")
        revenue = to_definition(require_kpi(session, "Revenue"))
        redefine_kpi(session, "Revenue", revenue.with_changes(segment_set="Shops"))
        record_figure(session, "Revenue", MARCH, 12000, source="test", segment="Plovdiv")
    return demo_workspace


def segment_figures(window: MainWindow, segment: str) -> dict[str, float]:
    """Revenue's stored figures of `segment`, by month, once every write has landed."""
    window.state.runner.wait()
    kpi_id = window.state.kpi_id("Revenue")
    with window.state.workspace.reading() as session:
        segment_id = require_segment(session, segment).id
        rows = session.execute(
            select(Measurement.month, Measurement.value).where(
                Measurement.kpi_id == kpi_id, Measurement.segment_id == segment_id
            )
        )
        return {month: value for month, value in rows}


def test_figure_typed_for_sofia_lands_as_sofias_and_makes_the_total(qtbot, window):
    window.show_view("data_entry")
    view = window.data_entry
    view.set_year(2026)
    assert view.segment_box.isVisibleTo(view)
    view.set_segment("Sofia")
    names = [k.name for k in view.model.kpis]
    assert "Revenue" in names
    assert "New customers" not in names  # not tracked by Locations: not listed for Sofia

    type_into(qtbot, window, cell(window, "Revenue", MARCH), "30000")
    assert segment_figures(window, "Sofia") == {"2026-03": 30000.0}
    settle(qtbot, window.state)
    # Sofia 30,000 + Plovdiv 12,000
    assert window.state.snapshot.scorecard.value("Revenue", MARCH) == 42000.0

    window.actions_by_name["undo"].trigger()
    assert segment_figures(window, "Sofia") == {}
    settle(qtbot, window.state)
    assert window.state.snapshot.scorecard.value("Revenue", MARCH) == 12000.0
    window.actions_by_name["redo"].trigger()
    assert segment_figures(window, "Sofia") == {"2026-03": 30000.0}


def test_the_business_total_of_a_tracked_kpi_is_read_only_where_segments_report(qtbot, window):
    window.show_view("data_entry")
    view = window.data_entry
    view.set_year(2026)
    view.set_segment(None)
    march = cell(window, "Revenue", MARCH)
    assert march.data() == "12,000"  # only Plovdiv reported: its figure is the total
    assert not (march.flags() & march.flags().ItemIsEditable)
    assert "Total of 1 of 2 segments" in march.data(0x03)  # ToolTipRole
    april = cell(window, "Revenue", Month(2026, 4))
    assert april.flags() & april.flags().ItemIsEditable  # no segment figures: typed total
