"""Qt runs offscreen in every test; each UI test gets one shared QApplication (pytest-qt).

Every test that wants a workspace takes the one `workspace` fixture (a variant that fills it
asks for it by name), so each is a new file in the test's own folder and is closed in
teardown even when the test failed: an open one would keep its connections and -wal.
"""

import os
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from kpidesk.store.workspace import Workspace, open_workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new, migrated workspace, closed after the test whether it passed or not."""
    with closing(open_workspace(tmp_path / "test.kpidesk")) as opened:
        yield opened
