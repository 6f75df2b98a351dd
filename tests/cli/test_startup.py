"""A command on a current workspace starts without importing what only migrations need."""

import subprocess
import sys
from pathlib import Path

from kpidesk.store.workspace import open_workspace

STATUS_AND_LIST_MODULES = """
import contextlib, io, sys
from kpidesk.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["--db", sys.argv[1], "status"])
print(code, " ".join(sorted(sys.modules)))
"""


def test_status_on_a_current_workspace_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.kpidesk"
    open_workspace(path).close()
    result = subprocess.run(
        [sys.executable, "-c", STATUS_AND_LIST_MODULES, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    code, *modules = result.stdout.split()
    assert code == "0"
    assert "kpidesk.cli.dispatch" in modules
    assert not {"alembic", "mako"} & set(modules)


def test_parsing_the_command_line_loads_no_database_layer() -> None:
    """`kpidesk import` starts reading its file before SQLAlchemy loads, so the file is parsed
    while the rest of the program starts."""
    result = subprocess.run(
        [sys.executable, "-c", "import sys, kpidesk.cli; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "sqlalchemy" not in result.stdout.split()


def test_the_program_leaves_after_a_command_with_its_objects_frozen(tmp_path: Path, monkeypatch):
    """`entry` skips the last sweep of the cycle collector (freezing what is loaded) only
    after a command, once the workspace is closed; the exit status is the command's."""
    import gc

    import pytest

    from kpidesk.cli import entry

    path = tmp_path / "w.kpidesk"
    open_workspace(path).close()
    monkeypatch.setattr(sys, "argv", ["kpidesk", "--db", str(path), "kpi", "list"])
    try:
        with pytest.raises(SystemExit) as ended:
            entry()
        assert ended.value.code == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    open_workspace(path).close()
