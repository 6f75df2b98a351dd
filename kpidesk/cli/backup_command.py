"""`kpidesk backup OUT.kpidesk`: the workspace, a server one included, as one workspace file."""

from __future__ import annotations

import argparse
from pathlib import Path

from kpidesk.store.workspace import Workspace


def cmd_backup(workspace: Workspace, args: argparse.Namespace) -> int:
    """Copy the workspace into a self-contained workspace file that `--db` opens as it is."""
    destination = Path(args.file).expanduser()
    workspace.backup(destination)
    print(f"Backed up {workspace.display_name()} to {destination}.")
    return 0
