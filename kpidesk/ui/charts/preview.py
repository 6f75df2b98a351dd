"""Run a chart module on its own against a workspace file, to look at it while building it.

`python -m kpidesk.ui.charts.panel --db demo.kpidesk --kpi Revenue --view ytd --lang bg`
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.store.workspace import open_workspace
from kpidesk.ui.state import AppState


def preview_arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Preview a kpidesk chart view.")
    parser.add_argument("--db", required=True, help="workspace file or SQLAlchemy URL")
    parser.add_argument("--lang", default="", help="interface locale, e.g. bg, et, en")
    parser.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT")
    return parser


def run_preview(args: argparse.Namespace, build: Callable[[AppState], QWidget]) -> int:
    """Open the workspace, show the widget `build` makes, and run until it is closed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.lang:
        QLocale.setDefault(QLocale(args.lang))
    state = AppState(open_workspace(args.db))
    widget = build(state)
    width, height = (int(part) for part in args.size.lower().split("x"))
    widget.resize(width, height)
    widget.show()
    code = app.exec()
    state.close()
    return code
