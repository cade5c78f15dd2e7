"""Opening workspace files: migrations, refusals, locking, backups."""

import sqlite3
from pathlib import Path

import pytest

from kamdesk.domain.errors import WorkspaceError
from kamdesk.services import accounts, paths
from kamdesk.services.workspace import Workspace
from kamdesk.storage import backup, migrate, schema_version


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_a_new_workspace_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "new.kamdesk", create=True) as ws, ws.engine.connect() as connection:
        assert migrate.schema_state(connection) == (migrate.SchemaState.CURRENT, migrate.head())
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_opening_a_missing_file_without_create_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="does not exist"):
        Workspace.open(tmp_path / "missing.kamdesk")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_workspace_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.kamdesk"
    path.write_text("just some text, not a database")
    with pytest.raises(WorkspaceError, match="not a kamdesk workspace"):
        Workspace.open(path)
    assert path.read_text() == "just some text, not a database"


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = _bytes(path)
    with pytest.raises(WorkspaceError, match="not a kamdesk workspace"):
        Workspace.open(path)
    assert _bytes(path) == before


def test_a_workspace_from_a_newer_kamdesk_is_refused_untouched(workspace_path: Path) -> None:
    connection = sqlite3.connect(workspace_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _bytes(workspace_path)
    with pytest.raises(WorkspaceError, match="newer kamdesk"):
        Workspace.open(workspace_path)
    with pytest.raises(WorkspaceError, match="newer kamdesk"):
        Workspace.open(workspace_path, writable=False)
    assert _bytes(workspace_path) == before


def test_a_second_writer_gets_a_clear_message(workspace_path: Path) -> None:
    with Workspace.open(workspace_path):
        with pytest.raises(WorkspaceError, match="already open in another kamdesk"):
            Workspace.open(workspace_path)
        with Workspace.open(workspace_path, writable=False) as reader:  # readers may look
            assert accounts.summaries(reader) == []
    with Workspace.open(workspace_path):  # released on close
        pass


def test_a_read_only_workspace_refuses_writes(workspace_path: Path) -> None:
    with Workspace.open(workspace_path, writable=False) as ws, pytest.raises(WorkspaceError, match="read-only"):
        accounts.create(ws, "Kessler AG")


def test_an_older_workspace_is_backed_up_before_it_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.kamdesk"
    with Workspace.open(path, create=True) as ws:
        accounts.create(ws, "Kessler AG")
    # Pretend the file predates the newest migration: the app must back it up, then migrate.
    monkeypatch.setattr(schema_version, "revisions", lambda known=migrate.revisions(): (*known, "9000"))
    monkeypatch.setattr(migrate, "upgrade", lambda engine, revision="head": None)
    with Workspace.open(path):
        pass
    copies = backup.backups(paths.backup_root(), path)
    assert len(copies) == 1
    assert "before-migration" in copies[0].name
    connection = sqlite3.connect(copies[0])
    assert connection.execute("SELECT name FROM account").fetchall() == [("Kessler AG",)]
    connection.close()


def test_daily_backups_rotate(workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "KEEP", 3)
    for _ in range(5):
        backup.make_backup(paths.backup_root(), workspace_path, "daily")
    assert len(backup.backups(paths.backup_root(), workspace_path)) == 3
    with Workspace.open(workspace_path) as ws:
        assert ws.daily_backup() is None  # one was made less than a day ago
