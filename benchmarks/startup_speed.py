"""How fast the window starts, against a bare PySide6 window with a table and pyqtgraph.

Times, as whole processes in one run, kpidesk opening the demo workspace until its dashboard
has painted its rows (KPIDESK_EXIT_AFTER_FIRST_PAINT makes it quit right after that paint and
say how many rows it showed), against a peer: a bare QMainWindow holding a QTableView of as
many rows, with `import pyqtgraph`, quitting after its table's first paint. The two are started
in turn (A B A B ...) so a busy machine slows both alike; the medians and their ratio are
printed. Goal: kpidesk at most 1.3 times the peer.

Both run with the offscreen platform unless a display is set, with their modules byte-compiled
once beforehand and settings in a fresh folder (so kpidesk opens on the dashboard).

    python benchmarks/startup_speed.py
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

PEER = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
import pyqtgraph

rows = int(sys.argv[1])
app = QApplication(sys.argv[:1])
model = QStandardItemModel(rows, 8)
for row in range(rows):
    for col in range(8):
        model.setItem(row, col, QStandardItem(f"cell {row} {col}"))
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)


class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


watcher = QuitAfterPaint()
table.viewport().installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


def child_env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return time.perf_counter() - start, result.stderr


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        env = child_env(workdir)
        demo = workdir / "demo.kpidesk"
        kpidesk = [sys.executable, "-m", "kpidesk", "--lang", "en", "--db", str(demo)]
        subprocess.run([*kpidesk, "demo"], capture_output=True, check=True, env=env)
        window_env = {**env, "KPIDESK_EXIT_AFTER_FIRST_PAINT": "1"}
        _, said = timed(kpidesk, window_env)
        found = re.search(r"first paint: (\d+) dashboard rows", said)
        if found is None or int(found.group(1)) == 0:
            sys.exit(f"kpidesk did not paint a dashboard with rows: {said!r}")
        rows = int(found.group(1))
        peer = [sys.executable, "-c", PEER, str(rows)]
        timed(peer, env)
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(RUNS):
            seconds, said = timed(kpidesk, window_env)
            if f"first paint: {rows} dashboard rows" not in said:
                sys.exit(f"kpidesk did not paint its {rows} dashboard rows: {said!r}")
            ours.append(seconds)
            theirs.append(timed(peer, env)[0])
        mine, peers = statistics.median(ours), statistics.median(theirs)
        print(f"kpidesk to a painted dashboard ({rows} rows, demo workspace): {mine:5.2f} s")
        print(f"bare PySide6 window with a table and pyqtgraph imported:  {peers:5.2f} s")
        print(f"ratio kpidesk / bare window: {mine / peers:.2f}  (goal: <= 1.3)")


if __name__ == "__main__":
    main()
