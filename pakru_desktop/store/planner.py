"""The query planner's statistics after a bulk write.

PostgreSQL plans each query from statistics its autovacuum gathers only some time after
a table changes; right after a bulk write of 100,000 records the first list filter took
18.8 s instead of 0.3 s. SQLite plans from its indexes alone (its ANALYZE is optional
and the app's queries do not need it).
"""

from __future__ import annotations

from sqlalchemy import Engine


def refresh_statistics(engine: Engine) -> None:
    """Gather the planner's statistics now, after a bulk write (a no-op on SQLite)."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
