"""Initial schema: items, sectors, actors, participations, sources, evidence, follow-ups, links.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 10:55:09.763307
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("name", name=op.f("uq_actors_name")),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(length=8), nullable=False),
        sa.Column("date_inferred", sa.Boolean(), nullable=False),
        sa.Column("due_start", sa.Date(), nullable=True),
        sa.Column("due_precision", sa.String(length=8), nullable=True),
        sa.Column("due_inferred", sa.Boolean(), nullable=False),
        sa.Column("base_status", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('event', 'agreement', 'project', 'commitment')",
            name=op.f("ck_items_kind_known"),
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_items_title_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index("ix_items_kind_date", ["kind", "date_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_status"), ["status"], unique=False)

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("published_start", sa.Date(), nullable=True),
        sa.Column("published_precision", sa.String(length=8), nullable=True),
        sa.Column("published_inferred", sa.Boolean(), nullable=False),
        sa.Column("date_note", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("ref", name=op.f("uq_sources_ref")),
        sa.UniqueConstraint("url", name=op.f("uq_sources_url")),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_evidence_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_evidence_source_id_sources"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_source_id"), ["source_id"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(length=8), nullable=False),
        sa.Column("date_inferred", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("new_status", sa.String(length=32), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_follow_ups_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_follow_ups_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index("ix_follow_ups_item_date", ["item_id", "date_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_source_id"), ["source_id"], unique=False)

    op.create_table(
        "item_sectors",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_item_sectors_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "sector", name=op.f("pk_item_sectors")),
    )
    with op.batch_alter_table("item_sectors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_sectors_sector"), ["sector"], unique=False)

    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_id", sa.Integer(), nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("from_id <> to_id", name=op.f("ck_links_not_self")),
        sa.ForeignKeyConstraint(
            ["from_id"], ["items.id"], name=op.f("fk_links_from_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["to_id"], ["items.id"], name=op.f("fk_links_to_id_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
        sa.UniqueConstraint("from_id", "to_id", "type", name="uq_link"),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_from_id"), ["from_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_to_id"), ["to_id"], unique=False)

    op.create_table(
        "participations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_participations_actor_id_actors"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_participations_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participations")),
        sa.UniqueConstraint("item_id", "actor_id", "role", name="uq_participation"),
    )
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participations_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participations_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participations_item_id"))
        batch_op.drop_index(batch_op.f("ix_participations_actor_id"))

    op.drop_table("participations")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_to_id"))
        batch_op.drop_index(batch_op.f("ix_links_from_id"))

    op.drop_table("links")
    with op.batch_alter_table("item_sectors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_sectors_sector"))

    op.drop_table("item_sectors")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_source_id"))
        batch_op.drop_index("ix_follow_ups_item_date")

    op.drop_table("follow_ups")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_source_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_item_id"))

    op.drop_table("evidence")
    op.drop_table("sources")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_items_status"))
        batch_op.drop_index("ix_items_kind_date")

    op.drop_table("items")
    op.drop_table("actors")
