"""What hovering a chart shows: the month's value, target, attainment, status and note.

The tracker works on whole months, not on marker pixels: anywhere in a month's column counts
as that month, which is easier to hit on a small or dense chart than a 10-pixel marker.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QWidget

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.domain.period_status import period_standing, so_far
from kpidesk.domain.periods import Period
from kpidesk.domain.progress import attainment, status
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.charts import look
from kpidesk.ui.dashboard.period_text import period_months, period_name
from kpidesk.ui.formatting import format_month, format_percent, format_value
from kpidesk.ui.status_style import status_look


def tooltip_text(scorecard: Scorecard, name: str, month: Month, ytd: bool = False) -> str:
    """Rich text for one month; in the YTD view the figures are year to date through it."""
    kpi = scorecard.kpi(name)
    own = scorecard.value(name, month)
    if ytd:
        value = scorecard.ytd_value(name, month) if own is not None else None
        target = scorecard.ytd_target(name, month)
        title = QCoreApplication.translate("charts", "Year to date through {month}").format(
            month=format_month(month, long=True)
        )
    else:
        value, target = own, scorecard.target(name, month)
        title = format_month(month, long=True)
    rows = _figure_rows(kpi, title, value, target)
    note = scorecard.note(name, month)
    if note:
        rows.append(
            QCoreApplication.translate("charts", "Note: {note}").format(note=html.escape(note))
        )
    if not ytd and scorecard.is_converted(name, month):
        rows.append(
            html.escape(
                QCoreApplication.translate("charts", "Converted from leva at 1.95583 BGN = 1 EUR")
            )
        )
    return "<br>".join(rows)


def quarter_tooltip_text(scorecard: Scorecard, name: str, quarter: Period) -> str:
    """Rich text for one fiscal quarter: its figure by the KPI's aggregation (so far, while it
    runs), its target, and the months it covers."""
    counted = so_far(scorecard, quarter)
    standing = period_standing(scorecard, name, counted)
    title = f"{period_name(counted)} ({period_months(quarter)})"
    rows = _figure_rows(scorecard.kpi(name), title, standing.value, standing.target)
    return "<br>".join(rows)


def _figure_rows(
    kpi: KpiDefinition, title: str, value: float | None, target: float | None
) -> list[str]:
    look_ = status_look(status(value, target, kpi.direction, kpi.tolerance))
    missing = QCoreApplication.translate("charts", "no figure") if value is None else ""
    rows = [
        f"<b>{html.escape(kpi.name)}</b> · {html.escape(title)}",
        QCoreApplication.translate("charts", "Value: {value}").format(
            value=html.escape(format_value(kpi, value) or missing)
        ),
        QCoreApplication.translate("charts", "Target: {target}").format(
            target=html.escape(
                format_value(kpi, target) or QCoreApplication.translate("charts", "none")
            )
        ),
    ]
    reached = attainment(value, target, kpi.direction)
    if reached is not None:
        rows.append(
            QCoreApplication.translate("charts", "Attainment: {percent}").format(
                percent=format_percent(reached)
            )
        )
    colour = look_.colour.name()
    rows.append(f'<span style="color:{colour}">{look_.symbol}</span> {html.escape(look_.label)}')
    return rows


class HoverTracker(QObject):
    """Follows the mouse over a plot, marks the month under it and shows its tooltip.

    `describe(index)` returns the tooltip for a `Month.index`, or "" when there is nothing to
    say about that month.
    """

    def __init__(self, plot: pg.PlotItem, widget: QWidget, describe: Callable[[int], str]) -> None:
        super().__init__(widget)
        self._plot = plot
        self._widget = widget
        self._describe = describe
        self.guide = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(look.HOVER, width=1))
        self.guide.setVisible(False)
        plot.addItem(self.guide, ignoreBounds=True)
        plot.scene().sigMouseMoved.connect(self._moved)

    def text_at(self, scene_pos: QPointF) -> tuple[int, str]:
        """The month index under a scene position and its tooltip ("" outside the data)."""
        view = self._plot.getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return 0, ""
        index = round(view.mapSceneToView(scene_pos).x())
        return index, self._describe(index)

    def _moved(self, scene_pos: QPointF) -> None:
        index, text = self.text_at(scene_pos)
        self.guide.setVisible(bool(text))
        if not text:
            QToolTip.hideText()
            return
        self.guide.setPos(index)
        QToolTip.showText(QCursor.pos(), text, self._widget)
