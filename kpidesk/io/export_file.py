"""Writing an export to a file so that a failure never costs the owner the previous one.

The workbook or CSV is written to a passing file in the same folder (so the rename cannot
cross file systems) and renamed over the old export only once it is complete. A writer that
fails midway (a full disk, a figure it cannot write) leaves the old file as it was and no
passing file behind. The command line and the window both export through here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import PastDecision
from kpidesk.io.export_definitions import SegmentHistory


def export_to_file(
    scorecard: Scorecard,
    path: Path,
    history: Mapping[str, Sequence[PastDecision]] | None = None,
    segment_history: SegmentHistory | None = None,
) -> int:
    """Write `.csv` by extension, otherwise `.xlsx` (with the target `history` and the
    segments' `segment_history`, which CSV cannot carry); returns the number of rows
    written."""
    from kpidesk.io.export_csv import write_csv
    from kpidesk.io.export_xlsx import write_xlsx

    with replaced_when_complete(path) as passing:
        if path.suffix.lower() == ".csv":
            with passing.open("w", encoding="utf-8", newline="") as stream:
                return write_csv(scorecard, stream)
        return write_xlsx(scorecard, passing, history, segment_history)


@contextmanager
def replaced_when_complete(path: Path) -> Iterator[Path]:
    """A passing path beside `path` (same extension) to write to; it replaces `path` when
    the block ends without error, and is removed when it does not."""
    passing = path.with_name(f".{path.stem}.{os.getpid()}.partial{path.suffix}")
    try:
        yield passing
        os.replace(passing, path)
    finally:
        passing.unlink(missing_ok=True)
