"""Chart axes that speak the interface language.

The x axis counts months (`Month.index`), not seconds: pyqtgraph's DateAxisItem would name
months in English whatever the interface language, and every KPI is monthly anyway. Labels
come from QLocale (`яну 2025`, `jaan 2025`) and numbers on the y axis use the locale's digit
grouping and decimal mark, as everywhere else in the app. Quarter by quarter, the x axis names
the fiscal quarter at each quarter's middle month (`Q1 2026`).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics

from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period
from kpidesk.ui.dashboard.period_text import quarter_name
from kpidesk.ui.formatting import format_month, format_number, short_month_name

_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)
"""Month steps between labels; below 12 they fall on Jan/Apr/Jul/Oct-like months."""
_QUARTER_STEPS = (3, 6, 12, 24, 48)
"""Quarter by quarter: every quarter, every second, one a year, ..."""


_FIRST_INDEX = Month(1, 1).index
_LAST_INDEX = Month(9999, 12).index
"""Axis positions outside these are no month (an empty plot starts at 0..1): no label."""


def _on_step(index: int, step: int) -> bool:
    if step < 12:
        return (index % 12) % step == 0
    return index % 12 == 0 and (index // 12) % (step // 12) == 0


def month_label_width(metrics: QFontMetrics) -> int:
    """Room one month label takes on the axis, with the gap kept between two labels."""
    return metrics.horizontalAdvance(format_month(Month(2000, 9))) + 18


def month_ticks(low: float, high: float, size: float, label_width: int) -> tuple[int, list[int]]:
    """The month step and the months labelled on an axis from `low` to `high`, `size` px
    long: as many labels as fit, on Jan/Apr/Jul/Oct-like months, each inside the axis."""
    first = max(math.ceil(low), _FIRST_INDEX)
    last = min(math.floor(high), _LAST_INDEX)
    if last < first or size <= 0:
        return 1, []
    fits = max(1, int(size / label_width))
    step = next((s for s in _STEPS if (last - first + 1) / s <= fits), _STEPS[-1])
    shown = [i for i in range(first, last + 1) if _on_step(i, step)]
    return step, fitting(shown, low, high, size, label_width)


def fitting(values: list[int], low: float, high: float, size: float, label_width: int) -> list[int]:
    """The ticks whose label fits between the axis' ends. pyqtgraph hides a label that
    would stick out, and the first label shown must be the one that names the year."""
    half = label_width / 2 * (high - low) / size
    return [v for v in values if low + half <= v <= high - half] or values


def month_labels(values: list[float], step: int) -> list[str]:
    """Month names; the year a year (or more) apart, and at January and the first label."""
    labels = []
    for position, value in enumerate(values):
        month = Month.from_index(round(value))
        if step >= 12:
            labels.append(str(month.year))
        elif month.month == 1 or position == 0:
            labels.append(format_month(month))
        else:
            labels.append(short_month_name(month.month))
    return labels


def value_spacing(low: float, high: float, size: float) -> float:
    """The distance between value ticks on an axis `size` px long, as pyqtgraph's
    AxisItem.tickSpacing picks its major ticks: the largest 1, 2 or 5 × 10ⁿ that splits the
    range into at least 2.25 intervals (more on axes longer than 300 px); 0 for no range."""
    spread = abs(high - low)
    if spread == 0 or not math.isfinite(spread):
        return 0.0
    widest = spread / max(2.25, 2.25 * math.sqrt(size / 300))
    unit = 10.0 ** math.floor(math.log10(widest))
    return next(f * unit for f in (5, 2, 1) if f * unit <= widest * (1 + 1e-9))


def value_labels(values: list[float], spacing: float, percent: bool) -> list[str]:
    """Locale-formatted tick numbers with as many decimals as the spacing needs, and `%`
    on a percent KPI's ticks."""
    decimals = 0 if spacing >= 1 else min(6, max(0, -math.floor(math.log10(spacing))))
    suffix = "\u00a0%" if percent else ""
    return [format_number(v, decimals) + suffix for v in values]


class _Axis(pg.AxisItem):
    """An axis that sets its label's HTML only when the text changes.

    pyqtgraph re-sets the label's HTML (a rich-text layout) on every pen, text pen, tick
    pen, label and SI-prefix change, eight times while an axis is built, though the text
    stays the same: a sixth of building a wall cell."""

    def _updateLabel(self) -> None:
        html = self.labelString()
        if html != getattr(self, "_label_html", None):
            self._label_html = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()


class MonthAxis(_Axis):
    """Bottom axis labelled with month names (and the year at January and at the left edge)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("bottom", **kwargs)
        # Month indexes never take an SI prefix; with it on, every range change rewrote the
        # (hidden) axis label's HTML, a few ms per wall cell.
        self.enableAutoSIPrefix(False)
        self._step = 1
        self.quarters: int | None = None
        """The fiscal start when the axis names quarters; None: months."""
        self.running: str | None = None
        """The label of a quarter still running, named "so far": its point counts only the
        months entered yet, and must not read as a whole quarter's fall."""

    def set_quarters(self, fiscal_start: int | None, running: str | None = None) -> None:
        """Name fiscal quarters (the year starting in `fiscal_start`), or months (None)."""
        if (fiscal_start, running) != (self.quarters, self.running):
            self.quarters, self.running = fiscal_start, running
            self.picture = None
            self.update()

    def _label_width(self) -> int:
        font = self.style.get("tickFont") or self.font()
        if self.quarters is None:
            return month_label_width(QFontMetrics(font))
        sample = quarter_name(Period.quarter(2000, 4, self.quarters))
        sample = _so_far(sample) if self.running else sample
        return QFontMetrics(font).horizontalAdvance(sample) + 18

    def _quarter_ticks(
        self, first: int, last: int, size: float, fiscal_start: int
    ) -> tuple[float, list[int]]:
        """Ticks at quarters' middle months, as many as fit (quarters counted from each
        fiscal year's first, so a yearly label falls on Q1)."""
        fits = max(1, int(size / self._label_width()))
        middles = [i for i in range(first, last + 1) if (i % 12 - (fiscal_start - 1)) % 3 == 1]
        self._step = next((s for s in _QUARTER_STEPS if len(middles) * 3 / s <= fits), 48)
        shown = [i for i in middles if (i - (fiscal_start - 1)) // 3 % (self._step // 3) == 0]
        return float(self._step), shown

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if self.quarters is None:
            self._step, shown = month_ticks(minVal, maxVal, size, self._label_width())
            return [(float(self._step), shown)]
        first = max(math.ceil(minVal), _FIRST_INDEX)
        last = min(math.floor(maxVal), _LAST_INDEX)
        if last < first or size <= 0:
            return []
        step, middles = self._quarter_ticks(first, last, size, self.quarters)
        return [(step, fitting(middles, minVal, maxVal, size, self._label_width()))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing != self._step:
            return ["" for _ in values]
        if self.quarters is None:
            return month_labels(values, self._step)
        fiscal_start = self.quarters
        return [
            self._quarter_label(Period.quarter_of(Month.from_index(round(v)), fiscal_start))
            for v in values
        ]

    def _quarter_label(self, quarter: Period) -> str:
        name = quarter_name(quarter)
        return _so_far(name) if quarter.label == self.running else name


def _so_far(quarter: str) -> str:
    return QCoreApplication.translate("MonthAxis", "{quarter} so far").format(quarter=quarter)


class ValueAxis(_Axis):
    """Left axis with locale-formatted numbers (`30 000`, `12,5`), no SI prefixes; a percent
    KPI's ticks carry the `%` (`40 %`), so a glance at the axis says "share", not "count"."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("left", **kwargs)
        self.setStyle(maxTickLevel=0)
        self.enableAutoSIPrefix(False)
        self.percent = False

    def set_percent(self, percent: bool) -> None:
        if percent != self.percent:
            self.percent = percent
            self.picture = None
            self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return value_labels([v * scale for v in values], spacing, self.percent)
