"""With every string half as long again (the pseudo-language), and in Bulgarian and Estonian,
no label, button, choice or column header in any view is clipped, on a 1024×700 screen as on
a 1280×800 one, and the window is never wider than the screen."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QWidget,
)

from kpidesk.ui.dashboard.column_fit import KPI_MAX, SPARK_WIDTH
from kpidesk.ui.dashboard.model import COL_KPI, COL_SPARK
from kpidesk.ui.header_fit import two_line_width
from kpidesk.ui.language import apply_language
from kpidesk.ui.main_window import VIEWS, MainWindow
from kpidesk.ui.pseudo import PseudoTranslator
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.ui.state import AppState
from tests.workbooks import merged, write_xlsx


@pytest.fixture(params=["pseudo", "bg", "et"])
def language(request, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "pseudo":
        translator = PseudoTranslator(qapp)
        qapp.installTranslator(translator)
        yield request.param
        qapp.removeTranslator(translator)
        return
    apply_language(qapp, request.param)
    yield request.param
    apply_language(qapp, "en")


@pytest.fixture(params=[(1024, 700), (1280, 800)], ids=["1024x700", "1280x800"])
def screen(request) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return request.param


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label, button and header section whose text is wider than its room."""
    found = []
    for label in root.findChildren(QLabel):
        single_line = label.text() and not label.wordWrap() and not _rich(label)
        if _shown(label, root) and single_line and label.width() < label.sizeHint().width() - 1:
            found.append(f"label {label.text()!r}: {label.width()} < {label.sizeHint().width()}")
    for button in root.findChildren(QAbstractButton):
        if (
            _shown(button, root)
            and button.text()
            and button.width() < button.sizeHint().width() - 1
        ):
            found.append(
                f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}"
            )
    for combo in root.findChildren(QComboBox):
        text = combo.currentText()
        if _shown(combo, root) and text and combo.width() < combo.minimumSizeHint().width() - 1:
            found.append(f"combo {text!r}: {combo.width()} < {combo.minimumSizeHint().width()}")
    for table in root.findChildren(QTableView):
        if _shown(table, root):
            found += _clipped_headers(table.horizontalHeader())
    return found


def _clipped_headers(header: QHeaderView) -> list[str]:
    """A header that wraps (two lines at most) needs only its wider half; others the whole."""
    model = header.model()
    if model is None:
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        width = two_line_width(metrics, text) if wraps else metrics.horizontalAdvance(text)
        if text and header.sectionSize(section) < width + margin:
            found.append(f"header {text!r}: {header.sectionSize(section)} < {width + margin}")
    return found


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0


def _rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.RichText or "<" in label.text()


def nothing_clipped(root: QWidget, where: str) -> Callable[[], None]:
    """A check for qtbot.waitUntil: a view switch relays the navigation bar out over several
    event-loop passes, which a loaded machine runs late, so the test waits for the layout to
    settle instead of a fixed time; a text clipped for good fails with its list."""

    def check() -> None:
        problems = clipped_texts(root)
        assert not problems, f"{where}:\n" + "\n".join(problems)

    return check


def test_no_view_clips_its_texts(qtbot, language, screen, demo_workspace):
    window = MainWindow(AppState(demo_workspace))
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    for name in VIEWS:
        window.show_view(name)
        qtbot.waitUntil(nothing_clipped(window, name))
        assert window.width() == screen[0], name
    assert window.minimumSizeHint().width() <= 1024
    dialog = SettingsDialog(window.state.snapshot.settings, window)
    dialog.show()
    qtbot.waitUntil(nothing_clipped(dialog, "settings"))


def test_the_dashboard_fits_without_scrolling_sideways(qtbot, language, screen, demo_workspace):
    window = MainWindow(AppState(demo_workspace))
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    window.show_view("dashboard")
    table = window.dashboard.table
    header = table.horizontalHeader()

    def fits() -> None:
        assert header.length() <= table.viewport().width()

    qtbot.waitUntil(fits)
    first = window.dashboard.proxy.index(0, 1)
    assert first.data() in first.data(Qt.ItemDataRole.ToolTipRole)


def test_the_import_view_with_a_preview_still_fits(
    qtbot, language, screen, demo_workspace, tmp_path
):
    """The counts (with target changes), choices and buttons under a preview must not widen
    the window past the screen."""
    rows = [
        ["KPI", "Jan 2025", None, "Feb 2025", None],
        [None, "Plan", "Actual", "Plan", "Actual"],
        ["Revenue", 1000, 1200, 1100, 1300],
        ["New label", 1, 1, 2, 2],
    ]
    path = write_xlsx(tmp_path / "figures.xlsx", rows, setup=merged("B1:C1", "D1:E1"))
    window = MainWindow(AppState(demo_workspace))
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    window.import_file(path)
    qtbot.waitUntil(lambda: "◎" in window.importer.action_bar.counts.text())
    qtbot.waitUntil(nothing_clipped(window, "import"))
    assert window.minimumSizeHint().width() <= screen[0]
    assert window.width() == screen[0]


def test_on_a_wide_screen_the_names_stop_and_the_figures_share_the_room(qtbot, demo_workspace):
    window = MainWindow(AppState(demo_workspace))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.show_view("dashboard")
    table = window.dashboard.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    assert header.sectionSize(COL_KPI) <= KPI_MAX
    assert header.sectionSize(COL_SPARK) > SPARK_WIDTH
    assert not any(table.isColumnHidden(c) for c in range(header.count()))
