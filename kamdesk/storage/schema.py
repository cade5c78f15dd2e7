"""The declarative base every stored table derives from, and the column types they share.

Rules every table follows (they keep SQLite and PostgreSQL interchangeable, and make generic
undo, delete/restore and the JSON bundle work without per-table code):

* primary key ``id``: a 32-character hex UUID made by the application, so rows keep their identity
  through undo, restore and bundle round trips;
* ``version``: SQLAlchemy's version counter (optimistic locking for team workspaces);
* every foreign key says ``ondelete`` (CASCADE for owned children, SET NULL for references), because
  the generic delete/restore walks those rules;
* enums are stored as strings, money as ``Numeric``; no SQLite-only SQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from kamdesk.storage.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python, whatever the database keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Columns of every editable row: identity, optimistic version, timestamps."""

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes the class
        return {"version_id_col": cls.version}


def table_class(name: str) -> type[Base]:
    """The mapped class of table ``name``."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == name:
            return mapper.class_  # type: ignore[no-any-return]
    raise KeyError(name)
