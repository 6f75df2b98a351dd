"""Errors the store raises for the owner to read; never a traceback for these."""

from __future__ import annotations

from kpidesk.domain.messages import Message


class StoreError(Exception):
    """Base of every error the store reports in plain words.

    Raised with a `Message`, the error keeps it as `message` so a "Not saved" dialog can show it
    in the interface language; `str()` is always the English the command line prints. A plain
    text (a database's own words) stays as it reads.
    """

    def __init__(self, text: Message | str) -> None:
        super().__init__(str(text))
        self.message = text if isinstance(text, Message) else None


class WorkspaceRefused(StoreError):
    """The file or database cannot be opened as a workspace; it was left unchanged."""


class DuplicateKpiError(StoreError):
    pass


class UnknownKpi(StoreError):
    pass


class UndoConflict(StoreError):
    """A change cannot be undone because a later change touched the same figures."""
