"""Pausing Python's cycle collector while an import builds its objects.

An import of a long sheet creates a few hundred thousand small tuples that all live until the
import ends. Each batch of them sets off the cycle collector, which walks every young object
again and again although none of them is in a reference cycle: that was a third of a whole
import's time. Reference counting still frees everything as usual while the collector rests.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block; leave it as found (nesting is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
