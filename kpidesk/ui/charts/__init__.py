"""KPI charts: one KPI against its targets over time, and the wall of all KPIs.

The main window embeds `ChartPanel`; it holds the single-KPI chart and the `ChartWall`.
"""

from kpidesk.ui.charts.panel import ChartPanel
from kpidesk.ui.charts.wall import ChartWall

__all__ = ["ChartPanel", "ChartWall"]
