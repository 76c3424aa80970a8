"""Ids are never reused: AUTOINCREMENT on every table whose ids people and undo steps use.

SQLite gives a new row the largest id plus one, so deleting the newest record handed its
id to the next one: an undo step or a note naming "item 25" then named someone else's
record. The tables are rebuilt as AUTOINCREMENT, and each one's sequence starts past every
id it ever used, those of deleted rows that only the history remembers included.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 07:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("items", "actors", "sources", "evidence", "follow_ups", "links")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # server databases' sequences never hand out an id twice
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    for table in TABLES:
        highest = bind.execute(
            sa.text(
                f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0),"
                " coalesce((SELECT max(row_id) FROM history WHERE table_name = :name), 0))"
            ),
            {"name": table},
        ).scalar_one()
        if highest:
            bind.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :name"), {"name": table})
            bind.execute(
                sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :seq)"),
                {"name": table, "seq": highest},
            )


def downgrade() -> None:
    """Revert this revision: plain integer keys again (ids may then be reused)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
