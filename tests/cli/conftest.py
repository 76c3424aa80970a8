"""Run ``pakru`` in-process through ``main(argv)`` and capture what it prints."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from backends import SQLITE

from pakru_desktop.cli import main
from pakru_desktop.store.engine import sqlite_file


@dataclass
class Outcome:
    """Exit code and output of one ``pakru`` run."""

    code: int
    out: str
    err: str


_THE_TESTS_OWN = object()


@pytest.fixture
def pakru(capsys: pytest.CaptureFixture[str], db_url: str, backend: str):
    """``pakru(*args)`` runs the command on the test's seeded database.

    A SQLite database is named as users mostly name it, ``--db FILE``; a server by
    ``--database-url``. ``db=`` names another file, or ``None`` for none at all.
    """

    def run(*args: str, db: Path | None | object = _THE_TESTS_OWN) -> Outcome:
        if db is _THE_TESTS_OWN:
            where = (
                ["--db", sqlite_file(db_url)] if backend == SQLITE else ["--database-url", db_url]
            )
        else:
            where = ["--db", str(db)] if db is not None else []
        argv = [str(part) for part in where] + list(args)
        capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse usage errors and --version
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run
