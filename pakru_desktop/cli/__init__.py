"""The ``pakru`` command: the services, as plain text, CSV or JSON, with exit codes.

Exit codes: 0 success; 2 a user error (bad input, unknown id, locked or damaged
database), reported as one sentence on stderr with nothing written; 1 a bug,
logged with its traceback to the log file.
"""

from __future__ import annotations

import errno
import logging
import sys
from collections.abc import Sequence

from pakru_desktop.cli.commands import run
from pakru_desktop.cli.output import terminal_safe_output
from pakru_desktop.cli.parser import build_parser, parse_arguments
from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.quoting import one_line, quoted
from pakru_desktop.logging_setup import configure_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_BUG, EXIT_USER_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``pakru`` with ``argv`` (default: the process's arguments); return the exit code."""
    _tolerant_streams()
    arguments = list(sys.argv[1:] if argv is None else argv)
    undecodable = next((a for a in arguments if _has_undecodable_bytes(a)), None)
    if undecodable is not None:
        print(
            f"The argument {quoted(undecodable)} holds bytes that are not UTF-8 text; "
            "type it again, or check the terminal's encoding.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    # No program can be handed a NUL in an argument (C strings end there); one that comes
    # through main(argv) would reach file names and SQLite, which cannot take it.
    with_nul = next((a for a in arguments if "\x00" in a), None)
    if with_nul is not None:
        print(f"The argument {quoted(with_nul)} holds a NUL character; no option takes one.",
              file=sys.stderr)  # fmt: skip
        return EXIT_USER_ERROR
    args = parse_arguments(arguments)
    if getattr(args, "handler", None) is None:
        build_parser().print_help()
        return EXIT_USER_ERROR
    # Only errors reach stderr: a user error is printed by us, as one sentence.
    log_path = configure_logging(stderr_level=logging.CRITICAL)
    try:
        with terminal_safe_output(getattr(args, "format", "text") not in ("csv", "json")):
            run(args)
    except PakruError as error:
        print(one_line(str(error), limit=2000), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # `pakru list events | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return EXIT_OK
    except OSError as error:
        if error.errno not in _OUTPUT_ERRNOS:
            return _bug(arguments, log_path)
        # Output to a full disk or a closed descriptor: what was done is done, the report
        # of it is what failed.
        print(f"The output could not be written: {error.strerror}.", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrupted; nothing more was written.", file=sys.stderr)
        return 130
    except Exception:
        return _bug(arguments, log_path)
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as error:
        print(f"The output could not be written: {error.strerror}.", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


# Errors of writing the output itself (disk full, I/O error, a closed descriptor).
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EBADF, errno.EDQUOT}


def _bug(arguments: list[str], log_path: object) -> int:
    log.exception("Unexpected error in pakru %s", " ".join(arguments))
    where = f"; details are in {log_path}" if log_path else ""
    print(f"Unexpected error (a bug in Pakru Desktop){where}.", file=sys.stderr)
    return EXIT_BUG


def _has_undecodable_bytes(text: str) -> bool:
    # Python hands undecodable argument bytes over as lone surrogates (surrogateescape);
    # no surrogate at all is text a database can store.
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _tolerant_streams() -> None:
    """Print what a terminal cannot show as ``?`` rather than failing on it (a C locale,
    an ASCII pipe); surrogates in text read from the system are written escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace" if stream is sys.stdout else "backslashreplace")
