"""Migration 0005 brings the service matrix to an existing workspace, standard groups included."""

import re
from pathlib import Path

from kamdesk.domain.service_matrix import STANDARD_GROUPS
from kamdesk.services import accounts, service_matrix
from kamdesk.services.workspace import Workspace
from kamdesk.storage import migrate
from kamdesk.storage.engine import make_engine


def _revision_before_the_service_matrix() -> str:
    versions = Path(migrate.__file__).parent / "migrations" / "versions"
    text = next(versions.glob("*_service_matrix.py")).read_text(encoding="utf-8")
    found = re.search(r'^down_revision = "(\w+)"', text, re.MULTILINE)
    assert found is not None
    return found.group(1)


def test_a_workspace_from_before_the_service_matrix_gets_the_standard_groups(tmp_path: Path) -> None:
    path = tmp_path / "old.kamdesk"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, _revision_before_the_service_matrix())
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO account (id, name, industry, country, website, notes, archived, classification, version,"
            " created_at, updated_at) VALUES ('a1', 'Kessler AG', '', '', '', '', 0, 'ska', 1,"
            " '2024-05-01 10:00:00.000000', '2024-05-01 10:00:00.000000')"
        )
    engine.dispose()
    with Workspace.open(path) as ws:
        matrix = service_matrix.load_matrix(ws)
        assert [(g.id, g.code) for g in matrix.groups] == [(g[0], g[1]) for g in STANDARD_GROUPS]
        found = service_matrix.account_services(ws, accounts.find(ws, "Kessler AG").id)
        assert found.group.code == "SKA"  # its classification already places it
        assert found.received == ()


def test_the_standard_groups_are_the_same_rows_in_every_new_workspace(tmp_path: Path) -> None:
    rows = []
    for name in ("one", "two"):
        with Workspace.open(tmp_path / f"{name}.kamdesk", create=True) as ws, ws.read() as session:
            rows.append(
                session.execute(
                    service_matrix.select(service_matrix.t.CustomerGroup.__table__).order_by("position")
                ).all()
            )
    assert rows[0] == rows[1]
