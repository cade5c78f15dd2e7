"""The first screen read through sqlite3 is exactly what the services read through the ORM."""

import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.services import accounts, demo, first_screen, listing, portfolio, records, team
from kamdesk.services.workspace import Workspace


def _through_services(ws: Workspace, account_id: str) -> dict[str, object]:
    return {
        "accounts": accounts.summaries(ws),
        "account": accounts.get(ws, account_id),
        "criteria": portfolio.criteria(ws),
        "tiers": portfolio.tiers(ws),
        "scores": portfolio.scores_of(ws, account_id),
        "standing": portfolio.standing_of(ws, account_id),
        "listing": listing.items(ws, account_id),
        "team": team.members(ws, account_id),
        "held_review": team.latest_plan_reviews(ws, account_id).get(account_id),
    }


@pytest.mark.parametrize("which", [demo.MAIN_ACCOUNT, "another"])
def test_it_equals_what_the_services_read(demo_path: Path, which: str) -> None:
    with Workspace.open(demo_path) as ws:
        rows = [s for s in accounts.summaries(ws) if not s.archived]
        wanted = next(s.id for s in rows if (s.name == which) == (which == demo.MAIN_ACCOUNT))
        expected = _through_services(ws, wanted)
    screen = first_screen.read(demo_path, wanted, demo.MAIN_ACCOUNT)
    assert screen is not None
    assert vars(screen) == expected
    assert screen.team and screen.listing and screen.criteria and screen.standing.standing is not None


def test_without_a_wanted_account_it_shows_the_demo_account(demo_path: Path) -> None:
    screen = first_screen.read(demo_path, None, demo.MAIN_ACCOUNT)
    assert screen is not None and screen.account.name == demo.MAIN_ACCOUNT
    other = first_screen.read(demo_path, "no-such-id", "No such name")
    assert other is not None and other.account.id == next(s.id for s in other.accounts if not s.archived)


def test_an_archived_or_missing_account_leaves_it_to_the_normal_way(demo_path: Path, workspace_path: Path) -> None:
    with Workspace.open(demo_path) as ws:
        main = accounts.find(ws, demo.MAIN_ACCOUNT).id
        accounts.set_archived(ws, main, True)
    assert first_screen.read(demo_path, main, demo.MAIN_ACCOUNT) is None
    assert first_screen.read(workspace_path, None, demo.MAIN_ACCOUNT) is None  # no accounts at all


def test_after_edits_it_still_agrees(demo_path: Path) -> None:
    with Workspace.open(demo_path) as ws:
        main = accounts.find(ws, demo.MAIN_ACCOUNT).id
        records.set_fields(ws, "account", main, {"annual_revenue": "1234567,89", "notes": "S&P <GmbH> 💡"})
        member = team.members(ws, main)[0].id
        records.delete_row(ws, "team_member", member)
        expected = _through_services(ws, main)
    screen = first_screen.read(demo_path, main, demo.MAIN_ACCOUNT)
    assert screen is not None and vars(screen) == expected


def test_reading_it_imports_no_sqlalchemy(demo_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from kamdesk.services import first_screen; "
        f"s = first_screen.read(Path({str(demo_path)!r}), None, 'x'); "
        "assert s is not None; print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_odd_data_leaves_it_to_the_normal_way(demo_path: Path) -> None:
    """A value the reader cannot type (written by hand, say) is no reason to fail at start-up."""
    import sqlite3

    with sqlite3.connect(demo_path) as connection:
        connection.execute("UPDATE account SET last_review_on = 'soon' WHERE name = ?", (demo.MAIN_ACCOUNT,))
    connection.close()
    assert first_screen.read(demo_path, None, demo.MAIN_ACCOUNT) is None
