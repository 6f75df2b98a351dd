"""A workspace that cannot be opened because its file is damaged: offer its latest good
backup ("Restore the backup of 31.03.2026 18:05") instead of only saying so.

There may be no window yet (at start-up), so the files are read and the restore made on a
worker while a local event loop keeps the application answering; nothing is done on the GUI
thread but asking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.store.backups import BackupEntry, latest_good_backup
from kpidesk.store.backups_restore import restore, workspace_damage
from kpidesk.store.errors import StoreError
from kpidesk.ui.formatting import format_moment
from kpidesk.ui.messages import error_text
from kpidesk.ui.runner import TaskRunner

T = TypeVar("T")


def offer_backup(parent: QWidget | None, location: str, error: StoreError) -> bool | None:
    """None when there is nothing to offer (not a damaged file, or no good backup of it): the
    caller says `error` as before. Else the owner was asked: True once the backup is
    restored (open the workspace again), False when they declined or it failed (said)."""
    try:
        good = _off_thread(lambda: _good_backup(location))
    except (StoreError, OSError):
        return None
    if good is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, "kpidesk", error_text(error), parent=parent)
    box.setInformativeText(
        QCoreApplication.translate(
            "DamagedWorkspace",
            "A good backup of this workspace exists. Restoring it keeps the damaged file "
            "as a backup first.",
        )
    )
    accept = box.addButton(
        QCoreApplication.translate("DamagedWorkspace", "Restore the backup of {date}").format(
            date=format_moment(good.made)
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not accept:
        return False
    try:
        _off_thread(lambda: restore(location, good.path))
    except (StoreError, OSError) as failed:
        title = QCoreApplication.translate("DamagedWorkspace", "Not restored")
        QMessageBox.warning(parent, title, error_text(failed))
        return False
    return True


def _good_backup(location: str) -> BackupEntry | None:
    if workspace_damage(location) is None:
        return None
    return latest_good_backup(location)


def _off_thread(work: Callable[[], T]) -> T:
    """`work()` run on a worker; the GUI thread turns its event loop meanwhile."""
    runner = TaskRunner()
    loop = QEventLoop()
    results: list[T] = []
    errors: list[Exception] = []

    def done(result: T) -> None:
        results.append(result)
        loop.quit()

    def failed(error: Exception) -> None:
        errors.append(error)
        loop.quit()

    runner.run(work, done, failed)
    loop.exec()
    if errors:
        raise errors[0]
    return results[0]
