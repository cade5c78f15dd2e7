"""The stored tables keep the rules the generic machinery relies on."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kamdesk.domain import sensitivity
from kamdesk.storage import migrate, tables  # noqa: F401
from kamdesk.storage.engine import make_engine
from kamdesk.storage.schema import Base


def test_every_stored_field_is_classified_by_the_sensitivity_policy() -> None:
    """A new column must be declared shareable or internal before it can ship."""
    undeclared = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if not sensitivity.is_declared(table.name, column.name)
    ]
    assert undeclared == []


def test_every_foreign_key_says_what_happens_on_delete() -> None:
    vague = [
        f"{fk.parent.table.name}.{fk.parent.name}"
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if (fk.ondelete or "").upper() not in ("CASCADE", "SET NULL")
    ]
    assert vague == []


def test_every_table_has_id_and_version() -> None:
    for table in Base.metadata.sorted_tables:
        assert {"id", "version"} <= set(table.columns.keys()), table.name


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_migrations_build_exactly_the_tables_in_code(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    # Expression indexes (uq_account_name_lower) cannot be reflected on SQLite; all else must match.
    assert diff == []


def test_revision_files_form_one_chain() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_heads() == [migrate.head()]
    chain = [s.revision for s in scripts.walk_revisions()][::-1]
    assert tuple(chain) == migrate.revisions()
