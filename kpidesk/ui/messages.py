"""Show a `kpidesk.domain.messages.Message` (or an error carrying one) in the interface
language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.messages import CONTEXT, Message


def translated(text: Message | str) -> str:
    """The message in the interface language, its values (and nested messages) filled in."""
    if not isinstance(text, Message):
        return text
    values = {
        key: translated(value) if isinstance(value, Message) else str(value)
        for key, value in text.params
    }
    return QCoreApplication.translate(CONTEXT, text.template).format(**values)


def error_text(error: BaseException) -> str:
    """An error for the owner: translated when it carries a `message`, else as it reads."""
    carried = getattr(error, "message", None)
    return translated(carried) if isinstance(carried, Message) else str(error)
