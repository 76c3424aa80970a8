"""Two colleagues' ``pakru`` processes editing one item at once: one succeeds, the other
gets a conflict (exit 2) naming who changed what and when; no update is ever lost. On
both back ends."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pakru_desktop.services.database import open_database
from pakru_desktop.services.history import item_history
from pakru_desktop.services.items import get_item

_PAKRU = "import sys; from pakru_desktop.cli import main; sys.exit(main())"


def _start(url: str, who: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PAKRU_USER": who}
    return subprocess.Popen(
        [sys.executable, "-c", _PAKRU, "--database-url", url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_editing_one_item_give_one_success_and_one_conflict(db, round_):
    version = get_item(db, 1).version
    edits = {"ana": "Great Hall of the People", "bilal": "Tianjin Meijiang Centre"}
    running = {
        who: _start(db.url, who, "edit", "1", "--location", place, "--if-version", str(version))
        for who, place in edits.items()
    }
    done = {who: (p.wait(60), *p.communicate()) for who, p in running.items()}
    codes = sorted(code for code, _out, _err in done.values())
    assert codes == [0, 2], done
    (winner,) = [who for who, (code, _o, _e) in done.items() if code == 0]
    (loser,) = [who for who, (code, _o, _e) in done.items() if code == 2]
    err = done[loser][2]
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"Item 1 was changed by {winner} at " in err and "(location)" in err
    assert "nothing was written" in err
    fresh = open_database(db.url)
    try:
        detail = get_item(fresh, 1)
        assert detail.row.location == edits[winner]  # the winner's edit, not lost
        assert detail.version == version + 1  # and the loser wrote nothing
        assert [line.who for line in item_history(fresh, 1)].count(loser) == 0
    finally:
        fresh.close()


def test_a_stale_edit_names_the_field_changed_meanwhile(pakru):
    version = json.loads(pakru("show", "1", "--format", "json").out)["version"]
    assert pakru("edit", "1", "--title", "First", "--if-version", str(version)).code == 0
    stale = pakru("edit", "1", "--title", "Second", "--if-version", str(version))
    assert stale.code == 2 and "(title)" in stale.err and "UTC" in stale.err
