"""Targets and their history: which goal applied to which month, and when it was set.

A target is never overwritten. Each change (a monthly value from a month on, an annual goal
spread over the fiscal year, a one-month override) is kept with the moment it was made. For a
month, the applicable change made last wins; asking "as of" an earlier moment gives the target
that applied at that time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from kpidesk.domain.kpi import Aggregation, KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.money import convert, display_currency
from kpidesk.domain.month import Month


class TargetKind(StrEnum):
    MONTHLY = "monthly"
    ANNUAL = "annual"
    OVERRIDE = "override"


class Spread(StrEnum):
    EVEN = "even"
    LAST_YEAR = "last-year"


@dataclass(frozen=True, slots=True)
class TargetChange:
    """One decision about a goal. For an annual goal, `monthly_values` holds the twelve monthly
    targets it was spread into when it was set, so later data never changes them."""

    kind: TargetKind
    first_month: Month
    value: float
    set_at: datetime
    note: str = ""
    spread: Spread | None = None
    monthly_values: tuple[float, ...] = field(default_factory=tuple)
    change_id: int = 0
    currency: str | None = None
    author: str = field(default="", compare=False)
    """Who made the decision and on which computer, as its change set records them; not part
    of what the decision is, so two records of one decision are equal whoever made them."""
    computer: str = field(default="", compare=False)

    def applies_to(self, month: Month) -> bool:
        offset = month.months_since(self.first_month)
        if self.kind is TargetKind.MONTHLY:
            return offset >= 0
        if self.kind is TargetKind.OVERRIDE:
            return offset == 0
        return 0 <= offset < len(self.monthly_values)

    def value_for(self, month: Month) -> float:
        if self.kind is TargetKind.ANNUAL:
            return self.monthly_values[month.months_since(self.first_month)]
        return self.value

    def scaled(self, factor: float, currency: str | None) -> TargetChange:
        """The same decision expressed in another currency."""
        return replace(
            self,
            value=self.value * factor,
            monthly_values=tuple(v * factor for v in self.monthly_values),
            currency=currency,
        )

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.set_at, self.change_id)


@dataclass(frozen=True, slots=True)
class PastDecision:
    """A decision as the history keeps it: the change, and when an undo retracted it (None
    while it is in force). An export carries the whole history, retracted decisions too."""

    change: TargetChange
    retracted_at: datetime | None = None


class SpreadError(ValueError):
    """An annual goal cannot be spread the way the owner asked.

    `message` is the reason for the goal editor to translate; `str()` is its English.
    """

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.message = reason


def target_for(
    changes: Iterable[TargetChange], month: Month, as_of: datetime | None = None
) -> float | None:
    """The target for `month`: the most recent applicable change (made by `as_of`, if given)."""
    best: TargetChange | None = None
    for change in changes:
        if as_of is not None and change.set_at > as_of:
            continue
        if change.applies_to(month) and (best is None or change.order > best.order):
            best = change
    return None if best is None else best.value_for(month)


def spread_annual_goal(
    goal: float,
    months: Sequence[Month],
    aggregation: Aggregation,
    spread: Spread = Spread.EVEN,
    last_year: Mapping[Month, float] | None = None,
    *,
    decimals: int,
) -> tuple[float, ...]:
    """Split an annual goal into one target per month of the fiscal year.

    The goal means what the KPI's aggregation means: for `sum` the months add up to it, for
    `mean` their mean is it; `last` and formula KPIs get the goal in every month. Spreading by
    last year weights each month by the same month a year earlier; a month with no figure last
    year weighs as the average of those that have one.

    Each month is rounded to the KPI's `decimals` and the last month takes the remainder, so
    the months add up to the goal exactly (a `mean` goal: to the goal times the months) and
    the owner never sees twelve targets of 83.333333 that make 999.999996. An even `mean`
    spread is the goal itself in every month, as typed.
    """
    count = len(months)
    if aggregation in (Aggregation.LAST, Aggregation.FORMULA):
        return tuple(goal for _ in months)
    if spread is Spread.EVEN and aggregation is not Aggregation.SUM:
        return tuple(goal for _ in months)
    total = Decimal(repr(float(goal)))
    if aggregation is not Aggregation.SUM:
        total *= count
    if spread is Spread.EVEN:
        weights = [1.0] * count
    else:
        weights = _last_year_weights(months, last_year or {})
    return _rounded_shares(total, weights, decimals)


def _rounded_shares(total: Decimal, weights: Sequence[float], decimals: int) -> tuple[float, ...]:
    """`total` split in proportion to `weights`, every share but the last rounded to
    `decimals` and the last one the exact remainder (computed in decimal, not binary)."""
    step = Decimal(1).scaleb(-max(0, decimals))
    weight_sum = sum(Decimal(w) for w in weights)
    shares = [
        (total * Decimal(w) / weight_sum).quantize(step, rounding=ROUND_HALF_EVEN)
        for w in weights[:-1]
    ]
    shares.append(total - sum(shares, Decimal(0)))
    return tuple(float(share) for share in shares)


def _last_year_weights(months: Sequence[Month], last_year: Mapping[Month, float]) -> list[float]:
    known = [last_year[m - 12] for m in months if (m - 12) in last_year]
    if not known:
        raise SpreadError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "there are no figures for {first}…{last} to spread the goal by"
                ),
                first=months[0] - 12,
                last=months[-1] - 12,
            )
        )
    if any(value < 0 for value in known) or sum(known) <= 0:
        raise SpreadError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "last year's figures are not all positive; spread the goal evenly"
                )
            )
        )
    fill = sum(known) / len(known)
    return [last_year.get(m - 12, fill) for m in months]


def shown_target(kpi: KpiDefinition, change: TargetChange) -> TargetChange:
    """The decision in the KPI's display currency (a target typed in leva, in euro)."""
    shown = display_currency(kpi.currency)
    if change.currency and change.currency != shown:
        return change.scaled(convert(1.0, change.currency, shown), shown)
    return change
