"""The standard-library reader of the first screen gives the same rows, typed the same, as the ORM."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.services.workspace import Workspace
from kamdesk.storage import tables  # noqa: F401 - every table mapped
from kamdesk.storage.schema import Base
from kamdesk.storage.sqlite_reader import SqliteReader

#: Numeric(asdecimal=False) columns: the ORM hands out what SQLite stored (int or float), the
#: reader a Decimal (the DDL cannot tell them apart); their row functions take float() of either
UNCONVERTED_NUMBERS = {("tier", "threshold")}


def test_every_table_of_the_demo_reads_exactly_as_through_the_orm(demo_path: Path) -> None:
    with Workspace.open(demo_path, writable=False) as ws, ws.read() as session:
        expected = {
            table.name: sorted((dict(r._mapping) for r in session.execute(select(table))), key=lambda r: r["id"])
            for table in Base.metadata.sorted_tables
        }
    compared = 0
    with SqliteReader.open(demo_path) as reader:  # type: ignore[union-attr]
        for name, rows in expected.items():
            got = sorted((vars(r) for r in reader.rows(name)), key=lambda r: r["id"])
            assert got == rows, name
            for mine, theirs in zip(got, rows, strict=True):  # equal *and* of the same types
                typed = {k for k in mine if (name, k) not in UNCONVERTED_NUMBERS}
                assert {k: type(mine[k]) for k in typed} == {k: type(theirs[k]) for k in typed}, name
            compared += len(rows)
    assert compared > 300  # the demo has data in many tables, or this test proves nothing


def test_where_and_order_by_take_parameters(demo_path: Path) -> None:
    with SqliteReader.open(demo_path) as reader:  # type: ignore[union-attr]
        names = [r.name for r in reader.rows("account", order_by="lower(name)")]
        assert names == sorted(names, key=str.lower) and len(names) > 3
        one = reader.rows("account", "name = ?", (names[0],))
        assert [r.name for r in one] == [names[0]]


def test_it_reads_without_changing_a_byte(demo_path: Path) -> None:
    before = demo_path.read_bytes()
    with SqliteReader.open(demo_path) as reader:  # type: ignore[union-attr]
        reader.rows("account")
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize("kind", ["missing", "empty", "foreign", "garbage", "older", "newer"])
def test_what_is_not_a_current_workspace_gets_no_reader(tmp_path: Path, workspace_path: Path, kind: str) -> None:
    path = tmp_path / "x.kamdesk"
    if kind == "empty":
        path.touch()
    elif kind == "foreign":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE notes (text TEXT)")
        connection.close()
    elif kind == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif kind in ("older", "newer"):
        shutil.copy(workspace_path, path)
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", ("0001" if kind == "older" else "9999",))
        connection.close()
    assert SqliteReader.open(path) is None
