"""Words the window shows for stored codes (statuses, sites, columns) in the UI language.

Texts go through `QCoreApplication.translate` so lupdate collects them; countries and dates
come from Babel in the language of Qt's default locale (set by the app with the UI language),
so the window and the printed packets format them the same way.
"""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


_STATUS = {
    "inquiry": lambda: _tr("Inquiry"),
    "records": lambda: _tr("Records"),
    "facility_review": lambda: _tr("Facility review"),
    "visa": lambda: _tr("Visa"),
    "travel": lambda: _tr("Travel"),
    "in_japan": lambda: _tr("In Japan"),
    "accepted": lambda: _tr("Accepted"),
    "in_treatment": lambda: _tr("In treatment"),
    "completed": lambda: _tr("Completed"),
    "follow_up": lambda: _tr("Follow-up"),
    "declined": lambda: _tr("Declined"),
    "not_indicated": lambda: _tr("Not indicated"),
    "withdrawn": lambda: _tr("Withdrawn"),
}

_SITE = {
    "prostate": lambda: _tr("Prostate"),
    "lung": lambda: _tr("Lung"),
    "liver": lambda: _tr("Liver"),
    "pancreas": lambda: _tr("Pancreas"),
    "sarcoma": lambda: _tr("Bone and soft tissue sarcoma"),
    "skull_base": lambda: _tr("Skull base"),
    "rectum": lambda: _tr("Rectal recurrence"),
    "oligo_recurrence": lambda: _tr("Oligo recurrence"),
}

_COLUMN = {
    "number": lambda: _tr("Case"),
    "patient": lambda: _tr("Patient"),
    "nationality": lambda: _tr("Nationality"),
    "site": lambda: _tr("Site"),
    "facility": lambda: _tr("Facility"),
    "status": lambda: _tr("Status"),
    "reply_due": lambda: _tr("Reply due"),
}


def status(code: str) -> str:
    return _STATUS[code]() if code in _STATUS else code


def site(code: str) -> str:
    if not code:
        return ""
    return _SITE[code]() if code in _SITE else code.replace("_", " ").capitalize()


def column_title(code: str) -> str:
    return _COLUMN[code]()


def overdue_tip() -> str:
    return _tr("The reply promised within 5 days of the inquiry is overdue")


def babel_locale() -> Locale:
    """The Babel locale matching Qt's default locale (the UI language)."""
    try:
        return Locale.parse(QLocale().name(), sep="_")
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def country(code: str) -> str:
    """The country's name in the UI language (Babel's CLDR names)."""
    return babel_locale().territories.get(code.upper(), code) if code else ""


def short_date(value: date | None) -> str:
    return format_date(value, format="medium", locale=babel_locale()) if value else ""
