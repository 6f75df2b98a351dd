"""The workspace's own settings (its name, the business name, the fiscal-year start), and the
interface language, the name changes are recorded under and the month-end reminder, which
belong to this computer rather than the workspace."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpidesk.store.identity import system_user
from kpidesk.store.settings import WorkspaceSettings
from kpidesk.ui import settings as ui_settings

# A name field is as wide as its name, at least this many average characters, at most this many
# pixels: a business name reads from its start, and a long one is scrolled rather than the
# dialog outgrowing a small screen.
_FIELD_CHARACTERS = 32
_FIELD_MOST = 520

# Each language is named in itself, so an owner who cannot read the current one finds theirs.
LANGUAGE_NAMES = (("en", "English"), ("bg", "Български"), ("et", "Eesti"))


class SettingsDialog(QDialog):
    def __init__(self, settings: WorkspaceSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace settings"))
        self._original = settings
        self.workspace_name = QLineEdit(settings.workspace_name)
        self.business_name = QLineEdit(settings.business_name)
        self.fiscal_start = QComboBox()
        locale = QLocale()
        for month in range(1, 13):
            self.fiscal_start.addItem(
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat), month
            )
        self.fiscal_start.setCurrentIndex(settings.fiscal_start - 1)
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ui_settings.LANGUAGE.get()), 0))
        self.language_note = QLabel(self.tr("The language changes the next time kpidesk starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda _: self.language_note.setVisible(True))
        for field in (self.workspace_name, self.business_name):
            _fit_name_field(field)
        self.author = QLineEdit(ui_settings.AUTHOR_NAME.get())
        self.author.setPlaceholderText(system_user())
        self.author.setToolTip(
            self.tr(
                "Every change you make is recorded under this name; left empty, under the "
                "computer's user name."
            )
        )
        self.reminder_on = QCheckBox(self.tr("Remind me to enter the month's figures on day"))
        self.reminder_on.setChecked(ui_settings.REMINDER_ON.get())
        self.reminder_day = QSpinBox()
        self.reminder_day.setRange(1, 28)
        self.reminder_day.setValue(ui_settings.REMINDER_DAY.get())
        self.reminder_day.setSuffix(self.tr(" of the month"))
        self.reminder_day.setAccessibleName(self.tr("Day of the month"))
        self.reminder_day.setEnabled(self.reminder_on.isChecked())
        self.reminder_on.toggled.connect(self.reminder_day.setEnabled)
        self.reminder_on.setToolTip(
            self.tr(
                "On that day, or the first start after it, kpidesk opens on the dashboard "
                "with the figures still missing."
            )
        )
        reminder = QHBoxLayout()
        reminder.addWidget(self.reminder_on)
        reminder.addWidget(self.reminder_day)
        reminder.addStretch(1)
        explain = QLabel(
            self.tr(
                "Year to date, annual goals and the data-entry grid follow the fiscal year. "
                "Changing its start changes how figures are summed, not the figures."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Workspace name:"), self.workspace_name)
        form.addRow(self.tr("Business name:"), self.business_name)
        form.addRow(self.tr("Fiscal year starts in:"), self.fiscal_start)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.language_note)
        form.addRow(self.tr("Your name (shown in the history):"), self.author)
        form.addRow(reminder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog never gets smaller than its rows: the note shown after a language change
        # makes it taller rather than being drawn over the Language combo.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Remember the language and the name on this computer; the workspace's settings are
        the caller's."""
        ui_settings.LANGUAGE.set(str(self.language.currentData()))
        ui_settings.AUTHOR_NAME.set(self.author.text().strip())
        ui_settings.REMINDER_ON.set(self.reminder_on.isChecked())
        ui_settings.REMINDER_DAY.set(self.reminder_day.value())
        super().accept()

    def settings(self) -> WorkspaceSettings:
        return WorkspaceSettings(
            workspace_name=self.workspace_name.text().strip() or self._original.workspace_name,
            business_name=self.business_name.text().strip(),
            fiscal_start=int(self.fiscal_start.currentData()),
            country=self._original.country,
        )


def _fit_name_field(field: QLineEdit) -> None:
    """Wide enough for the name it holds (within limits), and showing the name's start."""
    metrics = field.fontMetrics()
    wanted = metrics.horizontalAdvance(field.text() + "  ") + 2 * metrics.averageCharWidth()
    floor = metrics.averageCharWidth() * _FIELD_CHARACTERS
    field.setMinimumWidth(min(max(wanted, floor), _FIELD_MOST))
    field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    field.setCursorPosition(0)
