"""The command line on a PostgreSQL server answers byte for byte as on a workspace file.

A team moves from one file to a server database by changing `--db` only: the demo, a
recorded figure, a goal, an import and what `status` and `export` then show must not depend
on where the workspace lives, and a refusal is the same one line.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli
from tests.workbooks import write_csv


def owners_day(cli: Cli, folder: Path) -> dict[str, str]:
    """What an owner does in a day, and what the reading commands then print."""
    cli("demo")
    recorded = cli("record", "Revenue", "2026-11", "31000.5").stdout
    cli("goal", "set", "Revenue", "--from", "2026-11", "--monthly", "33000")
    rows = [["KPI", "2026-09", "2026-10", "2026-11"], ["Visitors", 400, 410, 420.5]]
    imported = cli("import", str(write_csv(folder / "visitors.csv", rows)), "--create-kpis")
    return {
        "recorded": recorded,
        "imported": imported.stdout,
        "status": cli("status", "--month", "2026-11", "--json").stdout,
        "table": cli("status", "--month", "2026-11").stdout,
        "kpis": cli("kpi", "list", "--json").stdout,
        "export": cli("export", "-").stdout,
    }


def test_a_day_on_postgresql_prints_what_it_prints_on_a_file(
    tmp_path: Path, postgres_url: str
) -> None:
    on_file = owners_day(Cli(tmp_path / "day.kpidesk", in_process=True), tmp_path)
    on_server_cli = Cli(postgres_url, in_process=True)
    on_server = owners_day(on_server_cli, tmp_path)
    assert on_server == on_file
    # the demo is change 1, the figure change 2 on both
    assert on_server["recorded"] == (
        "Revenue 2026-11: 31000.5.\nChange 2: `kpidesk undo 2` takes it back.\n"
    )
    status = on_server_cli.status("2026-11")
    assert (status["Revenue"]["value"], status["Revenue"]["target"]) == (31000.5, 33000.0)
    assert status["Visitors"]["value"] == 420.5
    lines = on_server["export"].splitlines()
    assert "Revenue,,2026-11,31000.5,33000" in lines  # the demo has segments: empty on totals
    assert [line for line in lines if line.startswith("Visitors,")] == [
        "Visitors,,2026-09,400,",
        "Visitors,,2026-10,410,",
        "Visitors,,2026-11,420.5,",
    ]


def test_refusals_on_postgresql_are_one_line_in_a_subprocess(postgres_url: str) -> None:
    cli = Cli(postgres_url, in_process=False)
    cli("kpi", "add", "Sales", "--unit", "count")
    refusals = [
        cli("kpi", "add", "sales", "--unit", "count", ok=False),
        cli("record", "Orders", "2026-02", "5", ok=False),
    ]
    assert [result.returncode for result in refusals] == [2, 2]
    assert [result.stderr for result in refusals] == [
        "kpidesk: a KPI named 'Sales' already exists\n",
        "kpidesk: there is no KPI named 'Orders' (see `kpidesk kpi list`)\n",
    ]
    # the refusals wrote nothing, though a server's id sequence may have moved on
    recorded = cli("record", "Sales", "2026-02", "5").stdout
    [newest, *_] = cli.json("history", "--json")
    assert recorded == (
        f"Sales 2026-02: 5.\nChange {newest['id']}: `kpidesk undo {newest['id']}` takes it back.\n"
    )
