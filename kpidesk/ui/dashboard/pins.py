"""Which KPIs the owner pinned to the top of the dashboard, remembered per workspace.

Pins are this desktop's way of looking at a workspace, not the workspace's data: they are
kept in the window's settings (`kpidesk.ui.settings`), so pinning writes no change set, is
not undone by Undo, and does not rearrange the dashboard of a colleague on the same
workspace. The key is a digest of the workspace's location (its file or server URL without
the password), which a settings file cannot misread as groups the way a path's slashes
would be. KPIs are kept by their store id, so a renamed KPI stays pinned.
"""

from __future__ import annotations

from hashlib import sha1

from kpidesk.store.engine import without_password
from kpidesk.ui.settings import Setting


def _ids(raw: object) -> list[int]:
    """The ids as the INI file gives them back: one text for one item, a list for more."""
    items = [raw] if isinstance(raw, str | int) else raw
    if not isinstance(items, list):
        raise TypeError(raw)
    return [int(item) for item in items]


def _setting(location: str) -> Setting[list[int]]:
    digest = sha1(without_password(location).encode("utf-8"), usedforsecurity=False)
    return Setting(f"dashboard_pins/{digest.hexdigest()[:16]}", _ids, [])


def pinned(location: str) -> list[int]:
    """The pinned KPIs' ids, in the order they were pinned."""
    return _setting(location).get()


def set_pinned(location: str, ids: list[int]) -> None:
    _setting(location).set(list(ids))
