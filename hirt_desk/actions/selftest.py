"""Can this computer print? A sample packet in every language, without touching any database.

Run after installing on a new PC (`hirt-desk selftest`): it says which font serves each script
and which packet language cannot be printed, before a coordinator finds out at a patient visit.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hirt_desk.actions.packets import render_packet_input
from hirt_desk.facilities import facility_profile
from hirt_desk.packets import fonts
from hirt_desk.packets.content import PacketInput, StayItem, Traveller
from hirt_desk.packets.phrases import LANGUAGES
from hirt_desk.paths import resources_dir
from hirt_desk.planning.calendar import FacilityCalendar, plan_sessions

# A name in each language's own script, so that every font chain is exercised.
SAMPLE_NAMES = {"en": "", "zh-Hans": "王伟", "zh-Hant": "王志明", "ko": "김민준", "ru": "Иванов Иван",
                "vi": "Nguyễn Văn An", "mn": "Батбаяр Болд", "th": "สมชาย ใจดี", "id": "Budi Santoso",
                "ar": "محمد العتيبي", "ja": "山田太郎"}


@dataclass(frozen=True)
class LanguageCheck:
    lang: str
    pages: int = 0
    error: str = ""
    path: Path | None = None


def sample_input(lang: str, today: date) -> PacketInput:
    """A fictional stay at GHMC with the sample agency, four sessions as the facility plans them."""
    agency = tomllib.loads((resources_dir() / "agency-sample.toml").read_text("utf-8"))
    facility = facility_profile("ghmc")
    arrive = datetime.combine(today + timedelta(days=30), time(15, 0))
    sessions = list(plan_sessions(arrive.date() + timedelta(days=4), 4,
                                  FacilityCalendar.from_profile(facility)).sessions)
    items = [StayItem("flight", arrive - timedelta(hours=6), arrive, "SAMPLE 123", "NRT", "SAMPLE"),
             *(StayItem("session", datetime.combine(d, time(10, 0)), None, "", "GHMC", "") for d in sessions),
             StayItem("flight", datetime.combine(sessions[-1] + timedelta(days=2), time(11, 0)), None,
                      "SAMPLE 124", "NRT", "SAMPLE")]
    return PacketInput(
        case_number="HD-0000-TEST-0000",
        patient=Traveller("SAMPLE PATIENT", SAMPLE_NAMES[lang], date(1960, 1, 1), "X0000000"),
        companions=[Traveller("SAMPLE COMPANION", "", None, "X0000001", "spouse")],
        facility=facility, agency=agency, items=items, sessions=sessions,
        generated=today)


def script_fonts() -> dict[str, str]:
    """The font file that serves each script here, or why there is none."""
    out = {}
    for script in fonts.scripts():
        try:
            out[script] = str(fonts.font_for(script).path)
        except fonts.MissingFont as exc:
            out[script] = f"missing: {exc}"
    return out


def write_samples(folder: Path, today: date | None = None) -> list[LanguageCheck]:
    """Write the sample packet in every language into `folder`; each language's outcome."""
    today = today or date.today()
    checks = []
    for lang in LANGUAGES:
        out = folder / f"sample-{lang}.pdf"
        try:
            checks.append(LanguageCheck(lang, render_packet_input(sample_input(lang, today), lang, out),
                                        path=out))
        except (fonts.MissingFont, fonts.UncoveredText, OSError) as exc:
            checks.append(LanguageCheck(lang, error=str(exc)))
    return checks
