"""Run ``pakru`` in-process through ``main(argv)`` and capture what it prints."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pakru_desktop.cli import main


@dataclass
class Outcome:
    """Exit code and output of one ``pakru`` run."""

    code: int
    out: str
    err: str


@pytest.fixture
def pakru(capsys: pytest.CaptureFixture[str], db_path: Path):
    """``pakru(*args)`` runs the command on the test's seeded database."""

    def run(*args: str, db: Path | None = db_path) -> Outcome:
        argv = (["--db", str(db)] if db is not None else []) + list(args)
        capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse usage errors and --version
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run
