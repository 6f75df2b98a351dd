"""Find files under `resources/` wherever kpidesk runs from.

One function serves the checkout, an installed wheel (where setup.py installs `resources/` as
`kpidesk/resources/`) and a frozen build (PyInstaller's `sys._MEIPASS`). It imports
nothing of ours, so every layer may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds catalog/, demo/, translations/ and icons/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    checkout = package.parent / "resources"
    if checkout.is_dir() and (package.parent / "pyproject.toml").is_file():
        return checkout
    return package / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. `resource_path("catalog", "kpis.json")`."""
    return resource_root().joinpath(*parts)
