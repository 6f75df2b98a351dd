"""`status --json` carries needed per month and no float noise; `goal history --as-of`
shows each month's target as it stood on a day."""

import csv
import io
import json
from contextlib import closing
from datetime import datetime
from pathlib import Path

from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.store.figures import start_change
from kpidesk.store.kpis import require_kpi
from kpidesk.store.targets import add_target
from kpidesk.store.workspace import open_workspace


def test_status_json_carries_needed_per_month_as_an_allowance(cli_fast) -> None:
    cli = cli_fast
    cli("kpi", "add", "Costs", "--unit", "currency", "--direction", "lower", "--decimals", "0")
    cli("goal", "set", "Costs", "--year", "2025", "--annual", "1200")
    for month in ("2025-01", "2025-02", "2025-03"):
        cli("record", "Costs", month, "150")
    # A budget of 1200, 450 spent: (1200 - 450) / 9 = 83.333... a month at most.
    row = cli.status("2025-03")["Costs"]
    assert row["needed_per_month"] == 83.3333333333
    assert (row["ytd_value"], row["annual_target"], row["forecast"]) == (450, 1200, 1800)
    table = cli("status", "--month", "2025-03").stdout
    assert "Needed / month" in table.splitlines()[0]
    assert "at most 83 " in table


def test_json_and_csv_carry_no_float_noise(cli_fast, tmp_path: Path) -> None:
    cli = cli_fast
    cli("kpi", "add", "Tips", "--unit", "number", "--decimals", "2")
    cli("record", "Tips", "2025-01", "0.1")
    cli("record", "Tips", "2025-02", "0.2")
    cli("kpi", "add", "Оборот", "--unit", "currency", "--currency", "BGN")
    cli("record", "Оборот", "2025-01", "66479.57", "--currency", "BGN")
    raw = cli("status", "--month", "2025-02", "--json").stdout
    assert "0.30000000000000004" not in raw
    assert json.loads(raw)[0]["ytd_value"] == 0.3  # 0.1 + 0.2
    out = tmp_path / "out.csv"
    cli("export", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    lev = next(r for r in rows if r["kpi"] == "Оборот")
    # 66479.57 / 1.95583 = 33990.464406415... written to 12 significant digits.
    assert lev["value"] == "33990.4644064"


def _target(db: Path, value: float, first: str, when: datetime, kind=TargetKind.MONTHLY) -> None:
    with closing(open_workspace(db)) as workspace, workspace.transaction() as session:
        record = require_kpi(session, "Leads")
        change = TargetChange(kind, Month.parse(first), value, when)
        add_target(session, record, change, start_change(session, "target"))


def test_goal_history_as_of_lists_the_year_as_it_stood(cli_fast) -> None:
    cli = cli_fast
    cli("kpi", "add", "Leads", "--unit", "count")
    _target(cli.db, 100, "2025-01", datetime(2025, 1, 5, 9, 0))
    _target(cli.db, 140, "2025-07", datetime(2025, 6, 20, 15, 30))
    _target(cli.db, 300, "2025-12", datetime(2025, 6, 20, 15, 31), TargetKind.OVERRIDE)
    before = cli.json("goal", "history", "Leads", "--as-of", "2025-06-19", "--json")
    assert [r["month"] for r in before] == [f"2025-{m:02}" for m in range(1, 13)]
    assert [r["target"] for r in before] == [100] * 12
    assert [r["target_now"] for r in before] == [100] * 6 + [140] * 5 + [300]
    # The day the goal was raised counts its changes (the end of the day).
    same_day = cli.json("goal", "history", "Leads", "--as-of", "2025-06-20", "--json")
    assert [r["target"] for r in same_day] == [100] * 6 + [140] * 5 + [300]
    early = cli.json(
        "goal", "history", "Leads", "--as-of", "2025-01-01", "--year", "2025", "--json"
    )
    assert {r["target"] for r in early} == {None}
    text = cli("goal", "history", "Leads", "--as-of", "2025-06-19").stdout
    assert "2025-07  100               140  changed since" in text


def test_goal_history_as_of_refuses_a_bad_day(cli_fast) -> None:
    cli = cli_fast
    cli("kpi", "add", "Leads", "--unit", "count")
    result = cli("goal", "history", "Leads", "--as-of", "2025-02-30", ok=False)
    assert result.returncode == 2
    assert "--as-of: '2025-02-30' is not a day written YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_goal_history_and_kpi_list_json_carry_plain_numbers(cli_fast) -> None:
    cli = cli_fast
    cli("kpi", "add", "Fees", "--unit", "number", "--decimals", "2")
    cli("kpi", "add", "Ratio", "--unit", "ratio", "--benchmark", "1.23456789012345678")
    cli("goal", "set", "Fees", "--year", "2025", "--annual", "1000")
    # 1000 / 12 = 83.33 for eleven months, December 1000 - 916.63 = 83.37.
    (goal,) = cli.json("goal", "history", "Fees", "--json")
    assert goal["monthly_values"] == [83.33] * 11 + [83.37]
    assert goal["value"] == 1000
    kpis = {k["name"]: k for k in cli.json("kpi", "list", "--json")}
    assert kpis["Ratio"]["benchmark"] == 1.23456789012
