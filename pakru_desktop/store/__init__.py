"""Storage: SQLAlchemy models, engine set-up, Alembic migrations, seeding.

Knows SQL and SQLAlchemy; knows nothing of Qt or of how records are shown.
"""
