"""Translated words for the domain's enums, shared by the Goals screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import Aggregation, Category, Direction, Unit
from kpidesk.domain.targets import Spread, TargetKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def unit_label(unit: Unit) -> str:
    return {
        Unit.CURRENCY: _tr("Money"),
        Unit.PERCENT: _tr("Percent"),
        Unit.COUNT: _tr("Count"),
        Unit.NUMBER: _tr("Number"),
        Unit.DURATION: _tr("Duration"),
        Unit.SCORE: _tr("Score"),
        Unit.RATIO: _tr("Ratio"),
    }[unit]


def direction_label(direction: Direction) -> str:
    return {
        Direction.HIGHER: _tr("Higher is better"),
        Direction.LOWER: _tr("Lower is better"),
        Direction.RANGE: _tr("Keep within a range"),
    }[direction]


def aggregation_label(aggregation: Aggregation) -> str:
    return {
        Aggregation.SUM: _tr("Months add up"),
        Aggregation.MEAN: _tr("Average of months"),
        Aggregation.LAST: _tr("Latest month counts"),
        Aggregation.FORMULA: _tr("Computed by formula"),
    }[aggregation]


def category_label(category: Category) -> str:
    return {
        Category.CUSTOMER_SERVICE: _tr("Customer service"),
        Category.MARKETING: _tr("Marketing"),
        Category.SALES: _tr("Sales"),
        Category.FINANCE: _tr("Finance"),
        Category.CUSTOM: _tr("Custom"),
    }[category]


def target_kind_label(kind: TargetKind) -> str:
    return {
        TargetKind.MONTHLY: _tr("Monthly target from a month on"),
        TargetKind.ANNUAL: _tr("Annual goal"),
        TargetKind.OVERRIDE: _tr("One month only"),
    }[kind]


def spread_label(spread: Spread | None) -> str:
    if spread is None:
        return ""
    return {Spread.EVEN: _tr("evenly"), Spread.LAST_YEAR: _tr("like last year")}[spread]
