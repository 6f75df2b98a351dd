"""Goals: KPIs from the catalog, custom formula KPIs, targets with their history and undo."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, TargetKind
from kpidesk.store.kpis import list_kpis
from kpidesk.store.models import TargetRecord
from kpidesk.ui.goals.catalog_picker import CatalogPickerDialog
from kpidesk.ui.goals.kpi_editor import KpiEditorDialog
from kpidesk.ui.goals.target_editor import TargetDialog
from kpidesk.ui.goals.view import GoalsView
from kpidesk.ui.state import AppState

from .conftest import settle


def test_add_catalog_kpi_and_set_an_annual_goal(qtbot, workspace):
    state = AppState(workspace)
    view = GoalsView(state)
    qtbot.addWidget(view)
    picker = CatalogPickerDialog([], view)
    picker.select_key("nps")
    assert picker.selected_keys() == ["nps"]
    assert "Net Promoter Score" in picker.details.text()
    view.add_catalog_keys(picker.selected_keys())
    settle(qtbot, state)
    assert view.model.rowCount() == 1
    assert view.title.text() == "Net Promoter Score"

    kpi = view.selected_kpi()
    dialog = TargetDialog(state.snapshot.scorecard, kpi, TargetKind.ANNUAL, view)
    dialog.year.setValue(2026)
    dialog.value.setText("40")
    assert dialog.preview_model.columnCount() == 12  # the twelve months, before saving
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    view.save_target(
        kpi, TargetKind.ANNUAL, dialog.first_month(), dialog.goal_value(), "first goal"
    )
    settle(qtbot, state)
    with workspace.transaction() as session:
        record = session.scalars(select(TargetRecord)).one()
        assert (record.kind, record.first_month, record.value) == ("annual", "2026-01", 40.0)
        assert record.monthly_values == [40.0] * 12  # NPS averages: every month is the goal
    assert state.snapshot.scorecard.target(kpi.name, Month(2026, 7)) == 40.0
    assert view.history.rowCount() == 1
    # Two lines: what the decision set, then its note.
    assert view.history.index(0, 0).data() == "Year Jan 2026 – Dec 2026, evenly\nfirst goal"

    state.undo_stack.undo()  # undo retracts the decision in the database
    settle(qtbot, state)
    assert state.snapshot.scorecard.target(kpi.name, Month(2026, 7)) is None
    state.runner.wait()


def test_catalog_formula_kpi_brings_its_parts(qtbot, workspace):
    state = AppState(workspace)
    view = GoalsView(state)
    qtbot.addWidget(view)
    view.add_catalog_keys(["avg_profit_margin"])
    settle(qtbot, state)
    with workspace.transaction() as session:
        names = [r.name for r in list_kpis(session)]
    assert names[-1] == "Average profit margin" and len(names) == 3
    state.runner.wait()


def test_formula_is_checked_as_it_is_typed(qtbot):
    dialog = KpiEditorDialog(["Profit", "Revenue"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("Margin")
    dialog.aggregation.setCurrentIndex(dialog.aggregation.findData("formula"))
    dialog.formula.setText("[Profit] / [Revnue] * 100")
    assert "[Revnue]" in dialog.formula_check.text()
    assert not ok.isEnabled()
    dialog.formula.setText("[Profit] / ([Revenue] * 100")
    assert not ok.isEnabled()
    dialog.formula.setText("[Profit] / [Revenue] * 100")
    assert "✔" in dialog.formula_check.text()
    assert ok.isEnabled()
    assert dialog.definition().formula == "[Profit] / [Revenue] * 100"


def test_annual_goal_spread_like_last_year_previews_before_saving(qtbot, window):
    scorecard = window.state.snapshot.scorecard
    kpi = scorecard.kpi("Revenue")
    dialog = TargetDialog(scorecard, kpi, TargetKind.ANNUAL, window)
    dialog.year.setValue(2026)
    dialog.spread.setCurrentIndex(dialog.spread.findData(Spread.LAST_YEAR.value))
    dialog.value.setText("420000")
    values = [month_value for _, month_value in dialog.preview_model.months]
    assert abs(sum(values) - 420000) < 1e-6
    assert len(set(round(v) for v in values)) > 1  # not even: shaped by 2025's months


def test_lev_kpi_target_typed_in_leva_is_kept_in_leva(qtbot, workspace):
    from kpidesk.domain.kpi import KpiDefinition, Unit
    from kpidesk.store.kpis import add_kpi

    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Приходи", Unit.CURRENCY, currency="BGN", decimals=0))
        add_kpi(session, KpiDefinition("Costs", Unit.CURRENCY, currency="EUR", decimals=0))
    state = AppState(workspace)
    view = GoalsView(state)
    qtbot.addWidget(view)
    settle(qtbot, state)
    scorecard = state.snapshot.scorecard
    lev = scorecard.kpi("Приходи")
    dialog = TargetDialog(scorecard, lev, TargetKind.MONTHLY, view)
    assert not dialog.currency.isHidden() and dialog.unit.isHidden()
    dialog.value.setText("1955.83 лв.")
    assert (dialog.goal_value(), dialog.goal_currency()) == (1955.83, "BGN")
    assert "1,000" in dialog.explain.text()
    dialog.value.setText("3911.66")
    dialog.currency.setCurrentIndex(dialog.currency.findData("BGN"))
    assert dialog.goal_currency() == "BGN"
    view.save_target(
        lev,
        TargetKind.MONTHLY,
        Month(2026, 1),
        dialog.goal_value(),
        "",
        currency=dialog.goal_currency(),
    )
    settle(qtbot, state)
    with workspace.transaction() as session:
        record = session.scalars(select(TargetRecord)).one()
        assert (record.value, record.currency) == (3911.66, "BGN")
    assert round(state.snapshot.scorecard.target("Приходи", Month(2026, 1)), 6) == 2000
    dialog.value.setText("$500")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    euro = TargetDialog(scorecard, scorecard.kpi("Costs"), TargetKind.MONTHLY, view)
    assert euro.currency.isHidden() and euro.unit.text() == "€"
    euro.value.setText("500")
    assert euro.goal_currency() is None
    state.runner.wait()


def test_a_formula_naming_an_unknown_kpi_is_refused_with_why(qtbot, workspace, monkeypatch):
    """The window adds and edits KPIs through the use cases the command line calls, so a
    formula whose part is no KPI is refused here too, with the same words, and nothing is
    kept: neither the new KPI nor an undo step for it."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: shown.append(title + ": " + text)
    )
    state = AppState(workspace)
    view = GoalsView(state)
    qtbot.addWidget(view)
    view.add_kpi(KpiDefinition("Profit", Unit.CURRENCY, currency="EUR"))
    margin = KpiDefinition(
        "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Profit] / [Revenue]"
    )
    view.add_kpi(margin)
    settle(qtbot, state)
    assert shown == ["Not saved: the formula uses [Revenue], but there is no KPI of that name"]
    assert [kpi.name for kpi in state.snapshot.scorecard.kpis] == ["Profit"]
    assert state.undo_stack.count() == 1

    profit = state.snapshot.scorecard.kpis[0]
    view.replace_kpi(
        profit, profit.with_changes(aggregation=Aggregation.FORMULA, formula="[profit ] * 2")
    )
    settle(qtbot, state)
    assert shown[1] == "Not saved: the formula of 'Profit' cannot use the KPI itself"
    assert state.snapshot.scorecard.kpis[0].formula is None


def test_a_goal_for_next_year_shows_in_the_headline_at_once(qtbot, workspace):
    from kpidesk.store.kpis import add_kpi
    from kpidesk.usecases.figures import record_figure

    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Sales", Unit.COUNT, decimals=0))
        record_figure(session, "Sales", Month(2026, 10), 900, source="test")
    state = AppState(workspace)
    view = GoalsView(state)
    qtbot.addWidget(view)
    settle(qtbot, state)
    assert view.detail.current_target.text() == "No target applies yet."
    kpi = state.snapshot.scorecard.kpi("Sales")
    view.save_target(kpi, TargetKind.ANNUAL, Month(2027, 1), 12000, "")
    settle(qtbot, state)
    # 12,000 spread evenly: 1,000 a month from January 2027, past the latest figure (October).
    assert view.detail.current_target.text() == "No target applies yet. From January 2027: 1,000"
