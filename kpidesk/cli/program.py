"""The `kpidesk` program: parse the command line, run the command, answer with an exit status.

Bad input never ends in a traceback: every error the owner can cause is printed as one line
naming what was wrong, with exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from kpidesk.cli.parser import EXIT_REFUSED, build_parser
from kpidesk.domain.scorecard import UnknownKpiError
from kpidesk.domain.segments import UnknownSegmentError
from kpidesk.io.errors import ImportFileError
from kpidesk.store.errors import StoreError
from kpidesk.usecases.gc_pause import collector_paused


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line in-process and return its exit status."""
    return execute(build_parser().parse_args(argv))


def entry() -> None:
    """The `kpidesk` program. A command (not the window) ends with everything written and
    closed; what it built is then frozen out of the cycle collector's sight, so neither a
    last collection after the command's pause nor the interpreter's final sweep walks it
    (a tenth of a second sooner back at the prompt). Exiting is otherwise as usual."""
    args = build_parser().parse_args()
    if args.command is None:
        sys.exit(execute(args))
    with collector_paused():
        code = execute(args)
        gc.freeze()
    sys.exit(code)


def execute(args: argparse.Namespace) -> int:
    """Run a command, or open the window. A command is short, so the cycle collector rests
    for all of it (see `usecases.gc_pause`), rather than waking between its steps to walk
    everything the previous step built."""
    if args.command is None:
        return _answered(args)
    with collector_paused():
        return _answered(args)


def _answered(args: argparse.Namespace) -> int:
    """The command's exit status; a refusal is its one line on stderr and status 2."""
    from kpidesk.cli.dispatch import dispatch

    try:
        return dispatch(args)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (
        StoreError,
        UnknownKpiError,
        UnknownSegmentError,
        ValueError,
        OSError,
        ImportFileError,
    ) as error:
        print(f"kpidesk: {one_line(str(error))}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyError as error:
        print(f"kpidesk: {error.args[0] if error.args else error}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130


def one_line(text: str) -> str:
    """A refusal is one line on stderr, even when what the database said spans several
    (SQLite lists each damaged page on a line of its own)."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())
