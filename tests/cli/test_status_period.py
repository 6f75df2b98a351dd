"""`status --period YYYY-Qn` and last year beside this year, in process, numbers by hand."""

from contextlib import closing
from pathlib import Path

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.settings import WorkspaceSettings, save_settings
from kpidesk.store.workspace import open_workspace
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.kpis import define_kpi


def _shop(cli, fiscal_start: int = 1) -> None:
    """Written in one transaction through the use cases (the command line would take a call
    per figure); read back through `status` in process."""
    cli("kpi", "add", "Sales", "--unit", "currency", "--aggregation", "sum")
    with closing(open_workspace(Path(cli.db))) as ws, ws.transaction() as session:
        save_settings(session, WorkspaceSettings(fiscal_start=fiscal_start))
        define_kpi(session, KpiDefinition("Wait", Unit.NUMBER, Direction.LOWER, Aggregation.MEAN))
        define_kpi(session, KpiDefinition("Customers", Unit.COUNT, aggregation=Aggregation.LAST))
        define_kpi(session, KpiDefinition("Profit", Unit.CURRENCY, currency="EUR"))
        define_kpi(
            session,
            KpiDefinition(
                "Margin",
                Unit.PERCENT,
                aggregation=Aggregation.FORMULA,
                formula="[Profit] / [Sales] * 100",
            ),
        )
        set_goal(session, "Sales", TargetKind.MONTHLY, Month(2025, 1), 100)
        for month, sales, wait, customers, profit in (
            ("2025-07", 80, 10, 50, 8),
            ("2025-08", 100, 10, 52, 10),
            ("2025-09", 90, 10, 55, 9),
            ("2026-07", 90, 8, 60, 18),
            ("2026-08", 120, 7, 62, 24),
            ("2026-09", 105, 6, 61, 21),
        ):
            for kpi, value in (
                ("Sales", sales),
                ("Wait", wait),
                ("Customers", customers),
                ("Profit", profit),
            ):
                record_figure(session, kpi, Month.parse(month), value, source="test")


def _rows(cli, *args: str) -> dict[str, dict]:
    return {row["kpi"]: row for row in cli.json("status", *args, "--json")}


def test_a_quarter_follows_each_kpis_aggregation(cli_fast) -> None:
    _shop(cli_fast)
    rows = _rows(cli_fast, "--period", "2026-Q3")
    sales = rows["Sales"]
    # 90 + 120 + 105 = 315 against 3 x 100; last year 80 + 100 + 90 = 270: +16.7 %.
    assert (sales["month"], sales["period"]) == ("2026-09", "2026-Q3")
    assert (sales["value"], sales["target"], sales["attainment"]) == (315, 300, 105)
    assert sales["status"] == "on_track"
    assert (sales["last_year_value"], sales["change_vs_last_year"]) == (270, 16.7)
    # Mean of 8, 7, 6 = 7 against last year's 10: -30 %.
    assert (rows["Wait"]["value"], rows["Wait"]["last_year_value"]) == (7, 10)
    assert rows["Wait"]["change_vs_last_year"] == -30
    # The latest figure: 61 against 55, +10.909... % rounded to 10.9.
    assert (rows["Customers"]["value"], rows["Customers"]["change_vs_last_year"]) == (61, 10.9)
    # (18 + 24 + 21) / 315 x 100 = 20 % against (8 + 10 + 9) / 270 x 100 = 10 %: +100 %.
    assert (rows["Margin"]["value"], rows["Margin"]["last_year_value"]) == (20, 10)
    assert rows["Margin"]["change_vs_last_year"] == 100


def test_a_month_row_has_last_year_and_no_period_key(cli_fast) -> None:
    _shop(cli_fast)
    sales = _rows(cli_fast, "--month", "2026-08")["Sales"]
    assert "period" not in sales
    assert (sales["value"], sales["last_year_value"], sales["change_vs_last_year"]) == (
        120,
        100,
        20,
    )
    # A month last year had no figure: both null.
    none = _rows(cli_fast, "--month", "2026-06")["Sales"]
    assert (none["value"], none["last_year_value"], none["change_vs_last_year"]) == (
        None,
        None,
        None,
    )


def test_fiscal_quarters_begin_at_the_fiscal_start(cli_fast) -> None:
    # Fiscal year from April: 2026-Q2 is July to September 2026.
    _shop(cli_fast, fiscal_start=4)
    sales = _rows(cli_fast, "--period", "2026-Q2")["Sales"]
    assert (sales["period"], sales["month"], sales["value"]) == ("2026-Q2", "2026-09", 315)
    # Its year to date runs from April: only July to September have figures.
    assert sales["ytd_value"] == 315
    assert _rows(cli_fast, "--period", "2026-Q3")["Sales"]["value"] is None


def test_the_table_shows_last_year_and_the_change(cli_fast) -> None:
    _shop(cli_fast)
    out = cli_fast("status", "--period", "2026-Q3").stdout
    header, _rule, *lines = out.splitlines()
    assert "Last year" in header and "Change" in header
    assert header.split()[:2] == ["KPI", "Period"]
    sales = next(line for line in lines if line.startswith("Sales"))
    assert sales.split()[1:8] == ["2026-Q3", "315", "300", "105%", "on", "track", "270"]
    assert sales.split()[8] == "+16.7%"
    wait = next(line for line in lines if line.startswith("Wait"))
    assert "-30.0%" in wait


def test_a_bad_period_exits_2_naming_it(cli_fast) -> None:
    _shop(cli_fast)
    for bad in ("2026-Q5", "Q3", "2026-3"):
        result = cli_fast("status", "--period", bad, ok=False)
        assert result.returncode == 2
        assert "--period" in result.stderr and bad in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_month_and_period_cannot_both_be_given(cli_fast) -> None:
    _shop(cli_fast)
    result = cli_fast("status", "--month", "2026-09", "--period", "2026-Q3", ok=False)
    assert result.returncode == 2 and "not allowed with" in result.stderr
