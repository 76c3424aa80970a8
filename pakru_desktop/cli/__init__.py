"""The ``pakru`` command: the services, as plain text, CSV or JSON, with exit codes.

Exit codes: 0 success; 2 a user error (bad input, unknown id, locked or damaged
database), reported as one sentence on stderr with nothing written; 1 a bug,
logged with its traceback to the log file.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from pakru_desktop.cli.commands import run
from pakru_desktop.cli.parser import build_parser
from pakru_desktop.domain.errors import PakruError
from pakru_desktop.logging_setup import configure_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_BUG, EXIT_USER_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``pakru`` with ``argv`` (default: the process's arguments); return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return EXIT_USER_ERROR
    # Only errors reach stderr: a user error is printed by us, as one sentence.
    log_path = configure_logging(stderr_level=logging.CRITICAL)
    try:
        run(args)
    except PakruError as error:
        print(error, file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # `pakru list events | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("Interrupted; nothing more was written.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("Unexpected error in pakru %s", " ".join(argv or sys.argv[1:]))
        where = f"; details are in {log_path}" if log_path else ""
        print(f"Unexpected error (a bug in Pakru Desktop){where}.", file=sys.stderr)
        return EXIT_BUG
    return EXIT_OK
