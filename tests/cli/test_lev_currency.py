"""A lev KPI on the command line: its figures are shown in euro and everything says so; its
export comes back as it went out; a target typed in leva is taken as leva."""

from __future__ import annotations

import json


def _lev_workspace(cli) -> None:
    cli("kpi", "add", "Приходи", "--unit", "currency", "--currency", "BGN", "--decimals", "2")
    cli("record", "Приходи", "2025-12", "1955.83")
    cli("record", "Приходи", "2026-01", "1000")


def test_status_and_kpi_list_name_the_currency_the_figures_are_in(cli_fast) -> None:
    _lev_workspace(cli_fast)
    row = cli_fast.status("2026-01")["Приходи"]
    assert (row["value"], row["currency"]) == (1000, "EUR")
    table = cli_fast("status", "--month", "2026-01").stdout
    assert "EUR" in table and "BGN" not in table
    listing = cli_fast("kpi", "list").stdout
    assert "EUR" in listing and "BGN" not in listing
    [kpi] = cli_fast.json("kpi", "list", "--json")
    assert (kpi["currency"], kpi["defined_currency"]) == ("EUR", "BGN")


def test_lev_kpi_export_imports_back_without_converting_again(cli_fast, tmp_path) -> None:
    _lev_workspace(cli_fast)
    cli_fast("goal", "set", "Приходи", "--from", "2025-12", "--monthly", "1200 лв.", "--note", "q4")
    cli_fast("goal", "set", "Приходи", "--month", "2026-01", "--override", "900", "--note", "jan")
    path = tmp_path / "export.xlsx"
    cli_fast("export", str(path))
    copy = type(cli_fast)(tmp_path / "copy.kpidesk", in_process=True)
    copy("import", str(path), "--create-kpis")
    assert copy.status("2026-01")["Приходи"]["value"] == 1000
    assert round(copy.status("2025-12")["Приходи"]["value"], 6) == 1000
    [kpi] = copy.json("kpi", "list", "--json")
    assert kpi["defined_currency"] == "BGN"
    history = copy.json("goal", "history", "Приходи", "--json")
    assert history == cli_fast.json("goal", "history", "Приходи", "--json")
    assert [(h["kind"], h["value"], h["currency"], h["note"]) for h in history] == [
        ("override", 900, "EUR", "jan"),
        ("monthly", 1200, "BGN", "q4"),
    ]
    copy("import", str(path))
    assert len(copy.json("goal", "history", "Приходи", "--json")) == 2


def test_target_typed_in_leva_is_taken_as_leva(cli_fast) -> None:
    _lev_workspace(cli_fast)
    cli_fast("goal", "set", "Приходи", "--from", "2026-01", "--monthly", "1 955.83 лв.")
    assert round(cli_fast.status("2026-01")["Приходи"]["target"], 6) == 1000
    cli_fast(
        "goal", "set", "Приходи", "--month", "2026-01", "--override", "3911.66", "--currency", "bgn"
    )
    assert round(cli_fast.status("2026-01")["Приходи"]["target"], 6) == 2000
    cli_fast("goal", "set", "Приходи", "--year", "2026", "--annual", "23469.96 лв.")
    history = cli_fast.json("goal", "history", "Приходи", "--json")
    assert [h["currency"] for h in history] == ["BGN", "BGN", "BGN"]
    assert round(cli_fast.status("2026-03")["Приходи"]["target"], 6) == 1000


def test_target_in_a_currency_without_a_fixed_rate_is_refused(cli_fast) -> None:
    _lev_workspace(cli_fast)
    result = cli_fast("goal", "set", "Приходи", "--from", "2026-01", "--monthly", "$500", ok=False)
    assert result.returncode == 2
    assert "USD" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(cli_fast("goal", "history", "Приходи", "--json").stdout) == []
