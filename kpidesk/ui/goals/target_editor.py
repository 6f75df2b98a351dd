"""Set a target: a monthly value from a month on, an annual goal, or one month's override.

For an annual goal the twelve monthly targets it becomes are shown before anything is saved,
spread evenly or like last year's figures; a goal that cannot be spread says why. A lev KPI's
target may be typed in leva (the currency choice, or `лв.` after the number); it is kept in
leva and shown, like the KPI's figures, in euro. Saving adds
a new decision; nothing that was set before is rewritten. A KPI tracked by a segment set
takes a target for the business total or for one of its segments ("For:"); an annual goal for
a segment is spread like that segment's own figures.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.annual_goal import preview_annual_goal
from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.money import convert, display_currency
from kpidesk.domain.month import Month
from kpidesk.domain.numbers import NumberParseError, split_currency
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import Spread, SpreadError, TargetKind
from kpidesk.ui.data_entry.model import parse_cell_text
from kpidesk.ui.formatting import format_month, format_value, short_month_name, unit_suffix
from kpidesk.ui.goals.labels import spread_label, target_kind_label
from kpidesk.ui.messages import error_text


class PreviewModel(QAbstractTableModel):
    """The twelve monthly targets of an annual goal, one column per month."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kpi: KpiDefinition | None = None
        self.months: list[tuple[Month, float]] = []

    def set_months(self, kpi: KpiDefinition, months: list[tuple[Month, float]]) -> None:
        self.beginResetModel()
        self.kpi, self.months = kpi, months
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.months else 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.tr("Target")
        month = self.months[section][0]
        return f"{short_month_name(month.month)} {month.year % 100:02d}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and self.kpi is not None and role == Qt.ItemDataRole.DisplayRole:
            return format_value(self.kpi, self.months[index.column()][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class TargetDialog(QDialog):
    def __init__(
        self,
        scorecard: Scorecard,
        kpi: KpiDefinition,
        kind: TargetKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scorecard, self.kpi = scorecard, kpi
        self.setWindowTitle(self.tr("Target for {kpi}").format(kpi=kpi.name))
        latest = scorecard.latest_month() or Month(date.today().year, date.today().month)
        self._build(kind, latest)
        self._update()

    def _build(self, kind: TargetKind, latest: Month) -> None:
        self.whose = QComboBox()
        self.whose.addItem(self.tr("Business total"), None)
        for segment in self.scorecard.segments_of(self.kpi.name):
            if not segment.archived:
                self.whose.addItem(segment.name, segment.name)
        self.kind = QComboBox()
        for member in TargetKind:
            self.kind.addItem(target_kind_label(member), member.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(latest.fiscal_year(self.scorecard.fiscal_start) + 1)
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(short_month_name(number), number)
        self.month.setCurrentIndex((latest + 1).month - 1)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 1 200 or 12,5"))
        self.currency = QComboBox()
        self.currency.addItem(self.tr("euro (€)"), "EUR")
        self.currency.addItem(self.tr("leva (лв.)"), "BGN")
        self.spread = QComboBox()
        for spread in Spread:
            self.spread.addItem(spread_label(spread), spread.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("why this goal (optional)"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setFixedHeight(64)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

        form = QFormLayout()
        form.addRow(self.tr("For:"), self.whose)
        form.setRowVisible(self.whose, self.whose.count() > 1)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Value:"), self._value_with_unit())
        form.addRow(self.tr("Spread:"), self.spread)
        form.addRow(self.tr("Note:"), self.note)
        self.form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        for box in (self.kind, self.month, self.spread, self.currency, self.whose):
            box.currentIndexChanged.connect(self._update)
        self.year.valueChanged.connect(self._update)
        self.value.textChanged.connect(self._update)
        self.resize(900, 0)

    def _value_with_unit(self) -> QWidget:
        """The value field with its unit beside it (€, %, min), or for a lev KPI the choice
        of leva or euro in the unit's place: what the number means is read where it is typed."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("0" * 24))
        line.addWidget(self.value)
        self.unit = QLabel(unit_suffix(self.kpi))
        self.unit.setBuddy(self.value)
        line.addWidget(self.unit)
        line.addWidget(self.currency)
        line.addStretch(1)
        self.unit.setVisible(not self._lev_kpi() and bool(self.unit.text()))
        self.currency.setVisible(self._lev_kpi())
        return row

    def segment(self) -> str | None:
        """The segment the target is for; None for the business total."""
        return self.whose.currentData()

    def select_segment(self, name: str | None) -> None:
        index = self.whose.findData(name) if name is not None else 0
        if index >= 0:
            self.whose.setCurrentIndex(index)

    def target_kind(self) -> TargetKind:
        return TargetKind(self.kind.currentData())

    def chosen_spread(self) -> Spread:
        return Spread(self.spread.currentData())

    def first_month(self) -> Month:
        return Month(self.year.value(), self.month.currentData())

    def goal_value(self) -> float:
        """The typed value, in `goal_currency()`; raises NumberParseError (or ValueError when
        empty or in a currency the KPI cannot take)."""
        number, _sign = split_currency(self.value.text())
        value = parse_cell_text(number)
        if value is None:
            raise ValueError(self.tr("type the target value"))
        self.goal_currency()
        return value

    def goal_currency(self) -> str | None:
        """The currency the value was typed in: a sign typed with it (`1 200 лв.`), else the
        choice offered for a lev KPI; None for the one the KPI is shown in."""
        _number, sign = split_currency(self.value.text())
        shown = display_currency(self.kpi.currency)
        if sign is not None and self.kpi.unit is Unit.CURRENCY:
            try:
                convert(1.0, sign, shown)
            except ValueError:
                raise ValueError(
                    self.tr("a target in {currency} cannot be set for a KPI kept in {kept}").format(
                        currency=sign, kept=shown
                    )
                ) from None
            return sign
        if self._lev_kpi():
            return str(self.currency.currentData())
        return None

    def _lev_kpi(self) -> bool:
        return self.kpi.unit is Unit.CURRENCY and self.kpi.currency == "BGN"

    def _shown(self, value: float) -> float:
        """The typed value in the currency the KPI is shown in (leva as euro)."""
        return convert(value, self.goal_currency(), display_currency(self.kpi.currency))

    def _update(self) -> None:
        annual = self.target_kind() is TargetKind.ANNUAL
        self.form.setRowVisible(self.month, not annual)
        self.form.setRowVisible(self.spread, annual)
        self.preview.setVisible(annual)
        ok = False
        try:
            value = self.goal_value()
            ok = True
            self.explain.setText(self._explanation(value))
        except (NumberParseError, ValueError, SpreadError) as error:
            self.explain.setText(f"<span style='color:#c0392b'>{error_text(error)}</span>")
            ok = False
            if annual:
                self.preview_model.set_months(self.kpi, [])
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _explanation(self, typed: float) -> str:
        kind = self.target_kind()
        value = self._shown(typed)
        shown = format_value(self.kpi, value)
        if kind is TargetKind.MONTHLY:
            return self.tr("{value} a month from {month} on, until you change it.").format(
                value=shown, month=format_month(self.first_month(), long=True)
            )
        if kind is TargetKind.OVERRIDE:
            return self.tr("{value} for {month} only.").format(
                value=shown, month=format_month(self.first_month(), long=True)
            )
        segment = self.segment()
        card = self.scorecard if segment is None else self.scorecard.segment_view(segment)
        kpi = self.kpi if segment is None else card.kpi(self.kpi.name)
        months = preview_annual_goal(card, kpi, self.year.value(), value, self.chosen_spread())
        self.preview_model.set_months(self.kpi, months)
        return self.tr("{value} for the year {first} – {last}, as these monthly targets:").format(
            value=shown,
            first=format_month(months[0][0], long=True),
            last=format_month(months[-1][0], long=True),
        )
