"""A tracked KPI's segments side by side: one line per segment, each with its own target
dashed in the same colour, and the business total (with its target) when asked for.

Colours are the Okabe-Ito palette, told apart with red-green colour blindness; the legend is
a line of text above the plot, inside the graphics scene (an exported image names every line)
and never over a curve. A gap is a gap: a month
a segment has no figure for is not drawn as zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kpidesk.domain.kpi import Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.charts import look
from kpidesk.ui.charts.chart_data import RangePreset, preset_window, step_line
from kpidesk.ui.charts.kpi_chart import direction_text
from kpidesk.ui.charts.titled_chart import TitledChart
from kpidesk.ui.formatting import unit_suffix

PALETTE = tuple(
    QColor(c) for c in ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00")
)
TOTAL = QColor("#1d1f23")


@dataclass(frozen=True, slots=True)
class Line:
    """One drawn line: what the legend calls it and its values, NaN where missing."""

    name: str
    values: np.ndarray
    targets: np.ndarray
    colour: QColor


def segment_lines(
    scorecard: Scorecard, name: str, months: list[Month], with_total: bool
) -> list[Line]:
    """The lines of the chart: every segment of the KPI's set (archived ones only when they
    have figures), then the business total when asked for."""
    lines = []
    for number, segment in enumerate(scorecard.segments_of(name)):
        view = scorecard.segment_view(segment.name)
        lines.append(
            Line(
                segment.name,
                _array(view.series(name, months)),
                _array([view.target(name, m) for m in months]),
                PALETTE[number % len(PALETTE)],
            )
        )
    if with_total:
        lines.append(
            Line(
                QCoreApplication.translate("charts", "Business total"),
                _array(scorecard.series(name, months)),
                _array([scorecard.target(name, m) for m in months]),
                TOTAL,
            )
        )
    return lines


def _array(values: list[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def legend_html(lines: list[Line]) -> str:
    """Every line's name in its colour, then how a target is drawn when one is."""
    entries = [look.swatch(line.colour, "━━ ●") + " " + escape(line.name) for line in lines]
    if any(np.isfinite(line.targets).any() for line in lines):
        entries.append(
            look.swatch(look.TARGET, "╍╍")
            + " "
            + QCoreApplication.translate("charts", "Target (dashed, each line's colour)")
        )
    return "&nbsp;&nbsp; ".join(entries)


class SegmentsChart(TitledChart):
    """The comparison chart of one tracked KPI over the range preset's months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.kpi_name = ""

    def show_kpi(
        self,
        scorecard: Scorecard,
        name: str,
        preset: RangePreset = RangePreset.LAST_12,
        with_total: bool = False,
    ) -> None:
        kpi = scorecard.kpi(name)
        self.kpi_name = kpi.name
        first, last = preset_window(scorecard, kpi.name, preset)
        months = [first + i for i in range(last.months_since(first) + 1)]
        self.lines = segment_lines(scorecard, kpi.name, months, with_total)
        self.plot.clear()
        x = np.array([m.index for m in months], dtype=float)
        for line in self.lines:
            curve = self.plot.plot(
                x,
                line.values,
                pen=pg.mkPen(line.colour, width=2.4),
                symbol="o",
                symbolSize=6,
                symbolBrush=line.colour,
                symbolPen=line.colour,
                connect="finite",
            )
            curve.setZValue(2)
            if np.isfinite(line.targets).any():
                pen = pg.mkPen(line.colour, width=1.4)
                pen.setStyle(Qt.PenStyle.DashLine)
                self.plot.plot(*step_line(x, line.targets), pen=pen, connect="finite")
        self.legend.setText(legend_html(self.lines))
        self.value_axis.set_percent(kpi.unit is Unit.PERCENT)
        suffix = unit_suffix(kpi)
        self.set_value_label(f"{kpi.name} ({suffix})" if suffix else kpi.name, suffix)
        self.title.setText(
            QCoreApplication.translate("charts", "<b>{kpi}</b> · by segment · {direction}").format(
                kpi=escape(kpi.name), direction=direction_text(kpi)
            )
        )
        self.plot.setXRange(first.index - 0.5, last.index + 0.5, padding=0.01)
        self.plot.enableAutoRange(axis="y")
