"""The catalog picker: KPIs grouped under their category, found by search in any language."""

from PySide6.QtCore import QModelIndex, Qt

from kpidesk.ui.goals.catalog_picker import KEY_ROLE, CatalogPickerDialog


def shown(picker: CatalogPickerDialog) -> dict[str, list[str]]:
    """Heading → the KPI names under it, as the tree shows them."""
    proxy = picker.proxy
    groups: dict[str, list[str]] = {}
    for row in range(proxy.rowCount()):
        heading = proxy.index(row, 0, QModelIndex())
        groups[heading.data()] = [
            proxy.index(child, 0, heading).data() for child in range(proxy.rowCount(heading))
        ]
    return groups


def test_kpis_are_grouped_by_category(qtbot) -> None:
    picker = CatalogPickerDialog(["Revenue"])
    qtbot.addWidget(picker)
    groups = shown(picker)
    assert list(groups) == ["Customer service", "Marketing", "Sales", "Finance"]
    assert groups["Finance"] == ["Average profit margin", "Profit", "Quick ratio"]
    assert "Revenue (already added)" in groups["Sales"]


def test_search_finds_by_any_language_and_keeps_the_heading(qtbot) -> None:
    picker = CatalogPickerDialog([])
    qtbot.addWidget(picker)
    picker.search.setText("churn")  # the name of one, the description of the other
    assert shown(picker) == {"Customer service": ["Customer churn", "Customers at start of month"]}
    picker.search.setText("Печалба")  # Bulgarian for profit, typed in the English window
    assert shown(picker) == {"Finance": ["Average profit margin", "Profit"]}  # "…на печалбата"
    picker.search.setText("marketing")  # the heading matches: all its KPIs come along
    assert len(shown(picker)["Marketing"]) == 5
    picker.search.clear()
    assert sum(len(names) for names in shown(picker).values()) == 19


def test_a_heading_cannot_be_picked_and_a_found_kpi_can(qtbot) -> None:
    picker = CatalogPickerDialog([])
    qtbot.addWidget(picker)
    heading = picker.proxy.index(0, 0, QModelIndex())
    assert not picker.proxy.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    picker.search.setText("quick")
    found = picker.proxy.index(0, 0, picker.proxy.index(0, 0, QModelIndex()))
    assert found.data(KEY_ROLE) == "quick_ratio"
    picker.select_key("quick_ratio")
    assert picker.selected_keys() == ["quick_ratio"]
    assert picker.buttons.buttons()[0].isEnabled()
