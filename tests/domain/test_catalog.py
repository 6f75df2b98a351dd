"""The KPI catalog: complete in three languages, coherent formulas, valid definitions."""

from __future__ import annotations

import pytest

from kpidesk.domain.catalog import (
    LANGUAGES,
    catalog_entry,
    entries_with_parts,
    load_catalog,
)
from kpidesk.domain.formula import Formula
from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status, status
from kpidesk.domain.scorecard import Figure, Scorecard

GLOSSARY_KEYS = {
    "avg_wait_time",
    "avg_resolution_time",
    "customer_churn",
    "csat",
    "brand_awareness",
    "customer_engagement",
    "marketing_qualified_leads",
    "customer_acquisition_cost",
    "monthly_sales_growth",
    "avg_profit_margin",
    "product_performance",
    "quick_ratio",
    "nps",
}

ENTRIES = load_catalog()
FORMULA_ENTRIES = [entry for entry in ENTRIES if entry.formula]


def test_catalog_covers_every_indicator_the_glossaries_name() -> None:
    assert {entry.key for entry in ENTRIES} >= GLOSSARY_KEYS


def test_keys_are_distinct_snake_case() -> None:
    keys = [entry.key for entry in ENTRIES]
    assert len(keys) == len(set(keys))
    assert all(key == key.lower() and " " not in key and key.isascii() for key in keys)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.key)
def test_every_entry_has_all_names_and_descriptions(entry) -> None:
    for lang in LANGUAGES:
        assert entry.names[lang].strip(), f"{entry.key}: no {lang} name"
        assert entry.descriptions[lang].strip(), f"{entry.key}: no {lang} description"
        assert entry.name(lang) == entry.names[lang]
        assert entry.description(lang) == entry.descriptions[lang]
    assert entry.names["bg"] != entry.names["en"]


def test_no_name_or_alias_points_at_two_entries() -> None:
    owners: dict[str, str] = {}
    for entry in ENTRIES:
        for text in entry.all_names():
            assert owners.setdefault(name_key(text), entry.key) == entry.key, text


@pytest.mark.parametrize(
    ("key", "bg", "et"),
    [
        ("avg_wait_time", "Средно време за изчакване", "Keskmine ooteaeg"),
        ("avg_resolution_time", "Средно време за разрешаване", "Keskmine lahendamise aeg"),
        ("customer_churn", "Отлив на клиенти", "Klientide lahkumine"),
        ("csat", "Резултат от клиентско удовлетворение", "Klientide rahulolu skoor"),
        ("brand_awareness", "Популярност на марката", "Brändi tuntus"),
        ("customer_acquisition_cost", "Разходи за привличане на клиенти", "Kliendihankekulud"),
        ("avg_profit_margin", "Среден марж на печалбата", "Keskmine kasumimarginaal"),
    ],
)
def test_names_use_the_glossary_wording(key: str, bg: str, et: str) -> None:
    entry = catalog_entry(key)
    assert (entry.name("bg"), entry.name("et")) == (bg, et)


def test_lower_is_better_where_the_design_says_so() -> None:
    lower = {"avg_wait_time", "avg_resolution_time", "customer_churn", "customer_acquisition_cost"}
    assert {e.key for e in ENTRIES if e.direction is Direction.LOWER} >= lower
    assert catalog_entry("quick_ratio").direction is Direction.RANGE
    assert catalog_entry("quick_ratio").suggested_target == 1.5


def test_the_named_formulas_are_formulas() -> None:
    assert {e.key for e in FORMULA_ENTRIES} >= {
        "customer_churn",
        "customer_acquisition_cost",
        "avg_profit_margin",
    }
    assert catalog_entry("avg_profit_margin").parts == ("profit", "revenue")


@pytest.mark.parametrize("entry", FORMULA_ENTRIES, ids=lambda entry: entry.key)
def test_formula_references_are_catalog_parts(entry) -> None:
    keys = {e.key for e in ENTRIES}
    assert entry.aggregation is Aggregation.FORMULA
    assert tuple(Formula.parse(entry.formula).references()) == entry.parts
    assert entry.parts and set(entry.parts) <= keys
    for lang in LANGUAGES:
        written = Formula.parse(entry.definition(lang).formula).references()
        assert written == [catalog_entry(part).name(lang) for part in entry.parts]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.key)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_definition_builds_a_valid_kpi(entry, lang: str) -> None:
    kpi = entry.definition(lang)
    assert isinstance(kpi, KpiDefinition)
    assert kpi.name == entry.names[lang]
    assert kpi.description == entry.descriptions[lang]
    assert kpi.catalog_key == entry.key
    assert (kpi.unit, kpi.direction, kpi.aggregation) == (
        entry.unit,
        entry.direction,
        entry.aggregation,
    )
    alias_keys = {name_key(alias) for alias in kpi.aliases}
    assert name_key(kpi.name) not in alias_keys
    for other in LANGUAGES:
        if name_key(entry.names[other]) != name_key(kpi.name):
            assert name_key(entry.names[other]) in alias_keys
    if kpi.unit is Unit.CURRENCY:
        assert kpi.currency == "EUR"


def test_unknown_language_falls_back_to_english() -> None:
    entry = catalog_entry("customer_churn")
    assert entry.name("fr") == "Customer churn"
    assert entry.description("fr") == entry.descriptions["en"]
    assert (
        entry.definition("fr").formula == "[Customers lost] / [Customers at start of month] * 100"
    )


def test_unknown_key_lists_the_valid_keys() -> None:
    with pytest.raises(KeyError) as raised:
        catalog_entry("ebitda")
    message = str(raised.value)
    assert "ebitda" in message
    assert "avg_wait_time" in message and "quick_ratio" in message


def test_entries_with_parts_puts_parts_first() -> None:
    keys = [entry.key for entry in entries_with_parts("customer_acquisition_cost")]
    assert keys == ["marketing_spend", "new_customers", "customer_acquisition_cost"]
    assert [entry.key for entry in entries_with_parts("csat")] == ["csat"]


def test_load_catalog_hands_out_a_copy() -> None:
    first = load_catalog()
    first.clear()
    assert len(load_catalog()) == len(ENTRIES)


def test_formula_kpi_added_with_its_parts_computes_in_any_language() -> None:
    march = Month(2026, 3)
    kpis = [entry.definition("bg") for entry in entries_with_parts("avg_profit_margin")]
    by_catalog = {kpi.catalog_key: kpi.key for kpi in kpis}
    figures = {
        by_catalog["profit"]: {march: Figure(2.0, "EUR")},
        by_catalog["revenue"]: {march: Figure(40.0, "EUR")},
    }
    card = Scorecard(kpis, figures)
    assert card.value("Среден марж на печалбата", march) == pytest.approx(5.0)
    assert card.value("Keskmine kasumimarginaal", march) == pytest.approx(5.0)
    assert card.value("Profit margin", march) == pytest.approx(5.0)


def test_quick_ratio_is_healthy_between_one_and_two() -> None:
    entry = catalog_entry("quick_ratio")
    target = entry.suggested_target

    def judged(value: float) -> Status:
        return status(value, target, entry.direction, entry.tolerance)

    assert judged(1.0) is Status.ON_TRACK
    assert judged(2.0) is Status.ON_TRACK
    assert judged(2.3) is Status.AT_RISK
    assert judged(0.4) is Status.OFF_TRACK
