"""The travel-and-treatment packet as plain data: what it says, in Japanese beside the patient's
language, before any layout. Built from `PacketInput` (plain values the actions gather from the
store), so it is tested without a database and rendered by `packets.render`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency

from hirt_desk.packets.phrases import phrase
from hirt_desk.planning.calendar import month_grid

JA = "ja"


def babel_locale(lang: str) -> Locale:
    return Locale.parse(lang.replace("-", "_"))


def fmt_date(value: date | None, lang: str) -> str:
    return format_date(value, format="medium" if lang != "ja" else "long", locale=babel_locale(lang)) \
        if value else ""


def fmt_yen(amount: int, lang: str) -> str:
    return format_currency(amount, "JPY", locale=babel_locale(lang))


@dataclass(frozen=True)
class Pair:
    """One text in Japanese and in the patient's language (the same when `lang` is ja)."""

    ja: str
    other: str


@dataclass(frozen=True)
class Heading:
    text: Pair


@dataclass(frozen=True)
class Fields:
    rows: tuple[tuple[Pair, Pair], ...]          # (label, value)


@dataclass(frozen=True)
class Grid:
    headers: tuple[Pair, ...]
    rows: tuple[tuple[Pair, ...], ...]


@dataclass(frozen=True)
class Paragraphs:
    items: tuple[Pair, ...]
    bullets: bool = False


@dataclass(frozen=True)
class MonthGrid:
    year: int
    month: int
    title: Pair
    weekdays: tuple[Pair, ...]                   # Monday first
    weeks: tuple[tuple[date | None, ...], ...]
    sessions: frozenset[date]


Block = Heading | Fields | Grid | Paragraphs | MonthGrid


@dataclass(frozen=True)
class Traveller:
    name_latin: str
    name_native: str
    born: date | None
    passport: str
    relation: str = ""


@dataclass(frozen=True)
class StayItem:
    kind: str
    starts: datetime
    ends: datetime | None
    title: str
    where: str
    confirmation: str


@dataclass
class PacketInput:
    case_number: str
    patient: Traveller
    companions: list[Traveller]
    facility: dict[str, Any]                     # the facility profile (resources/facilities)
    agency: dict[str, Any]                       # name_en, name_ja, phone, helpline, email, address_*
    items: list[StayItem] = field(default_factory=list)
    sessions: list[date] = field(default_factory=list)
    visas: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # name, route, documents
    generated: date = field(default_factory=date.today)


@dataclass(frozen=True)
class Packet:
    lang: str
    case_number: str
    patient_name: str
    blocks: tuple[Block, ...]
    generated: date


KIND_PHRASES = {"flight": "Flight", "accommodation": "Accommodation", "appointment": "Appointment",
                "session": "Treatment session", "transfer": "Transfer / pickup",
                "interpreter": "Interpreter", "phone_rental": "Phone rental"}
ROUTE_PHRASES = {"visa_exempt": "No visa needed", "medical_stay": "Visa for Medical Stay",
                 "designated_activities": "Designated Activities"}
BRING = ("Passport (valid for at least 6 months after the stay)", "Visa (if one is needed)",
         "Medical records and doctors' reports", "Imaging on disc (CT, MRI, PET in DICOM format)",
         "Pathology reports (and slides if asked)", "List of the medicines you take, with doses",
         "Money or a credit card for daily expenses")
AFTER = ("The facility examines you to confirm that heavy ion radiotherapy is right for you.",
         "When the facility formally accepts you, you sign the informed consent.",
         "Treatment starts after planning (CT, immobilisation mask or cast), usually within 1 to 2 weeks.",
         "The coordinator helps with transport, interpreting, shopping and daily life throughout the stay.")
COST_ITEMS = {"heavy_ion_radiotherapy": "Heavy ion radiotherapy",
              "medical_services": "Medical services other than heavy ion radiotherapy",
              "equipment_depreciation": "Equipment depreciation costs", "administration": "Administration"}
COST_NOTES = ("Heavy ion radiotherapy costs are fixed, regardless of the number of sessions.",
              "Travel and accommodation costs, as well as coordinator fees, are not included.",
              "Any consultation fees are in addition to the above.")


def build_packet(data: PacketInput, lang: str) -> Packet:
    """The packet's blocks in Japanese beside `lang` (`ja` alone gives Japanese only)."""
    def p(text: str, **values: object) -> Pair:
        return Pair(phrase(JA, text, **values), phrase(lang, text, **values))

    def same(text: str) -> Pair:
        return Pair(text, text)

    def dates(value: date | None) -> Pair:
        return Pair(fmt_date(value, JA), fmt_date(value, lang))

    fac = data.facility
    other_name = fac["name_ja"] if lang == JA else fac["name_en"]
    arrival = min((i.starts.date() for i in data.items), default=None)
    departure = max(((i.ends or i.starts).date() for i in data.items), default=None)
    stay = Pair(f"{fmt_date(arrival, JA)}〜{fmt_date(departure, JA)}",
                f"{fmt_date(arrival, lang)} – {fmt_date(departure, lang)}") if arrival else same("")
    about: list[tuple[Pair, Pair]] = [(p("Patient"), Pair(data.patient.name_latin, data.patient.name_latin))]
    if data.patient.name_native:          # rows that may not apply: only when they do
        about.append((p("Name in own script"), same(data.patient.name_native)))
    about += [
        (p("Date of birth"), dates(data.patient.born)),
        (p("Passport number"), same(data.patient.passport)),
        (p("Case number"), same(data.case_number)),
        (p("Facility"), Pair(fac["name_ja"], other_name)),
        (p("Stay in Japan"), stay),
    ]
    if data.companions:
        about.append((p("Companions"), same(", ".join(c.name_latin for c in data.companions))))
    blocks: list[Block] = [Heading(p("Travel and treatment packet")), Fields(tuple(about))]
    ag = data.agency
    agency_ja = ag.get("name_ja") or ag["name_en"]
    blocks += [
        Heading(p("Contacts")),
        Fields((
            (p("Coordinator agency"), Pair(agency_ja, ag["name_en"] if lang != JA else agency_ja)),
            (p("24-hour helpline"), same(ag.get("helpline", ""))),
            (p("Facility address"), Pair(fac.get("address_ja", ""), fac.get("address_en", ""))),
            (p("Facility phone"), same(fac.get("phone", ""))),
            (p("Ambulance and fire"), same("119")),
            (p("Police"), same("110")),
        )),
        Paragraphs((p("Call the 24-hour helpline first for anything you need."),)),
        Heading(p("Itinerary")),
    ]
    if data.items:
        stay_rows: list[tuple[Pair, ...]] = []
        for item in sorted(data.items, key=lambda i: i.starts):
            end = f"–{item.ends:%H:%M}" if item.ends and item.ends.date() == item.starts.date() else ""
            what = KIND_PHRASES.get(item.kind)
            title = p(what) if what else same(item.kind)
            if item.title and item.kind != "session":
                title = Pair(f"{title.ja}：{item.title}", f"{title.other}: {item.title}")
            elif item.kind == "session":
                title = Pair(f"{title.ja} {item.title}", f"{title.other} {item.title}")
            stay_rows.append((dates(item.starts.date()), same(f"{item.starts:%H:%M}{end}"), title,
                              same(item.where), same(item.confirmation)))
        blocks.append(Grid((p("Date"), p("Time"), p("What"), p("Where"), same("#")), tuple(stay_rows)))
    else:
        blocks.append(Paragraphs((p("No itinerary has been planned yet."),)))
    if data.sessions:
        blocks.append(Heading(p("Treatment calendar")))
        blocks.append(Paragraphs((Pair(f"{len(data.sessions)}{phrase(JA, 'fractions')}",
                                       f"{len(data.sessions)} {phrase(lang, 'fractions')}"),)))
        names_ja = babel_locale(JA).days["format"]["abbreviated"]
        names = babel_locale(lang).days["format"]["abbreviated"]
        weekdays = tuple(Pair(names_ja[i], names[i]) for i in range(7))
        months = sorted({(d.year, d.month) for d in data.sessions})
        for year, month in months:
            first = date(year, month, 1)
            # the locale's own year-month pattern ("LLLL y" gives Chinese month names in th, ko)
            title = Pair(format_skeleton("yMMMM", first, locale="ja"),
                         format_skeleton("yMMMM", first, locale=babel_locale(lang)))
            blocks.append(MonthGrid(year, month, title, weekdays,
                                    tuple(tuple(w) for w in month_grid(year, month)),
                                    frozenset(data.sessions)))
    if data.visas:
        blocks.append(Heading(p("Visa")))
        blocks.append(Fields(tuple((same(name), p(ROUTE_PHRASES[route]))
                                   for name, route, _docs in data.visas)))
    blocks += [Heading(p("What to bring")), Paragraphs(tuple(p(t) for t in BRING), bullets=True)]
    costs = fac.get("costs")
    if costs:
        cost_rows: list[tuple[Pair, Pair]] = []
        for item in costs["items"]:
            label = p(COST_ITEMS[item["id"]]) if item["id"] in COST_ITEMS else Pair(item["ja"], item["en"])
            amount = Pair(fmt_yen(item["amount"], JA), fmt_yen(item["amount"], lang)) \
                if "amount" in item else p("depends on the patient")
            cost_rows.append((label, amount))
        total, plus = costs["total"], "plus the cost of medical services"
        cost_rows.append((p("Total"), Pair(f"{fmt_yen(total, JA)} {phrase(JA, plus)}",
                                           f"{fmt_yen(total, lang)} {phrase(lang, plus)}")))
        blocks += [Heading(p("Cost estimate")), Fields(tuple(cost_rows)),
                   Paragraphs(tuple(p(t) for t in COST_NOTES), bullets=True)]
    blocks += [Heading(p("After arrival")), Paragraphs(tuple(p(t) for t in AFTER), bullets=True)]
    return Packet(lang, data.case_number, data.patient.name_latin, tuple(blocks), data.generated)

