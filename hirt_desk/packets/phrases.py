"""The fixed phrases of printed packets, and their catalogs per language.

Every phrase a packet prints is listed in PHRASES (English, the message id). Translations live in
gettext catalogs, resources/packets/locale/<language>/LC_MESSAGES/packet.po, read with Babel;
`phrase(lang, text)` looks one up and refuses a phrase that is not translated, so a packet never
silently prints English beside Japanese.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from hirt_desk.paths import resources_dir

LANGUAGES = ("en", "zh-Hans", "zh-Hant", "ko", "ru", "vi", "mn", "th", "id", "ar", "ja")

PHRASES = (
    # cover
    "Travel and treatment packet", "Patient", "Case number", "Facility", "Stay in Japan",
    "Date of birth", "Passport number", "Name in own script", "Companions", "Prepared by",
    # contacts
    "Contacts", "Coordinator agency", "24-hour helpline", "Facility address", "Facility phone",
    "Ambulance and fire", "Police", "Call the 24-hour helpline first for anything you need.",
    # itinerary
    "Itinerary", "Date", "Time", "What", "Where", "No itinerary has been planned yet.",
    "Flight", "Accommodation", "Appointment", "Treatment session", "Transfer / pickup",
    "Interpreter", "Phone rental",
    # calendar
    "Treatment calendar", "Treatment day", "fractions",
    # visa
    "Visa", "No visa needed", "Visa for Medical Stay", "Designated Activities",
    "Documents for the visa",
    # what to bring
    "What to bring", "Passport (valid for at least 6 months after the stay)",
    "Visa (if one is needed)", "Medical records and doctors' reports",
    "Imaging on disc (CT, MRI, PET in DICOM format)", "Pathology reports (and slides if asked)",
    "List of the medicines you take, with doses", "Money or a credit card for daily expenses",
    # costs
    "Cost estimate", "Heavy ion radiotherapy", "Medical services other than heavy ion radiotherapy",
    "Equipment depreciation costs", "Administration", "Total", "plus the cost of medical services",
    "depends on the patient", "Heavy ion radiotherapy costs are fixed, regardless of the number of sessions.",
    "Travel and accommodation costs, as well as coordinator fees, are not included.",
    "Any consultation fees are in addition to the above.",
    # after arrival
    "After arrival",
    "The facility examines you to confirm that heavy ion radiotherapy is right for you.",
    "When the facility formally accepts you, you sign the informed consent.",
    "Treatment starts after planning (CT, immobilisation mask or cast), usually within 1 to 2 weeks.",
    "The coordinator helps with transport, interpreting, shopping and daily life throughout the stay.",
    # page furniture
    "Page {page} of {pages}", "Generated {date}",
)


class UntranslatedPhrase(LookupError):
    """A packet phrase without a translation in a language's catalog."""


def catalog_path(lang: str) -> Path:
    return resources_dir() / "packets" / "locale" / lang.replace("-", "_") / "LC_MESSAGES" / "packet.po"


@cache
def catalog(lang: str) -> dict[str, str]:
    """msgid -> translation of one language (English is its own catalog)."""
    if lang == "en":
        return {p: p for p in PHRASES}
    if lang not in LANGUAGES:
        raise UntranslatedPhrase(f"no packet catalog for '{lang}' (known: {', '.join(LANGUAGES)})")
    with catalog_path(lang).open("rb") as fh:
        po = read_po(fh, locale=lang.replace("-", "_"))
    # packet phrases are singular: a plural entry (tuple id, list of forms) is none of them
    return {m.id: m.string for m in po
            if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string and not m.fuzzy}


def phrase(lang: str, text: str, **values: object) -> str:
    """`text` in `lang`, with {placeholders} filled; UntranslatedPhrase if it is missing."""
    translated = catalog(lang).get(text)
    if not translated:
        raise UntranslatedPhrase(f"packet phrase not translated into {lang}: {text!r}")
    return translated.format(**values) if values else translated
