"""kpidesk's own icon for the title bar, the task bar and the window switcher.

The icon is built from the committed PNG sizes (resources/icons/, drawn from kpidesk.svg by
packaging/icons.py) so each size the desktop asks for is a bitmap drawn for it, not a scaled
256 px picture, and the window needs no SVG support at run time.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kpidesk.assets import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Every committed size of the kpidesk icon; a missing file leaves out only that size."""
    icon = QIcon()
    for size in SIZES:
        path = resource_path("icons", f"kpidesk-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon
