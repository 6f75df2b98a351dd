"""Opening a current workspace reads its revision in plain SQL and never imports Alembic."""

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kpidesk.store.errors import WorkspaceRefused
from kpidesk.store.schema import HEAD_REVISION, alembic_config
from kpidesk.store.workspace import open_workspace

OPEN_AND_LIST_MODULES = """
import sys
from kpidesk.store.workspace import open_workspace
open_workspace(sys.argv[1]).close()
print(" ".join(sorted(sys.modules)))
"""


def test_head_revision_constant_is_the_head_of_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [HEAD_REVISION], "a migration was added: set schema.HEAD_REVISION to it"


def test_opening_a_current_workspace_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.kpidesk"
    open_workspace(path).close()
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST_MODULES, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    modules = set(result.stdout.split())
    assert "kpidesk.store.workspace" in modules
    assert not {"alembic", "mako"} & modules


def test_a_workspace_with_two_revisions_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "branched.kpidesk"
    open_workspace(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(WorkspaceRefused, match="newer version of kpidesk"):
        open_workspace(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
