"""Draw the application icon's PNG sizes from resources/icons/kpidesk.svg.

    python packaging/icons.py        # rewrite resources/icons/kpidesk-<size>.png, .ico, .icns

A desktop (the .desktop entry's Icon=, the Windows exe, the window's title bar) wants ready
bitmaps at fixed sizes; drawing them from the one SVG keeps every size the same mark. The PNGs
are committed so neither the window nor the frozen build needs QtSvg at run time. The .ico
(Windows) and .icns (macOS) are what PyInstaller stamps on the program (packaging/kpidesk.spec).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "kpidesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PROGRAM_ICONS = ("ico", "icns")


def png_path(size: int) -> Path:
    return ICONS / f"kpidesk-{size}.png"


def render(size: int) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = png_path(size)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not be written")
        print(target.relative_to(ROOT))
    for suffix in PROGRAM_ICONS:
        target = ICONS / f"kpidesk.{suffix}"
        if not render(256).save(str(target), suffix.upper()):
            raise SystemExit(f"{target}: could not be written")
        print(target.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
