"""Workspace settings: the workspace's own name, the business name, the fiscal-year start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.store.models import WorkspaceSetting


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    workspace_name: str = "My workspace"
    business_name: str = ""
    fiscal_start: int = 1
    country: str = ""

    def __post_init__(self) -> None:
        if not 1 <= self.fiscal_start <= 12:
            raise ValueError(f"the fiscal year starts in month 1..12, not {self.fiscal_start}")


_FIELDS = {"workspace_name": str, "business_name": str, "fiscal_start": int, "country": str}


def load_settings(session: Session) -> WorkspaceSettings:
    stored = {row.key: row.value for row in session.scalars(select(WorkspaceSetting))}
    values = {key: kind(stored[key]) for key, kind in _FIELDS.items() if key in stored}
    return WorkspaceSettings(**values)


def save_settings(session: Session, settings: WorkspaceSettings) -> None:
    for key in _FIELDS:
        session.merge(WorkspaceSetting(key=key, value=str(getattr(settings, key))))
