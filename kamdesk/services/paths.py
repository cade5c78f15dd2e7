"""Where kamdesk keeps its files by default (per user, via platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP = "kamdesk"


def data_dir() -> Path:
    return Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    return Path(user_config_dir(APP, appauthor=False))


def default_workspace() -> Path:
    return data_dir() / "workspace.kamdesk"


def backup_root() -> Path:
    return data_dir() / "backups"
