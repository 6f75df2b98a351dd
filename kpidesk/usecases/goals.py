"""Setting a goal: a monthly target, an override of one month, or an annual goal spread over
the fiscal year, each one decision kept with its note and the currency it was typed in.

The window's target dialog and `kpidesk goal set` both decide here which decision the owner
made, so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, TargetKind
from kpidesk.store.goals import GoalSet, set_annual_goal, set_target


def set_goal(
    session: Session,
    kpi_name: str,
    kind: TargetKind,
    month: Month,
    value: float,
    note: str = "",
    spread: Spread = Spread.EVEN,
    currency: str | None = None,
    segment: str | None = None,
) -> GoalSet:
    """A monthly target from `month` on, an override of `month` only, or (`kind` ANNUAL) a
    goal for the fiscal year starting in `month.year`, spread by `spread`. `currency` is the
    one the value was typed in (leva for a lev KPI); None: the one the KPI is shown in.
    `segment` names the segment the goal is for; None: the business as a whole.
    Returns the decision with the change set that holds it (what undo retracts)."""
    if kind is TargetKind.ANNUAL:
        return set_annual_goal(
            session, kpi_name, month.year, value, spread, note, currency, segment
        )
    return set_target(session, kpi_name, kind, month, value, note, currency, segment)
