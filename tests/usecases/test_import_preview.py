"""What the preview compares and refuses: two labels that are one KPI with figures for the
same month (which is meant cannot be told), figures in leva (compared in euro, as shown), and
figures in a currency with no fixed rate to the KPI's (left out, named)."""

from contextlib import closing
from pathlib import Path

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.io.plan import ProblemCode, Severity
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.import_preview import Action, ImportOptions, preview_import
from kpidesk.usecases.importing import apply_import, plan_file
from tests.workbooks import Styled, merged, write_text, write_xlsx


def test_a_name_and_its_alias_for_the_same_month_are_refused_naming_both_cells(
    tmp_path: Path,
    workspace: Workspace,
) -> None:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.NUMBER, aliases=("Sales",)))
    path = write_text(tmp_path / "both.csv", "kpi;2025-01;2025-02\nRevenue;100;110\nSales;;120\n")
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
    [refusal] = preview.refusals
    assert refusal.severity is Severity.REFUSAL and refusal.code is ProblemCode.DUPLICATE
    assert refusal.cell == "C3"
    assert "'Revenue' and 'Sales' are both the KPI Revenue" in refusal.reason
    assert "2025-02 in C2 and C3" in refusal.reason
    assert {(c.label, c.month) for c in preview.cells} >= {("Sales", Month(2025, 2))}


def test_a_name_and_its_alias_for_different_months_import_together(
    tmp_path: Path, workspace: Workspace
) -> None:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.NUMBER, aliases=("Sales",)))
    path = write_text(tmp_path / "split.csv", "kpi;2025-01;2025-02\nRevenue;100;\nSales;;120\n")
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
    assert not preview.refused
    assert sorted((c.kpi, str(c.month), c.new) for c in preview.cells) == [
        ("Revenue", "2025-01", 100.0),
        ("Revenue", "2025-02", 120.0),
    ]


def test_figures_in_leva_import_twice_without_a_change_and_preview_in_euro(
    tmp_path: Path, workspace: Workspace
) -> None:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Приходи", Unit.CURRENCY, currency="BGN"))
    path = write_text(
        tmp_path / "lev.csv",
        "kpi;2025-01;2025-02\nПриходи;12 000 лв.;19 558,30\n",
        encoding="utf-8",
    )
    plan, own = plan_file(path)
    for expected in (Action.NEW, Action.UNCHANGED):
        with workspace.transaction() as session:
            preview = preview_import(session, plan, ImportOptions(own_export=own))
            assert [c.action for c in preview.cells] == [expected, expected]
            assert [round(c.new, 2) for c in preview.cells] == [6135.5, 10000.0]
            written = apply_import(session, preview, "hash").values_imported
        assert written == (2 if expected is Action.NEW else 0)


def test_a_figure_in_a_currency_without_a_fixed_rate_is_left_out_and_named(
    tmp_path: Path,
    workspace: Workspace,
) -> None:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR"))
    path = write_text(
        tmp_path / "usd.csv", "kpi;month;value\nRevenue;2025-01;$100\nRevenue;2025-02;€90\n"
    )
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
        apply_import(session, preview, "hash")
    [problem] = preview.problems
    assert (problem.cell, problem.severity) == ("C2", Severity.CELL)
    assert problem.reason == "the figure is in USD, but Revenue is kept in EUR; left out"
    with workspace.transaction() as session:
        card = load_snapshot(session).scorecard
        assert (card.value("Revenue", Month(2025, 1)), card.value("Revenue", Month(2025, 2))) == (
            None,
            90,
        )


def test_numbered_and_unit_labels_match_their_kpi_and_create_by_their_core(
    tmp_path: Path,
    workspace: Workspace,
) -> None:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Приходи", Unit.CURRENCY, currency="BGN"))
    path = write_text(
        tmp_path / "numbered.csv",
        "Показател;2025-01;2025-02\n"
        "1. Приходи (лв.);12 000;13 000\n"
        "2. Kohvimüük (€);1 000;1 100\n"
        "3. Tellimused (tk);40;42\n"
        "Revenue (net);5;6\n",
        encoding="utf-8",
    )
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(create_kpis=True, own_export=own))
        assert preview.labels.matched == {"1. Приходи (лв.)": "Приходи"}
        created = {kpi.name: kpi for kpi in preview.labels.new_kpis}
        assert set(created) == {"Kohvimüük", "Tellimused", "Revenue (net)"}
        assert (created["Kohvimüük"].unit, created["Kohvimüük"].currency) == (Unit.CURRENCY, "EUR")
        assert created["Tellimused"].unit is Unit.COUNT
        apply_import(session, preview, "hash")
    with workspace.transaction() as session:
        card = load_snapshot(session).scorecard
        assert card.value("Tellimused", Month(2025, 2)) == 42


def test_one_new_kpi_under_two_spellings_is_created_once(
    tmp_path: Path, workspace: Workspace
) -> None:
    path = write_text(
        tmp_path / "twice.csv", "kpi;2025-01;2025-02\n1. Orders;40;\nOrders (pcs);;42\n"
    )
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(create_kpis=True, own_export=own))
        assert [kpi.name for kpi in preview.labels.new_kpis] == ["Orders"]
        assert not preview.refused
        summary = apply_import(session, preview, "hash")
    assert (summary.kpis_created, summary.values_imported) == (1, 2)


def test_a_catalog_name_in_another_language_is_the_kpi_of_that_name(
    tmp_path: Path, workspace: Workspace
) -> None:
    """`Müügitulu` (Estonian) is the catalog's revenue, which is `Приходи` in Bulgarian: the
    owner's `Приходи` even when it was not added from the catalog. A catalog alias (`Turnover`,
    `Sales`) matches nothing by itself: it may mean something else in this business."""
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Приходи", Unit.CURRENCY, currency="BGN"))
        add_kpi(session, KpiDefinition("Sales", Unit.COUNT))
    path = write_text(
        tmp_path / "et.csv", "kpi;2025-01\nMüügitulu;1000\nRevenue;1100\nTurnover;5\n"
    )
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
    assert preview.labels.matched == {"Müügitulu": "Приходи", "Revenue": "Приходи"}
    assert preview.labels.unknown == ["Turnover"]
    assert {p.code for p in preview.refusals} == {ProblemCode.DUPLICATE, ProblemCode.UNKNOWN_KPI}


def test_two_catalog_names_of_one_new_kpi_create_it_once_without_clashing_aliases(
    tmp_path: Path,
    workspace: Workspace,
) -> None:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Sales", Unit.COUNT))
    path = write_text(tmp_path / "et.csv", "kpi;2025-01;2025-02\nMüügitulu;1000;\nKäive;;1100\n")
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(create_kpis=True, own_export=own))
        [revenue] = preview.labels.new_kpis
        assert revenue.name == "Müügitulu" and revenue.catalog_key == "revenue"
        assert "Sales" not in revenue.aliases and "Käive" in revenue.aliases
        summary = apply_import(session, preview, "hash")
    assert (summary.kpis_created, summary.values_imported) == (1, 2)


def test_plan_columns_become_targets_once(tmp_path: Path, workspace: Workspace) -> None:
    """A plan/actual report: actuals are figures, plans are the months' targets (also for
    months with no actual yet); importing it again adds no target decision."""

    rows = [
        ["Показател", "Януари 2025", None, "Февруари 2025", None],
        [None, "План", "Факт", "План", "Факт"],
        ["Приходи", 10000, 9800, 12000, None],
        ["Оборот на склад", "#DIV/0!", 4.0, 5, 5.5],
    ]
    path = write_xlsx(tmp_path / "plan.xlsx", rows, setup=merged("B1:C1", "D1:E1"))
    plan, own = plan_file(path)
    assert [p.cell for p in plan.cell_problems] == ["B4"]
    for expected_changes in (3, 0):
        with workspace.transaction() as session:
            preview = preview_import(session, plan, ImportOptions(create_kpis=True, own_export=own))
            summary = apply_import(session, preview, "hash")
        assert summary.targets_set == expected_changes
    with workspace.transaction() as session:
        card = load_snapshot(session).scorecard
        assert card.target("Приходи", Month(2025, 1)) == 10000
        assert card.target("Приходи", Month(2025, 2)) == 12000
        assert card.value("Приходи", Month(2025, 2)) is None
        assert card.target("Оборот на склад", Month(2025, 1)) is None
        assert card.target("Оборот на склад", Month(2025, 2)) == 5


def test_a_plan_in_leva_is_kept_in_euro_like_the_figures(
    tmp_path: Path, workspace: Workspace
) -> None:

    rows = [
        ["Показател", "Януари 2025", None],
        [None, "План", "Факт"],
        ["Приходи", "19 558,30 лв.", 15000],
    ]
    path = write_xlsx(tmp_path / "lev_plan.xlsx", rows, setup=merged("B1:C1"))
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Приходи", Unit.CURRENCY, currency="BGN"))
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        apply_import(session, preview_import(session, plan, ImportOptions(own_export=own)), "h")
    with workspace.transaction() as session:
        card = load_snapshot(session).scorecard
        assert round(card.target("Приходи", Month(2025, 1)), 2) == 10000.0
        assert round(card.value("Приходи", Month(2025, 1)), 2) == round(15000 / 1.95583, 2)


def test_a_catalog_kpi_created_from_a_file_keeps_the_files_currency(tmp_path: Path) -> None:
    for name, cell, currency in (("Revenue", "$100", "USD"), ("Приходи", "1 200 лв.", "BGN")):
        path = write_text(
            tmp_path / f"{currency}.csv",
            f"kpi;month;value\n{name};2025-01;{cell}\n",
            encoding="utf-8",
        )
        plan, own = plan_file(path)
        with (
            closing(open_workspace(tmp_path / f"{currency}.kpidesk")) as workspace,
            workspace.transaction() as session,
        ):
            options = ImportOptions(create_kpis=True, own_export=own)
            preview = preview_import(session, plan, options)
        [created] = preview.labels.new_kpis
        assert (created.catalog_key, created.currency) == ("revenue", currency)
        assert not preview.problems


def test_figures_formatted_in_leva_are_converted_for_a_euro_kpi_and_make_a_lev_kpi(
    tmp_path: Path,
    workspace: Workspace,
) -> None:

    leva = '#,##0.00 "лв."'
    rows = [["KPI", "Jan 2025"], ["Revenue", Styled(19558.3, leva)], ["Наеми", Styled(1000, leva)]]
    path = write_xlsx(tmp_path / "leva.xlsx", rows)
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR"))
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(create_kpis=True, own_export=own))
        assert {c.kpi: round(c.new, 2) for c in preview.cells} == {
            "Revenue": 10000.0,
            "Наеми": 511.29,
        }
        [rent] = preview.labels.new_kpis
        assert (rent.unit, rent.currency) == (Unit.CURRENCY, "BGN")
        apply_import(session, preview, "h")
    with workspace.transaction() as session:
        card = load_snapshot(session).scorecard
        assert round(card.value("Revenue", Month(2025, 1)), 2) == 10000.0
