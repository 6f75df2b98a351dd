"""The KPI editor starts a new KPI with the decimals its unit takes everywhere else (it showed
2 for money and percentages), until the owner sets them."""

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.ui.goals.kpi_editor import KpiEditorDialog


def _choose(dialog: KpiEditorDialog, unit: str) -> None:
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit))


def test_a_new_kpi_s_decimals_follow_its_unit(qtbot) -> None:
    dialog = KpiEditorDialog([])
    qtbot.addWidget(dialog)
    _choose(dialog, "currency")
    assert dialog.decimals.value() == 0
    _choose(dialog, "percent")
    assert dialog.decimals.value() == 1
    _choose(dialog, "number")
    assert dialog.decimals.value() == 2
    dialog.name.setText("Basket")
    assert dialog.definition().decimals == 2


def test_decimals_the_owner_set_stay_when_the_unit_changes(qtbot) -> None:
    dialog = KpiEditorDialog([])
    qtbot.addWidget(dialog)
    _choose(dialog, "percent")
    dialog.decimals.setValue(3)
    _choose(dialog, "currency")
    assert dialog.decimals.value() == 3


def test_an_edited_kpi_keeps_its_decimals_when_its_unit_changes(qtbot) -> None:
    kpi = KpiDefinition("Score", Unit.NUMBER, decimals=2)
    dialog = KpiEditorDialog([], kpi)
    qtbot.addWidget(dialog)
    _choose(dialog, "currency")
    assert dialog.decimals.value() == 2
