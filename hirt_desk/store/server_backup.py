"""`backup` of an office server database: PostgreSQL's own `pg_dump`, where it is installed.

A server's backup is the server's tool's job (a consistent snapshot while everyone works, in a
format its `pg_restore` reads); HIRT Desk only runs it for the person who asked, into a new file
(written beside the destination, then renamed: never a half-written backup under the name), and
says clearly when the tool is missing or is older than the server. Restoring stays with the
server's administrator (`pg_restore`), since it replaces everyone's data.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from hirt_desk.store.errors import StoreError, redacted

DUMP_TIMEOUT_S = 3600


def pg_dump_program() -> Path | None:
    """pg_dump on PATH, else the newest of Debian's /usr/lib/postgresql/N/bin, or None."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return versions[-1] if versions else None


def dump_server(url: str, dest: Path) -> dict[str, object]:
    """Write the server database at `url` to `dest` (a folder gets a dated file name) in
    pg_dump's custom format; returns what the command line prints."""
    program = pg_dump_program()
    if program is None:
        raise StoreError("no_pg_dump", url)
    if dest.is_dir():
        name = url.split("?", 1)[0].rsplit("/", 1)[-1]
        dest = dest / f"hirt-desk-{name}-{datetime.now():%Y%m%d-%H%M%S}.dump"
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)     # as a file's backup makes its folder
        result = subprocess.run([str(program), "--format=custom", "--no-password",
                                 f"--file={partial}", f"--dbname={url}"],
                                capture_output=True, text=True, timeout=DUMP_TIMEOUT_S,
                                env={**os.environ, "PGCONNECT_TIMEOUT": "10"})
        if result.returncode != 0:
            raise StoreError(_reason(result.stderr), url, _first_line(result.stderr, url))
        os.replace(partial, dest)
    except OSError as exc:                  # the folder cannot be made or written
        raise StoreError("io", url, f"{exc.filename or dest}: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)
    return {"out": str(dest), "bytes": dest.stat().st_size, "format": "pg_dump custom"}


def _reason(stderr: str) -> str:
    text = stderr.lower()
    if "server version mismatch" in text or "aborting because of server version" in text:
        return "pg_dump_older"
    if "permission denied" in text:
        return "denied"
    return "cannot_connect"


def _first_line(stderr: str, url: str) -> str:
    """pg_dump's own message on one line, without its "pg_dump: error:" prefix or a password."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    text = lines[0] if lines else "pg_dump failed"
    text = re.sub(r"^pg_dump: (error: )?", "", text).removeprefix("connection to server ")
    return text.replace(url, redacted(url))
