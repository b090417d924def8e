"""Manner, mode and channel an applicant's premise asserts beside a value ("两万奖金是分两年发的吧").

A premise is agreed with ("是的") only when every element it asserts agrees. The amount may match the notice
while the way it is paid does not: "分两年发" against "一次性奖励20000元" is a false premise, and "分三年给"
against "每人奖励 1万元" asserts something the notice does not state. Each family below lists members that
exclude one another; a family applies only where the question talks about its topic (a payment manner only
beside money), so "每年评两回" is no payment schedule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MANNER_FAMILIES", "manner_correction"]


@dataclass(frozen=True)
class MannerFamily:
    label: str            # how the answer names the family ("发放方式")
    topic: str            # the question must talk about this for the family to apply
    members: dict[str, str]  # member -> pattern; members exclude one another
    # When the quote names no member: True says the notice does not state it (the quote is about the topic, so
    # its silence is informative); False claims nothing (the notice may word the member in ways not listed).
    silence_informative: bool


# money: a prize word, an amount in 元/块, or a bare 万 that counts no people or characters ("那两万是逐年给的吧")
_PAY_TOPIC = (r"奖金|奖励|奖[0-9一二两三四五六七八九十]|[0-9一二两三四五六七八九十]+\s*(?:万|千)?\s*(?:元|块)"
              r"|[0-9一二两三四五六七八九十]+\s*万(?![字人名个])|钱|到账|发放")

MANNER_FAMILIES: tuple[MannerFamily, ...] = (
    MannerFamily("发放方式", _PAY_TOPIC, {
        "一次性": r"一次性|一次发|一次给|一次到账|一把",
        "分期": r"分(?:[两二三四五六七八九十几]|[0-9]{1,2}|多)?\s*(?:个)?(?:年|月|期|批|次|笔)|分期|按月|按年|按季度?|每个?月|逐年|逐月|陆续",
    }, True),
    MannerFamily("申报方式", r"报|申请|交|递", {
        "网上": r"网上|线上|在线|网络(?:申报|报名|提交)|(?:系统|平台|小程序|APP|app)(?:里|上)",
        "纸质": r"纸质|书面|现场(?:交|递|报)|窗口",
    }, False),
    # how experts or candidates are picked: drawn at random from a pool, or named by someone ("专家是人社厅点名指定的吧"
    # against "从…专家库中随机抽取产生评审专家")
    MannerFamily("产生方式", r"专家|评委|评审", {
        "随机": r"随机抽取|随机|抽签|摇号",
        "指定": r"(?<!未)指定|点名|内定|钦定|直接定|直接选|挑选|自己选|自己挑",
    }, False),
    MannerFamily("申报途径", r"报|推荐|推", {
        "个人直接": r"个人直接|本人直接|自己直接|直接自己|个人自己(?:报|申报|去报)|自己(?:去|在网上|网上)?报(?:名)?的?吧?$",
        "单位推荐": r"单位(?:推荐|申报|组织推荐|报送)|由单位|通过单位",
    }, False),
)


def _named(pattern: str, text: str) -> list[str]:
    return [m.group(0) for m in re.finditer(pattern, text or "")]


def manner_correction(question: str, quote: str) -> str | None:
    """The answer's first line when the question asserts a manner the quote contradicts (another member of the
    same family) or, for a family whose silence is informative, does not state; None when every asserted manner
    agrees or the question asserts none. Pure: reads only the two texts and the table."""
    for family in MANNER_FAMILIES:
        if not re.search(family.topic, question or ""):
            continue
        said = {m: _named(p, question) for m, p in family.members.items()}
        said = {m: w for m, w in said.items() if w}
        if not said:
            continue
        written = {m: _named(p, quote) for m, p in family.members.items()}
        written = {m: w for m, w in written.items() if w}
        if written and not set(written) & set(said):
            member = next(iter(written))
            return (f"不对，通知写的是“{written[member][0]}”，不是“{next(iter(said.values()))[0]}”："
                    "见下面的原文。")
        if not written and family.silence_informative:
            return (f"这一点通知没有写明：原文没有说{family.label}是“{next(iter(said.values()))[0]}”，"
                    "只写了下面的内容。")
    return None
