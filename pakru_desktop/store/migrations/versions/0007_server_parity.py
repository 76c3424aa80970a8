"""A server sorts and searches as SQLite does: text by code point, an empty value first,
and a word index.

SQLite compares text byte by byte (its BINARY collation, which for UTF-8 is code point
order, Python's order) and puts NULL before every value. A PostgreSQL database sorts
text by its locale's collation (``en_US`` ignores punctuation and case, for one) and
puts NULL last, so the same list came out in another order, and a window finding an
item's place in a long list (``queries.list_position``) compared as SQLite does. Here
the columns lists sort by get the "C" collation (code point order) and the list
indexes of 0006 are made again with NULLS FIRST, so the server reads a sorted list
from its index in SQLite's order.

The word index: a generated ``search_vector`` column per searched table, with a GIN
index, read with the text search configuration ``pakru_words`` (``simple`` behind
``unaccent``, punctuation first turned into spaces; see ``store.server_search``). The
expressions are written out here, not imported, so this revision stays what it was when
it was released. ``unaccent`` is a trusted extension (PostgreSQL 13 and later): the
database's owner may create it. Where it cannot be created, the configuration does
without it and accents count.

Nothing changes on SQLite.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 19:00:00
"""

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

_TEXT_COLUMNS = {"title_key": 300, "location_key": 200, "type": 32, "status": 32}
_LIST_INDEXES = {
    "ix_items_kind_date": ["kind", "date_start", "date_precision"],
    "ix_items_kind_due": ["kind", "due_start", "due_precision"],
    "ix_items_kind_title": ["kind", "title_key"],
    "ix_items_kind_location": ["kind", "location_key"],
    "ix_items_kind_status": ["kind", "status"],
    "ix_items_kind_status_date": ["kind", "status", "date_start", "date_precision"],
    "ix_items_kind_type": ["kind", "type"],
}
CONFIGURATION = "pakru_words"
ALIASES = f"{CONFIGURATION}_aliases"
# The parser's token types that hold words; each goes through the dictionaries.
_WORD_TOKENS = (
    "word, hword, hword_part, asciiword, asciihword, hword_asciipart, numword, numhword,"
    " hword_numpart"
)
# Table → (column expression, weight): A titles and names, B summaries, notes and
# aliases, C places and quotes, D article texts.
_VECTORS = {
    "items": (("title", "A"), ("summary", "B"), ("location", "C")),
    "follow_ups": (("note", "B"),),
    "evidence": (("quote", "C"),),
    "actors": (("name", "A"), (f"{ALIASES}(aliases)", "B")),
    "sources": (("title", "A"), ("text", "D")),
}


def _indexes(nulls: str) -> None:
    for name, (kind, *columns) in _LIST_INDEXES.items():
        op.execute(f"DROP INDEX {name}")
        ordered = ", ".join(f"{column}{nulls}" for column in columns)
        op.execute(f"CREATE INDEX {name} ON items ({kind}, {ordered})")


def _unaccent_available() -> bool:
    connection = op.get_bind()
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DBAPIError as error:
        log.warning("Searching without folding accents: cannot create unaccent (%s)", error)
        return False
    return True


def _vector(table: str) -> str:
    parts = [
        f"setweight(to_tsvector('{CONFIGURATION}', regexp_replace(coalesce({column}, ''),"
        f" '[[:punct:]]+', ' ', 'g')), '{weight}')"
        for column, weight in _VECTORS[table]
    ]
    return " || ".join(parts)


def upgrade() -> None:
    """Code point collation, NULLS FIRST indexes and the word index (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for column, length in _TEXT_COLUMNS.items():
        op.execute(f'ALTER TABLE items ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "C"')
    _indexes(" NULLS FIRST")

    dictionaries = "unaccent, simple" if _unaccent_available() else "simple"
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = simple)")
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} ALTER MAPPING FOR {_WORD_TOKENS}"
        f" WITH {dictionaries}"
    )
    # Aliases are a JSON list; a generated column may not call a set-returning function,
    # so an immutable function reads them as one text.
    op.execute(
        f"CREATE FUNCTION {ALIASES}(list json) RETURNS text LANGUAGE sql IMMUTABLE"
        " AS $$ SELECT coalesce(string_agg(value, ' '), '') FROM json_array_elements_text("
        "CASE WHEN json_typeof(list) = 'array' THEN list ELSE '[]'::json END) $$"
    )
    for table in _VECTORS:
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector"
            f" GENERATED ALWAYS AS ({_vector(table)}) STORED"
        )
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin (search_vector)")


def downgrade() -> None:
    """The database's own collation, PostgreSQL's default NULL order, no word index."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _VECTORS:
        op.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")
    op.execute(f"DROP FUNCTION {ALIASES}(json)")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION {CONFIGURATION}")
    for column, length in _TEXT_COLUMNS.items():
        op.execute(
            f"ALTER TABLE items ALTER COLUMN {column} TYPE VARCHAR({length})"
            ' COLLATE pg_catalog."default"'
        )
    _indexes("")
