"""Several `kpidesk` commands at the same moment on one workspace, on PostgreSQL and SQLite.

Each test reproduces one finding of issue 12 (commands racing on a server database ended in
tracebacks and a history that undo would follow to the wrong figure): every command now
either lands whole or is refused in one line with exit status 2, and the history is right.
"""

from __future__ import annotations

import subprocess
from contextlib import closing
from pathlib import Path

from kpidesk.domain.month import Month
from kpidesk.store.figures import load_figures
from kpidesk.store.imports import list_imports
from kpidesk.store.kpis import find_kpi, list_kpis
from kpidesk.store.workspace import open_workspace
from tests.cli.conftest import Cli
from tests.history_chain import revision_chain, undo_newest_first
from tests.together import IMPORTING, run_together
from tests.workbooks import write_csv

WRITERS = 6
ROUNDS = 2


def landed_or_refused(results: list[subprocess.CompletedProcess[str]]) -> list[int]:
    """Every command exited 0, or 2 with one line on stderr and no traceback; the codes."""
    for result in results:
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 2), result.stderr
        if result.returncode == 2:
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return [result.returncode for result in results]


def test_six_records_of_one_new_cell_at_once_keep_the_history_a_chain(cli_any: Cli) -> None:
    cli_any("kpi", "add", "Sales", "--unit", "count")
    months = [Month(2026, 1 + round_) for round_ in range(ROUNDS)]
    landed: dict[Month, set[float]] = {}
    for month in months:
        values = [str(1001 + writer) for writer in range(WRITERS)]
        command = ["-m", "--db", str(cli_any.db), "record", "Sales", str(month)]
        results = run_together([[*command, value] for value in values])
        codes = landed_or_refused(results)
        landed[month] = {float(v) for v, code in zip(values, codes, strict=True) if code == 0}
        assert landed[month]
    with closing(open_workspace(cli_any.db)) as workspace:
        with workspace.reading() as session:
            record = find_kpi(session, "Sales")
            assert record is not None
            kpi_id = record.id
        for month in months:
            chain = revision_chain(workspace, kpi_id, month)
            assert sorted(value for _, value in chain) == sorted(landed[month])
            undo_newest_first(workspace, kpi_id, month)


def test_two_kpi_adds_of_one_name_at_once_add_one_kpi(cli_any: Cli) -> None:
    cli_any("kpi", "add", "Orders", "--unit", "count")
    names = ["Sales", "Costs", "Visitors"]
    for name in names:
        command = ["-m", "--db", str(cli_any.db), "kpi", "add", name, "--unit", "count"]
        results = run_together([command, command])
        assert sorted(landed_or_refused(results)) == [0, 2]
        refused = next(result for result in results if result.returncode == 2)
        assert f"a KPI named '{name}' already exists" in refused.stderr
    with closing(open_workspace(cli_any.db)) as workspace, workspace.reading() as session:
        assert [kpi.name for kpi in list_kpis(session)] == ["Orders", *names]


def test_two_imports_of_one_file_at_once_land_whole(cli_any: Cli, tmp_path: Path) -> None:
    cli_any("kpi", "add", "Orders", "--unit", "count")
    rows = [
        ["KPI", "2025-01", "2025-02", "2025-03"],
        ["Revenue", 1200.5, 1300, 1250],
        ["Visitors", 400, 410, 420],
    ]
    path = write_csv(tmp_path / "owner.csv", rows)
    command = ["-m", "--db", str(cli_any.db), "import", str(path), "--create-kpis"]
    results = run_together([command, command], preload=IMPORTING)
    landed = landed_or_refused(results).count(0)
    assert landed >= 1
    with closing(open_workspace(cli_any.db)) as workspace:
        with workspace.reading() as session:
            ids = {kpi.name: kpi.id for kpi in list_kpis(session)}
            figures = load_figures(session)
            imports = [record for record, _ in list_imports(session)]
        # The first import to land creates both KPIs and writes six figures; a second one
        # finds them all in place and writes nothing.
        first, second = (2, 6), (0, 0)
        expected = [first] if landed == 1 else [second, first]
        assert sorted((r.kpis_created, r.values_imported) for r in imports) == expected
        assert list(ids) == ["Orders", "Revenue", "Visitors"]
        imported = {
            name: {str(month): cell.value for month, cell in figures[ids[name]].items()}
            for name in ("Revenue", "Visitors")
        }
        assert imported == {
            "Revenue": {"2025-01": 1200.5, "2025-02": 1300.0, "2025-03": 1250.0},
            "Visitors": {"2025-01": 400.0, "2025-02": 410.0, "2025-03": 420.0},
        }
        for month in (Month(2025, 1), Month(2025, 2), Month(2025, 3)):
            assert [value for _, value in revision_chain(workspace, ids["Revenue"], month)] == [
                figures[ids["Revenue"]][month].value
            ]
