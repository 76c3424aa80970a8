"""Backups of a PostgreSQL database with the server's own tools: ``pg_dump`` in its custom
format, ``pg_restore`` in one transaction.

The connection's parts go to the tools through libpq's environment variables (``PGHOST``,
``PGPASSWORD``, ``PGSSLMODE`` …), never on their command line, which every user of the
machine can read in ``ps``. A tool that is missing, or refuses (another major version
than the server's, a role that may not read every table), is one sentence.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.store.engine import parse_url

# URL query options libpq also reads from the environment.
_QUERY_VARIABLES = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "sslcrl": "PGSSLCRL",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "service": "PGSERVICE",
    "passfile": "PGPASSFILE",
}
# A dump of a large database takes seconds; one that hangs for this long is stuck.
_TIMEOUT_SECONDS = 3600


def libpq_environment(url: str) -> dict[str, str]:
    """The environment that points libpq's tools at the database of ``url``."""
    parsed = parse_url(url)
    found = {
        "PGHOST": parsed.host,
        "PGPORT": str(parsed.port) if parsed.port else None,
        "PGUSER": parsed.username,
        "PGPASSWORD": parsed.password,
        "PGDATABASE": parsed.database,
    }
    for option, variable in _QUERY_VARIABLES.items():
        value = parsed.query.get(option)
        found[variable] = value if isinstance(value, str) else None
    return {name: str(value) for name, value in found.items() if value}


def dump(url: str, to: Path) -> None:
    """Write the whole database of ``url`` to the new file ``to`` (``pg_dump -Fc``)."""
    _run("pg_dump", ["--format=custom", "--no-owner", f"--file={to}"], url)


def restore(url: str, backup: Path) -> None:
    """Replace the database's contents with ``backup`` in one transaction (all or none)."""
    _run("pg_restore", ["--list", str(backup)], url)  # a dump of ours at all?
    # The database's name is no secret; the rest of the connection is in the environment.
    name = parse_url(url).database or ""
    options = ["--single-transaction", "--clean", "--if-exists", "--no-owner"]
    _run("pg_restore", [*options, f"--dbname={name}", str(backup)], url)


def _run(tool: str, arguments: list[str], url: str) -> None:
    program = shutil.which(tool)
    if program is None:
        raise StorageError(
            sentence(
                "{tool} is not installed here, so the server database cannot be backed up or "
                "restored from this machine; install PostgreSQL's client tools, or back it "
                "up on the server (pg_dump --format=custom).",
                tool=tool,
            )
        )
    environment = {**os.environ, **libpq_environment(url)}
    try:
        done = subprocess.run(
            [program, *arguments],
            env=environment,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise StorageError(
            sentence("{tool} could not be run: {reason}.", tool=tool, reason=str(error))
        ) from error
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()] or ["?"]
        raise StorageError(
            sentence(
                "{tool} refused: {reason}; nothing was changed.",
                tool=tool,
                reason=quoted(lines[0].removeprefix(f"{tool}: ").rstrip("."), 300),
            )
        )
