"""Finding cases by patient or companion name (either script), case number or passport number.

SQLite's FTS5 trigram index answers any term of three or more characters; shorter terms (a
two-character Chinese or Korean name) are matched by a scan of the same compact index table.
This is the only module that knows how search is done, so another backend can replace it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from peewee import SQL, Database, NodeList

from hirt_desk.store.models import Case, Companion, Patient, db


def fold(text: str) -> str:
    """Case-folded, with accents dropped from Latin letters ("Nguyễn" finds "NGUYEN")."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) and out and ord(out[-1]) < 0x250:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


def search_body(case: Case, patient: Patient, companions: Iterable[Companion]) -> str:
    people = [patient, *companions]
    parts = [case.number]
    for p in people:
        parts += [p.surname_latin, p.given_names_latin, p.name_native, p.passport_number]
    return fold(" ".join(x for x in parts if x))


_INSERT = 'INSERT INTO "case_search" (case_id, body) VALUES (?, ?)'


def index_case(case: Case) -> None:
    """Refresh one case's entry; call inside the transaction that changed it."""
    db.execute_sql('DELETE FROM "case_search" WHERE case_id = ?', (case.id,))
    db.execute_sql(_INSERT, (case.id, search_body(case, case.patient, case.companions)))


def rebuild_search_index(database: Database) -> int:
    """Rebuild the whole index from the tables (used by the migration that adds it)."""
    companions: dict[str, list[Companion]] = {}
    for comp in Companion.select().bind(database):
        companions.setdefault(comp.case_id, []).append(comp)
    database.execute_sql('DELETE FROM "case_search"')
    rows = [(c.id, search_body(c, c.patient, companions.get(c.id, [])))
            for c in Case.select(Case, Patient).join(Patient).bind(database)]
    database.cursor().executemany(_INSERT, rows)
    return len(rows)


def add_to_search_index(rows: list[tuple[str, str]]) -> None:
    """Index many new cases at once: (case id, folded body) pairs."""
    if rows:
        db.cursor().executemany(_INSERT, rows)


def search_condition(text: str) -> NodeList | None:
    """A condition on Case that keeps the cases matching every word of `text`; None if blank."""
    terms = [t for t in fold(text).split() if t]
    if not terms:
        return None
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    where: list[str] = []
    params: list[str] = []
    if long_terms:
        where.append('"case_search" MATCH ?')
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for t in short_terms:
        where.append("instr(body, ?) > 0")
        params.append(t)
    sub = 'SELECT case_id FROM "case_search" WHERE ' + " AND ".join(where)
    return NodeList((Case.id, SQL(f"IN ({sub})", params)))
