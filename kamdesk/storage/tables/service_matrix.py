"""Tables of the service matrix: the catalogue, customer groups, the cells between them, and
what each account actually receives."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.account import Classification
from kamdesk.domain.service_matrix import Billing, Frequency, ServiceMode
from kamdesk.storage.schema import Base, Record


class Service(Record, Base):
    """A service in the workspace-wide catalogue (e.g. priority supply during shortages)."""

    __tablename__ = "service"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    category: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(50), nullable=False, default="", comment="what is counted")
    list_price: Mapped[Decimal | None] = mapped_column(
        Numeric(12, 2), nullable=True, comment="value of one unit to the customer (EUR)"
    )
    internal_cost: Mapped[Decimal | None] = mapped_column(
        Numeric(12, 2), nullable=True, comment="what one unit costs us (EUR)"
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class CustomerGroup(Record, Base):
    """A column of the matrix: SKA, KA, Smart KA, A/B/C customers … (editable)."""

    __tablename__ = "customer_group"

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True, comment="short name (column header)")
    name: Mapped[str] = mapped_column(String(100), nullable=False, default="", comment="empty: the standard name")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    classification: Mapped[str | None] = mapped_column(
        String(20),
        nullable=True,
        unique=True,
        info={"choices": list(Classification)},
        comment="accounts with this classification belong to the group",
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ServiceEntitlement(Record, Base):
    """One cell of the matrix; a missing cell means "not offered"."""

    __tablename__ = "service_entitlement"

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), nullable=False, index=True)
    customer_group_id: Mapped[str] = mapped_column(
        ForeignKey("customer_group.id", ondelete="CASCADE"), nullable=False, index=True
    )
    mode: Mapped[str] = mapped_column(String(20), nullable=False, info={"choices": list(ServiceMode)})
    price: Mapped[Decimal | None] = mapped_column(
        Numeric(12, 2), nullable=True, comment="price per unit when charged (EUR); empty: the list value"
    )

    __table_args__ = (UniqueConstraint("service_id", "customer_group_id"),)


class ReceivedService(Record, Base):
    """A service an account actually receives."""

    __tablename__ = "received_service"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), nullable=False, index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), nullable=False, default=Decimal(1))
    frequency: Mapped[str] = mapped_column(
        String(20), nullable=False, default="year", info={"choices": list(Frequency)}
    )
    unit_value: Mapped[Decimal | None] = mapped_column(
        Numeric(12, 2), nullable=True, comment="value of one unit for this account (EUR); empty: the list value"
    )
    billing: Mapped[str] = mapped_column(String(20), nullable=False, default="free", info={"choices": list(Billing)})
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (UniqueConstraint("account_id", "service_id"),)


class AccountCustomerGroup(Record, Base):
    """The customer group chosen for an account, overriding the one its classification gives."""

    __tablename__ = "account_customer_group"

    account_id: Mapped[str] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False, unique=True, index=True
    )
    customer_group_id: Mapped[str] = mapped_column(
        ForeignKey("customer_group.id", ondelete="CASCADE"), nullable=False, index=True
    )
