"""The staff list on a file (Settings → Staff): people added, renamed, given another role and
removed as tombstones, each change audited; and a list kept in the settings by an earlier
release moved into the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from hirt_desk.actions.staff import (
    StaffError,
    StaffMember,
    list_staff,
    move_settings_staff,
    save_staff_list,
)
from hirt_desk.store.models import AuditEntry, Staff


def staff_changes() -> list[tuple[str, str, str]]:
    return [(e.action, e.field, e.user) for e in
            AuditEntry.select().where(AuditEntry.table == "staff").order_by(AuditEntry.seq)]


@pytest.mark.sqlite_only
def test_the_list_is_saved_as_changes_and_removal_leaves_a_tombstone(database: Path) -> None:
    save_staff_list([StaffMember("sato", "Sato Hanako"), StaffMember("tanaka", "Tanaka", "manager")], "sato")
    save_staff_list([StaffMember("sato", "Sato Hana", "admin")], "sato")
    assert list_staff() == [StaffMember("sato", "Sato Hana", "admin")]
    gone = Staff.get(Staff.login == "tanaka")
    assert (gone.deleted_by, gone.deleted_at is not None) == ("sato", True)
    assert Staff.get(Staff.login == "sato").version == 2
    assert staff_changes() == [("create", "", "sato"), ("create", "", "sato"), ("update", "name", "sato"),
                               ("update", "role", "sato"), ("delete", "", "sato")]
    save_staff_list([StaffMember("sato", "Sato Hana", "admin"), StaffMember("tanaka", "Tanaka")], "sato")
    assert [m.login for m in list_staff()] == ["sato", "tanaka"]          # back, as a new record
    assert Staff.select().where(Staff.login == "tanaka").count() == 2


@pytest.mark.sqlite_only
def test_a_bad_list_changes_nothing(database: Path) -> None:
    save_staff_list([StaffMember("sato", "Sato")], "sato")
    for members, code in (([StaffMember("a b", "X")], "login"), ([StaffMember("x", "X", "boss")], "role"),
                          ([StaffMember("x", "X"), StaffMember("x", "Y")], "exists"),
                          ([StaffMember("x", " ")], "name")):
        with pytest.raises(StaffError) as caught:
            save_staff_list(members, "sato")
        assert caught.value.code == code
    assert list_staff() == [StaffMember("sato", "Sato")] and len(staff_changes()) == 1


@pytest.mark.sqlite_only
def test_a_settings_list_is_moved_once_and_what_is_no_login_left_out(database: Path) -> None:
    entries = [{"login": "sato", "name": "Sato Hanako"}, {"login": "two words"}, "junk", {"login": "ito"},
               {"login": "sato", "name": "again"}]
    assert move_settings_staff(entries, "setup") == 2
    assert list_staff() == [StaffMember("ito", "ito"), StaffMember("sato", "Sato Hanako")]
    assert move_settings_staff(entries, "setup") == 0                   # already there
    assert [c[0] for c in staff_changes()] == ["create", "create"]


def test_on_a_server_the_list_is_not_replaced_wholesale(database: Path, backend: str) -> None:
    """On a server people are added one by one, each with a password (users add)."""
    if backend == "sqlite":
        save_staff_list([StaffMember("sato", "Sato")], "sato")
        assert list_staff() == [StaffMember("sato", "Sato")]
        return
    with pytest.raises(StaffError) as caught:
        save_staff_list([StaffMember("sato", "Sato")], "sato")
    assert caught.value.code == "not_allowed" and list_staff() == []
    assert move_settings_staff([{"login": "sato"}]) == 0
