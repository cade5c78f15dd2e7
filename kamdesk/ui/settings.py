"""Per-user preferences (window layout, language, recent workspaces) in one declared list.

QSettings hands values back untyped after a restart (``[]`` as None, ``True`` as ``'true'``),
so every key is declared once here with its type and default, and read only through ``get``.
The file lives in the user config folder (``kamdesk.ini``), which tests redirect.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type
    default: T


WINDOW_GEOMETRY = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Key("window/state", QByteArray, QByteArray())
SPLITTER_STATE = Key("window/splitter", QByteArray, QByteArray())
LANGUAGE = Key("ui/language", str, "")  # "" = follow the system
SHOW_ARCHIVED = Key("navigator/show_archived", bool, False)
NAVIGATOR_SORT = Key("navigator/sort", QByteArray, QByteArray())
RECENT_WORKSPACES: Key[list[str]] = Key("workspace/recent", list, [])
LAST_WORKSPACE = Key("workspace/last", str, "")
LAST_ACCOUNT = Key("workspace/last_account", str, "")
LAST_TAB = Key("workspace/last_tab", str, "")
WORKSHOP_SCALE = Key("workshop/text_scale_percent", int, 150)  # 125 … 200

RECENT_LIMIT = 8

_store: QSettings | None = None


def store() -> QSettings:
    global _store
    if _store is None:
        from kamdesk.services.paths import config_dir

        _store = QSettings(str(config_dir() / "kamdesk.ini"), QSettings.Format.IniFormat)
    return _store


def reset() -> None:
    """Forget the open settings file (tests point the config folder elsewhere)."""
    global _store
    if _store is not None:
        _store.sync()
    _store = None


def get(key: Key[T]) -> T:
    raw = store().value(key.name)
    if raw is None:
        return _copy(key.default)
    if key.type is bool:
        return bool(raw) if isinstance(raw, bool) else str(raw).lower() in ("true", "1")  # type: ignore[return-value]
    if key.type is list:
        if isinstance(raw, str):
            return [raw]  # type: ignore[return-value]
        return [str(v) for v in raw]  # type: ignore[return-value]
    if key.type is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray()  # type: ignore[return-value]
    if key.type is int:
        try:
            return int(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return key.default
    return key.type(raw)  # type: ignore[no-any-return]


def put(key: Key[T], value: T) -> None:
    store().setValue(key.name, value)


def remember_workspace(location: str) -> list[str]:
    recent = [location] + [r for r in get(RECENT_WORKSPACES) if r != location]
    recent = recent[:RECENT_LIMIT]
    put(RECENT_WORKSPACES, recent)
    put(LAST_WORKSPACE, location)
    return recent


def forget_workspace(location: str) -> None:
    put(RECENT_WORKSPACES, [r for r in get(RECENT_WORKSPACES) if r != location])


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
