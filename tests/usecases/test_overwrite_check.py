"""The overwrite warning: many of a KPI's stored figures replaced by ones far smaller or
larger the same way (a year halved) is named with its factor and likely cause; a few
corrections, or figures the owner keeps, are not. Factors are worked out by hand."""

from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import pytest

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scale_shift import LikelyCause
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.import_preview import ImportOptions, OnConflict, preview_import
from kpidesk.usecases.importing import plan_file
from kpidesk.usecases.overwrite_check import overwrite_warnings
from tests.workbooks import write_xlsx

YEAR = [Month(2025, m) for m in range(1, 13)]


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    """The shared fixture holding Revenue (euro) and Churn (percent) with a stored year:
    10 000 € and 12.5 % a month."""
    with workspace.transaction() as session:
        revenue = add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR"))
        churn = add_kpi(session, KpiDefinition("Churn", Unit.PERCENT, decimals=1))
        writes = [CellWrite(revenue.id, month, 10_000.0) for month in YEAR]
        writes += [CellWrite(churn.id, month, 12.5) for month in YEAR]
        write_figures(session, start_change(session, "typed"), writes)
    return workspace


def wide_file(path: Path, rows: dict[str, Sequence[float | None]]) -> Path:
    header = ["KPI", *(str(month) for month in YEAR)]
    return write_xlsx(path, [header, *([label, *values] for label, values in rows.items())])


def warnings_for(workspace: Workspace, path: Path, keep: bool = False):
    plan, own = plan_file(path)
    options = ImportOptions(
        own_export=own, on_conflict=OnConflict.SKIP if keep else OnConflict.OVERWRITE
    )
    with workspace.transaction() as session:
        preview = preview_import(session, plan, options)
    assert not preview.refused
    return overwrite_warnings(preview)


def test_a_year_of_euro_figures_divided_by_the_lev_rate_is_named(
    workspace: Workspace, tmp_path: Path
) -> None:
    # 10 000 / 1.95583 = 5 112.92: the year as if euro figures had been converted from leva.
    path = wide_file(tmp_path / "halved.xlsx", {"Revenue": [5112.92] * 12})
    [warning] = warnings_for(workspace, path)
    assert warning.kpi == "Revenue"
    assert (warning.shifted, warning.overwritten) == (12, 12)
    assert warning.factor == 0.511  # 5112.92 / 10000, three significant digits
    assert warning.factor_decimals == 3
    assert warning.smaller
    assert warning.cause is LikelyCause.LEVA_EURO


def test_thousands_for_units_and_a_percentage_as_a_fraction_are_told_apart(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = wide_file(
        tmp_path / "scaled.xlsx",
        {"Revenue": [10_000_000.0] * 6, "Churn": [0.125, 0.125, 0.125, 0.13, 0.12, 12.5]},
    )
    by_kpi = {w.kpi: w for w in warnings_for(workspace, path)}
    assert by_kpi["Revenue"].factor == 1000.0
    assert not by_kpi["Revenue"].smaller
    assert by_kpi["Revenue"].cause is LikelyCause.THOUSANDS
    # Churn: five overwrites of 12.5 % by 0.12…0.13 (the sixth is unchanged); median 0.125.
    assert (by_kpi["Churn"].shifted, by_kpi["Churn"].overwritten) == (5, 5)
    assert by_kpi["Churn"].factor == 0.01
    assert by_kpi["Churn"].factor_decimals == 2
    assert by_kpi["Churn"].cause is LikelyCause.PERCENT


def test_a_few_corrections_are_no_warning(workspace: Workspace, tmp_path: Path) -> None:
    """Two months halved (fewer than three), and a year of small corrections, warn of nothing."""
    path = wide_file(
        tmp_path / "corrected.xlsx",
        {"Revenue": [5000.0, 5000.0, *[10_000.0] * 10], "Churn": [12.0, 13.1, 11.9, 12.5] * 3},
    )
    assert warnings_for(workspace, path) == []


def test_moves_that_are_not_most_of_the_overwrites_or_not_one_way_are_no_warning(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Revenue: 3 of 6 overwrites halved, 3 corrected a little (half is less than two
    thirds); Churn: 3 halved and 3 doubled (neither way is most)."""
    path = wide_file(
        tmp_path / "mixed.xlsx",
        {
            "Revenue": [5000.0, 5000.0, 5000.0, 10_500.0, 9_800.0, 10_100.0],
            "Churn": [6.0, 6.0, 6.0, 25.0, 25.0, 25.0],
        },
    )
    assert warnings_for(workspace, path) == []


def test_figures_the_owner_keeps_overwrite_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = wide_file(tmp_path / "halved.xlsx", {"Revenue": [5112.92] * 12})
    assert warnings_for(workspace, path, keep=True) == []


def test_a_lev_kpi_given_its_euro_figures_as_plain_numbers_for_2025_is_named(
    tmp_path: Path,
) -> None:
    """A lev KPI's 2025 figures are in leva unless the cell says otherwise: stored 1 000 €,
    a file of plain 1 000 (meant as euro) is read as 1 000 лв. = 511.29 €."""
    path = wide_file(tmp_path / "euro.xlsx", {"Sales": [1000.0] * 4})
    with closing(open_workspace(tmp_path / "lev.kpidesk")) as workspace:
        with workspace.transaction() as session:
            sales = add_kpi(session, KpiDefinition("Sales", Unit.CURRENCY, currency="BGN"))
            writes = [CellWrite(sales.id, month, 1000.0, currency="EUR") for month in YEAR[:4]]
            write_figures(session, start_change(session, "typed"), writes)
        [warning] = warnings_for(workspace, path)
    assert (warning.kpi, warning.shifted, warning.factor) == ("Sales", 4, 0.511)
    assert warning.cause is LikelyCause.LEVA_EURO
