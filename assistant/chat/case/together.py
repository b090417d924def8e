"""A message asking for two or more people at once ("我想跟徒弟一起报", "我和我老婆都能报吗", "我们组三个人能按团队报吗").

No notice provides for a team or a couple applying together: each speaks of one candidate at a time, and the
checker reads one person's facts. So such a message is no question about applying for several honours
(chat/rules/combining.py) and its people's facts are never merged: the answer says the conditions are each person's own,
judges the asker (the one who says 我), and asks for the other person separately.

Run with:  python -c "from assistant.chat.case.together import joint_people; print(joint_people('我和我老婆都能报吗'))"
"""

from __future__ import annotations

import re

from assistant.language.people import alternation

__all__ = ["RELATIONS", "for_asker", "joint_people", "joint_note"]

# one's own people, as applicants name them (kin, the workshop, friends); shared with chat/case/switches.py
RELATIONS = alternation("own")  # language/data/people.json, the same table the extractor reads
_PERSON = rf"(?:我的?|我家|俺)?(?:{RELATIONS})|(?:小|老|阿)[\u4e00-\u9fff](?=[和跟都一也俩])"
_APPLY = r"(?:报名|申报|报|申请|参评|评选|评|认定|推荐)(?![上过到的])"
_VERB = re.compile(_APPLY + r"$")
_JOINED = r"(?:一起|一块儿?|一道|一同|同时|都|俩|两个|两人|二人|共同|合起来|联合)"
# between the people and the applying verb only wanting, being able and going together ("想一块", "能不能一起"),
# so "我跟师傅学了十年能报吗" and "我跟老婆说我想报" join no one
_GAP = rf"(?:想|要|打算|准备|能|可以|能不能|可不可以|能否|是否|去|来|再|也|还|一起|{_JOINED}|\s)*"
# the asker joined with another person, or "we two", before applying; or a team or group as the applicant
_JOINT = re.compile(
    rf"(?:我|俺|本人){_GAP}(?:和|跟|同|与|带着?|连同)(?P<a>{_PERSON}){_GAP}{_APPLY}"
    rf"|(?P<b>{_PERSON})(?:和|跟|同|与)(?:我|俺){_GAP}{_APPLY}"
    rf"|我们(?P<two>两|俩|二)(?:个|口子)?(?:人)?{_GAP}{_APPLY}"
    rf"|(?:按|以|作为)(?:团队|集体|小组|项目组|班组|一个组)(?:的)?(?:名义)?(?:来)?{_APPLY}"
    rf"|(?:我们|咱们)?的?(?:(?:团队|项目组|小组|班组|组里|组)(?:[几两三四五六七八九十\d]+个人?)?|几个人?|[几两三四五六七八九十\d]+个人)"
    rf"{_GAP}(?:{_JOINED}|合起来|联合|集体){_GAP}{_APPLY}(?![上过到]|了[吗吧]?$|的)")
_BARE_KIN = re.compile(r"^(?:我的?|我家|俺)")


def joint_people(text: str) -> str | None:
    """Who the asker would apply together with ("徒弟", "老婆", "团队"), or None when the message asks for one person.
    "我跟单位说了要报" names no person; "我和徒弟都带过" applies for nothing."""
    m = _JOINT.search(text or "")
    if m is None:
        return None
    who = m.group("a") or m.group("b")
    return _BARE_KIN.sub("", who) if who else "另一位" if m.group("two") else "团队"


def joint_note(who: str) -> str:
    """What the answer says first: the silence on applying together, then whose case follows."""
    other = {"团队": "其他几位", "另一位": "另一位"}.get(who, f"您{who}")
    return (f"通知里没有写团队或几个人合在一起申报的办法，条件按每个人自己的情况核对，不能合在一起算。"
            f"下面先看您本人的情况；{other}的情况请之后单独告诉我，我再另外判断。")


def for_asker(text: str) -> str:
    """The message as the asker's own ask: each joint span ("我和我徒弟能一起报", "我们组三个人想一起报", "按团队报")
    said of the asker alone ("我能报"), so the facts and the programmes are read as the asker's and no other
    person's; the rest of the message is left as it is."""
    def one(m: re.Match) -> str:
        verb = _VERB.search(m.group(0)).group(0)
        return verb if m.group(0).startswith(("按", "以", "作为")) else f"我能{verb}"  # "能按团队报吗": 能报吗

    return _JOINT.sub(one, text)
