"""The diagnosis facts vocabulary of contracts/screening.md: the one definition that the diagnosis
form, the rules engine and the command line all read.

Each fact has a kind that says how a value is checked and compared. `validate_facts` turns raw
input (JSON from the command line, values from the form) into a clean dict or raises `FactError`
naming the field, so a wrong type never reaches the engine.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hirt_desk.rules.staging import StagingError, parse_grade


class FactError(ValueError):
    """A fact value of the wrong type or out of range; `field` names it (e.g. ``tnm.t``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Fact:
    """One fact of the vocabulary.

    kind: "bool", "number", "int", "enum", "text", "t_stage", "n_stage", "m_stage", "stage_group",
    "text_list". `choices` are the values the form offers (for "text" kinds other values are
    allowed too). `unit` and `minimum`/`maximum` bound numbers.
    """

    name: str
    kind: str
    label_en: str
    label_ja: str
    choices: tuple[str, ...] = ()
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None

    @property
    def root(self) -> str:
        """The fact name that is reported missing (``tnm`` for ``tnm.t``)."""
        return self.name.split(".", 1)[0]


SITES = ("prostate", "lung", "liver", "pancreas", "sarcoma", "skull_base", "rectum",
         "oligo_recurrence")
HISTOLOGIES = ("adenocarcinoma", "nsclc", "sclc", "squamous_cell_carcinoma", "hcc",
               "cholangiocarcinoma", "osteosarcoma", "chordoma", "chondrosarcoma", "ups", "mpnst",
               "leiomyosarcoma", "synovial_sarcoma", "ewing_sarcoma", "ductal_carcinoma")

FACTS: tuple[Fact, ...] = (
    Fact("site", "text", "Tumor site", "部位", SITES),
    Fact("histology", "text", "Histology", "組織型", HISTOLOGIES),
    Fact("tumor_size_cm", "number", "Largest diameter", "最大径", unit="cm", minimum=0,
         maximum=100),
    Fact("measurable", "bool", "Measurable on imaging", "画像上測定可能"),
    Fact("distant_metastasis", "bool", "Distant metastasis", "遠隔転移"),
    Fact("gi_tract_invasion", "bool", "Invades the GI tract", "消化管浸潤"),
    Fact("spinal_cord_invasion", "bool", "Invades the spinal cord", "脊髄浸潤"),
    Fact("ecog", "int", "ECOG performance status", "ECOG PS", minimum=0, maximum=5),
    Fact("tnm.t", "t_stage", "Clinical T", "臨床T分類",
         ("T0", "Tis", "T1", "T1a", "T1b", "T1c", "T2", "T2a", "T2b", "T2c", "T3", "T3a", "T3b",
          "T4", "T4a", "T4b")),
    Fact("tnm.n", "n_stage", "Clinical N", "臨床N分類",
         ("N0", "N1", "N1a", "N1b", "N2", "N2a", "N2b", "N2c", "N3")),
    Fact("tnm.m", "m_stage", "Clinical M", "臨床M分類", ("M0", "M1", "M1a", "M1b", "M1c")),
    Fact("stage", "stage_group", "Clinical stage", "臨床病期",
         ("0", "I", "IA", "IA1", "IA2", "IA3", "IB", "II", "IIA", "IIB", "III", "IIIA", "IIIB",
          "IIIC", "IV", "IVA", "IVB")),
    Fact("gleason_histology_confirmed", "bool", "Gleason score confirmed by histopathology",
         "グリソンスコアの病理組織学的確認"),
    Fact("psa_pre_biopsy", "number", "PSA before biopsy", "生検前PSA", unit="ng/mL", minimum=0,
         maximum=100000),
    Fact("child_pugh", "enum", "Child-Pugh class", "Child-Pugh分類", ("A", "B", "C")),
    Fact("liver_regions", "int", "Liver regions involved", "肝病変の領域数", minimum=0,
         maximum=8),
    Fact("ascites", "bool", "Ascites", "腹水"),
    Fact("status", "enum", "Tumor status", "腫瘍の状態",
         ("primary", "residual", "recurrent", "inoperable")),
    Fact("resectable", "bool", "Surgically resectable", "切除可能"),
    Fact("prior_tace", "bool", "Recurrence after TACE", "TACE後の再発"),
    Fact("location", "text", "Sarcoma location", "肉腫の部位",
         ("head_neck", "thoracic", "spinal_paraspinal", "retroperitoneal", "pelvis", "extremity")),
    Fact("metal_in_field", "bool", "Metal implant in the irradiated area", "照射野内の金属"),
    Fact("recurrence_site", "text", "Rectal recurrence site", "直腸癌再発部位",
         ("anastomosis", "pelvic_wall", "lymph_node")),
    Fact("gi_distance_mm", "number", "Distance to nearest GI tract", "消化管との距離", unit="mm",
         minimum=0, maximum=1000),
    Fact("recurrence_organs", "text_list", "Organs with isolated recurrence", "孤立性再発の臓器",
         ("lymph_node", "liver", "lung", "bone", "brain", "adrenal")),
    Fact("lesion_count", "int", "Number of recurrent lesions", "再発病変数", minimum=0,
         maximum=1000),
)

FACTS_BY_NAME: dict[str, Fact] = {f.name: f for f in FACTS}
GRADED_KINDS = {"t_stage": "T", "n_stage": "N", "m_stage": "M", "stage_group": "stage"}

LARGEST_NUMBER = 1e12

_SNAKE = re.compile(r"[^0-9a-z]+")


def _normalize_name(value: str) -> str:
    """`Small cell` and `small-cell` mean `small_cell`: free text names compare in one form."""
    return _SNAKE.sub("_", value.strip().lower()).strip("_")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_value(fact: Fact, value: Any) -> Any:
    """The clean value of one fact, or FactError."""
    kind = fact.kind
    if kind == "bool":
        if not isinstance(value, bool):
            raise FactError(fact.name, "must be true or false")
        return value
    if kind in ("number", "int"):
        if not _is_number(value):
            raise FactError(fact.name, "must be an integer" if kind == "int" else "must be a number")
        if isinstance(value, float) and not math.isfinite(value):
            raise FactError(fact.name, "must be a finite number")
        if abs(value) > LARGEST_NUMBER:      # a 400-digit integer is no float, and no measurement
            raise FactError(fact.name, f"must be at most {LARGEST_NUMBER:g} in size")
        if kind == "int" and value != int(value):
            raise FactError(fact.name, "must be an integer")
        if fact.minimum is not None and value < fact.minimum:
            raise FactError(fact.name, f"must be at least {fact.minimum:g}")
        if fact.maximum is not None and value > fact.maximum:
            raise FactError(fact.name, f"must be at most {fact.maximum:g}")
        return int(value) if kind == "int" else value
    if kind == "text_list":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise FactError(fact.name, "must be a list of names")
        return [_normalize_name(v) for v in value]
    if not isinstance(value, str) or not value.strip():
        raise FactError(fact.name, "must be a non-empty string")
    if kind == "text":
        return _normalize_name(value)
    if kind == "enum":
        for choice in fact.choices:
            if value.strip().lower() == choice.lower():
                return choice
        raise FactError(fact.name, "must be one of " + ", ".join(fact.choices))
    try:
        return parse_grade(GRADED_KINDS[kind], value).text
    except StagingError as exc:
        raise FactError(fact.name, str(exc)) from None


def validate_facts(raw: Any) -> dict[str, Any]:
    """Check a facts object against the vocabulary.

    Unknown fields are ignored (the contract allows them); ``null`` counts as absent. The result
    has flat keys (``tnm.t`` rather than a nested ``tnm`` object) so the engine reads one level;
    flat keys are accepted as input too, so stored facts validate as they are.
    """
    if not isinstance(raw, Mapping):
        raise FactError("facts", "must be a JSON object")
    clean: dict[str, Any] = {}
    for key, value in raw.items():
        if value is None:
            continue
        if key == "tnm":
            if not isinstance(value, Mapping):
                raise FactError("tnm", 'must be an object like {"t": "T2a", "n": "N0", "m": "M0"}')
            for part in ("t", "n", "m"):
                if value.get(part) is not None:
                    fact = FACTS_BY_NAME[f"tnm.{part}"]
                    clean[fact.name] = check_value(fact, value[part])
            continue
        known = FACTS_BY_NAME.get(key)
        if known is not None:
            clean[key] = check_value(known, value)
    return clean
