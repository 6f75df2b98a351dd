"""Whom this desktop's changes are recorded as: the name the person set in the settings
("Your name"), else the computer's user name."""

from __future__ import annotations

from kpidesk.store.identity import system_user
from kpidesk.store.workspace import Workspace
from kpidesk.ui import settings as ui_settings


def author_name() -> str:
    return ui_settings.AUTHOR_NAME.get().strip() or system_user()


def apply_author(workspace: Workspace) -> None:
    """Record the changes made from now on as made by `author_name()`. A plain attribute the
    worker reads when it opens its next write transaction."""
    workspace.author = author_name()
