"""Helpers the crash and race tests share for the processes they start and kill."""

from __future__ import annotations

import contextlib
import os
import signal
import time


def kill(pid: int) -> None:
    """SIGKILL a process and wait until it is gone (at most 10 s)."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.002)
    raise AssertionError(f"process {pid} did not die")
