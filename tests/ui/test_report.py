"""The monthly report read back from the PDF: the text of each page (pypdf) and a rendered
chart page (pypdfium2), from a hand-made Bulgarian workspace. Every expected figure is
worked out by hand here."""

from datetime import datetime
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PySide6.QtWidgets import QApplication

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.store.loading import Snapshot
from kpidesk.store.settings import WorkspaceSettings
from kpidesk.ui.report import ReportCancelled, write_report

OCT = Month(2026, 10)
LONG_NAME = (
    "Приходи от продажби в магазина на улица „Витоша“ и в онлайн магазина, заедно с доставките"
)
SET = datetime(2025, 12, 1)


def bulgarian_snapshot(extra_kpis: int = 0) -> Snapshot:
    """Revenue 1 000 € a month in 2026 (October 1 234,5 €, June missing), target 1 200 €;
    wait time 15 minutes in October against 12, and 14 last October."""
    revenue = KpiDefinition(LONG_NAME, Unit.CURRENCY, currency="EUR", decimals=1)
    wait = KpiDefinition(
        "Средно време за отговор",
        Unit.DURATION,
        duration_unit="minutes",
        direction=Direction.LOWER,
        aggregation=Aggregation.MEAN,
        decimals=1,
    )
    others = [KpiDefinition(f"Показател {i}", Unit.COUNT, decimals=0) for i in range(extra_kpis)]
    revenue_figures = {Month(2026, m): Figure(1000.0, "EUR") for m in range(1, 10) if m != 6}
    revenue_figures[OCT] = Figure(1234.5, "EUR", "Силен месец: нов клиент, õunakook")
    figures = {
        revenue.key: revenue_figures,
        wait.key: {Month(2025, 10): Figure(14.0), OCT: Figure(15.0)},
        **{kpi.key: {OCT: Figure(float(i))} for i, kpi in enumerate(others)},
    }
    targets = {
        revenue.key: [TargetChange(TargetKind.MONTHLY, Month(2026, 1), 1200.0, SET)],
        wait.key: [TargetChange(TargetKind.MONTHLY, Month(2026, 1), 12.0, SET)],
    }
    card = Scorecard([revenue, wait, *others], figures, targets)
    return Snapshot(card, {}, WorkspaceSettings(business_name="Пекарна „Зора“ ООД"))


def page_texts(path: Path) -> list[str]:
    """Each page's text with every run of spaces (tabs, no-break spaces) as one space."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def build(folder: Path, snapshot: Snapshot, name: str = "report.pdf") -> Path:
    return write_report(snapshot, OCT, folder / name, "bg", lambda _d, _t: None, lambda: False)


@pytest.fixture(scope="module")
def bulgarian(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report built once with Bulgarian numbers and months. The words are those of the
    installed translation (the tests' English), so the test reads the same whatever the
    translation files say; the numbers and month names come from the Bulgarian locale."""
    return build(tmp_path_factory.mktemp("report"), bulgarian_snapshot())


def test_cover_names_the_business_and_the_month(bulgarian: Path) -> None:
    cover = page_texts(bulgarian)[0]
    assert "Пекарна „Зора“ ООД" in cover
    assert "октомври 2026" in cover


def test_scorecard_shows_the_numbers_as_bulgarian_writes_them(bulgarian: Path) -> None:
    scorecard = page_texts(bulgarian)[1]
    # The long name wraps over lines; every word of it is on the page.
    assert all(word in scorecard for word in LONG_NAME.split())
    assert "Средно време за отговор" in scorecard
    # Revenue: 1 234,5 € against 1 200,0 €: 102,875 % -> 103 %; year to date 8 x 1 000 +
    # 1 234,5 = 9 234,5 € against 10 x 1 200 = 12 000,0 €.
    for text in ("1 234,5 €", "1 200,0 €", "103 %", "9 234,5 €", "12 000,0 €"):
        assert text in scorecard
    # Wait (lower is better): 12 / 15 = 80 %; last October 14,0, change (15 - 14) / 14 = +7 %.
    for text in ("15,0 min", "12,0 min", "80 %", "14,0 min", "+7 %"):
        assert text in scorecard


def test_every_page_is_numbered(bulgarian: Path) -> None:
    texts = page_texts(bulgarian)
    assert len(texts) == 4  # cover, scorecard, the two charts, the notes
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of 4" in text


def test_the_months_notes_keep_their_letters(bulgarian: Path) -> None:
    notes = page_texts(bulgarian)[-1]
    assert "Силен месец: нов клиент, õunakook" in notes


def test_the_pdf_has_a_title_and_creator(bulgarian: Path) -> None:
    metadata = pypdf.PdfReader(bulgarian).metadata
    assert metadata is not None
    assert metadata.title == "Пекарна „Зора“ ООД — monthly report, октомври 2026"
    assert metadata.creator == "kpidesk"


def test_the_chart_page_is_drawn(bulgarian: Path) -> None:
    charts = page_texts(bulgarian)[2]
    assert "окт" in charts and "ное 2025" in charts
    document = pypdfium2.PdfDocument(str(bulgarian))
    bitmap = document[2].render(scale=0.4)
    pixels = bytes(bitmap.buffer)
    dark = sum(1 for value in pixels[::3] if value < 128)
    assert dark > 500


def test_the_same_workspace_gives_the_same_text(bulgarian: Path, tmp_path: Path) -> None:
    again = build(tmp_path, bulgarian_snapshot())
    assert page_texts(again) == page_texts(bulgarian)


def test_many_kpis_run_over_pages_without_losing_one(tmp_path: Path) -> None:
    path = build(tmp_path, bulgarian_snapshot(extra_kpis=40))
    texts = page_texts(path)
    scorecard_pages = [t for t in texts if "KPI Status Value" in t]
    assert len(scorecard_pages) == 2  # the header row repeats where the table continues
    table = " ".join(scorecard_pages)
    assert all(f"Показател {i} " in table for i in range(40))
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_cancelled_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(ReportCancelled):
        write_report(
            bulgarian_snapshot(), OCT, tmp_path / "r.pdf", "bg", lambda _d, _t: None, lambda: True
        )
    assert list(tmp_path.iterdir()) == []
