"""The layers below the window never load Qt: they must run headless and in scripts."""

import subprocess
import sys

CHECK = """
import sys
import kpidesk.domain.scorecard, kpidesk.domain.catalog, kpidesk.domain.demo
import kpidesk.store.workspace, kpidesk.store.loading, kpidesk.store.goals, kpidesk.store.demo_fill
import kpidesk.io.export_csv, kpidesk.io.export_xlsx
import kpidesk.cli, kpidesk.cli.dispatch
import pkgutil, importlib, kpidesk.domain, kpidesk.store, kpidesk.io
for package in (kpidesk.domain, kpidesk.store, kpidesk.io):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
print(",".join(loaded))
"""


def test_domain_store_and_io_do_not_import_qt() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
