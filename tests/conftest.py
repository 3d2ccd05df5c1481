"""Hermetic tests: offscreen Qt, and settings, data folders and databases under tmp_path."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


def _offscreen_platform() -> str:
    """Offscreen Qt with a 1920 x 1080 screen (the plugin's default is 800 x 600, smaller than
    any office PC, which would clamp window sizes)."""
    config = Path(tempfile.gettempdir()) / "hirt-desk-test-screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "office", "x": 0, "y": 0, "width": 1920, "height": 1080,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = _offscreen_platform()


@pytest.fixture(autouse=True)
def _empty_caches_under_mutation_testing() -> None:
    """Under `./dev mutate` each test starts with the caches of the rules, planning and store code
    empty. mutmut records which tests call a function in one process and runs a mutant's tests in
    a process forked from it: a rule set compiled once by `get_rule_set` would tie the rule
    compiler to the first test only and hide its mutants from the rest. (A plain run keeps them.)"""
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    import sys
    packages = ("hirt_desk.rules", "hirt_desk.planning", "hirt_desk.store")
    for name, module in list(sys.modules.items()):
        if name.startswith(packages):
            for value in list(vars(module).values()):
                if getattr(value, "__module__", None) == name and hasattr(value, "cache_clear"):
                    value.cache_clear()



if "MUTANT_UNDER_TEST" in os.environ:
    # Under `./dev mutate` every test runs thousands of times: property tests draw a few fixed
    # examples, so the run is shorter and a mutant is killed (or not) the same way every time.
    from hypothesis import settings as _hypothesis

    _hypothesis.register_profile("mutation", max_examples=10, derandomize=True, deadline=None)
    _hypothesis.load_profile("mutation")

@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's data, config or settings."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite"


@pytest.fixture
def database(db_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """An open, empty case database bound to the models; closed afterwards. On SQLite its file's
    path; on PostgreSQL (tests about data, see `backend`) the URL of a fresh server database."""
    from hirt_desk.store.database import close_database, open_database
    where: Path | str = db_path
    if backend == "postgresql":
        where = request.getfixturevalue("pg_ready_url")
    open_database(where, busy_timeout_ms=200)
    yield where
    close_database()


@pytest.fixture
def missing_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str, str], None]]:
    """A computer without a script's font: `missing_font("th", "Waree", "fonts-tlwg-waree-ttf")`
    makes the resolver look for it where it is not."""
    import sys

    from hirt_desk.packets import fonts

    def remove(script: str, name: str, install: str) -> None:
        table = {**fonts._table(), script: {"install": install,
                                            "candidates": [{"name": name, "file": f"/nowhere/{name}.ttf"}]}}
        fonts.font_for.cache_clear()
        monkeypatch.setattr(fonts, "_table", lambda: table)
    yield remove
    if "hirt_desk.ui.jobs" in sys.modules:          # a packet may still be laid out in the background
        sys.modules["hirt_desk.ui.jobs"].wait_idle()
    fonts.font_for.cache_clear()


# -- both kinds of database: an SQLite file and a PostgreSQL server -------------------------------
# Tests about data (tests/store, tests/actions, tests/cli) that use the `database` fixture (or
# tests/cli's `db_arg`) run once per backend; `@pytest.mark.sqlite_only` keeps a test about the
# SQLite file itself (its header, -wal, locks, encryption, backups) on SQLite. HIRT_DESK_TEST_BACKENDS
# (default "sqlite,postgresql") narrows that, e.g. to "sqlite" on a machine without the server.
_BOTH_BACKENDS = ("tests/store/", "tests/actions/", "tests/cli/")


def _backends() -> list[str]:
    return [b for b in os.environ.get("HIRT_DESK_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    root = Path(__file__).resolve().parent.parent
    where = Path(str(metafunc.definition.fspath)).resolve().relative_to(root).as_posix()
    if where.startswith(_BOTH_BACKENDS) and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("backend", _backends(), indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": the kind of database the test's `database` is."""
    return str(getattr(request, "param", "sqlite"))


class PgTestServer:
    """The session's throwaway cluster, and fresh databases in it."""

    EMPTY = "hirt_empty"           # an empty UTF-8 database, the template of `pg_url`
    READY = "hirt_ready"           # the same with the schema (server init), the template of `database`

    def __init__(self, cluster: Any) -> None:
        import psycopg
        self.cluster = cluster
        self.admin = psycopg.connect(cluster.url, autocommit=True)
        self.count = 0
        self.admin.execute(f"CREATE DATABASE {self.EMPTY} TEMPLATE template0 ENCODING 'UTF8' "
                           "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        self._ready = False

    def new_database(self, template: str | None = None) -> str:
        """A new database (from `template`, by default the empty one); returns its URL."""
        if template == self.READY and not self._ready:
            from hirt_desk.store.server import init_server
            self.admin.execute(f"CREATE DATABASE {self.READY} TEMPLATE {self.EMPTY}")
            init_server(self.cluster.url_for(self.READY))
            self._ready = True
        self.count += 1
        name = f"t{self.count}"
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {template or self.EMPTY} STRATEGY FILE_COPY")
        return str(self.cluster.url_for(name))

    def drop(self, url: str) -> None:
        self.admin.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgTestServer]:
    """A PostgreSQL cluster of this test session (started on first use, ~2 s), removed at the end."""
    from tests.pg_server import bin_dir, throwaway_cluster
    if bin_dir() is None:
        pytest.fail("PostgreSQL's server is not installed: ./dev installs it (Debian package postgresql)")
    with throwaway_cluster() as cluster:
        server = PgTestServer(cluster)
        try:
            yield server
        finally:
            server.admin.close()


@pytest.fixture
def pg_url(pg_server: PgTestServer) -> Iterator[str]:
    """A fresh, empty UTF-8 database on the test server (no schema): its URL."""
    url = pg_server.new_database()
    yield url
    pg_server.drop(url)


@pytest.fixture
def pg_ready_url(pg_server: PgTestServer) -> Iterator[str]:
    """A fresh database with the current schema (as `server init` leaves it): its URL."""
    url = pg_server.new_database(PgTestServer.READY)
    yield url
    pg_server.drop(url)


_LOGINS = itertools.count(1)


@pytest.fixture
def pg_login(pg_server: PgTestServer) -> Iterator[Callable[[str, str], str]]:
    """`pg_login(url, name)`: a coordinator of the database at `url`, added as the README says
    (`users add`, password "pw-NAME", logging in over TCP with scram-sha-256); its URL (no
    password in it). The database's own `server init` runs first: a database copied from the
    test template has no staff groups of its own yet. Dropped afterwards."""
    import subprocess
    import sys

    import psycopg

    from hirt_desk.store.server import init_server
    made: list[tuple[str, str]] = []

    def make(url: str, name: str) -> str:
        login = f"{name}_{next(_LOGINS)}"
        init_server(url)
        env = {**os.environ, "HIRT_DESK_NEW_PASSWORD": f"pw-{name}-1234", "QT_QPA_PLATFORM": "offscreen"}
        added = subprocess.run([sys.executable, "-m", "hirt_desk", "--db", url, "users", "add", login,
                                "--name", name.title(), "--role", "coordinator"],
                               capture_output=True, text=True, env=env, timeout=120)
        assert added.returncode == 0, added.stderr
        made.append((url, login))
        return url.replace("postgres@", f"{login}@")

    yield make
    for url, login in made:
        with contextlib.suppress(Exception), psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{login}'")
            conn.execute(f"DROP OWNED BY {login}")
        with contextlib.suppress(Exception):
            pg_server.admin.execute(f"DROP ROLE IF EXISTS {login}")
