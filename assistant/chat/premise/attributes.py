"""One reader of a premise as an attribute with the value asserted of it, checked against the value the asked notice
states: "首届数字工匠是市数字经济局主办的吧" asserts 市数字经济局 of 主办单位, the notice writes "由杭州市总工会政研室、
杭州市经信工会主办", so the premise is wrong and the answer says so first, quoting the sentence.

The attributes are the rows of ``chat/rules/notice_attributes.toml`` with a premise table (how an asker says one, the shape of the notice sentence giving its
value, how two values compare), not one module per wording; chat.premise.propositions reads them as propositions of
relation "attribute" and checks them here. Agreement gives "是的，…", disagreement "不对，…"; a notice with no
sentence of the attribute's shape gives None, and the answer proceeds as before (which says what the notice writes).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_attributes.py
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.chat.premise.relation import Proposition
from assistant.chat.premise.sole import _longest_in

__all__ = ["Attribute", "ROWS", "read_attributes", "attribute_check", "says_cycle"]


@dataclass(frozen=True)
class Attribute:
    name: str  # as an answer says it ("主办单位")
    kind: str  # bodies | cycle | members
    asked: tuple[re.Pattern, ...]
    stated: re.Pattern
    topic: bool = False  # several sentences state it: the one sharing most words with the question is meant
    levels: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a level row: each level and the notice's words for it


@functools.lru_cache(maxsize=1)
def ROWS() -> tuple[Attribute, ...]:  # noqa: N802 - a table, read once
    from assistant.chat.rules.notice_attributes import rows

    return tuple(Attribute(r["label"], p["kind"], tuple(re.compile(a) for a in p["asked"]), re.compile(p["stated"]),
                           p.get("topic", False), tuple((k, tuple(v)) for k, v in p.get("levels", {}).items()))
                 for r in rows("premise") for p in [r["premise"]])


# a body said to hold a role alone ("市总工会一家办的")
_ALONE = re.compile(r"一家|单独|自己|独自|一个单位")
# what a value said in a question carries besides the value ("就是", "也是", "那边")
_VALUE_EDGE = re.compile(r"^(?:就是|也是|都是|是|由|归|应该是|好像是)|(?:那边|这边|牵头|来|的|那里|这些)$")
# a body's name: how it ends
_BODYLIKE = re.compile(r"(?:局|厅|委|会|部|室|办|组|府|中心|集团|协会|部门|单位)$")
_ITEM_EDGE = re.compile(r"^(?:\d+[、.．]|由|并|聚焦|涵盖|包括|分为|以及|及|和)+|(?:等.*)$")
_NUMBERING = re.compile(r"^\s*\d+[、.．]")
_PLACE = re.compile(r"杭州|浙江|\s")
# a pair of characters holding one of these says nothing of what a sentence is about ("匠的", "负责")
_FUNCTION = re.compile(r"[的是吧了呢吗也都就由归来把对]|负责|主办|承办")


def read_attributes(text: str) -> list[Proposition]:
    """The attribute premises ``text`` asserts: Proposition("attribute", (name, value[, list noun])), with "一家"
    kept as a third object of a bodies row when the body is said to act alone."""
    from assistant.chat.routing import topic_only
    from assistant.extract.numbers import digit_years

    text = digit_years(text or "")  # "二〇二四年拿的市里第一": the year asserted, as the rows' patterns read it
    bare = topic_only(text)  # "首届数字工匠" names the programme; it is no list noun nor body
    out = []
    for row in ROWS():
        for pattern in row.asked:
            m = pattern.search(text if row.kind == "quoted" else bare)  # a quoted name is read as written
            if not m:
                continue
            value = _VALUE_EDGE.sub("", _VALUE_EDGE.sub("", m.group("v")))
            if row.kind == "bodies":
                alone = bool(_ALONE.search(m.group(0)))
                value = _ALONE.sub("", value)
                if not _BODYLIKE.search(value):
                    continue
                out.append(Proposition("attribute", (row.name, value, "alone" if alone else ""), m.group(0)))
            elif row.kind == "quoted":
                out.append(Proposition("attribute", (row.name, m.group("v"), m.group("n")), m.group(0)))
            elif row.kind == "members":
                noun = m.group("n")
                if len(value) < 2 or len(noun) < 2:
                    continue
                out.append(Proposition("attribute", (row.name, value, noun), m.group(0)))
            elif row.kind == "since":
                said_since = "since" in m.groupdict() and bool(m.group("since"))
                out.append(Proposition("attribute", (row.name, m.group("v"), "since" if said_since else ""), m.group(0)))
            else:
                out.append(Proposition("attribute", (row.name, value, ""), m.group(0)))
            break
    return out


def says_cycle(text: str) -> bool:
    """Whether ``text`` asserts how many years lie between rounds ("两年搞一回的吧"): its count of years is the
    rounds', no span of the asker's work."""
    kinds = {r.name: r.kind for r in ROWS()}
    return any(kinds[p.objects[0]] == "cycle" for p in read_attributes(text))


def _units(corpus, program: str) -> list[tuple[str, str]]:
    from assistant.chat.premise.form_fields import is_form
    from assistant.chat.premise.step_order import units

    return [(c.clause_id, u) for c in corpus.clauses(program) if not is_form(c) for u in units(c, headed=True)]


def _core(name: str) -> str:
    return _PLACE.sub("", name)


def _names_body(value: str) -> bool:
    """Whether a value the notice states names a body ("杭州市数字经济行业工会联合会"), not a place or a means ("邮箱")."""
    from assistant.chat.premise.agents import bodies_in

    return bool(_BODYLIKE.search(value.strip()) or bodies_in(value))


def _same_body(said: str, written: str) -> bool | None:
    """True when ``said`` names the body ``written`` does (one name within the other, or one level and kind with the
    same kind of ending: 市人社局 and 市人力社保局, not 市经信局 and 市经信工会); False when it names another; None when
    neither can be told."""
    from assistant.chat.premise.agents import _same, bodies_in
    from assistant.notices.text import bigrams

    s, w = _core(said), _core(written)
    if s and (s in w or w in s):
        return True
    a, b = bodies_in(said), bodies_in(written)
    if a and b:
        return any(_same(x, y) and x.said.endswith("工会") == y.said.endswith("工会") for x in a for y in b)
    # a name the body table has no kind for ("市数字经济行业工会联合会"): by the words the two names share
    grams = bigrams(s)
    share = len(grams & bigrams(w)) / len(grams) if grams else 0.5
    return True if share >= 0.6 else False if share < 0.4 else None


def _best(found: list[tuple[int, str, str, re.Match]], question: str) -> tuple[str, str, re.Match] | None:
    """The sentence sharing most words with the question; None when two share as many and say different values."""
    from assistant.chat.routing import topic_only
    from assistant.chat.rules.notice_attributes import best_sentence
    from assistant.notices.text import bigrams

    # the words of what the role is over ("宣传工作"), not the programme's name nor the words asking
    asked = {g for g in bigrams(topic_only(question)) if not _FUNCTION.search(g)}
    return best_sentence((len(asked & bigrams(u[:m.start()] + u[m.end():])), m.group("v"), (cid, u, m))
                         for _, cid, u, m in found)


def _bodies(row: Attribute, question: str, said: str, alone: bool, found) -> tuple[str, list[tuple[str, str]]] | None:
    picked = _best(found, question.replace(said, "")) if row.topic else (found[0][1:] if found else None)
    if picked is None:
        return None
    cid, unit, m = picked
    stated = _ITEM_EDGE.sub("", m.group("v").split("由")[-1]).strip()
    items = [i for i in (_ITEM_EDGE.sub("", x).strip() for x in re.split(r"、|和|及|与", stated)) if i]
    same = [_same_body(said, i) for i in [stated, *items]]
    quote = [(cid, unit)]
    written = _NUMBERING.sub("", m.group(0)).strip()  # "由杭州市总工会政研室、杭州市经信工会主办", as the notice says it
    if any(same):
        if alone and len(items) > 1:
            return f"不对，不是{said}一家，通知写的是“{written}”：见下面的原文。", quote
        from assistant.chat.premise.hand_in import skipped_route

        if skipped_route(question):
            # "材料是个人自己直接寄到市人社局的吧": the body is right, the way there is not; the route check corrects it
            return None
        return f"是的，通知写的是“{written}”：见下面的原文。", quote
    if all(s is False for s in same):
        return f"不对，通知写的是“{written}”，不是{said}：见下面的原文。", quote
    return None


def _since(question: str, said: str, as_start: bool, found) -> tuple[str, list[tuple[str, str]]] | None:
    """"不对" when the year asserted as the start is not the notice's, or the asker's own year is before it."""
    picked = _best(found, question.replace(said, ""))
    if picked is None:
        return None
    cid, unit, m = picked
    start = int(m.group("v"))
    if int(said) < start or (as_start and int(said) != start):
        where = "算的是" if as_start else "只算"
        return f"不对，通知写的是{start}年以来，{where}{start}年以来的，不是{said}年：见下面的原文。", [(cid, unit)]
    return None


def _priority(said: str, found) -> tuple[str, list[tuple[str, str]]] | None:
    """"不对" when the kind said to be the only one is among those the notice recommends first."""
    core = re.sub(r"(?:企业|单位|公司|类型|这种|那种|这类|那类|的人)+$", "", _core(said))
    for _, cid, unit, m in found:
        if len(core) >= 2 and _longest_in(core, m.group("v"), shortest=min(len(core), 4)):
            written = re.split(r"[，,]", m.group(0))[0]
            return f"不对，通知写的是“{written}”，是优先推荐，不是只有{said}才能报：见下面的原文。", [(cid, unit)]
    return None


def _quoted(said: str, what: str, found) -> tuple[str, list[tuple[str, str]]] | None:
    """The notice's quoted name before the same words as the asker's ("“296X”先进制造业集群")."""
    same = [(cid, unit, m) for _, cid, unit, m in found if _shared(what, m.group("n")) >= min(len(what), 4)]
    if not same:
        return None
    if any(said in _names_before(unit, m) for _, unit, m in same):
        return None  # the name as written (in a list of names too): the answer's own sentence speaks for it
    cid, unit, m = same[0]
    return f"不对，通知写的是“{m.group('v')}”{m.group('n')}，不是“{said}”：见下面的原文。", [(cid, unit)]


_NAME_RUN = re.compile(r"(?:“[^”]{1,16}”\s*[、和及与]?\s*)+$")


def _names_before(unit: str, m: re.Match) -> list[str]:
    """The quoted names the words after ``m``'s name are said of: it and those listed right before it ("已被认定为
    “浙江工匠”“杭州工匠”“杭州数字工匠”的")."""
    run = _NAME_RUN.search(unit[:m.start()])
    return [m.group("v"), *re.findall(r"“([^”]{1,16})”", run.group(0) if run else "")]


def _level(row: Attribute, short: str, said: str, found) -> tuple[str, list[tuple[str, str]]] | None:
    """"不对" when the level asserted is not the one of the notice's first sentence naming its issuer or area."""
    _, cid, unit, m = found[0]
    level = next((k for k, words in row.levels if m.group("v") in words), None)
    if level is None:
        return None
    if said == level:
        return f"是的，{short}是{level}级的，通知写的是“{m.group(0)}”：见下面的原文。", [(cid, unit)]
    return f"不对，{short}是{level}级的，不是{said}级，通知写的是“{m.group(0)}”：见下面的原文。", [(cid, unit)]


def _number(said: str) -> float | None:
    from assistant.chat.premise.counts import _value

    if not said:
        return 1.0  # "每年评一次"
    try:
        return float(_value(said))
    except (ValueError, KeyError, TypeError):
        return None


def _cycle(said: str, asked_as: str, found) -> tuple[str, list[tuple[str, str]]] | None:
    _, cid, unit, m = found[0]
    years = float(m.group("v"))
    claimed = _number(said)
    if claimed is None:
        return None
    written = re.sub(r"\s+", "", m.group(0))
    if claimed == years:
        return f"是的，通知写的是{written}：见下面的原文。", [(cid, unit)]
    return f"不对，通知写的是{written}，不是{asked_as}：见下面的原文。", [(cid, unit)]


def _members(question: str, said: str, noun: str, found) -> tuple[str, list[tuple[str, str]]] | None:
    from assistant.notices.text import bigrams

    # the list the noun names: said within a few characters of it ("聚焦物联网、大数据…等数字经济领域重点产业")
    near = [f for f in found if _shared(noun, f[2][max(0, f[3].start() - 12):f[3].end() + 12]) >= 2]
    if not near:
        return None
    near.sort(key=lambda f: -_shared(noun, f[2][max(0, f[3].start() - 12):f[3].end() + 12]))
    _, cid, unit, m = near[0]
    noun = _longest_in(noun, unit[max(0, m.start() - 12):m.end() + 12], shortest=2)  # "实施方案里写的重点产业": the list's own noun
    items = [_ITEM_EDGE.sub("", i).strip("“”\"") for i in re.split(r"、|和|及", m.group("v"))]
    grams = bigrams(said)
    hit = next((i for i in items if said in i or (len(i) >= 2 and i in said)
                or (grams and len(grams & bigrams(i)) * 2 >= len(grams))), None)
    if hit:
        return f"是的，通知列的{noun}里有“{hit}”：见下面的原文。", [(cid, unit)]
    return f"不对，通知列的{noun}里没有“{said}”：见下面的原文。", [(cid, unit)]


def _shared(a: str, b: str) -> int:
    return len(_longest_in(a, b, shortest=2))


def attribute_check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """The verdict on an asserted attribute value against ``program``'s notice: ("不对，…" or "是的，…", quotes), or
    None when the notice has no sentence of the attribute's shape or the two values cannot be compared."""
    name, said, extra = prop.objects
    row = next(r for r in ROWS() if r.name == name)
    found = [(i, cid, u, m) for i, (cid, u) in enumerate(_units(corpus, program)) for m in row.stated.finditer(u)]
    if row.kind == "bodies":
        # a sentence of the shape whose value is no body ("发送至邮箱：…") says where, not who: it holds no value of a
        # bodies row, and a body asserted is no more wrong for it
        found = [f for f in found if _names_body(f[3].group("v"))]
    if not found:
        return None
    if row.kind == "bodies":
        verdict = _bodies(row, question, said, extra == "alone", found)
    elif row.kind == "cycle":
        verdict = _cycle(said, prop.said, found)
    elif row.kind == "since":
        verdict = _since(question, said, extra == "since", found)
    elif row.kind == "priority":
        verdict = _priority(said, found)
    elif row.kind == "quoted":
        verdict = _quoted(said, extra, found)
    elif row.kind == "level":
        verdict = _level(row, corpus.meta(program).short_name, said, found)
    else:
        verdict = _members(question, said, extra, found)
    if verdict and verdict[0].startswith("是的") and not _asked_alone(question, prop.said):
        return None  # "区里报到市人社局，中间不用再组织专家评议了吧": the ask is of another clause, checked elsewhere
    return verdict


# a clause that only asks for the confirmation ("，没错吧", "，对不对")
_TAG = re.compile(r"^\s*(?:没错|对|是|对不对|是不是|对伐|是伐|对吗|是吗|没错吗|吧|吗|呢|伐)?(?:吧|吗|呢|伐)?[？?！!。\s]*$")


def _asked_alone(question: str, said: str) -> bool:
    """Whether the stretch asserting the attribute is all the ask holds: no clause after it but a confirmation tag,
    and no order of steps asserted ("是先报到市人社局，再由区里组织专家评议的吧")."""
    from assistant.chat.premise.step_order import asserted_sequence
    from assistant.chat.routing import topic_only

    question = topic_only(question)  # as the stretch was read
    at = question.find(said)
    if at < 0 or asserted_sequence(question):
        return False
    later = re.split(r"[，,；;]", question[at + len(said):])[1:]
    return all(_TAG.match(c) for c in later)
