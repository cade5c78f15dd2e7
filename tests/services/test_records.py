"""Generic edits: compare-and-set field edits, delete with a snapshot, exact restore."""

from collections.abc import Iterator

import pytest
from sqlalchemy import Column, ForeignKey, MetaData, String, Table, insert, select

from kamdesk.domain.errors import ConflictError, InputError, NotFoundError
from kamdesk.services import accounts, records
from kamdesk.services.workspace import Change, Workspace
from kamdesk.storage.schema import Base


def test_set_fields_is_a_compare_and_set(ws: Workspace) -> None:
    account_id = accounts.create(ws, "Kessler AG", industry="Medical")
    records.set_fields(ws, "account", account_id, {"industry": "Medical devices"}, {"industry": "Medical"})
    with pytest.raises(ConflictError, match="industry"):
        # a second window still believes the old value: its edit must not overwrite silently
        records.set_fields(ws, "account", account_id, {"industry": "Pharma"}, {"industry": "Medical"})
    assert accounts.get(ws, account_id).industry == "Medical devices"


def test_field_edits_are_validated_and_cleaned(ws: Workspace) -> None:
    account_id = accounts.create(ws, "Kessler AG")
    accounts.create(ws, "Weserland GmbH")
    assert records.set_fields(ws, "account", account_id, {"name": "  Kessler   Medizintechnik AG "})["name"] == (
        "Kessler Medizintechnik AG"
    )
    with pytest.raises(InputError, match="already exists"):
        records.set_fields(ws, "account", account_id, {"name": "WESERLAND gmbh"})
    with pytest.raises(InputError, match="web address"):
        records.set_fields(ws, "account", account_id, {"website": "no site"})


def test_version_counts_every_edit(ws: Workspace) -> None:
    account_id = accounts.create(ws, "Kessler AG")
    for industry in ("a", "b", "c"):
        records.set_fields(ws, "account", account_id, {"industry": industry})
    with ws.read() as session:
        assert session.get(records.table_class("account"), account_id).version == 4


def test_editing_a_deleted_row_says_it_is_gone(ws: Workspace) -> None:
    account_id = accounts.create(ws, "Kessler AG")
    accounts.delete(ws, account_id)
    with pytest.raises(NotFoundError):
        records.set_fields(ws, "account", account_id, {"industry": "x"})
    with pytest.raises(NotFoundError):
        accounts.delete(ws, account_id)


@pytest.fixture
def child_tables(ws: Workspace) -> Iterator[tuple[Table, Table]]:
    """Two throw-away tables hanging on accounts: one owned (CASCADE), one referring (SET NULL)."""
    owned = Table(
        "test_owned",
        Base.metadata,
        Column("id", String(32), primary_key=True),
        Column("account_id", ForeignKey("account.id", ondelete="CASCADE")),
        Column("parent_id", ForeignKey("test_owned.id", ondelete="CASCADE")),
        Column("label", String(50)),
    )
    referring = Table(
        "test_referring",
        Base.metadata,
        Column("id", String(32), primary_key=True),
        Column("account_id", ForeignKey("account.id", ondelete="SET NULL"), nullable=True),
    )
    owned.create(ws.engine)
    referring.create(ws.engine)
    yield owned, referring
    for table in (referring, owned):
        table.drop(ws.engine)
        Base.metadata.remove(table)


def test_delete_and_restore_bring_back_owned_rows_and_references(
    ws: Workspace, child_tables: tuple[Table, Table]
) -> None:
    owned, referring = child_tables
    account_id = accounts.create(ws, "Kessler AG")
    with ws.engine.begin() as c:
        # children listed before parents on purpose: restore must order them itself
        c.execute(insert(owned), [{"id": "p", "account_id": account_id, "parent_id": None, "label": "parent"}])
        c.execute(insert(owned), [{"id": "k", "account_id": account_id, "parent_id": "p", "label": "kid"}])
        c.execute(insert(referring), [{"id": "r", "account_id": account_id}])

    seen: list[list[Change]] = []
    ws.subscribe(seen.append)
    snapshot = accounts.delete(ws, account_id)
    assert {(t, v["id"]) for t, v in snapshot.rows} == {
        ("account", account_id),
        ("test_owned", "p"),
        ("test_owned", "k"),
    }
    assert snapshot.nulled == (("test_referring", "r", "account_id", account_id),)
    assert {(c.table, c.op) for c in seen[-1]} >= {("account", "delete"), ("test_owned", "delete")}
    with ws.engine.connect() as c:
        assert c.execute(select(owned)).all() == []
        assert c.execute(select(referring.c.account_id)).scalar() is None

    records.restore(ws, snapshot)
    with ws.engine.connect() as c:
        assert sorted(c.execute(select(owned.c.id, owned.c.parent_id, owned.c.label)).all()) == [
            ("k", "p", "kid"),
            ("p", None, "parent"),
        ]
        assert c.execute(select(referring.c.account_id)).scalar() == account_id
    assert accounts.get(ws, account_id).name == "Kessler AG"


def test_a_failed_write_leaves_nothing_behind(ws: Workspace) -> None:
    with pytest.raises(InputError), ws.write() as tx:
        records.insert_row_in(tx, "account", {"name": "First"})
        records.insert_row_in(tx, "account", {"name": ""})
    assert accounts.summaries(ws) == []


def test_unrelated_metadata_is_untouched() -> None:
    assert isinstance(Base.metadata, MetaData)
    assert "test_owned" not in Base.metadata.tables
