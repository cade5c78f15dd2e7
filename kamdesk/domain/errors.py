"""Expected failures, each carrying a one-line message that names what is wrong.

Everything the user can cause (a bad file, a bad field, a locked workspace) raises one of
these; the CLI prints ``str(error)`` on one line and the GUI shows it in a message box. Anything
else is a bug and may show a traceback.
"""

from __future__ import annotations


class KamdeskError(Exception):
    """An expected failure with a message fit for the user."""


class InputError(KamdeskError):
    """A file, field or argument the user gave is not acceptable."""


class WorkspaceError(KamdeskError):
    """The workspace cannot be opened or written (locked, newer, not a workspace)."""


class ConflictError(KamdeskError):
    """Someone else changed the same data since it was read (team workspaces)."""


class NotFoundError(KamdeskError):
    """A named thing (account, map, …) does not exist."""
