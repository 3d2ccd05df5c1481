"""psycopg, the PostgreSQL driver, loaded only when an office server is opened.

peewee imports psycopg when it is itself imported, and that is most of its import time (about
80 ms of 110, as much as a bare Qt window takes to show), although one coordinator on one PC
never talks to a server. `defer()` imports peewee with psycopg held back; `load()` (called
before connecting to a server) imports psycopg and gives peewee what its own import would have
set. tests/store/test_postgres_driver.py checks, in a fresh interpreter, that a window's start
loads no psycopg and that a server then works in full.
"""

from __future__ import annotations

import sys


def defer() -> None:
    """Import peewee without psycopg (a no-op when peewee is already imported)."""
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]     # "import psycopg" fails at once
    try:
        import peewee  # noqa: F401
    finally:
        if sys.modules.get("psycopg", ...) is None:
            del sys.modules["psycopg"]


def load() -> None:
    """Make sure peewee's PostgreSQL adapter has psycopg 3, importing it now if it was deferred."""
    import peewee
    if getattr(peewee, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb
    # the names peewee's module sets when its own `import psycopg` succeeds
    setattr(peewee, "psycopg", psycopg)            # noqa: B010
    setattr(peewee, "TransactionStatus", TransactionStatus)  # noqa: B010
    setattr(peewee, "Json_pg3", Json)              # noqa: B010
    setattr(peewee, "Jsonb_pg3", Jsonb)            # noqa: B010
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
