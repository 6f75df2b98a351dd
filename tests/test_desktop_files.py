"""The files a desktop reads without running kpidesk: the icon's PNG sizes, the .desktop entry."""

from __future__ import annotations

import configparser
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk, the first after the signature."""
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert head[12:16] == b"IHDR", f"{path.name} has no IHDR first"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_every_icon_png_is_the_size_its_name_says():
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert _png_size(ICONS / f"kpidesk-{size}.png") == (size, size)
    assert (ICONS / "kpidesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_desktop_entry_parses_and_names_the_program_and_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "kpidesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "kpidesk"
    assert desktop["Exec"] == "kpidesk"
    assert desktop["Icon"] == "kpidesk"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"] == "Office;Finance;"
    assert "MimeType" not in desktop
    for key in ("GenericName", "Comment"):
        for lang in ("", "[bg]", "[et]"):
            assert desktop[key + lang].strip(), f"{key}{lang} is empty"
    assert desktop["Comment[bg]"] != desktop["Comment"]
    assert desktop["Comment[et]"] != desktop["Comment"]
