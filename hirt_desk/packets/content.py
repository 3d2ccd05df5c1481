"""The travel-and-treatment packet as plain data: what it says, in Japanese beside the patient's
language, before any layout. Built from `PacketInput` (plain values the actions gather from the
store), so it is tested without a database and rendered by `packets.render`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, format_skeleton, get_timezone_location
from babel.numbers import format_currency

from hirt_desk.packets.phrases import count_phrase, phrase
from hirt_desk.planning.calendar import FacilityCalendar, japanese_holiday, month_grid

JA = "ja"
TOKYO = "Asia/Tokyo"
BUDDHIST_ERA = 543


def babel_locale(lang: str) -> Locale:
    return Locale.parse(lang.replace("-", "_"))


def fmt_date(value: date | None, lang: str, full: bool = False) -> str:
    """A date as the language writes it; Vietnamese in numbers (no "thg" abbreviations), Thai
    in the Buddhist Era the patient reads, saying so (พ.ศ.). `full` adds the weekday."""
    if value is None:
        return ""
    loc = babel_locale(lang)
    if lang == "vi":
        day = f"{value:%d/%m/%Y}"
        return f"{loc.days['format']['wide'][value.weekday()]}, {day}" if full else day
    if lang == "th":
        month = loc.months["format"]["wide" if full else "abbreviated"][value.month]
        day = f"{value.day} {month} พ.ศ. {value.year + BUDDHIST_ERA}"
        return f"{loc.days['format']['wide'][value.weekday()]}ที่ {day}" if full else day
    return format_date(value, format="full" if full else "medium" if lang != JA else "long", locale=loc)


def fmt_month(year: int, month: int, lang: str) -> str:
    """A calendar month's title (the locale's year-month pattern; Thai in the Buddhist Era)."""
    loc = babel_locale(lang)
    if lang == "th":
        return f"{loc.months['format']['wide'][month]} พ.ศ. {year + BUDDHIST_ERA}"
    # "yMMMM", not "LLLL y", which gives Chinese month names in th, ko
    return format_skeleton("yMMMM", date(year, month, 1), locale=loc)


def zone_place(zone: str, lang: str) -> str:
    """Where a time zone's clock is kept, in the language: the country when it has one zone
    ("Asia/Ho_Chi_Minh" -> ベトナム, not the city, for a flight from Hanoi), else the city the
    zone is named after (Владивосток)."""
    territory = get_global("zone_territories").get(zone)
    loc = babel_locale(lang)
    if territory and len(get_global("territory_zones").get(territory, ())) == 1 \
            and territory in loc.territories:
        return str(loc.territories[territory])
    try:
        return str(get_timezone_location(zone, locale=loc, return_city=True))
    except LookupError:
        return zone.rsplit("/", 1)[-1].replace("_", " ")


# How a clock's place and offset are bracketed: "08:00（日本、UTC+9）", "08:00 (فيتنام، UTC+7)".
_ZONE_BRACKETS = {JA: ("（", "、", "）"), "zh-Hans": ("（", "，", "）"), "zh-Hant": ("（", "，", "）"),
                  "ar": (" (", "، ", ")")}


def _zone(time: str, lang: str, *parts: str) -> str:
    opening, comma, closing = _ZONE_BRACKETS.get(lang, (" (", ", ", ")"))
    return f"{time}{opening}{comma.join(parts)}{closing}"


def clock(moment: datetime, zone: str, lang: str, offset_too: bool = True) -> str:
    """A time with where its clock is and its offset: "08:00 (Japan, UTC+9)", in the language's
    own brackets and comma (the Arabic comma in Arabic)."""
    if not offset_too:
        return _zone(f"{moment:%H:%M}", lang, zone_place(zone, lang))
    try:
        offset = moment.replace(tzinfo=ZoneInfo(zone)).utcoffset() or timedelta()
    except (ZoneInfoNotFoundError, ValueError):
        return f"{moment:%H:%M}"
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    utc = f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    return _zone(f"{moment:%H:%M}", lang, zone_place(zone, lang), utc)


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


# How a calendar day is marked: a session, a session on a day the facility does not usually
# treat (to confirm), a public holiday, a facility closure, a Saturday or Sunday.
SESSION, CHECK, HOLIDAY, CLOSURE, WEEKEND = "session", "check", "holiday", "closure", "weekend"


@dataclass(frozen=True)
class MonthGrid:
    year: int
    month: int
    title: Pair
    weekdays: tuple[Pair, ...]                   # Monday first
    weeks: tuple[tuple[date | None, ...], ...]
    sessions: frozenset[date]
    marks: dict[date, str] = field(default_factory=dict)          # day -> SESSION, CHECK, ...
    legend: tuple[tuple[str, Pair], ...] = ()                     # (mark, what it means)


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
    starts: datetime                             # local wall-clock time in start_tz
    ends: datetime | None
    title: str                                   # the coordinator's free text
    where: str
    confirmation: str                            # booking code
    reference: str = ""                          # flight number, hotel name, ...
    start_tz: str = TOKYO
    end_tz: str = TOKYO
    place_from: str = ""
    travellers: tuple[str, ...] = ()             # names of who it is for


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
    coordinator: str = ""                        # who prepared it (the case's coordinator)


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
DOCUMENT_PHRASES = {"passport": "Passport", "photo": "Photo", "application_form": "Visa application form",
                    "guarantee_form": "Certificate of scheduled treatment and letter of guarantee",
                    "proof_of_funds": "Proof of funds (e.g. bank balance certificate)",
                    "identity_documents": "Identity documents (as the embassy asks)",
                    "certificate_of_eligibility": "Certificate of Eligibility",
                    "treatment_schedule": "Treatment schedule (multiple-entry visa)"}
BRING = ("Passport (valid for at least 6 months after the stay)", "Visa (if one is needed)",
         "Medical records and doctors' reports", "Imaging on disc (CT, MRI, PET in DICOM format)",
         "Pathology reports (and the pathology slides if asked)",
         "List of the medicines you take, with doses",
         "Money or a credit card for daily expenses")
AFTER = ("The facility examines you to confirm that heavy ion radiotherapy is right for you.",
         "When the facility formally accepts you, you sign the informed consent.",
         "Treatment starts after planning (CT, immobilisation mask or cast), usually within 1 to 2 weeks.",
         "The coordinator helps with transport, interpreting, shopping and daily life throughout the stay.")
COST_ITEMS = {"heavy_ion_radiotherapy": "Heavy ion radiotherapy",
              "medical_services": "Medical services other than heavy ion radiotherapy",
              "equipment_depreciation": "Equipment depreciation costs", "administration": "Administration"}
COST_NOTES = ("Heavy ion radiotherapy costs are fixed, regardless of the number of sessions.",
              "Travel and accommodation costs, as well as the medical coordination company's fees, "
              "are not included.",
              "Any consultation fees are in addition to the above.")
EMERGENCY = ("In an emergency (fire, sudden illness, injury), call 119 first (police: 110). "
             "For everything else, call the 24-hour helpline.")
CHECK_NOTE = ("{date}: a treatment session is planned on a day the facility usually does not treat "
              "(weekend, public holiday or closure). Please confirm it with the coordinator.")
LEGEND = ((SESSION, "Treatment day"), (WEEKEND, "Saturday, Sunday"), (HOLIDAY, "Public holiday"),
          (CLOSURE, "Facility closed"), (CHECK, "To confirm"))


def day_mark(day: date, sessions: frozenset[date], calendar: FacilityCalendar | None) -> str | None:
    """How the calendar marks `day` (None: an ordinary day)."""
    holiday = japanese_holiday(day) is not None
    closed = calendar is not None and any(c.covers(day) for c in calendar.closures)
    if day in sessions:
        usual = calendar.weekdays if calendar is not None else (0, 1, 2, 3, 4)
        off = holiday or closed or day.weekday() >= 5 or day.weekday() not in usual
        return CHECK if off else SESSION
    if holiday:
        return HOLIDAY
    if closed:
        return CLOSURE
    return WEEKEND if day.weekday() >= 5 else None


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
        (p("Reference number"), same(data.case_number)),
        (p("Facility"), Pair(fac["name_ja"], other_name)),
        (p("Stay in Japan"), stay),
    ]
    if data.companions:
        about.append((p("Companions"), same("\n".join(c.name_latin for c in data.companions))))
    ag = data.agency
    agency_ja = ag.get("name_ja") or ag["name_en"]
    agency_other = ag["name_en"] if lang != JA else agency_ja
    if data.coordinator:
        about.append((p("Prepared by"), Pair(f"{data.coordinator}（{agency_ja}）",
                                             f"{data.coordinator} ({agency_other})")))
    blocks: list[Block] = [Heading(p("Travel and treatment packet")), Fields(tuple(about))]
    blocks += [
        Heading(p("Contacts")),
        Fields((
            (p("Medical coordination company"), Pair(agency_ja, agency_other)),
            (p("24-hour helpline"), same(ag.get("helpline", ""))),
            (p("Facility address"), Pair(fac.get("address_ja", ""), fac.get("address_en", ""))),
            (p("Facility phone"), same(fac.get("phone", ""))),
            (p("Ambulance and fire"), same("119")),
            (p("Police"), same("110")),
        )),
        Paragraphs((p(EMERGENCY),)),
        Heading(p("Itinerary")),
    ]
    if data.items:
        rows = tuple(_item_row(item, lang) for item in sorted(data.items, key=lambda i: i.starts))
        blocks.append(Grid((p("Date"), p("Time"), p("What"), p("Where"), p("Travellers")), rows))
    else:
        blocks.append(Paragraphs((p("No itinerary has been planned yet."),)))
    if data.sessions:
        blocks += _calendar(data, lang)
    if data.visas:
        blocks.append(Heading(p("Visa")))
        blocks.append(Fields(tuple((same(name), p(ROUTE_PHRASES[route]))
                                   for name, route, _docs in data.visas)))
        def whose(name: str) -> Pair:
            """The label of a traveller's documents, the name once: under the patient's language
            (the cell prints the Japanese, then the other language), or under the Japanese alone."""
            label = p("Documents for the visa")
            return Pair(f"{label.ja}\n{name}", "") if lang == JA else Pair(label.ja, f"{label.other}\n{name}")

        documents = tuple(
            (whose(name),
             _lines(*(p(DOCUMENT_PHRASES[d]) if d in DOCUMENT_PHRASES else same(d) for d in docs)))
            for name, _route, docs in data.visas if docs)
        if documents:
            blocks.append(Fields(documents))
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


def _pair(lang: str, text: str, **values: object) -> Pair:
    return Pair(phrase(JA, text, **values), phrase(lang, text, **values))


def _same(text: str) -> Pair:
    return Pair(text, text)


def _lines(*pairs: Pair) -> Pair:
    return Pair("\n".join(x.ja for x in pairs if x.ja), "\n".join(x.other for x in pairs if x.other))


def _item_row(item: StayItem, lang: str) -> tuple[Pair, ...]:
    """One itinerary row: dates (first to last day), times each with its city, what (the kind's
    label, then the flight number, the coordinator's text, check-in/out, the booking code),
    where, and who it is for."""
    end = item.ends
    multi_day = end is not None and end.date() != item.starts.date()

    def when(moment: datetime, zone: str, language: str) -> str:
        return clock(moment, zone, language, offset_too=item.kind == "flight" or zone != TOKYO)

    day_ja, day = fmt_date(item.starts.date(), JA), fmt_date(item.starts.date(), lang)
    if multi_day and end is not None:
        day_ja += f"〜\n{fmt_date(end.date(), JA)}"
        day += f" –\n{fmt_date(end.date(), lang)}"
    if item.kind == "accommodation":
        time = _lines(*(Pair(f"{phrase(JA, label)} {moment:%H:%M}", f"{phrase(lang, label)} {moment:%H:%M}")
                        for label, moment in (("Check-in", item.starts), ("Check-out", end)) if moment))
    elif end is not None and (multi_day or item.end_tz != item.start_tz):
        time = Pair(f"{when(item.starts, item.start_tz, JA)}\n→ {when(end, item.end_tz, JA)}",
                    f"{when(item.starts, item.start_tz, lang)}\n→ {when(end, item.end_tz, lang)}")
    elif end is not None and end != item.starts:
        time = Pair(f"{item.starts:%H:%M}–{when(end, item.end_tz, JA)}",
                    f"{item.starts:%H:%M}–{when(end, item.end_tz, lang)}")
    else:
        time = Pair(when(item.starts, item.start_tz, JA), when(item.starts, item.start_tz, lang))
    label = _pair(lang, KIND_PHRASES[item.kind]) if item.kind in KIND_PHRASES else _same(item.kind)
    if item.kind == "flight" and item.reference:
        label = Pair(f"{label.ja} {item.reference}", f"{label.other} {item.reference}")
    details = [label]
    where = f"{item.place_from} → {item.where}" if item.kind == "flight" and item.place_from \
        and item.place_from != item.where else item.where
    # the coordinator's own words (any language): a detail, printed once, beside the patient's side
    free = [t for t in dict.fromkeys((item.reference if item.kind != "flight" else "", item.title))
            if t and t != where]
    details += [Pair("" if lang != JA else t, t) for t in free]
    if multi_day and item.kind not in ("accommodation", "flight") and end is not None:
        details.append(Pair(phrase(JA, "Until {date}", date=fmt_date(end.date(), JA)),
                            phrase(lang, "Until {date}", date=fmt_date(end.date(), lang))))
    if item.confirmation:
        details.append(Pair(f"{phrase(JA, 'Booking code')}：{item.confirmation}",
                            f"{phrase(lang, 'Booking code')}: {item.confirmation}"))
    return (Pair(day_ja, day), time, _lines(*details), _same(where), _same("\n".join(item.travellers)))


def _calendar(data: PacketInput, lang: str) -> list[Block]:
    """The treatment calendar: how many sessions (labelled), the facility's standard courses,
    each month with sessions, weekends, holidays and closures marked, a legend, and a note for
    each session on a day the facility does not usually treat."""
    def p(text: str, **values: object) -> Pair:
        return _pair(lang, text, **values)

    def course(language: str, n: int, weeks: int) -> str:
        return phrase(language, "{sessions} in {weeks}",
                      sessions=count_phrase(language, "{n} treatment session", n),
                      weeks=count_phrase(language, "{n} week", weeks))

    fac = data.facility
    calendar = FacilityCalendar.from_profile(fac) if "treatment_weekdays" in fac else None
    n = len(data.sessions)
    rows: list[tuple[Pair, Pair]] = [(p("Number of treatment sessions"),
                                      Pair(count_phrase(JA, "{n} treatment session", n),
                                           count_phrase(lang, "{n} treatment session", n)))]
    courses = [Pair(course(JA, n, w), course(lang, n, w)) for n, w in fac.get("standard_courses", ())]
    if courses:
        rows.append((p("Standard courses"), Pair("\n".join(c.ja for c in courses),
                                                 "\n".join(c.other for c in courses))))
    out: list[Block] = [Heading(p("Treatment calendar")), Fields(tuple(rows))]
    names_ja = babel_locale(JA).days["format"]["abbreviated"]
    names = babel_locale(lang).days["format"]["abbreviated"]
    weekdays = tuple(Pair(names_ja[i], names[i]) for i in range(7))
    sessions = frozenset(data.sessions)
    legend = tuple((mark, p(text)) for mark, text in LEGEND)
    for year, month in sorted({(d.year, d.month) for d in data.sessions}):
        weeks = tuple(tuple(w) for w in month_grid(year, month))
        marks = {d: m for w in weeks for d in w if d is not None
                 and (m := day_mark(d, sessions, calendar)) is not None}
        out.append(MonthGrid(year, month, Pair(fmt_month(year, month, JA), fmt_month(year, month, lang)),
                             weekdays, weeks, sessions, marks, legend))
    checks = [d for d in sorted(sessions) if day_mark(d, sessions, calendar) == CHECK]
    if checks:
        out.append(Paragraphs(tuple(Pair(phrase(JA, CHECK_NOTE, date=fmt_date(d, JA, full=True)),
                                         phrase(lang, CHECK_NOTE, date=fmt_date(d, lang, full=True)))
                                    for d in checks), bullets=True))
    return out
