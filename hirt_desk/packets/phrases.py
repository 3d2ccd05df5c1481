"""The fixed phrases of printed packets, and their catalogs per language.

Every phrase a packet prints is listed in PHRASES (English, the message id). Translations live in
gettext catalogs, resources/packets/locale/<language>/LC_MESSAGES/packet.po, read with Babel;
`phrase(lang, text)` looks one up and refuses a phrase that is not translated, so a packet never
silently prints English beside Japanese.

A phrase with a count is a gettext plural entry (msgid / msgid_plural, one msgstr per plural form
of the language's Plural-Forms, from CLDR) with the number inside each translated form:
`count_phrase(lang, "{n} treatment session", 16)` gives "16 сеансов облучения", "16 جلسة",
"16회". A placeholder written `{name:abl}` puts a number in the Mongolian ablative case, its
ending chosen by vowel harmony of the number as read ("4-өөс", "6-гаас", "3-аас").
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from hirt_desk.paths import resources_dir

LANGUAGES = ("en", "zh-Hans", "zh-Hant", "ko", "ru", "vi", "mn", "th", "id", "ar", "ja")

PHRASES = (
    # cover
    "Travel and treatment packet", "Patient", "Reference number", "Facility", "Stay in Japan",
    "Date of birth", "Passport number", "Name in own script", "Companions", "Prepared by",
    # contacts
    "Contacts", "Medical coordination company", "24-hour helpline", "Facility address", "Facility phone",
    "Ambulance and fire", "Police",
    "In an emergency (fire, sudden illness, injury), call 119 first (police: 110). "
    "For everything else, call the 24-hour helpline.",
    # itinerary
    "Itinerary", "Date", "Time", "What", "Where", "Travellers", "No itinerary has been planned yet.",
    "Flight", "Accommodation", "Appointment", "Treatment session", "Transfer / pickup",
    "Interpreter", "Phone rental", "Booking code", "Check-in", "Check-out", "Until {date}",
    # calendar
    "Treatment calendar", "Number of treatment sessions", "Standard courses", "{sessions} in {weeks}",
    "Treatment day", "Saturday, Sunday", "Public holiday", "Facility closed", "To confirm",
    "{date}: a treatment session is planned on a day the facility usually does not treat "
    "(weekend, public holiday or closure). Please confirm it with the coordinator.",
    # visa
    "Visa", "No visa needed", "Visa for Medical Stay", "Designated Activities",
    "Documents for the visa", "Passport", "Photo", "Visa application form",
    "Certificate of scheduled treatment and letter of guarantee",
    "Proof of funds (e.g. bank balance certificate)", "Identity documents (as the embassy asks)",
    "Certificate of Eligibility", "Treatment schedule (multiple-entry visa)",
    # what to bring
    "What to bring", "Passport (valid for at least 6 months after the stay)",
    "Visa (if one is needed)", "Medical records and doctors' reports",
    "Imaging on disc (CT, MRI, PET in DICOM format)",
    "Pathology reports (and the pathology slides if asked)",
    "List of the medicines you take, with doses", "Money or a credit card for daily expenses",
    # costs
    "Cost estimate", "Heavy ion radiotherapy", "Medical services other than heavy ion radiotherapy",
    "Equipment depreciation costs", "Administration", "Total", "plus the cost of medical services",
    "depends on the patient", "Heavy ion radiotherapy costs are fixed, regardless of the number of sessions.",
    "Travel and accommodation costs, as well as the medical coordination company's fees, are not included.",
    "Any consultation fees are in addition to the above.",
    # after arrival
    "After arrival",
    "The facility examines you to confirm that heavy ion radiotherapy is right for you.",
    "When the facility formally accepts you, you sign the informed consent.",
    "Treatment starts after planning (CT, immobilisation mask or cast), usually within 1 to 2 weeks.",
    "The coordinator helps with transport, interpreting, shopping and daily life throughout the stay.",
    # money documents: quote, deposit request, invoice, settlement (issue 22)
    "Quote", "Deposit request", "Invoice", "Settlement", "Item", "Quantity", "Amount", "Facility costs",
    "Agency fees", "Travel and stay costs", "Total in {currency} at {rate} per yen (rate of {date})",
    "Due by", "Other medical services depend on the patient; the amount shown is an estimate.",
    "Document number", "Amount received", "Balance due", "To be refunded",
    # page furniture
    "Page {page} of {pages}", "Generated {date}",
)

# Phrases with a count: singular msgid -> msgid_plural (English); the count is {n}.
PLURALS = {
    "{n} treatment session": "{n} treatment sessions",
    "{n} week": "{n} weeks",
}


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


@cache
def plural_catalog(lang: str) -> gettext.NullTranslations:
    """The language's catalog as gettext reads it, for ngettext (English: gettext's own rule)."""
    if lang == "en":
        return gettext.NullTranslations()
    if lang not in LANGUAGES:
        raise UntranslatedPhrase(f"no packet catalog for '{lang}' (known: {', '.join(LANGUAGES)})")
    with catalog_path(lang).open("rb") as fh:
        po = read_po(fh, locale=lang.replace("-", "_"))
    missing = [m.id[0] for m in po if isinstance(m.id, tuple)
               and (m.fuzzy or not isinstance(m.string, (tuple, list))
                    or not all(isinstance(f, str) and f for f in m.string))]
    if missing:
        raise UntranslatedPhrase(f"plural forms missing in {lang}: {missing!r}")
    mo = io.BytesIO()
    write_mo(mo, po)
    mo.seek(0)
    return gettext.GNUTranslations(mo)


@cache
def plural_ids(lang: str) -> frozenset[str]:
    """The singular msgids of the language's plural entries."""
    if lang == "en":
        return frozenset(PLURALS)
    with catalog_path(lang).open("rb") as fh:
        po = read_po(fh, locale=lang.replace("-", "_"))
    return frozenset(m.id[0] for m in po if isinstance(m.id, tuple))


_MN_UNITS = {1: "ээс", 2: "оос", 3: "аас", 4: "өөс", 5: "аас", 6: "гаас", 7: "гоос", 8: "аас", 9: "өөс"}
_MN_TENS = {1: "аас", 2: "иос", 3: "аас", 4: "өөс", 5: "иас", 6: "аас", 7: "аас", 8: "аас", 9: "ээс"}


def mn_ablative(n: int) -> str:
    """`n` with the Mongolian ablative ending of the number as read: 4-өөс (дөрвөөс), 6-гаас
    (зургаагаас), 20-иос (хориос), 100-гаас (зуугаас)."""
    m = abs(n)
    if m == 0:
        ending = "ээс"                       # тэгээс
    elif m % 10:
        ending = _MN_UNITS[m % 10]
    elif m % 100:
        ending = _MN_TENS[m % 100 // 10]
    elif m % 1_000_000 == 0:
        ending = "аас"                       # саяас
    else:
        ending = "гаас"                      # зуугаас, мянгаас
    return f"{n}-{ending}"


class Count(int):
    """A number in a phrase; `{n:abl}` gives its Mongolian ablative form."""

    def __format__(self, spec: str) -> str:
        if spec == "abl":
            return mn_ablative(int(self))
        return format(int(self), spec)


def _fill(text: str, values: dict[str, object]) -> str:
    return text.format(**{k: Count(v) if isinstance(v, int) and not isinstance(v, bool) else v
                          for k, v in values.items()}) if values else text


def phrase(lang: str, text: str, **values: object) -> str:
    """`text` in `lang`, with {placeholders} filled; UntranslatedPhrase if it is missing."""
    translated = catalog(lang).get(text)
    if not translated:
        raise UntranslatedPhrase(f"packet phrase not translated into {lang}: {text!r}")
    return _fill(translated, values)


def count_phrase(lang: str, singular: str, n: int, **values: object) -> str:
    """The plural form of `singular` (a key of PLURALS) that `n` takes in `lang`, the number
    (and any other {placeholders}) inside it; UntranslatedPhrase if the entry is missing."""
    if singular not in PLURALS:
        raise UntranslatedPhrase(f"not a packet plural phrase: {singular!r}")
    if singular not in plural_ids(lang):
        raise UntranslatedPhrase(f"packet phrase not translated into {lang}: {singular!r}")
    form = plural_catalog(lang).ngettext(singular, PLURALS[singular], n)
    return _fill(form, {"n": n, **values})
