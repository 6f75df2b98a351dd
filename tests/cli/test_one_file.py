"""A workspace is one file: after every command the .kpidesk file alone holds every change.

The owner copies, mails and backs up that one file, so each test copies ONLY the main file
elsewhere (never its -wal) and counts what the copy holds.
"""

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.workbooks import write_text


def copied_alone(path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copied" / path.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, copy)
    return copy


def count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchone()[0]


FIGURES = "SELECT count(*) FROM measurement"
WALK_INS = (
    "SELECT value FROM measurement JOIN kpi ON kpi.id = measurement.kpi_id "
    "WHERE kpi.name = 'Walk-ins' AND month = '{month}'"
)


def test_every_kind_of_command_leaves_everything_in_the_file(cli, tmp_path: Path) -> None:
    cli("demo")
    # The demo's 334 business figures and 229 of its locations and people.
    assert count(copied_alone(cli.db, tmp_path), FIGURES) == 563
    assert not Path(f"{cli.db}-wal").exists()

    cli("kpi", "add", "Walk-ins", "--unit", "count", "--aggregation", "sum")
    copy = copied_alone(cli.db, tmp_path)
    assert count(copy, "SELECT count(*) FROM kpi WHERE name = 'Walk-ins'") == 1

    cli("record", "Walk-ins", "2025-01", "17")
    copy = copied_alone(cli.db, tmp_path)
    assert count(copy, FIGURES) == 564
    assert count(copy, WALK_INS.format(month="2025-01")) == 17

    cli("goal", "set", "Walk-ins", "--from", "2025-01", "--monthly", "20")
    copy = copied_alone(cli.db, tmp_path)
    assert count(copy, "SELECT count(*) FROM target_change WHERE value = 20") == 1

    table = write_text(
        tmp_path / "walk-ins.csv", "kpi,month,value\nWalk-ins,2025-02,21\nWalk-ins,2025-03,22\n"
    )
    cli("import", str(table))
    copy = copied_alone(cli.db, tmp_path)
    assert count(copy, FIGURES) == 566
    assert count(copy, WALK_INS.format(month="2025-03")) == 22
    assert not Path(f"{cli.db}-wal").exists() and not Path(f"{cli.db}-shm").exists()


def test_a_command_run_while_another_kpidesk_holds_the_workspace_is_in_the_file(
    cli, tmp_path: Path
) -> None:
    """The window (here a plain connection) keeps the workspace open, so the -wal stays; the
    command's changes are nevertheless copied into the main file when it ends."""
    cli("kpi", "add", "Walk-ins", "--unit", "count", "--aggregation", "sum")
    with closing(sqlite3.connect(cli.db)) as window:
        window.execute("SELECT count(*) FROM kpi").fetchone()
        cli("record", "Walk-ins", "2025-01", "17")
        assert count(copied_alone(cli.db, tmp_path), FIGURES) == 1
