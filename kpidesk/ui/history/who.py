"""Who made a change and on which computer, in one short text for a narrow column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def who_text(author: str, computer: str) -> str:
    """`Maria (desk-2)`; either alone when the other is not known (a change written before
    kpidesk recorded them keeps both empty: "")."""
    if author and computer:
        return f"{author} ({computer})"
    return author or computer


def who_tooltip(author: str, computer: str) -> str | None:
    """Says which of the two is the computer, which the short text leaves to the reader."""
    if not (author or computer):
        return None
    return QCoreApplication.translate("Who", "{who}, on the computer {computer}").format(
        who=author or "—", computer=computer or "—"
    )
