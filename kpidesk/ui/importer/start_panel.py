"""What the Import view shows before a file is open: how to bring one in, not empty tables.

Three empty tables (labels, problems, what the import will do) say nothing to an owner who
has not opened a file yet. This page says what kpidesk reads (the shapes owners keep their
figures in, and the file types) and offers the one thing to do: open a file, or drop it here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kpidesk.ui.contrast import hint_label

_TEXT_CHARACTERS = 70
"""The explanation's width in average characters, so it reads as a paragraph at any size."""


class ImportStartPanel(QWidget):
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Bring in the spreadsheet you already keep"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.explanation = hint_label(
            self.tr(
                "kpidesk reads Excel (.xlsx, .xlsm), LibreOffice (.ods) and CSV files, with "
                "KPIs down and months across, months down and KPIs across, or one row per KPI "
                "and month. It finds the table, shows what it found and what the import will "
                "change, and writes nothing until you press Import."
            )
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width = self.explanation.fontMetrics().averageCharWidth() * _TEXT_CHARACTERS
        self.explanation.setFixedWidth(width)
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(width))
        self.open_button = QPushButton(self.tr("Open a spreadsheet…"))
        self.open_button.setMinimumHeight(40)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.openRequested)
        self.drop_hint = hint_label(self.tr("or drop the file onto this window"))
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.explanation, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.drop_hint)
        layout.addStretch(3)
