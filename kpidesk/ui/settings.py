"""The window's own settings (not the workspace's), each declared once with type and default.

Like Picard's `config.py`: code reads a setting through its declaration, never with a bare
key, so a typo cannot silently create a second setting. The store is an INI file in the user
configuration folder; tests point `QSettings.setPath` at a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from kpidesk.store.engine import without_password

T = TypeVar("T")

MAX_RECENT = 8


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kpidesk", "kpidesk")


def _text_list(raw: object) -> list[str]:
    """A list as QSettings gives it back: a single text when it held one item."""
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list):
        return [str(item) for item in raw]
    raise TypeError(raw)


def _bytes(raw: object) -> QByteArray:
    if isinstance(raw, QByteArray):
        return raw
    raise TypeError(raw)


def _flag(raw: object) -> bool:
    """A yes/no as the INI file holds it: "true" or "false" (a bool before it was written)."""
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError(raw)


def _day(raw: object) -> int:
    """A day of the month a reminder can fall on in every month: 1 to 28."""
    day = int(str(raw))
    if not 1 <= day <= 28:
        raise ValueError(raw)
    return day


@dataclass(frozen=True)
class Setting(Generic[T]):
    """`read` turns what the INI file holds into the setting's type; a value it refuses
    (TypeError, ValueError: a hand-edited file) reads as the default."""

    key: str
    read: Callable[[object], T]
    default: T

    def get(self) -> T:
        raw = _store().value(self.key, self.default)
        if raw is None:
            return self.default
        try:
            return self.read(raw)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        store = _store()
        store.setValue(self.key, value)
        store.sync()


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", _bytes, QByteArray())
LAST_VIEW: Setting[str] = Setting("window/last_view", str, "dashboard")
RECENT_WORKSPACES: Setting[list[str]] = Setting("workspaces/recent", _text_list, [])
LAST_WORKSPACE: Setting[str] = Setting("workspaces/last", str, "")
# "" follows the system locale; otherwise "en", "bg" or "et", applied from the next start.
LANGUAGE: Setting[str] = Setting("interface/language", str, "")
# The folder the last chart was exported to; "" is the home folder.
EXPORT_FOLDER: Setting[str] = Setting("charts/export_folder", str, "")
# Whether the chart draws last year's figures as a dashed line beside this year's.
CHART_LAST_YEAR: Setting[bool] = Setting("charts/last_year", _flag, False)
# The name this desktop's changes are recorded under; "" is the computer's user name.
AUTHOR_NAME: Setting[str] = Setting("identity/name", str, "")
# The month-end reminder: on this day of the month (or the first start after it), the window
# opens on the dashboard with the missing-figures banner; once a month, the last "YYYY-MM".
REMINDER_ON: Setting[bool] = Setting("reminder/on", _flag, False)
REMINDER_DAY: Setting[int] = Setting("reminder/day", _day, 1)
LAST_REMINDED: Setting[str] = Setting("reminder/last_month", str, "")


def remember_workspace(location: str) -> None:
    """Put a workspace first in the recent list and make it the one opened next time. A
    server's URL is kept without its password (kpidesk never stores one; libpq finds it in
    ~/.pgpass, PGPASSWORD or a service file), and so is every URL already in the list."""
    kept = without_password(location)
    recent = [without_password(item) for item in RECENT_WORKSPACES.get()]
    RECENT_WORKSPACES.set([*dict.fromkeys([kept, *recent])][:MAX_RECENT])
    LAST_WORKSPACE.set(kept)
