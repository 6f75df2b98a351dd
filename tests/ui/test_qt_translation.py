"""Qt's own buttons speak the owner's language too: PySide6 ships Bulgarian, kpidesk ships a
small Estonian file for what the window shows (dialog buttons, a text field's menu)."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kpidesk.assets import resource_path
from kpidesk.ui.language import apply_language

BUTTONS = QDialogButtonBox.StandardButton


@pytest.mark.parametrize(
    ("lang", "cancel", "save"), [("et", "Loobu", "Salvesta"), ("bg", "Отказ", "Запазване")]
)
def test_dialog_buttons_are_translated(qapp: QApplication, lang, cancel, save) -> None:
    apply_language(qapp, lang)
    try:
        box = QDialogButtonBox(BUTTONS.Cancel | BUTTONS.Save)
        assert box.button(BUTTONS.Cancel).text() == cancel
        assert box.button(BUTTONS.Save).text().replace("&", "") == save
    finally:
        apply_language(qapp, "en")


def test_the_estonian_qt_file_is_compiled_from_its_source(tmp_path: Path) -> None:
    source = resource_path("translations", "qtbase_et.ts")
    compiled = tmp_path / "qtbase_et.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == resource_path("translations", "qtbase_et.qm").read_bytes()
