"""Alembic environment: always run on a connection handed over by the app.

There is no alembic.ini: ``pakru_desktop.store.migrate`` builds the config in
code and passes the open connection, already inside the one transaction the whole
migration runs in, in ``config.attributes["connection"]``.
"""

from alembic import context

from pakru_desktop.store.models import Base
from pakru_desktop.store.search_index import is_index_object

config = context.config
connection = config.attributes["connection"]



def _modelled(name, type_, _parent_names):
    # The full-text index (its tables, their shadow tables, its view) is made by revision
    # 0004 in plain SQL, not from the models: comparing with the models must leave it be.
    return not (type_ == "table" and is_index_object(name))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=_modelled,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
    # Every revision in the caller's one transaction: all of them or none.
    transactional_ddl=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
