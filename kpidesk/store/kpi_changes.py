"""Adding, editing and archiving KPIs as undoable changes, as the window does them.

Each opens a change set and records a KPI revision for every KPI it adds or alters, so
`undo_change` and `redo_change` replay it like a typed figure. (An import's new KPIs are not
recorded: undoing an import removes its figures and keeps the KPIs it created.)
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.store.catalog_add import add_from_catalog
from kpidesk.store.figures import start_change
from kpidesk.store.kpi_revisions import record_added, record_edited
from kpidesk.store.kpis import add_kpi, require_kpi, stored_columns, update_kpi
from kpidesk.store.models import ChangeSet


def add_kpi_change(session: Session, kpi: KpiDefinition) -> ChangeSet:
    """Add a KPI (refused when its name or an alias is taken) as one undoable change."""
    change = start_change(session, "kpi", summary=f"add {kpi.name}")
    record_added(session, change, add_kpi(session, kpi))
    return change


class CatalogAdded(NamedTuple):
    """The KPIs catalog entries added, in order, and the change set that holds them (what
    undo removes)."""

    names: list[str]
    change: ChangeSet


def add_catalog_change(session: Session, keys: list[str], lang: str) -> CatalogAdded:
    """Add catalog entries named in `lang`, each with the parts of its formula the workspace
    lacks, as one undoable change. An entry whose name is taken is refused."""
    change = start_change(session, "kpi", source="catalog", summary=", ".join(keys))
    names: list[str] = []
    for key in keys:
        for name in add_from_catalog(session, key, lang):
            record_added(session, change, require_kpi(session, name))
            names.append(name)
    return CatalogAdded(names, change)


def edit_kpi_change(session: Session, name: str, kpi: KpiDefinition) -> ChangeSet:
    """Replace a KPI's definition (an edit, an archive or a restore) as one undoable change;
    its figures and targets stay as they are."""
    record = require_kpi(session, name)
    before = stored_columns(record)
    change = start_change(session, "kpi", summary=f"edit {record.name}")
    update_kpi(session, record, kpi)
    record_edited(session, change, record.id, before)
    return change
