"""Diagnostics without personal data: a rotating log in the user log folder with versions,
timings, error codes and stack traces. A trace keeps its frames (file, line, function) and
each exception's type, errno and error code, never an exception's message, a local or a
value: those can hold a child's name, note text, a file name or a passphrase. No Qt here."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path

LOG_NAME = "casefile.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("casefile")


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path("Casefile", appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_NAME


class ScrubbingFormatter(logging.Formatter):
    """Writes a record's own message (ours carry no personal data: codes, counts, timings)
    and, for an exception, only `scrubbed_trace`."""

    def formatException(self, ei) -> str:
        return scrubbed_trace(ei[1]) if ei and ei[1] is not None else ""

    def formatStack(self, stack_info: str) -> str:
        return ""  # a stack as text could hold source lines with values: left out


def describe(exc: BaseException) -> str:
    """Type, errno and error code: what tells a developer the kind of failure."""
    parts = [f"{type(exc).__module__}.{type(exc).__qualname__}"]
    if isinstance(exc, OSError) and exc.errno is not None:
        parts.append(f"errno={exc.errno}")
    code = getattr(exc, "code", None)
    if isinstance(code, str):
        parts.append(f"code={code}")
    return " ".join(parts)


def scrubbed_trace(exc: BaseException) -> str:
    """The frames of `exc` and of its causes, innermost last, without messages or locals."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        block = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}"
                 for f in traceback.extract_tb(current.__traceback__)]
        lines[:0] = ["Traceback (no messages, no values):", *block, describe(current)]
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def setup_logging(debug: bool = False, folder: Path | None = None) -> Path | None:
    """The rotating log file (and with `debug`, the same lines on stderr); the file's path,
    or None when the log folder cannot be written (Casefile runs on without a log)."""
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    log.propagate = False
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    formatter = ScrubbingFormatter(FORMAT)
    if debug:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        log.addHandler(stream)
    path = (folder or log_dir()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                       backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(formatter)
    log.addHandler(handler)
    return path


def log_start(command: str) -> None:
    from casefile import __version__

    log.info("start casefile %s command=%s python=%s os=%s %s%s", __version__, command,
             platform.python_version(), platform.system(), platform.release(),
             " frozen" if getattr(sys, "frozen", False) else "")


def log_exception(exc: BaseException, where: str) -> None:
    log.error("unexpected error in %s", where, exc_info=(type(exc), exc, exc.__traceback__))


def unexpected_sentence() -> str:
    return (f"Something unexpected went wrong; the details (no personal data) are in "
            f"{log_file()}.")
