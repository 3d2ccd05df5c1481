"""Printing a case's travel-and-treatment packet: gather its data, build, render."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

from hirt_desk.actions.agency import load_agency
from hirt_desk.actions.cases import get_case
from hirt_desk.actions.itinerary import list_items
from hirt_desk.actions.visa import load_visas
from hirt_desk.facilities import facility_profile
from hirt_desk.packets.content import PacketInput, StayItem, Traveller, build_packet
from hirt_desk.packets.phrases import LANGUAGES, UntranslatedPhrase
from hirt_desk.packets.render import render_packet
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import Companion


def packet_input(case_ref: str, today: date | None = None) -> PacketInput:
    with store_errors():
        case = get_case(case_ref)
        items = list_items(case.id)
        people = [case.patient, *case.companions.order_by(Companion.created, Companion.id)]
        names = {"patient": case.patient.name_latin, **{c.id: c.name_latin for c in people[1:]}}
        visas = [(v.name, v.decision.route, v.decision.documents)
                 for v in load_visas(case.id, today, items) if v.decision is not None]
        return PacketInput(
            case_number=case.number,
            patient=Traveller(case.patient.name_latin, case.patient.name_native,
                              case.patient.date_of_birth, case.patient.passport_number),
            companions=[Traveller(p.name_latin, p.name_native, p.date_of_birth, p.passport_number,
                                  p.relation) for p in people[1:]],
            facility=facility_profile(case.facility.code), agency=asdict(load_agency()),
            items=[StayItem(i.kind, i.starts, i.ends, i.title, i.place_to or i.place_from,
                            i.confirmation, reference=i.reference, start_tz=i.start_tz,
                            end_tz=i.end_tz, place_from=i.place_from,
                            travellers=tuple(names[t] for t in i.travellers if t in names))
                   for i in items],
            sessions=sorted(i.starts.date() for i in items if i.kind == "session"),
            visas=visas, generated=today or date.today(), coordinator=case.coordinator)


def render_packet_input(data: PacketInput, lang: str, out: Path, page_size: str = "a4") -> int:
    """Lay out gathered case data as a PDF on A4 or US Letter (`page_size` "a4" / "letter");
    no database, so a window can run it in a worker. The agency is the document's author."""
    if lang not in LANGUAGES:
        raise UntranslatedPhrase(f"unknown packet language '{lang}' (one of {', '.join(LANGUAGES)})")
    author = str(data.agency.get("name_en") or data.agency.get("name_ja") or "")
    return render_packet(build_packet(data, lang), Path(out), page_size=page_size, author=author)


def write_packet(case_ref: str, lang: str, out: Path, today: date | None = None,
                 page_size: str = "a4") -> int:
    """Write the packet of `case_ref` in Japanese beside `lang`; returns its page count."""
    if lang not in LANGUAGES:
        raise UntranslatedPhrase(f"unknown packet language '{lang}' (one of {', '.join(LANGUAGES)})")
    return render_packet_input(packet_input(case_ref, today), lang, out, page_size)
