"""One writer per workspace file: a second kamdesk gets a clear message, not a silent double writer.

The lock is an operating-system file lock (via ``filelock``) on ``<workspace>.lock``; the OS
releases it when the process dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from kamdesk.domain import i18n
from kamdesk.domain.errors import WorkspaceError


class WorkspaceLock:
    def __init__(self, workspace: Path) -> None:
        self.path = workspace.with_name(workspace.name + ".lock")
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise WorkspaceError(
                i18n.translate(
                    "Workspace",
                    "%1 is already open in another kamdesk window; close it there first.",
                ).replace("%1", str(self.path.with_suffix("")))
            ) from None
        except OSError as error:
            raise WorkspaceError(
                i18n.translate("Workspace", "Cannot lock %1: %2")
                .replace("%1", str(self.path))
                .replace("%2", error.strerror or str(error))
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)
