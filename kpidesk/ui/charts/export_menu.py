"""The Export menu: one choice, one save dialog, done.

The file dialog opens in the folder the owner last exported to (a window setting), with the
KPI's name already filled in as the file name, and the PNG's size is picked in the menu
(a slide, a report page, as on screen) rather than typed into a pixel dialog afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from kpidesk.ui import settings

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

SLIDE = QSize(1920, 1080)
REPORT = QSize(1200, 800)


def file_stem(name: str) -> str:
    """A KPI name as a file name: characters no file system takes become "-"."""
    stem = _NOT_IN_FILE_NAMES.sub("-", name).strip(" .-")
    return stem or "chart"


def suggested_path(name: str, suffix: str) -> str:
    """The last export folder (else the home folder) joined with the KPI's name."""
    folder = Path(settings.EXPORT_FOLDER.get() or Path.home())
    if not folder.is_dir():
        folder = Path.home()
    return str(folder / f"{file_stem(name)}.{suffix}")


def ask_path(parent: QWidget, name: str, suffix: str, title: str, kinds: str) -> Path | None:
    """The save dialog, pre-filled; the folder chosen is remembered for next time."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested_path(name, suffix), kinds)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(f".{suffix}")
    settings.EXPORT_FOLDER.set(str(path.parent))
    return path


def size_text(size: QSize) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return QCoreApplication.translate("charts", "{width} × {height} px").format(
        width=locale.toString(size.width()), height=locale.toString(size.height())
    )


def fill_menu(
    menu: QMenu,
    screen_size: Callable[[], QSize],
    save_png: Callable[[QSize], None],
    save_svg: Callable[[], None],
    copy: Callable[[], None],
) -> None:
    """PNG sizes as menu entries (the on-screen one worked out when the menu opens)."""
    png = menu.addMenu(QCoreApplication.translate("charts", "Save as PNG"))
    for size, use in (
        (SLIDE, QCoreApplication.translate("charts", "slide")),
        (REPORT, QCoreApplication.translate("charts", "report")),
    ):
        png.addAction(f"{size_text(size)} ({use})…", partial(save_png, size))
    on_screen = png.addAction("", lambda: save_png(screen_size()))
    png.aboutToShow.connect(
        lambda: on_screen.setText(
            QCoreApplication.translate("charts", "As on screen: {size}…").format(
                size=size_text(screen_size())
            )
        )
    )
    menu.addAction(QCoreApplication.translate("charts", "Save as SVG…"), save_svg)
    menu.addAction(QCoreApplication.translate("charts", "Copy to clipboard"), copy)
