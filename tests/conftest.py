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
from tests.postgres_server import PostgresServer, start_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new, migrated workspace, closed after the test whether it passed or not."""
    with closing(open_workspace(tmp_path / "test.kpidesk")) as opened:
        yield opened


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The test run's own PostgreSQL server, started on first use."""
    try:
        server = start_server()
    except RuntimeError as error:
        pytest.fail(f"no PostgreSQL server for the tests: {error}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> str:
    """The URL of a new, empty database on the test server."""
    return postgres.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """A new, migrated workspace: once as a SQLite file, once on the PostgreSQL server."""
    if request.param == "sqlite":
        location = str(tmp_path / "test.kpidesk")
    else:
        location = request.getfixturevalue("postgres").new_workspace_database()
    with closing(open_workspace(location)) as opened:
        yield opened


@pytest.fixture(params=["sqlite", "postgresql"])
def any_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test opens a workspace itself (two desktops on one, say): once a file path,
    once the URL of a new empty database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "test.kpidesk")
    return str(request.getfixturevalue("postgres_url"))
