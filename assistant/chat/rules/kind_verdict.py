"""能 / 不能 / 原则上不能 / 没有写明, first, for a yes/no question about a kind of person ("自由职业能报首席技师吗",
"兼职的算不算推荐对象", "管理岗能报吗"), with the clause that decides it.

The kind of person is a partial profile (``conditions.toml``: each attribute's ``profiles``, said word -> profile);
the checker reads it against the asked programme's rules, so the deciding clause is the rule that fails for that
kind, exactly as an applicant of that kind would be told. A rule row that provides for the kind ("符合条件的自由
职业者也可申请认定") says 能. With neither, the notice does not say, and the answer says so before the rows it
does state.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_loose_asks.py -k kind
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.chat.templates import local_id

if TYPE_CHECKING:
    from assistant.chat.answer import Citations
    from assistant.notices.tree import Corpus

__all__ = ["asks_yes_no", "kind_profile", "lead"]

# A yes/no question ("能报吗", "算不算", "行不行"), not one asking what the rule is ("对退休人员有什么规定").
_YES_NO = re.compile(r"吗|么|能不能|可不可以|能否|行不行|算不算|属不属于|是不是|有没有资格|够不够|\b不\s*[？?]?\s*$")
_PROVIDES = re.compile(r"也可|可以申|可申请|均可")  # a row providing for the kind ("自由职业者也可申请认定")
_HARD = ("hard", "exclusion_hard")
_SOFT = ("soft", "exclusion_soft")


def asks_yes_no(text: str) -> bool:
    return bool(_YES_NO.search(text or ""))


def kind_profile(profiles: dict[str, dict], text: str) -> dict | None:
    """The profile of the kind of person ``text`` names: the first row of ``profiles`` (said regex -> profile)
    matching it, or None."""
    return next((dict(p) for said, p in profiles.items() if re.search(said, text or "")), None)


def lead(corpus: Corpus, cites: Citations, program: str, profile: dict, said: str, testing: list,
         today: dt.date) -> str:
    """The first sentence: whether ``said`` (a kind of person, as ``profile``) may apply, with the deciding
    clause cited; ``testing`` are the rule rows the answer lists (for the row providing for the kind)."""
    from assistant.eligibility import check

    verdict = check(profile, program, as_of=today, corpus=corpus)
    # only a row the table ties to the asked kind decides; a row failing it by inference alone ("退休了" so not
    # "在生产第一线工作") leaves the notice silent on the kind, which the answer says as such
    listed = {r.id for r in testing}
    failing = [r for r in verdict.reasons if r.ok is False and r.rule in listed]
    for kinds, word in ((_HARD, "不能"), (_SOFT, "原则上不能")):
        decisive = next((r for r in failing if r.kind in kinds), None)
        if decisive is not None:
            reason = decisive.message.rstrip("。")
            return (f"{word}。{reason}；通知 {local_id(decisive.clause_id)} 写的是"
                    f"“{decisive.quote}”{cites.mark(decisive.clause_id, decisive.quote)}。")
    providing = next((r for r in testing if _PROVIDES.search(r.quote)), None)
    if providing is not None:
        return (f"能。通知 {local_id(providing.clause_id)} 写明“{providing.quote}”"
                f"{cites.mark(providing.clause_id, providing.quote)}。")
    who = said if said.endswith(("者", "员", "人")) else f"{said}人员"
    return f"通知没有专门写{who}能否申报；与此相关的规定如下，具体能否申报请向发文单位确认。"
