"""Reference rows that come from files in resources/: facilities and the sample agency profile.

A facility's profile file is the source of truth; its row is refreshed when the file changes so
that cases keep pointing at the same facility id.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hirt_desk.facilities import facility_profiles
from hirt_desk.paths import resources_dir
from hirt_desk.store.models import Agency, Facility, db, utcnow


def sync_reference_data() -> None:
    with db.atomic():
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
                Facility.create(code=code, **fields)
            elif any(getattr(row, k) != v for k, v in fields.items()):
                Facility.update(updated=utcnow(), **fields).where(Facility.id == row.id).execute()
        if not Agency.select().exists():
            sample = Path(resources_dir() / "agency-sample.toml")
            Agency.create(**tomllib.loads(sample.read_text(encoding="utf-8")))
