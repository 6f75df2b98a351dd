"""`kpidesk history | undo | redo`: a past `record` is listed with who made it and where, and
undone by its id in a later command; a refusal is one line and exit status 2."""

from pathlib import Path

import pytest

from kpidesk.store.identity import computer_name, system_user
from kpidesk.store.workspace import open_workspace
from tests.cli.conftest import Cli


@pytest.fixture(params=["sqlite", "postgresql"])
def any_cli(request: pytest.FixtureRequest, tmp_path: Path) -> Cli:
    """The command line in this process, on a workspace file and on the test server."""
    if request.param == "sqlite":
        return Cli(tmp_path / "cli.kpidesk", in_process=True)
    return Cli(request.getfixturevalue("postgres_url"), in_process=True)  # type: ignore[arg-type]


def _sales(cli: Cli) -> None:
    cli("kpi", "add", "Sales", "--unit", "count", "--aggregation", "sum")
    cli("record", "Sales", "2025-03", "10")
    cli("record", "Sales", "2025-03", "12")


def test_a_past_record_is_undone_and_redone_by_a_later_command(cli) -> None:
    """In subprocesses: each command is its own program, so nothing but the workspace
    remembers the record."""
    _sales(cli)
    [newest, *_] = cli.json("history", "--json")
    assert (newest["id"], newest["kind"], newest["source"], newest["figures"]) == (
        3,
        "edit",
        "command line",
        1,
    )
    assert (newest["who"], newest["computer"]) == (system_user(), computer_name())
    assert cli("undo", "3").stdout == "Undid change 3 (edit): 1 figure restored.\n"
    assert cli.status("2025-03")["Sales"]["value"] == 10
    again = cli("undo", "3", ok=False)
    assert (again.returncode, again.stderr) == (2, "kpidesk: this change is already undone\n")
    assert cli("redo", "3").stdout == "Redid change 3 (edit): 1 figure set again.\n"
    assert cli.status("2025-03")["Sales"]["value"] == 12


def test_history_lists_who_when_where_and_what(any_cli) -> None:
    _sales(any_cli)
    any_cli("goal", "set", "Sales", "--from", "2025-01", "--monthly", "11")
    any_cli("undo", "4")
    rows = any_cli.json("history", "--json")
    assert [(r["id"], r["kind"], r["undone"]) for r in rows] == [
        (4, "target", True),
        (3, "edit", False),
        (2, "edit", False),
        (1, "kpi", False),
    ]
    assert rows[0]["what"] == "target · 1 target · Sales"
    assert rows[1]["what"] == "edit, command line · 1 figure · Sales · 2025-03"
    assert rows[1]["months"] == ["2025-03", "2025-03"]
    assert rows[3]["what"] == "kpi · 1 KPI definition · Sales"
    assert [r["id"] for r in any_cli.json("history", "--limit", "2", "--json")] == [4, 3]
    table = any_cli("history", "--limit", "1").stdout.splitlines()
    assert table[0].split() == ["ID", "When", "Who", "Computer", "What", "Undone"]
    assert table[2].startswith("4 ")
    assert "target · 1 target · Sales" in table[2]


def test_goal_history_says_who_set_each_target(any_cli) -> None:
    _sales(any_cli)
    any_cli("goal", "set", "Sales", "--from", "2025-01", "--monthly", "11")
    [row] = any_cli.json("goal", "history", "Sales", "--json")
    assert (row["who"], row["computer"]) == (system_user(), computer_name())
    header = any_cli("goal", "history", "Sales").stdout.splitlines()[0]
    assert header.split()[-2:] == ["Who", "Computer"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["undo", "2"],
            "kpidesk: the figure for 2025-03 was changed again after this change; "
            "undo the later change first",
        ),
        (["undo", "99"], "kpidesk: there is no change 99"),
        (["redo", "3"], "kpidesk: this change is not undone"),
        (["history", "--limit", "0"], "kpidesk: --limit needs a whole number of at least 1"),
    ],
)
def test_a_refused_undo_is_one_line_and_changes_nothing(any_cli, args, says) -> None:
    _sales(any_cli)
    result = any_cli(*args, ok=False)
    assert (result.returncode, result.stderr) == (2, says + "\n")
    assert any_cli.status("2025-03")["Sales"]["value"] == 12
    assert not any(row["undone"] for row in any_cli.json("history", "--json"))


def test_an_empty_history_says_so(cli_fast) -> None:
    open_workspace(cli_fast.db).close()
    assert cli_fast("history").stdout == "No changes yet.\n"
    assert cli_fast.json("history", "--json") == []
