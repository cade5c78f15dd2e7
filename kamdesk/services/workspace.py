"""An open workspace: its engine, its writer lock, and one short session per user action."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kamdesk.domain import i18n
from kamdesk.domain.errors import ConflictError, InputError, WorkspaceError
from kamdesk.services import paths
from kamdesk.services.changes import Change
from kamdesk.storage import backup, migrate
from kamdesk.storage import tables as _tables  # noqa: F401  (registers every table)
from kamdesk.storage.engine import SUFFIX, is_url, make_engine, sqlite_path, sqlite_url
from kamdesk.storage.lock import WorkspaceLock


@dataclass
class Transaction:
    """What a write block works with: the session, and the changes it made beyond the ORM."""

    session: Session
    changes: list[Change] = field(default_factory=list)

    def record(self, table: str, id: str, op: str, account_id: str | None = None) -> None:
        self.changes.append(Change(table, id, op, account_id))


Listener = Callable[[list[Change]], None]


class Workspace:
    """A workspace file (or team database) opened for reading, or for reading and writing."""

    def __init__(self, engine: Engine, location: str, lock: WorkspaceLock | None, writable: bool) -> None:
        self.engine = engine
        self.location = location
        self.writable = writable
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Listener] = []

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, location: str | os.PathLike[str], *, create: bool = False, writable: bool = True) -> Workspace:
        """Open ``location`` (a file path or a SQLAlchemy URL), migrating it if it is older.

        Raises ``WorkspaceError`` with a one-line reason if it cannot be opened.
        """
        text = os.fspath(location)
        if is_url(text):
            url, path = text, sqlite_path(text)
        else:
            path = Path(text).expanduser().absolute()
            url = sqlite_url(path)
        shown = str(path) if path else _redacted(text)
        if path is not None:
            _check_file(path, create)
            if path.exists():  # refuse foreign and newer files before anything can write to them
                migrate.refuse(*migrate.sqlite_file_state(path), shown)
            elif create:
                path.parent.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock(path) if (path is not None and writable) else None
        if lock:
            lock.acquire()
        engine = make_engine(url)
        try:
            if writable:
                before = (lambda: backup.make_backup(paths.backup_root(), path, "before-migration")) if path else None
                migrate.ensure_current(engine, shown, before)
            else:
                _check_readable(engine, shown)
        except WorkspaceError:
            engine.dispose()
            if lock:
                lock.release()
            raise
        except DBAPIError as error:
            engine.dispose()
            if lock:
                lock.release()
            raise WorkspaceError(
                i18n.translate("Workspace", "%1 cannot be opened: %2")
                .replace("%1", shown)
                .replace("%2", _first_line(error.orig))
            ) from None
        return cls(engine, shown, lock, writable)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock:
            self._lock.release()
        self._listeners.clear()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path | None:
        return sqlite_path(str(self.engine.url))

    def daily_backup(self) -> Path | None:
        """Copy the file once a day when it is opened for writing."""
        if self.path and self.writable and backup.backup_due(paths.backup_root(), self.path):
            return backup.make_backup(paths.backup_root(), self.path, "daily")
        return None

    # -- sessions ------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One user action: a transaction committed at the end, its changes then announced."""
        if not self.writable:
            raise WorkspaceError(i18n.translate("Workspace", "%1 is open read-only.").replace("%1", self.location))
        tx: Transaction
        with self._sessions() as session:
            tx = Transaction(session)
            listener = _track_orm_changes(tx)
            event.listen(session, "after_flush", listener)
            try:
                with session.begin():
                    yield tx
            except StaleDataError:
                raise ConflictError(
                    i18n.translate("Workspace", "Someone else changed this in the meantime; reload and try again.")
                ) from None
            except IntegrityError as error:
                raise InputError(_integrity_message(error)) from None
            finally:
                event.remove(session, "after_flush", listener)
        self._announce(tx.changes)

    # -- change notification -------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, changes: list[Change]) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)


def _track_orm_changes(tx: Transaction) -> Callable[..., None]:
    def after_flush(session: Session, _context: Any) -> None:
        for op, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
            for obj in objects:
                if op == "update" and not session.is_modified(obj):
                    continue
                table = getattr(obj, "__tablename__", None)
                if table:
                    tx.record(table, obj.id, op, _account_of(obj))

    return after_flush


def _account_of(obj: Any) -> str | None:
    if getattr(obj, "__tablename__", None) == "account":
        return str(obj.id)
    value = getattr(obj, "account_id", None)
    return str(value) if value is not None else None


def _check_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise WorkspaceError(
            i18n.translate("Workspace", "%1 is a folder, not a workspace file.").replace("%1", str(path))
        )
    if not path.exists():
        if not create:
            raise WorkspaceError(i18n.translate("Workspace", "%1 does not exist.").replace("%1", str(path)))
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise WorkspaceError(f"{path}: {error.strerror or error}") from None
    if header and header != b"SQLite format 3\x00":
        raise WorkspaceError(
            i18n.translate("Workspace", "%1 is not a kamdesk workspace (expected a %2 file).")
            .replace("%1", str(path))
            .replace("%2", SUFFIX)
        )


def _check_readable(engine: Engine, shown: str) -> None:
    with engine.connect() as connection:
        state, current = migrate.schema_state(connection)
    if state is migrate.SchemaState.CURRENT:
        return
    migrate.refuse(state, current, shown)
    raise WorkspaceError(
        i18n.translate("Workspace", "%1 needs to be opened for writing once to bring it up to date.").replace(
            "%1", shown
        )
    )


def _integrity_message(error: IntegrityError) -> str:
    text = _first_line(error.orig).lower()
    if "unique" in text or "duplicate" in text:
        return i18n.translate("Workspace", "That name is already taken.")
    return i18n.translate("Workspace", "The change would break the workspace's integrity: %1").replace(
        "%1", _first_line(error.orig)
    )


def _first_line(value: object) -> str:
    return str(value).strip().splitlines()[0] if str(value).strip() else type(value).__name__


def _redacted(url: str) -> str:
    """A URL safe to show: without the password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - any unparsable URL is shown as typed, minus nothing secret
        return url.split("@")[-1]
