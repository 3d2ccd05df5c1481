"""Fields, records and stored values of a case as people read them, in the UI language: for the
merge dialog and the history. Fields are named as the history names them (`patient.phone`,
`facts.ecog`, a record's own field); labels are those of the forms that edit them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from hirt_desk.actions.editing import REMOVED
from hirt_desk.ui import labels

# The tabs' own labels are imported where a label is asked for, not with this module: it is
# imported at start-up (the laptop's status bar, the duplicates view), before any tab is made.


def fact_label(name: str) -> str:
    from hirt_desk.ui.diagnosis_tab import fact_label as label
    return label(name)


def kind_label(kind: str) -> str:
    from hirt_desk.ui.itinerary_tab import kind_label as label
    return label(kind)


def relation_label(relation: str) -> str:
    from hirt_desk.ui.patient_tab import relation_label as label
    return label(relation)


def person_label(name: str) -> str:
    from hirt_desk.ui.person_form import field_label as label
    return label(name)


translate = QCoreApplication.translate
CHANGED = "(changed)"            # how editing.py says "they edited the record you removed"

_PERSON = ("surname_latin", "given_names_latin", "name_native", "sex", "date_of_birth", "nationality",
           "passport_number", "passport_expiry", "languages", "phone", "email", "address")


def _record_field(table: str, field: str) -> str:
    """Fields of the case and its records other than the person fields and facts."""
    texts = {
        "status": translate("OverviewTab", "Status"),
        "coordinator": translate("OverviewTab", "Coordinator"),
        "packet_language": translate("OverviewTab", "Packet language"),
        "fractions": translate("ItineraryTab", "Fractions"),
        "treatment_start": translate("ItineraryTab", "First session"),
        "relation": translate("CompanionDialog", "Relation to the patient"),
        "kind": translate("ItemDialog", "Kind"),
        "title": translate("ItemDialog", "Title"),
        "starts": translate("ItemDialog", "Starts (local time)"),
        "start_tz": translate("ItemDialog", "Time zone"),
        "ends": translate("ItemDialog", "Ends (local time)"),
        "end_tz": translate("ItemDialog", "Time zone at the end"),
        "place_from": translate("ItemDialog", "From"),
        "place_to": translate("ItemDialog", "To / where"),
        "reference": translate("ItemDialog", "Flight number / name"),
        "confirmation": translate("ItemDialog", "Confirmation number"),
        "cost_yen": translate("ItemDialog", "Cost (JPY)"),
        "travellers": translate("ItemDialog", "For"),
        "embassy": translate("visa", "Embassy or consulate"),
        "application_date": translate("visa", "Applied"),
        "issue_date": translate("visa", "Issued"),
        "valid_until": translate("visa", "Valid until"),
        "permitted_days": translate("visa", "Permitted stay"),
        "visa_number": translate("visa", "Visa number"),
        "entries": translate("fields", "Entries"),
        "on_guarantee_form": translate("visa", "Named on the patient's guarantee form"),
        "documents": translate("fields", "Documents"),
        "fixed": translate("fields", "Fixed by hand"),
        "patient": translate("fields", "Patient record (merge)"),
        "merged_into": translate("fields", "Merged into"),
        "due": translate("TasksTab", "Due"),
        "assignee": translate("TasksTab", "Assigned to"),
        "state": translate("TasksTab", "State"),
        "origin": translate("TasksTab", "Proposed"),
    }
    if field == "notes":
        return translate("ItemDialog", "Notes") if table == "itinerary_item" else translate("fields", "Notes")
    return texts.get(field, field.replace("_", " ").capitalize())


def field_label(table: str, field: str) -> str:
    """A field's label; "" (a record added or removed) stays ""."""
    if not field:
        return ""
    if field.startswith("facts."):
        return fact_label(field.removeprefix("facts."))
    name = field.removeprefix("patient.") if table == "patient" else field
    if table in ("patient", "companion") and name in _PERSON:
        return person_label(name)
    return _record_field(table, name)


def record_label(table: str, name: str = "") -> str:
    """What a record is: "Patient", "Companion NGUYEN THI HOA", "Screening"..."""
    if table == "companion":
        return translate("fields", "Companion %1").replace("%1", name).strip()
    texts = {"case": translate("fields", "Case"), "patient": translate("fields", "Patient"),
             "status_change": translate("fields", "Status change"),
             "screening": translate("fields", "Screening"), "note": translate("fields", "Note"),
             "itinerary_item": translate("fields", "Itinerary item"),
             "visa_record": translate("fields", "Visa record"),
             "task": translate("TasksTab", "Task"),
             "not_same": translate("fields", "Not the same person"),
             "quote": translate("fields", "Quote"), "bill": translate("fields", "Deposit request or invoice"),
             "payment": translate("fields", "Payment or refund"), "fee": translate("fields", "Fee")}
    return texts.get(table, table)


def person_name(values: dict[str, Any]) -> str:
    native = str(values.get("name_native") or "")
    latin = f"{values.get('surname_latin') or ''} {values.get('given_names_latin') or ''}".strip()
    return native or latin


def display_value(table: str, field: str, text: str | None) -> str:
    """A stored value (as the audit writes it) for people: statuses, fact values and languages
    by name, yes and no in words; empty values as a dash."""
    if text == REMOVED:
        return translate("fields", "(removed)")
    if text == CHANGED:
        return translate("fields", "(changed)")
    if text is None or text == "":
        return "—"
    name = field.removeprefix("patient.")
    if field.startswith("facts."):
        if _is_bool_fact(field):
            return translate("fields", "Yes") if text == "1" else translate("fields", "No")
        return labels.choice(text)
    if name == "status":
        return labels.status(text)
    if name == "relation":
        return relation_label(text)
    if name == "kind" and table == "itinerary_item":
        return kind_label(text)
    if name == "nationality":
        return f"{text} — {labels.country(text)}"
    if name in ("languages", "packet_language"):
        tags = json.loads(text) if text.startswith("[") else [text]
        return ", ".join(labels.LANGUAGE_NAMES.get(t, t) for t in tags)
    if name in ("on_guarantee_form", "fixed"):
        return translate("fields", "Yes") if text == "1" else translate("fields", "No")
    return text


def _is_bool_fact(field: str) -> bool:
    from hirt_desk.rules import FACTS_BY_NAME
    fact = FACTS_BY_NAME.get(field.removeprefix("facts."))
    return fact is not None and fact.kind == "bool"


def summary(table: str, values_json: str | None) -> str:
    """A record added or removed, in a few words (its values are stored as JSON)."""
    try:
        values = json.loads(values_json or "{}")
    except ValueError:
        return values_json or ""
    if not isinstance(values, dict):
        return str(values)
    if table in ("patient", "companion"):
        return person_name(values)
    if table == "case":
        return str(values.get("number", ""))
    if table == "status_change":
        before = values.get("from_status")
        after = labels.status(str(values.get("to_status", "")))
        return f"{labels.status(str(before))} → {after}" if before else after
    if table == "screening":
        return labels.verdict(str(values.get("verdict", "")))
    if table == "note":
        return str(values.get("body", ""))
    if table == "itinerary_item":
        return f"{kind_label(str(values.get('kind', '')))} {values.get('title') or ''}".strip()
    if table in ("quote", "bill", "payment"):
        return _money_summary(table, values)
    return ""


def _money_summary(table: str, values: dict[str, Any]) -> str:
    """A quote version, a bill or a payment in a few words: which, and how much."""
    from hirt_desk.money import Money, MoneyInputError, format_money
    lang = labels.ui_language()
    try:
        if table == "quote":
            return f"v{values.get('revision')} · {format_money(Money(int(values['total_jpy'])), lang)}"
        if table == "bill":
            return f"{values.get('number')} · {format_money(Money(int(values['total_jpy'])), lang)}"
        paid = Money(int(values["amount_minor"]), str(values.get("currency") or "JPY"))
        text = format_money(paid, lang)
        if paid.currency != "JPY":
            text += f" ({format_money(Money(int(values['amount_jpy'])), lang)})"
        return f"- {text}" if values.get("kind") == "refund" else text
    except (KeyError, TypeError, ValueError, MoneyInputError):
        return ""


def local_time(at: datetime) -> str:
    """A stored (naive UTC) time in this computer's time zone, to the minute."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
