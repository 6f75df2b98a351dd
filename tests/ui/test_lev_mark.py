"""A lev KPI crossing 2026-01-01: months entered in leva are shown in euro and marked, with
the figure as entered in the tooltip; euro months carry no mark."""

from types import SimpleNamespace

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.ui.dashboard.model import COL_VALUE, DashboardModel
from kpidesk.ui.dashboard.rows import dashboard_rows
from kpidesk.ui.data_entry.delegate import GridDelegate
from kpidesk.ui.data_entry.model import LEV_ROLE, GridModel
from kpidesk.ui.lev_mark import CORNER

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


def test_grid_marks_only_the_lev_months_in_a_corner(qapp) -> None:  # type: ignore[no-untyped-def]
    """The grid shows the figure whole (1 955,83 лв. = 1 000,00 €) and marks the cell with a
    corner the delegate draws; the tooltip says it was entered in leva."""
    model = GridModel(SimpleNamespace(snapshot=SimpleNamespace(kpi_ids={})))  # type: ignore[arg-type]
    model.load(_card(), 2025)
    december = model.index(0, model.months.index(DEC))
    assert december.data() == "1,000.00"
    assert december.data(LEV_ROLE) is True
    assert TIP in december.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, model.months.index(Month(2025, 11))).data(LEV_ROLE) is False
    model.load(_card(), 2026)
    january = model.index(0, model.months.index(JAN))
    assert january.data() == "1,200.00"
    assert january.data(LEV_ROLE) is False
    assert "лв" not in january.data(Qt.ItemDataRole.ToolTipRole)


def test_the_lev_corner_is_drawn_in_the_cell(qapp) -> None:  # type: ignore[no-untyped-def]
    """A lev cell is painted with the blue corner at its bottom left; a euro cell is not."""
    model = GridModel(SimpleNamespace(snapshot=SimpleNamespace(kpi_ids={})))  # type: ignore[arg-type]
    model.load(_card(), 2025)
    delegate = GridDelegate()

    def corner(month: Month) -> QColor:
        image = QImage(80, 26, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 80, 26)
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0, model.months.index(month)))
        painter.end()
        return image.pixelColor(1, 24)

    assert corner(DEC) == CORNER
    assert corner(Month(2025, 11)) == QColor("white")
