"""The window on a team's server: it never keeps or shows a password, a server that is down
is one dialog, and a figure typed while the server is away is said not saved and lands when
typed again once it is back."""

import time
from collections.abc import Iterator
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kpidesk.domain.demo import build_demo
from kpidesk.domain.month import Month
from kpidesk.store.demo_fill import fill_demo
from kpidesk.store.workspace import open_workspace
from kpidesk.ui import app as ui_app
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState
from tests.postgres_server import PostgresServer, start_server
from tests.ui.test_data_entry import cell, open_year, stored, type_into

from .conftest import settle

SECRET = "kohvik-2026"


def test_a_server_url_is_remembered_without_its_password() -> None:
    ui_settings.RECENT_WORKSPACES.set(["postgresql://old:hunter2@db/shop", "/home/maria/a.kpidesk"])
    ui_settings.remember_workspace(f"postgresql://maria:{SECRET}@server/shop?sslmode=require")
    assert ui_settings.LAST_WORKSPACE.get() == "postgresql://maria@server/shop?sslmode=require"
    assert ui_settings.RECENT_WORKSPACES.get() == [
        "postgresql://maria@server/shop?sslmode=require",
        "postgresql://old@db/shop",
        "/home/maria/a.kpidesk",
    ]
    ui_settings.remember_workspace(f"postgresql:///shop?service=team&password={SECRET}")
    assert ui_settings.LAST_WORKSPACE.get() == "postgresql:///shop?service=team"
    stored_text = ui_settings._store().fileName()
    with open(stored_text, encoding="utf-8") as ini:
        kept = ini.read()
    assert SECRET not in kept and "hunter2" not in kept


def test_a_window_opened_with_a_password_shows_and_keeps_none(qtbot, postgres_url: str) -> None:  # type: ignore[no-untyped-def]
    """The test server trusts every local connection, so the password given is not needed."""
    with_password = postgres_url.replace(
        "postgresql+psycopg://kpidesk_test@", f"postgresql://kpidesk_test:{SECRET}@"
    )
    window = ui_app.open_window(with_password)
    qtbot.addWidget(window)
    try:
        window.recent_menu.aboutToShow.emit()
        shown = [action.text() for action in window.recent_menu.actions()]
        assert shown == [with_password.replace(f":{SECRET}", "")]
        assert ui_settings.LAST_WORKSPACE.get() == shown[0]
        assert SECRET not in window.windowTitle()
        assert SECRET not in window.state.workspace.display_name()
    finally:
        window.state.runner.wait()
        ui_app._windows.remove(window)
        window.close()


def test_opening_the_window_on_a_server_that_is_down_is_one_dialog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    started = time.monotonic()
    code = ui_app.launch(f"postgresql://maria:{SECRET}@127.0.0.1:{port}/shop", False, None, False)
    assert time.monotonic() - started < 10
    assert code == 2
    assert len(shown) == 1
    assert shown[0].startswith(
        f"cannot open workspace postgresql://maria:***@127.0.0.1:{port}/shop"
    )
    assert "Connection refused" in shown[0] and SECRET not in shown[0]


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test's own, to stop while the window is open."""
    server = start_server()
    yield server
    server.stop()


def test_a_figure_typed_while_the_server_is_down_is_kept_and_saved_with_try_again(
    qtbot,
    own_server: PostgresServer,  # type: ignore[no-untyped-def]
) -> None:
    with closing(open_workspace(own_server.new_database())) as workspace:
        with workspace.transaction() as session:
            fill_demo(session, build_demo("en"), workspace_name="Shop")
        state = AppState(workspace)
        window = MainWindow(state)
        qtbot.addWidget(window)
        window.show()
        open_year(window, 2026)
        march = Month(2026, 3)
        before = stored(window, "Revenue", march)
        own_server.halt()
        try:
            type_into(qtbot, window, cell(window, "Revenue", march), "31250")
            qtbot.waitUntil(lambda: window.data_entry.message.text() != "", timeout=10_000)
            said = window.data_entry.message.text()
            assert said.startswith("Not saved: the server of postgresql://")
            assert said.endswith("nothing was changed: try again once it answers")
            assert window.data_entry.try_again.isVisible()
        finally:
            own_server.resume()
        assert stored(window, "Revenue", march) == before
        qtbot.mouseClick(window.data_entry.try_again, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: stored(window, "Revenue", march) == 31250, timeout=10_000)
        assert not window.data_entry.try_again.isVisible()
        settle(qtbot, state)
        assert window.data_entry.message.text() == ""
        window.close()
