"""The JSON bundle: whole accounts (and the workspace rows they use) as a versioned document.

``build`` turns stored rows into a bundle; ``parse`` checks a bundle completely (JSON, format,
version, schema) and turns it into rows; ``rows_for_import`` maps ids for the target workspace.
Writing those rows is the caller's single transaction (``services.bundles``), so an import is
all-or-nothing. The format is documented in ``docs/bundle.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

import kamdesk
from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.exchange import bundle_schema, bundle_spec, bundle_upgrade, columns
from kamdesk.exchange.bundle_spec import Section
from kamdesk.storage.schema import Base, new_id

Row = tuple[str, dict[str, Any]]  # (table, stored values)


@dataclass
class ParsedBundle:
    """A bundle that passed every check, as rows in insertion order (parents first)."""

    source: str
    workspace_rows: list[tuple[Section, dict[str, Any], str]]  # (section, values, JSON path)
    account_rows: list[tuple[str, dict[str, Any], str]]  # (table, values, JSON path)
    #: ids of workspace rows that ``id_map`` merged into rows the workspace already has
    merged: set[str] = field(default_factory=set)


# -- export ----------------------------------------------------------------------------------


def build(session: Session, account_ids: Iterable[str] | None = None) -> dict[str, Any]:
    """The bundle of the given accounts (all accounts if None). Deterministic: the same data
    always gives the same document."""
    account_table = _table("account")
    query = select(account_table)
    if account_ids is not None:
        query = query.where(account_table.c.id.in_(list(account_ids)))
    accounts = [dict(r._mapping) for r in session.execute(query)]
    accounts.sort(key=lambda r: _sort_key(bundle_spec.ACCOUNT, r))
    return {
        "format": bundle_spec.FORMAT,
        "version": bundle_spec.VERSION,
        "app_version": kamdesk.__version__,
        "workspace": {
            s.key: [_record(session, s, r) for r in _rows(session, s, None, None)] for s in bundle_spec.WORKSPACE
        },
        "accounts": [_record(session, bundle_spec.ACCOUNT, r) for r in accounts],
    }


def dumps(bundle: dict[str, Any]) -> str:
    return json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"


def _record(session: Session, section: Section, row: dict[str, Any]) -> dict[str, Any]:
    record = {c.name: columns.to_json(c, row[c.name]) for c in bundle_schema.record_columns(section)}
    for child in section.children:
        record[child.key] = [_record(session, child, r) for r in _rows(session, child, child.parent_fk, row["id"])]
    return record


def _rows(session: Session, section: Section, fk: str | None, parent_id: str | None) -> list[dict[str, Any]]:
    table = _table(section.table)
    query = select(table)
    if fk is not None:
        query = query.where(table.c[fk] == parent_id)
    rows = [dict(r._mapping) for r in session.execute(query)]
    rows.sort(key=lambda r: _sort_key(section, r))
    return rows


def _sort_key(section: Section, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(
        (row.get(k) is None, str(row.get(k) or "").casefold() if isinstance(row.get(k), str) else row.get(k))
        for k in section.order_by
    )


# -- import ----------------------------------------------------------------------------------


def read(path: Path) -> dict[str, Any]:
    """Load ``path`` as JSON, or an InputError naming the file and what is wrong."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(i18n.translate("Bundle", "%1: no such file.").replace("%1", str(path))) from None
    except UnicodeDecodeError:
        raise InputError(
            i18n.translate("Bundle", "%1: not a text file (expected UTF-8 JSON).").replace("%1", str(path))
        ) from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            i18n.translate("Bundle", "%1: not valid JSON (line %2, column %3): %4")
            .replace("%1", str(path))
            .replace("%2", str(error.lineno))
            .replace("%3", str(error.colno))
            .replace("%4", error.msg)
        ) from None
    if not isinstance(data, dict):
        raise InputError(i18n.translate("Bundle", "%1: not a kamdesk bundle.").replace("%1", str(path)))
    return data


def parse(data: dict[str, Any], source: str) -> ParsedBundle:
    """Check format, version and schema, upgrade older bundles, and list the rows to insert."""
    if data.get("format") != bundle_spec.FORMAT:
        raise InputError(
            i18n.translate("Bundle", '%1: not a kamdesk bundle ("format" must be "%2").')
            .replace("%1", source)
            .replace("%2", bundle_spec.FORMAT)
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(i18n.translate("Bundle", '%1: "version" must be a whole number.').replace("%1", source))
    if version > bundle_spec.VERSION:
        raise InputError(
            i18n.translate(
                "Bundle", "%1: bundle version %2 is newer than this kamdesk reads (up to %3); update kamdesk."
            )
            .replace("%1", source)
            .replace("%2", str(version))
            .replace("%3", str(bundle_spec.VERSION))
        )
    data = bundle_upgrade.upgrade(data, bundle_spec.VERSION)
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(
            bundle_schema.shipped(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        ).iter_errors(data)
    )
    if error is not None:
        raise InputError(f"{source}: {json_path(error.absolute_path) or '/'}: {error.message}")
    workspace_rows: list[tuple[Section, dict[str, Any], str]] = []
    for section in bundle_spec.WORKSPACE:
        for n, record in enumerate(data["workspace"][section.key]):
            path = f"workspace.{section.key}[{n}]"
            workspace_rows.append((section, _values(section, record, None, path, source), path))
    account_rows: list[tuple[str, dict[str, Any], str]] = []
    for n, record in enumerate(data["accounts"]):
        _flatten(bundle_spec.ACCOUNT, record, None, f"accounts[{n}]", source, account_rows)
    return ParsedBundle(source, workspace_rows, account_rows)


def _flatten(
    section: Section,
    record: dict[str, Any],
    parent_id: str | None,
    path: str,
    source: str,
    out: list[tuple[str, dict[str, Any], str]],
) -> None:
    out.append((section.table, _values(section, record, parent_id, path, source), path))
    for child in section.children:
        for n, child_record in enumerate(record[child.key]):
            _flatten(child, child_record, record["id"], f"{path}.{child.key}[{n}]", source, out)


def _values(section: Section, record: dict[str, Any], parent_id: str | None, path: str, source: str) -> dict[str, Any]:
    values = {}
    for column in bundle_schema.record_columns(section):
        if column.name in record:
            try:
                values[column.name] = columns.from_json(column, record[column.name])
            except ValueError:
                raise InputError(
                    i18n.translate("Bundle", "%1: %2: '%3' is not a valid value.")
                    .replace("%1", source)
                    .replace("%2", f"{path}.{column.name}")
                    .replace("%3", str(record[column.name]))
                ) from None
    if section.parent_fk:
        values[section.parent_fk] = parent_id
    return values


def json_path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def id_map(session: Session, parsed: ParsedBundle, as_copy: bool) -> dict[str, str]:
    """Old id → id to use. Workspace rows merge by natural key; accounts keep their ids unless
    ``as_copy`` (then every account-owned row gets a new id)."""
    mapping: dict[str, str] = {}
    parsed.merged.clear()
    for section, values, _path in parsed.workspace_rows:
        existing = _find_natural(session, section, values, mapping)
        if existing is not None:
            mapping[values["id"]] = existing
            parsed.merged.add(values["id"])
        else:
            mapping[values["id"]] = values["id"] if not exists(session, section.table, values["id"]) else new_id()
    for _table_name, values, _path in parsed.account_rows:
        mapping[values["id"]] = new_id() if as_copy else values["id"]
    return mapping


def remap(table_name: str, values: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """``values`` with its own id and every foreign key translated through ``mapping``."""
    table = _table(table_name)
    out = dict(values)
    out["id"] = mapping.get(values["id"], values["id"])
    for fk in table.foreign_keys:
        name = fk.parent.name
        if out.get(name) is not None:
            out[name] = mapping.get(out[name], out[name])
    return out


def _find_natural(session: Session, section: Section, values: dict[str, Any], mapping: dict[str, str]) -> str | None:
    if not section.natural_key:
        return None
    table = _table(section.table)
    references = {fk.parent.name for fk in table.foreign_keys}
    query = select(table.c.id)
    for key in section.natural_key:
        value = values.get(key)
        if key in references:  # a natural key made of references: compare the rows they now point at
            value = mapping.get(value, value)
        query = query.where(table.c[key] == value)
    return session.execute(query).scalar()


def exists(session: Session, table_name: str, row_id: str) -> bool:
    table = _table(table_name)
    return session.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None


def _table(name: str) -> Table:
    return Base.metadata.tables[name]
