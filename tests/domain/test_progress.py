import pytest

from kpidesk.domain.kpi import Direction
from kpidesk.domain.progress import Status, attainment, status


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (4.5, Status.ON_TRACK),
        (5.0, Status.ON_TRACK),
        (5.4, Status.AT_RISK),
        (5.5, Status.AT_RISK),
        (6.0, Status.OFF_TRACK),
    ],
)
def test_lower_is_better_with_tolerance(value: float, expected: Status) -> None:
    assert status(value, 5, Direction.LOWER, 10) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(100, Status.ON_TRACK), (91, Status.AT_RISK), (90, Status.AT_RISK), (89, Status.OFF_TRACK)],
)
def test_higher_is_better_with_tolerance(value: float, expected: Status) -> None:
    assert status(value, 100, Direction.HIGHER, 10) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.5, Status.ON_TRACK),
        (1.64, Status.ON_TRACK),
        (1.75, Status.AT_RISK),
        (1.2, Status.AT_RISK),
        (1.1, Status.OFF_TRACK),
        (2.0, Status.OFF_TRACK),
    ],
)
def test_range_within_tolerance_and_twice_it(value: float, expected: Status) -> None:
    assert status(value, 1.5, Direction.RANGE, 10) is expected


def test_missing_value_or_target() -> None:
    assert status(None, 5, Direction.HIGHER, 10) is Status.NO_DATA
    assert status(5, None, Direction.HIGHER, 10) is Status.NO_TARGET


def test_attainment_100_means_on_target_and_more_is_better() -> None:
    assert attainment(120, 100, Direction.HIGHER) == pytest.approx(120)
    assert attainment(4, 5, Direction.LOWER) == pytest.approx(125)
    assert attainment(5, 5, Direction.RANGE) == pytest.approx(100)
    assert attainment(1, 0, Direction.HIGHER) is None
    assert attainment(None, 5, Direction.LOWER) is None
