"""The case store: peewee models over an SQLite file or an office PostgreSQL server."""

from hirt_desk.store import postgres_driver

postgres_driver.defer()
