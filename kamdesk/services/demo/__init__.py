"""The demo workspace: a believable set of fictional key accounts to explore kamdesk with.

Each capability contributes a builder (listed in ``builders()``); they run in order inside one
transaction. The builders are imported only when a demo is written, not when the app starts.
The texts are written in the chosen language (German or English), because a KAM's own data is
in their own language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.domain import i18n
from kamdesk.domain.errors import InputError

if TYPE_CHECKING:
    from kamdesk.services.demo.context import DemoContext
    from kamdesk.services.workspace import Workspace

Builder = Callable[["DemoContext"], None]

#: the demo account the app opens first
MAIN_ACCOUNT = "Weserland Fördertechnik GmbH"


def builders() -> list[Builder]:
    """The capability builders, in dependency order."""
    from kamdesk.services.demo import accounts, plan, portfolio, procurement, relations, service_matrix

    return [accounts.build, relations.build, procurement.build, plan.build, service_matrix.build, portfolio.build]


def fill(ws: Workspace, lang: str | None = None) -> None:
    """Add the demo accounts to ``ws`` (one transaction)."""
    from kamdesk.services.demo.context import DemoContext

    with i18n.using(lang or i18n.language()), ws.write() as tx:
        context = DemoContext(tx)
        for build in builders():
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
    from kamdesk.services.workspace import Workspace

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
