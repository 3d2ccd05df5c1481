"""An office server: a PostgreSQL database holding the same tables as an SQLite file.

`--db postgresql://LOGIN@HOST[:PORT]/DBNAME[?sslmode=…]` names one (contracts/team.md). libpq
takes the password the way its own tools do (PGPASSWORD, ~/.pgpass) and honours sslmode; the
URL is never stored or shown with a password in it (errors.redacted).

What an SQLite file keeps in its header (application_id, user_version) a server database keeps
in the table `hirt_desk_schema` (store/migrations.py); `server init` creates the schema, so that
the logins of the staff need no right to create tables. Opening refuses a database that cannot
be reached, is not UTF-8 (pg_trgm splits CJK names only in UTF-8), belongs to another program,
has no schema yet or an older or newer one, each with a StoreError saying what to do.
"""

from __future__ import annotations

from peewee import PostgresqlDatabase

from hirt_desk.store import postgres_driver
from hirt_desk.store.errors import StoreError, translate
from hirt_desk.store.migrations import (
    APPLICATION_ID,
    PG_SCHEMA_TABLE,
    SCHEMA_VERSION,
    migrate_server,
    server_version,
)

CONNECT_TIMEOUT_S = 10


def connect_server(url: str) -> PostgresqlDatabase:
    """A connected server database (psycopg 3), or StoreError("cannot_connect")."""
    postgres_driver.load()
    database = PostgresqlDatabase(url, prefer_psycopg3=True, connect_timeout=CONNECT_TIMEOUT_S,
                                  application_name="HIRT Desk")
    try:
        database.connect()
    except Exception as exc:
        raise StoreError("cannot_connect", url, _first_line(exc)) from None
    return database


def _first_line(exc: BaseException) -> str:
    """The server's or libpq's message, on one line, without the "connection failed:" prefix."""
    cause = exc.__cause__ or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    text = lines[0] if lines else type(cause).__name__
    return text.removeprefix("connection failed: ")


def check_encoding(database: PostgresqlDatabase, url: str) -> None:
    """A UTF-8 database, or StoreError("not_utf8")."""
    encoding, ctype = database.execute_sql(
        "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
        "WHERE datname = current_database()").fetchone()
    if encoding != "UTF8":
        raise StoreError("not_utf8", url, f"encoding {encoding}, LC_CTYPE {ctype}")


def check_trigrams(database: PostgresqlDatabase, url: str) -> None:
    """Names in every script are searchable: pg_trgm finds trigrams in a CJK name. It classifies
    characters by the database's LC_CTYPE, and under `C` (or a locale that is not UTF-8 on Linux)
    it finds none, so Chinese, Japanese and Korean names could never be found. Tried, not
    guessed from the locale's name: Windows locales ("English_United States") serve UTF-8
    databases well. Before `server init` has installed pg_trgm it is tried in a transaction that
    is rolled back."""
    with database.atomic() as transaction:
        if not database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone():
            database.execute_sql("CREATE EXTENSION pg_trgm")
        found = database.execute_sql("SELECT show_trgm('山田太郎')").fetchone()[0]
        ctype = database.execute_sql("SELECT datctype FROM pg_database "
                                     "WHERE datname = current_database()").fetchone()[0]
        transaction.rollback()
    if not found:
        raise StoreError("not_utf8", url, f"LC_CTYPE {ctype}: CJK names would not be searchable")


def _has_tables(database: PostgresqlDatabase) -> bool:
    return bool(database.execute_sql("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables "
                                     "WHERE schemaname = current_schema())").fetchone()[0])


def inspect_server(database: PostgresqlDatabase, url: str) -> int:
    """The schema version of a connected server database (0: empty, ours to fill); StoreError
    for one HIRT Desk must not use."""
    check_encoding(database, url)
    version = server_version(database)
    if version == 0:
        if _has_tables(database):
            raise StoreError("foreign", url)
        check_trigrams(database, url)
        return 0
    application_id = database.execute_sql(f'SELECT "application_id" FROM "{PG_SCHEMA_TABLE}"').fetchone()
    if application_id is None or application_id[0] != APPLICATION_ID:
        raise StoreError("foreign", url)
    if version > SCHEMA_VERSION:
        raise StoreError("newer", url, f"schema {version}, this release knows {SCHEMA_VERSION}")
    check_trigrams(database, url)
    return version


def open_server(url: str) -> PostgresqlDatabase:
    """Connect and check a server database that `server init` has prepared."""
    database = connect_server(url)
    try:
        version = inspect_server(database, url)
        if version == 0:
            raise StoreError("not_initialised", url)
        if version < SCHEMA_VERSION:
            raise StoreError("older", url, f"schema {version}, this release uses {SCHEMA_VERSION}")
    except Exception as exc:
        database.close()
        known = exc if isinstance(exc, StoreError) else translate(exc, url)
        if known is not None:
            raise known from None
        raise
    return database


def init_server(url: str) -> int:
    """`server init`: create the schema in an empty database or upgrade an older one, and give
    the staff's group roles their rights (store/roles.py), in one transaction; then the reference
    rows (facilities, the agency) and the station, which only the owner and admins may write.
    The login must own the database and may create roles (no superuser needed); running it
    again changes nothing. Returns the version."""
    from hirt_desk.store.roles import apply_grants
    database = connect_server(url)
    try:
        inspect_server(database, url)
        with database.atomic():
            migrate_server(database)
            apply_grants(database)
        _fill_reference_rows(database, url)
        return server_version(database)
    except Exception as exc:
        known = exc if isinstance(exc, StoreError) else translate(exc, url)
        if known is not None:
            raise known from None
        raise
    finally:
        database.close()


def _fill_reference_rows(database: PostgresqlDatabase, url: str) -> None:
    """The facilities, the agency's sample profile and the station, written as the owner so that
    a coordinator's first session finds them there (a coordinator may not write them)."""
    from hirt_desk.store.models import db
    from hirt_desk.store.reference import sync_reference_data
    from hirt_desk.store.station import server_place
    bound = db.obj
    db.initialize(database)
    try:
        sync_reference_data(server_place())
    finally:
        db.initialize(bound)          # as it was (a command's own database, or none)
