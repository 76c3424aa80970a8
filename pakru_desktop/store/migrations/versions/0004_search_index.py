"""One search across everything: an FTS5 full-text index on SQLite.

Indexed: item titles, summaries and locations; follow-up notes; evidence quotes; actor
names and aliases; source titles and full texts. One FTS5 table per indexed table, each
an *external-content* table reading its text from the table it indexes:

- external content, not a plain FTS5 table: the texts (whole articles among them) are
  not stored twice, and ``snippet()`` can still show the words around a match, which a
  *contentless* table cannot (it keeps no text to cut a snippet from);
- one table per indexed table, not one over a UNION view: FTS5 reads a row's text by
  its rowid, which must be the indexed table's own ``id`` to be an indexed lookup.

Triggers on every indexed table keep the index in step with each insert, update and
delete, whichever program writes; an update only re-indexes when an indexed column is in
its SET list. Actor aliases are a JSON list: a view (``search_actor_texts``) gives the
index the aliases as plain words, the same expression the triggers use, so what is
removed from the index is exactly what was added. The index is filled from the rows
already there.

A later revision that rebuilds one of these tables (batch mode copies and drops it)
drops its triggers with it and must create them again.

PostgreSQL and other server databases get no index: search there falls back to LIKE.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 10:00:00
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OPTIONS = "tokenize='unicode61 remove_diacritics 2', prefix='2 3'"


# The words of a row's JSON list of aliases (NULL for none): each element in turn, by
# index. Not ``json_each``: FTS5 cannot read a content view that uses a table-valued
# function ('rebuild' fails with "SQL logic error"). Text that is not a JSON list counts as
# no aliases rather than making the write fail.
ALIASES = (
    "(WITH RECURSIVE list(j) AS (SELECT CASE WHEN json_valid({r}.aliases)"
    " AND json_type({r}.aliases) = 'array' THEN {r}.aliases ELSE '[]' END),"
    " n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n, list WHERE i + 1 < json_array_length(j))"
    " SELECT group_concat(json_extract(j, '$[' || i || ']'), ' ') FROM n, list)"
)

# index name → (table it indexes, {indexed column: its value in row {r}}).
INDEXES: dict[str, tuple[str, dict[str, str]]] = {
    "search_items": (
        "items",
        {"title": "{r}.title", "summary": "{r}.summary", "location": "{r}.location"},
    ),
    "search_follow_ups": ("follow_ups", {"note": "{r}.note"}),
    "search_evidence": ("evidence", {"quote": "{r}.quote"}),
    "search_actors": ("actors", {"name": "{r}.name", "aliases": ALIASES}),
    "search_sources": ("sources", {"title": "{r}.title", "text": "{r}.text"}),
}
# What the actors' index reads its text from.
ACTOR_TEXTS = "search_actor_texts"


def _create_index(name: str, table: str, columns: dict[str, str]) -> None:
    content = ACTOR_TEXTS if table == "actors" else table
    names = ", ".join(columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5({names},"
        f" content='{content}', content_rowid='id', {OPTIONS})"
    )
    new = ", ".join(e.format(r="new") for e in columns.values())
    old = ", ".join(e.format(r="old") for e in columns.values())
    add = f"INSERT INTO {name} (rowid, {names}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {name} ({name}, rowid, {names}) VALUES ('delete', old.id, {old});"
    op.execute(f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN {add} END")
    op.execute(f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN {remove} END")
    op.execute(
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {names} ON {table} BEGIN {remove} {add} END"
    )
    op.execute(f"INSERT INTO {name} ({name}) VALUES ('rebuild')")


def upgrade() -> None:
    """Create and fill the index (SQLite only)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    aliases = ALIASES.format(r="actors")
    op.execute(f"CREATE VIEW {ACTOR_TEXTS} AS SELECT id, name, {aliases} AS aliases FROM actors")
    for name, (table, columns) in INDEXES.items():
        _create_index(name, table, columns)


def downgrade() -> None:
    """Drop the index, its triggers and its view."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in INDEXES:
        for action in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_{action}")
        op.execute(f"DROP TABLE IF EXISTS {name}")
    op.execute(f"DROP VIEW IF EXISTS {ACTOR_TEXTS}")
