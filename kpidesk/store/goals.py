"""Setting goals: the three ways an owner states a target, each kept as a new decision."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy.orm import Session

from kpidesk.domain.annual_goal import preview_annual_goal
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.domain.money import convert, display_currency
from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, TargetChange, TargetKind
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import start_change
from kpidesk.store.kpis import require_kpi, to_definition
from kpidesk.store.loading import load_snapshot
from kpidesk.store.models import ChangeSet
from kpidesk.store.segment_cells import segment_id_for
from kpidesk.store.targets import add_target


class GoalSet(NamedTuple):
    """A decision just made, with the change set that holds it (what undo retracts)."""

    decision: TargetChange
    change: ChangeSet


def set_target(
    session: Session,
    kpi_name: str,
    kind: TargetKind,
    first_month: Month,
    value: float,
    note: str = "",
    currency: str | None = None,
    segment: str | None = None,
) -> GoalSet:
    """A monthly target from `first_month` on, or an override of that one month, for one
    segment or (None) the business as a whole. `currency` is the one the value was typed in
    (leva for a lev KPI); None: the one it is shown in."""
    record = require_kpi(session, kpi_name)
    segment_id = segment_id_for(session, record, segment)
    currency = _target_currency(record.currency, currency)
    change = TargetChange(kind, first_month, float(value), datetime.now(), note, currency=currency)
    change_set = start_change(
        session, "target", summary=f"{record.name}{_of(segment)}: {kind.value} target"
    )
    add_target(session, record, change, change_set, segment_id=segment_id)
    return GoalSet(change, change_set)


def set_annual_goal(
    session: Session,
    kpi_name: str,
    year: int,
    goal: float,
    spread: Spread = Spread.EVEN,
    note: str = "",
    currency: str | None = None,
    segment: str | None = None,
) -> GoalSet:
    """An annual goal for the fiscal year starting in `year`, spread over its months, in the
    currency it was typed in (the spread of a goal in leva is that of its euro in leva), for
    one segment (spread by that segment's last year) or (None) the business as a whole."""
    record = require_kpi(session, kpi_name)
    segment_id = segment_id_for(session, record, segment)
    currency = _target_currency(record.currency, currency)
    scorecard = load_snapshot(session).scorecard
    if segment is not None:
        scorecard = scorecard.segment_view(segment)
    kpi = to_definition(record)
    months_values = preview_annual_goal(scorecard, kpi, year, goal, spread)
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
        currency=currency,
    )
    change_set = start_change(
        session, "target", summary=f"{record.name}{_of(segment)}: annual goal {year}"
    )
    add_target(session, record, change, change_set, segment_id=segment_id)
    return GoalSet(change, change_set)


def _of(segment: str | None) -> str:
    return f" ({segment})" if segment else ""


def _target_currency(kpi_currency: str | None, typed: str | None) -> str | None:
    """The currency a target was typed in, checked: the one the KPI is shown in, or one with
    a fixed rate to it (leva for a lev or euro KPI); None when nothing was said."""
    if typed is None:
        return None
    typed = typed.strip().upper()
    shown = display_currency(kpi_currency)
    if shown is None:
        raise StoreError(
            message(QT_TRANSLATE_NOOP("messages", "the KPI is not money; a target has no currency"))
        )
    try:
        convert(1.0, typed, shown)
    except ValueError:
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "a target in {currency} cannot be set for a KPI kept in {kept}"
                ),
                currency=typed,
                kept=shown,
            )
        ) from None
    return typed
