"""kpidesk's code keeps to the layers declared in tests/layers.py: every module is in one
layer, every import (inside functions too) points to a layer it may use, and nothing outside
the window imports Qt, so the command line and the lower layers run headless and in scripts."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from .layers import LAYERS, LAZY_ALLOWED, MAY_IMPORT, QT_LAYERS, QT_PACKAGES

PACKAGE = Path(__file__).resolve().parent.parent / "kpidesk"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _covers(prefix: str, module: str) -> bool:
    """A prefix covers its module and all below it; the package's own name only itself."""
    below = prefix != "kpidesk" and module.startswith(prefix + ".")
    return module == prefix or below


def layer_of(module: str) -> str | None:
    """The layer whose longest prefix covers `module`; None when no layer does."""
    matches = [
        (len(prefix), layer)
        for layer, prefixes in LAYERS.items()
        for prefix in prefixes
        if _covers(prefix, module)
    ]
    return max(matches)[1] if matches else None


def _imports(module: str, source: str) -> Iterator[tuple[str, int, bool]]:
    """(imported module, line, inside a function) for every import in `source`."""
    is_package = module in MODULES and MODULES[module].name == "__init__.py"
    package = (module if is_package else module.rpartition(".")[0]).split(".")

    def visit(node: ast.AST, in_function: bool) -> Iterator[tuple[str, int, bool]]:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, child.lineno, in_function
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package[: len(package) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in child.names:
                    named = f"{base}.{alias.name}"
                    yield (named if named in MODULES else base), child.lineno, in_function
            yield from visit(child, inner)

    yield from visit(ast.parse(source), False)


def violations(module: str, source: str) -> list[str]:
    """What in `source` (the text of `module`) breaks the picture, one line per import."""
    layer = layer_of(module)
    if layer is None:
        return [f"{module} is in no layer of tests/layers.py"]
    found = []
    for target, line, in_function in _imports(module, source):
        where = f"{module}:{line} imports {target}"
        if target.split(".")[0] in QT_PACKAGES and layer not in QT_LAYERS:
            found.append(f"{where}: only {', '.join(sorted(QT_LAYERS))} may use Qt")
        if target.split(".")[0] != "kpidesk":
            continue
        used = layer_of(target)
        if used is None:
            found.append(f"{where}, which is in no layer")
        elif used != layer and used not in MAY_IMPORT[layer]:
            lazy = any(_covers(p, target) for p in LAZY_ALLOWED.get(layer, ()))
            if not (lazy and in_function):
                found.append(f"{where}: {layer} may not use {used}")
    return found


def test_the_picture_names_each_layer_once() -> None:
    assert set(MAY_IMPORT) == set(LAYERS)
    assert all(used <= set(LAYERS) for used in MAY_IMPORT.values())
    assert set(LAZY_ALLOWED) <= set(LAYERS)
    prefixes = [prefix for group in LAYERS.values() for prefix in group]
    assert len(prefixes) == len(set(prefixes))
    assert layer_of("kpidesk.cli.dispatch") == "cli"
    assert layer_of("kpidesk.usecases.importing") == "usecases"


def test_every_module_is_in_a_layer() -> None:
    assert len(MODULES) > 100
    assert [module for module in MODULES if layer_of(module) is None] == []


def test_every_import_points_to_a_layer_it_may_use() -> None:
    found = [
        problem
        for module, path in MODULES.items()
        for problem in violations(module, path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_check_sees_an_import_against_the_picture() -> None:
    """The check above can fail: imports that break the picture, as the check reads them."""
    store = "kpidesk.store.kpis"
    assert violations(store, "from kpidesk.io.grid import SheetGrid\n") == [
        "kpidesk.store.kpis:1 imports kpidesk.io.grid: store may not use io"
    ]
    inside = "def f():\n    import PySide6.QtCore\n"
    assert violations("kpidesk.domain.kpi", inside) == [
        "kpidesk.domain.kpi:2 imports PySide6.QtCore: only ui may use Qt"
    ]
    assert violations("kpidesk.ui.state", "from ..cli.output import kpi_json\n") == [
        "kpidesk.ui.state:1 imports kpidesk.cli.output: ui may not use cli"
    ]
    assert violations("kpidesk.nowhere", "") == [
        "kpidesk.nowhere is in no layer of tests/layers.py"
    ]


def test_the_command_line_starts_the_window_only_lazily() -> None:
    cli = "kpidesk.cli.dispatch"
    assert violations(cli, "from kpidesk.ui.app import launch\n") == [
        "kpidesk.cli.dispatch:1 imports kpidesk.ui.app: cli may not use ui"
    ]
    assert violations(cli, "def run():\n    from kpidesk.ui.app import launch\n") == []
    assert violations(cli, "def run():\n    from kpidesk.ui.state import AppState\n") == [
        "kpidesk.cli.dispatch:2 imports kpidesk.ui.state: cli may not use ui"
    ]


CHECK = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {qt})
print(",".join(loaded))
"""


def test_nothing_outside_the_window_loads_qt() -> None:
    """Importing every module outside the window (the migrations aside: Alembic runs them)
    loads no Qt, not even through a library."""
    headless = [
        module
        for module in MODULES
        if layer_of(module) not in QT_LAYERS
        and not _covers("kpidesk.store.migrations", module)
        and module != "kpidesk.__main__"
    ]
    script = CHECK.format(qt=sorted(QT_PACKAGES))
    result = subprocess.run(
        [sys.executable, "-c", script, *headless], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
