"""Laptops against a real server: a throwaway PostgreSQL database as the office, an encrypted
SQLite file as the laptop, both driven through the command line as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Result, run_main  # noqa: F401  (the fixture, shared)

PASSPHRASE = "laptop-secret-1"


PASSWORD = "office-password-1"


class Office:
    """The office server and one laptop, each driven by `hirt-desk` commands. At the office Olga
    works under her own database login (a coordinator: the server records who she is); Lena, a
    coordinator too, carries the laptop and syncs it under her login."""

    def __init__(self, run: Callable[..., Result], admin_url: str, laptop: Path) -> None:
        self.run = run
        self.admin_url = admin_url                  # the owner's, who added the staff
        suffix = admin_url.rsplit("/", 1)[1]        # logins belong to the whole cluster
        self.olga, self.lena = f"olga_{suffix}", f"lena_{suffix}"
        self.url = admin_url.replace("postgres@", f"{self.olga}@", 1)
        self.laptop_server = admin_url.replace("postgres@", f"{self.lena}@", 1)
        self.laptop = str(laptop)

    def office(self, *args: str) -> Result:
        return self.run("--db", self.url, *args)

    def on_laptop(self, *args: str, user: str | None = None) -> Result:
        return self.run("--db", self.laptop, "--user", user or self.lena, *args)

    def ok(self, result: Result) -> Any:
        assert result.code == 0, (result.code, result.out, result.err)
        return result.json()

    def new_case(self, surname: str = "NGUYEN", **fields: str) -> dict[str, Any]:
        case: dict[str, Any] = self.ok(self.office("case", "new", "--surname", surname, "--given", "AN",
                                                   "--nationality", "VN", "--birth", "1960-05-01"))
        if fields:
            self.ok(self.office("case", "set", case["id"], *(f"{k}={v}" for k, v in fields.items())))
        return case

    def checkout(self, *cases: str) -> Any:
        return self.ok(self.on_laptop("checkout", "--server", self.laptop_server,
                                      *(a for c in cases for a in ("--case", c))))

    def sync(self) -> dict[str, int]:
        result: dict[str, int] = self.ok(self.on_laptop("sync"))
        return result

    def show(self, case: str, where: str) -> dict[str, Any]:
        run = self.office if where == "office" else self.on_laptop
        shown: dict[str, Any] = self.ok(run("case", "show", case))
        return shown

    def history(self, case: str, where: str) -> list[dict[str, Any]]:
        run = self.office if where == "office" else self.on_laptop
        rows: list[dict[str, Any]] = self.ok(run("history", case))
        return rows

    def conflicts(self, where: str) -> list[dict[str, Any]]:
        run = self.office if where == "office" else self.on_laptop
        rows: list[dict[str, Any]] = self.ok(run("conflicts"))
        return rows


@pytest.fixture
def office(request: pytest.FixtureRequest, pg_ready_url: str, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Office:
    return staffed_office(request.getfixturevalue("run_main"), pg_ready_url, tmp_path / "laptop.sqlite",
                          monkeypatch)


def staffed_office(run: Callable[..., Result], admin_url: str, laptop: Path,
                   monkeypatch: pytest.MonkeyPatch) -> Office:
    """The office at `admin_url` (its schema made by `server init` when new), Olga and Lena added
    as coordinators; the passphrase and the password in the environment."""
    monkeypatch.setenv("HIRT_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("HIRT_DESK_NEW_PASSWORD", PASSWORD)
    office = Office(run, admin_url, laptop)
    assert office.run("--db", admin_url, "server", "init").code == 0     # this database's roles
    for login, name in ((office.olga, "Olga Sato"), (office.lena, "Lena Kim")):
        added = office.run("--db", admin_url, "users", "add", login, "--name", name,
                           "--role", "coordinator")
        assert added.code == 0, added.err
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    return office


def on(where: str, passphrase: str | None = PASSPHRASE) -> Any:
    """A context where the models are bound to `where` (the laptop file or the server URL)."""
    import contextlib

    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.errors import is_server_url

    @contextlib.contextmanager
    def bound() -> Any:
        open_database(where, passphrase=None if is_server_url(where) else passphrase)
        try:
            yield
        finally:
            close_database()
    return bound()


def edit_companions(where: str, case_id: str, change: Callable[[list[Any]], list[Any]], user: str) -> None:
    """Save the case's companions as `change` makes them (add, remove, edit), as the window does."""
    from hirt_desk.actions.case_detail import load_case, save_case
    with on(where):
        detail = load_case(case_id)
        save_case(case_id, patient=detail.patient, companions=change(detail.companions), facts=detail.facts,
                  coordinator=detail.coordinator, packet_language=detail.packet_language, base=detail,
                  user=user)
