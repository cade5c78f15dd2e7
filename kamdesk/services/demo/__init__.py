"""The demo workspace: a believable set of fictional key accounts to explore kamdesk with.

Each capability contributes a builder (``BUILDERS``); they run in order inside one transaction.
The texts are written in the chosen language (German or English), because a KAM's own data is
in their own language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError
from kamdesk.services.demo import accounts as demo_accounts
from kamdesk.services.demo import plan as demo_plan
from kamdesk.services.demo import portfolio as demo_portfolio
from kamdesk.services.demo import procurement as demo_procurement
from kamdesk.services.demo import relations as demo_relations
from kamdesk.services.demo import service_matrix as demo_service_matrix
from kamdesk.services.demo.context import DemoContext
from kamdesk.services.workspace import Workspace

Builder = Callable[[DemoContext], None]

#: capability builders, in dependency order
BUILDERS: list[Builder] = [demo_accounts.build, demo_relations.build]
BUILDERS.append(demo_procurement.build)
BUILDERS.append(demo_plan.build)
BUILDERS.append(demo_service_matrix.build)
BUILDERS.append(demo_portfolio.build)

MAIN_ACCOUNT = demo_accounts.MAIN


def fill(ws: Workspace, lang: str | None = None) -> None:
    """Add the demo accounts to ``ws`` (one transaction)."""
    with i18n.using(lang or i18n.language()), ws.write() as tx:
        context = DemoContext(tx)
        for build in BUILDERS:
            build(context)


def write(path: Path, *, force: bool = False, lang: str | None = None) -> Path:
    """Create a demo workspace file at ``path``; an existing file is replaced only with ``force``."""
    path = Path(path).expanduser().absolute()
    if path.exists():
        if not force:
            raise InputError(
                i18n.translate("Demo", "%1 already exists; use --force to replace it.").replace("%1", str(path))
            )
        if path.is_dir():
            raise InputError(i18n.translate("Demo", "%1 is a folder.").replace("%1", str(path)))
        # Build the replacement beside it and swap, so a failure leaves the old file as it was.
    if not path.parent.is_dir():
        raise InputError(i18n.translate("Demo", "%1: the folder does not exist.").replace("%1", str(path)))
    staging = path.with_name(f".{path.name}.new")
    for leftover in (staging, *_sidecars(staging)):
        leftover.unlink(missing_ok=True)
    with Workspace.open(staging, create=True) as ws:
        fill(ws, lang)
        with ws.engine.begin() as connection:  # fold the WAL into the file before moving it
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for sidecar in _sidecars(path):
        sidecar.unlink(missing_ok=True)
    staging.replace(path)
    for sidecar in _sidecars(staging):
        sidecar.unlink(missing_ok=True)
    return path


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", ".lock")]
