"""The station of a database: the 3-character code in its case numbers (`HD-2026-K7M-0042`).

A station is one database in one place, so that numbers issued in two places never collide.
Beside the code, `local_info` remembers the place the database lives in: a digest of this
installation's id (a random id kept in the user's config folder, `installation-id`, made once)
and the database file's resolved path. When a database is opened somewhere else — the file
copied or moved to another PC or folder, a backup opened where it lies — or after a `restore`
(which marks the restored file), or when no place was recorded yet (a database from an earlier
release, which may have been copied already), it gets a new station: a random code not used
before by this database (its former stations, the origins in its audit trail, the stations in
its case numbers), with its counters starting fresh. Numbers already issued are kept; former
stations are listed in `local_info` (`stations-before`) for the record.

Numbers are reserved with one atomic statement (an upsert that adds to the counter and returns
it), so two writers can never be handed the same number, even where the database would let
them read the counter at the same time (a server).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import platformdirs

from hirt_desk.store.errors import StoreError
from hirt_desk.store.models import LocalInfo, db, on_server, sql_text

APP_NAME = "HIRT Desk"
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I
CODE_LENGTH = 3

STATION = "station"
PLACE = "station-place"
FORMER = "stations-before"
COUNTER_PREFIX = "seq-"
RESTORED = "restored"          # the place of a restored database: never the place it is opened in


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def installation_id() -> str:
    """This installation's random id (user config folder, `installation-id`, owner-only),
    made the first time it is asked for; processes starting at once agree on one."""
    path = config_dir() / "installation-id"
    known = _read_id(path)
    if known:
        return known
    from hirt_desk.store.database import owner_only, tighten
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with owner_only():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(uuid.uuid4().hex + "\n", encoding="ascii")
        tighten(tmp, 0o600)
        if path.exists():           # unreadable or damaged (empty): a new installation id
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)      # never over one another process made meanwhile
            except FileExistsError:
                pass                    # theirs is the one
            except OSError:             # no hard links on this file system
                if not path.exists():
                    os.replace(tmp, path)
    except OSError as exc:
        raise StoreError("cannot_create", path, exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    known = _read_id(path)
    if not known:
        raise StoreError("cannot_create", path, "the installation id could not be read back")
    return known


def _read_id(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if len(text) == 32 and all(c in "0123456789abcdef" for c in text) else None


def place_of(path: Path) -> str:
    """Where a database lives: this installation and the file's resolved path (a digest, so a
    copy of the database does not carry the user's folder names)."""
    where = os.path.normcase(str(Path(path).resolve()))
    return hashlib.sha256(f"{installation_id()}\n{where}".encode()).hexdigest()[:32]


def server_place() -> str:
    """The place of a server database: the server (its cluster's system identifier) and the
    database there, whichever PC connects to it, so every office PC shares one station."""
    row = db.execute_sql("SELECT (SELECT system_identifier FROM pg_control_system())::text, "
                         "current_database(), inet_server_port()").fetchone()
    return hashlib.sha256(f"server\n{row[0]}\n{row[1]}".encode()).hexdigest()[:32]


def current_place() -> str:
    """The place of the database bound to the models."""
    return server_place() if on_server() else place_of(Path(db.database))


def _value(key: str) -> str | None:
    row = LocalInfo.get_or_none(LocalInfo.key == key)
    return str(row.value) if row is not None else None


def needs_new_station(place: str) -> bool:
    """Whether the database bound to the models must get a new station in `place` (a read)."""
    return _value(STATION) is None or _value(PLACE) != place


def ensure_station(place: str) -> str | None:
    """Give the database a new station if it needs one in `place`; call inside a write
    transaction (BEGIN IMMEDIATE: another process opening it at once then finds it done).
    Returns the new code, or None when the station stays."""
    if not needs_new_station(place):
        return None
    old, old_place = _value(STATION), _value(PLACE)
    code = new_code(stations_seen())
    if old is not None:
        former: list[dict[str, Any]] = json.loads(_value(FORMER) or "[]")
        why = "restored" if old_place == RESTORED else "moved" if old_place else "unrecorded"
        former.append({"station": old, "until": datetime.now(UTC).isoformat(timespec="seconds"),
                       "why": why})
        _set(FORMER, json.dumps(former))
    LocalInfo.delete().where(LocalInfo.key.startswith(COUNTER_PREFIX)).execute()  # start fresh
    _set(STATION, code)
    _set(PLACE, place)
    return code


def _set(key: str, value: str) -> None:
    (LocalInfo.insert(key=key, value=value)
     .on_conflict(conflict_target=[LocalInfo.key], update={LocalInfo.value: value}).execute())


def stations_seen() -> set[str]:
    """Every station this database knows: its own, former ones, the origins of its audit
    trail and the stations in its case numbers (cases that came from elsewhere)."""
    seen = {s for s in (_value(STATION),) if s}
    seen |= {str(f["station"]) for f in json.loads(_value(FORMER) or "[]")}
    seen |= {row[0] for row in db.execute_sql('SELECT DISTINCT "origin" FROM "audit"') if row[0]}
    numbers = db.execute_sql(sql_text(
        'SELECT DISTINCT substr("number", 9, 3) FROM "case" WHERE "number" LIKE \'HD-____-___-%\''))
    seen |= {row[0] for row in numbers}
    return seen


def new_code(taken: set[str]) -> str:
    """A random station code that is not in `taken`."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def station_code() -> str:
    """The station of the database bound to the models. open_database gives it one; a database
    bound otherwise gets one here (call inside a write transaction then)."""
    code = _value(STATION)
    if code is None:
        code = ensure_station(current_place()) or str(_value(STATION))
    return code


# One statement: adds to the counter (created at `count` when absent) and returns the new value.
# Portable SQL (SQLite 3.35+, PostgreSQL): no read-then-write for two writers to interleave.
_ADVANCE = ('INSERT INTO "local_info" ("key", "value") VALUES (?, ?) '
            'ON CONFLICT ("key") DO UPDATE SET "value" = '
            'CAST(CAST("local_info"."value" AS INTEGER) + CAST(excluded."value" AS INTEGER) AS TEXT) '
            'RETURNING "value"')


def advance_counter(key: str, count: int) -> int:
    """Add `count` to the counter `key` atomically; returns its new value (the last reserved)."""
    if count < 1:
        raise ValueError("count must be at least 1")
    row = db.execute_sql(sql_text(_ADVANCE), (key, str(count))).fetchone()
    return int(row[0])


# One statement: raises the counter to `value` where it is lower (creates it at `value`).
_AT_LEAST = ('INSERT INTO "local_info" ("key", "value") VALUES (?, ?) '
             'ON CONFLICT ("key") DO UPDATE SET "value" = CASE '
             'WHEN CAST("local_info"."value" AS INTEGER) < CAST(excluded."value" AS INTEGER) '
             'THEN excluded."value" ELSE "local_info"."value" END')


def counter_at_least(key: str, value: int) -> None:
    """Make the counter `key` at least `value`: numbers up to it count as issued (numbers of
    this station brought in from another database, an import)."""
    db.execute_sql(sql_text(_AT_LEAST), (key, str(value)))


class _Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def mark_restored(connection: _Connection) -> None:
    """Mark a database just restored (on its own connection) so that its next open gives it a
    new station: this PC may have issued numbers after the backup was taken."""
    connection.execute('INSERT OR REPLACE INTO "local_info" ("key", "value") VALUES (?, ?)',
                       (PLACE, RESTORED))
