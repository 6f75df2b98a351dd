"""A CSV export carries figures and targets; imported into an empty workspace they come back,
under the same KPI names, whatever characters the names hold."""

from __future__ import annotations

import pytest

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from tests.workbooks import write_text

NAMES = [
    '=HYPERLINK("http://example.com","x")',
    "'=already quoted",
    "''+twice",
    "+1 leads",
    "-5 days",
    "@mention",
    "it's fine",
    "Bell\x07 KPI",
    "Line\nbreak",
    "Carriage\rreturn",
    "Tab\there",
    "Form\x0cfeed",
    "Group\x1dsep",
]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_names_with_formula_starts_and_control_characters_come_back(roundtrip, suffix) -> None:
    original = roundtrip.workspace()
    roundtrip.add(original, *(KpiDefinition(name, Unit.NUMBER, decimals=0) for name in NAMES))
    for index, name in enumerate(NAMES):
        roundtrip.record(original, name, {"2025-03": index + 1}, notes={"2025-03": name})
    export = roundtrip.export_csv if suffix == "csv" else roundtrip.export_xlsx
    path = export(original)
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, path)
    after = roundtrip.dump(copy)
    assert sorted(after) == sorted(NAMES)
    assert {name: kpi["figures"] for name, kpi in after.items()} == {
        name: {"2025-03": index + 1.0} for index, name in enumerate(NAMES)
    }
    if suffix == "xlsx":
        assert {name: kpi["notes"] for name, kpi in after.items()} == {
            name: {"2025-03": name} for name in NAMES
        }


def test_csv_escape_is_taken_off_only_where_the_export_put_it(roundtrip, tmp_path) -> None:
    path = write_text(
        tmp_path / "export.csv",
        "kpi,month,value,target\n"
        "'=SUM(A1),2025-01,1,\n"
        "''=x,2025-01,2,\n"
        "'quoted,2025-01,3,\n"
        "'',2025-01,4,\n",
        encoding="utf-8",
    )
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, path)
    assert sorted(roundtrip.dump(copy)) == sorted(["=SUM(A1)", "'=x", "'quoted", "''"])


def test_kpis_created_from_a_csv_take_the_catalog_definition(roundtrip, tmp_path) -> None:
    path = write_text(
        tmp_path / "owner.csv",
        "kpi,month,value\n"
        "Churn rate,2025-01,4.5\nChurn rate,2025-02,3.5\n"
        "Average order value,2025-01,40\nAverage order value,2025-02,60\n"
        "Conversion %,2025-01,2\nConversion %,2025-02,4\n"
        "Bounce rate,2025-01,40\nBounce rate,2025-02,50\n"
        "Orders,2025-01,10\nOrders,2025-02,20\n",
        encoding="utf-8",
    )
    workspace = roundtrip.workspace()
    roundtrip.import_file(workspace, path)
    made = {name: kpi["definition"] for name, kpi in roundtrip.dump(workspace).items()}
    churn = made["Churn rate"]
    assert (churn.unit, churn.aggregation, churn.direction) == (
        Unit.PERCENT,
        Aggregation.MEAN,
        Direction.LOWER,
    )
    assert churn.formula is None
    assert made["Conversion %"].unit is Unit.PERCENT
    assert made["Conversion %"].aggregation is Aggregation.MEAN
    assert made["Bounce rate"].aggregation is Aggregation.MEAN
    assert made["Orders"].aggregation is Aggregation.SUM


def test_lev_kpi_csv_export_imported_into_its_workspace_changes_nothing(roundtrip) -> None:
    workspace = roundtrip.workspace()
    roundtrip.add(workspace, KpiDefinition("Приходи", Unit.CURRENCY, currency="BGN", decimals=0))
    roundtrip.record(workspace, "Приходи", {"2025-06": 19558.3, "2026-01": 1000})
    path = roundtrip.export_csv(workspace)
    assert path.read_text(encoding="utf-8").splitlines()[1:] == [
        "Приходи,2025-06,10000,",
        "Приходи,2026-01,1000,",
    ]
    again = roundtrip.import_file(workspace, path, create=False)
    assert (again.values_imported, again.values_unchanged) == (0, 2)
    assert roundtrip.dump(workspace)["Приходи"]["figures"] == {
        "2025-06": 10000.0,
        "2026-01": 1000.0,
    }
