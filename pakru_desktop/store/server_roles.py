"""Who may change a server database: its roles.

The owner (who ran ``pakru init``) builds and upgrades the schema. A writer role may
read and change every record; a reader role may only read. A reader opens the app
read-only: its sessions are read-only transactions (``default_transaction_read_only``),
so a write the app did not foresee is refused by the server too, in a sentence.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from pakru_desktop.domain.errors import ValidationError, sentence


def role_may_write(engine: Engine) -> bool:
    """True if this connection's role may add, change and delete records (always, for a
    database without roles: SQLite in memory)."""
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as connection:
        return bool(
            connection.execute(
                text(
                    "SELECT has_table_privilege('items', 'INSERT')"
                    " AND has_table_privilege('items', 'UPDATE')"
                    " AND has_table_privilege('items', 'DELETE')"
                )
            ).scalar()
        )


def server_user(engine: Engine) -> str:
    """The database user this connection logs in as (what the history records on a
    server when no other name is set)."""
    with engine.connect() as connection:
        return str(connection.execute(text("SELECT current_user")).scalar())


def check_roles(connection: Connection, roles: tuple[str | None, ...]) -> None:
    """Refuse, in a sentence, a role the server does not have."""
    for role in roles:
        if role is not None and not connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
        ).first():
            raise ValidationError(
                sentence(
                    "There is no role {role} on the server; create it first "
                    "(CREATE ROLE {role} LOGIN).",
                    role=role,
                )
            )


def grant(connection: Connection, *, writer: str | None, reader: str | None) -> None:
    """Let ``writer`` read and change every record and ``reader`` read them, now and in
    tables later revisions add (the roles must exist)."""
    check_roles(connection, (writer, reader))
    for role, tables, sequences in (
        (writer, "SELECT, INSERT, UPDATE, DELETE", "USAGE, SELECT, UPDATE"),
        (reader, "SELECT", "SELECT"),
    ):
        if role is None:
            continue
        name = _identifier(connection, role)
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {name}")
        connection.exec_driver_sql(f"GRANT {tables} ON ALL TABLES IN SCHEMA public TO {name}")
        connection.exec_driver_sql(
            f"GRANT {sequences} ON ALL SEQUENCES IN SCHEMA public TO {name}"
        )
        connection.exec_driver_sql(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {tables} ON TABLES TO {name}"
        )
        connection.exec_driver_sql(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {sequences} ON SEQUENCES TO {name}"
        )


def _identifier(connection: Connection, role: str) -> str:
    return str(connection.execute(text("SELECT quote_ident(:role)"), {"role": role}).scalar())
