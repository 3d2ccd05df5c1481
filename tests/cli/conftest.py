from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


class Result:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., Result]:
    """Run `python -m hirt_desk ...` as a user would, with its own data folders."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}

    def run(*args: str, stdin: str | None = None) -> Result:
        proc = subprocess.run([sys.executable, "-m", "hirt_desk", *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=120)
        return Result(proc)
    return run


@pytest.fixture
def run_main() -> Callable[..., Result]:
    """Run the command line in this process (`cli.main`), for many runs or injected faults: the
    same exit status, stdout and stderr as the program, without starting Python each time."""
    import contextlib
    import io

    from hirt_desk.cli import main
    from hirt_desk.store.database import close_database

    def run(*args: str, stdin: str = "") -> Result:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                pytest.MonkeyPatch.context() as patch:
            patch.setattr(sys, "stdin", io.StringIO(stdin))
            try:
                code = main(list(args))
            except SystemExit as exc:            # argparse: --help, usage errors
                code = exc.code if isinstance(exc.code, int) else 2
            finally:
                close_database()
        return Result(subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue()))
    return run


@pytest.fixture
def db_arg(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> str:
    """What a test passes as --db: a new SQLite file's path, or (PostgreSQL) the URL of a fresh
    server database with the schema, as `server init` leaves it."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_ready_url"))
    return str(tmp_path / "cases.sqlite")


def db_digest(db: str) -> str:
    """A digest of everything stored in --db: the file's bytes, or every row of a server database
    (for "nothing was written" checks)."""
    import hashlib

    from hirt_desk.store.errors import is_server_url
    if not is_server_url(db):
        path = Path(db)
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"
    import psycopg
    digest = hashlib.sha256()
    with psycopg.connect(db) as conn:
        tables = [t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                             "ORDER BY tablename")]
        for table in tables:
            for row in conn.execute(f'SELECT t::text FROM "{table}" t ORDER BY t::text'):
                digest.update(f"{table}:{row[0]}\n".encode())
    return digest.hexdigest()


def db_sql(db: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run one statement on --db behind the program's back (an SQLite file or a server database;
    `?` placeholders) and commit; the rows it returns."""
    from hirt_desk.store.errors import is_server_url
    if is_server_url(db):
        import psycopg
        with psycopg.connect(db, autocommit=True) as conn:
            cursor = conn.execute(sql.replace("?", "%s"), params)
            return list(cursor.fetchall()) if cursor.description else []
    import contextlib
    import sqlite3
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        return list(conn.execute(sql, params).fetchall())
