"""Facility profiles: everything a facility decides (treatment weekdays, closures, costs,
address) as data files in resources/facilities/. Plain dicts, no database."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from hirt_desk.paths import resources_dir


class UnknownFacility(LookupError):
    def __init__(self, code: str, known: list[str]) -> None:
        super().__init__(f"unknown facility '{code}' (known: {', '.join(known) or 'none'})")


@cache
def facility_profiles() -> dict[str, dict[str, Any]]:
    """Every facility profile by code, read once per process."""
    profiles = {}
    for path in sorted((resources_dir() / "facilities").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        profiles[data["code"]] = data
    return profiles


def facility_profile(code: str) -> dict[str, Any]:
    profiles = facility_profiles()
    if code not in profiles:
        raise UnknownFacility(code, sorted(profiles))
    return profiles[code]
