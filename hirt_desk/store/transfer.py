"""Reading another HIRT Desk file beside the database bound to the models (an import).

The file is never changed: it is checked as `open_database` checks a file (not SQLite, another
program's, damaged, newer, encrypted without its passphrase: StoreError naming the file), copied
with SQLite's online backup API (consistent even while the app writes to it, its -wal included)
into a private temporary folder, and the copy is brought up to this release's schema. Rows are
read from the copy with plain SQL and each field's own conversion, so the same reader serves the
file and the server.

Upgrading a copy makes up ids for rows an older schema did not have; where those ids identify
records (schema 6's itinerary travellers) they are derived from what the row joins, so two
imports of one old file agree on them.
"""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from peewee import Database, DatabaseProxy, Model

from hirt_desk.store import encryption
from hirt_desk.store.errors import StoreError, translate

AnyDatabase = Database | DatabaseProxy     # a file's, or the one bound to the models (`db`)

# Ids made for records that an upgraded copy creates: stable for the same record (uuid5).
_STABLE = uuid.UUID("6b1f0c1e-5d0a-4f6e-9a57-1e2d3c4b5a69")


def stable_traveller_id(item_id: str, companion_id: str | None) -> str:
    return str(uuid.uuid5(_STABLE, f"itinerary_traveller/{item_id}/{companion_id or 'patient'}"))


def check_importable(path: Path, passphrase: str | None = None) -> str | None:
    """StoreError unless `path` is a HIRT Desk file this release can read (with `passphrase`
    when it is encrypted); returns the key it opens with (None: a plain file)."""
    key = passphrase if encryption.looks_encrypted(path) else None
    if encryption.inspect(Path(path), key) == 0:
        raise StoreError("empty", path)
    return key


@contextlib.contextmanager
def opened_copy(path: Path, passphrase: str | None = None) -> Iterator[Database]:
    """A connected, upgraded private copy of the HIRT Desk file at `path`; removed afterwards.
    StoreError (naming `path`) for a file that is not one, is newer, damaged, or encrypted
    without the right passphrase."""
    from hirt_desk.store.backup import keep_safety_copy
    from hirt_desk.store.database import connect, owner_only
    from hirt_desk.store.migrations import migrate
    path = Path(path)
    key = check_importable(path, passphrase)
    with owner_only(), tempfile.TemporaryDirectory(prefix="hirt-desk-import-") as folder:
        copy = Path(folder) / "copy.sqlite"
        try:
            keep_safety_copy(path, copy, passphrase=key)
        except StoreError as exc:
            raise StoreError(exc.reason, path, exc.detail) from None
        database = connect(copy, passphrase=key)
        try:
            try:
                database.connect()
                before, _ = migrate(database)
                if before < 6:
                    _stable_traveller_ids(database)
            except Exception as exc:
                known = translate(exc, path)
                if known is not None:
                    raise known from None
                raise
            yield database
        finally:
            database.close()


def _stable_traveller_ids(database: Database) -> None:
    """Schema 6 made an itinerary traveller row per item and traveller with a random id: give
    each the id its item and traveller determine."""
    rows = database.execute_sql('SELECT "id", "item_id", "companion_id" FROM "itinerary_traveller"')
    rows = rows.fetchall()
    with database.atomic():
        for old, item, companion in rows:
            database.execute_sql('UPDATE "itinerary_traveller" SET "id" = ? WHERE "id" = ?',
                                 (stable_traveller_id(item, companion), old))


def read_rows(database: AnyDatabase, model: type[Model], where: str = "", params: Sequence[Any] = (),
              order: str = "") -> list[dict[str, Any]]:
    """Rows of `model`'s table in `database` as dicts by field name, each value as the model
    would load it. `where` and `order` are SQL over quoted column names, `?` for parameters."""
    fields = model._meta.sorted_fields
    sql = (f'SELECT {", ".join(chr(34) + f.column_name + chr(34) for f in fields)} '
           f'FROM "{model._meta.table_name}"')
    if where:
        sql += f" WHERE {where}"
    if order:
        sql += f" ORDER BY {order}"
    if database.param != "?":
        sql = sql.replace("?", database.param)
    converters = [f.python_value for f in fields]
    names = [f.name for f in fields]
    return [{name: convert(value) for name, convert, value in zip(names, converters, row, strict=True)}
            for row in database.execute_sql(sql, tuple(params))]


def marks(values: Iterable[Any]) -> str:
    """`?, ?, ?` for an IN list of `values` (at least one mark: `IN (NULL)` matches nothing)."""
    count = len(list(values))
    return ", ".join(["?"] * count) if count else "NULL"


def rows_in(database: AnyDatabase, model: type[Model], column: str, values: Sequence[Any],
            order: str = "") -> list[dict[str, Any]]:
    """The rows of `model` whose `column` is one of `values`."""
    if not values:
        return []
    return read_rows(database, model, f'"{column}" IN ({marks(values)})', values, order)

