from pathlib import Path

import pytest

from kamdesk.domain.errors import InputError
from kamdesk.services import accounts, demo
from kamdesk.services.workspace import Workspace


def test_demo_workspace_holds_the_main_account(demo_ws: Workspace) -> None:
    main = accounts.find(demo_ws, demo.MAIN_ACCOUNT)
    assert main.industry and main.notes and main.website
    assert "Altmann Verpackung GmbH" in accounts.names(demo_ws)
    assert "Altmann Verpackung GmbH" not in accounts.names(demo_ws, include_archived=False)


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "mine.kamdesk"
    target.write_bytes(b"precious")
    with pytest.raises(InputError, match="--force"):
        demo.write(target)
    assert target.read_bytes() == b"precious"
    demo.write(target, force=True)
    with Workspace.open(target, writable=False) as ws:
        assert demo.MAIN_ACCOUNT in accounts.names(ws)


def test_demo_texts_follow_the_language(tmp_path: Path) -> None:
    demo.write(tmp_path / "de.kamdesk", lang="de")
    with Workspace.open(tmp_path / "de.kamdesk", writable=False) as ws:
        assert accounts.find(ws, demo.MAIN_ACCOUNT).country == "Deutschland"
