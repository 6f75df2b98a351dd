"""`kpidesk import` names each converted cell as written and as it lands, and warns (on
stderr and under `warnings` in --json) when many of a KPI's figures would be overwritten by
ones far smaller or larger; the warning does not stop the import."""

import json
from pathlib import Path

import pytest
from openpyxl.styles import numbers

from kpidesk.cli import main
from tests.workbooks import Styled, write_text, write_xlsx

REQUIRED_KEYS = {"layout", "kpis_matched", "kpis_created", "values_imported", "values_skipped"}


@pytest.fixture
def run(tmp_path: Path, capsys):
    db = str(tmp_path / "notes.kpidesk")

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def stored_year(run) -> None:
    """Revenue, a euro KPI shown without decimals, holding 10 000 € for each month of 2025;
    Churn, a percent KPI with one decimal."""
    run("kpi", "add", "Revenue", "--unit", "currency", "--currency", "EUR", "--decimals", "0")
    run("kpi", "add", "Churn", "--unit", "percent", "--direction", "lower", "--decimals", "1")
    for month in range(1, 13):
        assert run("record", "Revenue", f"2025-{month:02d}", "10000")[0] == 0


def halved_year(path: Path) -> Path:
    """Revenue's year as 10 000 / 1.95583 = 5 112.92, but January written `12 000 лв.`;
    Churn's January a percent-formatted 0.125 and February the text `12,5%`."""
    rows = [
        ["KPI", *(f"2025-{month:02d}" for month in range(1, 13))],
        ["Revenue", "12 000 лв.", *[5112.92] * 11],
        ["Churn", Styled(0.125, numbers.FORMAT_PERCENTAGE_00), "12,5%"],
    ]
    return write_xlsx(path, {"Data": rows})


WARNING = (
    "kpidesk: warning: Revenue: 11 of the 12 figures it overwrites become about 0.511 times "
    "the figure in kpidesk (smaller); likely leva taken for euro, or euro for leva "
    "(1 EUR = 1.95583 BGN)\n"
)


@pytest.mark.usefixtures("stored_year")
def test_a_dry_run_lists_converted_cells_and_warns_of_a_halved_year(run, tmp_path: Path) -> None:
    path = halved_year(tmp_path / "halved.xlsx")
    code, out, err = run("import", str(path), "--dry-run")
    assert code == 0
    converted = [line for line in out.splitlines() if "converted:" in line]
    assert converted == [
        "  converted: sheet 'Data', cell B2, Revenue 2025-01: 12 000 лв. → 6136 EUR",
        "  converted: sheet 'Data', cell B3, Churn 2025-01: 0.125 → 12.5 %",
        "  converted: sheet 'Data', cell C3, Churn 2025-02: 12,5% → 12.5 %",
    ]
    assert err == WARNING


@pytest.mark.usefixtures("stored_year")
def test_json_keeps_its_keys_and_adds_converted_cells_and_warnings(run, tmp_path: Path) -> None:
    path = halved_year(tmp_path / "halved.xlsx")
    code, out, err = run("import", str(path), "--dry-run", "--json")
    assert code == 0 and err == WARNING
    report = json.loads(out)
    assert REQUIRED_KEYS | {"errors"} <= set(report)
    [warning] = report["warnings"]
    assert {k: warning[k] for k in ("kpi", "shifted", "overwritten", "factor", "cause")} == {
        "kpi": "Revenue",
        "shifted": 11,
        "overwritten": 12,
        "factor": 0.511,
        "cause": "leva_euro",
    }
    first = report["converted"][0]
    assert first["cell"] == "B2" and first["written"] == "12 000 лв."
    assert (first["written_value"], first["written_currency"]) == (12000, "BGN")
    assert round(first["value"], 2) == 6135.50 and first["currency"] == "EUR"


@pytest.mark.usefixtures("stored_year")
def test_the_warning_does_not_stop_the_import(run, tmp_path: Path) -> None:
    path = halved_year(tmp_path / "halved.xlsx")
    code, out, err = run("import", str(path), "--json")
    assert code == 0 and err == WARNING
    assert json.loads(out)["values_imported"] == 14
    _, rows, _ = run("export", "-")
    assert "Revenue,2025-02,5112.92," in rows


def test_figures_taken_as_they_stand_are_not_listed_and_nothing_warns(run, tmp_path: Path) -> None:
    run("kpi", "add", "Revenue", "--unit", "currency", "--currency", "EUR")
    path = write_text(tmp_path / "plain.csv", "kpi;2025-01;2025-02\nRevenue;1300;1250,5\n")
    code, out, err = run("import", str(path))
    assert code == 0 and err == ""
    assert "converted" not in out
    code, out, _ = run("import", str(path), "--json", "--dry-run")
    report = json.loads(out)
    assert (report["converted"], report["warnings"]) == ([], [])
