"""Test isolation and shared fixtures.

No test touches the real user profile: data, config and backups go to a temporary folder, the
language is English unless a test says otherwise, and Qt renders offscreen. Workspaces are real
SQLite files; the migrated empty and demo workspaces are built once per session and copied.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
for _var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

GUI_DIRS = ("ui", "e2e")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.fspath)).parts
        if any(d in parts for d in GUI_DIRS):
            item.add_marker(pytest.mark.gui)
        if "e2e" in parts:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    from kamdesk.domain import i18n

    i18n.set_language("en")
    yield home
    i18n.set_language("en")
    try:
        from kamdesk.ui import settings
    except ImportError:  # pragma: no cover - Qt missing
        return
    settings.reset()


@pytest.fixture(scope="session")
def _template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("templates")


@pytest.fixture(scope="session")
def empty_template(_template_dir: Path) -> Path:
    from kamdesk.services.workspace import Workspace

    path = _template_dir / "empty.kamdesk"
    with Workspace.open(path, create=True) as ws:
        _checkpoint(ws)
    return path


@pytest.fixture(scope="session")
def demo_template(_template_dir: Path) -> Path:
    from kamdesk.services import demo

    return demo.write(_template_dir / "demo.kamdesk")


def _checkpoint(ws: object) -> None:
    with ws.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture
def workspace_path(empty_template: Path, tmp_path: Path) -> Path:
    """A fresh, empty, migrated workspace file."""
    target = tmp_path / "workspace.kamdesk"
    shutil.copy(empty_template, target)
    return target


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace."""
    target = tmp_path / "demo.kamdesk"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def ws(workspace_path: Path) -> Iterator[object]:
    from kamdesk.services.workspace import Workspace

    workspace = Workspace.open(workspace_path)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[object]:
    from kamdesk.services.workspace import Workspace

    workspace = Workspace.open(demo_path)
    yield workspace
    workspace.close()
