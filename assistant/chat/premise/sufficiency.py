"""A premise that one condition alone suffices: "首席技师只要拿过全国技术能手就够条件了吧", "浙派工匠带过很多徒弟，
光凭这一条就够评了吧", "有技师证就能申请了吧".

The asker states a rule ("X alone is enough"), not their case, so the checker's verdict on X is not the answer. The
answer reads the notice's conditions as the checker does: X is read into a profile by the extractor (or, when it
names no field, as an achievement, which the checker matches to a condition by its lexicon), the asked programme's
rules are checked on that profile alone, and the rows X decides are X's place in the notice — one of the
alternatives ("符合下列条件之一"), a required condition, an exemption or a direct route. The rows X leaves open are
what the notice still requires. The answer corrects the premise first ("不对，只凭这一点还不够…"), quotes X's row and
then the conditions still required, all cited; when X does not even meet its row (国家一类技能竞赛第10名 where the
notice asks for 前六名) it says so first.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_sufficiency.py
"""

from __future__ import annotations

import re

from assistant.chat.rules.conditions import grouped, overview_lines, rule_line, rules_of
from assistant.chat.templates import status_lines

__all__ = ["suffices_claim", "said_condition", "sufficiency_answer", "premise_of_sufficiency"]

# "…就够了/就够条件了/就能报了/就满足条件了/就行了/就没问题了", "别的都不用看了": the consequent of a sufficiency claim
_CONSEQUENT = re.compile(
    r"(?:就|便)(?:已经|完全|肯定|基本)?(?:够|足够|满足|符合|达到|达标|行|可以|能|没问题|稳|有资格|有戏)"
    r"|(?:别的|其他|其它|其余)(?:条件|要求)?(?:都|就|也)?(?:不用|不需要|不要|不必|无所谓|没关系)")
# what opens the stated condition and is no part of it ("只要", "光凭", "自己") or points back to it ("这一条")
_OPENING = re.compile(r"^(?:只要|只需|只需要|光凭|单凭|仅凭|只凭|就凭|光|仅|单|只|自己|本人|人家|如果|要是|像|那|那么)+")
# the particle that closes a topic said before the condition ("浙派工匠嘛只要有高级技师证", "首席技师呢光凭…")
_TOPIC_PARTICLE = re.compile(r"^[嘛呢啊呀哈么吧]+")
_POINTER = re.compile(r"^(?:这样|这样子|这一条|这一项|这条|这项|这个|这些|这一点|这点|这|那)?(?:的话)?$")
_CONFIRM = re.compile(r"对吧|对吗|是吧|是吗|是不是|没错吧|对不对|吧[？?。!！]?\s*$|吧[，,]")

# a threshold said with a bare number ("还没满40", "不到五十", "超过35"): an age or a span of years whose unit the
# asker left out, which the factual path checks against its sentence as it does "干满5年"
_BARE_THRESHOLD = re.compile(r"(?:满|不到|超过|超出|过了|低于|高于)\s*(?:[0-9０-９]+|[一二两三四五六七八九十]+)"
                             r"(?![0-9０-９一二两三四五六七八九十]|\s*(?:项|个|名|次|篇|份|万|元|块|人))")
# what the extractor infers around any stated condition and the asker did not say as one
_INFERRED = frozenset({"employment", "is_digital_economy", "occupation", "facts_as_of", "role_type"})
# a number of years or an age is a threshold the factual path checks against its sentence ("干满5年就行了对吧")
_NUMBERED = frozenset({"birth_date", "age", "years_in_field", "years_full_time_in_hangzhou",
                       "years_full_time_in_zhejiang", "hangzhou_full_time_start", "digital_work_start"})
# a result the asker did not mention is none, for reading X's own row: "国家一类前十名" fails the rank whether or
# not the asker also holds an honour (chat.case.presume reads unmentioned prizes the same way)
_ABSENT_AS_NONE = ("awards", "competition_results", "achievements")


def suffices_claim(text: str) -> bool:
    """Whether ``text`` is a confirmation that a stated condition alone suffices."""
    return bool(_CONFIRM.search(text or "") and _CONSEQUENT.search(text or "") and said_condition(text))


def said_condition(text: str) -> str:
    """The condition a sufficiency claim states ("首席技师只要拿过全国技术能手就够条件了吧" -> "拿过全国技术能手"):
    the stretch before the consequent in its clause, or the clause before when that stretch only points back
    ("带过很多徒弟，光凭这一条就够评了吧"). Empty when there is none."""
    from assistant.chat.rules.programme_words import without_programme

    topic = without_programme(text or "")
    found = _CONSEQUENT.search(topic)
    if not found:
        return ""
    clauses = [c.strip() for c in re.split(r"[，,。；;！!？?]", topic[:found.start()])]
    while clauses:
        said = _OPENING.sub("", _TOPIC_PARTICLE.sub("", clauses.pop()))
        said = re.sub(r"(?:这样|这一条|这一项|这个|这些|这点)$", "", said)
        if not _POINTER.fullmatch(said):
            return said
    return ""


def premise_of_sufficiency(text: str, told: dict, today) -> bool:
    """Whether a message is a sufficiency claim about one named programme that tells nothing of the asker beyond
    the condition it states, and that condition has a place among the programme's conditions: the facts the
    extractor read in it are the premise's, not the asker's, so the rules answer it (``sufficiency_answer``), not
    the checker. "材料发个电子版就行吧" states no condition: it stays with the factual path."""
    from assistant.chat.routing import detect_programs

    programs = detect_programs(text)[0]
    if len(programs) != 1:
        return False
    return bool(_placed(text, programs[0], today, None, told)) or _unlisted(text, programs[0], today, told)


def _tells_more(told: dict, profile: dict) -> bool:
    # "首席技师" in the programme's name reads as a skill level; the condition's own fields are the premise's
    return bool(set(told) - _INFERRED - set(profile) - {"skill_level", "achievements", "trained_apprentices"})


def _profile(said: str, today) -> dict:
    from assistant.extract import extract

    profile = {k: v for k, v in extract(said, today).profile.items() if k not in _INFERRED}
    return profile or {"achievements": [said]}


def _placed(text: str, program: str, today, corpus, told: dict | None) -> list:
    """(the checker's reason, the row) for each row of ``program`` the stated condition decides or matches; empty
    when the message is no sufficiency claim, states years or an age (a threshold the factual path checks against
    its sentence), tells more of the asker than the condition (``told``: what the extractor read in the whole
    message; then it is their case), or states nothing the checker can place."""
    from assistant.eligibility import check

    if not suffices_claim(text) or _numbered(said_condition(text)):
        return []  # "55岁以下、在杭州干满5年就行": a number stated, checked against its sentence
    profile = _profile(said_condition(text), today)
    if _NUMBERED & (set(profile) | set(told or {})) or (told and _tells_more(told, profile)):
        return []
    rows = {rule.id: rule for rule in rules_of(program)}
    full = {**{f: [] for f in _ABSENT_AS_NONE if f not in profile}, **profile}
    verdict = check(full, program, as_of=today, **({"corpus": corpus} if corpus is not None else {}))
    return [(reason, rows[reason.rule]) for reason in verdict.reasons if reason.rule in rows
            and set(rows[reason.rule].fields) & set(profile)
            and (reason.ok is True or reason.basis == "matched" or rows[reason.rule].kind == "direct"
                 or (reason.ok is False and _on_said(reason.message)))]


def _numbered(said: str) -> bool:
    """Whether the stated condition holds a number: one with its unit, or a threshold said bare ("还没满40")."""
    from assistant.chat.premise import claims

    return bool(claims(said) or _BARE_THRESHOLD.search(said))


# what a notice may or may not make a condition: a level, an honour, a contest place, union membership
_CONDITION_FIELDS = frozenset({"skill_level", "awards", "competition_results", "union_member", "prior_titles"})


def _unlisted(text: str, program: str, today, told: dict | None) -> bool:
    """Whether the stated condition is one the extractor reads as a condition field ("高级工证书", "全国技术能手")
    that no row of ``program`` reads: the notice does not make it a condition at all."""
    from assistant.extract import extract

    if not suffices_claim(text) or _numbered(said_condition(text)):
        return False
    read = {k for k in extract(said_condition(text), today).profile if k not in _INFERRED}
    if not read or not read <= _CONDITION_FIELDS or (told and _tells_more(told, {k: None for k in read})):
        return False
    return not any(set(rule.fields) & read for rule in rules_of(program))


def sufficiency_answer(text: str, r, deps, cites, told: dict | None = None) -> str | None:
    """The answer to a sufficiency claim about one programme (``_placed``), or None."""
    if len(r.programs) != 1:
        return None
    program = r.programs[0]
    own = _placed(text, program, deps.today, deps.corpus, told)
    rows = {rule.id: rule for rule in rules_of(program)}
    corpus = deps.corpus
    name = corpus.meta(program).short_name
    if not own:
        if not _unlisted(text, program, deps.today, told):
            return None
        # "第四届数字工匠有高级工证书就够了吧": a condition other programmes set, this one does not
        lines = [f"不对，{name}的通知没有把这一点列为申报条件，只凭它不够。", "它对申报人的要求是：",
                 *overview_lines(corpus, cites, program, compact=True)]
        return "\n".join(lines + status_lines(corpus, [program], deps.today))
    # one alternative the stated deed meets makes the others' "no" beside the point (符合下列条件之一): the deed
    # read as 先进操作方法 is no 带徒 deed, and that is no shortfall
    held = any(rule.kind == "alternative" and reason.ok is not False for reason, rule in own)
    failed = [(reason, rule) for reason, rule in own if reason.ok is False and rule.kind != "exemption"
              and not (held and rule.kind == "alternative")]
    if failed:
        lines = [f"不对，按{name}的通知，{_plain(failed[0][0].message)}"]
        lines += [rule_line(corpus, cites, [rule]) for _, rule in failed]
        return "\n".join(lines + status_lines(corpus, [program], deps.today))
    ids = {rule.id for _, rule in own}
    placed = [rule for reason, rule in own if rule.kind != "exemption"
              and not (held and rule.kind == "alternative" and reason.ok is False)]
    # an exemption waives only when the stated condition meets it: "市级大赛第1名" is no 省技能大赛第1名, so the years
    # the 省赛 row waives are still required
    waives = [rule for reason, rule in own if rule.kind == "exemption" and reason.ok is True]
    direct = [rule for rule in placed if rule.kind == "direct"]
    lines = [f"不对，只凭这一点还不够申报{name}。" if not direct else
             f"不完全对：按{name}的通知，这一点可以直接认定，但前提是“符合条件”。"]
    lines += ["这一点对应通知的：", *(rule_line(corpus, cites, g, alone=True) for g in grouped(placed))]
    if waives:
        lines += ["它还能免去一项要求：", *(rule_line(corpus, cites, g) for g in grouped(waives))]
    waived = {rule.id for rule in rows.values() if any(rule.id in w.waives for w in waives)}
    still = [rule for rule in rows.values() if rule.kind in ("hard", "soft") and rule.id not in ids | waived]
    groups = grouped(still)
    groups = [g for g in groups if not any(g[0].quote in h[0].quote and g[0].quote != h[0].quote for h in groups)]
    if groups:  # a quote inside another's ("在浙全职工作 1年以上" in "…1年以上的在岗人员中推荐") is said once
        lines += ["此外还须同时符合：", *(rule_line(corpus, cites, g) for g in groups)]
    if not any(rule.kind == "alternative" for rule in placed) and not direct:
        alternatives = [rule for rule in rows.values() if rule.kind == "alternative"]
        if alternatives:
            lines += ["并符合下列条件之一：", *(rule_line(corpus, cites, g, 40) for g in grouped(alternatives))]
    return "\n".join(lines + status_lines(corpus, [program], deps.today))


def _on_said(message: str) -> bool:
    """Whether the checker's sentence on a row speaks of what was said, not only of what was not."""
    return any(s and not _UNSAID.match(s) for s in re.split(r"(?<=。)", message))


def _plain(message: str) -> str:
    """The checker's sentences on X's row about what was said: those on what was not said ("没有相关奖项…", read
    so only to test X alone) are dropped."""
    said = [s for s in re.split(r"(?<=。)", message) if s and not _UNSAID.match(s)]
    return "".join(said or [message]).rstrip("。") + "。"


_UNSAID = re.compile(r"(?:材料|您)?(?:没有|未提供|未说明|未提到|无)")
