"""All stored tables. Importing this package registers every table on ``Base.metadata``.

One module per capability; add the new module's import here.
"""

from kamdesk.storage.tables import (  # noqa: F401
    core,
    listing,
    portfolio,
)
from kamdesk.storage.tables.core import Account, TeamMember, WorkspaceSetting

__all__ = ["Account", "TeamMember", "WorkspaceSetting"]
