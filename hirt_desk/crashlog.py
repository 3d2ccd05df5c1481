"""The crash log: what a developer needs to find a bug, and nothing about a patient.

An unexpected exception is written as its type and the frames it passed through (file, line,
function, source line) for it and the exceptions it was raised from. Exception messages and local
variable values are left out: they carry whatever the user typed (a name, a passport number).
The log folder is the user's only (0700) and so is the file (0600).
"""

from __future__ import annotations

import os
import platform
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

from hirt_desk import __version__

APP_NAME = "HIRT Desk"
LOG_NAME = "crash.log"


def log_dir() -> Path:
    """The user's log folder, e.g. ~/.local/state/HIRT Desk/log, %LOCALAPPDATA%\\HIRT Desk\\Logs."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _what(exc: BaseException) -> str:
    """The exception's type, and codes that say what failed without saying about whom."""
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ("builtins", "__main__"):
        name = f"{module}.{name}"
    codes = [f"{attr}={value}" for attr in ("errno", "sqlite_errorcode", "sqlite_errorname")
             if isinstance(value := getattr(exc, attr, None), int | str) and value != ""]
    detail = f" ({', '.join(codes)})" if codes else ""
    return f"{name}{detail}: [message withheld: may hold patient data]"


def format_crash(exc: BaseException) -> str:
    """The traceback of `exc` and its chain, without messages or local values."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    lines: list[str] = []
    for i, link in enumerate(reversed(chain)):
        if i:
            lines.append("\nThen, while handling it:\n")
        summary = traceback.StackSummary.extract(traceback.walk_tb(link.__traceback__),
                                                 capture_locals=False)
        lines.append("Traceback (most recent call last):\n")
        lines.extend(summary.format())
        lines.append(_what(link) + "\n")
    return "".join(lines)


def write_crash(exc: BaseException, where: str = "") -> Path | None:
    """Append `exc` to the crash log (created owner-only); its path, or None if it cannot be
    written (a crash log must never cause a second crash)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path.parent, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o600)
            fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} hirt-desk {__version__} "
                     f"(Python {platform.python_version()}, {platform.system()})"
                     f"{' in ' + where if where else ''}\n")
            fh.write(format_crash(exc))
        return path
    except OSError:
        return None


def write_current(where: str = "") -> Path | None:
    """`write_crash` for the exception being handled."""
    exc = sys.exc_info()[1]
    return write_crash(exc, where) if exc is not None else None


def exc_from(exc_type: type[BaseException], value: BaseException | None,
             tb: TracebackType | None) -> BaseException:
    """An exception object from excepthook's three arguments."""
    if value is None:
        value = exc_type()
    if tb is not None and value.__traceback__ is None:
        value = value.with_traceback(tb)
    return value
