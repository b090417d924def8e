"""The offline composer: a 主要事迹 in the forms' register, from ranked facts, within the word limit.

The text opens with who the applicant is, then takes the strongest achievements first, grouping them by
kind with a lead-in that fits the kind (标准化 / 技术攻关 / AI / 人才培养 / 竞赛 / 荣誉 / 效益). Lead-ins vary
so that no two groups open alike. Only connectives are added; every fact comes from the facts, in the
user's wording. 首席技师's 汇总表 asks for "XXX 同志… 主要荣誉：被评为…", so there honours close the text.
"""

from __future__ import annotations

from assistant.drafting.material import Item, Material
from assistant.drafting.text import clause_prefixes, count_chars, safe_prefixes

__all__ = ["compose", "Composition", "LEADS"]

# Lead-ins by kind. Each ends with "，" so the fact that follows starts a clause of its own.
LEADS: dict[str, tuple[str, ...]] = {
    "standards": ("在标准化建设方面，", "围绕标准化建设，", "标准化工作中，"),
    "ai": ("在人工智能应用方面，", "紧跟人工智能技术发展，", "AI应用上，"),
    "innovation": ("在技术革新和攻关方面，", "立足岗位开展技术攻关，", "技术创新上，"),
    "digital": ("在数字化改革和智能制造中，", "推进数字化转型中，"),
    "transfer": ("在科技成果转化方面，", "推动成果转化，"),
    "knack": ("钻研技术技能，", "在操作技艺上，"),
    "method": ("在操作方法创新上，", "总结操作方法，"),
    "craft": ("在传统工艺领域，", "传承工艺技艺，"),
    "training": ("在人才培养方面，", "注重传帮带，", "人才培养上，"),
    "benefit": ("在经济和社会效益方面，", "效益方面，"),
    "competition": ("竞赛方面，", "在技能竞赛中，"),
    "honours": ("荣誉方面，", "所获荣誉方面，"),
    "other": ("在本职岗位上，", "此外，"),
}
# A fact that starts with one of these reads as a predicate, so "该同志" can stand before it.
_VERB_START = set("主参带攻研开牵负获打推完创建组设实解培编制承提优改构搭领帮指担为通利运以累先多曾共服协引独首率与联"
                  "发申授助作总探积长致坚针围依面立扎从用在被荣入当")
_HONOURS = {"award", "title"}


class Composition:
    """The chosen items (with the wording each got) and the text they make."""

    def __init__(self, material: Material, honours_last: bool) -> None:
        self.material = material
        self.honours_last = honours_last
        self.intro_parts = list(material.intro_parts)
        self.chosen: list[tuple[Item, str]] = []

    def render(self, chosen: list[tuple[Item, str]] | None = None) -> str:
        chosen = self.chosen if chosen is None else chosen
        subject = self.material.subject
        out = []
        if self.intro_parts:
            out.append(f"{subject}{'，'.join(self.intro_parts)}。")
        groups: dict[str, list[str]] = {}
        rank = {id(it): i for i, it in enumerate(self.material.items)}
        for item, wording in sorted(chosen, key=lambda c: rank.get(id(c[0]), 0)):  # strongest first, always
            key = "honours" if item.kind in _HONOURS else item.kind
            groups.setdefault(key, []).append(wording)
        tail = groups.pop("honours", None) if self.honours_last else None
        for n, (key, texts) in enumerate(groups.items()):
            sep = "；" if any("，" in t for t in texts) else "，"
            body = sep.join(texts)
            if not out:  # no intro: the first sentence names the applicant
                lead = subject if body[:1] in _VERB_START else f"{subject}，"
            else:
                leads = LEADS.get(key, LEADS["other"])
                lead = leads[0] if key == "other" else leads[n % len(leads)]  # "此外" cannot open the deeds
                if (n % 2 == 0 or key == "other") and body[:1] in _VERB_START:  # "在本职岗位上，该同志主导了…"
                    lead += "该同志"
            out.append(f"{lead}{body}。")
        if tail:
            lead = "主要荣誉：" if out else f"{subject}主要荣誉："
            out.append(lead + "；".join(tail) + "。")
        return "".join(out)

    def count(self, chosen: list[tuple[Item, str]] | None = None) -> int:
        return count_chars(self.render(chosen))


def compose(material: Material, limit: int, honours_last: bool = False) -> tuple[str, list[Item], list[Item]]:
    """Greedy fill: strongest items first, each whole if it fits, else its longest clause prefix that fits.

    Returns the text, the items used (whole or in part) and the items left out.
    """
    comp = Composition(material, honours_last)
    while comp.intro_parts and comp.count() > limit:  # an absurdly long identity: keep what fits
        comp.intro_parts.pop()
    # Whole items first, strongest first; then what is left, cut at a clause boundary, fills the rest.
    # A strong item that does not fit whole keeps its place if most of it fits (at a clause boundary).
    partial: dict[int, str] = {}
    for item in material.items:
        if _fits(comp, item, item.text, limit):
            continue
        for prefix in clause_prefixes(item.text):
            if len(prefix) * 2 >= len(item.text) and _fits(comp, item, prefix, limit):
                partial[id(item)] = prefix
                break
    for item in material.items:
        if any(item is c for c, _ in comp.chosen):
            continue
        wording = _fit(comp, item, limit)
        if wording is not None:
            comp.chosen.append((item, wording))
            partial[id(item)] = wording
    used = [it for it in material.items if any(it is c for c, _ in comp.chosen)]
    omitted = [it for it in material.items if id(it) in partial or not any(it is u for u in used)]
    text = comp.render()
    if count_chars(text) > limit:  # cannot happen with the checks above; never hand out an overlong draft
        raise AssertionError("composer exceeded the limit")
    return text, used, omitted


def _fits(comp: Composition, item: Item, wording: str, limit: int) -> bool:
    """Add ``item`` with ``wording`` if the text stays within the limit."""
    if comp.count(comp.chosen + [(item, wording)]) <= limit:
        comp.chosen.append((item, wording))
        return True
    return False


def _fit(comp: Composition, item: Item, limit: int) -> str | None:
    for prefix in clause_prefixes(item.text):
        if len(prefix) >= 4 and comp.count(comp.chosen + [(item, prefix)]) <= limit:
            return prefix
    # A cut mid-clause reads worse than leaving the item out, unless the text would stay too short.
    if comp.count() >= 0.85 * limit:
        return None
    cuts = safe_prefixes(item.text)
    room = limit - comp.count(comp.chosen + [(item, "")])  # characters left for the wording itself
    fitting = [c for c in cuts if count_chars(c) <= room]
    for cut in reversed(fitting):  # longest first; the separator may still tip it over, so verify
        if comp.count(comp.chosen + [(item, cut)]) <= limit:
            return cut
    return None
