"""Copies of a workspace file: before every migration and once a day on open, rotating.

Copies are made with SQLite's online backup API, so they are consistent even while the file is
in use. They live in the user data folder under ``backups/``, named after the workspace.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP = 10


def backup_dir(root: Path, workspace: Path) -> Path:
    digest = hashlib.sha1(str(workspace.resolve()).encode()).hexdigest()[:8]
    return root / f"{workspace.stem}-{digest}"


def backups(root: Path, workspace: Path) -> list[Path]:
    """Existing backups of ``workspace``, oldest first."""
    folder = backup_dir(root, workspace)
    return sorted(folder.glob("*.kamdesk")) if folder.is_dir() else []


def make_backup(root: Path, workspace: Path, reason: str) -> Path:
    """Copy ``workspace`` into its backup folder and drop the oldest copies beyond ``KEEP``."""
    folder = backup_dir(root, workspace)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}.kamdesk"
    source = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    for old in backups(root, workspace)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def backup_due(root: Path, workspace: Path, every: timedelta = timedelta(days=1)) -> bool:
    existing = backups(root, workspace)
    if not existing:
        return True
    age = datetime.now(UTC) - datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
    return age >= every
