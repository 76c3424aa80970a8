"""Real ``pakru`` processes for crash and race tests, started in milliseconds.

One worker process imports the app once, then forks a child per job that runs
``pakru_desktop.cli.main(argv)``: separate processes with their own SQLite connections
and locks, as two shells would have, without paying the import time per process.
A child writes its exit code and output to a result file only when ``main`` returns,
so a child killed with SIGKILL leaves none.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from process_control import kill

__all__ = ["Forker", "Result", "kill"]

WORKER = r"""
import contextlib, io, json, os, signal, sys
from pakru_desktop.cli import main
import pakru_desktop.services.database, pakru_desktop.services.items  # noqa: F401
import pakru_desktop.store.opening, pakru_desktop.store.migrate  # noqa: F401
import alembic.command, alembic.config  # noqa: F401
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
print("ready", flush=True)
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        os.environ.update(job["env"])
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(job["argv"])
        partial = job["result"] + ".partial"
        with open(partial, "w") as handle:
            json.dump({"code": code, "out": out.getvalue(), "err": err.getvalue()}, handle)
        os.rename(partial, job["result"])
        os._exit(0)
    print(pid, flush=True)
"""


@dataclass
class Result:
    """What a child's ``main(argv)`` returned and printed."""

    code: int
    out: str
    err: str


class Forker:
    """A worker that starts ``pakru`` child processes on request."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.count = 0
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def start(self, *argvs: list[str]) -> list[tuple[int, Path]]:
        """Start one child per argv, all at once; their pids and result files."""
        assert self.process.stdin is not None and self.process.stdout is not None
        env = {k: v for k, v in os.environ.items() if k.startswith(("XDG_", "PAKRU_"))}
        results, lines = [], []
        for argv in argvs:
            self.count += 1
            result = self.scratch / f"result-{self.count}.json"
            results.append(result)
            lines.append(json.dumps({"argv": argv, "result": str(result), "env": env}))
        # One write: the children are forked microseconds apart.
        self.process.stdin.write("".join(f"{line}\n" for line in lines))
        self.process.stdin.flush()
        pids = [int(self.process.stdout.readline()) for _ in argvs]
        return list(zip(pids, results, strict=True))

    def run(self, *argvs: list[str], timeout: float = 30) -> list[Result]:
        """Run the argvs as simultaneous children and return their results."""
        return [wait_for(result, timeout) for _pid, result in self.start(*argvs)]

    def close(self) -> None:
        """Stop the worker."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


def wait_for(result: Path, timeout: float = 30) -> Result:
    """The result a child wrote, waiting for it to finish."""
    deadline = time.monotonic() + timeout
    while not result.exists():
        assert time.monotonic() < deadline, f"no result in {timeout} s"
        time.sleep(0.005)
    return Result(**json.loads(result.read_text()))



