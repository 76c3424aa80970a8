"""``pakru`` under hostile input: every argument fuzzed, undecodable bytes, ``--opt=--``,
ids out of range, control characters, terminals that cannot show the output.

The contract: exit 0, or exit 2 with one sentence on one line and nothing written; never
exit 1, never a traceback.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from backends import as_url, digest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakru_desktop.cli import main
from pakru_desktop.resource_files import resource

V = object()  # where the fuzzed value goes
# A real article (it carries no date of its own: --published is read).
ARTICLE = str(resource("sources", "002_5ec651a3ebbb5176.txt"))

# Every command with each of its arguments in turn replaced by the fuzzed value.
PATTERNS: list[list[object]] = [
    ["show", V],
    ["show", "1", "--format", V],
    ["list", V],
    *[["list", "events", opt, V] for opt in ("--search", "--status", "--sector", "--from", "--to")],
    ["list", "follow-ups", "--search", V],
    ["list", "sources", "--search", V],
    ["add-event", "--title", V, "--date", "2025"],
    *[
        ["add-event", "--title", "T", "--date", "2025", opt, V]
        for opt in ("--type", "--location", "--summary", "--participant", "--sector", "--status")
    ],
    ["add-event", "--title", "T", "--date", V],
    ["add-event", "--title", "T", "--date", "2025", "--source-url", V, "--quote", "q"],
    ["add-item", V, "--title", "T", "--date", "2025"],
    ["add-item", "commitment", "--title", "T", "--date", "2025", "--due", V],
    ["follow-up", V, "--date", "2025", "--note", "n"],
    *[
        ["follow-up", "17", *(["--date", "2025"] if opt != "--date" else []), opt, V, "--note", "n"]
        for opt in ("--date", "--status", "--source", "--source-url")
    ],
    ["follow-up", "17", "--date", "2025", "--note", V],
    ["follow-up", "17", "--date", "2025", "--note", "n", "--source", "1", "--quote", V],
    ["set-status", V, "kept"],
    ["set-status", "17", V],
    *[["set-status", "17", "kept", opt, V] for opt in ("--date", "--note", "--source")],
    ["set-status", "17", "kept", "--source", "1", "--quote", V],
    ["edit", V, "--title", "x"],
    *[
        ["edit", "1", opt, V]
        for opt in (
            "--title",
            "--date",
            "--due",
            "--type",
            "--location",
            "--summary",
            "--participant",
            "--sector",
        )
    ],
    ["history", V],
    ["history", "1", "--format", V],
    ["delete", V],
    ["link", V, "implements", "2"],
    ["link", "1", V, "2"],
    ["link", "1", "mentions", V],
    ["link", "1", "mentions", "2", "--note", V],
    ["unlink", V],
    ["add-source", "--title", V],
    *[
        ["add-source", "--title", "T", opt, V]
        for opt in ("--publisher", "--url", "--published", "--language")
    ],
    *[["edit-source", "1", opt, V] for opt in ("--title", "--publisher", "--url", "--published")],
    ["edit-source", V, "--title", "T"],
    ["show-source", V],
    ["delete-source", V],
    ["add-evidence", V, "--source", "1", "--quote", "Putin"],
    ["add-evidence", "1", "--source", V, "--quote", "Putin"],
    ["add-evidence", "1", "--source", "1", "--quote", V],
    ["add-evidence", "1", "--source", "1", "--quote", "Putin", "--follow-up", V],
    ["remove-evidence", V],
    ["import-article", V, "--dry-run", "--published", "2025-09-02"],
    *[
        ["import-article", ARTICLE, "--dry-run", opt, V]
        for opt in ("--published", "--title", "--publisher", "--url", "--format")
    ],
    ["import-article", ARTICLE, "--yes", "--published", V],
    *[
        ["edit-actor", "2", opt, V]
        for opt in ("--name", "--kind", "--country", "--title", "--alias")
    ],
    ["edit-actor", V, "--name", "N"],
    ["merge-actors", V, "2"],
    ["merge-actors", "3", V],
    ["show-actor", V],
    ["delete-actor", V],
    ["import-csv", V, "--kind", "events"],
    ["import-csv", V, "--dry-run"],
    ["import-csv", "events.csv", "--kind", V],
    ["overview", "--as-of", V],
    ["overview", "--due-within", V],
    ["overview", "--format", V],
    ["list", "projects", "--overdue", "--search", V],
    # File names: run inside the test's own folder, so whatever is written stays there.
    ["add-source", "--title", "T", "--text-file", V],
    ["backup", "--to", V],
    ["restore", V],
    ["search", V],
    ["search", "x", "--kind", V],
    ["search", "x", "--limit", V],
    ["demo-data", "--count", V],
    ["demo-data", "--count", "5", "--seed", V],
    ["copy", "--from", V, "--to", "copy.sqlite3"],
    ["copy", "--from", "db.sqlite3", "--to", V],
]

SPECIAL = [
    "",
    "-",
    "--",
    "1_0",
    "+3",
    "0",
    "-1",
    "٣",
    str(2**63),
    str(2**70),
    "\x1b[31mred",
    "a\nb",
    "\x00",
    "=1+2",
    "a\udcff",
    "\ud800x",
    "17–18 Nov 2025",
    "2025-11-18/2025-11-17",
    "http://[bad",
    "Путин",
    "پاکستان",
    "x" * 5000,
]
VALUES = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(st.characters(blacklist_categories=()), max_size=40),  # surrogates included
    st.from_regex(r"\A[0-9]{0,20}\Z"),
    st.from_regex(r"\A--?[a-z=-]{0,8}\Z"),
)


def _digest(where) -> str:
    return digest(where)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "seed.sqlite3"
    assert main(["--db", str(path), "init"]) == 0
    return path


# A longer run on demand: PAKRU_FUZZ_EXAMPLES=100000 pytest tests/cli/test_hostile_arguments.py
FUZZ_EXAMPLES = int(os.environ.get("PAKRU_FUZZ_EXAMPLES", "250"))


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pattern=st.sampled_from(PATTERNS), value=VALUES)
def test_no_argument_makes_pakru_fail_or_write_half(pattern, value, template, tmp_path, capsys):
    path = tmp_path / "db.sqlite3"
    shutil.copyfile(template, path)
    before = _digest(path)
    argv = ["--db", str(path), *(value if part is V else part for part in pattern)]
    capsys.readouterr()
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        os.chdir(here)
    err = capsys.readouterr().err
    assert code in (0, 2), (argv, err)
    assert "Traceback" not in err and "Logging error" not in err
    if code == 2:
        assert err.count("\n") == 1 and err.strip(), (argv, err)
        assert _digest(path) == before, argv


def test_ids_are_plain_digits_in_range(pakru, db_url):
    before = _digest(db_url)
    for bad in ("1_0", "+3", "٣", " 7", str(2**31), str(2**63), "-1", "0"):
        result = pakru("delete", bad)
        assert result.code == 2 and "is not an id" in result.err, bad
    assert _digest(db_url) == before
    missing = pakru("show", str(2**31 - 1))  # in range on both back ends: simply not there
    assert (missing.code, missing.err) == (2, f"There is no item with id {2**31 - 1}.\n")


def test_a_double_dash_value_is_taken_literally(pakru):
    assert pakru("edit", "1", "--title=--").code == 0
    assert "#1 " in pakru("show", "1").out and "Title:        --" in pakru("show", "1").out
    assert pakru("show", "1", "--format=--").code == 2


def test_control_characters_are_refused_but_line_breaks_in_paragraphs_are_kept(pakru, db_url):
    before = _digest(db_url)
    for args in (("--title", "A\x1b[31mB"), ("--summary", "bell\x07"), ("--location", "\x7f")):
        result = pakru("edit", "1", *args)
        assert result.code == 2 and "not text" in result.err and result.err.count("\n") == 1
    # No process can be handed a NUL; one passed to main() is refused before parsing.
    result = pakru("edit", "1", "--location", "a\x00b")
    assert result.code == 2 and "holds a NUL character" in result.err
    assert _digest(db_url) == before
    assert pakru("edit", "1", "--summary", "First line.\nSecond\tline.").code == 0


def test_messages_quote_input_on_one_line(pakru):
    result = pakru("edit-actor", "2", "--kind", "per\nson\x1b[2J")
    assert result.code == 2 and result.err.count("\n") == 1
    assert "per\\nson\\x1b[2J" in result.err


def test_an_empty_date_in_an_edit_is_refused_not_taken_as_today(pakru):
    result = pakru("edit", "1", "--date", "")
    assert (result.code, result.err) == (2, "The date cannot be empty.\n")


def _pakru_process(*args: str | bytes, db, **run) -> subprocess.CompletedProcess[bytes]:
    code = "import sys; from pakru_desktop.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, "--database-url", as_url(db), *args],
        capture_output=True,
        **run,
    )


def test_undecodable_argument_bytes_are_refused_with_a_sentence(db_url):
    before = _digest(db_url)
    result = _pakru_process("add-source", "--title", b"A\xff", db=db_url)
    assert result.returncode == 2, result.stderr
    assert b"not UTF-8" in result.stderr and result.stderr.count(b"\n") == 1
    assert _digest(db_url) == before


def test_a_terminal_that_cannot_show_the_text_gets_replacement_marks(db_url):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = _pakru_process("show", "1", db=db_url, env=env)
    assert result.returncode == 0, result.stderr
    assert b"?" in result.stdout


def test_output_to_a_full_disk_is_a_sentence_not_a_crash(db_url):
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pakru_desktop.cli import main; sys.exit(main())",
                "--database-url",
                str(db_url),
                "show",
                "1",
            ],
            stdout=full,
            stderr=subprocess.PIPE,
        )
    assert result.returncode == 2
    assert b"could not be written" in result.stderr


def test_a_file_name_too_long_for_the_file_system_is_a_sentence(pakru, tmp_path):
    long = "x" * 5000
    for argv in (
        ["restore", long],
        ["backup", "--to", long],
        ["import-csv", long, "--kind", "events"],
        ["export", "--out", str(tmp_path / long)],
    ):
        result = pakru(*argv)
        assert result.code == 2 and "too long" in result.err.lower(), argv[0]


def test_a_path_naming_an_unknown_user_is_a_sentence(pakru, tmp_path):
    for argv in (
        ["import-csv", "~nobody-here/events.csv"],
        ["export", "--out", "~nobody-here"],
        ["backup", "--to", "~nobody-here/copy.sqlite3"],
        ["restore", "~nobody-here/b"],
    ):
        result = pakru(*argv)
        assert result.code == 2 and "names no user of this computer" in result.err, argv
    assert pakru("list", "events", db=Path("~nobody-here/x.sqlite3")).code == 2


@pytest.mark.parametrize("long", ["x" * 5000, "a/" * 3000], ids=["name", "folders"])
def test_a_database_path_too_long_for_the_file_system_is_a_sentence(pakru, long):
    for argv in (
        ["list", "events"],
        ["show", "1"],
        ["add-event", "--title", "T", "--date", "2025"],
        ["follow-up", "1", "--note", "N", "--date", "2025"],
        ["init"],
        ["export", "--out", "."],
        ["copy", "--from", long, "--to", "copy.sqlite3"],
    ):
        result = pakru(*argv, db=Path(long))
        assert result.code == 2, (argv, result.err)
        assert "cannot be read" in result.err and result.err.count("\n") == 1, argv


def test_a_copy_into_memory_is_refused(pakru, tmp_path):
    for target in ("sqlite://", "sqlite:///:memory:"):
        result = pakru("copy", "--from", str(tmp_path / "db.sqlite3"), "--to", target, db=None)
        assert result.code == 2 and "not memory" in result.err, target
