from pathlib import Path

import pytest

from kpidesk.store.workspace import Workspace, open_workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = open_workspace(tmp_path / "test.kpidesk")
    yield ws
    ws.close()
