"""The labels at a chart's latest month stay inside the plot: a target at the very top is
written below its line, and the latest figure's label does not run into it."""

import numpy as np
import pyqtgraph as pg

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.ui.charts.end_labels import EndLabels

_KEPT: list[pg.PlotWidget] = []
"""The plots under test, kept alive while their labels are asked about."""


def _shown(qtbot, values: list[float], targets: list[float]) -> EndLabels:  # type: ignore[no-untyped-def]
    widget = pg.PlotWidget()
    _KEPT.append(widget)
    qtbot.addWidget(widget)
    widget.resize(500, 160)
    widget.show()
    plot = widget.getPlotItem()
    x = np.arange(len(values), dtype=float)
    plot.plot(x, np.array(values))
    plot.plot(x, np.array(targets))
    ends = EndLabels(plot)
    ends.update(
        KpiDefinition("Engagement", Unit.PERCENT, decimals=1),
        x,
        np.array(values),
        np.array(targets),
    )
    qtbot.waitUntil(lambda: plot.getViewBox().viewRange()[1][1] >= max(targets))
    return ends


def _inside(ends: EndLabels, item: pg.TextItem) -> bool:
    view = ends.plot.getViewBox()
    box = item.mapRectToView(item.boundingRect())
    (_, _), (bottom, top) = view.viewRange()
    return bottom <= box.top() and box.bottom() <= top


def test_a_target_at_the_top_is_written_below_its_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    ends = _shown(qtbot, [4.2, 4.1, 4.0], [4.0, 5.0, 5.0])
    assert ends.target.toPlainText() == "Target 5.0 %"
    qtbot.waitUntil(lambda: _inside(ends, ends.target))
    assert _inside(ends, ends.value)


def test_close_labels_at_the_top_stay_apart(qtbot) -> None:  # type: ignore[no-untyped-def]
    ends = _shown(qtbot, [3.0, 4.0, 5.0], [3.0, 4.0, 4.98])
    qtbot.waitUntil(lambda: _inside(ends, ends.value))
    value = ends.value.mapRectToView(ends.value.boundingRect())
    target = ends.target.mapRectToView(ends.target.boundingRect())
    assert not value.intersects(target)


def test_close_labels_at_the_bottom_stay_inside_and_apart(qtbot) -> None:  # type: ignore[no-untyped-def]
    ends = _shown(qtbot, [5.0, 4.0, 3.0], [5.0, 4.0, 3.02])
    qtbot.waitUntil(lambda: _inside(ends, ends.value) and _inside(ends, ends.target))
    value = ends.value.mapRectToView(ends.value.boundingRect())
    target = ends.target.mapRectToView(ends.target.boundingRect())
    assert not value.intersects(target)
