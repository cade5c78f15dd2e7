"""The sensitivity policy applied to whole object graphs: the customer's copy of what we know.

``redact(value)`` walks dataclasses, tuples, lists and dicts. Every record that names its stored
entity (a class attribute ``ENTITY``, or a type registered with ``declare``) is checked against
``sensitivity``: rows that are internal as a whole are dropped, internal fields are blanked (their
default, else None), and references to dropped rows (``*_id`` fields) are cleared so nothing can be
looked up through them. What was left out is counted in ``Omissions`` (the GUI's preview).

This is the one place the customer PDF applies the policy; renderers only ever see the result.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kamdesk.domain import sensitivity
from kamdesk.domain.account import Account
from kamdesk.domain.team import TeamMember

#: record types that do not carry an ``ENTITY`` attribute themselves
_ENTITY_OF: dict[type, str] = {Account: "account", TeamMember: "team_member"}

_DROP = object()


def declare(cls: type, entity: str) -> None:
    """Say that instances of ``cls`` hold rows of ``entity`` (for types without ``ENTITY``)."""
    _ENTITY_OF[cls] = entity


def entity_of(value: object) -> str | None:
    found = getattr(type(value), "ENTITY", None)
    return found if isinstance(found, str) else _ENTITY_OF.get(type(value))


@dataclass
class Omissions:
    """What the customer's copy leaves out: blanked fields and withheld rows, per entity."""

    #: (entity, field) → how many records had a value there
    fields: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: entity → how many whole rows were withheld
    rows: Counter[str] = field(default_factory=Counter)

    @property
    def empty(self) -> bool:
        return not self.fields and not self.rows


def redact(value: Any, omissions: Omissions | None = None) -> Any:
    """The customer's copy of ``value`` (see the module docstring)."""
    tally = omissions if omissions is not None else Omissions()
    dropped: set[str] = set()
    first = _walk(value, tally, dropped)
    if not dropped:
        return first
    return _clear_references(first, dropped)


def _walk(value: Any, tally: Omissions, dropped: set[str]) -> Any:
    """``value`` redacted: the same object where there was nothing to take out."""
    kind = _kind(type(value))
    if kind == _RECORD:
        entity = entity_of(value)
        if entity is not None and not _row_shareable(entity, value):
            tally.rows[entity] += 1
            row_id = getattr(value, "id", None)
            if isinstance(row_id, str):
                dropped.add(row_id)
            return _DROP
        changes = _walk_fields(value, tally, dropped, entity)
        return dataclasses.replace(value, **changes) if changes else value
    if kind == _SEQUENCE:
        items = [_walk(v, tally, dropped) for v in value]
        kept = [v for v in items if v is not _DROP]
        if len(kept) == len(value) and all(a is b for a, b in zip(kept, value, strict=True)):
            return value
        return type(value)(kept) if isinstance(value, tuple) else kept
    if kind == _MAPPING:
        result = {k: _walk(v, tally, dropped) for k, v in value.items()}
        if all(result[k] is v for k, v in value.items()):
            return value
        return {k: v for k, v in result.items() if v is not _DROP}
    return value


def _row_shareable(entity: str, value: Any) -> bool:
    flag = sensitivity.ROW_FLAGS.get(entity)
    return sensitivity.is_row_shareable(entity, {flag: getattr(value, flag, None)} if flag else {})


def _walk_fields(record: Any, tally: Omissions, dropped: set[str], entity: str | None) -> dict[str, Any]:
    """The fields of ``record`` that change in the customer's copy, with their new values."""
    changes: dict[str, Any] = {}
    for f in _fields(type(record)):
        current = getattr(record, f.name)
        if _kind(type(current)) != _PLAIN and _is_structure(current):
            walked = _walk(current, tally, dropped)
            if walked is _DROP:
                changes[f.name] = None
            elif walked is not current:
                changes[f.name] = walked
        elif entity is not None and not _keeps(entity, f.name):
            blank = _blank(f)
            if current != blank:
                tally.fields[(entity, f.name)] += 1
                changes[f.name] = blank
    return changes


@cache
def _keeps(entity: str, name: str) -> bool:
    return name in sensitivity.BOOKKEEPING or sensitivity.is_shareable(entity, name)


@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


@cache
def _references(cls: type) -> tuple[tuple[str, bool], ...]:
    """The fields of ``cls``, each with whether it refers to another row (``*_id``)."""
    return tuple((f.name, f.name.endswith("_id")) for f in dataclasses.fields(cls))


_PLAIN, _RECORD, _MAPPING, _SEQUENCE = range(4)


@cache
def _kind(cls: type) -> int:
    if dataclasses.is_dataclass(cls):
        return _RECORD
    if issubclass(cls, dict):
        return _MAPPING
    if issubclass(cls, (list, tuple)):
        return _SEQUENCE
    return _PLAIN


def _is_structure(value: Any) -> bool:
    kind = _kind(type(value))
    if kind == _PLAIN:
        return False
    if kind == _RECORD:
        return True
    return any(_is_structure(v) for v in (value.values() if kind == _MAPPING else value))


def _blank(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return None


def _clear_references(value: Any, dropped: set[str]) -> Any:
    kind = _kind(type(value))
    if kind == _RECORD:
        changes = {}
        for name, reference in _references(type(value)):
            current = getattr(value, name)
            if reference and isinstance(current, str) and current in dropped:
                changes[name] = None
            elif _kind(type(current)) != _PLAIN and _is_structure(current):
                cleared = _clear_references(current, dropped)
                if cleared is not current:
                    changes[name] = cleared
        return dataclasses.replace(value, **changes) if changes else value
    if kind == _SEQUENCE:
        items = [_clear_references(v, dropped) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items) if isinstance(value, tuple) else items
    if kind == _MAPPING:
        result = {k: _clear_references(v, dropped) for k, v in value.items()}
        return value if all(result[k] is v for k, v in value.items()) else result
    return value
