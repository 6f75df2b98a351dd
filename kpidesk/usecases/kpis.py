"""Adding and changing KPIs: by hand (a formula KPI's parts checked), or from the catalog with
the parts an entry needs.

The window's KPI editor and catalog picker and `kpidesk kpi add` call here, so a KPI is
checked the same way whichever door it came in by.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from kpidesk.domain.formula import Formula, PartProblem, part_problems
from kpidesk.domain.kpi import KpiDefinition
from kpidesk.store.catalog_add import add_from_catalog
from kpidesk.store.kpis import add_kpi, list_kpis, require_kpi, update_kpi
from kpidesk.store.models import KpiRecord


def define_kpi(session: Session, definition: KpiDefinition) -> KpiRecord:
    """Add a KPI defined by hand. A formula KPI may use only KPIs the workspace has, and not
    itself; a name (or alias) another KPI answers to is refused."""
    if definition.formula:
        _check_formula_parts(session, definition)
    return add_kpi(session, definition)


def redefine_kpi(session: Session, name: str, definition: KpiDefinition) -> None:
    """Change the definition of the KPI named `name` (renamed, archived, a new formula); its
    figures and targets stay as they are."""
    update_kpi(session, require_kpi(session, name), definition)


def add_catalog_entries(session: Session, keys: Iterable[str], lang: str) -> list[str]:
    """Add each catalog entry named in `lang`, with each part the workspace lacks; returns
    the names added, in order."""
    added: list[str] = []
    for key in keys:
        added += add_from_catalog(session, key, lang)
    return added


def _check_formula_parts(session: Session, definition: KpiDefinition) -> None:
    formula = Formula.parse(definition.formula or "")
    known = [name for kpi in list_kpis(session) for name in (kpi.name, *(kpi.aliases or ()))]
    for part, problem in part_problems(formula, definition.name, known):
        if problem is PartProblem.ITSELF:
            raise ValueError(f"the formula of '{definition.name}' cannot use the KPI itself")
        raise ValueError(f"the formula uses [{part}], but there is no KPI of that name")
