"""A workspace from before the profile and portfolio migrates with its data and its rules intact."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kamdesk.domain.errors import InputError
from kamdesk.services import accounts, portfolio
from kamdesk.services.workspace import Workspace
from kamdesk.storage import migrate
from kamdesk.storage.engine import make_engine


def test_a_baseline_workspace_migrates_keeping_accounts_and_the_case_insensitive_name_rule(tmp_path: Path) -> None:
    path = tmp_path / "old.kamdesk"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO account (id, version, created_at, updated_at, name, industry, country, website, notes, archived)"
        " VALUES ('a1', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'Kessler AG', 'Medical', '', '', 'n', 0)"
    )
    connection.commit()
    connection.close()

    with Workspace.open(path) as ws:
        account = accounts.find(ws, "Kessler AG")
        assert (account.industry, account.legal_entity, account.customer_goals, account.annual_revenue) == (
            "Medical",
            "",
            "",
            None,
        )
        with pytest.raises(InputError, match="already"):
            accounts.create(ws, "KESSLER AG")  # the validator says so …
        with pytest.raises(InputError), ws.write() as tx:  # … and so does the database's own index
            tx.session.execute(
                text(
                    "INSERT INTO account (id, version, created_at, updated_at, name, industry, country, website,"
                    " notes, archived, legal_entity, parent_group, sites, customer_goals)"
                    " VALUES ('a2', 1, '2026-01-01', '2026-01-01', 'kessler ag', '', '', '', '', 0, '', '', '', '')"
                )
            )
        assert portfolio.ensure_defaults(ws)  # an old workspace gets the defaults too
