"""The same workspace on a shared PostgreSQL database (product: "beyond one laptop").

Runs when KAMDESK_TEST_POSTGRES is a SQLAlchemy URL of a database the test may wipe, e.g.
``postgresql+psycopg://kam:kam@localhost/kamtest`` (.ci/run starts one); skipped otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kamdesk.domain.errors import ConflictError, InputError, WorkspaceError
from kamdesk.services import accounts, bundles, demo, records
from kamdesk.services.workspace import Workspace

URL = os.environ.get("KAMDESK_TEST_POSTGRES", "")
pytestmark = pytest.mark.skipif(not URL, reason="KAMDESK_TEST_POSTGRES is not set")


@pytest.fixture
def pg_url() -> str:
    from sqlalchemy import create_engine

    engine = create_engine(URL)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return URL


def test_a_team_database_is_migrated_and_holds_the_demo(pg_url: str) -> None:
    with Workspace.open(pg_url) as ws:
        demo.fill(ws)
        assert demo.MAIN_ACCOUNT in accounts.names(ws)
        assert ":***@" in ws.location or "@" not in ws.location  # the password is never shown


def test_two_people_editing_the_same_account_lose_no_update(pg_url: str) -> None:
    with Workspace.open(pg_url) as anna, Workspace.open(pg_url) as ben:
        account_id = accounts.create(anna, "Kessler AG", industry="Medical")
        # Both saw industry "Medical". Anna changes it first; Ben's edit must not overwrite hers.
        records.set_fields(anna, "account", account_id, {"industry": "Medical devices"}, {"industry": "Medical"})
        with pytest.raises(ConflictError):
            records.set_fields(ben, "account", account_id, {"industry": "Pharma"}, {"industry": "Medical"})
        # Editing a different field of the same account is fine.
        records.set_fields(ben, "account", account_id, {"country": "Germany"}, {"country": ""})
        final = accounts.get(anna, account_id)
        assert (final.industry, final.country) == ("Medical devices", "Germany")


def test_names_stay_unique_and_delete_restores_exactly(pg_url: str) -> None:
    with Workspace.open(pg_url) as ws:
        demo.fill(ws)
        kessler = accounts.find(ws, "Kessler Medizintechnik AG")
        with pytest.raises(InputError, match="already exists"):
            accounts.create(ws, "KESSLER MEDIZINTECHNIK AG")
        snapshot = accounts.delete(ws, kessler.id)
        records.restore(ws, snapshot)
        assert accounts.get(ws, kessler.id) == kessler


def test_bundle_round_trip_between_sqlite_and_postgres(pg_url: str, demo_path: Path, tmp_path: Path) -> None:
    with Workspace.open(demo_path) as laptop:
        bundles.export(laptop, tmp_path / "from-laptop.json")
    with Workspace.open(pg_url) as team:
        bundles.import_file(team, tmp_path / "from-laptop.json")
        bundles.export(team, tmp_path / "from-team.json")
    assert (tmp_path / "from-team.json").read_text() == (tmp_path / "from-laptop.json").read_text()


def test_a_newer_team_database_is_refused(pg_url: str) -> None:
    with Workspace.open(pg_url) as ws, ws.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(WorkspaceError, match="newer kamdesk"):
        Workspace.open(pg_url)
