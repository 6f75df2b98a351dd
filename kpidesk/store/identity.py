"""Who is making changes, and on which computer: what each change set records."""

from __future__ import annotations

import getpass
import socket


def system_user() -> str:
    """The computer's user name; empty when the system cannot tell (no such user entry)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def computer_name() -> str:
    return socket.gethostname()
