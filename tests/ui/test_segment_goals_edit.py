"""Goals with segments: a segment added on the Segments tab lands in the database (and undo
takes it out); a target typed for one segment is kept as that segment's."""

from sqlalchemy import select

from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.models import SegmentRecord, SegmentSetRecord, TargetRecord
from kpidesk.store.segments import require_segment
from kpidesk.ui.goals.kpi_editor import KpiEditorDialog
from kpidesk.ui.main_window import MainWindow

from .conftest import settle


def segment_names(window: MainWindow) -> list[str]:
    """The segments of the set the tests add ("Shops"; the demo has sets of its own)."""
    window.state.runner.wait()
    with window.state.workspace.reading() as session:
        query = (
            select(SegmentRecord.name)
            .join(SegmentSetRecord, SegmentSetRecord.id == SegmentRecord.set_id)
            .where(SegmentSetRecord.name == "Shops")
        )
        return sorted(session.scalars(query))


def test_segment_added_from_goals_lands_in_the_database_and_undo_removes_it(qtbot, window):
    panel = window.goals.segments
    panel.add("Sofia", "Shops")
    assert segment_names(window) == ["Sofia"]
    settle(qtbot, window.state)
    tree = panel.tree
    shops = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert shops.text(0) == "Shops"
    assert shops.child(0).text(0) == "Sofia"
    assert panel.selected() is not None and panel.selected().name == "Sofia"

    panel.rename("Sofia", "Sofia centre")
    assert segment_names(window) == ["Sofia centre"]
    window.actions_by_name["undo"].trigger()
    assert segment_names(window) == ["Sofia"]


def test_target_for_one_segment_and_tracked_by_in_the_kpi_editor(qtbot, window):
    panel = window.goals.segments
    panel.add("Sofia", "Shops")
    panel.add("Plovdiv", "Shops")
    settle(qtbot, window.state)
    scorecard = window.state.snapshot.scorecard
    revenue = scorecard.kpi("Revenue")
    editor = KpiEditorDialog([k.name for k in scorecard.kpis], revenue, window, scorecard)
    qtbot.addWidget(editor)
    editor.tracked_by.setCurrentIndex(editor.tracked_by.findData("Shops"))
    window.goals.replace_kpi(revenue, editor.definition())
    settle(qtbot, window.state)
    assert window.state.snapshot.scorecard.kpi("Revenue").segment_set == "Shops"

    window.goals.save_target(
        window.state.snapshot.scorecard.kpi("Revenue"),
        TargetKind.MONTHLY,
        Month(2026, 5),
        25000,
        "",
        segment="Plovdiv",
    )
    window.state.runner.wait()
    with window.state.workspace.reading() as session:
        plovdiv = require_segment(session, "Plovdiv").id
        values = session.scalars(
            select(TargetRecord.value).where(TargetRecord.segment_id == plovdiv)
        ).all()
    assert values == [25000.0]
    settle(qtbot, window.state)
    window.goals.select_kpi("Revenue")
    history = window.goals.history
    first = history.index(0, 0).data()
    assert first.startswith("Plovdiv: Monthly from")
