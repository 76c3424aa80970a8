"""Alembic migration scripts; run by ``pakru_desktop.store.migrate`` when a database opens."""
