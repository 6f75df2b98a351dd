from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.kpi import Unit
from kpidesk.domain.label_text import LabelCore, label_core


def test_numbering_in_front_and_a_unit_behind_are_not_the_name():
    assert label_core("1. Приходи (лв.)") == LabelCore("Приходи", Unit.CURRENCY, "BGN")
    assert label_core("2) Orders") == LabelCore("Orders")
    assert label_core("1.2. Отлив на клиенти (%)") == LabelCore("Отлив на клиенти", Unit.PERCENT)
    assert label_core("Müügitulu (€)") == LabelCore("Müügitulu", Unit.CURRENCY, "EUR")
    assert label_core("Tellimused [tk]") == LabelCore("Tellimused", Unit.COUNT)


def test_a_duration_unit_behind_is_not_the_name():
    assert label_core("Средно време за изчакване (мин)") == LabelCore(
        "Средно време за изчакване", Unit.DURATION, duration_unit="minutes"
    )
    assert label_core("Lahendusaeg (tundi)") == LabelCore(
        "Lahendusaeg", Unit.DURATION, duration_unit="hours"
    )
    assert label_core("Delivery time [days]") == LabelCore(
        "Delivery time", Unit.DURATION, duration_unit="days"
    )
    assert label_core("Plan (t)") == LabelCore("Plan (t)")


def test_what_is_not_numbering_or_a_known_unit_stays_in_the_name():
    assert label_core("Revenue (net)") == LabelCore("Revenue (net)")
    assert label_core("2025 target") == LabelCore("2025 target")
    assert label_core("24h response rate") == LabelCore("24h response rate")
    assert label_core("1.") == LabelCore("1.")
    assert label_core("(%)") == LabelCore("(%)")


@given(st.text(max_size=40))
def test_any_label_keeps_a_name(label):
    core = label_core(label)
    assert core.name == core.name.strip()
    assert core.name or not label.strip()
