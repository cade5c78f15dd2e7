"""All stored tables. Importing this package registers every table on ``Base.metadata``.

One module per capability; add the new module's import here.
"""

from kamdesk.storage.tables import (
    core,  # noqa: F401
    listing,  # noqa: F401
    portfolio,  # noqa: F401
    procurement,  # noqa: F401
    relations,  # noqa: F401
    service_matrix,  # noqa: F401
)
from kamdesk.storage.tables.core import Account, TeamMember, WorkspaceSetting
from kamdesk.storage.tables.plan import Opportunity, PlanAction, PlanGoal, PlanReview, VisitParticipant, VisitReport

__all__ = [
    "Account",
    "Opportunity",
    "PlanAction",
    "PlanGoal",
    "PlanReview",
    "TeamMember",
    "VisitParticipant",
    "VisitReport",
    "WorkspaceSetting",
]
