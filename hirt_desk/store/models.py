"""The case store's tables as peewee models.

Every record has a globally unique id (a UUID string) so that databases written on several
machines can be merged later, and created/updated times in UTC. Models are bound to `db`, a
proxy that `store.database.open_database` points at a real database.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
    _atomic,
)

if TYPE_CHECKING:
    from peewee import ModelSelect

db = DatabaseProxy()


def on_server() -> bool:
    """Whether the models are bound to a PostgreSQL server (else an SQLite file)."""
    return isinstance(db.obj, PostgresqlDatabase)


def sql_text(sql: str) -> str:
    """Raw SQL written with `?` placeholders, in the bound database's parameter style
    (psycopg's `%s`, with a literal `%` doubled). Only for SQL whose text holds no `?`
    other than placeholders (ours: values always go in as parameters)."""
    if db.param == "?":
        return sql
    return sql.replace("%", "%%").replace("?", db.param)


class WriteGate:
    """Holds writes back while the database's pages are still being checked.

    The window opens a large file without waiting for SQLite's page check and runs it in the
    background (store/database.py `check_pages_in_background`); a save made meanwhile waits for
    the verdict, and after a failed check every save is refused with it, so nothing is written
    into a damaged file."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._refusal: Exception | None = None

    def hold(self) -> None:
        self._refusal = None
        self._open.clear()

    def release(self, refusal: Exception | None = None) -> None:
        self._refusal = refusal
        self._open.set()

    @property
    def holding(self) -> bool:
        """Whether a check is still running (saves would wait)."""
        return not self._open.is_set()

    def pass_through(self) -> None:
        """Return when writing is allowed; raise the check's verdict if it is not."""
        self._open.wait()
        if self._refusal is not None:
            raise self._refusal


write_gate = WriteGate()


def write_lock() -> _atomic:
    """A transaction that writes: on SQLite it takes the write lock up front (BEGIN
    IMMEDIATE); on a server an ordinary transaction (rows are locked as they are written)."""
    write_gate.pass_through()
    return db.atomic() if on_server() else db.atomic("IMMEDIATE")


def new_id() -> str:
    """A time-ordered (version 7) UUID as text: unique across machines like any UUID, and
    new keys land at the end of their indexes instead of on random pages."""
    b = bytearray((time.time_ns() // 1_000_000).to_bytes(6, "big") + os.urandom(10))
    b[6] = (b[6] & 0x0F) | 0x70
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def utcnow() -> datetime:
    """Naive UTC: what the database stores, whatever the machine's time zone."""
    return datetime.now(UTC).replace(tzinfo=None)


_encode_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode   # one encoder, not one per value


class JsonField(TextField):
    """JSON in a text column: portable to PostgreSQL's text as it is to SQLite."""

    def db_value(self, value: Any) -> str | None:
        return None if value is None else _encode_json(value)

    def python_value(self, value: str | None) -> Any:
        if value is None:
            return None
        try:
            return json.loads(value)
        except ValueError:         # what was stored parsed when it was written: damage since
            raise sqlite3.DatabaseError(f"database disk image is malformed: stored JSON in "
                                        f"column {self.column_name} does not parse") from None


class BaseModel(Model):
    id = CharField(primary_key=True, max_length=36, default=new_id)
    created = DateTimeField(default=utcnow)
    updated = DateTimeField(default=utcnow)

    class Meta:
        database = db
        legacy_table_names = False


class LocalInfo(Model):
    """Facts about this copy of the database, never merged nor carried to another: its station
    code and the place it was given in, former stations, number counters (store/station.py)."""

    key = CharField(primary_key=True)
    value = TextField()

    class Meta:
        database = db
        table_name = "local_info"


class Agency(BaseModel):
    """The coordinator agency using HIRT Desk: the guarantor on visa paperwork."""

    name_en = TextField()
    name_ja = TextField(default="")
    guarantor_list = CharField(default="")     # MOFA list "A" (travel agency) or "B" (METI coordinator)
    guarantor_number = CharField(default="")
    address_en = TextField(default="")
    address_ja = TextField(default="")
    phone = CharField(default="")
    helpline = CharField(default="")           # the 24-hour line given to patients
    email = CharField(default="")
    languages = JsonField(default=list)
    representative = TextField(default="")     # 代表者: signs and seals the MOFA guarantee form


class Facility(BaseModel):
    """A treating hospital. Its profile (weekdays, closures, costs...) comes from resources/."""

    code = CharField(unique=True)
    name_en = TextField()
    name_ja = TextField()
    address_en = TextField(default="")
    address_ja = TextField(default="")
    phone = CharField(default="")
    rule_set = CharField()
    profile = JsonField(default=dict)


class Identity(BaseModel):
    """Who a traveller is, as written in the passport and in their own script."""

    surname_latin = CharField()
    given_names_latin = CharField(default="")
    name_native = CharField(default="")
    sex = CharField(default="")                # "F", "M", "X" as in the passport
    date_of_birth = DateField(null=True)
    nationality = CharField(default="")        # ISO 3166-1 alpha-2
    passport_number = CharField(default="")
    passport_expiry = DateField(null=True)
    languages = JsonField(default=list)        # BCP 47 tags
    phone = CharField(default="")
    email = CharField(default="")
    address = TextField(default="")

    @property
    def name_latin(self) -> str:
        return f"{self.surname_latin} {self.given_names_latin}".strip()


class Patient(Identity):
    # A record merged into another (schema 9): a tombstone naming the kept person. Its cases
    # moved there; a change made elsewhere to it lands on the kept person (actions/persons.py).
    merged_into = CharField(null=True, max_length=36, index=True)

    if TYPE_CHECKING:   # backrefs peewee adds at run time, declared for the type checker
        cases: ModelSelect[Case]


class Case(BaseModel):
    number = CharField(unique=True)
    patient = ForeignKeyField(Patient, backref="cases", on_delete="RESTRICT")
    facility = ForeignKeyField(Facility, backref="cases", on_delete="RESTRICT")
    status = CharField(index=True)
    inquiry_date = DateField(index=True)      # reports count a period's inquiries (schema 12)
    reply_due = DateField(index=True)
    coordinator = CharField(default="")
    packet_language = CharField(default="en")
    facts = JsonField(default=dict)            # contracts/screening.md vocabulary, flat keys
    site = CharField(default="", index=True)   # facts["site"], kept for listing and filtering
    # Arrival order in this database only (schema 2), the search index's key (store/search.py):
    # never carried to another database (not audited, not in a snapshot), nothing outside this
    # database may refer to it. A case is known elsewhere by its id and its number.
    seq = IntegerField(null=True)
    fractions = IntegerField(null=True)        # the planned course (schema 3)
    treatment_start = DateField(null=True)
    version = IntegerField(default=1)          # grows by one with each saved change (schema 5)
    assigned_to = CharField(default="", index=True)   # the login it is assigned to (schema 7)

    if TYPE_CHECKING:   # backrefs peewee adds at run time, declared for the type checker
        screenings: ModelSelect[ScreeningRecord]
        status_changes: ModelSelect[StatusChange]
        all_companions: ModelSelect[Companion]
        all_notes: ModelSelect[Note]
        all_itinerary: ModelSelect[ItineraryItem]
        all_visas: ModelSelect[VisaRecord]
        all_tasks: ModelSelect[Task]
        all_documents: ModelSelect[Document]
        all_contacts: ModelSelect[Contact]
        conflicts: ModelSelect[Conflict]
        all_quotes: ModelSelect[Quote]
        all_bills: ModelSelect[Bill]
        all_payments: ModelSelect[Payment]

    # What belongs to the case now: records removed from it stay as tombstones (deleted_at set),
    # so that a change made elsewhere to a removed record is seen as a conflict, not lost.
    @property
    def companions(self) -> ModelSelect[Companion]:
        return Companion.select().where((Companion.case == self.id) & Companion.deleted_at.is_null())

    @property
    def notes(self) -> ModelSelect[Note]:
        return Note.select().where((Note.case == self.id) & Note.deleted_at.is_null())

    @property
    def itinerary(self) -> ModelSelect[ItineraryItem]:
        return ItineraryItem.select().where((ItineraryItem.case == self.id)
                                            & ItineraryItem.deleted_at.is_null())

    @property
    def visas(self) -> ModelSelect[VisaRecord]:
        return VisaRecord.select().where((VisaRecord.case == self.id) & VisaRecord.deleted_at.is_null())

    @property
    def documents(self) -> ModelSelect[Document]:
        return Document.select().where((Document.case == self.id) & Document.deleted_at.is_null())

    @property
    def contacts(self) -> ModelSelect[Contact]:
        return Contact.select().where((Contact.case == self.id) & Contact.deleted_at.is_null())


class Companion(Identity):
    case = ForeignKeyField(Case, backref="all_companions", on_delete="CASCADE")
    relation = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str
        all_visas: ModelSelect[VisaRecord]
        all_mentions: ModelSelect[ItineraryTraveller]


PATIENT = "patient"     # the traveller key of the patient; a companion's key is its id (schema 6)


def traveller_key(companion_id: str | None) -> str:
    """The domain's key of a traveller referenced by `companion_id` (NULL: the patient)."""
    return companion_id if companion_id is not None else PATIENT


def companion_id_of(key: str) -> str | None:
    """The `companion_id` a traveller key is stored as (None: the patient)."""
    return None if key == PATIENT else key


class ScreeningRecord(BaseModel):
    case = ForeignKeyField(Case, backref="screenings", on_delete="CASCADE")
    verdict = CharField()
    result = JsonField()                       # the contract's result object
    rule_set_id = CharField()
    rule_set_version = CharField()
    screened_by = CharField(default="")

    if TYPE_CHECKING:
        case_id: str    # the foreign key's raw value, without loading the case

    class Meta:
        table_name = "screening"


class StatusChange(BaseModel):
    case = ForeignKeyField(Case, backref="status_changes", on_delete="CASCADE")
    from_status = CharField(null=True)
    to_status = CharField()
    effective_date = DateField()
    note = TextField(default="")
    changed_by = CharField(default="")


class Note(BaseModel):
    case = ForeignKeyField(Case, backref="all_notes", on_delete="CASCADE")
    body = TextField()
    author = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)


class ItineraryItem(BaseModel):
    """One thing on the stay's agenda; times are local to where it happens (`*_tz`)."""

    case = ForeignKeyField(Case, backref="all_itinerary", on_delete="CASCADE")
    kind = CharField()             # flight, accommodation, appointment, session, transfer, ...
    title = TextField(default="")
    starts = CharField()           # "YYYY-MM-DDTHH:MM" local
    start_tz = CharField(default="Asia/Tokyo")
    ends = CharField(null=True)
    end_tz = CharField(default="Asia/Tokyo")
    place_from = TextField(default="")
    place_to = TextField(default="")
    reference = CharField(default="")        # flight number, hotel name, ...
    confirmation = CharField(default="")
    cost_yen = IntegerField(null=True)
    notes = TextField(default="")
    fixed = BooleanField(default=False)      # set by hand: re-planning leaves it alone
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str
        all_travellers: ModelSelect[ItineraryTraveller]

    class Meta:
        table_name = "itinerary_item"


class ItineraryTraveller(BaseModel):
    """Who takes part in an itinerary item: the patient (`companion` NULL) or a companion of the
    item's case (schema 6). Removed as a tombstone, like the item itself."""

    item = ForeignKeyField(ItineraryItem, backref="all_travellers", on_delete="CASCADE")
    companion = ForeignKeyField(Companion, null=True, backref="all_mentions", on_delete="CASCADE")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        item_id: str
        companion_id: str | None

    @property
    def traveller(self) -> str:
        return traveller_key(self.companion_id)

    class Meta:
        table_name = "itinerary_traveller"


class VisaRecord(BaseModel):
    """The visa side of one traveller: what was applied for, what was issued, the documents."""

    case = ForeignKeyField(Case, backref="all_visas", on_delete="CASCADE")
    companion = ForeignKeyField(Companion, null=True, backref="all_visas",   # NULL: the patient
                                on_delete="CASCADE")
    embassy = TextField(default="")
    application_date = DateField(null=True)
    issue_date = DateField(null=True)
    visa_number = CharField(default="")
    valid_until = DateField(null=True)
    permitted_days = IntegerField(null=True)
    entries = CharField(default="single")    # single | multiple
    on_guarantee_form = BooleanField(default=False)
    documents = JsonField(default=dict)      # document id -> {"status": ..., "date": "YYYY-MM-DD"}
    notes = TextField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str
        companion_id: str | None

    @property
    def traveller(self) -> str:
        """"patient" or the companion's id, as the domain (planning) names travellers."""
        return traveller_key(self.companion_id)

    class Meta:
        table_name = "visa_record"


TASK_STATES = ("open", "done", "dismissed")
HAND = "hand"           # a task's origin when added by hand (else the proposal's key)


class Task(BaseModel):
    """Something to do for a case by a date (schema 11): added by hand, or a proposal from the
    case's own dates accepted (`origin` is then the proposal's key, so that a proposal accepted
    or dismissed is not proposed again). Done and dismissed tasks stay, with their state;
    removing one leaves a tombstone like any record of the case."""

    case = ForeignKeyField(Case, backref="all_tasks", on_delete="CASCADE")
    title = TextField()
    due = DateField()
    assignee = CharField(max_length=63, default="")   # a staff login ("": the team)
    state = CharField(max_length=16, default="open")  # TASK_STATES
    origin = CharField(max_length=64, default=HAND)
    created_by = CharField(default="")                # set by the server from the login
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str


class Document(BaseModel):
    """A file kept with a case (schema 11): a medical record, a scan, an imaging CD (a folder or a
    zip, kept as one zip). The bytes live in the blob store by their sha256 (store/documents.py);
    the row only points at them, and only once they are safely stored."""

    case = ForeignKeyField(Case, backref="all_documents", on_delete="CASCADE")
    companion = ForeignKeyField(Companion, null=True, backref="all_documents",   # NULL: the patient
                                on_delete="CASCADE")
    kind = CharField(max_length=32)          # contracts/cli.md KIND
    name = TextField()                       # the file's (or folder's) name as attached
    sha256 = CharField(max_length=64, index=True)
    size = IntegerField()
    media_type = CharField(max_length=127, default="application/octet-stream")
    document_date = DateField(null=True)     # the date the document itself bears
    language = CharField(max_length=35, default="")     # BCP 47
    translation_of = CharField(max_length=36, null=True)  # another document of the case
    file_count = IntegerField(default=1)     # files inside a folder or zip
    dicom = BooleanField(default=False)      # holds DICOM images
    added_by = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str
        companion_id: str | None

    @property
    def traveller(self) -> str:
        return traveller_key(self.companion_id)


class Contact(BaseModel):
    """One entry of a case's contact log (schema 11): who was told or asked what, when, how.
    `kinds` are the record kinds asked for in it; `documents` the ids of documents sent or
    received with it."""

    case = ForeignKeyField(Case, backref="all_contacts", on_delete="CASCADE")
    at = DateTimeField()                     # when it happened (UTC)
    direction = CharField(max_length=3)      # in | out
    channel = CharField(max_length=16)       # records/required.py CHANNELS (email, wechat, ...)
    party = CharField(max_length=24)         # who: records/required.py PARTIES (patient, facility, ...)
    summary = TextField(default="")
    kinds = JsonField(default=list)
    documents = JsonField(default=list)
    logged_by = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str


class BlobChunk(Model):
    """A piece of a stored file's bytes, keyed by the file's sha256 (schema 11): where an office
    server keeps documents, so every seat and laptop sees the same file. `n` orders the pieces."""

    sha256 = CharField(max_length=64)
    n = IntegerField()
    data = BlobField()

    class Meta:
        database = db
        table_name = "blob_chunk"
        primary_key = CompositeKey("sha256", "n")


class Conflict(BaseModel):
    """A field changed on a laptop and in the office to different values since the laptop last
    synced (or a record removed on one side and edited on the other): the office keeps its
    value until someone resolves it (schema 7). `field` is the record's own field (`phone`,
    `facts.ecog`); `laptop_change` is the laptop change's id, so a retried sync recognises it.
    Resolving it is an audited change like any other, carried by sync to the other side."""

    case = ForeignKeyField(Case, backref="conflicts", on_delete="CASCADE")
    table = CharField()
    record_id = CharField()
    field = CharField()
    base = TextField(null=True)
    office = TextField(null=True)
    laptop = TextField(null=True)
    office_by = CharField()
    office_at = DateTimeField(null=True)
    laptop_by = CharField()
    laptop_at = DateTimeField(null=True)
    laptop_change = TextField(unique=True)     # the laptop's change ids it holds, space-separated
    resolution = CharField(default="")         # office | laptop | value
    resolved_value = TextField(null=True)
    resolved_by = CharField(default="")
    resolved_at = DateTimeField(null=True)

    if TYPE_CHECKING:
        case_id: str


class Staff(BaseModel):
    """A person of the agency (schema 8): the login changes are recorded under, a name for people
    to read, and a role (coordinator, manager, admin). On a server the login is a database login
    and the role its group (store/roles.py); on a file it is who may be chosen at start. Removed
    as a tombstone, so a login once used keeps its name in the history."""

    login = CharField(max_length=63)
    name = TextField()
    role = CharField(max_length=16)
    version = IntegerField(default=1)
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    class Meta:
        table_name = "staff"


class NotSame(BaseModel):
    """Two persons a coordinator said are different people, however alike they look: the pair is
    not offered as a likely duplicate again (schema 9). `person_a` is the smaller id; the id is
    derived from the pair (`not_same_id`), so the same answer given on two machines is one
    record when they meet at sync. Withdrawn as a tombstone."""

    person_a = CharField(max_length=36, index=True)
    person_b = CharField(max_length=36, index=True)
    decided_by = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    class Meta:
        table_name = "not_same"


def not_same_id(a: str, b: str) -> str:
    """The id of the NotSame record of a pair of persons (either order)."""
    import uuid
    first, second = sorted((a, b))
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"hirt-desk:not-same:{first}:{second}"))


class Fee(BaseModel):
    """One fee of the agency's schedule (schema 11), in yen: a fixed amount, or per interpreting
    day, per night, per traveller or per trip (airport transfer), counted from a case's
    itinerary by the quote (money/quote.py). Agency-level, audited, removed as a tombstone."""

    name_en = TextField()
    name_ja = TextField(default="")
    basis = CharField(max_length=16)           # fixed | per_day | per_night | per_person | per_trip
    amount_jpy = IntegerField()
    position = IntegerField(default=0)         # order in the schedule and on a quote
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    class Meta:
        table_name = "fee"


class Quote(BaseModel):
    """One saved version of a case's quote (schema 11): its lines as they were computed (JSON,
    amounts in yen), the total, and the patient's currency at the rate the coordinator entered
    with its date. Each save is a new row with the next `revision`; earlier ones are kept."""

    case = ForeignKeyField(Case, backref="all_quotes", on_delete="CASCADE")
    revision = IntegerField()
    lines = JsonField(default=list)            # [{"id", "en", "ja", "amount_jpy", "variable", ...}]
    total_jpy = IntegerField()
    currency = CharField(max_length=3, default="JPY")
    rate = CharField(default="")               # units of `currency` per yen, as typed (Decimal text)
    rate_date = DateField(null=True)
    total_other = IntegerField(null=True)      # minor units of `currency`
    made_by = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str


class Bill(BaseModel):
    """A deposit request, an invoice or the final settlement of a case (schema 11), numbered
    like case numbers (`INV-2026-K7M-0001`: the station's code, so never colliding across seats
    and laptops). Amounts in yen; the patient's currency at a rate for the paper."""

    case = ForeignKeyField(Case, backref="all_bills", on_delete="CASCADE")
    kind = CharField(max_length=16)            # deposit | invoice | settlement
    number = CharField(unique=True)
    issued = DateField()
    due = DateField(null=True)
    lines = JsonField(default=list)
    total_jpy = IntegerField()
    currency = CharField(max_length=3, default="JPY")
    rate = CharField(default="")
    rate_date = DateField(null=True)
    notes = TextField(default="")
    issued_by = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str

    class Meta:
        table_name = "bill"


class Payment(BaseModel):
    """Money received from (kind payment) or paid back to (kind refund) a case's patient
    (schema 11): the amount as it came, in minor units of its currency, its rate (units per yen)
    and the yen it counts for (rounded half up, money/amount.py)."""

    case = ForeignKeyField(Case, backref="all_payments", on_delete="CASCADE")
    kind = CharField(max_length=16, default="payment")    # payment | refund
    received = DateField()
    amount_minor = IntegerField()
    currency = CharField(max_length=3, default="JPY")
    rate = CharField(default="")
    amount_jpy = IntegerField()
    method = CharField(default="")             # bank_transfer | card | cash | other
    reference = CharField(default="")
    bill = CharField(null=True, max_length=36)             # the bill it pays, when known
    recorded_by = CharField(default="")
    deleted_at = DateTimeField(null=True)
    deleted_by = CharField(null=True)

    if TYPE_CHECKING:
        case_id: str


class AuditEntry(Model):
    """One field-level change: who, when, which record and field, old and new value.

    `change_id` is unique across databases (with `case_id`: a patient shared by two cases has
    its change recorded under each), so a change carried between databases is recognised;
    `changeset` groups the rows of one save; `origin` is the station that made it; `case_version`
    is the version of the case that the change made. Creations carry the new record's values
    (JSON in `new`), deletions the values it had (`old`)."""

    seq = AutoField()                          # order in this database only
    at = DateTimeField(default=utcnow, index=True)
    user = CharField()
    table = CharField()
    record_id = CharField(index=True)
    action = CharField()                       # create | update | delete
    field = CharField(default="")
    old = TextField(null=True)
    new = TextField(null=True)
    change_id = CharField(default=new_id)      # schema 5
    changeset = CharField(default="")
    origin = CharField(default="")
    case_id = CharField(null=True)
    case_version = IntegerField(null=True)
    carried_by = CharField(null=True)          # schema 8: the login that carried it here (sync)

    class Meta:
        database = db
        table_name = "audit"


MODELS: tuple[type[Model], ...] = (LocalInfo, Agency, Facility, Patient, Case, Companion,
                                   ScreeningRecord, StatusChange, Note, ItineraryItem, ItineraryTraveller,
                                   VisaRecord, Task, Document, Contact, Conflict, Staff, NotSame, Fee, Quote,
                                   Bill, Payment, AuditEntry)
