"""Adding a catalog KPI to a workspace, with the KPIs its formula is computed from."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kpidesk.domain.catalog import entries_with_parts
from kpidesk.store.kpis import add_kpi, find_kpi


def add_from_catalog(session: Session, key: str, lang: str) -> list[str]:
    """Add the entry named in `lang`, and each of its parts the workspace lacks; returns the
    names added. The entry itself is refused if a KPI of that name already exists."""
    added = []
    for entry in entries_with_parts(key):
        definition = entry.definition(lang)
        if entry.key == key or find_kpi(session, definition.name) is None:
            add_kpi(session, definition)
            added.append(definition.name)
    return added
