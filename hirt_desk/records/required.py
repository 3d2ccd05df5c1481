"""Which records a facility still needs for a case, and how far each has come.

A facility's profile (resources/facilities/*.toml) lists the record kinds it wants before its
preliminary opinion under `[required_records]`: `all` for every case, and per site (the
screening vocabulary's `site`) the kinds that site adds, e.g. prostate: blood tests (PSA before
biopsy) and the pathology report (Gleason score). Each required kind's state follows from the
case's documents and its contact log:

- `sent`: a document of the kind went out to the facility with an outgoing contact;
- `translated`: a translation of a document of the kind is attached (kind `translation`,
  `translation_of` naming it);
- `received`: a document of the kind is attached;
- `requested`: an outgoing contact to the patient, the family or the referring hospital asked
  for the kind;
- `missing`: none of these.

The furthest state wins (sent > translated > received > requested > missing).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = ("referral_letter", "pathology_report", "imaging_report", "imaging_images",
                          "blood_tests", "medical_summary", "passport_copy", "translation", "other")
STATES: tuple[str, ...] = ("missing", "requested", "received", "translated", "sent")
DIRECTIONS: tuple[str, ...] = ("in", "out")
CHANNELS: tuple[str, ...] = ("email", "phone", "fax", "letter", "wechat", "line", "kakaotalk", "whatsapp",
                             "in_person")
PARTIES: tuple[str, ...] = ("patient", "family", "referring_hospital", "facility", "embassy", "airline",
                            "hotel", "other")
# who can be asked for a record (an outgoing contact to them listing kinds makes those requested)
ASKED: frozenset[str] = frozenset(("patient", "family", "referring_hospital"))


@dataclass(frozen=True)
class Requirement:
    """One record kind a facility wants, and why (the facility's own words, in English and
    Japanese, for the window)."""

    kind: str
    note_en: str = ""
    note_ja: str = ""


@dataclass(frozen=True)
class DocumentFacts:
    """What the rules need of one live (not removed) document."""

    id: str
    kind: str
    translation_of: str | None = None


@dataclass(frozen=True)
class ContactFacts:
    """What the rules need of one live contact log entry."""

    direction: str
    party: str
    kinds: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordState:
    kind: str
    state: str
    documents: tuple[str, ...] = field(default=())     # the documents of the kind
    note_en: str = ""
    note_ja: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "state": self.state}


def requirements(profile: Mapping[str, Any], site: str) -> list[Requirement]:
    """The kinds a facility wants for a case at `site`, in the profile's order: every case's
    first, then the site's own (a kind listed in both once, with the site's note)."""
    table = profile.get("required_records") or {}
    found: dict[str, Requirement] = {}
    for entry in [*table.get("all", []), *table.get("sites", {}).get(site, [])]:
        kind = str(entry["kind"])
        if kind not in KINDS:
            raise ValueError(f"facility {profile.get('code', '?')}: unknown record kind '{kind}'")
        found[kind] = Requirement(kind, str(entry.get("note_en", "")), str(entry.get("note_ja", "")))
    return list(found.values())


def record_states(required: Iterable[Requirement], documents: Iterable[DocumentFacts],
                  contacts: Iterable[ContactFacts]) -> list[RecordState]:
    """Each required kind's state from the case's documents and contact log (module docstring)."""
    docs = list(documents)
    logged = list(contacts)
    by_kind: dict[str, list[str]] = {}
    for d in docs:
        by_kind.setdefault(d.kind, []).append(d.id)
    translated = {d.translation_of for d in docs if d.translation_of}
    sent = {doc for c in logged if c.direction == "out" and c.party == "facility" for doc in c.documents}
    requested = {k for c in logged if c.direction == "out" and c.party in ASKED for k in c.kinds}
    states = []
    for req in required:
        mine = tuple(by_kind.get(req.kind, ()))
        if any(d in sent for d in mine):
            state = "sent"
        elif any(d in translated for d in mine):
            state = "translated"
        elif mine:
            state = "received"
        elif req.kind in requested:
            state = "requested"
        else:
            state = "missing"
        states.append(RecordState(req.kind, state, mine, req.note_en, req.note_ja))
    return states
