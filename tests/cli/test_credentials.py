"""A server's password never leaves the URL it came in: not in the log, the output, an
error, the history or a repr; and libpq's options in the URL (TLS) pass through."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url

from pakru_desktop.logging_setup import log_file
from pakru_desktop.services.database import open_database
from pakru_desktop.services.history import item_history

pytestmark = pytest.mark.postgresql_only

SECRET = "Zq8-secret-pw"
_PAKRU = "import sys; from pakru_desktop.cli import main; sys.exit(main())"


def _with_password(url: str, **query: str) -> str:
    # The test server trusts loopback logins, so any password is accepted and ignored.
    return make_url(url).set(password=SECRET).update_query_dict(query).render_as_string(
        hide_password=False
    )


def _pakru(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _PAKRU, "--database-url", url, *args],
                          capture_output=True, text=True, env=dict(os.environ))  # fmt: skip


def test_the_password_is_in_no_output_log_error_or_history(db):
    url = _with_password(db.url)
    unreachable = make_url(url).set(port=1).render_as_string(hide_password=False)
    missing = make_url(url).set(database="no_such_database").render_as_string(hide_password=False)
    runs = [
        _pakru(url, "list", "events"),
        _pakru(url, "add-event", "--title", "Logged in with a password", "--date", "2025"),
        _pakru(url, "show", "999"),
        _pakru(url, "init"),  # refused: the database exists, and the sentence names it
        _pakru(unreachable, "list", "events"),
        _pakru(missing, "export", "--out", "."),
        _pakru("postgresql+psycopg://ana:" + SECRET + "@[bad", "list", "events"),
    ]
    assert [r.returncode for r in runs] == [0, 0, 2, 2, 2, 2, 2], [r.stderr for r in runs]
    assert "***" in runs[3].stderr  # the URL is shown, masked
    for run in runs:
        assert SECRET not in run.stdout + run.stderr, run.args
    assert log_file().exists() and SECRET not in log_file().read_text(encoding="utf-8")
    shown = open_database(url)
    try:
        assert SECRET not in repr(shown) and SECRET not in shown.display_name
        assert all(SECRET not in line.who + line.text for line in item_history(shown, 1))
    finally:
        shown.close()


def test_tls_options_in_the_url_reach_the_server(db):
    # The test server has no TLS: sslmode=require must make the connection fail (so it was
    # passed on), with a sentence, and sslmode=disable must work.
    refused = _pakru(_with_password(db.url, sslmode="require"), "list", "events")
    assert refused.returncode == 2 and "SSL" in refused.stderr and SECRET not in refused.stderr
    assert _pakru(_with_password(db.url, sslmode="disable"), "list", "events").returncode == 0
