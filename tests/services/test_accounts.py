import pytest

from kamdesk.domain.errors import InputError, NotFoundError
from kamdesk.services import accounts, records
from kamdesk.services.workspace import Workspace


def test_create_find_rename_archive_delete_restore(ws: Workspace) -> None:
    account_id = accounts.create(ws, "Kessler Medizintechnik AG", industry="Medical devices", country="Germany")
    assert accounts.find(ws, "kessler medizintechnik ag").id == account_id
    accounts.rename(ws, account_id, "Kessler AG", old="Kessler Medizintechnik AG")
    accounts.set_archived(ws, account_id, True)
    assert accounts.names(ws, include_archived=False) == []
    assert accounts.names(ws) == ["Kessler AG"]
    snapshot = accounts.delete(ws, account_id)
    with pytest.raises(NotFoundError, match="Kessler AG"):
        accounts.find(ws, "Kessler AG")
    records.restore(ws, snapshot)
    restored = accounts.get(ws, account_id)
    assert (restored.name, restored.archived, restored.industry) == ("Kessler AG", True, "Medical devices")


def test_names_are_unique_ignoring_case_and_umlaut_case(ws: Workspace) -> None:
    accounts.create(ws, "Ölmühle Süd GmbH")
    with pytest.raises(InputError, match="already exists"):
        accounts.create(ws, "ÖLMÜHLE SÜD GMBH")


def test_summaries_are_sorted_by_name_ignoring_case(ws: Workspace) -> None:
    for name in ("beta", "Alpha", "gamma"):
        accounts.create(ws, name)
    assert [s.name for s in accounts.summaries(ws)] == ["Alpha", "beta", "gamma"]


def test_suggested_names_are_free(ws: Workspace) -> None:
    accounts.create(ws, "New account")
    assert accounts.suggest_name(ws, "New account") == "New account (2)"
