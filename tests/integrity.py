"""The scan the tests use to prove that no traveller reference dangles: every live visa record
and every live traveller row of a live itinerary item names the patient (NULL) or a live
companion of the same case. Plain SQL over the tables, independent of the code under test."""

from __future__ import annotations

from typing import Any

DANGLING_SQL = """
SELECT 'visa_record', v.id, v.case_id, v.companion_id FROM visa_record v
 WHERE v.deleted_at IS NULL AND v.companion_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM companion c WHERE c.id = v.companion_id AND c.case_id = v.case_id
                   AND c.deleted_at IS NULL)
UNION ALL
SELECT 'itinerary_traveller', t.id, i.case_id, t.companion_id
  FROM itinerary_traveller t JOIN itinerary_item i ON i.id = t.item_id
 WHERE t.deleted_at IS NULL AND i.deleted_at IS NULL AND t.companion_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM companion c WHERE c.id = t.companion_id AND c.case_id = i.case_id
                   AND c.deleted_at IS NULL)
"""


def dangling_references(connection: Any) -> list[tuple[str, str, str, str]]:
    """(table, row id, case id, companion id) of each reference to someone not travelling with
    the case; `connection`: a sqlite3 connection or a peewee database."""
    run = getattr(connection, "execute_sql", None) or connection.execute
    return [tuple(row) for row in run(DANGLING_SQL).fetchall()]   # type: ignore[misc]


def items_without_travellers(connection: Any) -> list[str]:
    """Live itinerary items no live traveller takes part in."""
    run = getattr(connection, "execute_sql", None) or connection.execute
    return [r[0] for r in run("""SELECT i.id FROM itinerary_item i WHERE i.deleted_at IS NULL AND NOT EXISTS (
        SELECT 1 FROM itinerary_traveller t WHERE t.item_id = i.id AND t.deleted_at IS NULL)""").fetchall()]
