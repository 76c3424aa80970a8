"""Date spans, evidence on follow-ups, source language, field history, database facts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:00:00
"""

import sqlalchemy as sa
from alembic import op

from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _span_columns(batch_op, prefix: str) -> None:
    batch_op.add_column(sa.Column(f"{prefix}_end", sa.Date(), nullable=True))
    batch_op.add_column(sa.Column(f"{prefix}_end_precision", sa.String(length=8), nullable=True))
    batch_op.add_column(sa.Column(f"{prefix}_last", sa.Date(), nullable=True))


def _fill_last_days(table_name: str, prefix: str) -> None:
    """Write ``<prefix>_last``, the last day each stored date covers (no spans exist yet)."""
    table = sa.table(
        table_name,
        sa.column("id", sa.Integer()),
        sa.column(f"{prefix}_start", sa.Date()),
        sa.column(f"{prefix}_precision", sa.String()),
        sa.column(f"{prefix}_last", sa.Date()),
    )
    start, precision = table.c[f"{prefix}_start"], table.c[f"{prefix}_precision"]
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(table.c.id, start, precision).where(start.is_not(None))
    ).all()
    for row_id, day, kind in rows:
        last = FuzzyDate(day, Precision(kind)).end
        connection.execute(
            table.update().where(table.c.id == row_id).values({f"{prefix}_last": last})
        )


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("items", schema=None) as batch_op:
        _span_columns(batch_op, "date")
        _span_columns(batch_op, "due")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        _span_columns(batch_op, "date")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        _span_columns(batch_op, "published")
    _fill_last_days("items", "date")
    _fill_last_days("items", "due")
    _fill_last_days("follow_ups", "date")
    _fill_last_days("sources", "published")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.alter_column("date_last", existing_type=sa.Date(), nullable=False)
        batch_op.alter_column("due_inferred", existing_type=sa.Boolean(), nullable=True)
        batch_op.create_index("ix_items_kind_date_last", ["kind", "date_last"])
        batch_op.create_index("ix_items_kind_due_last", ["kind", "due_last"])
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.alter_column("date_last", existing_type=sa.Date(), nullable=False)
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.alter_column("published_inferred", existing_type=sa.Boolean(), nullable=True)
        batch_op.add_column(
            sa.Column("language", sa.String(length=35), nullable=False, server_default="")
        )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_evidence_follow_up_id_follow_ups"),
            "follow_ups",
            ["follow_up_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_evidence_follow_up_id"), ["follow_up_id"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index("ix_history_record", ["table_name", "row_id", "id"])
        batch_op.create_index("ix_history_item", ["item_id", "id"])
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("app_meta")
    op.drop_table("history")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_follow_up_id"))
        batch_op.drop_constraint(batch_op.f("fk_evidence_follow_up_id_follow_ups"))
        batch_op.drop_column("follow_up_id")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_column("language")
        for column in ("published_last", "published_end_precision", "published_end"):
            batch_op.drop_column(column)
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        for column in ("date_last", "date_end_precision", "date_end"):
            batch_op.drop_column(column)
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_kind_due_last")
        batch_op.drop_index("ix_items_kind_date_last")
        for prefix in ("due", "date"):
            for column in ("last", "end_precision", "end"):
                batch_op.drop_column(f"{prefix}_{column}")
