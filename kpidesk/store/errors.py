"""Errors the store raises for the owner to read; never a traceback for these."""


class StoreError(Exception):
    """Base of every error the store reports in plain words."""


class WorkspaceRefused(StoreError):
    """The file or database cannot be opened as a workspace; it was left unchanged."""


class DuplicateKpiError(StoreError):
    pass


class UnknownKpi(StoreError):
    pass


class UndoConflict(StoreError):
    """A change cannot be undone because a later change touched the same figures."""
