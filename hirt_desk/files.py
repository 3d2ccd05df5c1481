"""Writing the user's files: only to a regular file or a new name, never over a device, a folder
or another special file (as root, renaming a temporary file over /dev/full replaces the device).

Writers make a temporary file beside the destination and `replace_into` it; `check_output` is the
same check for a name chosen before anything is written (a save dialog, --out)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path


class NotARegularFile(OSError):
    """The destination exists and is a device, a pipe, a socket or another special file."""

    def __init__(self, path: Path | str, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is a {kind}, not a regular file", str(path))
        self.kind = kind


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def check_output(path: Path | str) -> None:
    """Raise unless `path` is a new name or an existing regular file (links are followed):
    IsADirectoryError for a folder, NotARegularFile for anything else."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return                  # a new name (or a folder missing: the write says so)
    except ValueError:          # an embedded NUL byte
        raise FileNotFoundError(errno.ENOENT, "not a valid file name", str(path)) from None
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    raise NotARegularFile(path, _kind(mode))


def replace_into(tmp: Path | str, out: Path | str) -> None:
    """Move a finished temporary file to `out`, once more checking what `out` is."""
    check_output(out)
    os.replace(tmp, out)


def copy_into(source: Path | str, out: Path | str) -> None:
    """Copy a finished file to `out` through a temporary file beside it (a regular file or a new
    name only; a failed copy leaves whatever `out` was)."""
    import shutil
    out = Path(out)
    check_output(out)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        shutil.copyfile(source, tmp)
        replace_into(tmp, out)
    except OSError as exc:
        if str(exc.filename) == str(tmp):   # the user chose `out`; the temporary name is ours
            exc.filename = str(out)
        raise
    finally:
        with contextlib.suppress(OSError):     # e.g. its folder is not one: the error above says so
            tmp.unlink(missing_ok=True)
