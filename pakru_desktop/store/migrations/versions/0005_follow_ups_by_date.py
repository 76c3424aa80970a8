"""Follow-ups by date: an index for the overview's latest follow-ups across all items.

"The latest follow-ups" sorted every follow-up by date to keep fifteen; with the index
SQLite reads the newest ones first and stops.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 11:05:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_follow_ups_date", "follow_ups", ["date_start", "id"])


def downgrade() -> None:
    op.drop_index("ix_follow_ups_date", table_name="follow_ups")
