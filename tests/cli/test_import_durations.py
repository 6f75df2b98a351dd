"""A time written with its unit in brackets makes the KPI an owner expects: the catalog's wait
time (lower is better, averaged) when the name is the catalog's, a duration in that unit else."""

from __future__ import annotations

from tests.workbooks import write_xlsx


def _wide(path, labels: list[str]) -> None:
    write_xlsx(path, [["KPI", "2025-01", "2025-02"], *([label, 4.5, 3.5] for label in labels)])


def test_a_wait_time_in_minutes_becomes_the_catalogs_wait_time(cli_fast, tmp_path) -> None:
    path = tmp_path / "service.xlsx"
    _wide(path, ["Средно време за изчакване (мин)", "Lahendusaeg (tundi)"])
    cli_fast("import", str(path), "--create-kpis")
    kpis = {kpi["name"]: kpi for kpi in cli_fast.json("kpi", "list", "--json")}
    wait = kpis["Средно време за изчакване"]
    assert (wait["unit"], wait["duration_unit"], wait["direction"], wait["aggregation"]) == (
        "duration",
        "minutes",
        "lower",
        "mean",
    )
    solving = kpis["Lahendusaeg"]
    assert (solving["unit"], solving["duration_unit"], solving["aggregation"]) == (
        "duration",
        "hours",
        "mean",
    )
    assert cli_fast.status("2025-02")["Средно време за изчакване"]["ytd_value"] == 4
