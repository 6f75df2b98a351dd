"""Setting goals: the three ways an owner states a target, each kept as a new decision."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.domain.month import Month, fiscal_year_months
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import Spread, TargetChange, TargetKind, spread_annual_goal
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import start_change
from kpidesk.store.kpis import require_kpi, to_definition
from kpidesk.store.loading import load_snapshot
from kpidesk.store.targets import add_target


def preview_annual_goal(
    scorecard: Scorecard, kpi: KpiDefinition, year: int, goal: float, spread: Spread
) -> list[tuple[Month, float]]:
    """The twelve monthly targets an annual goal would become, before anything is saved."""
    months = fiscal_year_months(year, scorecard.fiscal_start)
    last_year = {
        month: value
        for month in (m - 12 for m in months)
        if (value := scorecard.value(kpi.name, month)) is not None  # type: ignore[arg-type]
    }
    values = spread_annual_goal(
        goal, months, kpi.aggregation, spread, last_year, decimals=kpi.decimals
    )
    return list(zip(months, values, strict=True))


def set_target(
    session: Session,
    kpi_name: str,
    kind: TargetKind,
    first_month: Month,
    value: float,
    note: str = "",
) -> TargetChange:
    """A monthly target from `first_month` on, or an override of that one month."""
    record = require_kpi(session, kpi_name)
    change = TargetChange(kind, first_month, float(value), datetime.now(), note)
    change_set = start_change(session, "target", summary=f"{record.name}: {kind.value} target")
    add_target(session, record, change, change_set)
    return change


def set_annual_goal(
    session: Session,
    kpi_name: str,
    year: int,
    goal: float,
    spread: Spread = Spread.EVEN,
    note: str = "",
) -> TargetChange:
    """An annual goal for the fiscal year starting in `year`, spread over its months."""
    record = require_kpi(session, kpi_name)
    snapshot = load_snapshot(session)
    kpi = to_definition(record)
    months_values = preview_annual_goal(snapshot.scorecard, kpi, year, goal, spread)
    if not months_values:
        raise StoreError(message(QT_TRANSLATE_NOOP("messages", "the fiscal year has no months")))
    change = TargetChange(
        TargetKind.ANNUAL,
        months_values[0][0],
        float(goal),
        datetime.now(),
        note,
        spread=spread,
        monthly_values=tuple(value for _, value in months_values),
    )
    change_set = start_change(session, "target", summary=f"{record.name}: annual goal {year}")
    add_target(session, record, change, change_set)
    return change
