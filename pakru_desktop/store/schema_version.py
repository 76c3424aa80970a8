"""The schema revisions and seed version this release knows; kept import-free so quick
readers and writers can check a file against them.

tests/store/test_migrations.py checks these against the Alembic scripts.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
# ``PRAGMA user_version`` of a database at SCHEMA_HEAD: the head's number (revisions are
# numbered 0001, 0002, …), so the file's header alone says which schema it holds. 0 is a
# file of a release that did not set it yet.
SCHEMA_NUMBER = int(SCHEMA_HEAD)

# The version of the seed file (``seed.SEED_FILE``); tests/store/test_seed.py checks the
# file says the same.
SEED_VERSION = 2
# The app_meta key recording which seed version the database's records were brought to.
SEED_VERSION_KEY = "seed_version"
