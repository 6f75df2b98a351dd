"""A team's server may be set up with other defaults than PostgreSQL's own; writes hold."""

import threading

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, cell_history, start_change, write_figures
from kpidesk.store.kpis import add_kpi
from kpidesk.store.workspace import open_workspace
from tests.postgres_server import PostgresServer

MARCH = Month(2026, 3)


def test_writers_take_turns_on_a_server_whose_default_isolation_is_serializable(
    postgres: PostgresServer, postgres_url: str
) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    postgres.execute(f"ALTER DATABASE {database} SET default_transaction_isolation = serializable")
    first = open_workspace(postgres_url)
    with first.transaction() as session:
        kpi_id = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
    desks = [first, open_workspace(postgres_url)]
    start = threading.Barrier(len(desks))
    failures: list[Exception] = []

    def enter(desk_number: int) -> None:
        start.wait()
        for round_number in range(15):
            try:
                with desks[desk_number].transaction() as session:
                    change = start_change(session, "edit")
                    value = desk_number * 1000 + round_number
                    write_figures(session, change, [CellWrite(kpi_id, MARCH, value)])
            except Exception as error:
                failures.append(error)

    threads = [threading.Thread(target=enter, args=(n,)) for n in range(len(desks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert failures == []
        with first.reading() as session:
            history = cell_history(session, kpi_id, MARCH)
        assert len(history) == 30
        olds = [revision.old_value for _, revision in history]
        news = [revision.new_value for _, revision in history]
        assert olds == [None, *news[:-1]]
    finally:
        for desk in desks:
            desk.close()
