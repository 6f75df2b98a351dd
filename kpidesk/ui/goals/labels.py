"""Translated words for the domain's enums, shared by the Goals screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import Aggregation, Category, Direction, Unit
from kpidesk.domain.targets import Spread, TargetKind


def unit_label(unit: Unit) -> str:
    return {
        Unit.CURRENCY: QCoreApplication.translate("labels", "Money"),
        Unit.PERCENT: QCoreApplication.translate("labels", "Percent"),
        Unit.COUNT: QCoreApplication.translate("labels", "Count"),
        Unit.NUMBER: QCoreApplication.translate("labels", "Number"),
        Unit.DURATION: QCoreApplication.translate("labels", "Duration"),
        Unit.SCORE: QCoreApplication.translate("labels", "Score"),
        Unit.RATIO: QCoreApplication.translate("labels", "Ratio"),
    }[unit]


def direction_label(direction: Direction) -> str:
    return {
        Direction.HIGHER: QCoreApplication.translate("labels", "Higher is better"),
        Direction.LOWER: QCoreApplication.translate("labels", "Lower is better"),
        Direction.RANGE: QCoreApplication.translate("labels", "Keep within a range"),
    }[direction]


def aggregation_label(aggregation: Aggregation) -> str:
    return {
        Aggregation.SUM: QCoreApplication.translate("labels", "Months add up"),
        Aggregation.MEAN: QCoreApplication.translate("labels", "Average of months"),
        Aggregation.LAST: QCoreApplication.translate("labels", "Latest month counts"),
        Aggregation.FORMULA: QCoreApplication.translate("labels", "Computed by formula"),
    }[aggregation]


def aggregation_short_label(aggregation: Aggregation) -> str:
    """One word for a narrow column; `aggregation_label` says it in full."""
    return {
        Aggregation.SUM: QCoreApplication.translate("labels", "Sum"),
        Aggregation.MEAN: QCoreApplication.translate("labels", "Average"),
        Aggregation.LAST: QCoreApplication.translate("labels", "Latest"),
        Aggregation.FORMULA: QCoreApplication.translate("labels", "Formula"),
    }[aggregation]


def category_label(category: Category) -> str:
    return {
        Category.CUSTOMER_SERVICE: QCoreApplication.translate("labels", "Customer service"),
        Category.MARKETING: QCoreApplication.translate("labels", "Marketing"),
        Category.SALES: QCoreApplication.translate("labels", "Sales"),
        Category.FINANCE: QCoreApplication.translate("labels", "Finance"),
        Category.CUSTOM: QCoreApplication.translate("labels", "Custom"),
    }[category]


def target_kind_label(kind: TargetKind) -> str:
    return {
        TargetKind.MONTHLY: QCoreApplication.translate("labels", "Monthly target from a month on"),
        TargetKind.ANNUAL: QCoreApplication.translate("labels", "Annual goal"),
        TargetKind.OVERRIDE: QCoreApplication.translate("labels", "One month only"),
    }[kind]


def spread_label(spread: Spread | None) -> str:
    if spread is None:
        return ""
    return {
        Spread.EVEN: QCoreApplication.translate("labels", "evenly"),
        Spread.LAST_YEAR: QCoreApplication.translate("labels", "like last year"),
    }[spread]


def duration_unit_label(unit: str) -> str:
    """The word for one of the domain's DURATION_UNITS ("minutes", "hours", "days")."""
    return {
        "minutes": QCoreApplication.translate("labels", "minutes"),
        "hours": QCoreApplication.translate("labels", "hours"),
        "days": QCoreApplication.translate("labels", "days"),
    }[unit]
