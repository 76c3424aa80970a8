"""Alembic environment: always run on a connection handed over by the app.

There is no alembic.ini: ``pakru_desktop.store.migrate`` builds the config in
code and passes the open connection in ``config.attributes["connection"]``.
"""

from alembic import context

from pakru_desktop.store.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
