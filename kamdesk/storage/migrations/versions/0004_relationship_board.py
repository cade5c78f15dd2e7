"""Relationship board: board columns, contacts, coverage links, contact relations, board settings.

Revision ID: 0004
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kamdesk.storage.schema

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "board_column",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_board_column_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_column")),
    )
    with op.batch_alter_table("board_column", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_column_account_id"), ["account_id"], unique=False)

    op.create_table(
        "relationship_board",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("stale_days", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_relationship_board_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_board")),
        sa.UniqueConstraint("account_id", name=op.f("uq_relationship_board_account_id")),
    )
    op.create_table(
        "contact",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("column_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=20), nullable=False),
        sa.Column("buying_role", sa.String(length=20), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("influence", sa.String(length=20), nullable=False),
        sa.Column("coverage", sa.String(length=20), nullable=False),
        sa.Column("orientation", sa.String(length=20), nullable=True),
        sa.Column("last_contact", sa.Date(), nullable=True),
        sa.Column("placeholder", sa.Boolean(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_contact_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["column_id"], ["board_column.id"], name=op.f("fk_contact_column_id_board_column"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_column_id"), ["column_id"], unique=False)

    op.create_table(
        "contact_relation",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_contact_relation_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["contact.id"], name=op.f("fk_contact_relation_source_id_contact"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["target_id"], ["contact.id"], name=op.f("fk_contact_relation_target_id_contact"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_relation")),
    )
    with op.batch_alter_table("contact_relation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_relation_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_relation_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_relation_target_id"), ["target_id"], unique=False)

    op.create_table(
        "coverage_link",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("team_member_id", sa.String(length=32), nullable=False),
        sa.Column("contact_id", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("target_level", sa.String(length=20), nullable=True),
        sa.Column("last_contact", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_coverage_link_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_coverage_link_contact_id_contact"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_coverage_link_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_link")),
        sa.UniqueConstraint("team_member_id", "contact_id", name="uq_coverage_link_member_contact"),
    )
    with op.batch_alter_table("coverage_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coverage_link_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_coverage_link_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_coverage_link_team_member_id"), ["team_member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("coverage_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_link_team_member_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_link_contact_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_link_account_id"))

    op.drop_table("coverage_link")
    with op.batch_alter_table("contact_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_relation_target_id"))
        batch_op.drop_index(batch_op.f("ix_contact_relation_source_id"))
        batch_op.drop_index(batch_op.f("ix_contact_relation_account_id"))

    op.drop_table("contact_relation")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_column_id"))
        batch_op.drop_index(batch_op.f("ix_contact_account_id"))

    op.drop_table("contact")
    op.drop_table("relationship_board")
    with op.batch_alter_table("board_column", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_column_account_id"))

    op.drop_table("board_column")
