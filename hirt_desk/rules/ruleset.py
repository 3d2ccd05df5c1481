"""Loading a facility's indication table from a TOML file in resources/rules/.

The file is checked completely before anything is screened with it: an unknown fact, an unknown
operator, a value of the wrong type, a duplicate id or a schedule without fractions raises
`RuleSetError` naming the file and the criterion. A broken file therefore never screens anyone.

Tests are small trees: ``{fact = "ecog", le = 2}``, ``{all = [...]}``, ``{any = [...]}``.
They are compiled once into closures returning a status and the facts they lacked.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hirt_desk.rules.facts import FACTS_BY_NAME, GRADED_KINDS, Fact, FactError, check_value
from hirt_desk.rules.staging import Grade, compare, parse_grade

MET, FAILED, UNKNOWN, REVIEW = "met", "failed", "unknown", "review"

Outcome = tuple[str, tuple[str, ...]]          # status, missing fact names
Test = Callable[[Mapping[str, Any]], Outcome]

_OK: Outcome = (MET, ())
_NO: Outcome = (FAILED, ())
_REVIEW: Outcome = (REVIEW, ())
_OPS = ("eq", "ne", "in", "not_in", "lt", "le", "gt", "ge", "between", "is", "present",
        "subset_of")


class RuleSetError(ValueError):
    """A rule file that cannot be used; the message names the file and where."""


#: languages a rule file may add to a text besides English and Japanese (keys `zh_Hans`,
#: `review_zh_Hans`...): the window shows them; where one is missing it shows English
MORE_LANGUAGES = ("zh_Hans", "zh_Hant", "ko", "vi", "ru")


@dataclass(frozen=True)
class Text:
    en: str
    ja: str
    more: tuple[tuple[str, str], ...] = ()      # (language, text) for MORE_LANGUAGES the file has

    def get(self, lang: str) -> str:
        if lang == "ja":
            return self.ja
        return next((text for tag, text in self.more if tag == lang), self.en)


@dataclass(frozen=True)
class Criterion:
    id: str
    text: Text
    test: Test
    review_when: Test | None
    review_text: Text | None
    facts: tuple[str, ...] = ()          # the facts its tests read, in the file's order


@dataclass(frozen=True)
class ScheduleOption:
    fractions: int
    weeks: int
    when: Test | None
    note: Text | None


@dataclass(frozen=True)
class Note:
    text: Text
    when: Test | None


@dataclass(frozen=True)
class Indication:
    id: str
    site: str
    title: Text
    criteria: tuple[Criterion, ...]
    schedule: tuple[ScheduleOption, ...]
    notes: tuple[Note, ...]
    facts: tuple[str, ...] = ()          # every fact its criteria, schedule and notes read


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: str
    digest: str                 # of the file's bytes: tells edits apart even without a new version
    facility: str
    title: Text
    source: str
    common: tuple[Criterion, ...]
    site: Criterion             # "the site is in the table"; its test is built from the rows
    indications: dict[str, Indication]
    common_facts: tuple[str, ...] = ()   # the facts the common criteria read

    def site_facts(self, site: str | None) -> tuple[str, ...]:
        """The facts the row of `site` reads beyond the common criteria (none for a site the
        table does not list): what a form asks for that site."""
        row = self.indications.get(site or "")
        return () if row is None else tuple(f for f in row.facts if f not in self.common_facts)


# -- compiling tests ----------------------------------------------------------------------------

def _leaf(fact: Fact, op: str, arg: Any) -> Test:
    name, root = fact.name, fact.root
    missing: Outcome = (UNKNOWN, (root,))
    graded = fact.kind in GRADED_KINDS

    if op == "present":
        return lambda f: _OK if (name in f) == arg else _NO

    def cmp(check: Callable[[Any], bool | None]) -> Test:
        def test(facts: Mapping[str, Any]) -> Outcome:
            value = facts.get(name)
            if value is None:
                return missing
            result = check(value)
            return _REVIEW if result is None else (_OK if result else _NO)
        return test

    if graded:
        kind = GRADED_KINDS[fact.kind]

        def grade(value: Any) -> Grade:
            return parse_grade(kind, value)

        bounds = arg if isinstance(arg, list) else [arg]
        g = [grade(b) for b in bounds]
        if op in ("in", "not_in"):
            texts = {b.text for b in g}
            return cmp(lambda v: (v in texts) == (op == "in"))
        if op == "between":
            lo, hi = g

            def between(v: Any) -> bool | None:
                a, b = compare(grade(v), lo), compare(grade(v), hi)
                if a is None or b is None:
                    return None
                return a >= 0 and b <= 0
            return cmp(between)
        bound = g[0]
        wanted = {"eq": (0,), "ne": (-1, 1), "lt": (-1,), "le": (-1, 0), "gt": (1,),
                  "ge": (0, 1)}[op]

        def relate(v: Any) -> bool | None:
            c = compare(grade(v), bound)
            return None if c is None else c in wanted
        return cmp(relate)

    if op == "is" or op == "eq":
        return cmp(lambda v: v == arg)
    if op == "ne":
        return cmp(lambda v: v != arg)
    if op == "in":
        allowed = frozenset(arg)
        return cmp(lambda v: v in allowed)
    if op == "not_in":
        banned = frozenset(arg)
        return cmp(lambda v: v not in banned)
    if op == "subset_of":
        allowed = frozenset(arg)
        return cmp(lambda v: bool(v) and allowed.issuperset(v))
    if op == "between":
        lo, hi = arg
        return cmp(lambda v: lo <= v <= hi)
    number_ops: dict[str, Callable[[Any], bool]] = {
        "lt": lambda v: v < arg, "le": lambda v: v <= arg,
        "gt": lambda v: v > arg, "ge": lambda v: v >= arg,
    }
    return cmp(number_ops[op])


def _combine_all(children: list[Test]) -> Test:
    def test(facts: Mapping[str, Any]) -> Outcome:
        missing: list[str] = []
        review = False
        for child in children:
            status, lacking = child(facts)
            if status == FAILED:
                return _NO
            if status == UNKNOWN:
                missing.extend(lacking)
            elif status == REVIEW:
                review = True
        if missing:
            return (UNKNOWN, tuple(dict.fromkeys(missing)))
        return _REVIEW if review else _OK
    return test


def _combine_any(children: list[Test]) -> Test:
    def test(facts: Mapping[str, Any]) -> Outcome:
        missing: list[str] = []
        review = False
        for child in children:
            status, lacking = child(facts)
            if status == MET:
                return _OK
            if status == UNKNOWN:
                missing.extend(lacking)
            elif status == REVIEW:
                review = True
        if missing:
            return (UNKNOWN, tuple(dict.fromkeys(missing)))
        return _REVIEW if review else _NO
    return test


class _Compiler:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.ids: set[str] = set()
        self.used: list[str] = []       # fact names in the order the tests name them

    def facts_since(self, start: int) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.used[start:]))

    def fail(self, where: str, message: str) -> RuleSetError:
        return RuleSetError(f"{self.path}: {where}: {message}")

    def test(self, node: Any, where: str) -> Test:
        if node is True:
            return lambda f: _OK
        if not isinstance(node, Mapping):
            raise self.fail(where, f"a test must be a table like {{fact = ..., le = ...}}, got {node!r}")
        if set(node) == {"all"} or set(node) == {"any"}:
            (kind, items), = node.items()
            if not isinstance(items, list) or not items:
                raise self.fail(where, f"'{kind}' needs a non-empty list of tests")
            children = [self.test(item, where) for item in items]
            return _combine_all(children) if kind == "all" else _combine_any(children)
        name = node.get("fact")
        if not isinstance(name, str):
            raise self.fail(where, f"test without a 'fact': {dict(node)!r}")
        fact = FACTS_BY_NAME.get(name)
        if fact is None:
            raise self.fail(where, f"unknown fact '{name}'")
        ops = [k for k in node if k != "fact"]
        if len(ops) != 1 or ops[0] not in _OPS:
            raise self.fail(where, f"bad operator {ops!r} for fact '{name}' (one of {', '.join(_OPS)})")
        op = ops[0]
        arg = node[op]
        self.check_argument(fact, op, arg, where)
        self.used.append(name)
        return _leaf(fact, op, arg)

    def check_argument(self, fact: Fact, op: str, arg: Any, where: str) -> None:
        """The operator's argument must be a value the fact can take."""
        if op == "present":
            if not isinstance(arg, bool):
                raise self.fail(where, f"'present' for '{fact.name}' takes true or false")
            return
        if op in ("in", "not_in", "subset_of", "between"):
            if not isinstance(arg, list) or not arg or (op == "between" and len(arg) != 2):
                raise self.fail(where, f"'{op}' for '{fact.name}' needs a list"
                                + (" of two bounds" if op == "between" else ""))
            values = arg
        else:
            values = [arg]
        if op in ("lt", "le", "gt", "ge", "between") and fact.kind not in (
                "number", "int", *GRADED_KINDS):
            raise self.fail(where, f"'{op}' cannot compare '{fact.name}' ({fact.kind})")
        if op == "subset_of" and fact.kind != "text_list":
            raise self.fail(where, f"'subset_of' needs a list fact, not '{fact.name}'")
        single = Fact(fact.name, "text", "", "") if fact.kind == "text_list" else fact
        for value in values:
            try:
                check_value(single, value)
            except FactError as exc:
                raise self.fail(where, f"value {value!r}: {exc}") from None

    def text(self, node: Mapping[str, Any], where: str, prefix: str = "") -> Text:
        en, ja = node.get(prefix + "en"), node.get(prefix + "ja")
        if not isinstance(en, str) or not isinstance(ja, str) or not en or not ja:
            raise self.fail(where, f"needs texts '{prefix}en' and '{prefix}ja'")
        more = []
        for lang in MORE_LANGUAGES:
            text = node.get(prefix + lang)
            if text is None:
                continue
            if not isinstance(text, str) or not text:
                raise self.fail(where, f"'{prefix}{lang}' must be a text")
            more.append((lang, text))
        return Text(en, ja, tuple(more))

    def criterion(self, node: Any, where: str) -> Criterion:
        if not isinstance(node, Mapping) or not isinstance(node.get("id"), str):
            raise self.fail(where, "a criterion needs an 'id'")
        cid = node["id"]
        if cid in self.ids:
            raise self.fail(f"criterion '{cid}'", "duplicate id")
        self.ids.add(cid)
        where = f"criterion '{cid}'"
        if "test" not in node:
            raise self.fail(where, "no 'test'")
        review_when = node.get("review_when")
        start = len(self.used)
        return Criterion(
            id=cid,
            text=self.text(node, where),
            test=self.test(node["test"], where),
            review_when=None if review_when is None else self.test(review_when, where),
            review_text=self.text(node, where, "review_") if "review_en" in node else None,
            facts=self.facts_since(start),
        )

    def indication(self, node: Any, index: int) -> Indication:
        where = f"indication #{index + 1}"
        if not isinstance(node, Mapping) or not isinstance(node.get("id"), str):
            raise self.fail(where, "needs an 'id'")
        where = f"indication '{node['id']}'"
        site = node.get("site")
        if not isinstance(site, str) or not site:
            raise self.fail(where, "needs a 'site'")
        start = len(self.used)
        schedule = []
        for option in node.get("schedule", []):
            fractions, weeks = option.get("fractions"), option.get("weeks")
            if not isinstance(fractions, int) or fractions < 1 or not isinstance(weeks, int) or weeks < 1:
                raise self.fail(where, "each schedule option needs whole 'fractions' and 'weeks' above 0")
            schedule.append(ScheduleOption(
                fractions, weeks,
                None if "when" not in option else self.test(option["when"], where),
                self.text(option, where, "note_") if "note_en" in option else None))
        if not schedule:
            raise self.fail(where, "a schedule with no fractions")
        notes = tuple(Note(self.text(n, where), None if "when" not in n else self.test(n["when"], where))
                      for n in node.get("notes", []))
        criteria = tuple(self.criterion(c, where) for c in node.get("criteria", []))
        return Indication(node["id"], site, self.text(node, where), criteria, tuple(schedule), notes,
                          facts=self.facts_since(start))


def _site_test(sites: frozenset[str]) -> Test:
    def test(facts: Mapping[str, Any]) -> Outcome:
        site = facts.get("site")
        if site is None:
            return (UNKNOWN, ("site",))
        return _OK if site in sites else _REVIEW
    return test


def load_rule_set(path: Path) -> RuleSet:
    """Read and check one rule file; RuleSetError on any problem."""
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise RuleSetError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise RuleSetError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(f"{path}: {exc}") from None
    compiler = _Compiler(path)
    for key in ("id", "version", "facility", "source"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise compiler.fail("header", f"needs '{key}'")
    if not re.fullmatch(r"[a-z0-9_-]+", data["id"]):
        raise compiler.fail("header", f"id '{data['id']}' must be lower-case letters, digits, - or _")
    common = tuple(compiler.criterion(c, "common") for c in data.get("common", []))
    common_facts = compiler.facts_since(0)
    indications: dict[str, Indication] = {}
    for i, node in enumerate(data.get("indication", [])):
        ind = compiler.indication(node, i)
        if ind.site in indications:
            raise compiler.fail(f"indication '{ind.id}'", f"site '{ind.site}' already has a row")
        indications[ind.site] = ind
    if not indications:
        raise compiler.fail("header", "no [[indication]] rows")
    site_node = data.get("site")
    if not isinstance(site_node, Mapping):
        raise compiler.fail("header", "needs a [site] table (the site criterion's texts)")
    site_node = {**site_node, "test": True}
    site = compiler.criterion(site_node, "site")
    site = Criterion(site.id, site.text, _site_test(frozenset(indications)), None, site.review_text)
    return RuleSet(
        id=data["id"], version=data["version"], digest=hashlib.sha256(raw).hexdigest()[:12],
        facility=data["facility"], title=compiler.text(data, "header", "title_"),
        source=data["source"], common=common, site=site, indications=indications,
        common_facts=common_facts,
    )
