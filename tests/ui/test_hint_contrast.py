"""The data-entry hint reads: its colour against the window is at least 4.5:1 (WCAG body text).

The ratio is computed here from the sRGB formula, not by the product's own function."""

import pytest
from PySide6.QtGui import QColor, QPalette

from kpidesk.ui.main_window import MainWindow


def _ratio(one: QColor, other: QColor) -> float:
    def lum(c: QColor) -> float:
        parts = []
        for v in (c.red() / 255, c.green() / 255, c.blue() / 255):
            parts.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    a, b = lum(one), lum(other)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@pytest.mark.parametrize("view", ["data_entry", "dashboard"])
def test_the_hint_colour_drawn_is_readable(window: MainWindow, view: str) -> None:
    """The text's strongest pixel as drawn (a style sheet would override any palette)."""
    window.show_view(view)
    hint = window.data_entry.hint if view == "data_entry" else window.dashboard.pin_hint
    image = hint.grab().toImage()
    background = hint.palette().color(QPalette.ColorRole.Window)
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    ink = [p for p in pixels if p.rgb() != background.rgb()]
    assert ink  # the hint is drawn
    assert max(_ratio(p, background) for p in ink) >= 4.5


def test_the_old_mid_grey_would_not_have_passed() -> None:
    """The check itself can fail: #B8B8B8 on #EFEFEF is the 1.7:1 the issue measured."""
    assert round(_ratio(QColor("#b8b8b8"), QColor("#efefef")), 1) == 1.7
