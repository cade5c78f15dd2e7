"""Write the next Alembic migration by comparing the tables in code with the newest schema.

    python tools/new_migration.py "add procurement maps"

Creates a throw-away SQLite database at the current head, runs Alembic's autogenerate against
it and writes ``kamdesk/storage/migrations/versions/NNNN_<slug>.py``. Read and tidy the result:
autogenerate is a draft, not a verdict.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from kamdesk.storage import migrate
from kamdesk.storage.engine import make_engine


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    message = sys.argv[1]
    known = migrate.revisions() if _has_revisions() else ()
    number = f"{max((int(r) for r in known), default=0) + 1:04d}"
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'head.db'}")
        if known:
            migrate.upgrade(engine)
        with engine.begin() as connection:
            config = migrate.alembic_config(connection)
            command.revision(
                config,
                message=message,
                autogenerate=True,
                rev_id=number,
            )
        engine.dispose()
    versions = Path(migrate.__file__).parent / "migrations" / "versions"
    created = next(versions.glob(f"{number}_*.py"))
    target = versions / f"{number}_{slug}.py"
    created.rename(target)
    print(target)
    return 0


def _has_revisions() -> bool:
    try:
        migrate.revisions()
    except IndexError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
