"""`kpidesk --db URL --self-test` checks this desktop against the team's own workspace: it
draws every view on its data and changes nothing there (the same clock tick, the same rows);
a server that cannot be reached is one line and exit status 2."""

import socket
import subprocess
import sys
from contextlib import closing

from sqlalchemy import func, select

from kpidesk.store.clock import current_tick
from kpidesk.store.models import Base
from kpidesk.store.workspace import open_workspace


def self_test(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kpidesk", "--db", url, "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def counted(url: str) -> tuple[int, dict[str, int]]:
    with closing(open_workspace(url, create=False)) as workspace, workspace.reading() as session:
        rows = {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
        return current_tick(session), rows


def test_the_self_test_on_a_server_workspace_changes_nothing(postgres_url: str) -> None:
    filled = subprocess.run(
        [sys.executable, "-m", "kpidesk", "--db", postgres_url, "demo"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert filled.returncode == 0, filled.stderr
    tick, rows = counted(postgres_url)
    assert tick == 1 and rows["kpi"] > 0 and rows["measurement"] > 0
    result = self_test(postgres_url)
    assert result.returncode == 0, result.stderr
    shown = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    assert result.stdout == (
        f"kpidesk self-test passed on {shown}: dashboard, goals, data entry, import preview "
        "and charts drawn; nothing was changed.\n"
    )
    assert counted(postgres_url) == (tick, rows)


def test_the_self_test_on_an_empty_workspace_draws_its_views(postgres_url: str) -> None:
    open_workspace(postgres_url).close()
    before = counted(postgres_url)
    result = self_test(postgres_url)
    assert result.returncode == 0, result.stderr
    assert counted(postgres_url) == before


def test_the_self_test_on_a_server_that_is_down_is_one_line() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = self_test(f"postgresql://maria@127.0.0.1:{port}/shop")
    assert result.returncode == 2
    assert result.stderr.startswith("kpidesk self-test failed: cannot open workspace ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
