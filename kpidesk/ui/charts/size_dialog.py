"""Ask for the pixel size of an exported image (a slide wants 1920×1080, a report less)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


class ImageSizeDialog(QDialog):
    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image size"))
        layout = QFormLayout(self)
        self.width_box = QSpinBox(self)
        self.height_box = QSpinBox(self)
        for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
            box.setRange(200, 8000)
            box.setSuffix(self.tr(" px"))
            box.setValue(value)
        layout.addRow(self.tr("Width:"), self.width_box)
        layout.addRow(self.tr("Height:"), self.height_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def chosen_size(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())
