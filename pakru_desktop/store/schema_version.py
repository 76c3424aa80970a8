"""The schema revisions this release knows; kept import-free so quick readers can check them.

tests/store/test_migrations.py checks these against the Alembic scripts.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
