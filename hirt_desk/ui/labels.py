"""Words the window shows for stored codes (statuses, sites, columns) in the UI language.

Texts go through `QCoreApplication.translate` so lupdate collects them; countries and dates
come from Babel in the language of Qt's default locale (set by the app with the UI language),
so the window and the printed packets format them the same way.
"""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

translate = QCoreApplication.translate



_STATUS = {
    "inquiry": QT_TRANSLATE_NOOP("labels", "Inquiry"),
    "records": QT_TRANSLATE_NOOP("labels", "Records"),
    "facility_review": QT_TRANSLATE_NOOP("labels", "Facility review"),
    "visa": QT_TRANSLATE_NOOP("labels", "Visa"),
    "travel": QT_TRANSLATE_NOOP("labels", "Travel"),
    "in_japan": QT_TRANSLATE_NOOP("labels", "In Japan"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
    "in_treatment": QT_TRANSLATE_NOOP("labels", "In treatment"),
    "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    "follow_up": QT_TRANSLATE_NOOP("labels", "Follow-up"),
    "declined": QT_TRANSLATE_NOOP("labels", "Declined"),
    "not_indicated": QT_TRANSLATE_NOOP("labels", "Not indicated"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
}

_SITE = {
    "prostate": QT_TRANSLATE_NOOP("labels", "Prostate"),
    "lung": QT_TRANSLATE_NOOP("labels", "Lung"),
    "liver": QT_TRANSLATE_NOOP("labels", "Liver"),
    "pancreas": QT_TRANSLATE_NOOP("labels", "Pancreas"),
    "sarcoma": QT_TRANSLATE_NOOP("labels", "Bone and soft tissue sarcoma"),
    "skull_base": QT_TRANSLATE_NOOP("labels", "Skull base"),
    "rectum": QT_TRANSLATE_NOOP("labels", "Rectal recurrence"),
    "oligo_recurrence": QT_TRANSLATE_NOOP("labels", "Oligo recurrence"),
    # sites the indication table does not list, as the sample cases name them
    "head_neck_mucosal": QT_TRANSLATE_NOOP("labels", "Head and neck (mucosal)"),
    "cervix": QT_TRANSLATE_NOOP("labels", "Cervix"),
    "bladder": QT_TRANSLATE_NOOP("labels", "Bladder"),
    "esophagus": QT_TRANSLATE_NOOP("labels", "Esophagus"),
    "kidney": QT_TRANSLATE_NOOP("labels", "Kidney"),
}

_COLUMN = {
    "number": QT_TRANSLATE_NOOP("labels", "Case"),
    "patient": QT_TRANSLATE_NOOP("labels", "Patient"),
    "nationality": QT_TRANSLATE_NOOP("labels", "Nationality"),
    "site": QT_TRANSLATE_NOOP("labels", "Site"),
    "facility": QT_TRANSLATE_NOOP("labels", "Facility"),
    "status": QT_TRANSLATE_NOOP("labels", "Status"),
    "reply_due": QT_TRANSLATE_NOOP("labels", "Reply due"),
    "next_date": QT_TRANSLATE_NOOP("labels", "Next date"),
}


def status(code: str) -> str:
    return translate("labels", _STATUS[code]) if code in _STATUS else code


def site(code: str) -> str:
    if not code:
        return ""
    return translate("labels", _SITE[code]) if code in _SITE else code.replace("_", " ").capitalize()


def column_title(code: str) -> str:
    return translate("labels", _COLUMN[code])


def overdue_tip() -> str:
    return translate("labels", "The reply promised within 5 days of the inquiry is overdue")


def babel_locale() -> Locale:
    """The Babel locale matching Qt's default locale (the UI language)."""
    try:
        return Locale.parse(QLocale().name(), sep="_")
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def country(code: str) -> str:
    """The country's name in the UI language (Babel's CLDR names)."""
    return babel_locale().territories.get(code.upper(), code) if code else ""


def weekday(value: date) -> str:
    return format_date(value, format="EEEE", locale=babel_locale())


def short_date(value: date | None) -> str:
    return format_date(value, format="medium", locale=babel_locale()) if value else ""


_PROBLEM = {
    "surname_latin.required": QT_TRANSLATE_NOOP("labels", "The surname as in the passport is required."),
    "latin.letters": QT_TRANSLATE_NOOP(
        "labels", "Use the Latin letters of the passport (A-Z, space, hyphen)."),
    "date_of_birth.future": QT_TRANSLATE_NOOP("labels", "The date of birth is in the future."),
    "date_of_birth.implausible": QT_TRANSLATE_NOOP("labels", "The date of birth is more than 120 years ago."),
    "nationality.unknown": QT_TRANSLATE_NOOP("labels", "Not a country code (ISO 3166, e.g. CN, VN, TH)."),
    "passport_number.format": QT_TRANSLATE_NOOP(
        "labels", "A passport number has 5 to 20 letters and digits."),
    "passport_expiry.expired": QT_TRANSLATE_NOOP("labels", "The passport has expired."),
    "passport_expiry.soon": QT_TRANSLATE_NOOP("labels", "The passport expires within 6 months."),
    "email.format": QT_TRANSLATE_NOOP("labels", "Not an e-mail address."),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "labels", "Not a valid phone number; include the country code (e.g. +86)."),
    "date.invalid": QT_TRANSLATE_NOOP("labels", "Not a date: use YYYY-MM-DD."),
    "date.no_such_day": QT_TRANSLATE_NOOP("labels", "There is no such day in the calendar."),
}


def date_problem(text: str) -> str:
    """Why `text` is not a date: not in the YYYY-MM-DD form, or no such day (2027-02-30)."""
    from hirt_desk.ui.fields import looks_like_date
    return problem("date.no_such_day" if looks_like_date(text) else "date.invalid")


def problem(code: str) -> str:
    return translate("labels", _PROBLEM[code]) if code in _PROBLEM else code


_VERDICT = {
    "eligible": QT_TRANSLATE_NOOP("labels", "Eligible"),
    "ineligible": QT_TRANSLATE_NOOP("labels", "Not eligible"),
    "needs_info": QT_TRANSLATE_NOOP("labels", "Needs information"),
    "review": QT_TRANSLATE_NOOP("labels", "Physician review"),
}
_CRITERION_STATUS = {
    "met": QT_TRANSLATE_NOOP("labels", "met"),
    "failed": QT_TRANSLATE_NOOP("labels", "not met"),
    "unknown": QT_TRANSLATE_NOOP("labels", "unknown"),
    "review": QT_TRANSLATE_NOOP("labels", "review"),
}
STATUS_COLOURS = {"met": "#2e7d32", "failed": "#c62828", "unknown": "#9a6700", "review": "#1565c0",
                  "eligible": "#2e7d32", "ineligible": "#c62828", "needs_info": "#9a6700"}


def verdict(code: str) -> str:
    return translate("labels", _VERDICT[code]) if code in _VERDICT else code


def criterion_status(code: str) -> str:
    return translate("labels", _CRITERION_STATUS[code]) if code in _CRITERION_STATUS else code


def ui_language() -> str:
    """"ja" or "en": the language of Qt's default locale."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


_CHOICE = {
    # fact values shown in combo boxes: the sites, then the other facts' values
    **_SITE,
    "adenocarcinoma": QT_TRANSLATE_NOOP("labels", "Adenocarcinoma"),
    "nsclc": QT_TRANSLATE_NOOP("labels", "Non-small cell lung cancer"),
    "sclc": QT_TRANSLATE_NOOP("labels", "Small cell lung cancer"),
    "squamous_cell_carcinoma": QT_TRANSLATE_NOOP("labels", "Squamous cell carcinoma"),
    "hcc": QT_TRANSLATE_NOOP("labels", "Hepatocellular carcinoma"),
    "cholangiocarcinoma": QT_TRANSLATE_NOOP("labels", "Cholangiocarcinoma"),
    "osteosarcoma": QT_TRANSLATE_NOOP("labels", "Osteosarcoma"),
    "chordoma": QT_TRANSLATE_NOOP("labels", "Chordoma"),
    "chondrosarcoma": QT_TRANSLATE_NOOP("labels", "Chondrosarcoma"),
    "ups": QT_TRANSLATE_NOOP("labels", "Undifferentiated pleomorphic sarcoma"),
    "mpnst": QT_TRANSLATE_NOOP("labels", "MPNST"),
    "leiomyosarcoma": QT_TRANSLATE_NOOP("labels", "Leiomyosarcoma"),
    "synovial_sarcoma": QT_TRANSLATE_NOOP("labels", "Synovial sarcoma"),
    "ewing_sarcoma": QT_TRANSLATE_NOOP("labels", "Ewing sarcoma"),
    "ductal_carcinoma": QT_TRANSLATE_NOOP("labels", "Ductal carcinoma"),
    "primary": QT_TRANSLATE_NOOP("labels", "Primary"),
    "residual": QT_TRANSLATE_NOOP("labels", "Residual after surgery"),
    "recurrent": QT_TRANSLATE_NOOP("labels", "Recurrent"),
    "inoperable": QT_TRANSLATE_NOOP("labels", "Inoperable"),
    "head_neck": QT_TRANSLATE_NOOP("labels", "Head and neck"),
    "thoracic": QT_TRANSLATE_NOOP("labels", "Thoracic"),
    "spinal_paraspinal": QT_TRANSLATE_NOOP("labels", "Spinal / paraspinal"),
    "retroperitoneal": QT_TRANSLATE_NOOP("labels", "Retroperitoneal"),
    "pelvis": QT_TRANSLATE_NOOP("labels", "Pelvis"),
    "extremity": QT_TRANSLATE_NOOP("labels", "Extremity"),
    "anastomosis": QT_TRANSLATE_NOOP("labels", "Anastomosis"),
    "pelvic_wall": QT_TRANSLATE_NOOP("labels", "Pelvic wall"),
    "lymph_node": QT_TRANSLATE_NOOP("labels", "Lymph node"),
    "bone": QT_TRANSLATE_NOOP("labels", "Bone"),
    "brain": QT_TRANSLATE_NOOP("labels", "Brain"),
    "adrenal": QT_TRANSLATE_NOOP("labels", "Adrenal"),
}


def choice(value: str) -> str:
    """A fact value for people; codes and stage names (T2a, IIIA, A) stay as they are."""
    return translate("labels", _CHOICE[value]) if value in _CHOICE else value


LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "zh-Hans": "简体中文", "zh-Hant": "繁體中文",
                  "ko": "한국어", "ru": "Русский", "vi": "Tiếng Việt", "mn": "Монгол", "th": "ไทย",
                  "id": "Bahasa Indonesia", "ar": "العربية"}
