"""The board's services on real workspace files: default columns stored on first use, moving
pieces with renumbered cells and an exact undo, settings, deletes that restore everything."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from kamdesk.domain.board import DEFAULT_STALE_DAYS
from kamdesk.domain.errors import InputError
from kamdesk.domain.key_issues import IssueRule, key_issues
from kamdesk.exchange import bundle_upgrade
from kamdesk.services import accounts, demo, records, relations
from kamdesk.services.workspace import Workspace


def _account(ws: Workspace, name: str = "Acme") -> str:
    with ws.write() as tx:
        return records.insert_row_in(tx, "account", {"name": name})


def test_an_empty_board_shows_the_default_departments_without_writing(ws: Workspace) -> None:
    account = _account(ws)
    board = relations.load(ws, account)
    assert [c.name for c in board.columns][:3] == ["Management", "Purchasing", "Engineering / R&D"]
    assert all(c.id.startswith(relations.DEFAULT_PREFIX) for c in board.columns)
    assert board.stale_days == DEFAULT_STALE_DAYS


def test_the_first_contact_stores_the_default_columns(ws: Workspace) -> None:
    account = _account(ws)
    contact = relations.add_contact(ws, account, {"name": "Dr. Vogt", "column_id": "default:2", "rank": "senior"})
    board = relations.load(ws, account)
    assert not any(c.id.startswith(relations.DEFAULT_PREFIX) for c in board.columns)
    assert board.contact_by_id[contact].column_id == board.columns[2].id
    relations.add_contact(ws, account, {"name": "Albers", "column_id": "default:1", "rank": "middle"})
    assert len(relations.load(ws, account).columns) == 8  # not stored twice


def test_moving_pieces_renumbers_both_cells_and_undo_restores_exactly(demo_ws: Workspace) -> None:
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    board = relations.load(demo_ws, account)
    cells_before = {key: [c.id for c in cell] for key, cell in board.cells().items()}
    purchasing = next(c.id for c in board.columns if c.name == "Purchasing")
    quality = next(c.id for c in board.columns if c.name == "Quality")
    lange = next(c for c in board.contacts if c.name == "Thomas Lange")
    undo = relations.move_contacts(demo_ws, account, [relations.Move(lange.id, quality, "senior", 0)])
    after = relations.load(demo_ws, account)
    quality_senior = [c.name for c in after.cells()[(quality, lange.rank.__class__("senior"))]]
    assert quality_senior == ["Thomas Lange", "Dr. Stefan Kowalski"]
    left = after.cells()[(purchasing, lange.rank)]
    assert [c.position for c in left] == list(range(len(left)))
    relations.apply_edits(demo_ws, undo)
    restored = relations.load(demo_ws, account)
    assert {key: [c.id for c in cell] for key, cell in restored.cells().items()} == cells_before


def test_a_move_to_an_unknown_rank_is_refused_and_changes_nothing(demo_ws: Workspace) -> None:
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    contact = relations.load(demo_ws, account).contacts[0]
    with pytest.raises(InputError):
        relations.move_contacts(demo_ws, account, [relations.Move(contact.id, contact.column_id, "intern")])
    assert relations.load(demo_ws, account).contact_by_id[contact.id] == contact


def test_stale_days_per_account_override_the_workspace_default(ws: Workspace) -> None:
    account = _account(ws)
    relations.set_workspace_stale_days(ws, 60)
    assert relations.load(ws, account).stale_days == 60
    assert relations.set_stale_days(ws, account, 30) is None
    assert relations.load(ws, account).stale_days == 30
    assert relations.set_stale_days(ws, account, None) == 30
    assert relations.load(ws, account).stale_days == 60
    with pytest.raises(InputError):
        relations.set_stale_days(ws, account, 0)


def test_deleting_a_contact_takes_its_links_and_lines_and_restore_brings_all_back(demo_ws: Workspace) -> None:
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    before = relations.load(demo_ws, account)
    meyer = next(c for c in before.contacts if c.name == "Claudia Meyer-Brandt")
    links = [link.id for link in before.links_by_contact[meyer.id]]
    snapshots = relations.delete_many(demo_ws, [("contact", meyer.id), ("coverage_link", links[0])])
    after = relations.load(demo_ws, account)
    assert meyer.id not in after.contact_by_id
    assert not {r.id for r in after.relations if meyer.id in (r.source_id, r.target_id)}
    assert len(snapshots) == 1  # the link went with the contact
    relations.restore_many(demo_ws, snapshots)
    again = relations.load(demo_ws, account)
    assert again.contact_by_id[meyer.id] == meyer
    assert sorted(link.id for link in again.links) == sorted(link.id for link in before.links)
    assert sorted(r.id for r in again.relations) == sorted(r.id for r in before.relations)


def test_dates_are_accepted_in_iso_and_german_form_and_never_in_the_future(demo_ws: Workspace) -> None:
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    link = relations.load(demo_ws, account).links[0]
    records.set_fields(demo_ws, "coverage_link", link.id, {"last_contact": "3.2.2026"})
    assert relations.load(demo_ws, account).links[0].last_contact == date(2026, 2, 3)
    with pytest.raises(InputError, match="not a date"):
        records.set_fields(demo_ws, "coverage_link", link.id, {"last_contact": "next week"})
    with pytest.raises(InputError, match="future"):
        records.set_fields(
            demo_ws, "coverage_link", link.id, {"last_contact": (date.today() + timedelta(days=3)).isoformat()}
        )


def test_one_link_per_team_member_and_contact(demo_ws: Workspace) -> None:
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    link = relations.load(demo_ws, account).links[0]
    with pytest.raises(InputError):
        records.insert_row(
            demo_ws,
            "coverage_link",
            {"account_id": account, "team_member_id": link.member_id, "contact_id": link.contact_id},
        )


def test_the_demo_board_tells_a_story(demo_ws: Workspace) -> None:
    account = accounts.find(demo_ws, demo.MAIN_ACCOUNT).id
    board = relations.load(demo_ws, account)
    assert 22 <= len(board.contacts) <= 30 and len(board.team) == 6
    issues = key_issues(board, date.today())
    rules = {i.rule for i in issues}
    assert {
        IssueRule.WEAK_DECISION_MAKER,
        IssueRule.STRONG_OPPONENT,
        IssueRule.SINGLE_THREAD,
        IssueRule.STALE,
        IssueRule.RANK_MISMATCH,
        IssueRule.BELOW_TARGET,
    } <= rules
    assert IssueRule.NO_COACH not in rules
    assert any(c.placeholder and not c.name for c in board.contacts)
    brandes = next(i for i in issues if i.rule is IssueRule.WEAK_DECISION_MAKER)
    assert board.contact_by_id[brandes.contact_ids[0]].name == "Dr. Konstantin Brandes"


def test_a_version_1_bundle_is_upgraded_with_an_empty_board() -> None:
    old = {"format": "kamdesk-bundle", "version": 1, "workspace": {}, "accounts": [{"name": "A", "team": []}]}
    upgraded = bundle_upgrade.upgrade(json.loads(json.dumps(old)), 2)
    account = upgraded["accounts"][0]
    assert upgraded["version"] == 2
    for key in ("relationship_board", "board_columns", "contacts", "coverage_links", "contact_relations"):
        assert account[key] == []
