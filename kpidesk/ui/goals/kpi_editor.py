"""Define or edit a KPI by hand, a formula KPI included, with the formula checked as it is typed.

OK stays disabled while the definition has a problem, and the problem is shown in words, so
an owner can never save a KPI that the rest of kpidesk cannot compute.

A KPI that is not a formula can be tracked by a segment set (its figures typed per location
or person); a mean KPI tracked by a set can be weighted by another KPI of the same set (CSAT
by the number of responses). A formula KPI follows its parts, so it has neither.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.formula import Formula, FormulaError, PartProblem, part_problems
from kpidesk.domain.kpi import (
    DEFAULT_TOLERANCE,
    DURATION_UNITS,
    Aggregation,
    Category,
    Direction,
    KpiDefinition,
    Unit,
    default_decimals,
)
from kpidesk.domain.numbers import NumberParseError
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.data_entry.model import parse_cell_text
from kpidesk.ui.goals.labels import (
    aggregation_label,
    category_label,
    direction_label,
    duration_unit_label,
    unit_label,
)
from kpidesk.ui.messages import error_text

_OK_STYLE = "color: #1b7f4b;"
_BAD_STYLE = "color: #c0392b;"


class KpiEditorDialog(QDialog):
    """`known_names` are the workspace's other KPIs: what a formula may refer to."""

    def __init__(
        self,
        known_names: Collection[str],
        kpi: KpiDefinition | None = None,
        parent: QWidget | None = None,
        scorecard: Scorecard | None = None,
    ) -> None:
        """`scorecard` gives the segment sets to track by and the KPIs to weight by."""
        super().__init__(parent)
        self._scorecard = scorecard
        self.setWindowTitle(self.tr("Edit KPI") if kpi else self.tr("New KPI"))
        self._known = tuple(known_names)
        self._original = kpi
        self._build()
        if kpi is not None:
            self._load(kpi)
        self._check()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.category = _enum_box(Category, category_label)
        self.unit = _enum_box(Unit, unit_label)
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.duration_unit = QComboBox()
        for unit in DURATION_UNITS:
            self.duration_unit.addItem(duration_unit_label(unit), unit)
        self.direction = _enum_box(Direction, direction_label)
        self.aggregation = _enum_box(Aggregation, aggregation_label)
        self.formula = QLineEdit()
        self.formula.setPlaceholderText("[Profit] / [Revenue] * 100")
        self.formula_check = QLabel()
        self.formula_check.setWordWrap(True)
        self.decimals = QSpinBox()
        self.decimals.setRange(0, 6)
        self._unit_shown = Unit(self.unit.currentData())
        self.decimals.setValue(default_decimals(self._unit_shown))
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setRange(0, 100)
        self.tolerance.setSuffix(" %")
        self.tolerance.setValue(DEFAULT_TOLERANCE)
        self.benchmark = QLineEdit()
        self.benchmark.setPlaceholderText(self.tr("optional industry reference"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.tracked_by = QComboBox()
        self.tracked_by.addItem(self.tr("Business total only"), None)
        sets = self._scorecard.segment_sets if self._scorecard else ()
        for segment_set in sets:
            self.tracked_by.addItem(segment_set.name, segment_set.name)
        self.tracked_by.setToolTip(
            self.tr("Figures typed per segment of the set; the total is made from them.")
        )
        self.weighted_by = QComboBox()
        self.weighted_by.setToolTip(
            self.tr("The average of the segments counts each by its figure of this KPI.")
        )

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Currency (ISO code):"), self.currency)
        form.addRow(self.tr("Duration in:"), self.duration_unit)
        form.addRow(self.tr("Better when:"), self.direction)
        form.addRow(self.tr("Over months:"), self.aggregation)
        form.addRow(self.tr("Formula:"), self.formula)
        form.addRow("", self.formula_check)
        form.addRow(self.tr("Tracked by:"), self.tracked_by)
        form.addRow(self.tr("Weighted by:"), self.weighted_by)
        form.addRow(self.tr("Decimals shown:"), self.decimals)
        form.addRow(self.tr("At risk within:"), self.tolerance)
        form.addRow(self.tr("Benchmark:"), self.benchmark)
        form.addRow(self.tr("Description:"), self.description)
        self.form = form
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(_BAD_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for widget in (self.name, self.currency, self.formula, self.benchmark):
            widget.textChanged.connect(self._check)
        for box in (self.unit, self.aggregation, self.direction, self.duration_unit):
            box.currentIndexChanged.connect(self._check)
        self.tracked_by.currentIndexChanged.connect(self._fill_weights)
        self.weighted_by.currentIndexChanged.connect(self._check)
        self._fill_weights()
        self.unit.currentIndexChanged.connect(self._follow_unit)
        self.resize(520, 0)

    def _follow_unit(self) -> None:
        """A new KPI's decimals follow its unit (money in whole units, a percentage to one
        place) until the owner sets them: they change only while they are the last unit's."""
        unit = Unit(self.unit.currentData())
        if self._original is None and self.decimals.value() == default_decimals(self._unit_shown):
            self.decimals.setValue(default_decimals(unit))
        self._unit_shown = unit

    def _load(self, kpi: KpiDefinition) -> None:
        self.name.setText(kpi.name)
        _select(self.category, kpi.category)
        _select(self.unit, kpi.unit)
        self.currency.setText(kpi.currency or "EUR")
        _select(self.duration_unit, kpi.duration_unit or DURATION_UNITS[0])
        _select(self.direction, kpi.direction)
        _select(self.aggregation, kpi.aggregation)
        self.formula.setText(kpi.formula or "")
        self.decimals.setValue(kpi.decimals)
        self.tolerance.setValue(kpi.tolerance)
        self.benchmark.setText("" if kpi.benchmark is None else str(kpi.benchmark))
        self.description.setPlainText(kpi.description)
        _select_data(self.tracked_by, kpi.segment_set)
        self._fill_weights()
        _select_data(self.weighted_by, kpi.weight_kpi)

    def _fill_weights(self) -> None:
        """The KPIs a mean may be weighted by: the other non-formula KPIs of the same set."""
        chosen = self.weighted_by.currentData()
        tracked = self.tracked_by.currentData()
        self.weighted_by.blockSignals(True)
        self.weighted_by.clear()
        self.weighted_by.addItem(self.tr("Each segment equally"), None)
        own = self._original.key if self._original else None
        for kpi in self._scorecard.kpis if self._scorecard and tracked else ():
            if kpi.segment_set == tracked and not kpi.is_formula and kpi.key != own:
                self.weighted_by.addItem(kpi.name, kpi.name)
        _select_data(self.weighted_by, chosen)
        self.weighted_by.blockSignals(False)
        self._check()

    def _check(self) -> None:
        unit = Unit(self.unit.currentData())
        is_formula = Aggregation(self.aggregation.currentData()) is Aggregation.FORMULA
        self.form.setRowVisible(self.currency, unit is Unit.CURRENCY)
        self.form.setRowVisible(self.duration_unit, unit is Unit.DURATION)
        self.form.setRowVisible(self.formula, is_formula)
        self.form.setRowVisible(self.formula_check, is_formula)
        has_sets = self.tracked_by.count() > 1
        self.form.setRowVisible(self.tracked_by, has_sets and not is_formula)
        mean = Aggregation(self.aggregation.currentData()) is Aggregation.MEAN
        tracked = self.tracked_by.currentData() is not None
        self.form.setRowVisible(self.weighted_by, has_sets and mean and tracked)
        problems = self._formula_problems() if is_formula else []
        if is_formula and not problems:
            parts = ", ".join(Formula.parse(self.formula.text()).references())
            self.formula_check.setText(self.tr("✔ Computed from {parts}").format(parts=parts))
            self.formula_check.setStyleSheet(_OK_STYLE)
        elif is_formula:
            self.formula_check.setText(f"✖ {problems[0]}")
            self.formula_check.setStyleSheet(_BAD_STYLE)
        try:
            self.definition()
        except ValueError as error:
            problems.append(error_text(error))
        self.problem.setText(problems[0] if problems and not is_formula else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def _formula_problems(self) -> list[str]:
        text = self.formula.text()
        if not text.strip():
            return [self.tr("Write the formula with KPI names in square brackets.")]
        try:
            formula = Formula.parse(text)
        except FormulaError as error:
            return [error_text(error)]
        problems = []
        for part, problem in part_problems(formula, self.name.text(), self._known):
            if problem is PartProblem.ITSELF:
                problems.append(self.tr("A formula cannot use the KPI itself."))
            else:
                problems.append(self.tr("There is no KPI named [{part}].").format(part=part))
        return problems

    def definition(self) -> KpiDefinition:
        """The KPI as entered; raises ValueError while it is not a valid definition."""
        unit = Unit(self.unit.currentData())
        aggregation = Aggregation(self.aggregation.currentData())
        benchmark_text = self.benchmark.text().strip()
        try:
            benchmark = parse_cell_text(benchmark_text) if benchmark_text else None
        except NumberParseError as error:
            raise ValueError(
                self.tr("Benchmark: {error}").format(error=error_text(error))
            ) from None
        base = self._original or KpiDefinition(name="-", unit=Unit.NUMBER)
        tracked = None if aggregation is Aggregation.FORMULA else self.tracked_by.currentData()
        weighted = self.weighted_by.currentData()
        return base.with_changes(
            segment_set=tracked,
            weight_kpi=weighted if tracked and aggregation is Aggregation.MEAN else None,
            name=self.name.text().strip(),
            category=Category(self.category.currentData()),
            unit=unit,
            currency=self.currency.text().strip().upper() if unit is Unit.CURRENCY else None,
            duration_unit=self.duration_unit.currentData() if unit is Unit.DURATION else None,
            direction=Direction(self.direction.currentData()),
            aggregation=aggregation,
            formula=self.formula.text().strip() if aggregation is Aggregation.FORMULA else None,
            decimals=self.decimals.value(),
            tolerance=self.tolerance.value(),
            benchmark=benchmark,
            description=self.description.toPlainText().strip(),
        )


def _enum_box(enum: type[StrEnum], label: Callable[[Any], str]) -> QComboBox:
    """A combo box of an enum's members; item data is the member's value (a plain string)."""
    box = QComboBox()
    for member in enum:
        box.addItem(label(member), member.value)
    return box


def _select_data(box: QComboBox, value: str | None) -> None:
    """Choose the item whose data is `value` (None: the first), if there is one."""
    index = box.findData(value) if value is not None else 0
    if index >= 0:
        box.setCurrentIndex(index)


def _select(box: QComboBox, value: str) -> None:
    index = box.findData(str(value))
    if index >= 0:
        box.setCurrentIndex(index)
