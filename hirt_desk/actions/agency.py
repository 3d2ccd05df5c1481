"""The agency's own profile: the guarantor printed on visa paperwork and packets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from hirt_desk.planning.identity import normalize_phone
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Agency


@dataclass
class AgencyProfile:
    name_en: str
    name_ja: str = ""
    guarantor_list: str = ""        # MOFA list "A" (travel agency) or "B" (METI coordinator)
    guarantor_number: str = ""
    address_en: str = ""
    address_ja: str = ""
    phone: str = ""
    helpline: str = ""
    email: str = ""
    languages: list[str] = field(default_factory=list)
    representative: str = ""        # 代表者: signs and seals the MOFA guarantee form


class AgencyInvalid(ValueError):
    """Fields to correct before the profile can be saved: field name -> problem code."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems


def load_agency() -> AgencyProfile:
    with store_errors():
        row = Agency.select().first()
        return AgencyProfile(**{k: getattr(row, k) for k in AgencyProfile.__dataclass_fields__})


def check_agency(profile: AgencyProfile) -> dict[str, str]:
    problems = {}
    if not profile.name_en.strip():
        problems["name_en"] = "required"
    if profile.guarantor_list not in ("", "A", "B"):
        problems["guarantor_list"] = "list"
    for name in ("phone", "helpline"):
        value = getattr(profile, name).strip()
        if value and normalize_phone(value, "JP") is None:
            problems[name] = "phone"
    if profile.email and "@" not in profile.email:
        problems["email"] = "email"
    return problems


def save_agency(profile: AgencyProfile, user: str | None = None) -> None:
    problems = check_agency(profile)
    if problems:
        raise AgencyInvalid(problems)
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        audit.update_record(Agency.select().first(), asdict(profile), user)
