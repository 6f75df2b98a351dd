"""Text every database a workspace lives in keeps alike (PostgreSQL enforces column lengths)."""

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.store.imports import recall_mappings, remember_mappings
from kpidesk.store.kpis import add_kpi
from kpidesk.store.workspace import Workspace


def test_a_label_longer_than_a_name_is_mapped_but_not_remembered(any_workspace: Workspace) -> None:
    sentence = "Revenue as reported to the bank every month, " * 5
    with any_workspace.transaction() as session:
        kpi_id = add_kpi(session, KpiDefinition("Revenue", Unit.COUNT)).id
        remember_mappings(session, {sentence: kpi_id, "Takings": kpi_id})
    with any_workspace.reading() as session:
        remembered = recall_mappings(session)
    assert sorted(remembered) == ["takings"]
