"""Alembic environment: always run on a connection handed over by the app.

There is no alembic.ini: ``pakru_desktop.store.migrate`` builds the config in
code and passes the open connection, already inside the one transaction the whole
migration runs in, in ``config.attributes["connection"]``.
"""

from alembic import context

from pakru_desktop.store.models import Base
from pakru_desktop.store.schema_compare import comparison_options

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # The search indexes (and a server's list indexes) are made by revisions in plain SQL,
    # not from the models: comparing with the models must leave them be.
    **comparison_options(connection.dialect.name),
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
    # Every revision in the caller's one transaction: all of them or none.
    transactional_ddl=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
