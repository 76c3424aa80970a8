"""A database's address as logs, titles and messages show it: never with its password."""

from pakru_desktop.services.database import shown_url


def test_a_password_in_a_server_url_is_masked():
    shown = shown_url("postgresql+psycopg://ana:s3cret@db.example:5432/pakru?sslmode=require")
    assert "s3cret" not in shown
    assert shown == "postgresql+psycopg://ana:***@db.example:5432/pakru?sslmode=require"


def test_a_file_url_and_an_unreadable_one_show_no_secret():
    assert shown_url("sqlite:////tmp/pakru.sqlite3") == "sqlite:////tmp/pakru.sqlite3"
    assert "s3cret" not in shown_url("postgresql://ana:s3cret@[bad")
