"""Keyboard focus: tab order in reading order, and where the focus goes when a view opens.

Qt's tab order is the order widgets were parented, which is not always the order they are
read in (a table built before the buttons above it, tiles made after the table below them);
`chain_tab_order` puts widgets in the order given. `focus_view` puts the focus where the
owner works in a view just opened (the widget `set_first_focus` named: the dashboard's
table, the KPI list, the grid), or on its first control while that is hidden, so Ctrl+1…6
leaves the hands on the keyboard. Not Qt's focus proxy: a view with a focus proxy becomes a
Tab stop of its own that jumps to the proxy, and Tab then skips every control before it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kpidesk.ui.charts.panel import ChartPanel

_FIRST_FOCUS = "kpideskFirstFocus"


def set_first_focus(view: QWidget, widget: QWidget) -> None:
    """Name the widget that takes the focus when `view` is opened."""
    view.setProperty(_FIRST_FOCUS, widget)


def first_focus(view: QWidget) -> QWidget | None:
    """The widget `set_first_focus` named for the view, if any."""
    widget = view.property(_FIRST_FOCUS)
    return widget if isinstance(widget, QWidget) else None


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def takes_tab(widget: QWidget, within: QWidget) -> bool:
    """Whether Tab can land on `widget` while `within` is shown."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(within)
    )


def first_in_tab_order(holder: QWidget) -> QWidget | None:
    """The first widget inside `holder` that Tab lands on, following the tab order."""
    widget = holder.nextInFocusChain()
    while widget is not None and widget is not holder:
        if holder.isAncestorOf(widget) and takes_tab(widget, holder):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_view(holder: QWidget, view: QWidget) -> None:
    """Focus the view's first-focus widget when it can be seen in `holder`, else the first
    control in `holder` (the welcome page in the dashboard's place, a view's empty state)."""
    target = first_focus(view)
    if target is None or not takes_tab(target, holder):
        target = first_in_tab_order(holder)
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def order_chart_controls(panel: ChartPanel) -> None:
    """The charts view by keyboard: opening it focuses the KPI chooser, Tab follows its row
    of controls as laid out (left to right, the buttons on the right last) and only then
    reaches the plot, which Qt would otherwise put first, above the controls. Called once
    the panel sits in the window: an order set before it was placed there did not last."""
    set_first_focus(panel, panel.kpi_box)
    chain_tab_order(
        *(panel.kpi_box, panel.view_box, panel.range_box, panel.last_year_box),
        *(panel.reset_button, panel.compare_button, panel.total_box, panel.choose_button),
        *(panel.wall_button, panel.export_button, panel.chart),
    )
