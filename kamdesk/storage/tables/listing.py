"""Listing prerequisites of an account: release, supplier number, framework agreement, ordering systems."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.listing import ListingKind, ListingStatus, OrderingChannel
from kamdesk.storage.schema import Base, Record


class ListingItem(Record, Base):
    __tablename__ = "listing_item"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, info={"choices": list(ListingKind)})
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reference: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default="missing", info={"choices": list(ListingStatus)}
    )
    status_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    with_prices: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str | None] = mapped_column(String(20), nullable=True, info={"choices": list(OrderingChannel)})
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
