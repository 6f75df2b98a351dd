"""Adding and changing KPIs: by hand (a formula KPI's parts checked), or from the catalog with
the parts an entry needs; each one undoable change set.

The window's KPI editor and catalog picker and `kpidesk kpi add` call here, so a KPI is
checked, and recorded for undo, the same way whichever door it came in by.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from kpidesk.domain.formula import Formula, PartProblem, part_problems
from kpidesk.domain.kpi import KpiDefinition, KpiDefinitionError
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.kpi_changes import (
    CatalogAdded,
    add_catalog_change,
    add_kpi_change,
    edit_kpi_change,
)
from kpidesk.store.kpis import list_kpis, require_kpi
from kpidesk.store.models import ChangeSet
from kpidesk.usecases.segments import check_weight


def define_kpi(session: Session, definition: KpiDefinition) -> ChangeSet:
    """Add a KPI defined by hand. A formula KPI may use only KPIs the workspace has, and not
    itself; a name (or alias) another KPI answers to is refused. Returns the change set
    that holds it (what undo removes)."""
    if definition.formula:
        _check_formula_parts(session, definition)
    check_weight(session, definition)
    return add_kpi_change(session, definition)


def redefine_kpi(session: Session, name: str, definition: KpiDefinition) -> ChangeSet:
    """Change the definition of the KPI named `name` (renamed, archived, a new formula); its
    figures and targets stay as they are. A new formula is checked like a new KPI's, against
    the other KPIs; a kept one is not, so a KPI can still be archived after a part went.
    Returns the change set that holds the edit (what undo reverts)."""
    record = require_kpi(session, name)
    if definition.formula and definition.formula != record.formula:
        _check_formula_parts(session, definition, editing=record.id)
    if definition.weight_kpi != record.weight_kpi:
        check_weight(session, definition)
    return edit_kpi_change(session, name, definition)


def add_catalog_entries(session: Session, keys: Iterable[str], lang: str) -> CatalogAdded:
    """Add each catalog entry named in `lang`, with each part the workspace lacks, as one
    change set; returns the names added, in order, with that change set."""
    return add_catalog_change(session, list(keys), lang)


def _check_formula_parts(
    session: Session, definition: KpiDefinition, editing: int | None = None
) -> None:
    """Refuse a formula naming the KPI itself or no KPI of the workspace (other than the one
    being edited, `editing`: its old name is not a part it can use)."""
    formula = Formula.parse(definition.formula or "")
    known = [
        name
        for kpi in list_kpis(session)
        if kpi.id != editing
        for name in (kpi.name, *(kpi.aliases or ()))
    ]
    for part, problem in part_problems(formula, definition.name, known):
        if problem is PartProblem.ITSELF:
            template = QT_TRANSLATE_NOOP(
                "messages", "the formula of '{kpi}' cannot use the KPI itself"
            )
            raise KpiDefinitionError(message(template, kpi=definition.name))
        template = QT_TRANSLATE_NOOP(
            "messages", "the formula uses [{part}], but there is no KPI of that name"
        )
        raise KpiDefinitionError(message(template, part=part))
