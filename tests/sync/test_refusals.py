"""A server that cannot be reached, a refused login, another office's laptop, a file that is no
laptop's: exit 2, one line, nothing changed on either side."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli.conftest import Result, db_digest
from tests.conftest import PgTestServer
from tests.sync.conftest import PASSWORD, Office, on


def _bytes(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _one_line_refusal(result: Result) -> str:
    assert result.code == 2, result.err
    err = result.err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_an_unreachable_server_changes_nothing(office: Office) -> None:
    case = office.new_case()
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "facts.ecog=1"))
    from hirt_desk.store import laptop
    with on(office.laptop):
        from hirt_desk.store.database import write_transaction
        with write_transaction():
            laptop.put(laptop.SERVER, office.url.replace(office.url.split(":")[2].split("/")[0], "1"))
    before, server_before = _bytes(office.laptop), db_digest(office.url)
    err = _one_line_refusal(office.on_laptop("sync"))
    assert "cannot be reached" in err
    assert _bytes(office.laptop) == before and db_digest(office.url) == server_before


def test_a_refused_login_changes_nothing(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lena's password changed at the office (or mistyped): the sync is refused in one line that
    does not show it, and nothing changes on either side; with the right one it goes through."""
    case = office.new_case()
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "facts.ecog=1"))
    monkeypatch.setenv("PGPASSWORD", "wrong")
    before, server_before = _bytes(office.laptop), db_digest(office.admin_url)
    err = _one_line_refusal(office.on_laptop("sync"))
    assert "refused this login" in err and "wrong" not in err
    assert _bytes(office.laptop) == before and db_digest(office.admin_url) == server_before
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert office.sync()["pushed"] == 2           # the fact and its screening


def test_a_laptop_of_another_office_is_refused(office: Office, pg_server: PgTestServer) -> None:
    case = office.new_case()
    office.checkout(case["id"])
    other = pg_server.new_database(PgTestServer.READY)
    import psycopg
    with psycopg.connect(other, autocommit=True) as conn:     # its own `server init`, its own id
        conn.execute('UPDATE "hirt_desk_schema" SET "database_id" = gen_random_uuid()::text')
    try:
        before = _bytes(office.laptop)
        err = _one_line_refusal(office.on_laptop("checkout", "--server", other, "--assigned-to", "x"))
        assert "another office" in err
        assert _bytes(office.laptop) == before
    finally:
        pg_server.drop(other)


def test_sync_of_a_database_that_is_no_laptop_is_refused(office: Office, tmp_path: Path) -> None:
    plain = str(tmp_path / "desk.sqlite")
    office.ok(office.run("--db", plain, "demo", "--cases", "1"))
    err = _one_line_refusal(office.run("--db", plain, "sync"))
    assert "checkout" in err
    err = _one_line_refusal(office.run("--db", str(tmp_path / "none.sqlite"), "sync"))
    assert "checkout" in err and not (tmp_path / "none.sqlite").exists()
    err = _one_line_refusal(office.run("--db", office.url, "sync"))
    assert "laptop" in err


def test_checkout_of_an_unknown_case_creates_no_laptop(office: Office) -> None:
    err = _one_line_refusal(office.on_laptop("checkout", "--server", office.url,
                                             "--case", "HD-1999-XXX-0001"))
    assert "no case" in err and not Path(office.laptop).exists()


def test_a_wrong_passphrase_is_refused(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    office.checkout(office.new_case()["id"])
    before = _bytes(office.laptop)
    monkeypatch.setenv("HIRT_DESK_PASSPHRASE", "not-the-passphrase")
    err = _one_line_refusal(office.on_laptop("sync"))
    assert "passphrase" in err and _bytes(office.laptop) == before
