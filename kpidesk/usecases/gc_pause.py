"""Pausing Python's cycle collector while an import builds its objects.

An import of a long sheet creates a few hundred thousand small tuples that all live until the
import ends. Each batch of them sets off the cycle collector, which walks every young object
again and again although none of them is in a reference cycle: that was a third of a whole
import's time. Reference counting still frees everything as usual while the collector rests.

Pauses are counted, so a pause inside another (a command's, then its import's), or one on the
window's worker while another runs, does not wake the collector when the first of them ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block. When the last pause ends the collector is
    left as it was found before the first one began."""
    _begin()
    try:
        yield
    finally:
        _end()


def _begin() -> None:
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1


def _end() -> None:
    global _pauses
    with _lock:
        _pauses -= 1
        if _pauses == 0 and _resume:
            gc.enable()
