"""The grid's message line: why something typed or pasted was not saved, right under the
year picker where the owner is looking, with Try again while a step waits to be written.

A refusal passes: it goes with the next edit, another year or a new snapshot (an import, a
reload). A step the database did not take stays offered, with its reason, until it is
written or replaced, whatever the owner looks at meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kpidesk.ui.data_entry.model import StaleWrite

_ERROR_STYLE = "color: #b03a2e;"
"""Red that reads on the window grey (5.2:1 on #efefef)."""


class MessageBar(QWidget):
    retry = Signal(object)
    """The owner asked to write the kept StaleWrite again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.try_again = QPushButton(self.tr("Try again"))
        self.try_again.setToolTip(self.tr("Save the figures that were not saved"))
        self.try_again.hide()
        self.try_again.clicked.connect(self._retry)
        self._unsaved: StaleWrite | None = None
        """The step that failed for the database, kept until it is written or replaced."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.try_again)
        self.hide()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.show()

    def pass_on(self) -> None:
        """Clear a passing message; a step still waiting to be saved keeps its own."""
        if self._unsaved is None:
            self.message.clear()
            self.hide()

    def keep(self, step: StaleWrite, text: str) -> None:
        """Say why `step` was not saved and offer to write it again."""
        self._unsaved = step
        self.try_again.show()
        self.say(text)

    def _retry(self) -> None:
        step, self._unsaved = self._unsaved, None
        self.try_again.hide()
        self.pass_on()
        if step is not None:
            self.retry.emit(step)
