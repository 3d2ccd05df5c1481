"""Schema versions and the ordered migrations between them.

The version lives in SQLite's `user_version`, and `application_id` marks a file as HIRT Desk's.
Each migration is frozen DDL/SQL for its version, never derived from the current models, so an
old database upgrades the same way in every later release. They run in one transaction with the
version bumps, so a failed upgrade leaves the file as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from peewee import Database

APPLICATION_ID = 0x48495254            # "HIRT"

_V1 = (
    """CREATE TABLE "local_info" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
    """CREATE TABLE "agency" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "name_en" TEXT NOT NULL, "name_ja" TEXT NOT NULL, "guarantor_list" VARCHAR(255) NOT NULL, "guarantor_number" VARCHAR(255) NOT NULL, "address_en" TEXT NOT NULL, "address_ja" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "helpline" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "languages" TEXT NOT NULL)""",
    """CREATE TABLE "facility" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "code" VARCHAR(255) NOT NULL, "name_en" TEXT NOT NULL, "name_ja" TEXT NOT NULL, "address_en" TEXT NOT NULL, "address_ja" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "rule_set" VARCHAR(255) NOT NULL, "profile" TEXT NOT NULL)""",
    """CREATE UNIQUE INDEX "facility_code" ON "facility" ("code")""",
    """CREATE TABLE "patient" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "surname_latin" VARCHAR(255) NOT NULL, "given_names_latin" VARCHAR(255) NOT NULL, "name_native" VARCHAR(255) NOT NULL, "sex" VARCHAR(255) NOT NULL, "date_of_birth" DATE, "nationality" VARCHAR(255) NOT NULL, "passport_number" VARCHAR(255) NOT NULL, "passport_expiry" DATE, "languages" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL)""",
    """CREATE TABLE "case" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "number" VARCHAR(255) NOT NULL, "patient_id" VARCHAR(36) NOT NULL, "facility_id" VARCHAR(36) NOT NULL, "status" VARCHAR(255) NOT NULL, "inquiry_date" DATE NOT NULL, "reply_due" DATE NOT NULL, "coordinator" VARCHAR(255) NOT NULL, "packet_language" VARCHAR(255) NOT NULL, "facts" TEXT NOT NULL, "site" VARCHAR(255) NOT NULL, FOREIGN KEY ("patient_id") REFERENCES "patient" ("id") ON DELETE RESTRICT, FOREIGN KEY ("facility_id") REFERENCES "facility" ("id") ON DELETE RESTRICT)""",
    """CREATE UNIQUE INDEX "case_number" ON "case" ("number")""",
    """CREATE INDEX "case_patient_id" ON "case" ("patient_id")""",
    """CREATE INDEX "case_facility_id" ON "case" ("facility_id")""",
    """CREATE INDEX "case_status" ON "case" ("status")""",
    """CREATE INDEX "case_reply_due" ON "case" ("reply_due")""",
    """CREATE INDEX "case_site" ON "case" ("site")""",
    """CREATE TABLE "companion" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "surname_latin" VARCHAR(255) NOT NULL, "given_names_latin" VARCHAR(255) NOT NULL, "name_native" VARCHAR(255) NOT NULL, "sex" VARCHAR(255) NOT NULL, "date_of_birth" DATE, "nationality" VARCHAR(255) NOT NULL, "passport_number" VARCHAR(255) NOT NULL, "passport_expiry" DATE, "languages" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL, "case_id" VARCHAR(36) NOT NULL, "relation" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "companion_case_id" ON "companion" ("case_id")""",
    """CREATE TABLE "screening" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "case_id" VARCHAR(36) NOT NULL, "verdict" VARCHAR(255) NOT NULL, "result" TEXT NOT NULL, "rule_set_id" VARCHAR(255) NOT NULL, "rule_set_version" VARCHAR(255) NOT NULL, "screened_by" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "screening_case_id" ON "screening" ("case_id")""",
    """CREATE TABLE "status_change" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "case_id" VARCHAR(36) NOT NULL, "from_status" VARCHAR(255), "to_status" VARCHAR(255) NOT NULL, "effective_date" DATE NOT NULL, "note" TEXT NOT NULL, "changed_by" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "status_change_case_id" ON "status_change" ("case_id")""",
    """CREATE TABLE "note" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "case_id" VARCHAR(36) NOT NULL, "body" TEXT NOT NULL, "author" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "note_case_id" ON "note" ("case_id")""",
    """CREATE TABLE "audit" ("seq" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user" VARCHAR(255) NOT NULL, "table" VARCHAR(255) NOT NULL, "record_id" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, "old" TEXT, "new" TEXT)""",
    """CREATE INDEX "auditentry_at" ON "audit" ("at")""",
    """CREATE INDEX "auditentry_record_id" ON "audit" ("record_id")""",
)

_V2 = (
    # Each case's arrival number in this database: the list's newest-first order and the key of
    # the search index (an integer, so neither listing nor search handles UUID strings).
    """ALTER TABLE "case" ADD COLUMN "seq" INTEGER""",
    """WITH o AS (SELECT id, row_number() OVER (ORDER BY created, id) AS n FROM "case")
       UPDATE "case" SET seq = (SELECT n FROM o WHERE o.id = "case".id)""",
    """CREATE UNIQUE INDEX "case_seq" ON "case" ("seq")""",
)


def _run(statements: tuple[str, ...]) -> Callable[[Database], None]:
    def migrate(database: Database) -> None:
        for sql in statements:
            database.execute_sql(sql)
    return migrate


def _v2(database: Database) -> None:
    from hirt_desk.store.search import CREATE_SQL, rebuild_search_index
    _run((*_V2, CREATE_SQL))(database)
    rebuild_search_index(database)


_V3 = (
    # The stay in Japan: flights, accommodation, appointments, treatment sessions, transfers,
    # interpreters, phone rental. Times are local wall-clock times with their IANA time zone.
    """CREATE TABLE "itinerary_item" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "case_id" VARCHAR(36) NOT NULL, "kind" VARCHAR(32) NOT NULL, "title" TEXT NOT NULL, "starts" VARCHAR(16) NOT NULL, "start_tz" VARCHAR(64) NOT NULL, "ends" VARCHAR(16), "end_tz" VARCHAR(64) NOT NULL, "place_from" TEXT NOT NULL, "place_to" TEXT NOT NULL, "reference" VARCHAR(64) NOT NULL, "confirmation" VARCHAR(64) NOT NULL, "cost_yen" INTEGER, "travellers" TEXT NOT NULL, "notes" TEXT NOT NULL, "fixed" INTEGER NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "itinerary_item_case_starts" ON "itinerary_item" ("case_id", "starts")""",
    # The planned course: how many fractions from which day (sessions are generated from it).
    """ALTER TABLE "case" ADD COLUMN "fractions" INTEGER""",
    """ALTER TABLE "case" ADD COLUMN "treatment_start" DATE""",
)

_V4 = (
    # One row per traveller of a case: the visa applied for and issued, and its documents.
    """CREATE TABLE "visa_record" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "case_id" VARCHAR(36) NOT NULL, "traveller" VARCHAR(36) NOT NULL, "embassy" TEXT NOT NULL, "application_date" DATE, "issue_date" DATE, "visa_number" VARCHAR(64) NOT NULL, "valid_until" DATE, "permitted_days" INTEGER, "entries" VARCHAR(16) NOT NULL, "on_guarantee_form" INTEGER NOT NULL, "documents" TEXT NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE UNIQUE INDEX "visa_record_case_traveller" ON "visa_record" ("case_id", "traveller")""",
)

_LEGACY_CHANGES = uuid.UUID("7c1d6a52-4c1b-4d83-9a55-2f3f1e1b0c5d")


def _legacy_change_id(*parts: object) -> str:
    """The change id of an audit row written before changes had ids (schema < 5)."""
    return str(uuid.uuid5(_LEGACY_CHANGES, "\x1f".join("" if p is None else str(p) for p in parts)))


def _v5(database: Database) -> None:
    database.connection().create_function("hirt_legacy_change_id", 6, _legacy_change_id)
    _run(_V5)(database)


def _uuid_sql() -> str:
    """A random (version 4) UUID as SQLite text, for rows written before changes had ids."""
    return ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
            " || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2)"
            " || '-' || hex(randomblob(6)))")


_V5 = (
    # Team model: a case's version grows with every saved change to it or what belongs to it.
    """ALTER TABLE "case" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1""",
    # Records that travel between databases are removed as tombstones, not deleted.
    *(f"""ALTER TABLE "{table}" ADD COLUMN "{column}" {kind}"""
      for table in ("companion", "note", "itinerary_item", "visa_record")
      for column, kind in (("deleted_at", "DATETIME"), ("deleted_by", "VARCHAR(255)"))),
    'DROP INDEX "visa_record_case_traveller"',
    """CREATE UNIQUE INDEX "visa_record_case_traveller" ON "visa_record" ("case_id", "traveller") WHERE "deleted_at" IS NULL""",
    # Every change gets a globally unique id, its station, and the case (and version) it belongs to.
    """ALTER TABLE "audit" ADD COLUMN "change_id" VARCHAR(36) NOT NULL DEFAULT ''""",
    """ALTER TABLE "audit" ADD COLUMN "changeset" VARCHAR(36) NOT NULL DEFAULT ''""",
    """ALTER TABLE "audit" ADD COLUMN "origin" VARCHAR(64) NOT NULL DEFAULT ''""",
    """ALTER TABLE "audit" ADD COLUMN "case_id" VARCHAR(36)""",
    """ALTER TABLE "audit" ADD COLUMN "case_version" INTEGER""",
    # the same id for the same change wherever the file is upgraded (a copy upgraded apart, an
    # import reading its own upgraded copy): derived from the station, the row's order and content
    """UPDATE "audit" SET "change_id" = hirt_legacy_change_id(
           coalesce((SELECT "value" FROM "local_info" WHERE "key" = 'station'), ''),
           "seq", "at", "table", "record_id", "field")""",
    """UPDATE "audit" SET "changeset" = "change_id",
           "origin" = coalesce((SELECT "value" FROM "local_info" WHERE "key" = 'station'), ''),
           "case_version" = 1,
           "case_id" = CASE "table"
             WHEN 'case' THEN "record_id"
             WHEN 'patient' THEN (SELECT c."id" FROM "case" c WHERE c."patient_id" = "audit"."record_id"
                                  ORDER BY c."created" LIMIT 1)
             WHEN 'companion' THEN (SELECT "case_id" FROM "companion" WHERE "id" = "audit"."record_id")
             WHEN 'note' THEN (SELECT "case_id" FROM "note" WHERE "id" = "audit"."record_id")
             WHEN 'itinerary_item' THEN (SELECT "case_id" FROM "itinerary_item" WHERE "id" = "audit"."record_id")
             WHEN 'visa_record' THEN (SELECT "case_id" FROM "visa_record" WHERE "id" = "audit"."record_id")
             WHEN 'screening' THEN (SELECT "case_id" FROM "screening" WHERE "id" = "audit"."record_id")
           END""",
    """CREATE UNIQUE INDEX "audit_change" ON "audit" ("change_id", coalesce("case_id", ''))""",
    """CREATE INDEX "audit_case_version" ON "audit" ("case_id", "case_version")""",
)

_UPGRADE_6 = "'upgrade to schema 6'"      # who removed what the upgrade found dangling
_LIVE_COMPANION = """EXISTS (SELECT 1 FROM "companion" c WHERE c."id" = {companion} AND c."case_id" = {case}
                     AND c."deleted_at" IS NULL)"""

_V6 = (
    # Travellers as references: a visa record belongs to the patient (companion_id NULL) or to
    # one companion of its case, by foreign key, instead of a free "traveller" string.
    """ALTER TABLE "visa_record" ADD COLUMN "companion_id" VARCHAR(36) REFERENCES "companion" ("id") ON DELETE CASCADE""",
    """UPDATE "visa_record" SET "companion_id" = (SELECT c."id" FROM "companion" c
           WHERE c."id" = "visa_record"."traveller" AND c."case_id" = "visa_record"."case_id")""",
    # the record of a companion removed (or never there) stays, as a tombstone
    f"""UPDATE "visa_record" SET "deleted_at" = strftime('%Y-%m-%d %H:%M:%f', 'now'), "deleted_by" = {_UPGRADE_6}
           WHERE "deleted_at" IS NULL AND "traveller" <> 'patient'
             AND NOT {_LIVE_COMPANION.format(companion='"visa_record"."companion_id"', case='"visa_record"."case_id"')}""",
    'DROP INDEX "visa_record_case_traveller"',
    'ALTER TABLE "visa_record" DROP COLUMN "traveller"',
    # one live record per traveller of a case (NULL, the patient, is not equal to NULL: coalesce)
    """CREATE UNIQUE INDEX "visa_record_case_traveller" ON "visa_record" ("case_id", coalesce("companion_id", ''))
           WHERE "deleted_at" IS NULL""",
    """CREATE INDEX "visa_record_companion_id" ON "visa_record" ("companion_id")""",
    # Who takes part in an itinerary item: one row per traveller (companion_id NULL: the patient),
    # removed as a tombstone like the records it joins; replaces the JSON list "travellers".
    """CREATE TABLE "itinerary_traveller" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "item_id" VARCHAR(36) NOT NULL, "companion_id" VARCHAR(36), "deleted_at" DATETIME, "deleted_by" VARCHAR(255), FOREIGN KEY ("item_id") REFERENCES "itinerary_item" ("id") ON DELETE CASCADE, FOREIGN KEY ("companion_id") REFERENCES "companion" ("id") ON DELETE CASCADE)""",
    """CREATE UNIQUE INDEX "itinerary_traveller_item_companion" ON "itinerary_traveller" ("item_id", coalesce("companion_id", ''))
           WHERE "deleted_at" IS NULL""",
    """CREATE INDEX "itinerary_traveller_companion_id" ON "itinerary_traveller" ("companion_id")""",
    # an item's travellers, live or removed (the unique index above covers live ones only): without
    # it, finding an item's rows scans the table, and upgrading 100,000 cases took minutes
    """CREATE INDEX "itinerary_traveller_item_id" ON "itinerary_traveller" ("item_id")""",
    # the patient, and companions of the item's case (live ones; a removed item keeps removed
    # ones too); ids that point to no companion are dropped
    f"""INSERT INTO "itinerary_traveller" ("id", "created", "updated", "item_id", "companion_id")
        SELECT {_uuid_sql()}, m."created", m."updated", m."item_id", m."companion_id" FROM (
          SELECT DISTINCT i."created", i."updated", i."id" AS "item_id",
                 CASE WHEN j."value" = 'patient' THEN NULL ELSE j."value" END AS "companion_id"
          FROM "itinerary_item" i, json_each(i."travellers") j
          WHERE j."value" = 'patient' OR EXISTS (
            SELECT 1 FROM "companion" c WHERE c."id" = j."value" AND c."case_id" = i."case_id"
              AND (c."deleted_at" IS NULL OR i."deleted_at" IS NOT NULL))) m""",
    # a live item that only removed (or unknown) companions took part in goes with them
    f"""UPDATE "itinerary_item" SET "deleted_at" = strftime('%Y-%m-%d %H:%M:%f', 'now'), "deleted_by" = {_UPGRADE_6}
           WHERE "deleted_at" IS NULL AND json_array_length("travellers") > 0
             AND NOT EXISTS (SELECT 1 FROM "itinerary_traveller" t WHERE t."item_id" = "itinerary_item"."id")""",
    'ALTER TABLE "itinerary_item" DROP COLUMN "travellers"',
    # The database itself refuses a dangling traveller: a live reference must name a live
    # companion of the same case, and a companion still referenced cannot be removed.
    *(f"""CREATE TRIGGER "itinerary_traveller_must_be_live_{event.split()[0].lower()}" BEFORE {event} ON "itinerary_traveller"
          WHEN NEW."companion_id" IS NOT NULL AND NEW."deleted_at" IS NULL
           AND EXISTS (SELECT 1 FROM "itinerary_item" i WHERE i."id" = NEW."item_id" AND i."deleted_at" IS NULL
                       AND NOT {_LIVE_COMPANION.format(companion='NEW."companion_id"', case='i."case_id"')})
          BEGIN SELECT RAISE(ABORT, 'itinerary traveller is not a live companion of the case'); END"""
      for event in ("INSERT", 'UPDATE OF "item_id", "companion_id", "deleted_at"')),
    *(f"""CREATE TRIGGER "visa_record_traveller_must_be_live_{event.split()[0].lower()}" BEFORE {event} ON "visa_record"
          WHEN NEW."companion_id" IS NOT NULL AND NEW."deleted_at" IS NULL
           AND NOT {_LIVE_COMPANION.format(companion='NEW."companion_id"', case='NEW."case_id"')}
          BEGIN SELECT RAISE(ABORT, 'visa record traveller is not a live companion of the case'); END"""
      for event in ("INSERT", 'UPDATE OF "case_id", "companion_id", "deleted_at"')),
    """CREATE TRIGGER "companion_removed_unreferenced" BEFORE UPDATE OF "deleted_at", "case_id" ON "companion"
         WHEN (NEW."deleted_at" IS NOT NULL OR NEW."case_id" <> OLD."case_id")
          AND (EXISTS (SELECT 1 FROM "visa_record" v WHERE v."companion_id" = NEW."id" AND v."deleted_at" IS NULL)
               OR EXISTS (SELECT 1 FROM "itinerary_traveller" t JOIN "itinerary_item" i ON i."id" = t."item_id"
                          WHERE t."companion_id" = NEW."id" AND t."deleted_at" IS NULL AND i."deleted_at" IS NULL))
         BEGIN SELECT RAISE(ABORT, 'companion is still a traveller of a visa record or itinerary item'); END""",
    """CREATE TRIGGER "itinerary_item_restored_travellers_live" BEFORE UPDATE OF "deleted_at" ON "itinerary_item"
         WHEN NEW."deleted_at" IS NULL AND OLD."deleted_at" IS NOT NULL
          AND EXISTS (SELECT 1 FROM "itinerary_traveller" t WHERE t."item_id" = NEW."id" AND t."deleted_at" IS NULL
                      AND t."companion_id" IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM "companion" c WHERE c."id" = t."companion_id"
                                      AND c."case_id" = NEW."case_id" AND c."deleted_at" IS NULL))
         BEGIN SELECT RAISE(ABORT, 'itinerary item names a companion no longer in the case'); END""",
)

_CONFLICT_COLUMNS = ('"id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" {ts} NOT NULL, "updated" {ts} NOT NULL, '
                     '"case_id" VARCHAR(36) NOT NULL, "table" VARCHAR(255) NOT NULL, "record_id" VARCHAR(36) NOT NULL, '
                     '"field" VARCHAR(255) NOT NULL, "base" TEXT, "office" TEXT, "laptop" TEXT, '
                     '"office_by" VARCHAR(255) NOT NULL, "office_at" {ts}, "laptop_by" VARCHAR(255) NOT NULL, '
                     '"laptop_at" {ts}, "laptop_change" TEXT NOT NULL, '
                     '"resolution" VARCHAR(16) NOT NULL DEFAULT \'\', "resolved_value" TEXT, '
                     '"resolved_by" VARCHAR(255) NOT NULL DEFAULT \'\', "resolved_at" {ts}, '
                     'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE')

_V7 = (
    # Laptops (issue 17): the login a case is assigned to (`checkout --assigned-to`), and the
    # conflicts a sync met: a field changed on both sides (or a record removed on one and edited
    # on the other), with the base, the office's and the laptop's value, until someone resolves it.
    """ALTER TABLE "case" ADD COLUMN "assigned_to" VARCHAR(255) NOT NULL DEFAULT ''""",
    """CREATE INDEX "case_assigned_to" ON "case" ("assigned_to")""",
    f"""CREATE TABLE "conflict" ({_CONFLICT_COLUMNS.format(ts="DATETIME")})""",
    """CREATE INDEX "conflict_case_id" ON "conflict" ("case_id")""",
    # one conflict per laptop change: a retried sync recognises the one it recorded
    """CREATE UNIQUE INDEX "conflict_laptop_change" ON "conflict" ("laptop_change")""",
)

# Schema 8: the agency's staff (logins and roles), and who carried a change into this database.
_V8_STAFF = (
    # The agency's staff: an agency record like the others (a UUID, versioned, audited, removed as
    # a tombstone). On a server each live row is a database login of the same name (store/roles.py).
    """CREATE TABLE "staff" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" DATETIME NOT NULL, "updated" DATETIME NOT NULL, "login" VARCHAR(63) NOT NULL, "name" TEXT NOT NULL, "role" VARCHAR(16) NOT NULL CHECK ("role" IN ('coordinator', 'manager', 'admin')), "version" INTEGER NOT NULL DEFAULT 1, "deleted_at" DATETIME, "deleted_by" VARCHAR(255))""",
    """CREATE UNIQUE INDEX "staff_login" ON "staff" ("login") WHERE "deleted_at" IS NULL""",
    # who carried a change made elsewhere (laptop sync) into this database; NULL: made here
    """ALTER TABLE "audit" ADD COLUMN "carried_by" VARCHAR(255)""",
)

_NOT_SAME_COLUMNS = ('"id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" {ts} NOT NULL, "updated" {ts} NOT NULL, '
                     '"person_a" VARCHAR(36) NOT NULL, "person_b" VARCHAR(36) NOT NULL, '
                     '"decided_by" VARCHAR(255) NOT NULL DEFAULT \'\', "deleted_at" {ts}, "deleted_by" VARCHAR(255)')

# Duplicate persons (issue 21): a patient merged into another stays as a tombstone naming the
# kept one; pairs said to be different people are remembered; and the fields a person is looked
# up by while being typed (birth date, passport, phone, e-mail) are indexed, so the warning at
# entry reads a few rows, not the whole table.
_V9_COMMON = (
    """ALTER TABLE "patient" ADD COLUMN "merged_into" VARCHAR(36)""",
    """CREATE INDEX "patient_merged_into" ON "patient" ("merged_into")""",
    """CREATE INDEX "patient_date_of_birth" ON "patient" ("date_of_birth")""",
    """CREATE INDEX "patient_passport_number" ON "patient" ("passport_number")""",
    """CREATE INDEX "patient_phone" ON "patient" ("phone")""",
    """CREATE INDEX "patient_email" ON "patient" ("email")""",
    """CREATE INDEX "not_same_person_a" ON "not_same" ("person_a")""",
    """CREATE INDEX "not_same_person_b" ON "not_same" ("person_b")""",
)
_V9 = (f"""CREATE TABLE "not_same" ({_NOT_SAME_COLUMNS.format(ts="DATETIME")})""", *_V9_COMMON)

_V10_REPRESENTATIVE = (
    # The agency's representative (代表者), who signs and seals the MOFA guarantee form.
    """ALTER TABLE "agency" ADD COLUMN "representative" TEXT NOT NULL DEFAULT ''""",
)

# Schema 11: documents kept with a case, the contact log, and the bytes of documents in the
# database (an office server keeps them there; a file keeps them in a folder beside it).
_DOCUMENT_COLUMNS = ('"id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" {ts} NOT NULL, "updated" {ts} NOT NULL, '
                     '"case_id" VARCHAR(36) NOT NULL, "companion_id" VARCHAR(36), "kind" VARCHAR(32) NOT NULL, '
                     '"name" TEXT NOT NULL, "sha256" VARCHAR(64) NOT NULL, "size" {big} NOT NULL, '
                     '"media_type" VARCHAR(127) NOT NULL, "document_date" DATE, "language" VARCHAR(35) NOT NULL, '
                     '"translation_of" VARCHAR(36), "file_count" INTEGER NOT NULL DEFAULT 1, '
                     '"dicom" {bool} NOT NULL DEFAULT {false}, "added_by" VARCHAR(255) NOT NULL DEFAULT \'\', '
                     '"deleted_at" {ts}, "deleted_by" VARCHAR(255), '
                     'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE, '
                     'FOREIGN KEY ("companion_id") REFERENCES "companion" ("id") ON DELETE CASCADE')
_CONTACT_COLUMNS = ('"id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" {ts} NOT NULL, "updated" {ts} NOT NULL, '
                    '"case_id" VARCHAR(36) NOT NULL, "at" {ts} NOT NULL, "direction" VARCHAR(3) NOT NULL, '
                    '"channel" VARCHAR(16) NOT NULL, "party" VARCHAR(24) NOT NULL, "summary" TEXT NOT NULL, '
                    '"kinds" TEXT NOT NULL, "documents" TEXT NOT NULL, "logged_by" VARCHAR(255) NOT NULL DEFAULT \'\', '
                    '"deleted_at" {ts}, "deleted_by" VARCHAR(255), '
                    'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE')
_BLOB_CHUNK = ('CREATE TABLE "blob_chunk" ("sha256" VARCHAR(64) NOT NULL, "n" INTEGER NOT NULL, '
               '"data" {blob} NOT NULL, PRIMARY KEY ("sha256", "n"))')
_V11_INDEXES = (
    'CREATE INDEX "document_case_id" ON "document" ("case_id")',
    'CREATE INDEX "document_companion_id" ON "document" ("companion_id")',
    'CREATE INDEX "document_sha256" ON "document" ("sha256")',
    'CREATE INDEX "contact_case_id" ON "contact" ("case_id")',
)
_V11_DOCUMENTS = (
    f'CREATE TABLE "document" ({_DOCUMENT_COLUMNS.format(ts="DATETIME", big="INTEGER", bool="INTEGER", false="0")})',
    f'CREATE TABLE "contact" ({_CONTACT_COLUMNS.format(ts="DATETIME")})',
    _BLOB_CHUNK.format(blob="BLOB"),
    *_V11_INDEXES,
)

# Schema 12: tasks (issue 20), and the indexes the day's agenda reads by date: open tasks by due
# date, inquiries by reply date, itinerary items (flights, sessions) by their start.
_TASK_COLUMNS = ('"id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" {ts} NOT NULL, "updated" {ts} NOT NULL, '
                 '"case_id" VARCHAR(36) NOT NULL, "title" TEXT NOT NULL, "due" DATE NOT NULL, '
                 '"assignee" VARCHAR(63) NOT NULL DEFAULT \'\', '
                 '"state" VARCHAR(16) NOT NULL DEFAULT \'open\' CHECK ("state" IN (\'open\', \'done\', \'dismissed\')), '
                 '"origin" VARCHAR(64) NOT NULL DEFAULT \'hand\', "created_by" VARCHAR(255) NOT NULL DEFAULT \'\', '
                 '"deleted_at" {ts}, "deleted_by" VARCHAR(255), '
                 'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE')
_V12_TASKS_COMMON = (
    """CREATE INDEX "task_case_id" ON "task" ("case_id")""",
    """CREATE INDEX "task_open_due" ON "task" ("due") WHERE "state" = 'open' AND "deleted_at" IS NULL""",
    """CREATE INDEX "case_status_reply_due" ON "case" ("status", "reply_due")""",
    """CREATE INDEX "itinerary_item_kind_starts" ON "itinerary_item" ("kind", "starts")""",
    """CREATE INDEX "case_treatment_start" ON "case" ("treatment_start")""",
)
_V12_TASKS = (f"""CREATE TABLE "task" ({_TASK_COLUMNS.format(ts="DATETIME")})""", *_V12_TASKS_COMMON)

# Schema 13 (money, issue 22): the agency's fee schedule, and per case its quotes (every saved
# version kept), bills (deposit requests, invoices, the settlement; numbered with the station's
# code) and payments and refunds. Amounts are integers: yen, or a currency's minor units
# (BIGINT on a server, where INTEGER is 32-bit); rates are the Decimal text the person typed.
_MONEY_COLUMNS = {
    "fee": ('"name_en" TEXT NOT NULL, "name_ja" TEXT NOT NULL, "basis" VARCHAR(16) NOT NULL CHECK ("basis" IN '
            "('fixed', 'per_day', 'per_night', 'per_person', 'per_trip')), \"amount_jpy\" {int} NOT NULL, "
            '"position" INTEGER NOT NULL DEFAULT 0, "deleted_at" {ts}, "deleted_by" VARCHAR(255)'),
    "quote": ('"case_id" VARCHAR(36) NOT NULL, "revision" INTEGER NOT NULL, "lines" TEXT NOT NULL, '
              '"total_jpy" {int} NOT NULL, "currency" VARCHAR(3) NOT NULL, "rate" VARCHAR(255) NOT NULL, '
              '"rate_date" DATE, "total_other" {int}, "made_by" VARCHAR(255) NOT NULL, "deleted_at" {ts}, '
              '"deleted_by" VARCHAR(255), FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE'),
    "bill": ('"case_id" VARCHAR(36) NOT NULL, "kind" VARCHAR(16) NOT NULL CHECK ("kind" IN '
             "('deposit', 'invoice', 'settlement')), \"number\" VARCHAR(255) NOT NULL, \"issued\" DATE NOT NULL, "
             '"due" DATE, "lines" TEXT NOT NULL, "total_jpy" {int} NOT NULL, "currency" VARCHAR(3) NOT NULL, '
             '"rate" VARCHAR(255) NOT NULL, "rate_date" DATE, "notes" TEXT NOT NULL, '
             '"issued_by" VARCHAR(255) NOT NULL, "deleted_at" {ts}, "deleted_by" VARCHAR(255), '
             'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE'),
    "payment": ('"case_id" VARCHAR(36) NOT NULL, "kind" VARCHAR(16) NOT NULL CHECK ("kind" IN '
                "('payment', 'refund')), \"received\" DATE NOT NULL, \"amount_minor\" {int} NOT NULL, "
                '"currency" VARCHAR(3) NOT NULL, "rate" VARCHAR(255) NOT NULL, "amount_jpy" {int} NOT NULL, '
                '"method" VARCHAR(255) NOT NULL, "reference" VARCHAR(255) NOT NULL, "bill" VARCHAR(36), '
                '"recorded_by" VARCHAR(255) NOT NULL, "deleted_at" {ts}, "deleted_by" VARCHAR(255), '
                'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE'),
}
_MONEY_INDEXES = (
    """CREATE INDEX "quote_case_id" ON "quote" ("case_id")""",
    """CREATE UNIQUE INDEX "quote_case_revision" ON "quote" ("case_id", "revision")""",
    """CREATE INDEX "bill_case_id" ON "bill" ("case_id")""",
    """CREATE UNIQUE INDEX "bill_number" ON "bill" ("number")""",
    """CREATE INDEX "payment_case_id" ON "payment" ("case_id")""",
    """CREATE INDEX "payment_received" ON "payment" ("received")""",
)


def _money_tables(ts: str, integer: str) -> tuple[str, ...]:
    base = '"id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" {ts} NOT NULL, "updated" {ts} NOT NULL, '
    return tuple(f'CREATE TABLE "{table}" ({(base + columns).format(ts=ts, int=integer)})'
                 for table, columns in _MONEY_COLUMNS.items())


_V13_MONEY = (*_money_tables("DATETIME", "INTEGER"), *_MONEY_INDEXES)

_V14_REPORT_INDEXES = (
    # Schema 14: reports (issue 22, actions/reports.py) count the cases whose inquiry falls in a
    # period: the inquiry date is indexed so a year's figures read that year's cases, not every case.
    """CREATE INDEX "case_inquiry_date" ON "case" ("inquiry_date")""",
)

MIGRATIONS: tuple[Callable[[Database], None], ...] = (_run(_V1), _v2, _run(_V3), _run(_V4), _v5,
                                                      _run(_V6), _run(_V7), _run(_V8_STAFF), _run(_V9),
                                                      _run(_V10_REPRESENTATIVE), _run(_V11_DOCUMENTS),
                                                      _run(_V12_TASKS), _run(_V13_MONEY),
                                                      _run(_V14_REPORT_INDEXES))
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(database: Database, target: int = SCHEMA_VERSION,
            before_upgrade: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Bring the database up to `target` in one transaction; returns (version before, after).

    The version is read again once the write lock is held (another process may have upgraded
    the file meanwhile); `before_upgrade(version)` runs then, before anything changes, while
    no one else can write: the place to copy the old file."""
    before = database.execute_sql("PRAGMA user_version").fetchone()[0]
    if before >= target:
        return before, before
    with database.atomic("IMMEDIATE"):
        before = database.execute_sql("PRAGMA user_version").fetchone()[0]
        if before_upgrade is not None and 0 < before < target:
            before_upgrade(before)
        for version in range(before + 1, target + 1):
            MIGRATIONS[version - 1](database)
            if version == 1:
                database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            database.execute_sql(f"PRAGMA user_version = {version}")
    return before, max(before, target)


# --- PostgreSQL (an office server) -------------------------------------------------------------
# A server database starts at the schema current when server support came (6), created by this
# frozen DDL: the same tables, columns and constraints as an SQLite file at that version, in
# PostgreSQL's types (TIMESTAMP, BOOLEAN, an identity sequence for the audit's order), the
# triggers as trigger functions, and the search index as a table with a trigram index
# (store/search.py). The version and the application id live in the table `hirt_desk_schema`
# (PostgreSQL has no user_version). A later schema version adds its PostgreSQL statements to
# PG_UPGRADES beside its SQLite migration; the two lists must reach the same SCHEMA_VERSION.
PG_BASELINE = 6
PG_SCHEMA_TABLE = "hirt_desk_schema"

_PG_LIVE_COMPANION = """EXISTS (SELECT 1 FROM "companion" c WHERE c."id" = {companion} AND c."case_id" = {case}
                     AND c."deleted_at" IS NULL)"""


def _pg_guard(name: str, table: str, events: str, condition: str, message: str) -> tuple[str, str]:
    """A BEFORE trigger that refuses a row (SQLite's RAISE(ABORT) triggers, on PostgreSQL)."""
    return (f"""CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                  IF {condition} THEN
                    RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE = '{message}';
                  END IF;
                  RETURN NEW;
                END $body$""",
            f"""CREATE TRIGGER "{name}" BEFORE {events} ON "{table}" FOR EACH ROW EXECUTE FUNCTION "{name}"()""")


PG_SCHEMA = (
    """CREATE TABLE "local_info" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
    """CREATE TABLE "agency" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "name_en" TEXT NOT NULL, "name_ja" TEXT NOT NULL, "guarantor_list" VARCHAR(255) NOT NULL, "guarantor_number" VARCHAR(255) NOT NULL, "address_en" TEXT NOT NULL, "address_ja" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "helpline" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "languages" TEXT NOT NULL)""",
    """CREATE TABLE "facility" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "code" VARCHAR(255) NOT NULL, "name_en" TEXT NOT NULL, "name_ja" TEXT NOT NULL, "address_en" TEXT NOT NULL, "address_ja" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "rule_set" VARCHAR(255) NOT NULL, "profile" TEXT NOT NULL)""",
    """CREATE UNIQUE INDEX "facility_code" ON "facility" ("code")""",
    """CREATE TABLE "patient" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "surname_latin" VARCHAR(255) NOT NULL, "given_names_latin" VARCHAR(255) NOT NULL, "name_native" VARCHAR(255) NOT NULL, "sex" VARCHAR(255) NOT NULL, "date_of_birth" DATE, "nationality" VARCHAR(255) NOT NULL, "passport_number" VARCHAR(255) NOT NULL, "passport_expiry" DATE, "languages" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL)""",
    """CREATE TABLE "case" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "number" VARCHAR(255) NOT NULL, "patient_id" VARCHAR(36) NOT NULL, "facility_id" VARCHAR(36) NOT NULL, "status" VARCHAR(255) NOT NULL, "inquiry_date" DATE NOT NULL, "reply_due" DATE NOT NULL, "coordinator" VARCHAR(255) NOT NULL, "packet_language" VARCHAR(255) NOT NULL, "facts" TEXT NOT NULL, "site" VARCHAR(255) NOT NULL, "seq" INTEGER, "fractions" INTEGER, "treatment_start" DATE, "version" INTEGER NOT NULL DEFAULT 1, FOREIGN KEY ("patient_id") REFERENCES "patient" ("id") ON DELETE RESTRICT, FOREIGN KEY ("facility_id") REFERENCES "facility" ("id") ON DELETE RESTRICT)""",
    """CREATE UNIQUE INDEX "case_number" ON "case" ("number")""",
    """CREATE UNIQUE INDEX "case_seq" ON "case" ("seq")""",
    """CREATE INDEX "case_number_upper" ON "case" (upper("number"))""",
    """CREATE INDEX "case_patient_id" ON "case" ("patient_id")""",
    """CREATE INDEX "case_facility_id" ON "case" ("facility_id")""",
    """CREATE INDEX "case_status" ON "case" ("status")""",
    """CREATE INDEX "case_reply_due" ON "case" ("reply_due")""",
    """CREATE INDEX "case_site" ON "case" ("site")""",
    """CREATE TABLE "companion" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "surname_latin" VARCHAR(255) NOT NULL, "given_names_latin" VARCHAR(255) NOT NULL, "name_native" VARCHAR(255) NOT NULL, "sex" VARCHAR(255) NOT NULL, "date_of_birth" DATE, "nationality" VARCHAR(255) NOT NULL, "passport_number" VARCHAR(255) NOT NULL, "passport_expiry" DATE, "languages" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL, "case_id" VARCHAR(36) NOT NULL, "relation" VARCHAR(255) NOT NULL, "deleted_at" TIMESTAMP, "deleted_by" VARCHAR(255), FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "companion_case_id" ON "companion" ("case_id")""",
    """CREATE TABLE "screening" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "case_id" VARCHAR(36) NOT NULL, "verdict" VARCHAR(255) NOT NULL, "result" TEXT NOT NULL, "rule_set_id" VARCHAR(255) NOT NULL, "rule_set_version" VARCHAR(255) NOT NULL, "screened_by" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "screening_case_id" ON "screening" ("case_id")""",
    """CREATE TABLE "status_change" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "case_id" VARCHAR(36) NOT NULL, "from_status" VARCHAR(255), "to_status" VARCHAR(255) NOT NULL, "effective_date" DATE NOT NULL, "note" TEXT NOT NULL, "changed_by" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "status_change_case_id" ON "status_change" ("case_id")""",
    """CREATE TABLE "note" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "case_id" VARCHAR(36) NOT NULL, "body" TEXT NOT NULL, "author" VARCHAR(255) NOT NULL, "deleted_at" TIMESTAMP, "deleted_by" VARCHAR(255), FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "note_case_id" ON "note" ("case_id")""",
    """CREATE TABLE "audit" ("seq" BIGSERIAL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "user" VARCHAR(255) NOT NULL, "table" VARCHAR(255) NOT NULL, "record_id" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, "old" TEXT, "new" TEXT, "change_id" VARCHAR(36) NOT NULL DEFAULT '', "changeset" VARCHAR(36) NOT NULL DEFAULT '', "origin" VARCHAR(64) NOT NULL DEFAULT '', "case_id" VARCHAR(36), "case_version" INTEGER)""",
    """CREATE INDEX "auditentry_at" ON "audit" ("at")""",
    """CREATE INDEX "auditentry_record_id" ON "audit" ("record_id")""",
    """CREATE UNIQUE INDEX "audit_change" ON "audit" ("change_id", coalesce("case_id", ''))""",
    """CREATE INDEX "audit_case_version" ON "audit" ("case_id", "case_version")""",
    """CREATE TABLE "itinerary_item" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "case_id" VARCHAR(36) NOT NULL, "kind" VARCHAR(32) NOT NULL, "title" TEXT NOT NULL, "starts" VARCHAR(16) NOT NULL, "start_tz" VARCHAR(64) NOT NULL, "ends" VARCHAR(16), "end_tz" VARCHAR(64) NOT NULL, "place_from" TEXT NOT NULL, "place_to" TEXT NOT NULL, "reference" VARCHAR(64) NOT NULL, "confirmation" VARCHAR(64) NOT NULL, "cost_yen" INTEGER, "notes" TEXT NOT NULL, "fixed" BOOLEAN NOT NULL, "deleted_at" TIMESTAMP, "deleted_by" VARCHAR(255), FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "itinerary_item_case_starts" ON "itinerary_item" ("case_id", "starts")""",
    """CREATE TABLE "visa_record" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "case_id" VARCHAR(36) NOT NULL, "embassy" TEXT NOT NULL, "application_date" DATE, "issue_date" DATE, "visa_number" VARCHAR(64) NOT NULL, "valid_until" DATE, "permitted_days" INTEGER, "entries" VARCHAR(16) NOT NULL, "on_guarantee_form" BOOLEAN NOT NULL, "documents" TEXT NOT NULL, "notes" TEXT NOT NULL, "deleted_at" TIMESTAMP, "deleted_by" VARCHAR(255), "companion_id" VARCHAR(36) REFERENCES "companion" ("id") ON DELETE CASCADE, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE UNIQUE INDEX "visa_record_case_traveller" ON "visa_record" ("case_id", coalesce("companion_id", ''))
           WHERE "deleted_at" IS NULL""",
    """CREATE INDEX "visa_record_companion_id" ON "visa_record" ("companion_id")""",
    """CREATE TABLE "itinerary_traveller" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "item_id" VARCHAR(36) NOT NULL, "companion_id" VARCHAR(36), "deleted_at" TIMESTAMP, "deleted_by" VARCHAR(255), FOREIGN KEY ("item_id") REFERENCES "itinerary_item" ("id") ON DELETE CASCADE, FOREIGN KEY ("companion_id") REFERENCES "companion" ("id") ON DELETE CASCADE)""",
    """CREATE UNIQUE INDEX "itinerary_traveller_item_companion" ON "itinerary_traveller" ("item_id", coalesce("companion_id", ''))
           WHERE "deleted_at" IS NULL""",
    """CREATE INDEX "itinerary_traveller_item_id" ON "itinerary_traveller" ("item_id")""",
    """CREATE INDEX "itinerary_traveller_companion_id" ON "itinerary_traveller" ("companion_id")""",
    *_pg_guard("itinerary_traveller_must_be_live", "itinerary_traveller",
               'INSERT OR UPDATE OF "item_id", "companion_id", "deleted_at"',
               f"""NEW."companion_id" IS NOT NULL AND NEW."deleted_at" IS NULL
                   AND EXISTS (SELECT 1 FROM "itinerary_item" i WHERE i."id" = NEW."item_id" AND i."deleted_at" IS NULL
                               AND NOT {_PG_LIVE_COMPANION.format(companion='NEW."companion_id"', case='i."case_id"')})""",
               "itinerary traveller is not a live companion of the case"),
    *_pg_guard("visa_record_traveller_must_be_live", "visa_record",
               'INSERT OR UPDATE OF "case_id", "companion_id", "deleted_at"',
               f"""NEW."companion_id" IS NOT NULL AND NEW."deleted_at" IS NULL
                   AND NOT {_PG_LIVE_COMPANION.format(companion='NEW."companion_id"', case='NEW."case_id"')}""",
               "visa record traveller is not a live companion of the case"),
    *_pg_guard("companion_removed_unreferenced", "companion", 'UPDATE OF "deleted_at", "case_id"',
               """(NEW."deleted_at" IS NOT NULL OR NEW."case_id" <> OLD."case_id")
                  AND (EXISTS (SELECT 1 FROM "visa_record" v WHERE v."companion_id" = NEW."id" AND v."deleted_at" IS NULL)
                       OR EXISTS (SELECT 1 FROM "itinerary_traveller" t JOIN "itinerary_item" i ON i."id" = t."item_id"
                                  WHERE t."companion_id" = NEW."id" AND t."deleted_at" IS NULL AND i."deleted_at" IS NULL))""",
               "companion is still a traveller of a visa record or itinerary item"),
    *_pg_guard("itinerary_item_restored_travellers_live", "itinerary_item", 'UPDATE OF "deleted_at"',
               """NEW."deleted_at" IS NULL AND OLD."deleted_at" IS NOT NULL
                  AND EXISTS (SELECT 1 FROM "itinerary_traveller" t WHERE t."item_id" = NEW."id" AND t."deleted_at" IS NULL
                              AND t."companion_id" IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM "companion" c WHERE c."id" = t."companion_id"
                                              AND c."case_id" = NEW."case_id" AND c."deleted_at" IS NULL))""",
               "itinerary item names a companion no longer in the case"),
)

# Schema 8 on a server: the staff table, and "who" set by the server. A
# BEFORE trigger writes the session's login (session_user, which no client can change without
# being a superuser) into the audit's `user` and into the author columns, whatever the client
# sent. The one exception is laptop sync: in a transaction that set `hirt_desk.carry` to 'on'
# (set_config('hirt_desk.carry', 'on', true)), an audit row made at another station (its origin
# is not this database's station) keeps its `user`, and `carried_by` records the login that
# carried it; author columns keep what the carried record says. Roles and grants are not part of
# the schema: `server init` applies them to each database (store/roles.py).
_PG_CARRY = "coalesce(current_setting('hirt_desk.carry', true), '') = 'on'"
_PG_V8_STAFF = (
    """CREATE TABLE "staff" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created" TIMESTAMP NOT NULL, "updated" TIMESTAMP NOT NULL, "login" VARCHAR(63) NOT NULL, "name" TEXT NOT NULL, "role" VARCHAR(16) NOT NULL CHECK ("role" IN ('coordinator', 'manager', 'admin')), "version" INTEGER NOT NULL DEFAULT 1, "deleted_at" TIMESTAMP, "deleted_by" VARCHAR(255))""",
    """CREATE UNIQUE INDEX "staff_login" ON "staff" ("login") WHERE "deleted_at" IS NULL""",
    """ALTER TABLE "audit" ADD COLUMN "carried_by" VARCHAR(255)""",
    f"""CREATE FUNCTION "hirt_desk_audit_who"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          IF {_PG_CARRY} AND NEW."origin" <> coalesce(
               (SELECT "value" FROM "local_info" WHERE "key" = 'station'), '') THEN
            NEW."carried_by" := session_user;
          ELSE
            NEW."user" := session_user;
            NEW."carried_by" := NULL;
          END IF;
          RETURN NEW;
        END $body$""",
    """CREATE TRIGGER "audit_who" BEFORE INSERT ON "audit" FOR EACH ROW EXECUTE FUNCTION "hirt_desk_audit_who"()""",
    # an author column (TG_ARGV[0]): the session's login on insert; never changed afterwards
    f"""CREATE FUNCTION "hirt_desk_author"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          IF {_PG_CARRY} THEN
            RETURN NEW;
          END IF;
          IF TG_OP = 'INSERT' THEN
            NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], session_user));
          ELSE
            NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], to_jsonb(OLD) -> TG_ARGV[0]));
          END IF;
          RETURN NEW;
        END $body$""",
    # deleted_by: the session's login whenever a tombstone is set (or its author changed)
    f"""CREATE FUNCTION "hirt_desk_remover"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          IF NEW."deleted_by" IS NOT NULL AND NOT {_PG_CARRY}
             AND (TG_OP = 'INSERT' OR NEW."deleted_by" IS DISTINCT FROM OLD."deleted_by"
                  OR NEW."deleted_at" IS DISTINCT FROM OLD."deleted_at") THEN
            NEW."deleted_by" := session_user;
          END IF;
          RETURN NEW;
        END $body$""",
    *(f"""CREATE TRIGGER "{table}_{column}_who" BEFORE INSERT OR UPDATE OF "{column}" ON "{table}"
          FOR EACH ROW EXECUTE FUNCTION "hirt_desk_author"('{column}')"""
      for table, column in (("status_change", "changed_by"), ("note", "author"), ("screening", "screened_by"))),
    *(f"""CREATE TRIGGER "{table}_deleted_by_who" BEFORE INSERT OR UPDATE OF "deleted_at", "deleted_by" ON "{table}"
          FOR EACH ROW EXECUTE FUNCTION "hirt_desk_remover"()"""
      for table in ("companion", "note", "itinerary_item", "visa_record", "itinerary_traveller", "staff")),
)

# Schema version N (N > PG_BASELINE) on PostgreSQL: PG_UPGRADES[N - PG_BASELINE - 1].
PG_UPGRADES: tuple[tuple[str, ...], ...] = (
    (   # 7: laptops. Besides what SQLite gets, each audit row records the transaction that wrote it
        # (xid8): a laptop pulls the changes of transactions that all ended before its last pull's
        # snapshot horizon, so a transaction that commits after a later one is never skipped, as
        # it would be by the audit's increasing "seq" (SYNC-NOTES.md).
        """ALTER TABLE "case" ADD COLUMN "assigned_to" VARCHAR(255) NOT NULL DEFAULT ''""",
        """CREATE INDEX "case_assigned_to" ON "case" ("assigned_to")""",
        f"""CREATE TABLE "conflict" ({_CONFLICT_COLUMNS.format(ts="TIMESTAMP")})""",
        """CREATE INDEX "conflict_case_id" ON "conflict" ("case_id")""",
        """CREATE UNIQUE INDEX "conflict_laptop_change" ON "conflict" ("laptop_change")""",
        """ALTER TABLE "audit" ADD COLUMN "txid" xid8 NOT NULL DEFAULT pg_current_xact_id()""",
        """CREATE INDEX "audit_txid" ON "audit" ("txid")""",
    ),
    (*_PG_V8_STAFF,   # 8: the staff, logins and roles; who is set by the server; and the name
                      # index without a pending list (store/search.py: a bulk fill left searches slow)
     """ALTER INDEX "case_search_body" SET (fastupdate = off)"""),
    (   # 9: duplicate persons, as on SQLite; who decided and who withdrew set by the server
        f"""CREATE TABLE "not_same" ({_NOT_SAME_COLUMNS.format(ts="TIMESTAMP")})""",
        *_V9_COMMON,
        """CREATE TRIGGER "not_same_decided_by_who" BEFORE INSERT OR UPDATE OF "decided_by" ON "not_same"
           FOR EACH ROW EXECUTE FUNCTION "hirt_desk_author"('decided_by')""",
        """CREATE TRIGGER "not_same_deleted_by_who" BEFORE INSERT OR UPDATE OF "deleted_at", "deleted_by"
           ON "not_same" FOR EACH ROW EXECUTE FUNCTION "hirt_desk_remover"()""",
    ),
    _V10_REPRESENTATIVE,   # 10: the agency's representative (the same DDL as SQLite)
    (   # 11: documents, the contact log and the documents' bytes (bytea chunks keyed by sha256);
        # who added or logged them, and who removed them, set by the server
        f'CREATE TABLE "document" ({_DOCUMENT_COLUMNS.format(ts="TIMESTAMP", big="BIGINT", bool="BOOLEAN", false="false")})',
        f'CREATE TABLE "contact" ({_CONTACT_COLUMNS.format(ts="TIMESTAMP")})',
        _BLOB_CHUNK.format(blob="BYTEA"),
        *_V11_INDEXES,
        *(f"""CREATE TRIGGER "{table}_{column}_who" BEFORE INSERT OR UPDATE OF "{column}" ON "{table}"
              FOR EACH ROW EXECUTE FUNCTION "hirt_desk_author"('{column}')"""
          for table, column in (("document", "added_by"), ("contact", "logged_by"))),
        *(f"""CREATE TRIGGER "{table}_deleted_by_who" BEFORE INSERT OR UPDATE OF "deleted_at", "deleted_by" ON "{table}"
              FOR EACH ROW EXECUTE FUNCTION "hirt_desk_remover"()"""
          for table in ("document", "contact")),
    ),
    (   # 12: tasks, as on SQLite; who created and who removed set by the server
        f"""CREATE TABLE "task" ({_TASK_COLUMNS.format(ts="TIMESTAMP")})""",
        *_V12_TASKS_COMMON,
        """CREATE TRIGGER "task_created_by_who" BEFORE INSERT OR UPDATE OF "created_by" ON "task"
           FOR EACH ROW EXECUTE FUNCTION "hirt_desk_author"('created_by')""",
        """CREATE TRIGGER "task_deleted_by_who" BEFORE INSERT OR UPDATE OF "deleted_at", "deleted_by"
           ON "task" FOR EACH ROW EXECUTE FUNCTION "hirt_desk_remover"()""",
    ),
    (   # 13: money, as on SQLite (64-bit amounts); authors and removers set by the server
        *_money_tables("TIMESTAMP", "BIGINT"), *_MONEY_INDEXES,
        *(f"""CREATE TRIGGER "{table}_{column}_who" BEFORE INSERT OR UPDATE OF "{column}" ON "{table}"
              FOR EACH ROW EXECUTE FUNCTION "hirt_desk_author"('{column}')"""
          for table, column in (("quote", "made_by"), ("bill", "issued_by"), ("payment", "recorded_by"))),
        *(f"""CREATE TRIGGER "{table}_deleted_by_who" BEFORE INSERT OR UPDATE OF "deleted_at", "deleted_by"
              ON "{table}" FOR EACH ROW EXECUTE FUNCTION "hirt_desk_remover"()"""
          for table in ("fee", "quote", "bill", "payment")),
    ),
    _V14_REPORT_INDEXES,   # 14: reports read cases by inquiry date (the same DDL as SQLite)
)
assert PG_BASELINE + len(PG_UPGRADES) == SCHEMA_VERSION, "a schema version lacks its PostgreSQL statements"


def server_version(database: Database) -> int:
    """The schema version of a server database: 0 when it has no HIRT Desk schema table."""
    exists = database.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (f'"{PG_SCHEMA_TABLE}"',)).fetchone()[0]
    if not exists:
        return 0
    row = database.execute_sql(f'SELECT "version" FROM "{PG_SCHEMA_TABLE}"').fetchone()
    return int(row[0]) if row else 0


def migrate_server(database: Database, target: int = SCHEMA_VERSION) -> tuple[int, int]:
    """Create or upgrade a server database's schema in one transaction; returns (before, after).

    Concurrent runs queue on an advisory lock, and the version is read again under it."""
    with database.atomic():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (APPLICATION_ID,))
        before = server_version(database)
        if before >= target:
            return before, before
        from hirt_desk.store.search import PG_SEARCH_SCHEMA
        if before == 0:
            for sql in (*PG_SCHEMA, *PG_SEARCH_SCHEMA):
                database.execute_sql(sql)
            database.execute_sql(
                f'CREATE TABLE "{PG_SCHEMA_TABLE}" ("application_id" INTEGER NOT NULL, "version" INTEGER NOT NULL, '
                '"database_id" VARCHAR(36) NOT NULL, "created" TIMESTAMP NOT NULL DEFAULT now())')
            database.execute_sql(f'INSERT INTO "{PG_SCHEMA_TABLE}" VALUES (%s, %s, gen_random_uuid()::text, DEFAULT)',
                                 (APPLICATION_ID, PG_BASELINE))
            before_upgrades = PG_BASELINE
        else:
            before_upgrades = before
        for version in range(before_upgrades + 1, target + 1):
            for sql in PG_UPGRADES[version - PG_BASELINE - 1]:
                database.execute_sql(sql)
            database.execute_sql(f'UPDATE "{PG_SCHEMA_TABLE}" SET "version" = %s', (version,))
    return before, target
