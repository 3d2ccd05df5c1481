"""`demo`: realistic synthetic cases for trying the app, demonstrations and benchmarks.

People come from resources/demo/people.toml (names in their own scripts), diagnoses cover all
eight indication rows and sites the table does not list, with facts that screen every way
(eligible, ineligible, needs information, review), and statuses run along the whole pipeline.
The same seed gives the same people, facts, dates and statuses (relative to `today`).
"""

from __future__ import annotations

import random
import tomllib
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from hirt_desk.actions.cases import compact_result, reply_due
from hirt_desk.facilities import facility_profile
from hirt_desk.paths import resources_dir
from hirt_desk.planning.calendar import FacilityCalendar, plan_sessions
from hirt_desk.planning.pipeline import PIPELINE
from hirt_desk.planning.visa import decide
from hirt_desk.rules import get_rule_set, screen
from hirt_desk.store import changes
from hirt_desk.store.audit import current_user
from hirt_desk.store.bulk import bulk_insert, bulk_session, refresh_statistics
from hirt_desk.store.cases import next_case_numbers, next_seq
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import (
    AuditEntry,
    Bill,
    Case,
    Companion,
    Facility,
    ItineraryItem,
    ItineraryTraveller,
    Patient,
    Payment,
    ScreeningRecord,
    StatusChange,
    Task,
    VisaRecord,
    new_id,
)
from hirt_desk.store.search import add_to_search_index, search_body
from hirt_desk.store.station import station_code

VISA_FREE_SHORT_STAY = {"KR", "TW", "US"}    # demo only: these skip the visa step

# Eligible facts per site; perturbations below make the other verdicts.
_SITES = ("prostate", "lung", "liver", "pancreas", "sarcoma", "skull_base", "rectum",
          "oligo_recurrence")
_UNLISTED_SITES = ("head_neck_mucosal", "cervix", "bladder", "esophagus", "kidney")


@dataclass
class _Person:
    surname_latin: str
    given_names_latin: str
    name_native: str
    sex: str
    date_of_birth: date
    nationality: str
    passport_number: str
    passport_expiry: date
    languages: list[str]
    phone: str
    email: str
    address: str


@dataclass
class _CaseSpec:
    patient: _Person
    companions: list[tuple[str, _Person]]
    inquiry: date
    created: datetime
    status: str
    path: list[tuple[str, date]]
    facts: dict[str, Any]
    screening: dict[str, Any]          # the screening row as stored (small to send between processes)
    coordinator: str
    language: str
    stay: list[dict[str, Any]] = field(default_factory=list)     # itinerary rows, no ids yet
    visas: list[dict[str, Any]] = field(default_factory=list)    # visa records, traveller keys
    fractions: int | None = None
    treatment_start: date | None = None
    number: str = ""
    ids: dict[str, str] = field(default_factory=dict)


class _People:
    def __init__(self, rng: random.Random, today: date) -> None:
        data = tomllib.loads((resources_dir() / "demo" / "people.toml").read_text("utf-8"))
        self.coordinators = data.pop("coordinators")["names"]
        self.pools = data
        self.codes = list(data)
        self.weights = [data[c]["weight"] for c in self.codes]
        self.rng = rng
        self.today = today

    def _digits(self, template: str) -> str:
        """Fill each `{ddd}` run with that many random digits."""
        out = []
        for part in template.split("{"):
            if "}" in part:
                run, rest = part.split("}", 1)
                out.append(f"{self.rng.randrange(10 ** len(run)):0{len(run)}d}{rest}")
            else:
                out.append(part)
        return "".join(out)

    def nationality(self) -> str:
        return self.rng.choices(self.codes, self.weights)[0]

    def person(self, cc: str, *, surname: str | None = None, sex: str | None = None,
               age: tuple[int, int] = (35, 84)) -> _Person:
        pool, rng = self.pools[cc], self.rng
        sex = sex or rng.choice("FM")
        native_s, latin_s = (surname or rng.choice(pool["surnames"])).split("|")
        if sex == "F" and "female_suffix" in pool and not latin_s.endswith("A"):
            n_suf, l_suf = pool["female_suffix"].split("|")
            native_s, latin_s = native_s + n_suf, latin_s + l_suf
        native_g, latin_g = rng.choice(pool["female" if sex == "F" else "male"]).split("|")
        if pool["order"] == "surname_first":
            native = pool["join"].join((native_s, native_g))
        else:
            native = pool["join"].join((native_g, native_s))
        born = self.today - timedelta(days=rng.randint(age[0] * 365, age[1] * 365))
        expiry = self.today + timedelta(days=rng.randint(60, 9 * 365))
        email_user = f"{latin_g.split()[0].lower()}.{latin_s.lower()}{rng.randint(1, 99)}"
        return _Person(latin_s, latin_g, native, sex, born, cc, self._digits(pool["passport"]),
                       expiry, [pool["language"]], self._digits(pool["phone"]),
                       f"{email_user}@example.com", rng.choice(pool["cities"]))


    def relative(self, patient: _Person, relation: str) -> tuple[str, _Person]:
        """A companion: a spouse, or a child or sibling sharing the patient's family name."""
        cc = patient.nationality
        if relation == "spouse":
            return relation, self.person(cc, sex="M" if patient.sex == "F" else "F")
        family = next((s for s in self.pools[cc]["surnames"]
                       if patient.surname_latin.startswith(s.split("|")[1])), None)
        return relation, self.person(cc, surname=family, age=(18, 60))


def _facts(rng: random.Random) -> dict[str, Any]:
    """Facts for one case, aimed at a verdict chosen at random."""
    site = rng.choice(_SITES)
    f: dict[str, Any] = {
        "site": site, "measurable": True, "tumor_size_cm": round(rng.uniform(0.8, 11.5), 1),
        "distant_metastasis": False, "gi_tract_invasion": False, "spinal_cord_invasion": False,
        "ecog": rng.choice((0, 0, 1, 1, 2)),
    }
    pick = rng.choice
    if site == "prostate":
        f |= {"histology": "adenocarcinoma", "gleason_histology_confirmed": True,
              "psa_pre_biopsy": round(rng.uniform(4, 40), 1),
              "tnm.t": pick(("T1c", "T2a", "T2b", "T2c", "T3a", "T3b")), "tnm.n": "N0",
              "tnm.m": "M0"}
    elif site == "lung":
        f |= {"histology": pick(("nsclc", "adenocarcinoma", "squamous_cell_carcinoma")),
              "stage": pick(("IA", "IA2", "IB", "I", "IIA", "IIB", "IIIA"))}
    elif site == "liver":
        f |= {"histology": pick(("hcc", "hcc", "cholangiocarcinoma")), "child_pugh": pick("AB"),
              "liver_regions": 1, "ascites": False, "prior_tace": rng.random() < 0.3}
    elif site == "pancreas":
        f |= {"histology": "adenocarcinoma", "resectable": False, "ascites": False}
    elif site == "sarcoma":
        f |= {"histology": pick(("osteosarcoma", "chordoma", "chondrosarcoma", "ups", "mpnst",
                                 "leiomyosarcoma", "synovial_sarcoma")),
              "location": pick(("head_neck", "thoracic", "spinal_paraspinal", "retroperitoneal",
                                "pelvis")), "metal_in_field": False}
    elif site == "skull_base":
        f |= {"histology": pick(("chordoma", "chondrosarcoma")),
              "status": pick(("residual", "recurrent", "inoperable"))}
    elif site == "rectum":
        f |= {"histology": "adenocarcinoma", "status": "recurrent",
              "recurrence_site": pick(("pelvic_wall", "lymph_node")),
              "gi_distance_mm": rng.randint(3, 25)}
    else:
        f |= {"recurrence_organs": [pick(("lymph_node", "liver", "lung"))], "lesion_count": 1}

    roll = rng.random()
    if roll < 0.22:            # ineligible
        f |= pick(_FAILS.get(site, ()) + _COMMON_FAILS)
    elif roll < 0.38:          # needs information: some facts not yet in the records
        for key in rng.sample(sorted(k for k in f if k != "site"), rng.randint(1, 2)):
            del f[key]
    elif roll < 0.46:          # review: outside what the table states explicitly
        f |= pick(_REVIEWS.get(site, ({"site": pick(_UNLISTED_SITES)},)))
    elif roll < 0.50:
        f["site"] = pick(_UNLISTED_SITES)
    return f


_COMMON_FAILS = ({"tumor_size_cm": 13.5}, {"ecog": 3}, {"distant_metastasis": True},
                 {"gi_tract_invasion": True})
_FAILS: dict[str, tuple[dict[str, Any], ...]] = {
    "prostate": ({"tnm.n": "N1"}, {"tnm.t": "T4"}, {"gleason_histology_confirmed": False}),
    "lung": ({"histology": "sclc"}, {"stage": "IVA"}),
    "liver": ({"child_pugh": "C"}, {"liver_regions": 2}, {"ascites": True}),
    "pancreas": ({"resectable": True}, {"ascites": True}),
    "sarcoma": ({"location": "extremity"}, {"metal_in_field": True}),
    "skull_base": ({"status": "primary", "resectable": True},),
    "rectum": ({"recurrence_site": "anastomosis"}, {"gi_distance_mm": 1}),
    "oligo_recurrence": ({"recurrence_organs": ["bone"]}, {"lesion_count": 6}),
}
_REVIEWS: dict[str, tuple[dict[str, Any], ...]] = {
    "prostate": ({"tnm.t": "T1"},),
    "lung": ({"histology": "large_cell_neuroendocrine"},),
    "sarcoma": ({"histology": "angiosarcoma"}, {"histology": "ewing_sarcoma"}),
    "skull_base": ({"histology": "meningioma"},),
    "rectum": ({"recurrence_site": "presacral"},),
    "oligo_recurrence": ({"lesion_count": 2},),
}


def _status_path(rng: random.Random, inquiry: date, today: date, visa: bool,
                 verdict: str) -> list[tuple[str, date]]:
    """Statuses the case went through, with dates, ending where a case of this age would be."""
    age = (today - inquiry).days
    steps = [s for s in PIPELINE if visa or s != "visa"]
    if age < 4:
        reach = 0
    elif age < 15:
        reach = rng.randint(0, 2)
    elif age < 50:
        reach = rng.randint(1, steps.index("travel"))
    elif age < 110:
        reach = rng.randint(steps.index("visa" if visa else "travel"), steps.index("in_treatment"))
    else:
        reach = rng.randint(steps.index("completed"), len(steps) - 1)
    end = None
    if verdict == "ineligible" and reach >= 1:
        reach, end = min(reach, 2), "not_indicated"
    elif age >= 15 and rng.random() < 0.12:
        reach, end = min(reach, rng.randint(1, 4)), rng.choice(("declined", "withdrawn"))
    names = steps[: reach + 1] + ([end] if end else [])
    span = max(age, 1)
    days = sorted(rng.randint(1, span) for _ in names[1:])
    return [(names[0], inquiry)] + [(n, min(inquiry + timedelta(days=d), today))
                                    for n, d in zip(names[1:], days, strict=True)]


_STAYING = ("travel", "in_japan", "accepted", "in_treatment")


def _stay(rng: random.Random, pool: dict[str, Any], spec: _CaseSpec, calendar: FacilityCalendar,
          companions: list[str]) -> None:
    """The itinerary of a case that is travelling or in Japan: flights from the home airport,
    pickup, hotel, first consultation with an interpreter, phone rental and the sessions."""
    dates = dict(spec.path)
    if spec.status == "travel":
        arrival = dates["travel"] + timedelta(days=rng.randint(14, 35))
    else:
        arrival = dates["in_japan"]
    fractions = (spec.screening["result"]["fractions"] or [16])[0]
    start = plan_sessions(arrival + timedelta(days=rng.randint(7, 12)), fractions, calendar)
    leave = start.last + timedelta(days=rng.randint(1, 3))
    everyone = ["patient", *companions]
    zone, hours = pool["time_zone"], int(pool["flight_hours"])
    long_haul = hours > 6                 # overnight flights land the next afternoon
    out_time = datetime.combine(arrival - timedelta(days=1 if long_haul else 0),
                                time(22 if long_haul else 10, 30))
    land = datetime.combine(arrival, time(15 if hours <= 6 else 17, 5))

    def row(kind: str, starts: datetime, ends: datetime | None, **extra: Any) -> dict[str, Any]:
        return {"kind": kind, "starts": starts.isoformat(timespec="minutes"),
                "ends": ends.isoformat(timespec="minutes") if ends else None,
                "travellers": extra.pop("travellers", everyone), **extra}
    spec.stay = [
        row("flight", out_time, land, start_tz=zone, title=f"{pool['airport']} → NRT",
            place_from=pool["airport"], place_to="NRT", reference=pool["flight"],
            confirmation=f"{rng.randrange(36 ** 6):06X}"[:6], cost_yen=rng.randint(40, 160) * 1000),
        row("transfer", land + timedelta(hours=1), land + timedelta(hours=3, minutes=30),
            title="Airport pickup", place_from="NRT", place_to="Maebashi", cost_yen=38000),
        row("accommodation", datetime.combine(arrival, time(19, 0)), datetime.combine(leave, time(9, 0)),
            title="Hotel, Maebashi", place_to="Maebashi", confirmation=f"H{rng.randint(10000, 99999)}",
            cost_yen=9800 * (leave - arrival).days),
        row("phone_rental", land, datetime.combine(leave, time(8, 0)), title="Mobile phone",
            cost_yen=350 * (leave - arrival).days),
        row("appointment", datetime.combine(arrival + timedelta(days=1), time(9, 0)),
            datetime.combine(arrival + timedelta(days=1), time(12, 0)),
            title="First consultation and examinations", place_to="GHMC", travellers=["patient"]),
        row("interpreter", datetime.combine(arrival + timedelta(days=1), time(9, 0)),
            datetime.combine(arrival + timedelta(days=1), time(12, 0)),
            title="Medical interpreter", cost_yen=30000, travellers=["patient"]),
        *(row("session", datetime.combine(d, time(10, 0)), datetime.combine(d, time(11, 0)),
              title=f"{n}/{fractions}", place_to="GHMC", travellers=["patient"])
          for n, d in enumerate(start.sessions, start=1)),
        row("flight", datetime.combine(leave, time(11, 0)),
            datetime.combine(leave, time(11, 0)) + timedelta(hours=hours), end_tz=zone,
            title=f"NRT → {pool['airport']}", place_from="NRT", place_to=pool["airport"],
            reference=pool["flight"][:-1] + str((int(pool["flight"][-1]) + 1) % 10)),
    ]
    spec.fractions, spec.treatment_start = fractions, start.sessions[0]
    spec.visas = _visas(rng, spec, pool["embassy"] if "embassy" in pool else "", arrival, leave,
                        everyone)


def _visas(rng: random.Random, spec: _CaseSpec, embassy: str, arrival: date, leave: date,
           travellers: list[str]) -> list[dict[str, Any]]:
    """Visa records of the travellers who need one: issued with every document in for those in
    Japan; partway (some documents in, some applications made) for those about to travel."""
    records = []
    for key in travellers:
        decision = decide(spec.patient.nationality, arrival, leave,
                          role="patient" if key == "patient" else "companion")
        if not decision.needs_visa:
            continue
        travelled = spec.status != "travel"
        applied = arrival - timedelta(days=rng.randint(25, 40))
        issued = applied + timedelta(days=rng.randint(5, 10))
        docs = {}
        for n, doc in enumerate(decision.documents):
            done = travelled or rng.random() < 0.6 or n < 2
            docs[doc] = {"status": "submitted" if travelled else ("received" if done else "requested"),
                         "date": (applied - timedelta(days=rng.randint(1, 10))).isoformat()}
        has_visa = travelled or rng.random() < 0.4
        records.append({
            "traveller": key, "embassy": embassy, "documents": docs, "entries": "single",
            "on_guarantee_form": True, "notes": "",
            "application_date": applied.isoformat() if travelled or rng.random() < 0.6 else None,
            "issue_date": issued.isoformat() if has_visa else None,
            "visa_number": f"MS{rng.randint(10 ** 7, 10 ** 8 - 1)}" if has_visa else "",
            "valid_until": (issued + timedelta(days=90)).isoformat() if has_visa else None,
            "permitted_days": 90 if has_visa else None,
        })
    return records


CHUNK = 5000          # cases per chunk; each chunk has its own random stream from the seed


def _make_chunk(seed: int, chunk: int, count: int, today: date) -> list[_CaseSpec]:
    rng = random.Random(f"hirt-desk-demo/{seed}/{chunk}")
    people = _People(rng, today)
    rules = get_rule_set("ghmc")
    calendar = FacilityCalendar.from_profile(facility_profile("ghmc"))
    specs = []
    for _ in range(count):
        cc = people.nationality()
        patient = people.person(cc)
        companions = [people.relative(patient, rng.choice(("spouse", "child", "sibling")))
                      for _ in range(rng.choice((0, 1, 1, 1, 2)))]
        days_ago = min(int(rng.expovariate(1 / 420)), 5 * 365)
        inquiry = today - timedelta(days=days_ago)
        created = datetime.combine(inquiry, datetime.min.time()) + timedelta(
            seconds=rng.randint(8 * 3600, 19 * 3600))
        facts = _facts(rng)
        result = screen(rules, facts)
        path = _status_path(rng, inquiry, today, cc not in VISA_FREE_SHORT_STAY, result.verdict)
        screening = {"verdict": result.verdict, "result": compact_result(result),
                     "rule_set_id": result.rule_set_id, "rule_set_version": result.rule_set_version}
        spec = _CaseSpec(patient, companions, inquiry, created, path[-1][0], path, facts,
                         screening, rng.choice(people.coordinators), people.pools[cc]["language"])
        if spec.status in _STAYING:
            _stay(rng, people.pools[cc], spec, calendar, [f"companion-{i}" for i in range(len(companions))])
        specs.append(spec)
    return specs


def make_specs(count: int, seed: int, today: date) -> list[_CaseSpec]:
    """The synthetic cases for `seed`, without touching the database.

    Made in chunks of CHUNK cases, each from its own random stream. (Making the chunks in
    worker processes was measured: sending 100,000 cases back costs more than it saves.)"""
    sizes = [min(CHUNK, count - start) for start in range(0, count, CHUNK)]
    return [spec for chunk, size in enumerate(sizes) for spec in _make_chunk(seed, chunk, size, today)]


# What one yen buys in the patients' currencies (a plausible 2026 rate; demo data only).
_DEMO_RATES = {"CNY": "0.048", "TWD": "0.21", "HKD": "0.052", "KRW": "9.2", "VND": "170", "THB": "0.23",
               "RUB": "0.6", "MNT": "22", "IDR": "105", "USD": "0.0066", "SAR": "0.025", "AED": "0.024"}
_DEPOSIT_JPY = 3_000_000


def _reached(spec: _CaseSpec, status: str) -> date | None:
    return next((when for s, when in spec.path if s == status), None)


def _money(spec: _CaseSpec, case_id: str, stamp: str, seed: int, today: date
           ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A case's deposit request and deposit (once travel is near), its invoice and the rest paid
    (once treated; some still owed): bills without numbers yet, and payments in the patient's
    currency at a demo rate. Its own random stream, so the cases are the same as without it."""
    from decimal import Decimal

    from hirt_desk.money.amount import currency_of, from_yen, to_yen
    rng = random.Random(zlib.crc32(f"money:{seed}:{spec.number}".encode()))
    bills: list[dict[str, Any]] = []
    payments: list[dict[str, Any]] = []
    currency = currency_of(spec.patient.nationality)
    rate = _DEMO_RATES.get(currency)
    if rate is None:
        currency, rate = "JPY", ""

    def bill(kind: str, total: int, issued: date) -> None:
        bills.append({"id": new_id(), "created": stamp, "updated": stamp, "case": case_id, "kind": kind,
                      "issued": issued, "due": issued + timedelta(days=14), "lines": [], "total_jpy": total,
                      "currency": currency, "rate": rate, "rate_date": issued, "notes": "",
                      "issued_by": spec.coordinator})

    def pay(yen: int, received: date) -> None:
        if received > today:
            return
        amount = from_yen(yen, currency, Decimal(rate)) if rate else None
        counted = to_yen(amount, Decimal(rate)).minor if amount is not None else yen
        payments.append({"id": new_id(), "created": stamp, "updated": stamp, "case": case_id,
                         "kind": "payment", "received": received,
                         "amount_minor": amount.minor if amount is not None else yen, "currency": currency,
                         "rate": rate, "amount_jpy": counted, "method": rng.choice(("bank_transfer", "card")),
                         "reference": f"TT{rng.randrange(10 ** 8):08d}", "bill": None,
                         "recorded_by": spec.coordinator})

    asked = _reached(spec, "visa") or _reached(spec, "travel")
    if asked is None:
        return bills, payments
    bill("deposit", _DEPOSIT_JPY, asked)
    pay(_DEPOSIT_JPY, asked + timedelta(days=rng.randint(3, 12)))
    done = _reached(spec, "completed")
    if done is not None:
        total = 4_965_000 + 300_000 + rng.randint(2, 9) * 100_000
        bill("invoice", total, done)
        if rng.random() < 0.85:                     # the rest paid; else still owed
            held = sum(p["amount_jpy"] for p in payments)
            pay(total - held, done + timedelta(days=rng.randint(7, 30)))
    return bills, payments


def _number_bills(bills: list[dict[str, Any]]) -> None:
    """Bill numbers as the money actions give them (one counter per year, the station's code),
    reserved for all the demo's bills of a year at once."""
    from hirt_desk.actions.money import BILL_PREFIX
    from hirt_desk.store.station import COUNTER_PREFIX, advance_counter
    station = station_code()
    by_year: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in sorted(bills, key=lambda r: r["issued"]):
        by_year[row["issued"].year].append(row)
    for year, group in by_year.items():
        last = advance_counter(f"{COUNTER_PREFIX}bill-{year}", len(group))
        for n, row in enumerate(group, start=last - len(group) + 1):
            row["number"] = f"{BILL_PREFIX[row['kind']]}-{year}-{station}-{n:04d}"


def add_demo_cases(count: int = 50, seed: int = 1, today: date | None = None,
                   user: str | None = None) -> int:
    """Insert `count` synthetic cases in one transaction; returns how many were added."""
    today = today or date.today()
    user = user or current_user()
    specs = sorted(make_specs(count, seed, today), key=lambda s: s.created)
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    search_rows: list[tuple[str, int, str]] = []
    with store_errors(), bulk_session(), write_transaction():
        facility = Facility.get(Facility.code == "ghmc").id
        by_year: dict[int, list[_CaseSpec]] = defaultdict(list)
        for spec in specs:
            by_year[spec.inquiry.year].append(spec)
        for year, group in by_year.items():
            for spec, number in zip(group, next_case_numbers(year, len(group)), strict=True):
                spec.number = number
        first_seq = next_seq()
        station = station_code()
        for seq, spec in enumerate(specs, start=first_seq):
            patient_id, case_id = new_id(), new_id()
            stamp = spec.created.isoformat(" ")        # as SQLite stores it: no per-row conversion
            rows["patient"].append({"id": patient_id, "created": stamp, "updated": stamp,
                                    **vars(spec.patient)})
            rows["case"].append({
                "id": case_id, "created": stamp, "updated": stamp, "number": spec.number, "seq": seq,
                "patient": patient_id, "facility": facility, "status": spec.status,
                "inquiry_date": spec.inquiry, "reply_due": reply_due(spec.inquiry),
                "coordinator": spec.coordinator, "packet_language": spec.language,
                "facts": spec.facts, "site": spec.facts.get("site", ""),
                "fractions": spec.fractions, "treatment_start": spec.treatment_start})
            companion_ids = {}
            for i, (relation, person) in enumerate(spec.companions):
                companion_ids[f"companion-{i}"] = new_id()
                rows["companion"].append({"id": companion_ids[f"companion-{i}"], "created": stamp,
                                          "updated": stamp, "case": case_id,
                                          "relation": relation, **vars(person)})
            for record in spec.visas:
                values = {k: v for k, v in record.items() if k != "traveller"}
                rows["visa_record"].append({
                    **values, "id": new_id(), "created": stamp, "updated": stamp, "case": case_id,
                    "companion": companion_ids.get(record["traveller"])})
            for item in spec.stay:
                item_id = new_id()
                rows["itinerary_item"].append({
                    **{k: v for k, v in item.items() if k != "travellers"},
                    "id": item_id, "created": stamp, "updated": stamp, "case": case_id})
                rows["itinerary_traveller"].extend(
                    {"id": new_id(), "created": stamp, "updated": stamp, "item": item_id,
                     "companion": companion_ids.get(t)} for t in item["travellers"])
            people = [spec.patient, *(person for _, person in spec.companions)]
            search_rows.append((case_id, seq, search_body([spec.number], people)))
            prev = None
            for status, when in spec.path:
                rows["status_change"].append({
                    "id": new_id(), "created": stamp, "updated": stamp,
                    "case": case_id, "from_status": prev, "to_status": status,
                    "effective_date": when.isoformat(), "note": "", "changed_by": spec.coordinator})
                prev = status
            rows["screening"].append({"id": new_id(), "created": stamp, "updated": stamp,
                                      "case": case_id, "screened_by": spec.coordinator,
                                      **spec.screening})
            bills, paid = _money(spec, case_id, stamp, seed, today)
            rows["bill"] += bills
            rows["payment"] += paid
            if spec.status == "records":       # a task on the Today view: records to chase
                due = spec.path[-1][1] + timedelta(days=7)
                rows["task"].append({"id": new_id(), "created": stamp, "updated": stamp, "case": case_id,
                                     "title": "Ask the family for the missing records", "due": due,
                                     "assignee": "", "state": "open" if due >= today - timedelta(days=14)
                                     else "done", "origin": "hand", "created_by": spec.coordinator})
            changeset = new_id()
            for table, rid in (("patient", patient_id), ("case", case_id)):
                rows["audit"].append({"at": stamp, "user": user, "table": table, "record_id": rid,
                                      "action": "create", "field": "demo", "change_id": new_id(),
                                      "changeset": changeset, "origin": station, "case_id": case_id,
                                      "case_version": 1})
        _number_bills(rows["bill"])
        for model in (Patient, Case, Companion, StatusChange, ScreeningRecord, ItineraryItem,
                      ItineraryTraveller, VisaRecord, Bill, Payment, Task, AuditEntry):
            bulk_insert(model, rows[model._meta.table_name])
        add_to_search_index(search_rows)
        refresh_statistics([*rows, "case_search"])
        changes.publish(changes.MANY, 1, user)         # one word to the other seats, not one per case
    return len(specs)
