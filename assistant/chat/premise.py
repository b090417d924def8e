"""Check the number a yes/no question takes for granted against the number the notice states.

"第四届要求在杭工作满两年对吧" claims 2 年; the clause says 1年 — the premise is false and the answer
says so, quoting the clause.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.chat.answer_types import holiday_words, holidays
from assistant.chat.doc_numbers import asserts_document, doc_correction
from assistant.chat.hedged import hedges, plain
from assistant.chat.manners import manner_correction
from assistant.chat.own_case import asker_is
from assistant.chat.premise_places import with_topic
from assistant.chat.tiers import exclusive, tier_correction
from assistant.extract.numbers import to_number
from assistant.notices.text import part_start, parts

__all__ = ["claims", "premise_check", "unstated_requirement", "strip_claims", "unit_pattern", "correction", "waived_item", "category_pattern",
           "strip_channels", "bypassed", "anyone_premise", "placings_said", "MEDALS",
           "LEVELS", "CHANNELS", "HANDED_IN",
           "CONTRASTS"]

_NUM = r"[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+"
_UNITS = {"年": "年", "周岁": "岁", "岁": "岁", "字": "字", "名": "名", "人": "名", "个月": "个月", "%": "%", "月": "月",
          "日": "日", "号": "日", "元": "元", "万元": "万元", "万块": "万元", "块": "元", "个工作日": "工作日",
          "工作日": "工作日", "天": "工作日", "个人": "名", "个": "名", "寸": "寸", "个字": "字",
          # the rest of the measure-word family: people counted with 位, units with 家, papers with 份, items with
          # 项, times with 次/回 ("一式三份", "评审专家有七位", "培育单位评30家", "每年评两回")
          "位": "名", "家": "名", "份": "份", "项": "项", "次": "次", "回": "次", "批": "批",
          # steps counted: "分三个环节", "四个阶段" ("按照…等四个环节进行")
          "个环节": "环节", "环节": "环节", "个阶段": "阶段", "阶段": "阶段", "个步骤": "步骤"}
# Not an ordinal: "第一名" ranks, it does not count.
# "四个环节", "三个阶段" count steps, not people: a bare 个 before such a noun is no count of 名; nor do "两个项目",
# "两个通知" (the programmes compared).
_CLAIM = re.compile(rf"(?<![第前])({_NUM})\s*(个月|周岁|万元|万块|个工作日|工作日|个人|个字|个环节|个阶段|个步骤|环节|阶段"
                    r"|年|岁|字|名|人|%|月|日|号|元|块|天"
                    r"|个(?!环节|阶段|步骤|程序|方面|领域|部门|条件|产业|集群|类|项目|通知|文件|荣誉|称号)|寸|位"
                    # "市人社局一家发的", "市总工会一家审定": a body acting alone, no count of units
                    r"|家(?![发定审评说做办管负组批出认])|份|项|次|回|批)")
# "奖金有5万" says 元 without saying it, when the sentence is about money.
_BARE_WAN = re.compile(rf"(?<!第)({_NUM})\s*万(?![元块人名个])")
_MONEY_WORDS = re.compile(r"奖金|奖励|津贴|补贴|钱|工资|奖(?=[0-9０-９一二两三四五六七八九十]+\s*万)")
# Amounts said in words: "占一半" is 50%, and so is the rest of the family that says half ("过半", "半数以上", "大半",
# "一多半"), the floor a premise sets; not 大半年 or 大半天 (a time), nor 多半 (probably).
_WORD_AMOUNTS = {"一半": (50.0, "%"), "半数": (50.0, "%"), "过半": (50.0, "%"), "一多半": (50.0, "%"), "大半": (50.0, "%")}
_WORD_AMOUNT = re.compile(r"一半|半数|过半|一多半|大半(?!年|天|个月|辈子|夜)")
_EVERY_YEAR = re.compile(r"每年")
# Shares said in words, the whole family: "四成", "三成五" (35%), "百分之四十", "三分之一", "四分之三". Not 成 that opens a
# word ("一成员", "三成为…", "成立", "成绩", "成果", "成本").
_SHARE = re.compile(rf"百分之\s*(?P<pct>{_NUM})|(?P<tenths>[一二两三四五六七八九]|[1-9])\s*成(?P<hundredths>[一二三四五六七八九](?![十百千]))?"
                    r"(?![员为立绩果本功熟型交])"
                    rf"|(?P<den>{_NUM})\s*分之\s*(?P<num>{_NUM})")


# What a sentence must hold to state a value in the same unit as a premise's.
UNIT_PATTERNS = {"年": r"年(?!\s*\d)", "岁": "周?岁", "字": "字", "名": "名|人|个|位|家", "个月": "个月",
                 "%": "%|％", "月": "月", "日": "[日号]", "元": "万?元", "万元": "万?元", "工作日": "个?工作日|天", "寸": "寸",
                 "份": "份", "项": "项", "次": "次|回", "批": "批", "环节": "个?环节", "阶段": "个?阶段", "步骤": "个?步骤"}
# The last digit of a number before its unit; not a document number's "〔2026〕10号", nor an ordinal "第一名".
_NUMERAL = r"(?<!〕)(?<!〕\d)(?<!〕\d\d)(?<!第)[0-9０-９一二两三四五六七八九十百千]\s*"


def unit_pattern(question: str) -> str | None:
    """A regex matching sentences that state a value in the unit the question asserts, or None."""
    units = list(dict.fromkeys(u for _, u in claims(question)))
    said = [f"{_NUMERAL}(?:{'|'.join(UNIT_PATTERNS[u] for u in units)})"] if units else []
    if _PLACING.search(placings_said(question)):  # "省技能大赛前三名…吧": the sentence stating a placing
        said.append(_PLACING.pattern)
    return "|".join(said) or None


def _value(token: str) -> float | None:
    return to_number(unicodedata.normalize("NFKC", token))


def claims(text: str) -> list[tuple[float, str]]:
    """(value, unit) pairs in ``text``; 人 counts as 名 and 周岁 as 岁."""
    return [(value, unit) for value, unit, _ in _claims_in_context(text)]


_DATE_CLAIM = re.compile(rf"(\d{{4}}\s*年\s*)?({_NUM})\s*月\s*(({_NUM})\s*[日号]|底|末|初)?")


def strip_claims(text: str) -> str:
    """``text`` without the values it asserts (dates, numbers with units)."""
    return _CLAIM.sub(" ", _DATE_CLAIM.sub(" ", text or ""))


def premise_check(question: str, quote: str) -> bool | None:
    """True if the question's numbers agree with the quote, False if a number with the same unit differs,
    None if the question makes no comparable numeric claim."""
    stated = _claims_in_context(quote, lists=True)
    verdict = None
    who = asker_is(question)  # "我们是滨江区总工会，…能推6个对吧": who asks is the subject of the count
    for value, unit, context in _claims_in_context(question):
        context = f"{who} {context}" if who else context
        same_unit = [(v, c) for v, u, c in stated if u == unit]
        if not same_unit:
            continue
        if value not in [v for v, _ in same_unit]:
            return False
        # agreement only with the value said of the same subject: "一共评30名" is not confirmed by "滨江区…推荐
        # 总数不超过30名" when the clause's other counts are as near; unsure, it says nothing
        scores = [(_same_subject(c, context), v) for v, c in same_unit]
        best = max(score for score, _ in scores)
        if len(same_unit) > 1 and not any(v == value and score == best and score > 0 for score, v in scores):
            return None
        verdict = True if verdict is None else verdict
    return verdict


# -- the sentence that confirms or corrects a premise -----------------------------------------------------
# A part of a month said for a day ("4月中旬", "7月底", "月初"), and the days it spans: a premise's part of the month
# that does not hold the day the notice states is wrong ("四月中旬前交都来得及吧" against 4月10日前); one that holds it is
# not ("3月底" against 3月31日).
MONTH_PARTS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20), "下旬": (21, 31), "底": (21, 31),
               "末": (21, 31)}
_MONTH_EDGE = re.compile(rf"({_NUM})\s*月份?\s*(上旬|中旬|下旬|底|末|初|中(?![国央华心级间]))")
_DAY = re.compile(rf"({_NUM})\s*月\s*({_NUM})\s*[日号]")
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
_ONLY = re.compile(r"(?:只要|只需|只交|只用|光交|光要|仅需)[^，,。；]{0,4}?(纸质|电子)")
# Mutually exclusive qualifiers: a premise with one where the clause has another is wrong.
CONTRASTS: tuple[tuple[str, ...], ...] = (
    ("团体", "个人"),
    ("高级工", "技师"),
    ("兼职", "全职"),
)
# the permission words are a class: 允许/准予 grant as 可以 does ("允许奖项空缺"), 不允许/禁止 bar as 不得 does
_NEGATIVE_RULE = re.compile(r"不作为|不得|不予|不能|不再|必须是|须是|不可|取消|不允许|禁止")
_POSITIVE_RULE = re.compile(r"可继续|也可|均可|可以|可不受|可申请|可推荐|(?<!不)允许|准予")
# not the 能 of "不能推荐" or "没能评上": that asks the negative
_ASKS_POSITIVE = re.compile(r"(也|还)?(?<![不没])(能|可以)(报|申报|参评|评|推|认定)|就能|就可以|也行")
_ASKS_NEGATIVE = re.compile(r"不能|不可以|不行|不得|不允许")


_YEAR = re.compile(r"(?<![0-9])(\d{4})\s*年")
_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")
_OWN = re.compile(r"(我|本人|俺|咱)[^，,。？?]{0,2}$")


def _asserted_year(question: str) -> str | None:
    """A calendar year the question asserts about the notice ("办法是2024年开始施行的吧"), not one of the
    asker's own ("我2024年拿的…")."""
    for m in _YEAR.finditer(question or ""):
        if not _OWN.search(question[:m.start()]):
            return m.group(1)
    return None


# Skill levels, lowest first: "要有高级技师证才能报" where the notice says 技师及以上 is a false premise.
LEVELS = ("初级工", "中级工", "高级工", "技师", "高级技师")
_LEVEL = re.compile("|".join(sorted(LEVELS, key=len, reverse=True)))
_LEVEL_FLOOR = re.compile(rf"({_LEVEL.pattern})[^，。；,;]{{0,12}}?(及以上|以上)")


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


# A clause's "不占 / 不受 / 不作为 / 不再" against a question that says the verb without the negation.
_NEGATED = re.compile(r"不(占|受|作为|再|需要|用交|予)[^，。；,;]{0,6}")
_NEGATED_SAID = re.compile(r"不(占|受|作为|再|需要|用|予)|无需|免")
_CAP = re.compile(r"上限|不能超过|不超过|不得超过|最多|以下|以内|之内|封顶")
_CAPPED = {"岁": "年龄", "年": "年限"}


_CLAUSE = re.compile(r"[，,；;。]")
_RECIPIENT = re.compile(r"\s*(?:对|向|给|为)(?!于)[\u4e00-\u9fff“”]{2,}")


def _said_of_another(context: str, quote: str, value: float, unit: str) -> str | None:
    """The clause of ``quote`` that speaks of the premise's subject when the asserted value is said of another
    subject there: two or more nouns of the premise's context that the value's own clause lacks are in another
    clause, which holds no value of that unit and none of the value's own subject's nouns ("对培育突出贡献单位颁发奖牌" beside "对突出贡献浙派工匠每人奖励
    1万元"). None otherwise."""
    clauses = [c for c in _CLAUSE.split(quote or "") if c.strip()]
    holding = [c for c in clauses if any(v == value and u == unit for v, u, _ in _claims_in_context(c))]
    if len(holding) != 1:
        return None
    asked = {w for w in _nouns(context) if len(w) > 1}
    extra = asked - _nouns(holding[0]) - {w for w in asked if w in holding[0]}
    # clauses in parallel, each opening with its recipient ("对突出贡献浙派工匠每人奖励 1万元…，对培育突出贡献单位颁发
    # 奖牌"): one noun of the premise's naming the other recipient is enough ("评上的单位也是奖一万块的吧")
    parallel = [c for c in clauses if _RECIPIENT.match(c)]
    least = 1 if holding[0] in parallel and len(parallel) > 1 else 2
    if len(extra) < least:
        return None
    # the clause of the premise's subject alone, not one naming both ("…工匠和培育…单位由省政府…颁发证书和奖金")
    theirs = {w for w in _nouns(holding[0]) if len(w) > 1} - asked
    found = sorted((sum(w in c for w in theirs), -sum(w in c for w in extra), i, c) for i, c in enumerate(clauses)
                   if c is not holding[0] and not any(u == unit for _, u, _ in _claims_in_context(c))
                   and sum(w in c for w in extra) >= least and (least == 2 or c in parallel))
    if found and 2 * found[0][0] < len(theirs):
        return found[0][3].strip()
    return None


def _loose_counts(question: str, quote: str, who: str | None) -> tuple[str, str | None]:
    """(the question, "不对，…") when a count it says loosely ("滨江区能推十来个吧") cannot be the value the quote
    states for the same subject; else (the question with each loose count that can be said as that value, None),
    so that "二十来个" beside a stated 20 名 agrees."""
    for h in reversed(hedges(question)):
        unit = _UNITS[h.unit]
        before = _CONTEXT_EDGE.split(question[max(0, h.start - 16):h.start])[-1]
        context = f"{who or ''} {before} {question[h.end:h.end + 6]}"
        stated = same_qualifier(context, [(v, c) for v, u, c in _claims_in_context(quote, lists=True) if u == unit],
                                lambda vc: vc[1])
        if not stated:
            continue
        said_as = f"{context} {' '.join(_notice_words(context))}"
        overlaps = sorted(((_same_subject(c, said_as), v) for v, c in stated), key=lambda o: -o[0])
        meant = len(overlaps) == 1 or overlaps[0][0] > overlaps[1][0]
        # a stated range ("一般10-20名") holds a loose count that meets it
        spans = {v: _range_of(quote, v, unit) or (v, v, _fmt(v, unit)) for _, v in overlaps}
        inside = [v for _, v in overlaps if h.low <= spans[v][1] and spans[v][0] <= h.high]
        if (meant and overlaps[0][1] not in inside) or not inside:
            value = overlaps[0][1] if meant or not inside else inside[0]
            return question, f"不对，通知写的不是{h.said}，而是{spans[value][2]}：见下面的原文。"
        if meant and spans[overlaps[0][1]][0] == spans[overlaps[0][1]][1]:
            question = f"{question[:h.start]}{_fmt(overlaps[0][1], '')}{h.unit}{question[h.end:]}"
        elif meant:  # within a range: said as the range's top, which the range check reads as within it
            question = f"{question[:h.start]}{_fmt(spans[overlaps[0][1]][1], '')}{h.unit}{question[h.end:]}"
    return question, None


def _is_share(quote: str, value: float, unit: str) -> bool:
    """Whether the quote's ``value unit`` qualifies a share ("40 周岁以下青年技能人才认定比例不低于 35%")."""
    for m in _CLAIM.finditer(quote or ""):
        if _value(m.group(1)) == value and _UNITS[m.group(2)] == unit:
            after = quote[m.end():m.end() + 16]
            return bool(re.search(r"比例|占", after.split("，")[0].split(",")[0]))
    return False


def strip_channels(text: str) -> str:
    """``text`` without the bodies and channels it names ("省总工会", "市人社局" …)."""
    words = sorted({w for ws in CHANNELS.values() for w in ws}, key=len, reverse=True)
    out = re.sub("|".join(map(re.escape, words)), " ", text or "")
    return re.sub(r"[省市区县]\s", " ", out)


# A step of the route the asker says can be skipped ("不用走单位", "不需要经过协会", "用不着单位推荐"), or a hand-in
# said as the asker's own ("个人直接交", "自己单独报", "我直接寄"), which skips the employer the route goes through.
# Each family: the words the question may use for the step, and the words a route sentence names it by.
BYPASSED: dict[str, tuple[str, str]] = {
    "单位": (r"单位|公司|厂里?|企业|用人单位|所在单位", r"推荐单位|所在单位|单位推荐|单位申报|单位组织|由单位|本单位|基层单位|单位民主推荐"),
    "行业协会": (r"协会|学会|社团", r"协会|学会|社会团体"),
    "区县": (r"区里|区县|县里|区总工会|县总工会|区人社|区上", r"区县|区、县|各区|县（市）|县\(市\)"),
    "市里": (r"市里|地市|设区市", r"各市|设区市|市人力社保部门"),
}
_SKIP = r"(?:不用|不需要|无需|不必|用不着|不经过|不通过|不用经过|不需要经过|绕过|绕开|跳过|不走|省掉|免了)"
_SKIP_VIA = r"(?:走|经过|通过|找|经|让|由|给)?"
# what a unit does that is no step of the route: "不用单位盖章" waives a seal (waived_item), not the unit
_NOT_A_STEP = r"(?:盖章|签字|签名|证明|意见|出具|公章|开证明)"
_OWN_HAND_IN = re.compile(r"(?:个人|自己|我|本人|自个儿?)[^，,。；？?]{0,3}(?:直接|单独|自己)[^，,。；？?]{0,6}"
                          r"(?:交|报|寄|送|递|发|提交|申报)")


def bypassed(question: str) -> list[str]:
    """The route steps a question says can be skipped ("不用走单位" -> 单位); a hand-in said as the asker's own
    ("个人直接交到市总工会就行") skips 单位 unless another step is named."""
    out = [name for name, (said, _) in BYPASSED.items()
           if re.search(f"{_SKIP}{_SKIP_VIA}[^，,。；？?]{{0,3}}?(?:{said})(?![^，,。；？?]{{0,2}}{_NOT_A_STEP})", question or "")]
    if not out and _OWN_HAND_IN.search(question or ""):
        out = ["单位"]
    return out


def _bypass_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question skips a step the quote's route goes through: "个人直接交给市总工会，不用走单位吧"
    against "请各推荐单位…报送至市总工会经济工作部"; "自由职业的不用经过协会吧" against "自由职业者应通过相应的行业协会
    组织进行推荐". Only a stretch of the quote that hands in or recommends counts as its route."""
    route = [seg for seg in parts(quote) if HANDED_IN.search(seg) or "通过" in seg]
    for name in bypassed(question):
        if any(re.search(BYPASSED[name][1], seg) for seg in route):
            return f"不对，按通知规定要经过{name}，不能由个人直接报送：见下面的原文。"
    return None


def waived_item(question: str) -> str | None:
    """What a question supposes is not needed ("原件不用给", "不用单位盖章"), or None."""
    m = _NOT_NEEDED.search(question or "")
    return (m.group(1) or m.group(2)) if m else None


def _pairs(text: str) -> set[str]:
    chars = [c for c in text if c.isalnum() and not c.isdigit()]
    return {a + b for a, b in zip(chars, chars[1:], strict=False)}


def _nouns(text: str) -> set[str]:
    """The nouns of ``text`` (jieba's n*, vn, and the notices' own terms, which it tags x)."""
    from assistant.retrieval.segment import tags

    tagged = tags(text)
    # the word a distributive or a numeral points at is its noun, whatever jieba tags it ("每个县": 县 zg)
    pointed = {w for (_, before), (w, _) in zip(tagged, tagged[1:], strict=False)
               if before in ("r", "m") and re.fullmatch(r"[\u4e00-\u9fff]+", w)}
    return pointed | {w for w, flag in tagged if flag.startswith("n") or flag == "vn"
                      or (flag == "x" and len(w) > 1 and w.isalnum())}


def _same_subject(a: str, b: str) -> int:
    """How strongly two stretches speak of the same thing: a shared noun outweighs shared verbs and adverbs
    ("培育单位每次评选50个" is about 单位, like "培育突出贡献单位 30个", not like "每次评选…工匠 50名"); a one-character
    noun said in the other stretch counts too ("每个区" is about the 区县 of "各区县(市)总工会推荐不超过 4 名")."""
    na, nb = _nouns(a), _nouns(b)
    inside = sum(1 for x, other in ((na, b), (nb, a)) for w in x if len(w) == 1 and w in other)
    # a noun within one of the notice's compound terms is shared too ("工作" of "在杭全职工作", which jieba's
    # dictionary keeps whole)
    shared = (na & nb) | {w for w in na if len(w) > 1 and any(w in v or v in w for v in nb if len(v) > 1)}
    # a place named on both sides is the most particular subject ("我们是西湖区总工会的…能推8个" is about the 西湖区
    # of "滨江区、西湖区、余杭区可推荐不超过 6 名", not the 区县 in general of "各区县(市)总工会…4 名")
    named = _places(a) & _places(b)
    return 3 * len(shared) + 3 * len(named) + len(_pairs(a) & _pairs(b)) + inside


def _act_fit(asked: str, stated: str) -> int:
    """How the act the asker counts fits the act a stated count is of: a count of those awarded ("认定名额30名") is
    the 认定 20 名's, not a body's 推荐名额 4 人 that shares the noun 名额: another act outweighs shared nouns (-8);
    the same act adds nothing, since the nouns still tell which count of the act ("培育单位每次评选50个" is the 单位' 30)."""
    said, there = _act(asked), _act(stated)
    return -8 if said is not None and there is not None and said != there else 0


# The acts a count is said of, as classes: those awarded or chosen, and those put forward.
_ACTS_COUNTED = {"award": re.compile(r"认定|评选|评出|评上|授予|表彰"), "put": re.compile(r"推荐|推|报送|上报|报")}


def _act(text: str) -> str | None:
    """The one act class ``text`` says a count of, or None when it says none or both."""
    found = [name for name, pattern in _ACTS_COUNTED.items() if pattern.search(text or "")]
    return found[0] if len(found) == 1 else None


def _notice_words(text: str) -> list[str]:
    """The notices' words for the asker's (``notices.vocabulary``: "年轻" -> 青年)."""
    from assistant.notices.vocabulary import expansions

    return expansions(text)


def _places(text: str) -> set[str]:
    from assistant.chat.premise_places import places

    return places(text)  # "在杭州" is the 在杭 of "在杭全职工作", "余杭区" the 余杭区 of a list of districts


_CONTEXT_EDGE = re.compile(r"[，。；,;：:、（）()]")
_NEXT_ITEM = re.compile(r"且|并且|或者|或|以及")
_NEXT_VALUE = re.compile(r"[0-9０-９]")
_NAME_PART = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[)）](?=[\u4e00-\u9fff])")
# a noun after "一个" that is no person: the one (district, unit …) a count is said of, not a count of people
_ARTICLE_NOUN = re.compile(r"(?!人)[\u4e00-\u9fff]{1,4}?(?:就|只|能|可以|最多|推|报|评|[，,？?吗])")


# a verb of choosing options just before a count ("只能选一个", "勾两项", "填一个"): the count is of options
# (not the selecting of people: "每次评选50个", "推选", "遴选")
_CHOOSING = re.compile(r"(?:(?<![评推遴])选|勾|挑|勾选|选择|打勾|填)(?:上|了|其中)?\s*$")
_FILLING = re.compile(r"(?:填|写)(?:上|了)?\s*$")
# A count said as a difference from another ("比一般的区多两个", "比上届少了一名", "多出两个", "还差两年", "比别的区多推两个"):
# the gap between two values, no value the notice states; the cap or floor said with 多/少 ("最多两个", "至少三年") is one.
_DIFFERENCE = re.compile(r"(?<![最至顶])(多|少|差)(?:推|报|评|招|给|发|交|写|填|认定)?(出|了)?\s*$")
_COMPARED = re.compile(r"比|相比|相较")


# a count right after "一次/一回" and a verb ("一次评50个", "一回就推两个"): the 一次 is per round, no count of rounds
_PER_TIME = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?:{_NUM})\s*(?:个|名|人|位|家|项|份)")


def _is_difference(before: str) -> bool:
    """Whether the words ``before`` a count make it a difference: 多/少/差 right before it, with 比 earlier in the
    clause, or said as a gap outright (多出, 少了, 差)."""
    m = _DIFFERENCE.search(before)
    if m is None:
        return False
    clause = _CONTEXT_EDGE.split(before)[-1]
    return bool(_COMPARED.search(clause) or m.group(2) or m.group(1) == "差")


_INSTALMENTS = re.compile(r"分\s*(?:[两二三四五六七八九十几]|[0-9]{1,2}|多)\s*(?:个)?\s*(?:年|期|批|次|笔|回)(?:发|给|付|拨|领|到账|打)")


def _claims_in_context(text: str, width: int = 8, lists: bool = False) -> list[tuple[float, str, str]]:
    """(value, unit, the words just before it) for each claim in ``text``: at least ``width`` characters,
    and back to the previous claim or punctuation mark ("各类协会推荐名额一般分别不超过 2 人")."""
    out = []
    previous_end = 0
    text = plain(_NAME_PART.sub("", text or ""))  # "十来个", "七八年": a count said loosely is a count too  # "各区县(市)总工会": a name's own bracket is no edge of its context
    # "分三年发", "分两次给": how a sum is paid (manners.py), no count of years or times the notice states
    text = _INSTALMENTS.sub(lambda m: " " * len(m.group(0)), text)
    for m in _CLAIM.finditer(text):
        value = _value(m.group(1))
        unit = _UNITS[m.group(2)]
        if m.group(1) == "一" and m.group(2) in ("个", "家", "位") and _ARTICLE_NOUN.match(text[m.end():]):
            continue  # "一个区县就只能报两个": 一个 before a noun says which one, it counts nothing
        if m.group(2) in ("次", "回") and value == 1 and _PER_TIME.match(text, m.end()):
            continue  # "培育单位一次评50个": 一次 says per round, the count is the 50 after it
        if _is_difference(text[max(0, m.start() - 30):m.start()]):
            continue  # "比一般的区多两个": a gap between two counts, not a count
        if m.group(2) == "号" and re.search(r"[路街道巷弄]\s*$", text[:m.start()]):
            continue  # "解放东路 18 号": a street number (IDENTIFIERS), no day of a month
        if m.group(2) in ("个", "项") and _CHOOSING.search(text[:m.start()]) \
                and not (m.group(2) == "项" and _FILLING.search(text[:m.start()])):
            # "企业类型只能选一个吗", "能勾两项吗": how many options a form's field takes, no count of people; but
            # "主要成果能填五项" counts the items written in a field, which a form states ("各不超过3项")
            continue
        if value is not None and unit == "万元":  # 两万块, 1万元 and 20000元 are one unit
            value, unit = value * 10000, "元"
        # A calendar year ("2021年") names an edition or a date, not a duration to compare.
        if value is not None and not (m.group(2) == "年" and value >= 1900):
            # with ``lists``, a 、 list before the number is its subject too ("滨江区、西湖区、余杭区可推荐不超过 6 名")
            edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start()) if not (lists and e.group(0) == "、")]
            start = max(previous_end, edges[-1] if edges else 0, m.start() - 30)
            # and the noun the count is of, after its measure word ("评50个单位" counts 单位, not 工匠)
            # up to a conjunction opening the next item ("5年以上且在杭全职…": 在杭 is the next value's subject)
            # and not into the next value ("认定50名数字工匠和10名提名奖": 50's noun is not 10's 提名)
            after = _NEXT_VALUE.split(_NEXT_ITEM.split(_CONTEXT_EDGE.split(text[m.end():m.end() + 6])[0])[0])[0]
            out.append((value, unit, text[min(start, max(0, m.start() - width)):m.start()] + " " + after))
        previous_end = m.end()
    if _MONEY_WORDS.search(text or ""):
        for m in _BARE_WAN.finditer(text):
            value = _value(m.group(1))
            if value is not None:
                out.append((value * 10000, "元", text[max(0, m.start() - width):m.start()]))
    out += [(1.0, "年", "每年") for _ in _EVERY_YEAR.finditer(text or "")]
    seen = set()
    for m in _WORD_AMOUNT.finditer(text or ""):  # "青年人才要占一半": its subject is the words before it, as for a share
        if m.group(0) in seen:
            continue
        seen.add(m.group(0))
        edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start())]
        start = min(max(edges[-1] if edges else 0, m.start() - 30), max(0, m.start() - width))
        out.append((*_WORD_AMOUNTS[m.group(0)], f"{text[start:m.start()]} {m.group(0)}"))
    for m in _SHARE.finditer(text or ""):
        share = _share(m)
        if share is not None:
            after = _NEXT_ITEM.split(_CONTEXT_EDGE.split(text[m.end():m.end() + 6])[0])[0]
            edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start())]
            start = min(max(edges[-1] if edges else 0, m.start() - 30), max(0, m.start() - width))
            out.append((share, "%", text[start:m.start()] + " " + after))
    return out


def _share(m: re.Match) -> float | None:
    """The percentage a share said in words stands for ("四成" 40, "三成五" 35, "百分之四十" 40, "三分之一" 33.3)."""
    if m.group("pct"):
        return _value(m.group("pct"))
    if m.group("tenths"):
        tenths, hundredths = _value(m.group("tenths")), _value(m.group("hundredths") or "零") or 0
        return None if tenths is None else tenths * 10 + hundredths
    den, num = _value(m.group("den")), _value(m.group("num"))
    return round(100 * num / den, 1) if den and num is not None and num <= den else None


# A placing in a contest: "第1名" ranks, "前3名" is any of the first three. Not counts (see _CLAIM).
# "进前三才行", "拿第一就能": a placing said without 名, before what the sentence goes on to say of it.
_PLACING = re.compile(rf"([第前])\s*({_NUM})\s*(?:名(?![额单])|(?=才|就|也|都|吧|吗|以内|[，,。？?！!]|$))")


# The words for a placing that name no number: a title or a medal is the place it stands for ("要拿冠军才算吧" asserts
# 第1名, "拿了铜牌也算吧" 第3名). Not 冠军 of a trade ("制造业单项冠军", "隐形冠军" are kinds of firm), nor 一等奖 (a
# grade of award, not a rank in a contest).
MEDALS = {"冠军": "第1名", "金牌": "第1名", "金奖": "第1名", "头名": "第1名", "亚军": "第2名", "银牌": "第2名",
          "银奖": "第2名", "季军": "第3名", "铜牌": "第3名", "铜奖": "第3名"}
_MEDAL = re.compile(rf"(?<!单项)(?<!隐形)(?<!销售)(?:{'|'.join(MEDALS)})")


_JOINED = "和及与"


def placings_said(text: str) -> str:
    """``text`` with each medal or title word written as the placing it stands for."""
    return _MEDAL.sub(lambda m: MEDALS[m.group(0)], text or "")


def _placings(text: str, width: int = 8) -> list[tuple[float, str, str, str, str]]:
    """(number, 第 or 前, the words just before it, the placing as written, its sentence up to it) for each
    placing in ``text``; a medal or title word counts as its placing."""
    text = placings_said(text)
    out = []
    for m in _PLACING.finditer(text or ""):
        value = _value(m.group(2))
        if value is not None:
            edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start())]
            start = max(edges[-1] if edges else 0, m.start() - 30)
            near = min(start, max(0, m.start() - width))
            # "世界技能大赛和国家级技能大赛的前3名": a placing shared by things joined with 和/及/与 is said of each of
            # them, so its own words reach back over the join to the clause's edge
            if near > start and text[near - 1] in _JOINED:
                near = start
            out.append((value, m.group(1), text[near:m.start()], m.group(0),
                        text[part_start(text, m.start()):m.start()]))
    return out


# Mutually exclusive qualifiers a value may be attached to in a notice: a rank limit differs per competition
# class and level, a quota per kind of recommending body. A stated value whose own words name another member
# of a family than the question's is another qualifier's value, whatever words the two stretches share
# ("国家二类技能竞赛前六名…吧" is checked against "二类技能竞赛前三名", not "国家一类技能竞赛中前六名").
QUALIFIER_FAMILIES: dict[str, dict[str, str]] = {
    "竞赛类别": {"一类": "一类", "二类": "二类", "三类": "三类"},
    "竞赛级别": {"世界": "世界", "国家": "国家|全国|国赛", "省": "省(?:级|里|内|技能|职业|一类|二类|赛)|省赛",
                 "市": "市(?:级|里|内|技能|职业|一类|二类|赛)|市赛"},
    "个人或团体": {"个人": "个人", "团体": "团体|集体"},
    "推荐单位": {"区县": "区|县", "产业工会": "产业工会", "主管部门": "主管部门", "协会": "协会|学会"},
}


def _qualifiers(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for family, members in QUALIFIER_FAMILIES.items():
        named = {m for m, pattern in members.items() if re.search(pattern, text or "")}
        if named:
            out[family] = named
    return out


def same_qualifier(asked_context: str, candidates: list, context_of, scope_of=None, strict: bool = False) -> list:
    """The candidates (stated values) not attached to another qualifier than the asker's: for each family the
    question names, a candidate naming members of it and none of the question's is dropped. A family the
    candidate's own words leave out is read in its ``scope`` (the sentence up to it: "省级一类技能竞赛前三名、二类技能
    竞赛第一名" — the 二类 item is 省级 too). All of them when that would leave none (the question's qualifier is
    not one the notice distinguishes), unless ``strict``: then none, the stretch being about other qualifiers only
    ("市级职业技能大赛第1名" says nothing of a 世界技能大赛 placing)."""
    asked = _qualifiers(asked_context)
    if not asked:
        return candidates

    def read(c) -> dict[str, set[str]]:
        own = _qualifiers(context_of(c))
        return {**(_qualifiers(scope_of(c)) if scope_of else {}), **own}

    kept = [c for c in candidates
            if not any(fam in q and not (q[fam] & named) for fam, named in asked.items() for q in [read(c)])]
    return kept if strict else (kept or candidates)


def _placing_correction(question: str, quote: str) -> str | None:
    """"省技能大赛前三名就能…吧" where the notice asks 省技能大赛的第1名: the placing said for the same contest
    decides. A 第N名 within a 前M名 (N <= M) satisfies it."""
    for value, kind, context, said, _ in _placings(question) if _placings(quote) else []:
        # a sentence whose placings are all another contest level's is no evidence against this one
        stated = same_qualifier(context, _placings(quote), lambda p: p[2], lambda p: p[4], strict=True)
        if not stated:
            continue
        overlaps = sorted(((len(_pairs(c) & _pairs(context)), v, k, t) for v, k, c, t, _ in stated), reverse=True)
        best = overlaps[0]
        meant = best[0] > 0 and (len(overlaps) == 1 or best[0] > overlaps[1][0])
        within = kind == "第" and best[2] == "前" and value <= best[1]
        # "国家级大赛得拿第1名才行吧" where the notice takes any of the 前3名: a placing within the notice's, said as the
        # only one that counts, is stricter than the rule
        narrower = (kind == "前" and best[2] == "前" and value < best[1]) or (within and value < best[1])
        if meant and narrower and exclusive(question):
            return f"不对，通知写的是{best[3]}，不必非得{said}：见下面的原文。"
        if meant and (best[1], best[2]) != (value, kind) and not within:
            return f"不对，通知写的不是{said}，而是{best[3]}：见下面的原文。"
    return None


def _other_level(question: str, quote: str) -> bool:
    """Whether every placing the question asserts is of a contest level the quote's placings are not: the sentence
    is about another contest ("市级职业技能大赛第1名" for "省技能大赛得拿第1名吧"), no evidence on the asked one's
    level or place."""
    asked, stated = _placings(question), _placings(quote)
    return bool(asked and stated) and all(
        not same_qualifier(context, stated, lambda p: p[2], lambda p: p[4], strict=True)
        for _, _, context, _, _ in asked)


def _placing_agrees(question: str, quote: str) -> bool:
    """Whether every placing the question asserts is the one the quote states for the same qualifier."""
    asserted = _placings(question)
    if not asserted or not _placings(quote) or _other_level(question, quote):
        return False
    for value, kind, context, _, _ in asserted:
        stated = same_qualifier(context, _placings(quote), lambda p: p[2], lambda p: p[4])
        overlaps = sorted(((len(_pairs(c) & _pairs(context)), v, k) for v, k, c, _, _ in stated), reverse=True)
        best = overlaps[0]
        meant = best[0] > 0 and (len(overlaps) == 1 or best[0] > overlaps[1][0])
        if not (meant and ((best[1], best[2]) == (value, kind) or (kind == "第" and best[2] == "前"
                                                                   and value <= best[1]))):
            return False
        if meant and (best[1], best[2]) != (value, kind) and exclusive(question):
            return False  # "得拿第1名才行" is no agreement with 前3名
    return True


_RANGE = re.compile(rf"({_NUM})\s*[-—–～~至到]\s*({_NUM})\s*(个月|周岁|万元|个工作日|工作日|个人|年|岁|字|名|人|%|个|位|家|元|天)")


def _range_of(quote: str, value: float, unit: str) -> tuple[float, float, str] | None:
    """(low, high, as written) of a range in ``quote`` ending on ``value`` in ``unit`` ("10-20名"), or None."""
    for m in _RANGE.finditer(quote or ""):
        low, high = _value(m.group(1)), _value(m.group(2))
        if high == value and low is not None and _UNITS.get(m.group(3)) == unit:
            return low, high, re.sub(r"\s+", "", m.group(0))
    return None


def _fmt(value: float, unit: str) -> str:
    return f"{value:g}{unit}"


def _channels(text: str, media: bool = False) -> set[str]:
    found = {name for name, words in CHANNELS.items() if any(w in text for w in words)}
    return found | ({"媒体"} if media and any(w in text for w in MEDIA) else set())


# The forms a hand-in takes, and the words with which a premise says one is refused ("电子版不收的", "不接受邮寄",
# "网上报的不算"), as a class.
FORMS = {"电子": "电子版", "纸质": "纸质材料", "网上": "网上报名", "现场": "现场报送"}
# (not the A-not-A of asking: "电子版要不要", "邮寄的算不算")
_REFUSED = r"(?:(?<!收)不收|(?<!要)不要|(?<!接受)不接受|(?<!认)不认|(?<!算)不算|(?<!行)不行|没用|无效)"


def _without_identity(text: str) -> str:
    """``text`` without the clauses in which the asker says what they are ("我们是上城区人社局的")."""
    from assistant.chat.own_case import opens_with_self

    return "".join(c for c in _CLAUSE_KEEP.findall(text or "") if not (opens_with_self(c) and asker_is(c)))


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


# A holiday said for a date ("国庆节开的吧"), with its month where it is fixed: the answer-type table's holidays.
_HOLIDAYS = holidays()
_HOLIDAY = re.compile(f"({holiday_words()})节?")
_MONTH = re.compile(r"(\d{1,2})\s*月")


def _holiday_correction(question: str, quote: str) -> str | None:
    """"发布会是国庆节开的吧" against "于2023年五一节召开…": a different holiday, or a month the holiday is not in."""
    said = _HOLIDAY.search(question)
    if not said:
        return None
    written = _HOLIDAY.search(quote)
    if written:
        same = written.group(1) == said.group(1) or {written.group(1), said.group(1)} <= {"五一", "劳动节"}
        return None if same else f"不对，通知写的不是{said.group(0)}，而是{written.group(0)}：见下面的原文。"
    month, at = _HOLIDAYS[said.group(1)], _MONTH.search(quote)
    if month and at and int(at.group(1)) != month:
        return f"不对，通知写的不是{said.group(0)}（{month}月），而是{at.group(0)}：见下面的原文。"
    return None


# Identifiers a premise may get wrong: an e-mail address, a phone number, a room of an address. One of a kind
# in the question that the quote gives differently is corrected with the quote's ("发到szjjtu@163.com对吧"
# where the notice says szjjtu@vip.163.com).
IDENTIFIERS = {
    "邮箱": re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    "电话": re.compile(r"(?<![0-9-])(?:0\d{2,3}-?)?\d{7,8}(?![0-9])|(?<![0-9])1[3-9]\d{9}(?![0-9])"),
    "房间号": re.compile(r"(\d{2,5})\s*(?=室|房间)"),
    # the building of an address ("市民中心 D 座"), and its street number ("解放东路 18 号")
    "楼座": re.compile(r"(?<![A-Za-z])[A-Za-zＡ-Ｚａ-ｚ]\s*(?=座)"),
    "门牌号": re.compile(r"(?<=[路街道巷])\s*\d{1,4}\s*(?=号)"),
}


def _identifier_correction(question: str, quote: str) -> str | None:
    for kind, pattern in IDENTIFIERS.items():
        asked = {m.group(0).strip().lower(): m.group(0).strip() for m in pattern.finditer(question)}
        written = [m.group(0).strip() for m in pattern.finditer(quote)]
        if asked and written and not set(asked) & {w.lower() for w in written}:
            return f"不对，通知写的{kind}不是{asked[sorted(asked)[0]]}，而是{written[0]}：见下面的原文。"
    return None


# A year's end said for a date ("2017年年底前搞完的吧") where the clause gives a month of that year.
_YEAR_END = re.compile(r"(\d{4})\s*年\s*(?:的\s*)?年?(底|末)")
_MONTH_OF = re.compile(rf"(\d{{4}})\s*年\s*({_NUM})\s*月\s*(?:({_NUM})\s*[日号]|底|末|初)?")


# A part of a year said for a date ("上半年就截止了吧", "年底前报就行吧"), and the months it spans
YEAR_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "年初": (1, 2), "年中": (6, 7), "年底": (12, 12), "年末": (12, 12)}
_YEAR_PART = re.compile(r"(?<![0-9０-９一二三四五六七八九十零〇]年)(?<!每年)(?<!每)(上半年|下半年|年初|年中|年底|年末)")


def _year_part_correction(question: str, quote: str) -> str | None:
    """"不对，…" when a part of a year the question says for a date ("首届杭州工匠年底前报就行吧") does not hold the
    month of the day the quote states (9月30日); None when the question names a month itself, or the quote no day."""
    said, day = _YEAR_PART.search(question or ""), _DAY.search(quote or "")
    if not said or not day or _MONTH_ANY.search(question):
        return None
    first, last = YEAR_PARTS[said.group(1)]
    if not first <= (_value(day.group(1)) or 0) <= last:
        stated = "".join(day.group(0).split())
        return f"不对，通知写的不是{said.group(1)}，而是{stated}：见下面的原文。"
    return None


_MONTH_ANY = re.compile(rf"({_NUM})\s*月")


def _year_end_correction(question: str, quote: str) -> str | None:
    said = _YEAR_END.search(question)
    if not said:
        return _year_part_correction(question, quote)
    for m in _MONTH_OF.finditer(quote):
        if m.group(1) == said.group(1) and _value(m.group(2)) != 12:
            return f"不对，通知写的不是{said.group(0)}，而是{m.group(0)}：见下面的原文。"
    return None


# A step or paper the asker supposes can be left out ("不用公示吧", "自己不用准备啥材料", "不用搞民主推荐吧", "不用别的
# 条件吧"): the words after the waiving verb, up to the clause's end or its question particle. And one thing said to
# be enough ("只要交个推荐表就行了吧", "光有单位推荐就够了吧"): the words between 只要 and 就行.
_WAIVING = re.compile(r"(?:不用|不需要|不需|不要|无需|不必|用不着|省掉|免了)(?:再|还|额外|另外|专门|去)?"
                      r"([^，,。；;？?！!]{1,10}?)(?:了吧|了吗|吧|吗|么|呢|[，,。；;？?！!]|$)")
_ENOUGH = re.compile(r"(?:只要|只需要?|只用|只|光|仅仅?|单单)(?:交|报|填|提供|准备|有|经过|走|靠)?(?:个|一份|一张|一个)?"
                     r"([^，,。；;？?！!就]{2,10}?)(?:就行|就可以|就够|就完事|就好|就成|就能|就得了|便可)")
# words of such a stretch that name no step or paper: the asker's verbs of doing and their pronouns
_NO_STEP = frozenset({"准备", "自己", "我们", "本人", "个人", "东西", "什么", "别的", "其他", "其它", "另外", "额外",
                      "手续", "一下", "这个", "那个", "这些", "那些", "还要", "需要", "一定", "专门", "操心", "管"})
_WAIVED_IN_QUOTE = re.compile(r"无需|不用|不需|不必|免|不得|不予|不作为|不再")
_LISTING = re.compile(r"、|和|及|连同|以及|并|同时")


def _step_words(stretch: str) -> list[str]:
    from assistant.retrieval.segment import segmenter

    return [w for w in segmenter().lcut(stretch) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
            and w not in _NO_STEP]


def _step_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question supposes a step or a paper can be left out and the quote requires it ("首席技师不用
    公示吧" against "确定申报人选时应…进行公示"), or supposes one thing is enough where the quote lists it with
    others ("只要交个推荐表就行了吧" against "将《推荐表》和汇总表、申报支撑材料…报送"). A stretch of the quote
    saying the thing is waived ("可通过网上校验的无需提供") requires nothing."""
    # a bracketed exception ("（可通过网上校验的无需提供）") waives only what it names, not its sentence's list
    bare = re.sub(r"[（(][^（()）]*[）)]", lambda m: "" if _WAIVED_IN_QUOTE.search(m.group(0)) else m.group(0), quote or "")
    segments = [seg for seg in re.split(r"[，,。；;]", bare) if seg]
    for m in _WAIVING.finditer(question):
        # the thing after the verb ("不用公示"), or, when that is only a verb ("不需要交了吧"), before it in its clause
        # ("荣誉证书复印件不需要交了吧", "公示那一步不用做了吧")
        words = _step_words(m.group(1)) or _step_words(re.split(r"[，,。；;？?！!]", question[:m.start()])[-1])
        for word in words:
            if any(word in seg and not _WAIVED_IN_QUOTE.search(seg) for seg in segments):
                return f"不对，通知对{word}有明确要求，不能省：见下面的原文。"
    enough = _ENOUGH.search(question)
    if enough:
        for word in _step_words(enough.group(1)):
            if any(word in seg and _LISTING.search(seg) and not _WAIVED_IN_QUOTE.search(seg) for seg in segments):
                return f"不对，通知要求的不只是{word}：见下面的原文。"
    return None


def _rule_stretch(question: str) -> str:
    """``question`` without the clauses telling the asker's own case ("我今年56岁，杭州工匠要求55岁以下，我超了对吧"
    -> "杭州工匠要求55岁以下"), when what is left still asserts a value in the unit those clauses do: the asker's
    age or years are what the rule is applied to, not the rule asserted. Unchanged when only the asker's clauses
    hold values ("我们区能推8个对吧")."""
    from assistant.chat.own_case import opens_with_self

    clauses = _CLAUSE_KEEP.findall(question or "")
    own = [c for c in clauses if opens_with_self(c) and claims(c)]
    rest = "".join(c for c in clauses if c not in own)
    if not own or not {u for _, u in claims(rest)} & {u for c in own for _, u in claims(c)}:
        return question
    return rest


_CLAUSE_KEEP = re.compile(r"[^，,；;。？?！!]+[，,；;。？?！!]*")


# A stage stated as a span of months ("宣传阶段（2022年12月—2023年5月）", "2022年12月至2023年3月31日"), and a premise on
# when such a stage starts ("5月份才开始搞的吧", "从3月开始的对吧") or ends ("到6月才结束吧", "4月就搞完了吧"): a month
# inside the span is still a wrong start or end, which the value check cannot see (the span holds that month).
_SPAN = re.compile(rf"(?:(\d{{4}})\s*年\s*)?({_NUM})\s*月[^，。；、（）()]{{0,4}}?[—\-－–~～至到]\s*(?:(\d{{4}})\s*年\s*)?({_NUM})\s*月")
_STARTS_AT = re.compile(rf"(?:(?:从|自)\s*)?(?:\d{{2,4}}\s*年\s*)?({_NUM})\s*月份?(?:初|中|底|末)?[^，,。？?]{{0,4}}?(?:才|就)?"
                        r"(?:开始|启动|开展|(?<=[月份初中底末])起(?!码))")
_ENDS_AT = re.compile(rf"(?:到|至)?\s*(?:\d{{2,4}}\s*年\s*)?({_NUM})\s*月份?(?:初|中|底|末)?[^，,。？?]{{0,4}}?(?:才|就)?"
                      r"(?:结束|完成|截止|搞完|弄完|做完|完事|收尾|止)")


# The right number in the wrong unit: "公示是5天对吧" where the notice says 5个工作日 (a week, not five days)
_DAYS_SAID = re.compile(rf"({_NUM})\s*(?:个)?(?:天|自然日)")
_WORKDAYS_SAID = re.compile(rf"(?:不少于|不超过|不低于)?\s*({_NUM})\s*个?\s*工作日")


def _workday_correction(question: str, quote: str) -> str | None:
    """"不对，…是工作日" when the question counts in days the number the quote counts in working days."""
    if "工作日" in question:
        return None
    days, workdays = _DAYS_SAID.search(question or ""), _WORKDAYS_SAID.search(quote or "")
    if days and workdays and _value(days.group(1)) == _value(workdays.group(1)):
        stated, said = re.sub(r"\s", "", workdays.group(0)), re.sub(r"[\s个]", "", days.group(0))
        return f"不对，通知写的是{stated}，按工作日算，不是{said}（自然日）：见下面的原文。"
    return None


def _span_edge_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question puts a stage's start or end in another month than the span the quote states."""
    span = _SPAN.search(quote or "")
    if span is None:
        return None
    y1, m1, y2, m2 = span.group(1), _value(span.group(2)), span.group(3) or span.group(1), _value(span.group(4))
    stated = re.sub(r"\s", "", span.group(0))
    start, end = _STARTS_AT.search(question or ""), _ENDS_AT.search(question or "")
    if start and _value(start.group(1)) not in (None, m1):
        begun = f"{y1}年{int(m1)}月" if y1 else f"{int(m1)}月"
        return f"不对，不是{int(_value(start.group(1)))}月才开始，通知写的是{stated}，{begun}就开始了：见下面的原文。"
    if end and _value(end.group(1)) not in (None, m2):
        over = f"{y2}年{int(m2)}月" if y2 else f"{int(m2)}月"
        return f"不对，不是{int(_value(end.group(1)))}月结束，通知写的是{stated}，到{over}：见下面的原文。"
    return None


def correction(question: str, quote: str) -> str | None:
    """The first sentence of an answer to a yes/no question that takes something for granted: "不对，…" when
    the quoted clause says otherwise (a number, a date, a channel, a qualifier, a yes/no rule), "是的，…" when
    it agrees, None when the question asserts nothing the quote can settle."""
    from assistant.chat.routing import topic_only

    if asserts_document(question):  # "是杭人社发〔2021〕96号吧": a document number, no day of a month nor a count
        return doc_correction(question, quote)  # the title as asked ("《首席技师评选管理办法》"), programme name and all
    question = topic_only(question)  # "首席技师" names the programme; it is no claim about 技师
    placing = (_placing_correction(question, quote) or _span_edge_correction(question, quote)
               or _workday_correction(question, quote)
               or (None if _other_level(question, quote) else tier_correction(_without_identity(question), quote)))
    if placing:  # a stage's start or end checked against the whole span, before its months are checked one by one
        return placing
    # "我们是市里的产业工会，…也能推6个吧": who the asker is, is the subject of the number they claim
    who = asker_is(question)
    question = _rule_stretch(question)
    question, loose = _loose_counts(question, quote, who)
    if loose:
        return loose
    for value, unit, context in _claims_in_context(question):
        context = f"{who} {context}" if who else context
        # "余杭区数字经济体量大，第四届能往上推8个人": the place the question opens with is what its count is said of
        context = with_topic(question, context, claims)
        same_unit = same_qualifier(context, [(v, c) for v, u, c in _claims_in_context(quote, lists=True) if u == unit],
                                   lambda vc: vc[1])
        if not same_unit:
            continue
        # "在杭工作满两年" is about the 在杭 years, not the 5 years in the field: the nearest context wins.
        # on a tie the rule stated first (the general one, before "其中…" exceptions) is the one meant
        # the asker's words for the subject read in the notices' words too ("年轻人" is the notices' 青年)
        said_as = f"{context} {' '.join(_notice_words(context))}"
        overlaps = sorted(((_same_subject(c, said_as) + _act_fit(context, c), v) for v, c in same_unit),
                          key=lambda o: -o[0])
        stated_value = overlaps[0][1]
        # "协会能推4个人" where the clause gives 区县 4 人 and 协会 2 人: the value said for the same subject
        # decides, not any equal value elsewhere in the clause.
        meant = overlaps[0][0] > 0 and (len(overlaps) == 1 or overlaps[0][0] > overlaps[1][0])
        # "是不是每个区只能推3个人" where 3 名 is said of 产业工会 and 区县 get 4: the equal value is another subject's
        elsewhere = value in [v for _, v in overlaps] and overlaps[0][0] > max(o for o, v in overlaps if v == value)
        if elsewhere:
            stated_value, meant = overlaps[0][1], True
        if _CAP.search(question) and unit in ("岁", "年") and _is_share(quote, stated_value, unit) \
                and not any(u == "%" for _, u in claims(question)):  # "40岁以下的占比不低于五成": the share is asserted
            # "不能超过50岁吧" where the notice's 40 周岁 only marks a share ("40 周岁以下…比例不低于 35%")
            return f"不对，通知没有规定这样的{_CAPPED[unit]}限制，{_fmt(stated_value, unit)}只是认定比例的口径：见下面的原文。"
        if value not in [v for v, _ in same_unit] or (meant and stated_value != value):
            span = _range_of(quote, stated_value, unit)  # "推荐人数一般10-20名": the range is what is stated
            if span is None:
                return f"不对，通知写的不是{_fmt(value, unit)}，而是{_fmt(stated_value, unit)}：见下面的原文。"
            said = _RANGE.search(question)  # "一般推5到10个人": a range asserted is checked whole
            if said and (_value(said.group(1)), _value(said.group(2))) != span[:2]:
                asserted = "".join(said.group(0).split())
                return f"不对，通知写的不是{asserted}，而是{span[2]}：见下面的原文。"
            if not span[0] <= value <= span[1]:
                return f"不对，通知写的不是{_fmt(value, unit)}，而是{span[2]}：见下面的原文。"
        other = _said_of_another(context, quote, value, unit)
        if other:  # "培育单位也一样奖励1万块的吧" where 1万元 is each 工匠's and the units get "颁发奖牌"
            return f"不对，通知里的{_fmt(value, unit)}说的不是这一对象，对它写的是“{other}”：见下面的原文。"
    for other in (_holiday_correction, _identifier_correction, _year_end_correction):
        said = other(question, quote)
        if said:
            return said
    edge, day = _MONTH_EDGE.search(question), _DAY.search(quote)
    if edge and day and _value(edge.group(1)) == _value(day.group(1)):
        first, last = MONTH_PARTS[edge.group(2)]
        if not first <= (_value(day.group(2)) or 0) <= last:
            return f"不对，通知写的不是{edge.group(0)}，而是{day.group(0)}：见下面的原文。"
    year = _asserted_year(question)
    dated = _FULL_DATE.search(quote)
    if year and dated and year not in _YEAR.findall(quote):
        return f"不对，通知写的不是{year}年，而是{dated.group(0)}：见下面的原文。"
    skipped = _bypass_correction(question, quote)
    if skipped:
        return skipped
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
    if only:  # "只要电子版就行吧" where the notice wants 纸质 and 电子 both
        said_form = "纸质" if only.group(1) == "纸质" else "电子"
        other = "电子" if said_form == "纸质" else "纸质"
        if other in quote and said_form in quote:
            return f"不对，通知要求{other}和{said_form}的都要提供：见下面的原文。"
    waived = waived_item(question)
    if waived and waived[:2] in quote and "无需" not in quote:
        return f"不对，通知要求{waived}材料也要提供：见下面的原文。"
    step = _step_correction(question, quote)
    if step:
        return step
    for m in _NEGATED.finditer(quote):
        verb = m.group(1)
        at = question.find(verb)
        if at > 0 and question[at - 1] not in "不无免" and not _NEGATED_SAID.search(question):
            # "直接认定的也要占推荐名额吧" where the clause says "不占推荐名额"
            return f"不对，通知写的是“{m.group(0)}”：见下面的原文。"
    # the level the premise asserts: its own floor when it states one ("要求高级技师以上证书"), else the level it names
    said_floor = _LEVEL_FLOOR.search(question)
    said_level = said_floor.group(1) if said_floor else (_LEVEL.search(question) or [None])[0]
    floor = _LEVEL_FLOOR.search(quote)
    if said_level and floor and said_level != floor.group(1):
        if LEVELS.index(said_level) < LEVELS.index(floor.group(1)):  # "浙派工匠技师以上就可以报了吧": below the floor
            return f"不对，通知写的是“{floor.group(1)}{floor.group(2)}”，“{said_level}”还不够：见下面的原文。"
        return f"不对，通知写的是“{floor.group(1)}{floor.group(2)}”，不是非要“{said_level}”：见下面的原文。"
    manner = manner_correction(question, quote)  # "两万是分两年发的吧" where the notice says 一次性
    if manner:
        return manner
    for group in CONTRASTS:
        said_q = [w for w in group if w in question]
        said_c = [w for w in group if w in quote]
        if said_q and said_c and not set(said_q) & set(said_c):
            return f"不对，通知写的是“{said_c[0]}”，不是“{said_q[0]}”：见下面的原文。"
    anyone = _anyone_correction(question, quote)
    if anyone:  # "只有本单位的职工能提异议吧" against "任何组织和个人均可提出异议"
        return anyone
    absent = _absent_member(question, quote)
    if absent:  # "专家里没有主管部门的人吧" against a list of who the panel is made of, naming them
        return f"不对，通知列的人员里有“{absent}”方面的：见下面的原文。"
    only = _only_kind(question, quote)
    if only:  # "评委应该都是大学里的教授吧" against a list of who the panel is made of, naming no 教授
        return f"不对，通知没有写都是“{only}”，它列的是好几方面的人员：见下面的原文。"
    if _ASKS_POSITIVE.search(question) and _NEGATIVE_RULE.search(quote) and not _POSITIVE_RULE.search(quote):
        return "不对，按通知规定不可以：见下面的原文。"
    if _ASKS_NEGATIVE.search(question) and _POSITIVE_RULE.search(quote) and not _NEGATIVE_RULE.search(quote):
        return "不对，按通知规定是可以的：见下面的原文。"
    if premise_check(question, quote) or (not claims(question) and _placing_agrees(question, quote)):
        extra = unstated_requirement(question, quote)
        if extra:  # "在杭全职工作1年以上，还得是党员对吧": one value agrees, the added requirement is nowhere
            return f"不对，通知没有写明“{extra}”这一要求（其余与通知一致）：见下面的原文。"
        return "是的，与通知规定一致。"
    return None


# "都是/全是/只有/清一色 X" said of who or what a group is: an exclusive kind the premise asserts
_ONLY_KIND = re.compile(r"(?:都|全|全部|清一色|只)(?:是|得是|要是|能是|有)([^，,。？?！!]{2,14}?)(?:吧|吗|对吧|是吧|嘛|呢|\s*$)")


def _only_kind(question: str, quote: str) -> str | None:
    """The kind a premise says a group is made of only ("都是大学里的教授"), when the quote lists the group's members
    (a list with 、) and names none of the kind's words; None otherwise."""
    m = _ONLY_KIND.search(question or "")
    if not m or "、" not in (quote or ""):
        return None
    kind = m.group(1).strip()
    # "阿里的专家": the qualifier decides, since the list may well hold the head noun (知名专家)
    words = _step_words(kind.rsplit("的", 1)[0] if "的" in kind else kind)
    if not words or any(w in quote for w in words):
        return None
    return kind


# A member a premise says a group lacks ("没有主管部门的人", "不包括协会的代表", "媒体的人不参加"): the words of
# absence, as a class, and what follows the member named (people of it, taking part, being in it).
_ABSENT = re.compile(r"(?:没有|没|不包括|不包含|不含|不算上?)(?P<who>[^，,。？?！!、]{2,10}?)"
                     r"(?:的人|的代表|的专家|的人员|参加|参与|在内|在里面|在里头)")


_MADE_OF = re.compile(r"组成|等方面|成员|团队|小组")


def _absent_member(question: str, quote: str) -> str | None:
    """The member a premise says a group lacks, when the quote lists whom the group is made of (a list with 、) and one of
    them holds the member's words ("没有主管部门的人" against "由数字领域知名专家、行业主管部门、社会组织等方面人员
    组成"); None otherwise."""
    m = _ABSENT.search(question or "")
    if not m:
        return None
    # a list of whom a body is made of ("…等方面人员组成", "领导小组成员"), not one of requirements ("在职职工、工会会员")
    listed = [seg for seg in re.split(r"[，,。；;]", quote or "") if "、" in seg and _MADE_OF.search(seg)]
    words = _step_words(m.group("who"))
    return next((m.group("who") for seg in listed if words and all(w in seg for w in words)), None)


# A premise that only some may act ("只有本单位的职工能提异议吧", "只限会员才可以报名吧"): the restricting word, who it
# admits, and the act; and the class of words with which a notice opens an act to everyone ("任何组织和个人均可…").
_RESTRICTED = re.compile(r"(?:只有|只能是|只能|只限|仅限|仅有|仅|就只有|光)(?:是|让|由)?(?P<who>[^，,。？?！!]{1,12}?)"
                         r"(?:才|就)?(?:能|可以|可|有权|允许)(?P<act>[\u4e00-\u9fff]{1,16})")
ANYONE = ("任何组织和个人", "任何单位和个人", "任何组织或个人", "任何单位或个人", "任何人", "任何组织", "任何单位",
          "所有人", "全体", "均可", "都可以", "不限")
_PARTICLES = re.compile(r"(?:的)?(?:吧|吗|呢|嘛|啊|呀)+$|的$")


def _anyone_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question says only some may do an act and the quote opens that act to everyone (a phrase
    of ANYONE in the same stretch as a word pair of the act); None otherwise."""
    m = _RESTRICTED.search(question or "")
    if not m:
        return None
    act = _PARTICLES.sub("", m.group("act"))
    pairs = {act[i:i + 2] for i in range(len(act) - 1)}
    for stretch in re.split(r"[，,。；;]", quote or ""):
        said = re.sub(r"\s+", "", stretch)
        if any(w in said for w in ANYONE) and any(p in said for p in pairs):
            return f"不对，通知写的是“{said}”，不只是{m.group('who').rstrip('的')}：见下面的原文。"
    return None


def anyone_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, sentence)) when a sentence anywhere in ``program``'s notice opens to everyone the act
    the question says only some may do: retrieval may pick the sentence naming who the question names ("只有本单位
    的人能提异议吧" finds 本单位…公示) rather than the one saying who may act; None otherwise."""
    from assistant.chat.quotes import _candidates, is_form_row

    if not _RESTRICTED.search(question or ""):
        return None
    found = []
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for unit in _candidates(clause, ""):
            line = None if is_form_row(unit) else _anyone_correction(question, unit)
            if line:
                found.append((len(clause.path), line, (clause.clause_id, unit)))
    if not found:
        return None
    # a parent item repeats its children's words: the deepest clause holding the sentence is the one that says it
    _, line, quote = max(found, key=lambda f: f[0])
    return line, quote


# A clause adding a requirement beside the values a premise asserts ("…，还得是党员对吧", "…，另外必须有本科学历吧").
_ADDED = re.compile(r"还得|还要|还需|还必须|另外(?:还)?(?:要|得|必须)|并且(?:要|得)|而且(?:要|得)|同时(?:要|得)")


def unstated_requirement(question: str, quote: str) -> str | None:
    """The words of a requirement the question adds in a clause of its own, holding no value, when the quote names
    none of them; None when it adds none or the quote names it."""
    for clause in re.split(r"[，,；;。？?！!]", question or ""):
        m = _ADDED.search(clause)
        if not m or claims(clause):
            continue
        words = _step_words(clause[m.end():])
        if words and not any(w in (quote or "") for w in words):
            return "".join(words)
    return None
