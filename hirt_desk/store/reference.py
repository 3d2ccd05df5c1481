"""Reference rows that come from files in resources/: facilities and the sample agency profile.

A facility's profile file is the source of truth; its row is refreshed when the file changes so
that cases keep pointing at the same facility id.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hirt_desk.facilities import facility_profiles
from hirt_desk.paths import resources_dir
from hirt_desk.store.models import Agency, Facility, utcnow, write_lock


def sync_reference_data(place: str | None = None) -> None:
    """Bring the reference rows up to date and, with `place` (store/station.py), the station;
    writes (taking the write lock up front, as another process may be opening the file too)
    only when something changed, so opening a database another program is writing to does not
    wait for it. Inside the write both are checked again: another process may have done it."""
    from hirt_desk.store import station
    if sync(write=False) or (place is not None and station.needs_new_station(place)):
        with write_lock():
            sync(write=True)
            if place is not None:
                station.ensure_station(place)


def sync(*, write: bool) -> bool:
    """Whether anything differs from the files; with `write`, make it the same."""
    changed = False
    for code, profile in facility_profiles().items():
        fields = {
            "name_en": profile["name_en"], "name_ja": profile["name_ja"],
            "address_en": profile.get("address_en", ""),
            "address_ja": profile.get("address_ja", ""),
            "phone": profile.get("phone", ""), "rule_set": profile["rule_set"],
            "profile": profile,
        }
        row = Facility.get_or_none(Facility.code == code)
        if row is None:
            changed = True
            if write:
                Facility.create(code=code, **fields)
        elif any(getattr(row, k) != v for k, v in fields.items()):
            changed = True
            if write:
                Facility.update(updated=utcnow(), **fields).where(Facility.id == row.id).execute()
    if not Agency.select().exists():
        changed = True
        if write:
            sample = Path(resources_dir() / "agency-sample.toml")
            Agency.create(**tomllib.loads(sample.read_text(encoding="utf-8")))
    return changed
