import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kpidesk.store.workspace import open_workspace

STATUS_KEYS = {
    "kpi",
    "month",
    "currency",
    "value",
    "target",
    "attainment",
    "status",
    "ytd_value",
    "ytd_target",
    "annual_target",
    "forecast",
    "needed_per_month",
    "last_year_value",
    "change_vs_last_year",
}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["record", "Nope", "2025-01", "3"], "no KPI named 'Nope'"),
        (["record", "Sales", "2025-13", "3"], "2025-13"),
        (["record", "Sales", "2025-01", "12abc"], "12abc"),
        (["record", "Sales", "2025-01", "3,000"], "3,000"),
        (["kpi", "add", "X", "--formula", "[Nope] * 2", "--unit", "number"], "[Nope]"),
        (["kpi", "add", "Y", "--formula", "[Sales] *", "--unit", "number"], "ends too early"),
        (["kpi", "add", "Sales", "--unit", "count"], "already exists"),
        (["kpi", "add", "--catalog", "no_such_key"], "no_such_key"),
        (["goal", "set", "Sales", "--monthly", "5"], "--from"),
        (
            ["goal", "set", "Sales", "--year", "2025", "--annual", "9", "--spread", "last-year"],
            "no figures",
        ),
        (["export", "out.pdf"], "out.pdf"),
        (["status", "--month", "March"], "March"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, args: list[str], says: str) -> None:
    cli("kpi", "add", "Sales", "--unit", "count", "--direction", "higher", "--aggregation", "sum")
    before = cli("export", "-").stdout
    result = cli(*args, ok=False)
    assert result.returncode == 2
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert cli("export", "-").stdout == before


def test_an_unusable_workspace_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "letter.kpidesk"
    bad.write_text("Dear owner")
    result = subprocess.run(
        [sys.executable, "-m", "kpidesk", "--db", str(bad), "status"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "not a SQLite database" in result.stderr
    assert bad.read_text() == "Dear owner"


def test_demo_fills_an_empty_workspace_once(cli) -> None:
    cli("demo")
    kpis = cli.json("kpi", "list", "--json")
    assert len(kpis) >= 10
    assert {k["category"] for k in kpis} >= {"customer_service", "marketing", "sales", "finance"}
    assert any(k["formula"] for k in kpis)
    status = cli.json("status", "--json")
    coverage = {"segments_covered", "segments_expected"}
    tracked = {"Average wait time", "Customer engagement", "Customer satisfaction score"}
    for row in status:
        expected = STATUS_KEYS | {"segment"} | (coverage if row["kpi"] in tracked else set())
        assert set(row) == expected, row["kpi"]
        assert row["segment"] is None
    assert {row["status"] for row in status} >= {"on_track", "off_track"}
    assert len({row["month"] for row in status}) == 1
    second = cli("demo", ok=False)
    assert second.returncode == 2 and "already has KPIs" in second.stderr


def test_catalog_kpi_with_its_parts_in_bulgarian(cli) -> None:
    cli("--lang", "bg", "kpi", "add", "--catalog", "avg_profit_margin")
    names = {k["name"]: k for k in cli.json("kpi", "list", "--json")}
    margin = next(k for k in names.values() if k["formula"])
    assert margin["catalog_key"] == "avg_profit_margin"
    for part in margin["formula"].split("[")[1:]:
        assert part.split("]")[0] in names
    assert "Average profit margin" in margin["aliases"]


def test_csv_export_format(cli, tmp_path: Path) -> None:
    cli("kpi", "add", "Revenue", "--unit", "currency", "--aggregation", "sum")
    cli("record", "Revenue", "2025-01", "1234567.5")
    cli("record", "Revenue", "2025-02", "0")
    out = tmp_path / "out.csv"
    cli("export", str(out))
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "kpi,month,value,target"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0] == {"kpi": "Revenue", "month": "2025-01", "value": "1234567.5", "target": ""}
    assert rows[1]["value"] == "0"


def test_xlsx_export_has_numbers_dates_and_no_formulas(cli, tmp_path: Path) -> None:
    cli("kpi", "add", '=HYPERLINK("x")', "--unit", "count", "--aggregation", "sum")
    cli("record", '=HYPERLINK("x")', "2025-03", "12")
    cli("goal", "set", '=HYPERLINK("x")', "--from", "2025-01", "--monthly", "10")
    out = tmp_path / "out.xlsx"
    cli("export", str(out))
    book = openpyxl.load_workbook(out)
    assert {"Data", "2025", "Targets", "KPIs"} <= set(book.sheetnames)
    data = list(book["Data"].iter_rows(min_row=2, values_only=True))
    march = next(r for r in data if r[2] == 12)
    assert march[0] == '=HYPERLINK("x")' and march[1].year == 2025 and march[1].month == 3
    assert book["Data"]["A2"].data_type == "s"
    wide = book["2025"]
    assert wide["A2"].data_type == "s" and wide["E2"].value == 12


def test_status_json_is_valid_for_an_empty_workspace(cli) -> None:
    open_workspace(cli.db).close()
    assert json.loads(cli("status", "--json").stdout) == []
