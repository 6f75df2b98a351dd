"""The command line: `kpidesk` alone opens the window; subcommands automate the same core.

`entry` is the `kpidesk` program (pyproject's console script, `python -m kpidesk`, the
packaged app); `main` runs one command line in-process, as the tests do. Importing this
package loads only the parser, so reading an import's file starts before the database layer.
"""

from kpidesk.cli.program import entry, main

__all__ = ["entry", "main"]
