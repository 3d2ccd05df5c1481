"""Telling the other seats of an office server that a case changed (PostgreSQL LISTEN/NOTIFY).

Every saved change to a case sends `pg_notify('hirt_desk_changes', {"case", "version", "by"})`
inside its own transaction, so the notification goes out when the save commits and never for a
save that was rolled back. A window listens on a connection of its own, in a thread of its own
(`ChangeListener`; psycopg connections are never shared between threads), and hands what it
hears to its GUI thread. An SQLite file has one seat: nothing is sent or heard.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hirt_desk.store.models import db, on_server

CHANNEL = "hirt_desk_changes"
MANY = "*"          # the case id of a change to many cases at once (sample cases added)


@dataclass(frozen=True)
class CaseChanged:
    """A case saved at another seat (or at this one: `sender` is the saving session's server
    process, which the listener compares with its window's own)."""

    case_id: str
    version: int
    by: str
    sender: int


def publish(case_id: str, version: int, by: str) -> None:
    """Announce a saved change to a case; call inside the save's transaction."""
    if not on_server():
        return
    payload = json.dumps({"case": case_id, "version": version, "by": by}, ensure_ascii=False)
    db.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, payload))


def parse(payload: str, sender: int) -> CaseChanged | None:
    """A notification's payload, or None for one this release does not understand."""
    try:
        data = json.loads(payload)
        return CaseChanged(str(data["case"]), int(data["version"]), str(data.get("by") or ""), sender)
    except (ValueError, KeyError, TypeError):
        return None


class ChangeListener:
    """Listens for changes on its own connection, in its own thread, until `stop()`.

    `connect()` opens a new psycopg connection (the window's URL and password, read again at
    every attempt, so a password asked for meanwhile is used). `on_change` and `on_state` are
    called from the listening thread: the caller hands them to its GUI thread. `on_state(True)`
    after every (re)connection: changes sent while nobody listened are not replayed, so the
    window refreshes then; `on_state(False)` when the connection went away; it is tried again
    every `retry_s` seconds."""

    def __init__(self, connect: Callable[[], Any], on_change: Callable[[CaseChanged], None],
                 on_state: Callable[[bool], None], *, retry_s: float = 2.0, poll_s: float = 0.25) -> None:
        self._connect = connect
        self._on_change = on_change
        self._on_state = on_state
        self._retry_s = retry_s
        self._poll_s = poll_s
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._conn: Any = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        connected: bool | None = None
        while not self._stopping.is_set():
            try:
                conn = self._connect()
            except Exception:           # noqa: BLE001 - the server is away: try again later
                if connected is not False and not self._stopping.is_set():
                    connected = False
                    self._on_state(False)
                self._stopping.wait(self._retry_s)
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                connected = True
                if not self._stopping.is_set():          # stopped while connecting: tell nobody
                    self._on_state(True)
                while not self._stopping.is_set():
                    for note in conn.notifies(timeout=self._poll_s):
                        change = parse(note.payload, note.pid)
                        if change is not None and not self._stopping.is_set():
                            self._on_change(change)
            except Exception:           # noqa: BLE001 - the connection went away
                if not self._stopping.is_set():
                    connected = False
                    self._on_state(False)
                    self._stopping.wait(self._retry_s)
            finally:
                with contextlib.suppress(Exception):
                    conn.close()
