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

On a PostgreSQL server the index is a table `case_search` keyed by case id, holding the same
text as tokens (letters and digits, case and Latin accents folded, each ideograph a token of
its own) between single spaces, with a pg_trgm GIN index; a word matches as `LIKE '% tok%'`
(from a token's start; an ideograph run as whole tokens), which the trigram index serves even
for one- and two-character CJK names (each spaced ideograph is a padded trigram of its own).
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Protocol

from peewee import SQL, Column, Database, Expression, ModelSelect, Table

from hirt_desk.store.models import Case, db, on_server, sql_text

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


# -- PostgreSQL -----------------------------------------------------------------------------------
PG_SEARCH = Table("case_search", ("case_id", "seq", "body"))
PG_CASE_ID, PG_BODY = Column(PG_SEARCH, "case_id"), Column(PG_SEARCH, "body")
PG_SEQ = Column(PG_SEARCH, "seq")
PG_SEARCH_SCHEMA = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE "case_search" ("case_id" VARCHAR(36) NOT NULL PRIMARY KEY
         REFERENCES "case" ("id") ON DELETE CASCADE, "seq" INTEGER NOT NULL, "body" TEXT NOT NULL)""",
    # fastupdate off: new entries go straight into the index. With it on they wait in a pending
    # list that every search reads through and the planner counts: after `demo --cases 100000`
    # a search scanned the table instead, ~5x slower, until the next vacuum.
    """CREATE INDEX "case_search_body" ON "case_search" USING gin ("body" gin_trgm_ops)
         WITH (fastupdate = off)""",
    """CREATE INDEX "case_search_seq" ON "case_search" ("seq")""",
)
_PG_UPSERT = ('INSERT INTO "case_search" ("case_id", "seq", "body") VALUES (%s, %s, %s) '
              'ON CONFLICT ("case_id") DO UPDATE SET "seq" = excluded."seq", "body" = excluded."body"')
_TOKEN_CATEGORIES = frozenset(("Co", "Mn", "Mc"))


def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in _TOKEN_CATEGORIES


def _fold(ch: str) -> str:
    """Lower case; a Latin letter without its accents (as FTS5's remove_diacritics 2)."""
    if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF:
        ch = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return ch.lower()


def _tokens(text: str) -> list[str]:
    """The words of `text` as the server index holds them (FTS5's unicode61 tokens)."""
    out: list[str] = []
    current: list[str] = []
    for ch in _spaced(text):
        if _is_token_char(ch):
            current.append(_fold(ch))
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def _pg_body(body: str) -> str:
    return " " + " ".join(_tokens(body)) + " "


def like_patterns(text: str) -> list[str]:
    """The server's LIKE patterns for what the user typed: every word must match; words
    match from a token's start, a word ending in an ideograph as whole tokens."""
    patterns = []
    for word in text.split():
        word = "".join(ch for ch in word if unicodedata.category(ch)[0] != "C")
        if not any(unicodedata.category(ch)[0] in "LN" for ch in word):
            continue
        tokens = _tokens(word)
        if tokens:
            whole = bool(_IDEOGRAPH.fullmatch(word[-1]))
            patterns.append("% " + " ".join(tokens) + (" %" if whole else "%"))
    return patterns


def _pg_condition(patterns: list[str]) -> Expression:
    return functools.reduce(operator.and_, [PG_BODY % p for p in patterns])


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
    body = search_body([case.number], [case.patient, *case.companions])
    if on_server():
        db.execute_sql(_PG_UPSERT, (case.id, case.seq, _pg_body(body)))
        return
    db.execute_sql('DELETE FROM "case_search" WHERE rowid = ?', (case.seq,))
    db.execute_sql(_INSERT, (case.seq, body))


def add_to_search_index(rows: list[tuple[str, int, str]]) -> None:
    """Index many new cases at once: (case id, case seq, body from `search_body`)."""
    if not rows:
        return
    if on_server():
        db.cursor().executemany(_PG_UPSERT, [(i, seq, _pg_body(body)) for i, seq, body in rows])
    else:
        db.cursor().executemany(_INSERT, [(seq, body) for _, seq, body in rows])


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
        rows.append((case_id, seq, _spaced(text)))
    database.execute_sql('DELETE FROM "case_search"')
    if isinstance(database.param, str) and database.param != "?":       # a server
        database.cursor().executemany(_PG_UPSERT, [(i, seq, _pg_body(body)) for i, seq, body in rows])
    else:
        database.cursor().executemany(_INSERT, [(seq, body) for _, seq, body in rows])
    return len(rows)


def searched(query: ModelSelect[Any], text: str,
             page: tuple[int, int] | None = None) -> ModelSelect[Any] | None:
    """`query` (over Case) narrowed to the cases matching `text`, newest first, driven by the
    index; None when `text` has nothing to search for. `page` (limit, offset), for a query that
    adds no other condition nor order: the result is that page already (no limit to add)."""
    if on_server():
        patterns = like_patterns(text)
        if not patterns:
            return None
        # The matches first, through the trigram index (a materialised CTE), newest first by
        # the index's own `seq` (the case's), and with `page` only the page's matches are
        # joined to their cases. Left to itself the planner joined every match to the cases by
        # scanning all of them: EXPLAIN ANALYZE at 100,000 cases, "wang" (3,233 matches):
        # 65 ms, and a plain join ~100 ms; with the page in the CTE a few ms.
        matching = PG_SEARCH.select(PG_CASE_ID, PG_SEQ).where(_pg_condition(patterns))
        if page is not None:       # `seq + 0`: never by walking the seq index, testing every row
            matching = matching.order_by((PG_SEQ + 0).desc()).limit(page[0]).offset(page[1])
        matched = matching.cte("matched", materialized=True)
        narrowed = (query.switch(Case).join(matched, on=(matched.c.case_id == Case.id))
                    .order_by(matched.c.seq.desc()).with_cte(matched))
        return narrowed if page is None else narrowed.limit(page[0])
    expression = match_expression(text)
    if not expression:
        return None
    narrowed = (query.switch(Case).join(FTS, on=(FTS_ROWID == Case.seq))
                .where(matches(expression)).order_by(FTS_ROWID.desc()))
    return narrowed if page is None else narrowed.limit(page[0]).offset(page[1])


def has_terms(text: str) -> bool:
    return bool(like_patterns(text) if on_server() else match_expression(text))


def matching_cases(text: str) -> Expression:
    """A condition on Case: it matches `text` (for combining with other filters)."""
    if on_server():
        sub = PG_SEARCH.select(PG_CASE_ID).where(_pg_condition(like_patterns(text)))
        return Case.id.in_(sub)
    return Case.seq.in_(matching_seqs(match_expression(text) or '""'))


def count_matching(text: str) -> int:
    if on_server():
        query = PG_SEARCH.select(PG_CASE_ID).where(_pg_condition(like_patterns(text)))
        return int(query.count(db))
    return count_matches(match_expression(text) or '""')


def matching_seqs(expression: str) -> SQL:
    """A subquery of the `seq` of every matching case (for combining with other filters)."""
    return SQL('(SELECT rowid FROM "case_search" WHERE "case_search" MATCH ?)', [expression])


def count_matches(expression: str) -> int:
    return int(db.execute_sql(sql_text('SELECT count(*) FROM "case_search" WHERE "case_search" MATCH ?'),
                              (expression,)).fetchone()[0])
