"""How a status looks: a colour, and a symbol and word so it reads without colour too."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kpidesk.domain.progress import Status


@dataclass(frozen=True, slots=True)
class StatusLook:
    colour: QColor
    tint: QColor
    symbol: str
    label: str


def status_look(status: Status) -> StatusLook:
    """Colours chosen to stay apart for red-green colour blindness (blue-orange-vermillion),
    each with its own symbol."""
    looks = {
        Status.ON_TRACK: (
            QColor("#1b7f4b"),
            QColor(27, 127, 75, 40),
            "●",
            QCoreApplication.translate("status", "On track"),
        ),
        Status.AT_RISK: (
            QColor("#b36b00"),
            QColor(230, 159, 0, 55),
            "▲",
            QCoreApplication.translate("status", "At risk"),
        ),
        Status.OFF_TRACK: (
            QColor("#c0392b"),
            QColor(213, 94, 0, 55),
            "✖",
            QCoreApplication.translate("status", "Off track"),
        ),
        Status.NO_TARGET: (
            QColor("#6b7280"),
            QColor(0, 0, 0, 0),
            "○",
            QCoreApplication.translate("status", "No target"),
        ),
        Status.NO_DATA: (
            QColor("#6b7280"),
            QColor(0, 0, 0, 0),
            "–",
            QCoreApplication.translate("status", "No data"),
        ),
    }
    colour, tint, symbol, label = looks[status]
    return StatusLook(colour, tint, symbol, label)
