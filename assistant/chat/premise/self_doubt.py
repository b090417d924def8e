"""A rule taken for granted and a conclusion drawn from it about the asker: "杭州工匠要在杭干满十年的，我这种肯定不行了是吧"
(with "国家级技能大赛拿过第二名" said before it). The rule may be stated right, but the conclusion is the checker's to
draw: when the asker's own facts meet an exemption that waives the very row they doubt (条件4 "不受工作年限的限制"),
the first sentence says 不对, with the waived row's reason and the exemption's clause cited, instead of agreeing.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_self_doubt.py
"""

from __future__ import annotations

import re

__all__ = ["doubts_self", "exemption_lead"]

# the asker's conclusion that they fail ("我这种肯定不行了", "我是不是没戏了", "我够不上了吧", "我报不了了")
_SELF_DOUBT = re.compile(r"(?:我|俺)(?:这种|这样|这个情况|的情况|这条件)?[^，,。？?]{0,6}?"
                         r"(?:不行|没戏|没希望|够不上|不够格|报不了|评不上|没资格|不符合|不够)")
AGREEING = "是的，与通知规定一致。"


def doubts_self(text: str) -> bool:
    return bool(_SELF_DOUBT.search(text or ""))


def exemption_lead(text: str, verdicts, cites) -> str | None:
    """不对 and why, when ``text`` concludes the asker fails and a verdict waives a row by an exemption their facts
    meet; None otherwise (the checker found the asker failing, or nothing was waived)."""
    if not doubts_self(text):
        return None
    for verdict in verdicts or ():
        if verdict.verdict == "not_eligible":
            continue
        waived = next((r for r in verdict.reasons if r.kind == "hard" and r.ok is True and "不受" in r.message), None)
        waiver = next((r for r in verdict.reasons if r.kind == "exemption" and r.ok is True), None)
        if waived is not None and waiver is not None:
            met = next((r for r in verdict.reasons if r.kind == "alternative" and r.ok is True
                        and r.clause_id == waiver.clause_id), None)
            basis = [r for r in (met, waiver) if r is not None]
            said = "，".join(f"“{r.quote}”{cites.mark(r.clause_id, r.quote)}" for r in basis)
            # the waiving part of the row's reason ("…少于10年；但条件4不受工作年限的限制，此项不作要求")
            why = next((p for p in reversed(re.split(r"[；;]", waived.message)) if "不受" in p), waived.message)
            why = re.sub(r"^(?:但|但是|不过)", "", why.strip()).rstrip("。")
            return f"不对，按您说的情况不一定不行：{why}。（依据：{said}）"
    return None
