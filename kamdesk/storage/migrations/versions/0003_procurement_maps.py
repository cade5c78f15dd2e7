"""Procurement maps: per account, with lanes, nodes and edges.

Revision ID: 0003
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kamdesk.storage.schema

revision = "0003"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "procurement_map",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("answer_final_decider", sa.String(length=500), nullable=False),
        sa.Column("answer_approval_limits", sa.String(length=500), nullable=False),
        sa.Column("answer_requester_chooses", sa.String(length=20), nullable=True),
        sa.Column("answer_choice_basis", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_procurement_map_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procurement_map")),
    )
    with op.batch_alter_table("procurement_map", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procurement_map_account_id"), ["account_id"], unique=False)
    # Map names are unique within an account regardless of case (the CLI finds maps by name).
    op.create_index(
        "uq_procurement_map_account_name", "procurement_map", ["account_id", sa.text("lower(name)")], unique=True
    )

    op.create_table(
        "procurement_lane",
        sa.Column("map_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("size", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["map_id"],
            ["procurement_map.id"],
            name=op.f("fk_procurement_lane_map_id_procurement_map"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procurement_lane")),
    )
    with op.batch_alter_table("procurement_lane", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procurement_lane_map_id"), ["map_id"], unique=False)

    op.create_table(
        "procurement_node",
        sa.Column("map_id", sa.String(length=32), nullable=False),
        sa.Column("lane_id", sa.String(length=32), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("role_holder", sa.String(length=200), nullable=False),
        sa.Column("contact_id", sa.String(length=32), nullable=True),
        sa.Column("condition_kind", sa.String(length=20), nullable=True),
        sa.Column("condition_op", sa.String(length=4), nullable=False),
        sa.Column("condition_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("approver_role", sa.String(length=200), nullable=False),
        sa.Column("approval_limit", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("selection", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_procurement_node_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lane_id"],
            ["procurement_lane.id"],
            name=op.f("fk_procurement_node_lane_id_procurement_lane"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["map_id"],
            ["procurement_map.id"],
            name=op.f("fk_procurement_node_map_id_procurement_map"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procurement_node")),
    )
    with op.batch_alter_table("procurement_node", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procurement_node_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_procurement_node_lane_id"), ["lane_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_procurement_node_map_id"), ["map_id"], unique=False)

    op.create_table(
        "procurement_edge",
        sa.Column("map_id", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("branch", sa.String(length=10), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["map_id"],
            ["procurement_map.id"],
            name=op.f("fk_procurement_edge_map_id_procurement_map"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["procurement_node.id"],
            name=op.f("fk_procurement_edge_source_id_procurement_node"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["procurement_node.id"],
            name=op.f("fk_procurement_edge_target_id_procurement_node"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procurement_edge")),
    )
    with op.batch_alter_table("procurement_edge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procurement_edge_map_id"), ["map_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_procurement_edge_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_procurement_edge_target_id"), ["target_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("procurement_edge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procurement_edge_target_id"))
        batch_op.drop_index(batch_op.f("ix_procurement_edge_source_id"))
        batch_op.drop_index(batch_op.f("ix_procurement_edge_map_id"))

    op.drop_table("procurement_edge")
    with op.batch_alter_table("procurement_node", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procurement_node_contact_id"))
        batch_op.drop_index(batch_op.f("ix_procurement_node_map_id"))
        batch_op.drop_index(batch_op.f("ix_procurement_node_lane_id"))

    op.drop_table("procurement_node")
    with op.batch_alter_table("procurement_lane", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procurement_lane_map_id"))

    op.drop_table("procurement_lane")
    op.drop_index("uq_procurement_map_account_name", table_name="procurement_map")
    with op.batch_alter_table("procurement_map", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procurement_map_account_id"))

    op.drop_table("procurement_map")
