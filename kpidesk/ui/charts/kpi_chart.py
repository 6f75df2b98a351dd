"""One KPI's full chart: title, legend and plot, month by month, quarter by quarter or year
to date, month by month and by quarter optionally with last year's figures as a dashed line.

The chart keeps the scorecard it was last given and redraws from it; `refresh` after a data
edit feeds the same items new data and keeps the owner's zoom, `show_kpi` starts a KPI at its
range preset. Title and legend are part of the graphics scene, so an exported image carries
them too.
"""

from __future__ import annotations

from enum import StrEnum
from html import escape

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kpidesk.domain.kpi import Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.period_status import period_standing, so_far
from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.charts import look
from kpidesk.ui.charts.chart_data import (
    MonthlySeries,
    RangePreset,
    YtdSeries,
    chart_span,
    monthly_series,
    preset_window,
    ytd_series,
)
from kpidesk.ui.charts.hover import HoverTracker, quarter_tooltip_text, tooltip_text
from kpidesk.ui.charts.layers import MonthlyLayers, YtdLayers
from kpidesk.ui.charts.quarters import quarter_at, quarterly_series
from kpidesk.ui.charts.titled_chart import TitledChart
from kpidesk.ui.dashboard.period_text import period_name
from kpidesk.ui.formatting import format_value, unit_suffix
from kpidesk.ui.status_style import status_look


class ChartView(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YTD = "ytd"


def direction_text(kpi: KpiDefinition) -> str:
    return {
        Direction.HIGHER: QCoreApplication.translate("charts", "higher is better"),
        Direction.LOWER: QCoreApplication.translate("charts", "lower is better"),
        Direction.RANGE: QCoreApplication.translate("charts", "keep within the range"),
    }[kpi.direction]


def _entry(colour: QColor, glyph: str, text: str) -> str:
    return look.swatch(colour, glyph) + " " + text


def legend_html(
    kpi: KpiDefinition,
    view: ChartView,
    series: MonthlySeries | YtdSeries,
    shown: tuple[float, float] | None = None,
) -> str:
    """The legend as one line of rich text, naming only what the chart draws: no "Target"
    without a target, no shading without a target to shade around, no status never met.
    `shown` is the x range on screen: a status met only in months scrolled out of view is
    not named (the last twelve months of Revenue had no off-track month to point at)."""
    inside = np.ones(series.x.shape, dtype=bool)
    if shown is not None:
        inside = (series.x >= shown[0]) & (series.x <= shown[1])
    aimed = bool(np.isfinite(series.targets[inside]).any())
    monthly = view is not ChartView.YTD
    entries = [
        _entry(
            look.ACTUAL,
            "━━ ●",
            QCoreApplication.translate("charts", "Actual")
            if monthly
            else QCoreApplication.translate("charts", "Actual, year to date"),
        )
    ]
    if aimed:
        entries.append(
            _entry(
                look.TARGET,
                "╍╍",
                QCoreApplication.translate("charts", "Target")
                if monthly
                else QCoreApplication.translate("charts", "Target, year to date"),
            )
        )
        good = (
            QCoreApplication.translate("charts", "Good range")
            if kpi.direction is Direction.RANGE
            else QCoreApplication.translate("charts", "Good side")
        )
        entries.append(_entry(look.on_white(look.GOOD_FILL), "■", good))
        if kpi.tolerance > 0:
            entries.append(
                _entry(
                    look.on_white(look.RISK_FILL),
                    "■",
                    QCoreApplication.translate("charts", "Within tolerance"),
                )
            )
        off = QCoreApplication.translate("charts", "Off-track side")
        entries.append(_entry(look.on_white(look.OFF_FILL), "■", off))
    if monthly and kpi.benchmark is not None:
        entries.append(
            _entry(look.BENCHMARK, "━·━", QCoreApplication.translate("charts", "Benchmark"))
        )
    before = series.last_year if isinstance(series, MonthlySeries) else None
    if before is not None and np.isfinite(before).any():
        entries.append(
            _entry(look.LAST_YEAR, "╌╌", QCoreApplication.translate("charts", "Last year"))
        )
    if isinstance(series, YtdSeries):
        if series.forecast.size:
            entries.append(
                _entry(look.FORECAST, "···", QCoreApplication.translate("charts", "Forecast"))
            )
        if series.goals.size:
            entries.append(
                _entry(look.GOAL, "★", QCoreApplication.translate("charts", "Annual goal"))
            )
    points = zip(series.statuses, series.values, inside, strict=True)
    met = {s for s, v, on_screen in points if on_screen and np.isfinite(v)}
    for status in (Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NO_TARGET):
        if status in met:
            status_ = status_look(status)
            entries.append(_entry(status_.colour, status_.symbol, status_.label))
    return "&nbsp;&nbsp; ".join(entries)


_PERIOD_KINDS: dict[ChartView, PeriodKind] = {
    ChartView.MONTHLY: "month",
    ChartView.QUARTERLY: "quarter",
    ChartView.YTD: "ytd",
}


def spoken_latest(scorecard: Scorecard, name: str, view: ChartView) -> str:
    """The chart's accessible description: what its last point says, for a screen reader
    that cannot see the plot: "October 2026: 2,905 € against a target of 3,400 €, Off
    track", over the view's period (the quarter so far, the year to date)."""
    months = scorecard.measured_months(name)
    if not months:
        return QCoreApplication.translate("charts", "No figures yet.")
    latest = Period.ending_in(_PERIOD_KINDS[view], months[-1], scorecard.fiscal_start)
    period = so_far(scorecard, latest) if view is ChartView.QUARTERLY else latest
    standing = period_standing(scorecard, name, period)
    kpi = scorecard.kpi(name)
    value = format_value(kpi, standing.value)
    if standing.target is None:
        return QCoreApplication.translate("charts", "{period}: {value}, no target").format(
            period=period_name(period), value=value
        )
    return QCoreApplication.translate(
        "charts", "{period}: {value} against a target of {target}, {status}"
    ).format(
        period=period_name(period),
        value=value,
        target=format_value(kpi, standing.target),
        status=status_look(standing.status).label,
    )


class KpiChart(TitledChart):
    """The chart of one KPI; holds both views and switches between them by visibility."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot.getViewBox().setAutoVisible(y=True)
        self.monthly = MonthlyLayers(self.plot)
        self.ytd = YtdLayers(self.plot)
        self.hover = HoverTracker(self.plot, self, self._describe)
        self.scorecard: Scorecard | None = None
        self.kpi_name = ""
        self.view = ChartView.MONTHLY
        self.preset = RangePreset.LAST_12
        self.with_last_year = False
        """Whether last year's dashed line is drawn (month by month and by quarter)."""
        self._months: set[int] = set()
        self._legend_of: tuple[KpiDefinition, MonthlySeries | YtdSeries] | None = None
        self.plot.getViewBox().sigXRangeChanged.connect(lambda *_: self._name_what_is_shown())

    # --- what to show -------------------------------------------------------------------
    def show_kpi(
        self,
        scorecard: Scorecard,
        name: str,
        view: ChartView | None = None,
        preset: RangePreset | None = None,
    ) -> None:
        """Show a KPI (optionally in another view or range) starting at the preset's range."""
        self.scorecard = scorecard
        self.kpi_name = scorecard.kpi(name).name
        self.view = view or self.view
        self.preset = preset or self.preset
        self._draw()
        self.reset_zoom()

    def show_empty(self) -> None:
        """No KPI to show: hide every curve (the panel puts its own message in front)."""
        self.kpi_name = ""
        self.monthly.set_visible(False)
        self.ytd.set_visible(False)
        self._months = set()
        self._legend_of = None
        self.title.setText("")
        self.legend.setText("")
        self.setAccessibleName(QCoreApplication.translate("charts", "Chart"))
        self.setAccessibleDescription("")
        self.set_value_label("", "")

    def refresh(self, scorecard: Scorecard) -> None:
        """New data for the same KPI: curves change in place, the zoom stays."""
        self.scorecard = scorecard
        if self.kpi_name:
            self._draw()

    def reset_zoom(self) -> None:
        """Back to the range preset, with the y axis fitted to what is visible.

        Year to date restarts at every fiscal year's start, so the YTD view shows one fiscal
        year (the one the preset ends in) from its first month to its last; a range across a
        year's start would put two unrelated running totals side by side.
        """
        if self.scorecard is None or not self.kpi_name:
            return
        first, last = preset_window(self.scorecard, self.kpi_name, self.preset)
        fiscal_start = self.scorecard.fiscal_start
        if self.view is ChartView.YTD:
            year = last.fiscal_months(fiscal_start)
            first, last = year[0], year[-1]
        elif self.view is ChartView.QUARTERLY:
            first = Period.quarter_of(first, fiscal_start).months[0]
            last = Period.quarter_of(last, fiscal_start).months[-1]
        self.plot.setXRange(first.index - 0.5, last.index + 0.5, padding=0.01)
        self.plot.enableAutoRange(axis="y")

    def set_view(self, view: ChartView) -> None:
        self.view = view
        if self.scorecard is not None and self.kpi_name:
            self._draw()
            self.reset_zoom()

    def set_preset(self, preset: RangePreset) -> None:
        self.preset = preset
        self.reset_zoom()

    def set_last_year(self, on: bool) -> None:
        """Draw last year's figures beside this year's, or stop; the zoom stays."""
        self.with_last_year = on
        if self.scorecard is not None and self.kpi_name:
            self._draw()

    # --- drawing ------------------------------------------------------------------------
    def _draw(self) -> None:
        assert self.scorecard is not None
        scorecard, name = self.scorecard, self.kpi_name
        kpi = scorecard.kpi(name)
        first, last = chart_span(scorecard, name)
        monthly = self.view is not ChartView.YTD
        quarterly = self.view is ChartView.QUARTERLY
        series: MonthlySeries | YtdSeries
        if quarterly:
            series = quarterly_series(scorecard, name, first, last, self.with_last_year)
            self.monthly.update(kpi, series)
        elif monthly:
            series = monthly_series(scorecard, name, first, last, self.with_last_year)
            self.monthly.update(kpi, series)
        else:
            series = ytd_series(scorecard, name, first, last)
            self.ytd.update(kpi, series, scorecard.fiscal_start)
        self.monthly.set_visible(monthly)
        self.ytd.set_visible(not monthly)
        self.bottom_axis.set_quarters(
            scorecard.fiscal_start if quarterly else None, _running_quarter(scorecard)
        )
        self._months = {m.index for m in series.months}
        self.plot.getViewBox().setLimits(xMin=first.index - 6, xMax=last.index + 6)
        self._label(kpi, series)

    def _label(self, kpi: KpiDefinition, series: MonthlySeries | YtdSeries) -> None:
        suffix = unit_suffix(kpi)
        view_name = {
            ChartView.MONTHLY: QCoreApplication.translate("charts", "month by month"),
            ChartView.QUARTERLY: QCoreApplication.translate("charts", "quarter by quarter"),
            ChartView.YTD: QCoreApplication.translate("charts", "year to date"),
        }[self.view]
        self.title.setText(f"<b>{escape(kpi.name)}</b> · {view_name} · {direction_text(kpi)}")
        self._legend_of = (kpi, series)
        self._name_what_is_shown()
        self.value_axis.set_percent(kpi.unit is Unit.PERCENT)
        self.set_value_label(f"{kpi.name} ({suffix})" if suffix else kpi.name, suffix)
        self.setAccessibleName(f"{kpi.name}, {view_name}")
        assert self.scorecard is not None
        self.setAccessibleDescription(spoken_latest(self.scorecard, kpi.name, self.view))

    def _name_what_is_shown(self) -> None:
        """The legend for the months on screen, again whenever the owner zooms or pans."""
        if self._legend_of is None:
            return
        kpi, series = self._legend_of
        low, high = self.plot.getViewBox().viewRange()[0]
        self.legend.setText(legend_html(kpi, self.view, series, (low, high)))

    def _describe(self, index: int) -> str:
        if self.scorecard is None:
            return ""
        if self.view is ChartView.QUARTERLY:
            quarter = quarter_at(index, self.scorecard.fiscal_start)
            if quarter.months[1].index not in self._months:
                return ""
            return quarter_tooltip_text(self.scorecard, self.kpi_name, quarter)
        if index not in self._months:
            return ""
        month = Month.from_index(index)
        return tooltip_text(self.scorecard, self.kpi_name, month, ytd=self.view is ChartView.YTD)

    # --- what tests and the panel read --------------------------------------------------
    def layers(self) -> MonthlyLayers | YtdLayers:
        return self.ytd if self.view is ChartView.YTD else self.monthly


def _running_quarter(scorecard: Scorecard) -> str | None:
    """The label of the quarter the latest figures fall in while it still has months to
    come (its point counts only the months so far)."""
    latest = scorecard.latest_month()
    if latest is None:
        return None
    quarter = Period.quarter_of(latest, scorecard.fiscal_start)
    return quarter.label if so_far(scorecard, quarter) != quarter else None
