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
        if self.quarters is not None:
            sample = quarter_name(Period.quarter(2000, 4, self.quarters))
            sample = _so_far(sample) if self.running else sample
        else:
            sample = format_month(Month(2000, 9))
        return QFontMetrics(font).horizontalAdvance(sample) + 18

    def _quarter_ticks(self, first: int, last: int, size: float, fiscal_start: int) -> list:
        """Ticks at quarters' middle months, as many as fit (quarters counted from each
        fiscal year's first, so a yearly label falls on Q1)."""
        fits = max(1, int(size / self._label_width()))
        middles = [i for i in range(first, last + 1) if (i % 12 - (fiscal_start - 1)) % 3 == 1]
        self._step = next((s for s in _QUARTER_STEPS if len(middles) * 3 / s <= fits), 48)
        shown = [i for i in middles if (i - (fiscal_start - 1)) // 3 % (self._step // 3) == 0]
        return [(float(self._step), shown)]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        first = max(math.ceil(minVal), _FIRST_INDEX)
        last = min(math.floor(maxVal), _LAST_INDEX)
        if last < first or size <= 0:
            return []
        if self.quarters is not None:
            ticks = self._quarter_ticks(first, last, size, self.quarters)
        else:
            count = last - first + 1
            fits = max(1, int(size / self._label_width()))
            self._step = next((s for s in _STEPS if count / s <= fits), _STEPS[-1])
            shown = [i for i in range(first, last + 1) if _on_step(i, self._step)]
            ticks = [(float(self._step), shown)]
        return [(step, self._inside(values, minVal, maxVal, size)) for step, values in ticks]

    def _inside(self, values: list[int], low: float, high: float, size: float) -> list[int]:
        """The ticks whose label fits between the axis' ends. pyqtgraph hides a label that
        would stick out, and the first label shown must be the one that names the year."""
        half = self._label_width() / 2 * (high - low) / size
        return [v for v in values if low + half <= v <= high - half] or values

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing != self._step:
            return ["" for _ in values]
        if self.quarters is not None:
            fiscal_start = self.quarters
            return [
                self._quarter_label(Period.quarter_of(Month.from_index(round(v)), fiscal_start))
                for v in values
            ]
        labels = []
        for position, value in enumerate(values):
            month = Month.from_index(round(value))
            if self._step >= 12:
                labels.append(str(month.year))
            elif month.month == 1 or position == 0:
                labels.append(format_month(month))
            else:
                labels.append(short_month_name(month.month))
        return labels

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
        decimals = 0 if spacing >= 1 else min(6, max(0, -math.floor(math.log10(spacing))))
        suffix = "\u00a0%" if self.percent else ""
        return [format_number(v * scale, decimals) + suffix for v in values]
