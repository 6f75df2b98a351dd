"""Entry script of the frozen build: the same `main()` as the `kpidesk` command."""

import sys

from kpidesk.cli import main

sys.exit(main())
