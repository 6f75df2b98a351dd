"""Which command runs on which workspace: read-only for a command that only reads, a write
lock and one transaction for a command that writes, none for the window or the catalog."""

from __future__ import annotations

import argparse
from pathlib import Path

from kpidesk.cli.arguments import language
from kpidesk.cli.backup_command import cmd_backup
from kpidesk.cli.figure_commands import cmd_export, cmd_record, cmd_status
from kpidesk.cli.goal_commands import cmd_goal
from kpidesk.cli.history_commands import cmd_history, cmd_redo, cmd_undo
from kpidesk.cli.kpi_commands import cmd_kpi, kpi_catalog
from kpidesk.cli.leaderboard_command import cmd_leaderboard
from kpidesk.cli.segment_commands import cmd_segment
from kpidesk.store.new_workspace import opened_for_change
from kpidesk.store.workspace import Workspace, open_for_reading

DEMO_FILE = "demo.kpidesk"


def dispatch(args: argparse.Namespace) -> int:
    """Open the window, or the workspace the command needs (read-only when it only reads),
    and hand it to the command; a workspace a failed command created is not kept."""
    if args.self_test or args.command is None:
        return _open_window(args)
    if args.command == "kpi" and args.kpi_command == "catalog":
        return kpi_catalog(args)
    location = demo_workspace_path() if args.demo else args.db
    if args.command == "restore":
        from kpidesk.cli.restore_command import cmd_restore

        return cmd_restore(location, args)
    if _reads_only(args):
        workspace = open_for_reading(location)
        try:
            return _HANDLERS[args.command](workspace, args)
        finally:
            workspace.close()
    with opened_for_change(location, create=_may_create(args)) as opened:
        code = _HANDLERS[args.command](opened.workspace, args)
        opened.keep = code == 0 and not getattr(args, "dry_run", False)
        return code


def _reads_only(args: argparse.Namespace) -> bool:
    """Commands that only read take no write lock and work on a read-only workspace."""
    return (
        args.command in ("status", "export", "backup", "history", "leaderboard", "report")
        or (args.command == "kpi" and args.kpi_command == "list")
        or (args.command == "segment" and args.segment_command == "list")
        or (args.command == "goal" and args.goal_command == "history")
    )


def _may_create(args: argparse.Namespace) -> bool:
    """A command that starts a workspace (demo, adding a KPI, an import) may create one, kept
    only if it succeeds; `record` and `goal set` name a KPI, so a workspace missing at their
    `--db` is a mistyped path, said as such."""
    return (
        args.command in ("demo", "import")
        or (args.command == "kpi" and args.kpi_command == "add")
        or (args.command == "segment" and args.segment_command == "add")
    )


def demo_workspace_path() -> Path:
    """The demo workspace beside the owner's own. platformdirs is imported here because only
    `--demo` needs it."""
    import platformdirs

    return platformdirs.user_data_path("kpidesk", appauthor=False) / DEMO_FILE


def _open_window(args: argparse.Namespace) -> int:
    """Open the main window (Qt is imported only here, so subcommands start fast)."""
    from kpidesk.ui.app import launch

    location = str(demo_workspace_path()) if args.demo else args.db
    return launch(location, demo=args.demo, lang=args.lang, self_test=args.self_test)


def cmd_import(workspace: Workspace, args: argparse.Namespace) -> int:
    """The import command, loaded only when it runs: the window starts without it."""
    from kpidesk.cli.import_command import cmd_import as import_file

    return import_file(workspace, args)


def cmd_report(workspace: Workspace, args: argparse.Namespace) -> int:
    """The report command, loaded only when it runs: it starts Qt."""
    from kpidesk.cli.report_command import cmd_report as write_pdf

    return write_pdf(workspace, args)


def cmd_demo(workspace: Workspace, args: argparse.Namespace) -> int:
    from kpidesk.domain.demo import build_demo
    from kpidesk.store.demo_fill import fill_demo

    demo = build_demo(language(args))
    with workspace.transaction() as session:
        count = fill_demo(session, demo, workspace_name=demo.business_name)
    print(f"Demo business '{demo.business_name}': {len(demo.kpis)} KPIs, {count} figures.")
    return 0


_HANDLERS = {
    "demo": cmd_demo,
    "import": cmd_import,
    "kpi": cmd_kpi,
    "goal": cmd_goal,
    "record": cmd_record,
    "export": cmd_export,
    "status": cmd_status,
    "backup": cmd_backup,
    "history": cmd_history,
    "undo": cmd_undo,
    "redo": cmd_redo,
    "segment": cmd_segment,
    "leaderboard": cmd_leaderboard,
    "report": cmd_report,
}
