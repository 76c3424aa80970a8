"""Server roles: ``pakru init`` grants a writer and a reader; a reader's ``pakru`` reads
everything and changes nothing, each write refused in one sentence (exit 2)."""

from __future__ import annotations

import pytest
from backends import (
    create_database,
    database_url,
    drop_database,
    raw_connect,
    table_counts,
    unique_name,
)
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pakru_desktop.cli import main
from pakru_desktop.services.database import open_database
from pakru_desktop.services.history import item_history

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def roles(pg_admin):
    """A writer and a reader role, made for this test and dropped after it."""
    names = {"writer": unique_name("writer"), "reader": unique_name("reader")}
    with pg_admin.connect() as connection:
        for name in names.values():
            connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    yield names
    with pg_admin.connect() as connection:
        for name in names.values():
            connection.execute(text(f'DROP OWNED BY "{name}"'))
            connection.execute(text(f'DROP ROLE "{name}"'))


@pytest.fixture
def new_server_database(pg_admin, backend):
    """The URL of a new, empty database on the server (no schema yet)."""
    name = unique_name("roles")
    create_database(pg_admin, name)
    yield database_url(pg_admin, name)
    drop_database(pg_admin, name)


def _as(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_init_grants_a_writer_and_a_reader_and_the_reader_only_reads(
    capsys, roles, new_server_database
):
    url = new_server_database
    code, out, err = _run(capsys, "--database-url", url, "init", "--writer-role",
                          roles["writer"], "--reader-role", roles["reader"])  # fmt: skip
    assert code == 0, err
    assert f"{roles['writer']} may read and change it" in out
    assert f"{roles['reader']} may read it" in out

    writer = _as(url, roles["writer"])
    code, out, err = _run(capsys, "--database-url", writer, "add-event", "--title", "By the writer",
                          "--date", "2025-12-01")  # fmt: skip
    assert code == 0, err
    # With no name set, the history names the database user who made the change.
    owner = open_database(url)
    try:
        assert {line.who for line in item_history(owner, int(out))} == {roles["writer"]}
    finally:
        owner.close()

    reader = _as(url, roles["reader"])
    before = table_counts(url, ("items", "history", "follow_ups"))
    code, out, _err = _run(capsys, "--database-url", reader, "list", "events", "--search", "writer")
    assert code == 0 and "By the writer" in out
    db = open_database(reader)
    try:
        assert db.read_only
    finally:
        db.close()
    for argv in (
        ["add-event", "--title", "By the reader", "--date", "2025"],
        ["edit", "1", "--title", "Renamed by the reader"],
        ["follow-up", "1", "--note", "Seen", "--date", "2025"],
        ["delete", "1"],
    ):
        code, out, err = _run(capsys, "--database-url", reader, *argv)
        assert code == 2, (argv, err)
        assert err == "You may only read this database (your server role may not change it); " \
            "nothing was changed.\n", argv  # fmt: skip
    assert table_counts(url, ("items", "history", "follow_ups")) == before


def test_init_refuses_a_role_the_server_lacks_and_creates_nothing(capsys, new_server_database):
    code, _out, err = _run(capsys, "--database-url", new_server_database, "init",
                           "--reader-role", "nobody_by_this_name")  # fmt: skip
    assert code == 2 and "There is no role nobody_by_this_name on the server" in err
    code, _out, err = _run(capsys, "--database-url", new_server_database, "init")
    assert code == 0, err  # nothing was created by the refused one


def test_init_refuses_a_database_that_already_holds_records(capsys, db):
    code, _out, err = _run(capsys, "--database-url", db.url, "init")
    assert code == 2 and "already exists" in err and "it was left as is" in err


def test_init_refuses_a_database_that_cannot_fold_cyrillic_case(capsys, pg_admin, backend):
    name = unique_name("ctype")
    options = "TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C' LC_COLLATE 'C'"
    with pg_admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" {options}'))
    try:
        url = database_url(pg_admin, name)
        code, _out, err = _run(capsys, "--database-url", url, "init")
        assert code == 2 and "cannot compare Cyrillic without case" in err
        with raw_connect(url) as rows:  # and nothing was built
            tables = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            assert rows.execute(tables).fetchone()[0] == 0
    finally:
        drop_database(pg_admin, name)
