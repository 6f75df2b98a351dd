"""A lev KPI crossing 2026-01-01: months entered in leva are shown in euro and marked, with
the figure as entered in the tooltip; euro months carry no mark."""

from types import SimpleNamespace

from PySide6.QtCore import Qt

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.ui.dashboard.model import COL_VALUE, DashboardModel
from kpidesk.ui.dashboard.rows import dashboard_rows
from kpidesk.ui.data_entry.model import GridModel

DEC, JAN = Month(2025, 12), Month(2026, 1)
TIP = "Entered as 1,955.83\u00a0лв., shown in euro at 1.95583"


def _card() -> Scorecard:
    kpi = KpiDefinition("Оборот", Unit.CURRENCY, currency="BGN", decimals=2)
    figures = {DEC: Figure(1955.83, "BGN"), JAN: Figure(1200, "EUR")}
    return Scorecard([kpi], {kpi.key: figures})


def test_dashboard_marks_a_month_entered_in_leva(qapp) -> None:  # type: ignore[no-untyped-def]
    model = DashboardModel()
    model.set_rows(dashboard_rows(_card(), DEC))
    value = model.index(0, COL_VALUE)
    assert value.data() == "лв→€\u20091,000.00\u00a0€"
    assert value.data(Qt.ItemDataRole.ToolTipRole) == TIP
    model.set_rows(dashboard_rows(_card(), JAN))
    assert model.index(0, COL_VALUE).data() == "1,200.00\u00a0€"


def test_grid_marks_only_the_lev_months(qapp) -> None:  # type: ignore[no-untyped-def]
    model = GridModel(SimpleNamespace(snapshot=SimpleNamespace(kpi_ids={})))  # type: ignore[arg-type]
    model.load(_card(), 2025)
    december = model.index(0, model.months.index(DEC))
    assert december.data() == "лв→€\u20091,000.00"
    assert TIP in december.data(Qt.ItemDataRole.ToolTipRole)
    model.load(_card(), 2026)
    january = model.index(0, model.months.index(JAN))
    assert january.data() == "1,200.00"
    assert "лв" not in january.data(Qt.ItemDataRole.ToolTipRole)
