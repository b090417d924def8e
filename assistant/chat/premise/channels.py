"""Ways and places of hand-in a premise asserts: the body papers go to ("交到市人社局的吧"), the form they take
(纸质, 电子版, 网上, 现场), a form said refused ("电子版不收的") or a paper said not needed ("原件不用给").

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_channels.py tests/chat/test_media_channel.py
"""

from __future__ import annotations

import re

from assistant.chat.premise.levels import _LEVEL, _LEVEL_FLOOR
from assistant.chat.premise.subjects import _without_identity

# Ways and places of submission: a premise naming one the clause does not name, while the clause names
# another, is wrong ("交到市人社局的吧" when the clause says 市总工会经济工作部).
PAPER_FORMS = ("纸质", "电子")  # the form papers take, wherever the quote says it ("均需纸质材料和电子文档各一份")
HANDED_IN = re.compile(r"报送|申报|上报|报至|送至|发送至|报市|报省|提交|报名|自荐|推荐|交")
CHANNELS: dict[str, tuple[str, ...]] = {
    "人社": ("人社", "人力社保", "人力资源和社会保障"),
    "总工会": ("总工会",),
    "经信": ("经信",),
    "协会": ("协会",),
    "纸质": ("纸质", "寄", "邮寄", "快递"),
    "电子": ("电子版", "电子文档", "邮箱", "发邮件", "邮件"),
    "现场": ("现场", "当面", "窗口", "柜台", "大厅", "上门", "跑一趟", "跑过去", "跑到", "亲自送", "送过去"),
    "网上": ("网上", "在线", "网站", "专栏", "http", "链接", "协作网"),
    "政府": ("人民政府", "市政府", "省政府", "设区市政府"),
}
# The press and broadcast, a channel only to the hand-in check below ("个人自荐是在杭州日报上报名的吧" against 职工技术协作网
# 专栏): not a CHANNELS row, whose words also pick sentences, strip queries and make the sides of a choice, where 电视
# and 报纸 are what a notice publicises through.
MEDIA = ("报纸", "日报", "晚报", "电视", "电台", "广播", "公众号", "微博", "抖音")
# a paper said not to be needed: the words of waiving, and 不 before a verb of handing a paper in, as a class ("纸质的就
# 不寄了", "原件不交了", "复印件就不附了")
# (not the 不 of asking either way: "原件交不交")
_WAIVE_WORDS = r"(?:不用|不需要|无需|不必|免|(?<![寄交送给递附供])不(?:寄|交|送|给|递|附|提供|上交|报送))"
_NOT_NEEDED = re.compile(rf"(纸质|电子版|原件|复印件|盖章|签字|签名)[^，,。；]{{0,4}}{_WAIVE_WORDS}"
                         r"|(?:不用|不需要|无需|不必|免)[^，,。；]{0,4}(纸质|电子版|原件|复印件|盖章|签字|签名)")
_COPIES = re.compile(r"一式[两二三四五]份")
_ONLY = re.compile(r"(?:只要|只需|只交|只用|光交|光要|仅需)[^，,。；]{0,4}?(纸质|电子)")


_ACTS = "负责|组织|部署|审核|审定|评审|复核|审查|推荐|报送|受理|批准|授予"


def category_pattern(question: str) -> tuple[str, str] | None:
    """("channel" | "level", a regex for sentences naming one of that kind) when the question asserts a
    submission channel or a skill level, else None."""
    from assistant.chat.routing import topic_only

    text = topic_only(question or "")
    if _LEVEL.search(text):
        return "level", _LEVEL_FLOOR.pattern
    if _channels(text) - {"纸质", "电子"}:
        words = "|".join(map(re.escape, sorted({w for name, ws in CHANNELS.items() if name not in ("纸质", "电子")
                                                for w in ws}, key=len, reverse=True)))
        # A body that acts ("省人力社保厅组织…", "由各市人力社保部门…负责", "报市人力社保局"), not a name line.
        return "channel", (rf"(?:{words})[^。；;]{{0,30}}?(?:{_ACTS})"
                           rf"|(?:报|送|交|至|由)[^，。；]{{0,4}}(?:{words})")
    return None


def strip_channels(text: str) -> str:
    """``text`` without the bodies and channels it names ("省总工会", "市人社局" …)."""
    words = sorted({w for ws in CHANNELS.values() for w in ws}, key=len, reverse=True)
    out = re.sub("|".join(map(re.escape, words)), " ", text or "")
    return re.sub(r"[省市区县]\s", " ", out)


def waived_item(question: str) -> str | None:
    """What a question supposes is not needed ("原件不用给", "不用单位盖章"), or None."""
    m = _NOT_NEEDED.search(question or "")
    return (m.group(1) or m.group(2)) if m else None


def _channels(text: str, media: bool = False) -> set[str]:
    found = {name for name, words in CHANNELS.items() if any(w in text for w in words)}
    return found | ({"媒体"} if media and any(w in text for w in MEDIA) else set())


# The forms a hand-in takes, and the words with which a premise says one is refused ("电子版不收的", "不接受邮寄",
# "网上报的不算"), as a class.
FORMS = {"电子": "电子版", "纸质": "纸质材料", "网上": "网上报名", "现场": "现场报送"}
# (not the A-not-A of asking: "电子版要不要", "邮寄的算不算")
_REFUSED = r"(?:(?<!收)不收|(?<!要)不要|(?<!接受)不接受|(?<!认)不认|(?<!算)不算|(?<!行)不行|没用|无效)"


def _refused_forms(text: str) -> set[str]:
    """The forms of hand-in ``text`` says are refused: a form's word and a refusing word in one clause, three
    characters apart at most (six when the form comes first: "网上报的听说不算")."""
    out = set()
    for clause in re.split(r"[，,。；;？?！!]", text or ""):
        for name in FORMS:
            for word in CHANNELS[name]:
                w = re.escape(word)
                if re.search(rf"{w}[^，,。；;]{{0,6}}?{_REFUSED}|{_REFUSED}[^，,。；;]{{0,3}}?{w}", clause):
                    out.add(name)
    return out


def _channel_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question says a form of hand-in the quote names is refused, names a route or body other than the
    quote's, says one form alone is enough where the quote wants both, or waives a paper the quote asks for."""
    # A route the quote names counts only in a stretch saying how things are handed in ("报送至…", "自荐报名"):
    # "通过省人力社保厅门户网站…向社会公示" is how a notice is published, no channel for papers.
    refused = _refused_forms(question)
    written = {c for c in _channels(quote) if c in PAPER_FORMS} | set().union(
        *(_channels(seg, media=True) for seg in re.split(r"[，,。；;]", quote) if HANDED_IN.search(seg)))
    if refused & written:  # "电子版不收的，对伐" where the notice has the papers sent as 电子版
        return f"不对，通知写的正是{FORMS[sorted(refused & written)[0]]}：见下面的原文。"
    # who the asker says they are ("我们是上城区人社局的，材料是报到市总工会的吧") is no route said for the papers
    said = _channels(_without_identity(question), media=True) - refused
    if said - written and written - said:
        return "不对，通知规定的报送方式或受理单位与您说的不同：见下面的原文。"
    only = _ONLY.search(question)
    if only:  # "只要电子版就行吧" (and "发个电子版到邮箱就行了吧", restated so: premise/given.py) where both are wanted
        said_form = "纸质" if only.group(1) == "纸质" else "电子"
        other = "电子" if said_form == "纸质" else "纸质"
        # copies counted ("申报表一式两份并电子档") are paper, whether or not 纸质 is written
        forms = {f for f in PAPER_FORMS if f in quote} | ({"纸质"} if _COPIES.search(quote) else set())
        if {other, said_form} <= forms:
            return f"不对，通知要求{other}和{said_form}的都要提供：见下面的原文。"
    waived = waived_item(question)
    if waived and waived[:2] in quote and "无需" not in quote:
        return f"不对，通知要求{waived}材料也要提供：见下面的原文。"
    return None
