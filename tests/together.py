"""Start several processes so that they run their work at the same moment.

A race between two desktops is only tested when both are past Python's start-up and their
imports when the work begins: each process here imports what it needs, says it is ready
on one shared pipe, and waits on a second pipe that the test closes once every process is
ready, which releases all of them at once (each sees the end of the pipe together).
Nothing here sleeps: a process waits on a pipe, and the test on the processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence

_STARTER = """
import os, runpy, sys
ready, go = int(sys.argv[1]), int(sys.argv[2])
for name in sys.argv[3].split(","):
    __import__(name)
def wait_for_the_others():
    os.write(ready, b"r")
    os.close(ready)
    os.read(go, 1)
    os.close(go)
sys.argv = sys.argv[4:]
if sys.argv[0] == "-m":
    wait_for_the_others()
    sys.argv[0] = "kpidesk"
    runpy.run_module("kpidesk", run_name="__main__", alter_sys=True)
else:
    runpy.run_path(sys.argv[0], {"wait_for_the_others": wait_for_the_others}, "__main__")
"""

COMMAND_LINE = (
    "kpidesk.cli.program",
    "kpidesk.cli.dispatch",
    "kpidesk.cli.parser",
    "kpidesk.cli.figure_commands",
    "kpidesk.cli.kpi_commands",
    "kpidesk.store.workspace",
    "sqlalchemy.dialects.postgresql.psycopg",
)
"""What `python -m kpidesk` imports before it touches the workspace."""
IMPORTING = (*COMMAND_LINE, "kpidesk.usecases.import_job")
"""What `kpidesk import` imports besides (loaded only by that command)."""


def run_together(
    commands: Sequence[Sequence[str]],
    preload: Sequence[str] = COMMAND_LINE,
    timeout: float = 120,
) -> list[subprocess.CompletedProcess[str]]:
    """Run each command in its own process, all released at once; their results, in order.
    A command is `["-m", args...]` for `python -m kpidesk args...`, released before the
    command line starts, or a script's path and its arguments: the script calls
    `wait_for_the_others()` (given to it as a global) where it is to be released, so what
    it does before (open the workspace) is no part of the race."""
    ready_read, ready_write = os.pipe()
    go_read, go_write = os.pipe()
    processes = []
    try:
        processes = [_start(command, preload, ready_write, go_read) for command in commands]
        os.close(ready_write)
        ready_write = -1
        if not _all_ready(ready_read, len(processes)):
            for process in processes:
                process.kill()
            stderr = [process.communicate()[1] for process in processes]
            raise RuntimeError(f"a process died before it was ready: {stderr}")
    finally:
        for end in (go_write, go_read, ready_read, ready_write):
            if end != -1:
                os.close(end)
    results = []
    for process, command in zip(processes, commands, strict=True):
        out, err = process.communicate(timeout=timeout)
        results.append(subprocess.CompletedProcess(list(command), process.returncode, out, err))
    return results


def _start(
    command: Sequence[str], preload: Sequence[str], ready: int, go: int
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _STARTER, str(ready), str(go), ",".join(preload), *command],
        pass_fds=(ready, go),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _all_ready(ready: int, count: int) -> bool:
    """Read one byte from each process; the end of the pipe before that means one died
    while importing (every other one has closed its end, ready or dead too)."""
    seen = 0
    while seen < count:
        chunk = os.read(ready, count - seen)
        if not chunk:
            return False
        seen += len(chunk)
    return True
