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


_PROBLEM = {
    "surname_latin.required": lambda: _tr("The surname as in the passport is required."),
    "latin.letters": lambda: _tr("Use the Latin letters of the passport (A-Z, space, hyphen)."),
    "date_of_birth.future": lambda: _tr("The date of birth is in the future."),
    "date_of_birth.implausible": lambda: _tr("The date of birth is more than 120 years ago."),
    "nationality.unknown": lambda: _tr("Not a country code (ISO 3166, e.g. CN, VN, TH)."),
    "passport_number.format": lambda: _tr("A passport number has 5 to 20 letters and digits."),
    "passport_expiry.expired": lambda: _tr("The passport has expired."),
    "passport_expiry.soon": lambda: _tr("The passport expires within 6 months."),
    "email.format": lambda: _tr("Not an e-mail address."),
    "phone.invalid": lambda: _tr("Not a valid phone number for this country; include the country code "
                                 "(e.g. +86)."),
    "date.invalid": lambda: _tr("Not a date: use YYYY-MM-DD."),
}


def problem(code: str) -> str:
    return _PROBLEM[code]() if code in _PROBLEM else code


_VERDICT = {
    "eligible": lambda: _tr("Eligible"),
    "ineligible": lambda: _tr("Not eligible"),
    "needs_info": lambda: _tr("Needs information"),
    "review": lambda: _tr("Physician review"),
}
_CRITERION_STATUS = {
    "met": lambda: _tr("met"),
    "failed": lambda: _tr("not met"),
    "unknown": lambda: _tr("unknown"),
    "review": lambda: _tr("review"),
}
STATUS_COLOURS = {"met": "#2e7d32", "failed": "#c62828", "unknown": "#9a6700", "review": "#1565c0",
                  "eligible": "#2e7d32", "ineligible": "#c62828", "needs_info": "#9a6700"}


def verdict(code: str) -> str:
    return _VERDICT[code]() if code in _VERDICT else code


def criterion_status(code: str) -> str:
    return _CRITERION_STATUS[code]() if code in _CRITERION_STATUS else code


def ui_language() -> str:
    """"ja" or "en": the language of Qt's default locale."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


_CHOICE = {
    # fact values shown in combo boxes
    "prostate": lambda: _tr("Prostate"), "lung": lambda: _tr("Lung"), "liver": lambda: _tr("Liver"),
    "pancreas": lambda: _tr("Pancreas"), "sarcoma": lambda: _tr("Bone and soft tissue sarcoma"),
    "skull_base": lambda: _tr("Skull base"), "rectum": lambda: _tr("Rectal recurrence"),
    "oligo_recurrence": lambda: _tr("Oligo recurrence"),
    "adenocarcinoma": lambda: _tr("Adenocarcinoma"), "nsclc": lambda: _tr("Non-small cell lung cancer"),
    "sclc": lambda: _tr("Small cell lung cancer"),
    "squamous_cell_carcinoma": lambda: _tr("Squamous cell carcinoma"),
    "hcc": lambda: _tr("Hepatocellular carcinoma"),
    "cholangiocarcinoma": lambda: _tr("Cholangiocarcinoma"), "osteosarcoma": lambda: _tr("Osteosarcoma"),
    "chordoma": lambda: _tr("Chordoma"), "chondrosarcoma": lambda: _tr("Chondrosarcoma"),
    "ups": lambda: _tr("Undifferentiated pleomorphic sarcoma"), "mpnst": lambda: _tr("MPNST"),
    "leiomyosarcoma": lambda: _tr("Leiomyosarcoma"), "synovial_sarcoma": lambda: _tr("Synovial sarcoma"),
    "ewing_sarcoma": lambda: _tr("Ewing sarcoma"), "ductal_carcinoma": lambda: _tr("Ductal carcinoma"),
    "primary": lambda: _tr("Primary"), "residual": lambda: _tr("Residual after surgery"),
    "recurrent": lambda: _tr("Recurrent"), "inoperable": lambda: _tr("Inoperable"),
    "head_neck": lambda: _tr("Head and neck"), "thoracic": lambda: _tr("Thoracic"),
    "spinal_paraspinal": lambda: _tr("Spinal / paraspinal"),
    "retroperitoneal": lambda: _tr("Retroperitoneal"), "pelvis": lambda: _tr("Pelvis"),
    "extremity": lambda: _tr("Extremity"), "anastomosis": lambda: _tr("Anastomosis"),
    "pelvic_wall": lambda: _tr("Pelvic wall"), "lymph_node": lambda: _tr("Lymph node"),
    "bone": lambda: _tr("Bone"), "brain": lambda: _tr("Brain"), "adrenal": lambda: _tr("Adrenal"),
}


def choice(value: str) -> str:
    """A fact value for people; codes and stage names (T2a, IIIA, A) stay as they are."""
    return _CHOICE[value]() if value in _CHOICE else value


LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "zh-Hans": "简体中文", "zh-Hant": "繁體中文",
                  "ko": "한국어", "ru": "Русский", "vi": "Tiếng Việt", "mn": "Монгол", "th": "ไทย",
                  "id": "Bahasa Indonesia", "ar": "العربية"}
