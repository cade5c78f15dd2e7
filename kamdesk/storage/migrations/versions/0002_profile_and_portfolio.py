"""Profile and portfolio: more master data on the account, selection criteria, tiers, scores,
listing prerequisites.

Revision ID: 0002
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kamdesk.storage.schema

revision = "0002"
down_revision = "0005"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "selection_criterion",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_criterion")),
        sa.UniqueConstraint("name", name=op.f("uq_selection_criterion_name")),
    )
    op.create_table(
        "tier",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("threshold", sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier")),
        sa.UniqueConstraint("name", name=op.f("uq_tier_name")),
    )
    op.create_table(
        "account_score",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("criterion_id", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_account_score_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["selection_criterion.id"],
            name=op.f("fk_account_score_criterion_id_selection_criterion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_score")),
        sa.UniqueConstraint("account_id", "criterion_id", name="uq_account_score_account_criterion"),
    )
    op.create_index(op.f("ix_account_score_account_id"), "account_score", ["account_id"], unique=False)
    op.create_index(op.f("ix_account_score_criterion_id"), "account_score", ["criterion_id"], unique=False)

    op.create_table(
        "listing_item",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("with_prices", sa.Boolean(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_listing_item_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listing_item")),
    )
    op.create_index(op.f("ix_listing_item_account_id"), "listing_item", ["account_id"], unique=False)

    # Plain ADD COLUMN (no batch table copy): a copy would lose the expression index
    # uq_account_name_lower, which SQLite cannot reflect. Existing rows get "" for the texts.
    op.add_column("account", sa.Column("legal_entity", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("account", sa.Column("parent_group", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("account", sa.Column("sites", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "account",
        sa.Column(
            "annual_revenue",
            sa.Numeric(precision=14, scale=2),
            nullable=True,
            comment="Our annual revenue with the account (EUR).",
        ),
    )
    op.add_column(
        "account",
        sa.Column(
            "potential",
            sa.Numeric(precision=14, scale=2),
            nullable=True,
            comment="The account's estimated total spend in our categories (EUR).",
        ),
    )
    op.add_column("account", sa.Column("customer_goals", sa.Text(), nullable=False, server_default=""))
    op.add_column("account", sa.Column("phase", sa.String(length=20), nullable=True))
    op.add_column("account", sa.Column("review_cadence_months", sa.Integer(), nullable=True))
    op.add_column("account", sa.Column("last_review_on", sa.Date(), nullable=True))


def downgrade() -> None:
    for column in (
        "last_review_on",
        "review_cadence_months",
        "phase",
        "customer_goals",
        "potential",
        "annual_revenue",
        "sites",
        "parent_group",
        "legal_entity",
    ):
        op.drop_column("account", column)
    op.drop_index(op.f("ix_listing_item_account_id"), table_name="listing_item")
    op.drop_table("listing_item")
    op.drop_index(op.f("ix_account_score_criterion_id"), table_name="account_score")
    op.drop_index(op.f("ix_account_score_account_id"), table_name="account_score")
    op.drop_table("account_score")
    op.drop_table("tier")
    op.drop_table("selection_criterion")
