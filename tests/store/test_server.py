"""The office server: opening a PostgreSQL database, `server init`, and what is refused."""

from __future__ import annotations

import psycopg
import pytest

from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.errors import StoreError, redacted
from hirt_desk.store.migrations import PG_SCHEMA_TABLE, SCHEMA_VERSION
from hirt_desk.store.server import init_server
from tests.conftest import PgTestServer


def _sql(server: PgTestServer, url: str, sql: str) -> None:
    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


def test_the_test_cluster_is_utf8_with_trigrams_for_cjk(pg_url: str) -> None:
    import psycopg
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_trgm")
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
        assert conn.execute("SELECT show_trgm('山田太郎') <> '{}'").fetchone() == (True,)


def test_init_creates_the_schema_once_and_open_binds_the_models(pg_url: str) -> None:
    assert init_server(pg_url) == SCHEMA_VERSION
    assert init_server(pg_url) == SCHEMA_VERSION        # again: nothing changes
    open_database(pg_url)
    try:
        from hirt_desk.store.models import Facility, on_server
        from hirt_desk.store.station import station_code
        assert on_server()
        assert Facility.select().count() > 0
        assert len(station_code()) == 3
    finally:
        close_database()


def test_an_uninitialised_database_is_refused_with_what_to_do(pg_url: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_database(pg_url)
    assert caught.value.reason == "not_initialised"
    assert "server init" in str(caught.value)


def test_another_programs_database_is_refused_and_left_alone(pg_server: PgTestServer, pg_url: str) -> None:
    _sql(pg_server, pg_url, "CREATE TABLE invoices (id integer)")
    for attempt in (init_server, open_database):
        with pytest.raises(StoreError) as caught:
            attempt(pg_url)
        assert caught.value.reason == "foreign"


def test_a_newer_schema_is_refused(pg_server: PgTestServer, pg_ready_url: str) -> None:
    _sql(pg_server, pg_ready_url, f'UPDATE "{PG_SCHEMA_TABLE}" SET "version" = {SCHEMA_VERSION + 1}')
    with pytest.raises(StoreError) as caught:
        open_database(pg_ready_url)
    assert caught.value.reason == "newer"


def test_a_database_that_is_not_utf8_is_refused_saying_how_to_create_one(pg_server: PgTestServer) -> None:
    pg_server.admin.execute("CREATE DATABASE latin TEMPLATE template0 ENCODING 'LATIN1' "
                            "LC_COLLATE 'C' LC_CTYPE 'C'")
    url = pg_server.cluster.url_for("latin")
    try:
        with pytest.raises(StoreError) as caught:
            init_server(url)
        assert caught.value.reason == "not_utf8"
        assert "createdb --encoding=UTF8" in str(caught.value)
    finally:
        pg_server.drop(url)


def test_a_utf8_database_under_the_c_locale_is_refused_and_left_empty(pg_server: PgTestServer) -> None:
    """UTF-8 but LC_CTYPE C: pg_trgm would find no trigrams in 山田太郎, so no CJK name could be
    found; `server init` says how to create the database, and leaves nothing behind."""
    pg_server.admin.execute("CREATE DATABASE ascii_ctype TEMPLATE template0 ENCODING 'UTF8' "
                            "LC_COLLATE 'C' LC_CTYPE 'C'")
    url = pg_server.cluster.url_for("ascii_ctype")
    try:
        with pytest.raises(StoreError) as caught:
            init_server(url)
        assert caught.value.reason == "not_utf8"
        assert "LC_CTYPE C" in str(caught.value) and "--locale=C.UTF-8" in str(caught.value)
        with psycopg.connect(url) as conn:
            left = conn.execute("SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'), "
                                "(SELECT count(*) FROM pg_tables WHERE schemaname = 'public')").fetchone()
            assert left == (0, 0)
    finally:
        pg_server.drop(url)


def test_wrong_password_and_unknown_host_are_said_apart(pg_server: PgTestServer, pg_url: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    pg_server.admin.execute("CREATE ROLE carol LOGIN PASSWORD 'right'")
    try:
        monkeypatch.setenv("PGPASSWORD", "wrong")
        url = pg_url.replace("postgres@", "carol@")
        with pytest.raises(StoreError) as caught:
            open_database(url)
        assert caught.value.reason == "wrong_password"
        assert "password authentication failed" in str(caught.value)
        with pytest.raises(StoreError) as caught:
            open_database("postgresql://carol@nohost.invalid/cases")
        assert caught.value.reason == "unknown_host"
    finally:
        pg_server.admin.execute("DROP ROLE carol")


def test_a_password_in_the_url_is_never_shown() -> None:
    assert redacted("postgresql://ann:s3cret@db.example:5432/cases?sslmode=require") == \
        "postgresql://ann@db.example:5432/cases?sslmode=require"
    error = StoreError("cannot_connect", "postgresql://ann:s3cret@db.example/cases")
    assert "s3cret" not in str(error)
