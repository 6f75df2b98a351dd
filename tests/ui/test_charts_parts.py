"""The pieces behind the chart: shading that agrees with the domain's verdict, axis labels in
the interface language, tooltips, and year-to-date lines broken at the fiscal year."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest
from PySide6.QtCore import QLocale

from kpidesk.domain.kpi import Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status, status
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.ui.charts.axes import MonthAxis, value_labels, value_spacing
from kpidesk.ui.charts.chart_data import (
    broken_at_years,
    off_track_bands,
    status_bands,
    step_line,
)
from kpidesk.ui.charts.hover import tooltip_text


@pytest.mark.parametrize("direction", list(Direction))
def test_shaded_zones_agree_with_the_domains_status(direction: Direction) -> None:
    kpi = KpiDefinition("K", Unit.NUMBER, direction, tolerance=10)
    targets = np.array([50.0, 200.0])
    good, risks = status_bands(kpi, targets, reach=1000)
    nudge = 1e-6
    for i, target in enumerate(targets):
        judged = lambda v, t=target: status(v, t, direction, kpi.tolerance)  # noqa: E731
        assert judged((good.lower[i] + good.upper[i]) / 2) is Status.ON_TRACK
        for band in risks:
            assert judged((band.lower[i] + band.upper[i]) / 2) is Status.AT_RISK
        outer = min(b.lower[i] for b in risks), max(b.upper[i] for b in risks)
        if direction is not Direction.LOWER:
            assert judged(outer[0] - nudge) is Status.OFF_TRACK
        if direction is not Direction.HIGHER:
            assert judged(outer[1] + nudge) is Status.OFF_TRACK


@pytest.mark.parametrize("direction", list(Direction))
def test_off_track_side_is_shaded_where_the_domain_says_off_track(direction: Direction) -> None:
    kpi = KpiDefinition("K", Unit.NUMBER, direction, tolerance=10)
    targets = np.array([50.0, 200.0])
    bands = off_track_bands(kpi, targets, reach=1000)
    assert len(bands) == (2 if direction is Direction.RANGE else 1)
    for i, target in enumerate(targets):
        for band in bands:
            inside = (band.lower[i] + band.upper[i]) / 2
            assert status(inside, target, direction, kpi.tolerance) is Status.OFF_TRACK
    if direction is Direction.HIGHER:  # below 90 % of 50 is off track, out to the reach
        assert (bands[0].lower[0], bands[0].upper[0]) == (-950.0, 45.0)


def test_step_line_holds_each_month_across_its_width() -> None:
    x, y = step_line(np.array([10.0, 11.0, 12.0]), np.array([1.0, np.nan, 3.0]))
    assert list(x) == [9.5, 10.5, 10.5, 11.5, 11.5, 12.5]
    assert np.array_equal(y, [1.0, 1.0, np.nan, np.nan, 3.0, 3.0], equal_nan=True)


def test_year_to_date_line_breaks_between_fiscal_years() -> None:
    months = [Month(2025, 3), Month(2025, 4), Month(2025, 5)]
    x, y = broken_at_years(months, np.array([5.0, 1.0, 2.0]), fiscal_start=4)
    assert list(x[:2]) == [Month(2025, 3).index, Month(2025, 4).index - 0.5]
    assert np.isnan(y[1]) and list(y[[0, 2, 3]]) == [5.0, 1.0, 2.0]


@pytest.fixture
def bulgarian():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Bulgarian, QLocale.Country.Bulgaria))
    yield
    QLocale.setDefault(previous)


def test_month_axis_speaks_the_interface_language(qtbot, bulgarian) -> None:
    axis = MonthAxis()
    first, last = Month(2025, 1).index, Month(2025, 3).index
    levels = axis.tickValues(first - 0.5, last + 0.5, 1000)
    step, values = levels[0]
    labels = axis.tickStrings(values, 1.0, step)
    assert labels[0].startswith("яну") and labels[0].endswith("2025")
    assert labels[1].startswith("фев")


def test_month_axis_thins_labels_to_fit() -> None:
    axis = MonthAxis()
    levels = axis.tickValues(Month(2015, 1).index, Month(2024, 12).index, 600)
    step, values = levels[0]
    assert step >= 12 and all(Month.from_index(int(v)).month == 1 for v in values)


def test_tooltip_names_month_value_target_attainment_status_and_note(qtbot) -> None:
    kpi = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR", decimals=0)
    month = Month(2025, 3)
    scorecard = Scorecard(
        [kpi],
        figures={kpi.key: {month: Figure(950.0, "EUR", "Terrace <opened>")}},
        target_changes={
            kpi.key: [TargetChange(TargetKind.MONTHLY, month, 1000.0, datetime(2025, 1, 1))]
        },
    )
    text = tooltip_text(scorecard, "Revenue", month)
    assert "March" in text
    assert "950\u00a0€" in text and "1,000\u00a0€" in text
    assert "95\u00a0%" in text and "At risk" in text  # 950 of 1,000, within the 10 % tolerance
    assert "Terrace &lt;opened&gt;" in text


def test_the_first_month_label_shown_names_its_year(qtbot) -> None:
    # Three years over 760 px: a label every six months. January 2024 sits 0.3 months (about
    # 6 px) from the left end, where pyqtgraph would hide its label, so the first label shown
    # is July 2024, and it carries the year.
    axis = MonthAxis()
    low, high = Month(2024, 1).index - 0.3, Month(2026, 12).index + 0.5
    step, values = axis.tickValues(low, high, 760)[0]
    labels = axis.tickStrings(values, 1.0, step)
    assert labels[:3] == ["Jul 2024", "Jan 2025", "Jul"]


def test_value_ticks_are_spaced_as_pyqtgraphs_axes_space_them() -> None:
    # At least 2.25 intervals (more beyond 300 px), at the largest 1, 2 or 5 x 10^n.
    assert value_spacing(23_000, 46_000, 150) == 10_000  # at most 10,222 apart
    assert value_spacing(0.8, 1.6, 150) == pytest.approx(0.2)  # at most 0.36 apart
    assert value_spacing(0, 100, 1200) == 20  # 2.25 x √4 = 4.5 intervals: at most 22.2
    assert value_spacing(5, 5, 150) == 0  # no range, no ticks
    assert value_labels([0.5, 1.0], 0.5, percent=True) == ["0.5\u00a0%", "1.0\u00a0%"]
