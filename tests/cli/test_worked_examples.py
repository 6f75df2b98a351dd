"""The worked examples of the Foundation issue, end to end through the command line
(in-process; tests/cli/test_commands.py runs the command line in a subprocess)."""

import csv
import io

import pytest


def test_formula_kpi_rolls_up_from_its_parts(cli_fast) -> None:
    cli_fast(
        "kpi",
        "add",
        "Profit",
        "--unit",
        "currency",
        "--currency",
        "EUR",
        "--direction",
        "higher",
        "--aggregation",
        "sum",
    )
    cli_fast(
        "kpi",
        "add",
        "Revenue",
        "--unit",
        "currency",
        "--direction",
        "higher",
        "--aggregation",
        "sum",
    )
    cli_fast(
        "kpi",
        "add",
        "Profit margin",
        "--formula",
        "[Profit] / [Revenue] * 100",
        "--unit",
        "percent",
    )
    for kpi, month, value in [
        ("Profit", "2025-01", "2"),
        ("Revenue", "2025-01", "4"),
        ("Profit", "2025-02", "2"),
        ("Revenue", "2025-02", "100"),
    ]:
        cli_fast("record", kpi, month, value)
    margin = cli_fast.status("2025-02")["Profit margin"]
    assert margin["value"] == pytest.approx(2)
    assert margin["ytd_value"] == pytest.approx(4 / 104 * 100)


@pytest.mark.parametrize(
    ("value", "status"), [("4.5", "on_track"), ("5.4", "at_risk"), ("6", "off_track")]
)
def test_lower_is_better_status(cli_fast, value: str, status: str) -> None:
    cli_fast(
        "kpi",
        "add",
        "Average wait time",
        "--unit",
        "duration",
        "--duration-unit",
        "minutes",
        "--direction",
        "lower",
        "--aggregation",
        "mean",
        "--tolerance",
        "10",
    )
    cli_fast("goal", "set", "Average wait time", "--from", "2025-01", "--monthly", "5")
    cli_fast("record", "Average wait time", "2025-04", value)
    assert cli_fast.status("2025-04")["Average wait time"]["status"] == status


def test_target_change_keeps_the_past_and_its_history(cli_fast) -> None:
    cli_fast(
        "kpi", "add", "Sales", "--unit", "count", "--direction", "higher", "--aggregation", "sum"
    )
    cli_fast("goal", "set", "Sales", "--from", "2025-01", "--monthly", "100")
    cli_fast("goal", "set", "Sales", "--from", "2025-07", "--monthly", "120", "--note", "new shop")
    cli_fast("record", "Sales", "2025-02", "90")
    rows = {
        (r["kpi"], r["month"]): r
        for r in csv.DictReader(io.StringIO(cli_fast("export", "-").stdout))
    }
    assert rows[("Sales", "2025-03")]["target"] == "100"
    assert rows[("Sales", "2025-08")]["target"] == "120"
    assert rows[("Sales", "2025-02")]["value"] == "90"
    assert rows[("Sales", "2025-03")]["value"] == ""
    history = cli_fast.json("goal", "history", "Sales", "--json")
    assert sorted((h["from"], h["value"]) for h in history) == [("2025-01", 100), ("2025-07", 120)]


def test_annual_goal_spread_evenly_and_by_last_year(cli_fast) -> None:
    cli_fast(
        "kpi", "add", "Orders", "--unit", "count", "--direction", "higher", "--aggregation", "sum"
    )
    cli_fast("goal", "set", "Orders", "--year", "2025", "--annual", "1200", "--spread", "even")
    status = cli_fast.status("2025-05")["Orders"]
    assert status["target"] == pytest.approx(100)
    assert status["annual_target"] == pytest.approx(1200)

    cli_fast(
        "kpi", "add", "Visits", "--unit", "count", "--direction", "higher", "--aggregation", "sum"
    )
    for month in range(1, 13):
        cli_fast("record", "Visits", f"2024-{month:02d}", "100" if month == 12 else "50")
    cli_fast("goal", "set", "Visits", "--year", "2025", "--annual", "1200", "--spread", "last-year")
    targets = {
        r["month"]: float(r["target"])
        for r in csv.DictReader(io.StringIO(cli_fast("export", "-").stdout))
        if r["kpi"] == "Visits" and r["month"].startswith("2025")
    }
    assert len(targets) == 12
    # 1200 * 50 / 650 = 92.3 rounds to a whole count of 92 for January-November;
    # December takes the rest, 1200 - 11 * 92 = 188, so the year adds up to 1200 exactly.
    assert [targets[f"2025-{m:02d}"] for m in range(1, 12)] == [92] * 11
    assert targets["2025-12"] == 188
    assert sum(targets.values()) == 1200


def test_a_missing_month_is_not_a_zero(cli_fast) -> None:
    cli_fast(
        "kpi", "add", "CSAT", "--unit", "score", "--direction", "higher", "--aggregation", "mean"
    )
    cli_fast("record", "CSAT", "2025-01", "4")
    cli_fast("record", "CSAT", "2025-03", "6")
    assert cli_fast.status("2025-03")["CSAT"]["ytd_value"] == pytest.approx(5)
    feb = cli_fast.status("2025-02")["CSAT"]
    assert feb["value"] is None and feb["status"] == "no_data"
