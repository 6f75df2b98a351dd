"""Qt runs offscreen in every test; each UI test gets one shared QApplication (pytest-qt)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
