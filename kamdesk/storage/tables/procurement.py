"""Tables of the procurement flowchart: maps per account, their lanes, nodes and edges."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Float, ForeignKey, Index, Integer, Numeric, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.procurement.model import (
    Branch,
    ChoiceBasis,
    Comparison,
    ConditionKind,
    LaneRole,
    NodeKind,
    RequesterChoice,
    Selection,
)
from kamdesk.storage.schema import Base, Record

MONEY = Numeric(14, 2)


class ProcurementMapRow(Record, Base):
    """One procurement process of an account (e.g. "C-parts"), with the stored key answers."""

    __tablename__ = "procurement_map"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer_final_decider: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    answer_approval_limits: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    answer_requester_chooses: Mapped[str | None] = mapped_column(
        String(20), nullable=True, info={"choices": list(RequesterChoice)}
    )
    answer_choice_basis: Mapped[str | None] = mapped_column(
        String(20), nullable=True, info={"choices": list(ChoiceBasis)}
    )

    __table_args__ = (Index("uq_procurement_map_account_name", account_id, func.lower(name), unique=True),)


class ProcurementLaneRow(Record, Base):
    """A role taking part in the process, drawn as a horizontal band."""

    __tablename__ = "procurement_lane"

    map_id: Mapped[str] = mapped_column(
        ForeignKey("procurement_map.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(30), nullable=False, default="other", info={"choices": list(LaneRole)})
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    size: Mapped[float] = mapped_column(Float, nullable=False, default=160.0)


class ProcurementNodeRow(Record, Base):
    """A box of the flowchart; ``x``/``y`` is its centre."""

    __tablename__ = "procurement_node"

    map_id: Mapped[str] = mapped_column(
        ForeignKey("procurement_map.id", ondelete="CASCADE"), nullable=False, index=True
    )
    lane_id: Mapped[str | None] = mapped_column(
        ForeignKey("procurement_lane.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False, info={"choices": list(NodeKind)})
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    x: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    y: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    role_holder: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    #: the relationship board's contact who holds the role (``role_holder`` keeps the name as text)
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True, index=True
    )
    condition_kind: Mapped[str | None] = mapped_column(String(20), nullable=True, info={"choices": list(ConditionKind)})
    condition_op: Mapped[str] = mapped_column(
        String(4), nullable=False, default="lt", info={"choices": list(Comparison)}
    )
    condition_amount: Mapped[Decimal | None] = mapped_column(MONEY, nullable=True)
    approver_role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    approval_limit: Mapped[Decimal | None] = mapped_column(MONEY, nullable=True)
    selection: Mapped[str | None] = mapped_column(String(20), nullable=True, info={"choices": list(Selection)})
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ProcurementEdgeRow(Record, Base):
    """A way from one node to the next, with its label and which answer it stands for."""

    __tablename__ = "procurement_edge"

    map_id: Mapped[str] = mapped_column(
        ForeignKey("procurement_map.id", ondelete="CASCADE"), nullable=False, index=True
    )
    source_id: Mapped[str] = mapped_column(
        ForeignKey("procurement_node.id", ondelete="CASCADE"), nullable=False, index=True
    )
    target_id: Mapped[str] = mapped_column(
        ForeignKey("procurement_node.id", ondelete="CASCADE"), nullable=False, index=True
    )
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    branch: Mapped[str | None] = mapped_column(String(10), nullable=True, info={"choices": list(Branch)})
