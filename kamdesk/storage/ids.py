"""Row ids: 32 hex digits of a random UUID (free of SQLAlchemy: screens make ids before saving)."""

import uuid


def new_id() -> str:
    return uuid.uuid4().hex
