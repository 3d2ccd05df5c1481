"""The command line (contracts/cli.md). Without a subcommand it opens the main window.

Errors the user can fix (a bad file, an unknown case, a locked database) print one line on
stderr and exit with status 2; an unexpected failure prints one line naming the log file that
holds the details. Qt is imported only by the commands that show a window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from hirt_desk import __version__

PROGRAM_START = time.perf_counter()


class UsageError(Exception):
    """A problem with what the user asked for: reported in one line, exit status 2."""


def one_line(text: str, limit: int = 400) -> str:
    """A message fit for one line of stderr: what the user typed may hold newlines, control
    characters or a 300-character name; they are shown escaped and long text is cut."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {one_line(message)}\n")
        raise SystemExit(2)


def _emit(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


def _open_db(args: argparse.Namespace, *, full_check: bool = True) -> None:
    """Open --db (or the default). Read-only commands skip the page-by-page check, which costs
    half a second on 100,000 cases; damage they meet is still reported as such."""
    from hirt_desk.store.database import open_database
    from hirt_desk.store.errors import is_server_url
    args.passphrase = None if is_server_url(args.db) else _passphrase(_db_path(args))
    open_database(args.db, full_check=full_check, passphrase=args.passphrase)
    from hirt_desk.actions.staff import check_given_user
    check_given_user(getattr(args, "user", None))     # on a server: the database login only


# -- encryption at rest: the passphrase is read here only ---------------------------------------

def _db_path(args: argparse.Namespace) -> Path:
    from hirt_desk.store.database import default_database_path
    return Path(args.db) if args.db else default_database_path()


def _passphrase(path: Path | None, *, new: bool = False) -> str | None:
    """The passphrase from HIRT_DESK_PASSPHRASE, else asked on the terminal when `path` is
    encrypted (`new`: asked twice, for a database about to be encrypted); None without either."""
    from hirt_desk.store.encryption import PASSPHRASE_ENV, check_new_passphrase, looks_encrypted
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    if passphrase is None and (new or (path is not None and looks_encrypted(path))) and sys.stdin.isatty():
        import getpass
        try:
            passphrase = getpass.getpass(f"Passphrase for {path}: ") or None
            if new and passphrase is not None and getpass.getpass("The passphrase again: ") != passphrase:
                raise UsageError("the two passphrases differ; nothing was changed")
        except EOFError:
            passphrase = None
    if new:
        if passphrase is None:
            raise UsageError(f"no passphrase: set {PASSPHRASE_ENV} or run on a terminal; nothing was changed")
        problem = check_new_passphrase(passphrase)
        if problem is not None:
            from hirt_desk.store.encryption import MIN_PASSPHRASE_LENGTH
            raise UsageError(f"the passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters"
                             if problem == "short" else "the passphrase must not contain NUL characters")
    return passphrase


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _positive(text: str, largest: int = 1_000_000_000) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must not be negative")
    if value > largest:
        raise argparse.ArgumentTypeError(f"'{text}' is more than {largest:,}")
    return value


def _case_count(text: str) -> int:
    return _positive(text, largest=1_000_000)


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def _agenda_days(text: str) -> int:
    value = _whole(text)
    if not 1 <= value <= 3660:         # "-3" too: "must not be negative" would offer 0
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days (1 to 3,660)")
    return value


def _version(text: str) -> int:
    value = _positive(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a version (1 or more)")
    return value


def _cmd_case_usage(args: argparse.Namespace) -> int:
    raise UsageError("case needs a command: new, show or set")


def _login(text: str) -> str:
    """--user: a login name, as the audit records who made a change."""
    if not text or len(text) > 64 or any(c.isspace() or not c.isprintable() for c in text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a login name (no spaces, at most 64 characters)")
    return text


# -- commands -----------------------------------------------------------------------------------

def cmd_screen(args: argparse.Namespace) -> int:
    from hirt_desk.rules import FactError, get_rule_set, screen, validate_facts

    rules = get_rule_set(args.rules)
    data = _read_json(args.file, "facts")
    items = data if isinstance(data, list) else [data]
    results = []
    for i, item in enumerate(items):
        where = f"input[{i}]: " if isinstance(data, list) else ""
        try:
            facts = validate_facts(item)
        except FactError as exc:
            raise UsageError(f"{where}{exc}") from None
        results.append(screen(rules, facts).to_json())
    _emit(results if isinstance(data, list) else results[0])
    return 0


def _source_name(file: str | None) -> str:
    return "standard input" if file in (None, "-") else str(file)


def _read_json(file: str | None, what: str) -> Any:
    """The JSON in FILE (or standard input for none or "-"): a one-line UsageError for a file
    that cannot be read, is not JSON (NaN and Infinity included) or is nested too deeply."""
    source = _source_name(file)
    try:
        text = sys.stdin.read() if file in (None, "-") else Path(str(file)).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {source}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, ValueError) as exc:
        raise UsageError(f"{source} is not valid JSON: {exc}") from None
    except RecursionError:
        raise UsageError(f"{source} is nested too deeply to be {what}") from None


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON value")


def cmd_schedule(args: argparse.Namespace) -> int:
    from hirt_desk.facilities import facility_profile
    from hirt_desk.planning.calendar import (
        MAX_FRACTIONS,
        WEEKDAYS,
        BeyondCalendar,
        FacilityCalendar,
        plan_sessions,
    )
    calendar = FacilityCalendar.from_profile(facility_profile(args.facility))
    if not 1 <= args.fractions <= MAX_FRACTIONS:
        raise UsageError(f"--fractions must be between 1 and {MAX_FRACTIONS}")
    try:
        plan = plan_sessions(args.start, args.fractions, calendar)
    except BeyondCalendar as exc:
        raise UsageError(str(exc)) from None
    _emit({"facility": plan.facility,
           "treatment_weekdays": [WEEKDAYS[d] for d in calendar.weekdays],
           "per_week": calendar.per_week,
           "sessions": [d.isoformat() for d in plan.sessions],
           "skipped": [{"date": s.day.isoformat(), "reason": s.reason_en} for s in plan.skipped]})
    return 0


def cmd_visa(args: argparse.Namespace) -> int:
    from hirt_desk.planning.visa import decide
    _emit(decide(args.nationality, args.arrival, args.departure, role=args.role,
                 inpatient=args.inpatient).to_json())
    return 0


def cmd_packet(args: argparse.Namespace) -> int:
    from hirt_desk.actions.packets import write_packet
    from hirt_desk.packets.phrases import LANGUAGES
    if args.lang not in LANGUAGES:
        raise UsageError(f"unknown language '{args.lang}' (one of {', '.join(LANGUAGES)})")
    if not args.out.strip():
        raise UsageError("--out needs a file name")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"cannot write {out}: no folder {out.parent}")
    _check_output(out)
    _open_db(args, full_check=False)
    try:
        pages = write_packet(args.case, args.lang, out, page_size=args.paper)
    except OSError as exc:
        missing = f" ({exc.filename})" if exc.filename and Path(exc.filename) != out else ""
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}{missing}") from None
    _emit({"pages": pages, "out": str(out)})
    return 0


def cmd_quote(args: argparse.Namespace) -> int:
    """The case's current quote as JSON, or (--out) its bilingual PDF; --save keeps it as the
    case's next quote version."""
    from hirt_desk.actions.money import current_quote, save_quote
    from hirt_desk.packets.phrases import LANGUAGES
    if args.rate is not None and args.currency is None:
        raise UsageError("--rate needs --currency")
    if args.rate is not None and args.currency.strip().upper() == "JPY":
        raise UsageError("--rate is for another currency than JPY (amounts in yen need no rate)")
    if (args.lang is None) != (args.out is None):
        raise UsageError("--lang and --out go together")
    if args.estimate is not None and args.estimate < 0:
        raise UsageError("--estimate cannot be negative")
    out = None
    if args.out is not None:
        if args.lang not in LANGUAGES:
            raise UsageError(f"unknown language '{args.lang}' (one of {', '.join(LANGUAGES)})")
        out = Path(args.out)
        if not args.out.strip() or not out.parent.is_dir():
            raise UsageError(f"cannot write {out}: no folder {out.parent}")
        _check_output(out)
    _open_db(args, full_check=args.save)
    quote = current_quote(args.case, currency=args.currency, rate=args.rate, rate_date=args.rate_date,
                          other_medical_jpy=args.estimate)
    if args.save:
        save_quote(args.case, quote, user=args.user)
    if out is not None:
        from hirt_desk.actions.money_papers import write_quote_pdf
        try:
            pages = write_quote_pdf(args.case, args.lang, out, quote)
        except OSError as exc:
            raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
        _emit({"pages": pages, "out": str(out)})
        return 0
    other = quote.total_other
    _emit({"lines": [{"id": x.id, "text": x.en, "text_ja": x.ja, "amount_jpy": x.amount_jpy,
                      "variable": x.variable, "group": x.group, "quantity": x.quantity} for x in quote.lines],
           "total_jpy": quote.total_jpy, "currency": quote.currency,
           "rate": None if quote.rate is None else float(quote.rate),
           "rate_date": quote.rate_date.isoformat() if quote.rate_date else None,
           "total_other": None if other is None else _number(other.decimal)})
    return 0


def _money_json(case: str) -> dict[str, Any]:
    from hirt_desk.actions.money import bills, case_balance, payments
    from hirt_desk.money import Money
    b = case_balance(case)
    return {"charged_jpy": b.charged_jpy, "requested_jpy": b.requested_jpy, "received_jpy": b.received_jpy,
            "refunded_jpy": b.refunded_jpy, "due_jpy": b.due_jpy, "settled": b.settled,
            "bills": [{"id": x.id, "number": x.number, "kind": x.kind, "issued": x.issued.isoformat(),
                       "total_jpy": x.total_jpy} for x in bills(case)],
            "payments": [{"id": p.id, "kind": p.kind, "received": p.received.isoformat(),
                          "amount": _number(Money(int(p.amount_minor), p.currency).decimal),
                          "currency": p.currency,
                          "rate": p.rate or None, "amount_jpy": p.amount_jpy, "method": p.method,
                          "reference": p.reference} for p in payments(case)]}


def cmd_money(args: argparse.Namespace) -> int:
    """A case's balance, bills and payments."""
    _open_db(args, full_check=False)
    _emit(_money_json(args.case))
    return 0


def cmd_payment(args: argparse.Namespace) -> int:
    """Record a payment received (or --refund paid back) on a case."""
    from hirt_desk.actions.money import PaymentData, record_payment
    from hirt_desk.money import MoneyInputError, parse_amount
    try:
        amount = parse_amount(args.amount, args.currency)
    except MoneyInputError as exc:
        raise UsageError(str(exc)) from None
    _open_db(args)
    row = record_payment(args.case, PaymentData(amount, args.date or date.today(),
                                                kind="refund" if args.refund else "payment", rate=args.rate,
                                                method=args.method, reference=args.reference), user=args.user)
    _emit({"id": row.id, "amount_jpy": row.amount_jpy, "balance": _money_json(args.case)["due_jpy"]})
    return 0


def cmd_bill(args: argparse.Namespace) -> int:
    """Issue a deposit request, an invoice or the settlement; --lang/--out writes its PDF."""
    from hirt_desk.actions.money import current_quote, issue_bill, settle
    from hirt_desk.packets.phrases import LANGUAGES
    if (args.lang is None) != (args.out is None):
        raise UsageError("--lang and --out go together")
    if args.lang is not None and args.lang not in LANGUAGES:
        raise UsageError(f"unknown language '{args.lang}' (one of {', '.join(LANGUAGES)})")
    out = Path(args.out) if args.out else None
    if out is not None:
        if not out.parent.is_dir():
            raise UsageError(f"cannot write {out}: no folder {out.parent}")
        _check_output(out)
    _open_db(args)
    quote = current_quote(args.case)
    amount = args.amount if args.amount is not None else quote.total_jpy
    lines = quote.lines if args.amount is None and args.kind != "deposit" else ()
    if args.kind == "settlement":
        bill, outcome = settle(args.case, amount, issued=args.date, lines=lines, user=args.user)
        result: dict[str, Any] = {"settlement": outcome.action, "settlement_jpy": outcome.amount_jpy}
    else:
        rate = quote.rate
        bill = issue_bill(args.case, args.kind, amount, issued=args.date, due=args.due, lines=lines,
                          currency=quote.currency if rate is not None else "JPY", rate=rate,
                          rate_date=quote.rate_date, user=args.user)
        result = {}
    result = {"id": bill.id, "number": bill.number, "kind": bill.kind, "total_jpy": bill.total_jpy, **result}
    if out is not None:
        from hirt_desk.actions.money_papers import write_bill_pdf
        try:
            result["pages"] = write_bill_pdf(args.case, bill.id, args.lang, out)
        except OSError as exc:
            raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
        result["out"] = str(out)
    _emit(result)
    return 0


def _number(value: Decimal) -> int | float:
    """An exact decimal as a JSON number (an integer when it is whole)."""
    return int(value) if value == value.to_integral_value() else float(value)


def _check_output(out: Path) -> None:
    """A file to write must be a regular file or a new name: never a device, pipe or folder."""
    from hirt_desk.files import check_output
    try:
        check_output(out)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None


def cmd_demo(args: argparse.Namespace) -> int:
    from hirt_desk.actions.demo import add_demo_cases
    _open_db(args)
    _emit({"added": add_demo_cases(args.cases, args.seed, user=args.user)})
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from hirt_desk.store.cases import CaseFilter, list_cases
    _open_db(args, full_check=False)
    if args.status:
        from hirt_desk.planning.pipeline import STATUSES
        if args.status not in STATUSES:
            raise UsageError(f"unknown status '{args.status}' (one of {', '.join(STATUSES)})")
    rows = list_cases(CaseFilter(search=args.search or "", status=args.status or ""),
                      limit=args.limit)
    if args.json:
        _emit([{"id": r.id, "number": r.number, "name": r.name_latin,
                "name_native": r.name_native, "nationality": r.nationality, "status": r.status,
                "site": r.site, "facility": r.facility, "inquiry_date": r.inquiry_date.isoformat(),
                "reply_due": r.reply_due.isoformat()} for r in rows])
    else:
        for r in rows:
            sys.stdout.write(f"{r.number}\t{r.name_latin}\t{r.name_native}\t{r.nationality}\t"
                             f"{r.status}\t{r.site}\t{r.facility}\n")
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    """What needs doing from --date over --days (cli.md): overdue first, then by date."""
    from hirt_desk.actions.agenda import agenda
    _open_db(args, full_check=False)
    _emit([item.to_json() for item in agenda(args.date or date.today(), args.days)])
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The agency's figures for a period (contracts/cli.md `report`): JSON, or a CSV, XLSX or PDF file."""
    from hirt_desk.actions.report_files import REPORT_TYPES, UnknownFileType, file_type, write_report
    from hirt_desk.actions.reports import ReportFilter, build_report, english_label
    if args.start > args.end:
        raise UsageError(f"--from {args.start.isoformat()} is after --to {args.end.isoformat()}")
    out = Path(args.out) if args.out is not None else None
    if out is not None:
        try:
            file_type(out, REPORT_TYPES)
        except UnknownFileType as exc:
            raise UsageError(str(exc)) from None
        if not out.parent.is_dir():
            raise UsageError(f"cannot write {out}: no folder {out.parent}")
        _check_output(out)
    _open_db(args, full_check=False)
    flt = ReportFilter(args.start, args.end, facility=args.facility or "",
                       nationality=args.nationality or "", coordinator=args.coordinator or "")
    report = build_report(flt)
    if out is None:
        _emit(report.to_json())
        return 0
    try:
        _emit(write_report(report, out, english_label))
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """Every change to a case and what belongs to it, oldest first (contracts/team.md)."""
    from hirt_desk.actions.history import case_history
    _open_db(args, full_check=False)
    _emit([row.to_json() for row in case_history(args.case)])
    return 0


def _file_only(args: argparse.Namespace, command: str, instead: str) -> None:
    """Commands about an SQLite file refuse a server URL, saying what to use instead."""
    from hirt_desk.store.errors import is_server_url, redacted
    if is_server_url(args.db):
        raise UsageError(f"{command} works on an SQLite file; for the server database "
                         f"{redacted(args.db)} {instead}")


def cmd_server_init(args: argparse.Namespace) -> int:
    """Create or upgrade the schema of a server database (contracts/team.md)."""
    from hirt_desk.store.errors import is_server_url
    from hirt_desk.store.server import init_server
    if not is_server_url(args.db):
        raise UsageError("server init needs --db postgresql://LOGIN@HOST[:PORT]/DBNAME")
    _emit({"schema": init_server(args.db)})
    return 0


# -- staff (contracts/team.md "users") -----------------------------------------------------------

NEW_PASSWORD_ENV = "HIRT_DESK_NEW_PASSWORD"


def _new_password(login: str) -> str:
    """The new login's password: HIRT_DESK_NEW_PASSWORD, else asked twice on a terminal."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise UsageError(f"no password for the new login {login}: set {NEW_PASSWORD_ENV} or run on a "
                         "terminal; nothing was changed")
    import getpass
    try:
        password = getpass.getpass(f"Password for {login}: ")
        if getpass.getpass("The password again: ") != password:
            raise UsageError("the two passwords differ; nothing was changed")
    except EOFError:
        raise UsageError(f"no password for the new login {login}; nothing was changed") from None
    return password


def cmd_users_add(args: argparse.Namespace) -> int:
    """Add a staff member; on a server also their login, as an admin (or the owner) only."""
    from hirt_desk.actions.staff import StaffMember, add_staff, check_can_add
    from hirt_desk.store.models import on_server
    _open_db(args)
    member = StaffMember(args.login, args.name.strip(), args.role)
    check_can_add(member)                   # bad input and refusals before asking for a password
    password = _new_password(args.login) if on_server() else None
    added = add_staff(member, password=password, user=getattr(args, "user", None))
    _emit({"login": added.login, "role": added.role})
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from hirt_desk.actions.staff import list_staff
    _open_db(args, full_check=False)
    members = list_staff()
    if args.json:
        _emit([m.to_json() for m in members])
    else:
        for m in members:
            sys.stdout.write(f"{m.login}\t{m.name}\t{m.role}\n")
    return 0


def _cmd_users_usage(args: argparse.Namespace) -> int:
    raise UsageError("users needs a command: add or list")


def cmd_import(args: argparse.Namespace) -> int:
    """Copy a local database's cases, history and numbers into the server (contracts: issue 16)."""
    from hirt_desk.actions.importing import import_file
    from hirt_desk.store.errors import StoreError, is_server_url
    from hirt_desk.store.transfer import check_importable
    if not is_server_url(args.db):
        raise UsageError("import copies an SQLite file into an office server: give "
                         "--db postgresql://LOGIN@HOST[:PORT]/DBNAME")
    source = Path(args.file)
    _check_database_name(args.file)
    if not source.is_file():
        raise UsageError(f"no database {source} to import")
    if source.stat().st_size == 0:
        raise StoreError("empty", source)
    passphrase = _passphrase(source)
    check_importable(source, passphrase)       # before the server is touched at all
    _open_db(args, full_check=False)
    report = import_file(source, passphrase)
    _emit(report.to_json())
    if report.different:
        sys.stderr.write(f"hirt-desk: {len(report.different)} case(s) differ on the server and were "
                         f"left as they are there: {one_line(', '.join(report.different), 200)}\n")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from hirt_desk.store.backup import backup_database
    from hirt_desk.store.database import default_database_path
    from hirt_desk.store.errors import StoreError, is_server_url
    from hirt_desk.store.models import db
    dest = Path(args.dest)
    if not args.dest.strip():
        raise UsageError("the backup needs a file or folder name")
    if not dest.is_dir():
        _check_output(dest)
    if is_server_url(args.db):               # the server's own tool, pg_dump
        from hirt_desk.store.server_backup import dump_server
        _open_db(args)                       # a HIRT Desk database the login may read
        _emit(dump_server(args.db, dest))
        return 0
    source = Path(args.db) if args.db else default_database_path()
    if not source.is_file():
        raise UsageError(f"no database {source} to back up")
    if source.stat().st_size == 0:
        raise StoreError("empty", source)
    _open_db(args, full_check=False)     # the backup runs the full integrity_check
    _emit(backup_database(db.connection(), dest, passphrase=args.passphrase))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from hirt_desk.store.backup import restore_database
    from hirt_desk.store.database import open_database
    from hirt_desk.store.encryption import looks_encrypted
    _file_only(args, "restore", "its administrator uses pg_restore (`backup` writes pg_dump's format)")
    target = _db_path(args)
    source = Path(args.backup)
    if not source.is_file():
        raise UsageError(f"no backup file {source}")
    passphrase = _passphrase(source if looks_encrypted(source) else target)
    previous = restore_database(source, target, passphrase=passphrase)
    open_database(target, passphrase=passphrase)    # checks the restored file, migrates an older one
    _emit({"restored": str(target), "previous": str(previous) if previous else None})
    return 0


def _existing_db(args: argparse.Namespace) -> Path:
    _file_only(args, args.command, "the server's own storage and TLS protect it (ask its administrator)")
    path = _db_path(args)
    if not path.is_file() or not path.stat().st_size:
        raise UsageError(f"no database {path}")
    return path


def cmd_encrypt(args: argparse.Namespace) -> int:
    from hirt_desk.store.encryption import encrypt_database, looks_encrypted
    from hirt_desk.store.errors import StoreError
    path = _existing_db(args)
    if looks_encrypted(path):
        raise StoreError("already_encrypted", path)
    _emit(encrypt_database(path, _passphrase(path, new=True) or ""))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from hirt_desk.store.encryption import decrypt_file, looks_encrypted
    from hirt_desk.store.errors import StoreError
    path = _existing_db(args)
    if not looks_encrypted(path):
        raise StoreError("not_encrypted", path)
    passphrase = _passphrase(path)
    if passphrase is None:
        raise StoreError("encrypted", path)
    decrypt_file(path, passphrase)
    _emit({"decrypted": str(path)})
    return 0


def cmd_rescreen(args: argparse.Namespace) -> int:
    from hirt_desk.actions.screening import rescreen_cases
    _open_db(args)
    report = rescreen_cases(apply=args.apply, user=args.user)
    _emit(report)
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    """Fonts per script, a sample packet in every language, and its preview, on this computer."""
    import tempfile

    from hirt_desk.actions.selftest import script_fonts, write_samples
    with tempfile.TemporaryDirectory(prefix="hirt-desk-selftest-") as folder:
        checks = write_samples(Path(folder))
        previews = _preview_ink([c.path for c in checks if c.path is not None])
    failed = [c for c in checks if c.error] + [c for c in checks if c.path and not previews.get(c.path)]
    _emit({"version": __version__, "fonts": script_fonts(),
           "packets": {c.lang: {"pages": c.pages, "preview": bool(c.path and previews.get(c.path))}
                       | ({"error": c.error} if c.error else {}) for c in checks},
           "ok": not failed})
    if failed:
        first = failed[0]
        raise UsageError(f"packet {first.lang}: {first.error or 'its first page previews blank'}")
    return 0


def _preview_ink(paths: list[Path]) -> dict[Path, bool]:
    """Whether the first page of each PDF rasterises with something on it (as the window's
    preview and printing do)."""
    from hirt_desk.ui.pdf_pages import page_images
    out = {}
    for path in paths:
        image = page_images(path, 24)[0]
        dark = sum(image.pixelColor(x, y).lightness() < 128
                   for y in range(0, image.height(), 4) for x in range(0, image.width(), 4))
        out[path] = dark > 20
    return out


# -- one case: new, show, set (contracts/team.md "One case") -----------------------------------

def cmd_case_new(args: argparse.Namespace) -> int:
    from hirt_desk.actions.case_fields import FieldError, new_case
    _open_db(args)
    try:
        case = new_case(args.surname, args.given, args.nationality, args.birth, native=args.native,
                        facility=args.facility, user=getattr(args, "user", None))
    except FieldError as exc:
        raise UsageError(str(exc)) from None
    _emit({"id": case.id, "number": case.number, "version": case.version})
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from hirt_desk.actions.case_fields import show_case
    _open_db(args, full_check=False)
    _emit(show_case(args.case))
    return 0


def cmd_case_set(args: argparse.Namespace) -> int:
    """Exit 3 with the conflicts on stdout where a field meets another's change since
    --base-version; nothing is written then."""
    from hirt_desk.actions.case_fields import FieldError, parse_assignments, set_case_fields
    from hirt_desk.actions.editing import MergeConflict
    try:
        assignments = parse_assignments(args.assignments)
    except FieldError as exc:
        raise UsageError(str(exc)) from None
    _open_db(args)
    try:
        version = set_case_fields(args.case, assignments, base_version=args.base_version,
                                  user=getattr(args, "user", None))
    except FieldError as exc:
        raise UsageError(str(exc)) from None
    except MergeConflict as exc:
        _emit({"conflicts": [c.to_json() for c in exc.conflicts], "version": exc.version})
        fields = ", ".join(c.field for c in exc.conflicts)
        sys.stderr.write(f"hirt-desk: conflict: {one_line(fields)} changed since version "
                         f"{args.base_version}; nothing was saved\n")
        return 3
    _emit({"version": version})
    return 0


# -- laptops: checkout, sync, checkin, conflicts (contracts/team.md "Laptops") ---------------------

def _laptop_db(args: argparse.Namespace, command: str) -> Path:
    from hirt_desk.store.errors import is_server_url
    if is_server_url(args.db):
        raise UsageError(f"{command} works on a laptop's SQLite file (--db LAPTOP.sqlite)")
    return _db_path(args)


def _open_laptop(path: Path, *, create: bool) -> None:
    """Open the laptop database; a new one is created encrypted (the passphrase from the
    environment or asked twice)."""
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.encryption import encrypt_database
    if create and (not path.exists() or path.stat().st_size == 0):
        passphrase = _passphrase(path, new=True)
        open_database(path)
        close_database()
        encrypt_database(path, passphrase or "")
        open_database(path, passphrase=passphrase)
        return
    open_database(path, passphrase=_passphrase(path))


def cmd_checkout(args: argparse.Namespace) -> int:
    from hirt_desk.actions.sync import checkout, find_server_cases, open_office
    from hirt_desk.store.errors import is_server_url
    from hirt_desk.store.laptop import bound
    path = _laptop_db(args, "checkout")
    if not is_server_url(args.server):
        raise UsageError("--server needs postgresql://LOGIN@HOST[:PORT]/DBNAME")
    server = open_office(args.server)
    try:
        if args.case:             # unknown cases refused before the laptop file is made
            with bound(server):
                find_server_cases(args.case)
        _open_laptop(path, create=True)
        count = checkout(server, args.server, args.case or (), args.assigned_to)
    finally:
        server.close()
    _emit({"checked_out": count})
    return 0


def _sync(args: argparse.Namespace, release: Sequence[str] = ()) -> dict[str, Any]:
    from hirt_desk.actions.sync import NotALaptop, open_office, sync_laptop
    from hirt_desk.store import laptop
    path = _laptop_db(args, args.command)
    if not path.is_file() or not path.stat().st_size:
        raise UsageError(f"no laptop database {path}: check cases out first (checkout --server URL)")
    _open_laptop(path, create=False)
    url = laptop.get(laptop.SERVER)
    if url is None:
        raise UsageError(f"{path} was not checked out from an office server: use checkout first")
    server = open_office(url)
    try:
        result = sync_laptop(server, url, release=_laptop_cases(release), by=args.user)
    except NotALaptop as exc:
        raise UsageError(str(exc)) from None
    finally:
        server.close()
    return {**result.to_json(), **({"checked_in": len(result.purged)} if release else {})}


def _laptop_cases(refs: Sequence[str]) -> list[str]:
    from hirt_desk.actions.cases import get_case
    return [get_case(ref).id for ref in refs]


def cmd_sync(args: argparse.Namespace) -> int:
    _emit(_sync(args))
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    """Hand cases back: a final sync, after which they leave the laptop (not while any change
    of theirs has not reached the server)."""
    _emit(_sync(args, args.case))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from hirt_desk.actions.conflicts import open_conflicts
    _open_db(args, full_check=False)
    _emit([c.to_json() for c in open_conflicts()])
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from hirt_desk.actions.conflicts import ConflictRefused, resolve_conflict
    if (args.keep is None) == (args.value is None):
        raise UsageError("conflicts resolve needs --keep office|laptop or --value VALUE")
    _open_db(args)
    try:
        _emit(resolve_conflict(args.id, keep=args.keep, value=args.value, user=args.user))
    except ConflictRefused as exc:
        raise UsageError(str(exc)) from None
    return 0


# -- persons: duplicates (cli.md "Persons") -----------------------------------------------------

def cmd_duplicates(args: argparse.Namespace) -> int:
    """Likely duplicate persons among those given as JSON (no database), or stored (--stored)."""
    if args.stored:
        if args.file is not None:
            raise UsageError("duplicates takes a FILE of persons or --stored, not both")
        from hirt_desk.actions.duplicates import stored_duplicates
        _open_db(args, full_check=False)
        _emit([pair.to_json() for pair in stored_duplicates()])
        return 0
    from hirt_desk.persons import find_duplicates
    from hirt_desk.persons.matcher import PersonInputError, person_from_json
    source = _source_name(args.file)
    data = _read_json(args.file, "persons")
    if not isinstance(data, list):
        raise UsageError(f"{source} must hold a JSON array of persons")
    try:
        persons = [person_from_json(item, f"input[{i}]") for i, item in enumerate(data)]
    except PersonInputError as exc:
        raise UsageError(str(exc)) from None
    _emit([{"a": i, "b": j, "score": m.score, "same": m.same, "reasons": [str(r) for r in m.reasons]}
           for i, j, m in find_duplicates(persons)])
    return 0


def _cmd_persons_usage(args: argparse.Namespace) -> int:
    raise UsageError("persons needs a command: merge")


def cmd_persons_merge(args: argparse.Namespace) -> int:
    """Merge person OTHER into KEEP: one audited change that `undo` takes back."""
    from hirt_desk.actions.persons import merge_persons
    _open_db(args)
    take = [f.strip() for item in args.take or [] for f in item.split(",") if f.strip()]
    _emit(merge_persons(args.keep, args.other, take=take, user=args.user).to_json())
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from hirt_desk.actions.documents import attach
    _open_db(args)
    docs = attach(args.case, [Path(f) for f in args.files], args.kind, traveller=args.traveller,
                  user=getattr(args, "user", None))
    _emit([{"id": d.id, "sha256": d.sha256, "kind": d.kind, "name": d.name, "size": d.size} for d in docs])
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    from hirt_desk.actions.documents import case_records, export_document
    if args.out is not None and args.export is None:
        raise UsageError("--out needs --export ID")
    if args.export is not None:
        if args.out is None:
            raise UsageError("--export needs --out FILE")
        _check_output(args.out)
        _open_db(args, full_check=False)
        sha = export_document(args.case, args.export, args.out)
        _emit({"out": str(args.out), "sha256": sha})
        return 0
    _open_db(args, full_check=False)
    _emit(case_records(args.case).to_json())
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    """Undo a change by its id (a merge of persons), as a new audited change."""
    from hirt_desk.actions.persons import undo_merge
    _open_db(args)
    _emit(undo_merge(args.change, user=args.user).to_json())
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from hirt_desk.app import run
    return run(db_path=args.db, exit_after_load=getattr(args, "exit_after_load", False),
               started=PROGRAM_START, passphrase=_passphrase(None),   # the window asks if needed
               user=args.user)


# -- parser -------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hirt-desk", description="HIRT Desk: heavy ion radiotherapy cases.")
    parser.add_argument("--version", action="version", version=f"hirt-desk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="use this SQLite file, or this PostgreSQL "
                        "database (postgresql://LOGIN@HOST[:PORT]/DBNAME), as the database")
    # who made a change: every command that writes passes args.user to its actions (None: the
    # operating-system login, audit.current_user()); on the office server the database login is
    # recorded by the server itself, and a --user naming anyone else is refused (exit 2)
    parser.add_argument("--user", type=_login, metavar="LOGIN",
                        help="record changes under this login (default: the operating-system login)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str
            ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("gui", cmd_gui, "open the main window")
    p.add_argument("--exit-after-load", action="store_true",
                   help="quit once the case list shows its first rows; print the start-up time")

    p = add("screen", cmd_screen, "screen diagnosis facts against a facility's indication rules")
    p.add_argument("file", nargs="?", help="JSON file of facts (an object or an array); - or none for stdin")
    p.add_argument("--rules", default="ghmc", metavar="ID", help="rule set id (default: ghmc)")

    p = add("schedule", cmd_schedule, "the treatment calendar of a course of fractions")
    p.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--fractions", type=_whole, required=True, metavar="N")
    p.add_argument("--facility", default="ghmc", metavar="ID")

    p = add("visa", cmd_visa, "whether and how a traveller needs a visa for a stay in Japan")
    p.add_argument("--nationality", required=True, metavar="CC", help="ISO 3166-1 alpha-2 code")
    p.add_argument("--arrival", type=_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--departure", type=_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--role", default="patient", choices=("patient", "companion"))
    p.add_argument("--inpatient", action="store_true",
                   help="the patient is admitted to hospital (a companion: accompanies one)")

    p = add("packet", cmd_packet, "write a case's travel-and-treatment packet (Japanese beside LANG)")
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p.add_argument("--lang", required=True, metavar="LANG", help="en, zh-Hans, zh-Hant, ko, ru, vi, mn, th, "
                   "id, ar, or ja for Japanese only")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4",
                   help="paper size: A4 (the default) or US Letter")

    p = add("quote", cmd_quote, "a case's current quote: facility costs, agency fees, itinerary costs "
            "(JSON), or with --lang/--out the bilingual quote PDF")
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p.add_argument("--currency", metavar="CUR", help="the patient's currency (ISO 4217, e.g. CNY)")
    p.add_argument("--rate", metavar="R", help="how many units of CUR one yen buys (e.g. 0.048)")
    p.add_argument("--rate-date", type=_date, metavar="YYYY-MM-DD", help="the date of the rate")
    p.add_argument("--estimate", type=_whole, metavar="YEN",
                   help="the estimate of other medical services, in yen")
    p.add_argument("--lang", metavar="LANG", help="with --out: the language beside Japanese")
    p.add_argument("--out", metavar="FILE.pdf", help="write the bilingual quote PDF here")
    p.add_argument("--save", action="store_true", help="keep this quote as the case's next version")

    p = add("money", cmd_money, "a case's balance, bills and payments")
    p.add_argument("case", metavar="CASE", help="the case's id or number")

    p = add("payment", cmd_payment, "record a payment received on a case (or --refund paid back)")
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p.add_argument("--amount", required=True, metavar="AMOUNT", help="as received, e.g. 100000.00")
    p.add_argument("--currency", default="JPY", metavar="CUR", help="ISO 4217 (default JPY)")
    p.add_argument("--rate", metavar="R", help="how many units of CUR one yen buys (needed unless JPY)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="when it came (default today)")
    p.add_argument("--method", default="bank_transfer", choices=("bank_transfer", "card", "cash", "other"))
    p.add_argument("--reference", default="", metavar="TEXT")
    p.add_argument("--refund", action="store_true", help="money paid back to the patient")

    p = add("bill", cmd_bill, "issue a deposit request, an invoice or the final settlement")
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p.add_argument("--kind", required=True, choices=("deposit", "invoice", "settlement"))
    p.add_argument("--amount", type=_whole, metavar="YEN",
                   help="in yen (default: the current quote's total, its lines on an invoice); "
                        "for a settlement, what was actually spent")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="issued on (default today)")
    p.add_argument("--due", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--lang", metavar="LANG", help="with --out: the language beside Japanese")
    p.add_argument("--out", metavar="FILE.pdf", help="write the bilingual paper here")

    p = add("demo", cmd_demo, "add realistic synthetic cases")
    p.add_argument("--cases", type=_case_count, default=50, metavar="N")
    p.add_argument("--seed", type=_whole, default=1, metavar="S")

    p = add("cases", cmd_cases, "list cases, newest first")
    p.add_argument("--search", metavar="TEXT", help="name in either script, case or passport number")
    p.add_argument("--status", metavar="STATUS")
    p.add_argument("--limit", type=_positive, metavar="N")
    p.add_argument("--json", action="store_true")

    p = add("agenda", cmd_agenda, "what needs doing from a date over some days: replies due, tasks, "
            "arrivals, departures, sessions, visa deadlines, passports expiring (JSON)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="from this day (default: today)")
    p.add_argument("--days", type=_agenda_days, default=7, metavar="N",
                   help="over this many days (default: 7)")

    p = add("report", cmd_report, "the agency's figures for a period: cases by nationality and year, "
            "pipeline, screening, reply times, receivables (JSON, or --out FILE.csv|.xlsx|.pdf)")
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="YYYY-MM-DD",
                   help="first inquiry date counted")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="YYYY-MM-DD",
                   help="last inquiry date counted")
    p.add_argument("--out", metavar="FILE.csv|.xlsx|.pdf")
    p.add_argument("--facility", metavar="ID", help="only this facility's cases")
    p.add_argument("--nationality", metavar="CC", help="only patients of this nationality")
    p.add_argument("--coordinator", metavar="LOGIN", help="only this coordinator's cases")

    p = add("history", cmd_history, "every change to a case and what belongs to it, oldest first (JSON)")
    p.add_argument("case", metavar="CASE", help="the case's id or number")

    p = add("import", cmd_import, "copy a local database's cases, history and case numbers into the "
            "office server (--db URL); running it again adds nothing")
    p.add_argument("file", metavar="FILE.sqlite", help="the HIRT Desk file to copy (HIRT_DESK_PASSPHRASE "
                   "if it is encrypted); it is not changed")

    p = add("backup", cmd_backup, "write a consistent copy of the live database")
    p.add_argument("dest", metavar="DEST", help="file (or folder) for the copy")

    p = add("restore", cmd_restore, "replace the database with a backup (keeps the current one)")
    p.add_argument("backup", metavar="BACKUP")

    add("selftest", cmd_selftest, "check that this computer can print packets: fonts for every "
        "language, a sample packet in each, its preview (no database is touched)")

    add("encrypt", cmd_encrypt, "encrypt the database in place (passphrase from HIRT_DESK_PASSPHRASE or "
        "asked twice); its plaintext backups are encrypted too")
    add("decrypt", cmd_decrypt, "turn an encrypted database back into a plain one (administrators)")

    case = add("case", _cmd_case_usage, "create, show or edit one case")
    case_sub = case.add_subparsers(dest="case_command", parser_class=_Parser)
    p = case_sub.add_parser("new", help="a new case for a new patient",
                            description="a new case for a new patient; prints its id, number and version")
    p.set_defaults(handler=cmd_case_new)
    p.add_argument("--surname", required=True, metavar="S", help="as in the passport, Latin letters")
    p.add_argument("--given", required=True, metavar="G", help="given names as in the passport")
    p.add_argument("--nationality", required=True, metavar="CC", help="ISO 3166-1 alpha-2 code")
    p.add_argument("--birth", type=_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--native", default="", metavar="NAME", help="the name in the patient's own script")
    p.add_argument("--facility", default="ghmc", metavar="ID")
    p = case_sub.add_parser("show", help="the case as JSON", description="the case as JSON: patient, "
                            "facts (flat: tnm.t), companions, and the version to pass to case set")
    p.set_defaults(handler=cmd_case_show)
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p = case_sub.add_parser("set", help="set fields of the case",
                            description="set fields of the case in one saved change: patient.FIELD or "
                            "facts.FACT (flat, e.g. facts.tnm.t); VALUE is JSON where it parses, else "
                            "text; null clears. Exit 3, nothing saved, where a field was changed by "
                            "someone else since --base-version")
    p.set_defaults(handler=cmd_case_set)
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.add_argument("--base-version", type=_version, metavar="N",
                   help="the version you read (case show): merge with what was saved since")

    p = add("duplicates", cmd_duplicates, "find likely duplicate persons: in a JSON array of persons "
            "(no database needed) or, with --stored, in the database")
    p.add_argument("file", nargs="?", metavar="FILE", help="JSON array of persons; - or none for stdin")
    p.add_argument("--stored", action="store_true", help="the patients and companions in the database")

    persons = add("persons", _cmd_persons_usage, "persons on file: merge two records of one person")
    persons_sub = persons.add_subparsers(dest="persons_command", parser_class=_Parser)
    p = persons_sub.add_parser("merge", help="merge person OTHER into KEEP",
                               description="merge person OTHER into KEEP: OTHER's cases (with their "
                               "companions, visa records and documents) move to KEEP, OTHER stays as a "
                               "record pointing to KEEP; one change, undone with: undo CHANGE")
    p.set_defaults(handler=cmd_persons_merge)
    p.add_argument("keep", metavar="KEEP", help="the id of the person kept")
    p.add_argument("other", metavar="OTHER", help="the id of the person merged into KEEP")
    p.add_argument("--take", action="append", metavar="FIELD[,FIELD]",
                   help="fields whose value comes from OTHER (default: KEEP's values stay)")

    p = add("undo", cmd_undo, "undo a change by its id (a merge of persons), as a new change")
    p.add_argument("change", metavar="CHANGE", help="the change id (persons merge prints it)")

    from hirt_desk.records.required import KINDS
    p = add("attach", cmd_attach, "store a copy of each FILE (a folder as one document) with the case or "
            "one of its travellers")
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p.add_argument("files", nargs="+", metavar="FILE", help="files or folders (an imaging CD)")
    p.add_argument("--kind", required=True, choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    p.add_argument("--traveller", metavar="ID", help="a companion's id (default: the patient)")
    p = add("documents", cmd_documents, "the case's documents and the facility's required records; "
            "with --export, write one document back out byte for byte")
    p.add_argument("case", metavar="CASE", help="the case's id or number")
    p.add_argument("--export", metavar="ID", help="the document's id")
    p.add_argument("--out", type=Path, metavar="FILE", help="where to write the exported document")

    p = add("rescreen", cmd_rescreen, "screen stored cases again; report changed verdicts")
    p.add_argument("--apply", action="store_true", help="store the new screenings")

    p = add("checkout", cmd_checkout, "copy cases from the office server into this laptop database "
            "(created encrypted when new) to work on them offline")
    p.add_argument("--server", required=True, metavar="URL", help="postgresql://LOGIN@HOST[:PORT]/DBNAME")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", action="append", metavar="CASE", help="a case's id or number (repeatable)")
    which.add_argument("--assigned-to", metavar="LOGIN", help="every case assigned to this login, "
                       "now and at each sync")
    add("sync", cmd_sync, "send this laptop's changes to the office server and fetch the office's "
        "changes to its cases")
    p = add("checkin", cmd_checkin, "hand cases back to the office: a final sync, then they leave the laptop")
    p.add_argument("case", nargs="+", metavar="CASE", help="the case's id or number")
    conflicts = add("conflicts", cmd_conflicts, "the open conflicts met by syncs (JSON)")
    conflicts_sub = conflicts.add_subparsers(dest="conflicts_command", parser_class=_Parser)
    p = conflicts_sub.add_parser("resolve", help="resolve one conflict",
                                 description="resolve one conflict: keep the office's or the laptop's "
                                 "value, or give the value; the next sync carries it")
    p.set_defaults(handler=cmd_conflicts_resolve)
    p.add_argument("id", metavar="ID")
    p.add_argument("--keep", choices=("office", "laptop"))
    p.add_argument("--value", metavar="VALUE")

    server = add("server", _cmd_server_usage, "the office server (PostgreSQL)")
    server_sub = server.add_subparsers(dest="server_command", parser_class=_Parser)
    p = server_sub.add_parser("init", help="create or upgrade the schema",
                              description="create the schema in an empty PostgreSQL database (a UTF-8 one "
                              "the login owns), or upgrade an older one; running it again changes nothing")
    p.set_defaults(handler=cmd_server_init)

    users = add("users", _cmd_users_usage, "the agency's staff: logins and roles")
    users_sub = users.add_subparsers(dest="users_command", parser_class=_Parser)
    p = users_sub.add_parser("add", help="add a staff member",
                             description="add a staff member; on the office server also their database "
                             "login, with a password from HIRT_DESK_NEW_PASSWORD or asked twice (admins "
                             "only)")
    p.set_defaults(handler=cmd_users_add)
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--name", required=True, metavar="\"Full Name\"")
    p.add_argument("--role", required=True, metavar="coordinator|manager|admin")
    p = users_sub.add_parser("list", help="the staff", description="the staff: login, name and role")
    p.set_defaults(handler=cmd_users_list)
    p.add_argument("--json", action="store_true")
    return parser


def _cmd_server_usage(args: argparse.Namespace) -> int:
    raise UsageError("server needs a command: init")


def _check_database_name(name: str | None) -> None:
    """--db names a file: a folder, a device or a FIFO (which would block reading its header)
    is refused before anything opens it."""
    from hirt_desk.store.errors import is_server_url
    if not name or is_server_url(name):
        return
    try:
        path = Path(name)
        refused = path.exists() and not path.is_file()
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot use {name} as the database: {exc}") from None
    if refused:
        raise UsageError(f"cannot use {name} as the database: it is not a regular file")


def _user_errors() -> tuple[type[BaseException], ...]:
    """The errors that are the user's to fix (exit status 2, one line), imported only once one
    happened: the window starts without loading the packet renderer (reportlab) for them."""
    from hirt_desk.actions.cases import CaseNotFound
    from hirt_desk.actions.documents import DocumentRefused
    from hirt_desk.actions.money import MoneyRefused
    from hirt_desk.actions.persons import PersonRefused
    from hirt_desk.actions.staff import StaffError
    from hirt_desk.actions.sync import OtherOffice
    from hirt_desk.facilities import UnknownFacility
    from hirt_desk.packets.fonts import MissingFont, UncoveredText
    from hirt_desk.packets.phrases import UntranslatedPhrase
    from hirt_desk.planning.pipeline import TransitionRefused
    from hirt_desk.planning.visa import VisaInputError
    from hirt_desk.rules import FactError, RuleSetError
    from hirt_desk.store.errors import StoreError
    return (UsageError, StoreError, OtherOffice, PersonRefused, RuleSetError, FactError, CaseNotFound,
            UnknownFacility, TransitionRefused, VisaInputError, MissingFont, UncoveredText,
            UntranslatedPhrase, StaffError, DocumentRefused, MoneyRefused)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", cmd_gui)
    from hirt_desk.store.database import store_errors
    try:
        _check_database_name(args.db)
        with store_errors():          # damage met while reading is a StoreError, not a crash
            return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if isinstance(exc, _user_errors()):
            sys.stderr.write(f"hirt-desk: error: {one_line(str(exc))}\n")
            return 2
        from hirt_desk.crashlog import write_crash
        log = write_crash(exc, f"hirt-desk {getattr(args, 'command', None) or 'gui'}")
        where = f"; details in {log}" if log else ""
        sys.stderr.write(f"hirt-desk: internal error: {type(exc).__name__}: {one_line(str(exc))}{where}\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
