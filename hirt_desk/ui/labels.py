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


def conflicts_tip(count: int) -> str:
    """The case list's badge on a case with open conflicts (a laptop's sync met them)."""
    return translate("labels", "%n open conflict(s): Edit → Conflicts…", "", count)


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


_UI_LANGUAGES = {QLocale.Language.Japanese: "ja", QLocale.Language.Korean: "ko",
                 QLocale.Language.Vietnamese: "vi", QLocale.Language.Russian: "ru"}


def ui_language() -> str:
    """The window's language as its catalogs name it (en, ja, zh_Hans, zh_Hant, ko, vi, ru): the
    language of Qt's default locale. Texts kept in data in English and Japanese only compare it
    with "ja"; rule-set texts have Chinese too."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_Hant" if locale.script() == QLocale.Script.TraditionalHanScript else "zh_Hans"
    return _UI_LANGUAGES.get(locale.language(), "en")


#: the facts' labels (the vocabulary, rules/facts.py, has them in English and Japanese): the
#: window's other languages take them from its catalogs; tests keep the two lists the same
FACT_LABELS = {
    "site": QT_TRANSLATE_NOOP("facts", "Tumor site"),
    "histology": QT_TRANSLATE_NOOP("facts", "Histology"),
    "tumor_size_cm": QT_TRANSLATE_NOOP("facts", "Largest diameter"),
    "measurable": QT_TRANSLATE_NOOP("facts", "Measurable on imaging"),
    "distant_metastasis": QT_TRANSLATE_NOOP("facts", "Distant metastasis"),
    "gi_tract_invasion": QT_TRANSLATE_NOOP("facts", "Invades the GI tract"),
    "spinal_cord_invasion": QT_TRANSLATE_NOOP("facts", "Invades the spinal cord"),
    "ecog": QT_TRANSLATE_NOOP("facts", "ECOG performance status"),
    "tnm.t": QT_TRANSLATE_NOOP("facts", "Clinical T"),
    "tnm.n": QT_TRANSLATE_NOOP("facts", "Clinical N"),
    "tnm.m": QT_TRANSLATE_NOOP("facts", "Clinical M"),
    "stage": QT_TRANSLATE_NOOP("facts", "Clinical stage"),
    "gleason_histology_confirmed": QT_TRANSLATE_NOOP("facts", "Gleason score confirmed by histopathology"),
    "psa_pre_biopsy": QT_TRANSLATE_NOOP("facts", "PSA before biopsy"),
    "child_pugh": QT_TRANSLATE_NOOP("facts", "Child-Pugh class"),
    "liver_regions": QT_TRANSLATE_NOOP("facts", "Liver regions involved"),
    "ascites": QT_TRANSLATE_NOOP("facts", "Ascites"),
    "status": QT_TRANSLATE_NOOP("facts", "Tumor status"),
    "resectable": QT_TRANSLATE_NOOP("facts", "Surgically resectable"),
    "prior_tace": QT_TRANSLATE_NOOP("facts", "Recurrence after TACE"),
    "location": QT_TRANSLATE_NOOP("facts", "Sarcoma location"),
    "metal_in_field": QT_TRANSLATE_NOOP("facts", "Metal implant in the irradiated area"),
    "recurrence_site": QT_TRANSLATE_NOOP("facts", "Rectal recurrence site"),
    "gi_distance_mm": QT_TRANSLATE_NOOP("facts", "Distance to nearest GI tract"),
    "recurrence_organs": QT_TRANSLATE_NOOP("facts", "Organs with isolated recurrence"),
    "lesion_count": QT_TRANSLATE_NOOP("facts", "Number of recurrent lesions"),
}


def fact(name: str, english: str, japanese: str) -> str:
    """A fact's label in the window's language: the vocabulary's own in English and Japanese,
    the catalog's in the others (English where the catalog has none)."""
    language = ui_language()
    if language == "ja":
        return japanese
    if language == "en" or name not in FACT_LABELS:
        return english
    return translate("facts", FACT_LABELS[name])


#: Japan's public holidays as the holidays library names them in English; Japanese comes from
#: the library itself, the window's other languages from its catalogs
_HOLIDAY = (
    QT_TRANSLATE_NOOP("holidays", "New Year's Day"),
    QT_TRANSLATE_NOOP("holidays", "Coming of Age Day"),
    QT_TRANSLATE_NOOP("holidays", "Foundation Day"),
    QT_TRANSLATE_NOOP("holidays", "Emperor's Birthday"),
    QT_TRANSLATE_NOOP("holidays", "Vernal Equinox Day"),
    QT_TRANSLATE_NOOP("holidays", "Showa Day"),
    QT_TRANSLATE_NOOP("holidays", "Constitution Day"),
    QT_TRANSLATE_NOOP("holidays", "Greenery Day"),
    QT_TRANSLATE_NOOP("holidays", "Children's Day"),
    QT_TRANSLATE_NOOP("holidays", "Marine Day"),
    QT_TRANSLATE_NOOP("holidays", "Mountain Day"),
    QT_TRANSLATE_NOOP("holidays", "Respect for the Aged Day"),
    QT_TRANSLATE_NOOP("holidays", "Autumnal Equinox Day"),
    QT_TRANSLATE_NOOP("holidays", "Sports Day"),
    QT_TRANSLATE_NOOP("holidays", "Culture Day"),
    QT_TRANSLATE_NOOP("holidays", "Labor Thanksgiving Day"),
    QT_TRANSLATE_NOOP("holidays", "Substitute Holiday"),
    QT_TRANSLATE_NOOP("holidays", "National Holiday"),
)


def holiday(english: str, japanese: str) -> str:
    """A Japanese public holiday's name (or why a day has no session, which is often one) in the
    window's language; English where the catalog has no such name."""
    language = ui_language()
    if language == "ja":
        return japanese
    return english if language == "en" else translate("holidays", english)


#: facilities' names in the window's languages other than English and Japanese (the facility
#: file has those two); a facility not listed here shows its English name
_FACILITY = (QT_TRANSLATE_NOOP("facilities", "Gunma University Heavy Ion Medical Center"),)


def facility(english: str, japanese: str = "") -> str:
    """A facility's name in the window's language."""
    language = ui_language()
    if language == "ja" and japanese:
        return japanese
    return english if language in ("en", "ja") else translate("facilities", english)


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
