"""An xlsx export imported into an empty workspace gives back the same workspace."""

from __future__ import annotations

import time
from datetime import datetime

import openpyxl
import pytest

from kpidesk.domain.kpi import Aggregation, Category, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, TargetChange, TargetKind
from kpidesk.store.figures import redo_change, undo_change
from kpidesk.store.models import ImportRecord
from kpidesk.usecases.import_preview import ImportOptions, preview_import
from kpidesk.usecases.importing import plan_file

REVENUE = KpiDefinition(
    "Приходи",
    Unit.CURRENCY,
    currency="BGN",
    category=Category.SALES,
    decimals=0,
    tolerance=5.0,
    benchmark=12000.0,
    description="Оборот без ДДС",
    aliases=("Revenue", "Sales €"),
)
WAIT = KpiDefinition(
    "Wait time",
    Unit.DURATION,
    duration_unit="minutes",
    direction=Direction.LOWER,
    aggregation=Aggregation.MEAN,
    category=Category.CUSTOMER_SERVICE,
    decimals=1,
)
COSTS = KpiDefinition("Costs", Unit.CURRENCY, currency="EUR", decimals=2)
MARGIN = KpiDefinition(
    "Margin",
    Unit.PERCENT,
    aggregation=Aggregation.FORMULA,
    formula="([Приходи] - [Costs]) / [Приходи] * 100",
    decimals=1,
)
UNUSED = KpiDefinition("Referrals", Unit.COUNT, decimals=0, archived=True)


def _built(roundtrip):
    ws = roundtrip.workspace()
    roundtrip.add(ws, REVENUE, WAIT, COSTS, MARGIN, UNUSED)
    roundtrip.record(
        ws,
        "Приходи",
        {"2025-11": 19558.3, "2025-12": 39116.6},
        notes={"2025-11": "Black Friday"},
    )
    roundtrip.record(ws, "Приходи", {"2026-01": 1000}, notes={"2026-01": "first month in €"})
    roundtrip.record(ws, "Costs", {"2025-11": 4000, "2026-01": 700.25})
    roundtrip.record(
        ws, "Wait time", {"2025-11": 4.5, "2026-02": 3.25}, notes={"2026-02": "tab\tand\nnew line"}
    )
    first = datetime(2025, 10, 3, 9, 15, 42, 123456)
    roundtrip.decide(
        ws,
        "Приходи",
        TargetChange(
            TargetKind.MONTHLY, Month(2025, 11), 19558.3, first, "plan in leva", currency="BGN"
        ),
    )
    roundtrip.decide(
        ws,
        "Приходи",
        TargetChange(
            TargetKind.ANNUAL,
            Month(2026, 1),
            12000,
            datetime(2025, 12, 20, 17, 0, 1),
            "2026 budget",
            spread=Spread.EVEN,
            monthly_values=(1000.0,) * 12,
            currency="EUR",
        ),
    )
    undone = roundtrip.decide(
        ws,
        "Wait time",
        TargetChange(TargetKind.MONTHLY, Month(2025, 11), 9, datetime(2025, 11, 2), "typo"),
    )
    with ws.transaction() as session:
        undo_change(session, undone)
    roundtrip.decide(
        ws,
        "Wait time",
        TargetChange(TargetKind.MONTHLY, Month(2025, 11), 5, datetime(2025, 11, 3), ""),
    )
    roundtrip.decide(
        ws,
        "Wait time",
        TargetChange(
            TargetKind.OVERRIDE, Month(2026, 2), 4, datetime(2026, 1, 30, 8, 0), "Feb is short"
        ),
    )
    roundtrip.decide(
        ws,
        "Referrals",
        TargetChange(TargetKind.MONTHLY, Month(2024, 1), 3, datetime(2024, 1, 1), "old"),
    )
    return ws


def test_export_then_import_gives_back_kpis_figures_notes_targets_and_history(roundtrip) -> None:
    original = _built(roundtrip)
    path = roundtrip.export_xlsx(original)
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, path)
    before, after = roundtrip.dump(original), roundtrip.dump(copy)
    assert list(after) == ["Приходи", "Wait time", "Costs", "Margin", "Referrals"]
    assert after == before
    revenue = after["Приходи"]
    assert revenue["figures"] == {"2025-11": 10000.0, "2025-12": 20000.0, "2026-01": 1000.0}
    assert revenue["notes"] == {"2025-11": "Black Friday", "2026-01": "first month in €"}
    assert revenue["definition"].currency == "BGN"
    assert [h[:3] + h[5:] for h in after["Wait time"]["history"]] == [
        ("monthly", "2025-11", 9.0, "typo", datetime(2025, 11, 2), True),
        ("monthly", "2025-11", 5.0, "", datetime(2025, 11, 3), False),
        ("override", "2026-02", 4.0, "Feb is short", datetime(2026, 1, 30, 8, 0), False),
    ]


def test_importing_the_same_export_twice_adds_no_decision(roundtrip) -> None:
    original = _built(roundtrip)
    path = roundtrip.export_xlsx(original)
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, path)
    again = roundtrip.import_file(copy, path)
    assert again.targets_set == 0
    assert again.values_imported == 0
    assert roundtrip.dump(copy) == roundtrip.dump(original)
    into_itself = roundtrip.import_file(original, path)
    assert (into_itself.targets_set, into_itself.values_imported) == (0, 0)


@pytest.mark.parametrize("writer", ["openpyxl", "xlsxwriter", "ods"])
def test_export_saved_again_by_another_program_imports_back_the_same(
    roundtrip, resave, writer
) -> None:
    original = _built(roundtrip)
    exported = roundtrip.export_xlsx(original)
    suffix = ".ods" if writer == "ods" else ".xlsx"
    path = resave[writer](exported, exported.with_name(f"resaved-{writer}{suffix}"))
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, path)
    before, after = roundtrip.dump(original), roundtrip.dump(copy)
    if writer == "ods":
        # calamine reads <text:tab/> as nothing: the one tab of a note is lost in an .ods
        before["Wait time"]["notes"]["2026-02"] = "taband\nnew line"
    assert after == before
    assert after["Приходи"]["figures"]["2026-01"] == 1000.0


def test_export_of_kpis_without_figures_gives_back_the_kpis_and_targets(roundtrip) -> None:
    original = roundtrip.workspace()
    roundtrip.add(original, WAIT, UNUSED)
    roundtrip.decide(
        original,
        "Wait time",
        TargetChange(TargetKind.MONTHLY, Month(2026, 1), 5, datetime(2025, 12, 1), "first goal"),
    )
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, roundtrip.export_xlsx(original))
    after = roundtrip.dump(copy)
    assert after == roundtrip.dump(original)
    assert list(after) == ["Wait time", "Referrals"]
    assert after["Wait time"]["targets"] == {"2026-01": 5.0}


def test_blank_and_control_character_notes_come_back_from_xlsx(roundtrip) -> None:
    notes = {"2025-01": " ", "2025-02": "\n", "2025-03": "nul\x00byte", "2025-04": "\x01\x1f\r\n"}
    original = roundtrip.workspace()
    roundtrip.add(original, COSTS)
    roundtrip.record(original, "Costs", dict.fromkeys(notes, 1.0), notes)
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, roundtrip.export_xlsx(original))
    assert roundtrip.dump(copy)["Costs"]["notes"] == notes


def test_undo_and_redo_of_the_import_keep_an_undone_decision_undone(roundtrip) -> None:
    original = _built(roundtrip)
    copy = roundtrip.workspace()
    summary = roundtrip.import_file(copy, roundtrip.export_xlsx(original))
    with copy.transaction() as session:
        change_id = session.get(ImportRecord, summary.import_id).change_id
        undo_change(session, change_id)
    assert all(h[-1] for kpi in roundtrip.dump(copy).values() for h in kpi["history"])
    with copy.transaction() as session:
        redo_change(session, change_id)
    assert roundtrip.dump(copy) == roundtrip.dump(original)


def test_history_in_a_currency_the_kpi_cannot_take_is_left_out_and_said(roundtrip) -> None:
    original = roundtrip.workspace()
    roundtrip.add(original, KpiDefinition("Costs", Unit.CURRENCY, currency="USD", decimals=0))
    roundtrip.record(original, "Costs", {"2025-01": 10})
    roundtrip.decide(
        original,
        "Costs",
        TargetChange(TargetKind.MONTHLY, Month(2025, 1), 8, datetime(2025, 1, 2), currency="USD"),
    )
    path = roundtrip.export_xlsx(original)
    euro = roundtrip.workspace()
    roundtrip.add(euro, COSTS)
    plan, own = plan_file(path)
    with euro.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
    assert preview.targets == []
    assert [str(p) for p in preview.problems] == [
        "export.xlsx, sheet 'Data', cell C2: the figure is in USD, but Costs is kept in EUR; "
        "left out",
        "export.xlsx, sheet 'Targets': the figure is in USD, but Costs is kept in EUR; left out",
    ]


@pytest.fixture
def in_sofia(monkeypatch):
    """Local time is Sofia's for the test, and the machine's again after it."""
    monkeypatch.setenv("TZ", "Europe/Sofia")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_moment_written_with_a_time_zone_is_read_as_local_time(roundtrip, in_sofia) -> None:
    original = _built(roundtrip)
    path = roundtrip.export_xlsx(original)
    book = openpyxl.load_workbook(path)
    sheet = book["Targets"]
    titles = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        row[titles.index("Set at")].value = "2025-11-03T10:00:00+00:00"
    book.save(path)
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, path)
    moments = {h[6] for kpi in roundtrip.dump(copy).values() for h in kpi["history"]}
    assert moments == {datetime(2025, 11, 3, 12, 0)}  # 10:00 UTC is noon in Sofia
