"""Secondary text that still reads: a hint's grey chosen from the palette, dark enough.

Fusion's mid colour (#b8b8b8 on #efefef, 1.7:1) is for frames, not words; a hint needs the
4.5:1 that WCAG asks of body text. The palette's colour for hint text (Qt's PlaceholderText
role) is the right one, made darker (or lighter, on a dark palette) towards the text colour
until it reaches that.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

MIN_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mix(colour: QColor, towards: QColor, share: float) -> QColor:
    """`colour` with `share` (0–1) of `towards` blended in; opaque."""
    return QColor.fromRgbF(
        colour.redF() + (towards.redF() - colour.redF()) * share,
        colour.greenF() + (towards.greenF() - colour.greenF()) * share,
        colour.blueF() + (towards.blueF() - colour.blueF()) * share,
    )


def hint_colour(palette: QPalette) -> QColor:
    """The palette's hint-text colour as drawn on the window, moved towards the text colour
    just far enough to read at `MIN_CONTRAST`."""
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    hint_text = palette.color(QPalette.ColorRole.PlaceholderText)
    start = _mix(background, hint_text, hint_text.alphaF())
    for step in range(11):
        colour = _mix(start, text, step / 10)
        if contrast(colour, background) >= MIN_CONTRAST:
            return colour
    return text


def hint_label(text: str) -> QLabel:
    """A label of hint text (how to do something, not data), greyed as far as it still reads
    at `MIN_CONTRAST`; a style sheet colour would override the palette set here."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, hint_colour(palette))
    label.setPalette(palette)
    return label
