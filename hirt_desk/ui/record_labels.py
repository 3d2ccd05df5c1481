"""Words the Documents and Contacts tabs show for stored codes (record kinds, states, channels,
who, direction), in the UI language (lupdate collects them from here)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND = {
    "referral_letter": QT_TRANSLATE_NOOP("records", "Referral letter"),
    "pathology_report": QT_TRANSLATE_NOOP("records", "Pathology report"),
    "imaging_report": QT_TRANSLATE_NOOP("records", "Imaging report"),
    "imaging_images": QT_TRANSLATE_NOOP("records", "Imaging images"),
    "blood_tests": QT_TRANSLATE_NOOP("records", "Blood tests"),
    "medical_summary": QT_TRANSLATE_NOOP("records", "Medical summary"),
    "passport_copy": QT_TRANSLATE_NOOP("records", "Passport copy"),
    "translation": QT_TRANSLATE_NOOP("records", "Translation"),
    "other": QT_TRANSLATE_NOOP("records", "Other"),
}
STATE = {
    "missing": QT_TRANSLATE_NOOP("records", "Missing"),
    "requested": QT_TRANSLATE_NOOP("records", "Requested"),
    "received": QT_TRANSLATE_NOOP("records", "Received"),
    "translated": QT_TRANSLATE_NOOP("records", "Translated"),
    "sent": QT_TRANSLATE_NOOP("records", "Sent to the facility"),
}
FILE_STATE = {
    "ok": QT_TRANSLATE_NOOP("records", "Stored"),
    "missing": QT_TRANSLATE_NOOP("records", "File missing"),
    "altered": QT_TRANSLATE_NOOP("records", "File altered"),
}
CHANNEL = {
    "email": QT_TRANSLATE_NOOP("records", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("records", "Phone"),
    "fax": QT_TRANSLATE_NOOP("records", "Fax"),
    "letter": QT_TRANSLATE_NOOP("records", "Letter"),
    "wechat": QT_TRANSLATE_NOOP("records", "WeChat"),
    "line": QT_TRANSLATE_NOOP("records", "LINE"),
    "kakaotalk": QT_TRANSLATE_NOOP("records", "KakaoTalk"),
    "whatsapp": QT_TRANSLATE_NOOP("records", "WhatsApp"),
    "in_person": QT_TRANSLATE_NOOP("records", "In person"),
}
PARTY = {
    "patient": QT_TRANSLATE_NOOP("records", "Patient"),
    "family": QT_TRANSLATE_NOOP("records", "Family"),
    "referring_hospital": QT_TRANSLATE_NOOP("records", "Referring hospital"),
    "facility": QT_TRANSLATE_NOOP("records", "Facility"),
    "embassy": QT_TRANSLATE_NOOP("records", "Embassy"),
    "airline": QT_TRANSLATE_NOOP("records", "Airline"),
    "hotel": QT_TRANSLATE_NOOP("records", "Hotel"),
    "other": QT_TRANSLATE_NOOP("records", "Other"),
}
DIRECTION = {
    "in": QT_TRANSLATE_NOOP("records", "Incoming"),
    "out": QT_TRANSLATE_NOOP("records", "Outgoing"),
}


def text(table: dict[str, str], code: str) -> str:
    """The label of a code in the UI language (the code itself where none is known)."""
    source = table.get(code)
    return QCoreApplication.translate("records", source) if source else code
