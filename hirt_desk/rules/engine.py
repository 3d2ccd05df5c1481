"""Screening a facts dict against a rule set: a verdict explained criterion by criterion.

The verdict follows from the statuses alone (contracts/screening.md): a failed criterion makes
the case ineligible, else a missing fact makes it need information, else anything the table
does not state explicitly sends it to a physician for review, else it is eligible.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hirt_desk.rules.ruleset import FAILED, MET, REVIEW, UNKNOWN, Criterion, RuleSet, Text

ELIGIBLE, INELIGIBLE, NEEDS_INFO, VERDICT_REVIEW = "eligible", "ineligible", "needs_info", "review"
VERDICTS = (ELIGIBLE, INELIGIBLE, NEEDS_INFO, VERDICT_REVIEW)


@dataclass(frozen=True)
class CriterionResult:
    id: str
    status: str              # met | failed | unknown | review
    text: Text               # what the criterion says, with the reason when it needs review
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Option:
    fractions: int
    weeks: int
    note: Text | None

    def describe(self, lang: str = "en") -> str:
        if lang == "ja":
            text = f"{self.weeks}週間で{self.fractions}回"
        elif lang in ("zh_Hans", "zh_Hant"):
            text = f"{self.weeks}{'周' if lang == 'zh_Hans' else '週'}{self.fractions}次"
        elif lang == "ko":
            text = f"{self.weeks}주간 {self.fractions}회"
        elif lang == "vi":
            text = f"{self.fractions} lần trong {self.weeks} tuần"
        elif lang == "ru":
            text = (f"{self.fractions} {_ru_plural(self.fractions, 'фракция', 'фракции', 'фракций')} за "
                    f"{self.weeks} {_ru_plural(self.weeks, 'неделю', 'недели', 'недель')}")
        else:
            text = (f"{self.fractions} fraction{'s' if self.fractions != 1 else ''} in "
                    f"{self.weeks} week{'s' if self.weeks != 1 else ''}")
        if self.note is None:
            return text
        note = self.note.get(lang)
        return f"{text}（{note}）" if lang.startswith("zh") else f"{text} ({note})"


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    """Russian nouns after a number: 1, 21 фракция; 2-4, 22 фракции; 5-20, 25 фракций."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    return few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many


@dataclass(frozen=True)
class Screening:
    verdict: str
    criteria: tuple[CriterionResult, ...]
    missing: tuple[str, ...]
    options: tuple[Option, ...]
    notes: tuple[Text, ...]
    indication: str | None       # the row's id, None when the site is not in the table
    rule_set_id: str
    rule_set_version: str

    @property
    def fractions(self) -> list[int]:
        return [o.fractions for o in self.options]

    def schedule_text(self, lang: str = "en") -> str:
        joiner = {"ja": "、または", "zh_Hans": "，或", "zh_Hant": "，或", "ko": " 또는 ",
                  "vi": ", hoặc ", "ru": " или "}.get(lang, ", or ")
        return joiner.join(o.describe(lang) for o in self.options)

    def to_json(self) -> dict[str, Any]:
        """The contract's result object (English texts)."""
        return {
            "verdict": self.verdict,
            "fractions": self.fractions,
            "schedule": self.schedule_text("en"),
            "missing": list(self.missing),
            "criteria": [{"id": c.id, "text": c.text.en, "status": c.status} for c in self.criteria],
            "notes": [n.en for n in self.notes],
            "rule_set": {"id": self.rule_set_id, "version": self.rule_set_version},
        }


_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def _fill(template: str, facts: Mapping[str, Any]) -> str:
    def value(match: re.Match[str]) -> str:
        v = facts.get(match.group(1))
        return ", ".join(v) if isinstance(v, list) else str(v)
    return _PLACEHOLDER.sub(value, template)


def _judge(criterion: Criterion, facts: Mapping[str, Any]) -> CriterionResult:
    status, missing = criterion.test(facts)
    if status == FAILED and criterion.review_when is not None:
        status, missing = criterion.review_when(facts)
        if status == MET:
            status = REVIEW
    text = criterion.text
    if status == REVIEW and criterion.review_text is not None:
        why = criterion.review_text
        text = Text(f"{text.en}: {_fill(why.en, facts)}", f"{text.ja}：{_fill(why.ja, facts)}",
                    tuple((lang, f"{text.get(lang)}：{_fill(why.get(lang), facts)}")
                          for lang, _ in why.more))
    return CriterionResult(criterion.id, status, text, missing)


def screen(rules: RuleSet, facts: Mapping[str, Any]) -> Screening:
    """Screen validated facts (see `facts.validate_facts`) against `rules`."""
    results = [_judge(c, facts) for c in rules.common]
    results.append(_judge(rules.site, facts))
    row = rules.indications.get(facts.get("site", ""))
    options: list[Option] = []
    notes: list[Text] = []
    if row is not None:
        results.extend(_judge(c, facts) for c in row.criteria)
        candidates = [(o, MET if o.when is None else o.when(facts)[0]) for o in row.schedule]
        chosen = [o for o, s in candidates if s == MET] or [o for o, s in candidates if s != FAILED]
        options = [Option(o.fractions, o.weeks, o.note) for o in chosen]
        notes = [n.text for n in row.notes if n.when is None or n.when(facts)[0] == MET]

    statuses = {r.status for r in results}
    missing = tuple(dict.fromkeys(m for r in results if r.status == UNKNOWN for m in r.missing))
    if FAILED in statuses:
        verdict = INELIGIBLE
    elif UNKNOWN in statuses:
        verdict = NEEDS_INFO
    elif REVIEW in statuses:
        verdict = VERDICT_REVIEW
    else:
        verdict = ELIGIBLE
    return Screening(verdict, tuple(results), missing, tuple(options), tuple(notes),
                     row.id if row else None, rules.id, rules.version)
