"""The window wears kpidesk's icon, at every size a desktop asks for, drawn from the one SVG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kpidesk.ui.app_icon import app_icon

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import icons

SHOW_APPLICATION_ICON = """
from kpidesk.ui.app import application
icon = application("en").windowIcon()
print(icon.isNull(), sorted(size.width() for size in icon.availableSizes()))
"""


def test_the_application_started_by_kpidesk_carries_the_icon_from_16_to_256_px(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SHOW_APPLICATION_ICON],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False [16, 24, 32, 48, 64, 128, 256]"


def test_the_icon_gives_a_drawn_bitmap_at_16_and_256_px(qapp):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 256):
        assert icon.actualSize(QSize(size, size)) == QSize(size, size)
        image = icon.pixmap(size, size).toImage()
        middle = image.pixelColor(size // 2, size // 2)
        assert middle.alpha() == 255, f"{size} px: the middle of the icon is see-through"


def test_the_committed_pngs_are_drawn_from_the_current_svg(qapp):
    for size in icons.SIZES:
        committed = QImage(str(icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert committed == icons.render(size), (
            f"kpidesk-{size}.png is behind kpidesk.svg: run python packaging/icons.py"
        )
