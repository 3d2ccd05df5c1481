"""Finding cases by patient or companion name (either script), case number or passport number.

An SQLite FTS5 index keyed by the case's `seq` (its arrival number in this database), so the
newest matches come straight off the index and a query never touches more rows than it shows.
`seq` is local to one database: a case carried to another database gets that database's next
`seq` there (it is not in the audit snapshot), and the index is rebuilt from the cases, never
copied; a rowid found here means nothing outside this database.
Words match from their beginning ("li" finds LI, LIN and LIU; "0042" finds HD-2026-K7M-0042);
Chinese, Japanese and Korean characters are indexed one by one, so any run of them (王伟, 민준)
matches as a phrase; accents on Latin letters are ignored ("nguyen" finds Nguyễn).
This is the only module that knows how search is done, so another backend can replace it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Protocol

from peewee import SQL, Column, Database, Table

from hirt_desk.store.models import Case, db

FTS = Table("case_search", ("rowid", "body"))
FTS_ROWID = Column(FTS, "rowid")   # what `FTS.rowid` is at run time, which peewee's stubs cannot know
CREATE_SQL = ("CREATE VIRTUAL TABLE \"case_search\" USING fts5(body, "
              "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'\", prefix='1 2')")
_INSERT = 'INSERT INTO "case_search" (rowid, body) VALUES (?, ?)'
# Scripts written without spaces between words are indexed character by character: kana, CJK
# ideographs (with extensions) and Hangul.
_IDEOGRAPH = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff"
                        "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]")


def _spaced(text: str) -> str:
    return _IDEOGRAPH.sub(r" \g<0> ", text)


class Searchable(Protocol):
    """What the index reads of a traveller: a stored one, or demo data about to be inserted."""

    @property
    def surname_latin(self) -> str: ...
    @property
    def given_names_latin(self) -> str: ...
    @property
    def name_native(self) -> str: ...
    @property
    def passport_number(self) -> str: ...


def search_body(numbers: Iterable[str], people: Iterable[Searchable]) -> str:
    """The indexed text of a case; the FTS tokenizer folds case and Latin accents itself."""
    parts = list(numbers)
    for p in people:
        parts += [p.surname_latin, p.given_names_latin, p.name_native, p.passport_number]
    return _spaced(" ".join(x for x in parts if x))


def match_expression(text: str) -> str | None:
    """The FTS5 query for what the user typed: every word must match; None if nothing to find.

    Each word is a quoted phrase (the index tokenizes it as it tokenized the names, so
    "HD-2026-K7M-0042" is the phrase hd 2026 k7m 0042); words match from their start.
    """
    phrases = []
    for word in text.split():
        word = "".join(ch for ch in word if unicodedata.category(ch)[0] != "C")   # NUL ends FTS5's string
        if not any(unicodedata.category(ch)[0] in "LN" for ch in word):
            continue
        phrase = '"' + _spaced(word).strip().replace('"', '""') + '"'
        phrases.append(phrase if _IDEOGRAPH.fullmatch(word[-1]) else phrase + "*")
    return " AND ".join(phrases) if phrases else None


def matches(expression: str) -> SQL:
    return SQL('"case_search" MATCH ?', [expression])


def index_case(case: Case) -> None:
    """Refresh one case's entry; call inside the transaction that changed it."""
    db.execute_sql('DELETE FROM "case_search" WHERE rowid = ?', (case.seq,))
    db.execute_sql(_INSERT, (case.seq, search_body([case.number], [case.patient, *case.companions])))


def add_to_search_index(rows: list[tuple[int, str]]) -> None:
    """Index many new cases at once: (case seq, body from `search_body`) pairs."""
    if rows:
        db.cursor().executemany(_INSERT, rows)


def rebuild_search_index(database: Database) -> int:
    """Rebuild the whole index from the tables (used by the migration that adds it).

    Plain SQL over the columns it needs, not the models: a migration must work on the schema
    of its own version, whatever columns later versions add."""
    person = "surname_latin, given_names_latin, name_native, passport_number"
    companions: dict[str, list[str]] = {}
    for row in database.execute_sql(f'SELECT case_id, {person} FROM "companion"'):
        companions.setdefault(row[0], []).extend(x for x in row[1:] if x)
    rows = []
    for seq, case_id, number, *names in database.execute_sql(
            f'SELECT c.seq, c.id, c.number, {", ".join("p." + f for f in person.split(", "))} '
            'FROM "case" c JOIN "patient" p ON p.id = c.patient_id'):
        text = " ".join([number, *(x for x in names if x), *companions.get(case_id, [])])
        rows.append((seq, _spaced(text)))
    database.execute_sql('DELETE FROM "case_search"')
    database.cursor().executemany(_INSERT, rows)
    return len(rows)


def matching_seqs(expression: str) -> SQL:
    """A subquery of the `seq` of every matching case (for combining with other filters)."""
    return SQL('(SELECT rowid FROM "case_search" WHERE "case_search" MATCH ?)', [expression])


def count_matches(expression: str) -> int:
    return int(db.execute_sql('SELECT count(*) FROM "case_search" WHERE "case_search" MATCH ?',
                              (expression,)).fetchone()[0])
