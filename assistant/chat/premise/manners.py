"""Manner, mode and channel an applicant's premise asserts beside a value ("两万奖金是分两年发的吧").

A premise is agreed with ("是的") only when every element it asserts agrees. The amount may match the notice
while the way it is paid does not: "分两年发" against "一次性奖励20000元" is a false premise, and "分三年给"
against "每人奖励 1万元" asserts something the notice does not state. Each family below lists members that
exclude one another; a family applies only where the question talks about its topic (a payment manner only
beside money), so "每年评两回" is no payment schedule. A sum paid again and again ("每年还发一万块", "按月打到卡上")
against a sum the notice gives once with the title ("每人奖励 1万元并颁发证书") is false: the recurrence multiplies
the sum stated. The families are data (``manners.toml``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MANNER_FAMILIES", "manner_correction"]


@dataclass(frozen=True)
class MannerFamily:
    label: str            # how the answer names the family ("发放方式")
    topic: str            # the question must talk about this for the family to apply
    members: dict[str, str]  # member -> pattern; members exclude one another
    # When the quote names no member: True says the notice does not state it (the quote is about the topic, so
    # its silence is informative); False claims nothing (the notice may word the member in ways not listed).
    silence_informative: bool
    written: dict[str, str] = field(default_factory=dict)  # member -> pattern read in the quote instead
    contrary: str = ""    # the first line when the quote holds another member ({written}, {said})
    core: str = ""        # what of the question's match the answer names ("每年还发" -> 每年)


def _families() -> tuple[MannerFamily, ...]:
    """The families of ``manners.toml``, its vocabulary spliced into their topics ("<pay_topic>")."""
    table = tomllib.loads(Path(__file__).with_name("manners.toml").read_text(encoding="utf-8"))
    words = table["vocabulary"]
    spliced = lambda text: re.sub(r"<(\w+)>", lambda m: words[m.group(1)], text)  # noqa: E731
    return tuple(MannerFamily(row["label"], spliced(row["topic"]), dict(row["members"]), row["silence_informative"],
                              dict(row.get("written", {})), row.get("contrary", ""), row.get("core", ""))
                 for row in table["family"])


MANNER_FAMILIES: tuple[MannerFamily, ...] = _families()


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
        written = {m: _named(family.written.get(m, p), quote) for m, p in family.members.items()}
        written = {m: w for m, w in written.items() if w}
        if written and not set(written) & set(said):
            member = next(iter(written))
            asserted = next(iter(said.values()))[0]
            if family.contrary:
                core = re.search(family.core, asserted) if family.core else None
                return family.contrary.format(written=written[member][0], said=core.group(0) if core else asserted)
            return f"不对，通知写的是“{written[member][0]}”，不是“{asserted}”：见下面的原文。"
        if not written and family.silence_informative:
            asserted = next(iter(said.values()))[0]
            core = re.search(family.core, asserted) if family.core else None
            return (f"这一点通知没有写明：原文没有说{family.label}是“{core.group(0) if core else asserted}”，"
                    "只写了下面的内容。")
    return None
