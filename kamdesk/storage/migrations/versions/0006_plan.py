"""The account plan: goals, actions, opportunities, visit reports and participants, plan reviews.

Revision ID: 0006
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kamdesk.storage.schema

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_goal",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("measure", sa.String(length=300), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_plan_goal_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goal")),
    )
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goal_account_id"), ["account_id"], unique=False)

    op.create_table(
        "visit_report",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("outcomes", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_visit_report_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_report")),
    )
    with op.batch_alter_table("visit_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_report_account_id"), ["account_id"], unique=False)

    op.create_table(
        "opportunity",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("next_step", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=True),
        sa.Column("competitors", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_opportunity_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["team_member.id"], name=op.f("fk_opportunity_owner_id_team_member"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "plan_action",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("goal_id", sa.String(length=32), nullable=True),
        sa.Column("visit_id", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_plan_action_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["plan_goal.id"], name=op.f("fk_plan_action_goal_id_plan_goal"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["team_member.id"], name=op.f("fk_plan_action_owner_id_team_member"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit_report.id"], name=op.f("fk_plan_action_visit_id_visit_report"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_action_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_action_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_action_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_action_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "plan_review",
        sa.Column("account_id", sa.String(length=32), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewer_id", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_plan_review_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["team_member.id"],
            name=op.f("fk_plan_review_reviewer_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_review")),
    )
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_review_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_review_reviewer_id"), ["reviewer_id"], unique=False)

    op.create_table(
        "visit_participant",
        sa.Column("visit_id", sa.String(length=32), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.Column("team_member_id", sa.String(length=32), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kamdesk.storage.schema.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_visit_participant_team_member_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit_report.id"],
            name=op.f("fk_visit_participant_visit_id_visit_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_participant")),
    )
    with op.batch_alter_table("visit_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_participant_team_member_id"), ["team_member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_participant_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_participant_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_participant_team_member_id"))

    op.drop_table("visit_participant")
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_review_reviewer_id"))
        batch_op.drop_index(batch_op.f("ix_plan_review_account_id"))

    op.drop_table("plan_review")
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_action_visit_id"))
        batch_op.drop_index(batch_op.f("ix_plan_action_owner_id"))
        batch_op.drop_index(batch_op.f("ix_plan_action_goal_id"))
        batch_op.drop_index(batch_op.f("ix_plan_action_account_id"))

    op.drop_table("plan_action")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_owner_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_account_id"))

    op.drop_table("opportunity")
    with op.batch_alter_table("visit_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_report_account_id"))

    op.drop_table("visit_report")
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goal_account_id"))

    op.drop_table("plan_goal")
