"""Texts for the owner that the window can translate, made below the window.

The domain, io and usecases layers never import Qt, yet their messages (a cell that is not a
number, a file that cannot be read) reach the owner in Bulgarian or Estonian. So they build a
`Message`: an English template with named values. `str()` gives the English (the command
line prints it); the window translates the template with `kpidesk.ui.messages.translated`.
Templates are wrapped in `QT_TRANSLATE_NOOP("messages", ...)` where they are written, so
Qt's lupdate finds them there.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation without importing Qt; returns it unchanged."""
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """An English template and its values; values may themselves be messages."""

    template: str
    params: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**{key: str(value) for key, value in self.params})


def message(template: str, **params: object) -> Message:
    return Message(template, tuple(params.items()))
