"""Texts made below the window (a formula that cannot be read, a KPI name already taken, a row
left out as a total) and the words the window shows about them (where a change came from, the
quotes around a label) reach a Bulgarian owner in Bulgarian, through the real translation; the
English `str()` the command line prints stays as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy.orm import Session

from kpidesk.domain.formula import Formula, FormulaError
from kpidesk.domain.kpi import Aggregation, KpiDefinition, KpiDefinitionError, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, SpreadError, spread_annual_goal
from kpidesk.io.left_out import summary_column, totals_row
from kpidesk.store.errors import DuplicateKpiError
from kpidesk.store.kpis import add_kpi
from kpidesk.store.refresh import Touched
from kpidesk.ui.data_entry.history_dialog import source_label
from kpidesk.ui.goals.kpi_editor import KpiEditorDialog
from kpidesk.ui.importer.explain import why_not
from kpidesk.ui.language import apply_language
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.messages import error_text, translated


@pytest.fixture
def bulgarian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The shipped Bulgarian translation, for the length of one test."""
    apply_language(qapp, "bg")
    yield
    apply_language(qapp, "en")


def _formula_error(text: str) -> FormulaError:
    with pytest.raises(FormulaError) as caught:
        Formula.parse(text)
    return caught.value


def test_formula_errors_keep_their_english() -> None:
    assert str(_formula_error("[a] +")) == "the formula ends too early"
    assert str(_formula_error("[a] x")) == "unexpected 'x' at character 5"
    assert str(_formula_error("([a]")) == "the '(' at character 1 is never closed"


def test_formula_error_in_the_kpi_editor_is_bulgarian(qtbot, bulgarian) -> None:  # type: ignore[no-untyped-def]
    dialog = KpiEditorDialog(["Profit", "Revenue"])
    qtbot.addWidget(dialog)
    dialog.name.setText("Margin")
    dialog.aggregation.setCurrentIndex(dialog.aggregation.findData("formula"))
    dialog.formula.setText("[Profit] / ([Revenue] * 100")
    assert "скобата „(“ на позиция 12 не е затворена" in dialog.formula_check.text()
    dialog.formula.setText("[Profit] +")
    assert "формулата свършва твърде рано" in dialog.formula_check.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_definition_problem_in_the_kpi_editor_is_bulgarian(qtbot, bulgarian) -> None:  # type: ignore[no-untyped-def]
    dialog = KpiEditorDialog(["Profit"])
    qtbot.addWidget(dialog)
    dialog.name.setText("Margin [old]")
    assert dialog.problem.text() == "името на КПП „Margin [old]“ не може да съдържа квадратни скоби"


def test_definition_error_keeps_its_english_and_translates(bulgarian) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KpiDefinitionError) as caught:
        KpiDefinition("Sales", Unit.CURRENCY, currency="euro")
    assert str(caught.value) == (
        "KPI 'Sales': a currency KPI needs a 3-letter ISO code such as EUR"
    )
    assert error_text(caught.value) == (
        "КПП „Sales“: паричен КПП изисква трибуквен ISO код, например EUR"
    )


def test_spread_error_translates(bulgarian) -> None:  # type: ignore[no-untyped-def]
    months = [Month(2026, m) for m in range(1, 13)]
    with pytest.raises(SpreadError) as caught:
        last_year = {Month(2025, 1): -5.0}
        spread_annual_goal(1200, months, Aggregation.SUM, Spread.LAST_YEAR, last_year, decimals=0)
    assert str(caught.value) == "last year's figures are not all positive; spread the goal evenly"
    assert error_text(caught.value).startswith("не всички стойности от миналата година")


def test_duplicate_kpi_not_saved_dialog_is_bulgarian(
    qtbot, bulgarian, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(parent: QWidget, title: str, text: str) -> None:
        shown.append(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)
    taken = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
    window.goals.add_kpi(taken)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Не е запазено: вече има КПП с име „Revenue“"]
    assert window.state.undo_stack.count() == 0


def test_duplicate_kpi_error_keeps_its_english(qtbot, window: MainWindow) -> None:
    taken = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
    refused: list[Exception] = []

    def add(session: Session) -> tuple[None, Touched]:
        add_kpi(session, taken)
        return None, Touched(kpis=True)

    window.state.write(add, on_error=refused.append)
    qtbot.waitUntil(lambda: bool(refused))
    assert isinstance(refused[0], DuplicateKpiError)
    assert str(refused[0]) == "a KPI named 'Revenue' already exists"
    assert error_text(refused[0]) == "a KPI named 'Revenue' already exists"


def test_left_out_rows_and_columns_read_in_bulgarian(bulgarian) -> None:  # type: ignore[no-untyped-def]
    total = totals_row(6, "Kokku")
    quarter = summary_column("F", "Q1", "quarter")
    assert str(total) == "row 6 ('Kokku'): totals row"
    assert str(quarter) == "column F ('Q1'): quarter"
    assert translated(total) == "ред 6 („Kokku“): ред със сборове"
    assert translated(quarter) == "колона F („Q1“): тримесечие"


def test_change_sources_read_in_bulgarian_an_import_by_its_file(bulgarian) -> None:  # type: ignore[no-untyped-def]
    assert source_label("edit", "data entry") == "въвеждане"
    assert source_label("demo", "demo") == "демонстрация"
    assert source_label("target", "") == "цел"
    assert source_label("import", "sales 2025.xlsx") == "sales 2025.xlsx"


def test_unmapped_labels_take_the_languages_quotes(bulgarian) -> None:  # type: ignore[no-untyped-def]
    (line,) = why_not([], ["Оборот", "Клиенти"])
    assert line.startswith("Още не са КПП в този работен файл: „Оборот“, „Клиенти“.")


def test_unmapped_labels_in_english_keep_curly_quotes() -> None:
    (line,) = why_not([], ["Revenue"])
    assert line.startswith("Not a KPI of this workspace yet: “Revenue”.")


def test_a_formula_part_refused_by_the_use_case_reads_in_bulgarian(
    qtbot, bulgarian, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(parent: QWidget, title: str, text: str) -> None:
        shown.append(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)
    margin = KpiDefinition(
        "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Revenue] / [Rent]"
    )
    window.goals.add_kpi(margin)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Не е запазено: формулата използва [Rent], но няма КПП с такова име"]
