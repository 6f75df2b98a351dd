"""A data-entry cell's tooltip names the same month last year and the change to it."""

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.ui.data_entry.cell_tooltip import cell_tooltip
from kpidesk.ui.data_entry.cells import Cell

SALES = KpiDefinition("Sales", Unit.COUNT, decimals=0)
CARD = Scorecard(
    [SALES],
    {"sales": {Month(2025, 10): Figure(1200.0), Month(2026, 10): Figure(1350.0)}},
)


def _cell(value: float | None) -> Cell:
    return Cell(value, Status.NO_TARGET, "", None)


def test_the_tooltip_says_last_years_figure_and_the_change(qapp) -> None:
    # 1,350 against 1,200: +12.5 %.
    tip = cell_tooltip(SALES, _cell(1350.0), Month(2026, 10), CARD)
    assert "Same month last year: 1,200 (+12.5\u00a0%)" in tip.splitlines()


def test_a_figure_typed_and_not_saved_yet_is_set_beside_last_year(qapp) -> None:
    # 900 typed over the saved 1,350: against 1,200 that is -25 %.
    tip = cell_tooltip(SALES, _cell(900.0), Month(2026, 10), CARD)
    assert "Same month last year: 1,200 (-25.0\u00a0%)" in tip.splitlines()


def test_an_empty_month_still_shows_last_years_figure(qapp) -> None:
    tip = cell_tooltip(SALES, _cell(None), Month(2026, 10), CARD)
    assert "Same month last year: 1,200" in tip.splitlines()


def test_no_line_without_last_years_figure(qapp) -> None:
    tip = cell_tooltip(SALES, _cell(1200.0), Month(2025, 10), CARD)
    assert "last year" not in tip
