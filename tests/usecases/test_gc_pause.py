import gc

import pytest

from kpidesk.usecases.gc_pause import collector_paused


def test_the_collector_rests_inside_and_is_back_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_brings_the_collector_back():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_on_two_threads_wake_the_collector_only_at_the_end():
    import threading

    first_in, first_may_leave = threading.Event(), threading.Event()

    def first():
        with collector_paused():
            first_in.set()
            first_may_leave.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with collector_paused():
        first_may_leave.set()
        thread.join(5)
        assert not gc.isenabled()
    assert gc.isenabled()
